"""kg.sentences: where a paragraph splits into sentences, and each sentence's offset."""
import re

from hypothesis import given, strategies as st

from kg.sentences import sentences


def test_a_sentence_ends_at_a_full_stop_before_a_capital_or_quote_and_at_a_line_break():
    text = 'The board met. It agreed. "Good" was said! e.g. this. And?\nA list item\n• another'
    assert sentences(text) == (
        (0, "The board met."), (15, "It agreed."), (26, '"Good" was said! e.g. this.'), (54, "And?"),
        (59, "A list item"), (71, "• another"),
    )


def test_white_space_without_a_capital_after_it_does_not_end_a_sentence():
    assert sentences("Paragraph 3. the rest.  \nnext") == ((0, "Paragraph 3. the rest.  "), (25, "next"))
    assert sentences("") == ((0, ""),)


#: The rule written the plain way: white space after ., ! or ? and before a capital or quote, or a
#: line break.
_RULE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n")


@given(st.text(alphabet=".!? \n\t\u00a0Aa'\"x", max_size=30))
def test_the_boundaries_are_the_rule_s(text):
    expected, start = [], 0
    for match in _RULE.finditer(text):
        expected.append((start, text[start : match.start()]))
        start = match.end()
    expected.append((start, text[start:]))
    assert sentences(text) == tuple(expected)
    assert all(text[offset : offset + len(sentence)] == sentence for offset, sentence in sentences(text))


def test_a_question_in_a_name_before_its_kind_word_does_not_end_the_sentence():
    text = "Members attend events run by the Who Cares? Trust and meet leaders. Is it working? Leaders think so."
    assert [s for _, s in sentences(text)] == [
        "Members attend events run by the Who Cares? Trust and meet leaders.", "Is it working?", "Leaders think so."]


def test_a_sentence_may_open_with_a_number():
    assert [s for _, s in sentences("Staff are good. 5 Wyre Boroughs Trust provides care. It is 2.5 miles away.")] == [
        "Staff are good.", "5 Wyre Boroughs Trust provides care.", "It is 2.5 miles away."]


def test_a_run_longer_than_any_sentence_is_read_in_pieces_cut_at_semicolons_commas_or_spaces():
    from kg.sentences import LONGEST_SENTENCE
    unit = "the Wyre Valley Partnership works with Anyford Mind; "
    text = unit * 100 + "x" * (LONGEST_SENTENCE + 10)
    pieces = sentences(text)
    assert all(len(piece) <= LONGEST_SENTENCE for _, piece in pieces)
    assert "".join(piece for _, piece in pieces) == text  # nothing lost, nothing repeated
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("; ") for _, piece in pieces[:-2])  # cut after a semicolon where there is one
    assert len(pieces[-1][1]) == 10  # a run with no place to cut is cut at the limit
    commas = "Young Wyre, Brightpath, Anyford Mind, " * 80
    assert all(piece.endswith(", ") for _, piece in sentences(commas)[:-1])
    sentence = "The board met. " + "It " + "agreed, " * 200 + "then it closed."
    assert sentences(sentence)[1][1] == sentence[15:]  # a long sentence within the limit stays whole
