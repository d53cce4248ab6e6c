"""kg table: the analyst's tables (official codes, labels not IRIs, harmonised areas, typed XLSX
columns), the CSV/XLSX outputs, the rule for unusable inputs, and the harmonised-areas
vocabulary that lines up the frameworks' judgements."""
from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kg_query_support import BARNET, KENT, kg

HERE = Path(__file__).parent
REPORTS = HERE / "fixtures" / "reports"
CORPUS = HERE.parents[1] / "shared" / "corpus"
ONTOLOGY = HERE.parent / "ontology"
IKG = "https://w3id.org/inspection-kg/def#"


def sheet_rows(sheet) -> list[dict]:
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]


def csv_rows(data: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.removeprefix("\ufeff"))))


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    out = tmp_path_factory.mktemp("table") / "grades.xlsx"
    result = kg("table", BARNET, KENT, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "judgements: 6 rows" in result.stderr
    return load_workbook(out)


def test_workbook_has_a_sheet_per_table_with_frozen_headers(workbook):
    assert workbook.sheetnames == ["judgements", "recommendations", "bodies"]
    for sheet in workbook:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold and sheet["A1"].value == "laCode"


def test_judgement_rows_carry_codes_labels_and_types(workbook):
    rows = sheet_rows(workbook["judgements"])
    barnet = [r for r in rows if r["council"] == "London Borough of Barnet"]
    assert len(barnet) == 4 and len(rows) == 6
    qop = next(r for r in barnet if r["area"] == "Quality of provision" and r["section"] == "Safeguarding services")
    assert (qop["laCode"], qop["onsCode"], qop["regionCode"], qop["region"]) == ("302", "E09000003", "E12000007", "London")
    assert (qop["grade"], qop["gradeNumber"]) == ("Adequate", 3)
    assert qop["inspectionStart"] == datetime(2012, 1, 9)  # a date cell, not text
    assert qop["report"] == "https://w3id.org/inspection-kg/id/report/london-borough-of-barnet-2012-01-09"
    kent = next(r for r in rows if r["council"] == "Kent County Council")
    assert (kent["laCode"], kent["regionCode"], kent["region"]) == ("886", "E12000008", "South East")
    for sheet in workbook:  # labels, not IRIs, in every column but the IRI columns
        for row in sheet_rows(sheet):
            for column, value in row.items():
                if column not in ("report", "judgement", "recommendation", "bodyIri"):
                    assert not str(value or "").startswith("https://w3id.org/"), (sheet.title, column, value)


def test_recommendation_and_body_rows(workbook):
    recommendations = sheet_rows(workbook["recommendations"])
    owned = [r for r in recommendations if r["owner"] == "Barnet Safeguarding Children Board"]
    assert owned and owned[0]["timescale"] == "Within three months" and owned[0]["laCode"] == "302"
    bodies = sheet_rows(workbook["bodies"])
    bscb = next(r for r in bodies if r["body"] == "Barnet Safeguarding Children Board")
    assert (bscb["type"], bscb["kind"], bscb["acronyms"]) == ("Board", "SafeguardingBoard", "BSCB")
    assert isinstance(bscb["paragraphs"], int) and bscb["paragraphs"] >= 1
    ofsted = [r for r in bodies if r["body"] == "Ofsted"]
    assert {r["council"] for r in ofsted} == {"London Borough of Barnet", "Kent County Council"}  # one row per report


def test_csv_outputs(tmp_path):
    result = kg("table", BARNET, KENT, "-o", tmp_path / "t.csv")
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t-bodies.csv", "t-judgements.csv", "t-recommendations.csv"]
    judgements = csv_rows((tmp_path / "t-judgements.csv").read_text(encoding="utf-8"))
    assert {r["laCode"] for r in judgements} == {"302", "886"}
    one = kg("table", BARNET, "--table", "recommendations", "-o", tmp_path / "r.csv")
    assert one.exit_code == 0 and csv_rows((tmp_path / "r.csv").read_text(encoding="utf-8"))[0]["council"]
    stdout = kg("table", KENT)
    rows = csv_rows(stdout.stdout)
    assert stdout.exit_code == 0 and [r["grade"] for r in rows] == ["Adequate", "Adequate"]


def test_unusable_inputs_are_skipped_then_refused(tmp_path):
    folder = tmp_path / "graphs"
    folder.mkdir()
    (folder / "barnet.ttl").write_bytes(BARNET.read_bytes())
    (folder / "broken.ttl").write_text("@prefix ikg: <https://w3id.org/inspection-kg/def#> .\nikg:a ikg:b\n")
    some = kg("table", folder, "-o", tmp_path / "t.xlsx")
    assert some.exit_code == 1
    assert "broken.ttl: not valid turtle RDF" in some.stderr and "(skipped)" in some.stderr
    assert len(sheet_rows(load_workbook(tmp_path / "t.xlsx")["judgements"])) == 4
    none = kg("table", folder / "broken.ttl", "-o", tmp_path / "none.xlsx")
    assert none.exit_code == 2 and not (tmp_path / "none.xlsx").exists()
    assert none.stderr.startswith("kg: error: ") and len(none.stderr.strip().splitlines()) == 1
    bad_suffix = kg("table", BARNET, "-o", tmp_path / "t.pdf")
    assert bad_suffix.exit_code == 2 and "use .csv or .xlsx" in bad_suffix.stderr


def test_table_from_a_store_matches_the_files(tmp_path):
    store = tmp_path / "store"
    assert kg("load", BARNET, KENT, "--store", store).exit_code == 0
    from_store = csv_rows(kg("table", "--store", store).stdout)
    from_files = csv_rows(kg("table", BARNET, KENT).stdout)
    assert from_store == from_files and from_store[0]["regionCode"]


# --------------------------------------------------------------------------- harmonised areas


@pytest.fixture(scope="module")
def later_frameworks(tmp_path_factory):
    """A single inspection framework report and an ILACS one, extracted once."""
    out = tmp_path_factory.mktemp("later") / "j.csv"
    result = kg("table", REPORTS / "leeds-2015-sif.txt", REPORTS / "hartlepool-2018-ilacs.txt",
                REPORTS / "kent-2013-lac.txt", "--table", "judgements", "-o", out)
    assert result.exit_code == 0, result.stderr
    return csv_rows(out.read_text(encoding="utf-8"))


def test_every_judgement_gets_a_harmonised_area(later_frameworks):
    by_framework = {}
    for row in later_frameworks:
        assert row["harmonisedArea"], row
        by_framework.setdefault(row["framework"], set()).add((row["section"], row["harmonisedArea"], row["match"]))
    assert ("Review of the Local Safeguarding Children Board", "LSCB review", "exact") in by_framework["sif-2013"]
    assert ("Adoption performance", "Adoption", "exact") in by_framework["sif-2013"]
    assert ("Services for looked after children", "Children in care", "close") in by_framework["ilacs-2018"]
    assert ("Overall effectiveness", "Overall effectiveness", "exact") in by_framework["ilacs-2018"]
    assert {h for _, h, _ in by_framework["lac-2013"]} == {"Looked after children services (2009–2013)"}
    assert {r["gradeNumber"] for r in later_frameworks} <= {"1", "2", "3", "4"}
    later_scale = {"Outstanding", "Good", "Requires improvement to be good", "Inadequate"}
    assert {r["grade"] for r in later_frameworks if r["framework"] != "lac-2013"} <= later_scale


def test_every_area_of_every_framework_maps_onto_one_harmonised_area():
    vocabulary = Graph()
    for path in ONTOLOGY.glob("*.ttl"):
        vocabulary.parse(path)
    harmonised = set(vocabulary.subjects(SKOS.inScheme, URIRef(IKG + "HarmonisedAreaScheme")))
    assert {str(vocabulary.value(c, SKOS.notation)) for c in harmonised} >= {
        "help-and-protection", "children-in-care", "care-leavers", "adoption", "leadership", "overall",
        "lscb-review", "safeguarding-2009", "looked-after-children-2009"}
    from kg.frameworks import FRAMEWORKS

    for framework in FRAMEWORKS:
        for area in framework.areas:
            concept = URIRef(IKG + framework.area_concept(area))
            assert (concept, URIRef(IKG + "ofFramework"), URIRef(IKG + framework.concept)) in vocabulary
            targets = [(p, o) for p in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch)
                       for o in vocabulary.objects(concept, p) if o in harmonised]
            assert len(targets) == 1, concept
    # the headline judgement of a 2009 section is that harmonised area; a finer grade falls within it
    slac = {a.label: a for a in FRAMEWORKS[0].areas if a.section == "safeguarding"}
    overall = URIRef(IKG + FRAMEWORKS[0].area_concept(slac["Overall effectiveness"]))
    finer = URIRef(IKG + FRAMEWORKS[0].area_concept(slac["Partnership working"]))
    assert (overall, SKOS.exactMatch, URIRef(IKG + "Safeguarding2009Area")) in vocabulary
    assert (finer, SKOS.broadMatch, URIRef(IKG + "Safeguarding2009Area")) in vocabulary
    assert (URIRef(IKG + "ILACS2018-ChildrenLookedAfter"), SKOS.closeMatch, URIRef(IKG + "ChildrenInCareArea")) in vocabulary


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_a_councils_grades_over_time_across_frameworks():
    reports = sorted(CORPUS.glob("walsall__*.pdf"))
    assert len(reports) == 2
    result = kg("query", *reports, "--name", "council-grades-over-time", "--param", "authority=Walsall",
                "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    # one result, oldest inspection first, both frameworks lined up on the harmonised areas
    assert {r["framework"] for r in rows} == {"sif-2013", "ilacs-2018"}
    assert [r["inspected"] for r in rows] == sorted(r["inspected"] for r in rows)
    assert all(r["harmonisedArea"] and r["gradeNumber"] for r in rows)
    later = {r["harmonisedArea"] for r in rows if r["framework"] == "ilacs-2018"}
    assert {"Overall effectiveness", "Help and protection", "Children in care", "Leadership"} <= later
