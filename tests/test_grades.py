"""Grades and qualifiers (FINDINGS.md §4) and the polarity a figure takes from its grade or
from what it measures (§2)."""
from __future__ import annotations

import pytest


def only_figure(findings):
    figs = [f for f in findings if f.value is not None]
    assert len(figs) == 1, [(f.value, f.text) for f in figs]
    return figs[0]


@pytest.mark.parametrize(
    "phrase, grade, qualifier",
    [
        ("Good", "good", None),
        ("Good or above", "good", "or_above"),
        ("Good or higher", "good", "or_above"),
        ("Good or better", "good", "or_above"),
        ("Good and above", "good", "or_above"),
        ("Good or Outstanding", "good", "or_above"),
        ("good or above", "good", "or_above"),
        ("Outstanding", "outstanding", None),
        ("Requires Improvement", "requires_improvement", None),
        ("Requiring Improvement", "requires_improvement", None),
        ("Require Improvement", "requires_improvement", None),
        ("Requires Improvement to be good", "requires_improvement", None),
        ("RI", "requires_improvement", None),
        ("Inadequate", "inadequate", None),
        ("Adequate", "adequate", None),
        ("Requires Improvement or below", "requires_improvement", "or_below"),
        ("Requiring Improvement or lower", "requires_improvement", "or_below"),
        ("RI or worse", "requires_improvement", "or_below"),
        ("Requires Improvement and below", "requires_improvement", "or_below"),
    ],
)
def test_grade_after_figure(run, report, phrase, grade, qualifier):
    f = only_figure(run(report(f"- 64% of assessments were graded {phrase}.\n", heading="ASSESSMENTS")))
    assert f.value == 64.0
    assert (f.grade, f.grade_qualifier) == (grade, qualifier)


def test_grade_before_figure(run, report):
    f = only_figure(run(report("- Assessments were graded as 'Good' or above in 73% of cases.\n", heading="ASSESSMENTS")))
    assert (f.value, f.grade, f.grade_qualifier) == (73.0, "good", "or_above")
    assert f.polarity == "strength"


def test_ungraded_figure_has_no_grade(run, report):
    f = only_figure(run(report("- 52% had chronologies that were out of date.\n", heading="CHRONOLOGY")))
    assert f.grade is None and f.grade_qualifier is None


@pytest.mark.parametrize(
    "sentence",
    [
        "- 40% of children had a good relationship with their worker.\n",
        "- 30% of visits were recorded in good time.\n",
        "- 40% of the cases audited were from the north of the county.\n",
    ],
)
def test_good_as_an_adjective_is_not_a_grade(run, report, sentence):
    f = only_figure(run(report(sentence, heading="VISITING")))
    assert f.grade is None and f.grade_qualifier is None


def test_figures_with_years_in_the_sentence_share_the_grade(run, report):
    fs = [f for f in run(report("- In 2021, 55% of plans were graded Good, compared with 48% in 2020.\n")) if f.value is not None]
    assert sorted((f.value, f.grade) for f in fs) == [(48.0, "good"), (55.0, "good")]


@pytest.mark.parametrize(
    "phrase, polarity",
    [
        ("Good or above", "strength"),
        ("Good", "strength"),
        ("Outstanding", "strength"),
        ("Requires Improvement", "improvement"),
        ("Requiring Improvement or below", "improvement"),
        ("RI", "improvement"),
        ("Inadequate", "improvement"),
    ],
)
def test_figure_polarity_from_grade(run, report, phrase, polarity):
    f = only_figure(run(report(f"- 40% were graded {phrase}.\n")))
    assert f.polarity == polarity


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("- 52% had chronologies that were out of date.\n", "improvement"),
        ("- 86% were seen in accordance with agreed visit frequency.\n", "strength"),
        ("- 40% of the cases audited were from the north of the county.\n", "neutral"),
        ("- Plans were not SMART in 40% of cases.\n", "improvement"),
        ("- The service has a target of 80% of plans graded Good.\n", "neutral"),
        ("- The national average of 60% is higher than ours.\n", "neutral"),
    ],
)
def test_figure_polarity_from_words(run, report, sentence, polarity):
    f = only_figure(run(report(sentence)))
    assert f.polarity == polarity


def test_judged_figure_keeps_its_measure_polarity_and_judgement_is_separate(run, report):
    # FINDINGS.md §2: "Good or better had fallen to 43%" is a strength figure of 43; the
    # judgement ("had fallen") is a separate qualitative improvement finding.
    fs = run(report("- The proportion of plans graded Good or better had fallen to 43%.\n"))
    f = only_figure(fs)
    assert (f.value, f.grade, f.grade_qualifier, f.polarity) == (43.0, "good", "or_above", "strength")
    qualitative = [q for q in fs if q.value is None]
    assert [q.polarity for q in qualitative] == ["improvement"], [(q.polarity, q.text) for q in fs]


def test_qualitative_finding_has_no_grade_or_kind(run, report):
    fs = run(report("- Plans were not SMART.\n"))
    assert len(fs) == 1
    f = fs[0]
    assert f.value is None and f.grade is None and f.grade_qualifier is None and f.figure_kind is None


def test_below_national_average_judgement_is_improvement(run, report):
    # FINDINGS.md §2: "below the national average" judges the figure: a separate improvement finding
    fs = run(report("- 43% were graded Good or above, below the national average.\n"))
    f = only_figure(fs)
    assert (f.value, f.polarity) == (43.0, "strength")
    qualitative = [q for q in fs if q.value is None]
    assert [q.polarity for q in qualitative] == ["improvement"], [(q.polarity, q.rule, q.text) for q in fs]


@pytest.mark.parametrize(
    "sentence",
    [
        "- 43% were graded Good or above.\n",
        "- 40% were graded Requires Improvement or below.\n",
        "- 61% were graded Good or higher.\n",
        "- 36 of 70 cases were graded Good or better.\n",
    ],
)
def test_plain_graded_figure_is_one_finding(run, report, sentence):
    # a grade qualifier ("or above", "or below", "or higher") is part of the grade, not a
    # judgement of the figure: no extra qualitative finding
    fs = run(report(sentence))
    assert len(fs) == 1, [(f.value, f.polarity, f.rule, f.text) for f in fs]
    assert fs[0].value is not None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("- 25% were graded Requires Improvement and 12.5% Inadequate.\n",
         [(12.5, "inadequate"), (25.0, "requires_improvement")]),
        ("- 25% were graded Requires Improvement and 12.5% were Inadequate.\n",
         [(12.5, "inadequate"), (25.0, "requires_improvement")]),
        ("Of the 48 plans audited, 12 were graded Good and 6 were Inadequate.\n",
         [(12.5, "inadequate"), (25.0, "good")]),
    ],
)
def test_each_figure_takes_its_own_following_grade(run, report, sentence, expected):
    fs = [f for f in run(report(sentence)) if f.value is not None]
    assert sorted((f.value, f.grade) for f in fs) == expected


def test_grade_lines_without_a_table(run, report):
    body = "Outstanding 4.8%\nGood 81%\nRequires Improvement 10.2%\nInadequate 3.5%\n\nGood or above: 56%\n"
    got = sorted((f.value, f.grade, f.grade_qualifier) for f in run(report(body, heading="OVERALL GRADES")) if f.value is not None)
    assert got == [(3.5, "inadequate", None), (4.8, "outstanding", None), (10.2, "requires_improvement", None),
                   (56.0, "good", "or_above"), (81.0, "good", None)]
