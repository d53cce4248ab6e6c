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


def _found(text: str) -> list[tuple]:
    return [(s.value, s.unit) for s in statistics.find_statistics(_report(text))]


def test_years_ages_ranges_of_ages_and_names_are_not_counts():
    assert _found("In 2019 three children aged 12 were seen by TWO teams.") == [(3, "count")]
    assert _found("Progress between Key Stages 2 and 4 is slow for care leavers aged between 19 and 21.") == []
    assert _found("Young people aged 16 to 25 years, and the 0 to 18 population, are served.") == []
    assert _found("Social workers lack clarity about the RISK 2 assessment and the Anyshire 2 Gether group.") == []
    assert _found("The proportion gaining 5 A*-C grades is low.") == []


def test_number_words_count_anywhere_and_one_only_where_the_text_counts():
    assert _found("Twelve young people were in apprenticeships, with a further five in traineeships.") == [
        (12, "count"), (5, "count")]
    assert _found("Sixty-one young people are in such placements; two of these children were placed.") == [
        (61, "count"), (2, "count")]
    assert _found("The council operates one children's home. Only one child went home. In one case, one of the "
                  "workers left.") == [(1, "count"), (1, "count")]


def test_a_range_is_one_figure_and_a_change_is_two():
    assert _found("Caseloads are between 15 and 20 children, and 18 to 22 children for some.") == [
        (15, "count"), (18, "count")]
    assert _found("This is an increase from 30 to 40 children, and from 27 in March 2015 to 17 in March 2016.") == [
        (30, "count"), (40, "count"), (27, "count"), (17, "count")]


def test_rates_proportions_and_measured_lengths_of_time():
    assert _found("684 children are looked after (a rate of 48.3 per 10,000 children).") == [
        (48.3, "rate"), (684, "count")]
    assert _found("Only half of children see their IRO; a third of the workforce and two thirds of carers; "
                  "one in five care leavers; three out of four young people.") == [
        (0.5, "proportion"), (0.333, "proportion"), (0.667, "proportion"), (0.2, "proportion"), (0.75, "proportion")]
    assert _found("In the first half of the year, a third party helped.") == []
    assert _found("The average time is 545 days, 83 days quicker than the England average; proceedings "
                  "improved to 30 weeks.") == [(545, "days"), (83, "days"), (30, "weeks")]


def test_timescales_that_are_rules_are_not_figures():
    assert _found("Assessments are completed within 45 days, visits happen every four to six weeks, and plans "
                  "are reviewed over the last six to 12 months against a target of 26 weeks.") == []
    assert _found("A child who is only seven months old was placed.") == []


def test_years_only_where_something_has_lasted_not_ages_or_periods():
    assert _found("The lead member has been in post for six years and a passport has been in place for 2 years.") == [
        (6, "years"), (2, "years")]
    assert _found("A child of six years settled. The average time in the three years 2013–16 is 496 days; "
                  "the exemption extends to 25 years, and 16 year-olds are supported.") == [(496, "days")]


def test_a_state_that_has_lasted_is_a_measured_length_of_time():
    assert _found("The hubs have only been in operation for three months; the pledge has not been refreshed "
                  "for 18 months and the service had been operational for five weeks.") == [
        (3, "months"), (18, "months"), (5, "weeks")]
    assert _found("Plans are reviewed for up to six months, and visits last for two hours.") == []


def test_a_length_of_time_in_a_condition_is_a_rule_not_a_figure():
    assert _found("Young people who have been in care for 13 weeks are eligible for support.") == []
    assert _found("Where children have been in care for six months, a permanence plan is agreed.") == []
    assert _found("If a child is waiting for 20 days, managers review the decision.") == []
    assert _found("Staff who have been in post for 12 months receive an appraisal.") == []
    assert _found("The hubs, which have been in operation for three months, are busy.") == [(3, "months")]


@given(st.text(alphabet="0123456789 ,.-(TtWwOoEeNnHhRrIiVvFfSsXxLl\u017f\u0130\u0661a£%", max_size=40))
def test_the_count_pattern_finds_what_it_finds_tried_at_every_character(text):
    expected = [(m.span(), m.groups()) for m in statistics._COUNT.finditer(text)]
    assert [(m.span(), m.groups()) for m in statistics._counts(text)] == expected


def test_numbers_in_brackets_at_a_clause_s_end_and_in_words_with_a_space():
    assert _found("Inspectors found a large number of cases (486) that had waited; the number is low (six).") == [
        (486, "count"), (6, "count")]
    assert _found("Placements have increased by 67, and caseloads are high, with an average of 110.") == [
        (67, "count"), (110, "count")]
    assert _found("Eighty one per cent of children did not enter care; twenty one children did.") == [
        (81, "percentage"), (21, "count")]
    assert _found("A list of steps: (1) assess, (2) plan; the year (2019) was hard.") == []


def test_a_spaced_dash_sets_a_figure_off_and_a_label_gives_a_percentage_its_measure():
    assert _found("There are many police protection orders – 191 in the last year.") == [(191, "count")]
    found = statistics.find_statistics(_report("The largest groups are Asian or Asian British: 22%; and others."))
    assert [(s.value, s.unit, s.measure) for s in found] == [(22, "percentage", "The largest groups are Asian or Asian British")]


def test_ages_and_a_footnote_s_number_at_a_line_s_start_are_not_counts():
    assert _found("Support between 21 and 25 is only available to some. When you are leaving care at 18 it is "
                  "important to plan; young people turning 18 in 2014 stayed.") == []
    text = "Thorough early help assessments\n1 The areas for improvement are listed. There were 17 Child Sexual Exploitation courses."
    report = Report(source="t", text=text)
    report.paragraphs = [Paragraph(number=1, text=text.replace("\n", " "), span=Span(0, len(text)))]
    assert [(s.value, s.unit) for s in statistics.find_statistics(report)] == [(17, "count")]
def test_a_rate_is_found_whatever_its_base():
    """Not only "per 1…" (10,000, 1,000, 100): a rate per 5,000 is a rate, not two counts."""
    assert _found("The rate is 6 per 5,000 children.") == [(6, "rate")]
    assert _found("The rate is 6 per 1,000 children.") == [(6, "rate")]


def test_a_proportion_of_a_number_with_thousands_is_read_whole():
    """"one in 20,000" is not "one in 20": the number is read past its comma."""
    found = statistics.find_statistics(_report("Nationally only one in 20,000 children is adopted."))
    assert [s.unit for s in found] == ["proportion"] and found[0].value == 0.00005
    found = statistics.find_statistics(_report("In Anyshire just 3 out of 10,000 children left care."))
    assert [s.unit for s in found] == ["proportion"] and found[0].value == 0.0003
    assert (0.5, "proportion") not in _found("In Anyshire just 1 out of 2,000 children left.")


def test_one_in_a_year_is_no_proportion():
    """"one in 2014–15" is one that year, not a share of 0.0."""
    assert [u for _, u in _found("Low numbers of carers, one in 2014–15 up to four in 2015–2016, means delay.")
            if u == "proportion"] == []
    assert [u for _, u in _found("Only one in 2016 was placed.") if u == "proportion"] == []


def test_a_figure_in_a_run_on_text_quotes_a_bounded_sentence():
    """Text with no sentence end (a hostile 5 MB passage of figures) gives each figure a quote of
    at most some 2,000 characters (1,000 either side), not 10,000: 300,000 figures of 10,000 characters took over 9 GB."""
    text = "in Anyshire half of 12 children in 3 homes, " * 2000
    found = statistics.find_statistics(_report(text))
    assert len(found) > 1000 and max(len(s.text) for s in found) <= 2100


@given(st.text(alphabet="0123456789 ,.-%(TtWwOoEeNnHhRrIiVvFfSsXxYyDdAaKkMmPpCc", max_size=40))
def test_percentages_and_lengths_of_time_are_found_as_the_patterns_tried_everywhere_find_them(text):
    for fast, pattern in ((statistics._percentages, statistics._PERCENT), (statistics._durations, statistics._DURATION)):
        assert [(m.span(), m.groups()) for m in fast(text)] == [(m.span(), m.groups()) for m in pattern.finditer(text)]
