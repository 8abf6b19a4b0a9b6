"""Year-on-year comparison of a findings dataset: what recurs, what is new, what is resolved.

Every comparison is per organisation (``organisation``: whose report it is), so one
council's year is never another's previous year. Counts are numbers of findings, shown
beside rates that a long report does not inflate: findings per report and the share of
the year's reports that raise a key. A finding with two themes counts once for each
theme; a finding with no theme (team, audit activity) is not in that comparison.
"Previous year" is the organisation's previous report year *present in the dataset*
(2019 -> 2021 when there is no 2020), so a gap in the archive is not read as a year with
no findings. Findings of a report with no year keep a row of their own (missing
``report_year``, shown as "unknown year"). Shares are percentages (0-100, one decimal);
changes of shares are in points.
"""
from __future__ import annotations

from typing import Any, Literal

import pandas as pd

from .dataset import FindingsDataset
from .labels import grade_label

By = Literal["theme", "team", "audit_activity"]
BY_CHOICES: tuple[str, ...] = ("theme", "team", "audit_activity")
ALL_SECTIONS = "all"


UNKNOWN_YEAR = "unknown year"
"""How a missing report year is shown: findings of a report with no year are counted, not dropped."""
REPORT_STATUSES = ("ok", "kept", "missing", "annotated")


def _check_by(by: str) -> None:
    if by not in BY_CHOICES:
        raise ValueError(f"unknown comparison key {by!r}; use one of {', '.join(BY_CHOICES)}")


def _organisations(series: pd.Series) -> pd.Series:
    return series.astype("object").where(series.notna(), "").astype(str)


def keyed(ds: FindingsDataset, by: str, section: Any = None, *, known_years: bool = False) -> pd.DataFrame:
    """One row per finding x key: finding_id, doc_id, organisation, report_year, section, polarity, ``by``.

    ``report_year`` is nullable (a report with no year); ``known_years=True`` drops those rows.
    Audit activities are their series names (:func:`~focusfive_nlp.labels.canonical_activities`).
    """
    from .labels import canonical_activities

    _check_by(by)
    if by == "theme":
        df = ds.themes_long
    elif by == "team":
        df = ds.teams_long
    else:
        df = ds.findings[["finding_id", "doc_id", "organisation", "report_year", "section", "polarity", "audit_activity"]]
        df = df[df["audit_activity"].notna()]
    if section is not None:
        sections = section if isinstance(section, (list, tuple, set)) else [section]
        df = df[df["section"].astype("object").isin(list(sections))]
    if known_years:
        df = df[df["report_year"].notna()]
    keys = df[by].astype("object")
    if by == "audit_activity":
        keys = pd.Series(canonical_activities(list(keys)), index=df.index, dtype="object")
    return pd.DataFrame({
        "finding_id": df["finding_id"].to_numpy(),
        "doc_id": df["doc_id"].astype("object").to_numpy(),
        "organisation": _organisations(df["organisation"]).to_numpy(),
        "report_year": pd.array(df["report_year"], dtype="Int64"),
        "section": df["section"].astype("object").to_numpy(),
        "polarity": df["polarity"].astype("object").to_numpy(),
        by: keys.to_numpy(),
    })


def organisation_years(ds: FindingsDataset) -> dict[str, list[int]]:
    """Report years present per organisation ("" for reports of no named organisation), ascending."""
    f = ds.findings
    d = ds.documents[ds.documents["status"].isin(REPORT_STATUSES)]
    pairs = pd.concat([
        pd.DataFrame({"o": _organisations(f["organisation"]), "y": f["report_year"].astype("Int64")}),
        pd.DataFrame({"o": _organisations(d["organisation"]), "y": d["report_year"].astype("Int64")}),
    ]).dropna(subset=["y"])
    return {o: sorted({int(y) for y in g["y"]}) for o, g in pairs.groupby("o")}


def reports_per_year(ds: FindingsDataset) -> dict[tuple[str, Any], int]:
    """Number of reports per (organisation, report year); a year of None counts reports with no year."""
    d = ds.documents[ds.documents["status"].isin(REPORT_STATUSES)]
    if d.empty:  # findings without a documents table (a findings export): one report per doc_id
        d = ds.findings.drop_duplicates("doc_id")
    out: dict[tuple[str, Any], int] = {}
    for o, y in zip(_organisations(d["organisation"]), d["report_year"].astype("Int64")):
        key = (o, None if pd.isna(y) else int(y))
        out[key] = out.get(key, 0) + 1
    return out


def previous_years(ds: FindingsDataset) -> dict[tuple[str, int], int | None]:
    """(organisation, year) -> the same organisation's previous report year present, or None."""
    out: dict[tuple[str, int], int | None] = {}
    for org, years in organisation_years(ds).items():
        for i, y in enumerate(years):
            out[(org, y)] = years[i - 1] if i else None
    return out


def compare(ds: FindingsDataset, by: By = "theme", section: Any = None, *, across_sections: bool = False) -> pd.DataFrame:
    """Counts per organisation x year x section x key, with rates and the change against the previous year.

    Columns: ``organisation`` (empty when not known), ``report_year`` (missing for reports
    with no year: their own row, never a previous year), ``section`` (``"all"`` when
    ``across_sections``), ``by``, ``label`` (readable name), ``n_reports`` (reports of that
    organisation and year), ``n_strength``, ``n_improvement``, ``n_neutral``,
    ``share_improvement`` (improvement findings as a % of strength + improvement),
    ``improvement_per_report`` (improvement findings per report),
    ``reports_raising_improvement`` and ``share_reports_improvement`` (reports with an
    improvement finding of the key, and as a % of ``n_reports``), ``previous_year`` (the
    same organisation's previous report year), ``previous_improvement``,
    ``change_improvement`` (count difference) and ``change_share`` (points).
    A key seen in the previous year but not this one gets a row of zeros, so what went away
    shows as a fall. ``section`` filters to one section or a list.
    """
    from .labels import key_label

    rows = keyed(ds, by, section)
    if across_sections:
        rows["section"] = ALL_SECTIONS
    columns = ["organisation", "report_year", "section", by, "label", "n_reports", "n_strength", "n_improvement", "n_neutral",
               "share_improvement", "improvement_per_report", "reports_raising_improvement", "share_reports_improvement",
               "previous_year", "previous_improvement", "change_improvement", "change_share"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows["year_key"] = rows["report_year"].astype("object").where(rows["report_year"].notna(), None)
    group = ["organisation", "year_key", "section", by]
    counts = (rows.groupby([*group, "polarity"], dropna=False)["finding_id"].nunique()
              .unstack("polarity", fill_value=0).reindex(columns=["strength", "improvement", "neutral"], fill_value=0))
    raising = rows[rows["polarity"] == "improvement"].groupby(group, dropna=False)["doc_id"].nunique()
    counts["raising"] = raising.reindex(counts.index, fill_value=0)
    counts.columns = ["n_strength", "n_improvement", "n_neutral", "reports_raising_improvement"]
    prev_of = previous_years(ds)
    present = set(counts.index)
    nxt_of = {(o, p): y for (o, y), p in prev_of.items() if p is not None}
    extra = [(o, nxt_of[(o, y)], sec, key) for (o, y, sec, key) in present
             if y is not None and (o, y) in nxt_of and (o, nxt_of[(o, y)], sec, key) not in present]
    if extra:
        zeros = pd.DataFrame(0, index=pd.MultiIndex.from_tuples(extra, names=counts.index.names), columns=counts.columns)
        counts = pd.concat([counts, zeros])
    counts = counts.reset_index()
    counts["year_key"] = pd.Series([None if pd.isna(y) else int(y) for y in counts["year_key"]], index=counts.index, dtype=object)
    counts["_order"] = [10**6 if y is None else y for y in counts["year_key"]]
    counts = counts.sort_values(["organisation", "_order", "section", by], key=lambda s: s.astype(str) if s.name != "_order" else s)
    counts = counts.reset_index(drop=True)
    for col in ("n_strength", "n_improvement", "n_neutral", "reports_raising_improvement"):
        counts[col] = counts[col].astype("int64")
    n_rep = reports_per_year(ds)
    counts["n_reports"] = [max(n_rep.get((o, y), 0), r) for o, y, r in
                           zip(counts["organisation"], counts["year_key"], counts["reports_raising_improvement"])]
    counts["n_reports"] = counts["n_reports"].astype("int64")
    judged = counts["n_strength"] + counts["n_improvement"]
    counts["share_improvement"] = (100 * counts["n_improvement"] / judged.where(judged > 0)).round(1).astype("Float64")
    reports = counts["n_reports"].where(counts["n_reports"] > 0)
    counts["improvement_per_report"] = (counts["n_improvement"] / reports).round(2).astype("Float64")
    counts["share_reports_improvement"] = (100 * counts["reports_raising_improvement"] / reports).round(1).astype("Float64")
    counts["previous_year"] = pd.array([None if y is None else prev_of.get((o, y)) for o, y in zip(counts["organisation"], counts["year_key"])],
                                       dtype="Int64")
    lookup = {(o, y, sec, key): (n, sh) for o, y, sec, key, n, sh in
              zip(counts["organisation"], counts["year_key"], counts["section"], counts[by], counts["n_improvement"], counts["share_improvement"])}
    prev_impr, prev_share = [], []
    for o, sec, key, py in zip(counts["organisation"], counts["section"], counts[by], counts["previous_year"]):
        if pd.isna(py):
            prev_impr.append(pd.NA)
            prev_share.append(pd.NA)
        else:
            n, sh = lookup.get((o, int(py), sec, key), (0, pd.NA))
            prev_impr.append(int(n))
            prev_share.append(sh)
    counts["previous_improvement"] = pd.array(prev_impr, dtype="Int64")
    counts["change_improvement"] = (counts["n_improvement"].astype("Int64") - counts["previous_improvement"]).astype("Int64")
    counts["change_share"] = (counts["share_improvement"] - pd.array(prev_share, dtype="Float64")).round(1)
    counts["report_year"] = pd.array(counts["year_key"], dtype="Int64")
    counts["label"] = [key_label(by, k) for k in counts[by]]
    return counts[columns].reset_index(drop=True)


def recurring(ds: FindingsDataset, by: By = "theme", min_years: int = 2, section: Any = None) -> pd.DataFrame:
    """Keys reported as areas for improvement in at least ``min_years`` report years of one organisation.

    Columns: ``organisation``, ``by``, ``label``, ``n_years``, ``years`` (e.g. ``"2019, 2020, 2022"``),
    ``first_year``, ``last_year``, ``n_improvement`` (findings over all years), ``open_in_latest``
    (an improvement finding in the organisation's latest year). Sorted by most years, then most findings.
    """
    from .labels import key_label

    rows = keyed(ds, by, section, known_years=True)
    rows = rows[rows["polarity"] == "improvement"]
    columns = ["organisation", by, "label", "n_years", "years", "first_year", "last_year", "n_improvement", "open_in_latest"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows = rows.assign(report_year=rows["report_year"].astype("int64"))
    latest = {o: max(ys) for o, ys in organisation_years(ds).items() if ys}
    out = rows.groupby(["organisation", by]).agg(
        n_years=("report_year", "nunique"),
        years=("report_year", lambda s: ", ".join(str(y) for y in sorted(set(s)))),
        first_year=("report_year", "min"),
        last_year=("report_year", "max"),
        n_improvement=("finding_id", "nunique"),
    ).reset_index()
    out["open_in_latest"] = [ly == latest.get(o) for o, ly in zip(out["organisation"], out["last_year"])]
    out["label"] = [key_label(by, k) for k in out[by]]
    out = out[out["n_years"] >= min_years]
    return out.sort_values(["n_years", "n_improvement", "organisation", by], ascending=[False, False, True, True])[columns].reset_index(drop=True)


def new_and_gone(ds: FindingsDataset, year: int | None = None, by: By = "theme", section: Any = None,
                 polarity: str = "improvement") -> pd.DataFrame:
    """Keys with ``polarity`` findings in ``year`` but not the previous year (``new``) and the reverse (``gone``).

    Per organisation: ``year`` defaults to each organisation's latest year, and the previous
    year is the same organisation's. With the default polarity, ``gone`` means an area for
    improvement no longer reported: resolved, or at least not raised again.
    Columns: ``organisation``, ``by``, ``label``, ``status``, ``report_year``, ``previous_year``,
    ``n_this_year``, ``n_previous_year``.
    """
    from .labels import key_label

    columns = ["organisation", by, "label", "status", "report_year", "previous_year", "n_this_year", "n_previous_year"]
    years_of = organisation_years(ds)
    if not years_of:
        return pd.DataFrame(columns=columns)
    if year is not None and all(int(year) not in ys for ys in years_of.values()):
        raise ValueError(f"no findings of year {year}; years in the dataset: {', '.join(map(str, ds.years))}")
    rows = keyed(ds, by, section, known_years=True)
    rows = rows[rows["polarity"] == polarity]
    out = []
    for org, years in sorted(years_of.items()):
        this = max(years) if year is None else int(year)
        earlier = [y for y in years if y < this]
        if this not in years or not earlier:
            continue
        prev = earlier[-1]
        mine = rows[rows["organisation"] == org]
        now = mine[mine["report_year"] == this].groupby(by)["finding_id"].nunique()
        before = mine[mine["report_year"] == prev].groupby(by)["finding_id"].nunique()
        for key in sorted(set(now.index) - set(before.index)):
            out.append({"organisation": org, by: key, "status": "new", "report_year": this, "previous_year": prev,
                        "n_this_year": int(now[key]), "n_previous_year": 0})
        for key in sorted(set(before.index) - set(now.index)):
            out.append({"organisation": org, by: key, "status": "gone", "report_year": this, "previous_year": prev,
                        "n_this_year": 0, "n_previous_year": int(before[key])})
    frame = pd.DataFrame(out, columns=columns)
    frame["label"] = [key_label(by, k) for k in frame[by]]
    return frame


def grade_trends(ds: FindingsDataset, section: Any = None, audit_activity: Any = None) -> pd.DataFrame:
    """Graded result figures per section x audit activity x teams x grade (+ qualifier) per year, with the change in points.

    Columns as :meth:`FindingsDataset.figures` (one row per figure; the change is given
    when the series has one figure in both years), plus ``grade_label`` ("good or above").
    """
    filters: dict[str, Any] = {}
    if section is not None:
        filters["section"] = section
    if audit_activity is not None:
        filters["audit_activity"] = audit_activity
    df = ds.figures(**filters)
    df = df[df["grade"].notna()].reset_index(drop=True)
    df.insert(df.columns.get_loc("grade_qualifier") + 1, "grade_label",
              [grade_label(g, q) for g, q in zip(df["grade"], df["grade_qualifier"])])
    return df




def cell_evidence(ds: FindingsDataset, by: By, year: int, key: str, section: str | None = None,
                  polarity: str | None = None) -> pd.DataFrame:
    """The evidence sentences behind one cell of :func:`compare` (``section="all"`` or None: any section)."""
    _check_by(by)
    filters: dict[str, Any] = {"year": year, by: key}
    if section not in (None, ALL_SECTIONS):
        filters["section"] = section
    if polarity is not None:
        filters["polarity"] = polarity
    return ds.evidence(**filters)
