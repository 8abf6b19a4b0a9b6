"""From reading-order lines to blocks: paragraphs, list items, headings and tables.

A line continues the paragraph above unless the line above ended short (its right edge
left room for this line's first word), there is extra vertical space, the indent or
font changes, or the line starts with a list marker. The same test works across a page
or column break, so a paragraph split by a page break is joined back. A word hyphenated
at a line end is rejoined ("compe-" + "tency"); a hyphen before a capital or a digit is
kept ("COVID-" + "19"); whether "in-" + "depth" keeps its hyphen is settled in
:mod:`.hyphens`. Headings come from the layout: a line of its own in a larger
or bold font (several lines of the same style form one heading).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import BULLET, HEADING, PARA, TABLE, Block, table_text
from .hyphens import SOFT_BREAK, settle_hyphens
from .model import Line, TableArea, median_or

COLUMN_BREAK = "  "  # words set apart by a column break are joined by two or more spaces
from .normalise import is_bullet_token, normalise_chars

_STRONG_BULLETS = frozenset("•◦▪‣○►➢✓")
_WEAK_BULLETS = frozenset("-–—*·")
_SENTENCE_END = re.compile(r"[.!?]['\")]?$")
MAX_HEADING_WORDS = 20
MAX_HEADING_LINES = 6


@dataclass
class _Stats:
    body_size: float
    body_bold: bool
    pitch: float
    right_edge: float
    left_edge: float


@dataclass
class _Open:
    """The block being assembled."""

    kind: str
    lines: list[Line] = field(default_factory=list)
    text: str = ""
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    style: tuple[float, bool] | None = None
    indent: float = 0.0  # x of the text (after any marker), relative to the column


def _stats(lines: list[Line]) -> _Stats:
    weights: dict[float, int] = {}
    bold = total = 0
    for ln in lines:
        n = ln.chars
        weights[ln.size] = weights.get(ln.size, 0) + n
        total += n
        bold += ln.bold_chars
    body = max(weights, key=weights.__getitem__) if weights else 10.0
    gaps = [
        b.top - a.top
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.col_x0 == b.col_x0 and a.size == body == b.size and 0 < b.top - a.top < 3 * body
    ]
    singles = [ln for ln in lines if ln.columns == 1]
    return _Stats(
        body_size=body,
        body_bold=total > 0 and bold > 0.5 * total,
        pitch=median_or(gaps, 1.2 * body),
        right_edge=max((ln.x1 for ln in singles), default=0.0),
        left_edge=min((ln.x0 for ln in singles), default=0.0),
    )


def _col(line: Line, st: _Stats) -> tuple[float, float]:
    if line.columns == 1:
        return min(st.left_edge, line.col_x0), max(st.right_edge, line.col_x1)
    return line.col_x0, line.col_x1


def _heading_style(line: Line, st: _Stats) -> tuple[float, bool] | None:
    if len(line.words) > MAX_HEADING_WORDS or line.text.strip() in _STRONG_BULLETS:
        return None
    if line.size >= st.body_size * 1.12:
        return (line.size, line.bold)
    if line.bold and not st.body_bold and COLUMN_BREAK not in line.text:  # a bold row of columns: a table header
        return (line.size, line.bold)
    return None


def _ended_short(prev: Line, line: Line, st: _Stats) -> bool:
    """True when the next line's first word would have fitted on ``prev``: ``prev`` ended its paragraph."""
    room = _col(prev, st)[1] - prev.x1
    first = line.words[0]
    return room > (first.x1 - first.x0) + 0.3 * first.size + 1.0


def _join(text: str, more: str) -> str:
    """Append a line to paragraph text, rejoining a word hyphenated at the line end."""
    if not text:
        return more
    if text.endswith("-") and len(text) > 1 and text[-2].isalnum() and more[:1].isalnum():
        if more[0].islower():
            return text[:-1] + SOFT_BREAK + more
        return text + more
    return text + " " + more


def _marker(line: Line, weak_ok: bool) -> tuple[str, float] | None:
    """The list marker of a line and the x where its text starts, if the line is a list item."""
    first = line.words[0].text
    if len(line.words) > 1 and is_bullet_token(first):
        if first in _STRONG_BULLETS or (first in _WEAK_BULLETS and weak_ok):
            return first, line.words[1].x0
    if len(first) > 1 and first[0] in _STRONG_BULLETS:
        return first[0], line.words[0].x0
    return None


def _merge_table(prev: Block, new: Block, page: int) -> bool:
    """Append a table continued over a page or column break to the one before it; drop a repeated header."""
    if prev.kind != TABLE or new.kind != TABLE or prev.rows is None or new.rows is None:
        return False
    if len(prev.rows[0]) != len(new.rows[0]):
        return False
    rows = new.rows[1:] if new.rows[0] == prev.rows[0] else new.rows
    if not rows:
        return True
    offset = len(prev.text) + 1
    prev.rows = prev.rows + rows
    prev.text = table_text(prev.rows)
    if all(p != page for _, p in prev.page_starts):
        prev.page_starts.append((offset, page))
    return True


def _table_block(t: TableArea, page: int) -> list[Block]:
    rows = tuple(tuple(" ".join(normalise_chars(c or "").split()) for c in r) for r in t.rows)
    rows = tuple(r for r in rows if any(r))
    if not rows:
        return []
    if len(rows) == 1 or max(len(r) for r in rows) == 1:  # a box around text, not a grid
        return [Block(PARA, c, page_starts=[(0, page)]) for r in rows for c in r if c]
    return [Block(TABLE, table_text(rows), rows=rows, page_starts=[(0, page)], may_be_heading=False)]


def lines_to_blocks(pages: list[list[Line | TableArea]], page_numbers: list[int]) -> list[Block]:
    """Assemble every page's reading-order items into blocks, joining across page breaks."""
    all_lines = [it for items in pages for it in items if isinstance(it, Line)]
    st = _stats(all_lines)
    blocks: list[Block] = []
    cur: _Open | None = None
    prev: Line | None = None

    def close() -> None:
        nonlocal cur
        if cur is None:
            return
        kind = cur.kind
        words = cur.text.split()
        if kind == HEADING and (len(words) > MAX_HEADING_WORDS or (_SENTENCE_END.search(cur.text) and len(words) > 6)):
            kind = PARA
        level = None if cur.style is None else -cur.style[0] * 10 - (1 if cur.style[1] else 0)
        text = cur.text if kind != BULLET else "• " + cur.text
        shift = 2 if kind == BULLET else 0
        starts = [(o + shift if o else 0, p) for o, p in cur.page_starts]
        blocks.append(Block(kind, text, level=level if kind == HEADING else None, page_starts=starts, may_be_heading=(kind == PARA and not (cur.style is None and cur.lines and cur.lines[0].size < st.body_size - 0.5))))
        cur = None

    def add(line: Line, text: str) -> None:
        assert cur is not None
        if not cur.page_starts or cur.page_starts[-1][1] != line.page:
            joined = _join(cur.text, text)
            cur.page_starts.append((len(joined) - len(text), line.page))
            cur.text = joined
        else:
            cur.text = _join(cur.text, text)
        cur.lines.append(line)

    for number, items in zip(page_numbers, pages):
        for item in items:
            if isinstance(item, TableArea):
                close()
                new = _table_block(item, number)
                if not (len(new) == 1 and blocks and prev is None and _merge_table(blocks[-1], new[0], number)):
                    blocks.extend(new)
                prev = None
                continue
            line = item
            text = line.text
            style = _heading_style(line, st)
            col0 = _col(line, st)[0]
            if cur is not None and cur.kind == HEADING:
                same = (
                    style == cur.style and prev is not None and line.page == prev.page
                    and line.top - prev.bottom < 0.8 * line.size and len(cur.lines) < MAX_HEADING_LINES
                )
                if same:
                    add(line, text)
                    prev = line
                    continue
                close()
            if style is not None:
                close()
                cur = _Open(HEADING, style=style)
                add(line, text)
                prev = line
                continue
            if cur is not None and cur.kind == PARA and prev is not None and _next_table_row(prev, line, cur, st):
                cur.text += "\n" + text
                cur.lines.append(line)
                prev = line
                continue
            ended = prev is None or cur is None or _ended_short(prev, line, st)
            marker = _marker(line, weak_ok=ended or (cur is not None and cur.kind == BULLET))
            if marker is not None:
                close()
                cur = _Open(BULLET, indent=marker[1] - col0)
                add(line, text[len(marker[0]):].lstrip())
                prev = line
                continue
            if cur is not None and prev is not None and _continues(prev, line, cur, st, ended, col0):
                add(line, text)
            else:
                close()
                cur = _Open(PARA, indent=0.0)
                add(line, text)
                cur.indent = line.x0 - col0
            prev = line
    close()
    settle_hyphens(blocks)
    return blocks


def _next_table_row(prev: Line, line: Line, cur: _Open, st: _Stats) -> bool:
    """Whether ``line`` is the next row of a borderless table whose rows make up ``cur``: both
    lines hold a column break (a run of spaces, :func:`.model.join_words`), every line of
    ``cur`` does, and the row sits right under ``prev`` in the same column and font size. The
    rows stay one block, a line each, so the text path reads them as one table (header and rows)."""
    if COLUMN_BREAK not in line.text or COLUMN_BREAK not in prev.text:
        return False
    if line.page != prev.page or abs(line.col_x0 - prev.col_x0) >= 1.0 or abs(line.size - prev.size) > 0.6:
        return False
    if not 0 < line.top - prev.top <= 2.0 * st.pitch:
        return False
    return all(COLUMN_BREAK in ln.text for ln in cur.lines)


def _continues(prev: Line, line: Line, cur: _Open, st: _Stats, ended: bool, col0: float) -> bool:
    """Whether ``line`` carries on the paragraph or list item ``cur`` whose last line is ``prev``."""
    if ended or cur.kind not in (PARA, BULLET):
        return False
    if len(cur.lines) > 1 and all(COLUMN_BREAK in ln.text for ln in cur.lines):  # rows of a borderless table
        return False
    if abs(line.size - prev.size) > 0.6:
        return False
    same_col = line.page == prev.page and abs(line.col_x0 - prev.col_x0) < 1.0
    if same_col and line.top - prev.top > 1.4 * st.pitch:
        return False
    indent = line.x0 - col0
    if not same_col:  # a page or column break: a sentence running on is joined whatever the indent
        if not _SENTENCE_END.search(prev.text) or line.text[:1].islower():
            return True
        return (indent <= 3.0 and cur.kind == PARA) or abs(indent - cur.indent) <= 3.0
    if cur.kind == BULLET:
        return abs(indent - cur.indent) <= 3.0 or (same_col and line.x0 > prev.x0 - 3.0 and indent > 3.0)
    return line.x0 <= prev.x0 + 6.0
