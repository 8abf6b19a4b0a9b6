"""Queries over a dataset's findings: filters, figure series over the years, evidence."""
from __future__ import annotations

import math
from typing import Any, Iterable, Sequence

import pandas as pd

from .schema import LIST_COLUMNS, LIST_SEP, is_missing


def _match(series: pd.Series, wanted: Any) -> pd.Series:
    """Rows whose value is ``wanted`` (or one of a list); text compared case-insensitively."""
    values = wanted if isinstance(wanted, (list, tuple, set)) else [wanted]
    if pd.api.types.is_numeric_dtype(series):
        return series.isin([int(v) if isinstance(v, str) and v.strip().lstrip("-").isdigit() else v for v in values]).fillna(False).astype(bool)
    norm = {str(v).strip().lower() for v in values if v is not None}
    want_null = any(v is None for v in values)
    text = series.astype("object")
    hit = text.map(lambda x: (x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))) and want_null
                   or (isinstance(x, str) and x.strip().lower() in norm))
    return hit.astype(bool)


def _has_any(series: pd.Series, wanted: Any) -> pd.Series:
    values = wanted if isinstance(wanted, (list, tuple, set)) else [wanted]
    norm = {str(v).strip().lower() for v in values}
    return series.map(lambda items: any(str(i).lower() in norm for i in items)).astype(bool)



class QueriesMixin:
    """Query methods of :class:`~focusfive_nlp.dataset.FindingsDataset` (over ``self.findings``)."""

    findings: pd.DataFrame

    def query(self, *, year: Any = None, section: Any = None, team: Any = None, theme: Any = None,
              grade: Any = None, grade_qualifier: Any = None, polarity: Any = None,
              audit_activity: Any = None, figure_kind: Any = None, figure: bool | None = None,
              doc_id: Any = None, finding_id: Any = None) -> pd.DataFrame:
        """Findings matching every filter given; each filter takes a value or a list of values.

        Text filters ignore case; ``team``/``theme`` match findings naming any of the values;
        ``figure=True`` keeps figures only, ``False`` qualitative findings only.
        """
        df = self.findings
        mask = pd.Series(True, index=df.index)
        for col, wanted in (("report_year", year), ("section", section), ("grade", grade),
                            ("grade_qualifier", grade_qualifier), ("polarity", polarity),
                            ("audit_activity", audit_activity), ("figure_kind", figure_kind),
                            ("doc_id", doc_id), ("finding_id", finding_id)):
            if wanted is not None:
                mask &= _match(df[col], wanted)
        if team is not None:
            mask &= _has_any(df["teams"], team)
        if theme is not None:
            mask &= _has_any(df["themes"], theme)
        if figure is not None:
            mask &= df["value"].notna() if figure else df["value"].isna()
        return df[mask]

    def figures(self, measure_contains: str | None = None, *,
                by: Sequence[str] = ("organisation", "section", "audit_activity", "teams", "grade", "grade_qualifier"),
                figure_kind: Any = "result", **filters: Any) -> pd.DataFrame:
        """Figures over the years: one row per figure, grouped into series by ``by``, with the change in points.

        Takes the figures (findings with a value) matching ``filters`` (as :meth:`query`)
        and, if given, whose ``measure`` or ``text`` contains ``measure_contains``. A series
        is one combination of the ``by`` columns (``teams`` joined with ``;``: a PACT figure
        is not the service-wide one; one organisation's figures are never another's; an audit
        activity is its series name, :func:`~focusfive_nlp.labels.canonical_activities`). ``change_points`` is the value minus the series'
        value in its previous year present, and is only given when both years hold exactly
        one figure of the series; otherwise ``n_figures`` > 1 flags figures of different
        measures sharing a series (see ``measure``), rather than averaging them.
        Columns: ``by`` ..., ``report_year``, ``value``, ``measure``, ``n_figures``,
        ``previous_year``, ``previous_value``, ``change_points``, ``finding_id``.
        """
        df = self.query(figure=True, figure_kind=figure_kind, **filters)
        if measure_contains:
            needle = measure_contains.lower()
            hit = [needle in (str(m).lower() if not is_missing(m) else "") or needle in str(t).lower()
                   for m, t in zip(df["measure"], df["text"])]
            df = df[hit]
        df = df[df["report_year"].notna()]
        by = list(by)
        columns = [*by, "report_year", "value", "measure", "n_figures", "previous_year", "previous_value",
                   "change_points", "finding_id"]
        if df.empty:
            return pd.DataFrame(columns=columns)
        from ..labels import canonical_activities

        work = pd.DataFrame(index=df.index)
        for col in by:
            if col == "audit_activity":
                work[col] = [a if isinstance(a, str) else "" for a in canonical_activities(list(df[col].astype("object")))]
            elif col in LIST_COLUMNS:
                work[col] = df[col].map(lambda items: LIST_SEP.join(items))
            else:
                work[col] = df[col].astype("object").where(df[col].notna(), None).fillna("")
        work["report_year"] = df["report_year"].astype("int64")
        work["value"] = df["value"].astype("float64")
        work["measure"] = df["measure"].astype("object")
        work["finding_id"] = df["finding_id"]
        keys = [*by, "report_year"]
        per_year = work.groupby(keys, sort=True).agg(n_figures=("value", "size"), single=("value", "first")).reset_index()
        shifted = per_year.groupby(by, sort=False)[["report_year", "single", "n_figures"]].shift(1)
        per_year["previous_year"] = shifted["report_year"].astype("Int64")
        unambiguous = (per_year["n_figures"] == 1) & (shifted["n_figures"] == 1)
        per_year["previous_value"] = shifted["single"].where(unambiguous).astype("Float64")
        per_year["change_points"] = (per_year["single"].where(unambiguous) - shifted["single"]).round(1).astype("Float64")
        out = work.merge(per_year.drop(columns="single"), on=keys, how="left")
        out = out.sort_values([*by, "report_year", "finding_id"]).reset_index(drop=True)
        out["report_year"] = out["report_year"].astype("Int64")
        out["value"] = out["value"].astype("Float64")
        out["n_figures"] = out["n_figures"].astype("int64")
        for col in by:
            out[col] = out[col].replace("", None)
        return out[columns]

    def evidence(self, finding_ids: Iterable[int] | None = None, **filters: Any) -> pd.DataFrame:
        """The evidence sentences behind a set of findings (by id, or by :meth:`query` filters).

        A cell of :func:`~focusfive_nlp.compare.compare` is the filters
        ``year``, ``section``, ``theme``/``team``/``audit_activity`` and ``polarity``.
        """
        df = self.findings if finding_ids is None else self.findings[self.findings["finding_id"].isin(list(finding_ids))]
        if filters:
            df = df.loc[df.index.intersection(self.query(**filters).index)]
        cols = ["finding_id", "doc_id", "source", "report_year", "section", "polarity", "value", "text", "page", "start_char", "end_char"]
        return df.sort_values("finding_id")[cols].reset_index(drop=True)
