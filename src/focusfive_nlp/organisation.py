"""Whose report it is: the organisation (council, trust) of each input file.

An archive of several councils' reports must never compare one council's year with
another's, so every document and finding carries an ``organisation``. It comes from,
in this order:

1. the ``organisation`` the user names (``--organisation NAME``): every file of the run;
2. the folder layout: a folder given as input whose reports all sit in sub-folders,
   one per organisation (``archive/<organisation>/...``); sub-folders named like years
   (``2019``, ``2019-20``) are a year layout, not organisations;
3. a manifest CSV (``--manifest FILE``) with a header ``path,organisation[,year]``:
   paths relative to the manifest's folder (or absolute); ``year``, when given,
   replaces the report year found in the file.

Files that none of these name have no organisation (empty in every table).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from .errors import FocusFiveError

if TYPE_CHECKING:
    from .batch import BatchResult

_YEARISH = re.compile(r"^(?:19|20)\d\d(?:\s*[-_/]\s*\d\d(?:\d\d)?)?$")


class ManifestError(FocusFiveError):
    """A manifest CSV that cannot be used (missing, no header, bad year)."""


@dataclass
class Manifest:
    """Organisation (and optionally year) per file, from a manifest CSV."""

    organisation: dict[str, str] = field(default_factory=dict)
    year: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, path: str | Path) -> "Manifest":
        path = Path(path)
        if not path.is_file():
            raise ManifestError("manifest not found; expected a CSV with a header path,organisation[,year]", path=path)
        out = cls()
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                header = [h.strip().lower() for h in (reader.fieldnames or [])]
                if "path" not in header or "organisation" not in header:
                    raise ManifestError(f"manifest header is {reader.fieldnames}; it must name the columns path,organisation[,year]", path=path)
                for n, row in enumerate(reader, 2):
                    row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                    if not row.get("path"):
                        continue
                    key = _key(path.parent / row["path"])
                    if row.get("organisation"):
                        out.organisation[key] = row["organisation"]
                    if row.get("year"):
                        if not row["year"].isdigit():
                            raise ManifestError(f"line {n}: year {row['year']!r} is not a year (e.g. 2021)", path=path)
                        out.year[key] = int(row["year"])
        except UnicodeDecodeError:
            raise ManifestError("manifest is not UTF-8 text (save it as CSV UTF-8)", path=path) from None
        except csv.Error as exc:
            raise ManifestError(f"not a readable CSV ({exc})", path=path) from None
        return out


def _key(path: str | Path) -> str:
    return str(Path(path).resolve())


def organisation_roots(paths: Iterable[str | Path]) -> list[Path]:
    """The input folders (resolved) laid out one sub-folder per organisation: sub-folders that
    are not years, and no report files beside them. Only their top level is listed."""
    roots = []
    for raw in paths:
        root = Path(raw)
        if not root.is_dir():
            continue
        subs = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
        loose = [p for p in root.iterdir() if p.is_file() and not p.name.startswith(".") and _is_report_file(p)]
        if subs and not loose and not any(_YEARISH.match(p.name) for p in subs):
            roots.append(root.resolve())
    return roots


def folder_organisation(source: str | Path, roots: Iterable[Path]) -> str | None:
    """The organisation of a file under one of ``roots``: the name of its sub-folder there."""
    path = Path(_key(source))
    for root in roots:
        parts = path.relative_to(root).parts if path.is_relative_to(root) else ()
        if len(parts) > 1 and not parts[0].startswith("."):
            return parts[0]
    return None


def _is_report_file(path: Path) -> bool:
    from .batch import DATA_SUFFIXES, NOT_REPORTS

    return path.stem.lower() not in NOT_REPORTS and path.suffix.lower() not in DATA_SUFFIXES


def organisation_lookup(paths: Iterable[str | Path], *, organisation: str | None = None,
                        manifest: str | Path | Manifest | None = None) -> Callable[[str], tuple[str | None, int | None]]:
    """source -> (organisation, manifest year) for the files under ``paths``: ``organisation`` if
    given, else the folder layout, else the manifest. Known before any report is read, so
    findings can be labelled as they stream."""
    paths = list(paths)
    if isinstance(manifest, (str, Path)):
        manifest = Manifest.read(manifest)
    roots = organisation_roots(paths) if organisation is None else []

    def lookup(source: str) -> tuple[str | None, int | None]:
        key = _key(source)
        year = manifest.year.get(key) if manifest else None
        if organisation is not None:
            return organisation, year
        by_folder = folder_organisation(key, roots)
        if by_folder is not None:
            return by_folder, year
        return (manifest.organisation.get(key) if manifest else None), year

    return lookup


def label(items: Iterable, lookup: Callable[[str], tuple[str | None, int | None]]) -> None:
    """Set ``organisation`` (and a manifest's year) on findings or document records, in place."""
    seen: dict[str, tuple[str | None, int | None]] = {}  # a report's findings share its source: resolve it once
    for item in items:
        if item.source not in seen:
            seen[item.source] = lookup(item.source)
        org, year = seen[item.source]
        item.organisation = org
        if year is not None:
            item.report_year = year


def assign_organisations(result: "BatchResult", paths: Iterable[str | Path], *, organisation: str | None = None,
                         manifest: str | Path | Manifest | None = None) -> "BatchResult":
    """Set ``organisation`` (and a manifest's ``year``) on every finding and document of ``result``, in place."""
    lookup = organisation_lookup(paths, organisation=organisation, manifest=manifest)
    label(result.documents, lookup)
    label(result.findings, lookup)
    return result
