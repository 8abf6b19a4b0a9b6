"""Issue 7 (development set real17): the polarity and kind of a figure follow what it measures.

Kinds taught here, each with a case that must stay as it was:
- a scarcity phrase beside a figure ("SMART in a minority of cases (12/40)") judges how few the
  cases are; the figure measures what those cases had (a strength), and the scarcity is a
  qualitative improvement of its own;
- a plan's "targets" counted ("targets were SMART in only 8 of the 20 plans") is a result, not a
  target figure; a percentage after "target" still is one;
- a visit rhythm met as the plan sets it ("seen at the frequency their plan required") is a
  strength; a requirement alone ("required a review in 5 of 20") is not.
"""
from __future__ import annotations

from picks import figure

HEAD = "Audit report 2024\n\nPLANNING\n\n"


def test_a_figure_beside_a_scarcity_phrase_measures_what_the_few_cases_had(run):
    found = run(HEAD + "Plans were SMART in a minority of cases (12/40).\n")
    assert figure(found, 30.0).polarity == "strength"
    assert [f.polarity for f in found if f.value is None] == ["improvement"]


def test_a_scarcity_phrase_with_no_figure_stays_an_improvement(run):
    found = run(HEAD + "Plans were SMART in a minority of cases.\n")
    assert [f.polarity for f in found] == ["improvement"]


def test_a_plans_targets_counted_are_a_result(run):
    f = figure(run(HEAD + "Targets were SMART in only 8 of the 20 plans.\n"), 40.0)
    assert (f.figure_kind, f.polarity) == ("result", "strength")


def test_a_share_after_target_is_still_a_target(run):
    assert figure(run(HEAD + "The target for SMART plans is 80%.\n"), 80.0).figure_kind == "target"


def test_a_visit_rhythm_met_as_the_plan_sets_it_is_a_strength(run):
    text = "Audit report 2024\n\nVISITS\n\nChildren were seen at the frequency their plan required in 15 of the 20.\n"
    assert figure(run(text), 75.0).polarity == "strength"


def test_a_requirement_alone_is_no_strength(run):
    text = "Audit report 2024\n\nVISITS\n\nThe plan required a further review in 5 of the 20 cases.\n"
    assert figure(run(text), 25.0).polarity != "strength"


def test_only_before_a_strength_figure_is_no_judgement_of_its_own(run):
    found = run(HEAD + "Targets were SMART in only 8 of the 20 plans.\n")
    assert figure(found, 40.0).polarity == "strength"
    assert [f for f in found if f.value is None] == []


# --- positive and negative attributes a figure measures ---------------------------------------

def test_a_count_in_cases_is_out_of_the_group_its_sentence_names(run):
    f = figure(run(HEAD + "The plans of the 10 children in care were joined up with their care plans in 6 cases.\n"), 60.0)
    assert (f.count, f.denominator, f.polarity) == (6, 10, "strength")
    assert not [g for g in run(HEAD + "The plans were joined up with their care plans in 6 cases.\n") if g.value is not None]


def test_joined_up_is_no_rise(run):
    found = run(HEAD + "The plans of the 10 children in care were joined up with their care plans in 6 cases.\n")
    assert not [f for f in found if f.rule == "figure:judgement"]


def test_a_share_that_would_recommend_the_service_is_a_strength(run):
    text = "Survey 2024\n\nSUPPORT\n\n72% would recommend the service to a friend.\n"
    assert figure(run(text), 72.0).polarity == "strength"
    assert figure(run(text.replace("would recommend", "had heard of")), 72.0).polarity == "neutral"


def test_people_consulted_are_a_strength(run):
    assert figure(run(HEAD + "Fathers were consulted in 6 of the 8 cases.\n"), 75.0).polarity == "strength"
    assert figure(run(HEAD + "Fathers were named in 6 of the 8 cases.\n"), 75.0).polarity == "neutral"


def test_several_changes_of_personal_adviser_are_an_improvement(run):
    text = "Leaving care audit 2024\n\nADVISERS\n\n4 of the 20 young people had had three or more PAs in a year.\n"
    assert figure(run(text), 20.0).polarity == "improvement"
    assert figure(run(text.replace("three or more PAs", "a PA")), 20.0).polarity != "improvement"
