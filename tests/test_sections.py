"""Sections (FINDINGS.md §3): heading shapes, heading → key mapping, text before the first
heading, and a user's own sections file."""
from __future__ import annotations

import pytest

import focusfive_nlp

BODY = "\n\n- 43% were graded Good or above.\n"


def sections_of(findings):
    return [(f.section, f.section_heading) for f in findings]


def figs(findings):
    return [f for f in findings if f.value is not None]


@pytest.mark.parametrize(
    "heading, key",
    [
        ("CHRONOLOGY", "chronology"),
        ("Chronologies", "chronology"),
        ("ASSESSMENTS", "assessment"),
        ("Assessment and Analysis", "assessment"),
        ("Risk Assessment", "assessment"),
        ("PLANS", "planning"),
        ("Care Planning", "planning"),
        ("3. Care Planning", "planning"),
        ("Reviews and Care Plans", "planning"),
        ("Visits:", "visiting"),
        ("Direct Work and Visits", "visiting"),
        ("VISITING", "visiting"),
        ("Supervision", "supervision"),
        ("Supervision and Management Oversight", "supervision"),
        ("Management Oversight and Supervision", "supervision"),
        ("Voice of the Child", "voice_of_child"),
        ("2.1 Child's Voice", "voice_of_child"),
        ("Management Oversight", "management_oversight"),
        ("Section 4 - Chronology", "chronology"),
    ],
)
def test_heading_maps_to_key(run, heading, key):
    fs = figs(run(f"Audit Findings Report 2022\n\n{heading}{BODY}"))
    assert len(fs) == 1
    assert fs[0].section == key
    assert fs[0].section_heading == heading


@pytest.mark.parametrize("heading, key, written", [("## Supervision", "supervision", "Supervision"), ("# Plans", "planning", "Plans")])
def test_markdown_headings(run, heading, key, written):
    fs = figs(run(f"Audit Findings Report 2022\n\n{heading}{BODY}"))
    assert len(fs) == 1
    assert fs[0].section == key
    assert written in fs[0].section_heading


@pytest.mark.parametrize("heading", ["Decision Making", "DECISION MAKING", "Thresholds:"])
def test_other_heading_kept_as_written(run, heading):
    fs = figs(run(f"Audit Findings Report 2022\n\n{heading}{BODY}"))
    assert sections_of(fs) == [("other", heading)]


def test_text_before_first_heading_is_other(run):
    fs = run("Audit Findings Report 2022\n\n- 43% were graded Good or above.\n\nPLANS\n\n- 50% were graded Good.\n")
    by_value = {f.value: f for f in fs if f.value is not None}
    assert by_value[43.0].section == "other"
    assert by_value[43.0].section_heading == ""
    assert (by_value[50.0].section, by_value[50.0].section_heading) == ("planning", "PLANS")


def test_finding_belongs_to_nearest_heading_above(run):
    text = (
        "Audit Findings Report 2022\n\nCHRONOLOGY\n\n- 52% of chronologies were out of date.\n\n"
        "VISITING\n\n- 86% of children were seen in accordance with agreed visit frequency.\n\n"
        "SUPERVISION\n\n- 43% of supervision was graded Good or above.\n"
    )
    got = {f.value: f.section for f in run(text) if f.value is not None}
    assert got == {52.0: "chronology", 86.0: "visiting", 43.0: "supervision"}


def test_sentence_is_not_a_heading(run):
    # a normal sentence line between headings must not open a new section
    text = "Audit Findings Report 2022\n\nPLANS\n\nPlans were reviewed in March.\n\n- 43% were graded Good or above.\n"
    fs = [f for f in run(text) if f.value is not None]
    assert sections_of(fs) == [("planning", "PLANS")]


def test_user_sections_file_adds_a_key(tmp_path):
    extra = tmp_path / "my_sections.yaml"
    extra.write_text("sections:\n  decision_making: [decision making, decisions]\n", encoding="utf-8")
    custom = focusfive_nlp.load_pipeline(sections=[extra])
    text = f"Audit Findings Report 2022\n\nDecision Making{BODY}\nPLANS{BODY}"
    fs = figs(focusfive_nlp.extract(text, nlp=custom))
    assert sections_of(fs) == [("decision_making", "Decision Making"), ("planning", "PLANS")]
    # the default pipeline is unchanged
    default = figs(focusfive_nlp.extract(text))
    assert sections_of(default)[0] == ("other", "Decision Making")


def test_user_sections_file_missing_is_config_error(tmp_path):
    from focusfive_nlp.errors import ConfigError

    with pytest.raises(ConfigError, match="nope.yaml"):
        focusfive_nlp.load_pipeline(sections=[tmp_path / "nope.yaml"])
