"""Recall and precision of the entity finder against hand-read reports.

Each file of tests/fixtures/bodies/ lists the bodies a careful reader finds in one report of the
development corpus (../shared/corpus, or one of the framework samples beside it in
../shared/reports): category, full name, the short forms the report defines and
other names it uses. This script parses each report, matches the bodies found against the list
and prints, separately for the reports used while tuning and for the held-out ones (``"held_out":
true``, read by hand and first scored unseen; each file's _comment says what was seen since):

* recall of the named bodies, per category;
* recall of the short-form pairs (a short form is found when the body carrying it is);
* precision (bodies found that a careful reader lists) per body type found, and the suspected
  sentence fragments among the rest (a name starting or ending with a small word, an unbalanced
  quote, a subject and its verb in -s before the kind word: "authority decommissions services", a
  sentence's words run into a name: "people in Anyshire Youth Service", "Work with Anyshire Police").

Held-out reports are scored in a table of their own for each ``"set"`` they were delivered in;
the first score of a set, taken before any tuning, is recorded in its files' ``_comment``. Last,
the finder is scored against a second reader's list of a few tuned reports (``second/``, read
blind by another reader) beside the first reader's, to show how much of a score is the reader's.

    python benchmarks/entities_bench.py [-v] [--tuned] [--speed]
        -v        list what was missed and what was extra, report by report
        --tuned   score only the reports used while tuning (keep the held-out ones unseen)
        --speed   instead: the CPU time of finding bodies and ties in every PDF of the corpus,
                  against the floor measured in the same run (PDFium's text of the same PDFs)

Asserts nothing; prints figures. Skips (exit 0) when ../shared/corpus is absent.
"""
from __future__ import annotations

import functools
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import parse_report_file  # noqa: E402
from kg.errors import KgError  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "bodies"
CORPUS = ROOT.parent / "shared" / "corpus"
#: One sample report per framework, beside the corpus: a hand-read file may name one of these.
SAMPLES = ROOT.parent / "shared" / "reports"
VERBOSE = "-v" in sys.argv[1:]
TUNED_ONLY = "--tuned" in sys.argv[1:]  # while tuning: leave the held-out reports unread
SPEED = "--speed" in sys.argv[1:]

#: Words a body's name never starts or ends with: a name that does is a piece of a sentence.
_FRAGMENT_EDGE = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or", "that", "to",
    "which", "with", "who", "are", "was", "has", "have", "its", "their",
}
#: Whom a name may say it serves before "with" or "in" ("Children with Disabilities Team",
#: "Children in Care Council"): not a sentence's words run into a name.
_PEOPLE = {"children", "child", "families", "parents", "adults", "carers", "women", "men"}
#: A sentence's words before a name: a lower-case word, then a small word, then a capital
#: ("people in Anyshire Youth Service", "UASC living in Anyshire assessment centre"); or a
#: capitalised first word, then "with" or "the", then the name ("Work with Anyshire Police").
_RUN_IN = re.compile(r"(?:^|\s)([a-z][\w'’-]*)\s+(?:with|in|to|from|at|by|on)\s+[A-Z]")
_FIRST_WORD_RUN_IN = re.compile(r"^([A-Z][a-z]+)\s+(?:with|the)\s+[A-Z]")
#: A verb's particle first ("out partnership" of "sets out partnership aims"), not "out of hours".
_PARTICLE_FIRST = re.compile(r"^(?:out|up)\s+(?!of\b)", re.IGNORECASE)


def normalise(label: str, places: tuple[str, ...] = ()) -> str:
    """One spelling for comparison: case, quotes, hyphens, plurals, a leading "the" and the
    council's own name ("Hounslow Safeguarding Children Board" ~ "Safeguarding Children Board")."""
    text = label.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text)  # "Police (Leeds)": the council shown
    text = re.sub(r"\s*\([a-z0-9&]{2,8}\)\s+", " ", text)  # "multi-agency sexual exploitation (MASE) panel": a short form defined inside
    text = text.replace("well-being", "wellbeing").replace("well being", "wellbeing")
    text = re.sub(r"sub[- ]group", "subgroup", text)
    text = re.sub(r"[^a-z0-9/ ]+", " ", text.replace("'", ""))
    words = [w for w in text.split() if w]
    if words and words[0] == "the":
        words = words[1:]
    joined = " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)
    for place in sorted(places, key=len, reverse=True):
        place = normalise(place) if place else ""
        if place and joined.startswith(place + " ") and len(joined) > len(place) + 1:
            joined = joined[len(place) + 1 :]
            break
    joined = re.sub(r"^local (?=safeguarding children)", "", joined)
    return joined


def expected_labels(body: dict) -> list[str]:
    return [body["name"], *body.get("short_forms", []), *body.get("aka", [])]


def is_fragment(name: str) -> bool:
    words = re.findall(r"[A-Za-z'’]+", name)
    if not words:
        return True
    if name.count("'") % 2 and not re.search(r"\w'\w|s'\s|s'$", name):
        return True
    if name.count("‘") != name.count("’") - len(re.findall(r"\w’\w|s’(?:\s|$)", name)):
        return True
    plain = name.split()  # "multi-agency" is one word here, not "agency"
    if any(_verb_after_subject(plain[i - 1], plain[i]) for i in range(1, len(plain) - 1)):
        return True  # "authority decommissions services": a subject and its verb before the kind word
    run_in = _RUN_IN.search(name) or _FIRST_WORD_RUN_IN.match(name)
    if run_in and run_in.group(1).lower() not in _PEOPLE and run_in.group(1).lower() not in ("need", "care") \
            or _PARTICLE_FIRST.match(name):
        return True  # "people in Anyshire Youth Service", "Work with Anyshire Police", "out partnership"
    return words[0].lower() in _FRAGMENT_EDGE or words[-1].lower() in _FRAGMENT_EDGE or len(words) > 9


#: Singular nouns and pronouns that are a sentence's subject when a verb in -s follows them.
_SUBJECTS = {
    "authority", "council", "partnership", "board", "trust", "service", "team", "panel", "it", "he", "she",
    "which", "who", "that", "agency", "hub", "department", "manager", "leader", "director", "school", "police",
}
#: Plurals that are kind words or the sector's, not verbs ("council services team").
_PLURAL_NOUNS = {
    "services", "teams", "units", "hubs", "panels", "boards", "groups", "partnerships", "forums", "centres",
    "projects", "programmes", "schemes", "agencies", "councils", "courts", "children", "parents", "families",
    "carers", "leavers", "adults", "years", "needs", "affairs", "relations", "operations", "works", "looks",
}


def _verb_after_subject(subject: str, word: str) -> bool:
    if not word.islower():
        return False  # "Who Cares Trust": a proper name's capitalised word
    return (
        subject.lower() in _SUBJECTS
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ys", "'s", "’s"))
        and word not in _PLURAL_NOUNS
    )


@functools.lru_cache(maxsize=None)
def _parsed(path: Path):
    """A report parsed once however many readers' lists are scored against it."""
    return parse_report_file(path)


def score(fixture: dict) -> dict | None:
    path = CORPUS / fixture["report"]
    if not path.exists() and (SAMPLES / fixture["report"]).exists():
        path = SAMPLES / fixture["report"]
    try:
        report = _parsed(path)
    except KgError as error:
        print(f"  {fixture['report']}: refused by the parser ({error}); not scored")
        return None
    places = tuple(a for b in fixture["bodies"] if b["category"] == "council" for a in [b["name"], *b.get("aka", [])]
                   if not a.lower().startswith("the "))
    places = places[: len(fixture["bodies"][0].get("aka", [])) + 1]  # the inspected council: the first entry
    return score_found(fixture, report, places)


def score_found(fixture: dict, report, places: tuple[str, ...]) -> dict:
    """``report``'s bodies scored against the reader's list in ``fixture``."""
    expected = fixture["bodies"]
    expected_norms = [{normalise(label, places) for label in expected_labels(b)} for b in expected]
    found = report.bodies
    found_norms = [{normalise(label, places) for label in b.labels} for b in found]
    matched_expected = [any(e & f for f in found_norms) for e in expected_norms]
    matched_found = [any(f & e for e in expected_norms) for f in found_norms]
    pairs_total = pairs_found = 0
    missed_pairs = []
    for body, norms in zip(expected, expected_norms):
        for short in body.get("short_forms", []):
            pairs_total += 1
            carriers = [b for b, f in zip(found, found_norms) if f & norms]
            if any(short.lower() in (label.lower() for label in b.labels) for b in carriers):
                pairs_found += 1
            else:
                missed_pairs.append(f"{short} = {body['name']}")
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for body, hit in zip(expected, matched_expected):
        by_category[body["category"]][0] += hit
        by_category[body["category"]][1] += 1
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for body, hit in zip(found, matched_found):
        by_type[body.body_type][0] += hit
        by_type[body.body_type][1] += 1
    extra = [b.name for b, hit in zip(found, matched_found) if not hit]
    fragments = [name for name in extra if is_fragment(name)]
    if VERBOSE:
        print(f"  {fixture['report']}")
        print("    missed: " + "; ".join(b["name"] for b, hit in zip(expected, matched_expected) if not hit))
        print("    missed pairs: " + "; ".join(missed_pairs))
        print("    extra: " + "; ".join(extra))
    return {"by_category": by_category, "by_type": by_type, "pairs": (pairs_found, pairs_total),
            "fragments": fragments, "report": fixture["report"],
            "recall": (sum(matched_expected), len(expected)), "precision": (sum(matched_found), len(found))}


def pct(hit: int, total: int) -> str:
    return f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "    –"


def table(title: str, results: list[dict]) -> None:
    print(f"\n{title}: {len(results)} reports ({', '.join(r['report'].split('__')[0] for r in results)})")
    categories: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    types: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for result in results:
        for category, (hit, total) in result["by_category"].items():
            categories[category][0] += hit
            categories[category][1] += total
        for body_type, (hit, total) in result["by_type"].items():
            types[body_type][0] += hit
            types[body_type][1] += total
    print(f"  {'recall, per category':28} {'':>16}")
    for category in sorted(categories):
        print(f"  {category:28} {pct(*categories[category]):>16}")
    recall = [sum(r["recall"][0] for r in results), sum(r["recall"][1] for r in results)]
    pairs = [sum(r["pairs"][0] for r in results), sum(r["pairs"][1] for r in results)]
    precision = [sum(r["precision"][0] for r in results), sum(r["precision"][1] for r in results)]
    print(f"  {'named bodies (all)':28} {pct(*recall):>16}")
    print(f"  {'short-form pairs':28} {pct(*pairs):>16}")
    print(f"  {'precision, per type found':28}")
    for body_type in sorted(types):
        print(f"  {body_type:28} {pct(*types[body_type]):>16}")
    print(f"  {'precision (all)':28} {pct(*precision):>16}")
    fragments = [f for r in results for f in r["fragments"]]
    print(f"  {'suspected fragments':28} {len(fragments):>16}" + (f"  {fragments}" if fragments else ""))


def speed() -> None:
    """CPU seconds (this process only: the machine is shared) to read, parse, find bodies and find
    ties in every PDF of the corpus; the PDF text is the floor, measured in the same run."""
    import kg.entities
    import kg.relations
    from kg.extract import parse_report
    from kg.reading import read_report_text

    spent = {"find_bodies": 0.0, "find_relations": 0.0}

    def timed(module, name):
        original = getattr(module, name)

        def run(*args):
            start = time.process_time()
            try:
                return original(*args)
            finally:
                spent[name] += time.process_time() - start

        setattr(module, name, run)

    timed(kg.entities, "find_bodies")
    timed(kg.relations, "find_relations")
    texts, floor = [], 0.0
    for path in sorted(CORPUS.glob("*.pdf")):
        start = time.process_time()
        try:
            texts.append((path.name, read_report_text(path)))
        except KgError:
            pass
        floor += time.process_time() - start
    parsing = 0.0
    for name, text in texts:
        start = time.process_time()
        try:
            parse_report(text, source=name)
        except KgError:
            pass
        parsing += time.process_time() - start
    print(f"{len(texts)} PDFs of {CORPUS}, CPU seconds of this process")
    print(f"  {'PDF text (PDFium), the floor':34} {floor:7.2f}")
    print(f"  {'parsing the text, in all':34} {parsing:7.2f}  ({parsing / floor:.1f}x the floor)")
    for name, seconds in spent.items():
        print(f"  {'  of which ' + name:34} {seconds:7.2f}  ({seconds / floor:.1f}x the floor)")


def main() -> None:
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to measure")
        return
    if SPEED:
        speed()
        return
    fixtures = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))]
    tuned: dict[str, list[dict]] = defaultdict(list)  # by the set a hand-checker delivered them in
    held_out: dict[str, list[dict]] = defaultdict(list)
    first: dict[str, dict] = {}  # each report's score against its first reader's list
    for fixture in fixtures:
        if TUNED_ONLY and fixture.get("held_out"):
            continue
        result = score(fixture)
        if result is not None:
            first[fixture["report"]] = result
            (held_out if fixture.get("held_out") else tuned)[fixture.get("set", "")].append(result)
    for name, results in sorted(tuned.items()):
        table(f"Set {name}, used for tuning after its first (unseen) score" if name else "Reports used while tuning",
              results)
    if len(tuned) > 1:
        table("All reports used for tuning", [r for results in tuned.values() for r in results])
    for name, results in sorted(held_out.items()):
        label = f"Held-out set {name}" if name else "Held-out reports"
        table(f"{label} (read by hand; first scored unseen, see each file's _comment)", results)
    if not TUNED_ONLY:
        second_readings(first)
    written_prose()


def second_readings(first: dict[str, dict]) -> None:
    """The finder scored against a second reader's list of a report (``second/``, read blind by
    another reader than the first) beside its score against the first reader's (``first``, by
    report): how much of a score is the reader's."""
    seconds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "second").glob("*.json"))]
    rows = [(s["report"], score(s), first[s["report"]]) for s in seconds if s["report"] in first]
    rows = [(report, a, b) for report, a, b in rows if a is not None]
    if not rows:
        return
    print("\nSecond readings (tuned reports read again, blind, by another reader): named bodies found")
    print(f"  {'report':36} {'second reader':>16} {'first reader':>16}")
    for report, a, b in rows:
        print(f"  {report.split('__')[0]:36} {pct(*a['recall']):>16} {pct(*b['recall']):>16}")
    total = [[sum(r[i]["recall"][j] for r in rows) for j in (0, 1)] for i in (1, 2)]
    print(f"  {'all':36} {pct(*total[0]):>16} {pct(*total[1]):>16}")


def council_places(authority: str) -> tuple[str, ...]:
    """The names a written document's council goes by, its list's name first: "Bristol, City of" is written "Bristol"
    ("Bristol social work academy" ~ "Social work academy", as "Leeds social work academy" is in a report on Leeds)."""
    from kg.gazetteer import council_for

    council = council_for(authority)
    return tuple(dict.fromkeys((authority, *(council.names if council is not None else ()))))


def written_prose() -> None:
    """The finder on report prose written blind by helpers who never saw it or its tests (``written/``:
    invented paragraphs in each framework's style, real councils and partners, with the bodies a
    careful reader lists): a set is unseen until its first score, kept in its files' _comment."""
    from kg.entities import find_bodies
    from kg.model import Report

    sets = sorted((p for p in (FIXTURES / "written").glob("*") if p.is_dir()), key=lambda p: (len(p.name), p.name))  # W2 before W10
    if not sets:
        return
    print("\nWritten prose (invented blind by helpers in each framework's style; first scores in _comment)")
    print(f"  {'set':6} {'documents':>9} {'named bodies':>16} {'short-form pairs':>17} {'precision':>16}")
    for folder in sets:
        results = []
        for path in sorted(folder.glob("*.json")):
            fixture = json.loads(path.read_text(encoding="utf-8"))
            report = Report.of_paragraphs(fixture["paragraphs"], authority=fixture["authority"], source=path.name)
            find_bodies(report)
            fixture = {**fixture, "report": f"{folder.name}/{path.name}"}
            results.append(score_found(fixture, report, council_places(fixture["authority"])))
        totals = [[sum(r[key][i] for r in results) for i in (0, 1)] for key in ("recall", "pairs", "precision")]
        print(f"  {folder.name:6} {len(results):>9} {pct(*totals[0]):>16} {pct(*totals[1]):>17} {pct(*totals[2]):>16}")
        if VERBOSE:
            for result in results:
                print(f"    {result['report']}: {pct(*result['recall'])}")


if __name__ == "__main__":
    main()
