"""FindingsDataset: typed tables, queries, figures, evidence, and save/load in every format."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from focusfive_nlp.dataset import FindingsDataset
from focusfive_nlp.errors import FocusFiveError
from focusfive_nlp.findings import Finding


def F(year, section, text, polarity="improvement", themes=(), teams=(), value=None, grade=None, q=None, act=None, page=None):
    doc = f"report-{year}"
    return Finding(
        doc_id=doc, source=f"/archive/{doc}.pdf", section=section, section_heading=section.title(), text=text,
        start_char=10, end_char=10 + len(text), rule="test", polarity=polarity, report_year=year,
        themes=list(themes), teams=list(teams), value=value, grade=grade, grade_qualifier=q, audit_activity=act,
        figure_kind="result" if value is not None else None, page=page,
    )


SAMPLE = [
    F(2019, "planning", "Plans were not SMART.", themes=["smart_planning"], teams=["PACT"], page=2),
    F(2019, "planning", "In 40% of cases plans were Good or above.", "strength", value=40.0, grade="good", q="or_above", act="'This Child' programme", page=2),
    F(2020, "planning", "Plans were still not SMART; actions slipped.", themes=["smart_planning", "timeliness"], teams=["PACT", "LAC"], page=3),
    F(2020, "planning", "45% of plans were Good or above.", "strength", value=45.0, grade="good", q="or_above", act="'This Child' programme", page=3),
    F(2020, "assessment", "Risk was analysed well <script>alert(1)</script>.", "strength", themes=["risk_analysis"], act="Fostering Audit"),
    F(2022, "planning", "52% of plans were Good or above.", "strength", value=52.0, grade="good", q="or_above", act="'This Child' programme"),
    F(2022, "visiting", "Children were seen alone.", "strength", themes=["voice_of_child"], teams=["LAC"]),
]


@pytest.fixture()
def ds() -> FindingsDataset:
    return FindingsDataset.from_findings(SAMPLE)


def test_typed_columns(ds):
    f = ds.findings
    for col in ("section", "grade", "grade_qualifier", "polarity", "figure_kind"):
        assert isinstance(f[col].dtype, pd.CategoricalDtype), col
    for col in ("report_year", "count", "denominator", "start_char", "end_char", "page"):
        assert str(f[col].dtype) == "Int64", col
    assert str(f["value"].dtype) == "Float64"
    assert f.loc[2, "themes"] == ["smart_planning", "timeliness"]
    assert list(f["finding_id"]) == list(range(len(SAMPLE)))
    assert ds.years == [2019, 2020, 2022]
    # grades keep the scale's order, so sorting by grade is meaningful
    assert list(f["grade"].cat.categories[:2]) == ["outstanding", "good"]


def test_long_tables(ds):
    teams = ds.teams_long
    assert sorted(zip(teams["finding_id"], teams["team"])) == [(0, "PACT"), (2, "LAC"), (2, "PACT"), (6, "LAC")]
    themes = ds.themes_long
    assert set(themes.columns) >= {"finding_id", "theme", "report_year", "section", "polarity"}
    assert len(themes) == 5


def test_documents_derived_from_findings(ds):
    docs = ds.documents.set_index("doc_id")
    assert docs.loc["report-2020", "n_findings"] == 3
    assert docs.loc["report-2022", "report_year"] == 2022
    assert ds.errors.empty


def test_query_filters(ds):
    assert list(ds.query(year=2020)["finding_id"]) == [2, 3, 4]
    assert list(ds.query(year=[2019, 2022], section="planning")["finding_id"]) == [0, 1, 5]
    assert list(ds.query(team="lac")["finding_id"]) == [2, 6]  # case-insensitive
    assert list(ds.query(team=["PACT", "LAC"], polarity="improvement")["finding_id"]) == [0, 2]
    assert list(ds.query(theme="timeliness")["finding_id"]) == [2]
    assert list(ds.query(grade="good", audit_activity="'this child' programme")["finding_id"]) == [1, 3, 5]
    assert list(ds.query(figure=False, polarity="strength")["finding_id"]) == [4, 6]
    assert ds.query(year=2021).empty


def test_figures_per_year_with_change(ds):
    fig = ds.figures(section="planning", grade="good")
    assert list(fig["report_year"]) == [2019, 2020, 2022]
    assert list(fig["value"]) == [40.0, 45.0, 52.0]
    assert fig["change_points"].tolist()[1:] == [5.0, 7.0]
    assert pd.isna(fig["change_points"].iloc[0])
    assert list(fig["previous_year"].iloc[1:]) == [2019, 2020]
    assert list(fig["finding_id"]) == [1, 3, 5]
    assert list(fig["n_figures"]) == [1, 1, 1]
    assert ds.figures("chronolog", section="planning").empty  # measure or text must contain it
    assert len(ds.figures("of plans")) == 2


def test_evidence_behind_a_cell(ds):
    ev = ds.evidence(year=2020, section="planning", theme="smart_planning", polarity="improvement")
    assert ev["text"].tolist() == ["Plans were still not SMART; actions slipped."]
    assert ev.loc[0, "page"] == 3 and ev.loc[0, "start_char"] == 10
    assert ev.loc[0, "source"] == "/archive/report-2020.pdf"
    assert ds.evidence([0, 6])["finding_id"].tolist() == [0, 6]


def test_to_findings_roundtrip(ds):
    assert ds.to_findings() == SAMPLE


@pytest.mark.parametrize("name", ["ds", "ds.parquet", "ds.csv", "ds.xlsx", "ds.sqlite", "ds.duckdb"])
def test_save_load_roundtrip(ds, tmp_path, name):
    path = tmp_path / name
    ds.save(path)
    back = FindingsDataset.load(path)
    pd.testing.assert_frame_equal(back.findings, ds.findings)
    pd.testing.assert_frame_equal(back.documents, ds.documents)
    pd.testing.assert_frame_equal(back.themes_long, ds.themes_long)
    assert back.to_findings() == SAMPLE


def test_parquet_folder_holds_every_table(ds, tmp_path):
    ds.save(tmp_path / "ds")
    assert sorted(p.name for p in (tmp_path / "ds").iterdir()) == [
        "documents.parquet", "errors.parquet", "findings.parquet", "teams.parquet", "themes.parquet"]


def test_sqlite_tables_for_sql_users(ds, tmp_path):
    ds.save(tmp_path / "ds.sqlite")
    con = sqlite3.connect(tmp_path / "ds.sqlite")
    rows = con.execute(
        "SELECT f.report_year, COUNT(*) FROM findings f JOIN teams t ON t.finding_id = f.finding_id "
        "WHERE t.team = 'LAC' GROUP BY f.report_year ORDER BY 1").fetchall()
    con.close()
    assert rows == [(2020, 1), (2022, 1)]


def test_duckdb_tables(ds, tmp_path):
    import duckdb

    ds.save(tmp_path / "ds.duckdb")
    con = duckdb.connect(str(tmp_path / "ds.duckdb"), read_only=True)
    n = con.execute("SELECT COUNT(*) FROM themes WHERE theme = 'smart_planning'").fetchone()[0]
    con.close()
    assert n == 2


def test_excel_sheets(ds, tmp_path):
    import openpyxl

    ds.save(tmp_path / "ds.xlsx")
    book = openpyxl.load_workbook(tmp_path / "ds.xlsx")
    assert book.sheetnames == ["findings", "teams", "themes", "documents", "errors"]
    findings = book["findings"]  # the same workbook layout as a report's: a header a manager can filter
    assert findings.freeze_panes == "A2" and findings["A1"].font.bold
    assert findings.auto_filter.ref.startswith("A1:")


def test_a_dataset_too_large_for_a_workbook_is_a_named_error(ds, tmp_path, monkeypatch):
    from focusfive_nlp import workbook
    from focusfive_nlp.errors import WriteError

    monkeypatch.setattr(workbook, "MAX_ROWS", len(ds.findings) - 1)  # Excel's limit, made small
    with pytest.raises(WriteError, match=r"too many rows for a workbook.*\.duckdb") as info:
        ds.save(tmp_path / "ds.xlsx")
    assert str(tmp_path / "ds.xlsx") in str(info.value)
    assert list(tmp_path.iterdir()) == []  # nothing half-written left
    monkeypatch.setattr(workbook, "MAX_ROWS", len(ds.findings))
    ds.save(tmp_path / "ds.xlsx")  # at the limit it fits


def test_interrupted_save_keeps_previous_dataset(ds, tmp_path, monkeypatch):
    for name in ("ds", "ds.sqlite"):
        path = tmp_path / name
        ds.save(path)
        smaller = FindingsDataset.from_findings(SAMPLE[:2])

        def boom(*a, **k):
            raise KeyboardInterrupt

        monkeypatch.setattr(pd.DataFrame, "to_parquet", boom)
        monkeypatch.setattr(pd.DataFrame, "to_sql", boom)
        with pytest.raises(KeyboardInterrupt):
            smaller.save(path)
        monkeypatch.undo()
        assert len(FindingsDataset.load(path).findings) == len(SAMPLE)
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_save_never_replaces_an_unrelated_folder(ds, tmp_path):
    folder = tmp_path / "my-documents"
    folder.mkdir()
    (folder / "letter.docx").write_bytes(b"precious")
    with pytest.raises(FocusFiveError, match="not replacing it"):
        ds.save(folder)
    assert (folder / "letter.docx").read_bytes() == b"precious"
    empty = tmp_path / "empty"
    empty.mkdir()
    ds.save(empty)
    assert len(FindingsDataset.load(empty)) == len(SAMPLE)


def test_load_errors_are_named(tmp_path):
    with pytest.raises(FocusFiveError, match="dataset not found"):
        FindingsDataset.load(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FocusFiveError, match="not a findings dataset"):
        FindingsDataset.load(tmp_path / "empty")
    (tmp_path / "bad.sqlite").write_bytes(b"not sqlite at all" * 10)
    with pytest.raises(FocusFiveError, match="cannot read dataset"):
        FindingsDataset.load(tmp_path / "bad.sqlite")


def test_from_annotations_locates_quotes(tmp_path):
    text = "Report 2021\n\nPLANS\n\nIn 60% of cases plans were Good or above. Plans were not SMART.\n"
    (tmp_path / "r2021.txt").write_text(text)
    gold = {"doc": "r2021.txt", "report_year": 2021, "findings": [
        {"section": "planning", "value": 60, "grade": "good", "grade_qualifier": "or_above", "teams": [],
         "polarity": "strength", "themes": [], "quote": "In 60% of cases"},
        {"section": "planning", "value": None, "polarity": "improvement", "themes": ["smart_planning"],
         "teams": [], "quote": "Plans were not SMART"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    ds = FindingsDataset.from_annotations(tmp_path / "gold.jsonl")
    f = ds.findings
    assert f["text"].tolist() == ["In 60% of cases", "Plans were not SMART"]
    assert f.loc[0, "start_char"] == text.index("In 60%")
    assert text[f.loc[1, "start_char"]:f.loc[1, "end_char"]] == "Plans were not SMART"
    assert f["report_year"].tolist() == [2021, 2021] and f.loc[0, "value"] == 60.0
    assert ds.documents.loc[0, "status"] == "annotated" and ds.documents.loc[0, "n_findings"] == 2
    # without the report beside it the findings still load, offsets left empty
    (tmp_path / "r2021.txt").unlink()
    again = FindingsDataset.from_annotations(tmp_path / "gold.jsonl")
    assert again.findings["start_char"].isna().all() and len(again) == 2


def test_figures_do_not_average_different_measures():
    ds = FindingsDataset.from_findings([
        F(2020, "supervision", "14% Inadequate.", value=14.0, grade="inadequate"),
        F(2021, "supervision", "11% Inadequate.", value=11.0, grade="inadequate"),
        F(2021, "supervision", "of those, 75% Inadequate for Intervention.", value=75.0, grade="inadequate"),
        F(2022, "supervision", "10% Inadequate.", value=10.0, grade="inadequate"),
        F(2022, "supervision", "Within PACT, 20% Inadequate.", value=20.0, grade="inadequate", teams=["PACT"]),
    ])
    fig = ds.figures(section="supervision")
    service = fig[fig["teams"].isna()]
    assert service["value"].tolist() == [14.0, 11.0, 75.0, 10.0]
    assert service["n_figures"].tolist() == [1, 2, 2, 1]
    assert service["change_points"].isna().all()  # 2021 is ambiguous on both sides
    pact = fig[fig["teams"] == "PACT"]
    assert pact["value"].tolist() == [20.0] and pd.isna(pact["previous_year"].iloc[0])


# ---------------------------------------------------------------- the bundled corpus (values from corpus/gold.jsonl)

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold.jsonl"


@pytest.fixture(scope="module")
def corpus() -> FindingsDataset:
    return FindingsDataset.from_annotations(GOLD)


def test_corpus_queries(corpus):
    sp = corpus.query(theme="smart_planning", polarity="improvement")
    assert sp.groupby("report_year").size().to_dict() == {2018: 2, 2019: 2, 2020: 2, 2021: 3}
    yos = corpus.query(team="YOS", year=2022)
    assert yos["polarity"].astype(str).tolist() == ["strength", "improvement"]
    assert yos["text"].iloc[1].startswith("Turnover of team managers in PACT and the YOS")
    pact = corpus.figures("PACT plans")
    assert pact["value"].tolist() == [27.0, 31.0, 34.6, 46.0, 55.6]
    assert corpus.documents["n_findings"].sum() == len(corpus.findings)


def test_corpus_exports_agree(corpus, tmp_path):
    corpus.save(tmp_path / "corpus.sqlite")
    con = sqlite3.connect(tmp_path / "corpus.sqlite")
    rows = con.execute(
        "SELECT t.report_year, COUNT(*) FROM themes t WHERE t.theme = 'smart_planning' AND t.polarity = 'improvement' "
        "GROUP BY t.report_year ORDER BY 1").fetchall()
    con.close()
    assert rows == [(2018, 2), (2019, 2), (2020, 2), (2021, 3)]
    corpus.save(tmp_path / "corpus.csv")
    back = FindingsDataset.load(tmp_path / "corpus.csv")
    assert back.query(theme="covid_impact", polarity="improvement", year=2020)["text"].str[:14].tolist() == [
        "Virtual visits", "Delays in cour"]
