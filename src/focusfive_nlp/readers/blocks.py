"""Blocks (title, heading, paragraph, list item, table) and their rendering into the
document text, shared by the PDF and Word readers.

The text looks like a plain-text report so the pipeline reads every format alike:
one paragraph per line, a blank line between blocks, list items as "• text" lines
(consecutive items on consecutive lines), table rows as "cell | cell | cell" lines
with the header row first. Offsets of headings, tables and page starts are recorded
while the text is built, so they are exact by construction.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Heading, Page, Table
from ..structure import detect_headings, heading_level

TITLE, HEADING, PARA, BULLET, TABLE = "title", "heading", "para", "bullet", "table"


@dataclass
class Block:
    """One unit of document text; ``page_starts`` maps offsets inside ``text`` to pages."""

    kind: str
    text: str
    level: int | None = None
    rows: tuple[tuple[str, ...], ...] | None = None
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    may_be_heading: bool = True


@dataclass
class BuiltText:
    text: str
    headings: list[Heading]
    tables: list[Table]
    pages: list[Page]
    title: str | None


def table_text(rows: tuple[tuple[str, ...], ...]) -> str:
    """Rows as "a | b | c" lines, the same shape as a plain-text grade table."""
    return "\n".join(" | ".join(cells) for cells in rows)


def _heading_levels(blocks: list[Block], rank: bool) -> None:
    """Settle heading levels: layout rank when the layout has several, else line-shape rules.

    With ``rank`` False (Word styles) levels are kept as given.
    """
    ranks = sorted({b.level for b in blocks if b.kind == HEADING and b.level is not None})
    for b in blocks:
        if b.kind != HEADING:
            continue
        if not rank and b.level:
            continue
        if rank and len(ranks) > 1 and b.level is not None:
            b.level = ranks.index(b.level) + 1
        else:
            b.level = heading_level(b.text, blank_before=True, blank_after=True) or 1


def build_text(blocks: list[Block], *, n_pages: int = 0, rank_levels: bool = True) -> BuiltText:
    """Join blocks into the document text; the first block is the title (as in text files)."""
    blocks = [b for b in blocks if b.text.strip()]
    if blocks and blocks[0].kind in (HEADING, PARA):
        blocks[0].kind = TITLE
    _heading_levels(blocks, rank_levels)
    parts: list[str] = []
    pos = 0
    headings: list[Heading] = []
    tables: list[Table] = []
    page_first: dict[int, int] = {}
    para_spans: dict[tuple[int, int], Block] = {}
    prev: Block | None = None
    for b in blocks:
        if prev is not None:
            sep = "\n" if (prev.kind == BULLET and b.kind == BULLET) else "\n\n"
            parts.append(sep)
            pos += len(sep)
        start, end = pos, pos + len(b.text)
        parts.append(b.text)
        for off, page in b.page_starts:
            page_first.setdefault(page, start + off)
        if b.kind == HEADING:
            headings.append(Heading(text=b.text, start=start, end=end, level=b.level or 1))
        elif b.kind == TABLE and b.rows is not None:
            first = b.page_starts[0][1] if b.page_starts else None
            tables.append(Table(rows=b.rows, start=start, end=end, page=first))
        elif b.kind == PARA and b.may_be_heading and "\n" not in b.text:
            para_spans[(start, end)] = b
        pos = end
        prev = b
    text = "".join(parts)
    layout_starts = {h.start for h in headings}
    para_by_end = {end: start for start, end in para_spans}
    for h in detect_headings(text, ends=para_by_end):  # only one-line paragraphs can gain a heading here
        # a paragraph of one line that reads as a heading ("## Visits": the heading follows the "#")
        start = para_by_end.get(h.end)
        if start is not None and start <= h.start and h.start not in layout_starts:
            headings.append(h)
    headings.sort(key=lambda h: h.start)
    title = blocks[0].text if blocks and blocks[0].kind == TITLE else None
    return BuiltText(text=text, headings=headings, tables=tables, pages=_pages(page_first, n_pages, len(text)), title=title)


def _pages(page_first: dict[int, int], n_pages: int, length: int) -> list[Page]:
    """Contiguous page spans; a page with no text gets an empty span where it falls."""
    if n_pages <= 0:
        return []
    starts = [0] * (n_pages + 2)
    starts[n_pages + 1] = length
    for number in range(n_pages, 0, -1):
        starts[number] = min(page_first.get(number, starts[number + 1]), starts[number + 1])
    starts[1] = 0
    return [Page(number=n, start=starts[n], end=starts[n + 1]) for n in range(1, n_pages + 1)]
