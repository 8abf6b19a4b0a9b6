"""Workbooks a manager can use: bold, frozen, filtered headers, sensible widths, links.

Every cell is written through :func:`write_cell`, the one place a value becomes a cell:
control characters cleaned, and formula-like text kept as text (sheets.py).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from .sheets import ILLEGAL_XLSX, text_not_formula
TECHNICAL_COLUMNS = ("finding_id", "rule", "start_char", "end_char", "sha256", "options", "processed_at", "seconds",
                     "cached", "warnings", "permanent")
"""Columns for tracing rather than reading: moved to the right of every sheet."""
MAX_WIDTH = 60
MAX_ROWS = 1_048_575
"""Rows a sheet holds below its header (Excel's limit is 1,048,576 rows)."""
Link = str  # "#'sheet'!A12": a place in the workbook


def technical_last(frame: pd.DataFrame) -> pd.DataFrame:
    """The same columns with the technical ones (ids, offsets, hashes, options, rule) at the end."""
    tech = [c for c in TECHNICAL_COLUMNS if c in frame.columns]
    return frame[[c for c in frame.columns if c not in tech] + tech]


def cell_value(value: Any) -> Any:
    """A frame value as a cell value: missing -> empty, lists joined, control characters removed."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(map(str, value))
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # None, NaN, NA, NaT
        return None
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
    if isinstance(value, str):
        return ILLEGAL_XLSX.sub(" ", value)
    return value


def write_cell(ws, row: int, col: int, value: Any, *, link: Link | None = None):
    """Write one cell (1-based row and column); the single path of every value into a workbook."""
    cell = ws.cell(row=row, column=col)
    cell.value = cell_value(value)
    text_not_formula(cell)
    if link is not None and cell.value is not None:
        from openpyxl.worksheet.hyperlink import Hyperlink

        if link.startswith("#"):  # a place in this workbook
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=link[1:], display=str(cell.value))
        else:
            cell.hyperlink = link
        cell.style = "Hyperlink"
    return cell


def write_workbook(sheets: Mapping[str, pd.DataFrame], path: str | Path,
                   links: Mapping[str, Mapping[tuple[int, str], Link]] | None = None) -> None:
    """Write frames as sheets (names cut to Excel's 31 characters) with a bold, frozen, filtered
    header row and widths fitted to the content. ``links[sheet][(row, column)]`` makes that
    cell (0-based frame row, column name) a hyperlink to a place in the workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7EE")
    for name, frame in sheets.items():
        ws = wb.create_sheet(title=sheet_name(name))
        columns = [str(c) for c in frame.columns]
        sheet_links = (links or {}).get(name, {})
        widths = [len(c) for c in columns]
        for j, col in enumerate(columns, 1):
            cell = write_cell(ws, 1, j, col)
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for i, row in enumerate(frame.itertuples(index=False)):
            for j, value in enumerate(row, 1):
                cell = write_cell(ws, i + 2, j, value, link=sheet_links.get((i, columns[j - 1])))
                if cell.value is not None:
                    widths[j - 1] = max(widths[j - 1], min(len(str(cell.value)), MAX_WIDTH))
        for j, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = max(8, min(width + 2, MAX_WIDTH))
        if columns:
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(frame) + 1)}"
    if not wb.worksheets:
        wb.create_sheet("empty")
    wb.save(path)


def sheet_name(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", name)[:31]


def place(sheet: str, row: int, column: int = 1) -> Link:
    """Link to a cell of a sheet written by :func:`write_workbook` (0-based frame row; the header is row 1)."""
    from openpyxl.utils import get_column_letter

    return f"#'{sheet_name(sheet)}'!{get_column_letter(column)}{row + 2}"
