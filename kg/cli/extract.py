"""``kg extract``: reports → RDF, one report or a corpus."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..corpus import REPORT_SUFFIXES, expand_inputs, extract_graphs_as_ntriples, extract_reports, link_in_time
from ..errors import InputError
from ..extract import summarise
from ..graphio import QUAD_FORMATS, check_output_path, format_for_output, serialize, write_atomically
from ..prefixes import PREFIX_IRIS
from ..rdfio import dataset_from_ntriples
from ..rdf import report_to_graph


@click.command("extract")
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here; the format follows the suffix (.ttl .nt .jsonld .trig).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Reports extracted at once (default: every core).")
def extract_command(reports: tuple[Path, ...], output: Path | None, quiet: bool, jobs: int | None) -> None:
    """Extract the knowledge graph of inspection reports (.txt or .pdf, or folders of them).

    A report that cannot be read is named on stderr and skipped while the rest go on; the exit
    status is then 1 (2 when none could be read). Several reports are extracted in parallel
    and a council's reports are linked in time order (ikg:previousReport).

    \b
    Examples:
      kg extract report.txt                 # Turtle on stdout
      kg extract report.pdf -o report.ttl
      kg extract reports/ -o corpus.trig    # a named graph per report
    """
    fmt = format_for_output(output) if output else "turtle"
    if output:
        check_output_path(output)
    files = expand_inputs(reports, REPORT_SUFFIXES)
    show_progress = len(files) > 1 and not quiet and sys.stderr.isatty()
    if fmt in QUAD_FORMATS:
        return _extract_dataset(files, fmt, output, quiet, jobs, show_progress)
    with click.progressbar(length=len(files), label="extracting", file=sys.stderr) if show_progress else _NoBar() as bar:
        corpus = extract_reports(files, workers=jobs, progress=lambda _path: bar.update(1))
    for failure in corpus.failures:
        if len(files) == 1:
            raise InputError(failure.message)
        click.echo(f"kg: error: {failure.message} (skipped)", err=True)
    if not corpus.reports:
        raise InputError(f"none of the {len(files)} reports could be read")
    graphs = [report_to_graph(report) for report in corpus.reports]
    if len(graphs) > 1:
        link_in_time(graphs)
    if not quiet:
        for report in corpus.reports:
            click.echo(summarise(report), err=True)
            for warning in report.warnings:
                click.echo(f"kg: warning: {report.source}: {warning}", err=True)
        if len(files) > 1:
            click.echo(f"{len(corpus.reports)} of {len(files)} reports extracted", err=True)
    data = serialize(graphs, fmt)
    if output:
        write_atomically(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    if corpus.failures:
        click.get_current_context().exit(1)


def _extract_dataset(files, fmt, output, quiet, jobs, show_progress) -> None:
    """A dataset (TriG, N-Quads): each report's graph made in a worker as N-Triples and the
    whole written by Oxigraph, so the parent never serialises a corpus with rdflib."""
    with click.progressbar(length=len(files), label="extracting", file=sys.stderr) if show_progress else _NoBar() as bar:
        extracted, failures = extract_graphs_as_ntriples(files, workers=jobs, progress=lambda _path: bar.update(1))
    for failure in failures:
        if len(files) == 1:
            raise InputError(failure.message)
        click.echo(f"kg: error: {failure.message} (skipped)", err=True)
    if not extracted:
        raise InputError(f"none of the {len(files)} reports could be read")
    if not quiet:
        for item in extracted:
            click.echo(item.summary, err=True)
            for warning in item.warnings:
                click.echo(f"kg: warning: {item.source}: {warning}", err=True)
        if len(files) > 1:
            click.echo(f"{len(extracted)} of {len(files)} reports extracted", err=True)
    data = dataset_from_ntriples([(g.report_iri, g.ntriples) for g in extracted], fmt, PREFIX_IRIS)
    if output:
        write_atomically(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    if failures:
        click.get_current_context().exit(1)


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, _n: int) -> None:
        pass


COMMANDS = [extract_command]
