"""Atomic writes: a file or folder is built beside its target and moved into place only when
complete, so an interrupted or failed write leaves what was there before.

Names beside a target ``T`` (all hidden, all carrying the writer's process id):

* ``.T.<pid>.<random>.part``: the new file or folder being written (and its database sidecars,
  ``.part.wal``, ``.part-journal``...);
* ``.T.<pid>.old``: the previous folder, for the instant between the two renames of a folder swap;
* ``.T.lock``: the exclusive lock of a dataset being built or saved (:func:`exclusive_lock`).

A writer killed mid-save leaves some of them; :func:`recover` (run by every dataset save and
load) puts a stranded ``.old`` back when ``T`` is missing and removes the leftovers of dead
writers.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .errors import DatasetLockedError, FocusFiveError, WriteError
from .interrupts import signals_held

try:
    import fcntl
except ImportError:  # not POSIX: no locking (documented)
    fcntl = None  # type: ignore[assignment]


def write_error(target: Path, exc: BaseException) -> WriteError:
    """A failed write as a named error that says what to do; the disk-full case in plain words."""
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or "no space left" in text \
            or "disk is full" in text or "disk quota" in text:  # databases and pyarrow say it in words
        reason = "the disk is full"
        advice = "free some space or choose another place to write"
    elif isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = exc.strerror or str(exc)
        advice = "choose a place you can write to"
    else:
        reason = (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__
        advice = "check the disk and try again, or choose another place to write"
    return WriteError(f"cannot write here: {reason}; {advice} (anything already there is unchanged)", path=target)


def _prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk, so a rename cannot publish half-written data."""
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() and hasattr(os, "O_DIRECTORY") else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):  # some filesystems cannot sync folders
            raise
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    if path.is_dir():
        for child in path.iterdir():
            _fsync(child)
    _fsync(path)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place only if the block succeeds.

    An ``OSError`` inside the block (a full disk, say) becomes a :class:`WriteError` naming ``path``.
    """
    target = Path(path)
    recover(target, is_complete=lambda _: False)  # earlier writers' leftovers, if they are dead
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=_prefix(target), suffix=".part", dir=target.parent)
    except OSError as exc:
        raise write_error(target, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the result should read like any other file
    try:
        try:
            yield tmp
            _fsync(tmp)
            os.replace(tmp, target)
            _fsync(target.parent)
        except OSError as exc:
            raise write_error(target, exc) from None
    finally:
        remove_sidecars(tmp, include_self=True)


def remove_sidecars(path: Path, *, include_self: bool = False) -> None:
    """Remove a database file's sidecars (journal, WAL, shared memory) and, if asked, the file."""
    names = [f"{path.name}{s}" for s in ("-journal", "-wal", "-shm", ".wal")]
    if include_self:  # a temporary file: its database's temporary folder goes too
        names += [path.name, f"{path.name}.tmp"]
    for name in names:
        p = path.parent / name
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        elif os.path.lexists(p):
            try:
                p.unlink()
            except OSError:
                pass


@contextmanager
def atomic_dir(path: str | Path, *, replaceable: Callable[[Path], bool]) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; swap it in on success, leave the old one intact on failure.

    An existing non-empty folder is only replaced when ``replaceable(folder)`` says it is ours.
    """
    target = Path(path)
    tmp = new_dir_beside(target, replaceable=replaceable)
    try:
        try:
            yield tmp
        except OSError as exc:
            raise write_error(target, exc) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    publish_dir(tmp, target)


def new_dir_beside(target: Path, *, replaceable: Callable[[Path], bool]) -> Path:
    """A new empty ``.part`` folder beside ``target``, once ``target`` is known to be replaceable."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(target, exc) from None
    if target.exists() and not target.is_dir():
        raise FocusFiveError("exists and is not a dataset folder", path=target)
    if target.is_dir() and any(target.iterdir()) and not replaceable(target):
        raise FocusFiveError("folder exists and holds other files, not a findings dataset; not replacing it", path=target)
    return scratch_dir(target)


def scratch_dir(target: Path) -> Path:
    """A new empty ``.part`` folder beside ``target`` (named so that :func:`recover` cleans it up after a kill)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=_prefix(target), suffix=".part", dir=target.parent))
    except OSError as exc:
        raise write_error(target, exc) from None


def publish_dir(tmp: Path, target: Path) -> None:
    """Swap the complete folder ``tmp`` in at ``target`` (flushed to disk first); the old one is removed."""
    try:
        _fsync_tree(tmp)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise write_error(target, exc) from None
    old = target.parent / f".{target.name}.{os.getpid()}.old"
    with signals_held():  # recover() mends a kill (SIGKILL, power cut) between these renames
        try:
            if target.exists():
                shutil.rmtree(old, ignore_errors=True)
                os.replace(target, old)
            os.replace(tmp, target)
            _fsync(target.parent)
        except OSError as exc:
            if old.exists() and not target.exists():
                os.replace(old, target)
            shutil.rmtree(tmp, ignore_errors=True)
            raise write_error(target, exc) from None
        shutil.rmtree(old, ignore_errors=True)


# ------------------------------------------------------------------ recovery after a kill

_LEFTOVER = re.compile(r"(?P<pid>\d+)\.(?:(?P<old>old)|[^.]+\.part(?:[.-].*)?)")
_LEGACY_PART = re.compile(r"[^.]+\.part(?:[.-].*)?")  # before names carried the pid


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:  # gone already, or a read-only place: nothing to mend there
            pass


def recover(path: str | Path, *, is_complete: Callable[[Path], bool], locked: bool = False) -> list[str]:
    """Mend what killed saves left beside ``path``; returns what was done, one line each.

    A ``.old`` left by a writer that died between its two renames is put back when ``path`` is
    missing (the newest complete one), else removed; ``.part`` files and folders (with their
    sidecars) of dead writers are removed. With ``locked`` (the caller holds the dataset's
    :func:`exclusive_lock`, so no one else is saving it) every leftover is stale, whatever its pid.
    """
    target = Path(path)
    head = f".{target.name}."
    try:
        entries = [e for e in target.parent.iterdir() if e.name.startswith(head)]
    except OSError:
        return []
    olds: list[Path] = []
    stale: list[Path] = []
    for entry in entries:
        rest = entry.name[len(head):]
        m = _LEFTOVER.fullmatch(rest)
        if m is None:
            if locked and _LEGACY_PART.fullmatch(rest):
                stale.append(entry)
            continue
        pid = int(m["pid"])
        if not locked and _pid_alive(pid):
            continue
        (olds if m["old"] else stale).append(entry)
    done: list[str] = []
    if not locked and _remove_stale_lock(target):
        done.append(f"removed {lock_path(target).name}, left by a build that was killed")
    if olds and not os.path.lexists(target):
        complete = sorted((o for o in olds if is_complete(o)), key=lambda o: o.stat().st_mtime, reverse=True)
        if complete:
            try:
                os.replace(complete[0], target)
                olds.remove(complete[0])
                done.append(f"restored {target} from {complete[0].name}, left by a save that was killed")
            except OSError:  # a read-only place: the dataset stays missing, as it was
                return done
    for entry in olds + stale:
        _remove(entry)
        done.append(f"removed {entry.name}, left by a save that was killed")
    return done


# ------------------------------------------------------------------ the dataset lock

_HELD: dict[str, list] = {}  # lock path -> [fd, depth]: re-entrant within one process


def lock_path(path: str | Path) -> Path:
    target = Path(path)
    return target.parent / f".{target.name}.lock"


def _holder(lock: Path) -> str:
    try:
        return lock.read_text().strip() or "?"
    except OSError:
        return "?"


@contextmanager
def exclusive_lock(path: str | Path, *, timeout: float = 5.0) -> Iterator[None]:
    """Hold the exclusive lock of the dataset ``path`` (a ``.lock`` file beside it) for the block.

    A second holder waits up to ``timeout`` seconds, then gets :class:`DatasetLockedError`
    naming the process that holds it. The lock is a POSIX record lock: the system releases it
    when its process dies, so a dead build's lock file is simply taken over (and forked worker
    processes do not inherit it). The lock file is removed on release. Re-entrant in one process.
    """
    lock = lock_path(path)
    key = str(lock.resolve()) if lock.parent.exists() else str(lock)
    if key in _HELD:
        _HELD[key][1] += 1
        try:
            yield
        finally:
            _HELD[key][1] -= 1
        return
    if fcntl is None:
        yield
        return
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(Path(path), exc) from None
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            raise write_error(Path(path), exc) from None
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise DatasetLockedError(
                    f"another build is writing this dataset (pid {_holder(lock)}); "
                    "wait for it or choose another --out", path=Path(path)) from None
            time.sleep(0.1)
            continue
        try:  # the file we locked may have been removed by its last holder in the meantime
            same = os.fstat(fd).st_ino == os.stat(lock).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    _HELD[key] = [fd, 1]
    try:
        yield
    finally:
        del _HELD[key]
        try:
            lock.unlink()  # while still locked: a waiter then sees a new file, not this one
        except FileNotFoundError:
            pass
        os.close(fd)


def _remove_stale_lock(path: Path) -> bool:
    """Remove the lock file of a dead holder (one no live process has locked); True if removed."""
    lock = lock_path(path)
    if fcntl is None or not lock.exists() or holds_lock(path):  # (closing our own lock's file would free it)
        return False
    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False  # held: a build is running
    try:
        if os.fstat(fd).st_ino == os.stat(lock).st_ino:
            lock.unlink()
            return True
        return False
    except FileNotFoundError:
        return False
    finally:
        os.close(fd)


def holds_lock(path: str | Path) -> bool:
    """True when this process holds the lock of ``path``."""
    lock = lock_path(path)
    key = str(lock.resolve()) if lock.parent.exists() else str(lock)
    return key in _HELD
