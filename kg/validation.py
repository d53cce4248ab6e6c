"""SHACL validation of report graphs: load the bundled shapes (or a folder of them), run pySHACL on
one report's in-memory graph at a time, and turn its report into results a person can read (the
focus node's label, the paragraph it came from) and a program can use (``to_dict``).

No RDFS/OWL inference is run: the graph materialises the types the shapes rely on, and pySHACL
with inference is several times slower (shared/NOTES.md).
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable

import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS
from rdflib.plugins.stores.memory import Memory

from .errors import InputError
from .patches import cached_sparql_parsing as _cached_sparql
from .patches import lean_pyshacl as _lean_pyshacl
from .namespaces import IKG, PREFIXES, SH, bind_prefixes, new_graph
from .rdfio import rdflib_term

#: Severities from the most to the least serious, as users type them (``--fail-on``).
SEVERITIES = ("violation", "warning", "info")
_SEVERITY_OF = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
SHAPES_NAMESPACE = "https://w3id.org/inspection-kg/shapes#"
_EXCERPT = 70


@dataclass
class ValidationFinding:
    """One SHACL validation result, described for a person."""

    severity: str  # one of SEVERITIES
    shape: str  # the source shape's sh:name ("judgement grade")
    shape_iri: str  # the source shape's IRI (ikgsh:Judgement-grade), or "" for a blank node
    focus_node: str  # the focus node's IRI
    focus_label: str  # its label: prefLabel, rdfs:label, name, or a text excerpt
    path: str | None  # the property, compact ("ikg:grade")
    message: str
    value: str | None  # the offending value, compact or quoted
    paragraphs: list[int] = field(default_factory=list)  # where the focus node comes from
    constraint: str = ""  # the constraint component ("MinCountConstraintComponent")

    def to_dict(self) -> dict:
        return {
            "severity": self.severity,
            "shape": self.shape,
            "shape_iri": self.shape_iri,
            "focus_node": self.focus_node,
            "focus_label": self.focus_label,
            "path": self.path,
            "message": self.message,
            "value": self.value,
            "paragraphs": self.paragraphs,
            "constraint": self.constraint,
        }


@dataclass
class ValidationResult:
    """The validation of one report's graph."""

    report: str  # the name results are reported under (file name, or file#graph)
    report_iri: str | None
    conforms: bool  # no violations (warnings and infos do not break conformance)
    results: list[ValidationFinding]
    results_graph: Graph  # pySHACL's sh:ValidationReport graph

    def count(self, severity: str) -> int:
        return sum(1 for r in self.results if r.severity == severity)

    def counts(self) -> dict[str, int]:
        return {severity: self.count(severity) for severity in SEVERITIES}

    def fails(self, fail_on: str = "violation") -> bool:
        """True if any result is at or above ``fail_on`` ("violation" or "warning")."""
        limit = SEVERITIES.index(fail_on)
        return any(SEVERITIES.index(r.severity) <= limit for r in self.results)

    def to_dict(self) -> dict:
        return {
            "report": self.report,
            "report_iri": self.report_iri,
            "conforms": self.conforms,
            "counts": self.counts(),
            "results": [r.to_dict() for r in self.results],
        }


# --------------------------------------------------------------------------------------------
# Shapes


def bundled_shapes_dir() -> Path:
    """The folder of the shapes shipped with the package (``kg.shapes``)."""
    return Path(str(resources.files("kg.shapes")))


def _shape_files(directory: Path) -> list[Path]:
    if not directory.exists():
        raise InputError(f"{directory}: no such shapes folder")
    if not directory.is_dir():
        raise InputError(f"{directory}: --shapes wants a folder of .ttl files")
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise InputError(f"{directory}: no .ttl shapes files in this folder")
    return files


def load_shapes(shapes_dir: Path | str | None = None) -> Graph:
    """Every ``.ttl`` in ``shapes_dir`` (default: the bundled shapes) parsed into one graph.
    Parsed once per folder and cached until one of its files changes."""
    directory = Path(shapes_dir) if shapes_dir is not None else bundled_shapes_dir()
    files = _shape_files(directory)
    stamp = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    return _parse_shapes(stamp)


@functools.lru_cache(maxsize=8)
def _parse_shapes(stamp: tuple[tuple[str, int, int], ...]) -> Graph:
    shapes = Graph(bind_namespaces="none")
    bind_prefixes(shapes)
    for name, _mtime, _size in stamp:
        try:
            shapes.parse(name, format="turtle")
        except Exception as error:  # rdflib raises many unrelated types for bad syntax
            text = " ".join(str(error).split())[:300]
            raise InputError(f"{name}: malformed shapes, not valid Turtle: {text}") from None
    if not any(shapes.subjects(RDF.type, SH.NodeShape)):
        raise InputError(f"{Path(stamp[0][0]).parent}: the shapes files declare no sh:NodeShape")
    shapes.bind("ikgsh", SHAPES_NAMESPACE)
    return shapes


# --------------------------------------------------------------------------------------------
# Validation


def _in_memory(graph: Graph) -> Graph:
    """pySHACL is only right and fast on rdflib's own memory store (an Oxigraph-backed graph
    gives false sh:in violations and is 34× slower): copy anything else into one."""
    if type(graph) is Graph and isinstance(graph.store, Memory):
        return graph
    copy = new_graph()
    if isinstance(graph, ConjunctiveGraph):  # a Dataset: every named graph's triples
        for s, p, o, _context in graph.quads((None, None, None, None)):
            copy.add((s, p, o))
    else:
        for triple in graph.triples((None, None, None)):
            copy.add(triple)
    return copy


def validate_graph(graph: Graph, shapes: Graph | None = None, name: str | None = None) -> ValidationResult:
    """Validate one report's graph against ``shapes`` (default: the bundled shapes)."""
    shapes_graph = shapes if shapes is not None else load_shapes()
    data = _in_memory(graph)
    with _cached_sparql(), _lean_pyshacl():
        try:
            _conforms, report_graph, text = pyshacl.validate(
                data,
                shacl_graph=shapes_graph,
                inference="none",
                allow_warnings=True,
                allow_infos=True,
            )
        except Exception as error:  # pySHACL's own errors about the shapes
            raise InputError(f"malformed shapes: {' '.join(str(error).split())[:300]}") from None
    if not isinstance(report_graph, Graph):
        raise InputError(f"malformed shapes: {' '.join(str(text).split())[:300]}")
    report_iri = _report_iri(data)
    findings = [
        _finding(data, shapes_graph, report_graph, result)
        for result in report_graph.objects(None, SH.result)
    ]
    findings.sort(
        key=lambda f: (SEVERITIES.index(f.severity), f.shape, f.focus_label, f.path or "", f.message, f.value or "")
    )
    bind_prefixes(report_graph)
    report_graph.bind("ikgsh", SHAPES_NAMESPACE)
    return ValidationResult(
        report=name or (str(report_iri) if report_iri else "graph"),
        report_iri=str(report_iri) if report_iri else None,
        conforms=not any(f.severity == "violation" for f in findings),
        results=findings,
        results_graph=report_graph,
    )


#: Below this many graphs, worker processes cost more than they save.
PARALLEL_FROM = 4


def validate_paths(
    paths: Iterable[Path | str], shapes_dir: Path | str | None = None, failures: list | None = None,
    progress=None,
    workers: int | None = None,
) -> list[ValidationResult]:
    """Validate each input report by report: an RDF file, a report extracted on the fly, or each
    named graph of a TriG/N-Quads corpus (split by Oxigraph, which reads a corpus far faster
    than rdflib). Several graphs are validated in ``workers`` processes (default: every core),
    each parsing the shapes once; the results come back in input order. With a ``failures``
    list, a report that cannot be read is recorded there and skipped (as
    ``kg.graphio.load_named_graphs`` does)."""
    shapes = load_shapes(shapes_dir)  # malformed shapes fail here, before any work
    named = _graphs_as_ntriples(list(paths), failures)
    workers = workers or os.cpu_count() or 1
    if len(named) < PARALLEL_FROM or workers == 1:
        results = []
        for name, data in named:
            results.append(_validate_ntriples(name, data, shapes))
            if progress:
                progress(name)
        return results
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                             initargs=(None if shapes_dir is None else str(shapes_dir),)) as pool:
        results = []
        for result in pool.map(_validate_in_worker, named, chunksize=4):
            results.append(result)
            if progress:  # kg validate's progress bar: one step per report validated
                progress(result.report)
    for result in results:
        result.results_graph = _graph_from_ntriples(result.results_graph)
        result.results_graph.bind("ikgsh", SHAPES_NAMESPACE)
    return results


def _graphs_as_ntriples(paths: list[Path | str], failures: list | None) -> list[tuple[str, bytes]]:
    """Every graph to validate, as (name, N-Triples): each named graph of a dataset file split
    out by Oxigraph; every other input read as ``kg.graphio.load_named_graphs`` reads it."""
    from .corpus import expand_inputs
    from .graphio import load_named_graphs  # late: reading reports pulls in the extraction
    from .rdfio import format_of, ntriples

    found: list[tuple[str, bytes]] = []
    pending: list[Path] = []

    def flush():
        if pending:
            found.extend(
                (g.name, ntriples(g.graph)) for g in load_named_graphs(pending, failures=failures, combined=False)
            )
            pending.clear()

    for path in expand_inputs(paths):
        fmt = format_of(path)
        if fmt is not None and fmt.quads and fmt.oxigraph is not None:
            flush()
            found.extend(_dataset_graphs(path))
        else:
            pending.append(path)
    flush()
    return found


def _dataset_graphs(path: Path) -> list[tuple[str, bytes]]:
    """Each non-empty graph of a TriG or N-Quads file as N-Triples, sorted by graph name, named
    ``FILE#GRAPH`` (the default graph as rdflib names it)."""
    import pyoxigraph

    from .rdfio import load_file

    store = pyoxigraph.Store()
    load_file(store, path)
    graphs = sorted(store.named_graphs(), key=lambda g: g.value)
    found = []
    for graph in [pyoxigraph.DefaultGraph(), *graphs]:
        data = store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph)
        if data:
            name = "urn:x-rdflib:default" if isinstance(graph, pyoxigraph.DefaultGraph) else graph.value
            found.append((name, data))
    default = [item for item in found if item[0] == "urn:x-rdflib:default"]
    named = [item for item in found if item[0] != "urn:x-rdflib:default"]
    return [(f"{path.name}#{name}", data) for name, data in sorted(default + named)]


def _graph_from_ntriples(data: bytes) -> Graph:
    """One graph's N-Triples in an rdflib memory graph, read by Oxigraph: the same terms
    rdflib's own N-Triples parser makes, twice as fast (rdflib's parser was a tenth of the time
    of validating a report). Oxigraph reads ``"x"^^xsd:string`` as ``"x"``; N-Triples that
    spell the type out (rdflib writes them) are left to rdflib, which keeps it."""
    graph = new_graph()  # our prefixes bound
    if not data:
        return graph
    if _XSD_STRING_TYPED in data:  # written by rdflib, which keeps the type Oxigraph drops
        graph.parse(data=data, format="nt")
        return graph
    import pyoxigraph

    terms: dict = {}
    blank: dict = {}

    def term(node):
        found = terms.get(node)
        if found is None:
            found = terms[node] = rdflib_term(node, blank)
        return found

    add = graph.add
    for triple in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES):
        add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return graph


_XSD_STRING_TYPED = b"^^<http://www.w3.org/2001/XMLSchema#string>"


def _validate_ntriples(name: str, data: bytes, shapes: Graph) -> ValidationResult:
    return validate_graph(_graph_from_ntriples(data), shapes, name=name)


_WORKER_SHAPES: list[Graph] = []


def _start_worker(shapes_dir: str | None) -> None:
    """In each worker, once: the shapes parsed (pySHACL then reuses them for every report)."""
    _WORKER_SHAPES[:] = [load_shapes(shapes_dir)]


def _validate_in_worker(item: tuple[str, bytes]) -> ValidationResult:
    """One graph validated in a worker; its SHACL report graph travels back as N-Triples."""
    result = _validate_ntriples(*item, _WORKER_SHAPES[0])
    result.results_graph = result.results_graph.serialize(format="nt", encoding="utf-8")
    return result


def _report_iri(graph: Graph) -> URIRef | None:
    reports = sorted(graph.subjects(RDF.type, IKG.InspectionReport))
    return reports[0] if len(reports) == 1 else None


def _finding(data: Graph, shapes: Graph, report: Graph, result) -> ValidationFinding:
    severity = _SEVERITY_OF.get(report.value(result, SH.resultSeverity), "violation")
    source = report.value(result, SH.sourceShape)
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
    component = report.value(result, SH.sourceConstraintComponent)
    shape_name = shapes.value(source, SH.name) if source is not None else None
    if shape_name is None and source is not None:
        shape_name = _compact(shapes, source)
    return ValidationFinding(
        severity=severity,
        shape=str(shape_name or "unnamed shape"),
        shape_iri=str(source) if isinstance(source, URIRef) else "",
        focus_node=str(focus),
        focus_label=describe(data, focus),
        path=_compact(data, path) if isinstance(path, URIRef) else (None if path is None else "complex path"),
        message="; ".join(messages) or "(no message)",
        value=_value_text(data, value, focus),
        paragraphs=paragraphs_of(data, focus),
        constraint=str(component).rsplit("#", 1)[-1] if component is not None else "",
    )


def _value_text(data: Graph, value, focus) -> str | None:
    if value is None or value == focus:
        return None
    if isinstance(value, Literal):
        return str(value)
    return _compact(data, value)


def _compact(graph: Graph, node) -> str:
    """``ikg:grade``, ``id:body/ofsted``: the longest bound namespace as prefix, for reading."""
    if not isinstance(node, URIRef):
        return str(node)
    text = str(node)
    best = ("", "")
    for prefix, namespace in [*PREFIXES.items(), ("ikgsh", SHAPES_NAMESPACE)]:
        namespace = str(namespace)
        if prefix and text.startswith(namespace) and len(namespace) > len(best[1]) and len(text) > len(namespace):
            best = (prefix, namespace)
    return f"{best[0]}:{text[len(best[1]):]}" if best[0] else text


def _excerpt(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"


def _label(graph: Graph, node) -> str | None:
    for predicate in (SKOS.prefLabel, RDFS.label, FOAF.name):
        value = graph.value(node, predicate)
        if value is not None:
            return str(value)
    return None


def _section_words(section) -> str:
    return {IKG.Safeguarding: "safeguarding", IKG.LookedAfterChildren: "looked after children"}.get(
        section, _local(section) if section is not None else "unknown section"
    )


def _local(node) -> str:
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def describe(graph: Graph, node) -> str:
    """A person's name for a node: its label where it has one, else what it is and a text
    excerpt; its compact IRI only when nothing better exists."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        return _excerpt(node)
    label = _label(graph, node)
    if label:
        return label
    types = set(graph.objects(node, RDF.type))
    if IKG.Judgement in types:
        area = graph.value(node, IKG.area)
        area_name = (_label(graph, area) or _local(area)) if area is not None else "unknown area"
        return f"{_section_words(graph.value(node, IKG.section))} judgement on {area_name}"
    if IKG.Paragraph in types:
        number = graph.value(node, IKG.number)
        text = graph.value(node, IKG.text)
        head = f"paragraph {number}" if number is not None else "paragraph"
        return f"{head}: {_excerpt(text)}" if text is not None else head
    if IKG.Passage in types:
        text = graph.value(node, IKG.text)
        return f"passage: {_excerpt(text)}" if text is not None else "passage"
    if IKG.RelationStatement in types:
        subject, predicate, obj = (graph.value(node, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        if subject is not None and predicate is not None and obj is not None:
            return f"{describe(graph, subject)} {_local(predicate)} {describe(graph, obj)}"
    if IKG.InspectionReport in types:
        authority = graph.value(node, IKG.inspectedAuthority)
        start = graph.value(node, IKG.inspectionStart)
        name = _label(graph, authority) if authority is not None else None
        if name:
            return f"report on {name}" + (f" ({start})" if start is not None else "")
        title = graph.value(node, DCTERMS.title)
        if title is not None:
            return _excerpt(title)
    for kind, word in (
        (IKG.Recommendation, "recommendation"),
        (IKG.Statistic, "statistic"),
        (IKG.FindingsRow, "findings row"),
    ):
        if kind in types:
            text = graph.value(node, IKG.text) or graph.value(node, IKG.measure)
            return f"{word}: {_excerpt(text)}" if text is not None else f"{word} {_compact(graph, node)}"
    text = graph.value(node, IKG.text)
    if text is not None:
        return _excerpt(text)
    if isinstance(node, BNode):
        return "a blank node"
    return _compact(graph, node)


def paragraphs_of(graph: Graph, node) -> list[int]:
    """The numbers of the paragraphs a node derives from, sits in, or (for a body) is named in."""
    if node is None or isinstance(node, Literal):
        return []
    numbers: set[int] = set()

    def add(paragraph) -> None:
        number = graph.value(paragraph, IKG.number)
        if isinstance(number, Literal):
            try:
                numbers.add(int(number))
            except (TypeError, ValueError):
                pass

    add(node)
    for source in graph.objects(node, PROV.wasDerivedFrom):
        add(source)
    if (node, RDF.type, IKG.Body) in graph:
        for paragraph in graph.subjects(IKG.mentions, node):
            add(paragraph)
    return sorted(numbers)


# ---------------------------------------------------------------- formatting results

_PLURAL = {"violation": "violations", "warning": "warnings", "info": "infos"}


def _count(n: int, severity: str) -> str:
    return f"{n} {severity if n == 1 else _PLURAL[severity]}"


def totals(results: list[ValidationResult]) -> dict[str, int]:
    return {severity: sum(r.count(severity) for r in results) for severity in SEVERITIES}


def json_summary(results: list[ValidationResult], fail_on: str = "violation") -> dict:
    return {
        "conforms": all(r.conforms for r in results),
        "fail_on": fail_on,
        "counts": totals(results),
        "reports": [r.to_dict() for r in results],
    }


def report_turtle(results: list[ValidationResult]) -> str:
    merged = Graph(bind_namespaces="core")
    bind_prefixes(merged)
    merged.bind("sh", "http://www.w3.org/ns/shacl#")
    merged.bind("ikgsh", SHAPES_NAMESPACE)
    for result in results:
        for triple in result.results_graph:
            merged.add(triple)
    return merged.serialize(format="turtle")


def _where(paragraphs: list[int]) -> str:
    if not paragraphs:
        return ""
    shown = ", ".join(str(n) for n in paragraphs[:8]) + (", …" if len(paragraphs) > 8 else "")
    return f"paragraph {shown}" if len(paragraphs) == 1 else f"paragraphs {shown}"


def text_summary(results: list[ValidationResult]) -> str:
    """Results grouped by severity, then shape; each line names the report, the focus node's
    label, the path, the message, the value and the paragraph(s); then the counts."""
    lines: list[str] = []
    for severity in SEVERITIES:
        found = [(r.report, f) for r in results for f in r.results if f.severity == severity]
        if not found:
            continue
        lines.append(f"{_PLURAL[severity].capitalize()} ({len(found)})")
        for shape in sorted({f.shape for _, f in found}):
            of_shape = [(report, f) for report, f in found if f.shape == shape]
            lines.append(f"  {shape} ({len(of_shape)})")
            for report, f in of_shape:
                details = [d for d in (f"value {f.value}" if f.value else "", _where(f.paragraphs)) if d]
                path = f" [{f.path}]" if f.path else ""
                tail = f" ({'; '.join(details)})" if details else ""
                lines.append(f"    {report}: {f.focus_label}{path}: {f.message}{tail}")
        lines.append("")
    for result in results:
        counts = ", ".join(_count(n, s) for s, n in result.counts().items())
        verdict = "conforms" if result.conforms else "does not conform"
        lines.append(f"{result.report}: {verdict} ({counts})")
    if len(results) > 1:
        counts = ", ".join(_count(n, s) for s, n in totals(results).items())
        conforming = sum(1 for r in results if r.conforms)
        lines.append(f"{len(results)} graphs: {conforming} conform; {counts}")
    return "\n".join(lines)
