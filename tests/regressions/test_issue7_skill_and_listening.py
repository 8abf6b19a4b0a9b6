"""Issue 7 kind 1/8 (real21): a survey answer in the present ("said their worker listens to them") is a
positive attribute, so the figure that counts it is a strength; and skill of practice ("particularly
skilled at this") praises. Their negations stay improvements.
"""
from __future__ import annotations

from picks import figure, one_judgement, under


def test_a_count_of_families_whose_worker_listens_is_a_strength(run, report):
    fs = under(run, report, "78 of the 96 families who replied said their worker listens to them.",
               heading="WHAT FAMILIES TELL US")
    assert figure(fs, 81.2).polarity == "strength"


def test_a_count_of_families_whose_worker_does_not_listen_is_an_improvement(run, report):
    fs = under(run, report, "14 of the 96 families who replied said their worker never listens to them.",
               heading="WHAT FAMILIES TELL US")
    assert figure(fs, 14.6).polarity == "improvement"


def test_skilled_practice_is_a_strength(run, report):
    f = one_judgement(run, report, "Workers in the Children in Care teams were particularly skilled at direct work.",
                      heading="VISITS")
    assert f.polarity == "strength" and f.teams == ["LAC"]


def test_practice_not_skilled_is_an_improvement(run, report):
    f = one_judgement(run, report, "Newly qualified workers were not yet skilled at direct work.", heading="VISITS")
    assert f.polarity == "improvement"
