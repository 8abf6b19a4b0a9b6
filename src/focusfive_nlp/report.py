"""The practice-board report of a findings dataset: one self-contained HTML page, or a workbook.

HTML: plotly.js is inlined once (no CDN, opens offline); charts are a theme x year heat
map of areas for improvement, grade shares per section over the years and a team view;
tables of counts where every count links to an anchor in the same page listing the
evidence sentences it counts. Rendered with jinja2 autoescaping: report text is always
shown as text (a finding containing ``<script>`` cannot run). Excel: the same tables,
the findings and a long evidence sheet (one row per table cell x finding).
"""
from __future__ import annotations

import html
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .compare import UNKNOWN_YEAR, compare, grade_trends, keyed, new_and_gone, recurring, reports_per_year
from .dataset import FindingsDataset
from .labels import grade_label, key_label, polarity_label, section_label
from .errors import FocusFiveError
from .atomic import atomic_path

REPORT_FORMATS = (".html", ".htm", ".xlsx")


def write_report(ds: FindingsDataset, path: str | Path, *, title: str = "Audit findings: year on year") -> Path:
    """Write the report of ``ds`` to ``path`` (.html or .xlsx), atomically."""
    from .workbook import write_workbook

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise FocusFiveError(f"unknown report format {suffix or '(none)'}; use .html or .xlsx", path=target)
    with atomic_path(target) as tmp:
        if suffix == ".xlsx":
            sheets, links = report_workbook(ds)
            write_workbook(sheets, tmp, links)
        else:
            tmp.write_text(render_html(ds, title=title), encoding="utf-8")
    return target


# ---------------------------------------------------------------- tables shared by both formats


def year_columns(ds: FindingsDataset) -> list[Any]:
    """The years shown across columns: every report year, then None ("unknown year") when a finding has none."""
    years: list[Any] = list(ds.years)
    if ds.findings["report_year"].isna().any():
        years.append(None)
    return years


def year_heading(year: Any) -> str:
    return UNKNOWN_YEAR if year is None or pd.isna(year) else str(int(year))


def report_tables(ds: FindingsDataset) -> dict[str, pd.DataFrame]:
    """The workbook's sheets (see :func:`report_workbook`), without the links."""
    return report_workbook(ds)[0]


def report_workbook(ds: FindingsDataset) -> tuple[dict[str, pd.DataFrame], dict[str, dict]]:
    """The workbook: a summary, years-across sheets whose counts link to their evidence, the long
    comparison tables, findings and the evidence behind every count. Technical columns last."""
    from .workbook import place, technical_last

    evidence = evidence_sheet(ds)
    first_row: dict[tuple, int] = {}
    for i, key in enumerate(zip(evidence["table"], evidence["organisation"], evidence["key"], evidence["report_year"], evidence["polarity"])):
        first_row.setdefault(key, i)
    links: dict[str, dict] = {}
    sheets: dict[str, pd.DataFrame] = {"summary": _summary(ds)}
    for by, label, polarity, name in (
        ("theme", "theme", "improvement", "improvement by theme"),
        ("theme", "theme", "strength", "strengths by theme"),
        ("team", "team", "improvement", "improvement by team"),
        ("team", "team", "strength", "strengths by team"),
        ("audit_activity", "audit activity", "improvement", "improvement by activity"),
    ):
        frame, cells = _wide(ds, by, label, polarity)
        sheets[name] = frame
        links[name] = {cell: place("evidence", first_row[target]) for cell, target in cells.items() if target in first_row}
    sheets["themes share of reports"] = _wide_share(ds)
    sheets["grades by year"] = _wide_grades(ds)
    themes_all = compare(ds, "theme", across_sections=True)
    sheets.update({
        "themes by year": _readable(themes_all),
        "themes by section": _readable(compare(ds, "theme")),
        "teams by year": _readable(compare(ds, "team", across_sections=True)),
        "activities by year": _readable(compare(ds, "audit_activity")),
        "grade trends": technical_last(_readable(grade_trends(ds))),
        "recurring": recurring(ds),
        "new and gone": new_and_gone(ds) if ds.years else pd.DataFrame(),
        "findings": technical_last(ds.flat_tables()["findings"]),
        "evidence": technical_last(evidence.assign(report_year=evidence["report_year"].map(year_heading))),
        "documents": technical_last(ds.flat_tables()["documents"]),
        "errors": technical_last(ds.flat_tables()["errors"]),
    })
    if not any(ds.findings["organisation"].notna()):  # a single unnamed organisation: no empty column
        for name in sheets:
            if name not in ("findings", "documents") and "organisation" in sheets[name].columns:
                sheets[name] = sheets[name].drop(columns="organisation")
    return sheets, links


def _readable(frame: pd.DataFrame) -> pd.DataFrame:
    """Long tables for reading: section labels beside keys, missing years as "unknown year"."""
    out = frame.copy()
    if "section" in out.columns:
        out.insert(out.columns.get_loc("section") + 1, "section_label",
                   [("All sections" if s == "all" else section_label(s)) for s in out["section"]])
    if "report_year" in out.columns:
        out["report_year"] = out["report_year"].map(year_heading)
    return out


def _summary(ds: FindingsDataset) -> pd.DataFrame:
    orgs = sorted({o for o in ds.documents["organisation"].dropna()} | {o for o in ds.findings["organisation"].dropna()})
    no_year = int(ds.findings["report_year"].isna().sum())
    return pd.DataFrame({
        "measure": ["organisations", "reports", "findings", "report years", "findings with no report year", "errors", "figures",
                    "areas for improvement", "strengths"],
        "value": [
            ", ".join(orgs) or "(not named)", ds.n_reports, len(ds.findings), ", ".join(map(str, ds.years)), no_year, len(ds.errors),
            int(ds.findings["value"].notna().sum()), int((ds.findings["polarity"] == "improvement").sum()),
            int((ds.findings["polarity"] == "strength").sum()),
        ],
    })


def _wide(ds: FindingsDataset, by: str, label: str, polarity: str) -> tuple[pd.DataFrame, dict]:
    """Counts of ``polarity`` findings per organisation x key, one column per year; cells -> evidence keys."""
    rows = keyed(ds, by)
    rows = rows[rows["polarity"] == polarity]
    years = year_columns(ds)
    heads = [year_heading(y) for y in years]
    columns = ["organisation", label, *heads, "all years", "key"]
    if rows.empty:
        return pd.DataFrame(columns=columns), {}
    rows = rows.assign(year=[year_heading(y) for y in rows["report_year"]])
    counts = rows.groupby(["organisation", by, "year"])["finding_id"].nunique()
    totals = rows.groupby(["organisation", by])["finding_id"].nunique()
    order = sorted(totals.index, key=lambda k: (k[0], -totals[k], str(k[1])))
    out, cells = [], {}
    for i, (org, key) in enumerate(order):
        rec: dict[str, Any] = {"organisation": org, label: key_label(by, key)}
        for h in heads:
            n = int(counts.get((org, key, h), 0))
            rec[h] = n
            if n:
                cells[(i, h)] = (f"{by} comparison", org, str(key), h, polarity)
        rec["all years"] = int(totals[(org, key)])
        rec["key"] = key
        out.append(rec)
    return pd.DataFrame(out, columns=columns), cells


def _wide_share(ds: FindingsDataset) -> pd.DataFrame:
    """Share of each organisation's reports that raise a theme as an area for improvement, per year."""
    table = compare(ds, "theme", across_sections=True)
    if table.empty:
        return pd.DataFrame(columns=["organisation", "theme"])
    table = table.assign(year=table["report_year"].map(year_heading))
    wide = table.pivot_table(index=["organisation", "label"], columns="year", values="share_reports_improvement", aggfunc="first")
    wide = wide.reindex(columns=[year_heading(y) for y in year_columns(ds) if year_heading(y) in wide.columns])
    wide.columns.name = None
    return wide.reset_index().rename(columns={"label": "theme"})


def _wide_grades(ds: FindingsDataset) -> pd.DataFrame:
    """Graded figures per organisation x section x activity x teams x grade, one column per year."""
    trends = grade_trends(ds)
    keys = ["organisation", "section", "audit_activity", "teams", "grade_label"]
    if trends.empty:
        return pd.DataFrame(columns=keys)
    t = trends.assign(**{k: trends[k].astype("object").fillna("") for k in keys},
                      year=trends["report_year"].map(year_heading))
    wide = t.groupby([*keys, "year"])["value"].apply(lambda v: " / ".join(f"{x:g}%" for x in v)).unstack("year")
    wide = wide.reindex(columns=[h for h in (year_heading(y) for y in ds.years) if h in wide.columns])
    wide.columns.name = None
    wide = wide.reset_index()
    wide.insert(2, "section_label", [section_label(s) for s in wide["section"]])
    return wide.rename(columns={"grade_label": "grade"})


def evidence_sheet(ds: FindingsDataset) -> pd.DataFrame:
    """One row per (comparison cell, finding): which sentence each count in the workbook counts."""
    parts = []
    for by in ("theme", "team", "audit_activity"):
        rows = keyed(ds, by)
        if rows.empty:
            continue
        parts.append(pd.DataFrame({
            "table": f"{by} comparison", "organisation": rows["organisation"],
            "report_year": [year_heading(y) for y in rows["report_year"]], "section": rows["section"],
            "key": rows[by].astype(str), "polarity": rows["polarity"], "finding_id": rows["finding_id"],
        }))
    trends = grade_trends(ds)
    if not trends.empty:
        parts.append(pd.DataFrame({
            "table": "grade trends", "organisation": trends["organisation"].fillna(""),
            "report_year": [year_heading(y) for y in trends["report_year"]], "section": trends["section"],
            "key": [" ".join(str(x) for x in (a, t, g) if isinstance(x, str) and x)
                    for a, t, g in zip(trends["audit_activity"], trends["teams"], trends["grade_label"])],
            "polarity": None, "finding_id": trends["finding_id"],
        }))
    columns = ["table", "organisation", "report_year", "section", "key", "polarity", "text", "source", "page", "finding_id",
               "start_char", "end_char"]
    if not parts:
        return pd.DataFrame(columns=columns)
    cells = pd.concat(parts, ignore_index=True)
    info = ds.flat_tables()["findings"][["finding_id", "text", "source", "page", "start_char", "end_char", "polarity"]]
    merged = cells.merge(info, on="finding_id", how="left", suffixes=("", "_finding"))
    merged["polarity"] = merged["polarity"].fillna(merged["polarity_finding"])
    merged = merged.sort_values(["table", "organisation", "key", "report_year", "polarity", "finding_id"], kind="stable")
    return merged[columns].reset_index(drop=True)


# ---------------------------------------------------------------- HTML


class _Evidence:
    """Evidence blocks, one per distinct set of findings, in order of first use; each block
    remembers the cell that first linked it, for its way back to the table."""

    def __init__(self, ds: FindingsDataset) -> None:
        self.findings = ds.findings.set_index("finding_id", drop=False)
        self.blocks: dict[tuple[int, ...], dict[str, Any]] = {}

    def cell(self, text: Any, title: str, finding_ids: Iterable[int], cls: str = "num") -> dict[str, Any]:
        """A table cell whose count links to its evidence block."""
        key = tuple(sorted({int(i) for i in finding_ids}))
        if not key:
            return _cell(text, None, cls)
        first = key not in self.blocks
        if first:
            n = len(self.blocks) + 1
            self.blocks[key] = {"id": f"ev-{n}", "back": f"from-ev-{n}", "title": title, "items": [self._item(i) for i in key]}
        block = self.blocks[key]
        return {**_cell(text, "#" + block["id"], cls), "id": block["back"] if first else None}

    def _item(self, fid: int) -> dict[str, str]:
        f = self.findings.loc[fid]
        where = [str(f["source"])]
        if not pd.isna(f["page"]):
            where.append(f"page {int(f['page'])}")
        if not pd.isna(f["start_char"]):
            where.append(f"characters {int(f['start_char'])}-{int(f['end_char'])}")
        where.append(f"{year_heading(f['report_year'])} · {section_label(f['section'])}")
        if isinstance(f["organisation"], str) and f["organisation"]:
            where.insert(0, f["organisation"])
        return {"text": str(f["text"]), "polarity": _text(f["polarity"]), "where": ", ".join(where)}


def _text(v: Any) -> str:
    if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _cell(text: Any, href: str | None = None, cls: str = "") -> dict[str, Any]:
    return {"text": _text(text), "href": href, "cls": cls, "id": None}


def _change_cls(v: Any, bad_when_up: bool) -> str:
    if v is None or pd.isna(v) or v == 0:
        return "num"
    return "num " + ("up" if (v > 0) == bad_when_up else "down")


def _fmt_change(v: Any) -> str:
    if v is None or pd.isna(v):
        return ""
    return "0" if v == 0 else f"{v:+g}"


def _several_organisations(ds: FindingsDataset) -> bool:
    return ds.findings["organisation"].dropna().nunique() > 1


def _key_by_year_table(ds: FindingsDataset, ev: _Evidence, by: str, label: str, polarity: str, tid: str) -> dict[str, Any]:
    """Pivot: one row per (organisation,) key, one column per year (and "unknown year"), cells =
    counts of ``polarity`` findings linked to evidence; the change is against the organisation's previous year."""
    rows = keyed(ds, by)
    rows = rows[rows["polarity"] == polarity]
    years = year_columns(ds)
    several = _several_organisations(ds)
    n_reports = reports_per_year(ds)
    out_rows = []
    if not rows.empty:
        rows = rows.assign(year=[year_heading(y) for y in rows["report_year"]])
        groups = rows.groupby(["organisation", by, "year"])["finding_id"].apply(list)
        totals = rows.groupby(["organisation", by])["finding_id"].nunique()
        for org, key in sorted(totals.index, key=lambda k: (k[0], -totals[k], str(k[1]))):
            name = key_label(by, key)
            cells = ([_cell(org)] if several else []) + [_cell(name)]
            counts = []
            for y in years:
                ids = groups.get((org, key, year_heading(y)), [])
                n = len(set(ids))
                if y is not None and n_reports.get((org, y)):
                    counts.append(n)
                where = f"{org}: " if several and org else ""
                cells.append(ev.cell(n, f"{label}: {where}{name}, {year_heading(y)}, {polarity_label(polarity).lower()}", ids)
                             if n else _cell(0 if y is None or n_reports.get((org, y)) else "", None, "num"))
            change = counts[-1] - counts[-2] if len(counts) > 1 else None
            cells.append(_cell(_fmt_change(change), None, _change_cls(change, polarity == "improvement")))
            out_rows.append(cells)
    columns = (["organisation"] if several else []) + [label, *[year_heading(y) for y in years], "change vs previous year"]
    note = ("Counts of findings; a finding naming two keys counts for each. Reports differ in length and number: "
            "the heat map above is per report, and the workbook's 'themes by year' sheet has the rates.")
    if None in years:
        note += " \u201cUnknown year\u201d counts findings of reports whose year could not be read."
    return {"id": tid, "title": f"{polarity_label(polarity)} findings by {label.lower()} and year", "columns": columns,
            "rows": out_rows, "note": note}


def _grade_table(ds: FindingsDataset, ev: _Evidence) -> dict[str, Any]:
    trends = grade_trends(ds)
    years = ds.years
    several = _several_organisations(ds)
    out_rows = []
    if not trends.empty:
        keys = ["organisation", "section", "audit_activity", "teams", "grade_label"]
        trends = trends.assign(**{k: trends[k].astype("object").fillna("") for k in ("organisation", "audit_activity", "teams")})
        for (org, section, activity, teams, glabel), g in trends.groupby(keys, sort=True):
            cells = ([_cell(org)] if several else []) + [_cell(section_label(section)), _cell(activity), _cell(teams), _cell(glabel)]
            for y in years:
                rows = g[g["report_year"] == y]
                if rows.empty:
                    cells.append(_cell(""))
                else:
                    text = " / ".join(f"{v:g}%" for v in rows["value"])
                    title = f"{section_label(section)}, {activity or 'all activities'}{', ' + teams if teams else ''}, {glabel}, {y}"
                    cells.append(ev.cell(text, title, rows["finding_id"]))
            change = g.sort_values("report_year")["change_points"].iloc[-1]
            good = not str(glabel).lower().startswith(("requires", "inadequate")) and "below" not in str(glabel)
            cells.append(_cell(_fmt_change(change) + (" pts" if not pd.isna(change) else ""), None, _change_cls(change, not good)))
            out_rows.append(cells)
    return {"id": "table-grades", "title": "Graded figures by section, audit activity and year",
            "columns": (["organisation"] if several else []) + ["section", "audit activity", "teams", "grade", *[str(y) for y in years], "latest change"],
            "rows": out_rows,
            "note": ("Share of audited cases at each grade, as reported. The latest change is in points against the "
                     "previous year reported; it is left blank where a year holds two figures of different measures "
                     "(shown as a / b), as these are not comparable.")}


def _theme_ids(ds: FindingsDataset, org: str, theme: str, year: int | None = None) -> list[int]:
    rows = keyed(ds, "theme", known_years=year is not None)
    rows = rows[(rows["organisation"] == org) & (rows["theme"] == theme) & (rows["polarity"] == "improvement")]
    if year is not None:
        rows = rows[rows["report_year"] == year]
    return rows["finding_id"].tolist()


def _recurring_table(ds: FindingsDataset, ev: _Evidence) -> dict[str, Any]:
    rec = recurring(ds)
    several = _several_organisations(ds)
    out_rows = []
    for r in rec.to_dict("records"):
        ids = _theme_ids(ds, r["organisation"], r["theme"])
        out_rows.append(([_cell(r["organisation"])] if several else []) + [
            _cell(r["label"]), _cell(r["years"]),
            ev.cell(r["n_improvement"], f"Recurring: {r['label']}, all years, area for improvement", ids),
            _cell("still raised" if r["open_in_latest"] else f"last raised {r['last_year']}"),
        ])
    return {"id": "table-recurring", "title": "Areas for improvement raised in two or more years",
            "columns": (["organisation"] if several else []) + ["theme", "years", "findings", "status"], "rows": out_rows, "note": None}


def _new_gone_table(ds: FindingsDataset, ev: _Evidence) -> dict[str, Any]:
    ng = new_and_gone(ds) if ds.years else pd.DataFrame()
    several = _several_organisations(ds)
    out_rows = []
    title = "New and resolved areas for improvement"
    if not ng.empty:
        title = "Areas for improvement new in the latest year or no longer raised (against the previous year)"
        if ng["report_year"].nunique() == 1 and ng["previous_year"].nunique() == 1:
            title = (f"Areas for improvement new in {int(ng['report_year'].iloc[0])} or no longer raised "
                     f"(against {int(ng['previous_year'].iloc[0])})")
        for r in ng.to_dict("records"):
            y = r["report_year"] if r["status"] == "new" else r["previous_year"]
            ids = _theme_ids(ds, r["organisation"], r["theme"], int(y))
            n = r["n_this_year"] if r["status"] == "new" else r["n_previous_year"]
            out_rows.append(([_cell(r["organisation"])] if several else []) + [
                _cell(r["label"]), _cell("new" if r["status"] == "new" else "no longer raised"),
                ev.cell(n, f"{r['label']}, {y}, area for improvement", ids), _cell(y)])
    return {"id": "table-new-gone", "title": title,
            "columns": (["organisation"] if several else []) + ["theme", "status", "findings", "year of findings"],
            "rows": out_rows, "note": None}


GRADE_COLOURS = {"Outstanding": "#1a9850", "Outstanding or above": "#1a9850", "Good or above": "#66bd63", "Good": "#a6d96a",
                 "Adequate": "#fdae61", "Requires improvement": "#f46d43", "Requires improvement or below": "#d73027",
                 "Inadequate": "#a50026", "Good or below": "#fee08b", "Adequate or above": "#d9ef8b"}


def _safe(text: Any) -> str:
    """A label as plotly shows it: plotly reads <a>, <b>, <br> in text as markup, so report text is escaped."""
    return html.escape(_text(text), quote=False)


def _charts(ds: FindingsDataset) -> dict[str, str | None]:
    """HTML of the charts (plotly divs without plotly.js), None where there is no data."""
    import plotly.express as px
    import plotly.graph_objects as go

    years = year_columns(ds)
    config = {"displaylogo": False, "responsive": True}
    out: dict[str, str | None] = {"heatmap": None, "grades": None, "teams": None}

    table = compare(ds, "theme", across_sections=True)
    table = table[table["n_improvement"] > 0]
    if not table.empty:
        several = _several_organisations(ds)
        # with several reports in a year, the share of them raising a theme; with one a year, findings per report
        by_share = max(reports_per_year(ds).values(), default=0) > 1
        measure, unit, zmax = (("share_reports_improvement", "% of reports", 100) if by_share else
                               ("improvement_per_report", "findings per report", None))
        table = table.assign(row=[(f"{o}: {lab}" if several and o else lab) for o, lab in zip(table["organisation"], table["label"])],
                             year=table["report_year"].map(year_heading))
        heads = [year_heading(y) for y in years]
        z = table.pivot_table(index="row", columns="year", values=measure, aggfunc="first").reindex(columns=heads)
        count = table.pivot_table(index="row", columns="year", values="n_improvement", aggfunc="first").reindex(columns=heads)
        reports = table.pivot_table(index="row", columns="year", values="n_reports", aggfunc="first").reindex(columns=heads)
        order = z.fillna(0).sum(axis=1).sort_values(ascending=True).index
        z, count, reports = z.loc[order], count.loc[order], reports.loc[order]
        fmt = (lambda v: f"{v:.0f}%") if by_share else (lambda v: f"{v:g}")
        text = [["" if pd.isna(v) else fmt(v) for v in row] for row in z.to_numpy()]
        custom = [[[("0" if pd.isna(c) else str(int(c))), ("" if pd.isna(r) else str(int(r)))] for c, r in zip(crow, rrow)]
                  for crow, rrow in zip(count.to_numpy(), reports.to_numpy())]
        fig = go.Figure(go.Heatmap(
            z=z.to_numpy(), x=heads, y=[_safe(t) for t in z.index], colorscale="Reds", zmin=0, zmax=zmax,
            text=text, texttemplate="%{text}", customdata=custom,
            hovertemplate=("%{y}, %{x}: %{text} " + unit + " (%{customdata[0]} improvement finding(s), %{customdata[1]} report(s))"
                           "<extra></extra>"),
            colorbar={"title": unit},
        ))
        what = ("share of each year's reports that raise the theme (%)" if by_share else
                "improvement findings per report (one report a year: counts are per report)")
        fig.update_layout(title=f"Areas for improvement: {what}",
                          height=max(320, 28 * len(z) + 140), xaxis={"type": "category", "title": "report year"},
                          margin={"l": 220})
        out["heatmap"] = fig.to_html(full_html=False, include_plotlyjs=False, config=config, div_id="chart-heatmap")

    trends = grade_trends(ds)
    trends = trends[trends["n_figures"] == 1]  # a year with two different measures is in the table only
    if not trends.empty:
        several = _several_organisations(ds)
        t = trends.assign(
            series=[_safe(" · ".join(x for x in (o if several else "", a, tm, g) if isinstance(x, str) and x))
                    for o, a, tm, g in zip(trends["organisation"], trends["audit_activity"], trends["teams"], trends["grade_label"])],
            grade=[_safe(g) for g in trends["grade_label"]],
            detail=[_safe(", ".join(x for x in (o if several else "", a, tm) if isinstance(x, str) and x) or "all activities")
                    for o, a, tm in zip(trends["organisation"], trends["audit_activity"], trends["teams"])],
            year=trends["report_year"].astype(int).astype(str), value=trends["value"].astype(float),
            section=[_safe(section_label(s)) for s in trends["section"]],
        ).sort_values(["section", "series", "year"])
        grades_present = list(dict.fromkeys(t["grade"]))
        fig = px.line(t, x="year", y="value", color="grade", line_group="series", facet_col="section", facet_col_wrap=3,
                      markers=True, hover_name="series", hover_data={"detail": True, "grade": False, "section": False},
                      color_discrete_map={g: GRADE_COLOURS.get(g, "#777777") for g in grades_present},
                      category_orders={"year": [str(y) for y in ds.years]},
                      labels={"value": "% of cases", "year": "report year", "grade": "grade", "detail": "audit activity, teams"})
        fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
        seen: set[str] = set()
        for trace in fig.data:  # one legend entry per grade, however many activities draw lines of it
            trace.showlegend = trace.legendgroup not in seen
            seen.add(trace.legendgroup)
        n_rows = (t["section"].nunique() + 2) // 3
        fig.update_layout(title="Grade shares per section over the years (one panel per section; one line per audit activity)",
                          height=300 * n_rows + 160, legend={"orientation": "h", "y": -0.12, "title": "grade"})
        fig.update_yaxes(range=[0, 100])
        out["grades"] = fig.to_html(full_html=False, include_plotlyjs=False, config=config, div_id="chart-grades")

    teams = keyed(ds, "team")
    teams = teams[teams["polarity"].isin(["strength", "improvement"])]
    if not teams.empty:
        counts = teams.groupby(["team", "report_year", "polarity"], dropna=False)["finding_id"].nunique().reset_index(name="findings")
        counts["year"] = counts["report_year"].map(year_heading)
        counts["team"] = counts["team"].map(_safe)
        counts["polarity"] = counts["polarity"].map(lambda p: polarity_label(p))
        fig = px.bar(counts, x="team", y="findings", color="year", facet_row="polarity", barmode="group",
                     category_orders={"year": [year_heading(y) for y in years],
                                      "polarity": [polarity_label("improvement"), polarity_label("strength")]})
        fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
        fig.update_layout(title="Team view: findings naming each team, per year", height=560)
        out["teams"] = fig.to_html(full_html=False, include_plotlyjs=False, config=config, div_id="chart-teams")
    return out


def render_html(ds: FindingsDataset, *, title: str = "Audit findings: year on year") -> str:
    """The report as one self-contained HTML string."""
    import jinja2
    from plotly.offline import get_plotlyjs

    from . import __version__

    ev = _Evidence(ds)
    charts = _charts(ds)
    sections = [
        {"id": "themes", "title": "Themes", "note": "Areas for improvement and strengths by theme, all sections together.",
         "charts": [{"id": "heatmap", "html": charts["heatmap"]}],
         "tables": [_key_by_year_table(ds, ev, "theme", "Theme", "improvement", "table-themes-improvement"),
                    _recurring_table(ds, ev), _new_gone_table(ds, ev),
                    _key_by_year_table(ds, ev, "theme", "Theme", "strength", "table-themes-strength")]},
        {"id": "grades", "title": "Grades", "note": None,
         "charts": [{"id": "grades-chart", "html": charts["grades"]}], "tables": [_grade_table(ds, ev)]},
        {"id": "teams", "title": "Teams", "note": None,
         "charts": [{"id": "teams-chart", "html": charts["teams"]}],
         "tables": [_key_by_year_table(ds, ev, "team", "Team", "improvement", "table-teams-improvement"),
                    _key_by_year_table(ds, ev, "team", "Team", "strength", "table-teams-strength")]},
        {"id": "activities", "title": "Audit activities", "note": None, "charts": [],
         "tables": [_key_by_year_table(ds, ev, "audit_activity", "Audit activity", "improvement", "table-activities-improvement"),
                    _key_by_year_table(ds, ev, "audit_activity", "Audit activity", "strength", "table-activities-strength")]},
    ]
    docs = ds.documents[["organisation", "doc_id", "source", "format", "pages", "report_year", "n_findings", "status"]]
    if not ds.documents["organisation"].notna().any():
        docs = docs.drop(columns="organisation")
    errs = ds.errors[["source", "error", "message"]]
    orgs = sorted(ds.findings["organisation"].dropna().unique())
    stats = ([("organisations", len(orgs))] if len(orgs) > 1 else []) + [("reports", ds.n_reports), ("findings", len(ds.findings)),
             ("report years", f"{ds.years[0]}–{ds.years[-1]}" if ds.years else "none"),
             ("areas for improvement", int((ds.findings["polarity"] == "improvement").sum())),
             ("strengths", int((ds.findings["polarity"] == "strength").sum())), ("files with errors", len(ds.errors))]
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(resources.files("focusfive_nlp").joinpath("templates/report.html.j2").read_text(encoding="utf-8"))
    return template.render(
        title=title, generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), version=__version__,
        plotly_js=get_plotlyjs(), stats=stats, sections=sections, evidence=list(ev.blocks.values()),
        documents={"columns": list(docs.columns), "rows": [[_text(v) for v in row] for row in docs.itertuples(index=False)]},
        errors={"columns": list(errs.columns), "rows": [[_text(v) for v in row] for row in errs.itertuples(index=False)]},
    )


__all__ = ["write_report", "render_html", "report_tables", "evidence_sheet", "REPORT_FORMATS", "grade_label"]
