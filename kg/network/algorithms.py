"""What is measured on the partnership network, with networkx's own algorithms: degrees,
betweenness (exact, or from a seeded sample of sources on a large network), weighted PageRank,
seeded Louvain communities, articulation points and bridges, the bodies bridging health and
council services, and what many reports share.

Every function takes the undirected weighted graph of :func:`kg.network.simple_graph` and gives
plain values in a deterministic order (sorted IRIs; the same seed gives the same result).
"""
from __future__ import annotations

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
HEALTH = {"HealthBody"}
COUNCIL = {"LocalAuthority", "Service"}
DEFAULT_SEED = 42


def degrees(simple: nx.Graph) -> tuple[dict[str, int], dict[str, float]]:
    return dict(simple.degree()), {n: float(d) for n, d in simple.degree(weight="weight")}


def betweenness_sample_size(simple: nx.Graph) -> int | None:
    """How many sources betweenness is estimated from, or ``None`` when it is exact."""
    n = simple.number_of_nodes()
    size = n + simple.number_of_edges()
    if n <= EXACT_BETWEENNESS_LIMIT and n * size <= BETWEENNESS_BUDGET:
        return None
    k = min(n, max(BETWEENNESS_MIN_SAMPLE, SAMPLED_BETWEENNESS_BUDGET // size))
    return None if k >= n else k


def betweenness(simple: nx.Graph, seed: int = DEFAULT_SEED) -> tuple[dict[str, float], str]:
    """Normalised betweenness over hops (unweighted: a strong tie is not a long one), exact up
    to :data:`BETWEENNESS_BUDGET`, else estimated by networkx from a seeded sample of sources;
    and the words saying which."""
    k = betweenness_sample_size(simple)
    if k is None:
        return nx.betweenness_centrality(simple, normalized=True), "exact"
    return (nx.betweenness_centrality(simple, k=k, normalized=True, seed=seed),
            f"sampled from {k} sources (seed {seed})")


def pagerank(simple: nx.Graph, alpha: float = 0.85, tolerance: float = 1.0e-10,
             max_iterations: int = 200) -> dict[str, float]:
    """Weighted PageRank (networkx's, on SciPy's sparse matrices)."""
    if simple.number_of_nodes() == 0:
        return {}
    return nx.pagerank(simple, alpha=alpha, tol=tolerance, max_iter=max_iterations, weight="weight")


def communities(simple: nx.Graph, seed: int = DEFAULT_SEED) -> list[list[str]]:
    """Louvain communities (weighted, seeded), each sorted, largest first, then by first IRI."""
    if simple.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    groups = [sorted(group) for group in found]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def articulation_points(simple: nx.Graph) -> list[str]:
    """The bodies whose loss splits the partnership, sorted."""
    return sorted(nx.articulation_points(simple))


def bridges(simple: nx.Graph) -> list[tuple[str, str]]:
    """The ties whose loss splits the partnership, each (smaller IRI, larger), sorted."""
    return sorted(tuple(sorted(tie)) for tie in nx.bridges(simple))


def health_council_bridges(simple: nx.Graph) -> tuple[list[str], list[tuple[str, str]]]:
    """Bodies with both a health body and a council body or service among their neighbours, and
    the ties that join a health body directly to a council body or service."""
    kinds = {n: d.get("type") for n, d in simple.nodes(data=True)}
    bodies = sorted(
        n for n in simple
        if any(kinds[m] in HEALTH for m in simple[n]) and any(kinds[m] in COUNCIL for m in simple[n])
    )
    ties = sorted(
        tuple(sorted((a, b))) for a, b in simple.edges
        if (kinds[a] in HEALTH and kinds[b] in COUNCIL) or (kinds[b] in HEALTH and kinds[a] in COUNCIL)
    )
    return bodies, ties


def common_to_reports(simple: nx.Graph, min_reports: int = 2
                      ) -> tuple[list[tuple[str, int]], list[tuple[str, str, int]]]:
    """Bodies named by, and ties evidenced in, at least ``min_reports`` reports, most first."""
    bodies = [(n, len(d.get("reports", []))) for n, d in simple.nodes(data=True)
              if len(d.get("reports", [])) >= min_reports]
    ties = [(a, b, len(d.get("reports", []))) for a, b, d in simple.edges(data=True)
            if len(d.get("reports", [])) >= min_reports]
    return (sorted(bodies, key=lambda x: (-x[1], x[0])),
            sorted(((min(a, b), max(a, b), c) for a, b, c in ties), key=lambda x: (-x[2], x[0], x[1])))


def without_national_bodies(simple: nx.Graph) -> nx.Graph:
    """The network without the bodies marked national (Ofsted, the DfE, the CQC…): they are
    named in almost every report, so they sit on every path between two councils' partners
    and would top every centrality and hold the partnership together by themselves."""
    national = [n for n, national in simple.nodes(data="national", default=False) if national]
    if not national:
        return simple
    view = simple.copy()
    view.remove_nodes_from(national)
    return view
