"""Issue 7, kind 6 (teams on real text): a team's abbreviation defined by the report itself,
listed acronyms written in lower case, and a later clause that turns to other teams.
Each kind has positive and negative cases, written for these tests."""
from __future__ import annotations

import pytest


def _teams_with(run, report, text: str, words: str) -> list[str]:
    hits = [f for f in run(report(text)) if words in f.text]
    assert hits, f"no finding with {words!r}"
    return hits[0].teams


# --- an abbreviation the report defines for a team --------------------------------------------


@pytest.mark.parametrize("text, words, team", [
    ("- The Leaving Care Service (LCS) was audited this quarter.\n"
     "- The LCS should agree a health plan with every young person.\n", "health plan", "Care Leavers"),
    ("- The Family Support Team is new.\n- The Youth Justice Service (YJS) was audited.\n"
     "- Case managers in the YJS were praised for their direct work.\n", "praised", "YOS"),
    ("- Pathway plans (PPs) were read for every young person.\n"
     "- PPs for young people in custody were thin on education.\n", "thin", "Pathway"),
    # the abbreviation first, the name in brackets
    ("- The CCT (Children in Care Team) was audited.\n- The CCT should make sure that plans are SMART.\n",
     "plans are SMART", "LAC"),
    # the plural of a singular definition, and a row label that uses it
    ("- The Children in Care Team (CICT) was audited.\n- Two CICTs were praised for clear plans.\n",
     "clear plans", "LAC"),
])
def test_an_abbreviation_defined_after_a_team_names_the_team(run, report, text, words, team):
    assert team in _teams_with(run, report, text, words)


@pytest.mark.parametrize("text, words", [
    # a defined abbreviation of a role, not a team
    ("- Personal advisers (PAs) were audited.\n- PAs wrote plans that were not SMART.\n", "PAs wrote"),
    # letters that are not the name's: no definition of the team
    ("- Plans for care leavers (EET) were read.\n- EET plans were not SMART in most files.\n", "EET plans"),
    # a bracketed cohort after an unrelated abbreviation defines nothing
    ("- The EET (care leavers) rate was read.\n- EET plans were not SMART in most files.\n", "EET plans"),
    # the abbreviation is only read as defined in this report: another report's "LCS" is nothing
    ("- The LCS should make sure that plans are SMART.\n", "LCS"),
])
def test_no_team_from_an_abbreviation_that_does_not_abbreviate_a_team(run, report, text, words):
    assert _teams_with(run, report, text, words) == []


def test_a_defined_abbreviation_keeps_the_teams_description_rule(run, report):
    # "CP" is listed, but a plan described by a defined abbreviation is still a description
    text = ("- The Child Protection Service (CPS) was audited.\n"
            "- CPS plans were not SMART in most files.\n")
    assert "Child Protection" not in _teams_with(run, report, text, "not SMART")


# --- listed acronyms in lower case --------------------------------------------------------------


@pytest.mark.parametrize("text, words, team", [
    ("- Drift in pre-proceedings in the cp team was common.\n", "Drift", "Child Protection"),
    ("- Letters to children were good in the cla team.\n", "Letters", "LAC"),
    ("- Plans were poor in the two cin teams.\n", "Plans", "Children in Need"),
    ("- Oversight was strong in the mash and the yot.\n", "Oversight", "MASH"),
    ("- Oversight was strong in the mash and the yot.\n", "Oversight", "YOT"),
    ("- Supervision notes in the yos were praised.\n", "Supervision", "YOS"),
])
def test_a_lower_case_acronym_beside_team_or_the_names_the_team(run, report, text, words, team):
    assert team in _teams_with(run, report, text, words)


@pytest.mark.parametrize("text, words, team", [
    # a lone word, no team noun and no "the": a word, not an acronym
    ("- Plans were a mash of tasks and were not SMART.\n", "Plans", "MASH"),
    # two letters after "the" are too short to read as a team
    ("- Plans were not SMART, as the cp said in interview.\n", "Plans", "Child Protection"),
    # a lower-case plan description is still a description
    ("- The cin plans were not SMART.\n", "cin plans", "Children in Need"),
])
def test_a_lower_case_word_is_not_an_acronym_on_its_own(run, report, text, words, team):
    assert team not in _teams_with(run, report, text, words)


# --- a later clause that turns to other teams --------------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("The disabled children's team was praised for reflective notes; elsewhere, notes were often a "
     "list of tasks.\n", "list of tasks"),
    ("The Children in Care teams kept to the interval more often; in the Assessment and Intervention "
     "teams fewer than half of plans were SMART.\n", "fewer than half"),
    ("Plans in the fostering team were SMART, but in other teams plans were vague.\n", "vague"),
])
def test_a_clause_turning_to_other_teams_does_not_keep_the_first_team(run, report, text, words):
    assert _teams_with(run, report, text, words) == []


def test_a_clause_that_refers_back_to_the_team_keeps_it(run, report):
    text = "Plans for children in care were reviewed on time, but the team rarely wrote contingency plans.\n"
    assert "LAC" in _teams_with(run, report, text, "contingency")


# --- plural generic "teams" ------------------------------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("- Plans were not SMART and quality varies between teams.\n", "varies"),
    ("- Supervision was poor in most teams and services, and plans were not SMART.\n", "Supervision"),
])
def test_generic_teams_name_no_team(run, report, text, words):
    assert _teams_with(run, report, text, words) == []


# --- the cohort in care, by its predicate ------------------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("- Plans were not SMART for the one child who was in care.\n", "SMART"),
    ("- Plans for the young people still looked after were not SMART.\n", "SMART"),
])
def test_a_predicate_of_being_in_care_names_lac(run, report, text, words):
    assert "LAC" in _teams_with(run, report, text, words)


def test_a_carer_who_was_caring_is_not_in_care(run, report):
    assert "LAC" not in _teams_with(run, report, "- Plans were not SMART where the carer was caring for three.\n", "SMART")
