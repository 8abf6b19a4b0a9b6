"""ff_findings: turn the tagged spans of a report into findings.

Walks the sentences in order, keeping the context a reader keeps: the section, the audit
activity and period last named, and whether a list header ("Areas for improvement:")
governs the bullets that follow. Per sentence, table rows and figures become
quantitative findings (figure_findings.py, tables.py) and every clause without a figure
that carries a judgement becomes a qualitative finding with the themes and teams it
names (polarity.py). Results go to ``doc._.findings`` as dicts with character offsets
and the rule that produced each one.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice
from typing import List

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..structure import PAGE_FURNITURE, page_furniture
from . import extensions  # noqa: F401
from .data import check_keys, load_many, string_list
from .evidence import Tagged, evidence, record
from .figure_findings import _COLON, _LIMITERS, FigureRules, judged_before_measure, judged_lead_in
from .lexicon import LABEL_MARKS, clause_teams
from .phrase_keys import PhraseKeys
from .polarity import ACTIONS, PolarityWords, score
from .segmenter import FINDINGS_WORD_KEYS, SEGMENTATION_KEYS
from .tables import TableRules, is_table_line
from .themes import tag_theme_cues

_SEMICOLON, _COMMA, _WITH, _AND, _DASH = (get_string_id(w) for w in (";", ",", "with", "and", "-"))
_TO = get_string_id("to")
_SOME = get_string_id("some")
_PARTIAL = {get_string_id(w) for w in ("some", "many", "most", "several", "few")}
_RUN_IN_TITLE = re.compile(r"(?:[A-Z][A-Z’'&-]+ )+[A-Z][a-z]")  # "PLANS Families helped to write them"
SAMPLE_SHARE_RULES = ("figure:one_in_n",)  # a ratio in a method section states the sample drawn
# a method section's own heading ("How the sample was drawn"), not a run-in line: at most this many
# words (the default of ff_findings' max_method_heading_words setting, models/config.cfg)
MAX_METHOD_HEADING_WORDS = 6
_LEAD_QUANTIFIERS = {get_string_id(w) for w in ("only", "just", "all", "the")}  # ", with only 3 of ..."
_RELATIVES = {get_string_id(w) for w in ("that", "what", "which", "who", "how")}
_LABEL_MARKS = {get_string_id(m) for m in LABEL_MARKS}


class FindingAssembler:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], grade_window: int,
                 negation_window: int, min_cues: int, min_clause_words: int,
                 max_method_heading_words: int = MAX_METHOD_HEADING_WORDS):
        self.name = name
        self.max_method_heading_words = max_method_heading_words
        self.negation_window = negation_window
        self.min_cues = min_cues
        self.min_clause_words = min_clause_words
        self.lead_in_words = 8
        self.item_words = 14  # a list item with no bullet: a short line with no full stop
        keys = PhraseKeys(nlp.tokenizer)  # lexicon phrases as token hashes, no Doc each
        self.breaks = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.bullets: set[str] = set()
        self.continuations: set[str] = set()
        self.mixed_splits: set[str] = set()
        measure_headers: set[str] = set()
        total_headers: set[str] = set()
        finding_headers: set[str] = set()
        continuation_words: set[str] = set()
        comparisons: set[tuple[str, ...]] = set()
        kind_headers: dict[str, str] = {}
        circumstances: set[str] = set()
        ratings: set[str] = set()
        wrapped_grades: dict[str, str] = {}
        words: dict[str, set[str]] = {key: set() for key in FINDINGS_WORD_KEYS}  # lower-cased word sets, key by key
        for path, data in load_many(data_dir, files):
            check_keys(data, SEGMENTATION_KEYS, path=path, what="segmentation")
            breaks = string_list(data.get("clause_breaks"), path=path, what="clause_breaks")
            if breaks:
                self.breaks.add("BREAK", keys.many(breaks))
            self.bullets |= set(string_list(data.get("bullets"), path=path, what="bullets"))
            self.continuations |= {w.lower() for w in string_list(data.get("continuations"), path=path, what="continuations")}
            measure_headers |= {w.lower() for w in string_list(data.get("measure_headers"), path=path, what="measure_headers")}
            self.mixed_splits |= {w.lower() for w in string_list(data.get("mixed_splits"), path=path, what="mixed_splits")}
            total_headers |= {w.lower() for w in string_list(data.get("total_headers"), path=path, what="total_headers")}
            finding_headers |= {w.lower() for w in string_list(data.get("finding_headers"), path=path,
                                                               what="finding_headers")}
            for kind in ("target", "benchmark"):
                kind_headers.update({w.lower(): kind for w in string_list(data.get(f"{kind}_headers"), path=path,
                                                                          what=f"{kind}_headers")})
            continuation_words |= {w.lower() for w in string_list(data.get("figure_continuations"), path=path,
                                                                  what="figure_continuations")}
            comparisons |= {tuple(w.lower().split()) for w in string_list(data.get("figure_comparisons"), path=path,
                                                                          what="figure_comparisons")}
            circumstances |= set(string_list(data.get("circumstance_themes"), path=path, what="circumstance_themes"))
            ratings |= {w.lower() for w in string_list(data.get("figure_ratings"), path=path, what="figure_ratings")}
            for grade, names in (data.get("wrapped_grade_headers") or {}).items():
                wrapped_grades.update({" ".join(w.lower().split()): grade for w in string_list(
                    names, path=path, what="wrapped_grade_headers")})
            for key, found in words.items():
                found |= {w.lower() for w in string_list(data.get(key), path=path, what=key)}
        # the same words as hashes, compared with the token array
        self.bullet_ids = {get_string_id(w) for w in self.bullets}
        self.continuation_ids = {get_string_id(w) for w in self.continuations}
        self.mixed_split_ids = {get_string_id(w) for w in self.mixed_splits}
        self.polarity_words = PolarityWords(**{key: frozenset(words[key]) for key in (
            "passive_auxiliaries", "passive_adverbs", "unsaid_negations", "unsaid_topics")})
        self.decision_verb_ids = {get_string_id(w) for w in words["decision_verbs"]}
        self.figure_rules = FigureRules(grade_window, negation_window, continuation_words, comparisons, circumstances,
                                        ratings, self.polarity_words, words["change_nouns"],
                                        words["opening_prepositions"], words["clause_openers"],
                                        words["grade_figure_links"], words["coordinating_openers"],
                                        words["changed_units"])
        self.plan_verbs = {get_string_id(w) for w in words["plan_verbs"]}
        self.partition_ids = {get_string_id(w) for w in words["partition_openers"]}
        self.comparison_word_ids = {get_string_id(w) for w in words["comparison_words"]}
        self.comparison_opener_ids = {get_string_id(w) for w in words["comparison_openers"]}
        self.comparison_time_ids = {get_string_id(w) for w in words["comparison_times"]}
        self.table_rules = TableRules(self.figure_rules, measure_headers, total_headers, kind_headers, negation_window,
                                      finding_headers, wrapped_grades, words["table_point_units"],
                                      breakdown_headers=words["breakdown_headers"])

    def __call__(self, doc: Doc) -> Doc:
        tagged = Tagged.from_doc(doc)
        # "had not yet achieved": a break word inside a negation breaks nothing
        negated = {i for c in tagged.cues if c.label_ == "NEGATION" and len(c) > 1 for i in range(c.start, c.end)}
        # ... nor one inside a figure ("in all but three of the 19")
        negated |= {i for f in tagged.figures if f.label_ == "ALL_BUT" for i in range(f.start, f.end)}
        break_starts = sorted({s for _m, s, _e in self.breaks(doc) if s not in negated} | self._figure_leads(doc, tagged)
                              | self._judged_leads(tagged) | self._figure_tails(tagged))  # sorted: bisected per sentence
        findings: list[dict] = []
        previous = None  # the last judged figure of the sentence before, which a bare figure continues
        for sent, section, base, list_mode, judged_here, list_teams in self._walk(doc, tagged):
            if is_table_line(tagged.text[sent.start_char:sent.end_char]):
                findings.extend(self.table_rules.findings(doc, sent, tagged, base))
                previous = None
                continue
            if self.table_rules.label_tail(tagged.text, sent.start_char, sent.end_char):
                continue  # a row's label wrapped onto a line of its own: read with its row
            figures = self.figure_rules.findings(doc, sent, tagged, base, previous, list_mode,
                                                 section.theme if section is not None else None)
            if section is not None and section.descriptive and len(section.heading.split()) <= self.max_method_heading_words:
                # "one in four of those approved" under "Purpose" / "How we audited": how the
                # sample was drawn, method, not a result (under a heading of its own: a slide's
                # title run into its first line, "HOW WE AUDIT Each manager audits ...", is read
                # as one in one reader and not in another, so it decides nothing here)
                figures = [f for f in figures if not f["rule"].startswith(SAMPLE_SHARE_RULES)]
            for f in figures:
                _header_teams(f, list_teams)
            findings.extend(figures)
            judged = [f for f in figures if f["value"] is not None and f["figure_kind"] == "result"
                      and (f["grade"] or f["polarity"] != "neutral")]
            previous = judged[-1] if judged and judged[-1]["section"] == base["section"] else None
            if judged_here and (section is None or not section.descriptive):
                items = self._qualitative(doc, sent, section, base, list_mode, tagged, break_starts)
                for f in items:
                    _header_teams(f, list_teams)
                findings.extend(items)
        doc._.findings = tag_theme_cues(findings, tagged.themes, tagged.unjudged)
        return doc

    @staticmethod
    def _figure_leads(doc: Doc, tagged: Tagged) -> set[int]:
        """", with 11 of its 13 audits rated good" after a judgement: the judgement is a clause
        (a finding) of its own, the figure that bears it out another ("practice in the team was
        consistently strong, with ...")."""
        out = set()
        lower, orth = tagged.lower, tagged.orth
        for f in tagged.figures:
            i = f.start - 1
            while i > 0 and lower[i] in _LEAD_QUANTIFIERS:
                i -= 1
            if i > 1 and lower[i] == _WITH and orth[i - 1] == _COMMA:
                out.add(i - 1)
        return out

    def _figure_tails(self, tagged: Tagged) -> set[int]:
        """", and all young people had been involved in writing their plan" after a figure: a
        clause with a subject of its own and no figure is a finding of its own, not the figure's
        ("Six of the eight were judged good, and ..."); an elliptical one (", and were seen
        alone") goes on with the figure's subject and stays with it."""
        out = set()
        lower, orth, sents = tagged.lower, tagged.orth, tagged.sents
        starts = sorted(f.start for f in tagged.figures)
        for f in tagged.figures:
            end = sents.end(f)
            later = next((s for s in starts if s >= f.end), end)
            for i in range(f.end, min(end, later) - 1):
                if orth[i] == _COMMA and lower[i + 1] == _AND:
                    nxt = tagged.next_word(i + 2, end)
                    if (nxt is not None and lower[nxt] not in self.continuation_ids and later >= end
                            and tagged.words(i + 2, end) >= self.min_clause_words):
                        out.add(i)
                    break
        return out

    @staticmethod
    def _judged_leads(tagged: Tagged) -> set[int]:
        """A colon between a judged lead-in and the figure that bears it out ("Initial health
        assessments remain a concern: 58% in the period") or that names its own measure
        ("Decisions are timely: 96% were made within a day"): the lead-in is a finding of its own."""
        out = set()
        for f in tagged.figures:
            i = f.start - 1
            while i > 0 and (not tagged.is_word[i] and tagged.orth[i] != _COLON or tagged.lower[i] in _LIMITERS):
                i -= 1
            if i > 0 and tagged.orth[i] == _COLON and (
                    judged_lead_in(tagged, tagged.sents.start(i), i) is not None
                    or judged_before_measure(tagged, tagged.sents.start(i), i, tagged.sents.end(f))):
                out.add(i)
        return out

    def _judge(self, tagged: Tagged, start: int, end: int):
        """Polarity of the tokens [start, end), once per range (sentences, clauses and their
        halves are judged by several steps)."""
        key = (start, end)
        if key not in tagged.judged:
            tagged.judged[key] = score(tagged.cues.within(start, end), self.negation_window, self.polarity_words,
                                       start=start)
        return tagged.judged[key]

    def _judge_label(self, tagged: Tagged, start: int, end: int):
        """Polarity of a line that may open with a team's name as its label ("Children in Care –
        strengths:", "Early Help: worries"): the header after the label leads the list in."""
        pol = self._judge(tagged, start, end)
        if pol.header:
            return pol
        teams = tagged.teams.within(start, end)
        if not teams or teams[0].start - start > 1:
            return pol
        i = teams[0].end
        while i < end and not tagged.is_word[i] and tagged.orth[i] not in _LABEL_MARKS:
            i += 1  # spaces
        if i < end - 1 and tagged.orth[i] in _LABEL_MARKS:
            label = self._judge(tagged, i + 1, end)
            return label if label.header else pol
        return pol

    # --- context ---------------------------------------------------------------------------
    def _walk(self, doc: Doc, tagged: Tagged):
        """Yield (sentence, section, base fields, list mode, judged) for every non-heading sentence.

        The report's own audit activity (named in its opening, else in its title) holds
        wherever no other is named; one named in a sentence holds until the next one or
        the end of its section, with the period first named beside it. The list mode is
        the polarity a lead-in ("Areas for improvement:") or a heading gives its items: bullets,
        and after a lead-in also short lines with no bullet ("Key Strengths" / "Assessment
        Quality" / "Multi-Agency Working"). ``judged`` is False for a line that is itself a
        lead-in or a question ("Was the child seen alone?"): neither is a finding. ``teams``
        are those a lead-in names ("Early Help – strengths:"), given to its items.
        """
        sections = doc._.sections or []
        starts = [s.heading_start if s.heading_start is not None else s.start_char for s in sections]
        in_heading = _covered([(s.heading_start, s.start_char) for s in sections if s.heading_start is not None])
        first_heading = starts[1] if len(starts) > 1 else len(tagged.text)
        # the report's own activity: named in the introduction or the first section, else in the title
        title_end = tagged.text.find("\n", tagged.text.find(tagged.text.strip()[:1]))
        opening_end = starts[2] if len(starts) > 2 else len(tagged.text)
        opening = [a for a in tagged.activities if a.start_char < opening_end]
        doc_activity = next((a._.activity for a in opening if a.start_char > title_end), opening[0]._.activity if opening else None)
        doc_period = next((p.text for p in tagged.periods if p.start_char < first_heading), None)
        current, activity, activity_period, list_mode, section_mode = None, doc_activity, doc_period, None, None
        heading_items = False  # the section's header heading leads in the bullets right under it only
        section_teams: list[str] = []  # teams a polarity heading names ("Early Help – strengths")
        items_follow = False  # a lead-in line opened a list whose items may have no bullets
        list_teams: list[str] = []  # teams the lead-in of the current list names
        known_periods: dict[str, str] = {}  # activity -> the period first named with it
        furniture = doc.user_data.get(PAGE_FURNITURE)  # found once by the loader, for every part of a long text
        furniture = page_furniture(tagged.text) if furniture is None else furniture
        for sent in doc.sents:
            text = tagged.text[sent.start_char:sent.end_char].rstrip()  # Span.text is rebuilt from tokens
            if not text.strip() or in_heading(sent.start_char):
                continue
            if furniture and _within_line(furniture, sent.start_char, sent.start_char + len(text)):
                continue  # "Page 3 of 3", a running header: where a page ends, not a finding
            section = sections[max(bisect.bisect_right(starts, sent.start_char) - 1, 0)] if sections else None
            if section is not current:
                current, activity, activity_period = section, doc_activity, doc_period
                list_mode = section_mode = self._heading_mode(doc, section, tagged)
                list_teams = section_teams = self._heading_teams(doc, section, tagged)
                items_follow = False
                # a header heading right above bullets leads in only those bullets ("What needs to happen?" /
                # "• ..."): a paragraph that follows them ("5.2 The panel thanks ...") is no item of it
                heading_items = section_mode is not None and self._first_is_bullet(section, tagged.text)
            periods = tagged.periods.within(sent.start, sent.end)
            named = tagged.activities.within(sent.start, sent.end)
            if named:
                activity = named[0]._.activity
                if periods:
                    known_periods.setdefault(activity, periods[0].text)
                activity_period = known_periods.get(activity)
            base = {
                "section": section.key if section else "other",
                "section_heading": section.heading if section else "",
                "audit_activity": activity,
                "period": periods[0].text if periods else activity_period,
            }
            short = self._is_short_line(sent, tagged, text=text)
            bullet = tagged.orth[sent.start] in self.bullet_ids
            if heading_items and not bullet and self._after_item(tagged.text, sent.start_char):
                heading_items, section_mode, section_teams = False, None, []
                list_mode, items_follow, list_teams = None, False, []
            if (items_follow and not bullet
                    and "\n\n" in tagged.text[max(0, sent.start_char - 4):sent.start_char].replace(" ", "")):
                items_follow, list_mode, list_teams = False, section_mode, section_teams  # a blank line ends a list
            in_list = bullet or items_follow and self._is_short_line(sent, tagged, self.item_words, text)
            # judged here only where a line's shape asks (the clauses are judged, and cached, later)
            lead_in = self._judge_label(tagged, sent.start, sent.end) if short or text.endswith(("?", ":")) else None
            # a "?" with words after it on its line is a quoted question inside an item ("Analysis is the
            # gap - 'what does this mean for the child?' too often left unanswered"), and what follows it
            # on that line is the item's tail, never a sub-heading
            line_end = tagged.text.find("\n", sent.start_char)
            rest_of_line = tagged.text[sent.start_char + len(text):line_end if line_end >= 0 else len(tagged.text)]
            question = text.endswith("?") and not rest_of_line.strip(" \t\u201d\"'\u2019")
            mid_line = tagged.text[tagged.text.rfind("\n", 0, sent.start_char) + 1:sent.start_char].strip() != ""
            # "What are we worried about", "Key Strengths for ...", not "Strongest: clarity about the risks";
            # a short judged line right above bullets leads them in too ("Where practice was strong")
            sub_heading = short and not mid_line and (bool(lead_in.header) and not self._labels_its_line(sent, tagged)
                                     or lead_in.decided and not bullet and "," not in text
                                     and not tagged.cues.within(sent.start, sent.end, {"TERMINATOR"})
                                     and self._bullet_follows(sent, tagged.text)
                                     # not a slide's capitals title run into its first finding ("ASSESSMENTS
                                     # Analysis is getting sharper"): the bullets keep their own polarity
                                     and not _RUN_IN_TITLE.match(text))
            judged = not (sub_heading or question and not lead_in.header)
            yield sent, section, base, list_mode if in_list else section_mode, judged, list_teams if in_list else section_teams
            if text.endswith(":"):  # a weak cue leads in nothing ("The audit found that:")
                list_mode = lead_in.header or (lead_in.label if lead_in.decided else None)
                items_follow = bool(lead_in.header)
                list_teams = self._lead_in_teams(sent, tagged, lead_in)
            elif sub_heading:
                list_mode, items_follow = lead_in.header or lead_in.label, bool(lead_in.header)
                list_teams = self._lead_in_teams(sent, tagged, lead_in)
            elif not in_list:
                list_mode, items_follow, list_teams = section_mode, False, section_teams

    @staticmethod
    def _lead_in_teams(sent: Span, tagged: Tagged, lead_in) -> list[str]:
        """Teams a list header names ("Early Help – strengths:", "Children in Care – worries:"):
        its items are about that team. Only a header's own line counts (a polarity header
        with a team), not a sentence that ends in a colon ("The MASH found that:")."""
        return tagged.teams.labels_within(sent.start, sent.end) if lead_in.header in {"strength", "improvement"} else []

    def _first_is_bullet(self, section, text: str) -> bool:
        """Does the section's body open with a bullet (its heading leads in a list)?"""
        body = text[section.start_char:section.start_char + 40].lstrip()
        return body[:1] in self.bullets and body[1:2] in (" ", "\t", "\u00a0")

    @staticmethod
    def _after_item(text: str, start: int) -> bool:
        """Does a line open at ``start`` after a finished item (the line before ends a sentence
        or an item: ".", ";", "!", "?")? A hard-wrapped item's next line does not."""
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            return False
        return text[:line_start].rstrip()[-1:] in (".", ";", "!", "?")

    def _bullet_follows(self, sent: Span, text: str) -> bool:
        """Does the next line open with a bullet?"""
        end = sent.start_char + len(text[sent.start_char:sent.end_char].rstrip())
        gap = text[end:end + 40]
        return "\n" in gap[:len(gap) - len(gap.lstrip())] and gap.lstrip()[:1] in self.bullets

    @staticmethod
    def _labels_its_line(sent: Span, tagged: Tagged) -> bool:
        """Does a header cue end in a colon with words after it on its line ("Weakest: contingency plans")?"""
        for c in tagged.cues.within(sent.start, sent.end):
            if c.label_.startswith("HEADER") and c[-1].text == ":":
                return tagged.words(c.end, sent.end) > 0
        return False

    def _is_short_line(self, sent: Span, tagged: Tagged, max_words: int | None = None, text: str | None = None) -> bool:
        """A short line with no full stop and no table cells: a sub-heading or a list item, not a sentence."""
        text = (sent.text if text is None else text).strip()
        limit = max_words or self.lead_in_words
        if len(text) > 20 * limit or text[-1:] in ".!?;":
            return False
        words = tagged.words(sent.start, sent.end)
        return bool(words) and not is_table_line(text) and words <= limit

    def _heading_teams(self, doc: Doc, section, tagged: Tagged) -> list[str]:
        """Teams a heading that is a polarity list header names ("Children in Care – worries"):
        the findings under it are about that team."""
        if section is None or section.heading_start is None:
            return []
        span = doc.char_span(section.heading_start, section.start_char, alignment_mode="expand")
        if span is None:
            return []
        return self._lead_in_teams(span, tagged, self._judge_label(tagged, span.start, span.end))

    def _heading_mode(self, doc: Doc, section, tagged: Tagged) -> str | None:
        """A heading that is itself a list header ("Areas for improvement:", "Strengths")
        sets the polarity of its section's findings."""
        if section is None or section.heading_start is None:
            return None
        span = doc.char_span(section.heading_start, section.start_char, alignment_mode="expand")
        if span is None:
            return None
        pol = self._judge_label(tagged, span.start, span.end)
        if pol.header:
            return pol.header
        # a judged heading right above bullets leads them in ("Where practice was strong" / "- ...")
        first = tagged.text[section.start_char:section.start_char + 40].lstrip()[:1]
        return pol.label if pol.decided and first in self.bullets else None

    # --- qualitative findings ----------------------------------------------------------------
    def _clauses(self, sent: Span, break_starts: list[int], tagged: Tagged) -> list[tuple[int, int, bool]]:
        """(start, end, opens with a contrast) of each clause; a break that leaves a clause of
        under ``min_clause_words`` words, or stands before a verb ("X, however, were ..."),
        does not split. ``break_starts`` is sorted, so the sentence's breaks are one slice."""
        clauses, start, opens = [], sent.start, False
        for c in break_starts[bisect.bisect_right(break_starts, sent.start):bisect.bisect_left(break_starts, sent.end)]:
            nxt = tagged.next_word(c + 1, sent.end)
            parenthetical = nxt is not None and tagged.lower[nxt] in self.continuation_ids
            if tagged.words(start, c) >= self.min_clause_words and not parenthetical:
                clauses.append((start, c, opens))
                start, opens = c, tagged.orth[c] != _SEMICOLON  # a semicolon lists, it does not contrast
        clauses.append((start, sent.end, opens))
        return clauses

    def _split_mixed(self, doc: Doc, clause: tuple[int, int, bool], tagged: Tagged) -> list[tuple[int, int, bool]]:
        """A clause that praises and criticises with no contrast word ("Jigsaw performed well
        and PACT performed poorly") splits at the first "and" or comma that leaves two
        halves of opposite polarity."""
        start, end, contrast = clause
        whole = self._judge(tagged, start, end)
        if whole.header or not (whole.strength and whole.improvement):
            return [clause]
        words = tagged.words
        for c in range(start + 1, end - 1):
            if tagged.lower[c] not in self.mixed_split_ids or min(words(start, c), words(c + 1, end)) < self.min_clause_words:
                continue
            if tagged.lower[c] == _DASH and not (doc[c - 1].whitespace_ and doc[c].whitespace_):
                continue  # a spaced dash between two clauses, not the hyphen of "child-centred"
            if tagged.denominators.within(start, c):  # "Of the 16 cases that needed ..., 13 were": a figure's lead-in
                continue
            left = self._judge(tagged, start, c)
            right = self._judge(tagged, c + 1, end)
            if left.decided and right.decided and left.label != right.label:
                return [(start, c, contrast), (c + 1, end, True)]
        return [clause]

    def _split_comparison(self, doc: Doc, clause: tuple[int, int, bool], tagged: Tagged):
        """A clause that compares two groups ("Analysis of risk is weaker in the child in need
        teams than in those completed by child protection social workers") splits at "than":
        the part before keeps its own judgement, the part after takes the other side. Gives the
        clauses and, for the part after "than", (its label, the first part's themes); a
        comparison with a time or a standard ("better than last year", "than in 2022",
        "than expected") or with no group ("more than half") does not split."""
        start, end, contrast = clause
        for c in range(start + 2, end - 2):
            if tagged.lower[c] != _THAN:
                continue
            if not any(tagged.lower[i] in self.comparison_word_ids for i in range(start, c)):
                return [clause], None
            nxt = tagged.next_word(c + 1, end)
            if nxt is None or tagged.lower[nxt] not in self.comparison_opener_ids:
                return [clause], None
            stop = next((i for i in range(c + 1, end) if tagged.orth[i] in (_COMMA, _SEMICOLON)), end)
            if any(doc[i].like_num or tagged.lower[i] in self.comparison_time_ids for i in range(c + 1, stop)):
                return [clause], None  # what is compared with, up to its comma: a time or a standard
            if tagged.figures.within(start, c) or tagged.words(c + 1, end) < self.min_clause_words:
                return [clause], None
            left = self._judge(tagged, start, c)
            if left.header or not left.decided or left.label not in ("strength", "improvement"):
                return [clause], None
            other = "improvement" if left.label == "strength" else "strength"
            themes = set(tagged.themes.labels_within(start, c))
            return [(start, c, contrast), (c, end, True)], (c, other, themes)
        return [clause], None

    def _partitioned(self, clauses: list[tuple[int, int, bool]], tagged: Tagged) -> bool:
        """Does the sentence split its cases into parts judged apart ("Some plans are clear; others are
        lists of services", "Some carers were visited monthly, others not for a year")? Then each
        part is judged by its own words, not by the list header over the paragraph: the header's
        polarity is the sentence's whole, and its parts take opposite sides (issue 7, real15)."""
        if len(clauses) < 2:
            return False
        firsts = [tagged.next_word(start, end) for start, end, _ in clauses]
        firsts = [tagged.lower[i] if i is not None else None for i in firsts]
        return firsts[0] == _SOME and any(w in self.partition_ids for w in firsts[1:])

    @staticmethod
    def _partial(tagged: Tagged, start: int, end: int) -> bool:
        """Does the clause open with a share of its cases ("Some chronologies are full ..."): praise of
        a part, which under an improvement header is the header's (real14), not a side of its own?"""
        first = tagged.next_word(start, end)
        return first is not None and tagged.lower[first] in _PARTIAL

    @staticmethod
    def _after_label(tagged: Tagged, start: int, end: int) -> int:
        """Where a clause's words begin after a run-in label ("What we will do: We will ..."): the token
        after a colon among its first six, else its start."""
        for i in range(start, min(end, start + 6)):
            if tagged.orth[i] == _COLON:
                return i + 1
        return start

    def _planned(self, tagged: Tagged, start: int, end: int) -> bool:
        """Is the clause worded as a plan: its subject, then "will" or "shall" ("We will recruit",
        "IROs will complete"), not a relative clause ("Plans that say what will change")?"""
        words = list(islice((tagged.lower[i] for i in range(start, end) if tagged.is_alpha[i]), 5))
        for i, word in enumerate(words):
            if word in self.plan_verbs:
                return 0 < i <= 3 and not any(w in _RELATIVES for w in words[:i])
        return False

    @staticmethod
    def _graded_row(tagged: Tagged, start: int, end: int) -> bool:
        """A judgement row: an area of practice with its grade closing the line ("The experiences and
        progress of children who need help and protection  Good"): judged, even with no theme or team."""
        grades = tagged.grades.within(start, end, {"GRADE"})
        return bool(grades) and grades[-1].end >= end - 1 and grades[-1].start - start >= 2

    @staticmethod
    def _standard_stated(doc: Doc, sent: Span, tagged: Tagged, start: int, end: int, pol) -> bool:
        """A clause that names a theme and states its practice standard as done, with nothing
        else to judge it ("Decisions were recorded", "Police attended every strategy
        discussion"): a weak strength cue, which alone makes no finding, does with a theme as
        its subject. Not where the clause counts or dates something or names a team: that is
        how a report describes its sample, scope or meeting ("27 audits had been completed
        across the Children in Care teams", "1,146 reviews were held during the year")."""
        if pol.decided or pol.method or pol.label != "strength" or not tagged.themes.within(start, end):
            return False
        if clause_teams(tagged.teams, sent, start, end):
            return False
        first = tagged.next_word(start, end)  # a paragraph number opening the clause ("4.2") counts nothing
        # nor does a number after "all": every case of the sample ("checks were in date in all 30 files")
        return not any(doc[i].like_num for i in range(start, end)
                       if tagged.is_word[i] and not (i == first and not tagged.is_alpha[i])
                       and not (i > start and doc[i - 1].lower_ == "all"))

    def _decision_or_purpose(self, sent: Span, tagged: Tagged) -> bool:
        """Is the sentence a decision or a purpose in the infinitive, with no comma ("1.1 To note the
        findings of the audit", "To approve the action plan", "To keep the Board informed")? What a
        body decided, or why: no finding of practice (issue 7, real13 decision records)."""
        words = [i for i in range(sent.start, sent.end) if tagged.is_alpha[i]]
        if len(words) < 2 or tagged.lower[words[0]] != _TO or tagged.lower[words[1]] not in self.decision_verb_ids:
            return False
        if any(tagged.is_word[i] for i in range(sent.start, words[0]) if not sent.doc[i].like_num):
            return False  # words before "To" ("Plans to ...")
        return not any(tagged.orth[i] in (_COMMA, _SEMICOLON) for i in range(sent.start, sent.end))

    def _qualitative(self, doc: Doc, sent: Span, section, base: dict, list_mode: str | None, tagged: Tagged,
                     break_starts: list[int]) -> list[dict]:
        out = []
        if list_mode is None and self._decision_or_purpose(sent, tagged):
            return out
        header_mode = list_mode
        clauses, compared = [], {}
        for clause in self._clauses(sent, break_starts, tagged):
            parts_, other = self._split_comparison(sent.doc, clause, tagged)
            if other is None:
                clauses.extend(self._split_mixed(sent.doc, clause, tagged))
                continue
            compared[other[0]] = other[1:]  # the side after "than" is one part, its side given
            clauses.extend(self._split_mixed(sent.doc, parts_[0], tagged))
            clauses.append(parts_[1])
        parts = header_mode is not None and header_mode != ACTIONS and self._partitioned(clauses, tagged)
        if parts or (compared and header_mode != ACTIONS):
            header_mode = None  # "Some ...; others ...", "stronger in X than in Y": each part by its own cues
        # an item under a list header that turns ("X was recorded well, but it was rarely used"): a part
        # before the turn that its own cues judge the other way keeps its own side (issue 7, real21)
        turned = header_mode not in (None, ACTIONS) and any(c[2] for c in clauses[1:])
        for start, end, contrast in clauses:
            if contrast and header_mode != ACTIONS:
                header_mode = None
            pol = self._judge(tagged, start, end)
            verb = judged_lead_in(tagged, start, end) if end < len(doc) and tagged.orth[end] == _COLON else None
            if verb is not None and not pol.header:
                pol = self._judge(tagged, verb, end)  # "... within 20 days remain a concern:": the predicate judges
            header_mode = header_mode if header_mode == ACTIONS else pol.header or header_mode
            if tagged.figures.within(start, end):
                continue
            if not any(tagged.is_alpha[i] for i in range(start, end)):
                continue  # a number left alone by a cut ("ext. 4417"): no words, nothing judged
            if _quoted_line(tagged.text, doc[start].idx, self.bullets):
                continue  # a child's, a family's or a worker's own words, a line quoted whole (real9, real13)
            mode = header_mode
            if turned and mode and not pol.header and pol.decided and pol.label in ("strength", "improvement") \
                    and pol.label != mode and not self._partial(tagged, start, end):
                mode = None
            if start in compared:  # the other side of a comparison ("... than in the child protection teams")
                mode = compared[start][0]
            if mode and mode != ACTIONS and self._planned(tagged, start, end) and not (
                    pol.label == "improvement" and pol.decided):
                continue  # "Priorities: - We will recruit two chairs": a plan under the header, not a finding
            if header_mode == ACTIONS:
                # a planned action or agreed next step ("All agencies to record ...") is no finding,
                # unless it is worded as a need ("Visit records should be placed on file ...")
                if not (pol.label == "improvement" and pol.decided) or self._planned(
                        tagged, self._after_label(tagged, start, end), end):
                    continue  # "What we will do: We will agree a shared plan ...": a plan, whatever it names
                mode = None
            label = mode or pol.label
            stated = not mode and self._standard_stated(doc, sent, tagged, start, end, pol)
            if not stated and (label is None or not (mode or pol.decided) or (pol.method and not mode)):
                continue
            if pol.case_feature and not mode:  # what the children live with, not what practice did
                continue
            if pol.procedure:  # the meeting's own action log
                continue
            themes = set(tagged.themes.labels_within(start, end))
            if start in compared:
                themes |= compared[start][1]
            if mode and tagged.unjudged is not None and tagged.words(start, end) <= self.item_words:
                themes.update(_item_head_themes(tagged, start, end))
            if label == "strength" and tagged.deferred is not None:
                _yield_deferred(tagged, start, end, themes)
            if section is not None and section.theme:
                themes.add(section.theme)
            teams = clause_teams(tagged.teams, sent, start, end)
            if not (themes or teams or mode or pol.margin >= self.min_cues or self._graded_row(tagged, start, end)):
                continue
            ev = evidence(doc, start, end, tagged.text)
            if ev is None:
                continue
            rule = ("clause:compared group|other side" if start in compared else "clause:list_header" if mode else f"clause:need under an actions header|{pol.step}"
                    if header_mode == ACTIONS else f"clause:standard stated|{pol.step}" if stated
                    else f"clause:{'some/others part' if parts else 'cues'}|{pol.step}")
            out.append(record(base, ev, rule=rule, polarity=label, teams=teams, themes=sorted(themes)))
        return out


_ITEM_OPENER_IDS = {get_string_id(w) for w in ("the", "a", "an", "their", "its", "our", "more", "better", "greater",
                                                 "clearer", "fuller", "consistent")}
_OF_ID = get_string_id("of")
_THAN = get_string_id("than")
_PASSIVE_AUX = {get_string_id(w) for w in ("was", "were", "is", "are", "been", "be", "being")}


def _item_head_themes(tagged: Tagged, start: int, end: int) -> list[str]:
    """Themes of the weak words that head a short item under a polarity list header: the
    header judges the item, so its head names a theme ("Areas for improvement:" / "- The
    recording of the reason", "- The involvement of health professionals"). Only the head
    counts: the item's first word after a determiner, or the noun after "of" that a first
    noun governs; a weak word further in ("Fathers absent from plans") is no subject."""
    out = []
    for sp in tagged.unjudged.within(start, end):
        lowers = [tagged.lower[i] for i in range(start, sp.start) if tagged.is_alpha[i]]
        if all(h in _ITEM_OPENER_IDS for h in lowers) or (
                2 <= len(lowers) <= 3 and lowers[-1] == _OF_ID and all(h in _ITEM_OPENER_IDS for h in lowers[:-2])):
            out.append(sp.label_)
    return out


def _yield_deferred(tagged: Tagged, start: int, end: int, themes: set[str]) -> None:
    """On a strength, a ``defer`` cue's theme yields to another theme its clause names: a
    practice "recorded well" is that practice ("The child's own account was recorded well":
    the voice of the child), while one "not recorded" stays a gap in the record."""
    for sp in tagged.deferred.within(start, end):
        # the passive only ("views were recorded well"): "they recorded significant events clearly" is the record
        passive = sp.id_ == "well recorded" or any(tagged.lower[i] in _PASSIVE_AUX
                                                   for i in range(max(start, sp.start - 2), sp.start))
        own = [t for t in tagged.themes.within(start, end) if t.label_ == sp.label_]
        if passive and len(own) == 1 and themes - {sp.label_}:
            themes.discard(sp.label_)


def _quoted_line(text: str, offset: int, bullets: set[str]) -> bool:
    """Is the line at ``offset`` one quotation from its first word to its last ("“We knew who to
    ring.”", a bullet before it): a person's own words, which the contract does not read as a
    finding? A quoted word inside a line ("“Good” or better: 58%") or a quote with its speaker
    after it ("“...,” said one parent") is not."""
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    t = text[a:b if b >= 0 else len(text)].strip()
    while t[:1] in bullets and t[1:2] in (" ", "\t"):
        t = t[1:].lstrip()
    body = t.rstrip(".!?")  # "... help.”" or "... help”."
    if len(body) < 4:
        return False
    for opener, closer in (("“", "”"), ('"', '"')):
        if t[0] == opener and body.endswith(closer):
            return closer not in body[1:-1] and opener not in body[1:-1]
    return False


def _covered(ranges: list[tuple[int, int]]):
    """A test of whether an offset lies in any of the ranges [a, b): their union, merged once
    and bisected, in place of a scan of every range for every sentence."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(r for r in ranges if r[0] < r[1]):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)

    def covers(x: int) -> bool:
        k = bisect.bisect_right(starts, x) - 1
        return k >= 0 and x < ends[k]
    return covers


def _header_teams(finding: dict, teams: list[str]) -> None:
    """A list item naming no team of its own takes the team of its list header."""
    if teams and not finding["teams"]:
        finding["teams"] = list(teams)
        finding["rule"] += "; teams: list header"


@Language.factory(
    "ff_findings",
    default_config={"data_dir": None, "files": ["segmentation.yaml"], "grade_window": 18, "negation_window": 6,
                    "min_cues": 2, "min_clause_words": 3, "max_method_heading_words": MAX_METHOD_HEADING_WORDS},
)
def make_assembler(nlp: Language, name: str, data_dir: str | None, files: List[str], grade_window: int,
                   negation_window: int, min_cues: int, min_clause_words: int,
                   max_method_heading_words: int) -> FindingAssembler:
    return FindingAssembler(nlp, name, data_dir, files, grade_window, negation_window, min_cues, min_clause_words,
                            max_method_heading_words)


def _within_line(lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) lie inside one of the sorted (start, end) ``lines``?"""
    i = bisect.bisect_right(lines, (start, float("inf"))) - 1
    return i >= 0 and lines[i][0] <= start and end <= lines[i][1]
