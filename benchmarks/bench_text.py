"""Text-path benchmark (on demand, not part of the tests): the plain text view's cost and long texts in parts.

Usage: python benchmarks/bench_text.py [--rounds 5] [--long-chars 440000]

1. View cost: ``textview.plain_view`` (typography to plain forms) beside the whole
   extraction of the same text, on the sample report as written and with its typography
   made fancy (curly quotes, non-breaking spaces, Windows line ends): the view's share of
   the extraction time.
2. Long texts: the annotated reports concatenated to ``--long-chars`` characters, read in
   parts (the default) and in one Doc, side by side: the time ratio, and whether the
   figures found agree.

Runs alternate for ``--rounds`` rounds and medians are reported: single runs on a shared
machine are noisy.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from focusfive_nlp import extract, load_pipeline
from focusfive_nlp.pipeline import findings_from_document
from focusfive_nlp.readers import text_document
from focusfive_nlp.textview import plain_view

ROOT = Path(__file__).resolve().parents[1]


def clock(fn, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--long-chars", type=int, default=440_000)
    args = parser.parse_args()
    nlp = load_pipeline()
    sample = (ROOT / "corpus" / "focus-five-audit-findings-2021.txt").read_text(encoding="utf-8")
    fancy = sample.replace("'", "\u2019").replace(" of ", "\u00a0of ").replace("\n", "\r\n")
    for name, text in (("sample as written", sample), ("sample, fancy typography", fancy)):
        extract(text, nlp=nlp)
        shares = []
        for _ in range(args.rounds):
            view = clock(lambda: plain_view(text), repeat=50)
            whole = clock(lambda: extract(text, nlp=nlp), repeat=3)
            shares.append(view / whole)
        print(f"{name}: {len(text):,} chars; plain view {view * 1e3:.3f} ms, extraction {whole * 1e3:.1f} ms; "
              f"view share (median of {args.rounds}) {statistics.median(shares):.4f}")

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
             if "blind" not in p.parent.name]  # blind sets: never read
    long, n = "", 0
    while len(long) < args.long_chars:
        for t in texts:
            n += 1
            long += f"PART {n}\n\n{t.rstrip()}\n\n"
    doc = text_document(long)
    ratios, agree = [], True
    for _ in range(max(1, args.rounds // 2)):
        t0 = time.perf_counter()
        parts = findings_from_document(nlp, doc)
        t1 = time.perf_counter()
        whole = findings_from_document(nlp, doc, part_chars=len(long))
        t2 = time.perf_counter()
        ratios.append((t1 - t0) / (t2 - t1))
        agree &= [(f.start_char, f.value, f.section) for f in parts if f.value is not None] == \
                 [(f.start_char, f.value, f.section) for f in whole if f.value is not None]
    print(f"long text: {len(long):,} chars; in parts {t1 - t0:.1f} s, whole {t2 - t1:.1f} s; "
          f"parts / whole time (median) {statistics.median(ratios):.2f}; figures agree: {agree}")


if __name__ == "__main__":
    main()
