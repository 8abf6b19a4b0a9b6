"""AnchoredMatcher gives exactly spaCy's Matcher's matches, in the same order."""
from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from focusfive_nlp.pipeline.anchored import AnchoredMatcher

WORDS = ["of", "the", "12", "cases", "Good", "good", "in", "%", "per", "cent", "-", "were", "\n\n", "2019", "seven"]
TOKEN_SPECS = [
    {"LOWER": "of"}, {"LOWER": {"IN": ["cases", "per"]}}, {"LIKE_NUM": True}, {"ORTH": "%"},
    {"LOWER": "good", "OP": "?"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": {"NOT_IN": ["the"]}},
    {"ORTH": {"IN": ["Good", "-"]}}, {"TEXT": {"REGEX": "^\\d+$"}}, {"LOWER": "the", "OP": "!"},
]
nlp = spacy.blank("en")


def both(patterns):
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab, whole_doc_share=2.0)  # always windows
    for n, pattern in enumerate(patterns):
        plain.add(f"p{n % 3}", [pattern])
        anchored.add(f"p{n % 3}", [pattern])
    return plain, anchored


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=80),
       st.lists(st.lists(st.sampled_from(TOKEN_SPECS), min_size=1, max_size=4), min_size=1, max_size=5))
def test_same_matches_as_the_matcher(words, patterns):
    doc = nlp(" ".join(words))
    plain, anchored = both(patterns)
    assert anchored(doc) == plain(doc)


def test_reads_only_windows_around_anchors():
    doc = nlp("the " * 200 + "in 12 cases " + "the " * 200)
    plain, anchored = both([[{"LIKE_NUM": True}, {"LOWER": "cases"}]])
    assert anchored.windows(doc) == [(201, 203)]
    assert anchored(doc) == plain(doc) and len(plain(doc)) == 1


def test_open_length_pattern_reads_the_whole_doc():
    doc = nlp("12 of the cases")
    plain, anchored = both([[{"LIKE_NUM": True}, {"LOWER": "the", "OP": "*"}]])
    assert anchored.windows(doc) is None
    assert anchored(doc) == plain(doc)


def test_removed_and_callback_patterns():
    doc = nlp("In 12 cases of 40 the plan was good; 7 cases were not.")
    plain, anchored = both([[{"LIKE_NUM": True}, {"LOWER": "cases"}], [{"LOWER": "good"}]])
    plain.remove("p1")
    anchored.remove("p1")
    assert anchored(doc) == plain(doc) and len(plain(doc)) == 2
    seen = []
    anchored.add("p1", [[{"LOWER": "plan"}]], on_match=lambda m, d, i, matches: seen.append(i))
    assert anchored.windows(doc) is None  # a callback sees its key's matches over the whole Doc
    assert [doc[s:e].text for _m, s, e in anchored(doc)] == ["12 cases", "plan", "7 cases"] and seen == [1]
