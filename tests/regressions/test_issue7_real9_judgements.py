"""Issue 7 (real9, real10 kinds): judgements, themes and non-findings in the wordings of new
genres. A difficulty that persists ("remains a challenge"), unevenness and merely procedural
work are gaps; practice done as a matter of course, work of a high standard and help people
found of use are strengths; the other verb forms of seeing a child alone and writing to the
child are the voice of the child; the care leavers' EET measure in other word orders names no
training or partner theme; a committee report's closing fields and a number cut off on its own
are no findings; a table row that names no subject ("Met  14  (47%)") measures its block's
title line. Positive and negative cases, in wordings of our own."""
from __future__ import annotations

import pytest


def findings(run, report, body: str, heading: str = "FINDINGS"):
    return run(report(body, heading=heading))


def polarities(run, report, body: str) -> set[str]:
    fs = findings(run, report, body)
    assert fs, f"no finding in {body!r}"
    return {f.polarity for f in fs}


def themes_of(run, report, body: str) -> set[str]:
    return {t for f in findings(run, report, body) for t in f.themes}


# --- polarity of new wordings -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Recruitment of foster carers remains a challenge for the service.\n",
    "Supervision records for the team are still a challenge to find on the system.\n",
    "Progress on the chronologies has been uneven across the localities.\n",
    "Supervision of children in care is regular but too procedural.\n",
])
def test_a_persisting_difficulty_unevenness_and_procedural_work_are_gaps(run, report, body):
    assert "improvement" in polarities(run, report, body)


@pytest.mark.parametrize("body", [
    # the noun without "remains" / "is": a challenge raised is practice; an even spread is no gap
    "Independent reviewing officers raised a challenge at every review, and it was recorded well.\n",
    "Supervision followed the agreed procedure and was reflective in every team.\n",
])
def test_near_wordings_are_no_gaps(run, report, body):
    assert polarities(run, report, body) == {"strength"}


@pytest.mark.parametrize("body", [
    "Seeing children alone is now routine in the assessment teams.\n",
    "Pathway plans were of a high standard for care leavers.\n",
    "Foster carers said the new support group was a great help.\n",
    "Parents told us the family group conference was helpful.\n",
])
def test_routine_practice_a_high_standard_and_help_are_strengths(run, report, body):
    assert polarities(run, report, body) == {"strength"}


@pytest.mark.parametrize("body", [
    # a wish is no strength; "routine" alone is no praise
    "It would be helpful if plans for children in care named who does what.\n",
    "Routine visits to children in care were missed for a third of the sample.\n",
])
def test_a_wish_or_a_routine_miss_is_no_strength(run, report, body):
    assert "strength" not in {f.polarity for f in findings(run, report, body)}


# --- themes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Seeing the child alone is now routine for the child protection teams.\n",
    "Most social workers now write to the child after each review, which is good practice.\n",
])
def test_the_other_forms_of_seeing_and_writing_to_the_child_are_its_voice(run, report, body):
    assert "voice_of_child" in themes_of(run, report, body)


def test_seeing_a_parent_is_not_the_voice_of_the_child(run, report):
    assert "voice_of_child" not in themes_of(run, report, "Seeing parents together is now routine for the early help team.\n")


@pytest.mark.parametrize("body", [
    "Care leavers in employment, education and training is not yet where it should be.\n",
    "Care leavers: education, employment and training remains weak.\n",
])
def test_the_eet_measure_names_no_training_or_partner_theme(run, report, body):
    themes = themes_of(run, report, body)
    assert not themes & {"training_need", "multi_agency"}


def test_training_for_staff_still_names_its_theme(run, report):
    assert "training_need" in themes_of(run, report, "Training on chronologies for new staff has not yet been offered.\n")


# --- non-findings -----------------------------------------------------------------------------

def test_closing_fields_and_a_lone_number_are_no_findings(run, report):
    body = ("Plans for children in care were not specific enough about what must change.\n\n"
            "Background papers: none.    Contact officer: Head of Service, ext. 2231\n")
    # under a heading that gives its lines a polarity, as a report's last section often does
    texts = [f.text for f in findings(run, report, body, heading="Areas for improvement")]
    assert any("specific enough" in t for t in texts)
    assert not any("Background papers" in t or "Contact officer" in t for t in texts)
    assert not any(not any(ch.isalpha() for ch in t) for t in texts)


# --- table rows that name no subject ------------------------------------------------------------

def _standard_block(title: str, first_label: str = "Met") -> str:
    return (f"{title}\n"
            f"{first_label}\t\t14\t(47%)\n"
            "Partially met\t\t11\t(37%)\n"
            "Not met\t\t5\t(17%)\n\n"
            "Each standard is read on 30 files.\n")


def test_a_row_that_names_no_subject_takes_its_block_titles_themes(run, report):
    body = _standard_block("Standard 4: Visits (children seen alone, within timescale)")
    rows = [f for f in findings(run, report, body, heading="VISITS") if f.value is not None]
    assert len(rows) == 3
    assert all("voice_of_child" in f.themes for f in rows)
    assert {f.polarity for f in rows} == {"strength", "improvement"}


def test_a_row_that_names_its_own_subject_keeps_only_its_own(run, report):
    body = ("Standard 4: Visits (children seen alone, within timescale)\n"
            "Supervision held\t\t14\t(47%)\n"
            "Reflective supervision\t\t11\t(37%)\n\n"
            "Each standard is read on 30 files.\n")
    rows = [f for f in findings(run, report, body, heading="VISITS") if f.value is not None]
    assert rows
    assert not any("voice_of_child" in f.themes for f in rows)


# --- hedged small shares, too little said, furthest from the standard, lists of tasks ----------

@pytest.mark.parametrize("body", [
    "Reflective discussion was recorded in fewer than one in three of the supervision notes.\n",
    "Fathers were included in less than half of the assessments.\n",
    "Plans say too little about the child's relationships with brothers and sisters.\n",
    "Management oversight remains the measure furthest from the standard.\n",
    "Supervision records were mostly lists of tasks.\n",
])
def test_a_small_hedged_share_and_thin_work_are_gaps(run, report, body):
    assert "improvement" in polarities(run, report, body)


@pytest.mark.parametrize("body", [
    # a share that is no hedge of a small number; a list that is no list of tasks
    "Reflective discussion was recorded in all but one of the supervision notes, which is good.\n",
    "Supervision records were clear and set out a list of agreed actions for the child.\n",
])
def test_near_wordings_stay_strengths(run, report, body):
    assert polarities(run, report, body) == {"strength"}


# --- the outcome of a process is no plan progressing -----------------------------------------

@pytest.mark.parametrize("body", [
    "Several referrers said they were not told the outcome of the referral.\n",
    "The outcome of the enquiry was not recorded on the child's file in four cases.\n",
])
def test_the_outcome_of_a_process_is_no_plan_progress(run, report, body):
    assert "plan_progress" not in themes_of(run, report, body)


def test_a_plan_progressing_still_names_its_theme(run, report):
    assert "plan_progress" in themes_of(run, report, "Actions on plans were progressed between reviews in most cases.\n")


# --- superlatives compare teams: the highest of a bad quantity is a gap -----------------------

@pytest.mark.parametrize("body, polarity", [
    ("The Children in Need teams have had the highest caseloads this year.\n", "improvement"),
    ("Turnover of social workers was highest in the Child Protection teams.\n", "improvement"),
    ("The Early Help teams have the lowest caseloads in the service.\n", "strength"),
    ("The Early Help teams have the fewest changes of worker.\n", "strength"),
])
def test_a_superlative_of_a_bad_quantity_is_judged_by_its_direction(run, report, body, polarity):
    assert polarities(run, report, body) == {polarity}


def test_a_superlative_of_good_work_stays_a_strength(run, report):
    body = "The Early Help teams had the highest share of clear, well recorded plans.\n"
    assert polarities(run, report, body) == {"strength"}
