"""Issue 7 (development set real11): figures, grades, figure polarity and headings of text
taken from PDFs and slides.

Kinds fixed here, each with a case that must change and one that must not:
- a deck's own title printed again under later slides' numbers is page furniture, and the
  line under it is the slide's title;
- a one-word heading ("Workforce") right after a sentence-case level-2 heading is its peer;
- a grade list of counts ("judged 12 of the 30 plans good, 10 as requiring improvement");
- a zero count cell is no figure; an "Applicable" column holds the row's total;
- a RAG key written without a sign ("Green where 80% or more; Amber 60–79%") defines bands;
- "How to read this ..." and "Purpose" headings describe the document; a ratio in such a
  section ("one in five of those open") states the sample drawn;
- "the other two families" is the rest of a count stated up to three sentences before;
- counts of households and carers take the total just stated, and a count closing its clause
  ("gathered for 14 households;") the total of the same things stated shortly before;
- "the 95% standard" is a target;
- a decision counted as proportionate, a need recognised early, and "waited longer" carry the
  figure's polarity.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings, page_furniture
from picks import figure, figures


# ---- a deck title repeated under slide numbers

def _deck(repeat: str) -> str:
    return ("Slide 1\nFamily Help Audit Findings – Spring 2025\nQuality team\n\n"
            f"Slide 2\n{repeat}\nVisits\n• Seen within timescale in 27 of the 36 files\n\n"
            f"Slide 3\n{repeat}\nPlanning\n• Plans reviewed on time in 18 of the 36 files\n")


def test_a_deck_title_repeated_under_slide_numbers_is_furniture_and_the_next_line_the_title(run):
    text = _deck("Family Help Audit Findings – Spring 2025")
    titles = [h.text for h in detect_headings(text)]
    assert "Visits" in titles and "Planning" in titles
    assert "Family Help Audit Findings – Spring 2025" not in titles
    found = run(text)
    assert figure(found, 75.0).section == "visiting"
    assert figure(found, 50.0).section == "planning"


def test_a_repeated_line_that_is_not_the_decks_title_is_no_furniture():
    text = _deck("Findings from the spring audit round")
    furniture = [text[a:b] for a, b in page_furniture(text)]
    assert furniture == ["Slide 1", "Slide 2", "Slide 3"]
    assert "Family Help Audit Findings – Spring 2025" in [text[a:b] for a, b in page_furniture(_deck(
        "Family Help Audit Findings – Spring 2025"))]


def test_each_deck_of_an_archive_has_its_own_title_as_furniture():
    other = _deck("Family Help Audit Findings – Spring 2025").replace("Spring 2025", "Autumn 2025")
    text = _deck("Family Help Audit Findings – Spring 2025") + "\n" + other
    furniture = [text[a:b] for a, b in page_furniture(text)]
    assert furniture.count("Family Help Audit Findings – Autumn 2025") == 3
    assert [h.text for h in detect_headings(text)].count("Planning") == 2


# ---- one-word headings among sentence-case ones

LETTER = ("Dear Director\n\nMonitoring visit to the service\n\n"
          "Main findings\n\nLeaders know their service well.\n\n"
          "Planning\n\nPlans were clear in 20 of the 25 records.\n\n"
          "Children in care\n\nVisits were on time for 18 of the 24 children.\n\n"
          "Workforce\n\nTurnover has fallen.\n")


def test_a_one_word_heading_after_a_sentence_case_heading_is_its_peer(run):
    levels = {h.text: h.level for h in detect_headings(LETTER)}
    assert levels["Planning"] == levels["Main findings"] == levels["Children in care"] == levels["Workforce"]
    found = run(LETTER)
    assert figure(found, 80.0).section == "planning"
    assert figure(found, 75.0).section == "other"  # "Children in care" names no practice area


def test_a_sentence_case_heading_under_a_one_word_heading_that_opens_the_text_stays_under_it(run):
    text = ("Audit report 2025\n\nAssessment\n\nWhat went well\n\n"
            "Assessments were thorough in 30 of the 40 records.\n")
    levels = {h.text: h.level for h in detect_headings(text)}
    assert levels["Assessment"] < levels["What went well"]
    assert figure(run(text), 75.0).section == "assessment"


def test_a_one_word_heading_with_a_sub_heading_right_under_it_stays_its_parent(run):
    text = ("Audit report 2025\n\nKey findings\n\nPractice is improving.\n\nAssessment\n\nWhat went well\n\n"
            "Assessments were thorough in 30 of the 40 records.\n")
    levels = {h.text: h.level for h in detect_headings(text)}
    assert levels["Assessment"] < levels["What went well"]
    assert figure(run(text), 75.0).section == "assessment"


# ---- grade lists of counts

def test_a_grade_list_of_counts_grades_each_count(run, report):
    found = run(report("Moderators judged 12 of the 30 plans good, 10 as requiring improvement and 8 as inadequate."))
    assert (figure(found, 40.0).grade, figure(found, 40.0).polarity) == ("good", "strength")
    assert figure(found, 33.3).grade == "requires_improvement"
    assert figure(found, 26.7).grade == "inadequate"


def test_good_after_a_count_that_no_grading_verb_leads_is_no_grade(run, report):
    found = run(report("Managers read 12 of the 30 plans, good examples were shared with the team."))
    assert figure(found, 40.0).grade is None
    assert not [f for f in figures(found) if f.rule.startswith("figure:bare_count_as_grade")]


# ---- table cells: zero counts and the Applicable total

AGENCIES = ("Audit of referrals 2025\n\nGrades by agency\n\n"
            "Agency            Records   Good or better   Inadequate\n"
            "Schools                10          6               0\n"
            "Housing                 8          5               3\n")


def test_a_zero_count_cell_is_no_figure(run):
    values = {f.value for f in figures(run(AGENCIES))}
    assert 0.0 not in values
    assert {60.0, 62.5, 37.5} <= values  # the other cells still count out of the row's records


SCORECARD = ("Standards scorecard 2025\n\nResults\n\n"
             "Standard                        Applicable   Met   Not met\n"
             "Visits within timescale              20        15        5\n"
             "Plans reviewed on time               16        12        4\n")


def test_an_applicable_column_is_the_rows_total_not_a_count(run):
    found = figures(run(SCORECARD))
    assert 100.0 not in {f.value for f in found}
    met = figure(found, 75.0)
    assert (met.count, met.denominator) == (15, 20)


# ---- a RAG key without a sign

def test_a_rag_key_written_without_signs_defines_bands(run):
    text = ("Scorecard 2025\n\nResults\n\nRAG: Green where 85% or more met; Amber 65–84%; Red below 65%.\n\n"
            "Visits were on time in 90% of files.\n")
    assert [f.value for f in figures(run(text))] == [90.0]


def test_a_colour_beside_a_result_is_no_band(run):
    text = "Scorecard 2025\n\nResults\n\nGreen 91% of plans were reviewed on time.\n"
    assert figure(run(text), 91.0).polarity == "strength"
    text = "Scorecard 2025\n\nResults\n\nVisits: Amber 72% – below target this quarter.\n"
    assert figure(run(text), 72.0).value == 72.0


# ---- descriptive headings and sample shares

def test_how_to_read_and_purpose_headings_describe_the_document(nlp):
    sectionizer = nlp.get_pipe("ff_sections")
    assert sectionizer.is_descriptive("How to read this dashboard")
    assert sectionizer.is_descriptive("1. Purpose")
    assert not sectionizer.is_descriptive("How to improve planning")
    assert not sectionizer.is_descriptive("Purposeful visits")


def test_a_ratio_in_a_method_section_is_the_sample_drawn(run):
    text = ("Panel paper 2025\n\nPurpose\n\nReviewers read 24 files, one in five of those open.\n\n"
            "Visits\n\nOne in five visits was missed.\n")
    found = figures(run(text))
    assert [(f.value, f.section_heading) for f in found] == [(20.0, "Visits")]


def test_a_ratio_under_a_long_run_in_line_is_kept(run):
    # a reader may take a slide's title with its first line as one heading: that decides nothing
    text = ("Panel paper 2025\n\nHow we audit each month and who checks the files\n\n"
            "One in five visits was missed.\n")
    assert [f.value for f in figures(run(text))] == [20.0]


# ---- the rest of a count stated earlier in the paragraph

def test_the_other_n_is_the_rest_of_a_count_a_few_sentences_back(run, report):
    found = run(report("Risk was recognised at referral for 14 of the 16 families. Health visitors raised most "
                       "concerns. For the other two families, the signs were missed for months."))
    rest = figure(found, 12.5)
    assert (rest.count, rest.denominator) == (2, 16)


def test_the_other_n_does_not_reach_across_a_paragraph(run, report):
    found = run(report("Risk was recognised at referral for 14 of the 16 families.\n\n"
                       "For the other two families, the signs were missed for months."))
    assert 12.5 not in {f.value for f in figures(found)}


# ---- households and carers

def test_a_count_of_households_takes_the_total_just_stated(run, report):
    found = run(report("Supervisory visits were on time for 15 of the 20 households. Five households waited longer."))
    late = figure(found, 25.0)
    assert (late.count, late.denominator, late.polarity) == (5, 20, "improvement")


def test_a_count_of_households_with_no_total_is_no_figure(run, report):
    found = run(report("The service approved new carers this year. Five households waited longer."))
    assert figures(found) == []


def test_a_count_closing_its_clause_takes_the_total_of_the_same_things_stated_before(run, report):
    found = run(report("Reviews were held on time for 21 of the 28 households.\n\n"
                       "The views of children in placement were gathered for 14 households; others were not asked."))
    views = figure(found, 50.0)
    assert (views.count, views.denominator, views.polarity) == (14, 28, "strength")


def test_a_count_closing_its_clause_with_no_total_of_the_same_things_is_no_figure(run, report):
    found = run(report("Reviews were held on time for 21 of the 28 children.\n\n"
                       "The views of carers were gathered for 14 households."))
    assert [f.value for f in figures(found)] == [75.0]


# ---- a standard set as a percentage

def test_the_n_percent_standard_is_a_target(run, report):
    found = run(report("Training was complete for 18 of the 24 households, short of the 95% standard."))
    assert (figure(found, 95.0).figure_kind, figure(found, 95.0).polarity) == ("target", "neutral")
    assert figure(found, 75.0).figure_kind == "result"


def test_meeting_the_standard_in_a_share_is_a_result(run, report):
    found = run(report("Visits met the standard in 85% of cases."))
    assert figure(found, 85.0).figure_kind == "result"


# ---- what a counted decision or need measures

def test_proportionate_decisions_and_needs_recognised_early_are_strength_figures(run, report):
    found = figures(run(report("Decisions were proportionate for 30 of the 40 children. "
                               "Neglect was recognised early for 9 of the 12 children.")))
    assert [(f.count, f.polarity) for f in found] == [(30, "strength"), (9, "strength")]
    assert "were proportionate" in found[0].rule and "recognised early" in found[1].rule


def test_decisions_not_proportionate_are_an_improvement_figure(run, report):
    found = run(report("Decisions were not proportionate for 10 of the 40 children."))
    assert figure(found, 25.0).polarity == "improvement"
