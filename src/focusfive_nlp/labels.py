"""Readable names of the keys (themes, sections, grades) and canonical audit activity names.

Labels and theme descriptions are data (``models/labels.yaml``); a key without a label
(added by a council's own lexicon) reads as itself with spaces. Activity aliases are in
``models/activities.yaml`` (``aliases``): one programme written several ways across the
years is one series.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pandas as pd


def _missing(v: Any) -> bool:
    return v is None or (not isinstance(v, (list, tuple)) and pd.isna(v))


@lru_cache(maxsize=1)
def _labels() -> dict:
    from .pipeline.data import load_yaml, models_dir

    return load_yaml(models_dir() / "labels.yaml")


def _fallback(key: str) -> str:
    text = str(key).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def theme_label(key: Any) -> str:
    if _missing(key):
        return ""
    entry = (_labels().get("themes") or {}).get(str(key)) or {}
    return entry.get("label") or _fallback(key)


def theme_description(key: Any) -> str:
    entry = (_labels().get("themes") or {}).get(str(key)) or {}
    return entry.get("description") or ""


def section_label(key: Any) -> str:
    if _missing(key):
        return ""
    return (_labels().get("sections") or {}).get(str(key)) or _fallback(key)


def polarity_label(key: Any) -> str:
    if _missing(key):
        return ""
    return (_labels().get("polarities") or {}).get(str(key)) or _fallback(key)


def grade_label(grade: Any, qualifier: Any = None) -> str:
    """Readable grade: ``good`` + ``or_above`` -> "Good or above"."""
    if _missing(grade):
        return ""
    text = (_labels().get("grades") or {}).get(str(grade)) or _fallback(grade)
    if not _missing(qualifier):
        text += " " + ((_labels().get("qualifiers") or {}).get(str(qualifier)) or str(qualifier).replace("_", " "))
    return text


def key_label(by: str, key: Any) -> str:
    """Label of a comparison key: themes and sections get their readable names; teams and activities are names already."""
    if by == "theme":
        return theme_label(key)
    if by == "section":
        return section_label(key)
    return "" if _missing(key) else str(key)


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[\"'‘’“”]", "", name).lower().split())


@lru_cache(maxsize=1)
def _activity_aliases() -> dict[str, str]:
    from .pipeline.data import load_yaml, models_dir

    table: dict[str, str] = {}
    for canonical, others in (load_yaml(models_dir() / "activities.yaml").get("aliases") or {}).items():
        for name in [canonical, *(others or [])]:
            table.setdefault(_norm(str(name)), str(canonical))
    return table


def canonical_activity(name: Any) -> Any:
    """The series name of an audit activity as written (aliases, case, quotes and spacing folded)."""
    if _missing(name):
        return name
    return _activity_aliases().get(_norm(str(name)), str(name).strip())


def canonical_activities(names: list) -> list:
    """Series names of activities as written: aliases first, then one written form per folded name (the most common)."""
    from collections import Counter

    mapped = [canonical_activity(n) for n in names]
    forms: dict[str, Counter] = {}
    for n in mapped:
        if not _missing(n):
            forms.setdefault(_norm(str(n)), Counter())[str(n)] += 1
    best = {k: c.most_common(1)[0][0] for k, c in forms.items()}
    return [n if _missing(n) else best[_norm(str(n))] for n in mapped]


@lru_cache(maxsize=1)
def lexicon_keys() -> dict[str, tuple[str, ...]]:
    """The keys the bundled lexicons know: themes, sections, teams (canonical names), grades, polarities."""
    from .findings import GRADE_QUALIFIERS, GRADES, POLARITIES
    from .pipeline.data import load_yaml, models_dir

    models = models_dir()
    themes = tuple((load_yaml(models / "themes.yaml").get("themes") or {}).keys())
    sections = tuple((load_yaml(models / "sections.yaml").get("sections") or {}).keys()) + ("other",)
    teams = tuple(str(t.get("name")) for t in (load_yaml(models / "teams.yaml").get("teams") or []) if isinstance(t, dict))
    return {"theme": themes, "section": sections, "team": teams, "grade": GRADES, "grade_qualifier": GRADE_QUALIFIERS,
            "polarity": POLARITIES}
