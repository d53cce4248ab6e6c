"""The layout toolkit every framework's parser shares: lines with their offsets, dates, grade
words, joining wrapped lines, and the last steps of every parse (the check that a text is a
report, and the completion that finds bodies, figures and relations). Knows nothing of RDF and
nothing of any one framework."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..errors import NotAReportError
from ..model import Recommendation, Report

MONTHS = {
    name: index
    for index, name in enumerate(
        "january february march april may june july august september october november december".split(),
        start=1,
    )
}
_DATE = r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)(?:\s+(\d{4}))?"


@dataclass
class Line:
    text: str
    start: int  # offset in the cleaned text

    def __post_init__(self) -> None:
        # read many times per line by the parsers (every window of a wrapped heading)
        self.stripped = self.text.strip()
        self.end = self.start + len(self.text)


def split_lines(text: str) -> list[Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        lines.append(Line(raw, offset))
        offset += len(raw) + 1
    return lines



def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    match = re.search(_DATE, text)
    if not match:
        return None
    day, month_name, year = match.groups()
    month = MONTHS.get(month_name.lower()) or MONTHS.get(_month_prefix(month_name))
    year_value = int(year) if year else default_year
    if not month or not year_value:
        return None
    try:
        return dt.date(year_value, month, int(day))
    except ValueError:
        return None


def _month_prefix(name: str) -> str:
    return next((m for m in MONTHS if name.lower().startswith(m[:3])), "")


def parse_date_range(text: str) -> tuple[dt.date | None, dt.date | None]:
    """"9 – 20 January 2012", "28 February – 11 March 2011", "30 Jan 2012 – 3 Feb 2012", and an
    inspection of two days, "27 and 28 April 2026"."""
    parts = re.split(r"\s*(?:–|—|-|\bto\b|\band\b)\s*(?=\d)", text, maxsplit=1)
    end = parse_date(parts[-1])
    if end is None:
        return None, None
    if len(parts) == 1:
        return end, end
    first = parts[0].strip()
    if re.fullmatch(r"\d{1,2}", first):
        start = dt.date(end.year, end.month, int(first)) if int(first) <= 31 else None
    else:
        start = parse_date(first, default_year=end.year)
        if start and start > end and not re.search(r"\d{4}", first):
            start = start.replace(year=end.year - 1)
    return start, end


def timescale_slug(label: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", "", label.lower()).split()
    words = [w for w in words if w not in ("the", "next")]
    return "_".join(words)



def grade_slug(words: str) -> str | None:
    """"Requires improvement to be good" → "requires_improvement"; "Good" → "good"; "adequate"."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words.startswith("require"):
        return "requires_improvement"
    return words if words in ("outstanding", "good", "adequate", "inadequate") else None


def flat(text: str) -> str:
    """Runs of white space (line breaks included) as one space (str.split's white space is the
    regex's \\s, character for character)."""
    return " ".join(text.split())


def join_parts(parts: list[str]) -> str:
    """The lines of a wrapped paragraph as one text; a word split at a line end ("multi-" +
    "agency") is rejoined."""
    joined = ""
    for part in parts:
        if joined.endswith("-") and not joined.endswith(" -") and part[:1].islower():
            joined = joined[:-1] + part
        else:
            joined = f"{joined} {part}" if joined else part
    return " ".join(joined.split())


def complete_report(report: Report, recommendations: list[Recommendation], none_found: str) -> Report:
    """What every framework's parser does last: tidy and number the recommendations in each
    section, warn about missing parts, then find bodies, figures and relations."""
    from ..entities import find_bodies
    from ..relations import find_relations
    from ..statistics import find_statistics

    counters: dict[str | None, int] = {}
    for recommendation in recommendations:
        recommendation.text = recommendation.text.rstrip(" ;").rstrip(".").rstrip(";").strip()
        counters[recommendation.section] = counters.get(recommendation.section, 0) + 1
        recommendation.ordinal = counters[recommendation.section]
    report.recommendations = recommendations
    if not report.judgements:
        report.warnings.append("no graded judgements found")
    if not report.recommendations:
        report.warnings.append(none_found)
    find_bodies(report)
    report.statistics = find_statistics(report)
    report.relations = find_relations(report)
    return report


def check_is_report(report: Report, source: str) -> None:
    if report.title is None or report.authority is None or report.numbered_paragraphs < 3:
        raise NotAReportError(
            f"{source}: not an inspection report (no title block with an authority, or fewer than "
            "three numbered paragraphs)"
        )
    if report.inspection_start is None and report.published is None:
        raise NotAReportError(f"{source}: not an inspection report (no inspection dates or publication date)")
