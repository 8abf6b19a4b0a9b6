"""Issue 7 (lexicon hygiene): the word sets the findings rules read beside the cues are data in
segmentation.yaml (ff_findings' file), not sets in code. Each test builds a pipeline from an
edited copy of the bundled models under tmp_path and shows the edit changes what is found, with
the bundled pipeline as the case it differs from."""
from __future__ import annotations

import shutil

import pytest
import yaml

import focusfive_nlp
from focusfive_nlp.pipeline.data import models_dir


def edited_pipeline(tmp_path, key: str, edit):
    """A pipeline whose data files are a copy of the bundled ones, segmentation.yaml's ``key``
    replaced by ``edit(words)``."""
    folder = tmp_path / "models"
    shutil.copytree(models_dir(), folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    seg = folder / "segmentation.yaml"
    data = yaml.safe_load(seg.read_text(encoding="utf-8"))
    data[key] = edit(list(data[key]))
    seg.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    cfg = (folder / "config.cfg").read_text(encoding="utf-8")
    (folder / "config.cfg").write_text(cfg.replace("data_dir = ${paths.models}", f'data_dir = "{folder}"'),
                                       encoding="utf-8")
    return focusfive_nlp.load_pipeline(config=folder / "config.cfg")


def found(nlp, report, body: str, heading: str = "FINDINGS"):
    return focusfive_nlp.extract(report(body, heading=heading), nlp=nlp)


def added(word: str):
    return lambda words: words + [word]


@pytest.mark.parametrize("key, word, body", [
    ("passive_auxiliaries", "get", "Strengths get recorded rather than explored with the family.\n"),
    ("passive_adverbs", "sometimes", "Strengths were sometimes recognised in the assessment.\n"),
])
def test_a_passive_word_added_makes_the_header_word_a_subject(nlp, tmp_path, report, key, word, body):
    assert any(f.rule.startswith("clause:list_header") for f in found(nlp, report, body))
    edited = edited_pipeline(tmp_path, key, added(word))
    assert not any(f.rule.startswith("clause:list_header") for f in found(edited, report, body))


@pytest.mark.parametrize("key, word, body", [
    ("unsaid_negations", "less",
     "Plans say less about how the young person will be helped to keep in touch with family.\n"),
    ("unsaid_topics", "regarding",
     "Plans say too little regarding how the young person will be helped to keep in touch with family.\n"),
])
def test_an_unsaid_topic_word_added_reaches_the_topic(nlp, tmp_path, report, key, word, body):
    judged = lambda fs: {f.polarity for f in fs if "relationships" in f.themes}  # noqa: E731
    assert judged(found(nlp, report, body)) != {"improvement"}
    assert judged(found(edited_pipeline(tmp_path, key, added(word)), report, body)) == {"improvement"}


@pytest.mark.parametrize("key, word, body, heading, value, before, after", [
    # a figure alone in an opening phrase, before a connective set off by commas: its measure follows
    ("opening_prepositions", "amongst", "Most plans were clear. Amongst 6 of the 20 cases, however, the plan was "
     "not updated after the review.\n", "PLANS", 30.0, "neutral", "improvement"),
    # after a comma a clause opener ends what the figure measures
    ("clause_openers", "when", "Three of the nine inadequate audits came from one team, when timeliness has been "
     "weakest.\n", "Audit results", 33.3, "strength", "neutral"),
])
def test_a_clause_word_added_changes_what_the_figure_measures(nlp, tmp_path, report, key, word, body, heading,
                                                              value, before, after):
    share = lambda fs: next(f for f in fs if f.value == value)  # noqa: E731
    assert share(found(nlp, report, body, heading)).polarity == before
    assert share(found(edited_pipeline(tmp_path, key, added(word)), report, body, heading)).polarity == after


def test_a_change_noun_taken_out_lets_its_strength_cue_hide_the_trend(nlp, tmp_path, report):
    body = "Plans were reviewed in time for 80% of children, an improvement on last year.\n"
    judgements = lambda fs: [f for f in fs if f.rule.startswith("figure:judgement")]  # noqa: E731
    assert judgements(found(nlp, report, body, "Reviews"))
    edited = edited_pipeline(tmp_path, "change_nouns", lambda words: [w for w in words if w != "improvement"])
    assert not judgements(found(edited, report, body, "Reviews"))


def test_a_point_unit_added_makes_its_column_changes(nlp, tmp_path, report):
    table = ("Indicator                           May      Jun      Change\n"
             "                                    (%)               (pp)\n"
             "Plans reviewed within timescale      81       86       +5\n"
             "Visits held within timescale         90       87       -3\n")
    changes = lambda fs: sorted(f.value for f in fs if f.figure_kind == "change")  # noqa: E731
    assert changes(found(nlp, report, table, "Performance")) == []
    assert changes(found(edited_pipeline(tmp_path, "table_point_units", added("pp")), report, table,
                         "Performance")) == [3.0, 5.0]


@pytest.mark.parametrize("body, value, grade", [
    # a grading verb, its object, the grade, then the link word and the figure (FigureRules._judged_object)
    ("The panel judged the partnership's response good across 8 of the 18 cases.\n", 44.4, "good"),
    # a grade in a series, right before its link word and figure (FigureRules._grade_in_figure)
    ("Audits were judged good or better in 11 of 18 cases and requires improvement across 7 of 18.\n", 38.9,
     "requires_improvement"),
])
def test_a_grade_link_word_added_binds_the_grade_to_the_figure_after_it(nlp, tmp_path, report, body, value, grade):
    graded = lambda fs: next(f.grade for f in fs if f.value == value)  # noqa: E731
    assert graded(found(nlp, report, body, "Audit results")) is None
    edited = edited_pipeline(tmp_path, "grade_figure_links", added("across"))
    assert graded(found(edited, report, body, "Audit results")) == grade


def test_a_coordinating_opener_added_ends_the_clause_of_a_bare_change(nlp, tmp_path, report):
    # the change with no words of its own before ", plus ..." continues the graded share before it
    body = ("In the spring quarter 61% of audits were graded good. This is 7 percentage points higher than a year "
            "before, plus the best result the team has had.\n")
    change = lambda fs: next(f for f in fs if f.value == 7.0)  # noqa: E731
    assert change(found(nlp, report, body, "Audit results")).grade is None
    edited = edited_pipeline(tmp_path, "coordinating_openers", added("plus"))
    continued = change(found(edited, report, body, "Audit results"))
    assert (continued.grade, continued.polarity) == ("good", "strength")


def test_a_plan_verb_added_makes_an_item_under_a_header_a_plan(nlp, tmp_path, report):
    body = "Priorities:\n- We intend to recruit two more independent chairs.\n"
    assert [f.polarity for f in found(nlp, report, body, "Next year")] == ["improvement"]
    assert found(edited_pipeline(tmp_path, "plan_verbs", added("intend")), report, body, "Next year") == []
