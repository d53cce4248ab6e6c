"""The partnership network: bodies and the ties between them, read from the graph with SPARQL.

Nodes are the ``ikg:Body`` IRIs (plain strings). Edges are of two kinds:

* **relations** — the typed partnership relations (every property ``rdfs:subPropertyOf*
  ikg:relatedTo``, resolved through the ontology and any declarations in the data), read from
  the direct triples and from ``ikg:RelationStatement`` nodes; one directed edge per
  (subject, relation, object), keyed by the relation's name, with the paragraphs stating it;
* **co-mentions** — two bodies named by the same ``ikg:Paragraph`` or ``ikg:Passage``; one edge per pair, keyed
  ``"comention"``, directed from the smaller IRI to the larger, weighted by the number of
  paragraphs naming both.

:func:`partnership_network` returns a ``networkx.MultiDiGraph`` keeping all of that;
:func:`simple_graph` folds it into the undirected weighted ``networkx.Graph`` the analyses
use. Every attribute value is a plain ``str``, ``int``, ``float`` or a list of them (no rdflib
terms), so the network serialises to JSON as it is; :func:`network_for_export` also flattens
the lists for GraphML and GEXF, which accept scalars only (networkx issue #3663).

Deliberately not ``rdflib.extras.external_graph_libs``: that bridge turns every triple into an
edge, so classes and literals become hubs.
"""
from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from functools import lru_cache

import networkx as nx

from ..errors import InputError
from ..namespaces import IKG
from .sources import TEXT_PART, as_stores, local_name, relation_properties, select, select_many

#: The edge kinds users choose between (``--edges``).
EDGE_KINDS = ("relations", "comentions")
#: Body classes from the most specific to the least; a body's ``type`` is the first it has.
TYPE_ORDER = ("HealthBody", "LocalAuthority", "Board", "Service", "PartnerOrganisation")
#: A body of this class (Ofsted, the DfE, the CQC…) is marked ``national`` on its node.
NATIONAL_BODY = str(IKG.NationalBody)
NATIONAL = "ikg:NationalBody"  # how a body's classes (local names otherwise) say it is national
SYMMETRIC_RELATIONS = {"worksWith", "deliveredWith", "relatedTo"}
COMENTION = "comention"


@contextmanager
def paused_gc():
    """Python's cyclic garbage collector paused while a network is built: building a corpus's
    network allocates millions of small lists and dicts and no cycles, and the collector's
    repeated full passes over them cost more than the work. Nests; restores the collector's
    state on the way out."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ---------------------------------------------------------------- building the network
def partnership_network(graph, edge_kinds: Iterable[str] = EDGE_KINDS) -> nx.MultiDiGraph:
    """The partnership network of one graph, a ``pyoxigraph.Store``, or several graphs merged
    (an iterable of graphs: the same body named in two reports is one node)."""
    kinds = check_edge_kinds(edge_kinds)
    net = nx.MultiDiGraph(edge_kinds=",".join(kinds))
    with paused_gc():
        _assemble(net, _parts(graph, kinds))
    return net


def partnership_simple_graph(graph, edge_kinds: Iterable[str] = EDGE_KINDS) -> nx.Graph:
    """``simple_graph(partnership_network(graph, edge_kinds))``, the same graph, built without
    the intermediate multigraph (a second or so at 1,000 reports)."""
    kinds = check_edge_kinds(edge_kinds)
    with paused_gc():
        return _simple_from_parts(_parts(graph, kinds), ",".join(kinds))


def _parts(graph, kinds: tuple[str, ...]) -> dict:
    stores = as_stores(graph)
    props = relation_properties(stores) if "relations" in kinds else []
    classes, elsewhere, body_classes = _classes_across(stores)
    each = [_network_parts(store, kinds, props, *given, body_classes)
            for store, *given in zip(stores, classes, elsewhere)]
    parts = _merge_parts(each)
    parts["merged"] = len(each) > 1
    _join_same_short_form(parts)
    parts["comentions"] = _comentions(parts["named_by"]) if "comentions" in kinds else {}
    return parts


def check_edge_kinds(edge_kinds: Iterable[str]) -> tuple[str, ...]:
    if isinstance(edge_kinds, str):
        edge_kinds = ("relations", "comentions") if edge_kinds == "both" else (edge_kinds,)
    kinds = tuple(k for k in EDGE_KINDS if k in set(edge_kinds))
    unknown = set(edge_kinds) - set(EDGE_KINDS)
    if unknown or not kinds:
        raise InputError(
            f"unknown edge kind {', '.join(sorted(unknown)) or '(none)'}; "
            "use relations, comentions or both"
        )
    return kinds


# One query per property, each a DISTINCT over one triple pattern, so that every result grows
# with the data and never with a product of it: a chain of OPTIONALs over a body's classes,
# labels, short forms, kinds and reports multiplies them for every body, and a body named in
# hundreds of reports (Ofsted) made that product explode. The joins are done in Python, on sets.
# Where a join is needed, one side is a DISTINCT subquery, so a body typed in every report
# joins once per report that states the other side, not once per pair of reports.
Q_CLASSES = """
SELECT DISTINCT ?node ?class WHERE { { SELECT DISTINCT ?node WHERE { ?node a ikg:Body } } ?node a ?class }"""
Q_PROPERTY = "SELECT DISTINCT ?node ?value WHERE { ?node %s ?value }"
Q_MENTIONS = "SELECT DISTINCT ?paragraph ?body WHERE { ?paragraph ikg:mentions ?body . %s }" % TEXT_PART
Q_EVIDENCE = """
SELECT DISTINCT ?paragraph WHERE { ?statement a ikg:RelationStatement ; prov:wasDerivedFrom ?paragraph .
                                   %s }""" % TEXT_PART
# a paragraph's number, report and owner, for the paragraphs naming a body or stating a relation
# only, in one query: a paragraph has one of each, so its rows are one (a paragraph stated
# twice over is a product of its own few values, never of the reports)
_CITED = """{ SELECT DISTINCT ?paragraph WHERE {
    { ?paragraph ikg:mentions ?body } UNION { ?statement a ikg:RelationStatement ; prov:wasDerivedFrom ?paragraph } } }"""
Q_PARAGRAPHS = """
SELECT DISTINCT ?paragraph ?number ?report ?owner WHERE { %s
  OPTIONAL { ?paragraph ikg:number ?number }
  OPTIONAL { ?paragraph dcterms:isPartOf ?report }
  OPTIONAL { ?owner ikg:hasParagraph ?paragraph }
}""" % _CITED
Q_DIRECT = """
SELECT DISTINCT ?subject ?property ?object WHERE {
  VALUES ?property { %s }
  ?subject ?property ?object .
}"""
Q_STATEMENTS = """
SELECT DISTINCT ?statement ?subject ?predicate ?object ?paragraph WHERE {
  ?statement a ikg:RelationStatement ;
      rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
  OPTIONAL { ?statement prov:wasDerivedFrom ?paragraph }
}"""


#: The classes a store gives the bodies only other stores type ``ikg:Body`` (the classes bodies
#: have, given in VALUES).
Q_CLASSES_UNTYPED = """
SELECT DISTINCT ?node ?class WHERE { VALUES ?class { %s } ?node a ?class FILTER NOT EXISTS { ?node a ikg:Body } }"""


def _classes_across(stores: list) -> tuple[list, list[set[str]], list[str]]:
    """For several stores, each store's classes of bodies (``Q_CLASSES``, two stores at a time),
    the bodies only other stores type ``ikg:Body`` (what a store says of those, a class, a label,
    a short form, a tie, a mention, is theirs too, as one store holding both reads it), and every
    class a body has. For one store, nothing: its classes are queried with the rest."""
    if len(stores) < 2:
        return [None], [set()], []
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        classes = list(pool.map(lambda store: select(store, Q_CLASSES), stores))
    typed = [{node for node, _cls in rows} for rows in classes]
    everywhere = set().union(*typed)
    return classes, [everywhere - own for own in typed], sorted({cls for rows in classes for _node, cls in rows})


def _new_body() -> dict:
    """What the network gathers of a body, empty."""
    return {"classes": set(), "labels": [], "acronyms": set(), "kinds": set(), "reports": set(), "paragraphs": set()}


def _network_parts(source, kinds: tuple[str, ...], props: list[str], classes: list | None = None,
                   elsewhere: set[str] = frozenset(), body_classes: list[str] = ()) -> dict:
    """Everything the network needs from one store, as plain values: the bodies (their
    classes, labels, acronyms, kinds and reports), the paragraphs naming bodies (their number,
    report and bodies), and the relations. With other stores: ``classes``, this store's rows of
    ``Q_CLASSES`` already read, and ``elsewhere``, the bodies only other stores type, which are
    bodies here too. The queries run two at a time (``select_many``)."""
    # the largest results first (on a corpus), so that the two at a time end together
    queries = {"paragraphs": Q_PARAGRAPHS, "mentions": Q_MENTIONS, "classes": Q_CLASSES,
               "acronyms": Q_PROPERTY % "skos:altLabel", "labels": Q_PROPERTY % "skos:prefLabel",
               "reports": Q_PROPERTY % "ikg:mentionsBody", "kinds": Q_PROPERTY % "ikg:bodyKind"}
    if "relations" in kinds:  # the relation properties of every store (a declaration holds for all)
        queries.update(direct=Q_DIRECT % " ".join(f"<{p}>" for p in props),
                       statements=Q_STATEMENTS, evidence=Q_EVIDENCE)
    if classes is not None:
        del queries["classes"]
    if elsewhere and body_classes:
        queries["elsewhere"] = Q_CLASSES_UNTYPED % " ".join(f"<{cls}>" for cls in body_classes)
    rows = select_many(source, queries)
    if classes is not None:
        rows["classes"] = classes

    bodies: dict[str, dict] = {}  # every body has a class, ikg:Body at least
    for node, cls in rows["classes"]:
        entry = bodies.get(node)
        if entry is None:
            entry = bodies[node] = _new_body()
        entry["classes"].add(cls)
    if elsewhere:  # the bodies other stores type that this store's rows name
        named = {row[0] for name in ("labels", "acronyms", "kinds", "elsewhere") for row in rows.get(name, ())}
        named.update(row[1] for name in ("reports", "mentions") for row in rows[name])
        for name, ends in (("direct", (0, 2)), ("statements", (1, 3))):
            named.update(row[end] for row in rows.get(name, ()) for end in ends)
        for node in sorted(named & elsewhere):
            bodies[node] = _new_body()
        for node, cls in rows.get("elsewhere", ()):
            if node in elsewhere:
                bodies[node]["classes"].add(cls)
    for node, label in rows["labels"]:
        if node in bodies:
            bodies[node]["labels"].append(str(label))
    for node, acronym in rows["acronyms"]:
        if node in bodies:
            bodies[node]["acronyms"].add(str(acronym))
    for node, kind in rows["kinds"]:
        if node in bodies:
            bodies[node]["kinds"].add(_local_name(str(kind)))
    for report, body in rows["reports"]:
        entry = bodies.get(body)
        if entry is not None:
            entry["reports"].add(report)
    for entry in bodies.values():  # a label stated by several reports is one label
        entry["labels"] = sorted(set(entry["labels"]))

    named_by: dict[str, list[str]] = defaultdict(list)  # paragraph → bodies it names
    for paragraph, body in rows["mentions"]:
        entry = bodies.get(body)
        if entry is not None:
            named_by[paragraph].append(body)
            entry["paragraphs"].add(paragraph)
    named_by = dict(named_by)

    statements = []
    relations: dict[tuple[str, str, str], set[str]] = {}
    if "relations" in kinds:
        for subject, prop, obj in rows["direct"]:
            if subject in bodies and obj in bodies and subject != obj:
                relations.setdefault((subject, prop, obj), set())
        wanted = set(props)
        for _statement, subject, prop, obj, paragraph in rows["statements"]:
            if prop in wanted and subject in bodies and obj in bodies and subject != obj:
                statements.append((subject, prop, obj, paragraph))

    # the paragraphs that matter: those naming bodies, and those stating a relation
    wanted_paragraphs = set(named_by)
    if statements:
        wanted_paragraphs.update(p for (p,) in rows["evidence"])
    numbers: dict[str, int] = {}
    part_of: dict[str, str] = {}
    owners: dict[str, str] = {}
    for paragraph, number, report, owner in rows["paragraphs"]:
        if paragraph not in wanted_paragraphs:
            continue
        if isinstance(number, int) and number > numbers.get(paragraph, number - 1):
            numbers[paragraph] = number
        if report is not None:
            report = str(report)
            if paragraph not in part_of or report < part_of[paragraph]:
                part_of[paragraph] = report
        if owner is not None and (paragraph not in owners or owner < owners[paragraph]):
            owners[paragraph] = owner
    report_of = {p: part_of.get(p) or owners.get(p) for p in wanted_paragraphs}
    paragraphs = {p: {"number": numbers.get(p), "report": report_of[p]} for p in wanted_paragraphs}

    for entry in bodies.values():  # the reports of a body's paragraphs (where known) name it too
        entry["reports"].update(filter(None, map(report_of.__getitem__, entry["paragraphs"])))
        national = NATIONAL_BODY in entry["classes"]
        entry["classes"] = {_local_name(c) for c in entry["classes"] if c != NATIONAL_BODY}
        if national:
            entry["classes"].add(NATIONAL)
    for subject, prop, obj, paragraph in statements:
        evidence = relations.setdefault((subject, prop, obj), set())
        if isinstance(paragraph, str):
            evidence.add(paragraph)

    return {"bodies": bodies, "paragraphs": paragraphs, "relations": relations,
            "named_by": named_by}


@lru_cache(maxsize=4096)
def _local_name(iri: str) -> str:
    """``local_name`` of a class or kind: a few of them, named hundreds of thousands of times."""
    return local_name(iri)


def _merge_parts(parts: list[dict]) -> dict:
    """The parts of several stores as one (a body named in two is one node)."""
    if len(parts) == 1:
        return parts[0]
    merged: dict = {"bodies": {}, "paragraphs": {}, "relations": {}, "named_by": {}}
    for part in parts:
        merged["paragraphs"].update(part["paragraphs"])
        for body, entry in part["bodies"].items():
            into = merged["bodies"].get(body)
            if into is None:
                merged["bodies"][body] = entry
                continue
            for name in ("classes", "acronyms", "kinds", "reports", "paragraphs"):
                into[name] |= entry[name]
            into["labels"] += entry["labels"]
        for key, evidence in part["relations"].items():
            merged["relations"].setdefault(key, set()).update(evidence)
        for paragraph, named in part["named_by"].items():
            had = merged["named_by"].get(paragraph)
            merged["named_by"][paragraph] = named if had is None else sorted(set(had) | set(named))
    return merged


#: A short form a report defines ("FLASH", "CiCC", "MASH"): letters, digits and "&", capitals at
#: both ends. Only these join bodies: a longer alternative label is a wording, not a name.
_SHORT_FORM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z]$")


def _join_same_short_form(parts: dict) -> None:
    """One node for a council's body that its reports name under one short form but spell out
    differently ("… support hub (FLASH)" in one inspection, "… supporting hub (FLASH)" in the
    next): each report's finder already joins them within the report, and a council's own
    bodies are minted under the council (``body/<council>/<name>``, ``kg.rdf.council_scope``), so
    bodies sharing that scope and a defined short form are one. The node kept is the one
    named in most paragraphs (then the first IRI); the others' labels, classes, reports,
    paragraphs and ties move to it. National and other shared bodies (``body/<name>``) are
    never joined this way."""
    from ..rdf import council_scope

    bodies = parts["bodies"]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for body, entry in bodies.items():
        scope = council_scope(body)
        if scope is None:
            continue  # a shared body or a council: never joined by a short form
        for acronym in entry["acronyms"]:
            if _SHORT_FORM.match(acronym):
                groups[(scope, acronym)].append(body)
    joined = nx.utils.UnionFind()
    for members in groups.values():
        if len(members) > 1:
            joined.union(*members)
    clusters = [group for group in joined.to_sets() if len(group) > 1]
    if not clusters:
        return
    into: dict[str, str] = {}
    for members in clusters:
        kept = min(members, key=lambda b: (-len(bodies[b]["paragraphs"]), b))
        for body in members:
            if body != kept:
                into[body] = kept
    for body, kept in into.items():
        entry, target = bodies.pop(body), bodies[kept]
        for name in ("classes", "acronyms", "kinds", "reports", "paragraphs"):
            target[name] |= entry[name]
        target["labels"] = sorted(set(target["labels"]) | set(entry["labels"]))
    relations: dict = {}
    for (subject, prop, obj), evidence in parts["relations"].items():
        subject, obj = into.get(subject, subject), into.get(obj, obj)
        if subject != obj:
            relations.setdefault((subject, prop, obj), set()).update(evidence)
    parts["relations"] = relations
    for paragraph, named in parts["named_by"].items():
        if any(body in into for body in named):
            parts["named_by"][paragraph] = sorted({into.get(body, body) for body in named})


def _comentions(named_by: dict[str, list[str]]) -> dict[tuple[str, str], list[str]]:
    """Each pair of bodies named in one paragraph, with the paragraphs naming both."""
    comentions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for paragraph, named in named_by.items():
        if len(named) < 2:
            continue
        unique = sorted(named)
        for i, first in enumerate(unique):
            for second in unique[i + 1:]:
                comentions[(first, second)].append(paragraph)
    return comentions


def _body_type(classes: set[str]) -> str:
    for kind in TYPE_ORDER:
        if kind in classes:
            return kind
    return "Body"


def _evidence(paragraph_iris: Iterable[str], paragraphs: dict[str, dict], rank: dict[str, int]) -> dict:
    """Paragraphs in (report, number, IRI) order, their numbers, and their reports. ``rank`` is
    every paragraph's place in that order, computed once (``_paragraph_rank``)."""
    iris = sorted(set(paragraph_iris), key=rank.__getitem__) if len(paragraph_iris) > 1 \
        else list(paragraph_iris)
    infos = [paragraphs.get(p, _NO_INFO) for p in iris]
    return {
        "paragraphs": iris,
        "paragraph_numbers": [i["number"] for i in infos if isinstance(i["number"], int)],
        "reports": sorted({i["report"] for i in infos if i["report"]}),
    }


_NO_INFO = {"number": None, "report": None}


def _assemble(net: nx.MultiDiGraph, parts: dict) -> None:
    """Add the nodes and edges to ``net`` in sorted order, so that every algorithm downstream
    (Louvain above all) sees the same graph on every run."""
    nodes, edges = _network_lists(parts)
    net.add_nodes_from(nodes)
    net.add_edges_from(edges)


def _paragraph_rank(parts: dict) -> dict[str, int]:
    """Every paragraph's place in (report, number, IRI) order, the order evidence is listed in;
    a paragraph cited by a relation only is added to ``parts["paragraphs"]`` (no details)."""
    paragraphs, relations = parts["paragraphs"], parts["relations"]
    for p in {p for e in relations.values() for p in e} - set(paragraphs):
        paragraphs[p] = dict(_NO_INFO)
    # sorted report by report: a few thousand reports' IRIs compared, then each report's
    # numbers, rather than a report IRI in every comparison of ~200,000 paragraphs (2.5x faster)
    # a part with no number (a passage) after every numbered one, so that a list of parts in this
    # order begins with the numbered ones, in the order of their numbers (``_evidence`` lists
    # those numbers, and a tie pairs the n-th part with the n-th number)
    by_report: dict[str, list[tuple[int, str]]] = defaultdict(list)
    unnumbered: dict[str, list[str]] = defaultdict(list)
    for p, info in paragraphs.items():
        if isinstance(info["number"], int):
            by_report[info["report"] or ""].append((info["number"], p))
        else:
            unnumbered[info["report"] or ""].append(p)
    rank: dict[str, int] = {}
    for report in sorted(by_report):
        for _number, p in sorted(by_report[report]):
            rank[p] = len(rank)
    for report in sorted(unnumbered):
        for p in sorted(unnumbered[report]):
            rank[p] = len(rank)
    return rank


def _node_list(parts: dict, rank: dict[str, int]) -> list[tuple[str, dict]]:
    """The nodes ``(body, attributes)``, sorted."""
    bodies, paragraphs, merged = parts["bodies"], parts["paragraphs"], parts.get("merged", True)
    nodes = []
    for body in sorted(bodies):
        entry = bodies[body]
        label = min(entry["labels"]) if entry["labels"] else local_name(body).replace("-", " ")
        named = entry["paragraphs"]
        iris = sorted(named, key=rank.__getitem__) if len(named) > 1 else list(named)
        reports = entry["reports"]
        if merged:  # a paragraph two stores hold is described by the later: its report too
            reports = reports | {paragraphs.get(p, _NO_INFO)["report"] for p in iris}
            reports.discard(None)
            reports.discard("")
        nodes.append((body, {
            "label": label,
            "type": _body_type(entry["classes"]),
            "acronyms": sorted(entry["acronyms"] - {label}),
            "kinds": sorted(entry["kinds"]),
            "reports": sorted(reports),  # one store's bodies hold their paragraphs' reports
            "paragraphs": iris,
            "national": NATIONAL in entry["classes"],
        }))
    return nodes


def _network_lists(parts: dict) -> tuple[list, list]:
    """The nodes ``(body, attributes)`` and edges ``(source, target, key, attributes)`` of the
    network, sorted."""
    paragraphs, relations, comentions = parts["paragraphs"], parts["relations"], parts["comentions"]
    rank = _paragraph_rank(parts)
    nodes = _node_list(parts, rank)
    edges = []
    for (subject, prop, obj) in sorted(relations):
        name = local_name(prop)
        evidence = _evidence(relations[(subject, prop, obj)], paragraphs, rank)
        edges.append((subject, obj, name, dict(
            kind="relation", relation=name, relation_iri=prop,
            weight=max(1, len(evidence["paragraphs"])), **evidence)))
    for (first, second) in sorted(comentions):
        evidence = _evidence(comentions[(first, second)], paragraphs, rank)
        edges.append((first, second, COMENTION, dict(
            kind=COMENTION, relation=COMENTION, weight=len(evidence["paragraphs"]), **evidence)))
    return nodes, edges


def _simple_from_parts(parts: dict, edge_kinds: str) -> nx.Graph:
    """``_fold(*_network_lists(parts), edge_kinds)``, the same graph, each pair's tie gathered
    straight from the relations and co-mentions rather than from the multigraph's edges (a
    third of the time at ~4,000 reports). Kept in step with :func:`_fold`: a test compares
    them."""
    paragraphs, relations, comentions = parts["paragraphs"], parts["relations"], parts["comentions"]
    rank = _paragraph_rank(parts)
    number_of = {p: info["number"] for p, info in paragraphs.items() if isinstance(info["number"], int)}
    report_of = {p: info["report"] for p, info in paragraphs.items()}

    def ordered(iris) -> list[str]:
        return sorted(set(iris), key=rank.__getitem__) if len(iris) > 1 else list(iris)

    ties: dict[tuple[str, str], list] = {}  # relations, statements, paragraphs, numbers, reports, comentions, undocumented

    def numbered(iris: list[str], into: dict) -> list[int]:
        """The numbers of the paragraphs ``iris`` that have one, in order, each paired in
        ``into`` (a tie's) with a paragraph as :func:`_fold` pairs them: the n-th number with
        the n-th paragraph (its own number when every paragraph has one)."""
        numbers = [number_of[iri] for iri in iris if iri in number_of]
        into.update(zip(iris, numbers))
        return numbers

    def tie_of(pair: tuple[str, str], iris) -> list:
        tie = ties.get(pair)
        if tie is None:
            tie = ties[pair] = [set(), [], set(), {}, set(), 0, 0]
        tie[2].update(iris)
        tie[4].update(r for r in map(report_of.get, iris) if r)
        return tie

    # the multigraph's edges by (source, target, key), in that order (a tie lists its statements
    # so): a later one under a key replaces an earlier, as the multigraph keeps it (two
    # relations of one local name are one key). Where every paragraph has its own number, a
    # co-mention's paragraphs are gathered as a set below, in no order; where one has none,
    # _fold pairs numbers with paragraphs by position, so the co-mentions are taken in its
    # order, among the relations.
    own_numbers = len(number_of) == len(paragraphs)
    unique: dict[tuple[str, str, str], tuple[bool, list[str]]] = {}
    for key in sorted(relations):
        unique[(key[0], key[2], local_name(key[1]))] = (True, ordered(relations[key]))
    if not own_numbers:
        for pair, iris in comentions.items():
            unique[(*pair, COMENTION)] = (False, ordered(iris))
    for key in sorted(unique):
        subject, obj, name = key
        is_relation, iris = unique[key]
        tie = tie_of((subject, obj) if subject < obj else (obj, subject), iris)
        numbers = numbered(iris, tie[3])
        if not is_relation:
            tie[5] = len(iris)
            continue
        tie[0].add(name)
        tie[1].append({"subject": subject, "relation": name, "object": obj, "paragraphs": iris,
                       "paragraph_numbers": numbers})
        if not iris:
            tie[6] += 1
    # where every paragraph has its own number, a co-mention only adds its paragraphs to a pair
    # the relations tie; a pair named together and tied by nothing else (nine ties in ten on a
    # corpus) is written straight from its paragraphs by ``tie_attributes``
    for pair, iris in comentions.items() if own_numbers else ():
        if pair in ties:
            named = set(iris)
            tie = tie_of(pair, named)
            tie[3].update((iri, number_of[iri]) for iri in named)
            tie[5] = len(named)

    def tie_attributes(pair: tuple[str, str]) -> dict:
        if pair not in ties:  # named together only
            # only when every paragraph has its own number: otherwise every co-mention went
            # through ``ties`` above, in ``_fold``'s order (this branch must stay in step with it)
            named = sorted(set(comentions[pair]), key=lambda p: (number_of[p], p))
            return {"weight": len(named), "relations": [], "statements": [], "comentions": len(named),
                    "paragraphs": named, "paragraph_numbers": [number_of[p] for p in named],
                    "reports": sorted({r for r in map(report_of.get, named) if r})}
        relation_names, statements, iris, numbers, reports, comention_count, undocumented = ties[pair]
        ordered_iris = sorted(iris, key=lambda p: (p not in numbers, numbers.get(p, 0), p)) if len(iris) > 1 else list(iris)
        return {
            "weight": len(ordered_iris) + undocumented,
            "relations": sorted(relation_names),
            "statements": statements,
            "comentions": comention_count,
            "paragraphs": ordered_iris,
            "paragraph_numbers": [numbers[p] for p in ordered_iris if p in numbers],
            "reports": sorted(reports),
        }

    simple = nx.Graph(edge_kinds=edge_kinds)
    simple.add_nodes_from(_node_list(parts, rank))
    # the attributes made one tie at a time, as networkx copies them in (a list of them all
    # would hold a second copy of every tie's attributes until the last was added)
    simple.add_edges_from((first, second, tie_attributes((first, second)))
                          for first, second in sorted(ties.keys() | comentions.keys()))
    return simple


# ---------------------------------------------------------------- views of the network
def simple_graph(net: nx.MultiDiGraph) -> nx.Graph:
    """The undirected weighted graph the analyses run on: one edge per pair of bodies, its
    weight the number of distinct paragraphs tying them (a relation stated nowhere counts 1),
    with the relations (``"A providedBy B"`` read from the direction kept) and evidence."""
    with paused_gc():
        return _simple_graph(net)


def _simple_graph(net: nx.MultiDiGraph) -> nx.Graph:
    return _fold(((node, net.nodes[node]) for node in sorted(net.nodes)),
                 net.edges(keys=True, data=True), net.graph.get("edge_kinds", ""))


def _fold(nodes: Iterable[tuple[str, dict]], edges: Iterable[tuple[str, str, str, dict]],
          edge_kinds: str) -> nx.Graph:
    """The folding behind :func:`simple_graph`, from nodes in sorted order and the multigraph's
    edges (an edge listed twice under one key counts once, its attributes merged, as a
    multigraph keeps it)."""
    simple = nx.Graph(edge_kinds=edge_kinds)
    for node, data in nodes:
        simple.add_node(node, **data)
    unique: dict[tuple[str, str, str], dict] = {}
    for subject, obj, key, data in edges:
        found = unique.get((subject, obj, key))
        if found is None:
            unique[(subject, obj, key)] = data
        else:
            unique[(subject, obj, key)] = {**found, **data}
    ties: dict[tuple[str, str], dict] = {}
    for (subject, obj, _key) in sorted(unique):
        data = unique[(subject, obj, _key)]
        pair = (subject, obj) if subject < obj else (obj, subject)
        tie = ties.setdefault(pair, {"relations": set(), "statements": [], "paragraphs": set(),
                                     "numbers": {}, "reports": set(), "comentions": 0,
                                     "undocumented": 0})
        tie["paragraphs"] |= set(data["paragraphs"])
        tie["reports"] |= set(data["reports"])
        for iri, number in zip(data["paragraphs"], data["paragraph_numbers"]):
            tie["numbers"][iri] = number
        if data["kind"] == COMENTION:
            tie["comentions"] = data["weight"]
        else:
            tie["relations"].add(data["relation"])
            tie["statements"].append(
                {"subject": subject, "relation": data["relation"], "object": obj,
                 "paragraphs": list(data["paragraphs"]),
                 "paragraph_numbers": list(data["paragraph_numbers"])})
            if not data["paragraphs"]:
                tie["undocumented"] += 1
    for (first, second) in sorted(ties):
        tie = ties[(first, second)]
        paragraphs = sorted(tie["paragraphs"], key=lambda p: (p not in tie["numbers"], tie["numbers"].get(p, 0), p))
        simple.add_edge(
            first, second,
            weight=len(paragraphs) + tie["undocumented"],
            relations=sorted(tie["relations"]),
            statements=tie["statements"],
            comentions=tie["comentions"],
            paragraphs=paragraphs,
            paragraph_numbers=[tie["numbers"][p] for p in paragraphs if p in tie["numbers"]],
            reports=sorted(tie["reports"]),
        )
    return simple


def network_for_export(net: nx.Graph) -> nx.Graph:
    """A copy whose attribute values are all scalars (lists joined with ``"; "``, nested
    records dropped), for ``nx.write_graphml`` / ``nx.write_gexf``."""
    def flat(data: dict) -> dict:
        out = {}
        for name, value in data.items():
            if isinstance(value, (list, tuple)):
                if all(isinstance(v, (str, int, float)) for v in value):
                    out[name] = "; ".join(str(v) for v in value)
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
                out[name] = value
        return out

    copy = net.__class__()
    copy.graph.update(flat(net.graph))
    for node, data in net.nodes(data=True):
        copy.add_node(node, **flat(data))
    if net.is_multigraph():
        for u, v, key, data in net.edges(keys=True, data=True):
            copy.add_edge(u, v, key=key, **flat(data))
    else:
        for u, v, data in net.edges(data=True):
            copy.add_edge(u, v, **flat(data))
    return copy


