"""Start-up time of the ``kg`` command: the wall-clock time of a few short commands, each run
in a fresh process (the way a script calls it), best and median of several runs, and which
heavy libraries each one imported.

    .venv/bin/python benchmarks/startup_bench.py [--runs 7]

The aim (issue 13): ``kg --help`` and a small ``kg query`` well under 0.3 s, because a command
imports rdflib, pySHACL, networkx, matplotlib and pyoxigraph only when it needs them.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("rdflib", "rdflib.plugins.sparql", "pyshacl", "networkx", "matplotlib", "numpy", "pyoxigraph")
#: Prints the heavy modules a command imported, after running it as ``kg`` would.
PROBE = (
    "import sys, runpy\n"
    "sys.argv = ['kg'] + sys.argv[1:]\n"
    "try:\n"
    "    runpy.run_module('kg', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    f"sys.stderr.write('imported: ' + ' '.join(m for m in {HEAVY!r} if m in sys.modules) + '\\n')\n"
)


def timed_run(args: list[str] | None) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run in a fresh process; the CPU time
    moves less than the wall clock on a machine shared with other work."""
    command = [sys.executable, "-c", "pass"] if args is None else [sys.executable, "-m", "kg", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def imported(args: list[str]) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    lines = [line for line in done.stderr.splitlines() if line.startswith("imported:")]
    return (lines[-1].removeprefix("imported:").strip() or "none") if lines else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(tmp) / "sample.ttl"
        subprocess.run([sys.executable, "-m", "kg", "extract", "kg/samples/barnet-2012-slac.txt",
                        "-o", str(graph)], cwd=ROOT, check=True, capture_output=True)
        commands = {
            "python -c pass (the floor)": None,
            "kg --help": ["--help"],
            "kg query --list": ["query", "--list"],
            "kg query sample.ttl --name reports": ["query", str(graph), "--name", "reports"],
            "kg query sample.ttl 'ASK {…}'": ["query", str(graph), "ASK { ?r a ikg:InspectionReport }"],
            "kg validate --help": ["validate", "--help"],
        }
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {options.runs} runs each")
        print(f"{'command':<40} {'wall best':>9} {'median':>7} {'cpu best':>9}  heavy libraries imported")
        for label, args in commands.items():
            runs = [timed_run(args) for _ in range(options.runs)]
            walls, cpus = [w for w, _ in runs], [c for _, c in runs]
            heavy = "" if args is None else imported(args)
            print(f"{label:<40} {min(walls):>9.3f} {statistics.median(walls):>7.3f} {min(cpus):>9.3f}  {heavy}")


if __name__ == "__main__":
    main()
