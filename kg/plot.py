"""Pictures of the partnership network: a PNG or SVG drawn with matplotlib, and one
self-contained interactive HTML page (inline SVG and a little vanilla JavaScript, no CDN).

Both use the same seeded layout, colour bodies by type and size them by betweenness; files are
written atomically, so a failed plot leaves nothing behind.
"""
from __future__ import annotations

import html
import io
import json
import math
import textwrap
from pathlib import Path

import networkx as nx

from .analysis import Analysis, short_name
from .errors import OutputError
from .graphio import write_atomically

PLOT_SUFFIXES = (".png", ".svg", ".pdf", ".html")
#: Body type → colour (colour-blind-safe Okabe–Ito hues) and the legend's words.
TYPE_STYLE = {
    "LocalAuthority": ("#0072B2", "Local authority"),
    "Board": ("#E69F00", "Board, partnership or panel"),
    "HealthBody": ("#009E73", "Health body"),
    "Service": ("#CC79A7", "Service or team"),
    "PartnerOrganisation": ("#56B4E9", "Other partner organisation"),
    "Body": ("#999999", "Other body"),
}
#: Above this many bodies only the most central are drawn (the rest are listed in the JSON).
MAX_DRAWN = 300
#: Above this many bodies only the most central carry a label.
MAX_LABELLED = 45


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


def plot(analysis: Analysis, path: Path | str, title: str | None = None, seed: int | None = None) -> Path:
    """Draw ``analysis`` to ``path``; the suffix chooses PNG, SVG or HTML."""
    path = check_plot_path(path)
    net = analysis.network
    if path.suffix.lower() == ".html":
        plot_html(net, analysis, path, title, seed)
    else:
        plot_png_svg(net, analysis, path, title, seed)
    return path


# ---------------------------------------------------------------- layout
def drawn_subgraph(net: nx.Graph, analysis: Analysis) -> nx.Graph:
    """The bodies drawn: all of them, or the MAX_DRAWN most central in a big corpus."""
    if net.number_of_nodes() <= MAX_DRAWN:
        return net
    keep = {n.id for n in analysis.top(MAX_DRAWN)}
    return _induced(net, keep)


def _induced(net: nx.Graph, nodes) -> nx.Graph:
    """The subgraph on ``nodes`` as a new graph whose nodes and edges are in sorted order.
    (``net.subgraph`` iterates its nodes in the order of a Python set of strings, which changes
    from one process to the next with hash randomisation, and the spring layout follows that
    order: the same input drew a different picture on every run.)"""
    keep = set(nodes)
    sub = nx.Graph()
    for node in sorted(keep):
        sub.add_node(node, **net.nodes[node])
    sub.add_edges_from(sorted((a, b, net.edges[a, b]) for a in sorted(keep) for b in net[a]
                              if b in keep and a < b))
    return sub


def layout(net: nx.Graph, analysis: Analysis, seed: int | None = None) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]²: the largest connected part of the partnership fills the picture,
    its communities placed apart (a seeded spring layout of the community graph, discs pushed
    until they no longer overlap) and each laid out by a seeded spring layout around its centre;
    the small parts cut off from it (lone bodies, pairs) sit in a row along the bottom."""
    seed = analysis.seed if seed is None else seed
    parts = sorted((sorted(c) for c in nx.connected_components(net)), key=lambda c: (-len(c), c[0]))
    if not parts:
        return {}
    main_part, small = parts[0], [n for part in parts[1:] for n in part]
    if len(main_part) < 3:  # nothing worth a community layout: everything in the row
        main_part, small = [], [n for part in parts for n in part]
    positions = _community_layout(_induced(net, main_part), analysis, seed) if main_part else {}
    positions = _normalise(positions) if positions else {}
    if small:
        # squeeze the main part into the upper area and lay the rest out in rows below it
        positions = {n: (x, 0.16 + 0.84 * y) for n, (x, y) in positions.items()}
        per_row = max(6, math.ceil(math.sqrt(len(small) * 4)))
        rows = math.ceil(len(small) / per_row)
        for i, node in enumerate(small):
            row, col = divmod(i, per_row)
            positions[node] = ((col + 0.5) / per_row, 0.02 + 0.1 * (rows - 1 - row) / max(rows, 1))
    return positions


def _community_layout(net: nx.Graph, analysis: Analysis, seed: int) -> dict[str, tuple[float, float]]:
    community = {n.id: n.community for n in analysis.nodes}
    groups: dict[int, list[str]] = {}
    for node in sorted(net.nodes):
        groups.setdefault(community.get(node, -1), []).append(node)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    meta = nx.Graph()
    index = {node: i for i, group in enumerate(ordered) for node in group}
    meta.add_nodes_from(range(len(ordered)))
    for a, b, data in sorted(net.edges(data=True)):
        i, j = index[a], index[b]
        if i != j:
            w = meta.get_edge_data(i, j, {"weight": 0})["weight"]
            meta.add_edge(i, j, weight=w + data.get("weight", 1))
    radii = [1.0 * math.sqrt(len(g)) for g in ordered]
    if len(ordered) == 1:
        centres = {0: (0.0, 0.0)}
    else:
        raw = nx.spring_layout(meta, seed=seed, weight=None, k=2.0 / math.sqrt(len(ordered)),
                               iterations=200)
        centres = {i: tuple(raw[i] * (sum(radii) / 2.0)) for i in raw}
        centres = _separate_discs(centres, radii)
    positions: dict[str, tuple[float, float]] = {}
    for i, group in enumerate(ordered):
        sub = _induced(net, group)
        if len(group) == 1:
            local = {group[0]: (0.0, 0.0)}
        else:
            local = nx.spring_layout(sub, seed=seed, weight=None,
                                     k=2.0 / math.sqrt(len(group)), iterations=300)
            local = {n: tuple(p) for n, p in local.items()}
        cx, cy = centres[i]
        for node, (x, y) in local.items():
            positions[node] = (cx + x * radii[i], cy + y * radii[i])
    return positions


def _separate_discs(centres: dict[int, tuple[float, float]], radii: list[float],
                    rounds: int = 200) -> dict[int, tuple[float, float]]:
    """Push group discs apart until they no longer overlap (deterministic)."""
    pts = {i: list(c) for i, c in centres.items()}
    for _ in range(rounds):
        moved = False
        for i in sorted(pts):
            for j in sorted(pts):
                if j <= i:
                    continue
                dx, dy = pts[j][0] - pts[i][0], pts[j][1] - pts[i][1]
                dist = math.hypot(dx, dy) or 1e-6
                need = (radii[i] + radii[j]) * 1.08
                if dist < need:
                    push = (need - dist) / 2
                    ux, uy = (dx / dist, dy / dist) if dist > 1e-6 else (1.0, 0.0)
                    pts[i][0] -= ux * push
                    pts[i][1] -= uy * push
                    pts[j][0] += ux * push
                    pts[j][1] += uy * push
                    moved = True
        if not moved:
            break
    return {i: (p[0], p[1]) for i, p in pts.items()}


def _normalise(positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    if len(positions) == 1:
        return {n: (0.5, 0.5) for n in positions}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (0.5 + (x - mx) / span, 0.5 + (y - my) / span) for n, (x, y) in positions.items()}


def _sizes(analysis: Analysis, nodes: list[str], low: float, high: float) -> dict[str, float]:
    score = {n.id: n.betweenness for n in analysis.nodes}
    top = max((score[n] for n in nodes), default=0) or 1.0
    return {n: low + (high - low) * math.sqrt(score[n] / top) for n in nodes}


def _labelled(analysis: Analysis, nodes: list[str]) -> set[str]:
    if len(nodes) <= MAX_LABELLED:
        return set(nodes)
    wanted = set(nodes)
    return set([n.id for n in analysis.top() if n.id in wanted][:MAX_LABELLED])


def node_caption(data: dict, width: int = 18) -> str:
    name = short_name(data["label"], data.get("acronyms", []))
    if len(name) > 52:
        name = name[:50].rstrip() + "…"
    return "\n".join(textwrap.wrap(name, width)) or name


# ---------------------------------------------------------------- PNG / SVG
def plot_png_svg(net: nx.Graph, analysis: Analysis, path: Path | str, title: str | None = None,
                 seed: int | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "inspection-kg"  # stable ids: same input, same bytes
    from matplotlib import pyplot as plt
    from matplotlib.lines import Line2D

    path = check_plot_path(path)
    net = drawn_subgraph(net, analysis)
    nodes = sorted(net.nodes)
    pos = layout(net, analysis, seed)
    size = _sizes(analysis, nodes, 60, 1400)
    labelled = _labelled(analysis, nodes)
    big = len(nodes) > 60

    fig, ax = plt.subplots(figsize=(16, 12) if big else (14, 11), dpi=110)
    max_w = max((d.get("weight", 1) for _, _, d in net.edges(data=True)), default=1)
    for a, b, data in sorted(net.edges(data=True)):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        typed = bool(data.get("relations"))
        ax.plot([x1, x2], [y1, y2], zorder=1, solid_capstyle="round",
                color="#444444" if typed else "#bbbbbb",
                linewidth=(1.6 if typed else 0.5) + 2.5 * math.sqrt(data.get("weight", 1) / max_w),
                alpha=0.85 if typed else 0.5,
                linestyle="-" if typed else (0, (4, 2)) if not data.get("comentions") else "-")
    for kind, (colour, _) in TYPE_STYLE.items():
        members = [n for n in nodes if net.nodes[n]["type"] == kind]
        if members:
            ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members],
                       s=[size[n] for n in members], c=colour, edgecolors="white",
                       linewidths=1.2, zorder=2)
    texts, owners = [], []
    for n in nodes:
        if n in labelled:
            x, y = pos[n]
            offset = math.sqrt(size[n]) / 2 + 3
            texts.append(ax.annotate(
                node_caption(net.nodes[n]), (x, y), xytext=(0, -offset), textcoords="offset points",
                ha="center", va="top", fontsize=7.5 if big else 8.5, zorder=3,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8}))
            owners.append(n)
    used = sorted({net.nodes[n]["type"] for n in nodes}, key=list(TYPE_STYLE).index)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=10, markerfacecolor=TYPE_STYLE[t][0],
                      markeredgecolor="white", label=TYPE_STYLE[t][1]) for t in used]
    handles.append(Line2D([], [], color="#444444", linewidth=2, label="stated relation"))
    handles.append(Line2D([], [], color="#bbbbbb", linewidth=1.5, label="named in the same paragraph"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize=9, title="node size: betweenness", title_fontsize=9)
    heading = title or analysis.title()
    shown = "" if len(nodes) == len(analysis.nodes) else f" ({len(nodes)} most central of {len(analysis.nodes)} bodies)"
    ax.set_title(heading + shown, fontsize=13, loc="left")
    ax.set_axis_off()
    ax.set_xlim(-0.06, 1.06)
    ax.set_ylim(-0.08, 1.04)
    fig.tight_layout()
    _place_labels(fig, ax, texts, owners, pos, size, nodes)
    _spread_labels(fig, ax, texts)
    buffer = io.BytesIO()
    fmt = path.suffix.lower().lstrip(".")
    metadata = {"png": {"Software": None}, "pdf": {"Creator": None, "Producer": None, "CreationDate": None}
                }.get(fmt, {"Date": None, "Creator": None})  # no dates or versions: the same bytes every run
    fig.savefig(buffer, format=fmt, metadata=metadata, bbox_inches="tight")
    plt.close(fig)
    write_atomically(path, buffer.getvalue())


def _place_labels(fig, ax, texts, owners, pos, size, nodes) -> None:
    """Put each label beside its node where it covers the fewest other nodes and labels: the
    biggest nodes choose first among below, above, right and left (then the same further out),
    scored by the area of overlap in pixels with every other node's disc and every label
    already placed, and by any part falling outside the drawing. Deterministic."""
    if not texts:
        return
    renderer = fig.canvas.get_renderer()
    to_px = fig.dpi / 72.0
    centre = {n: ax.transData.transform(pos[n]) for n in nodes}
    radius = {n: math.sqrt(size[n]) / 2 * to_px for n in nodes}
    frame = ax.get_window_extent(renderer)
    discs = [(n, centre[n][0] - radius[n] - 2, centre[n][1] - radius[n] - 2,
              centre[n][0] + radius[n] + 2, centre[n][1] + radius[n] + 2) for n in nodes]

    def overlap(a, b) -> float:
        w = min(a[2], b[2]) - max(a[0], b[0])
        h = min(a[3], b[3]) - max(a[1], b[1])
        return w * h if w > 0 and h > 0 else 0.0

    placed: list[tuple[float, float, float, float]] = []
    order = sorted(range(len(texts)), key=lambda i: (-size[owners[i]], owners[i]))
    for i in order:
        text, owner = texts[i], owners[i]
        gap = math.sqrt(size[owner]) / 2 + 3
        candidates = []
        for reach in (1.0, 1.9, 2.8):
            far = gap * reach + 4 * (reach - 1)
            candidates += [((0, -far), "center", "top"), ((0, far), "center", "bottom"),
                           ((far, 0), "left", "center"), ((-far, 0), "right", "center")]
        best = None
        for rank, (offset, ha, va) in enumerate(candidates):
            text.xyann = offset
            text.set_ha(ha)
            text.set_va(va)
            box = text.get_window_extent(renderer).expanded(1.04, 1.1)
            rect = (box.x0, box.y0, box.x1, box.y1)
            cost = sum(overlap(rect, d[1:]) for d in discs if d[0] != owner) * 3
            cost += sum(overlap(rect, other) for other in placed) * 2
            outside = box.width * box.height - overlap(rect, (frame.x0, frame.y0, frame.x1, frame.y1))
            cost += outside * 4 + rank * 6  # prefer below, and near, when costs tie
            if best is None or cost < best[0]:
                best = (cost, offset, ha, va, rect)
        _, offset, ha, va, rect = best
        text.xyann = offset
        text.set_ha(ha)
        text.set_va(va)
        placed.append(rect)


def _spread_labels(fig, ax, texts, rounds: int = 60) -> None:
    """Nudge overlapping labels apart vertically (a few deterministic passes)."""
    if len(texts) < 2:
        return
    renderer = fig.canvas.get_renderer()
    for _ in range(rounds):
        boxes = [t.get_window_extent(renderer).expanded(1.02, 1.08) for t in texts]
        moved = False
        order = sorted(range(len(texts)), key=lambda i: (boxes[i].y0, boxes[i].x0))
        for a_i, i in enumerate(order):
            for j in order[a_i + 1:]:
                if boxes[i].overlaps(boxes[j]):
                    shift = (min(boxes[i].y1, boxes[j].y1) - max(boxes[i].y0, boxes[j].y0)) / 2 + 1
                    xi, yi = texts[i].xyann
                    xj, yj = texts[j].xyann
                    # display pixels → points
                    pts = shift * 72.0 / fig.dpi
                    if boxes[i].y0 <= boxes[j].y0:
                        texts[i].xyann = (xi, yi - pts)
                        texts[j].xyann = (xj, yj + pts)
                    else:
                        texts[i].xyann = (xi, yi + pts)
                        texts[j].xyann = (xj, yj - pts)
                    moved = True
                    boxes[i] = texts[i].get_window_extent(renderer).expanded(1.02, 1.08)
                    boxes[j] = texts[j].get_window_extent(renderer).expanded(1.02, 1.08)
        if not moved:
            break


# ---------------------------------------------------------------- HTML
def plot_html(net: nx.Graph, analysis: Analysis, path: Path | str, title: str | None = None,
              seed: int | None = None) -> None:
    """One HTML file, no external resources: hover a body for its details, click it for the
    paragraphs that name it or tie it to others."""
    path = check_plot_path(path)
    net = drawn_subgraph(net, analysis)
    nodes = sorted(net.nodes)
    pos = layout(net, analysis, seed)
    width, height, margin = 1100, 820, 60
    size = _sizes(analysis, nodes, 5, 22)
    scores = {n.id: n for n in analysis.nodes}

    def xy(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return (round(margin + x * (width - 2 * margin), 1),
                round(margin + (1 - y) * (height - 2 * margin), 1))

    data_nodes = {}
    for n in nodes:
        s = scores[n]
        attrs = net.nodes[n]
        data_nodes[n] = {
            "label": s.label, "type": TYPE_STYLE.get(s.type, TYPE_STYLE["Body"])[1],
            "acronyms": s.acronyms, "degree": s.degree, "weighted_degree": s.weighted_degree,
            "betweenness": s.betweenness, "pagerank": s.pagerank, "community": s.community,
            "paragraphs": [_paragraph_record(p, analysis) for p in attrs.get("paragraphs", [])],
            "ties": [
                {"with": net.nodes[m]["label"],
                 "relations": net.edges[n, m]["relations"],
                 "numbers": net.edges[n, m]["paragraph_numbers"]}
                for m in sorted(net.neighbors(n), key=lambda m: -net.edges[n, m]["weight"])
            ],
        }
    lines, circles, labels = [], [], []
    max_w = max((d.get("weight", 1) for _, _, d in net.edges(data=True)), default=1)
    for a, b, d in sorted(net.edges(data=True)):
        (x1, y1), (x2, y2) = xy(a), xy(b)
        typed = bool(d.get("relations"))
        stroke = "#444" if typed else "#bbb"
        width_px = round((1.2 if typed else 0.5) + 2.5 * math.sqrt(d.get("weight", 1) / max_w), 2)
        tip = html.escape(f"{net.nodes[a]['label']} — {net.nodes[b]['label']}: "
                          f"{', '.join(d['relations']) or 'named together'}; paragraphs "
                          f"{', '.join(map(str, d['paragraph_numbers'])) or 'none'}")
        lines.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{stroke}" '
                     f'stroke-width="{width_px}" data-a="{_attr(a)}" data-b="{_attr(b)}">'
                     f'<title>{tip}</title></line>')
    labelled = _labelled(analysis, nodes)
    for n in nodes:
        x, y = xy(n)
        colour = TYPE_STYLE.get(net.nodes[n]["type"], TYPE_STYLE["Body"])[0]
        circles.append(f'<circle cx="{x}" cy="{y}" r="{size[n]:.1f}" fill="{colour}" '
                       f'data-id="{_attr(n)}"></circle>')
        if n in labelled:
            caption = node_caption(net.nodes[n], 22).split("\n")
            spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else 11}">{html.escape(c)}</tspan>'
                            for i, c in enumerate(caption))
            labels.append(f'<text x="{x}" y="{round(y + size[n] + 10, 1)}">{spans}</text>')
    used = sorted({net.nodes[n]["type"] for n in nodes}, key=list(TYPE_STYLE).index)
    legend = "".join(
        f'<li><span class="dot" style="background:{TYPE_STYLE[t][0]}"></span>{html.escape(TYPE_STYLE[t][1])}</li>'
        for t in used)
    heading = html.escape(title or analysis.title())
    payload = json.dumps({"nodes": data_nodes}, ensure_ascii=False, sort_keys=True)
    payload = payload.replace("</", "<\\/")
    page = _HTML_TEMPLATE.format(
        title=heading, width=width, height=height, lines="\n".join(lines),
        circles="\n".join(circles), labels="\n".join(labels), legend=legend, data=payload,
        count=len(nodes), total=len(analysis.nodes))
    write_atomically(path, page.encode("utf-8"))


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _paragraph_record(paragraph: str, analysis: Analysis) -> dict:
    number = paragraph.rsplit("/", 1)[-1]
    report = paragraph.rsplit("/paragraph/", 1)[0].rsplit("/", 1)[-1]
    return {"number": number, "report": report, "text": analysis.paragraph_text.get(paragraph, "")}


_HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; display: flex; color: #222; }}
main {{ flex: 1 1 auto; }}
aside {{ width: 380px; height: 100vh; overflow-y: auto; border-left: 1px solid #ddd; padding: 0 14px; box-sizing: border-box; font-size: 14px; }}
h1 {{ font-size: 18px; margin: 12px 16px 4px; }}
p.note {{ margin: 0 16px; color: #555; font-size: 13px; }}
svg {{ display: block; }}
circle {{ stroke: #fff; stroke-width: 1.5; cursor: pointer; }}
circle.focus {{ stroke: #000; stroke-width: 3; }}
line.focus {{ stroke: #d55e00; }}
text {{ font-size: 10px; text-anchor: middle; pointer-events: none; paint-order: stroke; stroke: #fff; stroke-width: 3px; }}
#tip {{ position: fixed; pointer-events: none; background: #fff; border: 1px solid #999; padding: 6px 8px; font-size: 13px; display: none; max-width: 320px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }}
ul.legend {{ list-style: none; padding: 0 16px; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 14px; font-size: 13px; }}
.dot {{ display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 5px; vertical-align: -1px; }}
blockquote {{ margin: 6px 0 12px; padding-left: 8px; border-left: 3px solid #ccc; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p class="note">{count} of {total} bodies. Hover a body for its details; click it for the paragraphs that name it.</p>
<ul class="legend">{legend}</ul>
<svg id="net" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{title}">
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
</main>
<aside id="panel"><h2>Evidence</h2><p>Click a body to see the paragraphs that name it.</p></aside>
<div id="tip"></div>
<script type="application/json" id="data">{data}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("data").textContent).nodes;
  var tip = document.getElementById("tip"), panel = document.getElementById("panel");
  function esc(s) {{ return String(s).replace(/[&<>"]/g, function (c) {{
    return {{"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}}[c]; }}); }}
  var circles = document.querySelectorAll("circle[data-id]");
  circles.forEach(function (c) {{
    var d = data[c.getAttribute("data-id")];
    c.addEventListener("mousemove", function (e) {{
      tip.innerHTML = "<b>" + esc(d.label) + "</b><br>" + esc(d.type) +
        (d.acronyms.length ? "<br>also: " + esc(d.acronyms.join(", ")) : "") +
        "<br>degree " + d.degree + " (weighted " + d.weighted_degree + ")" +
        "<br>betweenness " + d.betweenness.toFixed(3) + "<br>community " + d.community;
      tip.style.display = "block";
      tip.style.left = (e.clientX + 14) + "px"; tip.style.top = (e.clientY + 14) + "px";
    }});
    c.addEventListener("mouseleave", function () {{ tip.style.display = "none"; }});
    c.addEventListener("click", function () {{
      var id = c.getAttribute("data-id");
      circles.forEach(function (o) {{ o.classList.toggle("focus", o === c); }});
      document.querySelectorAll("line").forEach(function (l) {{
        l.classList.toggle("focus", l.getAttribute("data-a") === id || l.getAttribute("data-b") === id); }});
      var html = "<h2>" + esc(d.label) + "</h2><h3>Ties</h3><ul>";
      d.ties.forEach(function (t) {{
        html += "<li>" + esc(t.with) + (t.relations.length ? " (" + esc(t.relations.join(", ")) + ")" : "") +
          (t.numbers.length ? ": paragraphs " + esc(t.numbers.join(", ")) : "") + "</li>"; }});
      html += "</ul><h3>Paragraphs naming it</h3>";
      d.paragraphs.forEach(function (p) {{
        html += "<p><b>Paragraph " + esc(p.number) + "</b> <small>" + esc(p.report) + "</small></p>" +
          (p.text ? "<blockquote>" + esc(p.text) + "</blockquote>" : ""); }});
      panel.innerHTML = html;
    }});
  }});
}})();
</script>
</body>
</html>
"""
