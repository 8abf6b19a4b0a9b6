"""Polarity of a stretch of text from its cues (the ConText idea, medSpaCy style).

Strength and improvement cues are counted inside one clause; a negation a few words
before a strength reverses it ("not always timely"), one right before a concern reverses
that ("no delay"); a list header ("The areas of improvement were") decides the clause
outright; a minimiser ("only in very few cases") turns concerns into a strength; a
method cue marks a description of the audit, not a finding.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

GRADE_POLARITY = {
    "outstanding": "strength",
    "good": "strength",
    "adequate": "improvement",
    "requires_improvement": "improvement",
    "inadequate": "improvement",
}


def grade_polarity(grade: str, qualifier: str | None) -> str:
    """Polarity of a graded share: Good or better is a strength, so is "Adequate or better"."""
    if qualifier == "or_above" and grade == "adequate":
        return "strength"
    return GRADE_POLARITY.get(grade, "neutral")


@dataclass
class Polarity:
    strength: float = 0
    improvement: float = 0
    weak_strength: float = 0
    header: str | None = None
    method: bool = False

    @property
    def label(self) -> str | None:
        """The header's polarity, else the side with more cues, else None (undecided)."""
        if self.header:
            return self.header
        if self.strength > self.improvement:
            return "strength"
        if self.improvement > self.strength:
            return "improvement"
        if self.weak_strength:
            return "strength"
        return None

    @property
    def decided(self) -> bool:
        """Decided by a header or by strong cues (weak ones alone never make a finding)."""
        return bool(self.header) or self.strength != self.improvement

    @property
    def margin(self) -> int:
        return abs(self.strength - self.improvement)


def _weight(cue: Span, near: Span | None) -> float:
    """Cues close to a figure say more about what it measures than cues further off."""
    if near is None:
        return 1.0
    distance = near.start - cue.end if cue.end <= near.start else cue.start - near.end
    return 1.0 if distance <= 6 else 0.5 if distance <= 12 else 0.25


def score(cues: list[Span], negation_window: int, near: Span | None = None) -> Polarity:
    """Polarity of the cue spans (labels from ff_cues) of one clause; with ``near`` (a
    figure), cues count less the further they stand from it."""
    pol = Polarity()
    negations = [c for c in cues if c.label_ == "NEGATION"]
    concern_spans = [c for c in cues if c.label_ == "IMPROVEMENT" and len(c) > 1]
    minimised = any(c.label_ == "MINIMISER" for c in cues)
    pol.method = any(c.label_ == "METHOD" for c in cues)
    for cue in cues:
        label = cue.label_
        if label == "HEADER_STRENGTH":
            pol.header = pol.header or "strength"
        elif label == "HEADER_IMPROVEMENT":
            pol.header = pol.header or "improvement"
        elif label in {"STRENGTH", "WEAK_STRENGTH", "IMPROVEMENT"}:
            positive_cue = label != "IMPROVEMENT"
            window = negation_window if positive_cue else 1
            negated = any(
                n.end <= cue.start and cue.start - n.end <= window and not (cue.start <= n.start < cue.end)
                # "did not fit the concerns": a negation inside a concern reverses no other concern
                and (positive_cue or not any(c.start <= n.start < c.end for c in concern_spans))
                for n in negations
            )
            w = _weight(cue, near)
            if positive_cue == negated:
                pol.improvement += w
            elif label == "WEAK_STRENGTH":
                pol.weak_strength += w
            else:
                pol.strength += w
    if minimised and pol.improvement:
        pol.strength += pol.improvement
        pol.improvement = 0
    return pol
