"""The Ofsted inspection frameworks a report can be written under, as one registry.

Each framework is a module of this package that declares a ``FRAMEWORK``
(``kg.frameworks.base.Framework``): how it is recognised, its judgement areas, its grade scale,
where its recommendations sit and how it parses. Detection, parsing, the ontology's framework
concepts, the completeness shapes (``kg.frameworks.shapes``) and the tests follow from
``FRAMEWORKS``. Adding a framework is one module and one line below.
"""
from __future__ import annotations

import re

from ..errors import NotAReportError
from ..model import Report
from . import ilacs2018, ilacs2023, ilacs2026, lac2013, sif2013, slac2009
from .base import Area, Framework

FRAMEWORKS: tuple[Framework, ...] = (
    slac2009.FRAMEWORK,
    lac2013.FRAMEWORK,
    sif2013.FRAMEWORK,
    ilacs2018.FRAMEWORK,
    ilacs2023.FRAMEWORK,
    ilacs2026.FRAMEWORK,
)
BY_ID: dict[str, Framework] = {f.id: f for f in FRAMEWORKS}
#: How far into a report its title block and judgement list reach.
HEAD_CHARACTERS = 8000
#: Ofsted's other publications on a council's children's services, which grade nothing: told
#: apart by what they call themselves before any framework's title.
_OTHER_PUBLICATIONS = re.compile(
    r"\b(?P<kind>focused visit|monitoring visit|joint targeted area inspection|annual engagement meeting)"
    r"(?: letter)? (?:to|of|on|in)\b",
    re.I,
)
#: The line of a title block that every report prints once.
#: "Inspection date(s):" after a non-word character or at the start (the check made apart: a pattern
#: opening with its words is searched for fast, one opening with ``\b`` is tried at every character).
_TITLE_BLOCK = re.compile(r"Inspection dates?\s*:")
_WORD = re.compile(r"\w")

__all__ = ["Area", "FRAMEWORKS", "Framework", "detect_framework", "framework", "missing_judgements", "parse_report"]


def framework(framework_id: str | None) -> Framework | None:
    """The registered framework of that id, or None."""
    return BY_ID.get(framework_id or "")


def detect_framework(text: str) -> str | None:
    """The id of the framework of a report text (raw PDF text or cleaned), or None where no
    framework's signs are found.

    Decided from the title block and the judgement list on the first pages, never from a
    council's name: the framework whose sign comes first wins (later pages may quote another
    framework's words), and a refinement (ILACS 2023) wins over what it refines."""
    head = re.sub(r"\s+", " ", text[:HEAD_CHARACTERS])
    found = {f.id: position for f in FRAMEWORKS if (position := f.recognise(head)) is not None}
    for framework_id in list(found):
        refined = BY_ID[framework_id].refines
        if refined in found:
            found[framework_id] = min(found[framework_id], found.pop(refined))
    if not found:
        return None
    order = [f.id for f in FRAMEWORKS]
    return min(found, key=lambda fid: (found[fid], order.index(fid)))


def parse_report(text: str, source: str = "<text>") -> Report:
    """Parse a cleaned report text (``kg.reading.clean_text``) into the document model, with the
    parser of its framework. A text whose framework is not recognised is read with the
    2009–2012 layout (numbered paragraphs, graded headings), which refuses what is not an
    inspection report; the report then carries no framework and says so."""
    framework_id = detect_framework(text)
    _refuse_other_publications(text, framework_id, source)
    chosen = BY_ID.get(framework_id or "", slac2009.FRAMEWORK)
    report = chosen.parse(text, source, chosen.id)
    if framework_id is None:
        report.framework = None
        report.warnings.append("the inspection framework was not recognised: judgements cannot be checked for completeness")
    copies = sum(1 for m in _TITLE_BLOCK.finditer(text) if m.start() == 0 or not _WORD.match(text, m.start() - 1))
    if copies > 1:
        report.warnings.append(
            f"the file holds {copies} title blocks (one report repeated, or several reports in one file): "
            "only the first report was read"
        )
    for area in missing_judgements(report):
        report.warnings.append(
            f"this {chosen.label} report has no judgement on {area.label[:1].lower() + area.label[1:]}: "
            "the reading is incomplete"
        )
    return report


def _refuse_other_publications(text: str, framework_id: str | None, source: str) -> None:
    """A focused visit or monitoring visit letter names itself before any framework's title
    (which its body may quote): it is not an inspection report, and is refused saying so."""
    head = re.sub(r"\s+", " ", text[:HEAD_CHARACTERS])
    other = _OTHER_PUBLICATIONS.search(head[:2500])
    if other is None:
        return
    title = BY_ID[framework_id].recognise(head) if framework_id else None
    if title is None or other.start() < title:
        kind = other.group("kind").lower()
        raise NotAReportError(
            f"{source}: a {kind} letter, not an inspection report: it states no graded judgements"
        )


def expected_judgements(report: Report) -> tuple[Area, ...]:
    """The judgements a complete reading of the report has (none where its framework is unknown)."""
    chosen = framework(report.framework)
    return chosen.expected_areas(report) if chosen else ()


def missing_judgements(report: Report) -> list[Area]:
    """The expected judgements the reading lacks (or read without a grade)."""
    chosen = framework(report.framework)
    if chosen is None:
        return []
    read = {(j.section, chosen.area_for(j.section, j.area)) for j in report.judgements if j.grade}
    return [a for a in chosen.expected_areas(report) if (a.section, a) not in read]
