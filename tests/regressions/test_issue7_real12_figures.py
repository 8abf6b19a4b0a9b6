"""Issue 7 (development sets real12, real13): figures, graded figures, their polarity, and headings.

Kinds taught here, each with a case that must stay as it was:
- a slide's big number alone on its line takes its measure (and grade) from the line under it,
  also where a PDF reader sets that line apart as a paragraph of its own ("8%" / "inadequate ↓");
- an arrowed change in points ("↑ 5 points since March") is a change of the judged share before it;
- a report's title under a part divider ("PART 2") is read as a title, as at the start of a text;
- "Finding 2 - ... (MEDIUM)" headings; a numbered paragraph wrapped before its figure is no heading;
- figures of the sample's exclusions, "every one of them" and zero cells of a tally count nothing;
- counts: "12 went to ...", "in three of those four", a count of authorities that improved;
- a count in a table row its rating cell judges ("12 of 20  Not effective") counts the standard met;
- a child's change of school under a weakness header describes the children;
- "Only" before a share of a practice ("Only one in four records said ...") is too few of a good thing;
- polarity: a standard's rhythm ("within the required four-weekly interval"), "took longer than
  20 working days", an action "at risk", children "reported missing" as who is counted, and a
  header word that is what a count counts ("7 of the 10 recommendations had already been ...").
"""
from __future__ import annotations

from focusfive_nlp.readers import text_document
from focusfive_nlp.structure import detect_headings
from picks import figure, figures, values


# --- slide big numbers -----------------------------------------------------------------------

SLIDE = ("AUDIT RESULTS THIS QUARTER\n"
         "52%\n"
         "good or better ↑ from 47%\n"
         "12%\n"
         "inadequate ↓ from 15%\n")


def test_a_lone_big_number_takes_the_grade_on_the_line_under_it(run):
    found = run(SLIDE)
    assert (figure(found, 12.0).grade, figure(found, 12.0).polarity) == ("inadequate", "improvement")
    assert (figure(found, 15.0).grade, figure(found, 15.0).polarity) == ("inadequate", "improvement")
    assert figure(found, 52.0).grade == "good"


def test_a_blank_line_between_the_number_and_its_line_reads_the_same(run):
    """A PDF reader makes each short slide line a paragraph: a blank line after the number."""
    spaced = SLIDE.replace("%\n", "%\n\n")
    key = lambda fs: [(f.value, f.grade, f.grade_qualifier, f.polarity) for f in figures(fs)]  # noqa: E731
    assert key(run(spaced)) == key(run(SLIDE))


def test_a_lone_number_before_a_capitalised_line_stays_apart(run):
    found = run("RESULTS\n\n64%\n\nInadequate practice was found in two of the ten teams we visited.\n")
    assert figure(found, 64.0).grade is None


def test_a_grade_word_followed_by_words_on_its_line_is_no_label(run):
    found = run("HOME CONDITIONS\n14%\ninadequate housing was recorded for these families\n")
    assert figure(found, 14.0).grade is None


# --- arrowed point changes ---------------------------------------------------------------------

def test_an_arrowed_point_change_goes_the_way_of_the_judged_share_before(run):
    found = run("VISITS Up to date in 64%\n• ↑ 5 points since March\n\nPLANS SMART: 38%\n• ↓ 4 points on Q1\n")
    assert (figure(found, 5.0).figure_kind, figure(found, 5.0).polarity) == ("change", "strength")
    assert (figure(found, 4.0).figure_kind, figure(found, 4.0).polarity) == ("change", "improvement")


def test_an_arrowed_change_after_a_context_share_judges_nothing(run):
    found = run("CHILDREN IN CARE Aged 10 to 15: 41%\n• ↑ 3 points since March\n")
    assert figure(found, 3.0).polarity == "neutral"


# --- a report's title under a part divider -------------------------------------------------------

PLAN = ("Children’s Services Improvement Plan\n"
        "Progress update for the Board – Quarter 1\n\n"
        "Overall position\n"
        "Of the 16 actions in the plan, 10 are complete and 6 are on track.\n")


def test_a_title_under_a_part_divider_is_a_title_as_at_the_start_of_a_text(run):
    joined = "PART 1\n\nVisits were on time in most cases.\n\nPART 2\n\n" + PLAN
    assert "Children’s Services Improvement Plan" not in [h.text for h in text_document(joined).headings]
    alone = [(f.section, f.value) for f in figures(run(PLAN))]
    assert [(f.section, f.value) for f in figures(run(joined))] == alone
    assert {s for s, _v in alone} == {"other"}


def test_a_parts_name_over_its_text_stays_a_heading():
    text = "Annual report\n\nPART 3\n\nCHILDREN IN CARE\nMost children in care were visited on time.\n"
    assert "CHILDREN IN CARE" in [h.text for h in detect_headings(text)]


def test_a_numbered_line_under_a_part_divider_stays_a_heading():
    text = "Audit of practice\n\nPART B\n\nB1 Risk assessment\n\nRisk was analysed well in most files.\n"
    assert "B1 Risk assessment" in [h.text for h in detect_headings(text)]


# --- headings of audit reports ------------------------------------------------------------------

AUDIT = ("Internal audit report\n\n"
         "4. Detailed findings\n\n"
         "Finding 1 - Frequency of supervision (HIGH)\n\n"
         "4.1 Supervision had been recorded within the required monthly frequency in\n"
         "18 of the 30 files (60%). In 6 files there was no supervision for three months.\n\n"
         "Finding 2 - Authorisation of case closure (MEDIUM)\n\n"
         "4.2 Closure had been authorised by a manager in 24 of the 30 files.\n")


def test_finding_headings_open_their_sections(run):
    headings = [h.text for h in detect_headings(AUDIT)]
    assert "Finding 1 - Frequency of supervision (HIGH)" in headings
    found = run(AUDIT)
    assert figure(found, 60.0).section == "supervision"
    assert figure(found, 80.0).section == "other"


def test_a_numbered_paragraph_wrapped_before_its_figure_is_no_heading():
    assert not any(h.text.startswith("4.1") for h in detect_headings(AUDIT))


def test_a_numbered_heading_ending_in_a_capital_letter_is_still_a_heading():
    text = "Self-evaluation\n\n3.2 Care planning – rated A\nMost plans are reviewed on time.\n"
    assert "3.2 Care planning – rated A" in [h.text for h in detect_headings(text)]


def test_a_finding_stated_with_its_verb_is_no_heading():
    text = "Audit summary\n\nFinding 3 - Plans were not SMART (HIGH)\n\nIn 9 of the 20 plans outcomes were vague.\n"
    assert not any(h.text.startswith("Finding 3") for h in detect_headings(text))


def test_a_finding_line_that_is_a_sentence_is_no_heading():
    text = "Audit summary\n\nFinding 4: Plans were reviewed on time in 14 of the 20 cases.\n\nMore text here.\n"
    assert not any(h.text.startswith("Finding 4") for h in detect_headings(text))


# --- numbers that count nothing ------------------------------------------------------------------

def test_cases_excluded_from_the_sample_are_no_figure(run):
    found = run("Three of the 30 files were excluded because the case had closed. "
                "Visits were on time in 21 of the 27 files read.")
    assert values(found) == [77.8]


def test_children_excluded_from_school_still_count(run):
    found = run("Of the 30 children, 6 were excluded from school during the year.")
    assert values(found) == [20.0]


def test_a_count_of_those_weeks_is_a_duration(run):
    found = run("Four visits were missed; in three of those four weeks no one called.")
    assert values(found) == []


def test_cases_tested_still_count(run):
    found = run("A manager's rationale was recorded in 12 of the 20 cases tested (60%).")
    assert values(found) == [60.0]


def test_every_one_of_them_counts_nothing(run):
    found = run("Agency workers filled 12 of our 90 posts. We welcomed 15 new workers, and every one of them "
                "had a protected caseload.")
    assert values(found) == [13.3]


def test_one_of_those_two_is_prose(run):
    found = run("Two of the eight teams were visited. In one of those two, records were late.")
    assert values(found) == [25.0]


def test_a_zero_cell_of_a_grade_tally_is_no_figure(run):
    table = ("Results by team\n\n"
             "Team                 Audited    Good    Requires improvement    Inadequate\n"
             "Front Door           10         7       3                       0\n"
             "Care Leavers          8         4       2                       2\n")
    found = values(run(table))
    assert 0.0 not in found
    assert {70.0, 30.0, 50.0, 25.0} <= set(found)


# --- counts -------------------------------------------------------------------------------------

def test_a_series_of_counts_with_went_keeps_every_count(run):
    found = run("Of those 40, twenty were resolved with the team manager, 12 went to the service manager "
                "and 8 reached the Head of Service.")
    assert values(found) == [20.0, 30.0, 50.0]


def test_a_count_of_those_just_counted_is_a_figure(run):
    found = run("Five of the 20 children moved placement; in three of those five, the new carers had "
                "not been told about the risks.")
    assert (figure(found, 60.0).count, figure(found, 60.0).denominator, figure(found, 60.0).polarity) == (
        3, 5, "improvement")


def test_a_count_of_authorities_that_improved_is_one_strength_figure(run):
    found = run("Timeliness of assessments improved in six of the nine authorities.")
    assert [(f.value, f.polarity) for f in found] == [(66.7, "strength")]
    assert "improved" in found[0].rule


def test_a_count_of_cases_that_improved_keeps_its_judgement_apart(run):
    found = run("Plans improved in 6 of the 9 cases after the review.")
    assert "improved" not in figure(found, 66.7).rule
    assert any(f.value is None and f.rule.startswith("figure:judgement") for f in found)


# --- what a figure measures -----------------------------------------------------------------------

def test_a_standards_rhythm_is_a_standard_met(run):
    found = run("Supervision had been recorded within the required six-weekly interval in 20 of the 25 files.")
    assert figure(found, 80.0).polarity == "strength"


def test_taking_longer_than_a_timescale_is_a_weakness(run):
    found = run("Too many assessments finish late: 28% of those started took longer than 45 working days.")
    assert figure(found, 28.0).polarity == "improvement"


def test_taking_part_is_still_a_strength(run):
    found = run("Children took part in 84% of their reviews.")
    assert figure(found, 84.0).polarity == "strength"


def test_actions_at_risk_in_a_plans_tally_are_a_weakness(run):
    found = run("Of the 20 actions, 12 are on track, 5 are at risk and 3 are off track.")
    assert figure(found, 25.0).polarity == "improvement"
    assert figure(found, 60.0).polarity == "strength"


def test_children_at_risk_of_harm_are_who_is_counted(run):
    found = run("Of the 30 children, 9 are at risk of exploitation.")
    assert figure(found, 30.0).polarity == "neutral"


def test_children_at_risk_at_a_sentences_end_are_who_is_counted(run):
    found = run("Of the 30 children audited, 9 are at risk.")
    assert figure(found, 30.0).polarity == "neutral"


def test_children_reported_missing_are_who_is_counted(run):
    found = run("Four in five of the children reported missing in May were home within a day.")
    assert figure(found, 80.0).polarity == "neutral"


def test_a_record_missing_is_still_a_weakness(run):
    found = run("In 6 of the 15 files the chronology was missing.")
    assert figure(found, 40.0).polarity == "improvement"


def test_a_header_word_that_is_counted_heads_no_list(run):
    found = run("By the follow-up review, 6 of the 10 recommendations had already been implemented.")
    assert [(f.value, f.polarity) for f in found] == [(60.0, "strength")]


def test_recommendations_not_implemented_are_still_a_weakness(run):
    found = run("By the follow-up review, 4 of the 10 recommendations had not been implemented.")
    assert figure(found, 40.0).polarity == "improvement"


# --- breakdowns and ages --------------------------------------------------------------------------

def test_a_breakdown_by_subject_is_neutral(run):
    found = run("A third of the complaints were about delay in planning.")
    assert (figure(found, 33.3).polarity, figure(found, 33.3).themes) == ("neutral", [])


def test_a_share_with_delay_as_its_measure_is_still_a_weakness(run):
    found = run("In 9 of the 30 cases there was delay in planning.")
    assert figure(found, 30.0).polarity == "improvement"


def test_an_age_after_a_preposition_is_no_count(run):
    found = run("However, 12 of the 40 plans did not say how the young person would be supported, and "
                "planning for where they would live after 18 was often left late.")
    assert values(found) == [30.0]


def test_a_count_after_a_lead_in_still_counts(run):
    found = run("Of the 40 plans, 18 were late.")
    assert values(found) == [45.0]


def test_what_a_case_was_about_further_on_still_judges(run):
    found = run("In 12 of the 20 cases the supervision was about tasks and not reflective.")
    assert figure(found, 60.0).polarity == "improvement"


# --- a table row its rating cell judges -------------------------------------------------------------

def _controls(third_header: str, ratings: tuple[str, str]) -> str:
    return ("Appendix B – Controls tested\n\n"
            f"Area tested                                  Result             {third_header}\n"
            f"Manager sign-off before transfer             14 of 20           {ratings[0]}\n"
            f"Case summary present on the file             18 of 20           {ratings[1]}\n")


def test_a_count_in_a_rated_row_counts_the_standard_met(run):
    found = run(_controls("Rating", ("Not effective", "Effective")))
    assert figure(found, 70.0).polarity == "strength"
    assert "rated row" in figure(found, 70.0).rule


def test_a_count_in_an_unrated_row_with_no_cue_judges_nothing(run):
    found = run(_controls("Owner", ("Head of Service", "Team Manager")))
    assert figure(found, 70.0).polarity == "neutral"


# --- "only" before a count of practice -----------------------------------------------------------------

def test_only_before_a_share_of_records_is_too_few_of_a_good_practice(run):
    found = run("Only one in five records of visits said how the child had spent the time.")
    assert figure(found, 20.0).polarity == "strength"
    assert figure(found, 20.0).rule.split("|")[1].startswith("after 'only': too few of what it counts")


def test_only_before_a_response_rate_judges_nothing(run):
    found = run("Only 14 of the 50 schools in the area replied to the survey.")
    assert figure(found, 28.0).polarity == "neutral"


# --- a move in the child's life under a list header ------------------------------------------------------

def test_children_changing_school_under_a_weakness_header_is_context(run):
    found = run("What needs to improve\n• Five of the 15 children changed school during the year\n")
    assert figure(found, 33.3).polarity == "neutral"
    assert not figure(found, 33.3).rule.split("|")[1].startswith("list header")


def test_a_clause_about_a_change_of_school_still_judges_practice(run):
    found = run("When children changed school, the new school was not told about the risks.")
    assert [f.polarity for f in found] == ["improvement"]


def test_a_bare_count_under_a_weakness_header_still_counts_the_practice_asked_for(run):
    found = run("What needs to improve\n• The school nurse came to the meeting in 5 of the 15 cases\n")
    assert figure(found, 33.3).polarity == "strength"
    assert figure(found, 33.3).rule.split("|")[1].startswith("list header (improvement): what it counts")
