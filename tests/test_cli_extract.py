"""`kg extract` as a user runs it: output formats by suffix, determinism, the summary, and bad
input (one line on stderr, exit 2, no output file)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.cli import main
from kg.namespaces import IKG

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "kg" / "samples" / "barnet-2012-slac.txt"
BAD = ROOT / "tests" / "fixtures" / "bad"
REPORTS = ROOT / "tests" / "fixtures" / "reports"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_turtle_on_stdout_and_summary_on_stderr():
    result = run("extract", SAMPLE)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(list(graph.subjects(RDF.type, IKG.Judgement))) == 22
    assert "22 judgements, 14 recommendations" in result.stderr


@pytest.mark.parametrize("suffix,fmt", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld")])
def test_format_follows_suffix(tmp_path, suffix, fmt):
    out = tmp_path / f"sample{suffix}"
    assert run("extract", SAMPLE, "-o", out).exit_code == 0
    turtle = Graph().parse(data=run("extract", SAMPLE, "-q").stdout, format="turtle")
    assert isomorphic(Graph().parse(out, format=fmt), turtle)


def test_trig_has_a_named_graph_per_report(tmp_path):
    out = tmp_path / "corpus.trig"
    second = REPORTS / "northfield-2011-slac.txt"
    assert run("extract", SAMPLE, second, "-o", out).exit_code == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = sorted(str(g.identifier) for g in dataset.graphs() if len(g))
    assert names == [
        "https://w3id.org/inspection-kg/id/report/302-barnet-2012-01-09",
        "https://w3id.org/inspection-kg/id/report/metropolitan-borough-of-northfield-2011-03-07",
    ]


def test_same_input_gives_the_same_bytes(tmp_path):
    # Separate processes: Python's hash seed differs, so set ordering cannot leak into output.
    outputs = []
    for name in ("a.nt", "b.nt"):
        subprocess.run([sys.executable, "-m", "kg", "extract", str(SAMPLE), "-q", "-o", str(tmp_path / name)], check=True)
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    "name,message",
    [
        ("empty.txt", "the file is empty"),
        ("binary.bin", "a binary file, not a report text"),
        ("not-a-report.txt", "not an inspection report"),
        ("missing.txt", "no such file"),
    ],
)
def test_bad_input_one_line_exit_2_no_output(tmp_path, name, message):
    out = tmp_path / "out.ttl"
    result = run("extract", BAD / name, "-o", out)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and message in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_truncated_report_gives_what_is_there_with_warnings():
    result = run("extract", BAD / "truncated.txt")
    assert result.exit_code == 0
    assert "kg: warning: truncated.txt: no graded judgements found" in result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(list(graph.subjects(RDF.type, IKG.Paragraph))) >= 3


def test_unknown_output_suffix_is_refused(tmp_path):
    result = run("extract", SAMPLE, "-o", tmp_path / "out.docx")
    assert result.exit_code == 2 and "cannot tell the output format" in result.stderr


def test_real_command_and_python_m(tmp_path):
    for command in ([str(Path(sys.executable).with_name("kg"))], [sys.executable, "-m", "kg"]):
        done = subprocess.run([*command, "extract", str(BAD / "empty.txt")], capture_output=True, text=True)
        assert done.returncode == 2
        assert done.stderr.strip() == f"kg: error: {BAD / 'empty.txt'}: the file is empty"


def test_extract_text_from_python_gives_the_same_graph_as_the_file():
    from kg.extract import extract_report, extract_text

    from_text = extract_text(SAMPLE.read_text(encoding="utf-8"), source=SAMPLE.name)
    assert isomorphic(from_text, extract_report(SAMPLE))
