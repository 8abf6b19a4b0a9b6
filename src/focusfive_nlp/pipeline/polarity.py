"""Polarity of a stretch of text, read by composition (the ConText idea, medSpaCy style).

A clause's judgement is composed from the cues ff_cues tagged in it, not from a list of
report sentences:

- attributes: what is good to have (in time, up to date, met, seen, green, effective) or
  bad to have (out of date, overdue, not met, red, delay), each a strength or an
  improvement by itself;
- negation: "not", "not yet", "never", "no", "without" a few words before a positive
  attribute reverse it ("not always timely"); one right before a concern reverses that
  ("no delay"); a contrast ("but", "however") ends a negation's scope;
- direction of change: a fall in something bad is a strength ("caseloads are lower",
  "fewer delays"), a fall in something good an improvement ("visits in time fell");
  a rise or fall on its own judges nothing;
- intensity: "very", "significantly" before a cue doubles its weight;
- a remedy put in place against a problem ("a new tool was introduced to deal with the
  backlog") is a strength, and the problem it names after it judges nothing more;
- a list header ("The areas of improvement were") decides the clause outright; a
  minimiser ("only in very few cases") turns concerns into a strength; a method cue
  marks a description of the audit or the meeting, not a finding.

``Polarity.step`` says which cue or composition step decided the label, for ``rule``.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from spacy.tokens import Span

GRADE_POLARITY = {
    "outstanding": "strength",
    "good": "strength",
    "adequate": "improvement",
    "requires_improvement": "improvement",
    "inadequate": "improvement",
}

ATTRIBUTES = {"STRENGTH", "WEAK_STRENGTH", "IMPROVEMENT"}
# list headers: "action" opens planned actions and agreed next steps, which are no findings
HEADERS = {"HEADER_STRENGTH": "strength", "HEADER_IMPROVEMENT": "improvement", "HEADER_ACTION": "action"}
ACTIONS = "action"
DIRECTIONS = {"INCREASE": 1, "DECREASE": -1, "RESOLVE": -1}
CHANGE_REACH = 10  # tokens between a bad quantity and the direction word after it ("delays have fallen")
HEADER_REACH = 3  # tokens into its clause a list header may start ("The main areas for improvement were")
GOOD_REACH = 3  # the same for a good attribute ("visits in time fell")
POSSESSIVES = {"'s", "’s", "their", "his", "her", "its", "our", "your", "my"}  # not a bare quote: "'Good Practice'"
LATE_HEADER_WEIGHT = 2  # "X remained an area for development": the predicate outweighs a cue of its subject


def grade_polarity(grade: str, qualifier: str | None) -> str:
    """Polarity of a graded share: Good or better is a strength, so is "Adequate or better"."""
    if qualifier == "or_above" and grade == "adequate":
        return "strength"
    return GRADE_POLARITY.get(grade, "neutral")


@dataclass(slots=True)
class Polarity:
    strength: float = 0
    improvement: float = 0
    weak_strength: float = 0
    header: str | None = None
    method: bool = False
    population: bool = False
    case_feature: bool = False  # about what the children live with, naming no practice
    procedure: bool = False  # a meeting's own procedure counted (its action log): no finding
    nearest: str | None = None  # side of the attribute nearest the figure (ties near a figure)
    steps: tuple = ()  # (side, step, cue spans) per deciding contribution, in text order; text made on demand

    @property
    def label(self) -> str | None:
        """The header's polarity, else the side with more weight, else (near a figure) the
        side of the nearest attribute, else a weak strength, else None (undecided). A
        planned-actions header gives no polarity: its items are judged by their own cues."""
        if self.header and self.header != ACTIONS:
            return self.header
        if self.strength > self.improvement:
            return "strength"
        if self.improvement > self.strength:
            return "improvement"
        if self.weak_strength:
            return "strength"
        if self.nearest and self.strength:
            return self.nearest
        return None

    @property
    def decided(self) -> bool:
        """Decided by a header or by strong cues (weak ones alone never make a finding)."""
        return bool(self.header) or self.strength != self.improvement

    @property
    def margin(self) -> float:
        return abs(self.strength - self.improvement)

    @property
    def step(self) -> str:
        """The cue or composition step that decided the label ("negated 'timely'")."""
        label = self.label
        if label is None:
            return "none"
        mine = [(step, spans) for side, step, spans in self.steps if side == label]
        step, spans = next((m for m in mine if m[0] != "weak cue"), mine[0] if mine else ("cue", ()))
        words = [" ".join(s.text.split()) for s in spans]
        if step == "change":
            return f"change '{words[0]}' of '{words[1]}'"
        return f"{step} '{words[0]}'" if words else step


_START = attrgetter("start")


def _weight(cue: Span, near: Span | None) -> float:
    """Cues close to a figure say more about what it measures than cues further off."""
    if near is None:
        return 1.0
    distance = _distance(cue, near)
    return 1.0 if distance <= 6 else 0.5 if distance <= 12 else 0.25


def _distance(a: Span, b: Span) -> int:
    return b.start - a.end if a.end <= b.start else max(a.start - b.end, 0)


def _change(directions: list[Span], quantities: list[Span], attributes: list[Span],
            terminators: list[int], negations: list[Span]) -> tuple[str | None, list[Span]]:
    """(polarity, the spans it uses) of the clause's first direction of change, composed with
    what it changes: a fall in a bad quantity is good ("fewer delays", "caseloads are lower",
    "the backlog has been addressed"); a fall in a good one is bad ("visits in time fell"); a
    direction with nothing beside it judges nothing."""
    d = directions[0]
    overlaps = lambda a, b: a.start < b.end and b.start < a.end  # noqa: E731
    # what it follows closely ("caseloads are lower") or stands right before ("fewer delays"),
    # not one further off ("reviewed less often and let them drift", "step them down were signed off")
    between = lambda c: any(c.end <= a.start and a.end <= d.start for a in attributes if not overlaps(a, c))  # noqa: E731
    beside = lambda c, reach=CHANGE_REACH: not overlaps(c, d) and (  # noqa: E731
        c.end <= d.start and d.start - c.end <= reach and not between(c) or d.end <= c.start and c.start - d.end <= 1)
    bad = next((q for q in quantities if beside(q)), None)
    if bad is None and d.label_ == "RESOLVE":  # "the concerns were addressed" (a concern, not a "no")
        bad = next((c for c in attributes if c.label_ == "IMPROVEMENT" and beside(c)
                    and not any(overlaps(c, n) for n in negations)), None)
    if bad is not None:
        # what changes is the whole phrase before it: "the backlog of unallocated referrals has
        # been addressed" (back to a positive cue or a contrast)
        lo, hi = min(bad.start, d.start), max(bad.end, d.end)
        if bad.end <= d.start:
            for c in reversed([c for c in attributes + quantities if c.end <= bad.start]):
                if c.label_ in {"STRENGTH", "WEAK_STRENGTH"} or any(c.end <= t < bad.start for t in terminators):
                    break
                lo = c.start
        side = "strength" if DIRECTIONS[d.label_] < 0 else "improvement"
        return side, [d, bad] + [c for c in attributes if lo <= c.start and c.end <= hi and c.label_ == "IMPROVEMENT"]
    if d.label_ == "DECREASE":
        # not across a colon or semicolon ("The new record has helped: notes are shorter" is no fall of "helped"),
        # nor of a quality joined to it ("notes are shorter and clearer": two qualities, no fall of clarity)
        apart = lambda c: any(t.text in (":", ";") or t.lower_ in ("and", "or") and t.i >= d.end  # noqa: E731
                              for t in d.doc[min(c.end, d.end):max(c.start, d.start)])
        good = next((c for c in attributes if c.label_ != "IMPROVEMENT" and beside(c, GOOD_REACH) and not apart(c)), None)
        if good is not None:
            return "improvement", [d, good]
    return None, []


@dataclass(frozen=True, slots=True)
class PolarityWords:
    """The words score() reads beside the cues, from ff_findings' data (segmentation.yaml),
    built once per component: a passive after a one-word header ("Strengths were listed") and
    the "(too) little about" that makes the rest of its clause the topic a negation reaches."""
    passive_auxiliaries: frozenset[str] = frozenset()
    passive_adverbs: frozenset[str] = frozenset()  # may stand between: "Strengths were not always recognised"
    unsaid_negations: frozenset[str] = frozenset()  # "little"
    unsaid_topics: frozenset[str] = frozenset()  # "about", "on"


def _passive_subject(c: Span, words: PolarityWords) -> bool:
    """A bare header word that is the subject of a passive ("Strengths were listed rather than
    analysed", "Worries were noted but not acted on"): the clause says what was done with them,
    it opens no list. Only a one-word header; a colon after the verb still opens a list."""
    doc = c.doc
    if len(c) != 1 or c.end + 2 > len(doc) or doc[c.end].lower_ not in words.passive_auxiliaries:
        return False
    i = c.end + 1
    while i < min(len(doc), c.end + 3) and doc[i].lower_ in words.passive_adverbs:
        i += 1  # "Strengths were not always recognised"
    if i >= len(doc) or not doc[i].is_alpha or not doc[i].lower_.endswith(("ed", "en")):
        return False
    return not (i + 1 < len(doc) and doc[i + 1].text == ":")


def _says_little_about(n: Span, words: PolarityWords) -> bool:
    """ "(too) little about ...": what follows is the topic left unsaid, so the negation
    reaches every strength word of it to the clause's end ("say too little about how the
    child will be helped to stay in touch"), not only the next few tokens."""
    doc = n.doc
    return n.end < len(doc) and n[-1].lower_ in words.unsaid_negations and doc[n.end].lower_ in words.unsaid_topics


def score(cues: list[Span], negation_window: int, words: PolarityWords, near: Span | None = None,
          start: int | None = None) -> Polarity:
    """Polarity of the cue spans (labels from ff_cues) of one clause; with ``near`` (a
    figure), cues count less the further they stand from it; with ``start`` (the clause's
    first token), a list header counts only where it opens the clause ("The areas for
    improvement were ...", not "oversight that challenges drift"); ``words`` are the
    component's PolarityWords."""
    pol = Polarity()
    if not cues:  # most sentence halves and figure ranges: nothing to compose
        return pol
    negations, terminators, intensifiers, directions, quantities, concern_spans, done = [], [], [], [], [], [], []
    late_headers, attributes, minimisers, scarcity, remedies = [], [], [], [], []
    practice = False
    for c in cues:  # one pass sorts the cues by what they do (attributes, the most, first)
        label = c.label_
        if label in ATTRIBUTES:
            attributes.append(c)
            if label == "IMPROVEMENT" and len(c) > 1:
                concern_spans.append(c)
        elif label == "MINIMISER":
            minimisers.append(c)
        elif label == "SCARCITY":
            scarcity.append(c)
        elif label == "NEGATION":
            negations.append(c)
        elif label == "TERMINATOR":
            terminators.append(c.start)
        elif label == "INTENSIFIER":
            intensifiers.append(c.end)
        elif label in DIRECTIONS:
            directions.append(c)
        elif label == "LESS_BETTER":
            quantities.append(c)
        elif label == "METHOD":
            pol.method = True
        elif label == "POPULATION":
            pol.population = True
        elif label == "CASE_FEATURE":
            pol.case_feature = True
        elif label == "PRACTICE":
            practice = True
        elif label == "PROCEDURE":
            pol.procedure = True
        elif label == "DONE":
            done.append(c)
        elif label == "REMEDY":
            remedies.append(c)
        elif label in HEADERS and start is not None and c.start - start > HEADER_REACH:
            # a header phrase later in its clause is what the clause says of its subject ("placement
            # stability remained an area for development", "Reflective supervision a key area of
            # focus"), a judgement that outweighs words of the subject; after a comma it only
            # describes ("..., a key area of focus after last year's report")
            # owned by someone it names theirs ("the family's strengths", "the child's worries")
            before = c.doc[c.start - 1].lower_
            if label != "HEADER_ACTION" and before != "," and before not in POSSESSIVES:
                late_headers.append(c)
        elif label in HEADERS and (start is None or c.start - start <= HEADER_REACH) and (
                # planned actions open their line ("5. What needs to happen next"), not "clear plan around next steps"
                label != "HEADER_ACTION" or start is None or not any(t.is_alpha for t in c.doc[start:c.start])) and (
                not _passive_subject(c, words)):
            pol.header = pol.header or HEADERS[label]
    pol.case_feature = pol.case_feature and not practice
    if negations:  # a negation inside a strength cue is that cue's ("without delay"): it reverses nothing after it
        negations = [n for n in negations if not any(
            c.label_ == "STRENGTH" and c.start <= n.start and n.end <= c.end and len(c) > len(n) for c in attributes)]
    if remedies and near is None:
        # "was introduced in September to deal with the backlog of out-of-date records": what follows
        # the remedy is the problem it answers, not a gap found
        r = remedies[0]
        attributes = [c for c in attributes if c.start < r.end]
        negations, directions, quantities = ([c for c in cues if c.start < r.end] for cues in (negations, directions, quantities))
        pol.strength += 1
    overlaps = lambda a, b: a.start < b.end and b.start < a.end  # noqa: E731
    if near is not None:
        # a figure measures the attribute, not its change: "less timely (88%)" is a share of
        # timely reviews, "agency staff make up 21%" a share of a less-is-better quantity
        every = attributes
        if directions:
            moved = lambda c: any(overlaps(c, d) for d in directions)  # noqa: E731
            attributes, negations = [c for c in every if not moved(c)], [n for n in negations if not moved(n)]
            directions = []
        if quantities:  # (not one that overlaps an attribute, even an attribute a direction moved)
            attributes = attributes + [q for q in quantities if not any(overlaps(q, c) for c in every)]
        if scarcity:
            # "SMART in a minority of cases (22/64)": how few judges the figure (a finding of its own);
            # the figure measures what the few cases had
            attributes = [c for c in attributes if not any(overlaps(c, q) for q in scarcity)]
        attributes = sorted(attributes, key=_START)
    change, consumed = _change(directions, quantities, attributes, terminators, negations) if directions else (None, [])
    steps, best = ([("strength", "remedy", tuple(remedies[:1]))] if remedies and near is None else []), None
    if consumed:  # "Fewer delays were seen": the direction word negates nothing else
        negations = [n for n in negations if not any(overlaps(n, c) for c in consumed)]
    if change:
        w = 2 if any(0 <= consumed[0].start - e <= 1 for e in intensifiers) else 1
        setattr(pol, change, getattr(pol, change) + w)
        steps.append((change, "change", tuple(consumed)))
    for cue in attributes:
        if consumed and any(overlaps(cue, c) for c in consumed):
            continue
        label = cue.label_
        positive_cue = label in {"STRENGTH", "WEAK_STRENGTH"}
        window = negation_window if positive_cue else 1
        negation = None
        for n in reversed(negations):  # the nearest negation before the cue that reaches it
            if (n.end <= cue.start and (cue.start - n.end <= window or positive_cue and _says_little_about(n, words))
                    and not (cue.start <= n.start < cue.end)
                    # "did not fit the concerns": a negation inside a concern reverses no other concern
                    and (positive_cue or not any(c.start <= n.start < c.end for c in concern_spans))
                    # a contrast ends a negation's scope ("not in all cases, but plans were clear")
                    and not any(n.end <= t < cue.start for t in terminators)):
                negation = n
                break
        w = (1.0 if near is None else _weight(cue, near)) * (2 if intensifiers and any(0 <= cue.start - e <= 1 for e in intensifiers) else 1)
        side = "strength" if positive_cue != (negation is not None) else "improvement"
        step = "negated" if negation is not None else "cue"
        if label == "WEAK_STRENGTH" and side == "strength":
            pol.weak_strength += w
            steps.append(("strength", "weak cue", (cue,)))
            continue
        if side == "strength":
            pol.strength += w
        else:
            pol.improvement += w
        steps.append((side, f"intensified {step}" if w > 1 and near is None else step, (cue,)))
        if near is not None and (best is None or _distance(cue, near) < best[0]):
            best = (_distance(cue, near), side)
    if near is not None and done and not (pol.strength or pol.improvement or pol.weak_strength):
        # what a figure measures is a standard done ("24 of the 40 records had been authorised"),
        # unless a negation stands before it ("no one had been named")
        cue = min(done, key=lambda c: _distance(c, near))
        if not any(n.end <= cue.start and cue.start - n.end <= negation_window
                   and not any(n.end <= t < cue.start for t in terminators) for n in negations):
            pol.weak_strength += _weight(cue, near)
            steps.append(("strength", "standard done", (cue,)))
    for c in late_headers:
        side = HEADERS[c.label_]
        setattr(pol, side, getattr(pol, side) + LATE_HEADER_WEIGHT)
        steps.insert(0, (side, "judged as", (c,)))
    # a concern said to be rare is a strength ("Delays were rare"); what is rare with no concern
    # of its own is a practice seldom seen ("A chronology from birth was rare"): the concern words
    # inside the minimiser ("rare", "few") judge nothing else
    inside = lambda sp: any(m.start <= sp.start and sp.end <= m.end for m in minimisers)  # noqa: E731
    if minimisers and pol.improvement and any(
            side == "improvement" and spans and not all(inside(sp) for sp in spans) for side, _s, spans in steps):
        pol.strength += pol.improvement
        pol.improvement = 0
        steps.insert(0, ("strength", "minimised concern", ()))
    elif minimisers and (pol.improvement or pol.strength) and near is None:
        # ... and a strength seen in very few cases is scarce ("Reflective supervision was seen in very few cases")
        pol.improvement, pol.strength = pol.improvement + pol.strength, 0
        steps.insert(0, ("improvement", "scarce practice", tuple(minimisers[:1])))
    elif near is None and pol.strength >= pol.improvement and scarcity:
        # "evident on only a small number of files": a strength of only a few cases; a concern word inside the
        # scarcity phrase itself ("seen in a minority of cases") adds to it rather than cancelling the strength;
        # alone it is the gap ("Fathers were included in fewer than half of assessments")
        pol.improvement, pol.strength = max(pol.strength + pol.improvement, 1), 0
        steps.insert(0, ("improvement", "scarce strength", tuple(scarcity[:1])))
    if pol.header and near is not None and (pol.strength != pol.improvement or pol.header == ACTIONS):
        pol.header = None  # a figure is judged by what it measures ("three of the eight recommendations are fully met")
    if pol.header and pol.header != ACTIONS:
        steps.insert(0, (pol.header, "list header", ()))
    pol.nearest = best[1] if best else None
    if near is not None:  # near a figure, the nearest cue names the step
        steps.sort(key=lambda s: min((_distance(c, near) for c in s[2]), default=-1))
    pol.steps = tuple(steps)
    return pol
