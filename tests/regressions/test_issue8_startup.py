"""Issue 8 (start-up): what a run skips or reads faster at start-up gives what the slow way gave.

Lexicon phrases read as token hashes without a Doc each (phrase_keys.py) are the tokens the
tokenizer gives the whole phrase; the collector is paused and start-up's objects frozen only in
a process the command line owns (startup.py).
"""
from __future__ import annotations

import subprocess
import sys

import spacy

from focusfive_nlp import startup
from focusfive_nlp.pipeline.data import load_yaml, models_dir, plural_variants
from focusfive_nlp.pipeline.phrase_keys import PhraseKeys
from focusfive_nlp.pipeline.themes import expand_pattern


def tokenised(tokenizer, phrase: str) -> tuple[int, ...]:
    return tuple(t.lower for t in tokenizer(phrase))


def bundled_theme_phrases() -> list[str]:
    """Every phrase the bundled themes file gives the tagger: listed ones with their plural
    and typeset-apostrophe variants, and the token patterns of plain words expanded."""
    data = load_yaml(models_dir() / "themes.yaml")
    listed = [str(p) for key in ("ignore", "judgements") for p in data.get(key) or []]
    for spec in data["themes"].values():
        listed += [v for key in ("phrases", "weak", "heads") for p in spec.get(key) or [] for v in plural_variants(str(p))]
        for pattern in spec.get("patterns") or []:
            listed += expand_pattern(pattern) or []
    return listed + [p.replace("'", "\u2019") for p in listed if "'" in p]


def test_every_bundled_theme_phrase_has_the_tokens_of_the_whole_phrase():
    tokenizer = spacy.blank("en").tokenizer
    keys = PhraseKeys(tokenizer)
    phrases = bundled_theme_phrases()
    assert len(phrases) > 10_000
    assert any("'s" in p for p in phrases) and any("-" in p for p in phrases)
    assert [keys.keys(p) for p in phrases] == [tokenised(tokenizer, p) for p in phrases]


def test_affixes_and_apostrophes_split_as_in_running_text():
    tokenizer = spacy.blank("en").tokenizer
    keys = PhraseKeys(tokenizer)
    for phrase in ("child's plan", "child \u2019s plan", "up-to-date plans", "plans (reviewed)", "it 's late", "can't"):
        assert keys.keys(phrase) == tokenised(tokenizer, phrase), phrase
    assert len(keys.keys("child's plan")) == 3  # "child", "'s", "plan": not the two words of the phrase


def test_a_special_case_across_a_space_is_tokenised_whole():
    tokenizer = spacy.blank("en").tokenizer
    tokenizer.add_special_case("care plan", [{"ORTH": "care plan"}])
    keys = PhraseKeys(tokenizer)
    chunked = tokenised(tokenizer, "care") + tokenised(tokenizer, "plan")
    assert tokenised(tokenizer, "the care plan") != tokenised(tokenizer, "the") + chunked  # chunks alone would be wrong
    assert keys.keys("the care plan") == tokenised(tokenizer, "the care plan")
    assert keys.keys("care plans") == tokenised(tokenizer, "care plans")


def test_irregular_spacing_is_tokenised_whole():
    tokenizer = spacy.blank("en").tokenizer
    keys = PhraseKeys(tokenizer)
    for phrase in ("care  plan", " care plan", "care plan ", "care\tplan", "care\u00a0plan review"):
        assert keys.keys(phrase) == tokenised(tokenizer, phrase), repr(phrase)
    assert len(keys.keys("care  plan")) == 3  # two spaces running make a space token


FREEZE_PROBE = """
import gc, sys
young = gc.get_threshold()[0]
from focusfive_nlp import startup
if sys.argv[1] == "owned":
    startup.own_process()
before = gc.get_freeze_count()
with startup.long_lived():
    paused = not gc.isenabled()
    kept = [[i] for i in range(1000)]
print(paused, gc.isenabled(), gc.get_freeze_count() - before >= 1000, young, gc.get_threshold()[0])
"""


def test_the_command_line_freezes_what_start_up_builds():
    out = subprocess.run([sys.executable, "-c", FREEZE_PROBE, "owned"], capture_output=True, text=True, check=True)
    # paused inside, collecting after, the objects frozen, a larger first generation
    assert out.stdout.split() == ["True", "True", "True", "700", str(startup.YOUNG_THRESHOLD)]


def test_a_program_importing_the_library_keeps_its_collector():
    out = subprocess.run([sys.executable, "-c", FREEZE_PROBE, "library"], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "False", "700", "700"]  # the threshold untouched


def test_a_collector_tuned_off_stays_off():
    probe = "import gc; gc.set_threshold(0); from focusfive_nlp import startup; startup.own_process(); print(gc.get_threshold()[0])"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0"]


def test_a_line_too_long_for_a_heading_is_skipped_but_its_neighbours_are_read():
    from focusfive_nlp.structure import MAX_CHARS, detect_headings

    long_line = "The audit read forty case files and found that most plans were reviewed on time " * 2
    assert len(long_line.strip()) > MAX_CHARS
    text = f"Audit report 2021\n\nPLANS AND REVIEWS\n\n{long_line}\n\nVISITS\n\n{long_line}\n{'=' * 20}\n"
    assert [h.text for h in detect_headings(text)] == ["PLANS AND REVIEWS", "VISITS"]  # not the underlined long line


def test_patterns_expanded_on_hashes_give_the_phrases_tokens():
    from focusfive_nlp.pipeline.themes import expand_pattern_keys

    tokenizer = spacy.blank("en").tokenizer
    data = load_yaml(models_dir() / "themes.yaml")
    patterns = [p for spec in data["themes"].values() for p in spec.get("patterns") or []]
    patterns += [[{"LOWER": {"IN": ["child", "young person"]}}, {"LOWER": "'s", "OP": "?"}, {"LOWER": "plan"}],
                 [{"LOWER": "it"}, {"LOWER": {"IN": ["'s", "is"]}}, {"LOWER": "late", "OP": "?"}]]
    expanded = 0
    for pattern in patterns:
        phrases = expand_pattern(pattern)
        got = expand_pattern_keys(pattern, PhraseKeys(tokenizer))
        assert (got is None) == (phrases is None)
        if phrases is not None:
            assert got == [tokenised(tokenizer, p) for p in phrases], pattern
            expanded += len(phrases)
    assert expanded > 10_000
    assert expand_pattern_keys([{"LIKE_NUM": True}, {"LOWER": "weeks"}], PhraseKeys(tokenizer)) is None


SPACY_PROBE = """
import sys
from focusfive_nlp import startup
if sys.argv[1] == "owned":
    startup.own_process()
with startup.long_lived():
    from focusfive_nlp.pipeline import load_pipeline

    nlp = load_pipeline()
lean = "spacy.cli" not in sys.modules and "weasel" not in sys.modules
found = len(nlp("The audit found that 80% of plans were good.")._.findings or [])
import spacy.cli
from spacy.cli.info import info
print(lean, found > 0, spacy.cli.__file__ is not None, callable(spacy.info), "weasel" in sys.modules)
"""


def test_the_command_line_imports_spacy_without_spacys_own_command_line():
    out = subprocess.run([sys.executable, "-c", SPACY_PROBE, "owned"], capture_output=True, text=True, check=True)
    # spaCy's commands not imported, the pipeline works; spacy.cli imports for real when asked for
    assert out.stdout.split() == ["True", "True", "True", "True", "True"]


def test_a_program_importing_the_library_gets_spacy_as_spacy_imports_itself():
    out = subprocess.run([sys.executable, "-c", SPACY_PROBE, "library"], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "True", "True", "True"]


FALLBACK_PROBE = """
import sys, types
from focusfive_nlp import startup

def bare():  # placeholders that give spaCy's __init__ no ``info``: it cannot import with them
    cli = types.ModuleType("spacy.cli"); cli.__path__ = []
    return {"spacy.cli": cli, "spacy.cli.info": types.ModuleType("spacy.cli.info")}

startup.stand_ins = bare
startup.import_spacy()
import spacy
print(callable(spacy.blank), "spacy.cli" in sys.modules, "weasel" in sys.modules)
"""


def test_a_spacy_that_needs_more_of_its_command_line_is_imported_whole():
    out = subprocess.run([sys.executable, "-c", FALLBACK_PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "True"]
