"""Time SHACL validation (kg.validation.validate_graph, no inference) on 1, 10 and 100 reports'
graphs, validated report by report as `kg validate` does, and show how the time grows.

    .venv/bin/python benchmarks/validate_bench.py [--sizes 1,10,100]

The corpus is benchmarks/corpus.py: the sample's extracted graph and the fixture reports' graphs,
copied with distinct report IRIs and authorities.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import base_graphs, corpus_graphs  # noqa: E402

from kg.validation import load_shapes, validate_graph  # noqa: E402

ONE_REPORT_BUDGET = 2.0  # seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]

    start = time.perf_counter()
    shapes = load_shapes()
    shapes_time = time.perf_counter() - start
    sample = base_graphs()[0]

    # the first validation in a process also parses the SHACL-SPARQL queries once
    start = time.perf_counter()
    validate_graph(sample, shapes)
    cold = time.perf_counter() - start
    print(f"shapes parsed in {shapes_time:.3f} s; first validation of the sample ({len(sample)} triples), "
          f"cold: {cold:.2f} s")
    print()
    print(f"{'reports':>7}  {'triples':>8}  {'total s':>8}  {'s/report':>8}  {'growth':>14}  "
          f"{'violations':>10}  {'warnings':>8}")
    previous: tuple[int, float] | None = None
    one_report: float | None = None
    for n in sizes:
        graphs = corpus_graphs(n)
        triples = sum(len(g) for g in graphs)
        start = time.perf_counter()
        results = [validate_graph(g, shapes, name=f"report {i}") for i, g in enumerate(graphs)]
        total = time.perf_counter() - start
        violations = sum(r.count("violation") for r in results)
        warnings = sum(r.count("warning") for r in results)
        if n == 1:
            one_report = total
        growth = ""
        if previous:
            growth = f"×{total / previous[1]:.1f} for ×{n / previous[0]:.0f}"
        print(f"{n:>7}  {triples:>8}  {total:>8.2f}  {total / n:>8.3f}  {growth:>14}  "
              f"{violations:>10}  {warnings:>8}")
        previous = (n, total)
    print()
    if one_report is not None:
        verdict = "yes" if one_report < ONE_REPORT_BUDGET else "NO"
        print(f"one report under {ONE_REPORT_BUDGET:.0f} s (warm): {verdict} ({one_report:.2f} s); "
              f"cold, first in the process: {cold:.2f} s")
    print("growth is linear in the number of reports: each report's graph is validated on its own")


if __name__ == "__main__":
    main()
