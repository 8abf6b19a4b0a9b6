"""PDF reader on pdfplumber (``reader="pdfplumber"``): one pass over each page's
characters serves text, fonts, headings and header/footer detection.

pdfplumber fills the reader's own page model (:mod:`.model`), as pypdfium2 does in
:mod:`.pdfium`; layout analysis and paragraph assembly work on that model only, and
:func:`document_from_layouts` here turns either engine's pages into a Document.
Every pdfminer/pdfplumber failure is turned into a named error; pages are released as
soon as they are read (pdfplumber #1339, #1395).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    UnsafeDocumentError,
)
from .blocks import BuiltText, build_text
from .layout import Furniture, layout_pages
from .model import PageLayout, TableArea, Word
from .normalise import count_unmapped, normalise_chars
from .orientation import Frame, dominant_turns, quarter_turns
from .tables import MIN_RULES_FOR_TABLE, TABLE_SETTINGS, X_TOLERANCE, Y_TOLERANCE, add_edge, find_tables, outside_tables

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_JUNK_TITLE = re.compile(r"^(?:untitled|microsoft word\s*-|document\d*$|.*\.(?:docx?|pdf|txt)$)", re.I)
MAX_PAGES = 2000


def _is_encryption_error(exc: BaseException) -> bool:
    for e in (exc, *getattr(exc, "args", ())):
        if isinstance(e, BaseException) and any(c.__name__.startswith("PDFPassword") or c.__name__ == "PDFEncryptionError" for c in type(e).__mro__):
            return True
    return False


def _open(path: Path, password: str | None) -> Any:
    import pdfplumber

    try:
        return pdfplumber.open(path, password=password or "")
    except Exception as exc:  # pdfplumber wraps pdfminer errors in PdfminerException
        if _is_encryption_error(exc):
            hint = "wrong password" if password else "it is encrypted"
            raise EncryptedDocumentError(f"cannot open PDF: {hint}; give the password with --password", path=path) from exc
        cause = exc.args[0] if exc.args else exc
        raise CorruptDocumentError(f"damaged or not a PDF ({type(cause).__name__}: {cause})", path=path) from exc


def _walk(objs: Any, chars: list[Any], counts: dict[str, int], rules: list[Any]) -> None:
    """Collect LTChar objects (also inside figures), ruling objects, and count images."""
    from pdfminer.layout import LTAnno, LTChar, LTContainer, LTCurve, LTImage

    for obj in objs:
        if isinstance(obj, LTChar):
            chars.append(obj)
        elif isinstance(obj, LTAnno):
            continue
        elif isinstance(obj, LTImage):
            counts["images"] += 1
        elif isinstance(obj, LTCurve):  # LTLine and LTRect are curves
            rules.append(obj)
        if isinstance(obj, LTContainer):
            _walk(obj._objs, chars, counts, rules)


def _rule_edges(rules: list[Any], frame: Frame, x_shift: float, y_shift: float) -> list[dict[str, Any]]:
    """pdfminer's lines, rectangles and curves as edges on the upright page."""
    from pdfminer.layout import LTRect

    edges: list[dict[str, Any]] = []
    for obj in rules:
        pts = [(obj.x0, obj.y0), (obj.x1, obj.y0), (obj.x1, obj.y1), (obj.x0, obj.y1), (obj.x0, obj.y0)] if isinstance(obj, LTRect) else list(obj.pts)
        placed = [frame.point(x, y) for x, y in pts]
        for (xa, ta), (xb, tb) in zip(placed, placed[1:]):
            add_edge((xa + x_shift, ta + y_shift), (xb + x_shift, tb + y_shift), edges)
    return edges


def _char_turns(chars: list[Any]) -> tuple[list[int], int]:
    """Each character's direction (quarter turns) and the direction most of them run in."""
    turns = [quarter_turns(c.matrix[0], c.matrix[1]) for c in chars]
    weights: dict[int, int] = {}
    for c, t in zip(chars, turns):
        if not c.get_text().isspace():
            weights[t] = weights.get(t, 0) + 1
    return turns, dominant_turns(weights)


def _words_from_chars(chars: list[Any], frame: Frame, x_shift: float, y_shift: float, turns: list[int] | None = None) -> list[Word]:
    """Group characters into words the way pdfplumber's extract_words does by default
    (lines within 3 pt, a gap over 3 pt or a space ends a word, a font change too),
    straight from pdfminer's objects: pdfplumber's per-object dict conversion is skipped,
    which is most of the cost of ``page.chars``. Only characters running in ``frame``'s
    direction are kept (``turns`` gives each one's)."""
    rows: list[tuple[float, float, float, float, str, str, float]] = []
    sideways = frame.turns in (1, 3)
    for i, c in enumerate(chars):
        if turns is not None and turns[i] != frame.turns:
            continue
        x0, x1, top, bottom = frame.place((c.x0, c.y0, c.x1, c.y1))
        size = c.x1 - c.x0 if sideways else c.size
        rows.append((top + y_shift, bottom + y_shift, x0 + x_shift, x1 + x_shift, c.get_text(), c.fontname, size))
    rows.sort(key=lambda r: r[0])
    words: list[Word] = []
    line: list[tuple[float, float, float, float, str, str, float]] = []

    def flush_line() -> None:
        line.sort(key=lambda r: r[2])
        cur: list[tuple[float, float, float, float, str, str, float]] = []
        for ch in line:
            if ch[4].isspace():
                _emit(cur, words)
                cur = []
                continue
            if cur:
                prev = cur[-1]
                if ch[2] < prev[2] or ch[2] > prev[3] + X_TOLERANCE or ch[5] != prev[5] or ch[6] != prev[6]:
                    _emit(cur, words)
                    cur = []
            cur.append(ch)
        _emit(cur, words)

    last_top = None
    for r in rows:
        if last_top is not None and r[0] - last_top > Y_TOLERANCE:
            flush_line()
            line = []
        line.append(r)
        last_top = r[0]
    if line:
        flush_line()
    return words


def _emit(chars: list[tuple[float, float, float, float, str, str, float]], out: list[Word]) -> None:
    if not chars:
        return
    text = "".join(c[4] for c in chars)
    if not text.isascii() or "(cid:" in text:
        text = normalise_chars(text).strip()
        if not text:
            return
    first, last = chars[0], chars[-1]
    top = min(first[0], last[0]) if len(chars) < 3 else min(c[0] for c in chars)
    bottom = max(first[1], last[1]) if len(chars) < 3 else max(c[1] for c in chars)
    out.append(Word(text, first[2], max(last[3], first[3]), top, bottom, float(first[6]), bool(_BOLD.search(first[5] or ""))))


def _tables(page: Any) -> list[TableArea]:
    """Ruled tables of a page (pdfplumber's table finder, lines strategy)."""
    tables = []
    for t in page.find_tables(TABLE_SETTINGS):
        x0, top, x1, bottom = t.bbox
        rows = tuple(tuple(c or "" for c in r) for r in t.extract())
        tables.append(TableArea(rows=rows, x0=x0, x1=x1, top=top, bottom=bottom))
    return tables


def _page_layout(page: Any, number: int) -> PageLayout:
    """Fill the page model from one pdfplumber page in one pass over pdfminer's layout objects.

    The page is read in the direction of its text (:mod:`.orientation`): ``/Rotate`` is
    set aside before pdfminer lays the page out. Tables are looked for on pages with
    enough ruling lines to draw one: by pdfplumber's table finder on upright pages, by its
    algorithm on the turned edges (:mod:`.tables`) on the others.
    """
    shown_turned = bool(page.rotation)
    page.page_obj.rotate = 0
    chars: list[Any] = []
    rules: list[Any] = []
    counts = {"images": 0}
    _walk(page.layout._objs, chars, counts, rules)
    turns, main = _char_turns(chars)
    if shown_turned:  # pdfplumber's page box is turned with /Rotate; pdfminer's layout now is not
        x0, y0, x1, y1 = page.page_obj.mediabox
        frame, x_shift, y_shift = Frame((0.0, 0.0, float(x1 - x0), float(y1 - y0)), main), 0.0, 0.0
    else:
        frame = Frame((0.0, 0.0, float(page.width), float(page.height)), main)
        x_shift, y_shift = float(page.mediabox[0]), float(page.mediabox[1])
    words = _words_from_chars(chars, frame, x_shift, y_shift, turns)
    rotated = sum(1 for c, t in zip(chars, turns) if t != main and not c.get_text().isspace())
    tables: list[TableArea] = []
    if len(rules) >= MIN_RULES_FOR_TABLE:
        if main == 0 and not shown_turned:
            tables = _tables(page)
        else:  # pdfplumber's finder works in the shown page's frame: its algorithm on our edges
            tables = find_tables(_rule_edges(rules, frame, x_shift, y_shift), words)
    words = outside_tables(words, tables)
    return PageLayout(number=number, width=frame.width, height=frame.height, words=words, tables=tables,
                      has_images=counts["images"] > 0, rotated_chars=rotated, turns=main)


def words_with_extract_words(page: Any) -> list[Word]:
    """Reference: the same words through pdfplumber's own ``extract_words`` (slower; for tests)."""
    out = []
    for w in page.extract_words(extra_attrs=["fontname", "size"]):
        text = normalise_chars(w["text"]).strip()
        if text:
            out.append(Word(text, w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"]), bool(_BOLD.search(w["fontname"] or ""))))
    return out


def _metadata(info: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key, name in (("Title", "embedded_title"), ("Author", "author"), ("Subject", "subject")):
        value = info.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str) and value.strip() and not (key == "Title" and _JUNK_TITLE.match(value.strip())):
            meta[name] = value.strip()
    created = info.get("CreationDate")
    if isinstance(created, bytes):
        created = created.decode("latin-1", "replace")
    m = re.search(r"(?:D:)?((?:19|20)\d\d)", created or "")
    if m:
        meta["created_year"] = m.group(1)
    return meta


class _Collect(logging.Handler):
    """Keeps pdfminer's warnings (data loss in a damaged stream, ...) so they reach Document.warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if len(self.messages) < 5 and msg not in self.messages:
            self.messages.append(msg[:200])


@contextmanager
def _pdfminer_warnings() -> Iterator[_Collect]:
    logger = logging.getLogger("pdfminer")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def _release(page: Any) -> None:
    """Drop a read page's caches and its pdfminer page (pdfplumber #1395: ``close`` keeps it)."""
    page.close()
    page.page_obj = None


def _close(pdf: Any) -> None:
    """Release the pages and close the file. Not ``pdf.close()``: it flushes the page list
    first and then parses the page tree again to close fresh pages, never the ones read
    (pdfplumber #1339); on a damaged page tree it can fail too."""
    try:
        for page in pdf.__dict__.get("_pages", ()):
            if page.page_obj is not None:
                _release(page)
        pdf.flush_cache()
    finally:
        stream = getattr(pdf, "stream", None)
        if stream is not None and getattr(pdf, "stream_is_external", False) is False:
            stream.close()


def _check_complete(path: Path) -> None:
    """A PDF ends with %%EOF; without it the file was cut short (pdfminer would half-read it)."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(size - 2048, 0))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise CorruptDocumentError("truncated PDF (no %%EOF at the end); get a complete copy of the file", path=path)


def read_layouts(path: Path, *, password: str | None = None) -> tuple[list[PageLayout], dict[str, Any]]:
    """Every page of a PDF in the reader's page model, plus the PDF's metadata."""
    _check_complete(path)
    pdf = _open(path, password)
    layouts: list[PageLayout] = []
    try:
        meta = _metadata(pdf.metadata or {})
        n = len(pdf.pages)
        if n > MAX_PAGES:
            raise UnsafeDocumentError(f"{n} pages is more than the {MAX_PAGES} a report can have; refusing to read", path=path)
        for i, page in enumerate(pdf.pages, start=1):
            try:
                layouts.append(_page_layout(page, i))
            finally:
                _release(page)
    except (CorruptDocumentError, EncryptedDocumentError, UnsafeDocumentError):
        raise
    except Exception as exc:
        if _is_encryption_error(exc):
            raise EncryptedDocumentError("cannot decrypt PDF; give the password with --password", path=path) from exc
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        raise CorruptDocumentError(f"damaged PDF, failed on page {len(layouts) + 1} ({type(cause).__name__}: {cause})", path=path) from exc
    finally:
        _close(pdf)
    return layouts, meta


def _built(layouts: list[PageLayout], *, repeats: bool) -> tuple[BuiltText, Furniture]:
    from .paragraphs import lines_to_blocks

    ordered, furniture = layout_pages(layouts, repeats=repeats)
    blocks = lines_to_blocks(ordered, [p.number for p in layouts])
    return build_text(blocks, n_pages=len(layouts)), furniture


def document_from_layouts(layouts: list[PageLayout], meta: dict[str, Any], *, path: Path, doc_id: str | None) -> Document:
    """Turn page models into a Document (layout, furniture, paragraphs, headings, pages)."""
    if not layouts:
        raise EmptyDocumentError("PDF has no pages", path=path)
    if not any(p.words or p.tables for p in layouts):
        if any(p.has_images for p in layouts):
            raise NoTextLayerError(
                "PDF has no text layer (a scan?); run OCR first, e.g. `ocrmypdf in.pdf out.pdf`", path=path
            )
        raise EmptyDocumentError("PDF has no text", path=path)
    warnings: list[str] = []
    built, furniture = _built(layouts, repeats=True)
    if not built.text.strip():  # every line repeats: they are the content, not running headers
        built, furniture = _built(layouts, repeats=False)
        warnings.append("every line repeats from page to page; repeated lines kept as text")
    if not built.text.strip():
        raise EmptyDocumentError("PDF holds only page numbers", path=path)
    blank = [p.number for p in layouts if not p.words and not p.tables]
    if blank:
        warnings.append(f"no text on page(s) {', '.join(map(str, blank))} (images only?)")
    turned = [p.number for p in layouts if p.turns]
    if turned:
        warnings.append(f"page(s) {', '.join(map(str, turned))} hold sideways or upside-down text; read turned upright")
    rotated = sum(p.rotated_chars for p in layouts)
    if rotated:
        warnings.append(f"{rotated} rotated character(s) (running another way than the rest of their page) left out of the text")
    unmapped = count_unmapped(built.text)
    if unmapped:
        warnings.append(f"{unmapped} character(s) had no Unicode mapping in the PDF (shown as U+FFFD or (cid:N))")
    metadata = dict(meta)
    if built.title:
        metadata["title"] = built.title
    elif "embedded_title" in meta:
        metadata["title"] = meta["embedded_title"]
    metadata["headers"] = furniture.headers
    metadata["footers"] = furniture.footers
    return Document(
        text=built.text,
        source=str(path),
        doc_id=doc_id or path.stem,
        format="pdf",
        headings=built.headings,
        pages=built.pages,
        tables=built.tables,
        metadata=metadata,
        warnings=warnings,
    )


def read_pdf(path: Path, *, password: str | None = None, doc_id: str | None = None) -> Document:
    """Read a PDF report into a Document (see module docstring).

    Problems pdfminer recovers from (a damaged stream, a broken xref) are not fatal but
    are reported in ``Document.warnings``, so a partly damaged file is never read silently.
    """
    with _pdfminer_warnings() as seen:
        layouts, meta = read_layouts(path, password=password)
    try:
        doc = document_from_layouts(layouts, meta, path=path, doc_id=doc_id)
    except EmptyDocumentError as exc:
        if seen.messages:  # no text because the streams are damaged, not because there is none
            raise CorruptDocumentError(f"damaged PDF, no readable text ({seen.messages[0]})", path=path) from exc
        raise
    doc.warnings.extend(f"PDF damaged or off-spec, text may be incomplete: {m}" for m in seen.messages)
    return doc
