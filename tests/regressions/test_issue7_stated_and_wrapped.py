"""Issue 7, two causes of missed themes (scripts/theme_misses.py), positive and negative cases.

(a) A clause that names a theme and states its practice standard as done, with no other
    cue ("Health visitors attended each strategy discussion"), is a strength finding
    (rule "clause:standard stated"); not where it counts or dates something or names a team,
    which is how a report describes its sample or scope.
(b) A hard-wrapped transcript (a blank line after every line, or a single break mid-sentence)
    has its wrapped lines joined before it is read, so a sentence and a cue phrase run on
    across the break; a line that ends a sentence, a list item or a capitalised line after a
    complete one stays apart. Evidence is cut from the text as given.
"""
from __future__ import annotations

from focusfive_nlp.structure import wrapped_breaks
from focusfive_nlp.textview import join_lines, plain_view


# --- (a) a standard stated as done -------------------------------------------------------------

def test_a_theme_with_its_standard_stated_as_done_is_a_strength(run, report):
    fs = run(report("Health visitors attended each strategy discussion.\n", heading="MULTI-AGENCY WORKING"))
    stated = [f for f in fs if f.rule.startswith("clause:standard stated")]
    assert stated and stated[0].polarity == "strength" and "multi_agency" in stated[0].themes


def test_a_counted_or_team_naming_description_stays_no_finding(run, report):
    for body in ("42 strategy discussions were held during the autumn.\n",
                 "Strategy discussions for the Fostering team were held by managers.\n"):
        fs = run(report(body, heading="MULTI-AGENCY WORKING"))
        assert not [f for f in fs if f.rule.startswith("clause:standard stated")], body


def test_a_theme_with_no_judgement_at_all_stays_no_finding(run, report):
    fs = run(report("Strategy discussions were considered in the planning meeting.\n", heading="MULTI-AGENCY WORKING"))
    assert fs == []


# --- (b) wrapped lines ----------------------------------------------------------------------------

def _double_spaced(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


SLIDES = _double_spaced([
    "Visits Audit 2023", "Practice week slides", "VISITS",
    "Of the 30 children old enough, 21 had been seen",
    "on their own.",
    "Most visits were recorded within the week and",
    "showed what the child had said.",
    "Next steps",
    "Managers will check visit records.",
    "- Repeat the audit in spring",
    "- Share the slides with teams",
    "Thank you.",
])


def test_a_cue_broken_across_a_blank_line_is_read_whole(run):
    fs = run(SLIDES)
    seen = [f for f in fs if "21 had been seen" in f.text]
    assert seen and "voice_of_child" in seen[0].themes
    for f in fs:  # evidence offsets are the text's own, blank lines included
        assert SLIDES[f.start_char:f.end_char] == f.text
    assert "seen\n\non their own" in seen[0].text


def test_wrapped_breaks_join_only_what_runs_on():
    text = plain_view(SLIDES).text
    joined = [text[text.rfind("\n", 0, a) + 1:a] for a, _b in wrapped_breaks(text)]
    assert joined == ["Of the 30 children old enough, 21 had been seen", "Most visits were recorded within the week and"]


def test_a_blank_line_after_a_sentence_or_before_an_item_is_kept():
    text = _double_spaced(["A sentence that ends here.", "and a lower-case line after it"] * 3
                          + ["Plans were reviewed in", "- a list item"] * 3)
    assert wrapped_breaks(text) == []


def test_a_single_break_mid_phrase_is_joined_and_a_heading_line_is_not():
    text = ("Summary of findings\nPlans for children in need were weaker than child protection\n"
            "    plans in most teams, and the\nManagers agreed.\nKey Messages\nForty files were read.\n")
    view = join_lines(plain_view(text), wrapped_breaks(text))
    assert "child protection plans in most teams, and the Managers agreed." in view.text
    assert "Summary of findings\nPlans" in view.text and "Key Messages\nForty" in view.text
    start = view.text.index("plans in most")
    assert text[view.source_start(start):view.source_end(start + 5)] == "plans"
