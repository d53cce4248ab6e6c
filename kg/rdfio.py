"""The one bridge between rdflib and Oxigraph, and the one table of RDF file formats.

Every RDF file suffix the toolkit reads or writes is listed once in :data:`FORMATS`, with the
name rdflib gives its format and the name of pyoxigraph's ``RdfFormat``; the other tables
(``kg.graphio.RDF_FORMATS``, ``kg.corpus.RDF_SUFFIXES``) are derived from it. Graphs cross
between the two libraries only here: an rdflib graph goes into Oxigraph as N-Triples (N-Quads
for a dataset), which Oxigraph parses far faster than triples added one by one, and an RDF
file is parsed by Oxigraph straight from disk wherever Oxigraph reads its format.

pyoxigraph is imported where it is used, so importing this module costs nothing.
"""
from __future__ import annotations

import os

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError


@dataclass(frozen=True)
class RdfFormat:
    """One RDF serialisation: its file suffix, rdflib's name for it, pyoxigraph's (``None``
    where Oxigraph does not read it the way rdflib does), and whether it holds named graphs."""

    suffix: str
    rdflib: str
    oxigraph: str | None
    quads: bool = False


#: Every RDF file suffix, once. JSON-LD goes through rdflib: its contexts are resolved there.
FORMATS = (
    RdfFormat(".ttl", "turtle", "TURTLE"),
    RdfFormat(".nt", "nt", "N_TRIPLES"),
    RdfFormat(".jsonld", "json-ld", None),
    RdfFormat(".json", "json-ld", None),
    RdfFormat(".trig", "trig", "TRIG", quads=True),
    RdfFormat(".nq", "nquads", "N_QUADS", quads=True),
    RdfFormat(".rdf", "xml", "RDF_XML"),
    RdfFormat(".owl", "xml", "RDF_XML"),
    RdfFormat(".xml", "xml", "RDF_XML"),
    RdfFormat(".n3", "n3", "N3"),
)
BY_SUFFIX = {f.suffix: f for f in FORMATS}
#: Suffix → rdflib format name.
RDFLIB_FORMATS = {f.suffix: f.rdflib for f in FORMATS}
#: The suffixes a folder is searched for as RDF files (``.json`` and ``.xml`` are too common
#: for anything else to be taken for RDF when a folder is expanded).
RDF_SUFFIXES = tuple(f.suffix for f in FORMATS if f.suffix not in (".json", ".xml"))


def format_of(path: Path | str) -> RdfFormat | None:
    return BY_SUFFIX.get(Path(path).suffix.lower())


def oxigraph_format(path: Path | str):
    """The ``pyoxigraph.RdfFormat`` Oxigraph reads ``path`` with, or ``None``."""
    found = format_of(path)
    if found is None or found.oxigraph is None:
        return None
    import pyoxigraph

    return getattr(pyoxigraph.RdfFormat, found.oxigraph)


def is_oxigraph_readable(path: Path | str) -> bool:
    found = format_of(path)
    return found is not None and found.oxigraph is not None


# ---------------------------------------------------------------- rdflib → bytes → Oxigraph
def ntriples(graph) -> bytes:
    """An rdflib graph as sorted, duplicate-free N-Triples (the same bytes on every run)."""
    return sorted_statements(graph.serialize(format="nt", encoding="utf-8"))


def sorted_statements(data: bytes) -> bytes:
    """N-Triples or N-Quads bytes with their statements sorted and each once: the same graph
    gives the same bytes whoever wrote it."""
    lines = sorted(set(data.split(b"\n")) - {b""})
    return b"\n".join(lines) + b"\n" if lines else b""


def serialize_ntriples(triples) -> bytes:
    """rdflib triples as sorted, duplicate-free N-Triples: the bytes ``ntriples`` gives for a
    graph of them, written straight from the list (a corpus extraction's workers need the bytes
    only, and filling an rdflib ``Graph`` costs three times as much as writing it). Each distinct
    term is written once, as rdflib's N-Triples serializer writes it (its literal quoting, a
    private function: should a release of rdflib drop it, the triples go through a ``Graph``)."""
    try:
        from rdflib.plugins.serializers.nt import _quoteLiteral
    except ImportError:  # pragma: no cover - an rdflib release without it
        from rdflib import Graph

        graph = Graph()
        for triple in triples:
            graph.add(triple)
        return ntriples(graph)
    from rdflib import Literal

    written: dict = {}

    def n3(term) -> str:
        text = written.get(term)
        if text is None:
            text = written[term] = _quoteLiteral(term) if isinstance(term, Literal) else term.n3()
        return text

    rows = "".join(f"{n3(s)} {n3(p)} {n3(o)} .\n" for s, p, o in triples)
    return sorted_statements(rows.encode("utf-8"))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def rdflib_term(node, blank: dict | None = None):
    """An Oxigraph term as the rdflib term rdflib's own parsers make: a plain literal untyped
    (Oxigraph types it xsd:string, which rdflib's results and pySHACL's sh:in and sh:datatype
    would tell apart), a language-tagged one with its tag. A blank node keeps its label, or,
    given a ``blank`` dict, is fresh for the document (one rdflib ``BNode`` per label). Raises
    ``TypeError`` for an RDF-star triple term."""
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    if isinstance(node, pyoxigraph.NamedNode):
        return URIRef(node.value)
    if isinstance(node, pyoxigraph.BlankNode):
        if blank is None:
            return BNode(node.value)
        found = blank.get(node.value)
        if found is None:
            found = blank[node.value] = BNode()
        return found
    if isinstance(node, pyoxigraph.Literal):
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return Literal(node.value)
        return Literal(node.value, datatype=URIRef(datatype))
    raise TypeError(f"an RDF-star term has no rdflib form: {node}")


def add_rdflib_graph(store, graph) -> None:
    """Copy an rdflib ``Graph`` into a ``pyoxigraph.Store`` (a ``Dataset`` keeps its named
    graphs), Oxigraph parsing the serialisation."""
    import pyoxigraph
    from rdflib import Dataset

    if isinstance(graph, Dataset):
        data = graph.serialize(format="nquads", encoding="utf-8")
        fmt = pyoxigraph.RdfFormat.N_QUADS
    else:
        data = graph.serialize(format="nt", encoding="utf-8")
        fmt = pyoxigraph.RdfFormat.N_TRIPLES
    if data.strip():
        store.load(data, format=fmt)


def store_of(graph):
    """A new in-memory ``pyoxigraph.Store`` holding ``graph``."""
    import pyoxigraph

    store = pyoxigraph.Store()
    add_rdflib_graph(store, graph)
    return store


# ---------------------------------------------------------------- files → Oxigraph
def check_readable(path: Path) -> None:
    """One clear error for a missing, folder or empty input."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if not path.is_file():  # a FIFO would block the parser, a device (/dev/zero) never end
        raise InputError(f"{path}: not a regular file (a FIFO, socket or device); give a graph file")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty")
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: cannot read it (permission denied)")


def syntax_message(path: Path, error: BaseException) -> str:
    found = format_of(path)
    words = found.rdflib if found else "RDF"
    text = " ".join(str(error).split())[:300]
    return f"{path}: not valid {words} RDF: {text}"


def load_file(store, path: Path | str, *, bulk: bool = False, to_graph=None, lenient: bool = False) -> None:
    """Parse the RDF file ``path`` with Oxigraph into ``store``: transactionally with
    ``Store.load``, or with the bulk loader (not transactional, far less memory). A TriG or
    N-Quads file keeps its named graphs; a triple file goes into ``to_graph`` (the default
    graph unless given; ``lenient`` skips Oxigraph's checks of IRIs and language tags, for
    reading only). Syntax errors and unreadable files become one-line ``InputError``s;
    an error of the store itself (a full disk) is raised as the ``OSError`` it is."""
    path = Path(path)
    fmt = oxigraph_format(path)
    if fmt is None:
        raise InputError(f"{path}: Oxigraph does not read {path.suffix!r} files")
    check_readable(path)
    try:
        with open(path, "rb") as handle:
            if bulk:
                store.bulk_load(handle, format=fmt, to_graph=to_graph, lenient=lenient)
            else:
                store.load(handle, format=fmt, to_graph=to_graph, lenient=lenient)
    except (SyntaxError, ValueError) as error:
        raise InputError(syntax_message(path, error)) from None
    except PermissionError as error:
        raise InputError(f"{path}: cannot read it: {error.strerror or error}") from None


def dataset_from_ntriples(graphs: list[tuple[str, bytes]], fmt: str, prefixes: dict[str, str]) -> bytes:
    """Named graphs given as (graph IRI, N-Triples) written as one TriG or N-Quads document,
    graph after graph in the order given, each graph's statements in their order (the same input
    gives the same bytes; a graph given twice is written once, its statements merged and
    sorted), TriG by Oxigraph: far faster than rdflib's serialisers on a corpus. Each graph's
    lines stay together, so that a reader can cut the file between graphs
    (``kg.dataset_parts``)."""
    import pyoxigraph

    by_graph: dict[str, list[bytes]] = {}
    for name, data in graphs:
        by_graph.setdefault(name, []).append(data)
    nquads = b"".join((data[0] if len(data) == 1 else sorted_statements(b"".join(data)))
                      .replace(b" .\n", f" <{name}> .\n".encode("utf-8")) for name, data in by_graph.items())
    if fmt == "nquads":
        return nquads
    if fmt != "trig":
        raise ValueError(f"not a dataset format: {fmt}")
    quads = pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TRIG, prefixes=prefixes)
