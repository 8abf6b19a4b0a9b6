"""Saving and loading a dataset: Parquet or CSV folders, Excel, SQLite, DuckDB; atomic saves."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..atomic import atomic_dir, atomic_path
from ..errors import FocusFiveError
from .schema import flat, plain

if TYPE_CHECKING:
    from .core import FindingsDataset

SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


class StorageMixin:
    """save/load of :class:`~focusfive_nlp.dataset.FindingsDataset` (see the package docstring)."""

    findings: pd.DataFrame
    teams_long: pd.DataFrame
    themes_long: pd.DataFrame
    documents: pd.DataFrame
    errors: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by storage name."""
        return {"findings": self.findings, "teams": self.teams_long, "themes": self.themes_long,
                "documents": self.documents, "errors": self.errors}

    def flat_tables(self) -> dict[str, pd.DataFrame]:
        """Tables with list cells joined by ``;`` and categories as text: for CSV, Excel, SQL."""
        return {name: flat(df) for name, df in self.tables().items()}

    def save(self, path: str | Path, format: str | None = None) -> Path:
        """Save atomically; the format follows the path (see the module docstring) or ``format``."""
        target = Path(path)
        fmt = format or storage_format(target)
        if fmt == "parquet":
            with atomic_dir(target, replaceable=is_saved_dataset) as tmp:
                for name, df in self.tables().items():
                    plain(df).to_parquet(tmp / f"{name}.parquet", index=False)
        elif fmt == "csv":
            with atomic_dir(target, replaceable=is_saved_dataset) as tmp:
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

