"""What a batch produces and what it is keyed by: document and error records, the result,
cache keys and the fingerprint of everything that changes findings."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ..findings import Finding
from ..remote import sha256_of


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



CacheEntry = tuple  # ("ok", list[Finding], DocumentRecord) or ("error", ErrorRecord)
CacheKey = tuple[str, str, str]  # (sha256, file stem, options key)


def cache_key(sha256: str, path: str | Path, options: str) -> CacheKey:
    """Key of a cached result: same content, same file stem (the year may come from it), same settings."""
    return (sha256, Path(str(path)).stem, options)  # str(): a RemoteFile is named by its URL


def data_fingerprint(pipeline_options: Mapping | None) -> str:
    """Hash of the extraction code, the bundled pattern and lexicon files, and any user
    files named in the options: editing a lexicon (a team alias, a theme cue) or the code
    that reads reports invalidates the cache, not only a new package version."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]  # the whole focusfive_nlp package
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
    from .. import __version__
    from ..readers import pdf_reader

    names = None if not redact else ([] if redact is True else [Path(p).read_bytes().hex() for p in redact])
    payload = json.dumps({"v": __version__, "year": year, "pipeline": pipeline_options or {},
                          "data": data_fingerprint(pipeline_options), "redact": names, "pdf_reader": pdf_reader()},
                         sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def file_sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return sha256_of(fh)


def rebase(entry: CacheEntry, source: str) -> CacheEntry:
    """A cached result moved onto ``source`` (a file with the same content and stem)."""
    if entry[0] == "ok":
        findings = [dataclasses.replace(f, source=source, teams=list(f.teams), themes=list(f.themes)) for f in entry[1]]
        return ("ok", findings, dataclasses.replace(entry[2], source=source, cached=True, status="ok", duplicate_of=None))
    return ("error", dataclasses.replace(entry[1], source=source))
