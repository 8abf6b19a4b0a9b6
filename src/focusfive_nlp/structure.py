"""Plain-text structure: which lines of a report are section headings.

Used by every reader for text that carries no layout (plain text, Markdown, and PDF or
Word lines that layout alone did not settle). Works on line shape only: capitals,
numbering ("3. Care Planning", "Section 2 - Assessment"), a trailing colon, Title Case,
Markdown ``#``. Knows nothing of spaCy or of what the headings mean.
"""
from __future__ import annotations

import re

from .document import Heading

_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣–]|\(?[a-z]\)|\d+\))\s+")
_NUMBERED = re.compile(r"^\s*(?:(?:section|part|question|chapter|priority|objective|theme|standard)\s+)?\d+(?:\.\d+)*\.?\s*(?:[-–:.)]\s*)?[A-Za-z]", re.I)
_MARKDOWN = re.compile(r"^\s*(#{1,6})\s+\S")
_LETTERED = re.compile(r"^[A-H][.)]\s+[A-Z]")
_UNDERLINE = re.compile(r"^\s*([~=_*-])\1{2,}\s*$")
_VALUE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.I)
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "with", "vs", "v", "&", "-", "–",
}
_END_PUNCT = re.compile(r"[.!;,]$")
_SENTENCE_END = re.compile(r"[.!?;,]$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_NUMBER_PREFIX = re.compile(r"^\s*(?:\w+\s+)?\d+(?:\.\d+)*\.?\s*(?:[-–:.)]\s*)?")
_NUMBER_DEPTH = re.compile(r"^\s*(?:\w+\s+)?(\d+(?:\.\d+)*)")
_LIST_LEAD_IN = re.compile(r"\b(?:were|are|was|is|include|includes|included|follows|following|at|that)\s*:\s*$", re.I)
MAX_WORDS = 10
MAX_CHARS = 90


def _words(line: str) -> list[str]:
    return line.split()


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _is_title_case(line: str) -> bool:
    words = [w.strip("()'\"‘’“”,") for w in _words(line)]
    content = [w for w in words if w and w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    if not content or not words[0][:1].isupper():
        return False
    return all(w[0].isupper() for w in content)


_VERBS = {"was", "were", "is", "are", "had", "has", "have", "did", "does", "do", "will", "would", "should", "must",
          "can", "could", "may", "need", "needs", "needed", "remain", "remains", "showed", "found", "be", "been"}


def _is_sentence_case_heading(line: str, words: list[str]) -> bool:
    """"Care planning", "Voice of the child": short, capitalised, no verb, no full stop."""
    return (
        len(words) <= 6 and line[0].isupper() and line[0].isalpha()
        and not any(w.lower().strip(",;") in _VERBS for w in words)
        and not any(ch.isdigit() for ch in line)
    )


def heading_level(line: str, *, blank_before: bool, blank_after: bool) -> int | None:
    """Return the heading level of one line (1 = top), or None when it is body text."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CHARS or "|" in stripped:
        return None
    md = _MARKDOWN.match(stripped)
    if md:
        return len(md.group(1))
    if _BULLET.match(line) and not _NUMBERED.match(stripped):
        return None
    if _VALUE.search(stripped):  # "Inadequate: 6%", "Visits up to date: 91%": a measure line, not a heading
        return None
    words = _words(stripped)
    if len(words) > MAX_WORDS:
        return None
    if _LETTERED.match(stripped) and not _END_PUNCT.search(stripped):
        return 1  # "A. Notifications and first visits"
    if stripped.endswith("?") and stripped[0].isupper() and blank_before and blank_after:
        return 1  # a question as heading: "How good are our assessments?"
    numbered = bool(_NUMBERED.match(stripped))
    body = stripped.rstrip(":").rstrip()
    if numbered:
        body = _NUMBER_PREFIX.sub("", body, count=1)
    if _SENTENCE_END.search(body) or _SENTENCE_BREAK.search(body):
        return None
    if numbered:
        depth = _NUMBER_DEPTH.match(stripped)
        return 1 + (depth.group(1).count(".") if depth else 0)
    if stripped.endswith(":"):
        if _LIST_LEAD_IN.search(stripped) or not blank_before or not stripped[0].isupper():
            return None
        return 2
    if _is_caps(stripped):
        return 1
    if _is_title_case(stripped) and (blank_before or blank_after) and len(words) <= 8:
        return 1
    if _is_sentence_case_heading(stripped, words) and blank_before and blank_after:
        return 2  # sentence case reads as a sub-heading ("What's working well" under "1. ASSESSMENT")
    return None


def detect_headings(text: str, *, skip_title: bool = True) -> list[Heading]:
    """Find heading lines in ``text``; the first non-empty line (the title) is skipped."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    headings: list[Heading] = []
    seen_title = not skip_title
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not seen_title:
            seen_title = True
            continue
        blank_before = i == 0 or not lines[i - 1].strip()
        underlined = i + 1 < len(lines) and bool(_UNDERLINE.match(lines[i + 1])) and not _UNDERLINE.match(line)
        blank_after = underlined or i + 1 >= len(lines) or not lines[i + 1].strip()
        level = heading_level(line, blank_before=blank_before, blank_after=blank_after)
        if underlined and level is None and len(line.strip()) <= MAX_CHARS and not _BULLET.match(line):
            level = 1  # a line underlined with ~~~ or === is a heading whatever its case
        if level is None:
            continue
        lead = len(line) - len(line.lstrip())
        start = offsets[i] + lead
        text_ = line.strip()
        if _MARKDOWN.match(text_):
            hashes = len(text_) - len(text_.lstrip("#"))
            skip = hashes + (len(text_[hashes:]) - len(text_[hashes:].lstrip()))
            start += skip
            text_ = text_[skip:]
        headings.append(Heading(text=text_, start=start, end=start + len(text_), level=level))
    return headings


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped: the title of a plain-text report."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip().lstrip("#").strip()
    return None


WRAPPED_WIDTH = 110  # a text whose longest line is shorter than this was wrapped by hand
MIN_WRAP_WIDTH = 50
MIN_FULL_LINES = 5  # lines that run to the margin before a text counts as wrapped
SOFT_BREAK_SHARE = 0.75  # a line this close to the wrap width ran on into the next


def unwrap(text: str) -> str:
    """Turn the soft line breaks of a hard-wrapped text (e-mail style, ~80 columns) into
    spaces, one character for one so offsets stay true; headings, list items, table rows
    and short lines keep their breaks. Texts with paragraph-long lines are returned as is."""
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    longest = max(lengths, default=0)
    if longest < MIN_WRAP_WIDTH or longest >= WRAPPED_WIDTH:
        return text
    full = [n for n in lengths if n >= SOFT_BREAK_SHARE * longest]
    if len(full) < MIN_FULL_LINES or len(full) < 0.5 * len(lengths):
        return text  # a few long lines among short ones: a list or a dashboard, not wrapped prose
    heading_lines = set()
    for i, line in enumerate(lines):
        blank_before = i == 0 or not lines[i - 1].strip()
        blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
        if heading_level(line, blank_before=blank_before, blank_after=blank_after) is not None:
            heading_lines.add(i)
    soft_breaks = []
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        soft = (
            line.strip() and nxt.strip()
            and len(line.rstrip()) >= SOFT_BREAK_SHARE * longest
            and (nxt.lstrip()[:1].islower() or line.rstrip()[-1:] not in ".:;!?%)" and not line.rstrip()[-1:].isdigit())
            and not (_BULLET.match(nxt) or _NUMBERED.match(nxt.strip()) or _MARKDOWN.match(nxt))
            and "|" not in line and "|" not in nxt
            and i not in heading_lines and i + 1 not in heading_lines
        )
        if soft:
            soft_breaks.append(pos)
        pos += 1
    pieces, last = [], 0
    for pos in soft_breaks:
        pieces += [text[last:pos], " "]
        last = pos + 1
    return "".join(pieces) + text[last:]
