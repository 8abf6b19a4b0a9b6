"""The finding record: one row of the findings dataset (docs/FINDINGS.md section 2)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

POLARITIES = ("strength", "improvement", "neutral")
GRADES = ("outstanding", "good", "adequate", "requires_improvement", "inadequate")
GRADE_QUALIFIERS = ("or_above", "or_below")
FIGURE_KINDS = ("result", "target", "benchmark", "change")


@dataclass
class Finding:
    """One claim of a report: a figure or a stated strength / area for improvement.

    ``text[start_char:end_char]`` of the document text is the evidence; ``rule`` names
    the pattern or component that produced the finding.
    """

    doc_id: str
    source: str
    section: str
    section_heading: str
    text: str
    start_char: int
    end_char: int
    rule: str
    polarity: str = "neutral"
    report_year: int | None = None
    report_period: str | None = None
    audit_activity: str | None = None
    period: str | None = None
    teams: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    value: float | None = None
    figure_kind: str | None = None
    count: int | None = None
    denominator: int | None = None
    grade: str | None = None
    grade_qualifier: str | None = None
    measure: str | None = None
    page: int | None = None
    organisation: str | None = None
    """Whose report it is (council, trust); set by the batch, not by the pipeline."""

    @property
    def is_figure(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with every contract field (what ``dataclasses.asdict`` gives,
        without its recursive deep copy: the fields are scalars and lists of strings)."""
        return {name: list(value) if isinstance(value, list) else value
                for name, value in zip(FIELD_NAMES, (getattr(self, name) for name in FIELD_NAMES))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Finding":
        """Rebuild a Finding from :meth:`to_dict` output; unknown keys are an error."""
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown finding fields: {sorted(unknown)}")
        return cls(**data)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Finding))
