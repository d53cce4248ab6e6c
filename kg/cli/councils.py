"""``kg councils``: the reference graph of every English council."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..councils import councils_graph
from ..graphio import format_for_output, serialize, write_atomically


@click.command("councils")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here; the format follows the suffix.")
def councils_command(output: Path | None) -> None:
    """Write the reference graph of every English council: DfE and ONS codes, Ofsted URN,
    region, type and statistical neighbours. Load it beside a corpus to group grades by region.

    \b
    Example:
      kg councils -o councils.ttl
      kg query corpus.trig councils.ttl --name grades-by-region-year
    """
    data = serialize(councils_graph(), format_for_output(output) if output else "turtle")
    if output:
        write_atomically(output, data)
    else:
        sys.stdout.buffer.write(data)


COMMANDS = [councils_command]
