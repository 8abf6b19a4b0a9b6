"""The builder of tests/data/real11/gold.jsonl: scripts/gold_builder.py over this folder
(run: python3 tests/data/real11/notes/specs.py). Repeated headings (running "Commentary"
blocks) count at each occurrence."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "scripts"))
from gold_builder import F, GoldSet  # noqa: E402,F401

_SET = GoldSet(Path(__file__).resolve().parents[1], every_heading=True)
doc, build = _SET.doc, _SET.build
