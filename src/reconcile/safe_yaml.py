"""The one way to read YAML that a user wrote: front matter, decisions, gold files.

PyYAML's safe loader still expands aliases: a 1 KB "billion laughs" document
(``a: &a [x, x]``, ``b: &b [*a, *a]``, …) is a small graph once loaded, but
anything that walks it — ``str(value)``, a JSON dump — builds every copy (one
such front matter reached 9.4 GB). Nobody writes an alias in an article's front
matter or a decisions file, so aliases are refused outright, as are documents
over ``MAX_BYTES`` and nesting too deep for the parser. Every failure is an
``InputError`` naming the file and line.

Also ``load_data``: reconcile's own data files (word lists, the gazetteer), trusted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from reconcile.errors import InputError

#: the largest YAML document read from user input: a decisions file of a few thousand
#: decisions; front matter is a few lines
MAX_BYTES = 1_000_000


def _refuse_aliases(loader: Any) -> None:
    if loader.check_event(yaml.AliasEvent):
        event = loader.peek_event()
        raise yaml.composer.ComposerError(
            None, None, f"aliases (*{event.anchor}) are not accepted", event.start_mark
        )


class _TextLoader(yaml.BaseLoader):
    """Every scalar as text (no dates, numbers or booleans): ``lang: no`` stays "no"."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        _refuse_aliases(self)
        return super().compose_node(parent, index)


class _TypedLoader(yaml.SafeLoader):
    """YAML's usual types (numbers, booleans, dates), for data files such as gold.yaml."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        _refuse_aliases(self)
        return super().compose_node(parent, index)


def _check_size(text: str, where: str | Path) -> None:
    if len(text) > MAX_BYTES:
        raise InputError(
            where, f"YAML document of {len(text):,} characters, over the {MAX_BYTES:,} accepted"
        )


def _failure(exc: yaml.YAMLError, where: str | Path, first_line: int, text: str) -> InputError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    last = text.rstrip("\n").count("\n")  # an error at the very end is on the last line
    line = first_line + (min(mark.line, last) if mark is not None else 0)
    problem = getattr(exc, "problem", None) or "not valid YAML"
    return InputError(f"{where}:{line}", f"not valid YAML ({problem})")


def compose(text: str, where: str | Path, first_line: int = 1) -> yaml.Node | None:
    """The node tree of ``text`` (marks kept, scalars as text); None for an empty document.
    ``first_line`` is the file line the text starts on, for error messages."""
    return _run(_TextLoader, "get_single_node", text, where, first_line)  # type: ignore[no-any-return]


def load_text(text: str, where: str | Path, first_line: int = 1) -> Any:
    """``text`` as plain data, every scalar a string."""
    return _run(_TextLoader, "get_single_data", text, where, first_line)


def load_typed(text: str, where: str | Path, first_line: int = 1) -> Any:
    """``text`` as plain data with YAML's usual types (``yaml.safe_load``, no aliases)."""
    return _run(_TypedLoader, "get_single_data", text, where, first_line)


#: libyaml's safe loader when PyYAML was built with it, else PyYAML's own
_DATA_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(text: str) -> Any:
    """One of the package's own data files: the data of ``yaml.safe_load`` (the same
    constructor), parsed by libyaml, about ten times faster (the gazetteer: 0.34 s in
    Python, 0.05 s; every file together: 1.1 s, 0.1 s — paid by each extraction
    process and each cold judging)."""
    return yaml.load(text, Loader=_DATA_LOADER)


def _run(kind: type[Any], method: str, text: str, where: str | Path, first_line: int) -> Any:
    _check_size(text, where)
    loader = kind(text)
    try:
        return getattr(loader, method)()
    except yaml.YAMLError as exc:
        raise _failure(exc, where, first_line, text) from None
    except RecursionError:
        raise InputError(where, "YAML nested too deeply") from None
    except ValueError as exc:  # a constructor's own check (a typed date 2026-13-45)
        raise InputError(where, f"not valid YAML ({exc})") from None
    finally:
        loader.dispose()
