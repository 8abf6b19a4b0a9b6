"""A borderless table in a PDF (columns set apart by white space, no ruling lines, as
dashboards and scorecards print them) keeps its columns: both PDF readers write a gap much
wider than a word space as a run of spaces, and keep the rows one block, so the text path
reads the same table (and the same row figures) as in the report's text. Justified or
ragged prose never gets a run of spaces.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from builders import build

from focusfive_nlp import extract
from focusfive_nlp.readers import PDF_READERS, read_document
from focusfive_nlp.readers.model import Word, join_words

TABLE_REPORT = """Quality assurance of case supervision, quarter 3

Summary
The service moderated a sample of case records from each team during the quarter and the
practice lead rated each record against the supervision standard.

Ratings by team
Team                        Audited   Good or better   Rating
Front Door                     30           21        Green
Assessment Team                18            8        Amber
Looked After Children          25           12        Amber
Leaving Care                   12            3        Red

==============================================================

Next steps
Team managers will review the records rated below standard with their practitioners.
"""

# justified prose with long words, so reportlab stretches its word spaces
PROSE = ("Management oversight was evidenced in most of the records reviewed, although "
         "supervision discussions were inconsistently recorded and contingency planning, "
         "safeguarding chronologies and multi-agency communication require strengthening "
         "across the locality teams in accordance with the procedures. ") * 4
PROSE_REPORT = f"""Practice review of case recording

Findings
{PROSE}

Conclusion
Reflective supervision is well established and practitioners value it.
"""


def _figures(findings) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted((f.value, f.count, f.denominator, f.grade, f.polarity, tuple(f.teams))
                  for f in findings if f.value is not None)


@pytest.mark.parametrize("reader", PDF_READERS)
def test_borderless_table_rows_give_the_text_figures(tmp_path: Path, reader: str) -> None:
    txt = build(TABLE_REPORT, tmp_path, "txt")
    pdf = build(TABLE_REPORT, tmp_path, "pdf")
    want = _figures(extract(txt))
    assert len(want) >= 4  # the four row shares ("21" of "30", ...)
    assert _figures(extract(pdf, reader=reader)) == want
    text = read_document(pdf, reader=reader).text
    row = next(ln for ln in text.split("\n") if ln.startswith("Front Door"))
    assert "  " in row and row.split() == ["Front", "Door", "30", "21", "Green"]
    # header and rows are one block, a line each (no blank line between rows)
    start = text.index("Team ")
    assert "\n\n" not in text[start:text.index("Leaving Care")]
    # a line under the table (a rule of "=" too long to fit after the last row) is a paragraph
    # of its own, not part of the last row
    last = next(ln for ln in text.split("\n") if ln.startswith("Leaving Care"))
    assert last.split() == ["Leaving", "Care", "12", "3", "Red"]
    assert "\n\n" + "=" * 40 in text


def test_both_readers_give_the_same_borderless_table(tmp_path: Path) -> None:
    pdf = build(TABLE_REPORT, tmp_path, "pdf")
    texts = {r: read_document(pdf, reader=r).text for r in PDF_READERS}
    assert len(set(texts.values())) == 1


def _justified_pdf(path: Path, width: float) -> Path:
    """The prose set justified in a column ``width`` points wide (narrow: wide word spaces)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("j", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_JUSTIFY)
    doc = SimpleDocTemplate(str(path), leftMargin=72, rightMargin=595 - 72 - width)
    doc.build([Paragraph(PROSE, style), Paragraph(PROSE, style)])
    return path


@pytest.mark.parametrize("reader", PDF_READERS)
def test_rendered_prose_has_no_runs_of_spaces(tmp_path: Path, reader: str) -> None:
    pdf = build(PROSE_REPORT, tmp_path, "pdf")
    text = read_document(pdf, reader=reader).text
    assert "Management oversight" in text
    assert "  " not in text


@pytest.mark.parametrize("reader", PDF_READERS)
@pytest.mark.parametrize("width", [450.0, 220.0])
def test_justified_prose_has_no_runs_of_spaces(tmp_path: Path, reader: str, width: float) -> None:
    text = read_document(_justified_pdf(tmp_path / "justified.pdf", width), reader=reader).text
    assert "Management oversight" in text
    assert "  " not in text


def test_column_break_needs_a_gap_wider_than_a_word_space() -> None:
    def w(text: str, x0: float) -> Word:
        return Word(text, x0, x0 + 5.0 * len(text), 0.0, 10.0, size=10.0)

    # a stretched word space (under 1.5 em) is a space
    assert join_words([w("Good", 0.0), w("practice", 23.0), w("seen", 66.0)]) == "Good practice seen"
    spaced = join_words([w("Team", 0.0), w("A", 23.0), w("24", 60.0), w("Green", 100.0)])
    assert spaced.split() == ["Team", "A", "24", "Green"]
    assert spaced.index("24") == 12 and spaced.index("Green") == 20  # page position at 5 pt a character
    # every gap of the line as wide: justified words, not columns
    assert join_words([w("contingency", 0.0), w("planning", 80.0), w("is", 145.0)]) == "contingency planning is"


def test_a_key_and_its_value_keep_a_single_space() -> None:
    def w(text: str, x0: float) -> Word:
        return Word(text, x0, x0 + 5.0 * len(text), 0.0, 10.0, size=10.0)

    # one column break (two cells): the text path reads no table from it, so none is written
    assert join_words([w("Requires", 0.0), w("Improvement", 43.0), w("10.2%", 300.0)]) == "Requires Improvement 10.2%"
    three = join_words([w("Requires", 0.0), w("Improvement", 43.0), w("10.2%", 300.0), w("Red", 350.0)])
    assert [len(run) for run in re.findall(r" +", three)] == [1, 40, 5]  # at 5 pt a character
