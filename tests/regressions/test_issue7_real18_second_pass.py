"""Issue 7 (development set real18, second pass): totals, grades and headings of informal QA writing.

Kinds taught here, each with a case that must stay as it was:
- a bare count that goes on a series after "and" shares the total of the count before it
  ("Nine files were graded inadequate and 46 were graded RI");
- a list item's lead, a spaced dash, then a figure clause with its own judgement: the figure
  measures its own clause ("Chronologies kept up to date – three of the six had gaps");
- a record part left blank ("the contingency section was blank") is a gap;
- a question sheet's numbered question ("Q8. Are children being seen?") is no heading: its
  answer stays under the practice-area heading above it;
- a numbered paragraph whose first sentence ends on its first line ("4.1 Quality improved. 147
  of the 264 ...") is no heading;
- slash counts before a modified noun ("29/50 child protection plans") and after "against";
- a list of "label  figure" lines under a title that names a grade band ("PRACTICE AREAS (GOOD
  OR BETTER)") grades every line; a table's caption a blank line above its header row grades
  its cells; a "%" cell that restates a count cell's share is not a second figure;
- lower-case short team names ("cp team", "cla team", "cin teams") are teams ("cp plans" name
  plans); a standard "partly met" is an improvement, as "partially met";
- an everyday "is good" before a bracket that opens with a figure naming its own measure ("is
  good (94 % within timescale)") grades no share ("rated good (52 % of cases)" still does).
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings
from picks import figure, figures, values


# --- a count that goes on a series ----------------------------------------------------------------

def test_a_count_after_and_shares_the_total_of_the_count_before(run, report):
    found = run(report("Of the 120 files, 70 were graded good. Six files were graded inadequate and 44\n"
                       "were graded RI."))
    assert (figure(found, 36.7).grade, figure(found, 36.7).count, figure(found, 36.7).denominator) == (
        "requires_improvement", 44, 120)


def test_a_count_after_and_with_no_count_before_takes_no_total(run, report):
    found = run(report("We read 120 files in the spring. Managers were asked and 44 replied."))
    assert 36.7 not in values(found)


# --- a figure clause after a list item's dash ------------------------------------------------------

def test_a_figure_clause_after_a_dash_is_judged_by_its_own_words(run):
    text = ("Learning circle notes 2024\n\nEVEN BETTER IF\n"
            "• Case summaries kept up to date – four of the eight had gaps of a year\n")
    assert figure(run(text), 50.0).polarity == "improvement"


def test_a_bare_figure_after_a_dash_keeps_the_leads_measure(run, report):
    found = run(report("Reviews held on time – 9 of the 12 this quarter."))
    assert figure(found, 75.0).polarity == "strength"


# --- a record part left blank ------------------------------------------------------------------------

def test_a_section_left_blank_is_a_gap(run, report):
    found = run(report("In 9 of the 30 plans the contingency section was blank."))
    assert figure(found, 30.0).polarity == "improvement"


def test_a_blank_template_handed_out_is_no_gap(run, report):
    found = run(report("In 9 of the 30 plans the contingency section was filled in well."))
    assert figure(found, 30.0).polarity == "strength"


# --- a question sheet's questions ------------------------------------------------------------------

SHEET = ("Audit questions and answers 2024\n\nVISITS\n\n"
         "Q3. Are children being seen?\n"
         "A. Yes: 84 % of visits were within the timescale.\n\n"
         "SUPERVISION\n\n"
         "Q4. Does supervision show on the file?\n"
         "A. In most files.\n")


def test_a_numbered_question_is_no_heading(run):
    assert "Q3. Are children being seen?" not in [h.text for h in detect_headings(SHEET)]
    assert figure(run(SHEET), 84.0).section == "visiting"


def test_a_question_heading_without_a_label_stays_a_heading():
    text = "Audit report 2024\n\nHow good are our assessments?\n\nMost were good.\n"
    assert "How good are our assessments?" in [h.text for h in detect_headings(text)]


# --- numbered paragraphs --------------------------------------------------------------------------

PARAGRAPHS = ("Report to committee 2023\n\n4. SUMMARY\n\n"
              "4.1 Quality continues to improve. 120 of the 200 audits\n"
              "were graded good or better, up from 52 % last year.\n\n"
              "4.2 Visits\n\nMost visits were on time.\n")


def test_a_numbered_paragraph_with_a_sentence_break_is_no_heading(run):
    titles = [h.text for h in detect_headings(PARAGRAPHS)]
    assert not any(t.startswith("4.1") for t in titles)
    assert figure(run(PARAGRAPHS), 60.0).grade == "good"


def test_a_numbered_heading_stays_a_heading():
    assert "4.2 Visits" in [h.text for h in detect_headings(PARAGRAPHS)]


# --- slash counts -------------------------------------------------------------------------------------

def test_a_slash_count_before_a_modified_noun_and_after_against(run, report):
    found = run(report("In the autumn audit, 30/40 child protection plans were SMART, against 22/40 in the spring."))
    assert (figure(found, 75.0).count, figure(found, 75.0).denominator) == (30, 40)
    assert figure(found, 55.0).polarity == "strength"


def test_a_slash_date_before_words_is_no_count(run, report):
    found = run(report("The panel met on 12/3 last year and again in the autumn."))
    assert not figures(found)


# --- grades from a list's title and a table's caption ---------------------------------------------------

LIST = ("Audit on a page 2025\n\nPRACTICE AREAS (GOOD OR BETTER)\n"
        "assessment      12/20\n"
        "plans           10/20\n"
        "visits          15/20\n"
        "oversight        6/20\n")


def test_every_line_of_a_list_under_a_graded_title_takes_its_grade(run):
    found = run(LIST)
    for value in (60.0, 50.0, 75.0, 30.0):
        assert (figure(found, value).grade, figure(found, value).grade_qualifier) == ("good", "or_above")


def test_a_list_under_an_ungraded_title_takes_no_grade(run):
    found = run(LIST.replace("PRACTICE AREAS (GOOD OR BETTER)", "PRACTICE AREAS CHECKED"))
    assert figure(found, 75.0).grade is None
    assert figure(found, 30.0).grade is None


TABLES = ("Committee report 2023\n\nAPPENDIX\n\n"
          "Table 2: Audits graded good or better, by practice area\n\n"
          "Practice area           Q1 2023/24   Q2 2023/24\n"
          "Chronology                 37 %         43 %\n"
          "Planning                   46 %         53 %\n\n"
          "Table 3: Audits graded good or better, by team\n\n"
          "Team                  Audits   Good or better     %\n"
          "North team              60           27          45 %\n"
          "South team              40           26          65 %\n")


def test_a_caption_over_a_blank_line_grades_the_tables_cells(run):
    found = run(TABLES)
    assert (figure(found, 37.0).grade, figure(found, 37.0).polarity) == ("good", "strength")
    assert figure(found, 53.0).grade_qualifier == "or_above"


def test_a_share_that_restates_a_count_cell_is_no_second_figure(run):
    assert values(run(TABLES)) == [37.0, 43.0, 45.0, 46.0, 53.0, 65.0]
    assert figure(run(TABLES), 45.0).count == 27


def test_a_caption_with_no_grade_grades_nothing(run):
    found = run(TABLES.replace("Audits graded good or better, by practice area", "Audits by practice area"))
    assert figure(found, 37.0).grade is None


# --- lower-case short team names and a standard partly met ------------------------------------------

TEAM_ROWS = ("Monthly audit note 2024\n\nWe audited 20 files this month.\n\nBY TEAM\n\n"
             "    cp team            8 files   good 2 · RI 6\n"
             "    cla team           6 files   good 3 · RI 3\n"
             "    cin teams          6 files   good 4 · RI 2\n")


def test_lower_case_short_team_names_are_teams(run):
    found = run(TEAM_ROWS)
    assert figure(found, 75.0).teams == ["Child Protection"]
    assert figure(found, 50.0).teams == ["LAC"]
    assert figure(found, 66.7).teams == ["Children in Need"]


def test_a_plan_named_by_its_short_cohort_is_no_team(run, report):
    found = run(report("In 6 of the 10 cp plans the contingency was clear."))
    assert figure(found, 60.0).teams == []


def test_a_standard_partly_met_is_an_improvement(run, report):
    found = run(report("Of the 9 standards, six are met. Two are partly met and one is not met."))
    assert figure(found, 22.2).polarity == "improvement"
    assert figure(found, 66.7).polarity == "strength"


# --- everyday "good" before a bracketed figure with its own measure -----------------------------------

def test_praise_before_a_bracketed_figure_with_its_own_measure_grades_nothing(run, report):
    found = run(report("Timeliness of visits is good (85 % within timescale).", heading="VISITS"))
    assert (figure(found, 85.0).grade, figure(found, 85.0).polarity) == (None, "strength")


def test_a_grade_before_a_bracketed_share_still_grades_it(run, report):
    found = run(report("Plans were rated good (52 % of cases). Practice was good (61 %)."))
    assert figure(found, 52.0).grade == "good"
    assert figure(found, 61.0).grade == "good"
