"""The command line as one contract: every command listed with a whole summary, loaded only when
run (so `kg --help` imports no RDF library), one rule for unusable inputs, "did you mean" for
unknown names, and SPARQL results written by pyoxigraph."""
from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import click
import pyoxigraph
import pytest

from kg_query_support import BARNET, KENT, kg
from kg.cli.registry import REGISTRY

HEAVY = ("rdflib", "pyshacl", "networkx", "matplotlib", "pyoxigraph", "numpy")


def imported_by(*args: str) -> set[str]:
    """The heavy libraries a `kg ARGS…` run imported, in a fresh interpreter."""
    probe = (
        "import sys\n"
        "from kg.cli import main\n"
        "try:\n"
        f"    main({list(args)!r}, prog_name='kg')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    return set(done.stderr.strip().splitlines()[-1].split()) if done.stderr.strip() else set()


def test_help_lists_every_command_with_a_whole_summary():
    result = kg("--help")
    assert result.exit_code == 0
    for entry in REGISTRY:
        line = next(line for line in result.stdout.splitlines() if line.strip().startswith(entry.name + " "))
        assert line.split(None, 1)[1] == entry.summary  # never cut mid-phrase
    assert "KG_DEBUG" in result.stdout and "skipped" in result.stdout


def test_help_and_a_command_help_import_nothing_heavy():
    assert imported_by("--help") == set()
    assert imported_by("table", "--help") & {"pyshacl", "networkx", "matplotlib"} == set()
    assert imported_by("query", "--list") & {"pyshacl", "networkx", "matplotlib", "numpy"} == set()


def test_registry_names_every_command_module():
    listed = {entry.module for entry in REGISTRY}
    for info in pkgutil.iter_modules(importlib.import_module("kg.cli").__path__):
        module = importlib.import_module(f"kg.cli.{info.name}")
        commands = getattr(module, "COMMANDS", [])
        if commands:
            assert f"kg.cli.{info.name}" in listed, f"add kg.cli.{info.name}'s commands to kg/cli/registry.py"
    for entry in REGISTRY:
        command = entry.load()
        assert isinstance(command, click.Command) and command.name == entry.name
        assert "Example" in (command.help or ""), entry.name


def test_unknown_command_suggests():
    result = kg("extrct")
    assert result.exit_code == 2 and "extract" in result.stderr


def test_unknown_query_name_says_did_you_mean():
    result = kg("query", BARNET, "--name", "grades-by-aera")
    assert result.exit_code == 2
    assert "did you mean 'grades-by-area'" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_query_over_a_folder_skips_what_it_cannot_use(tmp_path):
    (tmp_path / "barnet.ttl").write_bytes(BARNET.read_bytes())
    (tmp_path / "broken.ttl").write_text("@prefix ikg: <https://w3id.org/inspection-kg/def#> .\nikg:a ikg:b\n")
    result = kg("query", tmp_path, "--name", "reports", "--format", "csv")
    assert result.exit_code == 1
    assert "broken.ttl: not valid turtle RDF" in result.stderr and "(skipped)" in result.stderr
    assert result.stdout.count("\n") == 2  # the header and Barnet's row
    nothing = kg("query", tmp_path / "broken.ttl", "--name", "reports")
    assert nothing.exit_code == 2 and nothing.stdout == ""


@pytest.mark.parametrize("fmt, results_format", [
    ("xml", pyoxigraph.QueryResultsFormat.XML),
    ("json", pyoxigraph.QueryResultsFormat.JSON),
    ("tsv", pyoxigraph.QueryResultsFormat.TSV),
])
def test_result_formats_read_back_with_a_sparql_results_parser(fmt, results_format):
    result = kg("query", BARNET, KENT, "--name", "below-good", "--format", fmt)
    assert result.exit_code == 0
    solutions = list(pyoxigraph.parse_query_results(result.stdout, results_format))
    assert len(solutions) == 4  # Barnet's two, Kent's two
    assert {s["grade"].value for s in solutions} == {"Adequate"}
    assert {s["section"].value for s in solutions} == {"Safeguarding services", "Services for looked after children"}


def test_ask_in_sparql_xml_and_json():
    xml = kg("query", BARNET, "ASK { ?b a ikg:Board }", "--format", "xml")
    assert bool(pyoxigraph.parse_query_results(xml.stdout, pyoxigraph.QueryResultsFormat.XML)) is True
    no = kg("query", BARNET, "ASK { ?b a ikg:Inadequate }", "--format", "json")
    assert no.exit_code == 1 and json.loads(no.stdout) == {"head": {}, "boolean": False}


def test_the_vocabulary_is_read_beside_the_graphs():
    result = kg("query", BARNET, "SELECT ?label WHERE { ikg:RequiresImprovement skos:prefLabel ?label }",
                "--format", "csv")
    assert result.stdout.splitlines() == ["label", "Requires improvement to be good"]


def test_plot_accepts_pdf(tmp_path):
    picture = tmp_path / "net.pdf"
    result = kg("analyse", BARNET, "--plot", picture)
    assert result.exit_code == 0, result.stderr
    assert picture.read_bytes().startswith(b"%PDF")


def test_jobs_option_is_accepted_wherever_reports_are_extracted():
    for command in ("extract", "validate", "export", "query", "table", "analyse", "load"):
        help_text = kg(command, "--help").stdout
        assert "-j, --jobs" in help_text, command
        assert "-q, --quiet" in help_text or command == "load", command
