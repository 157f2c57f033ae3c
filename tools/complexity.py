"""Long or tangled code in `src/`: functions over 60 lines or cyclomatic complexity 25, modules
over 600 lines.

    python tools/complexity.py [ROOT] [--allowlist FILE] [--update-allowlist]

Prints every offender, marks the ones `tests/complexity_allowlist.yaml` tolerates, and ends with
a one-line summary. Exits 1 when an offender is not on the list or is worse than its entry (the
same check as `tests/test_complexity.py`). `--update-allowlist` rewrites the list to today's
figures, dropping entries now within the limits; it never adds one, so the list only shrinks.

Length is counted from the `def` line to the function's last line (closures included);
complexity is radon's (a closure's complexity counts towards its function).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from radon.complexity import cc_visit

MAX_FUNCTION_LINES = 60
MAX_COMPLEXITY = 25
MAX_MODULE_LINES = 600

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ROOT = REPO / "src"
DEFAULT_ALLOWLIST = REPO / "tests" / "complexity_allowlist.yaml"


@dataclass(frozen=True)
class Figure:
    """One function's or module's size; `key` is `path::qualname` or the module's path."""

    key: str
    lines: int
    cc: int = 0

    @property
    def is_module(self) -> bool:
        return "::" not in self.key

    def over(self) -> bool:
        if self.is_module:
            return self.lines > MAX_MODULE_LINES
        return self.lines > MAX_FUNCTION_LINES or self.cc > MAX_COMPLEXITY

    def worse_than(self, allowed: dict[str, int]) -> bool:
        return self.lines > allowed.get("lines", 0) or self.cc > allowed.get("cc", 0)

    def as_entry(self) -> dict[str, int]:
        return {"lines": self.lines} if self.is_module else {"lines": self.lines, "cc": self.cc}


def _functions(body: list[ast.stmt], prefix: str = "") -> Iterator[tuple[str, ast.AST]]:
    """Module-level functions and methods (classes nested in classes too), not closures."""
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield prefix + node.name, node
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node.body, f"{prefix}{node.name}.")


def measure_file(path: Path, root: Path) -> list[Figure]:
    text = path.read_text(encoding="utf-8")
    rel = path.relative_to(root).as_posix()
    complexity = {f.lineno: f.complexity for f in cc_visit(text)
                  if type(f).__name__ == "Function"}
    figures = [Figure(rel, len(text.splitlines()))]
    seen: dict[str, int] = {}
    for name, node in _functions(ast.parse(text).body):
        assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        seen[name] = seen.get(name, 0) + 1
        qual = name if seen[name] == 1 else f"{name}#{seen[name]}"  # a redefinition
        lines = (node.end_lineno or node.lineno) - node.lineno + 1
        figures.append(Figure(f"{rel}::{qual}", lines, complexity.get(node.lineno, 0)))
    return figures


def measure(root: Path = DEFAULT_ROOT) -> list[Figure]:
    """Every module and function under `root`."""
    return [f for path in sorted(root.rglob("*.py")) for f in measure_file(path, root)]


def offenders(root: Path = DEFAULT_ROOT) -> list[Figure]:
    return [f for f in measure(root) if f.over()]


def load_allowlist(path: Path = DEFAULT_ALLOWLIST) -> dict[str, dict[str, int]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    return dict(data or {})


def problems(found: list[Figure], allowed: dict[str, dict[str, int]]) -> list[str]:
    """What stops the list from holding: a new offender, one got worse, an entry to drop."""
    out = []
    by_key = {f.key: f for f in found}
    for f in found:
        if f.key not in allowed:
            out.append(f"{f.key}: {describe(f)}, over the limits and not on the allowlist")
        elif f.worse_than(allowed[f.key]):
            out.append(f"{f.key}: {describe(f)}, worse than its allowlisted "
                       f"{describe(Figure(f.key, **allowed[f.key]))}")
        elif f.as_entry() != allowed[f.key]:
            out.append(f"{f.key}: down to {describe(f)}: lower its entry (--update-allowlist)")
    for key in allowed:
        if key not in by_key:
            out.append(f"{key}: now within the limits (or gone): remove it from the allowlist")
    return out


def updated(found: list[Figure], allowed: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """The allowlist lowered to today's figures: entries only shrink or go, none is added;
    an entry that got worse keeps its figures (the test keeps failing until the code shrinks,
    rather than the entry vanishing and the offender reading as new)."""
    return {f.key: allowed[f.key] if f.worse_than(allowed[f.key]) else f.as_entry()
            for f in found if f.key in allowed}


def status(f: Figure, allowed: dict[str, dict[str, int]]) -> str:
    if f.key not in allowed:
        return "NEW: not on the allowlist"
    if f.worse_than(allowed[f.key]):
        return f"WORSE than the allowlisted {describe(Figure(f.key, **allowed[f.key]))}"
    if f.as_entry() != allowed[f.key]:
        return "better than its entry: lower it"
    return "allowlisted"


def describe(f: Figure) -> str:
    return f"{f.lines} lines" if f.is_module else f"{f.lines} lines, CC {f.cc}"


def write_allowlist(path: Path, entries: dict[str, dict[str, int]]) -> None:
    header = (
        "# Functions and modules of src/ over the limits of tools/complexity.py, with their\n"
        "# figures today. The list only shrinks: tests/test_complexity.py fails on a new\n"
        "# offender, on one worse than its entry, and on an entry now within the limits.\n"
        "# `python tools/complexity.py --update-allowlist` lowers the figures and drops those.\n"
    )
    body = yaml.safe_dump(dict(sorted(entries.items())), sort_keys=False, default_flow_style=None)
    path.write_text(header + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--allowlist", type=Path, default=DEFAULT_ALLOWLIST)
    parser.add_argument("--update-allowlist", action="store_true")
    args = parser.parse_args(argv)
    found = offenders(args.root)
    allowed = load_allowlist(args.allowlist)
    if args.update_allowlist:
        write_allowlist(args.allowlist, updated(found, allowed))
        allowed = load_allowlist(args.allowlist)
    for f in found:
        print(f"{f.key}: {describe(f)} [{status(f, allowed)}]")
    stale = sorted(set(allowed) - {f.key for f in found})
    for key in stale:
        print(f"{key}: within the limits now [remove it from the allowlist]")
    bad = problems(found, allowed)
    functions = sum(not f.is_module for f in found)
    print(f"complexity: {functions} functions over {MAX_FUNCTION_LINES} lines or CC "
          f"{MAX_COMPLEXITY}, {len(found) - functions} modules over {MAX_MODULE_LINES} lines; "
          f"{len(bad)} not allowed ({args.allowlist.name})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
