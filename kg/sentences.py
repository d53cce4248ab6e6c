"""Splitting a paragraph into sentences, with each sentence's offset: shared by the entity and
relation finders, which work sentence by sentence."""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; list items on their own line count as sentences."""
    out, start = [], 0
    for match in _BOUNDARY.finditer(text):
        out.append((start, text[start : match.start()]))
        start = match.end()
    out.append((start, text[start:]))
    return out
