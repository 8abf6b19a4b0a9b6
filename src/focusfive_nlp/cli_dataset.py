"""Dataset commands of the ``focusfive`` command line: build, compare, report, query.

DATASET arguments accept, in this order of detection:

* a saved dataset (a Parquet or CSV folder, ``.xlsx``, ``.sqlite``/``.db``, ``.duckdb``);
* a ``.jsonl`` file: annotations (lines with ``doc`` and ``findings``, spec section 7) or a
  findings export (one finding a line, as ``focusfive extract`` writes);
* report files or a folder of reports: extracted on the fly (no cache; use ``build`` to keep one).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import json
from pathlib import Path
from typing import List, Optional

import typer

from .cli import ConfigOpt, JobsOpt, PasswordOpt, ProgressOpt, SectionsOpt, TeamsOpt, ThemesOpt, YearOpt, app, fail, pipeline_options
from .errors import FocusFiveError

if TYPE_CHECKING:  # pandas is imported when a command needs it: `extract` starts faster without it
    import pandas as pd


def open_dataset(path: Path, *, jobs: int | None = None, progress: bool = False):
    """A :class:`FindingsDataset` from any DATASET argument (see the module docstring)."""
    from .dataset import FindingsDataset, is_saved_dataset

    if not path.exists():
        raise FocusFiveError("not found (expected a dataset, a findings .jsonl, or reports)", path=path)
    if is_saved_dataset(path):
        return FindingsDataset.load(path)
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return _from_jsonl(path)
    if path.is_dir() and path.suffix.lower() in (".parquet", ".csv"):
        raise FocusFiveError("not a findings dataset folder (no findings.parquet or findings.csv)", path=path)
    return FindingsDataset.from_paths([path], jobs=jobs, progress=progress)


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


def _write_table(frame: pd.DataFrame, out: Path) -> None:
    """Write a result table by extension: .csv, .xlsx, .jsonl, .parquet (atomic)."""
    from .dataset.schema import flat as _flat
    from .atomic import atomic_path
    from .sheets import write_csv, write_excel_sheets

    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".jsonl", ".parquet"):
        raise FocusFiveError(f"unknown output format {suffix or '(none)'}; use .csv, .xlsx, .jsonl or .parquet", path=out)
    flat = _flat(frame)
    for col in flat.columns:  # lists of ids and other list cells as text
        if flat[col].map(lambda v: isinstance(v, list)).any():
            flat[col] = flat[col].map(lambda v: ";".join(map(str, v)) if isinstance(v, list) else v)
    with atomic_path(out) as tmp:
        if suffix == ".csv":
            write_csv(flat, tmp)
        elif suffix == ".xlsx":
            write_excel_sheets({"result": flat}, tmp)
        elif suffix == ".jsonl":
            flat.to_json(tmp, orient="records", lines=True, force_ascii=False)
        else:
            flat.to_parquet(tmp, index=False)


def _print_table(frame: pd.DataFrame, max_rows: int = 200, max_text: int = 90) -> None:
    """Print a table for reading: text on one line, cut to ``max_text``, left-aligned; numbers right-aligned."""
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
        text = text.map(lambda t: t if len(t) <= max_text else t[: max_text - 1] + "…")
        width = max([len(str(col)), *text.map(len)])
        shown[col] = text
        formatters[col] = (lambda w: lambda v: f"{v:<{w}}")(width)
    typer.echo(shown.to_string(index=False, formatters=formatters, justify="left"))
    if len(frame) > max_rows:
        typer.echo(f"... {len(frame) - max_rows} more rows (use --out to write them all)")


@app.command()
def build(
    paths: List[Path] = typer.Argument(..., help="Report files, folders or globs (PDF, DOCX, TXT, MD)."),
    out: Path = typer.Option(..., "--out", "-o", help="Dataset to create or update: a folder (Parquet), x.csv folder, .xlsx, .sqlite or .duckdb."),
    jobs: Optional[int] = JobsOpt,
    year: Optional[int] = YearOpt,
    password: Optional[str] = PasswordOpt,
    teams: Optional[List[Path]] = TeamsOpt,
    themes: Optional[List[Path]] = ThemesOpt,
    sections: Optional[List[Path]] = SectionsOpt,
    config: Optional[Path] = ConfigOpt,
    prune: bool = typer.Option(False, "--prune", help="Drop documents of the earlier dataset that are not among PATHS."),
    progress: bool = ProgressOpt,
) -> None:
    """Extract reports into a findings dataset; unchanged files reuse the dataset's earlier findings."""
    from .batch import BatchInterrupted, collect_paths
    from .dataset.build import build_dataset

    if not collect_paths(paths):
        fail(f"no files found in {', '.join(map(str, paths))}")
    try:
        ds = build_dataset(paths, out, jobs=jobs, progress=progress, year=year, password=password, prune=prune,
                           pipeline_options=pipeline_options(teams, themes, sections, config))
    except FocusFiveError as exc:
        fail(str(exc))
    except BatchInterrupted as exc:
        if exc.saved:
            fail(f"interrupted after saving the dataset ({exc.done} of {exc.total} reports read) -> {out}", exc.exit_code)
        fail(f"interrupted after {exc.done} of {exc.total} reports; dataset unchanged "
             "(the reports read are kept: the next build resumes)", exc.exit_code)
    batch = ds.last_batch
    for err in ds.errors.itertuples(index=False):
        typer.secho(f"failed {err.source}: {err.error}: {err.message}", fg=typer.colors.YELLOW, err=True)
    status = ds.documents["status"].value_counts().to_dict()
    extra = ", ".join(f"{n} {s}" for s, n in status.items() if s != "ok")
    typer.echo(
        f"{ds.n_findings} findings from {int(status.get('ok', 0))} document(s) -> {out}"
        f" (extracted {len(batch.processed) if batch else 0}, reused {len(batch.reused) if batch else 0}"
        + (f", {extra}" if extra else "") + (f"; {len(ds.errors)} file(s) failed" if len(ds.errors) else "") + ")",
        err=True,
    )
    if len(ds.documents) == 0 and len(ds.errors):
        raise typer.Exit(1)


@app.command("compare")
def compare_cmd(
    dataset: Path = typer.Argument(..., help="Dataset, findings/annotations .jsonl, or reports."),
    by: str = typer.Option("theme", "--by", help="theme, team or audit_activity."),
    section: Optional[List[str]] = typer.Option(None, "--section", help="Only this section (repeatable)."),
    across_sections: bool = typer.Option(False, "--all-sections", help="Add up all sections instead of one row per section."),
    recurring_only: bool = typer.Option(False, "--recurring", help="List keys raised as improvement in two or more years instead."),
    grades: bool = typer.Option(False, "--grades", help="Show graded figures per section, activity and year instead."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Also write the table: .csv, .xlsx, .jsonl or .parquet."),
    jobs: Optional[int] = JobsOpt,
) -> None:
    """Year-on-year counts of strength and improvement findings per section and theme (team, activity)."""
    from .compare import BY_CHOICES, compare, grade_trends, new_and_gone, recurring

    if by not in BY_CHOICES:
        fail(f"unknown --by {by!r}; use one of {', '.join(BY_CHOICES)}")
    try:
        ds = open_dataset(dataset, jobs=jobs)
        if grades:
            table = grade_trends(ds, section=section or None)
        elif recurring_only:
            table = recurring(ds, by=by, section=section or None)
        else:
            table = compare(ds, by=by, section=section or None, across_sections=across_sections)
        _print_table(table.drop(columns=["finding_id", "previous_value"], errors="ignore"))
        if not grades and not recurring_only and ds.years:
            ng = new_and_gone(ds, by=by, section=section or None)
            if not ng.empty:
                typer.echo(f"\nnew / gone areas for improvement in {ng['report_year'].iloc[0]} (against {ng['previous_year'].iloc[0]}):")
                _print_table(ng)
        if out:
            _write_table(table, out)
            typer.echo(f"-> {out}", err=True)
    except FocusFiveError as exc:
        fail(str(exc))
    except ValueError as exc:
        fail(str(exc))


@app.command()
def report(
    dataset: Path = typer.Argument(..., help="Dataset, findings/annotations .jsonl, or reports."),
    out: Path = typer.Option(..., "--out", "-o", help="report.html (self-contained) or report.xlsx."),
    title: str = typer.Option("Audit findings: year on year", help="Report title."),
    jobs: Optional[int] = JobsOpt,
) -> None:
    """Write the year-on-year report: charts, tables and the evidence behind every count."""
    from .report import write_report

    try:
        ds = open_dataset(dataset, jobs=jobs)
        write_report(ds, out, title=title)
    except FocusFiveError as exc:
        fail(str(exc))
    typer.echo(f"report of {len(ds.findings)} findings from {ds.n_reports} report(s) -> {out}", err=True)


@app.command()
def query(
    dataset: Path = typer.Argument(..., help="Dataset, findings/annotations .jsonl, or reports."),
    year: Optional[List[int]] = typer.Option(None, "--year", help="Report year (repeatable)."),
    section: Optional[List[str]] = typer.Option(None, "--section", help="Section key (repeatable)."),
    team: Optional[List[str]] = typer.Option(None, "--team", help="Team (repeatable)."),
    theme: Optional[List[str]] = typer.Option(None, "--theme", help="Theme key (repeatable)."),
    grade: Optional[List[str]] = typer.Option(None, "--grade", help="Grade key (repeatable)."),
    polarity: Optional[List[str]] = typer.Option(None, "--polarity", help="strength, improvement or neutral."),
    activity: Optional[List[str]] = typer.Option(None, "--activity", help="Audit activity as written (repeatable)."),
    figures_only: bool = typer.Option(False, "--figures", help="Only figures (findings with a value)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the matching findings: .csv, .xlsx, .jsonl or .parquet."),
    jobs: Optional[int] = JobsOpt,
) -> None:
    """List the findings matching the filters (with their evidence sentences)."""
    try:
        ds = open_dataset(dataset, jobs=jobs)
        rows = ds.query(year=year or None, section=section or None, team=team or None, theme=theme or None,
                        grade=grade or None, polarity=polarity or None, audit_activity=activity or None,
                        figure=True if figures_only else None)
        shown = rows[["report_year", "section", "polarity", "value", "grade", "teams", "themes", "text"]].copy()
        shown["teams"] = shown["teams"].map(", ".join)
        shown["themes"] = shown["themes"].map(", ".join)
        _print_table(shown)
        typer.echo(f"{len(rows)} finding(s)", err=True)
        if out:
            _write_table(rows, out)
            typer.echo(f"-> {out}", err=True)
    except FocusFiveError as exc:
        fail(str(exc))
