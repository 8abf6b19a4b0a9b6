"""Write findings to JSON Lines, CSV or Parquet, chosen by the file extension; atomically, as they come.

:func:`findings_writer` takes findings a report at a time (a batch's ``on_findings``), so an
archive's findings never all sit in memory: JSON lines and CSV rows are appended, Parquet
grows by row groups. The file appears, complete, when the writer closes; on any failure or
interrupt nothing is left.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .atomic import atomic_path
from .errors import FocusFiveError
from .findings import FIELD_NAMES, Finding
from .sheets import csv_safe

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

FINDINGS_FORMATS = (".jsonl", ".csv", ".parquet")
LIST_FIELDS = ("teams", "themes")


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """Findings as a DataFrame with every contract column, in contract order."""
    import pandas as pd

    return pd.DataFrame([f.to_dict() for f in findings], columns=list(FIELD_NAMES))


def findings_schema() -> pa.Schema:
    """The Arrow schema of a findings file, from the Finding fields' types (so no chunk guesses them)."""
    import pyarrow as pa

    def arrow(annotation: str) -> pa.DataType:
        if annotation.startswith("list"):
            return pa.list_(pa.string())
        if annotation.startswith("int"):
            return pa.int64()
        if annotation.startswith("float"):
            return pa.float64()
        return pa.string()

    return pa.schema([(f.name, arrow(str(f.type))) for f in fields(Finding)])


_JSON_LINE = json.JSONEncoder(ensure_ascii=False).encode
"""One finding's JSON line, as ``json.dumps(d, ensure_ascii=False)`` writes it."""


class FindingsWriter:
    """Appends findings to an open findings file; ``count`` says how many were written."""

    def __init__(self, tmp: Path, suffix: str):
        self.suffix, self.count = suffix, 0
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            self.schema = findings_schema()
            self.parquet = pq.ParquetWriter(tmp, self.schema)
        else:
            self.fh = open(tmp, "w", encoding="utf-8", newline="")

    def __call__(self, findings: Iterable[Finding]) -> None:
        findings = list(findings)
        if self.suffix == ".jsonl":
            encode = _JSON_LINE  # json.dumps(..., ensure_ascii=False) builds an encoder per call
            self.fh.writelines(encode(f.to_dict()) + "\n" for f in findings)
        elif self.suffix == ".csv":
            if findings:
                self._csv(findings)
        elif findings:
            import pyarrow as pa

            self.parquet.write_table(pa.Table.from_pylist([f.to_dict() for f in findings], schema=self.schema))
        self.count += len(findings)

    def _csv(self, findings: list[Finding]) -> None:
        frame = findings_frame(findings)
        for col in LIST_FIELDS:
            frame[col] = frame[col].map(lambda v: ";".join(v) if isinstance(v, list) else v)
        # formula-like text neutralised, rows end \r\n (see focusfive_nlp.sheets)
        csv_safe(frame).to_csv(self.fh, header=self.fh.tell() == 0, index=False, lineterminator="\r\n")

    def close(self) -> None:
        if self.suffix == ".parquet":
            self.parquet.close()
        else:
            if self.suffix == ".csv" and self.fh.tell() == 0:
                self._csv([])  # a header, even for no findings
            self.fh.close()


@contextmanager
def findings_writer(path: str | Path) -> Iterator[FindingsWriter]:
    """A :class:`FindingsWriter` for ``path`` (.jsonl one finding a line, .csv, or .parquet); the
    file is moved into place when the block ends without error."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FINDINGS_FORMATS:
        raise FocusFiveError(f"unknown output format {suffix or '(none)'}; use one of {', '.join(FINDINGS_FORMATS)}", path=target)
    with atomic_path(target) as tmp:
        writer = FindingsWriter(tmp, suffix)
        try:
            yield writer
        finally:
            writer.close()


def write_findings(findings: Iterable[Finding], path: str | Path) -> Path:
    """Write findings to ``path`` (.jsonl one finding a line, .csv, or .parquet)."""
    with findings_writer(path) as write:
        write(findings)
    return Path(path)
