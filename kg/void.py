"""The VoID / DCAT description of an exported corpus: what the export holds (triples, distinct
subjects and objects, classes and properties with their counts), which vocabularies it uses,
the reports it comes from, its licence, and the file to download. ``kg export … -o FILE``
writes it beside every RDF export as ``FILE-without-suffix.void.ttl`` (``corpus.trig`` →
``corpus.void.ttl``)."""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF

from .namespaces import ID, IKG, bind_prefixes, new_graph

VOID = Namespace("http://rdfs.org/ns/void#")
#: Ofsted publishes its reports under the Open Government Licence v3.0; a graph extracted from
#: them is licensed the same way (the vocabulary itself is CC BY 4.0).
DATA_LICENCE = URIRef("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
DATA_RIGHTS = ("Contains public sector information licensed under the Open Government Licence v3.0: "
               "extracted from Ofsted inspection reports.")
ONTOLOGY = URIRef("https://w3id.org/inspection-kg/def")
#: Export format → media type of the dump.
MEDIA_TYPES = {"ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
               "trig": "application/trig"}


def void_path(output: Path | str) -> Path:
    """Where the description of ``output`` goes: ``corpus.trig`` → ``corpus.void.ttl``."""
    output = Path(output)
    return output.with_name(f"{output.stem}.void.ttl")


def describe(graphs: list[Graph], dump: Path | str, fmt: str) -> Graph:
    """The VoID/DCAT description of ``graphs`` exported to ``dump`` as ``fmt``."""
    subjects: set = set()
    objects: set = set()
    properties: Counter = Counter()
    classes: Counter = Counter()
    typed: set = set()
    triples = 0
    seen: set = set()
    for graph in graphs:
        for s, p, o in graph:
            if (s, p, o) in seen:  # a triple two reports share (a council's label) counts once
                continue
            seen.add((s, p, o))
            triples += 1
            subjects.add(s)
            objects.add(o)
            properties[p] += 1
            if p == RDF.type and (s, o) not in typed:
                typed.add((s, o))
                classes[o] += 1
    reports = sorted({s for graph in graphs for s in graph.subjects(RDF.type, IKG.InspectionReport)})
    key = hashlib.sha1("\n".join(map(str, reports)).encode("utf-8")).hexdigest()[:12]
    dataset = ID[f"dataset/{key}"]

    g = new_graph()
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    bind_prefixes(g)
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal(
        f"Inspection knowledge graph of {len(reports)} report{'s' if len(reports) != 1 else ''}", lang="en")))
    g.add((dataset, DCTERMS.description, Literal(
        "Judgements, recommendations, figures and the partnership of bodies extracted from Ofsted "
        "inspection reports on English councils' children's services.", lang="en")))
    g.add((dataset, DCTERMS.license, DATA_LICENCE))
    g.add((dataset, DCTERMS.rights, Literal(DATA_RIGHTS, lang="en")))
    g.add((dataset, DCTERMS.conformsTo, ONTOLOGY))
    g.add((dataset, VOID.triples, Literal(triples)))
    g.add((dataset, VOID.distinctSubjects, Literal(len(subjects))))
    g.add((dataset, VOID.distinctObjects, Literal(len(objects))))
    g.add((dataset, VOID.properties, Literal(len(properties))))
    g.add((dataset, VOID.classes, Literal(len(classes))))
    g.add((dataset, VOID.entities, Literal(len({s for s, _ in typed}))))
    for vocabulary in sorted({_namespace(term) for term in list(properties) + list(classes)}):
        g.add((dataset, VOID.vocabulary, URIRef(vocabulary)))
    for report in reports:
        g.add((dataset, DCTERMS.source, report))
    for cls, count in sorted(classes.items()):
        part = URIRef(f"{dataset}#class-{_fragment(cls)}")
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(count)))
    for prop, count in sorted(properties.items()):
        part = URIRef(f"{dataset}#property-{_fragment(prop)}")
        g.add((dataset, VOID.propertyPartition, part))
        g.add((part, VOID.property, prop))
        g.add((part, VOID.triples, Literal(count)))
    dump_iri = URIRef(Path(dump).name)  # relative: resolves against the description's own place
    distribution = URIRef(f"{dataset}#distribution")
    g.add((dataset, VOID.dataDump, dump_iri))
    g.add((dataset, DCAT.distribution, distribution))
    g.add((distribution, RDF.type, DCAT.Distribution))
    g.add((distribution, DCAT.downloadURL, dump_iri))
    if fmt in MEDIA_TYPES:
        g.add((distribution, DCAT.mediaType,
               URIRef(f"https://www.iana.org/assignments/media-types/{MEDIA_TYPES[fmt]}")))
        g.add((distribution, DCTERMS["format"], Literal(MEDIA_TYPES[fmt])))
    g.add((distribution, DCTERMS.license, DATA_LICENCE))
    return g


def describe_bytes(graphs: list[Graph], dump: Path | str, fmt: str) -> bytes:
    """The description as Turtle, the same bytes for the same input."""
    return describe(graphs, dump, fmt).serialize(format="turtle").encode("utf-8")


def _namespace(term) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            return text[: text.rindex(sep) + 1]
    return text


def _fragment(term) -> str:
    text = str(term)
    for prefix, namespace in ((p, str(n)) for p, n in new_graph().namespaces()):
        if text.startswith(namespace):
            return f"{prefix}-{text[len(namespace):]}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]

