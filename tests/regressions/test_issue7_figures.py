"""Issue 7: figures and graded figures read the way real reports write them.

One failure kind per test group, each with what must be found and what must not: compound
number words, "one" as a pronoun, counts out of a small or possessive total, counts and
percentages that spell each other out, grades carried to continuations, targets, series
and table rows (tab-separated, or under a title line), and amounts that are not figures.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focusfive_nlp.textview import plain_view
from picks import figure, figures, values

TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}



@pytest.fixture(scope="module")
def numbers(nlp):
    return nlp.get_pipe("ff_figures").numbers


# 1. compound number words ------------------------------------------------------------------
def test_hyphenated_number_words_are_read_whole(run, report):
    found = run(report("Of the 60 audits, thirty-three were graded Good or Outstanding overall, "
                       "twenty-one Requires Improvement and six Inadequate.\n"))
    assert values(found) == [10.0, 35.0, 55.0]
    good, ri = figure(found, 55.0), figure(found, 35.0)
    assert (good.count, good.denominator, good.grade, good.grade_qualifier) == (33, 60, "good", "or_above")
    assert (ri.count, ri.grade) == (21, "requires_improvement")


def test_word_pairs_that_are_no_number_are_not_read(nlp, numbers):
    for text in ("three-thirty", "twenty-fifteen", "five-six", "2019-20"):
        assert numbers.value(list(nlp.make_doc(text))) is None, text
    assert numbers.value(list(nlp.make_doc("ninety-nine"))) == 99


def test_a_year_span_before_a_count_keeps_the_count_alone(run, report):
    found = run(report("In 70 cases plans were audited and in 2019-20 12 cases were graded Good.\n"))
    assert all(f.value != 2019 for f in figures(found))


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(sorted(TENS)), st.sampled_from(sorted(UNITS)), st.sampled_from(["-", "–"]))
def test_any_hyphenated_number_word_parses_to_its_value(nlp, tens, unit, dash):
    numbers = nlp.get_pipe("ff_figures").numbers
    value = TENS[tens] + UNITS[unit]
    assert numbers.value(list(nlp.make_doc(f"{tens}{dash}{unit}"))) == value
    doc_findings = nlp(f"Of the 100 audits, {tens}{dash}{unit} were graded good.")._.findings
    assert [(f["value"], f["count"], f["denominator"]) for f in doc_findings if f["value"] is not None] == [
        (float(value), value, 100)]


def test_a_denominator_in_compound_words_is_the_total_of_of_these(run, report):
    found = run(report("Forty-two case audits were completed. Of these, 21 were graded good or outstanding, "
                       "17 requires improvement and 4 inadequate.\n"))
    assert [(f.value, f.denominator, f.grade) for f in figures(found)] == [
        (50.0, 42, "good"), (40.5, 42, "requires_improvement"), (9.5, 42, "inadequate")]


def test_a_smaller_total_in_the_sentence_before_is_no_total(run, report):
    found = run(report("Twenty case audits were completed. Of these, 21 were graded good.\n"))
    assert figures(found) == []


# 2. "one" as a pronoun ---------------------------------------------------------------------
def test_one_after_where_or_no_is_not_a_count(run, report):
    found = run(report("A pathway plan was in place for 29 of the 37 cases where one existed. "
                       "In 12 of the 58 plans no one had been named to carry out the actions.\n"))
    assert values(found) == [20.7, 78.4]


def test_one_as_a_count_is_still_a_figure(run, report):
    found = run(report("Of the 12 cases, one was graded inadequate.\n"))
    assert [(f.value, f.count, f.grade) for f in figures(found)] == [(8.3, 1, "inadequate")]


# 3. counts out of a total ------------------------------------------------------------------
def test_a_count_of_teams_out_of_a_small_total_is_a_figure(run, report):
    f = figure(run(report("High staff turnover in two of the four Child Protection teams has made it harder.\n")), 50.0)
    assert (f.count, f.denominator) == (2, 4)
    assert "Child Protection" in f.teams


@pytest.mark.parametrize("sentence", [
    "Health checks were late in two of the three months, which slowed progress.\n",
    "One of the two managers left in the spring.\n",
])
def test_durations_and_prose_counts_are_not_figures(run, report, sentence):
    assert figures(run(report(sentence))) == []


def test_a_total_after_its_or_their_is_a_total(run, report):
    f = figure(run(report("Practice in the Disabled Children's Team was consistently strong, with 11 of its\n"
                          "    13 audits rated good.\n")), 84.6)
    assert (f.count, f.denominator, f.grade) == (11, 13, "good")


def test_a_judgement_before_its_evidence_figure_is_a_finding_too(run, report):
    found = run(report("Practice in the Disabled Children's Team was consistently strong, with 11 of its 13 audits rated good.\n"))
    qualitative = [f for f in found if f.value is None]
    assert len(qualitative) == 1 and qualitative[0].polarity == "strength"
    assert "11 of its" not in qualitative[0].text


def test_a_figure_after_a_comma_without_with_does_not_split(run, report):
    found = run(report("Practice was consistently strong, and 11 of the 13 audits were rated good.\n"))
    assert [f for f in found if f.value is None and "strong" in f.text] == []


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.integers(min_value=2, max_value=400).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_k_of_n_gives_its_share_to_one_decimal(nlp, pair):
    k, n = pair
    found = [f for f in nlp(f"Overall, {k} of the {n} audits were graded good.")._.findings if f["value"] is not None]
    assert [(f["value"], f["count"], f["denominator"]) for f in found] == [(round(100 * k / n, 1), k, n)]


def test_a_slash_count_before_its_bracketed_share_is_one_figure(run, report):
    found = run(report("Practice was judged good or better in 11/18 cases (61%) and requires improvement in 7/18 (39%).\n"))
    assert [(f.value, f.count, f.denominator, f.grade) for f in figures(found)] == [
        (61.1, 11, 18, "good"), (38.9, 7, 18, "requires_improvement")]


def test_a_year_span_before_a_bracket_is_no_count(run, report):
    found = run(report("In 2019/20 (45%) plans were late.\n"))
    assert [(f.value, f.count) for f in figures(found)] == [(45.0, None)]


def test_a_bracketed_count_spelling_out_a_percentage_gives_one_figure_valued_by_the_count(run, report):
    found = run(report("The Youth Justice Service recorded the risk in 86% (6 of 7) of cases.\n"))
    assert [(f.value, f.count, f.denominator) for f in figures(found)] == [(85.7, 6, 7)]


def test_a_bracketed_count_of_another_share_stays_a_figure_of_its_own(run, report):
    found = run(report("Plans were late in 20% (2 of 7) of cases.\n"))
    assert values(found) == [20.0, 28.6]


# 4. grades carried ---------------------------------------------------------------------------
def test_a_grade_naming_the_audits_grades_their_share_and_its_earlier_value(run, report):
    found = run(report("Inadequate audits made up 11 per cent of the total, down from 14 per cent the year before.\n"))
    assert [(f.value, f.grade, f.polarity) for f in figures(found)] == [
        (11.0, "inadequate", "improvement"), (14.0, "inadequate", "improvement")]


def test_praise_at_a_sentence_start_is_no_grade(run, report):
    f = figure(run(report("Good practice was seen in 40% of files.\n")), 40.0)
    assert f.grade is None


def test_a_grade_list_with_counts_and_bracketed_shares(run, report):
    found = run(report("Good 12 (40%)\nRequires Improvement 14 (47%)\nInadequate 4 (13%)\n"))
    assert [(f.value, f.grade) for f in figures(found)] == [
        (40.0, "good"), (47.0, "requires_improvement"), (13.0, "inadequate")]


def test_a_label_that_is_no_grade_grades_nothing(run, report):
    f = figure(run(report("Visits 12 (40%)\n")), 40.0)
    assert f.grade is None


def test_a_grade_in_the_next_clause_is_not_the_figures(run, report):
    found = run(report("Of these, 49 (51%) were rated good or outstanding, up from 44% in quarter 1, "
                       "and the proportion rated inadequate had fallen to 6%.\n"))
    assert [(f.value, f.grade) for f in figures(found)] == [(51.0, "good"), (44.0, "good"), (6.0, "inadequate")]


def test_grades_in_a_series_grade_the_count_beside_them(run, report):
    found = run(report("Auditors graded the response Good for 8 of the 18 children, Requires\n"
                       "Improvement for 9 and Inadequate for 1.\n"))
    assert [(f.value, f.grade) for f in figures(found)] == [(44.4, "good"), (50.0, "requires_improvement"),
                                                            (5.6, "inadequate")]


@pytest.mark.parametrize("wide", [False, True])
def test_a_count_after_a_grade_across_a_line_break(run, report, wide):
    """"requires improvement\nfor 7": found whether or not the text is unwrapped (a report among
    wider ones, as in an archive's bundle, keeps its line breaks)."""
    text = ("The response was judged good for 6 of the 15 children, requires improvement\n"
            "for 7 and inadequate for 2.\n")
    if wide:
        text += "\n" + "A line far longer than any hand-wrapped line, " * 4 + "so the text is not unwrapped.\n"
    assert [(f.value, f.grade) for f in figures(run(report(text)))] == [(40.0, "good"), (46.7, "requires_improvement"),
                                                                          (13.3, "inadequate")]


def test_a_grade_word_with_no_grading_in_its_sentence_is_no_grade(run, report):
    f = figure(run(report("In 40% of cases the plan requires improvement.\n")), 40.0)
    assert f.grade is None and f.polarity == "improvement"


def test_a_count_after_for_needs_a_grade_before_it(run, report):
    assert figures(run(report("Visits were late for 9 and early for 2.\n"))) == []


def test_a_grade_before_the_next_figure_is_that_figures(run, report):
    found = run(report("Management oversight was judged as requiring improvement in 40% of cases and judged to be good in 48%.\n"))
    assert [(f.value, f.grade) for f in figures(found)] == [(40.0, "requires_improvement"), (48.0, "good")]


def test_a_continuation_and_a_target_keep_the_grade_of_the_share_they_continue(run, report):
    found = run(report("Overall, 52 of the 96 audits were graded good or better. This is up from 46 per cent in the "
                       "previous quarter but remains below the service's ambition of 65 per cent.\n"))
    earlier, target = figure(found, 46.0), figure(found, 65.0)
    assert (earlier.grade, earlier.grade_qualifier, earlier.polarity) == ("good", "or_above", "strength")
    assert (target.figure_kind, target.grade, target.grade_qualifier, target.polarity) == ("target", "good", "or_above", "neutral")


def test_a_count_of_named_teams_continues_the_graded_count_before(run, report):
    found = run(report("The Children with Disabilities Team had 9 out of 10 audits graded good or better. "
                       "The two Child Protection teams together had 11 out of 28, down from 15 out of 27 in the previous quarter.\n"))
    assert [(f.value, f.grade) for f in figures(found)] == [(90.0, "good"), (39.3, "good"), (55.6, "good")]


def test_a_benchmark_of_an_ungraded_result_takes_no_grade_from_the_sentence_before(run, report):
    found = run(report("Overall, 52 of the 96 audits were graded good or better.\n"
                       "Review conferences held on time: 97% (national 92%)\n"))
    bench = figure(found, 92.0)
    assert (bench.figure_kind, bench.grade) == ("benchmark", None)


def test_a_figure_with_its_own_measure_does_not_continue(run, report):
    found = run(report("Overall, 52 of the 96 audits were graded good or better. "
                       "Visits were held on time in 80 per cent of cases.\n"))
    assert figure(found, 80.0).grade is None


# 5. tables -----------------------------------------------------------------------------------
def test_tab_separated_rows_take_the_grade_of_their_column(run, report):
    found = run(report("Team\tAudits\tGood or better\nEarly Help\t34\t68%\nChild Protection\t61\t49%\n", heading="How Our Teams Compare"))
    rows = [(f.value, f.grade, f.grade_qualifier, f.polarity, f.teams) for f in figures(found)]
    assert rows == [(68.0, "good", "or_above", "strength", ["Early Help"]),
                    (49.0, "good", "or_above", "strength", ["Child Protection"])]
    assert [f.text for f in figures(found)] == ["Early Help\t34\t68%", "Child Protection\t61\t49%"]


DASHBOARD = ("Ref\tIndicator\tPolarity\tTarget\t2022/23\tQ2 23/24\tRAG\n"
             "AS1\tChild and family assessments completed\t-\tn/a\t3,540\t1,712\t-\n"
             "AS2\tAudited assessments graded good or better\t+\t70%\t58.0%\t63.5%\tRED\n")


def test_every_tab_row_is_read_and_its_label_is_the_cells_before_its_figures(run, report):
    """A row with no figures does not swallow the next; "AS2 | Audited ... good or better" is the label."""
    found = figures(run(report(DASHBOARD, heading="ASSESSMENT")))
    assert [(f.value, f.grade, f.grade_qualifier, f.figure_kind) for f in found] == [
        (70.0, "good", "or_above", "target"), (58.0, "good", "or_above", "result"), (63.5, "good", "or_above", "result")]
    assert {f.text for f in found} == {DASHBOARD.splitlines()[2]}
    assert found[1].measure == "AS2 Audited assessments graded good or better + – 2022/23"


def test_period_and_target_columns_name_no_audit_activity(run, report):
    found = figures(run(report(DASHBOARD, heading="ASSESSMENT")))
    assert [f.audit_activity for f in found] == [None, None, None]
    named = figures(run(report("Grade\tThematic audits\tDip samples\nGood\t40%\t55%\n", heading="ASSESSMENT")))
    assert [f.audit_activity for f in named] == ["Thematic audits", "Dip samples"]


def test_a_count_column_is_not_part_of_the_row_label(run, report):
    found = figures(run(report("Team\tAudits\tGood or better\nEarly Help\t34\t68%\n", heading="ASSESSMENT")))
    assert [f.measure for f in found] == ["Early Help – Good or better"]


def test_rows_under_a_title_line_take_its_grade(run, report):
    found = run(report("Team results - assessments graded Good or better\nMASH\t9 out of 11\nChildren in Need\t13 out of 22\n",
                       heading="ASSESSMENT"))
    assert [(f.value, f.grade, f.grade_qualifier, f.teams) for f in figures(found)] == [
        (81.8, "good", "or_above", ["MASH"]), (59.1, "good", "or_above", ["Children in Need"])]


def test_rows_after_a_blank_line_take_no_grade_from_the_line_above(run, report):
    found = run(report("Assessments graded Good or better by team\n\nMASH\t9 out of 11\nChildren in Need\t13 out of 22\n",
                       heading="ASSESSMENT"))
    assert [f.grade for f in figures(found)] == [None, None]


def test_a_tab_after_a_paragraph_number_or_bullet_is_a_space():
    view = plain_view("3.2\tThe Board heard that plans had improved.\n-\tA bullet item\nDate:\t12 June\nMASH\t9 out of 11\n")
    assert view.text == "3.2 The Board heard that plans had improved.\n- A bullet item\nDate: 12 June\nMASH\t9 out of 11\n"


def test_a_numbered_paragraph_with_a_tab_is_still_prose(run, report):
    found = run(report("3.2\tThe Board heard that plans had improved markedly and were now of a good standard.\n"))
    assert [f.polarity for f in found if f.value is None] == ["strength"]


# 6. not figures --------------------------------------------------------------------------------
def test_half_of_a_period_is_no_figure(run, report):
    assert figures(run(report("Two councils changed their audit tool for the second half of the year.\n"))) == []


def test_half_of_the_plans_is_a_figure(run, report):
    assert values(run(report("Half of the plans were reviewed late.\n"))) == [50.0]
