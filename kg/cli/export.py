"""``kg export``: the graph in RDF formats, the partnership network for Gephi/Cytoscape."""
from __future__ import annotations

from pathlib import Path

import click
import sys

from ..export import EXPORT_FORMATS, export_graphs
from ..graphio import load_named_graphs, write_atomically
from ..void import MEDIA_TYPES, describe_bytes, void_path
from .store import report_failures, report_progress

_HELP_FORMATS = "; ".join(f"{name}: {what}" for name, what in EXPORT_FORMATS.items())


@click.command("export")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), required=True,
              help=_HELP_FORMATS)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of stdout.")
def export_command(graphs, fmt, output):
    """Export graphs (RDF files or reports) as RDF or as the partnership network.

    Output is deterministic: the same input gives the same bytes. TriG keeps one named graph
    per report (named by the report IRI); JSON-LD carries the vocabulary's @context. An RDF
    export to a file gets its VoID/DCAT description beside it (corpus.trig → corpus.void.ttl).
    A report that cannot be read is named on stderr and skipped; the exit status is then 1.

    \b
    Examples:
      kg export report.ttl --format jsonld -o report.jsonld
      kg export a.ttl b.ttl --format trig -o corpus.trig
      kg export corpus.trig --format gexf -o partnership.gexf
    """
    failures: list = []
    with report_progress(graphs, "extracting") as progress:
        named = load_named_graphs(list(graphs), failures=failures, progress=progress)
    report_failures(failures, named)
    data = export_graphs([n.graph for n in named], fmt)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        description = describe_bytes([n.graph for n in named], output, fmt) if fmt in MEDIA_TYPES else None
        write_atomically(output, data)
        if description is not None:  # the VoID/DCAT description beside every RDF export
            write_atomically(void_path(output), description)
    if failures:
        sys.exit(1)


COMMANDS = [export_command]
