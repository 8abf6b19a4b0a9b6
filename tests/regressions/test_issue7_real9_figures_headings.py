"""Issue 7 (development sets real9, real10): figures, grades and headings in the layouts of
self-evaluations, plan audits, dashboards, partnership papers and big-number slides.

One group per failure kind, each with a case that must be read and a case of the same look
that must not:
1. a RAG letter closing a heading line ("3.2 Reviews – rated A") is not the article "a" that
   runs the line on into the sentence below it;
2. a prefixed number and a dash or colon may open a lower-case name ("Section B – needs");
3. a trend arrow joined to its number ("↑12 pts") reads like the spaced form ("↑ 12 pts");
4. in a run of "Grade N%" labels ("Outstanding 4% · Good 48%") each grade labels the figure
   right after it, not the one before;
5. a table header wrapped onto a second line: a unit line ("(%)", "(pts)") makes the bare
   numbers under it percentages and point changes, a wrapped name ("Children" / "known")
   names a total column; short lines (a wrapped label, a unit line, a group label) may stand
   between rows;
6. a group label right above a table's rows ("Visits") opens the section it names.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings, heading_level, wrapped_breaks
from focusfive_nlp.textview import plain_view
from picks import figure, figures


def _sections(found):
    return {round(f.value, 1): f.section for f in figures(found)}


# 1. a rating letter ends a heading line ----------------------------------------------------

def test_a_rating_letter_does_not_run_the_heading_on(run):
    text = ("Self-evaluation 2025\n\n"
            "3.1 Permanence – rated G\nChildren leave care to good homes.\nEvidence: 71% left care to a permanent home.\n\n"
            "3.2 Care planning and reviews – rated A\nMost plans are current.\nEvidence: reviews in timescale 93%.\n")
    assert not wrapped_breaks(plain_view(text).text)
    found = run(text)
    assert _sections(found)[93.0] == "planning"
    assert _sections(found)[71.0] == "other"


def test_the_article_a_at_a_line_end_still_runs_on():
    text = "The audit found that plans were reviewed in a\ntimely way for most children.\n"
    assert wrapped_breaks(plain_view(text).text)


# 2. a lower-case name after a prefixed number and a dash ----------------------------------

def test_a_section_letter_and_dash_open_a_lower_case_heading():
    assert heading_level("Section B – needs", blank_before=True, blank_after=False, body_after=True) == 1
    assert heading_level("Part 2: scope of the audit", blank_before=True, blank_after=False, body_after=True) == 1
    text = ("Plan audit\n\nFindings by section of the plan\n\n"
            "Section A – the child's views and wishes\nViews were recorded in 30 of 40 plans (75%).\n")
    assert "Section A – the child's views and wishes" in [h.text for h in detect_headings(text)]


def test_a_numbered_clause_in_lower_case_is_no_heading():
    assert heading_level("Part 3: the council was asked to agree the plan", blank_before=True,
                         blank_after=False, body_after=True) is None
    assert heading_level("4.2 - the plans were late", blank_before=True, blank_after=False, body_after=True) is None


# 3. a trend arrow joined to its number ----------------------------------------------------

def test_a_joined_arrow_gives_the_figure_the_spaced_one_does(run, report):
    def changes(body):
        return [(f.value, f.figure_kind) for f in figures(run(report(body, heading="VISITS")))]
    joined = changes("Children seen alone: 74%\n↑6 pts on the quarter before\n")
    spaced = changes("Children seen alone: 74%\n↑ 6 pts on the quarter before\n")
    assert joined == spaced
    assert (6.0, "change") in joined


def test_an_arrow_before_a_word_makes_no_figure(run, report):
    found = run(report("Timeliness ↑since the spring, see the chart.\n", heading="VISITS"))
    assert figures(found) == []


# 4. a run of "Grade N%" labels -------------------------------------------------------------

def test_each_grade_labels_the_figure_after_it(run, report):
    found = run(report("Outstanding 3% · Good 51% · Requires improvement 37% · Inadequate 9%\n", heading="Overall grades"))
    assert figure(found, 3.0).grade == "outstanding"
    assert figure(found, 51.0).grade == "good"
    assert figure(found, 37.0).grade == "requires_improvement"
    assert figure(found, 9.0).grade == "inadequate"


def test_figures_before_their_grades_keep_the_grade_after(run, report):
    found = run(report("The audits were graded: 3% outstanding, 51% good, 37% requires improvement.\n",
                       heading="Overall grades"))
    assert figure(found, 51.0).grade == "good"
    assert figure(found, 37.0).grade == "requires_improvement"


# 5. a header wrapped onto a second line ---------------------------------------------------

UNIT_TABLE = (
    "Indicator                           May      Jun      Change\n"
    "                                    (%)               (pts)\n"
    "Plans reviewed within timescale      81       86       +5\n"
    "Visits held within timescale         90       87       -3\n"
)


def test_a_unit_line_makes_bare_numbers_percentages_and_changes(run, report):
    found = run(report(UNIT_TABLE, heading="Performance"))
    assert sorted(round(f.value) for f in figures(found) if f.figure_kind == "result") == [81, 86, 87, 90]
    assert sorted(round(f.value) for f in figures(found) if f.figure_kind == "change") == [3, 5]
    assert all(f.rule.startswith("table:unit_column") for f in figures(found))


def test_bare_numbers_with_no_unit_are_no_figures(run, report):
    text = ("Indicator                           May      Jun      Change\n"
            "Contacts received                    81       86       +5\n"
            "Referrals accepted                   90       87       -3\n")
    assert figures(run(report(text, heading="Performance"))) == []


WRAPPED_TOTAL = (
    "Agency                     Children   Good     Requires        Inadequate\n"
    "                           known               improvement\n"
    "Health                       20        12         6               2\n"
    "Education                    10         4         5               1\n"
)


def test_a_wrapped_total_header_gives_counts_out_of_it(run, report):
    found = run(report(WRAPPED_TOTAL, heading="Grades by agency"))
    assert figure(found, 60.0).grade == "good"
    assert figure(found, 30.0).polarity == "improvement"  # "Requires" / "improvement"
    assert figure(found, 10.0).denominator == 20


def test_a_sentence_under_a_header_is_no_header_line(run, report):
    text = ("Agency                     Children   Good     Requires        Inadequate\n"
            "Most agencies were graded good.\n"
            "Health                       20        12         6               2\n")
    assert figures(run(report(text, heading="Grades by agency"))) == []


# 6. a group label above a table's rows ----------------------------------------------------

GROUPED = (
    "Measure                                  Aug      Sep\n"
    "                                         (%)\n"
    "Assessment\n"
    "Assessments completed within             79       84\n"
    "45 working days\n"
    "Visits\n"
    "Children in care visited within          88       93\n"
    "timescale\n"
)


def test_a_group_label_over_rows_opens_its_section(run, report):
    sections = _sections(run(report(GROUPED, heading="Table 2: Compliance by month")))
    assert sections[79.0] == sections[84.0] == "assessment"
    assert sections[88.0] == sections[93.0] == "visiting"


def test_a_label_naming_no_area_keeps_the_section(run, report):
    text = GROUPED.replace("Visits\n", "Other measures\n")
    sections = _sections(run(report(text, heading="Table 2: Compliance by month")))
    assert sections[88.0] == "assessment"



# 7. a series of "grade in N" out of the total the sentence opens with ---------------------

def test_a_grade_series_counts_out_of_the_opening_total(run, report):
    found = run(report("Of those 40, practice was good in 22, requires improvement in 14 and inadequate in 4.\n",
                       heading="Overall grades"))
    assert (figure(found, 55.0).grade, figure(found, 55.0).denominator) == ("good", 40)
    assert figure(found, 35.0).grade == "requires_improvement"
    assert figure(found, 10.0).grade == "inadequate"


def test_counts_with_no_stated_total_stay_counts(run, report):
    found = run(report("Practice was good in 22, requires improvement in 14 and inadequate in 4.\n",
                       heading="Overall grades"))
    assert figures(found) == []


def test_a_slash_count_after_a_grade_is_a_graded_figure(run, report):
    found = run(report("Direct work was rated good or better in 30/48, and recording was weaker.\n", heading="Direct work"))
    f = figure(found, 62.5)
    assert (f.count, f.denominator, f.grade, f.grade_qualifier) == (30, 48, "good", "or_above")


def test_a_year_span_after_a_grade_is_no_figure(run, report):
    found = run(report("Practice was rated good in 23/24, as in the year before.\n", heading="Direct work"))
    assert figures(found) == []


# 8. "all but N" of a stated total --------------------------------------------------------

def test_all_but_n_of_a_total_is_an_exact_count(run, report):
    found = run(report("Managers recorded a decision in all but two of the 25 cases.\n"
                       "Pathway plans were current for 12/16 young people, and all but one named a personal adviser.\n"))
    assert (figure(found, 92.0).count, figure(found, 92.0).denominator) == (23, 25)
    assert (figure(found, 93.8).count, figure(found, 93.8).denominator) == (15, 16)
    assert not [f for f in found if f.value is None and f.text.rstrip().endswith(" all")]


def test_all_but_a_few_is_no_figure(run, report):
    found = run(report("Managers recorded a decision in all but a few cases, and all but one manager attended.\n"))
    assert figures(found) == []


# 9. answer columns of one question total their row ----------------------------------------

ANSWERS = (
    "Standard                 Agreed   Not agreed\n"
    "Assessment               28       4\n"
    "Planning                 20       12\n"
)


def test_agreed_and_not_agreed_counts_are_shares_of_their_sum(run, report):
    found = run(report(ANSWERS, heading="Agreement by standard"))
    agreed = figure(found, 87.5)
    assert (agreed.count, agreed.denominator, agreed.polarity) == (28, 32, "strength")
    assert figure(found, 37.5).polarity == "improvement"  # 12 of 32 not agreed


def test_unrelated_count_columns_are_not_summed(run, report):
    text = ("Team                     Referrals   Assessments\n"
            "North                    28          4\n"
            "South                    20          12\n")
    assert figures(run(report(text, heading="Activity"))) == []


# 10. a graded count label with its noun, total a few sentences back -----------------------

def test_a_grade_label_with_a_noun_counts_out_of_an_earlier_total(run, report):
    found = run(report("Of the 50 plans audited, 30 were good (60%). Last term it was 52%. "
                       "Requires improvement: 15 plans (30%). Inadequate: 5 plans.\n", heading="Overall"))
    assert (figure(found, 30.0).grade, figure(found, 30.0).denominator) == ("requires_improvement", 50)
    assert figure(found, 10.0).grade == "inadequate"
    assert figure(found, 52.0).grade == "good"  # "Last term it was 52%" continues the 60%


def test_a_grade_label_with_no_total_near_is_no_figure(run, report):
    found = run(report("Inadequate: 5 plans. Requires improvement: 15 plans.\n", heading="Overall"))
    assert figures(found) == []


# 11. what a figure measures: a standard met, a plan written to the standard, a threshold --

def test_a_quality_standard_met_is_a_strength_figure(run, report):
    found = run(report("Scored as meeting the quality criteria: 40/50 (80%)\n"
                       "Allegations concluded within three months: 64 per cent.\n"
                       "Outcomes were specific and measurable in 18 of the 30 plans.\n", heading="Quality"))
    assert figure(found, 80.0).polarity == "strength"
    assert figure(found, 64.0).polarity == "strength"
    assert figure(found, 60.0).polarity == "strength"


def test_a_threshold_met_and_a_specific_issue_judge_nothing(run, report):
    found = run(report("The service received 500 contacts. Of these, 200 met the threshold for a strategy meeting.\n"
                       "The plans named a specific school in 9 of the 30 cases.\n", heading="Quality"))
    assert figure(found, 40.0).polarity == "neutral"
    assert figure(found, 40.0).denominator == 500
    assert figure(found, 30.0).polarity == "neutral"


def test_of_these_skips_a_bracketed_earlier_figure(run, report):
    found = run(report("The service received 500 contacts this year (450 in 2022/23). "
                       "Of these, 200 met the threshold for a strategy meeting.\n", heading="Quality"))
    assert figure(found, 40.0).denominator == 500
    assert not [f for f in figures(found) if f.denominator == 450]


# 12. a count in words of children, people, or a noun after one modifier --------------------

def test_three_of_the_five_young_people_is_a_figure(run, report):
    found = run(report("Placement plans were out of date for three of the five young people.\n"
                       "Plans were late for two of the eight children.\n", heading="Care planning"))
    assert (figure(found, 60.0).count, figure(found, 60.0).denominator) == (3, 5)
    assert figure(found, 25.0).polarity == "improvement"


def test_two_of_the_four_before_a_verb_stays_prose(run, report):
    found = run(report("Two of the four were late, and one of the two managers was new.\n", heading="Care planning"))
    assert figures(found) == []


def test_a_window_of_months_is_no_timeliness(run, report):
    found = run(report("Re-referrals within 12 months: 23%.\nAllegations concluded within one month: 41 per cent.\n",
                       heading="Front door"))
    assert figure(found, 23.0).polarity == "improvement"
    assert figure(found, 41.0).polarity == "strength"


def test_a_grade_in_the_counted_total_is_not_the_counts(run, report):
    found = run(report("Two of the six inadequate audits came from one team. "
                       "Four of the ten cases were graded inadequate.\n", heading="Audit results"))
    assert (figure(found, 33.3).grade, figure(found, 33.3).polarity) == (None, "neutral")
    assert (figure(found, 40.0).grade, figure(found, 40.0).polarity) == ("inadequate", "improvement")


def test_a_where_clause_after_a_count_is_not_its_measure(run, report):
    found = run(report("Three of the nine inadequate audits came from one team, where timeliness has been weakest.\n",
                       heading="Audit results"))
    assert figure(found, 33.3).polarity == "neutral"
    found = run(report("Visits were held in time for 6 of the 9 children, and 3 were late.\n", heading="Audit results"))
    assert figure(found, 66.7).polarity == "strength"


# 13. an audit question as a tab-separated row's label -------------------------------------

def test_a_question_row_of_a_tab_table_is_one_row(run, report):
    text = ("Question\tYes\t%\n"
            "Is there an up-to-date chronology?\t210\t70%\n"
            "Is there evidence of management oversight in the last month?\t150\t50%\n")
    found = run(report(text, heading="Table 3: Questions answered yes (300 audits)"))
    assert figure(found, 70.0).polarity == "strength"
    assert figure(found, 70.0).rule.startswith("table:")
    assert figure(found, 50.0).rule.startswith("table:")


def test_a_question_in_prose_still_ends_its_sentence(run, report):
    found = run(report("Is the plan good enough? 12 of the 40 plans were out of date.\n", heading="Plans"))
    f = figure(found, 30.0)
    assert f.text.startswith("12 of the 40")
