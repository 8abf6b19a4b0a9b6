"""Issue 7 (real11 kinds): which clauses are findings, their polarity, teams and themes in the
shapes of PDF and slide text. A part of the service lagging behind, a good practice that is
still the exception, work missed and a hedged small share ("only about a third") are gaps; a
remedy put in place against a problem and richer work are strengths; a fall does not reach a
good word across a colon; a question put to the panel is no finding. Themes follow what is
judged: a graded or rated table row takes its label's theme, a noun after "of" another noun
is no subject, children telling inspectors something is no voice of the child, a fostering
service's supervisory visits are no management oversight. Positive and negative cases, in
wordings of our own."""
from __future__ import annotations

import pytest


def findings(run, report, body: str, heading: str = "FINDINGS"):
    return run(report(body, heading=heading))


def polarities(run, report, body: str, heading: str = "FINDINGS") -> set[str]:
    fs = findings(run, report, body, heading)
    assert fs, f"no finding in {body!r}"
    return {f.polarity for f in fs}


def themes_of(run, report, body: str, heading: str = "FINDINGS") -> set[str]:
    return {t for f in findings(run, report, body, heading) for t in f.themes}


# --- polarity of new wordings -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Audits of the Disabled Children's Team lag behind the other teams.\n",
    "Joint visits with the health visitor are still the exception in the Early Help teams.\n",
    "Statutory visits were missed for some children in the Child Protection teams.\n",
    "Only about a third of the plans set out who would do what.\n",
])
def test_lagging_behind_the_exception_missed_work_and_hedged_shares_are_gaps(run, report, body):
    assert polarities(run, report, body) == {"improvement"}


@pytest.mark.parametrize("body", [
    # "with the exception of" is a preposition; missed work said to be rare is a standard kept
    "With the exception of one file, pathway plans in the Leaving Care team were clear and up to date.\n",
    "Visits missed during the holidays were rare in the Children in Care teams.\n",
    # the share without "only" is no scarcity
    "About a third of the plans were excellent, and the rest were good.\n",
])
def test_near_wordings_are_no_gaps(run, report, body):
    assert polarities(run, report, body) == {"strength"}


@pytest.mark.parametrize("body", [
    "A weekly allocation meeting was set up in May to tackle the delay in allocating referrals.\n",
    "The service has brought in a shorter supervision template to address this.\n",
])
def test_a_remedy_put_in_place_against_a_problem_is_a_strength(run, report, body):
    assert polarities(run, report, body) == {"strength"}


@pytest.mark.parametrize("body", [
    # an aim or a plan, not a remedy in place
    "Managers should act quickly to tackle the delay in allocating referrals.\n",
    "Delay in allocating referrals remains the main weakness, and no plan is in place to address it.\n",
])
def test_an_aim_or_a_missing_remedy_is_no_strength(run, report, body):
    assert "strength" not in polarities(run, report, body)


def test_richer_work_is_a_strength_and_names_the_childs_daily_lives(run, report):
    fs = findings(run, report, "Where the tool was used, the picture of the children's daily lives was richer.\n")
    assert fs and {f.polarity for f in fs} == {"strength"}
    assert any("child_centred" in f.themes for f in fs)


@pytest.mark.parametrize("body", [
    "The new visit template has helped: case notes are shorter.\n",
    "Since the new template, case notes are shorter and clearer.\n",
])
def test_a_fall_does_not_reach_a_good_word_across_a_colon_or_an_and(run, report, body):
    assert polarities(run, report, body) == {"strength"}


def test_a_fall_of_a_good_practice_is_still_a_gap(run, report):
    assert polarities(run, report, "Reflective discussion in supervision fell away over the winter.\n") == {
        "improvement"}


def test_a_question_put_to_the_panel_is_no_finding(run, report):
    body = ("Reviews were held within timescale for most households.\n\n"
            "Members may wish to ask how the service will keep the reviews up to date over the summer.\n")
    texts = [f.text for f in findings(run, report, body)]
    assert any("within timescale" in t for t in texts)
    assert not any("may wish" in t for t in texts)


# --- themes: what is judged -------------------------------------------------------------------

def _graded_table(first: str) -> str:
    return ("Table 2  Practice elements graded good or better, Q1\n"
            "Element                          Q1     Target\n"
            f"{first:<30}{'61.0%':>7}{'75%':>9}\n"
            f"{'Overall file grade':<30}{'58.2%':>7}{'60%':>9}\n\n")


def test_a_graded_row_takes_the_theme_of_the_element_it_names(run, report):
    rows = [f for f in findings(run, report, _graded_table("Management oversight"), heading="OVERALL")
            if f.value == 61.0]
    assert rows and all("management_oversight" in f.themes for f in rows)


def test_a_graded_row_that_names_no_element_has_no_theme(run, report):
    rows = [f for f in findings(run, report, _graded_table("Management oversight"), heading="OVERALL")
            if f.value == 58.2]
    assert rows and not any(f.themes for f in rows)


def _scorecard(label: str, rag: str) -> str:
    return ("Standard                               Applicable   Met   Not met   % met   RAG\n"
            f"{label:<39}{'30':>10}{'27':>6}{'3':>10}{'90.0':>8}   {rag}\n\n")


def test_a_rated_row_names_the_theme_of_its_labels_generic_word(run, report):
    fs = findings(run, report, _scorecard("S2 Strategy and referral decisions", "Green"), heading="OVERALL")
    rated = [f for f in fs if f.value is None]
    assert rated and all("decision_making" in f.themes for f in rated)


def test_a_rated_row_with_no_theme_word_has_no_theme(run, report):
    fs = findings(run, report, _scorecard("S6 Overall file grade", "Amber"), heading="OVERALL")
    assert fs and not any(f.themes for f in fs)


def test_a_noun_after_of_another_noun_is_no_judged_subject(run, report):
    themes = themes_of(run, report, "The views of the birth children of carers were too often missing.\n")
    assert "voice_of_child" in themes
    assert "family_engagement" not in themes


def test_after_a_quantity_or_a_piece_of_work_the_noun_is_still_judged(run, report):
    assert "family_engagement" in themes_of(run, report, "Most of the carers were well supported by the team.\n")
    assert "risk_analysis" in themes_of(run, report, "Assessment of the risk to siblings was weak in most files.\n")


def test_children_telling_inspectors_is_no_voice_of_the_child(run, report):
    themes = themes_of(run, report, "Several children told inspectors about frequent changes of worker.\n")
    assert "workforce_stability" in themes
    assert "voice_of_child" not in themes


def test_the_childs_views_recorded_are_still_the_voice_of_the_child(run, report):
    assert "voice_of_child" in themes_of(run, report, "The child's views were recorded clearly in most plans.\n")


def test_supervisory_visits_to_carers_are_no_management_oversight(run, report):
    themes = themes_of(run, report, "Supervisory visits to foster carers were overdue in several households.\n",
                       heading="FOSTERING")
    assert "management_oversight" not in themes
    assert "timeliness" in themes


def test_supervision_of_casework_is_still_management_oversight(run, report):
    assert "management_oversight" in themes_of(run, report, "Supervisory oversight of the cases was strong.\n")


def test_facts_listed_without_saying_why_are_reflection_analysis(run, report):
    assert "reflection_analysis" in themes_of(
        run, report, "Chronologies often listed key events without saying why they mattered.\n")


def test_done_without_delay_is_no_reflection_analysis(run, report):
    assert "reflection_analysis" not in themes_of(run, report, "Referrals were screened without delay.\n")


# --- done without delay -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Adoption matches for the younger children were made without delay.\n",
    # the "without" of "without delay" reverses no strength after it
    "For children in care, reunification plans were carried out without delay in most cases.\n",
])
def test_work_done_without_delay_is_a_strength(run, report, body):
    fs = findings(run, report, body)
    assert fs and {f.polarity for f in fs} == {"strength"}


def test_work_done_without_what_it_needs_is_still_a_gap(run, report):
    assert polarities(run, report, "Most assessments were finished without the views of the mother.\n") == {
        "improvement"}


# --- a standard kept in every case; a home's health and safety check ---------------------------

def test_a_standard_kept_in_all_the_files_is_a_finding(run, report):
    fs = findings(run, report, "Carers' household checks were in date in all 24 files.\n")
    assert fs and {f.polarity for f in fs} == {"strength"}
    assert any("timeliness" in f.themes for f in fs)


def test_a_count_of_the_sample_is_still_no_finding(run, report):
    assert not findings(run, report, "31 audits had been completed in the Early Help teams by June.\n")


def test_a_health_and_safety_check_is_no_health_partner(run, report):
    assert "multi_agency" not in themes_of(run, report, "Health and safety checks of the home were thorough.\n")


def test_health_visitors_are_still_partners(run, report):
    assert "multi_agency" in themes_of(run, report, "Health visitors shared information well with the team.\n")
