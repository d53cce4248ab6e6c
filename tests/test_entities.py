"""The entity and relation finders on small invented paragraphs: which bodies a careful reader
would list, their short forms, the ties the text states, and how the graph names them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from entity_support import report_of
from kg.model import Report
from kg.namespaces import IKG
from kg.rdf import body_iri, report_to_graph
from kg.shortforms import definitions

FIXTURES = Path(__file__).parent / "fixtures" / "bodies"
CATEGORIES = {"council", "board", "service", "health", "police", "court", "national", "voluntary", "partner", "programme"}


def body(report: Report, label: str):
    wanted = label.lower()
    for found in report.bodies:
        if wanted in (name.lower() for name in found.labels):
            return found
    return None


def names_found(sentence: str) -> set[str]:
    """The names of the bodies one sentence of a report of another council names."""
    return {b.name for b in report_of(sentence, authority="Wyreshire County Council").bodies}


def names(report: Report) -> set[str]:
    return {label.lower() for found in report.bodies for label in found.labels}


def ties(report: Report) -> set[tuple[str, str, str]]:
    by_key = {b.key: b.name for b in report.bodies}
    return {(by_key[r.subject], r.relation, by_key[r.object]) for r in report.relations}


# --- short forms --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "short", "long"),
    [
        ("Calls to the children's help, safety and prevention team (CHSP) are answered quickly.", "CHSP",
         "children's help, safety and prevention team"),
        ("The 'Close to Care/Looked After Children' (CTC/LAC) panel meets.", "CTC/LAC", "Close to Care/Looked After Children"),
        ("Partners, including Cafcass (the Children and Family Court Advisory and Support Service), agree.", "Cafcass",
         "Children and Family Court Advisory and Support Service"),
        ("It includes the council known as 'Council for Youth' (C4Y) and more.", "C4Y", "Council for Youth"),
    ],
)
def test_a_definition_spells_its_long_form(sentence, short, long):
    assert (short, long) in {(d.short, d.long) for d in definitions(sentence)}


def test_a_quoted_short_form_before_its_long_form_loses_its_quotes():
    report = report_of("Carers are helped by the 'KEEPS' (Keeping foster parents and carers supported) programme. "
                       "KEEPS is valued.")
    programme = body(report, "KEEPS")
    assert programme is not None and not any("'" in label for label in programme.labels)
    assert sum(m.body == programme.key for m in report.mentions) >= 2


def test_every_kind_of_definition_becomes_the_alt_label_of_one_body():
    report = report_of(
        "Advice offered by the Keeping Children Safe from Exploitation (KCSE) team is strong.",
        "The multi-agency safeguarding and advice hub (MASAH) screens contacts well.",
        "Wyre Safeguarding Children Board (WSCB) needs to improve. The WSCB has a business plan.",
        "The Children in Care Council known as 'Council for Youth' (C4Y) questioned senior leaders.",
        "The CiCC 'Stand up, stand out' (SUSO) is new.",
    )
    cate = body(report, "Keeping Children Safe from Exploitation team")
    assert cate is not None and "KCSE" in cate.acronyms and "KCSE team" in cate.labels
    assert "MASAH" in body(report, "multi-agency safeguarding and advice hub").acronyms
    assert "WSCB" in body(report, "WSCB").acronyms
    cicc = body(report, "Council for Youth")
    assert cicc is not None and {"C4Y", "SUSO"} <= set(cicc.acronyms) and cicc.kind == "ChildrenInCareCouncil"
    # later uses of a short form are mentions of the body it names
    assert {m.paragraph for m in report.mentions if m.body == body(report, "WSCB").key} == {3}


def test_an_acronym_names_one_body_only():
    report = report_of(
        "The local authority designated officer (LADO) service is effective.",
        "The LADO coordinates the response well.",
    )
    holders = [b for b in report.bodies if "LADO" in b.acronyms]
    assert len(holders) == 1


# --- bodies a careful reader lists ---------------------------------------------


def test_teams_services_panels_and_programmes_named_by_common_nouns():
    report = report_of(
        "The duty and assessment team and the edge of care service work with the youth justice service.",
        "A multi-agency transition panel plans services for children. The Family Steps team helps families.",
        "Adopters are supported through the Mockingbird scheme and the 'Channel' panel meets monthly.",
    )
    found = names(report)
    for expected in ("duty and assessment team", "edge of care service", "youth justice service",
                     "multi-agency transition panel", "family steps team", "mockingbird", "channel panel"):
        assert expected in found, expected


@pytest.mark.parametrize(
    "not_a_body",
    ["good service", "children's services", "social work teams", "training programme", "strategy meetings",
     "developing services", "range of services"],
)
def test_phrases_that_are_not_bodies(not_a_body):
    report = report_of(
        "Children receive a good service. Children's services have improved and social work teams are stable.",
        "A training programme is in place and strategy meetings are timely.",
        "Leaders are developing services and a range of services is offered.",
    )
    assert not any(label.startswith(not_a_body) for label in names(report)), not_a_body


def test_no_sentence_fragments_become_bodies():
    report = report_of(
        "The 'Be Healthy, Enjoy' sub-group and the LSCB sub-group met, as did a relevant sub-group.",
    )
    assert not any("'" in b.name or b.name.lower().startswith(("enjoy", "relevant", "lscb")) for b in report.bodies)


def test_a_sentence_opening_on_work_with_a_force_names_the_force_only():
    report = report_of("Work with Anyshire Police on joint interviews is improving. Links to Anyshire Police are good.")
    assert body(report, "Anyshire Police") is not None
    assert not any(b.name.lower().startswith(("work", "links")) for b in report.bodies)


def test_children_with_disabilities_keeps_its_first_word():
    report = report_of("Children with Disabilities Team workers visit often.")
    assert body(report, "Children with Disabilities Team") is not None


@pytest.mark.parametrize("place", ["town centre", "city centre", "shopping centre"])
def test_a_place_in_town_is_not_a_body(place):
    report = report_of(f"Families live in a few {place} neighbourhoods, near the {place}.")
    assert not any(place in b.name.lower() for b in report.bodies)


def test_a_kind_named_with_its_place_then_shortened():
    report = report_of("The Virtual School Anyshire (VSA) has had an impact. Support workers from VSA help pupils.")
    school = body(report, "VSA")
    assert school is not None and school.generic and "Virtual School Anyshire" in school.labels
    assert [m.text for m in report.mentions if m.body == school.key] == ["Virtual School Anyshire", "VSA", "VSA"]


def test_a_verb_before_a_place_in_a_name_is_not_part_of_it():
    report = report_of("A nurse supports 16+ male UASC living in Millbrook assessment centre. "
                       "Young people in Anyshire Youth Service are happy.")
    found = {b.name for b in report.bodies}
    assert "Millbrook assessment centre" in found and "Anyshire Youth Service" in found
    assert not any(name.startswith(("UASC", "Young people")) for name in found)


@pytest.mark.parametrize(("sentence", "group"), [
    ("A data governance group has developed creative approaches.", "data governance group"),
    ("Themes are fed up to the corporate directors group for scrutiny.", "corporate directors group"),
])
def test_a_group_named_by_what_it_governs_or_by_the_posts_that_meet(sentence, group):
    assert body(report_of(sentence), group) is not None


def test_posts_before_a_verb_are_not_a_group():
    assert not any("group" in b.name for b in report_of("The managers group cases by need.").bodies)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Working with Families Team workers visit often.", "Working with Families Team"),
    ("Adults with Learning Disabilities Service staff attend.", "Adults with Learning Disabilities Service"),
    ("Beyond the Horizon Trust mentors care leavers.", "Beyond the Horizon Trust"),
])
def test_a_name_whose_first_word_comes_before_with_or_the_keeps_it(sentence, name):
    assert {b.name for b in report_of(sentence).bodies} == {"Leeds City Council", "Ofsted", name}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Cases move to the step down team when risk reduces.", "step down team"),
    ("The early help step up panel considers escalation.", "early help step up panel"),
    ("Families are referred to the follow up service.", "follow up service"),
])
def test_a_particle_in_a_kinds_own_words_is_part_of_its_name(sentence, name):
    assert body(report_of(sentence), name) is not None


@pytest.mark.parametrize("sentence", [
    "Team managers group cases by risk.",
    "Team managers group supervision is regular and reflective.",
])
def test_posts_before_group_as_a_verb_or_a_kind_of_supervision_are_not_a_group(sentence):
    assert {b.name for b in report_of(sentence).bodies} == {"Leeds City Council", "Ofsted"}


@pytest.mark.parametrize("post", ["Headteacher", "Manager"])
def test_a_kinds_post_with_a_short_form_is_not_the_kind(post):
    report = report_of(f"The Virtual School {post} (VS{post[0]}) has high aspirations. The Virtual School is good.")
    school = body(report, "Virtual School")
    assert school is not None and f"VS{post[0]}" not in school.labels


def test_a_verbs_particle_before_a_kind_word_is_not_a_name():
    report = report_of("The pledge sets out partnership commitments to children. "
                       "It carried out partnership work with the out of hours service.")
    assert [b.name for b in report.bodies if "out" in b.name.lower()] == []  # the out of hours service is the duty team


@pytest.mark.parametrize(("sentence", "name", "short"), [
    ("The multi-agency panel (MAP) meets weekly.", "multi-agency panel", "MAP"),
    ("Two multi-agency groups (MAGS), chaired by senior officers, target support.", "multi-agency groups", "MAGS"),
])
def test_a_panel_or_group_the_report_defines_a_short_form_for_is_a_body(sentence, name, short):
    found = body(report_of(sentence), short)
    assert found is not None and found.name == name


@pytest.mark.parametrize("sentence", ["Children's services (CS) are good.", "The social work teams (SWT) are stable."])
def test_the_sector_with_a_short_form_is_still_the_sector(sentence):
    assert {b.name for b in report_of(sentence).bodies} == {"Leeds City Council", "Ofsted"}


@pytest.mark.parametrize("sentence", [
    "This learning has been used to focus service direction.",
    "Leaders led the partnership transformation and the team restructuring.",
    "Staff are able to influence service developments through task and finish groups.",
])
def test_a_kind_word_before_what_is_done_to_it_is_no_body(sentence):
    assert {b.name for b in report_of(sentence).bodies} == {"Leeds City Council", "Ofsted"}


def test_a_service_for_those_over_an_age_is_named_by_it_but_a_count_is_not():
    report = report_of("Young people keep in touch with the 16+ service. The council's 18+ team helps. "
                       "Around 16+ services are offered.")
    found = {b.name for b in report.bodies}
    assert {"16+ service", "18+ team"} <= found and "16+ services" not in found


@pytest.mark.parametrize(("sentence", "agency"), [
    ("Collaboration is evolving through the formation of Adoption West, involving six local authorities.", "Adoption West"),
    ("Adopt North East finds families for children.", "Adopt North East"),
])
def test_a_regional_adoption_agency_named_by_its_area(sentence, agency):
    found = body(report_of(sentence), agency)
    assert found is not None and found.kind == "AdoptionAgency" and not found.generic


@pytest.mark.parametrize("sentence", ["The Adoption Support Fund helps.", "The Adoption Panel meets.",
                                      "Adoption performance is good.", "Adoption Week was marked."])
def test_adoption_and_a_kind_or_a_common_word_is_no_agency(sentence):
    assert not any(b.kind == "AdoptionAgency" for b in report_of(sentence).bodies)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Recently Anyshire Safeguarding Children Board has grown.", "Anyshire Safeguarding Children Board"),
    ("Meanwhile Anyshire young carers service helps children.", "Anyshire young carers service"),
    ("Partnership with Wyre Cares Trust is effective.", "Wyre Cares Trust"),
    ("Together with Anyshire After Adoption Service, the council acts.", "Anyshire After Adoption Service"),
    ("After Care Service staff visit often.", "After Care Service"),
    ("Locally Anyshire Shadow Transition Board is valued.", "Anyshire Shadow Transition Board"),
    ("Later Anyshire Turning Point team was formed.", "Anyshire Turning Point team"),
    ("Sadly the Anyshire Family Centre has closed.", "Anyshire Family Centre"),
    ("Family Justice Board members meet quarterly.", "Family Justice Board"),
    ("Under Anyshire Youth Service, staff improved.", "Anyshire Youth Service"),
])
def test_a_sentence_s_opening_word_is_not_a_name_s_first_word(sentence, name):
    assert name in names_found(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Wyre Partnership NHS Foundation Trust's chair is effective.", "Wyre Partnership NHS Foundation Trust"),
    ("Anyshire Youth Service's staff are skilled.", "Anyshire Youth Service"),
    ("Adoption West's panel is effective.", "Adoption West"),
    ("The Anyshire Association for Adoption and Fostering's chair is effective.", "Anyshire Association for Adoption and Fostering"),
    ("Barnardo's chair is effective.", "Barnardo's"),
])
def test_a_name_s_possessive_is_not_part_of_it(sentence, name):
    assert name in names_found(sentence)


def test_a_verb_of_becoming_before_a_kind_phrase_is_not_part_of_it():
    report = report_of("Children's centres have become family hubs, and the teams remain locality teams.")
    found = {b.name for b in report.bodies}
    assert {"family hubs", "locality teams"} <= found
    assert not any(name.startswith(("become", "remain")) for name in found)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Children say ‘the triage service’ helps.", "triage service"),
    ("Partners include: Shared Lives team.", "Shared Lives team"),
    ("Turning Point team – a new service – helps.", "Turning Point team"),
])
def test_a_name_in_quotes_or_first_in_a_list_is_whole(sentence, name):
    assert name in names_found(sentence)


@pytest.mark.parametrize("sentence", ["As Anyshire Turning Point team grows, demand rises.",
                                      "From Anyshire Turning Point team come many referrals."])
def test_a_preposition_opening_a_sentence_is_not_a_name_s_first_word(sentence):
    assert "Anyshire Turning Point team" in {b.name for b in report_of(sentence).bodies}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Care leavers join the mentoring programme.", "mentoring programme"),
    ("A youth employment initiative targets care leavers.", "youth employment initiative"),
    ("Eleven care leavers started a pre-apprenticeship programme.", "pre-apprenticeship programme"),
    ("The corporate parenting board's mentoring programme is a positive development.", "mentoring programme"),
])
def test_a_programme_for_children_in_lower_case_is_a_body(sentence, name):
    assert name in names_found(sentence)


@pytest.mark.parametrize("sentence", [
    "A comprehensive training programme is in place.", "An ambitious transformation programme began.",
    "Staff follow an audit programme.", "The council's improvement programme is ambitious.",
    "The substantial work programme is on track.", "The 26-week programme helps.",
])
def test_the_council_s_work_on_itself_is_no_programme_body(sentence):
    assert names_found(sentence) == {"Wyreshire County Council", "Ofsted"}


def test_a_footnote_digit_glued_to_a_name_is_not_part_of_it():
    report = report_of("The review of the Local Safeguarding Children Board1 was carried out in 2016.")
    board = body(report, "Local Safeguarding Children Board")
    assert board is not None and not any(c.isdigit() for c in board.name)
    assert report.mentions and report.mentions[0].body == board.key


def test_names_given_by_apposition():
    report = report_of(
        "Adopters are helped by the regional adoption agency, Adoption Bridges.",
        "Leaders see more to do within Front Step, the multi-agency safeguarding hub, to improve.",
        "The service works with the commissioned charity Clear Sight, which provides holiday care.",
    )
    agency = body(report, "Adoption Bridges")
    assert agency is not None and agency.kind == "AdoptionAgency" and not agency.generic
    assert body(report, "Front Step") is not None
    assert body(report, "Clear Sight").kind == "VoluntaryOrganisation"


def test_the_police_written_in_lower_case_and_a_force_by_its_own_name():
    report = report_of(
        "Joint visits are completed with the police. A police presence is not a body of its own.",
        "Hampshire Constabulary attends every strategy meeting.",
        authority="Southampton City Council",
    )
    force = body(report, "Hampshire and Isle of Wight Constabulary")
    assert force is not None and not force.generic
    # the force policing the council's area is "the police" the report speaks of: one body, in both paragraphs
    assert [b.name for b in report.bodies if b.kind == "Police"] == ["Hampshire and Isle of Wight Constabulary"]
    assert "Police" in force.labels and force.paragraphs == [1, 2]


@pytest.mark.parametrize("other", [
    "A child placed in Liverpool went missing and Merseyside Police were informed.",
    "A retired detective from the Metropolitan Police Service chairs the panel.",
    "British Transport Police identified two children at a station.",
])
def test_another_force_is_never_the_police_of_the_report(other):
    report = report_of("Joint visits are completed with the police.", other)  # Leeds: West Yorkshire Police
    police = body(report, "Police")
    assert police is not None and police.generic and police.paragraphs == [1]
    assert len([b for b in report.bodies if b.kind == "Police"]) == 2


def test_courts_and_cafcass_in_its_spellings():
    report = report_of(
        "Good relationships with the Child and Family Court Advisory and Support Service and the courts help.",
        "Cafcass is positive about the work of the local judiciary.",
    )
    cafcass = [b for b in report.bodies if b.name == "Cafcass"]
    assert len(cafcass) == 1 and cafcass[0].national
    assert any(b.kind == "Court" for b in report.bodies)


# --- ties ---------------------------------------------------------------------


def test_ties_stated_in_later_reports_wording():
    report = report_of(
        "The advocacy service is commissioned from Barnardo's.",
        "The corporate parenting board is chaired by the Department for Education.",
        "The board secured funding from the clinical commissioning group.",
        "The co-location of health and police partners in the MASH is adding value.",
        "The local authority is part of a regional adoption agency (RAA) - Together 4 Children.",
    )
    got = ties(report)
    assert ("Advocacy service", "commissionedFrom", "Barnardo's") in got
    assert ("Corporate parenting board", "chairedBy", "Department for Education") in got
    assert ("Corporate parenting board", "fundedBy", "Clinical commissioning group") in got  # "the board" refers back
    assert ("Police", "coLocatedWith", "Multi-agency safeguarding hub") in got
    assert ("Leeds City Council", "partOf", "Together 4 Children") in got


def test_both_trusts_refers_back_to_the_two_trusts_named_before():
    report = report_of(
        "Health services come from Leeds Teaching Hospitals NHS Trust and Leeds and York Partnership NHS Foundation Trust. "
        "Child and adolescent mental health services are provided by both trusts.",
    )
    got = ties(report)
    for trust in ("Leeds Teaching Hospitals NHS Trust", "Leeds and York Partnership NHS Foundation Trust"):
        assert ("Child and adolescent mental health services", "providedBy", trust) in got


def test_the_hubs_refers_back_to_the_hubs_named_before():
    report = report_of("Managers in the Family Steps hubs know families well. "
                       "Much of the work in the hubs is delivered by the local authority.")
    assert ("Family Steps hubs", "providedBy", "Leeds City Council") in ties(report)


def test_the_hubs_does_not_refer_back_to_one_hub():
    report = report_of("The multi-agency safeguarding hub (MASH) is effective. "
                       "Many of the hubs in the region are run by a charity, Anyshire Family Trust.")
    assert not any(subject == "Multi-agency safeguarding hub" for subject, _, _ in ties(report))


@pytest.mark.parametrize(("force_sentence", "police"), [
    (None, "Police"),  # "the police" only: the council's generic force
    ("West Yorkshire Police chairs the exploitation sub-group.", "West Yorkshire Police"),  # the force policing Leeds
    ("A child placed in Manchester was found by Greater Manchester Police.", "Police"),  # another force: no partner
])
def test_the_three_safeguarding_partners(force_sentence, police):
    report = report_of(
        "The Leeds Safeguarding Children Partnership works well with the police and the integrated care board.",
        *([force_sentence] if force_sentence else []),
        "The three safeguarding partners have strengthened their oversight.",
    )
    partners = {s for s, relation, _ in ties(report) if relation == "safeguardingPartnerOf"}
    assert partners == {"Leeds City Council", police, "Integrated care board"}


def test_each_tie_keeps_its_paragraph_and_sentence():
    report = report_of("Intro sentence. The edge of care service is funded by the Home Office.")
    (relation,) = [r for r in report.relations if r.relation == "fundedBy"]
    assert relation.paragraph == 1 and relation.text == "The edge of care service is funded by the Home Office."


# --- one body, one node, a name that says which ---------------------------------


def test_a_councils_generic_body_carries_the_council_in_its_label():
    graph = report_to_graph(report_of("Joint visits are completed with the police and the virtual school."))
    police = next(graph.subjects(RDF.type, IKG.Police), None) or next(
        s for s in graph.subjects(SKOS.prefLabel, Literal("Police (Leeds)")))
    assert (police, SKOS.prefLabel, Literal("Police (Leeds)")) in graph
    assert (police, SKOS.altLabel, Literal("Police")) in graph
    assert str(police).endswith("/body/leeds/police")


def test_national_bodies_are_typed_and_shared():
    first = report_to_graph(report_of("The Department for Education funds the pilot. Ofsted visited."))
    second = report_to_graph(report_of("The Department for Education was told.", authority="Kent County Council"))
    dfe = [s for s in first.subjects(RDF.type, IKG.NationalBody) if "department-for-education" in str(s)]
    assert dfe and (dfe[0], RDF.type, IKG.NationalBody) in second
    assert any("ofsted" in str(s) for s in first.subjects(RDF.type, IKG.NationalBody))
    assert not any(str(s).endswith("/police") for s in first.subjects(RDF.type, IKG.NationalBody))


def test_a_named_trust_is_one_node_across_councils():
    text = "Health services are provided by Leeds and York Partnership NHS Foundation Trust."
    leeds, york = report_of(text), report_of(text, authority="City of York Council")
    trust = [body_iri(r, body(r, "Leeds and York Partnership NHS Foundation Trust")) for r in (leeds, york)]
    assert trust[0] == trust[1]


@pytest.mark.parametrize("written", [
    "Anyshire Partnership NHS Foundation Trust", "Anyshire Partnership NHS Trust", "Anyshire Partnership Trust"])
def test_a_trust_is_one_node_however_it_is_written(written):
    report = report_of(f"Mental health services are provided by {written}.")
    assert str(body_iri(report, body(report, written))).endswith("/body/anyshire-partnership-nhs-trust")


def test_a_trust_written_two_ways_in_one_report_is_one_body():
    report = report_of("Health visitors from Anyshire Partnership NHS Foundation Trust (APFT) help.",
                       "Later the Anyshire Partnership Trust said so in a health review.")
    trusts = [b for b in report.bodies if "Trust" in b.name]
    assert len(trusts) == 1 and "Anyshire Partnership Trust" in trusts[0].labels


# --- the hand-read expectations ---------------------------------------------------


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")) + sorted(FIXTURES.glob("second/*.json")),
                         ids=lambda p: p.stem if p.parent == FIXTURES else f"second-{p.stem}")
def test_hand_read_fixture_is_well_formed(path):
    fixture = json.loads(path.read_text(encoding="utf-8"))
    assert fixture["report"].endswith((".pdf", ".txt"))  # the oldest framework's sample is text
    assert fixture["bodies"][0]["category"] == "council"  # the inspected council first
    for entry in fixture["bodies"]:
        assert entry["category"] in CATEGORIES and entry["name"].strip(), entry


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("written/*/*.json")), ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_written_prose_fixture_is_well_formed(path):
    from kg.gazetteer import council_for

    fixture = json.loads(path.read_text(encoding="utf-8"))
    assert council_for(fixture["authority"]) is not None  # a real council, as the finder knows them
    paragraphs = fixture["paragraphs"]
    assert paragraphs and all(isinstance(p, str) and p.strip() for p in paragraphs)
    # prose, though a framework's section heading may stand as a paragraph of its own ("The Local Safeguarding Children Board")
    assert sum(len(p.split()) > 20 for p in paragraphs) >= len(paragraphs) - 1 and all(len(p.split()) > 20 for p in paragraphs[:1])
    assert "First score" in fixture["_comment"]
    for entry in fixture["bodies"]:
        assert entry["category"] in CATEGORIES and entry["name"].strip(), entry
