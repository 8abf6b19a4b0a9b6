"""Ruled tables from ruling-line segments and words: pdfplumber's table algorithm
("lines" strategy: merge edges, intersections, cells, tables) on any engine's geometry.

The pdfium reader feeds it pdfium's path segments; the pdfplumber reader feeds it
pdfminer's lines and curves on pages it reads turned (``/Rotate`` or sideways text),
where pdfplumber's own table finder would work in the shown page's frame. Points are on
the upright page model (top-down); cell texts come from the page model's words.
"""
from __future__ import annotations

from typing import Any

from .model import TableArea, Word

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
X_TOLERANCE = 3.0  # pdfplumber's defaults for words and lines
Y_TOLERANCE = 3.0
MIN_RULES_FOR_TABLE = 4  # fewer ruling lines or boxes than this cannot draw a table


def add_edge(p0: tuple[float, float], p1: tuple[float, float], out: list[dict[str, Any]]) -> None:
    """Append the segment ``p0``-``p1`` (x, top) as a pdfplumber edge if it is horizontal or vertical."""
    (x0, t0), (x1, t1) = p0, p1
    if abs(x0 - x1) < 0.01:
        orient = "v"
    elif abs(t0 - t1) < 0.01:
        orient = "h"
    else:
        return
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(t0, t1), max(t0, t1)
    out.append({"object_type": "line", "x0": left, "x1": right, "top": top, "bottom": bottom, "doctop": top,
                "width": right - left, "height": bottom - top, "orientation": orient})


def find_tables(edges: list[dict[str, Any]], words: list[Word]) -> list[TableArea]:
    """Ruled tables with pdfplumber's algorithm ("lines" strategy) and their cell texts from ``words``."""
    from pdfplumber import utils
    from pdfplumber.table import Table, TableSettings, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    s = TableSettings.resolve(TABLE_SETTINGS)
    edges = utils.filter_edges(edges, min_length=s.edge_min_length_prefilter)
    edges = merge_edges(edges, snap_x_tolerance=s.snap_x_tolerance, snap_y_tolerance=s.snap_y_tolerance,
                        join_x_tolerance=s.join_x_tolerance, join_y_tolerance=s.join_y_tolerance)
    edges = utils.filter_edges(edges, min_length=s.edge_min_length)
    cells = intersections_to_cells(edges_to_intersections(edges, s.intersection_x_tolerance, s.intersection_y_tolerance))
    out = []
    for group in cells_to_tables(cells):
        table = Table(None, group)  # type: ignore[arg-type]  # rows need no page
        x0, top, x1, bottom = table.bbox
        inside = [w for w in words if _inside(w, (x0, top, x1 + 0.01, bottom + 0.01))]
        rows = tuple(tuple("" if c is None else cell_text(c, inside) for c in row.cells) for row in table.rows)
        out.append(TableArea(rows=rows, x0=x0, x1=x1, top=top, bottom=bottom))
    return out


def _inside(w: Word, box: tuple[float, float, float, float]) -> bool:
    h, v = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return box[0] <= h < box[2] and box[1] <= v < box[3]


def cell_text(box: tuple[float, float, float, float], words: list[Word]) -> str:
    """Words whose centre is in the cell, line by line (as pdfplumber's cell text)."""
    lines: list[list[Word]] = []
    for w in sorted((w for w in words if _inside(w, box)), key=lambda w: w.top):
        if lines and w.top - lines[-1][0].top <= Y_TOLERANCE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines)


def outside_tables(words: list[Word], tables: list[TableArea]) -> list[Word]:
    """The words that are not in any of the tables (table words are the tables' cell text)."""
    if not tables:
        return words
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in tables]
    return [w for w in words if not any(b[0] <= (w.x0 + w.x1) / 2 <= b[2] and b[1] <= (w.top + w.bottom) / 2 <= b[3] for b in boxes)]
