"""Loading the pipeline's data files (YAML lexicons, JSONL patterns) with clear errors."""
from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Any, Iterable

import spacy
import yaml

from ..errors import ConfigError


def models_dir() -> Path:
    """Folder of the bundled pipeline assets (the package ``focusfive_nlp.models``)."""
    return Path(str(importlib.resources.files("focusfive_nlp.models")))


def resolve(data_dir: str | None, name: str) -> Path:
    """A data file path: absolute as given, else relative to ``data_dir`` (default: bundled models)."""
    p = Path(name)
    if p.is_absolute() or p.exists():
        return p
    return Path(data_dir) / name if data_dir else models_dir() / name


# libyaml's parser when PyYAML has it: the same safe loading, several times faster at start-up
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_SAFE_LOADER) or {}
    except FileNotFoundError:
        raise ConfigError("data file not found", path=path) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path=path) from None


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ConfigError(f"line {n}: invalid JSON: {exc}", path=path) from None
    except FileNotFoundError:
        raise ConfigError("data file not found", path=path) from None
    return rows


def load_many(data_dir: str | None, files: Iterable[str]) -> list[tuple[Path, Any]]:
    """Load every file (YAML or JSONL by extension) in order."""
    out = []
    for name in files:
        path = resolve(data_dir, name)
        out.append((path, load_jsonl(path) if path.suffix == ".jsonl" else load_yaml(path)))
    return out


def check_keys(entry: dict, allowed: set[str], *, path: Path, what: str) -> None:
    """Reject unknown keys so a typo in a lexicon is an error, not a silent no-op."""
    if not isinstance(entry, dict):
        raise ConfigError(f"{what}: expected a mapping, got {type(entry).__name__}", path=path)
    unknown = set(entry) - allowed
    if unknown:
        raise ConfigError(f"{what}: unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}", path=path)


def string_list(value: Any, *, path: Path, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(f"{what}: expected a list of phrases", path=path)
    for v in value:
        if isinstance(v, bool) or v is None:
            raise ConfigError(f"{what}: YAML read an entry as {v!r}; quote words like \"no\", \"on\", \"yes\"", path=path)
        if not isinstance(v, (str, int, float)):
            raise ConfigError(f"{what}: expected a list of phrases, found {v!r}", path=path)
    return [str(v) for v in value]


def calendar_words(data_dir: str | None, name: str) -> dict[str, list[str]]:
    """The calendar file's word lists (months, seasons, quarters), lower-cased; one file for
    every component that must know a date when it sees one."""
    path = resolve(data_dir, name)
    data = load_yaml(path) or {}
    check_keys(data, {"months", "seasons", "quarters"}, path=path, what="calendar")
    return {key: [w.lower() for w in string_list(data.get(key), path=path, what=key)]
            for key in ("months", "seasons", "quarters")}


def plural_variants(phrase: str) -> list[str]:
    """The phrase and its plural/singular partner ("timescale" <-> "timescales")."""
    words = phrase.split(" ")
    last = words[-1]
    out = [phrase]
    if last.isalpha() and len(last) > 2:
        if last.endswith("s") and not last.endswith("ss"):
            out.append(" ".join(words[:-1] + [last[:-1]]))
        elif last.endswith(("sh", "ch", "x")):
            out.append(" ".join(words[:-1] + [last + "es"]))
        elif last.endswith("y") and last[-2] not in "aeiou":
            out.append(" ".join(words[:-1] + [last[:-1] + "ies"]))
        else:
            out.append(" ".join(words[:-1] + [last + "s"]))
    return out


@spacy.registry.readers("focusfive.read_jsonl.v1")
def read_jsonl_list(path: str) -> list[dict]:
    """Config reader: a JSONL pattern file as a list (SpanRuler's initialize wants a sequence)."""
    return load_jsonl(Path(path))
