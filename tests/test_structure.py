"""Heading detection from line shape (structure.py), used for text and for PDF/Word lines."""
from __future__ import annotations

from pathlib import Path

import pytest
from builders import SAMPLE_2021

from focusfive_nlp.structure import detect_headings, first_line, heading_level


def headings(text: str) -> list[tuple[str, int]]:
    found = detect_headings(text)
    for h in found:
        assert text[h.start:h.end] == h.text
    return [(h.text, h.level) for h in found]


def test_sample_report_headings_exactly() -> None:
    assert headings(SAMPLE_2021.read_text(encoding="utf-8")) == [
        ("CHRONOLOGY", 1), ("ASSESSMENTS", 1), ("PLANS", 1), ("VISITING", 1), ("SUPERVISION", 1),
    ]


def test_title_line_is_skipped() -> None:
    assert headings("AUDIT REPORT 2020\n\nPLANS\n\nText.") == [("PLANS", 1)]
    assert [h.text for h in detect_headings("AUDIT REPORT\n\nPLANS\n", skip_title=False)] == ["AUDIT REPORT", "PLANS"]


@pytest.mark.parametrize(
    "line, level",
    [
        ("1. Background", 1),
        ("2.3 Care Planning", 2),
        ("Section 2 - Assessment", 1),
        ("## Voice of the Child", 2),
        ("CHILD PROTECTION CONFERENCES", 1),
        ("Voice of the Child", 1),
        ("Finding:", 2),
    ],
)
def test_heading_shapes(line: str, level: int) -> None:
    assert heading_level(line, blank_before=True, blank_after=True) == level


@pytest.mark.parametrize(
    "line",
    [
        "- Plans were SMART",
        "• Visits were timely",
        "Plans were reviewed in time.",
        "Grade | Share of cases",
        "Inadequate: 6%",
        "Visits Up To Date: 91 per cent",
        "The areas of good practice identified were:",
        "Overall, it was identified in the audits completed over the past year that chronologies were late",
        "",
    ],
)
def test_not_headings(line: str) -> None:
    assert heading_level(line, blank_before=True, blank_after=True) is None


def test_title_case_needs_a_blank_line_around_it() -> None:
    assert heading_level("Care Planning", blank_before=False, blank_after=False) is None
    assert heading_level("Care Planning", blank_before=True, blank_after=False) == 1


def test_colon_heading_needs_blank_line_before() -> None:
    assert heading_level("Practitioner survey:", blank_before=False, blank_after=True) is None


def test_markdown_offsets_skip_hashes() -> None:
    text = "# Report 2020\n\n## Plans\n\nBody."
    (h,) = detect_headings(text)
    assert (h.text, h.level, text[h.start:h.end]) == ("Plans", 2, "Plans")


def test_first_line() -> None:
    assert first_line("\n\n  # Audit Findings 2021  \nBody") == "Audit Findings 2021"
    assert first_line("   \n") is None


def test_unwrap_joins_soft_breaks_one_char_for_one() -> None:
    from focusfive_nlp.structure import unwrap

    wrapped = (
        "Audit Report 2022\n\nPLANS\n\n"
        "- Within the Thematic audits completed over the year, 43% were graded as Good or\n"
        "above for the Planning section of the casework across all of the teams that were\n"
        "audited, and the plans of the Early Help teams were the strongest of the whole\n"
        "service, with clear goals that the families had helped to write in their own words\n"
        "and which were reviewed at every meeting of the core group in the period audited.\n"
        "- Plans were not SMART.\n"
    )
    flat = unwrap(wrapped)
    assert len(flat) == len(wrapped)
    assert "Good or above for the Planning" in flat  # the soft break became a space
    assert "\n\nPLANS\n\n" in flat and "\n- Plans were not SMART." in flat  # headings and items keep theirs


def test_unwrap_keeps_dashboard_lines() -> None:
    from focusfive_nlp.structure import unwrap

    text = "Dashboard 2019\n\nVisits\n\nVisits up to date: 91%\nChildren seen alone: 70%\nGood or better: 56%\n"
    assert unwrap(text) == text


def test_unwrap_leaves_paragraph_lines_alone() -> None:
    from focusfive_nlp.structure import unwrap

    text = "Title\n\n" + "A paragraph on one line " * 10 + "\nNext line.\n"
    assert unwrap(text) == text


def test_hard_wrapped_report_reads_like_the_original(tmp_path) -> None:
    import textwrap

    from focusfive_nlp import extract

    original = (Path(__file__).resolve().parents[1] / "corpus" / "focus-five-audit-findings-2021.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.fill(line, 78) if len(line) > 80 else line for line in original.split("\n"))
    path = tmp_path / "wrapped-2021.txt"
    path.write_text(wrapped, encoding="utf-8")
    key = lambda fs: sorted((f.section, f.value, f.grade, f.grade_qualifier, f.polarity) for f in fs if f.value is not None)  # noqa: E731
    assert key(extract(path)) == key(extract(original))


def test_lettered_question_and_underlined_headings() -> None:
    text = ("Report 2015\n\nA. Notifications and first visits\n\nBody text here.\n\n"
            "How good are our assessments?\n\nBody text here.\n\nTimeliness of reviews\n~~~~~~~~~~~~~~~~~~~~~\n\nBody.\n")
    assert [h.text for h in detect_headings(text)] == [
        "A. Notifications and first visits", "How good are our assessments?", "Timeliness of reviews"]
