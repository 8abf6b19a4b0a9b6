"""Issue 7 kind 2 (real21): a figure that restates the graded share before it ("In the spring round the
figure was 52%") keeps that share's grade and polarity when a clause of consequence follows it
(", so we are heading the right way"): ", so" opens another clause, which says nothing of what the
figure measures. A figure with a measure of its own stays its own.
"""
from __future__ import annotations

from picks import figure, under


def test_the_figure_before_a_so_clause_continues_the_graded_share(run, report):
    fs = under(run, report, "Overall, 39 of the 64 files were good or better. In the spring round the figure "
                            "was 52%, so we are heading the right way.", heading="AUDIT RESULTS")
    f = figure(fs, 52.0)
    assert (f.grade, f.grade_qualifier, f.polarity) == ("good", "or_above", "strength")


def test_a_figure_with_its_own_measure_is_not_carried(run, report):
    fs = under(run, report, "Overall, 39 of the 64 files were good or better. In the spring round 52% of the "
                            "files had a chronology, so we are heading the right way.", heading="AUDIT RESULTS")
    f = figure(fs, 52.0)
    assert f.grade is None
