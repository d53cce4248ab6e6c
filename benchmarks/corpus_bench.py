"""Corpora of 10, 100 and 1,000 report TEXTS: extraction (parallel on every core), validation,
loading into the on-disk store and the library queries, with cost per report and peak memory.

    .venv/bin/python benchmarks/corpus_bench.py [--sizes 10,100,1000] [--validate-cap 100]

The corpus is made of the fixture texts (tests/fixtures/reports/*.txt and the sample), copied
with another council's name per copy (an alphabetic name generated from the copy number
replaces the authority's names) and dates shifted by whole years. Validation runs on the first
``--validate-cap`` graphs only and is extrapolated to the corpus (said so in the output).
Peak memory is ``resource.getrusage`` max RSS of this process and of its worker processes.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus import extract_reports, link_in_time  # noqa: E402
from kg.graphio import NamedGraph  # noqa: E402
from kg.query import list_queries, run_query  # noqa: E402
from kg.rdf import report_to_graph  # noqa: E402
from kg.store import load_named_graphs_into_store, open_store  # noqa: E402

LETTERS = "bcdfghklmnprstvw"
VOWELS = "aeiou"


def council_name(copy: int) -> str:
    """A pronounceable made-up place name per copy number: 'Bafeton', 'Cakiton'…"""
    letters = []
    n = copy
    for _ in range(3):
        letters.append(LETTERS[n % len(LETTERS)] + VOWELS[(n // len(LETTERS)) % len(VOWELS)])
        n //= len(LETTERS) * len(VOWELS)
    return ("".join(letters) + "ton").capitalize()


def base_texts() -> list[tuple[str, str, str]]:
    """(file name, text, authority short name) of each fixture report and the sample."""
    out = []
    paths = sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))
    paths.append(ROOT / "kg" / "samples" / "barnet-2012-slac.txt")
    for path in paths:
        expected = path.with_suffix(".expected.json")
        if not expected.exists():
            expected = ROOT / "tests" / "fixtures" / "reports" / (path.stem + ".expected.json")
        authority = json.loads(expected.read_text())["authority"] if expected.exists() else path.stem.split("-")[0]
        out.append((path.name, path.read_text(encoding="utf-8"), authority))
    return out


def short_place(authority: str) -> str:
    words = [w for w in re.split(r"[\s,]+", authority) if w and w[0].isupper()
             and w not in {"London", "Borough", "Council", "County", "City", "Metropolitan", "Of", "District"}]
    return words[-1] if words else authority


def variant_text(text: str, authority: str, copy: int) -> str:
    if copy == 0:
        return text
    place, new = short_place(authority), council_name(copy)
    text = text.replace(authority, f"{new} Council").replace(place, new).replace(place.upper(), new.upper())
    return re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + copy % 5), text)


def build_corpus(n: int, folder: Path) -> list[Path]:
    bases = base_texts()
    paths = []
    for i in range(n):
        name, text, authority = bases[i % len(bases)]
        copy = i // len(bases)
        path = folder / f"{copy:04d}-{name}"
        path.write_text(variant_text(text, authority, copy), encoding="utf-8")
        paths.append(path)
    return paths


def peak_mb() -> tuple[int, int]:
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--validate-cap", type=int, default=100)
    args = parser.parse_args()
    from kg.validation import validate_graph

    print("| reports | extract s (per report) | validate s (per report) | load s (per report) | "
          "queries s (slowest) | peak MB self / children |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as work:
            folder = Path(work) / "reports"
            folder.mkdir()
            paths = build_corpus(n, folder)
            start = time.perf_counter()
            corpus = extract_reports(paths)
            graphs = [report_to_graph(r) for r in corpus.reports]
            link_in_time(graphs)
            extract = time.perf_counter() - start
            cap = min(args.validate_cap, len(graphs))
            start = time.perf_counter()
            for graph in graphs[:cap]:
                validate_graph(graph)
            validate = (time.perf_counter() - start) / max(cap, 1) * len(graphs)
            start = time.perf_counter()
            store_dir = Path(work) / "store"
            load_named_graphs_into_store([NamedGraph(str(i), g) for i, g in enumerate(graphs)], store_dir)
            load = time.perf_counter() - start
            store = open_store(store_dir)
            times = {}
            for query in list_queries():
                start = time.perf_counter()
                run_query(store, query.text)
                times[query.name] = time.perf_counter() - start
            del store
            slowest = max(times, key=times.get)
            self_mb, child_mb = peak_mb()
            note = "" if cap == len(graphs) else f" (first {cap}, extrapolated)"
            print(f"| {n:,} ({len(corpus.failures)} failed) | {extract:.1f} ({extract / n * 1000:.0f} ms) | "
                  f"{validate:.1f}{note} ({validate / n * 1000:.0f} ms) | {load:.1f} ({load / n * 1000:.0f} ms) | "
                  f"{sum(times.values()):.1f} ({slowest} {times[slowest]:.1f}) | {self_mb} / {child_mb} |",
                  flush=True)


if __name__ == "__main__":
    main()
