"""Issue 9, storage: nothing lost, nothing leaked, whatever happens to a save or a build.

One case per failure kind of the issue: a full disk in every format (simulated: the writer
raises ENOSPC mid-write), a write that silently leaves an incomplete file, database sidecars,
a kill between the two renames of a save and the ``.part`` leftovers of killed saves, two
builds of one dataset at once, a build killed (SIGTERM, Ctrl-C, SIGKILL) while its workers run,
a typo'd input path, folder entries that are not files, and formula-like text in CSV and Excel.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from focusfive_nlp import atomic
from focusfive_nlp.batch import extract_paths
from focusfive_nlp.cli import app
from focusfive_nlp.dataset import FindingsDataset, build_dataset
from focusfive_nlp.dataset import build as build_module
from focusfive_nlp.dataset.build import resume_path
from focusfive_nlp.errors import DatasetLockedError, MissingInputError, WriteError
from focusfive_nlp.export import write_findings
from focusfive_nlp.findings import Finding
from focusfive_nlp.report import write_report
from focusfive_nlp.sheets import csv_quote, csv_unquote

DATA = Path(__file__).parent / "data"
REPORT = (DATA / "issue9-storage-report.txt").read_text(encoding="utf-8")
FORMATS = ["ds", "ds.csv", "ds.xlsx", "ds.sqlite", "ds.duckdb"]


def finding(text: str, *, doc_id: str = "report-2023", source: str = "reports/report-2023.txt", **kw) -> Finding:
    base = dict(doc_id=doc_id, source=source, report_year=2023, report_period=None, section="planning",
                section_heading="PLANNING", audit_activity=None, period=None, teams=[], value=47.0,
                figure_kind="result", count=None, denominator=None, grade="good", grade_qualifier="or_above",
                measure="plans", polarity="neutral", themes=["smart_planning"], text=text, start_char=0,
                end_char=len(text), page=None, rule="test")
    base.update(kw)
    return Finding(**base)


@pytest.fixture
def old_ds() -> FindingsDataset:
    return FindingsDataset.from_findings([finding("47% of plans were graded Good or above."),
                                          finding("Plans were not SMART.", value=None, grade=None, grade_qualifier=None)])


@pytest.fixture
def new_ds() -> FindingsDataset:
    return FindingsDataset.from_findings([finding(f"Finding {i}: 50% of visits were on time.") for i in range(5)])


def dotfiles(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def assert_same(a: FindingsDataset, b: FindingsDataset) -> None:
    pd.testing.assert_frame_equal(a.findings, b.findings)
    pd.testing.assert_frame_equal(a.documents, b.documents)


def dead_pid() -> int:
    """A process id that no process has now."""
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid -= 1


# ------------------------------------------------------------------ 1. a full disk, every format

def _full_disk(original):
    """``original`` (a DataFrame writer) that writes the first two tables, then fails as a full disk does."""
    calls = []

    def write(self, *args, **kwargs):
        calls.append(1)
        if len(calls) > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, *args, **kwargs)

    return write


def _fill_disk(monkeypatch, name: str) -> None:
    if name.endswith(".duckdb"):
        import duckdb

        real_connect = duckdb.connect

        class Connection:  # duckdb reports a full disk as its own IOException, mid-transaction
            def __init__(self, con):
                self.con, self.creates = con, 0

            def execute(self, sql, *a):
                if sql.startswith("CREATE TABLE"):
                    self.creates += 1
                    if self.creates > 2:
                        raise duckdb.IOException('Could not write file "x.part.wal": No space left on device')
                return self.con.execute(sql, *a)

            def __getattr__(self, attr):
                return getattr(self.con, attr)

        monkeypatch.setattr(duckdb, "connect", lambda *a, **k: Connection(real_connect(*a, **k)))
        return
    if name.endswith(".xlsx"):  # the workbook is written in one save, after its sheets are built
        from openpyxl import Workbook

        def save(self, filename):
            open(filename, "wb").write(b"PK\x03\x04")  # a part written before the disk filled
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(Workbook, "save", save)
        return
    method = {"ds": "to_parquet", "ds.csv": "to_csv", "ds.sqlite": "to_sql"}[name]
    monkeypatch.setattr(pd.DataFrame, method, _full_disk(getattr(pd.DataFrame, method)))


@pytest.mark.parametrize("name", FORMATS)
def test_full_disk_is_a_named_error_and_keeps_the_old_dataset(old_ds, new_ds, tmp_path, monkeypatch, name):
    path = tmp_path / name
    old_ds.save(path)
    _fill_disk(monkeypatch, name)
    with pytest.raises(WriteError, match="disk is full") as info:
        new_ds.save(path)
    monkeypatch.undo()
    assert str(path) in str(info.value) and "free some space" in str(info.value)
    assert_same(FindingsDataset.load(path), old_ds)
    assert dotfiles(tmp_path) == []  # no .part, no WAL, no journal, no lock


def test_full_disk_in_a_build_exits_non_zero_without_traceback(old_ds, tmp_path, monkeypatch):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "report-2023.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "ds.sqlite"
    old_ds.save(out)
    _fill_disk(monkeypatch, "ds.sqlite")
    res = CliRunner().invoke(app, ["build", str(tmp_path / "reports"), "--out", str(out), "--jobs", "1", "--no-progress"])
    monkeypatch.undo()
    assert res.exit_code != 0
    assert "disk is full" in res.output and "Traceback" not in res.output
    assert_same(FindingsDataset.load(out), old_ds)
    assert dotfiles(tmp_path) == []


# ------------------------------------------------------------------ 1b. a write that silently loses tables

@pytest.mark.parametrize("name", ["ds.sqlite", "ds.duckdb", "ds"])
def test_incomplete_file_never_replaces_the_dataset(old_ds, new_ds, tmp_path, monkeypatch, name):
    """A writer that "succeeds" but leaves a table out (as duckdb did on a nearly full disk) is caught by the read-back."""
    path = tmp_path / name
    old_ds.save(path)
    if name.endswith(".duckdb"):
        import duckdb

        real_connect = duckdb.connect

        class Connection:
            def __init__(self, con):
                self.con = con

            def execute(self, sql, *a):
                if sql.startswith('CREATE TABLE "findings"'):
                    return None  # lost without a word
                return self.con.execute(sql, *a)

            def __getattr__(self, attr):
                return getattr(self.con, attr)

        monkeypatch.setattr(duckdb, "connect", lambda *a, **k: Connection(real_connect(*a, **k)))
    else:
        method = "to_sql" if name.endswith(".sqlite") else "to_parquet"
        real = getattr(pd.DataFrame, method)
        monkeypatch.setattr(pd.DataFrame, method,
                            lambda self, *a, **k: real(self.head(0) if len(self) == 5 else self, *a, **k))
    with pytest.raises(WriteError, match="did not read back complete") as info:
        new_ds.save(path)
    assert info.value.path == str(path)
    monkeypatch.undo()
    assert_same(FindingsDataset.load(path), old_ds)
    assert dotfiles(tmp_path) == []


def test_a_stale_journal_beside_a_database_is_removed(old_ds, new_ds, tmp_path):
    path = tmp_path / "ds.sqlite"
    old_ds.save(path)
    (tmp_path / "ds.sqlite-journal").write_bytes(b"journal of the file being replaced")
    new_ds.save(path)
    assert not (tmp_path / "ds.sqlite-journal").exists()
    assert len(FindingsDataset.load(path)) == 5


# ------------------------------------------------------------------ 2. a kill between the two renames

def test_kill_between_renames_is_mended_on_next_load_and_build(old_ds, tmp_path):
    path = tmp_path / "ds"
    old_ds.save(path)
    pid = dead_pid()
    os.replace(path, tmp_path / f".ds.{pid}.old")  # the state a kill between the renames leaves
    part = tmp_path / f".ds.{pid}.k2j4.part"  # and a half-written new folder of an earlier kill
    part.mkdir()
    (part / "findings.parquet").write_bytes(b"half")
    assert_same(FindingsDataset.load(path), old_ds)
    assert dotfiles(tmp_path) == []

    os.replace(path, tmp_path / f".ds.{pid}.old")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "report-2023.txt").write_text(REPORT, encoding="utf-8")
    built = build_dataset([tmp_path / "reports"], path, jobs=1, progress=False)
    assert set(old_ds.documents["source"]) <= set(built.load().documents["source"])  # built on the old one, not from nothing
    assert dotfiles(tmp_path) == []


def test_leftovers_of_live_writers_are_left_alone_by_a_reader(old_ds, tmp_path):
    path = tmp_path / "ds.sqlite"
    old_ds.save(path)
    live = tmp_path / f".ds.sqlite.{os.getppid()}.abcd.part"  # a process that is alive: maybe writing
    live.write_bytes(b"being written")
    dead = tmp_path / f".ds.sqlite.{dead_pid()}.efgh.part-journal"
    dead.write_bytes(b"left by a kill")
    FindingsDataset.load(path)
    assert live.exists() and not dead.exists()
    old_ds.save(path)  # a saver holds the lock: nobody else may be writing this dataset
    assert dotfiles(tmp_path) == []


# ------------------------------------------------------------------ 3. two builds of one dataset at once

HOLD_LOCK = """
import sys, time
from focusfive_nlp.atomic import exclusive_lock
with exclusive_lock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(60)
"""


def test_second_build_is_refused_while_one_is_writing(old_ds, tmp_path, monkeypatch):
    path = tmp_path / "ds"
    old_ds.save(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatasetLockedError, match=rf"another build is writing .*pid {holder.pid}"):
            old_ds.save(path, lock_timeout=0.2)
        (tmp_path / "reports").mkdir()
        (tmp_path / "reports" / "report-2023.txt").write_text(REPORT, encoding="utf-8")
        monkeypatch.setattr(build_module, "LOCK_TIMEOUT", 0.2)
        res = CliRunner().invoke(app, ["build", str(tmp_path / "reports"), "--out", str(path), "--jobs", "1", "--no-progress"])
        assert res.exit_code != 0 and f"pid {holder.pid}" in res.output and "choose another --out" in res.output
    finally:
        holder.kill()
        holder.wait()
    assert_same(FindingsDataset.load(path), old_ds)
    old_ds.save(path, lock_timeout=0.2)  # a dead holder's lock is taken over
    assert dotfiles(tmp_path) == []


def test_lock_is_reentrant_and_removed(tmp_path):
    with atomic.exclusive_lock(tmp_path / "ds"):
        with atomic.exclusive_lock(tmp_path / "ds", timeout=0):
            assert atomic.holds_lock(tmp_path / "ds")
        assert (tmp_path / ".ds.lock").exists()
    assert not atomic.holds_lock(tmp_path / "ds") and dotfiles(tmp_path) == []


# ------------------------------------------------------------------ 4. a build killed while its workers run

def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


ARCHIVE_REPORTS = 600


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    # distinct reports (none a duplicate of another), far more than are read before the signal,
    # so that a fast build cannot finish between the check that it runs and the signal
    for i in range(ARCHIVE_REPORTS):
        (folder / f"report-{i:03d}.txt").write_text(REPORT + f"\nReport number {i}.\n", encoding="utf-8")
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_killed_build_leaves_no_worker_and_the_dataset_unchanged(old_ds, archive, tmp_path, sig):
    out = tmp_path / "ds"
    old_ds.save(out)
    log = tmp_path / "stderr.txt"
    with open(log, "w") as err:
        # a child inherits an ignored SIGINT (the suite run as a background job has one): the build
        # starts with the default handlers, as from a terminal
        proc = subprocess.Popen([sys.executable, "-m", "focusfive_nlp", "build", str(archive), "--out", str(out),
                                 "--jobs", "2", "--progress"], stdout=subprocess.DEVNULL, stderr=err,
                                preexec_fn=_default_signals)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:  # wait until a few reports are done
        workers |= _children(proc.pid)
        done = re.findall(rf"\| *(\d+)/{ARCHIVE_REPORTS}", log.read_text(errors="replace"))
        if done and int(done[-1]) >= 4 and len(workers) == 2:
            break
        time.sleep(0.05)
    assert proc.poll() is None, log.read_text()
    proc.send_signal(sig)
    code = proc.wait(timeout=60)
    stderr = log.read_text(errors="replace")
    time.sleep(0.5)
    survivors = [w for w in workers if _alive(w)]
    deadline = time.monotonic() + 5
    while survivors and time.monotonic() < deadline:
        time.sleep(0.1)
        survivors = [w for w in workers if _alive(w)]
    assert survivors == []
    assert_same(FindingsDataset.load(out), old_ds)
    assert "Traceback" not in stderr
    if sig == signal.SIGKILL:
        assert code == -signal.SIGKILL
        return
    assert code == 128 + sig
    m = re.search(r"interrupted after (\d+) of (\d+) reports; dataset unchanged", stderr)
    assert m and int(m[1]) >= 4 and int(m[2]) == ARCHIVE_REPORTS, stderr
    checkpoint = FindingsDataset.load(resume_path(out))  # what was read, kept for the next build
    read = checkpoint.documents[checkpoint.documents["status"] == "ok"]
    assert len(read) >= int(m[1])
    assert dotfiles(tmp_path) == [resume_path(out).name]
    # the next build reuses them: nothing of these is read again
    cache = checkpoint.cache_entries()
    again = extract_paths(list(read["source"]), jobs=1, progress=False, cache=cache)
    assert again.processed == [] and len(again.reused) == len(read)


def test_interrupted_build_resumes_and_cleans_up(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(3):
        (reports / f"report-{i}.txt").write_text(REPORT + f"\nReport number {i}.\n", encoding="utf-8")
    out = tmp_path / "ds.xlsx"
    from focusfive_nlp.batch import workers as batch  # where the batch calls process_file

    real = batch.process_file
    calls = []

    def interrupt_on_third(path, **kw):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", interrupt_on_third)
    res = CliRunner().invoke(app, ["build", str(reports), "--out", str(out), "--jobs", "1", "--no-progress"])
    assert res.exit_code == 130, res.output
    assert "interrupted after 2 of 3 reports; dataset unchanged" in res.output
    assert not out.exists() and resume_path(out).is_dir()
    monkeypatch.undo()
    ds = build_dataset([reports], out, jobs=1, progress=False)
    assert len(ds.last_batch.reused) == 2 and len(ds.last_batch.processed) == 1
    assert dotfiles(tmp_path) == []


def test_interrupted_extract_writes_nothing(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(3):
        (reports / f"report-{i}.txt").write_text(REPORT + f"\nReport number {i}.\n", encoding="utf-8")
    from focusfive_nlp.batch import workers as batch  # where the batch calls process_file
    from focusfive_nlp.interrupts import Terminated

    real = batch.process_file
    calls = []

    def terminate_on_second(path, **kw):
        calls.append(path)
        if len(calls) == 2:
            raise Terminated(signal.SIGTERM)
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", terminate_on_second)
    out = tmp_path / "findings.jsonl"
    res = CliRunner().invoke(app, ["extract", str(reports), "--out", str(out), "--jobs", "1", "--no-progress"])
    assert res.exit_code == 143, res.output
    assert "interrupted after 1 of 3 reports" in res.output and "not written" in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


# ------------------------------------------------------------------ 5. a typo'd input; folder entries that are not files

def test_missing_input_onto_an_existing_dataset_changes_nothing(old_ds, tmp_path):
    out = tmp_path / "ds"
    old_ds.save(out)
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
    res = CliRunner().invoke(app, ["build", str(tmp_path / "nowhere"), "--out", str(out), "--no-progress"])
    assert res.exit_code != 0 and "nowhere" in res.output and "input not found" in res.output
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()} == before
    with pytest.raises(MissingInputError):
        build_dataset([tmp_path / "nowhere"], out)
    assert dotfiles(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX folder entries")
def test_folder_entries_that_are_not_files_are_errors_never_opened(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "report-2023.txt").write_text(REPORT, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # opening it would block the batch for ever
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    try:
        result = extract_paths([folder], jobs=1, progress=False)
    finally:
        sock.close()
    assert [d.source for d in result.documents] == [str(folder / "report-2023.txt")]
    errors = {Path(e.source).name: (e.error, e.message) for e in result.errors}
    assert set(errors) == {"pipe.txt", "gone.txt", "loop.txt", "sock.txt"}
    assert {kind for kind, _ in errors.values()} == {"NotAFileError"}
    assert "named pipe" in errors["pipe.txt"][1] and "link to nothing" in errors["gone.txt"][1]
    assert "loop" in errors["loop.txt"][1] and "socket" in errors["sock.txt"][1]


# ------------------------------------------------------------------ 6. formula-like text in CSV and Excel

FORMULAS = ['=HYPERLINK("http://example.org/x","see the plan")', "+44 1234 567", "-5% on the year before",
            "@SUM(A1:A3)", "\tindented", "\rreturn", "'=already quoted", "plain text"]


def formula_dataset() -> FindingsDataset:
    return FindingsDataset.from_findings([finding(t, doc_id=t[:12] or "x", source=f"{t[:8]}.txt") for t in FORMULAS])


def live_cells(path: Path) -> list:
    book = openpyxl.load_workbook(path)
    return [c.coordinate for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_csv_quote_round_trips():
    for text in FORMULAS + ["''@x", "'plain", ""]:
        assert csv_unquote(csv_quote(text)) == text
    assert csv_quote("=1+1") == "'=1+1" and csv_quote("plain") == "plain"


@pytest.mark.parametrize("name", ["ds.csv", "ds.xlsx"])
def test_formula_text_in_a_dataset_is_inert_and_loads_back_equal(tmp_path, name):
    ds = formula_dataset()
    path = tmp_path / name
    ds.save(path)
    if name.endswith(".xlsx"):
        assert live_cells(path) == []
    else:
        raw = pd.read_csv(path / "findings.csv", dtype=object, keep_default_na=False)
        assert all(not str(v).startswith(("=", "+", "-", "@", "\t", "\r")) for col in raw for v in raw[col])
        assert "'" + FORMULAS[0] in set(raw["text"])
    back = FindingsDataset.load(path)
    assert back.findings["text"].tolist() == ds.findings["text"].tolist()
    assert back.findings["doc_id"].tolist() == ds.findings["doc_id"].tolist()
    assert back.to_findings() == ds.to_findings()


def test_formula_text_in_exports_reports_and_query_outputs(tmp_path):
    ds = formula_dataset()
    write_findings(ds.to_findings(), tmp_path / "findings.csv")
    raw = pd.read_csv(tmp_path / "findings.csv", dtype=object, keep_default_na=False)
    assert set(raw["text"]) == {csv_quote(t) for t in FORMULAS}
    write_report(ds, tmp_path / "report.xlsx")
    assert live_cells(tmp_path / "report.xlsx") == []
    ds.save(tmp_path / "ds")
    for out in ("q.xlsx", "q.csv"):
        res = CliRunner().invoke(app, ["query", str(tmp_path / "ds"), "--out", str(tmp_path / out)])
        assert res.exit_code == 0, res.output
    assert live_cells(tmp_path / "q.xlsx") == []
    sheet = pd.read_excel(tmp_path / "q.xlsx", dtype=object)
    assert sorted(sheet["text"]) == sorted(FORMULAS)
    raw = pd.read_csv(tmp_path / "q.csv", dtype=object, keep_default_na=False)
    assert set(raw["text"]) == {csv_quote(t) for t in FORMULAS}


def test_report_file_named_like_a_formula_builds_and_rebuilds(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(DATA / "issue9-storage-report.txt", reports / "=HYPERLINK(1).txt")
    out = tmp_path / "ds.xlsx"
    first = build_dataset([reports], out, jobs=1, progress=False)
    assert live_cells(out) == []
    second = build_dataset([reports], out, jobs=1, progress=False)  # the workbook is its own cache
    assert second.last_batch.reused == [str(reports / "=HYPERLINK(1).txt")]
    assert first.n_findings == second.n_findings > 0
    assert second.load().findings["doc_id"].tolist() == ["=HYPERLINK(1)"] * first.n_findings
