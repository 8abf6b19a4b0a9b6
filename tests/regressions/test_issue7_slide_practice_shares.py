"""Issue 7 (real14): a slide's big number over its label line counts practice that has a good
thing in it, so the share is a strength (FINDINGS §2: polarity follows what is measured).

Kinds: a meeting or discussion with the partner it needs present ("had police present"); a record
that shows a quality of the work ("files showed curiosity about ..."); staff who have time for the
work ("have time to reflect"). Negative cases: the same words negated turn the share round, a record
as the source of a report ("records showed that ...") is no attribute, and a bare share of children
judges nothing.
"""
from __future__ import annotations

from picks import figure

DECK = "Learning week 2026\n\nSlide 4 — {title}\n{big}\n{label}\n"


def _share(run, big, label, title="Joint working"):
    return run(DECK.format(title=title, big=big, label=label))


def test_a_share_of_meetings_with_a_partner_present_is_a_strength(run):
    f = figure(_share(run, "64%", "of core groups had police present"), 64.0)
    assert (f.polarity, "present" in f.rule) == ("strength", True)


def test_a_share_of_records_that_show_a_quality_is_a_strength(run):
    f = figure(_share(run, "57%", "of case files showed curiosity about the father", "Recording"), 57.0)
    assert (f.polarity, "showed" in f.rule) == ("strength", True)


def test_a_share_of_workers_with_time_for_the_work_is_a_strength(run):
    f = figure(_share(run, "3\u00a0in\u00a05", "practitioners said they had time to reflect on their cases",
                      "Supervision"), 60.0)
    assert (f.polarity, "time to" in f.rule) == ("strength", True)


def test_the_same_attributes_negated_are_improvements(run):
    assert figure(_share(run, "41%", "of case files showed no curiosity about the father", "Recording"),
                  41.0).polarity == "improvement"
    assert figure(_share(run, "2\u00a0in\u00a05", "practitioners said they did not have time to reflect on cases",
                         "Supervision"), 40.0).polarity == "improvement"


def test_a_record_as_the_source_of_a_report_is_no_attribute(run, report):
    f = figure(run(report("Audit records showed that 35% of children were boys.", heading="CONTEXT")), 35.0)
    assert f.polarity == "neutral"


def test_a_bare_share_of_children_judges_nothing(run):
    assert figure(_share(run, "46%", "of children in the sample were aged under five", "Who we saw"),
                  46.0).polarity == "neutral"
