"""The single inspection framework (2013–2017): services for children in need of help and
protection, children looked after and care leavers, usually with a review of the Local
Safeguarding Children Board; re-inspections under it may have no LSCB review."""
from __future__ import annotations

import re

from ..model import Report
from . import later
from .base import Area, Framework, first_match

_SIF_TITLE = (
    re.compile(r"inspection of services for children in need of help and protection,? children looked after", re.I),
    re.compile(
        r"children who need help and protection\s+(?:outstanding|good|requires improvement|inadequate)\b.{0,400}?"
        r"children looked after and achieving permanence",
        re.I,
    ),
)

AREAS = (
    Area("overall", "Overall effectiveness", (r"overall", r"(?:children.s )?services (?:for children )?in "),
         harmonised="OverallArea"),
    Area("help_and_protection", "Children who need help and protection", (r"help and protection",),
         harmonised="HelpAndProtectionArea"),
    Area("children_looked_after", "Children looked after and achieving permanence", (r"looked after", r"children in care"),
         harmonised="ChildrenInCareArea"),
    Area("adoption", "Adoption performance", (r"adoption",), harmonised="AdoptionArea"),
    Area("care_leavers", "Experiences and progress of care leavers", (r"care leavers",), harmonised="CareLeaversArea"),
    Area("leadership", "Leadership, management and governance", (r"leadership", r"management and governance"),
         harmonised="LeadershipArea"),
    Area(
        "lscb",
        "Review of the Local Safeguarding Children Board",
        (r"safeguarding children board", r"\blscb\b"),
        expected_if_title=r"safeguarding children board|\blscb\b",
        harmonised="LSCBReviewArea",
    ),
)


def parse(text: str, source: str, framework: str) -> Report:
    return later.parse(text, source, framework, style="sif")


FRAMEWORK = Framework(
    id="sif-2013",
    concept="SIF2013",
    label="Single inspection framework (2013–2017)",
    period="2013–2017",
    recognise=lambda head: first_match(_SIF_TITLE, head),
    grades=later.LATER_GRADES,
    areas=AREAS,
    recommendations="'What does the local authority need to improve?' (priority and immediate action, "
    "areas for improvement) and 'What does the LSCB need to improve?', numbered in the paragraph sequence",
    parse=parse,
)
