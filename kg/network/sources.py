"""Where the network is read from: in-memory Oxigraph stores holding the inputs, SELECTs over
them as rows of plain Python values, and what the graph says about its reports and paragraphs.

Every network query runs on Oxigraph, whose joins and GROUP BY are fast where rdflib's are not
(rdflib graphs are copied in once, through ``kg.rdfio``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..namespaces import IKG, sparql_prologue
from ..dataset_parts import load_file_in_parts
from ..rdfio import add_rdflib_graph, check_readable, is_oxigraph_readable, load_file

_PROLOGUE = sparql_prologue()
_SUBPROPERTY = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf"

#: The relations of docs/decisions/0001-graph-shape.md, used when the ontology file is absent
#: (it is the source of truth when present; declarations in the data are added to both).
KNOWN_RELATIONS = {
    "providedBy": "relatedTo",
    "partOf": "relatedTo",
    "subGroupOf": "partOf",
    "reportsTo": "relatedTo",
    "chairedBy": "relatedTo",
    "commissionedBy": "relatedTo",
    "memberOf": "relatedTo",
    "worksWith": "relatedTo",
    "deliveredWith": "relatedTo",
}

Q_SUBPROPERTIES = """SELECT DISTINCT ?property ?super WHERE { ?property rdfs:subPropertyOf ?super }"""
Q_REPORTS = """
SELECT DISTINCT ?report ?authority ?start ?issued WHERE {
  ?report a ikg:InspectionReport .
  OPTIONAL { ?report ikg:inspectedAuthority ?authority }
  OPTIONAL { ?report ikg:inspectionStart ?start }
  OPTIONAL { ?report dcterms:issued ?issued }
}"""
Q_LABELS = """SELECT DISTINCT ?node ?label WHERE { VALUES ?node { %s } ?node skos:prefLabel ?label }"""
#: The parts of a report's running text that name bodies and state ties: its numbered paragraphs
#: and its passages (text printed without a number). ``?paragraph`` in a pattern is one of them.
TEXT_PART = "?paragraph a ?part . VALUES ?part { ikg:Paragraph ikg:Passage }"
Q_TEXT = """SELECT DISTINCT ?paragraph ?text WHERE { ?paragraph ikg:text ?text . %s }""" % TEXT_PART


@dataclass(frozen=True)
class ReportInfo:
    """What a picture's title and a table's heading say about a report."""

    iri: str
    authority: str | None
    start: str | None
    issued: str | None

    @property
    def name(self) -> str:
        when = self.start or self.issued
        who = self.authority or self.iri.rsplit("/", 1)[-1]
        return f"{who}, {when}" if when else who


# ---------------------------------------------------------------- querying either store kind
def _plain(term) -> str | int | float | None:
    """An rdflib term as a plain Python value."""
    if term is None:
        return None
    from rdflib import URIRef

    if isinstance(term, URIRef):
        return str(term)
    python = term.toPython()
    if isinstance(python, (int, float, str)) and not isinstance(python, bool):
        return python
    return str(term)


def select(source, query: str) -> list[tuple]:
    """Rows of plain values for a SELECT over an rdflib ``Graph`` or a ``pyoxigraph.Store``
    (whose named graphs are read as one: the default graph is their union): IRIs and literals
    as their text, blank nodes as their label, integers (``xsd:integer``, ``int``, ``long``)
    as ``int``, unbound as ``None``."""
    text = _PROLOGUE + query
    if is_rdflib_graph(source):
        return [tuple(_plain(value) for value in row) for row in source.query(text)]
    import pyoxigraph

    solutions = source.query(text, use_default_graph_as_union=True)
    return _tsv_rows(solutions.serialize(format=pyoxigraph.QueryResultsFormat.TSV))


def select_many(source, queries: dict[str, str], workers: int = 2) -> dict[str, list[tuple]]:
    """:func:`select` of each query, by name; on a ``pyoxigraph.Store`` run ``workers`` at a time
    in threads (Oxigraph evaluates a query and writes its results without holding Python's
    lock, so two queries use both cores while a third's rows are read)."""
    if is_rdflib_graph(source) or workers < 2 or len(queries) < 2:
        return {name: select(source, query) for name, query in queries.items()}
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(workers) as pool:
        futures = {name: pool.submit(select, source, query) for name, query in queries.items()}
        return {name: future.result() for name, future in futures.items()}


# Oxigraph's results as SPARQL TSV (https://www.w3.org/TR/sparql11-results-csv-tsv/): written in
# Rust without Python's lock and read here as text, several times faster than a Python object
# per term. Literals are Turtle-quoted with \t \n \r \" \\ escaped; numbers and booleans
# whose text is Turtle's are written bare.
_TSV_UNESCAPE = {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\"}
_TSV_ESCAPED = re.compile(r"\\(.)")
_INTEGER_TYPES = ("#integer>", "#int>", "#long>")
_BARE_INTEGER = re.compile(r"[+-]?[0-9]+")


def _tsv_rows(data: bytes) -> list[tuple]:
    header, _, body = data.decode("utf-8").partition("\n")  # every row ends in a newline
    count = body.count("\n")
    columns = header.count("\t") + 1
    if not count:
        return []
    fast = _uniform_rows(body, columns, count)
    if fast is not None:
        return fast
    value = _tsv_value
    rows = body.split("\n")[:-1]
    if columns == 1:  # an unbound value is an empty line
        return [(value(line),) for line in rows]
    return [tuple(field[1:-1] if field[:1] == "<" else value(field) for field in line.split("\t"))
            for line in rows]


#: What a column holds when every row's field there is read by a regular expression alone,
#: in C: an IRI, a literal with neither escapes, datatype nor language (a label), or an integer
#: written bare. Any other field (an unbound value, a blank node, an escaped or tagged literal)
#: sends the rows to the field-by-field reading.
_FIELD_KINDS = {"iri": r"<([^>\t\n]*)>", "text": r'"([^"\\\t\n]*)"', "integer": f"({_BARE_INTEGER.pattern})"}
_FIELD_KIND_OF = [(kind, re.compile(pattern)) for kind, pattern in _FIELD_KINDS.items()]


def _uniform_rows(body: str, columns: int, count: int) -> list[tuple] | None:
    """The ``count`` rows of ``body`` when each column holds one kind of field throughout (the
    kinds read from the first row; most of the network's queries give rows of IRIs, or of an
    IRI and a label), read by one regular expression; ``None`` when any row differs."""
    fields = body[:body.index("\n")].split("\t")
    if len(fields) != columns:
        return None
    kinds = []
    for field in fields:
        kind = next((k for k, pattern in _FIELD_KIND_OF if pattern.fullmatch(field)), None)
        if kind is None:
            return None
        kinds.append(kind)
    found = _row_pattern(tuple(kinds)).findall(body)
    if len(found) != count:
        return None
    if columns == 1:
        return [(int(v),) for v in found] if kinds[0] == "integer" else [(v,) for v in found]
    if "integer" in kinds:  # converted column by column, in C (a paragraph's number)
        by_column = [list(map(int, values)) if kind == "integer" else values
                     for values, kind in zip(zip(*found), kinds)]
        return list(zip(*by_column))
    return found


@lru_cache(maxsize=None)
def _row_pattern(kinds: tuple[str, ...]) -> re.Pattern:
    return re.compile("^" + "\t".join(_FIELD_KINDS[k] for k in kinds) + "$", re.MULTILINE)


def _tsv_value(field: str):
    """One TSV term as a plain value."""
    if not field:
        return None
    first = field[0]
    if first == "<":
        return field[1:-1]
    if first == '"':
        end = field.rfind('"')
        text = field[1:end]
        if "\\" in text:
            text = _TSV_ESCAPED.sub(lambda m: _TSV_UNESCAPE.get(m.group(1), m.group(0)), text)
        if field.endswith(_INTEGER_TYPES) and field[end + 1:end + 3] == "^^":
            try:
                return int(text)
            except ValueError:
                return text
        return text
    if field.startswith("_:"):
        return field[2:]
    if _BARE_INTEGER.fullmatch(field):
        return int(field)
    return field  # a bare decimal, double or boolean: its text


def is_rdflib_graph(source) -> bool:
    return hasattr(source, "serialize") and hasattr(source, "triples")


def is_single_source(graph) -> bool:
    return is_rdflib_graph(graph) or hasattr(graph, "quads_for_pattern")


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# ---------------------------------------------------------------- the relations
_ONTOLOGY_CACHE: list[list[tuple[str, str]]] = []


def _ontology_declarations() -> list[tuple[str, str]]:
    """The sub-property declarations: the bundled ontology where present, and the known list
    (harmless where the ontology says the same). Read once per process."""
    if _ONTOLOGY_CACHE:
        return _ONTOLOGY_CACHE[0]
    import pyoxigraph

    pairs: list[tuple[str, str]] = []
    try:
        data = resources.files("kg.ontology").joinpath("inspection-kg.ttl").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        data = None
    if data:
        for quad in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE):
            if quad.predicate.value == _SUBPROPERTY and isinstance(quad.object, pyoxigraph.NamedNode) \
                    and isinstance(quad.subject, pyoxigraph.NamedNode):
                pairs.append((quad.subject.value, quad.object.value))
    pairs += [(str(IKG[name]), str(IKG[parent])) for name, parent in KNOWN_RELATIONS.items()]
    _ONTOLOGY_CACHE.append(pairs)
    return pairs


def relation_properties(graph) -> list[str]:
    """Every property that is ``rdfs:subPropertyOf*`` ``ikg:relatedTo`` by the ontology or by
    declarations in the data itself (one source or several: a declaration in one store holds
    for the others), ``ikg:relatedTo`` included."""
    children: dict[str, set[str]] = defaultdict(set)
    for prop, parent in _ontology_declarations():
        children[parent].add(prop)
    for source in [graph] if is_single_source(graph) else list(graph):
        for prop, parent in select(source, Q_SUBPROPERTIES):
            if isinstance(prop, str) and isinstance(parent, str):
                children[parent].add(prop)
    found = {str(IKG.relatedTo)}
    todo = [str(IKG.relatedTo)]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return sorted(found)


# ---------------------------------------------------------------- one store for every input
def as_stores(graph) -> list:
    """``graph`` as in-memory ``pyoxigraph.Store``s: stores are used as they are; rdflib graphs
    are copied into one new store (the same body named in two of them is one node)."""
    import pyoxigraph

    sources = [graph] if is_single_source(graph) else list(graph)
    stores = [s for s in sources if not is_rdflib_graph(s)]
    graphs = [s for s in sources if is_rdflib_graph(s)]
    if graphs:
        store = pyoxigraph.Store()
        for source in graphs:
            add_rdflib_graph(store, source)
        stores.insert(0, store)
    return stores


def load_stores(paths: Iterable[Path | str], workers: int = 2) -> list:
    """The GRAPH arguments in ``workers`` in-memory stores, loaded side by side in threads
    (Oxigraph parses and indexes without holding Python's lock). The files are split into
    consecutive runs, one large N-Quads or TriG file of report graphs into runs of its graphs
    (``load_file_in_parts``); use the stores together (``partnership_network(stores)``), as one corpus."""
    paths = [Path(p) for p in paths]
    for path in paths:  # every input checked before any work
        if is_oxigraph_readable(path):
            check_readable(path)
    if len(paths) == 1:  # one large N-Quads or TriG file: cut into runs of graphs
        stores = load_file_in_parts(paths[0], workers)
        if stores and all(_report_graphs_only(store) for store in stores):
            return stores
    workers = max(1, min(workers, len(paths) // 50 or 1))
    if workers == 1:
        return [load_store(paths)]
    from concurrent.futures import ThreadPoolExecutor

    size = -(-len(paths) // workers)
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    with ThreadPoolExecutor(len(chunks)) as pool:
        return list(pool.map(load_store, chunks))


Q_REPORT_GRAPHS = """SELECT (COUNT(DISTINCT ?graph) AS ?n) WHERE { GRAPH ?graph { ?graph a ikg:InspectionReport } }"""


def _report_graphs_only(store) -> bool:
    """Whether every named graph of ``store`` is a report's own graph (named by the report, as
    kg writes them), which describes every body it names: a store of such graphs needs no other
    store's statements (a vocabulary or alignment graph, say, would be needed by every store)."""
    (count,), = select(store, Q_REPORT_GRAPHS)
    return count == sum(1 for _ in store.named_graphs())


def load_store(paths: Iterable[Path | str]):
    """Every GRAPH argument in one in-memory ``pyoxigraph.Store``: RDF files parsed by Oxigraph
    straight from the file, reports extracted on the fly, JSON-LD read through rdflib; a TriG
    or N-Quads file keeps its named graphs (queries read the union)."""
    import pyoxigraph

    from ..graphio import load_named_graphs

    store = pyoxigraph.Store()
    for raw in paths:
        path = Path(raw)
        if not is_oxigraph_readable(path):  # reports, JSON-LD, or an unknown suffix graphio explains
            for named in load_named_graphs([path]):
                add_rdflib_graph(store, named.graph)
            continue
        try:
            load_file(store, path, lenient=True)  # read, not stored: 1.5× faster
        except OSError as error:
            raise InputError(f"{path}: cannot read it: {error.strerror or error}") from None
    return store


# ---------------------------------------------------------------- what the graph says besides
def report_infos(graph) -> list[ReportInfo]:
    """The reports in one source or several, sorted by IRI. An authority with several labels
    ("Anyshire", "Anyshire County Council") is called by its longest, the fullest name, whichever
    source gives it: how the reports are spread over stores does not change the names."""
    sources = [graph] if is_single_source(graph) else list(graph)
    rows: dict[str, list[tuple]] = {}
    for source in sources:
        for report, authority, start, issued in select(source, Q_REPORTS):
            rows.setdefault(report, []).append((authority, start, issued))
    authorities = sorted({row[0] for found in rows.values() for row in found if isinstance(row[0], str)})
    labels: dict[str, set[str]] = {}  # every label of an authority, in whichever source gives it
    if authorities:
        query = Q_LABELS % " ".join(f"<{iri}>" for iri in authorities)
        for source in sources:
            for authority, label in select(source, query):
                if isinstance(label, str):
                    labels.setdefault(authority, set()).add(label)
    found = []
    for report in sorted(rows):
        authority, start, issued = min(rows[report], key=lambda row: tuple(str(v) for v in row))
        names = labels.get(authority) if isinstance(authority, str) else None
        name = min(names, key=lambda text: (-len(text), text)) if names else (
            local_name(authority).replace("-", " ").title() if isinstance(authority, str) else None)
        found.append(ReportInfo(report, name, _date(start), _date(issued)))
    return found


def _date(value) -> str | None:
    return None if value is None else str(value)


def paragraph_texts(graph, paragraph_iris: Iterable[str] | None = None) -> dict[str, str]:
    """The text of each paragraph and passage (all of them, or those named)."""
    wanted = None if paragraph_iris is None else set(paragraph_iris)
    sources = [graph] if is_single_source(graph) else list(graph)
    texts: dict[str, str] = {}
    for source in sources:
        for paragraph, text in select(source, Q_TEXT):
            if wanted is None or paragraph in wanted:
                texts[paragraph] = str(text)
    return texts
