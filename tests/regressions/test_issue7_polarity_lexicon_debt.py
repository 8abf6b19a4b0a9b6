"""Issue 7 (code debt in polarity): a grade move ("from good to requires improvement") is recognised in
one place, pipeline/grade_moves.py, from the grade tagger's spans; the cue tagger and the figure rules
both read it from there, and models/polarity.yaml no longer carries a second encoding of it. No list of
polarity.yaml holds a phrase twice."""
from __future__ import annotations

import collections
from pathlib import Path

import yaml

from focusfive_nlp.pipeline.grade_moves import grade_move_ranges, in_grade_move
from picks import figure

POLARITY = Path(__file__).resolve().parents[2] / "models" / "polarity.yaml"


def test_no_polarity_list_holds_a_phrase_twice():
    data = yaml.safe_load(POLARITY.read_text(encoding="utf-8"))
    twice = {key: [p for p, n in collections.Counter(v).items() if n > 1]
             for key, v in data.items() if isinstance(v, list)}
    assert {k: v for k, v in twice.items() if v} == {}


def test_the_grade_move_is_not_encoded_in_the_lexicon():
    data = yaml.safe_load(POLARITY.read_text(encoding="utf-8"))
    pseudo = data.get("patterns", {}).get("pseudo", [])
    assert not any(row[0].get("LOWER") == "from" for row in pseudo)


def test_a_move_between_two_grades_is_one_range(nlp):
    doc = nlp("Four grades went down at moderation, from 'Good' to requires improvement.\n")
    ranges = grade_move_ranges(doc)
    assert len(ranges) == 1
    start, end = ranges[0]
    assert doc[start].lower_ == "from" and doc[end - 1].lower_ == "improvement"
    grades = [(s.start, s.end) for s in doc.spans["ff_grades"] if s.label_ == "GRADE"]
    assert grades and all(in_grade_move(doc, s, e) for s, e in grades)


def test_a_grade_after_from_with_no_second_grade_is_no_move(nlp):
    doc = nlp("Apart from good plans, the files were graded good in most cases.\n")
    assert grade_move_ranges(doc) == []


def test_a_move_made_at_moderation_leaves_its_count_neutral(run, report):
    found = run(report("At moderation, 3 of the 12 grades were changed from good to inadequate.", heading="MODERATION"))
    assert (figure(found, 25.0).grade, figure(found, 25.0).polarity) == (None, "neutral")


def test_a_share_graded_good_still_reads_its_grade(run, report):
    found = run(report("At moderation, 3 of the 12 files were graded good.", heading="MODERATION"))
    assert (figure(found, 25.0).grade, figure(found, 25.0).polarity) == ("good", "strength")
