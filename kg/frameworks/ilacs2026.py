"""ILACS from April 2026: the overall effectiveness judgement removed, the other four judgements
of ILACS 2023 kept in the same words and order. Ofsted announced on 27 November 2025 that it
would remove the overall effectiveness judgement from ILACS from April 2026; the reports of
inspections since then grade leaders, help and protection, children in care and care leavers
only.

Recognised as ILACS 2023 is, and by an inspection that starts on or after 1 April 2026 (the
month Ofsted announced; the public record places the change between mid-March and late April
2026): the change follows the inspection's date, not the report's look, so a missing overall
row alone never makes a report look complete. A report whose inspection dates cannot be read
is never taken for a post-reform one (it is read as ILACS 2023 where a publication date lets
it be read at all, and its missing overall judgement says the reading is incomplete). An
overall judgement is no longer expected, but one a report still prints is read, never
dropped."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from . import ilacs2023, later

#: The first day of inspections without an overall effectiveness judgement.
REFORM = dt.date(2026, 4, 1)

AREAS = tuple(replace(area, expected=False) if area.section == "overall" else area for area in ilacs2023.AREAS)


def recognise(head: str) -> int | None:
    position = ilacs2023.recognise(head)
    if position is None:
        return None
    start, _end = later.inspection_dates(head)
    return position if start is not None and start >= REFORM else None


FRAMEWORK = replace(
    ilacs2023.FRAMEWORK,  # its grades, recommendations and parser, as the reform kept them
    id="ilacs-2026",
    concept="ILACS2026",
    label="Inspection of local authority children's services (April 2026 onwards, no overall judgement)",
    period="2026–",
    recognise=recognise,
    areas=AREAS,
    refines="ilacs-2023",
)
