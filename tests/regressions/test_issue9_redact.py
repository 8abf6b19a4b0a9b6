"""Issue 9: evidence text carried personal names (officers in minutes, children and carers in
case audits). With --redact / redact=True no name reaches any output, and every figure stays."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from focusfive_nlp import extract
from focusfive_nlp.cli import app
from focusfive_nlp.dataset import FindingsDataset
from focusfive_nlp.errors import ConfigError
from focusfive_nlp.redact import Redactor, redactor
from focusfive_nlp.report import write_report

DATA = Path(__file__).parent / "data"
# The personal names written into each document, in the places the genre puts them.
NAMES = {
    "issue9-redact-minutes.txt": ["Okafor", "Whitfield", "Dunphy", "Anne Marie", "Linda", "Kowalski", "Tomasz",
                                  "Nowak", "Gemma", "Stroud", "Priya"],
    "issue9-redact-case-audit.txt": ["Jayden", "Adeyemi", "Chloe", "Harrington", "Amelia", "Daniel", "Frost",
                                     "Sarah", "Mensah"],
}


def _figures(findings):
    return sorted((f.section, f.value, f.grade, f.grade_qualifier, f.polarity) for f in findings if f.value is not None)


@pytest.mark.parametrize("name", sorted(NAMES))
def test_no_name_in_redacted_evidence_and_findings_unchanged(name, nlp):
    text = (DATA / name).read_text(encoding="utf-8")
    plain = extract(text, nlp=nlp)
    redacted = extract(text, nlp=nlp, redact=True)
    evidence = " ".join(f.text for f in plain)
    assert [n for n in NAMES[name] if n in evidence], "the document's evidence names people to begin with"
    for f in redacted:
        for n in NAMES[name]:
            assert n not in f.text, (n, f.text)
    assert _figures(redacted) == _figures(plain) and _figures(plain)
    assert [(f.start_char, f.end_char, f.themes, f.teams, f.rule) for f in redacted] == \
           [(f.start_char, f.end_char, f.themes, f.teams, f.rule) for f in plain]


@pytest.fixture()
def archive(tmp_path):
    """A folder holding the test documents that name people."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_every_output_of_a_redacted_build_is_free_of_names(tmp_path, archive):
    runner = CliRunner()
    outs = {"jsonl": tmp_path / "f.jsonl", "parquet": tmp_path / "ds", "xlsx": tmp_path / "ds.xlsx"}
    r = runner.invoke(app, ["extract", str(archive), "--out", str(outs["jsonl"]), "--redact", "--jobs", "1", "--no-progress"])
    assert r.exit_code == 0, r.output
    for key in ("parquet", "xlsx"):
        r = runner.invoke(app, ["build", str(archive), "--out", str(outs[key]), "--redact", "--jobs", "1", "--no-progress"])
        assert r.exit_code == 0, r.output
    ds = FindingsDataset.load(outs["parquet"])
    html = write_report(ds, tmp_path / "report.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(outs["xlsx"]) as z:
        workbook = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    texts = {
        "jsonl": " ".join(json.loads(line)["text"] for line in outs["jsonl"].read_text(encoding="utf-8").splitlines()),
        "parquet": " ".join(ds.findings["text"].astype(str)),
        "xlsx": workbook,
        "html": html,
    }
    all_names = [n for names in NAMES.values() for n in names]
    for kind, text in texts.items():
        assert "[name]" in text, kind
        leaked = [n for n in all_names if n in text]
        assert not leaked, (kind, leaked)
    values = sorted(v for v in ds.findings["value"].dropna())
    expected = sorted(f.value for name in NAMES for f in extract((DATA / name).read_text(encoding="utf-8")) if f.value is not None)
    assert values == expected


def test_redacted_and_plain_builds_are_cached_apart(tmp_path):
    report = tmp_path / "minutes-2022.txt"
    report.write_text((DATA / "issue9-redact-minutes.txt").read_text(encoding="utf-8"), encoding="utf-8")
    plain = FindingsDataset.from_paths([report], jobs=1, progress=False)
    plain.save(tmp_path / "ds")
    again = FindingsDataset.from_paths([report], jobs=1, progress=False, cache=tmp_path / "ds", redact=True)
    assert again.last_batch.processed == [str(report)]  # not the unredacted findings of the cache
    assert "Linda" not in " ".join(again.findings["text"])


@pytest.mark.parametrize("text", [
    "Child A was seen alone on every visit and Young Person 3 knew their plan.",
    "The RAG rating was Amber for chronologies and Green for visits.",
    "In May 2021 the Early Help and Jigsaw teams were graded Good.",
    "Members asked about drift; the Chair thanked officers for the report.",
    "Plans will be reviewed and managers noted the improvement.",
])
def test_what_is_not_a_name_stays(text):
    assert redactor(True).redact(text) == text


@pytest.mark.parametrize("text, gone, kept", [
    ("Cllr Patel asked whether visits were timely.", "Patel", "Cllr"),
    ("Mrs J. Brown, the carer, said the room was ready.", "Brown", "Mrs"),
    ("Jo Ellis (Service Manager) presented the audit.", "Ellis", "Service Manager"),
    ("Priya explained the plan to the Panel.", "Priya", "explained"),
    ("Will Jones attended; the plan will be reviewed.", "Jones", "will be reviewed"),
])
def test_names_in_the_genre_places_go(text, gone, kept):
    out = redactor(True).redact(text)
    assert gone not in out and kept in out and "[name]" in out


def test_a_council_adds_its_own_names(tmp_path):
    extra = tmp_path / "our_names.yaml"
    extra.write_text("placeholder: '[redacted]'\ngiven_names: [Oyelaran]\n", encoding="utf-8")
    text = "Oyelaran reviewed the files."
    assert redactor(True).redact("The files were reviewed by Oyelaran in Quarter 2.") == \
        "The files were reviewed by Oyelaran in Quarter 2."
    assert redactor([extra]).redact(text) == "[redacted] reviewed the files."


@pytest.mark.parametrize("content, message", [
    ("given_name: [Ann]\n", "unknown keys"),
    ("given_names: [no, yes]\n", "list of words"),
])
def test_a_bad_names_file_is_a_named_error(tmp_path, content, message):
    bad = tmp_path / "names.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        Redactor.from_files([bad])
    assert str(bad) in str(info.value)


def test_a_missing_names_file_fails_before_any_report_is_read(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("PLANS\n\n43% of plans were Good.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(report), "--out", str(tmp_path / "o.jsonl"), "--names", str(tmp_path / "nope.yaml")])
    assert r.exit_code != 0 and "names file not found" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "o.jsonl").exists()


def test_a_redacted_qda_export_holds_no_name_and_keeps_its_selections(tmp_path, archive):
    runner = CliRunner()
    r = runner.invoke(app, ["build", str(archive), "--out", str(tmp_path / "ds"), "--redact", "--jobs", "1", "--no-progress"])
    assert r.exit_code == 0, r.output
    plain = runner.invoke(app, ["export", str(tmp_path / "ds"), "--out", str(tmp_path / "plain.qdpx")])
    assert plain.exit_code == 0 and "add --redact" in plain.output
    r = runner.invoke(app, ["export", str(tmp_path / "ds"), "--out", str(tmp_path / "shared.qdpx"), "--redact"])
    assert r.exit_code == 0, r.output
    all_names = [n for names in NAMES.values() for n in names]
    with zipfile.ZipFile(tmp_path / "plain.qdpx") as z:
        unmasked = " ".join(z.read(n).decode("utf-8") for n in z.namelist())
    assert [n for n in all_names if n in unmasked], "without --redact the report texts name people"
    with zipfile.ZipFile(tmp_path / "shared.qdpx") as z:
        members = {n: z.read(n).decode("utf-8") for n in z.namelist()}
    assert not [n for n in all_names if any(n in text for text in members.values())]
    # every finding is a selection at its offsets, the ones whose evidence names people too
    n_findings = len(FindingsDataset.load(tmp_path / "ds").findings)
    assert members["project.qde"].count("<PlainTextSelection") == n_findings > unmasked.count("<PlainTextSelection")
