"""Shared fixtures: the default pipeline, loaded once per session, and small report builders."""
from __future__ import annotations

from typing import Callable

import pytest

import focusfive_nlp


@pytest.fixture(scope="session")
def nlp():
    """The default findings pipeline (cached by load_pipeline, built once here)."""
    return focusfive_nlp.load_pipeline()


def make_report(body: str, heading: str = "PLANS", title: str = "Audit Findings Report 2022") -> str:
    """A small report: a title line, a heading line, a blank line, then the body."""
    return f"{title}\n\n{heading}\n\n{body}"


@pytest.fixture(scope="session")
def run(nlp) -> Callable[..., list]:
    """extract() with the session pipeline: run(text, **kwargs) -> list[Finding]."""

    def _run(text, **kwargs):
        kwargs.setdefault("nlp", nlp)
        return focusfive_nlp.extract(text, **kwargs)

    return _run


@pytest.fixture(scope="session")
def report() -> Callable[..., str]:
    """Builder of small report texts: report(body, heading="PLANS", title=...)."""
    return make_report
