"""The ``focusfive`` command line: extract, build, query, compare, report, export, evaluate, init.

Everything a command is given (output suffix, lexicon files, manifest, filter values) is
checked before any report is read, so a typo costs a second, not an extraction.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, List, Optional

import typer

from .errors import FocusFiveError

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  help="""Audit findings reports of children's social care, as data.

\b
Examples:
  focusfive build corpus --out out/dataset
  focusfive compare out/dataset --by theme --recurring
  focusfive report out/dataset --out out/report.html
  focusfive COMMAND --help     (every command's options and examples)""")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"focusfive_nlp {__version__}")
        raise typer.Exit(0)


@app.callback(invoke_without_command=True)
def _root(ctx: typer.Context,
          version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    if ctx.invoked_subcommand is None:  # plain `focusfive`: the help, and success
        typer.echo(ctx.get_help())
        raise typer.Exit(0)


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


def check_pipeline_options(opts: dict) -> None:
    """Load the pipeline once here when the user gave lexicon or config files: a bad file is
    one named error before any report is read (not a worker's traceback)."""
    if opts:
        from .errors import ConfigError
        from .startup import long_lived

        try:
            with long_lived():
                from .pipeline import load_pipeline

                load_pipeline(**opts)
        except ConfigError as exc:
            if "[False]" in exc.reason or "[True]" in exc.reason:  # YAML 1.1: no/yes/on/off are booleans
                raise ConfigError(f"{exc.reason} (YAML reads a bare no, yes, on or off as true/false: put the key in quotes, "
                                  "e.g. \"no\":)", path=exc.path) from None
            raise


def check_out(out: Path, suffixes: Iterable[str], what: str = "output") -> None:
    """An output path with a suffix the command writes, checked before the work starts."""
    suffixes = tuple(suffixes)
    suffix = out.suffix.lower() if out.suffix else ""
    if suffix not in suffixes and not ("" in suffixes and out.is_dir()):
        raise FocusFiveError(f"unknown {what} format {suffix or '(no extension)'}; use {', '.join(s or 'a folder' for s in suffixes)}",
                             path=out)


TeamsOpt = typer.Option(None, "--teams", metavar="FILE", help="Extra team lexicon (YAML), added to the default one. Repeatable.")
ThemesOpt = typer.Option(None, "--themes", metavar="FILE", help="Extra theme cue file (YAML), added to the default one. Repeatable.")
SectionsOpt = typer.Option(None, "--sections", metavar="FILE", help="Extra section headings file (YAML). Repeatable.")
ConfigOpt = typer.Option(None, "--config", metavar="FILE", help="A spaCy pipeline config to use instead of the bundled one.")
JobsOpt = typer.Option(None, "--jobs", "-j", min=1, metavar="N", help="Documents processed in parallel (default: all cores).")
YearOpt = typer.Option(None, "--year", metavar="YEAR", help="Report year to use instead of the one found in each report.")
PasswordOpt = typer.Option(None, "--password", metavar="TEXT", help="Password for encrypted PDFs.")
ProgressOpt = typer.Option(True, "--progress/--no-progress", help="Show a progress bar while reports are read (default: on).")
RedactOpt = typer.Option(False, "--redact", help="Replace personal names (officers, children, carers) in the evidence text by a placeholder.")
NamesOpt = typer.Option(None, "--names", metavar="FILE",
                        help="Extra names lexicon (YAML, as models/names.yaml) for --redact; implies --redact. Repeatable.")


def redact_option(redact: bool, names: list[Path] | None):
    """The ``redact=`` argument the library takes for --redact / --names."""
    return [str(p) for p in names] if names else (True if redact else None)


ReaderOpt = typer.Option(None, "--reader", metavar="pdfium|pdfplumber", help="PDF reader: pdfium (default, fast) or pdfplumber.")


def use_pdf_reader(reader: Optional[str]) -> None:
    """Make ``--reader`` the PDF reader of this run (worker processes inherit it)."""
    if reader:
        from .readers import set_default_pdf_reader

        set_default_pdf_reader(reader)


def prepare_run(paths: list, out: Path, suffixes: Iterable[str], what: str, *, reader: Optional[str],
                teams, themes, sections, config, manifest: Optional[Path]):
    """Every option of a run checked before any report is read (output suffix, PDF reader, lexicon
    files, manifest, inputs): the inputs (paths, or URLs as text), pipeline options and manifest read."""
    from .batch import collect_paths
    from .organisation import Manifest
    from .remote import is_url

    paths = [p if is_url(p) else Path(p) for p in paths]  # URLs stay text: a Path would fold their "//"
    check_out(out, suffixes, what)
    use_pdf_reader(reader)
    opts = pipeline_options(teams, themes, sections, config)
    check_pipeline_options(opts)
    read_manifest = Manifest.read(manifest) if manifest else None
    if not collect_paths(paths):
        fail(f"no files found in {', '.join(map(str, paths))}")
    return paths, opts, read_manifest
OrganisationOpt = typer.Option(None, "--organisation", "--org", metavar="NAME",
                               help="Whose reports these are (a council, a trust). Default: the folder layout "
                                    "PATH/<organisation>/..., else --manifest.")
ManifestOpt = typer.Option(None, "--manifest", metavar="FILE",
                           help="CSV with a header path,organisation[,year]: the organisation (and year) of each file.")


def summarise_files(docs: list[dict]) -> list[str]:
    """One way of counting what a run read, for extract and build alike: reports, and every
    other file listed with why it is not a report of its own."""
    why = {
        "duplicate": "same content as {dup}: counted once",
        "alternate": "another format of {dup}: read once, from that file",
        "skipped": "not a report (a folder's README, annotations or data file); name it explicitly to read it",
        "kept": "from the earlier build, not among these inputs: kept",
        "missing": "from the earlier build, file gone: its findings kept (use --prune to drop them)",
    }
    lines = []
    for d in docs:
        status = d.get("status") or "ok"
        if status in why:
            lines.append(f"  {status:<9} {d['source']}: {why[status].format(dup=d.get('duplicate_of') or '?')}")
    return lines


def count_line(n_findings: int, docs: list[dict], n_errors: int, out: Path, extra: str = "") -> str:
    from collections import Counter

    status = Counter(d.get("status") or "ok" for d in docs)
    reports = status.get("ok", 0) + status.get("kept", 0) + status.get("missing", 0)
    others = ", ".join(f"{n} {s}" for s, n in sorted(status.items()) if s not in ("ok",))
    return (f"{n_findings} findings from {reports} report(s) -> {out}" + (f" ({extra})" if extra else "")
            + (f"; other files: {others} (listed above)" if others else "")
            + (f"; {n_errors} file(s) failed" if n_errors else ""))


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Report files or folders (PDF, DOCX, TXT, MD), or URLs such as s3://bucket/archive/ (fsspec)."),
    out: Path = typer.Option(..., "--out", "-o", metavar="FILE", help="Output file: .jsonl, .csv or .parquet."),
    jobs: Optional[int] = JobsOpt,
    year: Optional[int] = YearOpt,
    password: Optional[str] = PasswordOpt,
    organisation: Optional[str] = OrganisationOpt,
    manifest: Optional[Path] = ManifestOpt,
    teams: Optional[List[Path]] = TeamsOpt,
    themes: Optional[List[Path]] = ThemesOpt,
    sections: Optional[List[Path]] = SectionsOpt,
    config: Optional[Path] = ConfigOpt,
    progress: bool = ProgressOpt,
    redact: bool = RedactOpt,
    names: Optional[List[Path]] = NamesOpt,
    reader: Optional[str] = ReaderOpt,
) -> None:
    """Extract findings from reports into one findings file.

    \b
    Examples:
      focusfive extract corpus --out findings.jsonl
      focusfive extract archive/2021.pdf archive/2022.docx --out findings.parquet --organisation "Blue County"
      focusfive extract archive --out findings.csv --teams our_teams.yaml --jobs 2
      focusfive extract minutes --out shared.jsonl --redact            (personal names replaced in the evidence)
    """
    from dataclasses import asdict

    from .batch import BatchInterrupted, extract_paths
    from .export import FINDINGS_FORMATS, findings_writer
    from .organisation import label, organisation_lookup

    try:
        paths, opts, read_manifest = prepare_run(paths, out, FINDINGS_FORMATS, "output", reader=reader, teams=teams, themes=themes,
                                          sections=sections, config=config, manifest=manifest)
        lookup = organisation_lookup(paths, organisation=organisation, manifest=read_manifest)
        with findings_writer(out) as write:  # findings go to the file as reports finish

            def add(findings: list) -> None:
                label(findings, lookup)
                write(findings)

            result = extract_paths(paths, jobs=jobs, year=year, password=password, progress=progress, pipeline_options=opts,
                                   redact=redact_option(redact, names), on_findings=add)
            label(result.documents, lookup)
            for err in result.errors:
                typer.secho(f"failed {err.source}: {err.error}: {err.message}", fg=typer.colors.YELLOW, err=True)
            if result.errors and not any(d.status == "ok" for d in result.documents):  # nothing read: no output at all
                fail(f"no report could be read ({len(result.errors)} file(s) failed); {out} not written", code=1)
    except FocusFiveError as exc:
        fail(str(exc))
    except BatchInterrupted as exc:
        fail(f"interrupted after {exc.done} of {exc.total} reports; {out} not written", exc.exit_code)
    docs = [asdict(d) for d in result.documents]
    for line in summarise_files(docs):
        typer.echo(line, err=True)
    typer.echo(count_line(write.count, docs, len(result.errors), out), err=True)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD.jsonl", help="Annotations, one JSON document a line (docs/FINDINGS.md section 7)."),
    paths: Optional[List[Path]] = typer.Argument(None, metavar="[PATH]...", help="The annotated reports (default: beside the gold file)."),
    jobs: Optional[int] = JobsOpt,
    teams: Optional[List[Path]] = TeamsOpt,
    themes: Optional[List[Path]] = ThemesOpt,
    sections: Optional[List[Path]] = SectionsOpt,
    config: Optional[Path] = ConfigOpt,
    details: bool = typer.Option(False, "--details", help="List missed and spurious tuples per document."),
    progress: bool = ProgressOpt,
) -> None:
    """Extract the annotated reports and print precision, recall and F1 per score.

    \b
    Examples:
      focusfive evaluate corpus/focus-five-audit-findings-2021.jsonl
      focusfive evaluate tests/data/dev/gold.jsonl tests/data/dev --details
    """
    from collections import defaultdict

    from .batch import collect_paths, extract_paths
    from .evaluation import format_scores, load_gold, score
    from .readers import SUPPORTED_SUFFIXES

    try:
        gold_docs = load_gold(gold)
        opts = pipeline_options(teams, themes, sections, config)
        check_pipeline_options(opts)
    except FocusFiveError as exc:
        fail(str(exc))
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
    result = extract_paths(wanted, jobs=jobs, progress=progress, pipeline_options=opts)
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


@app.command()
def init(
    folder: Path = typer.Argument(..., metavar="DIR", help="Folder to write the starter lexicons into (created if needed)."),
    force: bool = typer.Option(False, "--force", help="Overwrite files already there."),
) -> None:
    """Write starter lexicons (teams.yaml, themes.yaml, sections.yaml) for a council's own names.

    Each file is commented and loads as it is; edit it, then pass it to extract or build.

    \b
    Examples:
      focusfive init our-lexicons
      focusfive build archive --out out/dataset --teams our-lexicons/teams.yaml \\
          --themes our-lexicons/themes.yaml --sections our-lexicons/sections.yaml
    """
    from .starter import write_starter_lexicons

    try:
        written = write_starter_lexicons(folder, force=force)
    except FocusFiveError as exc:
        fail(str(exc))
    for path in written:
        typer.echo(f"wrote {path}", err=True)
    typer.echo(f"next: edit them, then: focusfive build REPORTS --out DATASET --teams {folder / 'teams.yaml'} "
               f"--themes {folder / 'themes.yaml'} --sections {folder / 'sections.yaml'}", err=True)


def _plain_argument_type(self, ctx):  # noqa: ANN001
    """Arguments show their metavar, not a Python type such as <list[Path]>."""
    return None


def main() -> None:
    """Entry point of the ``focusfive`` script: errors are one line, never a traceback
    (set FOCUSFIVE_DEBUG=1 to see one)."""
    import os

    from .interrupts import BatchInterrupted
    from .startup import own_process

    own_process()  # start-up may freeze what it builds for the collector (startup.py)
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


import typer.core as _typer_core  # noqa: E402

_typer_core.TyperArgument.display_type_rich = _plain_argument_type  # type: ignore[method-assign]

from . import cli_dataset  # noqa: E402,F401  (registers dataset commands)
