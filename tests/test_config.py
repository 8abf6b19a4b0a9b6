"""Pipeline configuration: the registered components in order, and lexicon files that are
wrong raise ConfigError naming the file."""
from __future__ import annotations

import pytest
from spacy.pipeline import SpanRuler

import focusfive_nlp
from focusfive_nlp.errors import ConfigError, FocusFiveError
from focusfive_nlp.pipeline.data import models_dir

COMPONENTS = ["ff_segmenter", "ff_sections", "ff_grades", "ff_figures", "ff_teams", "ff_themes", "ff_cues", "ff_context", "ff_findings"]


def test_pipeline_components(nlp):
    assert nlp.pipe_names == COMPONENTS
    # spaCy's SpanRuler, its token patterns read only around their anchor words (anchored.py)
    assert nlp.get_pipe_meta("ff_grades").factory == "ff_span_ruler"
    assert isinstance(nlp.get_pipe("ff_grades"), SpanRuler)


def test_pipeline_is_cached():
    assert focusfive_nlp.load_pipeline() is focusfive_nlp.load_pipeline()


def test_bundled_data_files_exist():
    names = {p.name for p in models_dir().iterdir()}
    assert {"config.cfg", "sections.yaml", "grades.jsonl", "figures.jsonl", "numbers.yaml", "figure_kinds.yaml",
            "teams.yaml", "themes.yaml", "polarity.yaml", "activities.yaml", "calendar.yaml", "segmentation.yaml"} <= names


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "kind, name, text",
    [
        ("teams", "bad_team_key.yaml", "teams:\n  - name: Blue Team\n    alias: [blue team]\n"),
        ("teams", "bad_top_key.yaml", "team:\n  - name: Blue Team\n"),
        ("teams", "yaml_boolean.yaml", "teams:\n  - name: North Team\n    aliases: [no]\n"),
        ("teams", "yaml_on.yaml", "teams:\n  - name: North Team\n    acronyms: [ON]\n"),
        ("teams", "no_name.yaml", "teams:\n  - aliases: [blue team]\n"),
        ("teams", "not_a_list.yaml", "teams:\n  - name: Blue Team\n    aliases: blue team\n"),
        ("teams", "broken_yaml.yaml", "teams:\n  - name: [Blue\n"),
        ("themes", "bad_theme_key.yaml", "themes:\n  education:\n    phrase: [school]\n"),
        ("themes", "bad_pattern.yaml", "themes:\n  education:\n    patterns:\n      - [{\"LOWERR\": \"school\"}]\n"),
        ("themes", "theme_boolean.yaml", "themes:\n  education:\n    phrases: [yes]\n"),
        ("sections", "bad_section_key.yaml", "section:\n  decisions: [decision making]\n"),
        ("sections", "section_boolean.yaml", "sections:\n  decisions: [off]\n"),
    ],
)
def test_bad_lexicon_is_config_error_naming_the_file(tmp_path, kind, name, text):
    path = write(tmp_path, name, text)
    with pytest.raises(ConfigError) as info:
        focusfive_nlp.load_pipeline(**{kind: [path]})
    assert name in str(info.value)
    assert isinstance(info.value, FocusFiveError)


def test_yaml_boolean_message_explains(tmp_path):
    path = write(tmp_path, "bool.yaml", "teams:\n  - name: North Team\n    aliases: [no]\n")
    with pytest.raises(ConfigError, match="quote"):
        focusfive_nlp.load_pipeline(teams=[path])


def test_quoted_yaml_word_is_fine(tmp_path, report):
    path = write(tmp_path, "quoted.yaml", "teams:\n  - name: North Team\n    aliases: [\"north team\", \"no\"]\n")
    custom = focusfive_nlp.load_pipeline(teams=[path])
    fs = focusfive_nlp.extract(report("- Plans in the north team were not SMART.\n"), nlp=custom)
    assert [f.teams for f in fs] == [["North Team"]]


def test_missing_lexicon_file(tmp_path):
    with pytest.raises(ConfigError, match="missing_teams.yaml"):
        focusfive_nlp.load_pipeline(teams=[tmp_path / "missing_teams.yaml"])


def test_missing_config(tmp_path):
    with pytest.raises(ConfigError, match="nope.cfg"):
        focusfive_nlp.load_pipeline(config=tmp_path / "nope.cfg")


def test_custom_config_without_a_component(tmp_path, report):
    # the config is data: a copy without ff_teams builds a pipeline that tags no team
    cfg = (models_dir() / "config.cfg").read_text(encoding="utf-8")
    cfg = cfg.replace('"ff_teams",', "")
    path = write(tmp_path, "no_teams.cfg", cfg)
    custom = focusfive_nlp.load_pipeline(config=path)
    assert "ff_teams" not in custom.pipe_names
    fs = focusfive_nlp.extract(report("- Plans in the YOT were not SMART.\n"), nlp=custom)
    assert fs and all(f.teams == [] for f in fs)
