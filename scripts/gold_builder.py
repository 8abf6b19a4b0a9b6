"""Build a development set's gold.jsonl from compact per-finding specs (the builders of
tests/data/real8, real9 and real10 keep their specs in ``notes/specs.py``).

Each document: file name, report_year, default audit_activity and period, its heading lines,
and findings ``F(quote, polarity, themes, teams, ...)``. ``section_heading`` is the nearest
listed heading above the quote (with ``every_heading``, each occurrence of a repeated heading
counts; otherwise its first); ``aft`` names a text the quote is searched after (for repeated
table rows); ``section`` is left for check_gold.py to verify. Documents and specs may write
'¤' for a non-breaking space; the builder writes the real U+00A0 into documents and quotes.
Figures get the shares of their counts; no two figures of a document may share a section and
rounded value (the scorer's key).
"""
import json
import re
from pathlib import Path

from check_gold import section_key

NB = "\u00a0"


def F(quote, pol, th="", tm="", v=None, c=None, d=None, k="result", g=None, q=None, m=None,
      per=None, act=None, aft=None):
    return dict(quote=quote, pol=pol, th=th.split(), tm=[t for t in tm.split("|") if t],
                v=v, c=c, d=d, k=k, g=g, q=q, m=m, per=per, act=act, aft=aft)


class GoldSet:
    """The documents of one set's folder, added with :meth:`doc` and written by :meth:`build`."""

    def __init__(self, folder: Path, *, every_heading: bool = False):
        self.folder, self.every_heading, self.docs = Path(folder), every_heading, []

    def doc(self, name, year, act, per, heads, findings):
        self.docs.append((name, year, act, per, heads, findings))

    def _headings(self, name, text, heads):
        hpos = []
        for h in heads:
            h = h.replace("¤", NB)
            found = list(re.finditer(r"(?m)^" + re.escape(h) + r"[ \t]*$", text))
            assert found, (name, h)
            hpos.extend((mm.start(), h) for mm in (found if self.every_heading else found[:1]))
        return sorted(hpos)

    def build(self):
        out = []
        for name, year, act, per, heads, findings in self.docs:
            p = self.folder / name
            text = p.read_text(encoding="utf-8").replace("¤", NB)
            p.write_text(text, encoding="utf-8")
            hpos = self._headings(name, text, heads)
            recs = self._records(name, text, act, per, hpos, findings)
            out.append({"doc": name, "report_year": year, "findings": recs})
            nfig = sum(r["value"] is not None for r in recs)
            print(f"{name}: {len(recs)} findings ({nfig} figures / {len(recs) - nfig} qualitative)")
        (self.folder / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                                encoding="utf-8")

    @staticmethod
    def _records(name, text, act, per, hpos, findings):
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
        return recs
