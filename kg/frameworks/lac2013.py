"""The 2013 framework for looked after children services: the layout of the 2009–2012 series
with one section, so its parser is that series' parser."""
from __future__ import annotations

import re

from ..model import GRADES
from .base import Area, Framework, first_match
from .slac2009 import parse

_LAC_TITLE = (re.compile(r"inspection of looked after children(?:['\u2019]s)? services", re.I),)

AREAS = (
    # the overall effectiveness is the judgement of the harmonised 2009–2013 looked after
    # children area; the finer grades fall within it
    Area("looked_after_children", "Overall effectiveness", (r"^overall effectiveness",),
         harmonised="LookedAfterChildren2009Area"),
    *(Area("looked_after_children", label, wordings, False, harmonised="LookedAfterChildren2009Area", match="broad")
      for label, wordings in (
          ("Capacity to improve", (r"^capacity (?:for|to) improve",)),
          ("Outcomes for looked after children and care leavers", (r"^outcomes for",)),
          ("Quality of provision", (r"^quality of provision",)),
          ("Leadership and management", (r"^leadership and management",)),
      )),
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
