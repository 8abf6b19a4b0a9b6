"""Batch extraction over many files, one document per task, on several processes.

Per-document parallelism (not spaCy's ``n_process``): each worker loads the pipeline
once and reads and extracts whole documents. A bad file becomes an error record and
the batch goes on; every input path ends in ``documents`` or ``errors``.

Cache: every file is hashed (SHA-256) first. A file whose content, file stem and
extraction settings match an entry of ``cache`` (the documents of an earlier run) is not
read again: its earlier findings are reused. Files with the same content under two paths
are extracted once; the later paths become ``status="duplicate"`` documents with no
findings of their own (``duplicate_of`` names the first path), so a report saved twice
is not counted twice. Likewise one report saved in several formats side by side (same
folder, same file stem: ``report.docx``, ``report.pdf``, ``report.txt``) is read once,
from the first readable of .docx, .pdf, .md, .txt (the published formats are the
documents of record; Word keeps the most structure); the other renditions become
``status="alternate"`` documents pointing at it (``duplicate_of``). The pipeline is only
loaded when some file needs extracting.

A folder's entries that are not regular files (named pipes, sockets, devices, dangling
symbolic links, link loops) are never opened (a pipe would block the batch): each is an
``errors`` row (:class:`~focusfive_nlp.errors.NotAFileError`). Symbolic links to folders are
not followed.

Interrupts: Ctrl-C or SIGTERM stop the workers (which also die with the process if it is
killed outright) and raise :class:`BatchInterrupted`, which carries the results read so far.

Files found by expanding a folder whose name marks them as the folder's own papers
(README, LICENSE, CHANGELOG, ...: :data:`NOT_REPORTS`) and data files (annotations, exports:
:data:`DATA_SUFFIXES`) are not reports: they are
recorded as ``status="skipped"`` documents, not read. Named explicitly, they are read.
"""
from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Mapping

from tqdm import tqdm

from ..findings import Finding
from ..interrupts import (
    BatchInterrupted,
    Terminated,
    signal_number,
    termination_as_exception,
)
from .files import (
    DATA_SUFFIXES,
    NOT_REPORTS,
    RENDITION_PREFERENCE,
    collect_paths,
    hash_or_error,
    rendition_groups,
    skipped_in_folders,
)
from .records import (
    BatchResult,
    CacheEntry,
    CacheKey,
    DocumentRecord,
    ErrorRecord,
    cache_key,
    file_sha256,
    options_key,
    rebase,
)
from .workers import Runner, default_jobs, process_file

__all__ = ["extract_paths", "collect_paths", "process_file", "default_jobs", "BatchResult", "DocumentRecord",
           "ErrorRecord", "BatchInterrupted", "CacheEntry", "CacheKey", "cache_key", "options_key", "file_sha256",
           "NOT_REPORTS", "DATA_SUFFIXES", "RENDITION_PREFERENCE"]


class _InOrder:
    """Hands each document's findings to ``sink`` in input order as results come in, so a batch
    need not hold them: results keep only their records. A result that finishes early waits
    for those before it; files for which no result is due yet (``later(i)``: duplicates, held
    renditions) do not hold the others back and are handed over by :meth:`drain`."""

    def __init__(self, sink: Callable[[list[Finding]], None], later: Callable[[int], bool]):
        self.sink, self.later, self.next, self.waiting = sink, later, 0, {}

    def take(self, i: int, res: tuple) -> tuple:
        if res[0] == "ok":
            self.waiting[i] = res[1]
            return ("ok", [], res[2])
        return res

    def advance(self, results: Mapping[int, tuple], n: int) -> None:
        while self.next < n and (self.next in results or self.later(self.next)):
            findings = self.waiting.pop(self.next, None)
            if findings:
                self.sink(findings)
            self.next += 1

    def drain(self) -> None:
        for i in sorted(self.waiting):
            findings = self.waiting.pop(i)
            if findings:
                self.sink(findings)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    jobs: int | None = None,
    year: int | None = None,
    password: str | None = None,
    progress: bool = True,
    pipeline_options: dict | None = None,
    cache: Mapping[CacheKey, CacheEntry] | None = None,
    renditions: bool = True,
    on_findings: Callable[[list[Finding]], None] | None = None,
    redact=None,
    cluster: str | None = None,
    parts_dir: str | Path | None = None,
) -> BatchResult:
    """Extract findings from every file under ``paths``; results keep the input order.

    ``cache`` maps :func:`cache_key` to an earlier result (see the module docstring);
    files found in it are not read again. ``result.processed`` / ``result.reused`` say
    which files were extracted and which were reused. ``renditions=False`` reads every
    format of a report saved several times instead of the preferred one.

    ``on_findings`` streams: each document's findings go to it as soon as they (and those of
    the files before it) are done, in input order (renditions read because the preferred one
    failed come last), and the result holds the documents and errors only (``findings`` stays
    empty), so memory does not grow with the archive.

    ``redact`` (True, or a list of extra names files) replaces personal names in the
    evidence. ``cluster`` runs the extraction on a Dask scheduler ("local" starts one with
    ``jobs`` workers), the workers writing their findings as Parquet parts in ``parts_dir``
    (a folder they share with this machine; by default a temporary one, for "local" only).
    """
    paths = list(paths)
    files = collect_paths(paths)
    jobs = jobs or default_jobs()
    if redact:
        from ..redact import redactor

        redactor(redact)  # a bad names file is an error before any report is read
        redact = True if redact is True else [str(Path(p).expanduser().resolve()) for p in redact]
    opts = options_key(year, pipeline_options, redact)
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    results: dict[int, tuple] = {}
    hashes: dict[int, str] = {}
    skipped = skipped_in_folders(paths, files)
    for i, f in enumerate(files):
        sha = hash_or_error(f)
        if isinstance(sha, ErrorRecord):
            results[i] = ("error", sha)
        elif i in skipped:
            results[i] = ("ok", [], DocumentRecord(
                doc_id=f.stem, source=str(f), sha256=sha, format=f.suffix.lower().lstrip("."), pages=None,
                report_year=None, n_findings=0, status="skipped", warnings=["a folder's own paper or data file (README, annotations, ...), not a report"]))
        else:
            hashes[i] = sha
    alternates = rendition_groups(files) if renditions else {}
    held = {j: i for i, others in alternates.items() for j in others}  # rendition -> preferred one
    first_by_sha: dict[str, int] = {}
    duplicates: dict[int, int] = {}
    reused: set[int] = set()
    extracted: set[int] = set()

    def plan(indexes: Iterable[int]) -> list[tuple[int, Path, str]]:
        todo = []
        for i in indexes:
            if i in results or i not in hashes:
                continue
            sha = hashes[i]
            if sha in first_by_sha and first_by_sha[sha] != i:
                duplicates[i] = first_by_sha[sha]
                continue
            first_by_sha[sha] = i
            hit = cache.get(cache_key(sha, files[i], opts)) if cache else None
            if hit is not None:
                store(i, rebase(hit, str(files[i])))
                reused.add(i)
            else:
                todo.append((i, files[i], sha))
        return todo

    emit = _InOrder(on_findings, lambda i: i in held or i in duplicates) if on_findings else None

    def store(i: int, res: tuple) -> None:
        results[i] = emit.take(i, res) if emit else res
        if emit:
            emit.advance(results, len(files))

    bar = None
    planned: list[int] = []  # indexes to read, in the order they were handed out
    runner = Runner(jobs=jobs, year=year, password=password, pipeline_options=pipeline_options, redact=redact,
                     cluster=cluster, parts_dir=parts_dir, options=opts)
    try:
        with termination_as_exception():
            # pass 1: every file but the held-back renditions; pass 2: renditions whose preferred one failed
            for second_pass in (False, True):
                if second_pass:
                    indexes = [j for j, i in held.items() if results.get(i, ("ok",))[0] == "error"]
                else:
                    indexes = [i for i in range(len(files)) if i not in held]
                todo = plan(indexes)
                if not todo:
                    continue
                planned.extend(t[0] for t in todo)
                if bar is None:
                    bar = tqdm(total=len(todo), unit="doc", desc="extract", disable=not progress)
                else:
                    bar.total += len(todo)
                    bar.refresh()
                runner.run(todo, store, bar)
                extracted.update(t[0] for t in todo)
    except (KeyboardInterrupt, Terminated) as exc:
        if emit:
            emit.drain()
        done = [i for i in planned if i in results]  # the checkpoint keeps reused results too
        partial = _assemble(files, results, sorted(results), opts, stamp, processed=set(done), reused=reused)
        raise BatchInterrupted(len(done), len(planned), signal_number(exc), partial) from None
    finally:
        if bar is not None:
            bar.close()
        runner.close()
    if emit:
        emit.drain()
    for i, first in duplicates.items():
        results[i] = _duplicate(results[first], str(files[i]), str(files[first]))
    for j, i in held.items():  # renditions not read: point at the one that was
        if j in results:
            continue
        if results[i][0] == "ok":
            results[j] = _duplicate(results[i], str(files[j]), str(files[i]), status="alternate",
                                    sha=hashes.get(j), fmt=files[j].suffix.lower().lstrip("."))
        else:  # not expected: pass 2 reads a rendition whose preferred one failed
            results[j] = ("error", ErrorRecord(source=str(files[j]), error="NotRead",
                                               message=f"another rendition ({files[i]}) was chosen", sha256=hashes.get(j)))
    out = _assemble(files, results, range(len(files)), opts, stamp, processed=extracted, reused=reused)
    out.workers = dict(runner.per_worker)
    return out


def _assemble(files: list[Path], results: dict[int, tuple], indexes: Iterable[int], opts: str, stamp: str, *,
              processed: set[int], reused: set[int] = frozenset()) -> BatchResult:
    """The batch result of ``indexes`` (all files, or those read before an interrupt), in input order."""
    out = BatchResult()
    for i in indexes:
        res = results[i]
        if res[0] == "ok":
            record = res[2]
            if not record.options:
                record.options = opts
            if not record.processed_at:
                record.processed_at = stamp
            out.findings.extend(res[1])
            out.documents.append(record)
        else:
            res[1].options = res[1].options or opts
            out.errors.append(res[1])
        if i in reused:
            out.reused.append(str(files[i]))
        elif i in processed:
            out.processed.append(str(files[i]))
    return out


def _duplicate(first: tuple, source: str, first_source: str, *, status: str = "duplicate",
               sha: str | None = None, fmt: str | None = None) -> tuple:
    """Result for a file standing for an earlier input: same content, or another rendition."""
    if first[0] == "ok":
        rec = first[2]
        if rec.status != "ok" and rec.duplicate_of:  # point at the file that was read
            first_source = rec.duplicate_of
        return ("ok", [], dataclasses.replace(
            rec, source=source, doc_id=Path(source).stem, n_findings=0, status=status,
            duplicate_of=first_source, warnings=[], cached=False, seconds=0.0,
            sha256=sha or rec.sha256, format=fmt or rec.format, pages=None if fmt else rec.pages,
        ))
    err = first[1]
    return ("error", dataclasses.replace(err, source=source, message=f"{err.message} (same content as {first_source})"))
