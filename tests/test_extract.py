"""Extraction against hand-checked expectations: the sample, variant reports written for the
tests (other councils, renamed bodies, changed grades, other bullet styles, missing parts) and the
2013 Kent report's PDF text. Each fixture's .expected.json was read off its text by hand."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from report_expectations import assert_metadata

from kg.extract import parse_report_file

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
SAMPLE = Path(__file__).parents[1] / "kg" / "samples" / "barnet-2012-slac.txt"
CASES = {
    "barnet-2012-slac": SAMPLE,
    **{p.stem: p for p in sorted(FIXTURES.glob("*.txt"))},
}


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("’", "'").replace("well-being", "wellbeing")
    return re.sub(r"[^a-z0-9']+", " ", text).strip()


@pytest.fixture(scope="module", params=sorted(CASES))
def case(request):
    path = CASES[request.param]
    expected = json.loads((FIXTURES / f"{request.param}.expected.json").read_text(encoding="utf-8"))
    return parse_report_file(path), expected


def labels(body) -> set[str]:
    return {norm(label) for label in body.labels}


def find_body(report, name: str):
    wanted = norm(name)
    for body in report.bodies:
        if wanted in labels(body):
            return body
    return None


def test_metadata(case):
    report, expected = case
    assert_metadata(report, expected, norm)


def test_every_numbered_paragraph(case):
    report, expected = case
    numbers = [p.number for p in report.paragraphs if p.numbered]
    assert numbers == list(range(1, expected["paragraph_count"] + 1))
    assert all(p.text for p in report.paragraphs)


def test_judgements(case):
    report, expected = case
    found = {(j.section, norm(j.area), j.grade) for j in report.judgements}
    wanted = {(j["section"], norm(j["area"]), j["grade"]) for j in expected["judgements"]}
    assert found == wanted


def test_recommendations(case):
    report, expected = case
    assert len(report.recommendations) == len(expected["recommendations"])
    for got, want in zip(report.recommendations, expected["recommendations"]):
        assert norm(got.text).startswith(norm(want["text_starts"])), got.text
        assert got.timescale == want["timescale"], got.text
        assert got.section == want["section"], got.text
        if want["owner"] is None:
            assert got.owner is None, got.text
        else:
            owner = report.body(got.owner) if got.owner else None
            assert owner is not None, f"no owner for {got.text!r}"
            assert norm(want["owner"]) in labels(owner) or norm(owner.name) in norm(want["owner"]), owner.name


def test_nhs_bodies(case):
    report, expected = case
    health = [b for b in report.bodies if b.body_type == "HealthBody"]
    for name in expected.get("nhs_bodies", []):
        body = find_body(report, name) or next(
            (b for b in health if any(norm(name).startswith(label) or label.startswith(norm(name)) for label in labels(b))),
            None,
        )
        assert body is not None and body.body_type == "HealthBody", name


def test_boards(case):
    report, expected = case
    for name in expected.get("boards", []):
        body = find_body(report, name)
        assert body is not None, name
        assert body.body_type == "Board", name


def test_other_councils(case):
    report, expected = case
    for name in expected.get("other_councils", []):
        body = find_body(report, name)
        assert body is not None and body.body_type == "LocalAuthority", name


def test_acronyms_merged_onto_their_body(case):
    report, expected = case
    for acronym, long_form in expected.get("acronyms", {}).items():
        body = find_body(report, long_form)
        if body is None:
            continue  # an acronym of something that is not a body (SGO, CAF, IRO)
        assert acronym in body.acronyms, (acronym, body.name)


def test_headline_statistics(case):
    report, expected = case
    for stat in expected.get("statistics", []):
        matches = [s for s in report.statistics if s.paragraph == stat["paragraph"] and s.value == stat["value"]]
        assert matches, stat
        if "measure_contains" in stat:
            assert any(norm(stat["measure_contains"]) in norm(s.measure + " " + s.text) for s in matches), stat


def test_relations(case):
    report, expected = case
    found = set()
    for relation in report.relations:
        subject, obj = report.body(relation.subject), report.body(relation.object)
        for s in labels(subject):
            for o in labels(obj):
                found.add((s, relation.relation, o))
    for rel in expected.get("relations", []):
        if find_body(report, rel["subject"]) is None or find_body(report, rel["object"]) is None:
            continue  # "acute services provided by …": a relation of something that is not a body
        if rel["relation"] not in ("providedBy", "subGroupOf", "reportsTo", "partOf", "memberOf", "worksWith", "deliveredWith", "commissionedBy", "chairedBy"):
            continue
        assert (norm(rel["subject"]), rel["relation"], norm(rel["object"])) in found, rel


def test_nothing_that_is_not_a_body(case):
    report, expected = case
    for name in expected.get("not_bodies", []):
        assert find_body(report, name) is None, name
        assert not any(norm(name) in label for body in report.bodies for label in labels(body)), name
