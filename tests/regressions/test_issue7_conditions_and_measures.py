"""Issue 7 (real6 kinds): a figure takes the polarity of what it measures.

- A condition names the cases a standard applies to ("where a conference was needed",
  "if an interpreter was required"), and a contingency names a hypothetical ("what would
  happen if things did not improve"): the cues inside them judge nothing.
- A standard met by a stated point in time ("by 12 weeks", "at least two days before the
  meeting"), and a record that is "current" or "evidenced", is what a figure counts.
Each kind has a positive and a negative case.
"""
from __future__ import annotations

import pytest


def figure(run, report, body: str, value: float, heading: str = "PLANS"):
    fs = [f for f in run(report(body, heading=heading)) if f.value is not None and round(f.value, 1) == value]
    assert fs, f"no figure {value} in {body!r}"
    return fs[0]


# --- conditions -------------------------------------------------------------------------------


@pytest.mark.parametrize("body, value", [
    ("Where a strategy meeting was needed, it was held for 14 of the 16 children.\n", 87.5),
    ("When an interpreter was required, one had been booked for 5 of the 8 families.\n", 62.5),
    ("If a conference is needed, the family was invited in 9 of the 12 cases.\n", 75.0),
])
def test_a_condition_of_need_does_not_judge_the_figure(run, report, body, value):
    f = figure(run, report, body, value)
    assert f.polarity == "strength", f.rule


@pytest.mark.parametrize("body, value", [
    # a need stated as the finding, not as a condition, is still a shortfall
    ("A strategy meeting was needed in 6 of the 16 cases but was not held.\n", 37.5),
    ("Further work is needed where plans were weak: 7 of the 20 plans had no outcomes.\n", 35.0),
])
def test_a_need_that_is_the_finding_still_judges(run, report, body, value):
    assert figure(run, report, body, value).polarity == "improvement"


def test_a_condition_alone_is_no_finding(run, report):
    body = "Where a conference was required, the chair led it with the family.\n"
    assert not [f for f in run(report(body)) if f.polarity == "improvement"]


@pytest.mark.parametrize("body, value", [
    ("Only 7 of the 20 plans had a contingency saying what would happen if the situation did not improve.\n", 35.0),
    ("A fallback, saying who would act if the plan did not work, was in place in 11 of 25 plans.\n", 44.0),
])
def test_the_hypothetical_of_a_contingency_is_no_negation(run, report, body, value):
    f = figure(run, report, body, value)
    assert f.polarity == "strength", f.rule


def test_a_negation_outside_the_hypothetical_still_counts(run, report):
    body = "In 13 of the 20 plans the worker did not say what would happen if things did not change.\n"
    assert figure(run, report, body, 65.0).polarity == "improvement"


# --- a standard met by a point in time; current and evidenced records --------------------------


@pytest.mark.parametrize("body, value", [
    ("In 9 of the 11 cases the assessment was finished by 12 weeks.\n", 81.8),
    ("Reports reached families at least two working days before the meeting in 15 of 24 reviews.\n", 62.5),
    ("Risk assessments were current in 30 of the 40 files.\n", 75.0),
    ("A manager's approval of the closure was evidenced in 18 of the 27 cases.\n", 66.7),
])
def test_what_the_figure_counts_is_a_standard_met(run, report, body, value):
    f = figure(run, report, body, value)
    assert f.polarity == "strength", f.rule


@pytest.mark.parametrize("body, value", [
    ("Risk assessments were not current in 10 of the 40 files.\n", 25.0),
    ("A manager's approval was not evidenced in 9 of the 27 cases.\n", 33.3),
])
def test_a_standard_denied_is_an_improvement(run, report, body, value):
    assert figure(run, report, body, value).polarity == "improvement"


def test_a_point_in_time_alone_makes_no_finding(run, report):
    # a weak attribute decides a figure, never a clause by itself
    assert run(report("The panel sat before 10 weeks had passed.\n")) == []


# --- the superlative of too little -------------------------------------------------------------


def test_least_before_a_positive_attribute_reverses_it(run, report):
    fs = run(report("Oversight was least evident for children placed with relatives.\n", heading="OVERSIGHT"))
    assert fs and all(f.polarity == "improvement" for f in fs), [f.rule for f in fs]


def test_at_least_is_a_floor_not_a_negation(run, report):
    body = "Children were visited at least every four weeks, as required, in 27 of the 30 files.\n"
    assert figure(run, report, body, 90.0, heading="VISITS").polarity == "strength"


# --- none of the sample; a record holding what it should; a request to the reader ----------------


def test_none_of_the_sample_denies_what_it_did(run, report):
    fs = run(report("None of the five plans recorded the child's views about contact.\n"))
    assert fs and all(f.polarity == "improvement" for f in fs), [f.rule for f in fs]


def test_none_judged_inadequate_is_still_a_strength(run, report):
    fs = run(report("None of the supervision records was judged inadequate this quarter.\n"))
    assert fs and all(f.polarity == "strength" for f in fs), [f.rule for f in fs]


def test_a_record_holding_what_it_should_is_what_the_figure_counts(run, report):
    body = "Visit notes recorded the child's views in 20 of the 25 files.\n"
    assert figure(run, report, body, 80.0, heading="VISITS").polarity == "strength"


def test_a_request_to_the_reader_is_no_finding(run, report):
    body = "This is not a league table: please use it in supervision and team meetings.\n"
    assert run(report(body, heading="PURPOSE")) == []


def test_a_finding_beside_a_request_is_still_one(run, report):
    fs = run(report("Supervision was not regular in two teams.\n", heading="SUPERVISION"))
    assert [f.polarity for f in fs] == ["improvement"]
