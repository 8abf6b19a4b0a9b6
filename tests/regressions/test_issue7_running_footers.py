"""Issue 7 (development set real8): running headers and footers in text taken from PDFs.

A report pasted or exported from a PDF keeps its running footer between pages ("Annual
QA Report 2024/25      Page 4 of 9"). Such a line is often the longest of the text, so
the next line looked like the wrapped tail of a line that ran to the margin, and a
numbered heading right after a page break was lost. A footer wraps into nothing; a line of
prose that runs to the margin still does.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings, shapes
from picks import figure

FOOTER = "Practice Quality Report 2024/25 (children's services)                 Page 3 of 8"
REPORT = ("Practice Quality Report 2024/25\n\n6. Visits\n"
          "Children were seen within the timescale of their plan in 30 of the 40 records audited.\n"
          f"{FOOTER}\n"
          "7. Supervision\n"
          "Supervision had taken place within the expected month in 28 of the 40 records.\n")


def test_a_numbered_heading_after_a_running_footer_opens_its_section(run):
    assert "7. Supervision" in [h.text for h in detect_headings(REPORT)]
    found = run(REPORT)
    assert figure(found, 75.0).section == "visiting"
    assert figure(found, 70.0).section == "supervision"


def test_a_heading_shaped_line_after_prose_running_to_the_margin_still_continues_it():
    prose = ("Children were seen within the timescale of their plan in most of the records and their workers\n"
             "7. Supervision\n")
    text = REPORT.replace(f"{FOOTER}\n7. Supervision\n", prose)
    assert "7. Supervision" not in [h.text for h in detect_headings(text)]


def test_a_running_page_line_needs_a_page_word_and_a_gap():
    running = shapes().running_page
    assert running.search(FOOTER)
    assert running.search("Page 2 of 12\tCorporate Parenting Panel")
    assert not running.search("North locality                 4 of 9")  # a table row's cell
    assert not running.search("as set out on page 4 of the plan")  # prose about a page
