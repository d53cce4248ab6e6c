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
from contextlib import contextmanager
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph
from pyoxigraph import Literal
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from .errors import InputError
from .graphio import check_readable, load_named_graphs
from .namespaces import IKG, sparql_prologue

#: The edge kinds users choose between (``--edges``).
EDGE_KINDS = ("relations", "comentions")
#: Body classes from the most specific to the least; a body's ``type`` is the first it has.
TYPE_ORDER = ("HealthBody", "LocalAuthority", "Board", "Service", "PartnerOrganisation")
#: The relations of docs/decisions/0001-graph-shape.md, used when the ontology file is absent
#: (it is the source of truth when present; declarations in the data are added to both).
KNOWN_RELATIONS = {
    "providedBy": "relatedTo",
    "partOf": "relatedTo",
    "subGroupOf": "partOf",
    "reportsTo": "relatedTo",
    "chairedBy": "relatedTo",
    "commissionedBy": "relatedTo",
    "memberOf": "relatedTo",
    "worksWith": "relatedTo",
    "deliveredWith": "relatedTo",
}
SYMMETRIC_RELATIONS = {"worksWith", "deliveredWith", "relatedTo"}
COMENTION = "comention"

_PROLOGUE = sparql_prologue()

# The network itself comes from the aggregate queries next to _network_parts.
Q_SUBPROPERTIES = """SELECT ?property ?super WHERE { ?property rdfs:subPropertyOf ?super }"""
Q_STATEMENTS = """
SELECT ?statement ?subject ?predicate ?object ?paragraph WHERE {
  ?statement a ikg:RelationStatement ;
      rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
  OPTIONAL { ?statement prov:wasDerivedFrom ?paragraph }
}"""
Q_REPORTS = """
SELECT ?report ?authority ?authorityLabel ?start ?issued WHERE {
  ?report a ikg:InspectionReport .
  OPTIONAL { ?report ikg:inspectedAuthority ?authority .
             OPTIONAL { ?authority skos:prefLabel ?authorityLabel } }
  OPTIONAL { ?report ikg:inspectionStart ?start }
  OPTIONAL { ?report dcterms:issued ?issued }
}"""
Q_TEXT = """SELECT ?paragraph ?text WHERE { ?paragraph a ikg:Paragraph ; ikg:text ?text }"""


@dataclass(frozen=True)
class ReportInfo:
    """What a picture's title and a table's heading say about a report."""

    iri: str
    authority: str | None
    start: str | None
    issued: str | None

    @property
    def name(self) -> str:
        when = self.start or self.issued
        who = self.authority or self.iri.rsplit("/", 1)[-1]
        return f"{who}, {when}" if when else who


@contextmanager
def paused_gc():
    """Python's cyclic garbage collector paused while a network is built: building a corpus's
    network allocates millions of small lists and dicts and no cycles, and the collector's
    repeated full passes over them cost more than the work (simple_graph at 1,000 reports:
    3.7 s with it, 1.3 s without). Nests; restores the collector's state on the way out."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ---------------------------------------------------------------- querying either store kind
def _plain(term) -> str | int | float | None:
    """An rdflib or pyoxigraph term as a plain Python value."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    value = getattr(term, "toPython", None)
    if value is not None:  # rdflib Literal / BNode
        python = term.toPython()
        if isinstance(python, (int, float, str)) and not isinstance(python, bool):
            return python
        return str(term)
    # pyoxigraph terms
    datatype = getattr(term, "datatype", None)
    text = term.value
    if datatype is not None and datatype.value.endswith(("#integer", "#int", "#long")):
        try:
            return int(text)
        except ValueError:
            return text
    return text


def select(source, query: str) -> list[tuple]:
    """Rows of plain values for a SELECT over an rdflib ``Graph`` or a ``pyoxigraph.Store``
    (whose named graphs are read as one: the default graph is their union)."""
    text = _PROLOGUE + query
    if isinstance(source, Graph):
        result = source.query(text)
        return [tuple(_plain(value) for value in row) for row in result]
    solutions = source.query(text, use_default_graph_as_union=True)
    plain, literal = _ox_plain, Literal
    return [tuple(None if term is None else plain(term) if type(term) is literal else term.value
                  for term in solution) for solution in solutions]


def _ox_plain(term):
    """A pyoxigraph term as a plain value, on the fast path: IRIs and most literals are text."""
    if term is None:
        return None
    if type(term) is Literal:
        datatype = term.datatype.value
        if datatype.endswith(("#integer", "#int", "#long")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
    return term.value


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


_ONTOLOGY_CACHE: list[list[tuple[str, str]]] = []
_SUBPROPERTY = str(RDFS.subPropertyOf)


def _ontology_declarations() -> list[tuple[str, str]]:
    """The sub-property declarations: the bundled ontology where present, and the known list
    (harmless where the ontology says the same). Read once per process."""
    if _ONTOLOGY_CACHE:
        return _ONTOLOGY_CACHE[0]
    pairs: list[tuple[str, str]] = []
    try:
        data = resources.files("kg.ontology").joinpath("inspection-kg.ttl").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        data = None
    if data:
        for quad in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE):
            if quad.predicate.value == _SUBPROPERTY and isinstance(quad.object, pyoxigraph.NamedNode) \
                    and isinstance(quad.subject, pyoxigraph.NamedNode):
                pairs.append((quad.subject.value, quad.object.value))
    pairs += [(str(IKG[name]), str(IKG[parent])) for name, parent in KNOWN_RELATIONS.items()]
    _ONTOLOGY_CACHE.append(pairs)
    return pairs


def relation_properties(source) -> list[str]:
    """Every property that is ``rdfs:subPropertyOf*`` ``ikg:relatedTo`` by the ontology or by
    declarations in ``source`` itself, ``ikg:relatedTo`` included."""
    children: dict[str, set[str]] = defaultdict(set)
    for prop, parent in _ontology_declarations():
        children[parent].add(prop)
    for prop, parent in select(source, Q_SUBPROPERTIES):
        if isinstance(prop, str) and isinstance(parent, str):
            children[parent].add(prop)
    found = {str(IKG.relatedTo)}
    todo = [str(IKG.relatedTo)]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return sorted(found)


# ---------------------------------------------------------------- one store for every input
#: File suffix → the format pyoxigraph parses it with (JSON-LD goes through rdflib: contexts).
OX_FORMATS = {
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".trig": pyoxigraph.RdfFormat.TRIG,
    ".rdf": pyoxigraph.RdfFormat.RDF_XML,
    ".owl": pyoxigraph.RdfFormat.RDF_XML,
    ".xml": pyoxigraph.RdfFormat.RDF_XML,
    ".n3": pyoxigraph.RdfFormat.N3,
}


def _add_rdflib_graph(store, graph: Graph) -> None:
    data = graph.serialize(format="nt", encoding="utf-8")
    if data.strip():
        store.load(data, format=pyoxigraph.RdfFormat.N_TRIPLES)


def as_stores(graph) -> list:
    """``graph`` as in-memory ``pyoxigraph.Store``s: stores are used as they are; rdflib graphs
    are copied into one new store (the same body named in two of them is one node). Every
    network query then runs on Oxigraph, whose joins and GROUP BY are fast where rdflib's are
    not (/work/shared/NOTES.md)."""
    sources = [graph] if _is_single_source(graph) else list(graph)
    stores = [s for s in sources if not isinstance(s, Graph)]
    graphs = [s for s in sources if isinstance(s, Graph)]
    if graphs:
        store = pyoxigraph.Store()
        for source in graphs:
            _add_rdflib_graph(store, source)
        stores.insert(0, store)
    return stores


def load_stores(paths: Iterable[Path | str], workers: int = 2) -> list:
    """The GRAPH arguments in ``workers`` in-memory stores, loaded side by side in threads
    (Oxigraph parses and indexes without holding Python's lock: 7.4 s → 5.3 s for 1,000
    reports on 2 cores). The files are split into consecutive runs; use the stores together
    (``partnership_network(stores)``), as one corpus."""
    paths = [Path(p) for p in paths]
    for path in paths:  # every input checked before any work
        if path.suffix.lower() in OX_FORMATS:
            check_readable(path)
    workers = max(1, min(workers, len(paths) // 50 or 1))
    if workers == 1:
        return [load_store(paths)]
    from concurrent.futures import ThreadPoolExecutor

    size = -(-len(paths) // workers)
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    with ThreadPoolExecutor(len(chunks)) as pool:
        return list(pool.map(load_store, chunks))


def load_store(paths: Iterable[Path | str]):
    """Every GRAPH argument in one in-memory ``pyoxigraph.Store``: RDF files parsed by Oxigraph
    straight from the file (rdflib would take minutes over a corpus), reports extracted on the
    fly, JSON-LD read through rdflib; a TriG or N-Quads file keeps its named graphs (queries
    read the union)."""
    store = pyoxigraph.Store()
    for raw in paths:
        path = Path(raw)
        fmt = OX_FORMATS.get(path.suffix.lower())
        if fmt is None:  # reports, JSON-LD, or an unknown suffix graphio explains
            for named in load_named_graphs([path]):
                _add_rdflib_graph(store, named.graph)
            continue
        check_readable(path)
        try:
            store.load(path=str(path), format=fmt)
        except (SyntaxError, ValueError) as error:
            text = " ".join(str(error).split())[:300]
            raise InputError(f"{path}: not valid {_FORMAT_WORDS.get(path.suffix.lower(), 'RDF')} "
                             f"RDF: {text}") from None
        except OSError as error:
            raise InputError(f"{path}: cannot read it: {error.strerror or error}") from None
    return store


_FORMAT_WORDS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".rdf": "xml",
                 ".owl": "xml", ".xml": "xml", ".n3": "n3"}


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


def _is_single_source(graph) -> bool:
    return isinstance(graph, Graph) or hasattr(graph, "quads_for_pattern")


Q_DIRECT_ALL = """
SELECT ?subject ?property ?object WHERE {
  VALUES ?property { %s }
  ?subject ?property ?object . ?subject a ikg:Body . ?object a ikg:Body .
  FILTER (?subject != ?object)
}"""
SEP = "\u001f"  # joins values in GROUP_CONCAT: no label or IRI contains it
Q_BODY_ROWS = """
SELECT ?body (GROUP_CONCAT(DISTINCT STR(?class); separator="\u001f") AS ?classes)
       (GROUP_CONCAT(DISTINCT STR(?label); separator="\u001f") AS ?labels)
       (GROUP_CONCAT(DISTINCT STR(?alt); separator="\u001f") AS ?alts)
       (GROUP_CONCAT(DISTINCT STR(?kind); separator="\u001f") AS ?kinds)
       (GROUP_CONCAT(DISTINCT STR(?report); separator="\u001f") AS ?reports) WHERE {
  ?body a ikg:Body .
  OPTIONAL { ?body a ?class }
  OPTIONAL { ?body skos:prefLabel ?label }
  OPTIONAL { ?body skos:altLabel ?alt }
  OPTIONAL { ?body ikg:bodyKind ?kind }
  OPTIONAL { ?report ikg:mentionsBody ?body }
} GROUP BY ?body"""
Q_PARAGRAPH_ROWS = """
SELECT ?paragraph (MAX(?n) AS ?number) (MIN(STR(?part)) AS ?report) (MIN(STR(?owner)) AS ?owner)
       (GROUP_CONCAT(DISTINCT STR(?body); separator="\u001f") AS ?bodies) WHERE {
  ?paragraph a ikg:Paragraph ; ikg:mentions ?body . ?body a ikg:Body .
  OPTIONAL { ?paragraph ikg:number ?n }
  OPTIONAL { ?paragraph dcterms:isPartOf ?part }
  OPTIONAL { ?owner ikg:hasParagraph ?paragraph }
} GROUP BY ?paragraph"""
Q_EVIDENCE_ROWS = """
SELECT ?paragraph (MAX(?n) AS ?number) (MIN(STR(?part)) AS ?report) (MIN(STR(?owner)) AS ?owner) WHERE {
  ?statement a ikg:RelationStatement ; prov:wasDerivedFrom ?paragraph . ?paragraph a ikg:Paragraph .
  OPTIONAL { ?paragraph ikg:number ?n }
  OPTIONAL { ?paragraph dcterms:isPartOf ?part }
  OPTIONAL { ?owner ikg:hasParagraph ?paragraph }
} GROUP BY ?paragraph"""


def _split(joined) -> list[str]:
    return joined.split(SEP) if joined else []


def _network_parts(source, kinds: tuple[str, ...]) -> dict:
    """Everything the network needs from one store, as plain values, from a handful of
    queries that GROUP BY on Oxigraph: one row per body (its classes, labels, acronyms, kinds
    and reports), one per paragraph naming bodies (its number, report and bodies), one per
    relation; no per-node queries, and few terms to carry into Python."""
    bodies: dict[str, dict] = {}
    for body, classes, labels, alts, kinds_, reports in select(source, Q_BODY_ROWS):
        bodies[body] = {"classes": {_local_name(c) for c in _split(classes)},
                        "labels": _split(labels), "acronyms": set(_split(alts)),
                        "kinds": {_local_name(k) for k in _split(kinds_)},
                        "reports": set(_split(reports)), "paragraphs": set()}

    paragraphs: dict[str, dict] = {}
    named_by: dict[str, list[str]] = {}  # paragraph → bodies it names
    for paragraph, number, report, owner, named in select(source, Q_PARAGRAPH_ROWS):
        report = report or owner or None
        paragraphs[paragraph] = {"number": number if isinstance(number, int) else None,
                                 "report": report}
        named = named_by[paragraph] = _split(named)
        for body in named:
            entry = bodies[body]
            entry["paragraphs"].add(paragraph)
            if report:
                entry["reports"].add(report)

    relations: dict[tuple[str, str, str], set[str]] = {}
    if "relations" in kinds:
        props = relation_properties(source)
        values = " ".join(f"<{p}>" for p in props)
        for subject, prop, obj in select(source, Q_DIRECT_ALL % values):
            relations.setdefault((subject, prop, obj), set())
        wanted = set(props)
        for paragraph, number, report, owner in select(source, Q_EVIDENCE_ROWS):
            if paragraph not in paragraphs:
                paragraphs[paragraph] = {"number": number if isinstance(number, int) else None,
                                         "report": report or owner or None}
        for _statement, subject, prop, obj, paragraph in select(source, Q_STATEMENTS):
            if prop in wanted and subject in bodies and obj in bodies and subject != obj:
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
        label = labels[0] if labels else _local_name(body).replace("-", " ")
        evidence = _evidence(entry["paragraphs"], paragraphs, rank)
        nodes.append((body, {
            "label": label,
            "type": _body_type(entry["classes"]),
            "acronyms": sorted(entry["acronyms"] - {label}),
            "kinds": sorted(entry["kinds"]),
            "reports": sorted(entry["reports"] | set(evidence["reports"])),
            "paragraphs": evidence["paragraphs"],
        }))
    edges = []
    for (subject, prop, obj) in sorted(relations):
        name = _local_name(prop)
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


# ---------------------------------------------------------------- what the graph says besides
def report_infos(graph) -> list[ReportInfo]:
    """The reports in one source or several, sorted by IRI."""
    sources = [graph] if _is_single_source(graph) else list(graph)
    found: dict[str, ReportInfo] = {}
    for source in sources:
        for report, authority, label, start, issued in select(source, Q_REPORTS):
            name = label if isinstance(label, str) else (
                _local_name(authority).replace("-", " ").title() if isinstance(authority, str)
                else None)
            found.setdefault(report, ReportInfo(report, name, _date(start), _date(issued)))
    return [found[k] for k in sorted(found)]


def _date(value) -> str | None:
    return None if value is None else str(value)


def paragraph_texts(graph, paragraph_iris: Iterable[str] | None = None) -> dict[str, str]:
    """The text of each paragraph (all of them, or those named)."""
    wanted = None if paragraph_iris is None else set(paragraph_iris)
    sources = [graph] if _is_single_source(graph) else list(graph)
    texts: dict[str, str] = {}
    for source in sources:
        for paragraph, text in select(source, Q_TEXT):
            if wanted is None or paragraph in wanted:
                texts[paragraph] = str(text)
    return texts
