"""What reading themes and teams costs: ff_teams + ff_themes per 700-word page, beside bare
spaCy tokenisation of the same text, measured side by side in one run.

    python benchmarks/bench_themes_teams.py [REPORT.txt] [--rounds 7]

Issue 7's budget for all judgement reading (polarity, teams, themes) is 3 ms per
700-word page on the project's 2-core machine; the ratio to tokenisation is the number
that travels between machines.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from focusfive_nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "corpus" / "focus-five-audit-findings-2021.txt"


def best_of(fn, rounds: int, repeat: int = 5) -> float:
    """Fastest mean seconds per call over ``rounds`` rounds of ``repeat`` calls."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    text = args.report.read_text(encoding="utf-8")
    words = len(text.split())
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:  # everything the taggers read: sentences, grades, figures
        if name == "ff_teams":
            break
        doc = proc(doc)
    teams, themes = nlp.get_pipe("ff_teams"), nlp.get_pipe("ff_themes")
    per_page = lambda seconds: seconds / words * 700 * 1000  # noqa: E731
    tokenise = best_of(lambda: nlp.make_doc(text), args.rounds)
    t_teams = best_of(lambda: teams(doc), args.rounds)
    t_themes = best_of(lambda: themes(doc), args.rounds)
    print(f"{args.report.name}: {words} words")
    print(f"tokenisation  {per_page(tokenise):6.2f} ms per 700-word page")
    print(f"ff_teams      {per_page(t_teams):6.2f} ms per page ({t_teams / tokenise:.2f} x tokenisation)")
    print(f"ff_themes     {per_page(t_themes):6.2f} ms per page ({t_themes / tokenise:.2f} x tokenisation)")


if __name__ == "__main__":
    main()
