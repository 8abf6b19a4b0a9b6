#!/usr/bin/env python
"""PDF reading speed: both focusfive PDF readers against bare pdfplumber and bare pypdfium2.

Over one folder of report PDFs (default: 20 report texts of the test sets and the corpus,
each rendered with ``scripts/render_report.py`` and repeated to at least ten pages):

* ``extract``: whole processes, start-up included: ``focusfive extract FOLDER --jobs 1
  --reader pdfium`` and ``--reader pdfplumber``, a process running bare pdfplumber
  ``page.extract_text()`` and one running bare pypdfium2 ``get_text_range()`` over the
  same files. The issue's bar: pdfium's pages/s >= 5x bare pdfplumber's, with exactly the
  findings of ``--reader pdfplumber`` (checked on every run).
* ``reader``: in process, ``read_document`` with each reader (text, fonts, headings,
  headers and footers, columns, tables) against the same two bare extractions.

Runs alternate, the order turning each round, so drift in machine load hits every side;
medians are printed with each run's figure and the ratios side by side.

With ``PYTHONDONTWRITEBYTECODE`` set (as in some sandboxes and CI images) an editable
install never caches its bytecode, so every ``focusfive`` process compiles the package's
source again (about 0.1 s a run here) while pdfplumber and spaCy run from the bytecode pip
wrote at install. ``--compiled`` byte-compiles the package first (``compileall``, as a wheel
install does), so the runs read cached bytecode like every library they are compared with.

    python benchmarks/bench_pdf.py [--folder DIR] [--files 20] [--min-pages 10] [--runs 3] [--mode both|reader|extract] [--compiled]
"""
from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 5.0  # pdfium extract pages/s over bare pdfplumber extract_text pages/s
BARE_PDFPLUMBER = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
"""
BARE_PDFIUM = """
import sys, pypdfium2
for path in sys.argv[1:]:
    pdf = pypdfium2.PdfDocument(path)
    for i in range(len(pdf)):
        page = pdf[i]
        text = page.get_textpage()
        text.get_text_range()
        text.close()
        page.close()
    pdf.close()
"""


def _renderer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("render_report", ROOT / "scripts" / "render_report.py")
    assert spec is not None and spec.loader is not None
    render = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_report", render)
    spec.loader.exec_module(render)
    return render


def build_folder(folder: Path, n_files: int, min_pages: int) -> list[Path]:
    """Render ``n_files`` report texts as PDFs of at least ``min_pages`` pages each."""
    render = _renderer()
    texts = sorted(p for p in (ROOT / "tests" / "data").glob("*/*.txt") if "blind" not in p.parent.name)  # blind sets: never read
    texts += sorted((ROOT / "corpus").glob("*.txt"))
    out = []
    for txt in texts[:n_files]:
        text = txt.read_text(encoding="utf-8")
        title, _, body = text.strip().partition("\n")
        pdf = folder / f"{txt.parent.name}-{txt.stem}.pdf"
        reps = 1
        while render.render_pdf(title + "\n" + (body + "\n\n") * reps, pdf) < min_pages:
            reps += 1
        out.append(pdf)
    return out


def count_pages(files: list[Path]) -> int:
    import pypdfium2

    total = 0
    for f in files:
        pdf = pypdfium2.PdfDocument(str(f))
        total += len(pdf)
        pdf.close()
    return total


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_process(args: list[str]) -> None:
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}")


def extract_command(folder: Path, out: Path, reader: str) -> list[str]:
    return [sys.executable, "-m", "focusfive_nlp", "extract", str(folder), "--jobs", "1", "--out", str(out),
            "--no-progress", "--reader", reader]


def findings_of(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def alternate(sides: dict[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Seconds of each side per run; the order turns by one side each round."""
    names = list(sides)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(runs):
        for name in names[r % len(names):] + names[: r % len(names)]:
            times[name].append(sides[name]())
    return times


def report(title: str, pages: int, times: dict[str, list[float]], ours: list[str], bare: list[str]) -> dict[str, float]:
    """Print pages/s per side and the median ratios of ours to bare; return the ratios."""
    print(f"{title}: {pages} pages x {len(next(iter(times.values())))} runs")
    for name, secs in times.items():
        rates = [pages / s for s in secs]
        print(f"  {name:<34} pages/s: median {statistics.median(rates):7.1f}  runs {[round(x, 1) for x in rates]}")
    ratios = {}
    for o in ours:
        for b in bare:
            ratio = statistics.median(tb / to for to, tb in zip(times[o], times[b]))
            ratios[f"{o} / {b}"] = ratio
            print(f"  ratio {o} / {b}: {ratio:.2f}x (median of paired runs)")
    return ratios


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, help="folder of PDFs (default: render report texts)")
    ap.add_argument("--files", type=int, default=20, help="when rendering: how many reports")
    ap.add_argument("--min-pages", type=int, default=10, help="when rendering: pages per PDF at least")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mode", choices=["both", "reader", "extract"], default="both")
    ap.add_argument("--check", action="store_true", help="exit 1 below the target or when the readers' findings differ")
    ap.add_argument("--compiled", action="store_true",
                    help="byte-compile focusfive_nlp first, as a wheel install does (see the module docstring)")
    args = ap.parse_args(argv)
    ok = True
    package = Path(importlib.util.find_spec("focusfive_nlp").origin).parent  # type: ignore[union-attr, arg-type]
    if args.compiled:
        compileall.compile_dir(str(package), quiet=1)
    elif os.environ.get("PYTHONDONTWRITEBYTECODE") and not (package / "__pycache__").is_dir():
        print(f"note: PYTHONDONTWRITEBYTECODE is set and {package} has no bytecode cache: each focusfive process "
              "compiles the package again (--compiled byte-compiles it first)")
    with tempfile.TemporaryDirectory(prefix="bench_pdf_") as tmp:
        tmp_path = Path(tmp)
        if args.folder:
            folder = args.folder
            files = sorted(folder.glob("*.pdf"))
        else:
            folder = tmp_path / "pdfs"
            folder.mkdir()
            files = build_folder(folder, args.files, args.min_pages)
        if not files:
            print(f"no PDFs in {folder}", file=sys.stderr)
            return 2
        pages = count_pages(files)
        print(f"{len(files)} PDFs, {pages} pages in {folder}")
        names = list(map(str, files))
        if args.mode in ("both", "reader"):
            from focusfive_nlp.readers import read_document

            def read_all(reader: str) -> float:
                return timed(lambda: [read_document(f, reader=reader) for f in files])

            def bare_in_process(script: str) -> float:
                code = compile(script, "<bare>", "exec")
                saved = sys.argv
                sys.argv = ["bare", *names]
                try:
                    return timed(lambda: exec(code, {}))
                finally:
                    sys.argv = saved

            for reader in ("pdfium", "pdfplumber"):  # imports and caches warm on every side
                read_document(files[0], reader=reader)
            times = alternate({
                "read_document reader=pdfium": lambda: read_all("pdfium"),
                "read_document reader=pdfplumber": lambda: read_all("pdfplumber"),
                "bare pdfplumber extract_text": lambda: bare_in_process(BARE_PDFPLUMBER),
                "bare pypdfium2 get_text_range": lambda: bare_in_process(BARE_PDFIUM),
            }, args.runs)
            report("reader (in process)", pages, times, ["read_document reader=pdfium", "read_document reader=pdfplumber"],
                   ["bare pdfplumber extract_text", "bare pypdfium2 get_text_range"])
        if args.mode in ("both", "extract"):
            outs = {r: tmp_path / f"findings-{r}.jsonl" for r in ("pdfium", "pdfplumber")}
            same: list[bool] = []

            def extract_run(reader: str) -> float:
                secs = timed(lambda: run_process(extract_command(folder, outs[reader], reader)))
                if outs["pdfium"].exists() and outs["pdfplumber"].exists():
                    same.append(findings_of(outs["pdfium"]) == findings_of(outs["pdfplumber"]))
                return secs

            times = alternate({
                "focusfive extract --reader pdfium": lambda: extract_run("pdfium"),
                "focusfive extract --reader pdfplumber": lambda: extract_run("pdfplumber"),
                "bare pdfplumber extract_text": lambda: timed(lambda: run_process([sys.executable, "-c", BARE_PDFPLUMBER, *names])),
                "bare pypdfium2 get_text_range": lambda: timed(lambda: run_process([sys.executable, "-c", BARE_PDFIUM, *names])),
            }, args.runs)
            ratios = report("extract (whole processes, start-up included)", pages, times,
                            ["focusfive extract --reader pdfium", "focusfive extract --reader pdfplumber"],
                            ["bare pdfplumber extract_text", "bare pypdfium2 get_text_range"])
            n_findings = len(findings_of(outs["pdfium"]))
            identical = bool(same) and all(same)
            print(f"  findings: {n_findings} with --reader pdfium; identical to --reader pdfplumber on every run: {identical}")
            bar = ratios["focusfive extract --reader pdfium / bare pdfplumber extract_text"]
            print(f"  target: pdfium extract >= {TARGET:.0f}x bare pdfplumber, same findings: "
                  f"{'OK' if bar >= TARGET and identical else 'NOT MET'}")
            ok = bar >= TARGET and identical
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
