"""The mapping from the document model to RDF (docs/decisions/0001-graph-shape.md). It knows
nothing of text layout. IRIs are deterministic: the same report gives the same graph.

The mapping writes each statement as N-Triples terms, plain strings (``<IRI>``, a quoted
literal): a corpus extraction's workers need only a report's N-Triples bytes, and writing them
straight from strings costs a fraction of making rdflib terms and serialising those (rdflib is not
even imported). ``report_to_graph`` makes the rdflib ``Graph`` of the same statements for the
commands that work on one."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from .frameworks import framework as registered_framework
from .gazetteer import council_for, trust_identity
from .model import GRADES, Body, Report
from .prefixes import PREFIX_IRIS
from .rdfio import sorted_statements

if TYPE_CHECKING:  # rdflib is imported where a Graph or an rdflib term is asked for
    from rdflib import Graph, URIRef


class _Terms:
    """A namespace whose terms are N-Triples IRIs (``<…#Judgement>``), each made once: a report's
    graph names the same few terms tens of thousands of times."""

    def __init__(self, namespace: str) -> None:
        self._namespace = namespace
        self._made: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        term = self._made.get(name)
        if term is None:
            term = self._made[name] = f"<{self._namespace}{name}>"
        return term

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self[name]
        setattr(self, name, term)
        return term


DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD, IKG, QB = (
    _Terms(PREFIX_IRIS[prefix]) for prefix in ("dcterms", "foaf", "prov", "rdf", "rdfs", "skos", "xsd", "ikg", "qb"))
#: The namespace of instance data (``id:``): its IRIs are made per report, so none is kept.
ID_NAMESPACE = PREFIX_IRIS["id"]


def _id(path: str) -> str:
    """The N-Triples IRI of ``id:{path}``."""
    return f"<{ID_NAMESPACE}{path}>"


def _text(value: str) -> str:
    """A plain literal, quoted as rdflib's N-Triples serializer quotes one (its ``_quote_encode``):
    backslash, line feed, double quote and carriage return escaped, every other character as is."""
    return '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


def _typed(lexical: str, datatype: str) -> str:
    """A literal of ``datatype`` (an N-Triples IRI) written with the lexical form given: the
    caller gives the canonical form rdflib would write (``str(int)``, ``date.isoformat()``)."""
    return f"{_text(lexical)}^^{datatype}"


def _english(value: str) -> str:
    return f"{_text(value)}@en"


def _integer(value: int) -> str:
    return _typed(str(int(value)), XSD.integer)  # rdflib's canonical form: "012" is 12


_TRUE = _typed("true", XSD.boolean)


#: ikg:section keeps CONTRACT.md's two sections wherever a later framework's section falls in
#: one of them; the framework's own section is kept as ikg:frameworkSection.
SECTION_CONCEPTS = {
    "safeguarding": IKG.Safeguarding,
    "looked_after_children": IKG.LookedAfterChildren,
    "help_and_protection": IKG.Safeguarding,
    "lscb": IKG.Safeguarding,
    "children_looked_after": IKG.LookedAfterChildren,
    "adoption": IKG.LookedAfterChildren,
    "care_leavers": IKG.LookedAfterChildren,
    "overall": IKG.OverallEffectiveness,  # spans both: no contract section fits
    "leadership": IKG.Leadership,
}
FRAMEWORK_SECTION_CONCEPTS = {
    "overall": IKG.OverallEffectiveness,
    "help_and_protection": IKG.HelpAndProtection,
    "children_looked_after": IKG.LookedAfterChildren,
    "adoption": IKG.Adoption,
    "care_leavers": IKG.CareLeavers,
    "leadership": IKG.Leadership,
    "lscb": IKG.LSCBReview,
}
GRADE_CONCEPTS = {g: IKG[g.capitalize()] for g in GRADES}
#: The scale used since 2013 (single inspection framework, ILACS): its own SKOS scheme.
LATER_GRADE_CONCEPTS = {
    "outstanding": IKG.Outstanding2013,
    "good": IKG.Good2013,
    "requires_improvement": IKG.RequiresImprovement,
    "inadequate": IKG.Inadequate2013,
}
TIMESCALE_CONCEPTS = {
    "immediately": IKG.Immediately,
    "within_three_months": IKG.WithinThreeMonths,
    "within_six_months": IKG.WithinSixMonths,
}
UNIT_CONCEPTS = {
    "count": IKG.Count, "percentage": IKG.Percentage, "pounds": IKG.PoundsSterling, "proportion": IKG.Proportion,
    "rate": IKG.Rate, "days": IKG.Days, "weeks": IKG.Weeks, "months": IKG.Months, "hours": IKG.Hours,
    "years": IKG.Years,
}
BODY_CLASSES = {
    "LocalAuthority": (IKG.LocalAuthority,),
    "Board": (IKG.Board,),
    "HealthBody": (IKG.HealthBody, IKG.PartnerOrganisation),
    "PartnerOrganisation": (IKG.PartnerOrganisation,),
    "Service": (IKG.Service,),
}
#: Finer kinds the ontology's BodyKindScheme names; others are kept as the coarse type only.
BODY_KINDS = {
    "NHSTrust", "PrimaryCareTrust", "Hospital", "ClinicalCommissioningGroup", "Police", "Probation",
    "College", "VoluntaryOrganisation", "Inspectorate", "SafeguardingBoard", "ChildrensTrust",
    "HealthAndWellbeingBoard", "ChildrenInCareCouncil", "YouthForum", "SubGroup", "Panel", "Council",
    "TeamOrService", "Partnership", "Court", "Programme", "IntegratedCareBoard", "AdoptionAgency",
    "GovernmentDepartment", "GovernmentAgency", "Regulator", "HousingProvider", "School", "StrategicHealthAuthority",
}


def section_slug(section: str | None) -> str:
    return slug(section or "report")


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def authority_slug(report: Report) -> str:
    council = council_for(report.authority or "")
    return slug(council.name if council else (report.authority or "unknown-authority"))


def report_iri(report: Report) -> URIRef:
    """The report's IRI as an rdflib term (see ``report_iri_text``)."""
    from rdflib import URIRef

    return URIRef(report_iri_text(report))


def report_iri_text(report: Report) -> str:
    """``id:report/{DfE LA code}-{council}-{inspection start}``: the council's official code is
    part of the identity, so two councils whose names resolve alike (a council and its successor that took its name)
    never share a report IRI. A council the reference list does not know keeps its slug alone;
    a report without a start date is told apart by a hash of its text."""
    if report.inspection_start:
        suffix = report.inspection_start.isoformat()
    else:
        suffix = hashlib.sha1(report.text.encode("utf-8")).hexdigest()[:10]
    council = council_for(report.authority or "")
    code = f"{slug(council.la_code)}-" if council is not None and council.la_code else ""
    return f"{ID_NAMESPACE}report/{code}{authority_slug(report)}-{suffix}"


def area_iri(label: str) -> str:
    """The N-Triples IRI of the concept of an evaluation area as printed: one IRI for one wording, so a concept never
    carries two prefLabels. A wording with capitals beyond its first letter ("… of Care Leavers")
    is another wording than the sentence-case one, told apart by a short hash of it."""
    name = slug(label)
    if label[1:] != label[1:].lower():
        name += "-" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:6]
    return _id(f"area/{name}")


def body_iri(report: Report, body: Body) -> URIRef:
    """The body's IRI as an rdflib term (see ``body_iri_text``)."""
    from rdflib import URIRef

    return URIRef(body_iri_text(report, body))


def body_iri_text(report: Report, body: Body) -> str:
    if body.body_type == "LocalAuthority":
        council = council_for(body.name)
        if council is not None:
            return f"{ID_NAMESPACE}body/council/{slug(council.name)}"
    if body.generic:
        return f"{ID_NAMESPACE}body/{authority_slug(report)}/{slug(body.key)}"
    if body.kind == "NHSTrust":
        return f"{ID_NAMESPACE}body/{slug(trust_identity(body.name))}"  # a foundation trust's IRI is its trust's
    return f"{ID_NAMESPACE}body/{slug(body.name)}"


def council_scope(iri: str) -> str | None:
    """The council a council's own body is minted under (``body/<council>/<name>``, see
    :func:`body_iri_text`), or None for a body shared across councils (``body/<name>``), a
    council itself (``body/council/<name>``) or an IRI of another layout."""
    prefix = f"{ID_NAMESPACE}body/"
    if not iri.startswith(prefix):
        return None
    scope, _, name = iri[len(prefix):].partition("/")
    if not name or "/" in name or scope == "council":
        return None
    return scope


def _decimal_or_int(value: int | float) -> str:
    if isinstance(value, int):
        return _typed(str(value), XSD.integer)
    return _typed(f"{Decimal(str(value)):f}", XSD.decimal)  # rdflib's lexical form of a Decimal


class _Triples(list):
    """The statements of a graph in the making, in the order they are made (duplicates included,
    as ``Graph.add`` would ignore them)."""

    add = list.append


def report_to_graph(report: Report) -> Graph:
    """The knowledge graph of one parsed report, as an rdflib ``Graph``."""
    from .namespaces import new_graph

    g = new_graph()
    made: dict[str, object] = {}  # each distinct term made once
    for triple in report_triples(report):
        terms = []
        for text in triple:
            term = made.get(text)
            if term is None:
                term = made[text] = rdflib_term(text)
            terms.append(term)
        g.add(tuple(terms))
    return g


def report_ntriples(report: Report) -> bytes:
    """The graph of one parsed report as sorted, duplicate-free N-Triples: the bytes
    ``kg.rdfio.ntriples(report_to_graph(report))`` gives, without filling a ``Graph``."""
    return ntriples_of(report_triples(report))


def ntriples_of(triples: list[tuple[str, str, str]]) -> bytes:
    """Statements in N-Triples terms as sorted, duplicate-free N-Triples bytes."""
    return sorted_statements("".join([f"{s} {p} {o} .\n" for s, p, o in triples]).encode("utf-8"))


_ESCAPED = re.compile(r"\\(.)")
_UNESCAPED = {"n": "\n", "r": "\r"}


def rdflib_term(text: str):
    """The rdflib term of one N-Triples term the mapping wrote (``<IRI>``, ``"…"``, ``"…"@en``,
    ``"…"^^<datatype>``)."""
    from rdflib import Literal, URIRef

    if text[0] == "<":
        return URIRef(text[1:-1])
    end = text.rindex('"')  # the mapping escapes every quote inside: the last one closes
    lexical = text[1:end]
    if "\\" in lexical:
        lexical = _ESCAPED.sub(lambda match: _UNESCAPED.get(match.group(1), match.group(1)), lexical)
    rest = text[end + 1 :]
    if rest.startswith("@"):
        return Literal(lexical, lang=rest[1:])
    if rest.startswith("^^"):
        return Literal(lexical, datatype=URIRef(rest[3:-1]))
    return Literal(lexical)


def report_triples(report: Report) -> list[tuple[str, str, str]]:
    """Every statement of the graph of one parsed report, each term written as N-Triples writes
    it (``<IRI>``, a quoted literal)."""
    g = _Triples()
    rep_iri = report_iri_text(report)
    rep = f"<{rep_iri}>"
    # ikg:grade is always on CONTRACT.md's four-point scale; a later framework's own grade
    # ("requires improvement") is kept as ikg:publishedGrade in ikg:GradeScheme2013.
    framework = registered_framework(report.framework)
    later = framework is not None and framework.later_scale
    grades = {**GRADE_CONCEPTS, "requires_improvement": IKG.Adequate}
    g.add((rep, RDF.type, IKG.InspectionReport))
    if framework is not None:
        g.add((rep, IKG.framework, IKG[framework.concept]))
    if report.title:
        g.add((rep, DCTERMS.title, _text(report.title)))
    g.add((rep, DCTERMS.source, _text(report.source)))
    for prop, value in (
        (IKG.inspectionStart, report.inspection_start),
        (IKG.inspectionEnd, report.inspection_end),
        (DCTERMS.issued, report.published),
    ):
        if value is not None:
            g.add((rep, prop, _typed(value.isoformat(), XSD.date)))
    if report.age_group:
        g.add((rep, IKG.ageGroup, _text(report.age_group)))
    if report.lead_inspector:
        person = _id(f"person/{slug(report.lead_inspector)}")
        g.add((person, RDF.type, FOAF.Person))
        g.add((person, FOAF.name, _text(report.lead_inspector)))
        g.add((rep, IKG.leadInspector, person))

    # a numbered paragraph is {report}/paragraph/{number}; a passage printed without a number is
    # {report}/passage/{its place among the passages}
    paragraph_iri = {p.number: f"<{rep_iri}/paragraph/{p.number}>" if p.numbered else f"<{rep_iri}/passage/{p.passage}>"
                     for p in report.paragraphs}
    # a figure's or a relation's IRI names its part the same way, then its place in the part:
    # {report}/statistic/{number}-{i}, …/relation/passage-{n}-{i} (a fact found earlier in the report
    # does not renumber it)
    part_name = {p.number: str(p.number) if p.numbered else f"passage-{p.passage}" for p in report.paragraphs}
    in_part: Counter[tuple[str, int]] = Counter()

    def iri_in_part(kind: str, paragraph: int) -> str:
        in_part[kind, paragraph] += 1
        return f"<{rep_iri}/{kind}/{part_name[paragraph]}-{in_part[kind, paragraph]}>"

    body_iris = {b.key: f"<{body_iri_text(report, b)}>" for b in report.bodies}

    place = authority_label(report)
    for body in report.bodies:
        _add_body(g, body, body_iris[body.key], place if body.generic else None)
        g.add((rep, IKG.mentionsBody, body_iris[body.key]))
        if body.is_inspected_authority:
            g.add((rep, IKG.inspectedAuthority, body_iris[body.key]))
    ofsted = _id("body/ofsted")
    g.add((rep, DCTERMS.publisher, ofsted))
    if ofsted not in body_iris.values():  # a model built by hand may lack its publisher
        _add_body(g, Body("ofsted", "Ofsted", "PartnerOrganisation", "Inspectorate", national=True), ofsted)

    for paragraph in report.paragraphs:
        node = paragraph_iri[paragraph.number]
        g.add((node, RDF.type, IKG.ReportPart))  # materialised: no reasoner needed
        if paragraph.numbered:
            g.add((node, RDF.type, IKG.Paragraph))
            g.add((node, IKG.number, _integer(paragraph.number)))
            g.add((rep, IKG.hasParagraph, node))
        else:
            g.add((node, RDF.type, IKG.Passage))
            g.add((rep, IKG.hasPassage, node))
        g.add((node, IKG.text, _text(paragraph.text)))
        g.add((node, DCTERMS.isPartOf, rep))
        if paragraph.heading:
            g.add((node, IKG.heading, _text(paragraph.heading)))
        if paragraph.section in SECTION_CONCEPTS:
            g.add((node, IKG.section, SECTION_CONCEPTS[paragraph.section]))
        if paragraph.number_inferred:
            g.add((node, IKG.numberInferred, _TRUE))
    for mention in report.mentions:
        if mention.body in body_iris:
            g.add((paragraph_iri[mention.paragraph], IKG.mentions, body_iris[mention.body]))

    for judgement in report.judgements:
        node = f"<{rep_iri}/judgement/{section_slug(judgement.section)}/{slug(judgement.area)}>"
        area = area_iri(judgement.area)
        g.add((area, RDF.type, SKOS.Concept))
        g.add((area, SKOS.prefLabel, _english(judgement.area)))
        g.add((area, SKOS.inScheme, IKG.EvaluationAreaScheme))
        g.add((node, RDF.type, IKG.Judgement))
        g.add((node, DCTERMS.isPartOf, rep))
        g.add((rep, IKG.hasJudgement, node))
        g.add((node, IKG.area, area))
        if judgement.section in SECTION_CONCEPTS:
            g.add((node, IKG.section, SECTION_CONCEPTS[judgement.section]))
        g.add((node, IKG.grade, grades[judgement.grade]))
        if later:
            g.add((node, IKG.publishedGrade, LATER_GRADE_CONCEPTS[judgement.grade]))
        if judgement.section in FRAMEWORK_SECTION_CONCEPTS and later:
            g.add((node, IKG.frameworkSection, FRAMEWORK_SECTION_CONCEPTS[judgement.section]))
        framework_area = framework.area_for(judgement.section, judgement.area) if framework else None
        if framework_area is not None:
            g.add((node, IKG.frameworkArea, IKG[framework.area_concept(framework_area)]))
        if judgement.findings_table_grade:
            g.add((node, IKG.findingsTableGrade, grades[judgement.findings_table_grade]))
            row = f"<{rep_iri}/findings/{section_slug(judgement.section)}/{slug(judgement.area)}>"
            g.add((row, RDF.type, IKG.FindingsRow))
            g.add((row, RDF.type, IKG.ReportPart))
            g.add((row, IKG.text, _text(judgement.findings_row or judgement.area)))
            g.add((row, DCTERMS.isPartOf, rep))
            g.add((rep, IKG.hasFindingsRow, row))
            g.add((node, PROV.wasDerivedFrom, row))
        if judgement.stated_grade in grades:
            g.add((node, IKG.statedGrade, grades[judgement.stated_grade]))
        if judgement.paragraph in paragraph_iri:
            g.add((node, PROV.wasDerivedFrom, paragraph_iri[judgement.paragraph]))

    for recommendation in report.recommendations:
        node = f"<{rep_iri}/recommendation/{section_slug(recommendation.section)}/{recommendation.ordinal}>"
        g.add((node, RDF.type, IKG.Recommendation))
        g.add((node, DCTERMS.isPartOf, rep))
        g.add((rep, IKG.hasRecommendation, node))
        g.add((node, IKG.text, _text(recommendation.text)))
        g.add((node, IKG.ordinal, _integer(recommendation.ordinal)))
        if recommendation.section in SECTION_CONCEPTS:
            g.add((node, IKG.section, SECTION_CONCEPTS[recommendation.section]))
        if recommendation.timescale:
            concept = TIMESCALE_CONCEPTS.get(recommendation.timescale)
            if concept is None:  # wording the scheme lacks: a concept of its own
                concept = IKG["timescale-" + slug(recommendation.timescale)]
                g.add((concept, RDF.type, SKOS.Concept))
                g.add((concept, RDF.type, IKG.Timescale))
                g.add((concept, SKOS.inScheme, IKG.TimescaleScheme))
                g.add((concept, SKOS.prefLabel, _english(recommendation.timescale_label or recommendation.timescale)))
            g.add((node, IKG.timescale, concept))
        if recommendation.owner in body_iris:
            g.add((node, IKG.addressedTo, body_iris[recommendation.owner]))
        if recommendation.paragraph in paragraph_iri:
            g.add((node, PROV.wasDerivedFrom, paragraph_iri[recommendation.paragraph]))
        else:  # an unnumbered list ("What needs to improve"): the list item is the source
            item = f"{node[:-1]}/source>"
            g.add((item, RDF.type, IKG.ReportPart))
            g.add((item, IKG.text, _text(recommendation.text)))
            if recommendation.heading:
                g.add((item, IKG.heading, _text(recommendation.heading)))
            g.add((item, DCTERMS.isPartOf, rep))
            g.add((node, PROV.wasDerivedFrom, item))

    if report.statistics:
        dataset = f"<{rep_iri}/statistics>"
        g.add((dataset, RDF.type, QB.DataSet))
        g.add((dataset, DCTERMS.isPartOf, rep))
    for statistic in report.statistics:
        node = iri_in_part("statistic", statistic.paragraph)
        g.add((node, RDF.type, IKG.Statistic))
        g.add((node, IKG.value, _decimal_or_int(statistic.value)))
        g.add((node, IKG.unit, UNIT_CONCEPTS[statistic.unit]))
        g.add((node, IKG.measure, _text(statistic.measure)))
        g.add((node, IKG.text, _text(statistic.text)))
        g.add((node, PROV.wasDerivedFrom, paragraph_iri[statistic.paragraph]))
        g.add((node, DCTERMS.isPartOf, rep))
        g.add((node, QB.dataSet, dataset))
        g.add((rep, IKG.hasStatistic, node))

    for relation in report.relations:
        subject, obj = body_iris.get(relation.subject), body_iris.get(relation.object)
        if subject is None or obj is None:
            continue
        predicate = IKG[relation.relation]
        g.add((subject, predicate, obj))
        node = iri_in_part("relation", relation.paragraph)
        g.add((node, RDF.type, IKG.RelationStatement))
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        g.add((node, IKG.text, _text(relation.text)))
        g.add((node, PROV.wasDerivedFrom, paragraph_iri[relation.paragraph]))
        g.add((node, DCTERMS.isPartOf, rep))
        g.add((rep, IKG.hasRelationStatement, node))
    return g


def authority_label(report: Report) -> str:
    """The council's short name for labels: "Anyshire", "Anyshire and Wyre"."""
    council = council_for(report.authority or "")
    return council.name if council else (report.authority or "unknown authority")


def body_label(body: Body, place: str | None) -> str:
    """A body's label in every output: a council's own generic body says whose it is
    ("Police (Anyshire)", "Adoption service (Westshire)"); a named body is its name."""
    if not place or place.lower() in body.name.lower():
        return body.name  # "Anyshire Safeguarding Children Board" says whose it is already
    return f"{body.name} ({place})"


def _add_body(g, body: Body, node: str, place: str | None = None) -> None:
    g.add((node, RDF.type, IKG.Body))
    for cls in BODY_CLASSES[body.body_type]:
        g.add((node, RDF.type, cls))
    if body.national:
        g.add((node, RDF.type, IKG.NationalBody))
        g.add((node, RDF.type, IKG.PartnerOrganisation))
    label = body_label(body, place)
    g.add((node, SKOS.prefLabel, _text(label)))
    g.add((node, RDFS.label, _text(label)))
    for alt in [body.name, *body.acronyms, *body.short_forms]:
        if alt != label:
            g.add((node, SKOS.altLabel, _text(alt)))
    if body.kind in BODY_KINDS:
        g.add((node, IKG.bodyKind, IKG[body.kind]))
    if body.body_type == "LocalAuthority":
        council = council_for(body.name)
        if council is not None:
            g.add((node, IKG.laCode, _text(council.la_code)))
            g.add((node, IKG.onsCode, _text(council.ons_code)))
            g.add((node, IKG.ofstedURN, _text(council.urn)))
            g.add((node, IKG.region, _text(council.region)))
