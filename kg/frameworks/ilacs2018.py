"""Inspection of local authority children's services (ILACS), 2018–2022: four judgements, the
experiences and progress of children in care and care leavers judged together."""
from __future__ import annotations

import re

from ..model import Report
from . import later
from .base import Area, Framework, first_match

_A = "['\u2019]"
ILACS_TITLE = (
    re.compile(
        rf"inspection of (?:[\w ,'\u2019&.-]{{1,80}} )?(?:local authority )?children{_A}s (?:social care )?services", re.I
    ),
    re.compile(r"the impact of leaders on social work practice with children and families", re.I),
)

AREAS = (
    Area("overall", "Overall effectiveness", (r"overall", r"(?:children.s )?services (?:for children )?in "),
         harmonised="OverallArea"),
    Area("leadership", "The impact of leaders on social work practice with children and families",
         (r"impact of leaders", r"leadership"), harmonised="LeadershipArea"),
    Area("help_and_protection", "The experiences and progress of children who need help and protection",
         (r"help and protection",), harmonised="HelpAndProtectionArea"),
    # one judgement on children in care and care leavers together: close to the harmonised
    # children in care area, and wider than it
    Area(
        "children_looked_after",
        "The experiences and progress of children in care and care leavers",
        (r"children in care", r"looked after"),
        harmonised="ChildrenInCareArea", match="close",
    ),
)


def parse(text: str, source: str, framework: str) -> Report:
    return later.parse(text, source, framework, style="ilacs")


FRAMEWORK = Framework(
    id="ilacs-2018",
    concept="ILACS2018",
    label="Inspection of local authority children's services (2018–2022)",
    period="2018–2022",
    recognise=lambda head: first_match(ILACS_TITLE, head),
    grades=later.LATER_GRADES,
    areas=AREAS,
    recommendations="'What needs to improve (in this local authority)?': a bulleted list after the judgements",
    parse=parse,
)
