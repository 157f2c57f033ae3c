"""Progress of a long step (articles extracted, stories reconciled), for a person watching.

The library only counts (``Progress``); what a person sees is ``TerminalProgress``: a tqdm
bar on stderr with the rate and the time left, shown only when stderr is a terminal (a CI
log or a pipe gets nothing) and only once the step has lasted a moment, so a short run
prints nothing.
"""

from __future__ import annotations

import sys
from typing import IO, Any, Protocol


class Progress(Protocol):
    def start(self, total: int, unit: str) -> None:
        """A step of ``total`` items (``unit``: "article", "story") begins."""

    def advance(self, done: int) -> None:
        """``done`` more items are finished."""

    def close(self) -> None:
        """The step is over (also after a failure)."""


class TerminalProgress:
    """A progress bar on stderr (articles/s, ETA) when it is a terminal; silent otherwise."""

    #: seconds before the bar appears: a run that is over by then shows nothing
    DELAY = 1.0

    def __init__(self, stream: IO[str] | None = None, enabled: bool = True) -> None:
        self._stream = stream
        self._enabled = enabled
        self._bar: Any = None

    def _target(self) -> IO[str] | None:
        stream = self._stream or sys.stderr
        isatty = getattr(stream, "isatty", None)
        return stream if self._enabled and isatty is not None and isatty() else None

    def start(self, total: int, unit: str) -> None:
        self.close()
        stream = self._target()
        if stream is None or total < 1:
            return
        from tqdm import tqdm  # ~0.1 s of import: only when a bar is shown

        self._bar = tqdm(
            total=total, unit=f" {unit}", file=stream, delay=self.DELAY, dynamic_ncols=True,
            desc="extracting" if unit == "article" else "reconciling",
        )

    def advance(self, done: int) -> None:
        if self._bar is not None:
            self._bar.update(done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
