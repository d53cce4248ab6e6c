"""Where ``kg analyse FILE --format json`` spends its time, phase by phase, in one process.

The phases are the library calls ``kg analyse`` makes, in its order: Oxigraph loading the file
(``load_stores``), the network's SPARQL queries and the reading of their rows (``select_many``,
timed by wrapping it), turning the rows into the network's parts in Python, building the
networkx graph, the reports, the measures (``analyse_network``) and the JSON (``to_dict`` and
orjson). Each line gives the wall time, the user and system CPU time of the phase, and the
process's peak memory so far; the last line is the SHA-256 of the JSON ``kg analyse`` writes,
to compare two versions of the code on one input.

The machine is shared and its system time (page faults) moves from run to run: compare two
versions in alternating runs, in one session.

Run: .venv/bin/python benchmarks/analyse_phases.py FILE   (e.g. a ×100 repetition of the corpus,
made by ``corpus_bench.repeated``)
"""
from __future__ import annotations

import hashlib
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.network import build  # noqa: E402
from kg.network.analysis import analyse_network, json_bytes  # noqa: E402
from kg.network.build import paused_gc  # noqa: E402
from kg.network.sources import load_stores, report_infos  # noqa: E402


class Phases:
    """Prints each phase's wall, user and system time as it ends."""

    def __init__(self) -> None:
        self.wall, self.usage = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)

    def end(self, name: str) -> None:
        wall, usage = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
        print(f"{name:<9} wall {wall - self.wall:6.2f} s  user {usage.ru_utime - self.usage.ru_utime:6.2f} s"
              f"  sys {usage.ru_stime - self.usage.ru_stime:5.2f} s  peak {usage.ru_maxrss / 1024:6.0f} MB",
              flush=True)
        self.wall, self.usage = wall, usage


def main(path: str) -> None:
    phases = Phases()
    select_many = build.select_many

    def timed_queries(source, queries, workers=2):
        rows = select_many(source, queries, workers)
        phases.end("queries")
        return rows

    build.select_many = timed_queries  # the queries' end splits them from the Python after them
    stores = load_stores([path])
    phases.end("load")
    with paused_gc():  # as kg analyse runs
        kinds = build.check_edge_kinds(build.EDGE_KINDS)
        parts = build._parts(stores, kinds)
        phases.end("parts")
        simple = build._simple_from_parts(parts, ",".join(kinds))
        del parts
        phases.end("build")
        reports = report_infos(stores)
        phases.end("reports")
        analysis = analyse_network(simple, reports=reports)
        phases.end("measures")
        data = json_bytes(analysis.to_dict()) + b"\n"
        phases.end("json")
    print(f"{len(simple):,} bodies, {simple.number_of_edges():,} ties; "
          f"JSON {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.rsplit("Run: ", 1)[-1])
    main(sys.argv[1])
