"""The document model: plain dataclasses for what a report says, each item carrying where it
came from (paragraph number, character span in the cleaned text, the quoted text). It knows
nothing of RDF; ``kg.rdf`` maps it to a graph."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

# Grades, timescales, sections and relation kinds are plain strings in the model; the RDF
# mapping turns them into concepts. Their vocabularies:
GRADES = ("outstanding", "good", "adequate", "inadequate")  # 2009–2013 scale
LATER_GRADES = ("outstanding", "good", "requires_improvement", "inadequate")  # 2013 SIF, ILACS
ALL_GRADES = ("outstanding", "good", "adequate", "requires_improvement", "inadequate")
GRADE_NUMBERS = {"outstanding": 1, "good": 2, "adequate": 3, "inadequate": 4}
TIMESCALES = ("immediately", "within_three_months", "within_six_months")
SECTIONS = (
    "safeguarding",
    "looked_after_children",
    # the sections of the frameworks of 2013 onwards (kg.frameworks.later)
    "overall",
    "help_and_protection",
    "children_looked_after",
    "adoption",
    "care_leavers",
    "leadership",
    "lscb",
)
RELATIONS = (
    "providedBy",
    "partOf",
    "subGroupOf",
    "reportsTo",
    "chairedBy",
    "commissionedBy",
    "memberOf",
    "worksWith",
    "deliveredWith",
    "commissionedFrom",
    "fundedBy",
    "coLocatedWith",
    "safeguardingPartnerOf",
)
BODY_TYPES = ("LocalAuthority", "Board", "HealthBody", "PartnerOrganisation", "Service")


@dataclass(frozen=True)
class Span:
    """Where something sits in the cleaned report text: [start, end) character offsets."""

    start: int
    end: int


#: Where the keys of unnumbered passages begin: far above any number a report prints, so that one
#: integer names any part of the text (mentions, figures and relations point to parts by it).
PASSAGE_KEYS = 1_000_000


@dataclass
class Paragraph:
    """A part of the report's running text: a numbered paragraph, or a passage the report prints
    without a number (a summary, the information about the local authority area, a bullet of it).
    A passage has ``passage`` set to its place among the report's passages (1, 2, …) and
    ``number`` set to ``PASSAGE_KEYS + passage``, a key only the model uses."""

    number: int
    text: str
    span: Span
    section: str | None = None  # one of SECTIONS, where the paragraph sits inside one
    heading: str | None = None  # the nearest sub-heading above it
    number_inferred: bool = False  # printed without its number; inferred from its neighbours
    passage: int | None = None  # an unnumbered passage: its place among the passages

    @property
    def numbered(self) -> bool:
        return self.passage is None


@dataclass
class Judgement:
    section: str
    area: str  # as the report writes it: "Quality of provision"
    grade: str  # one of GRADES: the findings table's where it has the row, else the body's
    findings_table_grade: str | None = None
    stated_grade: str | None = None  # the grade the body's heading states ("Grade 3 (adequate)")
    paragraph: int | None = None  # the first paragraph under the area's heading
    findings_row: str | None = None  # the findings-table row as printed
    span: Span | None = None

    @classmethod
    def stated_in_body(cls, section: str, area: str, grade: str, paragraph: int | None, span: Span | None) -> "Judgement":
        """A judgement only the body states (a graded heading or sentence), with no table row."""
        return cls(section=section, area=area, grade=grade, stated_grade=grade, paragraph=paragraph, span=span)


@dataclass
class Recommendation:
    section: str | None
    text: str
    timescale: str | None  # one of TIMESCALES, or another slug where a report words it otherwise
    timescale_label: str | None = None  # as printed: "Within three months"
    owner: str | None = None  # the body named as owning it, as written
    paragraph: int | None = None  # the paragraph that introduces (or, numbered, is) the item
    ordinal: int = 0
    heading: str | None = None  # the list's heading where no paragraph introduces it
    span: Span | None = None


@dataclass
class Body:
    """A named body. ``key`` is its identity within the report (a normalised full name)."""

    key: str
    name: str  # full name
    body_type: str  # one of BODY_TYPES
    kind: str | None = None  # finer kind: "NHSTrust", "SafeguardingBoard", "TeamOrService", …
    acronyms: list[str] = field(default_factory=list)
    short_forms: list[str] = field(default_factory=list)
    generic: bool = False  # "CAMHS", "the Police": local to the inspected authority
    national: bool = False  # a government department, national agency, inspectorate or regulator
    is_inspected_authority: bool = False
    paragraphs: list[int] = field(default_factory=list)  # every paragraph naming it
    part_of: str | None = None  # the key of the partner whose team or service it is, as its name says

    @property
    def labels(self) -> list[str]:
        return [self.name, *self.acronyms, *self.short_forms]


@dataclass
class Mention:
    body: str  # Body.key
    paragraph: int
    text: str  # as written
    span: Span


@dataclass
class Statistic:
    value: int | float
    unit: str  # "count" | "percentage" | "pounds" | "proportion" | "rate" | "days" | "weeks" | "months" | "hours" | "years"
    measure: str  # what it counts
    paragraph: int
    text: str  # the sentence
    span: Span | None = None


@dataclass
class Relation:
    subject: str  # Body.key
    relation: str  # one of RELATIONS
    object: str  # Body.key
    paragraph: int
    text: str  # the sentence that states it


@dataclass
class Report:
    source: str  # file name, or "<text>"
    text: str  # the cleaned text the spans point into
    framework: str | None = None  # a registered framework id (kg.frameworks.FRAMEWORKS)
    authority: str | None = None
    title: str | None = None
    inspection_start: dt.date | None = None
    inspection_end: dt.date | None = None
    published: dt.date | None = None
    lead_inspector: str | None = None
    age_group: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    judgements: list[Judgement] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def of_paragraphs(cls, paragraphs: Sequence[str], *, authority: str | None, source: str) -> "Report":
        """A report whose text is the given paragraphs, numbered from 1 ("1. …" a line each), each a
        numbered paragraph pointing into it: prose without a framework's layout (tests, written prose)."""
        text, parts = "", []
        for number, paragraph in enumerate(paragraphs, start=1):
            start = len(text) + len(f"{number}. ")
            text += f"{number}. {paragraph}\n"
            parts.append(Paragraph(number, paragraph, Span(start, start + len(paragraph))))
        return cls(source=source, text=text, authority=authority, paragraphs=parts)

    def body(self, key: str) -> Body | None:
        return next((b for b in self.bodies if b.key == key), None)

    def paragraph(self, number: int) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.number == number), None)

    @property
    def numbered_paragraphs(self) -> int:
        """How many of its parts are numbered paragraphs (the rest are passages)."""
        return sum(p.numbered for p in self.paragraphs)
