"""Issue 7 (real14, real15 kinds): which clauses are findings, their polarity, teams and themes,
in the wordings of a performance report, a fostering annual report, an Ofsted-style letter, an
oversight audit and an Early Help audit.

Kinds: a reason or purpose left off the file ("seldom written down") and a record too slight
("thinly recorded") are recording quality; the outcome star is a tool (template use); "the
disabilities team" and "children who are disabled" name the disabled children's service; "is
beginning to" states progress (a strength); unplanned placement endings and inadequate grades
are quantities of which less is better, so their fall is a strength; the child seen "on their
own" is the child's voice; and a sentence that splits its cases ("Some ...; others ...") under
a list header is judged part by part. Positive and negative cases, in wordings of our own."""
from __future__ import annotations

import pytest


def findings(run, report, body: str, heading: str = "FINDINGS"):
    return run(report(body, heading=heading))


def having(fs, words: str):
    return [f for f in fs if words in f.text]


# --- recording left unwritten or too thin -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The reason for closing the case was rarely written down.\n",
    "Managers' reasons for a change of plan were not always written down.\n",
    "Contact arrangements were too thinly recorded on the child's file.\n",
])
def test_a_reason_left_unwritten_or_a_thin_record_is_recording_quality(run, report, body):
    fs = findings(run, report, body)
    assert [f.polarity for f in fs] == ["improvement"]
    assert "recording_quality" in fs[0].themes


def test_written_down_with_nothing_judging_it_names_no_recording_theme(run, report):
    fs = findings(run, report, "The child's wishes were written down in their own words in most files.\n")
    assert all("recording_quality" not in f.themes for f in fs)


# --- the outcome star; progress begun -------------------------------------------------------------

def test_workers_beginning_to_use_the_outcome_star_is_a_template_strength(run, report):
    fs = findings(run, report, "Family support workers are beginning to use the outcome star at each review.\n")
    assert [(f.polarity, f.themes) for f in fs] == [("strength", ["template_use"])]


def test_a_star_that_is_no_tool_names_no_template(run, report):
    fs = findings(run, report, "Staff praised the star performer of the team for timely visits.\n")
    assert all("template_use" not in f.themes for f in fs)


def test_progress_not_yet_begun_stays_an_improvement(run, report):
    fs = findings(run, report, "Workers are not yet beginning to use the new assessment tool.\n")
    assert [f.polarity for f in fs] == ["improvement"]


# --- the disabled children's service by its short names --------------------------------------

@pytest.mark.parametrize("body", [
    "Supervision in the disabilities team was reflective and regular.\n",
    "Children who are disabled had plans that were clear about how they communicate.\n",
])
def test_the_disabilities_team_and_disabled_children_tag_the_service(run, report, body):
    fs = findings(run, report, body)
    assert fs and all(f.teams == ["Disabled Children"] for f in fs)


def test_a_disability_of_a_parent_tags_no_service(run, report):
    fs = findings(run, report, "Plans were clear where a parent had a learning disability.\n")
    assert all("Disabled Children" not in f.teams for f in fs)


# --- falls of quantities that are better low ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Placement endings that were not planned fell to 9, from 15 the year before.\n",
    "Unplanned placement endings reduced again this year.\n",
])
def test_a_fall_of_unplanned_endings_is_a_strength(run, report, body):
    fs = findings(run, report, body)
    assert [f.polarity for f in fs] == ["strength"]
    assert "permanence" in fs[0].themes


def test_a_rise_of_unplanned_endings_is_an_improvement(run, report):
    fs = findings(run, report, "Placement endings that were not planned rose to 22, from 15 the year before.\n")
    assert [f.polarity for f in fs] == ["improvement"]


# --- the child seen on their own --------------------------------------------------------------

def test_children_seen_on_their_own_under_a_strengths_header_is_the_childs_voice(run):
    text = ("Quality assurance report 2024\n\nWhat is working well\n\n"
            "Workers visit the children often and see them on their own at most visits.\n")
    fs = run(text)
    assert [f.polarity for f in fs] == ["strength"]
    assert "voice_of_child" in fs[0].themes


def test_a_worker_on_their_own_is_no_childs_voice(run):
    text = ("Quality assurance report 2024\n\nWhat is working well\n\n"
            "Duty workers cover the evening rota on their own with a manager on call.\n")
    assert all("voice_of_child" not in f.themes for f in run(text))


# --- "Some ...; others ..." under a list header --------------------------------------------------

def test_some_and_others_under_an_improvement_header_are_judged_part_by_part(run):
    text = ("Audit findings 2024\n\nAreas for improvement\n\n"
            "Some chronologies are full and up to date; others are months out of date and hard to follow.\n")
    fs = run(text)
    assert [f.polarity for f in fs] == ["strength", "improvement"]
    assert all("some/others part" in f.rule for f in fs)


def test_a_some_clause_with_no_others_part_keeps_the_header(run):
    text = ("Audit findings 2024\n\nAreas for improvement\n\n"
            "Some chronologies are full and up to date, but the summaries are late.\n")
    fs = run(text)
    assert fs[0].polarity == "improvement" and "some/others part" not in fs[0].rule


# --- records as the source of a statement; training a service requires --------------------------

def test_records_showing_that_something_happened_name_no_recording_theme(run, report):
    fs = findings(run, report, "Case records showed that the health visitor had been told about the plan in every case.\n")
    assert fs and all("recording_quality" not in f.themes for f in fs)


def test_records_judged_themselves_are_still_recording_quality(run, report):
    fs = findings(run, report, "Case records were thin and hard to follow in most files.\n")
    assert fs and "recording_quality" in fs[0].themes


def test_mandatory_training_completed_is_a_training_theme(run, report):
    fs = findings(run, report, "Only 61% of supervising social workers had completed the mandatory training this year.\n")
    assert fs and all("training_need" in f.themes for f in fs)


def test_a_mandatory_visit_is_no_training(run, report):
    fs = findings(run, report, "The mandatory visits to the child were late in a third of cases.\n")
    assert all("training_need" not in f.themes for f in fs)


# --- an overview of the children's plans --------------------------------------------------------

def test_an_overview_of_the_childrens_plans_is_management_oversight(run):
    text = ("Quality assurance report 2024\n\nWhat is working well\n\n"
            "Independent reviewing officers keep a close overview of each child's plan.\n")
    fs = run(text)
    assert fs and "management_oversight" in fs[0].themes


def test_an_overview_of_the_audit_is_no_oversight(run):
    text = ("Quality assurance report 2024\n\nWhat is working well\n\n"
            "The summary gives a helpful overview of the audit and of its sample.\n")
    assert all("management_oversight" not in f.themes for f in run(text))


# --- decisions by managers ----------------------------------------------------------------------

def test_a_managers_decision_judged_is_oversight_and_decision_making(run, report):
    fs = findings(run, report, "Team managers' decisions at closure were clearly explained on the file.\n")
    assert fs and {"management_oversight", "decision_making"} <= set(fs[0].themes)


def test_a_managers_possessive_with_no_decision_is_no_oversight(run, report):
    fs = findings(run, report, "The manager's visit to the family was late.\n")
    assert fs and all("management_oversight" not in f.themes for f in fs)
