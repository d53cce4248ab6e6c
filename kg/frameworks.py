"""Which Ofsted inspection framework a report was written under, told from its title and the
shape of its first pages (never from the council's name).

- ``slac-2009``: inspection of safeguarding and looked after children services (2009–2012;
  also the safeguarding-only variant);
- ``lac-2013``: inspection of looked after children services (2013);
- ``sif-2013``: the single inspection framework (2013–2017): services for children in need of
  help and protection, children looked after and care leavers, often with a review of the LSCB;
- ``ilacs-2018``: inspection of local authority children's services (2018 onwards, full and
  short/standard).
"""
from __future__ import annotations

import re

FRAMEWORKS = ("slac-2009", "lac-2013", "sif-2013", "ilacs-2018")
#: Frameworks parsed by ``kg.later_parser``; the others by ``kg.parser``.
LATER_FRAMEWORKS = ("sif-2013", "ilacs-2018")

_APOS = "['\u2019]"
_SIF = re.compile(
    r"inspection of services for children in need of help and protection,? children looked after"
    r"|children who need help and protection\s+(?:outstanding|good|requires improvement|inadequate)\b.{0,400}?"
    r"children looked after and achieving permanence",
    re.IGNORECASE | re.DOTALL,
)
_ILACS = re.compile(
    rf"inspection of (?:[\w ,'\u2019&.-]{{1,80}} )?(?:local authority )?children{_APOS}s (?:social care )?services"
    r"|the impact of leaders on social work practice with children and families",
    re.IGNORECASE,
)
_LAC = re.compile(rf"inspection of looked after children(?:{_APOS}s)? services", re.IGNORECASE)
_SLAC = re.compile(
    r"inspection of safeguarding (?:and looked after children )?services", re.IGNORECASE
)


def detect_framework(text: str) -> str:
    """The framework of a report text (raw PDF text or cleaned): one of ``FRAMEWORKS``.

    Decided from the title block and the judgement list on the first pages. A text that names
    no framework is given to the 2009–2013 parser (``slac-2009``), which refuses what is not
    an inspection report."""
    head = re.sub(r"\s+", " ", text[:6000])
    found = []
    for pattern, framework in ((_SIF, "sif-2013"), (_ILACS, "ilacs-2018"), (_LAC, "lac-2013"), (_SLAC, "slac-2009")):
        match = pattern.search(head)
        if match:
            found.append((match.start(), FRAMEWORKS.index(framework), framework))
    # The title comes first; later pages may quote another framework's words.
    return min(found)[2] if found else "slac-2009"
