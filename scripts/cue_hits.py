#!/usr/bin/env python3
"""Every right and wrong hit of chosen theme cues, to see what tells them apart (lexicon hygiene).

lexicon_precision.py counts each cue's hits; this lists them: per hit the verdict (right,
wrong, unjudged: as lexicon_precision.py judges it), the finding's text and the themes the
overlapping annotation gives. Narrow a cue by a condition its right hits share and its
wrong hits lack (models/themes.yaml).

    python scripts/cue_hits.py tests/data/*/gold.jsonl --cue plan_progress/reviews --cue multi_agency/health
    python scripts/cue_hits.py GOLD.jsonl --cue "timeliness/pattern timeliness#5" --jsonl > hits.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lexicon_precision import quote_spans  # noqa: E402

from focusfive_nlp import load_pipeline  # noqa: E402
from focusfive_nlp.evaluation import load_gold  # noqa: E402
from focusfive_nlp.pipeline.loader import annotate  # noqa: E402
from focusfive_nlp.readers import read_document  # noqa: E402


def hits(nlp, gold_path: Path, cues: set[str]):
    """(cue, verdict, finding text, annotated themes) of each hit of ``cues`` ("label/cue") in one set."""
    for rec in load_gold(gold_path).values():
        path = gold_path.parent / rec["doc"]
        if not path.is_file():
            continue
        document = read_document(path)
        doc = annotate(nlp, document)
        golds = quote_spans(document.text, rec.get("findings") or [])
        for finding in doc._.findings or []:
            a, b = finding["start_char"], finding["end_char"]
            overlapping = [g for s, e, g in golds if s < b and a < e]
            labels, seen = set(finding.get("themes") or []), set()
            for sp in doc.spans["ff_themes"] if "ff_themes" in doc.spans else []:
                if not (a <= sp.start_char and sp.end_char <= b) or sp.label_ not in labels:
                    continue
                cue = f"{sp.label_}/{(sp.id_ or sp.text.lower()).split(' (')[0]}"
                if cue not in cues or cue in seen:
                    continue
                seen.add(cue)
                gold = sorted({t for g in overlapping for t in g.get("themes") or []})
                verdict = "unjudged" if not overlapping else "right" if sp.label_ in gold else "wrong"
                yield {"cue": cue, "verdict": verdict, "set": gold_path.parent.name, "how": sp.id_,
                       "text": finding["text"], "gold": gold}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--cue", action="append", required=True, help='"label/cue" as lexicon_precision.py names it')
    ap.add_argument("--jsonl", action="store_true", help="one JSON object a hit")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    for gold_path in args.gold:
        for h in hits(nlp, gold_path, set(args.cue)):
            if args.jsonl:
                print(json.dumps(h))
            else:
                print(f"{h['verdict']:8} {h['cue']} [{h['set']}] {h['text'][:200]!r}  gold={h['gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
