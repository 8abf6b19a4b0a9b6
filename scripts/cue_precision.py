"""How often each polarity cue decides a finding rightly, over annotated sets (lexicon hygiene).

Usage: python scripts/cue_precision.py GOLD.jsonl [GOLD.jsonl ...] [--min 2]

Every finding's ``rule`` names the cue or composition step that decided its polarity
("clause:cues|negated 'timely'", "figure:percent_symbol|cue 'in time'"). For each
deciding cue this extracts the annotated reports (beside each gold file) and counts the
findings it decided and how many of them are right: a figure whose (section, value,
polarity) is annotated, or a qualitative finding that shares an annotated (section, theme
or team, polarity) tuple. Cues that decide mostly wrongly are the ones to drop or narrow
in models/polarity.yaml.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from focusfive_nlp import extract, load_pipeline  # noqa: E402
from focusfive_nlp.evaluation import load_gold, tuples  # noqa: E402

# the step ends the rule or precedes its "; themes: ..." part
STEP = re.compile(r"\|(?:intensified )?(cue|negated|weak cue|change) '(.+?)'(?:;|$)")


def right(finding: dict, gold: dict) -> bool:
    mine = tuples([finding])
    if finding.get("value") is not None:
        return bool(mine["figure_polarity"] & gold["figure_polarity"])
    return bool(mine["themes"] & gold["themes"] or mine["team_mentions"] & gold["team_mentions"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--min", type=int, default=2, help="show cues that decided at least this many findings")
    args = parser.parse_args()
    nlp = load_pipeline()
    fired, correct = Counter(), Counter()
    for gold_path in args.gold:
        for stem, rec in load_gold(gold_path).items():
            gold = tuples(rec["findings"])
            for f in extract(gold_path.parent / rec["doc"], nlp=nlp):
                m = STEP.search(f.rule)
                if not m:
                    continue
                key = (m.group(1), m.group(2).lower())
                fired[key] += 1
                correct[key] += right(f.to_dict(), gold)
    rows = sorted(((correct[k] / n, n, k) for k, n in fired.items() if n >= args.min), key=lambda r: (r[0], -r[1]))
    print(f"{'precision':>9} {'decided':>7}  step")
    for share, n, (step, cue) in rows:
        print(f"{share:9.2f} {n:7d}  {step} {json.dumps(cue)}")


if __name__ == "__main__":
    main()
