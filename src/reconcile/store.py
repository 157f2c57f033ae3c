"""The claims cache, ``<sources>/.reconcile/claims/<source>.json``: one file a source.

The cache belongs to its sources folder (two stories with the same file names never share
claims, nor their editors' claims); ``--claims-dir`` puts it elsewhere.

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

from reconcile.errors import InputError, UsageError
from reconcile.models import Claim, ClaimsFile, Source
from reconcile.settings import Settings

#: where a sources folder keeps its claims, unless ``--claims-dir`` says otherwise
CLAIMS_SUBDIR = Path(".reconcile") / "claims"


def claims_dir_for(sources: Path, settings: Settings) -> Path:
    """The claims cache of ``sources``: ``settings.claims_dir`` when it was given, else
    ``<sources>/.reconcile/claims`` (a single article's folder for a single article)."""
    if "claims_dir" in settings.model_fields_set:
        return settings.claims_dir
    return (sources if sources.is_dir() else sources.parent) / CLAIMS_SUBDIR


def atomic_write(path: Path, content: str) -> bool:
    """Write ``content`` to ``path`` through a temporary file; False when unchanged.

    The file keeps the mode it had (a new one gets what the umask gives), and a failure —
    a full disk, a read-only folder, a folder where the file should be — leaves ``path``
    as it was and is an ``InputError`` naming it."""
    try:
        if path.read_text("utf-8") == content:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    try:
        _replace(path, content)
    except OSError as exc:
        raise InputError(path, f"cannot be written ({exc.strerror or exc})") from None
    return True


def _replace(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.chmod(tmp, _mode_for(path))  # mkstemp's 0600 would make a shared file private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def validation_problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "top level"
    return f"{where}: {first['msg']}"


@dataclass
class ClaimStore:
    folder: Path
    warnings: list[str] = field(default_factory=list)
    #: False: nothing is written or removed (``reconcile check`` in a pre-commit hook must
    #: not change tracked files); claims are extracted as needed and kept in memory
    writable: bool = True
    _unwritable: bool = field(default=False, init=False, repr=False)  # said once, then quiet

    def __post_init__(self) -> None:
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(self.folder, "the claims folder is a file (see --claims-dir)")

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
            return claim  # kept as it is; check_editor_claims says so on every run
        return claim.model_copy(update={"start": at, "end": at + len(claim.quote)})

    def check_editor_claims(self, source: Source, claims: list[Claim]) -> None:
        """Warn about each editor claim whose quote is not at its offsets: checked on every
        run, cached or not (a hand edit of the offsets changes no hash)."""
        for claim in claims:
            if claim.origin != "editor" or source.text[claim.start : claim.end] == claim.quote:
                continue
            at = source.text.find(claim.quote)
            where = (f"it is at {at}-{at + len(claim.quote)}" if at >= 0
                     else "the article has no such text")
            message = (f"{self.path_for(source.id)}: editor claim {claim.id}: its quote is not "
                       f"at {claim.start}-{claim.end} ({where})")
            if message not in self.warnings:
                self.warnings.append(message)

    @property
    def can_write(self) -> bool:
        """May the caches beside the claims be written? Not when the claims may not be, nor
        once writing them failed (a read-only folder, a full disk)."""
        return self.writable and not self._unwritable and os.access(self.folder, os.W_OK) \
            if self.folder.exists() else self.writable and not self._unwritable

    def save(self, source: Source, claims: list[Claim], version: str) -> None:
        """Cache ``claims``; a cache that cannot be written is a warning, not a lost run."""
        if not self.writable or self._unwritable:
            return
        record = ClaimsFile(
            source=source.id,
            source_path=source.path,
            content_hash=source.content_hash,
            extractor_version=version,
            claims=claims,
        )
        try:
            atomic_write(self.path_for(source.id), render_claims_file(record))
        except InputError as exc:
            self._unwritable = True
            self.warnings.append(f"{exc.one_line()}: claims not cached from here on (the report is "
                                 "complete; the next run analyses the sources again)")

    def prune(self, sources_dir: Path, keep: set[str]) -> list[str]:
        """Drop claims of sources removed from ``sources_dir``; editor work is never dropped."""
        removed: list[str] = []
        if not self.writable or not self.folder.is_dir():
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
            try:
                path.unlink()
            except OSError:
                continue  # a read-only cache: the stale file costs nothing
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
