"""Build the pipeline from models/config.cfg and run it over a Document."""
from __future__ import annotations

import importlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from ..document import Document, Heading
from ..errors import ConfigError
from ..findings import Finding
from ..structure import PAGE_FURNITURE, page_furniture, unwrap, wrapped_breaks
from ..textview import TextView, check_length, join_hyphens, join_lines, plain_view
from .chunks import plan_parts
from .data import models_dir
from .segmenter import LINES_JOINED

# Importing a component module registers its factory (and its extensions) with spaCy.
COMPONENT_MODULES = ("tokenizer", "anchored", "segmenter", "sections", "figures", "lexicon", "themes", "cues", "context", "assemble")
for _module in COMPONENT_MODULES:
    importlib.import_module(f"{__package__}.{_module}")

PART_CHARS = 50_000
"""A text longer than this is read in parts (chunks.py), shorter ones in one Doc. Parts keep
the work linear: read whole, a 510,000-character text took 8 times as long as in parts
(benchmarks/bench_text.py)."""

USER_FILES = {"teams": "ff_teams", "themes": "ff_themes", "sections": "ff_sections", "cues": "ff_cues", "activities": "ff_context"}


@lru_cache(maxsize=8)
def _build(config_path: str, extras_json: str) -> Language:
    try:
        cfg = spacy.util.load_config(config_path, overrides={"paths.models": str(models_dir())}, interpolate=True)
    except Exception as exc:
        raise ConfigError(f"invalid pipeline config: {exc}", path=config_path) from None
    for component, paths in json.loads(extras_json).items():
        cfg["components"][component]["files"] = list(cfg["components"][component]["files"]) + paths
    try:
        nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
        nlp.initialize()
    except ConfigError:
        raise
    except Exception as exc:
        raise ConfigError(f"could not build the pipeline: {exc}", path=config_path) from None
    return nlp


def load_pipeline(
    *,
    config: str | Path | None = None,
    teams: Iterable[str | Path] = (),
    themes: Iterable[str | Path] = (),
    sections: Iterable[str | Path] = (),
    cues: Iterable[str | Path] = (),
    activities: Iterable[str | Path] = (),
) -> Language:
    """The findings pipeline: a spaCy Language of registered, data-driven components.

    ``config`` replaces the bundled models/config.cfg. ``teams``, ``themes``,
    ``sections``, ``cues`` and ``activities`` are extra lexicon files (YAML, same format
    as the bundled ones) added after the defaults, e.g. a council's own team names.
    Pipelines are cached per arguments, so repeated calls are cheap.
    """
    extras: dict[str, list[str]] = {}
    for key, paths in (("teams", teams), ("themes", themes), ("sections", sections), ("cues", cues), ("activities", activities)):
        if isinstance(paths, (str, Path)):
            paths = [paths]
        resolved = []
        for p in paths:
            path = Path(p).expanduser().resolve()
            if not path.is_file():
                raise ConfigError(f"{key} file not found", path=path)
            resolved.append(str(path))
        if resolved:
            extras[USER_FILES[key]] = resolved
    config_path = Path(config).expanduser().resolve() if config else models_dir() / "config.cfg"
    if not config_path.is_file():
        raise ConfigError("pipeline config not found", path=config_path)
    return _build(str(config_path), json.dumps(extras, sort_keys=True))


def reading_view(document: Document) -> tuple[TextView, list[tuple[Heading, int, int]]]:
    """The view of a Document the pipeline reads: typography as plain characters, words a
    line end broke at a hyphen whole (textview.join_hyphens), the blank lines inside a wrapped sentence of a double-spaced transcript as one space
    (structure.wrapped_breaks), and its headings with their view offsets. A heading line that a
    wrapped sentence runs into or out of ("Children who stay on a child / protection plan")
    is a piece of that sentence, not a heading."""
    view = join_hyphens(plain_view(document.text))
    breaks = wrapped_breaks(view.text)
    view = join_lines(view, breaks)
    joins, shift = set(), 0
    for a, b in breaks:
        joins.add(a - shift)  # the offset of the space the break became
        shift += b - a - 1
    headings = []
    for h in document.headings:
        start, end = view.view_offset(h.start), view.view_offset(h.end)
        if joins and (start - 1 in joins or end in joins):
            continue
        headings.append((h, start, end))
    return view, headings


def annotate(nlp: Language, document: Document):
    """The tagged spaCy Doc of a whole Document's plain view, in one piece (for tools such
    as scripts/lexicon_precision.py; offsets are the view's). Findings come from
    :func:`findings_from_document`, which also reads long texts in parts."""
    view, headings = reading_view(document)
    doc = nlp.make_doc(unwrap(view.text))
    doc.user_data[LINES_JOINED] = True
    doc._.headings = [(start, end, h.text, h.level) for h, start, end in headings]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def findings_from_document(nlp: Language, document: Document, *, part_chars: int = PART_CHARS) -> list[Finding]:
    """Run the pipeline over a Document's text (with its headings) and return its findings.

    The pipeline reads the text's plain view (textview.plain_view: typography as plain
    characters) with hard wrapping undone (structure.unwrap, one character for one); a
    text over ``part_chars`` is read in parts cut between sentences (chunks.py). Offsets
    are mapped back, so evidence is cut from the document's own text, and
    ``section_heading`` is the heading as written. A text over textview.MAX_TEXT_CHARS
    raises DocumentTooLongError.
    """
    text = document.text
    check_length(text, source=document.source)
    view, read = reading_view(document)
    flat = unwrap(view.text)
    headings, as_written = [], {}
    for h, start, end in read:
        headings.append((start, end, view.text[start:end], h.level))
        as_written.setdefault(view.text[start:end], h.text)
    findings = []
    furniture = page_furniture(flat)  # once for the report's text, however many parts read it
    for part in plan_parts(flat, headings, max(1, min(part_chars, nlp.max_length // 2))):
        part_text = part.preamble + flat[part.start:part.end]
        shift = part.start - len(part.preamble)
        doc = nlp.make_doc(part_text)
        doc.user_data["ff_text"] = part_text  # what doc_text() would rebuild: spaCy keeps the text exactly
        doc.user_data[LINES_JOINED] = True
        doc.user_data[PAGE_FURNITURE] = [(a - shift, b - shift) for a, b in furniture if part.start <= a and b <= part.end]
        doc._.headings = part.headings
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        for raw in doc._.findings or []:
            if raw["start_char"] < len(part.preamble):
                continue  # the preamble's findings are an earlier part's
            raw["start_char"] = view.source_start(raw["start_char"] + shift)
            raw["end_char"] = view.source_end(raw["end_char"] + shift)
            raw["text"] = text[raw["start_char"]:raw["end_char"]]
            raw["section_heading"] = as_written.get(raw["section_heading"], raw["section_heading"])
            findings.append(Finding(doc_id=document.doc_id, source=document.source, **raw))
    return findings
