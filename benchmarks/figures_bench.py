"""Recall and precision of the figure finder against hand-read reports.

Each file of tests/fixtures/figures/ lists the figures a careful reader finds in one report of the
development corpus (../shared/corpus): counts, percentages, proportions, rates, sums of money and
measured durations, each with its value, its kind and a short quote of the text around it. This
script parses each report, locates every quote in the report's cleaned text and counts a figure
as found when the finder gives a figure of the same value inside the quote. It prints, separately
for the reports used while tuning and for the held-out ones (``"held_out": true``, first scored
unseen; each file's _comment says what was seen since):

* recall per kind of figure, and in all;
* precision: the figures found that a careful reader lists.

    python benchmarks/figures_bench.py [-v] [--tuned]
        -v        list what was missed and what was extra, report by report (tuned reports only,
                  unless --all-verbose)
        --tuned   score only the reports used while tuning (keep the held-out ones unseen)

Asserts nothing; prints figures. Skips (exit 0) when ../shared/corpus is absent.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.errors import KgError  # noqa: E402
from kg.extract import parse_report_file  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "figures"
CORPUS = ROOT.parent / "shared" / "corpus"
ARGS = sys.argv[1:]
VERBOSE = "-v" in ARGS or "--all-verbose" in ARGS
VERBOSE_HELD_OUT = "--all-verbose" in ARGS
TUNED_ONLY = "--tuned" in ARGS

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00ad": None, "\u00a0": " "})


def folded(text: str) -> tuple[str, list[int]]:
    """The text in one spelling for comparison (lower case, one kind of quote and dash, one space
    for any run of white space, no hyphen at a line's end), and for each of its characters the
    offset of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "-" and index + 1 < length and text[index + 1] == "\n":
            index += 2  # a word broken at the line's end
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(index)
            index += 1
            continue
        mapped = "•" if "\uf000" <= char <= "\uf0ff" else char.translate(_FOLD).lower()  # a symbol font's bullet
        for piece in mapped:
            out.append(piece)
            where.append(index)
        index += 1
    return "".join(out), where


def same_value(found: float, expected: float) -> bool:
    return abs(found - expected) <= max(0.005, abs(expected) * 0.001)


def locate(quote: str, text: str, where: list[int], after: int) -> tuple[int, int] | None:
    """Where the quote stands in the report's text (offsets of the original), looking first after
    the previous figure's place (the same words may stand twice), then anywhere."""
    needle = folded(quote)[0].strip()
    if not needle:
        return None
    index = text.find(needle, after)
    if index < 0:
        index = text.find(needle)
    if index < 0:
        return None
    return where[index], where[index + len(needle) - 1] + 1


def score(fixture: dict) -> dict | None:
    path = CORPUS / fixture["report"]
    try:
        report = parse_report_file(path)
    except KgError as error:
        print(f"  {fixture['report']}: refused by the parser ({error}); not scored")
        return None
    text, where = folded(report.text)
    found = [s for s in report.statistics if s.span is not None]
    used = [False] * len(found)
    by_kind: Counter = Counter()
    found_by_kind: Counter = Counter()
    missed: list[str] = []
    unlocated: list[str] = []
    cursor = 0
    for figure in fixture["figures"]:
        kind = figure["kind"]
        by_kind[kind] += 1
        place = locate(figure["quote"], text, where, cursor)
        if place is None:
            unlocated.append(figure["quote"])
            missed.append(f"{figure['quote']} [quote not in the cleaned text]")
            continue
        start, end = place
        cursor = max(cursor, text.find(folded(figure["quote"])[0].strip(), cursor) + 1)
        match = next(
            (i for i, s in enumerate(found)
             if not used[i] and s.span.start < end and s.span.end > start and same_value(float(s.value), float(figure["value"]))),
            None,
        )
        if match is None:
            missed.append(f"{figure['value']} {kind}: {figure['quote']}")
        else:
            used[match] = True
            found_by_kind[kind] += 1
    extra = [f"{s.value} {s.unit}: {report.text[s.span.start:s.span.end]} … {s.measure}" for s, u in zip(found, used) if not u]
    return {
        "by_kind": by_kind,
        "found_by_kind": found_by_kind,
        "found": len(found),
        "matched": sum(used),
        "missed": missed,
        "unlocated": unlocated,
        "extra": extra,
    }


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "    — (0/0)"


def table(title: str, results: list[dict]) -> None:
    print(title)
    kinds: Counter = Counter()
    found: Counter = Counter()
    for result in results:
        kinds.update(result["by_kind"])
        found.update(result["found_by_kind"])
    print("  recall, per kind")
    for kind in sorted(kinds):
        print(f"  {kind:<28}{percent(found[kind], kinds[kind]):>20}")
    print(f"  {'figures (all)':<28}{percent(sum(found.values()), sum(kinds.values())):>20}")
    print(f"  {'precision':<28}{percent(sum(r['matched'] for r in results), sum(r['found'] for r in results)):>20}")
    unlocated = sum(len(r["unlocated"]) for r in results)
    if unlocated:
        print(f"  {'quotes not located':<28}{unlocated:>20}")
    print()


def main() -> None:
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to measure")
        return
    fixtures = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(FIXTURES.glob("*.json"))]
    tuned = [f for f in fixtures if not f.get("held_out")]
    held = [] if TUNED_ONLY else [f for f in fixtures if f.get("held_out")]
    results = {}
    for fixture in tuned + held:
        result = score(fixture)
        if result is None:
            continue
        results[fixture["report"]] = result
        if VERBOSE and (not fixture.get("held_out") or VERBOSE_HELD_OUT):
            print(f"  {fixture['report']}")
            for line in result["missed"]:
                print(f"    missed: {line}")
            for line in result["extra"]:
                print(f"    extra: {line}")
    if VERBOSE:
        print()
    names = lambda group: ", ".join(f["report"].split("__")[0] for f in group)  # noqa: E731
    table(f"Tuned reports: {len(tuned)} ({names(tuned)})", [results[f["report"]] for f in tuned if f["report"] in results])
    if held:
        table(f"Held-out reports (read by hand; first scored unseen, see each file's _comment): {len(held)} ({names(held)})",
              [results[f["report"]] for f in held if f["report"] in results])


if __name__ == "__main__":
    main()
