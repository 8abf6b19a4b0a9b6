"""Issue 8 (speed): the findings assembler's shortcuts give what the plain reading gives.

A Tag read from a group's marks gives its Span's text without making the Span; a range
look-up by bisection lists the spans a scan of every span lists; a heading test on merged
ranges agrees with a test of every range; evidence offsets come from the range's end tokens
as from its Span.
"""
from __future__ import annotations

import itertools

import spacy
from spacy.tokens import Span

from focusfive_nlp.pipeline.assemble import _covered
from focusfive_nlp.pipeline.evidence import evidence
from focusfive_nlp.pipeline.spans import SpanIndex, doc_text, group_tags, set_spans


def _figure_doc():
    doc = spacy.blank("en")("In 12 of the 20 cases plans were good")
    figure = Span(doc, 1, 5, label="SHARE")
    figure._.figure = {"kind": "result", "value": 60.0}
    set_spans(doc, "ff_figures", [figure])
    return doc, figure


def test_a_marked_tag_reads_its_text_without_its_span():
    doc, figure = _figure_doc()
    [tag] = group_tags(doc, "ff_figures")
    assert (tag.text, tag.doc) == (figure.text, doc) and tag._span is None  # cut from the Doc's text
    assert tag.text == doc_text(doc)[figure.start_char:figure.end_char] == "12 of the 20"
    assert tag._.figure == {"kind": "result", "value": 60.0}  # the Span's own extension value


def test_within_lists_what_a_scan_of_every_span_lists():
    doc = spacy.blank("en")(" ".join(f"w{i}" for i in range(12)))
    spans = [Span(doc, a, b, label=label) for (a, b), label in
             zip([(0, 2), (1, 1), (1, 3), (2, 3), (2, 7), (5, 6), (5, 9), (9, 12), (11, 12)], "ABABABABA")]
    index = SpanIndex(spans)
    for start, end in itertools.product(range(-1, 14), repeat=2):
        for labels in (None, {"A"}, {"B"}, set()):
            scanned = [sp for sp in index if start <= sp.start < end and sp.end <= end
                       and (labels is None or sp.label_ in labels)]
            assert index.within(start, end, labels) == scanned, (start, end, labels)
    assert [t.label_ for t in index.within(2, 7)] == ["B", "A", "B"]  # (2, 3), (2, 7), (5, 6): in order
    assert index.within(3, 5) == [] and index.labels_within(3, 5) == []


def test_merged_heading_ranges_cover_what_the_ranges_cover():
    ranges = [(10, 20), (15, 25), (25, 30), (40, 40), (50, 45), (60, 70), (0, 3)]
    covers = _covered(ranges)
    for x in range(-2, 80):
        assert covers(x) == any(a <= x < b for a, b in ranges), x
    assert covers(29) and not covers(30) and not covers(40) and not covers(47)
    assert not _covered([])(0)


def test_evidence_offsets_are_those_of_the_span_of_the_range():
    doc = spacy.blank("en")("- and the plans were clear;  Visits were late.")
    text = doc_text(doc)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            got = evidence(doc, start, end, text)
            span = doc[start:end]
            if got is not None:
                assert span.start_char <= got[0] < got[1] <= span.end_char and got[2] == text[got[0]:got[1]]
    assert evidence(doc, 0, 7, text) == (6, 26, "the plans were clear")  # bullet and "and" stripped
    assert evidence(doc, 3, 3, text) is None and evidence(doc, 4, 2, text) is None
