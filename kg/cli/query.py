"""``kg query``: SPARQL over graph files, reports or a store (argument handling only)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import InputError, QueryError
from ..query import ENGINES, FORMATS, list_queries, load_query_store, named_query, run_query
from .common import exit_if_skipped, jobs_option, quiet_option, report_progress, report_skipped


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {value!r}: write it as NAME=VALUE, e.g. --param name=CAMHS")
        params[name.strip()] = text
    return params


def _list_text() -> str:
    queries = list_queries()
    width = max(len(q.name) for q in queries)
    lines = []
    for query in queries:
        lines.append(f"{query.name.ljust(width)}  {query.title}")
        for name, default in query.params.items():
            shown = "every one" if default.strip() == "UNDEF" else default
            lines.append(f"{''.ljust(width)}  --param {name}=… (default {shown})")
    return "\n".join(lines) + "\n"


@click.command("query")
@click.argument("args", nargs=-1, metavar="GRAPH… (QUERY | -)")
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", "query_name", help="Run a query from the bundled library (see --list).")
@click.option("--list", "list_only", is_flag=True, help="List the bundled queries and exit.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="How to print SELECT and ASK results: an aligned table, or the SPARQL 1.1 "
                   "results formats (CSV, TSV, JSON, XML); CONSTRUCT/DESCRIBE print Turtle.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Query an on-disk store made by `kg load` instead of graph files.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Set a query parameter: replaces the query's `VALUES ?NAME {…}` placeholder, or "
                   "binds ?NAME. <…> is an IRI, a number is a number, anything else a string.")
@click.option("--engine", type=click.Choice(ENGINES), default="oxigraph", show_default=True,
              help="SPARQL engine: Oxigraph (fast) or rdflib's (for comparison).")
@quiet_option
@jobs_option
def query_command(args, query_file, query_name, list_only, fmt, store_dir, params, engine, quiet):
    """Ask the graph a SPARQL question.

    GRAPH is an RDF file (any format), a report (.txt/.pdf, extracted on the fly) or a folder
    of either. The query is the last argument (`-` reads it from stdin), a file (-f) or a
    bundled query (--name). Our prefixes (ikg:, id:, skos:, prov:, dcterms:, …) are declared
    for you, and the vocabulary (the ontology and the harmonised areas) is read beside the
    graphs, so labels of grades, sections and frameworks can be queried. A file that cannot be
    used is named on stderr and skipped (exit 1; 2 when none could be used).
    ASK exits 0 when true and 1 when false; a malformed query exits 2 with its line and column.

    \b
    Examples:
      kg query --list
      kg query report.ttl --name grades-by-area
      kg query report.ttl --name body-comentions --param name=LSCB --format csv
      kg query report.ttl 'SELECT ?body WHERE { ?body a ikg:Board }'
      kg query --store corpus/ --name bodies-in-many-reports
    """
    if list_only:
        click.echo(_list_text(), nl=False)
        return
    graphs = list(args)
    sources = [bool(query_file), bool(query_name)]
    if sum(sources) > 1:
        raise QueryError("give one query: -f FILE or --name NAME or the query text, not several")
    if query_file:
        if not query_file.is_file():
            raise InputError(f"{query_file}: no such query file")
        text = query_file.read_text(encoding="utf-8")
    elif query_name:
        text = named_query(query_name).text
    else:
        if not graphs:
            raise QueryError("no query given (the query text, `-` for stdin, -f FILE or --name NAME)")
        text = graphs.pop()
        if text == "-":
            text = sys.stdin.read()
        elif "\n" not in text and os.path.isfile(text):  # False for a name too long to be one
            raise QueryError(
                f"{text} looks like a graph file, and no query was given (the query text, "
                "-f FILE or --name NAME)"
            )
    parsed_params = _parse_params(params)
    failures: list = []
    if store_dir is not None:
        if graphs:
            raise InputError("give graph files or --store DIR, not both")
        from ..store import open_store

        source = open_store(store_dir, read_only=True)
    elif not graphs:
        raise InputError("no graph given (GRAPH files, reports, or --store DIR)")
    elif engine == "rdflib":
        from ..graphio import load_named_graphs
        from ..namespaces import new_graph

        from ..query import vocabulary_turtle

        named = load_named_graphs(graphs, failures=failures)
        report_skipped(failures, len(named))
        source = new_graph()
        for part in named:
            source += part.graph
        for data in vocabulary_turtle():  # as the Oxigraph engine reads it: beside the graphs
            source.parse(data=data, format="turtle")
    else:
        with report_progress(graphs, "extracting", quiet) as progress:
            source = load_query_store(graphs, failures=failures, progress=progress)
        report_skipped(failures, len(source))
    result = run_query(source, text, engine=engine, params=parsed_params)
    click.echo(result.format(fmt), nl=False)
    if result.kind == "ask" and not result.boolean:
        sys.exit(1)
    exit_if_skipped(failures)


COMMANDS = [query_command]
