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


#: The longest run of text read as one sentence. A report's sentences are far shorter (the longest
#: in the development corpus has under 700 characters); a run with no sentence end for longer is a
#: table's cells or a list run together, or hostile input, and the finders' work on one sentence
#: grows faster than its length, so such a run is read in pieces of at most this many characters.
LONGEST_SENTENCE = 2000
#: Where a long run is cut, best first: after a semicolon, after a comma, at a space.
_CUTS = ("; ", ", ", " ")


@functools.lru_cache(maxsize=512)
def sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) pairs; list items on their own line count as sentences. Kept for the
    last few hundred texts: the entity and relation finders split the same paragraphs."""
    out, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).startswith("?") and _KIND_AFTER_QUESTION.match(text, match.end()):
            continue  # "the Who Cares? Trust", "the Is It OK? Project": a name that asks, then its kind word
        end, after = match.span() if match.group(1) is None else match.span(1)
        out.extend(_pieces(text, start, end))
        start = after
    out.extend(_pieces(text, start, len(text)))
    return tuple(out)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The sentence ``text[start:end]``, or a run longer than LONGEST_SENTENCE cut into pieces no
    longer, each cut in the piece's second half at the best place ``_CUTS`` name."""
    pieces = []
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        for cut in _CUTS:
            at = text.rfind(cut, start + LONGEST_SENTENCE // 2, limit - len(cut) + 1)
            if at >= 0:
                at += len(cut)
                break
        else:
            at = limit
        pieces.append((start, text[start:at]))
        start = at
    pieces.append((start, text[start:end]))
    return pieces
