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


#: A dataset file smaller than this is read whole: splitting it would save less than it costs.
SPLIT_MIN_BYTES = 64 << 20
_TRIG_DIRECTIVES = (b"@prefix", b"@base", b"prefix", b"base")


class _Unsplittable(Exception):
    """A part of a file holds what only the whole file's reading gets right."""


def load_file_in_parts(path: Path | str, parts: int, *, min_bytes: int | None = None,
                       chunk_bytes: int = 32 << 20) -> list | None:
    """A large N-Quads or TriG file read into ``parts`` in-memory stores side by side, for
    reading only (lenient): Oxigraph parses and indexes on one core, without holding Python's
    lock, so two threads halve the time. The file is cut between two named graphs (N-Quads: where
    one line's graph is not the last's; TriG: after a graph's closing brace, the prefixes
    repeated), so that each store holds a run of whole graphs, as if the file had been written
    as ``parts`` files; each part is read in pieces of about ``chunk_bytes``.

    ``None`` where that reading would not be the file's own, and the caller reads it whole: a
    small file, another format, no cut found, blank node labels (they name one node across the
    file's graphs), prefixes declared after the first graph, triples in the default graph, a
    graph in two parts (its statements not written together), or a part Oxigraph cannot parse
    (the whole file's reading then says where)."""
    import mmap
    import pyoxigraph
    from concurrent.futures import ThreadPoolExecutor

    path = Path(path)
    fmt = oxigraph_format(path)
    if parts < 2 or fmt not in (pyoxigraph.RdfFormat.N_QUADS, pyoxigraph.RdfFormat.TRIG):
        return None
    trig = fmt == pyoxigraph.RdfFormat.TRIG
    size = path.stat().st_size
    if size < (SPLIT_MIN_BYTES if min_bytes is None else min_bytes):
        return None
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        header = _trig_header(data) if trig else b""
        cuts = _trig_cuts(data, parts, len(header)) if trig else _nquads_cuts(data, parts)
    if cuts is None:
        return None
    bounds = [len(header)] + cuts + [size]
    separator = b"\n}\n" if trig else b"\n"

    def load(span: tuple[int, int]):
        store = pyoxigraph.Store()
        with open(path, "rb") as handle:
            for piece in _pieces(handle, *span, separator, chunk_bytes):
                if b"_:" in piece or (trig and _declares(piece)):
                    raise _Unsplittable
                store.load(header + piece if header else piece, format=fmt, lenient=True)
        return store

    try:
        with ThreadPoolExecutor(parts) as pool:
            stores = list(pool.map(load, zip(bounds, bounds[1:])))
    except (_Unsplittable, SyntaxError, ValueError):
        return None
    seen: set = set()
    for store in stores:
        graphs = set(store.named_graphs())
        if seen & graphs or next(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()), None):
            return None
        seen |= graphs
    return stores


def _pieces(handle, start: int, end: int, separator: bytes, size: int):
    """The bytes ``start:end`` of an open file in pieces of about ``size``, each ending just
    after a ``separator`` (a line's end, a graph's closing brace) or at ``end``."""
    handle.seek(start)
    left, carry = end - start, b""
    while left > 0:
        block = handle.read(min(size, left))
        if not block:
            break
        left -= len(block)
        block = carry + block
        last = block.rfind(separator)
        if last == -1 or left <= 0:
            carry = block
            continue
        yield block[:last + len(separator)]
        carry = block[last + len(separator):]
    if carry.strip():
        yield carry


def _declares(piece: bytes) -> bool:
    """Whether a TriG piece declares a prefix or a base (past the file's header)."""
    return piece[:8].lower().startswith(_TRIG_DIRECTIVES) or any(
        piece.find(b"\n" + word) != -1 for word in (b"@prefix", b"@base", b"PREFIX", b"BASE", b"prefix", b"base"))


def _graph_of(line: bytes) -> bytes:
    """An N-Quads line's last term before its full stop: the graph, for a quad."""
    line = line.rstrip()
    return line[line.rfind(b" ", 0, len(line) - 2) + 1:-1].rstrip()


def _nquads_cuts(data, parts: int, reach: int = 16 << 20) -> list[int] | None:
    """Where to cut an N-Quads file into ``parts``: the first line, after each even share of its
    bytes, whose graph is not the line's before it (looked for within ``reach`` bytes); ``None``
    if a cut is not found, or if lines sampled across the parts name one graph in two (a file
    sorted by subject, whose graphs interleave)."""
    size, cuts = len(data), []
    for share in range(1, parts):
        start = data.find(b"\n", size * share // parts)
        if start == -1:
            return None
        start += 1
        end = data.find(b"\n", start)
        last = _graph_of(data[data.rfind(b"\n", 0, start - 1) + 1:start])
        while end != -1 and end - start < reach:
            if _graph_of(data[start:end]) != last:
                break
            start, end = end + 1, data.find(b"\n", end + 1)
        else:
            return None
        if cuts and start <= cuts[-1]:
            return None
        cuts.append(start)
    bounds = [0] + cuts + [size]
    samples = [_sampled_graphs(data, a, b) for a, b in zip(bounds, bounds[1:])]
    if any(samples[i] & samples[j] for i in range(parts) for j in range(i + 1, parts)):
        return None
    return cuts


def _sampled_graphs(data, start: int, end: int, count: int = 64) -> set[bytes]:
    """The graphs of ``count`` lines spread over ``start:end`` of an N-Quads file."""
    found = set()
    for k in range(count):
        at = data.find(b"\n", start + (end - start) * k // count, end)
        if at == -1 or at + 1 >= end:
            continue
        stop = data.find(b"\n", at + 1, end)
        found.add(_graph_of(data[at + 1:stop if stop != -1 else end]))
    return found


def _trig_header(data) -> bytes:
    """A TriG file's leading prefix and base lines, which each part repeats."""
    at = 0
    while at < len(data):
        stop = data.find(b"\n", at)
        stop = len(data) if stop == -1 else stop + 1
        line = data[at:stop].strip()
        if line and not line.startswith(b"#") and not line.lower().startswith(_TRIG_DIRECTIVES):
            break
        at = stop
    return data[:at]


def _trig_cuts(data, parts: int, start: int) -> list[int] | None:
    """Where to cut a TriG file into ``parts``: after the first line that is a lone closing
    brace, past each even share of its bytes."""
    size, cuts = len(data), []
    for share in range(1, parts):
        found = data.find(b"\n}\n", max(start, size * share // parts))
        if found == -1 or (cuts and found + 3 <= cuts[-1]) or found + 3 >= size:
            return None
        cuts.append(found + 3)
    return cuts


def dataset_from_ntriples(graphs: list[tuple[str, bytes]], fmt: str, prefixes: dict[str, str]) -> bytes:
    """Named graphs given as (graph IRI, sorted N-Triples) written as one TriG or N-Quads
    document, graph after graph in the order given (the same input gives the same bytes; a graph
    given twice is written once, its statements merged), TriG by Oxigraph: far faster than
    rdflib's serialisers on a corpus. An N-Quads file so written keeps each graph's lines
    together, so that a reader can cut it between graphs (``load_file_in_parts``)."""
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
