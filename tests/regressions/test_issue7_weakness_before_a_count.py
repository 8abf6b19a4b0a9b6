"""Issue 7 (real21): a weakness stated in a clause of its own before a count ("The Leaving Care files were
weaker on planning, and in 5 of the 12 we read the pathway plan was more than a year old") judges that
count; it is no fall of what the count measures, so its judgement is an improvement, not a strength. A
fall in the figure's own clause still composes with what the figure measures.
"""
from __future__ import annotations

from picks import under


def _judgements(findings):
    return [f for f in findings if f.value is None]


def test_a_weakness_before_a_count_of_a_gap_is_an_improvement(run, report):
    fs = under(run, report, "Files held by the Leaving Care team were weaker on planning, and in 5 of the 12 we "
                            "read, the pathway plan was more than a year old.", heading="FILES")
    assert all(f.polarity == "improvement" for f in fs), [(f.value, f.polarity, f.rule) for f in fs]


def test_a_fall_of_a_good_measure_in_its_own_clause_is_still_an_improvement(run, report):
    fs = under(run, report, "Visits in time fell to 5 of the 12 files.", heading="VISITS")
    assert [f.polarity for f in _judgements(fs)] == ["improvement"]
    assert [f.polarity for f in fs if f.value is not None] == ["strength"]
