"""Closed-class words the components read clause structure by.

These are English grammar, not the genre's vocabulary (no report adds to them), so they are
code rather than data under ``models/``.
"""
from __future__ import annotations

SUBJECT_ENDING_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
    "can", "could", "should", "must", "may", "might", "remain", "remains", "remained", "showed", "shows"})
"""Auxiliaries, modals and the copulas of the genre ("remained", "showed"): where one stands,
a clause's subject has ended and its predicate begun."""
