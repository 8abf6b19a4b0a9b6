"""Page layout analysis on the reader's page model: rows, running headers and footers,
columns and reading order.

pdfplumber has no notion of headers, footers or columns (pdfplumber #843, #244, #620),
so this module works them out from word boxes alone:

* rows: words grouped by baseline across the whole page width;
* furniture: rows at the top or bottom of a page that repeat at the same height on at
  least 40% of the pages (odd and even pages may differ), or that are page numbers
  ("Page 3 of 7", "3", "- 3 -", "3/7", "ii"); they are removed and returned so the
  caller can keep them. Only a page number may differ between the repeats: a row that
  holds any other figure must be identical on at least half of the pages, so the first
  line of pages that start alike ("In 45% of cases ..." / "In 52% of cases ...") stays;
* columns: a vertical gutter in the middle of the page that almost no row crosses and
  that many text rows straddle; each column is then read top to bottom, and rows that
  cross the gutter (a title, a full-width heading or a table) break the page into bands.
"""
from __future__ import annotations

import math
import re
from operator import attrgetter
from dataclasses import dataclass, field

from .model import Line, PageLayout, TableArea, Word, _cached

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-–—]?\s*\d{1,4}\s*[-–—]?|x{0,3}(?:ix|iv|v?i{0,3}))$", re.I
)
# A page number inside a longer row ("Page 3 of 7 | Northfield", "Audit report - 3"): the only
# part of a running header or footer allowed to change from page to page.
# It must also count up with the pages (page number minus page index the same on every page).
_N = r"(?!(?:19|20)\d\d\b)(\d{1,4})(?![\d%.,:/])"  # not a year, a percentage or a decimal
_PAGE_NUMBER_PART = re.compile(
    rf"\bpage\s*{_N}(?:\s*(?:of|/)\s*\d+)?|^\s*{_N}\s*(?:of|/)\s*\d+\s*$|(?<![\d.,])\b{_N}\s*(?:of|/)\s*\d+\s*$|^\s*{_N}\b|(?<![\d.,%])\b{_N}\s*$",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d){1,2})?(?!\d)")  # "2021", "2019/20"
_DIGIT = re.compile(r"\d")
FIGURE_SHARE = 0.5  # a repeated row holding a figure must be identical on this share of pages
MARGIN_BAND = 0.15
EDGE_ROWS = 2
SAME_HEIGHT = 6.0
_BY_X = attrgetter("x0")


@dataclass
class Row:
    """Words sharing a baseline, whatever column they belong to."""

    words: list[Word]  # not changed once the row is built: its extent and text are kept

    @_cached
    def top(self) -> float:
        return min(w.top for w in self.words)

    @_cached
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @_cached
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Furniture:
    """Running headers and footers taken off the pages, in page order."""

    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)


def group_rows(words: list[Word]) -> list[Row]:
    """Group words into rows: a word joins the row whose vertical extent it mostly overlaps.

    (The hot loop of the layout: builtin ``min``/``max`` calls are written as comparisons
    with the same results.)"""
    rows: list[Row] = []
    cur: list[Word] = []
    cur_top = cur_bottom = 0.0
    rounded = {b: round(b, 1) for b in {w.bottom for w in words}}  # few distinct baselines
    by_x = _BY_X
    for w in sorted(words, key=lambda w: (rounded[w.bottom], w.x0)):
        top, bottom = w.top, w.bottom
        if cur:
            overlap = (bottom if bottom < cur_bottom else cur_bottom) - (top if top > cur_top else cur_top)
            h_row, h_word = cur_bottom - cur_top, bottom - top
            if overlap >= 0.5 * (h_word if h_word < h_row else h_row):
                cur.append(w)
                if top < cur_top:
                    cur_top = top
                if bottom > cur_bottom:
                    cur_bottom = bottom
                continue
            rows.append(Row(sorted(cur, key=by_x)))
        cur, cur_top, cur_bottom = [w], top, bottom
    if cur:
        rows.append(Row(sorted(cur, key=by_x)))
    return rows


def _key(text: str) -> tuple[str, int | None]:
    """The row as compared across pages (case and spacing folded, a page number masked),
    and the number masked."""
    found: list[int] = []

    def mask(m: re.Match[str]) -> str:
        found.append(int(next(g for g in m.groups() if g is not None)))
        return "#"

    key = _PAGE_NUMBER_PART.sub(mask, " ".join(text.lower().split()), count=1)
    return key, (found[0] if found else None)


def _holds_figure(key: str) -> bool:
    """True when a row still holds a number once its page number is masked (years aside)."""
    return bool(_DIGIT.search(_YEAR.sub("", key)))


def _edge_rows(rows: list[Row], height: float) -> list[tuple[int, str]]:
    """Indexes of the first and last rows that sit in the top or bottom margin band."""
    out: list[tuple[int, str]] = []
    for i, row in enumerate(rows[:EDGE_ROWS]):
        if row.top < MARGIN_BAND * height:
            out.append((i, "header"))
    for i in range(max(len(rows) - EDGE_ROWS, 0), len(rows)):
        if rows[i].bottom > (1 - MARGIN_BAND) * height and all(j != i for j, _ in out):
            out.append((i, "footer"))
    return out


def body_size(rows_by_page: list[list[Row]]) -> float:
    """The font size most of the text is set in (first and last rows of a page left out)."""
    exact: dict[float, int] = {}  # by exact size first (few distinct), rounded below in first-seen order
    for rows in rows_by_page:
        for row in rows[1:-1] if len(rows) > 2 else rows:
            for w in row.words:
                exact[w.size] = exact.get(w.size, 0) + len(w.text)
    weights: dict[float, int] = {}
    for size, n in exact.items():
        weights[round(size, 1)] = weights.get(round(size, 1), 0) + n
    return max(weights, key=weights.__getitem__) if weights else 10.0


def _small_top_row(rows: list[Row], i: int, height: float, body: float) -> bool:
    """A first row in the top band, in a smaller font than the body and set apart from it:
    a running header even when the document has a single page."""
    if i != 0 or len(rows) < 2 or rows[0].top >= MARGIN_BAND * height:
        return False
    row = rows[0]
    size = max(w.size for w in row.words)
    return size < 0.9 * body and rows[1].top - row.bottom >= 1.5 * (row.bottom - row.top)


def strip_furniture(pages: list[PageLayout], rows_by_page: list[list[Row]], *, repeats: bool = True) -> Furniture:
    """Remove running headers, footers and page numbers from ``rows_by_page`` in place.

    With ``repeats`` False only page numbers go (the fallback when repeated rows were all
    the document held).
    """
    found = Furniture()
    body = body_size(rows_by_page)
    n_pages = len(pages)
    need = max(2, math.ceil(0.4 * n_pages))  # 0.4: odd and even pages may carry different headers
    need_figure = max(2, math.ceil(FIGURE_SHARE * n_pages))
    seen: dict[str, list[tuple[float, int | None]]] = {}  # key -> (top, page number minus page index)
    keys: dict[int, tuple[str, int | None]] = {}  # id(row) -> its key, worked out once
    for index, (page, rows) in enumerate(zip(pages, rows_by_page)):
        keys_here = set()
        for i, _ in _edge_rows(rows, page.height):
            key, number = keys[id(rows[i])] = _key(rows[i].text)
            if key not in keys_here:
                keys_here.add(key)
                seen.setdefault(key, []).append((rows[i].top, None if number is None else number - index))
    for index, (page, rows) in enumerate(zip(pages, rows_by_page)):
        drop: set[int] = set()
        for i, where in _edge_rows(rows, page.height):
            row = rows[i]
            key, number = keys[id(row)]
            figure = _holds_figure(key)
            offset = None if number is None else number - index
            same = sum(1 for t, o in seen.get(key, []) if abs(t - row.top) <= SAME_HEIGHT and o == offset)
            repeated = same >= (need_figure if figure else need)
            lone_number = (i == 0 or i == len(rows) - 1) and bool(_PAGE_NUMBER.match(row.text.strip()))
            small_header = where == "header" and not figure and _small_top_row(rows, i, page.height, body)
            if lone_number or (repeats and (repeated or small_header)):
                drop.add(i)
                (found.headers if where == "header" else found.footers).append(row.text)
        if drop:
            rows[:] = [r for i, r in enumerate(rows) if i not in drop]
    found.headers = list(dict.fromkeys(found.headers))
    found.footers = list(dict.fromkeys(found.footers))
    return found


def _longest_run(cover: list[int], allowed: int) -> tuple[int, int] | None:
    """The longest run of positions covered by at most ``allowed`` rows."""
    best: tuple[int, int] | None = None
    start = None
    for i, c in enumerate(cover + [allowed + 1]):
        if c <= allowed and start is None:
            start = i
        elif c > allowed and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def find_gutter(rows: list[Row], width: float) -> tuple[float, float] | None:
    """The x-range of a column gutter, or None for a single-column page."""
    if len(rows) < 6:
        return None
    lo, hi = int(0.25 * width), int(0.75 * width)
    delta = [0] * (hi - lo + 2)
    ceil = math.ceil
    for row in rows:
        for w in row.words:
            a, b = int(w.x0), ceil(w.x1)
            if a < lo:
                a = lo
            if b > hi:
                b = hi
            if a <= b:
                delta[a - lo] += 1
                delta[b - lo + 1] -= 1
    cover, running = [], 0
    for d in delta[:-1]:
        running += d
        cover.append(running)
    best = None
    for allowed in range(0, max(1, len(rows) // 10) + 1):  # fewest crossing rows (a title) first
        best = _longest_run(cover, allowed)
        if best is not None and best[1] - best[0] >= 5:
            break
    else:
        return None
    assert best is not None
    g0, g1 = best[0] + lo, best[1] + lo
    left_rows = right_rows = left_words = right_words = 0
    for row in rows:
        left = sum(1 for w in row.words if w.x1 <= g0)
        right = sum(1 for w in row.words if w.x0 >= g1)
        left_rows += left > 0
        right_rows += right > 0
        left_words += left
        right_words += right
    need = max(3, 0.1 * len(rows))
    if left_rows < need or right_rows < need:
        return None
    if left_words < 3 * left_rows or right_words < 3 * right_rows:  # text columns, not a key-value list
        return None
    return float(g0), float(g1)


def _line(words: list[Word], page: int, col: tuple[float, float], columns: int = 1) -> Line:
    return Line(words=words, page=page, col_x0=col[0], col_x1=col[1], columns=columns)


def order_page(page: PageLayout, rows: list[Row]) -> list[Line | TableArea]:
    """Lines and tables of one page in reading order (column by column inside each band).

    With a gutter, rows holding a word that crosses it are full-width and split the page
    into bands; the other words are regrouped into rows per column, so a tall line in one
    column never merges lines of the other.
    """
    xs0 = [r.words[0].x0 for r in rows]
    xs1 = [r.words[-1].x1 for r in rows]
    full = (min(xs0, default=0.0), max(xs1, default=page.width))
    gutter = find_gutter(rows, page.width)
    events: list[tuple[float, int, Line | TableArea]] = []
    if gutter is None:
        events = [(r.top, 0, _line(r.words, page.number, full)) for r in rows]
        events += [(t.top, 0, t) for t in page.tables]
        events.sort(key=lambda e: e[0])
        return [e[2] for e in events]
    g0, g1 = gutter
    wide: list[Row] = []
    left_words: list[Word] = []
    right_words: list[Word] = []
    for r in rows:
        if any(w.x0 < g1 and w.x1 > g0 for w in r.words):
            wide.append(r)
            continue
        left_words.extend(w for w in r.words if w.x1 <= g0)
        right_words.extend(w for w in r.words if w.x0 >= g1)
    cuts = sorted([r.top for r in wide] + [t.top for t in page.tables if t.x0 < g1 and t.x1 > g0])

    def band(top: float) -> int:
        return sum(1 for c in cuts if c <= top)

    for r in wide:
        events.append((r.top, 0, _line(r.words, page.number, full)))
    for t in page.tables:
        side = 1 if t.x1 <= g0 + 1 else 2 if t.x0 >= g1 - 1 else 0
        events.append((t.top, side, t))
    left_col = (full[0], max((w.x1 for w in left_words), default=g0))
    right_col = (min((w.x0 for w in right_words), default=g1), full[1])
    for side, words, col in ((1, left_words, left_col), (2, right_words, right_col)):
        for r in group_rows(words):
            events.append((r.top, side, _line(r.words, page.number, col, 2)))
    events.sort(key=lambda e: (band(e[0]), e[1], e[0]))
    return [e[2] for e in events]


def layout_pages(pages: list[PageLayout], *, repeats: bool = True) -> tuple[list[list[Line | TableArea]], Furniture]:
    """Reading-order lines and tables of every page, with the furniture taken off."""
    rows_by_page = [group_rows(p.words) for p in pages]
    furniture = strip_furniture(pages, rows_by_page, repeats=repeats)
    return [order_page(p, rows) for p, rows in zip(pages, rows_by_page)], furniture
