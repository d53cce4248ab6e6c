"""The partnership network and its analyses (kg.network, kg.analysis, kg.plot, ``kg analyse``)
on small hand-built graphs whose centralities, communities, bridges and paths are known by hand
(tests/fixtures/network/*.ttl say in their first line what they exercise), and on the sample."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

try:  # kg.extract is being written; the graph-file tests do not need it
    import kg.extract  # noqa: F401
    HAVE_EXTRACT = True
except ImportError:  # pragma: no cover - until kg/extract.py lands
    HAVE_EXTRACT = False
    _stub = types.ModuleType("kg.extract")
    _stub.extract_report = None
    sys.modules["kg.extract"] = _stub

from kg.analysis import analyse, find_body, neighbourhood, path_between, short_name  # noqa: E402
from kg.cli import main  # noqa: E402
from kg.errors import AnalysisError  # noqa: E402
from kg.network import network_for_export, partnership_network, simple_graph  # noqa: E402

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "network"
TREE = FIXTURES / "relations-tree.ttl"
CLIQUES = FIXTURES / "two-cliques.ttl"
NORTH, SOUTH = FIXTURES / "northtown.ttl", FIXTURES / "southtown.ttl"
EMPTY = FIXTURES / "no-bodies.ttl"
SAMPLE = HERE.parent / "kg" / "samples" / "barnet-2012-slac.txt"
ID = "https://w3id.org/inspection-kg/id/"


def body(slug: str) -> str:
    return f"{ID}body/{slug}"


def load(path: Path) -> Graph:
    return Graph().parse(path)


def kg(*args) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- the network
def test_nodes_carry_label_type_acronyms_and_reports():
    net = partnership_network(load(TREE))
    assert net.number_of_nodes() == 8
    camhs = net.nodes[body("treeshire/camhs")]
    assert camhs["label"] == "child and adolescent mental health services"
    assert camhs["type"] == "Service"
    assert camhs["acronyms"] == ["CAMHS"]
    assert camhs["reports"] == [f"{ID}report/treeshire-council-2012-01-09"]
    # a health body is also a partner organisation: the most specific type wins
    assert net.nodes[body("treeshire-mental-health-nhs-trust")]["type"] == "HealthBody"
    assert net.nodes[body("treeshire-safeguarding-children-board")]["acronyms"] == ["LSCB", "TSCB"]


def test_relations_keep_direction_name_and_evidence():
    net = partnership_network(load(TREE), edge_kinds=("relations",))
    edges = {(u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1], k): d
             for u, v, k, d in net.edges(keys=True, data=True)}
    assert set(edges) == {
        ("serious-case-review-sub-group", "treeshire-safeguarding-children-board", "subGroupOf"),
        ("child-death-overview-panel", "treeshire-safeguarding-children-board", "subGroupOf"),
        ("camhs", "treeshire-council", "fundedBy"),  # declared in the data: fundedBy ⊑ commissionedBy
        ("camhs", "treeshire-mental-health-nhs-trust", "providedBy"),
        ("treeshire-council", "treeshire-safeguarding-children-board", "memberOf"),  # no statement
        ("treeshire-mental-health-nhs-trust", "treeshire-community-health-nhs-trust", "worksWith"),  # statement only
    }  # rdfs:seeAlso is not a partnership relation, so Police has no edge
    assert edges[("camhs", "treeshire-mental-health-nhs-trust", "providedBy")]["paragraph_numbers"] == [4]
    assert edges[("treeshire-council", "treeshire-safeguarding-children-board", "memberOf")]["paragraphs"] == []


def test_comentions_weight_is_the_number_of_shared_paragraphs():
    net = partnership_network(load(CLIQUES), edge_kinds=("comentions",))
    # co-mention edges run from the smaller IRI to the larger ("-" sorts before "/")
    assert net.get_edge_data(body("cliqueshire/camhs"), body("cliqueshire-mental-health-nhs-trust")) is None
    data = net.get_edge_data(body("cliqueshire-mental-health-nhs-trust"), body("cliqueshire/camhs"))
    tie = data["comention"]
    assert tie["weight"] == 2 and tie["paragraph_numbers"] == [5, 7]
    assert tie["reports"] == [f"{ID}report/cliqueshire-council-2013-03-04"]
    assert net.number_of_edges() == 6 + 6 + 2  # two 4-cliques, CAMHS to the trust and the council


def test_attributes_are_plain_values_and_export_flattens_them():
    net = partnership_network(load(TREE))
    for _, data in net.nodes(data=True):
        for value in data.values():
            assert isinstance(value, (str, int, float, list))
            if isinstance(value, list):
                assert all(isinstance(v, (str, int)) for v in value)
    flat = network_for_export(simple_graph(net))
    import networkx as nx
    xml = "\n".join(nx.generate_graphml(flat))
    assert "Treeshire Mental Health NHS Trust" in xml


def test_the_simple_graph_built_directly_is_the_multigraph_folded():
    """partnership_simple_graph gathers each pair's tie straight from the relations and
    co-mentions; it must give exactly simple_graph(partnership_network(...)): the same nodes,
    ties, attributes and order, for relations, statements, co-mentions and several reports."""
    from kg.network import partnership_simple_graph

    inputs = [[load(TREE)], [load(CLIQUES)], [load(NORTH), load(SOUTH)],
              [load(FIXTURES / "national-hub.ttl"), load(NORTH)]]
    if HAVE_EXTRACT:
        from kg.extract import extract_report
        inputs.append([extract_report(SAMPLE)])
    ties = 0
    for graphs in inputs:
        for kinds in (("relations",), ("comentions",), ("relations", "comentions")):
            folded = simple_graph(partnership_network(graphs, kinds))
            direct = partnership_simple_graph(graphs, kinds)
            assert direct.graph == folded.graph
            assert list(direct.nodes(data=True)) == list(folded.nodes(data=True))
            assert list(direct.edges(data=True)) == list(folded.edges(data=True))
            ties += direct.number_of_edges()
    assert ties > 100


def test_the_direct_fold_pairs_numbers_as_the_multigraph_fold_where_a_paragraph_has_none():
    """Where a paragraph has no number, _fold pairs the numbers of an edge's paragraphs with them
    by position, so the order in which a pair's edges are folded shows; partnership_simple_graph
    must fold them in the same order (a co-mention and a relation stated the other way round)."""
    import copy

    from kg.network.build import _fold, _network_lists, _simple_from_parts

    ex = "http://example.org/"

    def entry(label):
        return {"classes": {"Service"}, "labels": [label], "acronyms": set(), "kinds": set(),
                "reports": {ex + "r"}, "paragraphs": set()}

    parts = {
        "bodies": {ex + "a": entry("A"), ex + "b": entry("B")},
        "paragraphs": {ex + "p1": {"number": None, "report": ex + "r"},
                       ex + "p2": {"number": 5, "report": ex + "r"},
                       ex + "p3": {"number": 7, "report": ex + "r"}},
        "relations": {(ex + "b", "https://w3id.org/inspection-kg/def#worksWith", ex + "a"): {ex + "p1", ex + "p3"}},
        "comentions": {(ex + "a", ex + "b"): [ex + "p1", ex + "p2"]},
        "named_by": {ex + "p1": [ex + "a", ex + "b"], ex + "p2": [ex + "a", ex + "b"]},
        "merged": False,
    }
    direct = _simple_from_parts(copy.deepcopy(parts), "relations,comentions")
    folded = _fold(*_network_lists(copy.deepcopy(parts)), "relations,comentions")
    assert list(direct.edges(data=True)) == list(folded.edges(data=True))
    assert direct.edges[ex + "a", ex + "b"]["weight"] == 3


# ---------------------------------------------------------------- measures known by hand
def test_tree_degree_betweenness_articulation_points_and_bridges():
    # relations only: SCR, CDOP — LSCB — council — CAMHS — mental health trust — community trust; Police alone
    a = analyse(load(TREE), edge_kinds=("relations",))
    scores = {n.id.rsplit("/", 1)[-1]: n for n in a.nodes}
    assert {k: v.degree for k, v in scores.items()} == {
        "treeshire-safeguarding-children-board": 3, "treeshire-council": 2, "camhs": 2,
        "treeshire-mental-health-nhs-trust": 2, "serious-case-review-sub-group": 1,
        "child-death-overview-panel": 1, "treeshire-community-health-nhs-trust": 1, "police": 0}
    # normalised over (n-1)(n-2)/2 = 21 pairs: LSCB 9, council 9, CAMHS 8, trust 5
    assert scores["treeshire-safeguarding-children-board"].betweenness == pytest.approx(9 / 21, abs=1e-6)
    assert scores["treeshire-council"].betweenness == pytest.approx(9 / 21, abs=1e-6)
    assert scores["camhs"].betweenness == pytest.approx(8 / 21, abs=1e-6)
    assert scores["treeshire-mental-health-nhs-trust"].betweenness == pytest.approx(5 / 21, abs=1e-6)
    assert scores["police"].betweenness == 0
    assert [p.rsplit("/", 1)[-1] for p in a.articulation_points] == [
        "treeshire-council", "treeshire-mental-health-nhs-trust",
        "treeshire-safeguarding-children-board", "camhs"]
    assert len(a.bridges) == 6  # a tree: every tie is a bridge
    assert sum(n.pagerank for n in a.nodes) == pytest.approx(1.0, abs=1e-6)


def test_cliques_communities_bridges_and_health_council_bridge():
    a = analyse(load(CLIQUES))
    council = {body(s) for s in ("cliqueshire-council", "cliqueshire-safeguarding-children-board",
                                 "cliqueshire/emergency-duty-team", "cliqueshire/serious-case-review-sub-group")}
    health = {body(s) for s in ("cliqueshire-mental-health-nhs-trust", "cliqueshire-community-health-nhs-trust",
                                "nhs-cliqueshire", "cliqueshire-general-hospital", "cliqueshire/camhs")}
    # CAMHS shares two paragraphs with the mental health trust and one with the council
    assert [set(c) for c in a.communities] == [health, council]
    camhs = a.node(body("cliqueshire/camhs"))
    assert camhs.betweenness == pytest.approx(16 / 28, abs=1e-6)  # every council–health pair
    assert a.node(body("cliqueshire-council")).betweenness == pytest.approx(15 / 28, abs=1e-6)
    assert a.node(body("cliqueshire-mental-health-nhs-trust")).weighted_degree == 8
    assert a.articulation_points == sorted([body("cliqueshire-council"), body("cliqueshire/camhs"),
                                            body("cliqueshire-mental-health-nhs-trust")])
    assert a.bridges == [(body("cliqueshire-council"), body("cliqueshire/camhs")),
                         (body("cliqueshire-mental-health-nhs-trust"), body("cliqueshire/camhs"))]
    assert a.health_council_bridges == [body("cliqueshire-mental-health-nhs-trust"), body("cliqueshire/camhs")]
    assert a.health_council_ties == [(body("cliqueshire-mental-health-nhs-trust"), body("cliqueshire/camhs"))]


def test_same_seed_same_communities_and_bytes():
    first = analyse(load(CLIQUES), seed=7).to_json()
    second = analyse(load(CLIQUES), seed=7).to_json()
    assert first == second
    assert json.loads(first)["communities"] == json.loads(second)["communities"]


def test_path_between_gives_the_paragraphs_for_each_hop():
    net = partnership_network(load(CLIQUES))
    hops = path_between(net, "cliqueshire council", "Cliqueshire Community Health NHS Trust")
    assert [(h.source_label, h.target_label, h.paragraph_numbers) for h in hops] == [
        ("Cliqueshire Council", "child and adolescent mental health services", [6]),
        ("child and adolescent mental health services", "Cliqueshire Mental Health NHS Trust", [5, 7]),
        ("Cliqueshire Mental Health NHS Trust", "Cliqueshire Community Health NHS Trust", [3, 4]),
    ]
    hops = path_between(partnership_network(load(TREE), ("relations",)), "CDOP", "CAMHS")
    assert [s for h in hops for s in h.statements] == [
        "CDOP subGroupOf TSCB", "Treeshire Council memberOf TSCB", "CAMHS fundedBy Treeshire Council"]


def test_path_and_focus_errors():
    net = partnership_network(load(TREE))
    with pytest.raises(AnalysisError, match="no path between 'Child Death Overview Panel' and 'Treeshire Police'"):
        path_between(net, "CDOP", "Treeshire Police")
    with pytest.raises(AnalysisError, match=r"no body called 'CAMSH'; did you mean 'CAMHS'\?"):
        neighbourhood(net, "CAMSH")


def test_neighbourhood_by_acronym_any_case():
    result = neighbourhood(partnership_network(load(TREE)), "camhs")
    assert result.label == "child and adolescent mental health services"
    assert {n.label: n.statements for n in result.neighbours} == {
        "Treeshire Council": ["CAMHS fundedBy Treeshire Council"],
        "Treeshire Mental Health NHS Trust": ["CAMHS providedBy Treeshire Mental Health NHS Trust"]}


def test_ambiguous_name_across_reports_asks_for_the_iri():
    net = partnership_network([load(NORTH), load(SOUTH)])
    with pytest.raises(AnalysisError, match="2 bodies are called 'CAMHS'"):
        find_body(net, "CAMHS")
    assert find_body(net, body("northtown/camhs")) == body("northtown/camhs")


def test_common_to_several_reports():
    a = analyse([load(NORTH), load(SOUTH)])
    assert a.common_bodies == [(body("care-quality-commission"), 2), (body("ofsted"), 2)]
    assert a.common_ties == [(body("care-quality-commission"), body("ofsted"), 2)]
    assert len(a.nodes) == 6 and len(a.reports) == 2


def test_empty_graph_is_refused():
    with pytest.raises(AnalysisError, match="names no bodies"):
        analyse(load(EMPTY))


def test_json_shape_follows_the_contract():
    document = json.loads(analyse(load(CLIQUES)).to_json())
    assert {"nodes", "edges", "communities"} <= set(document)
    assert [n["id"] for n in document["nodes"]] == sorted(n["id"] for n in document["nodes"])
    for node in document["nodes"]:
        assert {"id", "label", "type", "degree", "betweenness", "community"} <= set(node)
        assert node["id"].startswith(f"{ID}body/")
    for edge in document["edges"]:
        assert {"source", "target", "weight", "relations"} <= set(edge)
        assert isinstance(edge["relations"], list)
    ids = {n["id"] for n in document["nodes"]}
    assert sorted(i for c in document["communities"] for i in c) == sorted(ids)


# ---------------------------------------------------------------- the command
def test_cli_table():
    code, out, _ = kg("analyse", CLIQUES)
    assert code == 0
    assert "Partnership network: Cliqueshire Council, 2013-03-04" in out
    assert "Communities (2, Louvain)" in out
    assert "  1. (5) CAMHS, Cliqueshire Community Health NHS Trust" in out
    assert "Articulation points" in out and "  CAMHS" in out
    assert "Health–council bridges" in out


def test_cli_json_focus_and_path():
    code, out, _ = kg("analyse", TREE, "--format", "json", "--focus", "tscb", "--path", "CDOP", "CAMHS")
    assert code == 0
    document = json.loads(out)
    assert document["focus"]["label"] == "Treeshire Safeguarding Children Board"
    assert [h["paragraph_numbers"] for h in document["path"]] == [[1], [2], [3]]
    code, out, _ = kg("analyse", TREE, "--edges", "relations", "--focus", "CAMHS")
    assert "CAMHS providedBy Treeshire Mental Health NHS Trust; paragraphs 4" in out
    code, out, _ = kg("analyse", TREE, "--path", "cdop", "camhs")
    assert "Path from Child Death Overview Panel to child and adolescent mental health services (3 hops)" in out


@pytest.mark.parametrize("args, code, message", [
    (["--focus", "Nobody"], 2, "no body called 'Nobody'"),  # bad input: exit 2
    (["--path", "CDOP", "Treeshire Police"], 1, "no path between"),
    (["--plot", "/no/such/folder/net.png"], 2, "the folder /no/such/folder does not exist"),
    (["--plot", "net.gif"], 2, "cannot tell the picture format"),
])
def test_cli_errors_are_one_line(args, code, message):
    exit_code, out, err = kg("analyse", TREE, *args)
    assert exit_code == code
    assert message in err and err.count("\n") == 1 and err.startswith("kg: error: ")


def test_cli_empty_graph(tmp_path):
    exit_code, _, err = kg("analyse", EMPTY)
    assert exit_code == 1 and "names no bodies" in err


def test_cli_unwritable_plot_leaves_nothing(tmp_path):
    target = tmp_path / "locked"
    target.mkdir()
    target.chmod(0o500)
    try:
        exit_code, _, err = kg("analyse", CLIQUES, "--plot", target / "net.png")
        if exit_code == 0:  # running as root: permissions do not bind
            pytest.skip("permissions are not enforced for this user")
        assert exit_code == 2 and "cannot write here" in err
        assert list(target.iterdir()) == []
    finally:
        target.chmod(0o700)


def test_cli_plots_png_svg_html(tmp_path):
    png, svg, page = tmp_path / "n.png", tmp_path / "n.svg", tmp_path / "n.html"
    for path in (png, svg, page):
        code, out, _ = kg("analyse", CLIQUES, "--plot", path)
        assert code == 0 and f"Picture written to {path}" in out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Cliqueshire Council, 2013-03-04" in svg.read_text()
    text = page.read_text()
    sources = _external_sources(text)
    assert sources == []
    for label in ("Cliqueshire Council", "NHS Cliqueshire", "child and adolescent mental health services"):
        assert label in text
    assert "CAMHS is run by Cliqueshire Mental Health NHS Trust." in text  # evidence for the click panel
    assert list(tmp_path.glob(".*.tmp")) == []


def test_plot_is_deterministic(tmp_path):
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    kg("analyse", CLIQUES, "--plot", first)
    kg("analyse", CLIQUES, "--plot", second)
    assert first.read_bytes() == second.read_bytes()


class _Sources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value and value.lower().startswith(("http://", "https://", "//")):
                self.found.append((tag, value))


def _external_sources(text: str) -> list:
    parser = _Sources()
    parser.feed(text)
    return parser.found


def test_real_command_in_a_subprocess(tmp_path):
    kg_bin = shutil.which("kg", path=str(Path(sys.executable).parent))
    if kg_bin is None or not HAVE_EXTRACT:
        pytest.skip("needs the installed kg command and kg.extract")
    result = subprocess.run([kg_bin, "analyse", str(CLIQUES), "--format", "json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["nodes"]) == 9
    result = subprocess.run([kg_bin, "analyse", str(TREE), "--focus", "nobody"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.startswith("kg: error: no body called")  # bad input


# ---------------------------------------------------------------- the sample report
@pytest.fixture(scope="module")
def sample_analysis():
    if not HAVE_EXTRACT:
        pytest.skip("kg.extract has not landed yet")
    from kg.extract import extract_report

    return analyse(extract_report(SAMPLE))


def test_sample_camhs_is_tied_to_the_trusts_that_provide_it(sample_analysis):
    result = neighbourhood(sample_analysis.network, "CAMHS")
    provided = {n.label for n in result.neighbours if "providedBy" in n.relations}
    assert provided == {"Barnet, Enfield and Haringey Mental Health Trust", "Tavistock and Portman Trust"}
    assert all(8 in n.paragraph_numbers for n in result.neighbours if "providedBy" in n.relations)


def test_sample_lscb_sub_groups_share_its_community(sample_analysis):
    lscb = find_body(sample_analysis.network, "BSCB")
    community = sample_analysis.node(lscb).community
    for name in ("Child Death Overview Panel", "Serious case review sub-group"):
        assert sample_analysis.node(find_body(sample_analysis.network, name)).community == community


def test_sample_plot_and_health_council_bridges(sample_analysis, tmp_path):
    assert find_body(sample_analysis.network, "CAMHS") in sample_analysis.health_council_bridges
    code, out, _ = kg("analyse", SAMPLE, "--plot", tmp_path / "barnet.html")
    assert code == 0
    assert "Barnet Safeguarding Children Board" in (tmp_path / "barnet.html").read_text()


# ---------------------------------------------------------------- the fast paths agree with networkx
def _random_weighted_graph(n: int, p: float, seed: int):
    import random

    import networkx as nx
    rng = random.Random(seed)
    graph = nx.gnp_random_graph(n, p, seed=seed)
    graph = nx.relabel_nodes(graph, {i: f"{ID}body/b{i:04d}" for i in graph})
    for a, b in graph.edges:
        graph.edges[a, b]["weight"] = rng.randint(1, 4)
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph))
    ordered.add_edges_from(sorted(graph.edges(data=True)))
    return ordered


def test_large_network_betweenness_is_networkx_from_a_seeded_sample(monkeypatch):
    import networkx as nx

    import kg.network.algorithms as algorithms
    graph = _random_weighted_graph(400, 0.01, 3)
    size = 400 + graph.number_of_edges()
    monkeypatch.setattr(algorithms, "BETWEENNESS_BUDGET", 40 * size)  # 400 × size is above it
    monkeypatch.setattr(algorithms, "SAMPLED_BETWEENNESS_BUDGET", 40 * size)
    ours, method = algorithms.betweenness(graph, seed=5)
    assert method == "sampled from 40 sources (seed 5)"
    assert ours == nx.betweenness_centrality(graph, k=40, seed=5, normalized=True)
    assert algorithms.betweenness(graph, seed=5)[0] == ours  # the same sample every run
    assert algorithms.betweenness(graph, seed=6)[0] != ours


NATIONAL = FIXTURES / "national-hub.ttl"
OFSTED = body("ofsted")


def test_national_bodies_are_left_out_of_centrality_and_bridges_by_default():
    result = analyse(load(NATIONAL))
    ofsted = result.node(OFSTED)
    assert ofsted.national and ofsted.degree == 2  # still a node with its ties
    assert ofsted.betweenness == 0 and ofsted.pagerank == 0
    assert OFSTED not in result.articulation_points
    assert not any(OFSTED in tie for tie in result.bridges)
    # without Ofsted each council is the only way to its board: an edge on its own
    assert result.bridges == [(body("easttown-council"), body("easttown-safeguarding-children-board")),
                              (body("westtown-council"), body("westtown-safeguarding-children-board"))]
    assert OFSTED not in [n.id for n in result.top()]
    assert any(OFSTED in group for group in result.communities)


def test_include_national_puts_them_back():
    result = analyse(load(NATIONAL), include_national=True)
    assert result.top(1)[0].id == OFSTED
    assert result.node(OFSTED).betweenness > 0.6
    assert OFSTED in result.articulation_points
    assert (OFSTED, body("westtown-council")) in [tuple(sorted(t)) for t in result.bridges]


def test_kg_analyse_include_national_option():
    code, out, _err = kg("analyse", NATIONAL, "--format", "json")
    assert code == 0
    default = json.loads(out)
    assert default["national_bodies_included"] is False
    assert {n["id"]: n["betweenness"] for n in default["nodes"]}[OFSTED] == 0
    code, out, _err = kg("analyse", NATIONAL, "--format", "json", "--include-national")
    assert code == 0
    included = json.loads(out)
    assert included["national_bodies_included"] is True
    assert OFSTED in included["articulation_points"]
    code, out, _err = kg("analyse", NATIONAL)
    assert "Ofsted" not in out.split("Most central bodies")[1].split("Communities")[0]


def test_several_stores_give_the_same_analysis_as_one():
    from kg.network import load_store
    one = analyse(load_store([NORTH, SOUTH, CLIQUES])).to_json()
    several = analyse([load_store([NORTH]), load_store([SOUTH, CLIQUES])]).to_json()
    assert one == several == analyse([load(NORTH), load(SOUTH), load(CLIQUES)]).to_json()


def test_picture_is_the_same_in_every_process(tmp_path):
    # string hashing differs per process: the layout must not follow set order
    pictures = []
    for hash_seed in ("1", "2"):
        target = tmp_path / f"net-{hash_seed}.svg"
        result = subprocess.run(
            [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
             "analyse", str(CLIQUES), "--plot", str(target)],
            capture_output=True, text=True, timeout=120,
            env={**__import__("os").environ, "PYTHONHASHSEED": hash_seed})
        assert result.returncode == 0, result.stderr
        pictures.append(target.read_bytes())
    assert pictures[0] == pictures[1]


def test_large_network_measures_on_igraph_equal_networkx(monkeypatch):
    """Above LARGE_NETWORK bodies betweenness, PageRank, articulation points, bridges and the
    health–council bridges run on igraph: the same values networkx gives on the same graph."""
    import networkx as nx

    import kg.network.algorithms as algorithms
    graph = _random_weighted_graph(400, 0.006, 7)
    for i, node in enumerate(sorted(graph)):
        graph.nodes[node]["type"] = ("HealthBody", "LocalAuthority", "Service", "Board")[i % 4]
        graph.nodes[node]["national"] = i % 50 == 0
    size = 400 + graph.number_of_edges()
    monkeypatch.setattr(algorithms, "BETWEENNESS_BUDGET", 40 * size)
    monkeypatch.setattr(algorithms, "SAMPLED_BETWEENNESS_BUDGET", 40 * size)
    small = algorithms.without_national_bodies(graph)
    expected_degrees = algorithms.degrees(graph)
    expected = (algorithms.betweenness(small, seed=5), algorithms.articulation_points(small),
                algorithms.bridges(small), algorithms.health_council_bridges(small))
    expected_rank = algorithms.pagerank(small)
    monkeypatch.setattr(algorithms, "LARGE_NETWORK", 100)
    large = algorithms.without_national_bodies(graph)
    assert algorithms.is_large(graph) and sorted(large) == sorted(small)
    cut, cut_nodes = algorithms.as_igraph(large)  # cut from the whole graph's igraph…
    del algorithms._IGRAPHS[large]
    walked, walked_nodes = algorithms.as_igraph(large)  # …is the view converted afresh
    assert cut_nodes == walked_nodes and cut.get_edgelist() == walked.get_edgelist()
    assert cut.es["weight"] == walked.es["weight"]
    between, method = algorithms.betweenness(large, seed=5)
    k = algorithms.betweenness_sample_size(small)
    assert method == expected[0][1] == f"sampled from {k} sources (seed 5)"
    assert between == pytest.approx(expected[0][0], abs=1e-12)
    assert between == pytest.approx(nx.betweenness_centrality(small, k=k, seed=5), abs=1e-12)
    assert algorithms.articulation_points(large) == expected[1]
    assert algorithms.bridges(large) == expected[2]
    assert algorithms.health_council_bridges(large) == expected[3]
    assert algorithms.pagerank(large) == pytest.approx(expected_rank, abs=1e-8)
    assert algorithms.degrees(graph) == expected_degrees


def test_large_network_communities_are_seeded_leiden_covering_every_body(monkeypatch):
    import networkx as nx

    import kg.network.algorithms as algorithms
    graph = _random_weighted_graph(400, 0.01, 3)
    graph.add_nodes_from(["urn:alone:1", "urn:alone:2"])
    monkeypatch.setattr(algorithms, "LARGE_NETWORK", 100)
    groups = algorithms.communities(graph, seed=42)
    assert algorithms.community_method(graph) == "Leiden (igraph)"
    assert sorted(n for g in groups for n in g) == sorted(graph)  # a partition of every body
    assert ["urn:alone:1"] in groups and ["urn:alone:2"] in groups
    assert algorithms.communities(graph, seed=42) == groups  # seeded: the same every run
    louvain = nx.community.louvain_communities(graph, weight="weight", seed=42)
    ours = nx.community.modularity(graph, groups, weight="weight")
    assert ours >= nx.community.modularity(graph, louvain, weight="weight") - 0.02


def test_a_short_form_keeps_the_council_its_body_belongs_to():
    """A council's own body, written short in a table or a picture, still says whose it is, so
    two councils' hubs are never printed alike; a body of no council stays as it is."""
    from kg.analysis import short_name
    from kg.plot import short_name as caption_name

    assert short_name("Multi-agency safeguarding hub (Anyshire)", ["MASH"]) == "MASH (Anyshire)"
    assert short_name("Local Safeguarding Children Board (Anyshire)", ["LSCB", "Board"]) == "LSCB (Anyshire)"
    assert short_name("Care Quality Commission", ["CQC"]) == "CQC"
    assert short_name("Police (Anyshire)", []) == "Police (Anyshire)"
    assert caption_name("Child and adolescent mental health services (Anyshire)", ["CAMHS"]) == "CAMHS (Anyshire)"


def test_a_body_of_no_council_is_written_short_only_by_its_own_initials():
    """A named board or agency carries its kind's short form too ("LSCB", "RAA"); written alone
    it would make every council's board one name in a table or a picture, so a body of no
    council is shortened only to its own initials, and else written in full."""
    from kg.plot import short_name as caption_name

    assert short_name("Anyshire Safeguarding Children Board", ["LSCB", "ASCB"]) == "ASCB"
    assert short_name("Anyshire Safeguarding Children Board", ["LSCB"]) == "Anyshire Safeguarding Children Board"
    assert short_name("One Adoption Anyshire and Westshire", ["RAA"]) == "One Adoption Anyshire and Westshire"
    assert short_name("National Society for the Prevention of Cruelty to Children", ["NSPCC"]) == "NSPCC"
    assert caption_name("Anyshire Safeguarding Children Board", ["LSCB"]) == "Anyshire Safeguarding Children Board"
    assert caption_name("Local Safeguarding Children Board (Anyshire)", ["LSCB"]) == "LSCB (Anyshire)"


def test_a_short_form_takes_the_council_from_the_node_before_its_label():
    """keep_place reads whose body it is from the node's ``authority`` attribute where the node
    has one (a label's trailing "(…)" need not be a council), and from the label otherwise."""
    import networkx as nx

    from kg.analysis import analyse_network, short_name
    from kg.network.analysis import keep_place
    from kg.plot import short_name as caption_name

    assert keep_place("YOS", "Youth offending service (YOS)", "Anyshire") == "YOS (Anyshire)"
    assert keep_place("MASH", "Multi-agency safeguarding hub (Anyshire)") == "MASH (Anyshire)"
    assert keep_place("MASH (Anyshire)", "Multi-agency safeguarding hub", "Anyshire") == "MASH (Anyshire)"
    assert short_name("Multi-agency safeguarding hub (Northshire)", ["MASH"], "Anyshire") == "MASH (Anyshire)"
    assert caption_name("Child and adolescent mental health services (Tier 4)", ["CAMHS"],
                        "Anyshire") == "CAMHS (Anyshire)"
    assert caption_name("Child and adolescent mental health services (Tier 4)", ["CAMHS"]) == "CAMHS (Tier 4)"

    net = nx.Graph(edge_kinds="relations")
    net.add_node("urn:yos", label="Youth offending service (YOS)", type="Service", acronyms=["YOS"],
                 authority="Anyshire")
    net.add_node("urn:police", label="Police (Anyshire)", type="PartnerOrganisation", acronyms=[])
    net.add_edge("urn:yos", "urn:police", weight=1, relations=["worksWith"], comentions=0,
                 statements=[{"subject": "urn:yos", "relation": "worksWith", "object": "urn:police",
                              "paragraphs": [], "paragraph_numbers": []}],
                 paragraphs=[], paragraph_numbers=[], reports=[])
    analysis = analyse_network(net)
    assert analysis.node("urn:yos").short_name == "YOS (Anyshire)"
    assert analysis.node("urn:police").short_name == "Police (Anyshire)"
    assert "authority" not in analysis.to_dict()["nodes"][0]  # the JSON is as it was
    assert neighbourhood(net, "urn:police").neighbours[0].statements == [
        "YOS (Anyshire) worksWith Police (Anyshire)"]


def test_two_councils_with_one_short_form_stay_two_nodes():
    """Councils are minted side by side (``body/council/<name>``), not under one council: two of
    them whose reports give the same short form are two nodes."""
    data = f"""@prefix ikg: <https://w3id.org/inspection-kg/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<{ID}body/council/anyshire> a ikg:Body, ikg:LocalAuthority ; skos:prefLabel "Anyshire City Council" ; skos:altLabel "ACC" .
<{ID}body/council/anyvale> a ikg:Body, ikg:LocalAuthority ; skos:prefLabel "Anyvale City Council" ; skos:altLabel "ACC" .
<{ID}para/1> a ikg:Paragraph ; ikg:mentions <{ID}body/council/anyshire>, <{ID}body/council/anyvale> .
"""
    graph = Graph()
    graph.parse(data=data, format="turtle")
    assert set(partnership_network(graph).nodes) == {body("council/anyshire"), body("council/anyvale")}


def test_a_council_s_body_under_one_short_form_is_one_node_across_its_reports():
    """Two inspections of one council spell its hub out differently but define one short form:
    one node, with both reports, both labels and the ties of each; another council's body with
    the same short form, and a body shared by councils, stay their own nodes."""
    prefix = f"""@prefix ikg: <https://w3id.org/inspection-kg/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <{ID}> .
"""

    def report(name: str, council: str, hub: str, label: str) -> str:
        hub_iri, trust, para = f"<{ID}body/{council}/{hub}>", f"<{ID}body/anyshire-nhs-trust>", f"<{ID}para/{name}-1>"
        return prefix + f"""
<{ID}report/{name}> a ikg:InspectionReport ; ikg:mentionsBody {hub_iri}, {trust} .
{hub_iri} a ikg:Body, ikg:Service ; skos:prefLabel "{label}" ; skos:altLabel "FLASH" .
{trust} a ikg:Body, ikg:HealthBody ; skos:prefLabel "Anyshire NHS Trust" .
{para} a ikg:Paragraph ; ikg:mentions {hub_iri}, {trust} .
"""

    graph = Graph()
    graph.parse(data=report("anyshire-2017", "anyshire", "family-support-hub", "family support hub (Anyshire)"), format="turtle")
    graph.parse(data=report("anyshire-2021", "anyshire", "family-supporting-hub", "family supporting hub (Anyshire)"), format="turtle")
    graph.parse(data=report("westshire-2019", "westshire", "family-support-hub", "family support hub (Westshire)"), format="turtle")
    net = partnership_network(graph)
    assert set(net.nodes) == {body("anyshire/family-support-hub"), body("westshire/family-support-hub"),
                              body("anyshire-nhs-trust")}
    hub = net.nodes[body("anyshire/family-support-hub")]
    assert hub["reports"] == [f"{ID}report/anyshire-2017", f"{ID}report/anyshire-2021"]
    assert hub["paragraphs"] == [f"{ID}para/anyshire-2017-1", f"{ID}para/anyshire-2021-1"]
    assert hub["label"] == "family support hub (Anyshire)" and hub["acronyms"] == ["FLASH"]
    tie = simple_graph(net).edges[body("anyshire/family-support-hub"), body("anyshire-nhs-trust")]
    assert tie["weight"] == 2


def test_each_tie_is_read_once_from_its_smaller_end():
    """ties_from_smaller_end gives what the edge view gives, each tie once with its smaller end
    first, whichever way round a tie was added, a self-loop included."""
    import networkx as nx

    from kg.network.algorithms import ties_from_smaller_end

    graph = nx.Graph()
    graph.add_edge("urn:c", "urn:a", weight=2)
    graph.add_edge("urn:a", "urn:b", weight=1)
    graph.add_edge("urn:b", "urn:b", weight=5)
    graph.add_edge("urn:d", "urn:c", weight=3)
    graph.add_node("urn:e")
    expected = sorted((min(a, b), max(a, b), d) for a, b, d in graph.edges(data=True))
    assert sorted(ties_from_smaller_end(graph)) == expected
    assert [(a, b) for a, b, _d in sorted(ties_from_smaller_end(graph))] == [
        ("urn:a", "urn:b"), ("urn:a", "urn:c"), ("urn:b", "urn:b"), ("urn:c", "urn:d")]


def test_paragraphs_are_ranked_by_report_then_number_then_iri():
    """The order evidence is listed in: the numbered paragraphs, of no known report first, then
    report by report, ties broken by IRI; then the parts without a number (a passage), so that the
    numbers listed beside the parts pair with them in order."""
    from kg.network.build import _paragraph_rank

    ex = "http://example.org/"
    parts = {
        "paragraphs": {ex + "p9": {"number": 2, "report": ex + "r2"},
                       ex + "p1": {"number": 10, "report": ex + "r1"},
                       ex + "p2": {"number": 3, "report": ex + "r1"},
                       ex + "p3": {"number": None, "report": ex + "r1"},
                       ex + "p0": {"number": 5, "report": None},
                       ex + "p5": {"number": 3, "report": ex + "r1"}},
        "relations": {(ex + "a", ex + "worksWith", ex + "b"): {ex + "p7"}},  # cited only here
    }
    rank = _paragraph_rank(parts)
    assert sorted(rank, key=rank.__getitem__) == [ex + p for p in ("p0", "p2", "p5", "p1", "p9", "p7", "p3")]
    assert parts["paragraphs"][ex + "p7"] == {"number": None, "report": None}


def test_reports_held_in_two_stores_are_one_network():
    """A folder of a hundred files or more is loaded into two stores side by side; the network
    built from the two is the one a single store holding both gives (the same nodes with their
    reports and paragraphs, the same ties with their evidence)."""
    import pyoxigraph

    from kg.network import partnership_simple_graph

    golden = Path(__file__).parent / "golden"
    files = [golden / "barnsley-2023-ilacs.ttl", golden / "hartlepool-2018-ilacs.ttl"]

    def store_of(paths):
        store = pyoxigraph.Store()
        for i, path in enumerate(paths):
            store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE,
                       to_graph=pyoxigraph.NamedNode(f"urn:x-test:{i}:{path.stem}"))
        return store

    one = partnership_simple_graph(store_of(files))
    two = partnership_simple_graph([store_of(files[:1]), store_of(files[1:])])
    assert one.number_of_nodes() > 20 and one.number_of_edges() > 20
    assert any(len(data["reports"]) == 2 for _, data in one.nodes(data=True))  # a body both name
    assert sorted(one.nodes(data=True)) == sorted(two.nodes(data=True))
    assert sorted((min(a, b), max(a, b), d["weight"], d["paragraphs"], d["reports"])
                  for a, b, d in one.edges(data=True)) == \
        sorted((min(a, b), max(a, b), d["weight"], d["paragraphs"], d["reports"])
               for a, b, d in two.edges(data=True))
