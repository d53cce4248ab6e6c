"""SPARQL over our graphs: the named-query library, parameters, two engines (Oxigraph, rdflib)
and the result formats (a table for people; SPARQL 1.1 CSV, TSV, JSON and XML results written
by pyoxigraph; Turtle).

Oxigraph is the default engine: an in-memory rdflib graph is copied into an in-memory
``pyoxigraph.Store`` through N-Triples (fast), and an on-disk store (``kg.store``) is queried
directly with every report's named graph in the default graph. rdflib's engine stays
available (``engine="rdflib"``) to compare answers; both give the same rows on our queries.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources

from typing import TYPE_CHECKING

import pyoxigraph as ox

from .errors import EndpointError, InputError, QueryError
from .prefixes import PREFIX_IRIS as PREFIXES

if TYPE_CHECKING:  # rdflib is imported where a result is turned into rdflib terms, or a graph is read
    from rdflib import Dataset, Graph, Literal, URIRef

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_XSD_INTEGER = _XSD + "integer"
_XSD_DECIMAL = _XSD + "decimal"
_XSD_DATE = _XSD + "date"
_PLAIN_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ENGINES = ("oxigraph", "rdflib")
FORMATS = ("table", "csv", "tsv", "json", "xml")
#: The SPARQL results formats, written by pyoxigraph.
RESULTS_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
#: Widest cell the table format shows before cutting it with "…" (CSV/TSV/JSON never cut).
TABLE_CELL_WIDTH = 80

_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?\s*:\s*<", re.IGNORECASE)
_UPDATE_START = re.compile(
    r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE
)
_PROLOGUE_DECL = re.compile(r"^\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.IGNORECASE)
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_IRI_VALUE = re.compile(r'^<([^<>"{}|^`\\\s]+)>$')
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")


# --------------------------------------------------------------------------- the named queries


@dataclass(frozen=True)
class NamedQuery:
    """One bundled query: its file name without ``.rq``, the header comment and the text."""

    name: str
    title: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)


def _read_named_query(name: str, text: str) -> NamedQuery:
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line.lstrip("#").strip())
    title = header[0] if header else name
    params = {
        match.group(1): match.group(2)
        for match in re.finditer(r"VALUES\s+\?(\w+)\s*\{\s*([^{}]*?)\s*\}", text)
    }
    return NamedQuery(name, title, "\n".join(header), text, params)


def list_queries() -> list[NamedQuery]:
    """Every bundled query (package data ``kg.queries``), sorted by name."""
    folder = resources.files("kg.queries")
    found = [
        _read_named_query(entry.name[:-3], entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    ]
    return sorted(found, key=lambda query: query.name)


def named_query(name: str) -> NamedQuery:
    """The bundled query called ``name`` (``QueryError`` naming the choices if there is none)."""
    queries = {query.name: query for query in list_queries()}
    if name.endswith(".rq"):
        name = name[:-3]
    if name not in queries:
        import difflib

        close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.5)
        hint = f"did you mean {' or '.join(map(repr, close))}? " if close else ""
        raise QueryError(f"unknown query name {name!r} ({hint}`kg query --list` lists them)")
    return queries[name]


# --------------------------------------------------------------------------- parameters


def param_term(value: str) -> URIRef | Literal:
    """What ``--param k=VALUE`` stands for: ``<iri>`` an IRI, a whole number an ``xsd:integer``,
    a decimal number an ``xsd:decimal``, anything else a plain string literal."""
    from rdflib import Literal, URIRef

    match = _IRI_VALUE.match(value)
    if match:
        return URIRef(match.group(1))
    if value.startswith("<"):
        raise QueryError(f"parameter value {value!r} is not a usable IRI")
    if _INTEGER.match(value):
        return Literal(int(value))
    if _DECIMAL.match(value):
        return Literal(Decimal(value))
    return Literal(value)


def _sparql_term(term: URIRef | Literal) -> str:
    """The term written in SPARQL syntax, escaped so no value can change the query around it."""
    from rdflib import URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if term.datatype is not None and str(term.datatype) in (_XSD_INTEGER, _XSD_DECIMAL):
        return str(term)  # bare numbers are xsd:integer / xsd:decimal in SPARQL
    escaped = (
        str(term)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    return f'"{escaped}"'


#: What a SPARQL text holds that is data, not code: comments, strings (long and short, with
#: escapes) and IRIs. Scanned left to right, so a "#" inside an IRI or a quote inside a comment
#: is read as SPARQL reads it.
_SPARQL_DATA = re.compile(
    r"""'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"""|'(?:[^'\\\n\r]|\\.)*'"""
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def sparql_code(query_text: str) -> str:
    """``query_text`` with its comments, strings and IRIs blanked out (same length, same line
    breaks): what is left is keywords, variables and punctuation, where a search for a keyword
    or a placeholder cannot be fooled by data."""
    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _SPARQL_DATA.sub(blank, query_text)


def sparql_keywords(query_text: str) -> set[str]:
    """The upper-cased keywords (bare words, not variables or prefixed names) of a query, read
    both as written and with SPARQL's \\u escapes decoded, so ``\\u0053ERVICE`` counts too."""
    decoded = _CODEPOINT_ESCAPE.sub(
        lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16) < 0x110000 else "",
        query_text,
    )
    words: set[str] = set()
    for text in {query_text, decoded}:
        words.update(
            word.upper() for word in re.findall(r"(?<![\w:?$\\])[A-Za-z_]+(?![\w:])", sparql_code(text))
        )
    return words


def apply_params(query_text: str, params: dict[str, str] | None) -> str:
    """Set query parameters, safely: each value becomes one escaped SPARQL term (see
    ``param_term``), never query text, and is bound once. A query declares a parameter with a
    placeholder ``VALUES ?name { "default" }`` whose value is replaced. A query without a
    placeholder but using ``?name`` gets ``VALUES ?name { term }`` as the first thing in its WHERE
    group. A parameter the query does not use is an error, not silently ignored.

    Every place is found in the query as written (comments, strings and IRIs blanked out), and
    the values are put in by one pass over it: no value is ever searched again, so one value
    cannot carry another's placeholder or break out of its own term."""
    if not params:
        return query_text
    code = sparql_code(query_text)
    edits: list[tuple[int, int, str]] = []
    for name, value in params.items():
        if not _PARAM_NAME.match(name):
            raise QueryError(f"--param {name}=…: a parameter name is a SPARQL variable name")
        values = f"VALUES ?{name} {{ {_sparql_term(param_term(value))} }}"
        placeholder = re.search(r"VALUES\s+[?$]" + name + r"\s*\{[^{}]*\}", code)
        if placeholder:
            edits.append((placeholder.start(), placeholder.end(), values))
            continue
        if not re.search(r"[?$]" + name + r"(?!\w)", code):
            raise QueryError(f"--param {name}=…: the query has no ?{name} to set")
        group = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE)
        if group is None and re.match(r"\s*(SELECT|ASK)\b", _query_body(query_text), re.IGNORECASE):
            group = re.search(r"\{", code)
        if group is None:
            raise QueryError(
                f"--param {name}=…: cannot tell where to bind ?{name}; put a placeholder "
                f"VALUES ?{name} {{ \"…\" }} in the query"
            )
        edits.append((group.end(), group.end(), f" {values} "))
    pieces, position = [], 0
    for start, end, replacement in sorted(edits, key=lambda edit: edit[0]):
        pieces += [query_text[position:start], replacement]
        position = end
    pieces.append(query_text[position:])
    return "".join(pieces)


# --------------------------------------------------------------------------- preparing a query


@dataclass
class PreparedQuery:
    text: str
    lines_added: int


def _strip_comments(text: str) -> str:
    return re.sub(r"(?m)^\s*#.*$", "", text)


def with_prologue(query_text: str) -> PreparedQuery:
    """The query with a PREFIX line prepended for each of our prefixes it does not declare."""
    declared = {(m.group(1) or "") for m in _PREFIX_DECL.finditer(query_text)}
    missing = [p for p in PREFIXES if p not in declared]
    if not missing:
        return PreparedQuery(query_text, 0)
    line = " ".join(f"PREFIX {p}: <{PREFIXES[p]}>" for p in missing)
    return PreparedQuery(f"{line}\n{query_text}", 1)


def _query_body(text: str) -> str:
    body = _strip_comments(text)
    while True:
        match = _PROLOGUE_DECL.match(body)
        if not match:
            return body
        body = body[match.end():]


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_query(query_text: str) -> PreparedQuery:
    """The query made ready to run, or ``QueryError`` with the line and column of the mistake
    (counted in the text the user wrote)."""
    if not query_text.strip():
        raise QueryError("the query is empty")
    if _UPDATE_START.match(_query_body(query_text)):
        raise QueryError(
            "this is a SPARQL UPDATE; kg query only reads (change a store with kg load, or a "
            "server with kg push)"
        )
    prepared = with_prologue(query_text)
    try:
        ox.Store().query(prepared.text)
    except SyntaxError as error:
        raise QueryError(_syntax_message(str(error), prepared.lines_added)) from None
    return prepared


def _syntax_message(message: str, lines_added: int) -> str:
    match = re.match(r"error at (\d+):(\d+): (.*)", message, re.DOTALL)
    if not match:
        return f"malformed query: {_one_line(message)}"
    line, column, what = int(match.group(1)) - lines_added, int(match.group(2)), match.group(3)
    if "Prefix not found" in what:
        known = ", ".join(f"{p}:" for p in PREFIXES)
        what = f"a prefix that is not declared (declare it with PREFIX; these need none: {known})"
    if line < 1:  # the mistake is in a prefix we added: cannot happen, but stay truthful
        line = 1
    return f"malformed query: line {line}, column {column}: {_one_line(what, 160)}"


# --------------------------------------------------------------------------- results


class QueryResult:
    """The answer to one query: ``kind`` is "select" (``variables``, ``rows``), "ask"
    (``boolean``) or "graph" (CONSTRUCT/DESCRIBE, ``graph``). Terms are rdflib terms; plain
    literals come back plain from both engines (Oxigraph's ``xsd:string`` is undone).

    Oxigraph's answer is kept as it came (``oxigraph_rows``) where its terms print the same as
    the rdflib terms would (IRIs, blank nodes, strings, integers, plain dates): the formats are
    written from it, and ``rows`` is made, importing rdflib, only when asked for."""

    def __init__(self, kind: str, variables: list[str] | None = None, rows: list[tuple] | None = None,
                 boolean: bool | None = None, graph: Graph | None = None,
                 prefixes: dict[str, str] | None = None, oxigraph_rows: list[tuple] | None = None):
        self.kind = kind
        self.variables = list(variables or [])
        self._rows = rows if rows is not None or oxigraph_rows is not None else []
        self.oxigraph_rows = oxigraph_rows
        self.boolean = boolean
        self.graph = graph
        self.prefixes = dict(PREFIXES) if prefixes is None else prefixes

    @property
    def rows(self) -> list[tuple]:
        if self._rows is None:
            self._rows = [tuple(from_oxigraph(term) for term in row) for row in self.oxigraph_rows]
        return self._rows

    @rows.setter
    def rows(self, value: list[tuple]) -> None:
        self._rows, self.oxigraph_rows = value, None

    def __repr__(self) -> str:
        return f"QueryResult(kind={self.kind!r}, variables={self.variables!r}, rows={len(self)})"

    def _terms(self) -> list[tuple]:
        """The rows as (kind, text, datatype, language) views, from whichever terms are held."""
        if self._rows is None:
            return [tuple(_oxigraph_view(term) for term in row) for row in self.oxigraph_rows]
        return [tuple(_rdflib_view(term) for term in row) for row in self._rows]

    def __len__(self) -> int:
        if self.kind != "select":
            return len(self.graph or ())
        return len(self.oxigraph_rows) if self._rows is None else len(self._rows)

    def as_dicts(self) -> list[dict[str, object]]:
        """SELECT rows as ``{variable: python value or str}`` (unbound left out): handy in tests."""
        from rdflib import Literal

        out = []
        for row in self.rows:
            out.append(
                {
                    var: (term.toPython() if isinstance(term, Literal) else str(term))
                    for var, term in zip(self.variables, row)
                    if term is not None
                }
            )
        return out

    def format(self, fmt: str = "table") -> str:
        """The answer as text: ``table`` for people; ``csv``, ``tsv``, ``json`` and ``xml`` the
        SPARQL 1.1 results formats, written by pyoxigraph; CONSTRUCT/DESCRIBE give Turtle."""
        if self.kind == "graph":
            return self.to_turtle()
        if fmt == "table":
            return ("true" if self.boolean else "false") + "\n" if self.kind == "ask" else self.to_table()
        if fmt not in RESULTS_FORMATS:
            raise QueryError(f"unknown result format {fmt!r} (choose {', '.join(FORMATS)})")
        if self.kind == "ask" and fmt in ("csv", "tsv"):  # the CSV/TSV formats have no boolean
            return ("true" if self.boolean else "false") + "\n"
        solutions = ox.parse_query_results(self._results_json(), ox.QueryResultsFormat.JSON)
        text = solutions.serialize(format=RESULTS_FORMATS[fmt]).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"

    def _results_json(self) -> bytes:
        """The answer as SPARQL 1.1 JSON results: the one mapping of our terms to a results
        format, from which pyoxigraph writes every other."""
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)}).encode("utf-8")
        bindings = [
            {var: _json_term(view) for var, view in zip(self.variables, row) if view is not None}
            for row in self._terms()
        ]
        document = {"head": {"vars": self.variables}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

    # -- SELECT formats

    def short_name(self, term) -> str:
        """How the table shows a term (an rdflib term, or a view of one)."""
        view = term if term is None or isinstance(term, tuple) else _rdflib_view(term)
        if view is None:
            return ""
        kind, text = view[0], view[1]
        if kind == "literal":
            return text
        if kind == "bnode":
            return f"_:{text}"
        best = ""
        for prefix, namespace in self.prefixes.items():
            if text.startswith(namespace) and len(namespace) > len(self.prefixes.get(best, "")):
                best = prefix
        if best and len(text) > len(self.prefixes[best]):
            return f"{best}:{text[len(self.prefixes[best]):]}"
        return f"<{text}>"

    def to_table(self) -> str:
        def cell(view) -> str:
            text = " ".join(self.short_name(view).split())
            return text if len(text) <= TABLE_CELL_WIDTH else text[: TABLE_CELL_WIDTH - 1] + "…"

        cells = [[cell(view) for view in row] for row in self._terms()]
        widths = [len(v) for v in self.variables]
        for row in cells:
            widths = [max(w, len(c)) for w, c in zip(widths, row)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(self.variables, widths)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
        count = len(cells)
        lines.append(f"({count} row{'' if count == 1 else 's'})")
        return "\n".join(lines) + "\n"

    def to_csv(self) -> str:
        """SPARQL 1.1 CSV results: IRIs in full, literals as their text, CRLF line ends."""
        return self.format("csv")

    def to_tsv(self) -> str:
        """SPARQL 1.1 TSV results: terms in Turtle syntax, numbers bare."""
        return self.format("tsv")

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        return self.format("json")

    def to_xml(self) -> str:
        """SPARQL Query Results XML."""
        return self.format("xml")

    def to_turtle(self) -> str:
        from .graphio import serialize
        from .namespaces import new_graph

        return serialize(self.graph if self.graph is not None else new_graph(), "turtle").decode(
            "utf-8"
        )


def _rdflib_view(term) -> tuple | None:
    """(kind, text, datatype or None for a plain string, language) of an rdflib term."""
    if term is None:
        return None
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        return ("literal", str(term), None if datatype == _XSD_STRING else datatype, term.language)
    return ("bnode" if isinstance(term, BNode) else "uri", str(term), None, None)


def _oxigraph_view(term) -> tuple | None:
    """The same view of an Oxigraph term that :func:`_rdflib_view` gives of its rdflib term
    (only for the terms :func:`_prints_as_rdflib` lets through)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.language:
            return ("literal", term.value, None, term.language)
        datatype = term.datatype.value
        return ("literal", term.value, None if datatype == _XSD_STRING else datatype, None)
    return ("bnode" if isinstance(term, ox.BlankNode) else "uri", term.value, None, None)


def _prints_as_rdflib(term) -> bool:
    """Whether an Oxigraph term reads the same as the rdflib term :func:`from_oxigraph` makes of
    it: IRIs, blank nodes, strings, language-tagged strings, integers and plain dates (rdflib
    rewrites other typed literals: decimals canonically, for one)."""
    if not isinstance(term, ox.Literal):
        return term is None or isinstance(term, (ox.NamedNode, ox.BlankNode))
    if term.language:
        return True
    datatype = term.datatype.value
    if datatype == _XSD_STRING:
        return True
    if datatype == _XSD_INTEGER:  # rdflib prints an integer in its canonical form ("01" as "1")
        return re.fullmatch(r"-?(?:0|[1-9][0-9]*)", term.value) is not None
    return datatype == _XSD_DATE and _PLAIN_DATE.match(term.value) is not None


def _json_term(view: tuple) -> dict[str, str]:
    kind, text, datatype, language = view
    if kind != "literal":
        return {"type": kind, "value": text}
    out = {"type": "literal", "value": text}
    if language:
        out["xml:lang"] = language
    elif datatype is not None:
        out["datatype"] = datatype
    return out


# --------------------------------------------------------------------------- terms between engines


def from_oxigraph(term):
    """An Oxigraph term as the rdflib term an rdflib graph would hold."""
    if term is None:
        return None
    from .rdfio import rdflib_term

    try:
        return _plain(rdflib_term(term))
    except TypeError:
        raise QueryError(f"cannot show the RDF-star term {term}") from None


def _plain(term):
    """rdflib's engine can hand back ``xsd:string`` literals too: make them plain; and write
    decimals canonically, as both engines then agree ("17.0", never "17" or "17.00")."""
    from rdflib import Literal

    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        if datatype == _XSD_STRING:
            return Literal(str(term))
        if datatype == _XSD_DECIMAL:
            return _canonical_decimal(term)
    return term


def _canonical_decimal(term: Literal) -> Literal:
    from rdflib import Literal, URIRef

    try:
        value = Decimal(str(term))
    except ArithmeticError:
        return term
    if not value.is_finite():
        return term
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=URIRef(_XSD_DECIMAL))


def oxigraph_store_of(graph: Graph) -> ox.Store:
    """An in-memory Oxigraph store holding ``graph`` (a Dataset keeps its named graphs)."""
    from .rdfio import store_of

    return store_of(graph)


#: RDF files Oxigraph parses itself, by suffix (JSON-LD goes through rdflib, for its contexts).
_OX_FILE_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}


#: The named graph ``load_query_store`` puts the vocabulary in.
VOCABULARY_GRAPH = "https://w3id.org/inspection-kg/def"


def vocabulary_turtle() -> list[bytes]:
    """The shipped vocabulary: every Turtle file of ``kg.ontology`` (the ontology and the
    harmonised areas that line up the frameworks' judgements)."""
    folder = resources.files("kg.ontology")
    return [entry.read_bytes() for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".ttl")]


def add_vocabulary(store: ox.Store) -> ox.Store:
    """Load the vocabulary into ``store`` as the named graph ``VOCABULARY_GRAPH``, so queries
    can read labels of grades, sections and frameworks and the harmonised areas."""
    for data in vocabulary_turtle():
        store.load(data, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(VOCABULARY_GRAPH))
    return store


def load_query_store(paths, failures: list | None = None, progress=None, vocabulary: bool = True) -> ox.Store:
    """Every GRAPH argument in one in-memory Oxigraph store, ready for ``run_query``: RDF files
    parsed by Oxigraph straight from disk (a hundred times faster than rdflib), reports extracted
    on the fly (a council's reports linked in time), JSON-LD read through rdflib. Each file's
    triples go into a named graph of their own and a dataset keeps its named graphs, so queries
    read the union. With a ``failures`` list, a file that cannot be used is recorded there (a
    ``kg.corpus.Failure``) and skipped; without one, the first failure is raised. With
    ``vocabulary``, the shipped vocabulary is loaded beside them (``add_vocabulary``)."""
    from pathlib import Path

    from .corpus import Failure, expand_inputs
    from .graphio import RDF_FORMATS, check_readable, load_named_graphs

    store = ox.Store()
    files = expand_inputs(paths)
    by_rdflib = [f for f in files if f.suffix.lower() not in _OX_FILE_FORMATS]
    extracted = load_named_graphs(by_rdflib, failures=failures, progress=progress) if by_rdflib else []
    for index, named in enumerate(extracted, start=1):
        data = named.graph.serialize(format="nt", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(f"urn:x-kg:input:{index}"))
    for path in (f for f in files if f.suffix.lower() in _OX_FILE_FORMATS):
        fmt = _OX_FILE_FORMATS[path.suffix.lower()]
        try:
            check_readable(path)
            target = {} if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG) else {
                "to_graph": ox.NamedNode(Path(path).resolve().as_uri())}
            store.load(path=str(path), format=fmt, **target)  # one transaction: all or nothing
        except (SyntaxError, ValueError, OSError, InputError) as error:
            message = str(error) if isinstance(error, InputError) else (
                f"{path}: not valid {RDF_FORMATS.get(path.suffix.lower(), 'RDF')} RDF: "
                f"{_one_line(str(error), 300)}")
            if failures is None:
                raise InputError(message) from None
            failures.append(Failure(Path(path), message))
            continue
        if progress:
            progress(path)
    if vocabulary and len(store):
        add_vocabulary(store)
    return store


# --------------------------------------------------------------------------- running a query


def run_query(
    source,
    query_text: str,
    *,
    engine: str = "oxigraph",
    params: dict[str, str] | None = None,
) -> QueryResult:
    """Answer ``query_text`` (SPARQL text, or a ``NamedQuery``) over ``source``: an rdflib ``Graph`` (or ``Dataset``), a
    ``pyoxigraph.Store`` (an on-disk store from ``kg.store.open_store``: every named graph is
    part of the default graph), or a ``kg.store.CorpusStore``. Our PREFIXes are added where the
    query lacks them; ``params`` sets ``VALUES`` placeholders or binds variables."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r} (choose {' or '.join(ENGINES)})")
    if isinstance(query_text, NamedQuery):  # run_query(graph, named_query("below-good")) works too
        query_text = query_text.text
    store = source
    if not isinstance(store, ox.Store):  # a kg.store.CorpusStore holds a pyoxigraph store
        store = getattr(store, "oxigraph", store)
    query_text = apply_params(query_text, params)
    prepared = check_query(query_text)
    prefixes = dict(PREFIXES)
    if isinstance(store, ox.Store) and engine != "rdflib":  # no rdflib needed
        return _run_oxigraph(store, prepared, prefixes, union=not _has_default_graph(store))
    from rdflib import Dataset, Graph

    if isinstance(store, Graph):
        for prefix, namespace in store.namespaces():
            if prefix and str(namespace) not in prefixes.values():
                prefixes.setdefault(prefix, str(namespace))
    if engine == "rdflib":
        if not isinstance(store, (Graph, ox.Store)):
            raise QueryError(f"cannot query a {type(source).__name__}: give a graph or a store")
        graph = store if isinstance(store, Graph) else _rdflib_copy(store)
        return _run_rdflib(graph, prepared, prefixes)
    if isinstance(store, Graph):
        return _run_oxigraph(oxigraph_store_of(store), prepared, prefixes,
                             union=isinstance(store, Dataset))
    raise QueryError(f"cannot query a {type(source).__name__}: give a graph or a store")


def _has_default_graph(store: ox.Store) -> bool:
    """A store made by ``kg load`` keeps the merge of its report graphs as its default graph."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def _rdflib_copy(store: ox.Store) -> Dataset:
    from rdflib import Dataset

    from .namespaces import new_graph

    if _has_default_graph(store):
        graph = new_graph()
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        if data:
            graph.parse(data=data, format="nt")
        return graph
    dataset = Dataset(default_union=True)
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    if data:
        dataset.parse(data=data, format="nquads")
    return dataset


def _run_oxigraph(store: ox.Store, prepared: PreparedQuery, prefixes, *, union: bool):
    try:
        answer = store.query(prepared.text, use_default_graph_as_union=union)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer), prefixes=prefixes)
        if isinstance(answer, ox.QueryTriples):
            from .namespaces import new_graph

            graph = new_graph()
            for triple in answer:
                graph.add(tuple(from_oxigraph(t) for t in (triple.subject, triple.predicate, triple.object)))
            return QueryResult("graph", graph=graph, prefixes=prefixes)
        variables = [v.value for v in answer.variables]
        terms = [tuple(solution[v] for v in variables) for solution in answer]
    except SyntaxError as error:
        raise QueryError(_syntax_message(str(error), prepared.lines_added)) from None
    except OSError as error:
        if "SERVICE" in sparql_keywords(prepared.text):
            raise EndpointError(f"the query's SERVICE endpoint failed: {_one_line(str(error))}") from None
        raise QueryError(f"the query failed: {_one_line(str(error))}") from None
    if all(_prints_as_rdflib(term) for row in terms for term in row):  # rdflib terms made if asked for
        return QueryResult("select", variables=variables, oxigraph_rows=terms, prefixes=prefixes,
                           rows=None)
    rows = [tuple(from_oxigraph(term) for term in row) for row in terms]
    return QueryResult("select", variables=variables, rows=rows, prefixes=prefixes)


def _run_rdflib(graph: Graph, prepared: PreparedQuery, prefixes) -> QueryResult:
    from rdflib import Graph

    from .namespaces import bind_prefixes

    try:
        answer = graph.query(prepared.text)
        kind = answer.type
        if kind == "ASK":
            return QueryResult("ask", boolean=bool(answer.askAnswer), prefixes=prefixes)
        if kind in ("CONSTRUCT", "DESCRIBE"):
            result = bind_prefixes(Graph(bind_namespaces="none"))
            for triple in answer.graph or ():
                result.add(tuple(_plain(t) for t in triple))
            return QueryResult("graph", graph=result, prefixes=prefixes)
        variables = [str(v) for v in answer.vars]
        rows = [tuple(_plain(row[v]) if row[v] is not None else None for v in answer.vars)
                for row in answer]
    except QueryError:
        raise
    except Exception as error:  # rdflib raises many types for queries it cannot answer
        raise QueryError(f"rdflib could not answer the query: {_one_line(str(error))}") from None
    return QueryResult("select", variables=variables, rows=rows, prefixes=prefixes)
