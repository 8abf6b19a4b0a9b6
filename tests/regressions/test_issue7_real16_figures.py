"""Issue 7 (development set real16): figures, graded figures and their polarity.

Kinds taught here, each with a case that must stay as it was:
- a table whose header names a grade over every column after the first ("Practice area |
  Outstanding | Good | Requires improvement | Inadequate"), laid out by tabs or by runs of spaces,
  holds bare counts: each is a figure out of its row's sum, with the column's grade and its
  polarity; a dash cell is none; a table of bare numbers under headers that are not grades
  (months, teams) stays no figure;
- a count in words of a group named before ("In the five that ran longer ... in one of the five"),
  of a noun with two modifiers ("the five unborn baby cases") or a hyphenated one ("step-downs");
  a verb, an article or a spaced dash after "of the N" counts nothing;
- the last item of a one-line grade list ("..., Inadequate 4.") after other tally items;
- "The remaining eight files" takes the total of the numbered paragraph before ("2.1" / "2.2"),
  never over a heading;
- a numbered line with a verb running into a bracketed aside ("(80%), up 6 points") is no heading;
- superscript footnote markers ("better²", "86%¹") are no part of a word or figure;
- points written on their number ("+8pp", "-5pp") are a change with its sign;
- a table row whose label names a step of practice done ("Warning signs recorded", "Plan shared
  with the school") gives strengths; a population row ("Children looked after") stays neutral;
- "graded below Good" is requires improvement or below;
- after a colon, a step done in the figure's own clause ("... was on file for one in four") decides
  its polarity over the lead-in's judgement ("were rarely used:");
- a condition opening the sentence ("Where ... no conference was held, the reason was recorded in
  two of the five") judges nothing of the figure;
- "children missing from home" (or care) are who is counted, not a record missing.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings
from picks import figure, figures


# --- grade-count tables by practice area --------------------------------------------------------

TAB_TABLE = ("Quarterly audit of child in need files 2024\n\n"
             "Grades by area (20 files)\n\n"
             "Area\tOutstanding\tGood\tRequires improvement\tInadequate\n"
             "Quality of the assessment\t1\t9\t8\t2\n"
             "Contingency planning\t–\t5\t11\t4\n\n"
             "Most files were read by two auditors.\n")

SPACE_TABLE = ("Neglect audit 2023\n\n"
               "Table 2: files at each grade\n\n"
               "Area of practice        Outstanding    Good    Requires improvement    Inadequate\n"
               "Home conditions              2           6              8                  4\n"
               "Working with fathers         –           3             12                  5\n\n"
               "The panel met monthly.\n")


def test_a_grade_count_table_gives_each_cell_out_of_its_row(run):
    found = run(TAB_TABLE)
    good = figure(found, 45.0)  # 9 of 20
    assert (good.grade, good.grade_qualifier, good.polarity) == ("good", None, "strength")
    assert (good.count, good.denominator) == (9, 20)
    ri = figure(found, 55.0)  # 11 of 20, the second row
    assert (ri.grade, ri.polarity) == ("requires_improvement", "improvement")
    assert figure(found, 20.0).grade == "inadequate"
    assert "grade_row_count" in good.rule


def test_a_dash_cell_is_no_figure_and_the_row_still_sums(run):
    found = [f for f in figures(run(TAB_TABLE)) if "Contingency" in f.text]
    assert sorted(f.value for f in found) == [20.0, 25.0, 55.0]


def test_a_space_aligned_grade_table_reads_the_same(run):
    found = run(SPACE_TABLE)
    outstanding = figure(found, 10.0)  # 2 of 20
    assert (outstanding.grade, outstanding.polarity) == ("outstanding", "strength")
    fathers = [f for f in figures(found) if "fathers" in f.text]
    assert sorted((f.value, f.grade) for f in fathers) == [
        (15.0, "good"), (25.0, "inadequate"), (60.0, "requires_improvement")]


def test_bare_numbers_under_headers_that_are_no_grades_stay_no_figures(run):
    text = ("Monthly audit returns 2024\n\n"
            "Audits completed\n\n"
            "Team\tJanuary\tFebruary\tMarch\n"
            "Locality North\t4\t6\t5\n"
            "Locality South\t3\t2\t7\n\n"
            "Returns were collected by the QA team.\n")
    assert figures(run(text)) == []


def test_two_grade_columns_are_not_a_grade_scale(run):
    text = ("Audit summary 2024\n\n"
            "Files by grade\n\n"
            "Area\tGood\tInadequate\n"
            "Planning\t4\t6\n"
            "Recording\t3\t2\n\n"
            "Files were chosen at random.\n")
    assert figures(run(text)) == []


# --- counts in words whose total is a group named before ----------------------------------------

def test_a_count_in_words_of_a_noun_with_two_modifiers_is_a_figure(run):
    text = ("Case audit 2024\n\nASSESSMENT\n\n"
            "In two of the five late referral cases the assessment started after the deadline.\n")
    found = figure(run(text), 40.0)
    assert (found.count, found.denominator) == (2, 5)


def test_a_count_in_words_before_a_clause_stays_prose(run):
    text = ("Case audit 2024\n\nASSESSMENT\n\n"
            "The assessment took five days and one of the five the manager was away.\n")
    assert figures(run(text)) == []


def test_one_of_a_group_named_by_its_clause_is_a_figure(run):
    text = ("Case audit 2024\n\nTIMELINESS\n\n"
            "In the five that were delayed, the usual cause was a late report, and in one of the five "
            "the delay had not been agreed by a manager.\n")
    found = figure(run(text), 20.0)
    assert (found.count, found.denominator) == (1, 5)


def test_one_of_a_total_named_by_no_group_stays_prose(run):
    text = ("Case audit 2024\n\nTIMELINESS\n\n"
            "The review took five days, and in one of the five the manager was away.\n")
    assert figures(run(text)) == []


# --- the last item of a one-line grade list ------------------------------------------------------

def test_the_last_item_of_a_grade_list_is_a_figure(run):
    text = ("Case audit 2024\n\nPLANNING\n\n"
            "We graded 20 plans. Plan grades: Good 9, Requires Improvement 7, Inadequate 4.\n")
    found = figure(run(text), 20.0)
    assert (found.grade, found.polarity, found.count) == ("inadequate", "improvement", 4)
    assert figure(run(text), 35.0).grade == "requires_improvement"


def test_a_grade_and_number_closing_a_sentence_alone_is_no_tally(run):
    text = ("Case audit 2024\n\nPLANNING\n\n"
            "We graded 20 plans. The panel met in room Good 4.\n")
    assert [f.value for f in figures(run(text))] == []


# --- the rest of a total stated in the numbered paragraph before ---------------------------------

def test_the_remaining_count_takes_the_total_of_the_paragraph_before(run):
    text = ("Case audit 2024\n\nOVERALL\n\n"
            "2.1 Twelve of the 20 files were graded Good or better.\n\n"
            "2.2 No file was Inadequate. The remaining eight files Require Improvement.\n")
    found = figure(run(text), 40.0)
    assert (found.count, found.denominator, found.grade) == (8, 20, "requires_improvement")


def test_the_remaining_count_does_not_reach_over_a_heading(run):
    text = ("Case audit 2024\n\nOVERALL\n\n"
            "Twelve of the 20 files were graded Good or better.\n\n"
            "VISITS\n\n"
            "The remaining eight files were not read.\n")
    assert [f.value for f in figures(run(text))] == [60.0]


# --- a hyphenated counted noun -------------------------------------------------------------------

def test_a_count_in_words_of_a_hyphenated_noun_is_a_figure(run):
    text = ("Case audit 2024\n\nEARLY HELP\n\n"
            "In two of the eight step-downs the family was not told who their new worker was.\n")
    found = figure(run(text), 25.0)
    assert (found.count, found.denominator) == (2, 8)


def test_a_hyphen_with_spaces_is_no_compound(run):
    text = ("Case audit 2024\n\nEARLY HELP\n\n"
            "In two of the eight - a small share - visits were late.\n")
    assert figures(run(text)) == []


# --- a numbered paragraph wrapped into a bracketed aside is no heading ---------------------------

WRAPPED_ASIDE = ("Case audit 2024\n\n3. Timeliness\n\n"
                 "3.1 Reviews had been held on time for 12 of the 15 families\n"
                 "(80%), up 6 percentage points on last year.\n")


def test_a_numbered_line_running_into_a_bracket_is_no_heading():
    titles = [h.text for h in detect_headings(WRAPPED_ASIDE)]
    assert "3. Timeliness" in titles
    assert not any(t.startswith("3.1") for t in titles)


def test_its_figure_and_change_are_read(run):
    found = run(WRAPPED_ASIDE)
    share = figure(found, 80.0)
    assert (share.count, share.denominator, share.polarity) == (12, 15, "strength")
    change = figure(found, 6.0)
    assert (change.figure_kind, change.polarity) == ("change", "strength")


def test_a_heading_over_a_bracketed_note_stays_a_heading():
    titles = [h.text for h in detect_headings("Case audit 2024\n\n2. Visits\n(n = 30)\n\nVisits were on time.\n")]
    assert "2. Visits" in titles


# --- footnote markers and points written on their number -----------------------------------------

def test_a_superscript_footnote_marker_is_no_part_of_the_grade(run):
    text = ("Case audit 2024\n\nQUALITY\n\n"
            "Of the 40 interviews, 30 were graded Good or better\u00b2, 8 Requires Improvement and 2 Inadequate.\n")
    good = figure(run(text), 75.0)
    assert (good.grade, good.grade_qualifier) == ("good", "or_above")


def test_a_superscript_marker_keeps_offsets(run):
    text = "Case audit 2024\n\nVISITS\n\n86%\u00b9 of visits were on time.\n"
    found = figure(run(text), 86.0)
    assert text[found.start_char:found.end_char] == found.text


def test_points_written_on_their_number_are_a_change_with_its_sign(run):
    up = ("Case audit 2024\n\nTIMELINESS\n\n"
          "Visits were on time this year in 80% of cases, +8pp on last year.\n")
    change = figure(run(up), 8.0)
    assert (change.figure_kind, change.polarity) == ("change", "strength")
    down = up.replace("+8pp", "-5pp")
    change = figure(run(down), 5.0)
    assert (change.figure_kind, change.polarity) == ("change", "improvement")


def test_letters_after_a_number_that_are_no_unit_stay_one_word(nlp):
    assert "8ppl" in [t.text for t in nlp.make_doc("we met 8ppl")]


# --- a table row that names a step of practice done ----------------------------------------------

DONE_ROWS = ("Return interview audit 2024\n\n"
             "Summary of results\n\n"
             "Measure                                  2023/24    2024/25\n"
             "Warning signs recorded                      52%        61%\n"
             "Plan shared with the school                 40%        45%\n"
             "Children looked after                       30%        33%\n\n"
             "The audit was carried out by two managers.\n")


def test_a_row_naming_a_step_done_gives_strengths(run):
    found = run(DONE_ROWS)
    for value in (52.0, 61.0, 40.0, 45.0):
        share = figure(found, value)
        assert share.polarity == "strength", (value, share.rule)
        assert "row names a step done" in share.rule


def test_a_row_naming_a_population_stays_neutral(run):
    found = run(DONE_ROWS)
    assert figure(found, 30.0).polarity == "neutral"
    assert figure(found, 33.0).polarity == "neutral"


# --- "below Good" --------------------------------------------------------------------------------

def test_below_good_is_requires_improvement_or_below(run):
    text = ("Case audit 2024\n\nPLANNING\n\n"
            "Planning was the weakest area, with 18 of the 24 plans graded below Good.\n")
    found = figure(run(text), 75.0)
    assert (found.grade, found.grade_qualifier, found.polarity) == ("requires_improvement", "or_below", "improvement")


def test_good_alone_stays_good(run):
    text = ("Case audit 2024\n\nPLANNING\n\n"
            "With 18 of the 24 plans graded Good, planning was the strongest area.\n")
    found = figure(run(text), 75.0)
    assert (found.grade, found.grade_qualifier, found.polarity) == ("good", None, "strength")


# --- after a colon, the figure's own clause decides its polarity ---------------------------------

def test_a_judged_lead_in_before_a_colon_does_not_turn_a_done_figure(run):
    text = ("Case audit 2024\n\nASSESSMENT\n\n"
            "Chronologies were rarely kept current: an updated chronology was on file for one in five of the children.\n")
    assert figure(run(text), 20.0).polarity == "strength"


def test_with_no_words_of_its_own_after_the_colon_the_lead_in_still_judges(run):
    text = ("Case audit 2024\n\nASSESSMENT\n\n"
            "Chronologies were rarely kept current: one in five of the children.\n")
    assert figure(run(text), 20.0).polarity == "improvement"


# --- a condition that opens the sentence names the cases, and judges nothing ---------------------

def test_a_negation_inside_an_opening_condition_does_not_turn_the_figure(run):
    text = ("Case audit 2024\n\nMANAGEMENT OVERSIGHT\n\n"
            "Where a child was not seen within the week, the reason was recorded in three of the six cases.\n")
    assert figure(run(text), 50.0).polarity == "strength"


def test_a_negation_in_the_figure_s_own_clause_still_turns_it(run):
    text = ("Case audit 2024\n\nMANAGEMENT OVERSIGHT\n\n"
            "Where a child was seen late, the reason was not recorded in three of the six cases.\n")
    assert figure(run(text), 50.0).polarity == "improvement"


# --- children missing from home are who is counted -----------------------------------------------

def test_children_missing_from_home_are_no_record_missing(run):
    text = ("Return interview audit 2024\n\nINTERVIEWS\n\n"
            "Interviews were more often completed for children in care than for children missing from home "
            "(20 of 25, against 9 of 20).\n")
    found = run(text)
    assert figure(found, 80.0).polarity == "strength"
    assert figure(found, 45.0).polarity == "strength"


def test_a_record_missing_is_still_an_improvement(run):
    text = ("Case audit 2024\n\nRECORDS\n\n"
            "The return interview record was missing from the file in 6 of the 20 cases.\n")
    assert figure(run(text), 30.0).polarity == "improvement"
