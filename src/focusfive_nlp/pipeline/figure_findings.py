"""Quantitative findings: which grade a figure reports, its polarity, its trend judgement.

A grade after the figure binds to it when a grading word stands between them ("43% were
graded as Good"); otherwise the nearest graded phrase before it does ("graded Good or
better in 38%"); figures of one sentence share a grade when nothing grades them apart
("graded Good in 47% of Q3 audits and 55% of Q4 audits"). A figure's polarity follows
its grade, else what it measures, else the list header it stands under; a figure with no
words of its own ("This is an increase from 79% last year") continues the judged figure of
the sentence before and takes its grade, measure and polarity, and a change in percentage
points with none continues the graded share before it. A rise, fall or comparison next to
it ("had fallen to 43%", "below the national average") is a judgement, recorded as a finding
of its own. A graded share names no theme, nor does a result that judges nothing (a context
share); a judged result naming none takes the theme of a one-subject section.
"""
from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .evidence import Tagged, evidence, record
from .grade_moves import in_grade_move
from .spans import doc_text, line_bounds
from .tokenizer import TREND_ARROWS
from .polarity import ATTRIBUTES, HEADERS, Polarity, PolarityWords, grade_polarity, score
from .words import SUBJECT_ENDING_VERBS

QUOTES = {"'", "‘", '"', "“"}
# a line of a short list of figures: a label of up to four words, then only the figure ("visits   16/20")
_LIST_LINE = re.compile(r"^[ \t]*[A-Za-z][A-Za-z'’&/ -]{0,40}?[ \t]+\d+(?:/\d+|(?:\.\d)? ?%)[ \t]*$")
_LIST_TITLE_REACH = 12  # lines of such a list above a figure, up to its title
PRAISE_GRADES = {"good", "adequate"}  # grade words that are everyday praise too ("good practice")
JUDGED_REACH = 9  # tokens from a grading verb to its "to be (of) Good" ("judged the care plan to be of good")
# the yes answers of an audit question ("Was the child seen?  Yes 16  No 2") count the cases that met
# the standard it asks about: a strength figure, as a count in a rated row (the answers judge nothing more)
ANSWER_POLARITY = ("strength", "answer count: the standard met")
GRADE_SIDES = {"strength", "improvement"}  # the list modes that give a figure polarity (not planned actions)
OPPOSITE = {"strength": "improvement", "improvement": "strength"}
REST_RULE = "count_the_other"  # figures.jsonl: "the other 16", "the remaining five" (the rest of a total)
# words the loops below look for, as the token array holds them (hashes)
_SEMICOLON, _COMMA, _COLON, _AND, _HYPHEN = (get_string_id(w) for w in (";", ",", ":", "and", "-"))
_OPEN, _CLOSE = get_string_id("("), get_string_id(")")
_LIST_BREAKS = {get_string_id(w) for w in (",", ";")}
_CLAUSE_BREAKS = {get_string_id(w) for w in (";", "–", "—")}
_VERBS = {get_string_id(w) for w in SUBJECT_ENDING_VERBS}
_LIMITERS = {get_string_id(w) for w in ("only", "just")}
_ONLY = get_string_id("only")
_QUALITY_CHANGES = {"improved", "improving", "worsened", "deteriorated"}  # changes that say better or worse


def judged_lead_in(tagged: Tagged, start: int, colon: int) -> int | None:
    """Where the predicate of a lead-in before a colon starts, when that predicate judges
    ("Initial health assessments within 20 working days remain a concern: 58%", "First reviews
    were the exception: 81 of the 97 were on time"): the lead-in is a judgement of its own, and
    the figure after the colon measures the attribute named in the lead-in's subject ("within 20
    working days"), not its predicate. None when the lead-in has no verb, its subject names no
    attribute ("continuity was not: three in ten had three or more advisers", where the figure
    bears the judgement out) or its predicate holds no judgement."""
    verb = next((t for t in range(start + 1, colon) if tagged.lower[t] in _VERBS), None)
    if verb is None or not tagged.words(start, verb) >= 2:
        return None
    cues = tagged.cues.within(start, colon)
    measured = any(c.label_ in ATTRIBUTES and c.end <= verb for c in cues)
    return verb if measured and _judges(cues, verb) else None


def _judges(cues: list[Span], verb: int) -> bool:
    return any(c.label_ in {"STRENGTH", "IMPROVEMENT"} and c.start >= verb for c in cues)


def judged_before_measure(tagged: Tagged, start: int, colon: int, end: int) -> bool:
    """Is the lead-in before a colon a judgement of its own because the figure after the colon
    names its own measure ("Decisions in the MASH are timely: 96 per cent were made within one
    working day")? The lead-in judges (a verb, then a judgement) and the clause after the colon
    holds an attribute the figure measures, so neither bears the other out."""
    verb = next((t for t in range(start + 1, colon) if tagged.lower[t] in _VERBS), None)
    if verb is None or not tagged.words(start, verb) >= 2 or not _judges(tagged.cues.within(start, colon), verb):
        return False
    return any(c.label_ in ATTRIBUTES for c in tagged.cues.within(colon + 1, end))


CONDITION_OPENERS = frozenset({"where", "when", "whenever", "wherever", "if"})  # "Where ..., the figure"
BELOW_GOOD = frozenset({"below", "under"})  # the first word of the grade "below Good" (grades.jsonl)

class FigureRules:
    def __init__(self, grade_window: int, negation_window: int, continuation_words: set[str] = frozenset(),
                 comparisons: set[tuple[str, ...]] = frozenset(), circumstances: set[str] = frozenset(),
                 ratings: set[str] = frozenset(), words: PolarityWords = PolarityWords(),
                 change_nouns: set[str] = frozenset(), opening_prepositions: set[str] = frozenset(),
                 clause_openers: set[str] = frozenset(), grade_links: set[str] = frozenset(),
                 coordinating_openers: set[str] = frozenset(), changed_units: set[str] = frozenset()):
        self.grade_window = grade_window
        self.negation_window = negation_window
        self.continuation_words = continuation_words
        self.comparisons = comparisons
        self.circumstances = circumstances  # themes of a figure's circumstance, kept on a context share
        self.ratings = {get_string_id(w) for w in ratings}  # "87% (Green)": a rating of the figure
        # "improved in five of the seven authorities": units a count of may count those that changed
        self.changed_units = {get_string_id(w) for w in changed_units}
        self.words = words  # what polarity.score reads beside the cues
        self.change_nouns = change_nouns  # "an improvement on last year": a strength that names a change
        # "In 5 of the 9 assessments, however, ...": a figure that opens its sentence in one of these
        # prepositions, before a connective set off by commas, has its measure after it
        self.opening_prepositions = {get_string_id(w) for w in opening_prepositions}
        # after a comma, these open a clause of its own: ", and 79% were ...", ", where timeliness has been weakest"
        self.clause_openers = {get_string_id(w) for w in clause_openers}
        self.grade_links = {get_string_id(w) for w in grade_links}  # "requires improvement in 17", "good for 8 of 18"
        # a coordinating word opens another clause ("..., but 3 were late"), which a grade does not cross
        self.coordinating_openers = {get_string_id(w) for w in coordinating_openers}

    def list_title_grade(self, doc: Doc, fig: Span, tagged: Tagged) -> tuple[Span | None, Span | None]:
        """(grade, qualifier) of a short list of "label  figure" lines under a title line that
        grades them ("PRACTICE AREAS (GOOD OR BETTER)" over "assessment  14/20" / "visits  16/20"):
        each line's figure has the title's grade. (None, None) for a figure not on such a line."""
        text = tagged.text
        start, end = line_bounds(text, fig.start_char)
        if not _LIST_LINE.match(text[start:end]) or text[fig.end_char:end].strip():
            return None, None
        for _ in range(_LIST_TITLE_REACH):  # up over the list's other lines to its title
            if start == 0:
                return None, None
            start, end = line_bounds(text, start - 1)
            if not _LIST_LINE.match(text[start:end]):
                break
        else:
            return None, None
        title = doc.char_span(start, end, alignment_mode="expand") if text[start:end].strip() else None
        if title is None or tagged.figures.within(title.start, title.end):
            return None, None
        for g in tagged.grades.within(title.start, title.end, {"GRADE"}):
            qual = self.qualifier(doc, g, tagged)
            if qual is not None:  # "(good or better)": a grade band titles the list, not praise
                return g, qual
        return None, None

    def rating_after(self, tagged: Tagged, fig: Span, hi: int, cues: list[Span]) -> tuple[Span, int] | None:
        """(cue, end token) of a rating word in brackets right after the figure ("87% (Green)"):
        it judges the figure, it is not what the figure measures. Without brackets the colour is
        what a count counts ("19 are rated Green, 9 Amber and 4 Red")."""
        i = fig.end
        if not (i + 2 < hi and tagged.orth[i] == _OPEN and tagged.orth[i + 2] == _CLOSE):
            return None
        cue = next((c for c in cues if c.start == i + 1 and len(c) == 1 and c.label_ in {"STRENGTH", "IMPROVEMENT"}
                    and tagged.lower[i + 1] in self.ratings), None)
        return None if cue is None else (cue, i + 3)

    def compares(self, doc: Doc, figs: list[Span], i: int) -> bool:
        """Is figure i another value of the measure of the figure before it in its sentence,
        introduced by a comparison ("62% in time, from 74% in June", "up from 44%",
        "compared with 81% a year ago")? Brackets and a period label may stand between
        ("down from (2018-19) 63%")."""
        if not i or not self.comparisons:
            return False
        j = figs[i].start
        while j > figs[i - 1].end and (doc[j - 1].is_space or doc[j - 1].text in {"(", ":", "the", "a"}):
            j -= 1
        words = tuple(t.lower_ for t in doc[max(figs[i - 1].end, j - 3):j])
        return any(words[len(words) - len(c):] == c for c in self.comparisons if len(c) <= len(words))

    def _bare(self, doc: Doc, fig: Span, lo: int, hi: int, figs: list[Span], sents) -> bool:
        """Does the figure stand among words that say nothing of what it measures? Words of a
        rise, fall or comparison ("remains below") and of a target or benchmark ("the service's
        ambition of") say how it compares, not what it measures; numbers in words ("the two
        teams") name no measure either."""
        info = fig._.figure
        said = [(a, b) for a, b, _d in info.get("trends", [])] + [f._.figure["kind_cue"] for f in figs if f._.figure.get("kind_cue")]
        for t in doc[lo:hi]:
            if fig.start <= t.i < fig.end or not t.is_alpha or t.lower_ in self.continuation_words or t.like_num:
                continue
            if any(a <= t.i < b for a, b in said):
                continue
            if (t.is_title or t.is_upper) and t.i != sents.start(t.i):  # a name: "Quarter", "North Team"
                continue
            if t.lower_ == "of" and t.i + 1 < len(doc) and doc[t.i + 1].like_num:  # "of 2021/22"
                continue
            return False
        return True

    # --- grades ------------------------------------------------------------------------
    def in_grading_context(self, doc: Doc, g: Span, tagged: Tagged) -> bool:
        """Is this "Good" a grade ("graded 'Good'", "Good or above", "RI"), not just praise?"""
        if in_grade_move(doc, g.start, g.end):
            return False  # "three were moved up, from 'RI' to 'good'": the ends of a move, no share's grade
        sent_start = tagged.sents.start(g.start)
        if tagged.grades.within(max(sent_start, g.start - 4), g.start, {"GRADING"}) or self.qualifier(doc, g, tagged):
            return True
        copula = tagged.grades.within(max(sent_start, g.start - 2), g.start, {"COPULA"})
        if copula and all(t.text in QUOTES for t in doc[copula[-1].end:g.start]):
            return True  # "6 were Inadequate", "was 'Good'"
        before = doc[g.start - 1].text if g.start > 0 else ""
        if before in QUOTES or g[0].text == "RI":
            return True
        if self._judged_to_be(doc, g, tagged, sent_start) or self._judged_object(doc, g, tagged, sent_start):
            return True
        if self._bracketed(doc, g, tagged):
            return True
        end = (self.qualifier(doc, g, tagged) or g).end
        if tagged.grades.within(end, end + 1, {"GRADED_UNIT"}):
            return True  # "Inadequate audits made up 11 per cent", "Good or better audits"
        if g.id_ not in PRAISE_GRADES and tagged.grades.within(end, end + 1, {"PRACTICE_UNIT"}):
            return True  # "Outstanding practice was found in 4%" (while "Good practice was seen" is praise)
        if g.start != sent_start and (g[0].is_title or g[0].is_upper):
            return True
        if self._names_line_figure(doc, g, tagged):
            return True
        return self._in_series(doc, g, tagged)

    def _names_line_figure(self, doc: Doc, g: Span, tagged: Tagged) -> bool:
        """A slide's big number and the grade it counts, alone on their lines or run into one
        ("8%" over "inadequate ↓ from 11%", "8% inadequate ↓"): the figure opens its line, the
        grade follows it with nothing between, and no word follows the grade on its line."""
        j = g.start
        while j > 0 and doc[j - 1].is_space:
            j -= 1
        fig = next((f for f in tagged.figures.within(max(0, j - 6), j) if f.end == j), None)
        if fig is None:
            return False
        text = doc_text(doc)
        head = text[text.rfind("\n", 0, doc[fig.start].idx) + 1:doc[fig.start].idx].strip()
        if head and not (len(head) == 1 and not head.isalnum()):  # nothing but a bullet before it
            return False
        end = (self.qualifier(doc, g, tagged) or g).end
        k = end
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        return k >= len(doc) or "\n" in doc[k].text or not (doc[k].is_alpha or doc[k].like_num)

    @staticmethod
    def _judged_to_be(doc: Doc, g: Span, tagged: Tagged, sent_start: int) -> bool:
        """"judged the care plan to be of good quality", "rated their work to be good": a
        grading verb, its object, then "to be (of)" right before the grade."""
        words = [t.lower_ for t in doc[max(sent_start, g.start - 3):g.start]]
        if not (words[-2:] == ["to", "be"] or words[-3:] == ["to", "be", "of"]):
            return False
        return bool(tagged.grades.within(max(sent_start, g.start - JUDGED_REACH), g.start - 2, {"GRADING"}))

    def _bracketed(self, doc: Doc, g: Span, tagged: Tagged) -> bool:
        """"67% (good), 22% (outstanding)": a grade alone in brackets right after its figure."""
        end = (self.qualifier(doc, g, tagged) or g).end
        if not (g.start >= 2 and doc[g.start - 1].text == "(" and end < len(doc) and doc[end].text == ")"):
            return False
        return any(f.end == g.start - 1 for f in tagged.figures.within(max(0, g.start - 12), g.start - 1))

    def _judged_object(self, doc: Doc, g: Span, tagged: Tagged, sent_start: int) -> bool:
        """"judged the partnership's response good in 8 of the 18 cases": a grading verb, its
        object, then the grade right before "in" / "for" and the figure it grades, in one clause."""
        if not self._grade_then_figure(doc, g, tagged, starts_within=2, ends_within=12):
            return False
        verbs = tagged.grades.within(max(sent_start, g.start - JUDGED_REACH), g.start - 1, {"GRADING"})
        return any(doc[v.start].lower_.endswith("ed") and not self._clause_break(tagged, v.end, g.start)
                   and not tagged.figures.within(v.end, g.start) for v in verbs)

    def _in_series(self, doc: Doc, g: Span, tagged: Tagged) -> bool:
        """A grade right before or after the figure it grades, after a grade in grading context
        in its sentence: "judged good or better in 11/18 cases and requires improvement in 7/18",
        "21 were graded good or outstanding, 17 requires improvement and 4 inadequate"."""
        graded_after = self._grade_in_figure(doc, g, tagged)
        sent_start = tagged.sents.start(g.start)
        start = g.start
        while start > sent_start and doc[start - 1].is_space:
            start -= 1
        graded_before = any(f.end == start for f in tagged.figures.within(max(sent_start, start - 8), start))
        if not (graded_after or graded_before):
            return False
        earlier = tagged.grades.within(sent_start, g.start, {"GRADE"})
        if graded_after and any(self._grade_in_figure(doc, e, tagged) for e in earlier):
            return True  # "good or outstanding in 27 (56%), requires improvement in 17 and inadequate in 4"
        return any(tagged.grades.within(max(sent_start, e.start - 4), e.start, {"GRADING"})
                   or self._judged_object(doc, e, tagged, sent_start) or self._bracketed(doc, e, tagged) for e in earlier)

    def _grade_in_figure(self, doc: Doc, g: Span, tagged: Tagged) -> bool:
        """Is the grade followed by "in" or "for" and a figure ("requires improvement in 17")?"""
        return self._grade_then_figure(doc, g, tagged, starts_within=4, ends_within=5)  # "in 17", "in 27 (56%)"

    def _grade_then_figure(self, doc: Doc, g: Span, tagged: Tagged, starts_within: int, ends_within: int) -> bool:
        """Does a grade link word ("in", "for") follow the grade (with its qualifier), then a figure
        starting within ``starts_within`` tokens of the word and ending within ``ends_within``?"""
        end = (self.qualifier(doc, g, tagged) or g).end
        if not (end < len(doc) and tagged.lower[end] in self.grade_links):
            return False
        return any(f.start <= end + starts_within for f in tagged.figures.within(end + 1, min(len(doc), end + ends_within)))

    def _touches(self, doc: Doc, g: Span, fig: Span, tagged: Tagged) -> bool:
        """Does the grade (with its qualifier) stand right before the figure, only spaces or a
        colon between ("Good 48%", "Requires improvement: 33%")?"""
        end = (self.qualifier(doc, g, tagged) or g).end
        return end <= fig.start and all(t.is_space or t.text == ":" for t in doc[end:fig.start])

    def _labels(self, doc: Doc, g: Span, fig: Span, tagged: Tagged) -> bool:
        """A grade that labels the figure right after it: "Good 81%", "Good or above: 56%"."""
        end = (self.qualifier(doc, g, tagged) or g).end
        if end <= fig.start and not tagged.words(end, fig.start):
            return True
        # "Requires Improvement 14 (47%)", "Inadequate: 2 (7%)": the grade, its count, the share in brackets
        between = [t for t in doc[end:fig.start] if not t.is_space]
        if between and between[0].text in {":", "-", "–", "—"}:
            between = between[1:]
        return [t.text for t in between[1:]] == ["("] and between[0].is_digit

    @staticmethod
    def qualifier(doc: Doc, g: Span, tagged: Tagged) -> Span | None:
        if g[-1].text.endswith("+"):  # slide shorthand "Good+": good or above
            return Span(doc, g.end - 1, g.end, label="QUALIFIER", span_id="or_above")
        if g[0].lower_ in BELOW_GOOD:  # "graded below Good": requires improvement or below
            return Span(doc, g.start, g.start + 1, label="QUALIFIER", span_id="or_below")
        for q in tagged.grades.within(g.end, min(len(doc), g.end + 3), {"QUALIFIER"}):
            if all(t.is_punct for t in doc[g.end:q.start]):
                return q
        return None

    def grade_for(self, doc: Doc, fig: Span, lo: int, hi: int, tagged: Tagged) -> tuple[Span | None, Span | None, str | None]:
        """(grade, qualifier, how): how is "after", "before" or "loose"."""
        reach = min(hi, fig.end + self.grade_window)
        if fig._.figure.get("rule", "").startswith("figure:count_lead_in"):
            # "For 13 children the response required improvement and ...": the count opens a clause
            # whose predicate is the grade, in grading context or not
            cut = next((t for t in range(fig.end, reach) if tagged.lower[t] == _AND or tagged.orth[t] in _LIST_BREAKS), reach)
            own = tagged.grades.within(fig.end, cut, {"GRADE"})
            if own:
                return own[0], self.qualifier(doc, own[0], tagged), "after"
        semicolon = next((i for i in range(fig.end, reach) if tagged.orth[i] == _SEMICOLON), None)
        # a grade inside what a count in words is out of ("Two of the six inadequate audits came from
        # ...") names the total, not the count
        counted = self._counted_phrase(doc, fig, reach) if fig.label_ == "COUNT_OF" else fig.end
        if counted > fig.end and tagged.grades.within(max(lo, fig.start - 2), fig.start, {"GRADING"}):
            # "judged 22 of the 40 assessments good, 14 as ...": the grade right after what a graded
            # count counts is its grade
            own = [g for g in tagged.grades.within(counted, min(len(doc), counted + 3), {"GRADE"}) if g.start == counted]
            if own:
                return own[0], self.qualifier(doc, own[0], tagged), "after"
        after = [g for g in tagged.grades.within(fig.end, semicolon or reach, {"GRADE"})
                 if g.start >= counted and self.in_grading_context(doc, g, tagged)]
        before = [g for g in tagged.grades.within(max(lo, fig.start - self.grade_window), fig.start, {"GRADE"})
                  if (self.in_grading_context(doc, g, tagged) or self._labels(doc, g, fig, tagged))
                  and not self._praise_before_measure(doc, g, fig, tagged)]
        if hi < len(doc) and any(f.start == hi for f in tagged.figures.within(hi, min(len(doc), hi + 12))):
            # "judged RI in 40% of cases and judged to be good in 48%": "good in" 48% is 48%'s grade
            after = [g for g in after if not (0 < hi - (self.qualifier(doc, g, tagged) or g).end <= 2 and all(
                t.lower_ in {"in", "for", "at", "of"} for t in doc[(self.qualifier(doc, g, tagged) or g).end:hi]))]
        # "Outstanding 4% · Good 48%": a grade written right before its figure labels it, and the
        # grade after a separator labels the next figure
        label = before[-1] if before and self._touches(doc, before[-1], fig, tagged) else None
        for g in after:
            if self._clause_break(tagged, fig.end, g.start):
                continue  # "up from 44% in quarter 1, and the proportion rated inadequate": not 44%'s grade
            if label is not None and any(not t.is_space for t in doc[fig.end:g.start]):
                break
            if not tagged.words(fig.end, g.start) or tagged.grades.within(fig.end, g.start, {"GRADING", "COPULA"}):
                return g, self.qualifier(doc, g, tagged), "after"
        if before:
            return before[-1], self.qualifier(doc, before[-1], tagged), "before"
        if after:
            return after[0], self.qualifier(doc, after[0], tagged), "loose"
        return None, None, None

    def _praise_before_measure(self, doc: Doc, g: Span, fig: Span, tagged: Tagged) -> bool:
        """"Timeliness of visits ... is good (94 % within timescale)": an everyday "good" said of a
        subject, then a bracket that opens with the figure and names its own measure (a judged
        attribute before the bracket closes): the word judges, it grades no share."""
        if g.id_ not in PRAISE_GRADES or self.qualifier(doc, g, tagged) is not None:
            return False
        sent_start = tagged.sents.start(g.start)
        if tagged.grades.within(max(sent_start, g.start - 4), g.start, {"GRADING"}):
            return False  # "rated good (52% of cases)": a grade
        if not (fig.start == g.end + 1 and tagged.orth[g.end] == _OPEN):
            return False
        close = next((t for t in range(fig.end, min(len(doc), fig.end + 12)) if tagged.orth[t] == _CLOSE), None)
        return close is not None and bool(tagged.cues.within(fig.end, close, ATTRIBUTES))

    def _clause_end(self, tagged: Tagged, start: int, end: int) -> int:
        """Where the clause that runs from ``start`` ends: a semicolon or ", and" / ", but" (else ``end``)."""
        lower, orth = tagged.lower, tagged.orth
        return next((i for i in range(start, end) if orth[i] == _SEMICOLON or lower[i] in self.coordinating_openers
                     and i > start and orth[i - 1] == _COMMA), end)

    def _clause_break(self, tagged: Tagged, start: int, end: int) -> bool:
        """Does a new clause open in [start, end) (", and", ", but", ", while", ", whereas")?"""
        lower, orth = tagged.lower, tagged.orth
        return any(lower[i] in self.coordinating_openers and orth[i - 1] == _COMMA for i in range(start + 1, end))

    def sentence_grades(self, doc: Doc, sent: Span, figs: list[Span], tagged: Tagged) -> list[tuple]:
        """(grade, qualifier) per figure of a sentence, shared across elliptical figures."""
        found = [self.grade_for(doc, fig, *bounds(sent, figs, i), tagged) for i, fig in enumerate(figs)]
        out = [(g, q) for g, q, _how in found]
        graded_apart = lambda a, b: bool(tagged.grades.within(a.end, b.start, {"GRADING", "GRADE"}))  # noqa: E731
        for i in range(1, len(found)):
            if out[i][0] is None and found[i - 1][2] == "before" and not graded_apart(figs[i - 1], figs[i]):
                out[i] = out[i - 1]
        for i in range(len(found) - 2, -1, -1):
            if out[i][0] is None and found[i + 1][2] == "after" and not graded_apart(figs[i], figs[i + 1]):
                out[i] = out[i + 1]
        return out

    def _own_cues(self, doc: Doc, fig: Span, i: int, lo: int, hi: int, cues: list[Span], trends: list,
                  tagged: Tagged) -> list[Span]:
        """The cues that say what the figure measures: not a rise, fall or comparison, nor
        across a contrast ("clearly, yet in 7 of the 16 cases they were not circulated") or a
        clause break ("87% were held in time, and 79% were up to date": "in time" is the 87%'s;
        "in only 58% of cases, and this has not yet improved"; "91% last quarter – two teams
        carrying vacancies"); after a colon, the figure's own words win over the lead-in's
        ("Placement stability has improved: 9% had three or more moves"; "scores were rarely
        used: a repeat profile was on file for one in four")."""
        orth, lower = tagged.orth, tagged.lower
        terminators = [c.start for c in cues if c.label_ == "TERMINATOR"
                       and not self._parenthetical(doc, fig, lo, c, cues, tagged)]
        if i:  # the last list break before the figure
            last = next((t for t in range(fig.start - 1, lo - 1, -1) if orth[t] in _LIST_BREAKS or lower[t] == _AND), None)
            terminators += [] if last is None else [last]
        else:  # a semicolon before the first figure ends the clause before it ("... what must change; only 11 of the 28")
            last = next((t for t in range(fig.start - 1, lo - 1, -1) if orth[t] == _SEMICOLON), None)
            terminators += [] if last is None else [last]
        first = next((t for t in range(fig.end, hi)  # the first clause break after it
                      if orth[t] in _CLAUSE_BREAKS or lower[t] in self.clause_openers and orth[t - 1] == _COMMA
                      or orth[t] == _HYPHEN and doc[t].whitespace_ and doc[t - 1].whitespace_), None)  # a spaced dash
        terminators += [] if first is None else [first]
        # cues past a circumstance after the figure say when, not what ("reviewed after a further missing episode")
        # a quantity the figure counts out of ("in 17 of the 20 planned moves", "a third of the unplanned
        # moves") names the population, not what is measured of it
        counted = FigureRules._counted_phrase(doc, fig, hi)
        # (what counted things "were about" is a breakdown only right after them: "a quarter of challenges
        # were about drift", not "in 12 of the cases the plan was about tasks")
        circumstance = next((c.start for c in cues if c.label_ == "CIRCUMSTANCE" and c.start >= fig.end
                             and (doc[c.end - 1].lower_ != "about" or c.start == counted)), None)
        # ... and so does a grade in it ("two of the six inadequate audits")
        graded = {t for g in tagged.grades.within(fig.end, counted, {"GRADE"}) for t in range(g.start, g.end)}
        # ... and a header word it counts ("7 of the 12 recommendations had been implemented") heads no list
        cues = [c for c in cues if not (fig.end <= c.start and c.end <= counted and (
            c.label_ == "LESS_BETTER" or c.label_ in HEADERS or graded and all(t in graded for t in range(c.start, c.end))))]
        own = [c for c in cues if not (trends and any(a < c.end and c.start < b for a, b, _d in trends))
               and not (terminators and any(c.end <= t < fig.start or fig.end <= t < c.start for t in terminators))
               and (circumstance is None or c.start <= circumstance)]
        colon = next((t for t in range(lo, fig.start) if orth[t] == _COLON), None)
        dash = self._lead_dash(doc, tagged, lo, fig.start)
        if colon is not None and any(c.start > colon and c.label_ in ATTRIBUTES | {"LESS_BETTER", "DONE"} for c in own):
            # ... on either side of the figure ("were rarely used: a repeat profile was on file for one in four")
            own = [c for c in own if c.start > colon]
        elif dash is not None and any(c.start >= fig.end and c.label_ in ATTRIBUTES | {"LESS_BETTER"} for c in own):
            # "Chronologies kept up to date – three of the six had gaps of more than six months": a
            # list item's lead, a spaced dash, then the figure's own clause, which says what it measures
            own = [c for c in own if c.start > dash]
        elif colon is not None and (verb := judged_lead_in(tagged, lo, colon)) is not None:
            own = [c for c in own if not verb <= c.start < colon]  # the lead-in's judgement is its own finding
        condition = self._opening_condition(doc, lo, fig.start)
        if condition is not None:
            own = [c for c in own if not condition[0] <= c.start < condition[1]]
        return own

    @staticmethod
    def _lead_dash(doc: Doc, tagged: Tagged, lo: int, start: int) -> int | None:
        """The last spaced dash between ``lo`` and the figure's start ("lead – three of the six"), or None."""
        return next((t for t in range(start - 1, lo - 1, -1)
                     if tagged.orth[t] == _HYPHEN and doc[t].whitespace_ and t > 0 and doc[t - 1].whitespace_), None)

    @staticmethod
    def _opening_condition(doc: Doc, lo: int, fig_start: int) -> tuple[int, int] | None:
        """(start, comma) of a condition that opens the figure's sentence before it ("Where an
        enquiry found harm but no conference was held, the reason was recorded in two of the
        five"): it names the cases the figure is of, and its words judge nothing of it."""
        first = next((t for t in range(lo, fig_start) if doc[t].is_alpha), None)
        if first is None or doc[first].lower_ not in CONDITION_OPENERS:
            return None
        comma = next((t for t in range(first + 1, fig_start) if doc[t].text == ","), None)
        return None if comma is None else (first, comma)

    def _parenthetical(self, doc: Doc, fig: Span, lo: int, cue: Span, cues: list[Span], tagged: Tagged) -> bool:
        """Is a contrast word after the figure a connective set off by commas, with the figure
        only a prepositional phrase before it ("In 6 of the 20 cases, however, the plan was not
        updated")? Then the contrast is with the sentence before, and the clause after it is
        what the figure measures. Not when the figure has a predicate of its own before the
        contrast ("Plans were updated in 14 of the 20, however, ...")."""
        orth = tagged.orth
        if not (fig.end <= cue.start and cue.start > 0 and orth[cue.start - 1] == _COMMA
                and cue.end < len(doc) and orth[cue.end] == _COMMA):
            return False
        if fig.start - lo != 1 or tagged.lower[lo] not in self.opening_prepositions:
            return False
        return not any(fig.end <= c.start < cue.start for c in cues
                       if c.label_ in {"STRENGTH", "IMPROVEMENT", "WEAK_STRENGTH", "NEGATION"})

    @staticmethod
    def _counted_phrase(doc: Doc, fig: Span, hi: int) -> int:
        """End of the noun phrase a figure counts out of, right after it ("17 of the 20 | planned
        moves", "a third of | the unplanned moves"): up to two modifiers and a plural noun; the
        figure's end when none follows."""
        i = fig.end
        if fig.end <= fig.start:
            return fig.end
        last = doc[fig.end - 1]
        if last.lower_ != "of":  # "17 of the 20 | planned moves", "12% of | moves"
            if i < hi and doc[i].lower_ == "of" and not last.like_num:
                i += 1
            elif not last.like_num:
                return fig.end
        if i < hi and doc[i].lower_ in {"the", "all", "these", "those"}:
            i += 1
        for k in range(i, min(hi, i + 3)):
            t = doc[k]
            if not t.is_alpha or t.lower_ in {"and", "or", "were", "was", "had", "in", "of"}:
                break
            if t.lower_.endswith("s"):
                return k + 1
        return fig.end

    @staticmethod
    def _clause(tagged: Tagged, figs: list[Span], i: int, lo: int, hi: int) -> tuple[int, int]:
        """The figure's own clause within its range, for its teams: "Seven ... were on child protection
        plans and three were open to Early Help" gives Early Help to the three only (where the clause
        names no team, the figure's whole range is read)."""
        lower, orth = tagged.lower, tagged.orth
        if i:  # after the last "and", "," or ";" before the figure
            cut = next((t for t in range(figs[i].start - 1, lo - 1, -1) if lower[t] == _AND or orth[t] in _LIST_BREAKS), None)
            lo = cut + 1 if cut is not None else lo
        if i + 1 < len(figs):  # up to the first "and" or ";" after it
            cut = next((t for t in range(figs[i].end, hi) if lower[t] == _AND or orth[t] == _SEMICOLON), None)
            hi = cut if cut is not None else hi
        return lo, hi

    def _counts_changed(self, doc: Doc, fig: Span, trends: list) -> bool:
        """Is the figure a count of units ("of the seven authorities") that got better or worse
        ("improved", "worsened"): a word of quality, not a bare rise or fall?"""
        if fig.label_ != "COUNT_OF" or fig.end >= len(doc) or doc[fig.end].orth not in self.changed_units:
            return False
        return any(t.lower_ in _QUALITY_CHANGES for a, b, _d in trends[:1] for t in doc[a:b])

    def _sampling(self, tagged: Tagged, fig: Span, lo: int, hi: int) -> bool:
        """Does the figure's clause (from the last semicolon before it to the clause's end) say
        how the sample was drawn ("Two of the 40 were excluded")?"""
        start = next((t + 1 for t in range(fig.start - 1, lo - 1, -1) if tagged.orth[t] == _SEMICOLON), lo)
        return bool(tagged.cues.within(start, self._clause_end(tagged, fig.end, hi), {"SAMPLING"}))

    @staticmethod
    def _arrowed(doc: Doc, fig: Span) -> bool:
        """Does a trend arrow stand right before the figure ("↑ 9 points", "▼3 pts")?"""
        j = fig.start
        while j > 0 and doc[j - 1].is_space:
            j -= 1
        return j > 0 and doc[j - 1].text in TREND_ARROWS or fig[0].text in TREND_ARROWS

    @staticmethod
    def _compared(carried: dict | None, previous: dict | None, earlier: list[Span]) -> dict | None:
        """The graded figure a target or benchmark compares with: the continued one, else the
        judged figure of the sentence before when no result of its own sentence comes first."""
        source = carried or (None if any(f._.figure["kind"] == "result" for f in earlier) else previous)
        return source if source and source["grade"] else None

    # --- findings ------------------------------------------------------------------------
    def findings(self, doc: Doc, sent: Span, tagged: Tagged, base: dict, previous: dict | None = None,
                 list_mode: str | None = None, section_theme: str | None = None) -> list[dict]:
        """Findings of the figures of one sentence; ``previous`` is the judged figure of the
        sentence before, ``list_mode`` the polarity of a list header the sentence stands under,
        ``section_theme`` the theme of a section about one subject ("Voice of the child"), which
        a judged figure that names no theme of its own measures."""
        figs = tagged.figures.within(sent.start, sent.end)
        if not figs or tagged.cues.within(sent.start, sent.end, {"PROCEDURE"}):
            return []  # "Of the 11 actions on the log, 8 had been completed": the meeting's own procedure
        out = []
        prefix_teams = tagged.teams.labels_within(sent.start, figs[0].start)
        # a target, benchmark or change is about what the sentence's result figure measures
        # (read only for those: most sentences hold results alone)
        result_themes = sorted({th for i, f in enumerate(figs) if f._.figure["kind"] == "result"
                                for th in tagged.themes.labels_within(*bounds(sent, figs, i))}) \
            if any(f._.figure["kind"] != "result" for f in figs) else []
        previous_measure, carried, before, judgement = None, None, None, None  # the figure before and its change
        for i, (fig, (grade, qual)) in enumerate(zip(figs, self.sentence_grades(doc, sent, figs, tagged))):
            lo, hi = bounds(sent, figs, i)
            if self._sampling(tagged, fig, lo, hi):
                continue  # "Two of the 40 were excluded because ...": how the sample was drawn
            if fig.label_ == "RANGE" and i + 1 < len(figs) and figs[i + 1].label_ == "RANGE" and figs[i + 1].start == fig.end:
                hi = bounds(sent, figs, i + 1)[1]  # "4%-10% of records had ...": both ends measure the same
            elif (i + 1 < len(figs) and (fig[0].lower_ == "between" or fig.start > sent.start and doc[fig.start - 1].lower_ == "between")
                  and figs[i + 1].start == fig.end + 1 and doc[fig.end].lower_ == "and"):
                hi = bounds(sent, figs, i + 1)[1]  # "Between 18% and 24% of children were waiting ...": a range
            info = fig._.figure
            if grade is None and info["kind"] == "result":
                grade, qual = self.list_title_grade(doc, fig, tagged)
            vague = tagged.vague.within(lo, hi)
            cues = [c for c in tagged.cues.within(lo, hi) if not any(v.start <= c.start < v.end for v in vague)]
            # a rise/fall word is a trend only where no longer cue or grade holds it ("up to date", "or above")
            # (a strength that names the change itself, "an improvement on last year", holds none)
            holders = [c for c in cues if c.label_ != "NEGATION" and len(c) > 1 and not (
                c.label_ == "STRENGTH" and any(t.lower_ in self.change_nouns for t in c))] + tagged.grades.within(lo, hi) \
                if info.get("trends") else []  # read only to drop trends
            trends = [(a, b, d) for a, b, d in info.get("trends", []) if lo <= a and b <= hi and not any(
                h.start <= a and b <= h.end and len(h) > b - a for h in holders)]
            rating = self.rating_after(tagged, fig, hi, cues)
            own = self._own_cues(doc, fig, i, lo, hi, [c for c in cues if rating is None or c is not rating[0]],
                                 trends, tagged)
            measured = score(own, self.negation_window, self.words, near=fig)
            rest = info.get("rule", "").endswith(REST_RULE)
            if measured.label is None and previous_measure and not grade and not rest:
                measured = previous_measure  # "health taking part in 8 out of 16 and education in 5 out of 16"
            previous_measure = measured if measured.label else None
            grade_key = grade.id_ if grade is not None else None
            qual_key = qual.id_ if qual is not None else None
            # "improved by 5%", "fell by 5%" judge; "increased by 5.8%" says only which way
            nearest = info.get("trends", [])[:1]
            trend_words = [c for c in tagged.cues.within(sent.start, sent.end) if c.label_ in {"STRENGTH", "IMPROVEMENT"}
                           and any(c.start < b_ and a_ < c.end for a_, b_, _d in nearest)] if nearest else []
            polarity, step = self.polarity(info, grade_key, qual_key, measured, evaluative=bool(trend_words))
            if info.get("rule", "").endswith("answer_count_pair") and info["kind"] == "result":
                polarity, step = ANSWER_POLARITY  # "Yes 16  No 2": the cases that met the question's standard
            if (step == "no judgement" and not grade_key and info["kind"] == "result" and fig.start > 0
                    and tagged.lower[fig.start - 1] == _ONLY and tagged.cues.within(lo, hi, {"PRACTICE"})):
                # "Only one in four records said what the child did": too few of a practice done (not
                # "only 19 of the 61 practices replied", a response rate)
                polarity, step = "strength", "after 'only': too few of what it counts"
            if rest and step == "no judgement" and not grade_key and info["kind"] == "result":
                # "in 15 of the 20; in the remaining five it took up to a month": the rest of a judged count
                polarity, step = rest_polarity(before if before is not None else previous, polarity, step)
            compared = (before is not None and info["kind"] == "result" and before["figure_kind"] == "result"
                        and self.compares(doc, figs, i))
            if compared:  # "has dropped to 62% in time, from 74% in June": the 74% measures what the 62% does
                grade_key, qual_key, polarity = before["grade"], before["grade_qualifier"], before["polarity"]
                step = "compared with the figure before"
            elif (polarity == "neutral" and not grade_key and info["kind"] == "result" and measured.label is None
                    and (carried or previous)
                    and self._bare(doc, fig, lo, self._clause_end(tagged, fig.end, hi), figs, tagged.sents)):
                # "This is an increase from 79% last year and 75% in 2020"; "In the spring round the figure
                # was 52%, so we are heading the right way": the clause after ", so" is no measure of it
                carried = carried or previous
                grade_key, qual_key, polarity = carried["grade"], carried["grade_qualifier"], carried["polarity"]
                step = "continues the figure before"
            elif (info["kind"] == "change" and fig.label_ == "POINTS" and not grade_key and measured.label is None
                    and (carried or previous) and (carried or previous)["grade"]
                    and self._bare(doc, fig, lo, self._clause_end(tagged, fig.end, hi), figs, tagged.sents)):
                # "This is 9 percentage points higher than last year": a change of the graded share before
                source = carried or previous
                grade_key, qual_key = source["grade"], source["grade_qualifier"]
                polarity, _step = self.polarity(info, grade_key, qual_key, measured, evaluative=True)
                step = "change of the graded figure before"
            elif (info["kind"] == "change" and fig.label_ == "POINTS" and not grade_key and measured.label is None
                    and info["direction"] and not carried and previous and previous["figure_kind"] == "result"
                    and previous["polarity"] in GRADE_SIDES and self._arrowed(doc, fig)
                    and self._bare(doc, fig, lo, self._clause_end(tagged, fig.end, hi), figs, tagged.sents)):
                # a slide's "Up to date in 58%" over "↑ 9 points since January": the arrow says which
                # way the judged share before went, for better when what it measures is good
                good = 1 if previous["polarity"] == "strength" else -1
                polarity = "strength" if info["direction"] * good > 0 else "improvement"
                step = "arrowed change of the judged figure before"
            elif (info["kind"] in {"target", "benchmark"} and not grade_key and self._compared(carried, previous, figs[:i])
                  and self._bare(doc, fig, lo, hi, figs, tagged.sents)):
                # "This is up from 46% ... but remains below the service's ambition of 65%": a graded target
                source = self._compared(carried, previous, figs[:i])
                grade_key, qual_key = source["grade"], source["grade_qualifier"]
            elif (polarity == "neutral" and not grade_key and list_mode in GRADE_SIDES and info["kind"] == "result"
                  and measured.label is None and not measured.case_feature
                  and not tagged.cues.within(lo, hi, {"LIFE_EVENT"})):
                # under an improvement header a figure with no words of its own counts the practice
                # the item asks for ("Even better if: ... This happened in only 3 of the 8 step-downs")
                polarity, step = "strength", f"list header ({list_mode}): what it counts"
            teams = tagged.teams.labels_within(*self._clause(tagged, figs, i, lo, hi)) or tagged.teams.labels_within(lo, hi) or prefix_teams
            if compared:
                teams = list(before["teams"])  # the same measure; a team of its own words goes to the change
                if judgement is not None:
                    judgement["teams"] = sorted(set(judgement["teams"]) | set(tagged.teams.labels_within(lo, hi)))
            ev = evidence(doc, lo, hi, tagged.text) or (fig.start_char, fig.end_char, fig.text)
            themes = set(tagged.themes.labels_within(lo, hi))
            if info["kind"] != "result":
                themes.update(result_themes)
            named = [] if grade_key else sorted(themes)  # a graded share names no theme
            # nor does a result that judges nothing (a context share); a judgement of it may
            if polarity == "neutral" and info["kind"] == "result":
                themes = [th for th in named if th in self.circumstances]
            else:
                themes = named
            if not themes and not grade_key and section_theme and info["kind"] == "result" and polarity != "neutral":
                themes = [section_theme]
            if step == "continues the figure before":
                themes = list(carried["themes"])
            elif compared:
                themes = list(before["themes"])
            out.append(record(
                base, ev, rule=f"{info['rule']}|{step}", polarity=polarity, teams=teams, themes=themes,
                value=info["value"], figure_kind=info["kind"], count=info.get("count"),
                denominator=info.get("denominator"), grade=grade_key, grade_qualifier=qual_key,
                measure=carried["measure"] if step == "continues the figure before" else before["measure"] if compared
                else measure(doc, fig, grade, qual, hi, tagged.text),
            ))
            before, judgement = out[-1], None if not compared else judgement
            if rating is not None:  # "72% (Amber)": the rating's own finding, about what the figure measures
                cue, end = rating
                side = "strength" if cue.label_ == "STRENGTH" else "improvement"
                out.append(record(base, (fig.start_char, doc[end - 1].idx + len(doc[end - 1]), doc[fig.start:end].text),
                                  rule=f"figure:rating|cue '{cue.text}'", polarity=side, teams=teams,
                                  themes=sorted(set(tagged.themes.labels_within(lo, hi)))))
            if (info["kind"] == "result" and trends and not grade_key and not compared
                    and self._counts_changed(doc, fig, trends)):
                # "Risk analysis improved in five of the seven authorities": the count is of the change
                out[-1]["polarity"] = "strength" if trends[0][2] > 0 else "improvement"
                out[-1]["themes"] = named  # a judged count names what it judges
                out[-1]["rule"] = f"{info['rule']}|counts units that {doc[trends[0][0]:trends[0][1]].text}"
                continue
            if info["kind"] == "result" and trends and not measured.case_feature:
                sign = -1 if polarity == "improvement" else 1
                judged = "strength" if trends[0][2] * sign > 0 else "improvement"
                a, b, d = trends[0]
                if d < 0 and b <= fig.start and self._clause_break(tagged, b, fig.start):
                    # a fall or weakness in a clause of its own before the figure judges, not changes, it:
                    # "The Leaving Care files were weaker on planning, and in 5 of the 12 the plan was a
                    # year old" is a weakness, not a fall of the 5 of 12 (real21)
                    judged = "improvement"
                out.append(record(base, ev, rule="figure:judgement", polarity=judged, teams=teams, themes=themes or named))
                judgement = out[-1]
            elif info["kind"] == "result" and polarity == "strength" and not grade_key \
                    and (scarce := self._scarcity(tagged, lo, hi)) is not None:
                # "SMART in a minority of cases (22/64)": a strength of too few cases, judged so in the
                # text (a finding of its own beside the figure's)
                out.append(record(base, ev, rule=f"figure:judgement|scarcity '{scarce}'", polarity="improvement",
                                  teams=teams, themes=themes or named))
        return out

    @staticmethod
    def _scarcity(tagged: Tagged, lo: int, hi: int) -> str | None:
        """The words that call a strength figure's cases too few: a scarcity cue in the figure's
        clause ("in a minority of cases (22/64)"); else None. A bare "only" before the figure ("Only
        26 of the 80 files") is no judgement of its own (the holdout set's convention)."""
        for c in tagged.cues.within(lo, hi):
            if c.label_ == "SCARCITY":
                return c.text
        return None

    @staticmethod
    def polarity(info: dict, grade: str | None, qualifier: str | None, measured: Polarity,
                 evaluative: bool = True) -> tuple[str, str]:
        """(polarity, the step that decided it). Targets and benchmarks are neutral; a change
        goes the way it states, for better when the measure is good, and a bare rise or fall
        of a population judges nothing; a graded share follows its grade; else what it
        measures (a population or context share is neutral)."""
        kind = info["kind"]
        label = measured.label
        if kind in {"target", "benchmark"}:
            return "neutral", kind
        if kind == "change":
            # a rise in a population judges nothing unless a strong cue says what is measured
            if grade is None and (measured.population and not measured.decided or label is None and not evaluative):
                return "neutral", "change of a quantity"
            sign = 1 if grade is None else (1 if grade_polarity(grade, qualifier) == "strength" else -1)
            if grade is None and label == "improvement" and info["direction"] == 0:
                sign = -1
            direction = info["direction"] or (1 if label == "strength" else -1 if label == "improvement" else 0)
            value = direction * sign
            return ("strength" if value > 0 else "improvement" if value < 0 else "neutral"), "change"
        if grade:
            return grade_polarity(grade, qualifier), "grade"
        if measured.case_feature:
            return "neutral", "describes the children"
        return (label, measured.step) if label else ("neutral", "no judgement")


def rest_polarity(completed: dict | None, polarity: str, step: str) -> tuple[str, str]:
    """(polarity, step) of "the remaining five" / "the other 16", a count that completes a total with
    the judged count before it and says nothing of its own: the opposite side of that count (the
    rest of the visits in time were not in time), else what it had."""
    side = completed["polarity"] if completed is not None and completed.get("value") is not None else None
    if side not in OPPOSITE:
        return polarity, step
    return OPPOSITE[side], f"the rest of {'an' if side[0] == 'i' else 'a'} {side} count"


def bounds(sent: Span, figs: list[Span], i: int) -> tuple[int, int]:
    """Token range a figure owns: from the figure before it to the figure after it."""
    lo = figs[i - 1].end if i else sent.start
    hi = figs[i + 1].start if i + 1 < len(figs) else sent.end
    return lo, hi


def measure(doc: Doc, fig: Span, grade: Span | None, qual: Span | None, hi: int, text: str) -> str | None:
    """Short text of what a figure measures: its grade as written, else the words after it."""
    if grade is not None:
        end = qual.end if qual is not None else grade.end
        return "graded " + " ".join(doc[grade.start:end].text.replace("'", "").replace("’", "").split())
    ev = evidence(doc, fig.end, min(hi, fig.end + 20), text)
    return ev[2][:160] if ev else None

