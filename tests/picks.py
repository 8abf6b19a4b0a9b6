"""Picking findings out of an extraction, for tests: its figures, their values, the figure of a value."""
from __future__ import annotations


def figures(findings):
    """The quantitative findings."""
    return [f for f in findings if f.value is not None]


def values(findings):
    """The figures' values (to one decimal), sorted."""
    return sorted(round(f.value, 1) for f in figures(findings))


def figure(findings, value):
    """The first figure of ``value`` (to one decimal); fails listing the figures there are."""
    hits = [f for f in figures(findings) if round(f.value, 1) == value]
    assert hits, [(f.value, f.grade, f.polarity, f.text) for f in figures(findings)]
    return hits[0]


def under(run, report, body: str, heading: str = "PRACTICE"):
    """The findings of ``body`` as a report section under ``heading``."""
    return run(report(body, heading=heading))


def one_judgement(run, report, body: str, heading: str = "PRACTICE"):
    """The one qualitative finding of ``body`` under ``heading``; fails listing them if not one."""
    fs = [f for f in under(run, report, body, heading) if f.value is None]
    assert len(fs) == 1, [(f.text, f.polarity, f.themes) for f in fs]
    return fs[0]
