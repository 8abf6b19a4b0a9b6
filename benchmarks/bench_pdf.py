#!/usr/bin/env python
"""PDF reading speed: focusfive against bare pdfplumber, alternating runs.

Two measurements over the same folder of multi-page PDFs:

* ``extract``: ``focusfive extract FOLDER --jobs 1`` (a subprocess, so spaCy's start-up
  counts) against a subprocess running bare pdfplumber ``page.extract_text()`` over the
  same files. This is the issue's target: median ratio of pages/s >= 0.85.
* ``reader``: in-process ``read_document`` (text, fonts, headings, headers/footers,
  columns, tables) against in-process bare pdfplumber ``page.extract_text()``.

Runs alternate (ours, bare, bare, ours, ...) so drift in machine load hits both sides.
Without ``--folder`` the PDFs are rendered from ``corpus/*.txt`` with
``scripts/render_report.py``, each text repeated until the PDF has at least
``--min-pages`` pages. ``extract`` is skipped with a note while the pipeline is not
ready (it raises NotImplementedError).

    python benchmarks/bench_pdf.py [--folder DIR] [--runs 5] [--mode both|reader|extract]
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.85
BARE_SCRIPT = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
"""


def build_folder(folder: Path, min_pages: int) -> list[Path]:
    """Render every corpus report as a PDF of at least ``min_pages`` pages."""
    spec = importlib.util.spec_from_file_location("render_report", ROOT / "scripts" / "render_report.py")
    assert spec is not None and spec.loader is not None
    render = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_report", render)
    spec.loader.exec_module(render)
    out = []
    for txt in sorted((ROOT / "corpus").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        title, _, body = text.strip().partition("\n")
        pdf = folder / f"{txt.stem}.pdf"
        reps = 1
        while render.render_pdf(title + "\n" + (body + "\n\n") * reps, pdf) < min_pages:
            reps += 1
        out.append(pdf)
    return out


def count_pages(files: list[Path]) -> int:
    import pdfplumber

    total = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            total += len(pdf.pages)
    return total


def bare_inprocess(files: list[Path]) -> float:
    import pdfplumber

    start = time.perf_counter()
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
    return time.perf_counter() - start


def reader_inprocess(files: list[Path]) -> float:
    from focusfive_nlp.readers import read_document

    start = time.perf_counter()
    for f in files:
        read_document(f)
    return time.perf_counter() - start


def bare_subprocess(files: list[Path]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE_SCRIPT, *map(str, files)], check=True)
    return time.perf_counter() - start


def extract_subprocess(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "focusfive_nlp", "extract", str(folder), "--jobs", "1", "--out", str(out), "--no-progress"],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}")
    return elapsed


def alternate(name: str, ours, bare, pages: int, runs: int) -> float:  # type: ignore[no-untyped-def]
    """Time ``ours`` and ``bare`` in alternating order; print pages/s; return the median ratio."""
    ratios, ours_rates, bare_rates = [], [], []
    for r in range(runs):
        if r % 2 == 0:
            t_ours, t_bare = ours(), bare()
        else:
            t_bare, t_ours = bare(), ours()
        ours_rates.append(pages / t_ours)
        bare_rates.append(pages / t_bare)
        ratios.append(t_bare / t_ours)
    med = statistics.median(ratios)
    print(f"{name}: {pages} pages x {runs} runs")
    print(f"  focusfive      pages/s: median {statistics.median(ours_rates):6.1f}  runs {[round(x, 1) for x in ours_rates]}")
    print(f"  bare pdfplumber pages/s: median {statistics.median(bare_rates):6.1f}  runs {[round(x, 1) for x in bare_rates]}")
    print(f"  median ratio {med:.2f} (target >= {TARGET}) {'OK' if med >= TARGET else 'BELOW TARGET'}")
    return med


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, help="folder of PDFs (default: render corpus/*.txt)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--min-pages", type=int, default=8, help="when rendering: pages per PDF at least")
    ap.add_argument("--mode", choices=["both", "reader", "extract"], default="both")
    ap.add_argument("--check", action="store_true", help="exit 1 when a measured ratio is below the target")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_pdf_") as tmp:
        tmp_path = Path(tmp)
        if args.folder:
            folder = args.folder
            files = sorted(folder.glob("*.pdf"))
        else:
            folder = tmp_path / "pdfs"
            folder.mkdir()
            files = build_folder(folder, args.min_pages)
        if not files:
            print(f"no PDFs in {folder}", file=sys.stderr)
            return 2
        pages = count_pages(files)
        print(f"{len(files)} PDFs, {pages} pages in {folder}")
        ratios = []
        if args.mode in ("both", "reader"):
            reader_inprocess(files[:1])  # import and warm up both sides once
            bare_inprocess(files[:1])
            ratios.append(alternate("reader (read_document, in-process)", lambda: reader_inprocess(files), lambda: bare_inprocess(files), pages, args.runs))
        if args.mode in ("both", "extract"):
            out = tmp_path / "findings.jsonl"
            try:
                extract_subprocess(folder, out)
            except RuntimeError as exc:
                print(f"extract: skipped, `focusfive extract` does not work yet ({exc})")
            else:
                ratios.append(alternate("extract (focusfive extract --jobs 1, subprocess)", lambda: extract_subprocess(folder, out), lambda: bare_subprocess(files), pages, args.runs))
    return 1 if args.check and any(r < TARGET for r in ratios) else 0


if __name__ == "__main__":
    raise SystemExit(main())
