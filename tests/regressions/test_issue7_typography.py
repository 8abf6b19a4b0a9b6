"""Issue 7 item 4: typography reads as its plain form for every matcher.

A report written with curly apostrophes and quotes, non-breaking and other odd spaces,
bullet glyphs ("Ø", "·", "o", "▪", "➢", Wingdings' private-use bullets), en and em dashes
gives the same findings as its plain twin (sections, values, grades, polarity, themes,
teams), with evidence offsets exact against the typographic text as given.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from focusfive_nlp.textview import plain_view

DATA = Path(__file__).parent / "data"
PLAIN = (DATA / "issue7-typography-plain.txt").read_text(encoding="utf-8")
CURLY = (DATA / "issue7-typography-curly.txt").read_text(encoding="utf-8")


def facts(findings) -> list[tuple]:
    return [(f.section, f.value, f.grade, f.polarity, tuple(f.themes), tuple(f.teams), f.rule) for f in findings]


def assert_exact(text: str, findings) -> None:
    for f in findings:
        assert text[f.start_char:f.end_char] == f.text, (f.start_char, f.end_char, f.text)


@pytest.fixture(scope="module")
def plain(run):
    return run(PLAIN)


def test_plain_twin_reads_as_expected(plain):
    got = {(f.section, f.value, f.polarity) for f in plain}
    assert {("assessment", 58.0, "strength"), ("assessment", 25.0, "improvement"), ("planning", 40.0, "strength"),
            ("voice_of_child", 16.7, "neutral"), ("visiting", 83.0, "strength"), ("visiting", 17.0, "improvement")} <= got
    assert any(f.teams == ["Disabled Children"] and "voice_of_child" in f.themes for f in plain)
    assert any(f.teams == ["PACT"] and f.polarity == "strength" for f in plain)


def test_typographic_report_gives_the_plain_findings(run, plain):
    curly = run(CURLY)
    assert len(CURLY) == len(PLAIN)  # written one character for one, so offsets must agree too
    assert facts(curly) == facts(plain)
    assert [(f.start_char, f.end_char) for f in curly] == [(f.start_char, f.end_char) for f in plain]
    assert_exact(CURLY, curly)


def test_evidence_and_headings_are_as_written(run):
    curly = run(CURLY)
    assert any("Children’s Team" in f.text for f in curly)  # the input's own apostrophe, not a folded one
    assert {f.section_heading for f in curly if f.section == "voice_of_child"} == {"Section 3 — Children’s Voice"}
    assert {f.section_heading for f in curly if f.section == "visiting"} == {"Visits — Frequency"}
    assert not any(f.text.startswith(("Ø", "▪", "➢", "·", "\uf0a7", "\uf0b7", "\uf0d8", "■", "–")) for f in curly)


def _line_starts(old: str, new: str):
    return lambda text: re.sub(rf"(?m)^{re.escape(old)}", new, text)


# (name, how the typographic twin is made from the plain report)
FORMS = [
    ("right single quote as apostrophe", lambda t: t.replace("'", "\u2019")),
    ("curly single quotes", lambda t: t.replace("'Good'", "\u2018Good\u2019")),
    ("curly double quotes", lambda t: t.replace('"Requires Improvement"', "\u201cRequires Improvement\u201d")),
    ("modifier-letter apostrophe", lambda t: t.replace("'", "\u02bc")),
    ("non-breaking spaces everywhere", lambda t: t.replace(" ", "\u00a0")),
    ("narrow no-break and thin spaces", lambda t: t.replace(" %", "\u202f%").replace(" of ", "\u2009of\u2009")),
    ("ideographic and em spaces", lambda t: t.replace(" were ", "\u3000were\u2003")),
    ("tab after bullets", _line_starts("- ", "-\t")),
    ("Wingdings arrow bullet", _line_starts("- ", "\u00d8\t")),
    ("middle-dot bullet", _line_starts("- ", "\u00b7 ")),
    ("letter-o bullet", _line_starts("- ", "o ")),
    ("small square bullet", _line_starts("- ", "\u25aa ")),
    ("arrowhead bullet", _line_starts("- ", "\u27a2 ")),
    ("Symbol private-use bullet", _line_starts("- ", "\uf0b7\t")),
    ("Wingdings private-use arrow", _line_starts("- ", "\uf0d8 ")),
    ("en dash bullets", _line_starts("- ", "\u2013 ")),
    ("en dashes", lambda t: t.replace(" - ", " \u2013 ")),
    ("em dashes", lambda t: t.replace(" - ", " \u2014 ")),
    ("minus signs", lambda t: t.replace(" - ", " \u2212 ")),
    ("zero-width spaces inside words", lambda t: t.replace("plans", "pla\u200bns").replace("Assessment", "Assess\u200bment")),
    ("soft hyphens inside words", lambda t: t.replace("assessments", "assess\u00adments")),
    ("a byte-order mark first", lambda t: "\ufeff" + t),
]


@pytest.mark.parametrize("name, make", FORMS, ids=[f[0] for f in FORMS])
def test_each_typographic_form_reads_as_its_plain_form(run, plain, name, make):
    text = make(PLAIN)
    assert text != PLAIN, name
    got = run(text)
    assert facts(got) == facts(plain), name
    assert_exact(text, got)
    if len(text) == len(PLAIN):
        assert [(f.start_char, f.end_char) for f in got] == [(f.start_char, f.end_char) for f in plain]


def test_ligature_free_view_is_one_for_one_except_invisible_characters():
    text = "Ø\tChild’s plan — “good”\u00a0overall\r\n· next\u200b"
    view = plain_view(text)
    assert view.text == "•\tChild's plan - \"good\" overall \n• next".replace("\t", " ")
    assert view.removed == (len(text) - 1,)
    assert view.source_end(len(view.text)) == len(text) - 1
    assert view.view_offset(len(text)) == len(view.text)


def test_letters_that_can_be_bullets_stay_letters_inside_a_line():
    view = plain_view("Øvre Eiker and also o-rings · not bullets")
    assert view.text == "Øvre Eiker and also o-rings · not bullets"


@pytest.mark.parametrize("span", ["2019\u201320", "2019\u201420", "2019\u221220"])
def test_a_year_span_with_a_dash_gives_the_year_and_the_period_as_written(run, report, span):
    found = run(report("- 43% of plans were graded Good.\n", title=f"Annual Audit Report {span}"))
    assert found and {(f.report_year, f.report_period) for f in found} == {(2019, span)}
