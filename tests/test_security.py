"""The endpoint under attack, and the CLI fed hostile input: the real `kg serve` on a free
127.0.0.1 port (stopped at the end of each test) receives the requests a hostile web page or a
careless user would send, and every answer is checked, as is the server's health afterwards."""
from __future__ import annotations

import os
import shutil
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


@pytest.fixture(scope="module")
def served(store):
    """One read-only `kg serve` (2 s timeout, 1 MB results) for the tests that need nothing else."""
    with Serve(store, "--max-result-mb", "1") as server:
        yield server


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


def test_the_memory_bomb_ends_within_the_timeout_and_the_server_answers_next(served):
    server = served
    started = time.monotonic()
    status, body = query(server.base, BOMB)
    took = time.monotonic() - started
    assert status == 503 and ("limit of 2 s" in body or "more memory" in body)  # whichever comes first
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
    # memory enough that only the hang-up can free the one worker within seconds (the bomb would
    # need ~10 s to reach 4 GB)
    with Serve(store, "--workers", "1", "--timeout", "60", "--memory-mb", "4096") as server:
        body = urllib.parse.urlencode({"query": BOMB})
        with socket.create_connection(("127.0.0.1", server.port)) as client:
            client.sendall(
                f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode()
            )
            time.sleep(0.5)
        started = time.monotonic()
        assert triples(server.base) > 5000  # one worker: free again only if the bomb was stopped
        assert time.monotonic() - started < 3
        log = server.stop()
    assert "hung up; its request was stopped" in log


def test_a_result_over_the_limit_is_refused_not_cut(served):
    server = served
    status, body = query(server.base, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 503 and "larger than this endpoint's limit of 1 MB" in body
    status, body = query(server.base, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    assert status == 200 and len(body.splitlines()) == 11


# --------------------------------------------------------------------------- nothing turned against its host


FEDERATED = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o .service <http://127.0.0.1:9/sparql> { ?a ?b ?c } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
]


def test_federation_is_refused(served):
    server = served
    for text in FEDERATED:
        status, body = query(server.base, text)
        assert status == 403 and "SERVICE" in body and "--allow-service" in body, text
        status, body = request(f"{server.base}/query?query={urllib.parse.quote(text)}",
                               headers={"Accept": "text/csv"})
        assert status == 403, text
        status, _ = request(f"{server.base}/query", data=text.encode(),
                            headers={"Content-Type": "application/sparql-query"})
        assert status == 403, text
    status, _ = query(server.base, 'SELECT ?x WHERE { BIND("SERVICE <http://x/> {}" AS ?x) } # SERVICE')
    assert status == 200  # the word in a string or a comment is data, not federation


def raw_status(port, head: bytes, body: bytes = b"") -> int:
    """The status line's code for a request sent byte for byte."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
        client.sendall(head + body)
        answer = client.recv(200)
    return int(answer.split(b" ")[1])


def test_bodies_are_bounded(served):
    server = served
    host = f"Host: 127.0.0.1:{server.port}\r\n".encode()
    big = b"query=" + b"#" * (2 * 1024 * 1024)
    assert raw_status(server.port, b"POST /query HTTP/1.1\r\n" + host +
                      b"Content-Type: application/x-www-form-urlencoded\r\n"
                      b"Content-Length: %d\r\n\r\n" % len(big)) == 413
    assert raw_status(server.port, b"POST /query HTTP/1.1\r\n" + host +
                      b"Transfer-Encoding: chunked\r\n\r\n", b"5\r\nASK{}\r\n0\r\n\r\n") == 411
    assert raw_status(server.port, b"GET /elsewhere HTTP/1.1\r\n" + host + b"\r\n") == 404
    assert triples(server.base) > 0


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


def test_a_made_up_token_is_printed_and_read_only_refuses_writes(served, tmp_path):
    load_into_store(GRAPHS[:1], tmp_path / "store")
    with Serve(tmp_path / "store", "--read-write") as server:
        token = next(line.split(": ")[-1].strip() for line in server.log + [server.process.stderr.readline()]
                     if line.startswith("token for writes"))
        assert len(token) >= 40
        assert update(server.base, "CLEAR DEFAULT", {"Authorization": f"Bearer {token}"})[0] == 204
    status, body = update(served.base, "DROP ALL", {"Authorization": f"Bearer {TOKEN}"})
    assert status == 403 and "read-only" in body


# --------------------------------------------------------------------------- starting and locking


def test_a_port_in_use_is_one_line_and_nothing_is_announced(store, served):
    server = served
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


def test_a_served_store_is_locked_against_writers(tmp_path):
    store = tmp_path / "store"
    load_into_store(GRAPHS[:1], store)
    with Serve(store) as server:
        with pytest.raises(StoreError, match="being served"):
            with serving_lock(store, writer=True):
                pass
        with pytest.raises(StoreError, match="being served"):  # kg load honours the lock
            load_into_store(GRAPHS[1:2], store)
        assert triples(server.base) > 0
    with serving_lock(store, writer=True):  # free once the server has stopped
        pass
    load_into_store(GRAPHS[1:2], store)


def test_timeouts_must_be_positive(store):
    result = kg("push", GRAPHS[0], "--endpoint", "http://127.0.0.1:9/store", "--timeout", "-1")
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "-1" in result.stderr


# --------------------------------------------------------------------------- parameters are data

TWO = 'SELECT ?a ?b WHERE { VALUES ?a { "" } VALUES ?b { "" } }'


def test_two_hostile_parameters_stay_two_strings():
    """The first value carries the second's placeholder, the second a break-out: each is bound
    once, as a literal, and the query keeps its one row."""
    first = 'VALUES ?b { "" }'
    second = '"} } UNION { ?s ?p ?o } SERVICE <http://127.0.0.1:9/sparql> { ?x ?y ?z } #'
    result = kg("query", GRAPHS[0], TWO, "--param", f"a={first}", "--param", f"b={second}", "--format", "json")
    assert result.exit_code == 0, result.stderr
    import json

    rows = json.loads(result.stdout)["results"]["bindings"]
    assert rows == [{"a": {"type": "literal", "value": first}, "b": {"type": "literal", "value": second}}]


def test_a_parameter_without_placeholder_is_bound_where_the_query_was_written():
    from kg.query import apply_params

    query = 'SELECT ?name WHERE { # VALUES ?name { "in a comment" }\n ?s ?p ?name }'
    bound = apply_params(query, {"name": '"} } # ?name', "p": "<urn:x:p>"})
    assert bound.count("VALUES ?name") == 2  # the comment's, untouched, and the binding
    assert 'VALUES ?name { "\\"} } # ?name" }' in bound and "VALUES ?p { <urn:x:p> }" in bound


# --------------------------------------------------------------------------- nothing lost silently

REPORTS = HERE / "fixtures" / "reports"


def _two_copies_and_a_variant(folder: Path) -> tuple[Path, Path, Path]:
    folder.mkdir()
    text = (REPORTS / "kent-2013-lac.txt").read_text(encoding="utf-8")
    first, copy, variant = folder / "kent.txt", folder / "kent-copy.txt", folder / "kent-regraded.txt"
    first.write_text(text, encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    variant.write_text(text.replace("Capacity to improve Good", "Capacity to improve Inadequate"), encoding="utf-8")
    return first, copy, variant


def test_the_same_report_twice_is_read_once_with_a_warning(tmp_path):
    first, copy, _ = _two_copies_and_a_variant(tmp_path / "in")
    out = tmp_path / "both.trig"
    result = kg("extract", first, copy, "-q", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"kg: warning: {copy} is the same report as {first} "
        "(<https://w3id.org/inspection-kg/id/report/886-kent-2013-07-15>): read once"]
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert [str(g.identifier) for g in dataset.graphs() if len(g)] == [
        "https://w3id.org/inspection-kg/id/report/886-kent-2013-07-15"]
    assert kg("query", first, copy, "ASK { ?r ikg:previousReport ?r }").exit_code == 1  # false
    assert kg("validate", first, copy).exit_code == 0


def test_two_different_reports_with_one_iri_are_an_error_naming_both(tmp_path):
    first, _, variant = _two_copies_and_a_variant(tmp_path / "in")
    result = kg("extract", first, variant, "-q", "-o", tmp_path / "out.ttl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kg: error: {first} and {variant} are different reports (their dates, judgements or framework "
        "differ) but both map to the report IRI <https://w3id.org/inspection-kg/id/report/886-kent-2013-07-15> "
        "(skipped)"]
    merged = kg("query", first, variant, "SELECT * { ?s ?p ?o } LIMIT 1")  # one CLI rule: named, skipped, exit 1
    assert merged.exit_code == 1 and str(first) in merged.stderr and str(variant) in merged.stderr
    loaded = kg("load", first, variant, "--store", tmp_path / "store")
    assert loaded.exit_code == 1 and "(skipped)" in loaded.stderr and str(variant) in loaded.stderr


def test_councils_whose_names_resolve_alike_get_distinct_report_iris():
    import datetime as dt

    from kg.model import Report
    from kg.namespaces import ID
    from kg.rdf import report_iri

    def iri(authority):
        return str(report_iri(Report(source="x.txt", text="x", authority=authority,
                                     inspection_start=dt.date(2024, 10, 7))))

    assert iri("Cumbria County Council") == f"{ID}report/909-cumbria-2024-10-07"
    assert iri("Cumberland Council") == f"{ID}report/942-cumberland-2024-10-07"
    assert iri("Westmorland and Furness Council") == f"{ID}report/943-westmorland-and-furness-2024-10-07"
    assert iri("Testshire County Council") == f"{ID}report/testshire-county-council-2024-10-07"  # no code known


# --------------------------------------------------------------------------- bounded input


def test_fifos_and_devices_are_refused_not_read(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        if not path.exists():
            continue
        done = subprocess.run([sys.executable, "-m", "kg", "extract", str(path)], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 2
        assert done.stderr == f"kg: error: {path}: not a regular file (a FIFO, socket or device); give a report file\n"
    done = subprocess.run([sys.executable, "-m", "kg", "query", str(fifo), "ASK {}"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "not a regular file" in done.stderr


def test_an_input_over_the_size_limit_is_refused_with_the_limit_named(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_TEXT_MB", "0.01")
    result = kg("extract", REPORTS / "kent-2013-lac.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"kg: error: {REPORTS / 'kent-2013-lac.txt'}: ")
    assert "over the 0.01 MB limit" in result.stderr and "KG_MAX_TEXT_MB" in result.stderr
    monkeypatch.setenv("KG_MAX_TEXT_MB", "lots")
    result = kg("extract", REPORTS / "kent-2013-lac.txt")
    assert result.exit_code == 2 and "KG_MAX_TEXT_MB='lots'" in result.stderr


# --------------------------------------------------------------------------- one error contract


def _pdf(objects: list[bytes]) -> bytes:
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    return out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


def test_a_bad_page_in_a_pdf_is_one_line_naming_the_page(tmp_path):
    text = b"BT /F1 12 Tf 72 720 Td (" + b"Inspection of children's services " * 12 + b") Tj ET"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"42",  # page 2 is not a page at all
    ]))
    for command in (["extract", pdf], ["pipeline", pdf, "--out", tmp_path / "out"]):
        result = kg(*command)
        assert result.exit_code == 2
        assert result.stderr == f"kg: error: {pdf}: page 2 of the PDF cannot be read (Failed to load page.)\n"
    assert not (tmp_path / "out").exists()


def test_a_damaged_store_an_impossible_iri_and_a_failing_service_are_one_line_each(store, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(store, damaged)
    (damaged / "CURRENT").write_text("not a manifest name\n")
    result = kg("query", "--store", damaged, "ASK {}")
    assert result.exit_code == 2 and result.stderr.startswith(f"kg: error: {damaged}: the store is damaged (Corruption")
    bad_iri = tmp_path / "bad.ttl"
    bad_iri.write_text('<http://example.org/a b> <http://example.org/p> "o" .\n', encoding="utf-8")
    for command in (["query", bad_iri, "ASK {}"], ["export", bad_iri, "--format", "nt"], ["validate", bad_iri]):
        result = kg(*command)
        assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
        assert result.stderr.startswith(f"kg: error: {bad_iri}: ")  # the cause, as rdflib's or Oxigraph's reader words it
        assert "holds a space, which no IRI may hold" in result.stderr or "Invalid IRI code point ' '" in result.stderr
    result = kg("query", GRAPHS[0], "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert result.exit_code == 3
    assert result.stderr.startswith("kg: error: the query's SERVICE endpoint failed: ")
    assert len(result.stderr.splitlines()) == 1


def test_usage_mistakes_are_one_line():
    for args, needle in ((["extract"], "Missing argument"), (["extrct"], "No such command"),
                         (["query", "--format", "yaml", "x.ttl", "ASK {}"], "Invalid value for '--format'"),
                         (["serve", "--store", "x", "--timeout", "0"], "Invalid value for '--timeout'")):
        result = kg(*args)
        assert result.exit_code == 2, args
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("kg: error: ") and needle in result.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_named_not_an_internal_error(tmp_path):
    report = tmp_path / "report.txt"
    report.write_bytes((REPORTS / "kent-2013-lac.txt").read_bytes())
    report.chmod(0)
    result = kg("extract", report)
    assert result.exit_code == 2 and result.stderr == f"kg: error: {report}: cannot read it (permission denied)\n"


# --------------------------------------------------------------------------- a full disk


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a full file system: a 64 KB tmpfs where this test may mount one (root on
    Linux), else None and the tests simulate ENOSPC."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = False
    if sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount"):
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                                 capture_output=True).returncode == 0
    if not mounted:
        yield None
        return
    try:
        (folder / "filler").write_bytes(b"x" * 48 * 1024)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def _no_space(monkeypatch):
    """Every write of an output file fails as a full disk does."""
    import errno
    import kg.graphio

    real = kg.graphio.os.fdopen

    class Full:
        def __init__(self, handle, mode):
            self.file = real(handle, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(kg.graphio.os, "fdopen", Full)


def test_a_full_disk_is_one_line_and_leaves_no_file(full_disk, tmp_path, monkeypatch):
    folder = full_disk
    if folder is None:
        _no_space(monkeypatch)
        folder = tmp_path
    out = folder / "graph.ttl"
    result = kg("extract", REPORTS / "kent-2013-lac.txt", "-q", "-o", out)
    assert result.exit_code == 2
    assert result.stderr == f"kg: error: {out}: cannot write it (no space left on device)\n"
    result = kg("pipeline", REPORTS / "kent-2013-lac.txt", "--out", folder / "results")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: {folder / 'results'}/") and "no space left on device" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(p for p in ["filler"] if full_disk)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_standard_output_on_a_full_disk_is_one_line():
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "kg", "query", str(GRAPHS[0]), "SELECT * { ?s ?p ?o }"],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == "kg: error: no space left on device (while writing the output)\n"
