"""Issue 7, second pass on real7/real8 figures: grades and figure polarity.

One group per failure kind, each with a case that must be read and a case of the same look
that must not: a grading verb, its object and then the grade before "in N of M" ("judged the
response good in 8 of the 18"); a grade alone in brackets after its figure ("60% (good)").
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
