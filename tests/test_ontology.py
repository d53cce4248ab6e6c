"""The ontology ships as package data, parses, and declares every public name with its documentation."""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path

import pytest

from kg.namespaces import ontology_graph
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

IKG = Namespace("https://w3id.org/inspection-kg/def#")
ONTOLOGY_IRI = URIRef("https://w3id.org/inspection-kg/def")
# rdflib's XSD namespace object warns when pytest inspects module attributes, so name the one IRI.
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
DESIGN_DOC = Path(__file__).resolve().parents[1] / "docs" / "decisions" / "0001-graph-shape.md"

# The names CONTRACT.md fixes; users' SPARQL depends on them.
CONTRACT_CLASSES = [
    "InspectionReport", "Body", "LocalAuthority", "Board", "HealthBody",
    "PartnerOrganisation", "Service", "Judgement", "Recommendation", "Paragraph", "Statistic",
]
CONTRACT_OBJECT_PROPERTIES = [
    "inspectedAuthority", "leadInspector", "hasJudgement", "section", "area", "grade",
    "hasRecommendation", "timescale", "addressedTo", "hasParagraph", "mentions", "relatedTo",
]
CONTRACT_DATATYPE_PROPERTIES = [
    "inspectionStart", "inspectionEnd", "text", "number", "value", "measure",
]
CONTRACT_CONCEPTS = {
    "GradeScheme": ["Outstanding", "Good", "Adequate", "Inadequate"],
    "TimescaleScheme": ["Immediately", "WithinThreeMonths", "WithinSixMonths"],
    "SectionScheme": ["Safeguarding", "LookedAfterChildren"],
}

# The partnership relations of docs/decisions/0001-graph-shape.md.
RELATIONS = [
    "providedBy", "partOf", "subGroupOf", "reportsTo", "chairedBy",
    "commissionedBy", "memberOf", "worksWith", "deliveredWith",
]

PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


def ikg_terms_typed(graph: Graph, *types: URIRef) -> set[URIRef]:
    return {
        s for t in types for s in graph.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(str(IKG))
    }


def test_parses_and_is_an_ontology(ontology: Graph) -> None:
    assert len(ontology) > 0
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology


def test_has_version_iri_and_header(ontology: Graph) -> None:
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(
        "https://w3id.org/inspection-kg/def/0.1.0"
    )
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    vann = Namespace("http://purl.org/vocab/vann/")
    assert str(ontology.value(ONTOLOGY_IRI, vann.preferredNamespacePrefix)) == "ikg"
    assert str(ontology.value(ONTOLOGY_IRI, vann.preferredNamespaceUri)) == str(IKG)


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_contract_class_is_declared(ontology: Graph, name: str) -> None:
    assert (IKG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", CONTRACT_OBJECT_PROPERTIES)
def test_contract_object_property_is_declared(ontology: Graph, name: str) -> None:
    assert (IKG[name], RDF.type, OWL.ObjectProperty) in ontology


@pytest.mark.parametrize("name", CONTRACT_DATATYPE_PROPERTIES)
def test_contract_datatype_property_is_declared(ontology: Graph, name: str) -> None:
    assert (IKG[name], RDF.type, OWL.DatatypeProperty) in ontology


@pytest.mark.parametrize("scheme", sorted(CONTRACT_CONCEPTS))
def test_contract_concepts_are_top_concepts_of_their_scheme(ontology: Graph, scheme: str) -> None:
    assert (IKG[scheme], RDF.type, SKOS.ConceptScheme) in ontology
    for name in CONTRACT_CONCEPTS[scheme]:
        concept = IKG[name]
        assert (concept, RDF.type, SKOS.Concept) in ontology, name
        assert (concept, SKOS.inScheme, IKG[scheme]) in ontology, name
        assert (concept, SKOS.topConceptOf, IKG[scheme]) in ontology, name


def test_every_class_and_property_has_label_and_definition(ontology: Graph) -> None:
    terms = ikg_terms_typed(ontology, OWL.Class, *PROPERTY_TYPES)
    assert terms
    undocumented = sorted(
        str(t) for t in terms
        if not any(l.language == "en" for l in ontology.objects(t, RDFS.label))
        or not any(d.language == "en" for d in ontology.objects(t, SKOS.definition))
    )
    assert undocumented == []


def test_every_object_and_datatype_property_has_domain_and_range(ontology: Graph) -> None:
    properties = ikg_terms_typed(ontology, OWL.ObjectProperty, OWL.DatatypeProperty)
    missing = sorted(
        str(p) for p in properties
        if ontology.value(p, RDFS.domain) is None or ontology.value(p, RDFS.range) is None
    )
    assert missing == []


def test_every_concept_and_scheme_has_label_and_definition(ontology: Graph) -> None:
    nodes = ikg_terms_typed(ontology, SKOS.Concept, SKOS.ConceptScheme)
    missing = sorted(
        str(n) for n in nodes
        if not any(l.language == "en" for l in ontology.objects(n, SKOS.prefLabel))
        or ontology.value(n, SKOS.definition) is None
    )
    assert missing == []


def test_every_concept_is_typed_with_its_class(ontology: Graph) -> None:
    scheme_class = {
        "GradeScheme": "Grade", "TimescaleScheme": "Timescale", "SectionScheme": "Section",
        "UnitScheme": "Unit", "BodyKindScheme": "BodyKind",
    }
    for scheme, cls in scheme_class.items():
        assert (IKG[cls], RDFS.subClassOf, SKOS.Concept) in ontology
        concepts = set(ontology.subjects(SKOS.inScheme, IKG[scheme]))
        assert concepts, scheme
        for concept in concepts:
            assert (concept, RDF.type, IKG[cls]) in ontology, concept


@pytest.mark.parametrize("name", RELATIONS)
def test_relation_reaches_related_to(ontology: Graph, name: str) -> None:
    assert (IKG[name], RDF.type, OWL.ObjectProperty) in ontology
    assert ontology.query(
        "ASK { ?p rdfs:subPropertyOf+ ikg:relatedTo }",
        initNs={"rdfs": RDFS, "ikg": IKG},
        initBindings={"p": IKG[name]},
    ).askAnswer


def test_symmetric_relations(ontology: Graph) -> None:
    for name in ("worksWith", "deliveredWith"):
        assert (IKG[name], RDF.type, OWL.SymmetricProperty) in ontology


def test_grade_notations_are_integers_one_to_four(ontology: Graph) -> None:
    notations = {
        name: ontology.value(IKG[name], SKOS.notation)
        for name in CONTRACT_CONCEPTS["GradeScheme"]
    }
    assert notations == {
        "Outstanding": Literal(1, datatype=XSD_INTEGER),
        "Good": Literal(2, datatype=XSD_INTEGER),
        "Adequate": Literal(3, datatype=XSD_INTEGER),
        "Inadequate": Literal(4, datatype=XSD_INTEGER),
    }
    assert all(n.datatype == XSD_INTEGER for n in notations.values())


def test_body_is_disjoint_with_documents_but_body_classes_are_not(ontology: Graph) -> None:
    for other in ("InspectionReport", "ReportPart", "Judgement", "Recommendation", "Statistic"):
        assert (IKG.Body, OWL.disjointWith, IKG[other]) in ontology, other
    body_classes = {IKG.Body, IKG.LocalAuthority, IKG.Board, IKG.PartnerOrganisation,
                    IKG.HealthBody, IKG.Service}
    for a in body_classes:
        for b in ontology.objects(a, OWL.disjointWith):
            assert b not in body_classes, (a, b)


def test_body_kinds_imply_body_classes(ontology: Graph) -> None:
    body_classes = {IKG.LocalAuthority, IKG.Board, IKG.PartnerOrganisation,
                    IKG.HealthBody, IKG.Service}
    for kind in ontology.subjects(SKOS.inScheme, IKG.BodyKindScheme):
        implied = set(ontology.objects(kind, IKG.impliesClass))
        assert implied and implied <= body_classes, kind


def test_every_ikg_term_in_the_design_doc_is_declared(ontology: Graph) -> None:
    if not DESIGN_DOC.exists():
        pytest.skip("design doc not present in this checkout")
    named = set(re.findall(r"\bikg:([A-Za-z][A-Za-z0-9]*)", DESIGN_DOC.read_text(encoding="utf-8")))
    undeclared = sorted(n for n in named if (IKG[n], RDF.type, None) not in ontology)
    assert undeclared == []
