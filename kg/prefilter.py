"""Telling quickly that a regular expression cannot match a text: the literal words one of which
every match must contain, read from the pattern itself, looked for with ``in`` before the regex
engine is asked. Most sentences of a report hold none of a finder's key words ("known as",
"partners", "("), and ``in`` finds that out far faster than a search that tries the pattern at
every position. The answer is exact: a text the check turns down is one the pattern cannot match."""
from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre
from re import _parser

#: The characters other than ASCII letters that a case-insensitive pattern matches to ASCII letters
#: ("ſ" to "s", the Kelvin sign to "k", dotted and dotless I to "i"): a text holding one is always
#: searched, since its lower case would not show the letter the pattern sees.
FOLDED_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class Needs:
    """``needs(text)`` is False only where ``pattern`` cannot match anywhere in ``text``; True
    when it may (or when the pattern has no literal word every match must contain). Given several
    patterns, False only where none of them can match: one test for finders that most texts give
    nothing to."""

    __slots__ = ("words", "ignore_case", "holds")

    def __init__(self, pattern: re.Pattern[str], *more: re.Pattern[str]):
        each = [_words_and_case(one) for one in (pattern, *more)]
        # One pattern ignoring case: every word looked for in the lower case (which holds the
        # lower case of each word the text holds).
        ignore_case = any(case for _, case in each)
        words = None if any(words is None for words, _ in each) else {
            word.lower() if ignore_case else word for words, _ in each for word in words}
        self.words = tuple(sorted(words)) if words else None
        self.ignore_case = ignore_case
        self.holds = _holds_one_of(self.words) if self.words else None

    def __call__(self, text: str) -> bool:
        return _may_match(self.holds, self.ignore_case, text)


def _words_and_case(pattern: re.Pattern[str]) -> tuple[set[str] | None, bool]:
    """The words one of which every match of ``pattern`` contains (None: no such words), and
    whether it ignores case (the words are then in lower case)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)  # read once: parsing a large pattern costs
    ignore_case = bool(pattern.flags & re.IGNORECASE) or _scoped_ignore_case(parsed)
    return _required(parsed, ignore_case), ignore_case


#: Above this many words, one search of the text for all of them (an alternation grouped by first
#: character) is faster than looking for each with ``in`` (measured on the corpus's sentences).
_MANY_WORDS = 12


def _holds_one_of(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A test of whether a text holds one of ``words``. A word that holds another is left out:
    a text holding it holds the other too ("City Council", "Council")."""
    words = tuple(word for word in words if not any(other != word and other in word for other in words))
    if len(words) == 1:
        word = words[0]
        return lambda text: word in text
    if len(words) <= _MANY_WORDS:
        return lambda text: any(map(text.__contains__, words))
    search = re.compile(literal_alternation(words)).search
    return lambda text: search(text) is not None


def literal_alternation(names, before: str | None = None) -> str:
    """An alternation of literal names, not preceded by ``before`` (a character class; None: no
    test), grouped by first character with each group in the order given (so the same name
    matches as in one plain alternation), and the boundary tested after that first character:
    the regex engine then skips to the characters that start a name instead of trying every name
    at every word."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[:1], []).append(re.escape(name[1:]))
    boundary = f"(?<!{before}.)" if before else ""
    return "(?:" + "|".join(f"{re.escape(first)}{boundary}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


def _may_match(holds: Callable[[str], bool] | None, ignore_case: bool, text: str) -> bool:
    """Whether ``holds`` is true of ``text`` (of its lower case where ``ignore_case``)."""
    if holds is None:
        return True
    if ignore_case:
        last = _LAST_LOWERED
        if last[0] is not text:  # the finders ask of one sentence several times running
            lowered(text)
        if last[2]:
            return True
        text = last[1]
    return holds(text)


#: The text last lower-cased (held, so that no other text can take its identity), its lower
#: case, and whether it holds a character a case-insensitive pattern folds to an ASCII letter.
_LAST_LOWERED: list = [None, "", False]


def lowered(text: str) -> tuple[str, bool]:
    """``text.lower()``, and whether ``text`` holds a character a case-insensitive pattern folds
    to an ASCII letter (which its lower case cannot show): kept for the last text asked, which
    the finders ask of several times running."""
    last = _LAST_LOWERED
    if last[0] is not text:
        last[0] = text
        last[1] = text.lower()
        last[2] = not text.isascii() and FOLDED_TO_ASCII.search(text) is not None
    return last[1], last[2]


def _scoped_ignore_case(items) -> bool:
    for op, value in items:
        if op is sre.SUBPATTERN:
            if value[1] & sre.SRE_FLAG_IGNORECASE or _scoped_ignore_case(value[3]):
                return True
        elif op is sre.BRANCH:
            if any(_scoped_ignore_case(branch) for branch in value[1]):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if _scoped_ignore_case(value[2]):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if _scoped_ignore_case(value[1]):
                return True
        elif op is sre.ATOMIC_GROUP:
            if _scoped_ignore_case(value):
                return True
    return False


def _required(items, ignore_case: bool) -> set[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` contains (lower case
    where ``ignore_case``), the most telling found; None when there are none. Only ASCII
    literals are used, and nothing inside a lookaround (what it sees need not be in the match,
    but it is in the text: still, leaving it out is the safe side)."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if not candidate or "" in candidate:
            return
        if best is None or min(map(len, candidate)) >= min(map(len, best)):  # a tie: the later, often the rarer
            best = candidate

    for op, value in items:
        if op is sre.LITERAL and value < 128:
            run.append(chr(value).lower() if ignore_case else chr(value))
            continue
        consider({"".join(run)})
        run = []
        if op is sre.SUBPATTERN:
            consider(_required(value[3], ignore_case))
        elif op is sre.BRANCH:
            branches = [_required(branch, ignore_case) for branch in value[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            consider(_required(value[2], ignore_case))
        elif op is sre.ATOMIC_GROUP:
            consider(_required(value, ignore_case))
    consider({"".join(run)})
    return best


#: id(pattern) → (pattern, its test, ignore case). Keyed by identity: hashing a ``re.Pattern``
#: hashes its whole compiled code each time (microseconds for a large alternation, asked hundreds
#: of thousands of times over a corpus). Each entry holds its pattern, so no other object can take
#: that id while the entry stands (the memory a ``functools.cache`` on the pattern would hold).
_KNOWN: dict[int, tuple[re.Pattern[str], Callable[[str], bool] | None, bool]] = {}


def _learn(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], Callable[[str], bool] | None, bool]:
    made = Needs(pattern)
    entry = _KNOWN[id(pattern)] = (pattern, made.holds, made.ignore_case)
    return entry


def needs(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` may match in ``text`` (``Needs``, made once per pattern)."""
    _, holds, ignore_case = _KNOWN.get(id(pattern)) or _learn(pattern)
    return _may_match(holds, ignore_case, text)


def finditer(pattern: re.Pattern[str], text: str):
    """``pattern.finditer(text)``, with no search where the pattern cannot match."""
    _, holds, ignore_case = _KNOWN.get(id(pattern)) or _learn(pattern)
    return pattern.finditer(text) if _may_match(holds, ignore_case, text) else ()


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, with no search where the pattern cannot match."""
    _, holds, ignore_case = _KNOWN.get(id(pattern)) or _learn(pattern)
    return pattern.search(text) if _may_match(holds, ignore_case, text) else None
