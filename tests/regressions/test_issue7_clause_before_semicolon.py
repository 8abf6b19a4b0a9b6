"""Issue 7 (real9): a semicolon before a sentence's first figure ends the clause before it, so that
clause's judgement ("are not specific enough about what must change; only 11 of the 28 ...") does not
decide what the figure measures (FINDINGS §2); it is a qualitative finding of its own. Cues of the
figure's own clause, before or after it, still decide.
"""
from __future__ import annotations

from picks import figure


def test_the_judgement_before_a_semicolon_does_not_decide_the_figure(run, report):
    found = run(report("Supervision was not regular enough; in 12 of the 20 files the plan had been reviewed on time.",
                       heading="SUPERVISION"))
    f = figure(found, 60.0)
    assert (f.polarity, "on time" in f.rule) == ("strength", True)
    assert any(x.value is None and x.polarity == "improvement" for x in found)  # the clause before is its own finding


def test_a_need_before_a_semicolon_leaves_a_bare_share_of_practice_to_its_own_words(run, report):
    found = run(report("Plans must say what has to change; only 9 of the 30 plans named measurable goals.",
                       heading="PLANS"))
    assert figure(found, 30.0).polarity == "strength"
    assert "must" not in figure(found, 30.0).rule


def test_the_figures_own_clause_still_decides(run, report):
    found = run(report("Recording was patchy; 14 of the 20 chronologies were out of date.", heading="CHRONOLOGY"))
    assert figure(found, 70.0).polarity == "improvement"
    found = run(report("In 14 of the 20 cases the chronology was out of date; this is a concern.", heading="CHRONOLOGY"))
    assert figure(found, 70.0).polarity == "improvement"
