"""Issue 7 (real21): a judgement that compares two groups ("weaker in the child in need teams than in
those of child protection social workers") is two findings: the side its cue judges, and the side after
"than", which takes the other polarity, its own team and the compared subject's theme. A comparison
with a time or a standard ("better than last year", "than in 2022", "more than half") does not split.
"""
from __future__ import annotations

from picks import under


def _by_polarity(findings):
    return {f.polarity: f for f in findings if f.value is None}


def test_worse_side_first_gives_the_better_side_after_than(run, report):
    fs = under(run, report, "Analysis of risk was weaker in assessments written by the children in need teams "
                            "than in those written by the child protection teams.", heading="ASSESSMENT")
    got = _by_polarity(fs)
    assert got["improvement"].teams == ["Children in Need"]
    assert got["strength"].teams == ["Child Protection"]
    assert "risk_analysis" in got["strength"].themes and "risk_analysis" in got["improvement"].themes


def test_better_side_first_gives_the_worse_side_after_than(run, report):
    fs = under(run, report, "Joint working was stronger between the MASH and the police than between schools "
                            "and GP surgeries.", heading="PRACTICE")
    got = _by_polarity(fs)
    assert got["strength"].teams == ["MASH"]
    assert got["improvement"].text.startswith("than between schools")
    assert "multi_agency" in got["improvement"].themes


def test_a_comparison_with_a_time_is_one_finding(run, report):
    fs = under(run, report, "Recording was better in the Fostering team than in 2022.", heading="PRACTICE")
    assert [f.polarity for f in fs if f.value is None] == ["strength"]
    fs = under(run, report, "Supervision notes were clearer in the YOT than last year.", heading="SUPERVISION")
    assert [f.polarity for f in fs if f.value is None] == ["strength"]


def test_rather_than_and_more_than_half_do_not_split(run, report):
    fs = under(run, report, "Plans listed services rather than in what way life would change for the child.",
               heading="PLANS")
    assert all(not f.rule.startswith("clause:compared") for f in fs)
    fs = under(run, report, "More than half of the plans were reviewed on time.", heading="PLANS")
    assert all(not f.rule.startswith("clause:compared") for f in fs)
