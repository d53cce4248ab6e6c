"""Finding the bodies a report names, from general patterns only: generic kinds of body
(``kg.gazetteer``), proper names ending in a kind word ("… NHS Trust", "… Safeguarding Children
Board"), "NHS <place>", council names from the reference list, acronyms defined in brackets, and
names given by apposition ("the Children in Care Council known as …"), and names with no kind word
that a sentence's frame gives away (a verb of partnership, examples of a kind, a provider or a
described kind after a comma, the council's own name in front). Names of one body are then merged
(one short form, "<short form> service", a name with and without its kind word). Then every
paragraph's mentions of them. Fills ``Report.bodies`` and ``Report.mentions``."""
from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .gazetteer import (
    CASE_RECORDING_SYSTEMS,
    COUNCIL_AS_A_WHOLE,
    GENERIC_BODIES,
    HEADS,
    HEALTH_WORDS,
    LEADING_NON_NAME,
    LY_NAME_WORDS,
    MEMBERS_BEFORE_A_BOARD,
    DESCRIBING,
    DESCRIBING_ENDING,
    DESCRIBING_NOUNS,
    HEAD_AS_MODIFIER,
    ISE_NOUNS,
    ING_NOUNS,
    MULTI_AGENCY_ONLY,
    NAMED_ONLY_HEADS,
    NATIONAL_BODIES,
    NOT_BODY_NAMES,
    OF_ALLOWED,
    PHRASE_BREAK,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    PHRASE_VERBS,
    PEOPLE_QUALIFIERS,
    PARTNERING_BEFORE_WITH,
    PEOPLE_SERVED,
    SENTENCE_OPENERS,
    PROGRAMMES,
    Council,
    Kind,
    council_for,
    councils,
    core_council_name,
    police_force_for,
    police_force_short_forms,
    police_force_of,
    trust_identity,
    town_name,
)
from . import prefilter
from .model import GRADES, Body, Mention, Report, Span
from .reading import fold_characters
from .sentences import sentences
from .shortforms import definitions, is_short_form, long_form
from .statistics import NUMBER_WORDS

_CAP = r"(?:[A-Z][a-z]+\d+[A-Za-z]{2}[A-Za-z'’\-]*|[A-Z][A-Za-z'’\-]*|[A-Z]{2,}|\d+\+|\d+(?!(?:st|nd|rd|th)\b)[a-z][a-z]+|\d(?![\d,./-])(?=\s+[A-Z][a-z]))"
# ("Care2Speak", "Text4Help": a digit inside a word between letters, not "S47s"; "16+", "4wyre", "3 Vales Partnership …";
# a number opening a run is kept by ``_runs`` only after a word that can come before a name: not a year's or a count's
# last digit, "Tier 4 …", "Around 5 …")
#: A level or an amount before a number that a capitalised run takes in: "Tier 4", "Year 11", "Around 5".
_COUNT_BEFORE_NAME = re.compile(
    r"(?:Tier|Year|Years|Key Stage|Level|Phase|Stage|Around|About|Over|Under|Some|Almost|Nearly|Only|All|Of|In|By|Since)"
    r"\s+\d+(?:/\d+)?\s+(?=[A-Z])")
#: Words before "Limited" or "Company" that make it a degree or a kind of company, not a registered name.
_NO_COMPANY_BEFORE = {"very", "only", "quite", "rather", "too", "the", "a", "water", "bus", "taxi", "trading", "energy", "phone"}
#: Heads that end a name only after a council's: "Anyshire Fostering" is the council's service by its brand;
#: "Kinship Fostering", "After Adoption" are a kind of care and a charity's name.
_BRAND_HEADS_AFTER_A_COUNCIL = re.compile(r"Fostering|Adoption")
#: Plural nouns after a name that make a number before it a count: "3 Wyre Police officers", "2 Anyford Hospital wards".
_COUNTED_AFTER = re.compile(r"\s+(?:officers|staff|workers|wards|teams|members|practitioners|nurses|colleagues|schools|sites|hubs|beds"
                            r"|representatives|managers|leaders|partners|services|units|clinics)\b")
#: The words after which a number may open a name: "provided by 5 Boroughs Partnership …".
_BEFORE_A_NUMBERED_NAME = re.compile(r"(?:^|\b(?:by|from|with|the|and|to|of|at))\s$", re.IGNORECASE)
# ("de" inside a name between capitals: "the Society of St Anyford de Wyre")
_CONNECT = r"(?:\s+(?:and|of|for|the|&|in|on|with|upon|de)\s+|,\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,|\s+and\s))|\s+)"
#: The kind words that end an organisation's name, not a team's or a group's title ("the SEND and Inclusion Team").
_ORGANISATION_ENDS = r"NHS (?:Foundation )?Trust|Foundation Trust|Police|Constabulary|Clinical Commissioning Group|Integrated Care Board|Hospitals?|Healthcare"
_ORGANISATION_HEAD_END = re.compile(rf"\b(?:{_ORGANISATION_ENDS})$")
#: An organisation's kind word ending a name, after a short form and "and" ("… and Anyford CCG", "… and Wyre College"):
#: the ends above, a commissioner's short form, a college's, a women's aid's.
_AN_ORGANISATIONS_END = re.compile(rf"\b(?:{_ORGANISATION_ENDS}|CCG|ICB|College|Women['’]s Aid)$")
#: A body's short form of two capitals or more, some in lower case: "CLCH", "WyDaSH", "SLaM".
_A_BODYS_SHORT_FORM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}")


def _a_bodys_short_form(word: str) -> bool:
    """Whether a word is a body's short form ("CLCH", "WyDaSH", "TEWV"), not one of the trade's ("CSE", "SEND")."""
    return _A_BODYS_SHORT_FORM.fullmatch(word) is not None and word not in _TRADE_SHORT_FORMS
#: Inside a run, an age of two digits before "Plus" is the name's: "Leaving Care 16 Plus Team" (not a date's "12 May").
_RUN = re.compile(rf"{_CAP}(?:{_CONNECT}(?:{_CAP}|\d\d(?=\s+Plus\b)))*")


def _first_class(items) -> str | None:
    """A character class (regex text) holding every character a match of the parsed pattern can
    start with, or None where that is not known."""
    from re import _constants as sre

    if not items:
        return None
    op, value = items[0]
    if op is sre.LITERAL:
        return re.escape(chr(value))
    if op is sre.IN:
        parts = []
        for inner, arg in value:
            if inner is sre.LITERAL:
                parts.append(re.escape(chr(arg)))
            elif inner is sre.RANGE:
                parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
            elif inner is sre.CATEGORY and arg in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD, sre.CATEGORY_SPACE):
                parts.append({sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}[arg])
            else:
                return None
        return "".join(parts)
    if op is sre.SUBPATTERN and not value[1] and not value[2]:
        return _first_class(list(value[3]))
    if op is sre.BRANCH:
        classes = [_first_class(list(branch)) for branch in value[1]]
        return None if None in classes else "".join(classes)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
        return _first_class(list(value[2]))
    return None


def _at_first_character(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (with no flags) as the character class of its first characters, which the
    regex engine skips to without trying the pattern at every position, then the whole match
    inside a lookahead (group 1); None where its first characters are not known."""
    first = _first_class(list(re._parser.parse(pattern.pattern))) if not pattern.flags & ~re.UNICODE else None
    return re.compile(rf"[{first}](?<=(?=({pattern.pattern}))[\s\S])") if first else None


def _found_from_first_character(pattern: re.Pattern[str], fast: re.Pattern[str] | None, text: str):
    """(match text, start) of each match ``pattern.finditer(text)`` gives, found through ``fast``
    (``_at_first_character(pattern)``) where there is one."""
    if fast is None:
        yield from ((match.group(0), match.start()) for match in pattern.finditer(text))
        return
    position = 0
    while (match := fast.search(text, position)) is not None:
        yield match.group(1), match.start()
        position = max(match.end(1), match.start() + 1)


_RUN_AT_FIRST_CHARACTER = _at_first_character(_RUN)
_HEAD_RES = [(re.compile(rf"^(.*?)\b({head})$"), body_type, kind) for head, body_type, kind in HEADS]
#: Whether any of ``_HEAD_RES`` can match: one search before they are tried one by one.
_HEAD_WORDS_ANY = "|".join(f"(?:{head})" for head, _, _ in HEADS)
_ANY_HEAD_END = re.compile(rf"\b(?:{_HEAD_WORDS_ANY})$")
#: A kind word closing one name before a comma that a run goes on after: "… Community Services, Anyford …".
_HEAD_BEFORE_COMMA = re.compile(rf"\b(?:{_HEAD_WORDS_ANY})s?,\s+")
#: A name's kind word in the plural at its end: "Anyford Community Services".
_PLURAL_HEAD_END = re.compile(rf"\b(?:{_HEAD_WORDS_ANY})s$")
#: A name's first word in brackets after it, its short name: "Wyrebridge Community Healthcare NHS Foundation Trust
#: (Wyrebridge)" (the proper names' reader's; ``shortforms`` reads "(the Royal Wyre)", a name's first words after "the").
_FIRST_WORD_BRACKETED = re.compile(r"\s*\(([A-Z][a-z][\w’'-]+)\)")
#: "(MASH)", "(the LSCB)", "(5BP)", "(L&D)", an NHS commissioner's with its kind's own ("(HMR CCG)", "(BNSSG ICB)") and one
#: with its kind word ("(LAC Council)", "(MET hub)"; a board in lower case is one named back, "(the KSCP board)").
_ACRONYM_AFTER = re.compile(r"^\s*\((?:the\s+)?(\d?[A-Z][A-Za-z&]{0,2}[A-Z][A-Za-z']{0,6}(?:\s(?:CCG|ICB|ICS|CRC|Council|Board|Panel|Forum|hub|team|panel|group|unit))?)\)")
_GROUP_OF_YOUNG = re.compile(
    r"\b(?:a|the)\s+(?:consultative\s+)?group\s+of\s+(?:looked after\s+)?(?:children and\s+)?young\s+people,?\s+"
    r"(?:called\s+|known\s+as\s+)?(?:the\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,4})"
)
#: Sentence adverbs that run into a name: "Currently Anyshire County Council has …" (not "Family", "Early").
_ADVERB = re.compile(r"[A-Za-z]{4,}(?:ent|ous|ial|ional|ive|ual|ar|ate|ed|ing|ful|ic|al)ly")
_GENERIC_WHOLE = re.compile("|".join(f"(?:{k.pattern})" for k in GENERIC_BODIES), re.IGNORECASE)
#: A national body's whole name: where "and" ends one before another name starts.
_NATIONAL_WHOLE = re.compile("|".join(f"(?:{k.pattern})" for k in NATIONAL_BODIES), re.IGNORECASE)
#: The words that give a body another name: "known as", "known locally as", "referred to as", "called".
_KNOWN_AS = (r"(?:known\s+(?:locally\s+|internally\s+|collectively\s+)?as|known\s+by\s+its\s+(?:acronym|initials)|(?:re)?branded\s+as|relaunched\s+as"
             r"|referred\s+to\s+(?:(?:locally|widely|internally)\s+|(?:by|across|in|within)\s+(?:[\w’'-]+\s+){1,3}?)?as|called|named)")
# ("referred to by professionals as the RVP", "referred to across Wyreshire as VWMT")
_NAMED_AS = re.compile(
    rf"\b{_KNOWN_AS}\s+(?:the\s+)?"
    r"(?:[‘']([A-Z][^’'\n]{1,40})[’']|([A-Z][\w'’@]+(?:\s+(?:(?:for|of|and|in|by|with|to|around|about|on|up|out|at|into|the|a)\s+)?"
    r"(?:[A-Z][\w'’@]+|\d\s+[A-Z][\w'’@]+)){0,4}"  # ("known as Voice 4 Change": a digit and a capital, one step)
    r"(?:\s+(?:for|on|of)\s+the\s+[A-Z][\w'’@]+(?=\s*[,.;:()]|\s+(?:which|who|is|are|was|were|has|have|and)\b))?))"
    # ("… Services for the Future, which …", "the Hub on the Move": a title's last words, a small word and an article, up to the
    # clause's end; not "Turning Point for the Young People of Kent", "Partners in Practice with the Department …")
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,7})\))?"
)


#: Kinds of national body: typed ikg:NationalBody, left out of a partnership's centrality. A
#: programme is national only when it comes from the gazetteer's national programmes
#: (``national=True``): a council's own programme found by its kind word is the council's.
NATIONAL_KINDS = {"Inspectorate", "GovernmentDepartment", "GovernmentAgency", "Regulator", "Programme"}


@dataclass
class _Found:
    name: str
    body_type: str
    kind: str
    start: int
    end: int
    acronyms: tuple[str, ...] = ()
    national: bool = False
    council: Council | None = None
    written: str = ""  # as the text writes it, where that differs from ``name``
    key_name: str = ""  # the name its identity comes from, where not ``name`` (a generic kind's)
    aliases: tuple[str, ...] = ()  # other names the text gives it here ("KCSE team")
    coordinated: bool = False  # its alias names it with another body: "fostering and adoption panels"
    defines: bool = False  # its acronyms are defined here ("long form (ACR)"), not only used
    part_of: str = ""  # the key of the partner whose team or service it is ("Anyford Police's … unit")


#: A council's possessive, then a name in capitals: "Wyre's Children and Young People's Partnership".
_PLACE_OWNS = re.compile(r"([A-Z][\w-]*(?: (?:upon |on )?[A-Z][\w-]*){0,3})['’]s ([A-Z][\w’'-]*(?: [\w’'&-]+)+)")


#: A passage "to" a stage of life, the name of the team or service that sees young people through it: "the
#: transition to adulthood team", "the transitions to independence team", "the pathway to independence service".
_TRANSITION_WORDS = frozenset({"transition", "transitions", "pathway", "pathways", "route", "routes", "journey", "journeys", "steps",
                               "bridge", "bridges", "moving"})
#: Where such a passage leads, after its "to": "adulthood", "independence".
_WHERE_A_TRANSITION_LEADS = frozenset({"adulthood", "independence", "employment", "work"})
#: One of them in the plural before "to", read as one body with its singular: "the transitions to independence team".
_PLURAL_PASSAGE_TO = re.compile(r"\b(" + "|".join(sorted(w for w in _TRANSITION_WORDS if w + "s" in _TRANSITION_WORDS)) + r")s (?=to )")


@functools.lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace(" & ", " and ")  # "Anyshire Children & Families' Partnership": one body
    text = re.sub(r"well-being", "wellbeing", text)
    text = re.sub(r"sub[- ]group", "subgroup", text)
    text = re.sub(r"\bconsortia\b", "consortium", text)
    text = re.sub(r"\b(\d{1,2}) to (\d{1,2})\b", r"\1-\2", text)  # "the 0 to 25 service" is "the 0-25 service"
    text = _PLURAL_PASSAGE_TO.sub(r"\1 ", text)  # "the transitions to independence team": one team
    text = re.sub(r"^the\s+", "", text)
    # no apostrophes: "care leavers' service" and "care leavers service" are one body (and one IRI)
    return re.sub(r"[^a-z0-9]+", " ", text.replace("'", "")).strip()


#: A programme's own name in capitals, then what kind it is in lower case: "Wyre Ahead apprenticeship programme".
#: A title of capitalised words, a small word between two of them: "Families of Wyre for Change", "Step Up to Work".
_TITLE = r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|in|on|to|at)\s+)?[A-Z0-9][\w’'&-]*)*"
_PROGRAMME_TITLE = re.compile(rf"(?:The\s+)?(?P<title>{_TITLE})"
                              r"(?:\s+[a-z][\w-]*){0,2}\s+(?:programme|model|scheme|initiative|project)")


def _programme_title(name: str) -> str | None:
    """The capitalised title a programme's name holds before its lower-case kind words, where the
    title is a name ("Step Ahead" of "Step Ahead apprenticeship programme"), not a place, a
    term of the trade or the sector's words."""
    match = _PROGRAMME_TITLE.fullmatch(name)
    if match is None:
        return None
    title = match.group("title")
    words = [w.lower() for w in title.split()]
    if council_for(title) is not None or title.lower() in NOT_BODY_NAMES or _GENERIC_WHOLE.fullmatch(title) \
            or all(w in PHRASE_SECTOR or w in _CONNECTORS for w in words) or len(title) < 4 or title.isupper() \
            or all(w in _AREA_WORDS or w in _PLACES_IN_TOWN or w == "centre" for w in words) \
            or _singular_head(words[-1]) in PHRASE_HEADS \
            or title.lower() in _TIMES_AND_COUNTRIES or _only_an_area(title.split()):
        # ("the City Centre project"; "the Family Hubs programme": the hubs are bodies too; "the Summer programme", "the England programme")
        return None
    return title


class BodyRegistry:
    """The bodies of one report, keyed by normalised name, with every alias that names them."""

    def __init__(self, report: Report):
        self.report = report
        #: Bodies found by their name and what they do only, added after every sentence is read, where no
        #: sentence named them with their kind ("First Contact, which incorporates the MASH, …").
        self.unkinded: list[_Found] = []
        self.bodies: dict[str, Body] = {}
        self.aliases: dict[str, str] = {}  # alias as written (case-sensitive for acronyms) → key
        self.lower_aliases: dict[str, str] = {}  # lower-case alias → key
        self.authority_key: str | None = None
        self.authority_names: list[str] = []
        #: aliases naming two bodies at once ("fostering and adoption panels"), lower case: a
        #: mention of one is also a mention of the bodies named inside it
        self.coordinated: set[str] = set()
        #: bodies found to be one: the key of the one dropped → the key of the one kept
        self.merged: dict[str, str] = {}
        #: short forms the report defines ("long form (ACR)") → the body it first defines them for
        self.defined: dict[str, str] = {}
        #: every word the report writes in lower case somewhere ("advance", "refuge"), once every finder but
        #: the last has read it: a capitalised word it never writes so is a name ("Brook provides …")
        self.lower_case_words: frozenset[str] = frozenset()
        #: every capitalised word the report writes after "in", "across", "throughout" or "around": a place's
        #: ("in Keighley"), not a partner's name, where it opens a clause ("Keighley offers …")
        self.place_words: frozenset[str] = frozenset()

    def key_for(self, name: str, kind: str) -> str:
        core = _norm(name)
        for short in self.authority_names:
            short_norm = _norm(short)
            if core.startswith(short_norm + " ") and kind not in ("NHSTrust", "Hospital", "Council"):
                rest = core[len(short_norm) + 1 :]
                if not rest.startswith(("and ", "of ")):
                    core = rest
        core = re.sub(r"^local\s+(?=safeguarding children)", "", core)
        core = _singular_head(core)
        # The authority's own board under any of its names is one body; another council's
        # ("Anyshire Safeguarding Children Board") keeps its own name.
        if kind == "ChildrensTrust" and core.startswith("children"):
            core = "childrens trust board"
        if kind == "SafeguardingBoard" and "adult" not in core and core.startswith("safeguarding children"):
            core = "safeguarding children board"
        if kind == "PrimaryCareTrust":
            core = re.sub(r"\b(nhs|pct|cluster|primary care trust)\b", " ", core)
            core = "pct " + " ".join(core.split())
        if kind == "NHSTrust":
            core = trust_identity(core)
        return core

    def add(self, found: _Found, proper: bool) -> Body:
        if not found.key_name and (bare := _without_quote_or_article(found.name)) != found.name:
            found = dataclasses.replace(found, name=bare)  # "‘the triage service’ helps": the triage service
        if found.council is None and found.kind == "Council" and (council := council_for(found.name)) is not None:
            found = dataclasses.replace(found, council=council)  # "Anyshire City Council (ACC)", read first by its definition
        if (owned := _PLACE_OWNS.match(found.name)) is not None and found.kind != "Council" and (
                owned.group(1) in self.authority_names):
            found = dataclasses.replace(found, aliases=(*found.aliases, owned.group(2)))  # "Wyre's Children and Young People's
            # Partnership": its own name too, without the council's possessive (the report's council's only: another
            # council's "Kent's Children in Care Council" is not the report's own one)
        if found.kind == "Programme" and (title := _programme_title(found.name)) is not None:
            found = dataclasses.replace(found, aliases=(*found.aliases, title))  # "the Wyre Ahead programme": "Wyre Ahead" too
        if found.council is not None:
            key = "council " + _norm(found.council.name)
        else:
            key = self.key_for(found.key_name or found.name, found.kind)
        if found.name in self.defined and self.aliases.get(found.name, key) in self.bodies:
            key = self.aliases[found.name]  # "BNSSG ICB", the short form the report defined for the board
        key = self.merged.get(key, key)
        if found.key_name in COUNCIL_AS_A_WHOLE and found.council is not None and key != self.authority_key:
            # "Wyre children's services" in another council's report: that council, the department one of its names
            found = dataclasses.replace(found, name=found.council.name, body_type="LocalAuthority", kind="Council", key_name="",
                                        aliases=(*found.aliases, found.name))
        elif found.key_name in COUNCIL_AS_A_WHOLE and self.authority_key is not None:
            return self._council_as_a_whole(found)
        body = self.bodies.get(key)
        if body is None:
            body = Body(
                key=key,
                name=found.name,
                body_type=found.body_type,
                kind=found.kind,
                generic=not proper and not found.national,
                national=found.national and found.kind in NATIONAL_KINDS,
            )
            self.bodies[key] = body
        else:
            if found.national and found.kind in NATIONAL_KINDS and not body.national:
                body.national, body.generic = True, False  # "the Mockingbird programme", then "Mockingbird"
            if _better_name(found.name, body.name, proper):
                if body.name not in body.short_forms and body.name != found.name:
                    body.short_forms.append(body.name)
                body.name = found.name
                body.generic = body.generic and not proper
            elif found.name != body.name and found.name not in body.short_forms and found.name not in body.acronyms:
                body.short_forms.append(found.name)
        if found.part_of and body.part_of is None:
            body.part_of = found.part_of
        written = _tidy(_unquote(found.written or "")).removeprefix("the ").removeprefix("The ")
        if (
            written
            and written.lower() != found.name.lower().removeprefix("the ")
            and not self._names_another(written, key)
            and written.lower() not in (label.lower() for label in [*body.labels, *found.acronyms])
            and not (written.isupper() and len(written) <= 8)
            and found.council is None
        ):
            body.short_forms.append(written)
        if found.council is not None and found.council.name not in (body.name, *body.short_forms):
            body.short_forms.append(found.council.name)
            self.register_alias(found.council.name, key)
        same_as = None
        for acronym in found.acronyms:
            owner = self.aliases.get(acronym, key)
            if owner != key:
                if found.defines and self.defined.get(acronym) == owner and self._defines_alike(owner, key, acronym):
                    same_as = owner  # "the Anyshire support hub (ASH)", later "the Anyshire supporting hub (ASH)"
                continue  # an acronym names one body: the first the report defines it for
            if acronym not in body.acronyms:
                body.acronyms.append(acronym)
        self.register_alias(found.name, key)
        if found.written:
            self.register_alias(found.written, key)
            self.register_alias(_unquote(found.written), key)
        for alias in found.aliases:
            if self._names_another(alias, key):
                continue  # "the Youth Board, Young Voices": the description names another body too
            if alias.split(" ", 1)[0] in found.acronyms and self.aliases.get(alias.split(" ", 1)[0], key) != key:
                continue  # "the CAMHS service" where the report's CAMHS is a provider it named: that body's
            self.register_alias(alias, key)
            if found.coordinated:
                self.coordinated.add(alias.lower())
            if alias.lower() not in (label.lower() for label in body.labels):
                body.short_forms.append(alias)
        for acronym in found.acronyms:
            self.aliases.setdefault(acronym, key)
            if found.defines and self.aliases[acronym] == key:
                self.defined.setdefault(acronym, key)
        if same_as is not None:
            _merge(self, same_as, key)
            return self.bodies[same_as]
        return body

    def _council_as_a_whole(self, found: _Found) -> Body:
        """"children's social care (CSC)": the council's own services as a whole, named so."""
        body = self.bodies[self.authority_key]
        written = _tidy(_unquote(found.written or found.name)).removeprefix("the ").removeprefix("The ")
        for name in (found.name, written):
            if name.lower() not in (label.lower() for label in body.labels) and not self._names_another(name, body.key):
                body.short_forms.append(name)
            self.register_alias(name, body.key)
        for acronym in found.acronyms:
            if acronym not in self.aliases:
                self.aliases[acronym] = body.key
                body.acronyms.append(acronym)
        return body

    def _defines_alike(self, owner: str, key: str, acronym: str) -> bool:
        """Two long forms the report defines one short form for name one body: both of one type,
        neither the council nor a national body."""
        first, second = self.bodies.get(owner), self.bodies.get(key)
        return (
            first is not None and second is not None
            and acronym in first.acronyms
            and first.body_type == second.body_type
            and not (first.is_inspected_authority or second.is_inspected_authority)
            and not (first.national or second.national)
            and first.body_type != "LocalAuthority"
        )

    def _names_another(self, alias: str, key: str) -> bool:
        other = self.aliases.get(alias.strip()) or self.lower_aliases.get(alias.strip().lower())
        return other is not None and other != key

    def register_alias(self, alias: str, key: str) -> None:
        alias = alias.strip()
        if not alias:
            return
        if alias.isupper() and len(alias) <= 8:
            self.aliases.setdefault(alias, key)
        else:
            self.lower_aliases.setdefault(alias.lower(), key)


def _without_quote_or_article(name: str) -> str:
    """A name without a quotation mark left open at its start or shut at its end, nor a leading
    "the" before a word in lower case ("‘the children's centre" → "children's centre"; but "The
    Children's Society", "Barnardo's" and "care leavers'" stay as they are)."""
    if name[:1] in "‘'" and not re.search(r"[’']$|[’'](?=\s)", name[1:]):
        name = name[1:]
    if name[-1:] == "’" and "‘" not in name:
        name = name[:-1]
    if re.match(r"the\s+[a-z]", name):
        name = name[4:].lstrip()
    return name


def _singular_head(name: str) -> str:
    """"early help services" and "early help service" are one body."""
    words = name.split()
    if words and words[-1].endswith("s") and (words[-1][:-1] in PHRASE_HEADS or words[-1][:-2] in PHRASE_HEADS):
        words[-1] = words[-1][:-2] if words[-1][:-2] in PHRASE_HEADS and words[-1].endswith("es") and words[-1][:-1] not in PHRASE_HEADS else words[-1][:-1]
    return " ".join(words)


def _better_name(new: str, old: str, proper: bool) -> bool:
    """Prefer the fuller proper name: "Northfield Safeguarding Children Board" over "Local
    Safeguarding Children Board", "Children's Trust Board" over "Children's Trust"."""
    if new == old:
        return False
    new_local = new.lower().startswith("local ")
    old_local = old.lower().startswith("local ")
    if new_local != old_local:
        return old_local
    if proper and old[:1].islower():
        return True
    if new.lower() == old.lower():
        return sum(c.isupper() for c in new) > sum(c.isupper() for c in old)
    return len(new) > len(old) and new[:1].isupper()


# ------------------------------------------------------------------ discovery


@dataclass(frozen=True)
class _KindTable:
    """One table of generic kinds, compiled once: each kind's bounded pattern, one alternation
    of them all that finds every place some kind starts, and the same for their acronyms."""

    kinds: tuple[tuple[Kind, re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]], ...]
    national: bool
    any_kind: re.Pattern[str]
    acronyms: tuple[tuple[Kind, str, re.Pattern[str]], ...]  # acronyms of three letters or more
    any_acronym: re.Pattern[str] | None
    #: The kinds (their places in ``kinds``) that may start at each ASCII character, and those that
    #: may start at any character (their first characters are not known, or one is a letter outside
    #: ASCII, which a case-insensitive pattern may match to an ASCII letter).
    kinds_at: dict[str, tuple[int, ...]]
    kinds_anywhere: tuple[int, ...]

    def kinds_starting(self, char: str) -> Iterable[int]:
        """The kinds that may start at ``char``: every kind, where it is not ASCII."""
        return self.kinds_at.get(char, self.kinds_anywhere) if char.isascii() else range(len(self.kinds))


def _bounded(pattern: str, cased: bool) -> str:
    return rf"(?<![\w-])(?{'-' if cased else ''}i:(?:{pattern})s?)(?![\w-])"  # a kind's plural too: "adoption panels"


#: A kind's short form ends a word, or runs into a participle saying what it did: "a DfE-appointed
#: adviser", "a CAMHS-led clinic" name the DfE and CAMHS; "MASH-style" and "LSCB-wide" do not count.
_ACRONYM_END = r"(?![\w]|-(?![a-z]+ed\b|led\b|run\b))"


@functools.lru_cache(maxsize=1)
def _kind_tables() -> tuple[_KindTable, ...]:
    tables = []
    for table, national in ((GENERIC_BODIES, False), (NATIONAL_BODIES, True), (PROGRAMMES, True)):
        kinds = tuple(
            (kind, re.compile(_bounded(kind.pattern, kind.cased)),
             tuple((a, re.compile(rf"\b{re.escape(a)}\b")) for a in kind.acronyms))
            for kind in table
        )
        any_kind = re.compile(r"(?<![\w-])(?:" + _by_first_character(table) + r")(?![\w-])")
        acronyms = tuple(
            (kind, a, re.compile(rf"(?<![\w-]){re.escape(a)}{_ACRONYM_END}")) for kind in table for a in kind.acronyms if len(a) >= 3
        )
        any_acronym = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(a) for _, a, _ in acronyms) + r")" + _ACRONYM_END
        ) if acronyms else None
        tables.append(_KindTable(kinds, national, any_kind, acronyms, any_acronym, *_kinds_by_first_character(table)))
    return tuple(tables)


def _kinds_by_first_character(table: tuple[Kind, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """``_KindTable.kinds_at`` and ``kinds_anywhere`` of a table (case ignored: a superset)."""
    at: dict[str, set[int]] = {}
    anywhere: set[int] = set()
    for index, kind in enumerate(table):
        firsts = _first_characters(re._parser.parse(kind.pattern))
        if firsts is None or any(not char.isascii() and not kind_cased_only(char) for char in firsts):
            anywhere.add(index)
            continue
        for char in firsts:
            for cased in (char.lower(), char.upper()):
                at.setdefault(cased, set()).add(index)
    return {char: tuple(sorted(kinds | anywhere)) for char, kinds in at.items()}, tuple(sorted(anywhere))


def _by_first_character(table: tuple[Kind, ...]) -> str:
    """One alternation of all kinds, grouped by the characters each can start with, so that a
    search tries at each word only the kinds that can start there (a superset is harmless: the
    alternation only says where some kind starts)."""
    groups, anywhere = _first_character_groups(table)
    branches = [
        f"(?={re.escape(char) if kind_cased_only(char) else '[' + re.escape(char) + re.escape(char.upper()) + ']'})(?:{'|'.join(alts)})"
        for char, alts in sorted(groups.items())
    ]
    return "|".join(branches + anywhere)


def _first_character_groups(table: tuple[Kind, ...]) -> tuple[dict[str, list[str]], list[str]]:
    """Each kind's alternative (its plural too) under every character it can start with, and the
    kinds whose first character is not known."""
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for kind in table:
        alternative = f"(?{'-' if kind.cased else ''}i:(?:{kind.pattern})s?)"
        firsts = _first_characters(re._parser.parse(kind.pattern))
        if not firsts:
            anywhere.append(alternative)
            continue
        for char in firsts if kind.cased else {c.lower() for c in firsts}:
            groups.setdefault(char, []).append(alternative)
    return groups, anywhere


@functools.lru_cache(maxsize=1)
def _any_start() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Where a kind of any table may start, and where an acronym of any table may: one scan of a
    text for all the tables (each table's own alternation then tried at those places only). In
    the kinds' scan each first character is a character class, which the regex engine tests
    before it enters the branch, and the kinds starting with it are tried in a lookahead (inside
    a one-character lookbehind); the acronyms' scan starts with their literals, which the engine
    skips to, and leaves the boundary before them to each table's own pattern."""
    tables = _kind_tables()
    groups, anywhere = _first_character_groups(tuple(kind for table in tables for kind, _, _ in table.kinds))
    branches = [
        f"{re.escape(char) if kind_cased_only(char) else '[' + re.escape(char) + re.escape(char.upper()) + ']'}"
        rf"(?<=(?=(?:{'|'.join(alts)})(?![\w-]))[\s\S])"
        for char, alts in sorted(groups.items())
    ]
    if anywhere:
        branches.append(rf"(?=(?:{'|'.join(anywhere)})(?![\w-]))")
    any_kind = re.compile(r"(?<![\w-])(?:" + "|".join(branches) + ")")
    acronyms = dict.fromkeys(a for table in tables for _, a, _ in table.acronyms)
    any_acronym = re.compile("(?:" + "|".join(map(re.escape, acronyms)) + r")" + _ACRONYM_END) if acronyms else None
    return any_kind, any_acronym


#: How many characters of each kind's and phrase head's beginnings ``_word_beginnings`` spells out.
_BEGINNING = 12

@functools.lru_cache(maxsize=1)
def _word_beginnings() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``_beginning_scan`` of every kind of every table and of ``_PHRASE_HEAD`` (which matches
    only where a word starts): one scan of a sentence finds where either may start, and each
    finder tries its own pattern there (turning down the places where only the other may)."""
    if not _PHRASE_HEAD.pattern.startswith(r"(?<![\w-])"):
        return None
    kinds = [f"(?:{kind.pattern})s?" for table in _kind_tables() for kind, _, _ in table.kinds]
    return _beginning_scan([*kinds, _PHRASE_HEAD.pattern])


def _beginning_scan(patterns: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The lower-case strings (up to ``_BEGINNING`` characters) one of which begins every match
    of every pattern, read from the patterns, as two searches of a lower-cased text: one at its
    start and one after a character that is neither a word character nor a hyphen (which the
    regex engine skips to without trying a pattern at each letter). None where some pattern's
    matches may begin with anything."""
    beginnings: set[str] = set()
    for pattern in patterns:
        found = _beginnings(list(re._parser.parse(pattern)), _BEGINNING)
        if "" in found:
            return None
        beginnings |= found
    alternation = _tree_of(beginnings)
    return re.compile(alternation), re.compile(r"[^\w-]" + alternation)


def _tree_of(strings: set[str]) -> str:
    """A regex that matches where one of ``strings`` begins: the strings as a tree of their
    characters, so that the regex engine compares each character of a text once, not once for
    each string sharing the characters before it. A string that another begins with is enough."""
    if "" in strings:
        return ""
    branches: dict[str, set[str]] = {}
    for string in strings:
        branches.setdefault(string[0], set()).add(string[1:])
    alternatives = [re.escape(first) + _tree_of(rests) for first, rests in sorted(branches.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


@functools.lru_cache(maxsize=8)
def _word_candidates(text: str) -> tuple[int, ...] | None:
    """Every position of ``text`` that starts a word (nothing before it, or neither a word
    character nor a hyphen) the way a kind or a phrase head can begin; None where that cannot be
    told from the lower-cased text (no scan, or a letter another letter folds to). Kept for the
    last few texts: the kinds' finder and the phrase finder ask of each sentence in turn."""
    scan = _word_beginnings()
    if scan is None:
        return None
    lowered, folded = prefilter.lowered(text)  # the lower case the prefilter made of it, if it did
    if folded:
        return None
    at_start, after_boundary = scan
    candidates = [0] if at_start.match(lowered) else []
    position = 0
    while (match := after_boundary.search(lowered, position)) is not None:
        candidates.append(match.start() + 1)
        position = match.start() + 1
    return tuple(candidates)


def _beginnings(items: list, budget: int) -> set[str]:
    """Lower-case strings, each at most ``budget`` characters, one of which begins every match
    of the parsed pattern ``items`` ("" where that is not known). Only ASCII characters and
    characters without case are spelled out, so that comparing with a lower-cased text is exact."""
    from re import _constants as sre

    if budget == 0 or not items:
        return {""}
    (op, value), rest = items[0], items[1:]
    if op is sre.LITERAL or op is sre.IN:
        chars = [chr(value)] if op is sre.LITERAL else [chr(v) for o, v in value if o is sre.LITERAL]
        if op is sre.IN and (len(chars) != len(value) or len(chars) > 8):
            return {""}
        if not all(c.isascii() or c.lower() == c == c.upper() for c in chars):
            return {""}
        tails = _beginnings(rest, budget - 1)
        return {c.lower() + tail for c in chars for tail in tails}
    if op is sre.SUBPATTERN:
        return _beginnings(list(value[3]) + rest, budget)
    if op is sre.BRANCH:
        return set().union(*(_beginnings(list(branch) + rest, budget) for branch in value[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, item = value
        if high == 1:
            return (_beginnings(rest, budget) if low == 0 else set()) | _beginnings(list(item) + rest, budget)
        return (_beginnings(rest, budget) if low == 0 else set()) | _beginnings(list(item), budget)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _beginnings(rest, budget)  # takes no characters
    return {""}


def _kind_starts(text: str) -> list[int]:
    """Every position where a kind of any table starts: ``_starts(any_kind, text)``, found by
    trying the kinds only where a lower-cased word begins as one of them begins."""
    any_kind, _ = _any_start()
    candidates = _word_candidates(text)
    if candidates is None:
        return _starts(any_kind, text)
    return [start for start in candidates if any_kind.match(text, start)]


def _phrase_heads(text: str):
    """``_PHRASE_HEAD.finditer(text)``, the pattern tried only where a word begins as a head."""
    candidates = _word_candidates(text)
    if candidates is None:
        yield from _PHRASE_HEAD.finditer(text)
        return
    end = 0
    for start in candidates:
        if start >= end and (match := _PHRASE_HEAD.match(text, start)) is not None:
            yield match
            end = match.end()


def compile_patterns() -> None:
    """Compile the patterns made from the gazetteer (kinds, acronyms, councils' names) now rather
    than at the first report: a parent does it once for the workers it forks."""
    _any_start()
    _word_beginnings()
    _council_names()


def kind_cased_only(char: str) -> bool:
    return char.lower() == char.upper()


def _first_characters(items) -> set[str] | None:
    """The characters a parsed pattern can start with, or None when that is not known (or it may
    match nothing)."""
    from re import _constants as sre

    found: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            return found | {chr(value)}
        if op is sre.IN:
            for inner, arg in value:
                if inner is sre.LITERAL:
                    found.add(chr(arg))
                elif inner is sre.RANGE:
                    found.update(chr(c) for c in range(arg[0], arg[1] + 1))
                else:
                    return None
            return found
        if op is sre.BRANCH or op is sre.SUBPATTERN:
            for branch in value[1] if op is sre.BRANCH else [value[-1]]:
                firsts = _first_characters(branch)
                if firsts is None:
                    return None
                found |= firsts
            return found
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            firsts = _first_characters(value[2])
            if firsts is None:
                return None
            found |= firsts
            if value[0] > 0:
                return found
            continue  # optional: what follows may start it too
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        return None
    return None


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every position where the pattern matches (overlapping matches included)."""
    positions, position = [], 0
    while (match := pattern.search(text, position)) is not None:
        positions.append(match.start())
        position = match.start() + 1
    return positions


_NOT_A_NAME_WORD = re.compile(
    r"\b(?:the|a|an|its|their|this|four|three|two|five|six|several|various|other|including|of|with|to|from|by|for|on|in|agencies|partners)\s+",
    re.IGNORECASE,
)


#: Where a sentence starts, before the position searched up to: a kind's capital there is the sentence's.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)[‘'\"“(]?$")


#: "specialist" as a whole word right before a kind's name (not "non-specialist").
_SPECIALIST_BEFORE = re.compile(r"(?<![\w-])specialist $")
#: A post after a kind's name: "specialist" before the kind describes the post, not the kind ("the specialist youth
#: offending team worker", "the specialist CAMHS team manager"). (Its kin, each with its own words for its own reader:
#: ``_COUNTED_AFTER``, ``_DEPARTMENTS_PEOPLE_AFTER``, ``_POST_AFTER``.)
_POST_AFTER_KIND = re.compile(r"\s+(?:head\s*teachers?|heads?|managers?|leads?|chairs?|officers?|workers?|staff|members?|nurses?"
                              r"|social\s+workers?|case\s*workers?|practitioners?|co-?ordinators?)\b")


def _generic_matches(text: str) -> list[_Found]:
    """Every generic kind of body the text names, each kind's matches as ``re.finditer`` would
    give them, and every acronym of a kind written alone. One search of all kinds finds where
    any starts; each kind is then tried there only, and only where its first character is."""
    found = []
    _, any_acronym = _any_start()
    kind_starts = _kind_starts(text)
    acronym_starts = _starts(any_acronym, text) if any_acronym is not None else []
    if not kind_starts and not acronym_starts:
        return found  # most sentences: no kind and no acronym of one starts anywhere
    for table in _kind_tables():
        national = table.national
        tried: dict[int, list[int]] = {}  # each kind that may start at one of the starts → those starts
        for start in kind_starts:
            if table.any_kind.match(text, start):
                for index in table.kinds_starting(text[start]):
                    tried.setdefault(index, []).append(start)
        for index in sorted(tried):
            kind, pattern, kind_acronyms = table.kinds[index]
            cursor = 0
            for start in tried[index]:
                if start < cursor:
                    continue
                match = pattern.match(text, start)
                if match is None:
                    continue
                cursor = max(match.end(), start + 1)
                if not national and _SUBGROUP_AFTER.match(text, match.end()):
                    continue  # "the child death overview panel subgroup": a group of its own, the phrase finder's
                name = match.group(0)
                if kind.kind == "Police":
                    if not _names_the_police(text, match.start(), match.end()):
                        continue  # "a police presence": an adjective
                    name = "Police"
                acronyms = tuple(a for a, used in kind_acronyms if used.search(text))
                end, written = match.end(), match.group(0)
                if not national and kind.kind != "Police" and kind.name and (more := _kind_word_after(text, end)):
                    end, written = more, text[match.start() : more]  # "the designated officer service": its wording
                defined = _ACRONYM_AFTER.match(text[end:])
                defines = bool(defined and _initials_match(match.group(0), defined.group(1)))
                if defines:
                    acronyms = tuple(dict.fromkeys((*acronyms, defined.group(1))))
                elif not national and (placed := _PLACE_THEN_ACRONYM.match(text, end)) \
                        and _initials_match(f"{match.group(0)} {placed.group(1)}", placed.group(2)) \
                        and not any(_is_post(w) for w in placed.group(1).split()):  # "the Virtual School Headteacher (VSH)": a person
                    # "the Virtual School Anyshire (VSA)": the kind named with its place, then shortened
                    end, written, defines = placed.end(1), text[match.start() : placed.end(1)], True
                    acronyms = tuple(dict.fromkeys((*acronyms, placed.group(2))))
                if kind.cased and not national and text[end : end + 1] == " " \
                        and ((place := _council_names()[0].match(text, end + 1)) is not None
                             or kind.regional and (place := _region_after_brand(text, end + 1)) is not None
                             and not _ANY_HEAD_END.search(place.group(0)) and not _A_TIME.search(place.group(0))
                             and not _WEEKDAY.search(place.group(0))
                             and not any(_is_post(w) or _people(w) or w.lower() in _PEOPLE_AT_WORK for w in place.group(0).split())):
                    # "Connexions Anyshire": a national brand's local body, named with its area ("… and Wyre")
                    end = place.end()
                    more = re.match(r" and ([A-Z][\w-]+(?: (?:& )?[A-Z][\w-]+)?)(?! (?:(?:Borough|County|City) )?Council\b)", text[end:])
                    if more and council_for(more.group(1)):  # (not "… and Telford & Wrekin Council have …": a council by its title)
                        end += more.end()
                    written = name = text[match.start() : end]
                    found.append(_Found(name, kind.body_type, kind.kind, match.start(), end, acronyms, national, written=written))
                    continue
                if not kind.name:  # named as written: "the learning and improvement sub group"
                    name = _NOT_A_NAME_WORD.split(name)[-1]
                    if not name or name.lower().startswith("sub"):
                        continue
                    found.append(_Found(name, kind.body_type, kind.kind, match.end() - len(name), match.end(), (), False))
                    continue
                found.append(
                    _Found(
                        kind.name if (national or kind.cased or name.islower() or kind.kind == "Police"
                                      or name[1:].islower() and _SENTENCE_START.search(text, max(0, match.start() - 4), match.start()))
                        else _tidy(name if name.lower() == kind.name.lower() else _LOWER_BEFORE_TITLE.sub("", name)),
                        # "the out-of-hours Emergency Duty Team": its title (but "the multi-agency Safeguarding Hub" whole)
                        kind.body_type,
                        kind.kind,
                        match.start(),
                        end,
                        acronyms,
                        national,
                        written=written,
                        key_name=kind.name,
                        defines=defines,
                        aliases=((written[hours.end() :],) if (hours := _OUT_OF_HOURS.match(written))
                                 and pattern.fullmatch(written[hours.end() :]) else ())
                        + ((f"specialist {written}",) if not national and _SPECIALIST_BEFORE.search(text, max(0, match.start() - 16), match.start())
                           and " " in written.strip() and not _people_at_work(written.split()[-1])
                           and not _POST_AFTER_KIND.match(text, end) else ()),
                    )  # ("the out-of-hours emergency duty service": the emergency duty service, as a reader lists it; not
                    # "service" of "the out-of-hours service"; "the specialist CAMHS team for looked after children": the
                    # kind, its describing word among its names as written)
                )
        # A generic kind named by its acronym alone ("the LSCB", "CAMHS"), case as written.
        starts = [start for start in acronym_starts if table.any_acronym.match(text, start)] \
            if table.any_acronym is not None else []
        for kind, acronym, pattern in table.acronyms if starts else ():
            for start in starts:
                match = pattern.match(text, start)
                if match is not None:
                    end = (_kind_word_after(text, match.end()) or match.end()) \
                        if not national and kind.body_type == "Service" and kind.kind != "Police" else match.end()
                    found.append(  # ("the LADO service": the kind's short form and its kind word, as a reader writes it)
                        _Found(kind.name, kind.body_type, kind.kind, match.start(), match.end(), (acronym,), national, written=acronym,
                               key_name=kind.name, aliases=(text[match.start() : end],) if end != match.end() else ())
                    )
    return found


_OUT_OF_HOURS = re.compile(r"out[- ]of[- ]hours\s+", re.IGNORECASE)
_LOWER_BEFORE_TITLE = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for)){1,}$)")


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
#: A region a brand's local body is named by, where no council's name is: "Connexions Wyre and Tees" ("… provides", "… advisers").
_REGION_WORDS = r"(?:(?:North|South|East|West|Greater|Mid)\s)?[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_REGION_ENDS = (r"(?= (?:provides?|offers?|supports?|works?|is|are|has|have|gives?|helps?|and|to|for|in|advisers|workers|staff)\b"
                r"|[,.;])")  # (a verb in the plural too: "personal advisers from Connexions Wyre Valley provide …")
_REGION_AFTER_BRAND = re.compile(_REGION_WORDS + r"(?: and [A-Z][a-z]+)?" + _REGION_ENDS)
_REGION_ALONE_AFTER_BRAND = re.compile(_REGION_WORDS + _REGION_ENDS)


def _region_after_brand(text: str, position: int) -> re.Match[str] | None:
    """The region a national brand's local body is named by, after the brand ("Connexions Wyre Valley"); a region of two
    places joined by "and" ("… Tyne and Wyre provide …"), not where the second is a body's name, in capitals, a kind the
    gazetteer knows or a possessive ("Connexions Wyre Valley and NYAS", "… and Barnardo's": the region, then another body)."""
    place = _REGION_AFTER_BRAND.match(text, position)
    second = place.group(0).rsplit(" and ", 1)[1] if place is not None and " and " in place.group(0) else ""
    if second and second not in _place_name_words() and (second.isupper() or _generic_matches(second)
                                                         or re.match(r"['’]s?\b", text[place.end() :])):
        place = _REGION_ALONE_AFTER_BRAND.match(text, position)  # (a body's name after "and": two bodies)
    return place


def _is_post(word: str) -> bool:
    """Whether ``word`` names a post: "Manager", "Headteacher", "Leaders"."""
    lowered = word.lower()
    return lowered in PHRASE_ROLES or lowered.endswith(("teacher", "teachers", "leader", "leaders"))


#: A place's name after a generic kind, then a short form of both: "Virtual School Anyshire (VSA)".
_PLACE_THEN_ACRONYM = re.compile(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*\((?:the\s+)?([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z']{0,6})\)")
_SUBGROUP_AFTER = re.compile(r"\s+sub[- ]?(?:groups?|committees?)(?![\w-])", re.IGNORECASE)
#: A kind word right after a generic kind's own words: "the local authority designated officer
#: service" is the officer's service, and a reader writes it so.
_KIND_WORD_AFTER = re.compile(r"\s+(?:service|team)s?(?![\w-])")


def _kind_word_after(text: str, end: int) -> int:
    """Where a kind word ending a generic kind's wording ends, or 0: none there, one already
    ending the kind's words, or one naming something else ("… service manager")."""
    if text[end - 8 : end].lower().rstrip("s").endswith(("service", "team")):
        return 0
    after = _KIND_WORD_AFTER.match(text, end)
    if after is None or _FOLLOWING_WORD_IN(text, after.end(), HEAD_AS_MODIFIER):
        return 0
    return after.end()


#: Every kind word of ``PHRASE_HEADS`` as one alternation, the longest first.
_HEADS = "|".join(sorted((re.escape(h) for h in PHRASE_HEADS), key=len, reverse=True))
_PHRASE_HEAD = re.compile(
    r"(?<![\w-])(" + _HEADS + r")(e?s)?(?![\w-])",
    re.IGNORECASE,
)
#: A word of a phrase: a quoted name, an age range ("0–19", "16-25"), a word, or one other character.
_PHRASE_TOKEN = re.compile(r"[‘'][^‘’'\n]{1,40}[’']|(?<!\d)(?!1 to 1\b)\d{1,2}(?:[–-]\s{0,2}| to )\d{1,2}s?\+?(?![\d–-])|(?<![\d.,])\d{1,2}\+(?![\d+])|[A-Za-z0-9][A-Za-z0-9'’/&-]*|[^\sA-Za-z0-9]")
_CONNECTORS = {"and", "of", "&", "in", "for"}


#: The last word before "services" of a department's name for its children: "Children's Services",
#: "Children and Young People's Services", "Family and Children's Services".
_FOR_CHILDREN_WORDS = {"children's", "children’s", "people's", "people’s"}


def _department_of_children(text: str, mods: list[re.Match[str]], words: list[str], head: re.Match[str],
                            capitals_only: bool = False) -> bool:
    """Whether a phrase of the sector's words names a council's children's department: "services"
    after whom they serve ("children's services"), in capitals throughout where no council's name
    comes before it (``capitals_only``: "Learning and Children's Services", not "children's
    services", the sector), and no post's ("the Director of Children's Services")."""
    if not mods or not head.group(2) or head.group(1).lower() != "service" or words[-1] not in _FOR_CHILDREN_WORDS:
        return False
    if capitals_only and not (head.group(1)[:1].isupper() and all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words))):
        return False
    if words[-1] in ("people's", "people’s") and not any(w.startswith("children") for w in words):
        return False  # "Young People's Services": a youth service, not the department for children
    if _department_name_goes_on(text, head.end()):
        return False  # "the Children's Services programme", "Children's Services Improvement Board": a name it starts
    start = _department_start(text, mods)
    return not _POST_OR_BODY_BEFORE.search(text, max(0, start - 80), start)


#: What makes a department's name part of another name before it: a post ("the Director of",
#: "Portfolio Holder for", "Corporate Director,", "Director of Schools and"), a committee's or board's
#: ("Scrutiny Committee for", "Scrutiny Board ("), an inspectorate's title.
_POST_OR_BODY_BEFORE = re.compile(
    r"(?:\b(?:[Dd]irectors?|[Dd]irectorate|[Mm]embers?|[Hh]eads?|[Cc]abinet|[Pp]ortfolio(?:\s+[Hh]olders?)?|[Hh]olders?|[Cc]ouncillors?"
    r"|[Cc]ommissioners?|[Ii]nspection|[Cc]ommittee|[Bb]oard|[Pp]anel|[Ss]crutiny|Standards\s+in\s+Education,?)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’']*,?\s+)*(?:(?:and|&)\s+)?|\b(?:[Dd]irectors?|[Dd]irectorate|[Mm]embers?|[Hh]eads?),?\s+|\(\s*)$")


def _department_only(name: str) -> bool:
    """Whether a name is a children's department's made of the sector's words only ("Children's
    Services", "Children and Young People's Services"; not "Leeds Children's Services", "Learning
    and Children's Services", nor "children's social care services", a kind the gazetteer knows)."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in ("service", "services") and words[-2] in _FOR_CHILDREN_WORDS \
        and all(w in PHRASE_SECTOR or w in _CONNECTORS for w in words[:-1])


def _names_the_department(text: str, start: int, end: int) -> bool:
    """Whether the council's name found at ``text[start:end]`` names it, where that name is its
    children's department's in the sector's words only: so only in capitals, after no post or body
    ("the Director of Children's Services", "the Scrutiny Committee for …"), before no name it
    starts or title ("Children's Services Improvement Board", "Children's Services commissioners");
    not "children's services" in lower case, the sector in any council."""
    name = text[start:end]
    if not _department_only(name):
        return True
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in name.split()):
        return False
    return not _department_name_goes_on(text, end) and not _POST_OR_BODY_BEFORE.search(text, max(0, start - 80), start)


def _department_name_goes_on(text: str, end: int) -> bool:
    """Whether a department's name ending at ``end`` goes on into another name or a title: a capital,
    a kind word or a post's word next ("Children's Services Improvement Board", "… programme", "…
    commissioners")."""
    after = re.match(r"\s+([\w’'-]+)", text[end : end + 40])
    if after is not None and after.group(1).lower() == "directorate" and not _department_name_goes_on(text, end + after.end()):
        return False  # "the Children's Services directorate": the department by its kind (but "the Children's Services Directorate
        # Management Team" goes on)
    return after is not None and (after.group(1)[:1].isupper() or _singular_head(after.group(1).lower()) in PHRASE_HEADS
                                  or after.group(1).lower() in HEAD_AS_MODIFIER or _TITLE_AFTER_DEPARTMENT.fullmatch(after.group(1)) is not None)


#: Words after a department's name that make it part of a title or an event: "Children's Services
#: commissioners", "… inspection", "… directors".
_TITLE_AFTER_DEPARTMENT = re.compile(r"(?:commissioner|inspection|inspector|director|leader|manager)s?", re.IGNORECASE)


def _department_start(text: str, mods: list[re.Match[str]]) -> int:
    """Where a department's name starts: its first word, or capitalised words joined to it by "and"
    ("Learning and Children's Services"; not "Police and …", a body, nor a sentence's first word)."""
    start = mods[0].start()
    if mods[0].group(0)[:1].isupper() and (joined := _CAPITALS_JOINED_BEFORE.search(text, max(0, start - 60), start)) is not None \
            and not any(w.lower().strip(",") in PHRASE_BREAK or _opens_sentence(w) and i == 0 or _is_post(w.strip(","))
                        for i, w in enumerate(joined.group(0).split()[:-1])) \
            and not _generic_matches(joined.group(0)):  # (not "the Assistant Director, Learning and …": a post's title)
        return joined.start()
    return start


def _department_found(text: str, mods: list[re.Match[str]], head: re.Match[str]) -> _Found:
    """A council's children's department by its name: the council as a whole (``COUNCIL_AS_A_WHOLE``)."""
    start = _department_start(text, mods)
    return _Found(_tidy(text[start : head.end()]), "Service", "TeamOrService", start, head.end(), key_name="Children's social care")


#: Capitalised words joined by "and" right before a department's name: "Learning and " of "Learning and Children's Services".
_CAPITALS_JOINED_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]+(?:,\s+|\s+))*?[A-Z][a-z]+\s+(?:and|&)\s+$")


def _councils_styled_after(text: str, mods: list[re.Match[str]], words: list[str], head: re.Match[str]) -> list[_Found] | None:
    """Two places before a lower-case styled plural "councils", each its council: "North Wyre and
    Eastford borough councils" (a district's too; a place of the reference list is left to the
    councils' finder, but "the Leeds City and …" is that council as the text styles it); None where
    the phrase is no such pair ("Anyford and Malling and Wyre", "North and South Anyford", "Labour
    and Conservative district councils" cannot be read so)."""
    styles = list(itertools.takewhile(lambda w: w in _COUNCIL_STYLE_WORDS, reversed(words)))[::-1]
    places = mods[: len(mods) - len(styles)]
    joins = [i for i, w in enumerate(words[: len(places)]) if w == "and"]
    if not (styles and head.group(2) and len(joins) == 1 and 0 < joins[0] < len(places) - 1
            and all(m.group(0).islower() for m in mods[len(places) :])
            and "," not in text[places[0].start() : places[-1].end()]
            and all(m.group(0)[:1].isupper() or w == "and" for m, w in zip(places, words))
            and not any(all(w in _COMPASS for w in side) or side[0] in LEADING_NON_NAME | PHRASE_SECTOR | _NOT_A_PLACE
                        for side in (words[: joins[0]], words[joins[0] + 1 : len(places)]))):
        return None
    style = " ".join(w.capitalize() for w in styles)
    found = []
    for run in (places[: joins[0]], places[joins[0] + 1 :]):
        place = text[run[0].start() : run[-1].end()]
        core = re.sub(r" (?:City|County|Borough)$", "", place)
        mention = (_tidy(text[run[0].start() : head.end()]),)  # the rest of the list from the place on
        if council_for(place) is not None:
            # "the Wyre and Anyford borough councils": each council, and its name as the text styles it
            found.append(_Found(place, "LocalAuthority", "Council", run[0].start(), run[-1].end(), council=council_for(place),
                                aliases=(f"{place} {style} Council",)))
            continue
        if core != place and council_for(core) is not None:
            found.append(_Found(place, "LocalAuthority", "Council", run[0].start(), run[-1].end(), council=council_for(core),
                                aliases=mention, coordinated=True))  # "the Leeds City and …"
        else:
            named = f"{place} Council" if core != place else f"{place} {style} Council"  # "Wyre City and …": its own style
            found.append(_Found(named, "LocalAuthority", "Council", run[0].start(), run[-1].end(), aliases=mention, coordinated=True))
    return found


#: An item of a list after its "a": "three locality teams, a child protection team and …", "a child protection
#: team and a court team" (not "unusual for a child protection team to …").
_LISTED_AFTER = re.compile(r",|\s+and\s+(?:a|the)\s")
#: A count of teams before their name: "two family support and child protection teams".
_TEAM_COUNTS = "|".join(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 10) + r"|\d{1,2}"
_COUNT_BEFORE_TEAMS = re.compile(rf"\b(?:{_TEAM_COUNTS})\s+$")
#: Words of the parts of the area a council's teams work in: "the locality teams", "four area social work teams".
_WHERE_TEAMS_WORK = "locality|area|district"
#: "The" or a count of teams: "the …", "three …".
_THE_OR_A_COUNT = rf"\b(?:(?P<the>[Tt]he)|{_TEAM_COUNTS})"
#: "The" or a count of teams, then the word of the parts of the area they work in, before "social work teams": "four area
#: social work teams", "the locality social work teams".
_COUNT_AND_AREA_BEFORE = re.compile(rf"{_THE_OR_A_COUNT}\s+(?P<area>(?:local\s+)?(?:{_WHERE_TEAMS_WORK}))\s+$")
#: Whose or which the area teams are, then their words before "teams": "the local area ", "the council's three Local Area ",
#: "through four area " (not "social work area teams", "the police's area teams", "its area teams", "through area teams of
#: the trust": whose, the text does not say).
_AREA_TEAMS_NAMED = re.compile(rf"(?:(?:(?P<the>\b[Tt]he(?= ))|\b(?:council|authority|borough|county)['’]s)\s+(?:(?:{_TEAM_COUNTS})\s+)?|\bthrough\s+(?:{_TEAM_COUNTS})\s+)"
                               r"(?P<name>(?:[Ll]ocal\s+)?[Aa]rea)\s+$")
#: "The", a kind's words in lower case and "teams and" before another kind's teams: "the children in need teams and …", the
#: council's teams both (not "the police's … teams and", "assessment teams and …" with no article, councils' in general).
_THE_COUNCILS_TEAMS_AND_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?![\w-]+['’]s\b)[a-z][\w-]*\s+){1,5}teams\s+and\s+$")
#: A preposition of place before "the area" that opens a clause: "Across the area social work teams …", "In the area
#: social work teams are …" say where, the comma left out (but "caseloads in the area social work teams" name them).
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:Across|Throughout|In|Within|Around)|\b(?:across|throughout|around))\s+$")
#: Other councils after a kind: "… teams in many councils", "… in comparator authorities", "… of other areas".
_OTHER_COUNCILS_AFTER = re.compile(r"\s+(?:in|of|across|at)\s+(?:(?:most|some|many|all)\s+)?(?:other(?!\s+(?:localities|locality|areas|districts|parts|teams))|"
                                   r"many|comparator|similar|neighbouring|statistical|councils|authorities|local\s+authorities)\b")
#: A comparison before "the" and a kind: "than in the …", "like the …": the sector's, not the council's.
_COMPARED_BEFORE = re.compile(r"\b(?:[Ll]ike|[Uu]nlike|than(?:\s+(?:in|for|at|with))?)\s+the\s+$")
#: Elsewhere, after a kind: "… teams nationally", "… teams in most areas", "… teams in England".
_ELSEWHERE_AFTER = re.compile(r"\s+(?:nationally|elsewhere|in\s+(?:England|the\s+country|(?:most|many|other)\s+(?:areas|regions|councils"
                              r"|parts\s+of\s+the\s+(?:region|country))))\b")
#: Another place after a kind, whose teams they are: "… teams in Anyford", "… in the borough next door", "… of neighbouring
#: councils".
_ANOTHER_PLACE_AFTER = re.compile(r"\s+(?:in|of|at|from)\s+(?:[A-Z]|the\s+|other|neighbouring)")


def _the_sectors_after(text: str, at: int) -> bool:
    """Whether the words after a kind at ``at`` make it the sector's, not the council's: other councils' ("… in many
    councils") or elsewhere's ("… nationally")."""
    return _OTHER_COUNCILS_AFTER.match(text, at) is not None or _ELSEWHERE_AFTER.match(text, at) is not None


#: "the" or a count of teams, and a word of where they work, before a team's title: "the", "three area-based", "four locality"
_THE_OR_A_COUNT_BEFORE = re.compile(rf"{_THE_OR_A_COUNT}(?:\s+(?:[a-z]+-based|{_WHERE_TEAMS_WORK}))?\s+$")
#: A verb in -s after a singular kind word, then its object, where the word after a kind word is also a
#: noun's (``HEAD_AS_MODIFIER``): "the scrutiny committee challenges leaders" (not "the team challenges are
#: …", the kind word before a noun); the singular's counterpart of ``_VERBS_AFTER_PLURAL``.
_A_VERB_AFTER_ONE = re.compile(r"\s+(?:(?:challenges|chairs|audits)\s+(?!(?:are|were|is|was|include|includes|remain|have|has)\b)"
                               r"(?:the\s+|its\s+|their\s+)?[a-z\d]"  # "… team audits 20 case files"
                               # "officers in the … unit chair reviews": the people's verb, what they chair after it
                               r"|(?:chair|challenge)\s+(?:reviews|conferences|meetings|child\s+protection|initial|looked|drift|plans)\b"
                               # "the quality and performance subgroup leads a programme of audits" (not "the sub-group leads meet")
                               r"|leads\s+(?:a|an|the|its|their|on)\s)")


#: "and the" a few words before a kind word: a subject of two bodies, whose plural verb follows ("Children's centres and
#: the family intervention service offer …").
_AND_THE_BEFORE = re.compile(r"\band\s+the\s+(?:[\w’'-]+\s+){0,5}$")
#: A verb after a kind word, then a word of its object (not a verb of the clause: "the adoption team lead have …",
#: "the … service audit show …", "the … team structure."): the kind word's verb, not a noun it qualifies.
_VERB_THEN_ITS_OBJECT = re.compile(r"\s+\S+\s+(?!(?:have|has|had|are|is|was|were|will|would|can|should|show|shows|showed|to|and|or)\b)[a-z]")
#: People of a body before "in" and its name: "Staff in …", "Officers in …".
_PEOPLE_BEFORE_IN = {"officer", "member", "worker", "leader", "manager", "staff", "practitioner", "professional", "partner"}
#: People of a body before it, the clause's plural subject: "Elected members on the … committee challenge …",
#: "Reviewing officers in the … service review …": the verb after the kind word is theirs.
_PEOPLE_OF_A_BODY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_PEOPLE_BEFORE_IN | {'chair', 'representative', 'adviser'}))})s?"
                                      r"\s+(?:on|of|from|in)\s+(?:the|its|their)\s+"
                                      r"(?:[\w’'-]+\s+){0,6}$", re.IGNORECASE)


#: How often a standing body meets, the words before its name.
_FREQUENCIES = "daily|weekly|fortnightly|monthly|quarterly"
#: A frequency or a scope before a meeting's name: a standing meeting ("a weekly missing children review meeting",
#: "a multi-agency exploitation review meeting"), not one child's.
_STANDING_BEFORE = re.compile(rf"\b(?:{_FREQUENCIES}|multi-agency|multiagency)\s+$", re.IGNORECASE)


def _a_teams_or_one_childs_meeting(text: str, mods: list[re.Match[str]], words: list[str], plural: bool) -> bool:
    """Whether a meeting's words make it a team's meetings ("the children missing from care team meetings") or
    reviews about one child each ("review meetings", "a stability review meeting"), no standing body (but "risk
    panel meetings", "the … network meeting", "the exploitation risk review meeting", "a weekly missing children
    review meeting", "the … (MACE) Review Meeting" are standing bodies a reader lists)."""
    if words[-1] in ("team", "teams"):
        return True
    if words[-1] not in ("review", "reviews") or _STANDING_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start()):
        return False
    article = _ARTICLE_BEFORE.search(text, max(0, mods[0].start() - 6), mods[0].start())
    return plural or article is None and mods[0].group(0).islower() \
        or article is not None and article.group(0).split()[0].lower() in ("a", "an")


def _in_opens_a_name(word: str, text: str, start: int) -> bool:
    """Whether "In" at ``start`` is a name's first word, after "the" ("the In Care Council", "the In Touch Service"), not a
    sentence's preposition: both the run splitter and the proper names' reader, which drops leading words again, keep it."""
    return word == "In" and _THE_BEFORE.search(text, max(0, start - 6), start) is not None


def _a_titles_list(words: str) -> bool:
    """Whether the words before a title's "and" are the first of its list of what it does: one word each between
    commas, each a word of the work, capitalised ("Wellbeing, Prevention" of "the Wellbeing, Prevention and Early Help
    Service"; not "MASH, Duty", "Morning Star, Bright Lives", "Sunbreak, Lanternlight": bodies' names)."""
    items = [item.strip() for item in words.removeprefix("The ").split(",")]
    return len(items) >= 2 and all(_a_word_of_the_work(item) for item in items)


def _a_word_of_the_work(word: str) -> bool:
    """Whether one capitalised word names a field or a step of the work, as a department's or a service's title lists
    them ("Wellbeing", "Prevention", "Skills", "Advice"), not a body's own name ("Sunbreak") or short form ("MASH")."""
    lowered = word.lower()
    return re.fullmatch(r"[A-Z][a-z-]+", word) is not None and lowered not in _BODIES_OF_THE_SECTOR and (
        lowered in _TITLE_LIST_WORDS or lowered in _FIELDS_OF_WORK or lowered in _UNIT_FUNCTIONS or lowered in PHRASE_SECTOR)


#: Words of the work a title lists besides the fields (``_FIELDS_OF_WORK``) and a unit's functions (``_UNIT_FUNCTIONS``).
_TITLE_LIST_WORDS = {"prevention", "inclusion", "skills", "employment", "intervention", "commissioning", "support", "resilience"}


def _after_a_plural_kind_and(mods: list[re.Match[str]]) -> int:
    """Where the words before a plural head start again after a plural kind of their own: a kind of organisation in the
    plural after a name or an acronym, then "and" ("GP practices and faith groups", "NHS trusts and voluntary groups": two
    kinds listed, not one title), or people at work in the plural, then "and" ("schools, health visitors and children's
    centres"); 0 where they do not."""
    words = [m.group(0) for m in mods]
    for i in range(len(words) - 2, 1, -1):
        if words[i] == "and" and words[i - 1] in _PLURAL_ORGANISATIONS and words[i - 2][:1].isupper():
            return i + 1
        if words[i] == "and" and words[i - 1].endswith("s") and words[i - 1].islower() and _people_at_work(words[i - 1]) \
                and not words[i - 1].endswith("carers"):
            return i + 1  # "schools, health visitors and children's centres": people at work, then a kind of their own
    return 0


#: Kinds of organisation in the plural, which a name or an acronym before them qualifies: "GP practices", "NHS trusts".
_PLURAL_ORGANISATIONS = {"practices", "surgeries", "schools", "colleges", "academies", "nurseries", "trusts", "hospitals", "pharmacies",
                         "providers", "agencies", "charities", "churches", "mosques", "clubs", "councils", "forces"}


def _phrase_matches(text: str) -> list[_Found]:
    """Bodies named by a common-noun phrase ending in a kind word: "the duty and assessment team",
    "the edge of care service", "a multi-agency transition panel", "the Lantern service", "the
    'Channel' panel". Reaches back from the head over modifiers, stopping at articles,
    prepositions, verbs and punctuation; drops leading judgements ("a good service"); refuses
    phrases that only name the sector ("children's services", "social work teams")."""
    found: list[_Found] = []
    for head in _phrase_heads(text):
        head_word = head.group(1).lower()
        if head_word == "council" and head.group(1)[0].isupper():
            continue  # "County Council", "Children in Care Council": the proper-name finder's
        following = _FOLLOWING_WORD.match(text, head.end())
        if _FOLLOWING_WORD_IN(text, head.end(), HEAD_AS_MODIFIER) and not (head.group(2) and following.group(1) in _VERBS_AFTER_PLURAL) \
                and not (not head.group(2) and _A_VERB_AFTER_ONE.match(text, head.end())) \
                and not (following.group(1) in _VERBS_AFTER_PLURAL and _PEOPLE_OF_A_BODY_BEFORE.search(text, max(0, head.start() - 90), head.start())) \
                and not (following.group(1) in _VERBS_AFTER_PLURAL and _AND_THE_BEFORE.search(text, max(0, head.start() - 60), head.start())
                         and _VERB_THEN_ITS_OBJECT.match(text, head.end())) \
                or _CAPITAL_EVENT_AFTER.match(text, head.end()) \
                or following and following.group(1) in ("inspector", "inspectors"):
            continue  # "panel members", "service manager", "Family Group Conference", "Team inspectors:": the head names something else
        if following and (head.group(2) and following.group(1) in ("around", "upon") or head.group(2) and head_word == "centre"
                          and following.group(1) == "on" or head_word == "team" and following.group(1) == "up"):
            continue  # "this frustration centres around pay", "children who are missing and exploited team up": the head is a verb
        if head_word == "partnership" and following and following.group(1) in ("working", "work"):
            continue  # "exceptional partnership working": a way of working
        following = _FOLLOWING_HEAD.match(text, head.end())
        if following and following.group(2) in HEAD_AS_MODIFIER and following.group(1).lower().rstrip("s") in PHRASE_HEADS:
            continue  # "team and service managers": both heads name something else
        mods = _after_possessive_place(_modifiers_before(text, head.start()), text)
        if len(mods) > 2 and mods[0].group(0).lower() == "local" and mods[1].group(0).lower() == "authority" \
                and mods[2].group(0).lower() not in _CONNECTORS:
            mods = mods[2:]  # "local authority pupil referral units": whose they are, as "the council's" would say
        while mods and mods[0].group(0).lower() in _GRADES:
            mods = mods[1:]  # "Good Services for children …": a grade of the first page's table run into the text
        if head.group(2) and (after_kind := _after_a_plural_kind_and(mods)):
            mods = mods[after_kind:]  # "schools, GP practices and faith groups": a kind of its own before "and", not a title's words
        if head_word == "team" and head.group(2) and (area := _AREA_TEAMS_NAMED.search(text, max(0, head.start() - 50), head.start())) \
                and not _the_sectors_after(text, head.end()) \
                and not (area.group("the") and _PLACE_PREPOSITION_BEFORE.search(
                    text, max(0, area.start() - 16), area.start())):
            found.append(_Found(_tidy(text[area.start("name") : head.end()]), "Service", "TeamOrService", area.start("name"), head.end()))
            continue  # "the local area teams", "the council's three Local Area Teams", "through four area teams in the north":
            # the council's teams by the areas they serve (not "area teams in most councils", nor "In the area teams are …",
            # a clause's place with its comma left out, as for the area social work teams)
        if head_word == "scrutiny commission" and not mods \
                and (bare := _BARE_SCRUTINY_BEFORE.search(text, max(0, head.start() - 24), head.start())) is not None:
            found.append(_Found(_tidy(text[bare.start(1) : head.end()]), *PHRASE_HEADS[head_word], bare.start(1), head.end()))
            continue  # "the scrutiny commission", "the council's overview and scrutiny commission": the council's, its kind its name
        if not mods or text[: mods[0].start()].rstrip().endswith(")"):
            continue  # "… (NEET) action group": a defined short form, read by _definition_matches
        words = [m.group(0).lower().strip("‘’'") for m in mods]
        if mods and re.search(r"\bpoint of\s+$", text[max(0, mods[0].start() - 12) : mods[0].start()]):
            continue  # "the first point of contact service for new parents": what a service is to someone, not "contact service"
        for i in range(1, len(words) - 1):
            if words[i] == "in" and words[i - 1] in ("children", "child") and words[i + 1] == "care":
                words[i + 1] = "in-care"  # "the children in care teams": a term of the trade, as "looked after" is
            if words[i] == "in" and words[i - 1] in ("children", "child", "families", "family") and words[i + 1] == "need" \
                    and "and" not in words:
                words[i + 1] = "in-need"  # "the children in need teams", "the Families in Need service": the teams for
                # children or families in need, a term of the trade
        for i in range(1, len(words)):
            if words[i] == "time" and words[i - 1] == "family":
                words[i] = "family-time"  # "the family time service": children's time with their families, a term of the trade
            if words[i] == "adults" and words[i - 1] == "young":
                words[i] = "young-adults"  # "the young adults service": care leavers' service, not adults' in general
        if all(_describes(m) or w in _CONNECTORS for m, w in zip(mods, words)):
            continue  # "a clear and ambitious service", "a close partnership": a description
        if all(m.group(0) in _AMOUNTS or w in _CONNECTORS for m, w in zip(mods, words)):
            continue  # "a growing numbers panel", its description cut: how many, not which body
        if head_word == "team" and words[-1] in ("leadership", "management", "senior", "leaders") \
                and not (words[-2:] in (["care", "management"], ["case", "management"])  # (a "care management team" manages care;
                         and _not_the_leaders_of_care(words[:-2], text, mods[0].start())):
            # but "the social care management team", "the senior care management team" are the council's leaders)
            continue  # "the senior leadership team": the council's leaders, not a partner
        if head_word == "council" and not any(w in _YOUNG_PEOPLE for w in words) \
                and not (any(_CARE_WITH_A_DIGIT.match(w) for w in words) and not _A_COUNCILS_THINGS_AFTER.match(text, head.end())):
            councils = _councils_styled_after(text, mods, words, head)
            if councils is not None:
                found += councils
                continue
            if not any(w in _PLACE_KINDS for w in words) or council_for(text[mods[0].start() : head.end()]) is not None \
                    or all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words)) \
                    or head.group(2) and "and" in words and mods[0].group(0)[:1].isupper():
                # ("Anyford and Malling and Wyre borough councils": named places the text cannot split, no one body)
                continue  # "visit council offices": not a body; "Anyford City and Wyreshire County councils": places'
                # councils, each read by the councils' finder
            found.append(_Found(_tidy(text[mods[0].start() : head.end()]), "LocalAuthority", "Council",
                                mods[0].start(), head.end()))
            continue  # "the district councils": councils of the area, the council's partners
        titled_teams = head_word == "team" and "and" in words and len(words) >= 3 and all(
            m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words))  # "the six Children and Families teams": a title
        article = _ARTICLE_BEFORE.search(text, max(0, mods[0].start() - 6), mods[0].start()) if not head.group(2) else None
        protection_teams = head_word == "team" and "protection" in words and (
            article is not None and (article.group(0).split()[0].lower() not in ("a", "an")
                                     or text[: article.start()].rstrip().endswith(",") or _LISTED_AFTER.match(text, head.end()))
            or head.group(2) and (_COUNT_BEFORE_TEAMS.search(text, max(0, mods[0].start() - 12), mods[0].start())
                                  or (words[-2:] == ["child", "protection"] or words[-2:] == ["and", "protection"])
                                  and (_THE_OR_A_COUNT_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start())
                                       or words == ["child", "protection"] and _THE_COUNCILS_TEAMS_AND_BEFORE.search(text, max(0, mods[0].start() - 60), mods[0].start())
                                       and not _ANOTHER_PLACE_AFTER.match(text, head.end()))
                                  and not _COMPARED_BEFORE.search(text, max(0, mods[0].start() - 20), mods[0].start())
                                  and not _the_sectors_after(text, head.end())))
        # ("the child protection team", "two family support and child protection teams", "in the child protection teams",
        # "the children in need teams and child protection teams":
        # the council's teams of that work, not "child protection teams" anywhere, nor "the child protection teams in many
        # councils", "than in the child protection teams nationally", "the public protection teams": the police's)
        protection_teams = protection_teams or head_word == "team" and words[:3] in (["children", "and", "families"], ["children", "and", "family"]) \
            and words[3:] in ([], ["practice"]) \
            and _THE_OR_A_COUNT_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start()) is not None \
            and not _the_sectors_after(text, head.end())
        # ("the children and families teams", "three area-based children and families teams": the council's teams by their
        # title; not "the children and families teams in many councils", "… nationally", the sector's)
        if head_word == "team" and head.group(2) and words == ["social", "work"] \
                and (area := _COUNT_AND_AREA_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start())) is not None \
                and not (area.group("the") and _PLACE_PREPOSITION_BEFORE.search(text, max(0, area.start() - 16), area.start())) \
                and not _the_sectors_after(text, head.end()):
            found.append(_Found(_tidy(text[area.start("area") : head.end()]), "Service", "TeamOrService", area.start("area"), head.end()))
            continue  # "four area social work teams", "the locality social work teams": the council's teams by where they work
        titled_service = head_word in ("service", "team") and not head.group(2) and head.group(1).islower() \
            and len([w for w in words if w not in _CONNECTORS]) >= 2 and not any(w.rstrip("s") in PHRASE_HEADS for w in words) \
            and not any(w in ("local", "authority", "council", "county", "borough", "city") for w in words) and all(
                _is_name_word(m, text) or (w in _CONNECTORS and m.group(0).islower()) for m, w in zip(mods, words)) \
            and _THE_BEFORE.search(text, max(0, mods[0].start() - 6), mods[0].start()) is not None \
            and not _department_of_children(text, mods, words, head, capitals_only=True)
        # ("the Family Wellbeing service", "the Early Help and Prevention team": one service by its title in capitals, its
        # kind word in lower case, though its words are the sector's)
        if head_word in ("service", "team") and all(w in PHRASE_SECTOR or w in _CONNECTORS for w in words) and not titled_teams \
                and not protection_teams and not titled_service:
            if _department_of_children(text, mods, words, head, capitals_only=True):
                found.append(_department_found(text, mods, head))  # "Learning and Children's Services has …": the council's
                # department by its name in capitals, the council as a whole
            continue  # "Children's Services", "social work teams": the sector, however written
        if head_word == "service" and head.group(2) and words[-1] in ("health", "well-being", "wellbeing") and all(
                w in PHRASE_SECTOR or w in _CONNECTORS or w in _HEALTH_FIELDS for w in words):
            continue  # "emotional health services", "sexual health services": a field of health care, not one service
        if head_word == "service" and all(w in PHRASE_SECTOR or w in _CONNECTORS or w in _WHOLE_SERVICE for w in words) \
                and not titled_service and not (not head.group(2) and "looked" in words and "after" in words) \
                and not (tuple(words) in _ONE_SERVICES_WORK and not head.group(2)):  # but "the children looked after service", "the
            # looked after children's service"; and one service's work (``_ONE_SERVICES_WORK``)
            continue  # "safeguarding and looked after children services": what the whole council does
        if head_word == "directorate" and (_department_only(text[mods[0].start() : mods[-1].end()])
                                           or len([w for w in words if w not in _CONNECTORS]) < 2):
            continue  # "the Children's Services Directorate": the department its title names, the council's; "the
            # Children's Directorate", "the people directorate": any council's
        named = [_is_name_word(m, text) and w not in PHRASE_SECTOR for m, w in zip(mods, words)]
        serves_people = head_word in ("group", "sub-group", "subgroup", "sub group") and not head.group(2) \
            and (words[-1] in PEOPLE_SERVED or words[-3:] == ["children", "in", "in-care"]
                 or words[-2:] == ["at", "risk"] and len(words) > 2 and words[-3] in PEOPLE_SERVED | {"people", "adolescents"})  # "the young carers group",
        # "the vulnerable children sub-group", "the children in care groups": named by whom it serves
        governs = head_word == "group" and not head.group(2) and words[-1] in _GOVERNANCE_GROUP and (len(
            [w for w in words if w not in _CONNECTORS and w not in _REACH and w != "local"]) >= 2 or words[-1] in _GOVERNING_ALONE
            or len(words) == 1 and (owner := _A_BOARDS_OWN_BEFORE.search(text, max(0, mods[0].start() - 24), mods[0].start())) is not None
            and (words[0] == "scrutiny" or owner.group("owner") and words[0] in _A_BOARDS_GROUP_WORK))
        # ("the permanence oversight group": a standing group; a word of reach says which of two such groups, not what one
        # governs: "an external review group" is one review's, "the local partnership group" any schools' or partners')
        works_on = head_word == "group" and not head.group(2) and any(w in _GROUP_TOPICS for w in words) and (
            len([w for w in words if w not in _CONNECTORS]) >= 2
            or _REACH_BEFORE.search(text, max(0, mods[0].start() - 14), mods[0].start()) is not None) \
            and not _FOR_ONE_CHILD.match(text, head.end()) and not any(w in ("child's", "child’s", "person's", "family's") for w in words)
        # ("the strategic missing group", "the partnership's missing and exploitation group": a standing group on a harm)
        if head.group(1)[:1].isupper() and _is_name_word(head, text) and all(
                _is_name_word(m, text) or m.group(0).lower() in _CONNECTORS or m.start() == 0 and m.group(0)[:1].isupper()
                for m in mods):
            named = [m.group(0).lower() not in _CONNECTORS for m in mods]  # "Family Hubs": a name throughout
        one_scheme = head_word in ("scheme", "programme", "initiative", "project") and not head.group(2) \
            and (head_word != "project" or _OWN_BEFORE.search(text, 0, mods[0].start())) and any(
            w not in PHRASE_SECTOR and w not in _CONNECTORS and w not in PHRASE_SOFT_STOP and w != "pilot" and not _describes(m)
            and not (w.endswith("ed") and w not in ING_NOUNS) for m, w in zip(mods, words)) \
            and (head_word == "scheme" or _for_children(mods, words)) \
            and not _OWNER_NOT_A_BODY.search(text, 0, mods[0].start())  # not "the Duke of Anyshire's award scheme"
        # "the guaranteed interview scheme", "the mentoring programme", "a youth employment initiative":
        # one the council runs for children; not "the training programme", "an audit programme"
        if head_word in NAMED_ONLY_HEADS and not one_scheme and all(
                n is False or council_for(m.group(0)) is not None for m, n in zip(mods, named)):
            continue  # "a training programme", "the London pilot": not a named programme
        if head_word in _SUB_GROUP_HEADS and all(w in _BOARD_WORDS or w in _CONNECTORS for w in words):
            continue  # "the board sub-groups": the board's sub-groups, whichever they are
        titled_department = head_word == "directorate" and not head.group(2) and words[-1].rstrip("s") not in PHRASE_HEADS and all(
            m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words))  # "the Children, Schools and Families
        # directorate": a council's department by its title in capitals, though its words are the sector's (the titles of one
        # word and the children's department's own are refused above)
        if head_word not in _SECTOR_NAMED_HEADS and not serves_people and not titled_teams and not protection_teams \
                and not titled_department and not titled_service and not any(
            n or (w not in PHRASE_SECTOR and w not in _CONNECTORS) for w, n in zip(words, named)
        ):
            continue  # "children's services", "social work teams": the sector, not a body
        capitals = [m for m in mods if _is_name_word(m, text)]
        place = text[capitals[0].start() : capitals[-1].end()] if capitals else ""
        owner = list(itertools.takewhile(lambda mw: mw[1] not in PHRASE_SECTOR and mw[1] not in _CONNECTORS, zip(mods, words)))
        if owner and len(owner) < len(mods) and head_word == "service" and all(w in PHRASE_SECTOR or w in _CONNECTORS for w in words[len(owner) :]) \
                and (council := council_for(text[owner[0][0].start() : owner[-1][0].end()])) is not None \
                and _department_of_children(text, mods[len(owner) :], words[len(owner) :], head):
            department = _department_found(text, mods, head)
            between = text[owner[-1][0].end() : mods[-1].start()]
            if re.fullmatch(r"(?:\s+(?:local|authority|city|county|borough|council|metropolitan|district))*\s+", between, re.IGNORECASE):
                # "Anyshire local authority children's services": the council's name and its department's
                department = dataclasses.replace(department, name=_tidy(f"{text[department.start : owner[-1][0].end()]} {text[mods[-1].start() : head.end()]}"))
            found.append(dataclasses.replace(department, council=council))
            continue  # "Anyshire children's services", "Anyshire Children's Services": one council's department, that council
        if place and head_word in NAMED_ONLY_HEADS and _unquote(text[mods[0].start() : mods[-1].end()]).lower().strip("‘’' ") in NOT_BODY_NAMES:
            continue  # "the Staying Put initiative": an arrangement, not a body
        if place and head_word != "council" and council_for(place) is not None and all(
            n or w in PHRASE_SECTOR or w in _CONNECTORS or w in ("local",) for w, n in zip(words, named)
        ) and not (head.group(1)[:1].isupper() and head_word not in ("service", "directorate", "department")
                   and _name_continued(text, head.end())):
            continue  # "Anyshire and Wyre children's services": the council itself (but "the Wyre Centre for Young People"
            # is a body whose name goes on after its kind word)
        if place and not _COUNCIL_WORDS.sub("", place).strip():
            continue  # "… Metropolitan Borough Council local authority children's services": a title's council
        standing = head_word == "meeting" and any(w in _STANDING_MEETINGS for w in words) and not any(
            w in _ONE_CHILDS_MEETINGS for w in words) and (  # "the early warning meetings": held about many children
            len([w for w in words if w not in _CONNECTORS]) >= 2 or mods[0].group(0)[:1] in "‘'"  # not "missing meetings"; but "the 'gangs' meeting"
        ) and not (head.group(2) and "strategy" in words)  # "exploitation strategy meetings": one child's each
        gathered = _roles_gathered(mods[-1].group(0), text, head.start()) and not (  # "the chairs' forum": those people's standing group
            head_word == "meeting" and head.group(2) and len(mods) == 1) \
            or len(words) >= 2 and words[-1] == "member" and head_word != "meeting"  # "the corporate parenting member group"
        standing = standing or gathered or (
            head_word == "meeting" and not head.group(2) and _FREQUENCY_BEFORE.search(text, max(0, mods[0].start() - 16), mods[0].start()) is not None
            and not any(w in _CASE_MEETINGS or w in PHRASE_SOFT_STOP or w in PHRASE_HEADS or w == "supervision" for w in words)
        )  # "the weekly accommodation meeting": held on a timetable, about many children
        if head_word in MULTI_AGENCY_ONLY and not standing and not any(named) and not any(
            w.startswith("multi") or (head_word == "group" and w in ("strategy", "action", "reference", "parent-reference"))
            for w in words
        ) and not serves_people and not governs and not works_on:  # "the young carers group": named by whom it serves (one group, not "parent groups")
            continue
        if head_word in ("meeting", "conference") and not standing and (all(w in PHRASE_SECTOR for w in words) or not any(
                w.startswith("multi") for w in words)):
            continue  # "'team around the child' meetings": a kind of meeting, not a body
        if head_word in ("meeting", "conference") and _a_teams_or_one_childs_meeting(text, mods, words, bool(head.group(2))):
            continue
        if head_word in ("meeting", "conference") and not standing and any(w in _CASE_MEETINGS for w in words):
            continue  # "multi-agency core group meetings": meetings about one child, not a standing body
        if head_word in ("forum", "panel", "group", "meeting") and all(w in _SCOPE_ONLY for w in words):
            continue  # "a multi-agency forum", "a multi-agency working group": how it is made up, not which
        if head_word == "group" and words[-1] in _PEOPLE_SORTED:
            continue  # "children of each ethnic group", "age groups": a sort of people, not a group that meets
        if head_word == "group" and words[-1] == "core":
            continue  # "the multi-agency core groups", "each Core Group": one child's plan, however capitalised
        if head_word == "service" and head.group(2) and _is_activity(words[0]) \
                and not _ARTICLE_BEFORE.search(text, 0, mods[0].start()):
            continue  # "commissioning (appropriate) services", "spot-purchasing services": an activity
        sector_after_and = head_word == "service" and "and" in words and _only_sector(
            words[len(words) - words[::-1].index("and"):]) and not all(  # "legal and social care services"
            _is_name_word(m, text) for m in mods[len(words) - words[::-1].index("and"):])  # not "… for Adolescents and Children service"
        if sector_after_and and "," in text[mods[0].start() : head.start()] and all(w in _UNIT_FUNCTIONS for w in words):
            sector_after_and = False  # "the safeguarding, quality and practice service": one service's list of functions
        if sector_after_and and (_only_sector(words[: words.index("and")])
                                 or any(w in HEAD_AS_MODIFIER for w in words[: words.index("and")])):
            continue  # "supervision orders and child in need services": orders are no service
        if head_word in ("service", "team") and head.group(2) and words[0] == "specialist" and not any(named):
            continue  # "specialist support services": what a range of services offers, not one a reader lists (a "specialist … team" is one)
        if head_word == "scheme" and [w for w in words if w not in _CONNECTORS and w not in _PLACE_KINDS
                                      and w != "council"] == ["apprenticeship"]:
            continue  # "the council's apprenticeship scheme": an employer's kind of scheme, not a partner (a "care leaver apprenticeship scheme" is one)
        if (re.fullmatch(r"\d{1,2}\+", words[0]) or " to " in words[0]) and not _ARTICLE_BEFORE.search(text, 0, mods[0].start()) \
                and not text[: mods[0].start()].rstrip().endswith(("'s", "’s")):
            continue  # "around 16+ services are offered": how many; "the 16+ service" is the one for those aged 16 and over
        if len(words) == 1 and words[0] in _ORDINALS:
            continue  # "the first hubs opened in May": which of them, not a name
        if head_word in ("centre", "hub") and all(w in _PLACES_IN_TOWN or w in _CONNECTORS for w in words):
            continue  # "town centre neighbourhoods", "the city centre": a place, not a body
        if head_word == "centre" and words[-1] in _PLACES_IN_TOWN:
            continue  # "in Anyford town centre", "Wyre shopping centre": a part of a town
        if head_word == "agency" and not any(named) and "adoption" not in words:
            continue  # "an independent fostering agency": a kind of provider
        if head_word == "association" and not any(named) and "fostering" not in words and "adoption" not in words:
            continue
        if len(mods) > 3 and words[1] == "and" and _a_bodys_short_form(mods[0].group(0)) and mods[2].group(0)[:1].isupper() \
                and _AN_ORGANISATIONS_END.search(text, mods[0].start(), head.end()):
            mods, words, named = mods[2:], words[2:], named[2:]  # "TEWV and Wyre Clinical Commissioning Group": a short form, then
            # an organisation's name (not "the CSE and Missing Group")
        start, end = mods[0].start(), head.end()
        if start and text[start - 1] == "@":
            start -= 1  # "the @wyre team": a brand's sign is its name's
        if (words[0] in ("disabilities", "disability") or words[:2] in (["complex", "needs"], ["additional", "needs"])
                or words[:1] == ["complex"] and words[1:2] in (["health"], ["medical"])) \
                and (served := _PEOPLE_WITH_BEFORE.search(text, max(0, start - 44), start)):
            start = served.start()  # "the children with disabilities service": whom it serves, a term of the trade
        if head.group(1)[:1].isupper() and all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words)):
            end += _name_continued(text, end)  # "British Association for Adoption and Fostering"
            if text[end - 2 : end] in ("'s", "’s") and len(text[start:end].split()) >= 3:
                end -= 2  # "… Adoption and Fostering's chair": the name's possessive
        if head_word in _OF_EXCELLENCE_HEADS and (excellence := _OF_EXCELLENCE.match(text, end)):
            end = excellence.end()  # "the commissioning centre of excellence": a title of the trade, whole
        body_type, kind = PHRASE_HEADS[head_word]
        pieces = [(start, end)]
        conj = next((i for i, w in enumerate(words) if w == "and"), None)
        mixed = _name_and_kind_coordinated(mods, words, named, conj) \
            if head.group(2) and conj is not None and head_word not in NAMED_ONLY_HEADS else None
        one_provider = conj is not None and head.group(1)[:1].isupper() and words[-1] in ("community", "health", "healthcare") \
            and all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words)) \
            and (_names_an_area(text[mods[0].start() : mods[conj - 1].end()].split())
                 or all(w.lower() in _AREA_WORDS for w in text[mods[0].start() : mods[conj - 1].end()].split())
                 and head_word == "service" and any(_a_place_word(w) for w in text[mods[conj + 1].start() : mods[-1].end()].split())) \
            and not re.match(r"\s+each\b", text[head.end() :])  # ("Acute and Community Health Services": two kinds; "… each have": two;
        # "Eastern and Coastal Wyre Community Services": one provider, its area's words first and a place's name after "and"; not
        # "the Urban and Rural Community Health Teams")
        if head.group(2) and conj is not None and any(
                w == "and" and words[i + 1 : i + 2] and words[i + 1] in _IN_GENERAL
                and any(n or m.group(0)[:1].isupper() for m, n in zip(mods[:i], named[:i])) for i, w in enumerate(words)):
            continue  # "Wyre Hope and local housing associations": a name (the other finders'), then a kind in general
            # (or a place's: "YMCA Anyshire and Wyre and local housing associations")
        if head.group(2) and conj is not None and named[conj + 1 : conj + 2] == [True] and named[0] \
                and not _a_pair_of_words(words, conj) and not one_provider \
                and not (_only_sector(words[:conj]) and _only_sector(words[conj + 1 :])):
            # (not "Anyford and Wyre Community Services": one provider's name; not "the Children and Families teams": one title)
            # "the Harbour and New Horizons groups": two named bodies, one head
            pieces = [(start, mods[conj - 1].end()), (mods[conj + 1].start(), end)]
        elif mixed is not None:
            # "the Anyshire Futures and assessment teams": a body's name and a kind, one head
            pieces = [(start, mods[conj - 1].end()), (mods[conj + 1].start(), end)]
        elif (head.group(2) or conj is not None and _BOTH_BEFORE.search(text, max(0, start - 12), start)) \
                and conj is not None and 0 < conj < len(words) - 1 and not any(named) and not _two_works_paired(mods, head_word, True) \
                and not _two_teams_of_the_trade(mods, conj, head_word, bool(head.group(2))) \
                and (words.count("and") == 1 or (
                    _whole_generic(f"{text[start : mods[conj - 1].end()]} {head.group(1)}") is not None)) \
                and (head_word != "service" or _whole_generic(_AGES_FIRST.sub("", f"{text[start : mods[conj - 1].end()]} {head_word}")) is not None
                     and not all(w in PHRASE_SOFT_STOP or w in PHRASE_SECTOR for w in words[conj + 1 :])):
            # "drug and alcohol services" is one service; "adoption and residential services" two,
            # the first a kind of service of its own
            if _describes(mods[conj + 1]) and conj + 2 == len(mods) or all(_describes(m) for m in mods[:conj]):
                continue  # "effective governance and strong partnerships": a description
            # "fostering and adoption panels", "edge of care and complex safeguarding teams": one body each
            pieces = [(start, mods[conj - 1].end()), (mods[conj + 1].start(), end)]
            if any(_only_sector(text[a:b].split()[: -1 if b == end else None]) for a, b in pieces) \
                    or "," in text[start:end] and _front_line_list([w for w in words if w != "and"], head_word) \
                    or conj == len(words) - 2 and words[-1] == "support":
                pieces = [(start, end)]  # "safeguarding and family support teams", "the referral, assessment and intervention
                # teams": one body; so are "the family assessment and support teams": "support" alone is no team's kind
            elif head.group(2):  # "the fostering, adoption and residential services": three, the first before a comma
                listed = _kinds_listed_before(text, start, head.group(0))
                if listed:
                    pieces = [*listed, *pieces]
                    start = listed[0][0]
        if sector_after_and:
            # "legal and social care services": the legal services, and the sector
            pieces = [(start, mods[len(words) - 1 - words[::-1].index("and") - 1].end())]
        elif len(pieces) == 1 and head.group(2) and words.count("and") >= 2 and not any(named):
            ands = [i for i, w in enumerate(words) if w == "and"]
            if len(ands) != 3 or ands[1] - ands[0] < 2 or ands[2] - ands[1] < 2:
                continue  # "the A and B and C sub-groups": which "and" joins two names, the text cannot say
            # "the performance and quality assurance and learning and development sub-groups": two of a pair each
            pieces = [(start, mods[ands[1] - 1].end()), (mods[ands[1] + 1].start(), end)]
        shared = ""  # "the north and central locality teams", "the Northtown and Southtown assessment teams": two places, one kind
        if len(pieces) == 2 and conj == 1 and len(mods) > 3 and (all(m.group(0).islower() for m in mods[3:])
                                                                 or words[0] in _COMPASS and words[2] in _COMPASS) and (
                words[0] in _AREA_WORDS and words[2] in _AREA_WORDS or mods[0].group(0)[:1].isupper() and mods[2].group(0)[:1].isupper()):
            shared = text[mods[3].start() : mods[-1].end()] + " "
        whole = _tidy(_unquote(text[start:end])) if (len(pieces) > 1 or sector_after_and) and (
            not any(named) or mixed is not None or shared or named[0] and conj is not None and all(named[conj + 1 :])) else ""
        for piece_start, piece_end in pieces:
            written = text[piece_start:piece_end]
            if piece_end != end:
                written = f"{written} {shared}{head.group(0) if sector_after_and else head.group(1)}"
            plural_last = ()
            if piece_end == end and len(pieces) > 1 and head.group(2) and not sector_after_and:
                plural_last = (_tidy(_unquote(written)),)  # "… and Southtown assessment teams": one team, named as one
                written = text[piece_start : head.start()] + head.group(1)
            name = _tidy(_unquote(written))
            if re.search(r"(?:^|\s)['‘]|['’](?=\s\w)", name.replace("s' ", "s ")) and not re.search(r"\w['’]\w", name):
                continue  # an unbalanced quote: a piece of a quoted phrase
            if mixed is not None and piece_start == mixed[0] and piece_end == end:
                name = _tidy(_unquote(f"{text[piece_start : mixed[1]]} {head.group(1)}"))  # "the … and Anyshire Futures teams": one team
            if piece_start == 0 and re.match(r"[A-Z][a-z]", name) and name[1:] == name[1:].lower():
                name = name[0].lower() + name[1:]  # "Early help services are …": a sentence's capital
            kind_here = "SubGroup" if kind == "Board" and re.search(r"sub[- ]?group", name, re.I) \
                else _young_peoples_kind(name) if kind == "YouthForum" else kind
            generic = _whole_generic(_AGES_FIRST.sub("", name)) if whole else None
            if generic is not None:  # "edge of care and … teams": the edge of care team is a kind of its own
                name, body_type_here, kind_here = generic.name, generic.body_type, generic.kind
            else:
                body_type_here = body_type
            # "Voice4all" of "the Voice4all and care leaver groups": the name a reader lists it by, without the kind word
            bare = (_tidy(_unquote(text[mixed[0] : mixed[1]])),) if mixed is not None and mixed[0] == piece_start \
                and not _ACRONYM_WORD.fullmatch(text[mixed[0] : mixed[1]]) else ()
            if whole and piece_end != end:
                # the whole list is the first's mention, the rest of it from each other's name on its own
                # ("fostering, adoption and residential services": "adoption and residential services")
                listed = whole if piece_start == start else _tidy(_unquote(text[piece_start:end]))
                found.append(_Found(name, body_type_here, kind_here, piece_start, piece_end, written=written,
                                    aliases=(listed[0].lower() + listed[1:] if piece_start == 0 else listed, *bare),
                                    coordinated=True, key_name=generic.key_name if generic else ""))
                continue
            makeup = _MAKEUP_BEFORE.search(text, max(0, start - 40), start) \
                if len(pieces) == 1 and prefilter.needs(_MAKEUP_BEFORE, text) else None
            if len(pieces) == 1 and generic is None and name.startswith("specialist ") \
                    and not _only_sector(name.split()[1:-1]) and not _describes_only(" ".join(name.split()[1:-1])):
                name = name.removeprefix("specialist ")  # "a specialist connected persons team", as written among its names
            found.append(_Found(name, body_type_here, kind_here, piece_start, piece_end, written=written,
                                key_name=generic.key_name if generic else "",
                                aliases=((_tidy(_unquote(text[makeup.start() : end])),) if makeup else ()) + bare + plural_last
                                + _quoted_alone(mods, pieces)))
    return _non_overlapping([_from_an_inner_title(item) for item in found])


def _from_an_inner_title(item: _Found) -> _Found:
    """A phrase that runs over a heading into a title starts at the title: "Fostering The Fostering
    Service recruited …" names "The Fostering Service"; one over a time, a place or a sentence's word
    before "the" starts after it ("In April the Youth Offending Team …")."""
    before_the = _WORD_THEN_THE.match(item.name)
    if before_the is not None and (_not_a_name_word(before_the.group(1)) or council_for(before_the.group(1)) is not None
                                   or before_the.group(1).isupper()):
        cut = before_the.end()
        return dataclasses.replace(item, name=item.name[cut:], start=item.start + cut,
                                   written=item.written[cut:] if item.written and item.written.startswith(item.name[:cut]) else item.written)
    inner = _THE_INSIDE_RUN.search(item.name) if " The " in item.name else None
    if inner is None or not _a_heading(item.name[: inner.start()]):
        return item  # (not "Break The Cycle Service": a title's own words before its "The")
    written = _THE_INSIDE_RUN.search(item.written) if item.written else None
    return dataclasses.replace(item, name=item.name[inner.start() + 1 :], start=item.start + inner.start() + 1,
                               written=item.written[written.start() + 1 :] if written is not None else item.written)


def _a_heading(words: str) -> bool:
    """Whether capitalised words before a title's "The" are a report's heading run into it ("Fostering")."""
    return all(w.lower() in _HEADING_WORDS for w in words.split())


_WORD_THEN_THE = re.compile(r"([A-Z][\w’'-]*) the (?=[A-Z])")
_KIND_BEFORE_COMMA = re.compile(r"((?:(?<![\w'’-])[A-Z]|[a-z])[\w'’-]*(?: [a-z][\w'’-]*){0,3}), $")


def _is_a_kind(phrase: str) -> bool:
    """Whether ``phrase``, whole, is a generic kind ("duty teams", "fostering services")."""
    return any(f.start == 0 and f.end == len(phrase) for f in _generic_matches(phrase))


def _kinds_listed_before(text: str, start: int, head: str) -> list[tuple[int, int]]:
    """Where each kind of a list before "A and B <head>" is, each a kind with ``head`` ("fostering"
    and "health visiting" of "fostering, health visiting and school nursing services"); the first
    the words of a kind that end the sentence's words before it ("commissions health visiting")."""
    listed: list[tuple[int, int]] = []
    while (item := _KIND_BEFORE_COMMA.search(text, max(0, start - 48), start)) is not None:
        words = item.group(1).split()
        kind = next((n for n in range(len(words), 0, -1) if _is_a_kind(f"{' '.join(words[-n:])} {head}")), 0)
        if not kind:
            break
        item_start = item.end(1) - len(" ".join(words[-kind:]))
        listed.insert(0, (item_start, item.end(1)))
        if kind < len(words):
            break  # a kind after the sentence's words: the list's first
        start = item.start()
    return listed


#: Words for a part of an area that teams are named by: "the north and central locality teams".
_COMPASS = {"north", "south", "east", "west", "central", "midlands"}
_AREA_WORDS = _COMPASS | {"northern", "southern", "eastern", "western", "inner", "outer", "rural", "urban", "mid", "city", "county"}
#: Whom a service for people with a disability serves, before "with": "the children with disabilities service".
_PEOPLE_WITH_BEFORE = re.compile(r"\b(?:children(?:\s+and\s+young\s+people)?|child|young people)\s+with\s+$", re.IGNORECASE)
#: Words that make a "centre" a part of a town: "the town centre", "a shopping centre".
_PLACES_IN_TOWN = {"town", "city", "shopping", "village", "retail", "transport", "travel", "bus", "rail", "railway"}


def _for_children(mods: list[re.Match[str]], words: list[str]) -> bool:
    """Whether a programme's words say what it does with children or families ("mentoring",
    "pre-apprenticeship", "perpetrator"), none of them the council's work on itself ("training",
    "audit", "transformation"), a size or a length ("large-scale", "26-week"), or an owner's."""
    content = [w for m, w in zip(mods, words) if w not in _CONNECTORS and not _describes(m) and w not in PHRASE_SOFT_STOP]
    return bool(content) and not any(
        w in _INTERNAL_WORK and (w != "work" or i == len(content) - 1)  # but "a work preparation programme"
        or any(c.isdigit() for c in w) or w.endswith(("'s", "’s", "al", "scale", "ed")) or w in _DESCRIBING_SIZE
        for i, w in enumerate(content))


#: Words before "programme" that say how big, how long or how good it is, not what it does, and
#: that ``_describes`` does not already drop ("ambitious", "innovative", "short" it does).
_DESCRIBING_SIZE = {"substantial", "major", "large", "small", "forthcoming", "pioneering", "exemplary", "flagship",
                    "groundbreaking", "ground-breaking", "award-winning", "week", "weeks", "day", "days", "month",
                    "months", "year", "years", "hour", "hours"}
#: What a programme is of when it is the council's own work on itself, not one for children: "the
#: training programme", "a quality assurance and audit programme", "the transformation programme".
_INTERNAL_WORK = {
    "training", "work", "audit", "development", "improvement", "improvements", "transformation", "quality", "assurance",
    "performance", "management", "commissioning", "leadership", "recruitment", "retention", "induction", "change",
    "capital", "building", "investment", "support", "learning", "practice", "research", "evaluation", "data", "action",
    "communication", "communications", "engagement", "consultation", "review", "modernisation", "efficiency",
    "savings", "saving", "restructure", "restructuring", "workforce", "staff", "pilot", "annual", "rolling",
    "local", "multi-agency", "council", "authority", "board", "partnership", "board's", "council's", "partnership's",
}
#: "… of excellence" after a head: the trade's title for a centre that leads others in its work.
_OF_EXCELLENCE = re.compile(r"\s+of\s+excellence(?![\w-])", re.IGNORECASE)
_OF_EXCELLENCE_HEADS = {"centre", "hub", "academy", "unit"}
#: "both" before a coordination: two bodies share the singular head ("both the children in care
#: and care leavers council meet").
_BOTH_BEFORE = re.compile(r"(?<![\w-])both\s+(?:the\s+)?$", re.IGNORECASE)
#: Words a phrase's name drops as judgements that also say how a team is made up or for how long
#: it works with a family: a reader writes "the integrated looked after children teams", "the
#: longer-term childcare teams", and so the body keeps that wording among its names.
_MAKEUP_BEFORE = re.compile(r"(?:(?<![\w-])(?:integrated|joint|(?:long|longer|short|shorter)-term)\s+)+$", re.IGNORECASE)


#: Which one of several a word says, not a name: "the first hubs opened", "the First and Second panels".
_ORDINALS = {"first", "second", "third", "last", "next", "latter", "former"}
#: Words a pair of capitalised words names people or a time by, not two bodies ("Mother and Baby units",
#: "Dads and Lads groups", "the March and June panels", "the Old and New boards").
_PAIRED_WORDS = {
    "mother", "mothers", "baby", "babies", "mum", "mums", "tots", "dad", "dads", "lads", "brother", "brothers",
    "sister", "sisters", "parent", "parents", "child", "children", "toddler", "toddlers", "carer", "carers",
    "family", "families", "boys", "girls", "men", "women", "young", "old", "new", *_ORDINALS,
    *(day.lower() for day in _WEEKDAYS), "day", "night", "morning", "evening",
}


def _a_pair_of_words(words: list[str], conj: int) -> bool:
    """Whether the words on either side of "and" are a pair of people, a time or a judgement, not two names."""
    sides = (words[:conj], words[conj + 1 :])
    return any(len(side) == 1 and (side[0].lower() in _PAIRED_WORDS or _A_TIME.fullmatch(side[0])) for side in sides)


def _name_and_kind_coordinated(mods: list[re.Match[str]], words: list[str], named: list[bool],
                               conj: int) -> tuple[int, int] | None:
    """Where the name is, when one side of a phrase's only "and" is a body's name (capitalised
    words or a short form) and the other a kind in lower case, one plural kind word after both:
    "the Anyshire Futures and assessment teams", "the Voice4us and care leaver groups", "the ASH
    and duty teams". None when not so, or when the name is a place's or the other side only the
    sector or a description ("the Anyshire and social work teams")."""
    if words.count("and") != 1 or not 0 < conj < len(words) - 1:
        return None
    left, right = named[:conj], named[conj + 1 :]
    text = mods[0].string
    capitals = [_is_name_word(m, text) for m in mods]

    def names(side: list[bool], side_capitals: list[bool]) -> bool:
        return all(side_capitals) and any(side)  # "Families Forward": a name, though a sector's word starts it

    if names(left, capitals[:conj]) and not any(right):
        name, kind = mods[:conj], mods[conj + 1 :]
    elif names(right, capitals[conj + 1 :]) and not any(left):
        name, kind = mods[conj + 1 :], mods[:conj]
    else:
        return None
    written = text[name[0].start() : name[-1].end()]
    if any(m.group(0).lower() in _CONNECTORS for m in name) or council_for(written) is not None \
            or police_force_for(written) is not None or _POSSESSIVE.search(written):
        return None
    kind_words = [m.group(0).lower() for m in kind]
    if any(m.group(0)[:1].isupper() for m in kind):
        return None  # "Drug and Alcohol services": a sentence's capital, not a name and a kind
    if _only_sector(kind_words) or all(_describes(m) or w in _CONNECTORS or w in PHRASE_SOFT_STOP
                                       for m, w in zip(kind, kind_words)):
        return None
    return name[0].start(), name[-1].end()


#: Words that follow a kind word as a compound's noun ("the service offer") but as the verb after a
#: plural ("the early help units offer …", "the locality teams lead on …").
_VERBS_AFTER_PLURAL = {"offer", "lead", "review", "report", "challenge", "audit", "design", "redesign", "structure", "head", "chair"}
#: The national programmes' names in lower case: "partners such as Prevent" names a programme, not a partner.
_PROGRAMME_NAMES = frozenset(k.name.lower() for k in PROGRAMMES)
#: Words that make a plural kind one in general, not one more body's name: "local housing associations".
_IN_GENERAL = {"local", "other", "various", "several", "many", "some"}
#: An age or an age range a team is named by: "16", "0-25", "16+", "0–19".
_AGE_RANGE = re.compile(r"\d{1,2}(?:(?:[-–]| to )\d{1,2})?\+?")
#: The ages a service is for, before its kind: "the 0–19 health visiting and school nursing services".
_AGES_FIRST = re.compile(rf"^{_AGE_RANGE.pattern}s? ")


def _quoted_alone(mods: list[re.Match[str]], pieces: list[tuple[int, int]]) -> tuple[str, ...]:
    """A name in quotes alone before the kind word ("the 'Wyre-U' service"): the body is known by it alone too."""
    word = mods[0].group(0) if len(mods) == 1 and len(pieces) == 1 else ""
    inner = word[1:-1]
    # only a name no sentence writes in lower case (a word's capitals, a digit or a sign): not "'Enjoy'", which "enjoy" would find
    titled = " " in inner and sum(w[:1].isupper() or w.isdigit() for w in inner.split()) >= 2  # "the 'Enough is Enough' initiative"
    return (inner,) if len(inner) > 2 and word[:1] in "‘'" and word[-1:] in "’'" and inner[:1].isupper() \
        and (" " not in inner and re.search(r"[A-Za-z][A-Z]|\d|[-&@+]", inner) or titled) else ()


def _whole_generic(phrase: str) -> _Found | None:
    """The generic kind with a name of its own that ``phrase`` is, whole ("adoption service"), or
    None (none, or one named as written: "early help service")."""
    return next((f for f in _generic_matches(phrase) if f.start == 0 and f.end == len(phrase) and f.key_name), None)


_FOLLOWING_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
#: What a standing meeting of partners is held for, as the words before "meeting" say it ("the
#: early warning meetings", "placement allocation meetings", "the exploitation tasking meeting"):
#: a meeting that recurs about many children, which a reader lists as a body, unlike one child's.
_STANDING_MEETINGS = {
    "missing", "exploitation", "assurance", "risk", "allocation", "allocations", "tasking", "gangs", "gang",
    "warning", "decision-making", "decision-makers'", "decision-makers", "stability", "impact", "oversight",
    "tracking", "sufficiency", "resource", "resources", "vulnerability", "vulnerable", "contextual",
    "radicalisation", "trafficking",
}
#: Meetings about one child's case: events, not standing bodies, however multi-agency.
_CASE_MEETINGS = {"core", "strategy", "review", "reviews", "planning", "professionals", "professionals'", "network",
                  "case", "transfer", "discharge"}
#: One child's meetings even where a standing meeting's word comes before: "the risk core group meeting"
#: (a strategy, review or network meeting after such a word is a standing one's: "the exploitation
#: strategy meeting").
_ONE_CHILDS_MEETINGS = _CASE_MEETINGS - {"strategy", "review", "reviews", "network"}
#: Words in -ing that name a field of service ("fostering services"), not an activity done to
#: services ("commissioning services", "spot-purchasing services").
_FIELD_ING = set(ING_NOUNS) - {"commissioning", "planning", "funding", "monitoring", "sharing", "supporting",
                               "working", "thinking", "reporting", "building", "steering", "matching"}


def _is_activity(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    return len(last) > 4 and last.endswith("ing") and word not in _FIELD_ING and last not in _FIELD_ING


#: A capitalised name running on after its kind word through "for"/"of" and capitalised words:
#: "British Association for Adoption and Fostering", "Commission for Social Care Inspection", "the Wyre Team for
#: Children with Disabilities".
_NAME_CONTINUED = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|for|in|the|with|at)\s+)?[A-Z][\w'’-]*)*"
)
#: The rest of a list of whom a name's body serves, after its first item: ", Young People and Families".
_PEOPLE_LISTED_AFTER = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\b")
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTHS = re.compile(rf"\b{_MONTH_NAMES}\b")
#: A time, not a name: a month, a year, a season, a holiday, the pandemic.
_A_TIME = re.compile(rf"(?:(?:early|late|mid)[- ])?(?:{_MONTH_NAMES}|\d{{4}}|Easter|Christmas|Whitsun|Spring|Summer|Autumn|Winter|Covid(?:-19)?)",
                     re.IGNORECASE)


#: A season's word then a building's: "Spring Lodge", "Summer House" are places' names, not times.
_SEASON_THEN_PLACE = re.compile(r"(?:Spring|Summer|Autumn|Winter)\s+(?:Lodge|House|Court|Centre|View|Grove|Gardens?|Place|Hill|Cottage)")


def _holds_a_time(name: str) -> bool:
    """Whether a name holds a time ("September", "After Covid", "Summer 2022"), not a number that
    is no year ("1625 Wyre People")."""
    return any(not time.group(0).isdigit() or time.group(0).startswith(("19", "20")) for time in _A_TIME.finditer(name))


def _name_continued(text: str, position: int) -> int:
    """How far a capitalised name goes on after its kind word: 0 when it stops there, or when
    what follows is a place ("the Safeguarding Board for Anyshire") or a date; through a list of
    whom it serves ("the Wyre Partnership for Children, Young People and Families")."""
    match = _NAME_CONTINUED.match(text, position)
    if match is None:
        return 0
    rest = re.sub(r"^\s+(?:for|of)\s+(?:the\s+)?", "", match.group(0))
    if council_for(rest) is not None or _MONTHS.search(rest) or rest.split()[0] in ("England", "Wales", "Children's"):
        return 0
    served = _PEOPLE_LISTED_AFTER.match(text, match.end())
    if served is not None and all(w.lower() in PEOPLE_SERVED or w.lower() in ("young", "people", "adults")
                                  for w in re.findall(r"[A-Za-z'’]+", served.group(0)) if w != "and"):
        return served.end() - position  # "the Wyre Partnership for Children, Young People and Families": whom it serves, listed
    return match.end() - position

_FOLLOWING_HEAD = re.compile(r"\s+(?:and|or)\s+([a-z][a-z-]*)\s+([a-z][a-z'’-]*)")
#: Heads whose sector-only phrase still names one body: "a social work academy", "children's centres".
_SUB_GROUP_HEADS = {"sub-group", "subgroup", "sub group", "sub-committee"}
#: Words naming a board itself or any of its sub-groups, not what one works on: "the board sub-groups", "a local subgroup".
_BOARD_WORDS = {"board", "board's", "partnership", "partnership's", "lscb", "lscp", "scp", "committee", "main", "safeguarding",
                "local", "new", "other", "several", "various", "existing", "relevant", "dedicated", "specific"}
_SECTOR_NAMED_HEADS = {"academy", "centre", "hub", "unit", "panel", "forum", "committee", "scrutiny commission", *_SUB_GROUP_HEADS}  # "the children and families committee"
#: Words that make a "… council" a council of young people ("children in care council").
_YOUNG_PEOPLE = {"youth", "young", "children", "children's", "care", "care-experienced", "leavers", "school",
                 "schools", "pupil", "pupils", "student", "students", "people's", "experienced", "people"}
#: A children in care council's own word, care run into a digit: "the Care4us council", as the proper names' finder reads
#: "the Care4us Council".
_CARE_DIGIT = r"care\d"
_CARE_WITH_A_DIGIT = re.compile(_CARE_DIGIT)
#: A young people's word in a council's capitalised name: "the Anyshire Children in Care Council", "Anyshire Youth Council",
#: "the Care4us Council" (as ``_CARE_WITH_A_DIGIT`` is read in lower case).
_YOUNG_PEOPLES_COUNCIL_WORD = re.compile(rf"\b(?:children\b|care\b|{_CARE_DIGIT}|youth\b|young\b)", re.IGNORECASE)
#: A council's own things after "council", which make it the local authority's: "council tax", "council apprenticeships".
_A_COUNCILS_THINGS_AFTER = re.compile(r"\s+(?:tax|apprenticeships?|housing|homes|tenanc(?:y|ies)|flats|properties|jobs|offices|estates?|"
                                      r"buildings|staff|employees|services|departments?)\b")
#: Words of a party, a field or a region before "councils", not a council's place ("Labour and Conservative district councils").
_NOT_A_PLACE = {"labour", "conservative", "liberal", "green", "independent", "housing", "planning", "both", "all", "greater",
                "merseyside", "sussex", "surrey", "pennine", "london", "metropolitan", "shire", "urban", "rural"}
#: The styles of a council written in lower case before a plural "councils": "borough", "district" …
_COUNCIL_STYLE_WORDS = {"borough", "district", "city", "county", "metropolitan"}
#: Words that make a "… councils" other councils of the area ("district councils").
_PLACE_KINDS = {"district", "districts", "parish", "town", "county", "borough", "city", "neighbouring",
                "unitary", "local"}
_POSSESSIVE = re.compile(r"['’]s$")
#: Words before "group" that sort people, not gather them: "ethnic group", "age group", "sibling group".
_PEOPLE_SORTED = {"ethnic", "age", "sibling", "peer", "minority", "income"}
#: Words that say only who makes a group up: with them alone its head names no one group.
_SCOPE_ONLY = {"multi-agency", "multiagency", "multi-disciplinary", "multidisciplinary", "inter-agency", "working", "and"}
#: Fields of health care: services named by one and the sector's words are the field, in the plural.
_HEALTH_FIELDS = {"emotional", "sexual", "mainstream", "physical", "oral", "reproductive"}
#: With the sector's words, what the council's children's services as a whole do.
_WHOLE_SERVICE = {"safeguarding", "looked", "after", "protection", "statutory"}
#: "the …", "the board's …": one project a report knows by what it does ("the young carers project";
#: "a theatre project" is only a kind).
_AN_OWNER = r"(?:\bthe|['’]s)\s+"
#: What comes before a scrutiny commission named by its kind alone: "the", a possessive, "overview and".
_BARE_SCRUTINY_BEFORE = re.compile(_AN_OWNER + r"((?:overview\s+and\s+)?)$", re.IGNORECASE)
_OWN_BEFORE = re.compile(_AN_OWNER + "$", re.IGNORECASE)
#: A person whose possessive says whose a body is: "the principal social worker's practice forums".
_ONE_PERSON = {"worker", "nurse", "doctor", "adviser", "advisor", "coordinator", "co-ordinator", "mayor"}
#: Bodies whose possessive says whose a body is: "the board's … group", "the council's … team", "the
#: Government's … programme" (the owner a body of its own, or none a report names).
_WHOSE = {"board", "partnership", "council", "authority", "lscb", "trust", "service", "panel", "county", "borough", "city",
          "government", "department", "ministry", "office", "agency", "force", "police", "constabulary", "hospital",
          "charity", "provider", "company", "icb", "ccg", "team", "hub", "town", "area", "region", "district", "locality",
          "island", "islands"}  # ("the island's specialist domestic abuse service": the Isle of Wight's, as "the county's")
#: A possessive before a programme whose owner is no body ("the Duke of Anyshire's award scheme"),
#: unlike "the corporate parenting board's mentoring programme".
_OWNER_NOT_A_BODY = re.compile(r"(?<![\w'’-])(?!(?:" + "|".join(sorted(_WHOSE)) + r")['’]s\s*$)[\w-]+['’]s\s*$", re.IGNORECASE)


def _describes(token: re.Match[str]) -> bool:
    """A word in lower case (or a sentence's first) that only says what something is like:
    "clear", "valuable", "child-focused", "consistent" (not "independent", "parent", "fostering",
    nor "quality" in "quality assurance")."""
    word = token.group(0).strip("‘’'")
    if not word[:1].islower() and _is_name_word(token, token.string):
        return False
    word = word.lower()
    if word == "caring" and re.search(r"\b(?:a|an|and|very|more|most|so|(?!family|early)\w{2,}ly)\s+$",
                                      token.string[max(0, token.start() - 16) : token.start()], re.IGNORECASE):
        return True  # "a caring service", "a caring and consistent service" (but "the caring dads programme", "the kinship caring team")
    if word in PHRASE_SECTOR or word in DESCRIBING_NOUNS or word in ING_NOUNS or word in _CONNECTORS:
        return False
    term = _TERM_AFTER.get(word)
    if term is not None and term.match(token.string, token.end()):
        return False  # "quality assurance", "short breaks": terms of the trade
    owned_term = _TERM_AFTER_AN_OWNER.get(word)
    if owned_term is not None and (term_match := owned_term.match(token.string, token.end())) \
            and _OWN_BEFORE_A_WORD.search(token.string, max(0, token.start() - 30), token.start()) \
            and (term_match.group(0).split()[-1].lower() not in ("team", "service")
                 or not _ANOTHERS_OWN_BEFORE.search(token.string, max(0, token.start() - 40), token.start())
                 and not _A_CLAUSES_SUBJECT_AFTER.match(token.string, term_match.end())):
        return False  # "the therapeutic social work team" (but "a therapeutic social work service" only describes); the bare
        # kind as one body of the council's: "the council's therapeutic team", "the dedicated therapeutic service" (not
        # "the therapeutic service they need", which any child might get, nor "the trust's therapeutic service")
    if word.endswith("ing") and word in DESCRIBING and _verb_with_its_object(token):
        return False  # "the improving outcomes select committee": what the body does, its name
    return word in DESCRIBING or DESCRIBING_ENDING.fullmatch(word) is not None


#: A plural noun in lower case, right after a word: an -ing word's object ("improving lives").
_PLURAL_OBJECT = re.compile(r"\s+([a-z]{3,}[^s\W]s)(?![\w'’-])")


#: Plural nouns of how much: after an -ing word they are what grows or falls ("growing numbers",
#: "rising levels"), a description, not the object of a body's work.
_AMOUNTS = {"numbers", "levels", "rates", "volumes", "amounts", "proportions", "totals"}


def _verb_with_its_object(token: re.Match[str]) -> bool:
    """An -ing word followed by a plural noun that is neither the sector's, a kind word nor an
    amount: a verb with its object, which names a body's work ("the improving outcomes board";
    not "a growing numbers panel")."""
    following = _PLURAL_OBJECT.match(token.string, token.end())
    if following is None:
        return False
    noun = following.group(1)
    return noun not in PHRASE_SECTOR and noun not in _AMOUNTS and noun[:-1] not in PHRASE_HEADS \
        and noun[:-2] not in PHRASE_HEADS


#: Describing words that start a term of the trade with the word after them.
_TERM_AFTER = {
    "quality": re.compile(r"\s+(?:assurance|improvement|standards|and\s+(?:performance|effectiveness|reviewing|review|audit"
                          r"|improvement|assurance|standards|outcomes))\b", re.IGNORECASE),  # "the quality and reviewing unit"
    "short": re.compile(r"\s+breaks?\b", re.IGNORECASE),
    "systemic": re.compile(r"\s+(?:family\s+)?therapy\b", re.IGNORECASE),  # "the systemic family therapy team"
    "serious": re.compile(r"\s+(?:(?:case|incident)\s+reviews?|youth\s+violence)\b", re.IGNORECASE),  # "the serious case review sub-group"
    "fair": re.compile(r"\s+access\b", re.IGNORECASE),  # "the fair access panel": schools' places
    # "the therapeutic fostering support team", "an in-house therapeutic looked after children team": a way of the work
    # (not "a therapeutic service", "a therapeutic social work service", "a therapeutic residential service", which
    # only describe)
    "therapeutic": re.compile(r"\s+(?:fostering|parenting|emotional|intervention|looked\s+after|life\s+story)\b",
                              re.IGNORECASE),
}
#: Terms of the trade a describing word makes only after "the" or an owner (``_OWN_BEFORE_A_WORD``), beside those it
#: makes after any word (``_TERM_AFTER``): "the therapeutic social work team" is a team's own work, "a therapeutic social
#: work service" a description.
_TERM_AFTER_AN_OWNER = {
    "therapeutic": re.compile(r"\s+(?:social\s+work|residential|support|team|service)\b", re.IGNORECASE),  # ("the therapeutic support
    # team", "the council's therapeutic team", "the therapeutic service for children in care"; not "a therapeutic service")
}
#: Another body as owner before a kind the council has too: "the trust's …", "the adoption agency's own …".
_ANOTHERS_OWN_BEFORE = re.compile(r"\b(?:trust|agency|school|provider|hospital|charity|homes|home|college)['’]s?\s+(?:own\s+|in-house\s+)?$",
                                  re.IGNORECASE)
#: A clause's subject right after a kind: "the therapeutic service they need" is any service, not one body.
_A_CLAUSES_SUBJECT_AFTER = re.compile(r"\s+(?:they|he|she|children|families|carers|parents)\s+(?:need|needs|require|requires|want|wants)\b",
                                      re.IGNORECASE)
#: "The", or an owner, then at most one more word: "the therapeutic …", "the council's in-house therapeutic …".
_OWN_BEFORE_A_WORD = re.compile(_AN_OWNER + r"(?:[\w-]+\s+)?$", re.IGNORECASE)


_HEAD_RIGHT_AFTER = re.compile(r"\s*" + _PHRASE_HEAD.pattern, re.IGNORECASE)


def _FOLLOWING_WORD_IN(text: str, position: int, words: set[str]) -> bool:
    following = _FOLLOWING_WORD.match(text, position)
    return following is not None and following.group(1) in words


def _describes_only(text: str) -> bool:
    tokens = [t for t in _PHRASE_TOKEN.finditer(text) if t.group(0)[:1].isalnum()]
    return all(_describes(t) or t.group(0).lower() in _CONNECTORS or t.group(0).lower() in PHRASE_STOP for t in tokens)


def _only_sector(words: list[str]) -> bool:
    lowered = [w.lower() for w in words]
    if any(lowered[i] == "in" and lowered[i - 1] in ("children", "child") and lowered[i + 1] == "care"
           for i in range(1, len(lowered) - 1)):
        return False  # "children in care": a term of the trade, as "looked after children" is
    return all(w.lower().strip("‘’'") in PHRASE_SECTOR or w.lower() in _CONNECTORS for w in words)


def _after_possessive_place(mods: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """"Anyshire's services", "Anyshire County Council's services": the words after the council's
    possessive, which is whose the body is, not part of its name."""
    for i in range(len(mods) - 1, -1, -1):
        word = mods[i].group(0)
        if not _POSSESSIVE.search(word):
            continue
        whose = word[:-2]
        if whose.lower() in _WHOSE or whose.lower() in _ONE_PERSON or _is_post(whose):  # "the Board's Strategic Planning Group", "the principal social worker's forums"
            rest = mods[i + 1 :]
            while rest and rest[0].group(0).lower() in _CONNECTORS:
                rest = rest[1:]
            return rest
        if word[:1].isupper() and word.lower() in PEOPLE_SERVED:
            # "the Children's help and advice service": whom it serves, not whose it is; a
            # connector before it ends another phrase ("investment in Children's Services")
            return mods[i:] if i and mods[i - 1].group(0).lower() in _CONNECTORS else mods
        if not word[:1].isupper():
            continue
        generic_rest = all(not m.group(0)[:1].isupper() for m in mods[i + 1 :])  # "Anyshire's legal team", "Wyre's 0–19 service"
        for j in range(i + 1):
            owner = text[mods[j].start() : mods[i].end() - 2]
            if generic_rest or council_for(owner) is not None or _NATIONAL_WHOLE.fullmatch(owner) \
                    or j == i and re.fullmatch(r"[A-Z]{2,8}", owner):
                # (and "the NSPCC's 'Speak Out Stay Safe' programme": a national body's programme, named apart; "the
                # WSCB's CSE and missing sub-group": a body's short form, whose the sub-group is)
                rest = mods[i + 1 :]
                while rest and rest[0].group(0).lower() in _CONNECTORS:
                    rest = rest[1:]
                return rest
    return mods


def _is_name_word(token: re.Match[str], text: str) -> bool:
    """A capitalised or quoted word inside a sentence: part of a name ("Family Hubs")."""
    word = token.group(0)
    if word[:1] in "‘'":
        return True
    if not word[:1].isupper() or word.lower() in ("and", "of", "the"):
        return False
    before = text[: token.start()].rstrip()
    if bool(before) and not before.endswith((".", ":", "•", "?", "!")):
        return True
    # a sentence's first word is a name's where the next word has a capital too ("Shared Lives team
    # …", "Partners include: Turning Point team"), unless it opens sentences ("Meanwhile Anyshire …")
    return _CAPITAL_NEXT.match(text, token.end()) is not None and not _opens_sentence(word) \
        and word.lower() not in LEADING_NON_NAME


#: A capitalised word (not a lone capital, not an acronym) right after a word.
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]")
_WORD_START = re.compile(r"[‘'A-Za-z0-9]")


def _children_looked_after(tokens: list[re.Match[str]], token: re.Match[str], mods: list[re.Match[str]]) -> bool:
    """Whether ``token`` is the "after" or "looked" of "children looked after" right before a head."""
    at = tokens.index(token)
    words = [t.group(0).lower() for t in tokens[max(0, at - 2) : at + 1]]
    if words[-1] == "after":
        return not mods and words[-3:-1] in (["children", "looked"], ["child", "looked"])
    return bool(mods) and mods[0].group(0).lower() == "after" and words[-2:-1] in (["children"], ["child"])


#: The steps of the front line's work that one kind of team is named by, listed: "the contact, referral and assessment
#: teams", "the referral, assessment and intervention teams".
_FRONT_DOOR_STEPS = frozenset({"contact", "referral", "referrals", "assessment", "intervention", "duty", "intake", "response", "advice"})
_FRONT_LINE_WORK = _FRONT_DOOR_STEPS | {"safeguarding", "support", "protection", "planning"}


def _front_line_list(listed: list[str], head_word: str) -> bool:
    """Whether a list before plural teams names the steps of the front line's work, one of them the front door's: teams
    of one kind ("the referral, assessment and intervention teams"), not several ("the safeguarding, support and
    protection services", the sector's)."""
    return head_word.lower() == "team" and all(w in _FRONT_LINE_WORK for w in listed) and any(w in _FRONT_DOOR_STEPS for w in listed)


def _lower_list_before_one(tokens: list[re.Match[str]], comma: re.Match[str], mods: list[re.Match[str]], text: str, position: int) -> bool:
    """Whether a comma is inside one body's list of what it does: "the contact, referral and assessment
    team", "the board's missing, sexually exploited and trafficked sub-group" (words and commas, then
    "A and B" before one singular head, an article or a possessive before it all); not "the police,
    health and youth offending team" or "fostering, adoption and residential services". A board's list
    may hold the sector's words and, after its first, the words of its work ("the vulnerable, exploited,
    missing and trafficked panel", "the board's learning, review and development sub-group"); a team's not."""
    head = _PHRASE_HEAD.match(text, position)
    at = tokens.index(comma)
    words = [m.group(0) for m in mods]
    # a unit's list of its functions: "the safeguarding, review and quality assurance service" (ending in the two words
    # of one), "the safeguarding, quality and practice service" (each word one of them)
    last = 3 if words[-3:] == ["and", "quality", "assurance"] else 2
    functions = last == 3 or len(words) == 3 and all(w in _UNIT_FUNCTIONS for w in (tokens[at - 1].group(0), words[0], words[2]))
    if head is None or at < 2 or len(words) <= last or words[-last] != "and" or "and" in words[:-last]:
        return False
    listed = [tokens[at - 1].group(0), *words[:-last], words[-1]]
    before = at - 2
    while before >= 1 and tokens[before].group(0) == "," and len(listed) < 8:
        listed.insert(0, tokens[before - 1].group(0))  # "the vulnerable, exploited, missing and …": more of the list
        before -= 2
    front_line = bool(head.group(2))
    if front_line and not _front_line_list(listed, head.group(1)):
        return False  # (plural, several kinds of team: "fostering, adoption and residential services"; but "the referral,
        # assessment and intervention teams" are teams of one kind, named by the steps of the work they all do)
    a_board = _a_boards_head(head) or head.group(1).lower() in _FOR_WHOM_HEADS and all(
        w.lower() in _AT_RISK for w in listed)  # "the missing, exploited and trafficked hub (MET hub)": whom it is for
    if a_board and listed[0] in _AT_RISK:
        qualifiers = 0
        while before >= 0 and qualifiers < 4 and tokens[before].group(0) in _A_HARMS_QUALIFIERS:
            before, qualifiers = before - 1, qualifiers + 1  # "the multi-agency child sexual exploitation, trafficking and missing
            # sub-group": the first of a board's harms named in more words than one
    if before >= 1 and tokens[before].group(0).lower() in _HOW_OFTEN_IT_MEETS:
        before -= 1  # "the monthly missing, exploited and trafficked panel": how often it meets, then whom it is for
    opener = tokens[before].group(0) if before >= 0 else ""
    if opener.lower() not in (*_DETERMINERS, "our") and not opener.endswith(("'s", "’s")) and not (a_board and opener == "("):
        return False  # (a board's list may open a bracket: "the MET group (missing, exploited and trafficked group)")
    return all((w.islower() and w.replace("-", "").isalpha() or a_board and re.fullmatch(r"[A-Z]{2,5}", w))  # "its CSE, missing and …"
               and w not in PHRASE_BREAK and w not in PHRASE_ROLES and w not in PHRASE_STOP
               and (a_board or functions or front_line or w not in PHRASE_SECTOR) and w not in _LIST_ORDINALS
               and (w not in PHRASE_SOFT_STOP or a_board and i > 0 and w not in DESCRIBING or functions and w in _UNIT_FUNCTIONS or front_line)
               and (not functions or w in _UNIT_FUNCTIONS or w in ING_NOUNS)  # (not "the carers, leaders and …")
               and (w in _AT_RISK or functions and w in _UNIT_FUNCTIONS
                    or not (w in DESCRIBING or w.endswith(("ed", "ly")) or DESCRIBING_ENDING.fullmatch(w)))
               for i, w in enumerate(listed))  # (not "a focused, committed and effective panel")


#: Functions a council lists in one unit's name besides a sub-group's works (``_SUBGROUP_WORK``), with quality assurance or
#: with the support it gives: "the safeguarding, standards and quality assurance unit", "the commissioning, contracts and
#: quality assurance team", "the safeguarding, assessment and support team".
_FUNCTIONS_BESIDE_ASSURANCE = {"standards", "contracts", "complaints", "compliance", "resources", "information", "data", "business",
                               "inspection", "assessment", "support", "intervention"}

#: Kind words besides a board's that a list of whom a body is for may name: "the missing, exploited and
#: trafficked hub", "the council's missing and exploited team".
_FOR_WHOM_HEADS = ("hub", "team", "unit")


#: Whom a council's scrutiny body is for, listed after "children,": "the children, schools and families scrutiny committee".
_WHOM_AFTER_CHILDREN = {"young", "people", "schools", "education", "families", "learning", "skills", "adults", "health", "and"}


def _whom_a_scrutiny_serves(mods: list[re.Match[str]], position: int, text: str, opener: str | None = None) -> bool:
    """Whether the words after "children," and before a head (``mods``) say whom one body is for: "young people and
    families" before any head, or a list of the council's fields before a board's ("schools and families scrutiny
    committee"; not "the police, health and youth offending team"), where the word before "children" (``opener``, when
    given) opens a name: an article, "our" or an owner's ("the council's children, schools and families committee")."""
    words = [m.group(0) for m in mods]
    if [w.lower() for w in words[:3]] == ["young", "people", "and"]:
        return True
    if opener is not None and opener not in (*_DETERMINERS, "our") and not opener.endswith(("'s", "’s")):
        return False
    head = _PHRASE_HEAD.match(text, position)
    return head is not None and _a_boards_head(head) and "and" in words[:-1] and len(words) <= 5 and all(
        w.islower() and w in _WHOM_AFTER_CHILDREN for w in words[: words.index("and") + 2])


def _a_boards_head(head: re.Match[str]) -> bool:
    """Whether a head ``_PHRASE_HEAD`` matched is a board's, a panel's or a group's kind word."""
    return PHRASE_HEADS.get(_singular_head(head.group(1).lower()), ("",))[0] == "Board"


def _in_a_boards_list(tokens: list[re.Match[str]], token: re.Match[str], text: str, position: int) -> bool:
    """Whether a word in -ed, -ing or -ly is an item of a list in lower case that names a board, a
    panel or a group by whom it is for ("the missing, sexually exploited and trafficked sub-group"): a
    comma and "and" near it, the head a board's in the singular."""
    if token.group(0).lower() not in _AT_RISK:
        return False  # (not "a strengthened, restructured and refocused group": how it is, not whom it is for)
    head = _PHRASE_HEAD.match(text, position)
    index = tokens.index(token)
    between = 1 if index >= 3 and tokens[index - 1].group(0).lower() in _AT_RISK and tokens[index - 1].group(0).endswith("ly") else 0
    paired = index >= 2 + between and tokens[index - 1 - between].group(0) == "and" \
        and tokens[index - 2 - between].group(0).lower() in _AT_RISK  # ("the missing and sexually exploited children panel")
    near = [tokens[i].group(0) for i in range(max(0, index - 4), min(len(tokens), index + 4)) if i != index]
    if head is None or head.group(2) or not (_a_boards_head(head) or head.group(1).lower() in _FOR_WHOM_HEADS):
        return False  # (a team too, by two or more of whom it is for: "the council's missing and exploited team", "the missing,
        # exploited and trafficked hub")
    return "and" in near and ("," in near or paired)  # a list of three or more, or two of whom it is for ("the missing and
    # exploited sub-group"; not "a lively and engaging forum")


#: Words in -ed, -ing or -ly that say whom a board, a panel or a group is for: children missing,
#: exploited, trafficked or at risk ("the missing, sexually exploited and trafficked sub-group").
_AT_RISK = {"missing", "exploited", "exploitation", "trafficked", "trafficking", "sexually", "criminally", "abused", "harmed",
            "radicalised", "offending", "neglected", "vulnerable", "runaway", "absent", "homeless"}
#: How often a board or a panel meets, said between its article and its name: "the monthly missing, exploited and
#: trafficked panel".
_HOW_OFTEN_IT_MEETS = {"daily", "weekly", "fortnightly", "monthly", "bi-monthly", "quarterly", "six-weekly", "annual"}
#: Words that name a harm more closely before its word in ``_AT_RISK``: "child sexual exploitation", "multi-agency criminal exploitation".
_A_HARMS_QUALIFIERS = {"child", "sexual", "criminal", "multi-agency", "contextual", "online", "extra-familial"}


_LIST_ORDINALS = _ORDINALS | {"fourth", "fifth", "sixth", "final"}


#: A standing group's kind word after "member": "the corporate parenting member group", "… members' panel".
_MEMBERS_GROUP_HEAD = re.compile(r"(?:group|panel|board|forum|committee|sub-?group)s?\b", re.IGNORECASE)
#: Words before "member" that make it a person: "a member", "the lead member", "each member".
_NOT_A_MEMBERS_TOPIC = {"a", "an", "the", "lead", "each", "every", "one", "any", "other", "board", "panel", "group", "committee",
                        "council", "its", "their", "his", "her", "staff", "family", "team", "cabinet", "portfolio", "executive"}


def _missing_as_a_term(tokens: list[re.Match[str]], token: re.Match[str], services: bool) -> bool:
    """Whether "missing from care|education" before ``token`` ("from") is a term of the trade in a name ("the
    council's (children) missing from care panel"), not a clause ("when children go missing from care services …",
    "children reported missing from …"); before "services", a clause's object more often than a kind, only after an
    article or an owner ("for all children missing from care services")."""
    before, before_that = _word_before(tokens, token, 2), _word_before(tokens, token, 3)
    people = before in ("children", "child", "people", "pupils")
    if before in _GO_MISSING or people and before_that in _GO_MISSING:
        return False
    return not services or _an_owner(before) or before in ("children", "child") and _an_owner(before_that)


def _an_owner(word: str) -> bool:
    """Whether a word before a name is an article or an owner's ("the", "its", "the council's")."""
    return word in ("the", "its", "their", "our") or word.endswith(("'s", "’s"))


#: Words before "missing" that make it a clause's verb: "children go missing from care …", "reported missing from …",
#: "young people missing from care services are offered …" (a sentence's start, "", too).
_GO_MISSING = {"go", "goes", "went", "gone", "going", "are", "is", "was", "were", "be", "been", "being", "who", "had", "have", "has",
               "run", "runs", "ran", "often", "regularly", "frequently", "repeatedly", "become", "becomes", "when", "if", "reported",
               "recorded", "as", "not", "young", "", "."}




#: One team or service at a phrase's head: "… service", "… team" (not "… teams").
_ONE_HEAD_AT = re.compile(r"(?:service|team)\b")


def _modifiers_before(text: str, position: int) -> list[re.Match[str]]:
    """The words before a head that belong to its name, nearest last."""
    # (a name reaches back a few words, never hundreds of characters: the words are read from a window
    # before the head, so a paragraph of many heads takes time linear in its length)
    tokens = list(_PHRASE_TOKEN.finditer(text, max(0, text.rfind(" ", 0, max(0, position - 600)) + 1), position))
    mods: list[re.Match[str]] = []
    title_connector = False  # "in" or "for" taken before a capital: a title's, if a capital comes before it too
    for token in reversed(tokens):
        word = token.group(0)
        lowered = word.lower().strip("‘’'")
        named = _is_name_word(token, text)
        if title_connector and (not named and not word[:1].isupper()
                                or lowered.rstrip("s") in PHRASE_ROLES | _PEOPLE_BEFORE_IN and text[position : position + 1].isupper()):
            mods = mods[1:]  # "UASC living in Anyshire assessment centre", "Judges in Wyre Family Court": the place's name, not
            break  # "… living in", a person's (but "the Partners in Care forum", a title in lower case's kind)
        title_connector = False
        if lowered == "in" and mods and (mods[0].group(0).lower() == "need" or (
                mods[0].group(0).lower() == "care" and _previous_word(tokens, token) in ("children", "child"))):
            mods.insert(0, token)  # "the child in need intervention service", "the children in care teams": terms of the trade
            continue
        if lowered == "in" and mods and mods[0].group(0).lower() == "education" and _previous_word(tokens, token) == "safeguarding":
            mods.insert(0, token)  # "the safeguarding in education team": a term of the trade
            continue
        if lowered == "access" and not mods and _previous_word(tokens, token) in ("fair", "education", "pupil"):
            mods.insert(0, token)  # "the fair access panel", "the education access service", "the pupil access team": terms of the
            # trade (schools' places),
            continue  # not a verb (``_TERM_AFTER`` keeps "fair")
        if lowered == "against" and mods and mods[0].group(0).lower() == "women" and _previous_word(tokens, token) == "violence":
            mods.insert(0, token)  # "the violence against women and girls team": a term of the trade (VAWG)
            continue
        if lowered == "for" and mods and mods[0].group(0).lower() == "adulthood" and _previous_word(tokens, token) == "preparing":
            mods.insert(0, token)  # "the preparing for adulthood panel": a term of the trade
            continue
        if lowered == "to" and mods and mods[0].group(0).lower() in _WHERE_A_TRANSITION_LEADS \
                and _previous_word(tokens, token) in _TRANSITION_WORDS \
                and ((owner := _word_before(tokens, token, 2)) in ("the", "a", "its") or owner.endswith(("'s", "’s"))):
            mods.insert(0, token)  # "the transition to adulthood team", "the pathway to independence service": a term of the trade
            continue  # after "the" or an owner (not "helped their transition to independence services")
        if lowered == "for" and mods and mods[0].group(0).lower().replace("’", "'") in ("children", "child", "young", "children's") \
                and _previous_word(tokens, token) == "cared":
            mods.insert(0, token)  # "the cared for children teams": a term of the trade, as "looked after children" is
            continue
        if lowered == "cared" and mods and mods[0].group(0).lower() == "for":
            mods.insert(0, token)
            continue
        if lowered == "at" and mods and mods[0].group(0).lower() == "risk" \
                and _previous_word(tokens, token) not in ("are", "is", "be", "being", "were", "was", "remain", "remains"):
            mods.insert(0, token)  # "the vulnerable adolescents at risk panel": a term of the trade
            continue
        care_next = lowered in ("through", "after") and [m.group(0).lower() for m in mods[:1]] == ["care"]
        previous = _previous_word(tokens, token) if care_next else ""
        if care_next and lowered == "through" and (previous in (*_DETERMINERS, "and", "support", "leaving") or re.fullmatch(
                r"\d{2}\+", previous) and _word_before(tokens, token, 2) in _DETERMINERS):
            mods.insert(0, token)  # "the through care team", "the leaving and through care service", "the 16+ through care
            continue  # team": a term of the trade (not "young people aged 16+ through care services")
        if care_next and lowered == "after" and (previous in _DETERMINERS or previous == "and" and _word_before(tokens, token, 2) == "care"
                                                 and _word_before(tokens, token, 3) in ("through", "leaving")
                                                 or previous == "and" and _word_before(tokens, token, 2) == "leaving"
                                                 and _word_before(tokens, token, 3) in _DETERMINERS and _ONE_HEAD_AT.match(text, position)):
            mods.insert(0, token)  # "the after care team", "the through care and after care team", "the leaving and after care
            continue  # service": a term of the trade (not "the leaving and after care teams", the two teams, nor "children in
            # care and after care services")
        if lowered == "member" and not mods and _MEMBERS_GROUP_HEAD.match(text, position) \
                and _previous_word(tokens, token) not in _NOT_A_MEMBERS_TOPIC and _previous_word(tokens, token).isalpha():
            mods.insert(0, token)  # "the corporate parenting member group": a group of members on one topic
            continue
        if lowered == "from" and mods and _previous_word(tokens, token) == "missing" and (
                mods[0].group(0).lower() == "home" or mods[0].group(0).lower() in ("care", "education")
                and _missing_as_a_term(tokens, token, text.startswith("services", position))):
            mods.insert(0, token)  # "the missing from home and risk meeting", "the council's (children) missing from care panel": terms of
            continue  # the trade
        if lowered in _CONNECTORS:
            if not mods or (lowered in ("for", "in") and not (named or _is_name_word(mods[0], text))):
                break
            if lowered in ("for", "in") and not mods[0].group(0)[:1].isupper():
                break
            title_connector = lowered in ("for", "in")
            mods.insert(0, token)
            continue
        if lowered in _PARTICLES and not named and not (mods and mods[0].group(0).lower() == "of") \
                and _verb_before_particle(tokens, token):
            break  # "it sets out partnership aims": a verb's particle; but "the out of hours service", "the step down team"
        if _opens_sentence(word) and _at_sentence_start(text, token.start()):
            break  # "Meanwhile Anyshire young carers service helps …": the sentence's word, not the name's
        if word == ")" and not mods:
            break
        if word == "," and _lower_list_before_one(tokens, token, mods, text, position):
            continue  # "the contact, referral and assessment team": one team's list of what it does
        if word == "," and _previous_word(tokens, token) in ("children", "children's") \
                and _whom_a_scrutiny_serves(mods, position, text, opener=_word_before(tokens, token, 2)):
            continue  # "the children, young people and families scrutiny panel", "the children, schools and families scrutiny
            # committee": whom it is for, a term of the trade
        if word == "," and mods and mods[0].group(0)[:1].isupper() and _previous_capital(tokens, token, text) \
                and any(m.group(0) == "and" for m in mods) and all(
                    m.group(0)[:1].isupper() or m.group(0) == "and" for m in mods):
            continue  # "the Policy, Practice, Learning and Training sub-group": a title's list of capitals
        if word.isdigit() and len(word) == 2 and mods and mods[0].group(0).lower() == "plus":
            mods.insert(0, token)  # "the 16 Plus team": an age, as "the 16+ team"
            continue
        if word.isdigit() and len(word) == 1 and mods and mods[0].group(0)[:1].isupper() \
                and _previous_capital(tokens, token, text):
            mods.insert(0, token)  # "Anyshire Right 4 Children programme": a digit inside a title
            continue
        if not _WORD_START.match(word) or word.isdigit():
            break
        if not mods and _roles_gathered(word, text, position):
            mods.insert(0, token)  # "the chairs' forum", "the managers' meeting": a standing group of those people
            continue
        if lowered in PHRASE_ROLES and not (lowered == "executive" and not mods and _EXECUTIVE_HEAD.match(text, position)):
            break  # a person; but "the executive board" is the board's own
        if lowered in _SMALL_IN_TITLES and mods and (mods[0].group(0)[:1].isupper() or mods[0].group(0) == "a") \
                and _previous_capital(tokens, token, text):
            mods.insert(0, token)  # "the Learning by Doing initiative": a title's small word
            continue
        if "-" in lowered and lowered.split("-")[0] in _GLUED_STOPS:
            break  # "engaging with-targeted … services": a word glued to the one before by the PDF
        if lowered == "after" and mods and _previous_word(tokens, token) == "looked":
            mods.insert(0, token)  # "looked after children team": one term of the trade
            continue
        if lowered == "looked" and mods and mods[0].group(0).lower() == "after" and len(mods) > 1:
            mods.insert(0, token)  # "the designated looked after health service": the term, whole
            continue
        if lowered in ("after", "looked") and _children_looked_after(tokens, token, mods):
            mods.insert(0, token)  # "the children looked after service": the term of the trade, written the other way
            continue
        if lowered in PHRASE_STOP and not (named and lowered not in ("the", "a", "an", "this", "that", "these", "its", "their")):
            break  # "Close to Care/Looked After Children panel": capitals keep a title's small words
        if not named:
            if lowered.endswith(("ise", "ize", "ises", "izes")) and lowered not in ISE_NOUNS:
                break  # "they prioritise services": a verb
            # a verb's word after "local" is a noun: "the local offer team"; so is "influence" after "and":
            # "the voice and influence team" (not after a verb's: "they are heard and influence services")
            if (lowered in PHRASE_VERBS and not (not mods and lowered in _GOVERNANCE_GROUP and _previous_word(tokens, token) == "and"
                                                  and _GROUP_HEAD.match(text, position))
                    and _previous_word(tokens, token) != "local"
                    and not (lowered in _WORKS_PAIRED and mods and mods[0].group(0).lower() == "and" and len(mods) > 1
                             and mods[1].group(0).lower() in _STEPS_OF_THE_WORK  # "the access and referral team": one team's steps
                             and _previous_word(tokens, token) not in _BEFORE_BARE_VERB)  # (not "help to access and assessment services")
                    and not (lowered in ("influence", "challenge", "support") and _previous_word(tokens, token) == "and"
                             and _word_before(tokens, token, 2) not in PHRASE_VERBS
                             and not re.fullmatch(r"[a-z]+ed|heard|seen|to", _word_before(tokens, token, 2)))) \
                    or (lowered.endswith("ly") and len(lowered) > 4 and lowered not in ("early", "family", "elderly", "weekly", "monthly", "quarterly", "daily", "yearly")
                        and not (mods and mods[0].group(0).endswith("ed") and _in_a_boards_list(tokens, token, text, position))) \
                    or lowered in _VERBS_AFTER_TO and _previous_word(tokens, token) == "to" \
                    or lowered in _VERBS_OR_NAME_WORDS and _a_subject_before(_previous_word(tokens, token)) \
                    or word[:1].islower() and _previous_word(tokens, token) in _SUBJECT_PRONOUNS:
                break  # ("reluctant to approach statutory services": a verb after "to"; "has held services to account",
                # "Families approach services late", "Staff share team plans", "They list services": a subject, then its verb)
            if lowered.endswith(("ing", "ed")) and lowered not in ING_NOUNS and "-" not in lowered and len(lowered) > 4 \
                    and not (mods and lowered in _KEPT_BEFORE_NAME) \
                    and not (lowered == "seeking" and _previous_word(tokens, token) == "asylum"):  # "the targeted support teams": _trim_modifiers decides
                previous = tokens[tokens.index(token) - 1].group(0).lower() if tokens.index(token) > 0 else ""
                if previous not in ("the", "a", "an", "its", "their", "our") and not previous.endswith(("'s", "’s")) \
                        and not _in_a_boards_list(tokens, token, text, position) or lowered in PHRASE_SOFT_STOP:
                    break  # "leaders are developing services"; but "the connected persons team", "the council's
                    # detached youth work team" are names
            if lowered in PHRASE_BREAK and mods and mods[0].group(0).lower() in _CONNECTORS \
                    and _previous_word(tokens, token) not in _HEALTH_OF \
                    and not (_previous_word(tokens, token) == "," and _word_before(tokens, token, 2) in ("children", "children's")
                             and _whom_a_scrutiny_serves([token, *mods], position, text)):
                break  # "the police and youth offending service"; but "children's health and disability service",
                # "the hospital social work team"
            if lowered.endswith("s") and not lowered.endswith(("ss", "'s", "’s")) and _previous_word(tokens, token) in _ADVERBS_BEFORE_VERB \
                    or _previous_word(tokens, token) in _HOW_OFTEN:
                break  # "when it first enters children's services", "people who often reject services": a verb after its adverb
            if _verb_after_subject(lowered, _previous_word(tokens, token)):
                break  # "the authority decommissions services": a verb after its subject
            if (lowered in PHRASE_HEADS or lowered.rstrip("s") in PHRASE_HEADS) and mods and mods[0].group(0).lower() in _CONNECTORS:
                break  # a body of its own before this one: "the MASH and early help hub"
        mods.insert(0, token)
        if sum(1 for m in mods if m.group(0).lower() not in _CONNECTORS) >= 6:
            break
    head = _PHRASE_HEAD.match(text, position)
    return _trim_modifiers(mods, head.group(1).lower() if head else "", bool(head and head.group(2)))


#: Small words a verb takes after it ("sets out", "picks up"), never a name's unless "of" follows.
_PARTICLES = {"out", "up", "down", "off"}
#: A verb's form before its particle: in -s, -ed or -ing ("sets out", "carried out", "picking up"),
#: a past that does not end so ("set up", "took up"), or a bare verb after "to" or a modal ("to set
#: out", "will step up"). A bare noun before it is a kind's own words: "the step down team".
_PARTICLE_VERB = re.compile(r"[a-z]+(?:[^s]s|ed|ing)|set|put|laid|made|took|taken|held|got|kept|brought|sent|built|shut|cut")
_BEFORE_BARE_VERB = {"to", "will", "would", "can", "could", "should", "must", "may", "might", "did", "do", "does"}


def _verb_before_particle(tokens: list[re.Match[str]], token: re.Match[str]) -> bool:
    """Whether the word before the particle ``token`` is a verb's, so the particle is the verb's."""
    index = tokens.index(token)
    verb = tokens[index - 1].group(0).lower() if index > 0 else ""
    return bool(_PARTICLE_VERB.fullmatch(verb)) or index > 1 and tokens[index - 2].group(0).lower() in _BEFORE_BARE_VERB


#: Heads a group of people in one post meets as: "the chairs' forum", "the managers' meeting".
_GATHERING_HEAD = re.compile(r"(?:group|forum|board|network|meeting)s?(?![\w-])", re.IGNORECASE)
_PLURAL_POSSESSIVE = re.compile(r"[A-Za-z-]+s['’]")
#: A group, in the singular, named by the posts of those who meet in it, written without an apostrophe.
#: It ends its phrase ("the corporate directors group for scrutiny", "… group (CDG)"), unlike the verb
#: ("team managers group cases") or a kind of work ("team managers group supervision").
_GROUP_OF_POSTS = re.compile(
    r"(?:group|forum)(?![\w-])(?=\s*(?:$|[^\w\s]|(?:for|to|in|on|at|of|and|or|with|which|that|where|is|was|are|were|"
    r"has|had|have|meets|met|will|would|should|must|can|now|also|chaired|led)\b))",
    re.IGNORECASE,
)


def _roles_gathered(word: str, text: str, position: int) -> bool:
    """Whether ``word`` is the plural possessive of a post ("chairs'", "leaders’") right before a
    head that gathers them: the group is those people's, a standing body, not a person."""
    if not _PLURAL_POSSESSIVE.fullmatch(word):
        # "the corporate directors group": the posts' plural before a group of their own
        lowered = word.lower()
        return (lowered.endswith("s") and (lowered in PHRASE_ROLES or lowered in _POSTS_GATHERED)
                or lowered == "practitioner" and (topic := _TOPIC_BEFORE_PRACTITIONER.search(text, max(0, position - 40), position)) is not None
                and (topic.group(1).isupper() or topic.group(1).lower() in _AT_RISK | _GROUP_TOPICS)) \
            and _GROUP_OF_POSTS.match(text, position) is not None  # (and "the VEMT practitioner group": its people in the singular
        # after its topic; not "the lead practitioner group")
    post = word[:-1].lower()
    return (post in PHRASE_ROLES or post in _POSTS_GATHERED) and _GATHERING_HEAD.match(text, position) is not None


#: A word before "practitioner" and a group's head, which names a topic where it is a short form or a harm or topic of
#: groups: "the VEMT practitioner group", "the exploitation practitioner forum" (not "the weekly practitioner group").
_TOPIC_BEFORE_PRACTITIONER = re.compile(r"\b([\w-]{3,})\s+practitioner\s+$")
#: Posts, besides ``PHRASE_ROLES``, whose holders meet as a group: "the practice leaders' forum".
_POSTS_GATHERED = {"leaders", "decision-makers", "practitioners", "designated-leads"}


#: Words that are verbs after "to" and may be nouns elsewhere ("the approach team").
_VERBS_AFTER_TO = {"approach", "fund", "staff", "resource", "house", "host", "focus", "protect", "support", "review", "reconfigure",
                   "share", "list", "plan", "map", "target", "test", "shape", "join", "link", "match", "run"}
#: Words that are verbs after their subject and words of a team's name after an article or another word
#: ("Schools list services", "Leaders held services to account"; "the waiting list team", "the held cases team").
_VERBS_OR_NAME_WORDS = {"list", "share", "approach", "held"}
#: Pronouns as a clause's subject: the word after one is its verb ("They list services", "others list services").
_SUBJECT_PRONOUNS = {"they", "we", "he", "she", "it", "who", "you", "others"}


def _a_subject_before(word: str) -> bool:
    """Whether the word before one of ``_VERBS_OR_NAME_WORDS`` is its subject or its auxiliary: a plural noun,
    people, an adverb, "has", "have", "had" ("Families approach …", "Staff share …", "have rigorously held …")."""
    return word in ("has", "have", "had") or word in _PEOPLE_WORDS or len(word) > 3 and word.endswith("ly") \
        or len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s", "us", "is"))
#: How often: never a word of a name, so the word after one is a verb's ("who often reject services").
_HOW_OFTEN = {"often", "never", "rarely", "always", "sometimes", "usually", "routinely", "seldom", "frequently"}
#: Adverbs a verb in -s follows: "it first enters services", "it also runs teams".
_ADVERBS_BEFORE_VERB = _HOW_OFTEN | {"first", "then", "also", "now", "still", "already", "only", "quickly", "promptly", "regularly",
                                     "directly"}
#: Heads of a standing group: "the monitoring and challenge group" (a verb's word before one is its name's).
_GROUP_HEAD = re.compile(r"(?:group|board|panel|committee)(?![\w-])", re.IGNORECASE)
#: Heads an "executive" before them names the body of: "the executive board", "the executive committee".
_EXECUTIVE_HEAD = re.compile(r"(?:board|committee|group)s?(?![\w-])", re.IGNORECASE)


#: Singular nouns and pronouns a verb in -s follows: "the authority decommissions services".
_SUBJECTS = {
    "authority", "council", "partnership", "board", "lscb", "trust", "service", "team", "panel", "it", "he",
    "she", "which", "who", "that", "this", "agency", "hub", "department", "manager", "leader", "director",
    "school", "police", "court", "borough", "county", "city",
}


#: Verbs in "-ys" a council does, where most words in "-ys" are plural nouns ("days", "journeys"): "the council buys …".
_VERBS_IN_YS = {"buys", "pays", "employs", "deploys", "enjoys", "conveys", "stays"}


def _verb_after_subject(word: str, previous: str) -> bool:
    """A word in -s after a singular subject is its verb ("the council commissions services"),
    unless it is a kind word's plural ("the council services team" keeps its name)."""
    return (
        previous in _SUBJECTS
        and len(word) > 3
        and word.endswith("s")
        and (not word.endswith(("ss", "us", "is", "'s", "’s", "ys")) or word in _VERBS_IN_YS)
        and word.rstrip("s") not in PHRASE_HEADS
        and word[:-2] not in PHRASE_HEADS
        and word not in PHRASE_SECTOR
    )


#: Small words a title keeps between capitalised words ("Learning by Doing", "Voices for Change").
_SMALL_IN_TITLES = {"by", "with", "to", "on", "at", "for", "in", "of", "and", "from", "a", "the"}
#: A council department's or a post's words: "Director of Communities and Housing", "Adults, Health and Housing".
_DEPARTMENT_WORDS = {"adults", "health", "communities", "planning", "regeneration", "environment", "neighbourhoods",
                     "place", "economy", "growth", "resources", "people", "cabinet", "portfolio", "directorate"}
#: A sentence about housing: where a one-word name before "Homes" is a landlord's ("tenancies with Wyrex Homes").
_HOUSING_CONTEXT = re.compile(r"\b(?:housing|tenanc(?:y|ies)|tenants?|landlords?|nominations?|lettings?|flats|lodgings|properties|homeless(?:ness)?"
                              r"|suitable\s+accommodation"
                              r"|evictions?|bed\s+and\s+breakfast)\b",
                              re.IGNORECASE)
#: The words a landlord named for its place adds before "Homes": "Anyford Partnership Homes", "Wyre Community Homes".
_LANDLORD_WORDS = {"Partnership", "Community", "Together", "First", "City", "Borough", "District", "Mutual"}


def _a_landlords_own_words(qualifier: str) -> bool:
    """Whether the words before "Homes" are a landlord's own: an area ("North Anyshire Homes"), a
    place's initials ("A&W Homes") or two words in capitals of no kind of home ("Cross Keys Homes",
    not "Children's Residential Homes")."""
    words = qualifier.removeprefix("The ").split()
    return _names_an_area(words) and not any(w.lower().replace("’", "'").removesuffix("'s") in _KINDS_OF_HOME | _HOUSING_KINDS for w in words) \
        or re.fullmatch(r"[A-Z]&[A-Z]", qualifier) is not None \
        or len(words) == 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) and w.lower() not in _KINDS_OF_HOME | _HOUSING_KINDS | DESCRIBING
                                   | PHRASE_SOFT_STOP | PHRASE_SECTOR | LEADING_NON_NAME | PEOPLE_SERVED for w in words)


def _placed_landlord(qualifier: str, sentence: str) -> bool:
    """Whether the words before "Homes" name a landlord by its place and a landlord's word, in a
    sentence about housing: "Anyford Partnership Homes has ring-fenced properties"."""
    *place, last = qualifier.removeprefix("The ").split() or [""]
    named = council_for(" ".join(place)) is not None or len(place) == 1 and re.fullmatch(r"[A-Z][a-z]{3,}(?<!ed)", place[0]) is not None \
        and place[0].lower() not in LEADING_NON_NAME | PHRASE_SECTOR | PHRASE_STOP and not _opens_sentence(place[0])
    return named and last in _LANDLORD_WORDS and _HOUSING_CONTEXT.search(sentence) is not None  # (a town is no council)


#: Kinds of home a capitalised "… Homes" may name, besides the kinds of housing (``_HOUSING_KINDS``):
#: "Care Homes" is no housing company.
_KINDS_OF_HOME = {"care", "foster", "family", "residential", "nursing", "group", "secure", "registered", "approved", "mobile",
                  "solo", "training", "crisis", "transition", "staying", "assessment", "kinship", "adoptive", "shared", "satellite",
                  "unregistered", "independent", "fostering", "respite", "our", "their", "safe", "stable", "loving", "permanent", "new",
                  "empty", "park", "modular", "starter",
                  "homes", "children", "childrens", "step", "down"}
#: Words before "Housing" that say what kind of housing, not whose.
_HOUSING_KINDS = {"supported", "social", "council", "temporary", "emergency", "private", "affordable", "sheltered",
                  "transitional", "specialist", "children's", "youth", "young", "student", "public"}
#: Words that end a phrase even glued to the next by a hyphen ("with-targeted").
_GLUED_STOPS = {"with", "to", "from", "by", "into", "the"}


def _previous_capital(tokens: list[re.Match[str]], token: re.Match[str], text: str) -> bool:
    """Whether a capitalised word comes before ``token``, over one more small word of a title
    ("Families with a Future")."""
    index = tokens.index(token)
    if index > 1 and tokens[index - 1].group(0) in _SMALL_IN_TITLES - {"and", "a"}:
        index -= 1
    return index > 0 and _is_name_word(tokens[index - 1], text)


#: Words before "health" that make it part of a service's name, not a body of its own.
_HEALTH_OF = {"children's", "child", "mental", "public", "sexual", "emotional", "family", "young", "people's"}


def _word_before(tokens: list[re.Match[str]], token: re.Match[str], distance: int) -> str:
    index = tokens.index(token)
    return tokens[index - distance].group(0).lower() if index >= distance else ""


#: Words that open a body's phrase before its first word: "the through care team", "its after care service".
_DETERMINERS = ("the", "a", "its", "their")


def _previous_word(tokens: list[re.Match[str]], token: re.Match[str]) -> str:
    return _word_before(tokens, token, 1)


_ARTICLE_BETWEEN = re.compile(r"\s*(?:[a-z][a-z-]+\s+)?(?:the|a|an|its|their)\s", re.IGNORECASE)
#: The sentence's verb after a short form's bracket: "Wyre Action (WA) supports voluntary groups".
_VERB_BETWEEN = re.compile(r"\s*(?:supports|provides|offers|delivers|runs|works|helps|leads|meets|brings|has|had|is|was|are|were|gives|holds"
                           r"|manages|oversees|co-?ordinates|funds|commissions|hosts|chairs|reviews|receives|sees|takes|makes|covers|serves"
                           r"|trains|employs|have|attends|attend|convenes|facilitates|organises|arranges|considers|discusses|continues|remains|also|now|share|shares|jointly|together|both|commission|fund|run|provide"
                           r"|deliver|offer|support|lead|oversee|manage|host|employ)\s", re.IGNORECASE)
#: "… (MARAC) and Multi Agency …": "and" starts another body, whatever kind word follows
_CONJUNCTION_BETWEEN = re.compile(r"\s*(?:and|or|&)\s", re.IGNORECASE)


#: Up to two words, then a kind word, after a short form's bracket: "the Keeping Children Safe from Exploitation
#: (KCSE) team", "(MASH) Triage Team" (one more name of the hub); a preposition starts another phrase ("(CAMHS)
#: from … NHS Trust").
_WORDS_THEN_HEAD = re.compile(r"\s*(?:(?!(?:from|by|with|for|to|in|at|of|on|into|through|via|under|within)\s)[a-z][a-z-]+\s+){0,2}?"
                              + _PHRASE_HEAD.pattern, re.IGNORECASE)


def _a_kinds_plural(short: str) -> bool:
    """Whether a short form in brackets is a kind's plural ("CCGs", "IROs"): after two names, it names both."""
    return short.endswith("s") and short[:-1] in _GENERIC_ACRONYMS


def _definition_matches(text: str) -> list[_Found]:
    """A body the text defines a short form for: "the multi-agency safeguarding hub (MASH)",
    "the Keeping Children Safe from Exploitation (KCSE) team", "Cafcass (the Children and Family
    Court …)". The long form is a body when the finders read one ending where it ends; "the
    Public Law Outline (PLO)" is not."""
    found = []
    for definition in definitions(text):
        if definition.short.startswith("NHS ") and _GENERIC_WHOLE.fullmatch(definition.long.removeprefix("NHS ")):
            continue  # "NHS Child and Adolescent Mental Health Services (NHS CAMHS)": a kind spelt whole, not an NHS body's area
        if _a_kinds_plural(definition.short) and " and " in definition.long:
            continue  # "NHS Wyre CCG and NHS Anyford CCG (the CCGs)": a kind's plural names the bodies before it, each by its own name
            # (one kind's plural is that kind's: "independent reviewing officers (IROs)")
        head = _WORDS_THEN_HEAD.match(text[definition.end :])  # (words in lower case, no preposition: not "(CAMHS) from Wyre Partnership …")
        candidate = _tidy(_unquote(definition.long))
        aliases: tuple[str, ...] = ()
        end = definition.end
        repeated = head is not None and _singular_head(_norm(candidate)).split()[-1:] == [_singular_head(_norm(head.group(1)))]
        if repeated or head is not None and head.group(1) == "directorate" and _department_only(candidate):
            head = None  # "the family and young people service (FYPS) service": the long form is the name; "Children's
            # Services (CS) directorate": the department it names, which is read as the council
        if head is not None and (_ARTICLE_BETWEEN.match(head.group(0)) or _CONJUNCTION_BETWEEN.match(head.group(0))
                                 or _VERB_BETWEEN.match(head.group(0))):
            head = None  # "Cafcass (…) and the courts": an article starts another body, not the short form's kind word;
            # "Wyre Action (WA) supports voluntary groups": the sentence's verb
        if head is not None:
            alone = _whole_generic(candidate)
            candidate = f"{candidate} {head.group(0).strip()}"
            aliases = (f"{definition.short} {head.group(0).strip()}",)
            end = definition.end + head.end()
            if alone is not None:  # "the local authority designated officer (LADO) service": the LADO itself
                kind = alone
                found.append(_Found(kind.name, kind.body_type, kind.kind, definition.start, end, (definition.short,),
                                    kind.national, written=candidate, key_name=kind.key_name, aliases=aliases, defines=True))
                continue
        inner = _non_overlapping(
            _generic_matches(candidate) + _proper_matches(candidate, text) + _phrase_matches(candidate)
        )
        last = next((f for f in reversed(inner) if f.end >= len(candidate.rstrip("'’ "))), None)
        if last is None and head is not None and not _describes_only(definition.long) and _HEAD_RIGHT_AFTER.match(
                text, definition.end) and not _FOLLOWING_WORD_IN(text, definition.end + head.end(), HEAD_AS_MODIFIER):
            # "the ASYE (assessed and supported year in employment) programme": a defined short form
            # and a kind word name a body, whatever the words between
            body_type, kind = PHRASE_HEADS[head.group(1).lower()]
            found.append(_Found(_tidy(candidate), body_type, kind, definition.start, end, (definition.short,),
                                written=candidate, aliases=aliases, defines=True))
            continue
        spelt = _spelt_word_by_word(definition.long, definition.short)
        way = _WAY_AFTER.match(text, definition.end) if head is None and last is None else None
        if way is not None and spelt and len(spelt) >= 3 and (
                "," in definition.long or _singular_head(spelt[0].lower()) in PHRASE_HEADS):
            # "the vulnerable, exploited and missing (VEM) approach", "the team around the family
            # (TAF) approach": the way of working's name spelt word by word, a list of whom it is
            # for (whatever the words, a list is no judgement of it) or a kind of body's, first
            # (not "the Family Group Conferencing (FGC) model", a service's way of working)
            candidate, end = f"{candidate} {way.group(1)}", definition.end + way.end()
            aliases = (f"{definition.short} {way.group(1)}",)
        if last is None and _DEFINED_WAY_OF_WORKING.search(candidate) and (
                not _describes_only(definition.long) or way is not None) \
                and _unquote(candidate).lower().removeprefix("the ") not in NOT_BODY_NAMES:
            # "the trauma informed partnership approach (TIPA)": a way of working the report
            # names and defines, which a reader lists among the council's programmes
            found.append(_Found(_tidy(candidate), "Service", "Programme", definition.start, end, (definition.short,),
                                written=candidate, aliases=aliases, defines=True))
            continue
        if last is None and head is None and (meeting := _DEFINED_MEETING.fullmatch(candidate)) is not None \
                and not any(w.lower() in _CASE_MEETINGS for w in meeting.group("words").split()) \
                and not _describes_only(meeting.group("words")) \
                and _unquote(candidate).lower().removeprefix("the ") not in NOT_BODY_NAMES:
            # "early help action meetings (EHAMs)": meetings the report names and defines a short
            # form for are a standing arrangement a reader lists, not one child's meeting
            found.append(_Found(candidate.removeprefix("the ").removeprefix("The "), "Board", "Panel",
                                definition.start, end, (definition.short,), written=candidate, defines=True))
            continue
        if last is None and head is None and spelt and (kind_word := _defined_kind_word(spelt, repeated)) is not None:
            # "the vulnerable families group (VFG)", "Anyshire Family Work Services (AFWS)": a kind
            # phrase the finders refuse as a description or as the sector, which a short form
            # spelling it word by word makes one body's name
            body_type, kind = PHRASE_HEADS[kind_word]
            name = _tidy(_unquote(" ".join(spelt)))
            found.append(_Found(name, body_type, kind, definition.start, end, (definition.short,),
                                written=candidate, defines=True))
            continue
        if last is None and head is None and spelt and (titled := _titled_kind_word(spelt)) is not None:
            # "the Wyre Service for Children with Additional Needs (WSCAN)": a name in capitals spelt
            # word by word, its kind word inside, before "for" or "of" and whom or what it serves
            body_type, kind = PHRASE_HEADS[titled]
            found.append(_Found(_tidy(_unquote(" ".join(spelt))), body_type, kind, definition.start, end, (definition.short,),
                                written=candidate, defines=True))
            continue
        if last is None:
            continue
        if last.start == 0 and last.key_name:  # a generic kind written in full: its own name
            found.append(_Found(last.name, last.body_type, last.kind, definition.start, end,
                                (definition.short,), last.national, written=candidate, key_name=last.key_name,
                                aliases=aliases, defines=True))
            continue
        name = candidate if last.start > 0 or not last.written else last.name
        if name[:1].isupper() and name.split()[0].lower() in ("the", "a", "an"):
            name = name.split(" ", 1)[1]
        found.append(_Found(name, last.body_type, last.kind, definition.start, end, (definition.short,),
                            last.national, written=candidate, aliases=aliases, defines=True))
    return found


#: A way of working's word after its defined short form: "the vulnerable and missing (VAM) approach".
_WAY_AFTER = re.compile(r"\s+(approach|model)\b", re.IGNORECASE)
_SPELLING_SMALL = {"and", "of", "for", "the", "&", "in", "on", "to", "with"}


def _spelt_word_by_word(long: str, short: str) -> list[str] | None:
    """The long form's words, its leading article off, when each word besides the small ones
    starts with the short form's next letter and every letter is used ("vulnerable families group"
    for "VFG"; a plural's "s" aside); None otherwise."""
    letters = [c for c in (short[:-1] if short.endswith("s") and short[:-1].isupper() else short) if c.isalpha()]
    words = [w.strip(",") for w in _unquote(long).split()]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    big = [w for w in words if w.lower() not in _SPELLING_SMALL]
    if len(letters) != len(big) and "-" in long:
        big = [part for w in big for part in w.split("-") if part]  # "multi-agency panel (MAP)": each half a letter
    if words and words[-1].lower().endswith("s") and len(letters) == len(big) + 1 and letters[-1] == "S":
        letters = letters[:-1]  # "multi-agency groups (MAGS)": the plural's "s" in capitals
    if len(letters) < 2 or len(big) != len(letters) or any(w[:1].lower() != c.lower() for w, c in zip(big, letters)):
        return None
    return words


def _defined_kind_word(words: list[str], repeated: bool = False) -> str | None:
    """The kind word that ends a long form spelt word by word, when it names a standing body:
    not a meeting or conference (one child's, unless the report says otherwise), nor a person's
    post or a kind of provider, and the sector only in capitals ("Children's Social Work Services",
    not "children's services") or with its kind word ``repeated`` after the short form."""
    kind_word = _singular_head(words[-1].lower())
    if kind_word not in PHRASE_HEADS or kind_word in ("meeting", "conference", "agency", "association") or len(words) < 2:
        return None  # "an independent fostering agency (IFA)": a kind of provider
    before = [w.lower() for w in words[:-1]]
    if " ".join(before) in NOT_BODY_NAMES or all(w in _CONNECTORS or w in PHRASE_STOP for w in before) \
            or any(w in PHRASE_ROLES for w in before):  # "the director of children's services (DCS)": a person
        return None
    if _only_sector(before) and not repeated and not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) \
            and PHRASE_HEADS[kind_word][0] != "Board" and not all(w.startswith("multi") for w in before) \
            and not (words[-1].lower() == "service" and "young" in before):
        return None  # but "the family and youth service (FYS) service": its kind word again makes it a name;
        # and "the multi-agency panel (MAP)", "multi-agency teams (MATs)": a panel, group or teams the report
        # names by a short form are one; so is "the children and young people's service (CYPS)", one service's
        # name, where "children and young people's services" are the sector
    return kind_word


def _titled_kind_word(words: list[str]) -> str | None:
    """The kind word inside a name in capitals that goes on after it with "for" or "of" ("Wyre
    Service for Children with Additional Needs"), after a word of the name's own; None otherwise
    (a meeting's or a provider's kind, a name in lower case, "Team Around the Family")."""
    if not all(w[:1].isupper() or w.lower() in _SPELLING_SMALL for w in words) or _is_post(words[0]):
        return None  # (not "Head of Service for Children in Care": a post's title)
    for i, word in enumerate(words[1:-1], start=1):
        kind_word = _singular_head(word.lower())
        if word[:1].isupper() and kind_word in PHRASE_HEADS and words[i + 1].lower() in ("for", "of") \
                and kind_word not in ("meeting", "conference", "agency", "association") and kind_word not in NAMED_ONLY_HEADS:
            return kind_word
    return None


#: A defined long form that is a series of meetings: "child protection conferences (CPCs)".
_DEFINED_MEETING = re.compile(r"(?:the\s+)?(?P<words>(?:[a-z][\w'’-]*\s+){1,6})(?:meeting|conference)s?", re.IGNORECASE)


#: The last word of a defined way of working ("… partnership approach (TIPA)"), not a framework or a plan.
_DEFINED_WAY_OF_WORKING = re.compile(r"\w\s+(?:approach|model)$", re.IGNORECASE)


def _unquote(text: str) -> str:
    """"the 'Channel' panel" → "the Channel panel"; possessives ("children's", "leavers'") kept."""
    return _QUOTED.sub(r"\1", text) if "'" in text or "‘" in text else text


#: Words in quotes, found from the opening quote (no word character before it).
_QUOTED = re.compile(r"[‘'](?<!\w[‘'])([^‘’'\n]+?)[’'](?![\w])")


#: Nouns that measure or judge what follows their "of": "the quality of care", "a lack of…".
_OF_MEASURES = {"lack", "absence", "shortage", "quality", "number", "range", "use", "impact", "review", "standard",
                "effectiveness", "availability", "sufficiency", "level", "levels", "part", "rest", "type", "kind"}


def _of_in_name(mods: list[re.Match[str]], i: int) -> bool:
    """"the threshold of care panel": "of" inside a kind phrase's name, where one plain noun after
    an article comes before it and a term of the trade after it (not "the quality of care
    service", "the future of children's services")."""
    if i != 1 or len(mods) != 3:
        return False
    before, after = mods[0].group(0).lower(), mods[2].group(0).lower()
    text = mods[0].string
    return (
        _ARTICLE_BEFORE.search(text, 0, mods[0].start()) is not None
        and before.isalpha()
        and before not in _OF_MEASURES
        and before not in PHRASE_SOFT_STOP
        and before not in PHRASE_STOP
        and not _describes(mods[0])
        and after in _OF_TERMS
    )


#: What a board's own group of one word does after the board's possessive, the work of a board's sub-group, not any
#: project's ("its steering group"), nor a sample's or a band's ("its audit group", "their performance group"): after
#: "its" or "their", only "scrutiny".
_A_BOARDS_GROUP_WORK = {"scrutiny", "audit", "performance", "assurance"}
#: A board's or a partnership's own, before its group of one governing word: "its scrutiny group", "the WSCP's audit
#: group", "the partnership's scrutiny group" (not "a scrutiny group", any one; ``_A_BOARDS_GROUP_WORK``).
_A_BOARDS_OWN_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir)|\b(?P<owner>board|partnership|[A-Z]{0,3}SC[BP])['’]s)\s+$")
#: What a standing group does, as the word before "group" says it ("the permanence oversight group",
#: "a task and finish group", "the corporate parenting steering group").
_GOVERNANCE_GROUP = {
    "steering", "oversight", "assurance", "liaison", "engagement", "participation", "scrutiny", "advisory",
    "improvement", "performance", "implementation", "monitoring", "overview", "finish", "delivery", "review",
    "challenge", "executive", "business", "governance", "commissioning", "tactical", "effectiveness", "audit", "partnership",
}
#: Whom a group is for, after it, where it is one child's or a class's: "the exploitation group for the child".
_FOR_ONE_CHILD = re.compile(r"\s+for\s+(?:(?:the|this|that|each|a|one|her|his|their)\s+(?:child|young\s+person|family|girl|boy)\b"
                            r"|girls\b|boys\b|parents\b)", re.IGNORECASE)
#: The harms a standing group of partners works on, before "group": "the strategic missing group".
_GROUP_TOPICS = {"missing", "exploitation", "trafficking", "radicalisation", "gangs", "cse", "cce", "exploited", "trafficked"}
#: Of those, the words that name a board's own standing group alone: "an executive group sets the
#: board's agenda", "the business group" (not "a review group" of one case).
_GOVERNING_ALONE = {"executive", "business", "commissioning"}


#: The grades of a judgement, which a first page's table runs into the text after it.
_GRADES = set(GRADES)


#: Words that say what a body is made of or aims at, kept before a name of the trade
#: ("the multidisciplinary adolescent safeguarding team", "the targeted youth support service"),
#: dropped before the sector alone ("a multidisciplinary social work team").
_KEPT_BEFORE_NAME = {"multidisciplinary", "multi-disciplinary", "targeted", "supported", "designated", "unaccompanied",  # "the designated teachers' forum"
                     "central"}  # "the central referral unit", "the central contact team" (not "a central social work team")


def _kept_before_a_name(mods: list[re.Match[str]]) -> bool:
    first = mods[0].group(0).lower()
    rest = [m.group(0).lower().strip("‘’'") for m in mods[1:]]
    if any(m.group(0).strip("‘’'")[:1].isupper() for m in mods[1:]):
        return False  # "the multi-disciplinary Willow team": the name is the capitalised one
    return first in _KEPT_BEFORE_NAME and any(
        w not in PHRASE_SECTOR and w not in _CONNECTORS and w not in PHRASE_SOFT_STOP - {"support"} for w in rest)


#: Words of reach that tell one standing body from another of the same work: "the external
#: provision panel" (beside the internal one), "the national practice review panel" (not the area's).
_REACH = {"external", "internal", "national", "regional", "strategic", "operational"}
#: Heads of a standing body that meets: a word of reach before its name is part of that name.
_STANDING_HEADS = {"panel", "board", "committee", "forum", "group", "sub-group", "subgroup", "sub group"}


def _posts_gathered(mods: list[re.Match[str]], head_word: str) -> bool:
    """The name ends in a plural possessive before a gathering's head: "the strategic leaders'
    forum", whose words before the possessive say which people meet."""
    return bool(_PLURAL_POSSESSIVE.fullmatch(mods[-1].group(0))) and bool(_GATHERING_HEAD.fullmatch(head_word))


def _says_which_standing_body(mods: list[re.Match[str]], head_word: str) -> bool:
    """A word of reach starting a standing body's name, before words of the trade that name its
    work: "the external provision panel"; not before a judgement ("the external good panel")."""
    if head_word not in _STANDING_HEADS or len(mods) < 2 or mods[0].group(0).lower() not in _REACH:
        return False
    rest = [m.group(0).lower().strip("‘’'") for m in mods[1:]]
    return not any(_describes(m) for m in mods[1:]) and rest[0] not in _CONNECTORS and rest[-1] not in _CONNECTORS \
        and not _only_sector(rest)  # ("the strategic missing and exploitation group": one group's work)


#: What a kind phrase's name may be "… of": "threshold of care panel", "levels of need panel".
_OF_TERMS = {"care", "need", "harm", "concern"}


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}s?")
#: A short form alone, no plural: "CAMHS", not "IROs".
_ACRONYM_LED = re.compile(r"[A-Z]{2,6}")


def _of_allowed(mods: list[re.Match[str]], i: int) -> bool:
    """Whether the "of" at ``i`` belongs to a name of the trade ("edge of care", "out of hours")."""
    allowed = OF_ALLOWED.get(mods[i - 1].group(0).lower()) if i else None
    return allowed is not None and (not allowed or i + 1 >= len(mods) or mods[i + 1].group(0).lower() in allowed)


#: The sector's words that name a body of their own before "and": "the council and youth offending team".
_BODIES_OF_THE_SECTOR = {"council", "authority", "police", "health", "school", "schools", "partner", "partners", "agency", "agencies",
                         "provider", "providers", "lscb", "board", "scb", "scp", "nhs", "hospital", "hospitals", "courts", "court"}


def _trim_modifiers(mods: list[re.Match[str]], head_word: str = "", plural: bool = False) -> list[re.Match[str]]:
    """Leading connectors and judgements off; "X of Y" kept only where "of" belongs to the name
    ("edge of care"), else the part after "of" ("the quality of early help services"). Sector words
    before "and" are another body ("the local authority and independent fostering agency"), but not
    the words of a singular team's work ("the child protection and court team", "the family support
    and intervention team": one team each; but "adult social care and transitions team": a department, then a team)."""
    while True:
        while mods and mods[0].group(0).lower() in _CONNECTORS:
            mods = mods[1:]
        for i, token in enumerate(mods):
            lowered = token.group(0).lower()
            if lowered == "of" and not _of_allowed(mods, i) and not (
                0 < i < len(mods) - 1 and mods[i - 1].group(0)[:1].isupper() and mods[i + 1].group(0)[:1].isupper()
            ) and not _of_in_name(mods, i):
                mods = mods[i + 1 :]
                break
            if lowered == "and" and all(
                m.group(0).lower().strip("‘’'") in PHRASE_SECTOR | PHRASE_SOFT_STOP and m.group(0)[:1].islower()
                for m in mods[:i]
            ) and not (i >= 2 and mods[i - 1].group(0).lower() == "health" and mods[i - 2].group(0).lower() in _HEALTH_OF) \
                    and not (head_word in ("team", "service", "unit") and not plural and i + 1 < len(mods)
                             and mods[i + 1].group(0).lower() not in PHRASE_BREAK - {"court", "courts"}
                             and not any(m.group(0).lower() in _BODIES_OF_THE_SECTOR for m in mods[:i])
                             and not any(a.group(0).lower() == "social" and b.group(0).lower() == "care" for a, b in zip(mods[:i], mods[1:i]))
                             and not any(_describes(m) for m in mods[1:])) \
                    and head_word not in _SECTOR_NAMED_HEADS and not _two_works_paired(mods, head_word, plural) \
                    and not _two_teams_of_the_trade(mods, i, head_word, plural) \
                    and not (i == 1 and mods[0].group(0).lower() in ("children", "child") and i + 1 < len(mods)
                             and mods[i + 1].group(0).lower() in ("young", "families", "family")
                             and not any(m.group(0).lower() in ("and", "&") for m in mods[i + 1 :])) \
                    and not (head_word in _STANDING_HEADS and any(m.group(0).lower() in _GROUP_TOPICS for m in mods[:i])) \
                    and not (head_word == "group" and mods[-1].group(0).lower() in PEOPLE_SERVED):  # "the social work and early help academy"
                # ("the missing and CSE sub-group": one group's work on two harms)
                mods = mods[i + 1 :]  # "the local authority and independent fostering agency"
                break
        else:
            first = mods[0] if mods else None
            # a judgement starts a phrase in lower case; "Local Government Association" is a name
            if first is not None and first.group(0).lower().strip("‘’'") in PHRASE_SOFT_STOP and (
                first.group(0)[:1].islower() or first.start() == 0
            ) and not _kept_before_a_name(mods) and not _says_which_standing_body(mods, head_word) and not (
                len(mods) <= 2 and _posts_gathered(mods, head_word)
            ) and not _two_works_paired(mods, head_word, plural):  # but "the leaders' forum", "the senior managers' forum": those people's group
                mods = mods[1:]
                continue
            if first is not None and first.group(0).lower().startswith("well-") and first.group(0)[:1].islower():
                mods = mods[1:]
                continue
            for i in range(len(mods) - 1, 0, -1):
                left, right = mods[i - 1].group(0), mods[i].group(0).lstrip("‘'")
                if left[:1].islower() and left.lower() not in _CONNECTORS and right[:1].isupper() and not right.isupper() and not (
                    left.lower() in _SMALL_IN_TITLES and i >= 2 and (mods[i - 2].group(0)[:1].isupper() or (
                        i >= 3 and mods[i - 2].group(0) in _SMALL_IN_TITLES and mods[i - 3].group(0)[:1].isupper()))
                ) and not _trade_term_before_name(mods[:i]):  # (but "Families with a Future": a title's small words)
                    mods = mods[i:]  # "… quality assurance Partnership": a heading run into the text
                    break
            last = max((i for i, m in enumerate(mods) if _describes(m)), default=None)
            if last is not None and last == len(mods) - 2 and _posts_gathered(mods, head_word):
                last = None  # "the children's strategic leaders' forum": which leaders meet, not a judgement of them
            if last is not None and len(mods) >= 3 and any(m.group(0) == "and" for m in mods) \
                    and "," in mods[0].string[mods[0].start() : mods[-1].end()] and all(m.group(0) in _UNIT_FUNCTIONS for m in mods):
                last = None  # "the safeguarding, quality and practice service": a list of its functions, "quality" one of them
            if last is not None and last < len(mods) - 1:
                mods = mods[last + 1 :]  # "valuable consultation service": the words after the description
                continue
            acronym = next((i for i, m in enumerate(mods) if _ACRONYM_WORD.fullmatch(m.group(0))), None)
            if acronym and all(m.group(0)[:1].islower() for m in mods[:acronym]) and mods[acronym - 1].group(0).lower() not in _CONNECTORS:
                return mods[acronym:]  # "the specialist KCSE team": the team's own short name (not "the missing and CSE sub-group")
            return mods


#: The steps of a front door's work that a team's title pairs with "access", "support", "help" or "review" before it:
#: "the access and referral team", "the access and assessment service".
_STEPS_OF_THE_WORK = {"referral", "referrals", "assessment", "advice", "intervention", "triage", "response", "safeguarding", "protection"}
#: Words of a team's work that are read as judgements or amounts alone ("support" of "good support"),
#: but are its name's first word when paired with another work: "the support and protect service".
_WORKS_PAIRED = {"support", "help", "access", "review"}


#: A body's kind word, a short form or a bracket, then a list's comma: another body listed before ("the MASH, family support
#: and …"; not "Nationally, …", "In England, …").
_BODY_THEN_COMMA = re.compile(r"(?:\b(?i:teams?|services?|units?|hubs?|centres?|panels?|door)|\b[A-Z]{2,6}|\))\s*,\s+$")


def _two_teams_of_the_trade(mods: list[re.Match[str]], conj: int, head_word: str, plural: bool) -> bool:
    """Whether "the A B and C D teams" names the council's teams of family support and of child protection,
    safeguarding or intervention, as councils pair them: "the family support and child protection teams", "three
    family support and safeguarding teams", "the family support and intervention teams", "three safeguarding and
    support teams" (not "the child protection and looked after children teams": two kinds of team)."""
    if not plural or head_word != "team":
        return False
    words = [m.group(0).lower() for m in mods]
    text, start = mods[0].string, mods[0].start()
    each = _EACH_OF_TWO_BEFORE.search(text, max(0, start - 14), start)
    if each and (each.group(0).lower().startswith("both") or not _HEAD_THEN_AND.match(text, mods[-1].end())) \
            or _HEAD_THEN_RESPECTIVELY.match(text, mods[-1].end()):
        return False  # "between the family support and intervention teams", "both the …", "… teams respectively": two (but
        # "between the family support and child protection teams and the police": one kind, and another body)
    return conj >= 1 and len(mods) - conj - 1 >= 1 \
        and (_THE_OR_A_COUNT_BEFORE.search(text, max(0, start - 30), start) is not None
             or _BODY_THEN_COMMA.search(text, max(0, start - 40), start) is not None) \
        and ("protection" in words and conj >= 2 and ("support" in words or "help" in words)
             and (len(mods) - conj - 1 >= 2 or words[conj + 1 :] == ["protection"])
             or words[conj + 1 :] in (["safeguarding"], ["intervention"]) and words[:conj] in (["family", "support"], ["family", "help"])
             or words[:conj] == ["safeguarding"] and words[conj + 1 :] in (["support"], ["family", "support"])) \
        and not any(w in _BODIES_OF_THE_SECTOR or w in PHRASE_BREAK for w in words)
    # (also "three family support and safeguarding teams", "the Access Centre, family support and child protection teams, …":
    # a count, or a body and a list's comma before them; not "the assessment, family support and child protection teams": three)


#: Words before two teams' fields that say they are two: "between the …", "both the …".
_EACH_OF_TWO_BEFORE = re.compile(r"\b(?i:between|both)\s+(?:the\s+)?$")
#: A kind word, then "and" or "respectively", after a phrase's last modifier: "… teams and the police", "… teams respectively".
_HEAD_THEN_AND = re.compile(r"\s+\w+\s+and\s")
_HEAD_THEN_RESPECTIVELY = re.compile(r"\s+\w+\s+respectively\b")
#: Words that are a team's own kind after "support and" or "review and": "the review and adoption teams" are two.
_TEAMS_OWN_KINDS = {"adoption", "fostering", "court", "courts", "duty", "placement", "placements", "permanence", "residential",
                    "legal", "transport", "admin", "business", "leaving", "reviewing", "police"}  # (and the sector's: PHRASE_SECTOR)


def _two_works_paired(mods: list[re.Match[str]], head_word: str, plural: bool) -> bool:
    """Whether a team's name opens with two of its works joined by "and": "the support and protect
    service", "the access and assessment team", "the support and protect teams" (not "support and
    advice services", a range)."""
    if head_word not in ("team", "service", "unit", "hub") or len(mods) < 3 or mods[0].group(0) not in _WORKS_PAIRED \
            or mods[1].group(0) != "and":
        return False
    second = mods[2].group(0).lower()
    return (not plural or _THE_BEFORE.search(mods[0].string, max(0, mods[0].start() - 8), mods[0].start()) is not None) \
        and second not in _CONNECTORS | PHRASE_SOFT_STOP | PHRASE_SECTOR | _TEAMS_OWN_KINDS and not _describes(mods[2]) \
        and _whole_generic(f"{second} team") is None and _whole_generic(f"{second} service") is None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: Words of the trade's terms for whom a body works, besides the sector's: "early help", "looked after children".
_TRADE_TERM_WORDS = {"early", "looked", "after", "in", "leavers", "need"}


#: Words before "care management team" that make it the council's leaders: "the social care management team".
_LEADERS_OF_CARE = {"senior", "social", "executive", "wider", "and"}


def _not_the_leaders_of_care(words: list[str], text: str, position: int) -> bool:
    """Whether the words before "care management" (those of the phrase, else the one before it at
    ``position``) leave it a team that manages care: "the assessment and care management teams", not
    "the social care management team" nor "the senior care management team" (the council's leaders)."""
    named = [w for w in words if w != "and"]
    if named:
        return named[-1] not in _LEADERS_OF_CARE
    before = re.search(r"([\w’'-]+)\s*$", text[max(0, position - 30) : position])
    return before is None or before.group(1).lower() not in _LEADERS_OF_CARE


def _trade_term_before_name(words: list[re.Match[str]]) -> bool:
    """Lower-case words of the trade right after "the", before a capitalised name: whose work
    the body is, part of its name ("the looked after children Progress Group", "the early
    help Brighter Days hubs"), not a heading run into the text."""
    text = words[0].string
    lowered = [w.group(0).lower() for w in words]
    return bool(_THE_BEFORE.search(text, max(0, words[0].start() - 8), words[0].start())) and all(
        w.group(0)[:1].islower() and (word in PHRASE_SECTOR or word in _TRADE_TERM_WORDS) for w, word in zip(words, lowered)
    ) and any(word in _TRADE_TERM_WORDS for word in lowered)  # not "the specialist Anyshire Finders team"
_POLICE_AFTER_WORD = re.compile(r"\b(?:with|by|from|and|including|alongside|between|to|involving)\s+$", re.IGNORECASE)
#: "police checks", "police protection": the word describes what follows
_POLICE_AS_ADJECTIVE = re.compile(r"\s+(?!and\b|or\b|to\b|when\b|where\b|in\b|at\b|on\b|about\b|as\b|if\b|is\b|are\b|was\b|were\b|have\b|has\b|had\b|who\b|that\b|which\b|for\b|with\b)[a-z]")


def _names_the_police(text: str, start: int, end: int) -> bool:
    """"the police", "Police", "police partners": the force; "police presence", "police
    notifications" only describe."""
    if text[start:end][:1].isupper() or text[start:end].lower().startswith("the ") or _THE_BEFORE.search(text, 0, start):
        return True
    if _POLICE_AFTER_WORD.search(text, 0, start) and not _POLICE_AS_ADJECTIVE.match(text, end):
        return True  # "investigations with police", "shared by police and health"
    return bool(re.match(r"\s+(?:partners?|colleagues|counterparts?|officers?|forces?|services?|constabulary|representatives?|and\s)", text[end:]))


def _tidy(name: str) -> str:
    """The name with each run of white space one space (where "split" splits), and an
    age range broken after its dash joined (looked for only where a dash is followed by a space)."""
    name = " ".join(name.split())
    return _RANGE_BROKEN.sub(r"\1", name) if "- " in name or "– " in name else name


_RANGE_CUT = re.compile(r"(?<![\w-])(\d{1,2}[–-])\s*$")
_RANGE_OVER_LINE = re.compile(r"(?<![\w-])(\d{1,2}[–-])\r?\n(?=\d{1,2}s?\b)")
#: An age range broken over a line after its dash: "the 0–" / "25s disability service".
_RANGE_BROKEN = re.compile(r"(?<![\w-])(\d{1,2}[–-]) (?=\d{1,2}s?\b)")


def _initials_match(name: str, acronym: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ("and", "of", "for", "the", "&", "in")]
    initials = "".join(w[0] for w in words).upper()
    short, _, kind_word = acronym.rpartition(" ")
    if short and re.fullmatch(r"[A-Za-z][a-z]+", kind_word) and words and words[-1].lower() == kind_word.lower():
        acronym = short  # "the Looked After and Care Leavers' Council (LAC Council)": the short form keeps the kind word
    letters = re.sub(r"[^A-Z]", "", acronym.upper().rstrip("S") if acronym.endswith("s") else acronym.upper())
    if not letters:
        return False
    if initials.endswith(letters) or initials.startswith(letters) or letters in initials:
        return True
    capitals = re.sub(r"[^A-Z]", "", acronym)  # "(BeNCH CRC)": the capitals as written, a small letter between them
    if len(capitals) >= 3 and capitals != letters and (initials.endswith(capitals) or initials.startswith(capitals)):
        return True
    if len(letters) >= 3 and letters[0] == initials[:1] and sorted(letters) == sorted(initials):
        return True  # "Anyshire Safeguarding Children Board (ACSB)": the initials in the order a report's owner says them
    # "North Anyshire NHS (PCT)": the acronym names the kind
    return letters in ("PCT", "CCG", "NHS")


_RUN_JOIN = re.compile(r",?\s+and\s+|,\s+")
#: "and the" before a capital: another body starts.
_AND_ANOTHER = re.compile(r",?\s+and\s+[Tt]he\s+(?=[A-Z])")
#: A body's possessive inside a capitalised run, before another name: "Anyshire Police's Public Protection Unit".
_OWNER_IN_RUN = re.compile(r"(.+?)['’]s\s+(?=[A-Z])")
#: A run opening with a kind's short form and "for": "YOT for Anyshire Magistrates' Court".
_KIND_ACRONYM_FOR = re.compile(r"(?:The\s+)?([A-Z]{2,6})\s+(?:for|to)\s+(?=[A-Z])")
_NHS_AREA = re.compile(r"NHS(?: [A-Z][a-z]+){1,3}")
#: An NHS commissioner's short form keeping "NHS": "(NHS ACW)" (as ``shortforms`` reads a place's word and letters,
#: "(Wyre CVS)", whose place must be a word in capitals and small letters).
_NHS_SHORT_AFTER = re.compile(r"\s*\((NHS\s+([A-Z]{2,6}))\)")
#: The kinds an NHS commissioner's name ends in; its end, whose area may be a list of places (``_NHS_COMMISSIONER_END``).
_COMMISSIONER_KINDS = r"Clinical Commissioning Group|CCG|Integrated Care Board|ICB|Integrated Care System|ICS"
_NHS_COMMISSIONER_END = re.compile(rf"(?:{_COMMISSIONER_KINDS})$")
_FIRST_WORD = re.compile(r"([A-Za-z'’\-]+)(,?\s+)")
_QUOTE_BEFORE_SPACE = re.compile(r"['’]\s")
_PEOPLE_OF = re.compile(r"(?:Members?|Chairs?|Leaders?|Staff|Representatives?|Heads?|Directors?|Officers?|Managers?|Chief Constables?"
                        r"|Chief Executives?|Chief Officers?|Chief Nurses?|Medical Directors?|Deputy Directors?"
                        r"|Partners?|Colleagues|Practitioners)\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])")
_A_WORD_OF_THE = re.compile(r"(?:Membership|Support|Funding|Use|Work|Views|Role|Part|Evaluation|Review|Training|Involvement|Help|Advice"
                            r"|Guidance|Oversight|Scrutiny|Leadership|Engagement)\s+of\s+(?=The\s+[A-Z])")
_KIND_OF_NAME = re.compile(r"([A-Z]{3,6})\s+of\s+(?=[A-Z])")
_GENERIC_ACRONYMS = frozenset(a for kind in GENERIC_BODIES for a in kind.acronyms)
_NATIONAL_ACRONYMS = frozenset(a for kind in NATIONAL_BODIES for a in kind.acronyms)
_POSSESSIVE_RUN = re.compile(r"^[A-Z]\w*['’]s\s+(?:Police|Service|Team)$")
#: "and" and an area after an NHS body's first area: "NHS Anyshire and Wyre", "… and South Anyford".
_AND_AREA = re.compile(r" and ((?:North |South |East |West |Mid )?[A-Z][a-z]+(?: (?:of )?(?!Council|Borough|County|City|Police|Constabulary)[A-Z][a-z]+)?)\b")
#: An NHS commissioner named by its area ("NHS Anyshire", "NHS Vale of Wyre"); a place's hyphenated
#: name is one word of it ("NHS Anyford-on-Sea", "NHS Wyre-under-Edge").
_NHS_PLACE = re.compile(r"\bNHS ((?:[A-Z][a-z]+)(?:-(?:on|upon|under|super|le)-[A-Z][a-z]+)?"
                        r"(?:\s+(?:of\s+|with\s+|on\s+|upon\s+)?[A-Z][a-z]+(?:-(?:on|upon|under|super|le)-[A-Z][a-z]+)?){0,3})\b")
#: Where an NHS commissioner's second area ends its name: the sentence's or the clause's end, a bracket,
#: or "and" before the next NHS body ("NHS Anyford and Wyre Vale and NHS Westshire"); the area a place's
#: name unless the next NHS body follows ("NHS Anyford and Brook." is two bodies).
_AREA_ENDS = re.compile(r"\s*[.;:(]|\s+and\s+NHS\b")


_IN_AFTER_NAME = re.compile(r" in (?=[A-Z])")
#: Words that make "… School" a kind of school, not one school's name.
_KINDS_OF_SCHOOL = {"virtual", "hospital", "special", "primary", "secondary", "grammar", "free", "independent", "residential",
                    "maintained", "local", "infant", "junior", "nursery", "high", "middle", "community", "foundation", "the",
                    "village", "church", "catholic", "mainstream", "alternative", "day", "boarding", "state", "faith", "new",
                    "summer", "forest", "sunday", "each", "every", "any", "all", "one", "a", "an", "this", "that", "their", "its", "our"}
#: One capitalised word opening a run before "the" or another capital: "April the Youth …", "January Wyre Police".
_OPENER_IN_RUN = re.compile(r"([A-Z][\w’'-]*)\s+(?:the\s+)?(?=[A-Z])")
#: A body's kind word, then a post or a document of it: "… Partnership Executive", "… Trust Chief Executive".
_ROLE_AFTER_HEAD = re.compile(r"\b(?:Partnership|Board|Trust|Police|Constabulary|Council|Service|Team|Parliament|Forum|Group|Panel)"
                              r"\s+((?:Chief\s+)?(?:Executive|Chair|Chairs|Annual\s+Report|Business\s+Manager|Website|Officers?|Members?|"
                              r"Manager|Managers|Lead|Leads|Staff|Inspectors?))\b")
#: Up to three capitalised words, then "and", "&" or "with", then more: a kind's name, then another body's.
_KIND_JOINED = re.compile(r"(?:The\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:and|&|with)\s+(?=[A-Z])")


#: Inspections a report names by their short form, before the body they looked at ("following the JTAI the …").
_INSPECTIONS_BY_SHORT_FORM = frozenset({"JTAI", "ILACS", "SIF"})


def _not_a_name_word(word: str) -> bool:
    """Whether a capitalised word opening a run is no name's: a time, a short form of an event
    ("JTAI"), or a sentence's word ("In", "Following")."""
    return bool(_A_TIME.fullmatch(word) or _WEEKDAY.fullmatch(word)) or word in _INSPECTIONS_BY_SHORT_FORM \
        or (word.lower() in LEADING_NON_NAME or _opens_sentence(word)) and word.lower() not in _NAME_ADJECTIVES  # ("the New Roads Service")


#: A team or service of a capitalised run, then "of" and the body whose it is (not "the Wyre Group of
#: Hospitals NHS Foundation Trust": one trust's name).
_TEAM_OF_BODY = re.compile(r"(.+?\b(?:Team|Service|Unit|Hub|Panel|Group|Forum|Department|Division))\s+of\s+(?!Hospitals\b)(?=(?:the\s+)?(?:[A-Z]|\d+\s+[A-Z]))")
#: "The" inside a capitalised run, not after a small word of a title ("Children of The …"): a new name starts.
_THE_INSIDE_RUN = re.compile(r"(?<!\bof)(?<!\bfor)(?<!\band)(?<!\bto)(?<!\bin)(?<!\bat)(?<!\bon) The (?=[A-Z])")
#: One word opening a run before "and", "&", "with" or "in" and more capitals: a body's short form or people.
_ONE_WORD_JOINED = re.compile(r"(?:The\s+)?([A-Z][\w'’-]*)\s+(?:and|&|with|in)\s+(?=[A-Z])")
#: People a sentence names in capitals at its start, before "and" and a body: never part of its name.
#: (not those that open bodies' names: "Children and Families Service", "Parents and Carers Forum", "Partners in Practice")
_PEOPLE_WORDS = {"leaders", "managers", "inspectors", "practitioners", "councillors", "staff", "professionals", "colleagues",
                 "officers", "governors", "clinicians", "teachers", "headteachers", "volunteers", "children", "families", "parents",
                 "carers", "adults", "women", "men", "pupils", "students", "learners",
                 "midwives", "nurses", "doctors", "paediatricians", "therapists", "psychologists", "detectives", "advisers"}


#: The words of a report's headings that a PDF's text may run into the next sentence ("Fostering The …").
_HEADINGS = {"fostering", "adoption", "kinship", "leadership", "missing", "permanence", "residential", "governance",
             "recommendations", "summary", "background", "context", "partnerships", "justice", "youth", "care", "leavers",
             "health", "education", "exploitation", "neglect", "strengths", "weaknesses", "areas", "for", "and", "of"}
#: Posts and offices a report writes by their short form before another body: "the PCC and Anyshire Police".
_POSTS_AND_OFFICES = frozenset({"PCC", "OPCC", "CPS", "DCS", "DfE", "NHS", "LA"})
_SHORT_FORMS_OF_BODIES = _GENERIC_ACRONYMS | _NATIONAL_ACRONYMS | _POSTS_AND_OFFICES
#: Words that carry on a kind of work's title rather than start another body's name ("the MASH and Assessment Service").
_WORK_WORDS = PHRASE_SECTOR | {"assessment", "learning", "prevention", "allegations", "intervention", "inclusion", "development",
                               "disability", "disabilities", "safeguarding", "exploitation", "emotional", "support", "early",
                               "specialist", "targeted", "therapeutic", "quality", "performance", "improvement", "resources",
                               "access", "referral", "referrals", "response", "emergency", "duty", "contact", "family", "wellbeing"}
_HEADING_WORDS = _WORK_WORDS | _HEADINGS


def _a_name_starts(rest: str) -> bool:
    """Whether capitalised words after "and", "with" or "in" start another body's name ("Anyshire
    Police"), not a kind of work going on with the words before it ("Assessment Service")."""
    return rest.split()[0].lower() not in _WORK_WORDS  # (``_ONE_WORD_JOINED`` leaves a word after it)


#: Words before "Healthcare" that make a kind of care, not a provider: "Primary Healthcare", "Acute Healthcare".
#: (besides the sector's words, the fields of health and the judgements ``_a_providers_own_word`` refuses too)
_KINDS_OF_HEALTHCARE = {"secondary", "tertiary", "independent", "children’s", "looked", "after", "continuing", "offender", "refugee",
                        "transition", "preventive", "emergency", "childhood", "traveller", "complex", "paediatric", "maternity"}


def _a_providers_own_word(qualifier: str, text: str, start: int) -> bool:
    """Whether one capitalised word before "Healthcare", mid-sentence, is a provider's own ("Wyrex
    Healthcare"), not a kind of care, a field, whom it serves or a judgement."""
    word = qualifier.strip()
    lowered = word.lower()
    if text[max(0, start - 1) : start] in ("‘", "'") or re.search(rf"\b{re.escape(word)} Healthcare\s+(?:NHS|Trust|Partnership)\b", text):
        return False  # "… Combined Healthcare NHS Trust, known as ‘Combined Healthcare’": the trust's short name, not another body
    after = text[start + len(word) + len(" Healthcare") :]
    if not _PARTNER_BEFORE.search(text, max(0, start - 14), start) or re.match(r"\s+[a-z]", after) and not re.match(
            r"\s+(?:and|provides|provided|is|has|was|which|who|runs|delivers|offers)\b", after):
        return False  # "provided by Wyrex Healthcare."; not "receive Offender Healthcare", "the Refugee Healthcare team"
    return " " not in word and word[:1].isupper() and not _at_sentence_start(text, start) \
        and lowered not in _KINDS_OF_HEALTHCARE | PHRASE_SECTOR | PHRASE_SOFT_STOP | DESCRIBING | PEOPLE_SERVED | LEADING_NON_NAME \
        and lowered not in _FIELDS_OF_HEALTH and not _opens_sentence(word)


def _people_before_a_name(words: str) -> int | None:
    """Where a run's words go on after one word of people before "and", "&", "with" or "in" and
    another body's name ("Leaders and Anyshire Police", "Staff in Wyre Council"); None where the
    run opens otherwise, or its next word is people too ("the Managers and Practitioners Forum")."""
    joined = _ONE_WORD_JOINED.match(words)
    if joined is None or not _people(joined.group(1)):
        return None
    rest = words[joined.end() :]
    return joined.end() if _a_name_starts(rest) and not _people(rest.split()[0]) else None


def _people(word: str) -> bool:
    """Whether one capitalised word is people or posts ("Leaders", "Managers", "Staff")."""
    word = word.strip("'’")  # "Families'" of "the Children and Families' Alliance"
    return word.lower() in _PEOPLE_WORDS or _is_post(word) or word.lower().rstrip("s") in PHRASE_ROLES


#: Words before a plural "Colleges" that make it kinds of college, not one group of colleges by its name.
_KINDS_OF_COLLEGE = {"Royal", "Medical", "Further", "Higher", "Education", "FE", "Sixth", "Form", "Local", "Specialist",
                     "Partner", "Other", "Independent", "Private", "Technical", "Agricultural", "Land-based", "Art"}
#: What a college teaches, after its "of": a kind of college, not its name ("College of Further Education").
_WHAT_IS_TAUGHT = {"further", "higher", "and", "the", "education", "social", "work", "care", "art", "arts", "music", "science",
                   "sciences", "technology", "nursing", "health", "medicine", "law", "agriculture"}


def _a_kind_of_work(words: str) -> bool:
    """Whether capitalised words name a kind of work, not a body ("Early Help", "Health"): before
    "and" and a generic kind, a part of one name ("the Early Help and Safeguarding Partnership")."""
    return not _ACRONYM_LED.fullmatch(words) and not _ANY_HEAD_END.search(words) and (
        all(w.lower() in PHRASE_SECTOR for w in words.split()) or _is_a_kind(words))


def _listed_name_follows(rest: str) -> bool:
    """Whether the words after a list's first item and its comma open a name of their own: no "and"
    ("KCC, Anyshire Police"), or a whole name before the first "and" ("the DWP, Jobcentre Plus and
    Anyshire Police"); not a title's list ("the SEND, Inclusion and Learning Sub-group")."""
    first = re.split(r",\s+|\s(?:and|&)\s", rest, maxsplit=1)[0]  # (or before the list's next comma: "NTW, Wyre Police, …")
    return first == rest or bool(_ANY_HEAD_END.search(first) or police_force_for(first) or council_for(first)
                                 or _NATIONAL_WHOLE.fullmatch(first) or first.startswith("NHS "))


def _two_joined_by_with(words: str) -> re.Match[str] | None:
    """The "with" in a run that joins two bodies: after an area ("West Wyre with Anyford Borough
    Council": two councils) or a whole body's name ("Wyre Lives Foundation with Anyshire Police");
    None for a council whose own name holds "with" (Blackburn with Darwen) or a name that goes on
    with people ("… Partnership with Parents Service")."""
    joined = re.search(r"\s+with\s+(?=[A-Z])", words)
    if joined is None:
        return None
    left, right = words[: joined.start()], words[joined.end() :].split()
    if any(council_for(f"{left} with {' '.join(right[:n])}") is not None for n in (1, 2)) or council_for(words) is not None:
        return None
    if _only_an_area(left.split()):
        return joined
    whole_left = _ANY_HEAD_END.search(left) or any(f.start == 0 and f.end == len(left) for f in _generic_matches(left))
    rest = words[joined.end() :]
    whole_right = _ANY_HEAD_END.search(words) or any(  # "Anyford NHS Trust with Barnardo's": a body the gazetteer knows whole
        f.start == 0 and f.end == len(rest) for f in _generic_matches(rest))
    return joined if whole_right and right[0].lower() not in PEOPLE_SERVED | _PEOPLE_WORDS and whole_left else None


#: A run's words to the first end of a police force's name: "Anyshire and Wyre Police".
_FORCE_FIRST = re.compile(r".+?\b(?:Police|Constabulary)\b")
#: The ends of NHS bodies' names: a provider trust's ("… NHS Trust", "… NHS Foundation Trust"; such a
#: name never opens with "NHS") or a commissioner's.
_NHS_NAME_END = re.compile(rf"\b(?:(?P<provider>NHS (?:Foundation )?Trust)|{_COMMISSIONER_KINDS}|Care Trust)\b")


def _a_provider_trust_first(words: str) -> bool:
    """Whether the first NHS body's name to end in a run is a provider trust's ("NHS Wyre, Anyford
    Hospitals NHS Trust and …"), not a commissioner's ("NHS Anyford, Wyre and Westshire ICB")."""
    first = _NHS_NAME_END.search(words)
    return first is not None and first.group("provider") is not None


#: A short form and a comma opening a run: an item of a list before the next name.
_SHORT_FORM_LISTED = re.compile(r"(?:[A-Z]{2,6}|(?P<nhs>NHS(?: (?:of |and )?[A-Z][\w’'-]*){1,5})),\s+")


def _a_known_body_first(words: str) -> re.Match[str] | None:
    """``_ONE_WORD_JOINED``'s match where a run's first word is a body the gazetteer knows by that word
    (a kind's, a national body's or a force's short form; an acronym before a force or a council) and
    another body's name follows it ("the LADO and Anyshire Police", "Cafcass and Anyford Family Court");
    None otherwise ("the MASH and Assessment Service", "CAMHS in Schools Service": one body each)."""
    alone = _ONE_WORD_JOINED.match(words)
    if alone is None or not _a_name_starts(words[alone.end() :]):
        return None
    word, rest = alone.group(1), words[alone.end() :]
    known = word in _SHORT_FORMS_OF_BODIES or word in police_force_short_forms() or _NATIONAL_WHOLE.fullmatch(word) \
        or re.fullmatch(r"[A-Z]{2,6}", word) and (police_force_for(rest) or council_for(rest))
    return alone if known else None


#: A college's or a university's title of two subjects, up to the "and" between them: "Wyre College of
#: Arts", "… College of Further" (and Technology, and Higher Education).
_A_TITLE_OF_TWO = re.compile(r"\b(?:College|University|Institute|Academy) of [A-Z][a-z]+$")


def _a_second_subject(rest: str) -> bool:
    """Whether the words after a title's "and" are a second subject taught ("Technology", "Higher
    Education"), then another "and": "… of Arts and Technology and Wyre College" (not "the University
    of Anyford and Barnardo's", a partner after it)."""
    parts = re.split(r",? and |, ", rest, maxsplit=1)
    return len(parts) == 2 and (all(w.lower() in _WHAT_IS_TAUGHT | _SUBJECTS_TAUGHT for w in parts[0].split())
                                or len(parts[0].split()) == 1 and parts[0][:1].isupper() and parts[0] not in _place_name_words()
                                and not _ANY_HEAD_END.search(parts[0]) and _ANY_HEAD_END.search(parts[1]) is not None)
    # ("… College of Music and Drama and Anyford College": one subject's word, then another college)


#: Subjects a college's title names besides ``_WHAT_IS_TAUGHT``: "… College of Art and Design".
_SUBJECTS_TAUGHT = {"design", "engineering", "business", "humanities", "sport", "sports", "media", "performing", "technologies"}


#: A title's first word and "a" between "the" and the rest of its capitals: "the Make a Noise Council", "the Give a Hand project".
_TITLE_WITH_A_BEFORE = re.compile(r"\b[Tt]he ([A-Z][a-z]+) an? $")
#: Any capitalised word and "a" before a name: the name may be a title's end ("Every Child a Singer"), which a name said to
#: be a body is refused as (``_TITLE_WITH_A_BEFORE``, after "the" and no place's word, joins the title whole instead).
_A_TITLES_WORD_AND_A_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+an?\s+$")


def _title_with_a_before(text: str, at: int) -> re.Match[str] | None:
    """A title's first word and "a" between "the" and ``at`` ("Make a " of "the Make a Noise Council"), or None."""
    titled = _TITLE_WITH_A_BEFORE.search(text, max(0, at - 24), at)
    return titled if titled is not None and _a_titles_first_word(titled.group(1)) else None


def _a_titles_first_word(word: str) -> bool:
    """Whether a capitalised word between "the" and "a" may open a title ("Make" of "the Make a Noise Council"): not an
    area's, a place's or a time's word ("In the North a Youth Offending Service team …", "Across the County a …")."""
    return word.lower() not in _AREA_WORDS and word not in _PLACE_STYLE_WORDS and word not in _place_name_words() \
        and council_for(word) is None and not _A_TIME.fullmatch(word)


#: The next item of a list a provider trust: "…, Anyford and Wyre NHS Foundation Trust," after a commissioner.
_A_PROVIDER_TRUST_NEXT = re.compile(r"[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|and|of|the))* NHS (?:Foundation )?Trust")  # (read whole: fullmatch)
#: A commissioner named by a list of places with a comma, "and", then a provider trust's whole name.
_NHS_PLACES_THEN_PROVIDER = re.compile(r"(NHS [A-Z][\w’'-]*(?:, [A-Z][\w’'-]*)+ and [A-Z][\w’'-]*) and "
                                       r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* NHS (?:Foundation )?Trust)")
#: Two places joined by "and" opening the rest of a run: "Anyford and Wyre " of "… and Anyford and Wyre NHS Trust" (the
#: second of one word: the run goes on after it).
_TWO_PLACES_OPEN = re.compile(r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)??) and ([A-Z][\w’'-]*) ")


#: NHS England's local team (2013-2016) by its area: "NHS England Anyshire and Wyre Area Team".
_NHS_ENGLANDS_AREA_TEAM = re.compile(r"NHS England [A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,5} (?:Area|Local) Team")


def _runs(text: str):
    """Capitalised runs, split where "and" joins two complete names ("X NHS Trust and Y NHS
    Foundation Trust")."""
    for words, start in _found_from_first_character(_RUN, _RUN_AT_FIRST_CHARACTER, text):
        if text.endswith("a ", 0, start) and (titled := _title_with_a_before(text, start)) is not None:
            words, start = text[titled.start(1) : start] + words, titled.start(1)  # "the Make a Noise Council": one title
        counted = _COUNT_BEFORE_NAME.match(words)
        if counted is not None:  # "Tier 4 Child and …", "Around 5 Youth Offending Service workers": a count, a level
            start, words = start + counted.end(), words[counted.end() :]
            if not words:
                continue
        if words[:1].isdigit() and not re.match(r"\d+[a-z]", words) and (
                (start and (text[start - 1].isdigit() or text[start - 1] in ",./-"))
                or _COUNTED_AFTER.match(text, start + len(words))  # "from 2 Anyford Hospital wards": a count of them
                or re.match(r"\d{1,2} The ", words)  # "1 The Anyshire Partnership is …": a footnote's number before its text
                or not (_BEFORE_A_NUMBERED_NAME.search(text, max(0, start - 6), start)
                        or text.endswith(", ", 0, start) and _NHS_NAME_END.search(words)  # "…, 5 Boroughs Partnership NHS Trust"
                        or start == 0 and _ANY_HEAD_END.search(words) and re.match(r"\d{1,2} [A-Z]", words)
                        and not any(f.start == 0 for f in _generic_matches(words.split(" ", 1)[1])))):
            # (a sentence may open with a name's number: "5 Wyre Boroughs Partnership NHS Foundation Trust provides …")
            number = re.match(r"\S+\s*", words)  # "In 2019 Anyshire Council", "Around 5 Youth … workers": the number is no name's
            start, words = start + number.end(), words[number.end() :]
            if not words:
                continue
        while (opener := _OPENER_IN_RUN.match(words)) is not None and (_not_a_name_word(opener.group(1)) or " the" in opener.group(0) and (
                council_for(opener.group(1)) is not None or opener.group(1).isupper())) and not (
                opener.group(1).lower() in NUMBER_WORDS and " the" not in opener.group(0)
                and _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)
                and council_for(words[opener.end() :].split(" ")[0]) is None and not re.search(r"\b(?:Police|Constabulary)$", words)) \
                and not (_in_opens_a_name(opener.group(1), text, start) and _ANY_HEAD_END.search(words)):
            # ("with Three Ways School": a name's own number; "met Two Leeds Police officers": a count; "the In Care Council",
            # "the In Touch Service": after "the", "In" is a name's first word)
            start += opener.end()  # "In April the Youth Offending Team …", "In January Anyshire Police …": when or where, then a name
            words = words[opener.end() :]
        if not _ANY_HEAD_END.search(words) and (after := _ROLE_AFTER_HEAD.search(words)) is not None:
            words = words[: after.start(1)].rstrip()  # "the Wyre Safeguarding Children Partnership Executive": the body, then a post
        if (kind_first := _KIND_JOINED.match(words)) is not None and _a_name_starts(words[kind_first.end() :]) \
                and _is_a_kind(kind_first.group(1)):
            yield kind_first.group(1), start  # "The Front Door and Anyshire Police share …": a kind, then another body
            start += kind_first.end()
            words = words[kind_first.end() :]
        led = _KIND_ACRONYM_FOR.match(words)
        if led is not None and _generic_matches(led.group(1)):
            start += led.end()  # "the YOT for Anyshire Magistrates' Court": a kind's short form, then whom it works for
            words = words[led.end() :]
        titled = _THE_INSIDE_RUN.search(words)
        named_before = titled is not None and _ANY_HEAD_END.search(words, 0, titled.start()) is not None
        if titled is not None and (named_before or _a_heading(words[: titled.start()])):
            # "Fostering The Fostering Service recruited …": a heading run into a title (not "Stand By The Family …")
            if named_before:
                yield words[: titled.start()], start  # "… the Wyre Safeguarding Board The Anyshire …": two names
            start += titled.start() + 1
            words = words[titled.start() + 1 :]
        owned = _TEAM_OF_BODY.match(words)
        if owned is not None and _ANY_HEAD_END.search(words):
            yield owned.group(1), start  # "the Children in Care Health Team of Wyre Community NHS Trust": the team, then whose
            start += owned.end()
            words = words[owned.end() :]
        if (people := _people_before_a_name(words)) is not None:
            start += people  # "Staff in Anyshire Police's Public Protection Unit": people, then whose unit
            words = words[people:]
        owner = _OWNER_IN_RUN.match(words)
        if owner is not None and (_ANY_HEAD_END.search(owner.group(1)) or _NATIONAL_WHOLE.fullmatch(owner.group(1))
                                  or police_force_for(owner.group(1))  # "TVP's Child Abuse Investigation Unit"
                                  or " " not in owner.group(1).removeprefix("The ") and is_short_form(owner.group(1).removeprefix("The "))):
            # ("the WSCB's Child … Sub-group": a short form's possessive)
            yield owner.group(1), start  # "Anyshire Police's Public Protection Unit": the force, then its unit
            start += owner.end()
            words = words[owner.end() :]
        if (listed_nhs := _NHS_PLACES_THEN_PROVIDER.fullmatch(words)) is not None:
            yield listed_nhs.group(1).split(",", 1)[0], start  # "NHS Anyford, Wyre and Westshire and Vale Care NHS Foundation
            start += listed_nhs.start(2)  # Trust": a commissioner named by a list of places, then a provider trust (no
            words = listed_nhs.group(2)  # provider's name opens with "NHS"); the commissioner by its first place, as the
            # NHS areas' reader names it
        listed = _SHORT_FORM_LISTED.match(words)
        provider_first = listed is not None and listed.group("nhs") and _a_provider_trust_first(words)
        if listed is not None and listed.group("nhs") and re.search(r"\b(?:Integrated Care Board|Clinical Commissioning Group|CCG|ICB|Trust)$", words) \
                and not provider_first:
            listed = None  # "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board": one name, its areas listed
            # (but a provider trust's name never opens with "NHS": "NHS Wyre, Anyford Hospitals NHS Trust" is two)
        if listed is not None and _a_name_starts(words[listed.end() :]) and (
                _listed_name_follows(words[listed.end() :]) or provider_first):
            if listed.group("nhs"):
                yield listed.group("nhs"), start  # "the council, NHS Wyre, Anyshire Constabulary and …": two names
            elif listed.group(0).rstrip(", ") in _SHORT_FORMS_OF_BODIES or listed.group(0).rstrip(", ") in police_force_short_forms():
                yield listed.group(0).rstrip(", "), start  # "the MASH, Anyshire Police, schools and …": the hub's short form is a body too
            start += listed.end()  # "the partners, KCC, Anyshire Police and the ICB": a list's short form, then a name
            words = words[listed.end() :]  # (a title's list ends in "and": "the SEND, Inclusion and Learning Sub-group")
        while True:
            alone = _a_known_body_first(words)
            if alone is not None:
                yield alone.group(1), start + alone.start(1)  # "the LADO and Anyshire Police", "the MASH with Wyre Police": two bodies
                start += alone.end()
                words = words[alone.end() :]
                continue
            if (people := _people_before_a_name(words)) is not None:
                start += people  # "Leaders and Anyshire Police have agreed …", "Staff in Wyre Council": people, then a body
                words = words[people:]
                continue
            if (joined_with := _two_joined_by_with(words)) is not None:
                yield words[: joined_with.start()], start  # "Wyre Lives Foundation with Anyshire Police": two bodies
                start += joined_with.end()
                words = words[joined_with.end() :]
                continue
            ended = _HEAD_BEFORE_COMMA.search(words) if ", " in words else None
            if ended is not None and (whole := _ANY_HEAD_END.search(words)) is not None and whole.start() <= ended.start():
                ended = None  # "the College of Anyford, Wyre and North Vale": one kind's name, its places listed
            if ended is not None and _a_name_starts(words[ended.end() :]):
                chunk, end = words[: ended.end()].rstrip(", "), ended.end()
                if chunk.startswith("NHS ") and (comma := chunk.find(", ")) > 0 and _A_PROVIDER_TRUST_NEXT.fullmatch(chunk, comma + 2):
                    yield chunk[:comma], start  # "NHS Anyford and Wyre, Anyford and Wyre NHS Foundation Trust, …": a commissioner,
                    start, chunk, words, end = start + comma + 2, chunk[comma + 2 :], words[comma + 2 :], end - comma - 2  # then a
                    # provider (a commissioner's list of places ends in a commissioner's kind)
                yield chunk, start  # "Wyre Community Services, Anyford Hospitals NHS Trust": two names
                start += end
                words = words[end:]
                continue
            for conj in _RUN_JOIN.finditer(words):
                left = words[: conj.start()]
                if " and " in conj.group(0) and (last := left[left.rfind(" ") + 1 :]).lower() in PHRASE_SECTOR \
                        and left.endswith(f" and {last}") and not left.startswith("NHS ") \
                        and words[conj.end() : conj.end() + 4] not in ("St ", "The ") and not _ANY_HEAD_END.search(left) \
                        and _A_PROVIDER_TRUST_NEXT.fullmatch(words, conj.end()) and " and " not in words[conj.end() :]:
                    yield left, start  # "Wyre Health and Care and Anyford Health NHS Foundation Trust": a partner, then a provider
                    start += conj.end()  # trust after a name of its own "and" (not "Anyford and Wyre NHS Trust", "… Health and Social
                    words = words[conj.end() :]  # Care NHS Foundation Trust", "Guy's and St Thomas' …": one "and", inside one name)
                    break
                if " and " in conj.group(0) and _A_TITLE_OF_TWO.search(left) and _a_second_subject(words[conj.end() :]):
                    continue  # "Wyre College of Arts and Technology and Anyford College": the "and" of the college's own title
                if left.startswith("NHS ") and " and " in conj.group(0) and _a_provider_trust_first(words) and not _ANY_HEAD_END.search(left):
                    if (area := _NHS_PLACE.match(words)) is not None and conj.start() < _nhs_area(words, area)[1]:
                        continue  # "NHS Anyford and Wyre and Anyford and Wyre NHS Trust": the "and" of the commissioner's own area
                    yield left, start  # "NHS Wyre and Anyford NHS Foundation Trust": a commissioner, then a provider trust
                    start += conj.end()  # (no provider trust's name opens with "NHS")
                    words = words[conj.end() :]
                    break
                if left.startswith("NHS ") and " and " in conj.group(0) and _council_named_with_and(left[4:], words[conj.end() :]):
                    continue  # "NHS Anyford and Wyre …": the "and" of a council's name the commissioner is named by
                if conj.group(0).startswith(",") and " and " not in left and (force := _FORCE_FIRST.match(words, conj.end())) is not None \
                        and police_force_for(force.group(0)) is not None and police_force_for(words[: force.end()]) is None:
                    yield left, start  # "the Council of the Isles of Wyre, Anyshire and Wyre Police": a body, then a force's whole name
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and left.rsplit(" ", 1)[-1].lower() in _COMPASS \
                        and words[conj.end() :].split(" ", 1)[0].strip(",").lower() in _COMPASS:
                    continue  # "Wyre College South and West", "North and West Anyshire": two points of the compass, one place
                if left.endswith("County Court") and words[conj.end() :] == "Family Court":
                    continue  # "Anyshire County Court and Family Court": one court, both its names
                if " and " in conj.group(0) and len(left) <= 80 and _PLURAL_HEAD_END.search(left) \
                        and any(_a_place_word(w) for w in left.split()) \
                        and (_a_place_word(first := words[conj.end() :].split(" ", 1)[0]) or first.lower() in _COMPASS) \
                        and _ANY_HEAD_END.search(words[conj.end() :]):
                    yield left, start  # "Anyford Community Services and West Wyre Community Health": a name of a place ending in
                    start += conj.end()  # its kind's plural, then another name opening with a place's (not "Children's Services and
                    # Wyre Police Joint Working Group", "Health Services and County Council …": one title)
                    words = words[conj.end() :]
                    break
                if left.startswith("NHS ") and not _ANY_HEAD_END.search(left) \
                        and re.search(r"\b(?:Police|Constabulary|Council)$", words[conj.end() :]) and " and " not in words[conj.end() :]:
                    yield left, start  # "NHS Vale of Wyre and Wyre City Council": a commissioner, then another body
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if (" " in left or council_for(words) is None) and council_for(left) is not None \
                        and council_for(words[conj.end() :]) is not None \
                        or " and " in conj.group(0) and council_for(words) is None and _STYLED_AS_A_COUNCIL.fullmatch(left) \
                        and _STYLED_AS_A_COUNCIL.fullmatch(words[conj.end() :]):
                    yield left, start  # "the Royal Borough of Anyshire and Wyre City Council": two councils (and two by their
                    # styles where the reference list lacks one, a council a reorganisation ended: "the Borough of Anyford and
                    # Wyre Borough Council"; a half the list lacks is no body of the report, but no longer the other's name)
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if left.startswith("NHS ") and " and " in left and council_for(left.removeprefix("NHS ")) is not None \
                        and " and " in conj.group(0) and _ANY_HEAD_END.search(words[conj.end() :]):
                    yield left, start  # "NHS Anyford and Wyre and Westshire Community Health NHS Trust": a commissioner named
                    start += conj.end()  # by a council's name with its own "and", then another body (but "Anyford and Wyre
                    # and Westshire Safeguarding Children Partnership" is one, of three councils)
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and " " not in left and left.lower() in _PLURAL_ORGANISATIONS | {"gps"} \
                        and _ANY_HEAD_END.search(words[conj.end() :]) and _an_own_word(first := words[conj.end() :].split(" ", 1)[0]) \
                        and first.lower() not in _PLURAL_ORGANISATIONS and not _THE_BEFORE.search(text, max(0, start - 5), start):
                    # (not "the Schools and Colleges Forum", "the Schools and Inclusion Team": one title; a kind in general
                    # takes no "the")
                    start += conj.end()  # "Schools and Wyre College work with …": a kind in general, then a name
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and " " not in left and council_for(left) is None and left not in _place_name_words() \
                        and _ANY_HEAD_END.search(words) and (pair := _TWO_PLACES_OPEN.match(words, conj.end())) is not None \
                        and council_for(pair.group(1)) is not None and council_for(pair.group(2)) is not None \
                        and council_for(f"{left} and {pair.group(1)}") is None:
                    yield left, start  # "Oxleas and Anyford and Wyre NHS Trust": a name, then another named by two councils' places
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and re.search(r"\b(?:Police|Constabulary)$", words) and police_force_for(words) is None \
                        and police_force_for(words[conj.end() :]) is not None:
                    yield left, start  # "Alder Hey and Anyshire Police": a partner, then a force by its whole name (not "Avon and
                    start += conj.end()  # Somerset Constabulary", one force)
                    words = words[conj.end() :]
                    break
                if ((re.fullmatch(r"[A-Z]{2,6}s?", left) and _ORGANISATION_HEAD_END.search(words)
                     or _a_bodys_short_form(left) and " and " in conj.group(0) and _AN_ORGANISATIONS_END.search(words))
                        and words[conj.end() :][:1].isupper()) \
                        or any(f.start == 0 and f.end == len(words) - conj.end() and f.kind == "VoluntaryOrganisation"
                               for f in _generic_matches(words[conj.end() :])):
                    # ("Wyre Aid and St Giles Trust": a name, then a charity the gazetteer knows by its whole name; "AWP and Anyford
                    # CCG", "WyDaSH and Anyford Women's Aid": a short form of two capitals or more, then an organisation's name)
                    yield left, start  # "ABC and Wyre Hospitals NHS Foundation Trust": a body's short form, then another name
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if conj.group(0).startswith(",") and " and " not in conj.group(0) and " and " not in left and council_for(left) is None \
                        and _a_name_starts(words[conj.end() :]) \
                        and _NATIONAL_WHOLE.fullmatch(re.split(r",? and |, ", words[conj.end() :], maxsplit=1)[0]):
                    yield left, start  # "Connexions Anyshire, Jobcentre Plus and Wyre College": a national body in the list's
                    start += conj.end()  # middle, so a list of names, not one name with its places listed
                    words = words[conj.end() :]
                    break
                if conj.group(0).startswith(",") and " and " not in conj.group(0) and len(words) < _LONGEST_LISTED_RUN \
                        and _ANY_HEAD_END.search(re.split(r",? and |, ", words[conj.end() :], maxsplit=1)[0]) \
                        and not _ANY_HEAD_END.search(left) and _a_name_starts(words[conj.end() :]) \
                        and council_for(left) is None and not _NHS_AREA.fullmatch(left) and not left.startswith("NHS "):
                    # "Young Wyre, Brathay Trust": two names, a comma between them (a name's own list of
                    # places ends in "and": "Bournemouth, Christchurch and Poole Council")
                    yield left, start
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and ((_a_brand_and_its_place(left) or _a_national_brands_branch(words, conj.start()))
                                                 and _ANY_HEAD_END.search(words[conj.end() :])
                                                 or _a_brand_and_its_place(words[conj.end() :])):
                    yield left, start  # "YMCA Wyreshire and Anyford Housing Trust", "Brighter Days and YMCA North Wyre": two
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and len(left) <= 80 and " and " not in left and _COLLEGE_THEN_A_WORD.fullmatch(left) \
                        and _A_COLLEGE_NAMED.match(words[conj.end() :]):
                    yield left, start  # "Wyre College Anyford and Vale College Anyford": two colleges, each with its town
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and len(left) <= 80 and not _ANY_HEAD_END.search(left) and _two_names_joined(words, 0, conj.start()):
                    yield left, start  # "Wyre Hope and Anyford Women's Aid": a name, then another ending in its kind word
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                another = _AND_ANOTHER.match(words, conj.start())
                if another is not None and "The" in another.group(0) and _names_an_area(left.split()):
                    another = None  # "Anyford and The Fylde College": a place, then "The" of the name's other place
                if another is not None and "The" in another.group(0) and " " not in left and not _ANY_HEAD_END.search(left) \
                        and re.search(r"\bNHS (?:Foundation )?Trust$", words) and not _generic_matches(left):
                    another = None  # "Barts and The London NHS Trust": one trust's name, its "The" in capitals inside it
                    # (not "Barnardo's and The Wyre NHS Trust": a body the gazetteer knows, then another)
                if another is not None:
                    yield left, start  # "Anyshire Hope and the Wyre United Foundation": an article starts another name
                    start += another.end()
                    words = words[another.end() :]
                    break
                if " and " in conj.group(0) and left.startswith("NHS England ") and _NHS_ENGLANDS_AREA_TEAM.fullmatch(words):
                    continue  # "NHS England Anyshire and Wyre Area Team": NHS England's local team, its area two places
                if _NHS_AREA.fullmatch(left) and _NHS_COMMISSIONER_END.search(words) and not _NATIONAL_WHOLE.fullmatch(left):
                    continue  # "NHS Anyshire, Wyre and Westshire Integrated Care Board": one name, its area a list
                if left.endswith(" Health") and " and " in conj.group(0):
                    continue  # "Anyford Community Health and Care NHS Trust", "Wyre Health and Wellbeing Board": one name
                if left.endswith(" Voice") and " and " in conj.group(0) and words[conj.end() :].startswith(("Participation ", "Engagement ")) \
                        and not words.endswith("s"):
                    continue  # "the User Voice and Participation Team": voice and participation, a term of the trade, one team's work
                if re.search(r" (?:Adoption|Fostering)$", left) and " and " in conj.group(0) and council_for(left.rsplit(" ", 1)[0]) is not None \
                        and re.fullmatch(r"[A-Z][a-z]+ (?:Team|Service|Panel|Unit|Hub)s?", words[conj.end() :]):
                    continue  # "Anyford Adoption and Permanence Team": one team (a council's adoption brand is "Anyford Adoption" alone)
                if _ANY_HEAD_END.search(left) and any((head := p.match(left)) and (whole := p.match(words)) and whole.start(2) == head.start(2)
                                                      for p, _, _ in _HEAD_RES):
                    continue  # "Anyford College of Further and Higher Education": the "and" inside the kind's own words
                if _NHS_AREA.fullmatch(left) or _ANY_HEAD_END.search(left) and any(
                    p.match(left) and p.match(left).group(1).strip(" ,") for p, _, _ in _HEAD_RES
                ) or _NATIONAL_WHOLE.fullmatch(left) or _ANY_HEAD_END.search(left) and _KIND_OF_PLACE.match(left) \
                        or (_a_college_and_its_town(left) or _COLLEGE_THEN_A_WORD.fullmatch(left)
                            and _A_COLLEGE_NAMED.match(words, conj.end())) \
                        and _ANY_HEAD_END.search(words[conj.end() :]):
                    # ("Wyre Coast College Anyford and Wyre Downs College": a college named with its town, then another;
                    # a town no council is named by, before another college: "Wyre Coast College Anyvale and Wyre Downs College")
                    # ("the Department for Work and Pensions and Anyshire Job Centre"; "the Diocese of Wyre and Churches Together …")
                    yield left, start
                    start += conj.end()
                    words = words[conj.end() :]
                    break
            else:
                if not _ANY_HEAD_END.search(words):  # "Wyre NHS Foundation Trust in April 2011": the name, then when or where
                    named = next((at.start() for at in _IN_AFTER_NAME.finditer(words) if _ANY_HEAD_END.search(words, 0, at.start())), None)
                    words = words[:named] if named is not None else words
                yield words, start
                break


#: The longest run of names a report lists that ``_runs`` splits at its commas, in characters: a run of
#: hundreds of names is no list a report writes, and splitting it name by name takes time in its square.
_LONGEST_LISTED_RUN = 400
#: A college or a university named with its town after its kind word: "Wyre Coast College Anyford".
_COLLEGE_THEN_PLACE = re.compile(r"(?:[A-Z][\w’'-]*\s+)+(?:College|University)(?P<place>(?:\s+(?:(?:and|&)\s+)?[A-Z][a-z]+){1,3})")
#: A college's name with one or two words after its kind word: "Wyre Coast College Anyvale", and
#: another college's name after it or before it.
_COLLEGE_THEN_A_WORD = re.compile(r".+ College(?: [A-Z][a-z]+){1,2}")
_A_COLLEGE_NAMED = re.compile(r"(?:[A-Z][\w’'-]*\s+)+College\b")
_ANOTHER_COLLEGE_AFTER = re.compile(r",?\s+and\s+" + _A_COLLEGE_NAMED.pattern)
_ANOTHER_COLLEGE_BEFORE = re.compile(r"\bCollege(?:\s+[A-Z][a-z]+){0,2},?\s+and\s+$")  # ("Wyre College Anyford and …": its town too)


def _a_college_and_its_town(name: str) -> bool:
    """Whether a name is a college's or a university's with a council's or a region's place after its
    kind word ("Wyre College London", "Fells College West Anyshire", "City College Anyford & Wyre",
    "Wyre College South and West"), not a kind of college ("Further Education College Anyford")."""
    college = _COLLEGE_THEN_PLACE.fullmatch(name)
    return college is not None and all(w in _place_name_words() or w.lower() in _COMPASS or w in ("and", "&")
                                       for w in college.group("place").split()) \
        and not all(w in _KINDS_OF_COLLEGE or w == "The" for w in name[: college.start("place")].split()[:-1])


#: A college's or a university's name by its place, before a comma: "the College of North Wyre, …".
_COLLEGE_OF_A_PLACE = re.compile(r"\b(?:College|University) of (?:the )?[A-Z][\w’']*(?: [A-Z][\w’']*){0,2}(?=, )")
#: A kind named by its place after "of": "the Diocese of Wyre", "the University of Anyford".
_KIND_OF_PLACE = re.compile(r"(?:The\s+)?(?:Diocese|University|College)\s+of\s+[A-Z]")


def _opens_sentence(word: str) -> bool:
    """A sentence's connective, adverb or preposition ("Meanwhile", "Recently", "Locally", "Later"),
    never a name's first word where it opens the sentence (``SENTENCE_OPENERS``, ``LY_NAME_WORDS``)."""
    lowered = word.lower()
    return lowered in SENTENCE_OPENERS or (len(lowered) > 4 and lowered.endswith("ly") and lowered.isalpha()
                                           and lowered not in LY_NAME_WORDS)


def _at_sentence_start(text: str, position: int) -> bool:
    """Whether nothing but a sentence's end (or a list's bullet, a paragraph's number, a line's
    end) comes before ``position``. Read back over the spaces only: a search for a pattern ending
    in a line end and spaces, from the text's start, is quadratic in a long run of line ends."""
    start = position
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start == 0 or text[start - 1] in ".!?:;•" or "\n" in text[start:position]


#: Kinds whose names begin with a place ("Anyshire Police", "Anyshire Partnership NHS Trust"):
#: only such a name stands alone after a sentence's first word and "with" or "the".
_PLACE_NAMED_KINDS = {"NHSTrust", "PrimaryCareTrust", "ClinicalCommissioningGroup", "Hospital", "Probation", "Police",
                      "Council", "SafeguardingBoard"}


def _named_by_place(words: str, sentence: str) -> bool:
    """Whether ``words`` name a body of a kind named by its place: "Work with Anyshire Police" is
    the force, but "Working with Families Team" and "Beyond the Horizon Trust" are names whole."""
    for pattern, _, kind in _HEAD_RES:
        if pattern.match(words):
            return kind in _PLACE_NAMED_KINDS or kind == "Trust" and bool(prefilter.search(HEALTH_WORDS, sentence))
    return False


#: Words of ``LEADING_NON_NAME`` that, capitalised within a sentence after an article or another
#: lower-case word (``_LOWER_WORD_BEFORE``, a colon or a comma after it), begin a name: "the New Paths Service",
#: "with New Wyre College", "the Joint Domestic Abuse Triage Team", "two special schools: Three Oaks School".
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+[:,]?\s+$")
_NAME_ADJECTIVES = {"new", "local", "joint", "community", "regular", "quarterly", "monthly", "senior", "main"}
#: The end of a partner organisation's name, which a sentence's first "New" may open: "New Charter Housing Trust",
#: "New Wyre College" (not a council's team, board or hub, whose "New" describes it).
_A_PARTNERS_NAME_END = re.compile(r"\b(?:Trust|Housing(?: Association| Group)?|Homes|College|Foundation|Association)$")
#: After a sentence's first "New", a name's next word: capitalised and not a sector's word ("New Charter …",
#: not "New City …", "New Children's …").
_NEW_OPENS_A_NAME = re.compile(r"(?!(?:City(?! College)|Children|Child|Family|Families|Young|Youth|Social|Health|Care|Local|Early)\b)[A-Z][a-z]+\b")
# (but "New City College": a college of that name)
#: Words that open a description ("Review of …") but, after "the", may be the first of a title's two words
#: joined by "and": "the Review and Development Unit" (besides ``_NAME_ADJECTIVES``: "the Community and …").
_TITLE_OF_TWO_FIRST = {"review", "inspection"}


def _another_body_after_and(words: str) -> bool:
    """Whether the words after a title's first word and "and" open another body's name: a place's
    ("the Review and Anyshire Safeguarding Partnership's audit"), an NHS body's or a possessive."""
    first = words.split(" ", 1)[0]
    return first in _place_name_words() or council_for(first) is not None or first in ("NHS", "The") \
        or bool(re.search(r"['’]s\b", words))


def _a_whole_body(words: str) -> bool:
    """Whether ``words`` are a police force's, a council's or a national body's whole name."""
    return police_force_for(words) is not None or council_for(words) is not None or _NATIONAL_WHOLE.fullmatch(words) is not None


#: A school or a college named with whom it teaches after its kind word: "Anyford School for Girls".
_SCHOOL_FOR_WHOM = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,3})(School|Academy|College)\s+for\s+(?:the\s+)?(?:Girls|Boys|the\s+Deaf|Deaf|Blind|Young\s+People)")
#: A council's leaders as a team: "Senior Leadership Team", "Children's Services Management Team".
_LEADERS_TEAM = re.compile(r"(?:(?:Senior|Extended|Corporate|Executive|Strategic|Departmental|Directorate|Council|Children['’]s|Services)\s+)*"
                           r"(?:Leadership|Management)\s+Teams?")
#: Unless a partnership's: "the Joint Strategic Leadership Team of the three partners".
_PARTNERS_LEADERS = re.compile(r"\b(?:joint|partnership|multi-agency)\W*$", re.IGNORECASE)
#: Lower-case words after a capitalised run that make it part of the name of an event or a way of working.
_EVENTS = r"conferences?|conferencing|meetings?"
_EVENT_AFTER = re.compile(rf"['’]?\s+(?:{_EVENTS}|model|approach|inspectors?)\b")  # ("… Team inspectors:": people)
#: An event in capitals: "a Family Group Conference", "the Family Group Conferencing model".
_CAPITAL_EVENT_AFTER = re.compile(rf"['’]?\s+(?=[A-Z])(?i:{_EVENTS})\b")


#: Places listed after "NHS X", closed by a description, a bracket or a possessive: the one body's
#: area ("NHS Ashton, Leigh and Wigan, the primary care trust"), not a list of bodies.
_NHS_AREAS_LISTED = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)+\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                               r"(?=,\s+(?:the|a|an|which)\s|\s+\(|['’]s\s)")


#: A description of several bodies after a list: "…, the three CCGs in the area", "(the CCGs)".
_PLURAL_DESCRIBED = re.compile(r"(?:,\s+|\s+\()(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:trusts|CCGs|PCTs|ICBs|commissioners|bodies|partners|groups)\b(?!['’])")


def _council_named_with_and(place: str, after: str) -> str:
    """The words after "and" (``after`` starts with them) that make ``place`` and them a council's name
    with its own "and" ("Anyford" and "Wyre …" where "Anyford and Wyre" is a council), the longest of up
    to three capitalised words; "" where none do."""
    words = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", after)
    words = words.group(0).split() if words else []
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if council_for(f"{place} and {' '.join(words[:n])}")), "")


#: A cluster of primary care trusts after an NHS area: "the NHS South Anyshire and Wyre cluster".
_A_CLUSTER_AFTER = re.compile(r"\s+(?:PCT\s+)?cluster\b")


#: "… and the City" ending an NHS area's name (a primary care trusts' cluster's), before its short form, its kind or the
#: clause's end, or before "to", "from" or "which" after a region's area ("the transition from NHS North East London and
#: the City to …"); not before "and is", nor after a council's area ("NHS Hackney and the City to support …"): the City
#: of London's council as often.
_AND_THE_CITY = re.compile(r" and the City\b(?=(?P<ends>\s*[(.,;:]|\s+(?:cluster|primary|PCT)\b)"
                           r"|\s+(?:to|from|which)\b)")


def _a_places_own_of(area: str) -> bool:
    """Whether an area with "of" after an NHS area's "and" is a council's place whose own name holds it ("Isles of Scilly",
    "Isle of Wight"), not a council by its style ("City of York": the council itself) nor another body ("University of Wyre")."""
    return council_for(area) is not None and _STYLED_AS_A_COUNCIL.fullmatch(area) is None


def _nhs_area(text: str, match: re.Match[str]) -> tuple[str, int]:
    """The area an NHS body is named by after "NHS" (``_NHS_PLACE``'s match), and where it ends: on
    over "and" where a council's name holds it ("NHS Anyford and Wyre" where a council is so named,
    whatever follows), where an area's name holds it ("NHS South of Wyre and Vale") or a second area follows
    ("NHS Anyshire and Wyre", "NHS Wyre and South Anyford"; not "NHS Anyshire and Wyre Council", nor
    a force after it), and cut at "with", "on" or "upon" unless a council's name holds them ("NHS
    Anyshire on Tuesday")."""
    place, end = match.group(1), match.end()
    if text.startswith(" and ", end) and (rest := _council_named_with_and(place, text[end + 5 :])):
        return f"{place} and {rest}", end + 5 + len(rest)  # "NHS Anyford and Wyre" where a council is so named
    listed = _NHS_AREAS_LISTED.match(text, end) if text.startswith(",", end) else None
    if listed is not None and not _ANY_HEAD_END.search(listed.group(0)) and not _PLURAL_DESCRIBED.match(text, listed.end()) \
            and not any(police_force_for(p.strip()) for p in re.split(r",|\band\b", listed.group(0)) if p.strip()):
        return place + listed.group(0), listed.end()  # "NHS Ashton, Leigh and Wigan, the primary care trust, …": one area's name
    if " of " in place and (joined := re.match(r" and (?!NHS\b)[A-Z][a-z]+\b(?!\s+(?:[A-Z]|of\b|and\b))", text[end:])) is not None:
        place, end = place + joined.group(0), end + joined.end()
    elif (city := _AND_THE_CITY.match(text, end)) is not None and (city.group("ends") or council_for(place) is None):
        place, end = place + city.group(0), city.end()  # "NHS East Wyre and the City (EWC)": one area's name
    elif (joined := _AND_AREA.match(text, end)) is not None and (" of " not in joined.group(1) or _a_places_own_of(joined.group(1))) \
            and (council_for(joined.group(1)) is not None or council_for(
            joined.group(1).split(" ", 1)[-1]) is not None or text.startswith(",", joined.end())
            or _A_CLUSTER_AFTER.match(text, joined.end())  # "the NHS South Anyshire and Wyre cluster": one cluster's area
            or _AREA_ENDS.match(text, joined.end()) and not _generic_matches(joined.group(1))
            and (text.startswith(" and NHS", joined.end()) or all(w in _place_name_words() for w in joined.group(1).split()))) \
            and not re.match(r"\s+(?:[A-Z]|of\b)", text[joined.end():]) \
            and not police_force_for(re.match(r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*", text[joined.start(1):]).group(0)):
        place, end = place + joined.group(0), joined.end()
    cut = re.search(r" (?:with|on|upon) ", place)
    if cut is not None and council_for(place) is None and council_for(place.replace(" ", "-")) is None:
        place, end = place[: cut.start()], match.start(1) + cut.start()
    return place, end


#: One person's post opening a run of capitals, then "for" or "of" and what it leads: "Corporate Director for …", "The Head
#: of …", "Designated Officer for …" (posts in the plural name groups of them: "the Heads of Service Panel").
_A_POST_FOR = re.compile(r"(?:(?:The|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+){0,3}?(?:"
                         + "|".join(sorted(role.capitalize() for role in PHRASE_ROLES if not role.endswith("s")))
                         + r")\s+(?:for|of)\s+(?:the\s+)?")


def _proper_matches(text: str, sentence: str) -> list[_Found]:
    """Proper names ending in a kind word in ``text``, read from ``sentence`` (a trust is an NHS
    trust where the sentence speaks of health: asked only of a trust, as few sentences name one)."""
    found = []
    # Only a run that a kind word ends names a body here, and most sentences hold no kind word.
    for words, start in _runs(text) if prefilter.needs(_ANY_HEAD_END, text) else ():
        words = words.rstrip("'’")
        if (post := _A_POST_FOR.match(words)) is not None:
            if not (_a_place_or_point(led := words[post.end() :].split(" ", 1)[0]) or council_for(led) is not None):
                continue  # "the Corporate Director for Children and Young People's Service": a post, named by the work it leads
            start, words = start + post.end(), words[post.end() :]  # "The Head of Wyre Youth Justice Service": a post, then the
            # body it leads by its own name
        if words.endswith(("'s", "’s")) and _ANY_HEAD_END.search(words[:-2]):
            words = words[:-2]  # "Anyshire Partnership NHS Foundation Trust's chair": the trust's
        # Drop sentence-initial and common leading words.
        while True:
            first = _FIRST_WORD.match(words)
            if first and (first.group(1).lower() in _NAME_ADJECTIVES or first.group(1).lower() in NUMBER_WORDS
                          and not _A_TIME.search(words[first.end() :].split(" ")[0])) and first.group(1)[:1].isupper() \
                    and (_ARTICLE_BEFORE.search(text, max(0, start - 6), start) or _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)):
                break  # "the New Paths Service", "with New Wyre College", "with Three Ways School": the name's own first word, mid-sentence
            if first and first.group(1) == "New" and _at_sentence_start(text, start) and _NEW_OPENS_A_NAME.match(words, first.end()) \
                    and _A_PARTNERS_NAME_END.search(words) and council_for(words[first.end() :].split(" ", 1)[0]) is None \
                    and not _generic_matches(words[first.end() :]):
                break  # "New Wyre Housing Trust provides …": a partner's name's first word opening the sentence (a team's, a
                # board's or a hub's "New" describes it: "New Assessment Team staff"; and not before a sector's word, a
                # council's place or a kind the gazetteer knows: "New City College", "New Anyshire Housing Trust")
            if first and _in_opens_a_name(first.group(1), text, start):
                break  # "the In Care Council", "the In Touch Service": after "the", a name's first word
            if first and first.group(1).lower() in _TITLE_OF_TWO_FIRST and first.group(1)[:1].isupper() \
                    and re.match(r"and [A-Z]", words[first.end() :]) and _THE_BEFORE.search(text, max(0, start - 6), start) \
                    and not _a_whole_body(words[first.end() + 4 :]) and not _another_body_after_and(words[first.end() + 4 :]):
                break  # "the Review and Development Unit", "the Community and Voluntary Sector Forum": a title's first word
            if first and (first.group(1).lower() in LEADING_NON_NAME or _ADVERB.fullmatch(first.group(1))
                          or re.fullmatch(r"[A-Z][\w’']*-wide", first.group(1))  # "the Wyre-wide Child Death Overview Panel": its reach
                          or _opens_sentence(first.group(1)) and _at_sentence_start(text, start)
                          or first.group(1).lower()[:-2] in _WHOSE and _POSSESSIVE.search(first.group(1))):
                start += first.end()
                words = words[first.end() :]
                continue
            joined = re.match(r"(?:with|the) ", words[first.end() :]) if first and first.group(2) == " " else None
            if joined and first.group(1).lower() not in PEOPLE_SERVED and _at_sentence_start(text, start) and council_for(words) is None \
                    and (_named_by_place(words[first.end() + joined.end() :], sentence)
                         or joined.group(0) == "with " and first.group(1).lower() in PARTNERING_BEFORE_WITH):
                start += first.end() + joined.end()  # "Work with Anyshire Police on …", "Later the Anyshire
                words = words[first.end() + joined.end() :]  # Trust …": a sentence's first words
                continue
            break
        alone = _a_known_body_first(words)
        if alone is not None:
            start += alone.end()  # "Relationships with Cafcass and Anyford Family Court": a body the gazetteer knows,
            words = words[alone.end() :]  # then another (its own finder reads the first; ``_runs`` splits such a run
            # too, but here the sentence's words before it are gone)
        if start and text[start - 1] in "‘'" and text.startswith(",", start + len(words)) \
                and re.match(r",(?:\s+[A-Z][\w’'-]*)+[’'](?![a-z])", text[start + len(words) :]):
            continue  # "the 'Right Service, Right Time' guidance": a run inside a quoted title, not a name of its own
        force = police_force_short_forms().get(words) or (police_force_for(words) if text.startswith(("'s ", "’s "), start + len(words)) else None) \
            if words.isupper() and 2 <= len(words) <= 4 else None  # ("the MET's … Team": the Met's; "the MET group": a title's word)
        if force is not None:  # "GMP's Complex Safeguarding Team": the force's short form, split off as the team's owner
            found.append(_Found(force, "PartnerOrganisation", "Police", start, start + len(words), written=words))
            continue
        people_of = _PEOPLE_OF.match(words) or (_A_WORD_OF_THE.match(words) if _at_sentence_start(text, start) else None)
        if people_of is not None:  # "Membership of The Anyshire Network gives …": the sentence's words, then a title
            start += people_of.end()  # "Members of Anyshire Youth Council …": the people, then their body
            words = words[people_of.end() :]
        kind_of = _KIND_OF_NAME.match(words)
        if kind_of is not None and kind_of.group(1) in _GENERIC_ACRONYMS:
            start += kind_of.end()  # "the CAMHS of Anyshire Partnership NHS Foundation Trust": the kind, then whose
            words = words[kind_of.end() :]
        if _QUOTE_BEFORE_SPACE.search(words.replace("s' ", "s ").replace("s’ ", "s ")) or _POSSESSIVE_RUN.match(words):
            continue  # a quoted phrase ("the ‘Have a Voice’ Council") or a possessive ("the Board's Police")
        if words.lower().endswith(("core group", "core groups")):
            continue  # "the Core Group": one child's plan, however capitalised
        if _LEADERS_TEAM.fullmatch(words) and not _PARTNERS_LEADERS.search(text, 0, start):
            continue  # "a new Senior Leadership Team": the council's own leaders, however capitalised
        if _EVENT_AFTER.match(text, start + len(words)):
            continue  # "Family Group conferences", "Anyshire Panel meetings": an event the name is part of
        if ", " in words and (college := _COLLEGE_OF_A_PLACE.search(words)) is not None and any(
                _NATIONAL_WHOLE.fullmatch(item) or police_force_for(item) or _ANY_HEAD_END.search(item)
                for item in re.split(r",\s+|\s+(?:and|&)\s+", words[college.end() + 2 :])):
            words = words[: college.end()]  # "the College of North Wyre, Anyford Works and Jobcentre Plus": a list of partners, not of places
        if not _ANY_HEAD_END.search(words) and (_a_college_and_its_town(words) or _COLLEGE_THEN_A_WORD.fullmatch(words)
                                                and not _people(words.rsplit(" ", 1)[1])
                                                and (_ANOTHER_COLLEGE_AFTER.match(text, start + len(words))
                                                     or _ANOTHER_COLLEGE_BEFORE.search(text, max(0, start - 40), start))):
            found.append(_Found(words, "PartnerOrganisation", "College", start, start + len(words)))
            continue  # "Wyre College London", "Lakes College West Anyshire": a college named with its town after its kind word
            # (any town, beside another college: "Wyre Coast College Anyvale and Wyre Downs College")
        if not _ANY_HEAD_END.search(words) and (whom := _SCHOOL_FOR_WHOM.fullmatch(words)) is not None \
                and whom.group(1).split()[0].lower() not in LEADING_NON_NAME | _KINDS_OF_SCHOOL:
            found.append(_Found(words, "PartnerOrganisation", "College" if whom.group(2) == "College" else "School", start, start + len(words)))
            continue  # "Anyford School for Girls", "Wyre College for the Deaf": a school named with whom it teaches
        for pattern, body_type, kind in _HEAD_RES if _ANY_HEAD_END.search(words) else ():
            match = pattern.match(words)
            if not match:
                continue
            qualifier = match.group(1).strip(" ,")
            head = match.group(2)
            conjoined = re.match(r"^(.+?)\s+and\s+([A-Z].*)$", words)
            if conjoined and _GENERIC_WHOLE.fullmatch(conjoined.group(2)) and " and " not in head \
                    and not _a_kind_of_work(conjoined.group(1).removeprefix("The ")) \
                    and not (_a_titles_list(conjoined.group(1)) and all(f.body_type == "Service" for f in _generic_matches(conjoined.group(2)))):
                break  # "Young Voices and Youth Board": two bodies, the second generic ("the Early Help and
                # Safeguarding Partnership" is one: its first part names no body of its own; so is "the Wellbeing,
                # Prevention and Early Help Service", a title's list of what it does)
            if not qualifier and (len(head.split()) < 2 or head.startswith(_KINDS_ALONE_NO_NAME)):
                break  # a bare "Board" or "Trust" is not a name; nor "Voices in Care" (a pledge's, a survey's) without whose; nor
                # "the new Youth Zone", "Community Health", "Women and Children's Aid" alone: the kind, not one (one is named
                # for its place or its own word)
            if " of " in head and (not qualifier and all(w.lower() in _WHAT_IS_TAUGHT for w in head.split(" of ", 1)[1].split())
                                   or qualifier.removeprefix("The ") == "Royal"):
                break  # "each College of Further Education": a kind of college ("the University of Wyre" is one);
                # "the Royal College of Nursing": a profession's body
            if any(applies(head) and refuses(_NamedRun(qualifier, head, words, text, start, sentence))
                   for applies, refuses in _HEAD_REFUSALS):
                break  # a kind of school, college, home, health care …, not one named (``_HEAD_REFUSALS``)
            if head == "Healthcare":
                qualifier = qualifier.removeprefix("The ").split(" and ")[-1]  # "Virgin Care and Anyford Community Healthcare"
                if not qualifier or not ("London" in qualifier.split()[:2] or any(council_for(" ".join(qualifier.split()[:n])) is not None
                                                                                for n in (1, 2, 3))
                                         or _a_providers_own_word(qualifier, text, start)):  # ("Wyrex Healthcare": a provider's own word)
                    break  # "Primary Healthcare", "Looked After Children's Healthcare": a kind of care; a provider is named for its place
                start += len(words) - len(f"{qualifier} {head}")
                words = f"{qualifier} {head}"
            name = _tidy(words)
            body_type_here, kind_here = body_type, kind
            if kind == "TeamOrService" and name.startswith("NHS "):
                body_type_here, kind_here = "HealthBody", "HealthBody"  # "NHS England Anyshire Area Team": the NHS's own team
            if head == "Academy" and not all(_an_own_word(w) or w in ("St", "St.", "Saint", "Catholic", "CE", "Church", "of", "England")
                                             for w in qualifier.removeprefix("The ").split()):
                body_type_here, kind_here = "Service", "TeamOrService"  # "the Anyshire Social Work Academy", "Anyford Children's
                # Academy", "the Wyre Skills Academy": named by the work it trains for, the workforce's (or a partner's), no school
            if kind == "Trust":
                if re.search(r"children's trust", name, re.I):
                    body_type_here, kind_here = "Board", "ChildrensTrust"
                elif prefilter.search(HEALTH_WORDS, sentence):
                    body_type_here, kind_here = "HealthBody", "NHSTrust"
            if kind == "Council":
                if not _COUNCIL_WORDS.sub("", name).strip():
                    break  # "Metropolitan Borough Council": a council's kind, its name on the line before
                council = council_for(name)
                if _YOUNG_PEOPLES_COUNCIL_WORD.search(name):  # ("the Care4us Council")
                    # "the Anyshire Children in Care Council"; but "Anyshire Youth Council", "the Young Carers Council"
                    body_type_here, kind_here = "Board", _young_peoples_kind(name)
                elif council is None and not re.search(r"\b(county|city|borough|district)\b", name, re.I):
                    break  # "One Family Council", "Ideas Council": a slogan or a scheme, not a body
            if kind in ("Board", "SafeguardingBoard"):
                kind_here = _board_kind(name, kind)
            acronyms = ()
            defined = _ACRONYM_AFTER.match(text[start + len(words) :])
            if defined and _a_kinds_plural(defined.group(1)) and re.search(r"\band\s+$", text[max(0, start - 6) : start]):
                defined = None  # "… and NHS Wyre CCG (the CCGs)": the plural names both, not the last alone
            if not defined and body_type_here != "LocalAuthority" and len(name.split()) >= 3 \
                    and (first_word := _FIRST_WORD_BRACKETED.match(text, start + len(words))) is not None \
                    and first_word.group(1) == name.split()[0] and first_word.group(1).lower() not in LEADING_NON_NAME \
                    and name.split()[1] not in ("and", "&") and not _a_place_word(first_word.group(1)):
                acronyms = (first_word.group(1),)  # "Wyrebridge Community Healthcare NHS Foundation Trust (Wyrebridge)": its first
                # word its short name (not "Anyford and Wyre NHS Trust (Anyford)", a place: one of its sites)
            if defined and _initials_match(name, defined.group(1)):
                acronyms = (defined.group(1),)
                if defined.group(1) in ("PCT",) and kind_here != "PrimaryCareTrust":
                    name, body_type_here, kind_here = f"{name.removesuffix(' NHS')} PCT", "HealthBody", "PrimaryCareTrust"
                    acronyms = ()
            council_here = council_for(name) if body_type_here == "LocalAuthority" else None
            written_here = ""
            if kind_here == "Police" and police_force_for(name) and police_force_for(name) != name:
                written_here, name = name, police_force_for(name)  # "Hampshire Constabulary": the force's own name
            found.append(
                _Found(name, body_type_here, kind_here, start, start + len(words), acronyms, council=council_here,
                       written=written_here, defines=bool(acronyms))
            )
            break
    for match in prefilter.finditer(_NHS_PLACE, text):
        if re.search(r"\b(Trust|Foundation|England|Hospital|Direct)\b", match.group(1)):
            continue
        place, end = _nhs_area(text, match)
        short = _NHS_SHORT_AFTER.match(text, end)  # "NHS Anyshire County and Wyre (NHS ACW)": the commissioner's short form
        acronyms = (short.group(1),) if short is not None and _initials_match(place, short.group(2)) else ()
        found.append(_Found(f"NHS {place}", "HealthBody", "PrimaryCareTrust", match.start(), end, acronyms, defines=bool(acronyms)))
    found = [_council_after_a_word(text, item) if item.kind in ("Council", "ChildrenInCareCouncil") and item.council is None else item
             for item in found]  # ("Children's Services in Anyshire County Council": no children in care council)
    defined = {acronym for item in found for acronym in item.acronyms if " " in acronym}
    if defined:  # "… Integrated Care Board (BNSSG ICB)": the short form in its brackets is not a body of its own
        found = [item for item in found if not (item.name in defined and text[item.start - 1 : item.start] == "(")]
    return found


@dataclass(frozen=True)
class _NamedRun:
    """A run of capitalised words ending in a kind word, as ``_proper_matches`` weighs it: the words before the kind
    (``qualifier``, perhaps opening with "The"), the kind (``head``), the run, and where it stands in ``text``."""
    qualifier: str
    head: str
    words: str
    text: str
    start: int
    sentence: str

    @property
    def own(self) -> str:
        """The qualifier without a leading "The"."""
        return self.qualifier.removeprefix("The ")


def _a_kind_of_school(run: _NamedRun) -> bool:
    """"the Virtual School", "a Special School", "Anyshire Schools": a kind of school, or an area's, not one."""
    return all(w.lower().strip("'’") in _KINDS_OF_SCHOOL or not w[:1].isupper()
               or council_for(w.removesuffix("'s").removesuffix("’s")) is not None or w.lower() in _AREA_WORDS
               for w in run.qualifier.split())


def _kinds_of_college(run: _NamedRun) -> bool:
    """"the Royal Colleges", "Further Education Colleges", "Sixth Form Colleges": kinds of college."""
    return all(w in _KINDS_OF_COLLEGE for w in run.own.split())


def _a_governments_assembly(run: _NamedRun) -> bool:
    """"the Greater London Assembly", "the Welsh Assembly": a government's ("the Young Wyre Assembly" is a youth group)."""
    return _only_an_area(run.own.split()) or run.own in ("Greater London", "National", "General", "Welsh", "London",
                                                         "Northern Ireland", "Scottish", "Welsh National")


def _the_children_in_care_council(run: _NamedRun) -> bool:
    """"Anyford CIC", "the Anyshire CIC": the children in care council, so written ("Wyre Futures CIC" is a company)."""
    return len(run.qualifier.split()) < 2 or _only_an_area(run.qualifier.split())


def _another_finders_probation(run: _NamedRun) -> bool:
    """"Youth Probation", "National Probation": other finders' ("Kent Probation" is the county's probation service;
    probation areas are the forces')."""
    return council_for(run.own) is None and police_force_for(f"{run.own} Police") is None


def _a_kind_of_fostering(run: _NamedRun) -> bool:
    """"Voluntary Adoption", "Kinship Fostering": a kind; "the Kent Fostering and Adoption panels": the words before a
    kind in lower case ("Anyshire Fostering" is the council's service by its brand)."""
    return council_for(run.own) is None or (
        (after := re.match(r"\s+(?:and\s+[A-Z]\w+\s+)?([a-z]+)", run.text[run.start + len(run.words) :])) is not None
        and after.group(1).removesuffix("s") in PHRASE_HEADS)


def _a_degree_or_a_kind_of_company(run: _NamedRun) -> bool:
    """"Very Limited access", "the Water Company": a degree, a kind of company ("Anyford Leisure Limited" is one)."""
    return run.qualifier.split()[-1].lower() in _NO_COMPANY_BEFORE  # (a bare "Limited" or "Company" is refused before, as a
    # head with no qualifier, in ``_proper_matches``)


#: Words of a kind of hostel or foyer, not its own name: "an Emergency Hostel", "the Approved Premises Hostel".
_KINDS_OF_HOSTEL = {"emergency", "homeless", "youth", "young", "approved", "premises", "mother", "baby", "night", "bail", "probation",
                    "supported", "temporary", "women's", "women’s", "family", "foyer", "hostel"}  # (and the small words, ``LEADING_NON_NAME``)


def _a_kind_of_hostel(run: _NamedRun) -> bool:
    """"an Emergency Hostel", "the Mother and Baby Hostel", "Foyer and Hostel accommodation": kinds of place ("the
    Anyford Foyer", "St Wyre's Hostel", "the Anyside Foyer" are each one by its own name)."""
    return all(w.lower() in _KINDS_OF_HOSTEL or w.lower() in DESCRIBING or w.lower() in LEADING_NON_NAME for w in run.own.split())


def _the_aids_work(run: _NamedRun) -> bool:
    """"Funding for Women and Children's Aid refuges", "Support for Women's Aid workers": the kind's work, not a branch."""
    return any(w[:1].islower() and w not in ("and", "of", "&") for w in run.qualifier.split())


#: The openings of the kind "Women and Children's Aid", written three ways.
_WOMEN_AND_CHILDRENS_AID = ("Women and", "Women's and", "Women’s and")


#: Heads of more than one word that name no one body with nothing before them (``_proper_matches``).
_KINDS_ALONE_NO_NAME = ("Voice", "Care Trust", "Youth Zone", "Community Health", "Women's Refuge", "Women’s Refuge",
                        *_WOMEN_AND_CHILDRENS_AID)


def _a_kind_of_community_health(run: _NamedRun) -> bool:
    """"the Community Health team", "Children's Community Health": a kind of care ("Anyford Community Health" is a provider)."""
    return any(
        not w[:1].isupper() or w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED or w.lower() in PHRASE_SOFT_STOP
        or w.lower() in ("looked", "after", "primary", "integrated", "children's", "children’s") or w.isupper() or w.endswith("ing")
        or w.lower() in _PEOPLES_AND_PLACES_KINDS
        for w in run.own.split())


def _a_field_of_health(run: _NamedRun) -> bool:
    """"Public Health", "Children's Health", "Improving Health", "Kent Health": a field of health or a place's
    ("Whittington Health", "Barts Health" are providers by their own names)."""
    return len(run.own.split()) > 2 or any(
        not w[:1].isupper() or w.isupper() or w.endswith(("ing", "'s", "’s", "s'")) or _opens_sentence(w)
        or w.lower() in _FIELDS_OF_HEALTH or w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED
        or w.lower() in PHRASE_SOFT_STOP or w.lower() in LEADING_NON_NAME or w.lower() in DESCRIBING
        for w in run.own.split()) or council_for(run.own) is not None or _NATIONAL_WHOLE.fullmatch(run.words) is not None


def _a_kind_of_home(run: _NamedRun) -> bool:
    """"Children's Homes", "Solo Homes": a kind of place ("Anyshire Homes", "Wyrex Homes" in a sentence of tenancies
    are housing companies)."""
    qualifier, text, start, sentence = run.qualifier, run.text, run.start, run.sentence
    return council_for(qualifier) is None and not _placed_landlord(qualifier, sentence) \
        and not (re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", qualifier) and _HOUSING_CONTEXT.search(sentence)) \
        and not (_a_landlords_own_words(qualifier) and _HOUSING_CONTEXT.search(sentence)
                 and (not _at_sentence_start(text, start) or council_for(qualifier.split()[0]) is not None
                      or _ONE_BODYS_VERB_AFTER.match(text, start + len(run.words)) is not None)) and not (
            (re.fullmatch(r"[A-Z]{2,5}", qualifier) or re.fullmatch(r"[A-Z][a-z]{2,}", qualifier))
            and qualifier.lower() not in _KINDS_OF_HOME | _HOUSING_KINDS | DESCRIBING | PHRASE_SOFT_STOP
            and not _generic_matches(qualifier) and not (qualifier.isupper() and is_short_form(qualifier) and qualifier in _SHORT_FORMS_OF_BODIES)
            and (not _at_sentence_start(text, start) or _ONE_BODYS_VERB_AFTER.match(text, start + len(run.words)) is not None
                 and not _opens_sentence(qualifier))
            and _HOUSING_CONTEXT.search(sentence))


#: A verb in the singular right after a plural kind: "… Homes gives priority to care leavers" names one body (a company),
#: not homes of a kind ("Residential Homes give …").
_ONE_BODYS_VERB_AFTER = re.compile(r"\s+(?:has\s+(?!been\b)(?:made|provided|given|offered|housed|worked|agreed|[a-z-]+ed)\b|was\s+commissioned\b"
                                   r"|gives|provides|offers|manages|owns|runs|works|holds|supports|prioritises|allocates|ring-fences"
                                   r"|reserves|lets)\b")
# (not "is", "has" alone nor "has been": "Decent Homes is the standard", "Several Homes has been converted")


def _the_councils_housing_company(run: _NamedRun) -> bool:
    """"the council's Housing Company", "The Local Housing Company": the council's own company."""
    return not run.qualifier or run.qualifier.split()[-1].lower() in _HOUSING_KINDS | LEADING_NON_NAME | {"local", "the", "length"} \
        or _POSSESSIVE.search(run.qualifier.split()[-1]) is not None


def _a_kind_of_housing(run: _NamedRun) -> bool:
    """"Supported Housing", "Social Housing": a kind of housing ("Anyshire Rural Housing" is a provider)."""
    return run.qualifier.split()[0].lower() in DESCRIBING | PHRASE_SOFT_STOP | _HOUSING_KINDS \
        or bool(_generic_matches(run.qualifier)) or any(w.lower().strip(",") in PHRASE_ROLES | _DEPARTMENT_WORDS for w in run.qualifier.split())


#: A kind word in lower case after a contact line's brand: "the Anyshire Direct contact centre" is the centre, named whole
#: by the phrases' reader.
_KIND_AFTER_A_DIRECT_LINE = re.compile(r"\s+(?:(?:customer|contact|call|referral|advice|access|information)\s+){0,2}"
                                       r"(?:centre|service|team|line|hub|point)s?\b")


def _a_direct_lines_kind_after(run: _NamedRun) -> bool:
    """"the Anyshire Direct contact centre": a contact line's brand before its kind in lower case, the whole its name."""
    return _KIND_AFTER_A_DIRECT_LINE.match(run.text, run.start + len(run.words)) is not None


#: Kinds whose capitalised name may still be no one body, each with what refuses it: which heads it applies to, then
#: the refusal (a kind of school, college, home, housing or health care, a government's assembly …). Adding one is
#: one function and one line.
_HEAD_REFUSALS: tuple[tuple[Callable[[str], bool], Callable[[_NamedRun], bool]], ...] = (
    ("School".__eq__, _a_kind_of_school),
    ("Colleges".__eq__, _kinds_of_college),
    ("Assembly".__eq__, _a_governments_assembly),
    ("CIC".__eq__, _the_children_in_care_council),
    ("Probation".__eq__, _another_finders_probation),
    (lambda head: _BRAND_HEADS_AFTER_A_COUNCIL.fullmatch(head) is not None, _a_kind_of_fostering),
    (("Limited", "Company").__contains__, _a_degree_or_a_kind_of_company),
    (("Foyer", "Hostel").__contains__, _a_kind_of_hostel),
    (lambda head: head.endswith(" Aid"), _the_aids_work),
    (lambda head: head.startswith("Community Health"), _a_kind_of_community_health),
    ("Health".__eq__, _a_field_of_health),
    ("Homes".__eq__, _a_kind_of_home),
    ("Housing Company".__eq__, _the_councils_housing_company),
    ("Housing".__eq__, _a_kind_of_housing),
    ("Direct".__eq__, _a_direct_lines_kind_after),
)


def _council_after_a_word(text: str, item: _Found) -> _Found:
    """A council's name after a sentence's word and a preposition, read as one run ("Leadership in
    Anyshire County Council is strong"): the council, from where its name starts."""
    written = text[item.start : item.end]  # (as written: the span counts its spaces, the name does not)
    for cut in re.finditer(r"\s(?:in|at|for|with|by|from|to|across|within|of)\s+", written):
        tail = _tidy(written[cut.end() :])
        council = council_for(tail)
        if council is not None and tail.endswith("Council"):
            return dataclasses.replace(item, name=tail, start=item.start + cut.end(), council=council, written="",
                                       body_type="LocalAuthority", kind="Council")
    return item



_COUNCIL_WORDS = re.compile(r"\b(?:metropolitan|borough|city|county|district|council|the|of|and)\b", re.IGNORECASE)


#: Whom a forum or council of young people is for; and the words of one of adults, however named for
#: children ("the Children and Young People's Strategic Partnership", "the schools forum", "the
#: practice improvement forum", "the sub-group chairs' forum", elected members' committees).
_FOR_YOUNG_PEOPLE = re.compile(r"\b(?:youth|young|children|child|care leavers?|pupils?|students?|looked after|in care)\b")
_OF_ADULTS = re.compile(
    r"\b(?:strateg\w*|leaders?|members|schools?|chairs?|practice|practitioners?|managers?|professionals?|providers?"
    r"|partners?|partnership|committee|executive|officers?|directors?|governors?|heads?|(?<!young )parents?|(?<!young )carers?|staff|workforce"
    r"|commissioners|improvement|performance|high-risk|risk|case|ethnic|faith|communities|management|justice|offending"
    r"|magistrates|police|health)\b['’]?")


def _young_peoples_kind(name: str) -> str:
    """A forum or a council of young people ("the youth forum", "the children in care council", "Our
    Children and Young People's Council"), or one of adults named by the children it is about, a board
    of their own kind ("the schools forum", "the Children's Workforce Development Council"); a council
    of youth or young people not named for children ("Anyshire Youth Council", "the Young Carers
    Council") is a youth forum, not the council of children in care."""
    lowered = name.lower()
    council = re.search(r"\bcouncil\b", lowered) is not None
    if council and re.search(r"\b(?:in care|looked after|care leavers?|care[ -]experienced)\b", lowered):
        return "ChildrenInCareCouncil"
    if not _FOR_YOUNG_PEOPLE.search(lowered) or _OF_ADULTS.search(lowered):
        return "Board"
    return "ChildrenInCareCouncil" if council and re.search(r"\bchild(?:ren)?\b", lowered) else "YouthForum"


def _board_kind(name: str, default: str) -> str:
    lowered = name.lower()
    if "safeguarding" in lowered and "children" in lowered:
        return "SafeguardingBoard"
    if "health and well" in lowered:
        return "HealthAndWellbeingBoard"
    if re.search(r"sub-?\s?(?:group|committee)", lowered):
        return "SubGroup"
    if lowered.endswith("panel"):
        return "Panel"  # "the Youth Violence and Exploitation Panel"
    if re.search(r"\byouth\b|young people", lowered) and not _OF_ADULTS.search(lowered) \
            and ("youth" in lowered or "scrutiny commission" not in lowered):
        return "YouthForum"  # "Anyshire Youth Board", but not "the Children and Young People's Strategic Partnership" nor
        # "the Children and Young People Scrutiny Commission", the council's members' (a committee is refused by _OF_ADULTS)
    if "panel" in lowered:
        return "Panel"
    if "partnership" in lowered:
        return "Partnership"
    return "Board" if default == "Board" else default


@functools.lru_cache(maxsize=1)
def _council_names() -> tuple[re.Pattern[str], dict[str, Council]]:
    # a name two councils share ("Anyshire": one council's own, another's former) is the own one's
    by_name = {name: council_for(name) or council for council in councils() for name in council.names}
    by_name |= {name.replace(" and ", " & "): council for name, council in by_name.items() if " and " in name}  # "Telford & Wrekin"
    names = sorted(by_name, key=len, reverse=True)
    return re.compile(prefilter.literal_alternation(names, r"[\w-]") + r"(?![\w-])"), by_name


def _council_matches(text: str, taken: list[tuple[int, int]], authority: Council | None) -> list[_Found]:
    found = []
    pattern, by_name = _council_names()
    for match in pattern.finditer(text):
        council = by_name[match.group(0)]
        if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
            continue
        own = authority is not None and council.ons_code == authority.ons_code
        # (the last of places listed is a joint body's: "Anyford, Wyre and Westshire Child Death Overview Panel")
        listed = _PLACES_BEFORE.search(text, max(0, match.start() - 30), match.start())
        another = not own and not (listed is not None and (listed.group(1) in _place_name_words() or listed.group(1) in _PLACE_STYLE_WORDS
                                                          or council_for(listed.group(1))))
        kind = _generic_acronym_after(text, match.end(), any_kind=another)
        if kind is not None:  # "Westshire City LSCB": another council's board, a body of its own; "Wyre MASH", "Wyre
            # YOT" in a report on Anyshire: another council's hub or team, not the inspected council's
            rest = re.match(r"\s+(?:(?:City|County|Borough)\s+)?[A-Z]{2,6}", text[match.end() :]).group(0)
            end = match.end() + len(rest)
            found.append(_Found(_tidy(text[match.start() : end]), kind.body_type, kind.kind, match.start(), end))
            taken.append((match.start(), end))
            continue
        if another and (kind := _generic_name_after(text, match.end(), lower_case=_THE_BEFORE.search(text, max(0, match.start() - 5),
                                                                                                    match.start()) is not None)) is not None:
            found.append(_Found(_tidy(text[match.start() : kind.end]), kind.body_type, kind.kind, match.start(), kind.end))
            taken.append((match.start(), kind.end))  # "Wyre Virtual School", "the Wyre emergency duty team" in a report on
            continue  # Anyshire: another council's
        if another and (owned := _COUNCILS_OWN_AFTER.match(text, match.end())) is not None \
                and (kind := _generic_name_after(text, owned.end() - 1, lower_case=True)) is not None and kind.written.islower():
            found.append(_Found(_tidy(f"{text[match.start() : match.end()]} {kind.written}"), kind.body_type, kind.kind, match.start(),
                                kind.end, written=text[match.start() : kind.end]))
            taken.append((match.start(), kind.end))  # "Wyre's virtual school" in a report on Anyshire: another council's, not
            continue  # the inspected council's, named by its place as "the Wyre virtual school" is
        start, end = match.start(), match.end()
        compass = _COMPASS_BEFORE.search(text, max(0, start - 8), start)
        district_compass = _DISTRICT_COMPASS_BEFORE.search(text, max(0, start - 14), start)
        if district_compass is not None and (district := _COUNCIL_AFTER.match(text, end)) is not None \
                and not any(s <= district_compass.start() < e for s, e in taken):
            # "East Anyshire Council", "Mid Wyreshire District Council": a district's council named after its county, a
            # council of its own (not the county's: the county's mention is not inside it)
            found.append(_Found(_tidy(text[district_compass.start() : district.end()]), "LocalAuthority", "Council",
                                district_compass.start(), district.end()))
            taken.append((district_compass.start(), district.end()))
            continue
        if own:
            continue  # mentions of the inspected authority are found through its aliases
        if compass is not None:
            continue  # "East Anyshire", "Greater Wyreshire": another area than the council's
        if _NAME_GOES_ON.match(text, end):
            continue  # "Anyshire Park", "Wyre Cares", "the Anyshire judgment": the place names something else
        if (before := _WORD_BEFORE_PLACE.search(text, max(0, start - 30), start)) is not None \
                and before.group(1).lower() not in LEADING_NON_NAME and not _opens_sentence(before.group(1)) \
                and before.group(1) not in _PLACE_STYLE_WORDS and not _at_sentence_start(text, before.start(1)) \
                and not _A_TIME.fullmatch(before.group(1)) and not _COUNCIL_AFTER.match(text, end):  # "Since April Wyre Council"
            continue  # "Forward Thinking Anyshire has …", "Child Friendly Wyre": the place ends another name
        style = _COUNCIL_STYLE_BEFORE.search(text, max(0, start - 40), start)
        council_after = _COUNCIL_AFTER.match(text, end)
        if style is not None and not any(s <= style.start() < e for s, e in taken):
            start = style.start()  # "the Royal Borough of Anyshire": the council as it styles itself
        if council_after is not None:
            end = council_after.end()  # "Wyre Borough Council"
        listed = _COUNCILS_LISTED_AFTER.match(text, end) if council_after is None else None
        # "Anyford, Wyre and Westshire councils", "Anyford City and Wyreshire County councils": each the place's council
        # (each named as the text writes it, in the singular: "Anyford council", "Anyford City council")
        aliases = (f"{_tidy(text[start:end])}{listed.group('style') or ''} {listed.group('kind')[:-1]}",) if listed is not None else ()
        found.append(_Found(_tidy(text[start:end]), "LocalAuthority", "Council", start, end, council=council, aliases=aliases))
        taken.append((start, end))
    return found


_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:North|South|East|West|Mid|Central|Greater) $")
#: The points of a district's name before its county's ("North East Anyshire", "Mid Wyreshire"; not "Greater …").
_DISTRICT_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:(?:North|South) )?(?:North|South|East|West|Mid|Central) $")
#: A capitalised word right before a place's name, inside a sentence: the place may end another name.
_WORD_BEFORE_PLACE = re.compile(r"(?<![\w’'&-])([A-Z][a-z]+) $")
_PLACE_STYLE_WORDS = {"City", "County", "Borough", "Royal", "Council", "NHS", "Greater", "Metropolitan", "District", "London", "Of"}
#: The rest of a list of places before one plural "councils", from one place's end.
_COUNCILS_LISTED_AFTER = re.compile(
    r"(?P<style> (?:City|County|Borough|District))?(?:(?:,? (?:and )?| (?:upon|on) )[A-Z][\w'’-]*){0,40} (?P<kind>[Cc]ouncils)\b")
# (one capitalised word to each repeat, after the one separator that can come before it: a match or a
# failure takes time in proportion to the run of words, however long, not in the number of its splits)
#: A place's name going on into another proper name, or into a ruling named after it: not the council.
_NAME_GOES_ON = re.compile(r" (?:St\.? [A-Z]|(?!(?:Children|Council|Corporation|Borough|City|County|District|Metropolitan|Royal|And|Or|In|On|To|The)\b)[A-Z][a-z]+\b(?![’']s)|judge?ments?\b|rulings?\b)")
#: How a council styles itself: before its place's name ("the Royal Borough of …", "the Council of the
#: …") and after it ("… Metropolitan Borough Council"); one list for finding the styles and writing them.
_STYLES_OF = ("London Borough", "Royal Borough", "Metropolitan Borough", "City", "County", "Borough")
_STYLES_COUNCIL = ("Metropolitan Borough", "Metropolitan District", "Borough", "City", "County", "District")
_COUNCIL_STYLE_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(_STYLES_OF) + r") of $|(?<![\w-])Council of the $")
#: (or the "Corporation" a few councils still style themselves: "the Anyford Corporation")
_COUNCIL_AFTER = re.compile(r" (?:(?:" + "|".join(_STYLES_COUNCIL) + r") )?Council\b| Corporation\b")


#: A council's whole name by its style, before its place's ("Borough of Anyford") or after it ("Wyre Borough Council"),
#: with a style word: a council the reference list may not hold (one of the districts before a reorganisation).
_STYLED_AS_A_COUNCIL = re.compile(
    r"(?:" + "|".join(_STYLES_OF) + r") of [A-Z][\w'’-]+(?: (?:upon |on )?[A-Z][\w'’-]+){0,2}"
    r"|[A-Z][\w'’-]+(?: (?:upon |on )?[A-Z][\w'’-]+){0,2} (?:" + "|".join(_STYLES_COUNCIL) + r") Council")
#: A place's name and a separator before a council's: the council's name is the last of a list of places.
_PLACES_BEFORE = re.compile(r"([A-Z][\w’'-]*)(?:,|\s+and|\s+&)\s+(?:the\s+)?$")


def _generic_acronym_after(text: str, position: int, any_kind: bool = False):
    """The generic kind a short form right after a council's name stands for: a board's ("Wyre LSCB"),
    or, after another council than the inspected one, any kind's ("Wyre MASH", "Wyre YOT")."""
    match = re.match(r"\s+(?:(?:City|County|Borough)\s+)?([A-Z]{2,6})(?![\w-])", text[position:])
    if match is None:
        return None
    return next((k for k in GENERIC_BODIES if match.group(1) in k.acronyms and (k.body_type == "Board" or any_kind)), None)


#: Another council's possessive before a kind of its own: "'s ", " Council's ", " County Council's ".
_COUNCILS_OWN_AFTER = re.compile(r"(?: (?:(?:City|County|Borough|District) )?Council)?['’]s ")


def _generic_name_after(text: str, position: int, lower_case: bool = False) -> _Found | None:
    """A generic kind's name in capitals right after another council's name ("Wyre Virtual School",
    "Wyre Multi-Agency Safeguarding Hub"), or in lower case where ``lower_case`` allows it ("the Wyre
    emergency duty team", "Wyre's virtual school", "the Wyre youth offending team co-ordinator": the
    co-ordinator's team; not "the Wyre independent reviewing officer", a post): that council's body of the
    kind, with its end in ``text``."""
    if not text.startswith(" ", position) or not (text[position + 1 : position + 2].isupper() or lower_case):
        return None
    window = text[position + 1 : position + 80]
    kind = next((f for f in _generic_matches(window) if f.start == 0 and not f.national and f.kind != "Police"
                 and (f.written[:1].isupper() and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in f.written.split())
                      or lower_case and f.written.islower() and not _people_at_work(f.written.split()[-1]))), None)
    return dataclasses.replace(kind, end=position + 1 + kind.end) if kind is not None else None


def _overlaps(item: _Found, chosen: list[_Found]) -> bool:
    return any(item.start < c.end and c.start < item.end for c in chosen)


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """Longest match wins; ties go to the earlier."""
    if len(found) < 2:
        return list(found)  # most sentences: nothing to choose between
    chosen: list[_Found] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if any(item.start < c.end and c.start < item.end for c in chosen):
            continue
        chosen.append(item)
    return sorted(chosen, key=lambda f: f.start)


def _is_proper(found: _Found, authority_names: list[str]) -> bool:
    """A name with a place or a proper word besides its kind words is proper (one node across
    reports); "CAMHS", "the Police", "Children's Trust Board" are generic (local)."""
    if found.national or found.council is not None:
        return True
    if found.key_name:
        return False  # a generic kind ("the integrated care board"): the council's own
    if found.body_type in ("Board", "Service"):
        return False
    name = found.name  # a place in the name, even the authority's own, makes it proper
    generic_words = {
        "nhs", "trust", "foundation", "community", "health", "healthcare", "mental", "hospital", "hospitals",
        "police", "college", "service", "services", "council", "pct", "primary", "care", "the", "and", "of",
        "clinical", "commissioning", "group", "local", "probation", "cluster",
    }
    words = [w for w in re.findall(r"[A-Za-z'’]+", name) if w.lower() not in generic_words]
    return any(w[0].isupper() for w in words)


def _styled(place: str) -> tuple[str, ...]:
    """How a council styles itself with its place's name: "the London Borough of Anyshire", "Anyshire City Council",
    "the Anyshire Corporation"."""
    styles = (*(f"{style} of {place}" for style in _STYLES_OF), f"Council of the {place}", f"{place} Council", f"{place} Corporation",
              *(f"{place} {style} Council" for style in _STYLES_COUNCIL))  # (and "the Anyford Corporation")
    return (*styles, *(style.replace(" and ", " & ") for style in styles if " and " in place))  # "… Hammersmith & Fulham"


#: When the NHS's local commissioners changed: primary care trusts to April 2013, clinical
#: commissioning groups to June 2022, integrated care boards from July 2022 (Health and Social Care
#: Act 2012; Health and Care Act 2022).
_CCGS_FROM = dt.date(2013, 4, 1)
_ICBS_FROM = dt.date(2022, 7, 1)


def _commissioners_of_their_day(registry: BodyRegistry, when: dt.date | None, text: str) -> None:
    """An NHS commissioner named by its area alone ("NHS Anyshire and Wyre") is the kind of
    commissioner the NHS had when the report was written: a primary care trust before April 2013,
    a clinical commissioning group to June 2022, an integrated care board since; one the report
    calls a primary care trust stays one ("NHS Wyre, the former primary care trust")."""
    if when is None or when < _CCGS_FROM:
        return
    kind = "IntegratedCareBoard" if when >= _ICBS_FROM else "ClinicalCommissioningGroup"
    for body in registry.bodies.values():
        if body.kind == "PrimaryCareTrust" and body.name.startswith("NHS ") and not body.generic \
                and not re.search(r"\b(?:PCT|Primary Care Trust|cluster)\b", " ".join(body.labels), re.IGNORECASE) \
                and not re.search(re.escape(body.name) + r"\W{0,3}(?:the\s+|a\s+)?(?:former\s+|then\s+|local\s+)?(?:primary care trust|PCT)",
                                  text, re.IGNORECASE):
            body.kind = kind


def find_bodies(report: Report) -> None:
    registry = BodyRegistry(report)
    authority = council_for(report.authority or "") if report.authority else None
    if report.authority:
        short = authority.name if authority else core_council_name(report.authority)
        town = town_name(authority) if authority else short  # "Wyre" in a report on the council of Wyre upon Tyne
        registry.authority_names = sorted({short, core_council_name(report.authority), town}, key=len, reverse=True)
        body = registry.add(
            _Found(report.authority, "LocalAuthority", "Council", 0, 0, council=authority), proper=True
        )
        body.is_inspected_authority = True
        registry.authority_key = body.key
        # "Anyshire Children's Services" is the council's department: another name of the council
        for alias in {short, town, f"{short} Borough", f"{short} Children's Services", f"{short} Children’s Services", *_styled(short)}:
            registry.register_alias(alias, body.key)
        for phrase in ("the council", "the local authority", "the borough", "the county council", "local authority"):
            registry.lower_aliases.setdefault(phrase, body.key)

    summary = _unnumbered_text(report)
    texts = [p.text for p in report.paragraphs]
    texts += [r.text for r in report.recommendations]
    texts += [r.owner for r in report.recommendations if r.owner]
    marks = _footnote_marks(fold_characters(report.text))
    unmarked = [_without_footnote_digits(fold_characters(text), marks) for text in [*texts, *summary]]  # "Board1": the footnote's digit gone
    # "the 0–" / "25s disability service": an age range broken over a line is one range, not a new sentence
    unmarked = [_RANGE_OVER_LINE.sub(r"\1 ", text) if "\n" in text else text for text in unmarked]
    for i in range(1, len(unmarked)):  # … or over two pieces of text: the range's start ends the one before
        if unmarked[i][:1].isdigit() and (cut := _RANGE_CUT.search(unmarked[i - 1][-8:])) is not None:
            unmarked[i] = cut.group(1) + unmarked[i]
    for text in unmarked:
        _discover(text, registry, authority)
    _discover_council_prefixed(unmarked, registry)
    registry.lower_case_words = frozenset(word for text in unmarked for word in _LOWER_CASE_WORD.findall(text))
    registry.place_words = frozenset(word for text in unmarked for word in _PLACE_AFTER_PREPOSITION.findall(text))
    for text in unmarked:  # once every other finder has read the report: names known only by what they do
        if _NAMED_BY_WHAT_IT_DOES_ANY(text):
            for _, sentence in sentences(text):
                _discover_named_by_what_it_does(sentence, registry)
    for text in unmarked:  # partners listed between semicolons with partners the report names
        if text.count(";") >= 2:
            for _, sentence in sentences(text):
                if sentence.count(";") >= 2:
                    _discover_semicolon_lists(sentence, registry)
    _add_unkinded(registry)
    for text in unmarked:  # once every body is known: short forms defined before its other mentions
        if "(" in text:
            _short_forms_of_known_bodies(text, registry)
    _merge_named_by_short_form(registry)
    _merge_into_joint_board(registry)
    _merge_named_without_kind_word(registry)
    _merge_college_named_by_first_words(registry)
    _merge_fields_in_either_order(registry)
    _merge_police_into_named_force(registry)
    _merge_family_court_into_placed_court(registry)

    # Ofsted publishes every report: a body of every graph (dcterms:publisher), named or not.
    publisher = next(k for k in NATIONAL_BODIES if k.name == "Ofsted")
    registry.add(_Found(publisher.name, publisher.body_type, publisher.kind, 0, 0, national=True,
                        written="Office for Standards in Education, Children's Services and Skills"), proper=True)
    _commissioners_of_their_day(registry, report.inspection_start or report.published, report.text)
    bares = {b.key: re.split(r"['’]s ", b.name, maxsplit=1)[-1] for b in registry.bodies.values() if b.part_of is not None}
    counts = collections.Counter(bare.lower() for bare in bares.values())
    for key, bare in bares.items():  # "the looked after children nursing team", of "Wyre's …" the one team so named
        body = registry.bodies[key]
        if bare[:1].islower() and bare != body.name and counts[bare.lower()] == 1 and registry.lower_aliases.get(bare.lower()) is None:
            body.short_forms.append(bare)
            registry.register_alias(bare, body.key)
    report.bodies = sorted(registry.bodies.values(), key=lambda b: b.key)
    for body in report.bodies:  # the partner whose team it is, under the key it kept
        if body.part_of is not None:
            owner = registry.merged.get(body.part_of, body.part_of)
            body.part_of = owner if owner in registry.bodies and owner != body.key else None
    _find_mentions(report, registry)
    if report.authority:  # "the London Borough of Anyshire": the council as the report styles it, a name of it
        council = registry.bodies[registry.authority_key]
        for mention in report.mentions:
            if mention.body == council.key and mention.text in _styled(short) \
                    and mention.text.lower() not in (label.lower() for label in council.labels):
                council.short_forms.append(mention.text)
    patterns = _mention_patterns(registry)  # the registry is complete: its names are looked for from here on
    named_in_summary = {key for line in summary for _, _, key in _mention_hits(line, registry, patterns)}
    _resolve_owners(report, registry)
    # A name found only inside a longer one ("Riverside" inside "Northfield and Riverside … NHS Trust") is not a body here.
    owners = {r.owner for r in report.recommendations if r.owner}
    in_recommendations = " ".join(r.text for r in report.recommendations).lower()
    report.bodies = [
        b
        for b in report.bodies
        if b.paragraphs
        or b.key in named_in_summary
        or b.key in owners
        or b.is_inspected_authority
        or b.name == "Ofsted"
        or (b.body_type != "LocalAuthority" and any(label.lower() in in_recommendations for label in b.labels))
    ]
    kept = {b.key for b in report.bodies}
    for body in report.bodies:  # a partner named only inside its service's name is no body of the report's: no tie to it
        if body.part_of is not None and body.part_of not in kept:
            body.part_of = None


#: Where a report's closing boilerplate starts (Ofsted's remit, the licence, the inspection team).
_CLOSING = re.compile(
    r"^(?:Information about this inspection|The inspection team|What the inspection judgements mean)\s*$"
    r"|^The Office for Standards in Education, Children|^If you would like a copy of this document|^© Crown copyright",
    re.MULTILINE,
)
#: Where the report's own content starts again after boilerplate: in the 2013–2014 reports the
#: inspection's method and team come mid-report, before the facts about the area and the judgements.
_RESTART = re.compile(
    r"^(?:Information about this (?:local authority )?area|Inspection judgements about|Section \d+\b)",
    re.MULTILINE | re.IGNORECASE,
)


def _without_boilerplate(text: str) -> str:
    """The text with each stretch of boilerplate (Ofsted's remit, the inspection's method and team,
    what grades mean) blanked, from its heading up to where the report's content starts again,
    or to the end; offsets are kept."""
    pieces, cursor = [], 0
    while (closing := _CLOSING.search(text, cursor)) is not None:
        restart = _RESTART.search(text, closing.end())
        end = restart.start() if restart is not None else len(text)
        pieces += [text[cursor : closing.start()], " " * (end - closing.start())]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


#: A footnote's digit glued to the word before it: "Board1", "area2". The pattern opens with the
#: digit, which the regex engine skips to ("(?<=[a-z])\d{1,2}\b" would be tried at every character).
_FOOTNOTE = re.compile(r"\d(?<=[a-z]\d)\d?\b")
#: Names of the gazetteer's bodies with digits glued to letters ("Catch22"): not a footnote's.
_DIGITS_IN_NAMES = tuple(sorted({k.name.lower() for k in (*GENERIC_BODIES, *NATIONAL_BODIES) if re.search(r"[a-z]\d", k.name)}))


_WORD_BEFORE_DIGITS = re.compile(r"[A-Za-z’'-]+$")
#: A footnote's number glued to a word, or to the stop, comma or bracket right after one: "area2", "language.5", "%)6".
_FOOTNOTE_ANYWHERE = re.compile(r"\d(?:(?<=[a-z]\d)|(?<=[a-z][.,;:)’'%]\d)|(?<=[a-z0-9]%\)\d))\d?\b")


def _footnote_marks(text: str) -> set[str]:
    """The words with a footnote's number glued to them ("board1", "area2"), read through the whole
    report in order: footnotes are numbered 1, 2, 3 … through it, so a number that does not come
    next (allowing one or two the text lost) is a name's own digits ("Wyre8", "Base25"), and a
    number before a decimal point or a comma and digits is a figure ("to5.2%")."""
    marks, expected = set(), 1
    for match in _FOOTNOTE_ANYWHERE.finditer(text):
        if re.match(r"[.,]\d", text[match.end() : match.end() + 2]):
            continue
        number = int(match.group(0))
        if not expected <= number <= expected + 2:
            word = _WORD_BEFORE_DIGITS.search(text, max(0, match.start() - 40), match.start())
            if word is not None and number < expected and _singular_head(word.group(0).lower()) in PHRASE_HEADS:
                marks.add(word.group(0).lower() + match.group(0))  # "Partnership1" after "Dorset2": a kind word's mark out of order
            continue
        expected = number + 1  # (a mark after a full stop or a bracket counts, though no name holds it: "language.5")
        word = _WORD_BEFORE_DIGITS.search(text, max(0, match.start() - 40), match.start())
        if word is not None:
            marks.add(word.group(0).lower() + match.group(0))
    return marks


def _without_footnote_digits(text: str, marks: set[str]) -> str:
    """``text`` without the footnotes' numbers glued to words (``marks``), names' own digits kept."""
    if not marks:
        return text

    def unmarked(match: re.Match[str]) -> str:
        word = _WORD_BEFORE_DIGITS.search(text, max(0, match.start() - 40), match.start())
        glued = (word.group(0).lower() if word else "") + match.group(0)
        if glued not in marks or any(text[: match.end()].lower().endswith(name) for name in _DIGITS_IN_NAMES):
            return match.group(0)
        return ""
    return _FOOTNOTE.sub(unmarked, text)


def _unnumbered_text(report: Report) -> list[str]:
    """The report's prose outside its numbered paragraphs (summaries, the LSCB's executive
    summary), up to the closing boilerplate: lines of running text only."""
    text = _without_boilerplate(report.text)
    spans = sorted((p.span.start, p.span.end) for p in report.paragraphs)
    pieces, cursor = [], 0
    for start, end in spans:
        if start > cursor:
            pieces.append(text[cursor:start])
        cursor = max(cursor, end)
    pieces.append(text[cursor:])
    lines = _short_lines_joined("\n".join(pieces).splitlines())
    return [line for line in lines if len(line.split()) >= 6 and not line.lstrip().startswith(("Lead inspector", "Inspection dates"))]


_SENTENCE_END = (".", ";", ":", "!", "?", ")")


def _short_lines_joined(lines: list[str]) -> list[str]:
    """Lines with a short line that finishes the sentence of the one before joined to it: in a
    summary's box, "The casework model used in this area" then "• 'Signs of Safety'." is one line of
    running text (a table's rows, cells apart by tabs, are not); so is a line that goes on with the
    sentence, in lower case or a bracket ("… Anyshire Safeguarding Children Board" / "(ASCB), the …")."""
    joined: list[str] = []
    for line in lines:
        if joined and (len(line.split()) < 6 and line.rstrip().endswith(".") or line.lstrip()[:1].islower()
                       or line.lstrip()[:1] == "(") and len(joined[-1].split()) >= 6 \
                and not joined[-1].rstrip().endswith(_SENTENCE_END) and "\t" not in joined[-1] + line:  # not a table's rows
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"  # or a sentence going on: "… Children Board" / "(DCSB), the …"
        else:
            joined.append(line)
    return joined


_PEOPLE_WORD = r"[\w'’+-]+"
#: "a group for birth fathers and grandfathers", "the group that was set up for young carers"
_GROUP_FOR = re.compile(
    r"\b(?P<head>(?:(?:peer\s+)?support\s+)?group)"
    r"(?:\s+(?:that|which)\s+(?:has\s+been|have\s+been|was|were|is|are)\s+(?:recently\s+)?(?:set\s+up|established|created|formed))?"
    rf"\s+for\s+(?P<people>{_PEOPLE_WORD}(?:\s+{_PEOPLE_WORD}){{0,5}})",
    re.IGNORECASE,
)


#: Bodies whose name has its kind first and a place or a subject after it, named as written:
#: "the University of Anyshire", "the College of North Wyre", "Wyre College of Technology", "New
#: College Wyre"; a police and crime commissioner and his office ("the Office of the Police and
#: Crime Commissioner for Anyshire", "the Mayor's Office for Policing and Crime (MOPAC)"); a
#: place's public health service ("Public Health Anyshire").
_PLACE_WORDS = r"[A-Z][a-z]+(?:(?:-upon-|-on-|-| )[A-Z][a-z]+|(?: of(?: the)?) [A-Z][a-z]+){0,3}(?![’'\w])"
_INSTITUTIONS = (
    (re.compile(rf"\b(?<!Royal )University of (?:the )?{_PLACE_WORDS}|\b(?<!Royal )College of (?!Policing\b|Further\b|Higher\b){_PLACE_WORDS}"
                rf"|\b(?:[A-Z][a-z]+ ){{1,2}}College of (?!Policing\b|Further\b|Higher\b){_PLACE_WORDS}|\b(?:New|City|Central) College {_PLACE_WORDS}"),
     "PartnerOrganisation", "College"),
    (re.compile(rf"(?:\b(?:the )?[Oo]ffice of the )?(?P<area>\b[A-Z][a-z]+(?: and [A-Z][a-z]+| [A-Z][a-z]+){{0,2}} )?"
                rf"\b(?:[Pp]olice,? [Ff]ire and|[Pp]olice and) [Cc]rime [Cc]ommissioner\b(?!s)(?:['’]s [Oo]ffice)?"
                rf"(?: for (?:the )?(?P<area_after>{_PLACE_WORDS}))?|\bMayor['’]s Office for Policing and Crime"), "PartnerOrganisation", "GovernmentAgency"),
    (re.compile(rf"\bPublic Health (?P<place>{_PLACE_WORDS})"), "HealthBody", "HealthBody"),
    # places of custody, named by their kind and place: "HMYOI Wyre", "Anyford Secure Training Centre", "HMP Wyre Park" (a
    # prison's mother and baby unit, its staff planning with social workers)
    (re.compile(rf"\b(?:(?:Her|His) Majesty['’]s |HM )?(?:Young Offender Institution|Secure Training Centre) {_PLACE_WORDS}"
                rf"|\bHM(?:YOI|P) {_PLACE_WORDS}|\b(?:[A-Z][a-z]+ ){{1,2}}(?:Young Offender Institution|Secure Training Centre|Secure Children['’]s Home)\b"),
     "PartnerOrganisation", "PartnerOrganisation"),
)
_ANY_INSTITUTION = prefilter.Needs(*(pattern for pattern, _, _ in _INSTITUTIONS))


def _institution_matches(text: str) -> list[_Found]:
    found = []
    for pattern, body_type, kind in _INSTITUTIONS:
        for match in prefilter.finditer(pattern, text):
            name, start = match.group(0), match.start()
            if kind == "HealthBody" and not (council_for(match.group("place")) is not None or _names_an_area(match.group("place").split())):
                continue  # "Public Health Funding", "Public Health Practitioners": no place's service

            first = name.split()[0]
            if first in ("The", "the") or first.lower() in LEADING_NON_NAME and first not in ("Office", "Central", "New", "City") \
                    and not name.startswith(("Her Majesty", "His Majesty")):
                name, start = name.split(" ", 1)[1], start + len(first) + 1  # "The Police and Crime Commissioner …"
            if _MONTHS.search(name) or kind == "College" and name.startswith("Royal "):
                continue  # (a royal college is a profession's body, not a place of education)
            if kind == "GovernmentAgency" and "Mayor" not in name:
                area = match.group("area_after") or (match.group("area") or "").strip()
                area = re.sub(r"^(?:The|Office)\s*", "", area)
                if area.lower() in LEADING_NON_NAME or _opens_sentence(area.split(" ")[0] if area else "x"):
                    area = match.group("area_after") or ""
                fire = ", Fire" if "ire and" in name else ""
                if not area:  # no area named: the council's own commissioner, a generic kind of the report's area
                    found.append(_Found(f"Police{fire} and Crime Commissioner", body_type, kind, start, match.end(), written=name,
                                        key_name=f"Police{fire} and Crime Commissioner"))
                else:  # one commissioner however written: "the Anyshire PCC's office", "… Commissioner for Anyshire"
                    found.append(_Found(f"Police{fire} and Crime Commissioner for {area}", body_type, kind, start, match.end(),
                                        written=name))
                continue
            found.append(_Found(name, body_type, kind, start, match.end(), written=name))
    return _non_overlapping(found)


#: A police unit named in lower case by its work after "the police": "the police child sexual
#: exploitation team", "the police missing from home team" (a term of the trade's "from" allowed).
_POLICE_UNIT = re.compile(r"\b[Tt]he (?P<force>police) "
                          r"(?P<work>(?:missing from home|[a-z][a-z-]+)(?: (?:missing from home|[a-z][a-z-]+)){0,4}?) (?P<head>team|unit)s?(?![\w’'-])"
                          r"|\b[Tt]he (?P<force_titled>police) (?P<title>(?:[A-Z][a-z-]+ ){1,4}(?:Team|Unit))(?![\w’'-])")
#: Words that are no police unit's work, besides a phrase's stops, connectors and verbs (``_a_units_work``).
_NOT_A_UNITS_WORK = frozenset({"could", "led", "larger", "smaller", "bigger", "newer", "older", "wider", "greater", "fewer"})


def _police_unit_matches(text: str) -> list[_Found]:
    """Police units named in lower case by their work after "the police" ("the police child sexual
    exploitation team", "the police missing from home team", "the police child protection and
    investigation unit"): a unit of the police, not the force alone
    (a kind the gazetteer names, "the police public protection unit", is its own; not the police's verb
    and its object, "the police contact social work teams", "the police join team meetings"; not a
    named force's unit, which would hide a force the report names nowhere else)."""
    found = []
    for match in _POLICE_UNIT.finditer(text):
        if match.group("title"):  # "the police Safeguarding Unit": the police's unit by its title
            if _whole_generic(match.group("title")) is None and not _a_verb_of_the_police(match.group("title").split()[0].lower()):
                found.append(_Found(match.group("title"), "Service", "TeamOrService", match.start("title"), match.end(),
                                    aliases=(match.group(0)[4:],)))  # (its title, and as written; "the police" the force, found apart)
            continue
        words = match.group("work").split()
        inner_and = len(words) >= 3 and words[-2] == "and" and not match.group(0).endswith("s")
        # ("the police child protection and investigation unit": one unit of two works, the last a word; not "the police
        # public protection and youth offending teams", the police and another's team)
        if not all(_a_units_work(w) for w in words if (w != "from" or "missing from home" not in match.group("work"))
                   and not (w == "and" and inner_and)) \
                or _a_verb_of_the_police(words[0]) \
                or any(w in ("social", "children's", "council", "council's") for w in words) \
                or _whole_generic(f"{match.group('work')} {match.group('head')}") is not None:
            continue
        name = text[match.start("force") : match.end()]
        found.append(_Found(name, "Service", "TeamOrService", match.start("force"), match.end(), written=name))
    return found


#: A force's name as the report writes it before one of its units: "West Wyre Police", "Anyshire Constabulary",
#: "Wyre Police Service" (not "The …").
_FORCE_NAME = r"(?:(?!The\b)[A-Z][\w&'’-]*\s+){1,3}(?:Police|Constabulary)(?:\s+Service)?"
#: The same, its words perhaps joined by its own "and" ("Wyre and Anyshire Constabulary"), where the name is looked up
#: whole and must end where a kind begins or open a longer name (a search for a unit after it keeps ``_FORCE_NAME``: with
#: "and", "Health and Wyre Police" would hide the force after it).
_FORCE_NAME_WITH_AND = r"(?!The\b)(?:[A-Z][\w&'’-]*\s+(?:and\s+)?){1,3}(?:Police|Constabulary)"
#: A police command named by the crime it fights, up to three capitalised words before it: "the Child Abuse
#: Investigation Command", "Wyre Gang Crime Command", "Public Protection Command" (after a force's name, a post's
#: or a list's "and": "Essex Police Child Abuse …", "the Superintendent for Public …", "Early Help and Public …").
_POLICE_COMMAND = re.compile(r"(?<![\w’'-])(?:(?:Serious and Organised|Child and Family)\s+|(?:(?!(?:Police|Constabulary|Service|Superintendent|Chief|Detective|Inspector|Head|The|and)\b)"
                             r"[A-Z][a-z]+\s+){0,3})(?:Crime|Investigation|Protection|Safeguarding)\s+Command(?=['’]s\b|(?![\w’'-]))")


def _police_command_matches(text: str) -> list[_Found]:
    """Police commands named by the crime they fight ("the Child Abuse Investigation Command")."""
    found = []
    for match in _POLICE_COMMAND.finditer(text):
        start = match.start()
        while (opener := re.match(r"([A-Z][a-z]+)\s+", text[start : match.end()])) is not None \
                and _not_a_commands_word(opener.group(1), _at_sentence_start(text, start)):
            start += opener.end()  # "Recently Public Protection Command officers …", "Both …", "Specialist …": not the name's words
        found.append(_Found(text[start : match.end()], "Service", "TeamOrService", start, match.end(), written=text[start : match.end()]))
        force = _FORCE_BEFORE.search(text, max(0, start - 60), start)
        if force is not None and (name := police_force_for(force.group(1))) is not None:
            found.append(_Found(name, "PartnerOrganisation", "Police", force.start(1), force.end(1), written=force.group(1)))
            # ("West Wyre Police Safeguarding Command": the force named too, as "the police … unit" names the police)
    return found


#: A force's name right before its command.
_FORCE_BEFORE = re.compile(rf"({_FORCE_NAME})\s+$")
#: Words before a command that describe its officers or say whose they are, not the command's name.
_NOT_A_COMMANDS_WORD = {"Both", "Specialist", "Dedicated", "Experienced", "Named", "Seconded", "Senior", "Designated", "Met", "Local", "New"}
#: Amounts that open a sentence before a command's name: "Most Public Protection Command officers …".
_AMOUNT_OPENERS = {"every", "most", "all", "some", "each", "many", "few", "both"}
#: Words of scope that open real commands' and units' names: "Central Safeguarding Command", "the Joint …".
_NAMES_OWN_SCOPE = {"regional", "national", "joint", "strategic", "operational", "local", "central"}


def _not_a_commands_word(word: str, opens_the_sentence: bool) -> bool:
    """Whether a capitalised word before a command's name is no word of it: its officers' description, an adverb,
    or, opening the sentence, an opener, an amount or a judgement ("Effective …"; not a scope, "Central …")."""
    lowered = word.lower()
    return word in _NOT_A_COMMANDS_WORD or word.endswith("ly") and word not in ("Family", "Early") \
        or opens_the_sentence and (_opens_sentence(word) or lowered in _AMOUNT_OPENERS
                                   or lowered in PHRASE_SOFT_STOP and lowered not in _AREA_WORDS and lowered not in _NAMES_OWN_SCOPE)


#: A force's name, then a unit of it named in lower case by its work or by one brand's word: "the Wyre Police
#: safeguarding unit", "the Anyshire Constabulary child exploitation team", "the Wyre Police Sapphire unit".
_NAMED_FORCE_UNIT = re.compile(rf"\b(?P<force>{_FORCE_NAME})\s+"
                               r"(?P<work>(?:[a-z][a-z-]+|[A-Z][a-z]+)(?:\s+[a-z][a-z-]+){0,3}?)\s+(?P<head>team|unit)(?![\w’'-])")
#: A named force's unit by its title in capitals: "the Wyre Police Public Protection Unit".
_NAMED_FORCE_TITLED_UNIT = re.compile(rf"\b(?P<force>{_FORCE_NAME})\s+(?P<work>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s+(?P<head>Unit|Team)(?![\w’'-])")


def _named_force_unit_matches(text: str) -> list[_Found]:
    """A named force's unit in lower case ("the Wyre Police public protection unit") or by its title in capitals
    ("the Wyre Police Public Protection Unit"): the unit, named with its force as the report names it, and the
    force (not its verb and object: "Anyshire Police contact social work teams"; nor a list: "Wyre Police and the
    youth offending team")."""
    found = []
    for match in _NAMED_FORCE_UNIT.finditer(text):
        words = match.group("work").split()
        force = police_force_for(match.group("force"))
        if force is None or _a_verb_of_the_police(words[0].lower()) or not all(_a_units_work(w) for w in words if w.islower()) \
                or any(w in ("social", "children's", "council", "council's") for w in words) \
                or words[0][:1].isupper() and len(words) > 1:
            continue
        found.append(_Found(force, "PartnerOrganisation", "Police", match.start("force"), match.end("force"), written=match.group("force")))
        if _whole_generic(f"{match.group('work')} {match.group('head')}") is not None:
            continue  # "the Wyre Police public protection unit": a kind the gazetteer names (its finder's), and the force
        name = text[match.start("force") : match.end()]
        found.append(_Found(name, "Service", "TeamOrService", match.start("force"), match.end(), written=name))
    for match in prefilter.finditer(_NAMED_FORCE_TITLED_UNIT, text):
        force = police_force_for(match.group("force"))
        if force is None or any(w.lower() in PHRASE_STOP or w.lower() in _CONNECTORS for w in match.group("work").split()):
            continue
        # "the Wyre Police Public Protection Unit": the force's unit by its title, and the force named too; the title alone
        # another of its names only where it is a kind the gazetteer knows ("Child Abuse Investigation Team", its short
        # form the unit's), not any title ("Child Exploitation Team": a council's team as often)
        found.append(_Found(force, "PartnerOrganisation", "Police", match.start("force"), match.end("force"), written=match.group("force")))
        name = text[match.start("force") : match.end()]
        title = f"{match.group('work')} {match.group('head')}"
        found.append(_Found(name, "Service", "TeamOrService", match.start("force"), match.end(), written=name,
                            aliases=(title,) if _whole_generic(title) is not None else ()))
    return found


def _a_units_work(word: str) -> bool:
    """Whether a word after "the police" may name a unit's work: not a clause's or a list's word ("the police
    and health team", "the police have a team", "the police who lead the unit", "the police into larger
    units"), a verb or a description."""
    return word not in PHRASE_STOP and word not in _CONNECTORS and word not in PHRASE_VERBS and word not in _NOT_A_UNITS_WORK \
        and word not in DESCRIBING and not word.endswith("ly")


def _a_verb_of_the_police(word: str) -> bool:
    """Whether the word after "the police" is the police's verb ("the police praised …", "the police
    contact …", "the police join …"), not a word of a unit's work ("the police child protection team"); the
    verbs of ``PHRASE_VERBS`` are refused already (``_a_units_work``)."""
    return word in _VERBS_AFTER_TO and word != "link" \
        or word in {"contact", "notify", "work", "agree", "respond", "report", "brief", "alert", "consult", "telephone", "email",
                    "update", "phone", "advise", "tell", "ask", "train",  # ("Anyshire Police brief locality team managers")
                    "praised", "reported", "agreed", "attended", "contacted", "notified", "referred", "shared", "visited", "raised",
                    "highlighted", "identified", "recognised", "welcomed", "described"}
    # (not "the police organised crime unit", "the police integrated offender management team")


#: A department named by its title in capitals before "department" in lower case, after "the", "a single", "its" (where
#: the clause last names the council: ``_the_council_its_owner``) or the council's possessive, by its name or as "the
#: council's": "the Children, Schools and Families department", "the council's Child and Adult Services department".
_TITLED_DEPARTMENT = re.compile(r"\b(?:[Tt]he|[Aa]\s+single|(?P<its>its)|(?:council|authority)['’]s|(?P<owner>(?:[A-Z][a-z]+\s+(?:(?:and|upon|on|with)\s+)?){1,5}"
                                r"Council)['’]s)\s+"
                                r"(?P<title>[A-Z][a-z’']*(?:(?:,\s+|\s+(?:and|&)\s+|\s+)[A-Z][a-z’']*){1,6})\s+department\b")
#: The words of a council's department's title: whom it serves and what it does ("Children, Schools and Families",
#: "Children, Young People and Learners", "Child and Adult Services", "Children, Adults and Health"); one at least is in
#: its title.
_A_DEPARTMENTS_WORDS = {"children", "child", "families", "family", "young", "people", "schools", "learning", "learners", "education",
                        "adult", "adults", "communities", "community", "wellbeing", "skills", "culture", "leisure"}
#: A hospital's words in a department's title: "the Women, Children and Health department", "the maternity department".
_HOSPITAL_DEPARTMENT_WORDS = {"women", "maternity", "midwifery", "paediatric", "paediatrics", "emergency", "accident", "surgery",
                              "medicine", "outpatients", "neonatal"}
#: A department of a partner's, after the title: "… department at the hospital", "… in the trust" ("of" another body:
#: ``_OF_ANOTHER_AFTER``).
_A_PARTNERS_DEPARTMENT_AFTER = re.compile(r"\s+(?:at|in|within)\s+(?:the\s+|a\s+)?(?:[A-Z][\w’'-]*\s+)*(?:hospital|Hospital|Infirmary|trust|Trust|"
                                          r"university|University|college|College|school|School|police|Police|Constabulary|Ofsted)")


#: A body's noun in a clause, with any capitalised words of its name before it: the last before "its" says whose
#: ("Anyshire Council delivers services through its … department"; "the trust has expanded its …").
_A_BODYS_NOUN = re.compile(r"\b(?P<owner>(?:[A-Z][a-z]+\s+){0,4})(?P<noun>(?i:council|authority|trust|university|hospital|police|constabulary"
                           r"|college|school|partnership|board|ccg|icb|commissioner|company|charity|service|agency))\b")
#: Another body's name after a department's "of": "… department of the Home Office", "… of NHS Anyshire" (but "… of
#: Anyshire County Council", the council's, is read: a council of its own is named by its possessive only).
_OF_ANOTHER_AFTER = re.compile(r"\s+of\s+(?!(?:[A-Z][a-z]+\s+){1,3}(?:County\s+|City\s+|Borough\s+)?Council\b)")
#: People of a department after it, its name their description: "… department representatives", "… department heads"
#: (the department's own list, beside ``_POST_AFTER_KIND``'s).
_DEPARTMENTS_PEOPLE_AFTER = re.compile(r"\s+(?:representatives?|officers?|staff|heads?|managers?|members?|workers?|colleagues|leaders?)\b")


def _the_council_its_owner(before: str, authority_names: Iterable[str]) -> bool:
    """Whether the clause before "its" last names the council (the inspected one, if by name): "The local authority
    delivers early help through its …" (not "the trust has restructured its …", "Wyre Council has … its …",
    "the Combined Authority funds … its …")."""
    clause = re.split(r"[.;]\s+", before)[-1]
    nouns = list(_A_BODYS_NOUN.finditer(clause))
    if not nouns or nouns[-1].group("noun").lower() not in ("council", "authority"):
        return False
    if nouns[-1].group("owner").split()[-1:] == ["Combined"]:
        return False
    named = nouns[-1].group("owner").removeprefix("The ").strip()
    return not named or core_council_name(f"{named} Council") in authority_names  # ("Wyre Metropolitan Borough Council")


def _titled_department_matches(text: str, authority_names: Iterable[str]) -> list[_Found]:
    """A council's department by its title in capitals before "department" in lower case, as the phrases'
    reader takes "the Children, Schools and Families directorate": its words whom it serves and what it does,
    none a body's name, a kind word, a post's or a short form ("the MASH, CAMHS and Education department" is a
    list; "the Home Office department", "the Kent Police Public Protection department" are partners'); not the
    children's department by the sector's words alone ("the Children's Services department", the council's)."""
    found = []
    for match in prefilter.finditer(_TITLED_DEPARTMENT, text):
        if match.group("owner") and core_council_name(match.group("owner")) not in authority_names:
            continue  # "Medway Council's Children and Families department" in another council's report: that council's
        if match.group("its") and not _the_council_its_owner(text[: match.start()], authority_names):
            continue  # "The trust has expanded its … department": whose "its" is, the council's only
        if _OF_ANOTHER_AFTER.match(text, match.end()):
            continue  # "the Children and Young People department of NHS Anyshire", "… of the Home Office": another body's
        title = match.group("title")
        words = [w.strip(",").lower() for w in title.split()]
        plain = [w for w in words if w not in _CONNECTORS]
        if len(plain) < 2 or not any(w in _A_DEPARTMENTS_WORDS for w in plain) or _department_only(title) \
                or any(w in _HOSPITAL_DEPARTMENT_WORDS for w in plain) \
                or any(_is_post(w) or _singular_head(w) in PHRASE_HEADS and w != "services" for w in plain) \
                or any(_ANY_HEAD_END.search(" ".join(title.split()[: i + 1]).rstrip(",")) for i in range(len(title.split()))
                       if not (i == len(title.split()) - 1 and title.endswith(" and Health"))) \
                or _generic_matches(title) and not (plain[-1] == "services" and len(plain) >= 3) \
                or council_for(title) is not None or police_force_for(title) is not None \
                or _DEPARTMENTS_PEOPLE_AFTER.match(text, match.end()) or _A_PARTNERS_DEPARTMENT_AFTER.match(text, match.end()):
            continue
        found.append(_Found(f"{title} department", "Service", "TeamOrService", match.start("title"), match.end()))
    return found


def _group_for_matches(text: str) -> list[_Found]:
    """A group named by whom it serves: "a group for birth fathers and grandfathers" is the
    "birth fathers and grandfathers group" (one body however written)."""
    found = []
    for match in prefilter.finditer(_GROUP_FOR, text):
        served = _people_served(match.group("people"))
        if not served:
            continue
        people = " ".join(served)
        end = match.start("people") + len(people)
        head = match.group("head").lower()
        name = f"{head} for {people}"
        found.append(_Found(name, "Board", "Board", match.start(), end, written=text[match.start() : end],
                            key_name=f"{people} {head}"))
    for match in prefilter.finditer(_TEAM_FOR, text) if " for " in text else ():
        served = _people_served(match.group("people"))
        if not served or not any(
                w.lower() in PEOPLE_QUALIFIERS and w.lower() not in _BROAD_QUALIFIERS for w in served):
            continue  # "the service for children", "the team for looked after children": what many do; "the team for disabled children" is one
        people = " ".join(served)
        at = "head_one" if match.group("head_one") else "head_many"
        head = match.group(at).lower().removesuffix("s")
        end = match.start("people") + len(people)
        generic = _whole_generic(f"{people}'s {head}") or _whole_generic(f"{people} {head}")
        found.append(_Found(generic.name if generic else f"{head} for {people}", "Service", "TeamOrService", match.start(at), end,
                            written=text[match.start(at) : end], key_name=generic.key_name if generic else ""))
    return found


def _people_served(words: str) -> list[str]:
    """The people a group or team is for, from the words after "for": qualifiers and plural nouns of
    people, no more ("birth fathers and grandfathers", "disabled children"); none where they open with "and"."""
    served = []
    for word in words.split():
        if word.lower() in PEOPLE_SERVED or word.lower() in PEOPLE_QUALIFIERS:
            served.append(word)
        else:
            break
    while served and served[-1].lower() not in PEOPLE_SERVED:
        served.pop()
    return [] if served and served[0].lower() in ("and", "or") else served


#: Qualifiers of people too broad to name one team by: "the service for looked after children" is what many do.
_BROAD_QUALIFIERS = {"and", "or", "looked", "after", "care", "new", "young"}
#: A team or service named by whom it is for, with no other words: "the two teams for disabled children".
_TEAM_FOR = re.compile(rf"\b(?:(?:the|its|their)\s+(?P<head_one>team|service)|(?:two|three|four|five)\s+(?P<head_many>teams|services))\s+for\s+"
                       rf"(?P<people>{_PEOPLE_WORD}(?:\s+{_PEOPLE_WORD}){{0,5}})", re.IGNORECASE)


#: A board's sub-group named by its work after "for" or "on": "the subgroup for training and development",
#: "a sub-group on child sexual exploitation".
_SUBGROUP_FOR = re.compile(r"(?<![\w-])(?P<head>sub[- ]?(?:group|committee))\s+(?P<on>for|on)\s+(?P<work>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4})",
                           re.IGNORECASE)
#: The work a board's sub-group is for.
_SUBGROUP_WORK = {
    "training", "development", "learning", "improvement", "performance", "quality", "assurance", "audit", "policy",
    "policies", "procedures", "communication", "communications", "health", "education", "exploitation", "missing",
    "neglect", "practice", "workforce", "scrutiny", "monitoring", "evaluation", "safeguarding", "engagement",
    "participation", "review", "reviews", "case", "serious", "and", "child", "sexual", "criminal", "abuse", "domestic",
    "protection",
}


_UNIT_FUNCTIONS = frozenset(_SUBGROUP_WORK | _FUNCTIONS_BESIDE_ASSURANCE)  # (see ``_FUNCTIONS_BESIDE_ASSURANCE``)
#: Where a sub-group's work after "on" ends: a clause's end or its verb ("the sub-group on neglect meets …").
_END_OF_A_SUBGROUPS_WORK = re.compile(r"\s*(?:[.;:)]|$|,\s+(?:which|who|chaired|led|and\s+(?:its|the))\b|\s+(?:which|that|who|meets?|met|has|have|had|is|was|"
                                      r"oversees|reports|produced|chaired|led)\b)")
#: The start of a clause whose subject a sub-group is: "The sub-group on …", "The board's sub-group on …".
_A_SUBJECTS_START = re.compile(r"(?:^|[.;:]\s+|,\s+and\s+)(?:[Tt]he|[Ii]ts|[Tt]heir|A)(?:\s+[\w-]+(?:['’]s)?){0,2}\s+$")
#: A verb after a sub-group that is its clause's subject: "… monitors", "… now meets", "… and the … sub-group report".
_ITS_VERB_AFTER = re.compile(r"\s+(?:now|also|has|is|was|and\s+the|meets|reports|reviews|monitors|scrutinises|scrutinizes|provides|oversees|"
                             r"leads|considers|examines|produces|receives|brings|works|continues|challenges|analyses|audits|ensures|focuses|"
                             r"looks|sets|tracks|includes|comprises|commissions|identifies|delivers|coordinates|co-ordinates|evaluates|"
                             r"holds|disseminates|uses|develops|publishes|agreed|met|reported)\b")
#: Words of a sub-group's work that a noun follows: the work does not end in one ("child sexual exploitation").
_WORK_GOES_ON = {"child", "sexual", "criminal", "domestic", "serious", "case"}


def _subgroup_for_matches(text: str) -> list[_Found]:
    """"the subgroup for training and development": the board's training and development sub-group."""
    found = []
    for match in prefilter.finditer(_SUBGROUP_FOR, text):
        work: list[str] = []
        words = match.group("work").split()
        for at, word in enumerate(words):
            if word.lower() == "in" and work and work[-1].lower() == "safeguarding" and words[at + 1 : at + 2] in (["education"], ["Education"]):
                work.append(word)  # "the sub-committee on safeguarding in education": a term of the trade
                continue
            if word.lower() not in _SUBGROUP_WORK:
                break
            work.append(word)
        while work and work[-1].lower() == "and":
            work.pop()
        end = match.start("work") + len(" ".join(work))
        if not work or work[0].lower() == "and" or work[-1].lower() in _WORK_GOES_ON \
                or match.group("on").lower() == "on" and not _END_OF_A_SUBGROUPS_WORK.match(text, end) \
                and not (_A_SUBJECTS_START.search(text, max(0, match.start() - 60), match.start()) and _ITS_VERB_AFTER.match(text, end)):
            continue  # (not "the sub-group for child …"; "on" may be "about": "updated the sub-group on performance
            # before the meeting", "the sub-group on safeguarding children with …", cut before words the set lacks)
        written = text[match.start() : end]
        found.append(_Found(_tidy(written), "Board", "SubGroup", match.start(), end, written=written,
                            key_name=f"{' '.join(work)} {match.group('head')}"))
    return found


#: NHS bodies named by the area they serve, whose kind's own words end their names.
_NAMED_BY_AREA = {"IntegratedCareBoard", "ClinicalCommissioningGroup", "NHSTrust", "PrimaryCareTrust"}


def _longer_name_defined(item: _Found, named: list[_Found], sentence: str) -> _Found:
    """A defined short form whose long form is the tail of a longer proper name of its kind ("NHS North
    East and North Anyshire Integrated Care Board (the ICB)", "the Children and Education Policy and
    Accountability Committee (PAC)"): the longer name is the body defined."""
    for other in named:
        if other.start < item.start < other.end < item.end and sentence[other.end : item.end].lstrip().startswith("(") \
                and other.kind == item.kind and (other.kind in _NAMED_BY_AREA or not item.key_name and item.kind != "SubGroup"):  # (a kind the gazetteer
            # names keeps its own: "the Anyford Multi-Agency Safeguarding Hub (MASH)" is the council's hub; a board's sub-group
            # is its own: "the … Management Board Quality Assurance Sub-group (QASG)")
            return dataclasses.replace(other, end=item.end, acronyms=tuple(dict.fromkeys((*other.acronyms, *item.acronyms))),
                                       defines=True)
    return item


def _discover(text: str, registry: BodyRegistry, authority: Council | None) -> None:
    """The bodies one text names (its footnote digits already removed), added to ``registry``."""
    for offset, sentence in sentences(text):
        found = _definition_matches(sentence)
        if "'" in sentence or "‘" in sentence:
            found += [f for f in _quoted_kind_matches(sentence) if not _overlaps(f, found)]
        named = _non_overlapping(_generic_matches(sentence) + _proper_matches(sentence, sentence))
        found = [_longer_name_defined(item, named, sentence) for item in found]
        found += [f for f in named if not _overlaps(f, found)]
        phrases = _phrase_matches(sentence)
        found = _plural_kinds_after_places(sentence, found, phrases)  # "Cheshire Youth Justice Services": one service
        if ", " in sentence and (listed := [p for p in phrases if ", " in sentence[p.start : p.end] and sentence[p.start : p.end].islower()]):
            # "the contact, referral and assessment team": the one team its list names, not the kind inside it
            found = [f for f in found if not any(p.start <= f.start and f.end <= p.end and (f.key_name or f.end == p.end and f.start > p.start
                                                                                            and sentence[f.start : f.end].islower())
                                                 for p in listed)]  # (or its last words, a kind named as written)
        if " and " in sentence:
            found = _coordinated_kind_phrases(sentence, found, phrases)
        found = _acronym_led_phrases(sentence, found, phrases)
        found = _trade_term_led_phrases(sentence, found, phrases)
        if any(f"{word} " in sentence for word in _PARTS_OF_AN_AREA):
            found = _area_led_phrases(sentence, found, phrases)
        found += [f for f in phrases if not _overlaps(f, found)]
        found += [f for f in _group_for_matches(sentence) if not _overlaps(f, found)]
        if " department" in sentence:  # the department by its title, not the sector's kind its title holds ("Child and Adult
            departments = _titled_department_matches(sentence, registry.authority_names)  # Services department": no "Adult Services")
            found = [f for f in found if not any(d.start <= f.start and f.end <= d.end and f.body_type == "Service" for d in departments)]
            found += [f for f in departments if not _overlaps(f, found)]
        if _ANY_INSTITUTION(sentence):  # a longer institution's name holds the shorter finds it overlaps
            institutions = _institution_matches(sentence)
            found = [f for f in found if not any(_overlaps(f, [i]) and i.end - i.start > f.end - f.start for i in institutions)]
            found += [f for f in institutions if not _overlaps(f, found)]
        found += [f for f in _subgroup_for_matches(sentence) if not _overlaps(f, found)]
        if " Command" in sentence:
            commands = _police_command_matches(sentence)  # (a force before its command holds the bare "Police" inside its name)
            found = [f for f in found if not any(c.kind == "Police" and c.start <= f.start and f.end <= c.end for c in commands)]
            found += [f for f in commands if not _overlaps(f, found)]
        if prefilter.needs(_POLICE_UNIT, sentence):
            units = _police_unit_matches(sentence)  # "the police missing from home team": the unit, not the force alone
            found = [f for f in found if not _overlaps(f, units)] + units
        if "Police " in sentence or "Constabulary " in sentence:
            units = _named_force_unit_matches(sentence)  # "the Anyshire Police safeguarding unit": the unit, and its force
            found = [f for f in found if not _overlaps(f, units)] + units
        taken = [(f.start, f.end) for f in found]
        found += _council_matches(sentence, taken, authority)
        if " and " in sentence:
            found = _joint_boards(sentence, found)
        found = [named for item in found for named in _named_by_apposition(sentence, item)]
        if "'s " in sentence or "’s " in sentence or "its " in sentence:
            found = _described_after_its_name(sentence, found)
        found = [_with_frequency_before(sentence, item) for item in found]
        if prefilter.needs(_STATUS_BEFORE, sentence):
            found = [_with_status_before(sentence, item) for item in found]
        if "strategic " in sentence or "operational " in sentence:
            found = [_with_reach_before(sentence, item) for item in found]
        if "Police " in sentence or "Constabulary " in sentence or "Police’s " in sentence or "Police's " in sentence:
            found = [_with_force_before(sentence, item) for item in found]
        if "targeted " in sentence or "integrated " in sentence or "police " in sentence or "Police " in sentence \
                or "Targeted " in sentence or "Integrated " in sentence:
            found = [_with_word_before_a_team(sentence, item) for item in found]
        if prefilter.needs(_PART_OF_AREA_BEFORE, sentence):
            found = [_with_area_part_before(sentence, item) for item in found]
        if prefilter.needs(_LOWER_COMPASS_BEFORE, sentence):
            found = [_with_compass_before(sentence, item) for item in found]
        if prefilter.needs(_MEMBERS_BEFORE, sentence):
            found = [_with_members_before(sentence, item) for item in found]
        if " for " in sentence:
            found = [_with_people_after(sentence, item) for item in found]
        if " for " in sentence or " in " in sentence:
            found = [_with_title_after(sentence, item) for item in found]
        if " at " in sentence or " in " in sentence or " court" in sentence:
            found = [_court_at_place(sentence, item) for item in found]
        if "the " in sentence or "The " in sentence:
            found = [_of_a_wider_area(sentence, item, authority) for item in found]
        if ", " in sentence:
            found = [_with_title_list_before(sentence, item) for item in found]
        if "multi" in sentence or "pan-" in sentence or "cross-" in sentence or "-based" in sentence or "in-house" in sentence or "-borough" in sentence \
                or "joint " in sentence or "shared " in sentence:  # ("the joint adoption panel": one more of its names)
            found = [_with_scope_before(sentence, item) for item in found]
        if "'s " in sentence or "’s " in sentence:
            found = [_with_owner_before(sentence, item, found, registry) for item in found]
        found = [_with_shorter_names(item) for item in found]
        for item in found:
            registry.add(item, _is_proper(item, registry.authority_names))
        _discover_appositions(sentence, registry)


#: A phrase in quotes that ends in a kind word: the report gives the body's name, kind word and
#: all ("through the 'gateway panel'", "a 'stability meeting'", "the 'Anyshire Cares project'").
_QUOTED_KIND = re.compile(
    r"(?:^|(?<=[\s(]))[‘'](?P<name>[A-Za-z][\w’'&/-]*(?:\s+[\w’'&/-]+){0,5}?\s+(?P<head>" + _HEADS + r")(?:e?s)?)[’'](?![\w’'])",
    re.IGNORECASE,
)


#: A name in quotes, then its kind word in capitals: "the 'Our Say' Council", "the 'Fresh Start' Group".
_QUOTED_THEN_CAPITAL_KIND = re.compile(
    r"(?:^|(?<=[\s(]))[‘'](?P<name>[A-Z][^‘’'\n]{1,40}?)[’']\s+(?P<head>" + _HEADS + r")(?:e?s)?(?![\w’'-])", re.IGNORECASE)


def _no_name_in(words: list[str]) -> bool:
    """Whether quoted words are only the sector, small words or a judgement ("'good services'")."""
    return all(w in PHRASE_SECTOR or w in _CONNECTORS or w in PHRASE_STOP or w in DESCRIBING for w in words)


#: A quoted phrase that is what someone is to do, not a name: "'mum to engage with services'".
_QUOTED_ACTION = re.compile(r"(?:^|\s)to\s+[a-z]")


def _quoted_kind_matches(text: str) -> list[_Found]:
    """Bodies named in quotes, kind word inside the quotes or, in capitals, right after them. The
    quotes say where the name starts, so what the phrase finder would read as a judgement or a verb
    before the kind word ("stability", "review") is the name's own, and a capitalised "Council"
    after them is a young people's council, not a local authority."""
    found = []
    for match in _QUOTED_THEN_CAPITAL_KIND.finditer(text):
        head = match.group("head")
        if not head[:1].isupper() or head.lower() not in PHRASE_HEADS \
                or _FOLLOWING_WORD_IN(text, match.end(), HEAD_AS_MODIFIER):
            continue  # "the 'Front Door' service manager": the head names a person
        words = match.group("name").lower().split()
        if _no_name_in(words):
            continue
        body_type, kind = PHRASE_HEADS[head.lower()]
        written = text[match.start() : match.end()]
        found.append(_Found(_tidy(_unquote(written)), body_type, kind, match.start(), match.end(), written=written))
    for match in _QUOTED_KIND.finditer(text):
        name, head = match.group("name"), match.group("head").lower()
        if head not in PHRASE_HEADS or "'" in name.replace("s' ", "s ").rstrip("'") or "’" in name.replace("s’ ", "s "):
            continue  # a quote inside: two quoted words, not one name
        words = name.lower().split()[:-1]
        if _no_name_in(words) or _QUOTED_ACTION.search(name):
            continue  # "'good services'": a quoted judgement or the sector, not a name; "'to engage with services'": an action
        body_type, kind = PHRASE_HEADS[head]
        if kind == "Board" and re.search(r"sub[- ]?group", name, re.I):
            kind = "SubGroup"
        found.append(_Found(_tidy(name), body_type, kind, match.start("name"), match.end("name")))
    return found


#: A verb in the plural after a phrase: the phrase names more than one body.
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:(?:both|jointly|also|now)\s+)?(?:have|are|were|work|meet|share|hold|attend|provide|offer|merged|together)\b")


#: Fields councils join in one team or service's name: "the fostering and adoption service", "the adoption and permanence team".
_FIELDS_PAIRED_IN_ONE = {"fostering", "adoption", "permanence", "permanency", "kinship", "placement", "placements", "commissioning",
                         "quality", "performance", "learning", "assessment", "intake", "prevention", "looked", "children", "leaving", "16"}


def _coordinated_kind_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` with a kind the gazetteer knows given up for the one singular team or service whose
    title joins another field to it with "and": "the fostering and adoption service", "the looked
    after children and leaving care team" are one body each (the phrase finder's), not the adoption
    service or the leaving care team; plurals stay the kinds ("the youth offending and leaving care services")."""
    for phrase in phrases:
        written = sentence[phrase.start : phrase.end]
        if phrase.key_name or written.endswith("s") or not written.islower() or _PLURAL_VERB_AFTER.match(sentence, phrase.end) \
                and not (sentence[: phrase.start].endswith((" and the ", " and its "))
                         and (phrase.body_type == "Board" or written.split()[0] in _FIELDS_PAIRED_IN_ONE)):
            continue  # ("the child protection and youth offending team have a protocol": two teams; but not "the fostering
            # panel and the adoption and permanency panel provide …", "the virtual school and the fostering and adoption
            # service have …", whose verb is the two bodies', where a board's remit or the fields councils join in one
            # team are named; "the police and the child protection and youth offending team have …" stays two teams)
        inner = [f for f in found if f.end == phrase.end and phrase.start < f.start and not f.national
                 and sentence[phrase.start : f.start].endswith(" and ")
                 and (f.key_name or (f.written or f.name).islower()
                      and _whole_generic(sentence[phrase.start : f.start].removesuffix(" and ")) is None)
                 and not _NOT_A_BODY_NAME.search(sentence[phrase.start : f.start - 5])]  # not "the escalation process and adoption panel"
        if inner:
            found = [f for f in found if not _overlaps(f, [phrase])] + [phrase]
    return found


#: What a board or group of a service does over it: "the YOS management board", "the MASH steering group".
_GOVERNING = {"management", "executive", "steering", "strategic", "operational", "partnership", "performance",
              "improvement", "scrutiny", "advisory", "oversight", "governance"}


def _acronym_led_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without the kinds that a longer phrase starts with as its short form: "the CAMHS
    looked after children service", "the LSCB missing and exploitation sub-group", "the LSCB health
    sub-group" are one body each, the short form saying whose; "CAMHS" alone stays where no such
    phrase holds it."""
    if not phrases:
        return found
    held = set()
    starting = collections.defaultdict(list)  # a phrase meets only the items that start where it does
    for i, item in enumerate(found):
        starting[item.start].append((i, item))
    for phrase in phrases:
        for i, item in starting.get(phrase.start, ()):
            if item.end >= phrase.end:
                continue
            rest = sentence[item.end : phrase.end].split()
            if _ACRONYM_LED.fullmatch(sentence[item.start : item.end]) \
                    and (len(rest) >= 3 or len(rest) == 2 and rest[0].lower() in _GOVERNING
                         and rest[1].lower().rstrip("s") in ("board", "group", "panel", "committee", "forum")
                         or rest == ["business", "unit"] or rest == ["business", "team"]
                         or len(rest) == 2 and _singular_head(rest[1].lower()) in _SUB_GROUP_HEADS and rest[0][:1].islower()) \
                    and rest[0] not in ("and", "or", "&", "of") \
                    and not any(_overlaps(other, [phrase]) for other in found if other is not item):
                held.add(i)  # ("EDT and daytime services": two; "the CAMHS of Anyshire … Trust": the kind and whose)
    return [item for i, item in enumerate(found) if i not in held]


#: Words for the parts of an area that name themselves before a kind: "the locality early help teams", "the district …".
_AREA_PART_WORDS = ("locality", "localities", "district", "neighbourhood", "patch")
#: Those, "area" and "town", in lower case before a board's kind: "the district children's trust partnerships", "the
#: locality safeguarding groups" are the parts' own, not the council's board.
_PARTS_OF_AN_AREA = {*_AREA_PART_WORDS, "area", "town"}


def _area_led_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without the boards a lower-case phrase holds after a word of a part of the area:
    "12 district children's trust partnerships" are the districts' partnerships, one body of the
    phrase's, not the council's children's trust."""
    held = set()
    for phrase in phrases:
        written = sentence[phrase.start : phrase.end]
        if not written.islower() or written.split()[0] not in _PARTS_OF_AN_AREA:
            continue
        for i, item in enumerate(found):
            if item.key_name and item.body_type == "Board" and phrase.start < item.start and item.end <= phrase.end \
                    and all(w in _PARTS_OF_AN_AREA for w in sentence[phrase.start : item.start].split()):
                held.add(i)
    return [item for i, item in enumerate(found) if i not in held]


def _trade_term_led_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without the finds a longer phrase holds as one body: capitalised names that a phrase ending with them
    starts with a term of the trade in lower case ("the looked after children Progress Group", the term saying whose work
    it is, see ``_trade_term_before_name``); a sector's generic kind in lower case at a board's or a team's start ("a
    children's social care improvement board", "the adult social care transitions team"); a generic service after a
    harm's words ("the domestic abuse advocacy service")."""
    held = set()
    for phrase in phrases:
        for i, item in enumerate(found):
            if item.start == phrase.start and item.end < phrase.end and _title_going_on(sentence, item, phrase, found):
                held.add(i)  # "the Early Help and Family Hubs service": one title, a kind at its start
            elif item.start == phrase.start and item.end < phrase.end and item.key_name and (
                    phrase.body_type == "Board" or _a_sectors_team(phrase, item, found)) \
                    and phrase.kind != "YouthForum" \
                    and sentence[item.start : item.end].islower() and all(w in PHRASE_SECTOR for w in sentence[item.start : item.end].split()):
                held.add(i)  # "a children's social care improvement board", "… quality assurance sub-group", "the adult social care
                # transitions team": the department's, one body
            if item.end == phrase.end and phrase.start < item.start and item.council is None and not item.national:
                words = list(_PHRASE_TOKEN.finditer(sentence, phrase.start, item.start))
                if words and all(_AGE_RANGE.fullmatch(w.group(0)) for w in words):
                    held.add(i)  # "the 16 Plus Team", "the 0-25 Wyre Service": the ages are the name's
                elif words and _trade_term_before_name(words):
                    held.add(i)
                elif item.key_name and len(words) >= 2 and [w.group(0).lower() for w in words[-2:]] in _A_HARM_OF_ITS_OWN \
                        and item.kind == "TeamOrService" and re.fullmatch(r"[a-z-]+ (?:service|team)", sentence[item.start : item.end]):
                    held.add(i)  # "the domestic abuse advocacy service": a service of that harm's, not the kind's own
                elif _title_continued_before(words, phrase, found):
                    held.add(i)  # "the No Recourse to Public Funds Team": one title, its small word inside
                elif _brand_before_kind(words, item, sentence):  # "the Bright Futures youth service": the kind, and how the report names it
                    found[i] = item = dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[phrase.start : phrase.end])))
                elif _title_before_kind(words, item, sentence, phrase, found):
                    held.add(i)  # "the Children's Rights and Advocacy Service", "the Through Care Team": one title
    return [item for i, item in enumerate(found) if i not in held] if held else found


def _a_sectors_team(phrase: _Found, item: _Found, found: list[_Found]) -> bool:
    """Whether a team phrase that a sector's generic kind opens is one team ("the adult social care transitions team"):
    no slash ("adult social care/transitions team": two), no time ("the youth service summer team"), and no other kind
    found ending it ("the adult social care emergency duty team" is the emergency duty team, adult services before it)."""
    return phrase.kind == "TeamOrService" and re.search(r"\bteams?$", phrase.name) is not None and "/" not in phrase.name \
        and not any(w in _TIME_WORDS for w in phrase.name.lower().split()) \
        and not any(other is not item and other.end == phrase.end and other.start > item.start for other in found)


#: A harm whose words before a generic kind of one word and "service" or "team", in lower case, make a service of its
#: own: "the domestic abuse advocacy service" is not the council's advocacy service (but "the domestic abuse multi-agency
#: risk assessment conference" is the MARAC, a standing body of every harm's cases).
_A_HARM_OF_ITS_OWN = (["domestic", "abuse"], ["domestic", "violence"])


def _title_going_on(sentence: str, item: _Found, phrase: _Found, found: list[_Found]) -> bool:
    """Whether a kind in capitals at a phrase's start is the first words of one title the phrase
    names: "the Early Help and Family Hubs service", "the Early Help for Families service" (capitalised
    words and "and" or "for" up to the head)."""
    if not (item.key_name or item.kind in ("YouthForum", "TeamOrService", "Programme")) or item.national \
            or not sentence[item.start : item.start + 1].isupper() \
            or any(other is not item and other.start < phrase.end and other.end > item.end for other in found):
        return False  # (a kind the gazetteer knows, or a forum, team or programme found by name: "the User Voice and Participation team")
    rest = sentence[item.end : phrase.end].split()
    return len(rest) >= 3 and rest[0] in ("and", "for") and all(w[:1].isupper() or w in ("and", "for", "of") for w in rest[1:-1]) \
        and any(w[:1].isupper() for w in rest[1:-1])


def _title_before_kind(words: list[re.Match[str]], item: _Found, sentence: str, phrase: _Found, found: list[_Found]) -> bool:
    """Whether capitalised words before a kind in capitals begin one title with it: "the Children's
    Rights and Advocacy Service" (words of no body, then "and"), "the Through Care Team" (a
    capitalised small word right after the article); not "the Anyshire Police and Advocacy Service"."""
    names = [w.group(0) for w in words]
    if not names or not sentence[item.start : item.start + 1].isupper() or item.national or \
            any(other is not item and other.start < item.start and other.end > phrase.start for other in found):
        return False
    if len(names) == 1 and names[0].lower() in PHRASE_STOP and names[0][:1].isupper() \
            and re.search(r"\bthe\s+$", sentence[: words[0].start()], re.I):
        return True  # "the Through Care Team"
    if names[0].lower() == sentence[item.start : item.end].split()[0].lower():
        return False  # "the Youth Beacon and Youth Forum": two names, alike
    return names[-1] == "and" and 1 <= len(names) - 1 <= 3 and all(
        n[:1].isupper() and n.lower().rstrip("s").removesuffix("'").removesuffix("’") not in PHRASE_HEADS
        and n.lower() not in PHRASE_BREAK and council_for(n) is None for n in names[:-1]) \
        and names[0].lower() not in LEADING_NON_NAME and not _opens_sentence(names[0])


def _brand_before_kind(words: list[re.Match[str]], item: _Found, sentence: str) -> bool:
    """Whether capitalised words right before a generic kind written in lower case ("the Bright
    Futures youth service", "the Kooth online counselling service") are the body's own name: not
    a council ("the Anyshire youth service" is the council's), a kind, a post or a sentence's word."""
    names = [w.group(0) for w in words]
    if not item.key_name or item.kind == "AdoptionAgency" or not sentence[item.start : item.end].islower() or not 2 <= len(names) <= 4:
        return False  # (one word before a kind is as often a description: "the Somali youth service")
    if any(council_for(n) is not None or "-" in n or n.lower() in _TIMES_AND_COUNTRIES for n in names):
        return False  # "the Wyreford Rugby youth service", "Ofsted-registered", "the Monday youth service"
    whole = " ".join(names)
    return all(re.fullmatch(r"[A-Z][a-z][\w’'&-]*|[A-Z][a-z]*\d+", n) for n in names) \
        and names[0].lower() not in LEADING_NON_NAME and not _opens_sentence(names[0]) \
        and not any(n.lower() in PHRASE_ROLES or n.lower() in HEAD_AS_MODIFIER for n in names) \
        and council_for(whole) is None and not (len(names) == 1 and council_for(names[0]) is not None) \
        and not _generic_matches(whole) and not _MONTHS.search(whole) \
        and not all(n.lower() in _COMPASS or council_for(n) is not None for n in names)  # "the North East youth service"


def _title_continued_before(words: list[re.Match[str]], phrase: _Found, found: list[_Found]) -> bool:
    """Whether capitalised words and a title's small word before a name ("No Recourse to", "At Risk
    of") begin one title with it, no other body's name among them ("Anyshire Police to …")."""
    lowered = [w.group(0).lower() for w in words]
    return len(words) >= 2 and lowered[-1] in _SMALL_IN_TITLES - {"and"} and words[0].group(0)[:1].isupper() \
        and all(w.group(0)[:1].isupper() or l in _SMALL_IN_TITLES for w, l in zip(words, lowered)) \
        and not any(other.start < words[-1].start() and other.end > phrase.start for other in found)


#: A word for whom a board's own version is made of, right before its short form: "the Junior LSCB".
_MEMBERS_BEFORE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, MEMBERS_BEFORE_A_BOARD), key=len, reverse=True))
                             + r")\s+$", re.IGNORECASE)


def _with_members_before(sentence: str, item: _Found) -> _Found:
    """"the Junior LSCB", "the youth MARAC": a board's short form after whom the body is made of
    names a body of its own (a young people's board), not the board."""
    written = sentence[item.start : item.end]
    if item.body_type != "Board" or not item.key_name or not _ACRONYM_WORD.fullmatch(written):
        return item
    members = _MEMBERS_BEFORE.search(sentence, max(0, item.start - 12), item.start)
    if members is None:
        return item
    name = f"{members.group(0).strip()} {written}"
    return _Found(name, "Board", "Board", members.start(), item.end, written=name)


#: A board's status before it, which a reader of a report of that time keeps in its name: "the
#: shadow health and wellbeing board", "the interim safeguarding partnership" (the board, not yet statutory).
_STATUS_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|its|their)\s+(?:shadow|interim)\s+$", re.IGNORECASE)


#: A post right after a body: "the interim … board chair" is the chair's interim post, not the board's.
_POST_AFTER = re.compile(r"\s+(?:chair|chairs|chief|manager|officer|lead|director|member|members|business)\b", re.IGNORECASE)


def _with_status_before(sentence: str, item: _Found) -> _Found:
    """A board or a commissioner found after "shadow" or "interim" carries that name as well: the same
    body in its first year."""
    if item.body_type not in ("Board", "HealthBody") or item.national or item.start < 7:
        return item
    status = _STATUS_BEFORE.search(sentence, max(0, item.start - 16), item.start)
    written = sentence[item.start : item.end]
    if status is None or _ACRONYM_WORD.fullmatch(written) or _POST_AFTER.match(sentence, item.end):
        return item  # ("the shadow LSCB": a young people's board of its own, read by ``_with_members_before``)
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[status.start() : item.end]).split(" ", 1)[1]))


#: How often a standing meeting, panel or board meets, which a reader keeps in its name: "the daily
#: multi-agency domestic abuse meeting", "the weekly allocations meeting", "the quarterly performance board".
_FREQUENCY_BEFORE = re.compile(rf"(?<![\w-])(?:{_FREQUENCIES})\s+$", re.IGNORECASE)
_MEETING_END = re.compile(r"(?:meeting|conference|panel|board)s?$", re.IGNORECASE)


def _with_frequency_before(sentence: str, item: _Found) -> _Found:
    """A meeting, panel or board found after its frequency ("daily", "weekly") carries the name with it as well."""
    if item.kind not in ("Panel", "Board") or item.start < 6 or not _MEETING_END.search(item.name):
        return item
    frequency = _FREQUENCY_BEFORE.search(sentence, max(0, item.start - 14), item.start)
    if frequency is None:
        return item
    return dataclasses.replace(item, aliases=(*item.aliases, f"{frequency.group(0).lower()}{item.written or item.name}"))


#: "strategic" or "operational" right before a board, panel or group: which of two on one work it is.
_REACH_BEFORE = re.compile(r"(?<![\w-])(?:strategic|operational)\s+$")


def _with_reach_before(sentence: str, item: _Found) -> _Found:
    """A board, panel or group found after "strategic" or "operational" (which say which of two
    groups on one work it is: "the strategic missing group") is named with it."""
    if item.body_type != "Board" or item.start < 10 or not sentence[item.start : item.start + 1].islower() \
            or (item.written or item.name).endswith("s"):
        return item  # (not "all strategic partnership boards": which boards, not one's name)
    reach = _REACH_BEFORE.search(sentence, max(0, item.start - 14), item.start)
    if reach is None:
        return item
    named = f"{reach.group(0)}{item.written or item.name}"  # its own name: "the strategic and the operational missing group" are two
    if item.key_name:  # a kind the gazetteer knows (the council's one partnership board): another name of it
        return dataclasses.replace(item, aliases=(*item.aliases, named))
    return dataclasses.replace(item, name=named, written=named, start=reach.start())


#: A word after "the" and before a team's or a unit's words that the report names it by: how it works
#: ("the targeted early help team", "the integrated disabled children's team") or whose it is ("the police
#: public protection unit").
_WORD_BEFORE_A_TEAM = re.compile(r"(?<![\w-])(?i:the)\s+(?P<word>[Tt]argeted|[Ii]ntegrated|[Pp]olice)\s+$")


#: A force's name, or its possessive, right before a kind: "the Anyshire Police public protection unit", "Wyre and
#: Anyshire Constabulary's child abuse investigation unit".
_FORCE_BEFORE_A_KIND = re.compile(rf"(?<![\w’'-])(?P<force>{_FORCE_NAME_WITH_AND})(?:['’]s)?\s+$")


def _with_force_before(sentence: str, item: _Found) -> _Found:
    """A police unit of a kind the gazetteer knows, in lower case after a force's name, with that name as one more of
    its names ("the Anyshire Police public protection unit"), as a reader lists it (the force is found apart)."""
    if not item.key_name or item.body_type != "Service" or not sentence[item.start : item.start + 1].islower():
        return item
    before = _FORCE_BEFORE_A_KIND.search(sentence, max(0, item.start - 60), item.start)
    if before is None or police_force_for(before.group("force")) is None:
        return item
    return dataclasses.replace(item, aliases=(*item.aliases, f"{before.group('force')} {item.written or item.name}"))


def _with_word_before_a_team(sentence: str, item: _Found) -> _Found:
    """A team, a unit or a service found in lower case after "the targeted", "the integrated" or "the police" is also
    named with that word (not "targeted services", a level of help): one more name of a kind the gazetteer
    knows; the name itself of a team of no known kind ("the targeted early help team"), but not of the
    police's (``_police_unit_matches`` reads those, the force with them)."""
    written = item.written or sentence[item.start : item.end]
    if item.body_type != "Service" or not re.search(r"\b(?:team|unit|service)$", written, re.IGNORECASE):
        return item
    before = _WORD_BEFORE_A_TEAM.search(sentence, max(0, item.start - 16), item.start)
    if not sentence[item.start : item.start + 1].islower():
        if before is not None and before.group("word") in ("Targeted", "Integrated") and (item.key_name or written.lower().endswith("service")):
            return dataclasses.replace(item, aliases=(*item.aliases, f"{before.group('word')} {written}"))
        return item  # ("the Targeted Early Help service": its title, one more name of the early help service)
    if before is not None and written.lower().endswith("service") and before.group("word").lower() == "police":
        return item  # (not "the police … service": the police's own)
    if before is None or not item.key_name and before.group("word").lower() == "police":
        return item
    named = f"{before.group('word').lower()} {written}"
    if item.key_name or written.lower().endswith("service"):  # a kind the gazetteer knows, or a service ("the targeted early help
        # service" is the early help service the report names again): another name of the council's one
        return dataclasses.replace(item, aliases=(*item.aliases, named))
    return dataclasses.replace(item, name=named, written=named, start=before.start("word"))


#: A council's name and "and" right before a safeguarding board named with another council's: "the Anyford and Wyre LSCB"
#: (and the other's article, where its name takes one: "the Anyford and the Isle of Wyre Safeguarding Children Partnership").
_COUNCIL_AND_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<council>(?!The\b)[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2})\s+and\s+(?:the\s+)?$")
#: A council's name right before a board's own words: "Isle of Wyre " of "the Anyford and Isle of Wyre Local Safeguarding
#: Children Board (LSCB)".
_COUNCIL_RIGHT_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<council>[A-Z][\w’'-]*(?:\s+(?:of\s+|upon\s+|on\s+)?[A-Z][\w’'-]*){0,3})\s+$")
#: A council's name and a comma right before another's: "Anyford, " of "the Anyford, Wyre and Westshire LSCB".
_COUNCIL_LISTED_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<council>(?!The\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+$")


def _councils_listed_before(sentence: str, start: int) -> int:
    """Where a list of councils' names ending at ``start`` begins: "the Anyford, Wyre and Westshire LSCB" is named by
    all three (``start`` at "Wyre")."""
    while (listed := _COUNCIL_LISTED_BEFORE.search(sentence, max(0, start - 40), start)) is not None \
            and council_for(listed.group("council")) is not None and not _COUNCIL_WORDS.search(listed.group("council")):
        start = listed.start("council")
    return start


def _joint_boards(sentence: str, found: list[_Found]) -> list[_Found]:
    """``found`` with a safeguarding board named after a council's name and another's joined by "and" named with both,
    and the first council inside it no body of its own here: "the Anyford and Wyre LSCB" is the two councils' joint
    board, not a board of Wyre's beside Anyford; so too with a list of councils before them ("the Anyford, Wyre and
    Westshire LSCB") and where the report defines the board's short form by its kind's own words, the second council's
    name then right before the kind ("the Anyford and Isle of Wyre Local Safeguarding Children Board (LSCB)"); not
    before "areas" (places, not one board). The child death overview panel in lower case after councils' names is
    ``_of_a_wider_area``'s; other kinds after two councils' names stay each council's."""
    joined = []
    for i, item in enumerate(found):
        written = sentence[item.start : item.end]
        if item.kind != "SafeguardingBoard" or item.national or not written[:1].isupper() or re.match(r"\s+areas?\b", sentence[item.end :]):
            continue  # (not "children from Anyford, Wyre and Westshire Safeguarding Children Board areas": places)
        kind_alone = item.defines and bool(item.key_name)  # "… Local Safeguarding Children Board (LSCB)": the kind's own words
        if kind_alone:
            second = _COUNCIL_RIGHT_BEFORE.search(sentence, max(0, item.start - 40), item.start)
            if second is None or council_for(second.group("council")) is None:
                continue
            at = second.start("council")
        else:
            words = written.split()  # (the second council's name may be of several words: "the Anyford and Isle of Wyre LSCB")
            if not any(council_for(" ".join(words[:n])) is not None for n in range(1, min(len(words), 5))):
                continue
            at = item.start
        before = _COUNCIL_AND_BEFORE.search(sentence, max(0, at - 60), at)
        if before is None or council_for(before.group("council")) is None or re.search(r"\bCouncil\b", before.group("council")):
            continue  # (not "Anyshire County Council and Wyre LSCB": a council by its title, then another's board)
        if before.group(0).rstrip().endswith("the") and " of " not in sentence[at : item.end]:
            continue  # (the article only before a place's name that takes one, "the Isles of Wyre", "the City of Wyre": not
            # "staff in Anyford and the Wyre Safeguarding Children Board", a place, then another's board)
        first = _councils_listed_before(sentence, before.start("council"))
        joined.append((i, first))
        if kind_alone:
            name = _tidy(sentence[first : item.start] + (item.written or item.name))
            found[i] = dataclasses.replace(item, name=name, written=name, start=first, key_name="")
        else:
            name = sentence[first : item.end]
            found[i] = dataclasses.replace(item, name=name, written=name, start=first,
                                           aliases=tuple(a for a in item.aliases if a != item.name) + ((item.name,) if item.name != written else ()))
    if not joined:
        return found
    spans = [(start, found[i].end) for i, start in joined]
    return [f for f in found if not (f.kind == "Council" and any(a <= f.start and f.end <= b for a, b in spans))]


#: A point of the compass in lower case after an article or an owner, right before a name: "the east London adoption consortium".
_LOWER_COMPASS_POINTS = ("north", "south", "east", "west")
_LOWER_COMPASS_BEFORE = re.compile(rf"(?:\b(?:[Tt]he|an?)|['’]s)\s+(?P<point>{'|'.join(_LOWER_COMPASS_POINTS)})\s+$")


def _with_compass_before(sentence: str, item: _Found) -> _Found:
    """A name opening with a place's word after a point of the compass in lower case is named with the point: "the
    east London adoption consortium" is not London's (the report writes the area's part in lower case)."""
    written = sentence[item.start : item.end]
    first = (written.split() or [""])[0]
    if not written or not written[0].isupper() or item.national or item.council is not None or item.name != written \
            or first not in _place_name_words() or first.lower() in _AREA_WORDS or council_for(written) is not None:
        return item  # (not "the north Family Hubs", "the south Asian Women's Project", "the north East Kent Hospitals")
    before = _LOWER_COMPASS_BEFORE.search(sentence, max(0, item.start - 12), item.start)
    if before is None:
        return item
    named = sentence[before.start("point") : item.end]
    return dataclasses.replace(item, name=named, written=named, start=before.start("point"))


#: The sector's words that name one service's work, not the whole council's: "the family safeguarding service" (of the
#: model many councils run), "the family intervention service", "the education safeguarding service" (safeguarding in schools).
_ONE_SERVICES_WORK = {("family", "safeguarding"), ("family", "intervention"), ("education", "safeguarding")}
#: Words for the parts of an area a kind of team is split into, before its name: "the locality early help teams".
_PART_OF_AREA_BEFORE = re.compile(r"(?<!\b[Aa]cross\s)(?<!\b[Ii]n\s)(?<!\b[Ww]ithin\s)(?<!\b[Tt]hroughout\s)(?<!\bof\s)(?<!\b[Ee]ach\s)"
                                  r"(?:(?<![\w-])(?i:the|its|their|two|three|four|five|six|seven|eight|\d+)\s+(?P<part>area|areas)"
                                  rf"|(?<![\w-])(?P<named>(?i:{'|'.join(_AREA_PART_WORDS)})))\s+$")


def _with_area_part_before(sentence: str, item: _Found) -> _Found:
    """A team or service of the council's named in lower case after the parts of the area it is split
    into ("the area early help teams", "three locality early help hubs") carries that name as well."""
    if item.body_type != "Service" or item.start < 5 or not sentence[item.start : item.start + 1].islower():
        return item
    part = _PART_OF_AREA_BEFORE.search(sentence, max(0, item.start - 24), item.start)
    if part is None:
        return item
    return dataclasses.replace(item, aliases=(*item.aliases, f"{part.group('part') or part.group('named')} {item.written or item.name}"))


#: Words before a body that say who makes it up, who runs it, where it reaches or what it works
#: on, which a reader keeps in its name: "the multi-agency 'Channel' panel", "the pan-Anyshire
#: Strategic Exploitation Group", "the in-house fostering service", "an issues-based advocacy service".
_SCOPE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:multi[- ]?agency|in-house|[a-z]+-based|tri-borough|bi-borough|pan-[A-Za-z]+|joint|shared)\s+|(?<![\w-])(?:pan|cross)-)$", re.IGNORECASE)


def _with_scope_before(sentence: str, item: _Found) -> _Found:
    """``item`` with its wording from a scope word before it as one more of its names."""
    if item.national or item.council is not None or item.body_type == "LocalAuthority" or item.end <= item.start:
        return item
    scope = _SCOPE_BEFORE.search(sentence, max(0, item.start - 24), item.start)
    if scope is None or scope.group(0).split()[0].lower() in ("joint", "shared") and item.body_type not in ("Board", "Service"):
        return item  # ("joint police and social care visits": no joint police)
    scoped = re.sub(r"\s*\([^()]*\)$", "", sentence[scope.start() : item.end])  # (without the short form its end takes in)
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(_unquote(scoped))))


#: A lower-case name's opening words its readers leave out: its scope ("the multi-agency exploitation
#: panel") or the short form of the board it belongs to ("the LSCB missing from home sub-group").
_SCOPE_OR_OWNER_FIRST = re.compile(r"(?:(?i:multi[- ]?agency)|(?P<owner>[A-Z]{2,6}))\s+(?=[a-z])")
#: A brand in capitals, then its kind in lower case: "the Anyford Horizons service".
_BRAND_THEN_KIND = re.compile(r"((?:[A-Z][\w’'&-]*\s+)+[A-Z][\w’'&-]*)\s+(?:service|project|programme|scheme)s?")


def _with_shorter_names(item: _Found) -> _Found:
    """``item`` with the shorter name readers give it as one more of its names: without the scope or
    the owner's short form a lower-case name opens with ("child exploitation and missing panel" of "the
    multi-agency child exploitation and missing panel"; written so, in lower case; three words at least, as "support services" is anyone's), or a brand named by its place without its kind in lower case ("Wyre Horizons" of "the Wyre
    Horizons service"; a brand of common words alone, "the Children's Rights service", may be the work's
    own words, which a report writes in lower case too)."""
    name = item.written or item.name
    if item.national or item.council is not None or item.body_type == "LocalAuthority" or item.key_name:
        return item  # (a kind the gazetteer names, "the multi-agency risk assessment conference", has its names)
    first = _SCOPE_OR_OWNER_FIRST.match(name)
    if first is not None and name[first.end() :].islower() and len(name[first.end() :].split()) >= (2 if first.group("owner") else 3) \
            and (first.group("owner") or name[:1].islower()) \
            and not name[first.end() :].startswith("and ") \
            and (first.group("owner") is None or item.kind == "SubGroup" and re.fullmatch(r"[A-Z]*(?:B|P|SC)", first.group("owner"))):
        # (the owner's short form only before a board's sub-group, a board's or a partnership's letters ("the LSCB …", "the
        # AWSCP exploitation sub-group"; not a topic's, "the CSE strategic sub-group"): "the YOT management board" is no
        # council's board; and not "… and missing sub-group", a fragment)
        shorter = name[first.end() :]
    elif (brand := _BRAND_THEN_KIND.fullmatch(name)) is not None and council_for(brand.group(1)) is None \
            and not _ANY_HEAD_END.search(brand.group(1)) and not _only_an_area(brand.group(1).split()) \
            and any(w in _place_name_words() for w in brand.group(1).split()):
        shorter = brand.group(1)
    else:
        return item
    return dataclasses.replace(item, aliases=tuple(dict.fromkeys((*item.aliases, shorter))))


#: Whom a team, panel or forum is for, which a reader keeps in its name: "the multi-agency forum
#: for care leavers", "the advice and support service for SGOs and connected persons".
_PEOPLE = "|".join(sorted(map(re.escape, {w for w in PEOPLE_SERVED if not w.endswith(("'", "'s"))} | {"persons", "young people", "adults", "children in care"}),
                          key=len, reverse=True))
#: Whom a kind is for, after it, and more of them after "and": "… for disabled children and adults".
_PEOPLE_AFTER = re.compile(rf"\s+for\s+((?:(?:[a-z'’+-]+|[A-Z]{{2,5}}s?)\s+){{0,3}}?)({_PEOPLE})(?:\s+and\s+(?:{_PEOPLE}))?(?![\w'’-]|\s+proceedings\b)")
_HEAD_END = re.compile(r"(?:team|service|panel|forum|group|board|hub|unit|clinic)s?$", re.IGNORECASE)


def _with_people_after(sentence: str, item: _Found) -> _Found:
    """``item`` with "… for <the people it serves>" after it as one more of its names."""
    if item.national or item.council is not None or item.body_type == "LocalAuthority" \
            or not _HEAD_END.search(item.written or item.name) or not (item.written or item.name).islower():
        return item  # a capitalised name is whole: "the Youth Justice Service for looked after children" is its work for them
    served = _PEOPLE_AFTER.match(sentence, item.end)
    if served is None or any(w.lower() not in PEOPLE_QUALIFIERS and not w.isupper() and not w[:-1].isupper()
                             for w in served.group(1).split()):
        return item  # "the panel for all children": not whom it is named for
    if not served.group(1) and served.group(2).lower() in ("children", "families"):
        return item  # "early help services for children": every service here is for them
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(_unquote(sentence[item.start : served.end()]))))


#: A title after a body in lower case, of two capitalised words or more: what a panel is for ("the
#: referral panel for Anyshire Child Mental Health Services"), where a consortium reaches ("the
#: resettlement consortium in North and East Anyshire").
_TITLE_AFTER = re.compile(r"\s+(for|in)\s+([A-Z][\w'’-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’-]*)+)")
_TITLE_AFTER_HEADS = {
    "for": re.compile(r"(?:panel|forum|board|group|committee)$"),
    "in": re.compile(r"(?:consortium|partnership|network)$"),
}


#: Where a family court sits, after it: "the Family Court at Wyreford", "the family court sitting in Anyford"
#: (not "the Family Court (sitting) at Anyford Civil and Family Court": the court named whole after "at",
#: ``_COURT_NAMED_AFTER``, read first).
_COURT_PLACE = re.compile(r"\s+(?:sitting\s+)?(?:at|in)\s+(?P<place>[A-Z][a-z]+(?:(?:-| |-upon-|-on-)[A-Z][a-z]+){0,2})(?![\w’'-]|\s+[A-Z])")
_COURT_NAMED_AFTER = re.compile(r"\s+(?:sitting\s+)?(?:at|in)\s+(?:the\s+)?(?P<court>(?:[A-Z][a-z]+\s+)+(?:(?:and|&)\s+(?:[A-Z][a-z]+\s+)+)?"
                                r"(?:Court(?: Centre)?|Justice Centre))\b")


#: A title's first words listed with commas before its last two joined by "and": "the Vulnerable, Exploited, ".
_TITLE_LIST_BEFORE = re.compile(r"\b(?:the|The|a|an|its|their)\s+(?P<list>(?:[A-Z][a-z]+,\s+){1,4})$")


#: A name's possessive right before a body found in lower case: "Anyford Police's child exploitation unit".
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|and|of|&)){0,5}?)['’]s\s+$")
#: Fields of health, and words that say whose or what kind of health, before "Health": never a provider's own name
#: (beside the sector's words, soft stops, describing words and people served, which the same test reads).
_FIELDS_OF_HEALTH = {
    "acute", "adolescent", "baby", "behavioural", "body", "brain", "communication", "dental", "developmental",
    "digital", "early", "emotional", "england", "environmental", "eye", "forensic", "global", "healthy", "heart", "ill",
    "infant", "justice", "language", "learning", "lgbt", "lifestyle", "lung", "maternal", "mind", "my",
    "neurodevelopmental", "nhs", "occupational", "oral", "our", "perinatal", "personal", "population", "primary",
    "prison", "reproductive", "secure", "sexual", "skin", "speech", "spiritual", "student", "teenage", "urgent",
    "veterans", "workforce", "your",
}
#: Words naming a community by who or where it is, before "Community Health": a project's subject, not a provider's name.
_PEOPLES_AND_PLACES_KINDS = {"somali", "traveller", "travellers", "gypsy", "roma", "rural", "urban", "black", "asian", "minority",
                             "ethnic", "muslim", "jewish", "refugee", "migrant", "deaf", "lgbt", "lgbtq", "bame", "women's", "men's"}
#: Words after a place that make the two a hospital's short name: "Wyre Royal", "Anyford Children's".
_HOSPITAL_WORDS = {"Royal", "Hospital", "Hospitals", "Children's", "Children’s", "University", "General", "Infirmary"}
#: Kinds of body whose possessive makes a team or service theirs, not the council's.
_OWNER_TYPES = ("HealthBody", "PartnerOrganisation")


def _with_owner_before(sentence: str, item: _Found, found: list[_Found], registry: BodyRegistry) -> _Found:
    """A team or service a partner's possessive says is the partner's ("Anyford Police's child
    exploitation unit", "ABC's safeguarding team" where ABC is an NHS trust's short form): a body
    of the partner's, named with its owner, not the council's own team of that kind. The owner is a
    partner found in the sentence, one the report named before, or the first words of one's name
    ("Wyre Royal" of "Wyre Royal NHS Foundation Trust"), which become a name of it."""
    if item.body_type not in ("Service", "Board") or item.national or item.council is not None \
            or not (item.written or sentence[item.start : item.end])[:1].islower() or item.key_name in COUNCIL_AS_A_WHOLE:
        return item  # (a kind the gazetteer knows is a partner's too: "Barnardo's leaving care service")
    if item.key_name and (item.coordinated or _singular_head(sentence[item.start : item.end].split()[-1].lower()) not in PHRASE_HEADS):
        return item  # "the trust's health visiting and school nursing services": the kind, its written name no body's own
    possessive = _OWNER_BEFORE.search(sentence, max(0, item.start - 80), item.start)
    if possessive is None:
        return item
    owner_end = possessive.end("owner")
    partner = next((f for f in found if f.end in (owner_end, owner_end + 2) and f.body_type in _OWNER_TYPES
                    and (not f.key_name and not f.national or f.kind == "VoluntaryOrganisation")), None)  # (a charity the gazetteer
    # names, national or not: "Barnardo's"; not a public body's: "Ofsted's inspection team")
    owner_start = partner.start if partner is not None else possessive.start("owner")
    owner = sentence[owner_start:owner_end]
    if owner.split()[0] in ("The", "A", "An", "the"):
        owner = owner.split(" ", 1)[1] if " " in owner else ""
    if not owner or council_for(owner) is not None or _opens_sentence(owner.split()[0]) and " " not in owner:
        return item  # "Anyshire's legal team": the council's own; "Its …": no owner
    key = registry.key_for(partner.name, partner.kind) if partner is not None else None
    if key is None:
        known = registry.aliases.get(owner) or registry.lower_aliases.get(owner.lower())
        key = known if known in registry.bodies and registry.bodies[known].body_type in _OWNER_TYPES else None
    if key is None and len(owner.split()) >= 2 and (council_for(owner.split()[0]) is None or owner.split()[1] in _HOSPITAL_WORDS) \
            and council_for(owner) is None \
            and owner not in _REGION_NAMES and police_force_for(owner) is None:
        # ("Northumbria's …", "Bradford District's …": a place's possessive, not a partner's first words)
        starting = [b.key for b in registry.bodies.values() if b.body_type in _OWNER_TYPES
                    and b.name.lower().startswith(owner.lower() + " ")]
        if len(starting) == 1:
            key = starting[0]
            registry.register_alias(owner, key)  # "Wyre Royal's …": the trust's first words name it
            if owner not in registry.bodies[key].labels:
                registry.bodies[key].short_forms.append(owner)
    if key is None:
        return item
    own = _tidy(sentence[item.start : item.end]) if item.key_name else item.name  # a known kind as the text writes it
    name = f"{owner}{sentence[owner_end : possessive.end()].rstrip()} {own}"
    return dataclasses.replace(item, name=name, start=owner_end - len(owner), written="", key_name="", part_of=key,
                               aliases=() if item.key_name else item.aliases)  # (not the kind's own names: the council's)


def _with_title_list_before(sentence: str, item: _Found) -> _Found:
    """``item`` with the capitalised words listed before it that begin its title: "the Vulnerable,
    Exploited, Missing and Trafficked practice group" (found as "Missing and Trafficked practice group")."""
    written = sentence[item.start : item.end]
    if item.national or item.council is not None or not re.match(r"[A-Z][a-z]+ and [A-Z]", written):
        return item
    listed = _TITLE_LIST_BEFORE.search(sentence, 0, item.start)
    if listed is None or any(council_for(w.strip(", ")) is not None or w.strip(", ").lower() in PHRASE_BREAK
                             for w in listed.group("list").split()):
        return item
    start = listed.start("list")
    name = _tidy(sentence[start : item.end])
    return dataclasses.replace(item, name=name, start=start, written=name, key_name="")


#: Capitalised words that say when, or a country, not a place a body is named by: "at Christmas",
#: "in England", "the Monday youth service".
_TIMES_AND_COUNTRIES = {"england", "wales", "britain", "uk", "scotland", "northern", "ireland", "europe",
                       "christmas", "easter", "summer", "spring", "autumn", "winter",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "court"}


def _of_a_wider_area(sentence: str, item: _Found, authority: Council | None) -> _Found:
    """A kind the gazetteer names, in lower case after an area's name that is no council's (or, for the child
    death overview panel, after councils' names: not the inspected one's alone, but one of two or more), is
    that area's body: "the Wyrevale emergency duty team", "the Wyreshire child death overview panel", "the
    Anyford, Wyre and Vale child death overview panel" (a council's own kinds after its name are the
    councils' finder's)."""
    if not item.key_name or item.body_type not in ("Board", "Service") or not sentence[item.start : item.start + 1].islower():
        return item
    before = _AREA_BEFORE_A_KIND.search(sentence, max(0, item.start - 90), item.start)
    if before is None:
        return item
    parts = [before.group("place")] if council_for(before.group("place")) is not None \
        else re.split(r",\s+|\s+and\s+", before.group("place"))  # ("the Telford and Wrekin …": one council's name)
    councils = [council_for(part) for part in parts]
    panel = item.key_name == "Child death overview panel"
    if not all(c is not None or all(w in _place_name_words() for w in part.split()) and not all(w.lower() in _AREA_WORDS for w in part.split())
               for c, part in zip(councils, parts)) \
            or any(c is not None for c in councils) and not panel \
            or any(w in _PLACE_STYLE_WORDS for w in before.group("place").split()) \
            or authority is not None and (authority in councils or any(_a_place_of(authority, part) for part in parts)) \
            and not (panel and len(parts) >= 2):
        return item  # (not "the Anyford youth offending service" in a report on Anyford upon Wyre: the council's own; but "the
        # Anyford, Wyre and Vale child death overview panel" is the councils' joint panel, the inspected council's among them)
    name = f"{before.group('place')} {_tidy(item.written or item.name)}"
    return _Found(name, item.body_type, item.kind, before.start("place"), item.end, written=name, acronyms=item.acronyms,
                  aliases=(item.name,))  # (its short form, "(EDT)", its; the report's "emergency duty team", "child death overview
    # panel" that area's, as a reader takes them)


def _a_place_of(council: Council, place: str) -> bool:
    """Whether a place's name is the council's own: its whole name, its first word ("Anyford" of "Anyford-on-Wyre",
    "Anyford upon Wyre") or its last after "and" ("Wyre" of "Anyshire West and Wyre")."""
    return council.name == place or re.split(r"[\s-]+", council.name)[0] == place or council.name.endswith(f" and {place}")


#: An area's name, or several listed with "and", between "the" (perhaps "the joint" or "the shared") and a kind in lower
#: case: "the Anyford and Wyre …", "the Anyford, Wyre and Vale …", "the joint Anyford and Stoke-on-Wyre …".
_A_PLACES_NAME = r"[A-Z][a-z]+(?:(?:\s+(?:upon\s+|on\s+)?|-(?:on-|upon-)?)[A-Z][a-z]+){0,2}"  # "Anyford", "Stoke-on-Wyre", "Wyre upon Tees"
_AREA_BEFORE_A_KIND = re.compile(rf"\b[Tt]he\s+(?:joint\s+|shared\s+)?(?P<place>{_A_PLACES_NAME}"
                                 rf"(?:,\s+{_A_PLACES_NAME}){{0,4}}(?:\s+and\s+{_A_PLACES_NAME})?)\s+$")


#: A place's name between "the" (or "at") and a court in lower case: "the Anyford family court", "judges at Anyford family
#: court" (the place as it was read before
#: ``_A_PLACES_NAME`` took "Stoke-on-Wyre": a court's place is kept as it was, its readings unchanged).
_PLACE_BEFORE_A_COURT = re.compile(r"\b(?:[Tt]he|at)\s+(?P<place>[A-Z][a-z]+(?:[\s-](?:upon\s+|on\s+)?[A-Z][a-z]+){0,2})\s+$")


#: What may follow a court named by a town no council carries: its clause going on, not a noun it describes ("the
#: Wyrebridge family court report …", "at Wyrebridge family court, and …"; not "the Tuesday family court list").
_A_COURTS_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|is|are|was|were|has|have|had|report|reports|reported|said|says|told|"
                                    r"to|in|for|on|at|with|about|that|which|who|where|when|because|but|as|agree|agrees|agreed)\b")


def _court_at_place(sentence: str, item: _Found) -> _Found:
    """"the family court" with the place it sits at after it is that court ("the Family Court at
    Wyreford"): a named court, one node for every council whose cases it hears."""
    if item.kind != "Court" or not re.fullmatch(r"(?:the\s+)?(?:family\s+(?:proceedings\s+)?|crown\s+|county\s+)court", (item.written or item.name), re.I):
        return item  # (and "the Crown Court at Anyford", "the County Court at Wyre": courts named so)
    before = _PLACE_BEFORE_A_COURT.search(sentence, max(0, item.start - 40), item.start)
    if before is not None and re.fullmatch(r"family\s+court", item.written or item.name, re.I) \
            and (council_for(before.group("place")) is not None or all(w in _place_name_words() for w in before.group("place").split())
                 or not _generic_matches(before.group("place")) and not _a_whole_body(before.group("place"))
                 and not _MONTHS.search(before.group("place")) and not _WEEKDAY.search(before.group("place"))
                 and not any(w.lower() in PHRASE_SECTOR or w.lower() in PHRASE_SOFT_STOP or w.lower() in LEADING_NON_NAME
                             for w in before.group("place").split())
                 and _A_COURTS_CLAUSE_AFTER.match(sentence, item.end)):
        # "the Anyford family court", "judges at Wyrebridge family court": the family court sitting in that place (a town
        # whose council is named otherwise too), as "the family court in Anyford" is; not "the Cafcass family court"
        name = f"{before.group('place')} {_tidy(item.written or item.name).lower()}"
        return _Found(name, item.body_type, item.kind, before.start("place"), item.end, written=name)
    named = _COURT_NAMED_AFTER.match(sentence, item.end)
    if named is not None and ("sitting" not in named.group(0) and re.search(r" (?:and|&) ", named.group("court"))
                              and not named.group("court").endswith("Civil and Family Court")
                              or not re.search(r"\b(?:Family|Civil|Combined|County|Justice)\b", named.group("court"))):
        named = None  # "the family court in Anyford and Wyre Crown Court": a place, then another court
    if named is not None:  # "the Family Court (sitting) at Anyford Civil and Family Court": that court, by its own name
        plain = _tidy(item.written or item.name).removeprefix("the ").removeprefix("The ")
        whole = _tidy(sentence[item.start : named.end()]).removeprefix("the ").removeprefix("The ")
        said = (whole[0].upper() + whole[1:],) if "sitting" in whole else ()  # ("the family court sitting at …": a reader's name of it)
        return _Found(named.group("court"), item.body_type, item.kind, item.start, named.end(), written=named.group("court"),
                      aliases=tuple(dict.fromkeys((plain[0].upper() + plain[1:], *said))))
    place = _COURT_PLACE.match(sentence, item.end)
    if place is None or _MONTHS.search(place.group("place")) or place.group("place").split()[0] == "The" \
            or place.group("place").split()[0].lower() in _TIMES_AND_COUNTRIES or _A_TIME.search(place.group("place")) \
            or _ANY_HEAD_END.search(place.group("place")) or re.search(r"\b(?:Council|Court|Borough|County)\b", place.group("place")):
        return item  # "in January", "in Anyshire Family Court": when, or another body
    name = _tidy(sentence[item.start : place.end()]).removeprefix("the ").removeprefix("The ")
    name = name[0].upper() + name[1:]
    plain = _tidy(item.written or item.name).removeprefix("the ").removeprefix("The ")
    family = ("Family court",) if re.match(r"family\b", plain, re.I) else ()
    return _Found(name, item.body_type, item.kind, item.start, place.end(), written=name,
                  aliases=tuple(dict.fromkeys((*family, plain[0].upper() + plain[1:]))))  # "the family proceedings court in Truro"


def _with_title_after(sentence: str, item: _Found) -> _Found:
    """``item``, named in lower case, with a title after it that says what it is for or where it
    reaches as one more of its names."""
    if item.national or item.council is not None or not (item.written or item.name).islower():
        return item
    after = _TITLE_AFTER.match(sentence, item.end)
    if after is None or not _TITLE_AFTER_HEADS[after.group(1)].search(item.written or item.name):
        return item
    title = after.group(2)
    if title.endswith(" Council") or council_for(title) is not None:  # "the board for Anyshire County Council": whose, not a title
        return item
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[item.start : after.end()])))


def _name_pattern(more_words: int, small: str = "of|and|for|the|&|in") -> str:
    """A capitalised name of up to ``more_words`` words after its first (small words inside; not "… in 2015"), a word
    ending in "+" ("TIC+")."""
    return rf"(?:(?!(?:19|20)\d\d\b)[A-Z0-9][\w’'&@-]*\+?)(?:\s+(?:(?!(?:19|20)\d\d\b)[A-Z0-9][\w’'&@-]*\+?|(?:{small})(?![\w’'-]))){{0,{more_words}}}"


_NAME = _name_pattern(5)
#: "the regional adoption agency, Adoption Anyshire," "(RAA) - Together 4 Anyshire." "the single
#: 'front door' (Beacon)" "the commissioned charity Anyshire Insight, which"
_NAME_AFTER = re.compile(
    rf"^(?:\s*\([A-Z][A-Za-z]{{1,6}}\))?(?:\s*,\s*|\s+[-–—]\s+|\s*\(\s*|\s+{_KNOWN_AS}\s+|\s+(?=[A-Z]))"
    rf"[‘']?(?P<name>{_NAME})[’']?(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{{1,7}})\))?"
    r"(?=\s*(?:[,.;)]|:(?!\S)|$|\s+(?:which|who|that|is|are|was|has|have|provides?|offers?|runs?)\b))"  # (not "Re:Connect"'s "Re")
)
#: "Anyshire Connect, the multi-agency safeguarding hub," "Young Anyshire, the care leavers' centre"
#: "Adoption Anyshire Valley (AAV), a regional adoption agency": the name's own short form may come before the comma
_DEFINED_BEFORE_COMMA = r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,7})\))?"
#: What opens the description after a name's comma: an article, or whose the body is ("Anyshire
#: Journeys, the local authority's commissioned emotional health service,").
_DESCRIPTION_OPENS = r"(?:the|a|an|our|its|their|the\s+(?:local\s+authority|council|borough|city|county|town|district|island|area|region|partnership|trust|company)['’]s)"
#: Words that say which one of its kind a body is, between the article and the kind ("the local CAMHS").
_WHICH_ONE = {"local", "own", "main", "only", "single", "new"}
_WHICH_IS = r"(?:(?:which|that|who)\s+(?:is|are|was|were)\s+)?"  # "Anyshire Minds (AM), which is the local CAMHS"
_NAME_BEFORE = re.compile(rf"(?:^|[\s(])[‘']?(?P<name>{_NAME})[’']?{_DEFINED_BEFORE_COMMA},\s+{_WHICH_IS}{_DESCRIPTION_OPENS}\s+$")
_NAME_BEFORE_DESCRIBED = re.compile(
    rf"(?:^|[\s(])[‘']?(?P<name>{_NAME})[’']?{_DEFINED_BEFORE_COMMA},\s+{_WHICH_IS}{_DESCRIPTION_OPENS}\s+(?P<described>(?:[a-z][\w-]*\s+){{1,3}})$")
_NAME_JUST_BEFORE = re.compile(rf"(?:^|\b(?:the|an?|in|of|with|by|from|through|to)\s+)(?P<name>{_NAME})\s+$")
#: Kinds of body whose name an apposition gives: a service, a panel, an adoption agency, a charity.
_DESCRIPTOR_KINDS = {"TeamOrService", "AdoptionAgency", "Programme", "Panel", "YouthForum", "ChildrenInCareCouncil",
                     "VoluntaryOrganisation", "SafeguardingBoard"}


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|our|its|their)\s+$", re.IGNORECASE)
#: The council's (or a partner's) possessive before a description, as an article is: "the council's single front door, Wyre
#: Connect, …" describes a body, then names it.
_AN_OWNERS_POSSESSIVE_BEFORE = re.compile(r"\b(?:council|authority|borough|county|city|partnership|board|trust)['’]s\s+$", re.IGNORECASE)
#: A name in apposition, then its clause's verb or end: ", receives …", ", is …", "." (not ", the police and …", a list going on).
_ITS_VERB_AFTER_A_NAME = re.compile(r"\s*(?:[.;]|$)|,\s+(?:is|are|was|were|has|have|had|provides?|offers?|receives?|works?|brings?|supports?"
                                    r"|handles?|screens?|takes?|makes?|runs?|leads?|[a-z]+ed)\b")
_ARTICLE_AND_WHICH_ONE = re.compile(r"\b(?:the|a|an|our|its|their)\s+(?:" + "|".join(sorted(_WHICH_ONE)) + r")\s+$", re.IGNORECASE)
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


#: People a sentence may open with before a description of the council's own body ("Parents, the
#: council's early help service, health visitors and …": a list).
_PEOPLE_AT_START = {"parents", "carers", "families", "children", "partners", "staff", "leaders", "managers", "members",
                    "schools", "practitioners", "professionals", "residents", "councillors"}
#: Participles that go on describing a body after its kind: "a drop-in centre based in …".
_PARTICIPLES = "run|based|delivered|provided|commissioned|hosted|funded|led|managed|staffed|co-located|offering|providing|working|supporting|serving"
#: How a description in apposition ends: punctuation, "which …", a verb, or a participle's clause
#: closed by a comma or the sentence's end with no verb of its own ("the youth service run by the
#: council offers …" is the sentence's subject, not a description).
_DESCRIPTION_ENDS = re.compile(
    r"(?:\s+for\s+[\w'’ -]{1,40}?)?\s*(?:[.;:)]|,(?!\s+(?:and|or|the|a)\b)|,\s+and\s+(?:is|are|was|were|has|have|had|to)\b|$"
    r"|\s+(?:which|who|that|where|whose|is|are|was|has|provides?)\b"
    r"|\s+(?:" + _PARTICIPLES + r")\b(?:[^.;:,]*,|(?:\s+(?!(?:is|are|was|were|has|have|had|offers|provides|works|supports"
    r"|helps|runs|delivers|remains|continues)\b)[\w'’-]+){0,8}\s*[.;:]?$))")
#: A description closed by its comma, the sentence going on in lower case (its verb, or "which"):
#: "…, the … team, brings"; not "and", "or", "but", an article or "including", which go on with a list.
_CLOSED_APPOSITION = re.compile(r"(?:\s+(?:delivered|provided|run|commissioned|funded|led|hosted|based|managed)\s+(?:by|in|from|at|with)\s+[^,;.]{1,60})?"
                                r",\s+(?!(?:and|or|but|the|a|an|including|such)\b)(?:(?:which|who)\s+)?[a-z]+\b")
#: A description opening with the council's possessive: ", the council's", ", the local authority's".
#: The council's possessive as a report writes it: "the council's", "the local authority's", "the borough's".
_THE_COUNCILS = r"the\s+(?:council|local\s+authority|authority|borough|city|county)['’]s"
_COUNCILS_OWN = re.compile(rf",\s+{_THE_COUNCILS}\s")


#: Between a service's name and the council's description of it: "Anyshire Direct, the council's …", "Wyre Connect (WC),
#: its …".
_NAME_TO_COUNCILS_DESCRIPTION = re.compile(rf"\s*(?:\([^()]{{2,12}}\))?,\s+(?:its|{_THE_COUNCILS})\s+")
#: After the council's description of a service: its clause's end or its verb (", and passed to …", ", and some children …":
#: the clause goes on; ", and the police": a list goes on).
_DESCRIBED_SERVICE_CLAUSE_END = re.compile(r"\s*(?:[.;:)]|,(?!\s+(?:and|or)\b)|,\s+and\s+(?:[a-z]+ed|is|are|was|were|has|have|works?|provides?|offers?|passes|"
                                 r"supports?|some|many|most|several|few|those)\b|$)|\s+(?:which|who|that|where|is|are|was|has|provides?|receives?|handles?)\b")


def _described_after_its_name(sentence: str, found: list[_Found]) -> list[_Found]:
    """A service already found by its name or its kind, then the council's description of it in apposition: the
    description is another of its names, not a body of its own ("The MASH, the council's front door, is …"; a name with
    no kind word, "Wyre Connect, the council's …", is folded by ``_named_by_apposition`` and the registry). A service's
    only, not a partner's ("Wyre Youth Zone, the council's youth service"); and not in a list ("…, the council's housing
    service, and Jobcentre Plus")."""
    out = list(found)
    for item in found:
        if item.body_type != "Service" or item.kind not in _DESCRIPTOR_KINDS or not (item.written or item.name)[:1].islower() \
                or not _DESCRIBED_SERVICE_CLAUSE_END.match(sentence, item.end):
            continue
        named = next((f for f in out if f is not item and f.body_type == "Service" and sentence[f.start : f.end][:1].isupper()
                      and f.end <= item.start and _NAME_TO_COUNCILS_DESCRIPTION.fullmatch(sentence, f.end, item.start)), None)
        if named is None:
            continue
        written = item.written or sentence[item.start : item.end]
        out = [dataclasses.replace(f, aliases=(*f.aliases, written)) if f is named else f for f in out if f is not item]
    return out


def _named_by_apposition(sentence: str, item: _Found) -> list[_Found]:
    """A body named only by apposition to a description of its kind becomes that named body, the
    description one of its names: the bodies ``item`` is read as (itself, the named body, two named
    bodies, or none where the description is of a body known by name)."""
    if item.kind not in _DESCRIPTOR_KINDS or item.national or item.council is not None:
        return [item]
    if item.name[:1].isupper() and not item.key_name and item.kind != "AdoptionAgency":
        return [item]  # already a name: "the Lantern service"
    match = _NAME_AFTER.match(sentence[item.end :])
    owned = match is not None and _AN_OWNERS_POSSESSIVE_BEFORE.search(sentence, 0, item.start) is not None \
        and not sentence[item.start : item.end].endswith("s") and _ITS_VERB_AFTER_A_NAME.match(sentence, item.end + match.end()) is not None \
        and not _CHILDRENS_SOCIAL_CARE.search(match.group("name"))
    # ("The council's single front door, Wyre Connect, receives …"; not "The council's locality teams, North, South and West,
    # …", a list, nor "the council's front door, Kent Children's Social Care, …", the council)
    if match is not None and sentence[item.end :].lstrip().startswith(",") and not _ARTICLE_BEFORE.search(sentence, 0, item.start) \
            and not _ARTICLE_AND_WHICH_ONE.search(sentence, 0, item.start) and not owned \
            and not (item.written or item.name).lower().startswith(("the ", "a ", "an ")):
        match = None  # "Early Help, Missing, Self-Harm": a list, not a body and its name
    before = None if match else _NAME_BEFORE.search(sentence[: item.start])
    offset = 0  # where the text ``before`` searched starts
    if before is None and match is None:  # "The Harbour, a dedicated drop-in centre,": describing words between
        window = max(0, item.start - 160)  # a name and its describing words are close before the kind
        before = _NAME_BEFORE_DESCRIBED.search(sentence[window : item.start]) if ", " in sentence[window : item.start] else None
        if before is not None and not all(w in PHRASE_SOFT_STOP or w in DESCRIBING or DESCRIBING_ENDING.fullmatch(w)
                                          or w in _WHICH_ONE for w in before.group("described").lower().split()):
            before = None
        offset = window
    if before is not None and not _DESCRIPTION_ENDS.match(sentence, item.end):
        before = None  # "the Young Voices, the Youth Board, and …": a list, not a name and its description
    if match is None and before is None and item.kind == "AdoptionAgency":
        before = _NAME_JUST_BEFORE.search(sentence[: item.start])  # "the Adopt Anyshire North regional adoption agency"
    name_match = match or before
    if name_match is None:
        return [item]
    name = _tidy(name_match.group("name")).rstrip("’'")
    if _TRAILING_SMALL.search(name) or (match is not None and _NOT_A_BODY_NAME.search(name)):
        return [item]  # "the Children's Social Care National Framework and are …": a sentence's words, a document
    written = item.written or sentence[item.start : item.end]
    if match is not None and re.match(r"\s+[A-Z]", sentence[item.end :]) and item.key_name and written[:1].isupper() \
            and not written.isupper() and not written.lower().startswith("the ") and _names_an_area(name.split()):
        # (not a kind's short form before a place: "Referrals from CAMHS Anyford": the kind, the council's)
        whole = f"{written} {name}"  # "Connexions West of Anyshire provides …": a brand's branch by its area, one name
        return [_Found(whole, item.body_type, item.kind, item.start, item.end + match.end("name"), written=whole)]
    name_at = item.end + match.start("name") if match else offset + before.start("name")
    titled = None
    if before is not None:
        name, name_at = _with_title_before(sentence, name, name_at)  # "Adopt Hills to Sea, a regional adoption agency"
        if (titled := _title_with_a_before(sentence, name_at)) is not None:
            name, name_at = f"{sentence[titled.start(1) : name_at]}{name}", titled.start(1)  # "The Make a Noise Council, the …"
    if match is not None and name.split()[0].lower() in HEAD_AS_MODIFIER | PHRASE_ROLES:
        return [item]  # "the Corporate Parenting Board Meetings", "the Youth Council Chair": not the body's name
    if _A_TIME.fullmatch(name.split()[-1]):
        return [item]  # "Since September, the council's fostering service …", "… March 2023": when, not a name
    if match is not None and (police_force_for(name) is not None or council_for(name) is not None
                              or re.search(r"\b(?:Police|Constabulary|Council|NHS|Trust|CCG|ICB|Hospital|College|School|University)$", name)):
        return [item]  # "The YOS, Anyshire Police, and the ICB …", "the YOT, Wyre College, the police …": a list, not a kind and its name
    if before is not None and item.name[:1].islower() and not item.key_name and any(
            known.start == 0 and known.end == len(name) for known in _generic_matches(name)):
        return []  # "Mockingbird, the local authority's fostering programme": a description of the named body
    opener = name.split()[0]
    if before is not None and len(name.split()) >= 2 and (opener.lower() in SENTENCE_OPENERS or opener == "The" and name_at == 0):
        name = name[len(opener):].lstrip()  # "When Anyshire Journeys, the council's …", "The Harbour, the …": the sentence's word
        name_at = sentence.index(name, name_at)
    if len(re.findall(r"[A-Za-z]", name)) < 2:
        return [item]  # "children's centres (56)": a count, not a name ("(A2B2)" is one)
    if name.startswith("The ") and len(name.split()) >= 2 and before is not None and name_at > 0 \
            and sentence[name_at - 1] != "(":
        first = name.split()[1]  # "the opening of The Harbour, a drop-in centre": a title's own "The"
    else:
        first = name.split()[0]
    title_number = first.lower() in _NUMBER_WORDS and len(name.split()) >= 3 and all(
        w[:1].isupper() or w in ("and", "of", "for", "&") for w in name.split()) and name.split()[-1][:1].isupper()  # "(One Adoption North Anyshire)": a number word starts a title
    if (first.lower() in LEADING_NON_NAME or (first.lower() in PHRASE_STOP and not title_number)) and titled is None \
            or council_for(name) is not None:
        return [item]  # (but "the Make a Noise Council": a title's own first word)
    if before is not None and name_at == 0 and len(name.split()) == 1 and not (
            name.lower() not in PHRASE_SOFT_STOP | PHRASE_ROLES | PHRASE_STOP | PHRASE_SECTOR | PEOPLE_SERVED and not _opens_sentence(name)
            and not name.lower().endswith("ly") and name.lower() not in _PEOPLE_AT_START
            and (_COUNCILS_OWN.match(sentence, name_at + len(name)) or _CLOSED_APPOSITION.match(sentence, item.end))):
        return [item]  # a sentence's first word: "Leaders, the …" is not a name ("Wyreline, the council's …",
        # "Zenith, the co-located exploitation team, brings …" are)
    if _ACRONYM_LED.fullmatch(name) or _GENERIC_WHOLE.fullmatch(name) or name.lower() in ("ofsted", "cafcass"):
        return [item]
    described = item.written or item.name
    if item.kind == "SafeguardingBoard":  # "the local safeguarding partnership, Anyshire Safeguarding Together,":
        if match is not None and not sentence[item.end :].lstrip().startswith(",") or " and " in name \
                or any(w.lower() in PHRASE_ROLES or w.lower() in HEAD_AS_MODIFIER for w in name.split()):
            return [item]  # not "the LSCB Independent Chair", "the LSCB, H&WBB and C&FA"
        return [dataclasses.replace(item, written=name)]  # the one board, this another of its names
    start = item.start if match else name_at
    end = item.end + match.end() if match else item.end
    body_type = "PartnerOrganisation" if item.kind in ("AdoptionAgency", "VoluntaryOrganisation") else item.body_type
    acronyms, defines = item.acronyms, False
    if before is not None and "acronym" in before.groupdict() and before.group("acronym") \
            and _initials_match(name, before.group("acronym")):
        acronyms, defines = (*acronyms, before.group("acronym")), True  # "Adoption Anyshire Valley (AAV), a regional adoption agency"
    if match is not None and match.group("acronym"):
        if not _initials_match(name, match.group("acronym")):
            return [item]  # "… (MARAC) and Multi Agency Public Protection Arrangements (MAPPA)": another body's definition
        acronyms, defines = (*acronyms, match.group("acronym")), True  # "a regional adoption agency, Adoption Anyshire North (AAN)"
    two = _TWO_NAMES.fullmatch(name) if before is not None else None
    if two is not None and not _PLURAL_HEAD.search(described) and any(_generic_matches(two.group(side)) for side in ("first", "second")):
        return [item]  # "Mind and Kooth, a … mental health service": two bodies, the description of one
    pair = two if two is not None and _PLURAL_HEAD.search(described) else None
    if pair is not None:  # "Anyshire Unite and Anyshire Insight, the council's children in care councils": two bodies
        second_at = name_at + pair.start("second")
        return [_Found(pair.group("first"), body_type, item.kind, name_at, name_at + pair.end("first"), written=pair.group("first")),
                _Found(pair.group("second"), body_type, item.kind, second_at, second_at + len(pair.group("second")),
                       written=pair.group("second"))]
    return [_Found(name, body_type, item.kind, start, end, acronyms, written=name,
                   aliases=(_tidy(_unquote(described)),), defines=defines)]


#: Two names joined by "and", each of capitalised words, described together by a plural kind.
_TWO_NAMES = re.compile(r"(?P<first>[A-Z][\w’'&@-]*(?:\s+[A-Z0-9][\w’'&@-]*)*)\s+and\s+(?P<second>[A-Z][\w’'&@-]*(?:\s+[A-Z0-9][\w’'&@-]*)*)")
_PLURAL_HEAD = re.compile(r"(?:councils|groups|forums|services|teams|projects|programmes|panels|hubs|centres)\W*$", re.I)


#: The last word of a document's, a meeting's or a guide's name: no body ("the Youth Justice Plan", "the … Conference").
_DOCUMENT_END = re.compile(r"\b(?:protocol|conference|standards|guidance|covenant|review|report|charter|pathway)s?\W*$", re.I)
#: The last word of a name given to a way of working, not to a body ("the Anyshire Family Approach").
_NOT_A_BODY_NAME = re.compile(r"\b(?:approach|model|framework|strategy|plan|practice|policy|process|tool(?:kit)?|pledge|offer|award)s?\W*$", re.I)
#: A kind word a few words before "called …" / "known as …": what kind of body the name names.
_KIND_BEFORE_NAME = re.compile(
    r"\b(" + "|".join(sorted((re.escape(h) for h in PHRASE_HEADS), key=len, reverse=True)) + r")s?\b"
    r"(?:\s+(?!called|known|named)[\w'’-]+){0,8},?\s*$",
    re.IGNORECASE,
)
_CHARITY = re.compile(rf"\b(?:the\s+)?(?:commissioned\s+|local\s+|national\s+)?(?:charity|voluntary organisation|social enterprise|community interest company|housing association|provider)(?:\s+|,\s+(?=[‘'])|,\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s*[,.;)]))[‘']?(?P<name>{_NAME})")
#: A name of up to nine words: two names and the "and" between them ("A Hope and B Futures, a charity").
_LONG_NAME = _name_pattern(8)
#: "Anyshire Hope, an independent provider, …", "The Harbour, a local charity"
_NAME_THEN_PROVIDER = re.compile(
    rf"(?:^|(?<=[\s(]))[‘']?(?P<name>{_LONG_NAME}(?:\s+at\s+[A-Z][\w’'&@-]*)?)[’']?(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{{1,7}})\))?,\s+(?:a|an|the|(?P<one_of>one\s+of\s+(?:the|its|their)))\s+"
    r"(?:(?!(?:with|from|at|of|for|by|a|an|the|in|to|on)\s)(?:[A-Z][a-z]+(?:-(?:based|wide))?|[a-z][\w’'-]*),?\s+(?:and\s+)?){0,5}"  # "a regional domestic abuse charity",
    # "the city's youth and careers charity", "a Wyre-based young people's charity", "a North Wyre runaways charity",
    # "a long-standing Anyford charity"; "one of the consortium's member charities"
    r"(?:provider|organisation|charity|voluntary (?:organisation|agency|sector organisation)|social enterprise|"
    r"community interest company|housing association|company|(?:adoption|fostering) agency|umbrella (?:body|organisation)|(?:social )?landlord"
    r"|(?:charitable|charity|community) arm|(?P<plural>providers|organisations|charities|voluntary organisations|social enterprises))(?![\w-])")
#: A local programme named in apposition as a national one's local name: "Families First, the local
#: name for the national Supporting Families programme", "Wyre Together, Anyford's local version of …".
_LOCAL_NAME_FOR = re.compile(rf"(?:^|(?<=[\s(]))[‘']?(?P<name>{_NAME})[’']?(?:\s+\((?P<acronym>[A-Z][A-Za-z]{{1,6}})\))?,\s+"
                             r"(?:(?P<the>the)(?:\s+(?:council|borough|city|county|local\s+authority)['’]s)?|its|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)\s+"
                             r"(?:own\s+|(?:locally|specially|jointly)\s+(?:designed|developed|adapted|tailored)\s+)?"  # "its locally designed version of …"
                             r"(?:local\s+(?:name|version|delivery|brand|branding|title|response|implementation)\s+(?:for|of|to)\s"
                             # "the borough's delivery of the national … initiative": what it is of a national programme
                             r"|(?P<national>(?:name|version|delivery|response|implementation)\s+(?:for|of|to)\s+"
                             # "…, the council's name for its delivery of the government's … programme"
                             r"(?:its\s+(?:delivery|version|implementation)\s+of\s+)?(?:the\s+)?(?:national|government['’]s)\s))")
#: A kind of body, then its name in apposition: "the recruitment campaign, Foster Anyshire,", "its local
#: consortium, Adoption 22."; a local programme named after the national one it answers ("… response to
#: the government's Troubled Families programme, 'Wyre Families First'") or delivered "locally as" ("in X as").
_KIND_THEN_NAME = re.compile(rf"\b(?i:the|a|an|its|their)\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:(?P<partner>consortium|charity)|(?P<campaign>campaign)|programme|scheme|initiative),\s+"
                             rf"[‘']?(?P<name>{_NAME})[’']?(?P<end>,|\s+\(|\.(?:\s|$)|$)"
                             # "Wyre's response to the government's Troubled Families programme, 'Wyre Families First' (…)"
                             rf"|\bresponse\s+to\s+the\s+(?:(?i:national|government['’]s)\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}(?:programme|initiative),\s+"
                             rf"[‘']?(?P<local>{_NAME})[’']?(?:,|\s+\(|\.(?:\s|$)|$)"
                             # "the national Troubled Families programme, delivered locally as Wyre Together, …"
                             rf"|\b(?:delivered|branded|badged|run|implemented|introduced|launched)\s+(?:locally|in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+as\s+[‘']?(?P<locally>{_NAME})[’']?(?:[,;)]|\s+\(|\.(?:\s|$)|$)")
#: A team or service named in apposition, the sentence going on with its verb: "the council's specialist
#: team, Spotlight, is co-located with …" (not a list: "the YOT, Wyre College, the police and …").
_TEAM_THEN_NAME = re.compile(rf"\b(?i:the|its|their|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,4}}(?P<head>team|service|hub|unit|home|centre|model|approach|scheme|programme|project|initiative),\s+(?:the\s+)?[‘']?"
                             rf"(?P<name>{_name_pattern(5, 'of|and|for|the|&|in|to|at|on|by|with')})[’']?,"  # (between commas: "…, Steps to Work,")
                             rf"(?={_VERB_BETWEEN.pattern})")
#: A stage or a cohort of a programme, not its name: "Wave 1", "Cohort 3", "Round Two", "Phase 2".
_A_STAGE = re.compile(r"^(?:Wave|Cohort|Round|Phase|Stage|Tranche|Pilot|Year|Group|Tier|Level)\s+(?:\d+|One|Two|Three|Four|Five|Six)$")
#: A place of care named after its kind and "at", its name a building's: "the short-break unit at
#: Hollies Lodge", "the assessment centre at Elm House" (not a team "based at" its office).
_CARE_PLACE_AT = re.compile(r"\b(?i:the|its|their|a|an)\s+(?P<kind>(?:[a-z][\w’'-]*\s+){0,3}(?:unit|centre|home|hub|provision|facility))\s+at\s+"
                            r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\b(?!\s+[A-Z])")
#: The last word of a building's own name: "Hollies Lodge", "Elm House".
_BUILDING_WORD = re.compile(r"\b(?:Lodge|House|Court|Hall|Grange|Cottage|Farm|Manor|Barn|Villa|Gardens|View)$")
#: Kinds of a place of care or help that a report names by where it is: "the family hub at
#: Marshfields", "the short-break unit at Drove Road" (not any "centre at …": "the team's base").
_PLACE_OF_CARE_KIND = re.compile(r"(?:family|youth|children['’]s|community|early help) hub|(?:secure )?children['’]s home"
                                 r"|short[- ]breaks? (?:unit|home|centre)|respite (?:unit|home|centre)|(?:reception|assessment|family|contact"
                                 r"|children['’]s|youth|resource) centre|residential (?:unit|home)")
#: A national charity's local branch, named by its brand and its place: "YMCA Anyshire", "Anyshire Mind",
#: "Mind in Anyford".
#: A place's name with its small word between hyphens: "Anyford-on-Sea", "Wyre-under-Vale".
_HYPHENATED_PLACE = r"[A-Z][a-z]+(?:-(?:on|upon|under|le|by|super)-[A-Z][a-z]+)?"
_BRANDS_WITH_A_PLACE = r"(?:YMCA|Home-Start|Citizens Advice|Age UK|Healthwatch|Voluntary Action|HeadStart|Mind in)"
_BRAND_AND_PLACE = re.compile(r"\b(?:" + _BRANDS_WITH_A_PLACE + r"\s+"
                              r"(?P<place>" + _HYPHENATED_PLACE + r"(?:\s+(?:(?:and|&|of)\s+(?!" + _BRANDS_WITH_A_PLACE + r"))?"
                              + _HYPHENATED_PLACE + r"){0,3})"
                              r"|(?P<place_before>(?!Mind\b)[A-Z][a-z]+(?:\s+(?:(?:and|&)\s+)?(?!Mind\b)[A-Z][a-z]+){0,3})\s+(?:Mind|(?<=\s)Mencap))\b")


#: The end of an organisation's or an NHS trust's name (not a council's team or service).
_ORGANISATION_OR_TRUST_END = re.compile(r"\b(?:Trust|Foundation|Charity|Limited|Ltd|College|University|Partnership|Group|CIC)$")


def _a_national_brands_branch(words: str, end: int) -> bool:
    """Whether a run's words up to ``end`` are, whole, a national service's brand and the area of its local
    branch, as the generic finder reads the run ("Connexions Wyre Valley"; "Connexions Wyre and Vale" up to its
    second "and", not its first)."""
    return words.find(" ", 0, end) >= 0 and end in _brand_branch_ends(words)


@functools.lru_cache(maxsize=64)
def _brand_branch_ends(words: str) -> frozenset[int]:
    """Where a national service's brand and its area end, read from a run's start ("Connexions Wyre Valley"): once per
    run, which ``_runs`` asks about at each of its "and"s (a run of hundreds of names must not be read again at each)."""
    return frozenset(f.end for f in _generic_matches(f"{words}.") if f.start == 0 and not f.key_name)


def _a_brand_and_its_place(name: str) -> bool:
    """Whether a name is a national charity's brand, then the place of its local branch ("YMCA Wyreshire",
    "Home-Start North Anyford"), and nothing more ("YMCA Wyreshire and Anyford" names a wider place)."""
    branch = _BRAND_AND_PLACE.fullmatch(name)
    return branch is not None and bool(branch.group("place")) and " and " not in branch.group("place")


#: A place's YMCA, the place first: "Anyford YMCA" (the place a council's: not "The YMCA …", "Locally YMCA …").
_PLACE_YMCA = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})\s+YMCA\b")
#: Words that qualify a place's name: "Mid Anyshire YMCA", "Greater Wyre".
_PLACE_QUALIFIERS = {"Mid", "Greater", "Upper", "Lower", "Inner", "Outer"}  # (and the compass's, ``_COMPASS``: "Central")
#: Brands whose local branches are not charities: HeadStart's are a national programme's local ones.
_BRAND_KINDS = {"HeadStart": ("Service", "Programme")}
_A_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an)\s+(?:(?!(?:by|from|of|with|for|to|in|at|and|the)\s)[a-z][\w’'-]*,?\s+){0,3}$")
#: "St Anyshire's voluntary organisation", "the Anyshire Trust charity": a name before its kind
_CHARITY_AFTER = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})[’']?\s+(?:charity|voluntary organisation|social enterprise)\b")
#: A quoted name: where ``_QUOTED_AFTER`` may match (white space, a quote, a capital), found from
#: the quote, which the regex engine skips to (a pattern opening with "\s" is tried at every space).
_QUOTED_NAME = re.compile(r"[‘'](?<=\s[‘'])[A-Z]")
_QUOTED_AFTER = re.compile(r"^\s+[‘'](?P<name>[A-Z][^’'\n]{2,40})[’']\s*(?:\((?P<acronym>[A-Z][A-Za-z0-9]{1,7})\))?")


#: People at work who come "from" a partner, one of each ("a nurse from …"; the plural adds an "s", "midwife" apart).
_WORKERS_FROM = (r"[Ww]orker", r"[Vv]olunteer", r"[Pp]ractitioner", r"[Nn]urse", r"[Hh]ealth\s+visitor", r"[Mm]entor", r"[Aa]dvocate",
                 r"[Aa]dvis[eo]r")
#: The weaker of the verbs that introduce a partner by its name alone (``_INTRODUCED_BY``): done by whoever
#: ("supported by", "managed by"), or people or work from a body ("staff from", "sessions from"), which need
#: more of a name's look (``_WEAK_PARTNER_VERB``).
_WEAK_VERB_GROUPS = (r"(?:supported|carried\s+out|undertaken|operated|managed)\s+by",
                     r"(?:[Ss]taff|" + "|".join(f"{worker}s?" for worker in _WORKERS_FROM) + r"|[Mm]idwi(?:ves|fe)"
                     r"|service|sessions|input|therapy|treatment)\s+from",
                     r"[Aa]\s+partnership\s+with")
#: Verbs of partnership that introduce a body by its name alone: "commissioned from Anyshire
#: Talks", "delivered through 'The Lighthouse'", "support from Adopters Together", "a partnership with Wyre Cares",
#: "tenancies with Wyre Living".
_INTRODUCED_BY = re.compile(
    r"\b(?P<verb>commissioned\s+(?:from\s+|with\s+)?|(?:provided|delivered|run|funded|hosted|offered)\s+(?:by|through)\s+|(?:employed|contracted)\s+by\s+"
    + "".join(rf"|{group}\s+" for group in _WEAK_VERB_GROUPS)
    + r"|through\s+|(?:support|counselling|help|advocacy|mentoring)\s+from\s+|in\s+partnership\s+with\s+"
    r"|jointly\s+with\s+|co-located\s+with\s+|(?P<tenancy>tenanc(?:y|ies)\s+(?:with|from)\s+)"
    r"|(?P<agreement>(?:protocol|agreement|contract|partnership)\s+with\s+|facilitated\s+by\s+"
    r"|commissions\s+(?:(?!(?:for|to|of|in|with|that|who|which|children|young|people)\s)[a-z][\w-]*\s+){1,6}from\s+))"
    # "a protocol with Housing Wyre", "facilitated by Investing in Children", "commissions supported accommodation from
    # Roundabout" (not "… for children from Wyre")
    r"(?:the\s+)?(?:[‘'](?P<quoted>[A-Z](?:[^’'\n]|[’'](?=[a-z])){1,40})[’'](?![a-z])"
    r"|(?P<name>[A-Z][\w’'&@-]*(?:\s+(?:[A-Z][\w’'&@-]*|for|of|and|in|the|\d(?:st|nd|rd|th)\b|\d(?=\s+[A-Z]))){0,4}))"  # ("Adoption@Heart")
)
#: "&" and a title's last words up to its kind word after a name a verb introduces: the name is the
#: start of a title ("support from the Edge of Care & Reunification Team"), which the kind's finder reads.
_TITLE_GOES_ON_WITH_AMPERSAND = re.compile(r"\s+&\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Team|Service|Unit|Project|Hub|Panel|Programme)\b")
_TRAILING_SMALL = re.compile(r"(?:\s+(?:for|of|and|in|the))+$")
#: Words after a name that make it the name of an arrangement or a role, not of a body.
_ARRANGEMENT_AFTER = re.compile(
    r"['’]?\s+(?:arrangements?|model|approach|framework|protocol|process|plans?|strateg(?:y|ies)|polic(?:y|ies)|"
    r"meetings?|conferences?|assessments?|training|work|tool|pathway|procedures?|guidance|standards?|principles?|serious|review|reviews(?=\s*[,.;:)]|\s+(?:and|of|for|to|in|at|on|with|is|are|was|were|have|has)\b))\b"
)


def _an_arrangements_word(word: str) -> bool:
    """Whether one word, alone, is one of ``_ARRANGEMENT_AFTER``'s ("model", "review", "work"): its "reviews" wants
    the clause after it, so as one word it never counts (a verb as often: "the board reviews …")."""
    return _ARRANGEMENT_AFTER.fullmatch(f" {word.lower()}") is not None


#: Capitalised words that start a person's role or an event, not a body's name.
_NOT_PARTNER_START = {"chief", "assistant", "deputy", "head", "cabinet", "lead", "independent", "public", "family", "mayor",
                      "early", "children", "children's", "child", "young", "local", "social", "national"}


#: The rest of a title's list of capitals after its first item, to its kind word: ", Exploited, Missing and Trafficked group".
_TITLES_LIST_AFTER = re.compile(
    r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*\s+and\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*\s+(?P<head>(?i:group|team|service|panel|forum|board|sub-group|subgroup|partnership))s?\b")
#: A charity's word second in its name, after a word that opens people's posts and the council's work as often
#: ("Child Action North Wyre", "Children Aid Wyre", "Young Carers Society"; not "Family First", "Children Together").
_A_CHARITYS_SECOND_WORD = {"action", "aid", "society", "foundation", "charity", "lives", "association", "fellowship", "cares", "mind"}
#: A name, "in" and a place of up to three capitalised words: "The Wyre Foundation in Anyford".
_NAME_IN_A_PLACE = re.compile(r"(?P<body>.+?)\s+in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
#: A school's, a college's or a hospital's kind word ending a name, a town after it ("Wyre School in Anyford").
_A_SCHOOLS_KIND_END = re.compile(r"\b(?:School|College|Academy|Hospital)$")


def _without_its_town(name: str) -> str:
    """A school, a college or a hospital named with its town after "in", without the town: "Wyre School in
    Anyford-on-Sea" is Wyre School (any town: a school's is rarely a council's)."""
    placed = _NAME_IN_A_PLACE.fullmatch(name)
    return placed.group("body") if placed is not None and _A_SCHOOLS_KIND_END.search(placed.group("body")) else name
#: A partner named for a saint, its possessive its own: "St Mungo's", "St Anyford's Fellowship".
_A_SAINTS_NAME = re.compile(r"St\.? [A-Z][a-z]+['’]s(?: [A-Z][\w’'-]*)*(?<!['’]s)|St\.? [A-Z][a-z]+['’]s")  # ("St Oswald's Children's
# Hospice"; not "St Ann's Hospice's": a possessive again)
#: A name after "works (closely) with": a partner, where the name is one's own (``_a_partners_own_name``) and the clause's
#: punctuation or small word follows it ("works closely with Torus to …", "… with Centrepoint and St Basils, …").
_WORKS_WITH_A_NAME = re.compile(r"\b(?:works?|working|worked)\s+(?:(?:closely|well|effectively|jointly|together)\s+)?with\s+(?:the\s+)?[‘']?"
                                r"(?P<name>[A-Z][\w’'&@-]*(?:\s+(?:[A-Z][\w’'&@-]*|for|of|and|in|the)){0,6})")
#: The words of people's groups in capitals besides whom a service serves: "Children Looked After", "Children in Care".
_PEOPLE_TERMS = {"looked", "after", "in", "care", "of", "and", "the", "young", "unaccompanied", "asylum-seeking", "asylum", "seeking",
                 "experienced", "adopted", "adoptive", "birth", "foster", "special", "guardians"}
#: People a few lower-case words after a name: "works with Black and minority ethnic families" describes them.
_PEOPLE_SOON_AFTER = re.compile(r"(?:,?\s+(?:and\s+|or\s+)?(?!(?:to|for|which|who|in|on|at|with|from|by)\b)[\w'’-]+){0,3}?\s+(?:communities|community|families|children|parents|people|pupils|"
                                r"women|men|boys|girls|groups|carers|students|residents|victims|survivors)\b")
#: What follows a partner's name after "works with": the clause's punctuation or a small word, not a noun the name
#: describes ("working with Sussex partners").
_AFTER_A_PARTNER_WORKED_WITH = re.compile(
    r"\s*(?:[,.;:()]|$)|\s+(?:to|and|on|in|at|for|which|who|whose|so|through|across|from|over|since|as|around|when|where|while|"
    r"because|by|under|during|throughout|within|with|is|are|was|were|has|have|had)\b")
#: People or groups a capitalised name describes: "… with Gypsy, Roma and Traveller communities", "… with Muslim faith leaders".
_PEOPLE_NAMED_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w'’-]*)*(?:\s+\([A-Z]{2,6}\))?\s+(?:(?!(?:for|in|to|with|and|of|from|by|at|on)\b)[a-z]+\s+)?"
                                 r"(?:communities|community|families|carers|leaders|pupils|children|parents|people|refugees|groups|institutions|"
                                 r"organisations|young)\b")


def _a_longer_name_known(sentence: str, start: int, length: int, registry: BodyRegistry) -> bool:
    """Whether a body the registry knows is named from ``start`` on, longer than ``length`` characters."""
    after = sentence[start : start + 160].lower()
    return any(len(alias) > length and after.startswith(alias) for alias in registry.lower_aliases)


#: Words of a document, a stage or a tool, never a brand's after "Early", "Family" or "Children": "Early Years Foundation Stage",
#: "Children Act Section 20", "Independent Return Interviews", "Young Voices Surveys".
_NOT_A_BRANDS_WORD = {"years", "stage", "act", "section", "interviews", "surveys", "toolkits", "toolkit", "settings", "media",
                      "scrutiny", "advocacy", "permanence", "pedagogy"}
#: Days of the week, one or many: "commissioned from Early Break Mondays and Thursdays" runs on past the name.
_WEEKDAYS_NAMED = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")s?\b")
#: The work said before one worker: "a domestic abuse ", "a specialist " (not "a social ", "an agency ", "a locum ", "a ").
_A_KIND_OF_WORKER_BEFORE = re.compile(
    r"\b(?!(?:social|agency|locum|new|an?|the|one|experienced|senior|qualified|dedicated|bilingual|overseas|international|"
    r"permanent|temporary|interim|another|every|each|any|our|their|this|that|his|her|its|key|lead)\s)[a-z][a-z-]+\s+$")
#: One worker "from" a partner ("an adviser from Wyre Link"): a name with a word of its own is needed, and of two words
#: unless the worker's work is said, as one worker comes "from" a country, a season or the council's own service as often
#: ("a social worker from India", "an agency worker from Australia").
_ONE_WORKER_FROM = re.compile("(?:" + "|".join(_WORKERS_FROM) + r"|[Mm]idwife)\s+from")


def _a_brands_word(word: str) -> bool:
    """Whether a word after a brand's first can be a brand's own: capitalised (or a small word of a title), and no word of
    the sector, the trade, whom it serves, people at work, a way of work or a document ("Break", "North"; not "Help",
    "Conferences", "Plans", "Years")."""
    lowered = word.lower()
    return re.fullmatch(r"[A-Z][a-z][\w’'-]*|of|the|for|in|and", word) is not None and lowered not in PHRASE_SECTOR \
        and lowered not in _WORDS_OF_THE_TRADE and lowered not in PEOPLE_SERVED and not _people_at_work(word) \
        and lowered not in ING_NOUNS and lowered not in _NOT_A_BRANDS_WORD and not _an_arrangements_word(lowered)


#: Posts of one person that the roles' gazetteer leaves out, as they head no council's team: "the City Mayor", "the Chief
#: Constable", "the Lay Scrutineer".
_POSTS_BESIDE_THE_ROLES = {"mayor", "constable", "scrutineer"}


def _a_posts_word(word: str) -> bool:
    """Whether a word of a name a verb of partnership introduces is a post's ("supported by the City Mayor", "works with
    the Chief Constable"): never a partner's."""
    return word.lower() in PHRASE_ROLES or word.lower() in _POSTS_BESIDE_THE_ROLES


#: Groups of people a body works with, by the plural that ends their name: "works with Prolific Offenders",
#: "… with Strategic Partners", "… with Key Stakeholders", "… with Asylum Seekers".
_GROUPS_WORKED_WITH = {"offenders", "partners", "stakeholders", "seekers"}


#: A title going on past a name a verb introduces, by "on", "to" or "into" and capitals to the clause's punctuation, its
#: verb or a kind word: "… through Focus on Practice, which …", "… the No Recourse to Public Funds team".
_TITLE_GOES_ON = re.compile(r"\s+(?:on|to|into)\s+(?P<rest>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})(?=\s*[,.;:)]|\s+(?:and|is|are|was|"
                            r"were|has|have|had|which|who|team|service|programme|scheme|project|panel|unit|hub|model|approach|framework|arrangements?)\b)")


def _generic_words_only(name: str) -> bool:
    """Whether a name in capitals is made only of the trade's common words: a sector, a kind, people or their plural
    ("Education Welfare", "Leaving Care", "Private Landlords", "Neighbouring Authorities")."""
    def common(word: str) -> bool:
        lowered = word.lower().strip("'’")
        singular = lowered[:-3] + "y" if lowered.endswith("ies") else lowered.removesuffix("s")
        return lowered in PHRASE_SECTOR or lowered in PEOPLE_SERVED or _singular_head(lowered) in PHRASE_HEADS \
            or singular in PHRASE_HEADS or _people(word) or lowered in _PLURAL_ORGANISATIONS or lowered in _FIELDS_OF_WORK \
            or singular in _COMMON_PARTNER_NOUNS or lowered in _COMMON_PARTNER_NOUNS
    return all(common(w) for w in name.split() if w.lower() != "and")  # (a charity's name of common words: "Safe and Sound")


#: Common nouns for partners and what they do, capitalised in a sentence only as a department's or a kind's title.
_COMMON_PARTNER_NOUNS = {"provider", "landlord", "authority", "leaver", "welfare", "offending", "homeless", "neighbouring", "justice",
                         "primary", "midwifery", "paediatric", "paediatrics", "university", "immigration", "trading", "standard",
                         "fire", "rescue", "emergency", "duty", "tenancy", "support", "living", "lodging", "magistrate", "parent",
                         "birth", "registered", "social", "guardian", "grandparent", "supervisor", "business", "participation",
                         "quality", "assurance", "educator", "semi-independent", "independent", "accommodation", "agency",
                         "organisation", "supported", "residential", "private", "leaving"}  # (besides ``_FIELDS_OF_WORK``)


def _partner_name(sentence: str, match: re.Match[str], registry: BodyRegistry) -> str:
    """The body a verb of partnership introduces by its name alone, or "": not a known body, a
    council, an acronym, a person's role, a month or an arrangement."""
    quoted = match.group("quoted")
    name = _tidy(quoted or _TRAILING_SMALL.sub("", _AND_ANOTHER.split(match.group("name"))[0]))  # "Anyshire Hope and the Wyre Trust": two
    if not quoted and " and " in name:
        left = name.split(" and ", 1)[0]
        if _two_names_joined(sentence, match.start("name"), match.start("name") + len(left)) \
                or registry.aliases.get(left) is not None or registry.lower_aliases.get(left.lower()) is not None:
            name = left  # "workers from Wyre Hope and Anyford Women's Aid", "… and East Wyre Abuse Services (EWAS)": two; "through the
            # Frontline and Step Up to Social Work programmes": a body the report names already, then another's first words
    if not quoted and (placed := _NAME_IN_A_PLACE.fullmatch(name)) \
            and " " in placed.group("body") and _ANY_HEAD_END.search(placed.group("body")) and _a_town_worked_in(placed.group("place").split()):
        name = placed.group("body")  # "supported by The Wyre Foundation in Anyford": the body, then where it works (a name of
        # its own before the kind word: "Adoption in Wyreside" is a whole name)
    name = _without_its_town(name) if not quoted else name
    if not quoted and match.group("agreement") and (
            _generic_words_only(name) or all(_a_place_or_point(w) or w in ("and", "the") for w in name.split())
            or len(name.split()) < 2 and match.group("agreement").startswith("facilitated")):
        return ""  # "a protocol with Education", "commissions places from Residential Providers": a sector or a kind, not a name
        # (after a verb of agreement, a commission or a facilitation, which name sectors as often as partners)
    end = match.end() if quoted else match.start("name") + len(name)
    words = name.split()
    raw = match.group("name") or ""
    if not quoted and len(raw.split()) == 5 and (raw.split()[-1][:1].isupper() or raw.split()[-1] in ("of", "for", "in", "the")) \
            and end >= match.start("name") + len(_TRAILING_SMALL.sub("", raw)) and re.match(r"\s+[A-Z]", sentence[match.end("name") :]):
        return ""  # "through the Promise for Anyford Children and Young People", "… the Assessed and Supported Year in Employment": longer
        # than the pattern reads, so not read whole (but "Rape Crisis Anyford and Wyre for young people", "Off The Record
        # Anyford and Wyre Mind" end where they do, and "Safer Anyford and St Giles Trust" is two)
    if not quoted and _ONE_WORKER_FROM.match(match.group("verb")) and (
            not any(_an_own_word(w) for w in words)
            or len(words) < 2 and not _A_KIND_OF_WORKER_BEFORE.search(sentence, max(0, match.start() - 30), match.start())):
        return ""  # "a social worker from India", "a mentor from Christmas", "a personal adviser from Leaving Care" (but "a
        # domestic abuse worker from Harbour", "a specialist worker from WomenCentre": a partner's worker by the work)
    if not quoted and (title := _TITLE_GOES_ON.match(sentence, end)) is not None \
            and not any(_a_place_or_point(w) or _MONTHS.search(w) or _WEEKDAYS_NAMED.search(w) for w in title.group("rest").split()):
        return ""  # "training through Focus on Practice", "through Step Up to Social Work and …": a title with a small word
        # the pattern does not read, not its first words (but "delivered by Open Road to Essex parents", "by Wyre Hope on
        # Lancashire's behalf", "on Saturdays", "to March 2025": whom, where or when; "workers from Redthread at King's
        # College Hospital": another body)
    if not quoted and re.match(r"(?:Years?|Key\s+Stages?|Stages?|Tiers?|Levels?)\s+\d", sentence[match.start("name") :]):
        return ""  # "a personal adviser from Year 9", "support from Tier 2": a school year or a level of need, not a partner
    if not words or (not quoted and len(words) == 1 and match.group("verb").startswith("through")):
        return ""  # "through Conferences": one capitalised word after "through" is too weak a sign
    if match.group("verb")[:2] in ("a ", "A ") and not quoted and (
            re.search(r"\b(?:Orders?|Years?|Stage)\b", name) or _PEOPLE_NAMED_AFTER.match(sentence, end)
            or all(council_for(part) is not None or all(w in _place_name_words() for w in part.split()) for part in name.split(" and "))):
        return ""  # "a partnership with Wyre Cares", "… with Brightlines", but not "… with Anyford and Wyre", "… with Year 11 pupils",
        # "… with Special Guardianship Order carers", "… with Care Leavers", "… with Roma and Traveller communities": places, year
        # groups, orders, people
    if not quoted and sentence.startswith(",", end) and _a_longer_name_known(sentence, match.start("name"), len(name), registry):
        return ""  # "provided by Wyre, Esk and Anyford NHS Foundation Trust": the first words of a name with commas, found whole
    if len(words) == 1 and re.fullmatch(r"(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{2,6}(?:-UK)?", name) and len(name) > 2 \
            and match.group("verb").startswith(("commissioned", "provided", "delivered", "funded", "operated", "managed")) \
            and not re.match(r"\s+(?:[A-Z]|&\s)", sentence[end:]) and _unknown_partner_short_form(name, registry):
        return name  # "support commissioned from IDAS", "… from ABC-UK": a partner by its short form alone (not "… by CP-IS", a system)
    if re.match(r"(?:service|sessions|input|therapy|treatment|operated|managed)\b", match.group("verb")) \
            and re.match(r"\s+(?:\d+\+?\s+)?(?:[A-Z]|&\s)", sentence[end:]):
        return ""  # a longer name than the pattern reads ("a service from the Pathway 16+ Team")
    if _WEAK_PARTNER_VERB.match(match.group("verb")) and (
            any(w in _NEVER_A_PARTNER_WORD for w in words)
            or _NOT_A_BODY_NAME.search(name) or _NOT_A_SERVICE_NAMED.search(name) or words[-1].lower().rstrip("s") in _FUNDS
            or all(w.lower() in PHRASE_SECTOR or w.lower() in _WORDS_OF_THE_TRADE or w.lower() in _CONNECTORS or w.lower() in PEOPLE_SERVED
                   or w.lower().rstrip("s") in _FUNDS for w in words)
            or _MONEY_AFTER.match(sentence, end)):
        return ""  # "supported by Foster Carers", "… by Quality Assurance", "… by Pupil Premium funding": people, the
        # council's own work, money (a verb as common as "supported by" needs a name that can only be a partner's)
    if re.fullmatch(r"[A-Z0-9&/-]{2,8}s?", words[0]) or re.search(r"['’]s\b", name) and not _A_SAINTS_NAME.fullmatch(name):
        return ""  # an acronym ("through SGOs") or a possessive ("through Anyshire's …"), not "St Anyshire's Fellowship"
    first = words[1 if len(words) > 1 and words[0] == "The" else 0].lower()  # "'The Lighthouse'", "through The Harbour"
    charity = len(words) >= 2 and words[0] != "The" and words[1].lower() in _A_CHARITYS_SECOND_WORD and words[0][:1].isupper() \
        and all(_a_place_or_point(w) for w in words[2:])
    # ("carried out by Child Action North Wyre", "support from Children Aid Wyre": a charity's word after whom it serves, then
    # where it works at most; not "through Family Action Plans", "Family Action Meetings")
    brand = len(words) >= 2 and words[0] not in ("National", "Public") and not _WEAK_PARTNER_VERB.match(match.group("verb")) \
        and not match.group("verb").startswith("through") and not _WEEKDAYS_NAMED.search(name) and all(map(_a_brands_word, words[1:]))
    # ("commissioned from Early Break", "delivered by Children North East": a brand's words after a word that opens people's
    # posts and the council's work as often; not "by Family Group Conferences", "the Family V review", "funded through the
    # National Lottery": the gazetteer's national bodies are known by their names; nothing after bare "through", which as
    # often leads to a way of working in capitals: "through Early Permanence", "through Family Finding", "through Early Help")
    if first in LEADING_NON_NAME or first in _NOT_PARTNER_START and not charity and not brand or _MONTHS.search(name) \
            or any(map(_a_posts_word, words)) or _people_at_work(words[-1]):
        return ""  # "through the Virtual Head Teacher", "undertaken by the Missing Coordinator", "supported by the City Mayor": a person
    if quoted and re.match(r"[’']?,\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:campaign|strategy|approach|plan|model|framework|slogan|message)\b",
                           sentence[end:]):
        return ""  # "through 'Don't Look Away', the council's campaign": a campaign, not a partner
    if (title_list := _TITLES_LIST_AFTER.match(sentence, end)) is not None and (
            title_list.group("head").islower() or _a_word_of_the_work(name)
            or all(_a_place_or_point(w) for w in words)):
        return ""  # "signposted to the Vulnerable, Exploited, Missing and Trafficked group", "through the Wellbeing, Prevention and
        # Early Help Service", "supported by the Anyford West, Wyre and Vale Youth Offending Service": a title's list, read whole
        # elsewhere (but "by Sunbreak, Wyre Police and Anyshire Safeguarding Children Partnership" lists bodies)
    if _FOLLOWING_KIND.match(sentence, end) or _ARRANGEMENT_AFTER.match(sentence, end) \
            or match.group("name") and sentence.endswith("the ", 0, match.start("name")) \
            and (kind_after := _LOWER_CASE_KIND_AFTER.match(sentence, end)) is not None \
            and not any(w.lower() in PHRASE_STOP for w in kind_after.group(0).split()[:-1]) \
            or _generic_matches(name) \
            or name.lower() in NOT_BODY_NAMES:
        return ""  # "through Anyshire Virtual School", "through Operation X": a kind names it, the other finders' body; "provided
        # by the Anyford trust": the kind's place word (but a stop word among the words after it, "supported by the Harbour
        # across secondary school hubs", leaves the Harbour a partner)
    if council_for(name) is not None or police_force_for(name) is not None or _only_an_area(words) \
            or council_for(words[0]) is not None and (len(words) < 2 or words[1].lower() in _CONNECTORS
                                                     or words[1] in ("CC", "LA", "UA", "BC", "DC", "MBC", "CBC", "MDC", "DCC", "SCC")
                                                     or len(words[1]) > 2 and not re.search(r"\d", words[1]) and words[-1].lower() not in _ORGANISATION_WORDS):
        return ""  # (but "commissioned from Bromley Y", "Wyre 4 Youth", "through Anyford Works": a place's name and a letter,
        # a digit or a word organisations name themselves by, a brand)
    defined = not quoted and (short := _ACRONYM_AFTER.match(sentence[end:])) is not None and _initials_match(name, short.group(1))
    if any((head := p.match(part)) and not (_BRAND_HEADS_AFTER_A_COUNCIL.fullmatch(head.group(2)) and council_for(head.group(1).strip()) is None)
           for part in (name.split(" and ") if not defined else [name]) for p, _, _ in _HEAD_RES) \
            or re.search(r"\b(?:Council|Borough|County|Authority|England)\b", name):
        return ""  # (and "Anyshire Housing and Wyre Towns …": the proper names' finder reads where each ends; but "run by Wyre
        # Health and Independence (WHI)": its short form spells the one name whole)
    if registry.lower_aliases.get(name.lower()) or registry.aliases.get(name):
        return ""  # already a body
    return name


#: A run of capitalised words after "and": the name that may follow a partner's in a list.
_RUN_AFTER_AND_PATTERN = r"\s+and\s+(?:the\s+)?(?P<run>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|&{}))*)"
_RUN_AFTER_AND = re.compile(_RUN_AFTER_AND_PATTERN.format(""))
#: The same, where the second name may hold an "and" of its own: "… Care and Anyford and Wyre Mental Health NHS Foundation Trust".
_RUN_AFTER_AND_WITH_ITS_AND = re.compile(_RUN_AFTER_AND_PATTERN.format(r"|and(?=\s+[A-Z])"))


def _a_whole_name_after_and(text: str, at: int) -> tuple[str, bool] | None:
    """The kind of another whole name that "and" at ``at`` joins to the one before it, and whether a list
    knows it whole, or None: a body the gazetteer knows by the whole run ("… and Barnardo's"), a national
    charity's branch ("… and YMCA North Wyre"), or a proper name ending in a kind word with a place's
    word before the kind ("… and Anyshire Women's Aid", not "… and Care Trust", "… and Rural Housing" nor
    "… and Young People's Service")."""
    after = _RUN_AFTER_AND.match(text, at)
    if after is None:
        return None
    run = _TRAILING_SMALL.sub("", after.group("run"))
    known = next((f for f in _generic_matches(run) if f.start == 0 and f.end == len(run)), None)
    if known is not None:
        return known.kind, True
    if _a_brand_and_its_place(run):
        return _BRAND_KINDS.get(run.split()[0], ("", "VoluntaryOrganisation"))[1], True  # "… and YMCA North Wyre"
    for pattern, _, kind in _HEAD_RES:
        head = pattern.match(run)
        if head is not None:
            return (kind, False) if any(w in _place_name_words() for w in head.group(1).split()) else None
    return None


#: Kinds of organisation a name ends in that a charity's name before "and" does not share: a board's,
#: a service's, a college's or a school's name lists its fields or its places ("Policy and Scrutiny
#: Committee", "Anyford and Wyre College", "Wyre Business and Enterprise College").
_ORGANISATION_KINDS = {"VoluntaryOrganisation", "Trust", "HousingProvider"}


def _two_names_joined(text: str, start: int, at: int) -> bool:
    """Whether "and" at ``at`` joins two names, the first from ``start``: a charity's name of two words
    or more, one its own, no place's alone nor a list ("Wyre Hope", "Basis Wyre"; not "Black Country",
    "Anyford, Wyre"), then a charity's, a trust's or a landlord's whole name (``_a_whole_name_after_and``):
    one a list knows whole ("… and Barnardo's"), or, where the first holds a word charities name
    themselves by ("Hope", "Haven", "Lives"), a place's name ending in its kind word ("Wyre Hope and
    Anyshire Women's Aid"; but "Wyre Valley and Anyshire Women's Aid", "Anyford and Wyre Partnership NHS Trust"
    are one name each)."""
    left = text[start:at]
    words = left.split()
    if len(left) > 80 or "," in left or len(words) < 2 or not any(_an_own_word(w) for w in words):
        return False  # (a name of a dozen words is no one name: read no further in a long run of names)
    if text.startswith(f" and {words[0]} ", at) and words[0] not in ("NHS", "The", "St", "St.", "Saint") and _an_own_word(words[0]) \
            and (right := _RUN_AFTER_AND_WITH_ITS_AND.match(text, at)) is not None \
            and (_ORGANISATION_OR_TRUST_END.search(right.group("run"))
                 or council_for(words[0]) is not None and _ANY_HEAD_END.search(right.group("run"))):
        return True  # "Wyre Care and Wyre Acute Hospitals NHS Trust": a name's first word again after "and", so a second name,
        # an organisation's or one a council's name opens ("Anyshire Early Help and Anyshire Youth Justice Service"; not "the
        # Early Help and Early Years Service", "St Wyre's and St Anyford's … School": one title's pair of fields, two saints)
    if council_for(left) is not None or _only_an_area(words) or left.startswith("NHS ") or left.endswith(" Health"):
        return False
    if text.startswith(" and ", at) and _council_named_with_and(left, text[at + 5 :]):
        return False  # "Anyford and Wyre Women's Aid" where "Anyford and Wyre" is a council
    after = _a_whole_name_after_and(text, at)
    if after is None or after[0] not in _ORGANISATION_KINDS:
        return False
    return after[1] or any(w.lower().strip("’'") in _ORGANISATION_WORDS for w in words)


def _an_own_word(word: str) -> bool:
    """Whether a capitalised word is a name's own, not a word of the trade, of whom it serves or of
    how it is ("Anyford", "Sanctuary"; not "Care", "Young", "Fostering", "Community")."""
    lowered = word.lower().strip("’'")
    return word[:1].isupper() and not any(lowered in vocabulary for vocabulary in (
        PHRASE_SECTOR, PEOPLE_SERVED, PEOPLE_QUALIFIERS, ING_NOUNS, DESCRIBING, PHRASE_SOFT_STOP, PHRASE_STOP, _CONNECTORS)) \
        and _singular_head(lowered) not in PHRASE_HEADS and lowered.rstrip("s") not in PHRASE_SECTOR


#: The verbs of ``_INTRODUCED_BY`` that people and the council's own work follow as often as partners do.
_WEAK_PARTNER_VERB = re.compile("|".join(_WEAK_VERB_GROUPS))
#: Money after a name: the name is what the money is for or from ("supported by Pupil Premium funding").
_MONEY_AFTER = re.compile(r"\s+(?:funding|funds?|grants?|allowances?|monies|money|payments?|budgets?)\b")
def _people_at_work(word: str) -> bool:
    """Whether a name's last word is people or a post ("the Missing Coordinator", "Foster Carers",
    "Educational Psychologists"), never a partner's."""
    lowered = word.lower()
    return lowered in _PEOPLE_AT_WORK or lowered.endswith(("ists", "carers", "workers")) or _people(word) and lowered not in PEOPLE_SERVED
    # (whom a partner serves may end its name: "Ormiston Families")


#: The last word of a post or of people at work, besides ``_people``'s: "the Missing Coordinator".
_PEOPLE_AT_WORK = {"coordinator", "co-ordinator", "coordinators", "co-ordinators", "worker", "workers", "nurse", "nurses",
                   "practitioner", "practitioners", "advocate", "advocates", "visitor", "visitors", "mentor", "mentors",
                   "officer", "officers", "champion", "champions", "navigator", "navigators", "doctor", "doctors", "coach", "coaches",
                   "advisor", "advisors"}
_FOLLOWING_KIND = re.compile(r"['’]?\s+(?:" + _HEADS + r")", re.I)
#: Words in lower case, then a kind word, after a name a verb introduces with "the": the name is a place's or a
#: provider's word before a kind ("provided by the Anyford trust", "… by the Wyre-wide emergency duty team"; not
#: "workers from Anyhope run peer support groups", where the words are a clause's).
_LOWER_CASE_KIND_AFTER = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:trust|" + _HEADS + r")s?\b")
#: The verbs a sentence says what a partner does with: "Wyre House provides …", "BASE (…) works with …".
_WHAT_IT_DOES = r"provides|offers|delivers|runs|works(?:\s+[a-z]+ly)?\s+(?:with|alongside)|(?:is|was|has\s+been)\s+commissioned\s+to"
#: A name of two words or more as a clause's subject, then what it does for children or families:
#: "Wyre House provides supported accommodation", "…, and Anyshire Mentors offers …", "Wyre Hope,
#: which provides …". The name is a partner's own, without a kind word.
_NAMED_BY_WHAT_IT_DOES = re.compile(
    r"(?:^|(?<=, and )|(?<=; )|(?<=: )|(?<=[◼•▪●] ))(?:The\s+)?(?P<name>[A-Z][\w’'&@-]*(?:\s+(?:[A-Z0-9][\w’'&@-]*|of|and|for|the|&)){1,5})"
    r"(?:,\s+which\s+|\s+)(?P<verb>" + _WHAT_IT_DOES + r"|mentors|carries out)\b")
#: The verbs of who provides a service named before them: "…, provided by", "…, run by".
_PROVIDED_VERBS = ("provided", "delivered", "run", "hosted", "commissioned")
#: A name opening a sentence, then who provides it, then what it does: "Healthy Minds Wyre, provided by
#: Anyshire Partnership NHS Foundation Trust (APFT), offers …": a service, whatever its name's words.
_NAME_THEN_WHO_PROVIDES = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][\w’'&@-]*(?:\s+(?:[A-Z0-9][\w’'&@-]*|of|and|for|the|&)){0,5}),\s+(?:which\s+is\s+)?"
    r"(?:" + "|".join(_PROVIDED_VERBS) + r"|led)\s+by\s+[^,;]{3,90},\s+(?:offers|provides|delivers|works\s+with|supports)\b")
#: Short forms of the trade's terms, never a partner's name: "SEND provides …" speaks of the needs.
_TRADE_SHORT_FORMS = frozenset({"ICT", "IT", "HR", "ISW", "ISWs", "SEND", "SEN", "EHCP", "EHC", "CSE", "CCE", "NEET", "UASC", "ACE", "ACES", "ASD", "ADHD", "CAF", "EHA",
                                "SGO", "PLO", "LAC", "CLA", "CIN", "CPP", "SDQ", "RHI", "PEP", "EHE", "IRO", "ICPC", "RCPC", "MFH",
                                # posts and meetings: "DSL provides training" is a person's work
                                "DSL", "DSP", "SENCO", "SENCo", "ISVA", "IDVA", "SALT", "CPN", "TAF", "TAC", "FGC", "LSCP", "PA", "PAs"})
#: A short form no finder knows, as the subject of what a provider does: "NELFT runs the county's
#: mental health service" (the report names the partner by its short form only).
_SHORT_FORM_DOES = re.compile(r"(?:^|(?<=, and )|(?<=; )|(?<=, while ))(?P<short>[A-Z]{3,6}(?:-[A-Z]{2,3})?)\s+"
                              r"(?:runs|provides|delivers|offers)\s+(?:the|a|an|its|counselling|support|advice|therapy|training)\b")
#: One capitalised word as a clause's subject, then what it gives: "Brook offers sexual health advice",
#: "…, and Refuge now provides independent advocacy"; a partner's name where the report never writes the
#: word in lower case (not "Advocacy provides …", "Supervision offers …": the report's own words).
_NAME_THEN_WHAT_IT_GIVES = re.compile(
    r"(?:^|(?<=, and )|(?<=; )|(?<=, while ))(?P<name>[A-Z][\w’'&@+-]*(?:\s+(?:[A-Z][\w’'&@+-]*|of|for|&)){0,3})\s+(?:now\s+|also\s+|currently\s+|still\s+)?"
    r"(?:provides|offers|delivers|runs|supports)\s+(?P<clause>[^,.;]{0,100})")
_LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
_PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:in|across|throughout|around)\s+([A-Z][a-z’'-]+)\b")
#: Words that open a clause with "provides" or "offers" and are no partner's: a council's own parts and
#: the case-recording systems councils buy ("Mosaic now supports social workers …").
_NEVER_A_PARTNER_WORD = frozenset({"Cabinet", "Scrutiny", "Council", "Government"}) | CASE_RECORDING_SYSTEMS
#: Two names a clause opens with, joined by "and", then what they give: "Wyrebrook and Anyford Hope provide …".
_TWO_NAMES_THEN_WHAT_THEY_GIVE = re.compile(
    r"(?:^|(?<=, and )|(?<=; )|(?<=, while ))(?:The\s+)?(?P<first>[A-Z][\w’'&@+-]*(?:\s+(?:[A-Z][\w’'&@+-]*|of|for|&)){0,3})"
    r"\s+and\s+(?:the\s+)?(?P<second>[A-Z][\w’'&@+-]*(?:\s+(?:[A-Z][\w’'&@+-]*|of|for|&)){0,3})\s+(?:both\s+|also\s+|jointly\s+|together\s+)?"
    r"(?:provide|offer|deliver|run|support|work(?:\s+[a-z]+ly)?\s+(?:with|alongside))\s+(?P<clause>[^,.;]{0,100})")
_NAMED_BY_WHAT_IT_DOES_ANY = prefilter.Needs(_NAMED_BY_WHAT_IT_DOES, _NAME_THEN_WHO_PROVIDES, _SHORT_FORM_DOES, _NAME_THEN_WHAT_IT_GIVES,
                                             _TWO_NAMES_THEN_WHAT_THEY_GIVE, _WORKS_WITH_A_NAME)
#: Words that end or fill the names charities and providers give themselves ("Wyre House", "Anyford
#: Hope", "Mentoring Plus", "Wyre Cares", "St Anyford's Fellowship", "Anyford Lads and Girls Club"):
#: a name that does things for children is a partner's only with one of them after its first word.
_ORGANISATION_WORDS = _A_CHARITYS_SECOND_WORD | {
    "hall", "house", "hope", "plus", "together", "club", "zone", "company",
    "crisis", "mentors", "pastors", "futures", "matters", "connect", "works", "step", "steps",
    "place", "college", "colleges", "collective", "foodbank", "friends", "solutions",
    "barnardo's", "refuge", "first", "sanctuary", "haven", "lighthouse", "compass", "horizons", "journey",
}
#: Words of the trade that name a model, a threshold, a tool or a council's own work in capitals
#: ("Family Safeguarding", "Right Help Right Time", "Duty and Assessment", "Life Story Work"): a name
#: of these words alone is no partner's.
_WORDS_OF_THE_TRADE = {
    "family", "families", "help", "care", "need", "needs", "time", "right", "life", "story", "model", "practice",
    "recovery", "trauma", "assessment", "duty", "justice", "options", "quality", "assurance", "development",
    "educational", "special", "safety", "signs", "links", "lifelong", "work", "allowance", "premium", "home", "continuum",
    "voice", "child", "week", "intervention", "response", "support", "protection", "prevention", "wellbeing", "well-being",
}


#: Money a name may be of, never a partner: "Pupil Premium Plus provides …", "the Wyre Hope Fund offers …".
_FUNDS = {"premium", "allowance", "grant", "grants", "fund", "funds", "funding"}


def _a_kind_a_council_or_a_force(name: str, words: list[str]) -> bool:
    """Whether a name is a kind the gazetteer knows, a council's, a place's or a police force's: no
    partner's own name, however a sentence introduces it."""
    return bool(_generic_matches(name)) or council_for(name) is not None or police_force_for(name) is not None or _only_an_area(words)


def _no_new_partners_name(name: str, words: list[str], registry: BodyRegistry) -> bool:
    """Whether a name a sentence gives as a partner's by what it does is none of its own: a sentence's
    word opening it, a time, a kind, a council, a force, an area, an arrangement or a document, a post,
    or a body the report has named already."""
    return words[0].lower() in LEADING_NON_NAME or bool(_MONTHS.search(name)) or _a_kind_a_council_or_a_force(name, words) \
        or name.lower() in NOT_BODY_NAMES or bool(_NOT_A_BODY_NAME.search(name)) or any(_is_post(w) for w in words) \
        or registry.lower_aliases.get(name.lower()) is not None or registry.aliases.get(name) is not None


def _discover_named_by_what_it_does(sentence: str, registry: BodyRegistry) -> None:
    """Partners a sentence names only by what they do ("Wyre House provides …"), where the name holds
    a word charities name themselves by and nothing that makes it a post, a kind, the sector's own
    words, a council, a document, a tool or a fund, and no other finder has found it."""
    for match in prefilter.finditer(_NAME_THEN_WHO_PROVIDES, sentence):
        name = _tidy(match.group("name"))
        words = name.split()
        if len(words) == 1 and not re.search(r"(?<=.)[A-Z0-9]", name):
            continue  # "Advocacy, provided by …": one plain word opening a sentence is the sector's ("Future4Me" is a name)
        if _no_new_partners_name(name, words, registry) \
                or all(w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED or w.lower() in DESCRIBING or w.lower() in DESCRIBING_NOUNS
                       or w.lower() in ING_NOUNS or w.lower() in PHRASE_SOFT_STOP or w.lower() in _WORDS_OF_THE_TRADE
                       or w.lower() in _CONNECTORS for w in words):
            continue  # "Support, provided by …", "Anyshire, run by …": no service's name
        found = _Found(name, "Service", "TeamOrService", 0, 0)
        registry.add(found, _is_proper(found, registry.authority_names))
    for match in prefilter.finditer(_NAMED_BY_WHAT_IT_DOES, sentence):
        name = _tidy(_TRAILING_SMALL.sub("", match.group("name")))
        words = name.split()
        lowered = [w.lower() for w in words]
        if len(words) < 2 or lowered[0] in LEADING_NON_NAME or _opens_sentence(words[0]) or _MONTHS.search(name) \
                or not (any(w in _ORGANISATION_WORDS for w in lowered[1:]) or lowered[0] in ("st", "st.")) \
                or any(w in PHRASE_STOP or w.rstrip("s") in PHRASE_STOP for w in lowered if w not in _CONNECTORS and w != "the") \
                or any(_is_post(w) or w in PHRASE_HEADS or w.rstrip("s") in PHRASE_HEADS or w in _FUNDS or w.isdigit() for w in lowered) \
                or all(w in PHRASE_SECTOR or w in PEOPLE_SERVED or w in DESCRIBING or w in DESCRIBING_NOUNS or w in ING_NOUNS
                       or w in PHRASE_SOFT_STOP or w in _WORDS_OF_THE_TRADE or w in _CONNECTORS for w in lowered) \
                or re.search(r"\b(?:Council|Borough|County|Authority|England|Government|Department|Ministry|Services?)\b", name) \
                or re.search(r"['’]s\b", name) and not re.match(r"St\.? ", name) \
                or name.lower() in NOT_BODY_NAMES or _NOT_A_BODY_NAME.search(name):
            continue  # "Early Help provides", "The Director offers", "Anyshire's Families First", "the Anyshire Toolkit"
        if _generic_matches(name) or council_for(name) is not None or police_force_for(name) is not None \
                or _only_an_area(words) or registry.lower_aliases.get(name.lower()) or registry.aliases.get(name):
            continue  # (found otherwise, or another finder's)
        found = _Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0)
        registry.add(found, _is_proper(found, registry.authority_names))
    for match in prefilter.finditer(_NAME_THEN_WHAT_IT_GIVES, sentence):
        if _named_by_what_it_gives(match.group("name"), match.group("clause"), registry):
            registry.unkinded.append(_Found(_tidy(_TRAILING_SMALL.sub("", match.group("name"))), "PartnerOrganisation",
                                            "VoluntaryOrganisation", 0, 0))
    for match in prefilter.finditer(_TWO_NAMES_THEN_WHAT_THEY_GIVE, sentence):  # "Wyrebrook and Anyford Hope provide …": each
        names = [_tidy(_TRAILING_SMALL.sub("", match.group(side))) for side in ("first", "second")]  # a partner, each named as
        known = [registry.lower_aliases.get(name.lower()) or registry.aliases.get(name) for name in names]  # one would be alone
        # (or found already as a partner: "Homes for Anyford and Wyrebrook provide …")
        if all(key is not None and registry.bodies[registry.merged.get(key, key)].body_type == "PartnerOrganisation"
               or _named_by_what_it_gives(name, match.group("clause"), registry) for name, key in zip(names, known)):
            registry.unkinded += [_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0)
                                  for name, key in zip(names, known) if key is None]
    for match in prefilter.finditer(_WORKS_WITH_A_NAME, sentence):  # "the council works closely with Torus to provide …"
        _add_a_partner_worked_with(sentence, match, registry)
    for match in prefilter.finditer(_SHORT_FORM_DOES, sentence):  # "NELFT runs the … service", "PAC-UK provides counselling"
        short = match.group("short")
        if _unknown_partner_short_form(short, registry):
            registry.add(_Found(short, "PartnerOrganisation", "PartnerOrganisation", 0, 0), proper=True)


@functools.lru_cache(maxsize=1)
def _place_name_words() -> frozenset[str]:
    """Every capitalised word of a council's or a region's name ("Yorkshire" of "North Yorkshire", "Midlands"):
    one such word opening a clause is a place's name, not a partner's."""
    names = [name for council in councils() for name in council.names] + [c.region for c in councils() if c.region]
    return frozenset(word for name in names for word in re.findall(r"[A-Z][a-z’'-]+", name) if word not in ("City", "Of", "The"))


def _plural_kinds_after_places(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without a kind in the plural written in capitals that a phrase names with its place before it: "Cheshire
    Youth Justice Services" is one service, as the singular is read whole (the phrase is added after, where nothing
    overlaps it); not after another place's "and" ("Cheshire and Warrington …"), nor the council's children's social care."""
    def inside(f: _Found, p: _Found) -> bool:  # a generic kind in capitals ending where the phrase ends, after its start
        return bool(f.key_name) and f.end == p.end and f.start > p.start and sentence[f.start : f.start + 1].isupper()
    placed = [p for p in phrases if sentence[p.end - 1] == "s"
              and not ((other := _ANOTHER_PLACE_BEFORE.search(sentence, max(0, p.start - 30), p.start)) and _a_place_word(other.group("place")))
              and any(inside(f, p) and _only_a_places_name(sentence[p.start : f.start]) and not _CHILDRENS_SOCIAL_CARE.search(sentence, f.start, f.end)
                      for f in found)]
    return [f for f in found if not any(inside(f, p) for p in placed)]


#: "and" or a comma before a place's name: the place is one of several a kind is named by ("Cheshire and Warrington Youth
#: Justice Services").
_ANOTHER_PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][a-z]+)\s*(?:\band|,)\s+$")
#: The council's children's department by its kind: "Kent Children's Social Care Services" is the council.
_CHILDRENS_SOCIAL_CARE = re.compile(r"Children['’]?s?\s+(?:Social\s+Care(?:\s+Services)?|Services)", re.IGNORECASE)


def _only_a_places_name(text: str) -> bool:
    """Whether ``text`` is a place's name in capitals and no more: "Cheshire ", "North Wyre " where a council's or a region's
    words make it ("Cheshire" of "Cheshire East")."""
    words = text.split()
    return bool(words) and all(_a_place_word(w) or w in ("North", "South", "East", "West", "Mid", "Greater") for w in words) \
        and any(_a_place_word(w) for w in words)


def _a_place_word(word: str) -> bool:
    """Whether a capitalised word is a place's own word ("Anyford", "Kent"), not a council's style ("County", "Borough")."""
    return word in _place_name_words() and word not in _PLACE_STYLE_WORDS


#: The four points between the compass's, written as one word: "Child Aid Northwest".
_COMPASS_POINTS = {"northwest", "northeast", "southwest", "southeast"}


def _a_place_or_point(word: str) -> bool:
    """Whether a word is a place's or a point of the compass, whole or written as one word ("Wyre", "North",
    "Northwest"): where a body works, which its name may end with."""
    lowered = word.lower()
    return word in _place_name_words() or lowered in _COMPASS or lowered.replace("-", "") in _COMPASS_POINTS


def _named_by_what_it_gives(name: str, clause: str, registry: BodyRegistry) -> bool:
    """Whether a name of one to four words as a clause's subject, then what it gives ("Brook offers sexual
    health advice", "Open Road offers specialist support"), is a partner's: the clause gives a service, not a
    system, and the name is a partner's own (``_a_partners_own_name``)."""
    return _SERVICE_GIVES.search(clause) is not None and not _A_SYSTEM_CLAUSE.search(clause) and _a_partners_own_name(name, registry)


def _add_a_partner_worked_with(sentence: str, match: re.Match[str], registry: BodyRegistry) -> None:
    """See ``_WORKS_WITH_A_NAME``: the partner or partners a body works with, by name, where nothing makes the name
    people, a programme, a law, a post or a place; each of two names joined by "and" where each is a partner's own name
    (one the report names already is that body: "Exeter College and Petroc"), the one that is where the other has no
    kind word ("Centrepoint and Shelter"), the whole where neither is ("Rise and Shine"), nothing where a part has a kind
    word ("Bolton Lads and Girls Club", read whole by the kinds' finders). A name opening with its kind word is typed
    by it ("works with the Team Around the Family")."""
    name = _tidy(_TRAILING_SMALL.sub("", match.group("name").split(" and the ", 1)[0])).rstrip("’'")  # ("… and the Health and
    end = match.start("name") + len(name)  # Wellbeing Board": "the" opens another body; "'Step Forward'": the quote closes)
    titled = name.startswith("The ") and len(name.split()) > 1
    name = name.removeprefix("The ") if titled else name  # "works with The Harbour": read without its article, named with it
    name = _without_its_town(name)
    words = name.split()
    if not _AFTER_A_PARTNER_WORKED_WITH.match(sentence[end:].lstrip("’'")) or _PEOPLE_NAMED_AFTER.match(sentence, end) \
            or _PEOPLE_SOON_AFTER.match(sentence, end) or _generic_matches(name) or name.lower() in _PROGRAMME_NAMES \
            or re.search(r"\bActs?$", name) or re.fullmatch(r"[A-Z0-9&/-]{2,8}s", words[0]) \
            or words[-1].lower() in PEOPLE_SERVED or _people(words[-1]) or words[-1].lower().rstrip("s") in _PEOPLE_AT_WORK \
            or words[-1].lower() in _GROUPS_WORKED_WITH \
            or all(w.lower() in PEOPLE_SERVED or w.lower() in _PEOPLE_TERMS or _people(w) for w in words) \
            or any(map(_a_posts_word, words)) \
            or words[0].lower() in _NOT_PARTNER_START or all(_a_place_or_point(w) or w in ("and", "of", "the") for w in words):
        return  # (not "works with Prevent to …", a programme; "… with the Equality Act", a law; "… with Looked After Children",
        # "… with Children in Care", "… with PAs", people; "… with the Chief Constable", a post; "… with Cheshire West", a place)
    if " and " in name and (defined := _ACRONYM_AFTER.match(sentence[end:])) is not None and _initials_match(name, defined.group(1)) \
            and not any(registry.lower_aliases.get(part.lower()) is not None for part in name.split(" and ")):
        registry.unkinded.insert(0, _Found(name, "PartnerOrganisation", "PartnerOrganisation", 0, 0, (defined.group(1),), defines=True))
        return  # "works closely with Anyford Health and Care Commissioning (AHCC)": one name, its short form spelling it whole
    if (head := PHRASE_HEADS.get(_singular_head(words[0].lower()))) is not None and len(words) > 1:
        kind = head if words[0].lower() in ("team", "panel", "board", "forum", "group", "centre") else ("PartnerOrganisation", "VoluntaryOrganisation")
        registry.unkinded.insert(0, _Found(name, *kind, 0, 0))  # "the Team Around the Family": its kind first ("Service Six",
        return  # "Hub of Hope": charities)
    parts = [part for part in name.split(" and ") if registry.lower_aliases.get(part.lower()) is None]
    own = [part[:1].isupper() and _a_partners_own_name(part, registry, placed_brand=True) for part in parts]
    if not all(own) and any(not ok and (_ANY_HEAD_END.search(part) or any(w.lower() in PEOPLE_SERVED for w in part.split()))
                            for part, ok in zip(parts, own)):
        return  # ("Bolton Lads and Girls Club": its second part whom it serves and a kind, one name)
    names = [part for part, ok in zip(parts, own) if ok]
    if not names and len(parts) > 1 and _a_partners_own_name(name, registry, placed_brand=True) and not any(p.isupper() for p in parts):
        names = [name]  # "Rise and Shine": neither part one's own, the whole one name ("NELFT and EPUT": two short forms, none)
    registry.unkinded[:0] = [_Found(f"The {n}" if titled and n == name else n, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0)
                             for n in names]
    # (first among the names found only by what they do: "works with Centrepoint, which runs …" is the charity)


def _a_partners_own_name(name: str, registry: BodyRegistry, placed_brand: bool = False) -> bool:
    """Whether a name a sentence gives a partner by what it does or that a body works with it is a partner's own: a word
    of it other than a place's is one the report never writes in lower case (or, where ``placed_brand``, a place's word
    is one of two or more: "works with Walsall Together"), and nothing makes it a kind, a post, a document, money, a known
    body or, for one word alone, a place, a time, a nation or a word of the trade ("Advocacy provides …", "Early Help
    offers …", "Keighley offers …", "works with Finance to …")."""
    name = _tidy(_TRAILING_SMALL.sub("", name))
    words = name.split()
    lowered = [w.lower() for w in words]
    own = [w for w, low in zip(words, lowered) if low not in _CONNECTORS and low != "&" and council_for(w) is None]
    placed = placed_brand and len(own) < len([w for w in lowered if w not in _CONNECTORS]) and not _only_an_area(words) \
        and not all(w.lower() in PHRASE_SECTOR or w.lower() in _WORDS_OF_THE_TRADE or w.lower() in _FIELDS_OF_WORK
                    or w.lower() in PEOPLE_SERVED or w.lower() in ("education", "schools", "health", "public") for w in own)
    # ("Wyre Together", not "Kent Public Health", "Kent Education": the council's own work by its place)
    if not own or all(w.lower() in registry.lower_case_words for w in own) and not placed \
            or any(w in _NEVER_A_PARTNER_WORD for w in words) \
            or _no_new_partners_name(name, words, registry) or _opens_sentence(words[0]) or _POSSESSIVE.search(name) \
            or any(_singular_head(low) in PHRASE_HEADS or low in _FUNDS for low in lowered) or lowered[-1] in _PEOPLE_AT_WORK \
            or re.search(r"\b(?:Council|Borough|County|Authority|England|Government|Department|Ministry|Services?)\b", name) \
            or _NOT_A_SERVICE_NAMED.search(name):
        return False
    return len(words) > 1 or not (
        name.isupper() or name in registry.place_words or name in _place_name_words() or lowered[0] in _TIMES_AND_COUNTRIES
        or _A_TIME.fullmatch(name) or any(lowered[0] in vocabulary for vocabulary in (
            PHRASE_SECTOR, PEOPLE_SERVED, DESCRIBING, DESCRIBING_NOUNS, ING_NOUNS, PHRASE_SOFT_STOP, PHRASE_STOP, _WORDS_OF_THE_TRADE)))


def _unknown_partner_short_form(short: str, registry: BodyRegistry) -> bool:
    """Whether a short form no finder knows may be a partner's own: not a body the report names
    otherwise, a kind's ("CAMHS"), a national body's, a police force's, a council's or its initials
    ("KCC"), a term of the trade ("SEND") or a post's ("DSL", "SENCO")."""
    return not (registry.aliases.get(short) or registry.lower_aliases.get(short.lower()) or short in _SHORT_FORMS_OF_BODIES
                or short in _GENERIC_ACRONYMS or short in _NATIONAL_ACRONYMS or short in police_force_short_forms()
                or council_for(short) is not None or _generic_matches(short) or _NATIONAL_WHOLE.fullmatch(short)
                or short in _TRADE_SHORT_FORMS or _is_post(short) or short.lower() in PHRASE_ROLES
                or any(short in (initials, f"{initials}C") for name in registry.authority_names
                       for initials in ["".join(w[0] for w in name.split() if w[:1].isupper())]))


_HEAD_WORDS = "|".join(sorted((re.escape(h) for h in PHRASE_HEADS if " " not in h), key=len, reverse=True))
#: "health programmes, such as the 'Bright Start' and …": named examples of a kind of body
_EXAMPLES_OF_KIND = re.compile(r"(?:such as|including|for example|e\.g\.|among(?:st)? them)[,:]?\s+")
#: The examples after their cue: up to the clause's end, or to where another cue starts its own list.
_EXAMPLES_LIST = re.compile(r"[^.;:()]+")
#: A new clause after a list of examples: a comma, a conjunction and a word in lower case ("…, and most people live …").
_NEW_CLAUSE_AFTER_LIST = re.compile(r",\s+(?:and|but|while|whilst|although|whereas|so)\s+"
                                    r"(?!(?:the|other|local|an?|two|three|four|five|six|several|some|many|smaller|more)\b)[a-z]")
_KIND_PLURAL_BEFORE = re.compile(
    rf"\b(?:(?P<partner>organisations|charities|providers|companies|housing\s+associations|(?:community|voluntary|faith)\s+groups"
    rf"|(?:(?:community|voluntary|faith|local|other)\s+)?partners)"
    rf"|(?P<head>{_HEAD_WORDS})e?s|(?P<stem>agenc|bod)ies),?\s+$", re.IGNORECASE)
#: "'grand friends' (an inter-generational mentoring scheme …)": a quoted name and its kind in brackets
_QUOTED_THEN_KIND = re.compile(
    rf"[‘'](?P<name>[A-Za-z][^’'\n]{{1,40}}?)[’']\s*\((?:a|an|the)\s+(?P<described>(?:[\w-]+\s+){{0,4}}(?P<head>{_HEAD_WORDS}))\b",
    re.IGNORECASE)
#: A name in capitals, then what it is in brackets: "Anyshire Stars (a Wyre-based group)", "ABC (a local charity group)".
_NAME_THEN_DESCRIBED_KIND = re.compile(
    rf"(?<![\w’'-])(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&-]*|of|for|the|in)){{0,4}})\s+\((?:a|an)\s+"
    rf"(?P<described>(?:[\w-]+\s+){{0,3}}(?P<head>{_HEAD_WORDS}))\)")
#: Where a list of examples splits: at commas, and at "and"/"or" before "the" or a quote (not
#: inside a title: "Child and Adolescent Mental Health Services")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=the\s|[‘'a-z]|[A-Z]{2,}\b)|(?<=[’'])\s+(?:and|or)\s+"
                         r"|(?<=[’']s)\s+(?:and|or)\s+")  # "such as Barnardo's and WASP"


#: A list of three names or two, each of capitalised words: "Wyrebrook, Barnardo's and The Children's Society".
_LISTED_NAME = r"[A-Z][\w’'&@-]*(?:\s+(?:[A-Z][\w’'&@-]*|of|for|the|in|&)){0,4}(?<![a-z]\sof)(?<!\sfor)(?<!\sthe)(?<!\sin)(?<!\s&)"
_NAMES_LISTED = re.compile(rf"(?<![\w’'-])(?P<list>(?:{_LISTED_NAME},\s+(?:the\s+)?){{0,4}}{_LISTED_NAME},?\s+and\s+(?:the\s+)?{_LISTED_NAME})(?![\w’'-])")


#: Names listed, then people or a kind in lower case, then what they do: "Wyrebrook, Home-Start Wyre
#: and volunteers from local churches deliver …" (the names are the list's, the rest is no name).
_NAMES_THEN_OTHERS = re.compile(rf"(?<![\w’'-])(?P<list>(?:{_LISTED_NAME},\s+(?:the\s+)?){{1,4}}{_LISTED_NAME}),?\s+and\s+(?:the\s+)?"
                                r"[a-z][^,.;()]{0,60}?\s+(?:deliver|provide|offer|run|support|work|help)\b")


#: Names listed, then what they do: "Porchlight, Imago and Rising Sun provide …".
_NAMES_LISTED_THEN_WHAT_THEY_DO = re.compile(rf"{_NAMES_LISTED.pattern}(?=\s+(?:(?:both|all|also|together|jointly)\s+)?(?:provide|offer|deliver|run|work|support)\b)")
#: Words before a list that make it a list of places: "family hubs in Altrincham, Partington and Sale provide …".
_PLACES_LISTED_AFTER = re.compile(r"\b(?:in|at|across|from|around|covering|serving|within|between|towns?|areas?|wards?|villages?"
                                  r"|(?:towns?|wards?|villages?|cities|localities)\s+(?:such\s+as|like|including))\s+(?:the\s+)?$",
                                  re.IGNORECASE)
#: What names listed do for children and families, right after the list or after people in lower case.
_LIST_DOES = re.compile(r"(?:,?\s+and\s+(?:the\s+|a\s+)?[a-z][^,.;()]{0,60}?)?\s+(?:(?:both|all|also|together|jointly)\s+)?"
                        r"(?:provide|offer|deliver|run|work alongside|work with|support)\b")


def _not_a_listed_partner(name: str, words: list[str]) -> bool:
    """Whether an item of a list of partners is no partner's own name: a sentence's word opening it,
    whose (a possessive), a short form, a council or a place, a kind, a force, a time, people or a post,
    or a case-recording system ("Barnardo's, Mosaic and …"; not "Mosaic LGBT Youth", a charity's own name)."""
    return _opens_sentence(words[0]) or bool(_POSSESSIVE.search(name)) or bool(_ACRONYM_LED.fullmatch(name)) \
        or _a_kind_a_council_or_a_force(name, words) or _holds_a_time(name) or any(_people(w) for w in words) or name in CASE_RECORDING_SYSTEMS


def _discover_listed_with_a_charity(sentence: str, registry: BodyRegistry) -> None:
    """Names listed with a charity the report names, of no kind the text says otherwise, are
    charities too: "Wyrebrook, Barnardo's and The Children's Society deliver family support"."""
    for match in [*prefilter.finditer(_NAMES_LISTED, sentence), *prefilter.finditer(_NAMES_THEN_OTHERS, sentence),
                  *prefilter.finditer(_NAMES_LISTED_THEN_WHAT_THEY_DO, sentence)]:
        items = [i.strip() for i in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", match.group("list")) if i.strip()]
        keys = [registry.lower_aliases.get(i.lower()) or registry.aliases.get(i) or registry.lower_aliases.get(f"the {i.lower()}")
                for i in items]
        charities = sum(k is not None and registry.bodies[k].kind in ("VoluntaryOrganisation", "Trust") for k in keys)
        # (a trust by its name alone, "Brathay Trust", is a charity's kind here: NHS trusts are kinds of their own)
        fewest = 1 if match.re is _NAMES_THEN_OTHERS else 2  # ("Wyrebrook, Home-Start Wyre and volunteers deliver …")
        # three names or more, then what they do for children, none a body of another kind: "Porchlight, Imago and
        # Rising Sun provide targeted help" (a list of places, posts or teams does not provide help so)
        doers = match.re is not _NAMES_LISTED and (len(items) >= 3 or len(items) == 2 and charities >= 1) \
            and _LIST_DOES.match(sentence, match.end("list")) is not None \
            and not _PLACES_LISTED_AFTER.search(sentence, 0, match.start("list")) \
            and not re.search(r"\b[A-Z][\w’'-]*\s+and\s+$", sentence[: match.start("list")]) and not any(" in " in i for i in items) \
            and all(k is None or registry.bodies[k].body_type in ("PartnerOrganisation", "Service") and registry.bodies[k].kind != "Police"
                    and not registry.bodies[k].national for k in keys)
        if not doers and (charities < fewest or charities < len(items) - charities) \
                or any(k is None and council_for(i) is not None for i, k in zip(items, keys)):
            continue  # a list of charities with others in it; not "Barnardo's, Mockingbird and Family Group
            # Conferencing" (one charity, its models), nor a list of places ("Barnardo's, Anyford and Wyre")
        for item, key in zip(items, keys):
            words = item.split()
            if key is not None or words[0].lower() in LEADING_NON_NAME and (len(words) == 1 or not all(w[:1].isupper() for w in words)) \
                    or len(words) == 1 and match.re is _NAMES_THEN_OTHERS and not doers or _not_a_listed_partner(item, words) \
                    or doers and all(w.lower().strip("'’") in PHRASE_SECTOR or w.lower().rstrip("s") in PHRASE_HEADS or w.lower() in PEOPLE_SERVED
                                     or w.lower() in _CONNECTORS for w in words):
                continue  # a body found already, a sentence's word (one word before people in lower case may be a town:
                # "Barnardo's, Wyreton and local schools work …")
            registry.add(_Found(item, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


#: One item of a list between semicolons that is a name alone, or a name and what it is or does after
#: a comma: "Wycombe Youth Action", "Kooth, which is commissioned by …", "Youth Concern, an Aylesbury charity".
_SEMICOLON_ITEM = re.compile(r"(?:and\s+)?(?:the\s+|The\s+)?(?P<name>[A-Z][\w’'&@-]*(?:\s+(?:[A-Z0-9][\w’'&@-]*|of|and|for|the|&)){0,5})\s*(?:,\s+.*)?$")


def _discover_semicolon_lists(sentence: str, registry: BodyRegistry) -> None:
    """Names in a list of three items or more between semicolons, where two items or more are partners
    the report names ("…: Wycombe Youth Action; Kooth, which is commissioned by the ICB; Barnardo's,
    which runs …; the YMCA; and Brook"): partners too, charities where nothing says otherwise."""
    items = [item.strip() for item in sentence.split(";")]
    items[0] = re.split(r":\s+|\b(?:include|including|such\s+as|are|from)\s+", items[0])[-1]  # the list's opening words
    items[-1] = re.split(r"\.\s*$", items[-1])[0]
    if len(items) < 3:
        return
    names = [(m.group("name") if (m := _SEMICOLON_ITEM.fullmatch(item)) else None) for item in items]
    keys = [name and (registry.lower_aliases.get(name.lower()) or registry.aliases.get(name)) for name in names]
    partners = {k for k in keys if k and registry.bodies[k].body_type == "PartnerOrganisation" and not registry.bodies[k].national}
    if len(partners) < 2:
        return
    for name, key in zip(names, keys):
        if not name or key:
            continue
        name = _tidy(_TRAILING_SMALL.sub("", name))
        words = name.split()
        lowered = [w.lower() for w in words]
        if lowered[0] in LEADING_NON_NAME or _not_a_listed_partner(name, words) or name.lower() in NOT_BODY_NAMES \
                or _NOT_A_BODY_NAME.search(name) or re.search(r"\d", name) or re.fullmatch(r"[A-Z]{2,5}s", name) \
                or all(w in registry.lower_case_words or w in _CONNECTORS or council_for(w.capitalize()) is not None for w in lowered) \
                or all(w in PHRASE_SECTOR or w in PEOPLE_SERVED or w in _WORDS_OF_THE_TRADE or w in _CONNECTORS
                       or w.rstrip("s") in PHRASE_HEADS for w in lowered):
            continue  # a place, a kind, a post, the sector's words, a word the report also writes in lower case
        registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


#: Where a clause goes on after the list: a verb or a preposition, not a kind word ("the Tall Ships sailing programme").
_CLAUSE_GOES_ON = re.compile(r"\s+(?:to|are|is|was|were|have|has|had|who|which|that|in|at|on|for|with|from|across|"
                             r"provides?|helps?|works?|offers?|supports?|delivers?|runs?)\b")  # (a list's verbs: plural and singular)
#: The capitalised words opening a list's last item, before the clause that goes on after the list.
_TITLE_RUN = re.compile(rf"(?:(?:the|a|an)\s+)?{_TITLE}")


def _discover_examples(sentence: str, registry: BodyRegistry) -> None:
    """Bodies without a kind word that a sentence gives as examples of a kind ("health
    programmes, such as 'Bright Start' and the Anyshire Mums"), or names in quotes with their
    kind in brackets after them."""
    for match in prefilter.finditer(_QUOTED_THEN_KIND, sentence) if "(" in sentence else ():
        key = _add_example(match.group("name"), match.group("head"), registry, quoted=True)
        _merge_described(registry, key, match.group("described"))  # "'grand friends' (an inter-generational mentoring scheme)": one body
    for match in prefilter.finditer(_NAME_THEN_DESCRIBED_KIND, sentence) if "(" in sentence else ():
        name = match.group("name")
        if name.split()[0].lower() in LEADING_NON_NAME or council_for(name) is not None or name in registry.aliases:
            continue
        if name.isupper():  # "STAR (a local group)": a name in capitals, not a short form the report defines
            body_type, kind = PHRASE_HEADS[match.group("head").lower()]
            found = _Found(name, body_type, kind, 0, 0)
            key = registry.add(found, _is_proper(found, registry.authority_names)).key
        else:
            key = _add_example(name, match.group("head"), registry, quoted=False)
        _merge_described(registry, key, match.group("described"))  # "Anyshire Stars (a Wyre-based group)": one body, named
    for match in prefilter.finditer(_NAME_AND_OTHERS_OF_ITS_KIND, sentence) if " other " in sentence else ():
        kind = " ".join(match.group("kind").lower().split())  # "Wyre Homes and other registered providers": a landlord
        head = "landlord" if re.search(r"registered|housing|landlord", kind) else "provider"
        words = match.group("name").split()
        if police_force_for(match.group("name")) is None and not _ANY_HEAD_END.search(match.group("name")) \
                and not _opens_sentence(words[0]) and not all(
                    w.lower() in PHRASE_STOP or w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED or _people(w) for w in words):
            _add_example(match.group("name"), head, registry, quoted=False)  # (not "Staff and other providers")
    cues = list(prefilter.finditer(_EXAMPLES_OF_KIND, sentence))
    for i, match in enumerate(cues):
        kind = _KIND_PLURAL_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
        if kind is not None and kind.group("partner") and kind.group("partner").lower() == "partners" \
                and re.search(r"\b(?:health|police|education|statutory|safeguarding|strategic|key|agency|multi-agency|criminal justice)\s+$",
                              sentence[max(0, kind.start() - 24) : kind.start()], re.IGNORECASE):
            continue  # "health partners, such as the Wyre CCGs": partners of a sector, which the other finders name
        examples = _EXAMPLES_LIST.match(sentence, match.end()) if kind is not None else None
        if examples is None:
            continue
        end = min(examples.end(), cues[i + 1].start()) if i + 1 < len(cues) else examples.end()
        if kind.group("partner"):  # whose examples: companies, landlords, or any provider
            head = {"companies": "company", "housing associations": "landlord"}.get(" ".join(kind.group("partner").lower().split()), "provider")
        else:
            head = kind.group("head") or kind.group("stem") + "y"
        kind_of_agency = sentence[max(0, kind.start() - 20) : kind.start()].lower()
        if kind.group("stem") and not re.search(r"\b(?:fostering|adoption)\s+$", kind_of_agency):
            continue  # "partner agencies, including the police and …": any partners, not providers of a kind
        if head.lower() == "agency" and "adoption" not in kind_of_agency:
            head = "provider"  # "independent fostering agencies, including …": providers, not adoption agencies
        if (clause := _NEW_CLAUSE_AFTER_LIST.search(sentence, match.end(), end)) is not None:
            end = clause.start()  # "councils, including Wyre City Council, and most people live in …": the list ends with its clause
        items = _LIST_SPLIT.split(sentence[match.end() : end])
        if (last := _TITLE_RUN.match(items[-1])) is not None and _CLAUSE_GOES_ON.match(items[-1], last.end()):
            items[-1] = last.group()  # "such as Wyre Cares and Wyre Dads to help …": the list ends where its names end
        bare_partners = bool(kind.group("partner")) and kind.group("partner").lower() in ("partners", "local partners", "other partners")
        for item in items:
            item = _without_the_towns_worked_in(item)
            for name in _names_joined_by_and(item, of_providers=not kind.group("head")):
                if bare_partners and (_only_an_area(name.split()) or _MONTHS.search(name) or name.lower() in _TIMES_AND_COUNTRIES
                                      or len(name.split()) == 1 and (name.lower() in PHRASE_SECTOR | _FIELDS_OF_WORK | _WORDS_OF_THE_TRADE
                                                                     or name.lower() in _COMPASS or _generic_matches(name)
                                                                     or name.lower() in _PROGRAMME_NAMES)):
                    continue  # "partners such as Housing, Teesside and Prevent": a department, a place, a programme, not a charity's name
                _add_example(name, head, registry, quoted=False)


#: A name ending in its kind word, then the town it works in, before the list's next name or its end: "Wulvern Housing in
#: Crewe and Peaks and Plains Housing Trust in Macclesfield" lists two landlords, each by its name and its town (a name of
#: its own before the kind word: "Homes in Anyford" is a landlord's whole name).
_WHERE_IT_WORKS = re.compile(r"(?P<name>[A-Z][\w’'-]*\s+[\w’'-]+)\s+in\s+"
                             r"(?P<place>[A-Z][\w’'-]*(?:\s+(?:(?:and|upon|on)\s+)?[A-Z][\w’'-]*){0,4})")


def _a_town_worked_in(words: list[str]) -> bool:
    """Whether the capitalised words after a body's "in" are where it works: a council's name, a place's words, or one or
    two words of no kind ("Crewe"; not "Mental Health in Schools", "Health in Mind", "… in Practice": the name's own)."""
    big = [w for w in words if w not in ("and", "upon", "on")]
    return council_for(" ".join(words)) is not None or all(w in _place_name_words() for w in big) \
        or len(big) <= 2 and "and" not in words and not any(
            w.lower() in PHRASE_SECTOR or w.lower() in PHRASE_HEADS or _singular_head(w.lower()) in PHRASE_HEADS
            or w.lower() in _A_CHARITYS_SECOND_WORD or w.lower() in PEOPLE_SERVED or _generic_matches(w) for w in big)


def _without_the_towns_worked_in(item: str) -> str:
    """A list's item without the towns its names work in, where a name ends in its kind word and a place follows "in"
    up to the next name's "and" or the item's end: "Peabody Housing in Barking and Dagenham and Clarion Housing in
    Romford" holds two landlords; the place the longest run of capitalised words that ``_a_town_worked_in``."""
    out, at, position = [], 0, 0
    while (match := _WHERE_IT_WORKS.search(item, position)) is not None:
        position = match.start("place")  # (the next name may start inside this place's run: "… in Crewe and Peaks and …")
        if not _ANY_HEAD_END.search(match.group("name")):
            continue
        words = match.group("place").split()
        for n in range(len(words), 0, -1):
            place = " ".join(words[:n])
            end = match.start("place") + len(place)
            if words[n - 1] in ("and", "upon", "on") or not re.match(r"\s+and\s+|\s*$", item[end:]):
                continue
            if _a_town_worked_in(words[:n]):
                out.append(item[at : match.end("name")])
                at = end
                break
    return "".join(out) + item[at:]
#: Kinds of place a list of examples may name in capitals: "organisations such as Mosques" (not a body's name).
_PLACES_OF_WORSHIP_AND_LEARNING = {"mosques", "churches", "madrasahs", "madrasas", "gurdwaras", "temples", "synagogues",
                                   "schools", "academies", "colleges", "nurseries", "libraries"}


def _names_joined_by_and(item: str, of_providers: bool) -> list[str]:
    """The names a list's item holds where "and" may join two: after a plural kind of provider or
    partner, two names ("agencies such as Wyre Care and Anyford Fostering"; "the Prince's Trust and Wyre
    Dads"), but one where a side is the trade's words ("Parents and Children Together", "Wyre Care and
    Support") and none where a side is no name; after a kind of group or programme, two only where
    both are titles of two words or more ("Home-Start Anyford and Wyre Mission", not "Children and
    Families First")."""
    left, _, right = item.rpartition(" and ")
    if not left:
        return [item]
    if " and " in left:  # "the National Probation Service and Wyre and Anyshire Community Rehabilitation Company": the
        # "and" after a whole name, ended by a kind word that closes one (not "Anyford Health and Wellbeing and …", "Wyre
        # Fostering and Adoption and …"; nor before a word that goes on a joint name, ``_A_JOINT_NAME_GOES_ON``: "the
        # Anyshire Police and Crime Commissioner")
        first = next((m for m in re.finditer(r" and ", item) if _A_WHOLE_NAMES_END.search(item[: m.start()])
                      and not _A_JOINT_NAME_GOES_ON.match(item, m.end())), None)
        if first is not None:
            left, right = item[: first.start()], item[first.end() :]
    sides = (re.sub(r"^(?:the|a|an)\s+", "", left.strip()), right.strip())
    if of_providers:
        if not all(_opens_a_name(side) for side in sides):
            return [side for side in sides if _opens_a_name(side)][: 1 if _opens_a_name(sides[0]) else 0]
            # "Wyre Hope and local housing associations": the name, then a kind of partner in general
        if any(side.lower() in PHRASE_SECTOR | PEOPLE_SERVED | _WORDS_OF_THE_TRADE | _FIELDS_OF_WORK for side in sides):
            return [item]
        return [left, right]
    if any(len(side.split()) < 2 or not all(w[:1].isupper() for w in side.split()) for side in (left, right)):
        return [item]  # (an article opening the left side says the whole is one title: "the A and B Sub-group")
    return [left, right]


#: Kind words that close a whole name, never its first field before "and" ("… Health and Wellbeing"; before the words of
#: ``_A_JOINT_NAME_GOES_ON`` one name goes on: "… Police and Crime Commissioner").
_A_WHOLE_NAMES_END = re.compile(r"\b(?:Service|Services|Trust|Company|Board|Partnership|Team|Unit|Agency|Association|Homes|Housing|Group"
                                r"|Foundation|College|Council|Police|Constabulary)$")
#: The word after "and" that goes on one joint name, not another's: "Anyford Housing and Support", "Wyre Housing Group and
#: Partners", "the Anyshire Police and Crime Commissioner".
_A_JOINT_NAME_GOES_ON = re.compile(r"(?:Support|Care|Partners|Trust|Crime|Rescue|Resettlement|Skills|Learning|Sixth)\b")


def _opens_a_name(words: str) -> bool:
    """A capital, or a number before a capitalised word, opens a name: "Wyre Hope", "1625 Wyre People"."""
    return words[:1].isupper() or re.match(r"\d+\s+[A-Z]", words) is not None


#: Fields of work a provider's name may join with "and": "Wyre Drugs and Alcohol", "Anyford Health and Wellbeing".
_FIELDS_OF_WORK = {"alcohol", "drugs", "drug", "substance", "misuse", "wellbeing", "well-being", "health", "housing", "advice",
                   "advocacy", "counselling", "mentoring", "fostering", "adoption", "therapy", "therapies"}


#: A digit inside a title ("Talk 2 Us"), or an ordinal ending one ("Parents 1st").
_DIGIT_IN_TITLE = re.compile(r"\d(?:st|nd|rd|th)?")


def _merge_described(registry: BodyRegistry, key: str | None, described: str) -> None:
    """The body ``key`` and the one its bracketed description names (if another, known, not the council) made one."""
    other = registry.lower_aliases.get(described.lower())
    if key is not None and other is not None and other != key and other in registry.bodies \
            and other != registry.authority_key:
        _merge(registry, key, other)


#: A name, then "and other" partners of a kind: the name is one of them ("Wyre Homes and other registered providers
#: offer tenancies", "Anyford Hope and other charities").
_NAME_AND_OTHERS_OF_ITS_KIND = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&-]*|of|for|the|&)){0,4})\s+and\s+other\s+(?:local\s+)?"
    r"(?P<kind>(?:registered|housing|social\s+housing)\s+providers|housing\s+associations|(?:social\s+)?landlords|charities"
    r"|voluntary(?:\s+(?:and\s+community|sector))?\s+organisations|(?:voluntary\s+sector\s+)?providers)\b")


def _a_councils_own_kind(words: str) -> bool:
    """Whether ``words`` are a kind of the council's own body, whole ("Youth Offending Service"), not a brand of its own
    that a council's name makes local ("Connexions": "Anyshire Connexions" keeps its name)."""
    return _OWN_KIND_WHOLE.fullmatch(words) is not None


#: ``_GENERIC_WHOLE`` without the brands matched by their case.
_OWN_KIND_WHOLE = re.compile("|".join(f"(?:{k.pattern})" for k in GENERIC_BODIES if not k.cased), re.IGNORECASE)


def _add_example(item: str, head: str, registry: BodyRegistry, quoted: bool) -> str | None:
    item = _tidy(re.sub(r"^(?:the|a|an)\s+", "", item.strip(), flags=re.IGNORECASE))
    for name in registry.authority_names:  # "the Anyshire 'Bright Start'": the council's own (not "Anyshire Cares", "Anyshire Youth Zone")
        if name and item.startswith(name + " ") and item[len(name) + 1 : len(name) + 2] in ("'", "‘"):
            item = item[len(name) + 1 :]
    if not quoted:
        unquoted = re.fullmatch(r"[‘'](.{2,40})[’']", item)
        if unquoted is None:
            words = item.split()
            if not words or not all(w[:1].isupper() or w in ("of", "for", "and", "in", "the")
                                    or (i and _DIGIT_IN_TITLE.fullmatch(w)) for i, w in enumerate(words)) and not (
                    words[0].isdigit() and len(words) > 1 and all(w[:1].isupper() or w in ("of", "for", "and", "in", "the") for w in words[1:])) \
                    or len(words) > 5 or not words[-1][:1].isupper():
                return None  # "mental health clinicians": no name; "the Health in Infancy service": the phrase finder's
        else:
            item, quoted = unquoted.group(1), True
    item = item.strip("‘’' ")
    words = item.split()
    if not words or len(words) > 6 or re.fullmatch(r"[A-Z]{2,6}s?", item) \
            or not quoted and item.lower() in _PLACES_OF_WORSHIP_AND_LEARNING \
            or words[0].lower() in (("the", "a", "an") if quoted else LEADING_NON_NAME):
        return None  # a quoted name may start with any word ("'New Paths'")
    if " in " in item and registry.lower_aliases.get(re.sub(r"^the\s+", "", item.split(" in ")[0].lower())) is not None:
        return None  # "the Salvation Army in Kettering": a body found already, and where it works
    if _GENERIC_WHOLE.fullmatch(item) or council_for(item) is not None or item.lower() in NOT_BODY_NAMES \
            or any(item.startswith(f"{name} ") and _a_councils_own_kind(item[len(name) + 1 :]) for name in registry.authority_names if name) \
            or registry.lower_aliases.get(item.lower()) or registry.aliases.get(item) or _MONTHS.search(item) \
            or any(w.lower() in PHRASE_ROLES for w in words):
        return None
    body_type, kind = PHRASE_HEADS.get(head.lower(), ("PartnerOrganisation", "VoluntaryOrganisation") if head in ("provider", "body")
                                       else ("PartnerOrganisation", "PartnerOrganisation") if head == "company"
                                       else ("PartnerOrganisation", "HousingProvider") if head == "landlord" else ("Service", "TeamOrService"))
    found = _Found(item, body_type, kind, 0, 0)
    return registry.add(found, _is_proper(found, registry.authority_names)).key  # a council's own stays its own


#: "Anyshire Voice (the Anyshire Children in Care Council)": a name, then a body it names in brackets
_NAME_THEN_BODY = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})\s+\((?:the\s+)?(?P<inner>[^()]{{3,80}})\)")


def _short_forms_of_known_bodies(sentence: str, registry: BodyRegistry) -> None:
    """"the Team Around the Child (TAC) plan": a short form defined for a body already found
    under its long form, whatever follows the brackets; "Anyshire Voice (Anyshire Children in
    Care Council)": a name of a body already found, given before it in brackets."""
    for match in prefilter.finditer(_NAME_THEN_BODY, sentence):
        name = _tidy(match.group("name"))
        key = registry.lower_aliases.get(_tidy(match.group("inner")).lower())
        if key is None or key == registry.authority_key or key not in registry.bodies or registry.bodies[key].national:
            continue
        if name.split()[0].lower() in LEADING_NON_NAME or re.fullmatch(r"[A-Z0-9&/-]{2,8}s?", name) \
                or registry.lower_aliases.get(name.lower()) or council_for(name) is not None or _generic_matches(name):
            continue
        _add_short_form(registry, key, name, None)
    for definition in definitions(sentence):
        if definition.short in registry.aliases:
            continue
        long = _tidy(_unquote(definition.long)).lower().removeprefix("the ")
        key = registry.lower_aliases.get(long)
        if key is not None and key in registry.bodies and key != registry.authority_key:
            _add_short_form(registry, key, definition.long, definition.short)
        elif registry.authority_key is not None and (council := council_for(long)) is not None \
                and "council " + _norm(council.name) == registry.authority_key and definition.short.isupper():
            _add_short_form(registry, registry.authority_key, definition.long, definition.short)  # "the Royal Borough of Anyshire (RBA)"
    for match in prefilter.finditer(_THE_SHORT_FORM, sentence) if "(the " in sentence or "('the " in sentence else ():
        word = match.group("short")
        *before, last = word.split()
        if not (last.isupper() or _singular_head(last.lower()) in PHRASE_HEADS or last.lower() in _KIND_NOUNS):
            continue  # "(the same)", "(the first)": no kind of body
        named_before = _named_right_before(sentence, match.start(), registry)
        if named_before is not None:
            key, named = named_before
            body = registry.bodies[key]
            name_words = re.split(r"[\s-]+", named.lower())
            if before and (not all(w.lower() in name_words or w.isupper() and _initials_match(named, w) for w in before)
                           or _singular_head(last.lower()) not in name_words and last.lower() not in name_words
                           and not all(w.isupper() for w in before)):  # ("the Wyre Partnership (the WP board)": its short form)
                continue  # "the Anyshire Health and Care NHS Trust (the care trust)"; "the Missing, Exploited and
                # Trafficked sub-group (the MET group)": each word before the kind is the name's own or its initials
            short = f"the {word}"  # "the Anyshire Safeguarding Children Board (the board)": the report's own short form,
            if short.lower() not in (label.lower() for label in body.labels):  # a name of the body, as it defines it
                body.short_forms.append(short)
            acronym = word if " " not in word and word.isupper() else before[0] if len(before) == 1 and before[0].isupper() \
                and _initials_match(named, before[0]) else ""  # "NHS Wyre (the PCT)", "the … panel (the VEMT panel)": its acronym too
            other = registry.aliases.get(acronym, key)
            if other != key and other in registry.bodies and registry.bodies[other].generic and registry.bodies[other].kind == body.kind:
                _merge(registry, key, other)  # "NHS Wyre (the PCT)": the report's primary care trust is the one it names
                other = key
            if len(acronym) >= 3 and acronym not in _TRADE_SHORT_FORMS and (other == key or other not in registry.bodies):
                _add_acronym(registry, key, acronym)  # (not "(the CP board)", "(the CSE panel)": the trade's words)
    for match in prefilter.finditer(_FIRST_WORDS_SHORT_FORM, sentence):
        short = match.group("short")  # "St Anyford's Hospital NHS Foundation Trust (St Anyford's)": its first words, as a short name
        if f"{short} " not in sentence[: match.start()]:
            continue  # (the words open no name before the bracket: most brackets; the search below is dear)
        named_before = _named_right_before(sentence, match.start(), registry)
        if named_before is None:
            continue
        key, named = named_before
        body = registry.bodies[key]
        words = named.split()
        words = words[1:] if words[0] in ("The", "the") else words
        if body.generic and (not body.name[:1].isupper() or _generic_matches(body.name) or all(
                w.lower() in PHRASE_SECTOR | PHRASE_SOFT_STOP | PEOPLE_SERVED | DESCRIBING for w in short.split())) or body.national \
                or len(short.split()) >= len(words) - 1 or words[: len(short.split())] != short.split() \
                or council_for(short) is not None or " " not in short and not short.endswith(("'s", "’s")) and not match.group("the"):
            # (one word is a short name only as a possessive, "St Anyford's"; "Wyre" of "Wyre and Vale NHS Trust (Wyre)" may be a town)
            continue
        other = registry.lower_aliases.get(short.lower())
        if other is not None and other != key:
            if not (other in registry.bodies and registry.bodies[other].kind == "Hospital" and body.kind == "NHSTrust"):
                continue  # another body's name
            _merge(registry, key, other)  # "Wyre Hospital NHS Trust (Wyre Hospital)": the hospital's name found alone is the trust
        _add_short_form(registry, key, body.name, f"the {short}" if match.group("the") else short)  # "(the Anyford)"


def _named_right_before(sentence: str, at: int, registry: BodyRegistry) -> tuple[str, str] | None:
    """The body (its key, and its name as written) that the text right before ``at`` ends by naming
    (a bracket's body: "the Anyshire Safeguarding Children Board (the board)"); None where none
    does, or it is the inspected council."""
    before = sentence[:at]
    hits = [h for h in _mention_hits(before, registry) if h[1] == len(before.rstrip())]
    if not hits or hits[-1][2] == registry.authority_key or hits[-1][2] not in registry.bodies:
        return None
    return hits[-1][2], sentence[hits[-1][0] : hits[-1][1]]


#: A short form a report defines with its article in brackets: "(the board)", "(the ICB)", "('the partnership')".
_THE_SHORT_FORM = re.compile(r"\s*\(\s*[‘']?the\s+(?P<short>(?:[A-Za-z][\w’'-]*\s+){0,2}(?:[a-z]+|[A-Z][A-Za-z]{1,6}))[’']?\s*\)")
#: A body's first words in brackets after its name, as its short name: "Anyford General Hospital NHS Trust (Anyford General)".
_FIRST_WORDS_SHORT_FORM = re.compile(r"\s*\(\s*(?P<the>the\s+)?(?P<short>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2})\s*\)")
#: Kind words a report's "(the …)" short form may be besides the phrase heads.
_KIND_NOUNS = {"trust", "partnership", "board", "council", "force", "constabulary", "company", "charity", "alliance"}
#: One test for the finders of a voluntary organisation or programme by its kind or its description.
_ANY_PROVIDER_KIND = prefilter.Needs(_NAME_THEN_PROVIDER, _CHARITY_AFTER, _CHARITY, _KIND_THEN_NAME, _TEAM_THEN_NAME, _CARE_PLACE_AT, _BRAND_AND_PLACE, _PLACE_YMCA,
                                     _LOCAL_NAME_FOR)


#: What a body is said to be in apposition after its name, and the kind that makes it: "Lumen, the
#: emotional well-being and mental health service for children", "Safe Wyre, the borough's
#: community safety partnership", "Mindful Anyshire, the alliance of NHS and voluntary organisations".
#: What a council's front door is called in apposition to its name ("Wyre Connect, the council's single point of access").
_FRONT_DOOR_KINDS = ("front door", "single point of access", "single point of entry")
_DESCRIBED_KIND_WORDS = {
    **{head: PHRASE_HEADS[head] for head in ("service", "team", "unit", "hub", "centre", "partnership",
                                            "programme", "initiative", "project", "scheme", "forum")},  # "Wyre Voice, the parent carer forum"
    **dict.fromkeys(("alliance", "collaboration", "network", "consortium"), ("Board", "Partnership")),  # of several bodies
    "body": ("PartnerOrganisation", "PartnerOrganisation"),  # "Wyre Action, the local voluntary sector infrastructure body"
    "organisation": ("PartnerOrganisation", "PartnerOrganisation"),  # "Anyshire Cares, the borough's integrated health and care organisation"
    "company": ("PartnerOrganisation", "PartnerOrganisation"),  # "Wyre Careers, the careers company that serves …"
    "mutual": ("PartnerOrganisation", "PartnerOrganisation"),  # "Youth Wyre, the staff-led mutual that delivers youth work"
    "children in care council": ("Board", "ChildrenInCareCouncil"),  # "Speak Out, Anyshire's children in care council"
    "front door": ("Service", "TeamOrService"),  # "Compass, the county's front door for early help"
    **dict.fromkeys(_FRONT_DOOR_KINDS[1:], ("Service", "TeamOrService")),
    # ("Wyre Connect, the council's single point of access": its front door by name; a "single point of contact" is as often a
    # person, so "Anyshire Direct (AD) is the single point of contact" names a service only with its short form)
    "point of contact": ("Service", "TeamOrService"),
    "trust": ("PartnerOrganisation", "PartnerOrganisation"),  # "Wyre Leisure, the borough's leisure trust"
    "model": ("Service", "Programme"),  # "Achieving Change Together (ACT), a relationship-based model"
    "approach": ("Service", "Programme"),  # "… (ACT), an approach developed in Wyre": with its short form only, as a model
    "care system": ("HealthBody", "IntegratedCareBoard"),  # "Integrated Care Wyre, the county's integrated care system"
    "home": ("Service", "TeamOrService"),  # "Wyre House, the council's short-break home": a children's home by its name
}
#: England's regions, as the councils' list names them ("West Midlands", "North East"): a description may be a region's.
_REGION_NAMES = frozenset(c.region for c in councils() if c.region)
#: Last words of an address or a ward, not a home's name: "Dover Street", "Ward 3".
_STREETS_AND_WARDS = {"Road", "Street", "Avenue", "Lane", "Drive", "Way", "Crescent", "Terrace", "Ward", "Square"}


def _an_address(name: str) -> bool:
    """A street address or a hospital ward, not a home's or a team's name: "12 Church Road", "Dover Street", "Ward 3"."""
    return name[:1].isdigit() or name.split()[-1] in _STREETS_AND_WARDS
#: Words that make a home described in apposition a children's home: "the council's short-break home", "a four-bed home".
_KINDS_OF_CHILDRENS_HOME = {"children's", "children’s", "short-break", "short", "break", "residential", "respite", "council's",
                            "council’s", "authority's", "care", "secure", "family"}
#: Words that make a trust described in apposition an NHS trust: "the area's mental health trust".
_HEALTH_TRUST_WORDS = {"mental", "health", "community", "acute", "nhs", "hospital", "hospitals", "healthcare", "ambulance", "foundation"}
_NAME_THEN_DESCRIBED = re.compile(
    rf"(?:^|(?<=[\s(]))[‘']?(?P<name>{_NAME})[’']?{_DEFINED_BEFORE_COMMA}(?P<sep>,|\s+is)\s+(?:(?:a|an|the|its|their)\s+|(?=[A-Z][\w-]*['’]s\s))(?P<described>(?:[\w’'–+-]+\s+){{0,7}}?)"
    r"(?P<kind>" + "|".join(_DESCRIBED_KIND_WORDS) + rf")(?=\s*[,.;:)]|\s+(?:for|of|that|which|who|set|{_PARTICIPLES}|developed|designed|introduced|"
    r"to|in|with|across|from)\b)")
#: A short form, its full name in brackets, then what kind of body it is: "WEAR (Wyre Educational
#: Assessment and Review), the council's service which …".
_SHORT_THEN_NAME_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?P<acronym>[A-Z][A-Za-z&]{1,7})\s+\((?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|for|the|in|&)){1,8})\),\s+"
    + _DESCRIPTION_OPENS + r"\s+(?P<described>(?:[\w’'-]+\s+){0,5}?)(?P<kind>" + "|".join(_DESCRIBED_KIND_WORDS) + r")(?![\w’'-])")
#: Conjunctions opening a clause whose subject is then named and described ("When Journeys, the
#: council's … service, is …"); unlike a preposition ("Unlike Wyre Hope, the family hub is …").
_CONJUNCTIONS = {"when", "while", "whilst", "although", "though", "since", "because", "if", "once", "where", "until"}
#: Words that make a description a clause of the sentence, not what a body is ("Leaders, the board has …").
_CLAUSE_WORDS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
                 "not", "who", "which", "that", "when", "where", "as", "but", "than", "because", "if"}
#: Words in a description that make it say what a person, a place, a day or a document is ("the
#: manager of the service", "a town served by the hub", "the first day of the programme", "the
#: guidance used by the partnership"), not what kind of body the name names.
_DESCRIPTION_NOT_OF_A_BODY = {
    "used", "served", "covered", "supported",
    "worker", "adviser", "carer", "person", "people", "young", "child", "parent", "member", "author", "scrutineer",
    "town", "village", "city", "area", "day", "week", "month", "year", "system", "guidance", "document", "report",
    "survey", "tool", "app", "software", "strategy", "plan", "policy", "framework", "aged", "first", "last",
}


#: A preposition a partner's name follows: "help from Anyford Haven, …", "run by Wyre Hope, …".
_PARTNER_BEFORE = re.compile(r"\b(?:from|by|with|and|through|commissions|funds)\s+$")
#: Prepositions that open a sentence's phrase before a comma ("Like Anyshire, …", "Unlike Wyre, …").
_PREPOSITIONS_OPENING = {"like", "unlike", "as", "with", "for", "in", "from", "after", "before", "by"}
#: Prepositions inside a description after "is": what the sentence says of its subject, not what the subject is.
_PREPOSITIONS_BETWEEN = {"across", "of", "in", "for", "to", "with", "at", "on", "by", "from", "within", "between", "among", "throughout"}


def _described_kind(kind_word: str, described: list[str]) -> tuple[str, str]:
    """The body type and kind a description in apposition names: its kind word's, but a trust
    described by health words is an NHS trust ("the area's mental health trust")."""
    if kind_word.lower() == "trust" and any(w.lower() in _HEALTH_TRUST_WORDS for w in described):
        return "HealthBody", "NHSTrust"
    if kind_word.lower() == "trust" and any(w.lower() in ("children's", "children’s", "childrens") for w in described):
        return "Board", "ChildrensTrust"  # "Wyre Futures, the borough's children's trust": the children's trust, named
    return _DESCRIBED_KIND_WORDS[kind_word.lower()]


#: An age range that says whom a service is for: "the city's 0–19 health visiting service", "a 16+ team".
_AGE_RANGE_WORD = re.compile(r"\d{1,2}\s?[–-]\s?\d{1,2}s?|\d{1,2}\+")


#: Words of a time, in a name said to be a body: "Practice Week is a programme of audits" names an event.
_TIME_WORDS = {"week", "day", "days", "month", "year", "years", "fortnight", "weekend", "summer", "term"}


#: Last words of a name that say what work is done, not whose name it is: "Return Home Interviews", "Duty and Assessment".
_WORK_DONE = {"interviews", "interview", "visits", "meetings", "conferences", "assessment", "assessments", "reviews", "contact",
              "duty", "intake", "support", "help", "care", "planning", "training"}


def _named_then_said_to_be(match: re.Match[str]) -> bool:
    """Whether a sentence opening "<Name> is the <owner's> <kind>" names a body: a name of two capitalised words
    or more, one of them a name's own (not a field or a service's words: "Early Help", "Family Time"), no time's
    ("Practice Week"); then, in four words or fewer with no preposition, whose the kind is, that it is the single one or
    the front door, or else a last word of the name that is its own and no work's ("Wyre Futures is the council's careers
    service", "Front Step is the single front door", "Safe Steps is a specialist team"; not "Return Home Interviews is a
    commissioned service", "Advocacy is a commissioned service", "Safeguarding is a clear priority across the
    partnership")."""
    words, described = match.group("name").split(), match.group("described").split()
    return match.start("name") == 0 and len(words) >= 2 and any(_an_own_word(w) for w in words) \
        and not any(w.lower().strip("'’s") in _TIME_WORDS or w.lower() in _TIME_WORDS for w in words) \
        and len(described) <= 4 and not any(w in _PREPOSITIONS_BETWEEN for w in described) \
        and (any(w.endswith(("'s", "’s")) for w in described) or "single" in described
             or match.string[match.end("sep") : match.start("described")].strip() in ("the", "its", "their")
             and match.group("kind").lower() in _FRONT_DOOR_KINDS
             or _an_own_word(words[-1]) and words[-1].lower() not in _WORK_DONE)


def _discover_described_names(sentence: str, registry: BodyRegistry) -> None:
    """A name, then in apposition what kind of body it is: the name is that body ("Awaken, the
    multi-agency team co-located with the police"), one with the generic body the description names
    where one was found there ("Safe Wyre, the borough's community safety partnership")."""
    for match in prefilter.finditer(_SHORT_THEN_NAME_DESCRIBED, sentence) if "(" in sentence else ():
        name, acronym = _tidy(match.group("name")), match.group("acronym")
        if _initials_match(name, acronym) and not _GENERIC_WHOLE.fullmatch(name) and council_for(name) is None \
                and not any(w.lower() in _CLAUSE_WORDS for w in match.group("described").split()) \
                and registry.aliases.get(acronym) is None:
            body_type, kind = _described_kind(match.group("kind"), match.group("described").split())
            registry.add(_Found(name, body_type, kind, 0, 0, (acronym,), defines=True), proper=True)
    for match in prefilter.finditer(_NAME_THEN_DESCRIBED, sentence):
        if match.group("sep") != "," and not _named_then_said_to_be(match):
            continue  # (see ``_named_then_said_to_be``)
        name = _tidy(match.group("name")).strip("‘’'")
        name = _with_title_before(sentence, name, match.start("name"))[0]  # "Help at Hand, the advice service of …"
        if _A_TITLES_WORD_AND_A_BEFORE.search(sentence, max(0, match.start("name") - 40), match.start("name")) \
                and sentence.startswith(name, match.start("name")):
            continue  # "Every Child a Singer, the council's … programme": the end of a title the text cannot read whole
        if " and " in name:
            left, right = name.rsplit(" and ", 1)
            right = right.removeprefix("the ")  # "the Wyre Board and the Safer Wyre Partnership, the …": the one described is the last
            left = left.removeprefix("The ").removeprefix("the ")  # "The YOS and Wyre First, the …"
            if right[:1].isupper() and (registry.aliases.get(left) or registry.lower_aliases.get(left.lower()) or _ACRONYM_LED.fullmatch(left)
                                        or _ANY_HEAD_END.search(left) and not left.endswith(" Health")):  # ("Wyre Health and Care": one)
                name = right  # "the YOT and Wyre Careers, the careers company that …": a body found already, then the one described
        words = name.split()
        if len(words) > 1 and (words[0].lower() in _CONJUNCTIONS or words[0].lower() in ("through", "via")) \
                and _at_sentence_start(sentence, match.start("name")):
            words = words[1:]  # "When Journeys, the council's emotional health service, …": the name after the connective
            # ("Through Wyre Options, Anyshire's approach …": after the way it is done; "Unlike Wyre Hope, the hub …" compares)
            name = " ".join(words)
        described = match.group("described").split()
        owned_by_place = bool(described) and described[0][:1].isupper() and described[0].endswith(("'s", "’s"))  # "Name, Anyshire's …"
        upper = [i for i, w in enumerate(described) if w[:1].isupper() and not (i == 0 and owned_by_place)
                 and not w.endswith(("-based", "-wide", "-led"))]  # "a Handsworth-based youth project": where, not a name
        if upper and " ".join(described[upper[0] : upper[-1] + 1]) in _REGION_NAMES:
            upper = []  # "the West Midlands exploitation hub": a region's, not a list of names
        plain = described[: upper[0]] + described[upper[-1] + 1 :] if upper else described  # "a Department for Education initiative"
        # words that would describe a person, less whom a service is for ("a young people's … service"); none for a
        # forum, which gathers people ("the parent carer forum")
        of_a_person = re.sub(r"\byoung people['’]?s?\b|\bchild(?= [a-z])", "", " ".join(plain)).split() if match.group("kind").lower() != "forum" else []
        # ("the city's child development service": "child" says what the service is for, not a person)
        if any(w.lower() in _CLAUSE_WORDS for w in described) or re.search(r"\b(?:of|in|by|for|from|to|with|at|on) (?:the|a|an)\b",
                                                                           " ".join(plain)) or any(w.lower() in _DESCRIPTION_NOT_OF_A_BODY or w.lower() in PHRASE_ROLES
               or w.lower().rstrip("s") in PHRASE_ROLES for w in of_a_person) \
                or any(any(c.isdigit() for c in w) and not _AGE_RANGE_WORD.fullmatch(w) for w in plain) \
                or len(described) > 7 \
                or re.match(r"\s*,\s+(?:(?:and|or)\s+)?(?:the\s|an?\s|[A-Z‘'])", sentence[match.end("kind") :]) \
                or re.search(r",\s*$", sentence[: match.start("name")]):
            continue  # "A, the B service, the police and C": a list; "Sarah, the manager of the service": a person
        owner = described[0][:-2] if owned_by_place else ""
        if owner and council_for(owner) is None and not registry.lower_aliases.get(owner.lower()):
            continue  # "Name, Anyshire's …": a council's or a known body's own, not anyone's
        kind_word = match.group("kind").lower()
        if kind_word == "home" and (len(name.split()) < 2 or not any(
                w.lower().strip("’'") in _KINDS_OF_CHILDRENS_HOME or w.lower().endswith("-bed") for w in described)
                or _an_address(name)
                or re.search(r"\b(?:older|elderly|adults?)\b", sentence[match.end("kind") : match.end("kind") + 30])):
            continue  # "Anyford, a home to many families": a place; "Wyre House, the council's short-break home" is one
        if owned_by_place and len(name.split()) == 1 and kind_word not in ("front door", "programme", "initiative", "scheme", "project",
                                                                          "children in care council") and not (
                kind_word in ("service", "team", "unit") and name not in _place_name_words() and not _A_TIME.search(name)
                and (_PARTNER_BEFORE.search(sentence, max(0, match.start("name") - 14), match.start("name")) is not None
                     or match.start("name") == 0 and " " not in match.group("name").strip())):
            continue  # "Truro, Cornwall's administrative centre": one word before a place's hub or centre may be a town
            # (not before its service or team, named after "from", "by" or "with" or opening the sentence: "help from Haven,
            # Anyshire's adolescent service"; not "Within Anyford, Anyshire's district team", a town)
        if kind_word in ("model", "approach") and not match.group("acronym") and not (
                owned_by_place and len(words) >= 2 and all(w[:1].isupper() for w in words) and not _opens_sentence(words[0])
                and council_for(name) is None and not _only_an_area(words)
                and words[0].lower() not in _PREPOSITIONS_OPENING):
            continue  # "Supervision, Anyshire's model for reflective practice", "a role model": a model named with its short form only
            # (or a title of capitals the council owns: "Safer Wyre, Anyshire's partnership approach to …")
        capitals = " ".join(described[upper[0] : upper[-1] + 1]) if upper else ""
        defined = bool(match.group("acronym")) and _initials_match(_tidy(match.group("name")), match.group("acronym"))
        if kind_word == "point of contact" and (not defined or any(_is_post(w) for w in words)
                                                or _people_at_work(words[-1]) and not words[-1].endswith("s")
                                                or words[-1].lower() in ("guardian", "interview", "interviews")
                                                or words[-1].lower() != "work" and _an_arrangements_word(words[-1])):
            continue  # "Jane Smith is the single point of contact", "the Virtual School Headteacher (VSH) is …", "the Adoption
            # Champion (AC) …", "the Early Help Assessment (EHA) …": as often a person or a piece of work; a service's name
            # has its short form
        if capitals and not (council_for(capitals.removesuffix("'s").removesuffix("’s")) is not None
                             or any(f.national for f in _generic_matches(capitals))
                             or defined):  # "BASE (…), a specialist Barnardo's service", "ACT (…), the Greater Manchester model"
            continue  # "Wyre Families First, the Lantern service, …": a list of names (but "a Department for Education initiative")
        if words[0] == "The" and len(words) > 1:
            words = words[1:]
            name = " ".join(words) if match.start("name") == 0 else name
        at_start = match.start("name") == 0 or sentence[: match.start("name")].rstrip().endswith((".", ":"))
        if len(words) == 1 and (at_start and (words[0].lower() in PHRASE_SOFT_STOP | PHRASE_ROLES | PHRASE_STOP | PHRASE_SECTOR
                                              | PEOPLE_SERVED | _PEOPLE_AT_START or words[0].lower().endswith("ly"))
                                or _ACRONYM_LED.fullmatch(words[0])):
            continue  # "Leaders, the …", "Recently, the …", "MASH, the hub": a sentence's word, a short form
        titled = len(words) >= 2 and all(w[:1].isupper() or i and w.isdigit() for i, w in enumerate(words)) \
            and words[0].lower() not in PHRASE_STOP \
            and words[0].lower() not in _SMALL_IN_TITLES and not _opens_sentence(words[0]) \
            and council_for(name) is None and (not _generic_matches(name) or defined and not _GENERIC_WHOLE.fullmatch(name))
        # ("Wyre Solutions, the council's … service"; "Barnardo's Against Sexual Exploitation (BASE), …": a name with its short form)
        if not (titled or _could_name_a_partner(name, words[0])) or _opens_sentence(words[0]) or _A_TIME.search(name) \
                and not _SEASON_THEN_PLACE.fullmatch(name) \
                or any(w.lower() in PHRASE_ROLES for w in words) or police_force_for(name) or _NOT_A_BODY_NAME.search(name) \
                or name.lower() in NOT_BODY_NAMES or _only_an_area(words) or not re.search(r"[A-Za-z]{2}", name) \
                or registry.lower_aliases.get(name.lower()) or registry.aliases.get(name):
            continue
        body_type, kind = _described_kind(kind_word, described)
        if "commissioned" in described and kind_word in ("service", "team", "unit"):
            body_type, kind = "PartnerOrganisation", "VoluntaryOrganisation"  # "Wyrelight, Anyshire's commissioned … service": a provider
        acronym = match.group("acronym")  # "Forward Thinking Wyre (FTW), the city's mental health service"
        acronyms = (acronym,) if acronym and _initials_match(name, acronym) else ()
        found = _Found(name, body_type, kind, 0, 0, acronyms, defines=bool(acronyms))
        key = registry.add(found, _is_proper(found, registry.authority_names)).key
        whose = [i for i, w in enumerate(described) if w.endswith(("'s", "’s")) and w.lower()[:-2] not in PEOPLE_SERVED
                 and w.lower() not in PEOPLE_SERVED]  # whose it is, not whom it serves ("children's", "women's")
        if whose:  # "the borough's community safety partnership": the council's own, found there
            owner_at = whose[0]
            generic = " ".join(described[:owner_at] + described[owner_at + 1 :]) + " " + match.group("kind")
            _merge_described(registry, key, generic.strip())
        elif any(w.endswith(("-based", "-wide")) or w[:1].isupper() for w in described):
            # "Youth Ventures, a Wyre-based youth project": the description found as a body of its own is this one
            _merge_described(registry, key, " ".join([*described, match.group("kind")]))
            body = registry.bodies.get(registry.merged.get(key, key))
            for label in list(body.short_forms) if body is not None else ():
                if re.fullmatch(r"[A-Z][\w’'-]*-(?:based|wide)", label):  # "Wyre-based": where, no name of it
                    body.short_forms.remove(label)
                    registry.aliases.pop(label, None)
                    registry.lower_aliases.pop(label.lower(), None)


#: Capitalised words and a title's small word right before a name: "Adopt Hills to" of "Adopt Hills to Sea".
_TITLE_BEFORE_SMALL = re.compile(r"(?:^|(?<=\s))(?P<run>(?:[A-Z][\w’'&-]*\s+)+)(?P<small>to the|to|on|upon|at|with a|with|by|r|n)\s+$")


def _with_title_before(sentence: str, name: str, name_at: int) -> tuple[str, int]:
    """A name found after a small word of a title, with the title's words before it, and where it
    starts ("Hand" of "Help at Hand" → "Help at Hand"); the name as found where no title runs into it."""
    title_at = _title_start(sentence, name_at)
    return (_tidy(sentence[title_at:name_at]) + " " + name, title_at) if title_at < name_at else (name, name_at)


def _title_start(sentence: str, name_at: int) -> int:
    """Where a name found after a small word of a title starts: "Adopt Hills to Sea", "Anyshire
    Association on Disability", "Wyre Aid to the Homeless", "Step by Step"; not "Referrals to Anyshire Hope" (one word opening the sentence)."""
    run = _TITLE_BEFORE_SMALL.search(sentence, 0, name_at)
    if run is None:
        return name_at
    words = run.group("run").split()
    if run.group("small") == "by":  # "Step by Step, a charity": one word on each side, the same ("provided by Anyshire Hope" is a verb's)
        return run.start() if len(words) == 1 and sentence[name_at:].split()[0].rstrip(",.;:") == words[0] else name_at
    short_title = len(words) == 1 and re.match(r"[A-Z][a-z]+\s*[,.;]", sentence[name_at:]) is not None  # "Care to Learn, a charity"
    if len(words) > 3 or any(_MONTHS.search(w) or w.endswith(("'s", "’s", "s’")) or w.lower() in PHRASE_SECTOR and not short_title
                             for w in words) \
            or run.group("small").startswith("to") and any(w.lower().rstrip("s") in PHRASE_HEADS or _ANY_HEAD_END.search(w) for w in words):
        return name_at  # "the Family Finding Team to Adopt …", "in April to Adopt …": a body or a time, then a verb's "to"
    small = run.group("small")
    if small in ("at", "with", "with a") and (not short_title or council_for(sentence[name_at:].split(",")[0].strip()) is not None
                                              or _ANY_HEAD_END.search(words[0]) or words[0].lower().rstrip("s") in PHRASE_HEADS):
        return name_at  # "Help at Hand, the …", "Families with a Future, the …": one word each side; not "the Freedom
        # Programme with Wyre Hope, a charity", "Wyre Hope at Anyford, the … service"
    one_word_title = small in ("r", "n", "at", "with a")  # never a sentence's first words before a name
    if words[0].lower() in LEADING_NON_NAME or _opens_sentence(words[0]) or (run.start() == 0 and len(words) < 2 and not one_word_title) \
            or any(w.lower() in PHRASE_ROLES or w.lower() in PHRASE_STOP for w in words) or council_for(run.group("run").strip()) is not None:
        return name_at
    return run.start()


#: NHS commissioners named by a list of their areas before one plural kind: "the North Anyshire and
#: Wyre Vale clinical commissioning groups", "the Anyshire Heartlands and Wyre ICBs".
_COMMISSIONERS_LISTED = re.compile(
    r"(?P<list>[A-Z][\w'’-]*(?:(?:,\s+|\s+)(?:(?:and|of|with|upon)\s+)?(?:(?<=and\s)the\s+)?[A-Z][\w'’-]*){2,11})\s+"  # "NHS Vale of Wyre", "Anyford with Eastvale"
    r"(?P<kind>[Cc]linical [Cc]ommissioning [Gg]roups|CCGs|[Ii]ntegrated [Cc]are [Bb]oards|ICBs)\b")


_COUNT_BEFORE_KIND = re.compile(r"\b(" + "|".join(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 7) + r")\s+(?:NHS\s+)?$", re.IGNORECASE)
#: The commissioners named after their plural kind: "the three clinical commissioning groups (CCGs),
#: North Wyre, Anyford and Eastvale, fund …", "the two ICBs: Wyre and Anyford".
_COMMISSIONERS_NAMED_AFTER = re.compile(
    r"(?P<kind>[Cc]linical [Cc]ommissioning [Gg]roups|CCGs|[Ii]ntegrated [Cc]are [Bb]oards|ICBs)(?:\s*\((?:CCGs|ICBs)\))?[,:]\s+"
    r"(?P<list>[A-Z][\w'’&-]*(?:(?:,\s+|\s+)(?:and\s+)?[A-Z][\w'’&-]*){1,11})(?=\s*[,;.)]|\s+[a-z])")


def _the_before(sentence: str, at: int) -> bool:
    """Whether "the" comes right before ``at`` (a list's first name)."""
    return re.search(r"\bthe\s+$", sentence[max(0, at - 8) : at], re.IGNORECASE) is not None


def _list_of_names(text: str) -> str:
    """A list of names before one plural kind, without the sentence's words before its first name
    ("The", "In May", "Meanwhile", "NHS")."""
    words = text.split()
    while words and (words[0] in ("The", "NHS") or words[0].strip(",").lower() in LEADING_NON_NAME
                     or _opens_sentence(words[0].strip(",")) or _MONTHS.search(words[0])):
        words = words[1:]
    listed = " ".join(words)
    while (before := re.match(r"(.+?)(?:,|\s+and)\s+the\s+(?=[A-Z])", listed)) is not None and _ANY_HEAD_END.search(before.group(1)):
        listed = listed[before.end() :]  # "Wyre City Council and the Anyford and Vale CCGs": a body named whole, then the list
    return listed


#: The last words of a trust's or commissioner's own name: an "and" after one joins two names
#: ("Anyshire Community Healthcare and Wyre and Vale Partnership").
_LISTED_NAME_ENDS = {"healthcare", "health", "hospital", "hospitals", "partnership", "care", "services", "valleys"}


_COMPASS_PAIR = re.compile(r"(North|South|East|West|Central) and (North|South|East|West|Central) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _names_listed(listed: str, opened_by_the: bool = True) -> list[str] | None:
    """The names in a list before one plural kind, split at the commas and at the "and" that joins
    two names; ``None`` where the text cannot say which "and" that is. Where "the" opens each name
    after the first, the first is one only when "the" opens it too (``opened_by_the``). An "and" between two compass
    words is inside a name ("East and North Anyshire"); of two other "and"s, the one after a name's
    last word (``_LISTED_NAME_ENDS``) joins two names ("Wyre Healthcare and Vale and Eastford Partnership")."""
    if re.search(r"(?:,|\s+and)\s+the\s+[A-Z]", listed):
        # "the Wyre and Vale and the Anyford and Eastvale NHS trusts": "the" opens each name after the first
        parts = [p.strip() for p in re.split(r",?\s+and\s+the\s+|,\s+the\s+", listed) if p.strip()]
        if not opened_by_the:
            parts = parts[1:]  # "Locala and the Wyre and Vale and the Anyford NHS trusts": the names "the" opens, not the one before
        return parts if all(p[:1].isupper() for p in parts) else None
    items = [p.strip() for p in re.split(r",\s+(?:and\s+)?", listed) if p.strip()]
    if not items:
        return None
    pieces = [items[-1].split(" and ")[0]]
    points_listed = any(item.lower() in _COMPASS for item in items[:-1])  # "North, Central and South Anyshire": points of one place
    for piece in items[-1].split(" and ")[1:]:
        if pieces[-1].split()[-1].lower() in _COMPASS and piece.split()[0].lower() in _COMPASS and not points_listed:
            pieces[-1] += " and " + piece  # "East and North Anyshire"
        else:
            pieces.append(piece)
    if len(pieces) > 2:
        ends = [i for i, piece in enumerate(pieces[:-1]) if piece.split()[-1].lower() in _LISTED_NAME_ENDS]
        if len(ends) != 1:
            return None  # "A and B and C": which "and" joins two names, the text cannot say
        pieces = [" and ".join(pieces[:ends[0] + 1]), " and ".join(pieces[ends[0] + 1:])]
    if len(items) == 1 and len(pieces) == 1 and (joined := _COMPASS_PAIR.fullmatch(pieces[0])):
        # "the North and South Wyre CCGs": one name would not be plural; two compass points, one place
        return [f"{joined.group(1)} {joined.group(3)}", f"{joined.group(2)} {joined.group(3)}"]
    parts = [*items[:-1], *pieces]
    last = parts[-1].split()
    if len(parts) > 1 and len(last) > 1 and last[0].lower() in _COMPASS and any(p.lower() in _COMPASS for p in parts[:-1]):
        # "the North, Central and South Anyshire CCGs": each compass point of the one place
        parts = [f"{p} {' '.join(last[1:])}" if p.lower() in _COMPASS else p for p in parts]
    return parts


def _discover_commissioners_listed(sentence: str, registry: BodyRegistry) -> None:
    """Each NHS commissioner a list of areas before or after one plural kind names, under its own
    name ("the North Anyshire and Wyre Vale clinical commissioning groups", "the two CCGs, North
    Anyshire and Wyre Vale,": two groups; see ``_names_listed`` for the "and"s inside names). A list
    whose parts the text cannot tell, or that does not give the count the text states, is left to
    the plural kind."""
    matches = [*prefilter.finditer(_COMMISSIONERS_LISTED, sentence), *prefilter.finditer(_COMMISSIONERS_NAMED_AFTER, sentence)]
    for match in matches:
        listed = _list_of_names(match.group("list"))
        # "NHS Greater Wyre and NHS Anyford and South Vale": each name opens with "NHS", the "and"s between are inside names
        nhs_named = re.split(r",?\s+and\s+NHS\s+|,\s+NHS\s+", listed) if re.search(r"(?:\sand|,)\s+NHS\s", listed) else None
        parts = nhs_named or _names_listed(listed, _the_before(sentence, match.start("list") + max(match.group("list").find(listed), 0)))
        if parts is None or re.search(r"\b(?:County|Council|Borough|District)\b", listed) or re.search(r"\bCity\b", listed) and "," in listed \
                or any(p in ("City", "Districts") for p in parts):
            continue  # "Wyre, Anyford and Westvale and Eastvale", "Anyford City, Anyford Districts and Vale, …": which "and"
            # or comma ends a name, the text cannot say; "the City and Anyford CCGs": "City" alone names no area
        count_at = match.start("list") if match.re is _COMMISSIONERS_LISTED else match.start("kind")  # "the three A, B and C CCGs"
        counted = _COUNT_BEFORE_KIND.search(sentence, max(0, count_at - 12), count_at)
        if counted is not None and NUMBER_WORDS[counted.group(1).lower()] != len(parts):
            continue  # "the two CCGs, Anyford, Eastvale and Westby, and Vale of Wyre": the names hold commas
        if len(parts) < 2 or len(parts) > 6 or any(p.lower() in _COMPASS or not p[:1].isupper() for p in parts) \
                or any(w.lower() in PHRASE_HEADS or w.lower() in PHRASE_ROLES for p in parts for w in p.split()):
            continue
        ccg = match.group("kind").lower().startswith(("clinical", "ccg"))
        kind_name = "Clinical Commissioning Group" if ccg else "Integrated Care Board"
        at = 0  # where each part's own words start in the list
        for part in parts:
            at = listed.find(part.split()[0], at)
            name = f"NHS {part} {kind_name}" if nhs_named else f"{part} {kind_name}"
            if registry.lower_aliases.get(name.lower()) or registry.lower_aliases.get(f"nhs {name.lower()}") \
                    or not nhs_named and registry.lower_aliases.get(part.lower()) and council_for(part) is None:
                continue  # (an area that is another body's name would take its mentions; "NHS West Wyre" is the NHS's)
            councils_area = not nhs_named and council_for(part) is not None  # "South Tyneside": the council's mentions stay the council's
            # "North" of "the North, Central and South Anyshire CCGs": the rest of the list from its point on is its mention
            listed_from = f"{listed[at:]} {match.group('kind')}" if match.re is _COMMISSIONERS_LISTED else ""
            held = registry.lower_aliases.get(listed_from.lower())
            if held is not None and held in registry.bodies and registry.bodies[held].generic:
                # "South Anyford clinical commissioning groups", read first as the generic kind: the last group's mention
                del registry.lower_aliases[listed_from.lower()]
                generic = registry.bodies[held]
                generic.short_forms = [f for f in generic.short_forms if f.lower() != listed_from.lower()]
            written_kind = re.sub(r"s$", "", match.group("kind"))  # "North Wyre CCG" of "the North and South Wyre CCGs"
            commissioner = registry.add(_Found(name, "HealthBody", "ClinicalCommissioningGroup" if ccg else "IntegratedCareBoard", 0, 0,
                                               aliases=(*(() if nhs_named or councils_area else (part,)), f"{part} {written_kind}",
                                                        *((f"NHS {part}",) if nhs_named else ()), *((listed_from,) if listed_from else ())),
                                               coordinated=bool(listed_from)), proper=True)
            for read_first in dict.fromkeys((f"nhs {part.lower()}", f"nhs {part.split(' and ')[0].lower()}")) if nhs_named else ():
                other = registry.lower_aliases.get(read_first)  # "NHS West Wyre", read first as a primary care trust's name
                if other is not None and other != commissioner.key and other in registry.bodies \
                        and registry.bodies[other].kind == "PrimaryCareTrust" and registry.bodies[other].name.lower() == read_first:
                    _merge(registry, commissioner.key, other)


_TRUSTS_LISTED = re.compile(
    r"(?P<list>[A-Z][\w'’-]*(?:(?:,\s+|\s+)(?:(?:and|of|the|upon|on)\s+)*[A-Z][\w'’-]*){1,16})\s+"
    r"(?P<kind>NHS (?:[Ff]oundation )?[Tt]rusts)\b")


def _discover_trusts_listed(sentence: str, registry: BodyRegistry) -> None:
    """Each NHS trust a list of names before one plural kind names, under its own name ("the Anyshire
    General, Wyre Valley University Hospitals and Eastvale Hospital NHS foundation trusts": three; a
    one-word name among longer ones too, "the Wyre Teaching Hospitals and Airedale NHS trusts").
    The last comma's part splits at its last "and"; without a comma one "and" only, else the text
    cannot say which "and" joins two names. A part found already alone (a hospital's name) is that trust."""
    for match in prefilter.finditer(_TRUSTS_LISTED, sentence):
        listed = _list_of_names(match.group("list"))
        parts = _names_listed(listed, _the_before(sentence, match.start("list") + max(match.group("list").find(listed), 0)))
        if parts is None or len(parts) < 2:
            continue  # "A and B and C", "A, B and C and D": which "and" joins two names, the text cannot say
        if len(parts) > 6 or any(not p[:1].isupper() or p.split()[-1].lower() in ("and", "of", "the") for p in parts) \
                or any(" " not in p for p in parts) and (len(parts) != 2 or "," in listed or all(" " not in p for p in parts)) \
                or any(w.lower() in PHRASE_ROLES for p in parts for w in p.split()):
            continue
        kind_name = "NHS Foundation Trust" if "oundation" in match.group("kind") else "NHS Trust"
        first_key = ""
        for part in parts:
            found = registry.add(_Found(f"{part} {kind_name}", "HealthBody", "NHSTrust", 0, 0), proper=True)
            alone = registry.lower_aliases.get(part.lower())
            if alone is not None and alone != found.key and alone in registry.bodies \
                    and registry.bodies[alone].name.lower() == part.lower() and registry.bodies[alone].body_type != "LocalAuthority":
                _merge(registry, found.key, alone)  # "Wyre Valley University Hospitals", found alone before: the trust (a
                # council of the same place's name stays the council: "the Kent Community Health and Medway NHS trusts")
            else:
                registry.register_alias(part, found.key)
            first_key = first_key or found.key
        whole = registry.lower_aliases.get(listed.lower())
        if whole is not None and whole in registry.bodies and whole != first_key:
            # "the Anyshire Community Health and Wyre Partnership …": the whole list read as one body by the phrase
            # finder is the first trust's mention, the others found inside it
            _merge(registry, first_key, whole)
            trust = registry.bodies[first_key]
            trust.short_forms = [f for f in trust.short_forms if f.lower() != listed.lower()]
            registry.coordinated.add(listed.lower())


def _could_name_a_partner(name: str, first: str = "") -> bool:
    """Whether ``name`` may be a partner's own name: its first word (``first``, where an article before
    it is left out) no small or sentence word, and the whole no council, generic kind or short form."""
    return (first or name.split()[0]).lower() not in LEADING_NON_NAME and council_for(name) is None \
        and not _generic_matches(name) and not _ACRONYM_LED.fullmatch(name)


#: A national charity's own service or project, by the charity's name and its own in capitals: "Barnardo's
#: Futures", "Barnardo's Against Sexual Exploitation", "NSPCC Pantosaurus" (national charities that name their services so).
_CHARITY_AND_ITS_SERVICE = re.compile(
    r"(?<![\w’'-])(?P<owner>Barnardo['’]s|NSPCC|Catch22)\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]*|against|for|of|in)){0,4}"
    r"(?:\s+(?:project|service|team|scheme|programme|hub)(?![\w’'-]))?)")


def _discover_charities_services(sentence: str, registry: BodyRegistry) -> None:
    """"Barnardo's Futures", "Barnardo's BASE": a national charity's own named service, a body of its own
    that is part of the charity; not the charity before a sentence's next word or a kind ("Barnardo's Service")."""
    for match in prefilter.finditer(_CHARITY_AND_ITS_SERVICE, sentence):
        name = _TRAILING_SMALL.sub("", match.group("name"))
        words = name.split()
        if (words[0].lower() in LEADING_NON_NAME or _opens_sentence(words[0])) and len(words) == 1 \
                or words[0].lower() in PHRASE_HEADS or words[0].lower().rstrip("s") in PHRASE_HEADS \
                or council_for(name) is not None or _MONTHS.search(name) or words[0].lower() in ("the", "a", "an", "in", "at", "on", "for", "of", "with", "from", "to", "by", "and") \
                or any(w.lower() in PHRASE_ROLES for w in words) or _NOT_A_BODY_NAME.search(name):
            continue  # "Barnardo's The …", "Barnardo's Service", "Barnardo's Leeds" (a branch's place, read as a brand's), "… Project Worker"
        owner = registry.aliases.get(match.group("owner").replace("’", "'")) or registry.lower_aliases.get(match.group("owner").lower())
        registry.add(_Found(f"{match.group('owner')} {name}", "Service", "TeamOrService", 0, 0, part_of=owner or ""),
                     proper=False)  # a local service of the charity's, one node per council ("Barnardo's Leaving Care Service (Wyre)")


def _discover_providers(sentence: str, registry: BodyRegistry) -> None:
    """Voluntary organisations named beside their kind: "Anyshire Hope, an independent provider",
    "St Anyshire's voluntary organisation", "the commissioned charity Anyshire Insight"."""
    for match in prefilter.finditer(_NAME_THEN_PROVIDER, sentence):  # "Anyshire Hope, an independent provider,"
        if bool(match.group("plural")) != bool(match.group("one_of")):
            continue  # "…, one of the consortium's member charities": one of several; "…, the local providers": several
        name = _tidy(match.group("name"))
        if name.endswith(("'", "’")) and sentence[: match.start("name")].endswith(("'", "‘")):
            name = name[:-1]  # "'Anyshire Hope', a charity": the name, not its closing quote
        if " at " in name and (name.split(" at ")[0].lower() in PHRASE_SOFT_STOP | PHRASE_SECTOR | PHRASE_ROLES | LEADING_NON_NAME
                               or name.split(" at ")[0].lower().rstrip("s") in PHRASE_ROLES):
            name = name.split(" at ", 1)[1]  # "Staff at Wyre Lodge, a private provider": the provider is Wyre Lodge
        name = _with_title_before(sentence, name, match.start("name"))[0]  # "Anyshire Association on Disability, a charity"
        pair = _TWO_NAMES.fullmatch(name)
        if pair is not None and all(len(pair.group(side).split()) >= 2 for side in ("first", "second")):
            # "the College and Anyshire Futures, the city's youth charity": the one described is the last
            name = pair.group("second")  # (the first may be a person, a post or another body: left to the other finders)
        elif " and " in name and re.search(r"\b(?:of|the)\b", name.rsplit(" and ", 1)[0]):
            name = name.rsplit(" and ", 1)[1]  # "The Leader of the Council and Anyshire Hope, a local charity"
        words = name.split()
        if words[0] == "The" and len(words) > 1:
            words = words[1:]  # "The Harbour, a local charity": the name's article, checked without it
            if match.start("name") == 0 and len(words) > 1:
                name = " ".join(words)  # "The Anyford Foundation, a local charity, …": the sentence's article
        brand = len(words) == 1 and _ACRONYM_LED.fullmatch(name) and match.start("name") > 0 \
            and council_for(name) is None and not _generic_matches(name)  # "WDAS, a regional domestic abuse charity"
        first_word_only = match.start("name") == 0 and len(words) == 1 and (
            words[0].lower() in PHRASE_SOFT_STOP | PHRASE_ROLES | PHRASE_STOP | PHRASE_SECTOR)  # "Additionally, a charity …"
        titled = match.start("name") > 0 and len(words) >= 2 and words[0].lower() not in _SMALL_IN_TITLES | SENTENCE_OPENERS \
            and all(w[:1].isupper() or w in ("of", "for", "and", "in", "&") for w in words) \
            and council_for(name) is None and not _generic_matches(name)  # "the efforts of Community Wyre, a local charity"
        numbered = len(words) == 2 and words[0].lower() in NUMBER_WORDS and words[1][:1].isupper() \
            and words[1].lower() not in PHRASE_SECTOR | PHRASE_ROLES | PEOPLE_SERVED and council_for(words[1]) is None \
            and not _generic_matches(name)  # "Five Oaks, an Anyford-based charity": a name's own number
        numbered = numbered or len(words) >= 3 and words[0] == "A" and all(w[:1].isupper() for w in words) \
            and not _generic_matches(name) and not _NOT_A_BODY_NAME.search(name)  # "A Way Out, a charity": a title opening with "A"
        if (brand or titled or numbered or _could_name_a_partner(name, words[0])) and not first_word_only \
                and not _holds_a_time(name) and (numbered or not _opens_sentence(words[0])) and not _only_an_area(words):  # not "a North East charity"
            acronym = match.group("acronym")  # "Anyshire Together (AT), the company the council owns,"
            acronyms = (acronym,) if acronym and _initials_match(name, acronym) else ()
            registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0, acronyms, defines=bool(acronyms)),
                         proper=True)
    for match in prefilter.finditer(_LOCAL_NAME_FOR, sentence):  # "Wyre Together, the local name for the … programme"
        name = _tidy(match.group("name")).strip("‘’'")
        name = _with_title_before(sentence, name, match.start("name"))[0]  # "Families with a Future, the city's version of …"
        words = name.split()
        if words[0] == "The" and match.start("name") == 0 and len(words) > 1:
            name, words = " ".join(words[1:]), words[1:]
        bare_the = match.group("the") and not re.match(r"the\s+(?:council|borough|city|county|local\s+authority)['’]s", sentence[match.start("the") :])
        if match.group("national") and (bare_the or _NOT_A_BODY_NAME.search(name) or all(council_for(p) for p in name.split(" and ")) or _DOCUMENT_END.search(name)
                                        or any(w.lower() in PHRASE_ROLES for w in words) or re.search(r",\s*$", sentence[: match.start("name")])):
            continue  # "The Improvement Plan, the council's response to …", "A Plan, Built on Hope, …": a document, a post, a title's end
        if _could_name_a_partner(name, words[0]) and not _opens_sentence(words[0]) and not _holds_a_time(name):
            acronym = match.group("acronym")  # "Anyshire Action for Families (AAF), the council's response to …"
            acronyms = (acronym,) if acronym and _initials_match(name, acronym) else ()
            registry.add(_Found(name, "Service", "Programme", 0, 0, acronyms, defines=bool(acronyms)), proper=True)
    for match in prefilter.finditer(_KIND_THEN_NAME, sentence):  # "the recruitment campaign, Foster Anyshire,"
        name = _tidy(match.group("name") or match.group("local") or match.group("locally")).strip("‘’'")
        if match.group("locally") and _singular_head(name.split()[0].lower()) in PHRASE_HEADS \
                or all(w.lower() in PHRASE_SECTOR or w.lower() in _WORDS_OF_THE_TRADE or w.lower() in _CONNECTORS for w in name.split()):
            continue  # "delivered locally as Team Around the Family", "… as Family Support": a kind, the trade's words
        if match.group("campaign") and match.group("end") != ",":
            continue  # "… helped by a recruitment campaign, 'Foster Wyre'.": a campaign ending its sentence, what it is left unsaid
        if _could_name_a_partner(name) and not _holds_a_time(name) and registry.lower_aliases.get(name.lower()) is None \
                and not _only_an_area(name.split()) and not all(w.lower() in _AREA_WORDS for w in name.split()):
            body_type, kind = ("Service", "Programme") if not match.group("partner") \
                else ("PartnerOrganisation", "AdoptionAgency") if re.match(r"Adopt", name) \
                else ("Board", "Partnership") if match.group("partner") == "consortium" else ("PartnerOrganisation", "VoluntaryOrganisation")
            registry.add(_Found(name, body_type, kind, 0, 0), proper=True)  # "its local consortium, Adoption 22."
    for match in prefilter.finditer(_TEAM_THEN_NAME, sentence):  # "the council's specialist team, Spotlight, is co-located …"
        name = _tidy(match.group("name")).strip("‘’'")
        if (placed := re.search(r"\s(?:at|in|on)\s+([A-Z][\w’'-]+)$", name)) is not None and (
                placed.group(1) in _place_name_words() or council_for(placed.group(1)) is not None
                or _BUILDING_WORD.search(name[: placed.start()])):
            name = name[: placed.start()]  # "the short-break unit, Elm Lodge at Anyford,": the home, then where
        if _could_name_a_partner(name) and not _holds_a_time(name) and registry.lower_aliases.get(name.lower()) is None \
                and not _only_an_area(name.split()) and not _ANY_HEAD_END.search(name) \
                and not _an_address(name) and not _WEEKDAY.search(name) and not _A_STAGE.search(name) \
                and name.lower() not in NOT_BODY_NAMES:
            # (not "its home, 12 Church Road,", "the team, Monday,", "the programme, Wave 1,", "…, Working Together to …,")
            kind = "Programme" if match.group("head") in ("model", "approach", "scheme", "programme", "project", "initiative") \
                else "TeamOrService"  # "its practice model, Wyre Way,", "a new development programme, Grow Wyre, is …"
            registry.add(_Found(name, "Service", kind, 0, 0), proper=True)
    for match in prefilter.finditer(_CARE_PLACE_AT, sentence):  # "the short-break unit at Hollies Lodge"
        name, kind = _tidy(match.group("name")), match.group("kind")
        if name.split()[0].lower() in LEADING_NON_NAME or _generic_matches(name) or police_force_for(name):
            continue
        kind_of_care = _PLACE_OF_CARE_KIND.search(kind)
        at = f"{kind[kind_of_care.start() :] if kind_of_care else kind} at {name}"
        if _BUILDING_WORD.search(name) and registry.lower_aliases.get(name.lower()) is None:
            registry.add(_Found(name, "Service", "TeamOrService", 0, 0, aliases=(at,)), proper=True)  # the building's name, its kind and where
        elif kind_of_care is not None and kind_of_care.end() == len(kind) and registry.lower_aliases.get(at.lower()) is None:
            registry.add(_Found(at, "Service", "TeamOrService", 0, 0), proper=True)  # "the family hub at Marshfields": its kind and where
    for match in prefilter.finditer(_BRAND_AND_PLACE, sentence):  # "YMCA Anyshire", "Anyshire and Wyre Mind"
        place = match.group("place") or match.group("place_before")
        name = _tidy(match.group(0))
        if " & " in place:  # "YMCA Anyshire & District"; not "YMCA Anyshire & Barnardo's", "Relate & Wyre Mind"
            before_amp, after_amp = place.split(" & ", 1)
            if match.group("place") and not (after_amp == "District" or _names_an_area(after_amp.split())):
                name, place = name[: name.index(" & ")], before_amp
            elif match.group("place_before") and not _names_an_area(before_amp.split()):
                name, place = name[name.index(" & ") + 3 :], after_amp
        if match.group("place") and " and " in place and " and " in name and council_for(place) is None \
                and not _names_an_area(place.split(" and ", 1)[1].split()):
            place = place.split(" and ", 1)[0]  # "Home-Start Anyford and Wyre Mission", "YMCA Wyreshire and Anyford Housing
            name = name[: name.index(" and ")]  # Trust": the brand's place, then another name
        if place.split()[0].lower() in LEADING_NON_NAME or _ANY_HEAD_END.search(place):
            continue  # "In North Anyshire Mind …", "YMCA Anyshire Council": a sentence's word, another body
        if name.startswith("Mind in ") and (joined := re.search(r" (?:and|&) ", place)) is not None and council_for(place) is None \
                and not all(w in _place_name_words() for w in place[joined.end() :].split()):
            place = place[: joined.start()]  # "Mind in Anyford and Anyford Carers": the branch, then another name
            name = f"Mind in {place}"  # (but "Mind in Anyford & Wyre": one branch of two places)
        if name.startswith("Mind in ") and not _names_an_area(place.split()):
            continue  # "Mind in Anyford": a council's place only (not "peace of Mind in Wyre Lodge")
        if match.group("place") or _names_an_area(place.split()):  # "YMCA Wyreshire": a brand, then where (any place)
            body_type, kind = _BRAND_KINDS.get(name.split()[0], ("PartnerOrganisation", "VoluntaryOrganisation"))
            registry.add(_Found(name, body_type, kind, 0, 0), proper=True)
    for match in prefilter.finditer(_PLACE_YMCA, sentence):  # "Leeds YMCA"
        place = match.group("place").split()
        if len(place) == 1 and place[0].lower() not in LEADING_NON_NAME and not _opens_sentence(place[0]) \
                and place[0].lower() not in PHRASE_SOFT_STOP | PHRASE_SECTOR:
            registry.add(_Found(f"{place[0]} YMCA", "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)
            continue  # "Anyford YMCA": a branch by its town's one word (any town, not only a council's)
        while place and not all(w == "and" or w in _place_name_words() or w.lower() in _COMPASS or w in _PLACE_QUALIFIERS for w in place):
            place = place[1:]  # "… with Wyre Homes and Anyford YMCA": another name, then the branch's place
        while place and place[0] == "and":
            place = place[1:]
        if place and _names_an_area(place):
            registry.add(_Found(_tidy(" ".join([*place, "YMCA"])), "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)
    for match in prefilter.finditer(_CHARITY_AFTER, sentence):  # "established by St Anyshire's voluntary organisation"
        name = _tidy(match.group("name"))
        if _A_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # "a long-standing Anyford charity": where it works, or what it is; a name is "the …" or alone
        if match.start() > 0 and _could_name_a_partner(name) and not _only_an_area(name.split()) \
                and not any(DESCRIBING_ENDING.fullmatch(w.lower()) or re.search(r"-[a-z]+ed$", w) for w in name.split()):
            # not "a DfE-funded charity", "a North East charity" (where it works)
            registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)
    for match in prefilter.finditer(_CHARITY, sentence):  # "the commissioned charity Anyshire Insight"
        name = _TRAILING_SMALL.sub("", _tidy(match.group("name"))).strip("‘’'")  # (not "… Safer London and are completed …")
        if name.split()[0].lower() not in LEADING_NON_NAME and council_for(name) is None:
            registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


#: A regional adoption agency named as they are, "Adopt" or "Adoption" and the area it covers:
#: "Adoption South Wyre", "Adopt North East", "Adoption Anyshire and Wyre" (not "Adoption Support Fund",
#: "Adoption Panel": a kind word after the area makes it something else).
_ADOPTION_AREA = re.compile(
    r"\b(?:One\s+)?(?P<brand>Adopt(?:ion)?(?:\s+in)?|Fostering)\s+(?P<area>(?:North|South|East|West|Central|Midlands|[A-Z][a-z]{2,})(?:\s+(?:(?:and|&)\s+)?[A-Z][a-z]+){0,3})"
    r"(?:(?=['’]s\b)|(?![\w’'-]))(?!\s+(?:[A-Z][a-z]+\s+)?(?:" + _HEADS + r"|Support|Register|Fund|Reform|Grant|Scorecard|Leadership|Week|Orders?|Act|"
    r"Plans?|Polic(?:y|ies)|Strateg(?:y|ies)|Allowances?|Managers?|Workers?|Officers?|Social)s?\b)"
)


def _only_an_area(words: list[str]) -> bool:
    """Whether words are an area's name and nothing else ("North Anyshire", "Wyre and Anyshire"), not a
    body named with its area ("Safer Anyshire", "Anyshire Together")."""
    return _names_an_area(words) and (council_for(" ".join(words)) is not None or all(
        w.lower() in _AREA_WORDS or w.lower() in ("and", "of", "the", "greater") or council_for(w) is not None for w in words))


def _names_an_area(words: list[str]) -> bool:
    """Whether words name an area: a council's name, or a compass point or a council's name among them."""
    return council_for(" ".join(words)) is not None or any(
        w.lower() in _COMPASS or council_for(w) is not None for w in words if w != "and")


#: A name in capitals with no kind word, then a clause saying what service it gives: "First Contact,
#: which incorporates the MASH, …", "Arch, which offers …"; at a sentence's start or after a preposition.
_NAME_WHICH_SERVES = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bwith\s)|(?<=\bto\s)|(?<=\bat\s)|(?<=\band\s))(?P<name>[A-Z][\w’'&+-]*(?:\s+(?:[A-Z0-9][\w’'&+-]*|of|for|the|and|in)){0,4}),\s+"
    r"which\s+(?:also\s+|now\s+)?(?:runs|provides|offers|delivers|incorporates|brings\s+together|hosts|co-?ordinates|manages|owns)\s"
    r"(?P<clause>[^,.;]{0,120})")
#: A name of two words or more, then who provides it: "although Wyre Listening Room, provided by Anyford Partnership NHS
#: Trust, has …", "Healthy Minds Wyre, which is delivered by the trust". The provider says it is a service, as what it
#: gives does after ``_NAME_WHICH_SERVES`` (its clause the provider's name, which a service's words need not be in).
_NAME_PROVIDED_BY = re.compile(
    r"(?:^|(?<=[a-z]\s)|(?<=[.;:]\s))(?P<name>[A-Z][\w’'&+-]*(?:\s+(?:[A-Z0-9][\w’'&+-]*|of|for|the|and|in)){1,4}),\s+"
    r"(?:which\s+is\s+)?(?:" + "|".join(_PROVIDED_VERBS) + r")\s+(?:by|from)\s+"
    r"(?P<clause>(?:the\s+)?(?:[A-Z][^,.;]{0,100}|trust|council|ICB|CCG))")


def _a_brands_own_words(words: list[str]) -> bool:
    """Whether a name of no kind word holds words only a body's brand has: a place's ("Children and Family Health
    Wyre", "Child Aid Northwest"), a number ("Project 28"), a word organisations name themselves by ("Anyford Book
    Club"), or whom it serves after a word of its own ("Lanternlight Young Carers"); not a person's name, work or people
    ("Family Group Conferences", "Independent Visitors")."""
    lowered = [w.lower() for w in words]
    return any(_a_place_or_point(w) or any(c.isdigit() for c in w) or l in _ORGANISATION_WORDS for w, l in zip(words, lowered)) \
        or len(words) >= 3 and lowered[-1] in PEOPLE_SERVED and _an_own_word(words[0])


#: The last word of an event's or a review's name: a time's ("Practice Week", ``_TIME_WORDS``), "the Peer Review", "the
#: Annual Conference".
_AN_EVENTS_LAST_WORDS = _TIME_WORDS | {"conference", "review", "event", "festival", "launch", "audit", "survey"}
# (a training's or an award's name is refused after, as any name's: ``_NOT_A_SERVICE_NAMED``, ``_NOT_A_BODY_NAME``)
#: What a service gives or whom it serves, in the clause after its name (not "Mosaic, which provides the case record").
_SERVICE_GIVES = re.compile(r"\b(?:support|help|therap\w*|counselling|advice|careers\s+guidance|advocacy|short\s+breaks|respite|provision|services?|mentoring|interventions?|outreach|"
                            r"activit\w+|groups?|sessions|hubs?|MASH|screening|assessments?|training|accommodation|tenanc\w+|lodgings|placements|refuges?|youth|famil\w+|"
                            r"children|young\s+people|parents|carers|care\s+leavers|social\s+workers|practitioners)\b", re.IGNORECASE)


#: A name that is a day, a section of an Act, or a kind of therapy or work, not a service's: "Monday,
#: which …", "Section 17, which provides …", "Lego Therapy, which offers …".
_NOT_A_SERVICE_NAMED = re.compile(
    r"^(?:" + "|".join(_WEEKDAYS) + r")$|\b(?:Sections?|Parts?|Schedules?|Articles?|Regulations?|Rules?)\s+\d"
    r"|\b(?:[Tt]herapy|[Cc]ounselling|[Mm]entoring|[Cc]oaching|[Mm]ediation|[Tt]raining)$")
#: A clause saying the name is a computer system: "Liquidlogic, which provides the electronic record …".
_A_SYSTEM_CLAUSE = re.compile(r"\b(?:(?i:system|records?|database|software|electronic|digital|platform|apps?|portal)|IT)\b")


def _discover_names_which_serve(sentence: str, registry: BodyRegistry) -> None:
    """See ``_NAME_WHICH_SERVES`` and ``_NAME_PROVIDED_BY``: a service by its own name, unless the name
    is known, a council's, a place's, a kind's, a time's, or a document's or way of working's
    ("Staying Put, which offers …")."""
    for match in [*prefilter.finditer(_NAME_WHICH_SERVES, sentence), *prefilter.finditer(_NAME_PROVIDED_BY, sentence)]:
        name = _tidy(match.group("name"))
        words = name.split()
        before = sentence[max(0, match.start("name") - 40) : match.start("name")]
        if re.search(r"\b[A-Z][\w’'-]*\s+to\s+$", before) \
                or (listed := re.search(r"([A-Z][\w’'-]*,\s+[A-Z][\w’'-]*)\s+and\s+$", before)) is not None \
                and _a_titles_list(listed.group(1)):
            continue  # "Right to Rent, which …", "Anyford Advice, Skills and Employment, which …": the end of a title, not a name
            # (but "Wyrekind, Mind and Bright Lives, which …" lists names)
        if match.re is _NAME_PROVIDED_BY and (
                re.search(r"[A-Z][\w’'-]*\s+(?:(?:of|for|the|and|in)\s+)*$", before)
                or words[-1].lower() in _AN_EVENTS_LAST_WORDS or not _a_brands_own_words(words)):
            continue  # "the Panel for the Review of Child Deaths in …, which is hosted by …": the end of a longer name; "Care
            # Leavers Week, hosted by …", "Practice Week, run by …": an event; "written by Amanda Jones, commissioned by …",
            # "Family Group Conferences, provided by …", "Return Home Interviews, commissioned from …": a person, work
        if words[0] == "The" and len(words) > 1:
            words, name = words[1:], " ".join(words[1:])
        landlord = match.re is _NAME_WHICH_SERVES and _HOUSING_STOCK.match(match.group("clause")) is not None
        if words[-1].lower() in ("and", "of", "for", "the", "in") or registry.lower_aliases.get(name.lower()) is not None \
                or registry.aliases.get(name) is not None or not _could_name_a_partner(name, words[0]) \
                or len(words) == 1 and (_opens_sentence(words[0]) or _ACRONYM_LED.fullmatch(words[0])) \
                or _ANY_HEAD_END.search(name) or police_force_for(name) or _A_TIME.search(name) or _NOT_A_BODY_NAME.search(name) \
                or name.lower() in NOT_BODY_NAMES or _only_an_area(words) or any(w.lower() in PHRASE_ROLES for w in words) \
                or _phrase_matches(name) or name in registry.authority_names \
                or match.re is _NAME_WHICH_SERVES and not _SERVICE_GIVES.search(match.group("clause")) and not landlord \
                or _NOT_A_SERVICE_NAMED.search(name) or _A_SYSTEM_CLAUSE.search(match.group("clause")) \
                or all(w.lower() in PHRASE_SECTOR | PHRASE_SOFT_STOP | PHRASE_STOP | _WORK_WORDS | ING_NOUNS | _CONNECTORS
                       or w.lower() in DESCRIBING or w.lower() in _FIELDS_OF_WORK for w in words):  # "Advocacy, which offers …": a kind of work
            continue
        if landlord:
            registry.add(_Found(name, "PartnerOrganisation", "HousingProvider", 0, 0), proper=True)
            continue  # "Wyre Living, which manages the council's housing stock": a landlord
        registry.unkinded.append(_Found(name, "Service", "TeamOrService", 0, 0))  # added at the end, where no other sentence said
        # what kind of body it is


#: What a landlord manages or owns, after "which manages": "the council's housing stock", "its homes".
_HOUSING_STOCK = re.compile(r"(?:(?:the\s+)?(?:council|borough|city|county|district|local\s+authority)['’]s|its|their)\s+"
                            r"(?:(?:own\s+)?(?:housing(?:\s+stock)?|homes|council\s+homes|properties|tenancies|social\s+housing))\b")


#: A landlord whose name goes on after "Homes" with its place: "Your Homes Anyford", "First Choice Homes
#: Wyre", "Homes for Anyshire", "St Anyford Homes of Wyre" (in a sentence about housing; the place a council's).
_HOMES_THEN_PLACE = re.compile(
    r"(?<![\w’'-])(?P<name>(?:(?:[A-Z][\w’'-]*\s+){1,3}Homes|Homes\s+for)\s+(?:of\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+(?:upon\s+)?[A-Z][\w’'-]*)?))")


#: "Young" and a place's name, and no more words in capitals: a youth service's or a young people's
#: charity's brand ("Young Anyford", "Young Wyre and Vale"), not "Young People" nor "Young Carers Anyford".
_YOUNG_PLACE = re.compile(r"(?<![\w’'-])Young\s+(?P<place>[A-Z][a-z]+(?:[ -](?:(?:upon|on|and)[ -])?(?!Young\b)[A-Z][a-z]+)*)(?![\w’'-])(?!\s+[A-Z(])")


#: The words a youth service's brand may go on with: a service's verb, "and", "which", "who".
_YOUNG_PLACE_GOES_ON = re.compile(r"and|or|which|who|to|provides?|offers?|runs?|delivers?|works?|supports?|helps?|brings?|hosts?"
                                  r"|commissions?|employs?|leads?")


#: A partner's passive after its name: "… is commissioned to", "… has been funded to".
_COMMISSIONED_AFTER = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?P<verb>commissioned|funded|contracted)\b")


def _discover_young_places(sentence: str, registry: BodyRegistry) -> None:
    """``_YOUNG_PLACE``: the council's own youth service where the place is the report's council's
    ("Young Anyford" in a report on Anyford), a young people's charity where it is another place."""
    for match in _YOUNG_PLACE.finditer(sentence):
        place = match.group("place")
        if council_for(place) is None and not all(w in _place_name_words() or w in ("and", "upon", "on") for w in re.split(r"[ -]", place)):
            continue
        name = f"Young {place}"
        after = re.match(r"\s+([a-z][\w’'-]*)", sentence[match.end() :])
        passive = _COMMISSIONED_AFTER.match(sentence, match.end())
        if registry.lower_aliases.get(name.lower()) or registry.aliases.get(name) \
                or after is not None and not _YOUNG_PLACE_GOES_ON.fullmatch(after.group(1)) and passive is None:
            continue  # (not "Young Anyford residents …", "Young Anyford care leavers", "Young Anyford is a city": people or a place;
            # but "Young Wyre is commissioned to carry out return interviews")
        own = (place in registry.authority_names or (council := council_for(place)) is not None
               and council == council_for(registry.report.authority or "")) \
            and not (passive is not None and passive.group("verb") != "funded")
        # ("Young Wyre is commissioned to …" in a report on Wyre: a charity the council commissions, not its own service)
        body_type, kind = ("Service", "TeamOrService") if own else ("PartnerOrganisation", "VoluntaryOrganisation")
        registry.add(_Found(name, body_type, kind, 0, 0), proper=True)


#: Charities and landlords a place's name brands with one common word: "Anyford Carers", "Anyford Young
#: Carers", "Young People Anyford", "Housing Anyford" (a council's place, and no more words in capitals).
_PLACE_BRANDED = re.compile(r"(?<![\w’'-])(?:(?P<carers>[A-Z][a-z]+(?: (?!Young\b|Family\b)[A-Z][a-z]+)?) (?:Young |Family )?Carers|(?P<word>Young People|Housing) "
                            r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?))(?![\w’'-])(?!\s+[A-Z(])")


#: The words a place's charity or landlord may go on with: a youth brand's, and what a carers' charity or a
#: landlord does ("Anyford Carers identifies …", "Housing Anyford gives …").
_PLACE_BRAND_GOES_ON = re.compile(_YOUNG_PLACE_GOES_ON.pattern + r"|gives|has|have|identifies")


def _discover_place_brands(sentence: str, registry: BodyRegistry) -> None:
    """``_PLACE_BRANDED``: a carers' charity ("Anyford Carers"), a young people's charity ("Young People
    Anyshire") or a landlord in a sentence about housing ("Housing Anyford offers care leavers …"),
    where the place is a council's and the name goes on with what it does, "and" or the sentence's end
    (not "Anyford Carers are …": the place's carers; "Young Carers", "Foster Carers": kinds of people)."""
    for match in _PLACE_BRANDED.finditer(sentence):
        place = match.group("carers") or match.group("place")
        if council_for(place) is None:
            continue
        after = re.match(r"\s+([a-z][\w’'-]*)", sentence[match.end() :])
        if after is not None and not _PLACE_BRAND_GOES_ON.fullmatch(after.group(1)):
            continue
        name = match.group(0)
        if registry.lower_aliases.get(name.lower()) or registry.aliases.get(name):
            continue
        if match.group("word") == "Housing":
            if _HOUSING_CONTEXT.search(sentence[match.end() :]) is not None:  # "Housing Anyford offers … tenancies"
                registry.add(_Found(name, "PartnerOrganisation", "HousingProvider", 0, 0), proper=True)
            continue
        registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


def _discover_landlords_named_by_place(sentence: str, registry: BodyRegistry) -> None:
    """See ``_HOMES_THEN_PLACE``: a housing provider by its name, where the words after "Homes" are a
    council's place (not "Children's Homes Wyre", a kind of home, nor a known body)."""
    for match in _HOMES_THEN_PLACE.finditer(sentence):
        name, place = match.group("name"), match.group("place")
        whole = council_for(place) is not None or place in _place_name_words()  # ("Your Homes Anyford": a council's town)
        if not whole and council_for(place.split()[0]) is None and place.split()[0] not in _place_name_words():
            continue
        if not whole:
            name = name[: match.start("place") - match.start("name") + len(place.split()[0])]
        first = name.split()[0].lower()
        if first != "homes" and (first in _KINDS_OF_HOME or first in _HOUSING_KINDS or first in PHRASE_SECTOR) \
                or registry.lower_aliases.get(name.lower()) or registry.aliases.get(name):
            continue
        registry.add(_Found(_tidy(name), "PartnerOrganisation", "HousingProvider", 0, 0), proper=True)


#: A council's practice model, then its name in apposition: "its practice model, the Anyshire Approach,",
#: "the practice framework, Strong Families Wyre,"; a programme a reader lists.
_MODEL_THEN_NAME = re.compile(
    r"\b(?:practice\s+model|model\s+of\s+practice|practice\s+framework|practice\s+approach),\s+(?:the\s+|known\s+as\s+|called\s+)?[‘']?"
    r"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&-]*|of|for|the|in|and|to)){0,5}?)[’']?(?=\s*[,.;(]|\s+(?:is|has|was|which|and)\b)")


#: A preposition and a determiner before a practice model's words: the words open the sentence's clause.
_LED_BY_PREPOSITION = re.compile(r"(?<![\w-])(?:[Uu]nder|[Ww]ithin|[Tt]hrough|[Ii]n|[Uu]sing|[Ww]ith|[Bb]y|[Ff]rom|[Aa]cross|[Ff]ollowing)\s+"
                                 r"(?:the|its|their|this|our|a|the\s+council['’]s)\s+$")


#: A name the report gives a body for the rest of its text, in brackets after it: "(hereafter 'the
#: partnership')", "(hereafter referred to as the Board)", "(henceforth ASP)".
_HEREAFTER = re.compile(r"\(\s*(?:[Hh]ereafter|[Hh]ereinafter|[Hh]enceforth),?\s+(?:referred\s+to\s+as\s+|called\s+|known\s+as\s+)?"
                        r"[‘'\"“]?(?P<name>[^’'\"”()]{2,40}?)[’'\"”]?\s*\)")


#: A name given hereafter: a short form, a name in capitals, or "the" and a kind word ("the partnership", "the trust").
_A_NAME_GIVEN = re.compile(r"[A-Z][A-Za-z0-9&]{1,7}|[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}|the\s+(?:[\w’'-]+\s+){0,2}(?:"
                           + _HEADS + r"|trust|authority|council|ICB|CCG)")


def _discover_names_hereafter(sentence: str, registry: BodyRegistry) -> None:
    """See ``_HEREAFTER``: the name another of the body named right before it, the longest name the
    report knows that ends there."""
    for match in _HEREAFTER.finditer(sentence):
        before = _tidy(sentence[: match.start()]).lower()
        owner = next((key for alias, key in sorted(registry.lower_aliases.items(), key=lambda kv: -len(kv[0]))
                      if before.endswith(alias) and (len(before) == len(alias) or not before[-len(alias) - 1].isalnum())
                      and not re.search(r"\b(?:in|of|for|to|by|from|with|at)\s+(?:the\s+)?$", before[: len(before) - len(alias)])), None)
        name = _tidy(match.group("name"))
        if owner is None or owner not in registry.bodies or not _A_NAME_GIVEN.fullmatch(name):
            continue  # "Children in care in Anyshire (hereafter 'children')": a plain word for people, not a body's name
        if name.isupper() and len(name) <= 8:
            _add_short_form(registry, owner, "", name)  # "(henceforth ASP)": a short form
        else:
            _add_short_form(registry, owner, name, None)  # "(hereafter 'the partnership')": kept with its article, as a
            # mention needs it (not every "partnership")


def _discover_models_named(sentence: str, registry: BodyRegistry) -> None:
    """See ``_MODEL_THEN_NAME``: the model by its name, unless a finder knows the name already or it
    is the kind's own words ("Signs of Safety", "Restorative Practice": a national model's name)."""
    for match in prefilter.finditer(_MODEL_THEN_NAME, sentence):
        name = _tidy(match.group("name"))
        if _LED_BY_PREPOSITION.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # "Under the practice framework, Supervision is …": a clause's opening, no apposition
        if registry.lower_aliases.get(name.lower()) is not None or registry.aliases.get(name) is not None or _generic_matches(name) \
                or name.split()[-1].lower() in ("and", "of", "for", "the", "in", "to") or name.lower() in NOT_BODY_NAMES \
                or council_for(name) is not None:
            continue
        registry.add(_Found(name, "Service", "Programme", 0, 0), proper=True)


#: A title in capitals, its short form defined, then the kind of way of working it names: "the Achieving Change Together
#: (ACT) model", "the Make Every Intervention Count (MEIC) approach".
_TITLE_DEFINED_THEN_MODEL = re.compile(r"\b(?P<title>(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|to|the|a|in)\s+)?){1,6})\((?P<short>[A-Z][A-Za-z]{1,6})\)"
                                       r"\s+(?:practice\s+)?(?:model|approach|programme)\b")
#: Words of a field of work, a process or a document, not of a way of working's own name: "the Quality Assurance (QA)
#: approach", "the Early Help Assessment (EHA) model", "the Youth Justice (YJ) model".
_NOT_A_MODELS_WORDS = {"assessment", "assurance", "framework", "management", "standards", "standard", "plan", "plans", "review",
                       "reviews", "protection", "justice", "quality", "performance", "risk", "process", "procedures", "audit"}


def _discover_models_defined(sentence: str, registry: BodyRegistry) -> None:
    """See ``_TITLE_DEFINED_THEN_MODEL``: the model by the words its short form abbreviates, a programme (not a document's
    or an arrangement's title: ``NOT_BODY_NAMES``, nor a kind the gazetteer knows)."""
    for match in prefilter.finditer(_TITLE_DEFINED_THEN_MODEL, sentence):
        name = long_form(match.group("short"), match.group("title").rstrip())
        if name is None or not name[:1].isupper() or len(name.split()) < 2 or name.split()[0].lower() in LEADING_NON_NAME \
                or any(w.lower() in _NOT_A_MODELS_WORDS for w in name.split()) \
                or all(w.lower() in PHRASE_SECTOR or w.lower() in _CONNECTORS for w in name.split()) \
                or name.lower() in NOT_BODY_NAMES or _generic_matches(name) or council_for(name) is not None \
                or registry.lower_aliases.get(name.lower()) is not None or registry.aliases.get(match.group("short")) is not None:
            continue  # (nor where the short form is another body's already: "the Family Group Conferencing (FGC) service" before)
        registry.add(_Found(name, "Service", "Programme", 0, 0, acronyms=(match.group("short"),), defines=True), proper=True)


#: "Safer Anyshire": a body named "Safer" and its area alone, a council's or a region's (a community
#: safety partnership by its brand, or a charity so named); not "Safer Anyshire Partnership" (a
#: name with its kind word, the proper-name finder's) nor "Safer Communities".
_SAFER_AREA = re.compile(r"(?<![\w’'-])Safer\s+(?P<area>[A-Z][\w’'-]+(?:\s+(?:upon\s+|on\s+|and\s+(?!Safer\b))?[A-Z][\w’'-]+){0,3})(?![\w’'-])(?!\s+[A-Z])")
#: (not "Safer Anyford and Safer Wyre": two such bodies)


def _discover_safer_areas(sentence: str, registry: BodyRegistry) -> None:
    """"Safer Wyre, which brings together the council and the police, …": see ``_SAFER_AREA``."""
    for match in prefilter.finditer(_SAFER_AREA, sentence):
        area, name = _tidy(match.group("area")), _tidy(match.group(0))
        if registry.lower_aliases.get(name.lower()) is not None:
            continue
        if re.match(r",?\s+(?:a|an|the)\s+(?:way|approach|model|strategy|plan|campaign|framework)\b", sentence[match.end() :]):
            continue  # "Safer Wyre, a way of working, …": a way of working, not a body
        if council_for(area) is not None or area in registry.authority_names:  # a council's area: its community safety partnership's brand
            registry.add(_Found(name, "Board", "Partnership", 0, 0), proper=True)
        elif area in _REGION_NAMES:  # a region's: no partnership of one area, a charity so named
            registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


def _discover_adoption_agencies(sentence: str, registry: BodyRegistry) -> None:
    """"the formation of Adoption South Wyre, involving six local authorities": a regional adoption
    agency's name is "Adopt" or "Adoption" and an area, a compass point or a council's name.
    "Fostering" and a council's name is the council's fostering service by its brand ("Fostering Wyre")."""
    for match in prefilter.finditer(_ADOPTION_AREA, sentence):
        fostering = match.group("brand") == "Fostering"
        if fostering and (council_for(match.group("area").split(" and ")[0].split(" & ")[0]) is None
                          and match.group("area") not in registry.authority_names
                          or re.search(rf"{_KNOWN_AS}\s+(?:the\s+)?$", sentence[: match.start()])):
            continue  # "Fostering Network", "Fostering Panel": a kind, a national body; "the fostering service, branded as
            # Fostering Wyre": another name of the service named before
        words = [w for w in match.group("area").split() if w not in ("and", "&")]
        if match.group("brand").endswith(" in"):
            if council_for(match.group("area")) is not None or police_force_for(f"{match.group('area')} Police") is None:
                continue  # "Adoption in Kent is timely": the council's adoption work; "Adoption in Merseyside": a force's area's agency
            words = match.group("area").split()
        while words and not match.group("brand").endswith(" in") and not (words[-1].lower() in _COMPASS or council_for(words[-1]) is not None):
            if words[0].lower() in _COMPASS or council_for(" ".join(words)) is not None:
                break
            words.pop()  # "Adoption South Wyre Scheme": the area ends where its places end
        if fostering and match.group("area") in registry.authority_names:
            words = match.group("area").split()  # "Fostering Anyshire": the report's own council, whatever its name
        if not words or not _names_an_area(words) and not fostering and not match.group("brand").endswith(" in"):
            continue
        name = _tidy(sentence[match.start() : match.start("area")] + match.group("area")[: match.group("area").rindex(words[-1]) + len(words[-1])])
        if registry.lower_aliases.get(name.lower()) is None:
            registry.add(_Found(name, *(("Service", "TeamOrService") if fostering else ("PartnerOrganisation", "AdoptionAgency")), 0, 0),
                         proper=True)


#: A body defined with its short form, then what it does: "BASE (Wyre Against Sexual Exploitation)
#: provides …", "Developing Wyre Health (DWH) works with …".
_DEFINED_THEN_DOES = re.compile(r"\)\s+(?:" + _WHAT_IT_DOES + r"|supports)\b"
                                r"|\),\s+(?:whose\s+(?:staff|workers|practitioners|volunteers|mentors|advocates)"  # "…, whose staff help …"
                                r"|(?:which|who)\s+(?:" + _WHAT_IT_DOES + r"|supports|provide|offer|deliver|run|work with|support))\b")
_TERMS_NOT_BODIES = re.compile(r"\b(?:needs|disabilit(?:y|ies)|experiences|outline|assessment|order|conference|"
                               r"exploitation|abuse|neglect|education|employment|training|allowance|payment|premium|act|year|family|"
                               r"conferencing|therapy|interviews?|put|plus|safeguarding|conflict|food|questionnaires?|tools?|toolkit|scales?|"
                               r"checklists?|measures?|surveys?|app|system|database|portal|website)\W*$", re.I)


def _discover_defined_by_what_it_does(sentence: str, registry: BodyRegistry) -> None:
    """A definition whose full name has no kind word, where what it does follows: the body it names
    ("BASE (Wyre Against Sexual Exploitation) provides …"); not a term of the trade so defined."""
    for definition in definitions(sentence):
        if not _DEFINED_THEN_DOES.match(sentence, definition.end - 1):
            continue
        name = _tidy(definition.long)
        words = [w for w in name.split() if w.lower() not in _SMALL_IN_TITLES and w != "&"]
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or any(w.lower().rstrip("s") in _ONE_PERSON or _is_post(w) for w in words) \
                or _TERMS_NOT_BODIES.search(name) and not re.search(r"['’]s\b|\bAgainst\b", name) \
                or _NOT_A_BODY_NAME.search(name) or _is_a_kind(name) or council_for(name) is not None \
                or registry.lower_aliases.get(name.lower()) or registry.aliases.get(definition.short) \
                or name.split()[0].lower() in LEADING_NON_NAME:
            continue
        body_type, kind = next(((t, k) for p, t, k in _HEAD_RES if p.match(name)), ("PartnerOrganisation", "PartnerOrganisation"))
        if _KIND_OF_PLACE.match(name) and re.match(r"(?:The\s+)?(?:College|University)\b", name):
            body_type, kind = "PartnerOrganisation", "College"  # "the College of Wyre, Vale and Eastshire (CWVE)"
        if _BRAND_AND_PLACE.fullmatch(name):
            body_type, kind = "PartnerOrganisation", "VoluntaryOrganisation"  # "Voluntary Action Wyre (VAW), which …": a charity's brand
        # (the kind its name's last word says: "College of Wyre and Vale (CWV), which works with …" is a college)
        registry.add(_Found(name, body_type, kind, 0, 0, (definition.short,), defines=True), proper=True)


#: A body described, then its name in brackets, words between allowed: "a dedicated service to help
#: under-19s reduce their substance misuse (Wyre Steps)", "the commissioned advocacy provider (Wyre Voice)".
_DESCRIBED_THEN_BRACKETED_NAME = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?P<described>(?:[\w’'-]+\s+){0,5}?)"
    r"(?P<kind>service|team|unit|hub|centre|project|programme|initiative|scheme|forum|group|organisation|company|charity|provider)s?"
    r"(?P<between>(?:\s+(?:for|of|to|that|which|who|aged|offering|providing|supporting|working|run|led|delivered|provided|commissioned|based|"
    r"across|within|with|from)(?:\s+[\w’'-]+){0,10}?)?)\s+\((?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|the|and|on|in|&)){0,4})\)")
#: The grades of a judgement in lower case: "(Good)" after a service is its grade, not its name.
_GRADES_LOWER = {"good", "outstanding", "inadequate", "adequate", "requires", "improvement"}
#: Kinds of partner a bracketed name may be given for, beside the kind words of bodies.
_BRACKETED_PARTNER_KINDS = {"organisation": ("PartnerOrganisation", "PartnerOrganisation"),
                            "company": ("PartnerOrganisation", "PartnerOrganisation"),
                            "provider": ("PartnerOrganisation", "PartnerOrganisation"),
                            "charity": ("PartnerOrganisation", "VoluntaryOrganisation")}
#: Words that make the words between a description and a bracket a clause of their own ("the team has
#: been strengthened (see …)"); a relative clause describing the body ("a charity that works with …") is not.
_CLAUSE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "not",
                 "but", "because", "if", "than"}
#: Words in brackets that point to a place in a document or a time, not a name.
_BRACKETED_NOT_A_NAME = re.compile(r"^(?:Appendix|Annex|Table|Figure|Paragraph|Section|Part|Page|See|Note|England|Wales|Scotland"
                                   r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _discover_named_in_brackets(sentence: str, registry: BodyRegistry) -> None:
    """A body the sentence describes, then names in brackets: the name is the body's ("a drop-in
    service for 11 to 19 year olds (Wyre Hope)"). Not a short form the report defines (read as a
    definition), a council, a place in the document, a time or a body found under that name already."""
    defined_ends = {d.end for d in definitions(sentence)}
    for match in prefilter.finditer(_DESCRIBED_THEN_BRACKETED_NAME, sentence):
        name, between = _tidy(match.group("name")), match.group("between")
        if match.end() in defined_ends or council_for(name) is not None or _BRACKETED_NOT_A_NAME.match(name) \
                or _A_TIME.search(name) or _NOT_A_BODY_NAME.search(name) or name.lower() in NOT_BODY_NAMES \
                or any(w.lower() in _CLAUSE_VERBS or w[:1].isupper() and council_for(w) is None for w in between.split()) \
                or registry.lower_aliases.get(name.lower()) or registry.aliases.get(name) \
                or _generic_matches(name) or police_force_for(name):
            continue  # "the team (see Appendix 2)", "the service (2019)", "the hub (MASH)": no name; "the team works
            # with Wyre Council for Voluntary Service (Wyre CVS)": the bracket names the name before it
        kind_word = match.group("kind").lower()
        if name.isupper() and kind_word not in _BRACKETED_PARTNER_KINDS:
            continue  # "the safeguarding team (CSC)": letters the report does not spell, not a name
        words = name.split()
        if any(w.lower() in PHRASE_ROLES or w.lower().rstrip("s") in PHRASE_ROLES or w.lower() in _GRADES_LOWER
               or w.lower() in _COMPASS or w in ("Dr", "Mr", "Mrs", "Ms", "Miss", "Professor") for w in words) \
                or _only_an_area(words) or len(words) == 1 and not re.search(r"(?<=.)[A-Z0-9]|\w\w \w", name) and not between.strip():
            continue  # "(Head of Service)", "(Good)", "(East and West)", "(Dr Patel)", "(Hoxton)": a post, a grade, places, a person
        if any(w.lower() in PHRASE_ROLES or w.lower().rstrip("s") in PHRASE_ROLES for w in match.group("described").split()) \
                or name.split()[-1].lower() in _PEOPLE_WORDS:
            continue  # "a team of social workers (…)", "(Senior Practitioners)": people, not a body
        body_type, kind = _BRACKETED_PARTNER_KINDS.get(kind_word) or _DESCRIBED_KIND_WORDS.get(kind_word) or PHRASE_HEADS[kind_word]
        found = _Found(name, body_type, kind, 0, 0)
        registry.add(found, _is_proper(found, registry.authority_names))


#: Fields of work a team, panel or sub-group of its own is named by ("the adoption and fieldwork
#: teams", "the child protection and court teams", "the protection and court teams": two teams each; but "five
#: locality-based child protection and children in need teams" are teams of both fields each, one kind). Pairs councils use as one
#: team's title ("duty and assessment", "assessment and intervention") are not two of these.
_TEAM_FIELD = (r"(?:adoption|fostering|fieldwork|court|(?:child )?protection|child in need|children in need|children in care"
               r"|leaving care|care leavers|locality|disabled children's|children with disabilities|youth offending|youth justice"
               r"|edge of care|permanence|placements?|assessment|early help|residential|family finding|kinship|special guardianship"
               r"|health visiting|school nursing|proceedings)")
#: A sub-group's field: a pair of words joined by "and" that names one field ("learning and
#: development"), or up to three words of its own ("case review", "learning from practice").
_GROUP_WORD = (r"(?!(?:and|the|of|its|their|all|other|several|various|some|these|those|both|key|main|two|three|four|five"
               r"|has|have|had|is|are|was|were|been|be|also|now|which|that|who|with|for|to|in|on|by|at|recently|newly)\b)[a-z][\w-]*")
# (an auxiliary or a small word is the sentence's, not a field's: "the two authorities and has established sub-groups")
_GROUP_FIELD = (r"(?:learning and (?:development|improvement)|training and development|quality (?:assurance )?and performance"
                r"|performance and quality(?: assurance)?|policy and procedures?|monitoring and evaluation|health and wellbeing"
                rf"|{_GROUP_WORD}(?:\s+(?:from\s+)?{_GROUP_WORD}){{0,2}})")
_FIELDS_PAIRED = re.compile(
    rf"\b(?:(?i:the|its|their|both|two)|[a-z]+['’]s|(?P<counted>(?:{_TEAM_COUNTS})\s+[a-z]+-based))\s+(?:(?P<a>{_TEAM_FIELD})\s+and\s+(?P<b>{_TEAM_FIELD})\s+(?P<head>teams|panels)"
    rf"|(?P<ga>{_GROUP_FIELD})\s+and\s+(?P<gb>{_GROUP_FIELD})\s+(?P<ghead>sub-groups|subgroups))\b")


def _discover_pairs_of_fields(sentence: str, registry: BodyRegistry) -> None:
    """"the adoption and fieldwork teams", "the learning and development and case review
    sub-groups": one body for each field, the whole phrase the first's mention (as the phrase
    finder names "fostering and adoption panels"), where the text's "and"s leave no doubt."""
    for match in prefilter.finditer(_FIELDS_PAIRED, sentence):
        first, second, head = (match.group("a"), match.group("b"), match.group("head")) if match.group("head") \
            else (match.group("ga"), match.group("gb"), match.group("ghead"))
        if first == second or re.fullmatch(_GROUP_FIELD, f"{first} and {second}") and " and " not in first + second \
                or any(w in _REACH or w in ("new", "existing", "current", "previous", "former", "other") for w in f"{first} {second}".split()):
            continue  # "the learning and development sub-groups": one field; "the new and existing", "strategic and
            # operational sub-groups": which of them, not fields
        singular = head[:-1]
        whole = f"{first} and {second} {head}"
        if match.group("counted"):  # "five locality-based child protection and children in need teams": five teams (or panels,
            # sub-groups) of both fields each, one kind
            registry.add(_Found(whole, *PHRASE_HEADS[singular], 0, 0), proper=False)
            registry.coordinated.add(whole.lower())
            continue
        keys = []
        for field, aliases in ((first, (whole,)), (second, (f"{second} {head}",))):
            name = f"{field} {singular}"
            generic = _whole_generic(name)
            body_type, kind = (generic.body_type, generic.kind) if generic is not None else PHRASE_HEADS[singular]
            found = _Found(generic.name if generic is not None else name, body_type, kind, 0, 0, aliases=aliases,
                           coordinated=field == first, key_name=generic.key_name if generic is not None else "")
            keys.append(registry.add(found, proper=False).key)
        for alias, key in ((whole, keys[0]), (f"{second} {head}", keys[1])):
            read_whole = registry.lower_aliases.get(alias.lower())
            if read_whole is not None and read_whole != key and read_whole in registry.bodies \
                    and registry.bodies[read_whole].name.lower() in (alias.lower(), alias.lower()[:-1]):
                _merge(registry, key, read_whole)  # "adoption and fieldwork teams", read first as one team
        registry.coordinated.add(whole.lower())  # a mention of the first, and of the second inside it


def _discover_appositions(sentence: str, registry: BodyRegistry) -> None:
    """"a group of young people, Young Voices," and "the Children in Care Council known as
    the Speak Up Crew": names of bodies that carry no kind word."""
    if "Adopt" in sentence or "Fostering " in sentence:
        _discover_adoption_agencies(sentence, registry)
    for match in prefilter.finditer(_GROUP_OF_YOUNG, sentence):
        name = match.group(1)
        if name.split()[0].lower() in LEADING_NON_NAME:
            continue
        registry.add(_Found(name, "Board", "YouthForum", 0, 0), proper=False)
    _discover_examples(sentence, registry)
    if " and " in sentence and prefilter.needs(_FIELDS_PAIRED, sentence):
        _discover_pairs_of_fields(sentence, registry)
    if ")" in sentence and prefilter.needs(_DEFINED_THEN_DOES, sentence):
        _discover_defined_by_what_it_does(sentence, registry)
    if ")" in sentence and prefilter.needs(_DESCRIBED_THEN_BRACKETED_NAME, sentence):
        _discover_named_in_brackets(sentence, registry)
    if prefilter.needs(_CHARITY_AND_ITS_SERVICE, sentence):
        _discover_charities_services(sentence, registry)
    if _ANY_PROVIDER_KIND(sentence):  # most sentences name no charity, provider or organisation
        _discover_providers(sentence, registry)
    if ", " in sentence or " is " in sentence:
        _discover_described_names(sentence, registry)
    if " and " in sentence:  # names listed with a charity the report names ("Wyrebrook, Barnardo's and …", "Wyre Trust and
        # Safer Anyford provide …")
        _discover_listed_with_a_charity(sentence, registry)
    if " and " in sentence and prefilter.needs(_COMMISSIONERS_LISTED, sentence):
        _discover_commissioners_listed(sentence, registry)
    if " and " in sentence and prefilter.needs(_TRUSTS_LISTED, sentence):
        _discover_trusts_listed(sentence, registry)
    if "Homes " in sentence and _HOUSING_CONTEXT.search(sentence):
        _discover_landlords_named_by_place(sentence, registry)
    if "Safer " in sentence:  # after the finders that read what it is ("Safer Anyford, the community safety partnership")
        _discover_safer_areas(sentence, registry)
    if "Young " in sentence:
        _discover_young_places(sentence, registry)
    if "Carers" in sentence or "Young People " in sentence or "Housing " in sentence:
        _discover_place_brands(sentence, registry)
    if ", which " in sentence or any(f", {verb} " in sentence for verb in _PROVIDED_VERBS):
        _discover_names_which_serve(sentence, registry)
    if "practice" in sentence:
        _discover_models_named(sentence, registry)
    if ") " in sentence and prefilter.needs(_TITLE_DEFINED_THEN_MODEL, sentence):
        _discover_models_defined(sentence, registry)
    if "ereafter" in sentence or "enceforth" in sentence:
        _discover_names_hereafter(sentence, registry)
    for match in prefilter.finditer(_INTRODUCED_BY, sentence):  # "commissioned from Anyshire Talks"
        if _TITLE_GOES_ON_WITH_AMPERSAND.match(sentence, match.end()):
            continue
        name = _partner_name(sentence, match, registry)
        if name:
            head = next((w.lower() for w in name.split() if w.lower() in PHRASE_HEADS), None)  # "Team Around the Child"
            body_type, kind = PHRASE_HEADS[head] if head else ("PartnerOrganisation", "PartnerOrganisation"
                                                              if match.group("verb").startswith(("operated", "managed"))
                                                              else "HousingProvider" if match.group("tenancy") else "VoluntaryOrganisation")
            # (a home or a centre "operated by" a company as often as a charity: a partner of no one kind; "tenancies with
            # Wyre Living": a landlord)
            found = _Found(name, body_type, kind, 0, 0)
            if not head and match.group("verb").startswith(("employed", "contracted")):
                if re.match(r"\s+(?:[A-Z]|&\s)", sentence[match.end() :]):
                    continue  # a longer name than the pattern reads ("employed by North Tees and Hartlepool NHS Foundation Trust")
                # "nurses employed by Wyre Care": an employer, a trust or a company as often as a charity, and often a
                # trust's everyday name ("employed by Oxleas"): read once every sentence is, see ``_add_unkinded``
                registry.unkinded.append(dataclasses.replace(found, kind="PartnerOrganisation"))
                continue
            registry.add(found, _is_proper(found, registry.authority_names))
    # "The CiCC 'Speak up, speak out' (SUSO)": a body's own name, in quotes, after its kind
    quoted_names = _QUOTED_NAME.search(sentence) is not None
    for alias, key in sorted(registry.aliases.items(), key=lambda kv: -len(kv[0])) if quoted_names else ():
        for found_end in _word_ends(sentence, alias):
            quoted = _QUOTED_AFTER.match(sentence[found_end:])
            if quoted is not None and registry.bodies[key].body_type == "Board":
                _add_short_form(registry, key, quoted.group("name"), quoted.group("acronym"))
    for match in prefilter.finditer(_NAMED_AS, sentence):
        before = sentence[: match.start()]
        owner = None
        lowered, folded = prefilter.lowered(before)  # an alias not in it is not compiled to be looked for
        for alias, key in sorted(registry.lower_aliases.items(), key=lambda kv: -len(kv[0])):
            if (folded or not alias.isascii() or alias.lower() in lowered) \
                    and _alias_pattern(r"\b", alias, r"\s*[,(]?\s*(?:(?:which|that)\s+is\s+|to\s+be\s+|now\s+)?$", re.IGNORECASE).search(before):
                # "…, known as", "… (known as", "…, which is known locally as"
                owner = key
                break
        if owner is None and (bracket := _SHORT_FORM_BRACKETED_BEFORE.search(before)) is not None \
                and not match.group(0).startswith(("known collectively", "called", "named")):
            owner = registry.aliases.get(bracket.group(1))  # "the multi-agency safeguarding hub (MASH), known locally as
            # Compass": the body the bracket's short form is already a name of (not "the police (PPNs), known as …", "the
            # three partners (KSP), known collectively as …", "the duty team (EDT), called Anyshire Police")
        named = _tidy(match.group(1) or match.group(2) or "")
        if owner is not None and registry.bodies[owner].body_type != "LocalAuthority" and not _NOT_A_BODY_NAME.search(named) \
                and named.lower() not in NOT_BODY_NAMES:
            # "the multi-agency safeguarding hub, known as the Front Door": another name of the body
            _add_short_form(registry, owner, named, match.group("acronym"))
            continue
        kind_word = _KIND_BEFORE_NAME.search(before)
        name = _tidy(match.group(1) or match.group(2) or "")
        if owner is None and kind_word is not None and name and name.split()[0].lower() not in LEADING_NON_NAME \
                and not _A_POST_FOR.match(name) \
                and not re.match(r"referred\s+to\s+(?!as\b)\w", match.group(0)):  # not "children referred to by schools as …"
            # "a council for children looked after called Our Voices Count (OVC)": a body of that kind
            head = kind_word.group(1).lower()
            if name.split()[-1].lower() in PHRASE_HEADS:
                head = name.split()[-1].lower()  # "a group for 8 to 12 year olds, referred to as the Junior Council": its own kind word
            body_type, kind = PHRASE_HEADS.get(head) or PHRASE_HEADS[head.rstrip("s")]
            acronym = match.group("acronym")
            registry.add(_Found(name, body_type, kind, 0, 0, (acronym,) if acronym else ()), proper=True)


#: A short form in brackets and a comma at the end of the words before "known as": "… hub (MASH), ".
_SHORT_FORM_BRACKETED_BEFORE = re.compile(r"\b[\w’']+\s*\(([A-Z][A-Za-z0-9]{1,7})\),\s*$")


@functools.lru_cache(maxsize=4096)
def _alias_pattern(before: str, alias: str, after: str, flags: int = 0) -> re.Pattern[str]:
    """One alias, escaped, between two boundaries: compiled once however often it is looked for."""
    return re.compile(before + re.escape(alias) + after, flags)


def _add_short_form(registry: BodyRegistry, key: str, name: str, acronym: str | None) -> None:
    body = registry.bodies[key]
    name = _tidy(name).strip("’' ,")
    other = registry.lower_aliases.get(name.lower())
    if other is not None and other != key and other in registry.bodies and other != registry.authority_key:
        _merge(registry, key, other)  # "the Children in Care Council, known as Anyshire Voice": one body
    if name and name not in body.labels:
        body.short_forms.append(name)
    registry.register_alias(name, key)
    if acronym:
        _add_acronym(registry, key, acronym)


def _add_acronym(registry: BodyRegistry, key: str, acronym: str) -> None:
    """``acronym`` one more name of the body ``key``, and the registry's way to it."""
    if acronym not in registry.bodies[key].acronyms:
        registry.bodies[key].acronyms.append(acronym)
        registry.aliases[acronym] = key


def _merge(registry: BodyRegistry, keep: str, drop: str) -> None:
    """Two bodies found to be one: ``drop``'s names become ``keep``'s."""
    kept, dropped = registry.bodies[keep], registry.bodies.pop(drop)
    registry.merged[drop] = keep
    for old, new in list(registry.merged.items()):
        if new == drop:
            registry.merged[old] = keep
    for label in dropped.labels:
        if label.lower() not in (existing.lower() for existing in kept.labels):
            (kept.acronyms if label in dropped.acronyms else kept.short_forms).append(label)
    for aliases in (registry.aliases, registry.lower_aliases, registry.defined):
        for alias, key in list(aliases.items()):
            if key == drop:
                aliases[alias] = keep


#: A body named by another's short form and a kind word: "the ASH service", "the ASH team".
_SHORT_FORM_AND_HEAD = re.compile(r"(?:the\s+)?([A-Z][A-Za-z0-9&]{1,7})\s+(?:(service|team|hub|unit|programme|project|scheme)|(group|panel|meeting|forum))s?")


def _merge_named_by_short_form(registry: BodyRegistry) -> None:
    """"the Anyshire support hub (ASH)", later "the ASH service": one body, the service being
    named by the hub's short form."""
    for key, body in list(registry.bodies.items()):
        match = _SHORT_FORM_AND_HEAD.fullmatch(body.name)
        if match is None or key not in registry.bodies:
            continue
        owner = registry.aliases.get(match.group(1))
        if owner is None or owner == key or owner not in registry.bodies:
            continue
        named = registry.bodies[owner]
        if named.body_type == ("Service" if match.group(2) else "Board") and match.group(1) in named.labels \
                and not named.is_inspected_authority:
            _merge(registry, owner, key)  # (and "the MSET group" is the group called MSET)


def _merge_into_joint_board(registry: BodyRegistry) -> None:
    """A safeguarding board councils share, named by them ("the Anyford and Isle of Wyre Local Safeguarding Children
    Board (LSCB)"), is the body of its other names in the report: the places and its short form ("the Anyford and Isle
    of Wyre LSCB") and, where the inspected council is one of them, the board's kind alone ("review of the Local
    Safeguarding Children Board"; not a board of the council's own by another name, "the Anyford Safeguarding Children
    Partnership" or "the Anyford LSCB" that came before or after the joint one)."""
    joint = [b for b in registry.bodies.values() if b.kind == "SafeguardingBoard" and " and " in b.name and not b.national
             and council_for(re.split(r",| and ", b.name, maxsplit=1)[0]) is not None]
    for body in joint:
        for other in list(registry.bodies.values()):
            if body.key in registry.bodies and other.key != body.key and other.kind == body.kind and any(
                    other.name.endswith(f" {acronym}") and body.name.startswith(other.name.removesuffix(acronym))
                    and " and " in other.name for acronym in body.acronyms):
                _merge(registry, body.key, other.key)  # "the Anyford and Isle of Wyre LSCB" (not "the Anyford LSCB" before it)
    own = [b for b in joint if b.key in registry.bodies and _A_BOARDS_KIND_END.search(b.name) and any(
        re.search(rf"(?:^|, | and (?:the )?){re.escape(name)}(?:, | and | )", b.name) for name in registry.authority_names if name)]
    bare = registry.bodies.get(registry.key_for("Local Safeguarding Children Board", "SafeguardingBoard"))
    if len(own) == 1 and bare is not None and bare.key != own[0].key and all(_THE_KIND_ALONE.fullmatch(label) for label in bare.labels):
        _merge(registry, own[0].key, bare.key)  # the inspected council's own board, shared with another council


#: The end of a local safeguarding children board's name, in words or letters.
_A_BOARDS_KIND_END = re.compile(r"(?:(?:Local )?Safeguarding Children(?:['’]s)? Board|LSCB)$", re.IGNORECASE)
#: A local safeguarding children board by its kind alone, no council's name: "the Local Safeguarding Children Board", "the
#: safeguarding partnership" (one key, the council's board under any of its kind's names).
_THE_KIND_ALONE = re.compile(r"(?:the )?(?:local )?safeguarding (?:children(?:['’]s)? )?(?:board|partnership)|l?scb|l?scp", re.IGNORECASE)


#: Words after the council's name that make the run a title, a place or an arrangement, not a body.
_NOT_AFTER_COUNCIL = {
    "council", "city", "county", "borough", "metropolitan", "district", "inspection", "re-inspection", "local",
    "children's", "children", "safeguarding", "approach", "model", "framework", "pledge", "offer", "strategy",
    "plan", "promise", "charter", "standards", "way", "area", "region", "and", "for", "of", "the", "in", "on",
}


_KIND_SOON_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}" + _FOLLOWING_KIND.pattern.removeprefix("['’]?") + r"\b", re.I)


@functools.lru_cache(maxsize=64)
def _council_prefixed_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The council's names (longest first) and up to four capitalised or small words after them,
    compiled once per council; grouped by first character (``prefilter.literal_alternation``), so
    that the regex engine skips to the characters that start a name instead of trying every
    position."""
    return re.compile(prefilter.literal_alternation(names, r"[\w-]") + r"((?:\s+(?:[A-Z][a-z]+(?:['’][a-z]+)?|for|of|and|the|\d)){1,4})(?![\w'’-])")


def _discover_council_prefixed(texts: list[str], registry: BodyRegistry) -> None:
    """A name made of the council's own name and capitalised words, without a kind word, used
    more than once: "Anyshire Families Together provides …" (not "Anyshire Council", "the
    Anyshire Approach", "Anyshire Inspection")."""
    names = [n for n in registry.authority_names if n]
    if not names:
        return
    pattern = _council_prefixed_pattern(tuple(sorted(names, key=len, reverse=True)))
    counts: dict[str, int] = {}
    for text in texts:
        for match in pattern.finditer(text):
            words = match.group(1).split()
            while words and words[-1] in ("for", "of", "and", "the") or words and words[-1].isdigit():
                words.pop()
            if not words or words[0].lower() in _NOT_AFTER_COUNCIL or words[-1].lower() in _NOT_AFTER_COUNCIL:
                continue
            name = _tidy(match.group(0)[: match.group(0).index(words[-1]) + len(words[-1])])
            if _KIND_SOON_AFTER.match(text, match.start() + match.group(0).index(words[-1]) + len(words[-1])):
                continue  # "Anyshire Youth justice service": a kind phrase, written with a capital
            counts[name] = counts.get(name, 0) + 1
    known = [label.lower() for body in registry.bodies.values() for label in body.labels]
    for name, count in sorted(counts.items()):
        if count < 2 or any(name.lower() in label for label in known):
            continue
        if _generic_matches(name) or _proper_matches(name, "") or _phrase_matches(name) or council_for(name) \
                or police_force_for(name) or _describes_only(name.split(" ", 1)[-1]):
            continue
        found = _Found(name, "Service", "TeamOrService", 0, 0)
        registry.add(found, _is_proper(found, registry.authority_names))


#: Kind words a body's name may drop: "Anyshire Families Forward" is the "Anyshire Families Forward service".
_DROPPABLE_HEADS = ("service", "team", "programme", "project", "scheme", "hub", "unit", "centre")


#: A body's name and the kind word it may be written with either way: "the Pathways service" and
#: "the Pathways team", "the positive choices programme" and "the positive choices project".
_NAME_AND_HEAD = re.compile(
    r"(?:the\s+)?[‘']?(?P<base>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)[’']?\s+(?P<head>service|team|programme|project)s?", re.IGNORECASE)
_HEAD_FAMILY = {"service": "service", "team": "service", "programme": "programme", "project": "programme"}


def _merge_named_without_kind_word(registry: BodyRegistry) -> None:
    """A proper name found alone ("support from Families Together") and the same name with a
    kind word ("the Families Together service") are one body: the one with the kind word; so is a
    partnership by its brand ("Safer Wyre") and by its name with "Partnership", whichever comes first."""
    for key, found in list(registry.bodies.items()):
        if key not in registry.bodies or found.national:
            continue
        if found.body_type == "Board" and found.kind == "Partnership":
            fuller = registry.bodies.get(registry.lower_aliases.get(f"{found.name.lower()} partnership", ""))
            if fuller is not None and fuller.key != key and fuller.body_type == "Board":
                _merge(registry, fuller.key, key)
            continue
        if found.body_type in ("LocalAuthority", "Board"):
            continue
        for head in _DROPPABLE_HEADS:
            fuller = registry.bodies.get(f"{key} {head}")
            if fuller is not None and fuller.body_type == "Service" and not fuller.national:
                _merge(registry, fuller.key, key)
                break
    # "the Options service" and "the Options team": one body, whichever kind word follows its name
    by_name: dict[tuple[str, str], str] = {}
    for key, found in list(registry.bodies.items()):
        match = _NAME_AND_HEAD.fullmatch(found.name)
        if match is None or found.body_type != "Service" or found.national or key not in registry.bodies \
                or found.key != registry.key_for(found.name, found.kind) or _GENERIC_WHOLE.fullmatch(f"{match.group('base')} service") \
                or _GENERIC_WHOLE.fullmatch(f"{match.group('base')} team") or _only_sector(match.group("base").split()):
            continue  # not a kind the gazetteer knows ("adoption service", "adoption team")
        family = _HEAD_FAMILY[match.group("head").lower()]
        first = by_name.setdefault((match.group("base").lower(), family), key)
        if first != key and first in registry.bodies:
            _merge(registry, first, key)


def _add_unkinded(registry: BodyRegistry) -> None:
    """The bodies known only by their names and what they do or that they employ staff ("First
    Contact, which incorporates the MASH", "employed by Wyre Care"), once every sentence is read: none
    where the name is already one, or the first words of one partner's name, which it then also names
    ("employed by Oxleas", of "Oxleas NHS Foundation Trust"); a university's or college's kind, or a
    charity's where the name ends with one's ("Anyford Mind"), from the name's own words."""
    for found in registry.unkinded:
        name = found.name.removeprefix("The ").removeprefix("the ")
        if registry.lower_aliases.get(found.name.lower()) is not None or registry.aliases.get(found.name) is not None \
                or registry.lower_aliases.get(name.lower()) is not None:
            continue
        starting = [b.key for b in registry.bodies.values() if b.body_type in _OWNER_TYPES
                    and any(label.lower().removeprefix("the ").startswith(name.lower() + " ") for label in b.labels)]
        if len(set(starting)) == 1:
            body = registry.bodies[starting[0]]
            registry.register_alias(name, body.key)
            if name not in body.labels:
                body.short_forms.append(name)
            continue
        if re.search(r"\b(?:University|College)\b", name):
            found = dataclasses.replace(found, body_type="PartnerOrganisation", kind="College")
        elif re.search(r"\s(?:Mind|Foundation|Charity)$", name):
            found = dataclasses.replace(found, body_type="PartnerOrganisation", kind="VoluntaryOrganisation")
        registry.add(found, proper=True)


def _merge_fields_in_either_order(registry: BodyRegistry) -> None:
    """"the independent visitor and advocacy service" and "the advocacy and independent visitor
    service": one team or service named by two fields, whichever the text writes first."""
    seen: dict[tuple[frozenset[str], str], str] = {}
    for key, body in list(registry.bodies.items()):
        match = _TWO_FIELDS_NAMED.fullmatch(_norm(body.name))
        if match is None or body.body_type not in ("Service", "Board") or key not in registry.bodies:
            continue
        identity = (frozenset((match.group(1).strip(), match.group(2).strip())), match.group(3))
        first = seen.setdefault(identity, key)
        if first != key and first in registry.bodies:
            _merge(registry, first, key)


#: A name of two fields and one kind word: "independent visitor and advocacy service" (normalised).
_TWO_FIELDS_NAMED = re.compile(r"((?:(?!and )[a-z0-9]+ )+)and ((?:(?!and )[a-z0-9]+ )+)(service|team|panel|unit|hub|board|group|subgroup)")


def _merge_college_named_by_first_words(registry: BodyRegistry) -> None:
    """"the Wyre Institute" and "the Wyre Institute of Further and Higher Education": a college
    named again by its name's words before "of" is one body, where one fuller name starts so."""
    colleges = [b for b in registry.bodies.values() if b.kind == "College" or b.kind == "PartnerOrganisation" and " Institute" in f" {b.name}"]
    for short in colleges:
        fuller = [b for b in colleges if b is not short and b.name.lower().startswith(short.name.lower() + " of ")]
        if len(fuller) == 1 and short.key in registry.bodies and fuller[0].key in registry.bodies:
            _merge(registry, fuller[0].key, short.key)


def _merge_police_into_named_force(registry: BodyRegistry) -> None:
    """"the police" in a report that names the force policing the council's area ("Anyshire Police"
    in a report on Anyford, from the shipped list of force areas) is that force: one body, one node,
    "police" among its names, and the police's units named in lower case are its. Another force the
    report names (where a child was placed, a neighbour's, the British Transport Police) stays a body of
    its own, and "the police" apart."""
    own = police_force_of(registry.report.authority)
    if own is not None:
        _fold_generic_into_named(registry, lambda key, b: b.kind == "Police" and b.generic,
                                 lambda key, b: b.kind == "Police" and not b.generic and b.name == own)
        force = next((b.key for b in registry.bodies.values() if b.kind == "Police" and not b.generic and b.name == own), None)
        for body in registry.bodies.values() if force is not None else ():
            if body.name.startswith("police ") and body.kind == "TeamOrService" and body.part_of is None:
                body.part_of = force  # "the police missing from home team" (``_police_unit_matches``): that force's unit


def _merge_family_court_into_placed_court(registry: BodyRegistry) -> None:
    """"the family court" in a report that names one family court by where it sits ("the Family
    Court at Wyreford") is that court: one body, one node."""
    _fold_generic_into_named(registry, lambda key, b: b.kind == "Court" and b.generic and key == "family court",
                             lambda key, b: b.kind == "Court" and not b.generic and _PLACED_COURT.match(b.name))


def _fold_generic_into_named(registry: BodyRegistry, generic, named) -> None:
    """The one generic body ``generic(key, body)`` picks merged into the one named body ``named``
    picks, where the report has exactly one of each."""
    generics = [key for key, body in registry.bodies.items() if generic(key, body)]
    nameds = [key for key, body in registry.bodies.items() if named(key, body)]
    if len(generics) == 1 and len(nameds) == 1:
        _merge(registry, nameds[0], generics[0])


_PLACED_COURT = re.compile(r"Family (?:[Pp]roceedings )?[Cc]ourt (?:sitting )?(?:at|in) ")




def _find_mentions(report: Report, registry: BodyRegistry) -> None:
    seen_paragraphs: dict[str, set[int]] = {}
    patterns = _mention_patterns(registry)
    for paragraph in report.paragraphs:
        for start, end, key in _mention_hits(paragraph.text, registry, patterns):
            report.mentions.append(
                Mention(
                    body=key,
                    paragraph=paragraph.number,
                    text=paragraph.text[start:end],
                    span=Span(paragraph.span.start + start, paragraph.span.start + end),
                )
            )
            seen_paragraphs.setdefault(key, set()).add(paragraph.number)
    for body in report.bodies:
        body.paragraphs = sorted(seen_paragraphs.get(body.key, set()))


#: The possessive inside a partner's team's name: "Anyford Police's … unit".
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s")


#: A force's name opening a longer name: "Wyre Police" of "Wyre Police safeguarding unit".
_FORCE_AT_START = re.compile(rf"{_FORCE_NAME_WITH_AND}(?:\s+Service)?(?=\s+(?!and\b|&)\S)")


def _mention_hits(text: str, registry: BodyRegistry, patterns=None) -> list[tuple[int, int, str]]:
    """Every body a text names, longest name first, no two overlapping: (start, end, key).
    ``patterns``: the registry's ``_mention_patterns``, where the caller built them already."""
    regex_s, regex_i, keys_sensitive, keys_insensitive = patterns or _mention_patterns(registry)
    text = fold_characters(text)  # as the bodies were found (for text not read through ``reading``); the spans hold
    hits = []
    if regex_i is not None:
        lowered = text.lower()
        for start, end in _alias_spans(regex_i, lowered):
            hits.append((start, end, keys_insensitive[lowered[start:end]]))
            if lowered.find(" ", start, end) >= 0:
                for inner_start, inner_end in _longer_alias_inside(regex_i, lowered, start, end):
                    hits.append((inner_start, inner_end, keys_insensitive[lowered[inner_start:inner_end]]))
    if regex_s is not None:
        for start, end in _alias_spans(regex_s, text):
            hits.append((start, end, keys_sensitive[text[start:end]]))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # the characters a chosen hit holds: an overlap is a taken character (time linear in the text)
    for hit in hits:
        if taken.find(1, hit[0], hit[1]) >= 0:
            continue
        if registry.bodies[hit[2]].kind == "Police" and not _names_the_police(text, hit[0], hit[1]):
            continue
        if registry.bodies[hit[2]].is_inspected_authority and not _names_the_department(text, hit[0], hit[1]):
            continue  # "children's services" (the sector), "the Director of Children's Services" (a post)
        chosen.append(hit)
        taken[hit[0] : hit[1]] = b"\x01" * (hit[1] - hit[0])
    police = registry.lower_aliases.get("police")
    for start, end, key in list(chosen):  # "Anyford Police's … unit": the police named too
        owner = registry.bodies[key].part_of
        possessive = _POSSESSIVE_INSIDE.search(text, start, end) if owner in registry.bodies else None
        if possessive is not None:
            chosen.append((start, possessive.start(), owner))
        elif police in registry.bodies and key != police and text[start : start + 7].lower() == "police " \
                and registry.bodies[key].kind != "Police":
            chosen.append((start, start + 6, police))  # "the police public protection unit": the unit, and the police named too
        elif registry.bodies[key].kind != "Police" and (force := _FORCE_AT_START.match(text, start, end)) is not None \
                and (force_key := registry.lower_aliases.get(force.group(0).lower()) or registry.aliases.get(force.group(0))) is not None \
                and registry.bodies[force_key].kind == "Police":
            chosen.append((start, force.end(), force_key))  # "the Wyre Police safeguarding unit": the force named too
    if registry.coordinated and regex_i is not None:
        lowered = text.lower()
        spans = list(chosen)
        while spans:
            start, end, _ = spans.pop()
            if lowered[start:end] not in registry.coordinated:
                continue
            for inner_start, inner_end in _alias_spans(regex_i, lowered, start + 1, end):  # "… and adoption panels" inside it
                inner = (inner_start, inner_end, keys_insensitive[lowered[inner_start:inner_end]])
                chosen.append(inner)
                spans.append(inner)  # "adoption and residential services" inside "fostering, adoption and …": a list again
    return sorted(chosen)


def _mention_patterns(registry: BodyRegistry):
    """The alternations that find every alias of every body: built once per registry state."""
    state = (len(registry.aliases), len(registry.lower_aliases), len(registry.bodies),
             sum(len(b.labels) for b in registry.bodies.values()))
    cached = getattr(registry, "_patterns", None)
    if cached is not None and cached[0] == state:
        return cached[1]
    patterns: list[tuple[str, str, bool]] = []
    for alias, key in registry.aliases.items():
        patterns.append((alias, key, True))
    for alias, key in registry.lower_aliases.items():
        patterns.append((alias, key, False))
    for body in registry.bodies.values():
        for label in body.labels:
            if label.isupper() and len(label) <= 8:
                patterns.append((label, body.key, True))
            else:
                patterns.append((label.lower(), body.key, False))
    patterns.sort(key=lambda p: -len(p[0]))
    sensitive = [p for p in patterns if p[2]]
    insensitive = [p for p in patterns if not p[2]]
    keys_sensitive = {alias: key for alias, key, _ in reversed(sensitive)}
    keys_insensitive = {alias: key for alias, key, _ in reversed(insensitive)}
    built = (_alternation([a for a, _, _ in sensitive]), _alternation([a for a, _, _ in insensitive]),
             keys_sensitive, keys_insensitive)
    registry._patterns = (state, built)
    return built


def _alternation(aliases: list[str]) -> re.Pattern[str] | None:
    r"""Every alias after a character that is not a word character (``[^\w]``) and with no
    letter after it (a footnote's digit may follow a name: "Board1"), for ``_alias_spans``."""
    aliases = [a for a in dict.fromkeys(aliases) if a]
    if not aliases:
        return None
    return re.compile(r"[^\w]" + prefilter.literal_alternation(aliases) + r"(?![A-Za-z])")


def _longer_alias_inside(alternation: re.Pattern[str], text: str, start: int, end: int):
    """Aliases starting at a word inside the alias found at ``text[start:end]`` and running on past
    its end: "the local authority designated officer" is the officer, not "the local authority"
    (a search from left to right takes the first alias to start and goes on after it). Tried only
    after the few spaces inside a found alias, so no more of the text is searched."""
    padded = " " + text
    inner = text.find(" ", start, end)
    while inner >= 0:
        found = alternation.match(padded, inner + 1)
        if found is not None and found.end() - 1 > end:
            yield inner + 1, found.end() - 1
        inner = text.find(" ", inner + 1, end)


def _alias_spans(alternation: re.Pattern[str], text: str, start: int = 0, end: int | None = None):
    """(start, end) of each alias an ``_alternation`` finds in ``text[start:end]``, no word
    character before it (the text's start counts as none) and no two overlapping, as a search
    from left to right finds them: the regex engine skips to the characters that are not word
    characters instead of trying the aliases at every letter."""
    padded = " " + (text if end is None else text[:end])  # the space stands for the text's start
    position = start
    while (found := alternation.search(padded, position)) is not None:
        yield found.start(), found.end() - 1
        position = found.end() - 1


_OWNER_SUBJECT = re.compile(
    r"^(?P<subject>(?:the\s+)?(?:(?!\b(?:to|should|must|will)\b)[\w'’ ,&()-]){2,120}?)\s+(?:to|should|must|will)\s+(?!be\b)[a-z]+",
    re.I,
)


def _resolve_owners(report: Report, registry: BodyRegistry) -> None:
    """An owner named by a lead-in line ("NHS X and NHS providers take action to:") or by the
    bullet's subject ("the BSCB to ensure …", "the council to review …")."""
    for recommendation in report.recommendations:
        owner_text = recommendation.owner
        if not owner_text:
            match = _OWNER_SUBJECT.match(recommendation.text)
            if match and not re.match(r"(ensure|review|develop|improve|appoint|increase|establish)\b", recommendation.text, re.I):
                owner_text = match.group("subject")
        recommendation.owner = None
        if not owner_text:
            continue
        key = _first_body_in(owner_text, registry)
        if key is not None:
            recommendation.owner = key


def _first_body_in(text: str, registry: BodyRegistry) -> str | None:
    best = None
    for alias, key in list(registry.aliases.items()):
        start = _find_word(text, alias)
        if start >= 0 and (best is None or start < best[0]):
            best = (start, key)
    lowered = text.lower()
    for alias, key in registry.lower_aliases.items():
        start = _find_word(lowered, alias)
        if start >= 0 and (best is None or start < best[0]):
            best = (start, key)
    return best[1] if best else None


def _standing(text: str, alias: str, not_before: str, not_after: str):
    """Where ``alias`` stands in ``text`` as a word, found with ``str.find`` (no pattern compiled
    for each alias of each report): each start, left to right and not overlapping, with no
    letter, digit or character of ``not_before`` just before it and none of ``not_after`` after."""
    start = text.find(alias)
    while start >= 0:
        end = start + len(alias)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not (before and (before.isalnum() or before in not_before)) and not (after and (after.isalnum() or after in not_after)):
            yield start
            start = text.find(alias, end)
        else:
            start = text.find(alias, start + 1)


def _word_ends(text: str, alias: str):
    r"""The end of each match of ``(?<![\w-])alias(?![\w-])`` that ``finditer`` gives."""
    return (start + len(alias) for start in _standing(text, alias, "_-", "_-"))


def _find_word(text: str, alias: str) -> int:
    r"""Where ``alias`` first stands in ``text`` with no word character or apostrophe just before
    it and no word character just after (what ``(?<![\w'])alias(?!\w)`` finds), or -1."""
    return next(_standing(text, alias, "_'", "_"), -1)
