"""The builder of tests/data/real18/gold.jsonl: scripts/gold_builder.py over this folder
(run: python3 tests/data/real18/notes/build_gold.py)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "scripts"))
from gold_builder import F, GoldSet  # noqa: E402,F401

DIR = Path(__file__).resolve().parents[1]
_SET = GoldSet(DIR)
doc, build = _SET.doc, _SET.build


def _lines(name):
    return (DIR / name).read_text(encoding="utf-8").replace("¤", "\u00a0").splitlines()


def row(name, label):
    """The one table line that starts with `label` (leading spaces dropped): a row is quoted whole."""
    found = [l.strip() for l in _lines(name) if l.strip().startswith(label)]
    assert len(found) == 1, (name, label, found)
    return found[0]


def cells(name, label, n):
    """The row that starts with `label`, cut after its n-th cell (cells are parted by 2+ spaces),
    so that each cell of a space-aligned row has a quote of its own."""
    r = row(name, label)
    parts = [m.end() for m in re.finditer(r"\S(?=\s{2,}|$)", r)]
    return r[:parts[n]]
