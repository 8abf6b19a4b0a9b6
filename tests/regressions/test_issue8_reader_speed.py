"""Issue 8, the PDF path outside the pipeline: the reader's shortcuts give what the plain
code gave (same words, rows, sizes, headings), and a command's collector settings."""
from __future__ import annotations

from focusfive_nlp.readers.blocks import PARA, Block, build_text
from focusfive_nlp.readers.layout import body_size, group_rows
from focusfive_nlp.readers.model import Line, Word, round1
from focusfive_nlp.structure import detect_headings


def test_words_compare_and_hash_by_value():
    a, b = Word("care", 1.0, 2.0, 3.0, 4.0, 10.0, True), Word("care", 1.0, 2.0, 3.0, 4.0, 10.0, True)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Word("care", 1.0, 2.0, 3.0, 4.0, 10.0, False)


def test_line_facts_are_worked_out_once_and_match_the_words():
    words = [Word("Audit", 0, 20, 0, 10, 12.04), Word("results", 22, 50, 0, 10, 11.96, True), Word("2021", 52, 70, 0, 10, 9.0, True)]
    line = Line(words=words, page=1)
    assert line.text == "Audit results 2021" and line.text is line.text
    assert line.size == 12.0  # 5 + 7 letters at 12.0 (rounded) beat 4 at 9.0
    assert (line.chars, line.bold_chars, line.bold) == (16, 11, False)
    assert Line(words=words[1:], page=1).bold


def test_round1_is_round_to_one_place():
    for x in (11.96, 12.05, 0.25, -3.35, 1e9 + 0.05, 7.0):
        assert round1(x) == round(x, 1)


def test_rows_group_words_by_baseline_left_to_right():
    w = [Word("b", 30, 40, 0, 10), Word("a", 0, 10, 0.2, 10.1), Word("c", 0, 10, 20, 30)]
    rows = group_rows(w)
    assert [r.text for r in rows] == ["a b", "c"]
    assert (rows[0].top, rows[0].bottom) == (0, 10.1)
    assert [r.text for r in group_rows([Word("x", 0, 5, 0, 10), Word("y", 0, 5, 6, 16)])] == ["x", "y"]  # overlap under half: two rows


def test_body_size_keeps_the_first_seen_size_on_a_tie():
    def rows(*sizes):
        return [group_rows([Word("abcd", 0, 10, i * 20, i * 20 + 10, s)]) for i, s in enumerate(sizes)]
    # a page's first and last rows are left out; 11.0 and 9.0 (rounded) then tie at 8 letters: the first seen wins
    assert body_size([[r[0] for r in rows(20.0, 11.0, 9.0, 9.02, 11.04, 20.0)]]) == 11.0
    assert body_size([[r[0] for r in rows(20.0, 9.0, 11.0, 11.04, 9.02, 20.0)]]) == 9.0
    assert body_size([[r[0] for r in rows(20.0, 9.0, 11.0, 11.04, 20.0)]]) == 11.0  # 8 letters to 4


def test_headings_judged_only_at_the_given_line_ends():
    text = "Audit report 2021\n\nVISITS\n\nMost visits were on time.\n\nPLANS\n"
    everything = detect_headings(text)
    assert [h.text for h in everything] == ["VISITS", "PLANS"]
    plans = next(h for h in everything if h.text == "PLANS")
    assert detect_headings(text, ends={plans.end}) == [plans]  # judged as before
    assert detect_headings(text, ends={plans.end - 1}) == []  # no line ends there: nothing judged


def test_a_one_line_paragraph_that_reads_as_a_heading_becomes_one():
    blocks = [Block(PARA, "Audit report 2021"), Block(PARA, "VISITS AND PLANS"), Block(PARA, "Most visits were on time, the audit found.")]
    built = build_text(blocks)
    assert [h.text for h in built.headings] == ["VISITS AND PLANS"]
    blocks = [Block(PARA, "Audit report 2021"), Block(PARA, "VISITS AND PLANS", may_be_heading=False), Block(PARA, "Most visits were on time.")]
    assert build_text(blocks).headings == []
