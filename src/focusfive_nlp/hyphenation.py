"""Line-end hyphens, whoever finds them: inside a word the line broke ("compe-tency") the
hyphen goes; in a real compound ("in-depth", "longer-term") it stays.

The PDF readers settle the hyphens of their paragraphs (readers.hyphens); the pipeline's
view of a plain text settles those of a text pasted from a PDF (textview.join_hyphens).
Both ask :func:`keeps_hyphen`, with the document's own words as its first witness.
"""
from __future__ import annotations

import importlib.resources
import json
import re
from collections import Counter
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")

# Left parts that usually end a real compound at a line end ("in-depth", "bi-monthly", "well-being").
_COMPOUND_PREFIXES = frozenset(
    "bi co non self well anti semi multi cross half mid one two three four five six seven eight nine ten "
    "long short full part day week year month high low follow face child family first second third up out off".split()
)
# Closed compounds whose first part is a word of its own: "some-times" at a line end is "sometimes".
_CLOSED_COMPOUNDS = frozenset(
    "sometimes something someone somebody somewhere somehow everything everyone everybody everywhere "
    "anything anyone anybody anywhere anyway nothing nobody nowhere within without throughout however "
    "whereas therefore furthermore moreover nevertheless meanwhile overall outcome outcomes feedback "
    "framework frameworks workforce workload workloads caseload caseloads casework timescale timescales "
    "timeframe timeframes timeline timelines wellbeing safeguarding childhood parenthood household households "
    "handover overview oversight understand understanding undertake undertaken undertaking into onto upon "
    "himself herself themselves itself ourselves whatever whenever wherever whichever already although "
    "another otherwise thereafter whereby backlog breakdown checklist deadline online website stakeholder "
    "stakeholders partnership partnerships caregiver caregivers grandparent grandparents foster fostering "
    "policymakers teamwork network networks newborn lifelong lifetime longstanding shortfall shortfalls "
    "followup homework headteacher headteachers".split()
)
_SUFFIX_START = re.compile(
    r"^(?:tion|sion|ment|ness|ing|ity|ities|ed|er|ers|est|ly|ance|ence|ency|ancy|ship|able|ible|ful|less|ive|al|"
    r"ally|ous|ist|ism|ise|ize|ised|ized|ary|ory|ies|es|s|liness|ated|ation|ations|ual|ially|ure)$"
)


def vocabulary(text: str) -> Counter[str]:
    """The document's words, lower case, with their counts."""
    return Counter(map(str.lower, WORD.findall(text)))


# the labels of models/grades.jsonl whose words a line-end hyphen never splits into a compound
_WHOLE_WORD_LABELS = ("GRADE", "QUALIFIER")


@lru_cache(maxsize=1)
def grade_words() -> frozenset[str]:
    """The words the grade lexicon (models/grades.jsonl: its grades and qualifiers) matches,
    lower case ("outstanding", "inadequate", "improvement", "above"). Broken at a line end
    they are read whole whatever else the text holds: "good or out-" / "standing" is the
    grade "outstanding", not a compound of the prefix "out". These are the bundled lexicon's
    words, not a user's own grade file: the readers settle hyphens before any pipeline is
    chosen and know nothing of it, and a text and a PDF of one report must read alike. A
    user's grade word broken at a line end is still read whole when the report spells it
    whole anywhere else (the document's own words are the first witness)."""
    path = importlib.resources.files("focusfive_nlp.models") / "grades.jsonl"
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("label") not in _WHOLE_WORD_LABELS:
            continue
        for token in row.get("pattern") or []:
            lower = token.get("LOWER") if isinstance(token, dict) else None
            values = lower.get("IN", []) if isinstance(lower, dict) else [lower]
            words.update(v for v in values if isinstance(v, str) and v.isalpha())
    return frozenset(words)


def keeps_hyphen(left: str, right: str, vocab: Counter[str]) -> bool:
    """Is ``left``-``right``, broken at a line-end hyphen, a compound that keeps it?

    The document's own words decide first (which spelling occurs elsewhere), then the
    grade lexicon's words (:func:`grade_words`: "out-" / "standing" is "outstanding",
    beside other reports or alone), then a short list of prefixes that usually form
    compounds, then whether the left part is a word of the document and the right part is
    not a suffix ("longer-term" but "manage-ment", and not one of a few common closed
    compounds: "some-times"); otherwise the hyphen is dropped.
    """
    joined, hyph = (left + right).lower(), (left + "-" + right).lower()
    if vocab.get(hyph, 0) > vocab.get(joined, 0):
        return True
    if vocab.get(joined, 0) or joined in grade_words():
        return False
    if "-" in left or left.lower() in _COMPOUND_PREFIXES:  # "face-to-" + "face", "bi-" + "monthly"
        return True
    return (len(left) > 2 and bool(vocab.get(left.lower(), 0)) and len(right) > 2
            and not _SUFFIX_START.match(right.lower()) and joined not in _CLOSED_COMPOUNDS)
