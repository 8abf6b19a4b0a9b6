"""Building a saved dataset: lock it, mend a killed save, read what changed, save; resume after an interrupt.

:func:`build_dataset` is what ``focusfive build`` runs. While it works it holds the dataset's
lock (a second build of the same dataset waits a few seconds, then is refused with
:class:`~focusfive_nlp.errors.DatasetLockedError`). An input path that does not exist is a
:class:`~focusfive_nlp.errors.MissingInputError` before anything is touched (a typo must not
rewrite a dataset). Ctrl-C or SIGTERM stop it with :class:`~focusfive_nlp.batch.BatchInterrupted`
and the dataset unchanged; the reports read so far are kept beside it in ``.DATASET.resume``
(a Parquet dataset used only as a cache), so the next build reads only the rest. That
folder is removed by the next build that completes.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable

from ..atomic import exclusive_lock, recover
from ..batch import BatchInterrupted, BatchResult, extract_paths
from ..errors import FocusFiveError, MissingInputError
from ..interrupts import Terminated, signal_number, signals_held, termination_as_exception
from .cache import open_cache
from .core import FindingsDataset
from .storage import is_saved_dataset


LOCK_TIMEOUT = 5.0
"""Seconds a build waits for another build of the same dataset before it is refused."""


def resume_path(dataset: str | Path) -> Path:
    """Where an interrupted build of ``dataset`` keeps the reports it read: ``.NAME.resume`` beside it."""
    target = Path(dataset)
    return target.parent / f".{target.name}.resume"


def missing_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Input paths that do not exist (globs and links aside: those are the batch's to report)."""
    out = []
    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink() and not any(ch in str(raw) for ch in "*?["):
            out.append(p)
    return out


def _checkpoint(path: Path) -> FindingsDataset | None:
    try:
        return FindingsDataset.load(path) if path.is_dir() else None
    except FocusFiveError:  # a damaged checkpoint is only a lost head start
        shutil.rmtree(path, ignore_errors=True)
        return None


def build_dataset(paths: Iterable[str | Path], out: str | Path, *, jobs: int | None = None, year: int | None = None,
                  password: str | None = None, pipeline_options: dict | None = None, prune: bool = False,
                  progress: bool = True, lock_timeout: float | None = None) -> FindingsDataset:
    """Extract ``paths`` into the saved dataset ``out`` (created, or updated using it as cache); returns it.

    See the module docstring for locking, missing inputs and interrupts.
    """
    paths = list(paths)
    target = Path(out)
    lock_timeout = LOCK_TIMEOUT if lock_timeout is None else lock_timeout
    missing = missing_inputs(paths)
    if missing:
        raise MissingInputError(f"input not found; nothing was built{' and the dataset is unchanged' if target.exists() else ''}"
                                " (check the path)", path=missing[0])
    resume = resume_path(target)
    with exclusive_lock(target, timeout=lock_timeout), termination_as_exception():
        result: BatchResult | None = None
        saved = False
        try:
            recover(target, is_complete=is_saved_dataset, locked=True)
            previous = open_cache(target)
            entries = previous.cache_entries() if previous is not None else {}
            checkpoint = _checkpoint(resume)
            if checkpoint is not None:
                entries.update(checkpoint.cache_entries())  # newer than the dataset's
            result = extract_paths(paths, jobs=jobs, year=year, password=password, progress=progress,
                                   pipeline_options=pipeline_options, cache=entries)
            ds = FindingsDataset.from_batch_over(result, previous, prune=prune)
            with signals_held():  # a save is not cut short: it finishes, then the signal counts
                ds.save(target, lock_timeout=lock_timeout)
                saved = True
                shutil.rmtree(resume, ignore_errors=True)
        except BatchInterrupted as exc:
            with signals_held():
                FindingsDataset.from_batch(exc.partial).save(resume)
            raise
        except (KeyboardInterrupt, Terminated) as exc:  # while loading the cache, or after the reading
            if result is not None and not saved:
                with signals_held():
                    FindingsDataset.from_batch(result).save(resume)
            n = len(result.processed) if result is not None else 0
            raise BatchInterrupted(n, n, signal_number(exc), result or BatchResult(), saved=saved) from None
    return ds
