"""Start-up of a command: what it builds to last is frozen for the garbage collector.

Importing spaCy and building the pipeline make some 90,000 objects that live as long as
the process. While they are made, every collection walks the young ones and each full
collection all of them again, about 0.15 s of CPU a run (a sixth of a command on one
small report). In a process the command line owns (``own_process``), that start-up runs
with the collector paused and then freezes what exists (``gc.freeze``: those objects are
never walked again); collection then resumes as before. A program that imports the
library keeps its collector untouched: freezing would keep its own garbage for good.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_OWNED = False


def own_process() -> None:
    """Mark this process as the command line's (or a worker's it started)."""
    global _OWNED
    _OWNED = True


@contextmanager
def long_lived() -> Iterator[None]:
    """Make what the process keeps to its end (imports, the pipeline) with the collector
    paused, then freeze it; nothing changes outside a process the command line owns, or
    when the collector is off already."""
    if not _OWNED or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
