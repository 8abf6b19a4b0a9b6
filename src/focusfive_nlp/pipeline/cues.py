"""ff_cues: polarity cue phrases (strength, improvement, negation, list headers, ...).

The ConText idea from medSpaCy: cue phrases from polarity.yaml are tagged here as spans
in ``doc.spans["ff_cues"]`` (label = cue category); polarity.py composes them within a
clause. A cue inside a longer cue is dropped, except the modifiers (negations, rise and
fall, resolving words, less-is-better quantities, intensifiers), which keep their own
spans so "did not show the correct level" reads as negated "correct" and "fewer delays"
as a fall in a bad quantity. Resolved once per document: a terminator inside a negation
("not yet") ends nothing; of ratings joined by "or" the first decides ("'met' or
'partially met'" is a standard met, "red or amber" one not met); a grade of several words
is one judgement ("Requires improvement to be good" holds no "good"). Single-word
attribute cues also match as adverbs ("robust" -> "robustly"), multi-word ones with
hyphens ("high quality" -> "high-quality"); token ``patterns`` add what phrases cannot
list ("within 10 working days").
"""
from __future__ import annotations

from typing import List

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from ..errors import ConfigError
from .anchored import AnchoredMatcher
from .data import check_keys, load_many, string_list
from .lexicon import drop_contained
from .phrase_keys import PhraseKeys
from .spans import Mark, group_marks, set_spans, token_columns
from .grade_moves import grade_move_ranges
from .polarity import GRADE_POLARITY

CATEGORIES = {
    "header_strength": "HEADER_STRENGTH",
    "header_improvement": "HEADER_IMPROVEMENT",
    "header_actions": "HEADER_ACTION",
    "strength": "STRENGTH",
    "weak_strength": "WEAK_STRENGTH",
    "improvement": "IMPROVEMENT",
    "negation": "NEGATION",
    "minimiser": "MINIMISER",
    "scarcity": "SCARCITY",
    "procedure": "PROCEDURE",
    "circumstance": "CIRCUMSTANCE",
    "method": "METHOD",
    "pseudo": "PSEUDO",
    "instruments": "PSEUDO",  # a named tool or programme: no cue inside its name
    "terminator": "TERMINATOR",
    "increase": "INCREASE",
    "decrease": "DECREASE",
    "resolve": "RESOLVE",
    "less_is_better": "LESS_BETTER",
    "intensifier": "INTENSIFIER",
    "population": "POPULATION",
    "case_features": "CASE_FEATURE",
    "practice": "PRACTICE",
    "done": "DONE",
    "sampling": "SAMPLING",
    "life_events": "LIFE_EVENT",
    "remedy": "REMEDY",
}
ATTRIBUTE_LABELS = {"STRENGTH", "WEAK_STRENGTH", "IMPROVEMENT"}
ALTERNATIVE = {"or", "either", "'", '"', "‘", "’", "“", "”", ","}  # words between alternative ratings
PATTERN_REACH = 10  # tokens a cue pattern may span
# modifiers: matched apart, so they may overlap an attribute cue ("fewer", "not")
MODIFIERS = {"negation", "increase", "decrease", "resolve", "less_is_better", "intensifier", "case_features", "practice",
             "done", "circumstance", "sampling", "life_events"}
PATTERN_MODIFIERS = {"done"}  # modifiers that token patterns may add (matched apart like the phrases)
# attribute cues that also match in their derived forms
DERIVED = {"strength", "weak_strength", "improvement"}


def derived_forms(phrase: str) -> list[str]:
    """The phrase, its hyphenated form ("high-quality") and, for one adjective, its
    adverb ("robust" -> "robustly", "timely" stays)."""
    out = [phrase]
    words = phrase.split()
    if len(words) > 1 and "-" not in phrase:
        out.append("-".join(words))
    elif len(words) == 1 and phrase.isalpha() and len(phrase) > 3 and not phrase.endswith(("ly", "ed", "ing", "s")):
        out.append(phrase[:-1] + "ily" if phrase.endswith("y") else phrase[:-2] + "ly" if phrase.endswith("le") else phrase + "ly")
    return out


class CueTagger:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str]):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.modifiers = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.patterns = AnchoredMatcher(nlp.vocab, validate=True)  # read only near the words its patterns need
        self.alternative = {nlp.vocab.strings.add(w) for w in ALTERNATIVE}
        self.or_hash = nlp.vocab.strings.add("or")
        self.anchors: set[int] = set()  # LOWER hashes a pattern may start with: the Matcher runs only near them
        loaded = [(path, data) for path, data in load_many(data_dir, files)]
        keys = PhraseKeys(nlp.tokenizer)  # phrases as token hashes, no Doc each
        for path, data in loaded:
            check_keys(data, set(CATEGORIES) | {"patterns"}, path=path, what="polarity cues")
            patterns = data.get("patterns") or {}
            if not isinstance(patterns, dict) or not set(patterns) <= set(CATEGORIES) - MODIFIERS | PATTERN_MODIFIERS:
                raise ConfigError("'patterns' must map a cue category (not a modifier) to token patterns", path=path)
            for key, rows in patterns.items():
                for row in rows or []:
                    first = row[0].get("LOWER") if row and isinstance(row[0], dict) else None
                    words = first.get("IN", []) if isinstance(first, dict) else [first] if isinstance(first, str) else []
                    if not words:
                        raise ConfigError(f"patterns of {key}: each pattern must start with a LOWER word or word list", path=path)
                    self.anchors |= {nlp.vocab.strings.add(w.lower()) for w in words}
                try:
                    self.patterns.add(CATEGORIES[key], list(rows or []))
                except ValueError as err:
                    raise ConfigError(f"patterns of {key}: {err}", path=path) from None
        # a derived form never overrides a phrase listed as such ("rare" -> "rarely" is no strength)
        listed = {p.lower() for path, data in loaded for key in CATEGORIES
                  for p in string_list(data.get(key), path=path, what=key)}
        for path, data in loaded:
            for key, label in CATEGORIES.items():
                phrases = string_list(data.get(key), path=path, what=key)
                if not phrases:
                    continue
                if key in DERIVED:
                    phrases = list(dict.fromkeys(v for p in phrases for i, v in enumerate(derived_forms(p))
                                                 if i == 0 or v.lower() not in listed))
                (self.modifiers if key in MODIFIERS else self.matcher).add(label, [keys.keys(p) for p in phrases])

    def first_of_alternatives(self, cues: list[Span], lower) -> list[Span]:
        """Drop an attribute cue that only offers an alternative to the one before it."""
        out, last = [], None
        for cue in sorted(cues, key=lambda s: s.start):
            if cue.label_ in ATTRIBUTE_LABELS:
                if last is not None and 0 < cue.start - last.end <= 3:
                    between = set(lower[last.end:cue.start].tolist())
                    if self.or_hash in between and between <= self.alternative:
                        continue
                last = cue
            out.append(cue)
        return out

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = [Mark(s, e, strings[m]) for m, s, e in self.matcher(doc)]
        lower, = token_columns(doc, LOWER)
        if self.anchors:
            # matches that start on an anchor word and reach at most PATTERN_REACH tokens, in text order
            found = [(m, s, e) for m, s, e in self.patterns(doc) if e - s <= PATTERN_REACH and lower[s] in self.anchors]
            spans += [Mark(s, e, strings[m]) for m, s, e in sorted(found, key=lambda m: m[1])]
        # a grade of several words is one judgement: "Requires improvement to be good" is no "good"
        for start, end, _a, _b, label, grade in group_marks(doc, "ff_grades"):
            if label == "GRADE" and end - start > 1 and grade in GRADE_POLARITY:
                # (a pseudo-cue around it stays: "from good to requires improvement" is a move, no judgement)
                spans = [s for s in spans if s.end <= start or s.start >= end or s.label_ == "PSEUDO"]
                spans.append(Mark(start, end, "STRENGTH" if GRADE_POLARITY[grade] == "strength" else "IMPROVEMENT"))
        # a grade moved from one point of the scale to another: the ends of a move, no judgement
        spans += [Mark(start, end, "PSEUDO") for start, end in grade_move_ranges(doc)]
        pseudo = _cover(s for s in spans if s.label_ == "PSEUDO")
        outside = lambda s: not (s.start in pseudo and s.end - 1 in pseudo)  # noqa: E731
        done = [s for s in spans if s.label_ == "DONE"]  # a practice standard done: a modifier, kept apart
        cues = [s for s in drop_contained([s for s in spans if s.label_ not in {"PSEUDO", "DONE"}]) if outside(s)]
        modifiers = [s for s in drop_contained([Mark(s, e, strings[m]) for m, s, e in self.modifiers(doc)]) + done
                     if outside(s)]
        # a direction word inside a longer cue is none ("up to date", "less often")
        multi = _cover(c for c in cues if len(c) > 1)
        modifiers = [s for s in modifiers if s.label_ not in {"INCREASE", "DECREASE"} or len(s) > 1 or s.start not in multi]
        negated = _cover(s for s in modifiers if s.label_ == "NEGATION" and len(s) > 1)
        if negated:  # "not yet": the "yet" of a negation is no contrast
            cues = [c for c in cues if c.label_ != "TERMINATOR" or c.start not in negated]
        kept = sorted(self.first_of_alternatives(cues, lower) + modifiers, key=lambda s: (s.start, s.end))
        set_spans(doc, "ff_cues", [m.span(doc) for m in kept])
        return doc


def _cover(spans) -> set[int]:
    """Token indices the spans cover."""
    return {i for s in spans for i in range(s.start, s.end)}


@Language.factory("ff_cues", default_config={"data_dir": None, "files": ["polarity.yaml"]})
def make_cue_tagger(nlp: Language, name: str, data_dir: str | None, files: List[str]) -> CueTagger:
    return CueTagger(nlp, name, data_dir, files)
