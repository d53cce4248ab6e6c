"""`kg survey` and the incompleteness a reading reports: a coverage table for a folder (complete,
incomplete with what is missing, refused with why), its CSV, the summary line and exit codes;
`kg extract` warning of an incomplete reading; `kg validate` naming the missing judgement."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.cli import main
from kg.namespaces import IKG
from kg.survey import COLUMNS, survey

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "kg" / "samples" / "barnet-2012-slac.txt"
REPORTS = ROOT / "tests" / "fixtures" / "reports"
INCOMPLETE = REPORTS / "kestrelford-2019-ilacs-no-table.txt"
COMPLETE_LATER = REPORTS / "hartlepool-2018-ilacs.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def folder(tmp_path: Path, *files: Path, junk: bool = False) -> Path:
    out = tmp_path / "reports"
    out.mkdir()
    for f in files:
        shutil.copy(f, out / f.name)
    if junk:
        (out / "recipe.txt").write_text("A cake recipe.\nMix the flour and the eggs.\n", encoding="utf-8")
    return out


def test_rows_say_complete_incomplete_and_refused(tmp_path):
    rows = {r.file: r for r in survey([folder(tmp_path, SAMPLE, INCOMPLETE, COMPLETE_LATER, junk=True)], workers=1)}
    sample = rows[SAMPLE.name]
    assert (sample.status, sample.framework, sample.la_code) == ("complete", "slac-2009", "302")
    assert (sample.judgements_found, sample.judgements_expected, sample.recommendations) == (22, 2, 14)
    hartlepool = rows[COMPLETE_LATER.name]
    assert (hartlepool.status, hartlepool.judgements_found, hartlepool.judgements_expected) == ("complete", 4, 4)
    kestrelford = rows[INCOMPLETE.name]
    assert (kestrelford.status, kestrelford.judgements_found, kestrelford.judgements_expected) == ("incomplete", 3, 4)
    assert kestrelford.missing == ["Overall effectiveness"]
    assert any("no judgement on overall effectiveness: the reading is incomplete" in w for w in kestrelford.warnings)
    refused = rows["recipe.txt"]
    assert refused.status == "refused" and "not an inspection report" in refused.warnings[0]


def test_cli_table_csv_summary_and_exit_code(tmp_path):
    reports = folder(tmp_path, SAMPLE, INCOMPLETE, junk=True)
    out = tmp_path / "coverage.csv"
    result = run("survey", reports, "--csv", out)
    assert result.exit_code == 1  # one file refused: named, skipped, the rest surveyed
    assert result.stdout.splitlines()[-1] == "3 reports: 1 read completely, 1 incomplete, 1 refused"
    assert "missing: Overall effectiveness" in result.stdout
    assert "refused: not an inspection report" in result.stdout
    assert result.stderr.startswith("kg: error: recipe.txt: not an inspection report")
    with out.open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert tuple(table[0]) == COLUMNS
    assert [(r["file"], r["status"]) for r in table] == [
        (SAMPLE.name, "complete"), (INCOMPLETE.name, "incomplete"), ("recipe.txt", "refused")]


def test_cli_all_complete_exits_0_and_nothing_usable_exits_2(tmp_path):
    good = run("survey", folder(tmp_path, SAMPLE, COMPLETE_LATER), "-q")
    assert good.exit_code == 0 and good.stdout == "2 reports: 2 read completely, 0 incomplete, 0 refused\n"
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "recipe.txt").write_text("Nothing to read here.\n", encoding="utf-8")
    bad = run("survey", tmp_path / "junk", "-q")
    assert bad.exit_code == 2 and "none of the 1 reports could be read" in bad.stderr


def test_extract_warns_of_an_incomplete_reading():
    result = run("extract", INCOMPLETE)
    assert result.exit_code == 0
    assert ("kg: warning: kestrelford-2019-ilacs-no-table.txt: this Inspection of local authority children's "
            "services (2018–2022) report has no judgement on overall effectiveness: the reading is incomplete") in result.stderr


def test_validate_names_a_removed_judgement(tmp_path):
    graph = Graph().parse(data=run("extract", COMPLETE_LATER, "-q").stdout, format="turtle")
    report = next(graph.subjects(RDF.type, IKG.InspectionReport))
    help_judgements = [j for j in graph.objects(report, IKG.hasJudgement)
                     if (j, IKG.frameworkArea, URIRef(str(IKG) + "ILACS2018-HelpAndProtection")) in graph]
    assert len(help_judgements) == 1
    graph.remove((report, IKG.hasJudgement, help_judgements[0]))
    path = tmp_path / "incomplete.ttl"
    graph.serialize(path, format="turtle")
    result = run("validate", path)
    assert result.exit_code == 1
    assert ("has no judgement on the experiences and progress of children who need help and protection: "
            "the reading is incomplete") in result.stdout


def test_pipeline_warns_of_an_incomplete_reading(tmp_path):
    result = run("pipeline", INCOMPLETE, "--out", tmp_path / "out")
    assert result.exit_code == 1  # the graph does not conform: it says the reading is incomplete
    assert "no judgement on overall effectiveness: the reading is incomplete" in result.stderr
    assert "validation: does not conform (1 violations" in result.stdout
