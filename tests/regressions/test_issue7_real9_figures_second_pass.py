"""Issue 7 (real9, real10 second pass on figures and grades): a grade's name wrapped over a
table header's two lines ("Requires" over "improvement") grades the column under it; a header
wrapped into other words grades nothing. Positive and negative cases, in wordings of our own."""
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
