"""Plain text and Markdown reader."""
from __future__ import annotations

from pathlib import Path

from ..document import Document, Heading
from ..errors import EmptyDocumentError, NotTextError
from ..structure import detect_headings, first_line
from ..textview import check_length, plain_view

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


def text_document(text: str, *, source: str = "<text>", doc_id: str = "text", fmt: str = "txt") -> Document:
    """Build a Document from report text, kept exactly as given so offsets refer to it.

    Headings are found by line shape in the text's plain view (textview.plain_view:
    Windows line ends, odd spaces and bullet glyphs read as plain ones); a heading's
    text is as written.
    """
    check_length(text, source=source)
    view = plain_view(text)
    if not view.text.strip():
        raise EmptyDocumentError("no text in document", path=source)
    headings = []
    for h in detect_headings(view.text):
        start, end = view.source_start(h.start), view.source_end(h.end)
        headings.append(Heading(text=text[start:end], start=start, end=end, level=h.level))
    return Document(
        text=text,
        source=source,
        doc_id=doc_id,
        format=fmt,
        headings=headings,
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
