"""Issue 7 (development sets real7, real8): figures in the layouts of dashboards, scorecards and
grade tables.

One group per failure kind, each with a case that must be read and a case of the same look
that must not: columns laid out by runs of spaces (a PDF's text, a typed table), with a row
label wrapped onto a line of its own; a "Records" column as the row's total; a place in a
sequence ("Page 1 of 2"); the bands of a rating key after a spaced dash; a rating in brackets
after a figure ("72% (Amber)"), which judges the figure and is a finding of its own; rows keyed
by number under a header row; a numbered standard labelling its met share.
"""
from __future__ import annotations

from focusfive_nlp.textview import is_table_line, plain_view
from picks import figure, figures


def ratings(findings):
    return [f for f in findings if f.rule.startswith("figure:rating")]


# 1. columns laid out by runs of spaces ----------------------------------------------------

SPACED_GRADES = (
    "Team                 Files   Good or better   Requires improvement\n"
    "North locality       20      14               6\n"
    "South locality       16      9                7\n"
)


def test_a_table_laid_out_by_spaces_reads_as_rows(run, report):
    found = run(report(SPACED_GRADES, heading="Results by team"))
    north = figure(found, 70.0)
    assert (north.grade, north.grade_qualifier, north.polarity) == ("good", "or_above", "strength")
    assert north.rule.startswith("table:")
    south_ri = figure(found, 43.8)
    assert (south_ri.grade, south_ri.polarity) == ("requires_improvement", "improvement")


def test_a_records_column_is_the_rows_total(run, report):
    text = ("Agency            Records   Good or better   Inadequate\n"
            "Health            10        6                1\n"
            "Housing           5         2                2\n")
    found = run(report(text, heading="Grades by agency"))
    assert sorted(round(f.value, 1) for f in figures(found)) == [10.0, 40.0, 40.0, 60.0]


def test_prose_with_double_spaces_is_no_table():
    text = "Plans were reviewed.  Most were on time.  A few were late.\nVisits were regular.  Children were seen alone.  Good.\n"
    assert "\t" not in plain_view(text).text
    # two cells a line (a metadata block, an inspection judgement row) stay as they were
    pairs = "Decision taken by:       Corporate Parenting Board\nDate of decision:        22 June 2021\n"
    assert plain_view(pairs).text == pairs


def test_a_single_line_of_spaced_cells_is_no_table():
    text = "Prepared by   Head of Service   for the Board\n\nThe audit looked at 30 files.\n"
    assert plain_view(text).text == text


def test_a_wrapped_row_label_stays_with_its_row(run, report):
    text = ("Measure                               Target   Q1      Q2\n"
            "Children seen alone at the most       80%      71%     77%\n"
            "recent visit\n"
            "Re-referrals within 12 months of      20%      24%     23%\n"
            "the previous referral\n")
    found = run(report(text, heading="Performance"))
    assert figure(found, 71.0).polarity == "strength"  # "seen alone" is on the wrapped line
    assert (figure(found, 20.0).figure_kind, figure(found, 20.0).polarity) == ("target", "neutral")
    assert figure(found, 24.0).polarity == "improvement"
    # the wrapped line is no finding of its own
    assert not [f for f in found if f.text.strip() in {"recent visit", "the previous referral"}]


def test_a_short_line_after_prose_is_not_a_wrapped_label(run, report):
    found = run(report("Visits were on time in 41 of the 50 cases.\nPlans were poor and often late.\n"))
    assert any(f.text.startswith("Plans were poor") for f in found)


# 2. a place in a sequence -------------------------------------------------------------------

def test_page_of_is_no_figure(run, report):
    found = run(report("Quarterly report                          Page 1 of 2\n\nSlide 3 of 12\n\n"
                       "Plans were reviewed on time in 18 of the 24 cases.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [75.0]


def test_a_count_of_things_is_still_a_figure(run, report):
    found = run(report("Three of the four pages of the plan were out of date.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [75.0]


# 3. rating bands after a spaced dash ---------------------------------------------------------

def test_rating_bands_after_a_dash_are_no_figures(run, report):
    found = run(report("Key: Green – 90% and over; Amber – 70% to 89%; Red – under 70%.\n"
                       "Visits were on time in 64% of cases.\n"))
    assert [f.value for f in figures(found)] == [64.0]


def test_a_dash_before_a_result_is_no_band(run, report):
    found = run(report("Timeliness – 85% of assessments were completed on time.\n"
                       "Re-referrals - 24% were re-referred within a year, up from 20%.\n"))
    assert {85.0, 24.0} <= {f.value for f in figures(found)}


# 4. a rating in brackets after a figure ---------------------------------------------------------

def test_a_bracketed_rating_judges_the_figure_apart(run, report):
    found = run(report("Reviews held within timescale ........ 64% (Amber)\n"
                       "Children seen alone ................... 91% (Green)\n"))
    assert figure(found, 64.0).polarity == "strength"  # what it measures: reviews in time
    rated = ratings(found)
    assert [(f.polarity, f.text) for f in rated] == [("improvement", "64% (Amber)"), ("strength", "91% (Green)")]


def test_a_colour_after_a_count_is_what_it_counts(run, report):
    found = run(report("Of the 30 actions, 18 are rated Green, 8 Amber and 4 Red.\n"))
    assert not ratings(found)
    assert {round(f.value, 1) for f in figures(found)} == {60.0, 26.7, 13.3}


# 5. rows keyed by number -----------------------------------------------------------------------

def test_rows_keyed_by_number_read_as_table_rows(run, report):
    text = "Standard\tPartly met\tNot met\n1\t12%\t5%\n2\t20%\t9%\n"
    assert is_table_line("1\t12%\t5%")
    found = run(report(text, heading="Standards not fully met"))
    assert figure(found, 12.0).rule.startswith("table:")
    assert figure(found, 9.0).polarity == "improvement"


def test_a_numbered_paragraph_is_still_prose():
    assert not is_table_line("4.1\tThe panel heard that plans had improved")
    assert not is_table_line("2\tPlans\tReviews")  # a number then words: a numbered list


# 6. a numbered standard labels its met share -----------------------------------------------------

def test_a_numbered_standard_labels_a_met_share(run, report):
    found = run(report("Standard 4 – Parents helped to understand the plan ...... 66%\n"))
    f = figure(found, 66.0)
    assert (f.polarity, f.rule.split("|")[1]) == ("strength", "weak cue 'Standard 4'")


def test_a_standard_judged_in_words_keeps_the_judgement(run, report):
    found = run(report("Standard 4 was not met in 34% of the cases audited.\n"))
    assert figure(found, 34.0).polarity == "improvement"


# 7. slide fragments: "Good+", bare slash counts, slide markers between dashes ----------------------

def test_good_plus_is_good_or_above(run, report):
    found = run(report("• 58% Good+\n• RI 35%\n", heading="Overall grades"))
    f = figure(found, 58.0)
    assert (f.grade, f.grade_qualifier, f.polarity) == ("good", "or_above", "strength")


def test_good_alone_has_no_qualifier(run, report):
    found = run(report("• 58% Good\n• RI 35%\n", heading="Overall grades"))
    assert (figure(found, 58.0).grade, figure(found, 58.0).grade_qualifier) == ("good", None)


def test_slash_counts_of_slide_fragments(run, report):
    text = ("• Up-to-date chronology: 18/30\n"
            "• Family group conference offered – 9/12\n"
            "• Looked after 7/10 Good+\n"
            "• 6/15 CIN plans RI or below\n")
    found = run(report(text, heading="Plans"))
    assert sorted(round(f.value, 1) for f in figures(found)) == [40.0, 60.0, 70.0, 75.0]
    assert (figure(found, 40.0).grade, figure(found, 40.0).grade_qualifier) == ("requires_improvement", "or_below")


def test_a_year_span_or_a_date_at_a_line_end_is_no_slash_count(run, report):
    found = run(report("Figures for 2023/24\nThe audit was completed by 12/10\nRatings covered 19/20\n"))
    assert not figures(found)


def test_a_slide_marker_between_dashes_makes_the_next_line_a_title():
    from focusfive_nlp.structure import detect_headings
    text = ("— 1 —\nCase file audit\n\n— 2 —\nVisits and voice\n• Seen alone 40/50\n• Visits on time 88%\n\n"
            "— 3 —\nSupervision\n• Monthly 70%\nSpeaker notes: each figure comes from the quarter's audits, after moderation by the "
            "practice leads.\n")
    titles = [h.text for h in detect_headings(text)]
    assert "Visits and voice" in titles and "Supervision" in titles


def test_a_dash_line_that_is_no_marker_makes_no_title():
    from focusfive_nlp.structure import detect_headings
    text = "The range was wide\n- 3 to 5 -\nvisits were missed in most months, and plans drifted.\n"
    assert "visits were missed in most months, and plans drifted." not in [h.text for h in detect_headings(text)]


# 8. what a count is out of is the population, not the measure ------------------------------------

def test_the_quantity_counted_out_of_is_not_what_is_measured(run, report):
    found = run(report("A review meeting was held after 9 of the 12 unplanned moves.\n"))
    assert figure(found, 75.0).polarity == "strength"


def test_a_quantity_that_is_measured_keeps_its_polarity(run, report):
    found = run(report("Of the 40 children, 9 had three or more moves in the year.\n"))
    assert figure(found, 22.5).polarity == "improvement"


# 9. "the other N": the rest of a total just counted --------------------------------------------

def test_the_other_n_is_the_rest_of_the_total(run, report):
    found = run(report("In 14 of the 20 cases the step-down was planned with the family. The other 6 were closed "
                       "without a plan.\n"))
    f = figure(found, 30.0)
    assert (f.count, f.denominator) == (6, 20)


def test_the_other_n_that_does_not_make_up_the_total_is_no_figure(run, report):
    found = run(report("In 14 of the 20 cases the step-down was planned. The other 3 teams had no audits.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [70.0]


def test_the_other_n_per_cent_is_a_percentage(run, report):
    found = run(report("Most referrals were correct. The other 12 per cent were sent to the wrong team.\n"))
    assert [f.value for f in figures(found)] == [12.0]


# 10. a range "between X% and Y%" measures one thing; a wait past a time -------------------------

def test_both_ends_of_a_range_take_its_measure(run, report):
    found = run(report("Between 15% and 22% of young people were waiting more than 12 weeks for a first session.\n"))
    assert [f.polarity for f in figures(found)] == ["improvement", "improvement"]


def test_two_figures_joined_by_and_are_not_a_range(run, report):
    found = run(report("Visits were on time for 81% of children, and 12% of children were waiting for a worker.\n"))
    assert figure(found, 81.0).polarity == "strength"


def test_a_share_more_than_a_year_earlier_is_a_change(run, report):
    found = run(report("There were 300 children in care, 7% more than a year earlier.\n"))
    f = figure(found, 7.0)
    assert (f.figure_kind, f.polarity) == ("change", "neutral")


def test_a_share_of_more_than_is_a_result(run, report):
    found = run(report("In 30% of cases the child had more than one social worker in the year.\n"))
    assert figure(found, 30.0).figure_kind == "result"


# 11. headings: a part's letter and a number, a table's caption -------------------------------------

def test_a_letter_and_number_opens_a_sub_heading(run):
    from focusfive_nlp.structure import detect_headings
    text = ("PART B - WHAT WE FOUND\n\nB1 Overall grades\nMost audits were good.\n\n"
            "B2 Care planning\nPlans were specific in 14 of the 20 cases.\n")
    assert {"B1 Overall grades", "B2 Care planning"} <= {h.text for h in detect_headings(text)}
    assert figure(run(text), 70.0).section == "planning"


def test_a_quarter_or_a_numbered_sentence_is_no_heading():
    from focusfive_nlp.structure import heading_level
    assert heading_level("Q3 compared with Q2", blank_before=True, blank_after=False, body_after=True) is None
    assert heading_level("B2 plans were reviewed late in most cases.", blank_before=True, blank_after=False) is None


def test_a_table_caption_is_a_heading(run):
    text = ("Audit report\n\nTable 3: Visits by locality, 2024\nLocality      Audited   Seen alone\n"
            "North         20        15 (75%)\nSouth         10        6 (60%)\n")
    found = run(text)
    assert figure(found, 75.0).section == "visiting"


def test_a_sentence_about_a_table_is_no_heading():
    from focusfive_nlp.structure import heading_level
    assert heading_level("Table 2 below gives the grades.", blank_before=True, blank_after=True) is None
    assert heading_level("Figure 2 shows the rise in contacts", blank_before=True, blank_after=False) is None


def test_right_aligned_count_columns_still_align_with_their_header(run, report):
    text = ("Team                 Audited   Good or better   Inadequate\n"
            "Front door                12        9 (75%)          1 (8%)\n"
            "Care leavers               8        4 (50%)          2 (25%)\n")
    found = run(report(text, heading="Grades by team"))
    assert (figure(found, 8.0).grade, figure(found, 8.0).polarity) == ("inadequate", "improvement")
    assert figure(found, 75.0).grade == "good"


# 12. a share that restates a count; slash counts after "in" and before a stop; a month is none -------

def test_a_share_after_which_is_restates_the_count(run, report):
    found = run(report("Auditors graded 30 out of the 48 files good or better, which is 63%, and a further 12 as "
                       "requires improvement.\n"))
    assert sorted(round(f.value, 1) for f in figures(found)) == [25.0, 62.5]
    assert figure(found, 25.0).grade == "requires_improvement"


def test_a_bracketed_share_after_a_hedge_restates_the_count(run, report):
    found = run(report("Plans were good or better for 19 of the 30 children - a little under two-thirds (63%).\n"))
    assert [round(f.value, 1) for f in figures(found)] == [63.3]


def test_a_different_share_after_which_is_is_a_figure(run, report):
    found = run(report("Visits were on time in 30 of the 48 cases, which is lower than the 75% of last year.\n"))
    assert {62.5, 75.0} <= {round(f.value, 1) for f in figures(found)}


def test_slash_counts_after_in_and_before_a_stop(run, report):
    found = run(report("Oversight was sufficient in 15/20. Planning was sufficient in 12/20; it was thin in the rest.\n"))
    assert sorted(round(f.value, 1) for f in figures(found)) == [60.0, 75.0]


def test_a_month_and_year_is_no_slash_count(run, report):
    found = run(report("The audit was done in 10/2024, and the report followed in 12/2024.\n"))
    assert not figures(found)


# 13. continuations and a standard kept ---------------------------------------------------------

def test_a_figure_the_year_before_continues_the_graded_share(run, report):
    found = run(report("Auditors graded 64% of the audits good or better. That compares with 58% last year and "
                       "52% the year before.\n"))
    assert (figure(found, 52.0).grade, figure(found, 52.0).polarity) == ("good", "strength")


def test_a_figure_with_a_measure_of_its_own_does_not_continue(run, report):
    found = run(report("Auditors graded 64% of the audits good or better. Before that, 12% of plans were out of date.\n"))
    assert figure(found, 12.0).grade is None


def test_done_when_it_should_be_is_a_standard_kept(run, report):
    found = run(report("Core groups met when they should in 17 of the 20 cases.\n"))
    assert figure(found, 85.0).polarity == "strength"


def test_should_alone_is_still_a_recommendation(run, report):
    found = run(report("In 9 of the 20 cases core groups should have met sooner.\n"))
    assert figure(found, 45.0).polarity == "improvement"


def test_taken_up_by_is_no_change(run, report):
    found = run(report("Return interviews were taken up by 12 of the 16 young people.\n"))
    assert figure(found, 75.0).figure_kind == "result"


def test_up_by_before_a_figure_is_a_change(run, report):
    found = run(report("Referrals went up by 12% in the year.\n"))
    assert figure(found, 12.0).figure_kind == "change"


# 14. a range in words, a tolerance as a target, a benchmark after "our", a name is no benchmark ------

def test_a_range_in_words_gives_both_ends(run, report):
    found = run(report("Between a quarter and a third of the plans were not reviewed on time.\n"))
    assert [(round(f.value, 1), f.polarity) for f in figures(found)] == [(25.0, "improvement"), (33.3, "improvement")]


def test_between_a_date_and_a_fraction_is_no_range(run, report):
    found = run(report("Between May and June a third of the plans were reviewed late.\n"))
    assert [round(f.value, 1) for f in figures(found)] == [33.3]


def test_a_tolerance_is_a_target(run, report):
    found = run(report("Re-referrals were 23%, outside the tolerance of 20%.\n"))
    assert figure(found, 20.0).figure_kind == "target"


def test_a_benchmark_for_our_neighbours(run, report):
    found = run(report("Visits on time were 81%, compared with 77% for our statistical neighbours.\n"))
    assert figure(found, 77.0).figure_kind == "benchmark"


def test_a_name_holding_national_is_no_benchmark(run, report):
    found = run(report("The National Referral Mechanism was used in 6 of the 10 cases.\n"))
    assert figure(found, 60.0).figure_kind == "result"
    found = run(report("Nationally the figure is 45%, and locally it is 52%.\n"))
    assert figure(found, 45.0).figure_kind == "benchmark"


# 15. dashboard cells: a signed change in brackets; a byline ------------------------

DASHBOARD = (
    "Measure                              Target   Q1      Q2      Trend\n"
    "Visits within timescale              90%      84%     88%     ▲ (+4)\n"
    "Re-referrals within 12 months        20%      25%     23%     ▼ (-2)\n"
    "Reviews held within timescale (%)    95       91.5    93.0    ▲ (+1.5)\n"
)


def test_a_signed_change_goes_the_way_of_its_measure(run, report):
    found = run(report(DASHBOARD, heading="Performance"))
    assert (figure(found, 4.0).figure_kind, figure(found, 4.0).polarity) == ("change", "strength")
    assert figure(found, 2.0).polarity == "strength"  # fewer re-referrals


def test_a_signed_number_in_prose_brackets_is_a_change(run, report):
    found = run(report("Standard 2 - Plans reviewed on time ...... 71% (+6 on the last return)\n"))
    assert (figure(found, 6.0).figure_kind, figure(found, 6.0).polarity) == ("change", "strength")


def test_a_byline_is_no_heading():
    from focusfive_nlp.structure import heading_level
    assert heading_level("Head of Service, Assessment and Intervention", blank_before=False, blank_after=True) is None
    assert heading_level("Report of the Assistant Director, Planning and Quality", blank_before=True, blank_after=True) is None


def test_a_heading_naming_a_role_in_its_subject_is_still_a_heading():
    from focusfive_nlp.structure import heading_level
    assert heading_level("Team Manager Oversight", blank_before=True, blank_after=True) is not None


# 16. a grade label, a colon and a bare count; "in a third the ..." ---------------------------------

def test_a_grade_label_and_a_bare_count_take_the_total_before(run, report):
    found = run(report("Of the 40 audits, 22 were judged good or better. Requires improvement: 14. Inadequate: 4.\n"))
    assert (figure(found, 35.0).grade, figure(found, 10.0).grade) == ("requires_improvement", "inadequate")


def test_a_label_and_a_count_with_no_total_is_no_figure(run, report):
    found = run(report("Audits this quarter. Requires improvement: 14. Inadequate: 4.\n"))
    assert not figures(found)


def test_in_a_third_the_is_a_share(run, report):
    found = run(report("Of the 30 assessments most were clear, but in a third the analysis was thin.\n"))
    f = figure(found, 33.3)
    assert f.polarity == "improvement"


def test_a_third_of_a_period_is_still_no_share(run, report):
    found = run(report("In the first third of the year, audits were paused.\n"))
    assert not figures(found)


# 17. a total after a possessive ("Of the plan's 44 actions, ...") ------------------------------------

def test_a_total_after_a_possessive_counts_the_statuses(run, report):
    found = run(report("Of the plan's 40 actions, 26 are complete or on track (65%), 10 are rated Amber and 4 Red.\n"))
    assert [(round(f.value, 1), f.polarity) for f in figures(found)] == [
        (65.0, "strength"), (25.0, "improvement"), (10.0, "improvement")]


def test_a_possessive_mid_sentence_is_no_total(run, report):
    found = run(report("The review of the team's 12 cases found 5 were late.\n"))
    assert not figures(found)
