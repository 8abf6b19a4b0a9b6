"""Issue 9 (left item): how many words a method section's heading may have, for a sample
share under it to be read as how the sample was drawn, is a setting of ff_findings
(``max_method_heading_words`` in models/config.cfg, default 6), not a constant in code.
"""
from __future__ import annotations

import focusfive_nlp
from focusfive_nlp.pipeline.data import models_dir

SHARE = "One in four of the cases open on 1 May were chosen at random.\n"
SHORT = f"Audit Findings Report 2022\n\nHow the sample was drawn\n\n{SHARE}"
LONG = f"Audit Findings Report 2022\n\nHow the sample was drawn for the audit\n\n{SHARE}"


def _shares(text, nlp):
    return [f.value for f in focusfive_nlp.extract(text, nlp=nlp) if f.rule.startswith("figure:one_in_n")]


def test_the_default_setting_reads_a_short_method_heading_only(nlp):
    assert nlp.get_pipe("ff_findings").max_method_heading_words == 6
    assert _shares(SHORT, nlp) == []  # "How the sample was drawn": method
    assert _shares(LONG, nlp) == [25.0]  # eight words: not taken for a method heading of its own


def test_a_config_can_widen_the_method_heading(tmp_path):
    text = (models_dir() / "config.cfg").read_text(encoding="utf-8")
    assert "max_method_heading_words = 6\n" in text
    path = tmp_path / "config.cfg"
    path.write_text(text.replace("max_method_heading_words = 6\n", "max_method_heading_words = 12\n"), encoding="utf-8")
    wide = focusfive_nlp.load_pipeline(config=path)
    assert wide.get_pipe("ff_findings").max_method_heading_words == 12
    assert _shares(LONG, wide) == []
    assert _shares(SHORT, wide) == []
