"""Readers: a path in, a :class:`~focusfive_nlp.document.Document` out, one module per format.

``read_document`` checks that the file exists, is not empty and is what its extension
says (magic bytes), then hands it to the reader of its format. Every failure is a named
:mod:`focusfive_nlp.errors` error that names the file.
"""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    MissingFileError,
    NotTextError,
    UnsupportedFormatError,
)
from .sniff import head, sniff
from .text import read_text_file, text_document

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
_LEGACY = {
    ".doc": "legacy Word .doc is not supported; open it in Word and save it as .docx",
    ".rtf": "RTF is not supported; save it as .docx or PDF",
    ".odt": "OpenDocument text is not supported; save it as .docx or PDF",
}


def _unsupported(p: Path, suffix: str) -> UnsupportedFormatError:
    reason = _LEGACY.get(suffix, f"unsupported format {suffix or '(no extension)'}")
    return UnsupportedFormatError(f"{reason}; supported formats: {', '.join(SUPPORTED_SUFFIXES)}", path=p)


def check_kind(p: Path, suffix: str) -> None:
    """Refuse a file whose first bytes contradict its extension, naming what it really is."""
    real = sniff(head(p))
    if suffix == ".pdf" and real != "PDF":
        raise CorruptDocumentError(f"not a PDF: the file is {real or 'not a PDF (no %PDF header)'}", path=p)
    if suffix == ".docx" and not (real or "").startswith("ZIP"):
        if real and real.startswith("OLE"):
            data = p.read_bytes()[: 1 << 20]
            if "EncryptionInfo".encode("utf-16-le") in data:
                raise EncryptedDocumentError(
                    "password-protected Word file; remove the password in Word (File > Info) and save again", path=p
                )
            raise UnsupportedFormatError("this is a legacy Word .doc file named .docx; open it in Word and save it as .docx", path=p)
        raise CorruptDocumentError(f"not a Word .docx: the file is {real or 'not a zip package'}", path=p)
    if suffix in (".txt", ".md") and real is not None and real not in ("HTML", "RTF"):
        raise NotTextError(f"not a text file: the file is {real}; rename it with the right extension", path=p)


def read_document(path: str | Path, *, password: str | None = None, doc_id: str | None = None) -> Document:
    """Read any supported file into a Document, choosing the reader by extension."""
    p = Path(path)
    if not p.exists():
        raise MissingFileError("file not found", path=p)
    if not p.is_file():
        raise UnsupportedFormatError("not a regular file", path=p)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(p, suffix)
    if p.stat().st_size == 0:
        raise EmptyDocumentError("empty file", path=p)
    check_kind(p, suffix)
    if suffix in (".txt", ".md"):
        return read_text_file(p, doc_id=doc_id)
    if suffix == ".pdf":
        from .pdf import read_pdf

        return read_pdf(p, password=password, doc_id=doc_id)
    from .docx import read_docx

    return read_docx(p, doc_id=doc_id)


__all__ = ["read_document", "text_document", "check_kind", "SUPPORTED_SUFFIXES"]
