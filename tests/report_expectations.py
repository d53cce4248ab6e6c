"""What every extraction test checks of a report's title block against its .expected.json."""
from __future__ import annotations


def assert_metadata(report, expected: dict, norm) -> None:
    """Authority exactly, the title after ``norm``, the three dates, the lead inspector."""
    assert report.authority == expected["authority"]
    assert norm(report.title) == norm(expected["title"])
    for field in ("inspection_start", "inspection_end", "published"):
        value = getattr(report, field)
        assert (value.isoformat() if value else None) == expected[field], field
    assert report.lead_inspector == expected["lead_inspector"]
