"""How long ``kg analyse`` takes on the graphs of 1, 100 and 1,000 reports.

The corpus is the sample report's graph copied N times with its place name rewritten in every
instance IRI ("barnet" → "barnet-0042"), so the bodies local to an authority (its council,
CAMHS, its trusts) are distinct in each copy while national ones (Ofsted, the Care Quality
Commission) stay one shared node, as in a real corpus. Each copy is written to its own
Turtle file, as a real corpus is stored, and the timing starts there: ``load`` is
kg.network.load_store parsing the files with Oxigraph (what ``kg analyse`` does), then the
network is built from the store with the same few SPARQL queries as for one report, then every
analysis runs (``analyse_network``). Writing JSON is not timed.

Run: .venv/bin/python benchmarks/analyse_bench.py [N …]   (default 1 100 1000)
"""
from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.analysis import analyse_network  # noqa: E402
from kg.network import load_stores, partnership_simple_graph, report_infos  # noqa: E402

FALLBACK = ROOT / "tests" / "fixtures" / "graphs" / "barnet-mini.ttl"


def sample_turtle() -> tuple[str, str]:
    """The sample's graph as Turtle, and the place word to rewrite."""
    from rdflib import Graph

    try:
        from kg.extract import extract_report

        graph = extract_report(ROOT / "kg" / "samples" / "barnet-2012-slac.txt")
        source = "the extracted sample report"
    except ImportError:
        graph = Graph().parse(FALLBACK)
        source = f"{FALLBACK.relative_to(ROOT)} (kg.extract not available)"
    print(f"corpus: copies of {source}, {len(graph)} triples each, one Turtle file per copy")
    return graph.serialize(format="turtle"), "barnet"


def write_corpus(turtle: str, place: str, copies: int, folder: Path) -> list[Path]:
    pattern = re.compile(r"(<https://w3id\.org/inspection-kg/id/[^>]*>)")
    word = re.compile(rf"\b{place}\b")
    paths = []
    for i in range(copies):
        path = folder / f"report-{i:04d}.ttl"
        path.write_text(pattern.sub(lambda m: word.sub(f"{place}-{i:04d}", m.group(1)), turtle),
                        encoding="utf-8")
        paths.append(path)
    return paths


def measure(copies: int, turtle: str, place: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = write_corpus(turtle, place, copies, Path(folder))
        started = time.perf_counter()
        stores = load_stores(paths)
        loaded = time.perf_counter()
        net = partnership_simple_graph(stores)  # what kg analyse builds
        built = time.perf_counter()
        analysis = analyse_network(net, reports=report_infos(stores))
        done = time.perf_counter()
    print(f"{copies:>5} reports: {sum(map(len, stores)):>9,} triples, {len(analysis.nodes):>6,} bodies, "
          f"{len(analysis.edges):>7,} ties, {len(analysis.communities):>5,} communities | "
          f"load {loaded - started:6.2f} s, network {built - loaded:6.2f} s, "
          f"analysis {done - built:6.2f} s (betweenness {analysis.betweenness_method}), "
          f"total {done - started:6.2f} s", flush=True)


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1, 100, 1000]
    turtle, place = sample_turtle()
    for size in sizes:
        measure(size, turtle, place)


if __name__ == "__main__":
    main(sys.argv[1:])
