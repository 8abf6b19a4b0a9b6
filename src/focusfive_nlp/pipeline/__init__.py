"""The spaCy pipeline: registered components configured from data files under models/."""
from __future__ import annotations

from .loader import findings_from_document, load_pipeline

__all__ = ["load_pipeline", "findings_from_document"]
