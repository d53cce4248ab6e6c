"""The parser under damage: random cuts, deletions and noise applied to real report text never
crash it — it returns what it found or raises a clear InputError. Encodings and line endings."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.parser import parse_report
from kg.reading import clean_text, decode_text

SAMPLE = (Path(__file__).parents[1] / "kg" / "samples" / "barnet-2012-slac.txt").read_text(encoding="utf-8")
LINES = SAMPLE.split("\n")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, len(LINES) - 1), st.integers(0, 40)), max_size=15),
    st.text(max_size=50),
)
def test_damaged_reports_never_crash(deletions, noise):
    lines = list(LINES)
    for index, length in deletions:
        index %= len(lines)
        del lines[index : index + length]
        if not lines:
            break
    text = "\n".join(lines[: len(lines) // 2]) + noise + "\n".join(lines[len(lines) // 2 :])
    try:
        report = parse_report(clean_text(text), "damaged")
    except InputError:
        return
    assert all(p.number > 0 for p in report.paragraphs)
    assert all(j.grade in ("outstanding", "good", "adequate", "inadequate") for j in report.judgements)


def test_bom_cp1252_and_crlf_read_the_same():
    reference = parse_report(clean_text(SAMPLE), "x")
    for data in (
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.replace("\n", "\r\n").encode("utf-8"),
        SAMPLE.encode("cp1252"),
    ):
        report = parse_report(clean_text(decode_text(data)), "x")
        assert [p.text for p in report.paragraphs] == [p.text for p in reference.paragraphs]
        assert len(report.judgements) == 22 and len(report.recommendations) == 14
