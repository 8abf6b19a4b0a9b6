"""Issue 10: fair comparisons. Parquet findings compare like a dataset; no year is dropped;
rates beside counts; one programme is one series; readable labels."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from focusfive_nlp.cli import app
from focusfive_nlp.compare import compare, keyed
from focusfive_nlp.dataset import FindingsDataset
from focusfive_nlp.findings import Finding

ARCHIVE = Path(__file__).parent / "data" / "issue10-archive"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def finding(doc, year, themes, polarity="improvement", activity=None, **kw):
    return Finding(doc_id=doc, source=f"{doc}.txt", section="planning", section_heading="Plans", text=f"{doc} {themes}",
                   start_char=0, end_char=5, rule="test", polarity=polarity, report_year=year, themes=list(themes),
                   audit_activity=activity, **kw)


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_a_findings_file_from_extract_compares_like_a_dataset(tmp_path, suffix):
    out = tmp_path / f"findings{suffix}"
    assert run("extract", ARCHIVE, "--out", out, "--jobs", 1, "--no-progress").exit_code == 0
    ds_out = tmp_path / "ds"
    assert run("build", ARCHIVE, "--out", ds_out, "--jobs", 1, "--no-progress").exit_code == 0
    from_file = run("compare", out, "--format", "csv")
    from_dataset = run("compare", ds_out, "--format", "csv")
    assert from_file.exit_code == 0, from_file.output
    assert "(no rows)" not in from_file.output
    a, b = pd.read_csv(io.StringIO(from_file.stdout)), pd.read_csv(io.StringIO(from_dataset.stdout))
    assert len(a) > 0
    cols = ["organisation", "report_year", "section", "theme", "n_strength", "n_improvement", "previous_year"]
    pd.testing.assert_frame_equal(a[cols], b[cols])


def test_findings_with_no_year_keep_a_row_of_their_own():
    ds = FindingsDataset.from_findings([finding("a2020", 2020, ["timeliness"]), finding("b", None, ["timeliness"]),
                                        finding("c2021", 2021, ["timeliness"])])
    table = compare(ds, "theme")
    assert table["report_year"].isna().sum() == 1
    unknown = table[table["report_year"].isna()].iloc[0]
    assert unknown["n_improvement"] == 1 and pd.isna(unknown["previous_year"])
    assert table.loc[table["report_year"] == 2021, "previous_year"].iloc[0] == 2020  # the unknown year is no one's previous year
    res = run("compare", _saved(ds), "--by", "theme")
    assert "unknown year" in res.output


def _saved(ds, _n=[0]):
    import tempfile

    _n[0] += 1
    path = Path(tempfile.mkdtemp()) / f"ds{_n[0]}"
    ds.save(path)
    return path


def test_rates_beside_counts_so_a_long_report_is_not_the_worst_year():
    # 2020: one long report with 6 timeliness findings; 2021: two short reports, both raising it once
    long = [finding("long2020", 2020, ["timeliness"]) for _ in range(6)]
    short = [finding("s1-2021", 2021, ["timeliness"]), finding("s2-2021", 2021, ["timeliness"])]
    table = compare(FindingsDataset.from_findings(long + short), "theme")
    y20, y21 = (table[table["report_year"] == y].iloc[0] for y in (2020, 2021))
    assert (y20["n_improvement"], y21["n_improvement"]) == (6, 2)
    assert (y20["n_reports"], y21["n_reports"]) == (1, 2)
    assert (y20["improvement_per_report"], y21["improvement_per_report"]) == (6.0, 1.0)
    assert y20["share_reports_improvement"] == 100.0 and y21["share_reports_improvement"] == 100.0


def test_activity_aliases_make_one_programme_one_series():
    ds = FindingsDataset.from_findings([
        finding("a2019", 2019, ["timeliness"], activity="'This Child' programme"),
        finding("b2020", 2020, ["timeliness"], activity="This Child audit cohort"),
        finding("c2021", 2021, ["timeliness"], activity="this child PROGRAMME"),
        finding("d2021", 2021, ["timeliness"], activity="Fostering Audit activity"),
    ])
    table = compare(ds, "audit_activity")
    assert set(table["audit_activity"]) == {"'This Child' programme", "Fostering Audit"}
    series = table[table["audit_activity"] == "'This Child' programme"]
    assert series["report_year"].tolist() == [2019, 2020, 2021]
    assert series["previous_year"].tolist()[1:] == [2019, 2020]


def test_readable_labels_for_themes_sections_and_grades():
    from focusfive_nlp.labels import grade_label, section_label, theme_label

    assert theme_label("smart_planning") == "SMART planning"
    assert section_label("voice_of_child") == "Voice of the child"
    assert grade_label("requires_improvement", "or_below") == "Requires improvement or below"
    assert theme_label("a_council_theme") == "A council theme"  # a key of a council's own lexicon
    table = compare(FindingsDataset.from_findings([finding("a2019", 2019, ["smart_planning"])]), "theme")
    assert table["label"].tolist() == ["SMART planning"]


def test_keyed_rows_carry_organisation_and_unknown_years():
    ds = FindingsDataset.from_findings([finding("a", None, ["timeliness"], organisation="North")])
    rows = keyed(ds, "theme")
    assert rows["organisation"].tolist() == ["North"] and rows["report_year"].isna().all()
    assert keyed(ds, "theme", known_years=True).empty
