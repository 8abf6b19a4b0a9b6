"""Findings written as they come: a dataset's Parquet tables grown row group by row group.

A build of a national archive cannot hold every finding in memory. :class:`FindingsSpool`
takes each report's findings as the batch hands them over, converts a few thousand at a time
to the dataset's schema (the same functions a saved dataset is read back through) and appends
them to ``findings.parquet``, ``teams.parquet`` and ``themes.parquet`` in its folder, with
running ``finding_id`` values; :meth:`FindingsSpool.close` adds the documents and errors
tables. The folder is then a saved Parquet dataset, like one :meth:`FindingsDataset.save` writes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..findings import FIELD_NAMES, Finding
from .schema import long_table, plain, typed_documents, typed_errors, typed_findings

ROWS_PER_GROUP = 5000
"""Findings converted and written at a time: memory is this many rows, not the archive."""


def _tables(typed: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {"findings": typed, "teams": long_table(typed, "teams", "team"), "themes": long_table(typed, "themes", "theme")}


def _schemas() -> dict[str, pa.Schema]:
    """Arrow schemas of the three finding tables, from a one-row template (lists must not be empty to be typed)."""
    row = {name: None for name in FIELD_NAMES} | {"teams": ["t"], "themes": ["t"]}
    typed = typed_findings(pd.DataFrame([row], columns=list(FIELD_NAMES)))
    return {name: pa.Schema.from_pandas(plain(df), preserve_index=False) for name, df in _tables(typed).items()}


class FindingsSpool:
    """Appends findings to the Parquet tables of a dataset folder (see the module docstring)."""

    def __init__(self, folder: str | Path, rows_per_group: int | None = None):
        self.folder = Path(folder)
        self.rows_per_group = rows_per_group or ROWS_PER_GROUP
        self.schemas = _schemas()
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts = {name: 0 for name in self.schemas}
        self.buffer: list[dict] = []
        self.closed = False

    def add(self, findings: Iterable[Finding]) -> None:
        """One document's findings (any number of them), in the order they should keep."""
        self.buffer.extend({name: getattr(f, name) for name in FIELD_NAMES} for f in findings)
        if len(self.buffer) >= self.rows_per_group:
            self.flush()

    def add_frame(self, frame: pd.DataFrame) -> None:
        """Rows of a findings table (carried over from an earlier dataset); their ids are renumbered."""
        self.flush()
        for start in range(0, len(frame), self.rows_per_group):
            self._write(frame.iloc[start:start + self.rows_per_group][list(FIELD_NAMES)])

    def flush(self) -> None:
        if self.buffer:
            frame = pd.DataFrame(self.buffer, columns=list(FIELD_NAMES))
            self.buffer = []
            self._write(frame)

    def _write(self, frame: pd.DataFrame) -> None:
        typed = typed_findings(frame.reset_index(drop=True))
        typed["finding_id"] = range(self.counts["findings"], self.counts["findings"] + len(typed))
        for name, df in _tables(typed).items():
            table = pa.Table.from_pandas(plain(df), schema=self.schemas[name], preserve_index=False)
            if name not in self.writers:
                self.writers[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", self.schemas[name])
            self.writers[name].write_table(table)
            self.counts[name] += len(df)

    def close(self, documents: pd.DataFrame, errors: pd.DataFrame) -> dict[str, int]:
        """Finish the finding tables, write ``documents`` and ``errors``; returns the row count of each table."""
        if self.closed:
            raise ValueError("spool already closed")
        self.closed = True
        self.flush()
        for name, schema in self.schemas.items():
            writer = self.writers.pop(name, None) or pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
            writer.close()
        docs, errs = typed_documents(documents), typed_errors(errors)
        plain(docs).to_parquet(self.folder / "documents.parquet", index=False)
        plain(errs).to_parquet(self.folder / "errors.parquet", index=False)
        return {**self.counts, "documents": len(docs), "errors": len(errs)}

    def abandon(self) -> None:
        """Close the writers without finishing (the folder is about to be removed)."""
        for writer in self.writers.values():
            try:
                writer.close()
            except Exception:  # noqa: BLE001 - nothing to keep
                pass
        self.writers.clear()
