"""Build the pipeline from models/config.cfg and run it over a Document (in progress)."""
from __future__ import annotations


def load_pipeline(**options):
    raise NotImplementedError("pipeline under construction")


def findings_from_document(nlp, doc):
    raise NotImplementedError("pipeline under construction")
