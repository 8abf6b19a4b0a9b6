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
import errno
import hashlib
import json
import os
import signal
import stat
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import ExitStack, nullcontext
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Mapping

from tqdm import tqdm

from . import remote
from .errors import FocusFiveError, MissingFileError, NotAFileError
from .findings import Finding
from .interrupts import BatchInterrupted, Terminated, signal_number, termination_as_exception
from .remote import is_url


@dataclass
class DocumentRecord:
    """One input file that was processed (or reused from the cache, or is a duplicate)."""

    doc_id: str
    source: str
    sha256: str
    format: str
    pages: int | None
    report_year: int | None
    n_findings: int
    status: str = "ok"
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    cached: bool = False
    options: str = ""
    processed_at: str = ""
    organisation: str | None = None


@dataclass
class ErrorRecord:
    """One input file that could not be processed, and why.

    ``permanent`` errors (a named reader error on content we hashed: corrupt, empty,
    unsupported...) are cached like documents: the file is not retried until it changes.
    """

    source: str
    error: str
    message: str
    sha256: str | None = None
    permanent: bool = False
    options: str = ""


@dataclass
class BatchResult:
    findings: list[Finding] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)
    """Sources actually read and extracted in this run (not reused from the cache)."""
    reused: list[str] = field(default_factory=list)
    """Sources whose findings (or permanent error) came from the cache."""
    workers: dict[str, int] = field(default_factory=dict)
    """Reports extracted per Dask worker, for a cluster run (see cluster.py)."""

    def to_dicts(self) -> dict[str, list[dict]]:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "documents": [asdict(d) for d in self.documents],
            "errors": [asdict(e) for e in self.errors],
        }


CacheEntry = tuple  # ("ok", list[Finding], DocumentRecord) or ("error", ErrorRecord)
CacheKey = tuple[str, str, str]  # (sha256, file stem, options key)


def cache_key(sha256: str, path: str | Path, options: str) -> CacheKey:
    """Key of a cached result: same content, same file stem (the year may come from it), same settings."""
    return (sha256, Path(str(path)).stem, options)  # str(): a RemoteFile is named by its URL


def _data_fingerprint(pipeline_options: Mapping | None) -> str:
    """Hash of the extraction code, the bundled pattern and lexicon files, and any user
    files named in the options: editing a lexicon (a team alias, a theme cue) or the code
    that reads reports invalidates the cache, not only a new package version."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" not in path.parts:
            h.update(str(path.relative_to(package)).encode())
            h.update(path.read_bytes())
    try:
        from importlib import resources

        for entry in sorted(resources.files("focusfive_nlp.models").iterdir(), key=lambda e: e.name):
            if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
                h.update(entry.name.encode())
                h.update(entry.read_bytes())
    except (ModuleNotFoundError, OSError):
        pass

    def visit(value) -> None:
        if isinstance(value, (list, tuple)):
            for v in value:
                visit(v)
        elif isinstance(value, str) and Path(value).is_file():
            h.update(Path(value).read_bytes())

    for value in (pipeline_options or {}).values():
        visit(value)
    return h.hexdigest()


def options_key(year: int | None = None, pipeline_options: Mapping | None = None, redact=None) -> str:
    """Short fingerprint of everything besides the file that changes its findings.

    Package version, forced year, pipeline options, the extraction code, the contents of
    the pattern and lexicon files in use, redaction and the PDF reader: a change to any of
    them re-extracts every file.
    """
    from . import __version__

    from .readers import pdf_reader

    names = None if not redact else ([] if redact is True else [Path(p).read_bytes().hex() for p in redact])
    payload = json.dumps({"v": __version__, "year": year, "pipeline": pipeline_options or {},
                          "data": _data_fingerprint(pipeline_options), "redact": names, "pdf_reader": pdf_reader()},
                         sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files, folders (recursively, hidden files skipped), globs and URLs (remote.py) into files, in order."""
    out: list[Path] = []
    for raw in paths:
        if is_url(raw):
            out.extend(remote.expand(raw))
            continue
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(  # not only regular files: a pipe or a dangling link becomes an error row, not a gap
                    f for f in p.rglob("*")
                    if not f.is_dir() and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        elif any(ch in str(raw) for ch in "*?[") and not p.exists():
            out.extend(sorted(Path().glob(str(raw))) if not p.is_absolute() else sorted(Path(p.anchor).glob(str(p.relative_to(p.anchor)))))
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p if isinstance(p, remote.RemoteFile) or not p.exists() else p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


_WORKER: dict = {}

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when its parent dies, even by SIGKILL (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _init_worker(pipeline_options: dict | None, parent: int | None = None) -> None:
    if parent is not None:
        _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork: just end
    from .pipeline import load_pipeline

    _WORKER["nlp"] = load_pipeline(**(pipeline_options or {}))


def process_file(path: str, *, year: int | None = None, password: str | None = None, nlp=None, sha: str | None = None,
                 redact=None) -> tuple:
    """Read and extract one file; returns ("ok", findings, record) or ("error", ErrorRecord)."""
    from .extract import extract_document
    from .readers import read_document

    started = time.perf_counter()
    url = path if is_url(path) else None
    p = remote.RemoteFile(url) if url else Path(path)
    try:
        with (remote.local_copy(url) if url else nullcontext(p)) as local:
            if not local.exists():
                raise MissingFileError("file not found", path=p)
            sha = sha or file_sha256(local)
            doc = read_document(local, password=password, doc_id=p.stem)
        if url:
            doc.source = url  # the report is named by its URL, not by the copy read
        findings = extract_document(doc, year=year, nlp=nlp or _WORKER.get("nlp"), redact=redact)
    except FocusFiveError as exc:
        permanent = sha is not None and not isinstance(exc, MissingFileError)
        return ("error", ErrorRecord(source=str(p), error=exc.kind, message=exc.reason, sha256=sha, permanent=permanent))
    except Exception as exc:  # a bug or a library failure: record it, keep the batch going
        return ("error", ErrorRecord(source=str(p), error=type(exc).__name__, message=str(exc) or repr(exc), sha256=sha))
    year_found = findings[0].report_year if findings else None
    if year_found is None:
        from .extract import report_year_and_period

        year_found = year if year is not None else report_year_and_period(doc.title, p.stem)[0]
    record = DocumentRecord(
        doc_id=doc.doc_id,
        source=str(p),
        sha256=sha,
        format=doc.format,
        pages=len(doc.pages) or None,
        report_year=year_found,
        n_findings=len(findings),
        seconds=round(time.perf_counter() - started, 4),
        warnings=list(doc.warnings),
    )
    return ("ok", findings, record)


def _process_in_worker(path: str, year: int | None, password: str | None, sha: str | None, redact=None) -> tuple:
    return process_file(path, year=year, password=password, sha=sha, redact=redact)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _not_a_file(path: Path) -> str | None:
    """What ``path`` is when it exists (or is a link) but is not a regular file; None otherwise."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "a symbolic link to nothing (its target is gone)" if path.is_symlink() else None
    except OSError as exc:
        return "a symbolic link loop" if exc.errno == errno.ELOOP else None
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"), (stat.S_ISDIR, "a folder"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _hash_or_error(path: Path) -> str | ErrorRecord:
    try:
        if isinstance(path, remote.RemoteFile):
            return remote.sha256(path)
        what = _not_a_file(path)
        if what is not None:
            raise NotAFileError(f"{what}, not a report file: not read; remove it or point it at a report", path=path)
        if not path.is_file():
            raise MissingFileError("file not found", path=path)
        return file_sha256(path)
    except FocusFiveError as exc:
        return ErrorRecord(source=str(path), error=exc.kind, message=exc.reason)
    except OSError as exc:
        return ErrorRecord(source=str(path), error=type(exc).__name__, message=exc.strerror or str(exc))


def _rebase(entry: CacheEntry, source: str) -> CacheEntry:
    """A cached result moved onto ``source`` (a file with the same content and stem)."""
    if entry[0] == "ok":
        findings = [dataclasses.replace(f, source=source, teams=list(f.teams), themes=list(f.themes)) for f in entry[1]]
        return ("ok", findings, dataclasses.replace(entry[2], source=source, cached=True, status="ok", duplicate_of=None))
    return ("error", dataclasses.replace(entry[1], source=source))


NOT_REPORTS = frozenset({"readme", "license", "licence", "changelog", "changes", "contributing", "notice", "authors", "copying"})
"""File stems (case-insensitive) that are a folder's own papers, not reports."""

DATA_SUFFIXES = frozenset({".jsonl", ".json", ".csv", ".parquet", ".xlsx", ".yaml", ".yml", ".cfg", ".py"})
"""Data files kept beside reports (annotations, exports, lexicons): not reports either."""


def _skipped_in_folders(paths: Iterable[str | Path], files: list[Path]) -> set[int]:
    """Indexes of files that came from expanding a folder and are named like a README or are data files."""
    explicit = {Path(p).resolve() for p in paths if Path(p).is_file()}
    return {
        i for i, f in enumerate(files)
        if (f.stem.lower() in NOT_REPORTS or f.suffix.lower() in DATA_SUFFIXES) and f.resolve() not in explicit
    }


RENDITION_PREFERENCE = (".docx", ".pdf", ".md", ".txt")
"""Which rendition of a report saved in several formats is read (first wins)."""


def _renditions(files: list[Path]) -> dict[int, list[int]]:
    """Index of the preferred rendition -> indexes of the other renditions of the same report."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(files):
        if f.suffix.lower() in RENDITION_PREFERENCE:
            groups.setdefault((str(f.parent.resolve()), f.stem.lower()), []).append(i)
    out: dict[int, list[int]] = {}
    for members in groups.values():
        if len(members) > 1:
            ranked = sorted(members, key=lambda i: (RENDITION_PREFERENCE.index(files[i].suffix.lower()), i))
            out[ranked[0]] = ranked[1:]
    return out


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool at once: queued work cancelled, running workers terminated, then killed."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + 3
    for proc in procs:
        proc.join(max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            proc.kill()
            proc.join(1)


def _run(todo: list[tuple[int, Path, str]], store: Callable[[int, tuple], None], *, jobs: int, year, password,
         pipeline_options, bar, redact=None) -> None:
    """Read and extract ``todo``, handing each result to ``store`` as it finishes (so an interrupt keeps them)."""
    if not todo:
        return
    if jobs <= 1 or len(todo) == 1:
        from .pipeline import load_pipeline

        nlp = load_pipeline(**(pipeline_options or {}))
        for i, f, sha in todo:
            store(i, process_file(str(f), year=year, password=password, nlp=nlp, sha=sha, redact=redact))
            bar.update(1)
        return
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), initializer=_init_worker,
                               initargs=(pipeline_options, os.getpid()))
    try:
        futures = {pool.submit(_process_in_worker, str(f), year, password, sha, redact): i for i, f, sha in todo}
        for fut in as_completed(futures):
            store(futures.pop(fut), fut.result())  # popped: a done future holds its findings
            del fut
            bar.update(1)
    except BaseException:
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


class _Runner:
    """Runs planned files on this machine's processes or, given ``cluster``, on Dask (connected once)."""

    def __init__(self, *, jobs, year, password, pipeline_options, redact, cluster, parts_dir, options) -> None:
        self.jobs, self.year, self.password = jobs, year, password
        self.pipeline_options, self.redact, self.cluster, self.options = pipeline_options, redact, cluster, options
        self.parts_dir = Path(parts_dir) if parts_dir else None
        self.per_worker: Counter = Counter()
        self._stack = ExitStack()
        self._client = None
        if cluster is not None:
            from .cluster import ClusterError, _distributed

            _distributed()  # not installed: say so before any file is read
            if self.parts_dir is None and cluster != "local":
                raise ClusterError("a remote cluster needs parts_dir: a folder the workers and this machine share")

    def run(self, todo: list[tuple[int, Path, str]], store: Callable[[int, tuple], None], bar) -> None:
        """Read and extract ``todo``, handing each result to ``store`` as it finishes."""
        if self.cluster is None:
            _run(todo, store, jobs=self.jobs, year=self.year, password=self.password,
                 pipeline_options=self.pipeline_options, bar=bar, redact=self.redact)
            return
        from . import cluster

        if self._client is None:
            self._client = self._stack.enter_context(cluster.connect(self.cluster, self.jobs))
            if self.parts_dir is None:
                self.parts_dir = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="focusfive-parts-")))
        cluster.run(todo, store, self.per_worker, client=self._client, year=self.year, password=self.password,
                    pipeline_options=self.pipeline_options, redact=self.redact, parts_dir=self.parts_dir,
                    options=self.options, bar=bar)

    def close(self) -> None:
        self._stack.close()


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
        from .redact import redactor

        redactor(redact)  # a bad names file is an error before any report is read
        redact = True if redact is True else [str(Path(p).expanduser().resolve()) for p in redact]
    opts = options_key(year, pipeline_options, redact)
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    results: dict[int, tuple] = {}
    hashes: dict[int, str] = {}
    skipped = _skipped_in_folders(paths, files)
    for i, f in enumerate(files):
        sha = _hash_or_error(f)
        if isinstance(sha, ErrorRecord):
            results[i] = ("error", sha)
        elif i in skipped:
            results[i] = ("ok", [], DocumentRecord(
                doc_id=f.stem, source=str(f), sha256=sha, format=f.suffix.lower().lstrip("."), pages=None,
                report_year=None, n_findings=0, status="skipped", warnings=["a folder's own paper or data file (README, annotations, ...), not a report"]))
        else:
            hashes[i] = sha
    alternates = _renditions(files) if renditions else {}
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
                store(i, _rebase(hit, str(files[i])))
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
    runner = _Runner(jobs=jobs, year=year, password=password, pipeline_options=pipeline_options, redact=redact,
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
