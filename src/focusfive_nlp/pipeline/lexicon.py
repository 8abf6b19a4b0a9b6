"""ff_teams, and the lexicon helpers the theme tagger shares (themes.py).

Team mentions go to ``doc.spans["ff_teams"]`` (label = canonical team name, id = the
alias as listed). Aliases match on lower case, acronyms exactly as written.
"""
from __future__ import annotations

import bisect
from typing import List

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import ConfigError
from . import extensions  # noqa: F401
from .data import check_keys, load_many, plural_variants, string_list
from .spans import SpanIndex, doc_text


def phrase_docs(nlp: Language, phrases: list[str], plurals: bool = True, cues: dict | None = None, label: str = ""):
    """Tokenised phrases (with plural variants); ``cues`` learns which listed phrase each
    variant came from, so a match can say which lexicon entry made it."""
    out = [(v, p) for p in phrases for v in (plural_variants(p) if plurals else [p])]
    out += [(v.replace("'", "\u2019"), p) for v, p in out if "'" in v]  # "child's" as typeset: "child\u2019s"
    docs = list(nlp.tokenizer.pipe(v for v, _p in out))
    if cues is not None:
        for d, (_v, p) in zip(docs, out):
            cues.setdefault((label, words_key(d)), p)
    return docs


def words_key(tokens) -> tuple[int, ...]:
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
                self.ignore.add("IGNORE", phrase_docs(nlp, ignore, plurals=False))
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
                    self.aliases.add(team, phrase_docs(nlp, aliases, plurals=False, cues=self.cues, label=team))
                if acronyms:
                    self.acronyms.add(team, phrase_docs(nlp, acronyms, plurals=False, cues=self.cues, label=team))
                self.not_followed_by.setdefault(team, set()).update(
                    w.lower() for w in string_list(entry.get("not_followed_by"), path=path, what=team)
                )

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = []
        matches = list(self.aliases(doc)) + list(self.acronyms(doc))
        ignored = [(s, e) for _m, s, e in self.ignore(doc)] if matches else []
        titles = title_lines(opening_text(doc), self.title_lines) if matches else set()
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
            spans.append(Span(doc, s, e, label=team, span_id=self.cues.get((team, words_key(doc[s:e])), "")))
        doc.spans["ff_teams"] = _longest_per_label(spans)
        return doc


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


TITLE_TOKENS = 300  # the report's opening, where its title lines are


def opening_text(doc: Doc) -> str:
    """``doc[:TITLE_TOKENS].text``, cut from the Doc's text (a Span rebuilds it token by token)."""
    if not len(doc):
        return ""
    last = doc[min(len(doc), TITLE_TOKENS) - 1]
    return doc_text(doc)[doc[0].idx:last.idx + len(last)]


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
