"""Year-on-year comparison on a small archive whose answers are worked out by hand.

Archive: 2019, 2020 and 2022 (no 2020 -> 2022 gap year 2021: "previous year" is 2020).
  smart_planning  improvement 2019 (1), 2020 (2), 2022 (1) + a 2022 strength -> recurs, still open
  timeliness      improvement 2019 chronology (1), 2020 chronology + planning (2), none in 2022 -> gone
  risk_analysis   strength 2020, improvement 2022 -> new in 2022
  planning, 'This Child' programme, Good or above: 40 -> 45 -> 52 (+5, +7 points)
  assessment, 'This Child' programme, RI or below: 35 (2020) -> 30 (2022) (-5 points)
"""
from __future__ import annotations

import pandas as pd
import pytest

from focusfive_nlp.compare import cell_evidence, compare, grade_trends, new_and_gone, recurring
from focusfive_nlp.dataset import FindingsDataset
from focusfive_nlp.findings import Finding

TC = "'This Child' programme"


def F(year, section, text, polarity="improvement", themes=(), teams=(), value=None, grade=None, q=None, act=None):
    return Finding(
        doc_id=f"r{year}", source=f"r{year}.txt", section=section, section_heading=section, text=text,
        start_char=0, end_char=len(text), rule="test", polarity=polarity, report_year=year, themes=list(themes),
        teams=list(teams), value=value, grade=grade, grade_qualifier=q, audit_activity=act,
        figure_kind="result" if value is not None else None,
    )


ARCHIVE = [
    F(2019, "planning", "Plans not SMART.", themes=["smart_planning"], teams=["PACT"]),
    F(2019, "chronology", "Chronologies out of date.", themes=["timeliness"]),
    F(2019, "planning", "Actions were progressed.", "strength", themes=["plan_progress"], act=TC),
    F(2019, "planning", "40% Good or above.", "strength", value=40, grade="good", q="or_above", act=TC),
    F(2020, "planning", "Plans still not SMART.", themes=["smart_planning"], teams=["PACT"], act=TC),
    F(2020, "planning", "Plans not SMART and late.", themes=["smart_planning", "timeliness"], act=TC),
    F(2020, "chronology", "Chronologies still out of date.", themes=["timeliness"]),
    F(2020, "assessment", "Risk analysed well.", "strength", themes=["risk_analysis"], teams=["LAC"]),
    F(2020, "planning", "45% Good or above.", "strength", value=45, grade="good", q="or_above", act=TC),
    F(2020, "assessment", "35% RI or below.", "improvement", value=35, grade="requires_improvement", q="or_below", act=TC),
    F(2022, "planning", "Plans were not SMART in PACT.", themes=["smart_planning"], teams=["PACT"]),
    F(2022, "planning", "Most plans were SMART.", "strength", themes=["smart_planning"]),
    F(2022, "assessment", "Risk was not analysed.", themes=["risk_analysis"], teams=["LAC"]),
    F(2022, "planning", "52% Good or above.", "strength", value=52, grade="good", q="or_above", act=TC),
    F(2022, "assessment", "30% RI or below.", "improvement", value=30, grade="requires_improvement", q="or_below", act=TC),
]


@pytest.fixture(scope="module")
def ds() -> FindingsDataset:
    return FindingsDataset.from_findings(ARCHIVE)


def row(df: pd.DataFrame, **keys) -> dict:
    mask = pd.Series(True, index=df.index)
    for k, v in keys.items():
        mask &= df[k] == v
    found = df[mask]
    assert len(found) == 1, (keys, found)
    return found.iloc[0].to_dict()


def test_compare_by_theme_per_section(ds):
    c = compare(ds, "theme")
    r = row(c, report_year=2020, section="planning", theme="smart_planning")
    assert (r["n_strength"], r["n_improvement"], r["share_improvement"]) == (0, 2, 100.0)
    assert (r["previous_year"], r["previous_improvement"], r["change_improvement"]) == (2019, 1, 1)
    r = row(c, report_year=2022, section="planning", theme="smart_planning")
    assert (r["n_strength"], r["n_improvement"], r["share_improvement"]) == (1, 1, 50.0)
    assert r["previous_year"] == 2020  # the previous year present, not 2021
    assert (r["change_improvement"], r["change_share"]) == (-1, -50.0)
    # timeliness went from chronology in 2020 to nothing in 2022: a row of zeros shows the fall
    r = row(c, report_year=2022, section="chronology", theme="timeliness")
    assert (r["n_improvement"], r["change_improvement"]) == (0, -1) and pd.isna(r["share_improvement"])
    # first year has nothing to compare with
    assert pd.isna(row(c, report_year=2019, section="chronology", theme="timeliness")["change_improvement"])


def test_compare_across_sections(ds):
    c = compare(ds, "theme", across_sections=True)
    assert set(c["section"]) == {"all"}
    r = row(c, report_year=2020, theme="timeliness")
    assert (r["n_improvement"], r["change_improvement"]) == (2, 1)
    r = row(c, report_year=2022, theme="timeliness")
    assert (r["n_improvement"], r["change_improvement"]) == (0, -2)
    r = row(c, report_year=2022, theme="risk_analysis")
    assert (r["n_strength"], r["n_improvement"], r["change_improvement"]) == (0, 1, 1)


def test_compare_section_filter_and_other_keys(ds):
    c = compare(ds, "theme", section="chronology")
    assert set(c["section"]) == {"chronology"} and set(c["theme"]) == {"timeliness"}
    teams = compare(ds, "team")
    r = row(teams, report_year=2022, section="planning", team="PACT")
    assert (r["n_improvement"], r["previous_improvement"], r["change_improvement"]) == (1, 1, 0)
    acts = compare(ds, "audit_activity", section="planning")
    r = row(acts, report_year=2020, audit_activity=TC)
    assert (r["n_strength"], r["n_improvement"]) == (1, 2)
    with pytest.raises(ValueError, match="unknown comparison key"):
        compare(ds, "colour")


def test_recurring(ds):
    rec = recurring(ds, "theme")
    assert rec["theme"].tolist() == ["smart_planning", "timeliness"]
    sp = row(rec, theme="smart_planning")
    assert (sp["n_years"], sp["years"], sp["n_improvement"], sp["open_in_latest"]) == (3, "2019, 2020, 2022", 4, True)
    tl = row(rec, theme="timeliness")
    assert (tl["n_years"], tl["last_year"], tl["n_improvement"], tl["open_in_latest"]) == (2, 2020, 3, False)
    assert recurring(ds, "theme", min_years=3)["theme"].tolist() == ["smart_planning"]
    assert recurring(ds, "team")["team"].tolist() == ["PACT"]


def test_new_and_gone(ds):
    ng = new_and_gone(ds, 2022)
    assert ng[["theme", "status", "n_this_year", "n_previous_year"]].values.tolist() == [
        ["risk_analysis", "new", 1, 0], ["timeliness", "gone", 0, 2]]
    assert set(ng["previous_year"]) == {2020}
    assert new_and_gone(ds).equals(ng)  # latest year by default
    assert new_and_gone(ds, 2019).empty  # nothing before it
    with pytest.raises(ValueError, match="no findings of year 2021"):
        new_and_gone(ds, 2021)


def test_grade_trends_change_in_points(ds):
    g = grade_trends(ds)
    good = g[(g["section"] == "planning") & (g["grade"] == "good")]
    assert good["report_year"].tolist() == [2019, 2020, 2022]
    assert good["value"].tolist() == [40.0, 45.0, 52.0]
    assert good["change_points"].tolist()[1:] == [5.0, 7.0]
    assert set(good["grade_label"]) == {"Good or above"}
    ri = g[g["grade"] == "requires_improvement"]
    assert ri["value"].tolist() == [35.0, 30.0] and ri["change_points"].tolist()[1] == -5.0
    assert ri["grade_label"].iloc[0] == "Requires improvement or below"
    assert grade_trends(ds, section="assessment")["section"].unique().tolist() == ["assessment"]


def test_cell_evidence(ds):
    ev = cell_evidence(ds, "theme", 2020, "timeliness", section="all", polarity="improvement")
    assert ev["text"].tolist() == ["Plans not SMART and late.", "Chronologies still out of date."]
    ev = cell_evidence(ds, "team", 2022, "LAC", section="assessment")
    assert ev["text"].tolist() == ["Risk was not analysed."]


def test_empty_dataset():
    empty = FindingsDataset.from_findings([])
    assert compare(empty).empty and recurring(empty).empty and new_and_gone(empty).empty and grade_trends(empty).empty


# ---------------------------------------------------------------- the bundled corpus
# Expected values read off corpus/gold.jsonl by hand (quotes listed per case):
#   smart_planning, improvement: 2018 "list of services rather than SMART", "goals were not SMART";
#     2019 "PACT plans ... list of tasks", "not SMART in the majority"; 2020 "still lacked SMART",
#     "rarely SMART"; 2021 "greater focus ... SMART plans", "more 'SMART'", "not being updated in a
#     timely way"; none in 2022 or 2023 -> recurs 2018-2021, resolved (gone) in 2022.
#   covid_impact, improvement: 2020 "Virtual visits worked less well", "Delays in court proceedings
#     during lockdown"; 2021 "change was less positive"; none later -> gone in 2022.
#   timeliness, improvement in all six years (2021: 13 findings, 2022: 2).
#   workforce_stability, improvement: first in 2021 ("SW sickness or absence", "PACT/LAC ... turnover").
#   planning, 'This Child' programme, Good or above: 44, 46, 49, 52, 60, 66 (+2, +3, +3, +8, +6 points).
#   planning, PACT, Good or above: 27, 31, 34.6, (none in 2021), 46, 55.6 -> 2022 vs 2020: +11.4 points.
#   supervision, Thematic and Individual audits, Inadequate: 17, 15, 14, 2021 "11%" and a different
#     measure "75%" (not comparable: no change given), 10, 8.6 (2023: -1.4 points).

from pathlib import Path  # noqa: E402

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold.jsonl"


@pytest.fixture(scope="module")
def corpus() -> FindingsDataset:
    return FindingsDataset.from_annotations(GOLD)


def test_corpus_years(corpus):
    assert corpus.years == [2018, 2019, 2020, 2021, 2022, 2023]


def test_corpus_recurring_and_resolved_themes(corpus):
    rec = recurring(corpus, "theme").set_index("theme")
    assert rec.loc["timeliness", "n_years"] == 6 and rec.loc["timeliness", "open_in_latest"]
    sp = rec.loc["smart_planning"]
    assert (sp["years"], sp["n_improvement"], sp["last_year"], sp["open_in_latest"]) == ("2018, 2019, 2020, 2021", 9, 2021, False)
    cv = rec.loc["covid_impact"]
    assert (cv["years"], cv["n_improvement"], cv["open_in_latest"]) == ("2020, 2021", 3, False)
    assert rec.loc["workforce_stability", "first_year"] == 2021


def test_corpus_new_and_gone(corpus):
    ng = new_and_gone(corpus, 2022)
    gone = set(ng.loc[ng["status"] == "gone", "theme"])
    assert {"smart_planning", "covid_impact"} <= gone
    assert row(ng, theme="smart_planning")["n_previous_year"] == 3
    ng21 = new_and_gone(corpus, 2021)
    assert "workforce_stability" in set(ng21.loc[ng21["status"] == "new", "theme"])


def test_corpus_compare_counts(corpus):
    c = compare(corpus, "theme", across_sections=True)
    r = row(c, report_year=2021, theme="timeliness")
    assert (r["n_improvement"], r["previous_improvement"], r["change_improvement"]) == (13, 3, 10)
    r = row(c, report_year=2022, theme="smart_planning")
    assert (r["n_improvement"], r["change_improvement"]) == (0, -3)
    r = row(c, report_year=2020, theme="covid_impact")
    assert r["n_improvement"] == 2
    per_section = compare(corpus, "theme", section="planning")
    assert row(per_section, report_year=2021, theme="smart_planning")["n_improvement"] == 3


def test_corpus_grade_trends(corpus):
    g = grade_trends(corpus, section="planning", audit_activity="'This Child' programme")
    good = g[(g["grade_label"] == "Good or above") & g["teams"].isna()]
    assert good["value"].tolist() == [44.0, 46.0, 49.0, 52.0, 60.0, 66.0]
    assert good["change_points"].tolist()[1:] == [2.0, 3.0, 3.0, 8.0, 6.0]
    pact = grade_trends(corpus, section="planning").query("teams == 'PACT'")
    assert pact["report_year"].tolist() == [2018, 2019, 2020, 2022, 2023]
    r = pact[pact["report_year"] == 2022].iloc[0]
    assert (r["previous_year"], r["value"], r["change_points"]) == (2020, 46.0, 11.4)
    sup = grade_trends(corpus, section="supervision", audit_activity="Thematic and Individual audits")
    inad = sup[sup["grade_label"] == "Inadequate"]
    assert inad["value"].tolist() == [17.0, 15.0, 14.0, 11.0, 75.0, 10.0, 8.6]
    assert inad["n_figures"].tolist() == [1, 1, 1, 2, 2, 1, 1]
    assert inad["change_points"].isna().tolist() == [True, False, False, True, True, True, False]
    assert inad["change_points"].iloc[-1] == -1.4


def test_corpus_evidence_behind_a_cell(corpus):
    ev = cell_evidence(corpus, "theme", 2020, "covid_impact", section="all", polarity="improvement")
    assert [t[:30] for t in ev["text"]] == ["Virtual visits worked less wel", "Delays in court proceedings du"]
    text = (GOLD.parent / "focus-five-audit-findings-2020.txt").read_text(encoding="utf-8")
    for t, s, e in zip(ev["text"], ev["start_char"], ev["end_char"]):
        assert text[s:e] == t


# ---------------------------------------------------------------- corpus facts from corpus/README.md, checked in the annotations


def test_corpus_resolved_at_section_level(corpus):
    # timeliness in chronology: I2 I2 I2 I3 I2, then strength only (S2) in 2023
    chrono = compare(corpus, "theme", section="chronology")
    tl = chrono[chrono["theme"] == "timeliness"].set_index("report_year")
    assert tl["n_improvement"].tolist() == [2, 2, 2, 3, 2, 0]
    assert (tl.loc[2023, "n_strength"], tl.loc[2023, "change_improvement"], tl.loc[2023, "share_improvement"]) == (2, -2, 0.0)
    ng = new_and_gone(corpus, 2023, section="chronology")
    assert row(ng, theme="timeliness")["status"] == "gone"
    # workforce_stability is new in planning in 2022; template_use in visiting recurs in all six years
    assert row(new_and_gone(corpus, 2022, section="planning"), theme="workforce_stability")["status"] == "new"
    assert row(recurring(corpus, section="visiting"), theme="template_use")["n_years"] == 6


def test_cli_compare_query_on_annotations(tmp_path):
    from typer.testing import CliRunner

    from focusfive_nlp.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["compare", str(GOLD), "--by", "theme", "--section", "chronology"])
    assert res.exit_code == 0, res.output
    assert "Timeliness" in res.output and "report_year" in res.output  # readable theme labels in the table
    out = tmp_path / "covid.csv"
    res = runner.invoke(app, ["query", str(GOLD), "--theme", "covid_impact", "--year", "2020", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert len(pd.read_csv(out)) == 8  # README: 8 covid_impact findings in 2020
    res = runner.invoke(app, ["compare", str(GOLD), "--grades", "--section", "supervision", "--out", str(tmp_path / "g.xlsx")])
    assert res.exit_code == 0 and (tmp_path / "g.xlsx").exists()


@pytest.mark.parametrize("args, message", [
    (["compare", "/no/such/dataset", "--by", "theme"], "not found"),
    (["compare", str(GOLD), "--by", "colour"], "unknown --by 'colour'"),
    (["report", "/no/such/dataset", "--out", "r.html"], "not found"),
    (["report", str(GOLD), "--out", "r.pdf"], "unknown report format"),
    (["query", str(GOLD), "--out", "q.docx"], "unknown output format"),
])
def test_cli_bad_input_is_a_clear_error(args, message, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from focusfive_nlp.cli import app

    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2
    assert message in res.output and "Traceback" not in res.output
