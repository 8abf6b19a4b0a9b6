"""A dataset from annotations (docs/FINDINGS.md section 7): gold findings as dataset rows."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..findings import FIELD_NAMES


def annotation_tables(gold: str | Path, texts: str | Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Findings and documents tables of an annotation file; see FindingsDataset.from_annotations."""
    from ..evaluation import confined, load_gold

    gold = Path(gold)
    base = Path(texts) if texts else gold.parent
    findings: list[dict] = []
    docs: list[dict] = []
    for stem, rec in load_gold(gold).items():
        name = rec["doc"]
        source = confined(base, name, gold=gold)  # never a file outside the annotations' (or texts') folder
        document = _try_read(source)
        year = rec.get("report_year")
        for g in rec.get("findings", []):
            quote = g.get("quote") or g.get("text") or ""
            start = document.text.find(quote) if document is not None and quote else -1
            row = {k: g.get(k) for k in FIELD_NAMES if k in g}
            row.update(
                doc_id=stem, source=str(source) if document is not None else name,
                section=g.get("section") or "other",
                section_heading=g.get("section_heading") or g.get("section") or "",
                text=quote, rule=g.get("rule") or "annotation",
                polarity=g.get("polarity") or "neutral",
                report_year=g.get("report_year", year), report_period=g.get("report_period", rec.get("report_period")),
                teams=list(g.get("teams") or []), themes=list(g.get("themes") or []),
                start_char=start if start >= 0 else None,
                end_char=start + len(quote) if start >= 0 else None,
                page=document.page_at(start) if start >= 0 and document is not None else g.get("page"),
            )
            findings.append(row)
        docs.append({
            "doc_id": stem, "source": str(source) if document is not None else name,
            "sha256": _sha_or_none(source), "format": Path(name).suffix.lstrip(".").lower() or None,
            "pages": len(document.pages) or None if document is not None else None,
            "report_year": year, "n_findings": len(rec.get("findings", [])), "status": "annotated",
        })
    return pd.DataFrame(findings, columns=list(FIELD_NAMES)), pd.DataFrame(docs)


def _try_read(path: Path):
    if not path.exists():
        return None
    try:
        from ..readers import read_document

        return read_document(path)
    except Exception:  # an annotation whose report we cannot read still gives findings
        return None


def _sha_or_none(path: Path) -> str | None:
    from ..batch import file_sha256

    return file_sha256(path) if path.is_file() else None
