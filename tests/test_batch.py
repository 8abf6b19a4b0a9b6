"""Batch runs into a dataset: every file accounted for, named errors, duplicates, and the cache.

"Touched" is asserted through ``BatchResult.processed`` (files actually read and extracted)
and the documents table, never through timing.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from focusfive_nlp.batch import extract_paths
from focusfive_nlp.cli import app
from focusfive_nlp.dataset import FindingsDataset

REPORT_2020 = """Audit Findings Report 2020

CHRONOLOGY

Chronologies were out of date in 52% of cases. Chronologies did not include significant events.

PLANNING

In the 'This Child' programme, 40% of plans were graded Good or above. Plans were not SMART.
"""

REPORT_2021 = """Audit Findings Report 2021

ASSESSMENT

In the Fostering Audit, 60% of assessments were graded Good or above. Analysis of risk was a strength.

PLANNING

Plans were not SMART in PACT and actions were not reviewed.
"""


def make_folder(root: Path) -> dict[str, Path]:
    """Good, duplicate, empty, corrupt, unsupported and hidden files."""
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "a": root / "audit-2020.txt",
        "b": root / "sub" / "audit-2021.md",
        "dup": root / "copy-of-audit-2020.txt",
        "empty": root / "empty.txt",
        "corrupt_pdf": root / "broken.pdf",
        "corrupt_docx": root / "broken.docx",
        "unsupported": root / "notes.xyz",
    }
    files["b"].parent.mkdir(exist_ok=True)
    files["a"].write_text(REPORT_2020, encoding="utf-8")
    files["b"].write_text(REPORT_2021, encoding="utf-8")
    shutil.copy(files["a"], files["dup"])
    files["empty"].write_bytes(b"")
    files["corrupt_pdf"].write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> trailer garbage")
    files["corrupt_docx"].write_bytes(b"this is not a zip package")
    files["unsupported"].write_text("meeting notes")
    (root / ".DS_Store").write_bytes(b"\x00\x01")  # hidden: not an input
    files["readme"] = root / "README.md"
    files["readme"].write_text("# Audit archive\n\nReports of 2020 and 2021. 52% of the files are PDFs.\n")
    return files


@pytest.fixture()
def folder(tmp_path) -> tuple[Path, dict[str, Path]]:
    files = make_folder(tmp_path / "reports")
    return tmp_path / "reports", files


def test_every_file_accounted_for_with_named_errors(folder, tmp_path):
    root, files = folder
    missing = tmp_path / "not-there.pdf"
    ds = FindingsDataset.from_paths([root, missing], jobs=1, progress=False)
    inputs = {str(p) for p in files.values()} | {str(missing)}
    docs, errs = set(ds.documents["source"]), set(ds.errors["source"])
    assert docs | errs == inputs and not docs & errs
    kinds = dict(zip(ds.errors["source"], ds.errors["error"]))
    assert kinds == {
        str(files["empty"]): "EmptyDocumentError",
        str(files["corrupt_pdf"]): "CorruptDocumentError",
        str(files["corrupt_docx"]): "CorruptDocumentError",
        str(files["unsupported"]): "UnsupportedFormatError",
        str(missing): "MissingFileError",
    }
    assert all(m for m in ds.errors["message"])
    # the good files gave findings; the duplicate is recorded but not counted twice
    by_source = ds.documents.set_index("source")
    assert by_source.loc[str(files["a"]), "n_findings"] > 0 and by_source.loc[str(files["b"]), "n_findings"] > 0
    assert by_source.loc[str(files["dup"]), "status"] == "duplicate"
    assert by_source.loc[str(files["readme"]), "status"] == "skipped"  # a folder's README is not a report
    assert by_source.loc[str(files["dup"]), "duplicate_of"] == str(files["a"])
    assert set(ds.findings["source"]) == {str(files["a"]), str(files["b"])}
    assert by_source.loc[str(files["a"]), "sha256"] == by_source.loc[str(files["dup"]), "sha256"]
    assert ds.years == [2020, 2021]


def test_second_run_touches_only_changed_files(folder, tmp_path):
    root, files = folder
    store = tmp_path / "ds"
    first = FindingsDataset.from_paths([root], jobs=1, cache=store, progress=False)
    first.save(store)
    assert sorted(first.last_batch.processed) == sorted(
        str(files[k]) for k in ("a", "b", "empty", "corrupt_pdf", "corrupt_docx", "unsupported"))

    second = FindingsDataset.from_paths([root], jobs=1, cache=store, progress=False)
    assert second.last_batch.processed == []
    assert len(second.last_batch.reused) == 6
    assert second.to_findings() == first.to_findings()
    assert second.documents["cached"].fillna(False).sum() == 2
    assert set(second.errors["source"]) == set(first.errors["source"])  # permanent errors stay recorded
    second.save(store)

    # change one report: only it is extracted again, and its findings replace the old ones
    files["b"].write_text(REPORT_2021.replace("Analysis of risk was a strength.", "Supervision was not recorded."))
    third = FindingsDataset.from_paths([root], jobs=1, cache=store, progress=False)
    assert third.last_batch.processed == [str(files["b"])]
    b_text = " ".join(third.findings.loc[third.findings["source"] == str(files["b"]), "text"])
    assert "Analysis of risk" not in b_text
    a_before = first.findings[first.findings["source"] == str(files["a"])]["text"].tolist()
    assert third.findings[third.findings["source"] == str(files["a"])]["text"].tolist() == a_before
    assert len(third.documents) == 4 and third.documents["source"].is_unique  # a, b, duplicate, README


def test_removed_file_is_kept_and_marked_unless_pruned(folder, tmp_path):
    root, files = folder
    store = tmp_path / "ds.sqlite"
    FindingsDataset.from_paths([files["a"], files["b"]], jobs=1, cache=store, progress=False).save(store)
    files["b"].unlink()
    kept = FindingsDataset.from_paths([files["a"]], jobs=1, cache=store, progress=False)
    assert kept.last_batch.processed == []
    status = dict(zip(kept.documents["source"], kept.documents["status"]))
    assert status == {str(files["a"]): "ok", str(files["b"]): "missing"}
    assert str(files["b"]) in set(kept.findings["source"])
    assert kept.findings["finding_id"].is_unique
    pruned = FindingsDataset.from_paths([files["a"]], jobs=1, cache=store, progress=False, prune=True)
    assert set(pruned.documents["source"]) == {str(files["a"])}
    assert set(pruned.findings["source"]) == {str(files["a"])}


def test_moved_file_reuses_findings_without_double_counting(folder, tmp_path):
    root, files = folder
    store = tmp_path / "ds"
    FindingsDataset.from_paths([files["a"]], jobs=1, cache=store, progress=False).save(store)
    moved = tmp_path / "archive" / files["a"].name
    moved.parent.mkdir()
    shutil.move(files["a"], moved)
    ds = FindingsDataset.from_paths([moved], jobs=1, cache=store, progress=False)
    assert ds.last_batch.processed == [] and ds.last_batch.reused == [str(moved)]
    assert list(ds.documents["source"]) == [str(moved)]
    assert set(ds.findings["source"]) == {str(moved)}


def test_report_in_several_formats_is_read_once(tmp_path):
    root = tmp_path / "renditions"
    root.mkdir()
    (root / "audit-2020.md").write_text(REPORT_2020)
    (root / "audit-2020.txt").write_text(REPORT_2020.replace("\n\n", "\n\n\n"))  # not read: .md is preferred
    (root / "audit-2021.pdf").write_bytes(b"%PDF-1.4 truncated")  # preferred rendition fails ...
    (root / "audit-2021.txt").write_text(REPORT_2021)  # ... so the next one is read
    ds = FindingsDataset.from_paths([root], jobs=1, progress=False)
    status = dict(zip(ds.documents["source"].map(lambda s: Path(s).name), ds.documents["status"]))
    assert status == {"audit-2020.md": "ok", "audit-2020.txt": "alternate", "audit-2021.txt": "ok"}
    alt = ds.documents[ds.documents["status"] == "alternate"].iloc[0]
    assert alt["duplicate_of"] == str(root / "audit-2020.md") and alt["n_findings"] == 0 and alt["format"] == "txt"
    assert ds.errors["error"].tolist() == ["CorruptDocumentError"]
    assert ds.years == [2020, 2021]
    assert sorted(ds.last_batch.processed) == sorted(str(root / n) for n in ("audit-2020.md", "audit-2021.pdf", "audit-2021.txt"))


def test_two_jobs_give_the_same_findings(folder):
    root, files = folder
    good = [files["a"], files["b"], files["empty"]]
    one = extract_paths(good, jobs=1, progress=False)
    two = extract_paths(good, jobs=2, progress=False)
    assert [f.to_dict() for f in two.findings] == [f.to_dict() for f in one.findings]
    assert [e.error for e in two.errors] == ["EmptyDocumentError"]


def test_build_command_with_cache(folder, tmp_path):
    root, files = folder
    out = tmp_path / "ds"
    runner = CliRunner()
    first = runner.invoke(app, ["build", str(root), "--out", str(out), "--jobs", "1", "--no-progress"])
    assert first.exit_code == 0, first.output
    assert "extracted 6, reused 0" in first.output and "1 duplicate" in first.output
    assert "broken.pdf: CorruptDocumentError" in first.output
    again = runner.invoke(app, ["build", str(root), "--out", str(out), "--jobs", "1", "--no-progress"])
    assert again.exit_code == 0 and "extracted 0, reused 6" in again.output
    assert (out / "findings.parquet").exists()
    rep = runner.invoke(app, ["report", str(out), "--out", str(tmp_path / "r.html")])
    assert rep.exit_code == 0 and (tmp_path / "r.html").exists()


def test_build_bad_output_is_a_clear_error(folder, tmp_path):
    root, _ = folder
    (tmp_path / "ds.csv").write_text("a file, not a folder")
    res = CliRunner().invoke(app, ["build", str(root), "--out", str(tmp_path / "ds.csv"), "--jobs", "1", "--no-progress"])
    assert res.exit_code == 2 and "error:" in res.output and "Traceback" not in res.output


def test_changed_settings_or_lexicon_invalidate_the_cache(tmp_path):
    from focusfive_nlp.batch import options_key

    lexicon = tmp_path / "teams.yaml"
    lexicon.write_text("teams:\n  - name: Edge of Care\n")
    before = options_key(None, {"teams": [str(lexicon)]})
    assert options_key(None, {"teams": [str(lexicon)]}) == before
    lexicon.write_text("teams:\n  - name: Edge of Care\n    aliases: [EoC]\n")
    assert options_key(None, {"teams": [str(lexicon)]}) != before
    assert options_key(2020, None) != options_key(None, None)
