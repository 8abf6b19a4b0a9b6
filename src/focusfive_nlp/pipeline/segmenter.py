"""ff_segmenter: sentence boundaries for report text.

A report breaks sentences at full stops, but also at list items, headings, table rows
and blank lines; a single line break inside a paragraph (a PDF line wrap) is not a
boundary. A transcript with a blank line after every line (double-spaced) wraps with one
blank line, so there it takes two to end a paragraph, unless the loader joined its
wrapped lines first (loader.reading_view). Settings in segmentation.yaml.
"""
from __future__ import annotations

import bisect
import re
from typing import List

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..structure import double_spaced, numbering
from ..textview import is_table_line
from . import extensions  # noqa: F401
from .data import check_keys, load_many, string_list
from .spans import doc_text, token_columns


# the keys of segmentation.yaml (read here and by ff_findings)
# word sets of the findings rules (ff_findings reads this file too): polarity.PolarityWords, FigureRules, TableRules
FINDINGS_WORD_KEYS = ("passive_auxiliaries", "passive_adverbs", "unsaid_negations", "unsaid_topics", "change_nouns",
                      "opening_prepositions", "clause_openers", "table_point_units", "grade_figure_links",
                      "coordinating_openers", "plan_verbs", "changed_units", "decision_verbs", "breakdown_headers",
                      "partition_openers", "comparison_words", "comparison_openers", "comparison_times")
SEGMENTATION_KEYS = {"bullets", "sentence_final", "abbreviations", "clause_breaks", "continuations", "measure_headers",
                     "mixed_splits", "total_headers", "figure_continuations", "target_headers", "benchmark_headers",
                     "figure_comparisons", "finding_headers", "circumstance_themes", "figure_ratings",
                     "wrapped_grade_headers", "status_labels", *FINDINGS_WORD_KEYS}
LINES_JOINED = "ff_lines_joined"  # Doc.user_data key: the text's wrapped lines were joined before reading
_COLUMNS = re.compile(r"[^\s.!?;:][^\S\n]{2,}[A-Z]")  # a row of a layout ("Overall effectiveness  Good")
_CLOSERS = ")'\"’”"  # a token of these closes a sentence-final one before it ("... done.)")
# a slide's big number, alone on its line ("68%", "9 in 10", "41 per cent"): its measure is the
# line below, which a PDF reader sets apart as a paragraph of its own
LONE_FIGURE = re.compile(r"[^\S\n]*\d+(?:\.\d+)?(?:[^\S\n]?%|[^\S\n]+per[^\S\n]+cent|[^\S\n]+in[^\S\n]+\d+)[^\S\n]*")


# words a line that wraps a sentence on ends with (articles, prepositions, conjunctions, determiners)
WRAP_ENDINGS = frozenset({"the", "a", "an", "to", "of", "in", "on", "for", "by", "with", "from", "and", "or", "but", "at",
                          "as", "that", "which", "who", "their", "its", "his", "her", "our", "your", "this", "these",
                          "those", "into", "than", "were", "was", "is", "are", "had", "has", "have", "be", "been"})
# ... and the number run into its label line, as the reading view joins them ("62% of plans were clear ...")
_FIGURE_LABEL = re.compile(LONE_FIGURE.pattern + r"[^\S\n]+(?:of[^\S\n]+)?[a-z]")


def _hashes(texts) -> numpy.ndarray:
    """The ORTH hashes of ``texts``, to test a Doc's token array against at once."""
    return numpy.array(sorted({get_string_id(t) for t in texts}), dtype="uint64")


_CLOSER_HASHES = _hashes(_CLOSERS[a:b] for a in range(len(_CLOSERS)) for b in range(a + 1, len(_CLOSERS) + 1))


def wrapped_headings(text: str, headings: list[tuple]) -> list[tuple]:
    """Of a double-spaced text's headings, those that only continue a wrapped sentence: the
    heading does not open with a capital ("36 cases, although ...") nor with numbering before
    a capital ("6. Priorities"), and the line before runs on (long, ending in a word or a comma)."""
    if not headings or not double_spaced(text):
        return []
    out = []
    for h in headings:
        before = text[:h[0]].rstrip()
        line = before[before.rfind("\n") + 1:]
        first = text[h[0]:h[0] + 1]
        numbered = numbering(text[h[0]:h[1]])  # "6. Priorities for 2021/22" is numbered, "36 cases, ..." is not
        if numbered and text[h[0] + numbered.end():h[0] + numbered.end() + 1].isupper():
            continue
        if len(line) >= 40 and (line[-1:].isalnum() or line[-1:] == ",") and not first.isupper():
            out.append(h)
    return out


class Segmenter:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], short_line: int = 60):
        self.name = name
        self.short_line = short_line
        self.bullets: set[str] = set()
        self.final: set[str] = set()
        self.abbreviations: set[str] = set()
        self.clause_breaks: list[str] = []
        self.status_labels: tuple[str, ...] = ()
        self._final_hashes: numpy.ndarray | None = None  # ORTH hashes of ``final``, made on first use
        for path, data in load_many(data_dir, files):
            check_keys(data, SEGMENTATION_KEYS, path=path, what="segmentation")
            self.bullets |= set(string_list(data.get("bullets"), path=path, what="bullets"))
            self.final |= set(string_list(data.get("sentence_final"), path=path, what="sentence_final"))
            self.abbreviations |= {a for w in string_list(data.get("abbreviations"), path=path, what="abbreviations")
                                   for a in (w, w.lower())}
            self.clause_breaks += string_list(data.get("clause_breaks"), path=path, what="clause_breaks")
            self.status_labels += tuple(w.lower() + ":" for w in string_list(data.get("status_labels"), path=path,
                                                                              what="status_labels"))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        text = doc_text(doc)
        # a double-spaced text read through the loader has had its wrapped lines joined
        # (structure.wrapped_breaks): a blank line left in it ends a paragraph
        wrap_gap = double_spaced(text) and not doc.user_data.get(LINES_JOINED)
        run_on = set(wrapped_headings(text, doc._.headings or [])) if wrap_gap else set()
        edges = sorted({e for h in doc._.headings or [] if h not in run_on for e in (h[0], h[1])})
        starts = [False] * len(doc)
        starts[0] = True
        # plain lists from the token array: a Token is built only where a rule needs one
        idx, length, space, orth = token_columns(doc, IDX, LENGTH, IS_SPACE, ORTH)
        idxs, lengths, spaces = idx.tolist(), length.tolist(), space.tolist()
        final = self.final

        def token_text(j: int) -> str:  # a token's text, cut only where a rule reads it
            return text[idxs[j]:idxs[j] + lengths[j]]

        for i, p in self._candidates(text, idxs, lengths, spaces, orth, edges):
            boundary = False
            prev_end = idxs[p] + lengths[p] if p is not None else 0
            k = bisect.bisect_left(edges, prev_end) if edges else 0
            if k < len(edges) and edges[k] <= idxs[i]:
                boundary = True
            elif p is not None:
                prev_text = token_text(p)
                gap = text[prev_end: idxs[i]]
                line_start = "\n" in gap
                prev_final = prev_text in final or (prev_text in _CLOSERS and p > 0 and token_text(p - 1) in final)
                prev, tok = doc[p], doc[i]
                blank_lines = gap.replace(" ", "").replace("\t", "").count("\n") - 1
                if blank_lines >= (2 if wrap_gap else 1):
                    # "68%" over a blank line, then "good or better": one statement, as in a text
                    boundary = not (blank_lines == 1 and tok.text[:1].islower() and tok.text not in self.bullets
                                    and LONE_FIGURE.fullmatch(self._line(text, prev.idx)) is not None)
                elif line_start and not prev_final and self._status_line(text, tok.idx):
                    boundary = False  # "Reduce reliance on agency staff" / "Status: ON TRACK": the status rates its title
                elif line_start and (
                    prev_final
                    or prev_text == ":"
                    or tok.text in self.bullets
                    or is_table_line(self._line(text, tok.idx))
                    or is_table_line(self._line(text, prev.idx))
                    or tok.like_num and token_text(min(i + 1, len(doc) - 1)) in {".", ")"}
                    or self._label_line(text, prev, tok)
                    or (tok.is_title or tok.is_upper) and _COLUMNS.search(self._line(text, prev.idx)) is not None
                    # a numbered row of a space-aligned tracker ("2.3   Plans reviewed ...   Slipping   AMBER"),
                    # after a row whose cell wrapped onto a line of its own
                    or tok.like_num and _COLUMNS.search(self._line(text, tok.idx)) is not None
                ):
                    boundary = True
                elif prev_final and not self._abbreviation(doc, p) and not (
                        # a question as a table row's label ("Is the plan SMART?<TAB>190<TAB>46%") ends no sentence
                        "\t" in gap and is_table_line(self._line(text, tok.idx))) and (
                        # a capital opens a sentence, also in a plural of initials ("GPs", "IROs")
                        tok.is_title or tok.is_upper or tok.text[:1].isupper() or tok.like_num or tok.is_punct
                        or tok.text in self.bullets):
                    boundary = True
            starts[i] = boundary
        # one bulk write: setting Token.is_sent_start re-checks the whole Doc on every token
        values = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
        return doc

    def _candidates(self, text: str, idxs: list[int], lengths: list[int], spaces: list[int], orths: numpy.ndarray,
                    edges: list[int]) -> list[tuple[int, int | None]]:
        """(token, previous non-space token) for the tokens that can open a sentence: not
        space, and after a heading edge, a line break or a sentence-final token. The rest
        of a line, after no full stop, opens none; it is passed over on the token array
        (``orths``: the tokens' ORTH hashes, tested against the final and closing words at once)."""
        n = len(idxs)
        word = numpy.flatnonzero(numpy.array(spaces, dtype=bool) == False)  # noqa: E712
        if not len(word):
            return []
        prev = numpy.concatenate(([-1], word[:-1]))  # the non-space token before each (-1: none)
        keep = word >= 1
        word, prev = word[keep], prev[keep]
        if not len(word):
            return []
        idx, length = numpy.array(idxs), numpy.array(lengths)
        has_prev = prev >= 0
        prev_end = numpy.where(has_prev, idx[prev] + length[prev], 0)
        hit = numpy.zeros(len(word), dtype=bool)
        if edges:
            bounds = numpy.array(edges + [idx[-1] + length[-1] + 1])
            hit = bounds[numpy.searchsorted(bounds, prev_end, "left")] <= idx[word]
        newlines = numpy.array([m.start() for m in re.finditer("\n", text)] or [len(text) + 1])
        line_start = numpy.searchsorted(newlines, idx[word]) > numpy.searchsorted(newlines, prev_end)
        if self._final_hashes is None:
            self._final_hashes = _hashes(self.final)
        final = numpy.isin(orths, self._final_hashes)
        # a closer is any run of _CLOSERS (a substring of it), as a token text ``in`` it tests
        closer = numpy.isin(orths, _CLOSER_HASHES)
        before = numpy.maximum(prev - 1, 0)
        prev_final = has_prev & (final[prev] | closer[prev] & (prev > 0) & final[before])
        chosen = numpy.flatnonzero(hit | has_prev & (line_start | prev_final))
        return [(i, p if p >= 0 else None) for i, p in zip(word[chosen].tolist(), prev[chosen].tolist())]

    def _abbreviation(self, doc: Doc, i: int) -> bool:
        """Is token i the full stop of an abbreviation ("e.g.", "Minute No. 18")?"""
        tok = doc[i]
        if tok.text in self.abbreviations or tok.lower_ in self.abbreviations:
            return True
        return tok.text == "." and i > 0 and doc[i - 1].idx + len(doc[i - 1].text) == tok.idx and (
            doc[i - 1].lower_ + ".") in self.abbreviations

    def _label_line(self, text: str, prev, tok) -> bool:
        """A short line followed by a capitalised one is a line of its own, as in a
        dashboard ("Visits up to date: 91% (national 88%)"), not a wrapped sentence."""
        line = self._line(text, prev.idx)
        if (tok.is_title or tok.is_upper) and (len(line.strip()) <= self.short_line or prev.text in {"%", ")"} or prev.like_num):
            return True
        # a slide's label line, however long, when a sentence opens below it (not a wrapped line that ends on a
        # function word, nor one before a name in capitals: "... passed to the" / "MASH within a day")
        return tok.is_title and prev.is_alpha and prev.lower_ not in WRAP_ENDINGS and self._under_lone_figure(text, prev.idx)

    def _under_lone_figure(self, text: str, offset: int) -> bool:
        """Is the line at ``offset`` a slide's label line, right under its big number ("1 in 5" over
        "case records had a summary more than six months old")? It ends there, however long."""
        if _FIGURE_LABEL.match(self._line(text, offset)):
            return True  # the number and its label read as one line ("1 in 5 case records had ...")
        a = text.rfind("\n", 0, offset)
        if a <= 0:
            return False
        before = text.rfind("\n", 0, a) + 1
        return LONE_FIGURE.fullmatch(text[before:a]) is not None

    def _status_line(self, text: str, offset: int) -> bool:
        """Does the line at ``offset`` open with a status label ("Status: AT RISK")? Such a line
        rates the action titled on the line above it (issue 7, real12 improvement plan updates)."""
        if not self.status_labels:
            return False
        line = " ".join(self._line(text, offset).lower().split())
        return line.startswith(self.status_labels)

    @staticmethod
    def _line(text: str, offset: int) -> str:
        a = text.rfind("\n", 0, offset) + 1
        b = text.find("\n", offset)
        return text[a: b if b >= 0 else len(text)]


@Language.factory("ff_segmenter", default_config={"data_dir": None, "files": ["segmentation.yaml"], "short_line": 60})
def make_segmenter(nlp: Language, name: str, data_dir: str | None, files: List[str], short_line: int) -> Segmenter:
    return Segmenter(nlp, name, data_dir, files, short_line)
