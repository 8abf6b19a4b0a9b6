#!/usr/bin/env python3
"""Check gold annotation files (spec/FINDINGS.md section 7) against their documents.

Usage:
    python3 scripts/check_gold.py GOLD.jsonl [DOC_DIR]    (DOC_DIR defaults to GOLD's folder)

For every finding it checks:
  * every field of the dev gold is present and has an allowed value;
  * `quote` is an exact substring of the document (and says so when it is not unique);
  * `section` is the section 3 key of `section_heading` (first key in the table wins;
    numbering, "Part N -", "Section N -", "#" and a trailing colon are ignored);
  * `section_heading` is a line of the document and is the nearest annotated heading above
    the quote (null only for text before the first heading, with section `other`);
  * `value` = round(100 * count / denominator, 1) when both are given;
  * figures carry `figure_kind` and a `measure`; qualitative findings carry neither a grade
    nor a figure_kind.
Standard library only. Exit status 1 when any error is found.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = ("section", "section_heading", "value", "count", "denominator", "figure_kind", "grade",
          "grade_qualifier", "audit_activity", "period", "teams", "polarity", "themes", "measure", "quote")
SECTION_TERMS = (
    ("chronology", ("chronology", "chronologies")),
    ("assessment", ("assessment", "assessments")),
    ("planning", ("plan", "plans", "planning")),
    ("visiting", ("visiting", "visit", "visits")),
    ("supervision", ("supervision",)),
    ("voice_of_child", ("voice of the child", "child's voice")),
    ("management_oversight", ("management oversight",)),
)
THEMES = {"timeliness", "drift_delay", "recording_quality", "consistency", "smart_planning",
          "voice_of_child", "child_centred", "management_oversight", "reflection_analysis",
          "risk_analysis", "family_history", "multi_agency", "template_use", "training_need",
          "workforce_stability", "relationships", "decision_making", "needs_strengths",
          "plan_progress", "permanence", "family_engagement", "covid_impact"}
TEAMS = {"Early Help", "Statutory Teams", "PACT", "YOT", "YOS", "LAC", "AST", "Jigsaw", "SAT",
         "Pathway", "Fostering", "Care Leavers", "MASH", "Children in Need", "Child Protection",
         "Disabled Children"}
GRADES = {None, "outstanding", "good", "requires_improvement", "inadequate", "adequate"}
QUALIFIERS = {None, "or_above", "or_below"}
KINDS = {None, "result", "target", "benchmark", "change"}
POLARITIES = {"strength", "improvement", "neutral"}


def section_key(heading: str | None) -> str:
    if heading is None:
        return "other"
    h = heading.strip().lstrip("#").strip().rstrip(":").strip().lower()
    h = h.replace("\u2019", "'").replace("\u2018", "'")  # typography reads as its plain form (issue 7, item 4)
    h = re.sub(r"^(?:(?:section|part)\s+)?\d+(?:\.\d+)*\.?\s*(?:[-–—:.)]\s*)?", "", h)
    for key, terms in SECTION_TERMS:
        for term in terms:
            if re.search(r"(?<![\w'])" + re.escape(term) + r"(?![\w'])", h):
                return key
    return "other"


def check(gold_path: Path, doc_dir: Path) -> int:
    errors = warnings = 0

    def err(msg):
        nonlocal errors
        errors += 1
        print("ERROR  " + msg)

    def warn(msg):
        nonlocal warnings
        warnings += 1
        print("warn   " + msg)

    for lineno, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = rec["doc"]
        path = doc_dir / doc
        if not path.exists():
            err(f"{gold_path.name}:{lineno}: document {doc} not found in {doc_dir}")
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        if not isinstance(rec.get("report_year"), int):
            err(f"{doc}: report_year missing")
        findings = rec.get("findings", [])
        # offsets of the annotated headings (as whole lines)
        heads = {}
        for f in findings:
            h = f.get("section_heading")
            if h and h not in heads:
                pos = [m.start() for m in re.finditer(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?" + re.escape(h) + r"[ \t]*$", text)]
                if not pos:
                    err(f"{doc}: heading {h!r} is not a line of the document")
                heads[h] = pos
        head_pos = sorted((p, h) for h, ps in heads.items() for p in ps)
        for i, f in enumerate(findings):
            tag = f"{doc} #{i} {f.get('quote', '')[:50]!r}"
            missing = [k for k in FIELDS if k not in f]
            if missing:
                err(f"{tag}: missing fields {missing}")
                continue
            q = f["quote"]
            n = text.count(q)
            if n == 0:
                err(f"{tag}: quote is not a substring of the document")
                continue
            if n > 1:
                warn(f"{tag}: quote occurs {n} times (the first is used)")
            pos = text.find(q)
            above = [h for p, h in head_pos if p <= pos]
            nearest = above[-1] if above else None
            if f["section_heading"] != nearest:
                err(f"{tag}: section_heading {f['section_heading']!r} but nearest annotated heading above is {nearest!r}")
            if f["section"] != section_key(f["section_heading"]):
                err(f"{tag}: section {f['section']!r} but heading maps to {section_key(f['section_heading'])!r}")
            if f["polarity"] not in POLARITIES:
                err(f"{tag}: polarity {f['polarity']!r}")
            if f["grade"] not in GRADES or f["grade_qualifier"] not in QUALIFIERS or f["figure_kind"] not in KINDS:
                err(f"{tag}: bad grade/qualifier/figure_kind")
            if f["grade_qualifier"] and not f["grade"]:
                err(f"{tag}: qualifier without grade")
            bad_themes = set(f["themes"]) - THEMES
            bad_teams = set(f["teams"]) - TEAMS
            if bad_themes:
                err(f"{tag}: unknown themes {sorted(bad_themes)}")
            if bad_teams:
                err(f"{tag}: unknown teams {sorted(bad_teams)}")
            if len(set(f["themes"])) != len(f["themes"]) or len(set(f["teams"])) != len(f["teams"]):
                err(f"{tag}: duplicate team or theme")
            v = f["value"]
            if v is None:
                if f["figure_kind"] or f["grade"] or f["count"] is not None or f["denominator"] is not None:
                    err(f"{tag}: qualitative finding with figure fields")
            else:
                if not isinstance(v, (int, float)) or not 0 <= v <= 100:
                    err(f"{tag}: value {v!r}")
                if not f["figure_kind"]:
                    err(f"{tag}: figure without figure_kind")
                if not f["measure"]:
                    warn(f"{tag}: figure without measure")
                if f["count"] is not None and f["denominator"]:
                    expect = round(100 * f["count"] / f["denominator"], 1)
                    if abs(expect - v) > 1e-9:
                        err(f"{tag}: value {v} but {f['count']}/{f['denominator']} gives {expect}")
    print(f"{gold_path}: {errors} error(s), {warnings} warning(s)")
    return errors


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    gold = Path(argv[0])
    doc_dir = Path(argv[1]) if len(argv) > 1 else gold.parent
    return 1 if check(gold, doc_dir) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
