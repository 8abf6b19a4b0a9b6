"""Building a saved dataset: lock it, mend a killed save, read what changed, save; resume after an interrupt.

:func:`build_dataset` is what ``focusfive build`` runs. Findings are written as the reports
finish (:mod:`.stream`) and none is kept in memory, so a build of any archive runs in the
same memory; it returns a :class:`Built` summary, not the findings. While it works it holds the dataset's
lock (a second build of the same dataset waits a few seconds, then is refused with
:class:`~focusfive_nlp.errors.DatasetLockedError`). An input path that does not exist is a
:class:`~focusfive_nlp.errors.MissingInputError` before anything is touched (a typo must not
rewrite a dataset). Ctrl-C or SIGTERM stop it with :class:`~focusfive_nlp.batch.BatchInterrupted`
and the dataset unchanged; the reports read so far are kept beside it in ``.DATASET.resume``
(a Parquet dataset used only as a cache), so the next build reads only the rest. That
folder is removed by the next build that completes.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..atomic import exclusive_lock, new_dir_beside, publish_dir, recover, scratch_dir, write_error
from ..batch import BatchInterrupted, BatchResult, extract_paths
from ..errors import FocusFiveError, MissingInputError, NothingReadError
from ..interrupts import Terminated, signal_number, signals_held, termination_as_exception
from .cache import carried_documents, open_build_cache
from .core import FindingsDataset
from .schema import DOCUMENT_COLUMNS, ERROR_COLUMNS, plain, typed_documents, typed_errors
from .storage import expect_tables, is_saved_dataset, parquet_counts, save_parquet_folder_as, storage_format
from .stream import FindingsSpool


LOCK_TIMEOUT = 5.0
"""Seconds a build waits for another build of the same dataset before it is refused."""


def resume_path(dataset: str | Path) -> Path:
    """Where an interrupted build of ``dataset`` keeps the reports it read: ``.NAME.resume`` beside it."""
    target = Path(dataset)
    return target.parent / f".{target.name}.resume"


def missing_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Input paths that do not exist (globs and links aside: those are the batch's to report)."""
    from ..remote import is_url

    out = []
    for raw in paths:
        if is_url(raw):  # listed by the batch through fsspec; a missing one is its error row
            continue
        p = Path(raw)
        if not p.exists() and not p.is_symlink() and not any(ch in str(raw) for ch in "*?["):
            out.append(p)
    return out


def _checkpoint(path: Path):
    try:
        return open_build_cache(path) if path.is_dir() else None
    except FocusFiveError:  # a damaged checkpoint is only a lost head start
        shutil.rmtree(path, ignore_errors=True)
        return None


@dataclass
class Built:
    """What a build did: the summary the command line prints, without the findings themselves."""

    path: Path
    n_findings: int
    documents: pd.DataFrame
    errors: pd.DataFrame
    last_batch: BatchResult

    def load(self) -> FindingsDataset:
        """The dataset just built, read from disk."""
        return FindingsDataset.load(self.path)


def _frames(result: BatchResult) -> tuple[pd.DataFrame, pd.DataFrame]:
    return (typed_documents(pd.DataFrame([asdict(d) for d in result.documents], columns=list(DOCUMENT_COLUMNS))),
            typed_errors(pd.DataFrame([asdict(e) for e in result.errors], columns=list(ERROR_COLUMNS))))


def build_dataset(paths: Iterable[str | Path], out: str | Path, *, jobs: int | None = None, year: int | None = None,
                  password: str | None = None, pipeline_options: dict | None = None, prune: bool = False,
                  progress: bool = True, lock_timeout: float | None = None, organisation: str | None = None,
                  manifest=None, redact=None, cluster: str | None = None) -> Built:
    """Extract ``paths`` into the saved dataset ``out`` (created, or updated using it as cache).

    Findings stream to disk as reports finish (:mod:`.stream`), so memory stays flat however
    large the archive; a Parquet dataset is written in place that way. Another format is
    converted from the finished Parquet tables at the end: SQLite and DuckDB a row group at a
    time (memory stays flat), a workbook or CSV folder whole. See the module docstring for
    locking, missing inputs and interrupts.

    ``organisation`` and ``manifest`` say whose reports these are (see :mod:`..organisation`;
    findings are labelled as they stream). ``redact`` and ``cluster`` are those of
    :func:`~focusfive_nlp.batch.extract_paths`; on a cluster the workers write their findings in
    ``.NAME.parts`` beside the dataset, removed once it is saved (an interrupted run leaves them,
    and the next one reads them instead of extracting again). A run in which no report could be
    read and there is no earlier dataset writes nothing (:class:`NothingReadError`).
    """
    from ..organisation import label, organisation_lookup

    paths = list(paths)
    target = Path(out)
    lock_timeout = LOCK_TIMEOUT if lock_timeout is None else lock_timeout
    missing = missing_inputs(paths)
    if missing:
        raise MissingInputError(f"input not found; nothing was built{' and the dataset is unchanged' if target.exists() else ''}"
                                " (check the path)", path=missing[0])
    resume = resume_path(target)
    parts = target.parent / f".{target.name}.parts"
    lookup = organisation_lookup(paths, organisation=organisation, manifest=manifest)
    fmt = storage_format(target)
    with exclusive_lock(target, timeout=lock_timeout), termination_as_exception():
        recover(target, is_complete=is_saved_dataset, locked=True)
        folder = new_dir_beside(target, replaceable=is_saved_dataset) if fmt == "parquet" else scratch_dir(target)
        spool = FindingsSpool(folder)

        def add(findings: list) -> None:
            label(findings, lookup)
            spool.add(findings)

        result: BatchResult | None = None
        saved = False
        try:
            previous = open_build_cache(target)
            entries = previous.cache_entries() if previous is not None else {}
            checkpoint = _checkpoint(resume)
            if checkpoint is not None:
                entries.update(checkpoint.cache_entries())  # newer than the dataset's
            result = extract_paths(paths, jobs=jobs, year=year, password=password, progress=progress,
                                   pipeline_options=pipeline_options, cache=entries, on_findings=add, redact=redact,
                                   cluster=cluster, parts_dir=parts if cluster else None)
            label(result.documents, lookup)
            if previous is None and result.errors and not any(d.status == "ok" for d in result.documents):
                raise NothingReadError(f"no report could be read ({len(result.errors)} file(s) failed); not written",
                                       path=target)
            documents, errors = _frames(result)
            with signals_held():  # the save is not cut short: it finishes, then the signal counts
                if previous is not None and not prune:
                    carry = carried_documents(previous, documents, errors)
                    for frame in previous.iter_findings_of(set(carry["source"])):
                        spool.add_frame(frame)
                    documents = pd.concat([plain(documents), plain(carry)], ignore_index=True)
                try:
                    counts = spool.close(documents, errors)
                    expect_tables(target, parquet_counts(folder), counts)
                except OSError as exc:
                    raise write_error(target, exc) from None
                if fmt == "parquet":
                    publish_dir(folder, target)
                else:
                    save_parquet_folder_as(folder, target, lock_timeout=lock_timeout)
                saved = True
                shutil.rmtree(resume, ignore_errors=True)
                shutil.rmtree(parts, ignore_errors=True)
        except BatchInterrupted as exc:
            label(exc.partial.documents, lookup)
            with signals_held():
                _keep_for_resume(spool, folder, exc.partial, resume)
            raise
        except (KeyboardInterrupt, Terminated) as exc:  # while loading the cache, or just after the reading
            if result is not None and not saved and not spool.closed:
                with signals_held():
                    _keep_for_resume(spool, folder, result, resume)
            n = len(result.processed) if result is not None else 0
            raise BatchInterrupted(n, n, signal_number(exc), result or BatchResult(), saved=saved) from None
        finally:
            spool.abandon()
            if folder.exists() and folder != resume:
                shutil.rmtree(folder, ignore_errors=True)
    return Built(target, counts["findings"], documents, errors, result)


def _keep_for_resume(spool: FindingsSpool, folder: Path, partial: BatchResult, resume: Path) -> None:
    """The findings streamed so far and their documents, kept as ``resume`` for the next build's cache."""
    try:
        documents, errors = _frames(partial)
        spool.close(documents, errors)
        shutil.rmtree(resume, ignore_errors=True)
        os.replace(folder, resume)
    except OSError:  # a full disk, say: only the head start is lost
        shutil.rmtree(folder, ignore_errors=True)
