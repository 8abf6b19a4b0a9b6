"""The library's front door: a report (text, path or Document) in, findings out."""
from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

from .document import Document
from .errors import EmptyDocumentError, FolderError, MissingFileError
from .findings import Finding
from .pipeline import findings_from_document, load_pipeline
from .readers import read_document, text_document
from .redact import redactor

PATH_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".doc")
_YEAR = r"(?:19|20)\d\d"
_DASH = "/\\-\u2010-\u2015\u2212"  # a slash, a hyphen, en and em dashes, a minus: "2019/20", "2019–20", "2019—20"
_SPAN = re.compile(rf"\b({_YEAR})\s*[{_DASH}]\s*(\d\d(?:\d\d)?)\b")
_QUARTER = re.compile(rf"\b((?:Q[1-4]|Quarter\s+[1-4]|(?:Spring|Summer|Autumn|Winter)(?:/(?:Spring|Summer|Autumn|Winter))?)\s+{_YEAR}(?:\s*[{_DASH}]\s*\d\d(?:\d\d)?)?)", re.I)
_SINGLE = re.compile(rf"(?<![\d/])({_YEAR})(?![\d/])")


def report_year_and_period(*candidates: str | None) -> tuple[int | None, str | None]:
    """Year and period of a report from its title, metadata, then file name (first hit wins).

    A span ("2018/19", "2018-19") gives its first year and is the period as written.
    """
    for text in candidates:
        if not text:
            continue
        quarter = _QUARTER.search(text)
        span = _SPAN.search(text)
        if span:
            first, second = span.group(1), span.group(2)
            tail = int(second[-2:])
            if (int(first[-2:]) + 1) % 100 == tail:
                period = quarter.group(1) if quarter and span.group(0) in quarter.group(1) else span.group(0)
                return int(first), period
        single = _SINGLE.search(text)
        if single:
            return int(single.group(1)), (quarter.group(1) if quarter else single.group(1))
    return None, None


def title_block(text: str, lines: int = 3) -> str:
    """The first few non-empty lines: a title often runs over a line or has a subtitle."""
    block: list[str] = []
    for ln in text.splitlines():
        if len(block) >= lines:
            break
        if ln.strip():
            block.append(ln.strip())
    return "\n".join(block)


_PATH_START = re.compile(r"^(?:/|~[/\\]|\.\.?[/\\]|[A-Za-z]:[/\\]|\\\\)")
MAX_PATH_CHARS = 4096  # longer strings are never paths (PATH_MAX on Linux)


def _existing_path(text: str) -> Path | None:
    """The file or folder a one-line str names, if it exists (never an OSError: a
    256-character line or a NUL is simply not a path). A str with no letter or digit
    (".", "/", "~") is text: it holds no report, and a stray "." must not read a folder."""
    candidate = text.strip()
    if not candidate or "\n" in candidate or len(candidate) > MAX_PATH_CHARS or not any(ch.isalnum() for ch in candidate):
        return None
    expanded = os.path.expanduser(candidate)
    return Path(expanded) if os.path.exists(expanded) else None


def path_shape(text: str) -> str | None:
    """"file" for a one-line str shaped like a report file's path, "folder" for one shaped
    like a folder's, else None. The shape: it ends in a report extension (.pdf, .docx,
    .txt, .md, .doc) or a path separator, and is one word ("audit-2021.pdf", "archive/")
    or starts as a path does ("/", "~/", "./", "../", "C:\\"). "See appendix.pdf" is text."""
    candidate = text.strip()
    if not candidate or "\n" in candidate or len(candidate) > MAX_PATH_CHARS or not any(ch.isalnum() for ch in candidate):
        return None
    if any(ch.isspace() for ch in candidate) and not _PATH_START.match(candidate):
        return None
    if candidate.lower().endswith(PATH_SUFFIXES):
        return "file"
    return "folder" if candidate.endswith(("/", "\\")) else None


def _read_path(path: Path, *, password: str | None, reader: str | None = None) -> Document:
    if not os.path.lexists(path):
        raise MissingFileError("no such file or folder; check the path", path=path)
    if path.is_dir():
        raise FolderError(
            "is a folder; extract() reads one report: use FindingsDataset.from_paths([folder]) or "
            "focusfive_nlp.batch.extract_paths([folder]) for every report in a folder", path=path)
    return read_document(path, password=password, reader=reader)


def _as_document(source: str | os.PathLike | Document, *, password: str | None = None,
                 reader: str | None = None) -> Document | None:
    """The Document ``source`` stands for, or None for a str with no text in it."""
    if isinstance(source, Document):
        return source
    if isinstance(source, os.PathLike):
        return _read_path(Path(source), password=password, reader=reader)
    if not isinstance(source, str):
        raise TypeError(f"extract() takes a report's text (str), a path (str or Path) or a Document, not {type(source).__name__}")
    path = _existing_path(source)
    if path is not None:
        return _read_path(path, password=password, reader=reader)
    shape = path_shape(source)
    if shape == "file":
        raise MissingFileError(
            "no such file; a str is read as report text unless it names an existing file, and this one can only "
            "be a report's path: check it, or pass text_document(text) to read it as text", path=source.strip())
    if shape == "folder":
        warnings.warn(f"{source.strip()!r} names no existing folder, so it was read as report text; check the path",
                      UserWarning, stacklevel=3)
    try:
        return text_document(source)
    except EmptyDocumentError:
        return None


def extract_document(doc: Document, *, year: int | None = None, nlp=None, redact=None) -> list[Finding]:
    """Findings of one read Document, with document-level fields filled in.

    ``redact`` (True, a list of extra names files, or a Redactor) replaces personal names
    in the evidence text (see redact.py).
    """
    nlp = nlp or load_pipeline()
    doc_year, period = report_year_and_period(
        doc.title, title_block(doc.text), doc.metadata.get("subject"), doc.metadata.get("created_year"), Path(doc.source).stem
    )
    findings = findings_from_document(nlp, doc)
    for f in findings:
        f.doc_id = doc.doc_id
        f.source = doc.source
        f.report_year = year if year is not None else doc_year
        f.report_period = period
        f.page = doc.page_at(f.start_char)
    names = redactor(redact)
    return [names.redact_finding(f) for f in findings] if names else findings


def extract(source: str | os.PathLike | Document, *, year: int | None = None, nlp=None,
            password: str | None = None, redact=None, reader: str | None = None) -> list[Finding]:
    """Extract findings from a report's text, a path to a report file, or a Document.

    A ``Path`` is a file to read (missing: MissingFileError; a folder: FolderError). A
    ``str`` is a path when it names a file or folder that exists and has a letter or
    digit ("." is text). Any other ``str`` is the report's text: offsets in the findings
    refer to it as given, and a str with no text in it gives no findings. Narrow
    exceptions, so that a mistyped path is not silently read as text (see
    :func:`path_shape`): a one-line str shaped like a report file's path
    ("audit-2021.pdf", "~/reports/q1 audit.docx") that does not exist raises
    MissingFileError; one shaped like a folder's ("archive/") warns. Folders are read
    by FindingsDataset.from_paths.
    ``year`` overrides the report year found in the title or file name; ``redact=True``
    replaces personal names in the evidence (or give a list of extra names files);
    ``reader`` picks the PDF reader ("pdfium", the default, or "pdfplumber").
    """
    document = _as_document(source, password=password, reader=reader)
    if document is None:
        return []
    return extract_document(document, year=year, nlp=nlp, redact=redact)
