"""Extraction speed. First the folder of real reports against the PDFium floor, measured in the
same run: ``kg extract DIR -o corpus.trig`` (every core) and PDFium's text of every page (one
process), each run ``--runs`` times in turn, with the median wall time, the CPU time of the
whole process tree (parent and workers), the peak memory (the largest process's maximum
resident set, from ``os.wait4``) and the ratios. The CPU ratio does not move when other work
shares the machine; the wall ratio does. Then where the CPU time goes, stage by stage, over the
same reports in one process (``--stages``), and last the time per report of the sample and the
fixture reports, parse and graph separately (best of N). Asserts nothing.

    .venv/bin/python benchmarks/extract_bench.py [--corpus ../shared/corpus] [--runs 3]
                                                 [--stages] [--nquads FILE] [--no-fixtures]

``--nquads FILE`` writes the corpus extraction as sorted N-Quads, one statement a line, for
comparing the graphs of two versions byte for byte (``cmp before.nq after.nq``).
"""
from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import KG, PDFIUM_FLOOR, run_measured  # noqa: E402

#: The stages timed by ``--stages``: (module, function, label); none calls another.
STAGES = [
    ("kg.reading", "pdf_text", "read: PDFium text (the floor's own work)"),
    ("kg.reading", "clean_text", "read: cleaning (headers, wrapping)"),
    ("kg.frameworks.later", "repair_text", "parse: text repair"),
    ("kg.frameworks.later", "parse_title_block", "parse: title block"),
    ("kg.frameworks.later", "parse_body", "parse: paragraphs and headings"),
    ("kg.entities", "find_bodies", "parse: bodies (kg.entities)"),
    ("kg.statistics", "find_statistics", "parse: figures"),
    ("kg.relations", "find_relations", "parse: relations (kg.relations)"),
    ("kg.rdf", "report_triples", "graph: triples"),
    ("kg.rdf", "ntriples_of", "graph: N-Triples"),
]


def corpus_against_floor(corpus: Path, pdfs: list[Path], runs: int, nquads: Path | None) -> None:
    print(f"corpus: {len(pdfs)} PDFs in {corpus}; {os.cpu_count()} cores; {runs} runs of each, in turn "
          f"(figures are medians; load average {os.getloadavg()[0]:.1f} at the start)\n")
    kg, floor = [], []
    with tempfile.TemporaryDirectory() as work:
        trig = Path(work) / "corpus.trig"
        for _ in range(runs):
            floor.append(run_measured([sys.executable, "-c", PDFIUM_FLOOR, *map(str, pdfs)])[:3])
            kg.append(run_measured(KG + ["extract", str(corpus), "-o", str(trig), "--quiet"])[:3])
        if nquads:
            import pyoxigraph

            quads = pyoxigraph.parse(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
            lines = sorted({f"{quad} ." for quad in quads})
            nquads.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{len(lines):,} statements written to {nquads}\n")
    wall, cpu, peak = (statistics.median(m[i] for m in kg) for i in range(3))
    floor_wall, floor_cpu, floor_peak = (statistics.median(m[i] for m in floor) for i in range(3))
    print("| | wall s | CPU s | peak MB |")
    print("|---|---:|---:|---:|")
    print(f"| `kg extract DIR -o corpus.trig` | {wall:.2f} | {cpu:.2f} | {peak:.0f} |")
    print(f"| PDFium text of every page, one process | {floor_wall:.2f} | {floor_cpu:.2f} | {floor_peak:.0f} |")
    print(f"| ratio | {wall / floor_wall:.1f}× | {cpu / floor_cpu:.1f}× | {peak / floor_peak:.1f}× |")
    print(f"\nevery run (wall s): kg {', '.join(f'{m[0]:.1f}' for m in kg)}; "
          f"floor {', '.join(f'{m[0]:.1f}' for m in floor)}\n")


def stages(pdfs: list[Path]) -> None:
    """CPU seconds of each stage over every report, in this one process (a worker's work)."""
    from kg import corpus

    corpus._warm_shared_resources()
    spent: dict[str, float] = defaultdict(float)

    def timed(function, label):
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start
        return wrapper

    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        setattr(module, name, timed(getattr(module, name), label))
    start = time.process_time()
    for path in pdfs:
        corpus._graph_one(path)
    total = time.process_time() - start
    print(f"where a worker's CPU time goes over the {len(pdfs)} reports, in one process: {total:.2f} s\n")
    print("| stage | CPU s | share |")
    print("|---|---:|---:|")
    for _module, _name, label in STAGES:
        print(f"| {label} | {spent[label]:.2f} | {spent[label] / total:.0%} |")
    rest = total - sum(spent.values())
    print(f"| everything else (framework detection, judgement lists, checks, summary) | {rest:.2f} | {rest / total:.0%} |\n")


def fixtures(runs: int = 5) -> None:
    from kg.frameworks import parse_report
    from kg.rdf import report_to_graph
    from kg.reading import read_report_text

    reports = [ROOT / "kg" / "samples" / "barnet-2012-slac.txt", *sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))]
    shared_pdf = ROOT.parent / "shared" / "reports" / "kent-2013-lac.pdf"
    if shared_pdf.exists():
        reports.append(shared_pdf)

    def best(fn):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            value = fn()
            times.append(time.perf_counter() - start)
        return min(times), value

    print(f"{'report':40} {'read s':>8} {'parse s':>8} {'graph s':>8} {'total s':>8} {'triples':>8}")
    totals = []
    for path in reports:
        read_s, text = best(lambda: read_report_text(path))
        parse_s, report = best(lambda: parse_report(text, path.name))
        graph_s, graph = best(lambda: report_to_graph(report))
        total = read_s + parse_s + graph_s
        totals.append(total)
        print(f"{path.name:40} {read_s:8.3f} {parse_s:8.3f} {graph_s:8.3f} {total:8.3f} {len(graph):8d}")
    print(f"median per report: {statistics.median(totals):.3f} s; worst: {max(totals):.3f} s (aim: well under 1 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=3, help="runs of kg and of the floor, in turn (0: none)")
    parser.add_argument("--stages", action="store_true", help="where the CPU time goes, stage by stage")
    parser.add_argument("--nquads", type=Path, help="write the corpus extraction here as sorted N-Quads")
    parser.add_argument("--no-fixtures", action="store_true", help="leave out the per-report table")
    args = parser.parse_args()
    pdfs = sorted(args.corpus.glob("*.pdf")) if args.corpus.is_dir() else []
    if pdfs:
        if args.runs > 0:
            corpus_against_floor(args.corpus, pdfs, args.runs, args.nquads)
        if args.stages:
            stages(pdfs)
    else:
        print(f"no corpus at {args.corpus} (a folder of report PDFs): the corpus is not measured\n")
    if not args.no_fixtures:
        fixtures()


if __name__ == "__main__":
    main()
