"""kg.patches.lean_pyshacl and the reading of report graphs in kg.validation: pySHACL with its
shapes-only work done once gives the same report graph as pySHACL alone, harvests a shapes
graph once, and is restored on the way out; a graph read by Oxigraph holds the terms rdflib's
own N-Triples parser makes; the body-mentioned-once shape fires where it did. This file fails
when pySHACL changes under the patch (validation then runs unpatched: slower, never wrong)."""
from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from pyshacl import shape as pyshacl_shape
from pyshacl import validator as pyshacl_validator
from pyshacl.constraints.constraint_component import ConstraintComponent
from pyshacl.helper.sparql_query_helper import SPARQLQueryHelper
from pyshacl.shapes_graph import ShapesGraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from kg.namespaces import IKG
from kg.patches import cached_sparql_parsing, lean_pyshacl, pyshacl_patch_applies
from kg.validation import _graph_from_ntriples, load_shapes, validate_graph

HERE = Path(__file__).parent
VALID = HERE / "fixtures" / "valid" / "minimal-report.ttl"
INVALID = sorted((HERE / "fixtures" / "invalid").glob("*.ttl"))
ID = "https://w3id.org/inspection-kg/id/"


def shacl(graph: Graph, lean: bool):
    with cached_sparql_parsing():
        if not lean:
            return pyshacl.validate(graph, shacl_graph=load_shapes(), inference="none",
                                    allow_warnings=True, allow_infos=True)
        with lean_pyshacl():
            return pyshacl.validate(graph, shacl_graph=load_shapes(), inference="none",
                                    allow_warnings=True, allow_infos=True)


def test_pyshacl_still_has_what_the_patches_wrap():
    # If this fails, pySHACL changed under kg/patches.py: validation runs unpatched (slower)
    # until the patch is brought up to date.
    assert pyshacl_patch_applies()


@pytest.mark.parametrize("path", [VALID, *INVALID[::7]], ids=lambda p: p.name)
def test_the_lean_pyshacl_gives_the_same_report_graph(path):
    graph = Graph().parse(path)
    conforms, report, _text = shacl(graph, lean=False)
    lean_conforms, lean_report, lean_text = shacl(graph, lean=True)
    assert lean_conforms == conforms
    assert len(lean_report) == len(report)
    assert isomorphic(lean_report, report)
    assert lean_text.startswith("Validation Report")  # the per-result descriptions are left out


def test_the_shapes_are_harvested_once_while_the_patch_is_open(monkeypatch):
    harvests = []
    build = ShapesGraph._build_node_shape_cache
    monkeypatch.setattr(ShapesGraph, "_build_node_shape_cache",
                        lambda self: harvests.append(self) or build(self))
    shapes = load_shapes()
    graph = Graph().parse(VALID)
    with lean_pyshacl():
        for _ in range(3):
            pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    assert len(harvests) <= 1  # 0 when an earlier test harvested these shapes already
    pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    assert len(harvests) >= 1  # unpatched, pySHACL harvests again


def test_a_shapes_graph_that_changed_is_harvested_again():
    shapes = Graph()
    for triple in load_shapes():
        shapes.add(triple)
    graph = Graph().parse(VALID)
    with lean_pyshacl():
        conforms, _report, _text = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
        assert conforms
        # a new shape: every paragraph needs a heading (the minimal report's have none)
        shape = URIRef("urn:x-test:ParagraphHeading")
        required = BNode()
        shapes.add((shape, RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")))
        shapes.add((shape, URIRef("http://www.w3.org/ns/shacl#targetClass"), IKG.Paragraph))
        shapes.add((shape, URIRef("http://www.w3.org/ns/shacl#property"), required))
        shapes.add((required, URIRef("http://www.w3.org/ns/shacl#path"), IKG.heading))
        shapes.add((required, URIRef("http://www.w3.org/ns/shacl#minCount"), Literal(1)))
        conforms, _report, _text = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
    assert not conforms


def test_pyshacl_is_restored_on_the_way_out():
    originals = (getattr(pyshacl_shape, "CONSTRAINT_PARAMS", None), pyshacl_validator.ShapesGraph,
                 SPARQLQueryHelper.check_invalid_sparql, ConstraintComponent.make_v_result_description)
    with lean_pyshacl():
        assert pyshacl_validator.ShapesGraph is not originals[1]
        with lean_pyshacl():  # nests
            pass
        assert ConstraintComponent.make_v_result_description is not originals[3]
    after = (getattr(pyshacl_shape, "CONSTRAINT_PARAMS", None), pyshacl_validator.ShapesGraph,
             SPARQLQueryHelper.check_invalid_sparql, ConstraintComponent.make_v_result_description)
    assert after == originals


def test_a_graph_read_by_oxigraph_has_the_terms_rdflib_reads():
    data = (
        f'<{ID}body/a> <{IKG.text}> "plain" .\n'
        f'<{ID}body/a> <{IKG.heading}> "Anyshire"@en .\n'
        f'<{ID}body/a> <{IKG.number}> "7"^^<{XSD.integer}> .\n'
        f'<{ID}body/a> <{IKG.value}> "2.50"^^<{XSD.decimal}> .\n'
        f'<{ID}body/a> <{IKG.measure}> "typed"^^<{XSD.string}> .\n'
        f'<{ID}body/a> <{IKG.unit}> _:b1 .\n'
        f'_:b1 <{RDF.value}> "line\\nbreak \\"quoted\\"" .\n'
    ).encode("utf-8")
    ours = _graph_from_ntriples(data)
    rdflibs = Graph().parse(data=data, format="nt")
    assert isomorphic(ours, rdflibs)
    assert ours.value(URIRef(f"{ID}body/a"), IKG.text) == Literal("plain")
    assert ours.value(URIRef(f"{ID}body/a"), IKG.text).datatype is None  # not xsd:string
    assert ours.value(URIRef(f"{ID}body/a"), IKG.measure).datatype == XSD.string  # as rdflib reads it
    assert ours.value(URIRef(f"{ID}body/a"), IKG.heading).language == "en"
    assert ours.value(URIRef(f"{ID}body/a"), IKG.number) == Literal(7)
    assert isinstance(ours.value(URIRef(f"{ID}body/a"), IKG.unit), BNode)
    assert len(_graph_from_ntriples(b"")) == 0
    oxigraphs = data.replace(b'"typed"^^<' + str(XSD.string).encode() + b'>', b'"typed"')  # as Oxigraph writes it
    assert isomorphic(_graph_from_ntriples(oxigraphs), Graph().parse(data=oxigraphs, format="nt"))


def _bodies_and_paragraphs(mentions: dict[str, int], relation: tuple[str, str] | None = None) -> Graph:
    graph = Graph()
    report = URIRef(f"{ID}report/anyshire-2013-01-07")
    graph.add((report, RDF.type, IKG.InspectionReport))
    for name, count in mentions.items():
        body = URIRef(f"{ID}body/anyshire/{name}")
        graph.add((body, RDF.type, IKG.Body))
        graph.add((body, RDF.type, IKG.Service))
        for n in range(1, count + 1):
            paragraph = URIRef(f"{report}/paragraph/{name}-{n}")
            graph.add((paragraph, RDF.type, IKG.Paragraph))
            graph.add((paragraph, IKG.mentions, body))
    if relation:
        graph.add((URIRef(f"{ID}body/anyshire/{relation[0]}"), IKG.providedBy,
                   URIRef(f"{ID}body/anyshire/{relation[1]}")))
    return graph


def test_a_body_named_in_one_paragraph_and_related_to_nothing_is_warned_about():
    graph = _bodies_and_paragraphs({"once": 1, "twice": 2, "never": 0, "provider": 1, "provided": 1},
                                   relation=("provided", "provider"))
    warned = sorted(f.focus_node.rsplit("/", 1)[-1] for f in validate_graph(graph).results
                    if f.shape == "body mentioned once, related to nothing")
    # "provider" is the object of a relation, "provided" its subject: both take part in one
    assert warned == ["once"]
