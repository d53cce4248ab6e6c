"""The published vocabulary, generated from the ontology: its HTML documentation (pyLODE, with
the concept schemes as tables of their concepts), the JSON-LD context that ``kg export --format
jsonld`` compacts with, copies of the ontology for the w3id redirects to serve, and the
redirect rules themselves. Everything here is derived from ``ontology/inspection-kg.ttl``;
regenerate with one command after the ontology changes::

    python -m kg.docs            # or: make docs

and ``tests/test_vocab_docs.py`` fails until the files in the repository match.
"""
from __future__ import annotations

import html
import importlib.resources
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from .graphio import canonical_copy
from .namespaces import IKG, PREFIXES, new_graph

#: The ontology's IRI (the header's subject) and the namespace w3id serves.
ONTOLOGY_IRI = URIRef("https://w3id.org/inspection-kg/def")
W3ID_ROOT = "https://w3id.org/inspection-kg/"
#: Where the contents of ``docs/`` are published (the project's GitHub Pages site); the w3id
#: rules redirect there. Changing host is this one line and ``python -m kg.docs``.
PUBLISHED_AT = "https://inspection-kg.github.io/inspection-kg/"
#: Files written under ``docs/``, relative to it.
VOCABULARY_HTML = "vocabulary/index.html"
VOCABULARY_TURTLE = "vocabulary/inspection-kg.ttl"
VOCABULARY_JSONLD = "vocabulary/inspection-kg.jsonld"
VOCABULARY_CONTEXT = "vocabulary/context.jsonld"
W3ID_RULES = "w3id/.htaccess"
#: The context also ships inside the package (``kg/ontology`` is ``ontology/``), where the
#: exporter reads it.
PACKAGED_CONTEXT = "context.jsonld"
#: Datatypes a context may coerce to: a plain string stays a plain string (an ``xsd:string``
#: coercion would not match the untyped literals the graphs hold, and compaction would fall
#: back to full property names).
_COERCIBLE = {XSD.date, XSD.dateTime, XSD.integer, XSD.decimal, XSD.boolean, XSD.gYear, XSD.anyURI}


#: The ontology the page documents: the hand-written file and the framework and area concepts
#: generated beside it from the framework registry (``kg.frameworks.vocabulary``). The
#: harmonised areas are an ontology of their own (``harmonised-areas.ttl``).
ONTOLOGY_FILES = ("inspection-kg.ttl", "inspection-kg-frameworks.ttl")


def ontology_graph() -> Graph:
    graph = new_graph()
    folder = importlib.resources.files("kg.ontology")
    for name in ONTOLOGY_FILES:
        graph.parse(data=folder.joinpath(name).read_bytes(), format="turtle")
    return graph


# ---------------------------------------------------------------- JSON-LD context
def jsonld_context(ontology: Graph | None = None) -> dict:
    """The ``@context``: our prefixes, ``@vocab`` for the ontology's namespace, and one term per
    class and property the ontology declares (object properties coerce to IRIs, datatype
    properties to their range's datatype), plus the few reused terms every graph uses."""
    ontology = ontology if ontology is not None else ontology_graph()
    context: dict = {"@vocab": str(IKG)}
    context.update({prefix: str(namespace) for prefix, namespace in PREFIXES.items()})
    terms: dict[str, object] = {}
    for cls in sorted(set(ontology.subjects(RDF.type, OWL.Class))):
        if isinstance(cls, URIRef) and str(cls).startswith(str(IKG)):
            terms[_local(cls)] = f"ikg:{_local(cls)}"
    for prop in sorted(set(ontology.subjects(RDF.type, OWL.ObjectProperty))):
        if str(prop).startswith(str(IKG)):
            terms[_local(prop)] = {"@id": f"ikg:{_local(prop)}", "@type": "@id"}
    for prop in sorted(set(ontology.subjects(RDF.type, OWL.DatatypeProperty))):
        if str(prop).startswith(str(IKG)):
            ranges = set(ontology.objects(prop, RDFS.range))
            term: dict = {"@id": f"ikg:{_local(prop)}"}
            if len(ranges) == 1 and next(iter(ranges)) in _COERCIBLE:
                term["@type"] = _curie(next(iter(ranges)))
            terms[_local(prop)] = term if "@type" in term else f"ikg:{_local(prop)}"
    # Reused terms every graph uses (CONTRACT.md), under their usual short names.
    terms.update({
        "prefLabel": "skos:prefLabel",
        "altLabel": "skos:altLabel",
        "notation": "skos:notation",
        "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
        "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
        "issued": {"@id": "dcterms:issued", "@type": "xsd:date"},
        "source": "dcterms:source",
        "title": "dcterms:title",
        "isPartOf": {"@id": "dcterms:isPartOf", "@type": "@id"},
        "dataSet": {"@id": "qb:dataSet", "@type": "@id"},
        "name": "foaf:name",
        "label": "rdfs:label",
    })
    clashes = set(terms) & set(context)
    if clashes:
        raise ValueError(f"ontology terms clash with context prefixes: {sorted(clashes)}")
    context.update(dict(sorted(terms.items())))
    return context


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _curie(iri) -> str:
    for prefix, namespace in PREFIXES.items():
        if str(iri).startswith(str(namespace)):
            return f"{prefix}:{str(iri)[len(str(namespace)):]}"
    return str(iri)


def context_document(ontology: Graph | None = None) -> bytes:
    document = {"@context": jsonld_context(ontology)}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ---------------------------------------------------------------- HTML
def documentation_html(ontology: Graph | None = None) -> str:
    """The ontology's HTML page: pyLODE's documentation of its classes and properties, and a
    section per SKOS concept scheme listing its concepts.

    pyLODE reads every ``skos:ConceptScheme`` as the document's subject and joins their labels
    into the page's title, so it is given the ontology without the schemes' typing; the schemes
    are written by :func:`concept_schemes_html` instead."""
    from pylode import OntPub  # the docs extra: only this generator needs it

    ontology = ontology if ontology is not None else ontology_graph()
    view = Graph(bind_namespaces="none")
    for prefix, namespace in ontology.namespaces():
        view.bind(prefix, namespace)
    # canonical blank-node labels: pyLODE orders the members of an owl:unionOf by them
    for triple in sorted(to_canonical_graph(ontology), key=lambda t: tuple(x.n3() for x in t)):
        if not (triple[1] == RDF.type and triple[2] == SKOS.ConceptScheme):
            view.add(triple)
    page = OntPub(ontology=view, sort_subjects=True).make_html()
    schemes = concept_schemes_html(ontology)
    marker = '<div class="section" id="namespaces">'
    if marker in page:
        page = page.replace(marker, schemes + marker, 1)
    else:
        page = page.replace("</body>", schemes + "</body>", 1)
    toc = re.search(r'\n( *)<li>\n *<h4>\n *<a href="#namespaces">Namespaces</a>', page)
    if toc is not None:
        indent = toc.group(1)
        entry = f'\n{indent}<li>\n{indent}  <h4>\n{indent}    <a href="#schemes">Concept schemes</a>\n{indent}  </h4>\n{indent}</li>'
        page = page[:toc.start()] + entry + page[toc.start():]
    return _stable(page)


def concept_schemes_html(ontology: Graph) -> str:
    """One table per concept scheme: notation, preferred label, IRI and definition of each
    concept, in notation order (then label)."""
    parts = ['<div class="section" id="schemes"><h2>Concept schemes</h2>']
    schemes = sorted(ontology.subjects(RDF.type, SKOS.ConceptScheme), key=lambda s: _label(ontology, s).lower())
    for scheme in schemes:
        concepts = set(ontology.objects(scheme, SKOS.hasTopConcept)) | set(ontology.subjects(SKOS.inScheme, scheme))
        anchor = _local(scheme) if "#" in str(scheme) else re.sub(r"\W+", "-", str(scheme))
        parts.append(f'<div class="property entity" id="scheme-{html.escape(anchor)}">'
                     f'<h3>{html.escape(_label(ontology, scheme))}</h3>'
                     f'<p><code>{html.escape(str(scheme))}</code></p>')
        definition = ontology.value(scheme, SKOS.definition)
        if definition is not None:
            parts.append(f"<p>{html.escape(str(definition))}</p>")
        if concepts:
            parts.append("<table><tr><th>notation</th><th>concept</th><th>IRI</th><th>definition</th></tr>")
            for concept in sorted(concepts, key=lambda c: (_notation_key(ontology, c), _label(ontology, c).lower())):
                notation = ontology.value(concept, SKOS.notation)
                note = ontology.value(concept, SKOS.definition)
                parts.append(
                    f'<tr id="concept-{html.escape(_local(concept))}"><td>{html.escape(str(notation or ""))}</td>'
                    f"<td>{html.escape(_label(ontology, concept))}</td>"
                    f"<td><code>{html.escape(_curie(concept))}</code></td>"
                    f"<td>{html.escape(str(note or ''))}</td></tr>")
            parts.append("</table>")
        else:
            parts.append("<p>Its concepts are instance data, listed by the graphs that use them.</p>")
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)


def _label(graph: Graph, node) -> str:
    for prop in (SKOS.prefLabel, DCTERMS.title, RDFS.label):
        values = sorted(str(v) for v in graph.objects(node, prop) if isinstance(v, Literal))
        if values:
            return values[0]
    return _local(node)


def _notation_key(graph: Graph, concept) -> tuple:
    notation = graph.value(concept, SKOS.notation)
    if notation is None:
        return (1, 0, "")
    text = str(notation)
    return (0, int(text), "") if text.isdecimal() else (0, 0, text)


def _stable(page: str) -> str:
    """The page with the members of every union or intersection in alphabetical order, and
    with line ends normalised, so that the same ontology gives the same bytes every run.
    (pyLODE collects a union's members in a Python set of HTML elements, so it prints them in a
    different order each run: ``<span>…</span>`` items joined by ``<span class="cardinality">or``.)"""
    lines = page.replace("\r\n", "\n").rstrip("\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        opening = re.fullmatch(r"( *)<span>", lines[i])
        if opening is None:
            out.append(lines[i])
            i += 1
            continue
        indent, items, word, j = opening.group(1), [], None, i
        while j < len(lines) and lines[j] == indent + "<span>":
            end = lines.index(indent + "</span>", j)
            items.append(lines[j:end + 1])
            j = end + 1
            join = re.fullmatch(re.escape(indent) + r'<span class="cardinality">(or|and)</span>',
                                lines[j]) if j < len(lines) else None
            if (join is None or (word not in (None, join.group(1)))
                    or j + 1 >= len(lines) or lines[j + 1] != indent + "<span>"):
                break
            word, j = join.group(1), j + 1
        if word is None:  # a lone span: leave it as it is
            out.append(lines[i])
            i += 1
            continue
        joiner = f'{indent}<span class="cardinality">{word}</span>'
        for n, item in enumerate(sorted(items, key="\n".join)):
            if n:
                out.append(joiner)
            out.extend(item)
        i = j
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- w3id
def w3id_rules() -> str:
    """Apache rules for https://w3id.org/inspection-kg/ (w3id.org keeps one ``.htaccess`` per
    project folder): ``def`` negotiates between Turtle, JSON-LD and HTML, ``context.jsonld``
    is the JSON-LD context, ``id/…`` instance IRIs land on the documentation."""
    base = PUBLISHED_AT
    return f"""# w3id.org redirects for {W3ID_ROOT}
# Generated by `python -m kg.docs` from kg/docs.py; copy to the w3id.org repository as
# inspection-kg/.htaccess. Targets are the files of docs/ published at {base}
Options +FollowSymLinks
RewriteEngine on

AddType text/turtle .ttl
AddType application/ld+json .jsonld

# The ontology, by content negotiation: Turtle, JSON-LD, else HTML.
RewriteCond %{{HTTP_ACCEPT}} text/turtle [OR]
RewriteCond %{{HTTP_ACCEPT}} application/x-turtle
RewriteRule ^def/?$ {base}{VOCABULARY_TURTLE} [R=303,L]

RewriteCond %{{HTTP_ACCEPT}} application/ld\\+json [OR]
RewriteCond %{{HTTP_ACCEPT}} application/json
RewriteRule ^def/?$ {base}{VOCABULARY_JSONLD} [R=303,L]

RewriteRule ^def/?$ {base}{VOCABULARY_HTML} [R=303,L]

# Explicit formats, for links that should not depend on the Accept header.
RewriteRule ^def\\.ttl$ {base}{VOCABULARY_TURTLE} [R=303,L]
RewriteRule ^def\\.jsonld$ {base}{VOCABULARY_JSONLD} [R=303,L]
RewriteRule ^def\\.html$ {base}{VOCABULARY_HTML} [R=303,L]

# The JSON-LD context that exported graphs use.
RewriteRule ^context\\.jsonld$ {base}{VOCABULARY_CONTEXT} [R=303,L]

# Versioned ontology IRIs (owl:versionIRI) resolve to the current documentation.
RewriteRule ^def/[0-9][^/]*$ {base}{VOCABULARY_HTML} [R=303,L]

# Instance data and everything else: the documentation.
RewriteRule ^(id/.*)?$ {base}{VOCABULARY_HTML} [R=303,L]
"""


# ---------------------------------------------------------------- all files
def generated_paths() -> list[str]:
    """The generated files, relative to the repository root."""
    return [f"docs/{VOCABULARY_HTML}", f"docs/{VOCABULARY_TURTLE}", f"docs/{VOCABULARY_JSONLD}",
            f"docs/{VOCABULARY_CONTEXT}", f"ontology/{PACKAGED_CONTEXT}", f"docs/{W3ID_RULES}"]


def generated_files() -> dict[str, bytes]:
    """Every generated file, by path relative to the repository root."""
    ontology = ontology_graph()
    turtle = ontology_graph().serialize(format="turtle").encode("utf-8")
    context = context_document(ontology)
    # canonical blank-node labels and sorted insertion: the same ontology, the same bytes
    ordered = canonical_copy(to_canonical_graph(ontology))
    as_jsonld = ordered.serialize(format="json-ld", context=jsonld_context(ontology), auto_compact=True)
    document = json.loads(as_jsonld)
    if isinstance(document.get("@graph"), list):
        document["@graph"].sort(key=lambda node: str(node.get("@id", "")))
    return {
        f"docs/{VOCABULARY_HTML}": documentation_html(ontology).encode("utf-8"),
        f"docs/{VOCABULARY_TURTLE}": turtle,
        f"docs/{VOCABULARY_JSONLD}": (json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)
                                      + "\n").encode("utf-8"),
        f"docs/{VOCABULARY_CONTEXT}": context,
        f"ontology/{PACKAGED_CONTEXT}": context,
        f"docs/{W3ID_RULES}": w3id_rules().encode("utf-8"),
    }


def write_all(root: Path) -> list[Path]:
    written = []
    for relative, data in generated_files().items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if os.environ.get("PYTHONHASHSEED") != "0":
        # pyLODE lists a term's domains and ranges in the order of Python sets of IRIs, which
        # string hashing shuffles per process: a fixed hash seed gives the same page every run.
        env = dict(os.environ, PYTHONHASHSEED="0")
        return subprocess.call([sys.executable, "-m", "kg.docs", *argv], env=env)
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent
    for path in write_all(root):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
