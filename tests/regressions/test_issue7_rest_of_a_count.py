"""Issue 7 (real9): "the remaining five", "the other 12" completes the total of the judged count before
it; with no words of its own it takes the opposite side (the rest of the visits in time were not
in time), in its sentence or the next. Its own words still decide where it has them, and the rest
of a neutral count stays neutral. An upper bound ("took up to a month") is no rise.
"""
from __future__ import annotations

from picks import figure


def test_the_rest_of_a_strength_count_is_an_improvement(run, report):
    found = run(report("Letters went out within ten working days in 16 of the 20 cases; in the remaining four "
                       "it took up to a month.", heading="LETTERS"))
    rest = figure(found, 20.0)
    assert (rest.polarity, "the rest of" in rest.rule) == ("improvement", True)
    assert not [f for f in found if f.value is None]  # "up to a month" is no rise


def test_the_rest_of_an_improvement_count_is_a_strength(run, report):
    found = run(report("Plans were out of date in 9 of the 36 cases. The other 27 had been reviewed by the IRO.",
                       heading="PLANS"))
    assert figure(found, 25.0).polarity == "improvement"
    assert figure(found, 75.0).polarity == "strength"


def test_the_rest_with_words_of_its_own_keeps_them(run, report):
    found = run(report("Visits were within timescale in 30 of the 40 cases; in the remaining ten they were late.",
                       heading="VISITS"))
    assert "late" in figure(found, 25.0).rule and figure(found, 25.0).polarity == "improvement"


def test_the_rest_of_a_neutral_count_stays_neutral(run, report):
    found = run(report("Of the 40 children, 12 were boys; the other 28 were girls.", heading="CONTEXT"))
    assert figure(found, 70.0).polarity == "neutral"


def test_a_count_that_goes_on_a_measure_still_shares_it(run, report):
    found = run(report("Health took part in 8 of the 16 strategy discussions and education in 5 of the 16.",
                       heading="PARTNERS"))
    assert figure(found, 31.2).polarity == "strength"
