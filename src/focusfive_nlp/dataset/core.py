"""FindingsDataset: findings of many reports with their documents and errors."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..batch import BatchResult, DocumentRecord, ErrorRecord, extract_paths
from ..findings import FIELD_NAMES, Finding
from .annotations import annotation_tables
from .cache import CacheMixin, open_cache
from .queries import QueriesMixin
from .schema import (DOCUMENT_COLUMNS, ERROR_COLUMNS, documents_from_findings, long_table,
                     typed_documents, typed_errors, typed_findings)
from .storage import StorageMixin


class FindingsDataset(QueriesMixin, StorageMixin, CacheMixin):
    """Findings of many reports with their documents and errors (see the module docstring)."""

    def __init__(self, findings: pd.DataFrame | None = None, documents: pd.DataFrame | None = None,
                 errors: pd.DataFrame | None = None) -> None:
        self.findings: pd.DataFrame = typed_findings(findings if findings is not None else pd.DataFrame())
        self.documents: pd.DataFrame = typed_documents(documents)
        self.errors: pd.DataFrame = typed_errors(errors)
        self.teams_long: pd.DataFrame = long_table(self.findings, "teams", "team")
        self.themes_long: pd.DataFrame = long_table(self.findings, "themes", "theme")
        self.last_batch: BatchResult | None = None
        """The batch run that built this dataset (``processed`` / ``reused`` say what it did)."""

    def __len__(self) -> int:
        return len(self.findings)

    def __repr__(self) -> str:
        return (f"FindingsDataset({len(self.findings)} findings, {len(self.documents)} documents, "
                f"{len(self.errors)} errors, years {self.years})")

    @property
    def n_reports(self) -> int:
        """Documents read as reports: not duplicates, other renditions or skipped files."""
        return int(self.documents["status"].isin(("ok", "kept", "missing", "annotated")).sum())

    @property
    def years(self) -> list[int]:
        """Report years present in the findings, ascending."""
        return sorted(int(y) for y in self.findings["report_year"].dropna().unique())

    # ------------------------------------------------------------ constructors

    @classmethod
    def from_findings(cls, findings: Iterable[Finding], documents: Iterable[DocumentRecord] | None = None,
                      errors: Iterable[ErrorRecord] | None = None) -> "FindingsDataset":
        """A dataset of findings made anywhere; documents are derived from them when not given."""
        findings = list(findings)
        # shallow field dicts (dataclasses.asdict deep-copies: slow on large archives)
        frame = pd.DataFrame([{name: getattr(f, name) for name in FIELD_NAMES} for f in findings], columns=list(FIELD_NAMES))
        if documents is None:
            docs = documents_from_findings(frame)
        else:
            docs = pd.DataFrame([asdict(d) for d in documents], columns=list(DOCUMENT_COLUMNS))
        errs = pd.DataFrame([asdict(e) for e in errors or []], columns=list(ERROR_COLUMNS))
        return cls(frame, docs, errs)

    @classmethod
    def from_batch(cls, result: BatchResult) -> "FindingsDataset":
        ds = cls.from_findings(result.findings, result.documents, result.errors)
        ds.last_batch = result
        return ds

    @classmethod
    def from_paths(cls, paths: Iterable[str | Path], *, jobs: int | None = None,
                   cache: "FindingsDataset | str | Path | None" = None, progress: bool = True,
                   year: int | None = None, password: str | None = None,
                   pipeline_options: dict | None = None, prune: bool = False, redact=None,
                   cluster: str | None = None, parts_dir: str | Path | None = None,
                   organisation: str | None = None, manifest: "str | Path | None" = None) -> "FindingsDataset":
        """Extract every report under ``paths`` (files, folders, globs) into a dataset.

        ``cache`` is an earlier dataset (or the path of a saved one; a path that does not
        exist yet is an empty cache): files whose content is unchanged reuse its findings,
        a changed file's findings replace its old ones, and its documents not among
        ``paths`` stay as ``kept``/``missing`` unless ``prune``. ``redact`` (True, or a list
        of extra names files) replaces personal names in the evidence text. ``cluster`` (a
        Dask scheduler address, or "local") and ``parts_dir`` run the extraction on Dask
        (see :mod:`focusfive_nlp.cluster`).

        ``organisation`` names whose reports these are; without it the folder layout
        (``archive/<organisation>/...``) or a ``manifest`` CSV (``path,organisation[,year]``)
        says so (see :mod:`focusfive_nlp.organisation`).
        """
        from ..organisation import Manifest, assign_organisations

        paths = list(paths)
        manifest = Manifest.read(manifest) if manifest is not None else None  # a bad manifest fails before extraction
        previous = open_cache(cache)
        result = extract_paths(
            paths, jobs=jobs, year=year, password=password, progress=progress,
            pipeline_options=pipeline_options, cache=previous.cache_entries() if previous is not None else None,
            redact=redact, cluster=cluster, parts_dir=parts_dir,
        )
        assign_organisations(result, paths, organisation=organisation, manifest=manifest)
        return cls.from_batch_over(result, previous, prune=prune)

    @classmethod
    def from_annotations(cls, gold: str | Path, texts: str | Path | None = None) -> "FindingsDataset":
        """Findings from annotations (docs/FINDINGS.md section 7), one gold line per document.

        The evidence ``text`` is the annotation's ``quote``; its offsets and page are found
        in the annotated document when it is readable beside the gold file (or in ``texts``),
        else left empty.
        """
        findings, documents = annotation_tables(gold, texts)
        return cls(findings, documents, None)
