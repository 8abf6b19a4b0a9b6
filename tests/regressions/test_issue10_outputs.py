"""Issue 10: outputs a manager opens. The workbook (bold frozen filtered headers, widths,
years across with links to the evidence, technical columns last) and the HTML report
(share heat map, legible grade panels, folded evidence with a way back)."""
from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from focusfive_nlp.dataset import FindingsDataset
from focusfive_nlp.report import render_html, write_report

ARCHIVE = Path(__file__).parent / "data" / "issue10-archive"
CORPUS_GOLD = Path(__file__).resolve().parents[2] / "corpus" / "gold.jsonl"


@pytest.fixture(scope="module")
def corpus():
    return FindingsDataset.from_annotations(CORPUS_GOLD)


@pytest.fixture(scope="module")
def workbook(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("wb") / "report.xlsx"
    write_report(corpus, path)
    return openpyxl.load_workbook(path)


def test_every_sheet_has_a_bold_frozen_filtered_header(workbook):
    for ws in workbook.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert all(c.font.b for c in ws[1] if c.value is not None), ws.title


def test_widths_fit_the_content(workbook):
    ws = workbook["findings"]
    header = [c.value for c in ws[1]]
    text_col = openpyxl.utils.get_column_letter(header.index("text") + 1)
    year_col = openpyxl.utils.get_column_letter(header.index("report_year") + 1)
    assert ws.column_dimensions[text_col].width >= 40
    assert ws.column_dimensions[year_col].width < 20


def test_technical_columns_last(workbook):
    header = [c.value for c in workbook["findings"][1]]
    tech = [h for h in header if h in ("sha256", "options", "rule", "finding_id", "start_char", "end_char")]
    assert header[-len(tech):] == tech
    doc_header = [c.value for c in workbook["documents"][1]]
    assert doc_header.index("sha256") > doc_header.index("status") and doc_header[-1] in ("options", "processed_at", "seconds", "cached", "warnings", "sha256")


def test_years_across_columns_with_counts_linked_to_their_evidence(workbook):
    ws = workbook["improvement by theme"]
    header = [c.value for c in ws[1]]
    assert header[:1] == ["theme"] and ["2018", "2019", "2020", "2021", "2022", "2023"] == header[1:7]
    evidence = workbook["evidence"]
    ev_header = [c.value for c in evidence[1]]
    linked = 0
    for row in ws.iter_rows(min_row=2):
        key = row[header.index("key")].value
        for cell in row[1:7]:
            if cell.value:
                assert cell.hyperlink is not None and cell.hyperlink.location.startswith("'evidence'!")
                target = evidence[cell.hyperlink.location.split("!")[1]]
                rec = dict(zip(ev_header, [c.value for c in evidence[target.row]]))
                assert rec["key"] == key and rec["report_year"] == header[cell.column - 1] and rec["polarity"] == "improvement"
                linked += 1
    assert linked > 10


def test_readable_labels_in_the_workbook(workbook):
    names = [r[0].value for r in workbook["improvement by theme"].iter_rows(min_row=2)]
    assert "SMART planning" in names and "smart_planning" not in names


@pytest.fixture(scope="module")
def html(corpus):
    return render_html(corpus)


def test_heat_map_is_per_report_and_says_which(html):
    # the corpus has one report a year: findings per report
    assert "improvement findings per report" in html
    from focusfive_nlp.findings import Finding

    rows = [Finding(doc_id=d, source=f"{d}.txt", section="planning", section_heading="Plans", text="Plans were late.",
                    start_char=0, end_char=16, rule="t", polarity="improvement", report_year=y, themes=["timeliness"])
            for d, y in (("a", 2020), ("b", 2020), ("c", 2021))]
    rows.append(Finding(doc_id="d", source="d.txt", section="planning", section_heading="Plans", text="Plans were SMART.",
                        start_char=0, end_char=17, rule="t", polarity="strength", report_year=2021, themes=["smart_planning"]))
    page = render_html(FindingsDataset.from_findings(rows))  # two reports a year: the share of them raising it
    assert "share of each year's reports that raise the theme" in page and "% of reports" in page
    heat = page.split('id="chart-heatmap"', 1)[1]
    assert '"100%"' in heat and '"50%"' in heat  # 2020: both reports; 2021: one of two


def test_grades_legend_one_entry_per_grade_with_its_own_colour(corpus):
    import json

    from focusfive_nlp.report import _charts

    div = _charts(corpus)["grades"]
    data = json.loads(re.search(r"Plotly\.newPlot\(\s*\"chart-grades\",\s*(\[.*?\]),\s*\{", div, re.S).group(1))
    shown = [t for t in data if t.get("showlegend", True)]
    names = [t["name"] for t in shown]
    assert len(names) == len(set(names)) <= 10
    colours = {t["line"]["color"] for t in shown}
    assert len(colours) == len(shown)


def test_evidence_folded_per_cell_with_a_way_back(html):
    blocks = re.findall(r'<details id="(ev-\d+)">', html)
    assert len(blocks) > 20
    assert "(top)" not in html
    for block in blocks[:30]:
        body = html.split(f'<details id="{block}">', 1)[1].split("</details>", 1)[0]
        back = re.search(r'href="#(from-ev-\d+)"', body).group(1)
        assert f'id="{back}"' in html and f'href="#{block}"' in html


def test_unknown_year_column_in_the_tables():
    from focusfive_nlp.findings import Finding

    ds = FindingsDataset.from_findings([
        Finding(doc_id=d, source=f"{d}.txt", section="planning", section_heading="Plans", text=f"Plans were not SMART ({d}).",
                start_char=0, end_char=10, rule="t", polarity="improvement", report_year=y, themes=["smart_planning"])
        for d, y in (("a", 2020), ("b", None))])
    page = render_html(ds)
    table = page.split('id="table-themes-improvement"', 1)[1].split("</table>", 1)[0]
    assert "<th>unknown year</th>" in table


def test_two_organisations_in_the_report(tmp_path):
    ds = FindingsDataset.from_paths([ARCHIVE], jobs=1, progress=False)
    page = render_html(ds)
    table = page.split('id="table-themes-improvement"', 1)[1].split("</table>", 1)[0]
    assert "<th>organisation</th>" in table and ">Northshire<" in table and ">Southvale<" in table


def test_a_findings_csv_from_extract_reads_back_with_its_text_as_written(tmp_path):
    """extract's CSV guards text that looks like a formula; reading that CSV as a dataset undoes it."""
    from focusfive_nlp.cli_dataset import open_dataset
    from focusfive_nlp.export import write_findings
    from focusfive_nlp.findings import Finding

    text = "=SUM(A1) of plans were late; -5 points on last year"
    f = Finding(doc_id="r", source="r.txt", report_year=2023, report_period=None, section="planning",
                section_heading="PLANS", audit_activity=None, period=None, teams=[], value=None, figure_kind=None,
                count=None, denominator=None, grade=None, grade_qualifier=None, measure=None, polarity="improvement",
                themes=["timeliness"], text=text, start_char=0, end_char=len(text), page=None, rule="test")
    path = write_findings([f], tmp_path / "findings.csv")
    assert "'=SUM" in path.read_text(encoding="utf-8")  # guarded on disk
    assert open_dataset(path).findings["text"].tolist() == [text]


def test_list_cells_of_numbers_are_written_as_text(tmp_path):
    import pandas as pd

    from focusfive_nlp.dataset.schema import flat

    assert flat(pd.DataFrame({"ids": [[3, 14], []], "name": ["a", "b"]}))["ids"].tolist() == ["3;14", ""]
