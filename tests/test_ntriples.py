"""The N-Triples a corpus worker writes straight from a report's triples (``kg.rdf.report_ntriples``,
no rdflib Graph filled) are the bytes rdflib writes of the report's graph, for every fixture
report and the sample."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.extract import parse_report_file
from kg.rdf import report_ntriples, report_to_graph, report_triples
from kg.rdfio import serialize_ntriples
from kg.rdfio import ntriples

ROOT = Path(__file__).parent.parent
REPORTS = [ROOT / "kg" / "samples" / "barnet-2012-slac.txt", *sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_a_report_s_ntriples_are_the_bytes_of_its_graph(path):
    report = parse_report_file(path)
    graph = report_to_graph(report)
    data = report_ntriples(report)
    assert data == ntriples(graph)
    assert data.count(b"\n") == len(graph) == len(set(report_triples(report)))


def test_ntriples_are_sorted_once_each_and_escaped():
    a, b, p = URIRef("https://example.org/a"), URIRef("https://example.org/b"), URIRef("https://example.org/p")
    text = Literal('two\nlines, a "quote" and a \\ backslash')
    data = serialize_ntriples([(b, p, a), (a, p, text), (b, p, a)])
    assert data.decode("utf-8").splitlines() == [
        '<https://example.org/a> <https://example.org/p> "two\\nlines, a \\"quote\\" and a \\\\ backslash" .',
        "<https://example.org/b> <https://example.org/p> <https://example.org/a> .",
    ]
    assert serialize_ntriples([]) == b""
