"""Signals as exceptions: Ctrl-C and SIGTERM stop long work at a point where it can clean up.

Ctrl-C raises ``KeyboardInterrupt`` in the main thread; :func:`termination_as_exception` makes
SIGTERM (and SIGHUP) raise :class:`Terminated` the same way, so a killed build stops its
workers and keeps what it read. :func:`signals_held` holds both signals over a step that must
not be cut in two (a save's final renames); they are delivered when it ends. A batch stopped
either way raises :class:`BatchInterrupted`, which the command line reports in one line.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from .batch import BatchResult


class Terminated(BaseException):
    """SIGTERM (or SIGHUP) received: raised in the main thread like Ctrl-C's KeyboardInterrupt."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class BatchInterrupted(BaseException):
    """A batch stopped by Ctrl-C or SIGTERM; ``partial`` holds the documents read before it.

    ``done`` of ``total`` files to read were read; ``exit_code`` is the shell's (130, 143);
    ``saved`` is True when the signal came during a save, which was let finish first.
    A BaseException, like KeyboardInterrupt, so that no ``except Exception`` swallows it.
    """

    def __init__(self, done: int, total: int, signum: int, partial: "BatchResult", *, saved: bool = False):
        super().__init__(f"interrupted after {done} of {total} reports")
        self.done, self.total, self.signum, self.partial, self.saved = done, total, signum, partial, saved

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def signal_number(exc: BaseException) -> int:
    """The signal behind an interrupt: SIGINT for KeyboardInterrupt."""
    return int(exc.signum) if isinstance(exc, Terminated) else int(signal.SIGINT)


@contextmanager
def termination_as_exception() -> Iterator[None]:
    """While the block runs (in the main thread), SIGTERM and SIGHUP raise :class:`Terminated`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_terminated(signum, frame):
        raise Terminated(signum)

    previous = {}
    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None and signal.getsignal(sig) in (signal.SIG_DFL, None):  # a caller's own handler stays
            previous[sig] = signal.signal(sig, raise_terminated)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for the block; a signal that came meanwhile is delivered at its end."""
    sigs = {signal.SIGINT, signal.SIGTERM}
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
    except (AttributeError, ValueError, OSError):  # not POSIX, or not the main thread's business
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
