"""kg.prefilter: the literal words a pattern needs, and never a text turned down that it matches."""
import re

import pytest

from kg import prefilter
from kg.gazetteer import HEALTH_WORDS
from kg.prefilter import Needs
from kg.relations import SAFEGUARDING_PARTNERS


def test_the_words_come_from_the_pattern():
    assert Needs(re.compile(r"\b(?:known as|called|named)\s+[A-Z]\w+")).words == ("called", "known as", "named")
    assert Needs(re.compile(r"\bthe\s+hub\b", re.I)).words == ("hub",)
    assert Needs(re.compile(r"\(\s*([A-Z]{2,})\)")).words == (")",)  # a tie: the later


def test_no_literal_word_means_every_text_is_searched():
    needs = Needs(re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"))
    assert needs.words is None
    assert needs("anything at all")


@pytest.mark.parametrize("pattern, text", [
    (SAFEGUARDING_PARTNERS, "The THREE Safeguarding PARTNERS met."),
    (HEALTH_WORDS, "the NHS trust"),
    (re.compile(r"\bpartners\b", re.I), "the partner\u017f"),  # long s: a case-insensitive "s"
    (re.compile(r"\bkids\b", re.I), "\u212aids"),  # the Kelvin sign: a case-insensitive "k"
    (re.compile(r"\bwith\b", re.I), "w\u0131th"),  # dotless i
    (re.compile(r"(?i:known) as"), "KNOWN as"),
])
def test_a_text_the_pattern_matches_is_never_turned_down(pattern, text):
    assert pattern.search(text)
    assert prefilter.needs(pattern, text)
    assert prefilter.search(pattern, text).group(0) == pattern.search(text).group(0)


def test_a_text_without_the_words_is_turned_down():
    assert not prefilter.needs(SAFEGUARDING_PARTNERS, "The council works with the police.")
    assert list(prefilter.finditer(SAFEGUARDING_PARTNERS, "The council works with the police.")) == []
    case_sensitive = re.compile(r"\bLSCB\b")
    assert not prefilter.needs(case_sensitive, "the lscb")


def test_several_patterns_have_one_test_turning_down_only_what_none_matches():
    several = Needs(re.compile(r"\bcharity\b"), re.compile(r"known as", re.I))
    assert several.ignore_case and several.words == ("charity", "known as")
    assert several("the local Charity") and several("KNOWN AS")  # case ignored for both: never fewer texts
    assert not several("a partner")
    assert Needs(re.compile(r"charity"), re.compile(r"[A-Z][a-z]+"))("a partner")  # one needs no word
