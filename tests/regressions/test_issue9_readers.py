"""Issue 9, content silently lost by the readers: one case per failure kind.

* pages that start alike lost their first line (figures included) as a "running header";
* pages rotated 90 degrees lost their text, 180 degrees read backwards;
* a table nested in a Word table cell vanished;
* UTF-16 text ("Unicode" in Notepad) was refused as binary;
* odd things given as a path got a library error instead of a named one.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from builders import (
    ALIKE_HEADER,
    NESTED_GRADES,
    ROTATED_PAGES,
    ROTATED_TABLE,
    alike_pages_pdf,
    nested_table_docx,
    rotated_pages_pdf,
    rotated_table_pdf,
)

from focusfive_nlp import extract
from focusfive_nlp.errors import MissingFileError, NotTextError, ReaderError, UnsupportedFormatError
from focusfive_nlp.readers import PDF_READERS, read_document
from focusfive_nlp.readers.model import PageLayout, Word
from focusfive_nlp.readers.pdf import document_from_layouts

DATA = Path(__file__).resolve().parent / "data"


def _line(text: str, top: float, size: float = 10.0) -> list[Word]:
    out, x = [], 72.0
    for token in text.split():
        out.append(Word(token, x, x + 0.5 * size * len(token), top, top + size, size))
        x += 0.5 * size * len(token) + 2.8
    return out


# --- pages that start alike ---------------------------------------------------------------


def test_first_lines_that_differ_by_a_figure_are_not_running_headers() -> None:
    pages = []
    for n, value in enumerate([45, 52, 38, 61, 45], start=1):
        page = PageLayout(number=n, width=595, height=842)
        page.words += _line("Northfield audit report - page " + str(n), 30, 8)
        page.words += _line(f"In {value}% of cases the plan was reviewed on time.", 80)
        page.words += _line("Managers checked the plans each month.", 94)
        page.words += _line(str(n), 800, 8)
        pages.append(page)
    doc = document_from_layouts(pages, {}, path=Path("alike.pdf"), doc_id=None)
    assert [int(v) for v in re.findall(r"In (\d+)%", doc.text)] == [45, 52, 38, 61, 45]
    assert "Northfield audit report" not in doc.text  # the header differs by its page number only
    assert doc.metadata["headers"][0] == "Northfield audit report - page 1"
    assert doc.metadata["footers"] == ["1", "2", "3", "4", "5"]


def test_a_figure_line_identical_on_most_pages_is_furniture_but_not_on_a_few() -> None:
    def doc(repeat_on: int):  # type: ignore[no-untyped-def]
        pages = []
        for n in range(1, 7):
            page = PageLayout(number=n, width=595, height=842)
            first = "Target: 80% of visits on time" if n <= repeat_on else f"Finding {n} of the audit is below."
            page.words += _line(first, 30, 8)
            page.words += _line(f"Body text of page {n} about plans and visits.", 100)
            pages.append(page)
        return document_from_layouts(pages, {}, path=Path("t.pdf"), doc_id=None)

    assert "Target: 80%" not in doc(4).text  # on 4 of 6 pages: furniture
    assert doc(2).text.count("Target: 80% of visits on time") == 2  # on 2 of 6: content


def test_pages_holding_only_repeated_lines_keep_them(tmp_path: Path) -> None:
    pages = [PageLayout(number=n, width=595, height=842, words=_line("In 45% of cases plans were SMART.", 80)) for n in (1, 2, 3)]
    doc = document_from_layouts(pages, {}, path=Path("same.pdf"), doc_id=None)
    assert doc.text.count("In 45% of cases plans were SMART.") == 3
    assert any("repeat" in w for w in doc.warnings)


@pytest.fixture(scope="module")
def alike_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    path = tmp_path_factory.mktemp("alike") / "long-report.pdf"
    return path, alike_pages_pdf(path, pages=300)


@pytest.mark.parametrize("reader", PDF_READERS)
def test_300_page_pdf_whose_pages_start_alike_gives_every_figure(alike_pdf: tuple[Path, list[int]], reader: str) -> None:
    path, figures = alike_pdf
    doc = read_document(path, reader=reader)
    assert len(doc.pages) == 300
    assert [int(v) for v in re.findall(r"In (\d+)% of the cases audited", doc.text)] == figures
    assert ALIKE_HEADER not in doc.text and "Page 7 of 300" not in doc.text
    assert doc.metadata["headers"] == [ALIKE_HEADER]
    found = [f.value for f in extract(doc) if f.value is not None]
    assert sorted(found) == sorted(float(v) for v in figures)


# --- rotated pages ------------------------------------------------------------------------


@pytest.mark.parametrize("reader", PDF_READERS)
def test_rotated_pages_read_in_reading_order_with_their_figures(tmp_path: Path, reader: str) -> None:
    doc = read_document(rotated_pages_pdf(tmp_path / "rotated.pdf"), reader=reader)
    assert [h.text for h in doc.headings] == ["CHRONOLOGY", "ASSESSMENT", "PLANNING", "VISITING", "SUPERVISION"]
    for rotation, value in ROTATED_PAGES.items():
        assert f"In {value}% of cases the" in doc.text, rotation
    assert "In 85% of cases supervision was regular and reflective." in doc.text
    assert "desserp" not in doc.text and ".esac" not in doc.text  # nothing backwards
    assert [p.number for p in doc.pages if doc.page_at(p.start) == p.number] == [1, 2, 3, 4, 5]
    assert any("page(s) 5" in w and "turned" in w for w in doc.warnings)
    values = {f.value for f in extract(doc) if f.value is not None}
    assert values == {41.0, 52.0, 63.0, 74.0, 85.0}


# --- tables nested in Word table cells ----------------------------------------------------


def test_grade_tables_nested_in_table_cells_give_their_figures_and_teams(tmp_path: Path) -> None:
    doc = read_document(nested_table_docx(tmp_path / "nested.docx"))
    assert "Team | Good | Requires Improvement | Inadequate\nPACT | 60% | 30% | 10%\nEarly Help | 55% | 35% | 10%" in doc.text
    assert "Safeguarding Team Good | 48%\nSafeguarding Team Inadequate | 12%" in doc.text
    found = {(f.teams[0] if f.teams else None, f.grade, f.value) for f in extract(doc) if f.value is not None}
    for team, (good, ri, inadequate) in NESTED_GRADES.items():
        assert {(team, "good", good), (team, "requires_improvement", ri), (team, "inadequate", inadequate)} <= found
    assert {v for _, _, v in found} >= {48.0, 12.0}


def test_deeply_nested_tables_stop_at_a_depth(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Nested Tables Report 2021", style="Title")
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    for level in range(20):
        inner = cell.add_table(rows=1, cols=2)
        inner.cell(0, 0).text = f"Level {level}"
        cell = inner.cell(0, 1)
    path = tmp_path / "deep.docx"
    d.save(str(path))
    doc = read_document(path)
    assert "Level 0" in doc.text and "Level 7" in doc.text and "Level 8" not in doc.text
    assert doc.warnings == ["1 table(s) nested more than 8 levels deep left out, with any tables inside them"]


# --- UTF-16 and UTF-32 text ---------------------------------------------------------------


def test_notepad_unicode_report_is_read_with_its_figures() -> None:
    path = DATA / "issue9-utf16-notepad.txt"
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    doc = read_document(path)
    assert doc.title == "Quarterly Audit Report 2022"
    assert "In 47% of cases the plan was SMART – an improvement." in doc.text
    assert {f.value for f in extract(doc) if f.value is not None} == {47.0, 30.0}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_and_without_a_mark(tmp_path: Path, encoding: str) -> None:
    text = (DATA / "issue9-utf16-notepad.txt").read_bytes().decode("utf-16")  # line ends kept as written
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == read_document(DATA / "issue9-utf16-notepad.txt").text


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 64, b"PK\x00\x00" + bytes(range(256)) * 4, b"\xff\xfe" + b"\x00\xd8" * 8])
def test_binary_and_broken_unicode_stay_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    with pytest.raises(NotTextError, match="odd.txt"):
        read_document(path)


# --- odd things given as a path -----------------------------------------------------------


def test_odd_paths_get_named_errors(tmp_path: Path) -> None:
    (tmp_path / "folder.pdf").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "gone.pdf")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    cases = {
        "folder.pdf": (UnsupportedFormatError, "folder"),
        "pipe.txt": (UnsupportedFormatError, "pipe"),
        "dangling.pdf": (MissingFileError, "broken link"),
        "loop.txt": (ReaderError, "symbolic links"),
        "x" * 300 + ".txt": (ReaderError, "too long"),
        "nul\x00byte.txt": (MissingFileError, "not a valid path"),
    }
    for name, (error, words) in cases.items():
        with pytest.raises(error, match=words) as info:
            read_document(tmp_path / name)
        assert info.value.path == str(tmp_path / name)
    with pytest.raises(UnsupportedFormatError, match="device"):
        read_document("/dev/null")


def test_os_errors_while_reading_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Audit 2021\n\nIn 40% of cases plans were SMART.\n", encoding="utf-8")

    def refuse(self, *a, **k):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ReaderError, match="Permission denied") as info:
        read_document(path)
    assert type(info.value) is ReaderError and info.value.path == str(path)


def test_a_leading_or_trailing_count_is_a_page_number_only_when_it_counts_the_pages() -> None:
    pages = []
    counts = [12, 7, 30, 12, 9, 15]
    for n, count in enumerate(counts, start=1):
        page = PageLayout(number=n, width=595, height=842)
        page.words += _line(f"{n + 2} Northfield Council", 30, 8)  # printed numbers start at 3 (a cover, a contents page)
        page.words += _line(f"{count} plans were late this month.", 80)
        page.words += _line(f"{count * 3}% of visits were on time", 94)
        pages.append(page)
    doc = document_from_layouts(pages, {}, path=Path("counts.pdf"), doc_id=None)
    assert [int(v) for v in re.findall(r"(\d+) plans were late", doc.text)] == counts
    assert [int(v) for v in re.findall(r"(\d+)% of visits", doc.text)] == [c * 3 for c in counts]
    assert "Northfield Council" not in doc.text
    assert doc.metadata["headers"][:2] == ["3 Northfield Council", "4 Northfield Council"]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_ruled_tables_on_rotated_and_sideways_pages(tmp_path: Path, reader: str) -> None:
    doc = read_document(rotated_table_pdf(tmp_path / "rotated-table.pdf"), reader=reader)
    assert [t.rows for t in doc.tables] == [ROTATED_TABLE] * 3
    assert [t.page for t in doc.tables] == [1, 2, 3]
    found = [(f.teams[0], f.grade, f.value) for f in extract(doc) if f.rule.startswith("table:")]
    assert found == [("PACT", "good", 64.0), ("PACT", "inadequate", 9.0), ("Early Help", "good", 58.0), ("Early Help", "inadequate", 12.0)] * 3
