"""Pictures of the partnership network, drawn from the analysis result (the JSON-shaped dict
``kg analyse --format json`` prints): a PNG, SVG or PDF drawn with matplotlib, and one
self-contained interactive HTML page (inline SVG and a little vanilla JavaScript, no CDN).

Both share one seeded layout: communities (numbered from 1, as the table numbers them) are
placed apart and drawn as shaded hulls, bodies are coloured by type and sized by betweenness
with a size legend, and labels are placed where they overprint nothing (a label that cannot be
placed clear of the others is left out and counted in the caption). A picture of many reports
stays readable by facet: ``council`` folds each council's own bodies into one node per council
and keeps the partners several councils share; ``region`` does the same per English region.
Files are written atomically, so a failed plot leaves nothing behind.
"""
from __future__ import annotations

import html
import io
import json
import math
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import OutputError
from .graphio import write_atomically

PLOT_SUFFIXES = (".png", ".svg", ".pdf", ".html")
#: ``--facet`` choices: every body, one node per council, one node per region.
FACETS = ("none", "council", "region")
#: Body type → colour (colour-blind-safe Okabe–Ito hues) and the legend's words.
TYPE_STYLE = {
    "LocalAuthority": ("#0072B2", "Local authority"),
    "Region": ("#0072B2", "Region (its councils and their own bodies)"),
    "Board": ("#E69F00", "Board, partnership or panel"),
    "HealthBody": ("#009E73", "Health body"),
    "Service": ("#CC79A7", "Service or team"),
    "PartnerOrganisation": ("#56B4E9", "Other partner organisation"),
    "Body": ("#999999", "Other body"),
}
#: Hull fills for communities or regions, cycled (light, so the bodies' colours stay readable).
GROUP_FILLS = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3",
               "#8C8C8C", "#CCB974", "#64B5CD")
#: Above this many bodies only the most central are drawn (the rest are listed in the JSON).
MAX_DRAWN = 300
#: Above this many bodies only the most central carry a label.
MAX_LABELLED = 45
#: The HTML page labels fewer at first; the rest appear when zoomed in, or found by search.
MAX_LABELLED_HTML = 25
#: In a facet, a partner named by more than this share of the councils (or regions) is named in
#: the caption instead of drawn: tied to every node, it would only hide the rest.
EVERYWHERE_SHARE = 0.5
#: The least number of groups before a partner can count as "everywhere".
EVERYWHERE_MIN_GROUPS = 4


def check_plot_path(path: Path | str) -> Path:
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise OutputError(
            f"{path}: cannot tell the picture format from the suffix {path.suffix!r} "
            f"(use {', '.join(PLOT_SUFFIXES)})"
        )
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{path}: the folder {directory} does not exist")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder, not a file")
    return path


# ---------------------------------------------------------------- what is drawn
@dataclass
class Picture:
    """The drawing's content, whatever the output format."""

    title: str
    net: nx.Graph  # node attributes: label, type, size (the value sized by), caption, acronyms…
    groups: list[tuple[str, list[str]]]  # hulls: a name ("Community 2", "London") and its nodes
    group_of: dict[str, int]  # node → index into groups (1-based numbering is index + 1)
    size_by: str  # what node size shows, in the legend's words
    notes: list[str] = field(default_factory=list)
    paragraphs: dict[str, list[str]] = field(default_factory=dict)  # node → paragraph IRIs
    #: Lay each group out together even where its members are not tied (regions of a facet);
    #: otherwise the main connected part is laid out by group and the small parts set apart.
    together: bool = False
    #: Each group's size before the MAX_DRAWN cut (as the table counts it).
    group_sizes: list[int] = field(default_factory=list)


def plot(result, path: Path | str, title: str | None = None, seed: int | None = None,
         evidence: dict[str, str] | None = None, facet: str = "none") -> Path:
    """Draw the analysis ``result`` to ``path``; the suffix chooses PNG, SVG, PDF or HTML.

    ``result`` is the analysis dict (``Analysis.to_dict()``, as ``kg analyse --format json``
    prints it) or an ``Analysis``; ``evidence`` maps paragraph IRIs to their text for the HTML
    page's evidence panel."""
    path = check_plot_path(path)
    if facet not in FACETS:
        raise OutputError(f"unknown facet {facet!r} (choose {', '.join(FACETS)})")
    if hasattr(result, "to_dict"):
        evidence = evidence if evidence is not None else getattr(result, "paragraph_text", None)
        result = result.to_dict()
    seed = result.get("seed", 42) if seed is None else seed
    picture = build_picture(result, facet=facet, title=title)
    if path.suffix.lower() == ".html":
        plot_html(picture, path, seed, evidence or {})
    else:
        plot_static(picture, path, seed)
    return path


def report_name(report: dict) -> str:
    when = report.get("start") or report.get("issued")
    who = report.get("authority") or str(report.get("iri", "")).rsplit("/", 1)[-1]
    return f"{who}, {when}" if when else who


def default_title(result: dict) -> str:
    reports = result.get("reports") or []
    if not reports:
        return "Partnership network"
    if len(reports) == 1:
        return f"Partnership network: {report_name(reports[0])}"
    return f"Partnership network of {len(reports)} reports"


def short_name(label: str, acronyms=(), authority: str | None = None) -> str:
    """A short form for a crowded picture: the shortest acronym of a long name, with the
    council the body belongs to (``authority``, else the "(…)" its label ends in)."""
    from .network.analysis import keep_place, telling_short_forms

    acronyms = [a for a in telling_short_forms(label, acronyms, authority) if a and len(a) < len(label)]
    if len(label) > 28 and acronyms:
        return keep_place(min(acronyms, key=lambda a: (len(a), a)), label, authority)
    return label


def caption_of(label: str, acronyms=(), width: int = 18) -> str:
    name = short_name(label, acronyms)
    if len(name) > 52:
        name = name[:50].rstrip() + "…"
    return "\n".join(textwrap.wrap(name, width)) or name


def build_picture(result: dict, facet: str = "none", title: str | None = None) -> Picture:
    """What the picture shows: every body (the most central MAX_DRAWN of a big corpus) grouped
    by community, or the facet's aggregation."""
    heading = title or default_title(result)
    if facet != "none":
        return _facet_picture(result, facet, heading)
    nodes = {n["id"]: n for n in result.get("nodes", [])}
    order = sorted(nodes.values(), key=lambda n: (-n.get("betweenness", 0), -n.get("degree", 0), n["id"]))
    rank = {n["id"]: i for i, n in enumerate(order)}
    keep = {n["id"] for n in order[:MAX_DRAWN]}
    net = nx.Graph()
    for node_id in sorted(keep):
        n = nodes[node_id]
        net.add_node(node_id, label=n["label"], type=n.get("type", "Body"), size=n.get("betweenness", 0.0),
                     acronyms=list(n.get("acronyms", [])), degree=n.get("degree", 0),
                     betweenness=n.get("betweenness", 0.0), community=n.get("community", 0) + 1,
                     rank=rank[node_id], reports=list(n.get("reports", [])))
    paragraphs: dict[str, set[str]] = {n: set(nodes[n].get("paragraphs", [])) for n in keep}
    for e in sorted(result.get("edges", []), key=lambda e: (e["source"], e["target"])):
        a, b = e["source"], e["target"]
        for end in (a, b):
            if end in paragraphs:
                paragraphs[end].update(e.get("paragraphs", []))
        if a in keep and b in keep:
            net.add_edge(a, b, weight=e.get("weight", 1), relations=list(e.get("relations", [])),
                         numbers=list(e.get("paragraph_numbers", [])))
    communities = result.get("communities") or []
    groups, group_of = [], {}
    for index, members in enumerate(communities):
        drawn = sorted(m for m in members if m in keep)
        groups.append((f"Community {index + 1}", drawn))
        for m in drawn:
            group_of[m] = index
    notes = []
    if len(keep) < len(nodes):
        notes.append(f"the {len(keep)} most central of {len(nodes)} bodies")
    return Picture(heading, net, groups, group_of, "betweenness", notes,
                   {n: sorted(p) for n, p in paragraphs.items()},
                   group_sizes=[len(members) for members in communities])


def region_of(authority: str) -> str:
    from .gazetteer import council_for

    council = council_for(authority) if authority else None
    return council.region if council is not None and council.region else "Region not known"


def _facet_picture(result: dict, facet: str, heading: str) -> Picture:
    """One node per council (or region) standing for it and the bodies only its reports name,
    the partners that several councils' (regions') reports name, and ties between them. The
    hulls group councils by region."""
    reports = {r["iri"]: r for r in result.get("reports", [])}
    council_of = {iri: (r.get("authority") or iri.rsplit("/", 1)[-1]) for iri, r in reports.items()}
    region_cache: dict[str, str] = {}

    def region(council: str) -> str:
        if council not in region_cache:
            region_cache[council] = region_of(council)
        return region_cache[council]

    def key_of(report_iri: str) -> str | None:
        council = council_of.get(report_iri)
        if council is None:
            return None
        return council if facet == "council" else region(council)

    keys = sorted({key_of(iri) for iri in reports if key_of(iri)})
    authorities = set(council_of.values())
    own: dict[str, int] = {k: 0 for k in keys}
    shared: dict[str, set[str]] = {}
    nodes = {n["id"]: n for n in result.get("nodes", [])}
    for node_id, n in sorted(nodes.items()):
        node_keys = {key_of(r) for r in n.get("reports", []) if key_of(r)}
        if n.get("type") == "LocalAuthority" and n.get("label") in authorities:
            continue  # the inspected council is its own group node
        if len(node_keys) >= 2:
            shared[node_id] = node_keys
        else:
            for k in node_keys:
                own[k] += 1
    everywhere = {b for b, ks in shared.items()
                  if len(keys) >= EVERYWHERE_MIN_GROUPS and len(ks) > EVERYWHERE_SHARE * len(keys)}
    net = nx.Graph()
    kind = "LocalAuthority" if facet == "council" else "Region"
    for k in keys:
        net.add_node(f"{facet}:{k}", label=k, type=kind, acronyms=[], reports=[],
                     caption_extra=f"{own[k]} own bodies")
    for b in sorted(shared):
        if b in everywhere:
            continue
        n = nodes[b]
        net.add_node(b, label=n["label"], type=n.get("type", "Body"), acronyms=list(n.get("acronyms", [])),
                     reports=list(n.get("reports", [])))
        for k in sorted(shared[b]):
            count = sum(1 for r in n.get("reports", []) if key_of(r) == k)
            net.add_edge(f"{facet}:{k}", b, weight=count, relations=[], numbers=[])
    for e in sorted(result.get("edges", []), key=lambda e: (e["source"], e["target"])):
        a, b = e["source"], e["target"]
        if a in net and b in net and a in shared and b in shared:
            net.add_edge(a, b, weight=e.get("weight", 1), relations=list(e.get("relations", [])),
                         numbers=list(e.get("paragraph_numbers", [])))
    degree = dict(net.degree())
    for node in net.nodes:
        net.nodes[node]["size"] = float(degree[node])
        net.nodes[node]["degree"] = degree[node]
        net.nodes[node]["betweenness"] = 0.0
    ranked = sorted(net.nodes, key=lambda n: (-degree[n], n))
    for rank, node in enumerate(ranked):
        net.nodes[node]["rank"] = rank
    groups: list[tuple[str, list[str]]] = []
    group_of: dict[str, int] = {}
    if facet == "council":
        by_region: dict[str, list[str]] = {}
        for k in keys:
            by_region.setdefault(region(k), []).append(f"council:{k}")
        for name in sorted(by_region):
            group_of.update({m: len(groups) for m in by_region[name]})
            groups.append((name, sorted(by_region[name])))
    unit = "council" if facet == "council" else "region"
    notes = [f"one node per {unit} with the bodies only its reports name; "
             f"{len(net) - len(keys)} partners named by several {unit}s"]
    if everywhere:
        names = ", ".join(sorted(nodes[b]["label"] for b in everywhere))
        notes.append(f"named by most {unit}s and not drawn: {names}")
    return Picture(f"{heading}, by {unit}", net, groups, group_of, "ties (degree)", notes, {}, together=True)


# ---------------------------------------------------------------- layout
def _induced(net: nx.Graph, nodes) -> nx.Graph:
    """The subgraph on ``nodes`` with nodes and edges in sorted order (``net.subgraph`` follows
    the order of a set of strings, which hash randomisation changes per process; the spring
    layout follows that order)."""
    keep = set(nodes)
    sub = nx.Graph()
    for node in sorted(keep):
        sub.add_node(node, **net.nodes[node])
    sub.add_edges_from(sorted((a, b, net.edges[a, b]) for a in sorted(keep) for b in net[a]
                              if b in keep and a < b))
    return sub


def layout(picture: Picture, seed: int) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]²: the largest connected part fills the upper picture, its groups
    (communities or regions) placed apart by a seeded spring layout of the group graph and each
    laid out around its centre; the small parts cut off from it sit in a grid below."""
    net = picture.net
    if picture.together and len(net):
        return _normalise(_group_layout(_induced(net, net.nodes), picture.group_of, seed))
    parts = sorted((sorted(c) for c in nx.connected_components(net)), key=lambda c: (-len(c), c[0]))
    if not parts:
        return {}
    main, small = (parts[0], parts[1:]) if len(parts[0]) >= 3 else ([], parts)
    positions = _normalise(_group_layout(_induced(net, main), picture.group_of, seed)) if main else {}
    if small:
        top = 0.24 if main else 1.0
        positions = {n: (x, top + (1 - top) * y) for n, (x, y) in positions.items()}
        per_row = max(4, math.ceil(math.sqrt(len(small) * 3)))
        rows = math.ceil(len(small) / per_row)
        height = (top - 0.04) if main else 1.0
        for i, part in enumerate(small):
            row, col = divmod(i, per_row)
            cx = (col + 0.5) / per_row
            cy = (height * (rows - row - 0.5) / rows) if rows else 0.0
            spread = 0.32 / per_row
            for j, node in enumerate(part):
                angle = 2 * math.pi * j / len(part)
                r = spread if len(part) > 1 else 0.0
                positions[node] = (cx + r * math.cos(angle), cy + r * 0.6 * math.sin(angle))
    return positions


def _group_layout(net: nx.Graph, group_of: dict[str, int], seed: int) -> dict[str, tuple[float, float]]:
    groups: dict[tuple, list[str]] = {}
    for node in sorted(net.nodes):  # a body in no group stands alone
        groups.setdefault((0, group_of[node], "") if node in group_of else (1, 0, node), []).append(node)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    index = {node: i for i, group in enumerate(ordered) for node in group}
    meta = nx.Graph()
    meta.add_nodes_from(range(len(ordered)))
    for a, b, data in sorted(net.edges(data=True)):
        i, j = index[a], index[b]
        if i != j:
            w = meta.get_edge_data(i, j, {"weight": 0})["weight"]
            meta.add_edge(i, j, weight=w + data.get("weight", 1))
    radii = [math.sqrt(len(g)) for g in ordered]
    if len(ordered) == 1:
        centres = {0: (0.0, 0.0)}
    else:
        raw = nx.spring_layout(meta, seed=seed, weight=None, k=2.0 / math.sqrt(len(ordered)), iterations=200)
        centres = _separate_discs({i: tuple(raw[i] * (sum(radii) / 2.0)) for i in raw}, radii)
    positions: dict[str, tuple[float, float]] = {}
    for i, group in enumerate(ordered):
        if len(group) == 1:
            local = {group[0]: (0.0, 0.0)}
        else:
            sub = _induced(net, group)
            local = {n: tuple(p) for n, p in nx.spring_layout(
                sub, seed=seed, weight=None, k=2.0 / math.sqrt(len(group)), iterations=300).items()}
        cx, cy = centres[i]
        for node, (x, y) in local.items():
            positions[node] = (cx + x * radii[i], cy + y * radii[i])
    return positions


def _separate_discs(centres: dict[int, tuple[float, float]], radii: list[float],
                    rounds: int = 200) -> dict[int, tuple[float, float]]:
    """Push group discs apart until they no longer overlap (deterministic)."""
    pts = {i: list(c) for i, c in centres.items()}
    keys = sorted(pts)
    for _ in range(rounds):
        moved = False
        for a, i in enumerate(keys):
            for j in keys[a + 1:]:
                dx, dy = pts[j][0] - pts[i][0], pts[j][1] - pts[i][1]
                dist = math.hypot(dx, dy)
                need = (radii[i] + radii[j]) * 1.08
                if dist < need:
                    push = (need - dist) / 2
                    ux, uy = (dx / dist, dy / dist) if dist > 1e-9 else (1.0, 0.0)
                    pts[i][0] -= ux * push
                    pts[i][1] -= uy * push
                    pts[j][0] += ux * push
                    pts[j][1] += uy * push
                    moved = True
        if not moved:
            break
    return {i: (p[0], p[1]) for i, p in pts.items()}


def _normalise(positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    if len(positions) <= 1:
        return {n: (0.5, 0.5) for n in positions}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (0.5 + (x - mx) / span, 0.5 + (y - my) / span) for n, (x, y) in positions.items()}


def radius_scale(picture: Picture, low: float, high: float):
    """Value → radius: area proportional to the value (square root), the largest value drawn
    at ``high``; the same function draws the nodes and the size legend."""
    top = max((picture.net.nodes[n]["size"] for n in picture.net.nodes), default=0.0) or 1.0

    def radius(value: float) -> float:
        return low + (high - low) * math.sqrt(max(value, 0.0) / top)

    return radius, top


def legend_values(top: float, integer: bool) -> list[float]:
    """Three round values for the size legend: about the largest, a quarter and a sixteenth."""
    values = []
    for share in (1.0, 0.25, 1 / 16):
        raw = top * share
        if integer:
            value = float(max(1, round(raw)))
        else:
            exponent = math.floor(math.log10(raw)) if raw > 0 else 0
            value = round(raw, -exponent + 1) if raw > 0 else 0.0
        if value > 0 and value not in values:
            values.append(value)
    return values


def labelled_nodes(picture: Picture, limit: int = MAX_LABELLED) -> list[str]:
    nodes = sorted(picture.net.nodes, key=lambda n: (picture.net.nodes[n].get("rank", 0), n))
    return nodes[:limit]


def hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The convex hull of ``points`` (Andrew's monotone chain), anticlockwise."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def padded_outline(points: list[tuple[float, float]], pad: float, steps: int = 10) -> list[tuple[float, float]]:
    """A rounded outline ``pad`` around ``points``: the hull of small circles around each
    point, so one or two members still get a visible shape."""
    ring = []
    for x, y in points:
        for k in range(steps):
            angle = 2 * math.pi * k / steps
            ring.append((x + pad * math.cos(angle), y + pad * math.sin(angle)))
    return hull(ring)


def hull_pieces(picture: Picture, positions) -> list[tuple[int, str, list[str]]]:
    """The shapes to shade: each group's drawn members, split where the group falls into
    separate connected parts of the picture (a community whose linking bodies are not drawn),
    unless the picture lays groups out together. Pieces of one member are left unshaded."""
    component: dict[str, int] = {}
    if not picture.together:
        for i, part in enumerate(sorted((sorted(c) for c in nx.connected_components(picture.net)))):
            component.update({n: i for n in part})
    pieces = []
    for index, (name, members) in enumerate(picture.groups):
        split: dict[int, list[str]] = {}
        for m in members:
            if m in positions:
                split.setdefault(component.get(m, 0), []).append(m)
        for key in sorted(split):
            if len(split[key]) >= 2:
                pieces.append((index, name, split[key]))
    return pieces


def _caption_text(picture: Picture, node: str, width: int = 18) -> str:
    data = picture.net.nodes[node]
    text = caption_of(data["label"], data.get("acronyms", []), width)
    extra = data.get("caption_extra")
    return f"{text}\n({extra})" if extra else text


# ---------------------------------------------------------------- PNG / SVG / PDF
def plot_static(picture: Picture, path: Path | str, seed: int) -> None:
    from matplotlib import pyplot as plt

    path = check_plot_path(path)
    fig = draw_figure(picture, seed)
    buffer = io.BytesIO()
    fmt = path.suffix.lower().lstrip(".")
    metadata = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None},
                "pdf": {"CreationDate": None, "Creator": None, "Producer": None}}[fmt]
    fig.savefig(buffer, format=fmt, metadata=metadata)
    plt.close(fig)
    write_atomically(path, buffer.getvalue())


def draw_figure(picture: Picture, seed: int):
    """The matplotlib figure of ``picture``: hulls, ties, bodies, labels (gid ``node-label``),
    the legends and the caption."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "inspection-kg"  # stable ids: same input, same bytes
    from matplotlib import pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Polygon

    net = picture.net
    nodes = sorted(net.nodes)
    pos = layout(picture, seed)
    big = len(nodes) > 60
    radius, top = radius_scale(picture, 4.0, 22.0)  # in points
    size_pt = {n: radius(net.nodes[n]["size"]) for n in nodes}

    fig, ax = plt.subplots(figsize=(16, 12) if big else (14, 11), dpi=110)
    ax.set_axis_off()
    ax.set_xlim(-0.06, 1.06)
    ax.set_ylim(-0.06, 1.04)
    # group hulls, light, under everything, with the group's number or name
    for index, name, drawn in hull_pieces(picture, pos):
        outline = padded_outline([pos[m] for m in drawn], 0.025)
        colour = GROUP_FILLS[index % len(GROUP_FILLS)]
        ax.add_patch(Polygon(outline, closed=True, facecolor=colour, alpha=0.10, edgecolor=colour,
                             linewidth=1.0, zorder=0))
        top_point = max(outline, key=lambda p: (p[1], -p[0]))
        tag = name.replace("Community ", "") if name.startswith("Community ") else name
        ax.text(top_point[0], top_point[1] + 0.004, tag, fontsize=8, color=colour, ha="center",
                va="bottom", zorder=1, fontweight="bold", gid="group-tag")
    max_w = max((d.get("weight", 1) for _, _, d in net.edges(data=True)), default=1)
    for a, b, data in sorted(net.edges(data=True)):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        typed = bool(data.get("relations"))
        ax.plot([x1, x2], [y1, y2], zorder=1, solid_capstyle="round",
                color="#444444" if typed else "#bbbbbb",
                linewidth=(1.4 if typed else 0.5) + 2.0 * math.sqrt(data.get("weight", 1) / max_w),
                alpha=0.85 if typed else 0.6)
    for kind, (colour, _) in TYPE_STYLE.items():
        members = [n for n in nodes if net.nodes[n]["type"] == kind]
        if members:
            ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members],
                       s=[(2 * size_pt[n]) ** 2 for n in members], c=colour, edgecolors="white",
                       linewidths=1.0, zorder=2)
    fig.tight_layout(rect=(0, 0, 0.80, 0.95))
    labels = labelled_nodes(picture)
    hidden = _place_labels(fig, ax, picture, labels, pos, size_pt, big)
    # legends: body types and tie kinds; node size
    used = sorted({net.nodes[n]["type"] for n in nodes}, key=list(TYPE_STYLE).index)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=TYPE_STYLE[t][0],
                      markeredgecolor="white", label=TYPE_STYLE[t][1]) for t in used]
    handles.append(Line2D([], [], color="#444444", linewidth=2, label="stated relation"))
    handles.append(Line2D([], [], color="#bbbbbb", linewidth=1.5, label="named in the same paragraph"))
    if picture.groups:
        handles.append(Polygon([(0, 0)], closed=True, facecolor=GROUP_FILLS[0], alpha=0.15,
                               edgecolor=GROUP_FILLS[0],
                               label="community (its number in the table)"
                               if picture.groups[0][0].startswith("Community") else "region"))
    kinds = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.79, 0.93), frameon=False,
                       fontsize=9, title="bodies and ties", title_fontsize=9, alignment="left")
    integer = picture.size_by.startswith("ties")
    sizes = [Line2D([], [], marker="o", linestyle="", markersize=2 * radius(v), markerfacecolor="#bbbbbb",
                    markeredgecolor="#666666", label=(f"{v:g}" if not integer else f"{int(v)}"))
             for v in legend_values(top, integer)]
    fig.legend(handles=sizes, loc="upper left", bbox_to_anchor=(0.79, 0.55), frameon=False, fontsize=9,
               title=f"node size: {picture.size_by}", title_fontsize=9, labelspacing=2.4,
               borderpad=1.2, handletextpad=1.6, borderaxespad=1.0, alignment="left")
    fig.add_artist(kinds)
    heading = picture.title
    fig.suptitle(heading, x=0.02, y=0.985, ha="left", fontsize=13)
    notes = list(picture.notes)
    if hidden:
        notes.append(f"{hidden} label{'s' if hidden != 1 else ''} left out where they would overprint")
    if notes:
        fig.text(0.02, 0.952, "; ".join(notes), fontsize=9, color="#555555", ha="left", va="top",
                 wrap=True)
    return fig


def _place_labels(fig, ax, picture: Picture, labels: list[str], pos, size_pt, big: bool) -> int:
    """Put each label beside its node where it covers no other label and as few nodes as it
    can: the most central choose first among eight directions at three distances, scored by the
    overlap in pixels with every node's disc and every label already placed. A label that still
    overlaps a placed one is removed. Returns how many were removed. Deterministic."""
    if not labels:
        return 0
    renderer = fig.canvas.get_renderer()
    to_px = fig.dpi / 72.0
    nodes = sorted(picture.net.nodes)
    centre = {n: ax.transData.transform(pos[n]) for n in nodes}
    discs = [(n, centre[n][0] - size_pt[n] * to_px - 1, centre[n][1] - size_pt[n] * to_px - 1,
              centre[n][0] + size_pt[n] * to_px + 1, centre[n][1] + size_pt[n] * to_px + 1) for n in nodes]
    frame = fig.bbox

    def overlap(a, b) -> float:
        w = min(a[2], b[2]) - max(a[0], b[0])
        h = min(a[3], b[3]) - max(a[1], b[1])
        return w * h if w > 0 and h > 0 else 0.0

    directions = [(0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"),
                  (-1, 0, "right", "center"), (0.8, -0.8, "left", "top"), (-0.8, -0.8, "right", "top"),
                  (0.8, 0.8, "left", "bottom"), (-0.8, 0.8, "right", "bottom")]
    placed: list[tuple[float, float, float, float]] = []  # group tags first: labels avoid them too
    for tag in fig.findobj(lambda a: a.get_gid() == "group-tag"):
        box = tag.get_window_extent(renderer)
        placed.append((box.x0 - 1, box.y0 - 1, box.x1 + 1, box.y1 + 1))
    hidden = 0
    for node in labels:
        gap = size_pt[node] + 2
        text = ax.annotate(_caption_text(picture, node), pos[node], xytext=(0, -gap),
                           textcoords="offset points", ha="center", va="top",
                           fontsize=7.5 if big else 8.5, zorder=3,
                           bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
                           gid="node-label")
        best = None
        for rank, (reach, (dx, dy, ha, va)) in enumerate(
                (r, d) for r in (1.0, 2.0, 3.2) for d in directions):
            far = gap * reach + 4 * (reach - 1)
            text.xyann = (dx * far, dy * far)
            text.set_ha(ha)
            text.set_va(va)
            box = text.get_window_extent(renderer)
            rect = (box.x0 - 1, box.y0 - 1, box.x1 + 1, box.y1 + 1)
            on_labels = sum(overlap(rect, other) for other in placed)
            on_nodes = sum(overlap(rect, d[1:]) for d in discs if d[0] != node)
            outside = (rect[2] - rect[0]) * (rect[3] - rect[1]) - overlap(rect, (frame.x0, frame.y0, frame.x1, frame.y1))
            cost = on_labels * 50 + on_nodes * 2 + outside * 50 + rank * 4
            if best is None or cost < best[0]:
                best = (cost, (dx * far, dy * far), ha, va, rect, on_labels + outside)
            if on_labels == 0 and on_nodes == 0 and outside == 0:
                break
        _, offset, ha, va, rect, clash = best
        if clash > 0:
            text.remove()
            hidden += 1
            continue
        text.xyann = offset
        text.set_ha(ha)
        text.set_va(va)
        placed.append(rect)
    return hidden


# ---------------------------------------------------------------- HTML
def plot_html(picture: Picture, path: Path | str, seed: int, evidence: dict[str, str]) -> None:
    """One HTML file, no external resources: a responsive SVG with zoom and pan, a search box,
    bodies reachable by keyboard (Tab, then Enter for the evidence), community hulls numbered
    as in the table, and a panel with the paragraphs that name the chosen body."""
    path = check_plot_path(path)
    net = picture.net
    nodes = sorted(net.nodes)
    pos = layout(picture, seed)
    width, height, margin = 1000, 760, 50
    radius, top = radius_scale(picture, 4.5, 20.0)

    def xy(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return (round(margin + x * (width - 2 * margin), 1), round(margin + (1 - y) * (height - 2 * margin), 1))

    data_nodes = {}
    for n in nodes:
        attrs = net.nodes[n]
        group = picture.group_of.get(n)
        data_nodes[n] = {
            "label": attrs["label"], "type": TYPE_STYLE.get(attrs["type"], TYPE_STYLE["Body"])[1],
            "acronyms": attrs.get("acronyms", []), "degree": attrs.get("degree", 0),
            "betweenness": round(attrs.get("betweenness", 0.0), 4),
            "group": picture.groups[group][0] if group is not None else None,
            "note": attrs.get("caption_extra"),
            "paragraphs": [_paragraph_record(p, evidence) for p in picture.paragraphs.get(n, [])],
            "ties": [{"with": net.nodes[m]["label"], "relations": net.edges[n, m].get("relations", []),
                      "numbers": net.edges[n, m].get("numbers", [])}
                     for m in sorted(net.neighbors(n), key=lambda m: (-net.edges[n, m].get("weight", 1), m))],
        }
    hulls = []
    for index, name, drawn in hull_pieces(picture, pos):
        outline = padded_outline([xy(m) for m in drawn], 18)
        colour = GROUP_FILLS[index % len(GROUP_FILLS)]
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in outline)
        tx, ty = min(outline, key=lambda p: (p[1], p[0]))
        tag = name.replace("Community ", "") if name.startswith("Community ") else name
        hulls.append(f'<g class="hull"><polygon points="{points}" fill="{colour}" stroke="{colour}">'
                     f'<title>{html.escape(name)}: {len(drawn)} bodies</title></polygon>'
                     f'<text x="{tx:.1f}" y="{ty - 4:.1f}" fill="{colour}">{html.escape(tag)}</text></g>')
    lines = []
    max_w = max((d.get("weight", 1) for _, _, d in net.edges(data=True)), default=1)
    for a, b, d in sorted(net.edges(data=True)):
        (x1, y1), (x2, y2) = xy(a), xy(b)
        typed = bool(d.get("relations"))
        width_px = round((1.2 if typed else 0.5) + 2.0 * math.sqrt(d.get("weight", 1) / max_w), 2)
        tip = html.escape(f"{net.nodes[a]['label']} — {net.nodes[b]['label']}: "
                          f"{', '.join(d.get('relations', [])) or 'named together'}")
        lines.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" class="{"typed" if typed else "co"}" '
                     f'stroke-width="{width_px}" data-a="{_attr(a)}" data-b="{_attr(b)}"><title>{tip}</title></line>')
    circles, labels = [], []
    shown = set(labelled_nodes(picture, MAX_LABELLED_HTML))
    for n in sorted(nodes, key=lambda n: net.nodes[n].get("rank", 0)):  # tab order: most central first
        x, y = xy(n)
        attrs = net.nodes[n]
        colour = TYPE_STYLE.get(attrs["type"], TYPE_STYLE["Body"])[0]
        group = data_nodes[n]["group"]
        aria = f"{attrs['label']}, {data_nodes[n]['type']}" + (f", {group}" if group else "")
        circles.append(f'<circle cx="{x}" cy="{y}" r="{radius(attrs["size"]):.1f}" fill="{colour}" '
                       f'data-id="{_attr(n)}" tabindex="0" role="button" aria-label="{_attr(aria)}"></circle>')
        caption = _caption_text(picture, n, 22).split("\n")
        spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else 11}">{html.escape(c)}</tspan>'
                        for i, c in enumerate(caption))
        hidden = "" if n in shown else ' class="minor"'
        labels.append(f'<text x="{x}" y="{round(y + radius(attrs["size"]) + 10, 1)}" data-for="{_attr(n)}"'
                      f'{hidden}>{spans}</text>')
    used = sorted({net.nodes[n]["type"] for n in nodes}, key=list(TYPE_STYLE).index)
    legend = "".join(f'<li><span class="dot" style="background:{TYPE_STYLE[t][0]}"></span>'
                     f'{html.escape(TYPE_STYLE[t][1])}</li>' for t in used)
    integer = picture.size_by.startswith("ties")
    size_legend = "".join(
        f'<li><svg width="{2 * radius(v) + 2:.0f}" height="{2 * radius(v) + 2:.0f}" aria-hidden="true">'
        f'<circle cx="{radius(v) + 1:.1f}" cy="{radius(v) + 1:.1f}" r="{radius(v):.1f}"></circle></svg>'
        f'{int(v) if integer else f"{v:g}"}</li>' for v in legend_values(top, integer))
    group_rows = "".join(
        f'<li><span class="dot" style="background:{GROUP_FILLS[i % len(GROUP_FILLS)]}"></span>'
        f'<b>{html.escape(name)}</b> ({_group_size(picture, i, members)}): '
        f'{html.escape(", ".join(net.nodes[m]["label"] for m in sorted(members, key=lambda m: (net.nodes[m].get("rank", 0), m))[:6]))}'
        f'{"…" if len(members) > 6 else ""}</li>'
        for i, (name, members) in enumerate(picture.groups) if members)
    payload = json.dumps({"nodes": data_nodes}, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    note = "; ".join(picture.notes)
    page = _HTML_TEMPLATE.format(
        title=html.escape(picture.title), note=html.escape(note or f"{len(nodes)} bodies"), width=width, height=height,
        hulls="\n".join(hulls), lines="\n".join(lines), circles="\n".join(circles),
        labels="\n".join(labels), legend=legend, size_by=html.escape(picture.size_by),
        size_legend=size_legend, data=payload,
        group_list=(f'<h3>{"Communities (numbered as in the table)" if picture.groups[0][0].startswith("Community") else "Regions"}</h3>'
                    f'<ul class="groups">{group_rows}</ul>') if group_rows else "")
    write_atomically(path, page.encode("utf-8"))


def _group_size(picture: Picture, index: int, drawn: list[str]) -> str:
    """A group's size as the table gives it, and how many of it are drawn where not all are."""
    total = picture.group_sizes[index] if index < len(picture.group_sizes) else len(drawn)
    return str(total) if total == len(drawn) else f"{total}, {len(drawn)} drawn"


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _paragraph_record(paragraph: str, evidence: dict[str, str]) -> dict:
    """A paragraph ({report}/paragraph/{number}) or a passage ({report}/passage/{n}) as the panel shows it."""
    head, kind, number = paragraph.rsplit("/", 2) if paragraph.count("/") >= 2 else ("", "paragraph", paragraph)
    report = head.rsplit("/", 1)[-1]
    return {"kind": "Passage" if kind == "passage" else "Paragraph", "number": number, "report": report,
            "text": evidence.get(paragraph, "")}


_HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
* {{ box-sizing: border-box; }}
html, body {{ height: 100%; }}
body {{ font-family: system-ui, sans-serif; margin: 0; color: #222; display: grid;
  grid-template-columns: minmax(0, 1fr) clamp(300px, 30vw, 460px); grid-template-rows: 100vh; }}
main {{ display: flex; flex-direction: column; min-width: 0; overflow: hidden; }}
header {{ padding: 8px 14px 4px; }}
h1 {{ font-size: 18px; margin: 0 0 4px; }}
p.note {{ margin: 0; color: #555; font-size: 13px; }}
.tools {{ display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; }}
.tools input {{ font: inherit; padding: 3px 6px; width: min(260px, 100%); }}
.tools button {{ font: inherit; min-width: 2em; }}
#status {{ font-size: 13px; color: #555; }}
#stage {{ flex: 1 1 auto; min-height: 0; position: relative; border-top: 1px solid #eee; }}
svg#net {{ display: block; width: 100%; height: 100%; cursor: grab; touch-action: none; }}
svg#net:focus {{ outline: 2px solid #0072B2; outline-offset: -2px; }}
svg#net.dragging {{ cursor: grabbing; }}
.hull polygon {{ fill-opacity: .10; stroke-opacity: .5; stroke-width: 1; }}
.hull text {{ font-size: 12px; font-weight: bold; text-anchor: middle; }}
line.typed {{ stroke: #444; }}
line.co {{ stroke: #bbb; }}
line.focus {{ stroke: #d55e00; }}
circle[data-id] {{ stroke: #fff; stroke-width: 1.5; cursor: pointer; }}
circle[data-id]:focus {{ outline: none; stroke: #000; stroke-width: 3; }}
circle.focus {{ stroke: #000; stroke-width: 3; }}
circle.match {{ stroke: #d55e00; stroke-width: 4; }}
svg.searching circle[data-id]:not(.match) {{ opacity: .25; }}
#labels text {{ font-size: 10px; text-anchor: middle; pointer-events: none; paint-order: stroke; stroke: #fff; stroke-width: 3px; }}
#labels text.minor {{ display: none; }}
svg.zoomed #labels text.minor, #labels text.show {{ display: inline; }}
aside {{ border-left: 1px solid #ddd; padding: 0 14px; overflow-y: auto; font-size: 14px; min-width: 0; }}
ul.legend {{ list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; align-items: center; }}
ul.legend svg circle {{ fill: #bbb; stroke: #666; }}
ul.groups {{ padding-left: 18px; font-size: 13px; }}
.dot {{ display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 5px; vertical-align: -1px; }}
blockquote {{ margin: 6px 0 12px; padding-left: 8px; border-left: 3px solid #ccc; }}
#tip {{ position: fixed; pointer-events: none; background: #fff; border: 1px solid #999; padding: 6px 8px; font-size: 13px; display: none; max-width: 320px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }}
@media (max-width: 700px) {{
  body {{ grid-template-columns: 1fr; grid-template-rows: 70vh auto; }}
  aside {{ border-left: none; border-top: 1px solid #ddd; }}
}}
</style>
</head>
<body>
<main>
<header>
<h1>{title}</h1>
<p class="note">{note}. Drag to pan, scroll or +/− to zoom; Tab to a body and press Enter (or click it) for the paragraphs that name it.</p>
<div class="tools" role="search">
<label for="search">Find a body</label>
<input id="search" type="search" placeholder="name or acronym" autocomplete="off">
<button type="button" id="zoom-in" aria-label="Zoom in">+</button>
<button type="button" id="zoom-out" aria-label="Zoom out">−</button>
<button type="button" id="zoom-reset">Reset view</button>
<span id="status" role="status" aria-live="polite"></span>
</div>
<ul class="legend">{legend}</ul>
<ul class="legend"><li>node size: {size_by}</li>{size_legend}</ul>
</header>
<div id="stage">
<svg id="net" viewBox="0 0 {width} {height}" preserveAspectRatio="xMidYMid meet" role="group" aria-label="{title}" tabindex="0">
<g id="hulls">
{hulls}
</g>
<g id="edges">
{lines}
</g>
<g id="nodes">
{circles}
</g>
<g id="labels">
{labels}
</g>
</svg>
</div>
</main>
<aside id="panel" aria-live="polite"><h2>Evidence</h2><p>Choose a body (click it, or Tab to it and press Enter) to see its ties and the paragraphs that name it.</p>
{group_list}</aside>
<div id="tip"></div>
<script type="application/json" id="data">{data}</script>
<script>
(function () {{
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent).nodes;
  var svg = document.getElementById("net"), panel = document.getElementById("panel");
  var tip = document.getElementById("tip"), search = document.getElementById("search");
  var status = document.getElementById("status");
  var base = {{x: 0, y: 0, w: {width}, h: {height}}}, view = Object.assign({{}}, base);
  function esc(s) {{ return String(s).replace(/[&<>"]/g, function (c) {{
    return {{"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}}[c]; }}); }}
  function apply() {{
    svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h);
    svg.classList.toggle("zoomed", view.w < base.w * 0.6);
  }}
  function zoom(factor, cx, cy) {{
    var w = Math.min(base.w * 4, Math.max(base.w / 12, view.w * factor));
    var k = w / view.w;
    if (cx === undefined) {{ cx = view.x + view.w / 2; cy = view.y + view.h / 2; }}
    view.x = cx - (cx - view.x) * k; view.y = cy - (cy - view.y) * k;
    view.w = w; view.h = view.h * k; apply();
  }}
  function toSvg(evt) {{
    var r = svg.getBoundingClientRect(), s = Math.max(view.w / r.width, view.h / r.height);
    var ox = (r.width * s - view.w) / 2, oy = (r.height * s - view.h) / 2;
    return {{x: view.x - ox + (evt.clientX - r.left) * s, y: view.y - oy + (evt.clientY - r.top) * s, s: s}};
  }}
  svg.addEventListener("wheel", function (e) {{
    e.preventDefault(); var p = toSvg(e); zoom(e.deltaY < 0 ? 0.8 : 1.25, p.x, p.y);
  }}, {{passive: false}});
  var drag = null;
  svg.addEventListener("pointerdown", function (e) {{
    if (e.target.hasAttribute("data-id")) return;
    drag = {{x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, s: toSvg(e).s}};
    svg.classList.add("dragging"); svg.setPointerCapture(e.pointerId);
  }});
  svg.addEventListener("pointermove", function (e) {{
    if (!drag) return;
    view.x = drag.vx - (e.clientX - drag.x) * drag.s; view.y = drag.vy - (e.clientY - drag.y) * drag.s; apply();
  }});
  function endDrag() {{ drag = null; svg.classList.remove("dragging"); }}
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  svg.addEventListener("keydown", function (e) {{
    var step = view.w * 0.1, handled = true;
    if (e.key === "+" || e.key === "=") zoom(0.8);
    else if (e.key === "-" || e.key === "_") zoom(1.25);
    else if (e.key === "0") {{ view = Object.assign({{}}, base); apply(); }}
    else if (e.target === svg && e.key === "ArrowLeft") {{ view.x -= step; apply(); }}
    else if (e.target === svg && e.key === "ArrowRight") {{ view.x += step; apply(); }}
    else if (e.target === svg && e.key === "ArrowUp") {{ view.y -= step; apply(); }}
    else if (e.target === svg && e.key === "ArrowDown") {{ view.y += step; apply(); }}
    else handled = false;
    if (handled) e.preventDefault();
  }});
  document.getElementById("zoom-in").addEventListener("click", function () {{ zoom(0.8); }});
  document.getElementById("zoom-out").addEventListener("click", function () {{ zoom(1.25); }});
  document.getElementById("zoom-reset").addEventListener("click", function () {{ view = Object.assign({{}}, base); apply(); }});
  var circles = Array.prototype.slice.call(document.querySelectorAll("circle[data-id]"));
  function show(c) {{
    var id = c.getAttribute("data-id"), d = data[id];
    circles.forEach(function (o) {{ o.classList.toggle("focus", o === c); }});
    document.querySelectorAll("line").forEach(function (l) {{
      l.classList.toggle("focus", l.getAttribute("data-a") === id || l.getAttribute("data-b") === id); }});
    var out = "<h2 id='chosen'>" + esc(d.label) + "</h2><p>" + esc(d.type) +
      (d.acronyms.length ? "; also " + esc(d.acronyms.join(", ")) : "") +
      (d.group ? "; " + esc(d.group) : "") + (d.note ? "; " + esc(d.note) : "") + "</p><h3>Ties</h3><ul>";
    d.ties.forEach(function (t) {{
      out += "<li>" + esc(t.with) + (t.relations.length ? " (" + esc(t.relations.join(", ")) + ")" : "") +
        (t.numbers.length ? ": paragraphs " + esc(t.numbers.join(", ")) : "") + "</li>"; }});
    if (!d.ties.length) out += "<li>none</li>";
    out += "</ul>";
    if (d.paragraphs.length) {{
      out += "<h3>Paragraphs naming it</h3>";
      d.paragraphs.forEach(function (p) {{
        out += "<p><b>" + esc(p.kind) + " " + esc(p.number) + "</b> <small>" + esc(p.report) + "</small></p>" +
          (p.text ? "<blockquote>" + esc(p.text) + "</blockquote>" : ""); }});
    }}
    panel.innerHTML = out;
  }}
  circles.forEach(function (c) {{
    var d = data[c.getAttribute("data-id")];
    c.addEventListener("mousemove", function (e) {{
      tip.innerHTML = "<b>" + esc(d.label) + "</b><br>" + esc(d.type) +
        (d.acronyms.length ? "<br>also: " + esc(d.acronyms.join(", ")) : "") +
        "<br>degree " + d.degree + (d.group ? "<br>" + esc(d.group) : "");
      tip.style.display = "block";
      tip.style.left = (e.clientX + 14) + "px"; tip.style.top = (e.clientY + 14) + "px";
    }});
    c.addEventListener("mouseleave", function () {{ tip.style.display = "none"; }});
    c.addEventListener("click", function () {{ show(c); }});
    c.addEventListener("keydown", function (e) {{
      if (e.key === "Enter" || e.key === " ") {{ e.preventDefault(); show(c); }}
    }});
  }});
  function find(text) {{
    var q = text.trim().toLowerCase(), found = [];
    circles.forEach(function (c) {{
      var d = data[c.getAttribute("data-id")];
      var hit = q !== "" && (d.label.toLowerCase().indexOf(q) >= 0 ||
        d.acronyms.some(function (a) {{ return a.toLowerCase() === q; }}));
      c.classList.toggle("match", hit);
      var label = document.querySelector('#labels text[data-for="' + CSS.escape(c.getAttribute("data-id")) + '"]');
      if (label) label.classList.toggle("show", hit);
      if (hit) found.push(c);
    }});
    svg.classList.toggle("searching", q !== "");
    status.textContent = q === "" ? "" : found.length + " bod" + (found.length === 1 ? "y" : "ies") + " found";
    return found;
  }}
  search.addEventListener("input", function () {{ find(search.value); }});
  search.addEventListener("keydown", function (e) {{
    if (e.key === "Enter") {{ var found = find(search.value); if (found.length) {{ found[0].focus(); show(found[0]); }} }}
    if (e.key === "Escape") {{ search.value = ""; find(""); }}
  }});
}})();
</script>
</body>
</html>
"""
