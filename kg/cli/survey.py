"""``kg survey``: a coverage table for a folder of reports."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError
from ..graphio import check_output_path, write_atomically
from ..survey import rows_as_csv, rows_as_table, summary_line, survey


@click.command("survey")
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--csv", "csv_path", type=click.Path(path_type=Path), help="Also write the table as CSV here.")
@click.option("-q", "--quiet", is_flag=True, help="Only the summary line.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Reports read at once (default: every core).")
def survey_command(reports: tuple[Path, ...], csv_path: Path | None, quiet: bool, jobs: int | None) -> None:
    """What was read of each report of a folder: framework, authority, dates, judgements found
    and expected, recommendations, bodies; or why a file was refused.

    A report is "complete" when every judgement its framework always has was read, and
    "incomplete" when the reading lacks one (the row says which). A refused file is named on
    stderr too, and the exit status is then 1 (2 when no file could be read).

    \b
    Examples:
      kg survey reports/
      kg survey reports/ --csv coverage.csv
    """
    if csv_path:
        check_output_path(csv_path)
    show_progress = not quiet and sys.stderr.isatty()
    rows = survey(reports, workers=jobs, progress=_tick if show_progress else None)
    if show_progress:
        click.echo("", err=True)
    if csv_path:
        write_atomically(csv_path, rows_as_csv(rows))
    if not quiet:
        click.echo(rows_as_table(rows), nl=False)
    for row in rows:
        if row.status == "refused":
            click.echo(f"kg: error: {row.file}: {'; '.join(row.warnings)} (skipped)", err=True)
    click.echo(summary_line(rows))
    refused = sum(1 for r in rows if r.status == "refused")
    if refused == len(rows):
        raise InputError(f"none of the {len(rows)} reports could be read")
    if refused:
        click.get_current_context().exit(1)


def _tick(_path: Path) -> None:
    """One dot on stderr a report read: progress over a large folder."""
    click.echo(".", err=True, nl=False)


COMMANDS = [survey_command]
