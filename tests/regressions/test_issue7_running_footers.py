"""Issue 7 (development sets real8, real10): running headers and footers in text taken from PDFs.

A report pasted or exported from a PDF keeps its running footer between pages ("Annual
QA Report 2024/25      Page 4 of 9"). Such a line is often the longest of the text, so
the next line looked like the wrapped tail of a line that ran to the margin, and a
numbered heading right after a page break was lost. A footer wraps into nothing; a line of
prose that runs to the margin still does. (real10) The report's title printed again after
each page's number is a running header, not a heading, also beside other reports' long lines
(an archive read as one text); neither it nor the footer is a finding, and a sentence runs on
across them to the next page.
"""
from __future__ import annotations

from focusfive_nlp.structure import detect_headings, shapes, wrapped_breaks
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


# ---- (real10) a running header repeated on each page, and the footer of the last page

def _paged(wide_neighbour: bool) -> str:
    """A hard-wrapped report whose title is printed again at the top of pages 2 and 3; with
    ``wide_neighbour``, a report of paragraph-long lines stands before it (as in an archive
    read in one text)."""
    title = "Annual Practice Quality Review of Children's Services 2025"
    body = (f"{title}\n"
            "4. Visits\n"
            "Visits to children were made within the timescale set in 31 of the 40\n"
            "records sampled for the review.\n"
            "                                                       Page 1 of 3\n"
            f"{title}\n"
            "Seen alone: the child was seen on their own at the last visit in 28 of\n"
            "the 40 records.\n"
            "5. Priorities\n"
            "Areas to develop:\n"
            "- Recording of the child's own words in visit notes\n"
            "                                                       Page 2 of 3\n"
            f"{title}\n"
            "- Management oversight of drift between visits\n"
            "                                                       Page 3 of 3\n")
    if not wide_neighbour:
        return body
    wide = ("Overview\n\n" + "The service continued to receive referrals at a steady rate across the year, "
            "and the wider context of the work is set out in the annual report of the partnership. " * 3 + "\n\n")
    return wide + body


def test_a_header_repeated_after_page_footers_is_no_heading_beside_long_lines(run):
    for wide in (False, True):
        text = _paged(wide)
        headings = [h.text for h in detect_headings(text)]
        # at most its first print, the report's own title, heads anything
        assert headings.count("Annual Practice Quality Review of Children's Services 2025") == (1 if wide else 0)
        assert "4. Visits" in headings  # a numbered heading right under the title opens its section
        assert figure(run(text), 70.0).section == "visiting"  # 28 of 40, after the page-1 footer


def test_a_short_slide_title_repeated_after_slide_numbers_stays_a_heading():
    deck = ("Slide 1\nAudit headlines\n\nSlide 2\nKey findings\n- Plans were written with families\n\n"
            "Slide 3\nKey findings\n- Supervision was regular\n\nSlide 4\nKey findings\n- Chronologies were current\n")
    assert [h.text for h in detect_headings(deck)].count("Key findings") == 3


def test_a_page_footer_under_a_list_header_is_no_item(run):
    found = run(_paged(False))
    texts = [f.text for f in found if f.value is None]
    assert not any("Page 2 of 3" in t or "Page 3 of 3" in t for t in texts)
    items = [f for f in found if f.value is None and "oversight of drift" in f.text]
    assert items and items[0].polarity == "improvement"  # the item after the page break is still read


def _across_pages(next_line: str) -> str:
    title = "Quarterly Review of Case File Audits, Children's Services 2025"
    return (f"{title}\n3. Visits\n"
            "Visits were made within timescale in most of the records. Children were seen alone in 19 of\n"
            "                                                       Page 1 of 2\n"
            f"{title}\n{next_line}\n"
            "                                                       Page 2 of 2\n"
            f"{title}\nSupervision was regular and reflective in the records seen.\n")


def test_a_sentence_runs_on_across_a_page_break(run):
    found = run(_across_pages("the 25 records, fewer than in the spring."))
    seen = figure(found, 76.0)
    assert (seen.count, seen.denominator, seen.section) == (19, 25, "visiting")
    text = _across_pages("the 25 records, fewer than in the spring.")
    assert seen.start_char < text.index("Page 1 of 2") < seen.end_char  # evidence in the text as given


def test_a_page_break_after_a_finished_sentence_joins_nothing():
    text = _across_pages("Seen alone: most children were seen on their own.").replace(" in 19 of\n", " in most.\n")
    assert [text[a:b] for a, b in wrapped_breaks(text) if "Page" in text[a:b]] == []
