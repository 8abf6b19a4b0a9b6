"""Issue 7, second pass on real7/real8 figures: grades and figure polarity.

One group per failure kind, each with a case that must be read and a case of the same look
that must not: a grading verb, its object and then the grade before "in N of M" ("judged the
response good in 8 of the 18"); a grade alone in brackets after its figure ("60% (good)"); a
connective set off by commas after an opening "In N of M"; practice used or taken up; the
cases counted named by what should have happened in them; "For N children the ..." and "and
for N it was ..."; a bare "in N" closing a clause; counts of the people asked ("15 said ...");
a standard's completion; the right decision; past a named timescale; a count after a semicolon.
"""
from __future__ import annotations

from picks import figure, figures


# 1. a grading verb, its object, the grade, then "in N of M" -----------------------------------

def test_a_grade_after_the_judged_object_grades_the_count(run, report):
    found = run(report("Reviewers judged the service's response good in 12 of the 20 cases, requires "
                       "improvement in 6 and inadequate in 2.\n"))
    assert [(round(f.value, 1), f.grade) for f in figures(found)] == [
        (60.0, "good"), (30.0, "requires_improvement"), (10.0, "inadequate")]


def test_praise_before_in_n_of_m_with_no_grading_verb_is_no_grade(run, report):
    found = run(report("Families said the help felt good in 12 of the 20 cases.\n"))
    assert figure(found, 60.0).grade is None
    # a grading verb in an earlier clause grades nothing here
    found = run(report("Reviewers judged 20 cases, and the help felt good in 12 of them.\n"))
    assert all(f.grade is None for f in figures(found))


# 2. a grade alone in brackets after its figure -------------------------------------------------

def test_a_bracketed_grade_grades_its_figure(run, report):
    found = run(report("The panel looked at all ten assessments: 60% (good), 30% (outstanding) and one "
                       "requiring improvement.\n"))
    assert [(round(f.value, 1), f.grade) for f in figures(found)] == [
        (60.0, "good"), (30.0, "outstanding"), (10.0, "requires_improvement")]


def test_praise_in_brackets_with_more_words_is_no_grade(run, report):
    found = run(report("Plans were reviewed on time in 60% (good progress) of cases.\n"))
    assert figure(found, 60.0).grade is None


# 3. a connective set off by commas after an opening "In N of M" -----------------------------------

def test_a_connective_after_an_opening_figure_leaves_it_its_clause(run, report):
    found = run(report("Most plans were clear. In 6 of the 20 cases, however, the plan was not updated after "
                       "the review. In 4 of the 10 assessments, however, the risks were not weighed.\n"))
    assert figure(found, 30.0).polarity == "improvement"
    assert figure(found, 40.0).polarity == "improvement"  # "assessments" names practice, judges nothing


def test_a_connective_after_a_figure_with_its_own_predicate_is_a_contrast(run, report):
    found = run(report("Plans were updated in 14 of the 20 cases, however, the plan was not shared with the "
                       "family.\n"))
    assert figure(found, 70.0).polarity == "strength"


# 4. a tool or step of practice used, taken up or weighed -----------------------------------------

def test_practice_used_or_taken_up_is_what_the_figure_counts(run, report):
    found = run(report("The chronology tool had been used for 9 of the 14 children. Advocacy was taken up by 5 of "
                       "the 8 young people. Reviews responded to new risks in 12 of the 20.\n"))
    assert [(round(f.value, 1), f.polarity) for f in figures(found)] == [
        (64.3, "strength"), (62.5, "strength"), (60.0, "strength")]


def test_a_panel_considering_applications_judges_nothing(run, report):
    found = run(report("The panel considered 20 of the 27 applications at its first sitting.\n"))
    assert figure(found, 74.1).polarity == "neutral"
    # a way of working used in a period is context, not a standard kept
    found = run(report("Phone calls were used for 30 of the 80 visits during the outbreak.\n"))
    assert figure(found, 37.5).polarity == "neutral"


# 5. the cases a figure counts out of, named by what should have happened in them ------------------

def test_where_it_should_have_names_the_cases_counted(run, report):
    found = run(report("A strategy meeting was held in 4 of the 9 cases where one should have been held.\n"))
    assert figure(found, 44.4).polarity == "strength"


def test_should_in_the_main_clause_is_still_a_recommendation(run, report):
    found = run(report("In 5 of the 9 cases the plan should have been reviewed sooner.\n"))
    assert figure(found, 55.6).polarity == "improvement"


# 6. "For N children the ..." after the total; "and for N it was ..." ------------------------------

def test_a_lead_count_with_no_comma_takes_the_total_of_the_same_things(run, report):
    found = run(report("Auditors judged the help good or better for 24 of the 40 families. That is up on last "
                       "year. For 12 families the help required improvement and for 4 it was inadequate.\n"))
    assert [(round(f.value, 1), f.grade) for f in figures(found)] == [
        (60.0, "good"), (30.0, "requires_improvement"), (10.0, "inadequate")]


def test_a_lead_count_of_other_things_is_no_figure(run, report):
    found = run(report("Visits were on time for 28 of the 40 children. In 3 visits the child was not seen "
                       "alone.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [70.0]
    # nor is a year after "in" a count of the total
    found = run(report("Plans were reviewed for 30 of the 40 children, and in 2016 it was fewer.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [75.0]


# 7. a bare "in N" closing a clause, after a count out of a total --------------------------------

def test_a_bare_in_n_closing_a_clause_counts_out_of_the_total_before(run, report):
    found = run(report("Risk was analysed well in 15 of the 20 assessments, and history in 8. Planning was "
                       "sufficient in 16 cases out of 20. Contingency planning was sufficient in 9, and review "
                       "planning in 11.\n"))
    assert sorted(round(f.value, 1) for f in figures(found)) == [40.0, 45.0, 55.0, 75.0, 80.0]


def test_a_year_or_a_count_with_no_total_after_in_is_no_figure(run, report):
    found = run(report("Plans were updated for 9 of the 18 children. The audit was completed in 2019.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [50.0]
    found = run(report("Visits were on time in 80% of cases, and late in 2.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [80.0]


# 8. counts of the people asked: "Of the 21 children spoken with, 15 said ..." ------------------------

def test_a_count_of_people_answering_is_out_of_those_asked(run, report):
    found = run(report("Of the 20 young people we spoke with, 14 said they had been told why the plan changed, "
                       "and 5 said they did not know who to call.\n"))
    assert [(round(f.value, 1), f.polarity) for f in figures(found)] == [(70.0, "strength"), (25.0, "improvement")]


def test_a_number_said_to_be_something_is_no_count(run, report):
    found = run(report("Managers said 15 was too many for one worker to hold.\n"))
    assert not figures(found)
    found = run(report("Of the 12 parents, 4 said they had not been told about the meeting.\n"))
    assert figure(found, 33.3).polarity == "improvement"


# 9. a standard's completion as the measure -------------------------------------------------------

def test_completion_of_a_standard_is_what_the_figure_measures(run, report):
    found = run(report("Completion of the induction standards within a year stood at 13 out of 15 carers.\n"))
    assert figure(found, 86.7).polarity == "strength"


def test_completion_held_up_is_still_an_improvement(run, report):
    found = run(report("Delayed completion of the induction standards affected 5 of the 15 carers.\n"))
    assert figure(found, 33.3).polarity == "improvement"


# 10. a decision counted as sound ----------------------------------------------------------------

def test_the_right_decision_counted_is_a_strength(run, report):
    found = run(report("The panel chose the right outcome for 8 of the 9 children. The right decision was made "
                       "in 6 of the 10 strategy meetings.\n"))
    assert [(round(f.value, 1), f.polarity) for f in figures(found)] == [(88.9, "strength"), (60.0, "strength")]


def test_the_right_decision_not_made_is_an_improvement(run, report):
    found = run(report("The panel did not make the right decision for 3 of the 9 children.\n"))
    assert figure(found, 33.3).polarity == "improvement"


# 11. past a timescale named with its length ------------------------------------------------------

def test_past_a_named_timescale_is_late(run, report):
    found = run(report("A third of the assessments reached panel after the 16-week timescale. Reviews were held "
                       "outside the 20 working day timescale in 6 of the 20 cases.\n"))
    assert [(round(f.value, 1), f.polarity) for f in figures(found)] == [(33.3, "improvement"), (30.0, "improvement")]


def test_before_a_named_timescale_is_no_delay(run, report):
    found = run(report("A third of the assessments reached panel before the 16-week timescale.\n"))
    assert figure(found, 33.3).polarity != "improvement"


# 12. a count opening a clause after a semicolon takes the total stated before -----------------------

def test_a_count_after_a_semicolon_takes_the_earlier_total(run, report):
    found = run(report("Auditors read the records of 18 children. Help was slow to come; two children waited "
                       "more than 18 weeks.\n"))
    f = figure(found, 11.1)
    assert (f.count, f.denominator, f.polarity) == (2, 18, "improvement")


def test_a_count_as_a_verbs_object_takes_no_earlier_total(run, report):
    found = run(report("Auditors read the records of 18 children. Help was slow to come for two children who "
                       "waited more than 18 weeks.\n"))
    assert not figures(found)
