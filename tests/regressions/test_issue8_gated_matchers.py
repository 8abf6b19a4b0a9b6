"""Issue 8 (speed): every gated token Matcher of the default pipeline gives its ungated Matcher's matches.

The grade ruler, the figure patterns (and their line-wrap copies), the theme and cue
patterns and the period patterns run only around the words their patterns cannot match
without (pipeline/anchored.py), worked out from the pattern data when it is loaded. Here each
is held to spaCy's own Matcher over the same patterns on generated text that mixes digits,
grade words, months, the patterns' own words and plain words; and a pattern added to the
data later (as another helper or a council would) is found without any other change.
"""
from __future__ import annotations

import json

import spacy
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from focusfive_nlp.pipeline.anchored import AnchoredMatcher, UnorderedAnchoredMatcher
from focusfive_nlp.pipeline.data import models_dir
from focusfive_nlp.pipeline.figures import FigureFinder

MODELS = models_dir()
MONTHS = yaml.safe_load((MODELS / "calendar.yaml").read_text(encoding="utf-8"))["months"]
GRADES = sorted({row["pattern"][0].get("LOWER", "good") for row in map(json.loads, (MODELS / "grades.jsonl").read_text(
    encoding="utf-8").splitlines()) if row.get("pattern") and isinstance(row["pattern"], list)
    and isinstance(row["pattern"][0].get("LOWER"), str)})
PLAIN = ["the", "plans", "were", "of", "in", "cases", "and", "children", "%", "out", "per", "cent", ",", ".", ":", "-",
         "/", "\n", "\n\n", "Good", "RI", "audits", "last", "year", "up", "from", "to", "Q3", "2023/24", "11/18"]
DIGITS = ["0", "3", "12", "40", "100", "2019", "2024", "one", "seven", "twelve", "half", "5.5"]


def gated_matchers(nlp) -> list[tuple[str, AnchoredMatcher]]:
    """The default pipeline's gated Matchers, by component and attribute."""
    out = []
    for name, pipe in nlp.pipeline:
        for attr, value in vars(pipe).items():
            if isinstance(value, AnchoredMatcher):
                out.append((f"{name}.{attr}", value))
    return out


def pattern_words(matchers) -> list[str]:
    """The words the patterns themselves name (ORTH/LOWER values and IN lists), so that
    generated text reaches their anchors and not only their misses."""
    words = set()
    for _name, m in matchers:
        for _n, _key, patterns, _on, _greedy in m._added:
            for pattern in patterns:
                for spec in pattern:
                    for key in ("ORTH", "TEXT", "LOWER"):
                        value = spec.get(key)
                        if isinstance(value, str):
                            words.add(value)
                        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                            words.update(v for v in value["IN"] if isinstance(v, str))
    return sorted(w for w in words if w.strip() and " " not in w)


def test_the_default_pipeline_gates_its_token_matchers(nlp):
    names = {name for name, _m in gated_matchers(nlp)}
    assert {"ff_grades.matcher", "ff_figures.matcher", "ff_figures.wrapped", "ff_themes.patterns",
            "ff_cues.patterns", "ff_context.periods"} <= names


def _check_doc(nlp, words: list[str], cuts: list[tuple[int, int]]) -> None:
    doc = nlp.make_doc(" ".join(words))
    for name, m in gated_matchers(nlp):
        plain = m.matcher  # the same patterns as given, run over every token
        if isinstance(m, UnorderedAnchoredMatcher):  # its caller sorts: the same set of matches
            assert sorted(set(m(doc))) == sorted(set(plain(doc))), name
        else:
            assert m(doc) == plain(doc), name
            # a stretch read alone, as at a line wrap: only the patterns that can match there
            # (the unordered ruler looks its one-word patterns up apart: they have no plan)
            reach = m.reach_plans(doc)
            for lo, hi in cuts:
                lo, hi = sorted((min(lo, len(doc)), min(hi, len(doc))))
                expected = plain(doc[lo:hi])
                mask = reach(lo, hi) if reach is not None else None
                if mask == 0:
                    assert expected == [], name
                elif mask is not None:
                    assert m.subset_matcher(mask)(doc[lo:hi]) == expected, name


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_gated_matchers_give_the_ungated_matches(nlp, data):
    vocabulary = DIGITS + MONTHS + GRADES + PLAIN + pattern_words(gated_matchers(nlp))
    words = data.draw(st.lists(st.sampled_from(vocabulary), max_size=60))
    cuts = data.draw(st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=3))
    _check_doc(nlp, words, cuts)


def test_a_sentence_with_no_trigger_word_has_no_window_but_one_with_them_does(nlp):
    matchers = dict(gated_matchers(nlp))
    quiet = nlp.make_doc("the plans were written with care and the family took part")
    figures = matchers["ff_figures.matcher"]
    assert figures.windows(quiet) == [] and figures.matcher(quiet) == []
    busy = nlp.make_doc("the plans were written with care . " * 8 + "12 of the 40 cases were good in March 2024 .")
    windows = figures.windows(busy)
    assert windows and all(lo > len(busy) // 2 for lo, _hi in windows)  # only around the figure, not the quiet lines
    assert figures(busy) == figures.matcher(busy) != []


def test_a_pattern_added_to_the_data_is_matched(tmp_path):
    """The gating is worked out from whatever patterns are loaded: a new row in a figure
    pattern file, anchored on a word no bundled pattern names, is found at once."""
    extra = tmp_path / "more_figures.jsonl"
    extra.write_text(json.dumps({"id": "count_fortnights", "label": "COUNT",
                                 "pattern": [{"LIKE_NUM": True}, {"LOWER": "fortnights"}]}) + "\n", encoding="utf-8")
    nlp = spacy.blank("en")

    def finder(files):
        return FigureFinder(nlp, "ff_figures", str(MODELS), files, "numbers.yaml", "figure_kinds.yaml", "calendar.yaml")

    bundled, extended = finder(["figures.jsonl"]), finder(["figures.jsonl", str(extra)])
    doc = nlp.make_doc("Visits were made within 3 fortnights in 12 of the 40 cases.")
    rule = nlp.vocab.strings["count_fortnights"]
    assert (rule, 4, 6) in extended.matcher(doc) and extended.matcher(doc) == extended.matcher.matcher(doc)
    assert all(m != rule for m, _s, _e in bundled.matcher(doc))
    assert extended.matcher(nlp.make_doc("the plans were good")) == []  # no number, no word: no match


def test_a_pattern_added_to_a_matcher_after_use_is_matched(nlp):
    """Patterns added after a Matcher has been used are planned again on the next call."""
    m = AnchoredMatcher(nlp.vocab)
    m.add("percent", [[{"LIKE_NUM": True}, {"ORTH": "%"}]])
    doc = nlp.make_doc("In 40 % of the cases , 7 fortnights passed")
    assert len(m(doc)) == 1
    m.add("fortnights", [[{"LIKE_NUM": True}, {"LOWER": {"IN": ["fortnights", "weeks"]}}]])
    assert m(doc) == m.matcher(doc) and len(m(doc)) == 2
