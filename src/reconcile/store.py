"""The claims cache, ``claims/<source>.json``: one file a source.

A file is reused as it is while the article's content hash and the extractor
version are unchanged, so an unchanged source is never re-analysed (and spaCy
is not even loaded). Claims with ``origin: editor`` are an editor's work: a
re-extraction keeps every one of them, and an editor claim with the id of a
machine claim replaces that machine claim. Every write is atomic.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from reconcile.errors import InputError
from reconcile.models import Claim, ClaimsFile, Source


def atomic_write(path: Path, content: str) -> bool:
    """Write ``content`` to ``path`` through a temporary file; False when unchanged."""
    try:
        if path.read_text("utf-8") == content:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def validation_problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "top level"
    return f"{where}: {first['msg']}"


@dataclass
class ClaimStore:
    folder: Path
    warnings: list[str] = field(default_factory=list)

    def path_for(self, source_id: str) -> Path:
        return self.folder / f"{source_id}.json"

    def load(self, source_id: str) -> ClaimsFile | None:
        path = self.path_for(source_id)
        if not path.exists():
            return None
        try:
            raw = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(path, f"cannot be read ({exc})") from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{exc.lineno}", f"not valid JSON ({exc.msg})") from None
        try:
            return ClaimsFile.model_validate(data)
        except ValidationError as exc:
            raise InputError(path, f"not a claims file ({validation_problem(exc)})") from None

    def is_fresh(self, cached: ClaimsFile | None, source: Source, version: str) -> bool:
        return (
            cached is not None
            and cached.content_hash == source.content_hash
            and cached.extractor_version == version
        )

    def merge(self, source: Source, machine: list[Claim], cached: ClaimsFile | None) -> list[Claim]:
        """Fresh machine claims plus every editor claim of the cached file."""
        editor = [c for c in (cached.claims if cached else []) if c.origin == "editor"]
        editor = [self._relocate(source, c) for c in editor]
        overridden = {c.id for c in editor}
        merged = [c for c in machine if c.id not in overridden] + editor
        return sorted(merged, key=lambda c: (c.start, c.end, c.slot, c.subject, c.id))

    def _relocate(self, source: Source, claim: Claim) -> Claim:
        """Keep an editor claim's quote exact when the article text moved around it."""
        if source.text[claim.start : claim.end] == claim.quote:
            return claim
        at = source.text.find(claim.quote)
        if at < 0:
            self.warnings.append(
                f"{self.path_for(source.id)}: editor claim {claim.id} quotes text no longer "
                "in the article (kept as it is)"
            )
            return claim
        return claim.model_copy(update={"start": at, "end": at + len(claim.quote)})

    def save(self, source: Source, claims: list[Claim], version: str) -> None:
        record = ClaimsFile(
            source=source.id,
            source_path=source.path,
            content_hash=source.content_hash,
            extractor_version=version,
            claims=claims,
        )
        atomic_write(self.path_for(source.id), render_claims_file(record))

    def prune(self, sources_dir: Path, keep: set[str]) -> list[str]:
        """Drop claims of sources removed from ``sources_dir``; editor work is never dropped."""
        removed: list[str] = []
        if not self.folder.is_dir():
            return removed
        for path in sorted(self.folder.glob("*.json")):
            sid = path.stem
            if sid in keep:
                continue
            try:
                cached = self.load(sid)
            except InputError:
                continue  # not ours to judge: leave it
            if cached is None or cached.source_path is None:
                continue
            if Path(cached.source_path).parent.resolve() != sources_dir.resolve():
                continue
            if any(c.origin == "editor" for c in cached.claims):
                self.warnings.append(
                    f"{path}: its source is gone but it holds editor claims (kept)"
                )
                continue
            path.unlink()
            removed.append(sid)
        return removed


def render_claims_file(record: ClaimsFile) -> str:
    data = record.model_dump(mode="json")
    # an editor's claim is written back with the fields the editor wrote, no more: fields
    # added to the model later must not rewrite a hand edit
    data["claims"] = [
        claim.model_dump(mode="json", exclude_unset=True) if claim.origin == "editor" else row
        for claim, row in zip(record.claims, data["claims"], strict=True)
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
