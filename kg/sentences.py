"""Splitting a paragraph into sentences, with each sentence's offset: shared by the entity and
relation finders, which work sentence by sentence."""
from __future__ import annotations

import functools
import re

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n")


@functools.lru_cache(maxsize=512)
def sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) pairs; list items on their own line count as sentences. Kept for the
    last few hundred texts: the entity and relation finders split the same paragraphs."""
    out, start = [], 0
    for match in _BOUNDARY.finditer(text):
        out.append((start, text[start : match.start()]))
        start = match.end()
    out.append((start, text[start:]))
    return tuple(out)
