"""Time every named query on 1, 100 and 1,000 reports: rdflib's SPARQL engine on the merged
in-memory graph against the on-disk Oxigraph store (one named graph per report).

    .venv/bin/python benchmarks/query_bench.py [--sizes 1,100,1000] [--budget 60]

rdflib runs each query in a forked child given the budget (seconds); past it the child is
stopped and the table says "> N s". A query that went over the budget at one size is skipped
at the larger sizes ("skipped").
"""
from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import corpus_graphs  # noqa: E402

from kg.graphio import NamedGraph  # noqa: E402
from kg.namespaces import new_graph  # noqa: E402
from kg.query import list_queries, run_query  # noqa: E402
from kg.store import load_named_graphs_into_store, open_store  # noqa: E402


def timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def _rdflib_child(conn, graph, text):
    start = time.perf_counter()
    result = run_query(graph, text, engine="rdflib")
    conn.send((time.perf_counter() - start, result.rows))
    conn.close()


def rdflib_within(graph, text, budget):
    """(seconds, rows) from rdflib's engine, or (None, None) when it passes the budget."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_rdflib_child, args=(child, graph, text))
    process.start()
    child.close()
    if parent.poll(budget):
        answer = parent.recv()
        process.join()
        return answer
    process.terminate()
    process.join()
    return None, None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,100,1000")
    parser.add_argument("--budget", type=float, default=60.0, help="rdflib seconds per query")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    queries = list_queries()
    rows = []
    over_budget: set[str] = set()
    for n in sizes:
        graphs = corpus_graphs(n)
        merged = new_graph()
        for graph in graphs:
            for triple in graph:
                merged.add(triple)
        with tempfile.TemporaryDirectory() as folder:
            load_time, _ = timed(lambda: load_named_graphs_into_store(
                [NamedGraph(f"r{i}", g) for i, g in enumerate(graphs)], folder))
            store = open_store(folder)
            print(f"# {n} reports: {len(merged):,} triples; store loaded in {load_time:.1f} s",
                  file=sys.stderr)
            for query in queries:
                run_query(store, query.text)  # warm the caches once
                store_time, result = timed(lambda: run_query(store, query.text))
                rdflib_time = None
                note = ""
                if query.name in over_budget:
                    note = "skipped"
                else:
                    rdflib_time, theirs = rdflib_within(merged, query.text, args.budget)
                    if rdflib_time is None:
                        note = f"> {args.budget:g} s"
                        over_budget.add(query.name)
                    elif theirs != result.rows:
                        note = "ROWS DIFFER"
                rows.append((query.name, n, len(result.rows), rdflib_time, store_time, note))
            del store
    print("| query | reports | rows | rdflib (s) | Oxigraph store (s) | rdflib / store |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, n, count, rdflib_time, store_time, note in rows:
        theirs = f"{rdflib_time:.3f}" if rdflib_time is not None else note
        ratio = f"{rdflib_time / store_time:,.0f}×" if rdflib_time is not None and store_time else "—"
        if note and rdflib_time is not None:
            ratio += f" {note}"
        print(f"| {name} | {n:,} | {count:,} | {theirs} | {store_time:.3f} | {ratio} |")


if __name__ == "__main__":
    main()
