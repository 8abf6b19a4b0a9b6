"""Is a generic word judged? Rule-based tests over tokens, without a parser.

A theme is what a finding judges: its subject and the quality said of it. A generic
word ("reviews", "recorded", "meeting") names a theme only where the text judges it:
a judgement word stands beside it in its clause ("reviews were timely", "poor
recording"), heads a phrase it is in ("improvement in conferences and in reviews",
"lack of recording"), or it opens its clause's subject with a predicate after it
("Supervision records in the MASH were brief"). No statistical model is needed: the
clause is cut at punctuation and contrast words, the predicate found by its auxiliary.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

GOVERNING = {"in", "of", "around", "with", "to"}  # "improvement in", "lack of", "problems with"
CLAUSE_STOPS = {",", ";", ":", ".", "!", "?", "(", ")", "but", "however", "whereas", "although", "while", "whilst"}
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
               "can", "could", "should", "must", "may", "might", "remain", "remains", "remained", "need", "needs",
               "needed", "showed", "shows", "lacked", "lacks", "scored", "improved", "varied", "fell", "rose"}
HEAD_FOLLOWERS = {"of", "in", "for", "by", "from", "with", "on", "at", "to", "across", "within", "and", "or", "that",
                  "which", "who", "kept", "held", "written", "completed", "made", "seen"}
CLAUSE_OPENERS = {"that", "where", "when", "whether", "because", "if", "and"}


def anchor(doc: Doc, start: int, end: int, judged: list[tuple[int, int]], window: int, subjects: bool = True) -> str | None:
    """How doc[start:end] is judged ("judged", "governed", "subject"), or None.

    ``judged`` are token ranges of judgement words (and of grades, which judge too).
    """
    lo, hi = clause_window(doc, start, end, window)
    if any(lo <= a and b <= hi and (b <= start or a >= end) for a, b in judged):
        return "judged"
    lo, _hi = clause_window(doc, start, end, 3 * window)
    if any(lo <= a and b < start and doc[b].lower_ in GOVERNING
           and not any(t.lower_ in AUXILIARIES for t in doc[b:start]) for a, b in judged):
        return "governed"
    if subjects and is_subject(doc, start, end):
        return "subject"
    return None


def clause_window(doc: Doc, start: int, end: int, width: int) -> tuple[int, int]:
    """Tokens [lo, hi) around doc[start:end]: up to ``width`` tokens each side, within the
    sentence and not past a clause break (punctuation, a contrast word, a blank line)."""
    lo = start
    while lo > max(0, start - width) and not doc[lo].is_sent_start and not _stops(doc[lo - 1]):
        lo -= 1
    hi = end
    while hi < min(len(doc), end + width) and not doc[hi].is_sent_start and not _stops(doc[hi]):
        hi += 1
    return lo, hi


def is_subject(doc: Doc, start: int, end: int, reach: int = 8) -> bool:
    """doc[start:end] heads the noun phrase that opens its clause (no auxiliary between the
    clause start and it; an auxiliary, a preposition or a participle right after it) and
    an auxiliary follows within ``reach`` tokens."""
    i = start
    while i > 0 and not doc[i].is_sent_start:
        tok = doc[i - 1]
        if _stops(tok) or tok.lower_ in CLAUSE_OPENERS:
            break
        if tok.lower_ in AUXILIARIES or start - i >= reach:
            return False
        i -= 1
    if end < len(doc) and doc[end].lower_ not in AUXILIARIES | HEAD_FOLLOWERS:
        return False  # a modifier ("Regular audits showed"), not the head of the subject
    for tok in doc[end:min(len(doc), end + reach)]:
        if tok.is_sent_start:
            return False
        if tok.lower_ in AUXILIARIES:
            return True
        if _stops(tok) or tok.lower_ in CLAUSE_OPENERS and tok.i != end:  # "records that did exist were": relative
            return False
    return False


def _stops(token: Token) -> bool:
    return token.lower_ in CLAUSE_STOPS or "\n\n" in token.text
