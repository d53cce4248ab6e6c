"""Many reports at once: folders expanded into their reports and RDF files, extraction in
parallel on every core (output independent of the order the work finishes in), a failing report
named and skipped while the rest go on, and each council's reports linked in time order."""
from __future__ import annotations

import gc
import hashlib
import os
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DuplicateReportWarning, InputError, KgError
from .model import Report
from .rdfio import RDF_SUFFIXES as _RDF_SUFFIXES

if TYPE_CHECKING:  # rdflib is imported where a graph is made: a load or a query of RDF files need not
    from rdflib import Graph

REPORT_SUFFIXES = (".txt", ".pdf", ".text")
RDF_SUFFIXES = _RDF_SUFFIXES
#: Below this many reports, a process pool costs more than it saves.
PARALLEL_FROM = 4


def expand_inputs(paths: Iterable[Path | str], suffixes: tuple[str, ...] = REPORT_SUFFIXES + RDF_SUFFIXES) -> list[Path]:
    """Files as given; a folder gives every file below it with one of ``suffixes``, sorted."""
    expanded: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith("."))
            if not found:
                raise InputError(f"{path}: the folder holds no report or RDF file")
            expanded.extend(found)
        else:
            expanded.append(path)
    return expanded


@dataclass
class Failure:
    path: Path
    message: str


@dataclass
class CorpusExtraction:
    """The reports read (each once, with ``paths[i]`` the file ``reports[i]`` came from) and the
    files that could not be used."""

    reports: list[Report] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)


def _parse_one(path: Path) -> Report | Failure:
    from .extract import parse_report_file

    try:
        return parse_report_file(path)
    except KgError as error:
        return Failure(path, str(error))
    except OSError as error:  # the machine, not our code: say what it said
        return Failure(path, f"{path}: {(error.strerror or str(error)).lower()}")
    except Exception as error:  # a bug on one report must not stop the corpus
        return Failure(path, f"internal error: {type(error).__name__}: {error}")


def _warm_shared_resources() -> None:
    """Import the extraction and PDFium, read the tables every report needs (the council list)
    and compile the entity finder's patterns once, in the parent: forked workers then share them
    instead of each loading and compiling its own."""
    import pypdfium2  # noqa: F401  (imported where a PDF is read: here so that a worker need not)

    from . import extract, relations, statistics  # noqa: F401  (the parsers, the RDF mapping, the finders)
    from .entities import compile_patterns
    from .gazetteer import councils

    councils()
    compile_patterns()


def _fork_context():
    """Forked workers where the platform has them: they start with the parent's warmed
    resources (compiled patterns, the councils' list) instead of importing and reading them
    again, which a spawned or forkserver worker would (the default from Python 3.14)."""
    import multiprocessing

    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _run_each(work: Callable, files: list[Path], workers: int | None, progress) -> list:
    """``work(path)`` for every file, on every core where there are several; results in input
    order whatever order the work finishes in. The largest files start first, so that no core
    is left with a long report at the end while the other idles."""
    jobs = os.environ.get("KG_JOBS", "")  # kg -j N sets it; a value that is not a count is ignored
    workers = workers or (int(jobs) if jobs.isdecimal() else 0) or os.cpu_count() or 1
    if len(files) < PARALLEL_FROM or workers == 1:
        results = []
        for path in files:
            results.append(work(path))
            if progress:
                progress(path)
        return results
    from concurrent.futures import ProcessPoolExecutor, as_completed  # worker processes: only here

    _warm_shared_resources()
    results: list = [None] * len(files)
    largest_first = sorted(range(len(files)), key=lambda i: (-_size(files[i]), i))
    # what the parent holds is left out of garbage collection while the workers run: a forked
    # worker's collector then never walks (and so never copies) the pages it shares with the parent
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(files)), mp_context=_fork_context()) as pool:
            futures = {pool.submit(work, files[i]): i for i in largest_first}
            for future in as_completed(futures):
                index = futures[future]
                results[index] = future.result()
                if progress:
                    progress(files[index])
    finally:
        gc.unfreeze()
    return results


def extract_reports(
    paths: Iterable[Path | str],
    workers: int | None = None,
    progress: Callable[[Path], None] | None = None,
) -> CorpusExtraction:
    """Parse every report, in parallel where there are several; results come back in input
    order whatever order the work finishes in. The same report given twice is kept once (with a
    ``DuplicateReportWarning``); two different reports that would share a report IRI are a
    failure naming both files (see ``one_per_report``)."""
    files = [Path(p) for p in paths]
    results = _run_each(_parse_one, files, workers, progress)
    corpus = CorpusExtraction()
    parsed = []
    for path, result in zip(files, results):
        if isinstance(result, Failure):
            corpus.failures.append(result)
        else:
            parsed.append((path, result))
    for path, report in one_per_report(parsed, _parsed_identity, corpus.failures):
        corpus.paths.append(path)
        corpus.reports.append(report)
    return corpus


def _parsed_identity(item: tuple[Path, Report]) -> tuple[str, str, str]:
    """``report_fingerprint``'s facts, read from the document model before any graph is made."""
    from .rdf import report_iri_text

    path, report = item
    facts = [report.framework, report.authority, report.inspection_start, report.inspection_end, report.published]
    facts += sorted((j.section, j.area, j.grade) for j in report.judgements)
    return report_iri_text(report), hashlib.sha256(repr(facts).encode("utf-8")).hexdigest(), str(path)


@dataclass
class ExtractedGraph:
    """One report's graph as N-Triples, made in a worker process so the parent never holds every
    report's rdflib graph at once (a corpus load stays within memory)."""

    path: Path
    report_iri: str
    authority: str | None
    when: str | None
    ntriples: bytes
    triples: int
    fingerprint: str = ""
    summary: str = ""  # kg.extract.summarise of the report, for people
    warnings: list[str] = field(default_factory=list)
    source: str = ""  # the report's file name


def _graph_one(path: Path) -> ExtractedGraph | Failure:
    from .extract import summarise
    from .rdf import body_iri_text, report_ntriples

    parsed = _parse_one(path)
    if isinstance(parsed, Failure):
        return parsed
    iri, fingerprint, _name = _parsed_identity((path, parsed))
    # no rdflib Graph of the whole report, nor rdflib terms: only its N-Triples bytes go back
    data = report_ntriples(parsed)
    # the council and date ``link_in_time`` reads from a graph: the report's (last) ikg:inspectedAuthority,
    # its ikg:inspectionStart or else its dcterms:issued
    authority = next((body_iri_text(parsed, b) for b in reversed(parsed.bodies) if b.is_inspected_authority), None)
    when = parsed.inspection_start or parsed.published
    return ExtractedGraph(
        path, iri, authority, when.isoformat() if when else None,
        data, data.count(b"\n"), fingerprint, summarise(parsed), list(parsed.warnings), str(parsed.source),
    )


def extract_graphs_as_ntriples(
    paths: Iterable[Path | str], workers: int | None = None, progress: Callable[[Path], None] | None = None
) -> tuple[list[ExtractedGraph], list[Failure]]:
    """Every report's graph as N-Triples, in parallel, in input order, with each council's
    reports linked in time order (``ikg:previousReport``) as ``link_in_time`` does."""
    from .rdf import IKG  # the mapping's N-Triples terms: a corpus extraction never imports rdflib

    results = _run_each(_graph_one, [Path(p) for p in paths], workers, progress)
    failures = [r for r in results if isinstance(r, Failure)]
    graphs = one_per_report(
        [r for r in results if isinstance(r, ExtractedGraph)],
        lambda g: (g.report_iri, g.fingerprint, str(g.path)),
        failures,
    )
    for earlier, later in in_time_order([(g.authority, g.when, g.report_iri, g) for g in graphs]):
        later.ntriples += f"<{later.report_iri}> {IKG.previousReport} <{earlier.report_iri}> .\n".encode()
        later.triples += 1
    return graphs, failures


def in_time_order(reports: list[tuple]) -> list[tuple]:
    """(earlier, later) pairs of consecutive reports on the same council, from
    (authority, date, report IRI, item) tuples; items without an authority or date are left out."""
    by_authority: dict[str, list[tuple]] = {}
    for authority, when, iri, item in reports:
        if authority is not None and when is not None:
            by_authority.setdefault(str(authority), []).append((str(when), str(iri), item))
    pairs = []
    for items in by_authority.values():
        items.sort(key=lambda entry: (entry[0], entry[1]))
        # one report read twice is never its own previous report
        pairs.extend((first[2], second[2]) for first, second in zip(items, items[1:]) if first[1] != second[1])
    return pairs


def _identity() -> tuple:
    """What makes a report the report it is, whatever file it was read from: its framework, dates
    and council (the source file name and the text's layout are left out)."""
    from rdflib.namespace import DCTERMS

    from .namespaces import IKG

    return (IKG.framework, IKG.inspectionStart, IKG.inspectionEnd, DCTERMS.issued, IKG.inspectedAuthority)


def report_fingerprint(graph: Graph, report) -> str:
    """A digest of what a reader would compare to tell whether two files hold the same report:
    framework, dates, inspected council and every judgement's area and grade."""
    from .namespaces import IKG

    facts = sorted(f"{p.n3()} {o.n3()}" for p in _identity() for o in graph.objects(report, p))
    for judgement in graph.objects(report, IKG.hasJudgement):
        for grade in graph.objects(judgement, IKG.grade):
            facts.append(f"{judgement.n3()} {grade.n3()}")
    return hashlib.sha256("\n".join(sorted(facts)).encode("utf-8")).hexdigest()


def one_per_report(items: list, identity: Callable, failures: list | None) -> list:
    """``items`` with each report once. ``identity(item)`` gives (report IRI or None, fingerprint,
    the file's name). The same report again (same IRI, same fingerprint) is dropped with a
    ``DuplicateReportWarning`` naming both files; a different report under an IRI already taken
    is an error naming both files: raised as ``InputError``, or recorded in ``failures`` (a
    ``Failure``) and skipped when a list is given."""
    seen: dict[str, tuple[str, str]] = {}
    kept = []
    for item in items:
        iri, fingerprint, name = identity(item)
        if iri is None or iri not in seen:
            if iri is not None:
                seen[iri] = (fingerprint, name)
            kept.append(item)
            continue
        first_fingerprint, first_name = seen[iri]
        if fingerprint == first_fingerprint:
            warnings.warn(DuplicateReportWarning(
                f"{name} is the same report as {first_name} (<{iri}>): read once"), stacklevel=2)
            continue
        message = (f"{first_name} and {name} are different reports (their dates, judgements or "
                   f"framework differ) but both map to the report IRI <{iri}>")
        if failures is None:
            raise InputError(message)
        failures.append(Failure(Path(name), message))
    return kept


def link_in_time(graphs: list[Graph]) -> None:
    """Within a corpus, each council's reports point to the one before (``ikg:previousReport``)
    in order of their inspection start date (or publication date)."""
    from rdflib.namespace import DCTERMS, RDF

    from .namespaces import IKG

    reports = []
    for graph in graphs:
        for report in graph.subjects(RDF.type, IKG.InspectionReport):
            when = graph.value(report, IKG.inspectionStart) or graph.value(report, DCTERMS.issued)
            reports.append((graph.value(report, IKG.inspectedAuthority), when, report, (report, graph)))
    for (earlier, _), (later, graph) in in_time_order(reports):
        graph.add((later, IKG.previousReport, earlier))
