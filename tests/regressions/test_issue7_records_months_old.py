"""Issue 7 (real14): a record, plan or assessment "more than six months old" / "over a year old" /
"older than 12 months" is out of date, an improvement figure. A person's age in the same words
("the baby was more than six months old") judges nothing, and "within N months" is a timescale met.
"""
from __future__ import annotations

from picks import figure


def test_a_record_more_than_months_old_is_out_of_date(run, report):
    f = figure(run(report("In 9 of the 30 files the chronology was more than six months old.", heading="CHRONOLOGY")), 30.0)
    assert (f.polarity, "more than six months old" in f.rule) == ("improvement", True)
    assert figure(run(report("Assessments older than 12 months were found in 12 of the 40 cases.",
                             heading="ASSESSMENT")), 30.0).polarity == "improvement"


def test_over_a_year_old_on_a_slide(run):
    found = run("Practice week 2026\n\nSlide 3 — Plans\n1\u00a0in\u00a04\nplans were over a year old\n")
    assert figure(found, 25.0).polarity == "improvement"


def test_a_childs_age_is_no_record_out_of_date(run, report):
    found = run(report("In 9 of the 30 cases the baby was more than six months old at referral.", heading="CONTEXT"))
    assert figure(found, 30.0).polarity == "neutral"


def test_a_long_timescale_met_is_a_strength(run, report):
    found = run(report("Enquiries closed within three months: 64 per cent.", heading="TIMELINESS"))
    assert figure(found, 64.0).polarity == "strength"
