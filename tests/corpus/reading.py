"""The hand-checked reading of the development corpus (tests/corpus/expected/*.json) compared
with what the toolkit reads: used by tests/test_corpus_reading.py and, to see every difference at
once, run as a script: ``python tests/corpus/reading.py [PDF_FOLDER]``."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
CORPUS = HERE.parents[2] / "shared" / "corpus"


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\ufffe", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip().lower()


def expected_files() -> list[Path]:
    return sorted(EXPECTED.glob("*.json"))


def differences(report, expected: dict) -> list[str]:
    """What the reading gets wrong, one line a difference (empty: read completely and right)."""
    from kg.gazetteer import council_for as council_by_name

    out = []
    if report.framework != expected["framework"]:
        out.append(f"framework {report.framework!r}, expected {expected['framework']!r}")
    council = council_by_name(report.authority or "")
    if council is None or council.la_code != expected["la_code"]:
        out.append(f"authority {report.authority!r} ({council.la_code if council else 'no council'}), expected {expected['authority']!r} ({expected['la_code']})")
    for field in ("inspection_start", "inspection_end", "published"):
        value = getattr(report, field)
        value = value.isoformat() if value else None
        if value != expected[field]:
            out.append(f"{field} {value}, expected {expected[field]}")
    if norm(report.lead_inspector) != norm(expected["lead_inspector"]):
        out.append(f"lead inspector {report.lead_inspector!r}, expected {expected['lead_inspector']!r}")
    got = {j.section: j.grade for j in report.judgements}
    want = {j["section"]: j["grade"] for j in expected["judgements"]}
    for section in sorted(set(got) | set(want)):
        if got.get(section) != want.get(section):
            out.append(f"judgement {section}: {got.get(section)}, expected {want.get(section)}")
    recs = report.recommendations
    want_recs = expected["recommendations"]
    if len(recs) != len(want_recs):
        out.append(f"{len(recs)} recommendations, expected {len(want_recs)}")
    else:
        for index, (rec, item) in enumerate(zip(recs, want_recs), start=1):
            if not norm(rec.text).startswith(norm(item["starts"]).rstrip(".,;:")):
                out.append(f"recommendation {index} starts {rec.text[:40]!r}, expected {item['starts']!r}")
            if (rec.section == "lscb") != item["lscb"]:
                out.append(f"recommendation {index} section {rec.section}, expected lscb={item['lscb']}")
    return out


def main(argv: list[str]) -> int:
    from kg.errors import KgError
    from kg.extract import parse_report_file

    folder = Path(argv[0]) if argv else CORPUS
    judgements = judged = complete = refused = 0
    for path in expected_files():
        expected = json.loads(path.read_text(encoding="utf-8"))
        source = folder / expected["file"]
        if not source.exists():
            source = folder / (Path(expected["file"]).stem + ".txt")
        want = len(expected["judgements"])
        judgements += want
        try:
            report = parse_report_file(source)
        except KgError as error:
            refused += 1
            print(f"{expected['file']}: REFUSED {error}")
            continue
        problems = differences(report, expected)
        wrong = sum(1 for p in problems if p.startswith("judgement "))
        judged += want - min(want, wrong)
        complete += not problems
        for problem in problems:
            print(f"{expected['file']}: {problem}")
    total = len(expected_files())
    print(f"{complete}/{total} read completely and right; judgements right {judged}/{judgements}; refused {refused}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    raise SystemExit(main(sys.argv[1:]))
