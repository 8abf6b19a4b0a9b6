"""The dataset's schema: table columns, their types, and conversion of any frame into them.

Every storage format reads back through these functions, so a findings table from
Parquet, CSV, Excel or SQL has the same dtypes as one built from findings in memory.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from ..findings import FIELD_NAMES, FIGURE_KINDS, GRADE_QUALIFIERS, GRADES, POLARITIES

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
    "duplicate_of", "cached", "seconds", "warnings", "options", "processed_at", "organisation",
)
ERROR_COLUMNS = ("source", "error", "message", "sha256", "permanent", "options")
LONG_CONTEXT = ("doc_id", "organisation", "report_year", "section", "polarity")
TABLES = ("findings", "teams", "themes", "documents", "errors")
LIST_SEP = ";"
SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def as_list(v: Any) -> list[str]:
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
    df = with_columns(frame, FINDING_COLUMNS)
    if df["finding_id"].isna().any():
        df["finding_id"] = range(len(df))
    df["finding_id"] = pd.to_numeric(df["finding_id"]).astype("int64")
    for col, order in CATEGORY_ORDER.items():
        df[col] = _categorical(df[col], order)
    for col in INT_COLUMNS:
        df[col] = _int(df[col])
    df["value"] = pd.to_numeric(df["value"].astype("object").where(df["value"].notna(), None), errors="coerce").astype("Float64")
    for col in LIST_COLUMNS:
        df[col] = pd.Series([as_list(v) for v in df[col]], index=df.index, dtype="object")
    for col in STRING_COLUMNS:
        df[col] = _string(df[col])
    return df


def with_columns(frame: pd.DataFrame | None, columns) -> pd.DataFrame:
    """A copy of ``frame`` holding exactly ``columns``, in order (missing ones empty)."""
    df = (frame if frame is not None else pd.DataFrame()).copy()
    for col in columns:
        if col not in df.columns:
            df[col] = None
    return df[list(columns)].reset_index(drop=True)


def typed_documents(frame: pd.DataFrame | None) -> pd.DataFrame:
    df = with_columns(frame, DOCUMENT_COLUMNS)
    for col in ("pages", "report_year", "n_findings"):
        df[col] = _int(df[col])
    df["seconds"] = pd.to_numeric(df["seconds"], errors="coerce").astype("Float64")
    df["cached"] = _bool(df["cached"])
    df["warnings"] = pd.Series([as_list(v) for v in df["warnings"]], index=df.index, dtype="object")
    for col in ("doc_id", "source", "sha256", "format", "status", "duplicate_of", "options", "processed_at", "organisation"):
        df[col] = _string(df[col])
    return df


def typed_errors(frame: pd.DataFrame | None) -> pd.DataFrame:
    df = with_columns(frame, ERROR_COLUMNS)
    df["permanent"] = _bool(df["permanent"])
    for col in ("source", "error", "message", "sha256", "options"):
        df[col] = _string(df[col])
    return df


def long_table(findings: pd.DataFrame, column: str, name: str) -> pd.DataFrame:
    """One row per finding x list item, with the finding's id and context."""
    cols = ["finding_id", *LONG_CONTEXT, column]
    df = findings[cols].explode(column).dropna(subset=[column]).rename(columns={column: name})
    df[name] = df[name].astype("string")
    return df.reset_index(drop=True)


def cell(v: Any) -> Any:
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


def is_missing(v: Any) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


def flat(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype("object").where(out[col].notna(), None)
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, list)).any():
            out[col] = out[col].map(lambda v: LIST_SEP.join(map(str, v)) if isinstance(v, list) else v)
    return out


def plain(df: pd.DataFrame) -> pd.DataFrame:
    """Categoricals as text, so frames with different category sets concatenate and save cleanly."""
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype("object").where(out[col].notna(), None).astype("string")
    return out


def documents_from_findings(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(columns=list(DOCUMENT_COLUMNS))
    grouped = frame.groupby(["doc_id", "source"], sort=False, dropna=False)
    docs = grouped.agg(report_year=("report_year", "first"), n_findings=("text", "size"),
                       organisation=("organisation", "first")).reset_index()
    docs["status"] = "ok"
    docs["format"] = [Path(str(s)).suffix.lstrip(".").lower() or None for s in docs["source"]]
    return docs

