"""ff_context: audit activities ("'This Child' programme", "Fostering Audit") and periods
("Spring/Summer 2021", "January and October 2021") named in the text.

An activity is a short name ending in a head word (audit, audits, programme, ...),
reaching back to a trigger word ("Within the", "as part of"); quoted names are kept
whole. Periods are seasons, months or quarters with a year, or two months joined.
Activity words are in activities.yaml, calendar words in calendar.yaml; matching uses PhraseMatcher and Matcher.
"""
from __future__ import annotations

from typing import List

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import extensions  # noqa: F401
from .anchored import AnchoredMatcher
from .data import calendar_words, check_keys, load_many, string_list
from .phrase_keys import PhraseKeys
from .spans import Sentences, set_spans

_YEAR = {"TEXT": {"REGEX": r"^(19|20)\d\d(/\d\d(\d\d)?)?$"}}
_JOIN = {"LOWER": {"IN": ["/", "and", "to", "-", "–", "&", "through", "until"]}}
_QUOTES = {"'", "‘", "’", '"', "“", "”"}


class ContextTagger:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, files: List[str], calendar: str):
        self.name = name
        keys = PhraseKeys(nlp.tokenizer)  # lexicon phrases as token hashes, no Doc each
        self.heads = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.triggers: set[str] = set()
        self.stop: set[str] = set()
        self.generic: set[str] = set()
        self.not_followed_by: set[str] = set()
        self.head_words: set[str] = set()
        self.max_words = 6
        for path, data in load_many(data_dir, files):
            check_keys(data, {"heads", "triggers", "max_words", "stop_words", "not_followed_by", "generic", "aliases"}, path=path, what="activities")
            self.not_followed_by |= {w.lower() for w in string_list(data.get("not_followed_by"), path=path, what="not_followed_by")}
            heads = string_list(data.get("heads"), path=path, what="heads")
            self.head_words |= {w for h in heads for w in h.lower().split()}
            if heads:
                self.heads.add("HEAD", keys.many(heads))
            self.triggers |= {t.lower() for t in string_list(data.get("triggers"), path=path, what="triggers")}
            self.stop |= {t.lower() for t in string_list(data.get("stop_words"), path=path, what="stop_words")}
            self.generic |= {" ".join(t.lower().split()) for t in string_list(data.get("generic"), path=path, what="generic")}
            self.max_words = int(data.get("max_words", self.max_words))
        self.periods = AnchoredMatcher(nlp.vocab, validate=True)
        cal = calendar_words(data_dir, calendar)
        when = {"LOWER": {"IN": cal["seasons"] + cal["months"]}}
        day = {"LIKE_NUM": True, "OP": "?"}
        self.periods.add("PERIOD", [
            [day, when, _JOIN, day, when, {"LOWER": "of", "OP": "?"}, _YEAR],
            [day, when, {"LOWER": "of", "OP": "?"}, _YEAR],
            [{"LOWER": {"IN": ["between", "from"]}}, when, {"LOWER": {"IN": ["and", "to", "-"]}}, when,
             {"LOWER": "of", "OP": "?"}, dict(_YEAR, OP="?")],
        ])
        q_single = [q for q in cal["quarters"] if " " not in q]
        self.periods.add("QUARTER", [[{"LOWER": {"IN": q_single}}, _YEAR], [{"LOWER": "quarter"}, {"LIKE_NUM": True}, {"LOWER": "of", "OP": "?"}, _YEAR]])

    def _activity_start(self, doc: Doc, head_start: int, sent_start: int) -> int:
        i, words, in_quote = head_start, 0, False
        while i > sent_start:
            t = doc[i - 1]
            if t.text in _QUOTES:
                in_quote = not in_quote
                i -= 1
                continue
            if in_quote:
                i -= 1
                continue
            if t.is_space or (t.is_punct and t.text not in {"/", "-", "&"}) or t.lower_ in self.triggers or t.lower_ in self.stop:
                break
            if t.like_num or t.lower_ in {"1st", "2nd", "3rd", "4th", "first", "second", "third", "fourth"}:
                break
            words += 1
            if words > self.max_words:
                break
            i -= 1
        while i < head_start and doc[i].lower_ in {"and", "/", "-", "&", "of"}:
            i += 1
        return i

    def _core(self, span: Span) -> str:
        """An activity's name without its head words, so "'This Child' audit cohort" and
        "'This Child' programme" are one activity."""
        words = [t.lower_ for t in span if not (t.is_punct and t.text not in _QUOTES)]
        while len(words) > 1 and (words[-1] in self.head_words or words[-1] == "case"):
            words.pop()
        while len(words) > 1 and words[0] in {"the", "a", "an"}:
            words.pop(0)
        return " ".join(words)

    def __call__(self, doc: Doc) -> Doc:
        activities = []
        sents = None
        for _m, s, e in self.heads(doc):
            if e < len(doc) and doc[e].lower_ in self.not_followed_by:
                continue
            sents = sents or Sentences.of(doc)
            sent_start = sents.start(s)
            start = self._activity_start(doc, s, sent_start)
            span = Span(doc, start, e, label="ACTIVITY")
            name = " ".join(span.text.lower().split())
            if start == s and name in self.generic or name in self.generic:
                continue
            activities.append(span)
        activities = filter_spans(activities)
        first_names: dict[str, str] = {}
        for span in activities:
            span._.activity = first_names.setdefault(self._core(span), span.text)
        set_spans(doc, "ff_activities", activities)
        periods = [Span(doc, s, e, label="PERIOD") for _m, s, e in self.periods(doc)]
        cleaned = []
        for sp in filter_spans(periods):
            if sp[0].lower_ in {"between", "from"}:
                sp = Span(doc, sp.start + 1, sp.end, label="PERIOD")
            if len(sp) == 1 or (sp[0].lower_ == "may" and not any(t.like_num for t in sp)):
                continue
            cleaned.append(sp)
        set_spans(doc, "ff_periods", cleaned)
        return doc


@Language.factory("ff_context", default_config={"data_dir": None, "files": ["activities.yaml"], "calendar": "calendar.yaml"})
def make_context_tagger(nlp: Language, name: str, data_dir: str | None, files: List[str], calendar: str) -> ContextTagger:
    return ContextTagger(nlp, name, data_dir, files, calendar)
