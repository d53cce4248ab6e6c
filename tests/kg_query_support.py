"""Shared helpers for the query, export and store tests (fixture paths, running `kg`)."""
from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

HERE = Path(__file__).parent
GRAPHS = HERE / "fixtures" / "graphs"
BARNET = GRAPHS / "barnet-mini.ttl"
KENT = GRAPHS / "kent-mini.ttl"
KG = Path(sys.executable).parent / "kg"
SAMPLE = HERE.parent / "kg" / "samples" / "barnet-2012-slac.txt"
BARNET_REPORT = "https://w3id.org/inspection-kg/id/report/london-borough-of-barnet-2012-01-09"
KENT_REPORT = "https://w3id.org/inspection-kg/id/report/kent-county-council-2013-07-15"


def kg(*args: str, input: str | None = None):
    """Run `kg ARGS…` in-process; returns click's Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
