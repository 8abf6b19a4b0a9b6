"""ff_cues: polarity cue phrases (strength, improvement, negation, list headers, ...).

The ConText idea from medSpaCy: cue phrases from polarity.yaml are tagged here as spans
in ``doc.spans["ff_cues"]`` (label = cue category); ff_findings resolves their scope
within a clause. A cue inside a longer cue is dropped, except negations, which keep
their own span so "did not show the correct level" reads as negated "correct".
"""
from __future__ import annotations

from typing import List

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
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
}


class CueTagger:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str]):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.negations = PhraseMatcher(nlp.vocab, attr="LOWER")
        for path, data in load_many(data_dir, files):
            check_keys(data, set(CATEGORIES), path=path, what="polarity cues")
            for key, label in CATEGORIES.items():
                phrases = string_list(data.get(key), path=path, what=key)
                if not phrases:
                    continue
                docs = list(nlp.tokenizer.pipe(phrases))
                (self.negations if key == "negation" else self.matcher).add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = [Span(doc, s, e, label=strings[m]) for m, s, e in self.matcher(doc)]
        pseudo = [s for s in spans if s.label_ == "PSEUDO"]
        outside = lambda s: not any(p.start <= s.start and s.end <= p.end for p in pseudo)  # noqa: E731
        cues = [s for s in drop_contained([s for s in spans if s.label_ != "PSEUDO"]) if outside(s)]
        negations = [s for s in drop_contained([Span(doc, s, e, label="NEGATION") for m, s, e in self.negations(doc)]) if outside(s)]
        doc.spans["ff_cues"] = sorted(cues + negations, key=lambda s: (s.start, s.end))
        return doc


@Language.factory("ff_cues", default_config={"data_dir": None, "files": ["polarity.yaml"]})
def make_cue_tagger(nlp: Language, name: str, data_dir: str | None, files: List[str]) -> CueTagger:
    return CueTagger(nlp, name, data_dir, files)
