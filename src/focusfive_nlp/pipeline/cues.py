"""ff_cues: polarity cue phrases (strength, improvement, negation, list headers, ...).

The ConText idea from medSpaCy: cue phrases from polarity.yaml are tagged here as spans
in ``doc.spans["ff_cues"]`` (label = cue category); polarity.py composes them within a
clause. A cue inside a longer cue is dropped, except the modifiers (negations, direction
of change, less-is-better quantities, intensifiers), which keep their own spans so "did
not show the correct level" reads as negated "correct" and "fewer delays" as a fall in a
bad quantity. A terminator inside a negation ("not yet") ends nothing. Single-word
attribute cues also match as adverbs ("robust" -> "robustly") and multi-word ones with
hyphens ("high quality" -> "high-quality").
"""
from __future__ import annotations

from typing import List

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from ..errors import ConfigError
from .data import check_keys, load_many, string_list
from .lexicon import drop_contained

CATEGORIES = {
    "header_strength": "HEADER_STRENGTH",
    "header_improvement": "HEADER_IMPROVEMENT",
    "strength": "STRENGTH",
    "weak_strength": "WEAK_STRENGTH",
    "improvement": "IMPROVEMENT",
    "negation": "NEGATION",
    "minimiser": "MINIMISER",
    "method": "METHOD",
    "pseudo": "PSEUDO",
    "terminator": "TERMINATOR",
    "increase": "INCREASE",
    "decrease": "DECREASE",
    "less_is_better": "LESS_BETTER",
    "intensifier": "INTENSIFIER",
    "population": "POPULATION",
}
# modifiers: matched apart, so they may overlap an attribute cue ("fewer", "not")
MODIFIERS = {"negation", "increase", "decrease", "less_is_better", "intensifier"}
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
        self.patterns = Matcher(nlp.vocab, validate=True)
        loaded = [(path, data) for path, data in load_many(data_dir, files)]
        for path, data in loaded:
            check_keys(data, set(CATEGORIES) | {"patterns"}, path=path, what="polarity cues")
            patterns = data.get("patterns") or {}
            if not isinstance(patterns, dict) or not set(patterns) <= set(CATEGORIES) - MODIFIERS:
                raise ConfigError("'patterns' must map a cue category (not a modifier) to token patterns", path=path)
            for key, rows in patterns.items():
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
                docs = list(nlp.tokenizer.pipe(phrases))
                (self.modifiers if key in MODIFIERS else self.matcher).add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = [Span(doc, s, e, label=strings[m]) for m, s, e in self.matcher(doc)]
        spans += [Span(doc, s, e, label=strings[m]) for m, s, e in self.patterns(doc)]
        pseudo = [s for s in spans if s.label_ == "PSEUDO"]
        outside = lambda s: not any(p.start <= s.start and s.end <= p.end for p in pseudo)  # noqa: E731
        cues = [s for s in drop_contained([s for s in spans if s.label_ != "PSEUDO"]) if outside(s)]
        modifiers = [s for s in drop_contained([Span(doc, s, e, label=strings[m]) for m, s, e in self.modifiers(doc)]) if outside(s)]
        # a direction word inside a longer cue is none ("up to date", "less often")
        modifiers = [s for s in modifiers if s.label_ not in {"INCREASE", "DECREASE"} or not any(
            c.start <= s.start and s.end <= c.end and len(c) > len(s) for c in cues)]
        negations = [s for s in modifiers if s.label_ == "NEGATION"]
        if negations:  # "not yet": the "yet" of a negation is no contrast
            cues = [c for c in cues if c.label_ != "TERMINATOR" or not any(n.start <= c.start < n.end for n in negations)]
        doc.spans["ff_cues"] = sorted(cues + modifiers, key=lambda s: (s.start, s.end))
        return doc


@Language.factory("ff_cues", default_config={"data_dir": None, "files": ["polarity.yaml"]})
def make_cue_tagger(nlp: Language, name: str, data_dir: str | None, files: List[str]) -> CueTagger:
    return CueTagger(nlp, name, data_dir, files)
