"""Dataset commands of the ``focusfive`` command line: build, compare, report, query, export.

DATASET arguments accept, in this order of detection:

* a saved dataset (a Parquet or CSV folder, ``.xlsx``, ``.sqlite``/``.db``, ``.duckdb``);
* a findings file as ``focusfive extract`` writes it (``.jsonl``, ``.parquet``, ``.csv``),
  or annotations (``.jsonl`` lines with ``doc`` and ``findings``, docs/FINDINGS.md section 7);
* report files or a folder of reports: extracted on the fly (no cache; use ``build`` to keep one).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import json
from pathlib import Path
from typing import Any, List, Optional

import typer

from .cli import (ConfigOpt, JobsOpt, ManifestOpt, NamesOpt, OrganisationOpt, PasswordOpt, ProgressOpt, ReaderOpt,
                  RedactOpt, SectionsOpt, TeamsOpt, ThemesOpt, YearOpt, app, check_out, count_line, fail, prepare_run,
                  redact_option, summarise_files)
from .errors import FocusFiveError

if TYPE_CHECKING:  # pandas is imported when a command needs it: `extract` starts faster without it
    import pandas as pd

FORMATS = ("table", "csv", "json")
TABLE_SUFFIXES = (".csv", ".xlsx", ".jsonl", ".parquet")
DATASET_SUFFIXES = ("", ".parquet", ".csv", ".xlsx", ".sqlite", ".sqlite3", ".db", ".duckdb")
FINDINGS_FILE_SUFFIXES = (".jsonl", ".parquet", ".csv")

DatasetArg = typer.Argument(..., metavar="DATASET", help="Dataset, findings file (.jsonl/.parquet/.csv from extract), annotations, or reports.")
FormatOpt = typer.Option("table", "--format", "-f", metavar="table|csv|json",
                         help="table for reading (default); csv or json on standard output for scripts.")
OrgFilterOpt = typer.Option(None, "--organisation", "--org", metavar="NAME", help="Only this organisation (repeatable).")


def open_dataset(path: Path, *, jobs: int | None = None, progress: bool = False):
    """A :class:`FindingsDataset` from any DATASET argument (see the module docstring)."""
    from .dataset import FindingsDataset, is_saved_dataset

    if not path.exists():
        raise FocusFiveError("not found (expected a dataset, a findings .jsonl/.parquet/.csv, or reports)", path=path)
    if is_saved_dataset(path):
        return FindingsDataset.load(path)
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return _from_jsonl(path)
    if path.is_file() and path.suffix.lower() in (".parquet", ".csv"):
        return _from_findings_table(path)
    if path.is_dir() and path.suffix.lower() in (".parquet", ".csv"):
        raise FocusFiveError("not a findings dataset folder (no findings.parquet or findings.csv)", path=path)
    return FindingsDataset.from_paths([path], jobs=jobs, progress=progress)


def _from_findings_table(path: Path):
    """A findings file written by ``focusfive extract`` (.parquet or .csv): one finding a row."""
    import pandas as pd

    from .dataset import FindingsDataset
    from .dataset.schema import documents_from_findings, typed_findings
    from .dataset.storage import read_csv_table

    try:
        frame = pd.read_parquet(path) if path.suffix.lower() == ".parquet" else read_csv_table(path)  # formula guard undone
    except Exception as exc:  # not Parquet/CSV at all, or damaged
        raise FocusFiveError(f"cannot read findings: {type(exc).__name__}: {exc}", path=path) from None
    needed = {"doc_id", "source", "section", "text", "polarity"}
    if not needed <= set(frame.columns):
        raise FocusFiveError(f"not a findings file (columns {sorted(needed - set(frame.columns))} missing)", path=path)
    findings = typed_findings(frame)
    return FindingsDataset(findings, documents_from_findings(findings), None)


def _from_jsonl(path: Path):
    from .dataset import FindingsDataset
    from .findings import Finding

    first = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise FocusFiveError(f"not JSON lines ({exc})", path=path) from None
                break
    if first is None:
        raise FocusFiveError("empty .jsonl file", path=path)
    if isinstance(first, dict) and "doc" in first and "findings" in first:
        return FindingsDataset.from_annotations(path)
    try:
        with open(path, encoding="utf-8") as fh:
            findings = [Finding.from_dict(json.loads(line)) for line in fh if line.strip()]
    except (ValueError, TypeError) as exc:
        raise FocusFiveError(f"neither annotations nor findings ({exc})", path=path) from None
    return FindingsDataset.from_findings(findings)


def _scalar(v: Any) -> Any:
    import pandas as pd

    if isinstance(v, (list, tuple)):
        return ";".join(map(str, v))
    if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)):
        return None
    return v


def _plain_values(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells as plain Python values: lists joined with ";", missing as None, whole numbers as ints."""
    import pandas as pd

    out = pd.DataFrame(index=frame.index)
    for col in frame.columns:
        series = frame[col]
        if pd.api.types.is_integer_dtype(series):
            out[col] = pd.Series([None if pd.isna(v) else int(v) for v in series], index=frame.index, dtype=object)
        else:
            out[col] = pd.Series([_scalar(v) for v in series], index=frame.index, dtype=object)
    return out


def _write_table(frame: pd.DataFrame, out: Path) -> None:
    """Write a result table by extension: .csv, .xlsx, .jsonl, .parquet (atomic)."""
    from .atomic import atomic_path
    from .dataset.schema import flat as _flat
    from .sheets import write_csv
    from .workbook import write_workbook

    suffix = out.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise FocusFiveError(f"unknown output format {suffix or '(none)'}; use .csv, .xlsx, .jsonl or .parquet", path=out)
    flat = _flat(frame)  # lists of ids and other list cells as text
    with atomic_path(out) as tmp:
        if suffix == ".csv":
            write_csv(flat, tmp)
        elif suffix == ".xlsx":
            write_workbook({"result": flat}, tmp)
        elif suffix == ".jsonl":
            flat.to_json(tmp, orient="records", lines=True, force_ascii=False)
        else:
            flat.to_parquet(tmp, index=False)


def _emit(frame: pd.DataFrame, fmt: str, *, max_text: int | None = 90, max_rows: int = 200) -> None:
    """Print a result: a table for reading, or CSV / JSON for scripts (every row, full text)."""
    import sys

    frame = _plain_values(frame)
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        typer.echo(json.dumps([{k: _scalar(v) for k, v in row.items()} for row in frame.to_dict("records")],
                              ensure_ascii=False, indent=1, default=str))
    else:
        _print_table(frame, max_rows=max_rows, max_text=max_text)


def _print_table(frame: pd.DataFrame, max_rows: int = 200, max_text: int | None = 90) -> None:
    """Print a table for reading: text on one line, cut to ``max_text`` (None: whole), left-aligned; numbers right-aligned."""
    import pandas as pd

    if frame.empty:
        typer.echo("(no rows)")
        return
    shown = frame.head(max_rows).copy()
    formatters = {}
    for col in shown.columns:
        if pd.api.types.is_numeric_dtype(shown[col]) and not pd.api.types.is_bool_dtype(shown[col]):
            continue
        text = shown[col].map(lambda v: "" if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)) else " ".join(str(v).split()))
        if max_text:
            text = text.map(lambda t: t if len(t) <= max_text else t[: max_text - 1] + "…")
        width = max([len(str(col)), *text.map(len)])
        shown[col] = text
        formatters[col] = (lambda w: lambda v: f"{v:<{w}}")(width)
    typer.echo(shown.to_string(index=False, formatters=formatters, justify="left", na_rep=""))
    if len(frame) > max_rows:
        typer.echo(f"... {len(frame) - max_rows} more rows (use --format csv, or --out, to get them all)")


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise FocusFiveError(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")


def check_values(ds, option: str, kind: str, values: list[str] | None) -> None:
    """Filter values must be keys the lexicons (or the dataset) know: a typo is an error listing the valid keys."""
    from .labels import lexicon_keys

    if not values:
        return
    known = {str(k) for k in lexicon_keys().get(kind, ())}
    column = {"theme": "themes", "team": "teams"}.get(kind, kind)
    if column in ds.findings.columns:
        for v in ds.findings[column].dropna():
            if isinstance(v, (list, tuple)):
                known.update(map(str, v))
            else:
                known.add(str(v))
    lower = {k.lower() for k in known}
    bad = [v for v in values if str(v).strip().lower() not in lower]
    if bad:
        raise FocusFiveError(f"unknown {option} {', '.join(map(repr, bad))}; valid: {', '.join(sorted(known, key=str.lower))}")


def _year_text(frame: pd.DataFrame, column: str = "report_year") -> pd.DataFrame:
    """``report_year`` for reading: a missing year shows as "unknown year"."""
    from .compare import UNKNOWN_YEAR

    out = frame.copy()
    out[column] = [UNKNOWN_YEAR if _scalar(v) is None else str(int(v)) for v in out[column]]
    return out


def _labelled(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """For reading: the readable ``label`` shown under the key's name, in the key's place."""
    if "label" not in frame.columns:
        return frame
    out = frame.drop(columns=[by]) if by in frame.columns else frame
    return out.rename(columns={"label": by})


def _drop_empty_organisation(frame: pd.DataFrame) -> pd.DataFrame:
    if "organisation" in frame.columns and not frame["organisation"].map(lambda v: bool(_scalar(v))).any():
        return frame.drop(columns="organisation")
    return frame


def _only_organisations(ds, organisations: list[str] | None):
    """The dataset restricted to some organisations (a filter of every command reading one)."""
    if not organisations:
        return ds
    from .dataset import FindingsDataset

    check_values(ds, "--organisation", "organisation", organisations)
    wanted = {o.strip().lower() for o in organisations}
    keep = ds.findings["organisation"].map(lambda o: isinstance(o, str) and o.lower() in wanted).astype(bool)
    docs = ds.documents[ds.documents["organisation"].map(lambda o: isinstance(o, str) and o.lower() in wanted).astype(bool)]
    return FindingsDataset(ds.findings[keep], docs, ds.errors)


@app.command()
def build(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Report files, folders or globs (PDF, DOCX, TXT, MD), or URLs such as s3://bucket/archive/ (fsspec)."),
    out: Path = typer.Option(..., "--out", "-o", metavar="DATASET",
                             help="Dataset to create or update: a folder (Parquet), x.csv folder, .xlsx, .sqlite or .duckdb."),
    jobs: Optional[int] = JobsOpt,
    year: Optional[int] = YearOpt,
    password: Optional[str] = PasswordOpt,
    organisation: Optional[str] = OrganisationOpt,
    manifest: Optional[Path] = ManifestOpt,
    teams: Optional[List[Path]] = TeamsOpt,
    themes: Optional[List[Path]] = ThemesOpt,
    sections: Optional[List[Path]] = SectionsOpt,
    config: Optional[Path] = ConfigOpt,
    prune: bool = typer.Option(False, "--prune", help="Drop documents of the earlier dataset that are not among PATHS."),
    progress: bool = ProgressOpt,
    redact: bool = RedactOpt,
    names: Optional[List[Path]] = NamesOpt,
    cluster: Optional[str] = typer.Option(
        None, "--cluster", metavar="ADDRESS",
        help='Run on a Dask scheduler at ADDRESS (tcp://host:8786), or "local" for a LocalCluster of --jobs workers. '
             'Needs the dask extra.'),
    reader: Optional[str] = ReaderOpt,
) -> None:
    """Extract reports into a findings dataset; unchanged files reuse the dataset's earlier findings.

    \b
    Examples:
      focusfive build corpus --out out/dataset
      focusfive build archive --out out/archive.duckdb          (archive/<council>/... : one organisation per folder)
      focusfive build reports --out out/dataset --organisation "Blue County" --teams our_teams.yaml
      focusfive build reports --out out/dataset --manifest reports/manifest.csv
      focusfive build archive --out out/archive --cluster tcp://scheduler:8786   (on a Dask cluster)
    """
    from .batch import BatchInterrupted
    from .dataset.build import build_dataset
    from .errors import NothingReadError

    try:
        paths, opts, read_manifest = prepare_run(paths, out, DATASET_SUFFIXES, "dataset", reader=reader, teams=teams, themes=themes,
                                          sections=sections, config=config, manifest=manifest)
        built = build_dataset(paths, out, jobs=jobs, progress=progress, year=year, password=password, prune=prune,
                              pipeline_options=opts, organisation=organisation, manifest=read_manifest,
                              redact=redact_option(redact, names), cluster=cluster)
    except NothingReadError as exc:
        fail(str(exc), code=1)
    except FocusFiveError as exc:
        fail(str(exc))
    except BatchInterrupted as exc:
        if exc.saved:
            fail(f"interrupted after saving the dataset ({exc.done} of {exc.total} reports read) -> {out}", exc.exit_code)
        fail(f"interrupted after {exc.done} of {exc.total} reports; dataset unchanged "
             "(the reports read are kept: the next build resumes)", exc.exit_code)
    batch = built.last_batch
    for err in built.errors.itertuples(index=False):
        typer.secho(f"failed {err.source}: {err.error}: {err.message}", fg=typer.colors.YELLOW, err=True)
    docs = built.documents[["source", "status", "duplicate_of"]].astype(object).to_dict("records")
    for line in summarise_files(docs):
        typer.echo(line, err=True)
    extra = f"extracted {len(batch.processed) if batch else 0}, reused {len(batch.reused) if batch else 0}"
    orgs = sorted({o for o in built.documents["organisation"].dropna()})
    if orgs:
        extra += f"; organisations: {', '.join(orgs)}"
    typer.echo(count_line(built.n_findings, docs, len(built.errors), out, extra), err=True)
    if batch and batch.workers:
        typer.echo("reports per worker: " + ", ".join(f"{w} {n}" for w, n in sorted(batch.workers.items())), err=True)


_COMPARE_SHOWN = ["organisation", "report_year", "section", "label", "n_reports", "n_strength", "n_improvement",
                  "improvement_per_report", "share_reports_improvement", "previous_year", "change_improvement"]


@app.command("compare")
def compare_cmd(
    dataset: Path = DatasetArg,
    by: str = typer.Option("theme", "--by", metavar="theme|team|audit_activity", help="What to compare (default: theme)."),
    section: Optional[List[str]] = typer.Option(None, "--section", metavar="KEY", help="Only this section (repeatable)."),
    organisation: Optional[List[str]] = OrgFilterOpt,
    across_sections: bool = typer.Option(False, "--all-sections", help="Add up all sections instead of one row per section."),
    recurring_only: bool = typer.Option(False, "--recurring", help="List keys raised as improvement in two or more years instead."),
    grades: bool = typer.Option(False, "--grades", help="Show graded figures per section, activity and year instead."),
    fmt: str = FormatOpt,
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="FILE", help="Also write the whole table: .csv, .xlsx, .jsonl or .parquet."),
    jobs: Optional[int] = JobsOpt,
    progress: bool = ProgressOpt,
) -> None:
    """Year-on-year counts of strength and improvement findings per organisation, section and theme (team, activity).

    Beside the counts: findings per report and the share of the year's reports that
    raise the key, so a long report does not look like a bad year. The previous year is
    always the same organisation's; findings of reports with no year are "unknown year".

    \b
    Examples:
      focusfive compare out/dataset --by theme --recurring
      focusfive compare out/dataset --by team --all-sections --format csv > teams.csv
      focusfive compare findings.parquet --section planning --format json
      focusfive compare out/dataset --grades --organisation "Blue County"
    """
    from .compare import BY_CHOICES, compare, grade_trends, new_and_gone, recurring

    try:
        _check_format(fmt)
        if by not in BY_CHOICES:
            raise FocusFiveError(f"unknown --by {by!r}; use one of {', '.join(BY_CHOICES)}")
        if out:
            check_out(out, TABLE_SUFFIXES)
        ds = _only_organisations(open_dataset(dataset, jobs=jobs, progress=progress), organisation)
        check_values(ds, "--section", "section", section)
        if grades:
            table = grade_trends(ds, section=section or None)
            shown = table.drop(columns=["finding_id", "previous_value", "grade", "grade_qualifier"], errors="ignore")
        elif recurring_only:
            table = recurring(ds, by=by, section=section or None)
            shown = _labelled(table, by)
        else:
            table = compare(ds, by=by, section=section or None, across_sections=across_sections)
            shown = _labelled(table[[c for c in _COMPARE_SHOWN if c in table.columns] + [by]], by)
        if fmt != "table":  # for scripts: numbers stay numbers, an unknown year is empty
            _emit(table, fmt)
        else:
            shown = _drop_empty_organisation(_year_text(shown) if "report_year" in shown.columns else shown)
            _emit(shown, fmt)
            if not grades and not recurring_only and ds.years:
                ng = new_and_gone(ds, by=by, section=section or None)
                if not ng.empty:
                    typer.echo("\nnew / gone areas for improvement in each organisation's latest year (against its previous year):")
                    _print_table(_drop_empty_organisation(_labelled(ng, by)))
            if not table.empty and "n_reports" in table.columns:
                typer.echo("\nn_reports: reports of that organisation and year; improvement_per_report: improvement findings per report; "
                           "share_reports_improvement: % of those reports raising it as an area for improvement.", err=True)
        if out:
            _write_table(table, out)
            typer.echo(f"-> {out}", err=True)
    except (FocusFiveError, ValueError) as exc:
        fail(str(exc))


@app.command()
def report(
    dataset: Path = DatasetArg,
    out: Path = typer.Option(..., "--out", "-o", metavar="FILE", help="report.html (self-contained) or report.xlsx."),
    title: str = typer.Option("Audit findings: year on year", metavar="TEXT", help="Report title."),
    organisation: Optional[List[str]] = OrgFilterOpt,
    jobs: Optional[int] = JobsOpt,
    progress: bool = ProgressOpt,
) -> None:
    """Write the year-on-year report: charts, tables and the evidence behind every count.

    \b
    Examples:
      focusfive report out/dataset --out out/report.html
      focusfive report out/dataset --out out/report.xlsx --organisation "Blue County"
    """
    from .report import REPORT_FORMATS, write_report

    try:
        check_out(out, REPORT_FORMATS, "report")
        ds = _only_organisations(open_dataset(dataset, jobs=jobs, progress=progress), organisation)
        write_report(ds, out, title=title)
    except FocusFiveError as exc:
        fail(str(exc))
    typer.echo(f"report of {len(ds.findings)} findings from {ds.n_reports} report(s) -> {out}", err=True)


@app.command()
def query(
    dataset: Path = DatasetArg,
    year: Optional[List[int]] = typer.Option(None, "--year", metavar="YEAR", help="Report year (repeatable)."),
    section: Optional[List[str]] = typer.Option(None, "--section", metavar="KEY", help="Section key (repeatable)."),
    team: Optional[List[str]] = typer.Option(None, "--team", metavar="NAME", help="Team (repeatable)."),
    theme: Optional[List[str]] = typer.Option(None, "--theme", metavar="KEY", help="Theme key (repeatable)."),
    grade: Optional[List[str]] = typer.Option(None, "--grade", metavar="KEY", help="Grade key (repeatable)."),
    polarity: Optional[List[str]] = typer.Option(None, "--polarity", metavar="KEY", help="strength, improvement or neutral."),
    activity: Optional[List[str]] = typer.Option(None, "--activity", metavar="NAME", help="Audit activity as written (repeatable)."),
    organisation: Optional[List[str]] = OrgFilterOpt,
    figures_only: bool = typer.Option(False, "--figures", help="Only figures (findings with a value)."),
    full: bool = typer.Option(False, "--full", help="Show the whole evidence text (a table cuts it at 90 characters)."),
    fmt: str = FormatOpt,
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="FILE", help="Write the matching findings: .csv, .xlsx, .jsonl or .parquet."),
    jobs: Optional[int] = JobsOpt,
    progress: bool = ProgressOpt,
) -> None:
    """List the findings matching the filters, by organisation and year, with their evidence and source.

    Filter values are checked against the lexicons and the dataset: an unknown one is an
    error that lists the valid keys.

    \b
    Examples:
      focusfive query out/dataset --team PACT --section planning --figures
      focusfive query out/dataset --section chronology --theme timeliness --polarity improvement --full
      focusfive query findings.jsonl --year 2021 --format csv > 2021.csv
    """
    try:
        _check_format(fmt)
        if out:
            check_out(out, TABLE_SUFFIXES)
        ds = _only_organisations(open_dataset(dataset, jobs=jobs, progress=progress), organisation)
        for option, kind, values in (("--section", "section", section), ("--team", "team", team), ("--theme", "theme", theme),
                                     ("--grade", "grade", grade), ("--polarity", "polarity", polarity),
                                     ("--activity", "audit_activity", activity)):
            check_values(ds, option, kind, values)
        rows = ds.query(year=year or None, section=section or None, team=team or None, theme=theme or None,
                        grade=grade or None, polarity=polarity or None, audit_activity=activity or None,
                        figure=True if figures_only else None)
        rows = sort_by_year(rows)
        if fmt == "table":
            shown = rows[["organisation", "report_year", "section", "polarity", "value", "grade", "teams", "themes", "text", "source", "page"]].copy()
            shown["teams"] = shown["teams"].map(", ".join)
            shown["themes"] = shown["themes"].map(", ".join)
            shown["source"] = shown["source"].map(lambda s: Path(str(s)).name if _scalar(s) else "")
            _emit(_drop_empty_organisation(_year_text(shown)), fmt, max_text=None if full else 90)
        else:
            _emit(rows, fmt)
        typer.echo(f"{len(rows)} finding(s)", err=True)
        if out:
            _write_table(rows, out)
            typer.echo(f"-> {out}", err=True)
    except FocusFiveError as exc:
        fail(str(exc))


def sort_by_year(rows: pd.DataFrame) -> pd.DataFrame:
    """Findings by organisation, year (unknown years last), document and position."""
    key = rows.assign(_org=rows["organisation"].astype("object").fillna(""),
                      _year=rows["report_year"].astype("Float64").fillna(10**6),
                      _pos=rows["start_char"].astype("Float64").fillna(-1))
    return rows.loc[key.sort_values(["_org", "_year", "doc_id", "_pos", "finding_id"]).index]


@app.command("export")
def export_cmd(
    dataset: Path = DatasetArg,
    out: Path = typer.Option(..., "--out", "-o", metavar="FILE",
                             help="archive.qdpx (a REFI-QDA project: reports, theme codes, coded findings) or codebook.qdc (the theme codes alone)."),
    jobs: Optional[int] = JobsOpt,
    progress: bool = ProgressOpt,
    redact: bool = typer.Option(False, "--redact", help="Black out personal names in the exported report texts (use it for a dataset built with --redact)."),
    names: Optional[List[Path]] = NamesOpt,
) -> None:
    """Export for qualitative-analysis tools (NVivo, ATLAS.ti, MAXQDA, QualCoder): REFI-QDA.

    The .qdpx holds every report as a text source, one code per theme (with its
    description) under "Strengths" and "Areas for improvement", and every finding with a
    theme as a coded selection at its characters, so an analyst can check and refine the
    coding where they already work.

    \b
    Examples:
      focusfive export out/dataset --out out/archive.qdpx
      focusfive export out/dataset --out out/codebook.qdc
      focusfive export out/shared --out out/shared.qdpx --redact      (names blacked out in the report texts)
    """
    from .qda import QDA_SUFFIXES, write_qda

    try:
        check_out(out, QDA_SUFFIXES, "export")
        ds = open_dataset(dataset, jobs=jobs, progress=progress)
        redact_arg = redact_option(redact, names)
        if redact_arg is None and ds.findings["text"].astype(str).str.contains("[name]", regex=False).any():
            typer.secho("warning: the evidence is redacted but the report texts in the export are not; add --redact",
                        fg=typer.colors.YELLOW, err=True)
        summary = write_qda(ds, out, redact=redact_arg)
    except FocusFiveError as exc:
        fail(str(exc))
    for warning in summary.warnings:
        typer.secho(f"warning: {warning}", fg=typer.colors.YELLOW, err=True)
    typer.echo(f"{summary.describe()} -> {out}", err=True)
