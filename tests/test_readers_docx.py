"""Word-specific reading: headings from styles and outline levels, lists, tables, properties."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from focusfive_nlp.readers import read_document


def _outline(pPr, level: int) -> None:  # type: ignore[no-untyped-def]
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    pPr.append(el)


def _numbered(paragraph) -> None:  # type: ignore[no-untyped-def]
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", "0"), ("w:numId", "1")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        numPr.append(el)
    pPr.append(numPr)


def test_headings_from_custom_styles_outline_levels_and_bold_lines(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Rapport d’audit 2021", style="Title")
    custom = d.styles.add_style("Rubrik Ett", WD_STYLE_TYPE.PARAGRAPH)
    _outline(custom.element.get_or_add_pPr(), 0)
    d.add_paragraph("Care Planning", style="Rubrik Ett")
    d.add_paragraph("Plans were reviewed in 70% of cases.")
    direct = d.add_paragraph("Visits and Direct Work")
    _outline(direct._p.get_or_add_pPr(), 1)
    d.add_paragraph("Visits were regular.")
    bold = d.add_paragraph()
    bold.add_run("Early Help team").bold = True
    d.add_heading("Supervision", level=1)
    emphasis = d.add_paragraph()
    emphasis.add_run("All supervision was recorded in the template, which is a long bold sentence.").bold = True
    path = tmp_path / "styles.docx"
    d.save(path)
    doc = read_document(path)
    assert [(h.text, h.level) for h in doc.headings] == [
        ("Care Planning", 1), ("Visits and Direct Work", 2), ("Early Help team", 2), ("Supervision", 1),
    ]
    assert all(doc.text[h.start:h.end] == h.text for h in doc.headings)
    assert doc.text.startswith("Rapport d'audit 2021\n\n")
    assert doc.metadata["title"] == "Rapport d'audit 2021"


def test_lists_tables_in_document_order_and_merged_cells(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Audit Report 2019", style="Title")
    d.add_paragraph("The grades were:")
    t = d.add_table(rows=3, cols=3)
    for i, row in enumerate([("Team", "Good", "RI"), ("LAC", "55%", "45%"), ("Note", "", "")]):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    t.cell(2, 1).merge(t.cell(2, 2)).text = "merged"
    d.add_paragraph("Strengths were:")
    d.add_paragraph("Plans were SMART.", style="List Bullet")
    numbered = d.add_paragraph("Visits were timely.")
    _numbered(numbered)
    line_break = d.add_paragraph("Supervision was regular")
    line_break.add_run().add_break()
    line_break.add_run("and reflective.")
    path = tmp_path / "lists.docx"
    d.save(path)
    doc = read_document(path)
    assert doc.text == (
        "Audit Report 2019\n\nThe grades were:\n\n"
        "Team | Good | RI\nLAC | 55% | 45%\nNote | merged\n\n"
        "Strengths were:\n\n• Plans were SMART.\n• Visits were timely.\n\n"
        "Supervision was regular and reflective."
    )
    assert doc.tables[0].rows == (("Team", "Good", "RI"), ("LAC", "55%", "45%"), ("Note", "merged"))
    assert doc.text[doc.tables[0].start:doc.tables[0].end].endswith("Note | merged")
    assert doc.pages == [] and doc.page_at(10) is None


def test_core_properties_to_metadata(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Quarterly Audit Findings")
    d.add_paragraph("Body text.")
    props = d.core_properties
    props.title, props.subject, props.author = "QA Report 2018/19", "Audit 2018/19", "QA Team"
    props.created = dt.datetime(2019, 5, 1)
    path = tmp_path / "props.docx"
    d.save(path)
    meta = read_document(path).metadata
    assert meta["title"] == "Quarterly Audit Findings"  # the first line, as for text files
    assert meta["embedded_title"] == "QA Report 2018/19"
    assert meta["subject"] == "Audit 2018/19" and meta["author"] == "QA Team" and meta["created_year"] == "2019"
