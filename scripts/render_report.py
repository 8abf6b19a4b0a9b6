#!/usr/bin/env python
"""Render a plain-text audit report as a realistic PDF (reportlab) or Word file (python-docx).

Used to build test and corpus documents from report texts::

    python scripts/render_report.py IN.txt OUT.pdf [--two-column] [--no-header] [--password PW]
    python scripts/render_report.py IN.txt OUT.docx

The text is read the way the text reader reads it: the first line is the title;
headings are the lines ``focusfive_nlp.structure.detect_headings`` finds (capitals,
Title Case, numbered, ``Heading:``); lines starting "- ", "• " or "* " are bullets;
runs of lines holding " | " or tab-separated cells are tables (first row = header), rows the text
path reads as columns laid out by runs of spaces are borderless tables; any other line is a
paragraph. The PDF has a running header (the title), a "Page N of M" footer, bold and
larger headings, real ruled tables, soft hyphens in long words and Word-like breaking
after hard hyphens, and paragraphs flow across pages. The .docx uses the Title,
Heading N and List Bullet styles and real tables. Importable: ``render_pdf``,
``render_docx``, ``parse_report``.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from focusfive_nlp.structure import detect_headings
from focusfive_nlp.textview import space_aligned, tab_row

_BULLET = re.compile(r"^\s*(?:[-•*])\s+")
_SOFT = "\u00ad"


@dataclass(frozen=True)
class RBlock:
    """One block of a report to render: title, heading, bullet, para or table."""

    kind: str
    text: str = ""
    level: int = 1
    rows: tuple[tuple[str, ...], ...] = ()
    ruled: bool = True  # False: a borderless table (columns laid out by runs of spaces in the text)


def parse_report(text: str) -> list[RBlock]:
    """Split report text into renderable blocks (see module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    heading_at = {}  # line start -> heading on that line (a Markdown heading starts after its "#")
    for h in detect_headings(text):
        heading_at[text.rfind("\n", 0, h.start) + 1] = h
    blocks: list[RBlock] = []
    table: list[tuple[str, ...]] = []
    aligned = space_aligned(text).split("\n")  # rows the text path reads as space-aligned columns get tabs
    borderless = [False]
    seen_title = False

    def flush_table() -> None:
        if len(table) >= 2:
            blocks.append(RBlock("table", rows=tuple(table), ruled=not borderless[0]))
        else:
            blocks.extend(RBlock("para", " | ".join(r)) for r in table)
        table.clear()
        borderless[0] = False

    for line, start, spaced in zip(lines, starts, aligned):
        stripped = line.strip()
        if "\t" not in line and "\t" in spaced and tab_row(spaced.strip()):  # a space-aligned row: a borderless table
            if table and not borderless[0]:
                flush_table()
            borderless[0] = True
            table.append(tuple(c.strip() for c in re.split(r"\t+", spaced.strip())))
            continue
        if borderless[0]:
            flush_table()
        if "|" in stripped and stripped.count("|") >= 1 and not _BULLET.match(line):
            table.append(tuple(c.strip() for c in stripped.split("|")))
            continue
        if "\t" in stripped and tab_row(stripped):  # a tab-separated row: a table, as a PDF or Word export has it
            table.append(tuple(c.strip() for c in re.split(r"\t+", stripped)))
            continue
        flush_table()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        if not seen_title:
            seen_title = True
            blocks.append(RBlock("title", stripped.lstrip("#").strip()))
        elif start in heading_at:
            blocks.append(RBlock("heading", heading_at[start].text, level=heading_at[start].level))
        elif _BULLET.match(line):
            blocks.append(RBlock("bullet", _BULLET.sub("", line).strip()))
        else:
            blocks.append(RBlock("para", stripped))
    flush_table()
    return blocks


def soft_hyphenate(text: str, min_len: int = 9) -> str:
    """Put a soft hyphen in the middle of long lowercase words, so lines may break inside them."""

    def split(m: re.Match[str]) -> str:
        w = m.group(0)
        cut = max(4, len(w) // 2)
        return w[:cut] + _SOFT + w[cut:]

    return re.sub(rf"(?<![\w'-])[a-z]{{{min_len},}}(?![\w-])", split, text)


def _styles(font: str, size: float) -> dict:
    from reportlab.lib.styles import ParagraphStyle

    bold = font + "-Bold" if font in ("Helvetica", "Courier") else "Times-Bold" if font.startswith("Times") else font
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.7, embeddedHyphenation=1)
    return {
        "body": body,
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, bulletFontName=font, spaceAfter=size * 0.3),
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=size * 1.8, leading=size * 2.2, spaceAfter=size * 1.2),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=body, fontName=bold, spaceAfter=0),
        1: ParagraphStyle("h1", parent=body, fontName=bold, fontSize=size * 1.4, leading=size * 1.8, spaceBefore=size, spaceAfter=size * 0.6, keepWithNext=1),
        2: ParagraphStyle("h2", parent=body, fontName=bold, fontSize=size * 1.2, leading=size * 1.5, spaceBefore=size * 0.8, spaceAfter=size * 0.5, keepWithNext=1),
        3: ParagraphStyle("h3", parent=body, fontName=bold, fontSize=size, spaceBefore=size * 0.6, keepWithNext=1),
    }


def _least_widths(rows: tuple[tuple[str, ...], ...], ncols: int, style) -> list[float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return [16.0 + max((stringWidth(w, style.fontName, style.fontSize) for r in rows if j < len(r) for w in r[j].split()), default=0.0) for j in range(ncols)]


def _fitting_cell_styles(rows, ncols: int, width: float, head, cell):  # type: ignore[no-untyped-def]
    """Cell styles small enough (down to 6 pt) that every column holds its longest word."""
    from reportlab.lib.styles import ParagraphStyle

    need = sum(_least_widths(rows, ncols, head))
    if need <= width:
        return head, cell
    size = max(6.0, head.fontSize * (width - 16.0 * ncols) / (need - 16.0 * ncols) * 0.97)
    return (ParagraphStyle("cellhead-small", parent=head, fontSize=size, leading=size * 1.2),
            ParagraphStyle("cell-small", parent=cell, fontSize=size, leading=size * 1.2))


def _column_widths(rows: tuple[tuple[str, ...], ...], ncols: int, width: float, style) -> list[float]:
    """Column widths that never break a word inside a cell: each column gets at least its
    longest word, the rest of the width is shared by how much text each column holds."""
    least = _least_widths(rows, ncols, style)
    text = [max(sum(len(r[j]) for r in rows if j < len(r)), 1) for j in range(ncols)]
    if sum(least) > width:  # too many columns for the frame: shrink them alike, words may wrap
        least = [w * width / sum(least) for w in least]
    spare = max(width - sum(least), 0.0)
    return [least[j] + spare * text[j] / sum(text) for j in range(ncols)]


def _borderless(rows: tuple[tuple[str, ...], ...], styles: dict):  # type: ignore[no-untyped-def]
    """A table without ruling lines, as dashboards and scorecards print one: cells as plain
    strings in columns as wide as their text, set apart by a gap of two ems."""
    from reportlab.platypus import Table, TableStyle

    body = styles["body"]
    bold = styles["cellhead"].fontName
    ncols = max(len(r) for r in rows)
    table = Table([list(r) + [""] * (ncols - len(r)) for r in rows], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), body.fontName, body.fontSize, body.fontSize * 1.35),
        ("FONT", (0, 0), (-1, 0), bold, body.fontSize, body.fontSize * 1.35),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2 * body.fontSize),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _flowables(blocks: list[RBlock], styles: dict, width: float, hyphenate: bool) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    def markup(s: str) -> str:
        return escape(soft_hyphenate(s) if hyphenate else s)

    out: list = []
    for b in blocks:
        if b.kind == "title":
            out.append(Paragraph(escape(b.text), styles["title"]))
        elif b.kind == "heading":
            out.append(Paragraph(escape(b.text), styles[min(b.level, 3)]))
        elif b.kind == "bullet":
            out.append(Paragraph(markup(b.text), styles["bullet"], bulletText="•"))
        elif b.kind == "para":
            out.append(Paragraph(markup(b.text), styles["body"]))
        elif not b.ruled:
            out.append(_borderless(b.rows, styles))
            out.append(Paragraph("", styles["body"]))
        else:
            ncols = max(len(r) for r in b.rows)
            head, cell = _fitting_cell_styles(b.rows, ncols, width, styles["cellhead"], styles["cell"])
            rows = [[Paragraph(escape(c), head if i == 0 else cell) for c in r] + [""] * (ncols - len(r)) for i, r in enumerate(b.rows)]
            table = Table(rows, colWidths=_column_widths(b.rows, ncols, width, head), repeatRows=1, hAlign="LEFT")
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(table)
            out.append(Paragraph("", styles["body"]))
    return out


def _build_pdf(blocks, path, *, header, footer_page_numbers, two_column, password, hyphenate, font, size, total, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    w, h = A4
    margin = 72.0
    styles = _styles(font, size)
    encrypt = None
    if password:
        user, owner = password if isinstance(password, tuple) else (password, None)
        encrypt = StandardEncryption(user, ownerPassword=owner or user or "owner", canPrint=1)
    doc = BaseDocTemplate(path if not isinstance(path, Path) else str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
                          title=title, author="focusfive_nlp render_report", subject=title, encrypt=encrypt)
    gap = 18.0
    if two_column:
        cw = (w - 2 * margin - gap) / 2
        frames = [Frame(margin, margin, cw, h - 2 * margin, id="left", leftPadding=0, rightPadding=0),
                  Frame(margin + cw + gap, margin, cw, h - 2 * margin, id="right", leftPadding=0, rightPadding=0)]
        width = cw
    else:
        frames = [Frame(margin, margin, w - 2 * margin, h - 2 * margin, id="body", leftPadding=0, rightPadding=0)]
        width = w - 2 * margin

    def furniture(canvas, d) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        if header:
            canvas.drawString(margin, h - 40, header)
        if footer_page_numbers:
            canvas.drawCentredString(w / 2, 36, f"Page {d.page} of {total or '?'}")
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=furniture)])
    doc.build(_flowables(blocks, styles, width, hyphenate))
    return doc.page


def render_pdf(
    text: str,
    path: str | Path,
    *,
    header: str | bool | None = True,
    footer_page_numbers: bool = True,
    two_column: bool = False,
    password: str | None = None,
    owner_password: str | None = None,
    hyphenate: bool = True,
    font: str = "Helvetica",
    size: float = 10.0,
) -> int:
    """Render report text as a multi-page PDF at ``path``; returns the page count.

    ``header``: True = the title as running header, a string = that text, False/None = none.
    ``password`` encrypts with that user password; ``owner_password`` alone makes a
    "protected" PDF that opens without a password.
    """
    import io

    blocks = parse_report(text)
    title = next((b.text for b in blocks if b.kind == "title"), "")
    head = title if header is True else (header or None)
    kw = dict(header=head, footer_page_numbers=footer_page_numbers, two_column=two_column, password=None,
              hyphenate=hyphenate, font=font, size=size, title=title)
    total = _build_pdf(blocks, io.BytesIO(), total=None, **kw)
    kw["password"] = (password or "", owner_password) if (password or owner_password) else None
    return _build_pdf(blocks, path, total=total, **kw)


def render_docx(text: str, path: str | Path) -> None:
    """Render report text as a .docx with Title, Heading N, List Bullet styles and real tables."""
    from datetime import datetime, timezone

    import docx

    blocks = parse_report(text)
    d = docx.Document()
    d.core_properties.author = "focusfive_nlp render_report"
    d.core_properties.created = datetime.now(timezone.utc).replace(tzinfo=None)
    for b in blocks:
        if b.kind == "title":
            d.add_paragraph(b.text, style="Title")
            d.core_properties.title = b.text
        elif b.kind == "heading":
            d.add_heading(b.text, level=min(b.level, 9))
        elif b.kind == "bullet":
            d.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "para":
            d.add_paragraph(b.text)
        elif not b.ruled:
            out.append(_borderless(b.rows, styles))
            out.append(Paragraph("", styles["body"]))
        else:
            ncols = max(len(r) for r in b.rows)
            table = d.add_table(rows=len(b.rows), cols=ncols)
            table.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
                    if i == 0:
                        for run in table.cell(i, j).paragraphs[0].runs:
                            run.bold = True
    d.save(str(path))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render a plain-text report as PDF or DOCX (by OUT's extension).")
    ap.add_argument("input", type=Path, help="report text (.txt/.md)")
    ap.add_argument("output", type=Path, help="OUT.pdf or OUT.docx")
    ap.add_argument("--two-column", action="store_true", help="PDF: two columns per page")
    ap.add_argument("--no-header", action="store_true", help="PDF: no running header")
    ap.add_argument("--no-page-numbers", action="store_true", help="PDF: no 'Page N of M' footer")
    ap.add_argument("--no-hyphenation", action="store_true", help="PDF: never break lines inside words")
    ap.add_argument("--password", help="PDF: encrypt with this user password")
    args = ap.parse_args(argv)
    text = args.input.read_text(encoding="utf-8-sig")
    suffix = args.output.suffix.lower()
    if suffix == ".pdf":
        n = render_pdf(text, args.output, header=not args.no_header, footer_page_numbers=not args.no_page_numbers,
                       two_column=args.two_column, password=args.password, hyphenate=not args.no_hyphenation)
        print(f"{args.output}: {n} pages", file=sys.stderr)
    elif suffix == ".docx":
        render_docx(text, args.output)
        print(f"{args.output}: written", file=sys.stderr)
    else:
        ap.error(f"output must end in .pdf or .docx, not {suffix or '(none)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
