"""Plain text and Markdown reader."""
from __future__ import annotations

from pathlib import Path

from ..document import Document, Heading
from ..errors import EmptyDocumentError, NotTextError
from ..structure import detect_headings, first_line
from ..textview import check_length, plain_view

MAX_TEXT_BYTES = 50 * 1024 * 1024


_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
SNIFF_BYTES = 8192


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by its NUL pattern: English text in UTF-16 has
    a NUL in (nearly) every other byte, all on one side; binary data does not."""
    n = len(sample) - len(sample) % 2
    if n < 8:
        return None
    even, odd = sample[0:n:2], sample[1:n:2]
    half = n // 2
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.7 * half and other.count(0) == 0:
            return encoding
    return None


def decode_text(data: bytes, *, path: str | Path) -> str:
    """Decode report bytes: UTF-8, UTF-16 or UTF-32 with a byte-order mark, UTF-16 without
    one (by its NUL pattern), UTF-8, else Windows-1252; binary is refused."""
    bom = _bom(data)
    encoding, skip = bom if bom else (_bomless_utf16(data[:SNIFF_BYTES]), 0)
    if encoding is not None:
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise NotTextError(f"not valid {encoding.upper()} text ({exc.reason} at byte {exc.start + skip})", path=path) from exc
        if "\x00" in text:
            raise NotTextError(f"looks binary, not {encoding.upper()} text (NUL characters); is the extension right?", path=path)
        return text
    if b"\x00" in data[:SNIFF_BYTES]:
        raise NotTextError("looks binary, not text (NUL bytes); is the extension right?", path=path)
    for encoding in ("utf-8", "cp1252"):
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
