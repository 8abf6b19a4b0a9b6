"""The batch on a Dask cluster (issue 11): the same findings as one machine, bad files recorded,
a killed worker's report retried and counted once, the cache and earlier parts reused, user
lexicons shipped to the workers by content."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import distributed  # the dask extra is part of the test extra
import pandas as pd
import pytest
from typer.testing import CliRunner

from focusfive_nlp import cluster as cluster_mod
from focusfive_nlp.batch import extract_paths
from focusfive_nlp.cli import app
from focusfive_nlp.dataset import FindingsDataset

ROOT = Path(__file__).resolve().parents[1]
KEY = ["source", "start_char", "end_char", "value", "rule"]


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=["finding_id"]).sort_values(KEY).reset_index(drop=True)


@pytest.fixture(scope="module")
def local_cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as lc:
        yield lc


@pytest.fixture()
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for src in sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))[:4]:
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_cluster_build_gives_exactly_the_single_machine_findings(tmp_path):
    inputs = [str(ROOT / "corpus"), str(ROOT / "tests" / "data" / "dev")]
    runner = CliRunner()
    one = runner.invoke(app, ["build", *inputs, "--out", str(tmp_path / "one"), "--jobs", "1", "--no-progress"])
    two = runner.invoke(app, ["build", *inputs, "--out", str(tmp_path / "two"), "--cluster", "local", "--jobs", "2",
                              "--no-progress"])
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    assert "reports per worker" in two.output
    a, b = FindingsDataset.load(tmp_path / "one"), FindingsDataset.load(tmp_path / "two")
    assert len(a.findings) > 300
    pd.testing.assert_frame_equal(_sorted(a.findings), _sorted(b.findings))
    pd.testing.assert_series_equal(a.documents["status"].sort_values(ignore_index=True),
                                   b.documents["status"].sort_values(ignore_index=True))
    assert not (tmp_path / ".two.parts").exists()  # parts are removed once the dataset is saved


def test_a_bad_file_is_recorded_and_the_run_goes_on(reports, tmp_path, local_cluster):
    (reports / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a real pdf")
    result = extract_paths([reports], cluster=local_cluster.scheduler_address, parts_dir=tmp_path / "parts",
                           progress=False)
    assert [Path(e.source).name for e in result.errors] == ["broken.pdf"]
    assert len(result.documents) == 4 and result.findings
    assert sum(result.workers.values()) == 5


class KillFirstTask(distributed.WorkerPlugin):
    """Kills the worker process the first time any worker starts a focusfive task."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key, start, finish, **kwargs):
        if finish == "executing" and str(key).startswith("focusfive-"):
            try:
                fd = os.open(self.marker, os.O_CREAT | os.O_EXCL)
            except FileExistsError:
                return
            os.close(fd)
            os._exit(1)


def test_a_killed_workers_report_is_retried_and_appears_once(reports, tmp_path):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    marker = tmp_path / "killed"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as lc, distributed.Client(lc) as client:
        client.register_plugin(KillFirstTask(str(marker)))
        result = extract_paths([reports], cluster=lc.scheduler_address, parts_dir=tmp_path / "parts", progress=False)
    assert marker.exists(), "a worker was killed mid-task"
    assert not result.errors
    assert sorted(Path(d.source).name for d in result.documents) == sorted(p.name for p in reports.iterdir())
    single = extract_paths([reports], jobs=1, progress=False)
    assert sorted((f.source, f.start_char, f.end_char, f.rule) for f in result.findings) == \
        sorted((f.source, f.start_char, f.end_char, f.rule) for f in single.findings)


def test_the_cache_and_earlier_parts_are_reused(reports, tmp_path, local_cluster):
    address = local_cluster.scheduler_address
    first = FindingsDataset.from_paths([reports], cluster=address, parts_dir=tmp_path / "parts", progress=False)
    first.save(tmp_path / "ds")
    again = FindingsDataset.from_paths([reports], cluster=address, parts_dir=tmp_path / "parts2", progress=False,
                                       cache=tmp_path / "ds")
    assert again.last_batch.processed == [] and len(again.last_batch.reused) == 4
    # an interrupted run leaves its parts: the next run reads them instead of extracting again
    resumed = extract_paths([reports], cluster=address, parts_dir=tmp_path / "parts", progress=False)
    assert resumed.workers == {"(parts of an earlier run)": 4}
    assert sorted((f.source, f.start_char) for f in resumed.findings) == \
        sorted(zip(first.findings["source"], first.findings["start_char"]))


def test_user_lexicons_travel_by_content(reports, tmp_path, local_cluster):
    teams = tmp_path / "our_teams.yaml"
    teams.write_text("teams:\n  - name: Blue Team\n    aliases: [front door]\n", encoding="utf-8")
    shipped = cluster_mod.payload({"teams": [str(teams)]}, None)
    teams.unlink()  # the workers never see the client's file
    options, redact = cluster_mod.materialise(shipped)
    assert Path(options["teams"][0]).read_text(encoding="utf-8").startswith("teams:") and redact is None
    (reports / "front-door-2020.txt").write_text(
        "Front door audit 2020\n\nASSESSMENTS\n\n- The front door responded robustly to 40% of referrals.\n",
        encoding="utf-8")
    teams.write_text("teams:\n  - name: Blue Team\n    aliases: [front door]\n", encoding="utf-8")
    result = extract_paths([reports / "front-door-2020.txt"], cluster=local_cluster.scheduler_address,
                           parts_dir=tmp_path / "parts", pipeline_options={"teams": [str(teams)]}, progress=False)
    assert any("Blue Team" in f.teams for f in result.findings)


def test_a_payload_is_named_by_its_content(tmp_path):
    teams = tmp_path / "our_teams.yaml"
    teams.write_text("teams:\n  - name: Blue Team\n", encoding="utf-8")
    first = cluster_mod.payload({"teams": [str(teams)]}, None)["key"]
    assert cluster_mod.payload({"teams": [str(teams)]}, None)["key"] == first
    teams.write_text("teams:\n  - name: Green Team\n", encoding="utf-8")
    assert cluster_mod.payload({"teams": [str(teams)]}, None)["key"] != first  # a worker places the new files


def test_without_dask_the_option_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(cluster_mod.ClusterError, match=r'pip install "focusfive-nlp\[dask\]"'):
        extract_paths([ROOT / "corpus"], cluster="local", progress=False)


def test_an_unreachable_scheduler_is_a_named_error(tmp_path):
    r = CliRunner().invoke(app, ["build", str(ROOT / "corpus"), "--out", str(tmp_path / "ds"),
                                 "--cluster", "tcp://127.0.0.1:9", "--no-progress"])
    assert r.exit_code != 0 and "cannot reach the Dask scheduler" in r.output and "Traceback" not in r.output


def test_the_client_pdf_reader_travels_and_keys_the_cache(monkeypatch):
    from focusfive_nlp.batch import options_key
    from focusfive_nlp.readers import PDF_READER_ENV

    monkeypatch.delenv(PDF_READER_ENV, raising=False)
    default_key = options_key()
    assert cluster_mod.payload(None, None)["pdf_reader"] == "pdfium"
    monkeypatch.setenv(PDF_READER_ENV, "pdfplumber")
    assert cluster_mod.payload(None, None)["pdf_reader"] == "pdfplumber"
    assert options_key() != default_key  # a build with the other reader does not reuse the cache


def test_reports_named_by_url_read_like_local_files(reports, tmp_path, local_cluster):
    url = f"file://{reports}"
    local = extract_paths([reports], jobs=1, progress=False)
    for kwargs in ({"jobs": 1}, {"cluster": local_cluster.scheduler_address, "parts_dir": tmp_path / "parts"}):
        by_url = extract_paths([url], progress=False, **kwargs)
        assert not by_url.errors
        assert sorted(d.source for d in by_url.documents) == sorted(f"file://{d.source}" for d in local.documents)
        assert sorted((f.source, f.start_char, f.rule) for f in by_url.findings) == \
            sorted((f"file://{f.source}", f.start_char, f.rule) for f in local.findings)
    again = extract_paths([url], jobs=1, progress=False, cache={
        k: v for k, v in FindingsDataset.from_batch(by_url).cache_entries().items()})
    assert again.processed == [] and len(again.reused) == 4  # hashed through fsspec, the cache holds


def test_a_missing_or_unreadable_url_is_an_error_row_or_a_named_error(tmp_path):
    result = extract_paths([f"file://{tmp_path}/nothing-here.pdf"], jobs=1, progress=False)
    assert [e.error for e in result.errors] == ["MissingFileError"]
    r = CliRunner().invoke(app, ["extract", "nosuchprotocol://x/y.pdf", "--out", str(tmp_path / "o.jsonl")])
    assert r.exit_code != 0 and "nosuchprotocol://x/y.pdf" in r.output and "Traceback" not in r.output
