"""Polarity of qualitative findings (FINDINGS.md §1, §2): cues, negation, contrast splits,
list headers, and plain process text that is not a finding."""
from __future__ import annotations

import pytest


def qualitative(findings):
    return [f for f in findings if f.value is None]


def summary(findings):
    return [(f.polarity, f.themes, f.teams, f.text) for f in findings]


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("- Plans were timely and clear.\n", "strength"),
        ("- Plans were not timely.\n", "improvement"),
        ("- Plans were never reviewed on time.\n", "improvement"),
        ("- Plans needed to be more SMART.\n", "improvement"),
        ("- Plans should be more SMART.\n", "improvement"),
        ("- Workers struggled to capture the voice of the child.\n", "improvement"),
        ("- The voice of the child was clearly evident in plans.\n", "strength"),
        ("- Management oversight was weak.\n", "improvement"),
        ("- There was a lack of management oversight.\n", "improvement"),
        ("- Plans were poorly recorded.\n", "improvement"),
        ("- Plans were child centred.\n", "strength"),
        ("- Plans were not child centred.\n", "improvement"),
        ("- Plans were less SMART than last year.\n", "improvement"),
        ("- Plans did not include the views of the child.\n", "improvement"),
        ("- Recommendation: plans should be reviewed by a manager.\n", "improvement"),
        # pseudo-negation: "not to proceed" negates nothing
        ("- The decision not to proceed to a conference was appropriate in almost all cases.\n", "strength"),
    ],
)
def test_clause_polarity(run, report, sentence, polarity):
    fs = qualitative(run(report(sentence)))
    assert len(fs) == 1, summary(fs)
    assert fs[0].polarity == polarity, summary(fs)


@pytest.mark.parametrize(
    "sentence",
    [
        "- Plans were child centred however they were not SMART.\n",
        "- The voice of the child was clear in plans, however management oversight was not evident.\n",
        "- Plans were clear and SMART, however they were not reviewed on time.\n",
        "- Plans were clear and SMART; however, they were not reviewed on time.\n",
        "- Plans were clear and timely. However, they were not SMART.\n",
        "- Plans were child centred but they were not SMART.\n",
    ],
)
def test_contrast_splits_into_two_findings_of_opposite_polarity(run, report, sentence):
    fs = qualitative(run(report(sentence)))
    assert sorted(f.polarity for f in fs) == ["improvement", "strength"], summary(fs)
    strength = next(f for f in fs if f.polarity == "strength")
    improvement = next(f for f in fs if f.polarity == "improvement")
    # each half carries its own evidence, in document order
    assert strength.end_char <= improvement.start_char
    assert "not" in improvement.text


def test_contrast_themes_go_to_their_own_half(run, report):
    fs = qualitative(run(report("- The voice of the child was clear in plans, however management oversight was not evident.\n")))
    by_pol = {f.polarity: f for f in fs}
    assert by_pol["strength"].themes == ["voice_of_child"]
    assert by_pol["improvement"].themes == ["management_oversight"]


def test_list_header_in_sentence_gives_strength(run, report):
    fs = qualitative(run(report("The areas of good practice were the voice of the child and management oversight.\n")))
    assert fs, "no finding"
    assert {f.polarity for f in fs} == {"strength"}, summary(fs)
    themes = {t for f in fs for t in f.themes}
    assert {"voice_of_child", "management_oversight"} <= themes


@pytest.mark.parametrize(
    "lead",
    [
        "Areas for improvement included:\n",
        "The areas for improvement were:\n",
        "Plans were audited in March. Areas for improvement:\n",
        "Areas for improvement:\n",
        "Areas for improvement:\n\n",
    ],
)
def test_bullets_after_improvement_header(run, report, lead):
    fs = qualitative(run(report(lead + "- Recording of management oversight.\n- SMART planning.\n")))
    bullets = [f for f in fs if f.text.rstrip(".") in {"Recording of management oversight", "SMART planning"}]
    assert len(bullets) == 2, summary(fs)
    assert {f.polarity for f in bullets} == {"improvement"}
    assert sorted(t for f in bullets for t in f.themes if t in {"management_oversight", "smart_planning"}) == [
        "management_oversight", "smart_planning"]


def test_bullets_after_strength_header(run, report):
    fs = qualitative(run(report("What is working well:\n- Children's views in plans.\n- Management oversight of plans.\n")))
    bullets = [f for f in fs if "views" in f.text or "oversight" in f.text]
    assert len(bullets) == 2, summary(fs)
    assert {f.polarity for f in bullets} == {"strength"}


@pytest.mark.parametrize(
    "body",
    [
        "- Plans are reviewed by the team manager every six weeks.\n",
        "- The audit tool has ten questions.\n",
        "Each month, managers audit two cases chosen at random from each team.\n",
        "The findings were presented to the senior leadership team in March.\n",
    ],
)
def test_process_description_is_not_a_finding(run, report, body):
    assert run(report(body)) == []


def test_improvement_figure_and_its_theme(run, report):
    fs = run(report("- Plans were not SMART in 40% of cases.\n"))
    assert [(f.value, f.polarity, f.themes) for f in fs] == [(40.0, "improvement", ["smart_planning"])]


def test_reflective_of_is_not_the_reflection_theme(run, report):
    fs = qualitative(run(report("- Plans were not SMART, which is reflective of the findings of the earlier audit.\n")))
    assert fs and all("reflection_analysis" not in f.themes for f in fs), summary(fs)


def test_signs_of_safety_sub_headings_set_the_polarity_of_their_bullets(run, report):
    body = (
        "What's working well\n- Chronologies were kept by the Early Help team.\n\n"
        "What are we worried about\n- Chronologies were kept by the PACT team.\n"
    )
    fs = [f for f in qualitative(run(report(body, heading="CHRONOLOGY"))) if f.teams]
    assert sorted((f.teams[0], f.polarity) for f in fs) == [("Early Help", "strength"), ("PACT", "improvement")]


def test_sentence_case_heading():
    from focusfive_nlp.structure import heading_level

    assert heading_level("Care planning", blank_before=True, blank_after=True) == 2
    assert heading_level("Plans were good", blank_before=True, blank_after=True) is None
