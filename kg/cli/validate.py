"""``kg validate``: SHACL validation of graphs, report by report, with exit codes scripts can use."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..validation import json_summary, report_turtle, text_summary, validate_paths

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
    at or above --fail-on, 2 unusable input (missing file, malformed RDF or shapes; a report of
    a folder that cannot be read is named and skipped, the rest validated, and the exit is 2).

    \b
    Examples:
      kg validate report.ttl
      kg validate corpus.trig --format json
      kg validate report.txt --fail-on warning
      kg validate report.ttl --shapes my-shapes/ --format turtle
    """
    failures: list = []
    results = validate_paths(list(graphs), shapes_dir=shapes_dir, failures=failures)
    for failure in failures:
        click.echo(f"kg: error: {failure.message} (skipped)", err=True)
    if fmt == "json":
        click.echo(json.dumps(json_summary(results, fail_on), indent=2, ensure_ascii=False))
    elif fmt == "turtle":
        click.echo(report_turtle(results), nl=False)
    else:
        click.echo(text_summary(results))
    if failures:  # some input was unusable: the rest were validated and shown above
        click.get_current_context().exit(2)
    if any(result.fails(fail_on) for result in results):
        click.get_current_context().exit(1)


COMMANDS = [validate_command]
