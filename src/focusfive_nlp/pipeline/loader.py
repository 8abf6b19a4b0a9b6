"""Build the pipeline from models/config.cfg and run it over a Document."""
from __future__ import annotations

import importlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from ..document import Document
from ..errors import ConfigError
from ..findings import Finding
from ..structure import unwrap
from .data import models_dir

# Importing a component module registers its factory (and its extensions) with spaCy.
COMPONENT_MODULES = ("segmenter", "sections", "figures", "lexicon", "themes", "cues", "context", "assemble")
for _module in COMPONENT_MODULES:
    importlib.import_module(f"{__package__}.{_module}")

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


def annotate(nlp: Language, document: Document):
    """Run the pipeline over a Document's text (with its headings): the tagged spaCy Doc.

    The pipeline reads the text with hard wrapping undone (one character for one, see
    structure.unwrap), so offsets in the Doc are offsets in the document's own text.
    """
    doc = nlp.make_doc(unwrap(document.text))
    doc._.headings = [(h.start, h.end, h.text, h.level) for h in document.headings]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def findings_from_document(nlp: Language, document: Document) -> list[Finding]:
    """Run the pipeline over a Document and return its findings; evidence is cut from
    the document's own text."""
    doc = annotate(nlp, document)
    findings = []
    for raw in doc._.findings or []:
        raw["text"] = document.text[raw["start_char"]:raw["end_char"]]
        findings.append(Finding(doc_id=document.doc_id, source=document.source, **raw))
    return findings
