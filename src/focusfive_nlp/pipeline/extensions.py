"""Custom attributes the components share; registered at import (spaCy #4903)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

if not Doc.has_extension("headings"):
    Doc.set_extension("headings", default=None)  # [(start_char, end_char, text, level)] from the reader
if not Doc.has_extension("sections"):
    Doc.set_extension("sections", default=None)  # [Section]
if not Doc.has_extension("findings"):
    Doc.set_extension("findings", default=None)  # [dict] raw findings
if not Doc.has_extension("list_contexts"):
    Doc.set_extension("list_contexts", default=None)
if not Span.has_extension("figure"):
    Span.set_extension("figure", default=None)  # dict: value, count, denominator, kind, direction, rule
if not Span.has_extension("activity"):
    Span.set_extension("activity", default=None)  # an activity mention's name, as first written in the report
