"""One large N-Quads or TriG file read into two stores side by side (``load_file_in_parts``): each
store holds whole named graphs, the network and the report names are the ones a single store
gives, and every file whose graphs cannot be cut apart safely is read whole instead."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import dataset_parts
from kg.cli import main
from kg.network import partnership_simple_graph, report_infos
from kg.network.sources import load_stores
from kg.dataset_parts import load_file_in_parts

GOLDEN = Path(__file__).parent / "golden"
REPORT = ox.NamedNode("https://w3id.org/inspection-kg/def#InspectionReport")
REPORTS = ["barnsley-2023-ilacs", "hartlepool-2018-ilacs", "leeds-2015-sif", "kent-2013-lac"]


def _dataset(fmt) -> list[ox.Quad]:
    """The golden reports' graphs, each in a named graph of its own named by its report (as
    ``kg extract`` writes a dataset), graph after graph."""
    quads = []
    for name in REPORTS:
        triples = list(ox.parse(path=str(GOLDEN / f"{name}.ttl"), format=ox.RdfFormat.TURTLE))
        graph, = {t.subject for t in triples if t.object == REPORT}
        quads += [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
    return quads


def _write(path: Path, quads, fmt) -> Path:
    path.write_bytes(ox.serialize(quads, format=fmt, prefixes={"ikg": "https://w3id.org/inspection-kg/def#"}
                                  if fmt == ox.RdfFormat.TRIG else None))
    return path


def _whole(path: Path, fmt) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=fmt)
    return store


@pytest.mark.parametrize("suffix, fmt", [(".nq", ox.RdfFormat.N_QUADS), (".trig", ox.RdfFormat.TRIG)])
def test_a_dataset_is_cut_between_graphs_into_stores_of_whole_graphs(tmp_path, suffix, fmt):
    path = _write(tmp_path / f"corpus{suffix}", _dataset(fmt), fmt)
    stores = load_file_in_parts(path, 2, min_bytes=0, chunk_bytes=4096)  # many pieces per part
    whole = _whole(path, fmt)
    assert stores is not None and len(stores) == 2
    graphs = [set(store.named_graphs()) for store in stores]
    assert graphs[0] and graphs[1] and not graphs[0] & graphs[1]
    assert graphs[0] | graphs[1] == set(whole.named_graphs())
    for store in stores:  # every graph whole, every statement once
        for graph in store.named_graphs():
            assert set(store.quads_for_pattern(None, None, None, graph)) == \
                set(whole.quads_for_pattern(None, None, None, graph))
    assert sum(len(store) for store in stores) == len(whole)


def test_the_network_and_the_report_names_of_two_parts_are_the_whole_file_s(tmp_path, monkeypatch):
    path = _write(tmp_path / "corpus.nq", _dataset(ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    whole = _whole(path, ox.RdfFormat.N_QUADS)
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 0)
    stores = load_stores([path])
    assert len(stores) == 2
    one, two = partnership_simple_graph(whole), partnership_simple_graph(stores)
    assert one.number_of_nodes() > 50
    assert sorted(one.nodes(data=True)) == sorted(two.nodes(data=True))
    assert sorted(one.edges(data=True)) == sorted(two.edges(data=True))
    assert report_infos(whole) == report_infos(stores)

    result = CliRunner().invoke(main, ["analyse", str(path), "--format", "json"])
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 1 << 60)
    result_whole = CliRunner().invoke(main, ["analyse", str(path), "--format", "json"])
    assert result.exit_code == 0 == result_whole.exit_code, result.stderr
    assert json.loads(result.stdout) == json.loads(result_whole.stdout)


def test_an_authority_is_called_by_its_fullest_name_whichever_store_gives_it():
    """Two inspections of one council, one naming it "Anyshire", the other "Anyshire County
    Council", held in two stores: both reports name the council in full, as one store gives."""
    ikg, skos = "https://w3id.org/inspection-kg/def#", "http://www.w3.org/2004/02/skos/core#"
    council = ox.NamedNode("https://w3id.org/inspection-kg/id/body/anyshire")

    def report(number: int, label: str) -> ox.Store:
        store, graph = ox.Store(), ox.NamedNode(f"urn:x-test:r{number}")
        iri = ox.NamedNode(f"https://w3id.org/inspection-kg/id/report/r{number}")
        store.extend([
            ox.Quad(iri, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    ox.NamedNode(ikg + "InspectionReport"), graph),
            ox.Quad(iri, ox.NamedNode(ikg + "inspectedAuthority"), council, graph),
            ox.Quad(council, ox.NamedNode(skos + "prefLabel"), ox.Literal(label), graph)])
        return store

    first, second = report(1, "Anyshire"), report(2, "Anyshire County Council")
    both = ox.Store()
    both.extend(list(first) + list(second))
    names = [info.authority for info in report_infos([first, second])]
    assert names == ["Anyshire County Council", "Anyshire County Council"]
    assert report_infos([first, second]) == report_infos(both)


def _interleaved(quads):
    """The statements of the graphs taken in turn, as a file sorted by subject has them."""
    by_graph: dict = {}
    for quad in quads:
        by_graph.setdefault(quad.graph_name, []).append(quad)
    runs = list(by_graph.values())
    return [run[i] for i in range(max(map(len, runs))) for run in runs if i < len(run)]


def test_files_whose_graphs_cannot_be_cut_apart_are_read_whole(tmp_path):
    nquads, trig = ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG
    quads = _dataset(nquads)
    body = ox.NamedNode("https://w3id.org/inspection-kg/id/body/anyshire/panel")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    cases = {
        "interleaved.nq": _write(tmp_path / "interleaved.nq", _interleaved(quads), nquads),
        "blank.nq": _write(tmp_path / "blank.nq", quads + [
            ox.Quad(ox.BlankNode("x"), label, ox.Literal("a panel"), quads[0].graph_name),
            ox.Quad(ox.BlankNode("x"), label, ox.Literal("the panel"), quads[-1].graph_name)], nquads),
        "default.nq": _write(tmp_path / "default.nq", quads + [
            ox.Quad(body, label, ox.Literal("a panel"), ox.DefaultGraph())], nquads),
        "one-graph.nq": _write(tmp_path / "one-graph.nq", [
            ox.Quad(q.subject, q.predicate, q.object, quads[0].graph_name) for q in quads], nquads),
    }
    text = _write(tmp_path / "x.trig", quads, trig).read_bytes()
    half = text.index(b"\n}\n", len(text) // 2) + 3
    late = tmp_path / "late-prefix.trig"  # a prefix declared after the first graph
    late.write_bytes(text[:half] + b"@prefix ikg: <urn:x-other#> .\n" + text[half:])
    cases["late-prefix.trig"] = late
    broken = tmp_path / "broken.trig"
    broken.write_bytes(text[:half] + b"<urn:x-test:g> { <urn:a> <urn:b> \n}\n" + text[half:])
    cases["broken.trig"] = broken
    for name, path in cases.items():
        assert load_file_in_parts(path, 2, min_bytes=0) is None, name
    assert load_file_in_parts(tmp_path / "x.trig", 2) is None  # under the size worth cutting
    assert load_file_in_parts(tmp_path / "x.trig", 1, min_bytes=0) is None


def test_a_broken_large_file_still_gets_one_error_naming_the_file(tmp_path, monkeypatch):
    text = _write(tmp_path / "x.nq", _dataset(ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS).read_bytes()
    broken = tmp_path / "broken.nq"
    half = text.index(b"\n", len(text) // 2) + 1
    broken.write_bytes(text[:half] + b"<urn:a> <urn:b> .\n" + text[half:])  # a statement without object
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 0)
    result = CliRunner().invoke(main, ["analyse", str(broken)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("kg: error: ") and "broken.nq" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


# ---------------------------------------------------------------- a review's cases
@pytest.mark.parametrize("directive", [
    b"  @prefix ex: <urn:b#> .\n",  # leading spaces
    b"\tPREFIX ex: <urn:b#>\n",  # a tab
    b"Prefix ex: <urn:b#>\n",  # SPARQL-style keywords are case-insensitive
    b"  @base <http://b.example/> .\n",
])
def test_a_prefix_or_base_declared_late_in_any_form_reads_as_the_whole_file(tmp_path, directive):
    """Three graphs; a directive after the first (in part 1) applies to the third (in part 2),
    which a part read under the header's prefixes would get wrong: such a file is read whole."""
    def trig(between: bytes) -> Path:
        path = tmp_path / "late.trig"
        path.write_bytes(b"@base <http://a.example/> .\nPREFIX ex: <urn:a#>\n"
                         b"ex:g1 {\n\tex:s <p> ex:o .\n}\n" + between +
                         b"ex:g2 {\n\tex:s <p> ex:o .\n}\nex:g3 {\n\tex:s <p> ex:o .\n}\n")
        return path

    assert load_file_in_parts(trig(b""), 2, min_bytes=0) is not None  # without it, the file is cut
    path = trig(directive)
    assert load_file_in_parts(path, 2, min_bytes=0) is None  # read whole, under the right prefix


def _with(quads, extra, path: Path) -> Path:
    return _write(path, quads + extra, ox.RdfFormat.N_QUADS)


def test_an_authority_s_full_name_given_only_by_another_council_s_report(tmp_path):
    """Kent's report (part 2) names Barnsley's council in full, as a neighbour's report does
    ("Leicestershire County Council" in a Rutland report, "Leicestershire" in its own city's);
    Barnsley's own report (part 1) calls it "Barnsley". One store names the Barnsley report by
    the fullest label; two stores must too."""
    quads = _dataset(ox.RdfFormat.N_QUADS)
    kent = quads[-1].graph_name
    council = ox.NamedNode("https://w3id.org/inspection-kg/id/body/council/barnsley")
    ikg, skos = "https://w3id.org/inspection-kg/def#", "http://www.w3.org/2004/02/skos/core#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    path = _with(quads, [ox.Quad(council, rdf_type, ox.NamedNode(ikg + "Body"), kent),
                         ox.Quad(council, rdf_type, ox.NamedNode(ikg + "LocalAuthority"), kent),
                         ox.Quad(council, ox.NamedNode(skos + "prefLabel"),
                                 ox.Literal("Barnsley Metropolitan Borough Council"), kent)], tmp_path / "r.nq")
    stores = load_file_in_parts(path, 2, min_bytes=0)
    assert stores is not None
    assert report_infos(stores) == report_infos(_whole(path, ox.RdfFormat.N_QUADS))


def test_a_graph_that_is_not_a_report_s_keeps_the_file_whole(tmp_path, monkeypatch):
    """A relation declared ``rdfs:subPropertyOf ikg:relatedTo`` in a vocabulary graph (part 1)
    and used in Kent's report (part 2): every store would need the vocabulary, so a file with a
    graph that is not a report's own is read whole, and the tie is there."""
    quads = _dataset(ox.RdfFormat.N_QUADS)
    kent = quads[-1].graph_name
    funded = ox.NamedNode("urn:x-test:fundedBy")
    ofsted, council = (ox.NamedNode(f"https://w3id.org/inspection-kg/id/body/{name}") for name in ("ofsted", "council/kent"))
    path = _with([ox.Quad(funded, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subPropertyOf"),
                          ox.NamedNode("https://w3id.org/inspection-kg/def#relatedTo"),
                          ox.NamedNode("urn:x-test:vocabulary"))] + quads + [ox.Quad(ofsted, funded, council, kent)],
                 [], tmp_path / "vocabulary.nq")
    assert load_file_in_parts(path, 2, min_bytes=0) is not None  # the bytes could be cut
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 0)
    stores = load_stores([path])
    assert len(stores) == 1
    network = partnership_simple_graph(stores)
    assert network.has_edge(str(ofsted.value), str(council.value)) or \
        network.has_edge(str(council.value), str(ofsted.value))


# ---------------------------------------------------------------- a second review's cases
def _analyse_both_ways(path: Path, monkeypatch, options) -> tuple:
    """``kg analyse PATH OPTIONS`` with the file cut (SPLIT_MIN_BYTES 0) and read whole."""
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 0)
    cut = CliRunner().invoke(main, ["analyse", str(path), *options])
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 1 << 60)
    whole = CliRunner().invoke(main, ["analyse", str(path), *options])
    assert cut.exit_code == 0 == whole.exit_code, (cut.output, whole.output)
    return cut.stdout, whole.stdout


@pytest.mark.parametrize("between", [
    b"# {\n\tPREFIX ex: <urn:b#>\n\tex:g2 {\n\tex:s ex:p ex:o .\n}\n",  # a comment ending in "{"
    b" PREFIX ex: <urn:b#> ex:g2 {\n\tex:s ex:p ex:o .\n}\n",  # on a block's opening line, after a space
    b"  @prefix ex: <urn:b#> . ex:g2 {\n\tex:s ex:p ex:o .\n}\n",
    b"# a comment ends at a carriage return\rPREFIX ex: <urn:b#> ex:g2 {\n\tex:s ex:p ex:o .\n}\n",
])
def test_a_prefix_hidden_from_the_layout_check_reads_as_the_whole_file(tmp_path, between):
    """The prefix is redefined after the first graph where a looser layout check would not see
    it: in a tab-indented line after a comment line that ends in "{", on a block's opening line
    after a space, after a comment ended by a carriage return. A part read under the header's
    prefix would give ``<urn:a#g3>`` where the whole file says ``<urn:b#g3>``."""
    path = tmp_path / "hidden.trig"
    path.write_bytes(b"PREFIX ex: <urn:a#>\nex:g1 {\n\tex:s ex:p ex:o .\n}\n" + between +
                     b"ex:g3 {\n\tex:s ex:p ex:o .\n}\n")
    stores = load_file_in_parts(path, 2, min_bytes=0)
    whole = ox.Store()
    whole.load(path=str(path), format=ox.RdfFormat.TRIG, lenient=True)
    assert ox.NamedNode("urn:b#g3") in set(whole.named_graphs())
    assert stores is None or set().union(*map(set, stores)) == set(whole)


@pytest.mark.parametrize("hidden", [
    b" PREFIX ikg: <urn:x-other#> <urn:x-test:empty> {\n",
    b"# {\n\tPREFIX ikg: <urn:x-other#>\n\t<urn:x-test:empty> {\n",
])
@pytest.mark.parametrize("options", [["--format", "json"], []])
def test_kg_analyse_of_a_trig_file_with_a_hidden_prefix_is_the_whole_file_s(tmp_path, monkeypatch, hidden, options):
    """kg's own TriG dataset, with ``ikg:`` redefined after the first report's graph (in an
    empty graph's opening line, or a comment's next line; the empty graph holds a long comment,
    so that the cut falls after it): the whole file reads the three later reports outside the
    vocabulary, which parts would read as reports: such a file is read whole."""
    text = _write(tmp_path / "x.trig", _dataset(ox.RdfFormat.TRIG), ox.RdfFormat.TRIG).read_bytes()
    first = text.index(b"\n}\n") + 3
    path = tmp_path / "hidden.trig"
    path.write_bytes(text[:first] + hidden + b"\t# " + b"x" * len(text) + b"\n}\n" + text[first:])
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 0)
    assert len(load_stores([path])) == 1  # not graph blocks as Oxigraph writes them: read whole
    cut, whole = _analyse_both_ways(path, monkeypatch, options)
    assert cut == whole


_IKG = "https://w3id.org/inspection-kg/def#"
_BODY = "https://w3id.org/inspection-kg/id/body/"


_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.mark.parametrize("subject, predicate, obj, options", [
    # Kent's report (part 2) ties its council to Barnsley's (typed ikg:Body in part 1 only)
    ("council/kent", _IKG + "worksWith", ox.NamedNode(_BODY + "council/barnsley"), ["--format", "json", "--edges", "relations"]),
    ("council/kent", _IKG + "worksWith", ox.NamedNode(_BODY + "council/barnsley"), ["--edges", "relations"]),
    # a class or a short form given to Barnsley's council by Kent's report only
    ("council/barnsley", _TYPE, ox.NamedNode(_IKG + "NationalBody"), ["--format", "json"]),
    ("council/barnsley", _TYPE, ox.NamedNode(_IKG + "NationalBody"), ["--format", "json", "--include-national"]),
    ("council/barnsley", "http://www.w3.org/2004/02/skos/core#altLabel", ox.Literal("BMBC"), ["--format", "json"]),
])
def test_what_one_report_says_of_a_body_another_report_types(tmp_path, monkeypatch, subject, predicate, obj, options):
    """Kent's graph (part 2) says something of Barnsley's council, typed ``ikg:Body`` in
    Barnsley's graph (part 1) only: a tie to it, a class, a short form. One store reads it, and
    so do two: a body one store types is a body in the others."""
    quads = _dataset(ox.RdfFormat.N_QUADS)
    kent = quads[-1].graph_name
    extra = [ox.Quad(ox.NamedNode(_BODY + subject), ox.NamedNode(predicate), obj, kent)]
    path = _with(quads, extra, tmp_path / "said.nq")
    monkeypatch.setattr(dataset_parts, "SPLIT_MIN_BYTES", 0)
    assert len(load_stores([path])) == 2
    cut, whole = _analyse_both_ways(path, monkeypatch, options)
    assert cut == whole
