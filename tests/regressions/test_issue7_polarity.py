"""Issue 7: judgements read the way real published reports write them.

One small document per failure kind (tests/regressions/data/issue7-*.txt, written for
these tests in the shapes of IRO annual reports, committee minutes, partnership audit
briefings, slides, RAG dashboards, inspection letters and double-spaced PDF transcripts).
Each test checks what must be found and what must not.
"""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def found(run):
    cache: dict[str, list] = {}

    def _found(name: str):
        if name not in cache:
            cache[name] = run(DATA / f"issue7-{name}.txt")
        return cache[name]

    return _found


def figure(findings, value):
    hits = [f for f in findings if f.value is not None and round(f.value, 1) == value and f.rule != "figure:judgement"]
    assert hits, [(f.value, f.polarity, f.text) for f in findings]
    return hits[0]


def clause(findings, words):
    hits = [f for f in findings if f.value is None and words in f.text]
    return hits[0] if hits else None


# 1. bare figures of a positive attribute -------------------------------------------------
@pytest.mark.parametrize("value, step", [(87.0, "in time"), (79.0, "up to date"), (94.2, "within 10 working days")])
def test_a_share_of_a_positive_attribute_is_a_strength(found, value, step):
    f = figure(found("iro-annual-report"), value)
    assert f.polarity == "strength"
    assert step in f.rule  # the rule names the attribute that decided


def test_met_partially_met_and_not_met_columns(found):
    fs = found("rag-dashboard")
    assert [figure(fs, v).polarity for v in (81.0, 12.0, 7.0)] == ["strength", "improvement", "improvement"]


def test_target_column_is_neutral_and_the_actual_follows_its_row(found):
    fs = found("rag-dashboard")
    assert figure(fs, 93.0).polarity == "strength"
    target = figure(fs, 95.0)
    assert (target.polarity, target.figure_kind) == ("neutral", "target")


# 2. a figure that continues another ----------------------------------------------------
@pytest.mark.parametrize("value", [71.0, 64.0, 80.0, 69.0])
def test_a_continuing_figure_takes_the_grade_and_polarity_of_the_one_before(found, value):
    f = figure(found("iro-annual-report"), value)
    assert (f.grade, f.grade_qualifier, f.polarity) == ("good", "or_above", "strength")
    assert "continues" in f.rule


def test_the_second_figure_of_a_bracketed_pair_keeps_the_measure(found):
    assert figure(found("iro-annual-report"), 81.5).polarity == "strength"


def test_a_figure_with_words_of_its_own_does_not_continue(found):
    # "The number of children in care rose by 6.3%" has its own subject: no grade is carried
    f = figure(found("iro-annual-report"), 6.3)
    assert f.grade is None and "continues" not in f.rule


# 3. negation joined to what it negates -------------------------------------------------
@pytest.mark.parametrize("words", ["has not yet achieved", "has not yet fed through"])
def test_not_yet_negates_across_yet(found, words):
    f = clause(found("iro-annual-report"), words)
    assert f is not None and f.polarity == "improvement", words


def test_not_yet_in_an_inspection_letter(found):
    f = clause(found("inspection-letter"), "not yet specific enough")
    assert f is not None and f.polarity == "improvement"


# 5. abbreviations and dates ------------------------------------------------------------
def test_a_minute_number_and_a_date_are_neither_a_sentence_break_nor_a_figure(found):
    fs = found("committee-minutes")
    assert not [f for f in fs if f.value is not None]
    assert not [f for f in fs if f.text.strip() in {"Minute No", "Further to Minute No"}]


# 7. list items under a polarity header -------------------------------------------------
@pytest.mark.parametrize("words, polarity", [
    ("Multi-Agency Working", "strength"),
    ("Improvement in permanency planning", "strength"),
    ("Inconsistency in quality of safety plans", "improvement"),
    ("Recording of supervision", "improvement"),
    ("Core groups held regularly", "strength"),
    ("Good use of direct work tools", "strength"),
])
def test_items_with_no_bullet_take_the_header_polarity(found, words, polarity):
    f = clause(found("audit-briefing"), words)
    assert f is not None and f.polarity == polarity, words


def test_the_header_line_itself_is_not_a_finding(found):
    fs = found("audit-briefing")
    assert clause(fs, "What's working well") is None
    assert clause(fs, "Key Strengths for") is None


def test_a_count_under_a_strengths_header_is_a_strength(found):
    f = figure(found("audit-briefing"), 66.7)  # "(12/18)"
    assert (f.count, f.denominator, f.polarity) == (12, 18, "strength")


# 8. positive wording outside the cue list ----------------------------------------------
@pytest.mark.parametrize("text, words, polarity", [
    ("Members noted that the service had very positive feedback on visits.", "very positive", "strength"),
    ("Significant progress has been made on the timeliness of assessments.", "progress", "strength"),
    ("Caseloads are considerably lower than a year ago, so visits are more regular.", "Caseloads", "strength"),
    ("Delays in convening core groups have reduced this quarter.", "Delays", "strength"),
    ("Delays in convening core groups have increased this quarter.", "Delays", "improvement"),
    ("Visits within timescale fell over the summer.", "Visits", "improvement"),
    ("The backlog of unallocated referrals in the MASH has been addressed.", "backlog", "strength"),
])
def test_polarity_by_composition(run, report, text, words, polarity):
    fs = [f for f in run(report(text, heading="VISITS")) if f.value is None]
    assert fs and fs[0].polarity == polarity, [(f.polarity, f.rule, f.text) for f in fs]
    assert words in fs[0].text


# 9. non-findings -----------------------------------------------------------------------
@pytest.mark.parametrize("words", ["Is Key decision", "led the meeting through", "It provides information",
                                   "asked whether", "It was hoped", "Was the child seen alone", "correct record"])
def test_meeting_procedure_questions_and_hopes_are_not_findings(found, words):
    assert clause(found("committee-minutes"), words) is None


def test_key_decisions_of_practice_are_findings_though_a_key_decision_field_is_not(run):
    text = ("Audit report\n\n5. Supervision\n"
            "Managers' oversight at key decision points was not always recorded on the file.\n")
    found = run(text)
    assert [f.polarity for f in found if f.value is None] == ["improvement"]
    assert not [f for f in run("Audit report\n\nIs Key Decision? No\n") if f.value is None]


def test_real_findings_of_the_minutes_are_kept(found):
    fs = found("committee-minutes")
    assert clause(fs, "Very positive feedback").polarity == "strength"
    assert clause(fs, "Significant progress").polarity == "strength"


# 11. notation and layouts --------------------------------------------------------------
def test_a_range_is_two_figures_of_one_measure(found):
    fs = found("audit-briefing")
    assert figure(fs, 5.0).polarity == figure(fs, 12.0).polarity == "improvement"


def test_population_and_context_shares_are_neutral(found):
    fs = found("iro-annual-report")
    assert figure(fs, 6.3).polarity == "neutral"  # the number in care rose
    assert figure(fs, 21.0).polarity == "neutral"  # from minority ethnic backgrounds


def test_a_share_of_a_less_is_better_quantity_is_a_concern(found):
    fs = found("rag-dashboard")
    f = figure(fs, 18.0)  # agency social workers make up 18% of the workforce
    assert (f.polarity, f.figure_kind) == ("improvement", "result")


def test_a_comparative_does_not_flip_what_a_figure_measures(found):
    # "less timely (83%) than ... (95%)": both are shares of timely reviews
    fs = found("iro-annual-report")
    assert figure(fs, 83.0).polarity == figure(fs, 95.0).polarity == "strength"


@pytest.mark.parametrize("words, polarity", [("help and protection  Good", "strength"),
                                             ("care leavers  Requires", "improvement")])
def test_inspection_judgement_rows_are_graded_lines_of_their_own(found, words, polarity):
    f = clause(found("inspection-letter"), words)
    assert f is not None and f.polarity == polarity
    assert "\n" not in f.text.split("  ")[0]  # the row before is not joined to it


def test_slide_titles_open_sections(found):
    fs = found("slides")
    assert figure(fs, 58.0).section == "planning"  # "PLANS 58% of plans ..."
    assert figure(fs, 74.0).section == "voice_of_child"  # "Slide 3" / "Voice of the child"
    assert figure(fs, 52.0).grade == "good"  # continues the slide's first figure


# 10 (last sentence). double-spaced transcripts -----------------------------------------
def test_a_blank_line_after_every_line_does_not_break_sentences(found):
    fs = found("double-spaced-transcript")
    f = figure(fs, 86.1)  # "31 of the\n\n36 cases", wrapped
    assert (f.count, f.denominator, f.section, f.polarity) == (31, 36, "visiting", "strength")
    f = clause(fs, "Records of visits were often brief")
    assert f is not None and "did not" in f.text and f.polarity == "improvement"


def test_a_paragraph_number_before_a_count_is_not_part_of_it(run, report):
    fs = [f for f in run(report("4.4 24 of the 45 plans had been shared with the young person.\n")) if f.value is not None]
    assert [(f.count, f.denominator) for f in fs] == [(24, 45)]
    assert not [f for f in run(report("Minute 18 of 26 September 2017 was agreed.\n")) if f.value is not None]


def test_a_count_in_words_of_counted_things_is_a_figure_judged_by_what_it_measures(run, report):
    fs = [f for f in run(report("Three of the eight recommendations are now fully met.\n")) if f.value is not None]
    assert [(f.count, f.denominator, f.polarity) for f in fs] == [(3, 8, "strength")]
    assert not [f for f in run(report("One of the two parents attended.\n")) if f.value is not None]


# a board decision record: figures judged by their own words, a "what needs to get better" list
def test_a_figure_after_a_colon_is_judged_by_its_own_words(found):
    fs = found("decision-record")
    # "Placement stability has improved: 9% of children had three or more moves, compared with 12%"
    assert figure(fs, 9.0).polarity == figure(fs, 12.0).polarity == "improvement"
    assert figure(fs, 36.7).polarity == "strength"  # "Only 11 of the 30 plans showed how ..."


def test_items_under_what_needs_to_get_better(found):
    fs = found("decision-record")
    assert clause(fs, "Life story work for younger children").polarity == "improvement"
    assert clause(fs, "Timely health assessments").polarity == "strength"
    assert clause(fs, "What needs to get better") is None
    assert clause(fs, "To improve the quality of plans") is None  # the reasons for a decision are no finding


def test_what_the_children_live_with_is_no_judgement_of_practice(run, report):
    fs = run(report("- Poor home conditions were present in 24 of the 30 cases.\n"
                    "- A lack of parenting boundaries was an issue in all cases.\n"
                    "- Workers rarely explored the impact of parental mental health on the PACT children.\n"))
    assert [(f.value, f.polarity) for f in fs if "home conditions" in f.text] == [(80.0, "neutral")]
    assert not [f for f in fs if "parenting boundaries" in f.text]
    assert [f.polarity for f in fs if "Workers rarely" in f.text] == ["improvement"]  # practice is named


# polarity from what the figure measures, not from a judgement or cause beside it ----------------
def _figs(fs):
    return [(f.value, f.polarity) for f in fs if f.value is not None and not f.rule.startswith("figure:judgement")]


def test_a_level_judged_weaker_keeps_the_polarity_of_its_measure(run, report):
    fs = run(report("Timeliness for second reviews was weaker at 78%.\n"))
    assert _figs(fs) == [(78.0, "strength")]
    judgement = [f for f in fs if f.rule.startswith("figure:judgement")]
    assert [f.polarity for f in judgement] == ["improvement"]  # the weaker level is a finding of its own
    # a bad measure stays bad: the level judgement does not flip it
    fs = run(report("Re-referrals were higher at 24% this year.\n"))
    assert _figs(fs) == [(24.0, "improvement")]


def test_a_cause_after_a_spaced_dash_is_not_what_the_figure_measures(run, report):
    fs = run(report("- Visits in time: 84% - two teams carrying vacancies\n"))
    assert _figs(fs) == [(84.0, "strength")]
    fs = run(report("- Visits in time: 84% of children, with vacancies in two teams\n"))
    assert [p for v, p in _figs(fs)] != []  # one figure either way; no crash on unspaced text


def test_a_negative_indicator_after_a_colon_is_an_improvement(run, report):
    fs = run(report("Placement stability remained an area for development: 6 of the 30 children had moved "
                    "placement more than once.\n"))
    f = [f for f in fs if f.value is not None][0]
    assert (f.value, f.polarity) == (20.0, "improvement") and "moved" in f.rule
    fs = run(report("Placement stability was good: 27 of the 30 children were in the same placement.\n"))
    assert _figs(fs) == [(90.0, "strength")]


@pytest.mark.parametrize("text, value", [
    ("18% of children were placed more than 20 miles from their home.\n", 18.0),
    ("9 of the 24 young people had moved home at least twice in the year.\n", 37.5),
    ("12 of the 40 care leavers had had three or more advisers in two years.\n", 30.0),
])
def test_negative_indicators_are_improvements(run, report, text, value):
    assert _figs(run(report(text))) == [(value, "improvement")]


def test_a_distance_within_reach_of_home_is_no_negative_indicator(run, report):
    assert _figs(run(report("82% of children lived within 20 miles of their home.\n"))) != [(82.0, "improvement")]


# figures with no judgement word: what they count is a practice act or a positive measure ------------
@pytest.mark.parametrize("text, value, cue", [
    ("Plans were judged SMART in 20 of the 40 files.\n", 50.0, "SMART"),
    ("Children were able to explain their plan in 3 of 4 audits sampled.\n", 75.0, "able to"),
    ("For care leavers the participation rate was 64%.\n", 64.0, "participation"),
    ("A management footprint was found on 300 of the 400 records.\n", 75.0, "was found"),
    ("Plans were written in the young person's own words in 12 of the 20 cases.\n", 60.0, "own words"),
])
def test_a_figure_of_a_practice_act_is_a_strength(run, report, text, value, cue):
    fs = [f for f in run(report(text)) if f.value is not None]
    assert [(f.value, f.polarity) for f in fs] == [(value, "strength")]
    assert cue in fs[0].rule


def test_context_shares_stay_neutral(run, report):
    fs = run(report("Of the 40 young people, 22 were boys and 9 were aged 16 or 17.\n"))
    assert [p for _v, p in _figs(fs)] == ["neutral", "neutral"]


def test_a_bare_figure_continues_a_locality_comparison(run, report):
    fs = run(report("Children took part in 86% of their reviews. The east locality reached 90% and the west 81%.\n"))
    assert _figs(fs) == [(86.0, "strength"), (90.0, "strength"), (81.0, "strength")]


def test_a_circumstance_after_the_figure_does_not_judge_it(run, report):
    fs = run(report("Early help had been offered to three of the 12 families before the concerns were raised.\n"))
    assert _figs(fs) == [(25.0, "strength")]
    # the concern that is what the figure counts still judges it
    fs = run(report("Concerns had been raised for three of the 12 families before the plan ended.\n"))
    assert _figs(fs) == [(25.0, "improvement")]


def test_looked_after_is_no_circumstance(run, report):
    fs = run(report("91% of looked after reviews were held within statutory timescales.\n"))
    assert _figs(fs) == [(91.0, "strength")]


def test_figure_under_an_improvement_header_counts_the_practice_it_asks_for(run, report):
    fs = run(report("Even better if:\n- Step-down plans named who would do what. This happened in only 2 of the 7 "
                    "step-downs we read.\n"))
    assert _figs(fs) == [(28.6, "strength")]
    assert any(f.value is None and f.polarity == "improvement" for f in fs)  # the item itself
    fs = run(report("Even better if:\n- Plans were out of date in 5 of the 20 files.\n"))
    assert _figs(fs) == [(25.0, "improvement")]  # its own words decide


# qualitative judgements ----------------------------------------------------------------------------
def test_a_bad_grade_denied_to_every_case_is_a_strength(run, report):
    fs = [f for f in run(report("None of the Early Help files was judged inadequate.\n")) if f.value is None]
    assert [f.polarity for f in fs] == ["strength"] and "none" in fs[0].rule.lower()
    fs = [f for f in run(report("Two Early Help files were judged inadequate.\n")) if f.value is None]
    assert all(f.polarity == "improvement" for f in fs)


def test_a_strength_of_only_a_few_files_is_an_improvement(run, report):
    fs = [f for f in run(report("Reflective supervision was evident on only a small number of files.\n"))
          if f.value is None]
    assert [f.polarity for f in fs] == ["improvement"] and "scarce" in fs[0].rule
    fs = [f for f in run(report("Reflective supervision was evident on most files.\n")) if f.value is None]
    assert [f.polarity for f in fs] == ["strength"]


def test_an_area_of_focus_or_development_is_what_the_clause_says_of_its_subject(run, report):
    fs = [f for f in run(report("Placement stability remained an area for development.\n")) if f.value is None]
    assert [f.polarity for f in fs] == ["improvement"] and "area for development" in fs[0].rule
    fs = [f for f in run(report("- Reflective supervision a key area of focus for next year\n")) if f.value is None]
    assert [f.polarity for f in fs] == ["improvement"]
    # after a comma it only describes: the clause's own cue decides
    # (the clause needs a theme to be a finding: "in the child's own words" is the child's voice;
    # "more often" is no timeliness theme, docs/theme-vocabulary.md round 3)
    fs = [f for f in run(report("Plans were more often written in the child's own words, a key area of focus "
                                "after last year's report.\n")) if f.value is None]
    assert [f.polarity for f in fs] == ["strength"]


def test_priorities_are_improvements_but_planned_actions_under_them_stay_actions(run, report):
    fs = [f for f in run(report("Priorities for 2024-25\n\n(i) bring second reviews back within timescale;\n"
                                "(ii) make every case note say what was checked.\n")) if f.value is None]
    assert fs and all(f.polarity == "improvement" for f in fs)
    fs = [f for f in run(report("Our priorities for the year:\n- We will recruit two new chairs by June\n"))
          if f.value is None]
    assert not fs


def test_a_quoted_judgement_after_a_question_mark_in_an_item(run, report):
    fs = [f for f in run(report("Assessment\n- Analysis is the gap - \u201cwhat does this mean for the child?\u201d "
                                "too often left unanswered\n- Good use of chronologies in the Early Help teams - "
                                "\u2018consistently strong\u2019 in moderation\n")) if f.value is None]
    assert [f.polarity for f in fs if "chronologies" in f.text] == ["strength"]
    assert [f.polarity for f in fs if "Analysis is the gap" in f.text] == ["improvement"]


# non-findings --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "This chapter should be read with Chapter 4, which sets out the caseloads of the service.\n",
    "Initial conferences must be held within 15 working days of the strategy discussion.\n",
    "Figures are provisional until the annual return is signed off.\n",
    "Of the 12 actions on the log, 9 had been completed and 3 were carried forward.\n",
])
def test_method_rule_and_procedure_sentences_are_no_findings(run, report, text):
    assert not run(report(text))


def test_a_need_worded_with_must_is_still_a_finding(run, report):
    fs = run(report("Chronologies must be brought up to date for every child.\n"))
    assert [f.polarity for f in fs] == ["improvement"]
    fs = run(report("Of the 32 actions in the improvement plan, 20 are rated Green.\n"))
    assert _figs(fs) == [(62.5, "strength")]


def test_a_share_that_changed_little_is_not_judged_by_little(run, report):
    fs = run(report("Two thirds of children in care (67%) lived with foster carers, a share that has changed little.\n"))
    assert [p for _v, p in _figs(fs)] == ["neutral"]  # one figure, neutral context
    fs = run(report("Two thirds of children in care (67%) had had little contact with their social worker.\n"))
    assert [p for _v, p in _figs(fs)] == ["improvement"]


def test_a_benchmark_word_in_the_clause_before_does_not_make_a_benchmark(run, report):
    fs = [f for f in run(report("58% of care leavers were in education against 55% nationally, and 90% were "
                                "living in suitable accommodation.\n")) if f.value is not None]
    kinds = {round(f.value): (f.figure_kind, f.polarity) for f in fs}
    assert kinds[55] == ("benchmark", "neutral") and kinds[90] == ("result", "strength")


def test_an_aim_is_a_target(run, report):
    fs = [f for f in run(report("Not yet where we want to be - our aim is 75% good by March.\n")) if f.value is not None]
    assert [(f.value, f.figure_kind, f.polarity) for f in fs] == [(75.0, "target", "neutral")]


# dashboard rows: RAG words are findings of their own, figures keep the polarity of their measure ------
DASHBOARD = ("Ref\tIndicator\tPolarity\tTarget\t2022/23\tQ2\tRAG\n"
             "CP1\tReview child protection conferences held within 15 working days\t\u25b2\t95%\t81.0%\t86.5%\tRED\n"
             "CIC4\tChildren in care with three or more placements in the last 12 months\t\u25bc\t10%\t9.1%\t8.0%\tGREEN\n")


def test_a_dashboard_rag_word_is_a_finding_and_figures_keep_their_measure(run, report):
    fs = run(report(DASHBOARD))
    figs = {f.value: (f.figure_kind, f.polarity) for f in fs if f.value is not None}
    assert figs[95.0] == ("target", "neutral") and figs[10.0] == ("target", "neutral")
    assert figs[86.5] == ("result", "strength") and figs[81.0] == ("result", "strength")
    assert figs[8.0] == ("result", "improvement")
    ratings = [(f.polarity, f.rule.split("|")[1].split(";")[0]) for f in fs if f.rule.startswith("table:rating")]
    assert ratings == [("improvement", "cue 'RED'"), ("strength", "cue 'GREEN'")]


def test_a_dashboard_header_row_and_unrated_rows_give_no_rating(run, report):
    fs = run(report("Ref\tIndicator\tTarget\tQ2\tRAG\nFD1\tContacts received by the front door\tn/a\t7,390\t-\n"))
    assert not [f for f in fs if f.rule.startswith("table:rating")]


# genre vocabulary (docs/polarity-vocabulary.md): each kind judges a clause; negated, or inside a
# method sentence, it does not --------------------------------------------------------------------
def _clauses(run, report, text):
    return [(f.polarity, f.rule) for f in run(report(text + "\n", heading="VISITS")) if f.value is None]


@pytest.mark.parametrize("text, polarity, cue", [
    ("The timeliness of visits continues to improve.", "strength", "continues to improve"),
    ("Visits to care leavers are starting to improve in timeliness.", "strength", "starting to improve"),
    ("Social workers receive regular supervision.", "strength", "regular"),
    ("Two care leavers were living in unsuitable accommodation.", "improvement", "unsuitable"),
    ("Visits to care leavers have been hampered by the turnover of personal advisers.", "improvement", "hampered"),
    ("Workload pressures on social workers have affected the timeliness of visits.", "improvement", "Workload pressures"),
    ("Care leavers found it difficult to contact their personal advisers.", "improvement", "difficult"),
    ("The internal audit of the leaving care service gave partial assurance.", "improvement", "partial assurance"),
])
def test_genre_wordings_judge_a_clause(run, report, text, polarity, cue):
    fs = _clauses(run, report, text)
    assert fs and fs[0][0] == polarity and f"'{cue}'" in fs[0][1], fs


@pytest.mark.parametrize("text", [
    "The timeliness of visits has not yet started to improve.",  # improvement under way, negated
    "Visits need to continue to improve in timeliness.",  # wished for, not found
    "Supervision was not regular for the social workers audited.",
])
def test_negated_improvement_under_way_is_a_concern(run, report, text):
    fs = _clauses(run, report, text)
    assert [p for p, _r in fs] == ["improvement"], fs


@pytest.mark.parametrize("text", [
    "There was no unsuitable accommodation for care leavers.",  # a concern denied is no concern
    "Care leavers had no difficulties in contacting their personal advisers.",
])
def test_a_denied_concern_is_no_concern(run, report, text):
    assert "improvement" not in [p for p, _r in _clauses(run, report, text)]


@pytest.mark.parametrize("text", [
    "Auditors checked whether the timeliness of visits continues to improve.",
    "Auditors looked at whether care leavers were in unsuitable accommodation.",
    "This report sets out what partial assurance means for the leaving care service.",
    "Work is underway to improve the timeliness of visits to care leavers.",
])
def test_genre_wordings_in_a_method_sentence_are_no_findings(run, report, text):
    assert not _clauses(run, report, text)


def test_areas_of_concern_head_a_list_but_not_a_method_sentence(run, report):
    fs = _clauses(run, report, "The areas of concern were the timeliness of visits and the quality of care plans.")
    assert [(p, r.split(";")[0]) for p, r in fs] == [("improvement", "clause:list_header")]
    assert not _clauses(run, report, "Auditors looked at the areas of concern identified by the inspection.")


def test_a_fall_of_a_regular_practice_is_a_concern(run, report):
    fs = _clauses(run, report, "Regular supervision fell away between August and September.")
    assert [p for p, _r in fs] == ["improvement"] and "change 'fell away'" in fs[0][1]


def test_placements_out_of_area_are_a_less_is_better_quantity(run, report):
    fs = run(report("12% of children in care were placed out of area.\n"))
    assert _figs(fs) == [(12.0, "improvement")]
    fs = _clauses(run, report, "The number of children in care placed out of area has fallen this year.")
    assert fs and fs[0][0] == "strength" and "change 'fallen' of 'out of area'" in fs[0][1]
    # named only as the children's circumstance, it judges nothing: the clause's own words decide
    fs = _clauses(run, report, "Children in care placed out of area were visited less often than those placed locally.")
    assert fs and "'less often'" in fs[0][1]


# genre vocabulary, round 3 (docs/polarity-vocabulary.md): a practice made stronger, progress
# that goes on, a service under pressure, slipping, workloads as caseloads, meeting procedure ----
@pytest.mark.parametrize("text, polarity, cue", [
    ("Managers' oversight of plans for children in care has strengthened this year.", "strength", "strengthened"),
    ("Leaders report continued progress in how quickly children in care are reviewed.", "strength",
     "continued progress"),
    ("Managers are making tangible progress in how children in care are reviewed.", "strength", "tangible"),
    ("The fostering service has been under pressure from a rise in enquiries.", "improvement", "pressure"),
    ("Visits to children in care have been slipping since the spring.", "improvement", "slipping"),
])
def test_round3_genre_wordings_judge_a_clause(run, report, text, polarity, cue):
    fs = _clauses(run, report, text)
    assert fs and fs[0][0] == polarity and f"'{cue}'" in fs[0][1], fs


@pytest.mark.parametrize("text", [
    # wished for, or denied: the round-3 strengths reversed
    "Managers' oversight of plans for children in care needs to be strengthened.",
    "There has been no tangible progress in how children in care are reviewed.",
])
def test_round3_strengths_wished_for_or_denied_are_concerns(run, report, text):
    assert [p for p, _r in _clauses(run, report, text)] == ["improvement"]


def test_workloads_are_a_less_is_better_quantity(run, report):
    fs = _clauses(run, report, "Workloads in the children in need teams have reduced this year.")
    assert fs and fs[0][0] == "strength" and "of 'Workloads'" in fs[0][1], fs
    fs = _clauses(run, report, "High workloads in the children in need teams have delayed some visits.")
    assert fs and fs[0][0] == "improvement", fs
    # named without a change or a judgement, workloads judge nothing
    assert not _clauses(run, report, "Workloads in the children in need teams were discussed at the panel.")


@pytest.mark.parametrize("text", [
    "The Committee received a report on how well children in care are supported.",
    "The Head of Service submitted a report on how well care leavers are supported.",
    "Members considered a report on how well the fostering service supports its carers.",
    "In response to questions, the head of service said visits to children in care were on time.",
])
def test_a_committee_taking_a_report_or_answering_questions_is_no_finding(run, report, text):
    assert not _clauses(run, report, text)


def test_what_a_report_showed_stays_a_finding(run, report):
    # the near miss: the report's content, not the committee's handling of it
    fs = _clauses(run, report, "The report showed that visits to children in care were on time.")
    assert [p for p, _r in fs] == ["strength"]
