"""Corpora: folders of reports extracted in parallel into one TriG file, a named graph per
report, failures named and skipped, output independent of the order work finishes in, and a
council's reports linked in time order."""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from rdflib import Dataset, URIRef

from kg.cli import main
from kg.corpus import expand_inputs
from kg.namespaces import ID, IKG

FIXTURES = Path(__file__).parent / "fixtures"
SLAC = ["northfield-2011-slac.txt", "eastmoor-2012-slac-numbered.txt", "southby-2012-no-findings-table.txt",
        "westvale-2010-safeguarding-only.txt", "kent-2013-lac.txt"]


def corpus_folder(tmp_path: Path, with_bad: bool = True) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in SLAC:
        shutil.copy(FIXTURES / "reports" / name, folder / name)
    # The same council inspected again three years later.
    later = (FIXTURES / "reports" / "northfield-2011-slac.txt").read_text(encoding="utf-8")
    later = later.replace("7 – 18 March 2011", "3 – 14 March 2014").replace("22 April 2011", "25 April 2014")
    (folder / "northfield-2014-slac.txt").write_text(later, encoding="utf-8")
    if with_bad:
        shutil.copy(FIXTURES / "bad" / "not-a-report.txt", folder / "not-a-report.txt")
        shutil.copy(FIXTURES / "bad" / "empty.txt", folder / "sub-empty.txt")
    return folder


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_a_folder_becomes_a_named_graph_per_report_and_failures_are_skipped(tmp_path):
    out = tmp_path / "corpus.trig"
    result = run("extract", corpus_folder(tmp_path), "-o", out)
    assert result.exit_code == 1  # some failed
    assert "kg: error: not-a-report.txt: not an inspection report" in result.stderr
    assert "the file is empty (skipped)" in result.stderr
    assert "6 of 8 reports extracted" in result.stderr
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert len(names) == 6
    assert str(ID["report/metropolitan-borough-of-northfield-2014-03-03"]) in names


def test_a_council_s_reports_are_linked_in_time_order(tmp_path):
    out = tmp_path / "corpus.trig"
    assert run("extract", corpus_folder(tmp_path, with_bad=False), "-o", out).exit_code == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    later = ID["report/metropolitan-borough-of-northfield-2014-03-03"]
    earlier = ID["report/metropolitan-borough-of-northfield-2011-03-07"]
    assert (later, IKG.previousReport, earlier, URIRef(later)) in dataset
    assert not list(dataset.quads((earlier, IKG.previousReport, None, None)))


def test_output_does_not_depend_on_the_number_of_workers(tmp_path):
    folder = corpus_folder(tmp_path, with_bad=False)
    one, two = tmp_path / "one.trig", tmp_path / "two.trig"
    assert run("extract", folder, "-j", "1", "-q", "-o", one).exit_code == 0
    assert run("extract", folder, "-j", "2", "-q", "-o", two).exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_all_failing_is_exit_2_and_no_file(tmp_path):
    out = tmp_path / "corpus.trig"
    result = run("extract", FIXTURES / "bad" / "empty.txt", FIXTURES / "bad" / "not-a-report.txt", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == "kg: error: none of the 2 reports could be read"
    assert not out.exists()


def test_an_empty_folder_is_refused(tmp_path):
    result = run("extract", tmp_path)
    assert result.exit_code == 2
    assert "the folder holds no report or RDF file" in result.stderr


def test_expand_inputs_sorts_and_filters(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "notes.md").write_text("x")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.pdf", "b.txt"]


def test_a_folder_loaded_into_a_store_keeps_the_time_links(tmp_path):
    from kg.query import run_query
    from kg.store import load_into_store, open_store

    failures: list = []
    loaded = load_into_store([corpus_folder(tmp_path)], tmp_path / "store", failures=failures)
    assert len(loaded) == 6 and len(failures) == 2
    store = open_store(tmp_path / "store")
    later = ID["report/metropolitan-borough-of-northfield-2014-03-03"]
    earlier = ID["report/metropolitan-borough-of-northfield-2011-03-07"]
    result = run_query(store, f"ASK {{ GRAPH <{later}> {{ <{later}> ikg:previousReport <{earlier}> }} }}")
    assert result.boolean is True


def test_validating_a_folder_skips_an_unreadable_report_and_says_so(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(FIXTURES / "reports" / "southby-2012-no-findings-table.txt", folder)
    shutil.copy(FIXTURES / "bad" / "empty.txt", folder)
    result = run("validate", folder)
    assert result.exit_code == 1  # one rule for every command: skipped inputs exit 1 (2 when none usable)
    assert result.stderr.strip().endswith("empty.txt: the file is empty (skipped)")
    assert "southby-2012-no-findings-table.txt: conforms" in result.stdout
