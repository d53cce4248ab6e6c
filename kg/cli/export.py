"""``kg export``: the graph in RDF formats, the partnership network for Gephi/Cytoscape."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import OutputError
from ..export import EXPORT_FORMATS, SUFFIXES
from .common import exit_if_skipped, jobs_option, quiet_option, report_progress, report_skipped

_HELP_FORMATS = "; ".join(f"{name}: {what}" for name, what in EXPORT_FORMATS.items())
#: Output suffix → export format (``.json`` is JSON-LD, as for ``kg extract``).
FORMAT_OF_SUFFIX = {suffix: name for name, suffix in SUFFIXES.items()} | {".json": "jsonld"}


def export_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for with --format, else the one -o's suffix names."""
    if fmt:
        return fmt
    if output is None:
        raise OutputError("give --format, or -o FILE whose suffix names the format "
                          f"({', '.join(sorted(FORMAT_OF_SUFFIX))})")
    found = FORMAT_OF_SUFFIX.get(output.suffix.lower())
    if found is None:
        raise OutputError(f"{output}: cannot tell the export format from the suffix {output.suffix!r} "
                          f"(use {', '.join(sorted(FORMAT_OF_SUFFIX))}, or --format)")
    return found


@click.command("export")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)),
              help=f"Default: the suffix of -o. {_HELP_FORMATS}")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of stdout; the suffix names the format.")
@quiet_option
@jobs_option
def export_command(graphs, fmt, output, quiet):
    """Export graphs (RDF files or reports) as RDF or as the partnership network.

    The format follows the suffix of -o (.ttl .nt .jsonld .trig .graphml .gexf), or --format.
    Output is deterministic: the same input gives the same bytes. TriG keeps one named graph
    per report (named by the report IRI); JSON-LD carries the vocabulary's @context. An RDF
    export to a file gets its VoID/DCAT description beside it (corpus.trig → corpus.void.ttl).
    A file that cannot be used is named on stderr and skipped; the exit status is then 1 (2 when
    none could be used).

    \b
    Examples:
      kg export report.ttl -o report.jsonld
      kg export a.ttl b.ttl -o corpus.trig
      kg export reports/ -o partnership.gexf
      kg export corpus.trig --format nt
    """
    from ..export import export_graphs
    from ..graphio import check_output_path, load_named_graphs, write_atomically
    from ..void import MEDIA_TYPES, describe_bytes, void_path

    fmt = export_format(fmt, output)
    if output is not None:
        check_output_path(output)
    failures: list = []
    with report_progress(graphs, "extracting", quiet) as progress:
        named = load_named_graphs(list(graphs), failures=failures, progress=progress)
    report_skipped(failures, len(named))
    data = export_graphs([n.graph for n in named], fmt)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        description = describe_bytes([n.graph for n in named], output, fmt) if fmt in MEDIA_TYPES else None
        write_atomically(output, data)
        if description is not None:  # the VoID/DCAT description beside every RDF export
            write_atomically(void_path(output), description)
    exit_if_skipped(failures)


COMMANDS = [export_command]
