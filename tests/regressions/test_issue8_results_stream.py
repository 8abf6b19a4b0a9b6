"""Issue 8, results stream: a build writes findings as they come and holds none of them.

The streamed dataset must be the dataset the in-memory path makes (same findings in the same
order, same long tables, same documents), for a first build, a rebuild that carries earlier
documents over, and with several row groups. Memory itself is measured by
benchmarks/bench_memory.py, not here.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from focusfive_nlp.batch import extract_paths
from focusfive_nlp.dataset import FindingsDataset, build_dataset
from focusfive_nlp.dataset import cache, stream

REPORT = (Path(__file__).parent / "data" / "issue9-storage-report.txt").read_text(encoding="utf-8")
VOLATILE = ["seconds", "processed_at", "cached"]


def reports(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(exist_ok=True)
    for i in range(start, start + n):
        (folder / f"report-{i:03d}.txt").write_text(REPORT.replace("47%", f"{i % 90 + 5}%") + f"\nReport {i}.\n",
                                                    encoding="utf-8")
    (folder / "README.md").write_text("Not a report.\n", encoding="utf-8")
    (folder / "copy-of-report-000.txt").write_text((folder / f"report-{start:03d}.txt").read_text(), encoding="utf-8")
    return folder


def same(streamed: FindingsDataset, memory: FindingsDataset) -> None:
    pd.testing.assert_frame_equal(streamed.findings, memory.findings)
    pd.testing.assert_frame_equal(streamed.teams_long, memory.teams_long)
    pd.testing.assert_frame_equal(streamed.themes_long, memory.themes_long)
    pd.testing.assert_frame_equal(streamed.documents.drop(columns=VOLATILE), memory.documents.drop(columns=VOLATILE))
    pd.testing.assert_frame_equal(streamed.errors, memory.errors)


@pytest.mark.parametrize("rows", [3, stream.ROWS_PER_GROUP])
def test_streamed_build_equals_the_in_memory_dataset(tmp_path, monkeypatch, rows):
    monkeypatch.setattr(stream, "ROWS_PER_GROUP", rows)  # 3: many row groups
    folder = reports(tmp_path / "r", 6)
    built = build_dataset([folder], tmp_path / "ds", jobs=1, progress=False)
    memory = FindingsDataset.from_paths([folder], jobs=1, progress=False)
    assert built.n_findings == len(memory) > 0
    same(built.load(), memory)
    groups = pq.ParquetFile(tmp_path / "ds" / "findings.parquet").num_row_groups
    assert groups == (6 if rows == 3 else 1)  # 3: a row group per report, flushed as each comes


@pytest.mark.parametrize("name", ["ds.sqlite", "ds.duckdb"])
def test_a_database_build_is_converted_a_row_group_at_a_time(tmp_path, monkeypatch, name):
    monkeypatch.setattr(stream, "ROWS_PER_GROUP", 3)  # a row group per report
    from focusfive_nlp.dataset import storage

    chunks = []
    real = storage.WRITERS[name.split(".")[1]]

    def counting(tables, path):  # the writer sees each table as frames, not one whole frame
        tables = {n: [chunks.append((n, len(df))) or df for df in frames] for n, frames in tables.items()}
        real(tables, path)

    monkeypatch.setitem(storage.WRITERS, name.split(".")[1], counting)
    folder = reports(tmp_path / "r", 6)
    built = build_dataset([folder], tmp_path / name, jobs=1, progress=False)
    memory = FindingsDataset.from_paths([folder], jobs=1, progress=False)
    assert sum(1 for n, _ in chunks if n == "findings") == 6
    assert sum(rows for n, rows in chunks if n == "findings") == built.n_findings == len(memory)
    same(built.load(), memory)


@pytest.mark.parametrize("name, rows", [("ds", 3), ("ds", stream.ROWS_PER_GROUP), ("ds.sqlite", stream.ROWS_PER_GROUP),
                                        ("ds.sqlite", 3), ("ds.duckdb", 3)])
def test_streamed_rebuild_carries_earlier_documents_over(tmp_path, monkeypatch, name, rows):
    """The earlier dataset is the cache, read in parts: a Parquet one a row group at a time (3
    rows: many groups, one kept), a database a slice of finding ids at a time (3 rows)."""
    monkeypatch.setattr(stream, "ROWS_PER_GROUP", rows)
    monkeypatch.setattr(cache.ParquetCache, "GROUPS_KEPT", 1)
    monkeypatch.setattr(cache.DatabaseCache, "ROWS", rows)
    out = tmp_path / name
    first = reports(tmp_path / "a", 3)
    build_dataset([first], out, jobs=1, progress=False)
    previous = FindingsDataset.load(out)
    second = reports(tmp_path / "b", 2, start=10)
    built = build_dataset([second], out, jobs=1, progress=False)
    memory = FindingsDataset.from_paths([second], jobs=1, progress=False, cache=previous)
    same(built.load(), memory)
    assert set(built.documents["status"]) >= {"ok", "kept"}
    if "." in name:
        assert isinstance(cache.open_build_cache(out), cache.DatabaseCache)  # queried, not loaded whole
    again = build_dataset([first, second], out, jobs=1, progress=False)  # every report reused
    assert again.last_batch.processed == [] and len(again.last_batch.reused) >= 5
    memory = FindingsDataset.from_paths([first, second], jobs=1, progress=False, cache=built.load())
    same(again.load(), memory)


def test_the_parquet_cache_holds_sources_and_one_row_group_not_the_findings(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "ROWS_PER_GROUP", 3)
    folder = reports(tmp_path / "r", 5)
    build_dataset([folder], tmp_path / "ds", jobs=1, progress=False)
    saved = FindingsDataset.load(tmp_path / "ds")
    held = cache.open_build_cache(tmp_path / "ds")
    assert isinstance(held, cache.ParquetCache) and held.file.num_row_groups == 5 and held.groups == {}
    entries = held.cache_entries()
    for source, rows in saved.findings.groupby("source", sort=False):
        entry = next(e for e in entries.values() if e[0] == "ok" and e[2].source == source)
        assert [f.to_dict() for f in entry[1]] == [f.to_dict() for f in saved.to_findings(rows)]
        assert len(held.groups) <= held.GROUPS_KEPT
    two = {str(folder / "report-001.txt"), str(folder / "report-004.txt")}
    carried = pd.concat(list(held.iter_findings_of(two)))
    expected = saved.findings_of(two)
    for column in ("source", "text", "start_char", "polarity"):
        assert carried[column].astype(object).tolist() == expected[column].astype(object).tolist()
    assert list(held.iter_findings_of(set())) == []


def test_a_streaming_batch_holds_no_findings(tmp_path):
    folder = reports(tmp_path / "r", 4)
    got = []
    result = extract_paths([folder], jobs=1, progress=False, on_findings=got.append)
    plain = extract_paths([folder], jobs=1, progress=False)
    assert result.findings == []
    assert [f for batch in got for f in batch] == plain.findings  # every finding, in input order
    assert [d.source for d in result.documents] == [d.source for d in plain.documents]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_extract_streams_to_the_same_file_as_a_whole_write(tmp_path, suffix):
    from typer.testing import CliRunner

    from focusfive_nlp.cli import app
    from focusfive_nlp.export import write_findings

    folder = reports(tmp_path / "r", 3)
    streamed = tmp_path / f"streamed{suffix}"
    res = CliRunner().invoke(app, ["extract", str(folder), "--out", str(streamed), "--jobs", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    whole = tmp_path / f"whole{suffix}"
    findings = extract_paths([folder], jobs=1, progress=False).findings
    write_findings(findings, whole)
    assert f"{len(findings)} findings" in res.output
    if suffix == ".parquet":
        assert pq.read_table(streamed).equals(pq.read_table(whole))
        assert pq.read_table(streamed).num_rows == len(findings) > 0
    else:
        assert streamed.read_bytes() == whole.read_bytes()


def test_extract_of_no_findings_writes_a_header(tmp_path):
    from focusfive_nlp.export import write_findings

    write_findings([], tmp_path / "none.csv")
    assert (tmp_path / "none.csv").read_text().startswith("doc_id,source,")
    write_findings([], tmp_path / "none.parquet")
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


@pytest.mark.parametrize("name", ["ds.sqlite", "ds.duckdb"])
def test_a_corrupt_database_as_cache_is_a_named_error(tmp_path, name):
    from focusfive_nlp.errors import FocusFiveError

    out = tmp_path / name
    out.write_bytes(b"not a database at all")
    with pytest.raises(FocusFiveError, match="cannot read dataset") as info:
        build_dataset([reports(tmp_path / "r", 1)], out, jobs=1, progress=False)
    assert str(out) in str(info.value)
    assert out.read_bytes() == b"not a database at all"  # left as it was
