"""Text direction on a PDF page: which way most characters run, and boxes turned upright.

A page may be shown rotated (``/Rotate``) or carry its text drawn sideways (a landscape
table on a portrait page). Both readers read the page in the direction of its text: the
``/Rotate`` flag is ignored (it only turns the display), and when most characters run
up, down or upside down, every box is turned a quarter (or half) turn so that text reads
left to right, top to bottom, as on any other page. Characters running another way than
most of the page are left out and counted (a sideways margin note).

Boxes here are in PDF user space (origin bottom-left, y up): ``(x0, y0, x1, y1)``.
"""
from __future__ import annotations

import math

Box = tuple[float, float, float, float]


def quarter_turns(a: float, b: float) -> int:
    """Quarter turns (0-3, counter-clockwise) of a baseline whose direction is ``(a, b)``."""
    return round(math.atan2(b, a) / (math.pi / 2)) % 4


def turn_box(box: Box, turns: int) -> Box:
    """``box`` turned back by ``turns`` quarter turns (clockwise), so text of that direction runs upright."""
    x0, y0, x1, y1 = box
    if turns == 1:  # text running up: (x, y) -> (y, -x)
        return y0, -x1, y1, -x0
    if turns == 2:  # upside down: (x, y) -> (-x, -y)
        return -x1, -y1, -x0, -y0
    if turns == 3:  # text running down: (x, y) -> (-y, x)
        return -y1, x0, -y0, x1
    return box


def dominant_turns(weights: dict[int, int]) -> int:
    """The direction most characters run in (upright on a tie)."""
    if not weights:
        return 0
    best = max(weights.values())
    return 0 if weights.get(0, 0) == best else max(weights, key=weights.__getitem__)


class Frame:
    """Maps user-space boxes of one text direction to the reader's top-down page model."""

    def __init__(self, page_box: Box, turns: int):
        self.turns = turns
        fx0, fy0, fx1, fy1 = turn_box(page_box, turns)
        self.x0, self.top = fx0, fy1
        self.width, self.height = fx1 - fx0, fy1 - fy0

    def point(self, x: float, y: float) -> tuple[float, float]:
        """(x, top) of a user-space point on the upright page."""
        x0, _, top, _ = self.place((x, y, x, y))
        return x0, top

    def place(self, box: Box) -> tuple[float, float, float, float]:
        """(x0, x1, top, bottom) of a user-space box on the upright page."""
        x0, y0, x1, y1 = turn_box(box, self.turns)
        return x0 - self.x0, x1 - self.x0, self.top - y1, self.top - y0
