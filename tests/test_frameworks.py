"""The framework registry: one module per framework, and everything that follows from it
(detection, the ontology's framework and area concepts, the completeness shapes)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, SKOS

from kg.frameworks import FRAMEWORKS, detect_framework, framework, parse_report
from kg.frameworks.vocabulary import ontology_turtle, shapes_turtle
from kg.model import Judgement, Paragraph, Report, Span
from kg.reading import clean_text
from kg.namespaces import IKG, ontology_graph
from kg.rdf import report_to_graph
from kg.validation import validate_graph

REPO = Path(__file__).resolve().parents[1]
SHAPES_NS = "https://w3id.org/inspection-kg/shapes#"


def test_generated_ontology_and_shapes_are_fresh():
    """The Turtle files generated from the registry are what the registry gives today."""
    assert (REPO / "ontology" / "inspection-kg-frameworks.ttl").read_text(encoding="utf-8") == ontology_turtle()
    assert (REPO / "shapes" / "inspection-kg-frameworks.ttl").read_text(encoding="utf-8") == shapes_turtle()
    check = subprocess.run([sys.executable, "-m", "kg.frameworks.vocabulary", "--check"], cwd=REPO)
    assert check.returncode == 0


def test_every_framework_and_area_is_a_concept_of_the_ontology():
    graph = ontology_graph()
    top = set(graph.objects(IKG.FrameworkScheme, SKOS.hasTopConcept))
    assert top == {IKG[f.concept] for f in FRAMEWORKS}
    for f in FRAMEWORKS:
        assert (IKG[f.concept], RDF.type, IKG.Framework) in graph
        for area in f.areas:
            concept = IKG[f.area_concept(area)]
            assert (concept, SKOS.inScheme, IKG[f"{f.concept}-Areas"]) in graph
            assert str(graph.value(concept, SKOS.prefLabel)) == area.label


def test_ids_and_concepts_are_unique_and_refinements_exist():
    assert len({f.id for f in FRAMEWORKS}) == len({f.concept for f in FRAMEWORKS}) == len(FRAMEWORKS)
    order = [f.id for f in FRAMEWORKS]
    for f in FRAMEWORKS:
        # detection folds a refinement into what it refines in registry order: it must come later
        assert f.refines is None or order.index(f.refines) < order.index(f.id)
        concepts = [f.area_concept(a) for a in f.areas]
        assert len(set(concepts)) == len(concepts), f.id


def _title(f, area=None) -> str:
    """A title under which every expected area of ``f`` is expected."""
    patterns = [a.expected_if_title for a in f.areas if a.expected_if_title]
    words = {
        r"safeguarding": "safeguarding",
        r"looked after": "looked after children",
        r"safeguarding children board|\blscb\b": "the Local Safeguarding Children Board",
    }
    return "Inspection of " + " and ".join(words[p] for p in patterns) if patterns else f"Inspection under {f.label}"


def _complete_report(f) -> Report:
    report = Report(source="synthetic.txt", text="", framework=f.id, authority="Testshire", title=_title(f))
    report.inspection_start = dt.date(2020, 1, 6)
    report.paragraphs = [Paragraph(1, "The text.", Span(0, 9))]
    grade = f.grades[1]
    report.judgements = [
        Judgement(section=a.section, area=a.label, grade=grade, stated_grade=grade, paragraph=1)
        for a in f.expected_areas(report)
    ]
    return report


CASES = [(f.id, a.label, a.section) for f in FRAMEWORKS for a in f.areas if a.expected]


@pytest.mark.parametrize("framework_id", [f.id for f in FRAMEWORKS])
def test_a_complete_reading_fires_no_completeness_shape(framework_id):
    result = validate_graph(report_to_graph(_complete_report(framework(framework_id))))
    fired = {r.shape_iri for r in result.results}
    assert not {s for s in fired if s.startswith(SHAPES_NS + "Complete-") or s.endswith("ReportFrameworkShape")}


@pytest.mark.parametrize("framework_id,label,section", CASES, ids=[f"{c[0]}:{c[2]}:{c[1][:20]}" for c in CASES])
def test_a_missing_judgement_is_a_violation_naming_it(framework_id, label, section):
    f = framework(framework_id)
    report = _complete_report(f)
    report.judgements = [j for j in report.judgements if not (j.area == label and j.section == section)]
    result = validate_graph(report_to_graph(report))
    area = next(a for a in f.areas if a.label == label and a.section == section)
    wanted = SHAPES_NS + "Complete-" + f.area_concept(area)
    fired = [r for r in result.results if r.shape_iri == wanted]
    assert not result.conforms and len(fired) == 1
    assert "the reading is incomplete" in fired[0].message and label[1:].lower() in fired[0].message.lower()


def test_an_unrecognised_framework_is_a_violation():
    report = _complete_report(framework("sif-2013"))
    report.framework = None
    result = validate_graph(report_to_graph(report))
    assert any(r.shape_iri.endswith("ReportFrameworkShape") and "not recognised" in r.message for r in result.results)


def test_a_re_inspection_without_an_lscb_review_needs_no_lscb_judgement():
    report = _complete_report(framework("sif-2013"))
    report.title = "Re-inspection of services for children in need of help and protection, children looked after and care leavers"
    report.judgements = [j for j in report.judgements if j.section != "lscb"]
    fired = {r.shape_iri for r in validate_graph(report_to_graph(report)).results}
    assert not {s for s in fired if "Complete-" in s}


@pytest.mark.parametrize(
    "head,expected",
    [
        ("Inspection of Anyshire local authority children's services ... The experiences and progress of children "
         "in care and care leavers Good", "ilacs-2018"),
        ("Inspection of Anyshire local authority children's services ... The experiences and progress of care "
         "leavers Good", "ilacs-2023"),
        ("Inspection of Anyshire local authority children's services Inspection dates: 27 April to 1 May 2026 ... "
         "The experiences and progress of care leavers Good", "ilacs-2026"),
        ("Inspection of Anyshire local authority children's services Inspection dates: 23 to 27 March 2026 ... "
         "The experiences and progress of care leavers Good", "ilacs-2023"),
        ("Anyshire Inspection of services for children in need of help and protection, children looked after and "
         "care leavers", "sif-2013"),
        ("Inspection of looked after children services Anyshire", "lac-2013"),
        ("Inspection of safeguarding and looked after children services Anyshire", "slac-2009"),
        ("A recipe for a cake", None),
    ],
)
def test_detection_follows_the_registry(head, expected):
    assert detect_framework(head) == expected


FOCUSED_VISIT = """Ofsted
Piccadilly Gate
Store Street
Manchester M1 2WD
12 March 2021
Jane Doe
Director of Children's Services
Anyshire County Council
Dear Jane
Focused visit to Anyshire children's services
This letter summarises the findings of the focused visit to Anyshire children's services on 9 and
10 February 2021. This visit was carried out under the inspection of local authority children's
services (ILACS) framework. Inspectors looked at the local authority's arrangements for children in care.
Lead inspector: John Smith
1. Leaders have a good understanding of the service.
2. Children in care are seen regularly.
3. Plans are mostly up to date.
"""


@pytest.mark.parametrize("kind", ["Focused visit", "Monitoring visit"])
def test_a_visit_letter_is_refused_with_its_reason(kind):
    from kg.errors import NotAReportError

    with pytest.raises(NotAReportError, match=f"a {kind.lower()} letter, not an inspection report"):
        from kg.frameworks import parse_report

        parse_report(FOCUSED_VISIT.replace("Focused visit", kind).replace("focused visit", kind.lower()), "letter.txt")


def test_a_wrapped_sentence_ending_in_a_grade_word_is_not_a_graded_row():
    """Review finding: "… that its / leadership of training is good" inside a recommendation
    must not be read as a leadership judgement, nor end the list of recommendations."""
    from pathlib import Path

    from kg.reading import clean_text

    text = (Path(__file__).parent / "fixtures" / "reports" / "leeds-2015-sif.txt").read_text(encoding="utf-8")
    before = parse_report(clean_text(text), "leeds")
    anchor = text.index("Extend the reach")
    end = text.index("\n", anchor)
    damaged = text[:end] + " Ensure that its\nleadership of multi-agency training is good" + text[end:]
    after = parse_report(clean_text(damaged), "leeds")
    assert len(after.recommendations) == len(before.recommendations)
    assert [(j.section, j.grade) for j in after.judgements] == [(j.section, j.grade) for j in before.judgements]


def test_a_second_title_block_is_counted_only_as_a_word_of_its_own():
    text = clean_text((Path(__file__).parent / "fixtures" / "reports" / "hartlepool-2018-ilacs.txt").read_text(encoding="utf-8"))
    assert not any("title blocks" in w for w in parse_report(text, "h").warnings)
    glued = parse_report(text + "\nReInspection dates: 1 May 2018\n", "h")
    assert not any("title blocks" in w for w in glued.warnings)
    repeated = parse_report(text + "\n" + text, "h")
    assert any("holds 2 title blocks" in w for w in repeated.warnings)


# ---------------------------------------------------------------- ILACS after the April 2026 reform
BARNSLEY_2023 = REPO / "tests" / "fixtures" / "reports" / "barnsley-2023-ilacs.txt"


def _ilacs_text(dates: str, overall: bool) -> str:
    """The ILACS 2023 fixture with other inspection dates, and its overall judgement row kept or
    left out as the reports of inspections from April 2026 leave it out."""
    text = BARNSLEY_2023.read_text(encoding="utf-8")
    assert "Inspection dates: 11 to 15 September 2023" in text and "\nOverall effectiveness Good" in text
    text = text.replace("Inspection dates: 11 to 15 September 2023", f"Inspection dates: {dates}")
    return text if overall else text.replace("\nOverall effectiveness Good", "")


def _areas(report: Report) -> dict[str, str]:
    chosen = framework(report.framework)
    return {chosen.area_for(j.section, j.area).section: j.grade for j in report.judgements}


def test_an_inspection_from_april_2026_is_complete_without_an_overall_judgement():
    report = parse_report(clean_text(_ilacs_text("27 April to 1 May 2026", overall=False)), "anyshire.txt")
    assert report.framework == "ilacs-2026"
    assert report.inspection_start == dt.date(2026, 4, 27)
    assert _areas(report) == {"leadership": "good", "help_and_protection": "requires_improvement",
                              "children_looked_after": "good", "care_leavers": "good"}
    assert not [w for w in report.warnings if "incomplete" in w]
    result = validate_graph(report_to_graph(report))
    assert not [r for r in result.results if r.shape_iri.startswith(SHAPES_NS + "Complete-")]


def test_an_overall_judgement_still_printed_after_the_reform_is_read_not_dropped():
    report = parse_report(clean_text(_ilacs_text("27 April to 1 May 2026", overall=True)), "anyshire.txt")
    assert report.framework == "ilacs-2026"
    assert _areas(report)["overall"] == "good" and len(report.judgements) == 5
    graph = report_to_graph(report)
    assert (None, IKG.frameworkArea, IKG["ILACS2026-Overall"]) in graph


@pytest.mark.parametrize("dates,expected", [
    ("31 March to 4 April 2026", "ilacs-2023"),
    ("1 to 5 April 2026", "ilacs-2026"),
    ("27 and 28 April 2026", "ilacs-2026"),  # a two-day inspection
    ("27 April 2026 to 8 May 2026", "ilacs-2026"),
])
def test_the_reform_follows_the_first_day_of_the_inspection(dates, expected):
    report = parse_report(clean_text(_ilacs_text(dates, overall=True)), "anyshire.txt")
    assert report.framework == expected and report.inspection_start is not None


def test_a_dates_line_printed_before_the_title_is_not_the_councils_name():
    text = _ilacs_text("27 April to 1 May 2026", overall=False).replace("Inspection dates: 27 April to 1 May 2026", "")
    first, rest = text.split("\n", 1)
    report = parse_report(clean_text(f"Inspection dates: 27 April to 1 May 2026\n{first}\n{rest}"), "anyshire.txt")
    assert report.framework == "ilacs-2026" and report.inspection_start == dt.date(2026, 4, 27)
    assert report.authority and "Inspection" not in report.authority and "2026" not in report.authority


def test_before_the_reform_a_missing_overall_judgement_is_still_incomplete():
    report = parse_report(clean_text(_ilacs_text("23 to 27 March 2026", overall=False)), "anyshire.txt")
    assert report.framework == "ilacs-2023" and len(report.judgements) == 4
    assert any("no judgement on overall effectiveness" in w for w in report.warnings)
    fired = {r.shape_iri for r in validate_graph(report_to_graph(report)).results}
    assert SHAPES_NS + "Complete-ILACS2023-Overall" in fired
