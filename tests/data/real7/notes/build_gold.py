"""Build real7/gold.jsonl from the compact per-finding specifications in specs.py.

Each finding's `section_heading` is the nearest listed heading line above its quote, its
`section` is that heading's FINDINGS.md section-3 key, and `value` is computed from count and
denominator where both are given. Asserts that every quote occurs in its document and that no
two figures of a document share a section and a rounded value.
Run: python3 tests/data/real7/notes/build_gold.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(SET.parents[2] / "scripts"))
from check_gold import section_key  # noqa: E402
from specs import DOCS  # noqa: E402


def build():
    lines = []
    for spec in DOCS:
        text = (SET / spec["doc"]).read_text(encoding="utf-8")
        heads = []
        for h in spec["headings"]:
            m = re.search(r"(?m)^" + re.escape(h) + r"$", text)
            assert m, (spec["doc"], "heading not a line", h)
            heads.append((m.start(), h))
        seen = set()
        out = []
        for f in spec["findings"]:
            quote = f["quote"]
            pos = text.find(quote)
            assert pos >= 0, (spec["doc"], "quote missing", quote)
            above = [h for p, h in heads if p < pos]
            heading = above[-1] if above else None
            section = section_key(heading)
            value, count, den = f.get("v"), f.get("c"), f.get("d")
            if count is not None and den is not None:
                value = round(100 * count / den, 1)
            is_fig = value is not None
            if is_fig:
                key = (section, round(value))
                assert key not in seen, (spec["doc"], "figure clash", key, quote)
                seen.add(key)
            out.append({
                "section": section, "section_heading": heading, "value": value,
                "count": count, "denominator": den,
                "figure_kind": (f.get("k") or "result") if is_fig else None,
                "grade": f.get("g"), "grade_qualifier": f.get("gq"),
                "audit_activity": f.get("act", spec.get("activity")),
                "period": f.get("per", spec.get("period")),
                "teams": f.get("teams", []), "polarity": f["pol"],
                "themes": f.get("th", []), "measure": f.get("m") if is_fig else None,
                "quote": quote,
            })
        lines.append(json.dumps({"doc": spec["doc"], "report_year": spec["year"],
                                 "findings": out}, ensure_ascii=False))
        nfig = sum(1 for x in out if x["value"] is not None)
        print(f"{spec['doc']}: {len(out)} findings ({nfig} figures / {len(out) - nfig} qualitative)")
    (SET / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
