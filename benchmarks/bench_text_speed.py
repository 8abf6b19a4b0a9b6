"""Text-path speed (on demand, not part of the tests): words/s of ``extract`` beside a warm tokenizer.

Usage: python benchmarks/bench_text_speed.py [--rounds 5]

Over the repository's report texts (corpus/*.txt and tests/data/*/*.txt, the blind sets
left out as in scripts/findings_snapshot.py: they are scored once, never looked into), each round
times ``focusfive_nlp.extract`` (the default pipeline, loaded and warmed first) and then
``spacy.blank("en")``'s tokenizer (warmed the same way) on the same texts, so both see
the same machine load. Prints words/s of each (words: whitespace-separated), medians of
the rounds, and the ratio extract / tokenizer: the target is >= 0.105.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

from focusfive_nlp import extract, load_pipeline

ROOT = Path(__file__).resolve().parents[1]


def report_texts() -> list[str]:
    paths = sorted(ROOT.glob("corpus/*.txt"))
    paths += sorted(p for p in ROOT.glob("tests/data/*/*.txt") if "blind" not in p.parent.name)
    return [p.read_text(encoding="utf-8") for p in paths]


def seconds(fn, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = report_texts()
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    tokenizer = spacy.blank("en").tokenizer

    def run_extract(text):
        return extract(text, nlp=nlp)

    seconds(run_extract, texts)
    seconds(tokenizer, texts)
    pipeline, tokens, ratios = [], [], []
    for _ in range(args.rounds):
        pipeline.append(words / seconds(run_extract, texts))
        tokens.append(words / seconds(tokenizer, texts))
        ratios.append(pipeline[-1] / tokens[-1])
    print(f"{len(texts)} report texts, {words:,} words; medians of {args.rounds} alternating rounds")
    print(f"extract:   {statistics.median(pipeline):>12,.0f} words/s")
    print(f"tokenizer: {statistics.median(tokens):>12,.0f} words/s (spacy.blank('en'), warm)")
    print(f"ratio extract / tokenizer: {statistics.median(ratios):.3f} (target >= 0.105)")


if __name__ == "__main__":
    main()
