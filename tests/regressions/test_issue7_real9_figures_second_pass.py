"""Issue 7 (real9, real10 second pass on figures and grades): a grade's name wrapped over a
table header's two lines ("Requires" over "improvement") grades the column under it; a header
wrapped into other words grades nothing. Rows of "grade  count" pairs ("Good  17    Good  15",
grades before and after a review) under a title stating the sample in brackets ("(40 audits)")
are counts of that sample, each graded by the cell before it; with no stated sample, or a
label that is no grade, they stay numbers. Positive and negative cases, in wordings of our own."""
from __future__ import annotations

from picks import figure


def _table(second_line: str) -> str:
    return ("Service                    Files      Good     Requires        Inadequate\n"
            f"                           {second_line}\n"
            "North locality               30        18         9               3\n"
            "South locality               20         9         8               3\n")


def test_a_grade_wrapped_over_two_header_lines_grades_its_column(run, report):
    found = run(report(_table("audited             improvement"), heading="Grades by locality"))
    ri = figure(found, 30.0)  # 9 of the 30
    assert (ri.grade, ri.polarity, ri.denominator) == ("requires_improvement", "improvement", 30)
    assert "wrapped header" in ri.rule
    assert figure(found, 60.0).grade == "good"  # an unbroken header keeps its own grade


def test_a_header_wrapped_into_other_words_grades_nothing(run, report):
    found = run(report(_table("audited             follow-up"), heading="Grades by locality"))
    assert figure(found, 30.0).grade is None
    assert "wrapped header" not in figure(found, 30.0).rule


PAIRS = ("Grades given by the first auditor and by the reviewer{total}\n"
         "First grade            Grade after review\n"
         "Outstanding  3         Outstanding  2\n"
         "Good  19               Good  16\n"
         "Requires improvement  12     Requires improvement  15\n"
         "Inadequate  6          Inadequate  7\n")


def test_grade_count_pairs_are_counts_of_the_titles_sample(run, report):
    found = run(report(PAIRS.format(total=" (40 audits)"), heading="Review of grades"))
    assert (figure(found, 47.5).grade, figure(found, 47.5).count, figure(found, 47.5).denominator) == ("good", 19, 40)
    assert figure(found, 40.0).grade == "good"  # the second pair: 16 of 40
    assert (figure(found, 37.5).grade, figure(found, 37.5).polarity) == ("requires_improvement", "improvement")
    assert figure(found, 17.5).grade == "inadequate"
    assert all("grade_count_pairs" in f.rule for f in found if f.value is not None)


def test_grade_count_pairs_with_no_stated_sample_stay_numbers(run, report):
    found = run(report(PAIRS.format(total=""), heading="Review of grades"))
    assert [f for f in found if f.value is not None] == []


def test_name_count_pairs_are_no_grade_counts(run, report):
    text = ("Visits by team (40 visits)\n"
            "Team                Team\n"
            "North  12           South  9\n"
            "East  11            West  8\n")
    found = run(report(text, heading="Visits"))
    assert [f for f in found if f.value is not None] == []
