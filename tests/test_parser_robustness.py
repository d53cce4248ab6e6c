"""The parser under damage: random cuts, deletions and noise applied to real report text (the
sample, the 2013 looked after children report, the single inspection framework and ILACS
reports) never crash it — it returns what it found or raises a clear InputError. Encodings and
line endings read the same."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import ALL_GRADES
from kg.frameworks import parse_report
from kg.reading import clean_text, decode_text

ROOT = Path(__file__).parents[1]
SAMPLE = (ROOT / "kg" / "samples" / "barnet-2012-slac.txt").read_text(encoding="utf-8")
REAL = {
    "barnet-2012-slac": SAMPLE,
    **{
        name: (ROOT / "tests" / "fixtures" / "reports" / f"{name}.txt").read_text(encoding="utf-8")
        for name in ("kent-2013-lac", "leeds-2015-sif", "hartlepool-2018-ilacs", "barnsley-2023-ilacs")
    },
}


def damage(text: str, deletions: list[tuple[int, int]], noise: str) -> str:
    lines = text.split("\n")
    for index, length in deletions:
        if not lines:
            break
        index %= len(lines)
        del lines[index : index + length]
    middle = len(lines) // 2
    return "\n".join(lines[:middle]) + noise + "\n".join(lines[middle:])


@pytest.mark.parametrize("name", sorted(REAL))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    deletions=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 60)), max_size=12),
    noise=st.text(max_size=60),
)
def test_damaged_reports_never_crash(name, deletions, noise):
    try:
        report = parse_report(clean_text(damage(REAL[name], deletions, noise)), "damaged")
    except InputError as error:
        assert str(error).startswith("damaged: ")
        return
    assert all(p.number > 0 for p in report.paragraphs)
    assert all(j.grade in ALL_GRADES for j in report.judgements)


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


def test_a_compound_broken_after_its_dash_at_a_line_end_is_one_word_again():
    """PDF text breaks "multi–systemic" as "multi–" and "systemic" on two lines with no space:
    one word again; a range ("0–" then "5") and a dash between words stay as they are."""
    text = clean_text("The team offers multi–\nsystemic therapy and 16-\nyear-old support, a 0–\n5 service,\n"
                      "and the local authority –\nthe council – leads.\n")
    assert "multi–systemic therapy" in text and "16-year-old" in text
    assert "0–\n5 service" in text and "authority –\nthe council" in text


def test_a_dash_before_a_lettered_list_item_is_not_a_broken_compound():
    text = clean_text("The board agreed three priorities for its multi-\na) early help;\nb) neglect.\n")
    assert "multi-a)" not in text and "\na) early help" in text
