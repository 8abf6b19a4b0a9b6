"""A saved dataset as the cache of the next build: unchanged files reuse their findings."""
from __future__ import annotations

from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

import pandas as pd

from ..batch import BatchResult, CacheEntry, CacheKey, DocumentRecord, ErrorRecord, cache_key
from ..findings import FIELD_NAMES, Finding
from ..errors import FocusFiveError
from .schema import LIST_COLUMNS, cell, is_missing, plain, typed_documents, typed_errors

if TYPE_CHECKING:
    from .core import FindingsDataset


class CacheMixin:
    """Cache support of :class:`~focusfive_nlp.dataset.FindingsDataset`."""

    findings: pd.DataFrame
    documents: pd.DataFrame
    errors: pd.DataFrame

    def to_findings(self, frame: pd.DataFrame | None = None) -> list[Finding]:
        """Rows of ``findings`` (or of a filtered copy) back as :class:`Finding` objects."""
        return frame_findings(self.findings if frame is None else frame)

    def cache_entries(self) -> dict[CacheKey, CacheEntry]:
        """Earlier results by :func:`~focusfive_nlp.batch.cache_key`, for :func:`extract_paths`."""
        rows = self.findings.groupby("source", sort=False, observed=True).indices  # source -> row positions
        return cache_entries(self.documents, self.errors, rows, lambda pos: self.to_findings(self.findings.iloc[pos]))

    def findings_of(self, sources: set[str]) -> pd.DataFrame:
        """The findings rows of these documents."""
        return self.findings[self.findings["source"].isin(sources)]

    def iter_findings_of(self, sources: set[str]) -> Iterator[pd.DataFrame]:
        """:meth:`findings_of` as an iterator of frames, as :class:`ParquetCache` gives it."""
        yield self.findings_of(sources)

    @classmethod
    def from_batch_over(cls, result: BatchResult, previous: "FindingsDataset | None", *, prune: bool = False) -> "FindingsDataset":
        """The dataset of ``result``, with ``previous``'s documents it did not cover carried over unless ``prune``."""
        ds = cls.from_batch(result)
        if previous is not None and not prune:
            ds = ds._with_carried_over(previous, result)
            ds.last_batch = result
        return ds

    def _with_carried_over(self, previous: "FindingsDataset", result: BatchResult) -> "FindingsDataset":
        """Add the earlier dataset's documents that this run did not cover (status kept/missing)."""
        carry, carried_findings = carried_over(previous, self.documents, self.errors)
        if carry.empty:
            return self
        findings = pd.concat([plain(self.findings), plain(carried_findings)], ignore_index=True)
        findings["finding_id"] = range(len(findings))
        documents = pd.concat([plain(self.documents), plain(carry)], ignore_index=True)
        return type(self)(findings, documents, self.errors)


def carried_over(previous: "FindingsDataset", documents: pd.DataFrame, errors: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The earlier dataset's documents a run (its ``documents`` and ``errors``) did not cover, as
    ``kept`` (still on disk) or ``missing``, with their findings."""
    carry = carried_documents(previous, documents, errors)
    return carry, previous.findings_of(set(carry["source"]))


def carried_documents(previous, documents: pd.DataFrame, errors: pd.DataFrame) -> pd.DataFrame:
    """The earlier dataset's documents rows a run did not cover, with status ``kept`` or ``missing``."""
    run_sources = {_resolved(s) for s in documents["source"]} | {_resolved(s) for s in errors["source"]}
    run_shas = set(documents["sha256"].dropna()) | set(errors["sha256"].dropna())
    old = previous.documents
    carry = old[[
        _resolved(s) not in run_sources and (is_missing(h) or h not in run_shas) and st not in ("duplicate", "alternate", "skipped")
        for s, h, st in zip(old["source"], old["sha256"], old["status"])
    ]].copy()
    carry["status"] = ["kept" if Path(s).exists() else "missing" for s in carry["source"]]
    return carry


def cache_entries(documents: pd.DataFrame, errors: pd.DataFrame, rows: Mapping[str, Any],
                  make: Callable[[Any], list[Finding]]) -> dict[CacheKey, CacheEntry]:
    """Cache entries of a dataset's documents and permanent errors; ``rows[source]`` are the row
    positions of a document's findings, which ``make(positions)`` turns into Finding objects when read."""
    entries: dict[CacheKey, CacheEntry] = {}
    for rec in documents.to_dict("records"):
        if rec["status"] not in ("ok", "kept", "missing") or is_missing(rec["sha256"]):
            continue
        doc = {k: cell(v) for k, v in rec.items()}
        record = DocumentRecord(**{**doc, "status": "ok", "warnings": doc["warnings"] or [],
                                   "cached": bool(doc["cached"]), "options": doc["options"] or "",
                                   "processed_at": doc["processed_at"] or "", "seconds": doc["seconds"] or 0.0})
        entries[cache_key(record.sha256, record.source, record.options)] = ("ok", _FindingsOf(make, rows.get(rec["source"], ())), record)
    for rec in errors.to_dict("records"):
        if rec["permanent"] is True and not is_missing(rec["sha256"]):
            err = ErrorRecord(**{k: cell(v) for k, v in rec.items()})
            err.options = err.options or ""
            entries.setdefault(cache_key(err.sha256, err.source, err.options), ("error", err))
    return entries


class ParquetCache:
    """A saved Parquet dataset as a build's cache, read a row group at a time.

    Only the ``source`` column is held (to know which rows are whose); a reused document's
    findings are read from the row group(s) that hold them when the batch asks, and carried-over
    findings are streamed group by group. A rebuild of a national archive then runs in the
    memory of one row group, not of the earlier dataset."""

    GROUPS_KEPT = 2
    """Row groups kept read: documents come back in about the order they were written."""

    def __init__(self, folder: Path):
        import numpy as np
        import pyarrow.parquet as pq

        self.file = pq.ParquetFile(folder / "findings.parquet")
        names = set(self.file.schema_arrow.names)
        self.columns = [c for c in FIELD_NAMES if c in names]
        sizes = [self.file.metadata.row_group(g).num_rows for g in range(self.file.num_row_groups)]
        self.starts = np.cumsum([0] + sizes)
        self.sources = self.file.read(columns=["source"]).column("source")
        self.groups: dict[int, Any] = {}
        frames = {n: pd.read_parquet(folder / f"{n}.parquet") for n in ("documents", "errors") if (folder / f"{n}.parquet").exists()}
        self.documents = typed_documents(frames.get("documents"))
        self.errors = typed_errors(frames.get("errors"))

    def cache_entries(self) -> dict[CacheKey, CacheEntry]:
        sources = pd.Series(self.sources.to_pandas(), dtype=object)
        return cache_entries(self.documents, self.errors, sources.groupby(sources, sort=False).indices, self._findings)

    def _group(self, g: int):
        if g not in self.groups:
            while len(self.groups) >= self.GROUPS_KEPT:
                self.groups.pop(next(iter(self.groups)))
            self.groups[g] = self.file.read_row_group(g, columns=self.columns)
        return self.groups[g]

    def _findings(self, positions) -> list[Finding]:
        import numpy as np

        positions = np.asarray(positions)
        owner = np.searchsorted(self.starts, positions, side="right") - 1
        out = []
        for g in dict.fromkeys(owner.tolist()):  # groups in the order the rows come
            local = positions[owner == g] - self.starts[g]
            for row in self._group(g).take(local).to_pylist():
                for col in LIST_COLUMNS:
                    row[col] = row[col] or []
                out.append(Finding(**row))
        return out

    def iter_findings_of(self, sources: set[str]) -> Iterator[pd.DataFrame]:
        """The findings rows of these documents, a row group at a time."""
        import pyarrow as pa
        import pyarrow.compute as pc

        if not sources:
            return
        wanted = pa.array(sorted(sources), pa.string())
        for g in range(self.file.num_row_groups):
            part = self.sources.slice(self.starts[g], self.starts[g + 1] - self.starts[g])
            mask = pc.is_in(part, value_set=wanted)
            if pc.any(mask).as_py():
                yield self.file.read_row_group(g, columns=self.columns).filter(mask).to_pandas()

    def findings_of(self, sources: set[str]) -> pd.DataFrame:
        """The findings rows of these documents, as one frame (see :meth:`iter_findings_of`)."""
        parts = list(self.iter_findings_of(sources))
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=self.columns)


class DatabaseCache:
    """A saved SQLite or DuckDB dataset as a build's cache, read in slices of ``finding_id``.

    As :class:`ParquetCache`: only each finding's id and source are held; a reused document's
    findings are queried when the batch asks, and carried-over findings come a slice at a time,
    through the typing a loaded dataset's rows get."""

    ROWS = 5000
    """Findings read at a time when carried over."""

    def __init__(self, path: Path, fmt: str):
        import weakref

        self.path, self.fmt = path, fmt
        self.con = self._connect()  # one read-only connection for the build: a duckdb connect costs tens of ms
        weakref.finalize(self, self.con.close)
        self.documents = typed_documents(self._query('SELECT * FROM "documents"'))
        self.errors = typed_errors(self._query('SELECT * FROM "errors"'))
        ids = self._query('SELECT finding_id, source FROM "findings" ORDER BY finding_id')
        self.ids = ids["finding_id"].astype("int64").to_numpy()
        self.sources = ids["source"].astype(object)

    def _connect(self):
        if self.fmt == "sqlite":
            import sqlite3

            return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        import duckdb

        return duckdb.connect(str(self.path), read_only=True)

    def _query(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        if self.fmt == "sqlite":
            return pd.read_sql_query(sql, self.con, params=list(params))
        return self.con.execute(sql, list(params)).df()

    def _rows(self, lo: int, hi: int) -> pd.DataFrame:
        """Findings with ``lo <= finding_id <= hi``, typed."""
        from .schema import typed_findings

        frame = self._query('SELECT * FROM "findings" WHERE finding_id >= ? AND finding_id <= ? ORDER BY finding_id',
                            (int(lo), int(hi)))
        return typed_findings(frame)

    def cache_entries(self) -> dict[CacheKey, CacheEntry]:
        return cache_entries(self.documents, self.errors, self.sources.groupby(self.sources, sort=False).indices,
                             self._findings)

    def _findings(self, positions) -> list[Finding]:
        wanted = self.ids[positions]
        frame = self._rows(wanted.min(), wanted.max())  # a document's findings have neighbouring ids
        return frame_findings(frame[frame["finding_id"].isin(set(wanted.tolist()))])

    def iter_findings_of(self, sources: set[str]) -> Iterator[pd.DataFrame]:
        """The findings rows of these documents, :attr:`ROWS` ids at a time."""
        if not sources:
            return
        for start in range(0, len(self.ids), self.ROWS):
            chunk = self.ids[start:start + self.ROWS]
            if not self.sources.iloc[start:start + self.ROWS].isin(sources).any():
                continue
            frame = self._rows(chunk[0], chunk[-1])
            yield frame[frame["source"].isin(sources)][list(FIELD_NAMES)].reset_index(drop=True)

    def findings_of(self, sources: set[str]) -> pd.DataFrame:
        parts = list(self.iter_findings_of(sources))
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=list(FIELD_NAMES))


def frame_findings(frame: pd.DataFrame) -> list[Finding]:
    """Rows of a typed findings table as :class:`Finding` objects."""
    out = []
    for rec in frame[list(FIELD_NAMES)].to_dict("records"):
        data = {k: cell(v) for k, v in rec.items()}
        for col in LIST_COLUMNS:
            data[col] = data[col] or []
        out.append(Finding.from_dict(data))
    return out


class _FindingsOf(Sequence):
    """One document's rows of a dataset's findings, made into :class:`Finding` objects only when
    read: the cache of a large archive does not hold every finding as an object, and a build
    that streams its findings materialises one reused document at a time."""

    def __init__(self, make: Callable[[Any], list[Finding]], positions):
        self.make, self.positions = make, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, i):
        return list(self)[i]

    def __iter__(self) -> Iterator[Finding]:
        if not len(self.positions):
            return iter(())
        return iter(self.make(self.positions))


def _resolved(source: Any) -> str:
    return str(Path(str(source)).resolve()) if not is_missing(source) else ""



def open_cache(cache: "FindingsDataset | str | Path | None") -> "FindingsDataset | None":
    """The dataset to use as cache: given, loaded from its path, or None for a new one."""
    from .core import FindingsDataset

    if cache is None or isinstance(cache, FindingsDataset):
        return cache
    path = Path(cache)
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        return None  # a new dataset
    return FindingsDataset.load(path)


def open_build_cache(path: Path) -> "FindingsDataset | ParquetCache | DatabaseCache | None":
    """The earlier dataset at ``path`` as a build's cache, read in parts: a Parquet one stays in
    Arrow (:class:`ParquetCache`), a database is queried (:class:`DatabaseCache`); a workbook or
    CSV folder is loaded whole."""
    from .storage import storage_format

    fmt = storage_format(path)
    try:
        if path.is_dir() and (path / "findings.parquet").exists():
            return ParquetCache(path)
        if fmt in ("sqlite", "duckdb") and path.is_file() and path.stat().st_size:
            return DatabaseCache(path, fmt)
    except Exception as exc:  # corrupt or foreign: say which, no traceback
        raise FocusFiveError(f"cannot read dataset: {type(exc).__name__}: {exc}", path=path) from None
    return open_cache(path)
