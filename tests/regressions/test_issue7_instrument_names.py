"""Issue 7 (real9): a named tool, programme or guidance whose name holds a cue word ("Strengths and
Difficulties Questionnaire", "Achieving Best Evidence", "Stronger Families") is a name, not a
judgement: no polarity cue is read inside it (models/polarity.yaml `instruments`). The same words
outside a name still judge.
"""
from __future__ import annotations

from picks import figure


def test_a_questionnaire_named_for_strengths_and_difficulties_judges_nothing(run, report):
    f = figure(run(report("A Strengths and Difficulties Questionnaire score was considered in 21 of the 30 "
                          "health assessments.", heading="HEALTH")), 70.0)
    assert f.polarity == "strength"  # what decides is the standard done ("was considered"), not "Difficulties"
    assert "Difficulties" not in f.rule and "Strengths" not in f.rule
    assert "needs_strengths" not in f.themes


def test_a_programme_or_interview_named_with_a_praise_word_judges_nothing(run, report):
    found = run(report("Achieving Best Evidence interviews were used in 9 of the 20 cases. The Stronger Families "
                       "programme worked with 40% of the families.", heading="PRACTICE"))
    assert (figure(found, 45.0).polarity, figure(found, 40.0).polarity) == ("neutral", "neutral")
    assert not [f for f in found if f.value is None]  # "Stronger" is no rise either


def test_the_same_words_outside_a_name_still_judge(run, report):
    found = run(report("Difficulties in securing school places were seen in 8 of the 20 cases. The best plans "
                       "were in 60% of the files.", heading="PRACTICE"))
    assert figure(found, 40.0).polarity == "improvement"
    assert figure(found, 60.0).polarity == "strength"
