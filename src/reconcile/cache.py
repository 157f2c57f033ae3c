"""What a warm run reuses besides the claims files: ingested sources, the judged report,
the rendered text. Each lives in ``<claims dir>/.cache/``, one file a sources folder, and
is used only when everything it was made from is unchanged:

- an ingested source, while the file's bytes, the ingest code and its libraries are;
- the alignment and judging (owners resolved, findings, notes), while the sources, every
  claim, the settings and the code outside ``extract/`` are (extraction code is in every
  claims file already, as its extractor version). Decisions are applied after, on every
  run: recording one does not re-judge;
- the rendered report, while the report, its format and the code are.

A cache file that cannot be read or written is ignored: it only saves time. The folder is
``.cache/`` so that the claims store, which owns the ``*.json`` files of the claims dir,
never reads these.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from reconcile.errors import InputError
from reconcile.ingest import MAX_FILE_BYTES, read_source
from reconcile.models import Claim, Finding, PossibleMatch, Source, Strict
from reconcile.settings import Settings
from reconcile.store import atomic_write

CACHE_DIR = ".cache"
#: libraries whose version changes what ingest or the judge make of the same input
INGEST_LIBRARIES = ("charset-normalizer", "py3langid", "trafilatura", "PyYAML")
JUDGE_LIBRARIES = ("rapidfuzz", "pydantic", "PyYAML")

_CLAIMS = TypeAdapter(list[Claim])


def _walk(node: Any, prefix: str, skip: frozenset[str]) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for child in node.iterdir():
        name = prefix + child.name
        if child.is_dir():
            if child.name != "__pycache__" and name not in skip:
                out.extend(_walk(child, name + "/", skip))
        elif child.name.endswith((".py", ".yaml", ".json")):
            out.append((name, child.read_bytes()))
    return out


def _libraries(names: Sequence[str]) -> str:
    from importlib.metadata import PackageNotFoundError, version  # 25 ms of import

    found = []
    for name in names:
        try:
            found.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} missing")
    return ";".join(found)


@cache
def code_version(package: str, skip: frozenset[str], libraries: tuple[str, ...]) -> str:
    """A digest of ``package``'s code and data (less the sub-folders in ``skip``) and of
    the versions of ``libraries``."""
    digest = hashlib.sha256(_libraries(libraries).encode())
    for name, content in sorted(_walk(resources.files(package), "", skip)):
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()[:16]


def ingest_version() -> str:
    return code_version("reconcile.ingest", frozenset(), INGEST_LIBRARIES) + _models_version()


def _models_version() -> str:
    """What a saved ``Source`` or ``Report`` means changes with the models."""
    text = (resources.files("reconcile") / "models.py").read_bytes()
    return hashlib.sha256(text).hexdigest()[:8]


def judge_version() -> str:
    """Everything but extraction (whose version every claims file carries)."""
    return code_version("reconcile", frozenset({"extract"}), JUDGE_LIBRARIES)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _write(path: Path, content: str) -> None:
    # a read-only or full claims dir: the next run is only slower
    with contextlib.suppress(OSError, InputError):
        ignore = path.parent / ".gitignore"
        if not ignore.exists():
            # the claims cache is committed with the sources (it holds editors' claims);
            # this cache is machine-local and must never be
            atomic_write(ignore, "# reconcile's warm-run cache: never commit it\n*\n")
        atomic_write(path, content)


class Judged(Strict):
    """Alignment and judging of one story: what ``run`` builds the report from."""

    key: str
    claims: list[Claim]
    findings: list[Finding]
    notes: list[str]
    possible: list[PossibleMatch] = Field(default_factory=list)


#: what alignment and judging give the report: claims (owners resolved), findings, notes and
#: the pairs that are only possibly the same
Judgement = tuple[list[Claim], list[Finding], list[str], list[PossibleMatch]]


class WarmCache:
    """The cache files of one sources folder."""

    def __init__(self, claims_dir: Path, sources_dir: Path, writable: bool = True) -> None:
        # a claims folder one may not write (read-only, another user's) keeps its caches too
        self.writable = writable and (not claims_dir.exists() or os.access(claims_dir, os.W_OK))
        folder = hashlib.sha256(str(sources_dir.resolve()).encode()).hexdigest()[:12]
        self.root = claims_dir / CACHE_DIR
        self._sources_path = self.root / f"sources-{folder}.json"
        self._judged_path = self.root / f"judged-{folder}.json"
        self._render_prefix = f"report-{folder}"
        self._sources: dict[str, dict[str, Any]] | None = None
        self._sources_version = ""
        self._used: set[str] = set()
        self._dirty = False

    # ----------------------------------------------------------------------- ingest

    def _entries(self) -> dict[str, dict[str, Any]]:
        if self._sources is None:
            self._sources_version = ingest_version()
            data = _read_json(self._sources_path)
            ok = isinstance(data, dict) and data.get("version") == self._sources_version
            entries = data.get("sources") if ok else None
            self._sources = entries if isinstance(entries, dict) else {}
        return self._sources

    def read_source(self, path: Path, sid: str, warnings: list[str] | None = None) -> Source:
        """``ingest.read_source``, from the cache when the file's bytes are unchanged (with
        the warnings it gave then, so a cached run says what the first one said)."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return read_source(path, sid, warnings=warnings)  # refused unread
            raw = path.read_bytes()
        except OSError:
            return read_source(path, sid, warnings=warnings)  # which says what is wrong
        key = f"{hashlib.sha256(raw).hexdigest()}{path.suffix.lower()}"
        entries = self._entries()
        self._used.add(key)
        hit = entries.get(key)
        if hit is not None:
            said = hit.get("warnings", [])
            try:
                source = Source.model_validate(
                    {**{k: v for k, v in hit.items() if k != "warnings"}, "id": sid,
                     "path": str(path)}
                )
            except ValidationError:
                pass
            else:
                if warnings is not None and isinstance(said, list):
                    warnings.extend(str(w) for w in said)
                return source
        mine: list[str] = []
        source = read_source(path, sid, warnings=mine)
        if warnings is not None:
            warnings.extend(mine)
        entries[key] = {**source.model_dump(mode="json", exclude={"id", "path"}),
                        "warnings": mine}
        self._dirty = True
        return source

    def save_sources(self) -> None:
        """Write the ingest cache, less the files no longer in the folder."""
        entries = self._entries()
        if not self._dirty and set(entries) == self._used:
            return
        kept = {k: v for k, v in sorted(entries.items()) if k in self._used}
        data = {"version": self._sources_version, "sources": kept}
        _write(self._sources_path, json.dumps(data, ensure_ascii=False, sort_keys=True))

    # ----------------------------------------------------------------------- judging

    @staticmethod
    def judged_key(sources: Sequence[Source], claims: list[Claim], settings: Settings) -> str:
        digest = hashlib.sha256(judge_version().encode())
        digest.update(settings.model_dump_json(exclude={"claims_dir", "jobs"}).encode())
        for source in sources:
            digest.update(source.model_dump_json().encode())
        digest.update(_CLAIMS.dump_json(claims))
        return digest.hexdigest()

    def judged(
        self, sources: Sequence[Source], claims: list[Claim], settings: Settings,
        compute: Callable[[], Judgement],
    ) -> Judgement:
        """``compute()`` (alignment and judging), or what it gave last time on the same
        sources, claims, settings and code."""
        key = self.judged_key(sources, claims, settings)
        try:
            cached = Judged.model_validate_json(self._judged_path.read_bytes())
            if cached.key == key:
                return cached.claims, cached.findings, cached.notes, cached.possible
        except (OSError, ValueError):  # pydantic's ValidationError is a ValueError
            pass
        resolved, findings, notes, possible = compute()
        record = Judged(key=key, claims=resolved, findings=findings, notes=notes,
                        possible=possible)
        if self.writable:
            _write(self._judged_path, record.model_dump_json())
        return resolved, findings, notes, possible

    # ----------------------------------------------------------------------- rendering

    def rendered(self, report: BaseModel, fmt: str, render: Callable[[], str]) -> str:
        """``render()``, or the text it gave last time for the same report and format."""
        digest = hashlib.sha256(judge_version().encode())
        digest.update(fmt.encode() + b"\0" + report.model_dump_json().encode())
        key = digest.hexdigest()
        path = self.root / f"{self._render_prefix}.{fmt}.json"
        data = _read_json(path)
        if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("text"), str):
            return str(data["text"])
        text = render()
        if self.writable:
            _write(path, json.dumps({"key": key, "text": text}, ensure_ascii=False))
        return text
