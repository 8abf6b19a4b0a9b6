"""Accuracy against annotated reports, scored as in docs/FINDINGS.md section 8.

Findings become sets of tuples per document; precision, recall and F1 are
micro-averaged over documents. The same arithmetic as the project's reference scorer,
so a council can measure the extractor on reports it annotated itself.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from .errors import FocusFiveError

SCORES = ("figures", "graded_figures", "figure_polarity", "team_mentions", "themes")


def _norm(v):
    return None if v in (None, "") else str(v).strip().lower()


def _value(v):
    if v is None or v == "":
        return None
    try:
        return int(round(float(v)))
    except (TypeError, ValueError):
        return None


def _list(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [v] if v else []
    return list(v)


def tuples(findings: Iterable[Mapping]) -> dict[str, set]:
    """The five scored tuple sets of one document's findings (dicts with contract fields)."""
    out: dict[str, set] = {name: set() for name in SCORES}
    for f in findings:
        section = _norm(f.get("section"))
        value = _value(f.get("value"))
        polarity = _norm(f.get("polarity")) or "neutral"
        if value is not None:
            out["figures"].add((section, value))
            out["graded_figures"].add((section, value, _norm(f.get("grade")), _norm(f.get("grade_qualifier"))))
            out["figure_polarity"].add((section, value, polarity))
        for team in _list(f.get("teams")):
            out["team_mentions"].add((section, _norm(team), polarity))
        for theme in _list(f.get("themes")):
            out["themes"].add((section, _norm(theme), polarity))
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class AnnotationPathError(FocusFiveError):
    """An annotation names a document outside the annotation file's folder."""


def confined(base: str | Path, name: str, *, gold: str | Path, line: int | None = None) -> Path:
    """``base / name`` when it stays inside ``base`` (no absolute path, no ``..``, no link out),
    else an :class:`AnnotationPathError` naming the annotation file."""
    where = f"line {line}: " if line else ""
    if not isinstance(name, str) or not name.strip():
        raise AnnotationPathError(f"{where}'doc' must be the file name of the annotated report", path=gold)
    candidate = Path(name)
    root = Path(base).resolve()
    resolved = (root / candidate).resolve()
    if candidate.is_absolute() or ".." in candidate.parts or not resolved.is_relative_to(root):
        raise AnnotationPathError(f"{where}'doc' {name!r} points outside the annotations' folder {root}; "
                                  "name the report relative to that folder (e.g. its file name)", path=gold)
    return Path(base) / candidate


def load_gold(path: str | Path) -> dict[str, dict]:
    """Gold annotations by document stem: {stem: {"doc":..., "report_year":..., "findings": [...]}}.

    A ``doc`` must name a file inside the annotation file's folder (see :func:`confined`).
    """
    docs = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    rec = json.loads(line)
                    confined(Path(path).parent, rec["doc"], gold=path, line=n)
                    docs[Path(rec["doc"]).stem] = rec
    except FileNotFoundError:
        raise FocusFiveError("gold file not found", path=path) from None
    except (json.JSONDecodeError, KeyError) as exc:
        raise FocusFiveError(f"not a gold annotation file (line {n}: {exc})", path=path) from None
    return docs


def score(gold: Mapping[str, list], predicted: Mapping[str, list]) -> tuple[dict[str, Score], dict[str, dict]]:
    """Scores over the gold documents; also per-document missed and spurious tuples."""
    totals = {name: Score() for name in SCORES}
    per_doc: dict[str, dict] = {}
    for doc, gold_findings in gold.items():
        g, p = tuples(gold_findings), tuples(predicted.get(doc, []))
        per_doc[doc] = {}
        for name in SCORES:
            totals[name].tp += len(g[name] & p[name])
            totals[name].fp += len(p[name] - g[name])
            totals[name].fn += len(g[name] - p[name])
            per_doc[doc][name] = {"missed": sorted(map(str, g[name] - p[name])), "spurious": sorted(map(str, p[name] - g[name]))}
    return totals, per_doc


def format_scores(totals: Mapping[str, Score]) -> str:
    lines = [f"{'score':<16}{'precision':>10}{'recall':>8}{'f1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    for name, s in totals.items():
        lines.append(f"{name:<16}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
    return "\n".join(lines)
