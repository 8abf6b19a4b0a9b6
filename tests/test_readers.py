"""The PDF, Word and text readers give the same report text, structure and pages.

Documents are rendered in tmp folders from report texts (scripts/render_report.py) with
running headers, "Page N of M" footers, bold headings, bullets, paragraphs that break
across pages, line-end hyphenation, a two-column layout and a ruled grade table.
"""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from builders import DATA, SAMPLE_2021, build, words

from focusfive_nlp.document import Document
from focusfive_nlp.readers import SUPPORTED_SUFFIXES, read_document

SAMPLE = SAMPLE_2021.read_text(encoding="utf-8")
GRADES = (DATA / "grade-table-report.txt").read_text(encoding="utf-8")
FORMATS = ["txt", "pdf", "docx"]


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readers")


@pytest.fixture(scope="module")
def sample(tmp: Path) -> dict[str, Document]:
    """The 2021 sample report read from text, PDF, two-column PDF and DOCX."""
    docs = {fmt: read_document(build(SAMPLE, tmp, fmt, "sample")) for fmt in FORMATS}
    docs["pdf2"] = read_document(build(SAMPLE, tmp, "pdf", "sample-2col", two_column=True))
    return docs


@pytest.fixture(scope="module")
def grades(tmp: Path) -> dict[str, Document]:
    docs = {fmt: read_document(build(GRADES, tmp, fmt, "grades")) for fmt in FORMATS}
    docs["pdf2"] = read_document(build(GRADES, tmp, "pdf", "grades-2col", two_column=True))
    return docs


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {".pdf", ".docx", ".txt", ".md"}


@pytest.mark.parametrize("fmt", ["pdf", "pdf2", "docx"])
def test_sample_words_equal_text(sample: dict[str, Document], fmt: str) -> None:
    assert words(sample[fmt].text) == words(sample["txt"].text)


@pytest.mark.parametrize("fmt", ["pdf", "pdf2", "docx"])
def test_sample_headings_identical_with_exact_offsets(sample: dict[str, Document], fmt: str) -> None:
    doc = sample[fmt]
    expected = [(h.text, h.level) for h in sample["txt"].headings]
    assert expected == [("CHRONOLOGY", 1), ("ASSESSMENTS", 1), ("PLANS", 1), ("VISITING", 1), ("SUPERVISION", 1)]
    assert [(h.text, h.level) for h in doc.headings] == expected
    for h in doc.headings:
        assert doc.text[h.start:h.end] == h.text
        assert h.start == 0 or doc.text[h.start - 1] == "\n"


@pytest.mark.parametrize("fmt", ["pdf", "pdf2", "docx"])
def test_title_in_metadata(sample: dict[str, Document], fmt: str) -> None:
    assert sample[fmt].metadata["title"] == "FOCUS FIVE – Audit Findings Year 2021"
    assert sample[fmt].title == sample["txt"].title


@pytest.mark.parametrize("fmt", ["pdf", "pdf2"])
def test_running_header_and_page_numbers_removed(sample: dict[str, Document], fmt: str) -> None:
    doc = sample[fmt]
    assert len(doc.pages) >= 3
    assert not re.search(r"Page \d+ of \d+", doc.text)
    assert doc.text.count("FOCUS FIVE – Audit Findings Year 2021") == 1  # the title, not the header
    assert doc.metadata["headers"] == ["FOCUS FIVE – Audit Findings Year 2021"]
    assert doc.metadata["footers"] == [f"Page {n} of {len(doc.pages)}" for n in range(1, len(doc.pages) + 1)]


def test_custom_header_removed_on_one_page_document(tmp: Path) -> None:
    text = "SHORT AUDIT NOTE 2020\n\nFINDINGS\n\n- In 40% of cases the plan was SMART.\n"
    doc = read_document(build(text, tmp, "pdf", "onepage", header="OFFICIAL - Children's Services"))
    assert len(doc.pages) == 1
    assert "OFFICIAL" not in doc.text and "Page 1 of 1" not in doc.text
    assert words(doc.text) == words(text)


def test_paragraph_broken_across_pages_is_one_paragraph(sample: dict[str, Document]) -> None:
    doc = sample["pdf"]
    inside = [p for p in doc.pages[1:] if p.start > 0 and doc.text[p.start - 1] != "\n"]
    assert inside, "the rendering should break at least one paragraph across pages"
    source_lines = {line.strip().lstrip("-• ").strip() for line in SAMPLE.split("\n") if line.strip()}
    for p in inside:
        line_start = doc.text.rfind("\n", 0, p.start) + 1
        line_end = doc.text.find("\n", p.start)
        line = doc.text[line_start:line_end if line_end >= 0 else None].lstrip("• ")
        assert line in source_lines


def test_line_end_hyphenation_is_rejoined(sample: dict[str, Document], tmp: Path) -> None:
    with pdfplumber.open(tmp / "sample.pdf") as pdf:
        raw = "\n".join(page.extract_text() for page in pdf.pages)
    broken = re.findall(r"([a-z]+)-\n([a-z]+)", raw)
    assert broken, "the rendering should hyphenate some words at line ends"
    text = sample["pdf"].text
    for left, right in broken:
        assert f"{left}{right}" in text or f"{left}-{right}" in SAMPLE
    assert "in-depth" in text and "bi-monthly" in text


@pytest.mark.parametrize("fmt", ["pdf", "pdf2", "docx"])
def test_bullets_kept_as_items(sample: dict[str, Document], fmt: str) -> None:
    items = [line for line in sample[fmt].text.split("\n") if line.startswith("• ")]
    source = [line for line in SAMPLE.split("\n") if line.startswith("- ")]
    assert [i[2:] for i in items] == [s[2:] for s in source]


def test_two_column_page_read_column_by_column(grades: dict[str, Document], sample: dict[str, Document]) -> None:
    assert words(grades["pdf2"].text) == words(grades["txt"].text)
    one, two = sample["pdf"], sample["pdf2"]
    assert [h.text for h in one.headings] == [h.text for h in two.headings]
    assert one.text == two.text.replace("\n", "\n") and words(one.text) == words(two.text)


@pytest.mark.parametrize("fmt", FORMATS + ["pdf2"])
def test_grade_table_as_pipe_rows(grades: dict[str, Document], fmt: str) -> None:
    doc = grades[fmt]
    table_lines = [line for line in GRADES.split("\n") if "|" in line]
    block = "\n".join(table_lines)
    assert block in doc.text
    if fmt == "txt":
        return
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert doc.text[table.start:table.end] == block
    assert table.rows[0] == ("Team", "Good or above", "Requires Improvement", "Inadequate")
    assert table.rows[2] == ("Child Protection", "48%", "41%", "11%")
    if fmt.startswith("pdf"):
        assert table.page == doc.page_at(table.start) == 1
    for cell in ("Good or above", "48%"):  # table words appear once, as table text only
        assert doc.text.count(cell) == GRADES.count(cell)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_numbered_and_caps_headings(grades: dict[str, Document], fmt: str) -> None:
    expected = [(h.text, h.level) for h in grades["txt"].headings]
    assert [t for t, _ in expected] == ["1. Introduction", "2. Overall Grades", "CHRONOLOGY", "ASSESSMENTS"]
    assert [(h.text, h.level) for h in grades[fmt].headings] == expected


@pytest.mark.parametrize("fmt", ["pdf", "pdf2"])
def test_page_at_matches_pdf_pages(sample: dict[str, Document], tmp: Path, fmt: str) -> None:
    doc = sample[fmt]
    name = "sample.pdf" if fmt == "pdf" else "sample-2col.pdf"
    with pdfplumber.open(tmp / name) as pdf:
        pages = [page.extract_text().split("\n") for page in pdf.pages]
    assert len(doc.pages) == len(pages)
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    for a, b in zip(doc.pages, doc.pages[1:]):
        assert a.end == b.start
    checked = 0
    for number, lines in enumerate(pages, start=1):
        body = [ln for ln in lines[1:-1] if len(ln) > 40 and not ln.rstrip().endswith("-")]
        for line in body[2:4]:
            phrase = " ".join(line.split()[1:6])
            at = doc.text.find(phrase)
            if at >= 0 and doc.text.count(phrase) == 1:
                assert doc.page_at(at) == number, phrase
                checked += 1
    assert checked >= len(pages)


def test_text_and_markdown_reader(tmp: Path) -> None:
    md = tmp / "note.md"
    md.write_text("# Audit Note 2020\n\n## Plans\n\nPlans were SMART in 40% of cases.\n", encoding="utf-8")
    doc = read_document(md)
    assert doc.format == "md" and doc.pages == []
    assert doc.page_at(5) is None
    assert [(h.text, h.level) for h in doc.headings] == [("Plans", 2)]


def test_doc_id_and_source(sample: dict[str, Document], tmp: Path) -> None:
    assert sample["pdf"].doc_id == "sample" and sample["pdf"].format == "pdf"
    assert sample["docx"].format == "docx" and sample["docx"].source.endswith("sample.docx")
    assert read_document(tmp / "sample.pdf", doc_id="x").doc_id == "x"


def test_one_pass_words_equal_pdfplumber_extract_words(tmp: Path, sample: dict[str, Document], grades: dict[str, Document]) -> None:
    """The reader's own char-to-word grouping gives exactly pdfplumber's extract_words words."""
    from focusfive_nlp.readers.pdf import _page_layout, words_with_extract_words

    def key(ws):  # type: ignore[no-untyped-def]
        return sorted((w.text, round(w.x0, 1), round(w.top, 1), w.size, w.bold) for w in ws)

    for name in ("sample.pdf", "sample-2col.pdf", "grades.pdf"):
        with pdfplumber.open(tmp / name) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                layout = _page_layout(page, number)
                reference = words_with_extract_words(page)
                if layout.tables:  # table words are kept apart by the reader
                    assert len(layout.words) < len(reference)
                else:
                    assert key(layout.words) == key(reference)


def test_rotated_text_left_out_with_warning(tmp: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp / "rotated.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 760, "Audit Report 2020")
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, "In 60% of cases plans were SMART.")
    c.saveState()
    c.translate(40, 400)
    c.rotate(90)
    c.drawString(0, 0, "DRAFT SIDEBAR")
    c.restoreState()
    c.showPage()
    c.save()
    doc = read_document(path)
    assert doc.text == "Audit Report 2020\n\nIn 60% of cases plans were SMART."
    assert any("rotated" in w for w in doc.warnings)


MARKDOWN_REPORT = """# Quarterly QA Report 2022

## Front Door and MASH

* Decisions in the MASH were timely: 91% of contacts were screened within 24 hours.

## Assessments

Inadequate: 6%

* 65 % of assessments were graded Good or better.
"""


@pytest.mark.parametrize("fmt", ["txt", "pdf", "docx"])
def test_markdown_headings_survive_every_format(tmp_path, fmt):
    # regression: "## Heading" lines were lost as headings once rendered to PDF, and a
    # "label: value" line read as a heading
    doc = read_document(build(MARKDOWN_REPORT, tmp_path, fmt))
    assert [h.text for h in doc.headings] == ["Front Door and MASH", "Assessments"]
    for h in doc.headings:
        assert doc.text[h.start:h.end] == h.text


@pytest.mark.parametrize("fmt", ["txt", "pdf", "docx"])
def test_grade_table_becomes_graded_team_findings(grades: dict[str, Document], fmt: str) -> None:
    # a team-by-grade table, in any format, gives one finding per cell with team, grade and value
    from focusfive_nlp import extract

    table = {(tuple(f.teams), f.grade, f.grade_qualifier, f.value, f.polarity) for f in extract(grades[fmt])
             if f.rule.startswith("table:")}
    assert (("Early Help",), "good", "or_above", 62.0, "strength") in table
    assert (("Child Protection",), "inadequate", None, 11.0, "improvement") in table
    assert (("LAC",), "requires_improvement", None, 37.0, "improvement") in table
    assert len(table) == 9


PARITY_REPORTS = ["generalisation3/signs-of-safety-practice-audit-2026.txt", "generalisation2/dashboard-commentary-q3-2019-20.txt",
                  "generalisation/quarterly-qa-report-2022-q2.txt"]


@pytest.mark.parametrize("name", PARITY_REPORTS)
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_same_findings_from_text_pdf_and_word(tmp_path: Path, name: str, fmt: str) -> None:
    # regression: sub-headings, dashboard lines and Markdown headings once read differently once rendered
    from focusfive_nlp import extract

    text = (Path(__file__).resolve().parent / "data" / name).read_text(encoding="utf-8")

    def key(findings):
        figures = {(f.section, round(f.value), f.grade, f.polarity) for f in findings if f.value is not None}
        themes = {(f.section, t, f.polarity) for f in findings for t in f.themes}
        return figures, themes

    assert key(extract(build(text, tmp_path, fmt))) == key(extract(text))
