"""Judgement-reading benchmark (on demand, not part of the tests).

Usage: python benchmarks/bench_polarity.py [REPORT.txt ...] [--rounds 20]

What reads judgements is the cue tagger (``ff_cues``) and the polarity composition
(``polarity.score``, called by ``ff_findings`` for every sentence, clause and figure);
issue 7 allows them 3 ms per 700-word page together. Each round runs the whole pipeline
over the reports, timing ff_cues and every call of ``score`` inside it, beside bare spaCy
tokenisation of the same text in the same round; the medians over the rounds are printed
as ms per 700-word page and as a ratio to tokenisation (the ratio is steadier on a shared
machine than the milliseconds).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from focusfive_nlp import load_pipeline  # noqa: E402
from focusfive_nlp.pipeline import assemble, figure_findings, polarity, tables  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    paths = args.reports or sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    spent = [0.0]
    original = polarity.score

    def timed_score(*a, **k):
        start = time.perf_counter()
        try:
            return original(*a, **k)
        finally:
            spent[0] += time.perf_counter() - start

    for module in (assemble, figure_findings, tables):
        module.score = timed_score
    cues = nlp.get_pipe("ff_cues")
    rows = []
    for _ in range(args.rounds):
        spent[0] = 0.0
        cue_time = 0.0
        for text in texts:
            doc = nlp.make_doc(text)
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                doc = proc(doc)
                if proc is cues:
                    cue_time += time.perf_counter() - start
        start = time.perf_counter()
        for text in texts:
            nlp.tokenizer(text)
        tokenise = time.perf_counter() - start
        rows.append((cue_time, spent[0], tokenise))
    page = 700 / words * 1000
    cue_ms = statistics.median(r[0] for r in rows) * page
    score_ms = statistics.median(r[1] for r in rows) * page
    tok_ms = statistics.median(r[2] for r in rows) * page
    print(f"{len(texts)} reports, {words} words, {args.rounds} rounds (medians, ms per 700-word page)")
    print(f"ff_cues            {cue_ms:6.2f}")
    print(f"polarity.score     {score_ms:6.2f}")
    print(f"judgement reading  {cue_ms + score_ms:6.2f}   (budget 3.00; {(cue_ms + score_ms) / tok_ms:.2f} x bare tokenisation)")
    print(f"bare tokenisation  {tok_ms:6.2f}")


if __name__ == "__main__":
    main()
