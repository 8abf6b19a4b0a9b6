"""Issue 9 (two items): chart labels are text, not plotly markup; an annotation's `doc`
cannot reach outside its folder."""
from __future__ import annotations

import json

import pytest

from focusfive_nlp.dataset import FindingsDataset
from focusfive_nlp.errors import FocusFiveError
from focusfive_nlp.evaluation import AnnotationPathError, load_gold
from focusfive_nlp.findings import Finding
from focusfive_nlp.report import render_html

HOSTILE = '<a href="https://example.invalid/x">click</a> programme'


def _findings():
    out = []
    for year, value in ((2020, 40.0), (2021, 50.0)):
        out.append(Finding(doc_id=f"r{year}", source=f"r{year}.txt", section="planning", section_heading="Plans",
                           text=f"{value:g}% of plans were Good or above.", start_char=0, end_char=10, rule="t",
                           polarity="strength", report_year=year, value=value, figure_kind="result", grade="good",
                           grade_qualifier="or_above", audit_activity=HOSTILE, teams=["<b>Team</b>"], themes=["timeliness"]))
        out.append(Finding(doc_id=f"r{year}", source=f"r{year}.txt", section="planning", section_heading="Plans",
                           text="Plans were late.", start_char=20, end_char=36, rule="t", polarity="improvement",
                           report_year=year, themes=["<i>theme</i>"]))  # a council's own theme key, shown as its label
    return out


def test_activity_and_team_names_are_escaped_in_charts():
    from focusfive_nlp.report import _charts

    charts = _charts(FindingsDataset.from_findings(_findings()))
    # plotly's JSON writes <, > and & as \u003c, \u003e and \u0026: decode them to see what plotly gets
    decoded = {k: v.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&").replace("\\u002f", "/").replace('\\"', '"')
               for k, v in charts.items() if v}
    assert set(decoded) == {"heatmap", "grades", "teams"}
    for html in decoded.values():
        assert '<a href="https://example.invalid' not in html and "<b>Team</b>" not in html
    decoded_grades = decoded["grades"].replace("\\u002f", "/")
    assert "&lt;a href=" in decoded_grades and "&lt;/a&gt;" in decoded_grades  # shown as the text it is
    assert "&lt;b&gt;Team&lt;/b&gt;" in decoded["teams"]
    assert "&lt;i&gt;theme&lt;/i&gt;" in decoded["heatmap"] and "<i>theme</i>" not in decoded["heatmap"]
    page = render_html(FindingsDataset.from_findings(_findings()))
    assert '<a href="https://example.invalid' not in page


@pytest.mark.parametrize("doc", ["../../secret.txt", "/etc/passwd", "sub/../../secret.txt"])
def test_annotation_paths_stay_in_their_folder(tmp_path, doc):
    (tmp_path / "secret.txt").write_text("Audit 2020\n\nPLANS\n\n- secret 99% figure.\n", encoding="utf-8")
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({"doc": doc, "findings": [{"quote": "secret", "section": "planning"}]}) + "\n", encoding="utf-8")
    with pytest.raises(AnnotationPathError) as err:
        load_gold(gold)
    assert "gold.jsonl" in str(err.value) and "outside" in str(err.value)
    assert isinstance(err.value, FocusFiveError)
    with pytest.raises(AnnotationPathError):
        FindingsDataset.from_annotations(gold)


def test_annotation_link_out_of_the_folder_is_refused(tmp_path):
    (tmp_path / "secret.txt").write_text("secret\n", encoding="utf-8")
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "report.txt").symlink_to(tmp_path / "secret.txt")
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "report.txt", "findings": []}) + "\n", encoding="utf-8")
    with pytest.raises(AnnotationPathError):
        load_gold(gold)


def test_a_report_beside_its_annotations_still_reads(tmp_path):
    (tmp_path / "r.txt").write_text("Audit 2020\n\nPLANS\n\n- Plans were not SMART.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "r.txt", "report_year": 2020, "findings": [
        {"quote": "Plans were not SMART", "section": "planning", "polarity": "improvement", "themes": ["smart_planning"]}]}) + "\n",
        encoding="utf-8")
    ds = FindingsDataset.from_annotations(gold)
    assert ds.findings["start_char"].tolist() == [21]


def test_cli_names_the_annotation_file(tmp_path):
    from typer.testing import CliRunner

    from focusfive_nlp.cli import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "../x.txt", "findings": []}) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["query", str(gold)])
    assert res.exit_code == 2 and "gold.jsonl" in res.output and "Traceback" not in res.output
