"""The councils of England as RDF, from the shipped reference list: each council's codes (DfE,
ONS, Ofsted URN), region (name and ONS code), type and statistical neighbours. Load it beside a corpus to compare
councils by region or with their neighbours; the council IRIs are the ones the report graphs use."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

from .gazetteer import Council, councils
from .namespaces import ID, IKG, new_graph


def council_iri(council: Council) -> URIRef:
    from .rdf import slug

    return ID[f"body/council/{slug(council.name)}"]


def councils_graph() -> Graph:
    """Every English council with its codes, region and statistical neighbours."""
    graph = new_graph()
    by_code = {c.la_code: c for c in councils()}
    for council in councils():
        node = council_iri(council)
        graph.add((node, RDF.type, IKG.Body))
        graph.add((node, RDF.type, IKG.LocalAuthority))
        graph.add((node, SKOS.prefLabel, Literal(council.name)))
        graph.add((node, RDFS.label, Literal(council.name)))
        for name in council.names:
            if name != council.name:
                graph.add((node, SKOS.altLabel, Literal(name)))
        graph.add((node, IKG.bodyKind, IKG.Council))
        graph.add((node, IKG.laCode, Literal(council.la_code)))
        graph.add((node, IKG.onsCode, Literal(council.ons_code)))
        graph.add((node, IKG.ofstedURN, Literal(council.urn)))
        graph.add((node, IKG.region, Literal(council.region)))
        if council.region_code:
            graph.add((node, IKG.regionCode, Literal(council.region_code)))
        if council.la_type:
            graph.add((node, IKG.councilType, Literal(council.la_type)))
        if council.domain:
            graph.add((node, FOAF.homepage, URIRef(f"https://www.{council.domain}/")))
        for code in council.neighbours:
            neighbour = by_code.get(code)
            if neighbour is not None:
                graph.add((node, IKG.statisticalNeighbour, council_iri(neighbour)))
    return graph
