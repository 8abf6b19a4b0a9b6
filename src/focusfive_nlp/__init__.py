"""focusfive_nlp: audit findings reports of children's social care services, as a findings dataset."""
from __future__ import annotations

from .document import Document, Heading, Page, Table
from .errors import FocusFiveError
from .extract import extract, extract_document
from .findings import Finding
from .pipeline import load_pipeline
from .readers import read_document

__version__ = "0.1.0"

__all__ = [
    "Document", "Heading", "Page", "Table", "Finding", "FocusFiveError",
    "extract", "extract_document", "load_pipeline", "read_document", "__version__",
]
