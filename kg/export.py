"""Exports: the graph as Turtle, N-Triples, JSON-LD (compacted with our prefixes) or TriG (a
named graph per report), and the partnership network as GraphML or GEXF for Gephi and
Cytoscape. Every export is deterministic: the same input gives the same bytes."""
from __future__ import annotations

import json
import re

from rdflib import Graph

from .errors import InputError
from .graphio import canonical_copy, serialize
from .namespaces import new_graph

#: ``--format`` choices → what they produce.
EXPORT_FORMATS = {
    "ttl": "Turtle, sorted",
    "nt": "N-Triples, sorted lines",
    "jsonld": "JSON-LD compacted with the vocabulary's context (terms, @vocab, prefixes)",
    "trig": "TriG, one named graph per report",
    "graphml": "GraphML of the partnership network",
    "gexf": "GEXF of the partnership network",
}
SUFFIXES = {"ttl": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig",
            "graphml": ".graphml", "gexf": ".gexf"}


def jsonld_context() -> dict:
    """The vocabulary's JSON-LD context (``ontology/context.jsonld``, generated from the
    ontology by ``python -m kg.docs``): prefixes, ``@vocab`` and a term per class and property."""
    from importlib import resources

    data = resources.files("kg.ontology").joinpath("context.jsonld").read_text(encoding="utf-8")
    return json.loads(data)["@context"]


def _merged(graphs: list[Graph]) -> Graph:
    merged = new_graph()
    for graph in graphs:
        for triple in graph:
            merged.add(triple)
    return merged


def to_jsonld(graphs: list[Graph]) -> bytes:
    """JSON-LD with an embedded ``@context`` of our prefixes, nodes sorted by ``@id``."""
    ordered = canonical_copy(_merged(graphs))
    text = ordered.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    document = json.loads(text)
    if isinstance(document.get("@graph"), list):
        document["@graph"].sort(key=lambda node: str(node.get("@id", "")))
    return (json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def partnership_export_graph(graphs: list[Graph]):
    """The partnership network with scalar attributes: one undirected weighted edge per pair
    of bodies, nodes are body IRIs (strings)."""
    from . import network  # late: written by another module owner, needs networkx

    net = network.partnership_network(graphs if len(graphs) != 1 else graphs[0])
    simple = network.simple_graph(net) if hasattr(network, "simple_graph") else net
    flat = network.network_for_export(simple) if hasattr(network, "network_for_export") else simple
    # Rebuild in sorted order so the XML lists nodes and edges the same way every run.
    ordered = flat.__class__()
    ordered.graph.update({k: v for k, v in flat.graph.items() if isinstance(v, (str, int, float))})
    for node in sorted(flat.nodes):
        ordered.add_node(str(node), **_scalars(flat.nodes[node]))
    for u, v, data in sorted(flat.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        ordered.add_edge(str(u), str(v), **_scalars(data))
    return ordered


def _scalars(data: dict) -> dict:
    """GraphML and GEXF take str/int/float only (networkx issue #3663): anything else is text."""
    out = {}
    for key, value in sorted(data.items()):
        if isinstance(value, bool):
            out[key] = str(value).lower()
        elif isinstance(value, (str, int, float)):
            out[key] = value
        elif isinstance(value, (list, tuple, set)):
            out[key] = "; ".join(str(v) for v in value)
        elif value is not None:
            out[key] = str(value)
    return out


def to_graphml(graphs: list[Graph]) -> bytes:
    import networkx as nx

    text = "\n".join(nx.generate_graphml(partnership_export_graph(graphs))) + "\n"
    return text.encode("utf-8")


def to_gexf(graphs: list[Graph]) -> bytes:
    import networkx as nx

    text = "\n".join(nx.generate_gexf(partnership_export_graph(graphs))) + "\n"
    # networkx stamps today's date in <meta lastmodifieddate=…>: drop it so runs are identical.
    text = re.sub(r'\s+lastmodifieddate="[^"]*"', "", text)
    return text.encode("utf-8")


def export_graphs(graphs: list[Graph] | Graph, fmt: str) -> bytes:
    """The bytes of ``graphs`` exported as ``fmt`` (a key of ``EXPORT_FORMATS``)."""
    if isinstance(graphs, Graph):
        graphs = [graphs]
    if fmt == "ttl":
        return serialize(graphs, "turtle")
    if fmt == "nt":
        return serialize(graphs, "nt")
    if fmt == "trig":
        return serialize(graphs, "trig")
    if fmt == "jsonld":
        return to_jsonld(graphs)
    if fmt == "graphml":
        return to_graphml(graphs)
    if fmt == "gexf":
        return to_gexf(graphs)
    raise InputError(f"unknown export format {fmt!r} (choose {', '.join(EXPORT_FORMATS)})")

