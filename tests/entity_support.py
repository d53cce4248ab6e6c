"""A report made of invented paragraphs, for the tests of the entity and relation finders."""
from __future__ import annotations

from kg.entities import find_bodies
from kg.model import Paragraph, Report, Span
from kg.relations import find_relations


def report_of(*paragraphs: str, authority: str = "Leeds City Council", source: str = "test.txt") -> Report:
    """A report of ``authority`` whose numbered paragraphs are the given texts, bodies and
    relations found."""
    text, spans = "", []
    for number, paragraph in enumerate(paragraphs, start=1):
        start = len(text) + len(f"{number}. ")
        text += f"{number}. {paragraph}\n"
        spans.append(Paragraph(number, paragraph, Span(start, start + len(paragraph))))
    report = Report(source=source, text=text, authority=authority, paragraphs=spans)
    find_bodies(report)
    report.relations = find_relations(report)
    return report
