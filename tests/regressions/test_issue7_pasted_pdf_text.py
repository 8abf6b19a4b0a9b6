"""Issue 7 (development set real10): text pasted or exported from a PDF keeps the hyphens
of the words its lines broke ("manage-" / "ment oversight"). The PDF readers settle them;
a plain text's view now does the same, so cue and theme phrases read across the break,
while evidence and offsets stay those of the text as given.
"""
from __future__ import annotations

from focusfive_nlp.textview import join_hyphens, plain_view

TEXT = ("Audit Findings 2025\n\n3. Recording\n"
        "The quality of record-\n"
        "ing was variable, and the multi-\n"
        "agency chronology was missing in 6 of the 10 files.\n")


def test_a_word_broken_at_a_line_end_reads_whole_and_maps_back():
    view = join_hyphens(plain_view(TEXT))
    assert "recording was variable" in view.text
    start = view.text.index("recording")
    assert TEXT[view.source_start(start):view.source_end(start + len("recording"))] == "record-\ning"


def test_a_compound_broken_at_its_hyphen_keeps_it():
    view = join_hyphens(plain_view(TEXT))
    assert "multi-agency chronology" in view.text
    # the document's own spelling decides: "follow-up" written whole elsewhere stays hyphenated
    text = "The follow-\nup visits were late. Each follow-up was recorded.\n"
    assert "follow-up visits" in join_hyphens(plain_view(text)).text


def test_a_dash_or_hyphen_before_a_capital_or_a_number_is_left_alone():
    text = "Plans were reviewed -\nmostly on time. Visits in 2023-\n24 were late. North-\nEast team.\n"
    assert join_hyphens(plain_view(text)).text == plain_view(text).text


def test_findings_read_across_the_broken_word(run):
    found = run(TEXT)
    figure = next(f for f in found if f.value == 60.0)
    assert {"recording_quality", "multi_agency"} <= set(figure.themes)  # "recording", "multi-agency"
    assert figure.text.startswith("The quality of record-\ning")  # the evidence as given
    assert TEXT[figure.start_char:figure.end_char] == figure.text
