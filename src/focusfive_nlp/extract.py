"""The library's front door: a report (text, path or Document) in, findings out."""
from __future__ import annotations

import re
from pathlib import Path

from .document import Document
from .findings import Finding
from .pipeline import findings_from_document, load_pipeline
from .readers import read_document, text_document

PATH_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".doc")
_YEAR = r"(?:19|20)\d\d"
_SPAN = re.compile(rf"\b({_YEAR})\s*[/\-–]\s*(\d\d(?:\d\d)?)\b")
_QUARTER = re.compile(rf"\b((?:Q[1-4]|Quarter\s+[1-4]|(?:Spring|Summer|Autumn|Winter)(?:/(?:Spring|Summer|Autumn|Winter))?)\s+{_YEAR}(?:\s*[/\-–]\s*\d\d(?:\d\d)?)?)", re.I)
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
    return "\n".join([ln.strip() for ln in text.splitlines() if ln.strip()][:lines])


def _as_document(source: str | Path | Document, *, password: str | None = None, reader: str | None = None) -> Document:
    if isinstance(source, Document):
        return source
    if isinstance(source, Path):
        return read_document(source, password=password, reader=reader)
    if isinstance(source, str) and "\n" not in source and len(source) < 4096:
        candidate = Path(source.strip())
        # a one-line string naming a report file is a path, and a missing one is an error
        if candidate.exists() and candidate.is_file() or candidate.suffix.lower() in PATH_SUFFIXES:
            return read_document(candidate, password=password, reader=reader)
    return text_document(source)


def extract_document(doc: Document, *, year: int | None = None, nlp=None) -> list[Finding]:
    """Findings of one read Document, with document-level fields filled in."""
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
    return findings


def extract(source: str | Path | Document, *, year: int | None = None, nlp=None, password: str | None = None,
            reader: str | None = None) -> list[Finding]:
    """Extract findings from a report's text, a path to a report file, or a Document.

    ``year`` overrides the report year found in the title or file name; ``reader`` picks
    the PDF reader ("pdfium", the default, or "pdfplumber").
    """
    return extract_document(_as_document(source, password=password, reader=reader), year=year, nlp=nlp)
