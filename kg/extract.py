"""Extraction end to end: a report file or text → document model → graph. The library face of
``kg extract``."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Report
from .frameworks import parse_report
from .rdf import report_to_graph
from .reading import clean_text, read_report_text

if TYPE_CHECKING:  # rdflib is imported where a Graph is made: a corpus extraction writes N-Triples
    from rdflib import Graph


def parse_report_file(path: Path | str) -> Report:
    """Read and parse one report (.txt or .pdf)."""
    path = Path(path)
    return parse_report(read_report_text(path), source=path.name)


def extract_report(path: Path | str) -> Graph:
    """The graph of one report file."""
    return report_to_graph(parse_report_file(path))


def extract_text(text: str, source: str = "<text>") -> Graph:
    """The graph of a report given as text."""
    return report_to_graph(parse_report(clean_text(text), source=source))


def summarise(report: Report) -> str:
    """A short account of what was found, for people."""
    types = Counter(b.body_type for b in report.bodies)
    bodies = ", ".join(f"{n} {t}" for t, n in sorted(types.items()))
    return (
        f"{report.source}: {report.authority} ({report.inspection_start or 'no date'}): "
        f"{_parts(report)}, {len(report.judgements)} judgements, "
        f"{len(report.recommendations)} recommendations, {len(report.bodies)} bodies ({bodies}), "
        f"{len(report.statistics)} statistics, {len(report.relations)} relations"
    )


def _parts(report: Report) -> str:
    numbered = report.numbered_paragraphs
    passages = len(report.paragraphs) - numbered
    return f"{numbered} paragraphs" + (f", {passages} passages" if passages else "")
