"""Render the corpus reports that corpus/README.md lists as PDF or Word into corpus/.

Usage: python scripts/build_corpus.py [--corpus corpus] [--dry-run]

corpus/README.md says which reports to render, in a line such as
``**Rendering:** render as PDF: `a.txt`, `b.txt`; render as DOCX: `c.txt`; ...``
(a ``NAME.pdf`` / ``NAME.docx`` mentioned anywhere in the README is also taken). Each is
rendered from its ``NAME.txt`` with scripts/render_report.py (``render_pdf`` /
``render_docx``): running header, page-number footer, bold headings, paragraphs that flow
across pages. The rendered files are the bundled demo: ``focusfive build corpus/`` reads
each report once, from its .docx or .pdf rendition (see focusfive_nlp.batch: renditions),
and the .txt stays beside it as the annotated source.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = re.compile(r"([\w.\-]+)\.(pdf|docx)\b", re.I)


def load_renderer():
    script = ROOT / "scripts" / "render_report.py"
    if not script.exists():
        sys.exit("scripts/render_report.py is missing")
    spec = importlib.util.spec_from_file_location("render_report", script)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["render_report"] = mod  # dataclasses need their module registered
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


RENDER_AS = re.compile(r"render as (PDF|DOCX)\s*:([^;\n]*)", re.I)
TXT = re.compile(r"([\w.\-]+)\.txt\b")


def planned(corpus: Path) -> list[tuple[Path, Path, dict]]:
    """(source .txt, target, options) for every rendition the README asks for."""
    readme = corpus / "README.md"
    if not readme.exists():
        sys.exit(f"{readme} not found")
    jobs: dict[Path, tuple[Path, Path, dict]] = {}

    def add(stem: str, ext: str, line: str) -> None:
        src = corpus / f"{stem}.txt"
        if not src.exists():
            return
        target = corpus / f"{stem}.{ext.lower()}"
        opts: dict = {}
        low = line.lower()
        if ext.lower() == "pdf":
            if "two-column" in low or "two column" in low:
                opts["two_column"] = True
            if "no header" in low or "no running header" in low:
                opts["header"] = False
        jobs[target] = (src, target, opts)

    for line in readme.read_text(encoding="utf-8").splitlines():
        for ext, names in RENDER_AS.findall(line):
            for stem in TXT.findall(names):
                add(stem, ext, line)
        for stem, ext in NAME.findall(line):
            add(stem, ext, line)
    return list(jobs.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    jobs = planned(args.corpus)
    if not jobs:
        print("corpus/README.md names no .pdf or .docx rendition of a corpus .txt")
        return 1
    renderer = None if args.dry_run else load_renderer()
    for src, target, opts in jobs:
        print(f"{src.name} -> {target.name} {opts or ''}")
        if renderer is None:
            continue
        text = src.read_text(encoding="utf-8")
        if target.suffix == ".pdf":
            pages = renderer.render_pdf(text, target, **opts)
            print(f"  {pages} pages")
        else:
            renderer.render_docx(text, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
