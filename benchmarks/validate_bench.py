"""Time `kg validate` on the real reports of ../shared/corpus and on them repeated N times,
against the floor of reading the same graphs, measured in the same run.

    .venv/bin/python benchmarks/validate_bench.py [--repeat 10] [--corpus ../shared/corpus]
                                                  [--trig corpus.trig] [--keep DIR]

The corpus is extracted once (`kg extract DIR -o corpus.trig`; or give ``--trig`` an extracted
one). ``--repeat N`` also validates it repeated N times as N-Quads, each copy its own reports:
copy i's report IRIs (which are also its graph names) become ``id:report/c{i}-…`` and its
inspected authority and the bodies local to it get a ``-c{i}`` suffix, so national bodies and
shared trusts stay shared as they are across real reports, and every copy is one report per
graph, as `kg extract` writes them. Each copy gives the same findings as the original, so the
repeated corpus must give N times the original's counts: the script checks it.

Each `kg validate … --format json` runs as its own process, as a user runs it (its worker
processes included: wall time, CPU time of the process and its workers, from ``os.wait4``).
The floor, in the same run and the same number of processes, is what no validation can skip:
reading each report's graph out of the corpus file into an rdflib memory graph. The machine may
be shared: the ratio to the floor moves less than the times do.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import KG, run_measured  # noqa: E402

ID = "https://w3id.org/inspection-kg/id/"
AUTHORITY = "https://w3id.org/inspection-kg/def#inspectedAuthority"
TARGET_SECONDS, TARGET_REPORTS = 60.0, 430

READING_FLOOR = """
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from kg.validation import _dataset_graphs, _graph_from_ntriples

def read(item):
    return len(_graph_from_ntriples(item[1]))

named = _dataset_graphs(Path(sys.argv[1]))
with ProcessPoolExecutor() as pool:
    print(sum(pool.map(read, named, chunksize=4)))
"""


def repeated(trig: Path, copies: int, target: Path) -> int:
    """``trig`` repeated ``copies`` times as N-Quads, each copy's reports and authority renamed
    (see the module docstring); returns the number of report graphs written."""
    import pyoxigraph

    quads = list(pyoxigraph.parse(path=str(trig), format=pyoxigraph.RdfFormat.TRIG))
    authority_of: dict[str, str] = {}
    for quad in quads:
        if quad.predicate.value == AUTHORITY and isinstance(quad.graph_name, pyoxigraph.NamedNode):
            authority_of[quad.graph_name.value] = quad.object.value.rsplit("/", 1)[-1]

    def renamed(term, copy: int, slug: str | None):
        if not isinstance(term, pyoxigraph.NamedNode):
            return term
        text = term.value
        if text.startswith(f"{ID}report/"):
            return pyoxigraph.NamedNode(f"{ID}report/c{copy}-{text[len(ID) + 7:]}")
        if slug and text == f"{ID}body/council/{slug}":
            return pyoxigraph.NamedNode(f"{text}-c{copy}")
        if slug and text.startswith(f"{ID}body/{slug}/"):
            return pyoxigraph.NamedNode(f"{ID}body/{slug}-c{copy}/{text[len(ID) + 6 + len(slug):]}")
        return term

    graphs = {quad.graph_name for quad in quads if isinstance(quad.graph_name, pyoxigraph.NamedNode)}
    with open(target, "wb") as out:
        for copy in range(copies):
            if copy == 0:
                out.write(pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS))
                continue
            copied = []
            for quad in quads:
                graph = quad.graph_name
                slug = authority_of.get(graph.value) if isinstance(graph, pyoxigraph.NamedNode) else None
                copied.append(pyoxigraph.Quad(*(renamed(t, copy, slug) for t in
                                                (quad.subject, quad.predicate, quad.object, graph))))
            out.write(pyoxigraph.serialize(copied, format=pyoxigraph.RdfFormat.N_QUADS))
    return len(graphs) * copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--trig", type=Path, help="an extracted corpus (skips the extraction)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--keep", type=Path, help="keep the JSON results in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        trig = args.trig
        if trig is None:
            if not args.corpus.is_dir() or not any(args.corpus.glob("*.pdf")):
                print(f"no corpus at {args.corpus} (a folder of report PDFs): nothing to measure")
                return
            trig = work / "corpus.trig"
            run_measured(KG + ["extract", str(args.corpus), "-o", str(trig), "--quiet"])
        sizes = [(1, trig)]
        if args.repeat > 1:
            big = work / f"corpus-x{args.repeat}.nq"
            repeated(trig, args.repeat, big)
            sizes.append((args.repeat, big))
        print(f"{os.cpu_count()} cores; python {sys.version.split()[0]}; corpus {trig.name}\n")
        print("| corpus | reports | results | wall s | CPU s | CPU s / report | floor: reading, wall / CPU s "
              "| ratio to floor (wall) |")
        print("|---|---:|---:|---:|---:|---:|---|---:|")
        counts_of_one = None
        for copies, data in sizes:
            floor_wall, floor_cpu, _peak, _ = run_measured([sys.executable, "-c", READING_FLOOR, str(data)])
            wall, cpu, _peak, out = run_measured(KG + ["validate", str(data), "--format", "json", "-q"])
            summary = json.loads(out)
            reports = len(summary["reports"])
            counts = summary["counts"]
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / f"validate-x{copies}.json").write_text(out, encoding="utf-8")
            label = "../shared/corpus" if copies == 1 else f"×{copies}"
            results = ", ".join(f"{n:,} {s}{'' if n == 1 else 's'}" for s, n in counts.items() if n)
            print(f"| {label} | {reports:,} | {results or 'none'} | {wall:.1f} | {cpu:.1f} | {cpu / reports:.3f} "
                  f"| {floor_wall:.1f} / {floor_cpu:.1f} | {wall / floor_wall:.1f}× |", flush=True)
            if copies == 1:
                counts_of_one = counts
            elif counts_of_one is not None:
                expected = {s: n * copies for s, n in counts_of_one.items()}
                verdict = "yes" if counts == expected else f"NO (expected {expected})"
                print(f"\n×{copies} gives {copies} times the findings of one copy: {verdict}")
                at_target = wall * TARGET_REPORTS / reports
                by_cpu = cpu * TARGET_REPORTS / reports / (os.cpu_count() or 1)
                print(f"scaled to {TARGET_REPORTS} reports: {at_target:.0f} s wall as measured, "
                      f"{by_cpu:.0f} s by CPU time on {os.cpu_count()} free cores "
                      f"(target under {TARGET_SECONDS:.0f} s: {'yes' if at_target < TARGET_SECONDS else 'NO'} / "
                      f"{'yes' if by_cpu < TARGET_SECONDS else 'NO'})")


if __name__ == "__main__":
    main()
