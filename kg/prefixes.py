"""The prefixes of our graphs and queries as plain strings, so that a command that only runs
SPARQL on Oxigraph (``kg query``) starts without importing rdflib. ``kg.namespaces`` makes its
rdflib namespaces, for the code that builds graphs, from this list."""
from __future__ import annotations

#: Every prefix and its namespace IRI, in the order graphs bind them.
PREFIX_IRIS = {
    "ikg": "https://w3id.org/inspection-kg/def#",
    "id": "https://w3id.org/inspection-kg/id/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "qb": "http://purl.org/linked-data/cube#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
