"""The pipeline's view of a report's text: typography read as its plain forms.

A Document keeps its text exactly as the reader (or the caller) gave it: evidence and
offsets refer to that text. The matchers (headings, sections, grades, figures, teams,
themes, cues) read a *view* of it in which curly quotes, odd spaces, dashes, bullet
glyphs, Windows line ends, control characters and lone surrogates are their plain
forms. Every change but one kind is one character for one, so an offset means the
same in the view and the text. Characters that stand for nothing
(zero-width spaces, soft hyphens, a BOM, direction marks) are left out of the view;
:class:`TextView` maps offsets across them.

The tables below are the whole of it: add a glyph here and every matcher reads it. One
structure is kept: the tabs between the cells of a tab-separated table row ("Early
Help<TAB>34<TAB>68%") stay tabs, which the table rules read as cell separators; every
other tab is a space.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .errors import DocumentTooLongError
from .hyphenation import keeps_hyphen, vocabulary

MAX_TEXT_CHARS = 50_000_000
"""The longest text read (about 20,000 pages); longer is DocumentTooLongError, never retried."""

BULLET = "•"

# One character for one, anywhere in the text: what each typographic form reads as.
TYPOGRAPHY: dict[str, str] = {
    # apostrophes and single quotes: child’s -> child's
    **dict.fromkeys("‘’‚‛′ʼ´＇", "'"),
    # double quotes
    **dict.fromkeys("“”„‟″«»＂", '"'),
    # hyphens, en and em dashes, minus signs
    **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    "％": "%", "﹪": "%",
    # superscript digits are footnote markers ("86%¹", "Good or better²"): no part of the word or figure
    **dict.fromkeys("¹²³⁴⁵⁶⁷⁸⁹⁰", " "),
    # bullet glyphs, with the Symbol / Wingdings private-use code points Word exports
    **dict.fromkeys("▪■●◦‣⁃∙⦁➢➤►▶◆♦❖\uf0a7\uf0a8\uf0b7\uf0d8\uf0e8\uf076\uf06e", BULLET),
    # odd spaces and tabs
    **dict.fromkeys("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    # line breaks other than "\n" (a "\r\n" pair is read as " \n" first, see plain_view)
    **dict.fromkeys("\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", "\n"),
    # other control characters (NUL included) read as spaces
    **dict.fromkeys([chr(c) for c in (*range(0x00, 0x09), *range(0x0e, 0x1c), 0x1f, 0x7f, *range(0x80, 0x85), *range(0x86, 0xa0))], " "),
    # lone surrogates (only a Python str can hold them) read as the replacement character
    **dict.fromkeys([chr(c) for c in range(0xD800, 0xE000)], "\ufffd"),
}

# Glyphs that are list markers only at the start of a line, before a space: Wingdings'
# "Ø" arrow, Word's second-level "o", a middle dot, tick marks. Elsewhere they are letters.
LINE_START_BULLETS = "Øo·✓✔\uf0fc"

# Characters that stand for nothing: left out of the view.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE_SET = frozenset(INVISIBLE)

_TABLE = str.maketrans({char: plain for char, plain in TYPOGRAPHY.items() if char != "\t"})  # tabs: _tabs_as_spaces
MAX_REPLACES = 24  # more distinct characters to change than this: one translate pass instead
_SPECIAL = re.compile(r"[^\n -~]")  # anything but a newline and printable ASCII
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_BULLET_CLASS = f"[{re.escape(LINE_START_BULLETS)}]"
_LINE_BULLET = re.compile(f"\\n( *){_BULLET_CLASS}(?= )")  # a literal first character: a fast scan
_FIRST_LINE_BULLET = re.compile(f"( *){_BULLET_CLASS}(?= )")


@dataclass(frozen=True)
class TextView:
    """``text`` is what the matchers read; offsets into it map back to ``source``."""

    source: str
    text: str
    removed: tuple[int, ...] = ()  # source offsets of the characters left out of the view, ascending
    _removed_at: tuple[int, ...] = field(default=(), repr=False)  # the view offset each one stood before

    def source_start(self, offset: int) -> int:
        """Source offset of the character at view ``offset`` (a span's start)."""
        if not self.removed:
            return offset
        return offset + bisect.bisect_right(self._removed_at, offset)

    def source_end(self, offset: int) -> int:
        """Source offset just after the character before view ``offset`` (a span's end)."""
        if not self.removed or offset <= 0:
            return offset
        return self.source_start(offset - 1) + 1

    def view_offset(self, source_offset: int) -> int:
        """View offset of a source offset (of a span's start or end)."""
        if not self.removed:
            return source_offset
        return source_offset - bisect.bisect_left(self.removed, source_offset)


def check_length(text: str, *, source: str | None) -> None:
    """Refuse a text over MAX_TEXT_CHARS with a named error that says what to do."""
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentTooLongError(
            f"text of {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,} (about 20,000 pages); "
            "split the report into parts and extract each", path=source)


TAB_ROW_MAX_WORDS = 6  # a cell longer than this is prose ("3.2<TAB>The Board heard that ...")
TAB_LABEL_MAX_WORDS = 14  # ... except one row label among short cells (an indicator row)
_TAB_LINE = re.compile(r"^[^\n]*\t[^\n]*$", re.M)
_TAB_RUN = re.compile(r"\t+")
_ITEM_NUMBER = re.compile(r"\(?(\d+(\.\d+)*|[ivxlc]+|[a-z])[.)]?", re.I)


def _key_column_header(cells: list[str]) -> bool:
    """A header row whose first cell heads a column of row keys ("Q<TAB>Question<TAB>Met<TAB>Not met",
    "#<TAB>Action<TAB>Owner<TAB>Due"): one capital letter or "#" before three or more short cells."""
    return (cells[0] == "#" or "A" <= cells[0] <= "Z" and cells[0] != "O") and len(cells) >= 4 \
        and all(len(c.split()) <= 3 for c in cells[1:])


def tab_row(line: str) -> bool:
    """A tab-separated table row: two or more short cells, the first no bullet, no list or
    paragraph number ("4.1", "(b)", "iii.") unless figure cells follow it, no label with a
    colon, and no cell a sentence."""
    cells = [c.strip() for c in _TAB_RUN.split(line.strip())]
    if len(cells) < 2 or not all(cells) or cells[0].endswith(":"):
        return False
    # a number opens a list item or paragraph ("4.1<TAB>The Board heard ..."), unless short
    # figure cells follow it: a table row keyed by number ("2<TAB>19%<TAB>8%")
    if _ITEM_NUMBER.fullmatch(cells[0]) and not _key_column_header(cells) and not (
            len(cells) >= 3 and all(len(c.split()) <= 3 and any(ch.isdigit() for ch in c) for c in cells[1:])):
        return False
    if len(cells[0]) == 1 and not cells[0].isdigit() and not _key_column_header(cells):  # a bullet: "-", "•", "Ø", "o"
        return False
    if any(c.endswith(".") for c in cells):
        return False
    long = [c for c in cells if len(c.split()) > TAB_ROW_MAX_WORDS]
    # an indicator row: one longer label among four or more short cells ("CP1<TAB>Initial child
    # protection conferences held within 15 working days<TAB>90%<TAB>78.4%<TAB>GREEN")
    # (or among two or more figure cells: "Is there evidence of oversight in the last month?<TAB>276<TAB>67%")
    return not long or (len(cells) >= 4 or len(cells) >= 3 and all(any(ch.isdigit() for ch in c) for c in cells[1:])) \
        and len(long) == 1 and len(long[0].split()) <= TAB_LABEL_MAX_WORDS and all(
        len(c.split()) <= 3 for c in cells if c is not long[0])


_SPACE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # a run of spaces between two cells
_ALIGNED_CELLS = 3  # a row laid out by spaces has at least this many cells
_ALIGNED_REACH = 3  # lines from a row to another row of its table (a wrapped label line, a unit line or a group label between)


def _gap_row(line: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """(cell column ranges, gaps) of a line whose cells are laid out by runs of spaces, when
    it reads as a table row once each run is a tab (three or more short cells), else None."""
    gaps = [m.span() for m in _SPACE_GAP.finditer(line)]
    if len(gaps) < _ALIGNED_CELLS - 1:
        return None
    cells = line
    for a, b in gaps:
        cells = cells[:a] + "\t" * (b - a) + cells[b:]
    if not tab_row(cells):
        return None
    bounds = [len(line) - len(line.lstrip())] + [b for _a, b in gaps]
    ends = [a for a, _b in gaps] + [len(line.rstrip())]
    return list(zip(bounds, ends)), gaps


def space_aligned(view: str) -> str:
    """Columns laid out by runs of spaces (a PDF's text, a typed table) read as a tab-separated
    table: a line of three or more short cells split by two or more spaces, with another such
    line within _ALIGNED_REACH lines with three cells over the same columns (a header row and
    its rows, left- or right-aligned; a measure name wrapped onto a line of its own may stand
    between). Each space of a run becomes a tab, one character for one, so offsets keep."""
    if not _SPACE_GAP.search(view):
        return view
    lines = view.split("\n")
    rows = {i: r for i, ln in enumerate(lines) if "  " in ln and (r := _gap_row(ln)) is not None}
    out = list(lines)
    for i, (cells, gaps) in rows.items():
        near = [rows[j][0] for j in range(i - _ALIGNED_REACH, i + _ALIGNED_REACH + 1) if j != i and j in rows]
        if not any(sum(1 for a, b in cells if any(a < d and c < b for c, d in other)) >= _ALIGNED_CELLS
                   for other in near):
            continue
        ln = lines[i]
        for a, b in reversed(gaps):
            ln = ln[:a] + "\t" * (b - a) + ln[b:]
        out[i] = ln
    return "\n".join(out)


def is_table_line(line: str) -> bool:
    """Cells split by "|", or by tabs between short cells ("Early Help\t34\t68%"; :func:`tab_row`)."""
    return "|" in line or "\t" in line and tab_row(line)


def _tab_line(m: re.Match) -> str:
    line = m.group(0)
    if not tab_row(line):
        return line.replace("\t", " ")
    body = line.strip()
    lead = line.index(body)
    return line[:lead].replace("\t", " ") + body + line[lead + len(body):].replace("\t", " ")


def _tabs_as_spaces(view: str) -> str:
    """Tabs read as spaces, except between the cells of a tab-separated table row."""
    return _TAB_LINE.sub(_tab_line, view)


@functools.lru_cache(maxsize=1)
def plain_view(text: str) -> TextView:
    """The view of ``text`` the matchers read (see the module docstring).

    Cheap on a long text: one regex scan finds the distinct characters to change, each is
    then replaced with ``str.replace`` (``str.translate`` takes a slow path per character
    on any non-ASCII text). The last view is kept (a TextView is frozen): the text reader
    finds headings in the view and the loader reads the same text's view next; one, so that
    a batch holds no more than the report in hand.
    """
    view, removed = text, ()
    special = set(_SPECIAL.findall(text))
    if special & _INVISIBLE_SET:
        removed = tuple(m.start() for m in _INVISIBLE.finditer(text))
        view = _INVISIBLE.sub("", view)
    if "\r" in special and "\r\n" in view:
        view = view.replace("\r\n", " \n")
    if "\t" in special:
        view = _tabs_as_spaces(view)
    changed = [char for char in special if char in TYPOGRAPHY and char != "\t"]
    if len(changed) > MAX_REPLACES:
        view = view.translate(_TABLE)
    else:
        for char in changed:
            view = view.replace(char, TYPOGRAPHY[char])
    view = space_aligned(view)
    if _LINE_BULLET.search(view):
        view = _LINE_BULLET.sub("\\n\\1" + BULLET, view)
    if _FIRST_LINE_BULLET.match(view):
        view = _FIRST_LINE_BULLET.sub("\\1" + BULLET, view, count=1)
    return TextView(text, view, removed, tuple(d - k for k, d in enumerate(removed)))


def join_lines(view: TextView, breaks: list[tuple[int, int]]) -> TextView:
    """The view with each whitespace run ``breaks`` names (view offsets: the blank line
    inside a wrapped sentence of a double-spaced transcript, structure.wrapped_breaks)
    read as one space, so a sentence and a cue phrase run on across it ("seen / on their
    own"). The other characters of a run are left out of the view, and offsets still map
    back to the text as given."""
    if not breaks:
        return view
    pieces, last, dropped = [], 0, []
    for a, b in breaks:
        pieces += [view.text[last:a], " "]
        dropped += [view.source_start(i) for i in range(a + 1, b)]
        last = b
    pieces.append(view.text[last:])
    removed = tuple(sorted(view.removed + tuple(dropped)))
    return TextView(view.source, "".join(pieces), removed, tuple(d - k for k, d in enumerate(removed)))


_LINE_END_HYPHEN = re.compile(r"((?:[^\W\d_]+-)*[^\W\d_]+)-[ ]*\n[ ]*([a-z][^\W\d_]*)")


def join_hyphens(view: TextView) -> TextView:
    """The view with each word a line end broke at a hyphen read whole, as a text pasted
    from a PDF has them ("manage-" / "ment oversight" reads "management oversight"; "multi-"
    / "agency" reads "multi-agency", see :func:`~focusfive_nlp.hyphenation.keeps_hyphen`).
    The line break (and a dropped hyphen) are left out of the view; offsets still map back
    to the text as given."""
    text = view.text
    if "-\n" not in text and "- \n" not in text:
        return view
    vocab = None
    pieces, last, dropped = [], 0, []
    for m in _LINE_END_HYPHEN.finditer(text):
        if vocab is None:
            vocab = vocabulary(_LINE_END_HYPHEN.sub(" ", text))
        keep = keeps_hyphen(m.group(1), m.group(2), vocab)
        gap = m.end(1) + (1 if keep else 0)  # what is left out: the break, and the hyphen unless kept
        pieces += [text[last:gap]]
        dropped += [view.source_start(i) for i in range(gap, m.start(2))]
        last = m.start(2)
    if not dropped:
        return view
    pieces.append(text[last:])
    removed = tuple(sorted(view.removed + tuple(dropped)))
    return TextView(view.source, "".join(pieces), removed, tuple(d - k for k, d in enumerate(removed)))
