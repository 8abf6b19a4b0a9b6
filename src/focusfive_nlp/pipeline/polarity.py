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
    strength: int = 0
    improvement: int = 0
    weak_strength: int = 0
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


def score(cues: list[Span], negation_window: int) -> Polarity:
    """Polarity of the cue spans (labels from ff_cues) of one clause."""
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
            if positive_cue == negated:
                pol.improvement += 1
            elif label == "WEAK_STRENGTH":
                pol.weak_strength += 1
            else:
                pol.strength += 1
    if minimised and pol.improvement:
        pol.strength += pol.improvement
        pol.improvement = 0
    return pol
