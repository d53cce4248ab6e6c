"""Scanning a text for where kind words and council names can start: the gazetteer's kinds compiled into
tables by first character, so that each pattern is tried only where it can match."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .. import prefilter
from ..gazetteer import Council, council_for, councils, GENERIC_BODIES, Kind, NATIONAL_BODIES, PHRASE_HEADS, PROGRAMMES

def _found_from_first_character(pattern: re.Pattern[str], fast: re.Pattern[str] | None, text: str):
    """(match text, start) of each match ``pattern.finditer(text)`` gives, found through ``fast``
    (``_at_first_character(pattern)``) where there is one."""
    if fast is None:
        yield from ((match.group(0), match.start()) for match in pattern.finditer(text))
        return
    position = 0
    while (match := fast.search(text, position)) is not None:
        yield match.group(1), match.start()
        position = max(match.end(1), match.start() + 1)


# ------------------------------------------------------------------ discovery


@dataclass(frozen=True)
class _KindTable:
    """One table of generic kinds, compiled once: each kind's bounded pattern, one alternation
    of them all that finds every place some kind starts, and the same for their acronyms."""

    kinds: tuple[tuple[Kind, re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]], ...]
    national: bool
    any_kind: re.Pattern[str]
    acronyms: tuple[tuple[Kind, str, re.Pattern[str]], ...]  # acronyms of three letters or more
    any_acronym: re.Pattern[str] | None
    #: The kinds (their places in ``kinds``) that may start at each ASCII character, and those that
    #: may start at any character (their first characters are not known, or one is a letter outside
    #: ASCII, which a case-insensitive pattern may match to an ASCII letter).
    kinds_at: dict[str, tuple[int, ...]]
    kinds_anywhere: tuple[int, ...]

    def kinds_starting(self, char: str) -> Iterable[int]:
        """The kinds that may start at ``char``: every kind, where it is not ASCII."""
        return self.kinds_at.get(char, self.kinds_anywhere) if char.isascii() else range(len(self.kinds))


#: A kind's short form ends a word, or runs into a participle saying what it did: "a DfE-appointed
#: adviser", "a CAMHS-led clinic" name the DfE and CAMHS; "MASH-style" and "LSCB-wide" do not count.
_ACRONYM_END = r"(?![\w]|-(?![a-z]+ed\b|led\b|run\b))"


def _kind_end(national: bool) -> str:
    """Where a kind's name ends: a whole word; a national body's may run into a participle as a short form may ("a
    Department for Education-funded project", "an NSPCC-led service": ``_ACRONYM_END``)."""
    return _ACRONYM_END if national else r"(?![\w-])"


def _bounded(pattern: str, cased: bool, national: bool = False) -> str:
    """A kind's pattern as a whole word (``_kind_end``), its plural too ("adoption panels")."""
    return rf"(?<![\w-])(?{'-' if cased else ''}i:(?:{pattern})s?)" + _kind_end(national)


@functools.lru_cache(maxsize=1)
def _kind_tables() -> tuple[_KindTable, ...]:
    tables = []
    for table, national in ((GENERIC_BODIES, False), (NATIONAL_BODIES, True), (PROGRAMMES, True)):
        kinds = tuple(
            (kind, re.compile(_bounded(kind.pattern, kind.cased, national)),
             tuple((a, re.compile(rf"\b{re.escape(a)}\b")) for a in kind.acronyms))
            for kind in table
        )
        any_kind = re.compile(r"(?<![\w-])(?:" + _by_first_character(table) + r")" + _kind_end(national))
        acronyms = tuple(
            (kind, a, re.compile(rf"(?<![\w-]){re.escape(a)}{_ACRONYM_END}")) for kind in table for a in kind.acronyms if len(a) >= 3
        )
        any_acronym = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(a) for _, a, _ in acronyms) + r")" + _ACRONYM_END
        ) if acronyms else None
        tables.append(_KindTable(kinds, national, any_kind, acronyms, any_acronym, *_kinds_by_first_character(table)))
    return tuple(tables)


def _kinds_by_first_character(table: tuple[Kind, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """``_KindTable.kinds_at`` and ``kinds_anywhere`` of a table (case ignored: a superset)."""
    at: dict[str, set[int]] = {}
    anywhere: set[int] = set()
    for index, kind in enumerate(table):
        firsts = _first_characters(re._parser.parse(kind.pattern))
        if firsts is None or any(not char.isascii() and not kind_cased_only(char) for char in firsts):
            anywhere.add(index)
            continue
        for char in firsts:
            for cased in (char.lower(), char.upper()):
                at.setdefault(cased, set()).add(index)
    return {char: tuple(sorted(kinds | anywhere)) for char, kinds in at.items()}, tuple(sorted(anywhere))


def _by_first_character(table: tuple[Kind, ...]) -> str:
    """One alternation of all kinds, grouped by the characters each can start with, so that a
    search tries at each word only the kinds that can start there (a superset is harmless: the
    alternation only says where some kind starts)."""
    groups, anywhere = _first_character_groups(table)
    branches = [
        f"(?={re.escape(char) if kind_cased_only(char) else '[' + re.escape(char) + re.escape(char.upper()) + ']'})(?:{'|'.join(alts)})"
        for char, alts in sorted(groups.items())
    ]
    return "|".join(branches + anywhere)


def _first_character_groups(table: tuple[Kind, ...]) -> tuple[dict[str, list[str]], list[str]]:
    """Each kind's alternative (its plural too) under every character it can start with, and the
    kinds whose first character is not known."""
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for kind in table:
        alternative = f"(?{'-' if kind.cased else ''}i:(?:{kind.pattern})s?)"
        firsts = _first_characters(re._parser.parse(kind.pattern))
        if not firsts:
            anywhere.append(alternative)
            continue
        for char in firsts if kind.cased else {c.lower() for c in firsts}:
            groups.setdefault(char, []).append(alternative)
    return groups, anywhere


@functools.lru_cache(maxsize=1)
def _any_start() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Where a kind of any table may start, and where an acronym of any table may: one scan of a
    text for all the tables (each table's own alternation then tried at those places only). In
    the kinds' scan each first character is a character class, which the regex engine tests
    before it enters the branch, and the kinds starting with it are tried in a lookahead (inside
    a one-character lookbehind); the acronyms' scan starts with their literals, which the engine
    skips to, and leaves the boundary before them to each table's own pattern."""
    tables = _kind_tables()
    groups, anywhere = _first_character_groups(tuple(kind for table in tables for kind, _, _ in table.kinds))
    branches = [
        f"{re.escape(char) if kind_cased_only(char) else '[' + re.escape(char) + re.escape(char.upper()) + ']'}"
        rf"(?<=(?=(?:{'|'.join(alts)}){_ACRONYM_END})[\s\S])"  # (a superset: a national body's may run into a participle)
        for char, alts in sorted(groups.items())
    ]
    if anywhere:
        branches.append(rf"(?=(?:{'|'.join(anywhere)}){_ACRONYM_END})")
    any_kind = re.compile(r"(?<![\w-])(?:" + "|".join(branches) + ")")
    acronyms = dict.fromkeys(a for table in tables for _, a, _ in table.acronyms)
    any_acronym = re.compile("(?:" + "|".join(map(re.escape, acronyms)) + r")" + _ACRONYM_END) if acronyms else None
    return any_kind, any_acronym


#: How many characters of each kind's and phrase head's beginnings ``_word_beginnings`` spells out.
_BEGINNING = 12

@functools.lru_cache(maxsize=1)
def _word_beginnings() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``_beginning_scan`` of every kind of every table and of ``_PHRASE_HEAD`` (which matches
    only where a word starts): one scan of a sentence finds where either may start, and each
    finder tries its own pattern there (turning down the places where only the other may)."""
    if not _PHRASE_HEAD.pattern.startswith(r"(?<![\w-])"):
        return None
    kinds = [f"(?:{kind.pattern})s?" for table in _kind_tables() for kind, _, _ in table.kinds]
    return _beginning_scan([*kinds, _PHRASE_HEAD.pattern])


def _beginning_scan(patterns: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The lower-case strings (up to ``_BEGINNING`` characters) one of which begins every match
    of every pattern, read from the patterns, as two searches of a lower-cased text: one at its
    start and one after a character that is neither a word character nor a hyphen (which the
    regex engine skips to without trying a pattern at each letter). None where some pattern's
    matches may begin with anything."""
    beginnings: set[str] = set()
    for pattern in patterns:
        found = _beginnings(list(re._parser.parse(pattern)), _BEGINNING)
        if "" in found:
            return None
        beginnings |= found
    alternation = _tree_of(beginnings)
    return re.compile(alternation), re.compile(r"[^\w-]" + alternation)


def _tree_of(strings: set[str]) -> str:
    """A regex that matches where one of ``strings`` begins: the strings as a tree of their
    characters, so that the regex engine compares each character of a text once, not once for
    each string sharing the characters before it. A string that another begins with is enough."""
    if "" in strings:
        return ""
    branches: dict[str, set[str]] = {}
    for string in strings:
        branches.setdefault(string[0], set()).add(string[1:])
    alternatives = [re.escape(first) + _tree_of(rests) for first, rests in sorted(branches.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


@functools.lru_cache(maxsize=8)
def _word_candidates(text: str) -> tuple[int, ...] | None:
    """Every position of ``text`` that starts a word (nothing before it, or neither a word
    character nor a hyphen) the way a kind or a phrase head can begin; None where that cannot be
    told from the lower-cased text (no scan, or a letter another letter folds to). Kept for the
    last few texts: the kinds' finder and the phrase finder ask of each sentence in turn."""
    scan = _word_beginnings()
    if scan is None:
        return None
    lowered, folded = prefilter.lowered(text)  # the lower case the prefilter made of it, if it did
    if folded:
        return None
    at_start, after_boundary = scan
    candidates = [0] if at_start.match(lowered) else []
    position = 0
    while (match := after_boundary.search(lowered, position)) is not None:
        candidates.append(match.start() + 1)
        position = match.start() + 1
    return tuple(candidates)


def _beginnings(items: list, budget: int) -> set[str]:
    """Lower-case strings, each at most ``budget`` characters, one of which begins every match
    of the parsed pattern ``items`` ("" where that is not known). Only ASCII characters and
    characters without case are spelled out, so that comparing with a lower-cased text is exact."""
    from re import _constants as sre

    if budget == 0 or not items:
        return {""}
    (op, value), rest = items[0], items[1:]
    if op is sre.LITERAL or op is sre.IN:
        chars = [chr(value)] if op is sre.LITERAL else [chr(v) for o, v in value if o is sre.LITERAL]
        if op is sre.IN and (len(chars) != len(value) or len(chars) > 8):
            return {""}
        if not all(c.isascii() or c.lower() == c == c.upper() for c in chars):
            return {""}
        tails = _beginnings(rest, budget - 1)
        return {c.lower() + tail for c in chars for tail in tails}
    if op is sre.SUBPATTERN:
        return _beginnings(list(value[3]) + rest, budget)
    if op is sre.BRANCH:
        return set().union(*(_beginnings(list(branch) + rest, budget) for branch in value[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, item = value
        if high == 1:
            return (_beginnings(rest, budget) if low == 0 else set()) | _beginnings(list(item) + rest, budget)
        return (_beginnings(rest, budget) if low == 0 else set()) | _beginnings(list(item), budget)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _beginnings(rest, budget)  # takes no characters
    return {""}


def _kind_starts(text: str) -> list[int]:
    """Every position where a kind of any table starts: ``_starts(any_kind, text)``, found by
    trying the kinds only where a lower-cased word begins as one of them begins."""
    any_kind, _ = _any_start()
    candidates = _word_candidates(text)
    if candidates is None:
        return _starts(any_kind, text)
    return [start for start in candidates if any_kind.match(text, start)]


def _phrase_heads(text: str):
    """``_PHRASE_HEAD.finditer(text)``, the pattern tried only where a word begins as a head."""
    candidates = _word_candidates(text)
    if candidates is None:
        yield from _PHRASE_HEAD.finditer(text)
        return
    end = 0
    for start in candidates:
        if start >= end and (match := _PHRASE_HEAD.match(text, start)) is not None:
            yield match
            end = match.end()


def compile_patterns() -> None:
    """Compile the patterns made from the gazetteer (kinds, acronyms, councils' names) now rather
    than at the first report: a parent does it once for the workers it forks."""
    _any_start()
    _word_beginnings()
    _council_names()


def kind_cased_only(char: str) -> bool:
    return char.lower() == char.upper()


def _first_characters(items) -> set[str] | None:
    """The characters a parsed pattern can start with, or None when that is not known (or it may
    match nothing)."""
    from re import _constants as sre

    found: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            return found | {chr(value)}
        if op is sre.IN:
            for inner, arg in value:
                if inner is sre.LITERAL:
                    found.add(chr(arg))
                elif inner is sre.RANGE:
                    found.update(chr(c) for c in range(arg[0], arg[1] + 1))
                else:
                    return None
            return found
        if op is sre.BRANCH or op is sre.SUBPATTERN:
            for branch in value[1] if op is sre.BRANCH else [value[-1]]:
                firsts = _first_characters(branch)
                if firsts is None:
                    return None
                found |= firsts
            return found
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            firsts = _first_characters(value[2])
            if firsts is None:
                return None
            found |= firsts
            if value[0] > 0:
                return found
            continue  # optional: what follows may start it too
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        return None
    return None


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every position where the pattern matches (overlapping matches included)."""
    positions, position = [], 0
    while (match := pattern.search(text, position)) is not None:
        positions.append(match.start())
        position = match.start() + 1
    return positions


#: Every kind word of ``PHRASE_HEADS`` as one alternation, the longest first.
_HEADS = "|".join(sorted((re.escape(h) for h in PHRASE_HEADS), key=len, reverse=True))
_PHRASE_HEAD = re.compile(
    r"(?<![\w-])(" + _HEADS + r")(e?s)?(?![\w-])",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _council_names() -> tuple[re.Pattern[str], dict[str, Council]]:
    # a name two councils share ("Anyshire": one council's own, another's former) is the own one's
    by_name = {name: council_for(name) or council for council in councils() for name in council.names}
    by_name |= {name.replace(" and ", " & "): council for name, council in by_name.items() if " and " in name}  # "Telford & Wrekin"
    names = sorted(by_name, key=len, reverse=True)
    return re.compile(prefilter.literal_alternation(names, r"[\w-]") + r"(?![\w-])"), by_name
