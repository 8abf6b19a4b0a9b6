#!/usr/bin/env python3
"""Does a trained veto on qualitative findings raise F1 on annotated sets it was not trained on?

Issue 7: on real text a third of the theme gap is which clauses become findings. This
experiment measures one candidate remedy, leave-one-set-out:

1. Every annotated non-blind set is extracted with today's rules. Each qualitative finding
   (no figure value) is a candidate; its label is FINDING when its evidence overlaps the
   quote of any gold finding of its document, else NOT_FINDING. Figures are never vetoed.
2. A spaCy ``textcat`` (``spacy.TextCatBOW.v3``, unigrams and bigrams, exclusive classes)
   reads the candidate's text prefixed with tokens naming its section and the rule that
   made it, trained with ``nlp.update`` on CPU.
3. For each set S (and for {real1, real2, real3}, one writer, left out together): train
   on the other sets, veto S's candidates whose NOT_FINDING probability >= a threshold,
   and score S (focusfive_nlp.evaluation, the scorer of ``focusfive evaluate``) with and
   without the veto. The threshold is chosen on the training sets only, from out-of-fold
   probabilities of an inner leave-one-set-out over them ("never" is one of the choices).

The blind sets (tests/data/real-blind*) are never read.

Usage:
    python scripts/veto_experiment.py [--cache FILE] [--markdown] [--epochs N] [--seed N]

``--cache`` stores the extraction (JSON) and reuses it on the next run; the training and
scoring are deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {name: ROOT / "tests" / "data" / name / "gold.jsonl"
        for name in ("dev", "holdout", "generalisation", "generalisation2", "generalisation3",
                     "real1", "real2", "real3", "real4", "real5", "real6")}
SETS["corpus"] = ROOT / "corpus" / "focus-five-audit-findings-2021.jsonl"
REAL = ("real1", "real2", "real3", "real4", "real5", "real6")
ONE_WRITER = ("real1", "real2", "real3")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
NEVER = 1.01
FINDING, NOT_FINDING = "FINDING", "NOT_FINDING"


# --- data --------------------------------------------------------------------------------
def extract_sets() -> dict[str, list[dict]]:
    """{set: [{"doc", "text", "gold", "findings"}]}: every annotated document, extracted."""
    from focusfive_nlp.evaluation import load_gold
    from focusfive_nlp.extract import extract
    from focusfive_nlp.pipeline.loader import load_pipeline
    from focusfive_nlp.readers import read_document

    assert not any("real-blind" in str(p) for p in SETS.values())
    nlp = load_pipeline()
    out: dict[str, list[dict]] = {}
    for name, gold_path in SETS.items():
        docs = []
        for stem, rec in load_gold(gold_path).items():
            path = gold_path.parent / rec["doc"]
            document = read_document(path)
            findings = [f.to_dict() for f in extract(document, nlp=nlp)]
            docs.append({"doc": stem, "text": document.text, "gold": rec.get("findings", []), "findings": findings})
        out[name] = docs
        print(f"extracted {name}: {len(docs)} documents", file=sys.stderr)
    return out


def gold_spans(text: str, gold: list[dict]) -> list[tuple[int, int]]:
    """Character ranges of every occurrence of every gold quote in the document."""
    spans = []
    for g in gold:
        quote = (g.get("quote") or "").strip()
        if not quote:
            continue
        i = text.find(quote)
        while i >= 0:
            spans.append((i, i + len(quote)))
            i = text.find(quote, i + 1)
    return spans


def rule_tokens(rule: str) -> str:
    """'clause:cues|negated 'timely'; themes: ...' -> 'RULE_clause_cues STEP_negated'."""
    head = rule.split(";")[0]
    kind, _, step = head.partition("|")
    step = step.split("'")[0].strip()
    clean = lambda s: re.sub(r"\W+", "_", s).strip("_") or "none"  # noqa: E731
    return f"RULE_{clean(kind)} STEP_{clean(step)}"


def candidate_text(f: dict) -> str:
    """What the classifier reads: section and rule tokens, then the evidence."""
    return f"SECTION_{f['section']} {rule_tokens(f['rule'])} {' '.join(f['text'].split())}"


def candidates(data: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """{set: [{"doc", "index", "text", "label"}]} for every qualitative finding."""
    out = {}
    for name, docs in data.items():
        rows = []
        for d in docs:
            spans = gold_spans(d["text"], d["gold"])
            for i, f in enumerate(d["findings"]):
                if f["value"] is not None:
                    continue
                hit = any(a < f["end_char"] and f["start_char"] < b for a, b in spans)
                rows.append({"doc": d["doc"], "index": i, "text": candidate_text(f),
                             "label": FINDING if hit else NOT_FINDING})
        out[name] = rows
    return out


# --- model -------------------------------------------------------------------------------
def train(rows: list[dict], *, epochs: int, seed: int):
    """A blank English pipeline with one bag-of-words textcat, trained on ``rows``."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                              "ngram_size": 2, "no_output_layer": False, "length": 262144}})
    examples = [Example.from_dict(nlp.make_doc(r["text"]),
                                  {"cats": {FINDING: float(r["label"] == FINDING),
                                            NOT_FINDING: float(r["label"] == NOT_FINDING)}}) for r in rows]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, losses={})
    return nlp


def not_finding_probability(nlp, rows: list[dict]) -> list[float]:
    return [doc.cats[NOT_FINDING] for doc in nlp.pipe(r["text"] for r in rows)]


# --- scoring -----------------------------------------------------------------------------
def scored(docs: list[dict], vetoed: set[tuple[str, int]]):
    from focusfive_nlp.evaluation import score

    gold = {d["doc"]: d["gold"] for d in docs}
    predicted = {d["doc"]: [f for i, f in enumerate(d["findings"]) if (d["doc"], i) not in vetoed] for d in docs}
    return score(gold, predicted)[0]


def vetoes(rows: list[dict], probs: list[float], threshold: float) -> set[tuple[str, int]]:
    return {(r["doc"], r["index"]) for r, p in zip(rows, probs) if p >= threshold}


def objective(data, names, rows_by_set, probs_by_set, threshold) -> float:
    """Teams F1 + themes F1 over ``names``' documents pooled, with the veto at ``threshold``."""
    docs = [d for n in names for d in data[n]]
    vetoed = set().union(*(vetoes(rows_by_set[n], probs_by_set[n], threshold) for n in names))
    totals = scored(docs, vetoed)
    return totals["team_mentions"].f1 + totals["themes"].f1


def choose_threshold(data, cands, train_names, *, epochs, seed) -> float:
    """Inner leave-one-set-out over the training sets: out-of-fold probabilities, then the
    threshold (or never) that maximises their pooled teams + themes F1."""
    oof = {}
    for inner in train_names:
        rest = [r for n in train_names if n != inner for r in cands[n]]
        oof[inner] = not_finding_probability(train(rest, epochs=epochs, seed=seed), cands[inner])
    best = max((NEVER,) + THRESHOLDS,
               key=lambda t: (round(objective(data, train_names, cands, oof, t), 6), t == NEVER))
    return best


def fold(data, cands, held: tuple[str, ...], *, epochs, seed) -> dict:
    train_names = [n for n in SETS if n not in held]
    threshold = choose_threshold(data, cands, train_names, epochs=epochs, seed=seed)
    model = train([r for n in train_names for r in cands[n]], epochs=epochs, seed=seed)
    rows = [r for n in held for r in cands[n]]
    probs = not_finding_probability(model, rows)
    vetoed = vetoes(rows, probs, threshold)
    docs = [d for n in held for d in data[n]]
    right = sum(1 for r, p in zip(rows, probs) if (p >= threshold) == (r["label"] == NOT_FINDING))
    return {"held": held, "threshold": threshold, "before": scored(docs, set()), "after": scored(docs, vetoed),
            "candidates": len(rows), "not_findings": sum(r["label"] == NOT_FINDING for r in rows),
            "vetoed": len(vetoed), "vetoed_right": sum(1 for r in rows if (r["doc"], r["index"]) in vetoed
                                                       and r["label"] == NOT_FINDING),
            "accuracy": right / len(rows) if rows else 0.0}


COLUMNS = (("figures", "figures"), ("graded_figures", "graded"), ("figure_polarity", "polarity"),
           ("team_mentions", "teams"), ("themes", "themes"))


def table(results: list[dict], markdown: bool) -> str:
    head = ["held out", "cands", "not-f", "thr", "vetoed (right)"] + [
        f"{label} {when}" for _k, label in COLUMNS for when in ("before", "after")]
    lines = []
    if markdown:
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    else:
        lines.append("  ".join(f"{h:>14}" if i == 0 else h for i, h in enumerate(head)))
    for r in results:
        thr = "never" if r["threshold"] == NEVER else f"{r['threshold']:.2f}"
        cells = ["+".join(r["held"]) if len(r["held"]) < 4 else "all", str(r["candidates"]), str(r["not_findings"]),
                 thr, f"{r['vetoed']} ({r['vetoed_right']})"]
        for key, _label in COLUMNS:
            cells += [f"{r['before'][key].f1:.3f}", f"{r['after'][key].f1:.3f}"]
        lines.append("| " + " | ".join(cells) + " |" if markdown else "  ".join(
            f"{c:>14}" if i == 0 else f"{c:>{len(h)}}" for i, (c, h) in enumerate(zip(cells, head))))
    return "\n".join(lines)


def summary(results: list[dict]) -> str:
    real = [r for r in results if len(r["held"]) == 1 and r["held"][0] in REAL]
    out = []
    for key, label in COLUMNS:
        deltas = [r["after"][key].f1 - r["before"][key].f1 for r in real]
        out.append(f"{label}: mean change over the real sets {sum(deltas) / len(deltas):+.3f}, "
                   f"worst {min(deltas):+.3f}")
    return "\n".join(out)


def wrong_tags_only(docs: list[dict]) -> set[tuple[str, int]]:
    """Qualitative findings with a team or theme tuple, none of them in the gold: what a
    finding-level filter could gain at most, whatever its labels."""
    from focusfive_nlp.evaluation import tuples

    out = set()
    for d in docs:
        gold = tuples(d["gold"])
        for i, f in enumerate(d["findings"]):
            mine = tuples([f])
            if f["value"] is None and (mine["team_mentions"] or mine["themes"]) and not (
                    mine["team_mentions"] & gold["team_mentions"] or mine["themes"] & gold["themes"]):
                out.add((d["doc"], i))
    return out


def oracle(data, cands) -> str:
    """Two ceilings per set: the scores when exactly the NOT_FINDING candidates are vetoed
    (a classifier that never errs on these labels), and when every qualitative finding whose
    tags are all wrong is (any finding-level filter)."""
    lines = ["ceilings, teams and themes F1 before -> after: (a) veto = the NOT_FINDING candidates, by the gold;",
             "(b) veto = every qualitative finding whose team and theme tuples are all absent from the gold"]
    for name in SETS:
        before = scored(data[name], set())
        row = f"  {name:<16}"
        for tag, vetoed in (("a", {(r["doc"], r["index"]) for r in cands[name] if r["label"] == NOT_FINDING}),
                            ("b", wrong_tags_only(data[name]))):
            after = scored(data[name], vetoed)
            row += (f"  ({tag}) vetoed {len(vetoed):>3} teams {before['team_mentions'].f1:.3f}->"
                    f"{after['team_mentions'].f1:.3f} themes {before['themes'].f1:.3f}->{after['themes'].f1:.3f}")
        lines.append(row)
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="extraction cache (JSON): written when absent, read when present")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--only", nargs="*", help="held-out sets to run (default: each set, and real1-real3 together)")
    args = ap.parse_args(argv)
    if args.cache and args.cache.is_file():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        data = extract_sets()
        if args.cache:
            args.cache.write_text(json.dumps(data), encoding="utf-8")
    cands = candidates(data)
    total = sum(len(v) for v in cands.values())
    nots = sum(r["label"] == NOT_FINDING for v in cands.values() for r in v)
    print(f"{total} candidates, {nots} NOT_FINDING", file=sys.stderr)
    folds = [(n,) for n in SETS] + [ONE_WRITER]
    if args.only:
        folds = [f for f in folds if "+".join(f) in args.only]
    results = []
    for held in folds:
        t0 = time.perf_counter()
        results.append(fold(data, cands, held, epochs=args.epochs, seed=args.seed))
        print(f"fold {'+'.join(held)}: {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    print(table(results, args.markdown))
    print()
    print(summary(results))
    print()
    print(oracle(data, cands))
    return 0


if __name__ == "__main__":
    sys.exit(main())
