"""Redaction of personal names in evidence text, for datasets shared beyond the council.

Council minutes name officers ("Linda led the meeting through ..."), case audits name
children and carers. With ``redact=True`` (``--redact``) every finding's evidence text,
measure, audit activity and heading has the personal names in it replaced by a
placeholder; the findings themselves (values, grades, polarity, themes, offsets) are
unchanged, so ``start_char``/``end_char`` still locate the evidence in the original.

Names are found by rules over the text, driven by a lexicon (models/names.yaml, plus a
council's own files): titles, given names, reporting cues and roles. Pseudonyms such as
"Child A" stay. No statistical model is involved: nothing is downloaded, and the same
text always gives the same result.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .errors import ConfigError
from .findings import Finding

NAMES_FILE = "names.yaml"
KEYS = {"placeholder", "titles", "roles", "cues", "keep", "not_names", "ambiguous_given_names", "given_names"}
REDACTED_FIELDS = ("text", "measure", "audit_activity", "section_heading")
MASK = "\u2588"  # a full block: a masked source text keeps its length

_CAP = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_INITIALS = r"(?:[A-Z]\.\s?){1,3}"
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class Redactor:
    """Finds personal names in text and replaces them with a placeholder."""

    def __init__(self, data: dict) -> None:
        self.placeholder: str = data.get("placeholder") or "[name]"
        self.titles = frozenset(data.get("titles") or ())
        self.not_names = frozenset(data.get("not_names") or ())
        given = [g for g in data.get("given_names") or () if g not in self.not_names]
        ambiguous = [g for g in data.get("ambiguous_given_names") or () if g not in self.not_names]
        surname = rf"(?!(?:{_alternation(self.not_names) or '(?!)'})\b){_CAP}"
        surnames = rf"(?:\s+(?:{_INITIALS})?{surname}){{0,2}}"
        self._keep = [re.compile(p) for p in data.get("keep") or ()]
        self._patterns: list[tuple[re.Pattern, bool]] = []  # (pattern, needs the proper-noun check)
        titles = _alternation(data.get("titles") or ())
        if titles:  # the title stays, the name after it goes
            self._patterns.append((re.compile(
                rf"\b(?:{titles})\.?\s+(?P<n>(?:{_INITIALS})?{_CAP}{surnames}|{_INITIALS})"), False))
        if given:
            self._patterns.append((re.compile(rf"\b(?:{_alternation(given)})\b{surnames}"), False))
        if ambiguous:
            self._patterns.append((re.compile(rf"\b(?:{_alternation(ambiguous)})(?:\s+(?:{_INITIALS})?{surname}){{1,2}}"), False))
        cues = _alternation(data.get("cues") or ())
        if cues:
            self._patterns.append((re.compile(rf"\b{_CAP}(?:\s+{_CAP})?(?=\s+(?:{cues})\b)"), True))
        roles = _alternation(data.get("roles") or ())
        if roles:
            self._patterns.append((re.compile(
                rf"\b{_CAP}\s+{_CAP}(?=\s*(?:,\s*|\(\s*)(?:(?:the|a|an|of|and|for|[A-Z][a-z]+)\s+){{0,4}}(?i:{roles})\b)"), True))

    @classmethod
    def from_files(cls, files: Iterable[str | Path] = ()) -> "Redactor":
        """The bundled names lexicon with any extra files added to its lists (placeholder: last one given)."""
        from .pipeline.data import load_yaml, models_dir

        merged: dict = {}
        for path in [models_dir() / NAMES_FILE, *map(Path, files)]:
            data = load_yaml(Path(path))
            if not isinstance(data, dict):
                raise ConfigError("a names file is a mapping of the keys " + ", ".join(sorted(KEYS)), path=path)
            unknown = set(data) - KEYS
            if unknown:
                raise ConfigError(f"unknown keys {sorted(unknown)}; allowed: {sorted(KEYS)}", path=path)
            for key, value in data.items():
                if key == "placeholder":
                    merged[key] = str(value)
                elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ConfigError(f"{key}: expected a list of words (quote words YAML reads as true/false)", path=path)
                else:
                    merged.setdefault(key, []).extend(value)
        return cls(merged)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the personal names in ``text``, sorted and merged."""
        keep = [m.span() for p in self._keep for m in p.finditer(text)]
        lower_words: set[str] | None = None
        found: list[tuple[int, int]] = []
        for pattern, proper_check in self._patterns:
            for m in pattern.finditer(text):
                span = m.span("n") if "n" in pattern.groupindex else m.span()
                words = text[span[0]:span[1]].split()
                if len(words) > 1 and words[0].rstrip(".") in self.titles:  # "Cllr Patel asked": the title stays
                    span = (span[0] + len(words[0]) + text[span[0] + len(words[0]):].index(words[1]), span[1])
                    words = words[1:]
                if any(w in self.not_names for w in words):
                    continue
                if proper_check:
                    if lower_words is None:
                        lower_words = set(_LOWER_WORD.findall(text))
                    if any(w.lower() in lower_words for w in words):
                        continue  # the text uses the word as a common noun
                if any(s < span[1] and span[0] < e for s, e in keep):
                    continue
                found.append(span)
        found.sort()
        merged: list[tuple[int, int]] = []
        for s, e in found:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def redact(self, text: str | None) -> str | None:
        """``text`` with every personal name replaced by the placeholder."""
        if not text:
            return text
        out, last = [], 0
        for s, e in self.spans(text):
            out.append(text[last:s])
            out.append(self.placeholder)
            last = e
        out.append(text[last:])
        return "".join(out)

    def mask(self, text: str) -> str:
        """``text`` with every personal name blacked out character for character (offsets into it hold)."""
        for s, e in self.spans(text):
            text = text[:s] + MASK * (e - s) + text[e:]
        return text

    def redact_finding(self, finding: Finding) -> Finding:
        """A copy of ``finding`` with names replaced in its text fields; nothing else changes."""
        return dataclasses.replace(finding, **{f: self.redact(getattr(finding, f)) for f in REDACTED_FIELDS})


@lru_cache(maxsize=8)
def _cached(files: tuple[str, ...]) -> Redactor:
    return Redactor.from_files(files)


def redactor(redact: "bool | Iterable[str | Path] | Redactor | None") -> Redactor | None:
    """The Redactor a ``redact=`` argument asks for: None (off), True (bundled names), a list of extra names files."""
    if redact is None or redact is False:
        return None
    if isinstance(redact, Redactor):
        return redact
    files = () if redact is True else tuple(str(Path(p).expanduser().resolve()) for p in redact)
    for f in files:
        if not Path(f).is_file():
            raise ConfigError("names file not found", path=f)
    return _cached(files)
