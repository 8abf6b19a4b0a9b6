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

In such a process spaCy is also imported without its own command line: ``spacy/__init__``
imports ``spacy.cli`` only to export ``spacy.info``, and that package imports every spaCy
command with typer, weasel, requests, httpx, rich and jinja2 (some 320 modules, about 0.2 s,
a third of ``import spacy``); a findings pipeline needs none of it (see :func:`import_spacy`).
"""
from __future__ import annotations

import gc
import sys
import types
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
        import_spacy()
        yield
    finally:
        gc.freeze()
        gc.enable()


def _info(*args, **kwargs):  # type: ignore[no-untyped-def]
    """``spacy.info`` as spaCy exports it, its command line imported on the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def stand_ins() -> dict[str, types.ModuleType]:
    """The placeholder ``spacy.cli`` package (no submodules of its own) and ``spacy.cli.info``
    module (its ``info`` imports the real one when called)."""
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    return {"spacy.cli": cli, "spacy.cli.info": info}


def import_spacy() -> None:
    """Import spaCy, unless it is imported already, with :func:`stand_ins` for ``spacy.cli``
    and ``spacy.cli.info`` while its ``__init__`` runs. The placeholders are gone afterwards,
    so a later ``import spacy.cli`` imports spaCy's command line as usual; a spaCy whose
    ``__init__`` needs more of its command line than ``info`` is imported as it is."""
    if "spacy" in sys.modules:
        return
    placeholders = stand_ins()
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    except ImportError:
        pass  # imported again below, whole
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        package = sys.modules.get("spacy")
        if package is not None and package.__dict__.get("cli") is placeholders["spacy.cli"]:
            del package.cli
    import spacy  # noqa: F401, F811 (a no-op once the import above worked)
