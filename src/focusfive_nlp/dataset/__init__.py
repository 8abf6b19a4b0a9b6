"""The findings dataset: findings of many reports as typed pandas tables, saved and queried.

Tables
------
``findings``  one row per finding (spec/FINDINGS.md section 2) plus ``finding_id``;
              categoricals for the keys, nullable ``Int64``/``Float64`` numbers, Python
              lists in ``teams`` and ``themes``.
``teams_long`` / ``themes_long``  one row per finding x team (theme): ``finding_id``,
              ``team`` (``theme``) and the finding's year, section and polarity; derived
              from ``findings`` for SQL users and group-bys.
``documents`` one row per input file (``source``) with its SHA-256, format, pages, year,
              number of findings and ``status``: ``ok``; ``duplicate`` (same content as
              ``duplicate_of``, findings counted once); ``alternate`` (another format of
              the report ``duplicate_of``, beside it: read once); ``skipped`` (a README
              or similar found in a folder: not a report); ``kept`` (from an earlier build, not
              among this build's inputs but still on disk) or ``missing`` (from an earlier
              build, file gone). Kept and missing documents keep their findings: an archive
              does not lose a year because a file moved; ``build(prune=True)`` drops them.
``errors``    one row per input file that failed: ``source``, ``error`` (its name), ``message``.

Storage (chosen by the path; :meth:`FindingsDataset.save` / :meth:`FindingsDataset.load`)
-------------------------------------------------------------------------------------------
* a folder (default, or any path ending ``.parquet``): one Parquet file per table
  (``findings.parquet``, ``teams.parquet``, ``themes.parquet``, ``documents.parquet``,
  ``errors.parquet``);
* a folder ending ``.csv`` (or ``format="csv"``): the same tables as CSV, lists joined with ``;``;
* ``.xlsx``: one sheet per table;
* ``.sqlite`` / ``.sqlite3`` / ``.db``: tables ``findings``, ``teams``, ``themes``, ``documents``, ``errors``;
* ``.duckdb``: the same tables in DuckDB (needs the ``duckdb`` package).

Every save is atomic and verified: written beside the target, read back (every table and its
row count; a database checkpointed, closed and reopened read-only) and only then moved into
place, so a failed or interrupted save (a full disk, Ctrl-C, a kill) leaves the previous
dataset as it was and nothing beside it; a kill between the two renames of a folder swap is
mended by the next save or load (:func:`focusfive_nlp.atomic.recover`). A save or build holds
the dataset's lock (``.NAME.lock`` beside it). CSV text that could run as a spreadsheet formula
carries a leading apostrophe, stripped again on load (:mod:`focusfive_nlp.sheets`).
``findings`` is the source of truth; the long tables are rebuilt from it on load.

Modules: ``schema`` (columns and types), ``queries``, ``storage`` (formats, verified saves),
``cache`` (a saved dataset as the next build's cache), ``build`` (lock, build, resume after an
interrupt), ``annotations`` (gold as rows), ``core``.
"""
from .build import build_dataset
from .core import FindingsDataset
from .schema import (DOCUMENT_COLUMNS, ERROR_COLUMNS, FINDING_COLUMNS, LIST_SEP, SECTION_ORDER, TABLES,
                     typed_documents, typed_errors, typed_findings)
from .storage import is_saved_dataset, storage_format

__all__ = ["FindingsDataset", "build_dataset", "typed_findings", "typed_documents", "typed_errors", "storage_format",
           "is_saved_dataset", "SECTION_ORDER", "FINDING_COLUMNS", "DOCUMENT_COLUMNS",
           "ERROR_COLUMNS", "TABLES", "LIST_SEP"]
