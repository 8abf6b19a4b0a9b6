"""Issue 9 (development set real18): a line end breaking a grade word at a hyphen.

"good or out-" / "standing (61%)" is the grade qualifier "or outstanding". A line-end hyphen
is settled with the document's own words first, and "out" is a prefix that usually forms
compounds ("out-of-hours"), so the words read "out-standing" and the qualifier was lost when
the report was read alone, but found when another report in the same text spelt
"outstanding". The grade lexicon's words (models/grades.jsonl) are now read whole, alone or
beside any text; the evidence stays the text as given, hyphen and line break included. A
real compound broken at a line end ("multi-" / "agency") keeps its hyphen as before.
"""
from __future__ import annotations

from collections import Counter

from focusfive_nlp.hyphenation import grade_words, keeps_hyphen
from focusfive_nlp.textview import join_hyphens, plain_view
from picks import figure

REPORT = ("Practice Quality Bulletin – Summer 2025\n\n"
          "CASE FILE AUDITS\n\n"
          "Of the 150 files audited this term, 93 were graded good or out-\n"
          "standing (62%), and the multi-\n"
          "agency chronology was up to date in most of them.\n")
ELSEWHERE = "\nAnother team's practice was judged outstanding in every file.\n"


def test_good_or_out_standing_is_read_or_above_alone_and_beside_other_text(run):
    for text in (REPORT, REPORT + ELSEWHERE):
        found = figure(run(text), 62.0)
        assert (found.grade, found.grade_qualifier) == ("good", "or_above")
        assert text[found.start_char:found.end_char] == found.text  # offsets into the text as given
        assert "out-\nstanding" in found.text


def test_the_view_joins_the_grade_word_and_keeps_a_compounds_hyphen():
    view = join_hyphens(plain_view(REPORT)).text
    assert "good or outstanding (62%)" in view
    assert "the multi-agency chronology" in view


def test_a_grade_word_is_read_whole_whatever_the_prefix():
    assert {"outstanding", "inadequate", "improvement"} <= grade_words()
    assert not keeps_hyphen("out", "standing", Counter())
    assert not keeps_hyphen("in", "adequate", Counter())
    # not grade words: the prefix rule stands ("out-of-hours", "well-being", "multi-agency")
    assert keeps_hyphen("out", "reach", Counter())
    assert keeps_hyphen("multi", "agency", Counter())
    # the document's own spelling still decides first
    assert keeps_hyphen("out", "standing", Counter({"out-standing": 2}))
