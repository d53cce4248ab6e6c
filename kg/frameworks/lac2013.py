"""The 2013 framework for looked after children services: the layout of the 2009–2012 series
with one section, so its parser is that series' parser."""
from __future__ import annotations

import re

from ..model import GRADES
from .base import Area, Framework, first_match
from .slac2009 import parse

_LAC_TITLE = (re.compile(r"inspection of looked after children(?:['\u2019]s)? services", re.I),)

AREAS = (
    Area("looked_after_children", "Overall effectiveness", (r"^overall effectiveness",)),
    Area("looked_after_children", "Capacity to improve", (r"^capacity (?:for|to) improve",), False),
    Area("looked_after_children", "Outcomes for looked after children and care leavers", (r"^outcomes for",), False),
    Area("looked_after_children", "Quality of provision", (r"^quality of provision",), False),
    Area("looked_after_children", "Leadership and management", (r"^leadership and management",), False),
)

FRAMEWORK = Framework(
    id="lac-2013",
    concept="LAC2013",
    label="Inspection of looked after children services (2013)",
    period="2013",
    recognise=lambda head: first_match(_LAC_TITLE, head),
    grades=GRADES,
    areas=AREAS,
    recommendations="'Areas for improvement', grouped by timescale",
    parse=parse,
)
