"""AnchoredMatcher gives exactly spaCy's Matcher's matches, in the same order."""
from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from focusfive_nlp.pipeline.anchored import AnchoredMatcher, LexemeTest, UnorderedAnchoredMatcher

WORDS = ["of", "the", "12", "cases", "Good", "good", "in", "%", "per", "cent", "-", "were", "\n\n", "2019", "seven",
         "11/18", "GOOD", "plans"]
TOKEN_SPECS = [
    {"LOWER": "of"}, {"LOWER": {"IN": ["cases", "per"]}}, {"LIKE_NUM": True}, {"ORTH": "%"},
    {"LOWER": "good", "OP": "?"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": {"NOT_IN": ["the"]}},
    {"ORTH": {"IN": ["Good", "-"]}}, {"TEXT": {"REGEX": "^\\d+$"}}, {"LOWER": "the", "OP": "!"},
    {"LOWER": {"REGEX": "^[a-z]{3,}s$"}}, {"LOWER": {"NOT_IN": ["of", "cases"]}, "OP": "?"},
    {"TEXT": {"REGEX": "^\\d+/\\d+$"}}, {"LOWER": {"IN": ["good", "seven"]}},
    {"LIKE_NUM": True, "TEXT": {"REGEX": "^[^/]+$"}}, {"LOWER": {"IN": ["of", "in"]}, "ORTH": {"IN": ["of", "In"]}},
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


def test_the_tests_of_one_token_anchor_together():
    # a number with no "/" is rare, a word with no "/" is not: only "12" anchors, not every word
    pattern = [{"LIKE_NUM": True, "TEXT": {"REGEX": "^[^/]+$"}}, {"LOWER": "cases"}]
    doc = nlp("the " * 200 + "in 12 cases " + "the " * 200)
    plain, anchored = both([pattern])
    assert anchored.windows(doc) == [(201, 203)]
    assert anchored(doc) == plain(doc) and len(plain(doc)) == 1
    slashed = nlp("the " * 200 + "in 11/18 cases " + "the " * 200)  # a number, but with a "/": no anchor
    assert anchored.windows(slashed) == [] and plain(slashed) == []


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


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60),
       st.lists(st.lists(st.sampled_from(TOKEN_SPECS), min_size=1, max_size=3), min_size=1, max_size=5))
def test_unordered_gives_the_same_set_of_matches(words, patterns):
    doc = nlp(" ".join(words))
    plain, unordered = Matcher(nlp.vocab), UnorderedAnchoredMatcher(nlp.vocab, whole_doc_share=2.0)
    for n, pattern in enumerate(patterns):
        plain.add(f"u{n % 2}", [pattern])
        unordered.add(f"u{n % 2}", [pattern])
    assert sorted(unordered(doc)) == sorted(plain(doc))


def test_one_word_patterns_need_no_matcher_call():
    doc = nlp("Good in 12 cases; good or better in seven.")
    unordered = UnorderedAnchoredMatcher(nlp.vocab)
    unordered.add("GOOD", [[{"LOWER": "good"}]])
    unordered.add("NUM", [[{"LIKE_NUM": True}, {"LOWER": "cases"}]])
    assert [name for name, *_rest in unordered._added] == ["NUM"]  # only the two-token pattern goes to a Matcher
    assert sorted((doc.vocab.strings[m], s, e) for m, s, e in unordered(doc)) == [("GOOD", 0, 1), ("GOOD", 5, 6), ("NUM", 2, 4)]
    unordered.remove("GOOD")
    assert [(doc.vocab.strings[m], s, e) for m, s, e in unordered(doc)] == [("NUM", 2, 4)]


def test_set_tests_read_as_lexeme_flags():
    vocab = spacy.blank("en").vocab
    anchored = AnchoredMatcher(vocab)
    anchored.add("W", [[{"LOWER": {"IN": ["cases", "plans"]}}, {"TEXT": {"REGEX": "^x"}}]])
    doc = spacy.blank("en").make_doc("x")  # another vocab: untouched
    flagged = anchored.fast_matcher()
    tests = [g for g in vocab.lex_attr_getters.values() if isinstance(g, LexemeTest)]
    assert sorted(t.key for t in tests) == [("LOWER", "IN", ("cases", "plans")), ("ORTH", "REGEX", "^x")]
    assert len(flagged) == 1 and not any(isinstance(g, LexemeTest) for g in doc.vocab.lex_attr_getters.values())
    by_key = {t.key[1]: t for t in tests}
    assert by_key["IN"]("Cases") and not by_key["IN"]("case")  # LOWER: any case
    assert by_key["REGEX"]("xy") and not by_key["REGEX"]("Xy")  # ORTH: as written


def test_reach_says_where_a_pattern_has_all_its_anchor_words():
    doc = nlp("the plans of 12 cases were late and the rest were on time")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("N", [[{"LIKE_NUM": True}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "cases"}]])
    reach = anchored.reach(doc)
    assert reach(2, 6) and reach(3, 5)
    assert not reach(0, 4) and not reach(5, len(doc))  # "12" without "cases", or neither


def test_flags_on_the_words_a_vocab_holds_are_each_words_test():
    """add_lexeme_flags sets a flag by word index, not by testing every word: the same values."""
    from focusfive_nlp.pipeline.anchored import add_lexeme_flags

    vocab = spacy.blank("en").vocab
    words = ["Cases", "cases", "CASES", "case", "plans", "x1", "X1", "the", "of", "", "Ünder"]
    for w in words:
        vocab[w]
    keys = [("LOWER", "IN", ("cases", "plans")), ("ORTH", "IN", ("Cases", "of")), ("LOWER", "NOT_IN", ("of", "the")),
            ("ORTH", "NOT_IN", ("the",)), ("LOWER", "REGEX", "^x"), ("ORTH", "REGEX", "^X"), ("LOWER", "IN", ("ünder",))]
    add_lexeme_flags(vocab, keys)
    flags = {g.key: f for f, g in vocab.lex_attr_getters.items() if isinstance(g, LexemeTest)}
    assert set(flags) == set(keys)
    for lex in vocab:
        for key, flag in flags.items():
            assert lex.check_flag(flag) == vocab.lex_attr_getters[flag](lex.orth_), (lex.orth_, key)
    assert vocab["CASES"].check_flag(flags[keys[0]]) and not vocab["case"].check_flag(flags[keys[0]])
    assert not vocab["the"].check_flag(flags[keys[2]]) and vocab["plans"].check_flag(flags[keys[2]])
    assert vocab["new word"].check_flag(flags[keys[2]])  # a word made later: the getter's value


def test_each_window_runs_only_the_patterns_anchored_in_it():
    anchored = AnchoredMatcher(nlp.vocab, whole_doc_share=2.0)
    anchored.add("percent", [[{"LIKE_NUM": True}, {"ORTH": "%"}]])
    anchored.add("slash", [[{"TEXT": {"REGEX": "^\\d+/\\d+$"}}, {"LOWER": "cases"}]])
    doc = nlp("In all 40 % of the files the plan was good and the review was late; " * 3 + "in 11/18 cases")
    windows = anchored.planned_windows(doc)
    assert [mask for _lo, _hi, mask in windows] == [0b01, 0b01, 0b01, 0b10]
    assert len(anchored.subset_matcher(0b10)) == 1 and "slash" in anchored.subset_matcher(0b10)
    assert "percent" not in anchored.subset_matcher(0b10)
    plain = Matcher(nlp.vocab)
    plain.add("percent", [[{"LIKE_NUM": True}, {"ORTH": "%"}]])
    plain.add("slash", [[{"TEXT": {"REGEX": "^\\d+/\\d+$"}}, {"LOWER": "cases"}]])
    assert anchored(doc) == plain(doc) and len(plain(doc)) == 4


def test_reach_plans_names_the_patterns_that_can_match_in_a_stretch():
    doc = nlp("the plans of 12 cases were late and 40 % were on time")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("N", [[{"LIKE_NUM": True}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "cases"}]])
    anchored.add("P", [[{"LIKE_NUM": True}, {"IS_SPACE": True, "OP": "?"}, {"ORTH": "%"}]])
    plans = anchored.reach_plans(doc)
    assert plans(2, 6) == 0b01 and plans(8, 11) == 0b10 and plans(0, len(doc)) == 0b11
    assert plans(0, 4) == 0 and plans(5, 9) == 0  # a number without its word
    span = doc[8:11]
    assert anchored.subset_matcher(plans(8, 11))(span) == anchored.fast_matcher()(span) != []


def test_words_learnt_after_the_known_arrays_were_laid_out(monkeypatch):
    # the known words' arrays are a snapshot: words cached since, and words never seen, are
    # read through the cache, and the arrays are laid out again once enough are pending
    import focusfive_nlp.pipeline.anchored as anchored_module
    monkeypatch.setattr(anchored_module, "KNOWN_SLACK", 3)
    pattern = [{"LIKE_NUM": True}, {"LOWER": {"IN": ["cases", "plans"]}}]
    plain, anchored = both([pattern])
    texts = ["in 12 cases", "the 7 plans and 3 cases", "few words here, 4 plans", "none at all",
             " ".join(f"w{k}" for k in range(12)) + " 9 cases", "in 12 cases and 5 plans"]
    for text in texts * 2:
        doc = nlp(text)
        assert anchored(doc) == plain(doc)
    known = anchored._known[0].tolist()
    assert known == sorted(known) and len(known) <= len(anchored._lexeme_masks)
    assert anchored(nlp("w3 8 plans")) == [(plain.vocab.strings["p0"], 1, 3)]
