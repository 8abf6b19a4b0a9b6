"""ff_sections: which practice area (section key) every part of the report belongs to.

Headings come from the reader (``doc._.headings``) or, for bare text, from line shape.
A heading maps to the first key in sections.yaml whose term it contains as whole words
(PhraseMatcher on lower case, plurals included). A sub-heading that names no practice
area stays under its parent's key. A slide's title opens a section too: the line after a
bare slide marker ("Slide 4" / "Voice of the child"), or capitals run into the first line
("ASSESSMENTS Every Child Matters", "VISITS 88% of children ...") when they name a practice area,
or a group label right above a table's rows ("Visits" over "Children in care visited within<TAB>88");
in a deck of such titles, one that names none ("OVERALL", "CORE GROUPS") still ends the slide
before it when a slide number stands above it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..errors import ConfigError
from . import extensions  # noqa: F401
from .data import check_keys, load_many, plural_variants, string_list
from .phrase_keys import PhraseKeys
from .segmenter import wrapped_headings
from .spans import doc_text
from ..structure import shapes, strip_numbering


MIN_DECK_TITLES = 2  # run-in titles naming a practice area that make a text a slide deck
_RUN_IN = re.compile(r"^[^\S\n]*(?:[-•*·▪◦‣➢–][^\S\n]+)?([A-Z][A-Z'’&/ -]*[A-Z])(?=[^\S\n]+[A-Z0-9])", re.M)
MAX_GROUP_LABEL_WORDS = 4
_GROUP_LABEL = re.compile(r"(?<=\n)[^\S\n]*([A-Z][A-Za-z'’ ]*[a-z])[^\S\n]*\n(?=[^\n]*\t)")  # a line of words over a tab row


def normalise_heading(text: str) -> str:
    """Heading text without numbering (models/headings.yaml), '#', trailing colon, case or extra spaces."""
    text = strip_numbering(text.strip().lstrip("#").strip())
    return " ".join(text.rstrip(":").lower().split())


@dataclass
class Section:
    key: str
    heading: str
    start_char: int  # where the section's text starts (after its heading)
    end_char: int
    heading_start: int | None = None
    descriptive: bool = False
    theme: str | None = None  # theme implied by the section for findings that name none


class Sectionizer:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], default_section: str):
        self.name = name
        self.default = default_section
        self.order: list[str] = []
        keys = PhraseKeys(nlp.tokenizer)  # lexicon phrases as token hashes, no Doc each
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.descriptive: set[str] = set()
        self.section_themes: dict[str, str] = {}
        self.slide_markers: set[str] = set()
        self.descriptive_patterns: list[re.Pattern] = []
        for path, data in load_many(data_dir, files):
            check_keys(data, {"sections", "descriptive_headings", "descriptive_patterns", "section_themes", "slide_markers"},
                       path=path, what="sections file")
            for pattern in string_list(data.get("descriptive_patterns"), path=path, what="descriptive_patterns"):
                try:
                    self.descriptive_patterns.append(re.compile(pattern))
                except re.error as exc:
                    raise ConfigError(f"descriptive_patterns: invalid pattern {pattern!r} ({exc})", path=path) from None
            self.slide_markers |= {w.lower() for w in string_list(data.get("slide_markers"), path=path, what="slide_markers")}
            themes = data.get("section_themes") or {}
            if not isinstance(themes, dict):
                raise ConfigError("'section_themes' must map a section key to a theme key", path=path)
            self.section_themes.update({str(k): str(v) for k, v in themes.items()})
            sections = data.get("sections") or {}
            if not isinstance(sections, dict):
                raise ConfigError("'sections' must map a key to its heading terms", path=path)
            for key, terms in sections.items():
                if key not in self.order:
                    self.order.append(key)
                phrases = [v for t in string_list(terms, path=path, what=key) for v in plural_variants(t)]
                self.matcher.add(key, keys.many(phrases))
            self.descriptive |= {normalise_heading(t) for t in string_list(data.get("descriptive_headings"), path=path, what="descriptive_headings")}

    def is_descriptive(self, heading: str) -> bool:
        """Whether a heading names a section about the audit itself (method, scope, sample)."""
        text = normalise_heading(heading)
        return text in self.descriptive or any(p.search(text) for p in self.descriptive_patterns)

    def key_for(self, span) -> str:
        """Section key of a heading span: the first key (file order) with a term in it."""
        keys = {span.doc.vocab.strings[m] for m, s, e in self.matcher(span)}
        for key in self.order:
            if key in keys:
                return key
        return self.default

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        text_length = len(text)
        if doc._.headings is None:
            from ..structure import detect_headings

            doc._.headings = [(h.start, h.end, h.text, h.level) for h in detect_headings(text)]
        # a wrapped line of a double-spaced transcript is no heading ("36 cases, although ...")
        run_on = set(wrapped_headings(text, doc._.headings))
        headings = sorted(h for h in doc._.headings if h not in run_on)
        sections = [Section(self.default, "", 0, headings[0][0] if headings else text_length)]
        stack: list[tuple[int, str]] = []  # (level, key) of the open headings
        for i, (start, end, text, level) in enumerate(headings):
            span = doc.char_span(start, end, alignment_mode="expand")
            key = self.key_for(span) if span is not None else self.default
            while stack and stack[-1][0] >= level:
                stack.pop()
            if key == self.default and stack:
                key = stack[-1][1]
            stack.append((level, key))
            next_start = headings[i + 1][0] if i + 1 < len(headings) else text_length
            sections.append(Section(key, text, end, next_start, start, self.is_descriptive(text),
                                    self.section_themes.get(key)))
        doc._.sections = self._slide_titles(doc, sections)
        return doc

    def _slide_titles(self, doc: Doc, sections: list[Section]) -> list[Section]:
        """Split sections where a slide title opens a new practice area (see module doc)."""
        text = doc_text(doc)
        titles = []  # (start, end) of title text
        for m in _RUN_IN.finditer(text):
            if len(m.group(1).split()[0]) >= 3:
                titles.append((m.start(1), m.end(1)))
        # a group label above a table's rows ("Visits" over "Children in care visited within<TAB>88")
        for m in _GROUP_LABEL.finditer(text):
            if len(m.group(1).split()) <= MAX_GROUP_LABEL_WORDS:
                titles.append((m.start(1), m.end(1)))
        for s in sections:
            words = normalise_heading(s.heading).split()
            if len(words) == 2 and words[0] in self.slide_markers and words[1].isdigit():
                a = len(text) - len(text[s.start_char:].lstrip())
                b = text.find("\n", a)
                b = len(text) if b < 0 else b
                line = text[a:b].strip()
                if a < s.end_char and line and len(line.split()) <= 10 and line[-1] not in ".;:":
                    titles.append((a, a + len(line)))
        if not titles:
            return sections
        keyed = []
        for a, b in sorted(set(titles)):
            span = doc.char_span(a, b, alignment_mode="expand")
            keyed.append((a, b, self.key_for(span) if span is not None else self.default))
        # in a deck whose slides run their titles into the first line, a title that names no
        # practice area ("OVERALL", "CORE GROUPS") still ends the slide before it, where a
        # slide number stands right above it ("3", "Slide 3")
        deck = sum(key != self.default for _a, _b, key in keyed) >= MIN_DECK_TITLES
        out = list(sections)
        for a, b, key in keyed:
            i = next((i for i, s in enumerate(out) if s.start_char <= a < s.end_char), None)
            if i is None or key == self.default and not (
                    deck and (out[i].key != self.default or out[i].descriptive) and _after_slide_number(text, a)):
                continue
            parent = out[i]
            out[i] = Section(parent.key, parent.heading, parent.start_char, a, parent.heading_start,
                             parent.descriptive, parent.theme)
            out.insert(i + 1, Section(key, text[a:b], a, parent.end_char, None, self.is_descriptive(text[a:b]),
                                      self.section_themes.get(key)))
        return out


def _after_slide_number(text: str, start: int) -> bool:
    """Is the line above the one at ``start`` (blank lines skipped) a lone page or slide number?"""
    above = text[:text.rfind("\n", 0, start) + 1].rstrip().rsplit("\n", 1)[-1].strip()
    return bool(above) and bool(shapes().page_marker.match(above))


@Language.factory("ff_sections", default_config={"data_dir": None, "files": ["sections.yaml"], "default_section": "other"})
def make_sectionizer(nlp: Language, name: str, data_dir: str | None, files: List[str], default_section: str) -> Sectionizer:
    return Sectionizer(nlp, name, data_dir, files, default_section)
