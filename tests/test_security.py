"""The endpoint under attack, and the CLI fed hostile input: the real `kg serve` on a free
127.0.0.1 port (stopped at the end of each test) receives the requests a hostile web page or a
careless user would send, and every answer is checked, as is the server's health afterwards."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.endpoint import serving_lock
from kg.errors import StoreError
from kg.store import load_into_store

from kg_query_support import kg

HERE = Path(__file__).parent
GRAPHS = [HERE / "golden" / name for name in ("barnet-2012-slac.ttl", "kent-2013-lac.ttl", "leeds-2015-sif.ttl")]
BOMB = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
TOKEN = "s3cret-token-for-the-tests"
#: The short time limit the tests give the server, and how much later than it an answer may come.
TIMEOUT = 2.0
SLACK = 3.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("security") / "store"
    load_into_store(GRAPHS, folder)
    return folder


class Serve:
    """`kg serve` in a subprocess; ready once it has printed its "serving … at" line."""

    def __init__(self, store, *options, cwd=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.args = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(self.port),
                     "--timeout", str(TIMEOUT), *options]
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        cwd=cwd)
        self.log: list[str] = []

    def __enter__(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.process.stderr.readline()
            if not line:
                raise AssertionError(f"kg serve stopped: {self.process.wait()} {self.log}")
            self.log.append(line)
            if line.startswith("serving "):
                return self
        raise AssertionError("kg serve did not start in time")

    def stop(self) -> str:
        if self.process.stderr.closed:
            return "".join(self.log)
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.log.append(self.process.stderr.read())
        self.process.stderr.close()
        self.process.stdout.close()
        return "".join(self.log)

    def __exit__(self, *exc):
        self.stop()


def request(url, data=None, headers=None, method=None, timeout=30):
    """(status, body text) of one HTTP request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def query(base, text, headers=None, timeout=30):
    data = urllib.parse.urlencode({"query": text}).encode()
    return request(f"{base}/query", data=data, timeout=timeout,
                   headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv", **(headers or {})})


def update(base, text, headers=None):
    data = urllib.parse.urlencode({"update": text}).encode()
    return request(f"{base}/update", data=data,
                   headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})


def triples(base) -> int:
    status, body = query(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200, body
    return int(body.splitlines()[1])


# --------------------------------------------------------------------------- a server that stays up


def test_the_memory_bomb_ends_within_the_timeout_and_the_server_answers_next(store):
    with Serve(store) as server:
        started = time.monotonic()
        status, body = query(server.base, BOMB)
        took = time.monotonic() - started
        assert status == 503 and "limit of 2 s" in body
        assert took < TIMEOUT + SLACK
        started = time.monotonic()
        assert triples(server.base) > 5000
        assert time.monotonic() - started < 1.0 + SLACK  # the next query: answered at once


def test_a_query_needing_more_memory_than_allowed_is_stopped_and_the_server_stays_up(store):
    with Serve(store, "--memory-mb", "1100", "--timeout", "60") as server:
        status, body = query(server.base, BOMB)
        assert status == 503 and "more memory than this endpoint's limit of 1100 MB" in body
        assert triples(server.base) > 5000


def test_a_client_that_hangs_up_ends_its_query(store):
    with Serve(store, "--workers", "1", "--timeout", "60") as server:
        body = urllib.parse.urlencode({"query": BOMB})
        with socket.create_connection(("127.0.0.1", server.port)) as client:
            client.sendall(
                f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode()
            )
            time.sleep(0.5)
        started = time.monotonic()
        assert triples(server.base) > 5000  # one worker: free again only if the bomb was stopped
        assert time.monotonic() - started < 5
        log = server.stop()
    assert "hung up; its request was stopped" in log


def test_a_result_over_the_limit_is_refused_not_cut(store):
    with Serve(store, "--max-result-mb", "1") as server:
        status, body = query(server.base, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 503 and "larger than this endpoint's limit of 1 MB" in body
        status, body = query(server.base, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
        assert status == 200 and len(body.splitlines()) == 11


# --------------------------------------------------------------------------- nothing turned against its host


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o .service <http://127.0.0.1:9/sparql> { ?a ?b ?c } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
])
def test_federation_is_refused(store, text):
    with Serve(store) as server:
        status, body = query(server.base, text)
        assert status == 403 and "SERVICE" in body and "--allow-service" in body
        status, body = request(f"{server.base}/query?query={urllib.parse.quote(text)}",
                               headers={"Accept": "text/csv"})
        assert status == 403
        status, _ = query(server.base, 'SELECT ?x WHERE { BIND("SERVICE <http://x/> {}" AS ?x) } # SERVICE')
        assert status == 200  # the word in a string or a comment is data, not federation


def test_a_cross_site_form_post_of_drop_all_is_refused(store, tmp_path):
    served = tmp_path / "rw"
    served.mkdir()
    load_into_store(GRAPHS[:1], served / "store")
    with Serve(served / "store", "--read-write", "--token", TOKEN) as server:
        before = triples(server.base)
        # what a hostile page's <form method=post action=http://127.0.0.1:PORT/update> sends
        hostile = {"Origin": "http://attacker.example", "Sec-Fetch-Site": "cross-site"}
        status, body = update(server.base, "DROP ALL", hostile)
        assert status == 403 and "cross-origin" in body
        status, _ = update(server.base, "DROP ALL", {**hostile, "Authorization": f"Bearer {TOKEN}"})
        assert status == 403  # even a page that somehow had the token: not from another site
        status, _ = update(server.base, "DROP ALL", {"Sec-Fetch-Site": "cross-site"})
        assert status == 403
        status, _ = query(server.base, "ASK {}", {"Host": f"rebound.attacker.example:{server.port}"})
        assert status == 403  # DNS rebinding: a foreign name pointed at 127.0.0.1
        assert triples(server.base) == before > 0


def test_read_write_needs_the_token(store, tmp_path):
    load_into_store(GRAPHS[:1], tmp_path / "store")
    with Serve(tmp_path / "store", "--read-write", "--token", TOKEN) as server:
        before = triples(server.base)
        assert update(server.base, "DROP ALL")[0] == 401
        assert update(server.base, "DROP ALL", {"Authorization": "Bearer wrong"})[0] == 401
        put = request(f"{server.base}/store?graph=urn:x", data=b"<urn:a> <urn:b> <urn:c> .",
                      headers={"Content-Type": "application/n-triples"}, method="PUT")
        assert put[0] == 401
        assert triples(server.base) == before
        status, body = update(server.base, "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                              {"Authorization": f"Bearer {TOKEN}"})
        assert status == 204, body
        assert triples(server.base) == before + 1
        refused = kg("push", GRAPHS[1], "--endpoint", f"{server.base}/store")
        assert refused.exit_code == 3 and "HTTP 401" in refused.stderr
        assert kg("push", GRAPHS[1], "--endpoint", f"{server.base}/store", "--token", TOKEN).exit_code == 0


def test_a_made_up_token_is_printed_and_read_only_refuses_writes(store, tmp_path):
    load_into_store(GRAPHS[:1], tmp_path / "store")
    with Serve(tmp_path / "store", "--read-write") as server:
        token = next(line.split(": ")[-1].strip() for line in server.log + [server.process.stderr.readline()]
                     if line.startswith("token for writes"))
        assert len(token) >= 40
        assert update(server.base, "CLEAR DEFAULT", {"Authorization": f"Bearer {token}"})[0] == 204
    with Serve(store) as server:
        status, body = update(server.base, "DROP ALL", {"Authorization": f"Bearer {TOKEN}"})
        assert status == 403 and "read-only" in body


# --------------------------------------------------------------------------- starting and locking


def test_a_port_in_use_is_one_line_and_nothing_is_announced(store):
    with Serve(store) as server:
        second = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(server.port)],
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 3
        assert second.stderr.splitlines() == [
            f"kg: error: cannot listen on 127.0.0.1:{server.port}: the port is already in use "
            "(another kg serve? choose another --port)"]
        assert triples(server.base) > 0


def test_a_store_folder_named_like_a_flag_is_served(store, tmp_path):
    load_into_store(GRAPHS[:1], tmp_path / "-x")
    with Serve("-x", cwd=tmp_path) as server:  # "--store -x", relative to tmp_path
        assert triples(server.base) > 0


def test_a_served_store_is_locked_against_writers(store):
    with Serve(store) as server:
        with pytest.raises(StoreError, match="being served"):
            with serving_lock(store, writer=True):
                pass
        assert triples(server.base) > 0
    with serving_lock(store, writer=True):  # free once the server has stopped
        pass


def test_timeouts_must_be_positive(store):
    result = kg("push", GRAPHS[0], "--endpoint", "http://127.0.0.1:9/store", "--timeout", "-1")
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "-1" in result.stderr
