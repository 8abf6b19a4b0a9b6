"""ff_findings: turn the tagged spans of a report into findings.

Per sentence: every figure becomes a quantitative finding (its grade and qualifier from
the nearest graded phrase around it, its polarity from the grade, its kind or the cues
of its own stretch of text); every clause without a figure that carries a judgement
becomes a qualitative finding with the themes and teams it names. Clause boundaries,
list headers ("The areas of improvement were: ...") and negation follow the ConText
idea: a cue's scope ends at the clause. Results go to ``doc._.findings`` as dicts with
character offsets and the rule that produced each one.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import List

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from .data import check_keys, load_many, string_list

GRADE_POLARITY = {
    "outstanding": "strength",
    "good": "strength",
    "adequate": "improvement",
    "requires_improvement": "improvement",
    "inadequate": "improvement",
}


def grade_polarity(grade: str, qualifier: str | None) -> str:
    """Polarity of a graded share: Good or better is a strength, so is "Adequate or better"."""
    if qualifier == "or_above" and grade == "adequate":
        return "strength"
    return GRADE_POLARITY.get(grade, "neutral")


_STRIP = " \t\n-•*·▪◦‣–,;:.'\"‘’“”()"
_LEADING_WORDS = {"and", "or", "but", "however", "also", "additionally", "so", "then", "whereas", "while", "whilst", "although", "though", "yet"}


@dataclass
class Clause:
    start: int  # token offsets
    end: int
    opens_with_break: bool = False


@dataclass
class Polarity:
    strength: float = 0.0
    improvement: float = 0.0
    header: str | None = None
    method: bool = False
    cues: list[str] = field(default_factory=list)

    @property
    def label(self) -> str | None:
        if self.header:
            return self.header
        if self.strength > self.improvement:
            return "strength"
        if self.improvement > self.strength:
            return "improvement"
        return None


class FindingAssembler:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], grade_window: int, negation_window: int, min_cues: int, min_clause_words: int):
        self.name = name
        self.min_clause_words = min_clause_words
        self.grade_window = grade_window
        self.negation_window = negation_window
        self.min_cues = min_cues
        self.breaks = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.bullets: set[str] = set()
        self.continuations: set[str] = set()
        for path, data in load_many(data_dir, files):
            check_keys(data, {"bullets", "sentence_final", "abbreviations", "clause_breaks", "continuations"}, path=path, what="segmentation")
            phrases = string_list(data.get("clause_breaks"), path=path, what="clause_breaks")
            self.breaks.add("BREAK", list(nlp.tokenizer.pipe(phrases)))
            self.bullets |= set(string_list(data.get("bullets"), path=path, what="bullets"))
            self.continuations |= {w.lower() for w in string_list(data.get("continuations"), path=path, what="continuations")}

    # --- helpers -----------------------------------------------------------------------
    @staticmethod
    def _index(spans) -> tuple[list[int], list[Span]]:
        spans = sorted(spans, key=lambda s: (s.start, s.end))
        return [s.start for s in spans], spans

    @staticmethod
    def _within(index, start: int, end: int) -> list[Span]:
        starts, spans = index
        i = bisect.bisect_left(starts, start)
        out = []
        while i < len(spans) and spans[i].start < end:
            if spans[i].end <= end:
                out.append(spans[i])
            i += 1
        return out

    def _clauses(self, sent: Span, break_starts: set[int]) -> list[Clause]:
        cuts = sorted(b for b in break_starts if sent.start < b < sent.end)
        clauses, start, opens = [], sent.start, False
        for c in cuts:
            words = sum(1 for t in sent.doc[start:c] if not (t.is_punct or t.is_space))
            nxt = next((t for t in sent.doc[c + 1:sent.end] if not (t.is_punct or t.is_space)), None)
            parenthetical = nxt is not None and nxt.lower_ in self.continuations
            if c > start and words >= self.min_clause_words and not parenthetical:
                clauses.append(Clause(start, c, opens))
                start, opens = c, True
        clauses.append(Clause(start, sent.end, opens))
        return clauses

    def _polarity(self, doc: Doc, cues: list[Span], start: int, end: int) -> Polarity:
        pol = Polarity()
        negations = [c for c in cues if c.label_ == "NEGATION"]
        concern_spans = [c for c in cues if c.label_ == "IMPROVEMENT" and len(c) > 1]
        minimised = any(c.label_ == "MINIMISER" for c in cues)
        pol.method = any(c.label_ == "METHOD" for c in cues)
        for cue in cues:
            label = cue.label_
            if label in {"NEGATION", "TERMINATOR", "MINIMISER", "METHOD"}:
                continue
            pol.cues.append(cue.text.lower())
            if label == "HEADER_STRENGTH":
                pol.header = pol.header or "strength"
            elif label == "HEADER_IMPROVEMENT":
                pol.header = pol.header or "improvement"
            else:
                # a strength is reversed by a negation a few words before it ("not always timely");
                # a concern only by one right before it ("not a concern", "no delay")
                window = self.negation_window if label == "STRENGTH" else 1
                negated = any(
                    n.end <= cue.start and cue.start - n.end <= window and not (cue.start <= n.start < cue.end)
                    and (label == "STRENGTH" or not any(c.start <= n.start < c.end for c in concern_spans))
                    for n in negations
                )
                positive = (label == "STRENGTH") != negated
                if positive:
                    pol.strength += 1
                else:
                    pol.improvement += 1
        if minimised and pol.improvement:
            pol.strength += pol.improvement
            pol.improvement = 0
        return pol

    def _evidence(self, doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
        span = doc[start:end]
        a, b = span.start_char, span.end_char
        text = doc.text
        while a < b:
            while a < b and text[a] in _STRIP:
                a += 1
            word_end = a
            while word_end < b and text[word_end].isalpha():
                word_end += 1
            if text[a:word_end].lower() in _LEADING_WORDS and word_end < b and not text[word_end].isalpha():
                a = word_end
                continue
            break
        while b > a and text[b - 1] in _STRIP.replace(")", "").replace("'", "").replace("’", ""):
            b -= 1
        if b - a < 3:
            return None
        return a, b, text[a:b]

    # --- the component -----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        sections = doc._.sections or []
        sec_starts = [s.heading_start if s.heading_start is not None else s.start_char for s in sections]
        heading_ranges = [(s.heading_start, s.start_char) for s in sections if s.heading_start is not None]
        grades = self._index(doc.spans.get("ff_grades", []))
        figures = self._index(doc.spans.get("ff_figures", []))
        teams = self._index(doc.spans.get("ff_teams", []))
        themes = self._index(doc.spans.get("ff_themes", []))
        cues = self._index(doc.spans.get("ff_cues", []))
        activities = self._index(doc.spans.get("ff_activities", []))
        periods = self._index(doc.spans.get("ff_periods", []))
        break_starts = {s for _m, s, _e in self.breaks(doc)}

        first_heading = sec_starts[1] if len(sec_starts) > 1 else len(doc.text)
        doc_activity = next((a.text for a in activities[1] if a.start_char < first_heading), None)
        doc_period = next((p.text for p in periods[1] if p.start_char < first_heading), None)

        findings: list[dict] = []
        current_section = None
        activity, activity_period = doc_activity, doc_period
        list_mode: str | None = None
        for sent in doc.sents:
            if any(a <= sent.start_char < b for a, b in heading_ranges) or not sent.text.strip():
                continue
            si = max(bisect.bisect_right(sec_starts, sent.start_char) - 1, 0)
            section = sections[si] if sections else None
            if section is not current_section:
                current_section, activity, activity_period, list_mode = section, doc_activity, doc_period, None
            sent_periods = self._within(periods, sent.start, sent.end)
            sent_acts = self._within(activities, sent.start, sent.end)
            if sent_acts:
                activity = sent_acts[0].text
                activity_period = sent_periods[0].text if sent_periods else None
            period = sent_periods[0].text if sent_periods else activity_period
            base = {
                "section": section.key if section else "other",
                "section_heading": section.heading if section else "",
                "audit_activity": activity,
                "period": period,
            }
            starts_bullet = sent[0].text in self.bullets
            if not starts_bullet:
                list_mode = None if not sent.text.rstrip().endswith(":") else list_mode
            sent_figs = self._within(figures, sent.start, sent.end)
            is_table_row = "|" in sent.text
            if is_table_row:
                findings.extend(self._table_row(doc, sent, sent_figs, grades, teams, base))
                continue
            findings.extend(self._figures(doc, sent, sent_figs, grades, teams, themes, cues, base))
            if section is not None and section.descriptive:
                continue
            header_mode = list_mode if starts_bullet else None
            for clause in self._clauses(sent, break_starts):
                if clause.opens_with_break:
                    header_mode = None
                clause_cues = self._within(cues, clause.start, clause.end)
                pol = self._polarity(doc, clause_cues, clause.start, clause.end)
                if pol.header:
                    header_mode = pol.header
                if self._within(figures, clause.start, clause.end):
                    continue
                label = pol.header or header_mode or pol.label
                if label is None or (pol.method and not (pol.header or header_mode)):
                    continue
                clause_themes = sorted({t.label_ for t in self._within(themes, clause.start, clause.end)})
                if section is not None and section.theme and section.theme not in clause_themes:
                    clause_themes = sorted(clause_themes + [section.theme])
                clause_teams = _unique(t.label_ for t in self._within(teams, clause.start, clause.end))
                strong = pol.header or header_mode or abs(pol.strength - pol.improvement) >= self.min_cues
                if not (clause_themes or clause_teams or strong):
                    continue
                ev = self._evidence(doc, clause.start, clause.end)
                if ev is None:
                    continue
                rule = "clause:list_header" if (pol.header or header_mode) else "clause:cues"
                findings.append(dict(base, text=ev[2], start_char=ev[0], end_char=ev[1], rule=rule, polarity=label,
                                     teams=clause_teams, themes=clause_themes, value=None, figure_kind=None, count=None,
                                     denominator=None, grade=None, grade_qualifier=None, measure=None))
            if sent.text.rstrip().endswith(":"):
                last = self._polarity(doc, self._within(cues, sent.start, sent.end), sent.start, sent.end)
                list_mode = last.header or last.label
        doc._.findings = findings
        return doc

    # --- figures -----------------------------------------------------------------------
    def _in_grading_context(self, doc: Doc, g: Span, grades) -> bool:
        sent_start = g.sent.start
        for other in self._within(grades, max(sent_start, g.start - 4), g.start):
            if other.label_ == "GRADING":
                return True
        if self._qualifier(doc, g, grades):
            return True
        before = doc[g.start - 1].text if g.start > 0 else ""
        if before in {"'", "‘", '"', "“"} or g[0].text == "RI":
            return True
        return g.start != sent_start and (g[0].is_title or g[0].is_upper)

    def _qualifier(self, doc: Doc, g: Span, grades) -> Span | None:
        for q in self._within(grades, g.end, min(len(doc), g.end + 3)):
            if q.label_ == "QUALIFIER" and (q.start == g.end or all(t.is_punct for t in doc[g.end:q.start])):
                return q
        return None

    def _grade_for(self, doc: Doc, fig: Span, lo: int, hi: int, grades) -> tuple[Span | None, Span | None, str | None]:
        """The grade a figure reports.

        A grade after the figure binds to it when a grading word stands between them
        ("43% were graded as Good"); otherwise the nearest graded phrase before it does
        ("graded Good or better in 38%", "and Adequate in 45%"); a loose grade after the
        figure is the last resort.
        """
        after = [g for g in self._within(grades, fig.end, min(hi, fig.end + self.grade_window)) if g.label_ == "GRADE"]
        before = [g for g in self._within(grades, max(lo, fig.start - self.grade_window), fig.start) if g.label_ == "GRADE"]
        after = [g for g in after if self._in_grading_context(doc, g, grades)]
        before = [g for g in before if self._in_grading_context(doc, g, grades)]
        for g in after:
            adjacent = all(t.is_punct for t in doc[fig.end:g.start])
            if adjacent or any(x.label_ == "GRADING" for x in self._within(grades, fig.end, g.start)):
                return g, self._qualifier(doc, g, grades), "after"
        for g in before[::-1]:
            return g, self._qualifier(doc, g, grades), "before"
        for g in after:
            return g, self._qualifier(doc, g, grades), "loose"
        return None, None, None

    def _sentence_grades(self, doc: Doc, sent: Span, sent_figs: list[Span], grades) -> list[tuple]:
        """(grade, qualifier) of each figure of a sentence; a figure with no grade of its own
        shares its neighbour's when nothing grades it differently ("graded Good or above in
        47% of Q3 audits and 55% of Q4 audits"; "41% of X and 36% of Y graded it Good")."""
        found = []
        for i, fig in enumerate(sent_figs):
            lo = sent_figs[i - 1].end if i else sent.start
            hi = sent_figs[i + 1].start if i + 1 < len(sent_figs) else sent.end
            found.append(self._grade_for(doc, fig, lo, hi, grades))
        out = [(g, q) for g, q, _how in found]
        for i in range(1, len(found)):
            if out[i][0] is None and found[i - 1][2] == "before" and not self._grading_between(sent_figs[i - 1], sent_figs[i], grades):
                out[i] = out[i - 1]
        for i in range(len(found) - 2, -1, -1):
            if out[i][0] is None and found[i + 1][2] == "after" and not self._grading_between(sent_figs[i], sent_figs[i + 1], grades):
                out[i] = out[i + 1]
        return out

    def _grading_between(self, a: Span, b: Span, grades) -> bool:
        return any(g.label_ in {"GRADING", "GRADE"} for g in self._within(grades, a.end, b.start))

    def _figures(self, doc, sent, sent_figs, grades, teams, themes, cues, base) -> list[dict]:
        out = []
        prefix_teams = _unique(t.label_ for t in self._within(teams, sent.start, sent_figs[0].start)) if sent_figs else []
        bound = self._sentence_grades(doc, sent, sent_figs, grades)
        for i, fig in enumerate(sent_figs):
            lo = sent_figs[i - 1].end if i else sent.start
            hi = sent_figs[i + 1].start if i + 1 < len(sent_figs) else sent.end
            info = fig._.figure
            grade, qual = bound[i]
            seg_cues = self._within(cues, lo, hi)
            # a rise/fall word is a trend only where no longer cue holds it ("up to date")
            holders = [c for c in seg_cues if c.label_ != "NEGATION" and len(c) > 1] + self._within(grades, lo, hi)
            trends = [(i, d) for i, d in info.get("trends", []) if lo <= i < hi and not any(h.start <= i < h.end for h in holders)]
            trend_idx = {i for i, _d in trends}
            pol = self._polarity(doc, [c for c in seg_cues if not any(c.start <= i < c.end for i in trend_idx)], lo, hi)
            kind = info["kind"]
            grade_key = grade.id_ if grade is not None else None
            if kind in {"target", "benchmark"}:
                polarity = "neutral"
            elif kind == "change":
                sign = 1 if grade_key is None else (1 if GRADE_POLARITY[grade_key] == "strength" else -1)
                if grade_key is None and pol.label == "improvement" and info["direction"] == 0:
                    sign = -1
                d = info["direction"] or (1 if pol.label == "strength" else -1 if pol.label == "improvement" else 0)
                polarity = "strength" if d * sign > 0 else "improvement" if d * sign < 0 else "neutral"
            elif grade_key:
                polarity = grade_polarity(grade_key, qual.id_ if qual is not None else None)
            else:
                polarity = pol.header or pol.label or "neutral"
            seg_teams = _unique(t.label_ for t in self._within(teams, lo, hi)) or prefix_teams
            seg_themes = [] if grade_key else sorted({t.label_ for t in self._within(themes, lo, hi)})
            ev = self._evidence(doc, lo, hi) or (fig.start_char, fig.end_char, fig.text)
            measure = self._measure(doc, fig, grade, qual, hi)
            out.append(dict(base, text=ev[2], start_char=ev[0], end_char=ev[1], rule=info["rule"], polarity=polarity,
                            teams=seg_teams, themes=seg_themes, value=info["value"], figure_kind=kind,
                            count=info.get("count"), denominator=info.get("denominator"), grade=grade_key,
                            grade_qualifier=qual.id_ if qual is not None else None, measure=measure))
            if kind == "result" and trends:
                # "had fallen to 43%", "below the national average": a judgement of the figure
                sign = -1 if polarity == "improvement" else 1
                judged = "strength" if trends[0][1] * sign > 0 else "improvement"
                out.append(dict(base, text=ev[2], start_char=ev[0], end_char=ev[1], rule="figure:judgement", polarity=judged,
                                teams=seg_teams, themes=[], value=None, figure_kind=None, count=None, denominator=None,
                                grade=None, grade_qualifier=None, measure=None))
        return out

    def _measure(self, doc, fig, grade, qual, hi) -> str | None:
        """Short text of what a figure measures: its grade as written, else the words after it."""
        if grade is not None:
            end = qual.end if qual is not None else grade.end
            return "graded " + " ".join(doc[grade.start:end].text.replace("'", "").replace("’", "").split())
        ev = self._evidence(doc, fig.end, min(hi, fig.end + 20))
        return ev[2][:160] if ev else None

    def _table_row(self, doc, sent, sent_figs, grades, teams, base) -> list[dict]:
        text = doc.text
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        line_end = text.find("\n", sent.start_char)
        line_end = len(text) if line_end < 0 else line_end
        header_start = line_start
        while header_start > 0:
            prev_start = text.rfind("\n", 0, header_start - 1) + 1
            if "|" not in text[prev_start:header_start - 1]:
                break
            header_start = prev_start
        header_end = text.find("\n", header_start)
        header_cells = text[header_start:header_end].split("|") if header_start != line_start else []
        row_cells = text[line_start:line_end].split("|")
        label_span = doc.char_span(line_start, line_start + len(row_cells[0]), alignment_mode="expand")
        out = []
        for fig in sent_figs:
            col = text[line_start:fig.start_char].count("|")
            if col == 0:
                continue
            header = header_cells[col].strip() if col < len(header_cells) else ""
            h0 = header_start + sum(len(c) + 1 for c in header_cells[:col]) if header_cells else None
            ctx = [label_span] if label_span is not None else []
            if h0 is not None:
                hs = doc.char_span(h0, h0 + len(header_cells[col]), alignment_mode="expand")
                if hs is not None:
                    ctx.append(hs)
            grade = qual = None
            row_teams: list[str] = []
            for span in ctx:
                for g in self._within(grades, span.start, span.end):
                    if g.label_ == "GRADE" and grade is None:
                        grade, qual = g, self._qualifier(doc, g, grades)
                row_teams += [t.label_ for t in self._within(teams, span.start, span.end)]
            grade_key = grade.id_ if grade is not None else None
            info = fig._.figure
            measure = " – ".join(p for p in (row_cells[0].strip(), header) if p)
            activity = base["audit_activity"]
            if header and grade is not None and not any(g.label_ == "GRADE" for g in self._within(grades, ctx[-1].start, ctx[-1].end)) and len(ctx) > 1 and not _unique(t.label_ for t in self._within(teams, ctx[-1].start, ctx[-1].end)):
                if header.lower() not in {"share", "%", "percentage", "per cent", "proportion"} and not header.lower().startswith(("share", "percentage", "proportion", "number", "count")):
                    activity = header
            ev_start, ev_end = line_start, line_end
            out.append(dict(base, audit_activity=activity, text=text[ev_start:ev_end].strip(), start_char=ev_start + (len(text[ev_start:ev_end]) - len(text[ev_start:ev_end].lstrip())),
                            end_char=ev_start + len(text[ev_start:ev_end].rstrip()), rule="table:" + info["rule"],
                            polarity=grade_polarity(grade_key, qual.id_ if qual is not None else None) if grade_key else "neutral",
                            teams=_unique(row_teams), themes=[], value=info["value"], figure_kind=info["kind"],
                            count=info.get("count"), denominator=info.get("denominator") or self._table_denominator(doc, header_start),
                            grade=grade_key, grade_qualifier=qual.id_ if qual is not None else None,
                            measure=measure or None))
        return out

    @staticmethod
    def _table_denominator(doc: Doc, header_start: int) -> int | None:
        """A total stated in the sentence just before a table ("reviewed 347 cases")."""
        tok = doc.char_span(header_start, header_start + 1, alignment_mode="expand")
        if tok is None or tok.start == 0:
            return None
        prev = doc[tok.start - 1]
        while prev.i > 0 and prev.is_space:
            prev = doc[prev.i - 1]
        for t in prev.sent:
            if t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"cases", "children", "files", "audits", "referrals"}:
                try:
                    return int(t.text.replace(",", ""))
                except ValueError:
                    return None
        return None


def _unique(items) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


@Language.factory(
    "ff_findings",
    default_config={"data_dir": None, "files": ["segmentation.yaml"], "grade_window": 18, "negation_window": 6, "min_cues": 2, "min_clause_words": 3},
)
def make_assembler(nlp: Language, name: str, data_dir: str | None, files: List[str], grade_window: int, negation_window: int, min_cues: int, min_clause_words: int) -> FindingAssembler:
    return FindingAssembler(nlp, name, data_dir, files, grade_window, negation_window, min_cues, min_clause_words)
