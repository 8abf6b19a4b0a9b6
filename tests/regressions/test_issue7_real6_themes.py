"""Issue 7 (real6 kinds), themes: a standard met by a point in time is timeliness; a child's
part in writing their own plan is the voice of the child; keeping the same worker, and a
service at full strength, is workforce stability; the 12-month window that defines a
re-referral is no timescale. Positive and negative cases."""
from __future__ import annotations

import pytest


def themes_of(run, report, body: str, heading: str = "PRACTICE") -> set[str]:
    fs = run(report(body, heading=heading))
    assert fs, f"no finding in {body!r}"
    return {t for f in fs for t in f.themes}


@pytest.mark.parametrize("body, theme", [
    ("Assessments of unborn babies were completed by 20 weeks in 11 of the 15 cases.\n", "timeliness"),
    ("In 8 of the 10 cases the referral was made before 16 weeks.\n", "timeliness"),
    ("Papers reached parents at least two working days before the conference in 60% of cases.\n", "timeliness"),
    ("Most young people had been well involved in drawing up their pathway plans.\n", "voice_of_child"),
    ("Nine in ten children kept the same social worker over the year.\n", "workforce_stability"),
    ("The leaving care team was fully staffed, a marked improvement on last year.\n", "workforce_stability"),
])
def test_the_wording_names_its_theme(run, report, body, theme):
    assert theme in themes_of(run, report, body)


@pytest.mark.parametrize("body, theme", [
    # a count of days that is no standard in time, a plan the child had no part in, a worker who left
    ("Caseloads were reduced by 3 in the year, and plans were clear in 70% of files.\n", "timeliness"),
    ("Managers were involved in signing off most plans, which were clear.\n", "voice_of_child"),
])
def test_near_wordings_do_not_name_it(run, report, body, theme):
    assert theme not in themes_of(run, report, body)


def test_the_re_referral_window_is_no_timescale(run, report):
    assert "timeliness" not in themes_of(run, report, "Re-referrals within 12 months stood at 24%, above the England figure.\n")


def test_a_timescale_beside_a_re_referral_is_still_one(run, report):
    body = "Re-referrals were screened within 24 hours in 85% of cases.\n"
    assert "timeliness" in themes_of(run, report, body)
