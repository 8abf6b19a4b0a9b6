"""Batch benchmark (on demand, not part of the tests): parallel speed-up and the cache.

Usage: python benchmarks/bench_batch.py [--pages 200] [--rounds 3] [--workdir DIR] [--keep]

1. Scaling: ``extract_paths`` over a folder of multi-page PDFs with ``jobs=1`` then
   ``jobs=2`` (pool start-up and pipeline loading included, as a user would see it);
   reports pages/s of each, the ratio (issue 4 asks >= 1.6) and whether the findings are
   identical.
2. Cache: ``focusfive build FOLDER --out DS`` run twice as a command (a fresh process each
   time, as a user would); the second run over the unchanged folder must take < 0.3 of the first.

Runs alternate (1, 2, 1, 2, ... and fresh build, rebuild, ...) for ``--rounds`` rounds and
the medians of the per-round ratios are reported: on a shared machine single runs are noisy.

The PDFs come from the corpus reports, rendered with ``scripts/render_report.py``'s
``render_pdf`` when it exists, else with reportlab here (heading, running header, page
numbers), repeated until the folder holds about ``--pages`` pages.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _render_with_reportlab(text: str, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "Focus Five audit findings - OFFICIAL")
        canvas.drawString(A4[0] / 2, 30, str(doc.page))
        canvas.restoreState()

    story = []
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        short = len(block) < 80 and "\n" not in block and not block.endswith(".")
        story.append(Paragraph(escape(block).replace("\n", "<br/>"), styles["Heading2" if short else "BodyText"]))
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=header_footer, onLaterPages=header_footer)


def render_pdf(text: str, path: Path) -> None:
    script = ROOT / "scripts" / "render_report.py"
    if "render_report" in sys.modules:
        sys.modules["render_report"].render_pdf(text, path)
        return
    if script.exists():
        spec = importlib.util.spec_from_file_location("render_report", script)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["render_report"] = mod  # dataclasses need their module registered
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
        if hasattr(mod, "render_pdf"):
            mod.render_pdf(text, path)
            return
    _render_with_reportlab(text, path)


def pdf_pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def make_folder(folder: Path, target_pages: int) -> int:
    texts = sorted((ROOT / "corpus").glob("*.txt"))
    if not texts:
        sys.exit("no corpus/*.txt reports to render")
    folder.mkdir(parents=True, exist_ok=True)
    pages, i = 0, 0
    while pages < target_pages:
        src = texts[i % len(texts)]
        text = src.read_text(encoding="utf-8")
        # a distinct file each time (different content, so the cache cannot merge them)
        text = text + f"\n\nAppendix {i}\n\nThis copy was made for the batch benchmark, number {i}.\n"
        out = folder / f"{src.stem}-copy{i:03d}.pdf"
        render_pdf(text, out)
        pages += pdf_pages(out)
        i += 1
    return pages


def time_extract(folder: Path, jobs: int) -> tuple[float, list[dict]]:
    from focusfive_nlp.batch import extract_paths

    t = time.perf_counter()
    res = extract_paths([folder], jobs=jobs, progress=False)
    elapsed = time.perf_counter() - t
    if res.errors:
        print("errors:", [(e.source, e.error, e.message) for e in res.errors[:3]])
    return elapsed, [f.to_dict() for f in res.findings]


def time_build(folder: Path, out: Path) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "focusfive_nlp", "build", str(folder), "--out", str(out), "--no-progress"]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode:
        sys.exit(proc.stderr)
    return elapsed, proc.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="ff-bench-"))
    folder = work / "pdfs"
    try:
        if folder.exists() and any(folder.glob("*.pdf")):
            pages = sum(pdf_pages(p) for p in folder.glob("*.pdf"))
        else:
            pages = make_folder(folder, args.pages)
        n = len(list(folder.glob("*.pdf")))
        print(f"{n} PDFs, {pages} pages in {folder}; {os.cpu_count()} cpu(s)")

        ratios, same = [], True
        for r in range(args.rounds):
            t1, f1 = time_extract(folder, 1)
            t2, f2 = time_extract(folder, 2)
            same = same and f1 == f2
            ratios.append(t1 / t2)
            print(f"round {r + 1}: jobs=1 {t1:.1f}s ({pages / t1:.1f} pages/s), jobs=2 {t2:.1f}s ({pages / t2:.1f} pages/s), x{t1 / t2:.2f}")
        print(f"speed-up 2 vs 1 core, median of {args.rounds}: {statistics.median(ratios):.2f}x (issue asks >= 1.6); "
              f"same findings: {same} ({len(f1)} findings)")

        store = work / "dataset"
        cache_ratios = []
        for r in range(args.rounds):
            shutil.rmtree(store, ignore_errors=True)
            b1, msg1 = time_build(folder, store)
            b2, msg2 = time_build(folder, store)
            cache_ratios.append(b2 / b1)
            print(f"round {r + 1}: build {b1:.1f}s ({msg1.split('(')[-1].rstrip(')')}), "
                  f"rebuild {b2:.1f}s ({msg2.split('(')[-1].rstrip(')')}), ratio {b2 / b1:.2f}")
        print(f"second / first build, median of {args.rounds}: {statistics.median(cache_ratios):.2f} (issue asks < 0.3)")
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
