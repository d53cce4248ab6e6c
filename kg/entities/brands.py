"""Brands made of a place's name: "Young Anyford" (the council's youth service, or a charity), "Anyford Carers",
"Housing Anyford", a landlord's "Your Homes Wyre", "Safer Wyre" (a community safety partnership), a regional adoption
agency ("Adoption South Wyre") and a council's fostering brand ("Fostering Wyre")."""
from __future__ import annotations

import re

from .. import prefilter
from ..gazetteer import council_for, PHRASE_SECTOR, police_force_for
from .text import _COMPASS, _names_an_area, _only_an_area, _tidy
from .registry import BodyRegistry, _Found
from .scan import _HEADS
from .kinds import _ANY_HEAD_END, _generic_matches, _only_places_words, _place_name_words
from .vocabulary import _HOUSING_CONTEXT, _HOUSING_KINDS, _KINDS_OF_HOME, _KNOWN_AS, _REGION_NAMES


#: A regional adoption agency named as they are, "Adopt" or "Adoption" and the area it covers:
#: "Adoption South Wyre", "Adopt North East", "Adoption Anyshire and Wyre" (not "Adoption Support Fund",
#: "Adoption Panel": a kind word after the area makes it something else).
_ADOPTION_AREA = re.compile(
    r"\b(?:One\s+)?(?P<brand>Adopt(?:ion)?(?:\s+in)?|Fostering)\s+(?P<area>(?:North|South|East|West|Central|Midlands|[A-Z][a-z]{2,})(?:\s+(?:(?:and|&)\s+)?[A-Z][a-z]+){0,3})"
    r"(?:(?=['’]s\b)|(?![\w’'-]))(?!\s+(?:[A-Z][a-z]+\s+)?(?:" + _HEADS + r"|Support|Register|Fund|Reform|Grant|Scorecard|Leadership|Week|Orders?|Act|"
    r"Plans?|Polic(?:y|ies)|Strateg(?:y|ies)|Allowances?|Managers?|Workers?|Officers?|Social)s?\b)"
)


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


#: The doer of a passive before a name: "… completed by", "… commissioned from".
_AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+$")
#: Prepositions after a passive's doer, which end its name: "completed by Young Wyre for most children".
_PREPOSITIONS_AFTER_AN_AGENT = {"for", "in", "across", "at", "on", "with", "since", "from", "to", "within", "during", "after", "before"}


#: A partner's passive after its name: "… is commissioned to", "… has been funded to".
_COMMISSIONED_AFTER = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?P<verb>commissioned|funded|contracted)\b")


def _the_councils_place(place: str, registry: BodyRegistry) -> bool:
    """Whether a place a brand is named by is the inspected council's: its service, not another council's or a charity's."""
    return place in registry.authority_names or (council := council_for(place)) is not None \
        and council == council_for(registry.report.authority or "")


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
        agent = _AGENT_BEFORE.search(sentence, max(0, match.start() - 6), match.start()) is not None \
            and after is not None and after.group(1) in _PREPOSITIONS_AFTER_AN_AGENT
        if registry.lower_aliases.get(name.lower()) or registry.aliases.get(name) \
                or after is not None and not _YOUNG_PLACE_GOES_ON.fullmatch(after.group(1)) and passive is None and not agent:
            continue  # (not "Young Anyford residents …", "Young Anyford care leavers", "Young Anyford is a city": people or a place;
            # but "Young Wyre is commissioned to carry out return interviews", "interviews are completed by Young Wyre for …")
        own = _the_councils_place(place, registry) and not (passive is not None and passive.group("verb") != "funded")
        # ("Young Wyre is commissioned to …" in a report on Wyre: a charity the council commissions, not its own service)
        body_type, kind = ("Service", "TeamOrService") if own else ("PartnerOrganisation", "VoluntaryOrganisation")
        registry.add(_Found(name, body_type, kind, 0, 0), proper=True)


#: Charities, landlords and companies a place's name brands with one common word: "Anyford Carers", "Anyford Young
#: Carers", "Young People Anyford", "Housing Anyford", "Education Anyford"; and a council's service of one field by its
#: place first, "Anyford Education", "Anyford Youth Justice", "Anyford Adult Learning", "Anyford Supported Employment", or
#: the leisure trust a place's name brands, "Anyford Active Leisure", "Wyre Community Leisure", or its learning company,
#: "Anyford Learning" (a council's place, and no more words in capitals; not "Anyford Education, Health and Care plans", nor
#: "Anyford Youth Justice and Early Help Service", one service's title). The fields, one list for the pattern and its words:
_PLACE_FIELDS = ("Education", "Youth Justice", "Adult (?:and (?:Community|Family) )?(?:Education|Learning)", "(?:Community|Family) Learning",
                 "Supported Employment", "(?:Active|Community) Leisure", "Learning")
#: The first words of the fields of more than one word, which no place's name ends with ("Anyford Adult" is no place).
_FIELDS_FIRST_WORDS = sorted({w for field in _PLACE_FIELDS if " " in field for w in re.findall(r"[A-Z][a-z]+", field.split(" ", 1)[0])})
_PLACE_BRANDED = re.compile(r"(?<![\w’'-])(?:(?P<carers>[A-Z][a-z]+(?: (?!Young\b|Family\b)[A-Z][a-z]+)?) (?:Young |Family )?Carers|(?P<word>Young People|Housing|Education) "
                            r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)|(?P<owner>(?!The\b)[A-Z][a-z]+(?: (?:upon )?(?!(?:"
                            + "|".join(_FIELDS_FIRST_WORDS) + r")\b)[A-Z][a-z]+)?) (?P<field>" + "|".join(_PLACE_FIELDS) + ")"
                            r"(?!,\s+Health\s+and\s+Care\b))(?![\w’'-])(?!\s+[A-Z(])")


#: "and" and a title in capitals after a place's service's brand, its first word (``_discover_place_brands``).
_A_TITLE_GOES_ON = re.compile(r"\s+and\s+([A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*\s+(?:Service|Team|Partnership|Board)s?(?![\w’'-])")


#: The words a place's charity or landlord may go on with: a youth brand's, and what a carers' charity or a
#: landlord does ("Anyford Carers identifies …", "Housing Anyford gives …"), and what a service keeps watch on ("Anyford
#: Education maintains oversight of …", "… tracks …").
_PLACE_BRAND_GOES_ON = re.compile(_YOUNG_PLACE_GOES_ON.pattern + r"|gives|has|have|identifies|maintains?|tracks?|monitors?|oversees?"
                                  r"|contributes?")


def _discover_place_brands(sentence: str, registry: BodyRegistry) -> None:
    """``_PLACE_BRANDED``: a carers' charity ("Anyford Carers"), a young people's charity ("Young People
    Anyshire"), a landlord in a sentence about housing ("Housing Anyford offers care leavers …") or the company a
    council's education services were once moved to ("Education Anyford"),
    where the place is a council's and the name goes on with what it does, "and" or the sentence's end
    (not "Anyford Carers are …": the place's carers; "Young Carers", "Foster Carers": kinds of people)."""
    for match in _PLACE_BRANDED.finditer(sentence):
        place = match.group("carers") or match.group("place") or match.group("owner")
        if council_for(place) is None:
            continue
        after = re.match(r"\s+([a-z][\w’'-]*)", sentence[match.end() :])
        if after is not None and not _PLACE_BRAND_GOES_ON.fullmatch(after.group(1)):
            continue
        name = match.group(0)
        if registry.lower_aliases.get(name.lower()) or registry.aliases.get(name):
            continue
        if match.group("field"):
            if re.search(r"[A-Z][\w’'-]*\s+$", sentence[: match.start()]):
                continue  # "Children Missing Anyford Education": a title's end
            if (title := _A_TITLE_GOES_ON.match(sentence, match.end())) is not None and council_for(title.group(1)) is None \
                    and title.group(1) not in _place_name_words():
                continue  # "Anyford Youth Justice and Early Help Service": one service's title (not "… and Anyford Youth Service")
            if " " in match.group("field") and (more := re.match(r"\s+(?:and|&)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", sentence[match.end() :])) \
                    is not None and council_for(more.group(1).split()[0]) is None and more.group(1).split()[0] not in _place_name_words() \
                    and not _generic_matches(more.group(1)) and not _ANY_HEAD_END.search(more.group(1)):
                continue  # "Anyford Community Learning and Skills": a longer title (but "… and Anyford Adult Education", "… and
                # Jobcentre Plus", "… and Wyre College": another body listed)
            own = _the_councils_place(place, registry) and not match.group("field").endswith("Leisure")  # a leisure trust is a
            # company of its own, whoever's place it is named by
            registry.add(_Found(name, *(("Service", "TeamOrService") if own else ("PartnerOrganisation", "PartnerOrganisation")), 0, 0),
                         proper=True)
            continue  # "… the housing service and Anyford Education", "Anyford Youth Justice works closely with the hub"
        if match.group("word") == "Housing":
            if _HOUSING_CONTEXT.search(sentence[match.end() :]) is not None:  # "Housing Anyford offers … tenancies"
                registry.add(_Found(name, "PartnerOrganisation", "HousingProvider", 0, 0), proper=True)
            continue
        if match.group("word") == "Education":
            if re.search(r"[A-Z][\w’'-]*\s+$", sentence[: match.start()]):
                continue  # "Children Missing Education Anyford": a title's end
            registry.add(_Found(name, "PartnerOrganisation", "PartnerOrganisation", 0, 0), proper=True)
            continue  # "Education Anyford works with schools": the company a council's schools service was moved to
        registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


#: A place's partnership of its NHS bodies and the council under the integrated care board: "Anyford Health and Care
#: Partners", "City and Wyre Health and Care Partners" (an area's words before it, or a place's: ``text._only_an_area``,
#: ``kinds._only_places_words``).
_PLACE_HEALTH_AND_CARE_PARTNERS = re.compile(r"(?<![\w’'-])(?P<place>(?!The\b)[A-Z][a-z]+(?:\s+(?:and\s+|upon\s+)?[A-Z][a-z]+){0,3})"
                                             r"\s+Health\s+and\s+Care\s+Partners(?![\w’'-])")


def _discover_place_partnerships(sentence: str, registry: BodyRegistry) -> None:
    """See ``_PLACE_HEALTH_AND_CARE_PARTNERS``: not "Key Health and Care Partners", "Working with Health and Care Partners"."""
    for match in _PLACE_HEALTH_AND_CARE_PARTNERS.finditer(sentence):
        words = match.group("place").split()
        for first in range(len(words)):  # the longest run of a place's words right before (not "… Integrated Care Board and …")
            place = words[first:]
            if place[0] in ("and", "upon") or place[-1] in ("and", "upon"):
                continue
            if _only_an_area(place) or _only_places_words(" ".join(place)) and not any(w.isupper() for w in place):
                name = " ".join([*place, "Health and Care Partners"])
                registry.add(_Found(name, "Board", "Partnership", 0, 0), proper=True)
                break


#: A charity named by whom it serves and its region of England, both in capitals mid-sentence: "Families South West", "Parents
#: East Midlands", "Families South West's staff" (not inside a longer name: "Looked After Families South West …", "Believing in
#: Families South West", "the Centre for Young People North West"; nor before more capitals, "of", a region's or an area's
#: word, or another region listed: "… South West Region", "… South West of the county", "Families South West, North East and
#: Yorkshire …"). The regions are the councils' list's named by points of the compass ("North East", "West Midlands").
_PEOPLE_OF_A_REGION = re.compile(r"(?<![\w’'-])(?P<name>(?:Children|Families|Carers|Parents|Women|Young People) (?:"
                                 + "|".join(sorted(r for r in _REGION_NAMES if re.fullmatch(r"(?:North|South|East|West) (?:East|West|Midlands)", r)))
                                 + r"))(?=['’]s\b|(?![\w’'-]))(?!\s+(?:[A-Z]|of\b|region|area))(?!,?\s+(?:and\s+)?(?:North|South|East|West)\b)")
#: The words right before such a name that make it the end of a longer one: a capitalised word, perhaps then a title's small
#: word ("Believing in …", "Together for …"), or whom else it serves and "and" ("Children and Young People South West"; not
#: "Wyrebrook and Families South West": two bodies).
_A_LONGER_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+(?:(?:in|for|of|&|the)\s+)?|(?:Children|Families|Parents|Carers)\s+(?:and|&)\s+)$")


def _discover_people_of_a_region(sentence: str, registry: BodyRegistry) -> None:
    """See ``_PEOPLE_OF_A_REGION`` (a sentence's first word before it is read as a title's: "Looked After Families South
    West …")."""
    for match in _PEOPLE_OF_A_REGION.finditer(sentence):
        if not _A_LONGER_NAME_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            registry.add(_Found(match.group("name"), "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


#: A landlord named for its place "at Home" or with "Living": "Anyford at Home gives care leavers priority for tenancies",
#: "a protocol with Wyre Living" (no more words in capitals after it: not "Anyford Living Wage").
_LANDLORD_BY_PLACE = re.compile(r"(?<![\w’'-])(?P<place>[A-Z][\w’'-]*(?:\s+(?:upon\s+)?[A-Z][\w’'-]*)?)\s+(?:at\s+Home|Living(?![\w’'-])(?!\s+[A-Z]))(?![\w’'-])")


def _discover_landlords_by_place(sentence: str, registry: BodyRegistry) -> None:
    """See ``_LANDLORD_BY_PLACE``: the place a council's or a council's town (not "Safe at Home", "Supported Living": a
    scheme's words, a kind of housing)."""
    for match in _LANDLORD_BY_PLACE.finditer(sentence):
        if council_for(match.group("place")) is not None or match.group("place") in _place_name_words():
            registry.add(_Found(_tidy(match.group(0)), "PartnerOrganisation", "HousingProvider", 0, 0), proper=True)


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
        if re.match(r"(?:,?\s+(?:a|an|the))?\s+(?:way|approach|model|strategy|plan|campaign|framework)\b", sentence[match.end() :]):
            continue  # "Safer Wyre, a way of working, …", "the Safer Wyre approach": a way of working, not a body
        if council_for(area) is not None or area in registry.authority_names:  # a council's area: its community safety partnership's brand
            registry.add(_Found(name, "Board", "Partnership", 0, 0), proper=True)
        elif area in _REGION_NAMES:  # a region's: no partnership of one area, a charity so named
            registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)


#: After "Adopt" and one word, "to" and the other side of the land an agency spans: " to Coast" of "Adopt Coast to Coast", " to Sea"
#: (one word, no name going on after it; neither side a council's: not "moved from Adopt Anyford to Wyre").
_TO_THE_OTHER_SIDE = re.compile(r"\s+to\s+([A-Z][a-z]+)(?![\w’'-])(?!\s+[A-Z])")


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
        force_area = police_force_for(f"{' '.join(words)} Police") is not None  # "Adopt Thames Valley": a force's area, named whole
        if match.group("brand") == "Adopt" and len(words) == 1 and (spans := _TO_THE_OTHER_SIDE.match(sentence, match.end("area"))) \
                and not any(council_for(w) for w in (words[0], spans.group(1))):
            name = f"Adopt {words[0]} to {spans.group(1)}"  # "Adopt Coast to Coast", "Adopt Hills to Sea": the land it spans (after
            if registry.lower_aliases.get(name.lower()) is None:  # "Adopt" alone: not "Adoption Order to Placement")
                registry.add(_Found(name, "PartnerOrganisation", "AdoptionAgency", 0, 0), proper=True)
            continue
        while words and not force_area and not match.group("brand").endswith(" in") \
                and not (words[-1].lower() in _COMPASS or council_for(words[-1]) is not None):
            if words[0].lower() in _COMPASS or council_for(" ".join(words)) is not None:
                break
            words.pop()  # "Adoption South Wyre Scheme": the area ends where its places end
        if fostering and match.group("area") in registry.authority_names:
            words = match.group("area").split()  # "Fostering Anyshire": the report's own council, whatever its name
        if not words or not _names_an_area(words) and not fostering and not force_area and not match.group("brand").endswith(" in"):
            continue
        name = _tidy(sentence[match.start() : match.start("area")] + match.group("area")[: match.group("area").rindex(words[-1]) + len(words[-1])])
        if registry.lower_aliases.get(name.lower()) is None:
            registry.add(_Found(name, *(("Service", "TeamOrService") if fostering else ("PartnerOrganisation", "AdoptionAgency")), 0, 0),
                         proper=True)
