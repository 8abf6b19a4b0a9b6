"""Plain text and Markdown reader."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import EmptyDocumentError, NotTextError
from ..structure import detect_headings, first_line

MAX_TEXT_BYTES = 50 * 1024 * 1024


def decode_text(data: bytes, *, path: str | Path) -> str:
    """Decode report bytes: UTF-8 (with or without BOM), else Windows-1252; binary is refused."""
    if b"\x00" in data[:8192]:
        raise NotTextError("looks binary, not text (NUL bytes); is the extension right?", path=path)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NotTextError("not decodable as UTF-8 or Windows-1252 text", path=path)


# Odd spaces become plain ones, one character for one, so offsets into the text stay true.
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": " "})


def text_document(text: str, *, source: str = "<text>", doc_id: str = "text", fmt: str = "txt") -> Document:
    """Build a Document from report text: newlines and odd spaces normalised, headings from line shape."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    if not text.strip():
        raise EmptyDocumentError("no text in document", path=source)
    return Document(
        text=text,
        source=source,
        doc_id=doc_id,
        format=fmt,
        headings=detect_headings(text),
        metadata={"title": first_line(text)},
    )


def read_text_file(path: Path, *, doc_id: str | None = None) -> Document:
    """Read a .txt or .md report."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocumentError("empty file", path=path)
    if size > MAX_TEXT_BYTES:
        raise NotTextError(f"text file too large ({size} bytes)", path=path)
    text = decode_text(path.read_bytes(), path=path)
    fmt = "md" if path.suffix.lower() == ".md" else "txt"
    return text_document(text, source=str(path), doc_id=doc_id or path.stem, fmt=fmt)
