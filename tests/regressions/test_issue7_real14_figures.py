"""Issue 7 (development sets real14, real15): figures, graded figures, their polarity, and headings.

Kinds taught here, each with a case that must stay as it was:
- a deck's titled slide "Slide 4 — Plans", also with a lettered number ("Slide 6b — ..."), is a
  heading (a bare "Slide 4" stays a page marker);
- a grade tally on one line, "Hub: 12 families – Good 8, RI 3, Inadequate 1", grades each count
  out of the line's total (a grade and a number with no total stated count nothing);
- an audit question's answers "Yes 14  No 4" are the yes count out of all answers, a strength (the
  standard met, as real9's yes-count table); the "No" is no cue and no figure of its own;
- a paragraph number before "In 7 of the 10 cases" is no ratio ("4.1 in 7"), so the count stands;
- "good enough" (of care, of parenting) is no Ofsted grade;
- a table broken down by reason or category ("Reason   No.   %") gives neutral shares, and its
  residual "Other" row is no figure;
- a date on a line of its own ("3 March 2025") is no numbered heading, and a box's last sentence
  over its closing rule ("=====") is no underlined heading.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings
from picks import figure, figures


# --- titled slides ------------------------------------------------------------------------------

DECK = ("Quality Week 2024\n"
        "Findings for the leadership team\n\n"
        "Slide 3 — Visits\n"
        "58%\n"
        "of visits were recorded within a week\n\n"
        "Slide 3a — Supervision of caseloads\n"
        "64%\n"
        "of supervision notes set out actions for the child\n")


def test_a_titled_slide_with_a_lettered_number_is_a_heading():
    titles = [h.text for h in detect_headings(DECK)]
    assert "Slide 3 — Visits" in titles
    assert "Slide 3a — Supervision of caseloads" in titles


def test_figures_under_a_lettered_slide_take_its_section(run):
    assert figure(run(DECK), 64.0).section == "supervision"
    assert figure(run(DECK), 58.0).section == "visiting"


def test_a_bare_slide_number_stays_a_page_marker():
    text = "Quality Week 2024\n\nSlide 3\n\nVisits\n\n58% of visits were recorded within a week.\n"
    titles = [h.text for h in detect_headings(text)]
    assert "Slide 3" not in titles


def test_a_lettered_section_number_is_one_number():
    titles = [(h.text, h.level) for h in detect_headings(
        "Audit report\n\nSection 2b – Plans\n\nPlans were reviewed in every case we read this year.\n")]
    assert ("Section 2b – Plans", 1) in titles


# --- grade tallies on one line ------------------------------------------------------------------

TALLY = ("Case audit: spring 2024\n\nGrades by locality\n"
         "North locality: 20 cases – Good 11, RI 6, Inadequate 3\n"
         "South locality: 10 cases – Outstanding 1, Good 5, RI 4\n")


def test_a_grade_tally_grades_each_count_out_of_the_lines_total(run):
    found = run(TALLY)
    assert (figure(found, 55.0).grade, figure(found, 55.0).polarity) == ("good", "strength")
    assert (figure(found, 30.0).grade, figure(found, 30.0).count, figure(found, 30.0).denominator) == (
        "requires_improvement", 6, 20)
    assert (figure(found, 15.0).grade, figure(found, 15.0).polarity) == ("inadequate", "improvement")
    assert (figure(found, 10.0).grade, figure(found, 10.0).denominator) == ("outstanding", 10)
    assert figure(found, 40.0).grade == "requires_improvement"


def test_a_grade_and_a_number_with_no_total_count_nothing(run, report):
    found = run(report("Ratings this year: Good 11, RI 6, and the rest were not graded."))
    assert not figures(found)


def test_a_word_like_above_before_a_number_is_no_tally(run, report):
    found = run(report("Of the 40 children, those aged above 5, and their brothers and sisters, were seen."))
    assert not [f for f in figures(found) if "count_grade_tally" in f.rule]


# --- yes / no answers to an audit question ------------------------------------------------------

ANSWERS = ("Joint audit of referrals 2024\n\nAnswers by question (16 children)\n"
           "Q1: was the referral acknowledged within a day?  Yes 12  No 4\n"
           "Q2: was the family told of the outcome?  Yes 5  No 11\n")


def test_yes_answers_are_a_count_of_all_answers(run):
    found = run(ANSWERS)
    assert (figure(found, 75.0).count, figure(found, 75.0).denominator) == (12, 16)
    assert (figure(found, 31.2).count, figure(found, 31.2).denominator) == (5, 16)
    assert "answer count" in figure(found, 31.2).rule
    assert figure(found, 31.2).polarity == "strength"


def test_the_no_answers_are_no_figure(run):
    found = run(ANSWERS)
    assert sorted(round(f.value, 1) for f in figures(found)) == [31.2, 75.0]


def test_yes_and_no_in_prose_are_no_answer_count(run, report):
    found = run(report("Asked whether they felt listened to, parents said no 3 times and yes once."))
    assert not [f for f in figures(found) if "answer_count_pair" in f.rule]


def test_yes_with_a_colon_and_commas_reads_the_same(run, report):
    found = run(report("Was a chronology on file? Yes: 9, No: 3"))
    assert (figure(found, 75.0).count, figure(found, 75.0).denominator) == (9, 12)


# --- a paragraph number before a count ----------------------------------------------------------

def test_a_paragraph_number_before_in_n_of_m_leaves_the_count(run, report):
    found = run(report("3.2 In 9 of the 12 cases the plan had not been reviewed on time.", heading="3. Findings"))
    assert (figure(found, 75.0).count, figure(found, 75.0).denominator) == (9, 12)


def test_a_paragraph_number_before_a_fraction_in_words_leaves_it(run, report):
    found = run(report("3.3 In three out of four cases the child was seen alone.", heading="3. Findings"))
    assert figure(found, 75.0).polarity == "strength"


def test_one_in_n_still_reads_as_a_ratio(run, report):
    found = run(report("One in five plans had no contingency."))
    assert figure(found, 20.0).rule.startswith("figure:one_in_n")


# --- "good enough" is no grade ------------------------------------------------------------------

def test_good_enough_is_no_grade(run, report):
    found = run(report("Auditors judged 6 of the 15 plans good enough for the children's needs."))
    assert figure(found, 40.0).grade is None


def test_good_on_its_own_is_still_a_grade(run, report):
    found = run(report("Managers judged 6 of the 15 plans good."))
    assert figure(found, 40.0).grade == "good"


# --- breakdowns by reason -----------------------------------------------------------------------

REASONS = ("IRO annual report 2024\n\nChallenges\n\n"
           "There were 50 formal challenges in the year. By reason:\n\n"
           "Reason                                  No.     %\n"
           "Delay in permanence planning             20    40%\n"
           "Visits not within timescale              15    30%\n"
           "Other                                     15    30%\n")


def test_a_breakdown_by_reason_gives_neutral_shares(run):
    found = run(REASONS)
    assert figure(found, 40.0).polarity == "neutral"
    assert "breakdown by subject" in figure(found, 40.0).rule


def test_the_other_row_of_a_breakdown_is_no_figure(run):
    found = run(REASONS)
    assert [f.text.split()[0] for f in figures(found) if round(f.value) == 30] == ["Visits"]


def test_a_table_by_team_still_judges_its_rows(run):
    found = run("IRO annual report 2024\n\nVisits\n\n"
                "Team                                     No.     %\n"
                "Visits not within timescale              15    30%\n")
    assert figure(found, 30.0).polarity == "improvement"


# --- dates and boxed sentences are no headings ---------------------------------------------------

def test_a_date_on_a_line_of_its_own_is_no_heading():
    text = ("Overview and Scrutiny Committee\n\n3 March 2025\n\n1. PURPOSE OF REPORT\n\n"
            "1.1 This report sets out what the audit of plans found this year.\n")
    assert [h.text for h in detect_headings(text)] == ["1. PURPOSE OF REPORT"]


def test_a_numbered_heading_that_is_no_date_stays_a_heading():
    text = "Audit report 2025\n\n3 Planning\n\nPlans were reviewed on time in most of the cases we read.\n"
    assert "3 Planning" in [h.text for h in detect_headings(text)]


def test_a_boxs_last_sentence_over_its_closing_rule_is_no_heading():
    text = ("Audit report 2025\n\nSUMMARY\n  » Visits were on time in most cases.\n"
            "  » Plans were clearer than at the last audit.\n==========================\n\nNext steps\n")
    assert "» Plans were clearer than at the last audit." not in [h.text for h in detect_headings(text)]


def test_an_underlined_title_stays_a_heading():
    text = "Audit report 2025\n\nvisits and direct work\n======================\n\nVisits were on time.\n"
    assert "visits and direct work" in [h.text for h in detect_headings(text)]
