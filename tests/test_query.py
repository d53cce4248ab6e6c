"""kg query and kg.query: every named query's rows on the hand-written Barnet graph (and
Barnet + Kent for the cross-report ones), both engines agreeing, the result formats, parameters
and the errors users see."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, Literal

from kg_query_support import BARNET, BARNET_REPORT, KENT, KENT_REPORT, kg
from kg.errors import QueryError
from kg.graphio import load_graph
from kg.query import list_queries, named_query, run_query

B = "https://w3id.org/inspection-kg/id/body/"
IKG = "https://w3id.org/inspection-kg/def#"


@pytest.fixture(scope="module")
def barnet() -> Graph:
    return load_graph([BARNET])


@pytest.fixture(scope="module")
def corpus() -> Graph:
    return load_graph([BARNET, KENT])


def rows(graph, query_name, /, **params):
    return run_query(graph, named_query(query_name).text, params=params).as_dicts()


def test_library_lists_every_required_query_with_a_header():
    names = {q.name for q in list_queries()}
    assert {"grades-by-area", "below-good", "recommendations", "bodies-by-type",
            "service-providers", "body-comentions", "headline-figures", "evidence",
            "grades-compared", "bodies-in-many-reports"} <= names
    for query in list_queries():
        assert query.text.startswith("# ") and len(query.title) > 20


def test_list_command_shows_titles_and_parameters():
    result = kg("query", "--list")
    assert result.exit_code == 0
    assert "grades-by-area" in result.stdout and "Grades by area and section" in result.stdout
    assert "--param name=… (default \"CAMHS\")" in result.stdout


def test_grades_by_area(barnet):
    got = [(r["section"], r["area"], r["grade"], r["gradeNumber"]) for r in rows(barnet, "grades-by-area")]
    assert got == [  # labels, not IRIs
        ("Safeguarding services", "Overall effectiveness", "Good", 2),
        ("Safeguarding services", "Partnership working", "Good", 2),
        ("Safeguarding services", "Quality of provision", "Adequate", 3),
        ("Services for looked after children", "Quality of provision", "Adequate", 3),
    ]


def test_below_good_with_its_paragraph(barnet):
    got = [(r["section"], r["area"], r["grade"], r["paragraph"]) for r in rows(barnet, "below-good")]
    assert got == [("Safeguarding services", "Quality of provision", "Adequate", 32),
                   ("Services for looked after children", "Quality of provision", "Adequate", 32)]


def test_recommendations_soonest_first_with_owner(barnet):
    got = [(r["timescale"], r["ordinal"], r.get("owner")) for r in rows(barnet, "recommendations")]
    assert got == [("Within three months", 1, None),
                   ("Within three months", 4, "Barnet Safeguarding Children Board"),
                   ("Within six months", 8, "NHS Barnet")]


def test_bodies_by_type_with_acronyms(barnet):
    got = {(r["type"], r["label"]): r.get("acronyms") for r in rows(barnet, "bodies-by-type")}
    assert got[("Board", "Barnet Safeguarding Children Board")] == "BSCB"
    assert got[("Service", "child and adolescent mental health services")] == "CAMHS"
    assert got[("HealthBody", "NHS Barnet")] is None
    assert ("PartnerOrganisation", "NHS Barnet") in got  # a health body is a partner too
    assert len(got) == 13  # 11 bodies; the two health bodies are also partner organisations


def test_service_providers(barnet):
    got = [(r["service"], r["provider"], r["paragraph"]) for r in rows(barnet, "service-providers")]
    assert got == [
        ("child and adolescent mental health services", "Barnet, Enfield and Haringey Mental Health Trust", 8),
        ("emergency duty team", "London Borough of Harrow", 41),
    ]


def test_body_comentions_default_and_param(barnet):
    got = [(r["paragraph"], r["mentionedWith"]) for r in rows(barnet, "body-comentions")]
    assert got == [(8, "Barnet, Enfield and Haringey Mental Health Trust"), (8, "NHS Barnet"),
                   (19, "Barnet Safeguarding Children Board"), (19, "Youth Shield")]
    bscb = [(r["paragraph"], r["mentionedWith"]) for r in rows(barnet, "body-comentions", name="bscb")]
    assert bscb == [(19, "Youth Shield"), (19, "child and adolescent mental health services"),
                    (62, "Barnet Children's Trust Board")]


def test_param_is_a_literal_not_query_text(barnet):
    hostile = '"} } SELECT * WHERE { ?s ?p ?o } #'
    assert rows(barnet, "body-comentions", name=hostile) == []


def test_headline_figures(barnet):
    got = [(r["paragraph"], r["value"], r["measure"]) for r in rows(barnet, "headline-figures")]
    assert got == [(9, 288, "children and young people were being looked after"), (9, 211, "care leavers")]


def test_evidence_links_facts_to_paragraph_text(barnet):
    got = rows(barnet, "evidence")
    assert len(got) == 13
    qop = [r for r in got if r["fact"].endswith("judgement/safeguarding/quality-of-provision")]
    assert [(r.get("paragraph"), r["text"][:30]) for r in qop] == [
        (None, "Quality of provision | Adequat"), (32, "The quality of provision for s")]


def test_grades_compared_across_reports(corpus):
    got = [(r["area"], r["authority"], str(r["inspected"]), r["gradeNumber"])
           for r in rows(corpus, "grades-compared") if r["area"] == "Quality of provision"]
    assert got == [("Quality of provision", "London Borough of Barnet", "2012-01-09", 3),
                   ("Quality of provision", "Kent County Council", "2013-07-15", 3),
                   ("Quality of provision", "London Borough of Barnet", "2012-01-09", 3)]


def test_bodies_in_many_reports(corpus, barnet):
    got = [(r["label"], r["reports"]) for r in rows(corpus, "bodies-in-many-reports")]
    assert got == [("Care Quality Commission", 2), ("Ofsted", 2)]
    assert rows(barnet, "bodies-in-many-reports") == []
    assert len(rows(barnet, "bodies-in-many-reports", minReports="1")) == 11


CORPUS_QUESTIONS = {"council-grades-over-time", "grades-fell", "grades-by-region-year",
                    "recurring-recommendations", "partnership-changes", "partners-within-regions"}


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_engines_agree(corpus, name):
    text = named_query(name).text
    ours = run_query(corpus, text, engine="oxigraph")
    theirs = run_query(corpus, text, engine="rdflib")
    assert ours.variables == theirs.variables
    assert ours.rows == theirs.rows
    if name not in CORPUS_QUESTIONS:  # these need regions, frameworks, several inspections
        assert ours.rows, f"{name} should find something on Barnet + Kent"


def test_formats(barnet):
    text = "SELECT ?body ?label WHERE { ?body skos:altLabel ?label } ORDER BY ?label"
    result = run_query(barnet, text)
    table = result.format("table").splitlines()
    assert table[0].split() == ["body", "label"] and set(table[1]) == {"-", " "}
    assert table[2].split() == ["id:body/barnet-safeguarding-children-board", "BSCB"]
    assert table[-1] == "(6 rows)"
    parsed = list(csv.reader(io.StringIO(result.format("csv"))))
    assert parsed[0] == ["body", "label"] and parsed[1] == [B + "barnet-safeguarding-children-board", "BSCB"]
    tsv = result.format("tsv").splitlines()
    assert tsv[0] == "?body\t?label" and tsv[1] == f'<{B}barnet-safeguarding-children-board>\t"BSCB"'
    document = json.loads(result.format("json"))
    assert document["head"]["vars"] == ["body", "label"]
    assert document["results"]["bindings"][0]["label"] == {"type": "literal", "value": "BSCB"}


def test_cli_formats_and_ask_exit_codes():
    ok = kg("query", BARNET, "--name", "headline-figures", "--format", "json")
    assert ok.exit_code == 0
    values = [b["value"]["value"] for b in json.loads(ok.stdout)["results"]["bindings"]]
    assert values == ["288", "211"]
    assert kg("query", BARNET, "ASK { ?b a ikg:Board }").stdout == "true\n"
    no = kg("query", BARNET, "ASK { ?b a ikg:Inadequate }")
    assert (no.exit_code, no.stdout) == (1, "false\n")


def test_construct_gives_turtle():
    result = kg("query", BARNET, "CONSTRUCT { ?b skos:altLabel ?a } WHERE { ?b a ikg:Board ; skos:altLabel ?a }")
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert {str(o) for o in graph.objects()} == {"BSCB", "Children's Trust"}


def test_query_from_file_and_stdin(tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?j a ikg:Judgement }\n")
    assert kg("query", BARNET, "-f", rq, "--format", "csv").stdout.split() == ["n", "4"]
    assert run_query(load_graph([BARNET]), rq.read_text()).format("csv") == "n\r\n4\r\n"
    piped = kg("query", BARNET, "-", "--format", "csv", input="SELECT ?x WHERE { ?x a ikg:Service } ORDER BY ?x")
    assert piped.stdout.splitlines()[1] == B + "london-borough-of-barnet/camhs"


def test_engine_rdflib_on_the_command_line():
    result = kg("query", BARNET, "--name", "below-good", "--engine", "rdflib", "--format", "csv")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_malformed_query_shows_line_and_column():
    result = kg("query", BARNET, "SELECT ?x WHERE {\n  ?x a ikg:Board .\n  FILTER(?x = ) }")
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: malformed query: line 3, column ")
    assert len(result.stderr.strip().splitlines()) == 1
    with pytest.raises(QueryError, match="line 1, column"):
        run_query(Graph(), "SELECT ?x WHERE { ?x }")


def test_unknown_prefix_is_reported_with_position():
    result = kg("query", BARNET, "SELECT ?x WHERE { ?x a nope:Thing }")
    assert result.exit_code == 2 and "line 1, column" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--name", "no-such-query"], "unknown query name 'no-such-query'"),
    (["--name", "body-comentions", "--param", "nobody=1"], "the query has no ?nobody"),
    (["--name", "body-comentions", "--param", "oops"], "write it as NAME=VALUE"),
    (["INSERT DATA { <a:b> <a:c> <a:d> }"], "kg query only reads"),
])
def test_bad_query_requests(args, message):
    result = kg("query", BARNET, *args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_missing_and_malformed_graph_files(tmp_path):
    missing = kg("query", tmp_path / "nope.ttl", "--name", "reports")
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ikg: <https://w3id.org/inspection-kg/def#> .\nikg:a ikg:b .\nikg:c ikg:d\n")
    broken = kg("query", bad, "--name", "reports")
    assert broken.exit_code == 2 and "not valid turtle" in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1


def test_named_variable_binding_without_placeholder(barnet):
    text = "SELECT ?label WHERE { ?b skos:altLabel ?label . FILTER(STR(?label) = ?want) }"
    for engine in ("oxigraph", "rdflib"):
        result = run_query(barnet, text, engine=engine, params={"want": "EDT"})
        assert result.rows == [(Literal("EDT"),)]


def test_output_is_byte_identical_twice():
    first = kg("query", BARNET, KENT, "--name", "bodies-by-type")
    second = kg("query", BARNET, KENT, "--name", "bodies-by-type")
    assert first.stdout == second.stdout and first.stdout


# --------------------------------------------------------------------------- cross-report questions

REPORTS = BARNET.parents[1] / "reports"
SAMPLE_REPORT = BARNET.parents[3] / "kg" / "samples" / "barnet-2012-slac.txt"


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    """The fixture reports, the sample, and the sample again three years later with its
    safeguarding overall effectiveness fallen from Good to Inadequate, loaded into a store."""
    folder = tmp_path_factory.mktemp("corpus")
    for report in sorted(REPORTS.glob("*.txt")) + [SAMPLE_REPORT]:
        (folder / report.name).write_bytes(report.read_bytes())
    later = SAMPLE_REPORT.read_text(encoding="utf-8")
    later = later.replace("January 2012", "January 2015").replace("February 2012", "February 2015")
    later = later.replace("Overall effectiveness\tGood", "Overall effectiveness\tInadequate", 1)
    later = later.replace("young people in Barnet is good.", "young people in Barnet is inadequate.")
    (folder / "barnet-2015-later.txt").write_text(later, encoding="utf-8")
    from kg.store import load_into_store, open_store

    store = folder.parent / f"{folder.name}-store"
    load_into_store([folder], store)
    return open_store(store), load_graph([folder])


def test_council_grades_over_time(small_corpus):
    store, _ = small_corpus
    got = rows(store, "council-grades-over-time", authority="barnet")
    assert [str(r["inspected"]) for r in got] == ["2012-01-09"] * 22 + ["2015-01-09"] * 22
    overall = [(str(r["inspected"]), r["grade"], r["gradeNumber"]) for r in got
               if r["area"] == "Overall effectiveness" and r["section"] == "Safeguarding services"]
    assert overall == [("2012-01-09", "Good", 2), ("2015-01-09", "Inadequate", 4)]
    assert {r["framework"] for r in got} == {"slac-2009"}
    # the store holds no vocabulary: the harmonised area is left empty, not guessed
    assert not any("harmonisedArea" in r for r in got)
    kent = rows(store, "council-grades-over-time", authority="Kent County Council")
    assert {str(r["inspected"]) for r in kent} == {"2013-07-15"} and len(kent) == 5


def test_grades_fell(small_corpus):
    store, _ = small_corpus
    got = [(r["authority"], r["section"], r["area"], str(r["before"]),
            r["beforeGrade"], str(r["after"]), r["afterGrade"], r["fall"])
           for r in rows(store, "grades-fell")]
    assert got == [("London Borough of Barnet", "Safeguarding services", "Overall effectiveness", "2012-01-09",
                    "Good", "2015-01-09", "Inadequate", 2)]


def test_grades_by_region_year(small_corpus):
    store, _ = small_corpus
    got = {(r["region"], r["year"], r["gradeNumber"]): (r["judgements"], r["reports"])
           for r in rows(store, "grades-by-region-year")}
    assert got[("London", 2012, 2)] == (20, 1) and got[("London", 2012, 3)] == (2, 1)
    assert got[("London", 2015, 4)] == (1, 1)
    assert got[("South East", 2013, 3)] == (4, 1)  # Kent's 2013 grades, counted by notation
    assert got[("Yorkshire and the Humber", 2023, 3)] == (1, 1)  # Barnsley: requires improvement


def test_recurring_recommendations(small_corpus):
    store, _ = small_corpus
    got = {r["theme"]: (r["councils"], r["recommendations"]) for r in rows(store, "recurring-recommendations")}
    assert got["assessment"] == (7, 8) and got["supervision"] == (5, 6)
    assert got["exploitation"] == (2, 4) and "designated doctor" not in got
    everything = rows(store, "recurring-recommendations", minCouncils="1")
    assert len(everything) >= len(got)


def test_below_good_counts_both_grade_schemes(small_corpus):
    store, _ = small_corpus
    grades = {r["grade"] for r in rows(store, "below-good")}
    assert {"Adequate", "Inadequate", "Requires improvement to be good"} <= grades


@pytest.mark.parametrize("name", ["council-grades-over-time", "grades-fell", "grades-by-region-year",
                                  "recurring-recommendations", "below-good", "grades-compared",
                                  "evidence", "body-comentions"])
def test_store_and_rdflib_agree_on_the_small_corpus(small_corpus, name):
    store, graph = small_corpus
    text = named_query(name).text
    assert run_query(store, text).rows == run_query(graph, text, engine="rdflib").rows


def test_report_parameter_narrows_evidence_and_figures(corpus):
    one = rows(corpus, "evidence", report=f"<{BARNET_REPORT}>")
    assert one and {r["report"] for r in one} == {BARNET_REPORT}
    assert len(rows(corpus, "evidence")) > len(one)
    figures = rows(corpus, "headline-figures", report=f"<{KENT_REPORT}>")
    assert {r["report"] for r in figures} <= {KENT_REPORT}


def test_prefixes_without_rdflib_are_the_namespaces():
    """kg.prefixes (plain strings, for a quick start) and kg.namespaces (rdflib) agree."""
    from kg.namespaces import PREFIXES
    from kg.prefixes import PREFIX_IRIS

    assert PREFIX_IRIS == {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def test_a_query_on_oxigraph_runs_without_rdflib_and_gives_rdflib_rows_when_asked():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kg.query import load_query_store, named_query, run_query\n"
        f"store = load_query_store([{str(BARNET)!r}])\n"
        "result = run_query(store, named_query('reports'))\n"
        "text = result.format('table') + result.format('csv')\n"
        "assert 'rdflib' not in sys.modules, 'rdflib imported'\n"
        "assert type(result.rows[0][0]).__name__ == 'URIRef'\n"
        "print(len(result))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


def test_a_query_on_one_line_longer_than_a_file_name_is_run_as_a_query():
    """The last argument is checked for being a graph file; a long one-line query is not one
    (asking the system about it says "file name too long")."""
    long_filter = " ".join(f"FILTER(?r != <urn:x-anyshire:{i:03d}>)" for i in range(12))
    query = f"SELECT (COUNT(?r) AS ?n) WHERE {{ ?r a ikg:InspectionReport {long_filter} }}"
    assert len(query) > 300 and "\n" not in query
    result = kg("query", BARNET, query, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == "1"
