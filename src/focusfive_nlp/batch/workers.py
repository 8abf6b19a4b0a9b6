"""Reading and extracting the planned files: one document per task, in this process or in
worker processes that die with their parent, or on a Dask cluster (cluster.py)."""
from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import ExitStack, nullcontext
from pathlib import Path
from typing import Callable

from .. import remote
from ..errors import FocusFiveError, MissingFileError
from ..remote import is_url
from ..startup import long_lived, own_process
from .records import DocumentRecord, ErrorRecord, file_sha256

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
    own_process()
    with long_lived():
        from ..pipeline import load_pipeline

        _WORKER["nlp"] = load_pipeline(**(pipeline_options or {}))


def process_file(path: str, *, year: int | None = None, password: str | None = None, nlp=None, sha: str | None = None,
                 redact=None) -> tuple:
    """Read and extract one file; returns ("ok", findings, record) or ("error", ErrorRecord)."""
    from ..extract import extract_document
    from ..readers import read_document

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
        from ..extract import report_year_and_period

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


def run_local(todo: list[tuple[int, Path, str]], store: Callable[[int, tuple], None], *, jobs: int, year, password,
         pipeline_options, bar, redact=None) -> None:
    """Read and extract ``todo``, handing each result to ``store`` as it finishes (so an interrupt keeps them)."""
    if not todo:
        return
    if jobs <= 1 or len(todo) == 1:
        with long_lived():
            from ..pipeline import load_pipeline

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


class Runner:
    """Runs planned files on this machine's processes or, given ``cluster``, on Dask (connected once)."""

    def __init__(self, *, jobs, year, password, pipeline_options, redact, cluster, parts_dir, options) -> None:
        self.jobs, self.year, self.password = jobs, year, password
        self.pipeline_options, self.redact, self.cluster, self.options = pipeline_options, redact, cluster, options
        self.parts_dir = Path(parts_dir) if parts_dir else None
        self.per_worker: Counter = Counter()
        self._stack = ExitStack()
        self._client = None
        if cluster is not None:
            from ..cluster import ClusterError, _distributed

            _distributed()  # not installed: say so before any file is read
            if self.parts_dir is None and cluster != "local":
                raise ClusterError("a remote cluster needs parts_dir: a folder the workers and this machine share")

    def run(self, todo: list[tuple[int, Path, str]], store: Callable[[int, tuple], None], bar) -> None:
        """Read and extract ``todo``, handing each result to ``store`` as it finishes."""
        if self.cluster is None:
            run_local(todo, store, jobs=self.jobs, year=self.year, password=self.password,
                 pipeline_options=self.pipeline_options, bar=bar, redact=self.redact)
            return
        from .. import cluster

        if self._client is None:
            self._client = self._stack.enter_context(cluster.connect(self.cluster, self.jobs))
            if self.parts_dir is None:
                self.parts_dir = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="focusfive-parts-")))
        cluster.run(todo, store, self.per_worker, client=self._client, year=self.year, password=self.password,
                    pipeline_options=self.pipeline_options, redact=self.redact, parts_dir=self.parts_dir,
                    options=self.options, bar=bar)

    def close(self) -> None:
        self._stack.close()
