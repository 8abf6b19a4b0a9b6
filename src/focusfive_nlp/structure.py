"""Plain-text structure: which lines of a report are section headings.

Used by every reader for text that carries no layout (plain text, Markdown, and PDF or
Word lines that layout alone did not settle). Works on line shape only: capitals,
numbering ("3. Care Planning", "Practice area 1 – CHRONOLOGY", "III. Overall Grades"),
a trailing colon, Title Case, Markdown ``#``, a slide title after a page number. The
numbering forms, front-matter labels and verb words are data (models/headings.yaml).
Knows nothing of spaCy or of what the headings mean.

A heading is short, does not end like a sentence, and is not the wrapped tail of the
line above nor the head of a line that runs on below it.
"""
from __future__ import annotations

import importlib.resources
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .document import Heading
from .textview import is_table_line

_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣–]|\(?[a-z]\)|\((?:[ivx]+)\)|\d+\))\s+")
_MARKDOWN = re.compile(r"^\s*(#{1,6})\s+\S")
_LETTERED = re.compile(r"^[A-H][.)]\s+[A-Z]")
_UNDERLINE = re.compile(r"^\s*([~=_*-])\1{2,}\s*$")
_VALUE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.I)
_ARABIC = re.compile(r"\d+(?:\.\d+)*\.?")
_OPEN_END = re.compile(r"\s(?:and|or|but|the|a|an|with|that|which)$", re.I)  # "... in touch, but": cut off
_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|although|though|yet|while|whilst|however)\b", re.I)  # "Regular, but not yet reflective"
_CELL_GAP = re.compile(r"\S(?:\t|[^\S\n]{3,})\S")  # "Judgement      Grade": padded or tabbed columns
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "with", "vs", "v", "&", "-", "–",
}
_END_PUNCT = re.compile(r"[.!;,]$")
_SENTENCE_END = re.compile(r"[.!?;,]$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_LIST_LEAD_IN = re.compile(r"\b(?:were|are|was|is|include|includes|included|follows|following|at|that)\s*:\s*$", re.I)
MAX_WORDS = 10
MAX_LONG_WORDS = 12  # a noun phrase standing alone between blank lines may run longer
MAX_NUMBERED_WORDS = 12  # after the number: "Priority 1: Assessment and Planning for Children in Need ..."
MAX_QUESTION_WORDS = 14  # "What needs to improve in this area of social work practice?"
MAX_SLIDE_TITLE_WORDS = 8
MAX_CHARS = 90


def _alternatives(words) -> str:
    """A regex alternation of word phrases, longest first, spaces as any whitespace."""
    phrases = sorted({str(w).strip().lower() for w in words if str(w).strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in phrases)


@dataclass(frozen=True)
class HeadingShapes:
    """The line shapes of models/headings.yaml, compiled."""

    numbered: re.Pattern  # numbering at a line's start; group "num" is the number
    front_matter: re.Pattern  # "Author: ...", "Wards: All"
    page_marker: re.Pattern  # "4", "Slide 4", "Page 4 of 12"
    running_page: re.Pattern  # a running header or footer: "Annual QA Report 2024      Page 4 of 9"
    marker_number: re.Pattern  # a page or slide word and its number anywhere: a text without one has no page furniture
    byline: re.Pattern  # who wrote or presents it: "Head of Service, Assessment and Intervention"
    question_words: frozenset
    verbs: frozenset
    noun_markers: frozenset
    # a bare part divider of a text that joins several reports ("PART 2", "Report 3"): the line
    # under it is the next report's title
    part_divider: re.Pattern = re.compile("(?!)")


def compile_shapes(data: dict) -> HeadingShapes:
    """Compile the heading shapes of one headings file (see models/headings.yaml)."""
    prefixes = _alternatives(data.get("numbering_prefixes") or [])
    numbers = [str(n) for n in data.get("numbers") or []]
    # the prefix-only forms first: "6b" after "Slide" is one number, not "6" and a word "b..."
    prefixed = [str(n) for n in data.get("prefixed_numbers") or []] + numbers
    bare = "|".join(f"(?:{n})" for n in numbers)
    after = "|".join(f"(?:{n})" for n in prefixed)
    numbered = re.compile(
        rf"^\s*(?:(?i:{prefixes})\s+(?P<pnum>{after})|(?P<num>{bare}))\s*(?:[-–—:.)]\s*)?(?=[A-Za-z\"'‘“(])")
    labels = _alternatives(data.get("front_matter_labels") or [])
    markers = _alternatives(data.get("page_markers") or [])
    bylines = _alternatives(data.get("byline_roles") or []) or "(?!)"
    byline_leads = _alternatives(data.get("byline_leads") or []) or "(?!)"
    words = lambda key: frozenset(str(w).lower() for w in data.get(key) or [])  # noqa: E731
    return HeadingShapes(
        numbered=numbered,
        front_matter=re.compile(rf"^(?i:{labels})\s*:\s*\S"),
        # "4", "Slide 4", "Page 4 of 12", and a number between dashes as slide exports print it ("— 4 —")
        page_marker=re.compile(rf"^(?:(?i:{markers})\s+)?\d{{1,3}}(?:\s+(?i:of)\s+\d{{1,3}})?$|^[-–—]\s*\d{{1,3}}\s*[-–—]$"),
        running_page=re.compile(rf"(?:\s{{2,}}|\t)(?i:{markers})\s+\d{{1,3}}(?:\s+(?i:of)\s+\d{{1,3}})?\s*$"
                                rf"|^\s*(?i:{markers})\s+\d{{1,3}}(?:\s+(?i:of)\s+\d{{1,3}})?(?:\s{{2,}}|\t)\S"),
        # the forms a marker is written in, spelt out: a case-blind pattern scans a long text several times slower
        marker_number=re.compile(rf"(?:{'|'.join(map(re.escape, _cased(data.get('page_markers') or [])))})\s+\d"),
        byline=re.compile(rf"^(?i:{bylines})(?:,|\s+of\b|\s+for\b|$)|^(?i:{byline_leads})\s+\S"),
        question_words=words("question_words"), verbs=words("verbs"), noun_markers=words("noun_markers"),
        part_divider=re.compile(rf"^(?i:{_alternatives(data.get('part_dividers') or []) or '(?!)'})\s+"
                                rf"(?:\d{{1,3}}|[A-Z]|(?=[IVX])X{{0,3}}(?:IX|IV|V?I{{0,3}}))$"),
    )


def _cased(words: list) -> list[str]:
    """Each word as written in lower case, capitalised and in capitals ("page", "Page", "PAGE")."""
    return [form for w in words for form in dict.fromkeys((str(w).lower(), str(w).capitalize(), str(w).upper()))]


@lru_cache(maxsize=1)
def shapes() -> HeadingShapes:
    """The bundled heading shapes (models/headings.yaml), loaded once."""
    path = importlib.resources.files("focusfive_nlp.models") / "headings.yaml"
    return compile_shapes(yaml.safe_load(path.read_text(encoding="utf-8")) or {})


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """The month names of the bundled calendar (models/calendar.yaml): a day's number before one
    is a date ("14 November 2024"), not a heading's number."""
    path = importlib.resources.files("focusfive_nlp.models") / "calendar.yaml"
    return frozenset(str(w).lower() for w in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("months") or [])


def numbering(line: str) -> re.Match | None:
    """The numbering that opens a line ("3.2 ", "Practice area 1 – ", "III. "), if any."""
    return shapes().numbered.match(line)


def strip_numbering(text: str) -> str:
    """A heading's text without its numbering."""
    m = numbering(text)
    return text[m.end():] if m else text


def _words(line: str) -> list[str]:
    return line.split()


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*:?$")  # "STANDARDS MET BY SERVICE (all standards combined)"


def _is_caps(line: str) -> bool:
    """All letters capitals; a closing bracketed qualifier may be in any case
    ("VISITS (children in care only)", "SUMMARY (continued)")."""
    line = _TRAILING_BRACKET.sub("", line)
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _is_title_case(line: str) -> bool:
    words = [w.strip("()'\"‘’“”,") for w in _words(line)]
    content = [w for w in words if w and w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    if not content or not words[0][:1].isupper():
        return False
    return all(w[0].isupper() for w in content)


def _has_verb(words: list[str]) -> bool:
    """Whether a finite verb is among the words: "Plans were late" has one; "Children in
    need" has none (a verb word after a preposition or article is a noun)."""
    sh = shapes()
    plain = [w.lower().strip(",;:()'\"‘’“”") for w in words]
    return any(w in sh.verbs and not (i and plain[i - 1] in sh.noun_markers) for i, w in enumerate(plain))


def _is_question_shaped(words: list[str]) -> bool:
    """"What we found", "How we did it", "Why we audited": a wh-word opens the line."""
    return bool(words) and words[0].lower().strip("'\"‘“") in shapes().question_words


def _is_sentence_case_heading(line: str, words: list[str]) -> bool:
    """"Care planning", "Voice of the child", "What we found": short, capitalised, no verb
    (unless a wh-word opens it), no full stop."""
    if not (line[0].isupper() and line[0].isalpha()) or any(ch.isdigit() for ch in line):
        return False
    if _is_question_shaped(words):
        return len(words) <= MAX_SLIDE_TITLE_WORDS
    return len(words) <= 6 and not _has_verb(words)


def _ends_like_sentence(body: str) -> bool:
    return bool(_SENTENCE_END.search(body) or _SENTENCE_BREAK.search(body))


def heading_level(line: str, *, blank_before: bool, blank_after: bool, body_after: bool = False,
                  continues: bool = False, runs_on: bool = False, after_page: bool = False,
                  in_numbered_list: bool = False) -> int | None:
    """Return the heading level of one line (1 = top), or None when it is body text.

    Context beyond the blank lines, given by :func:`detect_headings`: ``body_after`` (the
    next line is body text or a list item, not blank), ``continues`` (the line is the
    wrapped tail of the line above), ``runs_on`` (the next line continues this one),
    ``after_page`` (the line above is a lone page or slide number) and ``in_numbered_list``
    (numbered lines of the same form stand right above or below: list items).
    """
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CHARS or "|" in stripped:
        return None
    md = _MARKDOWN.match(stripped)
    if md:
        return len(md.group(1))
    sh = shapes()
    if sh.page_marker.match(stripped):
        return None  # "Page 3 of 3", "Slide 4": where a page ends or starts, not what it is about
    if continues or runs_on:
        return None  # a wrapped line: "Sample drawn from ... Child" / "Protection, Children in Care"
    numbered = sh.numbered.match(stripped)
    if _BULLET.match(line) and not numbered:
        return None
    if _VALUE.search(stripped):  # "Inadequate: 6%", "Visits up to date: 91%": a measure line, not a heading
        return None
    if sh.front_matter.match(stripped) or sh.byline.match(stripped):
        return None  # "Author: Senior Practitioner", "Wards: All": a field of the front matter; a byline
    body = stripped[numbered.end():] if numbered else stripped
    if _CELL_GAP.search(body):
        return None  # a table row in padded or tab-separated columns
    words = _words(stripped)
    if numbered and not blank_after and words[-1] in _RUN_ON_WORDS:  # lower case: "rated A" ends a heading
        return None  # a numbered paragraph wrapped before its figure: "4.1 Visits were on time in" / "22 of ..."
    if numbered:
        return _numbered_level(numbered, body, blank_before=blank_before, blank_after=blank_after,
                               in_list=in_numbered_list)
    if len(words) > (MAX_QUESTION_WORDS if stripped.endswith("?") else MAX_LONG_WORDS):
        return None
    if _LETTERED.match(stripped) and not _END_PUNCT.search(stripped):
        return 1  # "A. Notifications and first visits"
    if stripped.endswith("?") and stripped[0].isupper() and blank_before and (blank_after or body_after):
        return 1  # a question as heading: "How good are our assessments?"
    text = stripped.rstrip(":").rstrip()
    if _ends_like_sentence(text) or _OPEN_END.search(text) or _CLAUSE_BREAK.search(text):
        return None
    if after_page and len(words) <= MAX_SLIDE_TITLE_WORDS and stripped[0].isupper():
        return 1  # a slide's title, after its page number: "Plans and reviews"
    if stripped.endswith(":"):
        if _LIST_LEAD_IN.search(stripped) or not blank_before or not stripped[0].isupper():
            return None
        if not (_is_caps(text) or _is_title_case(text) or (len(words) <= 5 and not _has_verb(words))
                or (_is_question_shaped(words) and len(words) <= MAX_SLIDE_TITLE_WORDS)):
            return None  # a clause that introduces a list: "Two themes appeared in every report:"
        return 2
    if _is_caps(stripped) and len(words) <= MAX_WORDS:
        return 1
    if _is_title_case(stripped) and (blank_before or blank_after) and len(words) <= 8:
        return 1
    if _is_sentence_case_heading(stripped, words) and blank_before and (blank_after or body_after):
        return 2  # sentence case reads as a sub-heading ("What's working well" under "1. ASSESSMENT")
    if (blank_before and blank_after and len(words) <= MAX_LONG_WORDS and stripped[0].isupper()
            and not any(ch.isdigit() for ch in stripped) and not _has_verb(words)):
        return 2  # a noun phrase on a line of its own: "The experiences and progress of children in care"
    return None


_PART_NUMBER = re.compile(r"[A-Z]\d{1,2}")
# a prefix word's number, then a dash or colon: the name after it may be lower case
# ("Section B – needs", "Part 2: scope of the audit")
_SEPARATED_BODY = re.compile(r"[-–—:]\s*$")


def _numbered_level(m: re.Match, body: str, *, blank_before: bool, blank_after: bool, in_list: bool) -> int | None:
    """Level of a numbered line ("4.1 Assessment" is 2), or None for a numbered sentence,
    a list item or a lead-in ("1.2 The audit found that:")."""
    if not body[:1].isupper() and not body[:1] in "\"'‘“(" and not (
            m.group("pnum") and _SEPARATED_BODY.search(m.group(0)) and not (len(_words(body)) > 2 and _has_verb(_words(body)))):
        return None
    if len(_words(body)) > MAX_NUMBERED_WORDS or _ends_like_sentence(body.rstrip(":").rstrip()):
        return None
    if m.group("num") and body.split()[0].strip(",.").lower() in _months():
        return None  # a date on a line of its own ("14 November 2024"; "1 April 2024 to 31 March 2025")
    if m.group("pnum") and m.group(0).lstrip()[:7].lower() == "finding" and _has_verb(_words(body)):
        return None  # "Finding 3 - Plans were not SMART": a finding stated, not the title of one
    if body.endswith(":") and _LIST_LEAD_IN.search(body):
        return None
    if in_list and not (blank_before and blank_after):
        return None  # "1) Plans ..." / "2) Visits ..." one under another: list items
    number = m.group("num") or m.group("pnum")
    if _ARABIC.fullmatch(number):
        return 1 + number.rstrip(".").count(".")
    if _PART_NUMBER.fullmatch(number):
        return 2  # "B2 Risk assessment" under "PART B"
    return 1


def _line_context(lines: list[str], i: int, longest: int, *, after_header: bool = False) -> dict:
    """What surrounds line ``i`` (see :func:`heading_level`). ``after_header``: the line above
    is the title or a running header, which a numbered heading does not continue."""
    line = lines[i].strip()
    prev = lines[i - 1].rstrip() if i > 0 else ""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    above = lines[j].strip() if j >= 0 else ""
    sh = shapes()
    numbered = sh.numbered.match(line)
    nxt_bullet = bool(nxt) and bool(_BULLET.match(lines[i + 1]))
    return {
        "body_after": bool(nxt) and (nxt_bullet or (len(nxt) >= 40 and len(nxt) >= 1.5 * len(line))),
        # the wrapped tail of the line above: it ran to the margin without ending
        # (a running footer, "Annual report 2024      Page 4 of 9", wraps into nothing)
        "continues": bool(prev.strip()) and prev[-1:] not in ".:;!?" and len(prev) >= SOFT_BREAK_SHARE * longest
                     and not (after_header and numbered)
                     and not _MARKDOWN.match(prev) and not _UNDERLINE.match(prev) and not sh.running_page.search(prev),
        # the next line goes on with this one's sentence ("Planning for the move to adult" / "services ..."),
        # also across the blank line of a double-spaced transcript
        "runs_on": (bool(nxt) and nxt[:1].islower() and not nxt_bullet)
                   or (not nxt and _next_text(lines, i)[:1].islower() and not _BULLET.match(_next_text(lines, i))),
        # a lone page number with a blank line after it, or "Slide 4" / "Page 4" right above
        "after_page": bool(above) and bool(sh.page_marker.match(above)) and (j < i - 1 or above[:1].isalpha()
                                                                              or above[:1] in "-–—")
                      and len(line) < 0.6 * longest,
        "in_numbered_list": bool(numbered) and any(
            0 <= k < len(lines) and lines[k].strip() and _same_numbering(numbered, sh.numbered.match(lines[k].strip()))
            for k in (i - 1, i + 1)),
    }


def _above_text(lines: list[str], i: int) -> str:
    """The last non-blank line before line ``i``, stripped ("" at the start)."""
    for line in reversed(lines[:i]):
        if line.strip():
            return line.strip()
    return ""


def _next_text(lines: list[str], i: int) -> str:
    """The next non-blank line after line ``i``, stripped ("" at the end)."""
    for line in lines[i + 1:]:
        if line.strip():
            return line.strip()
    return ""


def _same_numbering(a: re.Match, b: re.Match | None) -> bool:
    """Whether two numbered lines number alike ("1)" and "2)", "3.1" and "3.2")."""
    if b is None:
        return False

    def form(m: re.Match) -> tuple:
        group = "num" if m.group("num") else "pnum"
        number, after = m.group(group), m.string[m.end(group):].lstrip()[:1]
        depth = number.rstrip(".").count(".") if _ARABIC.fullmatch(number) else -1
        return depth, number.endswith("."), after if after in "-–—:.)" else ""

    return form(a) == form(b)


_SLIDE = re.compile(r"(?i)slide\b")
MIN_RUNNING_WORDS = 4  # a running header names the report; a repeated slide title ("Key findings") is short


PAGE_FURNITURE = "ff_page_furniture"  # Doc.user_data key: the Doc text's page furniture, found as it was loaded


def page_furniture(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of page furniture in ``text``, in order: where a page ends
    and the next begins, neither a heading nor a finding. That is a page or slide number with
    its word, alone or set off in a running footer ("Page 3 of 3", "Annual report 2024
    Page 4 of 9"), and a running header: a line of four words or more printed twice or more
    right after a page's number, or the deck's own title printed again right after slides'
    numbers. (A slide's number stands above the slide's title, which a deck may repeat; a
    bare number may be a table's cell.) The text reader's headings, the loader's page breaks
    and its Docs read one report's text in turn, mostly unchanged by the views between: the
    last two texts' answers are kept."""
    return list(_page_furniture(text))


@lru_cache(maxsize=2)
def _page_furniture(text: str) -> tuple[tuple[int, int], ...]:
    sh = shapes()
    if not sh.marker_number.search(text):
        return ()  # the common case: no "Page 4" or "Slide 3" anywhere
    out, after_mark, pos, above = [], {}, 0, None
    after_slide, titles, deck_title, slide = {}, [], None, False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if above is not None and len(stripped.split()) >= MIN_RUNNING_WORDS:
                after_mark.setdefault(stripped, []).append((pos, pos + len(line), above))
            if slide and len(stripped.split()) >= MIN_RUNNING_WORDS:
                if deck_title is None:
                    deck_title = stripped
                    titles.append(stripped)
                after_slide.setdefault(stripped, []).append((pos, pos + len(line)))
            marked = bool(sh.page_marker.match(stripped) or sh.running_page.search(line))
            if marked and not stripped.isdigit():
                out.append((pos, pos + len(line)))
            # a slide's number stands above its title, which a deck may repeat ("Key findings")
            above = stripped if marked and not stripped[:1].isdigit() and not _SLIDE.match(stripped) else None
            slide = marked and bool(_SLIDE.match(stripped))
            if slide and stripped.split()[-1] == "1":
                deck_title = None  # "Slide 1": a deck starts, its title on the next line
        pos += len(line) + 1
    # printed after two different page numbers: the same heading after the same footer ("... Page 2 of 3")
    # is a report's text read twice (copies of one report in one text), not a page's header
    out += [(a, b) for spans in after_mark.values() if len({mark for _a, _b, mark in spans}) >= 2 for a, b, _m in spans]
    # a deck's own title (its first slide's line) printed again at the top of later slides
    # ("Slide 5" / "Quality update – Spring 2024" / "Chronologies"): furniture, not the slide's title
    out += [span for title in set(titles) if len(after_slide[title]) >= 2 for span in after_slide[title]]
    return tuple(sorted(set(out)))


def detect_headings(text: str, *, skip_title: bool = True, ends: Container[int] | None = None) -> list[Heading]:
    """Find heading lines in ``text``; the first non-empty line (the title) is skipped.

    ``ends``: only lines ending (stripped) at one of these offsets are judged, the others
    are taken as body text unread (a reader that knows which lines may be headings saves
    judging every line; a judged line's context is read as ever).
    """
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    longest = max((len(line.rstrip()) for line in lines), default=0)
    furniture = {a for a, _b in page_furniture(text)}
    title = next((i for i, line in enumerate(lines) if line.strip()), -1)
    headings: list[Heading] = []
    seen_title = not skip_title
    part_title = -1  # the line under a part divider ("PART 2"): the next report's title
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not seen_title:
            seen_title = True
            continue
        if part_title == i:
            title = i  # a report's title under its part divider, read as at the start of a text
            continue
        if offsets[i] in furniture:
            continue
        if len(line.strip()) > MAX_CHARS:
            continue  # never a heading, whatever stands around it (heading_level's first test): no context read
        if ends is not None and offsets[i] + len(line.rstrip()) not in ends:
            continue
        blank_before = i == 0 or not lines[i - 1].strip()
        underlined = i + 1 < len(lines) and bool(_UNDERLINE.match(lines[i + 1])) and not _UNDERLINE.match(line)
        blank_after = underlined or i + 1 >= len(lines) or not lines[i + 1].strip()
        context = _line_context(lines, i, longest, after_header=i > 0 and (offsets[i - 1] in furniture or i - 1 == title))
        if not context["after_page"] and i > 0 and offsets[i - 1] in furniture and _SLIDE.match(_above_text(lines, i - 1)):
            # the title under a repeated deck title, which it does not continue
            context.update(after_page=len(line) < 0.6 * longest, continues=False)
        if underlined:
            context.update(body_after=False, runs_on=False)
        level = heading_level(line, blank_before=blank_before, blank_after=blank_after, **context)
        if underlined and level is None and len(line.strip()) <= MAX_CHARS and not _BULLET.match(line) \
                and not line.rstrip().endswith("."):  # a box's last sentence over its closing rule is text
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
        if skip_title and shapes().part_divider.match(text_):
            k = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), -1)
            # a report's title heads a block of front matter: a subtitle or a field right under it
            # ("Progress update for the Board", "Month: May 2025"), not a sentence; "PART B" over
            # "B1 Risk assessment" and a part's name over its text stay headings
            under = lines[k + 1].strip() if 0 < k < len(lines) - 1 else ""
            if k > 0 and not numbering(lines[k]) and under and not _END_PUNCT.search(under):
                part_title = k
    return _one_word_peers(text, headings)


def _one_word_peers(text: str, headings: list[Heading]) -> list[Heading]:
    """A heading of one capitalised word ("Workforce") is title case and sentence case at
    once, so its case says nothing of its level: right after a sentence-case heading of
    level 2 ("Headline findings", "Child protection") it is that heading's peer, not a
    parent above it (a letter's plain subject headings are all of one rank). Not when a
    heading follows it with no text between ("Assessment" / "What went well"): a parent."""
    out = list(headings)
    for i in range(1, len(out)):
        h, prev = out[i], out[i - 1]
        parent = i + 1 < len(out) and not text[h.end:out[i + 1].start].strip()
        if (h.level == 1 and not parent and len(h.text.split()) == 1 and h.text[:1].isupper() and h.text[1:].islower()
                and prev.level == 2 and len(prev.text.split()) > 1 and prev.text[:1].isupper()
                and _is_sentence_case_heading(prev.text, _words(prev.text)) and not _is_title_case(prev.text)):
            out[i] = Heading(text=h.text, start=h.start, end=h.end, level=2)
    return out


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
            and not (_BULLET.match(nxt) or numbering(nxt.strip()) or _MARKDOWN.match(nxt))
            and not is_table_line(line) and not is_table_line(nxt)  # a table row keeps its lines
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


def double_spaced(text: str, min_lines: int = 10, share: float = 0.8) -> bool:
    """Is (nearly) every line of the text followed by exactly one blank line (slide or PDF text)?"""
    breaks, blank = text.count("\n"), text.count("\n\n")
    lines = breaks - blank  # line ends, each blank line counted once
    return lines >= min_lines and blank - text.count("\n\n\n") >= share * lines


# a line ending in one of these words runs on into the next ("plans were reviewed in 33 of / the 42")
_RUN_ON_WORDS = frozenset(
    "a an the and or but nor of to in on at by for from with into onto than that which who whose where when as "
    "is are was were be been being has have had not no their his her its our your this these those more most less "
    "fewer very".split())
_WRAPPED_BREAK = re.compile(r"(?<=\S)[ ]*\n[ ]*\n?[ ]*(?=\S)")  # one blank line or none
_SOFT_BREAK = re.compile(r"(?<=\S)[ ]*\n[ ]*(?=\S)")
_LINE_ENDS_SENTENCE = ".!?:;"
_LAST_WORD = re.compile(r"[A-Za-z']+$")


def wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the whitespace of each blank-line break inside a sentence of a
    double-spaced text. A break is a wrap where its line does not end a
    sentence and the next line opens in lower case or the line ends in a comma or a word
    that cannot end a phrase ("and", "of the", "more"); not where a list item or table
    row begins, or a row of columns ends. A sentence that runs on across a page break of a
    text taken from a PDF is joined over the page's furniture (:func:`page_breaks`)."""
    pattern = _WRAPPED_BREAK if double_spaced(text) else _SOFT_BREAK
    pages = page_breaks(text) if "\n" in text else []
    lines = [(m.start(), m.end()) for m in pattern.finditer(text)
             if text[m.start() - 1] not in _LINE_ENDS_SENTENCE and _wraps(text, m.start(), m.end())]  # the common case first
    if not pages:
        return lines
    return sorted(pages + [(a, b) for a, b in lines if not any(pa <= b and a <= pb for pa, pb in pages)])


def page_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each page's furniture (:func:`page_furniture`) with the whitespace
    around it, where a sentence runs on from one page to the next ("... in 28 of" / "Page 1
    of 3" / the running header / "the 40 records"): read as one space, as a wrap."""
    out: list[tuple[int, int]] = []
    for a, b in page_furniture(text):
        if out and not text[out[-1][1]:a].strip():
            a = out.pop()[0]  # the footer and the header of one page break
        else:
            a = len(text[:a].rstrip())
        out.append((a, b))
    breaks = []
    for a, b in out:
        end = len(text) - len(text[b:].lstrip())
        if a > 0 and end < len(text) and text[a - 1] not in _LINE_ENDS_SENTENCE and _wraps(text, a, end):
            breaks.append((a, end))
    return breaks


def _wraps(text: str, a: int, b: int) -> bool:
    """Does the sentence of the line ending at ``a`` run on into the line starting at ``b``?"""
    line = text[text.rfind("\n", 0, a) + 1:a].strip()
    nxt_end = text.find("\n", b)
    nxt = text[b:nxt_end if nxt_end >= 0 else len(text)].strip()
    if not line or not nxt or "|" in line or "  " in line or "  " in nxt or "\t" in line or "\t" in nxt or _BULLET.match(nxt) or _MARKDOWN.match(nxt):
        return False
    last = _LAST_WORD.search(line)
    # "of the / 42 cases" runs on; a capital letter alone is a rating, not the article ("rated A")
    runs_on = line[-1] == "," or last is not None and last.group().lower() in _RUN_ON_WORDS and last.group() != "A"
    return runs_on or nxt[0].islower() and not numbering(nxt)
