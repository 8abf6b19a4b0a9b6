"""The document model every reader produces and the pipeline consumes.

Readers turn a file into a :class:`Document`: one text string plus its structure
(headings, pages, tables) as character offsets into that string. Nothing here knows
about spaCy or about file formats.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Heading:
    """A section heading: its text as written and where it sits in the document text."""

    text: str
    start: int
    end: int
    level: int = 1


@dataclass(frozen=True)
class Page:
    """A page of a paged source: 1-based number and its span of the document text."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table rendered into the text as ``cell | cell`` rows; rows keep the raw cells."""

    rows: tuple[tuple[str, ...], ...]
    start: int
    end: int
    page: int | None = None


@dataclass
class Document:
    """Text of one report with its structure; offsets index into ``text``.

    ``text`` is as the reader or the caller gave it (Windows line ends, curly quotes and
    all); the pipeline reads its plain view (textview.py) and maps offsets back to it.
    """

    text: str
    source: str = "<text>"
    doc_id: str = "text"
    format: str = "txt"
    headings: list[Heading] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        """Title from metadata, else the first non-empty line of the text."""
        if self.metadata.get("title"):
            return str(self.metadata["title"])
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()
        return None

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding ``offset``, or None for unpaged documents."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(i, 0)].number
