"""Build tests/data/real10/gold.jsonl from compact per-finding specs (see README).

Each doc: file name, report_year, default audit_activity/period, its heading lines,
and findings F(quote, polarity, themes, teams, ...); `aft` names a text
the quote is searched after (for repeated table rows). `section_heading` is the nearest
listed heading above the quote; `section` is left for check_gold.py to verify.
The documents use '¤' as a placeholder for a non-breaking space; the builder writes
the real U+00A0 into documents and quotes.
"""
import json, re, sys
from pathlib import Path

DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "scripts"))
from check_gold import section_key  # noqa: E402

NB = "\u00a0"
DOCS = []


def F(quote, pol, th="", tm="", v=None, c=None, d=None, k="result", g=None, q=None, m=None,
      per=None, act=None, aft=None):
    return dict(quote=quote, pol=pol, th=th.split(), tm=[t for t in tm.split("|") if t],
                v=v, c=c, d=d, k=k, g=g, q=q, m=m, per=per, act=act, aft=aft)


def doc(name, year, act, per, heads, findings):
    DOCS.append((name, year, act, per, heads, findings))


def build():
    out = []
    for name, year, act, per, heads, findings in DOCS:
        p = DIR / name
        text = p.read_text(encoding="utf-8").replace("¤", NB)
        p.write_text(text, encoding="utf-8")
        hpos = []
        for h in heads:
            h = h.replace("¤", NB)
            mm = re.search(r"(?m)^" + re.escape(h) + r"[ \t]*$", text)
            assert mm, (name, h)
            hpos.append((mm.start(), h))
        hpos.sort()
        recs, seen = [], {}
        for f in findings:
            qt = f["quote"].replace("¤", NB)
            start = 0
            if f["aft"]:
                start = text.find(f["aft"].replace("¤", NB))
                assert start >= 0, (name, f["aft"])
            pos = text.find(qt, start)
            assert pos >= 0, (name, qt)
            above = [h for ph, h in hpos if ph <= pos]
            head = above[-1] if above else None
            sec = section_key(head)
            v = f["v"]
            if f["c"] is not None and f["d"]:
                v = round(100 * f["c"] / f["d"], 1)
            fig = v is not None
            if fig:
                key = (sec, round(v))
                assert key not in seen, (name, key, qt, seen[key])
                seen[key] = qt
                assert f["m"], (name, qt)
            recs.append({
                "section": sec, "section_heading": head, "value": v,
                "count": f["c"], "denominator": f["d"],
                "figure_kind": f["k"] if fig else None,
                "grade": f["g"] if fig else None, "grade_qualifier": f["q"] if fig else None,
                "audit_activity": f["act"] if f["act"] is not None else act,
                "period": f["per"] if f["per"] is not None else per,
                "teams": f["tm"], "polarity": f["pol"], "themes": f["th"],
                "measure": f["m"] if fig else None, "quote": qt})
        out.append({"doc": name, "report_year": year, "findings": recs})
        nfig = sum(r["value"] is not None for r in recs)
        print(f"{name}: {len(recs)} findings ({nfig} figures / {len(recs) - nfig} qualitative)")
    (DIR / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                    encoding="utf-8")


