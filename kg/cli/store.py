"""``kg load``, ``kg serve`` and ``kg push``: the on-disk store and SPARQL endpoints."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..endpoint import DEFAULT_PORT, new_token, push_graphs, serve_store
from ..store import load_into_store, open_store
from .common import jobs_option, report_progress


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
    summary: dict = {}
    with report_progress(graphs, "extracting") as progress:
        loaded = load_into_store(list(graphs), store_dir, failures=failures, progress=progress,
                                 summary=summary)
    click.echo("".join(f"{name}\t{triples} triples\n" for name, triples in loaded), nl=False)
    report_failures(failures, loaded)
    if not summary:  # nothing was loaded: the store as it is
        corpus = open_store(store_dir, read_only=True)
        summary = {"graphs": len(corpus.graph_names()), "quads": len(corpus)}
    click.echo(f"{store_dir}: {summary['graphs']} graphs, {summary['quads']} quads", err=True)
    if failures:
        sys.exit(1)


@click.command("serve")
@click.option("--store", "store_dir", required=True, type=click.Path(path_type=Path),
              help="The store folder made by `kg load`.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (keep it loopback unless you mean to share the store).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535))
@click.option("--read-write", is_flag=True,
              help="Accept SPARQL UPDATE and Graph Store writes, with the token (read-only by default).")
@click.option("--token", envvar="KG_SERVE_TOKEN", metavar="TOKEN",
              help="The bearer token writes must carry (env KG_SERVE_TOKEN; made for you and "
                   "printed if not given).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Seconds a request may run before it is stopped.")
@click.option("--memory-mb", default=2048, show_default=True, type=click.IntRange(1024),
              help="Address space each Oxigraph process may take (an idle one maps ~800 MB); a "
                   "query needing more is stopped.")
@click.option("--max-result-mb", default=64, show_default=True, type=click.IntRange(1),
              help="Largest result sent; a larger one is refused (add a LIMIT).")
@click.option("--max-upload-mb", default=512, show_default=True, type=click.IntRange(1),
              help="Largest UPDATE or Graph Store upload accepted.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Queries answered at once (read-only; read-write runs one at a time).")
@click.option("--allow-service", is_flag=True,
              help="Let queries use SPARQL federation (SERVICE) and updates LOAD, which make the "
                   "server contact other hosts (off by default).")
@click.option("--allow-origin", "allow_origins", multiple=True, metavar="ORIGIN",
              help="A web origin (e.g. http://localhost:3000) whose pages may use the endpoint; "
                   "others are refused.")
def serve_command_cli(store_dir, host, port, read_write, token, timeout, memory_mb, max_result_mb,
                      max_upload_mb, workers, allow_service, allow_origins):
    """Serve a store over the SPARQL 1.1 Protocol, safely: the Oxigraph server behind a guard.

    Endpoints: /query (SPARQL queries), /update (only with --read-write), /store?graph=IRI
    (Graph Store Protocol). Read-only by default. Every request has a time limit, a memory
    limit and a result limit; a query whose client hangs up is stopped; SERVICE is refused;
    requests from other web sites are refused; writes need the token. The store is locked
    against `kg load` while served. Runs until stopped (Ctrl-C). The default graph holds every
    report loaded with `kg load` (merged); GRAPH <report IRI> reaches one report.

    \b
    Example:
      kg serve --store corpus/ --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/query
      kg serve --store corpus/ --read-write --token "$TOKEN"
      kg push a.ttl --endpoint http://127.0.0.1:7878/store --token "$TOKEN"
    """
    from ..server import ServePolicy

    store_dir = Path(store_dir)
    if read_write:
        open_store(store_dir, read_only=False).close()  # creates an empty store, checks the folder
    else:
        open_store(store_dir, read_only=True)  # a folder that is not a store fails here
    made_token = read_write and not token
    if made_token:
        token = new_token()
    policy = ServePolicy(timeout=timeout, memory_mb=memory_mb, max_result_mb=max_result_mb,
                         max_upload_mb=max_upload_mb, workers=workers, allow_service=allow_service,
                         allowed_origins=tuple(allow_origins), token=token if read_write else None)
    mode = "read-write" if read_write else "read-only"

    def announce(url: str) -> None:
        click.echo(
            f"serving {store_dir} ({mode}) at {url} — timeout {timeout:g} s, memory "
            f"{memory_mb} MB, results {max_result_mb} MB, SERVICE {'on' if allow_service else 'off'}",
            err=True,
        )
        if made_token:
            click.echo(f"token for writes (Authorization: Bearer …): {token}", err=True)
        sys.stderr.flush()

    serve_store(store_dir, host, port, read_write, policy, announce=announce,
                log=lambda message: click.echo(f"kg serve: {message}", err=True))


@click.command("push")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--endpoint", required=True,
              help="A SPARQL 1.1 Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store "
                   "(Fuseki: http://host:3030/DATASET/data).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Seconds to wait for the endpoint to answer each request.")
@click.option("--token", envvar="KG_SERVE_TOKEN", metavar="TOKEN",
              help="Bearer token for an endpoint that wants one, e.g. a read-write kg serve "
                   "(env KG_SERVE_TOKEN).")
def push_command(graphs, endpoint, timeout, token):
    """Load graphs into any SPARQL 1.1 Graph Store Protocol endpoint, one named graph per
    report (an HTTP PUT to ?graph=<report IRI>, so pushing again replaces the graph).

    \b
    Example:
      kg push a.ttl b.ttl --endpoint http://127.0.0.1:7878/store --token "$TOKEN"
    """
    from ..graphio import load_named_graphs  # rdflib: only pushing reads graphs into memory

    named = load_named_graphs(list(graphs))
    for name, triples in push_graphs(named, endpoint, timeout, token):
        click.echo(f"{name}\t{triples} triples")


COMMANDS = [load_command, serve_command_cli, push_command]
