"""Does finding bodies stay linear on one paragraph with no sentence end? Text that is no prose
(a table's cells run together, a list without full stops, hostile input) can hold a "sentence"
of hundreds of thousands of characters; the finders' work on one sentence grows faster than its
length, so ``kg.sentences`` reads such a run in pieces. For each kind of run below, one
paragraph of about 25, 50, 100 and 200 thousand characters is read by ``find_bodies``; prints the
seconds per size and the ratio of the largest time to the smallest (linear: 8). Asserts nothing.

    python benchmarks/long_sentence_bench.py
"""
from __future__ import annotations

import time

from kg.entities import find_bodies
from kg.model import Report

#: One unit of each kind of run, repeated without a sentence end.
RUNS = {
    "short forms defined": "the Anyshire Youth Offending Service (AYOS) works with the Wyre Valley Partnership (WVP) and ",
    "names known as": "the edge of care team, known as Horizons, and the duty team, known locally as Front Door, ",
    "names in capitals": "Anyshire Family Support Team and the Wyre Valley Youth Service known as Horizons, ",
    "teams in lower case": "the duty and assessment team works with the edge of care service and the virtual school and ",
    "names in quotes": "'Right 2 Voice' and 'Upwards and Onwards' (UnO) and the 'Grow your own' scheme and ",
    "boards and sub-groups": "The Anyshire Safeguarding Children Partnership (ASCP) Learning and Development Sub-group, "
                             "the MASH Steering Group and the Youth Justice Management Board ",
    "places joined by and": "Kent and Surrey Youth and Devon Action and Essex Parent and ",
}
SIZES = (25_000, 50_000, 100_000, 200_000)


def seconds(text: str) -> float:
    report = Report.of_paragraphs([text], authority="Anyshire", source="bench.txt")
    start = time.perf_counter()
    find_bodies(report)
    return time.perf_counter() - start


def main() -> None:
    print(f"{'run':<24}" + "".join(f"{size // 1000:>8}k" for size in SIZES) + "   ratio")
    for name, unit in RUNS.items():
        times = [seconds(unit * (size // len(unit) + 1)) for size in SIZES]
        print(f"{name:<24}" + "".join(f"{t:>8.2f}s" for t in times) + f"   {times[-1] / max(times[0], 1e-6):5.1f}")


if __name__ == "__main__":
    main()
