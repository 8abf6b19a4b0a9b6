"""The ``focusfive`` command line."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import FocusFiveError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Audit findings reports of children's social care, as data.")


def fail(message: str, code: int = 2) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def pipeline_options(teams: list[Path] | None, themes: list[Path] | None, sections: list[Path] | None, config: Path | None) -> dict:
    opts: dict = {}
    if teams:
        opts["teams"] = [str(p) for p in teams]
    if themes:
        opts["themes"] = [str(p) for p in themes]
    if sections:
        opts["sections"] = [str(p) for p in sections]
    if config:
        opts["config"] = str(config)
    return opts


TeamsOpt = typer.Option(None, "--teams", help="Extra team lexicon (YAML), added to the default one. Repeatable.")
ThemesOpt = typer.Option(None, "--themes", help="Extra theme cue file (YAML), added to the default one. Repeatable.")
SectionsOpt = typer.Option(None, "--sections", help="Extra section headings file (YAML). Repeatable.")
ConfigOpt = typer.Option(None, "--config", help="A spaCy pipeline config to use instead of the bundled one.")
JobsOpt = typer.Option(None, "--jobs", "-j", min=1, help="Documents processed in parallel (default: all cores).")
YearOpt = typer.Option(None, "--year", help="Report year to use instead of the one found in each report.")
PasswordOpt = typer.Option(None, "--password", help="Password for encrypted PDFs.")
ProgressOpt = typer.Option(True, help="Show a progress bar.")


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Report files or folders (PDF, DOCX, TXT, MD)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output file: .jsonl, .csv or .parquet."),
    jobs: Optional[int] = JobsOpt,
    year: Optional[int] = YearOpt,
    password: Optional[str] = PasswordOpt,
    teams: Optional[List[Path]] = TeamsOpt,
    themes: Optional[List[Path]] = ThemesOpt,
    sections: Optional[List[Path]] = SectionsOpt,
    config: Optional[Path] = ConfigOpt,
    progress: bool = ProgressOpt,
) -> None:
    """Extract findings from reports into one findings file."""
    from .batch import BatchInterrupted, extract_paths
    from .export import findings_writer

    try:
        with findings_writer(out) as write:  # findings go to the file as reports finish
            result = extract_paths(
                paths, jobs=jobs, year=year, password=password, progress=progress,
                pipeline_options=pipeline_options(teams, themes, sections, config), on_findings=write,
            )
            if not result.documents and not result.errors:
                fail(f"no files found in {', '.join(map(str, paths))}")
    except FocusFiveError as exc:
        fail(str(exc))
    except BatchInterrupted as exc:
        fail(f"interrupted after {exc.done} of {exc.total} reports; {out} not written", exc.exit_code)
    for err in result.errors:
        typer.secho(f"skipped {err.source}: {err.error}: {err.message}", fg=typer.colors.YELLOW, err=True)
    typer.echo(
        f"{write.count} findings from {len(result.documents)} document(s) -> {out}"
        + (f"; {len(result.errors)} file(s) failed" if result.errors else ""),
        err=True,
    )
    if not result.documents and result.errors:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Annotations, one JSON document a line (spec/FINDINGS.md section 7)."),
    paths: Optional[List[Path]] = typer.Argument(None, help="The annotated reports (default: beside the gold file)."),
    jobs: Optional[int] = JobsOpt,
    teams: Optional[List[Path]] = TeamsOpt,
    themes: Optional[List[Path]] = ThemesOpt,
    sections: Optional[List[Path]] = SectionsOpt,
    config: Optional[Path] = ConfigOpt,
    details: bool = typer.Option(False, "--details", help="List missed and spurious tuples per document."),
) -> None:
    """Extract the annotated reports and print precision, recall and F1 per score."""
    from collections import defaultdict

    from .batch import collect_paths, extract_paths
    from .evaluation import format_scores, load_gold, score

    try:
        gold_docs = load_gold(gold)
    except FocusFiveError as exc:
        fail(str(exc))
    from .readers import SUPPORTED_SUFFIXES

    candidates = [p for p in collect_paths(paths or [gold.parent]) if p.suffix.lower() in SUPPORTED_SUFFIXES]
    by_name = {p.name: p for p in candidates}
    by_stem = {p.stem: p for p in candidates}
    wanted = []
    for stem, rec in gold_docs.items():
        found = by_name.get(Path(rec["doc"]).name) or by_stem.get(stem)  # the annotated file itself, else a rendition
        if found is None:
            typer.secho(f"warning: no report found for annotated document {rec['doc']}", fg=typer.colors.YELLOW, err=True)
        else:
            wanted.append(found)
    result = extract_paths(wanted, jobs=jobs, progress=False, pipeline_options=pipeline_options(teams, themes, sections, config))
    for err in result.errors:
        typer.secho(f"failed {err.source}: {err.error}: {err.message}", fg=typer.colors.YELLOW, err=True)
    predicted: dict[str, list] = defaultdict(list)
    for f in result.findings:
        predicted[Path(f.source).stem].append(f.to_dict())
    totals, per_doc = score({k: v.get("findings", []) for k, v in gold_docs.items()}, predicted)
    typer.echo(format_scores(totals))
    if details:
        for doc, names in per_doc.items():
            typer.echo(f"\n## {doc}")
            for name, diff in names.items():
                for t in diff["missed"]:
                    typer.echo(f"  {name} missed   {t}")
                for t in diff["spurious"]:
                    typer.echo(f"  {name} spurious {t}")


def main() -> None:
    """Entry point of the ``focusfive`` script: errors are one line, never a traceback
    (set FOCUSFIVE_DEBUG=1 to see one)."""
    import os

    from .interrupts import BatchInterrupted

    try:
        app()
    except BatchInterrupted as exc:  # a command without its own message for it
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(exc.exit_code)
    except (FocusFiveError, OSError) as exc:
        if os.environ.get("FOCUSFIVE_DEBUG"):
            raise
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: say so in one line and how to get the details
        if os.environ.get("FOCUSFIVE_DEBUG"):
            raise
        typer.secho(f"internal error: {type(exc).__name__}: {exc} (run again with FOCUSFIVE_DEBUG=1 for the traceback)",
                    fg=typer.colors.RED, err=True)
        sys.exit(3)


from . import cli_dataset  # noqa: E402,F401  (registers dataset commands)
