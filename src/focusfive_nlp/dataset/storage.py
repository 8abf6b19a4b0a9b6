"""Saving and loading a dataset: Parquet or CSV folders, Excel, SQLite, DuckDB; atomic, verified saves."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from ..atomic import atomic_dir, atomic_path, exclusive_lock, recover, remove_sidecars, write_error
from ..errors import FocusFiveError, WriteError
from ..sheets import csv_unsafe, write_csv
from ..workbook import sheet_name, write_workbook
from .schema import flat, long_table, plain, typed_documents, typed_errors, typed_findings

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

    def save(self, path: str | Path, format: str | None = None, *, lock_timeout: float = 5.0) -> Path:
        """Save atomically and verified; the format follows the path (see the package docstring) or ``format``.

        The new file or folder is written beside ``path``, read back (tables and row counts;
        a database is checkpointed, closed and reopened read-only) and only then moved into
        place. Any failure (a full disk, say) is a :class:`~focusfive_nlp.errors.WriteError`
        that leaves the previous dataset as it was and nothing beside it. The save holds the
        dataset's lock (:func:`~focusfive_nlp.atomic.exclusive_lock`, waiting up to
        ``lock_timeout`` seconds for another writer) and first mends what killed saves left.
        """
        target = Path(path)
        fmt = format or storage_format(target)
        tables = self.tables() if fmt == "parquet" else self.flat_tables()
        save_tables(target, fmt, tables if fmt not in CHUNKED_FORMATS else {n: [df] for n, df in tables.items()},
                    lock_timeout=lock_timeout)
        return target

    @classmethod
    def load(cls, path: str | Path) -> "FindingsDataset":
        """Load a dataset saved by :meth:`save` (any of its formats)."""
        src = Path(path)
        recover(src, is_complete=is_saved_dataset)
        if not src.exists():
            raise FocusFiveError("dataset not found", path=src)
        fmt = storage_format(src)
        try:
            if src.is_dir():
                if (src / "findings.parquet").exists():
                    tables = {n: pd.read_parquet(src / f"{n}.parquet") for n in ("findings", "documents", "errors")
                              if (src / f"{n}.parquet").exists()}
                elif (src / "findings.csv").exists():
                    tables = {n: read_csv_table(src / f"{n}.csv") for n in ("findings", "documents", "errors")
                              if (src / f"{n}.csv").exists()}
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


def save_tables(target: Path, fmt: str, tables: dict, *, lock_timeout: float, mend: bool = True) -> None:
    """Write ``tables`` as the dataset ``target`` in ``fmt``: locked, atomic, read back (see
    :meth:`StorageMixin.save`). For a database format each table is an iterable of frames,
    written in turn, so a table need not be in memory whole. ``mend=False`` leaves what
    killed saves left beside ``target`` (a build that mended them already and reads its
    own scratch folder there)."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise FocusFiveError(f"unknown dataset format {fmt!r}; use parquet, csv, xlsx, sqlite or duckdb", path=target)
    if fmt == "duckdb":
        try:
            import duckdb  # noqa: F401
        except ImportError:
            raise FocusFiveError("saving to .duckdb needs the duckdb package (pip install duckdb)", path=target) from None
    with exclusive_lock(target, timeout=lock_timeout):
        if mend:
            recover(target, is_complete=is_saved_dataset, locked=True)
        if fmt in FOLDER_FORMATS:
            with atomic_dir(target, replaceable=is_saved_dataset) as tmp:
                _checked(target, writer, tables, tmp)
        else:
            with atomic_path(target) as tmp:
                _checked(target, writer, tables, tmp)
            remove_sidecars(target)  # a journal of the file just replaced must not touch the new one


def save_parquet_folder_as(folder: Path, target: Path, *, lock_timeout: float) -> None:
    """Save the Parquet dataset ``folder`` (a build's scratch folder, under the build's lock) as
    ``target`` in its format. SQLite and DuckDB are
    written a findings row group at a time, through the same typing as a loaded dataset's, so
    memory stays flat; a workbook or CSV folder is converted whole."""
    import pyarrow.parquet as pq

    from .core import FindingsDataset

    fmt = storage_format(target)
    if fmt not in CHUNKED_FORMATS:
        FindingsDataset.load(folder).save(target, lock_timeout=lock_timeout)
        return

    def findings_groups():
        file = pq.ParquetFile(folder / "findings.parquet")
        for g in range(file.num_row_groups):
            yield typed_findings(file.read_row_group(g).to_pandas())
        if file.num_row_groups == 0:
            yield typed_findings(None)

    tables = {"findings": (flat(df) for df in findings_groups()),
              "teams": (flat(long_table(df, "teams", "team")) for df in findings_groups()),
              "themes": (flat(long_table(df, "themes", "theme")) for df in findings_groups()),
              "documents": [flat(typed_documents(pd.read_parquet(folder / "documents.parquet")))],
              "errors": [flat(typed_errors(pd.read_parquet(folder / "errors.parquet")))]}
    save_tables(target, fmt, tables, lock_timeout=lock_timeout, mend=False)


def read_csv_table(path: Path) -> pd.DataFrame:
    """A table of a CSV dataset folder, as text, with the formula guard of :mod:`~focusfive_nlp.sheets` undone."""
    return csv_unsafe(pd.read_csv(path, dtype=object, keep_default_na=False, na_values=[""]))


# ------------------------------------------------------------------ writers: write, then read back

FOLDER_FORMATS = ("parquet", "csv")
CHUNKED_FORMATS = ("sqlite", "duckdb")
"""Formats whose writers take each table as an iterable of frames."""


def _checked(target: Path, writer, tables: dict[str, pd.DataFrame], tmp: Path) -> None:
    """Run ``writer`` and its read-back; a library's failure (a database's disk-full error, say) as a WriteError."""
    try:
        writer(tables, tmp)
    except WriteError as exc:  # named after the dataset, not the temporary file
        raise WriteError(exc.reason, path=target) from None
    except (FocusFiveError, OSError):
        raise
    except Exception as exc:
        raise write_error(target, exc) from None


def expect_tables(target: Path, found: dict[str, int], wanted: dict[str, int]) -> None:
    """The tables and row counts read back from a new file must be those written."""
    if found != wanted:
        wrong = ", ".join(f"{n}: {found.get(n, 'missing')} rows of {m}" for n, m in wanted.items() if found.get(n) != m)
        raise WriteError(f"the new dataset did not read back complete ({wrong}); the previous dataset is unchanged; "
                         "check the disk (is it full?) and build again", path=target)


def _expect(target: Path, found: dict[str, int], tables: dict[str, pd.DataFrame]) -> None:
    expect_tables(target, found, {name: len(df) for name, df in tables.items()})


def parquet_counts(folder: Path) -> dict[str, int]:
    """Row counts of a Parquet dataset folder's tables, from the files' footers."""
    import pyarrow.parquet as pq

    return {p.stem: pq.read_metadata(p).num_rows for p in sorted(folder.glob("*.parquet"))}


def _write_parquet(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    for name, df in tables.items():
        plain(df).to_parquet(folder / f"{name}.parquet", index=False)
    _expect(folder, parquet_counts(folder), tables)


def _write_csv_folder(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    for name, df in tables.items():
        write_csv(df, folder / f"{name}.csv")
    _expect(folder, {n: len(read_csv_table(folder / f"{n}.csv")) for n in tables}, tables)


def _write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> None:
    import openpyxl

    from .. import workbook

    big = {name: len(df) for name, df in tables.items() if len(df) > workbook.MAX_ROWS}
    if big:
        raise WriteError(f"too many rows for a workbook ({', '.join(f'{n}: {k:,}' for n, k in big.items())}; a sheet holds "
                         f"{workbook.MAX_ROWS:,}); save as a folder (Parquet), .sqlite or .duckdb instead")
    write_workbook(tables, path)
    with open(path, "rb") as fh:  # a file object: openpyxl refuses a name not ending .xlsx
        book = openpyxl.load_workbook(fh, read_only=True)
        try:
            found = {ws.title: sum(1 for _ in ws.iter_rows(min_row=2, max_col=1)) for ws in book.worksheets}
        finally:
            book.close()
    _expect(path, found, {sheet_name(name): df for name, df in tables.items()})


def _write_sqlite(tables: dict[str, Iterable[pd.DataFrame]], path: Path) -> None:
    counts: dict[str, int] = {}
    con = sqlite3.connect(path)
    try:
        with con:
            for name, frames in tables.items():
                counts[name] = 0
                for n, df in enumerate(frames):
                    df.to_sql(name, con, index=False, if_exists="append" if n else "replace")
                    counts[name] += len(df)
    finally:
        con.close()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = {n: con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for (n,) in
                 con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    finally:
        con.close()
    expect_tables(path, found, counts)


def _write_duckdb(tables: dict[str, Iterable[pd.DataFrame]], path: Path) -> None:
    import duckdb

    path.unlink()  # duckdb makes its own file; an empty one is not a database
    counts: dict[str, int] = {}
    # duckdb keeps what it writes in its buffer pool (by default most of the machine's memory);
    # a bound keeps a large dataset's conversion flat, the rest goes to the file
    con = duckdb.connect(str(path), config={"memory_limit": DUCKDB_MEMORY})
    try:
        for name, frames in tables.items():
            counts[name] = 0
            for n, df in enumerate(frames):
                con.register("frame", _typed_arrow(df))
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM frame' if n == 0 else
                            f'INSERT INTO "{name}" SELECT * FROM frame')
                con.unregister("frame")
                counts[name] += len(df)
        con.execute("CHECKPOINT")  # everything into the file, nothing left in a WAL beside it
    finally:
        con.close()
    con = duckdb.connect(str(path), read_only=True)
    try:
        found = {n: con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]
                 for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    finally:
        con.close()
    expect_tables(path, found, counts)


DUCKDB_MEMORY = "256MB"
"""Buffer pool of the connection that writes a DuckDB dataset."""


def _typed_arrow(df: pd.DataFrame):
    """A flat frame as Arrow, a text column with no value in it still typed as text: the table
    a first chunk creates must take the text of later ones."""
    import pyarrow as pa

    table = pa.Table.from_pandas(df, preserve_index=False)
    return table.cast(pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in table.schema]))


WRITERS = {"parquet": _write_parquet, "csv": _write_csv_folder, "xlsx": _write_xlsx,
           "sqlite": _write_sqlite, "duckdb": _write_duckdb}
"""Writer of each storage format: writes the tables to a new path, then reads them back."""
