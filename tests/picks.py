"""Picking findings out of an extraction, for tests: its figures, the figure of a value."""
from __future__ import annotations


def figures(findings):
    """The quantitative findings."""
    return [f for f in findings if f.value is not None]


def figure(findings, value):
    """The first figure of ``value`` (to one decimal); fails listing the figures there are."""
    hits = [f for f in figures(findings) if round(f.value, 1) == value]
    assert hits, [(f.value, f.grade, f.polarity, f.text) for f in figures(findings)]
    return hits[0]
