"""The later Ofsted frameworks: framework detection on every report fixture, and the SIF / ILACS
parser (kg.later_parser) on the real Leeds 2015, Hartlepool 2018 and Barnsley 2023 PDF texts and
on two invented variants, against hand-checked .expected.json files."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV
from report_expectations import assert_metadata

from kg.errors import NotAReportError
from kg.frameworks import detect_framework, parse_report
from kg.frameworks.later import SECTIONS, repair_text
from kg.model import PASSAGE_KEYS
from kg.namespaces import IKG
from kg.rdf import report_to_graph
from kg.reading import clean_text, read_report_text
from kg.validation import validate_graph

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "reports"  # ../shared beside the checkout
SAMPLE = Path(__file__).parents[1] / "kg" / "samples" / "barnet-2012-slac.txt"
LATER = [
    "leeds-2015-sif",
    "hartlepool-2018-ilacs",
    "barnsley-2023-ilacs",
    "fernley-2016-sif-no-lscb",
    "kestrelford-2019-ilacs-no-table",
]
DETECTED = {
    "barnet-2012-slac": "slac-2009",
    "northfield-2011-slac": "slac-2009",
    "eastmoor-2012-slac-numbered": "slac-2009",
    "southby-2012-no-findings-table": "slac-2009",
    "westvale-2010-safeguarding-only": "slac-2009",
    "kent-2013-lac": "lac-2013",
    **{name: ("sif-2013" if "-sif" in name else "ilacs-2023" if "2023" in name else "ilacs-2018") for name in LATER},
}


def fixture_text(name: str) -> str:
    path = SAMPLE if name == "barnet-2012-slac" else FIXTURES / f"{name}.txt"
    return path.read_text(encoding="utf-8")


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u2019", "'").replace("\u2018", "'")).strip()


def test_every_fixture_has_an_expected_framework():
    names = {p.stem for p in FIXTURES.glob("*.txt")}
    assert names <= set(DETECTED), names - set(DETECTED)


@pytest.mark.parametrize("name", sorted(DETECTED))
def test_detect_framework_raw_and_cleaned(name):
    raw = fixture_text(name)
    assert detect_framework(raw) == DETECTED[name]
    assert detect_framework(clean_text(raw)) == DETECTED[name]


def test_detection_ignores_the_councils_name():
    text = fixture_text("hartlepool-2018-ilacs").replace("Hartlepool", "Kent")
    assert detect_framework(text) == "ilacs-2018"
    text = fixture_text("kent-2013-lac").replace("Kent", "Leeds")
    assert detect_framework(text) == "lac-2013"


@pytest.fixture(scope="module", params=LATER)
def case(request):
    raw = fixture_text(request.param)
    expected = json.loads((FIXTURES / f"{request.param}.expected.json").read_text(encoding="utf-8"))
    framework = detect_framework(raw)
    return parse_report(clean_text(raw), f"{request.param}.txt"), expected


def test_metadata(case):
    report, expected = case
    assert report.framework == expected["framework"]
    assert_metadata(report, expected, norm)


def test_paragraphs_run_in_sequence(case):
    report, expected = case
    assert [p.number for p in report.paragraphs if p.numbered] == list(range(1, expected["paragraph_count"] + 1))
    for paragraph in report.paragraphs:
        assert paragraph.text and not re.match(r"\d+\.", paragraph.text), paragraph.number
        # the span points at the paragraph's text in the report's text
        assert report.text[paragraph.span.start : paragraph.span.end].split()[:2] == paragraph.text.split()[:2]


def test_judgements_with_grades(case):
    report, expected = case
    got = [(j.section, norm(j.area), j.grade) for j in report.judgements]
    want = [(j["section"], norm(j["area"]), j["grade"]) for j in expected["judgements"]]
    assert got == want
    for judgement in report.judgements:
        assert judgement.section in SECTIONS
        assert judgement.grade in ("outstanding", "good", "requires_improvement", "inadequate")


def test_recommendations(case):
    report, expected = case
    assert len(report.recommendations) == len(expected["recommendations"])
    for got, want in zip(report.recommendations, expected["recommendations"]):
        assert got.section == want["section"]
        assert got.timescale == want["timescale"] is None
        assert norm(got.text).startswith(norm(want["text_starts"]))
        assert not got.text.endswith(".")
    ordinals: dict[str | None, list[int]] = {}
    for recommendation in report.recommendations:
        ordinals.setdefault(recommendation.section, []).append(recommendation.ordinal)
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in ordinals.values())


def test_sif_recommendations_are_numbered_paragraphs():
    report = parse_report(clean_text(fixture_text("leeds-2015-sif")), "leeds")
    by_number = {p.number: p for p in report.paragraphs}
    for recommendation in report.recommendations:
        assert norm(by_number[recommendation.paragraph].text) == norm(recommendation.text) + "."
    assert [r.paragraph for r in report.recommendations if r.section == "lscb"] == [184, 185, 186, 187, 188]
    lscb = next(j for j in report.judgements if j.section == "lscb")
    assert (lscb.grade, lscb.paragraph) == ("good", 189)


def test_judgement_sentences_and_body_grades():
    report = parse_report(clean_text(fixture_text("fernley-2016-sif-no-lscb")), "f")
    adoption = next(j for j in report.judgements if j.section == "adoption")
    assert (adoption.findings_table_grade, adoption.stated_grade, adoption.paragraph) == ("outstanding", "outstanding", 112)
    assert not any(j.section == "lscb" for j in report.judgements)
    report = parse_report(clean_text(fixture_text("kestrelford-2019-ilacs-no-table")), "k")
    assert all(j.findings_table_grade is None and j.stated_grade == j.grade for j in report.judgements)
    assert report.warnings == [
        "no judgement list on the first page: judgements come from the body only",
        "this Inspection of local authority children's services (2018–2022) report has no judgement on overall "
        "effectiveness: the reading is incomplete",
    ]


def test_page_numbers_and_glued_paragraph_numbers_repaired():
    report = parse_report(clean_text(fixture_text("hartlepool-2018-ilacs")), "h")
    assert report.paragraph(10).text.startswith("When it is not possible")
    assert report.paragraph(11).text.startswith("Children benefit from early permanence planning")
    assert " significant investment in early help" in report.paragraph(4).text
    assert not re.search(r"\.\s\d{1,2}$", report.paragraph(8).text)
    assert repair_text("Text ends here. 2\nWhat needs to improve\n") == "Text ends here.\nWhat needs to improve\n"


def test_bullet_glyphs_inside_lines_each_start_a_line_without_the_spaces_around_them():
    text = "Actions  \uf0b7 \tfirst\uf0b7second\n\n\n  \u2022 third and\tfourth \u25aa\n"
    assert repair_text(text) == "Actions\n• first\n• second\n• third and\tfourth\n• \n"


def test_wrapped_year_is_not_a_paragraph_number():
    text = clean_text(fixture_text("hartlepool-2018-ilacs")).replace(
        "went live in May 2018.", "went live in May\n2018. It", 1
    )
    report = parse_report(text, "h")
    assert [p.number for p in report.paragraphs if p.numbered] == list(range(1, 33))


def test_not_a_report():
    with pytest.raises(NotAReportError):
        parse_report("Inspection of children's social care services\nA cake recipe.\n", "cake.txt")


@pytest.mark.skipif(not SHARED.exists(), reason="shared reports not present")
@pytest.mark.parametrize("name", ["leeds-2015-sif", "hartlepool-2018-ilacs", "barnsley-2023-ilacs"])
def test_from_pdf_matches_fixture(name):
    text = read_report_text(SHARED / f"{name}.pdf")
    report = parse_report(text, f"{name}.pdf")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert sum(p.numbered for p in report.paragraphs) == expected["paragraph_count"]
    assert [(j.section, j.grade) for j in report.judgements] == [
        (j["section"], j["grade"]) for j in expected["judgements"]
    ]
    assert len(report.recommendations) == len(expected["recommendations"])


def _openings(items, depth: int = 0) -> tuple[list[str], bool]:
    """The literal text every match of a parsed pattern can open with, one string per branch,
    up to the first element that is not a literal character; and whether the walk reached the
    end of ``items`` (so that what follows may extend the text)."""
    from re import _constants as sre

    texts = [""]
    for op, value in items:
        if op is sre.AT:
            continue
        if op is sre.LITERAL:
            texts = [t + chr(value) for t in texts]
            continue
        if op in (sre.SUBPATTERN, sre.BRANCH) and depth < 4:
            parts = [value[3]] if op is sre.SUBPATTERN else value[1]
            walked = [_openings(part, depth + 1) for part in parts]
            texts = [t + o for t in texts for found, _ in walked for o in found]
            if all(complete for _, complete in walked):
                continue
        return texts, False
    return texts, True


def test_every_graded_pattern_opens_with_a_word_the_line_filter_lets_through():
    """The body parser tries the graded patterns only on lines ``_GRADED_START`` accepts: a
    pattern opening with any other word would be skipped silently, on reports never seen."""
    from re import _parser

    from kg.frameworks import later

    patterns = [later._GRADED_HEADING, later._KEY_JUDGEMENT, later._GRADE_SENTENCE, later._LSCB_SENTENCE]
    for pattern in patterns:
        openings, _ = _openings(_parser.parse(pattern.pattern, pattern.flags))
        assert openings and all(openings), pattern.pattern
        for opening in openings:
            assert later._GRADED_START.match(opening + " "), (opening, pattern.pattern)


@pytest.mark.parametrize("name,council", [("hartlepool-2018-ilacs", "Hartlepool Borough Council"),
                                          ("leeds-2015-sif", "Leeds City Council")])
def test_a_councils_name_printed_after_the_title_is_the_authority(name, council):
    """Some PDFs give the title block's lines in another order: the council's name after the
    title, before the dates. The report is read, not refused for want of an authority."""
    text = fixture_text(name)
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == council)
    title_end = next(i for i, line in enumerate(lines) if line.startswith("Inspection date"))
    moved = lines[:at] + lines[at + 1:title_end] + [lines[at]] + lines[title_end:]
    report = parse_report(clean_text("\n".join(moved)), "anyshire.txt")
    assert report.authority == council and report.inspection_start is not None
    assert len(report.judgements) >= 4


def _leeds():
    return parse_report(clean_text(fixture_text("leeds-2015-sif")), "leeds-2015-sif.txt")


def test_text_printed_without_numbers_is_kept_as_passages():
    """The SIF prints its summaries and the information about the area without paragraph numbers:
    each block or bullet is a passage, under its heading, and the numbering ignores it."""
    report = _leeds()
    passages = [p for p in report.paragraphs if not p.numbered]
    assert [p.passage for p in passages] == list(range(1, len(passages) + 1))
    assert all(p.number == PASSAGE_KEYS + p.passage for p in passages)
    living = [p for p in passages if p.heading == "Children living in this area"]
    assert living and living[0].text.startswith("Approximately")
    assert any(re.search(r"a rate of 82 per 10,000 children", p.text) for p in passages)
    for passage in passages:  # a bullet's glyph and a footnote's number are not part of the text
        assert passage.text and not passage.text.startswith(("\u2022", "•"))
        assert report.text[passage.span.start : passage.span.end].split()[:2] == passage.text.split()[:2]
    assert not any(p.heading and p.heading.startswith("Information about this inspection") for p in passages)


def test_figures_of_the_information_about_the_area_are_found_and_traced_to_their_passage():
    report = _leeds()
    rate = next(s for s in report.statistics if s.unit == "rate")
    assert rate.value == 82 and "per 10,000" in rate.measure
    assert report.paragraph(rate.paragraph).passage is not None
    graph = report_to_graph(report)
    passage = URIRef(str(next(graph.objects(None, IKG.hasPassage))))
    assert re.search(r"/report/[a-z0-9-]+/passage/\d+$", passage)
    assert (passage, RDF.type, IKG.Passage) in graph and (passage, IKG.number, None) not in graph
    figure = next(s for s in graph.subjects(IKG.value, Literal(82)) if (s, IKG.unit, IKG.Rate) in graph)
    assert re.search(r"/statistic/passage-\d+-\d+$", str(figure))
    source = graph.value(figure, PROV.wasDerivedFrom)
    assert (source, RDF.type, IKG.Passage) in graph and "82 per 10,000" in str(graph.value(source, IKG.text))
    assert validate_graph(graph, name="leeds").conforms


def test_an_ilacs_headline_above_what_needs_to_improve_is_a_passage_and_the_list_stays_recommendations():
    report = parse_report(clean_text(fixture_text("hartlepool-2018-ilacs")), "hartlepool-2018-ilacs.txt")
    passages = [p for p in report.paragraphs if not p.numbered]
    assert passages[0].text.startswith("Since the last inspection, children have received more timely")
    assert "vibrant workforce culture" in passages[0].text
    assert not any("Judgement Grade" in p.text or "Overall effectiveness Good" in p.text for p in passages)
    assert [r.text[:30] for r in report.recommendations][:1] == ["The quality of assessments to "]
    assert not any(p.text.startswith("The quality of assessments to fully explore") for p in passages)
