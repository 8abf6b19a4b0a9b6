"""ff_themes: theme cues driven by models/themes.yaml, and the cue behind each finding's themes.

Spans go to ``doc.spans["ff_themes"]`` (label = theme key, id = the phrase, weak word or
pattern as listed; a weak word's id says how it was judged). Weak words no judgement
reaches go to ``doc.spans["ff_themes_unjudged"]``: an item under a polarity list header
("Areas for improvement:" / "- The recording of the reason") is judged by the header, so
ff_findings reads them there. A theme's ``defer`` cues go to ``doc.spans["ff_themes_deferred"]``
too: on a strength whose clause names another theme they yield to it ("The child's views were
recorded well" is the voice of the child, not the record's quality). Phrases match on lower case
with plural variants and typeset apostrophes; token patterns of plain words are read as
phrases, the rest by spaCy's Matcher.
"""
from __future__ import annotations

import bisect
from typing import List

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import ConfigError
from . import extensions  # noqa: F401
from .anchored import AnchoredMatcher
from .data import check_keys, load_many, string_list
from .judgement import Clauses
from .lexicon import drop_contained, phrase_keys
from .phrase_keys import PhraseKeys
from .spans import SpanIndex, group_marks, set_spans, token_columns

CONDITIONS = ("needs", "unless", "needs_theme", "unless_theme")  # the keys of a cue's conditions (themes.yaml)
WEAK, HEAD, IGNORE, JUDGEMENT = "\tweak", "\thead", "\tIGNORE", "\tJUDGEMENT"  # matcher keys no theme key can be


def _pattern_slots(pattern: list[dict], limit: int) -> list[tuple[list[str], bool]] | None:
    """Per token of a pattern of plain words, (its words, optional?); None when the pattern
    needs the Matcher (numbers, "*", other attributes) or stands for over ``limit`` phrases."""
    slots, count = [], 1
    for token in pattern:
        lower, op = token.get("LOWER"), token.get("OP")
        if set(token) - {"LOWER", "OP"} or op not in (None, "?"):
            return None
        words = [lower] if isinstance(lower, str) else lower.get("IN") if isinstance(lower, dict) and set(lower) == {"IN"} else None
        if not words:
            return None
        count = count * len(words) + (count if op == "?" else 0)
        if count > limit:
            return None
        slots.append((words, op == "?"))
    return slots


def expand_pattern(pattern: list[dict], limit: int = 5000) -> list[str] | None:
    """The phrases a token pattern of plain words stands for ("LOWER" words, optional or
    not), or None when it needs the Matcher (numbers, "*", other attributes, too many)."""
    slots = _pattern_slots(pattern, limit)
    if slots is None:
        return None
    phrases = [[]]
    for words, optional in slots:
        phrases = [p + [w] for p in phrases for w in words] + (phrases if optional else [])
    return [" ".join(p) for p in phrases if p]


def expand_pattern_keys(pattern: list[dict], keys: PhraseKeys, limit: int = 5000) -> list[tuple[int, ...]] | None:
    """``[keys.keys(p) for p in expand_pattern(pattern)]``, expanded on the words' token
    hashes (PhraseKeys.entry) instead of on strings tokenised one by one; a phrase whose
    words a special case could join is tokenised whole, as keys() does."""
    slots = _pattern_slots(pattern, limit)
    if slots is None:
        return None
    # a phrase so far: (token hashes, its last token's text, its words, may a special case join two of them)
    phrases: list[tuple] = [((), None, (), False)]
    for words, optional in slots:
        entries = [(keys.entry(w), w) for w in words]
        if any(e is None for e, _w in entries):
            return [keys.keys(p) for p in expand_pattern(pattern, limit) or []]  # a word with a space in it
        grown = [(h + eh, end, ws + (w,), joined or (last is not None and keys.joined(last, first)))
                 for h, last, ws, joined in phrases for (eh, first, end), w in entries]
        phrases = grown + (phrases if optional else [])
    return [keys.keys(" ".join(ws)) if joined else h for h, _last, ws, joined in phrases if ws]


class ThemeTagger:
    """Tags theme cues; span label = theme key, span id = the phrase or pattern as listed.

    A theme is what a finding judges, so cues are of two strengths. ``phrases`` and
    ``patterns`` name a subject of practice quality by themselves ("out of date",
    "wishes and feelings"). ``weak`` phrases are generic words ("reviews", "tool",
    "recorded") that name the theme only where the text judges them (judgement.py): a
    ``judgements`` phrase ("poor", "timely", "not") or a span of ``anchor_spans`` (a
    grade) within ``anchor_window`` tokens in the same clause, a judgement heading their
    phrase, or their heading the clause's subject (``subjects``). ``heads`` are generic
    nouns that name the theme only as what is judged: the head of the clause's subject
    ("carers were well supported", "Reviews were held on time") or of a phrase a judgement
    heads ("improvement in reviews"), not a word a judgement merely stands beside ("visited
    carers regularly", "Chronologies should be updated at every review"). A match inside a longer
    match of another theme is dropped ("visit recording template" is template use, not
    recording); an ``ignore`` phrase masks the cues inside it.
    """

    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], anchor_window: int = 4,
                 subjects: bool = True, anchor_spans: List[str] = (), condition_window: int = 12):
        self.name = name
        self.anchor_spans: dict[str, set[str]] = {}  # span key -> labels that anchor (none listed: all)
        for entry in anchor_spans:
            key, _dot, label = entry.partition(".")
            self.anchor_spans.setdefault(key, set()).update([label] if label else [])
        self.anchor_window = anchor_window
        self.subjects = subjects
        # one pass over the text for every phrase list: keys "theme", "theme" + WEAK, IGNORE, JUDGEMENT
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.patterns = AnchoredMatcher(nlp.vocab, validate=True)
        self.keys: list[str] = []
        self.cues: dict[tuple[str, tuple], str] = {}  # (theme, matched words) -> the phrase as listed
        self.pattern_theme: dict[str, str] = {}  # Matcher key "theme#n" -> theme
        self.defer: set[tuple[str, str]] = set()  # (theme, cue as listed) that yield to another theme in the clause
        # (theme, cue as listed) -> ("needs" | "unless", themes, words): what its clause must or must not hold
        self.conditions: dict[tuple[str, str], list[tuple[str, frozenset]]] = {}
        self.condition_window = condition_window
        keys = PhraseKeys(nlp.tokenizer)  # phrases as token hashes, no Doc each: half of start-up was those Docs
        for path, data in load_many(data_dir, files):
            check_keys(data, {"themes", "ignore", "judgements"}, path=path, what="themes file")
            ignore = string_list(data.get("ignore"), path=path, what="ignore")
            if ignore:
                self.phrases.add(IGNORE, phrase_keys(keys, ignore, plurals=False))
            judgements = string_list(data.get("judgements"), path=path, what="judgements")
            if judgements:
                self.phrases.add(JUDGEMENT, phrase_keys(keys, judgements, plurals=False))
            themes = data.get("themes") or {}
            if not isinstance(themes, dict):
                raise ConfigError("'themes' must map a theme key to its phrases and patterns", path=path)
            for key, spec in themes.items():
                check_keys(spec, {"phrases", "weak", "heads", "patterns", "about", "defer", "conditions"}, path=path,
                           what=f"theme {key}")
                self._add_conditions(key, spec.get("conditions"), path)
                self.defer.update((key, w.lower()) for w in string_list(spec.get("defer"), path=path, what=f"{key} defer"))
                if key not in self.keys:
                    self.keys.append(key)
                phrases = string_list(spec.get("phrases"), path=path, what=key)
                if phrases:
                    self.phrases.add(key, phrase_keys(keys, phrases, cues=self.cues, label=key))
                weak = string_list(spec.get("weak"), path=path, what=f"{key} weak")
                if weak:
                    self.phrases.add(key + WEAK, phrase_keys(keys, weak, cues=self.cues, label=key))
                heads = string_list(spec.get("heads"), path=path, what=f"{key} heads")
                if heads:
                    self.phrases.add(key + HEAD, phrase_keys(keys, heads, cues=self.cues, label=key))
                for pattern in spec.get("patterns") or []:
                    pid = f"{key}#{sum(1 for t in self.pattern_theme.values() if t == key) + 1}"
                    self.pattern_theme[pid] = key
                    try:
                        self.patterns.add(pid, [pattern])
                    except Exception as exc:  # spaCy's pattern validation error
                        raise ConfigError(f"theme {key}: invalid token pattern: {exc}", path=path) from None
                    hashes = expand_pattern_keys(pattern, keys)
                    if hashes is not None:  # the PhraseMatcher reads plain words far faster
                        self.patterns.remove(pid)
                        self.phrases.add(key, hashes)
                        self.cues.update({(key, h): "pattern " + pid for h in hashes})

    def _add_conditions(self, key: str, conditions, path) -> None:
        """Read a theme's ``conditions``: cue -> {needs, unless: words; needs_theme, unless_theme:
        theme keys, any cue of that theme, weak ones too}."""
        if not conditions:
            return
        if not isinstance(conditions, dict):
            raise ConfigError(f"theme {key}: 'conditions' must map a cue to needs/unless lists", path=path)
        for cue, spec in conditions.items():
            if not isinstance(spec, dict):
                raise ConfigError(f"theme {key}: condition of {cue!r} must map needs/unless to lists", path=path)
            check_keys(spec, set(CONDITIONS), path=path, what=f"{key} condition {cue}")
            for kind in CONDITIONS:
                items = [w.lower() for w in string_list(spec.get(kind), path=path, what=f"{key} {cue} {kind}")]
                if items:
                    self.conditions.setdefault((key, str(cue).lower()), []).append((kind, frozenset(items)))

    def _meets(self, doc: Doc, clauses: Clauses, key: str, s: int, e: int, name: str, raw: list) -> bool:
        """Does a cue's clause meet its conditions? Some ``needs`` word, or a cue of some
        ``needs_theme``, stands in the clause beside it (when either is listed), and no ``unless``
        word nor a cue of an ``unless_theme``."""
        lo, hi = clauses.window(s, e, self.condition_window)
        words = {doc[i].lower_ for i in range(lo, hi) if not (s <= i < e)}
        themes = {k for k, a, b in raw if lo <= a and b <= hi and not (a < e and s < b)}
        needed = found = False
        for kind, items in self.conditions[(key, name)]:
            hit = not items.isdisjoint(themes if kind.endswith("_theme") else words)
            if kind.startswith("unless") and hit:
                return False
            if kind.startswith("needs"):
                needed, found = True, found or hit
        return found or not needed

    def cue_matches(self, doc: Doc) -> tuple[list, list, list, list]:
        """Every theme cue in ``doc`` before the gates: ``found`` (theme, start, end, cue) from
        phrases and patterns, ``weak`` (theme, start, end, near) generic words that count only
        where judged (``near``: a weak word; else a head noun), ``judged`` (start, end) extents
        of judgements and grades, sorted, and ``ignored`` extents."""
        strings = doc.vocab.strings
        found, weak, judged, ignored = [], [], [], []
        for m, s, e in self.phrases(doc):
            key = strings[m]
            if key == JUDGEMENT:
                judged.append((s, e))
            elif key == IGNORE:
                ignored.append((s, e))
            elif key.endswith(WEAK):
                weak.append((key[:-len(WEAK)], s, e, True))
            elif key.endswith(HEAD):
                weak.append((key[:-len(HEAD)], s, e, False))
            else:
                found.append((key, s, e, None))
        found += [(self.pattern_theme[strings[m]], s, e, "pattern " + strings[m]) for m, s, e in self.patterns(doc)]
        if weak:
            # a grade judges what it grades, as a judgement word does
            judged += [(start, end) for key, labels in self.anchor_spans.items()
                       for start, end, _a, _b, label, _id in group_marks(doc, key) if not labels or label in labels]
            judged.sort()
        return found, weak, judged, ignored

    def __call__(self, doc: Doc) -> Doc:
        lower = token_columns(doc, LOWER)[0].tolist()
        found, weak, judged, ignored = self.cue_matches(doc)
        unjudged = []
        if weak:
            clauses = Clauses(doc, lower)
            for key, s, e, near in weak:
                if counted(doc, s):
                    continue
                how = clauses.anchor(s, e, judged, self.anchor_window, self.subjects, near=near)
                name = self.cues.get((key, tuple(lower[s:e])))
                if name is None:  # a pattern's words: named as written (no Span made for a listed cue)
                    name = doc[s:e].text.lower()
                if how:
                    found.append((key, s, e, f"{name} ({how})"))
                elif near:  # a generic word, not a head noun (those name a theme only as a judged subject)
                    unjudged.append((key, s, e, f"{name} (list item)"))
        masked = lambda s, e: any(a <= s and e <= b and (a, b) != (s, e) for a, b in ignored)  # noqa: E731
        if self.conditions and found:
            # a cue that needs, or is vetoed by, another cue or word of its clause ("reviews" judged for their
            # timing are timeliness, not a plan's progress)
            clauses = clauses if weak else Clauses(doc, lower)
            raw = [(k, s, e) for k, s, e, _c in found + weak if not masked(s, e)]
            named = lambda k, s, e, c: (c.split(" (")[0] if c else self.cues.get((k, tuple(lower[s:e])), ""))  # noqa: E731
            found = [f for f in found if (f[0], named(*f).lower()) not in self.conditions
                     or self._meets(doc, clauses, f[0], f[1], f[2], named(*f).lower(), raw)]
        spans = drop_contained([Span(doc, s, e, label=key, span_id=cue or self.cues.get((key, tuple(lower[s:e])), ""))
                                for key, s, e, cue in found if not masked(s, e)])
        set_spans(doc, "ff_themes", spans)
        # cues that yield to another theme of a strength's clause (ff_findings reads them)
        set_spans(doc, "ff_themes_deferred", [sp for sp in spans if (sp.label_, sp.id_.split(" (")[0]) in self.defer])
        # a weak word inside or across a cue that fired is that cue's ("visit recording template")
        kept = [(sp.start, sp.end) for sp in spans]
        set_spans(doc, "ff_themes_unjudged", [
            Span(doc, s, e, label=key, span_id=cue) for key, s, e, cue in unjudged
            if not masked(s, e) and not any(a < e and s < b for a, b in kept)])
        return doc


QUANTIFIERS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty"}


def counted(doc: Doc, start: int) -> bool:
    """Is the generic word at ``start`` the sample a figure counts ("12 of the 30 records",
    "Eleven records were late", "A third of the records had no note")? What is counted is
    not what the finding judges; the judgement names its own theme ("late": timeliness)."""
    def quantity(i: int) -> bool:  # a count, not a paragraph number ("2.3 Risk was assessed")
        tok = doc[i]
        return (tok.like_num and "." not in tok.text and not tok.is_sent_start) or tok.lower_ in QUANTIFIERS

    i = start - 1
    if i >= 0 and quantity(i):
        return True
    if i >= 2 and doc[i].lower_ == "the" and doc[i - 1].lower_ == "of":
        return quantity(i - 2) or doc[i - 2].text == "%"
    return False


def tag_theme_cues(findings: list[dict], themes: SpanIndex, unjudged: SpanIndex | None = None) -> list[dict]:
    """Append to each finding's ``rule`` the cue that decided each of its themes:
    "clause:cues; themes: timeliness=out of date, plan_progress=reviews (subject)". A theme
    with no cue in the evidence came from its context (the section, the sentence's result
    figure), or, on a list item, from a weak word its list header judges (``unjudged``)."""
    groups = []
    for index in (themes, unjudged):
        spans = list(index) if index is not None else []  # in token order, which is character order
        groups.append((spans, [sp.start_char for sp in spans]))
    for f in findings:
        if not f.get("themes"):
            continue
        a, b = f["start_char"], f["end_char"]
        cues: dict[str, str] = {}
        # the weak words of a list item are read only under a list header (ff_findings)
        for spans, starts in groups if f["rule"].startswith("clause:list_header") else groups[:1]:
            for sp in spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
                if sp.end_char <= b:
                    cues.setdefault(sp.label_, sp.id_ or sp.text.lower())
        f["rule"] += "; themes: " + ", ".join(f"{t}={cues.get(t, 'context')}" for t in f["themes"])
    return findings


@Language.factory("ff_themes", default_config={"data_dir": None, "files": ["themes.yaml"], "anchor_window": 4,
                                                "subjects": True, "anchor_spans": ["ff_grades.GRADE"],
                                                "condition_window": 12})
def make_theme_tagger(nlp: Language, name: str, data_dir: str | None, files: List[str], anchor_window: int,
                      subjects: bool, anchor_spans: List[str], condition_window: int) -> ThemeTagger:
    return ThemeTagger(nlp, name, data_dir, files, anchor_window, subjects, anchor_spans, condition_window)
