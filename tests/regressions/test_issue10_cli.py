"""Issue 10: the command line. Version, help, formats, filters checked against the lexicons,
options checked before extraction, one count of reports, starter lexicons."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from focusfive_nlp.cli import app

ARCHIVE = Path(__file__).parent / "data" / "issue10-archive"
COMMANDS = ("extract", "build", "query", "compare", "report", "export", "evaluate", "init")
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "dataset"
    assert run("build", ARCHIVE, "--out", out, "--jobs", 1, "--no-progress").exit_code == 0
    return out


def test_version():
    from focusfive_nlp import __version__

    res = run("--version")
    assert res.exit_code == 0 and __version__ in res.output


def test_plain_focusfive_prints_help_and_succeeds():
    res = subprocess.run([sys.executable, "-m", "focusfive_nlp"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "Usage" in res.stdout and "extract" in res.stdout and "Examples" in res.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_has_examples_and_no_python_types(command):
    res = run(command, "--help")
    assert res.exit_code == 0
    assert "Examples:" in res.output and f"focusfive {command}" in res.output
    assert "<list[" not in res.output and "<bool>" not in res.output and "<path>" not in res.output


@pytest.mark.parametrize("command", ["extract", "build", "query", "compare", "report", "export", "evaluate"])
def test_no_progress_everywhere(command):
    assert "--no-progress" in run(command, "--help").output


def test_query_formats_full_evidence_source_and_years(dataset):
    res = run("query", dataset, "--format", "json")
    rows = json.loads(res.stdout)
    assert rows and {"organisation", "report_year", "source", "text"} <= set(rows[0])
    years = [(r["organisation"], r["report_year"]) for r in rows]
    assert years == sorted(years)  # by organisation, then year
    csv = pd.read_csv(io.StringIO(run("query", dataset, "--format", "csv").stdout))
    assert len(csv) == len(rows)
    table = run("query", dataset, "--theme", "management_oversight", "--full").output
    assert "Managers did not always record their oversight of plans" in table
    assert "northshire-audit-findings-2021.txt" in table  # the source column


@pytest.mark.parametrize("option, value, valid", [
    ("--theme", "nonsense", "smart_planning"), ("--polarity", "good", "improvement"),
    ("--section", "plannning", "planning"), ("--grade", "great", "requires_improvement"),
])
def test_unknown_filter_values_list_the_valid_keys(dataset, option, value, valid):
    res = run("query", dataset, option, value)
    assert res.exit_code == 2
    assert repr(value) in res.output and valid in res.output and "(no rows)" not in res.output


def test_compare_unknown_section_is_an_error(dataset):
    res = run("compare", dataset, "--section", "nowhere")
    assert res.exit_code == 2 and "chronology" in res.output


@pytest.fixture()
def no_extraction(monkeypatch):
    def refuse(*a, **k):
        pytest.fail("extraction started before the options were checked")

    monkeypatch.setattr("focusfive_nlp.batch.extract_paths", refuse)
    monkeypatch.setattr("focusfive_nlp.dataset.core.extract_paths", refuse)


@pytest.mark.parametrize("args, message", [
    (["extract", ARCHIVE, "--out", "x.txt"], "unknown output format .txt"),
    (["build", ARCHIVE, "--out", "ds.json"], "unknown dataset format .json"),
    (["report", ARCHIVE, "--out", "r.pdf"], "unknown report format .pdf"),
    (["export", ARCHIVE, "--out", "a.zip"], "unknown export format .zip"),
    (["compare", ARCHIVE, "--out", "c.txt"], "unknown output format .txt"),
])
def test_outputs_checked_before_any_extraction(tmp_path, monkeypatch, no_extraction, args, message):
    monkeypatch.chdir(tmp_path)
    res = run(*args)
    assert res.exit_code == 2 and message in res.output
    assert not any(tmp_path.iterdir())


def test_bad_lexicon_on_a_multi_file_run_is_one_named_error(tmp_path, no_extraction):
    bad = tmp_path / "teams.yaml"
    bad.write_text("teams:\n  - name: [unclosed\n", encoding="utf-8")
    res = run("extract", ARCHIVE, "--out", tmp_path / "f.jsonl", "--teams", bad, "--jobs", 2)
    assert res.exit_code == 2 and str(bad) in res.output
    assert "BrokenProcessPool" not in res.output and "Traceback" not in res.output


def test_a_yaml_no_key_names_the_users_file(tmp_path):
    bad = tmp_path / "sections.yaml"
    bad.write_text("sections:\n  planning: [plan]\nno: [x]\n", encoding="utf-8")
    res = run("extract", ARCHIVE, "--out", tmp_path / "f.jsonl", "--sections", bad)
    assert res.exit_code == 2 and str(bad) in res.output and "config.cfg" not in res.output
    assert "quotes" in res.output  # and says what to do


def test_a_run_where_every_file_fails_writes_nothing(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "a.pdf").write_bytes(b"not a pdf")
    (bad / "b.docx").write_bytes(b"not a docx")
    for args in (["extract", bad, "--out", tmp_path / "f.jsonl"], ["build", bad, "--out", tmp_path / "ds"]):
        res = run(*args, "--jobs", 1, "--no-progress")
        assert res.exit_code == 1, res.output
        assert "not written" in res.output
    assert not (tmp_path / "f.jsonl").exists() and not (tmp_path / "ds").exists()


def test_extract_and_build_count_reports_the_same_way_and_list_the_other_files(tmp_path):
    ex = run("extract", CORPUS, "--out", tmp_path / "f.jsonl", "--jobs", 1, "--no-progress")
    bu = run("build", CORPUS, "--out", tmp_path / "ds", "--jobs", 1, "--no-progress")
    assert ex.exit_code == 0 and bu.exit_code == 0
    for res in (ex, bu):
        assert "from 6 report(s)" in res.output
        assert "alternate" in res.output and "skipped" in res.output
        assert "focus-five-audit-findings-2019.txt: another format of" in res.output
        assert "README.md: not a report" in res.output


def test_init_writes_starter_lexicons_that_load(tmp_path):
    from focusfive_nlp import extract
    from focusfive_nlp.pipeline import load_pipeline

    res = run("init", tmp_path / "lex")
    assert res.exit_code == 0, res.output
    files = {p.name: p for p in (tmp_path / "lex").iterdir()}
    assert set(files) == {"teams.yaml", "themes.yaml", "sections.yaml"}
    assert all(p.read_text(encoding="utf-8").startswith("#") for p in files.values())  # commented
    nlp = load_pipeline(teams=[files["teams.yaml"]], themes=[files["themes.yaml"]], sections=[files["sections.yaml"]])
    found = extract("Audit 2022\n\nEDUCATION\n\n- The BLT had not started life story work with most children.\n", nlp=nlp)
    assert any(f.section == "education" and "Blue Locality Team" in f.teams and "life_story_work" in f.themes for f in found)
    again = run("init", tmp_path / "lex")
    assert again.exit_code == 2 and "--force" in again.output  # never overwrites silently


def test_readme_library_example_gives_the_planning_section():
    from focusfive_nlp import extract

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert 'extract("Audit findings 2021\\n\\nPLANS\\n\\n- 43% of plans were graded Good or above.", nlp=nlp)' in readme
    findings = extract("Audit findings 2021\n\nPLANS\n\n- 43% of plans were graded Good or above.")
    assert [(f.section, f.value, f.grade, f.report_year) for f in findings] == [("planning", 43.0, "good", 2021)]
