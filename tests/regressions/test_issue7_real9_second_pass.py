"""Issue 7 (real9, real10 second pass): judgements and themes t8b's pass left. A bare heading
word that is the subject of a passive ("Strengths were noted ...") opens no list; facts set
down in place of their analysis ("listed rather than analysed") and supervision about tasks
("task-focused") are reflection and analysis; a pattern of harm over time is the family's
history (and, for abuse or neglect, risk); a gain not shared equally is a consistency gap;
"(too) little about" reaches the whole topic left unsaid; a picture of the child is child-centred.
Positive and negative cases, in wordings of our own."""
from __future__ import annotations

import pytest


def findings(run, report, body: str, heading: str = "FINDINGS"):
    return run(report(body, heading=heading))


def themes_of(run, report, body: str) -> set[str]:
    return {t for f in findings(run, report, body) for t in f.themes}


# --- a heading word as a passive's subject ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Strengths were recorded rather than explored with the family.\n",
    "Strengths were not always recognised in the assessment.\n",
])
def test_a_heading_word_as_a_passives_subject_opens_no_list(run, report, body):
    fs = findings(run, report, body)
    assert fs
    assert {f.polarity for f in fs} == {"improvement"}
    assert not any(f.rule.startswith("clause:list_header") for f in fs)


def test_a_heading_word_before_a_colon_still_opens_a_list(run, report):
    body = "Strengths:\n- Plans were written with the family.\n- Visits were frequent and purposeful.\n"
    fs = findings(run, report, body)
    assert fs
    assert {f.polarity for f in fs} == {"strength"}


# --- reflection and analysis -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Assessments set out the history rather than analysing what it meant.\n",
    "Managers summarised the visits rather than weighed them.\n",
    "Case supervision in the area teams is still too task-focused.\n",
    "Supervision notes were task orientated and rarely explored the child's day.\n",
])
def test_description_in_place_of_analysis_and_task_talk_are_reflection(run, report, body):
    fs = findings(run, report, body)
    assert any("reflection_analysis" in f.themes for f in fs)
    assert "improvement" in {f.polarity for f in fs}


@pytest.mark.parametrize("body", [
    # "rather than" that contrasts who or where, not description with analysis
    "Visits were made by the duty worker rather than the allocated worker.\n",
    "The task of finding a placement fell to the team manager.\n",
])
def test_other_contrasts_and_tasks_are_no_reflection(run, report, body):
    assert "reflection_analysis" not in themes_of(run, report, body)


# --- patterns over time ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Assessments rarely considered patterns of neglect over time.\n",
    "The chronology did not show the pattern over time for the older children.\n",
])
def test_a_pattern_over_time_is_family_history(run, report, body):
    assert "family_history" in themes_of(run, report, body)


def test_a_pattern_of_abuse_is_weighed_as_risk(run, report):
    assert "risk_analysis" in themes_of(run, report, "Plans did not address the pattern of abuse the child had lived with.\n")


def test_a_pattern_of_visits_is_no_history_or_risk(run, report):
    themes = themes_of(run, report, "The pattern of visits was regular and purposeful for every child.\n")
    assert not themes & {"family_history", "risk_analysis"}


# --- a gain not shared alike -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Gains in recording are not shared equally across the localities.\n",
    "The new practice model is applied unequally between the teams.\n",
    "Better recording has not yet spread evenly to the disabled children's service.\n",
])
def test_a_gain_not_shared_equally_is_a_consistency_gap(run, report, body):
    fs = findings(run, report, body)
    assert any("consistency" in f.themes for f in fs)
    assert {f.polarity for f in fs} == {"improvement"}


def test_work_shared_with_a_parent_is_no_consistency(run, report):
    body = "Plans were shared with parents equally promptly after each conference.\n"
    assert "consistency" not in themes_of(run, report, body)


# --- too little said about a topic -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Plans say too little about how the young person will be helped to keep in touch with family.\n",
    "Most plans were clear, but some said little about how the child will be supported to stay in touch with friends.\n",
])
def test_too_little_about_reaches_the_whole_topic(run, report, body):
    fs = findings(run, report, body)
    assert any("relationships" in f.themes for f in fs)
    assert {f.polarity for f in fs if "relationships" in f.themes} == {"improvement"}


@pytest.mark.parametrize("body", [
    "Plans say clearly how the young person will be helped to keep in touch with family.\n",
    # a contrast ends the topic left unsaid
    "Plans said little about school, but the young people kept in touch with family well.\n",
])
def test_without_too_little_or_after_a_contrast_the_topic_is_judged_itself(run, report, body):
    fs = findings(run, report, body)
    assert "strength" in {f.polarity for f in fs if "relationships" in f.themes}


# --- the child as a person ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The strongest assessments gave a clear picture of the child and their day.\n",
    "Plans gave little sense of who the young person is.\n",
])
def test_a_picture_of_the_child_is_child_centred(run, report, body):
    assert "child_centred" in themes_of(run, report, body)


def test_a_picture_of_the_service_is_not_child_centred(run, report):
    body = "The dashboard gave a clear picture of the service's performance in the quarter.\n"
    assert "child_centred" not in themes_of(run, report, body)

