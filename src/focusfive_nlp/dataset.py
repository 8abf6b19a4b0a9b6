"""The findings dataset: findings of many reports as typed pandas tables, saved and queried.

Tables
------
``findings``  one row per finding (spec/FINDINGS.md section 2) plus ``finding_id``;
              categoricals for the keys, nullable ``Int64``/``Float64`` numbers, Python
              lists in ``teams`` and ``themes``.
``teams_long`` / ``themes_long``  one row per finding x team (theme): ``finding_id``,
              ``team`` (``theme``) and the finding's year, section and polarity; derived
              from ``findings`` for SQL users and group-bys.
``documents`` one row per input file (``source``) with its SHA-256, format, pages, year,
              number of findings and ``status``: ``ok``; ``duplicate`` (same content as
              ``duplicate_of``, findings counted once); ``alternate`` (another format of
              the report ``duplicate_of``, beside it: read once); ``skipped`` (a README
              or similar found in a folder: not a report); ``kept`` (from an earlier build, not
              among this build's inputs but still on disk) or ``missing`` (from an earlier
              build, file gone). Kept and missing documents keep their findings: an archive
              does not lose a year because a file moved; ``build(prune=True)`` drops them.
``errors``    one row per input file that failed: ``source``, ``error`` (its name), ``message``.

Storage (chosen by the path; :meth:`FindingsDataset.save` / :meth:`FindingsDataset.load`)
-------------------------------------------------------------------------------------------
* a folder (default, or any path ending ``.parquet``): one Parquet file per table
  (``findings.parquet``, ``teams.parquet``, ``themes.parquet``, ``documents.parquet``,
  ``errors.parquet``);
* a folder ending ``.csv`` (or ``format="csv"``): the same tables as CSV, lists joined with ``;``;
* ``.xlsx``: one sheet per table;
* ``.sqlite`` / ``.sqlite3`` / ``.db``: tables ``findings``, ``teams``, ``themes``, ``documents``, ``errors``;
* ``.duckdb``: the same tables in DuckDB (needs the ``duckdb`` package).

Every save is atomic: written beside the target and moved into place at the end, so an
interrupted run leaves the previous dataset as it was. ``findings`` is the source of truth;
the long tables are rebuilt from it on load.
"""
from __future__ import annotations

import json
import math
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import pandas as pd

from .batch import BatchResult, CacheEntry, CacheKey, DocumentRecord, ErrorRecord, cache_key, extract_paths
from .errors import FocusFiveError
from .export import atomic_path
from .findings import FIELD_NAMES, FIGURE_KINDS, GRADE_QUALIFIERS, GRADES, POLARITIES, Finding

SECTION_ORDER = (
    "chronology", "assessment", "planning", "visiting", "supervision",
    "voice_of_child", "management_oversight", "other",
)
"""Spec order of the section keys; keys added by configuration follow, sorted."""

CATEGORY_ORDER: dict[str, tuple[str, ...]] = {
    "section": SECTION_ORDER,
    "grade": GRADES,
    "grade_qualifier": GRADE_QUALIFIERS,
    "polarity": POLARITIES,
    "figure_kind": FIGURE_KINDS,
}
INT_COLUMNS = ("report_year", "count", "denominator", "start_char", "end_char", "page")
FLOAT_COLUMNS = ("value",)
LIST_COLUMNS = ("teams", "themes")
STRING_COLUMNS = tuple(
    c for c in FIELD_NAMES if c not in CATEGORY_ORDER and c not in INT_COLUMNS + FLOAT_COLUMNS + LIST_COLUMNS
)
FINDING_COLUMNS = ("finding_id", *FIELD_NAMES)
DOCUMENT_COLUMNS = (
    "doc_id", "source", "sha256", "format", "pages", "report_year", "n_findings", "status",
    "duplicate_of", "cached", "seconds", "warnings", "options", "processed_at",
)
ERROR_COLUMNS = ("source", "error", "message", "sha256", "permanent", "options")
LONG_CONTEXT = ("doc_id", "report_year", "section", "polarity")
TABLES = ("findings", "teams", "themes", "documents", "errors")
LIST_SEP = ";"
SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


# ---------------------------------------------------------------- typing helpers


def _as_list(v: Any) -> list[str]:
    """A list cell from any storage form: list, array, ``a;b`` text, JSON text, or missing."""
    if v is None:
        return []
    if isinstance(v, (list, tuple, np.ndarray)):
        return [str(x) for x in v if x is not None and str(x) != ""]
    if isinstance(v, float) and math.isnan(v):
        return []
    if v is pd.NA:
        return []
    text = str(v).strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            return [str(x) for x in json.loads(text)]
        except json.JSONDecodeError:
            pass
    return [part.strip() for part in text.split(LIST_SEP) if part.strip()]


def _categorical(series: pd.Series, order: Sequence[str]) -> pd.Series:
    values = series.astype("object").where(series.notna(), None)
    present = {str(v) for v in values if v is not None}
    categories = list(order) + sorted(present - set(order))  # fixed order first: stable across saves
    return pd.Categorical([None if v is None else str(v) for v in values], categories=categories)


def _int(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.astype("object").where(series.notna(), None), errors="coerce").round().astype("Int64")


def _bool(series: pd.Series) -> pd.Series:
    def conv(v):
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            return pd.NA
        if isinstance(v, str):
            return v.strip().lower() in ("1", "true", "yes")
        return bool(v)

    return series.map(conv).astype("boolean")


def _string(series: pd.Series) -> pd.Series:
    return series.astype("object").where(series.notna(), None).astype("string")


def typed_findings(frame: pd.DataFrame) -> pd.DataFrame:
    """Any findings frame (from findings, Parquet, CSV, Excel, SQL) in the dataset's schema."""
    df = _with_columns(frame, FINDING_COLUMNS)
    if df["finding_id"].isna().any():
        df["finding_id"] = range(len(df))
    df["finding_id"] = pd.to_numeric(df["finding_id"]).astype("int64")
    for col, order in CATEGORY_ORDER.items():
        df[col] = _categorical(df[col], order)
    for col in INT_COLUMNS:
        df[col] = _int(df[col])
    df["value"] = pd.to_numeric(df["value"].astype("object").where(df["value"].notna(), None), errors="coerce").astype("Float64")
    for col in LIST_COLUMNS:
        df[col] = pd.Series([_as_list(v) for v in df[col]], index=df.index, dtype="object")
    for col in STRING_COLUMNS:
        df[col] = _string(df[col])
    return df


def _with_columns(frame: pd.DataFrame | None, columns) -> pd.DataFrame:
    """A copy of ``frame`` holding exactly ``columns``, in order (missing ones empty)."""
    df = (frame if frame is not None else pd.DataFrame()).copy()
    for col in columns:
        if col not in df.columns:
            df[col] = None
    return df[list(columns)].reset_index(drop=True)


def typed_documents(frame: pd.DataFrame | None) -> pd.DataFrame:
    df = _with_columns(frame, DOCUMENT_COLUMNS)
    for col in ("pages", "report_year", "n_findings"):
        df[col] = _int(df[col])
    df["seconds"] = pd.to_numeric(df["seconds"], errors="coerce").astype("Float64")
    df["cached"] = _bool(df["cached"])
    df["warnings"] = pd.Series([_as_list(v) for v in df["warnings"]], index=df.index, dtype="object")
    for col in ("doc_id", "source", "sha256", "format", "status", "duplicate_of", "options", "processed_at"):
        df[col] = _string(df[col])
    return df


def typed_errors(frame: pd.DataFrame | None) -> pd.DataFrame:
    df = _with_columns(frame, ERROR_COLUMNS)
    df["permanent"] = _bool(df["permanent"])
    for col in ("source", "error", "message", "sha256", "options"):
        df[col] = _string(df[col])
    return df


def _long(findings: pd.DataFrame, column: str, name: str) -> pd.DataFrame:
    """One row per finding x list item, with the finding's id and context."""
    cols = ["finding_id", *LONG_CONTEXT, column]
    df = findings[cols].explode(column).dropna(subset=[column]).rename(columns={column: name})
    df[name] = df[name].astype("string")
    return df.reset_index(drop=True)


def _cell(v: Any) -> Any:
    """A frame cell as a plain Python value (None for missing)."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return [str(x) for x in v]
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    return v


def _match(series: pd.Series, wanted: Any) -> pd.Series:
    """Rows whose value is ``wanted`` (or one of a list); text compared case-insensitively."""
    values = wanted if isinstance(wanted, (list, tuple, set)) else [wanted]
    if pd.api.types.is_numeric_dtype(series):
        return series.isin([int(v) if isinstance(v, str) and v.strip().lstrip("-").isdigit() else v for v in values]).fillna(False).astype(bool)
    norm = {str(v).strip().lower() for v in values if v is not None}
    want_null = any(v is None for v in values)
    text = series.astype("object")
    hit = text.map(lambda x: (x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))) and want_null
                   or (isinstance(x, str) and x.strip().lower() in norm))
    return hit.astype(bool)


def _has_any(series: pd.Series, wanted: Any) -> pd.Series:
    values = wanted if isinstance(wanted, (list, tuple, set)) else [wanted]
    norm = {str(v).strip().lower() for v in values}
    return series.map(lambda items: any(str(i).lower() in norm for i in items)).astype(bool)


def _is_missing(v: Any) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


# ---------------------------------------------------------------- the dataset


class FindingsDataset:
    """Findings of many reports with their documents and errors (see the module docstring)."""

    def __init__(self, findings: pd.DataFrame | None = None, documents: pd.DataFrame | None = None,
                 errors: pd.DataFrame | None = None) -> None:
        self.findings: pd.DataFrame = typed_findings(findings if findings is not None else pd.DataFrame())
        self.documents: pd.DataFrame = typed_documents(documents)
        self.errors: pd.DataFrame = typed_errors(errors)
        self.teams_long: pd.DataFrame = _long(self.findings, "teams", "team")
        self.themes_long: pd.DataFrame = _long(self.findings, "themes", "theme")
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
            docs = _documents_from_findings(frame)
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
                   pipeline_options: dict | None = None, prune: bool = False) -> "FindingsDataset":
        """Extract every report under ``paths`` (files, folders, globs) into a dataset.

        ``cache`` is an earlier dataset (or the path of a saved one; a path that does not
        exist yet is an empty cache): files whose content is unchanged reuse its findings,
        a changed file's findings replace its old ones, and its documents not among
        ``paths`` stay as ``kept``/``missing`` unless ``prune``.
        """
        previous = _open_cache(cache)
        result = extract_paths(
            list(paths), jobs=jobs, year=year, password=password, progress=progress,
            pipeline_options=pipeline_options, cache=previous.cache_entries() if previous is not None else None,
        )
        ds = cls.from_batch(result)
        if previous is not None and not prune:
            ds = ds._with_carried_over(previous, result)
            ds.last_batch = result
        return ds

    @classmethod
    def from_annotations(cls, gold: str | Path, texts: str | Path | None = None) -> "FindingsDataset":
        """Findings from annotations (spec/FINDINGS.md section 7), one gold line per document.

        The evidence ``text`` is the annotation's ``quote``; its offsets and page are found
        in the annotated document when it is readable beside the gold file (or in ``texts``),
        else left empty.
        """
        from .evaluation import load_gold

        gold = Path(gold)
        base = Path(texts) if texts else gold.parent
        findings: list[dict] = []
        docs: list[dict] = []
        for stem, rec in load_gold(gold).items():
            name = rec["doc"]
            source = base / name
            document = _try_read(source)
            year = rec.get("report_year")
            for i, g in enumerate(rec.get("findings", [])):
                quote = g.get("quote") or g.get("text") or ""
                start = document.text.find(quote) if document is not None and quote else -1
                row = {k: g.get(k) for k in FIELD_NAMES if k in g}
                row.update(
                    doc_id=stem, source=str(source) if document is not None else name,
                    section=g.get("section") or "other",
                    section_heading=g.get("section_heading") or g.get("section") or "",
                    text=quote, rule=g.get("rule") or "annotation",
                    polarity=g.get("polarity") or "neutral",
                    report_year=g.get("report_year", year), report_period=g.get("report_period", rec.get("report_period")),
                    teams=list(g.get("teams") or []), themes=list(g.get("themes") or []),
                    start_char=start if start >= 0 else None,
                    end_char=start + len(quote) if start >= 0 else None,
                    page=document.page_at(start) if start >= 0 and document is not None else g.get("page"),
                )
                findings.append(row)
            docs.append({
                "doc_id": stem, "source": str(source) if document is not None else name,
                "sha256": _sha_or_none(source), "format": Path(name).suffix.lstrip(".").lower() or None,
                "pages": len(document.pages) or None if document is not None else None,
                "report_year": year, "n_findings": len(rec.get("findings", [])), "status": "annotated",
            })
        return cls(pd.DataFrame(findings, columns=list(FIELD_NAMES)), pd.DataFrame(docs), None)

    # ------------------------------------------------------------ cache support

    def to_findings(self, frame: pd.DataFrame | None = None) -> list[Finding]:
        """Rows of ``findings`` (or of a filtered copy) back as :class:`Finding` objects."""
        frame = self.findings if frame is None else frame
        out = []
        for rec in frame[list(FIELD_NAMES)].to_dict("records"):
            data = {k: _cell(v) for k, v in rec.items()}
            for col in LIST_COLUMNS:
                data[col] = data[col] or []
            out.append(Finding.from_dict(data))
        return out

    def cache_entries(self) -> dict[CacheKey, CacheEntry]:
        """Earlier results by :func:`~focusfive_nlp.batch.cache_key`, for :func:`extract_paths`."""
        entries: dict[CacheKey, CacheEntry] = {}
        by_source: dict[str, list[Finding]] = {}
        for f in self.to_findings():  # one pass over the table, then grouped by document
            by_source.setdefault(f.source, []).append(f)
        for rec in self.documents.to_dict("records"):
            if rec["status"] not in ("ok", "kept", "missing") or _is_missing(rec["sha256"]):
                continue
            doc = {k: _cell(v) for k, v in rec.items()}
            findings = by_source.get(rec["source"], [])
            record = DocumentRecord(**{**doc, "status": "ok", "warnings": doc["warnings"] or [],
                                       "cached": bool(doc["cached"]), "options": doc["options"] or "",
                                       "processed_at": doc["processed_at"] or "", "seconds": doc["seconds"] or 0.0})
            entries[cache_key(record.sha256, record.source, record.options)] = ("ok", findings, record)
        for rec in self.errors.to_dict("records"):
            if rec["permanent"] is True and not _is_missing(rec["sha256"]):
                err = ErrorRecord(**{k: _cell(v) for k, v in rec.items()})
                err.options = err.options or ""
                entries.setdefault(cache_key(err.sha256, err.source, err.options), ("error", err))
        return entries

    def _with_carried_over(self, previous: "FindingsDataset", result: BatchResult) -> "FindingsDataset":
        """Add the earlier dataset's documents that this run did not cover (status kept/missing)."""
        run_sources = {_resolved(s) for s in self.documents["source"]} | {_resolved(s) for s in self.errors["source"]}
        run_shas = set(self.documents["sha256"].dropna()) | set(self.errors["sha256"].dropna())
        old = previous.documents
        carry = old[[
            _resolved(s) not in run_sources and (_is_missing(h) or h not in run_shas) and st not in ("duplicate", "alternate", "skipped")
            for s, h, st in zip(old["source"], old["sha256"], old["status"])
        ]].copy()
        if carry.empty:
            return self
        carry["status"] = ["kept" if Path(s).exists() else "missing" for s in carry["source"]]
        carried_findings = previous.findings[previous.findings["source"].isin(set(carry["source"]))]
        findings = pd.concat([_plain(self.findings), _plain(carried_findings)], ignore_index=True)
        findings["finding_id"] = range(len(findings))
        documents = pd.concat([_plain(self.documents), _plain(carry)], ignore_index=True)
        return FindingsDataset(findings, documents, self.errors)

    # ------------------------------------------------------------ queries

    def query(self, *, year: Any = None, section: Any = None, team: Any = None, theme: Any = None,
              grade: Any = None, grade_qualifier: Any = None, polarity: Any = None,
              audit_activity: Any = None, figure_kind: Any = None, figure: bool | None = None,
              doc_id: Any = None, finding_id: Any = None) -> pd.DataFrame:
        """Findings matching every filter given; each filter takes a value or a list of values.

        Text filters ignore case; ``team``/``theme`` match findings naming any of the values;
        ``figure=True`` keeps figures only, ``False`` qualitative findings only.
        """
        df = self.findings
        mask = pd.Series(True, index=df.index)
        for col, wanted in (("report_year", year), ("section", section), ("grade", grade),
                            ("grade_qualifier", grade_qualifier), ("polarity", polarity),
                            ("audit_activity", audit_activity), ("figure_kind", figure_kind),
                            ("doc_id", doc_id), ("finding_id", finding_id)):
            if wanted is not None:
                mask &= _match(df[col], wanted)
        if team is not None:
            mask &= _has_any(df["teams"], team)
        if theme is not None:
            mask &= _has_any(df["themes"], theme)
        if figure is not None:
            mask &= df["value"].notna() if figure else df["value"].isna()
        return df[mask]

    def figures(self, measure_contains: str | None = None, *,
                by: Sequence[str] = ("section", "audit_activity", "teams", "grade", "grade_qualifier"),
                figure_kind: Any = "result", **filters: Any) -> pd.DataFrame:
        """Figures over the years: one row per figure, grouped into series by ``by``, with the change in points.

        Takes the figures (findings with a value) matching ``filters`` (as :meth:`query`)
        and, if given, whose ``measure`` or ``text`` contains ``measure_contains``. A series
        is one combination of the ``by`` columns (``teams`` joined with ``;``: a PACT figure
        is not the service-wide one). ``change_points`` is the value minus the series'
        value in its previous year present, and is only given when both years hold exactly
        one figure of the series; otherwise ``n_figures`` > 1 flags figures of different
        measures sharing a series (see ``measure``), rather than averaging them.
        Columns: ``by`` ..., ``report_year``, ``value``, ``measure``, ``n_figures``,
        ``previous_year``, ``previous_value``, ``change_points``, ``finding_id``.
        """
        df = self.query(figure=True, figure_kind=figure_kind, **filters)
        if measure_contains:
            needle = measure_contains.lower()
            hit = [needle in (str(m).lower() if not _is_missing(m) else "") or needle in str(t).lower()
                   for m, t in zip(df["measure"], df["text"])]
            df = df[hit]
        df = df[df["report_year"].notna()]
        by = list(by)
        columns = [*by, "report_year", "value", "measure", "n_figures", "previous_year", "previous_value",
                   "change_points", "finding_id"]
        if df.empty:
            return pd.DataFrame(columns=columns)
        work = pd.DataFrame(index=df.index)
        for col in by:
            if col in LIST_COLUMNS:
                work[col] = df[col].map(lambda items: LIST_SEP.join(items))
            else:
                work[col] = df[col].astype("object").where(df[col].notna(), None).fillna("")
        work["report_year"] = df["report_year"].astype("int64")
        work["value"] = df["value"].astype("float64")
        work["measure"] = df["measure"].astype("object")
        work["finding_id"] = df["finding_id"]
        keys = [*by, "report_year"]
        per_year = work.groupby(keys, sort=True).agg(n_figures=("value", "size"), single=("value", "first")).reset_index()
        shifted = per_year.groupby(by, sort=False)[["report_year", "single", "n_figures"]].shift(1)
        per_year["previous_year"] = shifted["report_year"].astype("Int64")
        unambiguous = (per_year["n_figures"] == 1) & (shifted["n_figures"] == 1)
        per_year["previous_value"] = shifted["single"].where(unambiguous).astype("Float64")
        per_year["change_points"] = (per_year["single"].where(unambiguous) - shifted["single"]).round(1).astype("Float64")
        out = work.merge(per_year.drop(columns="single"), on=keys, how="left")
        out = out.sort_values([*by, "report_year", "finding_id"]).reset_index(drop=True)
        out["report_year"] = out["report_year"].astype("Int64")
        out["value"] = out["value"].astype("Float64")
        out["n_figures"] = out["n_figures"].astype("int64")
        for col in by:
            out[col] = out[col].replace("", None)
        return out[columns]

    def evidence(self, finding_ids: Iterable[int] | None = None, **filters: Any) -> pd.DataFrame:
        """The evidence sentences behind a set of findings (by id, or by :meth:`query` filters).

        A cell of :func:`~focusfive_nlp.compare.compare` is the filters
        ``year``, ``section``, ``theme``/``team``/``audit_activity`` and ``polarity``.
        """
        df = self.findings if finding_ids is None else self.findings[self.findings["finding_id"].isin(list(finding_ids))]
        if filters:
            df = df.loc[df.index.intersection(self.query(**filters).index)]
        cols = ["finding_id", "doc_id", "source", "report_year", "section", "polarity", "value", "text", "page", "start_char", "end_char"]
        return df.sort_values("finding_id")[cols].reset_index(drop=True)

    # ------------------------------------------------------------ save / load

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by storage name."""
        return {"findings": self.findings, "teams": self.teams_long, "themes": self.themes_long,
                "documents": self.documents, "errors": self.errors}

    def flat_tables(self) -> dict[str, pd.DataFrame]:
        """Tables with list cells joined by ``;`` and categories as text: for CSV, Excel, SQL."""
        return {name: _flat(df) for name, df in self.tables().items()}

    def save(self, path: str | Path, format: str | None = None) -> Path:
        """Save atomically; the format follows the path (see the module docstring) or ``format``."""
        target = Path(path)
        fmt = format or storage_format(target)
        if fmt == "parquet":
            with _atomic_dir(target) as tmp:
                for name, df in self.tables().items():
                    _plain(df).to_parquet(tmp / f"{name}.parquet", index=False)
        elif fmt == "csv":
            with _atomic_dir(target) as tmp:
                for name, df in self.flat_tables().items():
                    df.to_csv(tmp / f"{name}.csv", index=False)
        elif fmt == "xlsx":
            with atomic_path(target) as tmp:
                write_excel_sheets(self.flat_tables(), tmp)
        elif fmt == "sqlite":
            with atomic_path(target) as tmp:
                with sqlite3.connect(tmp) as con:
                    for name, df in self.flat_tables().items():
                        df.to_sql(name, con, index=False, if_exists="replace")
                con.close()
        elif fmt == "duckdb":
            try:
                import duckdb
            except ImportError:
                raise FocusFiveError("saving to .duckdb needs the duckdb package (pip install duckdb)", path=target) from None
            with atomic_path(target) as tmp:
                tmp.unlink()
                con = duckdb.connect(str(tmp))
                try:
                    for name, df in self.flat_tables().items():
                        con.register("frame", df)
                        con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM frame')
                        con.unregister("frame")
                finally:
                    con.close()
        else:
            raise FocusFiveError(f"unknown dataset format {fmt!r}; use parquet, csv, xlsx, sqlite or duckdb", path=target)
        return target

    @classmethod
    def load(cls, path: str | Path) -> "FindingsDataset":
        """Load a dataset saved by :meth:`save` (any of its formats)."""
        src = Path(path)
        if not src.exists():
            raise FocusFiveError("dataset not found", path=src)
        fmt = storage_format(src)
        try:
            if src.is_dir():
                if (src / "findings.parquet").exists():
                    tables = {n: pd.read_parquet(src / f"{n}.parquet") for n in ("findings", "documents", "errors")
                              if (src / f"{n}.parquet").exists()}
                elif (src / "findings.csv").exists():
                    tables = {n: pd.read_csv(src / f"{n}.csv", dtype=object, keep_default_na=False, na_values=[""])
                              for n in ("findings", "documents", "errors") if (src / f"{n}.csv").exists()}
                else:
                    raise FocusFiveError("not a findings dataset folder (no findings.parquet or findings.csv)", path=src)
            elif fmt == "xlsx":
                sheets = pd.read_excel(src, sheet_name=None, dtype=object)
                if "findings" not in sheets:
                    raise FocusFiveError("not a findings dataset workbook (no 'findings' sheet)", path=src)
                tables = {n: sheets[n] for n in ("findings", "documents", "errors") if n in sheets}
            elif fmt == "sqlite":
                con = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
                try:
                    tables = {n: pd.read_sql_query(f'SELECT * FROM "{n}"', con) for n in ("findings", "documents", "errors")}
                finally:
                    con.close()
            elif fmt == "duckdb":
                import duckdb

                con = duckdb.connect(str(src), read_only=True)
                try:
                    tables = {n: con.execute(f'SELECT * FROM "{n}"').df() for n in ("findings", "documents", "errors")}
                finally:
                    con.close()
            else:
                raise FocusFiveError("not a saved findings dataset", path=src)
        except FocusFiveError:
            raise
        except Exception as exc:  # corrupt or foreign file: say which, no traceback
            raise FocusFiveError(f"cannot read dataset: {type(exc).__name__}: {exc}", path=src) from None
        return cls(tables.get("findings"), tables.get("documents"), tables.get("errors"))


# ---------------------------------------------------------------- module helpers


def storage_format(path: Path) -> str:
    """Storage format of a dataset path: parquet (folder, default), csv, xlsx, sqlite or duckdb."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix in SQLITE_SUFFIXES:
        return "sqlite"
    if suffix == ".duckdb":
        return "duckdb"
    if suffix == ".csv" or (path.is_dir() and (path / "findings.csv").exists()):
        return "csv"
    return "parquet"


def is_saved_dataset(path: Path) -> bool:
    """True when ``path`` looks like a dataset written by :meth:`FindingsDataset.save`."""
    if path.is_dir():
        return (path / "findings.parquet").exists() or (path / "findings.csv").exists()
    return path.is_file() and path.suffix.lower() in (".xlsx", ".duckdb", *SQLITE_SUFFIXES)


_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_excel_sheets(frames: dict[str, pd.DataFrame], path: Path) -> None:
    """Write frames as sheets (names cut to Excel's 31 characters), text cleaned of control characters."""
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, df in frames.items():
            clean = df.copy()
            for col in clean.columns:
                if clean[col].dtype == object or pd.api.types.is_string_dtype(clean[col]):
                    clean[col] = clean[col].map(lambda v: _ILLEGAL_XLSX.sub(" ", v) if isinstance(v, str) else v)
            clean.to_excel(writer, sheet_name=name[:31], index=False)


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype("object").where(out[col].notna(), None)
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, list)).any():
            out[col] = out[col].map(lambda v: LIST_SEP.join(v) if isinstance(v, list) else v)
    return out


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Categoricals as text, so frames with different category sets concatenate and save cleanly."""
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype("object").where(out[col].notna(), None).astype("string")
    return out


class _atomic_dir:
    """Build a folder beside ``target``; swap it in on success, leave the old one intact on failure."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __enter__(self) -> Path:
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FocusFiveError(f"cannot write here: {exc.strerror or exc}", path=self.target) from None
        if self.target.exists() and not self.target.is_dir():
            raise FocusFiveError("exists and is not a dataset folder", path=self.target)
        if self.target.is_dir() and any(self.target.iterdir()) and not is_saved_dataset(self.target):
            raise FocusFiveError("folder exists and holds other files, not a findings dataset; not replacing it",
                                 path=self.target)
        try:
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent))
        except OSError as exc:
            raise FocusFiveError(f"cannot write here: {exc.strerror or exc}", path=self.target) from None
        return self.tmp

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        old = None
        if self.target.exists():
            old = self.target.parent / f".{self.target.name}.{os.getpid()}.old"
            shutil.rmtree(old, ignore_errors=True)
            os.replace(self.target, old)
        os.replace(self.tmp, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _resolved(source: Any) -> str:
    return str(Path(str(source)).resolve()) if not _is_missing(source) else ""


def _documents_from_findings(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(columns=list(DOCUMENT_COLUMNS))
    grouped = frame.groupby(["doc_id", "source"], sort=False, dropna=False)
    docs = grouped.agg(report_year=("report_year", "first"), n_findings=("text", "size")).reset_index()
    docs["status"] = "ok"
    docs["format"] = [Path(str(s)).suffix.lstrip(".").lower() or None for s in docs["source"]]
    return docs


def _try_read(path: Path):
    if not path.exists():
        return None
    try:
        from .readers import read_document

        return read_document(path)
    except Exception:  # an annotation whose report we cannot read still gives findings
        return None


def _sha_or_none(path: Path) -> str | None:
    from .batch import file_sha256

    return file_sha256(path) if path.is_file() else None


def _open_cache(cache: "FindingsDataset | str | Path | None") -> FindingsDataset | None:
    if cache is None or isinstance(cache, FindingsDataset):
        return cache
    path = Path(cache)
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        return None  # a new dataset
    return FindingsDataset.load(path)
