"""Issue 7, second pass over the real7 / real8 writers' kinds of wording: timescales named by
their length, time taken, work done "when it should", practice that "falls short", and a foster
carer's approval review. Each kind has a positive and a negative case, in sentences written for
these tests."""
from __future__ import annotations

import pytest
from picks import one_judgement as one
from picks import under as findings

# --- a timescale named by its length ("the 20-day timescale") -----------------------------------


def test_a_standard_of_so_many_weeks_is_timeliness(run, report):
    f = one(run, report, "Several plans were finished after the 10-week timescale, which is too late.\n")
    assert f.polarity == "improvement" and "timeliness" in f.themes


def test_a_course_of_so_many_weeks_is_no_timeliness(run, report):
    fs = findings(run, report, "The 10-week parenting course was well attended by fathers.\n")
    assert fs and all("timeliness" not in f.themes for f in fs)


# --- time taken ("took 20 weeks") ---------------------------------------------------------------


def test_the_time_a_piece_of_work_took_is_timeliness(run, report):
    f = one(run, report, "Private fostering checks took 9 weeks on average, which is too long.\n")
    assert "timeliness" in f.themes and "pattern timeliness" in f.rule


def test_work_that_took_place_in_so_many_teams_is_no_timeliness(run, report):
    fs = findings(run, report, "Poor recording took place in 9 teams, where chronologies were poor.\n")
    assert all("timeliness" not in f.themes for f in fs)


# --- done when it should be ("took place when they should") --------------------------------------


def test_work_done_when_it_should_be_is_a_timely_strength(run, report):
    f = one(run, report, "Home visits took place when they should for most children.\n")
    assert f.polarity == "strength" and "timeliness" in f.themes
    assert "when they should" in f.rule


def test_work_not_done_when_it_should_be_is_an_improvement(run, report):
    f = one(run, report, "Home visits did not take place when they should.\n")
    assert f.polarity == "improvement" and "timeliness" in f.themes


def test_a_plain_should_is_still_a_need(run, report):
    f = one(run, report, "Home visits should be more timely.\n")
    assert f.polarity == "improvement"


# --- practice that falls short ("stops short of", "fell short") ----------------------------------


def test_an_analysis_that_stops_short_is_an_improvement(run, report):
    f = one(run, report, "The analysis stops short of weighing the risks to the child.\n")
    assert f.polarity == "improvement" and "risk_analysis" in f.themes and "stops short" in f.rule


def test_an_analysis_that_weighs_the_risks_judges_nothing(run, report):
    assert findings(run, report, "The analysis weighs the risks to the child.\n") == []


# --- a foster carer's approval review is no review of a child's plan -----------------------------


def test_a_carer_review_held_on_time_is_timeliness_only(run, report):
    f = one(run, report, "Foster carer reviews were held on time and were thorough.\n")
    assert f.themes == ["timeliness"]


def test_a_review_of_a_childs_plan_stays_plan_progress(run, report):
    f = one(run, report, "Reviews of the children's plans were thorough.\n")
    assert "plan_progress" in f.themes


# --- a header heading over bullets leads in those bullets only ------------------------------------


def _heading_list(after: str) -> str:
    return ("Audit Findings Report 2022\n\nIntroduction\n\nThe audit looked at twenty children's records.\n\n"
            "What needs to improve?\n\u2022 Chronologies should be kept up to date.\n"
            "\u2022 Contingency plans need to be written for every child.\n" + after)


def test_a_paragraph_after_a_headings_bullets_is_no_item_of_it(run):
    fs = run(_heading_list("\nThe service has appointed two new team managers this spring.\n"))
    items = [f for f in fs if f.rule.startswith("clause:list_header")]
    assert {f.text for f in items} == {"Chronologies should be kept up to date",
                                       "Contingency plans need to be written for every child"}
    assert all(f.polarity == "improvement" for f in items)


def test_a_hard_wrapped_bullet_under_a_heading_stays_an_item(run):
    text = ("Audit Findings Report 2022\n\nIntroduction\n\nThe audit looked at twenty children's records.\n\n"
            "What needs to improve?\n\u2022 Chronologies should be kept up to date and\n"
            "shared with the family network\n\u2022 Contingency plans need to be written.\n")
    fs = run(text)
    assert any(f.rule.startswith("clause:list_header") and "shared with the family network" in f.text for f in fs)


def test_prose_under_a_header_heading_keeps_its_mode(run):
    text = ("Audit Findings Report 2022\n\nIntroduction\n\nThe audit looked at twenty children's records.\n\n"
            "Areas for improvement\n\nContingency planning for the children.\n\n"
            "The recording of the reasons for decisions.\n")
    fs = run(text)
    assert fs and all(f.polarity == "improvement" and f.rule.startswith("clause:list_header") for f in fs)


# --- an acknowledgement is no finding --------------------------------------------------------------


def test_an_acknowledgement_is_no_finding(run, report):
    assert findings(run, report, "Thank you to the social workers who took part in the audit and gave their time.\n") == []


def test_practice_owed_to_a_cause_with_thanks_to_is_a_finding(run, report):
    f = one(run, report, "Thanks to the new template, children took part in their reviews.\n")
    assert f.polarity == "strength" and "voice_of_child" in f.themes


# --- a change in the child's situation that names the cases ("Where the risk had fallen, ...") -----


def test_a_conditional_change_names_the_cases_not_the_polarity(run, report):
    f = one(run, report, "Where a young person's risk had fallen, the reasons were clearly explained.\n")
    assert f.polarity == "strength" and "risk_analysis" in f.themes
    assert f.text.startswith("Where") and f.text.endswith("explained")


def test_a_fall_stated_as_the_finding_still_judges(run, report):
    f = one(run, report, "The use of agency staff has fallen since the spring.\n")
    assert f.polarity == "strength" and "change 'fallen'" in f.rule


# --- staff taking part is no voice of the child --------------------------------------------------


def test_staff_taking_part_in_an_audit_is_no_voice_of_the_child(run, report):
    fs = findings(run, report, "Forty practitioners took part in the practice week, and their feedback was positive.\n")
    assert all("voice_of_child" not in f.themes for f in fs)


def test_a_child_taking_part_in_a_review_is_the_voice_of_the_child(run, report):
    f = one(run, report, "Most young people took part in their reviews.\n")
    assert "voice_of_child" in f.themes


# --- what people say they value, in the present -------------------------------------------------


def test_what_practitioners_value_is_a_strength(run, report):
    f = one(run, report, "Social workers value the monthly group supervision.\n")
    assert f.polarity == "strength" and "management_oversight" in f.themes and "value" in f.rule


def test_supervision_of_little_value_is_no_strength(run, report):
    f = one(run, report, "Group supervision was of little value to social workers.\n")
    assert f.polarity == "improvement"


# --- "reflective" said of the work itself -------------------------------------------------------


def test_work_said_to_be_reflective_is_reflection(run, report):
    f = one(run, report, "Supervision in the duty team was reflective.\n")
    assert "reflection_analysis" in f.themes and "pattern reflection_analysis" in f.rule


def test_grades_reflective_of_a_picture_are_no_reflection(run, report):
    fs = findings(run, report, "The grades were reflective of the wider picture, which was poor.\n")
    assert all("reflection_analysis" not in f.themes for f in fs)


# --- findings named back ("Alongside the worries above, ...") are no list header ------------------


def test_a_reference_back_to_worries_is_no_header(run, report):
    for back in ("the concerns above", "the worries above"):
        fs = findings(run, report, f"Alongside {back}, plans for care leavers named a contact in 6 of 10 cases.\n")
        assert fs and all(f.polarity != "improvement" and "list header" not in f.rule for f in fs)


def test_a_worries_label_still_heads_its_items(run, report):
    fs = findings(run, report, "Worries:\n- Plans for care leavers were written late.\n")
    assert [f.rule.startswith("clause:list_header") and f.polarity for f in fs] == ["improvement"]


# --- the audit programme itself is no finding ------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Four multi-agency case audits were completed in the year.\n",
    "Each partner agency audited its own records with a shared tool, which helped agencies to learn.\n",
])
def test_the_audit_programme_is_no_finding(run, report, sentence):
    assert findings(run, report, sentence) == []


def test_multi_agency_practice_found_by_the_audits_is_a_finding(run, report):
    f = one(run, report, "The audits found that multi-agency working was strong.\n")
    assert f.polarity == "strength" and "multi_agency" in f.themes


# --- work made more focused or more usable ("sharper", "the most practical") ----------------------


def test_the_most_practical_plans_are_a_strength(run, report):
    f = one(run, report, "Plans in the Early Help team were the most practical of all.\n")
    assert f.polarity == "strength" and f.teams == ["Early Help"] and "most practical" in f.rule


def test_the_least_practical_plans_are_an_improvement(run, report):
    f = one(run, report, "Plans in the Early Help team were the least practical of all.\n")
    assert f.polarity == "improvement"


def test_a_sharp_rise_judges_nothing(run, report):
    assert findings(run, report, "There was a sharp rise in contacts to the Early Help team this year.\n") == []
