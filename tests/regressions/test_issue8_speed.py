"""Issue 8 (speed): the shortcuts the pipeline takes give what spaCy's own calls give.

Sentence bounds read once per Doc, tagged spans held as Tags or Marks, the opening's text
cut from the Doc's text, and a command that writes JSON lines without loading pandas.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import Span

from focusfive_nlp.pipeline.lexicon import TITLE_TOKENS, opening_text
from focusfive_nlp.pipeline.anchored import word_index
from focusfive_nlp.pipeline.spans import TOKEN_ATTRS, Mark, Sentences, SpanIndex, Tag, token_columns

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "tests" / "data" / "dev" / "threshold-audit-2017.txt"


def test_sentence_bounds_are_those_of_span_sent(nlp):
    doc = nlp(REPORT.read_text(encoding="utf-8"))
    sents = Sentences(doc)
    assert len(list(doc.sents)) > 5
    for i in range(len(doc)):
        sent = doc[i:i + 1].sent
        assert (sents.start(i), sents.span(doc, i).end) == (sent.start, sent.end)


def test_a_sentence_start_opens_the_next_sentence_not_the_one_before():
    doc = spacy.blank("en")("One two. Three four.")
    doc[0].is_sent_start, doc[3].is_sent_start = True, True
    for i in (1, 2):
        doc[i].is_sent_start = False
    doc[4].is_sent_start, doc[5].is_sent_start = False, False
    sents = Sentences(doc)
    assert [sents.start(i) for i in range(len(doc))] == [0, 0, 0, 3, 3, 3]
    assert [sents.start(i) for i in range(len(doc))] == [doc[i:i + 1].sent.start for i in range(len(doc))]
    assert sents.span(doc, 2).text == "One two." and sents.span(doc, 3).text == "Three four."


def test_token_columns_are_the_docs_arrays_read_again_after_a_retokenize():
    doc = spacy.blank("en")("In 12 of the 30 cases , plans were good .")
    for attr in TOKEN_ATTRS:
        assert token_columns(doc, attr)[0].tolist() == doc.to_array(attr).tolist()
    assert token_columns(doc, TOKEN_ATTRS[0])[0].base is token_columns(doc, TOKEN_ATTRS[1])[0].base  # one read
    words, _positions = word_index(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])  # "12 of" as one token: the kept arrays no longer fit
    for attr in TOKEN_ATTRS:
        assert token_columns(doc, attr)[0].tolist() == doc.to_array(attr).tolist()
    assert sorted(word_index(doc)[0]) == sorted(set(doc.to_array(TOKEN_ATTRS[0]).tolist())) != sorted(words)


def test_a_tag_reads_as_its_span():
    doc = spacy.blank("en")("plans were out of date")
    span = Span(doc, 2, 5, label="IMPROVEMENT")
    tag = Tag(span)
    assert (tag.start, tag.end, tag.label_, len(tag), tag.text, tag[0].text) == (2, 5, "IMPROVEMENT", 3, "out of date", "out")
    assert tag == span and tag == Tag(span) and hash(tag) == hash(span)
    assert tag != Tag(Span(doc, 2, 4, label="IMPROVEMENT"))
    index = SpanIndex([Span(doc, 0, 1, label="A"), span])
    assert [t.label_ for t in index.within(1, 5)] == ["IMPROVEMENT"] and index.within(3, 5) == []


def test_a_mark_becomes_the_span_it_stands_for():
    doc = spacy.blank("en")("not yet timely")
    mark = Mark(0, 2, "NEGATION")
    assert len(mark) == 2 and mark.span(doc) == Span(doc, 0, 2, label="NEGATION")
    assert mark.span(doc) != Span(doc, 0, 2, label="STRENGTH")


def test_the_opening_is_cut_from_the_text(nlp):
    text = REPORT.read_text(encoding="utf-8")
    long_doc, short_doc = nlp.make_doc(text), nlp.make_doc("  Fostering audit\nfindings")
    assert len(long_doc) > TITLE_TOKENS
    for doc in (long_doc, short_doc):
        assert opening_text(doc) == doc[:TITLE_TOKENS].text
    assert opening_text(nlp.make_doc("")) == ""


def test_extracting_to_json_lines_loads_no_pandas(tmp_path):
    report = tmp_path / "audit.txt"
    report.write_text("Case file audit 2021\n\nIn 12 of the 20 cases plans were good.\n", encoding="utf-8")
    code = ("import sys, runpy; sys.argv = ['focusfive', 'extract', sys.argv[1], '--out', sys.argv[2], '--jobs', '1', "
            "'--no-progress']\ntry:\n    runpy.run_module('focusfive_nlp', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('pandas' in sys.modules)")
    for out, pandas_loaded in ((tmp_path / "f.jsonl", "False"), (tmp_path / "f.csv", "True")):
        proc = subprocess.run([sys.executable, "-c", code, str(report), str(out)], capture_output=True, text=True, timeout=300)
        assert proc.stdout.strip().splitlines()[-1] == pandas_loaded, proc.stderr
        assert out.read_text(encoding="utf-8").strip()  # the findings were written either way


def test_no_token_matcher_of_the_default_pipeline_reads_every_token(nlp):
    """One pattern of open length ("*") or with no anchor word sends its whole matcher over every
    token of every Doc (once it made the cue tagger 1.7 times slower); bundled patterns use "?"."""
    from focusfive_nlp.pipeline.anchored import AnchoredMatcher

    matchers = [(name, attr, m) for name, pipe in nlp.pipeline for attr, m in vars(pipe).items()
                if isinstance(m, AnchoredMatcher)]
    for _name, _attr, m in matchers:
        m.reach(nlp.make_doc("a"))  # plans are worked out on first use: not yet in a fresh session
    assert {name for name, _a, _m in matchers} >= {"ff_grades", "ff_figures", "ff_themes", "ff_cues"}
    assert [(name, attr) for name, attr, m in matchers if m._whole] == []
