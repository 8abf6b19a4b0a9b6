"""Span lookups shared by the findings assembler: spans by token range, fast."""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Iterable

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Span, SpanGroup


_START_END = attrgetter("start", "end")


class Tag:
    """A tagged Span as the finding rules read it: its token and character offsets, ``label_``
    and ``id_`` held as plain attributes, since spaCy works ``label_`` out from the string store on
    every access and the rules ask for it in every loop. Anything else is the Span's own;
    a Tag read from a group's marks (:func:`group_tags`) makes its Span only when asked."""

    __slots__ = ("_span", "_group", "_index", "start", "end", "start_char", "end_char", "label_", "id_", "_extensions")

    def __init__(self, span: Span):
        self._span, self._group, self._index = span, None, None
        self.start, self.end, self.start_char, self.end_char, self.label_, self.id_ = mark_of(span)
        self._extensions = None

    @classmethod
    def marked(cls, group: SpanGroup, index: int, mark) -> "Tag":
        """The Tag of ``group[index]`` from its mark (:func:`mark_of`), no Span made yet."""
        tag = cls.__new__(cls)
        tag._span, tag._group, tag._index = None, group, index
        tag.start, tag.end, tag.start_char, tag.end_char, tag.label_, tag.id_ = mark
        tag._extensions = None
        return tag

    @property
    def span(self) -> Span:
        if self._span is None:
            self._span = self._group[self._index]
        return self._span

    @property
    def _(self):
        """The span's extension attributes (``span._`` builds a new accessor on every use)."""
        if self._extensions is None:
            self._extensions = self.span._
        return self._extensions

    @property
    def doc(self) -> Doc:
        """The span's Doc (no Span made)."""
        return self._group.doc if self._span is None else self._span.doc

    @property
    def text(self) -> str:
        """The span's text, cut from the Doc's text (``Span.text`` is that slice), no Span made."""
        return doc_text(self.doc)[self.start_char:self.end_char]

    def __getattr__(self, name: str):
        return getattr(self.span, name)

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, i):
        return self.span[i]

    def __iter__(self):
        return iter(self.span)

    def __eq__(self, other) -> bool:
        return self.span == (other.span if isinstance(other, Tag) else other)

    def __hash__(self) -> int:
        return hash(self.span)

    def __repr__(self) -> str:
        return repr(self.span)


MARKS = "ff_marks"
"""The SpanGroup attribute that holds each span's mark (:func:`mark_of`), in group order."""


def mark_of(span: Span) -> tuple[int, int, int, int, str, str]:
    """(start, end, start_char, end_char, label, id) of a span."""
    return span.start, span.end, span.start_char, span.end_char, span.label_, span.id_


def set_spans(doc: Doc, key: str, spans: Iterable[Span]) -> None:
    """``doc.spans[key] = spans``, each span's mark (:func:`mark_of`) kept in the group's
    attrs: reading a SpanGroup makes every Span anew (each reading its tokens' offsets),
    and the later components mostly want only its offsets and label."""
    spans = list(spans)
    marks = [mark_of(sp) for sp in spans]
    doc.spans[key] = SpanGroup(doc, name=key, attrs={MARKS: marks}, spans=spans)


def group_marks(doc: Doc, key: str) -> list[tuple]:
    """The mark (:func:`mark_of`) of each span of ``doc.spans[key]``, in order; none when unset.
    Read from the marks set_spans kept, unless the group was changed since."""
    group = doc.spans.get(key)
    if group is None:
        return []
    marks = group.attrs.get(MARKS)
    if marks is not None and len(marks) == len(group):
        return marks
    return [mark_of(sp) for sp in group]


def group_tags(doc: Doc, key: str) -> list[Tag]:
    """The spans of ``doc.spans[key]`` as Tags (none when unset), made from the group's
    marks where set_spans kept them, so a Span is made only for a Tag that needs one."""
    group = doc.spans.get(key)
    if group is None:
        return []
    marks = group.attrs.get(MARKS)
    if marks is not None and len(marks) == len(group):
        return [Tag.marked(group, i, m) for i, m in enumerate(marks)]
    return [Tag(sp) for sp in group]


class Mark:
    """A labelled token range while a component sorts and filters its matches; it becomes
    a Span only if kept (a Span costs more to make, and to read its label from)."""

    __slots__ = ("start", "end", "label_")

    def __init__(self, start: int, end: int, label: str):
        self.start, self.end, self.label_ = start, end, label

    def __len__(self) -> int:
        return self.end - self.start

    def span(self, doc: Doc) -> Span:
        return Span(doc, self.start, self.end, label=self.label_)


class SpanIndex:
    """Spans sorted by start, held as Tags; ``within(a, b)`` lists those lying inside tokens [a, b)."""

    def __init__(self, spans: Iterable[Span | Tag]):
        self.spans = sorted((sp if isinstance(sp, Tag) else Tag(sp) for sp in spans), key=_START_END)
        self.starts = [s.start for s in self.spans]

    def within(self, start: int, end: int, labels: set[str] | None = None) -> list[Tag]:
        """The spans inside tokens [start, end) (with one of ``labels``), in order: those that
        start in the range, found by bisection at both ends, less those that end past it."""
        starts = self.starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if i == j:  # most look-ups: nothing starts in the range
            return []
        if labels is None:
            return [sp for sp in self.spans[i:j] if sp.end <= end]
        return [sp for sp in self.spans[i:j] if sp.end <= end and sp.label_ in labels]

    def labels_within(self, start: int, end: int) -> list[str]:
        """Distinct labels inside [start, end), in text order."""
        spans = self.within(start, end)
        return list(dict.fromkeys([s.label_ for s in spans])) if spans else []

    def __iter__(self):
        return iter(self.spans)


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line of ``text`` that holds ``offset``, its newline left out."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("ff_text")
    if text is None:  # a Doc's text never changes once it is made
        text = doc.user_data["ff_text"] = doc.text
    return text


TOKEN_ATTRS = (ORTH, LOWER, IDX, LENGTH, IS_SPACE, IS_PUNCT, IS_ALPHA)
_TOKEN_ARRAY = "ff_token_array"


def token_columns(doc: Doc, *attrs: int) -> tuple[numpy.ndarray, ...]:
    """The Doc's token attributes ``attrs`` (of TOKEN_ATTRS), each an array over its tokens.
    ``doc.to_array`` walks every token at each call and the matchers, the segmenter, the
    cue and theme taggers and ff_findings read the same attributes, so they are read once
    per Doc and kept in ``doc.user_data``: they change only if the Doc is retokenized, which
    no component does (read again if its length changed)."""
    kept = doc.user_data.get(_TOKEN_ARRAY)
    if kept is None or len(kept) != len(doc):
        kept = doc.user_data[_TOKEN_ARRAY] = doc.to_array(list(TOKEN_ATTRS))
    return tuple(kept[:, TOKEN_ATTRS.index(a)] for a in attrs)


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, without repeats."""
    return list(dict.fromkeys(items))


_SENTENCES = "ff_sentence_bounds"  # (SENT_START bytes, start_of, end_of)


class Sentences:
    """Where each token's sentence starts and ends, read once from the Doc's SENT_START
    array: the bounds ``Span.sent`` works out by scanning tokens on every call (the
    sentence of a span is that of its first token)."""

    def __init__(self, doc: Doc, sent_starts: numpy.ndarray | None = None):
        n = len(doc)
        first = (doc.to_array(SENT_START) if sent_starts is None else sent_starts).reshape(-1) == 1
        if n:
            first[0] = True
        starts = numpy.flatnonzero(first)
        which = numpy.cumsum(first) - 1
        self.start_of: list[int] = starts[which].tolist()
        self.end_of: list[int] = numpy.append(starts[1:], n)[which].tolist()

    @classmethod
    def of(cls, doc: Doc) -> "Sentences":
        """The Doc's Sentences, made once and shared by the components after the segmenter
        (kept in ``doc.user_data`` as its two lists; made again if the boundaries changed: the
        SENT_START array is compared as bytes, cheaper than ``numpy.array_equal``)."""
        sent_starts = doc.to_array(SENT_START)
        kept = doc.user_data.get(_SENTENCES)
        if kept is not None and kept[0] == sent_starts.tobytes():
            sents = cls.__new__(cls)
            sents.start_of, sents.end_of = kept[1], kept[2]
            return sents
        sents = cls(doc, sent_starts)
        doc.user_data[_SENTENCES] = (sent_starts.tobytes(), sents.start_of, sents.end_of)
        return sents

    def start(self, i: int) -> int:
        """The first token of token i's sentence."""
        return self.start_of[i]

    def end(self, span) -> int:
        """``span.sent.end``: the end of the sentence of the span's last token (a span
        across a sentence break reaches to the later sentence's end)."""
        return self.end_of[span.end - 1] if span.end > span.start else self.end_of[span.start]

    def span(self, doc: Doc, i: int) -> Span:
        """Token i's sentence (``doc[i].sent``)."""
        return doc[self.start_of[i]:self.end_of[i]]
