"""Passages (text a report prints without paragraph numbers): what they must leave out, and how
they are shown where paragraphs are."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.reading import CORPUS
from kg.extract import parse_report_file
from kg.frameworks import parse_report
from kg.plot import _paragraph_record
from kg.reading import clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "reports"


def _passages(report):
    return [p for p in report.paragraphs if not p.numbered]


def test_ofsteds_explanation_of_its_judgements_is_no_passage_in_either_spelling():
    """"What the inspection judgments mean" (so spelt in some reports) is Ofsted's own text, as
    "What the inspection judgements mean" is."""
    text = (FIXTURES / "leeds-2015-sif.txt").read_text(encoding="utf-8")
    for spelling in ("judgements", "judgments"):
        changed = text.replace("What the inspection judgements mean", f"What the inspection {spelling} mean")
        report = parse_report(clean_text(changed), "anyshire.txt")
        assert not [p.text[:60] for p in _passages(report) if p.text.startswith("An outstanding")], spelling


@pytest.mark.skipif(not CORPUS.exists(), reason="the development corpus is not beside this checkout")
def test_ofsteds_complaints_notice_after_the_inspection_team_is_no_passage():
    """The notice on complaints about Ofsted follows the inspection team's list, whose last line
    ("Quality assurance manager: …") reads as a heading: it is Ofsted's text all the same."""
    kept = []
    for pdf in sorted(CORPUS.glob("*.pdf")):
        report = parse_report_file(pdf)
        kept += [pdf.name for p in _passages(report) if p.text.startswith("Any complaints about the inspection")]
    assert kept == []


def test_a_passage_in_the_interactive_picture_is_not_a_paragraph_of_a_report_named_by_its_place():
    record = _paragraph_record("https://w3id.org/inspection-kg/id/report/1-anyshire-2016-11-14/passage/45", {})
    assert record["report"] == "1-anyshire-2016-11-14"
    paragraph = _paragraph_record("https://w3id.org/inspection-kg/id/report/1-anyshire-2016-11-14/paragraph/45", {})
    assert record != paragraph  # a passage is told apart from paragraph 45


@pytest.mark.skipif(not CORPUS.exists(), reason="the development corpus is not beside this checkout")
def test_a_line_that_goes_on_into_a_number_is_no_heading_and_its_rest_no_passage():
    """"… took up post in April" / "2016 and, along with …": the first line is not a heading, and
    the second is not a passage of its own that begins halfway through a sentence."""
    cut = {}
    for name, start in (("kirklees__25-november-2016.pdf", "2016 and, along"), ("rutland__13-february-2017.pdf", "103 days.")):
        report = parse_report_file(CORPUS / name)
        cut[name] = [(p.heading, p.text[:40]) for p in _passages(report) if p.text.startswith(start)]
    assert cut == {"kirklees__25-november-2016.pdf": [], "rutland__13-february-2017.pdf": []}


@pytest.mark.skipif(not CORPUS.exists(), reason="the development corpus is not beside this checkout")
def test_a_bullet_does_not_swallow_the_footnote_below_it():
    """A footnote whose number the PDF lost ("School census data, January 2015 …", "The local
    authority was given the opportunity to review this section …") is no part of the bullet above."""
    swallowed = {}
    for name, bullet, footnote in (
        ("brighton-and-hove__22-june-2015.pdf", "there have been 52 adoptions", "School census data"),
        ("haringey__18-july-2014.pdf", "there are 11,445 households", "was given the opportunity"),
    ):
        report = parse_report_file(CORPUS / name)
        swallowed[name] = [p.text for p in _passages(report) if p.text.startswith(bullet) and footnote in p.text]
    assert swallowed == {"brighton-and-hove__22-june-2015.pdf": [], "haringey__18-july-2014.pdf": []}


def test_footnotes_at_a_page_s_foot_are_left_out_numbered_or_not_and_the_list_goes_on():
    """A page's footnotes: numbered ("3 Mid-2013 …"), an address or a code after the number ("4
    www.gov.uk/…", "7 DC2101EW – …"), and those whose number the PDF lost ("2011 census."), all left
    out; the list's next line below them (a dash, then text) is kept."""
    text = (FIXTURES / "leeds-2015-sif.txt").read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if "in primary schools is 20%" in l)
    block = ("\n\n3 Mid-2013 population estimates.\n4 www.gov.uk/government/collections/hbai.\n"
             "School census data, January 2015 (including academies).\n2011 census.\n"
             "7 DC2101EW \u2013 Ethnic group by sex by age.")
    report = parse_report(clean_text(text.replace(line, line + block, 1)), "anyshire-2015-sif.txt")
    passages = " ".join(p.text for p in _passages(report))
    for footnote in ("Mid-2013 population", "www.gov.uk", "School census data", "2011 census", "DC2101EW"):
        assert footnote not in passages, footnote
    assert "in secondary schools is 17% (the national average is 15%)" in passages


def test_a_footnote_between_the_two_halves_of_a_paragraph_s_sentence_is_left_out():
    """A page break splits a numbered paragraph's sentence, and the page's footnote lands between
    the halves: the footnote is not part of the paragraph, and the sentence is whole again."""
    text = clean_text(fixture_text_with_footnote())
    report = parse_report(text, "anyshire-2024-ilacs.txt")
    second = report.paragraph(2)
    assert "cross-referenced" not in second.text
    assert "Thorough early help assessments are resulting in effective change" in second.text


def fixture_text_with_footnote() -> str:
    """The Barnsley fixture with its paragraph 2's first lines replaced by a sentence that a
    footnote splits, as a page break lays it out."""
    path = Path(__file__).parent / "fixtures" / "reports" / "barnsley-2023-ilacs.txt"
    text = path.read_text(encoding="utf-8")
    start = text.index("\n2.") + 1
    end = text.index("\n", text.index("\n", start) + 1)
    return text[:start] + (
        "2. Children and families get the right help at the right time. Thorough early help assessments\n"
        "1 The areas for improvement have been cross-referenced with the outcomes of the national framework.\n"
        "are resulting in effective change for families.\n"
    ) + text[end + 1 :]
