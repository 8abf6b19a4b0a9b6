"""Figures (FINDINGS.md §2 'What is a figure'): percentages, word fractions, counts out of a
total, their values, counts and denominators; hedged amounts, bare counts, years, scores and
durations are not figures; figure kinds (target, benchmark, change)."""
from __future__ import annotations

import pytest


def figures(findings):
    return [f for f in findings if f.value is not None]


def only_figure(findings):
    figs = figures(findings)
    assert len(figs) == 1, [(f.value, f.text) for f in figs]
    return figs[0]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("- 52% of plans were graded Good.\n", 52.0),
        ("- 52 % of plans were graded Good.\n", 52.0),
        ("- 52 per cent of plans were graded Good.\n", 52.0),
        ("- Fifty-two per cent of plans were graded Good.\n", 52.0),
        ("- 12.5% of plans were graded Good.\n", 12.5),
        ("- In half of cases plans were graded Good.\n", 50.0),
        ("- In a quarter of cases plans were graded Inadequate.\n", 25.0),
        ("- One in four plans were graded Good.\n", 25.0),
        ("- Two thirds of plans were graded Good.\n", 66.7),
        ("- Three quarters of plans were graded Good.\n", 75.0),
    ],
)
def test_percentages_and_word_fractions_are_figures(run, report, sentence, value):
    f = only_figure(run(report(sentence)))
    assert f.value == pytest.approx(value, abs=0.05)
    assert f.figure_kind == "result"
    assert f.count is None and f.denominator is None
    assert f.section == "planning"


def test_count_of_total(run, report):
    f = only_figure(run(report("- 36 of 70 cases were graded Good or higher.\n")))
    assert (f.value, f.count, f.denominator) == (51.4, 36, 70)
    assert (f.grade, f.grade_qualifier) == ("good", "or_above")


def test_count_out_of_total(run, report):
    f = only_figure(run(report("- 36 out of 70 cases were graded Good or higher.\n")))
    assert (f.value, f.count, f.denominator) == (51.4, 36, 70)


def test_word_count_of_the_total(run, report):
    f = only_figure(run(report("- Three of the 10 children had a plan graded Good.\n")))
    assert (f.value, f.count, f.denominator) == (30.0, 3, 10)


def test_count_with_total_stated_earlier_in_the_sentence(run, report):
    f = only_figure(run(report("In 70 cases the plan was audited, and 36 cases were graded Good or better.\n")))
    assert (f.value, f.count, f.denominator) == (51.4, 36, 70)
    assert (f.grade, f.grade_qualifier) == ("good", "or_above")


def test_count_with_total_no_noun_after_count(run, report):
    f = only_figure(run(report("In 70 cases audited, 36 were graded Good.\n")))
    assert (f.value, f.count, f.denominator) == (51.4, 36, 70)


@pytest.mark.parametrize(
    "body, grade, qualifier",
    [
        ("Of the 70 cases audited, 36 were graded Good.\n", "good", None),
        ("70 cases were audited. Of these, 36 were graded Good or better.\n", "good", "or_above"),
        ("In 70 cases the plan was audited. Of these, 36 cases were graded Good or better.\n", "good", "or_above"),
    ],
)
def test_count_with_total_from_of_the_or_earlier_sentence(run, report, body, grade, qualifier):
    f = only_figure(run(report(body)))
    assert (f.value, f.count, f.denominator) == (51.4, 36, 70)
    assert (f.grade, f.grade_qualifier) == (grade, qualifier)
    assert f.text in body


def test_count_without_total_is_not_a_figure_but_two_totals_are_not_mixed(run, report):
    # the total of one paragraph is not the denominator of a count in the next section
    text = report("70 cases were audited.\n", heading="ASSESSMENTS") + "\nPLANS\n\n- 36 cases were graded Good.\n"
    assert [f.value for f in run(text) if f.value is not None] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "- Nearly three quarters of plans were graded Good.\n",
        "- Over half of plans were graded Good.\n",
        "- The majority of plans were graded Good.\n",
        "- Fewer than one in three plans were graded Good.\n",
        "- All plans were graded Good.\n",
        "- 65 files were graded Good.\n",
        "- 36 cases were graded Good.\n",
        "- Roughly four in five plans were graded Good.\n",
        "- Close to a third of plans were graded Good.\n",
        "- Almost half of plans were graded Good.\n",
        "- None of the plans were graded Outstanding.\n",
        "- 65 files were audited in 2021.\n",
        "- The audit ran in 2018/19.\n",
        "- The average score for plans was 6.2 out of 10.\n",
        "- Plans were reviewed every 12 months.\n",
        "- Children under 12 had plans graded Good.\n",
        "- Plans were audited on 12 March 2021.\n",
    ],
)
def test_not_figures(run, report, sentence):
    found = figures(run(report(sentence)))
    assert found == [], [(f.value, f.rule, f.text) for f in found]


def test_several_figures_in_one_sentence_each_with_its_grade(run, report):
    fs = figures(run(report("- 46% were graded RI, 43% Good or above, 11% Inadequate.\n", heading="SUPERVISION")))
    got = sorted((f.value, f.grade, f.grade_qualifier, f.polarity) for f in fs)
    assert got == [
        (11.0, "inadequate", None, "improvement"),
        (43.0, "good", "or_above", "strength"),
        (46.0, "requires_improvement", None, "improvement"),
    ]
    assert {f.section for f in fs} == {"supervision"}


def test_figures_in_separate_bullets_each_found(run, report):
    fs = figures(run(report("- 40% were graded Good or above.\n- 60% were graded Requires Improvement or below.\n")))
    assert sorted(f.value for f in fs) == [40.0, 60.0]


def test_target_kind(run, report):
    f = only_figure(run(report("- The service has a target of 80% of plans graded Good.\n")))
    assert f.value == 80.0
    assert f.figure_kind == "target"
    assert f.polarity == "neutral"


def test_benchmark_kind(run, report):
    f = only_figure(run(report("- The national average of 60% is higher than ours.\n")))
    assert f.value == 60.0
    assert f.figure_kind == "benchmark"
    assert f.polarity == "neutral"


def test_change_kind(run, report):
    f = only_figure(run(report("- Plans graded Good were up 12 percentage points.\n")))
    assert f.value == 12.0
    assert f.figure_kind == "change"


def test_result_and_benchmark_in_one_sentence(run, report):
    fs = figures(run(report("- 43% of plans were graded Good or above, which is below the national average of 60%.\n")))
    kinds = {f.value: f.figure_kind for f in fs}
    assert kinds == {43.0: "result", 60.0: "benchmark"}
    by_value = {f.value: f for f in fs}
    assert by_value[43.0].polarity == "strength"
    assert by_value[60.0].polarity == "neutral"


def test_figure_measure_is_filled(run, report):
    f = only_figure(run(report("- 52% had chronologies that were out of date.\n", heading="CHRONOLOGY")))
    assert f.measure and "chronolog" in f.measure.lower()


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("- Plans graded Good were up 12 percentage points.\n", "strength"),
        ("- Plans graded Good were down 10 percentage points.\n", "improvement"),
        ("- Plans graded Inadequate fell by 5 percentage points.\n", "strength"),
        ("- Plans graded Inadequate rose by 5 percentage points.\n", "improvement"),
    ],
)
def test_change_takes_the_direction_it_states(run, report, sentence, polarity):
    f = only_figure(run(report(sentence)))
    assert f.figure_kind == "change"
    assert f.polarity == polarity


def test_audit_activity_and_period(run, report):
    f = only_figure(run(report("In the Fostering Audit (Summer 2021), 45% of cases were graded Good or above.\n")))
    assert f.value == 45.0
    assert f.audit_activity == "Fostering Audit"
    assert f.period == "Summer 2021"
    assert f.teams == ["Fostering"]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("- 52\u00a0% of plans were graded Good.\n", 52.0),
        ("- 53\u00a0per cent of plans were graded Good.\n", 53.0),
        ("- Twenty per cent of plans were graded Inadequate.\n", 20.0),
        ("- One third of plans were graded Good.\n", 33.3),
        ("- 1 in 5 plans were graded Good.\n", 20.0),
    ],
)
def test_more_figure_spellings(run, report, sentence, value):
    # "52\u00a0%": a non-breaking space between number and sign, as Word and PDFs write it
    f = only_figure(run(report(sentence)))
    assert f.value == pytest.approx(value, abs=0.05)


def test_non_breaking_space_figure_in_a_text_file(tmp_path, run, report):
    path = tmp_path / "nbsp-2022.txt"
    path.write_text(report("- 52\u00a0% of plans were graded Good.\n"), encoding="utf-8")
    fs = [f for f in run(path) if f.value is not None]
    assert [f.value for f in fs] == [52.0]


def test_crlf_file_offsets(tmp_path, run):
    from focusfive_nlp import read_document

    path = tmp_path / "crlf-2020.txt"
    path.write_bytes(b"Audit Report 2019/20\r\n\r\nPLANS\r\n\r\n- 43% were graded Good.\r\n- Plans were not SMART.\r\n")
    fs = run(path)
    text = read_document(path).text
    assert sorted((f.value is None, f.section) for f in fs) == [(False, "planning"), (True, "planning")]
    for f in fs:
        assert text[f.start_char:f.end_char] == f.text
    assert {f.report_year for f in fs} == {2019}


def test_table_of_counts_with_a_total_column(run, report):
    table = "Quarter | Good | RI | Total\nQ1 | 18 | 22 | 40\n"
    figs = figures(run(report("Grades by quarter:\n\n" + table, heading="AUDIT GRADES")))
    got = sorted((f.value, f.count, f.denominator, f.grade) for f in figs)
    assert got == [(45.0, 18, 40, "good"), (55.0, 22, 40, "requires_improvement")]


def test_elliptical_count_after_a_grade_takes_the_total_before_it(run, report):
    figs = figures(run(report("- Plans were graded Requires Improvement in 16 of the 36 cases and Good in 14.\n")))
    assert sorted((f.value, f.grade) for f in figs) == [(38.9, "good"), (44.4, "requires_improvement")]


def test_bracketed_percentage_restating_a_count_is_one_figure(run, report):
    figs = figures(run(report("- Partners agreed with the decision in 33 out of 40 cases (82.5%).\n")))
    assert [(f.value, f.count, f.denominator) for f in figs] == [(82.5, 33, 40)]


def test_of_these_refers_to_the_count_of_the_sentence_before(run, report):
    text = "- 12 of the 40 referrals were stepped down. In 7 of these, a lead professional was identified quickly.\n"
    figs = figures(run(report(text)))
    assert sorted((f.value, f.count, f.denominator) for f in figs) == [(30.0, 12, 40), (58.3, 7, 12)]


def test_a_judgement_of_a_figure_is_its_own_finding(run, report):
    fs = run(report("- Training had been completed in 21 of the 60 households, which is too few.\n"))
    fig = only_figure(fs)
    assert (fig.value, fig.polarity) == (35.0, "strength")  # what it measures: training completed
    assert [f.polarity for f in fs if f.rule.startswith("figure:judgement")] == ["improvement"]


def test_stepped_down_is_not_a_fall(run, report):
    fs = run(report("- 12 of the 40 referrals were stepped down to Early Help.\n"))
    assert [f.rule for f in fs if f.rule.startswith("figure:judgement")] == []
    assert only_figure(fs).value == 30.0
