"""The pictures (kg.plot) drawn from the analysis dict that `kg analyse --format json` prints:
labels that never overprint, community hulls numbered as the table numbers them, a size legend,
the council and region facets of a corpus, PDF output, and an HTML page whose SVG scales, with
search, zoom and keyboard access (its behaviour in a real browser: test_plot_browser.py)."""
from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from kg.plot import FACETS, build_picture, draw_figure, hull_pieces, layout, plot
from kg_query_support import kg

HERE = Path(__file__).parent
CORPUS = HERE / "fixtures" / "corpus"
CLIQUES = HERE / "fixtures" / "network" / "two-cliques.ttl"


def analysis_of(*paths) -> dict:
    result = kg("analyse", *paths, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def crowded(bodies: int = 90) -> dict:
    """A hand-made analysis: three dense communities of bodies with long names, every body of
    a community tied to the others, so labels would overprint wherever they were put naively."""
    nodes, edges, communities = [], [], []
    for c in range(3):
        members = [f"https://w3id.org/inspection-kg/id/body/c{c}/b{i:02d}" for i in range(bodies // 3)]
        communities.append(members)
        for i, node in enumerate(members):
            nodes.append({"id": node, "label": f"Multi-agency partnership board number {c}-{i} of the county",
                          "type": ["Board", "Service", "HealthBody"][i % 3], "degree": len(members) - 1,
                          "betweenness": round(1.0 / (i + 1 + c), 4), "community": c, "acronyms": [],
                          "reports": []})
        edges += [{"source": a, "target": b, "weight": 1, "relations": [], "paragraph_numbers": [],
                   "paragraphs": []} for a, b in itertools.combinations(members, 2)]
    edges.append({"source": communities[0][0], "target": communities[1][0], "weight": 2,
                  "relations": ["worksWith"], "paragraph_numbers": [3], "paragraphs": []})
    return {"nodes": nodes, "edges": edges, "communities": communities, "reports": [], "seed": 42}


def boxes(fig, gid: str):
    renderer = fig.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in fig.findobj(lambda a: a.get_gid() == gid)]


def test_labels_never_overprint_and_the_caption_says_how_many_were_left_out():
    picture = build_picture(crowded())
    fig = draw_figure(picture, seed=42)
    labels = boxes(fig, "node-label")
    assert 10 <= len(labels) <= 45
    for a, b in itertools.combinations(labels, 2):
        assert not a.overlaps(b), (a, b)
    caption = " ".join(t.get_text() for t in fig.texts)
    left_out = 45 - len(labels)
    if left_out:
        assert f"{left_out} label" in caption and "left out where they would overprint" in caption


def test_communities_are_shaded_and_numbered_as_in_the_table():
    result = analysis_of(CLIQUES)
    picture = build_picture(result)
    fig = draw_figure(picture, seed=result["seed"])
    tags = sorted(t.get_text() for t in fig.findobj(lambda a: a.get_gid() == "group-tag"))
    expected = sorted(str(i + 1) for i, members in enumerate(result["communities"]) if len(members) >= 2)
    assert tags == expected and "0" not in tags
    table = kg("analyse", CLIQUES).stdout  # the table's community column counts from 1 too
    assert re.search(r"Communities \(\d+, Louvain\)\n  1\. ", table)
    # every drawn body of a shaded community lies inside the hull area's bounding box
    pos = layout(picture, result["seed"])
    for _, _, members in hull_pieces(picture, pos):
        assert len(members) >= 2


def test_size_legend_grows_with_the_value():
    picture = build_picture(analysis_of(CLIQUES))
    fig = draw_figure(picture, seed=42)
    legends = fig.legends
    sized = [lg for lg in legends if lg.get_title().get_text().startswith("node size: betweenness")]
    assert len(sized) == 1
    handles = sized[0].legend_handles
    values = [float(t.get_text()) for t in sized[0].get_texts()]
    sizes = [h.get_markersize() for h in handles]
    assert len(values) >= 2 and values == sorted(values, reverse=True)
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]


def test_council_facet_folds_each_council_and_keeps_shared_partners():
    result = analysis_of(CORPUS)
    picture = build_picture(result, facet="council")
    labels = {picture.net.nodes[n]["label"] for n in picture.net.nodes}
    # fictional councils: the reference list knows no region for them
    assert {"Northtown Council", "Southtown Council", "Easttown Council"} <= labels
    assert {"Tyne Police", "Kids First", "Shire Health NHS Foundation Trust", "Ofsted"} <= labels
    assert not any("Virtual school" in label for label in labels)  # a council's own body is folded in
    north = picture.net.nodes["council:Northtown Council"]
    assert north["caption_extra"] == "3 own bodies"  # virtual school, youth offending service, MASH
    assert set(picture.net["council:Northtown Council"]) >= {"https://w3id.org/inspection-kg/id/body/tyne-police"}


def real_councils() -> dict:
    """Reports of five real councils in three regions; Ofsted named by every one, a trust by two
    Yorkshire councils, a charity by a Yorkshire and a London council."""
    councils = {"Leeds City Council": "leeds", "City of Bradford Metropolitan Borough Council": "bradford",
                "Kirklees Council": "kirklees", "London Borough of Barnet": "barnet", "Kent County Council": "kent"}
    reports = [{"iri": f"https://w3id.org/inspection-kg/id/report/{slug}-2019-01-01", "authority": name,
                "start": "2019-01-01", "issued": None} for name, slug in councils.items()]
    iri = {r["authority"]: r["iri"] for r in reports}
    body = "https://w3id.org/inspection-kg/id/body/"
    nodes = [
        {"id": body + "ofsted", "label": "Ofsted", "type": "PartnerOrganisation", "reports": list(iri.values())},
        {"id": body + "west-yorkshire-trust", "label": "West Yorkshire Trust", "type": "HealthBody",
         "reports": [iri["Leeds City Council"], iri["City of Bradford Metropolitan Borough Council"]]},
        {"id": body + "kids-charity", "label": "Kids Charity", "type": "PartnerOrganisation",
         "reports": [iri["Leeds City Council"], iri["London Borough of Barnet"]]},
        {"id": body + "leeds/virtual-school", "label": "Virtual school (Leeds)", "type": "Service",
         "reports": [iri["Leeds City Council"]]},
    ] + [{"id": body + "council/" + slug, "label": name, "type": "LocalAuthority", "reports": [iri[name]]}
         for name, slug in councils.items()]
    for n in nodes:
        n.update({"degree": 1, "betweenness": 0.0, "community": 0, "acronyms": []})
    return {"nodes": nodes, "edges": [], "communities": [[n["id"] for n in nodes]], "reports": reports, "seed": 42}


def test_council_facet_groups_councils_by_region_and_names_bodies_every_council_names():
    picture = build_picture(real_councils(), facet="council")
    groups = {name: sorted(picture.net.nodes[m]["label"] for m in members) for name, members in picture.groups}
    assert groups["Yorkshire and the Humber"] == ["City of Bradford Metropolitan Borough Council",
                                                 "Kirklees Council", "Leeds City Council"]
    assert groups["London"] == ["London Borough of Barnet"] and groups["South East"] == ["Kent County Council"]
    labels = {picture.net.nodes[n]["label"] for n in picture.net.nodes}
    assert "Ofsted" not in labels and any("not drawn: Ofsted" in note for note in picture.notes)
    assert {"West Yorkshire Trust", "Kids Charity"} <= labels


def test_region_facet_has_one_node_per_region():
    picture = build_picture(real_councils(), facet="region")
    regions = sorted(picture.net.nodes[n]["label"] for n in picture.net.nodes if n.startswith("region:"))
    assert regions == ["London", "South East", "Yorkshire and the Humber"]
    trust = "https://w3id.org/inspection-kg/id/body/west-yorkshire-trust"
    assert trust not in picture.net  # both its councils are in one region: folded into it
    charity = "https://w3id.org/inspection-kg/id/body/kids-charity"
    assert set(picture.net[charity]) == {"region:London", "region:Yorkshire and the Humber"}


@pytest.mark.parametrize("facet", FACETS)
def test_cli_draws_every_facet_of_a_folder(tmp_path, facet):
    out = tmp_path / f"corpus-{facet}.png"
    result = kg("analyse", CORPUS, "--plot", out, "--facet", facet)
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_pdf_pictures_are_written_and_repeatable(tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        assert kg("analyse", CLIQUES, "--plot", out).exit_code == 0
    assert first.read_bytes()[:5] == b"%PDF-"
    assert first.read_bytes() == second.read_bytes()


def test_unknown_facet_is_a_usage_error():
    result = kg("analyse", CLIQUES, "--plot", "x.png", "--facet", "county")
    assert result.exit_code == 2 and "county" in result.stderr
    assert not Path("x.png").exists()


def test_html_page_scales_and_is_reachable_by_keyboard(tmp_path):
    page = tmp_path / "net.html"
    assert kg("analyse", CLIQUES, "--plot", page).exit_code == 0
    text = page.read_text()
    svg = re.search(r"<svg id=\"net\"[^>]*>", text).group(0)
    assert "viewBox=" in svg and "width=" not in svg  # no fixed pixel size: CSS fits it to the page
    circles = re.findall(r"<circle [^>]*data-id=[^>]*>", text)
    assert circles and all('tabindex="0"' in c and "aria-label=" in c for c in circles)
    assert 'id="search"' in text and 'id="zoom-in"' in text
    assert "Community 1" in text and "Community 0" not in text
    assert "http://" not in text.replace("http://www.w3.org/", "") and "https://cdn" not in text
    # the same numbering as the table: each body's community in the page is its table number
    result = analysis_of(CLIQUES)
    data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', text, re.S).group(1))
    for node in result["nodes"]:
        assert data["nodes"][node["id"]]["group"] == f"Community {node['community'] + 1}"


def test_plot_takes_the_analysis_dict_from_python(tmp_path):
    result = analysis_of(CLIQUES)
    out = plot(result, tmp_path / "net.svg")
    assert out.read_text().lstrip().startswith("<?xml")
