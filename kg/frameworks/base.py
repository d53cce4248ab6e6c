"""What a framework is: the small interface every framework module fills in, so that detection,
parsing, the ontology's framework and area concepts, the completeness shapes and the tests all
follow from one registry (``kg.frameworks.FRAMEWORKS``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from ..model import Report


@dataclass(frozen=True)
class Area:
    """One judgement area of a framework.

    ``section`` is the model's section slug of the judgement (``kg.model.SECTIONS``); ``label``
    the framework's own name for the area; ``wordings`` the words reports use for it (regular
    expressions, matched case-insensitively against the area as printed); ``expected`` whether
    every complete report of the framework has this judgement; ``expected_if_title``, where
    given, narrows that to reports whose title matches it (a regular expression, matched
    case-insensitively): a single inspection framework report has an LSCB judgement only when
    its title says the LSCB was reviewed. The completeness shapes read the same fields.

    ``harmonised`` is the local name of the area of ``ikg:HarmonisedAreaScheme`` (the file
    ontology/harmonised-areas.ttl) that lines this area up with other frameworks' areas, and
    ``match`` how closely: ``exact`` (the same judgement), ``close`` (nearly: ILACS 2018 judges
    children in care and care leavers together) or ``broad`` (the harmonised area is wider: a
    finer 2009 grade within its section). The generated vocabulary states it as
    ``skos:exactMatch``, ``skos:closeMatch`` or ``skos:broadMatch``."""

    section: str
    label: str
    wordings: tuple[str, ...] = ()
    expected: bool = True
    expected_if_title: str | None = None
    harmonised: str | None = None
    match: str = "exact"

    def expected_in(self, title: str | None) -> bool:
        if not self.expected:
            return False
        if self.expected_if_title is None:
            return True
        return re.search(self.expected_if_title, re.sub(r"\s+", " ", title or ""), re.I) is not None

    def matches(self, printed: str) -> bool:
        text = re.sub(r"\s+", " ", printed.lower())
        return any(re.search(wording, text) for wording in self.wordings)


@dataclass(frozen=True)
class Framework:
    """One Ofsted inspection framework.

    - ``id``: the short name used in the model, the CLI and the survey (``sif-2013``);
    - ``concept``: the local name of its ``ikg:`` concept in the ontology (``SIF2013``);
    - ``recognise``: given the first pages of a report (white space folded), the offset of the
      earliest sign that the report is of this framework, or None;
    - ``refines``: the id of a framework this one is a later revision of, recognised by the same
      title: where both are recognised, the refinement wins;
    - ``grades``: its grade scale as model grade slugs, best first;
    - ``areas``: its judgement areas;
    - ``recommendations``: where its reports list what must improve (for people);
    - ``parse``: cleaned text, source name, framework id → ``kg.model.Report``.
    """

    id: str
    concept: str
    label: str
    period: str
    recognise: Callable[[str], int | None]
    grades: tuple[str, ...]
    areas: tuple[Area, ...]
    recommendations: str
    parse: Callable[[str, str, str], "Report"]
    refines: str | None = None

    def expected_areas(self, report: "Report") -> tuple[Area, ...]:
        """The judgements a complete reading of ``report`` has."""
        return tuple(area for area in self.areas if area.expected_in(report.title))

    def area_for(self, section: str | None, printed: str) -> Area | None:
        """The area of a judgement of that section printed with these words."""
        return next((a for a in self.areas if a.section == section and a.matches(printed)), None)

    def area_concept(self, area: Area) -> str:
        """The local name of the area's ``ikg:`` concept: the framework and the section, and the
        area's label where the framework has several areas in that section."""
        several = sum(1 for a in self.areas if a.section == area.section) > 1
        name = f"{area.section} {area.label}" if several else area.section
        words = re.findall(r"[a-z0-9]+", name.lower().replace("_", " "))
        return self.concept + "-" + "".join(w.capitalize() for w in words)

    @property
    def later_scale(self) -> bool:
        """Graded on the scale of 2013 onwards (requires improvement rather than adequate)."""
        return "requires_improvement" in self.grades


def first_match(patterns: tuple[re.Pattern, ...], head: str) -> int | None:
    """The offset of the earliest match of any pattern in ``head``, or None."""
    found = [m.start() for m in (p.search(head) for p in patterns) if m]
    return min(found) if found else None
