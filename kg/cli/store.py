"""``kg load``, ``kg serve`` and ``kg push``: the on-disk store and SPARQL endpoints."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from contextlib import contextmanager

from ..endpoint import DEFAULT_PORT, push_graphs, serve_command
from ..errors import KgError, StoreError
from ..graphio import load_named_graphs
from ..store import load_into_store, open_store
from .common import jobs_option


@contextmanager
def report_progress(inputs, label: str):
    """A progress callback for reading reports: a bar on stderr when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from ..corpus import REPORT_SUFFIXES, expand_inputs

    try:
        total = sum(1 for p in expand_inputs(inputs) if p.suffix.lower() in REPORT_SUFFIXES)
    except KgError:
        total = 0
    if total < 2:
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield lambda _path: bar.update(1)


def report_failures(failures, loaded) -> None:
    """Each failed report on stderr; exit 2 when nothing could be read at all."""
    for failure in failures:
        click.echo(f"kg: error: {failure.message} (skipped)", err=True)
    if failures and not loaded:
        click.echo(f"kg: error: none of the {len(failures)} reports could be read", err=True)
        sys.exit(2)


@click.command("load")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--store", "store_dir", required=True, type=click.Path(path_type=Path),
              help="The store folder (created if missing or empty).")
@jobs_option
def load_command(graphs, store_dir):
    """Load graphs into an on-disk Oxigraph store, one named graph per report.

    The graph is named by the report's IRI; loading a report again replaces its graph. Every
    input is read before the store is touched, so a bad input leaves the store as it was. A
    folder gives every report and RDF file in it, extracted in parallel; a report that cannot be
    read is named on stderr and skipped, the rest are loaded, and the exit status is 1 (2 when
    none could be read).
    Query the store with `kg query --store DIR`, serve it with `kg serve --store DIR`.

    \b
    Example:
      kg load a.ttl b.ttl --store corpus/
      kg load reports/ --store corpus/
      kg query --store corpus/ --name grades-compared
    """
    failures: list = []
    with report_progress(graphs, "extracting") as progress:
        loaded = load_into_store(list(graphs), store_dir, failures=failures, progress=progress)
    for name, triples in loaded:
        click.echo(f"{name}\t{triples} triples")
    report_failures(failures, loaded)
    corpus = open_store(store_dir, read_only=True)
    click.echo(f"{store_dir}: {len(corpus.graph_names())} graphs, {len(corpus)} quads", err=True)
    if failures:
        sys.exit(1)


@click.command("serve")
@click.option("--store", "store_dir", required=True, type=click.Path(path_type=Path),
              help="The store folder made by `kg load`.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535))
@click.option("--read-write", is_flag=True,
              help="Accept SPARQL UPDATE and Graph Store writes (read-only by default).")
def serve_command_cli(store_dir, host, port, read_write):
    """Serve a store over the SPARQL 1.1 Protocol with the Oxigraph server.

    Endpoints: /query (SPARQL queries), /update (only with --read-write), /store?graph=IRI
    (Graph Store Protocol). Read-only by default: an UPDATE is refused. Runs until stopped
    (Ctrl-C). The default graph holds every report loaded with `kg load` (merged); GRAPH
    <report IRI> reaches one report.

    \b
    Example:
      kg serve --store corpus/ --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/query
    """
    store_dir = Path(store_dir)
    if read_write:
        open_store(store_dir, read_only=False).close()  # creates an empty store, checks the folder
    else:
        open_store(store_dir, read_only=True)  # a folder that is not a store fails here
    command = serve_command(store_dir, host, port, read_write)
    mode = "read-write" if read_write else "read-only"
    click.echo(f"serving {store_dir} ({mode}) at http://{host}:{port}/query", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execv(command[0], command)  # the server replaces us: signals reach it directly
    except OSError as error:
        raise StoreError(f"cannot start the oxigraph server: {error.strerror}") from None


@click.command("push")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--endpoint", required=True,
              help="A SPARQL 1.1 Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store "
                   "(Fuseki: http://host:3030/DATASET/data).")
@click.option("--timeout", default=30.0, show_default=True, type=float,
              help="Seconds to wait for the endpoint to answer each request.")
def push_command(graphs, endpoint, timeout):
    """Load graphs into any SPARQL 1.1 Graph Store Protocol endpoint, one named graph per
    report (an HTTP PUT to ?graph=<report IRI>, so pushing again replaces the graph).

    \b
    Example:
      kg push a.ttl b.ttl --endpoint http://127.0.0.1:7878/store
    """
    named = load_named_graphs(list(graphs))
    for name, triples in push_graphs(named, endpoint, timeout):
        click.echo(f"{name}\t{triples} triples")


COMMANDS = [load_command, serve_command_cli, push_command]
