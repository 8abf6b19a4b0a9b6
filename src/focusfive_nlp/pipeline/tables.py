"""Findings from table rows rendered as ``cell | cell`` lines (by the readers, or typed so) or
as tab-separated cells ("Early Help<TAB>34<TAB>68%").

A figure in a cell takes its grade and teams from the row's label (its cells before the first
figure) and the column's header cell ("Good | 81%", "Team | Good | RI" / "PACT | 40% | 50%"), else its grade from the
block's title line right above it ("Team results – assessments graded Good or better" /
"MASH<TAB>9 out of 11"); a first line holding figures is a row, not a header. A header that is
neither a grade nor a team nor a word for "share" names the audit activity of its column
("Grade | Thematic audits | This Child"). Its polarity is its grade's, else its column's
("Met | Partially met | Not met"), else what the row measures ("Reviews held on time |
97%"); a "Target" or "National" column holds targets and benchmarks, which are neutral.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..textview import TAB_ROW_MAX_WORDS, is_table_line
from .evidence import Tagged, record
from .figure_findings import ANSWER_POLARITY, FigureRules
from .polarity import grade_polarity, score
from .spans import line_bounds, unique


_NUMBER_CELL = re.compile(r"[\d.,%/()–-]*\d[\d.,%/()–-]*")  # "3,540", "77.0%", "(12)"
_BETWEEN_ROWS = 3  # short lines (a wrapped label, a unit line, a group label) that may stand between two rows
_SIGNED_NUMBER = re.compile(r"([+\-–]?)(\d{1,3}(?:\.\d+)?)")  # a bare cell: "75", "+5", "-3", "12.5"
_TITLE_TOTAL = re.compile(r"\((?:n\s*=\s*(\d+)|(\d+)\s+(?:[a-z]+\s+)?[a-z]+s)\)", re.I)  # "(36 moderated audits)", "(n=40)"
_ROUNDING = 0.5  # a share written to the nearest whole number differs from its count's by at most this
_CAPTION_MAX_WORDS = 16  # "Table A3: Audits graded good or better, by team (April to September)"
_TALLY_RULE = "count_grade_tally"  # the figure rules of a grade tally's counts ("good 7 · RI 3 · inadequate 1")
_NOT_BEFORE_DONE = frozenset({"not", "never", "be", "been", "being", "the", "a", "an", "of", "to", "and", "or"})  # "not recorded", "the needed"
_GRADE_SCALE_MIN = 3  # grade columns a header needs for its rows to spread their cases over the grades
_RULE_ROW = re.compile(r"\s*\|[\s|:-]*-[\s|:-]*")  # a markdown header's rule: "|---|:---:|"
_EARLIER_HEADER = re.compile(r"(?:last|previous|prior|earlier)\b")  # "Last review", "Previous rating"
_PERIOD = re.compile(r"\b(19|20)?\d\d/\d\d\b|\b(19|20)\d\d\b|\bq[1-4]\b|\bquarter\b")  # "2022/23", "q2 23/24"


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of the cells of one table line ("|" cells, else tab-separated ones)."""
    sep = "|" if "|" in text[start:end] else "\t"
    if sep == "|":
        start, end = _inside_borders(text, start, end)
    out, a = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == sep:
            if sep == "|" or i > a:  # a run of tabs is one separator
                out.append((a, i))
            a = i + 1
    return out


def _inside_borders(text: str, start: int, end: int) -> tuple[int, int]:
    """The line inside the outer pipes of a markdown-style row ("| Chronology | 15 | 33 |"): a
    line that both opens and closes with "|" has borders there, not empty first and last cells."""
    body = text[start:end]
    first, last = len(body) - len(body.lstrip()), len(body.rstrip()) - 1
    if last > first and body[first] == "|" and body[last] == "|":
        return start + first + 1, start + last
    return start, end


# a cell holding a tick or a cross alone rates its row's check as met or not met
_CHECK_MARKS = {"✓": "strength", "✔": "strength", "☑": "strength", "✗": "improvement", "✘": "improvement",
                "☒": "improvement"}
_RESIDUAL_ROWS = {"other", "others", "other reasons", "any other", "not recorded", "unknown"}  # a breakdown's rest
_ANSWER_PREFIX = re.compile(r"^(?:not|not yet|partly|partially|part)\s+(.+)$")
_NEGATIVE_PREFIXES = ("in", "un", "non")  # "insufficient", "unsuitable", "non-compliant"
_EMPTY_CELLS = {"", "-", "–", "—", "n/a", "na"}


def _answer_columns(headers: list[str]) -> list[int]:
    """Columns after the first that answer one question: a header and its negation or partial
    form ("agreed" / "not agreed", "met" / "partly met" / "not met"), or "yes" / "no"; else []."""
    for i, h in enumerate(headers[1:], 1):
        if not h:
            continue
        if h == "yes" and "no" in headers[i + 1:]:
            return [i, headers.index("no", i + 1)]
        forms = [j for j, other in enumerate(headers[1:], 1)
                 if j != i and ((m := _ANSWER_PREFIX.match(other)) is not None and m.group(1) == h
                                or _negated_word(other, h))]
        if forms:
            return [i, *forms]
    return []


def _without_restated_shares(cell_figures: list) -> list:
    """The row's cell figures less a share that restates a count cell's share rounded ("Good or
    better  25 | %  40 %" after "Audits  62": 25 of 62 is 40.3, and the 40 % is the same figure)."""
    counted = [info["value"] for _col, info in cell_figures if info.get("count") is not None]
    if not counted:
        return cell_figures
    return [(col, info) for col, info in cell_figures if info.get("count") is not None
            or not any(abs(v - info["value"]) <= _ROUNDING for v in counted)]


def _negated_word(other: str, header: str) -> bool:
    """Is a header one word's negative form made with a prefix ("insufficient" of "sufficient",
    "unsuitable" of "suitable", "non-compliant" of "compliant")?"""
    return " " not in header and any(other in (p + header, p + "-" + header) for p in _NEGATIVE_PREFIXES)


def _aligned_head(text: str, header: tuple[int, int], head: list[tuple[int, int]], line: tuple[int, int],
                  row: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The header cell over each cell of a row laid out by spaces that has more or fewer cells than
    its header ("A3  Children moving in ...  58%  51%" under "Indicator  H1 24/25  2023/24": the
    key "A3" and its label both stand under "Indicator"): by position on the line, the header cell
    the row's cell overlaps most, else the nearest. None for cells split by single tabs, whose
    positions say nothing."""
    if "\t\t" not in text[header[0]:header[1]] or "\t\t" not in text[line[0]:line[1]]:
        return None
    spans = [(a - header[0], b - header[0]) for a, b in head]
    out = []
    for a, b in row:
        a, b = a - line[0], b - line[0]
        overlap = [max(0, min(b, d) - max(a, c)) for c, d in spans]
        best = max(range(len(spans)), key=lambda i: (overlap[i], -abs((a + b) - sum(spans[i]))))
        out.append(head[best])
    return out


def _counts_within(cells: list[str], columns: set[int], total: int) -> bool:
    """Are the cells of these columns (two or more) counts, or dashes, that add up to no more than
    the total ("15  33  16" of 64)?"""
    if len(columns) < 2 or any(c >= len(cells) or not (cells[c].isdigit() or _empty_cell(cells[c])) for c in columns):
        return False
    counts = [int(cells[c]) for c in columns if cells[c].isdigit()]
    return bool(counts) and sum(counts) <= total


def _empty_cell(cell: str) -> bool:
    """A cell that holds no answer: a dash, blank or "n/a" ("26  –  9": none answered "partly met")."""
    return cell.lower() in _EMPTY_CELLS


class TableRules:
    def __init__(self, figure_rules: FigureRules, measure_headers: set[str], total_headers: set[str],
                 kind_headers: dict[str, str] | None = None, negation_window: int = 6,
                 finding_headers: set[str] = frozenset(), wrapped_grades: dict[str, str] | None = None,
                 point_units: set[str] = frozenset(), breakdown_headers: set[str] = frozenset()):
        self.figure_rules = figure_rules
        # a first column header that names what kind of thing each row is ("Reason", "Category"): the
        # rows break a count down by subject, and their shares judge no practice
        self.breakdown_headers = breakdown_headers
        self.wrapped_grades = wrapped_grades or {}  # "requires improvement" over two header lines
        self.finding_headers = finding_headers
        self.kind_headers = kind_headers or {}
        self.negation_window = negation_window
        self.measure_headers = measure_headers
        self.total_headers = total_headers
        # a header's unit: "(%)" a share, "(pts)" a change in percentage points
        words = "|".join(re.escape(w) for w in sorted(point_units, key=lambda w: (-len(w), w)))
        self.unit = re.compile(rf"%|\b(?:{words})\b" if words else "%")

    def header_line(self, text: str, line_start: int) -> tuple[int, int] | None:
        """The first line of the block of table lines this line belongs to (None if it is the first)."""
        start = line_start
        while start > 0:
            prev_start, prev_end = line_bounds(text, start - 1)
            if not text[prev_start:prev_end].strip() and prev_start > 0:
                # a PDF reader's blank line under a markdown header's rule ("| --- | --- |"): one table
                rule_start, rule_end = line_bounds(text, prev_start - 1)
                if _RULE_ROW.fullmatch(text[rule_start:rule_end]):
                    prev_start, prev_end = rule_start, rule_end
            if not is_table_line(text[prev_start:prev_end]):
                # a row's label wrapped onto a line of its own ("Assessments completed within 45 ... /
                # working days"), a header's unit line ("(%)") or a group label ("Visits") stands
                # between rows of one table: up to _BETWEEN_ROWS such short lines
                row_above = None
                for _ in range(_BETWEEN_ROWS):
                    if prev_start == 0 or not self._short_line(text, prev_start, prev_end):
                        break
                    prev_start, prev_end = line_bounds(text, prev_start - 1)
                    if is_table_line(text[prev_start:prev_end]):
                        row_above = prev_start
                        break
                if row_above is None:
                    break
                prev_start = row_above
            start = prev_start
        return None if start == line_start else line_bounds(text, start)

    @staticmethod
    def _short_line(text: str, start: int, end: int) -> bool:
        """A few words on a line of their own, no table cells, no full stop or colon at the end."""
        body = text[start:end].strip()
        return bool(body) and not is_table_line(text[start:end]) and len(body.split()) <= TAB_ROW_MAX_WORDS \
            and not body.endswith((".", ":"))

    @staticmethod
    def _wrapped_label(text: str, start: int, end: int) -> bool:
        """Is this line the rest of a row's label wrapped onto a line of its own: a few words,
        no full stop, right under a table row?"""
        # the row above tested first: most lines are under no table row (and a paragraph is long to split)
        return start > 0 and is_table_line(text[line_bounds(text, start - 1)[0]:start - 1]) \
            and TableRules._short_line(text, start, end)

    def label_tail(self, text: str, start: int, end: int) -> bool:
        """Does the text from start to end lie on a row label's wrapped line (under a row of three
        or more cells)?"""
        line = line_bounds(text, start)
        if text[line[1]:end].strip() or not self._wrapped_label(text, *line):
            return False
        above = line_bounds(text, line[0] - 1)
        return len(_cells(text, *above)) > 2

    def _label_tail(self, text: str, line: tuple[int, int]) -> tuple[int, int] | None:
        """The wrapped rest of the row's label on the line below it, when the line below it is one."""
        if line[1] >= len(text):
            return None
        start, end = line_bounds(text, line[1] + 1)
        return (start, end) if self._wrapped_label(text, start, end) else None

    @staticmethod
    def _title_line(doc: Doc, text: str, block_start: int) -> Span | None:
        """The line right above a table block (no blank line between): its title."""
        if block_start == 0:
            return None
        start, end = line_bounds(text, block_start - 1)
        if not text[start:end].strip() or is_table_line(text[start:end]):
            return None
        return doc.char_span(start, end, alignment_mode="expand")

    @staticmethod
    def _caption_line(doc: Doc, text: str, block_start: int) -> Span | None:
        """The caption of a table set one blank line above its header row: a short line of its
        own, no table cells, no full stop at its end."""
        if block_start < 2 or text[block_start - 1] != "\n":
            return None
        blank = line_bounds(text, block_start - 1)
        if text[blank[0]:blank[1]].strip() or blank[0] == 0:
            return None
        start, end = line_bounds(text, blank[0] - 1)
        body = text[start:end].strip()
        if not body or is_table_line(text[start:end]) or body.endswith(".") or len(body.split()) > _CAPTION_MAX_WORDS:
            return None
        return doc.char_span(start, end, alignment_mode="expand")

    @classmethod
    def _block_title(cls, doc: Doc, text: str, line_start: int) -> Span | None:
        """The title line of the table block a row stands in: the first line above the block's
        rows ("STANDARD 3: PLANNING (SMART actions ...)" over "Met  12" / "Partially met  16")."""
        while line_start > 0:
            start, end = line_bounds(text, line_start - 1)
            if not is_table_line(text[start:end]):
                break
            line_start = start
        return cls._title_line(doc, text, line_start)

    def findings(self, doc: Doc, sent: Span, tagged: Tagged, base: dict) -> list[dict]:
        text = tagged.text
        line = line_bounds(text, sent.start_char)
        header = self.header_line(text, line[0])
        block_start = header[0] if header else line[0]
        if header and self._holds_figures(text, header, tagged):
            header = None  # "MASH\t9 out of 11" opens the block: a row, not a header
        row = _cells(text, *line)
        head = _cells(text, *header) if header else []
        # a header wrapped onto a second line ("Good or better" / "(%)"; "Requires" / "improvement")
        head_tail = self._header_tail(text, header, head, line) if head else {}
        if head and not head_tail and len(head) != len(row):
            head = _aligned_head(text, header, head, line, row) or head
        title = self._title_line(doc, text, block_start)
        title_text = title.text.strip() if title is not None and not head else ""
        # a caption a blank line above the header row ("Table A2: Audits graded good or better, by
        # practice area") grades the cells no header or label grades
        caption = title if title is not None or not head else self._caption_line(doc, text, block_start)
        stated_total = self._total_before(doc, block_start, tagged)
        ev = (line[0] + len(text[line[0]:line[1]]) - len(text[line[0]:line[1]].lstrip()),
              line[0] + len(text[line[0]:line[1]].rstrip()), text[line[0]:line[1]].strip())
        out = []
        row_figures = tagged.figures.within(sent.start, sent.end)
        tallies = [f for f in row_figures if _TALLY_RULE in f._.figure.get("rule", "") and line[0] <= f.start_char < line[1]]
        row_figures = [f for f in row_figures if f not in tallies]
        grade_columns = self._grade_columns(doc, head, head_tail, tagged)
        grade_sample = (stated_total or self._sample_over(text, block_start)) if grade_columns else None
        cell_figures = _without_restated_shares(list(self._cell_figures(
            text, row, head, row_figures, head_tail, grade_cols=self._grade_scale(head, grade_columns),
            grade_columns=grade_columns, grade_sample=grade_sample)))
        paired: dict[int, int] = {}  # figure column -> its grade cell ("Good  17    Good  15")
        if not cell_figures and title is not None:
            paired = self._grade_pairs(doc, text, row, tagged, stated_total or self._title_total(text, title))
            cell_figures = [(col, info) for col, (_label_col, info) in paired.items()]
            paired = {col: label_col for col, (label_col, _info) in paired.items()}
        if not cell_figures and header is None:
            # "Good 5 | Requires improvement 6 | Inadequate 1" under "... graded (n=12):"
            tally = self._grade_tally(doc, text, row, tagged, stated_total or self._sample_over(text, line[0]))
            cell_figures = [(col, info) for col, info in tally.items()]
            paired = {col: col for col in tally}
        rated = [] if header is None and not cell_figures else self._rating_cells(
            doc, text, row, cell_figures, tagged, [text[a:b] for a, b in head])
        label_cells = self._label_cells(text, row, cell_figures + [(col, None) for col, _pol in rated])
        label = (label_cells[0][0], label_cells[-1][1])
        label_span = doc.char_span(*label, alignment_mode="expand")
        # "Child protection plans starting for a" / "second or subsequent time": the label's wrapped rest
        tail = self._label_tail(text, line) if len(row) > 2 else None
        tail_span = doc.char_span(*tail, alignment_mode="expand") if tail is not None else None
        label_spans = [sp for sp in (tail_span, label_span) if sp is not None]
        row_themes = sorted({t for sp in label_spans for t in tagged.themes.labels_within(sp.start, sp.end)})
        if rated and tagged.unjudged is not None and label_span is not None and len(label_cells) == 1:
            # a row rated in its own cells ("S1 Contact and referral decisions ... Green"): the rating judges
            # the standard its label names, so a generic word of the label ("decisions") names its theme
            row_themes = sorted(set(row_themes) | {sp.label_ for sp in tagged.unjudged.within(label_span.start, label_span.end)})
        row_teams = unique(t for sp in label_spans for t in tagged.teams.labels_within(sp.start, sp.end))
        if not row_themes and not head:
            # a row that names no subject ("Met  14  (47%)", "Partially met  11") measures its block's title
            block_title = self._block_title(doc, text, line[0])
            if block_title is not None:
                row_themes = sorted(set(tagged.themes.labels_within(block_title.start, block_title.end)))
        # the first column's header, in the header row or the line over the block ("Reason   No.   %")
        over = text[head[0][0]:head[0][1]] if head else (title.text if title is not None else "")
        breakdown = bool(cell_figures) and " ".join(re.split(r"\t|\s{2,}", over.strip())[0].lower().split()) \
            in self.breakdown_headers
        if breakdown and text[label[0]:label[1]].strip().lower() in _RESIDUAL_ROWS:
            cell_figures = []  # "Other  9  14%": the rest of a breakdown names no subject
        for col, info in cell_figures:
            context = list(label_spans) if label_span is not None else [None]
            header_text = text[head[col][0]:head[col][1]].strip() if col < len(head) else ""
            if col in paired:
                # a count in a run of "grade  count" pairs: its grade is the cell before it; the
                # header cell over that grade cell says what the pair counts ("Grade after review")
                context = [doc.char_span(*row[paired[col]], alignment_mode="expand")]
                offset = row[paired[col]][0] - line[0]
                over = [(a, b) for a, b in head if a - header[0] <= offset]
                header_text = text[over[-1][0]:over[-1][1]].strip() if over else ""
            elif header_text:
                context.append(doc.char_span(*head[col], alignment_mode="expand"))
            if col in head_tail:
                tail_span = doc.char_span(*head_tail[col], alignment_mode="expand")
                context.append(tail_span)
                header_text = f"{header_text} {text[head_tail[col][0]:head_tail[col][1]].strip()}".strip()
            context = [c for c in context if c is not None]
            grade = qual = None
            teams: list[str] = []
            for span in context:
                end = span.end  # a grade pattern may take the run of tabs after its cell ("Requires improvement<TAB>")
                while end < len(doc) and doc[end].is_space:
                    end += 1
                for g in tagged.grades.within(span.start, end, {"GRADE"}):
                    if grade is None:
                        grade, qual = g, self.figure_rules.qualifier(doc, g, tagged)
                teams += tagged.teams.labels_within(span.start, span.end)
            if grade is None and caption is not None:
                for g in tagged.grades.within(caption.start, caption.end, {"GRADE"}):
                    if self.figure_rules.in_grading_context(doc, g, tagged):
                        grade, qual = g, self.figure_rules.qualifier(doc, g, tagged)
                        break
            activity = base["audit_activity"]
            if header_text and len(context) > 1 and self._names_activity(context[-1], header_text, tagged):
                activity = header_text
            grade_key = grade.id_ if grade is not None else None
            qual_key = qual.id_ if qual is not None else None
            if grade_key is None and col in head_tail:
                # "Requires" / "improvement": a grade's name wrapped over the header's two lines
                grade_key = self.wrapped_grades.get(" ".join(header_text.lower().split()))
            wrapped_grade = grade is None and grade_key is not None
            kind = self.kind_headers.get(" ".join(header_text.lower().split()), info["kind"])
            polarity, step = self._polarity(context, grade_key, qual_key, kind, tagged)
            if polarity == "neutral" and step == "no judgement" and rated and kind == "result":
                # "Manager sign-off before closure  12 of 20  Not effective": a row its rating cell judges
                # is a standard tested, and its count the cases that met it (the rating is its own finding)
                polarity, step = "strength", "rated row: the standard met"
            elif polarity == "neutral" and step == "no judgement" and kind == "result" and label_span is not None \
                    and (done := self._done_in_label(label_span, tagged)) is not None:
                polarity, step = "strength", f"row names a step done '{done}'"
            if breakdown and kind == "result" and not grade_key:
                polarity, step = "neutral", "breakdown by subject"  # "Reason | No. | %": what escalations were about
            if info.get("rule", "").endswith("answer_count_pair") and kind == "result":
                polarity, step = ANSWER_POLARITY  # "Question 3: was the child seen?  Yes 16  No 2"
            if wrapped_grade:
                step = "grade (wrapped header)"
            if kind == "change" and info.get("direction") and polarity != "neutral":
                # "▲ (+6)" on a measure where more is better is a strength, "▼ (-1)" on re-referrals too
                sign = info["direction"] * (1 if polarity == "strength" else -1)
                polarity, step = ("strength" if sign > 0 else "improvement"), f"change ({step})"
            out.append(record(
                dict(base, audit_activity=activity), ev, rule=f"table:{info['rule']}|{step}", polarity=polarity,
                teams=unique(teams), value=info["value"], figure_kind=kind, count=info.get("count"),
                denominator=info.get("denominator") or stated_total, grade=grade_key, grade_qualifier=qual_key,
                measure=" – ".join(p for p in (" ".join(text[a:b].strip() for a, b in label_cells).strip(), header_text or title_text) if p) or None,
                themes=row_themes,
            ))
        out += self._tally_cells(doc, tallies, label_spans, base, ev, tagged)
        out += self._finding_cells(doc, text, row, head, base, tagged)
        for col, (polarity, step) in rated:
            # a RAG or met rating cell ("RED", "Green (met)") is a judgement of its row, a finding of
            # its own; the row's figures keep the polarity of what they measure. A row naming no team
            # is rated for the team its column's header names ("| Check | CIN | CP |" / "| ✓ | ✗ |")
            teams = row_teams or self._column_teams(doc, head, col, tagged)
            step += "; teams: column header" if teams and not row_teams else ""
            out.append(record(base, ev, rule=f"table:rating|{step}", polarity=polarity, teams=teams, themes=row_themes))
        return out

    def _tally_cells(self, doc: Doc, tallies: list[Span], label_spans: list[Span], base: dict, ev: tuple,
                     tagged: Tagged) -> list[dict]:
        """Findings of a cell that tallies the row's grades ("cp team | 7 files | good 2 · RI 4 ·
        inadequate 1"): each count is graded by the grade word written right before it (the grade
        alone, no qualifier) and is out of the row's total; the row's label names its teams."""
        teams = unique(t for sp in label_spans for t in tagged.teams.labels_within(sp.start, sp.end))
        out = []
        for fig in tallies:
            info = fig._.figure
            grade = next((g for g in reversed(tagged.grades.within(max(0, fig.start - 4), fig.start, {"GRADE"}))
                          if self.figure_rules._touches(doc, g, fig, tagged)), None)
            if grade is None:
                continue
            qual = self.figure_rules.qualifier(doc, grade, tagged)
            qual_key = qual.id_ if qual is not None else None
            out.append(record(
                base, ev, rule=f"table:{info['rule']}|grade", polarity=grade_polarity(grade.id_, qual_key),
                teams=teams, value=info["value"], figure_kind=info["kind"], count=info.get("count"),
                denominator=info.get("denominator"), grade=grade.id_, grade_qualifier=qual_key,
                measure=f"graded {grade.text}", themes=[]))
        return out

    def _finding_cells(self, doc: Doc, text: str, row: list[tuple[int, int]], head: list[tuple[int, int]],
                       base: dict, tagged: Tagged) -> list[dict]:
        """Findings of the cells under a "Finding" column (an action plan's "Ref | Finding | Priority |
        Agreed action"): each states a weakness found, unless its own cues judge it a strength."""
        out = []
        for col, (a, b) in enumerate(head):
            if col >= len(row) or " ".join(text[a:b].lower().split()) not in self.finding_headers:
                continue
            start, end = row[col]
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
            if span is None or not any(t.is_alpha for t in span):
                continue
            pol = score(tagged.cues.within(span.start, span.end), self.negation_window, self.figure_rules.words, start=span.start)
            polarity = "strength" if pol.label == "strength" and pol.decided else "improvement"
            step = pol.step if pol.label == polarity else "a weakness found"
            out.append(record(base, (start, end, text[start:end]), rule=f"table:finding column|{step}",
                              polarity=polarity, teams=unique(tagged.teams.labels_within(span.start, span.end)),
                              themes=sorted(set(tagged.themes.labels_within(span.start, span.end)))))
        return out

    @staticmethod
    def _column_teams(doc: Doc, head: list[tuple[int, int]], col: int, tagged: Tagged) -> list[str]:
        """The teams the header cell over column ``col`` names ("CIN", "Fostering"), or []."""
        span = doc.char_span(*head[col], alignment_mode="expand") if col < len(head) else None
        return tagged.teams.labels_within(span.start, span.end) if span is not None else []

    @staticmethod
    def _rating_cells(doc: Doc, text: str, row: list[tuple[int, int]], cell_figures: list, tagged: Tagged,
                      headers: list[str] = ()) -> list:
        """(column, (polarity, step)) of the cells after the first that hold only a rating: words
        that are all strength or improvement cues ("RED", "Amber (partially met)"), or a tick or a
        cross alone ("✓", "✗": a check met or not); no figure, no grade; not under a header of an
        earlier rating ("Last review", "Previous"), which is no finding now."""
        figure_cols = {col for col, _info in cell_figures}
        out = []
        for col in range(1, len(row)):
            mark = _CHECK_MARKS.get(text[row[col][0]:row[col][1]].strip())
            if mark is not None and col not in figure_cols:
                out.append((col, (mark, f"mark '{text[row[col][0]:row[col][1]].strip()}'")))
                continue
            span = doc.char_span(*row[col], alignment_mode="expand")
            if col in figure_cols or span is None or tagged.grades.within(span.start, span.end, {"GRADE"}):
                continue
            if col < len(headers) and _EARLIER_HEADER.match(headers[col].strip().lower()):
                continue
            cues = [c for c in tagged.cues.within(span.start, span.end) if c.label_ in {"STRENGTH", "WEAK_STRENGTH", "IMPROVEMENT"}]
            words = [t for t in span if not (t.is_punct or t.is_space)]
            if not cues or not all(any(c.start <= t.i < c.end for c in cues) for t in words):
                continue
            side = "improvement" if cues[0].label_ == "IMPROVEMENT" else "strength"
            out.append((col, (side, f"cue '{cues[0].text}'")))
        return out

    @staticmethod
    def _done_in_label(label: Span, tagged: Tagged) -> str | None:
        """The participle of a row label that names a step of practice done ("Push and pull factors
        recorded", "Information shared with the allocated worker", "Risk assessment updated after
        the interview"): a past participle after the label's first word, not in a team's name
        ("Children looked after") nor a population's; its share is of cases where it was done."""
        taken = {i for sp in list(tagged.teams.within(label.start, label.end))
                 + list(tagged.cues.within(label.start, label.end, {"POPULATION", "CASE_FEATURE", "LIFE_EVENT"}))
                 for i in range(sp.start, sp.end)}
        for t in label[1:]:
            if t.i not in taken and t.is_lower and t.is_alpha and len(t) > 4 and t.lower_.endswith("ed") \
                    and label.doc[t.i - 1].is_alpha and label.doc[t.i - 1].lower_ not in _NOT_BEFORE_DONE:
                return t.text
        return None

    @staticmethod
    def _label_cells(text: str, row: list[tuple[int, int]], cell_figures: list) -> list[tuple[int, int]]:
        """The row's label: its cells before the first figure or number ("CP1 | Conferences held
        on time | 90% | ..."; "Early Help | 34 | 68%" gives "Early Help"), at least the first."""
        first_figure = min((col for col, _info in cell_figures), default=len(row))
        n = 1
        while n < first_figure and not _NUMBER_CELL.fullmatch(text[row[n][0]:row[n][1]].strip()):
            n += 1
        return row[:n]

    @staticmethod
    def _holds_figures(text: str, line: tuple[int, int], tagged: Tagged) -> bool:
        """Does a figure stand in a cell after the first of this line?"""
        first_cell_end = _cells(text, *line)[0][1]
        return any(first_cell_end <= f.start_char < line[1] for f in tagged.figures
                   if line[0] <= f.start_char < line[1])

    def _polarity(self, context: list[Span], grade: str | None, qualifier: str | None, kind: str,
                  tagged: Tagged) -> tuple[str, str]:
        """(polarity, deciding step) of a cell: grade, else column header, else row label."""
        if kind in {"target", "benchmark"}:
            return "neutral", kind
        if grade:
            return grade_polarity(grade, qualifier), "grade"
        for span in reversed(context):  # the column header first, then the row label
            pol = score(tagged.cues.within(span.start, span.end), self.negation_window, self.figure_rules.words,
                        near=span[-1:])
            if pol.label:
                return pol.label, pol.step
        return "neutral", "no judgement"

    @staticmethod
    def _header_tail(text: str, header: tuple[int, int], head: list[tuple[int, int]],
                     line: tuple[int, int]) -> dict[int, tuple[int, int]]:
        """{column: (start, end)} of the words on the line right under the header that wrap its
        cells ("Good or better" over "(%)", "Children" over "known"): a short line of no table
        cells and no figures (bar a unit), each group of words under the header cell it starts in."""
        if header[1] >= len(text):
            return {}
        start, end = line_bounds(text, header[1] + 1)
        body = text[start:end]
        if start >= line[0] or not body.strip() or is_table_line(body) or len(body.split()) > TAB_ROW_MAX_WORDS \
                or body.rstrip().endswith(".") or re.search(r"\d", body):
            return {}
        columns = [a - header[0] for a, _b in head]
        out: dict[int, tuple[int, int]] = {}
        for m in re.finditer(r"\S+(?: \S+)*", body):
            col = max((i for i, c in enumerate(columns) if c <= m.start()), default=0)
            if col in out:
                return {}  # two groups under one cell: not a wrapped header
            out[col] = (start + m.start(), start + m.end())
        return out

    def _cell_figures(self, text: str, row: list[tuple[int, int]], head: list[tuple[int, int]], figures: list[Span],
                      head_tail: dict[int, tuple[int, int]] | None = None, grade_cols: list[int] | None = None,
                      grade_columns: set[int] | None = None, grade_sample: int | None = None):
        """(column, figure info) for each figure cell: a percentage the pipeline found, a bare
        number under a header whose unit is a percentage or points ("Good or better (%)" / "75",
        "Trend (pts)" / "+5"), a bare count in a table with a total column ("Good | ... |
        Total": 18 of 40; answer columns "Met | Partly met | Not met" out of their sum), a bare count
        under grade columns out of the sample the table's title states (grade_sample over
        grade_columns), else under a header of grades (grade_cols) out of its row's sum
        ("Planning | - | 7 | 17 | 6": 7 of 30)."""
        by_col = {}
        for fig in figures:
            col = next((i for i, (a, b) in enumerate(row) if a <= fig.start_char < b), 0)
            if col:
                by_col.setdefault(col, fig._.figure)
        head_tail = head_tail or {}
        headers = [" ".join(f"{text[a:b]} {text[slice(*head_tail[i])] if i in head_tail else ''}".lower().split())
                   for i, (a, b) in enumerate(head)]
        units, unit = [], None
        for col in range(len(headers)):
            # a unit under one column holds for the columns after it that have none ("Aug  Sep" over "(%)")
            own = self.unit.search(headers[col])
            unit = own or (None if col in head_tail else unit)
            units.append(unit)
        for col in range(1, min(len(row), len(headers))):
            unit = units[col]
            number = _SIGNED_NUMBER.fullmatch(text[row[col][0]:row[col][1]].strip())
            if col in by_col or unit is None or number is None or float(number.group(2)) > 100:
                continue
            points = unit.group(0) != "%"
            sign = number.group(1)
            by_col[col] = {"value": float(number.group(2)), "kind": "change" if points else "result",
                           "rule": "unit_column", "direction": 0 if not sign else 1 if sign == "+" else -1}
        total_col = next((i for i, h in enumerate(headers) if i and h in self.total_headers), None)
        cells = [text[a:b].strip().replace(",", "") for a, b in row]
        total = int(cells[total_col]) if total_col is not None and total_col < len(cells) and cells[total_col].isdigit() else None
        count_rule = "count_of_total"
        counted = None  # the columns whose counts are figures (all but the total's, else the answers')
        if total is None and total_col is None:
            # "Agreed | Not agreed", "Met | Partly met | Not met", "Yes | No": counts of one
            # question's answers add up to the row's total ("N/A" cells are none of it)
            group = _answer_columns(headers)
            counted = set(group) or None
            # a dash in one answer's cell is none of the row ("26  –  9": no "partly met")
            if group and all(c < len(cells) and (cells[c].isdigit() or _empty_cell(cells[c])) for c in group):
                total = sum(int(cells[c]) for c in group if cells[c].isdigit()) or None
            elif not group and grade_cols and len(row) == len(head) and not by_col \
                    and (row_total := self._grade_row_total(cells, grade_cols)):
                # a full scale of grades: each row spreads its own cases over the grades
                total, count_rule = row_total, "grade_row_count"
            elif not group and grade_sample and _counts_within(cells, grade_columns or set(), grade_sample):
                # "| Area | Good | RI | Inadequate |" under "Grades by practice area (n=64)": the
                # grade cells count cases of the sample the table's title states
                total, counted = grade_sample, set(grade_columns)
        for col in range(1, len(row)):
            if col in by_col:
                yield col, by_col[col]
            elif total and col != total_col and (counted is None or col in counted) and cells[col].isdigit() \
                    and 0 < int(cells[col]) <= total:
                # a "0" count cell is "none" of the row's total: no figure (FINDINGS.md §2)
                count = int(cells[col])
                yield col, {"value": round(100 * count / total, 1), "count": count, "denominator": total,
                            "kind": "result", "rule": count_rule}

    @staticmethod
    def _grade_row_total(cells: list[str], grade_cols: list[int]) -> int | None:
        """The sum of a row's counts under grade columns, each cell a count or a dash for none
        ("-  7  17  6" gives 30); None when a cell holds anything else."""
        counts = []
        for col in grade_cols:
            cell = cells[col]
            if cell.isdigit():
                counts.append(int(cell))
            elif cell.strip("-") or not cell:
                return None
        return sum(counts) or None

    def _names_activity(self, header: Span, header_text: str, tagged: Tagged) -> bool:
        """Does a column header name an audit activity? Not a grade, team, share, target or
        benchmark header, nor a period ("2022/23", "Q2 23/24")."""
        words = header_text.lower()
        return not (
            " ".join(words.split()) in self.kind_headers
            or _PERIOD.search(words) is not None or
            tagged.grades.within(header.start, header.end, {"GRADE"})
            or tagged.teams.within(header.start, header.end)
            or any(words == w or words.startswith(w + " ") for w in self.measure_headers)
        )

    @staticmethod
    def _grade_columns(doc: Doc, head: list[tuple[int, int]], head_tail: dict[int, tuple[int, int]],
                       tagged: Tagged) -> set[int]:
        """The header's columns after the first that name a grade ("Good", "RI", "Requires" /
        "improvement" wrapped over two lines)."""
        out = set()
        for col, (a, b) in enumerate(head[1:], 1):
            span = doc.char_span(a, head_tail[col][1] if col in head_tail else b, alignment_mode="expand")
            end = span.end if span is not None else 0  # a grade pattern may take the tabs after its cell
            while span is not None and end < len(doc) and doc[end].is_space:
                end += 1
            if span is not None and tagged.grades.within(span.start, end, {"GRADE"}):
                out.add(col)
        return out

    @staticmethod
    def _grade_scale(head: list[tuple[int, int]], grade_columns: set[int]) -> list[int]:
        """The grade columns when every header cell after the first names a grade, at least
        _GRADE_SCALE_MIN of them ("Practice area | Outstanding | Good | Requires improvement |
        Inadequate"): each row spreads its cases over the grades; else []."""
        scale = list(range(1, len(head)))
        return scale if len(scale) >= _GRADE_SCALE_MIN and grade_columns.issuperset(scale) else []

    @staticmethod
    def _sample_over(text: str, block_start: int) -> int | None:
        """The sample a table's title or heading states ("(n=64)", "(36 audits)"), on the nearest
        line with text above the table, over at most one blank line."""
        start = block_start
        for _ in range(2):  # the line right above, else the one above a blank line
            if start == 0:
                return None
            start, end = line_bounds(text, start - 1)
            line = text[start:end]
            if line.strip():
                m = None if is_table_line(line) else _TITLE_TOTAL.search(line)
                return int(m.group(1) or m.group(2)) if m else None
        return None

    @staticmethod
    def _title_total(text: str, title: Span) -> int | None:
        """The sample a table's title states in brackets ("Grades after moderation (36 audits)"),
        on the line right above the table or, over a line of column names, the line above that."""
        m = _TITLE_TOTAL.search(title.text)
        if m is None and title.start_char > 0:
            start, end = line_bounds(text, title.start_char - 1)
            m = _TITLE_TOTAL.search(text[start:end])
        return int(m.group(1) or m.group(2)) if m else None

    @staticmethod
    def _grade_pairs(doc: Doc, text: str, row: list[tuple[int, int]], tagged: Tagged,
                     total: int | None) -> dict[int, tuple[int, dict]]:
        """{count column: (its grade column, figure info)} of a row of "grade  count" pairs, one
        pair per column group ("Good  17    Good  15": before and after a review), out of a stated
        total; {} for any other row."""
        if not total or len(row) < 2 or len(row) % 2:
            return {}
        out = {}
        for col in range(0, len(row), 2):
            label = doc.char_span(*row[col], alignment_mode="expand")
            cell = text[row[col + 1][0]:row[col + 1][1]].strip()
            end = label.end if label is not None else 0  # a grade pattern may take the tabs after its cell
            while label is not None and end < len(doc) and doc[end].is_space:
                end += 1
            if label is None or not tagged.grades.within(label.start, end, {"GRADE"}) \
                    or not cell.isdigit() or int(cell) > total:
                return {}
            count = int(cell)
            out[col + 1] = (col, {"value": round(100 * count / total, 1), "count": count, "denominator": total,
                                  "kind": "result", "rule": "grade_count_pairs"})
        return out

    @staticmethod
    def _grade_tally(doc: Doc, text: str, row: list[tuple[int, int]], tagged: Tagged,
                     total: int | None) -> dict[int, dict]:
        """{column: figure info} of a one-line grade tally, each cell a grade and its count ("Good 5 |
        Requires improvement 6 | Inadequate 1"), out of the sample stated over it; {} for any other
        row, or counts that add up to more than the sample."""
        if not total or len(row) < 2:
            return {}
        out = {}
        for col, (a, b) in enumerate(row):
            m = re.fullmatch(r"\s*(\D*?)\s+(\d+)\s*", text[a:b])
            span = doc.char_span(a, a + m.end(1), alignment_mode="expand") if m else None
            grades = tagged.grades.within(span.start, span.end, {"GRADE"}) if span is not None else []
            if not grades or any(t.is_alpha and not any(g.start <= t.i < g.end for g in grades) for t in span):
                return {}  # a cell of words other than a grade's ("Visits 12")
            count = int(m.group(2))
            out[col] = {"value": round(100 * count / total, 1), "count": count, "denominator": total,
                        "kind": "result", "rule": "grade_tally"}
        return out if sum(info["count"] for info in out.values()) <= total else {}

    @staticmethod
    def _total_before(doc: Doc, table_start: int, tagged: Tagged) -> int | None:
        """A total stated in the paragraph just before the table ("The panel reviewed 347 cases.
        Their grades were:")."""
        first = doc.char_span(table_start, table_start + 1, alignment_mode="expand")
        if first is None or first.start == 0:
            return None
        para_start = tagged.text.rfind("\n\n", 0, table_start - 1) + 2
        for d in reversed(tagged.denominators.within(0, first.start)):
            if d.start_char < para_start:
                break
            value = (d._.figure or {}).get("denominator")
            if value:
                return value
        return None
