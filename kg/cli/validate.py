"""``kg validate``: SHACL validation of graphs, report by report, with exit codes scripts can use."""
from __future__ import annotations

import json
from pathlib import Path

import click
from rdflib import Graph

from ..namespaces import bind_prefixes
from ..validation import SEVERITIES, SHAPES_NAMESPACE, ValidationResult, validate_paths

_PLURAL = {"violation": "violations", "warning": "warnings", "info": "infos"}


def _count(n: int, severity: str) -> str:
    return f"{n} {severity if n == 1 else _PLURAL[severity]}"


@click.command("validate")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--shapes", "shapes_dir", type=click.Path(path_type=Path),
              help="A folder of SHACL shapes (.ttl) to use instead of the bundled ones.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text",
              show_default=True,
              help="text for people; json for programs; turtle: the SHACL validation report graph.")
@click.option("--fail-on", type=click.Choice(["violation", "warning"]), default="violation",
              show_default=True, help="Exit 1 when any result is this severe or worse.")
def validate_command(graphs, shapes_dir, fmt, fail_on):
    """Validate graphs (RDF files or reports) against the SHACL shapes, one report at a time.

    Exit status: 0 the graphs conform (or have only results below --fail-on), 1 some result is
    at or above --fail-on, 2 unusable input (missing file, malformed RDF or shapes).

    \b
    Examples:
      kg validate barnet.ttl
      kg validate corpus.trig --format json
      kg validate report.txt --fail-on warning
      kg validate report.ttl --shapes my-shapes/ --format turtle
    """
    results = validate_paths(list(graphs), shapes_dir=shapes_dir)
    if fmt == "json":
        click.echo(json.dumps(json_summary(results, fail_on), indent=2, ensure_ascii=False))
    elif fmt == "turtle":
        click.echo(report_turtle(results), nl=False)
    else:
        click.echo(text_summary(results))
    if any(result.fails(fail_on) for result in results):
        click.get_current_context().exit(1)


def totals(results: list[ValidationResult]) -> dict[str, int]:
    return {severity: sum(r.count(severity) for r in results) for severity in SEVERITIES}


def json_summary(results: list[ValidationResult], fail_on: str = "violation") -> dict:
    return {
        "conforms": all(r.conforms for r in results),
        "fail_on": fail_on,
        "counts": totals(results),
        "reports": [r.to_dict() for r in results],
    }


def report_turtle(results: list[ValidationResult]) -> str:
    merged = Graph(bind_namespaces="core")
    bind_prefixes(merged)
    merged.bind("sh", "http://www.w3.org/ns/shacl#")
    merged.bind("ikgsh", SHAPES_NAMESPACE)
    for result in results:
        for triple in result.results_graph:
            merged.add(triple)
    return merged.serialize(format="turtle")


def _where(paragraphs: list[int]) -> str:
    if not paragraphs:
        return ""
    shown = ", ".join(str(n) for n in paragraphs[:8]) + (", …" if len(paragraphs) > 8 else "")
    return f"paragraph {shown}" if len(paragraphs) == 1 else f"paragraphs {shown}"


def text_summary(results: list[ValidationResult]) -> str:
    """Results grouped by severity, then shape; each line names the report, the focus node's
    label, the path, the message, the value and the paragraph(s); then the counts."""
    lines: list[str] = []
    for severity in SEVERITIES:
        found = [(r.report, f) for r in results for f in r.results if f.severity == severity]
        if not found:
            continue
        lines.append(f"{_PLURAL[severity].capitalize()} ({len(found)})")
        for shape in sorted({f.shape for _, f in found}):
            of_shape = [(report, f) for report, f in found if f.shape == shape]
            lines.append(f"  {shape} ({len(of_shape)})")
            for report, f in of_shape:
                details = [d for d in (f"value {f.value}" if f.value else "", _where(f.paragraphs)) if d]
                path = f" [{f.path}]" if f.path else ""
                tail = f" ({'; '.join(details)})" if details else ""
                lines.append(f"    {report}: {f.focus_label}{path}: {f.message}{tail}")
        lines.append("")
    for result in results:
        counts = ", ".join(_count(n, s) for s, n in result.counts().items())
        verdict = "conforms" if result.conforms else "does not conform"
        lines.append(f"{result.report}: {verdict} ({counts})")
    if len(results) > 1:
        counts = ", ".join(_count(n, s) for s, n in totals(results).items())
        conforming = sum(1 for r in results if r.conforms)
        lines.append(f"{len(results)} graphs: {conforming} conform; {counts}")
    return "\n".join(lines)


COMMANDS = [validate_command]
