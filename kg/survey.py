"""A coverage table for a folder of reports: what the toolkit read of each file (framework,
authority, dates, judgements found and expected, recommendations, bodies, warnings) or why it
refused it, and a summary of how many were read completely. The library face of ``kg survey``."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .corpus import REPORT_SUFFIXES, _run_each, expand_inputs
from .errors import KgError

COLUMNS = (
    "file", "status", "framework", "authority", "la_code", "inspection_start", "inspection_end", "published",
    "judgements_found", "judgements_expected", "missing", "recommendations", "bodies", "warnings",
)


@dataclass
class SurveyRow:
    """One file: ``status`` is ``complete`` (every expected judgement read, framework known),
    ``incomplete`` (read, but the graph says what it lacks) or ``refused`` (with the reason in
    ``warnings``)."""

    file: str
    status: str
    framework: str = ""
    authority: str = ""
    la_code: str = ""
    inspection_start: str = ""
    inspection_end: str = ""
    published: str = ""
    judgements_found: int = 0
    judgements_expected: int = 0
    missing: list[str] = field(default_factory=list)
    recommendations: int = 0
    bodies: int = 0
    warnings: list[str] = field(default_factory=list)

    def values(self) -> list[str]:
        out = []
        for name in COLUMNS:
            value = getattr(self, name)
            out.append("; ".join(value) if isinstance(value, list) else str(value))
        return out


def survey_file(path: Path) -> SurveyRow:
    """Read one report and say what was read of it."""
    from .extract import parse_report_file
    from .frameworks import expected_judgements, missing_judgements
    from .gazetteer import council_for

    try:
        report = parse_report_file(path)
    except KgError as error:
        return SurveyRow(file=path.name, status="refused", warnings=[str(error).removeprefix(f"{path.name}: ")])
    missing = missing_judgements(report)
    council = council_for(report.authority or "")
    return SurveyRow(
        file=path.name,
        status="complete" if report.framework and not missing else "incomplete",
        framework=report.framework or "",
        authority=report.authority or "",
        la_code=council.la_code if council else "",
        inspection_start=report.inspection_start.isoformat() if report.inspection_start else "",
        inspection_end=report.inspection_end.isoformat() if report.inspection_end else "",
        published=report.published.isoformat() if report.published else "",
        judgements_found=len(report.judgements),
        judgements_expected=len(expected_judgements(report)),
        missing=[a.label for a in missing],
        recommendations=len(report.recommendations),
        bodies=len(report.bodies),
        warnings=list(report.warnings),
    )


def survey(
    paths: Iterable[Path | str], workers: int | None = None, progress: Callable[[Path], None] | None = None
) -> list[SurveyRow]:
    """One row per report file of ``paths`` (files or folders), in input order."""
    files = expand_inputs(paths, REPORT_SUFFIXES)
    return _run_each(survey_file, files, workers, progress)


def summary_line(rows: list[SurveyRow]) -> str:
    counts = {status: sum(1 for r in rows if r.status == status) for status in ("complete", "incomplete", "refused")}
    return (
        f"{len(rows)} reports: {counts['complete']} read completely, {counts['incomplete']} incomplete, "
        f"{counts['refused']} refused"
    )


def rows_as_csv(rows: list[SurveyRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row.values())
    return out.getvalue()


def rows_as_table(rows: list[SurveyRow]) -> str:
    """A table for people: one line a file (``expected``: the judgements its framework always has,
    read of expected); what is missing or why it was refused below it."""
    header = ("file", "status", "framework", "authority", "inspected", "judgements", "expected", "recs", "bodies")
    body = []
    for r in rows:
        read = r.status != "refused"
        expected = f"{r.judgements_expected - len(r.missing)}/{r.judgements_expected}" if read else "-"
        body.append((r.file, r.status, r.framework or "-", r.authority or "-", r.inspection_start or "-",
                     str(r.judgements_found) if read else "-", expected,
                     str(r.recommendations) if read else "-", str(r.bodies) if read else "-"))
    widths = [max(len(h), *(len(line[i]) for line in body)) if body else len(h) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    for r, line in zip(rows, body):
        lines.append("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip())
        if r.status == "refused":
            lines.extend(f"    refused: {w}" for w in r.warnings)
        elif r.missing:
            lines.append("    missing: " + "; ".join(r.missing))
    return "\n".join(lines) + "\n"
