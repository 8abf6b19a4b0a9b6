"""Issue 7 (real6 kinds): a list header that names a team ("Fostering – strengths:",
"Children in Care – worries:") gives its items that team and its polarity; an item naming a
team of its own keeps its own, and nothing past the header's section takes its team.
Positive and negative cases."""
from __future__ import annotations

import pytest

INTRO = "Audit Findings Report 2022\n\nINTRODUCTION\n\nThis summary sets out what the month's audits found.\n\n"
BODY = (
    INTRO
    + "Fostering – strengths:\n"
    "• Carers felt listened to at reviews\n"
    "• Support plans agreed with each household\n"
    "\n"
    "Children in Care – worries:\n"
    "• Later life letters not started\n"
    "• Referrals to the MASH slow to be answered\n"
    "\n"
    "Overall\n"
    "\n"
    "Plans were reviewed on time in most of the files we read.\n"
)


def findings(run, body=BODY):
    return {f.text.lstrip("• ").rstrip(". "): f for f in run(body)}


def test_items_take_the_team_and_polarity_of_their_header(run):
    fs = findings(run)
    for item in ("Carers felt listened to at reviews", "Support plans agreed with each household"):
        assert fs[item].teams == ["Fostering"] and fs[item].polarity == "strength", fs[item].rule
        assert "teams: list header" in fs[item].rule
    item = fs["Later life letters not started"]
    assert item.teams == ["LAC"] and item.polarity == "improvement"


def test_an_item_naming_its_own_team_keeps_it(run):
    item = findings(run)["Referrals to the MASH slow to be answered"]
    assert item.teams == ["MASH"]


def test_the_header_team_ends_with_its_section(run):
    after = findings(run)["Plans were reviewed on time in most of the files we read"]
    assert after.teams == []


def test_a_team_header_without_polarity_gives_no_team(run):
    body = INTRO + "Fostering – files sampled:\n• Plans reviewed on time in most files\n"
    fs = [f for f in run(body) if "Plans reviewed" in f.text]
    assert fs and all(f.teams == [] for f in fs)


# --- a list titled by the bare word "Strengths" ----------------------------------------------

LISTS = (
    INTRO
    + "Strengths\n"
    "➢ Management oversight at the point of closure\n"
    "➢ Kind, plain recording written to the young person\n"
    "\n"
    "Worries\n"
    "➢ Oversight of step-down decisions\n"
)


def test_items_under_a_bare_strengths_title_are_strengths(run):
    fs = findings(run, LISTS)
    for item in ("Management oversight at the point of closure", "Kind, plain recording written to the young person"):
        assert fs[item].polarity == "strength", fs[item].rule


def test_items_under_worries_stay_improvements(run):
    assert findings(run, LISTS)["Oversight of step-down decisions"].polarity == "improvement"


@pytest.mark.parametrize("body", [
    "Assessments listed the family's strengths but missed the risks to the baby.\n",
    "Plans recorded the child's worries about contact.\n",
])
def test_strengths_or_worries_someone_has_judge_nothing(run, body):
    # a list-header word owned by the family or the child is theirs, not the report's judgement
    fs = run(INTRO + "ASSESSMENT\n\n" + body)
    assert not [f for f in fs if f.value is None and f.polarity != "neutral" and ("strengths" in f.text or "worries" in f.text)]
