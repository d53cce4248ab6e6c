"""The entity finder's fast scans find exactly what the plain patterns find."""
import re

import pytest

from kg import prefilter
from kg.entities import councils as council_finder
from kg.entities import mentions, proper, scan
from kg.gazetteer import council_for, councils

SENTENCES = [
    "The local safeguarding children board (LSCB) and the multi-agency safeguarding hub work well.",
    "Children's social care, the youth offending team and CAMHS were seen; the 'front door' works.",
    "THE LOCAL SAFEGUARDING CHILDREN BOARD MEETS; Ofsted and Cafcass visited the family courts.",
    "The Mockingbird programme and ‘Staying Close’ pilot run in Anyshire, as does the Prevent duty.",
    "ſafeguarding adults board, the Kelvin \u212aids, the dotless \u0131 and İstanbul: folded letters.",
    "multi-agency-safeguarding-hub-like words, sub-team and non-service names are not kinds.",
    "Leaders in Anyshire County Council and Northfield work with Leeds and Kirklees councils.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_kind_starts_are_the_plain_alternations_starts(text):
    any_kind, _ = scan._any_start()
    plain = [start for table in scan._kind_tables() for start in scan._starts(table.any_kind, text)]
    assert scan._kind_starts(text) == scan._starts(any_kind, text) == sorted(set(plain))


@pytest.mark.parametrize("text", SENTENCES)
def test_kind_starts_are_the_same_whichever_text_was_lowered_last(text):
    any_kind, _ = scan._any_start()
    expected = scan._starts(any_kind, text)
    assert prefilter.lowered(text) == (text.lower(), prefilter.FOLDED_TO_ASCII.search(text) is not None)
    assert scan._kind_starts(text) == expected  # the lower case the prefilter holds
    prefilter.lowered(SENTENCES[0] + " and the youth offending team")
    assert scan._kind_starts(text) == expected  # another text's: lowered afresh


@pytest.mark.parametrize("text", SENTENCES)
def test_council_names_match_as_one_plain_alternation_does(text):
    by_name = {name: council_for(name) or council for council in councils() for name in council.names}
    names = sorted(by_name, key=len, reverse=True)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    grouped, _ = scan._council_names()
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES + ["\u0663+ Anyshire and Northfield NHS Trust, Á Bcd, 12+ and The Board"])
def test_capitalised_runs_are_the_plain_patterns_matches(text):
    plain = [(m.group(0), m.start()) for m in proper._RUN.finditer(text)]
    assert proper._RUN_AT_FIRST_CHARACTER is not None
    assert list(scan._found_from_first_character(proper._RUN, proper._RUN_AT_FIRST_CHARACTER, text)) == plain


@pytest.mark.parametrize("text", SENTENCES + ["the services team and the sub group, panels; Sub-Committee-like teams"])
def test_phrase_heads_are_the_plain_patterns_matches(text):
    assert scan._word_beginnings() is not None
    plain = [(m.span(), m.groups()) for m in scan._PHRASE_HEAD.finditer(text)]
    assert [(m.span(), m.groups()) for m in scan._phrase_heads(text)] == plain


@pytest.mark.parametrize("text", SENTENCES + ["(the board) board1 boards, x-board the-board: Board", "board"])
def test_alias_spans_are_the_alternations_matches(text):
    aliases = sorted({"board", "the board", "x", "(the", "boards"}, key=len, reverse=True)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, aliases)) + r")(?![A-Za-z])")
    lowered = text.lower()
    alternation = mentions._alternation(aliases)
    assert list(mentions._alias_spans(alternation, lowered)) == [m.span() for m in plain.finditer(lowered)]
    assert list(mentions._alias_spans(alternation, lowered, 2, len(lowered) - 1)) == [
        m.span() for m in plain.finditer(lowered, 2, len(lowered) - 1)]


@pytest.mark.parametrize("text", SENTENCES + [
    "Anyshire Families Together and the Anyshire County Council Way; x-Anyshire Hope, Anyshire's Hope, Anyshire 2 Us",
    "Northfield Anyshire Voice (Anyshire Young Voices) and Anyshire\nFamilies Forward",
])
def test_council_prefixed_names_match_as_the_plain_pattern_does(text):
    names = ("Anyshire County", "Anyshire", "Northfield")
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")"
                       r"((?:\s+(?:[A-Z][a-z]+(?:['’][a-z]+)?|for|of|and|the|\d)){1,4})(?![\w'’-])")
    grouped = council_finder._council_prefixed_pattern(names)
    assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
