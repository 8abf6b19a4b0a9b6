"""Issue 9 (development set real17): a page footer ending in a bare page number, in a text
that holds the same report twice.

A running header is a line printed at the top of several pages, right after their page
marks. A line right after "Page 2" (or "Fostering review 2025      Page 2") that opens page 2
of a report is printed twice when the report stands twice in one text (an archive joined
under "PART n" headings), and it was then taken for a running header: the heading on it was
lost and its figures fell under the heading before. A running header follows the marks of
two pages or more; the first line of the same page in two copies is not one, so the report
reads beside its copy as it reads alone.
"""
from __future__ import annotations

import pytest

from focusfive_nlp.structure import detect_headings, page_furniture
from picks import figure

TITLE = "Fostering Service Practice Review 2025"


def _report(footer: str) -> str:
    """A two-page report whose second page opens on a numbered heading, after ``footer``."""
    return (f"{TITLE}\n\n"
            "2. Assessment of carers\n\n"
            "Assessments were completed within eight months for 18 of the 25 households.\n\n"
            f"{footer}\n\n"
            "3. Supervision of foster carers\n\n"
            "Supervisory visits were recorded every six weeks in 15 of the 20 files.\n")


def _twice(report: str) -> str:
    return f"PART 1\n\n{report.rstrip()}\n\nPART 2\n\n{report.rstrip()}\n"


FOOTERS = [
    "Page 2",
    "Page 2 of 3",
    f"{TITLE}                    Page 2",
    f"{TITLE}                    Page 2 of 3",
    f"{TITLE} – Page 2 of 3",
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_heading_after_a_page_footer_is_kept_beside_a_copy_of_the_report(run, footer):
    alone, both = _report(footer), _twice(_report(footer))
    assert [h.text for h in detect_headings(both)].count("3. Supervision of foster carers") == 2
    assert figure(run(alone), 75.0).section == "supervision"
    found = run(both)
    second = [f for f in found if f.value is not None and round(f.value, 1) == 75.0]
    assert len(second) == 2
    assert {(f.section, f.section_heading) for f in second} == {("supervision", "3. Supervision of foster carers")}
    assert {f.section for f in found if f.value is not None and round(f.value, 1) == 72.0} == {"assessment"}


def _running_header_report() -> str:
    """A three-page report with its title printed again at the top of pages 2 and 3."""
    return (f"{TITLE}\n\n"
            "2. Assessment of carers\n\n"
            "Assessments were completed within eight months for 18 of the 25 households.\n\n"
            "Page 1 of 3\n\n"
            f"{TITLE}\n\n"
            "3. Supervision of foster carers\n\n"
            "Supervisory visits were recorded every six weeks in 15 of the 20 files.\n\n"
            "Page 2 of 3\n\n"
            f"{TITLE}\n\n"
            "4. Reviews of carers\n\n"
            "Annual reviews were held on time for 9 of the 12 households.\n")


def test_a_title_printed_after_two_pages_numbers_is_still_a_running_header_alone_and_beside_a_copy():
    for text in (_running_header_report(), _twice(_running_header_report())):
        lines = [text[a:b].strip() for a, b in page_furniture(text)]
        assert lines.count(TITLE) == lines.count("Page 1 of 3") * 2  # every copy after both marks
        headings = detect_headings(text)
        assert {"3. Supervision of foster carers", "4. Reviews of carers"} <= {h.text for h in headings}
        assert not {h.start for h in headings} & {a for a, _b in page_furniture(text)}


def test_a_line_after_the_same_page_number_twice_is_not_furniture():
    text = _twice(_report("Page 2"))
    lines = [text[a:b].strip() for a, b in page_furniture(text)]
    assert lines == ["Page 2", "Page 2"]
