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


def _table_blocks(table: Any) -> list[Block]:
    rows: list[tuple[str, ...]] = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if last is not None and cell._tc is last:
                continue  # a merged cell repeats itself across the span
            last = cell._tc
            cells.append(" ".join(normalise_chars(cell.text).split()))
        if any(cells):
            rows.append(tuple(cells))
    if not rows:
        return []
    if len(rows) == 1 or max(len(r) for r in rows) == 1:
        return [Block(PARA, c) for r in rows for c in r if c]
    frozen = tuple(rows)
    return [Block(TABLE, table_text(frozen), rows=frozen, may_be_heading=False)]


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
        for item in d.iter_inner_content():
            if isinstance(item, DocxTable):
                blocks.extend(_table_blocks(item))
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
    return Document(
        text=built.text, source=str(path), doc_id=doc_id or path.stem, format="docx",
        headings=built.headings, tables=built.tables, metadata=meta,
    )
