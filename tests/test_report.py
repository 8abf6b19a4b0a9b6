"""The HTML and Excel report: self-contained, escaped, charts present, counts linked to evidence."""
from __future__ import annotations

import re

import openpyxl
import pytest

from focusfive_nlp.dataset import FindingsDataset
from focusfive_nlp.errors import FocusFiveError
from focusfive_nlp.findings import Finding
from focusfive_nlp.report import write_report

EVIL = 'Plans were not SMART <script>alert("x")</script> & "quoted".'


def F(year, section, text, polarity="improvement", themes=(), teams=(), value=None, grade=None, q=None, act=None):
    return Finding(
        doc_id=f"r{year}", source=f"r{year}.pdf", section=section, section_heading=section, text=text,
        start_char=5, end_char=5 + len(text), rule="test", polarity=polarity, report_year=year, themes=list(themes),
        teams=list(teams), value=value, grade=grade, grade_qualifier=q, audit_activity=act, page=2,
        figure_kind="result" if value is not None else None,
    )


@pytest.fixture(scope="module")
def ds() -> FindingsDataset:
    return FindingsDataset.from_findings([
        F(2020, "planning", "Plans lacked timescales.", themes=["smart_planning"], teams=["PACT"]),
        F(2021, "planning", EVIL, themes=["smart_planning"], teams=["PACT"]),
        F(2021, "visiting", "Children were seen alone.", "strength", themes=["voice_of_child"], teams=["LAC"]),
        F(2020, "planning", "40% Good or above.", "strength", value=40, grade="good", q="or_above", act="Fostering Audit"),
        F(2021, "planning", "48% Good or above.", "strength", value=48, grade="good", q="or_above", act="Fostering Audit"),
    ])


@pytest.fixture(scope="module")
def html(ds, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(ds, path)
    return path.read_text(encoding="utf-8")


def test_report_text_is_escaped(html):
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;quoted&#34;." in html


def test_self_contained_with_charts(html):
    assert "<script src=" not in html  # plotly.js inline, no CDN
    assert html.count("Plotly.newPlot") >= 3
    for chart in ("chart-heatmap", "chart-grades", "chart-teams"):
        assert f'id="{chart}"' in html


def test_counts_link_to_evidence_anchors(html):
    links = set(re.findall(r'href="#(ev-\d+)"', html))
    targets = set(re.findall(r'<details id="(ev-\d+)"', html))
    assert links and links <= targets
    # the 2021 SMART planning improvement count links to the (folded) block holding its sentence
    block = re.search(r'<details id="(ev-\d+)">\s*<summary>Theme: SMART planning, 2021, area for improvement', html)
    assert block
    body = html.split(f'<details id="{block.group(1)}">', 1)[1].split("</details>", 1)[0]
    assert "&lt;script&gt;" in body and "r2021.pdf, page 2" in body
    assert f'href="#{block.group(1)}"' in html
    # its way back is to the count that opened it, not to the top of the page
    back = re.search(r'href="#(from-ev-\d+)" class="back"', body)
    assert back and f'id="{back.group(1)}"' in html


def test_grade_change_shown_in_points(html):
    assert "+8 pts" in html and "48%" in html


def test_xlsx_report_sheets(ds, tmp_path):
    path = write_report(ds, tmp_path / "report.xlsx")
    wb = openpyxl.load_workbook(path)
    for sheet in ("summary", "themes by year", "grade trends", "recurring", "findings", "evidence", "documents", "errors"):
        assert sheet in wb.sheetnames
    ev = wb["evidence"]
    header = [c.value for c in ev[1]]
    texts = {row[header.index("text")] for row in ev.iter_rows(min_row=2, values_only=True)}
    assert EVIL in texts  # kept as plain text in the workbook


def test_unknown_report_format(ds, tmp_path):
    with pytest.raises(FocusFiveError, match="unknown report format"):
        write_report(ds, tmp_path / "report.pdf")


def test_empty_dataset_report(tmp_path):
    path = write_report(FindingsDataset.from_findings([]), tmp_path / "empty.html")
    assert "No data for this chart." in path.read_text(encoding="utf-8")


def test_corpus_report(tmp_path):
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "corpus" / "gold.jsonl"
    corpus = FindingsDataset.from_annotations(gold)
    html = write_report(corpus, tmp_path / "corpus.html").read_text(encoding="utf-8")
    recurring_table = html.split('id="table-recurring"', 1)[1].split("</table>", 1)[0]
    assert re.search(r"<td class=\"\">SMART planning</td><td class=\"\">2018, 2019, 2020, 2021</td>", recurring_table)
    assert "last raised 2021" in recurring_table
    assert ">Timeliness</td><td class=\"\">2018, 2019, 2020, 2021, 2022, 2023<" in recurring_table
    new_gone = html.split('id="table-new-gone"', 1)[1].split("</table>", 1)[0]
    # 2023 against 2022: drift_delay no longer raised; risk_analysis new
    assert re.search(r">Drift and delay</td><td class=\"\">no longer raised<", new_gone)
    assert re.search(r">Risk analysis</td><td class=\"\">new<", new_gone)
    grades = html.split('id="table-grades"', 1)[1].split("</table>", 1)[0]
    pact = [r for r in grades.split("<tr>") if ">PACT<" in r and ">Planning<" in r][0]
    assert ">46%</a>" in pact and ">55.6%</a>" in pact and "+9.6 pts" in pact  # 2023 against 2022
