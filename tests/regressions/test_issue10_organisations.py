"""Issue 10: whose report it is. Reports of two councils never join one series."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from focusfive_nlp.cli import app
from focusfive_nlp.dataset import FindingsDataset

ARCHIVE = Path(__file__).parent / "data" / "issue10-archive"  # Northshire 2019, 2021; Southvale 2020, 2022


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("two") / "dataset"
    res = run("build", ARCHIVE, "--out", out, "--jobs", 1, "--no-progress")
    assert res.exit_code == 0, res.output
    return out


def test_the_dataset_names_both_organisations(built):
    ds = FindingsDataset.load(built)
    assert set(ds.documents["organisation"]) == {"Northshire", "Southvale"}
    assert set(ds.findings["organisation"]) == {"Northshire", "Southvale"}
    north = ds.findings[ds.findings["organisation"] == "Northshire"]
    assert set(north["report_year"]) == {2019, 2021}


def test_compare_csv_has_an_organisation_column_and_no_previous_year_from_the_other_council(built):
    res = run("compare", built, "--by", "theme", "--all-sections", "--format", "csv")
    assert res.exit_code == 0, res.output
    table = pd.read_csv(io.StringIO(res.stdout))
    assert "organisation" in table.columns
    years = {"Northshire": {2019, 2021}, "Southvale": {2020, 2022}}
    for row in table.itertuples():
        assert row.report_year in years[row.organisation]
        if not pd.isna(row.previous_year):
            assert int(row.previous_year) in years[row.organisation] and row.previous_year < row.report_year
    # Southvale's first year has no previous year, although Northshire reported the year before
    south_2020 = table[(table["organisation"] == "Southvale") & (table["report_year"] == 2020)]
    assert not south_2020.empty and south_2020["previous_year"].isna().all()
    # Northshire 2021 is compared with Northshire 2019, never with Southvale 2020
    north_2021 = table[(table["organisation"] == "Northshire") & (table["report_year"] == 2021)]
    assert set(north_2021["previous_year"]) == {2019}


def test_new_and_gone_is_per_organisation(built):
    from focusfive_nlp.compare import new_and_gone

    ng = new_and_gone(FindingsDataset.load(built))
    assert set(zip(ng["organisation"], ng["report_year"], ng["previous_year"])) <= {("Northshire", 2021, 2019), ("Southvale", 2022, 2020)}
    assert ("Southvale", "smart_planning", "new") in set(zip(ng["organisation"], ng["theme"], ng["status"]))


def test_organisation_option_names_every_file(tmp_path):
    out = tmp_path / "f.jsonl"
    res = run("extract", ARCHIVE / "Southvale", "--out", out, "--organisation", "Southvale BC", "--jobs", 1, "--no-progress")
    assert res.exit_code == 0, res.output
    assert set(pd.read_json(out, lines=True)["organisation"]) == {"Southvale BC"}


def test_api_organisation_and_manifest(tmp_path):
    flat = tmp_path / "flat"
    flat.mkdir()
    for f in ARCHIVE.rglob("*.txt"):
        shutil.copy(f, flat / f.name)
    (flat / "manifest.csv").write_text(
        "path,organisation,year\n"
        "northshire-audit-findings-2019.txt,Northshire,\n"
        "southvale-audit-findings-2020.txt,Southvale,2019\n", encoding="utf-8")
    ds = FindingsDataset.from_paths([flat], jobs=1, progress=False, manifest=flat / "manifest.csv")
    docs = ds.documents.set_index(ds.documents["source"].map(lambda s: Path(s).name))
    assert docs.loc["northshire-audit-findings-2019.txt", "organisation"] == "Northshire"
    assert docs.loc["southvale-audit-findings-2020.txt", "organisation"] == "Southvale"
    assert docs.loc["southvale-audit-findings-2020.txt", "report_year"] == 2019  # the manifest's year wins
    assert pd.isna(docs.loc["southvale-audit-findings-2022.txt", "organisation"])  # not in the manifest
    named = FindingsDataset.from_paths([flat], jobs=1, progress=False, organisation="Anywhere")
    assert set(named.findings["organisation"]) == {"Anywhere"}


def test_year_folders_are_not_organisations(tmp_path):
    for year in ("2019", "2021"):
        (tmp_path / year).mkdir()
        shutil.copy(ARCHIVE / "Northshire" / f"northshire-audit-findings-{year}.txt", tmp_path / year)
    ds = FindingsDataset.from_paths([tmp_path], jobs=1, progress=False)
    assert ds.findings["organisation"].isna().all()


def test_a_bad_manifest_is_a_named_error_before_extraction(tmp_path, monkeypatch):
    bad = tmp_path / "m.csv"
    bad.write_text("file,council\nx.txt,A\n", encoding="utf-8")
    monkeypatch.setattr("focusfive_nlp.dataset.core.extract_paths", lambda *a, **k: pytest.fail("extraction started"))
    res = run("build", ARCHIVE, "--out", tmp_path / "ds", "--manifest", bad, "--no-progress")
    assert res.exit_code == 2 and "path,organisation" in res.output and "m.csv" in res.output


def test_organisation_is_the_sub_folder_under_an_archive_root(tmp_path):
    from focusfive_nlp.organisation import folder_organisation, organisation_roots

    for rel in ("Eastmoor/2021/audit.txt", "Eastmoor/audit-2022.txt", "Westdale/2020/a.txt", ".trash/old.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    roots = organisation_roots([tmp_path])
    assert roots == [tmp_path.resolve()]
    assert folder_organisation(tmp_path / "Eastmoor/2021/audit.txt", roots) == "Eastmoor"
    assert folder_organisation(tmp_path / "Westdale/2020/a.txt", roots) == "Westdale"
    assert folder_organisation(tmp_path / ".trash/old.txt", roots) is None  # hidden folders are no organisation
    assert folder_organisation(tmp_path.parent / "elsewhere.txt", roots) is None


def test_a_folder_of_years_or_with_loose_reports_is_no_organisation_root(tmp_path):
    from focusfive_nlp.organisation import organisation_roots

    (tmp_path / "years" / "2021").mkdir(parents=True)
    (tmp_path / "loose" / "Eastmoor").mkdir(parents=True)
    (tmp_path / "loose" / "report.txt").write_text("x", encoding="utf-8")
    assert organisation_roots([tmp_path / "years", tmp_path / "loose"]) == []
