"""SPARQL endpoints: the Oxigraph server binary for ``kg serve``, and pushing report graphs to
any SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph, Fuseki, GraphDB) for ``kg push``.

Only the standard library speaks HTTP here (``urllib``): one ``PUT ?graph=<report IRI>`` per
report, so pushing a report again replaces its graph on the server.
"""
from __future__ import annotations

import shutil
import sys
import sysconfig
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import Graph

from .errors import EndpointError, StoreError
from .graphio import NamedGraph
from .store import graph_name_for

DEFAULT_PORT = 7878
NTRIPLES = "application/n-triples"


def oxigraph_binary() -> str:
    """The ``oxigraph`` server installed by the ``oxigraph`` PyPI package: next to this Python
    first (the virtualenv's scripts folder), then on PATH."""
    candidates = [
        Path(sysconfig.get_path("scripts")) / "oxigraph",
        Path(sys.executable).parent / "oxigraph",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise StoreError("the oxigraph server is not installed (pip install oxigraph)")


def serve_command(store_dir: Path, host: str, port: int, read_write: bool) -> list[str]:
    """The command line that serves ``store_dir`` over the SPARQL 1.1 Protocol."""
    mode = "serve" if read_write else "serve-read-only"
    return [oxigraph_binary(), mode, "--location", str(store_dir), "--bind", f"{host}:{port}"]


def graph_store_url(endpoint: str, graph_name: str) -> str:
    """``endpoint`` with ``graph=<graph_name>`` added to its query string."""
    parts = urllib.parse.urlsplit(endpoint)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in query if k not in ("graph", "default")]
    query.append(("graph", graph_name))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def _check_endpoint(endpoint: str) -> None:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(
            f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint "
            "(e.g. http://127.0.0.1:7878/store)"
        )


def put_graph(endpoint: str, graph_name: str, graph: Graph, timeout: float = 30.0) -> int:
    """Replace the named graph ``graph_name`` on the endpoint with ``graph``; returns the HTTP
    status. Any failure becomes one ``EndpointError`` line."""
    _check_endpoint(endpoint)
    body = graph.serialize(format="nt", encoding="utf-8")
    request = urllib.request.Request(
        graph_store_url(endpoint, graph_name),
        data=body,
        method="PUT",
        headers={"Content-Type": NTRIPLES},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(300).decode("utf-8", "replace").split())
        raise EndpointError(
            f"{endpoint} refused the graph <{graph_name}>: HTTP {error.code} {error.reason}"
            + (f": {detail}" if detail else "")
        ) from None
    except urllib.error.URLError as error:
        raise EndpointError(f"{endpoint} did not answer: {error.reason}") from None
    except (TimeoutError, OSError) as error:
        raise EndpointError(f"{endpoint} did not answer: {error}") from None


def push_graphs(graphs: list[NamedGraph], endpoint: str, timeout: float = 30.0) -> list[tuple[str, int]]:
    """PUT each report's graph to ``endpoint`` as a named graph named by its report IRI;
    returns (graph name, triples) pairs."""
    _check_endpoint(endpoint)
    pushed = []
    for named in graphs:
        name = graph_name_for(named)
        put_graph(endpoint, name, named.graph, timeout)
        pushed.append((name, len(named.graph)))
    return pushed
