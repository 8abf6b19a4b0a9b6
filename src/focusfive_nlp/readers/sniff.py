"""What a file really is, from its first bytes, so a misnamed file gets a clear error."""
from __future__ import annotations

from pathlib import Path

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (Office Open XML or other zip)"),
    (b"PK\x05\x06", "ZIP (empty archive)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE compound file (legacy .doc/.xls, or a password-protected Office file)"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"<!DOCTYPE html", "HTML"),
    (b"<html", "HTML"),
)


def head(path: Path, n: int = 1024) -> bytes:
    """The first ``n`` bytes of a file."""
    with open(path, "rb") as fh:
        return fh.read(n)


def sniff(data: bytes) -> str | None:
    """Name of the file type the leading bytes show, or None when they show nothing known.

    A PDF may carry a little junk before its ``%PDF`` header, so the first KiB is searched.
    """
    start = data.lstrip()[:16]
    for magic, name in _MAGIC:
        if start[: len(magic)].lower() == magic.lower():
            return name
    if b"%PDF-" in data[:1024]:
        return "PDF"
    return None
