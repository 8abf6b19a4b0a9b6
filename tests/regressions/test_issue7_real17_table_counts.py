"""Issue 7 (development set real17): count cells of tables whose total no column states.

Kinds taught here, each with a case that must stay as it was:
- a space-aligned answer table keyed by a "Q" column ("Q  Question  Met  Partly met  Not met  N/A")
  is a table: its header's one-letter first cell is no bullet (a lone "o" still is);
- answer counts add up to the row's total even where a cell is a dash (none gave that answer),
  and the N/A column is out of the total and no figure of its own;
- a word and its prefixed negation are one question's answers ("Sufficient" / "Insufficient");
- "partly met" is a standard part-met, an improvement, as "partially met" is;
- a markdown row "| Chronology | 15 | 33 |" has borders, not empty first and last cells;
- grade columns of bare counts ("| Area | Good | RI | Inadequate |") are out of the sample the
  table's heading states ("(n=40)"), when the counts fit inside it.
"""
from __future__ import annotations

from focusfive_nlp.textview import tab_row
from picks import figure, figures


# --- space-aligned answer tables ----------------------------------------------------------------

ANSWERS = ("Plan audit, winter 2024\n\n"
           "RESULTS BY QUESTION\n\n"
           "Q   Question                              Met   Partly met   Not met   N/A\n"
           "Q1  Plan signed by the manager             18        –           2       –\n"
           "Q2  Goals written with the child           9         6           5       –\n"
           "Q3  Respite considered                     3         –           1      16\n")


def test_a_met_count_is_out_of_the_answers_with_a_dash_cell_as_none(run):
    f = figure(run(ANSWERS), 90.0)  # 18 of 18 + 2
    assert (f.count, f.denominator, f.polarity) == (18, 20, "strength")


def test_a_partly_met_count_is_an_improvement(run):
    f = figure(run(ANSWERS), 30.0)  # 6 of 20
    assert f.polarity == "improvement"


def test_the_not_applicable_column_is_out_of_the_total_and_no_figure(run):
    found = run(ANSWERS)
    assert figure(found, 75.0).denominator == 4  # 3 of 3 + 1
    assert not [f for f in figures(found) if f.count == 16]


def test_a_one_letter_key_header_is_a_row_and_a_bullet_is_not():
    assert tab_row("Q\tQuestion\tMet\tNot met")
    assert not tab_row("o\tPlans\tReviews\tVisits")


RATED = ("Youth justice audit 2025\n\n"
         "RATINGS\n\n"
         "Standard                 Sufficient    Insufficient    N/A\n"
         "Assessment                   15              5           –\n"
         "Reviewing                     6             10           4\n")


def test_a_word_and_its_prefixed_negation_are_one_questions_answers(run):
    found = run(RATED)
    assert (figure(found, 75.0).polarity, figure(found, 25.0).polarity) == ("strength", "improvement")
    assert figure(found, 62.5).denominator == 16  # 10 of 6 + 10
    assert not [f for f in figures(found) if f.count == 4]


def test_columns_that_negate_nothing_give_no_total(run):
    text = ("Youth justice audit 2025\n\nRATINGS\n\n"
            "Standard                 Cases    Visits    Notes\n"
            "Assessment                   15         5        2\n"
            "Reviewing                     6        10        4\n")
    assert figures(run(text)) == []


# --- markdown grade tables out of a stated sample -----------------------------------------------

GRADES = ("# Quarterly audit report\n\n"
          "## Grades by practice area (n=40)\n\n"
          "| Area        | Good | RI | Inadequate |\n"
          "|-------------|------|----|------------|\n"
          "| Chronology  | 10   | 22 | 8          |\n"
          "| Visiting    | 30   | 6  | 4          |\n")


def test_a_grade_count_is_out_of_the_sample_the_heading_states(run):
    found = run(GRADES)
    f = figure(found, 55.0)  # 22 of 40
    assert (f.grade, f.polarity, f.denominator) == ("requires_improvement", "improvement", 40)
    assert figure(found, 75.0).grade == "good"


def test_a_markdown_rows_label_is_its_first_cell_inside_the_border(run):
    assert "Chronology" in (figure(run(GRADES), 25.0).measure or "")  # 10 of 40


def test_a_full_grade_scale_row_over_the_stated_sample_counts_out_of_its_own_sum(run):
    # a full scale (three grades or more) spreads each row's own cases over the grades (real16's tables), so a
    # row that adds up to more than the stated sample is read out of its own sum, not out of the sample
    text = GRADES.replace("(n=40)", "(n=30)").replace("| 10   | 22 | 8 ", "| 10   | 12 | 8 ")
    found = run(text)  # the Visiting row adds up to 40, the Chronology row to 30
    assert (figure(found, 75.0).count, figure(found, 75.0).denominator) == (30, 40)
    assert (figure(found, 40.0).count, figure(found, 40.0).denominator) == (12, 30)


def test_a_full_grade_scale_with_no_stated_sample_counts_out_of_each_rows_sum(run):
    found = run(GRADES.replace(" (n=40)", ""))
    assert (figure(found, 25.0).count, figure(found, 25.0).denominator) == (10, 40)


PARTIAL = ("# Quarterly audit report\n\n"
           "## Grades by practice area{sample}\n\n"
           "| Area        | Good | RI |\n"
           "|-------------|------|----|\n"
           "| Chronology  | 10   | 22 |\n"
           "| Visiting    | 30   | 6  |\n")


def test_a_partial_grade_scale_counts_only_out_of_a_stated_sample(run):
    assert figures(run(PARTIAL.format(sample=""))) == []  # two grades of the scale: the row's sum is no total
    assert figure(run(PARTIAL.format(sample=" (n=40)")), 55.0).denominator == 40  # 22 of 40


# --- a scorecard laid out by spaces -------------------------------------------------------------

SCORECARD = ("Adoption report 2024\n\n"
             "SCORECARD\n\n"
             "Measure                                      This year   Last year   Target   RAG\n"
             "B4  Children placed within 12 months of care       61%         55%      65%     A\n"
             "    Adopters approved within 6 months           7 of 10      4 of 8       –     G\n\n"
             "RAG: G = on target; A = within 5% of target; R = more than 5% off.\n")


def test_a_keyed_rows_cells_take_the_header_cell_over_them(run):
    found = run(SCORECARD)
    assert figure(found, 65.0).figure_kind == "target"  # under "Target", though the row has a key cell
    assert figure(found, 61.0).figure_kind == "result"


def test_two_count_cells_side_by_side_are_two_figures(run):
    found = run(SCORECARD)
    assert (figure(found, 70.0).count, figure(found, 50.0).count) == (7, 4)
    assert not [f for f in figures(found) if f.count == 10 and f.denominator == 8]


def test_a_step_done_within_its_time_is_a_strength(run):
    assert figure(run(SCORECARD), 70.0).polarity == "strength"


def test_a_rating_keys_within_band_is_no_figure(run):
    assert not [f for f in figures(run(SCORECARD)) if f.value == 5.0]


def test_a_figure_followed_by_we_aim_for_is_a_target(run):
    text = "Adoption report 2024\n\nADOPTERS\n\nApprovals were below the 80% we aim for.\n"
    assert figure(run(text), 80.0).figure_kind == "target"
    plain = "Adoption report 2024\n\nADOPTERS\n\nApprovals were at 80% in the year.\n"
    assert figure(run(plain), 80.0).figure_kind == "result"


# --- ratings of an earlier review ---------------------------------------------------------------

REVIEW = ("Children's home review 2025\n\n"
          "JUDGEMENTS\n\n"
          "Standard                          Judgement      Last review\n"
          "Health and wellbeing              Met            Not met\n"
          "Education                         Partly met     Met\n")


def test_a_partly_met_rating_is_an_improvement_and_an_earlier_rating_no_finding(run):
    found = [(f.polarity, f.text.split()[0]) for f in run(REVIEW) if f.rule.startswith("table:rating")]
    assert sorted(found) == [("improvement", "Education"), ("strength", "Health")]


def test_a_rating_under_a_column_of_its_own_is_still_read(run):
    text = REVIEW.replace("Last review", "This review")
    found = [(f.polarity, f.text.split()[0]) for f in run(text) if f.rule.startswith("table:rating")]
    assert ("improvement", "Health") in found and ("strength", "Education") in found


# --- a grade tally on one line of cells ---------------------------------------------------------

TALLY = ("Fostering report 2024\n\n"
         "FILE AUDIT\n\n"
         "Ten fostering files were audited and graded (n=10):\n\n"
         "    Good 4 | Requires improvement 5 | Inadequate 1\n")


def test_each_cell_of_a_grade_tally_is_a_graded_count_of_the_stated_sample(run):
    found = run(TALLY)
    assert (figure(found, 40.0).grade, figure(found, 40.0).polarity) == ("good", "strength")
    assert figure(found, 50.0).grade == "requires_improvement"
    assert (figure(found, 10.0).grade, figure(found, 10.0).denominator) == ("inadequate", 10)


def test_a_tally_with_no_stated_sample_or_a_cell_of_other_words_is_no_figure(run):
    assert figures(run(TALLY.replace(" (n=10)", ""))) == []
    assert figures(run(TALLY.replace("Inadequate 1", "Visits 1"))) == []


def test_a_blank_line_under_a_markdown_rule_keeps_the_rows_in_the_table(run):
    text = GRADES.replace("|-------------|------|----|------------|\n", "|-------------|------|----|------------|\n\n")
    assert figure(run(text), 55.0).grade == "requires_improvement"  # 22 of 40


def test_a_blank_line_under_a_plain_row_still_ends_its_table(run):
    text = GRADES.replace("|-------------|------|----|------------|\n", "| Total | 40 | 28 | 12 |\n\n")
    assert not [f for f in figures(run(text)) if f.count == 22]
