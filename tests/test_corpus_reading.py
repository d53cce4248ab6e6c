"""The development corpus (../shared/corpus, 41 real reports 2014–2025) read completely and
right: each report against its hand-checked expectation in tests/corpus/expected/, from the PDF
through PDFium and from pypdf's text of the same PDF (another reader's line breaks, running
headers and page numbers left in)."""
from __future__ import annotations

import json

import pytest

from corpus.reading import CORPUS, differences, expected_files
from kg.extract import parse_report_file
from kg.frameworks import parse_report
from kg.reading import clean_text

EXPECTED = expected_files()
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="the development corpus is not beside this checkout")


def _expected(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_corpus_report_has_a_hand_checked_expectation():
    assert len(EXPECTED) == 41
    assert {_expected(p)["file"] for p in EXPECTED} == {p.name for p in CORPUS.glob("*.pdf")}


@pytest.fixture(scope="module")
def read_from_pdf():
    return {p.stem: parse_report_file(CORPUS / _expected(p)["file"]) for p in EXPECTED}


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_read_completely_from_the_pdf(path, read_from_pdf):
    assert differences(read_from_pdf[path.stem], _expected(path)) == []


def _pypdf_text(pdf) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_the_same_reading_from_pypdf_text(path, read_from_pdf):
    expected = _expected(path)
    report = parse_report(clean_text(_pypdf_text(CORPUS / expected["file"])), source=expected["file"])
    assert differences(report, expected) == []
    pdf = read_from_pdf[path.stem]
    assert [(j.section, j.grade) for j in report.judgements] == [(j.section, j.grade) for j in pdf.judgements]
    assert len(report.recommendations) == len(pdf.recommendations)
    for field in ("framework", "authority", "inspection_start", "inspection_end", "published", "lead_inspector"):
        assert getattr(report, field) == getattr(pdf, field), field
