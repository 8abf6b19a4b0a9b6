"""Word (.docx) reader on python-docx: paragraphs and tables in document order.

Headings come from the paragraph style ("Heading N", localised or custom styles
through their outline level ``w:outlineLvl``, docling #3959) and, failing that, from
short bold lines; "Title" is the document title. List paragraphs (List styles or
numbering ``w:numPr``) become "• " items; tables become "cell | cell" rows. The zip is
inspected before python-docx opens it, to refuse decompression bombs.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import CorruptDocumentError, EmptyDocumentError, UnsafeDocumentError
from .blocks import BULLET, HEADING, PARA, TABLE, Block, build_text, table_text
from .normalise import normalise_chars

MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5000
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|kop|rubrik|otsikko|título|titolo)\s*(\d)$", re.I)
_SENTENCE_END = re.compile(r"[.!?;,]['\")]?$")
MAX_BOLD_HEADING_WORDS = 12
MAX_TABLE_DEPTH = 8  # tables inside tables inside tables...: deeper ones are left out


def check_zip(path: Path) -> None:
    """Refuse a .docx that is not a zip, not a Word package, or would inflate too far."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except zipfile.BadZipFile as exc:
        raise CorruptDocumentError(f"damaged .docx (not a valid zip: {exc})", path=path) from exc
    except (OSError, EOFError, ValueError) as exc:
        raise CorruptDocumentError(f"damaged .docx ({exc})", path=path) from exc
    if len(infos) > MAX_MEMBERS:
        raise UnsafeDocumentError(f"zip holds {len(infos)} members; refusing to open", path=path)
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise UnsafeDocumentError(f"would inflate to {total} bytes (limit {MAX_UNCOMPRESSED}); possible zip bomb", path=path)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 1024 * 1024), default=0.0)
    if worst > MAX_RATIO or (packed and total / packed > MAX_RATIO and total > 1024 * 1024):
        raise UnsafeDocumentError(f"compression ratio over {MAX_RATIO}:1; possible zip bomb", path=path)
    if "word/document.xml" not in names:
        kind = "an Excel workbook" if "xl/workbook.xml" in names else "a PowerPoint file" if "ppt/presentation.xml" in names else "a zip that is not a Word document"
        raise CorruptDocumentError(f"not a Word document: the file is {kind}", path=path)


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _style_chain(style: Any) -> Iterator[Any]:
    seen = 0
    while style is not None and seen < 10:
        yield style
        style = style.base_style
        seen += 1


def _outline_level(paragraph: Any) -> int | None:
    """Outline level 1-9 from the paragraph or its style chain (w:outlineLvl is 0-based; 9 = body)."""
    elements = [paragraph._p.pPr] + [s.element.pPr for s in _style_chain(paragraph.style)]
    for ppr in elements:
        if ppr is None:
            continue
        lvl = ppr.find(_qn("w:outlineLvl"))
        if lvl is not None:
            value = int(lvl.get(_qn("w:val"), "9"))
            return value + 1 if value < 9 else None
    return None


def _is_list(paragraph: Any) -> bool:
    for style in _style_chain(paragraph.style):
        if "list" in (style.name or "").lower():
            return True
    elements = [paragraph._p.pPr] + [s.element.pPr for s in _style_chain(paragraph.style)]
    for ppr in elements:
        if ppr is not None and ppr.find(_qn("w:numPr")) is not None:
            num = ppr.find(_qn("w:numPr")).find(_qn("w:numId"))
            if num is None or num.get(_qn("w:val")) != "0":
                return True
    return False


def _all_bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = any(s.font.bold for s in _style_chain(paragraph.style))
    return all(r.bold or (r.bold is None and style_bold) for r in runs)


def _style_level(paragraph: Any) -> tuple[str, int | None]:
    """("title" | "heading" | "", level) from the style name or the outline level."""
    name = paragraph.style.name if paragraph.style is not None else ""
    if (name or "").lower() in ("title",):
        return "title", None
    for style in _style_chain(paragraph.style):
        m = _HEADING_STYLE.match((style.name or "").strip())
        if m:
            return "heading", int(m.group(1))
    level = _outline_level(paragraph)
    return ("heading", level) if level else ("", None)


def _paragraph_block(paragraph: Any) -> Block | None:
    text = " ".join(normalise_chars(paragraph.text).split())
    if not text:
        return None
    kind, level = _style_level(paragraph)
    if kind == "title":
        return Block(HEADING, text, level=0)
    if kind == "heading":
        return Block(HEADING, text, level=level)
    if _is_list(paragraph):
        return Block(BULLET, "• " + text.lstrip("•▪◦-– ").strip(), may_be_heading=False)
    if _all_bold(paragraph) and len(text.split()) <= MAX_BOLD_HEADING_WORDS and not _SENTENCE_END.search(text):
        return Block(HEADING, text, level=None)
    return Block(PARA, text)


def _cell_text(cell: Any) -> str:
    return " ".join(normalise_chars("\n".join(p.text for p in cell.paragraphs)).split())


def _table_rows(table: Any) -> tuple[list[tuple[str, ...]], list[tuple[tuple[str, ...], tuple[str, ...], Any]]]:
    """A table's rows of cell texts, and each table nested in a cell with the labels of
    its row and of the header row (the cells before it): ``(row labels, header labels, table)``."""
    rows: list[tuple[str, ...]] = []
    nested: list[tuple[tuple[str, ...], tuple[str, ...], Any]] = []
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if last is not None and cell._tc is last:
                continue  # a merged cell repeats itself across the span
            last = cell._tc
            for inner in cell.tables:
                head = rows[0] if rows else ()
                nested.append((tuple(cells), tuple(head[: len(cells)]), inner))
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append(tuple(cells))
    return rows, nested


def _rows_block(rows: list[tuple[str, ...]]) -> list[Block]:
    if not rows:
        return []
    if len(rows) == 1 or max(len(r) for r in rows) == 1:
        return [Block(PARA, c) for r in rows for c in r if c]
    frozen = tuple(rows)
    return [Block(TABLE, table_text(frozen), rows=frozen, may_be_heading=False)]


def _labelled(rows: list[tuple[str, ...]], labels: tuple[str, ...], head: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Rows of a nested table carrying the labels of the outer row it sits in ("PACT"), so a
    figure keeps its team: a header row (no digits) gets the outer header's labels in front,
    other rows get the row's; with no header row the labels join the first cell."""
    label = " ".join(c for c in labels if c)
    if not label or not rows:
        return rows
    if len(rows) > 1 and not any(ch.isdigit() for c in rows[0] for ch in c):
        keep = [i for i, c in enumerate(labels) if c]
        return [tuple(head[i] if i < len(head) else "" for i in keep) + rows[0]] + [
            tuple(labels[i] for i in keep) + r for r in rows[1:]
        ]
    return [(f"{label} {r[0]}".strip(),) + r[1:] for r in rows]


def _table_blocks(table: Any, labels: tuple[str, ...] = (), head: tuple[str, ...] = (), depth: int = 0,
                  too_deep: list[int] | None = None) -> list[Block]:
    """The table as "cell | cell" rows, then each table nested in its cells (python-docx's
    cell text leaves nested tables out), labelled with the outer row it sits in. Tables
    nested deeper than MAX_TABLE_DEPTH are counted in ``too_deep``, not read."""
    rows, nested = _table_rows(table)
    blocks = _rows_block(_labelled(rows, labels, head))
    if nested and depth >= MAX_TABLE_DEPTH and too_deep is not None:
        too_deep.append(len(nested))
    if depth < MAX_TABLE_DEPTH:
        inner_blocks: list[Block] = []
        for inner_labels, inner_head, inner in nested:
            for b in _table_blocks(inner, inner_labels, inner_head, depth + 1, too_deep):
                last = inner_blocks[-1] if inner_blocks else None
                if last is not None and last.kind == b.kind == TABLE and last.rows and b.rows and last.rows[0] == b.rows[0]:
                    merged = last.rows + b.rows[1:]  # one team per cell, one header: one table
                    inner_blocks[-1] = Block(TABLE, table_text(merged), rows=merged, may_be_heading=False)
                else:
                    inner_blocks.append(b)
        blocks.extend(inner_blocks)
    return blocks


def _levels(blocks: list[Block]) -> None:
    """Style headings keep their level; bold-line headings sit one below the deepest style level used."""
    styled = [b.level for b in blocks if b.kind == HEADING and b.level]
    bold_level = (min(styled) + 1) if styled else 1
    for b in blocks:
        if b.kind == HEADING and b.level is None:
            b.level = bold_level


def read_docx(path: Path, *, doc_id: str | None = None) -> Document:
    """Read a .docx report into a Document."""
    check_zip(path)
    import docx
    from docx.table import Table as DocxTable

    try:
        d = docx.Document(str(path))
        blocks: list[Block] = []
        too_deep: list[int] = []
        for item in d.iter_inner_content():
            if isinstance(item, DocxTable):
                blocks.extend(_table_blocks(item, too_deep=too_deep))
            else:
                block = _paragraph_block(item)
                if block is not None:
                    blocks.append(block)
        props = d.core_properties
        meta: dict[str, Any] = {}
        if props.title:
            meta["embedded_title"] = props.title.strip()
        if props.subject:
            meta["subject"] = props.subject.strip()
        if props.author:
            meta["author"] = props.author.strip()
        if props.created:
            meta["created_year"] = str(props.created.year)
    except Exception as exc:  # lxml, KeyError on a missing part, bad XML: all mean a damaged file
        raise CorruptDocumentError(f"damaged .docx ({type(exc).__name__}: {exc})", path=path) from exc
    for i, b in enumerate(blocks):
        if b.kind == HEADING and b.level == 0 and i > 0:
            b.kind, b.level = PARA, None  # a Title-styled line after the start is body text
    _levels(blocks)
    if not any(b.text.strip() for b in blocks):
        raise EmptyDocumentError("Word document has no text", path=path)
    built = build_text(blocks, rank_levels=False)
    meta["title"] = built.title or meta.get("embedded_title")
    if not meta["title"]:
        del meta["title"]
    warnings = [f"{sum(too_deep)} table(s) nested more than {MAX_TABLE_DEPTH} levels deep left out, with any tables inside them"] if too_deep else []
    return Document(
        text=built.text, source=str(path), doc_id=doc_id or path.stem, format="docx",
        headings=built.headings, tables=built.tables, metadata=meta, warnings=warnings,
    )
