"""The corpus questions as bundled queries, run by the real `kg query --name` on four small
reports of three councils (tests/fixtures/corpus/): partners serving several councils, councils
sharing partners, how a council's partnership changed between its inspections, health economies
and regional partners."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg_query_support import kg

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
QUESTIONS = ["shared-partners", "councils-sharing-partners", "partnership-changes",
             "health-economies", "partners-within-regions"]


def rows(name: str, *params: str) -> list[dict]:
    args = ["query", CORPUS, "--name", name, "--format", "csv"]
    for param in params:
        args += ["--param", param]
    result = kg(*args)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def grouped(found: list[dict], key: str, value: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in found:
        out.setdefault(row[key], set()).add(row[value])
    return out


@pytest.mark.parametrize("name", QUESTIONS)
def test_listed_with_the_question_they_answer(name):
    listing = kg("query", "--list").stdout
    assert name in listing
    line = next(l for l in listing.splitlines() if name in l)
    assert len(line.split(name, 1)[1].strip()) > 20  # a description, not just the name


def test_partners_serving_several_councils():
    found = rows("shared-partners")
    assert grouped(found, "label", "council") == {
        "Ofsted": {"Northtown Council", "Southtown Council", "Easttown Council"},
        "Tyne Police": {"Northtown Council", "Southtown Council"},
        "Shire Health NHS Foundation Trust": {"Northtown Council", "Southtown Council"},
        "Kids First": {"Northtown Council", "Easttown Council"},
    }
    assert {r["label"]: r["councils"] for r in found}["Ofsted"] == "3"
    assert found[0]["label"] == "Ofsted"  # most widely named first
    assert {r["label"] for r in rows("shared-partners", "minCouncils=3")} == {"Ofsted"}


def test_councils_sharing_partners_leave_out_bodies_most_councils_name():
    found = rows("councils-sharing-partners", "maxCouncils=2")
    pairs: dict[tuple, set] = {}
    for r in found:
        pairs.setdefault((r["council"], r["otherCouncil"]), set()).add(r["partnerLabel"])
    assert pairs == {
        ("Northtown Council", "Southtown Council"): {"Tyne Police", "Shire Health NHS Foundation Trust"},
        ("Easttown Council", "Northtown Council"): {"Kids First"},
    }
    with_national = rows("councils-sharing-partners")  # default maxCouncils=5 keeps Ofsted
    assert ("Easttown Council", "Southtown Council") in {(r["council"], r["otherCouncil"]) for r in with_national}


def test_partnership_changes_between_a_council_s_inspections():
    found = rows("partnership-changes")
    assert {(r["change"], r["label"]) for r in found} == {
        ("added", "Kids First"), ("added", "Multi-agency safeguarding hub (Northtown)"),
        ("dropped", "Shire Health NHS Foundation Trust"), ("dropped", "Youth offending service (Northtown)"),
    }
    assert {r["council"] for r in found} == {"Northtown Council"}
    assert {(r["previous"].rsplit("/", 1)[1], r["report"].rsplit("/", 1)[1]) for r in found} == {
        ("northtown-2015-03-02", "northtown-2019-06-03")}


def test_health_economies_and_regional_partners():
    health = rows("health-economies")
    assert {(r["label"], r["councils"], r["council"], r["region"]) for r in health} == {
        ("Shire Health NHS Foundation Trust", "2", "Northtown Council", "North East"),
        ("Shire Health NHS Foundation Trust", "2", "Southtown Council", "North East")}
    regional = {(r["region"], r["label"]) for r in rows("partners-within-regions")}
    # Kids First serves councils of two regions and Ofsted all of them: neither is regional
    assert regional == {("North East", "Tyne Police"), ("North East", "Shire Health NHS Foundation Trust")}
