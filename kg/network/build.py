"""The partnership network: bodies and the ties between them, read from the graph with SPARQL.

Nodes are the ``ikg:Body`` IRIs (plain strings). Edges are of two kinds:

* **relations** — the typed partnership relations (every property ``rdfs:subPropertyOf*
  ikg:relatedTo``, resolved through the ontology and any declarations in the data), read from
  the direct triples and from ``ikg:RelationStatement`` nodes; one directed edge per
  (subject, relation, object), keyed by the relation's name, with the paragraphs stating it;
* **co-mentions** — two bodies named by the same ``ikg:Paragraph``; one edge per pair, keyed
  ``"comention"``, directed from the smaller IRI to the larger, weighted by the number of
  paragraphs naming both.

:func:`partnership_network` returns a ``networkx.MultiDiGraph`` keeping all of that;
:func:`simple_graph` folds it into the undirected weighted ``networkx.Graph`` the analyses
use. Every attribute value is a plain ``str``, ``int``, ``float`` or a list of them (no rdflib
terms), so the network serialises to JSON as it is; :func:`network_for_export` also flattens
the lists for GraphML and GEXF, which accept scalars only (networkx issue #3663).

Deliberately not ``rdflib.extras.external_graph_libs``: that bridge turns every triple into an
edge, so classes and literals become hubs.
"""
from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager

import networkx as nx

from ..errors import InputError
from ..namespaces import IKG
from .sources import as_stores, local_name, relation_properties, select

#: The edge kinds users choose between (``--edges``).
EDGE_KINDS = ("relations", "comentions")
#: Body classes from the most specific to the least; a body's ``type`` is the first it has.
TYPE_ORDER = ("HealthBody", "LocalAuthority", "Board", "Service", "PartnerOrganisation")
#: A body of this class (Ofsted, the DfE, the CQC…) is marked ``national`` on its node.
NATIONAL_BODY = str(IKG.NationalBody)
NATIONAL = "ikg:NationalBody"  # how a body's classes (local names otherwise) say it is national
SYMMETRIC_RELATIONS = {"worksWith", "deliveredWith", "relatedTo"}
COMENTION = "comention"


@contextmanager
def paused_gc():
    """Python's cyclic garbage collector paused while a network is built: building a corpus's
    network allocates millions of small lists and dicts and no cycles, and the collector's
    repeated full passes over them cost more than the work. Nests; restores the collector's
    state on the way out."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ---------------------------------------------------------------- building the network
def partnership_network(graph, edge_kinds: Iterable[str] = EDGE_KINDS) -> nx.MultiDiGraph:
    """The partnership network of one graph, a ``pyoxigraph.Store``, or several graphs merged
    (an iterable of graphs: the same body named in two reports is one node)."""
    kinds = check_edge_kinds(edge_kinds)
    net = nx.MultiDiGraph(edge_kinds=",".join(kinds))
    with paused_gc():
        _assemble(net, _parts(graph, kinds))
    return net


def partnership_simple_graph(graph, edge_kinds: Iterable[str] = EDGE_KINDS) -> nx.Graph:
    """``simple_graph(partnership_network(graph, edge_kinds))``, the same graph, built without
    the intermediate multigraph (a second or so at 1,000 reports)."""
    kinds = check_edge_kinds(edge_kinds)
    with paused_gc():
        nodes, edges = _network_lists(_parts(graph, kinds))
        return _fold(nodes, edges, ",".join(kinds))


def _parts(graph, kinds: tuple[str, ...]) -> dict:
    parts = _merge_parts([_network_parts(store, kinds) for store in as_stores(graph)])
    parts["comentions"] = _comentions(parts["named_by"]) if "comentions" in kinds else {}
    return parts


def check_edge_kinds(edge_kinds: Iterable[str]) -> tuple[str, ...]:
    if isinstance(edge_kinds, str):
        edge_kinds = ("relations", "comentions") if edge_kinds == "both" else (edge_kinds,)
    kinds = tuple(k for k in EDGE_KINDS if k in set(edge_kinds))
    unknown = set(edge_kinds) - set(EDGE_KINDS)
    if unknown or not kinds:
        raise InputError(
            f"unknown edge kind {', '.join(sorted(unknown)) or '(none)'}; "
            "use relations, comentions or both"
        )
    return kinds


# One query per property, each a DISTINCT over one triple pattern, so that every result grows
# with the data and never with a product of it: a chain of OPTIONALs over a body's classes,
# labels, short forms, kinds and reports multiplies them for every body, and a body named in
# hundreds of reports (Ofsted) made that product explode. The joins are done in Python, on sets.
# Where a join is needed, one side is a DISTINCT subquery, so a body typed in every report
# joins once per report that states the other side, not once per pair of reports.
Q_BODIES = "SELECT DISTINCT ?body WHERE { ?body a ikg:Body }"
Q_CLASSES = """
SELECT DISTINCT ?node ?class WHERE { { SELECT DISTINCT ?node WHERE { ?node a ikg:Body } } ?node a ?class }"""
Q_PROPERTY = "SELECT DISTINCT ?node ?value WHERE { ?node %s ?value }"
Q_MENTIONS = "SELECT DISTINCT ?paragraph ?body WHERE { ?paragraph ikg:mentions ?body ; a ikg:Paragraph }"
Q_EVIDENCE = """
SELECT DISTINCT ?paragraph WHERE { ?statement a ikg:RelationStatement ; prov:wasDerivedFrom ?paragraph .
                                   ?paragraph a ikg:Paragraph }"""
# a paragraph's details, for the paragraphs naming a body or stating a relation only
_CITED = """{ SELECT DISTINCT ?paragraph WHERE {
    { ?paragraph ikg:mentions ?body } UNION { ?statement a ikg:RelationStatement ; prov:wasDerivedFrom ?paragraph } } }"""
Q_NUMBERS = "SELECT DISTINCT ?paragraph ?number WHERE { %s ?paragraph ikg:number ?number }" % _CITED
Q_PARTS = "SELECT DISTINCT ?paragraph ?report WHERE { %s ?paragraph dcterms:isPartOf ?report }" % _CITED
Q_OWNERS = "SELECT DISTINCT ?paragraph ?owner WHERE { %s ?owner ikg:hasParagraph ?paragraph }" % _CITED
Q_DIRECT = """
SELECT DISTINCT ?subject ?property ?object WHERE {
  VALUES ?property { %s }
  ?subject ?property ?object .
}"""
Q_STATEMENTS = """
SELECT DISTINCT ?statement ?subject ?predicate ?object ?paragraph WHERE {
  ?statement a ikg:RelationStatement ;
      rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
  OPTIONAL { ?statement prov:wasDerivedFrom ?paragraph }
}"""


def _pairs(source, prop: str) -> list[tuple]:
    return select(source, Q_PROPERTY % prop)


def _network_parts(source, kinds: tuple[str, ...]) -> dict:
    """Everything the network needs from one store, as plain values: the bodies (their
    classes, labels, acronyms, kinds and reports), the paragraphs naming bodies (their number,
    report and bodies), and the relations."""
    bodies: dict[str, dict] = {
        body: {"classes": set(), "labels": [], "acronyms": set(), "kinds": set(),
               "reports": set(), "paragraphs": set()}
        for (body,) in select(source, Q_BODIES)}
    for node, cls in select(source, Q_CLASSES):
        entry = bodies.get(node)
        if entry is not None:
            entry["classes"].add(cls)
    for node, label in _pairs(source, "skos:prefLabel"):
        if node in bodies:
            bodies[node]["labels"].append(str(label))
    for node, acronym in _pairs(source, "skos:altLabel"):
        if node in bodies:
            bodies[node]["acronyms"].add(str(acronym))
    for node, kind in _pairs(source, "ikg:bodyKind"):
        if node in bodies:
            bodies[node]["kinds"].add(local_name(str(kind)))
    for report, body in _pairs(source, "ikg:mentionsBody"):
        entry = bodies.get(body)
        if entry is not None:
            entry["reports"].add(report)
    for entry in bodies.values():  # a label stated by several reports is one label
        entry["labels"] = sorted(set(entry["labels"]))

    named_by: dict[str, list[str]] = defaultdict(list)  # paragraph → bodies it names
    for paragraph, body in select(source, Q_MENTIONS):
        if body in bodies:
            named_by[paragraph].append(body)
    named_by = dict(named_by)

    statements = []
    relations: dict[tuple[str, str, str], set[str]] = {}
    if "relations" in kinds:
        props = relation_properties(source)
        values = " ".join(f"<{p}>" for p in props)
        for subject, prop, obj in select(source, Q_DIRECT % values):
            if subject in bodies and obj in bodies and subject != obj:
                relations.setdefault((subject, prop, obj), set())
        wanted = set(props)
        for _statement, subject, prop, obj, paragraph in select(source, Q_STATEMENTS):
            if prop in wanted and subject in bodies and obj in bodies and subject != obj:
                statements.append((subject, prop, obj, paragraph))

    # the paragraphs that matter: those naming bodies, and those stating a relation
    wanted_paragraphs = set(named_by)
    if statements:
        wanted_paragraphs.update(p for (p,) in select(source, Q_EVIDENCE))
    numbers: dict[str, int] = {}
    for paragraph, number in select(source, Q_NUMBERS):
        if paragraph in wanted_paragraphs and isinstance(number, int):
            if number > numbers.get(paragraph, number - 1):
                numbers[paragraph] = number
    part_of: dict[str, str] = {}
    for paragraph, report in select(source, Q_PARTS):
        if paragraph in wanted_paragraphs and report is not None:
            report = str(report)
            if paragraph not in part_of or report < part_of[paragraph]:
                part_of[paragraph] = report
    owners: dict[str, str] = {}
    for paragraph, owner in select(source, Q_OWNERS):
        if paragraph in wanted_paragraphs and (paragraph not in owners or owner < owners[paragraph]):
            owners[paragraph] = owner
    paragraphs = {p: {"number": numbers.get(p), "report": part_of.get(p) or owners.get(p)}
                  for p in wanted_paragraphs}

    for paragraph, named in named_by.items():
        report = paragraphs[paragraph]["report"]
        for body in named:
            entry = bodies[body]
            entry["paragraphs"].add(paragraph)
            if report:
                entry["reports"].add(report)
    for entry in bodies.values():
        national = NATIONAL_BODY in entry["classes"]
        entry["classes"] = {local_name(c) for c in entry["classes"] if c != NATIONAL_BODY}
        if national:
            entry["classes"].add(NATIONAL)
    for subject, prop, obj, paragraph in statements:
        evidence = relations.setdefault((subject, prop, obj), set())
        if isinstance(paragraph, str):
            evidence.add(paragraph)

    return {"bodies": bodies, "paragraphs": paragraphs, "relations": relations,
            "named_by": named_by}


def _merge_parts(parts: list[dict]) -> dict:
    """The parts of several stores as one (a body named in two is one node)."""
    if len(parts) == 1:
        return parts[0]
    merged: dict = {"bodies": {}, "paragraphs": {}, "relations": {}, "named_by": {}}
    for part in parts:
        merged["paragraphs"].update(part["paragraphs"])
        for body, entry in part["bodies"].items():
            into = merged["bodies"].get(body)
            if into is None:
                merged["bodies"][body] = entry
                continue
            for name in ("classes", "acronyms", "kinds", "reports", "paragraphs"):
                into[name] |= entry[name]
            into["labels"] += entry["labels"]
        for key, evidence in part["relations"].items():
            merged["relations"].setdefault(key, set()).update(evidence)
        for paragraph, named in part["named_by"].items():
            had = merged["named_by"].get(paragraph)
            merged["named_by"][paragraph] = named if had is None else sorted(set(had) | set(named))
    return merged


def _comentions(named_by: dict[str, list[str]]) -> dict[tuple[str, str], list[str]]:
    """Each pair of bodies named in one paragraph, with the paragraphs naming both."""
    comentions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for paragraph, named in named_by.items():
        if len(named) < 2:
            continue
        unique = sorted(named)
        for i, first in enumerate(unique):
            for second in unique[i + 1:]:
                comentions[(first, second)].append(paragraph)
    return comentions


def _body_type(classes: set[str]) -> str:
    return next((t for t in TYPE_ORDER if t in classes), "Body")


def _evidence(paragraph_iris: Iterable[str], paragraphs: dict[str, dict],
              rank: dict[str, int] | None = None) -> dict:
    """Paragraphs in (report, number, IRI) order, their numbers, and their reports. ``rank``
    (every paragraph's place in that order, computed once) saves re-deriving the sort key."""
    if rank is not None:
        iris = sorted(set(paragraph_iris), key=rank.__getitem__) if len(paragraph_iris) > 1 \
            else list(paragraph_iris)
    else:
        iris = sorted(paragraph_iris, key=lambda p: (paragraphs.get(p, {}).get("report") or "",
                                                     paragraphs.get(p, {}).get("number") or 0, p))
    infos = [paragraphs.get(p, _NO_INFO) for p in iris]
    return {
        "paragraphs": iris,
        "paragraph_numbers": [i["number"] for i in infos if isinstance(i["number"], int)],
        "reports": sorted({i["report"] for i in infos if i["report"]}),
    }


_NO_INFO = {"number": None, "report": None}


def _assemble(net: nx.MultiDiGraph, parts: dict) -> None:
    """Add the nodes and edges to ``net`` in sorted order, so that every algorithm downstream
    (Louvain above all) sees the same graph on every run."""
    nodes, edges = _network_lists(parts)
    net.add_nodes_from(nodes)
    net.add_edges_from(edges)


def _network_lists(parts: dict) -> tuple[list, list]:
    """The nodes ``(body, attributes)`` and edges ``(source, target, key, attributes)`` of the
    network, sorted."""
    bodies, paragraphs = parts["bodies"], parts["paragraphs"]
    relations, comentions = parts["relations"], parts["comentions"]
    for p in {p for e in relations.values() for p in e} - set(paragraphs):
        paragraphs[p] = dict(_NO_INFO)
    ordered = sorted(paragraphs, key=lambda p: (paragraphs[p]["report"] or "",
                                                paragraphs[p]["number"] or 0, p))
    rank = {p: i for i, p in enumerate(ordered)}

    nodes = []
    for body in sorted(bodies):
        entry = bodies[body]
        labels = sorted(set(entry["labels"]))
        label = labels[0] if labels else local_name(body).replace("-", " ")
        evidence = _evidence(entry["paragraphs"], paragraphs, rank)
        nodes.append((body, {
            "label": label,
            "type": _body_type(entry["classes"]),
            "acronyms": sorted(entry["acronyms"] - {label}),
            "kinds": sorted(entry["kinds"]),
            "reports": sorted(entry["reports"] | set(evidence["reports"])),
            "paragraphs": evidence["paragraphs"],
            "national": NATIONAL in entry["classes"],
        }))
    edges = []
    for (subject, prop, obj) in sorted(relations):
        name = local_name(prop)
        evidence = _evidence(relations[(subject, prop, obj)], paragraphs, rank)
        edges.append((subject, obj, name, dict(
            kind="relation", relation=name, relation_iri=prop,
            weight=max(1, len(evidence["paragraphs"])), **evidence)))
    for (first, second) in sorted(comentions):
        evidence = _evidence(comentions[(first, second)], paragraphs, rank)
        edges.append((first, second, COMENTION, dict(
            kind=COMENTION, relation=COMENTION, weight=len(evidence["paragraphs"]), **evidence)))
    return nodes, edges


# ---------------------------------------------------------------- views of the network
def simple_graph(net: nx.MultiDiGraph) -> nx.Graph:
    """The undirected weighted graph the analyses run on: one edge per pair of bodies, its
    weight the number of distinct paragraphs tying them (a relation stated nowhere counts 1),
    with the relations (``"A providedBy B"`` read from the direction kept) and evidence."""
    with paused_gc():
        return _simple_graph(net)


def _simple_graph(net: nx.MultiDiGraph) -> nx.Graph:
    return _fold(((node, net.nodes[node]) for node in sorted(net.nodes)),
                 net.edges(keys=True, data=True), net.graph.get("edge_kinds", ""))


def _fold(nodes: Iterable[tuple[str, dict]], edges: Iterable[tuple[str, str, str, dict]],
          edge_kinds: str) -> nx.Graph:
    """The folding behind :func:`simple_graph`, from nodes in sorted order and the multigraph's
    edges (an edge listed twice under one key counts once, its attributes merged, as a
    multigraph keeps it)."""
    simple = nx.Graph(edge_kinds=edge_kinds)
    for node, data in nodes:
        simple.add_node(node, **data)
    unique: dict[tuple[str, str, str], dict] = {}
    for subject, obj, key, data in edges:
        found = unique.get((subject, obj, key))
        if found is None:
            unique[(subject, obj, key)] = data
        else:
            unique[(subject, obj, key)] = {**found, **data}
    ties: dict[tuple[str, str], dict] = {}
    for (subject, obj, _key) in sorted(unique):
        data = unique[(subject, obj, _key)]
        pair = (subject, obj) if subject < obj else (obj, subject)
        tie = ties.setdefault(pair, {"relations": set(), "statements": [], "paragraphs": set(),
                                     "numbers": {}, "reports": set(), "comentions": 0,
                                     "undocumented": 0})
        tie["paragraphs"] |= set(data["paragraphs"])
        tie["reports"] |= set(data["reports"])
        for iri, number in zip(data["paragraphs"], data["paragraph_numbers"]):
            tie["numbers"][iri] = number
        if data["kind"] == COMENTION:
            tie["comentions"] = data["weight"]
        else:
            tie["relations"].add(data["relation"])
            tie["statements"].append(
                {"subject": subject, "relation": data["relation"], "object": obj,
                 "paragraphs": list(data["paragraphs"]),
                 "paragraph_numbers": list(data["paragraph_numbers"])})
            if not data["paragraphs"]:
                tie["undocumented"] += 1
    for (first, second) in sorted(ties):
        tie = ties[(first, second)]
        paragraphs = sorted(tie["paragraphs"], key=lambda p: (tie["numbers"].get(p, 0), p))
        simple.add_edge(
            first, second,
            weight=len(paragraphs) + tie["undocumented"],
            relations=sorted(tie["relations"]),
            statements=tie["statements"],
            comentions=tie["comentions"],
            paragraphs=paragraphs,
            paragraph_numbers=[tie["numbers"][p] for p in paragraphs if p in tie["numbers"]],
            reports=sorted(tie["reports"]),
        )
    return simple


def network_for_export(net: nx.Graph) -> nx.Graph:
    """A copy whose attribute values are all scalars (lists joined with ``"; "``, nested
    records dropped), for ``nx.write_graphml`` / ``nx.write_gexf``."""
    def flat(data: dict) -> dict:
        out = {}
        for name, value in data.items():
            if isinstance(value, (list, tuple)):
                if all(isinstance(v, (str, int, float)) for v in value):
                    out[name] = "; ".join(str(v) for v in value)
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
                out[name] = value
        return out

    copy = net.__class__()
    copy.graph.update(flat(net.graph))
    for node, data in net.nodes(data=True):
        copy.add_node(node, **flat(data))
    if net.is_multigraph():
        for u, v, key, data in net.edges(keys=True, data=True):
            copy.add_edge(u, v, key=key, **flat(data))
    else:
        for u, v, data in net.edges(data=True):
            copy.add_edge(u, v, **flat(data))
    return copy


