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
