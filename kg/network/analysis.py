"""Analyses of the partnership network: who is central, which groups form, what would fall apart
without one body or tie, who bridges health and the council, one body's neighbourhood, the path
between two bodies with the paragraphs that justify each hop, and what many reports share.

Everything runs on the undirected weighted graph of :func:`kg.network.simple_graph`; results are
plain values in deterministic order (sorted IRIs, seeded Louvain), so the same input and seed
give the same bytes of JSON.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import networkx as nx

from ..errors import AnalysisError
from .algorithms import (
    DEFAULT_SEED,
    betweenness,
    bridges,
    common_to_reports,
    communities,
    community_method,
    degrees,
    health_council_bridges,
    pagerank,
    articulation_points,
    ties_from_smaller_end,
    without_national_bodies,
)
from .build import EDGE_KINDS, partnership_simple_graph, paused_gc, simple_graph
from .sources import ReportInfo, as_stores, paragraph_texts, report_infos


@dataclass
class BodyScore:
    id: str
    label: str
    type: str
    degree: int
    betweenness: float
    community: int
    weighted_degree: float
    pagerank: float
    acronyms: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    national: bool = False  # typed ikg:NationalBody
    #: The council the body belongs to, where its node says (an ``authority`` attribute).
    authority: str | None = None

    @property
    def short_name(self) -> str:
        return short_name(self.label, self.acronyms, self.authority)


@dataclass
class Tie:
    source: str
    target: str
    weight: float
    relations: list[str]
    statements: list[dict]
    comentions: int
    paragraphs: list[str]
    paragraph_numbers: list[int]
    reports: list[str]


@dataclass
class Analysis:
    """Every analysis of one network, in the order and shape ``kg analyse`` prints them."""

    nodes: list[BodyScore]
    edges: list[Tie]
    communities: list[list[str]]
    articulation_points: list[str]
    bridges: list[tuple[str, str]]
    health_council_bridges: list[str]
    health_council_ties: list[tuple[str, str]]
    common_bodies: list[tuple[str, int]]
    common_ties: list[tuple[str, str, int]]
    reports: list[ReportInfo]
    edge_kinds: tuple[str, ...]
    seed: int
    betweenness_method: str
    paragraph_text: dict[str, str] = field(default_factory=dict)
    network: nx.Graph | None = field(default=None, repr=False)
    #: Whether national bodies took part in centrality, articulation points and bridges.
    national_included: bool = False
    #: How the communities were found: "Louvain" (networkx), or "Leiden (igraph)" on a large
    #: network (``kg.network.algorithms.LARGE_NETWORK``).
    community_method: str = "Louvain"

    def node(self, body_id: str) -> BodyScore:
        return self._by_id()[body_id]

    def _by_id(self) -> dict[str, BodyScore]:
        cache = self.__dict__.get("_index")
        if cache is None:
            cache = {n.id: n for n in self.nodes}
            self.__dict__["_index"] = cache
        return cache

    def top(self, count: int | None = None, by: str = "betweenness") -> list[BodyScore]:
        """The most central bodies (ties broken by degree, then label); national bodies only
        when they took part in the centralities."""
        ranked = sorted((n for n in self.nodes if self.national_included or not n.national), key=lambda n: (-getattr(n, by), -n.degree,
                                                   -n.weighted_degree, n.label.lower(), n.id))
        return ranked if count is None else ranked[:count]

    def title(self) -> str:
        if not self.reports:
            return "Partnership network"
        if len(self.reports) == 1:
            return f"Partnership network: {self.reports[0].name}"
        return f"Partnership network of {len(self.reports)} reports"

    def to_dict(self) -> dict:
        return {
            "nodes": [
                {"id": n.id, "label": n.label, "type": n.type, "degree": n.degree,
                 "betweenness": n.betweenness, "community": n.community,
                 "weighted_degree": n.weighted_degree, "pagerank": n.pagerank,
                 "acronyms": n.acronyms, "reports": n.reports, "national": n.national}
                for n in self.nodes
            ],
            "edges": [
                {"source": e.source, "target": e.target, "weight": e.weight,
                 "relations": e.relations, "statements": e.statements,
                 "comentions": e.comentions, "paragraphs": e.paragraphs,
                 "paragraph_numbers": e.paragraph_numbers, "reports": e.reports}
                for e in self.edges
            ],
            "communities": self.communities,
            "articulation_points": self.articulation_points,
            "bridges": [list(b) for b in self.bridges],
            "health_council_bridges": self.health_council_bridges,
            "health_council_ties": [list(t) for t in self.health_council_ties],
            "common_bodies": [{"id": i, "reports": c} for i, c in self.common_bodies],
            "common_ties": [{"source": s, "target": t, "reports": c}
                            for s, t, c in self.common_ties],
            "reports": [asdict(r) for r in self.reports],
            "edge_kinds": list(self.edge_kinds),
            "seed": self.seed,
            "betweenness_method": self.betweenness_method,
            "community_method": self.community_method,
            "national_bodies_included": self.national_included,
        }

    def to_json(self) -> str:
        return json_text(self.to_dict()) + "\n"


def json_bytes(document) -> bytes:
    """``document`` as UTF-8 JSON indented by two spaces, written by orjson: a corpus's analysis
    is hundreds of megabytes, which the standard library's indenting encoder (pure Python) takes
    tens of seconds to write and orjson about a second. The layout is ``json.dumps(indent=2,
    ensure_ascii=False)``'s; small numbers are written in full (``0.000013``, not ``1.3e-05``)."""
    import orjson

    return orjson.dumps(document, option=orjson.OPT_INDENT_2)


def json_text(document) -> str:
    """:func:`json_bytes` as text."""
    return json_bytes(document).decode("utf-8")


# ---------------------------------------------------------------- names
def short_name(label: str, acronyms: Iterable[str] = (), authority: str | None = None) -> str:
    """What a table or a picture writes for a body: the shortest all-capitals acronym, else the
    label; a council's own body keeps whose it is ("MASH (Anyshire)"): see :func:`keep_place`.
    A body of no council is written short only by its own initials (:func:`telling_short_forms`)."""
    capitals = [a for a in telling_short_forms(label, acronyms, authority)
                if a.replace("'", "").replace("&", "").isupper() and len(a) <= 10]
    if capitals:
        return keep_place(sorted(capitals, key=lambda a: (len(a), a))[0], label, authority)
    return label


_PLACE = re.compile(r" \([^()]+\)$")
#: Words an acronym may leave out ("NSPCC": the National Society for the Prevention of Cruelty
#: to Children).
_SMALL_WORDS = {"and", "for", "of", "the", "to", "in", "on", "a", "an", "with", "&"}


def telling_short_forms(label: str, acronyms: Iterable[str], authority: str | None = None) -> list[str]:
    """The short forms that still say which body is meant. A council's own body keeps all of
    them, since the council is written beside them ("LSCB (Anyshire)"). A body of no council
    (its label a proper name: "Anyshire Safeguarding Children Board", a regional adoption
    agency's name) keeps only its own initials ("ASCB", "CQC"): a kind's short form ("LSCB",
    "RAA") written alone would make every council's board look like one."""
    acronyms = list(acronyms)
    if authority or _PLACE.search(label):
        return acronyms
    words = [w for w in re.split(r"[\s\-–/]+", label) if w]
    every = "".join(w[0] for w in words).upper()
    major = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()
    return [a for a in acronyms if re.sub(r"[^A-Za-z]", "", a).upper() in (every, major)]


def keep_place(name: str, label: str, authority: str | None = None) -> str:
    """``name``, a short form of ``label``, with the council the body belongs to ("Police
    (Anyshire)"), so that a council's generic bodies are told apart in every output, short or
    long. The council is ``authority`` (a node's ``authority`` attribute) where given, else
    the "(…)" ``label`` ends in; a body of no council keeps ``name`` as it is."""
    if authority:
        place = f" ({authority})"
    else:
        found = _PLACE.search(label)
        if found is None:
            return name
        place = found.group(0)
    if name == label or name.endswith(place):
        return name
    return name + place


def _as_simple(net: nx.Graph) -> nx.Graph:
    return simple_graph(net) if net.is_multigraph() or net.is_directed() else net


def find_body(net: nx.Graph, name: str) -> str:
    """The IRI of the body called ``name`` (label, acronym or IRI, any case)."""
    wanted = " ".join(name.split()).casefold()
    if name in net:
        return name
    matches = set()
    names: dict[str, set[str]] = {}
    for node, data in net.nodes(data=True):
        for candidate in [data.get("label", ""), *data.get("acronyms", [])]:
            names.setdefault(candidate, set()).add(node)
            if " ".join(candidate.split()).casefold() == wanted:
                matches.add(node)
    if len(matches) == 1:
        return matches.pop()
    if len(matches) > 1:
        listed = ", ".join(sorted(matches)[:5])
        raise AnalysisError(
            f"{len(matches)} bodies are called {name!r} ({listed}{', …' if len(matches) > 5 else ''}); "
            "give the body's IRI instead"
        )
    by_fold = {n.casefold(): n for n in names}
    close = difflib.get_close_matches(wanted, list(by_fold), n=3, cutoff=0.6)
    close += [by_fold[n] for n in sorted(by_fold) if wanted and wanted in n
              and by_fold[n] not in close][:3]
    suggestions = [by_fold.get(c, c) for c in close][:3]
    hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    raise AnalysisError(f"no body called {name!r}{hint}")


# ---------------------------------------------------------------- neighbourhood and paths
@dataclass
class Neighbour:
    id: str
    label: str
    type: str
    weight: float
    relations: list[str]  # "providedBy", read from the focus body's side: see ``statements``
    statements: list[str]  # "CAMHS providedBy Northfield Mental Health NHS Trust"
    paragraph_numbers: list[int]


@dataclass
class Neighbourhood:
    id: str
    label: str
    type: str
    acronyms: list[str]
    neighbours: list[Neighbour]


def neighbourhood(net: nx.Graph, name: str) -> Neighbourhood:
    """The body called ``name`` and every body tied to it, strongest tie first."""
    simple = _as_simple(net)
    body = find_body(simple, name)
    data = simple.nodes[body]
    neighbours = []
    for other in simple.neighbors(body):
        tie = simple.edges[body, other]
        neighbours.append(Neighbour(
            id=other, label=simple.nodes[other]["label"], type=simple.nodes[other]["type"],
            weight=tie["weight"], relations=list(tie["relations"]),
            statements=[_statement_text(simple, s) for s in tie["statements"]],
            paragraph_numbers=list(tie["paragraph_numbers"]),
        ))
    neighbours.sort(key=lambda n: (-n.weight, n.label.lower(), n.id))
    return Neighbourhood(body, data["label"], data["type"], list(data.get("acronyms", [])),
                         neighbours)


def _statement_text(simple: nx.Graph, statement: dict) -> str:
    subject = simple.nodes[statement["subject"]]
    obj = simple.nodes[statement["object"]]
    return (f"{short_name(subject['label'], subject.get('acronyms', []), subject.get('authority'))} "
            f"{statement['relation']} {short_name(obj['label'], obj.get('acronyms', []), obj.get('authority'))}")


@dataclass
class Hop:
    source: str
    target: str
    source_label: str
    target_label: str
    relations: list[str]
    statements: list[str]
    paragraphs: list[str]
    paragraph_numbers: list[int]


def path_between(net: nx.Graph, first: str, second: str) -> list[Hop]:
    """The shortest chain of ties from one body to another (fewest hops; among those, the one
    networkx meets first in sorted order), each hop with the paragraphs that justify it."""
    simple = _as_simple(net)
    source, target = find_body(simple, first), find_body(simple, second)
    if source == target:
        raise AnalysisError(f"{first!r} and {second!r} are the same body")
    try:
        nodes = nx.shortest_path(simple, source, target)
    except nx.NetworkXNoPath:
        raise AnalysisError(
            f"no path between {simple.nodes[source]['label']!r} and "
            f"{simple.nodes[target]['label']!r}: nothing in the graph ties them"
        ) from None
    hops = []
    for a, b in zip(nodes, nodes[1:]):
        tie = simple.edges[a, b]
        hops.append(Hop(a, b, simple.nodes[a]["label"], simple.nodes[b]["label"],
                        list(tie["relations"]),
                        [_statement_text(simple, s) for s in tie["statements"]],
                        list(tie["paragraphs"]), list(tie["paragraph_numbers"])))
    return hops


# ---------------------------------------------------------------- everything at once
def analyse(graph, edge_kinds: Iterable[str] = EDGE_KINDS, seed: int = DEFAULT_SEED,
            evidence_text: bool = False, include_national: bool = False) -> Analysis:
    """Build the partnership network of ``graph`` (an rdflib graph, a pyoxigraph store, or a list
    of either) and run every analysis on it. ``evidence_text`` also fetches the text of each
    evidence paragraph (for the interactive page); ``include_national`` lets the national bodies
    take part in centrality, articulation points and bridges."""
    with paused_gc():  # a corpus's network is millions of objects: see ``paused_gc``
        sources = as_stores(graph)  # rdflib graphs copied once into Oxigraph, stores used as they are
        simple = partnership_simple_graph(sources, edge_kinds)
        analysis = analyse_network(simple, reports=report_infos(sources), seed=seed,
                                   include_national=include_national)
        if evidence_text:
            analysis.paragraph_text = paragraph_texts(sources)
        return analysis


def analyse_network(net: nx.Graph, reports: list[ReportInfo] | None = None,
                    seed: int = DEFAULT_SEED, include_national: bool = False) -> Analysis:
    """Every analysis of a network already built. National bodies (``ikg:NationalBody``) stay
    nodes, with their ties and communities, but are left out of betweenness, PageRank,
    articulation points, bridges and the health–council bridges unless ``include_national``
    (their betweenness and PageRank are then 0)."""
    with paused_gc():
        return _analyse_network(net, reports, seed, include_national)


def _first(pair: tuple):
    return pair[0]


def _analyse_network(net: nx.Graph, reports: list[ReportInfo] | None, seed: int,
                     include_national: bool) -> Analysis:
    simple = _as_simple(net)
    if simple.number_of_nodes() == 0:
        raise AnalysisError("the graph names no bodies (no ikg:Body), so there is no partnership to analyse")
    measured = simple if include_national else without_national_bodies(simple)
    degree, strength = degrees(simple)
    between, method = betweenness(measured, seed)
    rank = pagerank(measured)
    groups = communities(simple, seed)
    community_of = {node: i for i, group in enumerate(groups) for node in group}
    nodes = [
        BodyScore(
            id=node, label=data["label"], type=data["type"], degree=degree[node],
            betweenness=round(between.get(node, 0.0), 6), community=community_of[node],
            weighted_degree=strength[node], pagerank=round(rank.get(node, 0.0), 6),
            acronyms=list(data.get("acronyms", [])), reports=list(data.get("reports", [])),
            national=bool(data.get("national", False)), authority=data.get("authority"),
        )
        for node, data in sorted(simple.nodes(data=True), key=_first)
    ]
    edges = [
        Tie(a, b, d["weight"], list(d["relations"]), list(d["statements"]), d["comentions"],
            list(d["paragraphs"]), list(d["paragraph_numbers"]), list(d["reports"]))
        for a, b, d in sorted(ties_from_smaller_end(simple))
    ]
    hc_bodies, hc_ties = health_council_bridges(measured)
    common_bodies, common_ties = common_to_reports(simple)
    kinds = tuple(k for k in net.graph.get("edge_kinds", ",".join(EDGE_KINDS)).split(",") if k)
    return Analysis(
        nodes=nodes, edges=edges, communities=groups,
        articulation_points=articulation_points(measured), bridges=bridges(measured),
        health_council_bridges=hc_bodies, health_council_ties=hc_ties,
        common_bodies=common_bodies, common_ties=common_ties,
        reports=list(reports or []), edge_kinds=kinds, seed=seed,
        betweenness_method=method, network=simple, national_included=include_national,
        community_method=community_method(simple),
    )
