"""ff_tokenizer: spaCy's English tokenizer, with trend arrows split off the number they mark.

A dashboard or a big-number slide writes a change as "↑12 pts" or "▼ 3"; a PDF reader may give
either form for the same glyphs. The arrows are prefixes here, so "↑12" reads as "↑" and "12",
the same tokens as "↑ 12", and every matcher sees the number. A unit of points written on its
number ("+8pp", "12pts") is a suffix, so it reads as "+8" "pp", as "+8 pp" does.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import spacy

TREND_ARROWS = "↑↓▲▼△▽⬆⬇"
POINT_UNITS = r"(?<=[0-9])(?:pp|pts)"  # "+8pp", "12pts": the unit of a change in points split off its number


@spacy.registry.tokenizers("ff_tokenizer.v1")
def make_tokenizer():
    create_default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp):
        # spaCy's own tokenizer built once with the arrows among the language's prefixes: setting
        # prefix_search on a built tokenizer reloads its 2,700 special cases (~0.04 s a start)
        defaults = type("Defaults", (nlp.Defaults,), {
            "prefixes": list(nlp.Defaults.prefixes or ()) + [re.escape(c) for c in TREND_ARROWS],
            "suffixes": list(nlp.Defaults.suffixes or ()) + [POINT_UNITS]})
        return create_default(SimpleNamespace(vocab=nlp.vocab, Defaults=defaults))

    return create
