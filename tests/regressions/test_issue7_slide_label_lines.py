"""Issue 7 (real14): a slide's big number over a label line of any length ("1 in 5" over "case records
had a summary that was more than six months old"), then a sentence of its own: the label line ends
the figure's sentence, so the next sentence's words ("Most records were up to date", a team it names)
are not the figure's. A line that wraps a sentence on (ending on a function word, or before a name in
capitals) still runs on.
"""
from __future__ import annotations

from picks import figure

SLIDE = ("Practice week 2026\n\nSlide 5 — Recording\n1\u00a0in\u00a05\n"
         "case records had a case summary that was more than six months old when we read them\n"
         "Most records were up to date, and the Early Help records were the tidiest we saw.\n")


def test_the_label_line_ends_the_figures_sentence(run):
    found = run(SLIDE)
    f = figure(found, 20.0)
    assert (f.polarity, f.teams) == ("improvement", [])
    assert f.text.endswith("when we read them")
    assert any(x.value is None and "Early Help records" in x.text for x in found)


def test_a_wrapped_line_that_ends_on_a_function_word_runs_on(run):
    found = run("Practice week 2026\n\nSlide 2 — Front door\n45%\nof the contacts in the quarter were passed on within a day to the\n"
                "Early Help hub by the duty team.\n")
    assert figure(found, 45.0).text.endswith("by the duty team")


def test_a_wrapped_line_before_a_name_in_capitals_runs_on(run):
    found = run("Practice week 2026\n\nSlide 2 — Front door\n45%\nof the contacts in the quarter were passed on within a day to\n"
                "MASH staff by the duty team.\n")
    assert figure(found, 45.0).text.endswith("by the duty team")
