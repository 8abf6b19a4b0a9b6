"""Accuracy against annotated reports (FINDINGS.md §8): the 2021 sample in corpus/ must meet
the issue's bars; the six development reports (copied into tests/data/dev) guard against
regressions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import focusfive_nlp
from focusfive_nlp.evaluation import load_gold, score, tuples

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DEV = Path(__file__).resolve().parent / "data" / "dev"


def run_scores(nlp, gold_path: Path, folder: Path):
    gold = load_gold(gold_path)
    predicted = {}
    for stem, rec in gold.items():
        path = folder / rec["doc"]
        predicted[stem] = [f.to_dict() for f in focusfive_nlp.extract(path, nlp=nlp)]
    totals, per_doc = score({k: v["findings"] for k, v in gold.items()}, predicted)
    return totals, per_doc


def check(totals, per_doc, bars):
    failures = []
    for name, bar in bars.items():
        f1 = totals[name].f1
        if f1 < bar:
            details = {doc: names[name] for doc, names in per_doc.items() if names[name]["missed"] or names[name]["spurious"]}
            failures.append(f"{name}: f1 {f1:.3f} < {bar} ; {json.dumps(details)[:1500]}")
    assert not failures, "\n".join(failures)


@pytest.fixture(scope="module")
def sample_scores(nlp):
    return run_scores(nlp, CORPUS / "focus-five-audit-findings-2021.jsonl", CORPUS)


@pytest.fixture(scope="module")
def dev_scores(nlp):
    return run_scores(nlp, DEV / "gold.jsonl", DEV)


# issue 7: teams and themes (sample >= 0.85 on both, as the issue asks; the others just under
# what the judged-theme rules score) and figure polarity read from what is measured
HIDDEN_SET_BARS = {"figures": 0.85, "graded_figures": 0.75, "figure_polarity": 0.85, "team_mentions": 0.65, "themes": 0.6}
SAMPLE_BARS = {"figures": 0.97, "graded_figures": 0.9, "figure_polarity": 0.9, "team_mentions": 0.85, "themes": 0.85}
DEV_BARS = {"figures": 0.9, "graded_figures": 0.8, "figure_polarity": 0.6, "team_mentions": 0.8, "themes": 0.8}


@pytest.mark.parametrize("name", list(SAMPLE_BARS))
def test_sample_2021_meets_issue_bars(sample_scores, name):
    totals, per_doc = sample_scores
    check(totals, per_doc, {name: SAMPLE_BARS[name]})


@pytest.mark.parametrize("name", list(DEV_BARS))
def test_dev_reports_regression_guard(dev_scores, name):
    totals, per_doc = dev_scores
    check(totals, per_doc, {name: DEV_BARS[name]})


@pytest.mark.parametrize(
    "gold_path",
    [CORPUS / "gold.jsonl", Path(__file__).resolve().parent / "data" / "generalisation" / "gold.jsonl",
     Path(__file__).resolve().parent / "data" / "generalisation2" / "gold.jsonl",
     Path(__file__).resolve().parent / "data" / "generalisation3" / "gold.jsonl",
     Path(__file__).resolve().parent / "data" / "holdout" / "gold.jsonl"],
    ids=["corpus-2018-2023", "generalisation", "generalisation2", "generalisation3", "holdout"],
)
def test_other_annotated_reports_meet_hidden_set_bars(nlp, gold_path):
    # the issue's bars for unseen reports, on the other annotated reports in the repository
    totals, per_doc = run_scores(nlp, gold_path, gold_path.parent)
    check(totals, per_doc, HIDDEN_SET_BARS)


def test_dev_data_is_complete():
    gold = load_gold(DEV / "gold.jsonl")
    assert len(gold) == 6
    for rec in gold.values():
        assert (DEV / rec["doc"]).is_file(), rec["doc"]


def test_sample_report_year(nlp):
    fs = focusfive_nlp.extract(CORPUS / "focus-five-audit-findings-2021.txt", nlp=nlp)
    assert fs
    assert {f.report_year for f in fs} == {2021}
    text = (CORPUS / "focus-five-audit-findings-2021.txt").read_text(encoding="utf-8")
    for f in fs:
        assert text[f.start_char:f.end_char] == f.text


# --- the scorer itself: the arithmetic the bars rely on ---------------------------------------


def test_tuples_and_score_arithmetic():
    gold = [
        {"section": "planning", "value": 51.4, "grade": "good", "grade_qualifier": "or_above", "polarity": "strength",
         "teams": ["PACT"], "themes": []},
        {"section": "planning", "value": None, "polarity": "improvement", "teams": [], "themes": ["smart_planning"]},
    ]
    pred = [
        {"section": "planning", "value": 51.0, "grade": "good", "grade_qualifier": None, "polarity": "strength",
         "teams": ["PACT"], "themes": []},
        {"section": "visiting", "value": 20.0, "grade": None, "grade_qualifier": None, "polarity": "neutral",
         "teams": [], "themes": ["smart_planning"]},
    ]
    t = tuples(gold)
    assert t["figures"] == {("planning", 51)}
    assert t["themes"] == {("planning", "smart_planning", "improvement")}
    totals, per_doc = score({"d": gold}, {"d": pred})
    assert (totals["figures"].tp, totals["figures"].fp, totals["figures"].fn) == (1, 1, 0)
    assert totals["figures"].f1 == pytest.approx(2 / 3)
    assert totals["graded_figures"].tp == 0
    assert totals["team_mentions"].f1 == 1.0
    assert totals["themes"].f1 == 0.0
    assert per_doc["d"]["themes"]["missed"] == [str(("planning", "smart_planning", "improvement"))]


# issue 7's bars for verbatim real published text, on the real-genre development sets (six
# writers' documents in the shapes of minutes, IRO reports, letters, dashboards, slides, ...)
REAL_TEXT_BARS = {"figures": 0.97, "graded_figures": 0.9, "figure_polarity": 0.75, "team_mentions": 0.65, "themes": 0.65}
REAL_SETS = ["real1", "real2", "real3", "real4", "real5", "real6"]


@pytest.mark.parametrize("name", REAL_SETS)
def test_real_genre_sets_meet_the_real_text_bars(nlp, name):
    folder = Path(__file__).resolve().parent / "data" / name
    totals, per_doc = run_scores(nlp, folder / "gold.jsonl", folder)
    check(totals, per_doc, REAL_TEXT_BARS)


# real7 to real10 (letters, dashboards laid out as PDF text, slide fragments, trackers, grade
# tables by team; quality reviews, moderation reports, bulletins, tab tables) were taught in the
# last two rounds and are not all at the real-text bars yet; they are held just under what they
# score now, so a change that loses what was learnt from them shows at once.
NEWEST_REAL_SETS = {"real7": {"figures": 0.94, "graded_figures": 0.94, "figure_polarity": 0.86, "team_mentions": 0.86,
                              "themes": 0.73},
                    "real8": {"figures": 0.95, "graded_figures": 0.94, "figure_polarity": 0.88, "team_mentions": 0.86,
                              "themes": 0.75},
                    "real9": {"figures": 0.91, "graded_figures": 0.9, "figure_polarity": 0.81, "team_mentions": 0.93,
                              "themes": 0.69},
                    "real10": {"figures": 0.95, "graded_figures": 0.89, "figure_polarity": 0.87, "team_mentions": 0.87,
                               "themes": 0.75},
                    # taught its figure, grade and heading kinds (t9a): held just under what it scores now
                    "real11": {"figures": 0.99, "graded_figures": 0.98, "figure_polarity": 0.94, "team_mentions": 0.94,
                               "themes": 0.68},
                    # issue 7 (t9c): their figures, graded figures, figure polarity and headings taught; (t9d) their
                    # judgements, non-findings and themes
                    "real12": {"figures": 0.98, "graded_figures": 0.98, "figure_polarity": 0.97, "team_mentions": 0.82,
                               "themes": 0.71},
                    "real13": {"figures": 0.98, "graded_figures": 0.98, "figure_polarity": 0.98, "team_mentions": 0.97,
                               "themes": 0.76},
                    # issue 7: figures, graded figures, figure polarity and headings taught (t10a); judgements, teams and
                    # themes (t10b)
                    "real14": {"figures": 0.96, "graded_figures": 0.96, "figure_polarity": 0.75, "team_mentions": 0.69,
                               "themes": 0.63},
                    "real15": {"figures": 0.98, "graded_figures": 0.98, "figure_polarity": 0.98, "team_mentions": 0.94,
                               "themes": 0.77},
                    # issue 7 (t16, t17, t18, tteams): table, tally and count-in-words figures, answer tables,
                    # team abbreviations a report defines, taught from them
                    "real16": {"figures": 0.98, "graded_figures": 0.98, "figure_polarity": 0.97, "team_mentions": 0.95,
                               "themes": 0.71},
                    "real17": {"figures": 0.97, "graded_figures": 0.97, "figure_polarity": 0.9, "team_mentions": 0.94,
                               "themes": 0.77},
                    "real18": {"figures": 0.98, "graded_figures": 0.98, "figure_polarity": 0.97, "team_mentions": 0.95,
                               "themes": 0.75},
                    # issue 7 (w21): inspection letters and partnership learning products; comparisons between
                    # groups, learning-list headers, carried figures taught from it
                    "real21": {"figures": 0.95, "graded_figures": 0.92, "figure_polarity": 0.92, "team_mentions": 0.86,
                               "themes": 0.69}}


@pytest.mark.parametrize("name", list(NEWEST_REAL_SETS))
def test_newest_real_genre_sets_hold_what_was_learnt_from_them(nlp, name):
    folder = Path(__file__).resolve().parent / "data" / name
    totals, per_doc = run_scores(nlp, folder / "gold.jsonl", folder)
    check(totals, per_doc, NEWEST_REAL_SETS[name])
