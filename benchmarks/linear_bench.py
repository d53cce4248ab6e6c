"""Does extraction grow linearly with the size of its input? One report's text is made 1, 2, 4 and
8 MB long (its title block once, then its numbered paragraphs again and again, numbered on), and
each size is extracted end to end (clean text → document model → graph). Prints the seconds per
size, the seconds per MB and the ratio of the 8 MB time to the 1 MB time (linear: 8; the aim:
within 10). Asserts nothing.

    python benchmarks/linear_bench.py               # 1, 2, 4, 8 MB
    python benchmarks/linear_bench.py 1 2           # chosen sizes, in MB
    python benchmarks/linear_bench.py --profile 2   # and where the time goes at the largest size
"""
from __future__ import annotations

import cProfile
import io
import pstats
import re
import sys
import time
from pathlib import Path

from kg.extract import parse_report
from kg.rdf import report_to_graph
from kg.reading import clean_text

ROOT = Path(__file__).parents[1]
REPORT = ROOT / "tests" / "fixtures" / "reports" / "kent-2013-lac.txt"
_NUMBERED = re.compile(r"(?m)^(\d{1,3})\.(?=\s)")


def text_of_size(megabytes: float) -> str:
    """The report with its numbered paragraphs repeated until the text is ``megabytes`` long,
    every paragraph numbered one more than the one before; what comes before the first and after
    the last paragraph (title block, findings table) stays once. The paragraphs are where the
    parser itself finds them."""
    text = clean_text(REPORT.read_text(encoding="utf-8"))
    paragraphs = parse_report(text, source=REPORT.name).paragraphs
    start, end = paragraphs[0].span.start, paragraphs[-1].span.end
    head, body, tail = text[:start], text[start:end].rstrip("\n") + "\n\n", text[end:]
    target = int(megabytes * 1024 * 1024)
    parts, size, number = [head], len(head) + len(tail), 0

    def renumber(_match: re.Match) -> str:
        nonlocal number
        number += 1
        return f"{number}."

    while size < target:
        copy = _NUMBERED.sub(renumber, body)
        parts.append(copy)
        size += len(copy)
    parts.append(tail.lstrip("\n"))
    return "".join(parts)


def extract(text: str) -> tuple[float, float, int, int]:
    """Seconds to parse, seconds to make the graph, paragraphs found, triples."""
    cleaned = clean_text(text)
    start = time.perf_counter()
    report = parse_report(cleaned, source="bench.txt")
    parsed = time.perf_counter()
    graph = report_to_graph(report)
    done = time.perf_counter()
    return parsed - start, done - parsed, len(report.paragraphs), len(graph)


def main(argv: list[str]) -> None:
    profile = "--profile" in argv
    sizes = [float(a) for a in argv if a != "--profile"] or [1, 2, 4, 8]
    print(f"{'MB':>4} {'parse s':>9} {'graph s':>9} {'total s':>9} {'s per MB':>9} {'paragraphs':>11} {'triples':>9}")
    totals = {}
    for megabytes in sizes:
        text = text_of_size(megabytes)
        parse_s, graph_s, paragraphs, triples = extract(text)
        total = parse_s + graph_s
        totals[megabytes] = total
        print(f"{megabytes:4g} {parse_s:9.2f} {graph_s:9.2f} {total:9.2f} {total / megabytes:9.2f} "
              f"{paragraphs:11d} {triples:9d}", flush=True)
    smallest, largest = min(totals), max(totals)
    if largest > smallest:
        ratio = totals[largest] / totals[smallest]
        print(f"{largest:g} MB takes {ratio:.1f}x the time of {smallest:g} MB (linear: "
              f"{largest / smallest:g}x; aim: within {1.25 * largest / smallest:g}x)")
    if profile:
        profiler = cProfile.Profile()
        text = text_of_size(largest)
        profiler.enable()
        extract(text)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        print(f"\nwhere the time goes at {largest:g} MB (own time per function):")
        print("\n".join(out.getvalue().splitlines()[4:]))


if __name__ == "__main__":
    main(sys.argv[1:])
