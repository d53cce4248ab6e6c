"""Splitting a paragraph into sentences, with each sentence's offset: shared by the entity and
relation finders, which work sentence by sentence."""
from __future__ import annotations

import functools
import re

#: A sentence ends at white space after ".", "!" or "?" and before a capital, a quote or a number and a capital (group 1,
#: the white space, is the boundary), or at a line break (the whole match). The pattern opens with
#: the characters it can start at, which the regex engine skips to; one that opened with a
#: lookbehind ("(?<=[.!?])\s+") would be tried at every character.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])(?<!\bapprox\.)(?<!\b[Nn]o\.)(?<!\bpara\.)(\s+)(?=[A-Z\"']|\d+\s+[A-Z])|(?<=\n))")


#: A body's kind word right after a question mark: the question is the body's name.
_KIND_AFTER_QUESTION = re.compile(r"(?:Trust|Project|Service|Group|Campaign|Scheme|Programme|Network|Forum)\b")


@functools.lru_cache(maxsize=512)
def sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) pairs; list items on their own line count as sentences. Kept for the
    last few hundred texts: the entity and relation finders split the same paragraphs."""
    out, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).startswith("?") and _KIND_AFTER_QUESTION.match(text, match.end()):
            continue  # "the Who Cares? Trust", "the Is It OK? Project": a name that asks, then its kind word
        end, after = match.span() if match.group(1) is None else match.span(1)
        out.append((start, text[start:end]))
        start = after
    out.append((start, text[start:]))
    return tuple(out)
