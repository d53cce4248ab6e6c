"""kg.patches: the rdflib patch applies to the installed rdflib, caches what it should, and
leaves rdflib as it found it; this file fails when rdflib changes under the patch."""
from __future__ import annotations

import inspect

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import processor

from kg.patches import SPARQL_QUERY_PARAMETERS, cached_sparql_parsing, rdflib_patch_applies


def test_rdflib_still_has_what_the_patch_wraps():
    # If this fails, rdflib changed SPARQLProcessor.query: validation runs unpatched (slower)
    # until kg/patches.py is brought up to date with the new signature.
    assert tuple(inspect.signature(processor.SPARQLProcessor.query).parameters) == SPARQL_QUERY_PARAMETERS
    assert callable(processor.parseQuery) and callable(processor.translateQuery)
    assert rdflib_patch_applies()


def test_a_query_text_is_parsed_once_while_patched(monkeypatch):
    calls = []
    parse = processor.parseQuery
    monkeypatch.setattr(processor, "parseQuery", lambda text: calls.append(text) or parse(text))
    graph = Graph()
    graph.add((URIRef("urn:x:a"), URIRef("urn:x:p"), Literal(1)))
    text = "SELECT ?o WHERE { ?s <urn:x:p> ?o } # kg.patches test"
    with cached_sparql_parsing():
        answers = [list(graph.query(text, initBindings={"s": URIRef("urn:x:a")})) for _ in range(3)]
    assert answers[0] == answers[2] and answers[0][0][0] == Literal(1)
    assert calls.count(text) <= 1  # 0 when an earlier test cached it already


def test_rdflib_is_restored_on_the_way_out():
    original = processor.SPARQLProcessor.query
    with cached_sparql_parsing():
        assert processor.SPARQLProcessor.query is not original
        with cached_sparql_parsing():  # nests
            pass
    assert processor.SPARQLProcessor.query is original
