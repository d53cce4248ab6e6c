"""The published vocabulary: the generated documentation, context and redirect rules are fresh
(`python -m kg.docs` reproduces them byte for byte), the ontology's header carries its licence,
creator and publisher, `kg export --format jsonld` compacts with the context and parses back to
the same graph, and every RDF export gets a VoID/DCAT description beside it."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS

from kg import docs
from kg.graphio import load_graph
from kg.void import VOID
from kg_query_support import BARNET, BARNET_REPORT, KENT, KENT_REPORT, kg

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "inspection-kg.ttl"
CC_BY = URIRef("https://creativecommons.org/licenses/by/4.0/")
ONTOLOGY_IRI = URIRef("https://w3id.org/inspection-kg/def")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    pytest.importorskip("pylode", reason="pyLODE (the docs extra) is needed to regenerate the docs")
    root = tmp_path_factory.mktemp("regenerated")
    done = subprocess.run([sys.executable, "-m", "kg.docs", str(root)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return root


def test_generated_files_are_fresh(regenerated):
    stale = [relative for relative in docs.generated_paths()
             if (regenerated / relative).read_bytes() != (ROOT / relative).read_bytes()]
    assert not stale, (f"out of date: {', '.join(stale)}; the ontology changed since they were "
                       f"generated: run `make docs` (python -m kg.docs) and commit the result")


def test_documentation_title_is_the_ontology_s_alone_and_every_scheme_has_a_section(regenerated):
    page = (regenerated / "docs" / docs.VOCABULARY_HTML).read_text(encoding="utf-8")
    ontology = docs.ontology_graph()  # the hand-written file and the generated framework concepts
    title = str(ontology.value(ONTOLOGY_IRI, DCTERMS.title))
    assert re.search(r"<title>(.*?)</title>", page).group(1) == title
    assert re.search(r"<h1>(.*?)</h1>", page).group(1) == title
    schemes = set(ontology.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemes) >= 8
    for scheme in schemes:
        label = str(ontology.value(scheme, SKOS.prefLabel))
        assert f"<h3>{label}</h3>".replace("'", "&#x27;") in page.replace("&#39;", "&#x27;"), label
    # classes and properties documented by pyLODE, concepts by the scheme tables
    for term in ("InspectionReport", "inspectedAuthority", "relatedTo"):
        assert f"<code>https://w3id.org/inspection-kg/def#{term}</code>" in page, term
    assert "<td>ikg:Outstanding</td>" not in page and "<code>ikg:Outstanding</code>" in page


def test_ontology_and_shapes_are_cc_by_with_creator_and_publisher():
    for path, iri in ((ONTOLOGY, ONTOLOGY_IRI),
                      (ROOT / "shapes" / "inspection-kg-shapes.ttl", URIRef("https://w3id.org/inspection-kg/shapes"))):
        graph = Graph().parse(path)
        assert graph.value(iri, DCTERMS.license) == CC_BY, path
        for role in (DCTERMS.creator, DCTERMS.publisher):
            agent = graph.value(iri, role)
            assert agent is not None, (path, role)
    ontology = Graph().parse(ONTOLOGY)
    for role in (DCTERMS.creator, DCTERMS.publisher):
        assert ontology.value(ontology.value(ONTOLOGY_IRI, role), FOAF.name) is not None


def test_context_defines_every_term_of_the_ontology():
    context = json.loads((ROOT / "ontology" / "context.jsonld").read_text())["@context"]
    assert context["@vocab"] == "https://w3id.org/inspection-kg/def#"
    assert context["inspectedAuthority"] == {"@id": "ikg:inspectedAuthority", "@type": "@id"}
    assert context["inspectionStart"] == {"@id": "ikg:inspectionStart", "@type": "xsd:date"}
    assert context["number"] == {"@id": "ikg:number", "@type": "xsd:integer"}
    assert context["text"] == "ikg:text"  # plain strings stay plain
    assert context["InspectionReport"] == "ikg:InspectionReport"
    ontology = Graph().parse(ONTOLOGY)
    declared = {str(s).rsplit("#", 1)[1] for s in ontology.subjects(RDF.type, None)
                if str(s).startswith("https://w3id.org/inspection-kg/def#")
                and ontology.value(s, RDF.type) is not None
                and set(ontology.objects(s, RDF.type)) & {URIRef("http://www.w3.org/2002/07/owl#ObjectProperty"),
                                                          URIRef("http://www.w3.org/2002/07/owl#DatatypeProperty"),
                                                          URIRef("http://www.w3.org/2002/07/owl#Class")}}
    assert declared and not declared - set(context)


def test_jsonld_export_is_compact_and_parses_back_to_the_same_graph(tmp_path):
    out = tmp_path / "corpus.jsonld"
    assert kg("export", BARNET, KENT, "--format", "jsonld", "-o", out).exit_code == 0
    document = json.loads(out.read_text())
    report = next(n for n in document["@graph"] if n["@id"] == BARNET_REPORT)
    assert report["@type"] == "InspectionReport"
    assert report["inspectedAuthority"].startswith("id:body/") or report["inspectedAuthority"].startswith("https://")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", report["inspectionStart"])  # a date, no @value wrapper
    assert isomorphic(Graph().parse(out, format="json-ld"), load_graph([BARNET, KENT]))


def test_corpus_export_writes_void_and_dcat_beside_it(tmp_path):
    out = tmp_path / "corpus.trig"
    assert kg("export", BARNET, KENT, "--format", "trig", "-o", out).exit_code == 0
    void_file = tmp_path / "corpus.void.ttl"
    assert void_file.exists()
    description = Graph().parse(void_file)
    dataset = description.value(None, RDF.type, VOID.Dataset)
    assert (dataset, RDF.type, DCAT.Dataset) in description
    exported = Dataset()
    exported.parse(out, format="trig")
    triples = {t for g in exported.graphs() for t in g}
    assert description.value(dataset, VOID.triples) == Literal(len(triples))
    assert description.value(dataset, VOID.distinctSubjects) == Literal(len({t[0] for t in triples}))
    assert description.value(dataset, VOID.properties) == Literal(len({t[1] for t in triples}))
    assert set(description.objects(dataset, DCTERMS.source)) == {URIRef(BARNET_REPORT), URIRef(KENT_REPORT)}
    assert description.value(dataset, DCTERMS.license) is not None
    assert URIRef("https://w3id.org/inspection-kg/def#") in set(description.objects(dataset, VOID.vocabulary))
    assert description.value(dataset, VOID.dataDump) == out.resolve().as_uri() or \
        Path(str(description.value(dataset, VOID.dataDump)).removeprefix("file://")) == out.resolve()
    reports = [p for p in description.objects(dataset, VOID.classPartition)
               if description.value(p, VOID["class"]) == URIRef("https://w3id.org/inspection-kg/def#InspectionReport")]
    assert description.value(reports[0], VOID.entities) == Literal(2)
    # the same input gives the same bytes
    first = void_file.read_bytes()
    assert kg("export", BARNET, KENT, "--format", "trig", "-o", out).exit_code == 0
    assert void_file.read_bytes() == first


def test_failed_export_leaves_neither_export_nor_description(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("this is not turtle <<<")
    out = tmp_path / "corpus.trig"
    result = kg("export", bad, "--format", "trig", "-o", out)
    assert result.exit_code != 0
    assert not out.exists() and not (tmp_path / "corpus.void.ttl").exists()


def test_network_exports_get_no_void(tmp_path):
    out = tmp_path / "net.graphml"
    assert kg("export", BARNET, "--format", "graphml", "-o", out).exit_code == 0
    assert not (tmp_path / "net.void.ttl").exists()


def test_w3id_rules_negotiate_the_ontology_and_point_at_generated_files():
    rules = (ROOT / "docs" / "w3id" / ".htaccess").read_text()
    assert "RewriteEngine on" in rules
    targets = {}
    condition = None
    for line in rules.splitlines():
        if line.startswith("RewriteCond %{HTTP_ACCEPT}"):
            condition = condition or line.split()[2]
        elif line.startswith("RewriteRule ^def/?$"):
            targets[condition] = line.split()[2]
            condition = None
    assert set(targets) == {"text/turtle", "application/ld\\+json", None}
    assert targets["text/turtle"].endswith(".ttl") and targets["application/ld\\+json"].endswith(".jsonld")
    assert targets[None].endswith(".html")
    for line in rules.splitlines():
        if line.startswith("RewriteRule"):
            target = line.split()[2]
            assert target.startswith(docs.PUBLISHED_AT), line
            assert (ROOT / "docs" / target[len(docs.PUBLISHED_AT):]).is_file(), line
