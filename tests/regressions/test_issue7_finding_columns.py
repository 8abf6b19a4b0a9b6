"""Issue 7 (real6 kind): the "Finding" column of an audit's action plan ("Ref | Finding |
Priority | Agreed action | Owner | Date") holds findings in words: each cell is a finding, a
weakness unless its own cues judge it a strength, with the themes and teams it names. The
priority, action, owner and date cells are not findings, nor is a table with no finding column.
Positive and negative cases."""
from __future__ import annotations

PLAN = (
    "Audit Findings Report 2025\n\nINTRODUCTION\n\nThis report sets out what the audit found.\n\n"
    "ACTION PLAN\n\n"
    "Ref | Finding | Priority | Agreed action | Owner | Date\n"
    "1 | Supervision not recorded for the MASH | High | New template to be issued | Head of Service | 30/06/2025\n"
    "2 | Strategy discussions held promptly in every case tested | Low | None needed | Service Manager | n/a\n"
)


def test_each_finding_cell_is_a_finding(run):
    fs = {f.text: f for f in run(PLAN) if f.rule.startswith("table:finding column")}
    weak = fs["Supervision not recorded for the MASH"]
    assert weak.polarity == "improvement" and weak.teams == ["MASH"] and "management_oversight" in weak.themes
    good = fs["Strategy discussions held promptly in every case tested"]
    assert good.polarity == "strength"


def test_actions_owners_and_dates_are_no_findings(run):
    texts = [f.text for f in run(PLAN)]
    assert not any("template to be issued" in t or "Head of Service" in t or "30/06/2025" in t for t in texts)


def test_a_table_without_a_finding_column_gives_no_cell_findings(run):
    text = PLAN.replace("Ref | Finding |", "Ref | Area |")
    assert not [f for f in run(text) if f.rule.startswith("table:finding column")]
