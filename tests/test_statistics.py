"""kg.statistics: the figures a paragraph states, and the count pattern tried only where a count
can begin (never a count missed that trying it everywhere finds)."""
from hypothesis import given, strategies as st

from kg import statistics
from kg.model import Paragraph, Report, Span


def _report(text: str, section: str | None = None) -> Report:
    report = Report(source="t", text=text)
    report.paragraphs = [Paragraph(number=1, text=text, span=Span(0, len(text)), section=section)]
    return report


def test_counts_percentages_and_money_are_found_with_their_measures():
    found = statistics.find_statistics(_report(
        "There were 288 children looked after, twelve care leavers (25% of them) and £6.4 million spent in 2019."))
    assert [(s.value, s.unit, s.measure) for s in found] == [
        (6400000, "pounds", "twelve care leavers (25% of them) and … spent in 2019"),
        (25, "percentage", "of them) and £6"),
        (288, "count", "children looked after"),
        (12, "count", "care leavers (25"),
    ]


def test_years_ages_and_number_words_outside_the_service_information_are_not_counts():
    found = statistics.find_statistics(_report("In 2019 three children aged 12 were seen by TWO teams.", section="safeguarding"))
    assert [(s.value, s.measure) for s in found] == []


@given(st.text(alphabet="0123456789 ,.-(TtWwOoEeNnHhRrIiVvFfSsXxLl\u017f\u0130\u0661a£%", max_size=40))
def test_the_count_pattern_finds_what_it_finds_tried_at_every_character(text):
    expected = [(m.span(), m.groups()) for m in statistics._COUNT.finditer(text)]
    assert [(m.span(), m.groups()) for m in statistics._counts(text)] == expected
