"""Issue 7 (hygiene) / issue 8 (speed): a report's page furniture (page numbers, running
footers and headers) is found once as its text is loaded and handed to the Docs that read it
(Doc.user_data), not found again by the text reader, the page breaks and every part of a long
text. Read in parts, a report skips the same furniture as read whole."""
from __future__ import annotations

from focusfive_nlp import structure
from focusfive_nlp.pipeline.loader import findings_from_document
from focusfive_nlp.readers.text import text_document

TITLE = "Annual Practice Quality Review of Children's Services 2025"


def paged_report(pages: int) -> str:
    """A report whose title is printed again after each page's footer, a section per page."""
    out = [f"{TITLE}\n\n"]
    for n in range(1, pages + 1):
        seen = 20 + n % 15
        out.append(f"{n}. Visits in quarter {n}\n\n"
                   f"Children were seen within the timescale of their plan in {seen} of the 40 records audited.\n"
                   "Plans were clear and were shared with the family.\n\n"
                   f"Audit Summary {TITLE}                 Page {n} of {pages}\n"
                   f"{TITLE}\n\n")
    return "".join(out)


def key(findings):
    return [(f.start_char, f.end_char, f.section_heading, f.value, f.polarity, f.themes, f.rule) for f in findings]


def test_furniture_is_found_once_per_report(nlp):
    text = paged_report(4)
    structure._page_furniture.cache_clear()
    findings = findings_from_document(nlp, text_document(text))
    assert structure._page_furniture.cache_info().misses == 1  # the reader, the page breaks and the Doc share it
    assert findings and not any("Page" in f.text or f.text.strip() == TITLE for f in findings)


def test_a_long_report_read_in_parts_skips_the_same_furniture(nlp):
    text = paged_report(120)
    doc = text_document(text)
    whole = findings_from_document(nlp, doc, part_chars=len(text))
    parts = findings_from_document(nlp, doc, part_chars=4_000)
    assert len(text) > 5 * 4_000
    assert key(parts) == key(whole)
    assert not any("Page" in f.text or f.text.strip() == TITLE for f in parts)


def test_a_doc_read_without_the_loader_finds_its_furniture_itself(nlp):
    text = paged_report(3)
    doc = nlp(text)  # no user_data from the loader: ff_findings reads the furniture of its own text
    assert structure.PAGE_FURNITURE not in doc.user_data
    assert doc._.findings and not any("Page" in f["text"] for f in doc._.findings)
