"""ff_teams, and the lexicon helpers the theme tagger shares (themes.py).

Team mentions go to ``doc.spans["ff_teams"]`` (label = canonical team name, id = the
alias as listed). Aliases match on lower case, acronyms exactly as written.
"""
from __future__ import annotations

import bisect
import re
from typing import List

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import ConfigError
from . import extensions  # noqa: F401
from .data import check_keys, load_many, plural_variants, string_list
from .spans import SpanIndex, doc_text, set_spans, token_columns, unique
from .words import SUBJECT_ENDING_VERBS


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


def phrase_keys(keys, phrases: list[str], plurals: bool = True, cues: dict | None = None, label: str = ""):
    """``phrase_docs`` as LOWER hashes (phrase_keys.PhraseKeys ``keys``), no Doc made: what
    a PhraseMatcher on LOWER takes, in the same order, with the same ``cues``."""
    out = [(v, p) for p in phrases for v in (plural_variants(p) if plurals else [p])]
    out += [(v.replace("'", "\u2019"), p) for v, p in out if "'" in v]  # "child's" as typeset: "child\u2019s"
    hashes = [keys.keys(v) for v, _p in out]
    if cues is not None:
        for h, (_v, p) in zip(hashes, out):
            cues.setdefault((label, h), p)
    return hashes


def words_key(tokens) -> tuple[int, ...]:
    """Lower-case hashes of a phrase's tokens: a match's words, cheaply compared."""
    return tuple(t.lower for t in tokens)


class TeamTagger:
    """Tags team mentions; span label = the team's canonical name, span id = the alias.

    A team named in the report's title lines (and in their repeats as running headers),
    or inside an ``ignore`` phrase (an inspection framework's name, "Children in Care
    Council"), is the report's scope, not a team the finding is about. Nor is a team
    inside a job title: a capitalised role word (``job_titles``: "Manager", "Head") right
    after the mention ("the Fostering Service Manager") or before it, joined only by
    ``title_joiners`` ("Service Manager, Leaving Care", "Head of Service for Children in
    Care and Care Leavers").

    Two more kinds of mention are read from the report itself. An abbreviation it defines
    in brackets right after a team's name ("Leaving Care Service (LCS)", "pathway plans
    (PPs)") names that team wherever it is written in the report. A listed acronym written
    in lower case, as informal notes do, names its team when a ``team_nouns`` word follows
    ("the cp team", "cin teams") or, for three letters or more, when "the" stands before it
    ("the mash and the yot").
    """

    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], title_lines: int = 3):
        self.name = name
        self.title_lines = title_lines
        self.ignore = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.aliases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.not_followed_by: dict[str, set[str]] = {}
        self.not_after: dict[str, list[tuple[str, ...]]] = {}
        self.job_titles: set[str] = set()
        self.title_joiners: set[str] = set()
        self.team_nouns: set[str] = set()
        self.lower_acronyms = PhraseMatcher(nlp.vocab, attr="LOWER")  # "cp team": acronyms in lower case
        self.names: list[str] = []
        self.cues: dict[tuple[str, tuple], str] = {}  # (team, matched words) -> the alias as listed
        for path, data in load_many(data_dir, files):
            check_keys(data, {"teams", "ignore", "job_titles", "title_joiners", "team_nouns"}, path=path, what="teams file")
            self.team_nouns |= {w.lower() for w in string_list(data.get("team_nouns"), path=path, what="team_nouns")}
            self.job_titles |= set(string_list(data.get("job_titles"), path=path, what="job_titles"))
            self.title_joiners |= {w.lower() for w in string_list(data.get("title_joiners"), path=path, what="title_joiners")}
            ignore = string_list(data.get("ignore"), path=path, what="ignore")
            if ignore:
                self.ignore.add("IGNORE", phrase_docs(nlp, ignore, plurals=False))
            for n, entry in enumerate(data.get("teams") or [], 1):
                check_keys(entry, {"name", "aliases", "acronyms", "not_followed_by", "not_after"}, path=path, what=f"team {n}")
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
                    upper = [a for a in acronyms if a.isupper()]
                    if upper:
                        self.lower_acronyms.add(team, phrase_docs(nlp, [a.lower() for a in upper], plurals=False,
                                                                  cues=self.cues, label=team))
                self.not_followed_by.setdefault(team, set()).update(
                    w.lower() for w in string_list(entry.get("not_followed_by"), path=path, what=team)
                )
                self.not_after.setdefault(team, []).extend(
                    tuple(t.lower_ for t in d) for d in phrase_docs(nlp, string_list(entry.get("not_after"), path=path, what=team), plurals=False)
                )

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = []
        matches = list(self.aliases(doc)) + list(self.acronyms(doc)) + self._lower_case_acronyms(doc)
        ignored = [(s, e) for _m, s, e in self.ignore(doc)] if matches else []
        titles = title_lines(opening_text(doc), self.title_lines) if matches else set()
        title_words = " ".join(titles).lower()
        breaks = None
        for m, s, e in matches:
            team = strings[m]
            if (self._describes(doc, e, self.not_followed_by.get(team, ())) or any(a <= s and e <= b for a, b in ignored)
                    or self._planned(doc, s, e, self.not_after.get(team, ()))):
                continue
            if titles and doc[s:e].text.lower() in title_words:  # cheap test first: could it be a title's?
                breaks = breaks if breaks is not None else line_breaks(doc)
                if line_of(doc, s, breaks) in titles:
                    continue
            spans.append(Span(doc, s, e, label=team, span_id=self.cues.get((team, words_key(doc[s:e])), "")))
        if spans:
            spans += self._defined_abbreviations(doc, spans, ignored)
        spans = _longest_per_label(spans)
        if self.job_titles and spans:
            spans = self._drop_job_titles(doc, spans)
        set_spans(doc, "ff_teams", spans)
        return doc

    def _lower_case_acronyms(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches of listed acronyms written in lower case ("cp team", "the yos") that read
        as the team: a ``team_nouns`` word next ("cla team", "cin teams"), or "the" before an
        acronym of three letters or more ("the mash and the yot"). "the cp" and a lone "mash"
        are not read."""
        out = []
        for m, s, e in self.lower_acronyms(doc):
            if not doc[s:e].text.islower():
                continue
            nxt = next((t for t in doc[e:e + 3] if not t.is_space), None)
            if nxt is not None and nxt.lower_ in self.team_nouns:
                out.append((m, s, e))
            elif s and doc[s - 1].lower_ == "the" and len(doc[s:e].text) >= 3:
                out.append((m, s, e))
        return out

    def _defined_abbreviations(self, doc: Doc, spans: list[Span], ignored: list[tuple[int, int]]) -> list[Span]:
        """Mentions of abbreviations the report defines for a team: a team mention, with at
        most two more capitalised words or ``team_nouns`` ("Service"), then the abbreviation
        in brackets, its letters drawn from the name ("Leaving Care Service (LCS)", "pathway
        plans (PPs)"), or the abbreviation with the name in brackets ("LCS (Leaving Care
        Service)"). Every place the abbreviation (singular or plural) is written as
        defined is then a mention of that team; "Personal advisers (PAs)" names no team,
        and "care leavers (EET)" defines no abbreviation of the team."""
        learned: dict[str, str] = {}
        for sp in spans:
            k = sp.end
            while k < len(doc) and k - sp.end < 2 and (doc[k].lower_ in self.team_nouns or doc[k].is_title):
                k += 1
            abbr = None
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                abbr = doc[k + 1].text  # "Leaving Care Service (LCS)"
            elif sp.start >= 2 and doc[sp.start - 1].text == "(" and k < len(doc) and doc[k].text == ")":
                abbr = doc[sp.start - 2].text  # "LCS (Leaving Care Service)"
            if abbr and ABBREVIATION.fullmatch(abbr) and abbreviates(abbr, doc[sp.start:k].text):
                for form in abbreviation_forms(abbr):
                    learned.setdefault(form, sp.label_)
        if not learned:
            return []
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        out = []
        for tok in doc:
            team = learned.get(tok.text)
            if (team is None or tok.i in taken or any(a <= tok.i < b for a, b in ignored)
                    or self._describes(doc, tok.i + 1, self.not_followed_by.get(team, ()))):
                continue
            out.append(Span(doc, tok.i, tok.i + 1, label=team, span_id=f"defined abbreviation {tok.text}"))
        return out

    @staticmethod
    def _describes(doc: Doc, end: int, words: set[str], reach: int = 4) -> bool:
        """Is the mention ending at ``end`` a description ("CIN plans"), its next word one of
        ``words``? Line breaks are skipped ("child protection⏎plans"), and so is a coordinated
        cohort: in "child in need and child protection plans" the plans are of both."""
        if not words:
            return False
        i = end
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i < len(doc) and doc[i].lower_ in words:
            return True
        if i >= len(doc) or doc[i].lower_ not in COORDINATORS:
            return False
        for tok in doc[i + 1:i + 2 + reach]:
            if tok.is_space:
                continue
            if tok.is_punct or tok.lower_ in COORDINATORS:
                return False
            if tok.lower_ in words:
                return True
        return False

    @staticmethod
    def _planned(doc: Doc, start: int, end: int, phrases: list[tuple[str, ...]], reach: int = 5) -> bool:
        """Does one of ``phrases`` ("plan for") end before a coordinated alternative to the
        mention [start, end) ("a plan for adoption or long-term fostering"), or right before
        a mention that closes its phrase ("a plan for fostering.")? "plans for fostering
        households" are plans for the service's carers."""
        if not phrases:
            return False
        nxt = doc[end] if end < len(doc) else None
        closes = nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in COORDINATORS
        coordinated = False
        for stop in range(start, max(-1, start - 1 - reach), -1):
            if stop == start and closes or coordinated:
                for words in phrases:
                    a = stop - len(words)
                    if a >= 0 and tuple(t.lower_ for t in doc[a:stop]) == words:
                        return True
            tok = doc[stop - 1] if stop else None
            if tok is None or tok.is_punct and tok.text not in ("-", "\u2011") or "\n" in tok.text:
                break
            coordinated = coordinated or tok.lower_ in COORDINATORS
        return False

    def _drop_job_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """The mentions that are not part of a job title."""
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        keep = []
        for sp in spans:
            if sp.end < len(doc) and doc[sp.end].text in self.job_titles:  # "Fostering Service Manager"
                continue
            if not self._after_title(doc, sp.start, covered):
                keep.append(sp)
        return keep

    def _after_title(self, doc: Doc, start: int, covered: set[int], reach: int = 8) -> bool:
        """Does a job title word stand before ``start``, joined only by ``title_joiners``,
        other mentions and capitalised words of the title ("Service Manager, Leaving Care";
        "Head of Social Work, Children Looked After and Care Leavers")? A lower-case word
        or a line break ends the title."""
        for i in range(start - 1, max(-1, start - 1 - reach), -1):
            tok = doc[i]
            if "\n" in tok.text:
                return False
            if tok.text in self.job_titles:
                return i < start - 1  # a role word right before it is a modifier ("Lead")
            if not (i in covered or tok.lower_ in self.title_joiners or tok.is_title):
                return False
        return False


ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,5}[A-Z]s?")  # "LCS", "PPs", "CiC"; not "Team" or "n=20"


def abbreviates(abbr: str, name: str) -> bool:
    """Can ``abbr`` be an abbreviation of ``name``: its letters, a plural "s" aside, in
    order in the name's words, the first the name's initial ("LCS" of "Leaving Care
    Service", "PP" of "pathway plans"; not "EET" of "care leavers")."""
    letters = (abbr[:-1] if abbr.endswith("s") and abbr[:-1].isupper() else abbr).lower()
    words = re.findall(r"[a-z]+", name.lower())
    if not words or letters[0] != words[0][0]:
        return False
    it = iter("".join(words))
    return all(ch in it for ch in letters)


def abbreviation_forms(abbr: str) -> list[str]:
    """The abbreviation as defined and its other number: "PPs" and "PP", "LCS" and "LCSs"."""
    if abbr.endswith("s") and abbr[:-1].isupper():
        return [abbr, abbr[:-1]]
    return [abbr, abbr + "s"]


LABEL_MARKS = {":", "-", "–", "—"}
COORDINATORS = {"and", "or", "/", "&"}  # "child in need and child protection plans"


def clause_teams(teams: SpanIndex, sent: Span, start: int, end: int, label_words: int = 4) -> list[str]:
    """Teams of a clause: those it names, else those its sentence named before it.

    One sentence is about the teams it names: a later clause that names none of its own
    continues the same subject ("Plans for children in care were reviewed, but contingency
    plans were rarely written"; "The MASH made timely decisions, although consent was not
    recorded") when the team stands in that earlier clause's subject; a list item that opens
    with a short label naming a team ("Leaving Care: plans were up to date, but ...") is
    about the label's team in every clause. A team named only in a later clause, in the
    sentence before, or reached by an earlier clause's verb ("had improved for the children
    in care, although ...") is not carried. Nor is it carried into a clause that turns to
    other teams (``_turns_elsewhere``: "elsewhere, notes were a list of tasks"; "in the
    Assessment teams fewer than half did").
    """
    own = teams.labels_within(start, end)
    if own or start == sent.start:
        return own
    doc = sent.doc
    if _turns_elsewhere(doc, teams, start, end):
        return own
    words = 0
    for tok in doc[sent.start:min(start, sent.start + label_words + 3)]:
        if tok.text in LABEL_MARKS and words:  # a lead label is the item's subject
            return teams.labels_within(sent.start, tok.i)
        if not (tok.is_punct or tok.is_space):
            words += 1
            if words > label_words:
                break
    return unique(sp.label_ for sp in teams.within(sent.start, start) if _in_subject(doc, sent.start, sp.start))


ELSEWHERE_WORDS = {"elsewhere"}  # a clause opening so is about the other teams or cases
OTHER_TEAM_WORDS = {"other", "remaining", "some", "most", "several", "few", "two", "three", "four"}
TEAM_WORDS = {"team", "teams"}


def _turns_elsewhere(doc: Doc, teams: SpanIndex, start: int, end: int, opening: int = 3) -> bool:
    """Does the clause [start, end) turn from the team an earlier clause named to others: an
    opening "elsewhere", or a team of its own that the lexicon does not list ("in the
    Assessment and Intervention teams", "in other teams", "some teams")? "the team" refers
    back, so it turns nowhere."""
    words = [t for t in doc[start:end] if not (t.is_space or t.is_punct)]
    if any(t.lower_ in ELSEWHERE_WORDS for t in words[:opening]):
        return True
    covered = {i for sp in teams.within(start, end) for i in range(sp.start, sp.end)}
    for prev, tok in zip(words, words[1:]):
        if tok.lower_ in TEAM_WORDS and tok.i not in covered and (
                prev.lower_ in OTHER_TEAM_WORDS or (prev.is_title and prev.i != start)):
            return True
    return False


SUBJECT_STOPS = {",", ";", ":", "(", "but", "however", "whereas", "although", "though", "while", "whilst", "and",
                 "that", "where", "when", "because", "if", "-", "–", "—"}
VERBS = SUBJECT_ENDING_VERBS | {"being", "found", "saw", "said", "told", "made", "kept", "gave"}


def _in_subject(doc: Doc, lo: int, start: int) -> bool:
    """Does the team mention at ``start`` stand in its clause's subject (or a lead label),
    no verb between the clause's start and it ("Plans for children in care were ...",
    "The MASH made ...", "Leaving Care: ...")? A team the clause's verb reaches ("had
    improved for the children in care", "was analysed in cases held by the YOT") is a
    circumstance of that clause, not the subject a later clause continues."""
    for tok in reversed(doc[lo:start]):
        low = tok.lower_
        if low in SUBJECT_STOPS or "\n" in tok.text:
            return True
        if low in VERBS or (low.endswith("ed") and len(low) > 3):
            return False
    return True


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
    return [i for i, space in enumerate(token_columns(doc, IS_SPACE)[0].tolist()) if space and "\n" in doc[i].text]


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
