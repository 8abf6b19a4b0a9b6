"""Issue 7 (development set real17): a running header is printed after different page numbers.

Kinds taught here, each with a case that must stay as it was:
- a section heading right after a page's footer ("... Page 2 of 3") in two copies of one report
  in one text follows the same footer both times: it is the report read twice, a heading, not a
  running header (its figures keep their section);
- a line of four words or more printed after two different page numbers ("Page 1", "Page 2") is
  a running header, page furniture.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings, page_furniture

REPORT = ("Visits report 2024\n\n"
          "1.  Scope of the audit\n\n"
          "We audited 20 files in March.\n\n"
          "Visits report 2024                    Page 2 of 3\n\n"
          "2.  Visits and their timeliness\n\n"
          "Visits were on time in 15 of the 20 files.\n")


def test_a_heading_after_the_same_footer_in_two_copies_stays_a_heading():
    text = f"PART 1\n\n{REPORT}\nPART 2\n\n{REPORT}"
    titles = [h.text for h in detect_headings(text)]
    assert titles.count("2.  Visits and their timeliness") == 2


def test_a_line_after_two_different_page_numbers_is_a_running_header():
    text = ("Visits report 2024\n\nThe audit covered twenty files.\n\nPage 1\n"
            "Quarterly visits audit for the board\n\nVisits were on time.\n\nPage 2\n"
            "Quarterly visits audit for the board\n\nVisits were recorded.\n")
    furniture = [text[a:b] for a, b in page_furniture(text)]
    assert furniture.count("Quarterly visits audit for the board") == 2
