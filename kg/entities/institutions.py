"""Institutions and units named with their place or owner: colleges, schools and hospitals, the police's
units and commands (with their force), a council's titled departments."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from .. import prefilter
from ..gazetteer import (
    core_council_name,
    council_for,
    DESCRIBING,
    LEADING_NON_NAME,
    PHRASE_HEADS,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    PHRASE_VERBS,
    police_force_for,
    police_force_short_forms,
)
from .text import _AREA_WORDS, _names_an_area, _singular_head, _tidy
from .registry import _CONNECTORS, _Found, _non_overlapping
from .kinds import _ANY_HEAD_END, _generic_matches, _initials_match, _is_post, _only_places_words, _place_name_words
from .proper import _a_bodys_name, _A_PLACES_STYLE, _listed_places
from .vocabulary import (
    _ACRONYM_IN_BRACKETS,
    _at_sentence_start,
    _AREA_PART_WORDS,
    _department_only,
    _INSTITUTIONS,
    _MONTHS,
    _NOT_A_CLUSTER_AFTER,
    _OF_A_FORCE,
    _opens_sentence,
    _POLICE_UNIT,
    _VERBS_AFTER_TO,
    _whole_generic,
)

def _an_area_teams_areas(areas: str) -> bool:
    """Whether the words before "area team of NHS England" are its areas: a council's or a place's word among them ("the
    Cumbria, Northumberland, Tyne and Wear area team"), no body's name (not "… Anyford City Council and Wyre area team",
    "the Local Area Team", "the Health and Justice area team")."""
    parts = _listed_places(areas)
    return any(council_for(part) is not None or any(w in _place_name_words() for w in part.split()) for part in parts) \
        and not any(map(_a_bodys_name, parts))


def _institution_matches(text: str) -> list[_Found]:
    found = []
    for pattern, body_type, kind in _INSTITUTIONS:
        for match in prefilter.finditer(pattern, text):
            name, start = match.group(0), match.start()
            if match.groupdict().get("areas") is not None and not _an_area_teams_areas(match.group("areas")):
                continue
            if match.groupdict().get("place") is not None \
                    and not (council_for(match.group("place")) is not None or _names_an_area(match.group("place").split())):
                continue  # "Public Health Funding", "Public Health Practitioners": no place's service; "the Office of the
                # Information Commissioner": no place's office

            first = name.split()[0]
            if first in ("The", "the") or first.lower() in LEADING_NON_NAME and first not in ("Office", "Central", "New", "City", "Community") \
                    and not name.startswith(("Her Majesty", "His Majesty")):
                name, start = name.split(" ", 1)[1], start + len(first) + 1  # "The Police and Crime Commissioner …"
            if _MONTHS.search(name) or kind == "College" and name.startswith("Royal "):
                continue  # (a royal college is a profession's body, not a place of education)
            if "area_after" in pattern.groupindex and "Mayor" not in name:  # a police and crime commissioner's
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
        if not _a_units_works(words, match.group("head"), plural=match.group(0).endswith("s")) \
                or _a_verb_of_the_police(words[0]) \
                or any(w in ("social", "children's", "council", "council's") for w in words) \
                or _whole_generic(f"{match.group('work')} {match.group('head')}") is not None:
            continue
        name = text[match.start("force") : match.end()]
        found.append(_police_unit(name, match, text))
        # (not also "domestic abuse unit" of "the police domestic abuse unit": the council's own unit of that work is another)
    return found


def _with_own_short_form(unit: _Found, text: str, title: str) -> _Found:
    """A unit named with its force, then a short form in brackets that stands for its title alone ("the Wyre Police
    Family Crime Investigation Unit (FCIU)", "the police family crime investigation unit (FCIU)"): the short form is
    the unit's, and the title one more of its names."""
    defined = _ACRONYM_IN_BRACKETS.match(text, unit.end)
    if defined is None or not _initials_match(title, defined.group("acronym")):
        return unit
    return dataclasses.replace(unit, aliases=(*unit.aliases, title), acronyms=(*unit.acronyms, defined.group("acronym")), defines=True)


#: A force's name as the report writes it before one of its units: "West Wyre Police", "Anyshire Constabulary",
#: "Wyre Police Service" (not "The …").
_FORCE_NAME = r"(?:(?!The\b)[A-Z][\w&'’-]*\s+){1,3}(?:Police|Constabulary)(?:\s+Service)?"
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
#: safeguarding unit", "the Anyshire Constabulary child exploitation team", "the Wyre Police Sapphire unit", or by a
#: short form of its work ("the Wyre Police CSE team"); or its department or hub ("the Wyre Police safeguarding department",
#: "the Wyre Police exploitation hub").
_NAMED_FORCE_UNIT = re.compile(rf"\b(?P<force>{_FORCE_NAME})\s+"
                               r"(?P<work>(?:[a-z][a-z-]+|[A-Z][a-z]+(?:\s+District(?=\s+[a-z]))?|[A-Z]{2,6})(?:\s+[a-z][a-z-]+){0,4}?)\s+(?P<head>team|unit|department|hub)s?(?![\w’'-])")
#: A named force's unit by its title in capitals: "the Wyre Police Public Protection Unit".
#: (or its kind word in lower case after a title of two words or more: "the Wyre Police Protecting Vulnerable People unit")
_NAMED_FORCE_TITLED_UNIT = re.compile(rf"\b(?P<force>{_FORCE_NAME})\s+(?P<work>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s+"
                                      r"(?:(?P<head>Unit|Team)|(?P<lower_head>unit|team))(?![\w’'-])")


def _police_unit(name: str, match: re.Match[str], text: str) -> _Found:
    """A police unit named in lower case by its work ("the police family crime investigation unit", "the Wyre Police …
    unit"), with its own short form after it, and its work's words alone as another of its names where only the police do
    that work ("family crime investigation unit"; not "… safeguarding unit", "… exploitation team": a council's too)."""
    own = f"{match.group('work')} {match.group('head')}"
    return _with_own_short_form(_Found(name, "Service", "TeamOrService", match.start("force"), match.end(), written=name,
                                       aliases=(own,) if own.islower() and _POLICING_WORDS & set(own.split()) else ()), text, own)


#: Words of a unit's work only the police do: "the Wyre Police family crime investigation unit" is a police unit by its
#: own words alone (not "crime", "offenders": "the council's youth crime prevention team").
_POLICING_WORDS = {"investigation", "investigations", "policing", "detective", "detectives"}


def _named_force_unit_matches(text: str) -> list[_Found]:
    """A named force's unit in lower case ("the Wyre Police public protection unit") or by its title in capitals
    ("the Wyre Police Public Protection Unit"): the unit, named with its force as the report names it, and the
    force (not its verb and object: "Anyshire Police contact social work teams"; nor a list: "Wyre Police and the
    youth offending team"); a force's unit for one area by the area's name (``_FORCES_AREA_UNIT``: "the Anyford division of
    Wyre Police", "Wyre Police's Anyford area command", the force a body of its own)."""
    found = []
    for match in _NAMED_FORCE_UNIT.finditer(text):
        words = match.group("work").split()
        force = police_force_for(match.group("force"))
        if force is None or _a_verb_of_the_police(words[0].lower()) or not _a_units_works([w for w in words if w.islower()], match.group("head")) \
                or any(w in ("social", "children's", "council", "council's") for w in words) \
                or words[0][:1].isupper() and len(words) > 1 and not (_names_an_area(words[:1]) and words[1].lower() in _AREA_PART_WORDS):
            continue  # (but "the Wyre Police Anyford district safeguarding unit": the force's unit for a part of its area)
        if words[0].isupper() and _generic_matches(words[0]):
            continue  # "the Wyre Police MASH team": the force's officers in a body of many agencies, its finders' (a unit's own
            # short form is its work's: "the Wyre Police CSE team")
        found.append(_Found(force, "PartnerOrganisation", "Police", match.start("force"), match.end("force"), written=match.group("force")))
        if _whole_generic(f"{match.group('work')} {match.group('head')}") is not None:
            continue  # "the Wyre Police public protection unit": a kind the gazetteer names (its finder's), and the force
        name = text[match.start("force") : match.end()]
        found.append(_police_unit(name, match, text))
    for match in prefilter.finditer(_NAMED_FORCE_TITLED_UNIT, text):
        force = police_force_for(match.group("force"))
        if force is None or any(w.lower() in PHRASE_STOP or w.lower() in _CONNECTORS for w in match.group("work").split()) \
                or match.group("lower_head") and len(match.group("work").split()) < 2:
            continue  # (one brand's word before "unit" is ``_NAMED_FORCE_UNIT``'s: "the Wyre Police Sapphire unit")
        # "the Wyre Police Public Protection Unit": the force's unit by its title, and the force named too; the title alone
        # another of its names only where it is a kind the gazetteer knows ("Child Abuse Investigation Team", its short
        # form the unit's), not any title ("Child Exploitation Team": a council's team as often)
        found.append(_Found(force, "PartnerOrganisation", "Police", match.start("force"), match.end("force"), written=match.group("force")))
        name = text[match.start("force") : match.end()]
        title = f"{match.group('work')} {match.group('head') or match.group('lower_head')}"
        found.append(_with_own_short_form(_Found(name, "Service", "TeamOrService", match.start("force"), match.end(), written=name,
                                                 aliases=(title,) if _whole_generic(title) is not None else ()), text, title))
    for match in prefilter.finditer(_FORCES_AREA_UNIT, text):
        place = match.group("place") or match.group("owned_place")
        force = police_force_for(match.group("force") or match.group("owner"))
        if force is None or not all(_names_an_area([w]) for w in place.split()) and council_for(place) is None:
            continue  # (not "the Criminal Justice division of Wyre Police": its work, no area's)
        unit = f"{place} {match.group('unit') or match.group('owned_unit')}"
        if match.group("owner"):  # (the force a body of its own, named apart from its unit, "Wyre Police's Anyford division", whose
            # name holds no force's: a name inside a longer one is no mention of its own)
            found.append(_Found(force, "PartnerOrganisation", "Police", match.start("owner"), match.end("owner"), written=match.group("owner")))
            found.append(_Found(unit, "Service", "TeamOrService", match.start("owned_place"), match.end()))
        else:
            found.append(_Found(unit, "Service", "TeamOrService", match.start("place"), match.end("unit"),
                                aliases=(_tidy(text[match.start("place") : match.end()]),)))
    return found


#: The police of one London borough by the borough's name, in lower case: "Anyford borough police share information …",
#: "the community safety unit at Wyre borough police" (the Metropolitan Police's command for that borough; not "… borough
#: police public protection unit", a unit the units' finders read, nor "… borough police station", a building, nor "… borough
#: police exploitation panel", a panel; "The" opens no place).
_BOROUGH_POLICE = re.compile(r"(?<![\w’'-])(?P<place>(?!The\b)[A-Z][a-z]+(?:[ -](?:upon[ -])?[A-Z][a-z]+){0,3})\s+[Bb]orough\s+police(?![\w’'-])"
                             r"(?!\s+(?:(?!(?:the|a|an|all|its|their|attend|attends|chair|chairs|lead|leads|meet|meets|share|shares|hold|holds|join|joins)\b)[a-z]+\s+){0,2}"
                             r"(?:units?|teams?|desks?|stations?|commanders?|officers?|divisions?|commands?|panels?|meetings?|coordinators?|co-ordinators?)\b)")


def _borough_police_matches(text: str) -> list[_Found]:
    """See ``_BOROUGH_POLICE``: the place a council's."""
    return [_Found(text[match.start() : match.end()], "PartnerOrganisation", "Police", match.start(), match.end(), written=match.group(0))
            for match in _BOROUGH_POLICE.finditer(text) if council_for(match.group("place")) is not None]


def _force_short_form_division_matches(text: str) -> list[_Found]:
    """The police's public protection unit as a force's short form names it, "GMP's public protection division" (see
    ``_FORCE_SHORT_FORMS_DIVISION``): the gazetteer's kind, which reads it after the police's or a force's whole name, here
    where the short form is a force's."""
    found = []
    for match in _FORCE_SHORT_FORMS_DIVISION.finditer(text):
        if police_force_short_forms().get(match.group("owner") or match.group("force")) is not None:
            unit = "unit" if match.group("unit") else "unit_of"
            kind = _whole_generic("public protection unit")  # (the gazetteer's kind, its name and short forms as it gives them)
            found.append(dataclasses.replace(kind, start=match.start(unit), end=match.end(unit), written=match.group(unit)))
    return found


#: A force's unit for one area by the area's name: "the Anyford division of Wyre Police", "Wyre Police's Anyford area command"
#: (not "Wyre Police's Anyford division public protection unit": the unit of that division, the units' finder's; nor a
#: district, a place as often as a force's part).
_AREA_PLACE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_AREA_UNIT = r"division|area\s+command|borough\s+command"
_FORCES_AREA_UNIT = re.compile(
    rf"\b[Tt]he\s+(?P<place>{_AREA_PLACE})\s+(?P<unit>{_AREA_UNIT}){_OF_A_FORCE}"
    rf"|\b(?P<owner>{_FORCE_NAME})['’]s\s+(?P<owned_place>{_AREA_PLACE})\s+(?P<owned_unit>{_AREA_UNIT})(?![\w’'-])"
    r"(?!\s+[a-z]+(?:\s+[a-z]+)?\s+(?:unit|team|hub)s?\b)")
#: The police's public protection division by a force's short form: "GMP's public protection division", "the public
#: protection division of GMP" (the short form a force's: ``police_force_short_forms``; not "KCC's …", a council's).
_FORCE_SHORT_FORMS_DIVISION = re.compile(r"\b(?P<owner>[A-Z]{2,5})['’]s\s+(?P<unit>public\s+protection\s+division)\b"
                                         r"|\b(?P<unit_of>public\s+protection\s+division)\s+of\s+(?:the\s+)?(?P<force>[A-Z]{2,5})\b")


#: A cluster of primary care trusts (2011–2013) named by the places it joined, listed, or by its area, before its kind:
#: "the Anyford, Wyre and Vale primary care trust cluster", "the Anyshire and Wyre PCT cluster", "the Wyre Valley PCT
#: cluster", "the NHS Anyford, Wyre and Vale cluster". The regex's lookbehind only narrows where a name may open (after a
#: word ending in a small letter, "The" too); ``_pct_cluster_matches`` checks the word before it.
_PLACE_IN_LIST = r"[A-Z][\w’'-]*(?:\s+(?:of|upon|on)\s+[A-Z][\w’'-]*|\s+(?!(?:PCT|Primary|NHS)\b)[A-Z][\w’'-]*){0,3}"
_PCT_CLUSTER = re.compile(
    rf"(?:^|(?<=[a-z] )(?<! and ))(?!The\s)(?P<nhs>NHS\s+)?"
    rf"(?P<places>{_PLACE_IN_LIST}(?:(?:,\s+|,?\s+and\s+){_PLACE_IN_LIST})*)"
    r"(?:\s+\((?P<acronym>[A-Z]{2,8})\))?"  # ("the NHS Wyre, Anyford and Vale (WAV) cluster": its places' initials)
    r"\s+(?P<kind>(?:[Pp]rimary\s+[Cc]are\s+[Tt]rust|PCT)\s+)?[Cc]luster\b")


#: A primary care trust's kind word, before a cluster named by one area alone.
_OF_PRIMARY_CARE_TRUSTS = re.compile(r"\b(?:[Pp]rimary [Cc]are [Tt]rusts?|PCTs?)\b")
#: The longest a cluster's name runs before "cluster", in characters (eight places and their commas).
_LONGEST_CLUSTER_NAME = 200


def _pct_cluster_matches(text: str) -> list[_Found]:
    """A primary care trusts' cluster named by its places, listed, or its area (``_PCT_CLUSTER``): one health body, not a
    council for each place nor the area's primary care trust ("the Wyre Valley PCT cluster").

    Its name opens after a word in lower case (not "and" or a name's "of", "for": never inside a list or another name,
    "Anyford Community Healthcare NHS Trust, Wyre and Vale PCT cluster") or a sentence's "The"; listed names are places'
    (``_only_places_words``: "the Calderdale, Kirklees and Wakefield primary care trust cluster"; not "Anyford Council
    and Wyre primary care trust cluster"), though after "NHS" the first may be its own area's word ("NHS Airedale,
    Bradford and Leeds cluster") but no national body's ("NHS England, Anyford and Wyre cluster"). Without its kind word,
    only a list of places with a comma after "NHS" names a cluster, the commissioner of those places, "cluster" one more of
    its names ("the NHS Anyford, Wyre and Vale cluster"; "the NHS Anyford and Wyre cluster" is read so by
    ``proper._PCT_AFTER``), or one area alone right after a primary care trust's kind ("NHS Wyre, the primary care trust,
    and the Anyshire cluster"); after "NHS" one area before its kind is that area's commissioner ("NHS Anyshire primary
    care trust cluster", ``proper._PCT_AFTER``'s)."""
    found: list[_Found] = []
    for word in re.finditer(r"\b[Cc]luster\b", text):  # read back from each "cluster" over a cluster's longest name, not
        window = max(0, word.start() - _LONGEST_CLUSTER_NAME)  # from every word of a long list (in time in proportion to the text)
        match = next((m for m in _PCT_CLUSTER.finditer(text, window, word.end()) if m.end() == word.end()), None)
        if match is None or found and match.start() < found[-1].end \
                or not match.group("kind") and _NOT_A_CLUSTER_AFTER.match(text, word.end()):
            continue
        before = text[max(0, match.start() - 30) : match.start()].split()
        if before and not (before[-1] == "The" or before[-1][:1].islower() and before[-1] not in _CONNECTORS):
            continue  # (inside another name: "… Community Healthcare NHS Trust, Wyre and Vale PCT cluster")
        places, nhs, kind = match.group("places"), match.group("nhs"), match.group("kind")
        listed = " and " in places or "," in places
        if not (kind and (listed or not nhs) or nhs and "," in places
                or not (kind or nhs or listed) and not places.isupper() and _only_places_words(places)
                and _OF_PRIMARY_CARE_TRUSTS.search(text, max(0, match.start() - 80), match.start())):
            continue  # (one area's name alone right after a primary care trust's: "NHS Wyre, the primary care trust, and the
            # Anyshire cluster", not "the Leeds cluster" of schools)
        rest = places.partition(", ")[2] if nhs and "," in places else places  # (after "NHS", the first may be its own area's word)
        if nhs and any(f.national for f in _generic_matches(f"NHS {_listed_places(places)[0]}")) \
                or listed and not (nhs and kind and "Council" not in rest) and not _only_places_words(_A_PLACES_STYLE.sub("", rest)):
            continue  # (no national body first, "NHS England, Anyford and Wyre cluster"; between "NHS" and "PCT cluster" any places,
            # a district's too, "NHS South Wyre and Anyvale PCT cluster")
        name = _tidy(match.group(0).replace(f" ({match.group('acronym')})", "") if match.group("acronym") else match.group(0))
        acronym = match.group("acronym")
        acronyms = (acronym,) if acronym and "".join(place[0] for place in _listed_places(places)) == acronym else ()
        if nhs and not kind:  # "the NHS Anyford, Wyre and Vale cluster": the commissioner "NHS Anyford, Wyre and Vale", its
            # cluster's word one more of its names (as "NHS Anyford and Wyre cluster" is read: ``proper._PCT_AFTER``)
            found.append(_Found(re.sub(r"\s+[Cc]luster$", "", name), "HealthBody", "PrimaryCareTrust", match.start(), match.end(),
                                acronyms, aliases=(name,), defines=bool(acronyms)))
        else:  # ("the NHS Anyford, Wyre and Vale primary care trust cluster": "NHS Anyford, Wyre and Vale" one more of its names)
            found.append(_Found(name, "HealthBody", "PrimaryCareTrust", match.start(), match.end(), acronyms, defines=bool(acronyms),
                                aliases=(_tidy(f"NHS {places}"),) if nhs else ()))
    return found


def _a_units_work(word: str) -> bool:
    """Whether a word after "the police" may name a unit's work: not a clause's or a list's word ("the police
    and health team", "the police have a team", "the police who lead the unit", "the police into larger
    units"), a verb or a description."""
    return word not in PHRASE_STOP and word not in _CONNECTORS and word not in PHRASE_VERBS and word not in _NOT_A_UNITS_WORK \
        and word not in DESCRIBING and not (word.endswith("ly") and word not in ("family", "early"))  # (an adverb; not "family")


#: The gazetteer's kinds of the police's own units.
_THE_POLICES_KINDS = {"Public protection unit", "Child abuse investigation unit", "Neighbourhood policing team", "Local policing team",
                      "Basic command unit"}


def _a_units_works(words: list[str], head: str, plural: bool = False) -> bool:
    """Whether the words after a force may name one unit's work: each a unit's word (``_a_units_work``), "from" after
    "missing" ("the police missing from home team"), and "and" between works of a unit named in the singular ("the police
    child protection and investigation unit", "the Wyre Police missing and child exploitation team", "… exploitation and
    missing and trafficking team"; not "the police public protection and youth offending teams", the police's and
    another's, nor "the police exploitation and youth offending team": a kind the gazetteer knows after the "and")."""
    ands = [i for i, w in enumerate(words) if w == "and"]
    after = [_whole_generic(" ".join([*words[i + 1 :], head])) for i in ands]
    inner_and = not plural and bool(ands) and all(0 < i < len(words) - 1 for i in ands) \
        and not any(kind is not None and kind.name not in _THE_POLICES_KINDS for kind in after)  # (but "the Wyre Police child
    # and public protection unit": the police's own kind after the "and", one unit)
    return all(_a_units_work(w) for i, w in enumerate(words)
               if not (w == "from" and i > 0 and words[i - 1] == "missing") and not (w == "and" and inner_and))


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
#: Whom a council's department titled "Department of …" serves, where no possessive says it is the council's: "the
#: Department of Community and Children's Services".
_WHOM_A_COUNCILS_DEPARTMENT_SERVES = {"children", "child", "families", "family", "young", "adults", "adult"}
#: A council's department by its title after "Department of": "the council's Department of Children and Learning".
_DEPARTMENT_OF_TITLE = re.compile(r"\b(?:[Tt]he|(?P<owner>(?:council|authority)['’]s))\s+(?P<name>Department\s+(?P<of>of|for)\s+"
                                  r"(?P<title>[A-Z][a-z’']*(?:(?:,\s+|\s+(?:and|&)\s+|\s+)[A-Z][a-z’']*){0,6}))")
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


def _title_words(title: str) -> list[str]:
    """A department's title's words in lower case, without commas or possessives ("Children's Specialist Services")."""
    return [w.strip(",").lower().removesuffix("'s").removesuffix("’s") for w in title.split()]


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
        words = _title_words(title)
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
    for match in prefilter.finditer(_DEPARTMENT_OF_TITLE, text):
        # "the council's Department of Children and Learning", "the Department of Community and Children's Services": the
        # council's department by its title after "Department of" (the government's, "the Department for Education", "… of
        # Health", are the gazetteer's, and "for" the government's way)
        title = match.group("title")
        words = _title_words(title)
        if match.group("owner") is None and (match.group("of") != "of" or not any(w in _WHOM_A_COUNCILS_DEPARTMENT_SERVES for w in words)) \
                or not any(w in _A_DEPARTMENTS_WORDS for w in words) \
                or all(w in ("children", "child", "services", "social", "care", "and") for w in words) \
                or _generic_matches(match.group("name")) or any(_singular_head(w) in PHRASE_HEADS and w != "services" for w in words):
            continue  # (without the council's possessive, a title of whom it serves: not "the Department of Education", the
            # government's misnamed; nor the children's department by the sector's words alone, the council's)
        found.append(_Found(match.group("name"), "Service", "TeamOrService", match.start("name"), match.end()))
    return found
