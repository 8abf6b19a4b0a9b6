"""ff_tokenizer: spaCy's English tokenizer, with trend arrows split off the number they mark.

A dashboard or a big-number slide writes a change as "↑12 pts" or "▼ 3"; a PDF reader may give
either form for the same glyphs. The arrows are prefixes here, so "↑12" reads as "↑" and "12",
the same tokens as "↑ 12", and every matcher sees the number.
"""
from __future__ import annotations

import re

import spacy
from spacy.util import compile_prefix_regex

TREND_ARROWS = "↑↓▲▼△▽⬆⬇"


@spacy.registry.tokenizers("ff_tokenizer.v1")
def make_tokenizer():
    create_default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp):
        tokenizer = create_default(nlp)
        prefixes = list(nlp.Defaults.prefixes or ()) + [re.escape(c) for c in TREND_ARROWS]
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        return tokenizer

    return create
