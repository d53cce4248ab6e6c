"""A report made of invented paragraphs, for the tests of the entity and relation finders."""
from __future__ import annotations

from kg.entities import find_bodies
from kg.model import Report
from kg.relations import find_relations


def report_of(*paragraphs: str, authority: str = "Leeds City Council", source: str = "test.txt") -> Report:
    """A report of ``authority`` whose numbered paragraphs are the given texts, bodies and
    relations found."""
    report = Report.of_paragraphs(paragraphs, authority=authority, source=source)
    find_bodies(report)
    report.relations = find_relations(report)
    return report
