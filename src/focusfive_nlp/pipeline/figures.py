"""ff_figures: the figures of a report (percentages, fractions in words, counts out of totals).

Token patterns come from figures.jsonl (Matcher); number words, fractions and hedges
from numbers.yaml; figure kinds (target, benchmark, change) from figure_kinds.yaml.
Each figure is a span in ``doc.spans["ff_figures"]`` with ``span._.figure`` holding its
value, count, denominator, kind and the id of the pattern that found it. Hedged
amounts ("nearly half"), counts with no stated total and the bands of a rating key
("AMBER = 60% to 79%") are not figures. A count of things whose own and previous sentence
state no total takes the total of the same things stated a few sentences back in its
section ("31/48 audits ... Two audits were graded inadequate").
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile
from typing import List

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import ConfigError
from . import extensions  # noqa: F401
from .anchored import AnchoredMatcher
from .data import calendar_words, check_keys, load_many, load_yaml, resolve, string_list
from .phrase_keys import PhraseKeys
from .spans import Sentences, doc_text, set_spans, token_columns

FIGURE_LABELS = {"PERCENT", "POINTS", "FRACTION", "RATIO", "COUNT_OF", "COUNT_OF_REF", "COUNT_OF_NOUN", "COUNT_GRADED",
                 "COUNT", "COUNT_LEAD", "COUNT_FOR", "HALF_REF", "SLASH", "RANGE", "COUNT_REST", "SIGNED", "COUNT_LABEL", "ALL_BUT", "ANSWER_PAIR"}
CUE_LINKS = frozenset({"of", "on", "for", "in", "the", "among", "across", "our", "their", "its"})  # between a figure and a kind cue after it
IRREGULAR_PLURALS = frozenset({"children", "people"})  # plural nouns a count in words may count, past "-s" ones
NOT_MODIFIERS = frozenset({"was", "were", "is", "are", "had", "has", "have", "did", "do", "does", "had", "and", "or",
                           "who", "which", "that", "with", "in", "on", "at", "for", "to", "by", "from"})
GROUP_CLAUSE_WORDS = frozenset({"that", "which", "who"})  # "the five that ran longer": a group named by its clause
ARTICLES = frozenset({"the", "a", "an"})
NOUN_MODIFIERS = 2  # words a count in words may have between "of the N" and the plural noun it counts
LABEL_SENTENCES = 3  # how far back a graded count's label ("Inadequate: 4 plans") may find its total
EARLIER_SENTENCES = 5  # how far back a count of things may find the total of the same things
WRAP_REACH = 8  # tokens a figure pattern may reach on either side of a line wrap
REFERENCE_REACH = 40  # tokens back a count "of those four" may find the group of four it counts
_RANGE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)%[-–](\d+(?:\.\d+)?)%")  # "4%-10%": one token and "%"


_SIGNED_POINTS = re.compile(r"[+\-–]\d+(?:\.\d+)?")  # the number of "+8pp", "-3 points"
_PARAGRAPH_NUMBER = re.compile(r"(\d+(?:\.\d+)*)\.(\d+)\s")  # "2.2 ", "4.1.3 "


def _paragraph_number(text: str, offset: int) -> re.Match | None:
    """The number that opens the paragraph holding ``offset`` ("2.2" of "2.2 No file was ..."), or None."""
    start = text.rfind("\n\n", 0, offset)
    start = 0 if start < 0 else start + 2
    while start < offset and text[start] in " \n":
        start += 1
    return _PARAGRAPH_NUMBER.match(text, start)


def _sibling_paragraphs(text: str, earlier: int, later: int) -> bool:
    """Are the paragraphs at the two offsets numbered paragraphs of one part, the later one's
    number right after the earlier one's ("2.1" then "2.2")?"""
    a, b = _paragraph_number(text, earlier), _paragraph_number(text, later)
    return a is not None and b is not None and a.group(1) == b.group(1) and int(b.group(2)) == int(a.group(2)) + 1


def _joins_compound(t) -> bool:
    """Is this hyphen the inside of one word ("step-downs"), with no space either side?"""
    doc = t.doc
    return 0 < t.i < len(doc) - 1 and not doc[t.i - 1].whitespace_ and not t.whitespace_ \
        and doc[t.i - 1].is_alpha and doc[t.i + 1].is_alpha


def across_wraps(pattern: list[dict]) -> list[dict]:
    """The token pattern with an optional whitespace token between its tokens, so that a
    figure wrapped across lines ("38 of the\n\n42 cases") still matches."""
    out: list[dict] = []
    for i, tok in enumerate(pattern):
        if i:
            out.append({"IS_SPACE": True, "OP": "?"})
        out.append(tok)
    return out


_COUNTED = {"COUNT", "COUNT_OF", "COUNT_OF_NOUN", "COUNT_FOR", "COUNT_LEAD", "COUNT_LABEL", "SLASH"}  # counts of cases found
_SLASH_COUNT = re.compile(r"\d+/\d+")


# total patterns that look ahead to the grade tally after the total ("11 files   good 7"): how many
# of their tokens are the total itself, so that the tally's counts stand after it
_TOTAL_BEFORE_TALLY = {"denominator_row_total": 2}


def _slash_token(span: Span):
    """The "11/18" token of a slash count."""
    return next(t for t in span if "/" in t.text and t.text[:1].isdigit())


WORDED_SHARES = {"figure:fraction_words", "figure:half_of", "figure:percent_words", "figure:one_in_n"}  # shares in words


class NumberReader:
    """Reads numbers written in digits or words ("52", "4.8", "fifty-two", "a")."""

    def __init__(self, data: dict):
        self.units = {k: int(v) for k, v in (data.get("units") or {}).items()}
        self.tens = {k: int(v) for k, v in (data.get("tens") or {}).items()}
        self.scales = {k: int(v) for k, v in (data.get("scales") or {}).items()}
        self.fractions = {k: int(v) for k, v in (data.get("fractions") or {}).items()}
        self.units.setdefault("a", 1)
        self.units.setdefault("an", 1)

    def value(self, tokens) -> float | None:
        words = [t.lower_ for t in tokens if t.text not in {"-", "–"}]
        if not words:
            return None
        if len(words) == 1:
            w = words[0].replace(",", "")
            if re.fullmatch(r"\d+(?:\.\d+)?", w):
                return float(w)
        total, last = 0, None  # last: the size of the word before ("thirty" then "three", never "three thirty")
        for w in words:
            if w in self.units:
                if last is not None and (last < 20 or last < 100 and self.units[w] >= 10):
                    return None
                total, last = total + self.units[w], self.units[w]
            elif w in self.tens:
                if last is not None and last < 100:
                    return None
                total, last = total + self.tens[w], self.tens[w]
            elif w in self.scales:
                total, last = max(total, 1) * self.scales[w], self.scales[w]
            else:
                return None
        return float(total)


class FigureFinder:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], numbers: str, figure_kinds: str,
                 calendar: str):
        self.name = name
        self.matcher = AnchoredMatcher(nlp.vocab, validate=True)
        # the same patterns across a line wrap, run only at wraps (on a Span: no windows, lexeme flags)
        self.wrapped = AnchoredMatcher(nlp.vocab, validate=True)
        self.rule_labels: dict[str, str] = {}
        for path, rows in load_many(data_dir, files):
            for n, row in enumerate(rows, 1):
                check_keys(row, {"id", "label", "pattern"}, path=path, what=f"pattern {n}")
                if row["label"] not in FIGURE_LABELS | {"DENOMINATOR", "DENOMINATOR_REF"}:
                    raise ConfigError(f"pattern {n}: unknown label {row['label']!r}", path=path)
                self.rule_labels[row["id"]] = row["label"]
                self.matcher.add(row["id"], [row["pattern"]])
                if len(row["pattern"]) > 1:
                    self.wrapped.add(row["id"], [across_wraps(row["pattern"])])
        num_path = resolve(data_dir, numbers)
        num = load_yaml(num_path)
        check_keys(num, {"units", "tens", "scales", "fractions", "hedges", "one_pronoun_after", "period_part_after",
                               "not_counted", "rating_bands", "group_total_followers", "irregular_plurals",
                         "reference_before", "age_before"},
                   path=num_path, what="numbers")
        def words(key: str) -> set[str]:
            return {w.lower() for w in string_list(num.get(key), path=num_path, what=key)}

        self.months, self.one_pronoun_after = set(calendar_words(data_dir, calendar)["months"]), words("one_pronoun_after")
        self.not_counted, self.period_part_after = words("not_counted"), words("period_part_after")
        bands = num.get("rating_bands") or {}
        check_keys(bands, {"marks", "after", "before", "labels", "links"}, path=num_path, what="rating_bands")
        self.group_followers = words("group_total_followers")
        self.irregular_plurals = words("irregular_plurals")
        self.age_before = words("age_before") if "age_before" in num else set()
        self.reference_before = words("reference_before")
        self.definition_marks = set(string_list(bands.get("marks"), path=num_path, what="rating_bands.marks"))
        self.band_labels = {w.lower() for w in string_list(bands.get("labels"), path=num_path, what="rating_bands.labels")}
        self.band_links = {w.lower() for w in string_list(bands.get("links"), path=num_path, what="rating_bands.links")}
        keys = PhraseKeys(nlp.tokenizer)  # lexicon phrases as token hashes, no Doc each
        self.band_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        for side in ("after", "before"):
            phrases = string_list(bands.get(side), path=num_path, what=f"rating_bands.{side}")
            if phrases:
                self.band_words.add(side, keys.many(phrases))
        self.numbers = NumberReader(num)
        self.hedges = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.hedges.add("HEDGE", keys.many(string_list(num.get("hedges"), path=num_path, what="hedges")))
        kinds_path = resolve(data_dir, figure_kinds)
        kinds = load_yaml(kinds_path)
        check_keys(kinds, {"window", "target", "benchmark", "change", "increase", "decrease", "not_trends"}, path=kinds_path, what="figure kinds")
        self.window = int(kinds.get("window", 6))
        self.kind_before = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kind_after = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kind_adjacent = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind in ("target", "benchmark", "change"):
            spec = kinds.get(kind) or {}
            check_keys(spec, {"before", "after", "adjacent"}, path=kinds_path, what=kind)
            self.kind_before.add(kind, keys.many(string_list(spec.get("before"), path=kinds_path, what=kind)))
            self.kind_after.add(kind, keys.many(string_list(spec.get("after"), path=kinds_path, what=kind)))
            adjacent = string_list(spec.get("adjacent"), path=kinds_path, what=kind)
            if adjacent:
                self.kind_adjacent.add(kind, keys.many(adjacent))
        self.trend = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key in ("increase", "decrease", "not_trends"):
            phrases = string_list(kinds.get(key), path=kinds_path, what=key)
            if phrases:
                self.trend.add(key, keys.many(phrases))

    # --- values -------------------------------------------------------------------------
    def _num_tokens(self, span: Span) -> list:
        out = []
        for t in span:
            if t.like_num or t.lower_ in self.numbers.units or t.text in {"-", "–"}:
                out.append(t)
            else:
                break
        return out

    def _read(self, label: str, span: Span) -> dict | None:
        nr = self.numbers
        if label in {"PERCENT", "POINTS"}:
            v = nr.value(self._num_tokens(span))
            return None if v is None or (label == "PERCENT" and v > 100) else {"value": v}
        if label == "FRACTION":
            if span.start and span.doc[span.start - 1].lower_ in self.period_part_after:  # "the second half of the year": a time
                return None
            toks = [t for t in span if t.text not in {"-", "–"} and not t.is_space]
            if toks[0].lower_ in {"between", "in"}:  # "Between a quarter and a third", "in a third the ..."
                toks = toks[1:]
            if toks[0].lower_ == "half":
                return {"value": 50.0}
            num = nr.value(toks[:1])
            den = nr.fractions.get(toks[1].lower_)
            if num is None or not den or num >= den:
                return None
            return {"value": round(100 * num / den, 1)}
        if label == "RATIO":
            words = [t for t in span if not t.is_space]
            num, den = nr.value(words[:1]), nr.value(words[2:3])
            if num is None or den is None or not (0 < num < den <= 100) or num != int(num) or den != int(den):
                return None
            return {"value": round(100 * num / den, 1)}
        if label == "SLASH":  # "(11/18)", "9/10 cases": 11 of 18, not a year span "(19/20)"
            count, den = (int(x) for x in _slash_token(span).text.split("/"))
            year_like = den == count + 1 and count >= 10 and not span[-1].is_alpha  # "(19/20)"; "19/20 cases" counts
            if not 0 <= count <= den or den == 0 or year_like or 1900 <= den <= 2100:  # "in 10/2024": a month
                return None
            return {"value": round(100 * count / den, 1), "count": count, "denominator": den}
        if label in {"COUNT_OF", "SLASH"} and span.start and span.doc[span.start - 1].lower_ in self.reference_before:
            return None  # "Page 1 of 2", "slide 3/12": a place in a sequence
        if label == "COUNT_OF":
            lead = self._num_tokens(span)
            count, den = nr.value(lead), nr.value([t for t in span[len(lead):] if t.like_num][-1:])
            if count is None or den is None or count != int(count) or den != int(den) or not (0 <= count <= den) or den == 0:
                return None
            # "one of the two" is prose; "three of the 10 children", "nine out of ten" are figures
            words_only = not (span[0].is_digit or span[-1].is_digit)
            after = span.doc[span.end] if span.end < len(span.doc) else None
            # "three of the eight recommendations", "two of the four Child Protection teams" count
            # things; "one of the two (managers)" is prose and "two of the three months" a duration
            counted = ((den >= 5 or count >= 2) and any(t.lower_ == "the" for t in span)
                       and self._counted_noun(span) is not None)
            # "Six of the eight were judged good": the total stands for a group named before
            group = (den >= 5 and count >= 2 and any(t.lower_ == "the" for t in span) and after is not None
                     and after.lower_ in self.group_followers)
            counted = counted or group or (count >= 2 or den >= 5) and self._refers_back(span, den)
            if words_only and not (counted or any(t.lower_ == "out" for t in span)) or 1900 <= den <= 2100:
                return None
            if after is not None and after.lower_ in self.months:  # "Minute 18 of 26 September": a date
                return None
            return {"value": round(100 * count / den, 1), "count": int(count), "denominator": int(den)}
        return None

    def _refers_back(self, span: Span, den: float) -> bool:
        """"Four of the 12 children moved school; in three of those four, ...": a count in words of
        a group just counted ("those four", "these six"), whose number stands shortly before."""
        doc = span.doc
        if den < 2 or span.end < len(doc) and doc[span.end].lower_ in self.not_counted:
            return False  # "in three of those four weeks": a duration
        window = doc[max(0, span.start - REFERENCE_REACH):span.start]
        if any(t.lower_ in {"those", "these"} for t in span):
            return any(t.like_num and self.numbers.value([t]) == den for t in window)
        return any(t.lower_ == "the" for t in span) and self._group_named(window, den)

    def _group_named(self, window: Span, den: float) -> bool:
        """Does the stretch before a count "one of the five" name that group of five as a group of
        its own ("In the five that ran longer, ...", "those five")? A plain count ("five days")
        names none."""
        doc = window.doc
        for t in window:
            if not t.like_num or t.i == window.start or doc[t.i - 1].lower_ not in {"the", "those", "these"}:
                continue
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if self.numbers.value([t]) == den and (after is None or after.lower_ in self.group_followers
                                                   or after.lower_ in GROUP_CLAUSE_WORDS):
                return True
        return False

    def _counted_noun(self, span: Span):
        """The plural noun a count in words is a count of ("teams" in "two of the four Child
        Protection teams", past a name in capitals), or None; time units count nothing."""
        doc = span.doc
        modifiers = 0
        for t in doc[span.end:min(len(doc), span.end + 4 + NOUN_MODIFIERS)]:
            if t.is_space or t.text == "-" and _joins_compound(t):
                continue  # "step-downs", "follow-ups": one word
            if not t.is_alpha:
                return None
            if t.is_lower:
                if t.lower_ in NOT_MODIFIERS or t.lower_ in ARTICLES:
                    return None  # a verb ("was"), a link or a new noun phrase: no noun counted
                if (t.lower_.endswith("s") or t.lower_ in IRREGULAR_PLURALS) and t.lower_ not in self.not_counted:
                    return t
                # modifiers before the noun ("three of the five young people", "the five unborn
                # baby cases")
                if modifiers == NOUN_MODIFIERS:
                    return None
                modifiers += 1
                continue
            if t.i == span.end and t.lower_.endswith("s") and t.lower_ not in self.not_counted:
                return t  # "Three of the eight Recommendations"
        return None

    def _kind(self, doc: Doc, span: Span, cues: dict[str, list], sents: Sentences) -> tuple[str, tuple[int, int] | None]:
        """result, or target / benchmark / change by the cue words around the figure, with the
        cue's token range (None for a result)."""
        sent_start = sents.start(span.start)
        for kind, s, e in cues["adjacent"]:
            # "make up 18% of the workforce" is a share, not a rise
            if e == span.start and not any(a < e and s < b for a, b in cues["not_trends"]):  # "taken up by 6"
                return kind, (s, e)
        for kind, s, e in cues["after"]:
            if span.end <= s <= span.end + 2 and all(
                    t.lower_ in CUE_LINKS for t in doc[span.end:s]):
                return kind, (s, e)
        for kind, s, e in cues["before"]:
            if e < len(doc) and doc[e - 1].is_title and doc[e].is_title:
                continue  # a word of a name ("the National Referral Mechanism"), not a benchmark
            if kind == "target" and span.label_ in _COUNTED:
                continue  # "targets were SMART in only 10 of the 24 plans": a plan's targets counted, no target set
            # not across a new clause: "against 55% nationally, and 88% were living in ..."
            if sent_start <= s and e <= span.start and span.start - e <= self.window and not any(
                    a < e and s < b for a, b in cues["not_trends"]) and not any(
                    t.text == ";" or t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "and"
                    for t in doc[e:span.start]):
                return kind, (s, e)
        return ("change" if span.label_ == "POINTS" else "result"), None

    @staticmethod
    def _trends_near(span: Span, trends: list[tuple[int, int, int]], sents: Sentences) -> list[tuple[int, int, int]]:
        """Rise, fall and comparison phrases in a figure's sentence, nearest first:
        [(start token, end token, +1 or -1)]."""
        lo, hi = sents.start(span.start), sents.end(span)  # span.sent's bounds
        near = [t for t in trends if lo <= t[0] and t[1] <= hi and (t[1] <= span.start or t[0] >= span.end)]
        return sorted(near, key=lambda t: min(abs(t[0] - span.start), abs(t[0] - span.end)))

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        hedges = {e: s for _m, s, e in self.hedges(doc)}
        kind_cues = {
            "before": [(strings[m], s, e) for m, s, e in self.kind_before(doc)],
            "after": [(strings[m], s, e) for m, s, e in self.kind_after(doc)],
            "adjacent": [(strings[m], s, e) for m, s, e in self.kind_adjacent(doc)],
        }
        found = [(s, e, {"increase": 1, "decrease": -1}.get(strings[m], 0)) for m, s, e in self.trend(doc)]
        kind_cues["not_trends"] = [(s, e) for s, e, d in found if not d]
        # a trend word inside a longer phrase is not a trend ("up to date", "stepped down")
        trends = [t for t in found if t[2] and not any(o[0] <= t[0] and t[1] <= o[1] and o[1] - o[0] > t[1] - t[0] for o in found)]
        sents = Sentences.of(doc)
        candidates, denominators = self._matches(doc, sents)
        figures, vague = [], []
        # a count after it "for 5 it was" is a count out of the lead's total, not a count of it
        per_sentence = Counter(sents.start(c.start) for c, r in candidates if r != "count_for_pronoun")
        for span, rule in self._ranges(doc, candidates):
            if span.label_ == "COUNT_LEAD" and per_sentence[sents.start(span.start)] > 1:
                continue  # "In 70 cases, 50 had ...": the total of the count after it
            span, info = self._value(span, figures, denominators, sents)
            if info is None or self._defines_band(span) or self._counts_out(span, info, figures) \
                    or self._restates(span, info, figures):
                continue
            if span.start in hedges:  # "nearly half": a vague amount, kept apart so its words judge nothing
                vague.append(Span(doc, hedges[span.start], span.end, label="VAGUE"))
                continue
            span = self._trim(doc, span)
            kind, kind_cue = self._kind(doc, span, kind_cues, sents)
            if span.label_ == "POINTS" and kind != "change":
                continue
            near = self._trends_near(span, trends, sents)
            info.update(kind=kind, kind_cue=kind_cue, rule=f"figure:{rule}", trends=near,
                        direction=info.pop("sign", 0) or (near[0][2] if near and kind == "change" else 0))
            if "denominator" not in info:
                info.update(count=None, denominator=self._sentence_denominator(span, denominators, sents))
            span._.figure = info
            figures.append(span)
        set_spans(doc, "ff_figures", figures)
        set_spans(doc, "ff_vague", vague)
        set_spans(doc, "ff_denominators", denominators)
        return doc

    def _defines_band(self, span: Span) -> bool:
        """Is the figure a band of a rating key ("AMBER = 60% to 79%", "Good = 80% or more",
        "Red below 60%")?"""
        text = doc_text(span.doc)
        return self._sign_band(span, text) or self._colour_band(span, text)

    def _sign_band(self, span: Span, text: str) -> bool:
        """A short label and a definition sign open the figure's cell (a table cell, line or
        clause): "AMBER = 60% to 79%"."""
        doc = span.doc
        cell = max(text.rfind(c, 0, span.start_char) for c in "\n|;") + 1
        if not any(m in text[cell:span.start_char] for m in self.definition_marks):
            return False  # no sign in its cell: most figures end here, no token read
        i = span.start - 1
        while i >= 0 and (doc[i].text not in self.definition_marks or doc[i].text == "-" and not (
                i and doc[i].whitespace_ and doc[i - 1].whitespace_)):  # a spaced dash, not "Re-referrals"
            if doc[i].text in {"|", ";"} or "\n" in doc[i].text or doc[i].is_sent_start:
                return False
            i -= 1
        if i < 1:
            return False
        label = 0
        j = i - 1
        while j >= 0 and doc[j].is_alpha and label < 4 and not doc[j].is_sent_start:
            label, j = label + 1, j - 1
        if j >= 0 and doc[j].is_alpha and doc[j].is_sent_start:
            label, j = label + 1, j - 1
        if not (1 <= label <= 3 and (j < 0 or doc[j].text in {"|", ";", ",", ":", "("} or "\n" in doc[j].text)):
            return False
        lo, hi = max(i, span.start - 3), min(len(doc), span.end + 3)
        strings = doc.vocab.strings
        return any(strings[m] == "after" and s == span.end or strings[m] == "before" and e == span.start and s > i
                   for m, s, e in self.band_words(doc[lo:hi]))  # the sign itself ("Amber – 65%") is no band word  # a Span's matches are in doc offsets

    def _colour_band(self, span: Span, text: str) -> bool:
        """Is the figure a band of a RAG key written without a sign ("Green where 80% or more
        met; Amber 60–79%; Red below 60%")? Its clause opens with a rating colour, at most a
        linking word ("where", "if") between it and the figure, and a band word at the figure."""
        cell = max(text.rfind(c, 0, span.start_char) for c in "\n|;:") + 1
        words = text[cell:span.start_char].split()
        if not words or words[0].strip("\"'‘’“”(").lower() not in self.band_labels or len(words) > 3:
            return False
        if any(w.lower() not in self.band_links for w in words[1:-1]):
            return False
        if words[-1][-1:] in "-–" and words[-1][:-1].replace(".", "").isdigit():
            return True  # the top of a band written as a range ("Amber 60–79%")
        doc = span.doc
        lo, hi = max(0, span.start - 2), min(len(doc), span.end + 3)
        strings = doc.vocab.strings
        # a dash after the figure goes on with a comment ("Amber 72% – below target"), not a band
        return any((strings[m] == "after" and s == span.end or strings[m] == "before" and e == span.start)
                   and doc[s:e].text not in {"-", "–", "—"} for m, s, e in self.band_words(doc[lo:hi]))

    @staticmethod
    def _ranges(doc: Doc, candidates: list[tuple[Span, str]]):
        """The candidates, with each range "4%-10%" (one token and "%", which no token pattern
        reads) as two percentages, its ends, each over its own token, in text order."""
        ranges, text = [], doc_text(doc)
        for m in _RANGE.finditer(text) if "%-" in text or "%–" in text else ():
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or len(span) != 2:
                continue
            for i, number in enumerate(m.groups()):
                part = Span(doc, span.start + i, span.start + i + 1, label="RANGE")
                part._.figure = {"value": float(number)}
                ranges.append((part, "percent_range"))
        if not ranges:
            yield from candidates
            return
        taken = {i for part, _r in ranges for i in range(part.start, part.end)}
        yield from sorted(ranges + [(s, r) for s, r in candidates if not taken & set(range(s.start, s.end))],
                          key=lambda c: c[0].start)

    def _at_wraps(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches that run across a whitespace token inside a sentence ("38 of the\n\n42")."""
        n = len(doc)
        space, sent_start = token_columns(doc, IS_SPACE)[0].tolist(), doc.to_array(SENT_START).tolist()
        # a run of tabs is a table's cell boundary, no wrap ("5 of 9<TAB><TAB>6 of 13": two cells)
        wraps = [i for i in range(1, n - 1) if space[i] and sent_start[i + 1] != 1 and not space[i + 1]
                 and "\t" not in doc[i].text]
        # overlapping reaches are read in one Matcher call; a match counts for a wrap it
        # crosses within that wrap's own reach
        groups: list[list[int]] = []
        for i in wraps:
            if groups and i - WRAP_REACH < groups[-1][-1] + WRAP_REACH + 1:
                groups[-1].append(i)
            else:
                groups.append([i])
        out = []
        # the patterns with all their anchor words in a stretch; None: a match may be anywhere
        reach = self.wrapped.reach_plans(doc) if groups else None
        for group in groups:
            lo, hi = max(0, group[0] - WRAP_REACH), min(n, group[-1] + WRAP_REACH + 1)
            if reach is None:
                matcher = self.wrapped
            else:
                mask = reach(lo, hi)
                if not mask:
                    continue  # no pattern has all its anchor words here
                matcher = self.wrapped.subset_matcher(mask)  # the others cannot match here
            for m, s, e in matcher(doc[lo:hi]):
                s, e = lo + s, lo + e
                if any(s < i < e and i - WRAP_REACH <= s and e <= i + WRAP_REACH + 1 for i in group):
                    out.append((m, s, e))
        return sorted(set(out), key=lambda m: (m[1], m[2]))

    def _matches(self, doc: Doc, sents: Sentences) -> tuple[list[tuple[Span, str]], list[Span]]:
        """Figure candidates (longest first wins, in text order) with their rule ids, and the
        totals ("In 70 cases", "Of these") later counts may be out of."""
        strings = doc.vocab.strings
        candidates, denominators = [], []
        for match_id, start, end in self.matcher(doc) + self._at_wraps(doc):
            rule = strings[match_id]
            span = Span(doc, start, end, label=self.rule_labels[rule])
            if span.label_ == "DENOMINATOR_REF":
                span = self._resolve_reference(doc, span, sents)
                if span is not None:
                    denominators.append(span)
            elif span.label_ == "DENOMINATOR":
                if rule in _TOTAL_BEFORE_TALLY:  # "11 files   good 7": the total is "11 files" alone
                    span = Span(doc, start, start + _TOTAL_BEFORE_TALLY[rule], label=span.label_)
                value = self.numbers.value([t for t in span if t.like_num][:1])
                span._.figure = {"denominator": int(value) if value is not None and value == int(value) else None}
                denominators.append(span)
            else:
                candidates.append((span, rule))
        # "cp team  7 files  good 2 · RI 4": a number that opens a total (the row's files, then its
        # grade tally) is no bare count of its own, and its match must not hide the tally's first item
        totals = {d.start for d in denominators}
        candidates = [(s, r) for s, r in candidates if not (s.label_ == "COUNT" and s.start in totals)]
        rules = {(s.start, s.end, s.label_): r for s, r in candidates}
        kept = filter_spans([s for s, _r in candidates])
        return [(s, rules[(s.start, s.end, s.label_)]) for s in kept], denominators

    def _value(self, span: Span, figures: list[Span], denominators: list[Span], sents: Sentences) -> tuple[Span, dict | None]:
        """The figure's value (and count and total), read the way its pattern says."""
        label = span.label_
        if label == "COUNT" and _SLASH_COUNT.fullmatch(span[0].text):
            return self._slash_lead(span)
        if label == "COUNT":
            return span, self._bare_count(span, denominators, figures, sents)
        if label == "COUNT_OF_REF":
            return span, self._count_of_reference(span, figures, denominators, sents)
        if label == "HALF_REF":  # "... were tracked in half.": half of the things just counted
            return Span(span.doc, span.start + 1, span.start + 2, label="FRACTION"), self._half_of_counted(span, figures, sents)
        if label == "COUNT_LEAD":  # "In three cases, ...": a count, out of the total stated before
            return Span(span.doc, span.start + 1, span.end - 1, label="COUNT"), self._lead_count(span, denominators, figures, sents)
        if label == "COUNT_FOR":  # "... were gathered for 19 households;": out of the same things counted before
            return Span(span.doc, span.start + 1, span.end - 1, label="COUNT"), self._count_for(span, sents)
        if label == "COUNT_OF_NOUN":
            return span, self._count_of_stated_total(span, denominators, sents)
        if label == "ALL_BUT":  # "all but three of the 19": the rest of a stated total, exact
            return span, self._all_but(span, figures, denominators, sents)
        if label == "COUNT_GRADED":  # "Good in 14": the figure is the number
            i = next(t.i for t in span[1:] if t.like_num)
            # "... sufficient in 15 of 22. ... sufficient in 11, and ...": a bare "in N" closing a clause
            # may take the total of the sentence before
            back = span[0].lower_ == "in" and span[-1].is_punct and span[-1].i == i + 1
            if _SLASH_COUNT.fullmatch(span.doc[i].text):  # "rated good or better in 33/48,": a slash count
                span = Span(span.doc, i, i + 1, label="SLASH")
                return span, self._read("SLASH", span)
            span = Span(span.doc, i, i + 1, label=label)
            return span, self._count_in_series(span, figures, sents, back=back, denominators=denominators)
        if label == "SIGNED":  # "(+6)", "(-1)", "(+7 on the last return)": a change in points, its sign its way
            number = span[1].text
            value = float(number[1:])
            return Span(span.doc, span.start + 1, span.start + 2, label="POINTS"), (
                {"value": value, "sign": -1 if number[0] == "-" else 1} if value <= 100 else None)
        if label == "COUNT_LABEL":  # "Requires improvement: 16." after "Of the 48 audits, 29 were ...": a graded count
            # (or a tally with no colon, "12 families – Good 8, RI 3": the number right after the grade)
            i = next(t.i for t in span[1:] if t.like_num)
            if span[-1].text in {".", ")"} and not any(t.text == ":" for t in span) \
                    and not self._tally_before(span, figures, sents):
                return span, None  # "... graded Good 3.": a grade and a number closing a sentence, no tally
            span = Span(span.doc, i, i + 1, label="COUNT_OF")
            return span, self._labelled_count(span, denominators, figures, sents)
        if label == "ANSWER_PAIR":  # "Yes 16  No 2" after a question: the yes answers, out of all the answers
            yes, no = [t for t in span if t.like_num]
            count, den = int(yes.text), int(yes.text) + int(no.text)
            return Span(span.doc, yes.i, yes.i + 1, label="COUNT_OF"), (
                {"value": round(100 * count / den, 1), "count": count, "denominator": den} if count else None)
        if label == "COUNT_REST":  # "The other 16 moves were unplanned": the rest of a total just counted
            span = Span(span.doc, span.start + 2, span.start + 3, label="COUNT_OF")
            return span, self._count_of_rest(span, figures, sents)
        if label == "RANGE":
            value = span._.figure["value"]
            return span, {"value": value} if value <= 100 else None
        if label == "SLASH":
            info = self._read(label, span)
            i = _slash_token(span).i
            return Span(span.doc, i, i + 1, label="COUNT_OF"), info
        if label == "POINTS" and _SIGNED_POINTS.fullmatch(span[0].text):  # "+8pp", "-3 points": its sign its way
            number = span[0].text
            value = float(number[1:])
            return span, {"value": value, "sign": 1 if number[0] == "+" else -1} if value <= 100 else None
        if label == "COUNT_OF" and len(span) > 2 and span[1].like_num and span[0].text.count(".") == 1:
            # "4.4 24 of the 45 plans": a paragraph number before the count
            span = Span(span.doc, span.start + 1, span.end, label=label)
        return span, self._read(label, span)

    def _slash_lead(self, span: Span) -> tuple[Span, dict | None]:
        """"13/20 files were graded good", "8/20" / "were graded ...": a bare-count pattern whose
        number is a slash count states its own total, so it is read as that slash count (a
        bare count's pattern, the longer match, would otherwise look for a total elsewhere)."""
        slash = Span(span.doc, span.start, span.start + 1, label="SLASH")
        return Span(span.doc, span.start, span.start + 1, label="COUNT_OF"), self._read("SLASH", slash)

    @staticmethod
    def _trim(doc: Doc, span: Span) -> Span:
        """The figure's own words: a pattern's look-ahead word ("were", "had") is not part of it."""
        if span.label_ in {"COUNT_OF_REF", "COUNT_GRADED", "COUNT_OF_NOUN"}:
            return Span(doc, span.start, span.end, label="COUNT_OF")
        if span.label_ in {"FRACTION", "COUNT"} and span[-1].lower_ != "of" and not span[-1].like_num:
            span = Span(doc, span.start, span.end - 1, label=span.label_)
        if span.label_ == "COUNT" and span[-1].lower_ not in {"cases", "children"} and len(span) > 1:
            lead = sum(1 for _t in takewhile(lambda t: t.like_num or t.text in {"-", "–"}, span))
            span = Span(doc, span.start, span.start + max(lead, 1), label=span.label_)  # "thirty-three"
        return span

    def _resolve_reference(self, doc: Doc, span: Span, sents: Sentences) -> Span | None:
        """"Of these, 78 ..." refers to the last counted total of the sentence before: a
        denominator span over the reference words, holding that earlier number."""
        sent_start = sents.start(span.start)
        if sent_start == 0:
            return None
        prev = sents.span(doc, sent_start - 1)
        # not a number in brackets, an aside ("702 contacts this year (618 in 2022/23)")
        values = [self._number_ending_at(doc, t.i) for t in prev
                  if t.like_num and t.i + 1 < prev.end and doc[t.i + 1].is_alpha and not doc[t.i + 1].like_num
                  and not (t.i > prev.start and doc[t.i - 1].text == "(")]
        values = [v for v in values if v is not None and v == int(v) and not 1900 <= v <= 2100]
        if not values:
            return None
        ref = Span(doc, span.start, span.end, label="DENOMINATOR")
        ref._.figure = {"denominator": int(values[-1])}
        return ref

    def _number_ending_at(self, doc: Doc, i: int) -> float | None:
        """The number whose last word is token i: "Forty-two" in "Forty-two case audits", else token i alone."""
        if i >= 2 and doc[i - 1].text in {"-", "–"} and doc[i - 2].like_num:
            compound = self.numbers.value(doc[i - 2:i + 1])
            if compound is not None:
                return compound
        return self.numbers.value([doc[i]])

    def _sentence_denominator(self, span: Span, denominators: list[Span], sents: Sentences) -> int | None:
        sent_start = sents.start(span.start)
        for d in denominators:
            if sents.start(d.start) == sent_start and d.end <= span.start:
                v = d._.figure["denominator"]
                if v is not None:
                    return int(v)
        return None

    def _count_of_reference(self, span: Span, figures: list[Span], denominators: list[Span], sents: Sentences) -> dict | None:
        """"21 of these": out of the count of the figure just before it, in its sentence or the one before
        ("present on 38 of the 45 files, and 21 of these were up to date"), or out of a total its own
        sentence states ("Police took part in all 25 discussions, and health in 20 of them")."""
        if self._pronoun(span):
            return None  # "every one of them had a protected caseload": all of them, no count
        count = self.numbers.value(self._num_tokens(span))
        sent_start = sents.start(span.start)
        earlier = [f._.figure["count"] for f in figures
                   if sents.start(f.start) == sent_start and f.end <= span.start and f._.figure.get("count")]
        if not earlier:
            earlier = [d._.figure["denominator"] for d in denominators
                       if sents.start(d.start) == sent_start and d.end <= span.start and d._.figure.get("denominator")]
        if not earlier and sent_start > 0:  # "12 of the 40 were stepped down. In 7 of these, ..."
            before = sents.start(sent_start - 1)
            earlier = [f._.figure["count"] for f in figures if sents.start(f.start) == before and f._.figure.get("count")]
        if count is None or count != int(count) or not earlier:
            return None
        den = earlier[-1]
        if not 0 <= count <= den or den == 0:
            return None
        return {"value": round(100 * count / den, 1), "count": int(count), "denominator": int(den)}

    def _count_of_stated_total(self, span: Span, denominators: list[Span], sents: Sentences) -> dict | None:
        """"Seven of the children were ...": out of the number of those things the sentence before
        states ("Ten children's records were audited."); the total then holds for the rest of the
        sentence ("... and three were open to Early Help")."""
        count = self.numbers.value(self._num_tokens(span))
        sent_start = sents.start(span.start)
        if count is None or count != int(count) or sent_start == 0:
            return None
        noun = span[-1].lower_
        prev = sents.span(span.doc, sent_start - 1)
        totals = [self.numbers.value([t]) for t in prev if t.like_num and t.i + 1 < prev.end and span.doc[t.i + 1].lower_ == noun]
        totals = [v for v in totals if v is not None and v == int(v)]
        if not totals or not 0 < count < totals[-1]:
            return None
        ref = Span(span.doc, span.start + 1, span.end, label="DENOMINATOR")
        ref._.figure = {"denominator": int(totals[-1])}
        denominators.append(ref)
        return {"value": round(100 * count / totals[-1], 1), "count": int(count), "denominator": int(totals[-1])}

    def _all_but(self, span: Span, figures: list[Span], denominators: list[Span], sents: Sentences) -> dict | None:
        """"all but three of the 19" (16 of 19); "16/20 ..., and all but one recorded ..." (19 of 20):
        the total is the span's own, else that of the count before it in its sentence."""
        numbers = [t for t in span if t.like_num]
        missing = self.numbers.value(numbers[:1])
        if len(numbers) > 1:
            total = self.numbers.value(numbers[-1:])
        else:
            sent_start = sents.start(span.start)
            earlier = [f._.figure["denominator"] for f in figures if sents.start(f.start) == sent_start
                       and f.end <= span.start and f._.figure.get("denominator")]
            total = earlier[-1] if earlier else None
        if missing is None or total is None or missing != int(missing) or total != int(total) or not 0 < missing < total:
            return None
        count = int(total - missing)
        return {"value": round(100 * count / total, 1), "count": count, "denominator": int(total)}

    def _count_in_series(self, span: Span, figures: list[Span], sents: Sentences, back: bool = False,
                         denominators: list[Span] = ()) -> dict | None:
        """"graded RI in 16 of the 36 cases and Good in 14": out of the total of the count before it
        (with ``back``, of the sentence before when its own sentence counts none); else out of the
        total its sentence opens with ("Of the 48 audits, practice was good in 27, ...")."""
        count = self.numbers.value(span[:1])
        sent_start = sents.start(span.start)
        earlier = [f for f in figures if sents.start(f.start) == sent_start and f.end <= span.start
                   and f._.figure.get("denominator")]
        if not earlier and back and sent_start > 0 and not any(sents.start(f.start) == sent_start for f in figures):
            before = sents.start(sent_start - 1)
            earlier = [f for f in figures if sents.start(f.start) == before and f._.figure.get("denominator")]
        opening = [d._.figure["denominator"] for d in denominators if d.start == sent_start
                   and (d._.figure or {}).get("denominator")]
        if count is None or count != int(count) or not (earlier or opening):
            return None
        den = earlier[-1]._.figure["denominator"] if earlier else opening[-1]
        if not 0 <= count <= den:
            return None
        return {"value": round(100 * count / den, 1), "count": int(count), "denominator": int(den)}

    def _labelled_count(self, span: Span, denominators: list[Span], figures: list[Span], sents: Sentences) -> dict | None:
        """A count after a grade label and a colon ("Inadequate: 3."), out of the total of its own
        sentence or, where it states none, of the sentence before."""
        count = self.numbers.value(span[:1])
        sent_start = sents.start(span.start)
        # the nearest total before it ("cp team  7 files  good 2 · RI 4" after "... 11 files ..."
        # in one sentence of table rows: each tally is out of its own row's files)
        stated = sorted([(f.end, f._.figure.get("denominator")) for f in figures
                         if sents.start(f.start) == sent_start and f.end <= span.start]
                        + [(d.end, d._.figure["denominator"]) for d in denominators
                           if sents.start(d.start) == sent_start and d.end <= span.start], key=lambda p: p[0])
        totals = [t for _end, t in stated]
        before = sent_start
        for _ in range(LABEL_SENTENCES):  # the sentence before, else the one before that ("... 22 of the 40
            if any(totals) or before == 0:  # plans. Last term it was 49%. Inadequate: 4 plans.")
                break
            before = sents.start(before - 1)
            totals = [f._.figure.get("denominator") for f in figures if sents.start(f.start) == before]
            totals += [d._.figure["denominator"] for d in denominators if sents.start(d.start) == before]
        totals = [t for t in totals if t]
        if count is None or count != int(count) or not totals or not 0 <= count <= totals[-1]:
            return None
        den = int(totals[-1])
        return {"value": round(100 * count / den, 1), "count": int(count), "denominator": den}

    @staticmethod
    def _prose_sentence(sent: Span) -> bool:
        """Does the sentence end as prose does (a full stop, "?" or "!"), not as a heading?"""
        words = [t for t in sent if not t.is_space]
        return bool(words) and words[-1].text in {".", "?", "!"}

    @staticmethod
    def _tally_before(span: Span, figures: list[Span], sents: Sentences) -> bool:
        """Does a tally item ("Good 11,") stand before this one in its sentence, so that "Inadequate
        3." closes a one-line grade list ("Outstanding 1, Good 11, Requires Improvement 10,
        Inadequate 3.")?"""
        sent_start = sents.start(span.start)
        return any(sents.start(f.start) == sent_start and f.end <= span.start
                   and f._.figure.get("rule", "").startswith("figure:count_grade_tally") for f in figures)

    def _count_of_rest(self, span: Span, figures: list[Span], sents: Sentences) -> dict | None:
        """"In 20 of the 36 cases ... The other 16 were unplanned": the rest of the total of the count
        just before it (its sentence or up to LABEL_SENTENCES before, in its paragraph, or in the
        numbered paragraph before it of the same part: "2.1 Sixteen of the 25 files ... 2.2 No file
        was Inadequate. The remaining nine files ..."), when the two counts make up the total."""
        count = self.numbers.value(span[:1])
        starts = {sents.start(span.start)}
        text = doc_text(span.doc)
        breaks = 0
        for _step in range(LABEL_SENTENCES):
            first = min(starts)
            if first == 0:
                break
            before = sents.start(first - 1)
            if "\n\n" in text[span.doc[before].idx:span.doc[first].idx]:
                breaks += 1
                if breaks > 1 or not self._prose_sentence(sents.span(span.doc, before)) \
                        or not _sibling_paragraphs(text, span.doc[before].idx, span.doc[first].idx):
                    break  # only into the numbered paragraph before, of the same part ("2.1" before "2.2")
            starts.add(before)
        earlier = [f._.figure for f in figures if sents.start(f.start) in starts and f.end <= span.start
                   and f._.figure.get("count") is not None and f._.figure.get("denominator")]
        if count is None or count != int(count) or not earlier:
            return None
        last = earlier[-1]
        if last["count"] + count != last["denominator"]:
            return None
        den = int(last["denominator"])
        return {"value": round(100 * count / den, 1), "count": int(count), "denominator": den}

    def _restates(self, span: Span, info: dict, figures: list[Span]) -> bool:
        """A percentage right after a count that it restates: in brackets ("33 out of 40 (82.5%)",
        "28 of the 46 children - a little under two-thirds (61%)") or after "which is" / "that is"
        ("41 out of the 57 records good or outstanding, which is 72%")."""
        if span.start == 0 or not figures:
            return False
        prev = figures[-1]
        if abs(prev._.figure["value"] - info["value"]) >= 0.6:
            return False
        doc = span.doc
        said = [t.lower_ for t in doc[max(prev.end, span.start - 2):span.start]]
        if said in (["which", "is"], ["that", "is"], ["i.e."]) and span.start - prev.end <= 12 \
                and prev._.figure.get("count") is not None and not any(t.like_num for t in doc[prev.end:span.start]):
            return True
        if doc[span.start - 1].text != "(":
            return False
        if (prev._.figure.get("count") is not None and span.start - prev.end <= 12
                and not any(t.is_digit or t.text in {".", ";"} for t in doc[prev.end:span.start - 1])):
            return True  # "28 of the 46 children - a little under two-thirds (61%)"
        if span.start - prev.end <= 3:
            return True
        # "Three quarters of children looked after (75%)": a share in words, its noun phrase, then the bracket
        between = span.doc[prev.end:span.start - 1]
        return (prev._.figure.get("rule") in WORDED_SHARES and len(between) <= 8
                and not any(t.is_punct or t.like_num for t in between))

    @staticmethod
    def _series_total(span: Span, figures: list[Span], sents: Sentences) -> int | None:
        """"Nine files were graded inadequate and 46 were graded RI": a bare count that goes on
        a series after "and" or a comma shares the total of the count before it in its sentence."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].lower_ not in {"and", ",", ";"}:
            return None
        sent_start = sents.start(span.start)
        earlier = [f._.figure.get("denominator") for f in figures
                   if sents.start(f.start) == sent_start and f.end <= i and f._.figure.get("count") is not None]
        return int(earlier[-1]) if earlier and earlier[-1] else None

    def _previous_total(self, span: Span, denominators: list[Span], figures: list[Span], sents: Sentences) -> int | None:
        """The total of the sentence before, for a count whose own sentence states none:
        "... in 29 of the 40 cases (72.5%). Eleven records were late." and "Of the 42 actions,
        17 are complete ...", then "At the last update in June, 11 actions were complete"."""
        sent_start = sents.start(span.start)
        if sent_start == 0:
            return None
        # the count opens its sentence, or follows only an opening phrase ("At the last update in June,"),
        # not a verb's object ("when audits found two children placed out of area")
        # or opens a clause after a semicolon ("waits were long; two children waited ...")
        lead = [t for t in span.doc[sent_start:span.start] if t.is_alpha or t.text in {",", ";"}]
        if lead and lead[-1].text not in {",", ";"}:
            return None
        before = sents.start(sent_start - 1)
        totals = sorted([(d.start, d._.figure["denominator"]) for d in denominators if sents.start(d.start) == before]
                        + [(f.start, f._.figure.get("denominator")) for f in figures if sents.start(f.start) == before])
        totals = [t for _i, t in totals if t]
        if totals:
            return int(totals[-1])
        return self._earlier_total(span, denominators, figures, sents, before)

    def _counted(self, doc: Doc, span: Span) -> str | None:
        """The plural noun a count or total counts ("audits" in "31/48 audits", "in 70 cases",
        "Two audits were"), or None."""
        for t in list(span[1:]) + list(doc[span.end:span.end + 1]):
            if t.like_num or t.is_space or t.lower_ in {"of", "the", "out", "in", "all", "-", "–", "(", ")"}:
                continue
            plural = t.lower_.endswith("s") or t.lower_ in self.irregular_plurals
            return t.lower_ if t.is_alpha and plural else None
        return None

    def _earlier_total(self, span: Span, denominators: list[Span], figures: list[Span], sents: Sentences, before: int) -> int | None:
        """A count of things ("Two audits were graded inadequate", "Eleven children had ...")
        whose sentence before states no total: out of the total of the same things stated up to
        EARLIER_SENTENCES sentences back in its section ("... 31/48 audits (65%) were good.")."""
        doc = span.doc
        noun = self._counted(doc, span)
        if noun is None:
            return None
        floor = next((sec.start_char for sec in reversed(doc._.sections or []) if sec.start_char <= span.start_char), 0)
        for _step in range(EARLIER_SENTENCES - 1):
            if before == 0:
                return None
            before = sents.start(before - 1)
            if doc[sents.end(doc[before:before + 1]) - 1].idx < floor:
                return None  # the sentence lies wholly before the count's section
            # a total stated as such ("in 70 cases", "of the 40"), not the base of a rate ("one in seven cases")
            totals = sorted([(d.start, d._.figure["denominator"], d) for d in denominators if sents.start(d.start) == before
                             and not any(f.start < d.end and d.start < f.end for f in figures)]
                            + [(f.start, f._.figure.get("denominator"), f) for f in figures if sents.start(f.start) == before
                               and f._.figure.get("count") is not None],
                            key=lambda t: t[0])
            same = [t for _i, t, f in totals if t and f.start_char >= floor and self._counted(doc, f) == noun]
            if same:
                return int(same[-1])
        return None

    def _pronoun(self, span: Span) -> bool:
        """"cases where one existed", "no one had been named": the word "one" standing for a thing, not a count."""
        first = span[0]
        return first.lower_ == "one" and first.i > 0 and span.doc[first.i - 1].lower_ in self.one_pronoun_after

    @staticmethod
    def _counts_out(span: Span, info: dict, figures: list[Span]) -> bool:
        """A count in brackets right after a percentage it spells out ("86% (6 of 7)"): one figure,
        the percentage's, which takes its value, count and total from the count."""
        if "count" not in info or span.start == 0 or span.doc[span.start - 1].text != "(" or not figures:
            return False
        prev = figures[-1]
        if prev.label_ != "PERCENT" or span.start - prev.end > 2 or abs(prev._.figure["value"] - info["value"]) >= 0.6:
            return False
        prev._.figure.update(value=info["value"], count=info["count"], denominator=info["denominator"])
        return True

    @staticmethod
    def _half_of_counted(span: Span, figures: list[Span], sents: Sentences) -> dict | None:
        """"in half" closing a clause is half of the things a count out of a total just counted, in
        its sentence or the two before ("Discussion was recorded in 4 of the 6 records. Actions
        were tracked in half."); with no such count ("the waiting list was cut in half") it is none."""
        starts = [sents.start(span.start)]
        while len(starts) < 3 and starts[-1] > 0:
            starts.append(sents.start(starts[-1] - 1))
        if not any(sents.start(f.start) in starts and f.end <= span.start and f._.figure.get("count") is not None
                   for f in figures):
            return None
        return {"value": 50.0}

    def _lead_count(self, span: Span, denominators: list[Span], figures: list[Span], sents: Sentences) -> dict | None:
        """"In three cases, midwifery did not know ...": a sentence that opens on a number of cases
        and holds no other figure counts them out of the total of the same things stated before
        ("... in 12 of the 14 cases ..."); with a count after it, it is that count's total instead."""
        count = self.numbers.value(span[1:2])
        den = self._previous_total(span, denominators, figures, sents)
        if count is None or count != int(count) or den is None or not 0 < count < den:
            return None
        if span[-1].text != "," and not self._total_counts(span, int(den), sents):
            return None  # "For 13 children the ...", no comma: only out of a total of the same things
        return {"value": round(100 * count / den, 1), "count": int(count), "denominator": int(den)}

    def _count_for(self, span: Span, sents: Sentences) -> dict | None:
        """A count of things closing its clause ("The views of children were gathered for 19
        households;"): out of the total of the same things a count stated shortly before ("for
        26 of the 30 households"), the nearest; None where none was."""
        doc, noun = span.doc, span[2].lower_
        count = int(span[1].text)
        start = sents.start(span.start)
        for _step in range(EARLIER_SENTENCES):
            if start == 0:
                break
            start = sents.start(start - 1)
        totals = [int(t.text) for t in doc[start:span.start]
                  if t.text.isdigit() and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == noun
                  and doc[t.i - 1].lower_ in {"the", "of"} and doc[t.i - 2].lower_ == "of"]
        if not totals and noun == "cases":
            # "The plans of the 12 young people ... were joined up in 7 cases.": the cases are the
            # group its own sentence counts out
            totals = [int(t.text) for t in doc[sents.start(span.start):span.start]
                      if t.text.isdigit() and t.i > 1 and doc[t.i - 1].lower_ in {"the", "all"} and doc[t.i - 2].lower_ == "of"]
        if not totals or not 0 < count < totals[-1]:
            return None
        return {"value": round(100 * count / totals[-1], 1), "count": count, "denominator": totals[-1]}

    def _total_counts(self, span: Span, den: int, sents: Sentences) -> bool:
        """Does a sentence shortly before state the total ``den`` of the things the lead count
        names ("... for 28 of the 46 children. For 13 children the ...")?"""
        doc, noun = span.doc, span[2].lower_
        start = sents.start(span.start)
        for _step in range(EARLIER_SENTENCES):
            if start == 0:
                break
            start = sents.start(start - 1)
        return any(t.like_num and self.numbers.value([t]) == den and noun in {u.lower_ for u in doc[t.i + 1:t.i + 4]}
                   for t in doc[start:span.start])

    def _bare_count(self, span: Span, denominators: list[Span], figures: list[Span], sents: Sentences) -> dict | None:
        """A bare count ("36 cases were graded ...") needs a total stated earlier in its sentence,
        or, where its sentence states none, in the sentence before."""
        lead = self._num_tokens(span)
        count = self.numbers.value(lead)
        if count is None and len(lead) > 1:  # "2019-20 were": only the last number counts
            count = self.numbers.value(lead[-1:])
        if count is None or count != int(count) or self._pronoun(span):
            return None
        if span.start and span.doc[span.start - 1].lower_ in self.age_before:
            return None  # "where young people would live after 18 was left late": an age, no count
        den = None
        sent_start = sents.start(span.start)
        for d in denominators:
            if sents.start(d.start) == sent_start and d.end <= span.start:
                den = d._.figure["denominator"]
        if den is None and not any(sents.start(d.start) == sent_start for d in denominators):
            den = self._series_total(span, figures, sents) or self._previous_total(span, denominators, figures, sents)
        if den is None or den != int(den) or not (0 < count < den) or 1900 <= den <= 2100:
            return None
        return {"value": round(100 * count / den, 1), "count": int(count), "denominator": int(den)}


@Language.factory(
    "ff_figures",
    default_config={"data_dir": None, "files": ["figures.jsonl"], "numbers": "numbers.yaml", "figure_kinds": "figure_kinds.yaml",
                    "calendar": "calendar.yaml"},
)
def make_figure_finder(nlp: Language, name: str, data_dir: str | None, files: List[str], numbers: str, figure_kinds: str,
                       calendar: str) -> FigureFinder:
    return FigureFinder(nlp, name, data_dir, files, numbers, figure_kinds, calendar)
