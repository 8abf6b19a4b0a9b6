"""Issue 7, kind 6 (teams on real text): a compliance grid whose columns are teams ("| Check |
CIN | CP | CLA |") rates each row's check for each column's team, by RAG word or by a tick
or a cross. Positive and negative cases, in tables written for these tests."""
from __future__ import annotations

import pytest

INTRO = "The grid below shows the checks by service.\n\n"


def _ratings(run, report, table: str) -> set[tuple[str, str, str]]:
    """(row label, team or '', polarity) of the grid's rating findings."""
    out = set()
    for f in run(report(INTRO + table, heading="COMPLIANCE")):
        if f.rule.startswith("table:rating"):
            label = f.text.strip("| ").split("|")[0].split("\t")[0].strip()
            for team in f.teams or [""]:
                out.add((label, team, f.polarity))
    return out


def test_ticks_and_crosses_under_team_columns_rate_each_team(run, report):
    table = ("| Check | CIN | CP | CLA |\n|---|---|---|---|\n"
             "| Visits within timescale | ✓ | ✓ | ✗ |\n| Child seen alone | ✗ | ✓ | – |\n")
    got = _ratings(run, report, table)
    assert ("Visits within timescale", "Children in Need", "strength") in got
    assert ("Visits within timescale", "Child Protection", "strength") in got
    assert ("Visits within timescale", "LAC", "improvement") in got
    assert ("Child seen alone", "Children in Need", "improvement") in got
    # a dash is not applicable: no rating, so no finding for the third team on that row
    assert not any(label == "Child seen alone" and team == "LAC" for label, team, _p in got)


def test_rag_words_under_team_columns_rate_each_team(run, report):
    got = _ratings(run, report, "Standard\tFostering\tCare leavers\nVisits in time\tGreen\tRed\n")
    assert ("Visits in time", "Fostering", "strength") in got
    assert ("Visits in time", "Care Leavers", "improvement") in got


@pytest.mark.parametrize("table", [
    # columns that are no teams of the lexicon (areas of the council): ratings with no team
    "| Check | North | South |\n|---|---|---|\n| Visits within timescale | ✓ | ✗ |\n",
])
def test_columns_that_name_no_team_give_ratings_without_a_team(run, report, table):
    got = _ratings(run, report, table)
    assert ("Visits within timescale", "", "strength") in got
    assert ("Visits within timescale", "", "improvement") in got


def test_a_row_that_names_its_team_keeps_it_over_the_column(run, report):
    table = "| Check | North | South |\n|---|---|---|\n| MASH decisions in time | ✓ | ✗ |\n"
    got = _ratings(run, report, table)
    assert {team for _l, team, _p in got} == {"MASH"}


def test_a_tick_inside_a_sentence_cell_is_no_rating(run, report):
    # a cell of words that merely holds a tick is not a rating cell of its own
    table = "| Check | Note |\n|---|---|\n| Visits within timescale | ✓ in most files, not all |\n"
    fs = [f for f in run(report(INTRO + table, heading="COMPLIANCE")) if "mark '" in f.rule]
    assert fs == []
