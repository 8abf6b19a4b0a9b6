"""The batch on a Dask distributed cluster, for archives too large for one machine.

The work unit is the local batch's: one report a task, read and extracted on the worker by
:func:`~focusfive_nlp.batch.process_file`; planning, the cache, duplicates and renditions
stay in :func:`~focusfive_nlp.batch.extract_paths`, so a cluster build gives exactly the
findings of a single-machine build. What differs:

* user lexicons, the pipeline config and names files travel to the workers as content
  (they need not share the client's file system) and are written to a folder there, with
  the PDF reader chosen on the client;
* each worker writes its report's findings as one Parquet part in ``parts_dir`` (named by
  content hash and settings, written atomically), so the scheduler only passes small
  records; a part found there from an interrupted run is reused without a task;
* a worker lost mid-task has its report rescheduled by Dask; the deterministic part name
  means a report read twice is still one part and one set of findings.

``cluster`` is a scheduler address ("tcp://host:8786") or "local", which starts a
``LocalCluster`` of ``jobs`` single-threaded worker processes. Dask is an optional extra:
``pip install "focusfive-nlp[dask]"``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Iterator

from .errors import FocusFiveError

INSTALL_HINT = 'the cluster option needs Dask: pip install "focusfive-nlp[dask]"'
FILE_OPTIONS = ("teams", "themes", "sections", "cues", "activities")
DOCUMENT_KEY = b"focusfive.document"


class ClusterError(FocusFiveError):
    """The Dask cluster cannot be used (not installed, not reachable)."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError(INSTALL_HINT) from None
    return distributed


@contextmanager
def connect(address: str, jobs: int) -> Iterator:
    """A Dask client for ``address`` ("local" starts a LocalCluster of ``jobs`` workers), closed after use."""
    distributed = _distributed()
    cluster = None
    try:
        if address == "local":
            cluster = distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.ERROR)
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(address, timeout="20s")
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}; is it running?") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------- what travels to the workers


def payload(pipeline_options: dict | None, redact) -> dict:
    """Pipeline options and names files with every user file replaced by (name, content), and a
    ``key`` naming that content."""
    def ship(path: str) -> tuple[str, bytes]:
        p = Path(path)
        try:
            return p.name, p.read_bytes()
        except OSError as exc:
            raise FocusFiveError(f"cannot read: {exc.strerror or exc}", path=p) from None

    shipped: dict = {}
    for key, value in (pipeline_options or {}).items():
        if key in FILE_OPTIONS:
            shipped[key] = [ship(p) for p in ([value] if isinstance(value, (str, Path)) else value)]
        elif key == "config":
            shipped[key] = ship(value)
        else:
            shipped[key] = value
    from .readers import pdf_reader

    names = redact if redact is True or not redact else [ship(p) for p in redact]
    out = {"pipeline": shipped, "redact": names, "pdf_reader": pdf_reader()}
    out["key"] = hashlib.sha256(json.dumps(out, default=lambda b: b.hex() if isinstance(b, bytes) else str(b),
                                           sort_keys=True).encode()).hexdigest()[:16]
    return out


_MATERIALISED: dict[str, tuple[dict, object]] = {}


def materialise(shipped: dict) -> tuple[dict, object]:
    """On a worker: write shipped files to a folder of their own (once per worker process and
    payload ``key``); the options that point at them."""
    key = shipped["key"]
    if key in _MATERIALISED:
        return _MATERIALISED[key]
    folder = Path(tempfile.gettempdir()) / f"focusfive-files-{key}"
    folder.mkdir(exist_ok=True)

    def place(item, n: int) -> str:
        name, content = item
        target = folder / f"{n}-{name}"
        if not target.exists():
            tmp = target.with_suffix(target.suffix + f".{os.getpid()}.part")
            tmp.write_bytes(content)
            os.replace(tmp, target)
        return str(target)

    count = iter(range(1_000_000))
    options: dict = {}
    for k, value in shipped["pipeline"].items():
        if k in FILE_OPTIONS:
            options[k] = [place(item, next(count)) for item in value]
        elif k == "config":
            options[k] = place(value, next(count))
        else:
            options[k] = value
    redact = shipped["redact"]
    if redact and redact is not True:
        redact = [place(item, next(count)) for item in redact]
    _MATERIALISED[key] = (options, redact)
    return options, redact


# ---------------------------------------------------------------- parts


def part_name(sha: str, options: str) -> str:
    return f"part-{sha[:24]}-{options}.parquet"


def write_part(path: Path, findings: list, record) -> None:
    """One report's findings as a Parquet file, its document record in the file's metadata; atomic."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([f.to_dict() for f in findings])
    table = table.replace_schema_metadata({DOCUMENT_KEY: json.dumps(asdict(record)).encode()})
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def read_part(path: Path) -> tuple:
    """("ok", findings, DocumentRecord) from a part written by :func:`write_part`."""
    import pyarrow.parquet as pq

    from .batch import DocumentRecord
    from .findings import Finding

    table = pq.read_table(path)
    record = DocumentRecord(**json.loads(table.schema.metadata[DOCUMENT_KEY]))
    return ("ok", [Finding.from_dict(row) for row in table.to_pylist()], record)


def _task(source: str, sha: str, year, password, shipped: dict, parts_dir: str, options: str) -> tuple:
    """Run on a worker: read and extract one report, write its part; return only small records."""
    from distributed import get_worker

    from .batch import process_file
    from .pipeline import load_pipeline

    from .readers import set_default_pdf_reader

    worker = get_worker().address
    set_default_pdf_reader(shipped["pdf_reader"])  # the client's choice, not the worker machine's
    pipeline_options, redact = materialise(shipped)
    result = process_file(source, year=year, password=password, sha=sha, nlp=load_pipeline(**pipeline_options),
                          redact=redact)
    if result[0] != "ok":
        return ("error", result[1], worker)
    path = Path(parts_dir) / part_name(sha, options)
    write_part(path, result[1], result[2])
    return ("part", str(path), worker)


def run(todo: list, store, per_worker: Counter, *, client, year, password, pipeline_options, redact,
        parts_dir: Path, options: str, bar) -> None:
    """Extract ``todo`` ((index, path, sha) triples) on the cluster, handing each result to ``store(index, result)``
    as its report finishes (so an interrupt keeps them), counting reports per worker in ``per_worker``."""
    from distributed import as_completed

    from .batch import ErrorRecord, rebase

    parts_dir.mkdir(parents=True, exist_ok=True)
    # the lexicons, config and names files go to each worker once, not with every task
    [shipped] = client.scatter([payload(pipeline_options, redact)], broadcast=True)
    futures = {}
    for i, path, sha in todo:
        done = parts_dir / part_name(sha, options)
        if done.exists():  # written by an interrupted run with the same settings
            store(i, rebase(read_part(done), str(path)))
            per_worker["(parts of an earlier run)"] += 1
            bar.update(1)
            continue
        fut = client.submit(_task, str(path), sha, year, password, shipped, str(parts_dir), options,
                            key=f"focusfive-{sha[:16]}-{i}", pure=False, retries=1)
        futures[fut] = i
    for fut in as_completed(list(futures)):
        i = futures.pop(fut)
        try:
            kind, value, worker = fut.result()
        except Exception as exc:  # e.g. KilledWorker: the report took down workers more than Dask allows
            store(i, ("error", ErrorRecord(source=str(todo_path(todo, i)), error=type(exc).__name__,
                                           message=str(exc) or repr(exc))))
        else:
            per_worker[worker] += 1
            store(i, read_part(Path(value)) if kind == "part" else ("error", value))
        fut.release()
        bar.update(1)


def todo_path(todo: list, index: int) -> Path:
    return next(p for i, p, _sha in todo if i == index)
