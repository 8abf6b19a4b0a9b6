"""Readers: a path in, a :class:`~focusfive_nlp.document.Document` out, one module per format."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import MissingFileError, UnsupportedFormatError
from .text import read_text_file, text_document

SUPPORTED_SUFFIXES = (".txt", ".md")


def read_document(path: str | Path, *, password: str | None = None, doc_id: str | None = None) -> Document:
    """Read any supported file into a Document, choosing the reader by extension."""
    p = Path(path)
    if not p.exists():
        raise MissingFileError("file not found", path=p)
    suffix = p.suffix.lower()
    if suffix in (".txt", ".md"):
        return read_text_file(p, doc_id=doc_id)
    raise UnsupportedFormatError(
        f"unsupported format {suffix or '(no extension)'}; supported: {', '.join(SUPPORTED_SUFFIXES)}",
        path=p,
    )


__all__ = ["read_document", "text_document", "SUPPORTED_SUFFIXES"]
