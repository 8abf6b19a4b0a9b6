"""Property-based tests of extract() on strings (issue 9): no input string crashes it, every
finding's offsets are exact against the string as given, values are 0-100, and
typography or line ends do not change what is found.

Texts are fragments of the annotated reports recombined (lines and sentences in a random
order, joined by "\\n", "\\r\\n", "\\r", blank lines or nothing), long one-liners, arbitrary
unicode, control characters and lone surrogates sprinkled in.

The default run is quick and seeded (derandomised). The issue's judge, 3,000 seeded
texts per property, is the ``judge`` profile:

    FOCUSFIVE_HYPOTHESIS=judge .venv/bin/pytest -q tests/test_extract_properties.py
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import focusfive_nlp
from focusfive_nlp.findings import POLARITIES

_COMMON = dict(deadline=None, derandomize=True, database=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("quick", max_examples=200, **_COMMON)
settings.register_profile("judge", max_examples=3000, **_COMMON)
PROFILE = settings.get_profile(os.environ.get("FOCUSFIVE_HYPOTHESIS", "quick"))
TWIN_PROFILE = settings(PROFILE, max_examples=max(PROFILE.max_examples // 3, 1))

DATA = Path(__file__).resolve().parent / "data"
REPORT_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/*.txt"))
                if "blind" not in p.parent.name]  # blind sets are scored once, never looked into
LINES = sorted({line for text in REPORT_TEXTS for line in text.split("\n")})
SENTENCES = sorted({s for text in REPORT_TEXTS for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if s.strip()})
NLP = focusfive_nlp.load_pipeline()

CONTROLS = [chr(c) for c in (*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f, 0x85, 0x9b)]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"]
ODD = ["\u00a0", "\u202f", "\u2009", "\u3000", "\t", "\u200b", "\u00ad", "\ufeff", "\u2028", "\u2029", "\ufffd",
       "’", "‘", "“", "”", "–", "—", "−", "Ø", "·", "▪", "➢", "\uf0b7", "\uf0d8", "•", "ﬁ", "é", "\u0301"]
SEPARATORS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", "\t", "", "\n\n\n"]


@st.composite
def fragments(draw) -> str:
    """Lines or sentences of the annotated reports, recombined with random separators."""
    pool = draw(st.sampled_from([LINES, SENTENCES]))
    pieces = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=14))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps))


@st.composite
def one_liners(draw) -> str:
    """One long line: sentences run together, sometimes hundreds of characters, or one word repeated."""
    if draw(st.booleans()):
        return " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=30)))
    word = draw(st.text(st.characters(codec="ascii", exclude_characters="\n\r"), min_size=1, max_size=12))
    return word * draw(st.integers(min_value=20, max_value=600))


@st.composite
def sprinkled(draw, base) -> str:
    """``base`` with control characters, surrogates and odd characters inserted at random places."""
    text = draw(base)
    extras = draw(st.lists(st.tuples(st.integers(min_value=0, max_value=max(len(text), 0)),
                                     st.sampled_from(CONTROLS + SURROGATES + ODD)), max_size=12))
    for pos, ch in sorted(extras, reverse=True):
        text = text[:pos] + ch + text[pos:]
    return text


ANY_UNICODE = st.text(st.characters(exclude_categories=()), max_size=400)
TEXTS = st.one_of(fragments(), one_liners(), ANY_UNICODE, sprinkled(fragments()), sprinkled(one_liners()), sprinkled(ANY_UNICODE))


def extract_checked(text: str) -> list:
    """extract() on ``text``, asserting what must hold of every finding."""
    found = focusfive_nlp.extract(text, nlp=NLP)
    for f in found:
        assert 0 <= f.start_char < f.end_char <= len(text), f
        assert text[f.start_char:f.end_char] == f.text, (f.start_char, f.end_char, f.text)
        assert f.value is None or 0 <= f.value <= 100, f
        assert f.polarity in POLARITIES
        assert f.rule and f.section
    return found


def facts(findings) -> list[tuple]:
    return [(f.section, f.value, f.grade, f.grade_qualifier, f.polarity, tuple(f.themes), tuple(f.teams)) for f in findings]


@PROFILE
@given(TEXTS)
def test_no_string_crashes_extract_and_offsets_are_exact(text):
    extract_checked(text)


_TYPOGRAPHIC = [("'", "’"), ('"', "”"), (" ", "\u00a0"), (" - ", " – "), (" - ", " — "), ("\n- ", "\n▪ "), ("\n• ", "\nØ ")]


@TWIN_PROFILE
@given(fragments(), st.lists(st.sampled_from(_TYPOGRAPHIC), min_size=1, max_size=4, unique=True))
def test_typography_changes_nothing_found(text, forms):
    """One character for one: the typographic twin gives the same findings at the same offsets."""
    twin = text
    for plain, fancy in forms:
        twin = twin.replace(plain, fancy)
    plain_found, twin_found = extract_checked(text), extract_checked(twin)
    assert facts(twin_found) == facts(plain_found)
    assert [(f.start_char, f.end_char) for f in twin_found] == [(f.start_char, f.end_char) for f in plain_found]


@TWIN_PROFILE
@given(fragments(), st.sampled_from(["\r\n", "\r"]))
def test_line_ends_change_nothing_found(text, eol):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    assert facts(extract_checked(text.replace("\n", eol))) == facts(extract_checked(text))
