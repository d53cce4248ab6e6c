"""``kg extract``: reports → RDF."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..extract import parse_report_file, summarise
from ..graphio import format_for_output, serialize, write_atomically
from ..rdf import report_to_graph


@click.command("extract")
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here; the format follows the suffix (.ttl .nt .jsonld .trig).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def extract_command(reports: tuple[Path, ...], output: Path | None, quiet: bool) -> None:
    """Extract the knowledge graph of one or more inspection reports (.txt or .pdf).

    \b
    Examples:
      kg extract report.txt                 # Turtle on stdout
      kg extract report.pdf -o report.ttl
      kg extract a.txt b.txt -o corpus.trig # a named graph per report
    """
    fmt = format_for_output(output) if output else "turtle"
    graphs = []
    for path in reports:
        report = parse_report_file(path)
        if not quiet:
            click.echo(summarise(report), err=True)
            for warning in report.warnings:
                click.echo(f"kg: warning: {path.name}: {warning}", err=True)
        graphs.append(report_to_graph(report))
    data = serialize(graphs, fmt)
    if output:
        write_atomically(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


COMMANDS = [extract_command]
