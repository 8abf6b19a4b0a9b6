"""Speed work must not change a finding: a fixed set of reports against a committed snapshot.

The snapshot (tests/data/snapshots/speed-parity.jsonl) was written by
scripts/findings_snapshot.py before the pipeline was made faster; every field of every
finding, rule text included, must still be the same. Regenerate it only for a change
that is meant to change findings:

    python scripts/findings_snapshot.py tests/data/snapshots/speed-parity.jsonl \
        corpus/focus-five-audit-findings-2021.txt tests/data/dev/threshold-audit-2017.txt ...
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "snapshots" / "speed-parity.jsonl"
REPORTS = (
    "corpus/focus-five-audit-findings-2021.txt",
    "tests/data/dev/threshold-audit-2017.txt",
    "tests/data/generalisation2/team-grades-table-2018-19.txt",
    "tests/data/generalisation3/numbered-findings-audit-2019-20.txt",
    "tests/data/holdout/practice-area-grades-2017-18.txt",
)


def _snapshot_module():
    spec = importlib.util.spec_from_file_location("findings_snapshot", ROOT / "scripts" / "findings_snapshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_findings_equal_the_snapshot(nlp):
    expected = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    got = _snapshot_module().snapshot_lines([ROOT / r for r in REPORTS], nlp=nlp)
    assert len(got) == len(expected)
    for line_got, line_expected in zip(got, expected):
        assert json.loads(line_got) == json.loads(line_expected)
    assert got == expected


def test_snapshot_covers_every_listed_report():
    sources = {json.loads(line)["source"] for line in SNAPSHOT.read_text(encoding="utf-8").splitlines()}
    assert sources == set(REPORTS)


def test_to_dict_is_asdict_with_its_own_lists(nlp):
    from dataclasses import asdict

    from focusfive_nlp import extract

    findings = extract(ROOT / REPORTS[0], nlp=nlp)
    assert findings and all(f.to_dict() == asdict(f) for f in findings)
    team_finding = next(f for f in findings if f.teams)
    record = team_finding.to_dict()
    record["teams"].append("changed")
    assert "changed" not in team_finding.teams
