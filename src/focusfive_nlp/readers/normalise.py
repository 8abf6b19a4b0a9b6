"""Character clean-up for text taken out of PDF and Word files.

Applied word by word before the text is assembled, so no offset map is needed: the
document text is built from already-clean words. Ligatures and typographic quotes are
folded to plain letters and ASCII quotes (so a Word-exported PDF reads like the .txt of
the same report); pdfminer's ``(cid:127)`` bullet becomes "•"; U+FFFD (a glyph the PDF
gave no Unicode for) is kept and counted, never guessed (pdfplumber #1280).
"""
from __future__ import annotations

import re

_TRANSLATE = str.maketrans(
    {
        "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
        "\ufb05": "st", "\ufb06": "st",
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
        "\u2010": "-", "\u2011": "-",
        "\uf0b7": "•", "\uf0a7": "•", "\u25cf": "•", "\u25aa": "•", "\u25a0": "•", "\u2219": "•",
    }
)
_CID = re.compile(r"\(cid:(\d+)\)")
_CID_BULLETS = {"127", "149", "183", "108"}
BULLET_GLYPHS = frozenset("•◦▪‣○·*-–—►➢✓")
REPLACEMENT_CHAR = "\ufffd"


def normalise_chars(text: str) -> str:
    """Fold ligatures, quotes, odd spaces and bullet glyphs; turn (cid:127)-style bullets into "•"."""
    if "(cid:" in text:
        text = _CID.sub(lambda m: "•" if m.group(1) in _CID_BULLETS else m.group(0), text)
    return text.translate(_TRANSLATE)


def count_unmapped(text: str) -> int:
    """How many characters the source gave no Unicode for (U+FFFD or a leftover (cid:N))."""
    return text.count(REPLACEMENT_CHAR) + len(_CID.findall(text))


def is_bullet_token(token: str) -> bool:
    """A word that is only a list marker ("•", "-", "▪", ...)."""
    return len(token) == 1 and token in BULLET_GLYPHS
