"""Issue 7, teams on real published text: job titles tag no team, general cohort phrasings
name the team that serves the cohort, and descriptions of children or plans name none.
Each kind has a positive and a negative case."""
from __future__ import annotations

import pytest


def teams_of(run, report, sentence: str) -> list[list[str]]:
    fs = run(report(sentence))
    assert fs, f"no finding in {sentence!r}"
    return [f.teams for f in fs]


# --- job titles -----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "- The Service Manager, Leaving Care, reported that plans were not SMART.\n",
    "- The Head of Service for Children in Care and Care Leavers said plans were not SMART.\n",
    "- The Fostering Service Manager said that plans were not SMART.\n",
    "- The Designated Nurse for Looked After Children found that plans were not SMART.\n",
    "- The Early Help Coordinator said that plans were not SMART.\n",
])
def test_a_team_inside_a_job_title_is_not_a_team(run, report, sentence):
    assert all(t == [] for t in teams_of(run, report, sentence))


@pytest.mark.parametrize("sentence, team", [
    # the same words outside a title, and staff of a team (plural, lower case), still name it
    ("- The Service Manager said that plans for care leavers were not SMART.\n", "Care Leavers"),
    ("- Early Help managers gave clear direction on every case.\n", "Early Help"),
    ("- The fostering team was slow to approve plans.\n", "Fostering"),
])
def test_a_team_beside_a_title_or_named_by_its_staff_is_a_team(run, report, sentence, team):
    assert any(team in t for t in teams_of(run, report, sentence))


def test_job_title_words_are_lexicon_data(tmp_path, run, report):
    import focusfive_nlp

    text = report("- The Fostering Worker said that plans were not SMART.\n")
    assert any("Fostering" in f.teams for f in run(text))  # "Worker" is no role word of the default lexicon
    (tmp_path / "teams.yaml").write_text("job_titles: [Worker]\n", encoding="utf-8")
    custom = focusfive_nlp.load_pipeline(teams=[str(tmp_path / "teams.yaml")])
    fs = focusfive_nlp.extract(text, nlp=custom)
    assert fs and all(f.teams == [] for f in fs)


# --- cohort phrasings -----------------------------------------------------------------------


@pytest.mark.parametrize("sentence, team", [
    ("- Plans for the children we look after were not SMART.\n", "LAC"),
    ("- Plans for looked after young people were not SMART.\n", "LAC"),
    ("- Care-experienced young people said their plans were not SMART.\n", "Care Leavers"),
    ("- The Leaving Care Team kept pathway plans up to date.\n", "Care Leavers"),
    ("- Transition plans for disabled young people were late.\n", "Disabled Children"),
    ("- Plans for children in long-term foster placements were not SMART.\n", "Fostering"),
])
def test_cohort_phrasing_names_its_team(run, report, sentence, team):
    assert any(team in t for t in teams_of(run, report, sentence))


@pytest.mark.parametrize("sentence", [
    "- Plans for children on a child protection plan were not SMART.\n",
    "- Plans for children subject to child protection plans were not SMART.\n",
    "- Child in need plans were not SMART.\n",
    "- Life story work was poor for children with a plan of long-term fostering.\n",
])
def test_description_of_children_or_plans_names_no_team(run, report, sentence):
    assert all(t == [] for t in teams_of(run, report, sentence))


def test_leaving_care_team_is_care_leavers_not_pathway(run, report):
    teams = teams_of(run, report, "- The Leaving Care Team was slow to respond.\n")
    assert all("Pathway" not in t for t in teams)
    assert any("Pathway" in t for t in teams_of(run, report, "- Pathway plans were not SMART.\n"))


# --- round 3 (real4 / real5) --------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    # plans of two cohorts joined by "and": the plans describe children, neither is a team
    "- Contingency plans were missing in 29 of the 90 child in need and child protection plans.\n",
    "- Contingency plans were not SMART in any child in need and child protection plan.\n",
    # a mention wrapped before its noun is read across the line break
    "- The CIN\n  plans were not SMART.\n",
])
def test_coordinated_or_wrapped_plan_descriptions_name_no_team(run, report, sentence):
    assert all("Children in Need" not in t for t in teams_of(run, report, sentence))


@pytest.mark.parametrize("sentence, team", [
    ("- Children in Need and Child Protection teams were not SMART in their planning.\n", "Children in Need"),
    ("- Drift in plans for children in need was not challenged.\n", "Children in Need"),
    ("- Plans for young people still in care were not SMART.\n", "LAC"),
    ("- Staying put had not been discussed with young people living with foster carers.\n", "Fostering"),
])
def test_lowercase_cohort_and_team_names_still_name_their_team(run, report, sentence, team):
    assert any(team in t for t in teams_of(run, report, sentence))


def test_the_front_door_is_not_the_mash(run, report):
    # the sets' convention: "the front door" names no team; the MASH by its name does
    assert all("MASH" not in t for t in teams_of(run, report, "- Multi-agency working at the front door was poor.\n"))
    assert any("MASH" in t for t in teams_of(
        run, report, "- Referrals into the multi-agency safeguarding hub were not screened promptly.\n"))


def test_agency_table_rows_tag_only_agencies_of_the_lexicon(run, report):
    text = report("The share of records that recorded the risk was:\n\nAgency\tRecorded the risk\n"
                  "Police\t100%\nYouth Justice Service\t86% (6 of 7)\nHealth\t42%\n", heading="Risk assessment")
    rows = {f.text.split("\t")[0].split()[0]: f.teams for f in run(text) if f.value is not None}
    assert "YOS" in rows["Youth"]
    assert rows["Police"] == [] and rows["Health"] == []


# --- round 4: one sentence's teams, predicate cohorts, titles, bodies, plans ---------------------


def _teams_with(run, report, text: str, words: str) -> list[str]:
    hits = [f for f in run(report(text)) if words in f.text]
    assert hits, f"no finding with {words!r}"
    return hits[0].teams


@pytest.mark.parametrize("text, words, team", [
    # a later clause with no team of its own continues the subject of the earlier one
    ("Plans for children in care were reviewed at every review, but contingency plans were rarely written.\n",
     "contingency plans", "LAC"),
    ("The MASH made timely decisions, although consent to share information was not always recorded.\n",
     "consent", "MASH"),
])
def test_a_later_clause_keeps_the_team_of_its_sentences_subject(run, report, text, words, team):
    assert team in _teams_with(run, report, text, words)


@pytest.mark.parametrize("text, words", [
    # the team is what the earlier clause's verb reaches, not its subject
    ("Planning had improved for the children in care, although some plans were slow to be put into effect.\n",
     "slow"),
    ("Risk was well analysed in cases held by the YOT, but the analysis of neglect was weak.\n", "neglect"),
    # a team of the sentence before is not carried over
    ("Plans for children in care were reviewed at every review. Contingency plans were not SMART.\n",
     "Contingency"),
])
def test_a_team_outside_the_earlier_subject_is_not_carried(run, report, text, words):
    assert _teams_with(run, report, text, words) == []


@pytest.mark.parametrize("sentence", [
    "- On 31 March, 412 children were in our care, and reviews were not held on time.\n",
    "- Of the 84 children who became looked after in the year, too many waited for a plan.\n",
    "- Children who remained in care after a year did not have a permanence plan.\n",
])
def test_a_cohort_named_by_its_predicate_is_lac(run, report, sentence):
    assert any("LAC" in t for t in teams_of(run, report, sentence))


@pytest.mark.parametrize("sentence", [
    # "looked after" of people other than children in care, and an adoption timescale
    "- Foster carers said they felt supported, but reviews were not held on time.\n",
    "- 16 of the 20 adoption cases met the timescale from entering care to placement.\n",
])
def test_no_cohort_no_lac(run, report, sentence):
    assert all("LAC" not in t for t in teams_of(run, report, sentence))


def test_a_title_with_capitalised_words_before_the_team_is_a_job_title(run, report):
    text = "- The Head of Social Work, Children Looked After and Care Leavers, said that plans were not SMART.\n"
    assert all(t == [] for t in teams_of(run, report, text))
    # a capitalised sentence opener before a team is no title
    assert any("Early Help" in t for t in teams_of(run, report, "- In Early Help, plans were not SMART.\n"))


@pytest.mark.parametrize("sentence, team", [
    ("- The Care Leavers Forum said that plans were not SMART.\n", "Care Leavers"),
    ("- National standards of the Youth Justice Board were not met in planning.\n", "YOS"),
])
def test_bodies_named_after_a_cohort_are_not_the_team(run, report, sentence, team):
    assert all(team not in t for t in teams_of(run, report, sentence))
    # the service itself is still tagged
    plain = sentence.replace("Care Leavers Forum", "care leavers").replace("the Youth Justice Board", "the youth justice service")
    assert any(team in t for t in teams_of(run, report, plain))


def test_a_plan_for_adoption_or_fostering_is_a_plan_not_the_service(run, report):
    assert all("Fostering" not in t for t in teams_of(
        run, report, "- Life story work was poor for children with a plan for adoption or long-term fostering.\n"))
    assert any("Fostering" in t for t in teams_of(run, report, "- Plans for fostering households were not SMART.\n"))


# --- plural service names (docs/team-vocabulary.md) -------------------------------------------


@pytest.mark.parametrize("sentence, team", [
    ("- Youth offending services were slow to share plans.\n", "YOS"),
    ("- Youth justice services gave clear direction on every case.\n", "YOS"),
])
def test_plural_service_names_name_the_service(run, report, sentence, team):
    assert all(t == [team] for t in teams_of(run, report, sentence))


def test_the_youth_offending_team_stays_the_team(run, report):
    # the team's own name keeps its own tag, not the service's
    assert all(t == ["YOT"] for t in teams_of(run, report, "- The youth offending team was slow to share plans.\n"))


# --- round 3 (docs/team-vocabulary.md): "cared for children", some councils' name for children in care


@pytest.mark.parametrize("sentence", [
    "- Cared for children were visited within timescale.\n",
    "- Plans for our cared for young people were not up to date.\n",
])
def test_cared_for_children_are_children_in_care(run, report, sentence):
    assert all("LAC" in t for t in teams_of(run, report, sentence))


@pytest.mark.parametrize("sentence", [
    # the verb: what carers did, no cohort
    "- Foster carers who have cared for children with complex needs were well supported.\n",
    "- Carers who cared for young people over sixteen were well supported.\n",
])
def test_caring_for_children_as_a_verb_names_no_cohort(run, report, sentence):
    assert all("LAC" not in t for t in teams_of(run, report, sentence))
