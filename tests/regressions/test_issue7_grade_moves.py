"""Issue 7 (real9): a count of grades moved at moderation ("six were moved down, most from good to
requires improvement") is neutral: the two grades are the ends of the move, not what is counted. A
word outside the move still judges ("had improved from requires improvement to good"), and a grade
that grades a share is read as before.
"""
from __future__ import annotations

from picks import figure

MODERATION = ("Of the twelve grades that changed at moderation:\n"
              "  – nine were moved down, mostly from good to requires improvement;\n"
              "  – three were moved up, from 'RI' to 'good'.\n")


def test_grades_moved_at_moderation_are_neutral(run, report):
    found = run(report(MODERATION, heading="MODERATION"))
    assert (figure(found, 75.0).polarity, figure(found, 25.0).polarity) == ("neutral", "neutral")
    assert figure(found, 75.0).grade is None


def test_a_change_word_outside_the_move_still_judges(run, report):
    found = run(report("At re-audit, 6 of the 15 cases had improved from requires improvement to good.",
                       heading="RE-AUDIT"))
    assert figure(found, 40.0).polarity == "strength"


def test_a_grade_of_a_share_is_read_as_before(run, report):
    found = run(report("Plans were good in 6 of the 15 cases and requires improvement in 9.", heading="PLANS"))
    assert (figure(found, 40.0).grade, figure(found, 40.0).polarity) == ("good", "strength")
