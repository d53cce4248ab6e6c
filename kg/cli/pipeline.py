"""``kg pipeline``: the main job — extract, validate and analyse one report into a folder."""
from __future__ import annotations

from pathlib import Path

import click

from ..extract import summarise
from ..pipeline import run_pipeline


@click.command("pipeline")
@click.argument("report", required=False, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="The folder to write into.")
@click.option("--picture", type=click.Choice(["png", "svg", "html"]), default="png", show_default=True,
              help="The partnership picture's format.")
def pipeline_command(report: Path | None, out_dir: Path, picture: str) -> None:
    """Extract, validate and analyse one report (the embedded 2012 sample if none is given),
    writing the Turtle, the validation report, the analysis and a partnership picture.

    \b
    Examples:
      kg pipeline                       # the embedded sample, into ./out
      kg pipeline report.pdf --out results --picture html
    """
    result = run_pipeline(report, out_dir, picture)
    validation, analysis = result.validation, result.analysis
    click.echo(summarise(result.report))
    for warning in result.report.warnings:
        click.echo(f"kg: warning: {result.report.source}: {warning}", err=True)
    counts = validation.counts()
    verdict = "conforms" if validation.conforms else "does not conform"
    click.echo(
        f"validation: {verdict} ({counts.get('violation', 0)} violations, "
        f"{counts.get('warning', 0)} warnings)"
    )
    central = sorted(analysis.nodes, key=lambda n: (-n.betweenness, n.label))[:5]
    click.echo(
        f"partnership: {len(analysis.nodes)} bodies, {len(analysis.edges)} ties, "
        f"{len(analysis.communities)} communities; most central: "
        + ", ".join(n.short_name for n in central)
    )
    for kind, path in result.files.items():
        click.echo(f"  {kind:15} {path}")
    if not validation.conforms:
        click.get_current_context().exit(1)


COMMANDS = [pipeline_command]
