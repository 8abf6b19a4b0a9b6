"""A token Matcher that only reads the stretches of a Doc where a match can be.

spaCy's Matcher walks every token of the Doc through every pattern and pays for each set
predicate (``IN`` on ``LOWER`` or ``ORTH``) at every token: on a report most tokens can
start or end no match at all. Each pattern here has a fixed length (no ``*``, ``+`` or
``{n,m}``) and a token it cannot match without (not optional, and tested on ``ORTH``,
``LOWER`` or ``SHAPE`` by value, ``IN`` list or ``REGEX``, or by ``LIKE_NUM`` /
``IS_DIGIT``): its anchor. Anchors are found for the whole Doc at once on the token
array; a match of a pattern lies within its length of one of that pattern's anchors, so
the Matcher runs only over those windows (merged), with exactly the matches it gives on
the whole Doc. An anchor counts only where the pattern's other tests hold at the
distances the pattern allows ("12" only with "cases" one or two tokens on), as every
match needs them all. A pattern with no anchor, or of open length, makes the whole Doc the window.
Each window is read by a Matcher of only the patterns anchored in it: a Matcher's cost per
token grows with its patterns, and its patterns' states step on their own, so the matches
and their order are the full Matcher's.
Inside the windows, spaCy's Matcher asks a Python predicate about every token for each
``IN``, ``NOT_IN`` and ``REGEX`` test; the same test on a word's ``ORTH`` or ``LOWER``
is a property of the word, so it is read as a lexeme flag (``Vocab.add_flag``, tested in
C) while free flags last. ``ff_span_ruler`` is spaCy's SpanRuler reading its token
patterns this way.
"""
from __future__ import annotations

import bisect
import re
import warnings
from collections import defaultdict
from itertools import compress

import numpy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.attrs import IDS, IS_DIGIT, LIKE_NUM, LOWER, ORTH, SHAPE
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .spans import set_spans, token_columns

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
# words cached but not yet in the sorted arrays of known words; past this (or a quarter of
# them) the arrays are laid out again, so a run over new reports rebuilds them now and then
KNOWN_SLACK = 2_000
# Matchers of pattern subsets kept (AnchoredMatcher.subset_matcher); past this the cache starts again
SUBSET_CACHE_SIZE = 4096
_WORD_INDEX = "ff_word_index"


def word_index(doc: Doc) -> tuple[list[int], list[list[int]]]:
    """The Doc's distinct words (ORTH) and the token indices of each, in order. Kept in
    ``doc.user_data`` for the next matcher, and worked out again if the token array
    (spans.token_columns) was read again."""
    orths, = token_columns(doc, ORTH)
    kept = doc.user_data.get(_WORD_INDEX)
    if kept is not None and kept[0] is orths.base:  # the same token array: the same tokens
        return kept[1], kept[2]
    uniq, inverse = numpy.unique(orths, return_inverse=True)
    order = numpy.argsort(inverse.reshape(-1), kind="stable").tolist()
    ends = numpy.cumsum(numpy.bincount(inverse.reshape(-1), minlength=len(uniq))).tolist()
    positions = [order[a:b] for a, b in zip([0] + ends[:-1], ends)]
    words = uniq.tolist()
    doc.user_data[_WORD_INDEX] = (orths.base, words, positions, uniq)
    return words, positions


def word_array(doc: Doc) -> numpy.ndarray:
    """word_index's distinct words (ORTH) as a sorted array, for look-ups in C."""
    word_index(doc)
    return doc.user_data[_WORD_INDEX][3]


class LexemeTest:
    """A lexeme flag's getter (``Vocab.add_flag``): does the word's ORTH or LOWER pass a
    token pattern's ``IN``, ``NOT_IN`` or ``REGEX`` test? ``key`` is (attribute, operator,
    values) as the pattern has them."""

    def __init__(self, key: tuple[str, str, tuple[str, ...] | str], lower):
        self.key = key
        attr, self.op, values = key
        self.lower = lower if attr == "LOWER" else None
        self.values = re.compile(values) if self.op == "REGEX" else frozenset(values)

    def __call__(self, string: str) -> bool:
        text = self.lower(string) if self.lower is not None else string
        if self.op == "REGEX":
            return self.values.search(text) is not None
        return (text in self.values) == (self.op == "IN")


_FLAGS = range(IDS["FLAG19"], IDS["FLAG63"] + 1)  # the flag ids token patterns can name


def lexeme_flag(vocab, key) -> int | None:
    """The flag of the vocab that holds LexemeTest ``key``, added if need be; None when
    every flag is taken."""
    getters = vocab.lex_attr_getters
    for flag, getter in getters.items():
        if isinstance(getter, LexemeTest) and getter.key == key:
            return flag
    free = next((f for f in _FLAGS if f not in getters), None)
    if free is None:
        return None
    return vocab.add_flag(LexemeTest(key, getters.get(LOWER, str.lower)), free)


def add_lexeme_flags(vocab, keys) -> None:
    """Add the flags of LexemeTests ``keys`` the vocab lacks, in order, while free flags
    last: what ``Vocab.add_flag`` does for each, without its test of every lexeme for every
    flag (a large share of start-up): the vocab's words are indexed by ORTH and LOWER once,
    and an ``IN`` flag is set on the words it lists (a flag no getter had is unset on
    every lexeme), a ``NOT_IN`` flag on all but those; only a ``REGEX`` reads every word."""
    getters = vocab.lex_attr_getters
    have = {getter.key for getter in getters.values() if isinstance(getter, LexemeTest)}
    new = {}
    for key in keys:
        if key in have:
            continue
        free = next((f for f in _FLAGS if f not in getters and f not in new), None)
        if free is None:
            break
        have.add(key)
        new[free] = LexemeTest(key, getters.get(LOWER, str.lower))
    if not new:
        return
    lexemes = list(vocab)
    texts = {"ORTH": [lex.orth_ for lex in lexemes]}
    index: dict[str, dict[str, list[int]]] = {}  # attribute -> word -> its lexemes' positions
    for flag, test in new.items():
        attr, op, values = test.key
        if attr not in texts:
            texts[attr] = [test.lower(t) for t in texts["ORTH"]]
        if op == "REGEX":
            for lex, text in zip(lexemes, texts[attr]):
                lex.set_flag(flag, test.values.search(text) is not None)
            continue
        if attr not in index:
            words = index[attr] = {}
            for i, text in enumerate(texts[attr]):
                words.setdefault(text, []).append(i)
        listed = {i for v in values for i in index[attr].get(v, ())}
        if op == "IN":
            for i in listed:
                lexemes[i].set_flag(flag, True)
        else:
            for i, lex in enumerate(lexemes):
                lex.set_flag(flag, i not in listed)
    getters.update(new)


def _flag_test(key: str, value) -> tuple | None:
    """The LexemeTest key of a token spec's one-operator ``IN`` / ``NOT_IN`` / ``REGEX``
    test on ORTH, TEXT or LOWER, else None."""
    attr = "ORTH" if key == "TEXT" else key
    if attr in ("ORTH", "LOWER") and isinstance(value, dict) and len(value) == 1:
        (op, values), = value.items()
        if op == "REGEX" and isinstance(values, str):
            return attr, op, values
        if op in ("IN", "NOT_IN") and isinstance(values, list) and all(isinstance(v, str) for v in values):
            return attr, op, tuple(sorted(set(values)))
    return None


def flagged(spec: dict, vocab) -> dict:
    """The token spec with each one-operator ``IN`` / ``NOT_IN`` / ``REGEX`` test on
    ORTH, TEXT or LOWER read as a lexeme flag."""
    out = {}
    for key, value in spec.items():
        test = _flag_test(key, value)
        flag = lexeme_flag(vocab, test) if test else None
        if flag is not None:
            out[f"FLAG{flag}"] = True
        else:
            out[key] = value
    return out


def _anchor_tests(spec: dict) -> list[tuple[int, tuple[int, ...] | str]]:
    """The (attribute, accepted values) tests a token must pass to match ``spec``; a str
    in place of the values is a regular expression the attribute's text must contain."""
    tests = []
    for key, value in spec.items():
        if key in _VALUE_ATTRS:
            if isinstance(value, str):
                tests.append((_VALUE_ATTRS[key], (get_string_id(value),)))
            elif isinstance(value, dict):
                if "IN" in value and all(isinstance(v, str) for v in value["IN"]):
                    tests.append((_VALUE_ATTRS[key], tuple(sorted({get_string_id(v) for v in value["IN"]}))))
                if isinstance(value.get("REGEX"), str):
                    tests.append((_VALUE_ATTRS[key], value["REGEX"]))
        elif key in _FLAG_ATTRS and value is True:
            tests.append((_FLAG_ATTRS[key], (1,)))
    return tests


def _pattern_anchors(pattern: list[dict]) -> list[tuple[int, tuple]] | None:
    """Each token the pattern cannot match without, as (index in the pattern, its tests):
    the tests of one token make one anchor, which a word passes when it passes them all
    (a number with no "/" is rare, a word with no "/" is not). None when the pattern has
    an open length or no such token."""
    anchors = []
    for k, spec in enumerate(pattern):
        op = spec.get("OP")
        if op not in _BOUNDED_OPS:
            return None
        tests = _anchor_tests(spec) if op in (None, "1") else None
        if tests:
            anchors.append((k, tuple(sorted(tests, key=repr))))
    return anchors or None


class AnchoredMatcher:
    """spaCy's Matcher (same ``add``, ``remove``, ``len``, ``in`` and call), run only
    around anchor tokens; see the module docstring. Where the windows would cover more
    than ``whole_doc_share`` of a Doc, the whole Doc is read at once."""

    def __init__(self, vocab, *, whole_doc_share: float = WHOLE_DOC_SHARE, **matcher_options):
        self.matcher = Matcher(vocab, **matcher_options)  # the patterns as given: validated, counted
        self.whole_doc_share = whole_doc_share
        self._options = {k: v for k, v in matcher_options.items() if k != "validate"}
        self._added: list[tuple] = []  # (name, key, patterns, on_match, greedy) in the order added
        self._fast: Matcher | None = None  # the same patterns with lexeme flags, built on first use
        self._patterns: dict[str, list[list[dict]]] = {}
        self._plans: list[tuple] | None = None  # worked out from the patterns on first use (_compile)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key) -> bool:
        return key in self.matcher

    def add(self, key, patterns, *, on_match=None, greedy=None) -> None:
        self.matcher.add(key, patterns, on_match=on_match, greedy=greedy)
        name = key if isinstance(key, str) else self.matcher.vocab.strings[key]
        self._register(name, key, patterns, on_match, greedy)

    def _register(self, name: str, key, patterns, on_match, greedy) -> None:
        """Take the (validated) patterns into the windowed, flagged matcher."""
        self._added.append((name, key, patterns, on_match, greedy))
        self._fast = None
        self._patterns.setdefault(name, []).extend(
            # a callback or a greedy filter sees a key's matches over the whole Doc
            [None] if on_match is not None or greedy is not None else patterns)
        self._plans = None  # compiled again on next use: a lexicon adds its patterns one by one

    def remove(self, key) -> None:
        self.matcher.remove(key)
        name = key if isinstance(key, str) else self.matcher.vocab.strings[key]
        self._added = [a for a in self._added if a[0] != name]
        self._fast = None
        self._patterns.pop(name, None)
        self._plans = None

    def fast_matcher(self) -> Matcher:
        """spaCy's Matcher over the same patterns in the same order, set tests as lexeme flags."""
        if self._fast is None:
            vocab = self.matcher.vocab
            fast = Matcher(vocab, validate=False, **self._options)
            add_lexeme_flags(vocab, [test for _name, _key, patterns, _m, _g in self._added for p in patterns
                                     for spec in p for test in map(_flag_test, spec, spec.values()) if test])
            for _name, key, patterns, on_match, greedy in self._added:
                fast.add(key, [[flagged(spec, vocab) for spec in p] for p in patterns], on_match=on_match, greedy=greedy)
            self._fast = fast
        return self._fast

    def _compile(self) -> None:
        """Per pattern: its length, anchors (as test bits) and token steps, and the bits it
        needs; ``self._whole`` when one has no anchor."""
        self._plans, self._whole = [], False
        self._lexeme_masks: dict[int, int] = {}  # ORTH -> the tests its lexeme passes
        # the same, as sorted arrays (ORTH, its mask, mask != 0) of the words known when last laid out
        self._known: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray] | None = None
        self._mask_bits: dict[int, tuple[int, ...]] = {}  # a mask -> its tests, in order
        self._subset_matchers: dict[int, Matcher] = {}  # a mask of plans -> a Matcher of just those
        self._flagged: dict[int, list[dict]] = {}  # plan p -> its pattern with lexeme flags (subset_matcher)
        # every pattern in the order the Matcher holds them (the order added), as (key, pattern)
        self._entries = [(key, pattern) for _name, key, patterns, _m, _g in self._added for pattern in patterns]
        if any(on_match is not None or greedy is not None for _n, _k, _p, on_match, greedy in self._added):
            self._whole = True  # a callback or a greedy filter sees a key's matches over the whole Doc
            return
        plans = []
        for _key, pattern in self._entries:
            anchors = _pattern_anchors(pattern)
            if anchors is None:
                self._whole = True
                return
            # steps[k]: how many Doc tokens pattern tokens [0, k) take at least; an optional one may take none
            steps = numpy.cumsum([0] + [spec.get("OP") != "?" for spec in pattern]).tolist()
            plans.append((len(pattern), anchors, steps))
        # every anchor test reads lexeme attributes, so a word's results are worked out once,
        # as a bit mask (bit t: the word passes all the tests of anchor t)
        tests = sorted({conj for _n, anchors, _s in plans for _k, conj in anchors}, key=repr)
        bit = {conj: t for t, conj in enumerate(tests)}
        # each distinct (attribute, values) test part read once a word, a test needing all of its parts:
        # a value part as a table from the attribute's value to the parts listing it, a regular
        # expression on its own
        parts = list(dict.fromkeys(part for conj in tests for part in conj))
        part_bit = {part: 1 << q for q, part in enumerate(parts)}
        self._value_parts: dict[int, dict[int, int]] = {}  # attribute -> value -> part bits
        self._regex_parts: list[tuple[int, int, re.Pattern]] = []  # (part bit, attribute, expression)
        for part in parts:
            attr, values = part
            if isinstance(values, str):
                self._regex_parts.append((part_bit[part], attr, re.compile(values)))
            else:
                table = self._value_parts.setdefault(attr, {})
                for v in values:
                    table[v] = table.get(v, 0) | part_bit[part]
        self._needs = [sum(part_bit[part] for part in set(conj)) for conj in tests]
        for length, anchors, steps in plans:
            bits = [(k, bit[conj]) for k, conj in anchors]
            self._plans.append((length, bits, steps, sum({1 << t for _k, t in bits})))

    def _mask_of(self, vocab, orth: int) -> int:
        """The tests (bit t) the word ``orth`` passes: each test part read once, a test passed
        when all its parts are (many tests share a part, "no /" above all)."""
        lex = vocab[orth]
        value = {ORTH: orth, LOWER: lex.lower, SHAPE: lex.shape, LIKE_NUM: int(lex.like_num), IS_DIGIT: int(lex.is_digit)}
        held = 0  # bit q: the word passes test part q
        for attr, table in self._value_parts.items():
            held |= table.get(value[attr], 0)
        texts = {}  # attribute -> its string, for the regular expressions
        for part, attr, expression in self._regex_parts:
            text = texts.get(attr)
            if text is None:
                text = texts[attr] = vocab.strings[value[attr]]
            if expression.search(text):
                held |= part
        if not held:
            return 0  # every test has a part
        mask = 0
        for t, need in enumerate(self._needs):
            if held & need == need:
                mask |= 1 << t
        return mask

    def _word_masks(self, doc: Doc, words: list[int]):
        """(u, mask) of the Doc's distinct words ``words`` (word_index) that pass some test.
        Most words are known and pass none: they are looked up in the sorted arrays of the
        known words at once (numpy.searchsorted, in C), and only the words with a mask are
        read as Python ints; the rest through the cache, worked out on a miss. A dict look-up
        per word and matcher costs more, most of it memory reads of the cache's scattered keys."""
        cache = self._lexeme_masks
        known = self._known
        if known is None or len(cache) - len(known[0]) > max(KNOWN_SLACK, len(known[0]) // 4):
            orths = numpy.fromiter(cache, dtype=numpy.uint64, count=len(cache))
            order = numpy.argsort(orths)
            masks = numpy.array(list(cache.values()), dtype=object)[order]  # object: a mask may pass 64 bits
            known = self._known = (orths[order], masks, masks != 0)
        orths, masks, passes = known
        array = word_array(doc)
        at = numpy.searchsorted(orths, array)
        at[at == len(orths)] = 0
        found = orths[at] == array if len(orths) else numpy.zeros(len(array), dtype=bool)
        hits = numpy.flatnonzero(found & passes[at]) if len(orths) else numpy.zeros(0, dtype=numpy.intp)
        out = list(zip(hits.tolist(), masks[at[hits]].tolist()))
        for u in numpy.flatnonzero(~found).tolist():  # words not laid out yet
            mask = cache.get(words[u])
            if mask is None:
                mask = cache[words[u]] = self._mask_of(doc.vocab, words[u])
            if mask:
                out.append((u, mask))
        return out

    def _test_hits(self, doc: Doc):
        """(the tests some word of the Doc passes, each with the Doc's words passing it; a function
        giving a test's token indices in order; word_index's token indices of each word)."""
        words, positions = word_index(doc)
        if len(self._lexeme_masks) > LEXEME_CACHE_SIZE:
            self._lexeme_masks.clear()
            self._known = None
        by_mask: defaultdict[int, list[int]] = defaultdict(list)  # a mask -> the Doc's words with it
        for u, mask in self._word_masks(doc, words):
            by_mask[mask].append(u)
        bits_of = self._mask_bits
        by_test: dict[int, list[int]] = {}  # test -> the Doc's words passing it (in no set order)
        for mask, us in by_mask.items():  # words that pass the same tests are filed together
            tests = bits_of.get(mask)
            if tests is None:
                tests = bits_of[mask] = tuple(t for t in range(mask.bit_length()) if mask >> t & 1)
            for t in tests:
                by_test[t] = by_test[t] + us if t in by_test else us  # a new list: ``us`` may be another test's
        hits: dict[int, list[int]] = {}  # test -> the token indices passing it, in order

        def found(t: int) -> list[int]:
            if t not in hits:
                us = by_test[t]
                if len(us) == 1:
                    hits[t] = positions[us[0]]
                else:
                    hits[t] = [i for u in us for i in positions[u]]
                    hits[t].sort()
            return hits[t]

        return by_test, found, positions

    def reach(self, doc: Doc):
        """A test ``(lo, hi) -> bool`` of whether tokens [lo, hi) hold a word for every
        anchor of some pattern, so that a match can lie there; None when any stretch can."""
        if self._plans is None:
            self._compile()
        if self._whole or not len(doc):
            return None
        plans = self.reach_plans(doc)
        return None if plans is None else lambda lo, hi: plans(lo, hi) != 0

    def reach_plans(self, doc: Doc):
        """A function ``(lo, hi) -> mask`` of the patterns (bit p: plan p, as in
        planned_windows) that have a word for every anchor in tokens [lo, hi): only those can
        match there, so ``subset_matcher(mask)`` on ``doc[lo:hi]`` gives the Matcher's matches.
        None when any stretch can hold a match of any pattern."""
        if self._plans is None:
            self._compile()
        if self._whole or not len(doc):
            return None
        by_test, found, _positions = self._test_hits(doc)
        needs = [(1 << p, sorted({t for _k, t in anchors})) for p, (_n, anchors, _s, _need) in enumerate(self._plans)]
        needs = [(bit, tests) for bit, tests in needs if all(t in by_test for t in tests)]

        def holds(t: int, lo: int, hi: int) -> bool:
            at = found(t)
            i = bisect.bisect_left(at, lo)
            return i < len(at) and at[i] < hi

        def plans(lo: int, hi: int) -> int:
            held = {}  # test -> has a token in [lo, hi)
            mask = 0
            for bit, tests in needs:
                for t in tests:
                    if t not in held:
                        held[t] = holds(t, lo, hi)
                    if not held[t]:
                        break
                else:
                    mask |= bit
            return mask

        return plans

    def windows(self, doc: Doc) -> list[tuple[int, int]] | None:
        """The merged token windows that hold every match, or None for the whole Doc."""
        planned = self.planned_windows(doc)
        return None if planned is None else [(a, b) for a, b, _p in planned]

    def planned_windows(self, doc: Doc) -> list[tuple[int, int, int]] | None:
        """The merged token windows that hold every match, each with the mask of the patterns
        (bit p: plan p, in the Matcher's order) that may match in it: only those have a window
        there. None for the whole Doc."""
        if self._plans is None:
            self._compile()
        n = len(doc)
        if self._whole or not n:
            return None
        by_test, found, positions = self._test_hits(doc)
        sets: dict[int, set[int]] = {}
        counts: dict[int, int] = {}  # test -> how many tokens pass it, without listing them in order

        def count(t: int) -> int:
            if t not in counts:
                us = by_test[t]
                counts[t] = len(positions[us[0]]) if len(us) == 1 else sum(len(positions[u]) for u in us)
            return counts[t]

        present = 0  # the tests some word of the Doc passes, as bits
        for t in by_test:
            present |= 1 << t
        spans = []
        for p, (length, anchors, steps, need) in enumerate(self._plans):
            if need & ~present:
                continue  # a word the pattern needs is not in the Doc
            # the rarest anchor: fewest places to test
            k0, t0 = anchors[0] if len(anchors) == 1 else min(anchors, key=lambda a: count(a[1]))
            at = found(t0)
            for k, t in anchors:
                if k == k0 or not at:
                    continue
                # where token k sits from token k0 in a match: between the fewest and the most tokens between them
                if k >= k0:
                    near, far = steps[k] - steps[k0], k - k0
                else:
                    near, far = k - k0, steps[k] - steps[k0]
                if t not in sets:  # membership only: the positions of its words, unsorted
                    us = by_test[t]
                    sets[t] = set(positions[us[0]]) if len(us) == 1 else set().union(*(positions[u] for u in us))
                other = sets[t]
                if near == far:
                    at = [i for i in at if i + near in other]
                else:
                    at = [i for i in at if not other.isdisjoint(range(i + near, i + far + 1))]
            bit = 1 << p
            spans += [(i - k0, i - k0 + length, bit) for i in at]
        if not spans:
            return []
        spans.sort()
        merged: list[list[int]] = []
        for lo, hi, bit in spans:
            lo, hi = max(lo, 0), min(hi, n)
            if merged and lo <= merged[-1][1] + JOIN_GAP:
                last = merged[-1]
                last[1] = max(last[1], hi)
                last[2] |= bit
            else:
                merged.append([lo, hi, bit])
        if sum(b - a for a, b, _p in merged) > self.whole_doc_share * n:
            return None
        return [(a, b, m) for a, b, m in merged]

    def subset_matcher(self, mask: int) -> Matcher:
        """spaCy's Matcher over just the patterns of ``mask`` (bit p: plan p), flagged, in the
        Matcher's order. Each pattern's states step through a Doc on their own, so on a
        window where the other patterns cannot match it gives the full Matcher's matches in
        the full Matcher's order, at the cost of its few patterns (a Matcher's cost per token
        grows with its patterns)."""
        matcher = self._subset_matchers.get(mask)
        if matcher is None:
            if len(self._subset_matchers) >= SUBSET_CACHE_SIZE:
                self._subset_matchers.clear()
            self.fast_matcher()  # the lexeme flags the patterns read
            vocab = self.matcher.vocab
            matcher = Matcher(vocab, validate=False, **self._options)
            for p, (key, pattern) in enumerate(self._entries):
                if mask >> p & 1:
                    if p not in self._flagged:  # a pattern is flagged once, for every subset it is in
                        self._flagged[p] = [flagged(spec, vocab) for spec in pattern]
                    matcher.add(key, [self._flagged[p]])
            self._subset_matchers[mask] = matcher
        return matcher

    def __call__(self, doclike: Doc | Span, **kwargs) -> list[tuple[int, int, int]]:
        matcher = self.fast_matcher()
        if not isinstance(doclike, Doc) or kwargs:
            return matcher(doclike, **kwargs)
        windows = self.planned_windows(doclike)
        if windows is None:
            return matcher(doclike)
        out = []
        for lo, hi, mask in windows:
            out += [(m, lo + s, lo + e) for m, s, e in self.subset_matcher(mask)(doclike[lo:hi])]
        return out


def _word_test(pattern: list[dict]) -> tuple[int, frozenset[int]] | None:
    """(attribute, accepted hashes) of a pattern that is one word or word list on ORTH,
    TEXT or LOWER, else None."""
    if len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    (key, value), = pattern[0].items()
    if key not in ("ORTH", "TEXT", "LOWER"):
        return None
    if isinstance(value, str):
        words = [value]
    elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        words = value["IN"]
    else:
        return None
    return _VALUE_ATTRS[key], frozenset(get_string_id(w) for w in words)


class UnorderedAnchoredMatcher(AnchoredMatcher):
    """An AnchoredMatcher for a caller that sorts the matches itself (a SpanRuler): the
    same matches, but a one-word pattern (a word or word list) is looked up once per
    distinct word of the Doc (word_index), and those matches come after the others, not
    in the Matcher's order."""

    def __init__(self, vocab, **options):
        self._words: dict[int, dict[int, list[int]]] = {}  # attribute -> word hash -> match keys
        self._word_names: list[tuple[str, int, int, frozenset[int]]] = []  # (name, key, attribute, words)
        self._word_keys: dict[int, tuple[int, ...]] = {}
        super().__init__(vocab, **options)

    def _register(self, name: str, key, patterns, on_match, greedy) -> None:
        tests = [None if on_match is not None or greedy is not None else _word_test(p) for p in patterns]
        key_id = self.matcher.vocab.strings.add(key) if isinstance(key, str) else key
        self._word_names += [(name, key_id, *test) for test in tests if test is not None]
        rest = [p for p, test in zip(patterns, tests) if test is None]
        if rest:
            super()._register(name, key, rest, on_match, greedy)
        self._index_words()

    def remove(self, key) -> None:
        name = key if isinstance(key, str) else self.matcher.vocab.strings[key]
        self._word_names = [w for w in self._word_names if w[0] != name]
        self._index_words()
        super().remove(key)

    def _index_words(self) -> None:
        self._words = {}
        for _name, key_id, attr, words in self._word_names:
            table = self._words.setdefault(attr, {})
            for w in words:
                if key_id not in table.setdefault(w, []):
                    table[w].append(key_id)
        self._word_keys: dict[int, tuple[int, ...]] = {}  # ORTH -> the keys of the one-word patterns it matches

    def _keys_of(self, vocab, orth: int) -> tuple[int, ...]:
        lex = vocab[orth]
        value = {ORTH: orth, LOWER: lex.lower}
        return tuple(key_id for attr, table in self._words.items() for key_id in table.get(value[attr], ()))

    def __call__(self, doclike: Doc | Span, **kwargs) -> list[tuple[int, int, int]]:
        if not isinstance(doclike, Doc) or kwargs:
            return self.matcher(doclike, **kwargs)
        out = super().__call__(doclike) if self._added else []
        if not self._words:
            return out
        seen = set(out)  # as the Matcher, one match per key and extent
        words, positions = word_index(doclike)  # each distinct word looked up once, its tokens from the index
        if len(self._word_keys) > LEXEME_CACHE_SIZE:
            self._word_keys.clear()
        cache = self._word_keys
        found = list(map(cache.get, words))  # most words are in no list: look them all up at once
        if None in found:
            for u, orth in enumerate(words):
                if found[u] is None:
                    found[u] = cache[orth] = self._keys_of(doclike.vocab, orth)
        for u in compress(range(len(found)), found):  # the words some one-word pattern lists
            for key_id in found[u]:
                for i in positions[u]:
                    if (key_id, i, i + 1) not in seen:
                        seen.add((key_id, i, i + 1))
                        out.append((key_id, i, i + 1))
        return out


class AnchoredSpanRuler(SpanRuler):
    """spaCy's SpanRuler with its token patterns read by an AnchoredMatcher: the same
    spans, found without walking every token (the grade words: models/grades.jsonl)."""

    def clear(self) -> None:
        super().clear()
        self.matcher = UnorderedAnchoredMatcher(self.nlp.vocab, validate=self.validate,
                                                fuzzy_compare=self.matcher_fuzzy_compare)

    def match(self, doc: Doc) -> list[Span]:
        """SpanRuler.match's spans, deduplicated and sorted as (start, end, label, id)
        tuples before any Span is made: Span objects hash and compare in Python."""
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.matcher(doc)) + list(self.phrase_matcher(doc))
        strings, labels = self.nlp.vocab.strings, self._match_label_id_map
        ids: dict[int, tuple[int, int]] = {}  # a match key -> its (label, id) hashes, worked out once a Doc
        found = set()
        for m_id, start, end in matches:
            if start != end:
                if m_id not in ids:
                    entry = labels[m_id]
                    ids[m_id] = strings.add(entry["label"]), strings.add(entry["id"])
                found.add((start, end, *ids[m_id]))
        # tokens are never empty, so (start, end) orders as Span's (start_char, end_char) does
        return [Span(doc, start, end, label=label, span_id=span_id) for start, end, label, span_id in sorted(found)]


    def set_annotations(self, doc: Doc, matches) -> None:
        """SpanRuler.set_annotations, the group set with its spans' marks (spans.set_spans)."""
        if self.key and not self.annotate_ents:
            spans = list(doc.spans[self.key]) if self.key in doc.spans and not self.overwrite else []
            spans.extend(self.spans_filter(spans, matches) if self.spans_filter else matches)
            set_spans(doc, self.key, spans)
        else:
            super().set_annotations(doc, matches)


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
