"""Line-end hyphens: drop them inside a word broken by the line ("compe-tency") and keep
them in a real compound ("in-depth", "longer-term").

While paragraphs are assembled, a hyphen at a line end followed by a lowercase letter
becomes the private marker ``SOFT_BREAK``; once the whole document is known each marker
is settled with the document's own vocabulary first, then word-shape rules. Offsets
inside blocks (page starts) are shifted to match.
"""
from __future__ import annotations

import re

from ..hyphenation import keeps_hyphen, vocabulary
from .blocks import Block

SOFT_BREAK = "\ue000"  # a line-end hyphen before a lowercase letter, settled once the whole text is known
_SOFT_BREAK_WORD = re.compile(r"((?:[^\W\d_]+-)*[^\W\d_]+)\ue000([^\W\d_]+)")


def settle_hyphens(blocks: list[Block]) -> None:
    """Decide each line-end hyphen: drop it ("compe-tency") or keep it ("in-depth"), by
    :func:`~focusfive_nlp.hyphenation.keeps_hyphen` with the words of the whole document."""
    if not any(SOFT_BREAK in b.text for b in blocks):
        return
    vocab = vocabulary(" ".join(_SOFT_BREAK_WORD.sub(" ", b.text) if SOFT_BREAK in b.text else b.text for b in blocks))

    def decide(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        return left + "-" + right if keeps_hyphen(left, right, vocab) else left + right

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
