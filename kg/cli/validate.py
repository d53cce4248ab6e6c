"""``kg validate``: SHACL validation of graphs, report by report, with exit codes scripts can use."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .common import exit_if_skipped, jobs_option, progress_counter, quiet_option, report_skipped


@click.command("validate")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH…")
@click.option("--shapes", "shapes_dir", type=click.Path(path_type=Path),
              help="A folder of SHACL shapes (.ttl) to use instead of the bundled ones.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text",
              show_default=True,
              help="text for people; json for programs; turtle: the SHACL validation report graph.")
@click.option("--fail-on", type=click.Choice(["violation", "warning"]), default="violation",
              show_default=True, help="Exit 1 when any result is this severe or worse.")
@quiet_option
@jobs_option
def validate_command(graphs, shapes_dir, fmt, fail_on, quiet):
    """Validate graphs (RDF files or reports) against the SHACL shapes, one report at a time.

    Exit status: 0 the graphs conform (or have only results below --fail-on), 1 some result is
    at or above --fail-on, or some input of several could not be used (it is named on stderr and
    skipped, the rest validated), 2 unusable input (missing file, malformed RDF or shapes, or no
    input usable at all). A progress bar shows on a terminal (not with -q).

    \b
    Examples:
      kg validate report.ttl
      kg validate corpus.trig --format json
      kg validate report.txt --fail-on warning
      kg validate reports/ -q -j 2
      kg validate report.ttl --shapes my-shapes/ --format turtle
    """
    from ..validation import json_summary, report_turtle, text_summary, validate_paths

    failures: list = []
    with progress_counter("validated", quiet) as advance:
        results = validate_paths(list(graphs), shapes_dir=shapes_dir, failures=failures, progress=advance)
    report_skipped(failures, len(results))
    if fmt == "json":
        click.echo(json.dumps(json_summary(results, fail_on), indent=2, ensure_ascii=False))
    elif fmt == "turtle":
        click.echo(report_turtle(results), nl=False)
    else:
        click.echo(text_summary(results))
    if any(result.fails(fail_on) for result in results):
        click.get_current_context().exit(1)
    exit_if_skipped(failures)


COMMANDS = [validate_command]
