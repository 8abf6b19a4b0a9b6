"""Year-on-year comparison of a findings dataset: what recurs, what is new, what is resolved.

All counts are numbers of findings. A finding with two themes counts once for each
theme; a finding with no theme (team, audit activity) is not in that comparison.
"Previous year" is the previous report year *present in the dataset* (2019 -> 2021 when
there is no 2020), so a gap in the archive is not read as a year with no findings.
Shares are percentages (0-100, one decimal); changes of shares are in points.
"""
from __future__ import annotations

from typing import Any, Literal

import pandas as pd

from .dataset import FindingsDataset

By = Literal["theme", "team", "audit_activity"]
BY_CHOICES: tuple[str, ...] = ("theme", "team", "audit_activity")
ALL_SECTIONS = "all"


def _check_by(by: str) -> None:
    if by not in BY_CHOICES:
        raise ValueError(f"unknown comparison key {by!r}; use one of {', '.join(BY_CHOICES)}")


def keyed(ds: FindingsDataset, by: str, section: Any = None) -> pd.DataFrame:
    """One row per finding x key: finding_id, report_year, section, polarity, ``by``."""
    _check_by(by)
    if by == "theme":
        df = ds.themes_long
    elif by == "team":
        df = ds.teams_long
    else:
        df = ds.findings[["finding_id", "doc_id", "report_year", "section", "polarity", "audit_activity"]]
        df = df[df["audit_activity"].notna()]
    if section is not None:
        sections = section if isinstance(section, (list, tuple, set)) else [section]
        df = df[df["section"].astype("object").isin(list(sections))]
    df = df[df["report_year"].notna()]
    out = pd.DataFrame({
        "finding_id": df["finding_id"].to_numpy(),
        "report_year": df["report_year"].astype("int64").to_numpy(),
        "section": df["section"].astype("object").to_numpy(),
        "polarity": df["polarity"].astype("object").to_numpy(),
        by: df[by].astype("object").to_numpy(),
    })
    return out


def compare(ds: FindingsDataset, by: By = "theme", section: Any = None, *, across_sections: bool = False) -> pd.DataFrame:
    """Counts per year x section x key, with the change against the previous year.

    Columns: ``report_year``, ``section`` (``"all"`` when ``across_sections``), ``by``,
    ``n_strength``, ``n_improvement``, ``n_neutral``, ``share_improvement`` (improvement
    findings as a % of strength + improvement), ``previous_year``, ``previous_improvement``,
    ``change_improvement`` (count difference) and ``change_share`` (points).
    A key seen in the previous year but not this one gets a row of zeros, so what went away
    shows as a fall. ``section`` filters to one section or a list.
    """
    rows = keyed(ds, by, section)
    if across_sections:
        rows["section"] = ALL_SECTIONS
    columns = ["report_year", "section", by, "n_strength", "n_improvement", "n_neutral", "share_improvement",
               "previous_year", "previous_improvement", "change_improvement", "change_share"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    counts = (
        rows.pivot_table(index=["report_year", "section", by], columns="polarity", values="finding_id", aggfunc="count", fill_value=0)
        .reindex(columns=["strength", "improvement", "neutral"], fill_value=0)
        .rename(columns={"strength": "n_strength", "improvement": "n_improvement", "neutral": "n_neutral"})
    )
    counts.columns.name = None
    years = sorted(ds.years)
    prev_of = {y: (years[i - 1] if i else None) for i, y in enumerate(years)}
    # rows for keys present last year but absent this year (all zeros)
    present = set(counts.index)
    extra = []
    for (year, sec, key) in list(present):
        nxt = next((y for y, p in prev_of.items() if p == year), None)
        if nxt is not None and (nxt, sec, key) not in present:
            extra.append((nxt, sec, key))
    if extra:
        zeros = pd.DataFrame(0, index=pd.MultiIndex.from_tuples(extra, names=counts.index.names), columns=counts.columns)
        counts = pd.concat([counts, zeros])
    counts = counts.sort_index().reset_index()
    counts[["n_strength", "n_improvement", "n_neutral"]] = counts[["n_strength", "n_improvement", "n_neutral"]].astype("int64")
    judged = counts["n_strength"] + counts["n_improvement"]
    counts["share_improvement"] = (100 * counts["n_improvement"] / judged.where(judged > 0)).round(1).astype("Float64")
    counts["previous_year"] = counts["report_year"].map(prev_of).astype("Int64")
    lookup = counts.set_index(["report_year", "section", by])[["n_improvement", "share_improvement"]]
    prev_impr, prev_share = [], []
    for year, sec, key, py in zip(counts["report_year"], counts["section"], counts[by], counts["previous_year"]):
        if pd.isna(py):
            prev_impr.append(pd.NA)
            prev_share.append(pd.NA)
        elif (py, sec, key) in lookup.index:
            prev_impr.append(int(lookup.loc[(py, sec, key), "n_improvement"]))
            prev_share.append(lookup.loc[(py, sec, key), "share_improvement"])
        else:
            prev_impr.append(0)
            prev_share.append(pd.NA)
    counts["previous_improvement"] = pd.array(prev_impr, dtype="Int64")
    counts["change_improvement"] = (counts["n_improvement"].astype("Int64") - counts["previous_improvement"]).astype("Int64")
    counts["change_share"] = (counts["share_improvement"] - pd.array(prev_share, dtype="Float64")).round(1)
    counts["report_year"] = counts["report_year"].astype("int64")
    return counts[columns].reset_index(drop=True)


def recurring(ds: FindingsDataset, by: By = "theme", min_years: int = 2, section: Any = None) -> pd.DataFrame:
    """Keys reported as areas for improvement in at least ``min_years`` report years.

    Columns: ``by``, ``n_years``, ``years`` (e.g. ``"2019, 2020, 2022"``), ``first_year``,
    ``last_year``, ``n_improvement`` (findings over all years), ``open_in_latest`` (an
    improvement finding in the dataset's latest year). Sorted by most years, then most findings.
    """
    rows = keyed(ds, by, section)
    rows = rows[rows["polarity"] == "improvement"]
    columns = [by, "n_years", "years", "first_year", "last_year", "n_improvement", "open_in_latest"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    latest = max(ds.years)
    out = rows.groupby(by).agg(
        n_years=("report_year", "nunique"),
        years=("report_year", lambda s: ", ".join(str(y) for y in sorted(set(s)))),
        first_year=("report_year", "min"),
        last_year=("report_year", "max"),
        n_improvement=("finding_id", "nunique"),
    ).reset_index()
    out["open_in_latest"] = out["last_year"] == latest
    out = out[out["n_years"] >= min_years]
    return out.sort_values(["n_years", "n_improvement", by], ascending=[False, False, True])[columns].reset_index(drop=True)


def new_and_gone(ds: FindingsDataset, year: int | None = None, by: By = "theme", section: Any = None,
                 polarity: str = "improvement") -> pd.DataFrame:
    """Keys with ``polarity`` findings in ``year`` but not the previous year (``new``) and the reverse (``gone``).

    ``year`` defaults to the latest year. With the default polarity, ``gone`` means an area
    for improvement no longer reported: resolved, or at least not raised again.
    Columns: ``by``, ``status``, ``report_year``, ``previous_year``, ``n_this_year``, ``n_previous_year``.
    """
    columns = [by, "status", "report_year", "previous_year", "n_this_year", "n_previous_year"]
    years = ds.years
    if not years:
        return pd.DataFrame(columns=columns)
    year = max(years) if year is None else int(year)
    if year not in years:
        raise ValueError(f"no findings of year {year}; years in the dataset: {', '.join(map(str, years))}")
    earlier = [y for y in years if y < year]
    if not earlier:
        return pd.DataFrame(columns=columns)
    prev = earlier[-1]
    rows = keyed(ds, by, section)
    rows = rows[rows["polarity"] == polarity]
    now = rows[rows["report_year"] == year].groupby(by)["finding_id"].nunique()
    before = rows[rows["report_year"] == prev].groupby(by)["finding_id"].nunique()
    out = []
    for key in sorted(set(now.index) - set(before.index)):
        out.append({by: key, "status": "new", "report_year": year, "previous_year": prev, "n_this_year": int(now[key]), "n_previous_year": 0})
    for key in sorted(set(before.index) - set(now.index)):
        out.append({by: key, "status": "gone", "report_year": year, "previous_year": prev, "n_this_year": 0, "n_previous_year": int(before[key])})
    return pd.DataFrame(out, columns=columns)


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


def grade_label(grade: Any, qualifier: Any) -> str:
    """Readable grade: ``good`` + ``or_above`` -> "good or above"."""
    text = str(grade).replace("_", " ") if grade is not None and not pd.isna(grade) else ""
    if qualifier is not None and not pd.isna(qualifier):
        text += " " + str(qualifier).replace("_", " ")
    return text


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
