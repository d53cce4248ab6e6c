"""Work done in worker processes gives what the same work done one report at a time gives:
a folder extracted to TriG (graphs made and written in the workers) against each report
extracted on its own, and a corpus validated in workers against one process."""
from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib.compare import isomorphic

from kg.extract import extract_report
from kg.rdfio import ntriples
from kg.validation import report_turtle, validate_paths
from kg_query_support import BARNET, KENT, kg

REPORTS = Path(__file__).parent / "fixtures" / "reports"
NAMES = ["barnsley-2023-ilacs.txt", "kent-2013-lac.txt", "leeds-2015-sif.txt", "northfield-2011-slac.txt"]
PREVIOUS = "https://w3id.org/inspection-kg/def#previousReport"


DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def term(node):
    """A term to compare: a decimal by its value ("17" and "17.0" are one number; rdflib writes
    either, depending on what else the process has loaded)."""
    if isinstance(node, ox.Literal) and node.datatype.value == DECIMAL:
        return ("decimal", Decimal(node.value))
    return node


def quads(path: Path) -> set:
    return {(q.subject, q.predicate, term(q.object), q.graph_name) for q in ox.parse(path=str(path))}


def test_a_folder_extracted_to_trig_holds_each_report_as_extracted_alone(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(REPORTS / name, folder / name)
    out = tmp_path / "corpus.trig"
    result = kg("extract", folder, "-o", out, "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count(" paragraphs, ") == len(NAMES)  # a summary per report
    found = quads(out)
    expected = set()
    for name in NAMES:
        graph = extract_report(folder / name)
        data = ntriples(graph)
        store = ox.Store()
        store.load(data, format=ox.RdfFormat.N_TRIPLES)
        reports = [s["r"] for s in store.query(
            "SELECT ?r WHERE { ?r a <https://w3id.org/inspection-kg/def#InspectionReport> }")]
        assert len(reports) == 1, name
        expected |= {(q.subject, q.predicate, term(q.object), reports[0]) for q in store}
    links = {q for q in found if q[1].value == PREVIOUS}
    assert found - links == expected  # the same graphs, each under its report's IRI
    assert all(q[0] == q[3] for q in links)  # a time link sits in the later report's graph
    assert kg("extract", folder, "-o", tmp_path / "again.trig", "--jobs", "2").exit_code == 0
    assert (tmp_path / "again.trig").read_bytes() == out.read_bytes()  # deterministic


def test_a_corpus_validated_in_workers_gives_what_one_process_gives(tmp_path):
    dataset = tmp_path / "corpus.nq"
    parts = []
    for i, source in enumerate([BARNET, KENT, BARNET, KENT, BARNET]):
        store = ox.Store()
        store.load(path=str(source), format=ox.RdfFormat.TURTLE)
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        if i == 4:  # one broken report: a judgement without its grade
            data = b"\n".join(line for line in data.split(b"\n") if b"def#grade>" not in line) + b"\n"
        parts.append(data.replace(b" .\n", f" <urn:x-test:report-{i}> .\n".encode()))
    dataset.write_bytes(b"".join(parts))
    alone = validate_paths([dataset], workers=1)
    together = validate_paths([dataset], workers=2)
    assert [r.to_dict() for r in together] == [r.to_dict() for r in alone]
    assert all(isomorphic(a.results_graph, b.results_graph) for a, b in zip(alone, together))
    assert "sh:ValidationReport" in report_turtle(together)
    assert [r.report for r in together] == [f"corpus.nq#urn:x-test:report-{i}" for i in range(5)]
    assert together[0].to_dict()["results"] == together[2].to_dict()["results"]  # same graph, same findings
    assert not together[4].conforms
    assert any(f.path == "ikg:grade" and f.severity == "violation" for f in together[4].results)
    assert not any(f.path == "ikg:grade" for f in together[0].results)
