"""ILACS as revised in 2023: five judgements, care leavers judged apart from children in care.
Recognised by its title (that of ILACS 2018) and a judgement on the experiences and progress of
care leavers alone. Inspections from April 2026 drop the overall judgement (``ilacs2026``)."""
from __future__ import annotations

import re

from . import ilacs2018
from .base import Area, Framework, first_match

#: The care leavers' row of the judgement table: the area, then its grade.
_CARE_LEAVERS_APART = re.compile(
    r"experiences and progress of care\s+leavers\s*(?-i:[A-Z])(?:utstanding|ood|equires improvement|nadequate)", re.I
)

AREAS = (
    *ilacs2018.AREAS[:3],
    Area("children_looked_after", "The experiences and progress of children in care", (r"children in care", r"looked after"),
         harmonised="ChildrenInCareArea"),
    Area("care_leavers", "The experiences and progress of care leavers", (r"care leavers",), harmonised="CareLeaversArea"),
)


def recognise(head: str) -> int | None:
    title = first_match(ilacs2018.ILACS_TITLE, head)
    return title if title is not None and _CARE_LEAVERS_APART.search(head) else None


FRAMEWORK = Framework(
    id="ilacs-2023",
    concept="ILACS2023",
    label="Inspection of local authority children's services (2023 to March 2026)",
    period="2023–2026",
    recognise=recognise,
    grades=ilacs2018.FRAMEWORK.grades,
    areas=AREAS,
    recommendations=ilacs2018.FRAMEWORK.recommendations,
    parse=ilacs2018.parse,
    refines="ilacs-2018",
)
