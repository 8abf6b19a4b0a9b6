"""The builder of tests/data/real14/gold.jsonl: scripts/gold_builder.py over this folder
(run: python3 tests/data/real14/notes/specs.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "scripts"))
from gold_builder import F, GoldSet  # noqa: E402,F401

_SET = GoldSet(Path(__file__).resolve().parents[1])
doc, build = _SET.doc, _SET.build
