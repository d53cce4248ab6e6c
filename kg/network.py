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

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from .errors import InputError
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

# Each query asks one simple question; joining in Python keeps rdflib's engine away from the
# cross products NOTES.md warns about and costs little.
Q_BODIES = """SELECT ?body ?class WHERE { ?body a ikg:Body . OPTIONAL { ?body a ?class } }"""
Q_PREF_LABELS = """SELECT ?body ?label WHERE { ?body a ikg:Body ; skos:prefLabel ?label }"""
Q_ALT_LABELS = """SELECT ?body ?label WHERE { ?body a ikg:Body ; skos:altLabel ?label }"""
Q_BODY_KINDS = """SELECT ?body ?kind WHERE { ?body a ikg:Body ; ikg:bodyKind ?kind }"""
Q_REPORT_BODIES = """SELECT ?report ?body WHERE { ?report ikg:mentionsBody ?body }"""
Q_PARAGRAPHS = """
SELECT ?paragraph ?number ?report WHERE {
  ?paragraph a ikg:Paragraph .
  OPTIONAL { ?paragraph ikg:number ?number }
  OPTIONAL { ?paragraph dcterms:isPartOf ?report }
}"""
Q_HAS_PARAGRAPH = """SELECT ?report ?paragraph WHERE { ?report ikg:hasParagraph ?paragraph }"""
Q_MENTIONS = """SELECT ?paragraph ?body WHERE { ?paragraph a ikg:Paragraph ; ikg:mentions ?body }"""
Q_SUBPROPERTIES = """SELECT ?property ?super WHERE { ?property rdfs:subPropertyOf ?super }"""
Q_RELATION_CLOSURE = """SELECT DISTINCT ?property WHERE { ?property rdfs:subPropertyOf* ikg:relatedTo }"""
Q_DIRECT = """SELECT ?subject ?object WHERE { ?subject <%s> ?object }"""
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
    """Rows of plain values for a SELECT over an rdflib ``Graph`` or a ``pyoxigraph.Store``."""
    text = _PROLOGUE + query
    if isinstance(source, Graph):
        result = source.query(text)
        return [tuple(_plain(value) for value in row) for row in result]
    solutions = source.query(text)
    names = [v.value for v in solutions.variables]
    return [tuple(_plain(solution[name]) for name in names) for solution in solutions]


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _ontology_graph() -> Graph:
    """The sub-property declarations: the bundled ontology where present, else the known list."""
    graph = Graph(bind_namespaces="none")
    try:
        text = resources.files("kg.ontology").joinpath("inspection-kg.ttl").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        text = None
    if text:
        graph.parse(data=text, format="turtle")
    for name, parent in KNOWN_RELATIONS.items():  # harmless where the ontology says the same
        graph.add((IKG[name], RDFS.subPropertyOf, IKG[parent]))
    return graph


_ONTOLOGY_CACHE: list[Graph] = []


def relation_properties(source) -> list[str]:
    """Every property that is ``rdfs:subPropertyOf*`` ``ikg:relatedTo`` by the ontology or by
    declarations in ``source`` itself, ``ikg:relatedTo`` included."""
    if not _ONTOLOGY_CACHE:
        _ONTOLOGY_CACHE.append(_ontology_graph())
    declarations = Graph(bind_namespaces="none")
    for triple in _ONTOLOGY_CACHE[0]:
        declarations.add(triple)
    for prop, parent in select(source, Q_SUBPROPERTIES):
        if isinstance(prop, str) and isinstance(parent, str):
            declarations.add((URIRef(prop), RDFS.subPropertyOf, URIRef(parent)))
    rows = select(declarations, Q_RELATION_CLOSURE)
    return sorted({row[0] for row in rows})


# ---------------------------------------------------------------- building the network
def partnership_network(graph, edge_kinds: Iterable[str] = EDGE_KINDS) -> nx.MultiDiGraph:
    """The partnership network of one graph, a ``pyoxigraph.Store``, or several graphs merged
    (an iterable of graphs: the same body named in two reports is one node)."""
    kinds = check_edge_kinds(edge_kinds)
    net = nx.MultiDiGraph(edge_kinds=",".join(kinds))
    sources = [graph] if _is_single_source(graph) else list(graph)
    parts = [_network_parts(source, kinds) for source in sources]
    _assemble(net, parts)
    return net


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


def _network_parts(source, kinds: tuple[str, ...]) -> dict:
    """Everything the network needs from one source, as plain values."""
    bodies: dict[str, dict] = {}
    for body, cls in select(source, Q_BODIES):
        entry = bodies.setdefault(body, {"classes": set(), "labels": [], "acronyms": set(),
                                         "kinds": set(), "reports": set(), "paragraphs": set()})
        if isinstance(cls, str):
            entry["classes"].add(_local_name(cls))
    for body, label in select(source, Q_PREF_LABELS):
        bodies[body]["labels"].append(str(label))
    for body, label in select(source, Q_ALT_LABELS):
        bodies[body]["acronyms"].add(str(label))
    for body, kind in select(source, Q_BODY_KINDS):
        if isinstance(kind, str):
            bodies[body]["kinds"].add(_local_name(kind))
    for report, body in select(source, Q_REPORT_BODIES):
        if body in bodies:
            bodies[body]["reports"].add(report)

    paragraphs: dict[str, dict] = {}
    for paragraph, number, report in select(source, Q_PARAGRAPHS):
        entry = paragraphs.setdefault(paragraph, {"number": None, "report": None})
        if isinstance(number, int):
            entry["number"] = number
        if isinstance(report, str):
            entry["report"] = report
    for report, paragraph in select(source, Q_HAS_PARAGRAPH):
        if paragraph in paragraphs and paragraphs[paragraph]["report"] is None:
            paragraphs[paragraph]["report"] = report

    named_by: dict[str, list[str]] = defaultdict(list)  # paragraph → bodies it names
    for paragraph, body in select(source, Q_MENTIONS):
        if body in bodies:
            named_by[paragraph].append(body)
            bodies[body]["paragraphs"].add(paragraph)
            report = paragraphs.get(paragraph, {}).get("report")
            if report:
                bodies[body]["reports"].add(report)

    relations: dict[tuple[str, str, str], set[str]] = {}
    if "relations" in kinds:
        for prop in relation_properties(source):
            for subject, obj in select(source, Q_DIRECT % prop):
                if subject in bodies and obj in bodies and subject != obj:
                    relations.setdefault((subject, prop, obj), set())
        props = set(relation_properties(source))
        for _statement, subject, prop, obj, paragraph in select(source, Q_STATEMENTS):
            if prop in props and subject in bodies and obj in bodies and subject != obj:
                evidence = relations.setdefault((subject, prop, obj), set())
                if isinstance(paragraph, str):
                    evidence.add(paragraph)

    comentions: dict[tuple[str, str], set[str]] = defaultdict(set)
    if "comentions" in kinds:
        for paragraph, named in named_by.items():
            unique = sorted(set(named))
            for i, first in enumerate(unique):
                for second in unique[i + 1:]:
                    comentions[(first, second)].add(paragraph)

    return {"bodies": bodies, "paragraphs": paragraphs, "relations": relations,
            "comentions": comentions}


def _body_type(classes: set[str]) -> str:
    return next((t for t in TYPE_ORDER if t in classes), "Body")


def _evidence(paragraph_iris: Iterable[str], paragraphs: dict[str, dict]) -> dict:
    iris = sorted(paragraph_iris, key=lambda p: (paragraphs.get(p, {}).get("report") or "",
                                                 paragraphs.get(p, {}).get("number") or 0, p))
    return {
        "paragraphs": iris,
        "paragraph_numbers": [n for n in (paragraphs.get(p, {}).get("number") for p in iris)
                              if isinstance(n, int)],
        "reports": sorted({r for r in (paragraphs.get(p, {}).get("report") for p in iris) if r}),
    }


def _assemble(net: nx.MultiDiGraph, parts: list[dict]) -> None:
    """Merge the parts of each source into ``net``, inserting in sorted order so that every
    algorithm downstream (Louvain above all) sees the same graph on every run."""
    bodies: dict[str, dict] = {}
    paragraphs: dict[str, dict] = {}
    relations: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    comentions: dict[tuple[str, str], set[str]] = defaultdict(set)
    for part in parts:
        paragraphs.update(part["paragraphs"])
        for body, entry in part["bodies"].items():
            merged = bodies.setdefault(body, {"classes": set(), "labels": [], "acronyms": set(),
                                              "kinds": set(), "reports": set(), "paragraphs": set()})
            merged["classes"] |= entry["classes"]
            merged["labels"] += entry["labels"]
            merged["acronyms"] |= entry["acronyms"]
            merged["kinds"] |= entry["kinds"]
            merged["reports"] |= entry["reports"]
            merged["paragraphs"] |= entry["paragraphs"]
        for key, evidence in part["relations"].items():
            relations[key] |= evidence
        for key, evidence in part["comentions"].items():
            comentions[key] |= evidence

    for body in sorted(bodies):
        entry = bodies[body]
        labels = sorted(set(entry["labels"]))
        label = labels[0] if labels else _local_name(body).replace("-", " ")
        evidence = _evidence(entry["paragraphs"], paragraphs)
        net.add_node(
            body,
            label=label,
            type=_body_type(entry["classes"]),
            acronyms=sorted(entry["acronyms"] - {label}),
            kinds=sorted(entry["kinds"]),
            reports=sorted(entry["reports"] | set(evidence["reports"])),
            paragraphs=evidence["paragraphs"],
        )
    for (subject, prop, obj) in sorted(relations):
        name = _local_name(prop)
        evidence = _evidence(relations[(subject, prop, obj)], paragraphs)
        net.add_edge(subject, obj, key=name, kind="relation", relation=name, relation_iri=prop,
                     weight=max(1, len(evidence["paragraphs"])), **evidence)
    for (first, second) in sorted(comentions):
        evidence = _evidence(comentions[(first, second)], paragraphs)
        net.add_edge(first, second, key=COMENTION, kind=COMENTION, relation=COMENTION,
                     weight=len(evidence["paragraphs"]), **evidence)


# ---------------------------------------------------------------- views of the network
def simple_graph(net: nx.MultiDiGraph) -> nx.Graph:
    """The undirected weighted graph the analyses run on: one edge per pair of bodies, its
    weight the number of distinct paragraphs tying them (a relation stated nowhere counts 1),
    with the relations (``"A providedBy B"`` read from the direction kept) and evidence."""
    simple = nx.Graph(edge_kinds=net.graph.get("edge_kinds", ""))
    for node in sorted(net.nodes):
        simple.add_node(node, **net.nodes[node])
    ties: dict[tuple[str, str], dict] = {}
    for subject, obj, _key, data in sorted(net.edges(keys=True, data=True),
                                           key=lambda e: (e[0], e[1], e[2])):
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
