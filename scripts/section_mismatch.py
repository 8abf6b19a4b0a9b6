#!/usr/bin/env python3
"""How many annotated findings lie in a different section than the extractor gives them.

Every score is keyed by section (docs/FINDINGS.md sections 3 and 8), so a heading the
reader misses or invents moves every finding under it. This measures the heading error
directly, apart from finding detection: for each annotated finding whose quote is found
in its report, the section the pipeline gives the quote's first character
(``doc._.sections``) is compared with the annotated ``section``; a finding counts as
*moved* when the keys differ (this changes every score), and as *re-headed* when the keys
agree but the annotated heading is not among the headings open there (the nearest one
and its parents): a heading missed or invented within one practice area.

    python scripts/section_mismatch.py tests/data/real4/gold.jsonl tests/data/real5/gold.jsonl
    python scripts/section_mismatch.py tests/data/real4/gold.jsonl --details

Quotes not found in the text are counted as unlocated and left out.
"""
from __future__ import annotations

import argparse
import bisect
from pathlib import Path

from focusfive_nlp import load_pipeline
from focusfive_nlp.evaluation import load_gold
from focusfive_nlp.pipeline.loader import annotate
from focusfive_nlp.pipeline.sections import normalise_heading
from focusfive_nlp.readers import read_document
from focusfive_nlp.textview import plain_view


def _section_at(sections, offset: int):
    """The section a character belongs to: the last one that opens at or before it."""
    starts = [s.heading_start if s.heading_start is not None else s.start_char for s in sections]
    return sections[max(bisect.bisect_right(starts, offset) - 1, 0)]


def _plain(heading: str) -> str:
    """A heading compared as text: numbering, case, quotes and dashes aside."""
    return normalise_heading(plain_view(heading or "").text)


def _open_headings(headings, offset: int) -> list[str]:
    """The headings still open at ``offset``: the nearest one and those above it by level."""
    stack: list[tuple[int, str]] = []
    for start, _end, text, level in sorted(headings):
        if start > offset:
            break
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, text))
    return [_plain(text) for _, text in stack]


def compare_document(nlp, path: Path, gold_findings: list[dict]) -> list[dict]:
    """One row per annotated finding: its quote, gold and predicted section and heading."""
    document = read_document(path)
    doc = annotate(nlp, document)
    view = plain_view(document.text)
    sections = doc._.sections or []
    rows = []
    for g in gold_findings:
        quote = g.get("quote") or ""
        start = document.text.find(quote) if quote else -1
        row = {"quote": quote, "gold": g.get("section") or "other", "gold_heading": g.get("section_heading") or ""}
        if start < 0 or not sections:
            row["located"] = False
            rows.append(row)
            continue
        offset = view.view_offset(start)
        s = _section_at(sections, offset)
        row.update(located=True, predicted=s.key, predicted_heading=s.heading)
        row["moved"] = row["gold"] != s.key
        open_headings = _open_headings(doc._.headings or [], offset) + [_plain(s.heading)]
        gold_heading = _plain(row["gold_heading"])
        row["reheaded"] = not row["moved"] and (gold_heading not in open_headings if gold_heading else any(open_headings))
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold.jsonl files (reports beside them)")
    parser.add_argument("--details", action="store_true", help="list every moved or re-headed finding")
    args = parser.parse_args()
    nlp = load_pipeline()
    print(f"{'set':<40} {'gold':>5} {'unloc':>5} {'moved':>5} {'rehead':>6}")
    for gold_path in args.gold:
        gold = load_gold(gold_path)
        totals = {"gold": 0, "unloc": 0, "moved": 0, "rehead": 0}
        lines = []
        for stem, rec in sorted(gold.items()):
            rows = compare_document(nlp, gold_path.parent / rec["doc"], rec.get("findings") or [])
            for r in rows:
                totals["gold"] += 1
                if not r["located"]:
                    totals["unloc"] += 1
                elif r["moved"] or r["reheaded"]:
                    totals["moved" if r["moved"] else "rehead"] += 1
                    lines.append(f"  {stem}: {'MOVED ' if r['moved'] else 'rehead'} gold {r['gold']} "
                                 f"[{r['gold_heading']}] -> {r['predicted']} [{r['predicted_heading']}] :: {r['quote'][:60]!r}")
        name = str(gold_path.parent if gold_path.name == "gold.jsonl" else gold_path)
        print(f"{name:<40} {totals['gold']:>5} {totals['unloc']:>5} {totals['moved']:>5} {totals['rehead']:>6}")
        if args.details and lines:
            print("\n".join(lines))


if __name__ == "__main__":
    main()
