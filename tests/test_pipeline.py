"""`kg pipeline`, the README's main job: extract → validate → analyse on the embedded sample, and
on another report; a bad report leaves no files."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import RDF

from kg.cli import main
from kg.namespaces import IKG
from kg.pipeline import run_pipeline

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_sample_end_to_end(tmp_path):
    result = CliRunner().invoke(main, ["pipeline", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("barnet-2012-slac.txt: London Borough of Barnet (2012-01-09): 123 paragraphs, 22 judgements, 14 recommendations")
    assert lines[1].startswith("validation: conforms (0 violations,")
    assert lines[2].startswith("partnership: ") and "most central: London Borough of Barnet" in lines[2]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "barnet-2012-slac-analysis.json",
        "barnet-2012-slac-partnership.png",
        "barnet-2012-slac-validation.ttl",
        "barnet-2012-slac-validation.txt",
        "barnet-2012-slac.ttl",
    ]
    graph = Graph().parse(tmp_path / "barnet-2012-slac.ttl")
    assert len(set(graph.subjects(RDF.type, IKG.Judgement))) == 22
    assert (tmp_path / "barnet-2012-slac-partnership.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    analysis = json.loads((tmp_path / "barnet-2012-slac-analysis.json").read_text())
    assert set(analysis) >= {"nodes", "edges", "communities"}
    assert "barnet-2012-slac.txt: conforms" in (tmp_path / "barnet-2012-slac-validation.txt").read_text()


def test_another_report_with_an_html_picture(tmp_path):
    result = run_pipeline(FIXTURES / "reports" / "northfield-2011-slac.txt", tmp_path, picture="html")
    assert result.validation.conforms
    assert result.files["picture"].name == "northfield-2011-slac-partnership.html"
    assert "Metropolitan Borough of Northfield" in result.files["picture"].read_text(encoding="utf-8")


def test_a_bad_report_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["pipeline", str(FIXTURES / "bad" / "not-a-report.txt"), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: not-a-report.txt: not an inspection report")
    assert not out.exists()
