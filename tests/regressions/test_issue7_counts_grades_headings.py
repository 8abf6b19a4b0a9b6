"""Issue 7 (development set real6): headings, counts and grades as other writers put them.

One group per failure kind, each with a case that must be read and a case of the same look
that must not: a capital heading ending in a bracketed qualifier, run-in slide titles that
name no practice area, the bands of a rating key, counts whose total was stated a few
sentences before, counts in words of a group named before, "In N cases," on its own, a
count "of them" after a total in its own sentence, "a further N", grade labels with a
colon, "judged ... to be (of) good", a grade before "practice", a change in percentage
points of a graded share, an aim as a target, "in half" after a count, the themes a figure
carries (a one-subject section's; none on a context share) and a clause with its own
subject after a figure.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings, heading_level
from picks import figure, figures, values


# 1. a capital heading with a bracketed qualifier ------------------------------------------

def test_a_capital_heading_may_end_in_a_bracketed_qualifier(run):
    text = ("Quarterly Audit Scorecard\n\nSUPERVISION\n\nSupervision was monthly in 30 of the 40 files.\n\n"
            "RESULTS BY LOCALITY (every standard together)\nLocality | Files | Standards met\n"
            "North | 20 | 66%\nSouth | 20 | 74%\n")
    assert "RESULTS BY LOCALITY (every standard together)" in [h.text for h in detect_headings(text)]
    found = run(text)
    assert figure(found, 66.0).section == "other"  # no longer under SUPERVISION
    assert figure(found, 75.0).section == "supervision"


def test_a_bracket_does_not_make_a_mixed_case_line_a_heading():
    assert heading_level("CAMHS (the local service) was slow to respond", blank_before=True, blank_after=True) is None
    assert heading_level("The FRONT DOOR (MASH) team", blank_before=True, blank_after=False) is None


# 2. run-in slide titles that name no practice area ----------------------------------------

DECK = ("Audit of Child in Need Plans\n\n1\n\nPLANS Plans named who would do what\n\n"
        "by when in 19 of the 30 cases.\n\n2\n\nVISITS Children were seen on time in\n\n"
        "26 of the 30 cases.\n\n3\n\nFAMILY FEEDBACK Eight carers were phoned after\n\n"
        "the audit, and six of the eight said the plan made sense to them.\n")


def test_a_run_in_title_naming_no_area_ends_the_slide_before_it_in_a_deck(run):
    found = run(DECK)
    assert figure(found, 63.3).section == "planning"
    assert figure(found, 86.7).section == "visiting"
    assert figure(found, 75.0).section == "other"  # FAMILY FEEDBACK, not VISITS


def test_capitals_inside_a_slide_of_a_deck_open_no_section(run):
    text = DECK.replace("26 of the 30 cases.\n", "26 of the 30 cases.\n\nMASH Checks were complete in\n\n27 of the 30 cases.\n")
    assert figure(run(text), 90.0).section == "visiting"  # no slide number above "MASH": no new slide


def test_capitals_opening_a_line_outside_a_deck_open_no_section(run):
    text = ("Annual Audit Report 2024\n\nVISITS\n\nChildren were seen on time in 26 of the 30 cases.\n"
            "LADO Referrals were discussed with the designated officer in 12 of the 30 cases.\n")
    found = run(text)
    assert figure(found, 40.0).section == "visiting"  # one run-in title only: no deck


# 3. the bands of a rating key --------------------------------------------------------------

def test_the_bands_of_a_rating_key_are_not_figures(run):
    text = ("Standards Scorecard 2024\n\nKEY\n\nKey | GREEN = met in 85% or more | AMBER = 65% to 84% | RED = below 65%\n\n"
            "ASSESSMENT\n\nAssessments were completed on time in 72% of cases.\n")
    assert values(run(text)) == [72.0]


def test_a_share_written_with_an_equals_sign_is_still_a_figure(run):
    text = "Audit Summary 2024\n\nGRADES\n\nGood or better = 64% of files; Inadequate = 9%.\n"
    found = run(text)
    assert values(found) == [9.0, 64.0]
    assert figure(found, 64.0).grade == "good"


# 4. a count of things whose total was stated a few sentences before ------------------------

def test_a_count_takes_the_total_of_the_same_things_stated_earlier_in_its_section(run, report):
    found = run(report("Overall, 27/36 audits (75%) were graded good or better. That is the best result "
                       "for three years. Four audits were graded inadequate.\n", heading="OVERALL QUALITY"))
    four = figure(found, 11.1)
    assert (four.count, four.denominator, four.grade) == (4, 36, "inadequate")


def test_a_count_of_other_things_or_across_a_section_finds_no_total(run):
    text = ("Audit Report 2024\n\nVISITS\n\nVisits were on time for 40/50 children. Most visits were "
            "purposeful. Three managers had left during the year.\n\nSUPERVISION\n\n"
            "Supervision was regular. Notes were brief. Six children had a new worker.\n")
    assert values(run(text)) == [80.0]


# 5. "In N cases," alone in its sentence -----------------------------------------------------

def test_in_n_cases_alone_counts_out_of_the_cases_stated_before(run, report):
    found = run(report("Referrals were made before 20 weeks in 15 of the 20 cases. Sharing of history "
                       "was patchy. In four cases, the midwife had not been told of earlier proceedings.\n"))
    four = figure(found, 20.0)
    assert (four.count, four.denominator) == (4, 20)


def test_in_n_cases_before_a_count_is_that_counts_total(run, report):
    found = run(report("Of the 50 cases, 30 were seen. In 30 cases, 24 had been seen alone.\n"))
    assert values(found) == [60.0, 80.0]


# 6. a count in words of a group named before -------------------------------------------------

def test_a_count_in_words_of_a_group_named_before_is_a_figure(run, report):
    found = run(report("Nine care leavers were interviewed. Seven of the nine were judged good.\n",
                       heading="CARE LEAVERS"))
    seven = figure(found, 77.8)
    assert (seven.count, seven.denominator, seven.grade) == (7, 9, "good")


def test_small_counts_in_words_of_a_group_stay_prose(run, report):
    found = run(report("Three managers were asked. Two of the three were positive, and one of the eight said little.\n"))
    assert figures(found) == []


# 7. "... in all N things, and ... in M of them" and "a further N" ---------------------------

def test_of_them_after_a_total_in_its_own_sentence(run, report):
    found = run(report("Police attended all 30 meetings, and education in 18 of them.\n", heading="MEETINGS"))
    eighteen = figure(found, 60.0)
    assert (eighteen.count, eighteen.denominator) == (18, 30)


def test_all_n_alone_is_no_figure(run, report):
    assert figures(run(report("Police attended all 30 meetings, and schools attended most.\n"))) == []


def test_a_further_n_continues_a_count_out_of_a_total(run, report):
    found = run(report("Late plans accounted for 12 of the 60 escalations, and missing reviews for a further 9.\n"))
    assert values(found) == [15.0, 20.0]


def test_a_further_percentage_is_read_once(run, report):
    found = run(report("Half of the young people attended, and a further 20% sent their views.\n"))
    assert values(found) == [20.0, 50.0]


# 8. grades: a label with a colon, "judged ... to be of good", a grade before "practice" -----

def test_a_grade_label_with_a_colon_grades_its_count_and_share(run):
    text = ("Monthly Audit Summary\n\nGRADES\n\nGood or better: 14 (47%)\nRequires improvement: 12 (40%)\n"
            "Inadequate: 4 (13%)\n")
    found = run(text)
    assert figure(found, 40.0).grade == "requires_improvement"
    assert figure(found, 13.0).grade == "inadequate"


def test_a_measure_label_with_a_colon_gives_no_grade(run):
    found = run("Monthly Audit Summary\n\nVISITS\n\nSeen alone: 12 (40%)\n")
    assert figure(found, 40.0).grade is None


def test_judged_to_be_of_good_quality_is_a_grade(run, report):
    found = run(report("Reviewers judged the plan to be of good quality in 62% of the files they read.\n"))
    assert figure(found, 62.0).grade == "good"


def test_good_quality_without_a_judging_verb_is_no_grade(run, report):
    found = run(report("Plans were up to date for 30 of the 40 children and were of good quality.\n"))
    assert figure(found, 75.0).grade is None


def test_a_grade_before_practice_grades_the_figure(run, report):
    found = run(report("Inadequate practice was found in 8% of audits.\n", heading="OVERALL"))
    assert figure(found, 8.0).grade == "inadequate"


def test_practice_after_an_ordinary_word_gives_no_grade(run, report):
    found = run(report("Reflective practice was seen in 8% of audits.\n", heading="OVERALL"))
    assert figure(found, 8.0).grade is None


# 9. a change in percentage points of a graded share -----------------------------------------

def test_a_points_change_keeps_the_grade_of_the_share_before(run, report):
    found = run(report("This quarter, 60% of audits were graded good or better. That is 7 percentage points "
                       "higher than a year ago.\n", heading="OVERALL"))
    seven = figure(found, 7.0)
    assert (seven.figure_kind, seven.grade, seven.grade_qualifier, seven.polarity) == ("change", "good", "or_above", "strength")
    assert "graded figure before" in seven.rule


def test_a_points_change_after_an_ungraded_share_takes_no_grade(run, report):
    found = run(report("Visits were on time in 60% of cases. That is 7 percentage points higher than a year ago.\n"))
    assert figure(found, 7.0).grade is None


# 10. an aim is a target ----------------------------------------------------------------------

def test_an_aim_for_a_share_is_a_target(run, report):
    found = run(report("The service's aim for next year is for 75% of audits to be good or better.\n", heading="OVERALL"))
    aim = figure(found, 75.0)
    assert (aim.figure_kind, aim.polarity, aim.grade) == ("target", "neutral", "good")


def test_a_result_without_an_aim_is_a_result(run, report):
    found = run(report("This year 75% of audits were good or better.\n", heading="OVERALL"))
    assert figure(found, 75.0).figure_kind == "result"


# 11. "in half" closing a clause after a count ------------------------------------------------

def test_in_half_after_a_count_is_half_of_the_things_counted(run, report):
    found = run(report("Case notes were signed off in 9 of the 12 files. Actions were followed up in half.\n",
                       heading="SUPERVISION"))
    assert values(found) == [50.0, 75.0]
    assert "half_of_them" in figure(found, 50.0).rule


def test_in_half_with_no_count_before_is_no_figure(run, report):
    assert figures(run(report("The waiting list was cut in half. Referrals kept rising.\n"))) == []


# 12. the themes a figure carries: a one-subject section's, none for a context share ----------

def test_a_judged_figure_in_a_one_subject_section_takes_its_theme(run, report):
    found = run(report("This was done well in only 9 of the 20 files.\n", heading="MANAGEMENT OVERSIGHT"))
    nine = figure(found, 45.0)
    assert nine.polarity != "neutral" and nine.themes == ["management_oversight"]


def test_a_judged_figure_in_a_practice_section_with_no_subject_takes_none(run, report):
    found = run(report("This was done well in only 9 of the 20 files.\n", heading="PLANS"))
    assert figure(found, 45.0).themes == []


def test_a_context_share_names_no_theme_but_keeps_its_circumstance(run, report):
    found = run(report("Of the 40 children, 12 were placed with foster carers in adoption placements. Video calls "
                       "were used for 18 of the 40 children during lockdown.\n", heading="CONTEXT OF THE AUDIT"))
    assert figure(found, 30.0).polarity == "neutral" and figure(found, 30.0).themes == []
    assert figure(found, 45.0).themes == ["covid_impact"]


def test_a_judged_share_keeps_its_themes(run, report):
    found = run(report("Chronologies were up to date in 30 of the 40 files.\n", heading="CHRONOLOGY"))
    assert figure(found, 75.0).themes


# 13. a clause with its own subject after a figure is a finding of its own -------------------

def test_a_clause_with_its_own_subject_after_a_figure_is_its_own_finding(run, report):
    found = run(report("Five of the ten plans were judged good, and the views of young people were clearly "
                       "recorded in every plan.\n", heading="CARE LEAVERS"))
    assert figure(found, 50.0).grade == "good"
    tails = [f for f in found if f.value is None]
    assert [f.text for f in tails] == ["the views of young people were clearly recorded in every plan"]
    assert tails[0].polarity == "strength" and "voice_of_child" in tails[0].themes


def test_an_elliptical_clause_after_a_figure_stays_with_it(run, report):
    found = run(report("Visits were on time in 30 of the 40 cases, and were mostly unannounced.\n", heading="VISITS"))
    assert [f.value for f in found] == [75.0]
