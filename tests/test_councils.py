"""Authorities linked to official codes: name variants resolve to one council; the reference
graph carries codes, region and statistical neighbours; report graphs use the same IRIs."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.cli import main
from kg.councils import councils_graph
from kg.extract import extract_report
from kg.gazetteer import council_for, councils
from kg.namespaces import ID, IKG

SAMPLE = Path(__file__).parents[1] / "kg" / "samples" / "barnet-2012-slac.txt"


@pytest.mark.parametrize(
    "name,code",
    [
        ("London Borough of Barnet", "302"),
        ("Barnet Council", "302"),
        ("Bristol, City of", "801"),
        ("Bristol City Council", "801"),
        ("Sandwell Council", "333"),
        ("Sandwell Metropolitan Borough Council", "333"),
        ("Kent County Council", "886"),
        ("Hull City Council", "810"),
        ("St Helens Council", "342"),
        ("Royal Borough of Kensington and Chelsea", "207"),
    ],
)
def test_name_variants_resolve_to_one_council(name, code):
    assert council_for(name).la_code == code


def test_unknown_names_do_not_resolve():
    assert council_for("Metropolitan Borough of Northfield") is None
    assert council_for("General Social Care Council") is None


def test_reference_graph_codes_region_and_neighbours():
    graph = councils_graph()
    barnet = ID["body/council/barnet"]
    assert graph.value(barnet, IKG.laCode) == Literal("302")
    assert graph.value(barnet, IKG.onsCode) == Literal("E09000003")
    assert graph.value(barnet, IKG.region) == Literal("London")
    assert len(list(graph.objects(barnet, IKG.statisticalNeighbour))) == 10
    assert len(set(graph.subjects(IKG.laCode, None))) == len(councils())


def test_report_graph_uses_the_same_council_iri():
    graph = extract_report(SAMPLE)
    barnet = ID["body/council/barnet"]
    assert graph.value(barnet, SKOS.prefLabel) == Literal("London Borough of Barnet")
    assert graph.value(barnet, IKG.onsCode) == Literal("E09000003")
    assert (barnet, IKG.onsCode, None) in councils_graph()


def test_cli_writes_the_reference_graph(tmp_path):
    out = tmp_path / "councils.ttl"
    result = CliRunner().invoke(main, ["councils", "-o", str(out)])
    assert result.exit_code == 0
    assert len(Graph().parse(out)) == len(councils_graph())


def test_every_council_has_the_force_that_polices_it():
    import csv
    from importlib.resources import files

    from kg.gazetteer import police_force_for, police_force_of

    text = files("kg.reference").joinpath("local-authorities.csv").read_text(encoding="utf-8-sig")
    names = [row["local_authority_ons_name"] for row in csv.DictReader(text.splitlines())]
    unpoliced = [name for name in names if police_force_of(name) is None]
    assert unpoliced == []
    assert police_force_of("City of London") == "City of London Police"  # the City's own force, not the Met
    assert police_force_of("Leeds City Council") == "West Yorkshire Police"
    assert police_force_of("London Borough of Barnet") == "Metropolitan Police Service"
    assert police_force_of("Anyshire County Council") is None
    assert all(police_force_for(police_force_of(name)) == police_force_of(name) for name in names)


def test_a_council_named_without_its_river_or_the_sea_is_that_council():
    """Reports call Southend-on-Sea "Southend", Newcastle upon Tyne "Newcastle City Council"; a town
    whose name other places share is the council only with its kind ("Newcastle" alone may be
    Newcastle-under-Lyme, "Kingston" Kingston upon Hull, which keeps "Hull")."""
    for short, council in (("Southend", "Southend-on-Sea"), ("Stockton Borough Council", "Stockton-on-Tees"),
                           ("Stoke City Council", "Stoke-on-Trent"), ("Newcastle City Council", "Newcastle upon Tyne"),
                           ("Richmond Council", "Richmond upon Thames"), ("Kingston Council", "Kingston upon Thames")):
        assert council_for(short).name == council, short
    assert council_for("Newcastle") is None and council_for("Richmond") is None and council_for("Kingston") is None
    assert council_for("Hull").name == council_for("Kingston upon Hull").name != council_for("Kingston Council").name
