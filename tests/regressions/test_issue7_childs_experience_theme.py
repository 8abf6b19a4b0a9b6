"""Issue 7 kind 10 (lexicon hygiene): "the child's experience" as what a record reflects on or a worker
observed is not child-centred work by itself (it fired wrongly in every annotated finding it tagged);
the child's lived experience, daily life or journey still names child_centred.
"""
from __future__ import annotations

from picks import one_judgement


def test_reflection_on_the_childs_experience_is_no_child_centred_theme(run, report):
    f = one_judgement(run, report, "Few supervision records showed any reflection on the child's experience.",
                      heading="SUPERVISION")
    assert "child_centred" not in f.themes
    assert "reflection_analysis" in f.themes


def test_the_childs_lived_experience_is_still_child_centred(run, report):
    f = one_judgement(run, report, "Assessments described the child's lived experience well.", heading="ASSESSMENTS")
    assert "child_centred" in f.themes
