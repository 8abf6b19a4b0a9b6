"""Issue 7: headings as real reports write them, and the section every finding falls under.

Every score is keyed by section (FINDINGS.md sections 3 and 8), so one missed or invented
heading moves every finding under it. One test per failure kind, each with a line that
must be a heading and a line of the same look that must not (structure.py rules, shapes
in models/headings.yaml; section keys and method headings in models/sections.yaml).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from focusfive_nlp.structure import detect_headings, heading_level


def headings(text: str) -> list[str]:
    found = detect_headings(text)
    for h in found:
        assert text[h.start:h.end] == h.text
    return [h.text for h in found]


def level(line: str, **context) -> int | None:
    context.setdefault("blank_before", True)
    context.setdefault("blank_after", True)
    return heading_level(line, **context)


def sections_of(run, text: str) -> dict[str, str]:
    """{first words of each qualitative finding: its section key}."""
    return {" ".join(f.text.split()[:3]): f.section for f in run(text)}


# 1. a prefix word before the number --------------------------------------------------------

def test_prefixed_numbering_is_a_heading_and_names_its_practice_area(run):
    text = ("Monthly Audit Report\n\nOverall grades\n\nMost files were graded good.\n\n"
            "Practice area 1 – CHRONOLOGY\n\nChronologies were rarely up to date.\n\n"
            "Area 3: Plans\n\nPlans were clear and written with families.\n")
    assert headings(text) == ["Overall grades", "Practice area 1 – CHRONOLOGY", "Area 3: Plans"]
    got = sections_of(run, text)
    assert got["Chronologies were rarely"] == "chronology"
    assert got["Plans were clear"] == "planning"


def test_a_prefix_word_opening_a_sentence_is_no_heading():
    assert level("Area 3 had the lowest share of good files") is None  # body starts in lower case
    assert level("Section 2 sets out what the audit found.") is None


# 2. Roman numerals and "4.1" ----------------------------------------------------------------

def test_roman_and_dotted_numbering():
    text = ("Annual Report 2022-23\n\nIII. Overall Grades: Year on Year\n\nMost were good.\n\n"
            "IV. What We Found, Area by Area\n\n4.1 Assessment\n\nAssessments were timely.\n")
    found = {h.text: h.level for h in detect_headings(text)}
    assert found == {"III. Overall Grades: Year on Year": 1, "IV. What We Found, Area by Area": 1, "4.1 Assessment": 2}


def test_numbered_items_and_numbered_sentences_are_no_headings():
    items = "Report\n\nWhat needs to improve?\n\nI. Pathway plans\nII. Oversight of personal advisers\nIII. Homes for older children\n"
    assert headings(items) == ["What needs to improve?"]
    assert level("II.  Management oversight of the work of personal advisers.") is None
    assert level("1.2 The audit found that:") is None  # a numbered lead-in to a list
    assert level("6.1 What difference has the planning workshop made to plans?") is None  # a question asked


# 3. slide titles after a lone page number ---------------------------------------------------

def test_slide_title_after_a_page_number_opens_a_section(run):
    text = ("Practice Quality Report\n\n4\n\nAssessment\n• Assessments were timely in most teams\n\n"
            "5\n\nPlans and reviews\n• Plans were clear and well written\n\n"
            "6\n\nSupervision & oversight\n• Supervision was not regular enough\n")
    assert headings(text) == ["Assessment", "Plans and reviews", "Supervision & oversight"]
    got = sections_of(run, text)
    assert got["Plans were clear"] == "planning"
    assert got["Supervision was not"] == "supervision"


def test_after_a_page_number_a_sentence_or_a_clause_is_no_title():
    text = ("Quarterly Report\n\n12\n\nChildren were seen alone on most of the visits we read.\n\n"
            "13\n\nSUPERVISION Regular, but not yet reflective\n• Supervision was monthly\n")
    assert headings(text) == []


# 4. a wrapped bullet line -------------------------------------------------------------------

def test_the_wrapped_tail_of_a_bullet_is_no_heading():
    text = ("Slides\n\nWhat we audited\n• Sample drawn from Early Help, Children in Need, Child\n"
            "Protection, Children in Care and Care Leavers\n\nCare Leavers\n\nPathway plans were late.\n")
    assert headings(text) == ["What we audited", "Care Leavers"]  # the same words on a line of their own are one


# 5. Title Case headings ending with a colon -------------------------------------------------

def test_title_case_colon_heading_but_not_a_clause_that_opens_a_list(run):
    assert level("Pathway Planning:") == 2
    assert level("Relationships and Personal Advisers:") == 2
    assert level("Two themes appeared in every quarterly report this year:") is None
    assert level("Members asked a number of questions, including:") is None
    text = "Audit 2024\n\nPathway Planning:\n\nPathway plans were rarely reviewed on time.\n"
    assert sections_of(run, text)["Pathway plans were"] == "planning"


# 6. question-style headings -----------------------------------------------------------------

def test_question_and_wh_headings():
    assert level("What needs to improve in this area of social work practice?") == 1
    assert level("Why we did this audit", blank_after=False, body_after=True) == 2
    assert level("How we did it", blank_after=False, body_after=True) == 2
    assert level("Why the audit was carried out:") == 2


def test_questions_in_a_list_or_run_into_prose_are_no_headings():
    assert level("– How do you make sure a parent's view is heard?") is None  # a list item
    assert level("Why we did this audit", blank_after=False, body_after=False) is None  # a short line among short lines
    assert level("How the team responded was", blank_after=False, runs_on=True) is None


# 7. method bullets under a slide heading ----------------------------------------------------

def test_method_heading_by_pattern_keeps_its_bullets_from_being_findings(run):
    text = ("Slides 2024\n\n2\n\nHow audits are graded\n• Where two auditors differ, the weaker grade is not kept\n"
            "• Every grade is talked through with the worker\n\n3\n\nHow well did we do?\n"
            "• Plans were not always reviewed in time\n")
    found = run(text)
    assert not [f for f in found if f.section_heading == "How audits are graded" and f.value is None]
    assert [f for f in found if f.section_heading == "How well did we do?" and f.value is None]  # not method


# 8. front matter, table rows, minute references ---------------------------------------------

def test_front_matter_and_padded_rows_are_no_headings_but_minute_items_are():
    assert level("Author: Senior Practitioner, Quality Assurance") is None
    assert level("Wards: All") is None
    assert level("Key findings: care leavers") == 2  # a heading with a colon inside
    assert level("Judgement                                  Grade") is None
    assert level("CP/43/22   Quality Assurance Report – Children in Care, Quarter 3") == 1
    assert level("23. QUALITY OF PRACTICE FOR CHILDREN IN OUR CARE - AUDIT FINDINGS") == 1


# 9. noun phrases that hold a verb word ------------------------------------------------------

def test_a_verb_word_after_a_preposition_or_relative_pronoun_is_no_verb():
    assert level("Assessments of need") == 2
    assert level("Child in need plans") == 2
    assert level("The experiences and progress of children who need help and protection") == 2
    assert level("Plans were not reviewed") is None
    assert level("Most late reviews followed a change of social worker shortly", runs_on=True) is None
    double_spaced = "Report\n\nMost late reviews followed a change of social worker shortly\n\nbefore the meeting.\n"
    assert headings(double_spaced) == []


# 10. users still add heading terms and keys, and method patterns ----------------------------

def test_user_sections_file_adds_a_key_and_a_method_pattern(tmp_path):
    from focusfive_nlp import extract, load_pipeline

    extra = tmp_path / "sections.yaml"
    extra.write_text("sections:\n  permanence: [permanence]\ndescriptive_patterns: ['^about our sample$']\n",
                     encoding="utf-8")
    nlp = load_pipeline(sections=[extra])
    text = ("Audit 2024\n\nAbout our sample\n\nPlans were not reviewed in the Early Help files.\n\n"
            "Practice area 7 – PERMANENCE\n\nPermanence was not planned early enough.\n")
    found = extract(text, nlp=nlp)
    assert {f.section for f in found if f.text.startswith("Permanence")} == {"permanence"}
    assert not [f for f in found if f.section_heading == "About our sample" and f.value is None]
    default = extract(text)
    assert [f for f in default if f.section_heading == "About our sample" and f.value is None]


def test_bad_descriptive_pattern_is_a_config_error(tmp_path):
    from focusfive_nlp import load_pipeline
    from focusfive_nlp.errors import ConfigError

    extra = tmp_path / "sections.yaml"
    extra.write_text("descriptive_patterns: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_pipeline(sections=[extra])


# the development sets: no annotated finding in another section ----------------------------

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("doc", ["monthly-audit-findings-report-november-2023", "practice-quality-slides-year-end-2023-24"])
def test_real4_findings_fall_in_their_annotated_sections(nlp, doc):
    import importlib.util

    from focusfive_nlp.evaluation import load_gold

    spec = importlib.util.spec_from_file_location("section_mismatch", ROOT / "scripts" / "section_mismatch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = load_gold(ROOT / "tests" / "data" / "real4" / "gold.jsonl")[doc]
    rows = module.compare_document(nlp, ROOT / "tests" / "data" / "real4" / gold["doc"], gold["findings"])
    assert rows and all(r["located"] for r in rows)
    assert [r["quote"] for r in rows if r["moved"]] == []
