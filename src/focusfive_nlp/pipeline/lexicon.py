"""ff_teams and ff_themes: lexicon taggers driven by YAML files under models/.

Both put labelled spans in ``doc.spans`` (label = canonical team name or theme key).
Phrases match on lower case with plural variants, acronyms exactly as written, and
themes may add Matcher token patterns for looser wording.
"""
from __future__ import annotations

import bisect
from typing import List

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import ConfigError
from . import extensions  # noqa: F401
from .data import check_keys, load_many, plural_variants, string_list
from .judgement import Clauses
from .spans import SpanIndex


def _phrases(nlp: Language, phrases: list[str], plurals: bool = True, cues: dict | None = None, label: str = ""):
    """Tokenised phrases (with plural variants); ``cues`` learns which listed phrase each
    variant came from, so a match can say which lexicon entry made it."""
    out = [(v, p) for p in phrases for v in (plural_variants(p) if plurals else [p])]
    out += [(v.replace("'", "\u2019"), p) for v, p in out if "'" in v]  # "child's" as typeset: "child\u2019s"
    docs = list(nlp.tokenizer.pipe(v for v, _p in out))
    if cues is not None:
        for d, (_v, p) in zip(docs, out):
            cues.setdefault((label, _key(d)), p)
    return docs


def _key(tokens) -> tuple[int, ...]:
    """Lower-case hashes of a phrase's tokens: a match's words, cheaply compared."""
    return tuple(t.lower for t in tokens)


class TeamTagger:
    """Tags team mentions; span label = the team's canonical name, span id = the alias.

    A team named in the report's title lines (and in their repeats as running headers),
    or inside an ``ignore`` phrase (an inspection framework's name, "Children in Care
    Council"), is the report's scope, not a team the finding is about.
    """

    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], title_lines: int = 3):
        self.name = name
        self.title_lines = title_lines
        self.ignore = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.aliases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.not_followed_by: dict[str, set[str]] = {}
        self.names: list[str] = []
        self.cues: dict[tuple[str, tuple], str] = {}  # (team, matched words) -> the alias as listed
        for path, data in load_many(data_dir, files):
            check_keys(data, {"teams", "ignore"}, path=path, what="teams file")
            ignore = string_list(data.get("ignore"), path=path, what="ignore")
            if ignore:
                self.ignore.add("IGNORE", _phrases(nlp, ignore, plurals=False))
            for n, entry in enumerate(data.get("teams") or [], 1):
                check_keys(entry, {"name", "aliases", "acronyms", "not_followed_by"}, path=path, what=f"team {n}")
                team = entry.get("name")
                if not team:
                    raise ConfigError(f"team {n}: a team needs a name", path=path)
                if team not in self.names:
                    self.names.append(team)
                aliases = string_list(entry.get("aliases"), path=path, what=team)
                acronyms = string_list(entry.get("acronyms"), path=path, what=team)
                if not acronyms and team.lower() not in {a.lower() for a in aliases}:
                    aliases.append(team)
                if aliases:
                    self.aliases.add(team, _phrases(nlp, aliases, plurals=False, cues=self.cues, label=team))
                if acronyms:
                    self.acronyms.add(team, _phrases(nlp, acronyms, plurals=False, cues=self.cues, label=team))
                self.not_followed_by.setdefault(team, set()).update(
                    w.lower() for w in string_list(entry.get("not_followed_by"), path=path, what=team)
                )

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = []
        matches = list(self.aliases(doc)) + list(self.acronyms(doc))
        ignored = [(s, e) for _m, s, e in self.ignore(doc)] if matches else []
        titles = title_lines(doc[:TITLE_TOKENS].text, self.title_lines) if matches else set()
        title_words = " ".join(titles).lower()
        breaks = None
        for m, s, e in matches:
            team = strings[m]
            nxt = doc[e].lower_ if e < len(doc) else ""
            if nxt in self.not_followed_by.get(team, ()) or any(a <= s and e <= b for a, b in ignored):
                continue
            if titles and doc[s:e].text.lower() in title_words:  # cheap test first: could it be a title's?
                breaks = breaks if breaks is not None else line_breaks(doc)
                if line_of(doc, s, breaks) in titles:
                    continue
            spans.append(Span(doc, s, e, label=team, span_id=self.cues.get((team, _key(doc[s:e])), "")))
        doc.spans["ff_teams"] = _longest_per_label(spans)
        return doc


def tag_theme_cues(findings: list[dict], themes: SpanIndex) -> list[dict]:
    """Append to each finding's ``rule`` the cue that decided each of its themes:
    "clause:cues; themes: timeliness=out of date, plan_progress=reviews (subject)". A theme
    with no cue in the evidence came from its context (the section, the sentence's result
    figure)."""
    spans = sorted(themes, key=lambda sp: sp.start_char)
    starts = [sp.start_char for sp in spans]
    for f in findings:
        if not f.get("themes"):
            continue
        a, b = f["start_char"], f["end_char"]
        cues: dict[str, str] = {}
        for sp in spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
            if sp.end_char <= b:
                cues.setdefault(sp.label_, sp.id_ or sp.text.lower())
        f["rule"] += "; themes: " + ", ".join(f"{t}={cues.get(t, 'context')}" for t in f["themes"])
    return findings


LABEL_MARKS = {":", "-", "–", "—"}


def clause_teams(teams: SpanIndex, sent: Span, start: int, end: int, label_words: int = 4) -> list[str]:
    """Teams of a clause: those it names, else those of its sentence's lead label.

    A list item that opens with a short label naming a team ("Leaving Care: plans were
    up to date, but young people were not told ...") is about that team in every clause.
    """
    own = teams.labels_within(start, end)
    if own or start == sent.start:
        return own
    doc = sent.doc
    words = 0
    for tok in doc[sent.start:min(start, sent.start + label_words + 3)]:
        if tok.text in LABEL_MARKS and words:
            return teams.labels_within(sent.start, tok.i)
        if not (tok.is_punct or tok.is_space):
            words += 1
            if words > label_words:
                break
    return own


def expand_pattern(pattern: list[dict], limit: int = 3000) -> list[str] | None:
    """The phrases a token pattern of plain words stands for ("LOWER" words, optional or
    not), or None when it needs the Matcher (numbers, "*", other attributes, too many)."""
    phrases = [[]]
    for token in pattern:
        lower, op = token.get("LOWER"), token.get("OP")
        if set(token) - {"LOWER", "OP"} or op not in (None, "?"):
            return None
        words = [lower] if isinstance(lower, str) else lower.get("IN") if isinstance(lower, dict) and set(lower) == {"IN"} else None
        if not words:
            return None
        phrases = [p + [w] for p in phrases for w in words] + (phrases if op == "?" else [])
        if len(phrases) > limit:
            return None
    return [" ".join(p) for p in phrases if p]


WEAK, IGNORE, JUDGEMENT = "\tweak", "\tIGNORE", "\tJUDGEMENT"  # matcher keys no theme key can be


TITLE_TOKENS = 300  # the report's opening, where its title lines are


def title_lines(head: str, lines: int) -> set[str]:
    """The report's title lines: of the first ``lines`` non-empty lines of its opening
    text, those that read as a title (no sentence-final full stop)."""
    complete = head if head.endswith("\n") else head[:head.rfind("\n") + 1]
    found = [ln.strip() for ln in complete.splitlines() if ln.strip()][:lines]
    return {ln for ln in found if not ln.endswith((".", "!", "?"))}


def line_breaks(doc: Doc) -> list[int]:
    """Indices of the tokens that hold a line break."""
    return [i for i, space in enumerate(doc.to_array("IS_SPACE").tolist()) if space and "\n" in doc[i].text]


def line_of(doc: Doc, start: int, breaks: list[int]) -> str:
    """The text of the line token ``start`` stands on (a running header repeats the
    title's line)."""
    i = bisect.bisect_left(breaks, start)
    a = breaks[i - 1] + 1 if i else 0
    b = breaks[i] if i < len(breaks) else len(doc)
    return doc[a:b].text.strip()


class ThemeTagger:
    """Tags theme cues; span label = theme key, span id = the phrase or pattern as listed.

    A theme is what a finding judges, so cues are of two strengths. ``phrases`` and
    ``patterns`` name a subject of practice quality by themselves ("out of date",
    "wishes and feelings"). ``weak`` phrases are generic words ("reviews", "meeting",
    "recorded") that name the theme only where a judgement stands beside them: a
    ``judgements`` phrase ("poor", "timely", "not") within ``anchor_window`` words in
    the same clause. A match inside a longer match of another theme is dropped ("visit
    recording template" is template use, not recording).
    """

    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], anchor_window: int = 4,
                 subjects: bool = True, anchor_spans: List[str] = ()):
        self.name = name
        self.anchor_spans: dict[str, set[str]] = {}  # span key -> labels that anchor (none listed: all)
        for entry in anchor_spans:
            key, _dot, label = entry.partition(".")
            self.anchor_spans.setdefault(key, set()).update([label] if label else [])
        self.anchor_window = anchor_window
        self.subjects = subjects
        # one pass over the text for every phrase list: keys "theme", "theme" + WEAK, IGNORE, JUDGEMENT
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.patterns = Matcher(nlp.vocab, validate=True)
        self.keys: list[str] = []
        self.cues: dict[tuple[str, tuple], str] = {}  # (theme, matched words) -> the phrase as listed
        self.pattern_theme: dict[str, str] = {}  # Matcher key "theme#n" -> theme
        for path, data in load_many(data_dir, files):
            check_keys(data, {"themes", "ignore", "judgements"}, path=path, what="themes file")
            ignore = string_list(data.get("ignore"), path=path, what="ignore")
            if ignore:
                self.phrases.add(IGNORE, _phrases(nlp, ignore, plurals=False))
            judgements = string_list(data.get("judgements"), path=path, what="judgements")
            if judgements:
                self.phrases.add(JUDGEMENT, _phrases(nlp, judgements, plurals=False))
            themes = data.get("themes") or {}
            if not isinstance(themes, dict):
                raise ConfigError("'themes' must map a theme key to its phrases and patterns", path=path)
            for key, spec in themes.items():
                check_keys(spec, {"phrases", "weak", "patterns", "about"}, path=path, what=f"theme {key}")
                if key not in self.keys:
                    self.keys.append(key)
                phrases = string_list(spec.get("phrases"), path=path, what=key)
                if phrases:
                    self.phrases.add(key, _phrases(nlp, phrases, cues=self.cues, label=key))
                weak = string_list(spec.get("weak"), path=path, what=f"{key} weak")
                if weak:
                    self.phrases.add(key + WEAK, _phrases(nlp, weak, cues=self.cues, label=key))
                for pattern in spec.get("patterns") or []:
                    pid = f"{key}#{sum(1 for t in self.pattern_theme.values() if t == key) + 1}"
                    self.pattern_theme[pid] = key
                    try:
                        self.patterns.add(pid, [pattern])
                    except Exception as exc:  # spaCy's pattern validation error
                        raise ConfigError(f"theme {key}: invalid token pattern: {exc}", path=path) from None
                    words = expand_pattern(pattern)
                    if words is not None:  # the PhraseMatcher reads plain words far faster
                        self.patterns.remove(pid)
                        self.phrases.add(key, list(nlp.tokenizer.pipe(words)))
                        self.cues.update({(key, _key(d)): "pattern " + pid for d in nlp.tokenizer.pipe(words)})

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        lower = doc.to_array("LOWER").tolist()
        found, weak, judged, ignored = [], [], [], []
        for m, s, e in self.phrases(doc):
            key = strings[m]
            if key == JUDGEMENT:
                judged.append((s, e))
            elif key == IGNORE:
                ignored.append((s, e))
            elif key.endswith(WEAK):
                weak.append((key[:-len(WEAK)], s, e))
            else:
                found.append((key, s, e, None))
        found += [(self.pattern_theme[strings[m]], s, e, "pattern " + strings[m]) for m, s, e in self.patterns(doc)]
        if weak:
            # a grade (or a figure, where configured) states a quality of what it measures
            judged += [(sp.start, sp.end) for key, labels in self.anchor_spans.items() if key in doc.spans
                       for sp in doc.spans[key] if not labels or sp.label_ in labels]
            judged.sort()
            clauses = Clauses(doc, lower)
            for key, s, e in weak:
                how = clauses.anchor(s, e, judged, self.anchor_window, self.subjects)
                if how:
                    found.append((key, s, e, f"{self.cues.get((key, tuple(lower[s:e])), doc[s:e].text.lower())} ({how})"))
        spans = [Span(doc, s, e, label=key, span_id=cue or self.cues.get((key, tuple(lower[s:e])), ""))
                 for key, s, e, cue in found if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in ignored)]
        doc.spans["ff_themes"] = drop_contained(spans)
        return doc

def _longest_per_label(spans: list[Span]) -> list[Span]:
    """Drop a span inside a longer span (any label), keep distinct equal spans."""
    return drop_contained(spans)


def drop_contained(spans: list[Span]) -> list[Span]:
    """Remove spans strictly inside a longer span; duplicates of one label collapse.

    One sweep over spans sorted by (start, -end): a span is inside a longer one exactly
    when some earlier span of a different extent reaches as far as it does.
    """
    keep, seen = [], set()
    max_end, group, group_max = -1, None, -1
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        extent = (sp.start, sp.end)
        if extent != group:
            max_end = max(max_end, group_max)
            group, group_max = extent, sp.end
        if max_end >= sp.end:
            continue
        key = (sp.start, sp.end, sp.label_)
        if key not in seen:
            seen.add(key)
            keep.append(sp)
    return keep


@Language.factory("ff_teams", default_config={"data_dir": None, "files": ["teams.yaml"], "title_lines": 3})
def make_team_tagger(nlp: Language, name: str, data_dir: str | None, files: List[str], title_lines: int) -> TeamTagger:
    return TeamTagger(nlp, name, data_dir, files, title_lines)


@Language.factory("ff_themes", default_config={"data_dir": None, "files": ["themes.yaml"], "anchor_window": 4,
                                                "subjects": True, "anchor_spans": ["ff_figures", "ff_grades.GRADE"]})
def make_theme_tagger(nlp: Language, name: str, data_dir: str | None, files: List[str], anchor_window: int,
                      subjects: bool, anchor_spans: List[str]) -> ThemeTagger:
    return ThemeTagger(nlp, name, data_dir, files, anchor_window, subjects, anchor_spans)
