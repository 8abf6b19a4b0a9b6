"""Grade moves: "from good to requires improvement", "from 'RI' to 'good'", as moderation changes grades.

The one place a move is recognised, from the grade tagger's spans (``doc.spans["ff_grades"]``): the
cue tagger reads the words of a move as no judgement (a word outside it, "had improved", still judges),
and figure findings read neither end as the grade of a share. The move is what a count counts.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .spans import group_marks

MOVE_QUOTES = {"'", "‘", "’", '"', "“", "”"}  # around the grades of a move ("from 'RI' to 'good'")


def _word_before(doc: Doc, i: int) -> int:
    """Index of the word before token i, past quotes and spaces (-1 at the start)."""
    i -= 1
    while i >= 0 and (doc[i].text in MOVE_QUOTES or doc[i].is_space):
        i -= 1
    return i


def _word_after(doc: Doc, i: int) -> int:
    """Index of the word at or after token i, past quotes and spaces."""
    while i < len(doc) and (doc[i].text in MOVE_QUOTES or doc[i].is_space):
        i += 1
    return i


def _grades(doc: Doc) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _a, _b, label, _g in group_marks(doc, "ff_grades") if label == "GRADE"]


def _move_of(doc: Doc, grades: list[tuple[int, int]], s: int, e: int) -> tuple[int, int] | None:
    """Token range (from its "from" to this grade's end, or to the other end's) of the move the grade
    at [s, e) is an end of, else None."""
    b = _word_before(doc, s)
    if b < 0:
        return None
    if doc[b].lower_ == "from":
        if any(t.lower_ == "to" for t in doc[s:e]):  # one grade span: "requires improvement to good"
            return b, e
        a = _word_after(doc, e)
        if a < len(doc) and doc[a].lower_ == "to":
            second = [(s2, e2) for s2, e2 in grades if s2 >= a + 1 and e2 <= min(len(doc), a + 4)]
            if second:
                return b, second[0][1]
        return None
    if doc[b].lower_ == "to":
        c = _word_before(doc, b)
        first = [(s1, e1) for s1, e1 in grades if s1 >= max(0, c - 3) and e1 == c + 1]
        if first:
            f = _word_before(doc, first[0][0])
            if f >= 0 and doc[f].lower_ == "from":
                return f, e
    return None


def in_grade_move(doc: Doc, start: int, end: int) -> bool:
    """Is the grade at tokens [start, end) an end of a move from one grade to another?"""
    return _move_of(doc, _grades(doc), start, end) is not None


def grade_move_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the grade moves of ``doc``, each from its "from" to its last grade."""
    grades = _grades(doc)
    return sorted({m for s, e in grades if (m := _move_of(doc, grades, s, e)) is not None})
