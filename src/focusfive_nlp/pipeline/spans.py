"""Span lookups shared by the findings assembler: spans by token range, fast."""
from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Iterable

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span


_START_END = attrgetter("start", "end")


class Tag:
    """A tagged Span as the finding rules read it: ``start``, ``end`` and ``label_`` held
    as plain attributes, since spaCy works ``label_`` out from the string store on every
    access and the rules ask for it in every loop. Anything else is the Span's own."""

    __slots__ = ("span", "start", "end", "label_", "_extensions")

    def __init__(self, span: Span):
        self.span = span
        self.start, self.end, self.label_ = span.start, span.end, span.label_
        self._extensions = None

    @property
    def _(self):
        """The span's extension attributes (``span._`` builds a new accessor on every use)."""
        if self._extensions is None:
            self._extensions = self.span._
        return self._extensions

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

    def __init__(self, spans: Iterable[Span]):
        self.spans = sorted(map(Tag, spans), key=_START_END)
        self.starts = [s.start for s in self.spans]

    def within(self, start: int, end: int, labels: set[str] | None = None) -> list[Tag]:
        out = []
        spans = self.spans
        i = bisect.bisect_left(self.starts, start)
        while i < len(spans) and spans[i].start < end:
            sp = spans[i]
            if sp.end <= end and (labels is None or sp.label_ in labels):
                out.append(sp)
            i += 1
        return out

    def labels_within(self, start: int, end: int) -> list[str]:
        """Distinct labels inside [start, end), in text order."""
        return unique(s.label_ for s in self.within(start, end))

    def __iter__(self):
        return iter(self.spans)


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("ff_text")
    if text is None:  # a Doc's text never changes once it is made
        text = doc.user_data["ff_text"] = doc.text
    return text


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, without repeats."""
    return list(dict.fromkeys(items))


class Sentences:
    """Where each token's sentence starts and ends, read once from the Doc's SENT_START
    array: the bounds ``Span.sent`` works out by scanning tokens on every call (the
    sentence of a span is that of its first token)."""

    def __init__(self, doc: Doc):
        n = len(doc)
        first = doc.to_array(SENT_START).reshape(-1) == 1
        if n:
            first[0] = True
        starts = numpy.flatnonzero(first)
        which = numpy.cumsum(first) - 1
        self.start_of: list[int] = starts[which].tolist()
        self.end_of: list[int] = numpy.append(starts[1:], n)[which].tolist()

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
