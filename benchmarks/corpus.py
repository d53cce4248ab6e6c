"""A synthetic corpus for benchmarks: n report graphs made from the sample's extracted graph
(and the fixture graphs), each copy a different authority.

Per copy ``i`` (copy 0 is the original): the report IRI and every IRI under it get a ``-c{i}``
suffix; the inspected authority becomes ``{authority}-c{i}`` with "(copy i)" in its labels; the
generic local bodies (``id:body/{place}/…``) move to ``id:body/{place}-c{i}/…``; national bodies
(Ofsted, the Care Quality Commission, NHS trusts with proper names) stay shared, as they are
across real reports; each judgement's grade is moved deterministically (crc32 of the copy and
the judgement) so grade queries have something to compare.
"""
from __future__ import annotations

import sys
import zlib
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.namespaces import IKG, new_graph  # noqa: E402

GRADES = [IKG.Outstanding, IKG.Good, IKG.Adequate, IKG.Inadequate]
GRADE_PROPERTIES = {IKG.grade, IKG.findingsTableGrade, IKG.statedGrade}
BODY = "https://w3id.org/inspection-kg/id/body/"


@lru_cache(maxsize=None)
def base_graphs() -> tuple[Graph, ...]:
    """The sample report's extracted graph (when kg.extract exists) and the fixture graphs."""
    graphs: list[Graph] = []
    try:
        from kg.extract import extract_report

        graphs.append(extract_report(ROOT / "kg" / "samples" / "barnet-2012-slac.txt"))
        for report in sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt")):
            try:
                graphs.append(extract_report(report))
            except Exception:  # a fixture the extraction cannot read yet: skip it
                pass
    except ImportError:
        for path in sorted((ROOT / "tests" / "fixtures" / "graphs").glob("*-mini.ttl")):
            graphs.append(Graph().parse(path))
    return tuple(graphs)


def _report_and_authority(graph: Graph) -> tuple[str, str]:
    report = next(graph.subjects(RDF.type, IKG.InspectionReport))
    authority = graph.value(report, IKG.inspectedAuthority)
    return str(report), str(authority)


def variant(graph: Graph, copy: int) -> Graph:
    """Copy ``copy`` of one report's graph (copy 0 is the graph itself, re-bound)."""
    report, authority = _report_and_authority(graph)
    new_report, new_authority = f"{report}-c{copy}", f"{authority}-c{copy}"

    def iri(term):
        if not isinstance(term, URIRef) or copy == 0:
            return term
        text = str(term)
        if text == report or text.startswith(report + "/"):
            return URIRef(new_report + text[len(report):])
        if text == authority:
            return URIRef(new_authority)
        if text.startswith(BODY):
            place, slash, rest = text[len(BODY):].partition("/")
            if slash and place not in ("council",):  # a generic body local to the authority
                return URIRef(f"{BODY}{place}-c{copy}/{rest}")
        return term

    out = new_graph()
    for s, p, o in graph:
        s2, o2 = iri(s), iri(o)
        if copy and s == URIRef(authority) and p in (SKOS.prefLabel, RDFS.label):
            o2 = Literal(f"{o} (copy {copy})")
        if copy and p in GRADE_PROPERTIES and o in GRADES:
            shift = zlib.crc32(f"{copy}|{s}".encode()) % 4
            o2 = GRADES[shift]
        out.add((s2, p, o2))
    return out


def corpus_graphs(n: int) -> list[Graph]:
    """``n`` report graphs: the base graphs and their variants, round robin."""
    bases = base_graphs()
    return [variant(bases[i % len(bases)], i // len(bases)) for i in range(n)]
