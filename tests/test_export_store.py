"""kg export (round trips, determinism, the partnership network), kg load / kg query --store
(one named graph per report, replacing not duplicating, bad folders untouched), and a real
Oxigraph server: kg serve, kg push, a query over HTTP, an UPDATE refused when read-only."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg_query_support import BARNET, BARNET_REPORT, KENT, KENT_REPORT, KG, kg
from kg.graphio import load_graph
from kg.store import load_into_store, open_store
from kg.query import named_query, run_query, with_prologue


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt, rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_parse_back_isomorphic(tmp_path, fmt, rdflib_format):
    out = tmp_path / f"barnet.{fmt}"
    result = kg("export", BARNET, KENT, "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.stderr
    back = Graph().parse(out, format=rdflib_format)
    assert isomorphic(back, load_graph([BARNET, KENT]))


def test_jsonld_has_our_context(tmp_path):
    document = json.loads(kg("export", BARNET, "--format", "jsonld").stdout)
    assert document["@context"]["ikg"] == "https://w3id.org/inspection-kg/def#"
    ofsted = [n for n in document["@graph"] if n["@id"].endswith("/body/ofsted")]
    assert ofsted[0]["prefLabel"] == "Ofsted" and ofsted[0]["@type"] == ["Body", "PartnerOrganisation"]


def test_trig_keeps_a_named_graph_per_report(tmp_path):
    out = tmp_path / "corpus.trig"
    assert kg("export", BARNET, KENT, "--format", "trig", "-o", out).exit_code == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    graphs = {str(g.identifier): g for g in dataset.graphs() if len(g)}
    assert set(graphs) == {BARNET_REPORT, KENT_REPORT}
    assert isomorphic(graphs[BARNET_REPORT], load_graph([BARNET]))
    assert isomorphic(graphs[KENT_REPORT], load_graph([KENT]))


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "trig", "graphml", "gexf"])
def test_exports_are_byte_identical_twice(fmt):
    first = kg("export", BARNET, KENT, "--format", fmt)
    second = kg("export", BARNET, KENT, "--format", fmt)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout and len(first.stdout) > 500


@pytest.mark.parametrize("fmt, reader", [("graphml", "read_graphml"), ("gexf", "read_gexf")])
def test_network_exports_read_back_with_string_node_ids(tmp_path, fmt, reader):
    import networkx as nx

    out = tmp_path / f"net.{fmt}"
    assert kg("export", BARNET, "--format", fmt, "-o", out).exit_code == 0
    net = getattr(nx, reader)(out)
    body = "https://w3id.org/inspection-kg/id/body/london-borough-of-barnet/camhs"
    assert body in net.nodes
    assert net.has_edge(body, "https://w3id.org/inspection-kg/id/body/barnet-enfield-and-haringey-mental-health-trust")


def test_export_failure_leaves_no_file(tmp_path):
    out = tmp_path / "out.ttl"
    result = kg("export", tmp_path / "missing.ttl", "--format", "ttl", "-o", out)
    assert result.exit_code == 2 and "no such file" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []
    # one rule for every command: an unusable input among others is named, skipped, exit 1
    some = kg("export", BARNET, tmp_path / "missing.ttl", "-o", out)
    assert some.exit_code == 1 and "missing.ttl: no such file (skipped)" in some.stderr
    assert out.read_text(encoding="utf-8").startswith("@prefix")


def test_export_format_follows_the_suffix(tmp_path):
    assert kg("export", BARNET, "-o", tmp_path / "b.gexf").exit_code == 0
    assert (tmp_path / "b.gexf").read_text(encoding="utf-8").startswith("<gexf ")
    assert kg("export", BARNET, "-o", tmp_path / "b.nt").exit_code == 0
    assert (tmp_path / "b.nt").read_text(encoding="utf-8").startswith("<https://")
    unknown = kg("export", BARNET, "-o", tmp_path / "b.xyz")
    assert unknown.exit_code == 2 and "cannot tell the export format" in unknown.stderr
    assert not (tmp_path / "b.xyz").exists()


# --------------------------------------------------------------------------- the store


def quads(store_dir):
    corpus = open_store(store_dir)
    return corpus.graph_names(), len(corpus)


def test_load_keeps_a_graph_per_report_and_reloading_replaces(tmp_path):
    store = tmp_path / "store"
    first = kg("load", BARNET, KENT, "--store", store)
    assert first.exit_code == 0, first.stderr
    names, count = quads(store)
    assert names == sorted([BARNET_REPORT, KENT_REPORT])
    assert count == len(load_graph([BARNET])) + len(load_graph([KENT]))
    assert kg("load", BARNET, "--store", store).exit_code == 0
    assert quads(store) == (names, count)  # no duplicates


def test_reloading_a_changed_report_replaces_its_graph(tmp_path):
    store = tmp_path / "store"
    load_into_store([BARNET, KENT], store)
    smaller = tmp_path / "barnet-smaller.ttl"
    graph = load_graph([BARNET])
    graph.remove((None, graph.namespace_manager.expand_curie("ikg:ageGroup"), None))
    smaller.write_bytes(graph.serialize(format="turtle", encoding="utf-8"))
    load_into_store([smaller], store)
    corpus = open_store(store)
    result = run_query(corpus, "SELECT (COUNT(*) AS ?n) WHERE { ?r ikg:ageGroup ?a }")
    assert result.rows[0][0].toPython() == 0
    assert len(corpus) == len(graph) + len(load_graph([KENT]))


def test_store_answers_like_the_files(tmp_path):
    store = tmp_path / "store"
    load_into_store([BARNET, KENT], store)
    corpus = open_store(store)
    files = load_graph([BARNET, KENT])
    for name in ("grades-compared", "bodies-in-many-reports", "bodies-by-type", "evidence"):
        text = named_query(name).text
        assert run_query(corpus, text).rows == run_query(files, text).rows, name
    cli = kg("query", "--store", store, "--name", "bodies-in-many-reports", "--format", "csv")
    assert cli.stdout.splitlines()[1:] == [
        "https://w3id.org/inspection-kg/id/body/care-quality-commission,Care Quality Commission,2",
        "https://w3id.org/inspection-kg/id/body/ofsted,Ofsted,2"]


def test_a_folder_that_is_not_a_store_is_refused_and_untouched(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("keep me\n")
    for args in (["load", BARNET, "--store", folder], ["query", "--store", folder, "--name", "reports"]):
        result = kg(*args)
        assert result.exit_code == 2
        assert "not an Oxigraph store" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert [p.name for p in folder.iterdir()] == ["todo.txt"]
    missing = kg("query", "--store", tmp_path / "nowhere", "--name", "reports")
    assert missing.exit_code == 2 and "no such store" in missing.stderr
    assert not (tmp_path / "nowhere").exists()


def test_a_bad_input_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "store"
    load_into_store([KENT], store)
    before = quads(store)
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle\n")
    result = kg("load", BARNET, bad, "--store", store)
    assert result.exit_code == 2 and "bad.ttl" in result.stderr
    assert quads(store) == before


# --------------------------------------------------------------------------- a real server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http(url, data=None, headers=None, method=None, timeout=10):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def wait_until_up(base, process, limit=15.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {process.stderr.read()}")
        try:
            with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the server did not start in time")


TOKEN = "test-token-for-writes"


class Server:
    """`kg serve` in a subprocess (the real `kg` command, exec'ing the oxigraph binary)."""

    def __init__(self, store, read_write):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        args = [str(KG), "serve", "--store", str(store), "--port", str(self.port)]
        if read_write:
            args += ["--read-write", "--token", TOKEN]
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def __enter__(self):
        wait_until_up(self.base, self.process)
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process.stdout.close()
        self.process.stderr.close()


def sparql_csv(base, query):
    data = urllib.parse.urlencode({"query": query}).encode()
    return http(f"{base}/query?union-default-graph", data=data,
                headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})


@pytest.mark.skipif(not KG.exists(), reason="the kg script is not installed beside this Python")
def test_serve_push_query_and_refuse_update(tmp_path):
    store = tmp_path / "served"
    with Server(store, read_write=True) as server:
        pushed = kg("push", BARNET, KENT, "--endpoint", f"{server.base}/store", "--token", TOKEN)
        assert pushed.exit_code == 0, pushed.stderr
        assert kg("push", BARNET, "--endpoint", f"{server.base}/store", "--token", TOKEN).exit_code == 0  # replaces
        query = with_prologue(named_query("bodies-in-many-reports").text).text
        status, body = sparql_csv(server.base, query)
        assert status == 200, body
        assert body.splitlines()[1:] == [
            "https://w3id.org/inspection-kg/id/body/care-quality-commission,Care Quality Commission,2",
            "https://w3id.org/inspection-kg/id/body/ofsted,Ofsted,2"]
        status, body = sparql_csv(server.base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert body.splitlines()[1] == str(len(load_graph([BARNET])) + len(load_graph([KENT])))
    with Server(store, read_write=False) as server:
        update = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
        status, _ = http(f"{server.base}/update", data=update,
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status in (403, 405)
        refused = kg("push", BARNET, "--endpoint", f"{server.base}/store")
        assert refused.exit_code == 3 and "HTTP 403" in refused.stderr
        status, body = sparql_csv(server.base, "ASK { <urn:a> <urn:b> <urn:c> }")
        assert status == 200 and "true" not in body.lower()


def test_push_to_an_endpoint_that_does_not_answer():
    port = free_port()  # nothing listens there once the probe socket is closed
    result = kg("push", BARNET, "--endpoint", f"http://127.0.0.1:{port}/store", "--timeout", "5")
    assert result.exit_code == 3
    assert "did not answer" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_serve_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "x.txt").write_text("x")
    result = subprocess.run([str(KG), "serve", "--store", str(tmp_path), "--port", str(free_port())],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "not an Oxigraph store" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def test_the_installed_kg_lists_queries():
    result = subprocess.run([str(KG), "query", "--list"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "grades-compared" in result.stdout


def test_default_graph_holds_shared_triples_once_and_reloads_cleanly(tmp_path):
    store = tmp_path / "store"
    load_into_store([BARNET, KENT], store)
    corpus = open_store(store)
    ofsted_label = "SELECT (COUNT(*) AS ?n) WHERE { id:body\\/ofsted skos:prefLabel ?l }"
    assert run_query(corpus, ofsted_label).rows[0][0].toPython() == 1
    merged = len(load_graph([BARNET, KENT]))
    assert corpus.default_graph_size() == merged
    del corpus
    load_into_store([KENT], store)  # again: shared triples stay, nothing doubles
    corpus = open_store(store)
    assert corpus.default_graph_size() == merged
    assert run_query(corpus, ofsted_label).rows[0][0].toPython() == 1


# --------------------------------------------------------------------------- folders with a bad report

REPORTS = BARNET.parents[1] / "reports"


def _folder_with_a_bad_report(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("kent-2013-lac.txt", "westvale-2010-safeguarding-only.txt"):
        (folder / name).write_bytes((REPORTS / name).read_bytes())
    (folder / "zz-not-a-report.txt").write_bytes((BARNET.parents[1] / "bad" / "not-a-report.txt").read_bytes())
    return folder


def test_load_a_folder_skips_a_bad_report_and_says_so(tmp_path):
    folder = _folder_with_a_bad_report(tmp_path)
    store = tmp_path / "store"
    result = kg("load", folder, "--store", store)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1 and "zz-not-a-report.txt" in errors[0] and errors[0].endswith("(skipped)")
    names, _ = quads(store)
    assert len(names) == 2 and any("westvale" in n for n in names)


def test_load_exits_2_when_no_report_can_be_read(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes((BARNET.parents[1] / "bad" / "not-a-report.txt").read_bytes())
    (folder / "b.txt").write_bytes((BARNET.parents[1] / "bad" / "not-a-report.txt").read_bytes())
    result = kg("load", folder, "--store", tmp_path / "store")
    assert result.exit_code == 2 and result.stderr.count("(skipped)") == 2
    assert not (tmp_path / "store").exists()


def test_export_a_folder_skips_a_bad_report(tmp_path):
    folder = _folder_with_a_bad_report(tmp_path)
    out = tmp_path / "corpus.trig"
    result = kg("export", folder, "--format", "trig", "-o", out)
    assert result.exit_code == 1 and "zz-not-a-report.txt" in result.stderr and "(skipped)" in result.stderr
    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert len([g for g in dataset.graphs() if len(g)]) == 2


def test_bulk_loaded_store_answers_like_the_files(tmp_path):
    """A new store takes the bulk path; reloading then takes the transactional one: same answers."""
    store = tmp_path / "store"
    load_into_store([BARNET, KENT], store)
    files = load_graph([BARNET, KENT])
    for name in ("grades-by-area", "body-comentions", "recommendations"):
        text = named_query(name).text
        assert run_query(open_store(store), text).rows == run_query(files, text).rows, name
    before = quads(store)
    load_into_store([KENT, BARNET], store)
    assert quads(store) == before


# --------------------------------------------------------------------------- datasets and blank nodes

_BLANK_DATASET = """@prefix e: <http://example.org/> .
e:note e:about e:anyshire .
e:g1 { e:s e:p "x" . e:s e:q [ e:r "1" ] . }
e:g2 { e:s e:p "x" . }
"""


@pytest.mark.parametrize("suffix", ["trig", "nq"])
def test_a_dataset_keeps_its_default_triples_and_its_blank_nodes_are_one_node(tmp_path, suffix):
    import pyoxigraph as ox

    source = tmp_path / f"data.{suffix}"
    quads_of = ox.parse(_BLANK_DATASET, format=ox.RdfFormat.TRIG)
    source.write_bytes(ox.serialize(quads_of, format=ox.RdfFormat.TRIG if suffix == "trig" else ox.RdfFormat.N_QUADS))
    store = tmp_path / "store"
    result = kg("load", source, "--store", store)
    assert result.exit_code == 0, result.stderr
    corpus = open_store(store)
    names = {n for n in corpus.graph_names()}
    assert names == {"http://example.org/g1", "http://example.org/g2"}
    rows = corpus.oxigraph.query(
        "SELECT ?b WHERE { <http://example.org/s> <http://example.org/q> ?b . ?b <http://example.org/r> '1' "
        "GRAPH <http://example.org/g1> { <http://example.org/s> <http://example.org/q> ?b } }")
    assert len(list(rows)) == 1  # the default graph's copy is the named graph's blank node
    default = {str(q.triple) for q in corpus.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert "<http://example.org/note> <http://example.org/about> <http://example.org/anyshire>" in default
    assert len(default) == 4  # note, s p "x" once for both graphs, s q _:b, _:b r "1"


def test_a_triple_file_s_blank_nodes_are_one_node_in_both_graphs(tmp_path):
    source = tmp_path / "notes.ttl"
    source.write_text('@prefix e: <http://example.org/> .\ne:s e:q [ e:r "1" ] .\n')
    store = tmp_path / "store"
    assert kg("load", source, "--store", store).exit_code == 0
    rows = open_store(store).oxigraph.query(
        "SELECT ?b WHERE { ?s <http://example.org/q> ?b GRAPH ?g { ?s <http://example.org/q> ?b } }")
    assert len(list(rows)) == 1


def test_blank_nodes_of_a_graph_with_a_blank_name_reach_the_default_graph(tmp_path):
    """Only the graphs of the file just loaded that hold blank nodes are copied again, by name;
    a graph named by a blank node (renamed by the bulk loader) is still copied."""
    source = tmp_path / "blank-named.trig"
    source.write_text('@prefix e: <http://example.org/> .\n_:g { e:s e:q [ e:r "1" ] . }\n'
                      'e:g2 { e:t e:q [ e:r "2" ] . }\n')
    store = tmp_path / "store"
    assert kg("load", source, "--store", store).exit_code == 0
    rows = open_store(store).oxigraph.query(
        "SELECT ?s ?x WHERE { ?s <http://example.org/q> ?b . ?b <http://example.org/r> ?x }")
    assert sorted((r["s"].value, r["x"].value) for r in rows) == [
        ("http://example.org/s", "1"), ("http://example.org/t", "2")]


def test_an_invalid_iri_in_a_dataset_fails_the_load_and_leaves_no_store(tmp_path):
    """The bulk loads skip Oxigraph's IRI checks for speed; the parser writing the default
    graph's copies checks them, so the load still fails as a whole."""
    source = tmp_path / "bad.trig"
    source.write_text("<http://example.org/g> { <http://example.org/s> <http://example.org/p> <1bad:iri> . }\n")
    result = kg("load", source, "--store", tmp_path / "store")
    assert result.exit_code == 2 and "bad.trig" in result.stderr and "Invalid IRI" in result.stderr
    assert not (tmp_path / "store").exists()
    assert not [p for p in tmp_path.iterdir() if ".kg-" in p.name]
