"""Reading and writing graphs: RDF files in any format rdflib reads, reports extracted on the fly,
deterministic serialisation by file suffix, and atomic writes (no half-written file on failure)."""
from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, OutputError
from .rdfio import RDFLIB_FORMATS, check_readable  # noqa: F401 (check_readable: public here too)

if TYPE_CHECKING:  # rdflib is imported where a graph is made or read, not by importing this module
    from rdflib import Dataset, Graph, URIRef

#: Output formats by suffix, as rdflib names them (from the one table in ``kg.rdfio``).
RDF_FORMATS = RDFLIB_FORMATS
#: Short format names users type (``--format ttl``) → rdflib names.
FORMAT_NAMES = {
    "ttl": "turtle",
    "turtle": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
    "trig": "trig",
    "nquads": "nquads",
    "xml": "xml",
}
REPORT_SUFFIXES = {".txt", ".pdf", ".text"}
QUAD_FORMATS = {"trig", "nquads"}


@dataclass
class NamedGraph:
    """One report's graph, or one RDF file's, with the name results are reported under."""

    name: str
    graph: Graph


def is_report_path(path: Path) -> bool:
    return path.suffix.lower() in REPORT_SUFFIXES


def rdf_format_for(path: Path) -> str | None:
    return RDF_FORMATS.get(path.suffix.lower())


def parse_rdf_file(path: Path) -> Graph | Dataset:
    """Parse one RDF file; a syntax error becomes one line naming the file and, where known, the line."""
    from rdflib import Dataset, Graph

    check_readable(path)
    fmt = rdf_format_for(path)
    if fmt is None:
        raise InputError(
            f"{path}: unknown file type {path.suffix!r} (expected a report .txt/.pdf or RDF "
            f"{', '.join(sorted(RDF_FORMATS))})"
        )
    target: Graph | Dataset = Dataset() if fmt in QUAD_FORMATS else Graph(bind_namespaces="none")
    term_log = logging.getLogger("rdflib.term")
    level = term_log.level
    term_log.setLevel(logging.ERROR)  # its "does not look like a valid URI" line: we say it once, below
    try:
        target.parse(str(path), format=fmt)
    except Exception as error:  # rdflib raises many unrelated types for bad syntax
        raise InputError(f"{path}: not valid {fmt} RDF: {_one_line(error)}") from None
    finally:
        term_log.setLevel(level)
    _check_iris(path, target)
    return target


#: Characters no IRI may hold (RFC 3987): rdflib reads them, then fails to write or store them.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _check_iris(path: Path, graph: Graph | Dataset) -> None:
    """An IRI that cannot be an IRI ("http://a b") is one clear error here, not a failure later
    in a writer or a store."""
    from rdflib import Dataset, URIRef

    quads = graph.quads((None, None, None, None)) if isinstance(graph, Dataset) else ((s, p, o, None) for s, p, o in graph)
    for quad in quads:
        for term in quad:
            if isinstance(term, URIRef) and _NOT_IN_IRI.search(term):
                bad = _NOT_IN_IRI.search(term).group(0)
                what = "a space" if bad == " " else f"{bad!r}"
                raise InputError(f"{path}: the IRI <{term[:120]}> holds {what}, which no IRI may hold")


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    text = text.split(" at ^ in:")[0]  # rdflib appends a dump of the bytes around the error
    match = re.search(r"line (\d+)", text)
    if match and not text.startswith("line"):
        text = f"line {match.group(1)}: {text}"
    return text[:300]


def load_named_graphs(
    paths: list[Path | str],
    failures: list | None = None,
    progress=None,
    combined: bool = True,
) -> list[NamedGraph]:
    """Each input as its own graph: a report is extracted (several in parallel), an RDF file
    parsed; a folder gives every report and RDF file below it; a dataset (TriG, N-Quads) gives
    one graph per named graph, so a corpus is handled report by report. A council's reports are
    linked in time order. With a ``failures`` list, a report that cannot be read is recorded
    there (a ``kg.corpus.Failure``) and skipped; without one, the first failure is raised.
    ``combined`` (the default) is for graphs that will be used together: one report is kept
    once, and two different graphs claiming one report IRI are a failure naming both
    (``kg.corpus.one_per_report``); validation, which looks at each graph alone, passes False."""
    from rdflib import Dataset

    from .corpus import expand_inputs, link_in_time, one_per_report
    from .namespaces import bind_prefixes, new_graph

    files = expand_inputs(paths)
    report_files = [f for f in files if is_report_path(f)]
    extracted = {}
    if report_files:
        from .corpus import extract_reports
        from .rdf import report_to_graph

        corpus = extract_reports(report_files, progress=progress)
        if corpus.failures:
            if failures is None:
                raise InputError(corpus.failures[0].message)
            failures.extend(corpus.failures)
        extracted = {path: report_to_graph(report) for path, report in zip(corpus.paths, corpus.reports)}
    loaded: list[tuple[NamedGraph, str]] = []  # each graph with the input it came from
    for path in files:
        if is_report_path(path):
            if path in extracted:
                loaded.append((NamedGraph(path.name, extracted[path]), str(path)))
            continue
        try:
            parsed = parse_rdf_file(path)
        except InputError as error:  # with a failures list, an unreadable RDF file is skipped too
            if failures is None:
                raise
            from .corpus import Failure

            failures.append(Failure(path, str(error)))
            continue
        if isinstance(parsed, Dataset):
            parts = [g for g in parsed.graphs() if len(g)]
            for part in sorted(parts, key=lambda g: str(g.identifier)):
                graph = new_graph()
                for triple in part:
                    graph.add(triple)
                loaded.append((NamedGraph(f"{path.name}#{part.identifier}", graph), f"{path}#{part.identifier}"))
        else:
            bind_prefixes(parsed)
            loaded.append((NamedGraph(path.name, parsed), str(path)))
    if combined:
        loaded = one_per_report(loaded, _report_identity, failures)
    kept = [named for named, _ in loaded]
    from_reports = {id(graph) for graph in extracted.values()}
    reports = [named.graph for named in kept if id(named.graph) in from_reports]
    if len(reports) > 1:
        link_in_time(reports)
    return kept


def _report_identity(entry: tuple[NamedGraph, str]) -> tuple[str | None, str, str]:
    from .corpus import report_fingerprint

    named, source = entry
    report = report_iri_of(named.graph)
    if report is None:
        return None, "", source
    return str(report), report_fingerprint(named.graph, report), source


def load_graph(paths: list[Path | str]) -> Graph:
    """All inputs merged into one in-memory graph."""
    from .namespaces import new_graph

    merged = new_graph()
    for named in load_named_graphs(paths):
        for triple in named.graph:
            merged.add(triple)
    return merged


def canonical_copy(graph: Graph) -> Graph:
    """The same triples inserted in sorted order, so serialisers that follow insertion order
    (N-Triples, JSON-LD) give the same bytes on every run."""
    from .namespaces import new_graph

    ordered = new_graph()
    for triple in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
        ordered.add(triple)
    return ordered


def report_iri_of(graph: Graph) -> URIRef | None:
    from rdflib.namespace import RDF

    from .namespaces import IKG

    reports = sorted(graph.subjects(RDF.type, IKG.InspectionReport))
    return reports[0] if len(reports) == 1 else None


def serialize(graphs: list[Graph] | Graph, fmt: str) -> bytes:
    """Deterministic bytes in rdflib format ``fmt``. For quad formats each input graph becomes a
    named graph named after its report (or ``urn:x-kg:graph:N`` where it has none)."""
    from rdflib import Dataset, Graph, URIRef

    from .namespaces import bind_prefixes, new_graph

    if isinstance(graphs, Graph):
        graphs = [graphs]
    if fmt in QUAD_FORMATS:
        dataset = Dataset()
        bind_prefixes(dataset)
        for index, graph in enumerate(graphs):
            name = report_iri_of(graph) or URIRef(f"urn:x-kg:graph:{index + 1}")
            named = dataset.graph(name)
            for triple in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
                named.add(triple)
        data = dataset.serialize(format=fmt, encoding="utf-8")
    else:
        merged = new_graph()
        for graph in graphs:
            for triple in graph:
                merged.add(triple)
        data = canonical_copy(merged).serialize(format=fmt, encoding="utf-8")
    if fmt in ("nt", "nquads"):
        lines = sorted(set(data.decode("utf-8").splitlines()))
        data = ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    return data


def format_for_output(path: Path, default: str = "turtle") -> str:
    fmt = rdf_format_for(path)
    if fmt is None:
        raise OutputError(
            f"{path}: cannot tell the output format from the suffix {path.suffix!r} "
            f"(use one of {', '.join(sorted(RDF_FORMATS))})"
        )
    return fmt or default


def check_output_path(path: Path) -> Path:
    """Fail early, before any slow work, when ``path`` cannot be written."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder, not a file")
    if not directory.is_dir():
        raise OutputError(f"{path}: the folder {directory} does not exist")
    if not os.access(directory, os.W_OK):
        raise OutputError(f"{path}: cannot write in {directory}")
    return path


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write to a temporary file beside ``path`` and rename it into place, so a failure never
    leaves a half-written file."""
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{path}: the folder {directory} does not exist")
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"{path}: cannot write here ({error.strerror})") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(handle, 0o666 & ~umask)  # mkstemp makes 0600; an output file is the user's usual mode
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(tmp_name, path)
    except OSError as error:  # a full disk or quota, a failing device: the file is not written
        Path(tmp_name).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write it ({(error.strerror or str(error)).lower()})") from None
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
