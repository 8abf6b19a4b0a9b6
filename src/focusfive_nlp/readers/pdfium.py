"""PDF reader on pypdfium2 (the default): the same page model as the pdfplumber reader,
several times faster.

pdfium gives each page's text in one call; words are its whitespace-separated runs,
boxed from the loose boxes of their first and last characters (a word's height is its
font size, as pdfminer has it). A run is split character by character only where it
is not one word as drawn: across a line end (pdfium joins "specif" + U+FFFE + "ically",
U+FFFE being its mark for a line-end hyphen), at a gap, or at a font change. Font name,
size and direction come once per text object; bold is read from the font name
(``FPDFText_GetFontWeight`` says 0 for the standard fonts). Ruled tables are found with
pdfplumber's own table algorithm fed with pdfium's path segments (:mod:`.tables`), so no
page is parsed twice. Documents, text pages and pages are
closed as soon as they are read.
"""
from __future__ import annotations

import ctypes
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from pypdfium2 import PdfiumError

from ..document import Document
from ..errors import CorruptDocumentError, EncryptedDocumentError, UnsafeDocumentError
from .model import PageLayout, TableArea, Word
from .normalise import normalise_chars
from .orientation import Frame, dominant_turns, quarter_turns
from .tables import MIN_RULES_FOR_TABLE, X_TOLERANCE, Y_TOLERANCE, add_edge, find_tables, outside_tables
from .pdf import (
    _BOLD,
    MAX_PAGES,
    _check_complete,
    _metadata,
    document_from_layouts,
)

_TOKEN = re.compile(r"[^\s\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")  # a line-end hyphen closes its word
MAX_FORM_DEPTH = 4


class _Font:
    __slots__ = ("name", "size", "bold", "turns")

    def __init__(self, name: str, size: float, turns: int):
        self.name, self.size, self.turns = name, size, turns
        self.bold = bool(_BOLD.search(name))


class _TextPage:
    """ctypes access to one pdfium text page (``textpage``: its raw handle, to skip
    pypdfium2's wrapper on every call): char boxes, and font facts once per text object.
    The calls take plain addresses (``handle``, ``rect_addr``) through untyped prototypes
    that keep the GIL (:func:`_fast_calls`): ctypes then checks no pointer types and
    releases no lock, most of each call's cost."""

    def __init__(self, raw: Any, textpage: Any):
        self.raw = raw
        self.tp = textpage
        self.handle = ctypes.cast(self.tp, ctypes.c_void_p).value
        self.rect = raw.FS_RECTF()
        self.rect_addr = ctypes.addressof(self.rect)
        calls = _fast_calls(raw)
        self.object_of, self.loose_box = calls.text_object, calls.loose_char_box
        self._font_info, self._matrix_of, self._font_size = calls.font_info, calls.matrix, calls.font_size
        self.matrix = raw.FS_MATRIX()
        self.matrix_addr = ctypes.addressof(self.matrix)
        self.buf = ctypes.create_string_buffer(256)
        self.buf_addr = ctypes.addressof(self.buf)
        self.flags = ctypes.c_int()
        self.flags_addr = ctypes.addressof(self.flags)
        self.fonts: dict[int | None, _Font] = {}

    def box(self, i: int) -> tuple[float, float, float, float]:
        """Loose box (x0, y0, x1, y1) of char ``i`` in user space."""
        self.loose_box(self.handle, i, self.rect_addr)
        r = self.rect
        return r.left, r.bottom, r.right, r.top

    def font(self, i: int) -> _Font:
        key = self.object_of(self.handle, i)
        f = self.fonts.get(key)
        if f is None:
            handle = self.handle
            self._font_info(handle, i, self.buf_addr, 256, self.flags_addr)
            self._matrix_of(handle, i, self.matrix_addr)
            m = self.matrix
            f = self.fonts[key] = _font(self.buf.value, float(self._font_size(handle, i)), quarter_turns(m.a, m.b))
        return f


MAX_FONTS = 4_096  # distinct (name, size, turns) kept: a batch of many PDFs has no end of sizes


@lru_cache(maxsize=MAX_FONTS)
def _font(name: bytes, size: float, turns: int) -> _Font:
    """The font facts of a text object, one ``_Font`` for each distinct (name, size, turns):
    a page has thousands of text objects and a handful of fonts (``_Font`` is never changed).
    The least recently used are let go past ``MAX_FONTS``, so a long batch's own fonts stay."""
    return _Font(name.decode("latin-1", "replace"), size, turns)


class _Calls(NamedTuple):
    text_object: Any  # FPDFText_GetTextObject, the object's address as an int (a cheap dict key)
    loose_char_box: Any  # FPDFText_GetLooseCharBox
    font_info: Any  # FPDFText_GetFontInfo
    matrix: Any  # FPDFText_GetMatrix
    font_size: Any  # FPDFText_GetFontSize


_CALLS: list[_Calls] = []


def _fast_calls(raw: Any) -> _Calls:
    """pdfium's per-char text functions as ``ctypes.PYFUNCTYPE`` prototypes taking addresses:
    they hold the GIL through the call (each is a few table look-ups in pdfium, shorter than
    releasing and taking the lock again) and convert no pointer arguments."""
    if not _CALLS:
        vp, i, f = ctypes.c_void_p, ctypes.c_int, ctypes.PYFUNCTYPE
        _CALLS.append(_Calls(
            text_object=ctypes.cast(raw.FPDFText_GetTextObject, f(vp, vp, i)),
            loose_char_box=ctypes.cast(raw.FPDFText_GetLooseCharBox, f(i, vp, i, vp)),
            font_info=ctypes.cast(raw.FPDFText_GetFontInfo, f(ctypes.c_ulong, vp, i, vp, ctypes.c_ulong, vp)),
            matrix=ctypes.cast(raw.FPDFText_GetMatrix, f(i, vp, i, vp)),
            font_size=ctypes.cast(raw.FPDFText_GetFontSize, f(ctypes.c_double, vp, i)),
        ))
    return _CALLS[0]


def _place(frame: Frame, a: tuple[float, float, float, float], b: tuple[float, float, float, float], size: float) -> tuple[float, float, float, float]:
    """(x0, x1, top, bottom) of a word from its first and last char boxes; height = font size."""
    if frame.turns == 0:
        bottom = frame.top - min(a[1], b[1])
        return a[0] - frame.x0, max(a[2], b[2]) - frame.x0, bottom - size, bottom
    x0, x1, top, bottom = frame.place((min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])))
    return x0, x1, bottom - size, bottom


def _split_chars(tp: _TextPage, start: int, end: int) -> list[tuple[int, int]]:
    """Char ranges of the words in chars ``start`` to ``end``, split where pdfplumber would split:
    a line change, a step back, a gap over 3 pt, a font change."""
    out: list[tuple[int, int]] = []
    first = start
    prev_box = tp.box(start)
    prev_font = tp.font(start)
    for i in range(start + 1, end):
        box, font = tp.box(i), tp.font(i)
        turned_prev = prev_font.turns
        same_line = abs(_base(box, turned_prev) - _base(prev_box, turned_prev)) <= Y_TOLERANCE
        gap = _advance(box, turned_prev) - _advance_end(prev_box, turned_prev)
        if not same_line or gap < -X_TOLERANCE or gap > X_TOLERANCE or font.name != prev_font.name or abs(font.size - prev_font.size) > 0.01:
            out.append((first, i))
            first = i
        prev_box, prev_font = box, font
    out.append((first, end))
    return out


def _base(box: tuple[float, float, float, float], turns: int) -> float:
    """Where the box sits across the line direction (its baseline side)."""
    return (box[1], -box[2], -box[3], box[0])[turns]


def _advance(box: tuple[float, float, float, float], turns: int) -> float:
    """Where the box starts along the line direction."""
    return (box[0], box[1], -box[2], -box[3])[turns]


def _advance_end(box: tuple[float, float, float, float], turns: int) -> float:
    return (box[2], box[3], -box[0], -box[1])[turns]


def _page_words(tp: _TextPage, page_box: tuple[float, float, float, float]) -> tuple[list[Word], int, int]:
    """Words of the page in its text's direction, the number of characters running another
    way (left out), and the direction (quarter turns)."""
    raw = tp.raw
    n = raw.FPDFText_CountChars(tp.tp)
    if n <= 0:
        return [], 0, 0
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = raw.FPDFText_GetText(tp.tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: max(got - 1, 0) * 2].decode("utf-16-le", errors="replace")
    if len(text) != n:  # pdfium's text and char list disagree (rare): read char by char
        chars = [chr(raw.FPDFText_GetUnicode(tp.tp, i) or 0xFFFD) for i in range(n)]
        text = "".join(c if c.isprintable() or c.isspace() else ("\ufffe" if c in "\x02\ufffe" else "\ufffd") for c in chars)
    weights: dict[int, int] = {}
    pieces: list[tuple[int, int, _Font, tuple[float, float, float, float], tuple[float, float, float, float]]] = []
    # the hot loop of the reader: ctypes calls and attribute look-ups bound to locals
    handle, get_box, rect, rect_ref = tp.handle, tp.loose_box, tp.rect, tp.rect_addr
    object_of, fonts, font_at = tp.object_of, tp.fonts, tp.font
    for m in _TOKEN.finditer(text):
        a, z = m.span()
        key = object_of(handle, a)
        f = fonts.get(key) or font_at(a)
        get_box(handle, a, rect_ref)
        first = (rect.left, rect.bottom, rect.right, rect.top)
        if z - a == 1:
            pieces.append((a, z, f, first, first))
            weights[f.turns] = weights.get(f.turns, 0) + 1
            continue
        get_box(handle, z - 1, rect_ref)
        last = (rect.left, rect.bottom, rect.right, rect.top)
        if object_of(handle, z - 1) != key:
            one = False
        elif f.turns == 0:  # _one_word inlined for upright text (most): the same test
            one = abs(first[1] - last[1]) <= Y_TOLERANCE and 0 <= last[2] - first[0] <= (z - a) * f.size * 1.05 + X_TOLERANCE
        else:
            one = _one_word(first, last, z - a, f)
        if one:
            pieces.append((a, z, f, first, last))
            weights[f.turns] = weights.get(f.turns, 0) + z - a
            continue
        for s, e in _split_chars(tp, a, z):
            fs = tp.font(s)
            pieces.append((s, e, fs, tp.box(s), tp.box(e - 1)))
            weights[fs.turns] = weights.get(fs.turns, 0) + e - s
    main = dominant_turns(weights)
    frame = Frame(page_box, main)
    words: list[Word] = []
    # pdfium's line-end hyphen marks shown as hyphens, NUL as U+FFFD: one char for one, so
    # offsets stay (str.replace, far cheaper than str.translate over a page)
    shown = text.replace("\ufffe", "-").replace("\x02", "-").replace("\x00", "\ufffd")
    ascii_page = shown.isascii()
    upright = main == 0
    fx0, ftop = frame.x0, frame.top
    append = words.append
    for s, e, f, first, last in pieces:
        if f.turns != main:
            continue
        word = shown[s:e]
        if not ascii_page and not word.isascii():
            word = normalise_chars(word).strip()
            if not word:
                continue
        size = f.size
        if upright:  # _place inlined for upright pages (most): the same arithmetic
            b1, l1 = first[1], last[1]
            bottom = ftop - (l1 if l1 < b1 else b1)
            r2, l2 = first[2], last[2]
            append(Word(word, first[0] - fx0, (l2 if l2 > r2 else r2) - fx0, bottom - size, bottom, size, f.bold))
        else:
            x0, x1, top, bottom = _place(frame, first, last, size)
            append(Word(word, x0, x1, top, bottom, size, f.bold))
    rotated = sum(c for t, c in weights.items() if t != main)
    return words, rotated, main


def _one_word(first: tuple[float, float, float, float], last: tuple[float, float, float, float], n: int, font: _Font) -> bool:
    """A run is one word when its last char sits on the first one's line, after it, no
    further away than its characters could reach (so no gap inside it)."""
    t = font.turns
    if t == 0:
        return abs(first[1] - last[1]) <= Y_TOLERANCE and 0 <= last[2] - first[0] <= n * font.size * 1.05 + X_TOLERANCE
    if abs(_base(first, t) - _base(last, t)) > Y_TOLERANCE:
        return False
    span = _advance_end(last, t) - _advance(first, t)
    return 0 <= span <= n * font.size * 1.05 + X_TOLERANCE


def _objects(raw: Any, page: Any) -> tuple[list[tuple[Any, tuple[float, ...]]], bool]:
    """Path objects of the page (forms opened, with their matrices) and whether it shows an image."""
    paths: list[tuple[Any, tuple[float, ...]]] = []
    images = False
    m = raw.FS_MATRIX()

    def matrix_of(obj: Any) -> tuple[float, ...]:
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def walk(get: Any, count: int, outer: tuple[float, ...], depth: int) -> None:
        nonlocal images
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                paths.append((obj, outer))
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                images = True
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                walk(lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j), raw.FPDFFormObj_CountObjects(obj), _compose(matrix_of(obj), outer), depth + 1)

    walk(lambda i: raw.FPDFPage_GetObject(page, i), raw.FPDFPage_CountObjects(page), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0)
    return paths, images


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _edges(raw: Any, paths: list[tuple[Any, tuple[float, ...]]], frame: Frame) -> list[dict[str, Any]]:
    """Horizontal and vertical segments of the paths on the upright page, as pdfplumber edges."""
    edges: list[dict[str, Any]] = []
    m = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj, outer in paths:
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
        a, b, c, d, e, f = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        points: list[tuple[float, float]] = []
        start: tuple[float, float] | None = None
        for k in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, k)
            raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            pt = frame.point(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO or start is None:
                start, points = pt, [pt]
            else:
                add_edge(points[-1], pt, edges)
                points.append(pt)
            if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                add_edge(points[-1], start, edges)
    return edges


def _media_box(raw: Any, page: Any) -> tuple[float, float, float, float]:
    """The page's MediaBox, or US Letter where it has none (as pypdfium2's ``get_mediabox``)."""
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        return (0, 0, 612, 792)
    return (left.value, bottom.value, right.value, top.value)


def _page_layout(raw: Any, page: Any, number: int) -> PageLayout:
    """Fill the page model from one pdfium page (``page``: its raw handle; the page's
    ``/Rotate`` is ignored: boxes are in user space)."""
    page_box = _media_box(raw, page)
    textpage = raw.FPDFText_LoadPage(page)
    if not textpage:
        raise PdfiumError("Failed to load text page.")
    try:
        tp = _TextPage(raw, textpage)
        words, rotated, main = _page_words(tp, page_box)
    finally:
        raw.FPDFText_ClosePage(textpage)
    paths, images = _objects(raw, page)
    frame = Frame(page_box, main)  # type: ignore[arg-type]
    tables: list[TableArea] = []
    if len(paths) >= MIN_RULES_FOR_TABLE:
        tables = find_tables(_edges(raw, paths, frame), words)
        words = outside_tables(words, tables)
    return PageLayout(number=number, width=frame.width, height=frame.height, words=words, tables=tables,
                      has_images=images, rotated_chars=rotated, turns=main)


def _open(path: Path, password: str | None) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            hint = "wrong password" if password else "it is encrypted"
            raise EncryptedDocumentError(f"cannot open PDF: {hint}; give the password with --password", path=path) from exc
        raise CorruptDocumentError(f"damaged or not a PDF ({exc})", path=path) from exc


def read_layouts(path: Path, *, password: str | None = None) -> tuple[list[PageLayout], dict[str, Any]]:
    """Every page of a PDF in the reader's page model, plus the PDF's metadata."""
    import pypdfium2.raw as raw

    _check_complete(path)
    pdf = _open(path, password)
    layouts: list[PageLayout] = []
    try:
        n = len(pdf)
        if n > MAX_PAGES:
            raise UnsafeDocumentError(f"{n} pages is more than the {MAX_PAGES} a report can have; refusing to read", path=path)
        meta = _metadata(pdf.get_metadata_dict(skip_empty=True))
        handle = pdf.raw  # no form environment (never initialised), so a page needs no form call
        for i in range(n):  # pages through pdfium's own calls: pypdfium2's page and text page
            page = raw.FPDF_LoadPage(handle, i)  # wrappers (a finalizer, a child list) cost more
            if not page:
                raise PdfiumError("Failed to load page.")
            try:
                layouts.append(_page_layout(raw, page, i + 1))
            finally:
                raw.FPDF_ClosePage(page)
    except (CorruptDocumentError, EncryptedDocumentError, UnsafeDocumentError):
        raise
    except Exception as exc:  # pdfium errors on a damaged page tree, ctypes errors on odd objects
        raise CorruptDocumentError(f"damaged PDF, failed on page {len(layouts) + 1} ({type(exc).__name__}: {exc})", path=path) from exc
    finally:
        pdf.close()
    return layouts, meta


def read_pdf(path: Path, *, password: str | None = None, doc_id: str | None = None) -> Document:
    """Read a PDF report into a Document with pdfium (see module docstring)."""
    layouts, meta = read_layouts(path, password=password)
    return document_from_layouts(layouts, meta, path=path, doc_id=doc_id)
