"""The reader's own page model: words with font facts, lines, table areas, pages.

pdfplumber (``pdf.py``) and pypdfium2 (``pdfium.py``) fill it; layout analysis
(``layout.py``) and paragraph assembly (``paragraphs.py``) work on it alone. Coordinates are PDF points, origin top-left, ``top`` < ``bottom``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Any, Callable


@dataclass(slots=True, unsafe_hash=True)
class Word:
    """One word as drawn: normalised text, box, font size and weight.

    Not changed once built (treated as frozen). Slots and a plain ``__init__``, not
    ``frozen=True``: a frozen dataclass sets each field through ``object.__setattr__``,
    and the readers build tens of thousands of words per report.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 10.0
    bold: bool = False


@dataclass(frozen=True)
class TableArea:
    """A ruled table found on a page: its box and cell texts, header row first."""

    rows: tuple[tuple[str, ...], ...]
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class PageLayout:
    """Everything one page contributes: words outside tables, and the tables."""

    number: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    tables: list[TableArea] = field(default_factory=list)
    has_images: bool = False
    rotated_chars: int = 0  # characters running another way than the page's text, left out
    turns: int = 0  # quarter turns the page's text was turned by to read upright


class _cached:
    """A property computed on first use and kept in the instance (as
    ``functools.cached_property``, without its per-access lock in Python 3.11)."""

    def __init__(self, fn: Callable[[Any], Any]):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


_ROUND1: dict[float, float] = {}


def round1(x: float) -> float:
    """``round(x, 1)``, remembered: a document has few distinct font sizes and baselines."""
    r = _ROUND1.get(x)
    if r is None:
        if len(_ROUND1) > 100_000:
            _ROUND1.clear()
        r = _ROUND1[x] = round(x, 1)
    return r


COLUMN_GAP_EMS = 1.5  # a gap between two words wider than this (in ems) is a column break, not a word space
MIN_COLUMN_BREAKS = 2  # three cells or more, as the text path's space-aligned rows (a key and its value stay one line)
UNIFORM_GAP = 1.0  # points: gaps of one line this close in width are justified word spaces
CHAR_EMS = 0.5  # the width of one character, in ems, when a column's start is turned into a text column


def join_words(words: list[Word]) -> str:
    """Words on one line joined by a space, except across a column break of a borderless table
    (dashboards, scorecards: "First Response      24      17    Green"): a gap wider than
    COLUMN_GAP_EMS is written as a run of two or more spaces that puts the next word at its page
    position in characters (CHAR_EMS each), as a text-mode table has it, so the text path reads
    the columns (``textview.space_aligned``, which reads rows of three cells or more: a key
    and its value, "Good      81%", keep a single space). Justification stretches every space
    of a line alike, so a line whose gaps are all the same width has no column break."""
    n_words = len(words)
    if n_words < 2:
        return words[0].text if words else ""
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    wide = [g > COLUMN_GAP_EMS * (a.size if a.size > b.size else b.size) for g, a, b in zip(gaps, words, words[1:])]
    if sum(wide) < MIN_COLUMN_BREAKS or max(gaps) - min(gaps) <= UNIFORM_GAP:
        return " ".join(w.text for w in words)
    parts = [words[0].text]
    n = len(parts[0])
    start = words[0].x0
    for i in range(1, n_words):
        w = words[i]
        if wide[i - 1]:
            em = words[i - 1].size if words[i - 1].size > w.size else w.size
            col = round((w.x0 - start) / (CHAR_EMS * em))
            spaces = col - n if col - n > 2 else 2
        else:
            spaces = 1
        parts.append(" " * spaces)
        parts.append(w.text)
        n += spaces + len(w.text)
    return "".join(parts)


@dataclass
class Line:
    """Words on one baseline within one column, left to right (not changed once built)."""

    words: list[Word]
    page: int
    col_x0: float = 0.0
    col_x1: float = 0.0
    columns: int = 1

    @_cached
    def text(self) -> str:
        """The words joined by a space; a column break (see :func:`join_words`) by a run of spaces."""
        return join_words(self.words)

    @_cached
    def x0(self) -> float:
        return self.words[0].x0

    @_cached
    def x1(self) -> float:
        return self.words[-1].x1

    @_cached
    def top(self) -> float:
        return min(w.top for w in self.words)

    @_cached
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @_cached
    def size(self) -> float:
        """Font size of most of the line's characters."""
        exact: dict[float, int] = {}  # by exact size (a line has one or two), rounded in first-seen order
        for w in self.words:
            exact[w.size] = exact.get(w.size, 0) + len(w.text)
        if len(exact) == 1:
            return round1(next(iter(exact)))
        weights: dict[float, int] = {}
        for size, n in exact.items():
            key = round1(size)
            weights[key] = weights.get(key, 0) + n
        return max(weights, key=weights.__getitem__)

    @_cached
    def chars(self) -> int:
        """Characters of the line's words (spaces between them not counted)."""
        return sum(len(w.text) for w in self.words)

    @_cached
    def bold_chars(self) -> int:
        """Characters of the line's bold words."""
        return sum(len(w.text) for w in self.words if w.bold)

    @_cached
    def bold(self) -> bool:
        """True when (nearly) all letters are bold."""
        total = self.chars
        return total > 0 and self.bold_chars >= 0.8 * total


def median_or(values: list[float], default: float) -> float:
    """Median of ``values``, or ``default`` when there are none."""
    return median(values) if values else default
