"""Atomic writes: a file or folder is built beside its target and moved into place only when
complete, so an interrupted or failed write leaves what was there before."""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .errors import FocusFiveError


def _cannot_write(target: Path, exc: OSError) -> FocusFiveError:
    return FocusFiveError(f"cannot write here: {exc.strerror or exc}", path=target)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place only if the block succeeds."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the result should read like any other file
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def atomic_dir(path: str | Path, *, replaceable: Callable[[Path], bool]) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; swap it in on success, leave the old one intact on failure.

    An existing non-empty folder is only replaced when ``replaceable(folder)`` says it is ours.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    if target.exists() and not target.is_dir():
        raise FocusFiveError("exists and is not a dataset folder", path=target)
    if target.is_dir() and any(target.iterdir()) and not replaceable(target):
        raise FocusFiveError("folder exists and holds other files, not a findings dataset; not replacing it", path=target)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.{os.getpid()}.old"
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
