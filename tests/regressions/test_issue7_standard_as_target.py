"""Issue 7 (real9): "the standard is 100%" / "The standard is that 95% are seen within ..." states a
standard the service sets itself: a target, neutral (FINDINGS §2). A standard met in a share of
cases ("the standard is met in 80%") is a result.
"""
from __future__ import annotations

from picks import figure


def test_the_standard_before_a_figure_is_a_target(run, report):
    found = run(report("Progress is real but not yet enough: the standard is 100%.", heading="HEALTH"))
    f = figure(found, 100.0)
    assert (f.figure_kind, f.polarity) == ("target", "neutral")


def test_a_standard_that_a_share_must_meet_is_a_target(run, report):
    found = run(report("The local standard is that 95% are completed within 20 working days.", heading="HEALTH"))
    assert (figure(found, 95.0).figure_kind, figure(found, 95.0).polarity) == ("target", "neutral")


def test_a_standard_met_in_a_share_is_a_result(run, report):
    found = run(report("The standard is met in 80% of the cases we read.", heading="HEALTH"))
    assert (figure(found, 80.0).figure_kind, figure(found, 80.0).polarity) == ("result", "strength")
