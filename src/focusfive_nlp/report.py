"""The practice-board report of a findings dataset: one self-contained HTML page, or a workbook.

HTML: plotly.js is inlined once (no CDN, opens offline); charts are a theme x year heat
map of areas for improvement, grade shares per section over the years and a team view;
tables of counts where every count links to an anchor in the same page listing the
evidence sentences it counts. Rendered with jinja2 autoescaping: report text is always
shown as text (a finding containing ``<script>`` cannot run). Excel: the same tables,
the findings and a long evidence sheet (one row per table cell x finding).
"""
from __future__ import annotations

from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .compare import compare, grade_label, grade_trends, keyed, new_and_gone, recurring
from .dataset import FindingsDataset, write_excel_sheets
from .errors import FocusFiveError
from .atomic import atomic_path

REPORT_FORMATS = (".html", ".htm", ".xlsx")


def write_report(ds: FindingsDataset, path: str | Path, *, title: str = "Audit findings: year on year") -> Path:
    """Write the report of ``ds`` to ``path`` (.html or .xlsx), atomically."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise FocusFiveError(f"unknown report format {suffix or '(none)'}; use .html or .xlsx", path=target)
    with atomic_path(target) as tmp:
        if suffix == ".xlsx":
            write_excel_sheets(report_tables(ds), tmp)
        else:
            tmp.write_text(render_html(ds, title=title), encoding="utf-8")
    return target


# ---------------------------------------------------------------- tables shared by both formats


def report_tables(ds: FindingsDataset) -> dict[str, pd.DataFrame]:
    """The workbook: summary tables, findings and the evidence behind every count."""
    themes_all = compare(ds, "theme", across_sections=True)
    summary = pd.DataFrame({
        "measure": ["reports", "findings", "report years", "errors", "figures", "areas for improvement", "strengths"],
        "value": [
            ds.n_reports, len(ds.findings), ", ".join(map(str, ds.years)), len(ds.errors),
            int(ds.findings["value"].notna().sum()), int((ds.findings["polarity"] == "improvement").sum()),
            int((ds.findings["polarity"] == "strength").sum()),
        ],
    })
    latest = new_and_gone(ds) if ds.years else pd.DataFrame()
    tables = {
        "summary": summary,
        "themes by year": themes_all,
        "themes by section": compare(ds, "theme"),
        "teams by year": compare(ds, "team", across_sections=True),
        "activities by year": compare(ds, "audit_activity"),
        "grade trends": grade_trends(ds),
        "recurring": recurring(ds),
        "new and gone": latest,
        "findings": ds.flat_tables()["findings"],
        "evidence": evidence_sheet(ds),
        "documents": ds.flat_tables()["documents"],
        "errors": ds.flat_tables()["errors"],
    }
    return tables


def evidence_sheet(ds: FindingsDataset) -> pd.DataFrame:
    """One row per (comparison cell, finding): which sentence each count in the workbook counts."""
    parts = []
    for by in ("theme", "team", "audit_activity"):
        rows = keyed(ds, by)
        if rows.empty:
            continue
        parts.append(pd.DataFrame({
            "table": f"{by} comparison", "report_year": rows["report_year"], "section": rows["section"],
            "key": rows[by], "polarity": rows["polarity"], "finding_id": rows["finding_id"],
        }))
    trends = grade_trends(ds)
    if not trends.empty:
        parts.append(pd.DataFrame({
            "table": "grade trends", "report_year": trends["report_year"], "section": trends["section"],
            "key": [" ".join(str(x) for x in (a, t, g) if isinstance(x, str) and x)
                    for a, t, g in zip(trends["audit_activity"], trends["teams"], trends["grade_label"])],
            "polarity": None, "finding_id": trends["finding_id"],
        }))
    columns = ["table", "report_year", "section", "key", "polarity", "finding_id", "text", "source", "page", "start_char", "end_char"]
    if not parts:
        return pd.DataFrame(columns=columns)
    cells = pd.concat(parts, ignore_index=True)
    info = ds.flat_tables()["findings"][["finding_id", "text", "source", "page", "start_char", "end_char", "polarity"]]
    merged = cells.merge(info, on="finding_id", how="left", suffixes=("", "_finding"))
    merged["polarity"] = merged["polarity"].fillna(merged["polarity_finding"])
    return merged[columns]


# ---------------------------------------------------------------- HTML


class _Evidence:
    """Anchors of evidence blocks: one per distinct set of findings, in order of first use."""

    def __init__(self, ds: FindingsDataset) -> None:
        self.findings = ds.findings.set_index("finding_id", drop=False)
        self.blocks: dict[tuple[int, ...], dict[str, Any]] = {}

    def link(self, title: str, finding_ids: Iterable[int]) -> str | None:
        key = tuple(sorted({int(i) for i in finding_ids}))
        if not key:
            return None
        if key not in self.blocks:
            self.blocks[key] = {"id": f"ev-{len(self.blocks) + 1}", "title": title, "items": [self._item(i) for i in key]}
        return "#" + self.blocks[key]["id"]

    def _item(self, fid: int) -> dict[str, str]:
        f = self.findings.loc[fid]
        where = [str(f["source"])]
        if not pd.isna(f["page"]):
            where.append(f"page {int(f['page'])}")
        if not pd.isna(f["start_char"]):
            where.append(f"characters {int(f['start_char'])}-{int(f['end_char'])}")
        where.append(f"{_text(f['report_year'])} · {_text(f['section'])}")
        return {"text": str(f["text"]), "polarity": _text(f["polarity"]), "where": ", ".join(where)}


def _text(v: Any) -> str:
    if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _cell(text: Any, href: str | None = None, cls: str = "") -> dict[str, Any]:
    return {"text": _text(text), "href": href, "cls": cls}


def _change_cls(v: Any, bad_when_up: bool) -> str:
    if v is None or pd.isna(v) or v == 0:
        return "num"
    return "num " + ("up" if (v > 0) == bad_when_up else "down")


def _fmt_change(v: Any) -> str:
    if v is None or pd.isna(v):
        return ""
    return "0" if v == 0 else f"{v:+g}"


def _key_by_year_table(ds: FindingsDataset, ev: _Evidence, by: str, label: str, polarity: str, tid: str) -> dict[str, Any]:
    """Pivot: one row per key, one column per year, cells = counts of ``polarity`` findings linked to evidence."""
    rows = keyed(ds, by)
    rows = rows[rows["polarity"] == polarity]
    years = ds.years
    out_rows = []
    if not rows.empty:
        groups = rows.groupby([by, "report_year"])["finding_id"].apply(list)
        totals = rows.groupby(by)["finding_id"].nunique().sort_values(ascending=False)
        for key in sorted(totals.index, key=lambda k: (-totals[k], str(k))):
            cells = [_cell(key)]
            counts = []
            for y in years:
                ids = groups.get((key, y), [])
                n = len(set(ids))
                counts.append(n)
                cells.append(_cell(n, ev.link(f"{label}: {key}, {y}, {polarity}", ids) if n else None, "num"))
            change = counts[-1] - counts[-2] if len(counts) > 1 else None
            cells.append(_cell(_fmt_change(change), None, _change_cls(change, polarity == "improvement")))
            out_rows.append(cells)
    columns = [label, *[str(y) for y in years], "change vs previous year"]
    return {"id": tid, "title": f"{polarity.capitalize()} findings by {label.lower()} and year", "columns": columns,
            "rows": out_rows, "note": "Counts of findings; a finding naming two keys counts for each."}


def _grade_table(ds: FindingsDataset, ev: _Evidence) -> dict[str, Any]:
    trends = grade_trends(ds)
    years = ds.years
    out_rows = []
    if not trends.empty:
        keys = ["section", "audit_activity", "teams", "grade_label"]
        trends = trends.assign(audit_activity=trends["audit_activity"].fillna(""), teams=trends["teams"].fillna(""))
        for (section, activity, teams, glabel), g in trends.groupby(keys, sort=True):
            cells = [_cell(section), _cell(activity), _cell(teams), _cell(glabel)]
            for y in years:
                rows = g[g["report_year"] == y]
                if rows.empty:
                    cells.append(_cell(""))
                else:
                    text = " / ".join(f"{v:g}%" for v in rows["value"])
                    title = f"{section}, {activity or 'all activities'}{', ' + teams if teams else ''}, {glabel}, {y}"
                    cells.append(_cell(text, ev.link(title, rows["finding_id"]), "num"))
            change = g.sort_values("report_year")["change_points"].iloc[-1]
            good = not str(glabel).startswith(("requires", "inadequate")) and "below" not in str(glabel)
            cells.append(_cell(_fmt_change(change) + (" pts" if not pd.isna(change) else ""), None, _change_cls(change, not good)))
            out_rows.append(cells)
    return {"id": "table-grades", "title": "Graded figures by section, audit activity and year",
            "columns": ["section", "audit activity", "teams", "grade", *[str(y) for y in years], "latest change"],
            "rows": out_rows,
            "note": ("Share of audited cases at each grade, as reported. The latest change is in points against the "
                     "previous year reported; it is left blank where a year holds two figures of different measures "
                     "(shown as a / b), as these are not comparable.")}


def _recurring_table(ds: FindingsDataset, ev: _Evidence) -> dict[str, Any]:
    rec = recurring(ds)
    out_rows = []
    for r in rec.to_dict("records"):
        ids = ds.query(theme=r["theme"], polarity="improvement")["finding_id"]
        out_rows.append([
            _cell(r["theme"]), _cell(r["years"]),
            _cell(r["n_improvement"], ev.link(f"Recurring: {r['theme']}, all years, improvement", ids), "num"),
            _cell("still raised" if r["open_in_latest"] else f"last raised {r['last_year']}"),
        ])
    return {"id": "table-recurring", "title": "Areas for improvement raised in two or more years",
            "columns": ["theme", "years", "findings", "status"], "rows": out_rows, "note": None}


def _new_gone_table(ds: FindingsDataset, ev: _Evidence) -> dict[str, Any]:
    ng = new_and_gone(ds) if ds.years else pd.DataFrame()
    out_rows = []
    title = "New and resolved areas for improvement"
    if not ng.empty:
        year, prev = int(ng["report_year"].iloc[0]), int(ng["previous_year"].iloc[0])
        title = f"Areas for improvement new in {year} or no longer raised (against {prev})"
        for r in ng.to_dict("records"):
            y = year if r["status"] == "new" else prev
            ids = ds.query(theme=r["theme"], polarity="improvement", year=y)["finding_id"]
            n = r["n_this_year"] if r["status"] == "new" else r["n_previous_year"]
            out_rows.append([_cell(r["theme"]), _cell("new" if r["status"] == "new" else "no longer raised"),
                             _cell(n, ev.link(f"{r['theme']}, {y}, improvement", ids), "num"), _cell(y)])
    return {"id": "table-new-gone", "title": title, "columns": ["theme", "status", "findings", "year of findings"],
            "rows": out_rows, "note": None}


def _charts(ds: FindingsDataset) -> dict[str, str | None]:
    """HTML of the three charts (plotly divs without plotly.js), None where there is no data."""
    import plotly.express as px
    import plotly.graph_objects as go

    years = ds.years
    config = {"displaylogo": False, "responsive": True}
    out: dict[str, str | None] = {"heatmap": None, "grades": None, "teams": None}

    rows = keyed(ds, "theme")
    rows = rows[rows["polarity"] == "improvement"]
    if not rows.empty:
        pivot = rows.groupby(["theme", "report_year"])["finding_id"].nunique().unstack(fill_value=0).reindex(columns=years, fill_value=0)
        pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=True).index]
        fig = go.Figure(go.Heatmap(
            z=pivot.to_numpy(), x=[str(y) for y in years], y=[str(t) for t in pivot.index], colorscale="Reds",
            texttemplate="%{z}", hovertemplate="%{y}, %{x}: %{z} improvement finding(s)<extra></extra>",
            colorbar={"title": "findings"},
        ))
        fig.update_layout(title="Areas for improvement: theme x year", height=max(320, 28 * len(pivot) + 140),
                          xaxis={"type": "category", "title": "report year"}, margin={"l": 170})
        out["heatmap"] = fig.to_html(full_html=False, include_plotlyjs=False, config=config, div_id="chart-heatmap")

    trends = grade_trends(ds)
    trends = trends[trends["n_figures"] == 1]  # a year with two different measures is in the table only
    if not trends.empty:
        t = trends.assign(
            series=[f"{g} ({', '.join(x for x in (a, t) if isinstance(x, str) and x)})" if (isinstance(a, str) and a) or (isinstance(t, str) and t)
                    else str(g) for g, a, t in zip(trends["grade_label"], trends["audit_activity"], trends["teams"])],
            year=trends["report_year"].astype(int).astype(str), value=trends["value"].astype(float),
            section=trends["section"].astype(str),
        ).sort_values(["section", "series", "year"])
        fig = px.line(t, x="year", y="value", color="series", facet_col="section", facet_col_wrap=3, markers=True,
                      category_orders={"year": [str(y) for y in years]},
                      labels={"value": "% of cases", "year": "report year", "series": "grade (audit activity)"})
        fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
        n_rows = (t["section"].nunique() + 2) // 3
        fig.update_layout(title="Grade shares per section over the years", height=320 * n_rows + 160,
                          legend={"orientation": "h", "y": -0.12})
        fig.update_yaxes(range=[0, 100])
        out["grades"] = fig.to_html(full_html=False, include_plotlyjs=False, config=config, div_id="chart-grades")

    teams = keyed(ds, "team")
    teams = teams[teams["polarity"].isin(["strength", "improvement"])]
    if not teams.empty:
        counts = teams.groupby(["team", "report_year", "polarity"])["finding_id"].nunique().reset_index(name="findings")
        counts["year"] = counts["report_year"].astype(str)
        fig = px.bar(counts, x="team", y="findings", color="year", facet_row="polarity", barmode="group",
                     category_orders={"year": [str(y) for y in years], "polarity": ["improvement", "strength"]})
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
    docs = ds.documents[["doc_id", "source", "format", "pages", "report_year", "n_findings", "status"]]
    errs = ds.errors[["source", "error", "message"]]
    stats = [("reports", ds.n_reports), ("findings", len(ds.findings)),
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
