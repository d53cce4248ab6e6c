"""How long ``kg analyse`` takes on the graphs of 1, 100 and 1,000 reports.

The corpus is the sample report's graph copied N times with its place name rewritten in every
instance IRI ("barnet" → "barnet-0042"), so the bodies local to an authority (its council,
CAMHS, its trusts) are distinct in each copy while national ones (Ofsted, the Care Quality
Commission) stay one shared node, as in a real corpus. The copies are loaded into one in-memory
Oxigraph store (rdflib would spend minutes parsing millions of triples: /work/shared/NOTES.md);
the network is built from it with the same SPARQL as for one report.

Run: .venv/bin/python benchmarks/analyse_bench.py [N …]   (default 1 100 1000)
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.analysis import analyse_network  # noqa: E402
from kg.network import partnership_network, report_infos  # noqa: E402

FALLBACK = ROOT / "tests" / "fixtures" / "graphs" / "barnet-mini.ttl"


def sample_ntriples() -> tuple[str, str]:
    """The sample's graph as N-Triples, and the place word to rewrite."""
    from rdflib import Graph

    try:
        from kg.extract import extract_report

        graph = extract_report(ROOT / "kg" / "samples" / "barnet-2012-slac.txt")
        source = "the extracted sample report"
    except ImportError:
        graph = Graph().parse(FALLBACK)
        source = f"{FALLBACK.relative_to(ROOT)} (kg.extract not available)"
    print(f"corpus: copies of {source}, {len(graph)} triples each")
    return graph.serialize(format="nt"), "barnet"


def corpus(ntriples: str, place: str, copies: int) -> str:
    pattern = re.compile(r"(<https://w3id\.org/inspection-kg/id/[^>]*>)")
    word = re.compile(rf"\b{place}\b")

    def rewrite(i: int):
        return lambda m: word.sub(f"{place}-{i:04d}", m.group(1))

    return "".join(pattern.sub(rewrite(i), ntriples) for i in range(copies))


def measure(copies: int, ntriples: str, place: str) -> None:
    text = corpus(ntriples, place, copies)
    started = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_load(text.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    loaded = time.perf_counter()
    net = partnership_network(store)
    built = time.perf_counter()
    analysis = analyse_network(net, reports=report_infos(store))
    done = time.perf_counter()
    print(f"{copies:>5} reports: {len(store):>9,} triples, {len(analysis.nodes):>6,} bodies, "
          f"{len(analysis.edges):>7,} ties, {len(analysis.communities):>5,} communities | "
          f"load {loaded - started:6.2f} s, network {built - loaded:6.2f} s, "
          f"analysis {done - built:6.2f} s (betweenness {analysis.betweenness_method}), "
          f"total {done - started:6.2f} s")


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1, 100, 1000]
    ntriples, place = sample_ntriples()
    for size in sizes:
        measure(size, ntriples, place)


if __name__ == "__main__":
    main(sys.argv[1:])
