"""``kg analyse``: the partnership network's centralities, communities, weak points and bridges,
as a table or JSON, with an optional picture (PNG, SVG or an interactive HTML page)."""
from __future__ import annotations

import gc
import sys
from dataclasses import asdict
from pathlib import Path

import click

from ..analysis import DEFAULT_SEED, Analysis, analyse, find_body, neighbourhood, path_between
from ..errors import AnalysisError, InputError, KgError
from ..network import load_store, load_stores, paused_gc
from ..network.analysis import json_bytes
from ..plot import FACETS, check_plot_path, plot
from .common import exit_if_skipped, jobs_option, progress_note, quiet_option, report_skipped

EDGE_CHOICES = {"relations": ("relations",), "comentions": ("comentions",),
                "both": ("relations", "comentions")}


@click.command("analyse")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="A readable table, or JSON: nodes (ids are IRIs), edges, communities.")
@click.option("--plot", "plot_path", type=click.Path(path_type=Path), metavar="FILE",
              help="Also draw the network: FILE.png, FILE.svg, FILE.pdf, or FILE.html (interactive, offline).")
@click.option("--facet", type=click.Choice(list(FACETS)), default="none", show_default=True,
              help="For a picture of many reports: one node per council (its own bodies folded "
                   "in) or per region, with the partners several of them share.")
@click.option("--edges", type=click.Choice(list(EDGE_CHOICES)), default="both", show_default=True,
              help="Ties to use: stated relations, co-mentions in a paragraph, or both.")
@click.option("--focus", metavar="NAME", help="Show one body's neighbourhood (label or acronym).")
@click.option("--path", "path_ends", nargs=2, metavar="A B",
              help="Show the shortest chain of ties from body A to body B, with its paragraphs.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many central bodies the table lists.")
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True,
              help="Seed for Louvain communities, sampled betweenness and the layout.")
@click.option("--include-national", is_flag=True,
              help="Let national bodies (Ofsted, the DfE, the CQC…: ikg:NationalBody) count in "
                   "centrality, articulation points and bridges; they are left out by default.")
@quiet_option
@jobs_option
def analyse_command(graphs, fmt, plot_path, facet, edges, focus, path_ends, top, seed, include_national, quiet):
    """Analyse the partnership network of one report or many.

    Bodies are the nodes; ties are the relations the reports state (CAMHS provided by a trust,
    a sub-group of the LSCB) and co-mentions (two bodies named in the same paragraph). Prints
    the most central bodies, the communities, the articulation points and bridges (what would
    split the partnership), and the bodies bridging health and council services. National
    bodies, named in nearly every report, are left out of centrality and bridges unless
    --include-national.

    Over a folder, a file that cannot be used is named on stderr and skipped (exit 1); an
    unknown body for --focus or --path exits 2 with the closest names. Progress goes to stderr
    on a terminal (not with -q).

    \b
    Examples:
      kg analyse report.ttl
      kg analyse report.ttl --plot partnership.png
      kg analyse report.ttl --plot partnership.html --edges relations
      kg analyse report.ttl --focus CAMHS
      kg analyse report.ttl --path CAMHS LSCB --format json
      kg analyse reports/ --top 20 --plot partnership.pdf
      kg analyse reports/ --plot councils.png --facet council
    """
    # The cyclic collector paused throughout: a corpus's network, its analysis and their JSON
    # are millions of objects, and each full pass over them costs seconds. What is left when
    # the command ends (a networkx graph refers to itself through its views, so it waits for
    # the collector) is frozen, left for the process's exit to hand back: collecting it took
    # 10 s at ~4,000 reports.
    with paused_gc():
        try:
            _analyse(graphs, fmt, plot_path, facet, edges, focus, path_ends, top, seed,
                     include_national, quiet)
        finally:
            gc.freeze()


def _analyse(graphs, fmt, plot_path, facet, edges, focus, path_ends, top, seed, include_national, quiet):
    from ..corpus import expand_inputs

    if plot_path is not None:
        check_plot_path(plot_path)  # before the work: a bad path fails fast
    files = expand_inputs(list(graphs))
    failures: list = []
    progress_note(f"reading {len(files)} files", quiet or len(files) < 2)
    stores = _load_usable(files, failures)
    report_skipped(failures, len(stores))
    progress_note("building and analysing the partnership network", quiet or len(files) < 2)
    analysis = analyse(stores, edge_kinds=EDGE_CHOICES[edges], seed=seed, include_national=include_national,
                       evidence_text=plot_path is not None and plot_path.suffix.lower() == ".html")
    try:  # an unknown or ambiguous name is bad input (exit 2), not an analysis that found nothing
        for name in ([focus] if focus else []) + list(path_ends or ()):
            find_body(analysis.network, name)
    except AnalysisError as error:
        raise InputError(str(error)) from None
    focus_result = neighbourhood(analysis.network, focus) if focus else None
    path_result = path_between(analysis.network, *path_ends) if path_ends else None
    if plot_path is not None:
        progress_note(f"drawing {plot_path}", quiet or len(files) < 2)
        plot(analysis.to_dict(), plot_path, seed=seed, evidence=analysis.paragraph_text, facet=facet)
    if fmt == "json":
        document = analysis.to_dict()
        if focus_result is not None:
            document["focus"] = asdict(focus_result)
        if path_result is not None:
            document["path"] = [asdict(hop) for hop in path_result]
        sys.stdout.flush()  # the bytes straight out: no copy of a corpus's JSON as text
        sys.stdout.buffer.write(json_bytes(document) + b"\n")
        sys.stdout.buffer.flush()
        exit_if_skipped(failures)
        return
    lines = _heading(analysis)
    if focus_result is None and path_result is None:
        lines += _table(analysis, top)
    if focus_result is not None:
        lines += _focus_lines(focus_result)
    if path_result is not None:
        lines += _path_lines(analysis, path_result)
    if plot_path is not None:
        lines += ["", f"Picture written to {plot_path}"]
    click.echo("\n".join(lines))
    exit_if_skipped(failures)


def _load_usable(files, failures: list) -> list:
    """The inputs in Oxigraph stores, Oxigraph parsing the files itself (seconds for a corpus);
    where one cannot be used, each file is loaded on its own to name and skip the bad ones."""
    try:
        return load_stores(files)
    except KgError:
        if len(files) < 2:
            raise
    from ..corpus import Failure

    stores = []
    for path in files:
        try:
            stores.append(load_store([path]))
        except KgError as error:
            failures.append(Failure(path, str(error)))
    return stores


def _name(analysis: Analysis, body: str) -> str:
    return analysis.node(body).short_name


def _heading(analysis: Analysis) -> list[str]:
    kinds = " and ".join("stated relations" if k == "relations" else "co-mentions"
                         for k in analysis.edge_kinds)
    return [analysis.title(),
            f"{len(analysis.nodes)} bodies, {len(analysis.edges)} ties ({kinds}); "
            f"betweenness {analysis.betweenness_method}; {analysis.community_method} seed {analysis.seed}"]


def _table(analysis: Analysis, top: int) -> list[str]:
    rows = analysis.top(top)
    width = min(48, max(len(n.label) for n in rows))
    lines = ["", f"Most central bodies (top {len(rows)} by betweenness)",
             f"  {'body':<{width}}  {'type':<19} {'degree':>6} {'weighted':>8} "
             f"{'betweenness':>11} {'pagerank':>8} {'community':>9}"]
    for n in rows:
        label = n.label if len(n.label) <= width else n.label[: width - 1] + "…"
        lines.append(f"  {label:<{width}}  {n.type:<19} {n.degree:>6} {n.weighted_degree:>8g} "
                     f"{n.betweenness:>11.3f} {n.pagerank:>8.3f} {n.community + 1:>9}")
    lines += ["", f"Communities ({len(analysis.communities)}, {analysis.community_method})"]
    for i, group in enumerate(analysis.communities, 1):
        names = ", ".join(sorted((_name(analysis, b) for b in group), key=str.lower))
        lines.append(f"  {i}. ({len(group)}) {names}")
    lines += ["", "Articulation points (bodies whose loss splits the partnership)"]
    lines += [f"  {_name(analysis, b)}" for b in analysis.articulation_points] or ["  none"]
    lines += ["", "Bridges (ties whose loss splits the partnership)"]
    lines += [f"  {_name(analysis, a)} — {_name(analysis, b)}" for a, b in analysis.bridges] or ["  none"]
    lines += ["", "Health–council bridges (bodies tied to both a health body and a council body or service)"]
    lines += [f"  {_name(analysis, b)}" for b in analysis.health_council_bridges] or ["  none"]
    if analysis.health_council_ties:
        lines.append("  direct ties: " + "; ".join(
            f"{_name(analysis, a)} — {_name(analysis, b)}" for a, b in analysis.health_council_ties))
    if len(analysis.reports) > 1:
        lines += ["", f"Common to several of the {len(analysis.reports)} reports"]
        lines += [f"  {_name(analysis, b)}: {c} reports" for b, c in analysis.common_bodies[:top]] or ["  no body"]
        lines += [f"  {_name(analysis, a)} — {_name(analysis, b)}: {c} reports"
                  for a, b, c in analysis.common_ties[:top]]
    return lines


def _focus_lines(result) -> list[str]:
    also = f" ({', '.join(result.acronyms)})" if result.acronyms else ""
    lines = ["", f"{result.label}{also}: {result.type}, {len(result.neighbours)} ties"]
    for n in result.neighbours:
        what = "; ".join(n.statements) or "named together"
        numbers = ", ".join(map(str, n.paragraph_numbers)) or "none"
        lines.append(f"  {n.label} [{n.type}], weight {n.weight:g}: {what}; paragraphs {numbers}")
    if not result.neighbours:
        lines.append("  no ties")
    return lines


def _path_lines(analysis: Analysis, hops) -> list[str]:
    lines = ["", f"Path from {hops[0].source_label} to {hops[-1].target_label} "
                 f"({len(hops)} hop{'s' if len(hops) != 1 else ''})"]
    for i, hop in enumerate(hops, 1):
        what = "; ".join(hop.statements) or "named together"
        numbers = ", ".join(map(str, hop.paragraph_numbers)) or "none"
        lines.append(f"  {i}. {hop.source_label} — {hop.target_label}: {what}; paragraphs {numbers}")
    return lines


COMMANDS = [analyse_command]
