"""A token Matcher that only reads the stretches of a Doc where a match can be.

spaCy's Matcher walks every token of the Doc through every pattern and pays for each set
predicate (``IN`` on ``LOWER`` or ``ORTH``) at every token: on a report most tokens can
start or end no match at all. Each pattern here has a fixed length (no ``*``, ``+`` or
``{n,m}``) and a token it cannot match without (not optional, and tested on ``ORTH``,
``LOWER`` or ``SHAPE`` by value or ``IN`` list, or by ``LIKE_NUM`` /
``IS_DIGIT``): its anchor. Anchors are found for the whole Doc at once on the token
array; a match of a pattern lies within its length of one of that pattern's anchors, so
the Matcher runs only over those windows (merged), with exactly the matches it gives on
the whole Doc. An anchor counts only where the pattern's other tests hold at the
distances the pattern allows ("12" only with "cases" one or two tokens on), as every
match needs them all. A pattern with no anchor, or of open length, makes the whole Doc the window.
``ff_span_ruler`` is spaCy's SpanRuler reading its token patterns this way.
"""
from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.attrs import IS_DIGIT, LIKE_NUM, LOWER, ORTH, SHAPE
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

_VALUE_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "SHAPE": SHAPE}
_FLAG_ATTRS = {"LIKE_NUM": LIKE_NUM, "IS_DIGIT": IS_DIGIT}
_BOUNDED_OPS = {None, "!", "?", "1"}
# windows covering more than this share of the Doc: one run over the whole Doc is cheaper
WHOLE_DOC_SHARE = 0.6
# windows this few tokens apart are read as one: a Matcher call costs about as much as
# reading a few tokens more
JOIN_GAP = 4
# words whose anchor tests are kept; past this the cache starts again, so a long run over
# an archive's vocabulary does not grow it without end
LEXEME_CACHE_SIZE = 200_000


def _anchor_tests(spec: dict) -> list[tuple[int, tuple[int, ...]]]:
    """The (attribute, accepted values) tests a token must pass to match ``spec``."""
    tests = []
    for key, value in spec.items():
        if key in _VALUE_ATTRS:
            if isinstance(value, str):
                tests.append((_VALUE_ATTRS[key], (get_string_id(value),)))
            elif isinstance(value, dict) and set(value) >= {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                tests.append((_VALUE_ATTRS[key], tuple(sorted({get_string_id(v) for v in value["IN"]}))))
        elif key in _FLAG_ATTRS and value is True:
            tests.append((_FLAG_ATTRS[key], (1,)))
    return tests


def _pattern_anchors(pattern: list[dict]) -> list[tuple[int, int, tuple[int, ...]]] | None:
    """Each token the pattern cannot match without, as (index in the pattern, attribute,
    values); None when the pattern has an open length or no such token."""
    anchors = []
    for k, spec in enumerate(pattern):
        op = spec.get("OP")
        if op not in _BOUNDED_OPS:
            return None
        if op in (None, "1"):
            anchors += [(k, attr, values) for attr, values in _anchor_tests(spec)]
    return anchors or None


class AnchoredMatcher:
    """spaCy's Matcher (same ``add``, ``remove``, ``len``, ``in`` and call), run only
    around anchor tokens; see the module docstring. Where the windows would cover more
    than ``whole_doc_share`` of a Doc, the whole Doc is read at once."""

    def __init__(self, vocab, *, whole_doc_share: float = WHOLE_DOC_SHARE, **matcher_options):
        self.matcher = Matcher(vocab, **matcher_options)
        self.whole_doc_share = whole_doc_share
        self._patterns: dict[str, list[list[dict]]] = {}
        self._compile()

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key) -> bool:
        return key in self.matcher

    def add(self, key, patterns, *, on_match=None, greedy=None) -> None:
        self.matcher.add(key, patterns, on_match=on_match, greedy=greedy)
        name = key if isinstance(key, str) else self.matcher.vocab.strings[key]
        self._patterns.setdefault(name, []).extend(
            # a callback or a greedy filter sees a key's matches over the whole Doc
            [None] if on_match is not None or greedy is not None else patterns)
        self._compile()

    def remove(self, key) -> None:
        self.matcher.remove(key)
        self._patterns.pop(key if isinstance(key, str) else self.matcher.vocab.strings[key], None)
        self._compile()

    def _compile(self) -> None:
        """Per pattern: its length, anchors and token steps; ``self._whole`` when one has no anchor."""
        self._plans, self._whole = [], False
        for patterns in self._patterns.values():
            for pattern in patterns:
                anchors = _pattern_anchors(pattern) if pattern else None
                if anchors is None:
                    self._whole = True
                    return
                # steps[k]: how many Doc tokens pattern tokens [0, k) take at least; an optional one may take none
                steps = numpy.cumsum([0] + [spec.get("OP") != "?" for spec in pattern]).tolist()
                self._plans.append((len(pattern), anchors, steps))
        # every anchor test reads a lexeme attribute, so a word's results are worked out once
        self._tests = sorted({(attr, values) for _n, anchors, _s in self._plans for _k, attr, values in anchors})
        self._test_sets = [(attr, set(values)) for attr, values in self._tests]
        self._test_index = {key: t for t, key in enumerate(self._tests)}
        self._lexeme_tests: dict[int, tuple[int, ...]] = {}  # ORTH -> the tests its lexeme passes

    def _tests_of(self, vocab, orth: int) -> tuple[int, ...]:
        lex = vocab[orth]
        value = {ORTH: orth, LOWER: lex.lower, SHAPE: lex.shape, LIKE_NUM: int(lex.like_num), IS_DIGIT: int(lex.is_digit)}
        return tuple(t for t, (attr, values) in enumerate(self._test_sets) if value[attr] in values)

    def windows(self, doc: Doc) -> list[tuple[int, int]] | None:
        """The merged token windows that hold every match, or None for the whole Doc."""
        n = len(doc)
        if self._whole or not n:
            return None
        uniq, inverse = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        inverse = inverse.reshape(-1)
        if len(self._lexeme_tests) > LEXEME_CACHE_SIZE:
            self._lexeme_tests.clear()
        cache, test_index = self._lexeme_tests, self._test_index
        by_test: dict[int, list[int]] = {}  # test -> indices into uniq of the words passing it
        for u, orth in enumerate(uniq.tolist()):
            passed = cache.get(orth)
            if passed is None:
                passed = cache[orth] = self._tests_of(doc.vocab, orth)
            for t in passed:
                by_test.setdefault(t, []).append(u)
        hits: dict[int, numpy.ndarray] = {}
        none = numpy.zeros(0, dtype=numpy.int64)

        def found(attr, values):
            """Token indices whose ``attr`` is one of ``values``."""
            t = test_index[(attr, values)]
            if t not in hits:
                words = by_test.get(t)
                if not words:
                    hits[t] = none
                elif len(words) == 1:
                    hits[t] = numpy.flatnonzero(inverse == words[0])
                else:
                    present = numpy.zeros(len(uniq), dtype=bool)
                    present[words] = True
                    hits[t] = numpy.flatnonzero(present[inverse])
            return hits[t]

        starts, ends = [], []
        for length, anchors, steps in self._plans:
            options = [(k, found(attr, values)) for k, attr, values in anchors]
            if any(not len(other) for _k, other in options):
                continue  # a word the pattern needs is not in the Doc
            k0, at = min(options, key=lambda o: len(o[1]))
            for k, other in options:
                if other is at:
                    continue
                if not len(at):
                    break
                # where token k sits from token k0 in a match: between the fewest and the most tokens between them
                if k >= k0:
                    near, far = steps[k] - steps[k0], k - k0
                else:
                    near, far = k - k0, steps[k] - steps[k0]
                at = at[numpy.searchsorted(other, at + near, "left") < numpy.searchsorted(other, at + far, "right")]
            if len(at):
                starts.append(at - k0)
                ends.append(at - k0 + length)
        if not starts:
            return []
        lo = numpy.clip(numpy.concatenate(starts), 0, n)
        hi = numpy.clip(numpy.concatenate(ends), 0, n)
        order = numpy.argsort(lo, kind="stable")
        lo, hi = lo[order], numpy.maximum.accumulate(hi[order])
        breaks = numpy.flatnonzero(lo[1:] > hi[:-1] + JOIN_GAP) + 1
        first = numpy.concatenate(([0], breaks))
        last = numpy.concatenate((breaks - 1, [len(lo) - 1]))
        merged = list(zip(lo[first].tolist(), hi[last].tolist()))
        if sum(b - a for a, b in merged) > self.whole_doc_share * n:
            return None
        return merged

    def __call__(self, doclike: Doc | Span, **kwargs) -> list[tuple[int, int, int]]:
        if not isinstance(doclike, Doc) or kwargs:
            return self.matcher(doclike, **kwargs)
        windows = self.windows(doclike)
        if windows is None:
            return self.matcher(doclike)
        out = []
        for lo, hi in windows:
            out += [(m, lo + s, lo + e) for m, s, e in self.matcher(doclike[lo:hi])]
        return out



class AnchoredSpanRuler(SpanRuler):
    """spaCy's SpanRuler with its token patterns read by an AnchoredMatcher: the same
    spans, found without walking every token (the grade words: models/grades.jsonl)."""

    def clear(self) -> None:
        super().clear()
        self.matcher = AnchoredMatcher(self.nlp.vocab, validate=self.validate, fuzzy_compare=self.matcher_fuzzy_compare)


@Language.factory("ff_span_ruler", assigns=["doc.spans"], default_config={
    "spans_key": "ruler", "spans_filter": None, "annotate_ents": False,
    "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}, "phrase_matcher_attr": None,
    "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"}, "validate": False, "overwrite": True,
    "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": "ruler"}})
def make_anchored_span_ruler(nlp: Language, name: str, spans_key, spans_filter, annotate_ents, ents_filter,
                             phrase_matcher_attr, matcher_fuzzy_compare, validate, overwrite, scorer) -> AnchoredSpanRuler:
    return AnchoredSpanRuler(nlp, name, spans_key=spans_key, spans_filter=spans_filter, annotate_ents=annotate_ents,
                             ents_filter=ents_filter, phrase_matcher_attr=phrase_matcher_attr,
                             matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate, overwrite=overwrite,
                             scorer=scorer)
