#!/usr/bin/env python3
"""Why each annotated theme was missed: a cause per missed (section, theme, polarity) tuple.

For every annotated set given (a gold.jsonl beside its reports) the pipeline reads each
report, and every theme tuple the scorer counts as missed (evaluation.score) is traced to
the annotated findings that carry it (their quotes located in the text):

  (a) no extracted finding overlaps the quote at all (split by whether a cue of the theme
      is in the quote: "no cue" means the lexicon may have lost the whole finding, since a
      qualitative clause with no theme and no team is dropped);
  (b) a finding overlaps, but no cue of that theme fires in it;
  (c) a cue of that theme matched, but a gate suppressed it: a weak word with no judgement
      beside it, a head noun that is not the judged subject, the counted sample of a figure,
      an ``ignore`` phrase, or a longer cue of another theme around it;
  (d) other: the finding has the theme but not the annotated polarity or section; a cue
      fired in the finding but a figure's or graded row's finding reads themes elsewhere; or
      a cue fired in the quote outside the overlapping finding (the clause was cut elsewhere).

A tuple carried by several annotated findings takes the cause of the one that came
closest (d before c before b before a). Prints counts per cause and per theme, and for
(b) (and (a) with no cue) the quotes' candidate words: content words and adjacent pairs
of them that no cue of the theme contains, by how many quotes use them.

    python scripts/theme_misses.py tests/data/dev/gold.jsonl tests/data/real6/gold.jsonl
    python scripts/theme_misses.py GOLD.jsonl --examples 3 --top 15
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from focusfive_nlp import load_pipeline
from focusfive_nlp.evaluation import load_gold, tuples
from focusfive_nlp.pipeline.judgement import Clauses
from focusfive_nlp.pipeline.loader import annotate, reading_view
from focusfive_nlp.pipeline.themes import counted
from focusfive_nlp.readers import read_document
from focusfive_nlp.structure import unwrap

CAUSES = {
    "a-no-cue": "(a) no finding overlaps; no cue of the theme in the quote",
    "a-cue": "(a) no finding overlaps; a cue of the theme is in the quote",
    "b": "(b) a finding overlaps; no cue of the theme in it",
    "c-weak": "(c) gate: weak word with no judgement beside it",
    "c-head": "(c) gate: head noun not the judged subject",
    "c-counted": "(c) gate: the counted sample of a figure",
    "c-ignore": "(c) gate: inside an ignore phrase",
    "c-contained": "(c) gate: inside a longer cue of another theme",
    "d-polarity": "(d) the finding has the theme, another polarity",
    "d-section": "(d) the finding has the theme, another section",
    "d-window": "(d) a cue fired in the finding, which did not take it (figure window, graded row)",
    "d-outside": "(d) a cue fired in the quote, outside the overlapping finding",
    "d-other": "(d) other",
    "unlocated": "quote not found in the text",
}
RANK = {c: i for i, c in enumerate(["d-polarity", "d-section", "d-window", "d-outside", "d-other", "c-weak", "c-head", "c-counted",
                                    "c-ignore", "c-contained", "b", "a-cue", "a-no-cue", "unlocated"])}
WORD = re.compile(r"[a-z][a-z'’-]+")


def theme_words(data_files: list[Path]) -> dict[str, set[str]]:
    """Every word of every cue (phrase, weak, head, pattern word) per theme, and the judgement words."""
    import yaml

    words: dict[str, set[str]] = defaultdict(set)
    for path in data_files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        words["\tjudgement"].update(w for p in data.get("judgements") or [] for w in WORD.findall(p.lower()))
        for key, spec in (data.get("themes") or {}).items():
            for kind in ("phrases", "weak", "heads"):
                words[key].update(w for p in spec.get(kind) or [] for w in WORD.findall(str(p).lower()))
            for pattern in spec.get("patterns") or []:
                for tok in pattern:
                    low = tok.get("LOWER")
                    for w in [low] if isinstance(low, str) else (low or {}).get("IN", []) if isinstance(low, dict) else []:
                        words[key].update(WORD.findall(w))
    return words


def candidates(text: str, known: set[str], judgement: set[str]) -> set[str]:
    """Content words of a quote that no cue of the theme contains, and adjacent pairs of
    content words (a rough noun phrase) with at least one such word."""
    toks = WORD.findall(text.lower().replace("’", "'"))
    content = [t if t not in STOP_WORDS and len(t) > 2 and not t.endswith("ly") and t not in judgement else None
               for t in toks]
    out = {t for t in content if t and t not in known}
    out |= {f"{a} {b}" for a, b in zip(content, content[1:]) if a and b and (a not in known or b not in known)}
    return out


class Tracer:
    """The pipeline's theme tagger run again over one tagged Doc, keeping what it dropped."""

    def __init__(self, nlp):
        self.tagger = nlp.get_pipe("ff_themes")

    def suppressed(self, doc) -> list[tuple[str, int, int, str]]:
        """(theme, start, end, cause) of every cue match that did not become a theme span."""
        t = self.tagger
        lower = doc.to_array("LOWER").tolist()
        kept = {(sp.label_, sp.start, sp.end) for sp in doc.spans["ff_themes"]}
        covered = defaultdict(list)  # theme -> kept extents (a shorter cue of the same theme inside one is no loss)
        for label, s, e in kept:
            covered[label].append((s, e))
        phrases, weak, judged, ignored = t.cue_matches(doc)
        found = [(key, s, e, "phrase") for key, s, e, _cue in phrases]
        found += [(key, s, e, "weak" if near else "head") for key, s, e, near in weak]
        clauses = Clauses(doc, lower)
        out = []
        for key, s, e, kind in found:
            if (key, s, e) in kept or any(a <= s and e <= b for a, b in covered[key]):
                continue
            if any(a <= s and e <= b and (a, b) != (s, e) for a, b in ignored):
                cause = "c-ignore"
            elif kind != "phrase" and counted(doc, s):
                cause = "c-counted"
            elif kind != "phrase" and not clauses.anchor(s, e, judged, t.anchor_window, t.subjects, near=kind == "weak"):
                cause = "c-weak" if kind == "weak" else "c-head"
            else:
                cause = "c-contained"
            out.append((key, s, e, cause))
        return out


def token_range(doc, a: int, b: int) -> tuple[int, int] | None:
    span = doc.char_span(a, b, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def classify_document(nlp, tracer: Tracer, path: Path, gold_findings: list[dict], words, report) -> None:
    document = read_document(path)
    doc = annotate(nlp, document)
    view, _headings = reading_view(document)
    flat = unwrap(view.text)
    findings = doc._.findings or []
    missed = tuples(gold_findings)["themes"] - tuples(findings)["themes"]
    if not missed:
        return
    spans = list(doc.spans["ff_themes"])
    gated = tracer.suppressed(doc)
    for section, theme, polarity in sorted(missed, key=str):
        best = None
        for g in gold_findings:
            if theme not in [t.lower() for t in g.get("themes") or []] or (g.get("section") or "").lower() != section \
                    or (g.get("polarity") or "neutral").lower() != polarity:
                continue
            quote = g.get("quote") or ""
            start = document.text.find(quote) if quote else -1
            if start >= 0:
                a, b = view.view_offset(start), view.view_offset(start + len(quote))
            else:
                start = flat.find(quote) if quote else -1
                a, b = start, start + len(quote)
            if start < 0:
                cause, over = "unlocated", []
            else:
                cause = classify(doc, a, b, theme, section, polarity, findings, spans, gated)
                over = [f for f in findings if f["start_char"] < b and a < f["end_char"]]
            if best is None or RANK[cause] < RANK[best[0]]:
                best = (cause, quote, [(f["text"][:120], f["polarity"], f.get("themes") or [], f["rule"][:90]) for f in over])
        if best is None:
            continue
        cause, quote, found = best
        report.append({"set": path.parent.name, "doc": path.name, "theme": theme, "polarity": polarity,
                       "section": section, "cause": cause, "quote": quote, "found": found,
                       "candidates": candidates(quote, words.get(theme, set()), words["\tjudgement"])
                       if cause in ("b", "a-no-cue") else set()})


def classify(doc, a: int, b: int, theme: str, section: str, polarity: str, findings, spans, gated) -> str:
    over = [f for f in findings if f["start_char"] < b and a < f["end_char"]]
    quote_tokens = token_range(doc, a, b)
    in_quote = quote_tokens is not None and any(
        sp.label_ == theme and quote_tokens[0] <= sp.start and sp.end <= quote_tokens[1] for sp in spans)

    def gate_in(ranges) -> str | None:
        hits = [c for key, s, e, c in gated if key == theme and any(lo <= s and e <= hi for lo, hi in ranges)]
        return min(hits, key=RANK.get) if hits else None

    if not over:
        if in_quote:
            return "a-cue"
        return "a-cue" if quote_tokens and gate_in([quote_tokens]) else "a-no-cue"
    with_theme = [f for f in over if theme in (f.get("themes") or [])]
    if with_theme:
        if any((f.get("section") or "").lower() == section for f in with_theme):
            return "d-polarity"
        return "d-section"
    ranges = [r for f in over if (r := token_range(doc, f["start_char"], f["end_char"]))]
    if any(sp.label_ == theme and lo <= sp.start and sp.end <= hi for sp in spans for lo, hi in ranges):
        return "d-window"
    gate = gate_in(ranges)
    if gate:
        return gate
    if in_quote:
        return "d-outside"
    if quote_tokens and gate_in([quote_tokens]):
        return gate_in([quote_tokens])
    return "b"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path, help="gold.jsonl files, each beside its reports")
    ap.add_argument("--top", type=int, default=12, help="candidate words listed per theme")
    ap.add_argument("--examples", type=int, default=0, help="quotes listed per cause")
    ap.add_argument("--show", metavar="CAUSE", help="list every quote of one cause (e.g. b, c-weak) with the findings over it")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    tracer = Tracer(nlp)
    models = Path(__file__).resolve().parents[1] / "models"
    words = theme_words([models / "themes.yaml"])
    report: list[dict] = []
    for gold_path in args.gold:
        for rec in load_gold(gold_path).values():
            path = gold_path.parent / rec["doc"]
            if not path.is_file():
                print(f"skipped {path}: not found", file=sys.stderr)
                continue
            classify_document(nlp, tracer, path, rec.get("findings") or [], words, report)
    causes = Counter(r["cause"] for r in report)
    print(f"missed theme tuples: {len(report)}\n")
    print(f"{'count':>5}  cause")
    for cause in CAUSES:
        if causes[cause]:
            print(f"{causes[cause]:>5}  {CAUSES[cause]}")
    print("\nper theme: " + "  ".join(f"{c}" for c in CAUSES if causes[c]))
    by_theme: dict[str, Counter] = defaultdict(Counter)
    for r in report:
        by_theme[r["theme"]][r["cause"]] += 1
    shown = [c for c in CAUSES if causes[c]]
    print(f"{'theme':<22}{'all':>4} " + " ".join(f"{c:>11}" for c in shown))
    for theme, counts in sorted(by_theme.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{theme:<22}{sum(counts.values()):>4} " + " ".join(f"{counts[c]:>11}" for c in shown))
    print("\ncandidate words of (b) and (a, no cue) quotes not in the theme's cues (quotes using them):")
    for theme in sorted(by_theme):
        rows = [r for r in report if r["theme"] == theme and r["candidates"]]
        if not rows:
            continue
        freq = Counter(w for r in rows for w in r["candidates"])
        ranked = sorted(freq.items(), key=lambda wn: (-wn[1], wn[0]))  # ties alphabetical: the same every run
        top = [f"{w} {n}" for w, n in ranked[:args.top] if n > 1] or [w for w, _n in ranked[:5]]
        print(f"  {theme} ({len(rows)}): " + ", ".join(top))
    if args.show:
        for r in report:
            if r["cause"] == args.show:
                print(f"\n[{r['set']}/{r['doc']}] {r['theme']}/{r['polarity']}/{r['section']}: {r['quote'][:200]!r}")
                for text, pol, themes, rule in r["found"]:
                    print(f"    found {pol} {themes} {text!r}  <{rule}>")
    if args.examples:
        for cause in CAUSES:
            rows = [r for r in report if r["cause"] == cause][:args.examples]
            if rows:
                print(f"\n{CAUSES[cause]}:")
                for r in rows:
                    print(f"  [{r['set']}/{r['theme']}/{r['polarity']}] {r['quote'][:150]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
