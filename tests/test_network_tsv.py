"""The network reads Oxigraph's SPARQL results as TSV text (kg.network.sources.select): rows whose
columns each hold one kind of field are read by one regular expression, any other row field by
field. Both readings must give the values Oxigraph's own Python terms give."""
from __future__ import annotations

import pyoxigraph
import pytest

from kg.network.sources import _tsv_rows, select

DATA = """
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:label "Anyshire Safeguarding Board" ; ex:number 12 ; ex:to ex:b .
ex:b ex:label "Anyshire \\"front door\\"\\tteam" ; ex:number -3 ; ex:to ex:c .
ex:c ex:label "Équipe"@fr ; ex:number "7"^^xsd:int ; ex:to [ ex:label "" ] .
ex:d ex:label "2.5"^^xsd:decimal ; ex:number "x"^^xsd:integer .
ex:e ex:label "line one\\nline two" ; ex:number true .
"""

QUERIES = {
    "iris": "SELECT ?s ?o WHERE { ?s <http://example.org/to> ?o } ORDER BY ?s",
    "labels": "SELECT ?s ?l WHERE { ?s <http://example.org/label> ?l } ORDER BY ?s",
    "numbers": "SELECT ?s ?n WHERE { ?s <http://example.org/number> ?n } ORDER BY ?s",
    "one column": "SELECT ?n WHERE { ?s <http://example.org/number> ?n } ORDER BY ?n",
    "unbound": """SELECT ?s ?n WHERE { ?s <http://example.org/label> ?l
                  OPTIONAL { ?s <http://example.org/to> ?n } } ORDER BY ?s""",
    "plain only": """SELECT ?s ?l WHERE { ?s <http://example.org/label> ?l
                     FILTER (isIRI(?s) && lang(?l) = "" && datatype(?l) = <http://www.w3.org/2001/XMLSchema#string>
                             && !CONTAINS(?l, "\\"") && !CONTAINS(?l, "\\n")) } ORDER BY ?s""",
    "integers only": """SELECT ?s ?n WHERE { ?s <http://example.org/number> ?n
                        FILTER (isNumeric(?n) && ?n = ROUND(?n)) } ORDER BY ?s""",
    "named only": """SELECT ?s ?o WHERE { ?s <http://example.org/to> ?o FILTER isIRI(?o) } ORDER BY ?s""",
    "one column of integers": """SELECT ?n WHERE { ?s <http://example.org/number> ?n
                                 FILTER (isNumeric(?n) && ?n = ROUND(?n)) } ORDER BY ?n""",
}
INTEGER_TYPES = ("#integer", "#int", "#long")


def _reference(term):
    """A term as the network's plain values, from Oxigraph's Python objects."""
    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode | pyoxigraph.BlankNode):
        return term.value
    if term.datatype.value.endswith(INTEGER_TYPES):
        try:
            return int(term.value)
        except ValueError:
            return term.value
    return term.value


@pytest.fixture(scope="module")
def store():
    store = pyoxigraph.Store()
    store.load(DATA.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    return store


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_tsv_rows_give_what_oxigraph_terms_give(store, name):
    query = QUERIES[name]
    expected = [tuple(_reference(value) for value in solution) for solution in store.query(query)]
    data = store.query(query).serialize(format=pyoxigraph.QueryResultsFormat.TSV)
    rows = _tsv_rows(data)
    assert rows == expected
    assert [tuple(map(type, row)) for row in rows] == [tuple(map(type, row)) for row in expected]


def test_uniform_rows_read_by_one_pattern_match_field_by_field_reading(store):
    """The regular expression reading (every row of one shape) and the field-by-field reading
    agree: a row of another shape after uniform ones sends the whole result to the second."""
    uniform = store.query(QUERIES["plain only"]).serialize(format=pyoxigraph.QueryResultsFormat.TSV)
    assert _tsv_rows(uniform) == [("http://example.org/a", "Anyshire Safeguarding Board")]
    mixed = uniform + b'<http://example.org/z>\t"tagged"@en\n'
    assert _tsv_rows(mixed) == [("http://example.org/a", "Anyshire Safeguarding Board"),
                                ("http://example.org/z", "tagged")]
    numbers = store.query(QUERIES["integers only"]).serialize(format=pyoxigraph.QueryResultsFormat.TSV)
    read = [("http://example.org/a", 12), ("http://example.org/b", -3), ("http://example.org/c", 7)]
    assert _tsv_rows(numbers) == read
    assert _tsv_rows(numbers + b"<http://example.org/z>\t\n") == read + [("http://example.org/z", None)]


def test_rows_of_one_shape_are_read_whole(store):
    """The shapes the network's queries give, read by the one-pattern reading: rows of IRIs, one
    column of integers (made ``int``), an IRI and a plain label."""
    def rows(name):
        return _tsv_rows(store.query(QUERIES[name]).serialize(format=pyoxigraph.QueryResultsFormat.TSV))

    assert rows("named only") == [("http://example.org/a", "http://example.org/b"),
                                  ("http://example.org/b", "http://example.org/c")]
    assert rows("one column of integers") == [(-3,), (7,), (12,)]
    assert rows("plain only") == [("http://example.org/a", "Anyshire Safeguarding Board")]


def test_select_on_a_store_reads_escapes_tags_and_numbers(store):
    rows = dict(select(store, "SELECT ?s ?l WHERE { ?s <http://example.org/label> ?l FILTER isIRI(?s) }"))
    assert rows["http://example.org/b"] == 'Anyshire "front door"\tteam'
    assert rows["http://example.org/c"] == "Équipe"
    assert rows["http://example.org/e"] == "line one\nline two"
    assert rows["http://example.org/d"] == "2.5"
