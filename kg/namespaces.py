"""The namespaces of the graph, bound the same way everywhere so output is stable."""
from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from .prefixes import PREFIX_IRIS

#: Our prefixes as rdflib namespaces, from the one list of ``kg.prefixes`` (rdflib's own
#: namespace objects for the W3C vocabularies it ships).
_RDFLIB_NAMESPACES = {"skos": SKOS, "prov": PROV, "dcterms": DCTERMS, "foaf": FOAF, "xsd": XSD,
                      "rdf": RDF, "rdfs": RDFS, "owl": OWL}
PREFIXES = {prefix: _RDFLIB_NAMESPACES.get(prefix) or Namespace(iri) for prefix, iri in PREFIX_IRIS.items()}
IKG, ID, ORG, QB = (PREFIXES[prefix] for prefix in ("ikg", "id", "org", "qb"))
SH = Namespace("http://www.w3.org/ns/shacl#")


def new_graph() -> Graph:
    """An empty in-memory graph with our prefixes bound (and rdflib's defaults left out)."""
    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph)
    return graph


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for every prefix above, to put before a user's query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def ontology_graph() -> Graph:
    """The whole ontology as shipped: every Turtle file of ``kg.ontology`` (the hand-written
    ontology and the files generated beside it, such as the framework concepts)."""
    import importlib.resources

    graph = new_graph()
    folder = importlib.resources.files("kg.ontology")
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".ttl")):
        graph.parse(data=folder.joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return graph
