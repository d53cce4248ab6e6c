"""The Turtle that follows from the registry: the ontology's framework and area concepts
(``ontology/inspection-kg-frameworks.ttl``) and the shapes that say when a reading is incomplete
(``shapes/inspection-kg-frameworks.ttl``). Both files are generated, never edited by hand:

    python -m kg.frameworks.vocabulary          # rewrite both files
    python -m kg.frameworks.vocabulary --check  # exit 1 if either is stale

The completeness shapes: for every framework, a report of it must have each judgement its
areas mark as expected (narrowed by the report's title where the area says so); a report must
have a recognised framework; every judgement has a grade (the main shapes file says so too).
"""
from __future__ import annotations

import sys
from pathlib import Path

from . import FRAMEWORKS
from .base import Area, Framework

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "inspection-kg-frameworks.ttl"
SHAPES_FILE = ROOT / "shapes" / "inspection-kg-frameworks.ttl"

#: The section concepts of the main ontology each area is narrower than.
SECTION_CONCEPTS = {
    "safeguarding": "Safeguarding",
    "looked_after_children": "LookedAfterChildren",
    "overall": "OverallEffectiveness",
    "help_and_protection": "HelpAndProtection",
    "children_looked_after": "LookedAfterChildren",
    "adoption": "Adoption",
    "care_leavers": "CareLeavers",
    "leadership": "Leadership",
    "lscb": "LSCBReview",
}

#: How an area's ``match`` is said in SKOS (the harmonised areas: ontology/harmonised-areas.ttl).
HARMONISED_MATCH = {"exact": "exactMatch", "close": "closeMatch", "broad": "broadMatch"}

_PREFIXES = """@prefix ikg: <https://w3id.org/inspection-kg/def#> .
@prefix ikgsh: <https://w3id.org/inspection-kg/shapes#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def ontology_turtle() -> str:
    """Framework concepts (``ikg:FrameworkScheme``) and, per framework, a scheme of its areas."""
    out = [
        "# GENERATED from the framework registry (kg/frameworks) by `python -m kg.frameworks.vocabulary`.",
        "# Do not edit: change the framework's module and regenerate.",
        _PREFIXES,
        "ikg:FrameworkScheme a skos:ConceptScheme ;",
        '    skos:prefLabel "Inspection frameworks"@en ;',
        "    skos:definition \"The Ofsted frameworks for inspecting councils' children's services.\"@en ;",
        "    skos:hasTopConcept " + " , ".join(f"ikg:{f.concept}" for f in FRAMEWORKS) + " .",
        "",
    ]
    for framework in FRAMEWORKS:
        out += [
            f"ikg:{framework.concept} a skos:Concept , ikg:Framework ;",
            f"    skos:prefLabel {_literal(framework.label)}@en ;",
            f"    skos:notation {_literal(framework.id)} ;",
            f"    skos:definition {_literal(f'Reports written under the {framework.label} framework ({framework.period}).')}@en ;",
            f"    skos:scopeNote {_literal('Recommendations: ' + framework.recommendations + '.')}@en ;",
            "    skos:inScheme ikg:FrameworkScheme ; skos:topConceptOf ikg:FrameworkScheme .",
            "",
            f"ikg:{framework.concept}-Areas a skos:ConceptScheme ;",
            f"    skos:prefLabel {_literal('Judgement areas: ' + framework.label)}@en ;",
            f"    skos:definition {_literal('The areas judged under ' + framework.label + '.')}@en ;",
            "    skos:hasTopConcept "
            + " , ".join(f"ikg:{framework.area_concept(a)}" for a in framework.areas)
            + " .",
            "",
        ]
        for area in framework.areas:
            out += _area_turtle(framework, area)
    return "\n".join(out).rstrip() + "\n"


def _area_turtle(framework: Framework, area: Area) -> list[str]:
    note = "Every complete report of this framework has this judgement"
    if area.expected_if_title:
        note += f" when its title matches /{area.expected_if_title}/"
    lines = [
        f"ikg:{framework.area_concept(area)} a skos:Concept , ikg:FrameworkArea ;",
        f"    skos:prefLabel {_literal(area.label)}@en ;",
        f"    skos:definition {_literal(f'The judgement on {area.label[:1].lower() + area.label[1:]} under {framework.label}.')}@en ;",
        f"    skos:inScheme ikg:{framework.concept}-Areas ; skos:topConceptOf ikg:{framework.concept}-Areas ;",
        f"    skos:broadMatch ikg:{SECTION_CONCEPTS[area.section]} ;",
    ]
    if area.harmonised:
        lines.append(f"    skos:{HARMONISED_MATCH[area.match]} ikg:{area.harmonised} ;")
    lines += [f"    ikg:ofFramework ikg:{framework.concept}"]
    if area.expected:
        lines[-1] += " ;"
        lines.append(f"    skos:scopeNote {_literal(note + '.')}@en")
    lines[-1] += " ."
    return lines + [""]


def _shape_name(framework: Framework, area: Area) -> str:
    return f"ikgsh:Complete-{framework.area_concept(area)}"


def shapes_turtle() -> str:
    """One SPARQL-based shape per expected area of every framework, and the framework shape."""
    out = [
        "# GENERATED from the framework registry (kg/frameworks) by `python -m kg.frameworks.vocabulary`.",
        "# Do not edit: change the framework's module and regenerate.",
        "# A reading that misses a judgement its framework always has is incomplete: these shapes say so.",
        _PREFIXES,
        "ikgsh:RecognisedFrameworkShape a sh:NodeShape ;",
        "    sh:targetClass ikg:InspectionReport ;",
        '    sh:name "recognised framework" ;',
        '    sh:description "A report names the inspection framework it was written under."@en ;',
        '    sh:message "the inspection framework of this report was not recognised"@en ;',
        "    sh:property ikgsh:ReportFrameworkShape .",
        "",
        "ikgsh:ReportFrameworkShape a sh:PropertyShape ;",
        "    sh:path ikg:framework ;",
        "    sh:minCount 1 ;",
        '    sh:name "framework" ;',
        '    sh:description "The framework concept of the report (ikg:FrameworkScheme)."@en ;',
        '    sh:message "the inspection framework of this report was not recognised: its judgements cannot be '
        'checked, and the reading may be incomplete"@en .',
        "",
    ]
    for framework in FRAMEWORKS:
        for area in framework.areas:
            if not area.expected:
                continue
            condition = ""
            if area.expected_if_title:
                pattern = area.expected_if_title.replace("\\", "\\\\")
                condition = f'\n            $this dcterms:title ?title . FILTER (REGEX(?title, "{pattern}", "i"))'
            name = area.label[:1].lower() + area.label[1:]
            if sum(1 for a in framework.areas if a.label == area.label) > 1:
                name += f" ({area.section.replace('_', ' ')})"
            message = f"this {framework.label} report has no judgement on {name}: the reading is incomplete"
            out += [
                f"{_shape_name(framework, area)} a sh:NodeShape ;",
                "    sh:targetClass ikg:InspectionReport ;",
                f"    sh:name {_literal('complete reading: ' + area.label)} ;",
                f"    sh:description {_literal(f'Every {framework.label} report has a graded judgement on this area.')}@en ;",
                f"    sh:message {_literal(message)}@en ;",
                "    sh:sparql [",
                "        a sh:SPARQLConstraint ;",
                "        sh:prefixes <https://w3id.org/inspection-kg/shapes> ;",
                f"        sh:message {_literal(message)}@en ;",
                '        sh:select """',
                "        SELECT $this WHERE {",
                f"            $this ikg:framework ikg:{framework.concept} .{condition}",
                "            FILTER NOT EXISTS {",
                f"                $this ikg:hasJudgement ?judgement . ?judgement ikg:frameworkArea ikg:{framework.area_concept(area)} ;",
                "                    ikg:grade ?grade .",
                "            }",
                '        }""" ;',
                "    ] .",
                "",
            ]
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for path, text in ((ONTOLOGY_FILE, ontology_turtle()), (SHAPES_FILE, shapes_turtle())):
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if "--check" in argv:
            stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("stale (run python -m kg.frameworks.vocabulary): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
