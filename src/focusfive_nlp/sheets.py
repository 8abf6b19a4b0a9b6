"""CSV and Excel writing that spreadsheets cannot run: text that looks like a formula stays text.

Report text and file names come from outside, so a cell could start ``=HYPERLINK(...)`` or
``@SUM(...)`` (CSV or formula injection). Every CSV and Excel file the project writes goes
through here:

* Excel: every text cell is stored as a string (never as a formula), so the text is kept as
  written and reads back as written;
* CSV: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
  prefixed with an apostrophe ``'`` (the usual advice: a spreadsheet shows it as text). The
  project strips that one apostrophe again when it loads its own CSV dataset
  (:func:`csv_unquote`), so the text survives the round trip; a text that itself starts with
  apostrophes before such a character gets one more, so the stripping is exact. Lines end
  ``\r\n``, so a carriage return inside a text is quoted and cannot split a row.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas loads on first use: writing JSON lines needs none of it
    import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTED = re.compile(r"'*[=+\-@\t\r]")
ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_quote(v: Any) -> Any:
    """A cell as it is written to CSV: formula-like text gets a leading apostrophe."""
    if isinstance(v, str) and _QUOTED.match(v):
        return "'" + v
    return v


def csv_unquote(v: Any) -> Any:
    """The inverse of :func:`csv_quote`, for CSV the project wrote itself."""
    if isinstance(v, str) and v.startswith("'") and _QUOTED.match(v, 1):
        return v[1:]
    return v


def _text_columns(frame: pd.DataFrame) -> list:
    import pandas as pd

    return [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every text cell passed through :func:`csv_quote`."""
    out = frame.copy()
    for col in _text_columns(out):
        out[col] = out[col].map(csv_quote, na_action="ignore")
    return out


def csv_unsafe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` read from the project's own CSV, apostrophe prefixes stripped (in place)."""
    for col in _text_columns(frame):
        frame[col] = frame[col].map(csv_unquote, na_action="ignore")
    return frame


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """Write ``frame`` as CSV (no index), formula-like text neutralised.

    Lines end ``\r\n`` (RFC 4180, as spreadsheets write): then a carriage return inside a text
    is quoted like a line break, and the file reads back with the same rows.
    """
    csv_safe(frame).to_csv(path, index=False, lineterminator="\r\n")


def text_not_formula(cell) -> None:
    """An openpyxl cell whose text starts like a formula ("=HYPERLINK(...)") kept as text."""
    if cell.data_type == "f":  # openpyxl reads any "=..." text as a formula
        cell.data_type = "s"
