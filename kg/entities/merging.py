"""Names of one body merged once the report is read: one short form, a name with and without its kind
word, a college by its first words, police into the named force, a family court into its placed court; and a name as its
body styles it in lower case."""
from __future__ import annotations

import dataclasses
import re

from ..gazetteer import PHRASE_ROLES, council_for, police_force_of
from .kinds import _PEOPLE_WORDS, _generic_matches
from .text import _norm
from .registry import BodyRegistry, _GENERIC_WHOLE, _merge
from .vocabulary import _only_sector, _OWNER_TYPES

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
    partnership by its brand ("Safer Wyre") and by its name with "Partnership", whichever comes first; and an area's fire
    service with and without "Service"."""
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
        if found.kind == "FireAndRescueService" and not found.name.endswith("Service"):
            for longer in (f"{found.name.lower()} service", re.sub(r" fire and rescue$", " fire service", found.name.lower())):
                fuller = registry.bodies.get(registry.lower_aliases.get(longer, ""))
                if fuller is not None and fuller.key != key:
                    _merge(registry, fuller.key, key)  # "Anyshire Fire and Rescue" and "… Fire and Rescue Service" or "Anyshire
                    fuller.body_type, fuller.kind = found.body_type, found.kind  # Fire Service": one service, the area's fire
                    break  # service (not a council's service by its kind word)
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


#: The rest of a name its body styles in lower case, joined by an ampersand that prose does not write ("… care & health"),
#: then what may follow a name: a stop, "and", or a verb ("… care & health provides …"; not "… drug & alcohol workers", "…
#: missing & exploitation officers": what it offers or who, a description).
_STYLED_REST = re.compile(r"\s+([a-z]+\s+&\s+[a-z]+)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|which|who|is|are|was|were|has|have|had|will|would"
                          r"|should|can|could|may|must|also|now|provides?|delivers?|offers?|runs?|supports?|leads?|helps?"
                          r"|ensures?|contributes?|plays?|gives?|employs?|hosts?|commissions?)\b)")
#: Kinds of partner whose names are never styled so: a force's, a fire service's, a college's words after its name are
#: its work ("Wyre Police missing & exploitation officers").
_NOT_STYLED_KINDS = {"Police", "FireAndRescueService", "College", "School", "Court", "Inspectorate"}


def _name_as_styled_in_lower_case(registry: BodyRegistry) -> None:
    """A partner found by its word in capitals that the report names, every time, going on in lower case, words joined by
    "&" ("Wyrona care & health provides …"), is named as it styles itself, the word in capitals one of its names (not a
    council's, a national body's or a service's, nor a force's, a fire service's or a college's; nor where a kind or what it
    offers follows: "Wyrekind drug & alcohol workers", "Wyre Action children & families service", or the name stands alone
    elsewhere: "Wyre Action therapeutic & play work …, and Wyre Action attends")."""
    if " & " not in registry.text:
        return
    for body in registry.bodies.values():
        if not body.name[:1].isupper() or body.national or body.body_type != "PartnerOrganisation" or body.kind in _NOT_STYLED_KINDS \
                or any(f.start == 0 and f.end == len(body.name) for f in _generic_matches(body.name)):
            continue  # (nor a charity the gazetteer knows by its name: "Barnardo's health & wellbeing" is its work)
        mentions = list(re.finditer(rf"(?<![\w’'-]){re.escape(body.name)}(?![\w’'-])", registry.text))
        rests = {" ".join(m.group(1).split()) if (m := _STYLED_REST.match(registry.text, mention.end())) else None
                 for mention in mentions}
        if len(rests) != 1 or None in rests:
            continue
        rest = rests.pop()
        if any(w in _PEOPLE_WORDS or f"{w}s" in _PEOPLE_WORDS or w.rstrip("s") in PHRASE_ROLES for w in rest.split()):
            continue  # "Home-Start Wyre volunteers & staff": its people
        styled = f"{body.name} {rest}"
        if registry.lower_aliases.get(styled.lower(), body.key) != body.key:
            continue  # another body's name already
        body.short_forms.insert(0, body.name)
        body.name = styled
        registry.register_alias(styled, body.key)
