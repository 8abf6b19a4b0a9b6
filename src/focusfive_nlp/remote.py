"""Reports at URLs: ``s3://bucket/archive/``, ``file:///srv/reports/q1.pdf``, or any protocol
fsspec (and the plug-ins a user has installed, such as s3fs) can read.

A batch given a URL lists the files under it with fsspec, hashes them through it, and reads
each one from a local copy made where the report is processed (on a Dask worker, the
worker's own), so the readers stay what they are: readers of local files. The evidence and
the dataset name the report by its URL.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Iterator

from .errors import FocusFiveError, MissingFileError

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(value: object) -> bool:
    """A string that names a file or folder by URL ("s3://...", "file://..."), not a local path."""
    return isinstance(value, str) and bool(_URL.match(value))


def _fs(url: str):
    try:
        from fsspec.core import url_to_fs

        return url_to_fs(url)
    except ImportError as exc:  # a protocol whose plug-in is not installed (s3fs for s3://, ...)
        raise FocusFiveError(f"cannot read this kind of URL here: {exc}", path=url) from None
    except ValueError as exc:  # an unknown protocol
        raise FocusFiveError(f"not a readable URL: {exc}", path=url) from None


class RemoteFile:
    """A report file at a URL, with the few Path-like properties the batch uses."""

    __slots__ = ("url", "_path")

    def __init__(self, url: str) -> None:
        self.url = url
        self._path = PurePosixPath(url.split("://", 1)[1])

    name = property(lambda self: self._path.name)
    stem = property(lambda self: self._path.stem)
    suffix = property(lambda self: self._path.suffix)

    @property
    def parent(self) -> "RemoteFile":
        return RemoteFile(self.url[: len(self.url) - len(self._path.name)].rstrip("/"))

    def resolve(self) -> "RemoteFile":
        return self

    def is_file(self) -> bool:
        fs, path = _fs(self.url)
        return fs.isfile(path)

    exists = is_file

    def is_symlink(self) -> bool:
        return False

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"RemoteFile({self.url!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RemoteFile) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)


def expand(url: str) -> list[RemoteFile]:
    """The files a URL names: itself, every file below a folder (hidden ones skipped), or a glob's matches."""
    fs, root = _fs(url)
    if fs.isdir(root):
        found = [f for f in fs.find(root) if not any(part.startswith(".") for part in f[len(root):].split("/") if part)]
    elif any(ch in root for ch in "*?["):
        found = [f for f in fs.glob(root) if fs.isfile(f)]
    else:
        found = [root]
    return [RemoteFile(fs.unstrip_protocol(f)) for f in sorted(found)]


def sha256_of(fh) -> str:
    """SHA-256 of an open binary file's bytes, read a mebibyte at a time."""
    h = hashlib.sha256()
    for chunk in iter(lambda: fh.read(1 << 20), b""):
        h.update(chunk)
    return h.hexdigest()


def sha256(file: RemoteFile) -> str:
    """SHA-256 of a remote file's bytes, read through fsspec."""
    fs, path = _fs(file.url)
    try:
        with fs.open(path, "rb") as fh:
            return sha256_of(fh)
    except FileNotFoundError:
        raise MissingFileError("file not found", path=file.url) from None


@contextmanager
def local_copy(url: str) -> Iterator[Path]:
    """The file at ``url`` copied into a temporary folder under its own name; removed afterwards."""
    fs, path = _fs(url)
    folder = Path(tempfile.mkdtemp(prefix="focusfive-remote-"))
    try:
        target = folder / PurePosixPath(path).name
        try:
            with fs.open(path, "rb") as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except FileNotFoundError:
            raise MissingFileError("file not found", path=url) from None
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)
