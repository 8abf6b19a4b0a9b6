"""Is a generic word judged? Rule-based tests over tokens, without a parser.

A theme is what a finding judges: its subject and the quality said of it. A generic
word ("reviews", "recorded", "meeting") names a theme only where the text judges it:
a judgement word stands beside it in its clause ("reviews were timely", "poor
recording"), heads a phrase it is in ("improvement in conferences and in reviews",
"lack of recording", "Good use of the screening tool"), or it heads its clause's
subject with a predicate after it ("Supervision records in the MASH were brief"; in a
verbless list item, a participle: "Midway reviews not consistently completed"). No
statistical model is needed: the clause is cut at punctuation and contrast words, the
predicate found by its auxiliary.
The tests read token attributes as arrays, so they stay cheap on long reports.
"""
from __future__ import annotations

import bisect
from itertools import compress

from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc

from .spans import doc_text, token_columns
from .words import SUBJECT_ENDING_VERBS


def _hashes(words: set[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


GOVERNING = _hashes({"in", "of", "around", "with", "to", "about"})  # "improvement in", "lack of", "problems with"
USE_NOUNS = _hashes({"use", "application", "quality"})  # "Good use of the screening tool": the judged noun's phrase
CLAUSE_STOPS = _hashes({",", ";", ":", ".", "!", "?", "(", ")", "but", "however", "whereas", "although", "while", "whilst"})
AUXILIARIES = _hashes(SUBJECT_ENDING_VERBS | {"need", "needs", "needed", "lacked", "lacks", "scored", "improved",
                                              "varied", "fell", "rose", "took", "takes", "happened", "occurred"})
# what may follow the head of a subject: an auxiliary, a preposition, a relative, a participle
# (any word in -ed too)
HEAD_FOLLOWERS = AUXILIARIES | _hashes({"of", "in", "for", "by", "from", "with", "on", "at", "to", "across", "within",
                                        "and", "or", "that", "which", "who", "kept", "held", "written", "completed",
                                        "made", "seen"})
SUBORDINATE_OPENERS = _hashes({"that", "where", "when", "whether", "because", "if", "and"})
# a verbless item ("Midway reviews not consistently completed", "Core groups held regularly"):
# what may follow its head, and the participles (besides words in -ed) that judge it
NOMINAL_LINKS = _hashes({"not", "never", "rarely", "seldom", "always", "often", "consistently", "routinely", "now",
                         "still", "mostly", "usually", "well", "poorly", "too"})
DETERMINERS = _hashes({"the", "a", "an", "their", "his", "her", "its", "this", "these", "those", "our", "every"})
OF = hash_string("of")
# other prepositions after whose object the head of a subject stays before them ("Children's participation in
# their reviews has grown", "a plan signed by the carer was on file": the participation, the plan)
COMPLEMENT_PREPOSITIONS = _hashes({"in", "between", "by", "at", "during"})
# words before "of" that count what follows it, which stays the head ("most of the plans were")
QUANTITIES = _hashes({"most", "many", "some", "all", "none", "few", "half", "several", "each", "any", "one", "two",
                      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "majority", "minority", "number",
                      "third", "quarter", "both", "either", "neither", "rest", "remainder", "proportion", "share", "lot"})
# a piece of work done to what follows "of", which names the theme with it ("Assessment of the risk was weak")
PROCESSES = _hashes({"assessment", "assessments", "analysis", "management", "recording", "consideration", "use",
                     "understanding", "identification", "recognition", "exploration", "quality", "application",
                     "evaluation", "review", "reviews", "monitoring", "oversight", "planning"})
PARTICIPLES = _hashes({"kept", "held", "written", "made", "seen", "done", "given", "shown", "taken", "sought", "heard",
                       "met", "known", "understood", "drawn", "led", "set", "put"})


class Clauses:
    """A Doc's tokens as arrays (lower-case hash, sentence start, clause break) for the
    judgement tests."""

    def __init__(self, doc: Doc, lower: list[int] | None = None):
        self.strings = doc.vocab.strings
        self.lower = lower if lower is not None else token_columns(doc, LOWER)[0].tolist()
        sent_start = doc.to_array(SENT_START).tolist()
        space, idx, length = (a.tolist() for a in token_columns(doc, IS_SPACE, IDX, LENGTH))
        self.sent_start = [v == 1 for v in sent_start]
        self.n = len(self.lower)
        text = doc_text(doc)
        self.stop = [h in CLAUSE_STOPS for h in self.lower]
        for i in compress(range(self.n), space):  # a blank line breaks a clause too
            if "\n\n" in text[idx[i]:idx[i] + length[i]]:
                self.stop[i] = True

    def window(self, start: int, end: int, width: int) -> tuple[int, int]:
        """Tokens [lo, hi) around [start, end): up to ``width`` tokens each side, within the
        sentence and not past a clause break (punctuation, a contrast word, a blank line)."""
        lo = start
        while lo > max(0, start - width) and not self.sent_start[lo] and not self.stop[lo - 1]:
            lo -= 1
        hi = end
        while hi < min(self.n, end + width) and not self.sent_start[hi] and not self.stop[hi]:
            hi += 1
        return lo, hi

    def _complement(self, start: int) -> bool:
        """Does [start] follow "of" (past a determiner) after a noun that is no quantity ("the views of
        birth children of carers were missing": the views are judged, not the carers)? After "most of",
        "none of", "two of" the word after "of" is the head ("Most of the carers were supported"), and after
        a piece of work ("Assessment of the risk was weak") it names the theme with it."""
        i = start - 1
        if i > 0 and self.lower[i] in DETERMINERS:
            i -= 1
        if i >= 1 and self.lower[i] in COMPLEMENT_PREPOSITIONS and not self.sent_start[i]:
            before = self.strings[self.lower[i - 1]]
            return before.isalpha() and not self.stop[i - 1]
        if i < 1 or self.lower[i] != OF or self.sent_start[i]:
            return False
        before = self.lower[i - 1]
        return not (before in QUANTITIES or before in PROCESSES or self.strings[before][:1].isdigit())

    def _participle(self, h: int) -> bool:
        return h in PARTICIPLES or self.strings[h].endswith("ed")

    def is_subject(self, start: int, end: int, reach: int = 8) -> bool:
        """[start, end) heads the noun phrase that opens its clause (no auxiliary between the
        clause start and it; an auxiliary, a preposition or a participle right after it) and
        an auxiliary follows within ``reach`` tokens. A verbless item that opens its line or
        clause is judged the same way when a participle stands for the verb ("Midway reviews
        not consistently completed", "Information shared quickly")."""
        if self._complement(start):
            return False
        i = start
        while i > 0 and not self.sent_start[i]:
            h = self.lower[i - 1]
            if self.stop[i - 1] or h in SUBORDINATE_OPENERS:
                break
            if h in AUXILIARIES or start - i >= reach:
                return False
            i -= 1
        # a verbless item's head has only its own few modifiers before it, no verb ("Core groups met regularly")
        opens = (self.sent_start[i] or i > 0 and self.stop[i - 1]) and start - i <= 4 and not any(
            self._participle(h) for h in self.lower[i:start])
        if end < self.n and self.lower[end] not in HEAD_FOLLOWERS and not self._participle(self.lower[end]) and not (
                opens and self.lower[end] in NOMINAL_LINKS):
            return False  # a modifier ("Regular audits showed"), not the head ("risks posed by adults had")
        participle = False
        for j in range(end, min(self.n, end + reach)):
            if self.sent_start[j]:
                return opens and participle
            h = self.lower[j]
            if h in AUXILIARIES:
                return True
            if self.stop[j] or h in SUBORDINATE_OPENERS and j != end:  # "records that did exist were"
                return opens and participle
            # a participle with an object is a finite verb ("Carers valued the group"), not a verbless item
            participle = participle or self._participle(h) and not (j + 1 < self.n and self.lower[j + 1] in DETERMINERS)
        return opens and participle and end + reach >= self.n

    def anchor(self, start: int, end: int, judged: list[tuple[int, int]], window: int, subjects: bool = True,
               near: bool = True) -> str | None:
        """How [start, end) is judged ("judged", "governed", "subject"), or None.

        ``judged`` are token ranges of judgement words (and of grades, which judge too),
        sorted by start. With ``near`` False a judgement word beside it is not enough: it
        must head the phrase or the clause's subject.
        """
        lo, hi = self.window(start, end, window)
        if near and any(b <= hi and (b <= start or a >= end) for a, b in _between(judged, lo, hi)):
            return "judged"
        lo, _hi = self.window(start, end, 3 * window)
        if any(b < start and (self.lower[b] in GOVERNING or self.lower[b] in USE_NOUNS and b + 1 < start
                              and self.lower[b + 1] in GOVERNING)
               and not any(h in AUXILIARIES for h in self.lower[b:start])
               for _a, b in _between(judged, lo, start)):
            return "governed"
        if subjects and self.is_subject(start, end):
            return "subject"
        return None


def _between(ranges: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The sorted ranges that start in [lo, hi)."""
    return ranges[bisect.bisect_left(ranges, (lo, -1)):bisect.bisect_left(ranges, (hi, -1))]
