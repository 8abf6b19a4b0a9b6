"""Lexicon phrases as the tokenizer splits them, read as LOWER hashes without a Doc each.

The theme lexicon is some 16,000 phrases once plural variants and patterns of plain words
are expanded; tokenising each into a Doc for the PhraseMatcher was about half of building
the pipeline. The tokenizer reads a text one space-separated chunk at a time, so a phrase's
tokens are its chunks' tokens, and a lexicon has only about a thousand distinct chunks:
each is tokenised once. The one way two chunks interact is a tokenizer special case whose
tokens run across the space (a special case written with a space, "care plan" as one token;
spaCy's special-case matcher reads tokens, not spaces): a phrase where the last token of
one chunk and the first of the next stand together, with or without the space, inside some
special case's text ("it" + "'s"), or with irregular spacing, is tokenised whole.

spaCy's PhraseMatcher takes a phrase as its sequence of attribute hashes, as it does when
it is unpickled, so the hashes go to ``PhraseMatcher.add`` as they are.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER


@lru_cache(maxsize=4)
def special_pieces(rules: tuple[str, ...]) -> frozenset[str]:
    """Every substring of every special case's text: a join is looked up here (searching the
    texts joined together, once per pair of tokens, was a sixth of building the pipeline);
    one set for the components that share a tokenizer."""
    return frozenset(rule[i:j] for rule in rules for i in range(len(rule)) for j in range(i + 1, len(rule) + 1))


class PhraseKeys:
    """``keys(phrase)``: the LOWER hashes of the tokens ``tokenizer(phrase)`` gives."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        rules = tuple(tokenizer.rules or ())
        self._pieces = special_pieces(rules)  # every piece of every special case's text, for a join
        self._longest = max(map(len, rules), default=0)
        self._chunks: dict[str, tuple[tuple[int, ...], str, str]] = {}  # chunk -> (hashes, first, last token)
        self._joins: dict[tuple[str, str], bool] = {}  # (last token, next first token) -> may a special join them?
        self._whole: dict[str, tuple[int, ...]] = {}

    def _chunk(self, text: str) -> tuple[tuple[int, ...], str, str]:
        """A chunk's (hashes, first token's text, last token's text); ``text`` holds no space."""
        doc = self.tokenizer(text)
        found = self._chunks[text] = (tuple(doc.to_array(LOWER).tolist()), doc[0].text, doc[-1].text)
        return found

    def _tokenised_whole(self, phrase: str) -> tuple[int, ...]:
        found = self._whole.get(phrase)
        if found is None:
            doc = self.tokenizer(phrase)
            found = self._whole[phrase] = tuple(doc.to_array(LOWER).tolist()) if len(doc) else ()
        return found

    def _joined(self, left: str, right: str) -> bool:
        """Could a special case hold tokens ``left`` and ``right`` together (so the phrase
        must be tokenised whole)?"""
        pieces = self._pieces
        found = self._joins[(left, right)] = len(left) + len(right) <= self._longest and (
            (left + " " + right) in pieces or (left + right) in pieces)
        return found

    def entry(self, chunk: str) -> tuple[tuple[int, ...], str, str] | None:
        """(hashes, first token's text, last token's text) of a chunk, None for a string
        that is no chunk (empty, or with white space in it)."""
        found = self._chunks.get(chunk)
        if found is None and chunk and chunk.split() == [chunk]:
            found = self._chunk(chunk)
        return found

    def joined(self, left: str, right: str) -> bool:
        """Could a special case hold the token ``left`` and the next chunk's first token
        ``right`` together (so their phrase must be tokenised whole)?"""
        found = self._joins.get((left, right))
        return self._joined(left, right) if found is None else found

    def keys(self, phrase: str) -> tuple[int, ...]:
        chunks, joins = self._chunks, self._joins
        parts = phrase.split(" ")
        if len(parts) == 1:
            entry = chunks.get(phrase)
            if entry is not None:
                return entry[0]
            return self._chunk(phrase)[0] if phrase.split() == [phrase] else self._tokenised_whole(phrase)
        entries = []
        for part in parts:
            entry = chunks.get(part)
            if entry is None:
                if not part or part.split() != [part]:  # two spaces running, or other white space
                    return self._tokenised_whole(phrase)
                entry = self._chunk(part)
            entries.append(entry)
        out = entries[0][0]
        last = entries[0][2]
        for hashes, first, end in entries[1:]:
            joined = joins.get((last, first))
            if joined is None:
                joined = self._joined(last, first)
            if joined:
                return self._tokenised_whole(phrase)
            out += hashes
            last = end
        return out

    def many(self, phrases) -> list[tuple[int, ...]]:
        """``keys`` of each phrase, in order: what ``PhraseMatcher.add`` takes in place of
        ``list(tokenizer.pipe(phrases))``."""
        return [self.keys(p) for p in phrases]
