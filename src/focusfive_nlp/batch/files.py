"""Which files a batch reads: folders and globs expanded, URLs listed (remote.py), every file
hashed, a folder's own papers and data files skipped, renditions of one report grouped."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterable

from .. import remote
from ..errors import FocusFiveError, MissingFileError, NotAFileError
from ..remote import is_url
from .records import ErrorRecord, file_sha256


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files, folders (recursively, hidden files skipped), globs and URLs (remote.py) into files, in order."""
    out: list[Path] = []
    for raw in paths:
        if is_url(raw):
            out.extend(remote.expand(raw))
            continue
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(  # not only regular files: a pipe or a dangling link becomes an error row, not a gap
                    f for f in p.rglob("*")
                    if not f.is_dir() and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        elif any(ch in str(raw) for ch in "*?[") and not p.exists():
            out.extend(sorted(Path().glob(str(raw))) if not p.is_absolute() else sorted(Path(p.anchor).glob(str(p.relative_to(p.anchor)))))
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p if isinstance(p, remote.RemoteFile) or not p.exists() else p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def not_a_file(path: Path) -> str | None:
    """What ``path`` is when it exists (or is a link) but is not a regular file; None otherwise."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "a symbolic link to nothing (its target is gone)" if path.is_symlink() else None
    except OSError as exc:
        return "a symbolic link loop" if exc.errno == errno.ELOOP else None
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"), (stat.S_ISDIR, "a folder"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def hash_or_error(path: Path) -> str | ErrorRecord:
    try:
        if isinstance(path, remote.RemoteFile):
            return remote.sha256(path)
        what = not_a_file(path)
        if what is not None:
            raise NotAFileError(f"{what}, not a report file: not read; remove it or point it at a report", path=path)
        if not path.is_file():
            raise MissingFileError("file not found", path=path)
        return file_sha256(path)
    except FocusFiveError as exc:
        return ErrorRecord(source=str(path), error=exc.kind, message=exc.reason)
    except OSError as exc:
        return ErrorRecord(source=str(path), error=type(exc).__name__, message=exc.strerror or str(exc))


NOT_REPORTS = frozenset({"readme", "license", "licence", "changelog", "changes", "contributing", "notice", "authors", "copying"})
"""File stems (case-insensitive) that are a folder's own papers, not reports."""

DATA_SUFFIXES = frozenset({".jsonl", ".json", ".csv", ".parquet", ".xlsx", ".yaml", ".yml", ".cfg", ".py"})
"""Data files kept beside reports (annotations, exports, lexicons): not reports either."""


def skipped_in_folders(paths: Iterable[str | Path], files: list[Path]) -> set[int]:
    """Indexes of files that came from expanding a folder and are named like a README or are data files."""
    explicit = {Path(p).resolve() for p in paths if Path(p).is_file()}
    return {
        i for i, f in enumerate(files)
        if (f.stem.lower() in NOT_REPORTS or f.suffix.lower() in DATA_SUFFIXES) and f.resolve() not in explicit
    }


RENDITION_PREFERENCE = (".docx", ".pdf", ".md", ".txt")
"""Which rendition of a report saved in several formats is read (first wins)."""


def rendition_groups(files: list[Path]) -> dict[int, list[int]]:
    """Index of the preferred rendition -> indexes of the other renditions of the same report."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(files):
        if f.suffix.lower() in RENDITION_PREFERENCE:
            groups.setdefault((str(f.parent.resolve()), f.stem.lower()), []).append(i)
    out: dict[int, list[int]] = {}
    for members in groups.values():
        if len(members) > 1:
            ranked = sorted(members, key=lambda i: (RENDITION_PREFERENCE.index(files[i].suffix.lower()), i))
            out[ranked[0]] = ranked[1:]
    return out
