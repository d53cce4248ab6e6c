"""The named queries on the real sample report (extracted on the fly): the rows a reader of
the Barnet 2012 report would check, and both engines agreeing on all of them."""
from __future__ import annotations

import pytest

from kg_query_support import SAMPLE, kg
from kg.graphio import load_graph
from kg.query import list_queries, named_query, run_query


@pytest.fixture(scope="module")
def sample():
    return load_graph([SAMPLE])


def rows(graph, query_name, /, **params):
    return run_query(graph, named_query(query_name).text, params=params).as_dicts()


def test_below_good_on_the_sample(sample):
    got = [(r["section"], r["area"], r["grade"], r["paragraph"]) for r in rows(sample, "below-good")]
    assert got == [("Safeguarding services", "Quality of provision", "Adequate", 32),
                   ("Services for looked after children", "Quality of provision", "Adequate", 104)]


def test_grades_by_area_on_the_sample(sample):
    got = rows(sample, "grades-by-area")
    assert len(got) == 22
    grades = {(r["section"], r["area"]): r["grade"] for r in got}
    assert grades[("Safeguarding services", "Overall effectiveness")] == "Good"
    assert grades[("Services for looked after children", "Economic well-being")] == "Good"
    assert sum(g == "Adequate" for g in grades.values()) == 2


def test_recommendations_on_the_sample(sample):
    got = rows(sample, "recommendations")
    assert len(got) == 14
    assert (got[0]["timescale"], got[0]["ordinal"], got[0]["owner"]) == (
        "Within three months", 1, "Domestic Violence Strategic Board (Barnet)")  # a council's own body says whose
    assert got[0]["text"].startswith("the Domestic Violence Strategic Board to review")
    owners = {r.get("owner") for r in got}
    assert {"Barnet Safeguarding Children Board", "NHS Barnet"} <= owners


def test_service_providers_on_the_sample(sample):
    got = {(r["service"].lower(), r["provider"], r["paragraph"]) for r in rows(sample, "service-providers")}
    assert ("child and adolescent mental health services (barnet)",
            "Barnet, Enfield and Haringey Mental Health Trust", 8) in got
    assert any(service == "emergency duty team (barnet)" and "Harrow" in provider and paragraph == 41
               for service, provider, paragraph in got)


def test_bodies_and_comentions_on_the_sample(sample):
    bodies = {r["label"]: r.get("acronyms", "") for r in rows(sample, "bodies-by-type")}
    assert "BSCB" in bodies["Barnet Safeguarding Children Board"]
    with_bscb = {r["mentionedWith"] for r in rows(sample, "body-comentions", name="BSCB")}
    assert "Youth Shield (Barnet)" in with_bscb


def test_headline_figures_on_the_sample(sample):
    figures = {(r["paragraph"], r["value"]) for r in rows(sample, "headline-figures")}
    assert {(9, 288), (9, 211)} <= figures


def test_reports_and_evidence_on_the_sample(sample):
    (report,) = rows(sample, "reports")
    assert (report["authority"], str(report["start"]), report["leadInspector"]) == (
        "London Borough of Barnet", "2012-01-09", "Marie McGuinness")
    evidence = rows(sample, "evidence")
    qop = [r for r in evidence if r["fact"].endswith("safeguarding/quality-of-provision")
           and r.get("paragraph") == 32]
    assert qop and "is adequate" in qop[0]["text"]


@pytest.fixture(scope="module")
def two_reports():
    return load_graph([SAMPLE, SAMPLE.parents[2] / "tests" / "fixtures" / "reports" / "kent-2013-lac.txt"])


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_engines_agree_on_two_real_reports(two_reports, name):
    text = named_query(name).text
    params = {"minReports": "1"} if name == "bodies-in-many-reports" else None
    params = {"minCouncils": "1"} if name == "recurring-recommendations" else params
    ours = run_query(two_reports, text, params=params)
    # two councils of two regions, one inspection each: nothing fell, changed or is regional
    assert ours.rows or name in {"grades-fell", "partnership-changes", "partners-within-regions"}, name
    assert ours.rows == run_query(two_reports, text, engine="rdflib", params=params).rows


def test_kg_query_extracts_a_report_on_the_fly():
    result = kg("query", SAMPLE, "--name", "below-good", "--format", "csv")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3
