"""The words before or after a found name that belong to it: its frequency, status, reach, force, area,
members, owner, title, the people it serves, the court's place."""
from __future__ import annotations

import dataclasses
import re

from ..gazetteer import (
    Council,
    COUNCIL_AS_A_WHOLE,
    council_for,
    LEADING_NON_NAME,
    PEOPLE_QUALIFIERS,
    PEOPLE_SERVED,
    PHRASE_BREAK,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    police_force_for,
)
from .text import _AREA_WORDS, _only_an_area, _singular_head, _tidy, _unquote
from .registry import BodyRegistry, _Found, _TIMES_AND_COUNTRIES
from .kinds import _A_TIME, _ANY_HEAD_END, _forces_areas, _generic_matches, _people_at_work, _place_name_words, _WEEKDAY
from .vocabulary import (
    _A_COUNCILS_WORD,
    _A_REACH,
    _a_whole_body,
    _ACRONYM_WORD,
    _AMOUNTS,
    _AREA_PART_WORDS,
    _FORCE_NAME_WITH_AND,
    _OF_A_FORCE,
    _only_sector,
    _FREQUENCY_BEFORE,
    _LOWER_COMPASS_BEFORE,
    _MEMBERS_BEFORE,
    _MONTHS,
    _opens_sentence,
    _OWNER_TYPES,
    _PART_OF_AREA_BEFORE,
    _PLACE_STYLE_WORDS,
    _REACH_BEFORE,
    _REGION_NAMES,
    _STATUS_BEFORE,
)

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


#: A post right after a body: "the interim … board chair" is the chair's interim post, not the board's.
_POST_AFTER = re.compile(r"\s+(?:chair|chairs|chief|manager|officer|lead|director|member|members|business)\b", re.IGNORECASE)


def _with_status_before(sentence: str, item: _Found) -> _Found:
    """A board or a commissioner found after "shadow" or "interim" carries that name as well: the same
    body in its first year."""
    if item.body_type not in ("Board", "HealthBody") or item.national or item.start < 7:
        return item
    status = _STATUS_BEFORE.search(sentence, max(0, item.start - 40), item.start)
    written = sentence[item.start : item.end]
    if status is None or _ACRONYM_WORD.fullmatch(written) or _POST_AFTER.match(sentence, item.end):
        return item  # ("the shadow LSCB": a young people's board of its own, read by ``_with_members_before``)
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[status.start() : item.end]).split(" ", 1)[1]))
_MEETING_END = re.compile(r"(?:meeting|conference|panel|board)s?$", re.IGNORECASE)


def _with_frequency_before(sentence: str, item: _Found) -> _Found:
    """A meeting, panel or board found after its frequency ("daily", "weekly") carries the name with it as well."""
    if item.kind not in ("Panel", "Board") or item.start < 6 or not _MEETING_END.search(item.name):
        return item
    frequency = _FREQUENCY_BEFORE.search(sentence, max(0, item.start - 14), item.start)
    if frequency is None:
        return item
    return dataclasses.replace(item, aliases=(*item.aliases, f"{frequency.group(0).lower()}{item.written or item.name}"))


def _with_reach_before(sentence: str, item: _Found) -> _Found:
    """A board, panel or group found after "strategic" or "operational" (which say which of two
    groups on one work it is: "the strategic missing group") is named with it."""
    if item.body_type != "Board" or item.start < 10 or (item.written or item.name).endswith("s") \
            or not (sentence[item.start : item.start + 1].islower() or _ACRONYM_THEN_LOWER.fullmatch(sentence, item.start, item.end)):
        return item  # (not "all strategic partnership boards": which boards, not one's name; but "the strategic VEMT group",
        # a group by its topic's short form, is one)
    reach = _REACH_BEFORE.search(sentence, max(0, item.start - 14), item.start)
    if reach is None:
        return item
    named = f"{reach.group(0)}{item.written or item.name}"  # its own name: "the strategic and the operational missing group" are two
    if item.key_name:  # a kind the gazetteer knows (the council's one partnership board): another name of it
        return dataclasses.replace(item, aliases=(*item.aliases, named))
    return dataclasses.replace(item, name=named, written=named, start=reach.start())


#: A group named by its topic's short form: "VEMT group", "CSE and missing group" (not "Wyre Board", nor a board's own short
#: form, "LSCB").
_ACRONYM_THEN_LOWER = re.compile(r"[A-Z]{2,8}(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:[a-z]+\s+)?(?:group|forum|sub-?group|panel)")


#: A word after "the" and before a team's or a unit's words that the report names it by: how it works
#: ("the targeted early help team", "the integrated disabled children's team") or whose it is ("the police
#: public protection unit", after an owner too: "the borough's police public protection unit"; "the council's integrated youth
#: service").
_WORD_BEFORE_A_TEAM = re.compile(rf"(?<![\w-])(?:(?i:the)\s+|{_A_COUNCILS_WORD}\s+(?=[Tt]argeted|[Ii]ntegrated)"
                                 r"|[a-z]+['’]s\s+(?=[Pp]olice))(?P<word>[Tt]argeted|[Ii]ntegrated|[Pp]olice)\s+$")


#: A force's name, or its possessive, right before a kind: "the Anyshire Police public protection unit", "Wyre and
#: Anyshire Constabulary's child abuse investigation unit".
_FORCE_BEFORE_A_KIND = re.compile(rf"(?<![\w’'-])(?P<force>{_FORCE_NAME_WITH_AND})(?:['’]s)?\s+$")


#: "of" and a force's name right after a kind: " of Anyshire Constabulary" (not "of Anyshire Constabulary's …", its own).
_FORCE_AFTER_A_KIND = re.compile(rf"{_OF_A_FORCE}(?![\w’'-])")


def _with_its_force(sentence: str, item: _Found) -> _Found:
    """A police unit of a kind the gazetteer knows, in lower case after a force's name or before "of" and it, with the
    force as one more of its names ("the Anyshire Police public protection unit", "the public protection unit of Anyshire
    Constabulary"), as a reader lists it (the force is found apart)."""
    if not item.key_name or item.body_type != "Service" or not sentence[item.start : item.start + 1].islower():
        return item
    before = _FORCE_BEFORE_A_KIND.search(sentence, max(0, item.start - 60), item.start)
    if before is not None and police_force_for(before.group("force")) is not None:
        return dataclasses.replace(item, aliases=(*item.aliases, f"{before.group('force')} {item.written or item.name}"))
    after = _FORCE_AFTER_A_KIND.match(sentence, item.end)
    if after is not None and police_force_for(after.group("force")) is not None:
        return dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[item.start : after.end()])))
    return item


def _with_word_before_a_team(sentence: str, item: _Found) -> _Found:
    """A team, a unit or a service found in lower case after "the targeted", "the integrated" or "the police" is also
    named with that word (not "targeted services", a level of help): one more name of a kind the gazetteer
    knows; the name itself of a team of no known kind ("the targeted early help team"), but not of the
    police's (``_police_unit_matches`` reads those, the force with them)."""
    written = item.written or sentence[item.start : item.end]
    if item.body_type != "Service" or not re.search(r"\b(?:team|unit|service)$", written, re.IGNORECASE):
        return item
    before = _WORD_BEFORE_A_TEAM.search(sentence, max(0, item.start - 30), item.start)
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


#: The kinds of body councils of one region share, by the names the gazetteer gives them.
_REGIONS_KINDS = ("Regional adoption agency", "Regional care cooperative")
#: The areas the territorial police forces are named by that are no council's and no region's, which councils share bodies
#: across as a region's: "Greater Manchester", "West Yorkshire", "Thames Valley", "Avon and Somerset".
_FORCES_AREAS = frozenset(area for area in _forces_areas() if council_for(area) is None and area not in _REGION_NAMES)
#: A region of England's name, or a force's area's, right before a word ("the North West regional adoption agency", "the
#: Yorkshire and Humber …", "the south east …", "the south-west …", "the Thames Valley regional care cooperative"): the
#: regions of the councils' list and the forces' areas, "and the" or "and" inside, a name of two words hyphened or not, in
#: either case.
_REGION_JUST_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<region>" + "|".join(sorted({re.escape(r).replace(r"\ and\ the\ ", r"\ and\ (?:the\ )?") if " and " in r
                                                else re.escape(r).replace(r"\ ", r"[\s-]") for r in _REGION_NAMES | _FORCES_AREAS},
                                               key=len, reverse=True)) + r")\s+$", re.IGNORECASE)


def _with_region_before(sentence: str, item: _Found) -> _Found:
    """A kind councils of one region share, after the region's name, is that region's body, named whole ("the North West
    regional adoption agency", "the Yorkshire and Humber regional care cooperative"), its kind's words another of its
    names: not a body named only by the region ("North West"), nor the council's own."""
    if item.key_name not in _REGIONS_KINDS or item.national or item.council is not None:
        return item
    before = _REGION_JUST_BEFORE.search(sentence, max(0, item.start - 32), item.start)
    if before is None or re.search(r"(?<![\w’'-])(?!(?:The|A|An|Its|Their)\s)[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?$",
                                   sentence[: before.start("region")]):
        return item  # (not "the Adopt North East regional adoption agency": the agency's own name ends with its region; not
        # "the Anyshire and Merseyside …": one area of two joined)
    written = sentence[item.start : item.end]
    named = _tidy(sentence[before.start("region") : item.end])
    return dataclasses.replace(item, name=named, written=named, start=before.start("region"), key_name="",
                               aliases=(*item.aliases, written))


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
#: Strategic Exploitation Group", "the in-house fostering service", "an issues-based advocacy service", "the Anyshire-wide
#: emergency duty service".
_SCOPE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:multi[- ]?agency|in-house|[a-z]+-based|[A-Za-z]+-wide|tri-borough|bi-borough|pan-[A-Za-z]+|joint|shared)\s+"
    r"|(?<![\w-])(?:pan|cross)-)$", re.IGNORECASE)


#: The board or group of a partnership right after its name: "the local strategic partnership board".
_ITS_BOARD_AFTER = re.compile(r"\s+(?:board|group)(?![\w’'-])")


def _with_its_board_after(sentence: str, item: _Found) -> _Found:
    """A partnership named in lower case with "board" or "group" right after it, with that longer name as one more of
    its names ("the local strategic partnership board", "the children and young people's strategic partnership
    board"): the partnership's board, which a reader lists by that name."""
    written = item.written or sentence[item.start : item.end]
    if item.body_type != "Board" or not written.lower().endswith("partnership") or not sentence[item.start : item.start + 1].islower():
        return item
    board = _ITS_BOARD_AFTER.match(sentence, item.end)
    if board is None:
        return item
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[item.start : board.end()])))


def _with_scope_before(sentence: str, item: _Found) -> _Found:
    """``item`` with its wording from a scope word before it as one more of its names."""
    if item.national or item.council is not None or item.body_type == "LocalAuthority" or item.end <= item.start:
        return item
    scope = _SCOPE_BEFORE.search(sentence, max(0, item.start - 24), item.start)
    if scope is None or scope.group(0).split()[0].lower() in ("joint", "shared") and item.body_type not in ("Board", "Service"):
        return item  # ("joint police and social care visits": no joint police)
    if scope.group(0).rstrip().lower().endswith("-wide") and not sentence[item.start : item.start + 1].islower():
        return item  # (a reach before a proper name is not of its name: "the Wyre-wide Child Death Overview Panel")
    scoped = re.sub(r"\s*\([^()]*\)", "", sentence[scope.start() : item.end])  # (without a short form it takes in)
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(_unquote(scoped))))


#: A lower-case name's opening words its readers leave out: its scope ("the multi-agency exploitation panel"; not "central",
#: as often one of the area's parts as a scope) or the short form of the board it belongs to ("the LSCB missing from home
#: sub-group").
_SCOPE_OR_OWNER_FIRST = re.compile(r"(?:(?i:multi[- ]?agency)|(?P<owner>[A-Z]{2,6}))\s+(?=[a-z])")
#: The parts of an area a council's teams or units are split by, opening their name in lower case: "the district early help
#: units", "the multi-agency locality teams".
_AREA_PART_FIRST = re.compile(rf"(?P<scope>(?i:multi[- ]?agency)\s+)?(?P<part>{'|'.join(_AREA_PART_WORDS)})\s+(?=[a-z])")
#: Work "district" names a kind of, not a part of the area: "the district nursing teams".
_A_DISTRICTS_WORK = {"nursing", "nurses", "nurse"}
_TEAMS_END = re.compile(r"\b(?:team|unit)s$")
#: A brand in capitals, then its kind in lower case: "the Anyford Horizons service".
_BRAND_THEN_KIND = re.compile(r"((?:[A-Z][\w’'&-]*\s+)+[A-Z][\w’'&-]*)\s+(?:service|project|programme|scheme)s?")


#: A capitalised word's reach opening a name (``vocabulary._A_REACH``): "Tees-wide" of "the Tees-wide ERASE team" (one
#: before a name, in lower case, is a scope: ``_SCOPE_BEFORE``).
_A_REACH_FIRST = re.compile(rf"{_A_REACH.pattern}\s+")


def _with_shorter_names(item: _Found) -> _Found:
    """``item`` with the shorter name readers give it as one more of its names: without the scope or
    the owner's short form a lower-case name opens with ("child exploitation and missing panel" of "the
    multi-agency child exploitation and missing panel"; written so, in lower case; three words at least, as "support services" is anyone's),
    without a reach it opens with before a name in capitals ("ERASE team" of "the Tees-wide ERASE team"), or a brand named by its place without its kind in lower case ("Wyre Horizons" of "the Wyre
    Horizons service"; a brand of common words alone, "the Children's Rights service", may be the work's
    own words, which a report writes in lower case too), or a council's teams without the part of the area their name
    opens with ("early help units" of "the district early help units"; the longer name of teams found without it is
    ``_with_area_part_before``'s)."""
    name = item.written or item.name
    if item.national or item.council is not None or item.body_type == "LocalAuthority" or item.key_name:
        return item  # (a kind the gazetteer names, "the multi-agency risk assessment conference", has its names)
    first = _SCOPE_OR_OWNER_FIRST.match(name)
    if (reach := _A_REACH_FIRST.match(name)) is not None and len(name[reach.end() :].split()) >= 2 and name[reach.end()].isupper():
        shorter = name[reach.end() :]  # "the Tees-wide ERASE team": the ERASE team, wherever it reaches (a name, in capitals:
        # not "the Tees-wide missing children team", whose lower-case words are any council's team's)
    elif first is not None and name[first.end() :].islower() and len(name[first.end() :].split()) >= (2 if first.group("owner") else 3) \
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
    elif (part := _AREA_PART_FIRST.match(name)) is not None and name.islower() and _TEAMS_END.search(name) \
            and len(name[part.end() :].split()) >= (1 if part.group("scope") else 2) and name[part.end() :].split()[0] not in _A_DISTRICTS_WORK \
            and (part.group("scope") or not _only_sector(name[part.end() :].split()[:-1])):
        # "the district early help units": the units readers list, each part's ("early help units"); "the multi-agency
        # locality teams": the locality teams (not "social work teams" of "the locality social work teams": the sector's)
        shorter = name[part.start("part") :] if part.group("scope") else name[part.end() :]
    else:
        return item
    return dataclasses.replace(item, aliases=tuple(dict.fromkeys((*item.aliases, shorter))))


#: Whom a team, panel or forum is for, which a reader keeps in its name: "the multi-agency forum
#: for care leavers", "the advice and support service for SGOs and connected persons".
_PEOPLE = "|".join(sorted(map(re.escape, {w for w in PEOPLE_SERVED if not w.endswith(("'", "'s"))} | {"persons", "young people", "adults", "children in care"}),
                          key=len, reverse=True))
#: Whom a kind is for, after it, and more of them after "and": "… for disabled children and adults".
_PEOPLE_AFTER = re.compile(rf"\s+for\s+((?:(?:[a-z'’+-]+|[A-Z]{{2,5}}s?)\s+){{0,3}}?)({_PEOPLE})(?:\s+and\s+(?:{_PEOPLE}))?(?![\w'’-]|\s+proceedings\b)")
_HEAD_END = re.compile(r"(?:team|service|panel|forum|group|board|hub|unit|clinic|committee)s?$", re.IGNORECASE)
#: "for" and a part of the council's services: "for children's services", "for adults' and children's services".
_SERVICES_AFTER = re.compile(r"\s+for\s+(?:(?:children|adults|young\s+people)['’]s?\s+(?:and\s+(?:children|adults|young\s+people)['’]s?\s+)?"
                             r"|education\s+and\s+)?(?:social\s+care\s+)?services\b(?!\s+(?:to|for|in)\b|\s+[a-z]+s\b(?<!\bwas)(?<!\bhas)(?<!\bis)|\s+(?:manager|staff|lead)\b)")
#: The last words of a title of the council's fields after a panel's or a committee's name in capitals: "… for Children's
#: Services", "… for Children and Young People".
_FIELDS_IN_A_TITLE = {"Services", "People", "Children", "Families", "Adults", "Learning", "Education", "Care", "Leavers"}
#: The end of a clause right after a name.
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
#: A verb right after "… for children": the body's own, so "for children" closes its title ("the scrutiny committee for children
#: has …"; not "… for children who …", "… for children looked after", "… for children subject to a plan": some children).
_ITS_VERB_AFTER = re.compile(r"(?:\s+(?:regularly|also|recently|now|closely|rigorously|effectively|routinely|robustly))?"
                             r"\s+(?:has|have|had|is|was|are|were|will|would|should|receives?|received|meets?|met|holds?|held|knows?|"
                             r"scrutinises?|scrutinised|challenges?|challenged|reviews?|reviewed|considers?|considered|oversees?|"
                             r"oversaw|monitors?|monitored|looks\s+at)\b")
#: The heads of a body that governs or scrutinises, one of several the council has, each for its people.
_GOVERNING_HEAD_END = re.compile(r"(?:panel|board|committee)$", re.IGNORECASE)


def _with_people_after(sentence: str, item: _Found) -> _Found:
    """``item`` with "… for <the people it serves>" after it as one more of its names."""
    if item.national or item.council is not None or item.body_type == "LocalAuthority" \
            or not _HEAD_END.search(item.written or item.name) or not (item.written or item.name).islower():
        return item  # a capitalised name is whole: "the Youth Justice Service for looked after children" is its work for them
    served = _PEOPLE_AFTER.match(sentence, item.end)
    governs = _GOVERNING_HEAD_END.search(item.written or item.name) is not None
    if served is None and governs and (field := _SERVICES_AFTER.match(sentence, item.end)) is not None:
        # "the overview and scrutiny committee for children's services": the one of its kind for that part of the council
        return dataclasses.replace(item, aliases=(*item.aliases, _tidy(_unquote(sentence[item.start : field.end()]))))
    if served is None or any(w.lower() not in PEOPLE_QUALIFIERS and not w.isupper() and not w[:-1].isupper()
                             for w in served.group(1).split()):
        return item  # "the panel for all children": not whom it is named for
    if not served.group(1) and served.group(2).lower() in ("children", "families") \
            and not (governs and (" and " in served.group(0) or _CLAUSE_ENDS.match(sentence, served.end())
                                  or "scrutiny" in (item.written or item.name).lower() and _ITS_VERB_AFTER.match(sentence, served.end()))):
        return item  # "early help services for children", "the permanence panel for children who …": every service here is
        # for them (but "the overview and scrutiny panel for children and young people", "… committee for children,", "the
        # scrutiny committee for children has …": the one of the council's panels that is theirs, by its title)
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(_unquote(sentence[item.start : served.end()]))))


#: A title after a body in lower case, of two capitalised words or more: what a panel is for ("the
#: referral panel for Anyshire Child Mental Health Services"), where a consortium reaches ("the
#: resettlement consortium in North and East Anyshire").
_TITLE_AFTER = re.compile(r"\s+(for|in)\s+([A-Z][\w'’-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’-]*)+)")
_TITLE_AFTER_HEADS = {
    "for": re.compile(r"(?:panel|forum|board|group|committee)$"),
    "in": re.compile(r"(?:consortium|partnership|network)$"),
}


#: Where a family court sits, after it: "the Family Court at Wyreford", "the family court sitting in Anyford", "… at Wyre upon Tyne"
#: (not "the Family Court (sitting) at Anyford Civil and Family Court": the court named whole after "at",
#: ``_COURT_NAMED_AFTER``, read first).
_COURT_PLACE = re.compile(r"\s+(?:sitting\s+)?(?:at|in)\s+(?P<place>[A-Z][a-z]+(?:(?:-| |-upon-|-on-| upon )[A-Z][a-z]+){0,2})(?![\w’'-]|\s+[A-Z])")
_COURT_NAMED_AFTER = re.compile(r"\s+(?:sitting\s+)?(?:at|in)\s+(?:the\s+)?(?P<court>(?:[A-Z][a-z]+\s+)+(?:(?:and|&)\s+(?:[A-Z][a-z]+\s+)+)?"
                                r"(?:Court(?: Centre)?|Justice Centre))\b")


#: A title's first words listed with commas before its last two joined by "and": "the Vulnerable, Exploited, ".
_TITLE_LIST_BEFORE = re.compile(r"\b(?:the|The|a|an|its|their)\s+(?P<list>(?:[A-Z][a-z]+,\s+){1,4})$")


#: A name's possessive right before a body found in lower case: "Anyford Police's child exploitation unit".
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|and|of|&)){0,5}?)['’]s\s+$")
#: A board of a kind after it: "… youth offending service management board" (the board's, not the kind's).
_A_BOARD_OF_IT_AFTER = re.compile(r"\s+(?:management|steering|partnership|executive|strategic|operational)\s+(?:board|group)s?\b")
#: A short form in capitals right before a body found in lower case, after "the": "the AfC fostering service", "the WCF
#: social work academy" (the partner's, where the report made it a company's or a charity's short form).
_SHORT_FORM_AFTER_THE = re.compile(r"\b[Tt]he [A-Z][a-z]?[A-Z]")  # (the sentences to look in)
_SHORT_FORM_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?<=[Tt]he )(?P<owner>[A-Z][a-z]?[A-Z][A-Za-z]{0,5})\s+$")
#: Words after a place that make the two a hospital's short name: "Wyre Royal", "Anyford Children's".
_HOSPITAL_WORDS = {"Royal", "Hospital", "Hospitals", "Children's", "Children’s", "University", "General", "Infirmary"}


def _with_owner_before(sentence: str, item: _Found, found: list[_Found], registry: BodyRegistry) -> _Found:
    """A team or service a partner's possessive says is the partner's ("Anyford Police's child
    exploitation unit", "ABC's safeguarding team" where ABC is an NHS trust's short form), or a company's or a charity's
    short form right before it (``_owned_by_short_form``): a body of the partner's, named with its owner, not the
    council's own team of that kind. The owner is a partner found in the sentence, one the report named before, or the
    first words of one's name ("Wyre Royal" of "Wyre Royal NHS Foundation Trust"), which become a name of it."""
    if item.body_type not in ("Service", "Board") or item.national or item.council is not None \
            or not (item.written or sentence[item.start : item.end])[:1].islower() or item.key_name in COUNCIL_AS_A_WHOLE:
        return item  # (a kind the gazetteer knows is a partner's too: "Barnardo's leaving care service")
    if item.key_name and (item.coordinated or _singular_head(sentence[item.start : item.end].split()[-1].lower()) not in PHRASE_HEADS):
        return item  # "the trust's health visiting and school nursing services": the kind, its written name no body's own
    possessive = _OWNER_BEFORE.search(sentence, max(0, item.start - 80), item.start)
    if possessive is None:
        return _owned_by_short_form(sentence, item, registry)
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
    return _named_with_its_owner(sentence, item, f"{owner}{sentence[owner_end : possessive.end()].rstrip()}", owner_end - len(owner), key)


def _owned_by_short_form(sentence: str, item: _Found, registry: BodyRegistry) -> _Found:
    """A team or a service after "the" and a short form the report gave a company or a charity ("the AfC fostering
    service", "the WCF social work academy"): the partner's (not a force's unit or an NHS trust's health visiting service,
    the kinds as readers list them; not "the AfC multi-agency safeguarding hub", the area's; nor the service of "the AfC
    youth offending service management board", its board's). A board's forum or group after its short form is the
    board's ("the WSCB youth forum")."""
    if item.body_type not in ("Service", "Board") or "multi-agency" in item.name.lower() or _A_BOARD_OF_IT_AFTER.match(sentence, item.end):
        return item
    attributive = _SHORT_FORM_OWNER_BEFORE.search(sentence, max(0, item.start - 12), item.start)
    known = registry.aliases.get(attributive.group("owner")) if attributive is not None else None
    owner_type = "PartnerOrganisation" if item.body_type == "Service" else "Board"
    if known not in registry.bodies or registry.bodies[known].body_type != owner_type or registry.bodies[known].kind == "Police" \
            or item.body_type == "Board" and not re.search(r"\b(?:forum|group|sub-group|subgroup)$", item.written or item.name, re.IGNORECASE):
        return item
    return _named_with_its_owner(sentence, item, attributive.group("owner"), attributive.start("owner"), known)


def _named_with_its_owner(sentence: str, item: _Found, owner: str, start: int, key: str) -> _Found:
    """``item`` named with its owner as written before it (from ``start``): a body of the owner's (``key``), its kind's own
    names left to the council's body of that kind."""
    own = _tidy(sentence[item.start : item.end]) if item.key_name else item.name  # a known kind as the text writes it
    return dataclasses.replace(item, name=f"{owner} {own}", start=start, written="", key_name="", part_of=key,
                               aliases=() if item.key_name else item.aliases)


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


def _of_a_wider_area(sentence: str, item: _Found, authority: Council | None) -> _Found:
    """A kind the gazetteer names, in lower case after an area's name that is no council's (or, for the child
    death overview panel, after councils' names: not the inspected one's alone, but one of two or more), is
    that area's body: "the Wyrevale emergency duty team", "the Wyreshire child death overview panel", "the
    Anyford, Wyre and Vale child death overview panel" (a council's own kinds after its name are the
    councils' finder's); so is any one body of a kind after two councils' names or more, their joint body ("the Anyford
    and Wyre emergency duty service"), not before its people or a measure of it."""
    if not item.key_name or item.body_type not in ("Board", "Service") or not sentence[item.start : item.start + 1].islower():
        return item
    before = _AREA_BEFORE_A_KIND.search(sentence, max(0, item.start - 90), item.start)
    if before is None:
        return item
    parts = [before.group("place")] if council_for(before.group("place")) is not None \
        else re.split(r",\s+|\s+and\s+", before.group("place"))  # ("the Telford and Wrekin …": one council's name)
    councils = [council_for(part) for part in parts]
    written = sentence[item.start : item.end]
    panel = item.key_name == "Child death overview panel"
    joint = panel and len(parts) >= 2 \
        or len(parts) >= 2 and all(c is not None for c in councils) and _singular_head(written) == written \
        and not ((after := _WORDS_AFTER.match(sentence, item.end)) is not None
                 and (_people_at_work(after.group(1)) or any(w is not None and w.lower() in _MEASURES for w in after.groups())))
    if not all(c is not None or all(w in _place_name_words() for w in part.split()) and not all(w.lower() in _AREA_WORDS for w in part.split())
               for c, part in zip(councils, parts)) \
            or any(c is not None for c in councils) and not joint and not panel \
            or any(w in _PLACE_STYLE_WORDS for w in before.group("place").split()) \
            or authority is not None and (authority in councils or any(_a_place_of(authority, part) for part in parts)) \
            and not joint:
        return item  # (not "the Anyford youth offending service" in a report on Anyford upon Wyre: the council's own; but "the
        # Anyford, Wyre and Vale child death overview panel" is the councils' joint panel, the inspected council's among them, and
        # so is any one body after two councils' names or more: "the Anyford and Wyre emergency duty service", not the councils'
        # kinds in the plural, "the Anyford and Wyre youth offending teams", each council's own, nor its people or a measure
        # of it: "the Anyford and Wyre virtual school headteachers", "the Anyford and Wyre youth offending service average")
    name = f"{before.group('place')} {_tidy(item.written or item.name)}"
    return _Found(name, item.body_type, item.kind, before.start("place"), item.end, written=name, acronyms=item.acronyms,
                  aliases=(item.name,))  # (its short form, "(EDT)", its; the report's "emergency duty team", "child death overview
    # panel" that area's, as a reader takes them)


def _a_place_of(council: Council, place: str) -> bool:
    """Whether a place's name is the council's own: its whole name, its first word ("Anyford" of "Anyford-on-Wyre",
    "Anyford upon Wyre") or its last after "and" ("Wyre" of "Anyshire West and Wyre")."""
    return council.name == place or re.split(r"[\s-]+", council.name)[0] == place or council.name.endswith(f" and {place}")


#: The two words right after a body's name: "headteachers" of "the Anyford and Wyre virtual school headteachers", "reoffending
#: rate" of "the Anyford and Wyre youth offending service reoffending rate".
_WORDS_AFTER = re.compile(r"\s+([\w’'-]+)(?:\s+([\w’'-]+))?")
#: Words of a measure after a kind, besides the amounts' (``_AMOUNTS``): "the Anyford and Wyre youth offending service average"
#: is the councils' figure, no joint body (but "… safeguarding partnership arrangements" are the partnership's).
_MEASURES = _AMOUNTS | {"average", "averages", "rate", "figure", "figures", "total", "data", "performance", "level", "caseload",
                        "caseloads", "outcome", "outcomes", "statistics", "number", "percentage", "proportion", "cohort", "cohorts",
                        "inspection", "inspections"}
#: An area's name, or several listed with "and", between "the" (perhaps "the joint" or "the shared") and a kind in lower
#: case: "the Anyford and Wyre …", "the Anyford, Wyre and Vale …", "the joint Anyford and Stoke-on-Wyre …".
_A_PLACES_NAME = r"[A-Z][a-z]+(?:(?:\s+(?:upon\s+|on\s+|of\s+)?|-(?:on-|upon-)?)[A-Z][a-z]+){0,2}"  # "Anyford", "Stoke-on-Wyre", "Wyre upon
# Tees", "Isle of Wyre"
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
    reaches as one more of its names; named in capitals, with what it is for ("the Overview and Scrutiny Panel for
    Children's Services")."""
    if item.national or item.council is not None:
        return item
    after = _TITLE_AFTER.match(sentence, item.end)
    if after is None or not _TITLE_AFTER_HEADS[after.group(1)].search((item.written or item.name).lower()) \
            or not (item.written or item.name).islower() and (after.group(1) != "for" or after.group(2).split()[-1] not in _FIELDS_IN_A_TITLE):
        return item  # (in capitals, only a title of a field of the council's: not "the Fostering Panel for Foster Care Associates",
        # the agency whose panel it is)
    title = after.group(2)
    if title.endswith(" Council") or council_for(title) is not None:  # "the board for Anyshire County Council": whose, not a title
        return item
    return dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[item.start : after.end()])))


def _with_programme_after(sentence: str, item: _Found) -> _Found:
    """A service or programme named in capitals, then "programme" (or "project", "scheme", "initiative") in lower case:
    the name with that word as one more of its names ("the Family Nurse Partnership programme"), not a programme of
    its work ("the Wyre Partnership programme of audits") nor a board's."""
    written = item.written or item.name
    if item.national or item.body_type != "Service" or not item.name[:1].isupper() or _A_UNITS_WORD_END.search(written):
        return item  # (not "the Youth Offending Team initiative", "the Leaving Care Service scheme": a unit's own work)
    after = _PROGRAMME_AFTER.match(sentence, item.end)
    return item if after is not None and written.lower().endswith(after.group(1)) else _with_word_after(sentence, item, _PROGRAMME_AFTER)


def _with_operations_team_after(sentence: str, item: _Found) -> _Found:
    """A police operation by its name ("Operation Anyford"), then "team" or "unit": the operation's team, one more of its names
    ("the Operation Anyford team")."""
    written = item.written or item.name
    return item if item.kind != "Programme" or not written.startswith("Operation ") else _with_word_after(sentence, item, _TEAM_AFTER)


def _with_word_after(sentence: str, item: _Found, after: re.Pattern[str]) -> _Found:
    """``item`` with the word ``after`` matches right after it (its group 1) as one more of its names: "… programme", "… team"."""
    word = after.match(sentence, item.end)
    return item if word is None else dataclasses.replace(item, aliases=(*item.aliases, f"{_tidy(sentence[item.start : item.end])} {word.group(1)}"))


#: "team" or "unit" after a name, its own: " team has …", " teams" (not before people, a meeting or a preposition: " team
#: leaders", " team managers", " units of work", " team around the child").
_TEAM_AFTER = re.compile(r"\s+(teams?|units?)(?![\w’'-])(?!\s+(?:leaders?|managers?|members?|meetings?|of|around|for)\b)")
#: "programme" and its kin after a name (and its short form), not before "of" or "team": " programme is …", " (FNP)
#: programme" (not " programme of audits", " project team").
_PROGRAMME_AFTER = re.compile(r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(programme|project|scheme|initiative)(?![\w’'-])(?!\s+(?:of|team)\b)")
#: A unit's kind word ending a name: "… Team", "… Service", "… Unit" (a unit's work is no programme's name; but "the Family Hub
#: programme").
_A_UNITS_WORD_END = re.compile(r"\b(?:Team|Service|Services|Unit|School|Centre|Door|Panel|Board|Group|Forum|Council)$", re.IGNORECASE)


#: Capitalised words and a title's small word right before a name: "Adopt Hills to" of "Adopt Hills to Sea".
_TITLE_BEFORE_SMALL = re.compile(r"(?:^|(?<=\s))(?P<run>(?:[A-Z][\w’'&-]*\s+)+)(?P<small>to the|to|on|upon|at|with a|with|by|r|n)\s+$")


#: A noun opening a sentence before "to" or "on" and a name, the sentence's, not a title's first word: a plural, a noun in
#: -ment or -ing, or "Access" ("Referrals to Anyshire Hope", "Commitment to …", "Access to …"; but "Focus on Wyre Practice",
#: "Time to Talk Wyre" are titles).
_A_SENTENCES_NOUN = re.compile(r"[A-Z][a-z]+(?:[^su]s|ment|ing)|Access")


def _with_title_before(sentence: str, name: str, name_at: int) -> tuple[str, int]:
    """A name found after a small word of a title, with the title's words before it, and where it
    starts ("Hand" of "Help at Hand" → "Help at Hand"); the name as found where no title runs into it."""
    title_at = _title_start(sentence, name_at)
    return (_tidy(sentence[title_at:name_at]) + " " + name, title_at) if title_at < name_at else (name, name_at)


def _title_start(sentence: str, name_at: int) -> int:
    """Where a name found after a small word of a title starts: "Adopt Hills to Sea", "Anyshire
    Association on Disability", "Wyre Aid to the Homeless", "Stone by Stone"; not "Referrals to Anyshire Hope" (one word opening the sentence)."""
    run = _TITLE_BEFORE_SMALL.search(sentence, 0, name_at)
    if run is None:
        return name_at
    words = run.group("run").split()
    if run.group("small") == "by":  # "Stone by Stone, a charity": one word on each side, the same ("provided by Anyshire Hope" is a verb's)
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
    if words[0].lower() in LEADING_NON_NAME or _opens_sentence(words[0]) \
            or (run.start() == 0 and len(words) < 2 and not one_word_title and (small not in ("on", "to") or _A_SENTENCES_NOUN.fullmatch(words[0]))) \
            or any(w.lower() in PHRASE_ROLES or w.lower() in PHRASE_STOP for w in words) or council_for(run.group("run").strip()) is not None:
        return name_at
    return run.start()
