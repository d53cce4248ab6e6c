"""The extraction of every fixture report and of the sample, pinned in tests/golden/: a change to
what is extracted fails here until the golden files are rewritten (tests/golden/update.py) and
the diff reviewed. The shared PDFs, where present beside the checkout, give the same graphs as
their text."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.extract import extract_report

from golden.update import HERE, golden_bytes, golden_inputs

SHARED = Path(__file__).parents[2] / "shared" / "reports"


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.stem)
def test_extraction_matches_its_golden_file(path):
    golden = HERE / f"{path.stem}.ttl"
    assert golden.exists(), f"no golden file for {path.name}: run tests/golden/update.py"
    got = golden_bytes(path)
    if got != golden.read_bytes():
        diff = difflib.unified_diff(
            golden.read_text(encoding="utf-8").splitlines(), got.decode("utf-8").splitlines(),
            "golden", "now", lineterm="", n=1,
        )
        pytest.fail("the extraction changed:\n" + "\n".join(list(diff)[:60]))


@pytest.mark.parametrize("name", ["kent-2013-lac", "leeds-2015-sif", "hartlepool-2018-ilacs", "barnsley-2023-ilacs"])
def test_a_shared_pdf_gives_the_graph_of_its_text(name):
    pdf = SHARED / f"{name}.pdf"
    if not pdf.exists():
        pytest.skip("the shared reports are not beside this checkout")
    from_pdf = extract_report(pdf)
    golden = Graph().parse(HERE / f"{name}.ttl")
    for graph in (from_pdf, golden):
        for triple in list(graph.triples((None, DCTERMS.source, None))):
            graph.remove(triple)
    assert isomorphic(from_pdf, golden)
