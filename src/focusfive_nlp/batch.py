"""Batch extraction over many files, one document per task, on several processes.

Per-document parallelism (not spaCy's ``n_process``): each worker loads the pipeline
once and reads and extracts whole documents. A bad file becomes an error record and
the batch goes on; every input path ends in ``documents`` or ``errors``.
"""
from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from .errors import FocusFiveError, MissingFileError
from .findings import Finding


@dataclass
class DocumentRecord:
    """One successfully processed input file."""

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


@dataclass
class ErrorRecord:
    """One input file that could not be processed, and why."""

    source: str
    error: str
    message: str
    sha256: str | None = None


@dataclass
class BatchResult:
    findings: list[Finding] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)

    def to_dicts(self) -> dict[str, list[dict]]:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "documents": [asdict(d) for d in self.documents],
            "errors": [asdict(e) for e in self.errors],
        }


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files, folders (recursively, hidden files skipped) and globs into files, in order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(
                    f for f in p.rglob("*")
                    if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        elif any(ch in str(raw) for ch in "*?[") and not p.exists():
            out.extend(sorted(Path().glob(str(raw))) if not p.is_absolute() else sorted(Path(p.anchor).glob(str(p.relative_to(p.anchor)))))
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.resolve() if p.exists() else p
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


_WORKER: dict = {}


def _init_worker(pipeline_options: dict | None) -> None:
    from .pipeline import load_pipeline

    _WORKER["nlp"] = load_pipeline(**(pipeline_options or {}))


def process_file(path: str, *, year: int | None = None, password: str | None = None, nlp=None) -> tuple:
    """Read and extract one file; returns ("ok", findings, record) or ("error", ErrorRecord)."""
    from .extract import extract_document
    from .readers import read_document

    started = time.perf_counter()
    p = Path(path)
    sha = None
    try:
        if not p.exists():
            raise MissingFileError("file not found", path=p)
        sha = file_sha256(p)
        doc = read_document(p, password=password)
        findings = extract_document(doc, year=year, nlp=nlp or _WORKER.get("nlp"))
    except FocusFiveError as exc:
        return ("error", ErrorRecord(source=str(p), error=exc.kind, message=exc.reason, sha256=sha))
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


def _process_in_worker(path: str, year: int | None, password: str | None) -> tuple:
    return process_file(path, year=year, password=password)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def extract_paths(
    paths: Iterable[str | Path],
    *,
    jobs: int | None = None,
    year: int | None = None,
    password: str | None = None,
    progress: bool = True,
    pipeline_options: dict | None = None,
) -> BatchResult:
    """Extract findings from every file under ``paths``; results keep the input order."""
    files = collect_paths(paths)
    jobs = min(jobs or default_jobs(), max(len(files), 1))
    results: dict[int, tuple] = {}
    bar = tqdm(total=len(files), unit="doc", desc="extract", disable=not progress or not files)
    if jobs <= 1:
        from .pipeline import load_pipeline

        nlp = load_pipeline(**(pipeline_options or {}))
        for i, f in enumerate(files):
            results[i] = process_file(str(f), year=year, password=password, nlp=nlp)
            bar.update(1)
    else:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(pipeline_options,)) as pool:
            futures = {pool.submit(_process_in_worker, str(f), year, password): i for i, f in enumerate(files)}
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                bar.update(1)
    bar.close()
    out = BatchResult()
    for i in range(len(files)):
        res = results[i]
        if res[0] == "ok":
            out.findings.extend(res[1])
            out.documents.append(res[2])
        else:
            out.errors.append(res[1])
    return out
