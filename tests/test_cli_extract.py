"""The `focusfive extract` and `focusfive evaluate` commands: outputs by extension, folders
with bad files, clear one-line errors without tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from focusfive_nlp.cli import app
from focusfive_nlp.findings import FIELD_NAMES

REPORT = """Audit Findings Report 2021

PLANS

- 36 of 70 plans were graded Good or better.
- Plans were not SMART.

VISITING

- 86% of children were seen in accordance with agreed visit frequency.
- The Youth Offending Team struggled to capture the voice of the child.
"""


def invoke(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result


@pytest.fixture()
def good_report(tmp_path):
    path = tmp_path / "in" / "audit-2021.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_extract_writes_each_format(tmp_path, good_report, suffix):
    out = tmp_path / f"findings{suffix}"
    result = invoke("extract", good_report, "--out", out, "--jobs", 1, "--no-progress")
    assert result.exit_code == 0, result.output
    assert out.is_file()
    if suffix == ".jsonl":
        frame = pd.read_json(out, lines=True)
    elif suffix == ".csv":
        frame = pd.read_csv(out)
    else:
        frame = pd.read_parquet(out)
    assert set(FIELD_NAMES) <= set(frame.columns)
    assert len(frame) >= 4
    values = sorted(v for v in frame["value"].dropna())
    assert values == [51.4, 86.0]
    assert set(frame["doc_id"]) == {"audit-2021"}
    assert set(frame["report_year"]) == {2021}
    assert set(frame["section"]) == {"planning", "visiting"}


def test_jsonl_is_one_finding_a_line_with_every_field(tmp_path, good_report):
    out = tmp_path / "f.jsonl"
    assert invoke("extract", good_report, "--out", out, "--jobs", 1, "--no-progress").exit_code == 0
    text = good_report.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows
    for row in rows:
        assert set(FIELD_NAMES) <= set(row)
        assert text[row["start_char"]:row["end_char"]] == row["text"]
    yot = [r for r in rows if r["teams"] == ["YOT"]]
    assert yot and yot[0]["polarity"] == "improvement"


def test_unknown_out_extension_is_an_error(tmp_path, good_report):
    out = tmp_path / "findings.xlsx"
    result = invoke("extract", good_report, "--out", out, "--jobs", 1, "--no-progress")
    assert result.exit_code != 0
    assert ".xlsx" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_folder_with_good_and_bad_file(tmp_path, good_report):
    bad = good_report.parent / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\x03binary\x00\xff" * 20)
    out = tmp_path / "f.jsonl"
    result = invoke("extract", good_report.parent, "--out", out, "--jobs", 1, "--no-progress")
    assert result.exit_code == 0, result.output
    assert "broken.txt" in result.output
    assert "Traceback" not in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["doc_id"] for r in rows} == {"audit-2021"}


def test_missing_file_subprocess_has_no_traceback(tmp_path):
    out = tmp_path / "f.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "focusfive_nlp", "extract", str(tmp_path / "no-such-report.txt"), "--out", str(out),
         "--jobs", "1", "--no-progress"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = [line for line in proc.stderr.splitlines() if "no-such-report.txt" in line]
    assert len(lines) == 1, proc.stderr
    assert "not found" in lines[0].lower()


def test_missing_file_cli_runner(tmp_path):
    result = invoke("extract", tmp_path / "gone.txt", "--out", tmp_path / "f.jsonl", "--jobs", 1, "--no-progress")
    assert result.exit_code != 0
    assert "gone.txt" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_year_option(tmp_path, good_report):
    out = tmp_path / "f.jsonl"
    assert invoke("extract", good_report, "--out", out, "--year", 1999, "--jobs", 1, "--no-progress").exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["report_year"] for r in rows} == {1999}


def test_teams_option(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Audit Report 2022\n\nPLANS\n\n- Plans in the blue team were not SMART.\n", encoding="utf-8")
    lexicon = tmp_path / "teams.yaml"
    lexicon.write_text("teams:\n  - name: Blue Team\n    aliases: [blue team]\n", encoding="utf-8")
    out = tmp_path / "f.jsonl"
    result = invoke("extract", report, "--out", out, "--teams", lexicon, "--jobs", 1, "--no-progress")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["teams"] for r in rows] == [["Blue Team"]]


def test_build_takes_a_team_lexicon_too(tmp_path):
    report = tmp_path / "in" / "r.txt"
    report.parent.mkdir()
    report.write_text("Audit Report 2022\n\nPLANS\n\n- Plans in the blue team were not SMART.\n", encoding="utf-8")
    lexicon = tmp_path / "teams.yaml"
    lexicon.write_text("teams:\n  - name: Blue Team\n    aliases: [blue team]\n", encoding="utf-8")
    out = tmp_path / "ds"
    result = invoke("build", report.parent, "--out", out, "--teams", lexicon, "--jobs", 1, "--no-progress")
    assert result.exit_code == 0, result.output
    findings = pd.read_parquet(out / "findings.parquet")
    assert [list(t) for t in findings["teams"]] == [["Blue Team"]]


def test_bad_teams_option_is_one_line_error(tmp_path, good_report):
    lexicon = tmp_path / "bad-teams.yaml"
    lexicon.write_text("teams:\n  - name: X\n    aliases: [no]\n", encoding="utf-8")
    result = invoke("extract", good_report, "--out", tmp_path / "f.jsonl", "--teams", lexicon, "--jobs", 1, "--no-progress")
    assert result.exit_code != 0
    assert "bad-teams.yaml" in result.output
    assert "Traceback" not in result.output


def test_evaluate_prints_scores(tmp_path, good_report):
    gold = good_report.parent / "gold.jsonl"
    findings = [
        {"section": "planning", "value": 51.4, "grade": "good", "grade_qualifier": "or_above", "teams": [],
         "polarity": "strength", "themes": [], "quote": "36 of 70 plans"},
        {"section": "planning", "value": None, "teams": [], "polarity": "improvement", "themes": ["smart_planning"],
         "quote": "Plans were not SMART"},
        {"section": "visiting", "value": 86, "grade": None, "grade_qualifier": None, "teams": [], "polarity": "strength",
         "themes": ["timeliness"], "quote": "86% of children"},
        {"section": "visiting", "value": None, "teams": ["YOT"], "polarity": "improvement", "themes": ["voice_of_child"],
         "quote": "The Youth Offending Team struggled"},
    ]
    gold.write_text(json.dumps({"doc": "audit-2021.txt", "report_year": 2021, "findings": findings}) + "\n", encoding="utf-8")
    result = invoke("evaluate", gold, "--jobs", 1)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 6, result.stdout
    assert lines[0].split()[:4] == ["score", "precision", "recall", "f1"]
    names = [line.split()[0] for line in lines[1:]]
    assert names == ["figures", "graded_figures", "figure_polarity", "team_mentions", "themes"]
    scores = {line.split()[0]: float(line.split()[3]) for line in lines[1:]}
    assert scores["figures"] == 1.0
    assert scores["graded_figures"] == 1.0
    assert scores["figure_polarity"] == 1.0
    assert scores["team_mentions"] == 1.0


def test_evaluate_missing_gold(tmp_path):
    result = invoke("evaluate", tmp_path / "nogold.jsonl")
    assert result.exit_code != 0
    assert "nogold.jsonl" in result.output


@pytest.mark.parametrize("command", ["extract", "build"])
def test_unwritable_output_is_a_one_line_error(tmp_path, good_report, command):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / ("f.jsonl" if command == "extract" else "ds")
    proc = subprocess.run([sys.executable, "-m", "focusfive_nlp", command, str(good_report), "--out", str(out), "--jobs", "1",
                           "--no-progress"], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "not-a-folder" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("command", ["extract", "build"])
def test_an_empty_folder_is_an_error_not_an_empty_result(tmp_path, command):
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = invoke(command, empty, "--out", tmp_path / ("f.jsonl" if command == "extract" else "ds"), "--no-progress")
    assert result.exit_code != 0
    assert "no files found" in result.output
