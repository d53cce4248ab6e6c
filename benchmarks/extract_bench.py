"""Extraction time per report: the sample and every fixture report, parse and graph separately,
best of N runs (interpreter start-up excluded). Prints a table; asserts nothing."""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from kg.frameworks import parse_report
from kg.rdf import report_to_graph
from kg.reading import read_report_text

ROOT = Path(__file__).parents[1]
REPORTS = [ROOT / "kg" / "samples" / "barnet-2012-slac.txt", *sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))]
shared_pdf = ROOT.parent / "shared" / "reports" / "kent-2013-lac.pdf"
if shared_pdf.exists():
    REPORTS.append(shared_pdf)
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def best(fn, runs=RUNS):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), value


print(f"{'report':40} {'read s':>8} {'parse s':>8} {'graph s':>8} {'total s':>8} {'triples':>8}")
totals = []
for path in REPORTS:
    read_s, text = best(lambda: read_report_text(path))
    parse_s, report = best(lambda: parse_report(text, path.name))
    graph_s, graph = best(lambda: report_to_graph(report))
    total = read_s + parse_s + graph_s
    totals.append(total)
    print(f"{path.name:40} {read_s:8.3f} {parse_s:8.3f} {graph_s:8.3f} {total:8.3f} {len(graph):8d}")
print(f"median per report: {statistics.median(totals):.3f} s; worst: {max(totals):.3f} s (aim: well under 1 s)")
