"""The N-Triples a corpus worker writes straight from a report's triples (``kg.rdf.report_ntriples``,
no rdflib term made) are the bytes rdflib writes of the report's graph, for every fixture report
and the sample; and the mapping's literals are the ones rdflib writes and reads back."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.extract import parse_report_file
from kg.model import Statistic
from kg.rdf import rdflib_term, report_ntriples, report_to_graph, report_triples
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


def test_the_mapping_writes_literals_as_rdflib_does():
    from rdflib.namespace import XSD
    from rdflib.plugins.serializers.nt import _quoteLiteral

    report = parse_report_file(REPORTS[0])
    tricky = 'A "quoted" \\ back\\slash,\r\na new line, café and a tab\t'
    report.paragraphs[0].text = tricky
    first = report.paragraphs[0].number
    report.statistics = [Statistic(value=6400000.5, unit="pounds", measure="budget", paragraph=first, text="x"),
                         Statistic(value=1e-7, unit="count", measure="tiny", paragraph=first, text="y")]
    data = report_ntriples(report).decode("utf-8")
    for literal in (Literal(tricky), Literal("6400000.5", datatype=XSD.decimal), Literal("0.0000001", datatype=XSD.decimal)):
        assert f" {_quoteLiteral(literal)} .\n" in data
        assert rdflib_term(_quoteLiteral(literal)) == literal
    graph = report_to_graph(report)
    assert Literal(tricky) in set(graph.objects())
    assert data.encode("utf-8") == ntriples(graph)


@pytest.mark.parametrize("term", [Literal("plain"), Literal("Good", lang="en"), Literal("12", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")), URIRef("https://example.org/a")])
def test_a_term_read_back_is_the_term_written(term):
    written = _quoteLiteral_or_n3(term)
    assert rdflib_term(written) == term


def _quoteLiteral_or_n3(term):
    from rdflib.plugins.serializers.nt import _quoteLiteral

    return _quoteLiteral(term) if isinstance(term, Literal) else term.n3()
