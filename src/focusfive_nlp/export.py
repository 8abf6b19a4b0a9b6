"""Write findings to JSON Lines, CSV or Parquet, chosen by the file extension; atomically."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .atomic import atomic_path
from .errors import FocusFiveError
from .findings import FIELD_NAMES, Finding
from .sheets import write_csv

if TYPE_CHECKING:
    import pandas as pd

FINDINGS_FORMATS = (".jsonl", ".csv", ".parquet")
LIST_FIELDS = ("teams", "themes")


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """Findings as a DataFrame with every contract column, in contract order."""
    import pandas as pd

    return pd.DataFrame([f.to_dict() for f in findings], columns=list(FIELD_NAMES))


def write_findings(findings: Iterable[Finding], path: str | Path) -> Path:
    """Write findings to ``path`` (.jsonl one finding a line, .csv, or .parquet)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FINDINGS_FORMATS:
        raise FocusFiveError(f"unknown output format {suffix or '(none)'}; use one of {', '.join(FINDINGS_FORMATS)}", path=target)
    findings = list(findings)
    with atomic_path(target) as tmp:
        if suffix == ".jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for f in findings:
                    fh.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
        elif suffix == ".csv":
            frame = findings_frame(findings)
            for col in LIST_FIELDS:
                frame[col] = frame[col].map(lambda v: ";".join(v) if isinstance(v, list) else v)
            write_csv(frame, tmp)  # formula-like text neutralised (see focusfive_nlp.sheets)
        else:
            findings_frame(findings).to_parquet(tmp, index=False)
    return target
