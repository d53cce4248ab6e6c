"""Start-up time of the ``kg`` command: the wall-clock time of a few short commands, each run
in a fresh process (the way a script calls it), best and median of several runs, and which
heavy libraries each one imported.

    .venv/bin/python benchmarks/startup_bench.py [--runs 7]

The aim (issue 13): ``kg --help`` and a small ``kg query`` well under 0.3 s, because a command
imports rdflib, pySHACL, networkx, matplotlib and pyoxigraph only when it needs them.
"""
from __future__ import annotations

import argparse
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


def timed_run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


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
        print(f"{'command':<40} {'best s':>7} {'median s':>9}  heavy libraries imported")
        for label, args in commands.items():
            if args is None:
                times = []
                for _ in range(options.runs):
                    start = time.perf_counter()
                    subprocess.run([sys.executable, "-c", "pass"], check=True)
                    times.append(time.perf_counter() - start)
                print(f"{label:<40} {min(times):>7.3f} {statistics.median(times):>9.3f}")
                continue
            times = [timed_run(args) for _ in range(options.runs)]
            print(f"{label:<40} {min(times):>7.3f} {statistics.median(times):>9.3f}  {imported(args)}")


if __name__ == "__main__":
    main()
