"""The real corpus, step by step, against the floor of each step measured in the same run:
time, peak memory, and the ratio to the floor.

    .venv/bin/python benchmarks/corpus_bench.py [--repeat 10[,100]] [--corpus ../shared/corpus]
                                                [--skip extract,validate,x1,load:x100] [--trig FILE]

| step | what `kg` does | its floor |
|---|---|---|
| extract | `kg extract DIR -o corpus.trig` on the folder of PDFs | PDFium's text of every page, one process |
| load | `kg load corpus.trig --store DIR` (new store) | pyoxigraph's `bulk_load` of the same file into a new store |
| validate | `kg validate corpus.trig` | — (target: under a minute for ~430 reports) |
| analyse | `kg analyse corpus.trig --format json` | the graph library's own work on the network `kg` built: betweenness, PageRank and communities (networkx; igraph above 5,000 bodies), timed alone |

The corpus is the folder of real reports beside the repository (../shared/corpus); the script
says so and stops when it is absent. ``--repeat N`` (N > 1) also runs load, validate and analyse
on the extracted corpus repeated N times (``--repeat 10,100``: at each size), copy N's inspected
authority renamed (its IRI and the bodies local to it get a ``-cN`` suffix) and its report IRIs,
with every IRI under them, a ``cN-`` prefix, so that each copy is a report of its own while
national bodies and the trusts several councils share stay shared, as they are across real reports. Extraction runs on the
real PDFs only (a copy of a PDF would be the same report again). ``--skip x1`` leaves out the
steps on the corpus itself (only the repeated sizes run), ``STEP:xN`` a step at one size only
(``load:x100``); ``--trig FILE`` uses a corpus already extracted (``kg extract ../shared/corpus
-o FILE``) instead of extracting it again. The load average is printed before and after.

Every `kg` step runs as its own process, as a user runs it; its peak memory is the largest
process's maximum resident set (a worker's or the parent's), read with ``os.wait4``. The floors
run in their own processes too. The machine may be shared: figures move from run to run.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import KG, PDFIUM_FLOOR, run_measured  # noqa: E402

ID = "https://w3id.org/inspection-kg/id/"
AUTHORITY = re.compile(r"<https://w3id\.org/inspection-kg/def#inspectedAuthority> "
                       r"<https://w3id\.org/inspection-kg/id/body/council/([^>]+)>")

BULK_LOAD_FLOOR = """
import sys, pyoxigraph
store = pyoxigraph.Store(sys.argv[2])
store.bulk_load(path=sys.argv[1], format=pyoxigraph.RdfFormat.TRIG)
"""
NETWORKX_FLOOR = """
import sys, time
from kg.network import load_stores, partnership_simple_graph
from kg.network import algorithms
simple = partnership_simple_graph(load_stores([sys.argv[1]]))
start = time.perf_counter()
measured = algorithms.without_national_bodies(simple)
algorithms.betweenness(measured)
algorithms.pagerank(measured)
algorithms.communities(simple)
print(f"{time.perf_counter() - start:.3f} {simple.number_of_nodes()} {simple.number_of_edges()}")
"""

def repeated(trig: Path, copies: int, target: Path) -> int:
    """``trig`` repeated ``copies`` times as N-Quads, each copy's authority renamed; returns the
    number of reports."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    graphs: dict[str, list[str]] = {}
    for line in store.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode("utf-8").splitlines():
        name = line.rsplit(" ", 2)[-2] if line.endswith(" .") else ""
        graphs.setdefault(name, []).append(line)
    del store
    reports = 0
    with open(target, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for name, lines in graphs.items():
                text = "\n".join(lines) + "\n"
                match = AUTHORITY.search(text)
                if copy and match:
                    slug = match.group(1)
                    new = f"{slug}-c{copy}"
                    text = (text.replace(f"{ID}body/council/{slug}>", f"{ID}body/council/{new}>")
                            .replace(f"{ID}body/{slug}/", f"{ID}body/{new}/"))
                if copy:  # a report IRI (``report/335-anyshire-2021-10-04``) need not hold the slug
                    text = text.replace(f"{ID}report/", f"{ID}report/c{copy}-")
                out.write(text)
                reports += 1
    return reports


def row(step: str, reports: int, seconds: float, peak: float, floor: tuple[float, float] | None,
        note: str = "") -> str:
    if floor:
        ratio = f"{seconds / floor[0]:.1f}× / {peak / floor[1]:.1f}×"
        floor_text = f"{floor[0]:.2f} s, {floor[1]:.0f} MB"
    else:
        ratio, floor_text = "—", "—"
    return (f"| {step} | {reports:,} | {seconds:.2f} | {peak:.0f} | {floor_text} | {ratio} | {note} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", default="1",
                        help="also run load, validate and analyse on the corpus repeated N times "
                             "(several sizes: 10,100)")
    parser.add_argument("--skip", default="",
                        help="steps to leave out: extract,load,validate,analyse; x1 leaves out the "
                             "corpus itself (only the repeated sizes); STEP:xN a step at one size "
                             "(load:x100)")
    parser.add_argument("--trig", type=Path, help="the corpus already extracted (TriG): extract "
                                                  "is not run")
    args = parser.parse_args()
    skips = set(filter(None, args.skip.split(",")))
    steps = ("extract", "load", "validate", "analyse")
    skip = skips
    pdfs = sorted(args.corpus.glob("*.pdf")) if args.corpus.is_dir() else []
    if not pdfs:
        print(f"no corpus at {args.corpus} (a folder of report PDFs): nothing to measure")
        return
    print(f"corpus: {len(pdfs)} PDFs in {args.corpus}; {os.cpu_count()} cores; "
          f"python {sys.version.split()[0]}; load average {_load_average()}\n")
    print("| step | reports | s | peak MB | floor | ratio (time / memory) | note |")
    print("|---|---:|---:|---:|---|---|---|")
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        trig = work / "corpus.trig"
        if args.trig:
            shutil.copyfile(args.trig, trig)
        else:
            seconds, _cpu, peak, _ = run_measured(KG + ["extract", str(args.corpus), "-o", str(trig), "--quiet"])
        reports = len(re.findall(rb"a ikg:InspectionReport|#InspectionReport>", trig.read_bytes()))
        if "extract" not in skip and not args.trig:
            floor_s, _cpu, floor_mb, pages = run_measured([sys.executable, "-c", PDFIUM_FLOOR, *map(str, pdfs)])
            print(row("extract", reports, seconds, peak, (floor_s, floor_mb),
                      f"{len(pdfs)} PDFs, {pages.strip()} pages; {reports} reports read"), flush=True)
        sizes = [] if "x1" in skip else [(1, trig, reports)]
        for repeat in sorted({int(n) for n in args.repeat.split(",") if n.strip()} - {1}):
            big = work / f"corpus-x{repeat}.nq"
            sizes.append((repeat, big, repeated(trig, repeat, big)))
        for copies, data, count in sizes:
            label = "" if copies == 1 else f" ×{copies}"
            skip = {step for step in steps if step in skips or f"{step}:x{copies}" in skips}
            if "load" not in skip:
                store = work / f"store{copies}"
                floor_store = work / f"floor-store{copies}"
                floor_s, _cpu, floor_mb, _ = run_measured(
                    [sys.executable, "-c", BULK_LOAD_FLOOR.replace("TRIG", "N_QUADS" if data.suffix == ".nq" else "TRIG"),
                     str(data), str(floor_store)])
                seconds, _cpu, peak, _ = run_measured(KG + ["load", str(data), "--store", str(store)])
                print(row("load" + label, count, seconds, peak, (floor_s, floor_mb),
                          f"{data.stat().st_size / 1e6:.1f} MB of RDF"), flush=True)
                shutil.rmtree(store, ignore_errors=True)
                shutil.rmtree(floor_store, ignore_errors=True)
            if "validate" not in skip:
                seconds, _cpu, peak, _ = run_measured(KG + ["validate", str(data), "--format", "json"])
                print(row("validate" + label, count, seconds, peak, None,
                          "target: < 60 s at ~430 reports"), flush=True)
            if "analyse" not in skip:
                floor_s, _cpu, floor_mb, floor_out = run_measured([sys.executable, "-c", NETWORKX_FLOOR, str(data)])
                nx_seconds, nodes, edges = floor_out.split()
                seconds, _cpu, peak, _ = run_measured(KG + ["analyse", str(data), "--format", "json"])
                print(row("analyse" + label, count, seconds, peak, (float(nx_seconds), floor_mb),
                          f"{int(nodes):,} bodies, {int(edges):,} ties"), flush=True)
    print(f"\nload average at the end: {_load_average()}")


def _load_average() -> str:
    """The 1, 5 and 15 minute load averages: how busy the shared machine was."""
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
