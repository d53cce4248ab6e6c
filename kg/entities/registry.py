"""The bodies found so far in one report: each name as found (``_Found``), the registry that keys them,
keeps their aliases and short forms, and decides which of two names is the better."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..gazetteer import (
    Council,
    COUNCIL_AS_A_WHOLE,
    council_for,
    GENERIC_BODIES,
    NOT_BODY_NAMES,
    PHRASE_HEADS,
    PHRASE_SECTOR,
    trust_identity,
)
from ..model import Body, Report
from .text import _AREA_WORDS, _norm, _only_an_area, _singular_head, _tidy, _unquote, _without_quote_or_article

_GENERIC_WHOLE = re.compile("|".join(f"(?:{k.pattern})" for k in GENERIC_BODIES), re.IGNORECASE)


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
    titled: str = ""  # a title before its kind word in lower case ("Bright Wyre" of "the Bright Wyre early years service"): one
    # more name where the report never writes it in lower case (``BodyRegistry.own_title``)


#: A council's possessive, then a name in capitals: "Wyre's Children and Young People's Partnership".
_PLACE_OWNS = re.compile(r"([A-Z][\w-]*(?: (?:upon |on )?[A-Z][\w-]*){0,3})['’]s ([A-Z][\w’'-]*(?: [\w’'&-]+)+)")


#: A programme's own name in capitals, then what kind it is in lower case: "Wyre Ahead apprenticeship programme".
#: A title of capitalised words, a small word between two of them: "Families of Wyre for Change", "Step Up to Work".
_TITLE = r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|in|on|to|at)\s+)?[A-Z0-9][\w’'&-]*)*"
#: The words of a programme's kind after its title.
_PROGRAMMES_KIND_WORDS = "programme|model|scheme|initiative|project"
_PROGRAMME_TITLE = re.compile(rf"(?:The\s+)?(?P<title>{_TITLE})"
                              rf"(?:\s+[a-z][\w-]*){{0,2}}\s+(?:{_PROGRAMMES_KIND_WORDS})")


def _written_programme_title(found: _Found) -> str | None:
    """The title of a programme as written, where the gazetteer names it another way and its kind's word follows the
    title right away ("Troubled Families" of "the Troubled Families programme"; not "Duke of Edinburgh's" of "the Duke of
    Edinburgh's award scheme", whose title goes on in lower case)."""
    if not found.written or found.written == found.name or (title := _programme_title(found.written)) is None:
        return None
    return title if re.fullmatch(rf"(?:the\s+)?{re.escape(title)}\s+(?:{_PROGRAMMES_KIND_WORDS})", found.written, re.I) else None


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
        #: every word the report writes in lower case somewhere ("advance", "refuge"), read before the finders: a
        #: capitalised word it never writes so is a name ("Brook provides …")
        self.lower_case_words: frozenset[str] = frozenset()
        #: the report's text, every paragraph, as the finders read it (``own_title``)
        self.text = ""
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
        if kind == "PrimaryCareTrust" and core == "primary care trust cluster":
            return "pct cluster"  # the cluster of the area's trusts, by its kind alone: not the trust the report names
        if kind == "PrimaryCareTrust":
            core = re.sub(r"\b(nhs|pct|cluster|primary care trust)\b", " ", core)
            core = "pct " + " ".join(core.split())
        if kind == "NHSTrust":
            core = trust_identity(core)
        return core

    def own_title(self, title: str) -> bool:
        """Whether a title a phrase opens with is a name of the body: one the report never writes in lower case ("First
        Response", "Walsall Together"; not "Common Assessment Framework", "Quality Assurance", "Principal Social Worker": the
        work's own terms, which the report writes in lower case too)."""
        return re.search(rf"(?<![\w’'-]){re.escape(title.lower())}(?![\w’'-])", self.text) is None

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
        if found.kind == "Programme" and (titles := [t for t in (_programme_title(found.name), _written_programme_title(found)) if t]):
            found = dataclasses.replace(found, aliases=(*found.aliases, *titles))  # "the Wyre Ahead programme": "Wyre Ahead" too (and
            # the title as written of a programme the gazetteer names another way: "Troubled Families" of "the Troubled Families
            # programme", the Supporting Families programme since)
        if found.titled and self.own_title(found.titled):
            found = dataclasses.replace(found, aliases=(*found.aliases, found.titled))
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
        for name in (found.name, written, *found.aliases):  # (and as written with its kind word: "… Services directorate")
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
_CONNECTORS = {"and", "of", "&", "in", "for"}
#: Words that make a "centre" a part of a town: "the town centre", "a shopping centre".
_PLACES_IN_TOWN = {"town", "city", "shopping", "village", "retail", "transport", "travel", "bus", "rail", "railway"}


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


#: Capitalised words that say when, or a country, not a place a body is named by: "at Christmas",
#: "in England", "the Monday youth service".
_TIMES_AND_COUNTRIES = {"england", "wales", "britain", "uk", "scotland", "northern", "ireland", "europe",
                       "christmas", "easter", "summer", "spring", "autumn", "winter",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "court"}


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
