"""Line-end hyphens: drop them inside a word broken by the line ("compe-tency") and keep
them in a real compound ("in-depth", "longer-term").

While paragraphs are assembled, a hyphen at a line end followed by a lowercase letter
becomes the private marker ``SOFT_BREAK``; once the whole document is known each marker
is settled with the document's own vocabulary first, then word-shape rules. Offsets
inside blocks (page starts) are shifted to match.
"""
from __future__ import annotations

import re
from collections import Counter

from .blocks import Block

SOFT_BREAK = "\ue000"  # a line-end hyphen before a lowercase letter, settled once the whole text is known
_SOFT_BREAK_WORD = re.compile(r"((?:[^\W\d_]+-)*[^\W\d_]+)\ue000([^\W\d_]+)")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
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

def settle_hyphens(blocks: list[Block]) -> None:
    """Decide each line-end hyphen: drop it ("compe-tency") or keep it ("in-depth").

    The document's own words decide first (which spelling occurs elsewhere), then a short
    list of prefixes that usually form compounds, then whether the left part is a word
    of the document and the right part is not a suffix ("longer-term" but "manage-ment",
    and not one of a few common closed compounds: "some-times"); otherwise the hyphen is
    dropped.
    """
    if not any(SOFT_BREAK in b.text for b in blocks):
        return
    vocab: Counter[str] = Counter()
    for b in blocks:
        text = _SOFT_BREAK_WORD.sub(" ", b.text) if SOFT_BREAK in b.text else b.text  # no marker: nothing to take out
        vocab.update(map(str.lower, _WORD.findall(text)))

    def decide(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        joined, hyph = (left + right).lower(), (left + "-" + right).lower()
        if vocab.get(hyph, 0) > vocab.get(joined, 0):
            return left + "-" + right
        if vocab.get(joined, 0):
            return left + right
        if "-" in left or left.lower() in _COMPOUND_PREFIXES:  # "face-to-" + "face", "bi-" + "monthly"
            return left + "-" + right
        if (
            len(left) > 2 and vocab.get(left.lower(), 0) and len(right) > 2
            and not _SUFFIX_START.match(right.lower()) and joined not in _CLOSED_COMPOUNDS
        ):
            return left + "-" + right
        return left + right

    for b in blocks:
        if SOFT_BREAK not in b.text:
            continue
        removed_before: list[int] = []
        out: list[str] = []
        last = 0
        for m in _SOFT_BREAK_WORD.finditer(b.text):
            out.append(b.text[last:m.start()])
            resolved = decide(m)
            if len(resolved) < len(m.group(0)):
                removed_before.append(m.start(2) - 1)
            out.append(resolved)
            last = m.end()
        out.append(b.text[last:])
        text = "".join(out).replace(SOFT_BREAK, "-")
        b.page_starts = [(o - sum(1 for r in removed_before if r < o), p) for o, p in b.page_starts]
        b.text = text
