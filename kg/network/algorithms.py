"""What is measured on the partnership network, with networkx's own algorithms: degrees,
betweenness (exact, or from a seeded sample of sources on a large network), weighted PageRank,
seeded Louvain communities, articulation points and bridges, the bodies bridging health and
council services, and what many reports share.

On a network of more than :data:`LARGE_NETWORK` bodies (a corpus of a few hundred reports) the
measures whose Python loops grow with the network run on igraph's C core instead, on the same
graph: sampled betweenness from networkx's own seeded sample of sources (the values networkx
gives, to the last digit), articulation points and bridges (the same sets), and Louvain
(replaced by igraph's Leiden, Louvain's successor, seeded: a partition as good by modularity,
not the same one). networkx's Louvain takes minutes on the ~150,000 bodies of 4,000 reports;
igraph's Leiden, seconds.
Below that size networkx runs everything, so a report or a corpus of a few dozen gives
networkx's results exactly.

Every function takes the undirected weighted graph of :func:`kg.network.simple_graph` and gives
plain values in a deterministic order (sorted IRIs; the same seed gives the same result).
"""
from __future__ import annotations

import os
import random
import sys
import weakref
from collections.abc import Iterator

import networkx as nx

#: Above this many bodies betweenness is always estimated from a seeded sample of sources
#: (exact betweenness costs ~79 s at 5,000 nodes: shared NOTES.md).
EXACT_BETWEENNESS_LIMIT = 5000
#: Work budget for betweenness, in sources × (bodies + ties): networkx's breadth-first search
#: from one source costs about a microsecond per body and tie, so this is a few seconds. Below
#: it (every single report, a few dozen reports) betweenness is exact; above it, it is sampled
#: from budget / (bodies + ties) sources, the same few seconds whatever the corpus size.
BETWEENNESS_BUDGET = 3_000_000
#: Work budget for the sampled estimate, in sources × (bodies + ties): about 2.5 s with
#: networkx whatever the corpus size (110 sources at ~400 reports, 20 at ~4,000).
SAMPLED_BETWEENNESS_BUDGET = 1_000_000
#: The fewest sources a sample uses, whatever the size.
BETWEENNESS_MIN_SAMPLE = 20
#: Above this many bodies, betweenness, Louvain, articulation points and bridges run on igraph.
LARGE_NETWORK = 5000
HEALTH = {"HealthBody"}
COUNCIL = {"LocalAuthority", "Service"}
DEFAULT_SEED = 42


def is_large(simple: nx.Graph) -> bool:
    return _number_of_bodies(simple) > LARGE_NETWORK


def _number_of_bodies(simple: nx.Graph) -> int:
    """``simple.number_of_nodes()``; for a view :func:`without_national_bodies` made, read from
    the igraph cut for it (counting a view's nodes walks them all through its filter in Python,
    a tenth of a second at ~150,000 bodies, asked by every measure)."""
    found = _IGRAPHS.get(simple) if simple in _VIEWED else None
    if found is not None and found[0] == _shape(simple):
        return len(found[2])
    return simple.number_of_nodes()


_IGRAPHS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: A view made by :func:`without_national_bodies` → the graph it views.
_VIEWED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _shape(simple: nx.Graph) -> tuple:
    """What a cached conversion is checked against: the nodes of ``simple`` and the ends of its
    ties, or for a view of another graph, of that graph (counting a view's ties walks it in
    Python: seconds at ~150,000 bodies). The ends are summed over the graph's own adjacency
    dict (networkx's ``_adj``, read only) in C: adding or removing a tie changes the sum, which
    is all the check needs. ``number_of_edges`` sums every node's degree in Python, and
    ``number_of_selfloops`` walks every node, each a twentieth of a second or more a call at
    ~150,000 bodies, and the measures ask nine times."""
    under = _VIEWED.get(simple)
    graph = simple if under is None else under
    ends = sum(map(len, graph._adj.values()))
    return (graph.number_of_nodes(), ends) if under is None else ("view", graph.number_of_nodes(), ends)


def _igraph():
    """igraph, its C core loaded with one OpenMP thread unless the environment sets another
    number: its PageRank (PRPACK) sums in OpenMP threads, whose order moves the last digits from
    run to run, and which slow it down when the cores are busy. igraph ships its own OpenMP
    runtime, which reads ``OMP_NUM_THREADS`` once, as the C core loads: the variable is set for
    that moment only, so child processes and other libraries do not see it."""
    if "igraph" in sys.modules or "OMP_NUM_THREADS" in os.environ:
        import igraph

        return igraph
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        import igraph
    finally:
        del os.environ["OMP_NUM_THREADS"]
    return igraph


def as_igraph(simple: nx.Graph):
    """``simple`` as an ``igraph.Graph`` (vertex ``i`` is the ``i``-th node of ``simple``, each
    edge with its ``weight``, in the order ``simple.edges`` gives them) and the node list;
    converted once per graph while its nodes and edges are unchanged (a weight changed in
    place is not seen: change a copy)."""
    key = _shape(simple)
    found = _IGRAPHS.get(simple)
    if found is not None and found[0] == key:
        return found[1], found[2]
    igraph = _igraph()

    nodes = list(simple)
    index = {node: i for i, node in enumerate(nodes)}
    pairs, weights = [], []
    for u, v, weight in simple.edges(data="weight", default=1):
        pairs.append((index[u], index[v]))
        weights.append(weight)
    converted = igraph.Graph(n=len(nodes), edges=pairs, edge_attrs={"weight": weights})
    _IGRAPHS[simple] = (key, converted, nodes)
    return converted, nodes


def degrees(simple: nx.Graph) -> tuple[dict[str, int], dict[str, float]]:
    """Each body's ties and their summed weight; on a large network counted by igraph."""
    if is_large(simple):
        graph, nodes = as_igraph(simple)
        return (dict(zip(nodes, graph.degree())),
                dict(zip(nodes, map(float, graph.strength(weights="weight")))))
    return dict(simple.degree()), {n: float(d) for n, d in simple.degree(weight="weight")}


def betweenness_sample_size(simple: nx.Graph) -> int | None:
    """How many sources betweenness is estimated from, or ``None`` when it is exact."""
    if is_large(simple):  # counted by igraph: counting a view's ties in Python takes seconds
        graph, _nodes = as_igraph(simple)
        n, size = graph.vcount(), graph.vcount() + graph.ecount()
    else:
        n = simple.number_of_nodes()
        size = n + simple.number_of_edges()
    if n <= EXACT_BETWEENNESS_LIMIT and n * size <= BETWEENNESS_BUDGET:
        return None
    k = min(n, max(BETWEENNESS_MIN_SAMPLE, SAMPLED_BETWEENNESS_BUDGET // size))
    return None if k >= n else k


def betweenness(simple: nx.Graph, seed: int = DEFAULT_SEED) -> tuple[dict[str, float], str]:
    """Normalised betweenness over hops (unweighted: a strong tie is not a long one), exact up
    to :data:`BETWEENNESS_BUDGET`, else estimated from a seeded sample of sources (networkx's
    estimate; on a large network computed by igraph from the same sources); and the words
    saying which."""
    k = betweenness_sample_size(simple)
    if k is None:
        return nx.betweenness_centrality(simple, normalized=True), "exact"
    method = f"sampled from {k} sources (seed {seed})"
    if not is_large(simple):
        return nx.betweenness_centrality(simple, k=k, normalized=True, seed=seed), method
    return _sampled_betweenness_igraph(simple, k, seed), method


def _sampled_betweenness_igraph(simple: nx.Graph, k: int, seed: int) -> dict[str, float]:
    """``nx.betweenness_centrality(simple, k=k, seed=seed)``, the same values, the shortest
    paths counted by igraph: the sources are the sample networkx draws (``random.Random(seed)
    .sample`` of the nodes), the ordered (source, target) pairs are counted as networkx counts
    them (each tie as two arcs), and the sums are rescaled as networkx's ``_rescale`` does
    without endpoints."""
    graph, nodes = as_igraph(simple)
    sources = random.Random(seed).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    sums = graph.as_directed(mode="mutual").betweenness(
        directed=True, sources=[index[s] for s in sources])
    n = len(nodes)
    if n <= 2:
        return dict.fromkeys(nodes, 0.0)
    scale_source = 1 / ((k - 1) * (n - 2)) if k > 1 else float("nan")
    scale_other = 1 / (k * (n - 2))
    sampled = set(sources)
    return {node: sums[i] * (scale_source if node in sampled else scale_other)
            for i, node in enumerate(nodes)}


def pagerank(simple: nx.Graph, alpha: float = 0.85, tolerance: float = 1.0e-10,
             max_iterations: int = 200) -> dict[str, float]:
    """Weighted PageRank: networkx's (power iteration on SciPy's sparse matrices, to
    ``tolerance``), or on a large network igraph's (PRPACK's exact solution of the same
    equations: the same values to within ``tolerance``)."""
    if _number_of_bodies(simple) == 0:
        return {}
    if is_large(simple):
        graph, nodes = as_igraph(simple)
        return dict(zip(nodes, graph.pagerank(damping=alpha, weights="weight", directed=False)))
    return nx.pagerank(simple, alpha=alpha, tol=tolerance, max_iter=max_iterations, weight="weight")


def communities(simple: nx.Graph, seed: int = DEFAULT_SEED) -> list[list[str]]:
    """Louvain communities (weighted, seeded), each sorted, largest first, then by first IRI:
    networkx's; on a large network, igraph's Leiden (:func:`community_method` says which)."""
    if simple.number_of_nodes() == 0:
        return []
    if is_large(simple):
        found = _communities_igraph(simple, seed)
    else:
        found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    groups = [sorted(group) for group in found]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def _communities_igraph(simple: nx.Graph, seed: int) -> list[list[str]]:
    """Communities of a large network by igraph's Leiden algorithm (Louvain's successor: its
    communities are always connected), optimising weighted modularity until no move improves
    it, drawing its random numbers from ``random.Random(seed)``. A body with no tie is a
    community of its own, as Louvain leaves it, and is not handed to igraph: tens of thousands
    of one-body communities slow igraph's Louvain (``community_multilevel``) to half a minute
    at ~4,000 reports, where Leiden on the bodies with ties takes a few seconds."""
    igraph = _igraph()

    graph, nodes = as_igraph(simple)
    tied = [i for i, degree in enumerate(graph.degree()) if degree > 0]
    alone = [[nodes[i]] for i, degree in enumerate(graph.degree()) if degree == 0]
    if not tied:
        return alone
    sub = graph.induced_subgraph(tied)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clustering = sub.community_leiden(objective_function="modularity", weights="weight",
                                          n_iterations=-1)
    finally:
        igraph.set_random_number_generator(random)
    return [[nodes[tied[i]] for i in members] for members in clustering] + alone


def community_method(simple: nx.Graph) -> str:
    """The words saying how :func:`communities` finds the communities of ``simple``."""
    return "Leiden (igraph)" if is_large(simple) else "Louvain"


def articulation_points(simple: nx.Graph) -> list[str]:
    """The bodies whose loss splits the partnership, sorted."""
    if is_large(simple):
        graph, nodes = as_igraph(simple)
        return sorted(nodes[i] for i in graph.articulation_points())
    return sorted(nx.articulation_points(simple))


def bridges(simple: nx.Graph) -> list[tuple[str, str]]:
    """The ties whose loss splits the partnership, each (smaller IRI, larger), sorted."""
    if is_large(simple):
        graph, nodes = as_igraph(simple)
        ends = (graph.es[e].tuple for e in graph.bridges())
        return sorted(tuple(sorted((nodes[a], nodes[b]))) for a, b in ends)
    return sorted(tuple(sorted(tie)) for tie in nx.bridges(simple))


def health_council_bridges(simple: nx.Graph) -> tuple[list[str], list[tuple[str, str]]]:
    """Bodies with both a health body and a council body or service among their neighbours, and
    the ties that join a health body directly to a council body or service."""
    if is_large(simple):  # igraph's adjacency lists: walking a view of the network is slow
        graph, nodes = as_igraph(simple)
        types = [simple.nodes[node].get("type") for node in nodes]
        health = {i for i, kind in enumerate(types) if kind in HEALTH}
        council = {i for i, kind in enumerate(types) if kind in COUNCIL}
        bodies = sorted(nodes[i] for i, around in enumerate(graph.get_adjlist())
                        if not health.isdisjoint(around) and not council.isdisjoint(around))
        pairs = [(nodes[a], nodes[b], types[a], types[b]) for a, b in graph.get_edgelist()
                 if a in health or b in health]  # the others are no health–council tie
    else:
        kinds = {n: d.get("type") for n, d in simple.nodes(data=True)}
        pairs = [(a, b, kinds[a], kinds[b]) for a, b in simple.edges]
        bodies = sorted(
            n for n in simple
            if any(kinds[m] in HEALTH for m in simple[n]) and any(kinds[m] in COUNCIL for m in simple[n])
        )
    ties = sorted(
        tuple(sorted((a, b))) for a, b, kind_a, kind_b in pairs
        if (kind_a in HEALTH and kind_b in COUNCIL) or (kind_b in HEALTH and kind_a in COUNCIL)
    )
    return bodies, ties


def common_to_reports(simple: nx.Graph, min_reports: int = 2
                      ) -> tuple[list[tuple[str, int]], list[tuple[str, str, int]]]:
    """Bodies named by, and ties evidenced in, at least ``min_reports`` reports, most first."""
    bodies = [(n, len(d.get("reports", []))) for n, d in simple.nodes(data=True)
              if len(d.get("reports", [])) >= min_reports]
    ties = [(a, b, len(d.get("reports", []))) for a, b, d in ties_from_smaller_end(simple)
            if len(d.get("reports", [])) >= min_reports]
    return (sorted(bodies, key=lambda x: (-x[1], x[0])), sorted(ties, key=lambda x: (-x[2], x[0], x[1])))


def ties_from_smaller_end(simple: nx.Graph) -> Iterator[tuple[str, str, dict]]:
    """Every tie once, as ``(smaller end, larger end, attributes)``: what ``(min(a, b), max(a, b),
    data) for a, b, data in simple.edges(data=True)`` gives, in another order, read from the
    adjacency at a third of the cost (networkx's edge view calls a Python function per tie)."""
    return ((a, b, data) for a, around in simple.adjacency() for b, data in around.items() if a <= b)


def without_national_bodies(simple: nx.Graph) -> nx.Graph:
    """The network without the bodies marked national (Ofsted, the DfE, the CQC…): they are
    named in almost every report, so they sit on every path between two councils' partners
    and would top every centrality and hold the partnership together by themselves. A large
    network gets a read-only view (copying one of ~150,000 bodies takes seconds); a smaller one
    a copy."""
    national = [n for n, national in simple.nodes(data="national", default=False) if national]
    if not national:
        return simple
    if is_large(simple):
        view = nx.restricted_view(simple, national, [])
        _VIEWED[view] = simple
        _IGRAPHS[view] = (_shape(view), *_igraph_without(simple, set(national)))
        return view
    view = simple.copy()
    view.remove_nodes_from(national)
    return view


def _igraph_without(simple: nx.Graph, gone: set[str]):
    """The igraph of ``simple`` less the bodies ``gone``, cut from the whole graph's igraph by
    copying it and deleting them (igraph keeps the other vertices and edges in their order):
    the vertices and edges, in the same order, that converting the view would give (a view
    lists its nodes and ties in the order of the graph under it), without walking the view."""
    graph, nodes = as_igraph(simple)
    kept = [i for i, node in enumerate(nodes) if node not in gone]
    return (graph.induced_subgraph(kept, implementation="copy_and_delete"),
            [nodes[i] for i in kept])
