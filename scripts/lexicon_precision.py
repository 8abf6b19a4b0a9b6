#!/usr/bin/env python3
"""How often each team alias and theme phrase or pattern tags a finding rightly.

For every annotated set given (a gold.jsonl beside its reports), the pipeline reads each
report; every theme or team cue that put its label on an extracted finding is one hit.
A hit is *right* when an annotated finding overlapping that finding (its quote located in
the text) carries the label, *wrong* when the overlapping annotation does not, and
*unjudged* when no annotated finding overlaps (the extractor kept a non-finding; that is
finding detection's error, not the lexicon's). Precision = right / (right + wrong).

    python scripts/lexicon_precision.py tests/data/*/gold.jsonl corpus/gold.jsonl
    python scripts/lexicon_precision.py GOLD.jsonl --kind themes --min-hits 3 --below 0.5
    python scripts/lexicon_precision.py GOLD.jsonl --json > precision.json

A cue that fires mostly wrongly is one to drop, or to narrow (a longer phrase, or a weak
cue that needs a judgement beside it: models/themes.yaml).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from focusfive_nlp import load_pipeline
from focusfive_nlp.errors import FocusFiveError
from focusfive_nlp.evaluation import load_gold
from focusfive_nlp.pipeline.loader import annotate
from focusfive_nlp.readers import read_document

KINDS = {"themes": ("ff_themes", "themes"), "teams": ("ff_teams", "teams")}


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    unjudged: int = 0
    examples: list[str] = field(default_factory=list)  # text of wrong hits, a few

    @property
    def hits(self) -> int:
        return self.right + self.wrong + self.unjudged

    @property
    def precision(self) -> float | None:
        judged = self.right + self.wrong
        return self.right / judged if judged else None


def quote_spans(text: str, findings: list[dict]) -> list[tuple[int, int, dict]]:
    """Character span of every annotated finding whose quote is found in the text
    (each occurrence: a quote can repeat)."""
    out = []
    for g in findings:
        quote = g.get("quote") or ""
        start = text.find(quote) if quote else -1
        while start >= 0:
            out.append((start, start + len(quote), g))
            start = text.find(quote, start + 1)
    return out


def tally_document(nlp, path: Path, gold_findings: list[dict], kinds: list[str], tallies: dict) -> None:
    """Add the hits of one annotated report to ``tallies[kind][(label, cue)]``."""
    document = read_document(path)
    doc = annotate(nlp, document)
    golds = quote_spans(document.text, gold_findings)
    for finding in doc._.findings or []:
        a, b = finding["start_char"], finding["end_char"]
        overlapping = [g for s, e, g in golds if s < b and a < e]
        for kind in kinds:
            spans_key, field_name = KINDS[kind]
            labels = set(finding.get(field_name) or [])
            seen = set()
            for sp in doc.spans[spans_key] if spans_key in doc.spans else []:
                if not (a <= sp.start_char and sp.end_char <= b) or sp.label_ not in labels:
                    continue
                key = (sp.label_, (sp.id_ or sp.text.lower()).split(" (")[0])  # "reviews (subject)": one cue
                if key in seen:
                    continue
                seen.add(key)
                t = tallies[kind][key]
                if not overlapping:
                    t.unjudged += 1
                elif any(sp.label_ in (g.get(field_name) or []) for g in overlapping):
                    t.right += 1
                else:
                    t.wrong += 1
                    if len(t.examples) < 3:
                        t.examples.append(finding["text"][:140])


def measure(gold_paths: list[Path], kinds: list[str], nlp=None) -> dict[str, dict[tuple[str, str], Tally]]:
    """Tallies per kind and (label, cue) over every report of the annotated sets."""
    nlp = nlp or load_pipeline()
    tallies = {kind: defaultdict(Tally) for kind in kinds}
    for gold_path in gold_paths:
        for rec in load_gold(gold_path).values():
            path = gold_path.parent / rec["doc"]
            if not path.is_file():
                print(f"skipped {path}: not found", file=sys.stderr)
                continue
            tally_document(nlp, path, rec.get("findings") or [], kinds, tallies)
    return tallies


def summary(tallies: dict[str, Tally]) -> Tally:
    total = Tally()
    for t in tallies.values():
        total.right += t.right
        total.wrong += t.wrong
        total.unjudged += t.unjudged
    return total


def _fmt(p: float | None) -> str:
    return "  -  " if p is None else f"{p:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path, help="gold.jsonl files, each beside its reports")
    ap.add_argument("--kind", choices=[*KINDS, "both"], default="both")
    ap.add_argument("--min-hits", type=int, default=1, help="list only cues with at least this many hits")
    ap.add_argument("--below", type=float, default=1.01, help="list only cues whose precision is below this")
    ap.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    args = ap.parse_args(argv)
    kinds = list(KINDS) if args.kind == "both" else [args.kind]
    try:
        tallies = measure(args.gold, kinds)
    except FocusFiveError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = {kind: [{"label": label, "cue": cue, "hits": t.hits, "right": t.right, "wrong": t.wrong,
                       "unjudged": t.unjudged, "precision": t.precision}
                      for (label, cue), t in sorted(rows.items())] for kind, rows in tallies.items()}
        print(json.dumps(out, indent=1))
        return 0
    for kind, rows in tallies.items():
        total = summary(rows)
        print(f"\n{kind}: {total.hits} hits by {len(rows)} cues; right {total.right}, wrong {total.wrong}, "
              f"unjudged {total.unjudged}; precision {_fmt(total.precision)}")
        print(f"{'precision':>9} {'hits':>5} {'right':>5} {'wrong':>5} {'unjdg':>5}  label / cue   (a wrong hit)")
        listed = [(k, t) for k, t in rows.items() if t.hits >= args.min_hits and (t.precision or 0.0) < args.below]
        for (label, cue), t in sorted(listed, key=lambda kv: (-kv[1].wrong, kv[1].precision or 0.0)):
            example = f"   ({t.examples[0]!r})" if t.examples else ""
            print(f"{_fmt(t.precision):>9} {t.hits:>5} {t.right:>5} {t.wrong:>5} {t.unjudged:>5}  {label} / {cue}{example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
