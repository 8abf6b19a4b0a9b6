"""Issue 7: figure polarity and finding detection on real-genre text, by kind.

Each kind (counts split across a sentence, descriptive counts, comparisons that continue a
figure, a standard stated as done, planned actions, judgements in a subordinate clause) has
a positive and a negative case, in short texts written for these tests in the shapes of
improvement plan updates, internal audit reports, partnership briefings and committee minutes.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from picks import figure as by_value, figures


def qualitative(findings, words):
    return [f for f in findings if f.value is None and words in f.text]


# (a) totals split across a sentence -------------------------------------------------------
def test_counts_after_a_total_that_opens_the_sentence(run, report):
    fs = run(report("Of the 42 actions in the plan, 17 are complete (Blue), 15 are on track (Green), 7 are at "
                    "risk (Amber) and 3 are off track (Red).\n", heading="Overall position"))
    got = [(f.count, f.denominator, round(f.value, 1), f.polarity) for f in figures(fs)]
    assert got == [(17, 42, 40.5, "strength"), (15, 42, 35.7, "strength"),
                   (7, 42, 16.7, "improvement"), (3, 42, 7.1, "improvement")]


def test_rag_counts_without_a_verb(run, report):
    fs = run(report("Of the 32 actions in the plan, 19 are rated Green, 9 Amber and 4 Red.\n"))
    assert [(f.count, f.polarity) for f in figures(fs)] == [(19, "strength"), (9, "improvement"), (4, "improvement")]


def test_a_count_with_no_total_is_no_figure(run, report):
    assert not figures(run(report("17 are complete and 15 are on track.\n")))


def test_a_count_takes_the_total_of_the_sentence_before(run, report):
    fs = run(report("Visit records were on file within five working days in 29 of the 40 cases (72.5%). "
                    "Eleven records were late, by between six and 34 days.\n", heading="Recording of visits"))
    f = by_value(fs, 27.5)
    assert (f.count, f.denominator, f.polarity) == (11, 40, "improvement")
    fs = run(report("Of the 42 actions in the plan, 17 are complete. At the last update in June, 11 actions were "
                    "complete.\n"))
    assert (by_value(fs, 26.2).count, by_value(fs, 26.2).denominator) == (11, 42)


def test_a_count_that_is_a_verbs_object_takes_no_total_from_before(run, report):
    fs = run(report("Life story work had been started for 12 of the 19 children with a plan for adoption. "
                    "The service acted at once when audits found two children placed out of area.\n"))
    assert [round(f.value, 1) for f in figures(fs)] == [63.2]


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(st.integers(min_value=5, max_value=400).flatmap(lambda n: st.tuples(st.just(n), st.integers(1, n - 1))))
def test_of_the_n_things_k_were_g_gives_100k_over_n(run, report, nk):
    n, k = nk
    fs = figures(run(report(f"Of the {n} audits, {k} were rated good.\n")))
    assert [(f.count, f.denominator, f.value) for f in fs] == [(k, n, round(100 * k / n, 1))]
    assert fs[0].polarity == "strength"


def test_a_count_of_its_total(run, report):
    fs = run(report("Practice in the Disabled Children's Team was consistently strong, with 11 of its 13 audits "
                    "rated good.\n"))
    f = by_value(fs, 84.6)
    assert (f.count, f.denominator, f.grade, f.polarity) == (11, 13, "good", "strength")
    # the judgement before ", with" is a finding of its own
    assert [f.polarity for f in qualitative(fs, "consistently strong")] == ["strength"]


def test_a_figure_with_no_comma_before_with_opens_no_clause(run, report):
    fs = run(report("Plans were shared with 12 of the 30 young people.\n"))
    assert not [f for f in fs if f.value is None]


# (b) descriptive counts of the children audited -------------------------------------------
def test_counts_of_the_children_out_of_a_total_stated_before(run, report):
    fs = run(report("Ten children's records were audited by five agencies. Seven of the children were on child "
                    "protection plans and three were open to Early Help.\n", heading="What we looked at"))
    seven, three = by_value(fs, 70.0), by_value(fs, 30.0)
    assert (seven.count, seven.denominator, seven.polarity) == (7, 10, "neutral")
    assert (three.count, three.denominator, three.polarity) == (3, 10, "neutral")
    assert "Early Help" in three.teams and "Early Help" not in seven.teams  # teams by clause


def test_of_the_children_with_no_stated_total_is_no_figure(run, report):
    assert not figures(run(report("The audit looked at records. Seven of the children were on plans.\n")))


def test_a_fraction_of_the_records_is_still_a_fraction(run, report):
    fs = run(report("A third of the records had no supervision note in the last three months.\n", heading="SUPERVISION"))
    assert [(round(f.value, 1), f.polarity) for f in figures(fs)] == [(33.3, "improvement")]


def test_the_second_half_of_the_year_is_a_time_not_a_figure(run, report):
    assert not figures(run(report("Two councils changed their tool; their returns for the second half of the year "
                                  "are included.\n")))
    assert [f.value for f in figures(run(report("Half of the children had a plan that had been updated.\n")))] == [50.0]


# (e) a figure that another one is compared with ---------------------------------------------
def test_an_earlier_value_takes_the_polarity_of_what_it_measures(run, report):
    fs = run(report("Supervision frequency has dropped to 62% in time, from 74% in June, because of manager "
                    "vacancies in two Children in Need teams.\n", heading="SUPERVISION"))
    assert by_value(fs, 62.0).polarity == by_value(fs, 74.0).polarity == "strength"
    assert "compared with the figure before" in by_value(fs, 74.0).rule
    changes = [f for f in fs if f.rule.startswith("figure:judgement")]
    assert changes and changes[0].polarity == "improvement"  # the fall is a finding of its own
    assert "Children in Need" in changes[0].teams and "Children in Need" not in by_value(fs, 74.0).teams


def test_up_from_keeps_the_grade_of_the_figure_before(run, report):
    fs = run(report("Of these, 49 (51%) were rated good or outstanding, up from 44% in quarter 1, and the proportion "
                    "rated inadequate had fallen to 6%.\n"))
    f = by_value(fs, 44.0)
    assert (f.grade, f.grade_qualifier, f.polarity) == ("good", "or_above", "strength")
    assert (by_value(fs, 6.0).grade, by_value(fs, 6.0).polarity) == ("inadequate", "improvement")


def test_a_figure_with_its_own_words_is_not_a_comparison(run, report):
    fs = run(report("In the quarter 62% of visits were in time and 20% were overdue.\n", heading="VISITS"))
    assert (by_value(fs, 62.0).polarity, by_value(fs, 20.0).polarity) == ("strength", "improvement")
    assert "compared" not in by_value(fs, 20.0).rule


def test_areas_named_by_compass_words_continue_the_figure_before(run, report):
    fs = run(report("Between councils, the share graded good or better ranged from 38% to 79%. The northern "
                    "sub-region had 66% and the southern sub-region 54%.\n"))
    for value in (66.0, 54.0):
        f = by_value(fs, value)
        assert (f.grade, f.grade_qualifier, f.polarity) == ("good", "or_above", "strength")


# what a figure measures: a standard stated as done -------------------------------------------
def test_a_standard_done_decides_a_figure(run, report):
    fs = run(report("Only 24 of the 40 visit records (60%) had been authorised by a team manager.\n"))
    f = by_value(fs, 60.0)
    assert f.polarity == "strength" and "standard done 'had been authorised'" in f.rule
    fs = run(report("A placement plan signed by the carer was on file for 38 of the 40 children.\n"))
    assert by_value(fs, 95.0).polarity == "strength"


def test_a_negated_standard_done_is_a_concern(run, report):
    fs = run(report("In 12 of the 58 plans no one had been named to carry out the actions.\n"))
    assert by_value(fs, 20.7).polarity == "improvement"


def test_a_standard_done_makes_no_finding_without_a_figure(run, report):
    assert not run(report("The files had been moved to the new system over the summer.\n"))


# (c) planned actions and agreed next steps --------------------------------------------------
NEXT_STEPS = ("The audit found gaps.\n\n5. What needs to happen next\n\n"
              "◦ Adult drug and alcohol services to be invited to every child protection conference.\n"
              "◦ All agencies to record the child's words, not only the adult's account.\n"
              "◦ Plans to include a relapse contingency.\n"
              "◦ Visit records should be placed on file within five working days.\n")


def test_agreed_next_steps_are_no_findings(run, report):
    fs = run(report(NEXT_STEPS, heading="Findings"))
    for words in ("to be invited", "All agencies to record", "Plans to include"):
        assert not qualitative(fs, words), words
    assert not qualitative(fs, "What needs to happen next")


def test_a_next_step_worded_as_a_need_is_an_improvement(run, report):
    fs = qualitative(run(report(NEXT_STEPS, heading="Findings")), "should be placed on file")
    assert [f.polarity for f in fs] == ["improvement"] and "need under an actions header" in fs[0].rule


def test_recommendations_stay_improvements(run, report):
    fs = run(report("Recommendations\n\n1. Each team manager to check chronologies at every supervision.\n"
                    "2. Plans to include dates and a contingency for every action.\n", heading="Findings"))
    assert [f.polarity for f in qualitative(fs, "Plans to include")] == ["improvement"]


def test_next_steps_inside_a_list_of_strengths_is_no_header(run, report):
    fs = run(report("The areas of good practice identified were; focus on the referral concerns, clear plan around "
                    "next steps, supervision tool being used with clear notes of discussion.\n", heading="SUPERVISION"))
    assert [f.polarity for f in qualitative(fs, "supervision tool")] == ["strength"]


# (d) a judgement in a subordinate clause ------------------------------------------------------
def test_which_weakens_is_a_concern(run, report):
    fs = run(report("Managers told us that the supervision of visits is often done in bulk at month end, which weakens "
                    "its value as a check on practice.\n", heading="SUPERVISION"))
    assert [f.polarity for f in qualitative(fs, "weakens")] == ["improvement"]


def test_a_neutral_sentence_with_which_is_no_finding(run, report):
    fs = run(report("Managers told us that the supervision of visits is often done at month end, which is when the "
                    "report runs.\n", heading="SUPERVISION"))
    assert not qualitative(fs, "month end")


def test_evidence_that_and_kept_up_are_standards_met(run, report):
    fs = run(report("In 13 of the 24 files there was evidence that the worker had used the child's own way of "
                    "communicating. Statutory visits every six weeks were kept up in 10 of the 14 arrangements.\n"))
    assert (by_value(fs, 54.2).polarity, by_value(fs, 71.4).polarity) == ("strength", "strength")


def test_no_evidence_that_and_not_kept_up_are_concerns(run, report):
    fs = run(report("In 5 of the 24 files there was no evidence that the worker had met the child. Statutory visits "
                    "were not kept up in 4 of the 14 arrangements.\n"))
    assert (by_value(fs, 20.8).polarity, by_value(fs, 28.6).polarity) == ("improvement", "improvement")
