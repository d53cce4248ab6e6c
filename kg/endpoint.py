"""SPARQL endpoints: serving a store safely for ``kg serve`` (the guarded HTTP layer of
``kg.server`` in front of the Oxigraph server binary), the lock that keeps a served store from
being written, and pushing report graphs to any SPARQL 1.1 Graph Store Protocol endpoint
(Oxigraph, Fuseki, GraphDB, or a read-write ``kg serve``) for ``kg push``.

Only the standard library speaks HTTP here (``urllib``): one ``PUT ?graph=<report IRI>`` per
report, so pushing a report again replaces its graph on the server.
"""
from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
import signal
import sys
import sysconfig
import threading
import http.client
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path


from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import EndpointError, StoreError
from .store import graph_name_for, is_store_folder

if TYPE_CHECKING:  # annotations only: a load or a query need not import rdflib
    from rdflib import Graph

    from .graphio import NamedGraph

DEFAULT_PORT = 7878
NTRIPLES = "application/n-triples"
#: The lock file inside a store folder: shared by every ``kg serve`` of the store, exclusive for
#: a writer (``kg load``). RocksDB leaves files it does not name alone.
LOCK_NAME = "kg-serving.lock"


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


@contextmanager
def serving_lock(store_dir: Path | str, writer: bool = False):
    """Hold the store's serving lock for the ``with`` block. ``kg serve`` holds it shared (many
    servers may read one store); a writer (``kg load``) takes it exclusive, and fails at once with
    a ``StoreError`` while any server holds it: Oxigraph's read-only server would go on answering
    from files a writer deleted. The lock is the kernel's (``flock``), so a killed server never
    leaves it behind. A folder that is not yet a store needs no lock (nothing can serve it)."""
    path = Path(store_dir)
    if not is_store_folder(path):
        yield
        return
    try:
        handle = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        if writer or error.errno not in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise StoreError(f"{path}: cannot take the store's lock ({error.strerror})") from None
        yield  # a store nobody may write to cannot change under a server
        return
    try:
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if writer else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            if writer:
                raise StoreError(f"{path}: the store is being served (kg serve); stop the server "
                                 "before writing to it, or push to it with kg push") from None
            raise StoreError(f"{path}: the store is being written (kg load); serve it once "
                             "that has finished") from None
        yield
    finally:
        os.close(handle)


def new_token() -> str:
    """A token for a read-write endpoint: 32 random bytes, URL-safe."""
    return secrets.token_urlsafe(32)


def _interrupt(_signum, _frame):
    raise KeyboardInterrupt


def serve_store(store_dir: Path | str, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                read_write: bool = False, policy=None, announce=None, log=None) -> None:
    """Serve the store at ``store_dir`` over the SPARQL 1.1 Protocol until SIGINT or SIGTERM,
    guarded by ``kg.server`` with ``policy`` (a ``kg.server.ServePolicy``; the safe defaults if
    None). The port is bound before anything else starts, and ``announce(url)`` is called only
    once the endpoint answers. A read-write endpoint needs ``policy.token``."""
    from .server import BackendPool, Guard, GuardedServer, ServePolicy

    policy = policy or ServePolicy()
    if read_write and not policy.token:
        raise EndpointError("a read-write endpoint needs a token (kg serve --token, or one is made for you)")
    store_dir = Path(store_dir)
    with serving_lock(store_dir):
        server = GuardedServer(host, port, Guard(host, port, read_write, policy), log=log)
        pool = BackendPool(oxigraph_binary(), store_dir, read_write, policy)
        server.pool = pool
        in_main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _interrupt) if in_main else None
        try:
            pool.start()
            shown = f"[{host}]" if ":" in host else host
            if announce:
                announce(f"http://{shown}:{server.guard.port}/query")
            server.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass  # Ctrl-C or SIGTERM: the normal way to stop a server
        finally:
            if in_main:
                signal.signal(signal.SIGTERM, previous)
            server.server_close()
            pool.close()


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


def _check_timeout(timeout: float) -> None:
    if not timeout > 0:
        raise EndpointError(f"the timeout must be more than 0 seconds, not {timeout:g}")


def put_graph(endpoint: str, graph_name: str, graph: Graph, timeout: float = 30.0,
              token: str | None = None) -> int:
    """Replace the named graph ``graph_name`` on the endpoint with ``graph``; returns the HTTP
    status. ``token`` is sent as ``Authorization: Bearer`` (a read-write ``kg serve`` wants it).
    Any failure becomes one ``EndpointError`` line."""
    _check_endpoint(endpoint)
    _check_timeout(timeout)
    body = graph.serialize(format="nt", encoding="utf-8")
    headers = {"Content-Type": NTRIPLES}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        graph_store_url(endpoint, graph_name),
        data=body,
        method="PUT",
        headers=headers,
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
    except (TimeoutError, OSError, http.client.HTTPException) as error:
        raise EndpointError(f"{endpoint} did not answer: {error or type(error).__name__}") from None


def push_graphs(graphs: list[NamedGraph], endpoint: str, timeout: float = 30.0,
                token: str | None = None) -> list[tuple[str, int]]:
    """PUT each report's graph to ``endpoint`` as a named graph named by its report IRI;
    returns (graph name, triples) pairs."""
    _check_endpoint(endpoint)
    _check_timeout(timeout)
    pushed = []
    for named in graphs:
        name = graph_name_for(named)
        put_graph(endpoint, name, named.graph, timeout, token)
        pushed.append((name, len(named.graph)))
    return pushed
