"""Long texts in parts: where a text too long for one spaCy Doc is cut, and what each part carries.

spaCy refuses a Doc over ``nlp.max_length`` characters (its E088) and a Doc's memory
grows with its length, so a text over the chunk size is read in parts. A part ends, in
order of preference, at a top-level heading, at any heading, at a blank line, at a line
that closes a sentence, or after a sentence's full stop: never inside a sentence. Only
a text with none of these in the last half of a part is cut at a space (or, with no
space at all, anywhere).

Every part after the first is read behind a preamble: the report's opening (its title,
introduction and first section, where the report's own audit activity and period are
named, when that is short) and the headings still open where the part starts, so the
part's findings get the section keys, activity and period they get when the text is
read whole. Findings inside the preamble are the earlier parts' and are dropped.
Knows nothing of spaCy: text and heading offsets in, parts out.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

HeadingTuple = tuple[int, int, str, int]  # (start, end, text, level), as in Doc._.headings

OPENING_CHARS = 4000  # the longest report opening repeated before every part
_BLANK_LINE = re.compile(r"\n[ ]*\n")
_LINE_END = re.compile(r"[.!?:;][\"')\]]*[ ]*\n")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*[ ]+(?=[A-Z0-9\"'(•])")


@dataclass(frozen=True)
class Part:
    """One part of a long text: ``text[start:end]``, read after ``preamble``.

    ``headings`` are in the coordinates of ``preamble + text[start:end]``.
    """

    start: int
    end: int
    preamble: str = ""
    headings: list[HeadingTuple] = field(default_factory=list)


def _last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> int | None:
    """End of the last match of ``pattern`` ending in (lo, hi]."""
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def cut_point(text: str, headings: list[HeadingTuple], lo: int, hi: int) -> int:
    """The best place in (lo, hi] to end a part (see the module docstring)."""
    starts = [h[0] for h in headings]
    inside = headings[bisect.bisect_right(starts, lo): bisect.bisect_right(starts, hi)]
    if inside:
        top = min(h[3] for h in inside)
        return max(h[0] for h in inside if h[3] == top)
    for pattern in (_BLANK_LINE, _LINE_END, _SENTENCE_END):
        cut = _last_match(pattern, text, lo, hi)
        if cut is not None:
            return cut
    space = text.rfind(" ", lo, hi)
    return space + 1 if space > lo else hi


def _inside_heading(cut: int, headings: list[HeadingTuple]) -> int:
    """A cut that falls inside a heading line moves to the heading's start."""
    i = bisect.bisect_right([h[0] for h in headings], cut) - 1
    if i >= 0 and headings[i][0] < cut < headings[i][1]:
        return headings[i][0]
    return cut


def _opening(text: str, headings: list[HeadingTuple]) -> str:
    """The report's opening, short enough to repeat: up to its second heading, else up to
    its first, else its title line, else nothing."""
    for k in (1, 0):
        end = headings[k][0] if len(headings) > k else None
        if end is not None and end <= OPENING_CHARS:
            return text[:end]
    first = text.lstrip()
    title = first[: first.find("\n")] if "\n" in first else first
    return title + "\n" if len(title) <= OPENING_CHARS // 10 else ""


def _open_headings(headings: list[HeadingTuple], cut: int) -> list[HeadingTuple]:
    """The headings whose sections are still open at ``cut``: the stack of levels a reader
    keeps (a heading at ``cut`` itself closes those of its level and below)."""
    stack: list[HeadingTuple] = []
    for h in headings:
        if h[0] > cut:
            break
        while stack and stack[-1][3] >= h[3]:
            stack.pop()
        if h[0] < cut:
            stack.append(h)
    return stack


def plan_parts(text: str, headings: list[HeadingTuple], size: int) -> list[Part]:
    """Cut ``text`` into parts of at most ``size`` characters (one part if it fits)."""
    headings = sorted(headings)
    if len(text) <= size:
        return [Part(0, len(text), "", headings)]
    cuts = [0]
    while len(text) - cuts[-1] > size:
        lo, hi = cuts[-1] + size // 2, cuts[-1] + size
        cut = _inside_heading(cut_point(text, headings, lo, hi), headings)
        cuts.append(cut if cut > cuts[-1] else hi)
    cuts.append(len(text))
    opening = _opening(text, headings)
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        preamble, carried = "", []
        if a > 0:
            preamble = opening.rstrip()
            opening_end = len(preamble)
            carried = [h for h in headings if h[1] <= opening_end]
            for h in _open_headings(headings, a):
                if h[1] <= opening_end:
                    continue  # already in the opening
                preamble += "\n\n"
                carried.append((len(preamble), len(preamble) + h[1] - h[0], h[2], h[3]))
                preamble += text[h[0]:h[1]]
            preamble = (preamble + "\n\n") if preamble else ""
        shift = len(preamble) - a
        own = [(s + shift, e + shift, t, lv) for s, e, t, lv in headings if a <= s < b]
        parts.append(Part(a, b, preamble, carried + own))
    return parts
