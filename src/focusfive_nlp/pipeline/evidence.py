"""Evidence text of a finding, and the raw finding record every rule produces."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER, ORTH
from spacy.tokens import Doc

from .spans import Sentences, SpanIndex, doc_text, group_tags, token_columns

_STRIP = " \t\n-•*·▪◦‣–,;:.'\"‘’“”()"
_STRIP_END = " \t\n-•*·▪◦‣–,;:.\"“”("
_LEADING_WORDS = {"and", "or", "but", "however", "also", "additionally", "so", "then", "whereas", "while", "whilst", "although", "though", "yet"}

RECORD_DEFAULTS: dict[str, Any] = {
    "teams": [], "themes": [], "value": None, "figure_kind": None, "count": None, "denominator": None,
    "grade": None, "grade_qualifier": None, "measure": None,
}
_RECORD_LISTS = [k for k, v in RECORD_DEFAULTS.items() if isinstance(v, list)]  # each record gets its own


@dataclass
class Tagged:
    """The spans the earlier components put on a Doc, indexed for range lookups."""

    grades: SpanIndex
    figures: SpanIndex
    teams: SpanIndex
    themes: SpanIndex
    cues: SpanIndex
    activities: SpanIndex
    periods: SpanIndex
    denominators: SpanIndex
    vague: SpanIndex
    text: str  # doc.text, built once (spaCy rebuilds it from the tokens on every access)
    judged: dict = field(default_factory=dict)  # (start, end) -> Polarity of that token range
    unjudged: SpanIndex | None = None  # weak theme words no judgement reached (a list header may judge them)
    deferred: SpanIndex | None = None  # theme cues that yield to another theme of a strength's clause
    # per token, read once from the token array (a Token object per look costs more)
    orth: list[int] = field(default_factory=list)  # ORTH hash
    lower: list[int] = field(default_factory=list)  # LOWER hash
    is_word: list[bool] = field(default_factory=list)  # neither punctuation nor space
    is_alpha: list[int] = field(default_factory=list)  # IS_ALPHA
    word_count: list[int] = field(default_factory=lambda: [0])  # [i]: words before token i
    sents: Sentences | None = None  # each token's sentence bounds

    @classmethod
    def from_doc(cls, doc: Doc) -> "Tagged":
        get = lambda key: SpanIndex(group_tags(doc, key))  # noqa: E731
        orth, lower, punct, space, alpha = token_columns(doc, ORTH, LOWER, IS_PUNCT, IS_SPACE, IS_ALPHA)
        is_word = (punct == 0) & (space == 0)
        return cls(get("ff_grades"), get("ff_figures"), get("ff_teams"), get("ff_themes"), get("ff_cues"),
                   get("ff_activities"), get("ff_periods"), get("ff_denominators"), get("ff_vague"), doc_text(doc),
                   unjudged=get("ff_themes_unjudged"), deferred=get("ff_themes_deferred"),
                   orth=orth.tolist(), lower=lower.tolist(), is_word=is_word.tolist(), is_alpha=alpha.tolist(),
                   word_count=[0] + numpy.cumsum(is_word).tolist(), sents=Sentences.of(doc))

    def words(self, start: int, end: int) -> int:
        """How many tokens of [start, end) are words (neither punctuation nor space)."""
        return self.word_count[end] - self.word_count[start]

    def next_word(self, start: int, end: int) -> int | None:
        """The first word token in [start, end), if any."""
        return next((i for i in range(start, end) if self.is_word[i]), None)


def evidence(doc: Doc, start: int, end: int, text: str) -> tuple[int, int, str] | None:
    """Character span and text of tokens [start, end) without bullets, edge punctuation
    and leading connectives ("and", "however"); None when nothing is left."""
    if end <= start:  # an empty range (``doc[start:end]`` would be an empty Span)
        return None
    last = doc[end - 1]  # the offsets of ``doc[start:end]``, from its end tokens (no Span made)
    a, b = doc[start].idx, last.idx + len(last)
    while a < b:
        while a < b and text[a] in _STRIP:
            a += 1
        word_end = a
        while word_end < b and text[word_end].isalpha():
            word_end += 1
        if text[a:word_end].lower() in _LEADING_WORDS and word_end < b and not text[word_end].isalpha():
            a = word_end
            continue
        break
    while b > a and text[b - 1] in _STRIP_END:
        b -= 1
    if b - a < 3:
        return None
    return a, b, text[a:b]


def record(base: dict, ev: tuple[int, int, str], *, rule: str, polarity: str, **fields: Any) -> dict:
    """A raw finding: the sentence context ``base``, the evidence and the rule's fields."""
    unknown = fields.keys() - RECORD_DEFAULTS.keys()
    if unknown:
        raise TypeError(f"unknown finding fields {sorted(unknown)}")
    out = {**base, **RECORD_DEFAULTS}
    for k in _RECORD_LISTS:
        out[k] = list(RECORD_DEFAULTS[k])
    out.update(fields)
    out.update(text=ev[2], start_char=ev[0], end_char=ev[1], rule=rule, polarity=polarity)
    return out
