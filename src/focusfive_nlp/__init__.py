"""focusfive_nlp: audit findings reports of children's social care services, as a findings dataset.

The public names load on first use (PEP 562), so a command that only reads a saved
dataset does not pay for importing spaCy.
"""
from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "document", "Heading": "document", "Page": "document", "Table": "document",
    "Finding": "findings", "FocusFiveError": "errors",
    "extract": "extract", "extract_document": "extract",
    "load_pipeline": "pipeline", "read_document": "readers",
    "FindingsDataset": "dataset", "compare": "compare", "write_report": "report",
}

__all__ = [
    "Document", "Heading", "Page", "Table", "Finding", "FocusFiveError", "extract", "extract_document",
    "load_pipeline", "read_document", "FindingsDataset", "compare", "write_report", "__version__",
]


class _Package(types.ModuleType):
    """Importing the submodule ``extract`` (or ``compare``) binds it on the package, over the function of
    the same name that is exported lazily; this keeps ``focusfive_nlp.extract`` the function."""

    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        if isinstance(value, types.ModuleType) and _EXPORTS.get(name) == name:
            return getattr(value, name)
        return value


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    from .compare import compare
    from .dataset import FindingsDataset
    from .document import Document, Heading, Page, Table
    from .errors import FocusFiveError
    from .extract import extract, extract_document
    from .findings import Finding
    from .pipeline import load_pipeline
    from .readers import read_document
    from .report import write_report
