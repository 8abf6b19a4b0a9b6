"""Where long texts are cut into parts (pipeline/chunks.py), and what each part carries."""
from __future__ import annotations

from focusfive_nlp.pipeline.chunks import plan_parts
from focusfive_nlp.structure import detect_headings


def headings_of(text: str):
    return [(h.start, h.end, h.text, h.level) for h in detect_headings(text)]


def check_cover(text: str, parts, size: int) -> None:
    assert parts[0].start == 0 and parts[-1].end == len(text)
    for a, b in zip(parts, parts[1:]):
        assert a.end == b.start
    assert all(p.end - p.start <= size for p in parts)
    for p in parts:  # every heading's offsets point at its text in the part as read
        read = p.preamble + text[p.start:p.end]
        assert all(read[s:e] == t for s, e, t, _lv in p.headings)


def test_cuts_at_top_level_headings_and_carries_the_opening():
    body = "".join(f"{n}. SECTION {n}\n\n" + "Plans were reviewed on time. " * 40 + "\n\n1.1 Detail\n\nMore text here.\n\n"
                   for n in range(1, 30))
    text = "Audit Report 2022\n\nThis audit read forty files.\n\n" + body
    parts = plan_parts(text, headings_of(text), 5_000)
    assert len(parts) > 3
    check_cover(text, parts, 5_000)
    for p in parts[1:]:
        assert text[p.start:].startswith(tuple(f"{n}. SECTION" for n in range(1, 30)))  # a top-level heading
        assert p.preamble.startswith("Audit Report 2022\n\nThis audit read forty files.")


def test_a_cut_inside_a_section_carries_its_heading():
    text = "Report\n\nINTRO\n\nWords here.\n\nCARE PLANNING\n\n" + "Plans were clear.\n\n" * 2_000
    parts = plan_parts(text, headings_of(text), 4_000)
    check_cover(text, parts, 4_000)
    for p in parts[1:]:
        assert p.preamble.rstrip().endswith("CARE PLANNING")
        assert text[p.start - 2:p.start] == "\n\n"  # after a blank line


def test_a_one_line_text_is_cut_after_full_stops():
    text = "In 43% of files plans were graded Good. " * 500
    parts = plan_parts(text, [], 3_000)
    check_cover(text, parts, 3_000)
    assert all(text[:p.start].endswith("Good. ") for p in parts[1:])


def test_a_text_with_no_space_is_still_cut():
    text = "x" * 10_001
    parts = plan_parts(text, [], 1_000)
    check_cover(text, parts, 1_000)


def test_a_short_text_is_one_part():
    text = "Report\n\nPLANS\n\nPlans were clear.\n"
    assert [(p.start, p.end, p.preamble) for p in plan_parts(text, headings_of(text), 1_000)] == [(0, len(text), "")]
