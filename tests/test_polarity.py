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


# --- compositional reading (issue 7): each step with a case it must decide and one it must not


@pytest.mark.parametrize(
    "sentence, polarity, step",
    [
        # negation scope runs through "not yet"; a contrast ends it
        ("- Plans had not yet achieved a good standard.\n", "improvement", "not"),
        # direction of change with a less-is-better quantity, either order
        ("- Caseloads in the PACT team were considerably lower than last year.\n", "strength", "change 'lower'"),
        ("- Fewer delays were seen in PACT plans this quarter.\n", "strength", "change 'Fewer'"),
        ("- Delays in PACT plans increased this quarter.\n", "improvement", "change 'increased'"),
        # a fall in a positive attribute
        ("- Visits within timescale in PACT fell over the summer.\n", "improvement", "change 'fell'"),
        # resolving a concern
        ("- The backlog of unallocated PACT cases has been addressed.\n", "strength", "change 'addressed'"),
        # intensity
        ("- PACT gave very positive feedback.\n", "strength", "intensified cue 'positive'"),
        # derived forms of listed attributes
        ("- PACT responded robustly to the findings.\n", "strength", "cue 'robustly'"),
        ("- PACT provided a high-quality service.\n", "strength", "cue 'high-quality'"),
    ],
)
def test_composition_decides_and_names_its_step(run, report, sentence, polarity, step):
    fs = qualitative(run(report(sentence)))
    assert len(fs) == 1, summary(fs)
    assert fs[0].polarity == polarity, (fs[0].rule, fs[0].text)
    assert step in fs[0].rule


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        # a direction reaches only what it stands beside, not a concern further on
        ("- The PACT team reviewed plans less often and let them drift.\n", "improvement"),
        # a phrasal verb's "down" changes nothing that follows
        ("- Decisions to step PACT cases down were always signed off with a clear rationale.\n", "strength"),
        # an adverb derived from a strength never overrides a listed concern ("rare" / "rarely")
        ("- Contingency plans in PACT were rarely written.\n", "improvement"),
        # a resolving word does not resolve a "no"; a step-down is no fall
        ("- No partner in PACT could show that disagreements had been resolved.\n", "improvement"),
        ("- PACT workers valued the summary sent with each step-down.\n", "strength"),
    ],
)
def test_composition_does_not_overreach(run, report, sentence, polarity):
    fs = qualitative(run(report(sentence)))
    assert [f.polarity for f in fs] == [polarity], summary(fs)


def test_a_contrast_ends_the_scope_of_a_negation(run, report):
    fs = qualitative(run(report("- Plans were not timely in every case, but they were SMART and clear.\n")))
    assert [f.polarity for f in fs] == ["improvement", "strength"], summary(fs)


def test_a_bare_quantity_or_rise_judges_nothing(run, report):
    # "caseloads" and "increased" say nothing good or bad on their own
    assert qualitative(run(report("- PACT caseloads were discussed with managers.\n"))) == []
    fs = run(report("- The number of children in care increased by 4.5% over the year.\n"))
    assert [(f.value, f.polarity) for f in fs if f.value is not None] == [(4.5, "neutral")]


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("- 90% of standards were rated 'met' or 'partially met'.\n", "strength"),
        ("- 30% of standards were rated 'red' or 'amber'.\n", "improvement"),
        ("- 20% of the actions were rated Amber.\n", "improvement"),
        ("- 75% of the actions were rated Green.\n", "strength"),
    ],
)
def test_rag_and_met_ratings_decide_a_figure(run, report, sentence, polarity):
    fs = [f for f in run(report(sentence)) if f.value is not None]
    assert [f.polarity for f in fs] == [polarity], [(f.polarity, f.rule) for f in fs]


def test_learning_in_a_sentence_is_no_list_header(run, report):
    # "Key Learning" heads a list; "learning" inside a sentence judges nothing by itself
    fs = qualitative(run(report("- Learning from PACT audits has not yet fed through into consistent practice.\n")))
    assert [(f.polarity, f.rule.startswith("clause:cues")) for f in fs] == [("improvement", True)]


def test_a_label_with_a_colon_heads_the_rest_of_its_line(run, report):
    body = "- Strongest: clarity about the risks\n- Weakest: contingency plans; actions for fathers\n"
    fs = qualitative(run(report(body)))
    assert [(f.polarity, f.text) for f in fs] == [
        ("strength", "Strongest: clarity about the risks"),
        ("improvement", "Weakest: contingency plans"),
        ("improvement", "actions for fathers"),
    ]


def test_a_judged_line_above_bullets_leads_them_in(run, report):
    body = "Where practice was strong\n- Management oversight that challenges drift\n- Consistent workers\n\n" \
           "Where practice needs to improve\n- Plans that say what will change for the child\n"
    fs = qualitative(run(report(body, heading="SUPERVISION")))
    assert [(f.polarity, f.text) for f in fs] == [
        ("strength", "Management oversight that challenges drift"),  # "challenges" mid-clause is no header
        ("strength", "Consistent workers"),
        ("improvement", "Plans that say what will change for the child"),
    ]


def test_a_judged_line_with_a_contrast_is_content_not_a_lead_in(run, report):
    body = "Regular, but not yet reflective\n- Oversight responded robustly where risk rose\n"
    fs = qualitative(run(report(body, heading="SUPERVISION")))
    assert [f.polarity for f in fs if "robustly" in f.text] == ["strength"]
