"""Issue 7 (development set real18): figures and graded figures of informal QA writing.

Kinds taught here, each with a case that must stay as it was:
- a slash count where a bare count's pattern would match ("13/20" / "files graded good or
  better", "when 8/20" / "were graded ...") states its own total: it is read as the slash count;
- a table row's grade tally ("cp team   7 files   good 2 · RI 4 · inadequate 1") grades each
  count by the grade word before it, out of the row's own files, and tags the row's team;
- the last item of a one-line tally closed by a full stop ("Good 5, RI 4, Inadequate 3.") counts.
"""
from __future__ import annotations

from picks import figure, figures, values


# --- slash counts that open a bare count's pattern -------------------------------------------------

BIG_NUMBERS = ("Neglect audit on a page 2025\n\nTHE NUMBERS\n\n"
               "12/25\nfiles graded good or better\n\n"
               "4/25\nfiles graded inadequate\n\n"
               "SINCE LAST TIME\n"
               "Fewer files were inadequate than in 2023, when 6/25\nwere graded inadequate.\n")


def test_a_slash_count_over_its_grade_line_is_a_graded_figure(run):
    found = run(BIG_NUMBERS)
    assert (figure(found, 48.0).grade, figure(found, 48.0).grade_qualifier) == ("good", "or_above")
    assert (figure(found, 48.0).count, figure(found, 48.0).denominator) == (12, 25)
    assert (figure(found, 16.0).grade, figure(found, 16.0).polarity) == ("inadequate", "improvement")


def test_a_slash_count_wrapped_before_its_verb_is_a_figure(run):
    assert figure(run(BIG_NUMBERS), 24.0).grade == "inadequate"


def test_a_year_span_before_a_verb_is_no_figure(run, report):
    found = run(report("Of the 30 plans we read, 2019/20 were the hardest to follow."))
    assert not figures(found)


# --- grade tallies in table rows -----------------------------------------------------------------

ROWS = ("Monthly audit note 2024\n\nWe audited 30 files this month.\n\nRESULTS BY TEAM\n\n"
        "    north team        10 files   good 6 · RI 3 · inadequate 1\n"
        "    PACT               8 files   good 2 · RI 6\n"
        "    fostering team     4 files   good 3 · inadequate 1\n")


def test_each_count_of_a_row_tally_is_graded_out_of_the_rows_files(run):
    found = run(ROWS)
    assert (figure(found, 60.0).grade, figure(found, 60.0).count, figure(found, 60.0).denominator) == ("good", 6, 10)
    assert (figure(found, 30.0).grade, figure(found, 30.0).polarity) == ("requires_improvement", "improvement")
    assert (figure(found, 75.0).grade, figure(found, 75.0).denominator) == ("requires_improvement", 8)
    assert figure(found, 25.0).grade == "good"  # the second row's good 2 of 8 (and 1 of 4 inadequate)
    assert figure(found, 25.0).grade_qualifier is None


def test_a_row_tally_tags_the_team_its_row_names(run):
    found = run(ROWS)
    assert "PACT" in figure(found, 75.0).teams
    assert "PACT" not in figure(found, 60.0).teams


def test_a_row_total_is_no_count_of_the_total_above(run):
    # "8 files" is the row's total, not 8 of the 30 files audited (26.7)
    assert 26.7 not in values(run(ROWS))
    assert 33.3 not in values(run(ROWS))  # "10 files" is no count either


def test_a_row_with_files_and_no_tally_counts_nothing(run):
    text = ("Monthly audit note 2024\n\nWe audited 30 files this month.\n\nFILES BY TEAM\n\n"
            "    north team        10 files   read in May\n"
            "    cp team            8 files   read in June\n"
            "    fostering team     4 files   read in June\n")
    assert not figures(run(text))


# --- the last item of a one-line tally ------------------------------------------------------------

def test_the_last_tally_item_before_a_full_stop_counts(run, report):
    found = run(report("In the hub: 12 families - Good 5, RI 4, Inadequate 3."))
    assert (figure(found, 25.0).grade, figure(found, 25.0).count, figure(found, 25.0).denominator) == (
        "inadequate", 3, 12)
    assert values(found) == [25.0, 33.3, 41.7]


def test_a_grade_and_a_number_before_a_full_stop_with_no_total_count_nothing(run, report):
    assert not figures(run(report("Most of the work we saw was good 3.")))
