"""The guarded SPARQL endpoint behind ``kg serve``: a small HTTP layer (the standard library's
``ThreadingHTTPServer``) in front of Oxigraph server processes bound to loopback ports of their
own, which nothing but this layer talks to.

The Oxigraph binary speaks the SPARQL 1.1 Protocol and the Graph Store Protocol well, but on its
own it lets one query take the machine's memory, keeps running a query whose client has gone,
calls any host a ``SERVICE`` clause names, and accepts writes from any web page. This layer adds
what it lacks, and only that:

- every request is checked first: the Host header (against DNS rebinding), the Origin and
  ``Sec-Fetch-Site`` headers (against cross-site requests from a web page the user opens), the
  method against the mode (read-only by default), a bearer token for every write, body sizes,
  and ``SERVICE`` (and ``LOAD``, which fetches a URL) refused unless federation is asked for;
- each Oxigraph process runs one request at a time under an address-space limit (a query that
  needs more memory ends its process, not the machine); a request that outlives its time limit,
  whose client hangs up, or whose result outgrows its limit has its process killed and
  restarted, so the query really ends and the endpoint answers the next one;
- a read-only endpoint runs several processes (one query each, in parallel), a read-write one
  a single process (one store, one writer).
"""
from __future__ import annotations

import ctypes
import hmac
import http.client
import ipaddress
import queue
import resource
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import EndpointError

#: The SPARQL keywords that make the server itself contact another host.
FEDERATION_KEYWORDS = frozenset({"SERVICE", "LOAD"})
#: Bodies of /query requests (a query, however long a VALUES list it carries).
MAX_QUERY_BYTES = 1024 * 1024
#: Bodies kept in memory up to this size while they pass through; larger ones go to a temp file.
SPOOL_IN_MEMORY = 8 * 1024 * 1024
#: How long a client may take to send its request line, headers and body (slow clients).
CLIENT_SOCKET_TIMEOUT = 30.0
#: At most this many connections are handled at once; more are answered 503 at once.
MAX_CONNECTIONS = 64
_FORM = "application/x-www-form-urlencoded"
_SPARQL_QUERY = "application/sparql-query"
_SPARQL_UPDATE = "application/sparql-update"


@dataclass(frozen=True)
class ServePolicy:
    """The limits and permissions of one endpoint. The defaults are the safe ones."""

    timeout: float = 30.0
    memory_mb: int = 2048
    max_result_mb: int = 64
    max_upload_mb: int = 512
    workers: int = 2
    allow_service: bool = False
    allowed_origins: tuple[str, ...] = ()
    token: str | None = None

    def __post_init__(self):
        if not self.timeout > 0:
            raise EndpointError(f"the query timeout must be more than 0 seconds, not {self.timeout}")
        for name in ("memory_mb", "max_result_mb", "max_upload_mb", "workers"):
            if getattr(self, name) < 1:
                raise EndpointError(f"{name.replace('_', '-')} must be at least 1, not {getattr(self, name)}")


class Refusal(Exception):
    """A request the guard will not pass on: an HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# --------------------------------------------------------------------------- Oxigraph processes


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


try:  # looked up once, here: the child between fork and exec should make no library lookups
    _PRCTL = ctypes.CDLL(None).prctl
except (OSError, AttributeError):  # not Linux: the parent stops its servers on the way out
    _PRCTL = None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, int(signal.SIGKILL))  # no orphan server if kg serve is killed


class Backend:
    """One Oxigraph server process on a loopback port of its own, under an address-space limit.
    Started and restarted from long-lived threads only: the kernel ends the process when the
    thread that started it ends (``PR_SET_PDEATHSIG``), so it never outlives ``kg serve``."""

    def __init__(self, binary: str, store_dir: Path, read_write: bool, policy: ServePolicy):
        self.binary = binary
        self.store_dir = store_dir
        self.read_write = read_write
        self.policy = policy
        self.port = 0
        self.process: subprocess.Popen | None = None

    def command(self, port: int) -> list[str]:
        mode = "serve" if self.read_write else "serve-read-only"
        # ``--location=PATH`` with an absolute path: a folder named "-x" is never read as a flag
        return [
            self.binary, mode, f"--location={self.store_dir.resolve()}",
            f"--bind=127.0.0.1:{port}", f"--timeout-s={max(1, int(self.policy.timeout + 0.999))}",
        ]

    def start(self, attempts: int = 3) -> None:
        last = ""
        for _ in range(attempts):
            self.port = free_loopback_port()
            log = tempfile.TemporaryFile()
            process = subprocess.Popen(
                self.command(self.port), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=log, preexec_fn=_die_with_parent, close_fds=True,
            )
            limit = self.policy.memory_mb * 1024 * 1024
            try:
                resource.prlimit(process.pid, resource.RLIMIT_AS, (limit, limit))
            except (OSError, ValueError):
                pass  # a system without prlimit: the timeout still bounds a query
            if self._wait_ready(process):
                self.process = process
                log.close()
                return
            process.kill()
            process.wait()
            log.seek(0)
            last = " ".join(log.read()[-2000:].decode("utf-8", "replace").split())
            log.close()
            if "lock" in last.lower():
                break
        raise EndpointError(f"the oxigraph server did not start: {last[-300:] or 'no message'}")

    def _wait_ready(self, process: subprocess.Popen, limit: float = 15.0) -> bool:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.02)
        return False

    def wait_exit(self, limit: float) -> int | None:
        """The process's exit status once it has ended (a signal as a negative number), or None
        if it is still running after ``limit`` seconds."""
        if self.process is None:
            return None
        try:
            return self.process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            return None

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            self.process = None


class BackendPool:
    """The Oxigraph processes, each serving one request at a time. A process whose request went
    wrong (too slow, too big, its client gone, or it died) is handed to the keeper thread, which
    restarts it while the others go on serving."""

    def __init__(self, binary: str, store_dir: Path, read_write: bool, policy: ServePolicy):
        count = 1 if read_write else policy.workers
        self.backends = [Backend(binary, store_dir, read_write, policy) for _ in range(count)]
        self.idle: queue.Queue[Backend] = queue.Queue()
        self.broken: queue.Queue[Backend | None] = queue.Queue()
        self.keeper = threading.Thread(target=self._keep, name="kg-serve-keeper", daemon=True)

    def start(self) -> None:
        try:
            for backend in self.backends:
                backend.start()
                self.idle.put(backend)
        except BaseException:
            self.close()
            raise
        self.keeper.start()

    def _keep(self) -> None:
        while True:
            backend = self.broken.get()
            if backend is None:
                return
            backend.stop()
            while True:
                try:
                    backend.start()
                    break
                except EndpointError:
                    time.sleep(1.0)  # e.g. the store folder briefly unreadable: try again
            self.idle.put(backend)

    @contextmanager
    def slot(self, wait: float):
        try:
            backend = self.idle.get(timeout=wait)
        except queue.Empty:
            raise Refusal(503, f"the endpoint is busy: all {len(self.backends)} query slots "
                               f"stayed taken for {wait:g} s; try again") from None
        outcome = {"restart": False}
        try:
            yield backend, outcome
        finally:
            if outcome["restart"] or not backend.alive:
                self.broken.put(backend)
            else:
                self.idle.put(backend)

    def close(self) -> None:
        if self.keeper.is_alive():
            self.broken.put(None)
            self.keeper.join(timeout=5)
        for backend in self.backends:
            backend.stop()


# --------------------------------------------------------------------------- the checks


def _host_and_port(value: str) -> tuple[str, int | None]:
    parts = urllib.parse.urlsplit(f"//{value}")
    try:
        return (parts.hostname or "").lower(), parts.port
    except ValueError:
        return "", None


def _is_ip_or_localhost(name: str) -> bool:
    if name == "localhost":
        return True
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


@dataclass
class Guard:
    """Everything decided about a request before it reaches Oxigraph."""

    host: str
    port: int
    read_write: bool
    policy: ServePolicy
    origins: set[str] = field(default_factory=set)

    def __post_init__(self):
        self.origins = {origin.rstrip("/").lower() for origin in self.policy.allowed_origins}

    def check_host(self, headers) -> None:
        """The Host header names this server: an IP address, ``localhost`` or the name it was
        started with. A web page's own domain re-pointed at 127.0.0.1 (DNS rebinding) fails."""
        name, port = _host_and_port(headers.get("Host", ""))
        allowed = {self.host.lower()} | {
            _host_and_port(urllib.parse.urlsplit(o).netloc)[0] for o in self.origins
        }
        if not name or (port or 80) != self.port or not (_is_ip_or_localhost(name) or name in allowed):
            raise Refusal(403, f"refused: the Host header {headers.get('Host', '')!r} does not name "
                               f"this endpoint (127.0.0.1:{self.port})")

    def check_origin(self, headers) -> None:
        """A browser names the page behind a request in ``Origin`` and ``Sec-Fetch-Site``: only the
        endpoint's own pages, a user typing the URL and origins allowed by --allow-origin pass."""
        origin = (headers.get("Origin") or "").rstrip("/").lower()
        if origin:
            same = origin == f"http://{headers.get('Host', '').lower()}"
            if not same and origin not in self.origins:
                raise Refusal(403, f"refused: a cross-origin request from {origin} (start kg serve "
                                   f"with --allow-origin {origin} to accept it)")
            return
        site = (headers.get("Sec-Fetch-Site") or "").lower()
        if site and site not in ("same-origin", "none"):
            raise Refusal(403, f"refused: a {site} request from a web page (Sec-Fetch-Site)")

    def check_token(self, headers) -> None:
        token = self.policy.token
        given = headers.get("Authorization") or ""
        scheme, _, value = given.partition(" ")
        if not token or scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise Refusal(401, "refused: a write needs the endpoint's token (Authorization: Bearer TOKEN; "
                               "kg push --token TOKEN)", {"WWW-Authenticate": 'Bearer realm="kg serve"'})

    def check_route(self, method: str, path: str) -> str:
        """What the request does: "read" or "write"; a refusal for anything else."""
        reads = {"/query": ("GET", "HEAD", "POST"), "/store": ("GET", "HEAD"), "/": ("GET", "HEAD")}
        writes = {"/update": ("POST",), "/store": ("PUT", "POST", "DELETE")}
        if method in reads.get(path, ()):
            return "read"
        if method in writes.get(path, ()):
            if not self.read_write:
                raise Refusal(403, "refused: this endpoint is read-only (kg serve --read-write accepts writes)")
            return "write"
        if path in reads or path in writes:
            raise Refusal(405, f"refused: {method} is not a method of {path}")
        raise Refusal(404, f"no such endpoint {path} (use /query, /update or /store)")

    def check_sparql(self, texts: list[str]) -> None:
        if self.policy.allow_service:
            return
        from .query import sparql_keywords

        for text in texts:
            found = sparql_keywords(text) & FEDERATION_KEYWORDS
            if found:
                word = sorted(found)[0]
                raise Refusal(403, f"refused: SPARQL {word} would make this endpoint contact another "
                                   "host; federation is off (kg serve --allow-service turns it on)")


def sparql_texts(path: str, url_query: str, content_type: str, body: bytes) -> list[str]:
    """Every query or update text a request carries, wherever the protocol lets it sit."""
    key = "update" if path == "/update" else "query"
    texts = urllib.parse.parse_qs(url_query, keep_blank_values=True).get(key, [])
    kind = content_type.split(";")[0].strip().lower()
    if kind == _FORM:
        texts += urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).get(key, [])
    elif kind in (_SPARQL_QUERY, _SPARQL_UPDATE):
        texts.append(body.decode("utf-8", "replace"))
    elif body:
        raise Refusal(415, f"refused: a {path} body must be {_FORM} or application/sparql-{key}")
    return texts


# --------------------------------------------------------------------------- passing a request on


@dataclass
class Exchange:
    """One request relayed to a backend, run in a thread of its own so the handler can watch the
    clock and the client while Oxigraph works."""

    port: int
    method: str
    target: str
    headers: dict[str, str]
    body: object
    limit: int
    status: int = 0
    reason: str = ""
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    content: tempfile.SpooledTemporaryFile | None = None
    too_big: bool = False
    error: str = ""
    done: threading.Event = field(default_factory=threading.Event)

    def run(self, timeout: float) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(self.method, self.target, body=self.body, headers=self.headers)
            response = connection.getresponse()
            self.status, self.reason = response.status, response.reason
            self.response_headers = [(k, v) for k, v in response.getheaders()
                                     if k.lower() in ("content-type", "content-location", "location")]
            self.content = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
            size = 0
            while True:
                chunk = response.read1(65536) if self.method != "HEAD" else b""
                if not chunk:
                    break
                size += len(chunk)
                if size > self.limit:
                    self.too_big = True
                    break
                self.content.write(chunk)
        except (OSError, http.client.HTTPException) as error:
            self.error = str(error) or type(error).__name__
        finally:
            connection.close()
            self.done.set()


class GuardedHandler(BaseHTTPRequestHandler):
    """One request: checked by the guard, relayed to a free backend, answered in full or refused
    with one line of text."""

    server_version = "kg-serve"
    protocol_version = "HTTP/1.0"  # one request per connection: a hang-up means that request
    timeout = CLIENT_SOCKET_TIMEOUT

    def do_GET(self):
        self._handle()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_GET

    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        self.server.log(f"{self.client_address[0]} {format % args}")

    def _handle(self) -> None:
        guard: Guard = self.server.guard
        self.body_read = False
        try:
            parts = urllib.parse.urlsplit(self.path)
            guard.check_host(self.headers)
            guard.check_origin(self.headers)
            kind = guard.check_route(self.command, parts.path)
            if kind == "write":
                guard.check_token(self.headers)
            body = self._read_body(parts.path, kind)
            if parts.path in ("/query", "/update"):
                data = body.read() if body is not None else b""
                guard.check_sparql(sparql_texts(parts.path, parts.query, self.headers.get("Content-Type", ""), data))
                if body is not None:
                    body.seek(0)
            self._relay(parts, body)
        except Refusal as refusal:
            self._refuse(refusal)

    def _read_body(self, path: str, kind: str):
        if self.command in ("GET", "HEAD", "DELETE"):
            return None
        if self.headers.get("Transfer-Encoding"):
            raise Refusal(411, "refused: send the body with a Content-Length, not chunked")
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise Refusal(411, "refused: a request body needs a Content-Length")
        try:
            length = int(length_text)
        except ValueError:
            raise Refusal(400, f"refused: Content-Length {length_text!r} is not a number") from None
        limit = MAX_QUERY_BYTES if path == "/query" else self.server.guard.policy.max_upload_mb * 1024 * 1024
        if length < 0 or length > limit:
            raise Refusal(413, f"refused: a body of {length} bytes is over this endpoint's limit of {limit} bytes")
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
        remaining = length
        while remaining:
            chunk = self.rfile.read(min(remaining, 65536))
            if not chunk:
                raise Refusal(400, "refused: the body ended before its Content-Length")
            spool.write(chunk)
            remaining -= len(chunk)
        self.body_read = True
        spool.seek(0)
        return spool

    def _drain_body(self) -> None:
        """Read and drop a body the guard refused before reading it, so the client, still
        sending, gets the refusal rather than a broken pipe."""
        try:
            remaining = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return
        if self.body_read or remaining > self.server.guard.policy.max_upload_mb * 1024 * 1024:
            return
        try:
            while remaining > 0:
                chunk = self.rfile.read(min(remaining, 65536))
                if not chunk:
                    return
                remaining -= len(chunk)
        except OSError:
            return

    def _client_gone(self) -> bool:
        try:
            self.connection.settimeout(0)
            try:
                return self.connection.recv(1, socket.MSG_PEEK) == b""
            finally:
                self.connection.settimeout(self.timeout)
        except (BlockingIOError, InterruptedError):
            return False
        except OSError:
            return True

    def _relay(self, parts: urllib.parse.SplitResult, body) -> None:
        policy: ServePolicy = self.server.guard.policy
        headers = {"Connection": "close"}
        for name in ("Accept", "Content-Type"):
            if self.headers.get(name):
                headers[name] = self.headers[name]
        if body is not None:
            headers["Content-Length"] = self.headers["Content-Length"]
        target = urllib.parse.urlunsplit(("", "", parts.path, parts.query, ""))
        with self.server.pool.slot(wait=policy.timeout) as (backend, outcome):
            exchange = Exchange(backend.port, self.command, target, headers, body,
                                policy.max_result_mb * 1024 * 1024)
            worker = threading.Thread(target=exchange.run, args=(policy.timeout + 5,), daemon=True)
            started = time.monotonic()
            worker.start()
            watching_client = True
            while not exchange.done.wait(0.05):
                if time.monotonic() - started > policy.timeout:
                    outcome["restart"] = True
                    backend.stop()
                    raise Refusal(503, f"the request ran longer than this endpoint's limit of "
                                       f"{policy.timeout:g} s and was stopped (kg serve --timeout)")
                if watching_client and self._client_gone():
                    outcome["restart"] = True
                    backend.stop()  # ends the query: Oxigraph would go on after a hang-up
                    self.server.log(f"{self.client_address[0]} hung up; its request was stopped")
                    self.close_connection = True
                    return
            if exchange.too_big:
                outcome["restart"] = True
                backend.stop()
                raise Refusal(503, f"the result is larger than this endpoint's limit of "
                                   f"{policy.max_result_mb} MB; add a LIMIT (kg serve --max-result-mb)")
            if exchange.error or not exchange.status:
                outcome["restart"] = True
                ended = backend.wait_exit(2.0)
                if ended is not None and ended < 0 and -ended == signal.SIGABRT:
                    raise Refusal(503, f"the request needed more memory than this endpoint's limit of "
                                       f"{policy.memory_mb} MB and was stopped (kg serve --memory-mb)")
                backend.stop()
                raise Refusal(502, f"the oxigraph server failed on this request: {exchange.error}")
            self._answer(exchange)

    def _answer(self, exchange: Exchange) -> None:
        content = exchange.content
        size = content.tell() if content is not None else 0
        self.send_response(exchange.status, exchange.reason)
        for name, value in exchange.response_headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(size))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if content is not None and self.command != "HEAD":
            content.seek(0)
            try:
                while chunk := content.read(65536):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client hung up while reading: nothing left to tell it
        if content is not None:
            content.close()

    def _refuse(self, refusal: Refusal) -> None:
        data = (refusal.message + "\n").encode("utf-8")
        if refusal.status != 413:
            self._drain_body()
        try:
            self.send_response(refusal.status)
            for name, value in refusal.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except OSError:
            pass
        self.close_connection = True


class GuardedServer(ThreadingHTTPServer):
    """The listening socket: bound (or failing to bind) before anything is started or printed."""

    daemon_threads = True
    allow_reuse_address = False  # a port another server holds is an error, not shared

    def __init__(self, host: str, port: int, guard: Guard, log=None):
        self.guard = guard
        self.pool: BackendPool | None = None
        self.log = log or (lambda message: None)
        self._connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.address_family = family
        try:
            super().__init__((host, port), GuardedHandler)
        except OSError as error:
            reason = error.strerror or str(error)
            if error.errno in (98, 48):  # EADDRINUSE (Linux, BSD/macOS)
                reason = "the port is already in use (another kg serve? choose another --port)"
            raise EndpointError(f"cannot listen on {host}:{port}: {reason}") from None
        if port == 0:
            self.guard.port = self.server_address[1]

    def process_request(self, request, client_address):
        if not self._connections.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n\r\n"
                                b"the endpoint is busy: too many connections\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()
