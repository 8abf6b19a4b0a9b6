"""Issue 7, kinds of judgement wording met in the real7 development set (letters, slides,
panel papers, trackers): list labels, directions in the present, a practice named "a strength",
scarcity, speed, drift, workforce wordings, method sentences, and team and theme wordings.
Each kind has a positive and a negative case, in sentences written for these tests."""
from __future__ import annotations

import pytest
from picks import one_judgement as one
from picks import under as findings

# --- a short strengths label on a slide ("What's working:") --------------------------------


def test_items_under_a_whats_working_label_are_strengths(run, report):
    fs = findings(run, report, "What\u2019s working:\n\u2013 Joint visits with health visitors\n\u2013 Relationship-based practice\n")
    assert {f.text for f in fs if f.polarity == "strength"} == {"Joint visits with health visitors",
                                                               "Relationship-based practice"}
    assert all("list_header" in f.rule for f in fs)


def test_the_same_nominal_items_with_no_label_are_no_findings(run, report):
    fs = findings(run, report, "Slide 4\n\u2013 Joint visits with health visitors\n\u2013 Relationship-based practice\n")
    assert not [f for f in fs if f.polarity == "strength"]


# --- a wished-for list ("The panel would like to see:") ------------------------------------


def test_items_a_panel_would_like_to_see_are_improvements(run, report):
    fs = findings(run, report, "4.2 The panel would like to see:\n\u2022 the views of each child in the household;\n"
                               "\u2022 a fuller account of contact with birth parents.\n")
    items = [f for f in fs if f.text.startswith(("the views", "a fuller"))]
    assert len(items) == 2 and all(f.polarity == "improvement" for f in items)


def test_a_committee_hope_in_running_text_is_no_finding(run, report):
    fs = findings(run, report, "Members said they would like to see the dashboard again in the spring.\n")
    assert fs == []


# --- a direction of change in the present tense --------------------------------------------


def test_a_bad_quantity_that_is_reducing_is_a_strength(run, report):
    f = one(run, report, "The use of agency workers is reducing across the service.\n")
    assert f.polarity == "strength" and "workforce_stability" in f.themes
    assert "change 'reducing'" in f.rule


def test_a_neutral_quantity_that_is_reducing_judges_nothing(run, report):
    assert findings(run, report, "The number of referrals is reducing this year.\n") == []


# --- a practice named as a strength ---------------------------------------------------------


def test_a_practice_that_was_a_strength_is_a_strength(run, report):
    f = one(run, report, "Joint work with schools was a strength this year.\n")
    assert f.polarity == "strength" and "multi_agency" in f.themes


def test_a_practice_that_was_not_a_strength_is_an_improvement(run, report):
    f = one(run, report, "Joint work with schools was not a strength this year.\n")
    assert f.polarity == "improvement"


# --- speed as a quality ---------------------------------------------------------------------


def test_work_done_quickly_is_a_timely_strength(run, report):
    f = one(run, report, "Checks with partner agencies were obtained quickly.\n")
    assert f.polarity == "strength" and {"timeliness", "multi_agency"} <= set(f.themes)


def test_work_not_done_quickly_enough_is_an_improvement(run, report):
    f = one(run, report, "Checks with partner agencies were not obtained quickly enough.\n")
    assert f.polarity == "improvement"


def test_a_prompt_response_is_timeliness(run, report):
    f = one(run, report, "Families get a prompt response from the duty team.\n")
    assert f.polarity == "strength" and "timeliness" in f.themes


def test_a_prompt_on_a_form_is_no_timeliness(run, report):
    fs = findings(run, report, "The form includes a prompt about the child\u2019s views, which workers found helpful.\n")
    assert all("timeliness" not in f.themes for f in fs)


# --- scarcity of a strength ("seen in a minority") ----------------------------------------


def test_a_strength_seen_in_a_minority_is_an_improvement(run, report):
    f = one(run, report, "Reflective supervision was seen in a minority of files.\n")
    assert f.polarity == "improvement" and "scarce strength" in f.rule


def test_a_strength_seen_in_most_files_stays_a_strength(run, report):
    f = one(run, report, "Reflective supervision was seen in most files.\n")
    assert f.polarity == "strength"


# --- drift: too long, not soon enough --------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Some children stayed on child in need plans for too long.\n",
    "Legal advice was not always sought soon enough.\n",
])
def test_work_left_too_long_is_drift(run, report, sentence):
    f = one(run, report, sentence)
    assert f.polarity == "improvement" and "drift_delay" in f.themes


def test_a_plan_that_is_too_long_is_no_drift(run, report):
    fs = findings(run, report, "Plans were too long and hard for parents to read.\n")
    assert all("drift_delay" not in f.themes for f in fs)


# --- workforce: interim posts, recruitment, too many workers, staff moving on ---------------


@pytest.mark.parametrize("sentence, polarity", [
    ("Several team manager posts are still interim.\n", "improvement"),
    ("The service has not yet managed to recruit experienced social workers.\n", "improvement"),
    ("Young people told us they had had too many social workers.\n", "improvement"),
    ("Two interim managers have moved on at short notice.\n", "improvement"),
])
def test_workforce_wordings_are_workforce_stability(run, report, sentence, polarity):
    f = one(run, report, sentence)
    assert f.polarity == polarity and "workforce_stability" in f.themes


@pytest.mark.parametrize("sentence", [
    "An interim care order was made and the plan was clear.\n",
    "The council recruited more foster carers this year, which is positive.\n",
])
def test_a_court_order_or_carer_recruitment_is_no_workforce_stability(run, report, sentence):
    assert all("workforce_stability" not in f.themes for f in findings(run, report, sentence))


# --- method: what a board is asked to decide, how the sample was drawn ----------------------


@pytest.mark.parametrize("sentence", [
    "The Board is asked to consider whether the target for reviews should be lowered.\n",
    "Twenty children were chosen at random from those whose plans were overdue.\n",
])
def test_a_decision_asked_of_a_board_or_the_sample_is_no_finding(run, report, sentence):
    assert findings(run, report, sentence) == []


def test_a_judgement_beside_no_method_words_is_still_a_finding(run, report):
    f = one(run, report, "Early help workers recorded the reasons for closing the case clearly.\n")
    assert f.polarity == "strength" and f.teams == ["Early Help"]


# --- teams: fostered children, a CP cohort label ---------------------------------------------


def test_fostered_children_name_fostering(run, report):
    f = one(run, report, "The views of fostered children were rarely recorded in annual reviews.\n")
    assert f.teams == ["Fostering"] and "voice_of_child" in f.themes


def test_a_plan_for_long_term_fostering_names_no_team(run, report):
    f = one(run, report, "The plan for long-term fostering had drifted for a year.\n")
    assert f.teams == []


def test_a_cp_cohort_label_names_child_protection(run, report):
    # (a team in the report's first lines is its scope, so the item follows a line of its own)
    f = one(run, report, "Headlines by cohort\n\n\u2022 CP \u2013 visits were timely\n")
    assert f.teams == ["Child Protection"]


def test_cp_plans_name_no_team(run, report):
    f = one(run, report, "Headlines by cohort\n\n\u2022 CP plans were not SMART\n")
    assert f.teams == []


# --- themes: the child's words, knowing children well, a manager's approval, a frequency -----


def test_the_childs_words_are_the_voice_of_the_child(run, report):
    f = one(run, report, "Too often the child\u2019s words are paraphrased in the record.\n")
    assert "voice_of_child" in f.themes


def test_a_workers_words_are_no_voice_of_the_child(run, report):
    fs = findings(run, report, "Too often the worker\u2019s words are paraphrased in the record.\n")
    assert all("voice_of_child" not in f.themes for f in fs)


def test_workers_who_know_their_children_well_is_relationships(run, report):
    f = one(run, report, "Social workers know their children well.\n")
    assert f.polarity == "strength" and "relationships" in f.themes


def test_workers_who_know_the_procedures_well_is_no_relationships(run, report):
    fs = findings(run, report, "Social workers know the procedures well.\n")
    assert all("relationships" not in f.themes for f in fs)


def test_a_managers_approval_is_management_oversight(run, report):
    f = one(run, report, "Unplanned moves were approved by a team manager in every case, which is positive.\n")
    assert f.polarity == "strength" and "management_oversight" in f.themes


def test_approval_by_a_panel_is_no_management_oversight(run, report):
    fs = findings(run, report, "Unplanned moves were approved by the panel in every case, which is positive.\n")
    assert all("management_oversight" not in f.themes for f in fs)


def test_a_frequency_met_or_missed(run, report):
    f = one(run, report, "Supervision happens at the expected frequency for most workers.\n")
    assert f.polarity == "strength" and "management_oversight" in f.themes
    f = one(run, report, "Supervision does not happen at the expected frequency for most workers.\n")
    assert f.polarity == "improvement"


# --- the head of a short item under a polarity list header names its theme -----------------


def test_the_head_of_an_item_under_a_header_names_its_theme(run, report):
    fs = findings(run, report, "What needs to improve:\n\u2013 The recording of the reason for a decision.\n"
                               "\u2013 The involvement of health colleagues in strategy meetings.\n")
    by_text = {f.text: f for f in fs}
    item = by_text["The recording of the reason for a decision"]
    assert item.polarity == "improvement" and "recording_quality" in item.themes and "(list item)" in item.rule
    assert "multi_agency" in by_text["The involvement of health colleagues in strategy meetings"].themes


def test_a_generic_word_further_into_an_item_or_outside_a_list_names_no_theme(run, report):
    fs = findings(run, report, "What needs to improve:\n\u2013 Fathers left out of plans and of the recording.\n")
    assert fs and all("recording_quality" not in f.themes for f in fs)
    fs = findings(run, report, "The recording of the reason for a decision was discussed at the meeting.\n")
    assert all("recording_quality" not in f.themes for f in fs)


# --- rows of a space-aligned action tracker are findings of their own ------------------------


TRACKER = (
    "Action tracker\n"
    "Ref   Action                                                   Status      RAG\n"
    "1.1   Supervision template revised so that every session is   Complete    GREEN\n"
    "      reflective\n"
    "1.2   Core groups for every child on a plan                     Slipping    AMBER\n"
    "1.3   Fathers invited to every child protection conference      Off track   RED\n"
)


def test_each_row_of_a_tracker_is_its_own_finding(run, report):
    fs = [f for f in findings(run, report, TRACKER) if f.value is None]
    rows = {f.text.split()[0]: f for f in fs}
    assert {"1.1", "1.2", "1.3"} <= set(rows)
    assert rows["1.1"].polarity == "strength" and rows["1.2"].polarity == "improvement"
    assert all("\n1." not in f.text for f in fs)


def test_a_wrapped_sentence_that_starts_a_line_with_a_number_is_not_split(run, report):
    fs = findings(run, report, "Workers had reviewed the plans for\n12 children and the reviews were timely.\n")
    assert [f.text for f in fs] == ["Workers had reviewed the plans for\n12 children and the reviews were timely"]


# --- "rare" composes with what is rare ------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Summary\n\n\u2022 Letters written to the child: rare\n",
    "Recorded reflection in supervision is still rare.\n",
    "Reflective supervision was seen in very few cases.\n",
])
def test_a_practice_that_is_rare_is_an_improvement(run, report, sentence):
    f = one(run, report, sentence)
    assert f.polarity == "improvement"


@pytest.mark.parametrize("sentence", [
    "Delays in allocation were rare.\n",
    "Drift was seen in very few cases.\n",
])
def test_a_concern_that_is_rare_is_a_strength(run, report, sentence):
    f = one(run, report, sentence)
    assert f.polarity == "strength" and "minimised concern" in f.rule


# --- real8: a spaced dash between a concern and a strength ----------------------------------


def test_a_spaced_dash_splits_a_concern_from_a_strength(run, report):
    fs = findings(run, report, "Summary.\n\nThe quality of screening decisions was variable \u2013 thresholds were "
                               "applied well in most contacts.\n")
    assert {(f.text, f.polarity) for f in fs} == {
        ("The quality of screening decisions was variable", "improvement"),
        ("thresholds were applied well in most contacts", "strength")}


def test_a_hyphen_inside_a_word_splits_nothing(run, report):
    # "multi-agency" is one word: no half-word clause ("agency meetings that ...") comes out of it
    fs = findings(run, report, "Summary.\n\nRecording was poor in the multi-agency meetings that were well "
                               "attended by partners.\n")
    assert not any(f.text.endswith("multi") or f.text.startswith("agency") for f in fs)


# --- real8: more judgement and theme wordings -------------------------------------------------


@pytest.mark.parametrize("sentence, theme", [
    ("Supervision records were thin.\n", "management_oversight"),
    ("Attendance at the mandatory safeguarding course is poorer than last year.\n", "training_need"),
    ("The most common complaint from parents was about changes of worker.\n", "workforce_stability"),
    ("The spread between teams was wide.\n", "consistency"),
    ("Plans were less clear about what the child wanted.\n", "voice_of_child"),
    ("Adult services were rarely invited early enough.\n", "timeliness"),
])
def test_real8_concern_wordings(run, report, sentence, theme):
    f = one(run, report, sentence)
    assert f.polarity == "improvement" and theme in f.themes


@pytest.mark.parametrize("sentence, theme", [
    ("The new assessment template has helped workers to keep their analysis in one place.\n", "template_use"),
    ("Changes of case manager were handled well.\n", "workforce_stability"),
    ("Workers had clearly spent time getting to know the child.\n", "relationships"),
])
def test_real8_strength_wordings(run, report, sentence, theme):
    f = one(run, report, sentence)
    assert f.polarity == "strength" and theme in f.themes


def test_a_case_manager_is_a_practitioner_not_management(run, report):
    f = one(run, report, "Case managers recorded the child's own account well.\n")
    assert "management_oversight" not in f.themes


def test_a_young_person_who_helped_to_write_the_plan_is_no_helped_strength(run, report):
    f = one(run, report, "Few plans showed how the young person had helped to write them.\n")
    assert f.polarity == "improvement" and "voice_of_child" in f.themes


# --- lexicon precision: "leaders" alone is no management oversight ---------------------------


def test_leaders_alone_name_no_management_oversight(run, report):
    fs = findings(run, report, "Leaders have improved the help that families receive from the duty team.\n")
    assert all("management_oversight" not in f.themes for f in fs)


def test_team_managers_giving_direction_are_management_oversight(run, report):
    f = one(run, report, "Team managers gave clear direction on every case.\n")
    assert "management_oversight" in f.themes


# --- a practice "recorded well" is that practice, not the record's quality -------------------


@pytest.mark.parametrize("sentence, theme", [
    ("The young person\u2019s own account was recorded well.\n", "voice_of_child"),
    ("Life story work was thoughtful and well recorded.\n", "relationships"),
])
def test_a_practice_recorded_well_is_that_practice(run, report, sentence, theme):
    f = one(run, report, sentence)
    assert f.polarity == "strength" and f.themes == [theme]


@pytest.mark.parametrize("sentence", [
    "The reasons for decisions were not always recorded.\n",
    "Workers were concise and recorded the family history clearly.\n",
])
def test_a_gap_in_the_record_or_an_active_record_stays_recording_quality(run, report, sentence):
    f = one(run, report, sentence)
    assert "recording_quality" in f.themes


# --- more wordings of the two new sets -------------------------------------------------------


@pytest.mark.parametrize("sentence, polarity, theme", [
    ("Planning for safety was the weakest part of the work.\n", "improvement", "risk_analysis"),
    ("Assessments weighed risks and protective factors well.\n", "strength", "risk_analysis"),
    ("Too often the assessment listed incidents without saying what it meant for the child.\n", "improvement",
     "reflection_analysis"),
    ("Visits at the frequency set in the plan happened in most cases.\n", "strength", "timeliness"),
    ("Newer workers asked for more help with writing plans.\n", "improvement", "training_need"),
])
def test_new_set_wordings(run, report, sentence, polarity, theme):
    f = one(run, report, sentence)
    assert f.polarity == polarity and theme in f.themes


def test_the_practice_that_moved_furthest_or_least(run, report):
    f = one(run, report, "Practice with care leavers has moved furthest this year.\n")
    assert f.polarity == "strength" and f.teams == ["Care Leavers"]
    f = one(run, report, "Practice with care leavers has moved least this year.\n")
    assert f.polarity == "improvement"


def test_a_front_sheet_is_no_finding(run, report):
    fs = findings(run, report, "REPORT OF: Head of Service, Care Leavers\n"
                               "SUBJECT: Themed audit of placement stability, spring 2025\n")
    assert fs == []


def test_a_sentence_naming_its_subject_is_still_a_finding(run, report):
    f = one(run, report, "Placement stability improved for care leavers this year.\n")
    assert f.polarity == "strength" and "permanence" in f.themes


@pytest.mark.parametrize("sentence, polarity, theme", [
    ("\u2022 Warm, respectful relationships between workers and young people\n", "strength", "relationships"),
    ("Parents rated the family group conference highly.\n", "strength", "family_engagement"),
    ("Progress across the teams is not yet even.\n", "improvement", "consistency"),
])
def test_warmth_high_ratings_and_uneven_progress(run, report, sentence, polarity, theme):
    f = one(run, report, sentence)
    assert f.polarity == polarity and theme in f.themes


def test_a_rating_with_no_high_is_no_strength(run, report):
    fs = findings(run, report, "Parents rated the family group conference at the annual meeting.\n")
    assert all(f.polarity != "strength" for f in fs)


# --- a recommendation to note a paper is procedure ---------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Recommendation to the Board: to note the report and the panel\u2019s observations.\n",
    "Recommendation: that the Panel notes the findings and asks for an update on supervision in six months.\n",
])
def test_a_recommendation_to_note_a_paper_is_no_finding(run, report, sentence):
    assert findings(run, report, sentence) == []


def test_a_recommendation_about_practice_is_still_a_finding(run, report):
    f = one(run, report, "Recommendation: supervision records should show reflection.\n")
    assert f.polarity == "improvement" and "reflection_analysis" in f.themes
