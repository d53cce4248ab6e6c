"""Analyses of the partnership network: who is central, which groups form, what would fall apart
without one body or tie, who bridges health and the council, one body's neighbourhood, the path
between two bodies with the paragraphs that justify each hop, and what many reports share.

Everything runs on the undirected weighted graph of :func:`kg.network.simple_graph`; results are
plain values in deterministic order (sorted IRIs, seeded Louvain), so the same input and seed
give the same bytes of JSON.
"""
from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import networkx as nx

from .errors import AnalysisError
from .network import (
    EDGE_KINDS,
    ReportInfo,
    as_stores,
    paragraph_texts,
    partnership_simple_graph,
    paused_gc,
    report_infos,
    simple_graph,
)

#: Above this many bodies betweenness is estimated from a seeded sample of sources (exact
#: betweenness costs ~79 s at 5,000 nodes: /work/shared/NOTES.md).
EXACT_BETWEENNESS_LIMIT = 5000
#: Work budget for betweenness, in sources × (bodies + ties): one breadth-first search per
#: source costs about a microsecond per body and tie, so this is a few seconds. Below it (every
#: single report) betweenness is exact; above it, sampled from budget / (bodies + ties) sources.
BETWEENNESS_BUDGET = 3_000_000
#: The fewest sources a sample uses, whatever the size.
BETWEENNESS_MIN_SAMPLE = 20
#: Work budget for the sampled estimate, in sources × (bodies + ties): it runs a batch of
#: breadth-first searches at once over numpy arrays (about 60 ns per body and tie per source,
#: against networkx's ~2.7 µs), so this is about 1.5 s whatever the corpus size, e.g. 160
#: sources at 1,000 reports.
SAMPLED_BETWEENNESS_BUDGET = 24_000_000
HEALTH = {"HealthBody"}
COUNCIL = {"LocalAuthority", "Service"}
DEFAULT_SEED = 42


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

    @property
    def short_name(self) -> str:
        return short_name(self.label, self.acronyms)


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

    def node(self, body_id: str) -> BodyScore:
        return self._by_id()[body_id]

    def _by_id(self) -> dict[str, BodyScore]:
        cache = self.__dict__.get("_index")
        if cache is None:
            cache = {n.id: n for n in self.nodes}
            self.__dict__["_index"] = cache
        return cache

    def top(self, count: int | None = None, by: str = "betweenness") -> list[BodyScore]:
        """The most central bodies (ties broken by degree, then label)."""
        ranked = sorted(self.nodes, key=lambda n: (-getattr(n, by), -n.degree,
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
                 "acronyms": n.acronyms, "reports": n.reports}
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
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- names
def short_name(label: str, acronyms: Iterable[str] = ()) -> str:
    """What a picture writes on a node: the shortest all-capitals acronym, else the label."""
    capitals = [a for a in acronyms if a.replace("'", "").replace("&", "").isupper()
                and len(a) <= 10]
    if capitals:
        return sorted(capitals, key=lambda a: (len(a), a))[0]
    return label


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
    return (f"{short_name(subject['label'], subject.get('acronyms', []))} "
            f"{statement['relation']} {short_name(obj['label'], obj.get('acronyms', []))}")


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


# ---------------------------------------------------------------- measures
def degrees(simple: nx.Graph) -> tuple[dict[str, int], dict[str, float]]:
    return dict(simple.degree()), {n: float(d) for n, d in simple.degree(weight="weight")}


def betweenness(simple: nx.Graph, seed: int = DEFAULT_SEED) -> tuple[dict[str, float], str]:
    """Normalised betweenness over hops (unweighted: a strong tie is not a long one); exact
    (networkx) up to EXACT_BETWEENNESS_LIMIT bodies and BETWEENNESS_BUDGET, else estimated
    from a seeded sample of sources (the same sources and scaling as networkx's ``k=``), whose
    size follows SAMPLED_BETWEENNESS_BUDGET."""
    n = simple.number_of_nodes()
    size = n + simple.number_of_edges()
    if n <= EXACT_BETWEENNESS_LIMIT and n * size <= BETWEENNESS_BUDGET:
        return nx.betweenness_centrality(simple, normalized=True), "exact"
    k = min(n, max(BETWEENNESS_MIN_SAMPLE, SAMPLED_BETWEENNESS_BUDGET // size))
    nodes = list(simple.nodes())
    import random

    sources = random.Random(seed).sample(nodes, k)  # networkx's choice for k=, seed=
    raw = _brandes(simple, sources)
    big_n = n - 1  # networkx's _rescale, normalised, endpoints excluded
    if big_n < 2:
        return {v: 0.0 for v in nodes}, "exact"
    if k == n:
        scale = 1 / (big_n * (big_n - 1))
        return {v: raw[v] * scale for v in nodes}, "exact"
    chosen = set(sources)
    scale_source = 1 / ((k - 1) * (big_n - 1)) if k > 1 else float("nan")
    scale_other = 1 / (k * (big_n - 1))
    return ({v: raw[v] * (scale_source if v in chosen else scale_other) for v in nodes},
            f"sampled from {k} sources (seed {seed})")


def _brandes(simple: nx.Graph, sources: list[str], batch: int = 32) -> dict[str, float]:
    """Raw betweenness (pairs counted from both ends) accumulated from ``sources``: Brandes'
    algorithm with the breadth-first searches of ``batch`` sources run together as numpy array
    operations (node ``v`` of search ``b`` is element ``b * n + v``)."""
    import numpy as np

    nodes = list(simple.nodes())
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    us, vs = [], []
    for u, v in simple.edges():
        if u != v:
            us.append(index[u])
            vs.append(index[v])
    src = np.array(us + vs, dtype=np.int64)
    dst = np.array(vs + us, dtype=np.int64)
    order = np.lexsort((dst, src))
    dst = dst[order]
    deg = np.bincount(src, minlength=n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(deg, out=indptr[1:])
    raw = np.zeros(n)
    chosen = np.array([index[s] for s in sources], dtype=np.int64)
    for first in range(0, len(chosen), batch):
        chunk = chosen[first:first + batch]
        size = len(chunk) * n
        dist = np.full(size, -1, dtype=np.int32)
        sigma = np.zeros(size)
        start = np.arange(len(chunk), dtype=np.int64) * n + chunk
        dist[start] = 0
        sigma[start] = 1.0
        frontier, levels, depth = start, [], 0
        while frontier.size:
            v = frontier % n
            count = deg[v]
            total = int(count.sum())
            if total == 0:
                break
            position = np.repeat(indptr[v] - (np.cumsum(count) - count), count) + np.arange(total)
            parent = np.repeat(frontier, count)
            child = parent - np.repeat(v, count) + dst[position]
            new = dist[child] == -1
            parent, child = parent[new], child[new]
            if not child.size:
                break
            found, inverse = np.unique(child, return_inverse=True)
            depth += 1
            dist[found] = depth
            sigma[found] = np.bincount(inverse, weights=sigma[parent], minlength=found.size)
            levels.append((parent, child))
            frontier = found
        delta = np.zeros(size)
        for parent, child in reversed(levels):
            share = sigma[parent] / sigma[child] * (1.0 + delta[child])
            up, inverse = np.unique(parent, return_inverse=True)
            delta[up] += np.bincount(inverse, weights=share, minlength=up.size)
        delta[start] = 0.0
        raw += delta.reshape(len(chunk), n).sum(axis=0)
    return {node: float(raw[i]) for i, node in enumerate(nodes)}


def pagerank(simple: nx.Graph, alpha: float = 0.85, tolerance: float = 1.0e-10,
             max_iterations: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration over numpy arrays (networkx's own ``pagerank`` needs
    SciPy, which is not a dependency); a body with no ties spreads its rank evenly, as in
    networkx."""
    import numpy as np

    nodes = list(simple.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    ends = [(index[a], index[b], float(d.get("weight", 1))) for a, b, d in simple.edges(data=True)]
    src = np.array([a for a, b, _ in ends] + [b for a, b, _ in ends], dtype=np.int64)
    dst = np.array([b for a, b, _ in ends] + [a for a, b, _ in ends], dtype=np.int64)
    weight = np.array([w for _, _, w in ends] * 2, dtype=float)
    strength = np.bincount(src, weights=weight, minlength=n) if len(src) else np.zeros(n)
    dangling = strength == 0
    share = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, strength))
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iterations):
        flow = np.bincount(dst, weights=rank[src] * share[src] * weight, minlength=n) \
            if len(src) else np.zeros(n)
        new = alpha * flow + (alpha * rank[dangling].sum() + 1.0 - alpha) / n
        error = np.abs(new - rank).sum()
        rank = new
        if error < n * tolerance:
            break
    return {node: float(rank[i]) for i, node in enumerate(nodes)}


def communities(simple: nx.Graph, seed: int = DEFAULT_SEED) -> list[list[str]]:
    """Louvain communities (weighted, seeded), each sorted, largest first, then by first IRI."""
    if simple.number_of_nodes() == 0:
        return []
    found = louvain_communities(simple, weight="weight", seed=seed)
    groups = [sorted(group) for group in found]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def louvain_communities(simple: nx.Graph, seed: int = DEFAULT_SEED, weight: str = "weight",
                        resolution: float = 1, threshold: float = 0.0000001) -> list[set]:
    """networkx 3.6's louvain_communities, step for step on integer ids (same moves, same
    floating-point sums for integer weights, same random stream), without its per-level
    networkx graphs and modularity calls."""
    nodes = list(simple.nodes())
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    adj = [{} for _ in range(n)]
    for u, v, w in simple.edges(data=weight, default=1):
        iu, iv = index[u], index[v]
        adj[iu][iv] = w
        adj[iv][iu] = w
    if not any(adj):  # nx.is_empty: no edges
        return [{u} for u in nodes]
    import random

    rng = random.Random(seed) if not isinstance(seed, random.Random) else seed
    degrees = [sum(a.values()) + (a[i] if i in a else 0) for i, a in enumerate(adj)]
    deg_sum = sum(degrees)
    m = deg_sum / 2

    # modularity exactly as networkx sums it: per community L_c / m - res * D_c^2 * norm
    def mod_of(adj, degrees, groups):
        norm = 1 / deg_sum ** 2
        contributions = []
        for group in groups:
            members = set(group)
            L_c = 0
            seen = set()
            for u in group:
                for v, w in adj[u].items():
                    if v in members and v not in seen:
                        L_c += w
                seen.add(u)
            D = 0
            for u in group:
                D += degrees[u]
            contributions.append(L_c / m - resolution * D * D * norm)
        return sum(contributions)

    partition = [[u] for u in range(n)]  # original node ids per community
    mod = mod_of(adj, degrees, [[u] for u in range(n)])
    partition, inner, improvement = _louvain_level(adj, degrees, m, partition, resolution, rng)
    last = partition
    while True:
        last = partition
        new_mod = mod_of(adj, degrees, inner)
        if new_mod - mod <= threshold:
            break
        mod = new_mod
        adj, degrees = _louvain_aggregate(adj, inner)
        partition, inner, improvement = _louvain_level(adj, degrees, m, partition, resolution, rng)
        if not improvement:
            break
    return [{nodes[i] for i in group} for group in last]


def _louvain_level(adj, degrees, m, partition, resolution, rng):
    """One level of networkx's ``_one_level``, with one exact shortcut: a node that stayed put
    when last visited is skipped until a neighbour moves or the total degree of its own or a
    neighbouring community changes, since its inputs, and so its choice, are unchanged. (Only
    with integer degrees, where removing and re-adding a node's degree is exact.)"""
    n = len(adj)
    node2com = list(range(n))
    Stot = list(degrees)
    nbrs = [{v: w for v, w in a.items() if v != u} for u, a in enumerate(adj)]
    rand_nodes = list(range(n))
    rng.shuffle(rand_nodes)
    exact = all(isinstance(d, int) for d in degrees)
    dirty = bytearray(b"\x01") * n
    com_members = [{u} for u in range(n)]
    two_m2 = 2 * m ** 2
    nb_moves = 1
    improvement = False
    while nb_moves > 0:
        nb_moves = 0
        for u in rand_nodes:
            if not dirty[u]:
                continue
            best_mod = 0
            own = best_com = node2com[u]
            w2c = {}
            for v, wt in nbrs[u].items():
                c = node2com[v]
                w2c[c] = w2c.get(c, 0.0) + wt
            if best_com not in w2c:
                w2c[best_com] = 0.0
            degree = degrees[u]
            Stot[best_com] -= degree
            remove_cost = -w2c[best_com] / m + resolution * (Stot[best_com] * degree) / two_m2
            for nbr_com, wt in w2c.items():
                gain = remove_cost + wt / m - resolution * (Stot[nbr_com] * degree) / two_m2
                if gain > best_mod:
                    best_mod = gain
                    best_com = nbr_com
            Stot[best_com] += degree
            if best_com != own:
                improvement = True
                nb_moves += 1
                node2com[u] = best_com
                com_members[own].discard(u)
                com_members[best_com].add(u)
                if exact:  # whoever sees `own` or `best_com` has new inputs
                    for c in (own, best_com):
                        for x in com_members[c]:
                            dirty[x] = 1
                            for y in nbrs[x]:
                                dirty[y] = 1
                    for y in nbrs[u]:
                        dirty[y] = 1
                    dirty[u] = 1
            elif exact:
                dirty[u] = 0
    # communities in index order, empty ones dropped (networkx's filter(len, ...))
    groups: dict[int, list[int]] = {}
    for u in range(n):
        groups.setdefault(node2com[u], []).append(u)
    order = sorted(groups)
    inner = [groups[c] for c in order]
    new_partition = [[x for u in groups[c] for x in partition[u]] for c in order]
    return new_partition, inner, improvement


def _louvain_aggregate(adj, inner):
    node2com = {}
    for i, group in enumerate(inner):
        for u in group:
            node2com[u] = i
    H = [{} for _ in inner]
    seen = set()
    for u, a in enumerate(adj):
        c1 = node2com[u]
        for v, w in a.items():
            if v not in seen:
                c2 = node2com[v]
                t = w + H[c1].get(c2, 0)
                H[c1][c2] = t
                H[c2][c1] = t
        seen.add(u)
    degrees = [sum(a.values()) + (a[i] if i in a else 0) for i, a in enumerate(H)]
    return H, degrees


def articulation_points(simple: nx.Graph) -> list[str]:
    return _cut_points_and_bridges(simple)[0]


def bridges(simple: nx.Graph) -> list[tuple[str, str]]:
    return _cut_points_and_bridges(simple)[1]


def _cut_points_and_bridges(simple: nx.Graph) -> tuple[list[str], list[tuple[str, str]]]:
    """Articulation points and bridges in one iterative depth-first search (Hopcroft–Tarjan
    low points) over integer ids: the same sets networkx finds, in linear time without its
    chain decomposition (2 s at 1,000 reports)."""
    nodes = list(simple.nodes())
    index = {node: i for i, node in enumerate(nodes)}
    neighbours = [[index[m] for m in simple[node] if m != node] for node in nodes]
    n = len(nodes)
    order = [-1] * n
    low = [0] * n
    cut = set()
    found = []
    counter = 0
    for root in range(n):
        if order[root] != -1:
            continue
        order[root] = low[root] = counter
        counter += 1
        children = 0
        stack = [(root, -1, iter(neighbours[root]))]
        while stack:
            v, parent, it = stack[-1]
            advanced = False
            for w in it:
                if order[w] == -1:
                    order[w] = low[w] = counter
                    counter += 1
                    if v == root:
                        children += 1
                    stack.append((w, v, iter(neighbours[w])))
                    advanced = True
                    break
                if w != parent and order[w] < low[v]:
                    low[v] = order[w]
            if advanced:
                continue
            stack.pop()
            if parent != -1:
                if low[v] < low[parent]:
                    low[parent] = low[v]
                if low[v] > order[parent]:
                    found.append((parent, v))
                if parent != root and low[v] >= order[parent]:
                    cut.add(parent)
        if children > 1:
            cut.add(root)
    points = sorted(nodes[i] for i in cut)
    ties = sorted(tuple(sorted((nodes[a], nodes[b]))) for a, b in found)
    return points, ties


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


# ---------------------------------------------------------------- everything at once
def analyse(graph, edge_kinds: Iterable[str] = EDGE_KINDS, seed: int = DEFAULT_SEED,
            evidence_text: bool = False) -> Analysis:
    """Build the partnership network of ``graph`` (an rdflib graph, a pyoxigraph store, or a list
    of either) and run every analysis on it. ``evidence_text`` also fetches the text of each
    evidence paragraph (for the interactive page)."""
    sources = as_stores(graph)  # rdflib graphs copied once into Oxigraph, stores used as they are
    simple = partnership_simple_graph(sources, edge_kinds)
    analysis = analyse_network(simple, reports=report_infos(sources), seed=seed)
    if evidence_text:
        analysis.paragraph_text = paragraph_texts(sources)
    return analysis


def analyse_network(net: nx.Graph, reports: list[ReportInfo] | None = None,
                    seed: int = DEFAULT_SEED) -> Analysis:
    with paused_gc():
        return _analyse_network(net, reports, seed)


def _analyse_network(net: nx.Graph, reports: list[ReportInfo] | None, seed: int) -> Analysis:
    simple = _as_simple(net)
    if simple.number_of_nodes() == 0:
        raise AnalysisError("the graph names no bodies (no ikg:Body), so there is no partnership to analyse")
    degree, strength = degrees(simple)
    between, method = betweenness(simple, seed)
    rank = pagerank(simple)
    groups = communities(simple, seed)
    community_of = {node: i for i, group in enumerate(groups) for node in group}
    nodes = [
        BodyScore(
            id=node, label=data["label"], type=data["type"], degree=degree[node],
            betweenness=round(between[node], 6), community=community_of[node],
            weighted_degree=strength[node], pagerank=round(rank[node], 6),
            acronyms=list(data.get("acronyms", [])), reports=list(data.get("reports", [])),
        )
        for node, data in ((node, simple.nodes[node]) for node in sorted(simple))
    ]
    edges = [
        Tie(a, b, d["weight"], list(d["relations"]), list(d["statements"]), d["comentions"],
            list(d["paragraphs"]), list(d["paragraph_numbers"]), list(d["reports"]))
        for a, b, d in sorted((min(a, b), max(a, b), d) for a, b, d in simple.edges(data=True))
    ]
    hc_bodies, hc_ties = health_council_bridges(simple)
    common_bodies, common_ties = common_to_reports(simple)
    cut_points, cut_ties = _cut_points_and_bridges(simple)
    kinds = tuple(k for k in net.graph.get("edge_kinds", ",".join(EDGE_KINDS)).split(",") if k)
    return Analysis(
        nodes=nodes, edges=edges, communities=groups,
        articulation_points=cut_points, bridges=cut_ties,
        health_council_bridges=hc_bodies, health_council_ties=hc_ties,
        common_bodies=common_bodies, common_ties=common_ties,
        reports=list(reports or []), edge_kinds=kinds, seed=seed,
        betweenness_method=method, network=simple,
    )
