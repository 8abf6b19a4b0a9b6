"""Issue 7: the leave-one-set-out veto experiment (scripts/veto_experiment.py) labels, vetoes
and scores candidates the way its note (docs/veto-experiment.md) says."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("veto_experiment", ROOT / "scripts" / "veto_experiment.py")
veto = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(veto)

TEXT = "Plans were clear and timely. The meeting was quorate. 8 of 10 visits were in time."


def _finding(start, end, *, value=None, themes=(), rule="clause:cues|cue 'clear'"):
    return {"section": "other", "section_heading": "", "text": TEXT[start:end], "start_char": start, "end_char": end,
            "rule": rule, "polarity": "strength", "teams": [], "themes": list(themes), "value": value,
            "grade": None, "grade_qualifier": None}


def _doc():
    gold = [{"section": "other", "value": None, "polarity": "strength", "teams": [], "themes": ["smart_planning"],
             "quote": "Plans were clear"},
            {"section": "other", "value": 80, "polarity": "strength", "teams": [], "themes": [],
             "quote": "8 of 10 visits were in time"}]
    findings = [_finding(0, 27, themes=["smart_planning"]),       # overlaps a gold quote
                _finding(29, 53, themes=["multi_agency"]),        # meeting procedure: overlaps none
                _finding(54, 81, value=80.0, rule="figure:count_of")]
    return {"doc": "d", "text": TEXT, "gold": gold, "findings": findings}


def test_a_qualitative_finding_on_a_gold_quote_is_a_finding_and_one_off_every_quote_is_not():
    rows = veto.candidates({"s": [_doc()]})["s"]
    assert [(r["index"], r["label"]) for r in rows] == [(0, veto.FINDING), (1, veto.NOT_FINDING)]


def test_figures_are_never_candidates():
    rows = veto.candidates({"s": [_doc()]})["s"]
    assert 2 not in {r["index"] for r in rows}


def test_the_classifier_reads_section_and_rule_tokens_before_the_evidence():
    text = veto.candidate_text(_finding(0, 27, rule="clause:cues|negated 'timely'; themes: timeliness=timely"))
    assert text.startswith("SECTION_other RULE_clause_cues STEP_negated Plans were")
    assert "timeliness" not in text  # the theme trail of the rule is not a feature


def test_vetoing_a_spurious_finding_removes_its_tuples_and_keeping_it_does_not():
    doc = _doc()
    kept, vetoed = veto.scored([doc], set()), veto.scored([doc], {("d", 1)})
    assert kept["themes"].fp == 1 and vetoed["themes"].fp == 0
    assert vetoed["themes"].tp == kept["themes"].tp == 1
    assert vetoed["figures"].tp == kept["figures"].tp == 1


def test_a_trained_veto_learns_a_separable_cue_and_keeps_the_other_class():
    rows = ([{"text": f"SECTION_other RULE_clause_list_header Target date {d} June", "label": veto.NOT_FINDING}
             for d in range(1, 13)]
            + [{"text": f"SECTION_other RULE_clause_cues Plans were clear in {d} cases", "label": veto.FINDING}
               for d in range(1, 13)])
    nlp = veto.train(rows, epochs=10, seed=0)
    p_not, p_keep = veto.not_finding_probability(
        nlp, [{"text": "SECTION_other RULE_clause_list_header Target date 30 June"},
              {"text": "SECTION_other RULE_clause_cues Plans were clear in most cases"}])
    assert p_not > 0.5 > p_keep
