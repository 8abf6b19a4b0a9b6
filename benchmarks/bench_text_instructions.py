"""Text-path work in instructions (on demand): run under callgrind with and without the pass.

Usage (the difference of the two totals is one pass over the report texts):

    PYTHONHASHSEED=0 valgrind --tool=callgrind python benchmarks/bench_text_instructions.py 0
    PYTHONHASHSEED=0 valgrind --tool=callgrind python benchmarks/bench_text_instructions.py 1

Loads the default pipeline, extracts every report text once to warm it (the texts of
bench_text_speed.py, the blind sets left out), then PASSES more times. Instruction counts
do not change with the machine's load, so they compare two versions on a shared machine.
"""
from __future__ import annotations

import sys

from bench_text_speed import report_texts

from focusfive_nlp import extract, load_pipeline


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    texts = report_texts()
    nlp = load_pipeline()
    for _ in range(1 + passes):
        for text in texts:
            extract(text, nlp=nlp)
    print(f"{len(texts)} report texts, 1 warm pass + {passes}")


if __name__ == "__main__":
    main()
