"""Start-up of a command: what it builds to last is frozen for the garbage collector.

Importing spaCy and building the pipeline make some 90,000 objects that live as long as
the process. While they are made, every collection walks the young ones and each full
collection all of them again, about 0.15 s of CPU a run (a sixth of a command on one
small report). In a process the command line owns (``own_process``), that start-up runs
with the collector paused and then freezes what exists (``gc.freeze``: those objects are
never walked again); collection then resumes with a larger first generation
(:data:`YOUNG_THRESHOLD` objects instead of 700): reading a report makes and drops
hundreds of thousands of objects (words, lines, tokens, spans), and at 700 the collector
walked the young ones some 300 times over 20 ten-page PDFs (about 5% of the run); most are
freed by reference counting before a walk at 10,000, and cycles are still collected. A
program that imports the library keeps its collector untouched: freezing would keep its
own garbage for good.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_OWNED = False
YOUNG_THRESHOLD = 10_000
"""First-generation threshold of the collector in a process the command line owns."""


def own_process() -> None:
    """Mark this process as the command line's (or a worker's it started), and give its
    collector a larger first generation (unless collection is tuned off: threshold 0)."""
    global _OWNED
    _OWNED = True
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, *older)


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
