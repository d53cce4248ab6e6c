"""kg validate and kg.validation: the valid graph conforms, every invalid fixture fires exactly the
shape its first line names (with that shape's message), and the command's formats and exit codes."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.cli import main
from kg.namespaces import IKG, SH
from kg.validation import (
    ValidationResult,
    load_shapes,
    validate_graph,
    validate_paths,
)

HERE = Path(__file__).parent
VALID = HERE / "fixtures" / "valid" / "minimal-report.ttl"
INVALID_DIR = HERE / "fixtures" / "invalid"
INVALID = sorted(INVALID_DIR.glob("*.ttl"))
SHAPES_NS = "https://w3id.org/inspection-kg/shapes#"
KG = Path(sys.executable).parent / "kg"
REPO = HERE.parent


def kg(*args):
    return CliRunner().invoke(main, ["validate", *[str(a) for a in args]], catch_exceptions=False)


def expected_of(path: Path) -> tuple[str, str]:
    """(shape local name, severity) from the fixture's first line: `# breaks ikgsh:NAME: …`."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.match(r"# breaks ikgsh:([A-Za-z0-9-]+): (.*)", first)
    assert match, f"{path.name}: first line must say which constraint it breaks"
    severity = "warning" if match.group(2).startswith("(warning)") else "violation"
    return match.group(1), severity


def message_pattern(template: str) -> re.Pattern:
    """A shape's sh:message with its {?var} placeholders as wildcards."""
    parts = re.split(r"\{[?$]\w+\}", template)
    return re.compile(".+".join(re.escape(p) for p in parts))


# --------------------------------------------------------------------------- the shapes


def test_shapes_are_an_ontology_with_a_version():
    shapes = load_shapes()
    ontology = URIRef("https://w3id.org/inspection-kg/shapes")
    assert (ontology, RDF.type, OWL.Ontology) in shapes
    assert shapes.value(ontology, OWL.versionIRI) is not None


def test_every_shape_has_name_description_and_message():
    shapes = load_shapes()
    nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property))
    nodes = {n for n in nodes if isinstance(n, URIRef)}
    assert len(nodes) > 80
    for node in nodes:
        for predicate in (SH.name, SH.description, SH.message):
            assert shapes.value(node, predicate) is not None, f"{node} lacks {predicate}"
    # no anonymous property shapes on the node shapes: every result names its shape by IRI
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert all(isinstance(p, URIRef) for p in shapes.objects(shape, SH.property)), shape


def test_every_constraint_shape_has_an_invalid_example():
    shapes = load_shapes()
    exercised = {expected_of(path)[0] for path in INVALID}
    constrained = set()
    for node in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property)):
        own = {p for _, p, _ in shapes.triples((node, None, None))}
        if isinstance(node, URIRef) and own & {SH.pattern, SH.sparql, SH["or"], SH.minCount, SH.maxCount, SH.hasValue, SH["class"],
                  SH.datatype, SH["in"], SH.minLength, SH.nodeKind}:
            constrained.add(str(node).replace(SHAPES_NS, ""))
    # the completeness shapes generated from the framework registry are each exercised by
    # tests/test_frameworks.py, one case per framework and expected area
    generated = {name for name in constrained if name.startswith("Complete-")}
    assert constrained - exercised - generated == set()


# --------------------------------------------------------------------------- the library


def test_the_valid_graph_conforms_without_warnings():
    result = validate_graph(Graph().parse(VALID), name=VALID.name)
    assert isinstance(result, ValidationResult)
    assert result.conforms
    assert result.results == []
    assert result.report == "minimal-report.ttl"
    assert result.report_iri.endswith("/report/testshire-county-council-2013-01-07")
    assert (None, SH.conforms, None) in result.results_graph


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_each_invalid_fixture_fires_exactly_its_shape(path):
    shape, severity = expected_of(path)
    shapes = load_shapes()
    result = validate_graph(Graph().parse(path), name=path.name)
    assert {r.shape_iri for r in result.results} == {SHAPES_NS + shape}
    template = str(shapes.value(URIRef(SHAPES_NS + shape), SH.message))
    for finding in result.results:
        assert finding.severity == severity
        assert message_pattern(template).fullmatch(finding.message), finding.message
        assert finding.shape == str(shapes.value(URIRef(SHAPES_NS + shape), SH.name))
        assert finding.focus_label and not finding.focus_label.startswith("http"), finding
    assert result.conforms == (severity != "violation")


def test_a_timescale_the_data_adds_to_the_scheme_is_accepted():
    graph = Graph().parse(VALID)
    rec = URIRef("https://w3id.org/inspection-kg/id/report/testshire-county-council-2013-01-07/recommendation/safeguarding/1")
    other = IKG["timescale-within-one-month"]
    graph.set((rec, IKG.timescale, other))
    graph.add((other, SKOS.inScheme, IKG.TimescaleScheme))
    assert validate_graph(graph).results == []


def test_a_graph_on_another_store_is_copied_into_memory_first():
    dataset = Dataset()
    dataset.graph(URIRef("urn:x-test:g")).parse(INVALID_DIR / "statistic-no-value.ttl")
    result = validate_graph(dataset)
    assert [f.shape_iri for f in result.results] == [SHAPES_NS + "Statistic-value"]


def test_results_name_the_focus_label_path_value_and_paragraph():
    result = validate_graph(Graph().parse(INVALID_DIR / "judgement-grade-not-in-scheme.ttl"))
    (finding,) = result.results
    assert finding.focus_label == "safeguarding judgement on Quality of provision"
    assert finding.path == "ikg:grade"
    assert finding.value == "ikg:Excellent"
    assert finding.paragraphs == [1]
    assert finding.constraint == "InConstraintComponent"
    assert finding.message.startswith("a judgement needs exactly one grade")


def test_body_results_give_the_paragraphs_it_is_named_in():
    result = validate_graph(Graph().parse(INVALID_DIR / "acronym-names-two-bodies.ttl"))
    by_label = {f.focus_label: f for f in result.results}
    assert set(by_label) == {"Testshire Safeguarding Children Board", "child and adolescent mental health services"}
    assert by_label["Testshire Safeguarding Children Board"].paragraphs == [1, 3]
    assert by_label["Testshire Safeguarding Children Board"].message == (
        'the acronym "TSCB" names more than one body in the same report'
    )


def test_a_corpus_is_validated_report_by_report(tmp_path):
    corpus = Dataset()
    corpus.graph(URIRef("urn:x-test:good")).parse(VALID)
    corpus.graph(URIRef("urn:x-test:bad")).parse(INVALID_DIR / "judgement-no-grade.ttl")
    path = tmp_path / "corpus.trig"
    corpus.serialize(path, format="trig")
    results = validate_paths([path])
    assert [(r.report, r.conforms) for r in results] == [
        ("corpus.trig#urn:x-test:bad", False),
        ("corpus.trig#urn:x-test:good", True),
    ]


def test_shapes_folder_overrides_the_bundled_shapes(tmp_path):
    shapes_dir = tmp_path / "shapes"
    shapes_dir.mkdir()
    (shapes_dir / "one.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix ikg: <https://w3id.org/inspection-kg/def#> .\n"
        "<urn:x:S> a sh:NodeShape ; sh:targetClass ikg:Judgement ; sh:name \"no judgements\" ;\n"
        "  sh:message \"judgements are not allowed here\" ; sh:property <urn:x:P> .\n"
        "<urn:x:P> sh:path ikg:grade ; sh:maxCount 0 ; sh:message \"no grades here\" .\n",
        encoding="utf-8",
    )
    (result,) = validate_paths([VALID], shapes_dir=shapes_dir)
    assert [f.message for f in result.results] == ["no grades here"] * 2  # the valid graph's two judgements


# --------------------------------------------------------------------------- the command


def test_cli_exit_0_and_text_for_a_conforming_graph():
    result = kg(VALID)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "minimal-report.ttl: conforms (0 violations, 0 warnings, 0 infos)"


def test_cli_text_groups_by_severity_then_shape():
    result = kg(INVALID_DIR / "judgement-no-grade.ttl", INVALID_DIR / "recommendation-no-owner.ttl")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "Violations (1)"
    assert lines[1] == "  judgement grade (1)"
    assert lines[2] == (
        "    judgement-no-grade.ttl: safeguarding judgement on Quality of provision [ikg:grade]: "
        "a judgement needs exactly one grade: ikg:Outstanding, ikg:Good, ikg:Adequate or ikg:Inadequate "
        "(a later framework's own grade goes in ikg:publishedGrade) (paragraph 1)"
    )
    assert "Warnings (1)" in lines
    assert "  recommendation has an owner (1)" in lines
    assert lines[-1] == "2 graphs: 1 conform; 1 violation, 1 warning, 0 infos"


def test_cli_json():
    result = kg(INVALID_DIR / "statistic-unknown-unit.ttl", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["conforms"] is False
    assert data["counts"] == {"violation": 1, "warning": 0, "info": 0}
    (finding,) = data["reports"][0]["results"]
    assert finding["shape_iri"] == SHAPES_NS + "Statistic-unit"
    assert finding["focus_label"] == "statistic: 42 children were referred to CAMHS."
    assert finding["paragraphs"] == [2]
    assert finding["value"] == "ikg:Metres"


def test_cli_turtle_is_the_shacl_report():
    result = kg(INVALID_DIR / "person-no-name.ttl", "--format", "turtle")
    assert result.exit_code == 1
    report = Graph().parse(data=result.stdout, format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms).toPython() is False
    (item,) = report.objects(node, SH.result)
    assert report.value(item, SH.sourceShape) == URIRef(SHAPES_NS + "Person-name")


def test_cli_fail_on_warning():
    warning_only = INVALID_DIR / "body-mentioned-once.ttl"
    assert kg(warning_only).exit_code == 0
    assert kg(warning_only, "--fail-on", "warning").exit_code == 1
    assert kg(VALID, "--fail-on", "warning").exit_code == 0


def test_cli_missing_file_is_one_line_and_exit_2(tmp_path):
    result = kg(tmp_path / "nowhere.ttl")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"kg: error: {tmp_path / 'nowhere.ttl'}: no such file\n"


def test_cli_malformed_turtle_names_the_line_and_exits_2(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b \"open .\n", encoding="utf-8")
    result = kg(bad)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"kg: error: {bad}: not valid turtle RDF: line 3")


def test_cli_malformed_shapes_exit_2(tmp_path):
    shapes_dir = tmp_path / "shapes"
    shapes_dir.mkdir()
    (shapes_dir / "broken.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y\n")
    result = kg(VALID, "--shapes", shapes_dir)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "malformed shapes" in result.stderr
    assert kg(VALID, "--shapes", tmp_path / "none").exit_code == 2


REPORTS = sorted((REPO / "tests" / "fixtures" / "reports").glob("*.txt"))
SAMPLE = REPO / "kg" / "samples" / "barnet-2012-slac.txt"


#: Fixture reports written to lack a judgement their framework always has: their reading is
#: incomplete, and the graph must say which judgement is missing.
INCOMPLETE = {"kestrelford-2019-ilacs-no-table.txt": "has no judgement on overall effectiveness: the reading is incomplete"}


def test_the_sample_and_every_fixture_report_conform():
    """The extraction's graphs pass every shape (warnings are allowed: they point at things
    worth a look, such as a body named once), except a deliberately incomplete report, which
    fails exactly its completeness shape."""
    results = validate_paths([SAMPLE, *REPORTS])
    assert len(results) == 1 + len(REPORTS) >= 6
    for result in results:
        violations = [(f.shape, f.focus_label, f.message) for f in result.results if f.severity == "violation"]
        if result.report in INCOMPLETE:
            assert [v[2] for v in violations] == [
                "this Inspection of local authority children's services (2018–2022) report "
                + INCOMPLETE[result.report]
            ]
            continue
        assert violations == [], result.report
        assert result.conforms and result.report_iri.startswith("https://w3id.org/inspection-kg/id/report/")


def test_the_installed_command_runs(tmp_path):
    ok = subprocess.run([KG, "validate", VALID], capture_output=True, text=True, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "conforms" in ok.stdout
    bad = subprocess.run(
        [KG, "validate", INVALID_DIR / "report-ends-before-start.ttl", tmp_path / "gone.ttl", "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    # one rule for every command: the missing file is named and skipped, the rest validated
    assert bad.returncode == 1 and json.loads(bad.stdout)["conforms"] is False
    assert bad.stderr == f"kg: error: {tmp_path / 'gone.ttl'}: no such file (skipped)\n"
    gone = subprocess.run([KG, "validate", tmp_path / "gone.ttl"], capture_output=True, text=True, cwd=tmp_path)
    assert (gone.returncode, gone.stdout) == (2, "")
    assert gone.stderr == f"kg: error: {tmp_path / 'gone.ttl'}: no such file\n"


def test_cli_help_has_an_example():
    result = CliRunner().invoke(main, ["validate", "--help"])
    assert result.exit_code == 0
    assert "kg validate report.ttl" in result.stdout
