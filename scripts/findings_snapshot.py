"""Findings snapshot: every finding of every annotated report, as JSONL, for parity checks.

Usage: python scripts/findings_snapshot.py OUT.jsonl [PATH ...]

Without paths it extracts the repository's annotated reports (corpus/*.txt and
tests/data/*/*.txt, the blind sets left out: they are scored once, never looked into) and
the shared seeds and dev sets. Each line is one finding's
``to_dict()``; lines are sorted by source and start_char (then the whole record), so two
snapshots of the same code compare line by line. A change meant to be speed only must
leave the snapshot byte for byte unchanged.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from focusfive_nlp import extract, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = (Path("/work/shared/seeds"), Path("/work/shared/dev"))


def is_blind(path: Path) -> bool:
    """A report of a blind set (tests/data/real-blind*)."""
    return "blind" in path.parent.name


def default_paths() -> list[Path]:
    """The annotated report texts: the repository's, then the shared ones found here."""
    paths = sorted(ROOT.glob("corpus/*.txt"))
    paths += sorted(p for p in ROOT.glob("tests/data/*/*.txt") if not is_blind(p))
    for folder in SHARED:
        paths += sorted(folder.glob("*.txt"))
    return paths


def snapshot_lines(paths, nlp=None) -> list[str]:
    """The sorted JSON lines of every finding of ``paths`` (sources relative to the repository)."""
    nlp = nlp or load_pipeline()
    records = []
    for path in paths:
        path = Path(path).resolve()
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        for finding in extract(path, nlp=nlp):
            record = finding.to_dict()
            record["source"] = name
            records.append(record)
    lines = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records]
    keyed = sorted(zip(records, lines), key=lambda rl: (rl[0]["source"], rl[0]["start_char"], rl[1]))
    return [line for _, line in keyed]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__.split("\n\n", 2)[2],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, metavar="OUT.jsonl", help="where the snapshot is written")
    parser.add_argument("paths", type=Path, nargs="*", metavar="PATH", help="reports (default: the annotated ones)")
    args = parser.parse_args()
    out, paths = args.out, args.paths or default_paths()
    lines = snapshot_lines(paths)
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} findings from {len(paths)} reports -> {out}")


if __name__ == "__main__":
    main()
