"""Readers: a path in, a :class:`~focusfive_nlp.document.Document` out, one module per format.

``read_document`` checks that the file exists, is a regular file (not a folder, pipe,
device, broken link or link loop), is not empty and is what its extension says (magic
bytes), then hands it to the reader of its format. Every failure, the operating
system's included (no permission, a path too long), is a named
:mod:`focusfive_nlp.errors` error that names the file.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..document import Document
from ..errors import (
    ConfigError,
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    MissingFileError,
    NotTextError,
    ReaderError,
    UnsupportedFormatError,
)
from .sniff import head, sniff
from .text import read_text_file, text_document

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
PDF_READERS = ("pdfium", "pdfplumber")
"""PDF engines: pypdfium2 (the default, fast) and pdfplumber (pdfminer; the reference)."""
PDF_READER_ENV = "FOCUSFIVE_PDF_READER"
"""Environment variable naming the default PDF engine (so worker processes share the choice)."""
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


def check_path(p: Path) -> None:
    """Refuse, with a named error, anything at ``p`` that is not a readable regular file."""
    try:
        info = os.stat(p)
    except FileNotFoundError:
        if os.path.islink(p):
            raise MissingFileError(f"broken link: it points to {os.readlink(p)}, which does not exist", path=p) from None
        raise MissingFileError("file not found", path=p) from None
    except OSError as exc:  # a link loop, a name too long, no permission on a folder on the way
        raise ReaderError(f"cannot open: {exc.strerror or exc}", path=p) from exc
    except ValueError as exc:  # a NUL byte in the path
        raise MissingFileError(f"not a valid path ({exc})", path=p) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnsupportedFormatError("a folder, not a file; give the folder to `focusfive build` or a file here", path=p)
    if not stat.S_ISREG(info.st_mode):
        kind = "a named pipe" if stat.S_ISFIFO(info.st_mode) else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode) else "not a regular file"
        raise UnsupportedFormatError(f"not a regular file ({kind})", path=p)


def pdf_reader(reader: str | None = None) -> str:
    """The PDF engine to use: ``reader``, else $FOCUSFIVE_PDF_READER, else pdfium."""
    name = (reader or os.environ.get(PDF_READER_ENV) or PDF_READERS[0]).strip().lower()
    if name not in PDF_READERS:
        raise ConfigError(f"unknown PDF reader {name!r}; choose one of: {', '.join(PDF_READERS)}")
    return name


def set_default_pdf_reader(reader: str) -> None:
    """Make ``reader`` the default PDF engine of this process and the workers it starts."""
    os.environ[PDF_READER_ENV] = pdf_reader(reader)


def read_document(path: str | Path, *, password: str | None = None, doc_id: str | None = None, reader: str | None = None) -> Document:
    """Read any supported file into a Document, choosing the reader by extension.

    ``reader`` picks the PDF engine (:data:`PDF_READERS`; see :func:`pdf_reader`).
    """
    engine = pdf_reader(reader)
    p = Path(path)
    check_path(p)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(p, suffix)
    try:
        if p.stat().st_size == 0:
            raise EmptyDocumentError("empty file", path=p)
        check_kind(p, suffix)
        if suffix in (".txt", ".md"):
            return read_text_file(p, doc_id=doc_id)
        if suffix == ".pdf":
            if engine == "pdfplumber":
                from .pdf import read_pdf
            else:
                from .pdfium import read_pdf

            return read_pdf(p, password=password, doc_id=doc_id)
        from .docx import read_docx

        return read_docx(p, doc_id=doc_id)
    except OSError as exc:  # no permission, an I/O error on a bad disk, a file gone half-way
        raise ReaderError(f"cannot read: {exc.strerror or exc}; check the file and that you may read it", path=p) from exc


__all__ = ["read_document", "text_document", "check_kind", "check_path", "pdf_reader", "set_default_pdf_reader", "SUPPORTED_SUFFIXES", "PDF_READERS"]
