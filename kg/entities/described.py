"""Names beside a description of what they are: a provider or a charity by its kind ("Anyshire Hope, an independent
provider", "the commissioned charity Anyshire Insight"), a kind then its name ("the recruitment campaign, Foster
Anyshire,"), a name then what kind of body it is ("Safe Wyre, the borough's community safety partnership"), what it
does ("Arch, which offers …", "BASE (…) provides …") or what way of working it is ("the Wyre Way, the council's
practice framework"), a body described then named in brackets, a national charity's own service ("Barnardo's Futures")."""
from __future__ import annotations

import re

from .. import prefilter
from ..gazetteer import (
    council_for,
    DESCRIBING,
    DESCRIBING_ENDING,
    ING_NOUNS,
    LEADING_NON_NAME,
    NOT_BODY_NAMES,
    PEOPLE_SERVED,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    police_force_for,
    SENTENCE_OPENERS,
)
from ..shortforms import definitions, long_form
from .text import _AREA_WORDS, _COMPASS, _names_an_area, _only_an_area, _singular_head, _tidy
from .registry import BodyRegistry, _CONNECTORS, _Found, _GENERIC_WHOLE, _is_proper
from .kinds import (
    _A_TIME,
    _ANY_HEAD_END,
    _generic_matches,
    _initials_match,
    _is_post,
    _places_listed_after,
    _people_at_work,
    _PEOPLE_WORDS,
    _place_name_words,
    _WEEKDAY,
)
from .vocabulary import (
    _A_COUNCILS_WORD,
    _a_numbers_own_name,
    _a_title_opening_with_a,
    _a_place_and_its_style,
    _a_place_or_point,
    _a_titles_list,
    _ACRONYM_LED,
    _an_own_word,
    _at_sentence_start,
    _BRAND_AND_PLACE,
    _BRAND_KINDS,
    _DEFINED_BEFORE_COMMA,
    _DESCRIPTION_OPENS,
    _FIELDS_OF_WORK,
    _GRADE_WORDS,
    _HEAD_RES,
    _is_a_kind,
    _KIND_OF_BEFORE,
    _KIND_OF_PLACE,
    _MONTHS,
    _NAME,
    _name_pattern,
    _NOT_A_BODY_NAME,
    _ONE_PERSON,
    _opens_sentence,
    _ORGANISATION_WORDS,
    _PARTICIPLES,
    _PARTNER_BEFORE,
    _PEOPLE_AT_START,
    PLACE_OPENERS,
    _PLACES_PARTS,
    _PROVIDED_VERBS,
    _REGION_NAMES,
    _SMALL_IN_TITLES,
    _STAGE_WORDS,
    _TIME_WORDS,
    _TRAILING_SMALL,
    _TWO_NAMES,
    _VERB_BETWEEN,
    _WHAT_IT_DOES,
    _WORK_WORDS,
)
from .phrases import _AT_RISK, _FRONT_DOOR_STEPS, _phrase_matches
from .modifiers import _with_title_before
from .partners import _A_SYSTEM_CLAUSE, _an_arrangements_word, _NOT_A_SERVICE_NAMED, _SERVICE_GIVES, _TITLES_PREPOSITIONS, _WORDS_OF_THE_TRADE
from .lists import _holds_a_time, _merge_described


#: A season's word then a building's: "Spring Lodge", "Summer House" are places' names, not times.
_SEASON_THEN_PLACE = re.compile(r"(?:Spring|Summer|Autumn|Winter)\s+(?:Lodge|House|Court|Centre|View|Grove|Gardens?|Place|Hill|Cottage)")


#: Any capitalised word and "a" before a name: the name may be a title's end ("Every Child a Singer"), which a name said to
#: be a body is refused as (``_TITLE_WITH_A_BEFORE``, after "the" and no place's word, joins the title whole instead).
_A_TITLES_WORD_AND_A_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+an?\s+$")


#: The last word of a document's, a meeting's or a guide's name: no body ("the Youth Justice Plan", "the … Conference").
_DOCUMENT_END = re.compile(r"\b(?:protocol|conference|standards|guidance|covenant|review|report|charter|pathway)s?\W*$", re.I)


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
    r"community interest company|housing association|company|(?:adoption|fostering) agency|umbrella (?:body|organisation)|(?:social )?landlord|refuge"
    r"|(?:charitable|charity|community) arm|(?P<plural>providers|organisations|charities|voluntary organisations|social enterprises))(?![\w-])")
#: A local programme named in apposition as a national one's local name: "Families First, the local
#: name for the national Supporting Families programme", "Wyre Together, Anyford's local version of …", "Wyre
#: Steps, the city's approach to the national … programme".
_LOCAL_NAME_FOR = re.compile(rf"(?:^|(?<=[\s(]))[‘']?(?P<name>{_NAME})[’']?(?:\s+\((?P<acronym>[A-Z][A-Za-z]{{1,6}})\))?,\s+"
                             r"(?:(?P<the>the)(?:\s+(?:council|borough|city|county|local\s+authority)['’]s)?|its|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)\s+"
                             r"(?:own\s+|(?:locally|specially|jointly)\s+(?:designed|developed|adapted|tailored)\s+)?"  # "its locally designed version of …"
                             r"(?:local\s+(?:name|version|delivery|brand|branding|title|response|implementation)\s+(?:for|of|to)\s"
                             # "the borough's delivery of the national … initiative": what it is of a national programme
                             r"|(?P<national>(?:name|version|delivery|response|implementation|approach)\s+(?:for|of|to)\s+"
                             # "…, the council's name for its delivery of the government's … programme"
                             r"(?:its\s+(?:delivery|version|implementation)\s+of\s+)?(?:the\s+)?(?:national|government['’]s)\s))")
#: A kind of body, then its name in apposition: "the recruitment campaign, Foster Anyshire,", "its local
#: consortium, Adoption 22.", "the regional adoption agency, Together for Wyre,"; a local programme named after the
#: national one it answers ("… response to the government's Troubled Families programme, 'Wyre Families First'") or
#: delivered "locally as" ("in X as").
#: (whom a scheme is for may come between: "the council's apprenticeship scheme for care leavers, Wyre Futures, …")
_KIND_THEN_NAME = re.compile(rf"\b(?i:the|a|an|its|their)\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:(?P<partner>consortium|charity)|adoption\s+(?P<agency>agency)|(?P<campaign>campaign)|(?:programme|scheme|initiative)(?:\s+for\s+(?:[a-z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*)?),\s+"
                             rf"[‘']?(?P<name>{_NAME})[’']?(?P<end>,|\s+\(|\.(?:\s|$)|$)"
                             # "Wyre's response to the government's Troubled Families programme, 'Wyre Families First' (…)"
                             rf"|\bresponse\s+to\s+the\s+(?:(?i:national|government['’]s)\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}(?:programme|initiative),\s+"
                             rf"[‘']?(?P<local>{_NAME})[’']?(?:,|\s+\(|\.(?:\s|$)|$)"
                             # "the national Troubled Families programme, delivered locally as Wyre Together, …"
                             rf"|\b(?:delivered|branded|badged|run|implemented|introduced|launched)\s+(?:locally|in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+as\s+[‘']?(?P<locally>{_NAME})[’']?(?:[,;)]|\s+\(|\.(?:\s|$)|$)")
#: A team or service named in apposition, the sentence going on with its verb: "the council's specialist
#: team, Spotlight, is co-located with …" (not a list: "the YOT, Wyre College, the police and …"); or ending the
#: sentence where its name is a building's ("the council's own children's home, Elm House.").
_TEAM_THEN_NAME = re.compile(rf"\b(?i:the|its|their|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,4}}(?P<head>team|service|hub|unit|home|centre|model|approach|scheme|programme|project|initiative),\s+(?:the\s+)?[‘']?"
                             rf"(?P<name>{_name_pattern(5, 'of|and|for|the|&|in|to|at|on|by|with')})[’']?"
                             rf"(?:,(?={_VERB_BETWEEN.pattern})|(?P<last>\.(?=\s|$)))")  # (between commas: "…, Steps to Work,")
#: Words before "home" that make it a children's home: "the council's own children's home", "a short-break home", "the
#: council's new home".
_A_CHILDRENS_HOME_BEFORE = re.compile(r"\b(?:children['’]s|residential|short[- ]breaks?|respite|(?:council|authority|borough|county|city)['’]s)"
                                      r"\s+(?:[a-z-]+\s+)?$")
#: A stage or a cohort of a programme, not its name: "Wave 1", "Cohort 3", "Round Two", "Phase 2".
_A_STAGE = re.compile(rf"^{_STAGE_WORDS}\s+(?:\d+|One|Two|Three|Four|Five|Six)$")
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


#: A place's YMCA, the place first: "Anyford YMCA" (the place a council's: not "The YMCA …", "Locally YMCA …").
_PLACE_YMCA = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})\s+YMCA\b")
#: Words that qualify a place's name: "Mid Anyshire YMCA", "Greater Wyre".
_PLACE_QUALIFIERS = {"Mid", "Greater", "Upper", "Lower", "Inner", "Outer"}  # (and the compass's, ``_COMPASS``: "Central")
_A_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an)\s+(?:(?!(?:by|from|of|with|for|to|in|at|and|the)\s)[a-z][\w’'-]*,?\s+){0,3}$")
#: "St Anyshire's voluntary organisation", "the Anyshire Trust charity": a name before its kind
_CHARITY_AFTER = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})[’']?\s+(?:charity|voluntary organisation|social enterprise)\b")


#: A word of a front door's name, the work done at the door or the door itself: "Anyford Connect", "First Response".
_FRONT_DOORS_WORDS = _FRONT_DOOR_STEPS | {"connect", "access", "door", "gateway", "hub", "helpline", "front", "point"}


def _a_front_doors_name(words: list[str]) -> bool:
    """Whether a name in capitals is a front door's: a front door's word among its words ("Family Connect", "First Response",
    "Early Help Gateway", "Contact Anyford", "Duty and Advice"), the others the sector's, another front door's, "First",
    "Single", "Early", "Line", "and" or a place's (not a person's, "Sarah Duty", nor a form's, "Contact Form")."""
    return len(words) >= 2 and any(w.lower() in _FRONT_DOORS_WORDS for w in words) and all(
        w.lower() in PHRASE_SECTOR or w.lower() in _FRONT_DOORS_WORDS or w in ("First", "Single", "Early", "Line", "and")
        or w in _place_name_words() or council_for(w) is not None for w in words)


#: What a council's front door is called in apposition to its name ("Wyre Connect, the council's single point of access").
_FRONT_DOOR_KINDS = ("front door", "single point of access", "single point of entry")
#: What a body is said to be in apposition after its name, and the kind that makes it: "Lumen, the
#: emotional well-being and mental health service for children", "Safe Wyre, the borough's
#: community safety partnership", "Mindful Anyshire, the alliance of NHS and voluntary organisations".
_DESCRIBED_KIND_WORDS = {
    **{head: PHRASE_HEADS[head] for head in ("service", "team", "unit", "hub", "centre", "partnership",
                                            "programme", "initiative", "project", "scheme", "forum", "board")},  # "Wyre Voice, the
    # parent carer forum"; "Wyre Together, the city's health and wellbeing board"
    **dict.fromkeys(("alliance", "collaboration", "network", "consortium"), ("Board", "Partnership")),  # of several bodies
    "body": ("PartnerOrganisation", "PartnerOrganisation"),  # "Wyre Action, the local voluntary sector infrastructure body"
    "organisation": ("PartnerOrganisation", "PartnerOrganisation"),  # "Anyshire Cares, the borough's integrated health and care organisation"
    "company": ("PartnerOrganisation", "PartnerOrganisation"),  # "Wyre Careers, the careers company that serves …"
    "partner": ("PartnerOrganisation", "PartnerOrganisation"),  # "Wyrex, the council's education support partner"
    "mutual": ("PartnerOrganisation", "PartnerOrganisation"),  # "Youth Wyre, the staff-led mutual that delivers youth work"
    "children in care council": ("Board", "ChildrenInCareCouncil"),  # "Speak Out, Anyshire's children in care council"
    "front door": ("Service", "TeamOrService"),  # "Compass, the county's front door for early help"
    **dict.fromkeys(_FRONT_DOOR_KINDS[1:], ("Service", "TeamOrService")),
    # ("Wyre Connect, the council's single point of access": its front door by name; a "single point of contact" is as often a
    # person, so "Anyshire Direct (AD) is the single point of contact" names a service only with its short form or by a front
    # door's name, ``_a_front_doors_name``: "Family Connect, the council's single point of contact")
    "point of contact": ("Service", "TeamOrService"),
    "first point of contact": ("Service", "TeamOrService"),  # "Wyre Connect (WC), the council's first point of contact"
    "trust": ("PartnerOrganisation", "PartnerOrganisation"),  # "Wyre Leisure, the borough's leisure trust"
    "model": ("Service", "Programme"),  # "Achieving Change Together (ACT), a relationship-based model"
    "approach": ("Service", "Programme"),  # "… (ACT), an approach developed in Wyre": with its short form only, as a model
    "care system": ("HealthBody", "IntegratedCareBoard"),  # "Integrated Care Wyre, the county's integrated care system"
    "home": ("Service", "TeamOrService"),  # "Wyre House, the council's short-break home": a children's home by its name
    "offer": ("Service", "TeamOrService"),  # "Wyre Steps, the county's early help offer": the service that offers it
}
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
    rf"(?:^|(?<=[\s(]))[‘']?(?P<name>{_NAME})[’']?{_DEFINED_BEFORE_COMMA}(?P<sep>,|\s+is)\s+(?:(?:a|an|the|its|their)\s+|(?=(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s))(?P<described>(?:[\w’'–+-]+\s+){{0,7}}?)"
    r"(?P<kind>" + "|".join(_DESCRIBED_KIND_WORDS) + rf")(?=\s*[,.;:)]|\s+(?:for|of|that|which|who|set|{_PARTICIPLES}|developed|designed|introduced|intended|aimed|established|launched|created|"
    r"to|in|with|across|from|under|within|since|now|used|and\s+(?:its|the|their|an?)|(?:\w+ly\s+)?\w+ed\s+(?:by|in|with|on|from|through|as|at))\b)")
#: A short form, its full name in brackets, then what kind of body it is: "WEAR (Wyre Educational
#: Assessment and Review), the council's service which …".
_SHORT_THEN_NAME_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?P<acronym>[A-Z][A-Za-z&]{1,7})\s+\((?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|for|the|in|&)){1,8})\),\s+"
    + _DESCRIPTION_OPENS + r"\s+(?P<described>(?:[\w’'-]+\s+){0,5}?)(?P<kind>" + "|".join(_DESCRIBED_KIND_WORDS) + r")(?![\w’'-])")
#: Conjunctions opening a clause whose subject is then named and described ("When Journeys, the
#: council's … service, is …"); unlike a preposition ("Unlike Wyre Hope, the family hub is …").
_CONJUNCTIONS = {"when", "while", "whilst", "although", "though", "since", "because", "if", "once", "where", "until", "whereas", "unless"}
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
#: A person's title before a name: "Dr Jane Smith, the council's partner" is a person.
#: (not "Sir", "Lady": in schools' and hospitals' names, "Sir John Wyre School")
_PERSONS_TITLES = {"Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Professor", "Prof", "Councillor", "Cllr"}
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


#: Last words of a name that say what work is done, not whose name it is: "Return Home Interviews", "Duty and Assessment".
_WORK_DONE = {"interviews", "interview", "visits", "meetings", "conferences", "assessment", "assessments", "reviews", "contact",
              "duty", "intake", "support", "help", "care", "planning", "training"}
#: Last words of a piece of practice, not a programme, however a council describes it: "Direct Work, the council's approach
#: to …", "Family Group Conferences", "Early Help Assessments", "Contextual Safeguarding".
_PRACTICES_WORK = _WORK_DONE | {"work", "conference", "conferencing", "safeguarding", "practice", "supervision"}


def _named_then_said_to_be(match: re.Match[str]) -> bool:
    """Whether a sentence opening "<Name> is the <owner's> <kind>" names a body: a name of two capitalised words
    or more, one of them a name's own (not a field or a service's words: "Early Help", "Family Time"), no time's
    ("Practice Week") nor a footnote's number ("2 NHS Wyre is the integrated care board"); then, in four words or fewer
    with no preposition, whose the kind is, that it is the single one or the front door, or else a last word of the name that is its own and no work's ("Wyre Futures is the council's careers
    service", "Front Step is the single front door", "Safe Steps is a specialist team"; not "Return Home Interviews is a
    commissioned service", "Advocacy is a commissioned service", "Safeguarding is a clear priority across the
    partnership")."""
    words, described = match.group("name").split(), match.group("described").split()
    return match.start("name") == 0 and len(words) >= 2 and any(_an_own_word(w) for w in words) and not words[0].isdigit() \
        and not any(w.lower().strip("'’s") in _TIME_WORDS or w.lower() in _TIME_WORDS for w in words) \
        and len(described) <= 4 and not any(w in _PREPOSITIONS_BETWEEN for w in described) \
        and (any(w.endswith(("'s", "’s")) for w in described) or "single" in described
             or match.string[match.end("sep") : match.start("described")].strip() in ("the", "its", "their")
             and match.group("kind").lower() in _FRONT_DOOR_KINDS
             or _an_own_word(words[-1]) and words[-1].lower() not in _WORK_DONE)


#: A sentence's opening phrase of place (``PLACE_OPENERS``) or time before a comma, no other comma in it: "In the inner-city
#: wards, ", "Since the appointment of a new team, ".
_OPENING_PHRASE_BEFORE = re.compile(
    r"\s*(?:" + "|".join(sorted(w.capitalize() for w in PLACE_OPENERS | {"since", "following", "after", "before", "during", "until"})) + r")\s[^,]+,\s*")


def _the_last_named(name: str, first_a_unit: bool = False) -> str:
    """The last of two names joined by "and" before a description, the one it describes, where each has two words or more
    ("the College and Anyshire Futures, the city's youth charity": Anyshire Futures) and, with ``first_a_unit``, the first
    ends in a unit's kind word ("the Family Support Service and Wyre Resilient Families, the council's delivery of …"); else
    the name whole."""
    pair = _TWO_NAMES.fullmatch(name)
    if pair is None or not all(len(pair.group(side).split()) >= 2 for side in ("first", "second")) \
            or first_a_unit and not _ANY_HEAD_END.search(pair.group("first")):
        return name
    return pair.group("second")  # (the first may be a person, a post or another body: left to the other finders)


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
                                        or _ANY_HEAD_END.search(left) and not re.search(r"(?:^|\s)Health$", left)
                                        or _KIND_OF_BEFORE.search(sentence, max(0, match.start("name") - 20), match.start("name"))):  # ("Wyre Health and Care", "Health
                # and Wellbeing Together": one)
                name = right  # "the YOT and Wyre Careers, the careers company that …": a body found already, then the one described
        words = name.split()
        if len(words) > 1 and (words[0].lower() in _CONJUNCTIONS or words[0].lower() in ("through", "via")) \
                and _at_sentence_start(sentence, match.start("name")):
            words = words[1:]  # "When Journeys, the council's emotional health service, …": the name after the connective
            # ("Through Wyre Options, Anyshire's approach …": after the way it is done; "Unlike Wyre Hope, the hub …" compares)
            name = " ".join(words)
        described = match.group("described").split()
        owned_by_place = bool(described) and described[0][:1].isupper() and described[0].endswith(("'s", "’s"))  # "Name, Anyshire's …"
        # (or an organisation's of two words: "Name, Pennine Care's …")
        owners_words = 1 if owned_by_place else 2 if len(described) > 2 and described[0][:1].isupper() and described[1][:1].isupper() \
            and described[1].endswith(("'s", "’s")) and not described[0].endswith(("'s", "’s")) else 0
        owned_by_place = owners_words > 0
        upper = [i for i, w in enumerate(described) if w[:1].isupper() and not (i < owners_words)
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
                or re.search(r",\s*$", sentence[: match.start("name")]) and not _OPENING_PHRASE_BEFORE.fullmatch(sentence[: match.start("name")]):
            continue  # "A, the B service, the police and C": a list; "Sarah, the manager of the service": a person (but "In
            # Wyrebury, Together for Wyre, an NSPCC programme, …": where or when the sentence opens, then the name)
        owner = " ".join(described[:owners_words])[:-2] if owned_by_place else ""
        if owner and council_for(owner) is None and not registry.lower_aliases.get(owner.lower()) \
                and (len(owner.split()) < 2 or _only_an_area(owner.split())):
            continue  # "Name, Anyshire's …": a council's or a known body's own, or an organisation's by a name of two words
            # ("Wyre Minds, Pennine Care's child and adolescent mental health service"), not anyone's
        kind_word = match.group("kind").lower()
        if kind_word == "partner" and (name.split()[0] in _PERSONS_TITLES or name.split()[-1].lower() in PEOPLE_SERVED):
            continue  # "Dr Jane Smith, the council's improvement partner": a person; "Young Carers, a valued partner": people
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
                (owned_by_place or described and re.fullmatch(_A_COUNCILS_WORD, described[0].lower()) and words[-1].lower() not in _PRACTICES_WORK
                 or not owned_by_place and not sentence.startswith(" to ", match.end("kind")) and words[0] not in _PERSONS_TITLES
                 and "role" not in described and not all(
                     w.lower() in _PRACTICES_WORK or w.lower() in PHRASE_SECTOR or w.lower() in DESCRIBING or w in _SMALL_IN_TITLES
                     for w in words))
                and len(words) >= 2 and all(w[:1].isupper() or w in _SMALL_IN_TITLES for w in words) and not _opens_sentence(words[0])
                and council_for(name) is None and not _only_an_area(words)
                and words[0].lower() not in _PREPOSITIONS_OPENING):
            continue  # "Supervision, Anyshire's model for reflective practice", "a role model": a model named with its short form only
            # (or by a title of its own, "Focus on Wyre Practice, a systemic model", not a way of working's "to": "…, the
            # county's approach to extra-familial harm")
            # (or a title of capitals the council owns: "Safer Wyre, Anyshire's partnership approach to …", "Wyre Options, the
            # council's approach to …"; not a piece of practice so described: "Direct Work, the council's approach to …")
        if kind_word == "offer" and (words[-1].lower() in _WORK_DONE | {"allowance", "exemption", "grant", "fund", "discount"}
                                     or len(words) == 1 and words[0].endswith("s")):
            continue  # an offer is a service by its name ("Wyre Steps, the county's early help offer", "Moving On, the council's
            # offer to care leavers"), not money or a piece of work ("Council Tax Exemption, the council's offer to care leavers",
            # "Early Help Assessment, the council's early help offer", "Apprenticeships, the council's employment offer")
        capitals = " ".join(described[upper[0] : upper[-1] + 1]) if upper else ""
        defined = bool(match.group("acronym")) and _initials_match(_tidy(match.group("name")), match.group("acronym"))
        if kind_word in ("point of contact", "first point of contact") and (not (defined or _a_front_doors_name(words))
                                                                            or any(_is_post(w) for w in words)
                                                or _people_at_work(words[-1]) and not words[-1].endswith("s")
                                                or words[-1].lower() in ("guardian", "interview", "interviews")
                                                or words[-1].lower() != "work" and _an_arrangements_word(words[-1])):
            continue  # "Jane Smith is the single point of contact", "the Virtual School Headteacher (VSH) is …", "the Adoption
            # Champion (AC) …", "the Early Help Assessment (EHA) …": as often a person or a piece of work; a service's name
            # has its short form or is a front door's (``_a_front_doors_name``)
        if capitals and not (council_for(capitals.removesuffix("'s").removesuffix("’s")) is not None
                             or any(f.national for f in _generic_matches(capitals))
                             or capitals.isupper() and _generic_matches(capitals) and len(words) >= 2 and not _A_STAGE.search(name)
                             and not re.match(r"\s*,\s+(?:and|or)\b", sentence[match.end("kind") :])
                             or defined):  # "BASE (…), a specialist Barnardo's service", "ACT (…), the Greater Manchester model"
            continue  # "Wyre Families First, the Lantern service, …": a list of names (but "a Department for Education initiative",
            # "Healthy Minds, the CAMHS service provided by …": a kind's short form, no name; not after a stage or one word, as
            # often a town, "Tier 3, the CAMHS service for …", "Maidstone, the CAMHS hub …", nor in a list, "Wyre Carers, the YOT
            # service, and …")
        if words[0] == "The" and len(words) > 1:
            words = words[1:]
            name = " ".join(words) if match.start("name") == 0 else name
        at_start = match.start("name") == 0 or sentence[: match.start("name")].rstrip().endswith((".", ":"))
        in_capitals = len(words) == 1 and len(words[0]) >= 4 and _ACRONYM_LED.fullmatch(words[0]) is not None \
            and not _generic_matches(words[0]) and sentence.startswith(" commissioned ", match.end())
        # ("CHUMS, the … service commissioned by …": a provider's name in capitals, no kind's short form)
        if len(words) == 1 and (at_start and (words[0].lower() in PHRASE_SOFT_STOP | PHRASE_ROLES | PHRASE_STOP | PHRASE_SECTOR
                                              | PEOPLE_SERVED | _PEOPLE_AT_START or words[0].lower().endswith("ly"))
                                or _ACRONYM_LED.fullmatch(words[0]) and not in_capitals):
            continue  # "Leaders, the …", "Recently, the …", "MASH, the hub": a sentence's word, a short form
        titled = len(words) >= 2 and all(w[:1].isupper() or i and (w.isdigit() or w in _SMALL_IN_TITLES) for i, w in enumerate(words)) \
            and words[0].lower() not in PHRASE_STOP \
            and words[0].lower() not in _SMALL_IN_TITLES and not _opens_sentence(words[0]) \
            and council_for(name) is None and (not _generic_matches(name) or defined and not _GENERIC_WHOLE.fullmatch(name))
        # ("Wyre Solutions, the council's … service"; "Barnardo's Against Sexual Exploitation (BASE), …": a name with its short form;
        # "Focus on Wyre, a … programme": a title's small words; a way of working's title in capitals, "Focus on Wyre Practice,
        # a systemic model", "the 'Anyshire Approach', a … model", is the model's name, though such words end no body's otherwise)
        title_a = _a_title_opening_with_a(name, words)  # "A Better Start Anyford, a lottery-funded programme"
        if not (titled or title_a or in_capitals or _could_name_a_partner(name, words[0])) or _opens_sentence(words[0]) and not title_a \
                or _A_TIME.search(name) \
                and not _SEASON_THEN_PLACE.fullmatch(name) \
                or any(w.lower() in PHRASE_ROLES for w in words) or police_force_for(name) \
                or _NOT_A_BODY_NAME.search(name) and not (kind_word in ("model", "approach", "programme", "initiative")
                                                          and re.search(r"\s(?:Approach|Model|Practice|Way)$", name)) \
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
        own_title = len(words) >= 2 and words[0][:1].isupper() and words[-1].islower() and words[-1].rstrip("s") in PHRASE_HEADS \
            and any(_an_own_word(w) and council_for(w) is None and w.lower() not in _WORDS_OF_THE_TRADE and w.lower() not in _AT_RISK
                    for w in words[:-1])  # (a title of its own, "ReachOut"; not the work's words, "Family Support service")
        registry.add(_Found(f"{match.group('owner')} {name}", "Service", "TeamOrService", 0, 0, part_of=owner or "",
                            aliases=(name,) if own_title else ()),
                     proper=False)  # a local service of the charity's, one node per council ("Barnardo's Leaving Care Service (Wyre)")
        # (its title and kind, "the Barnardo's ReachOut project", is its name without the charity too: "the ReachOut project")


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
        if (last := _the_last_named(name)) != name:
            name = last  # "the College and Anyshire Futures, the city's youth charity": the one described is the last
        elif " and " in name and re.search(r"\b(?:of|the)\b", name.rsplit(" and ", 1)[0]):
            name = name.rsplit(" and ", 1)[1]  # "The Leader of the Council and Anyshire Hope, a local charity"
        words = name.split()
        if match.group(0).endswith("refuge") and len(words) == 1 and (name in _place_name_words() or council_for(name) is not None):
            continue  # "Mothers move to Brighton, a refuge in another area": a place
        if len(words) > 1 and words[0].lower() in _CONJUNCTIONS and match.start("name") == 0:
            words = words[1:]  # "Although Curo, the largest housing association, …": the name after the connective
            name = " ".join(words)
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
        numbered = _a_numbers_own_name(words) and not _generic_matches(name)  # "Five Oaks, an Anyford-based charity": a name's own number
        numbered = numbered or _a_title_opening_with_a(name, words)  # "A Way Out, a charity": a title opening with "A"
        if (brand or titled or numbered or _could_name_a_partner(name, words[0])) and not first_word_only \
                and not _holds_a_time(name) and (numbered or not _opens_sentence(words[0])) and not _only_an_area(words):  # not "a North East charity"
            acronym = match.group("acronym")  # "Anyshire Together (AT), the company the council owns,"
            acronyms = (acronym,) if acronym and _initials_match(name, acronym) else ()
            registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0, acronyms, defines=bool(acronyms)),
                         proper=True)
    for match in prefilter.finditer(_LOCAL_NAME_FOR, sentence):  # "Wyre Together, the local name for the … programme"
        name = _tidy(match.group("name")).strip("‘’'")
        name = _with_title_before(sentence, name, match.start("name"))[0]  # "Families with a Future, the city's version of …"
        name = _the_last_named(name, first_a_unit=True)  # "the Family Support Service and Wyre Resilient Families, the council's
        # delivery of …": a list's last item is the one described (a unit's kind word ends the one before it)
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
        if match.group("name") and re.search(r"\s+for\s+", sentence[match.start() : match.start("name")]) \
                and re.match(r"[’']?,\s+the\b", sentence[match.end("name") :]):
            continue  # "Through the apprenticeship scheme for care leavers, Kent Fire and Rescue, the NHS and …": a list of
            # bodies after whom the scheme is for, no name of it
        if match.group("campaign") and match.group("end") != ",":
            continue  # "… helped by a recruitment campaign, 'Foster Wyre'.": a campaign ending its sentence, what it is left unsaid
        if _could_name_a_partner(name) and not _holds_a_time(name) and registry.lower_aliases.get(name.lower()) is None \
                and not _only_an_area(name.split()) and not all(w.lower() in _AREA_WORDS for w in name.split()):
            body_type, kind = ("Service", "Programme") if not (match.group("partner") or match.group("agency")) \
                else ("PartnerOrganisation", "AdoptionAgency") if re.match(r"Adopt", name) or match.group("agency") \
                else ("Board", "Partnership") if match.group("partner") == "consortium" else ("PartnerOrganisation", "VoluntaryOrganisation")
            key = registry.add(_Found(name, body_type, kind, 0, 0), proper=True).key  # "its local consortium, Adoption 22."
            if match.group("agency") and "regional" in sentence[match.start() : match.start("agency")]:
                _merge_described(registry, key, "regional adoption agency")  # the region's agency the report names so too
    for match in prefilter.finditer(_TEAM_THEN_NAME, sentence):  # "the council's specialist team, Spotlight, is co-located …"
        name = _tidy(match.group("name")).strip("‘’'")
        if match.group("last") and not (match.group("head") == "home" and _BUILDING_WORD.search(name)
                                        and _A_CHILDRENS_HOME_BEFORE.search(sentence, match.start(), match.start("head"))):
            continue  # a name ending the sentence after a kind is a children's home's by a building's name only ("the council's
            # children's home, Elm House."; not "their family home, Manor Farm.")
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
        if _BUILDING_WORD.search(name) and registry.lower_aliases.get(name.lower()) is None and not kind.endswith("hub"):
            # (a hub's building is where it works, no name of it: "the early help hub at Anyford House")
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
        if match.group("place") and " and " in place and council_for(place) is None \
                and not _names_an_area(place.split(" and ", 1)[1].split()):
            name = name[: len(name) - len(place) + place.index(" and ")]  # "Home-Start Anyford and Wyre Mission", "YMCA
            place = place.split(" and ", 1)[0]  # Wyreshire and Anyford Housing Trust": the brand's place, then another name (the
            # "and" of the place, not of the brand's own name, "Community and Voluntary Action")
        if match.group("place_before") and " and " in place and council_for(place) is None \
                and not _names_an_area(first := place.split(" and ", 1)[0].split()) \
                and not all(w in _place_name_words() or w.lower() in _AREA_WORDS for w in first):
            name = name[place.index(" and ") + 5 :]  # "Wyre Support and Anyshire Mind", "The Haven and Anyshire Mind": another
            place = place.split(" and ", 1)[1]  # name, then the branch by its place (but "Anyford and Wyre Mind", "Mid and North
            # East Wyre Mind", "Tyneside and Anyshire Mind": one branch of two places, the first a place's or an area's word)
        if place.split()[0].lower() in LEADING_NON_NAME or _ANY_HEAD_END.search(place) or match.group("place") and not any(
                _an_own_word(w) or w.lower() in _AREA_WORDS for w in place.split() if w not in ("and", "&", "of")):
            continue  # "In North Anyshire Mind …", "YMCA Anyshire Council": a sentence's word, another body; "Carers Trust Young
            # Carers …", "… Network Partner": the brand's own scheme or award, whom it serves, no word of a place's own
        if match.group("place") and " and " not in place and (listed := _places_listed_after(sentence, match.end())) is not None:
            name = _tidy(f"{name}{sentence[match.end() : listed]}")  # "Home-Start Anyford, Wyre and Vale": one branch of three places
        if name.startswith("Mind in ") and (joined := re.search(r" (?:and|&) ", place)) is not None and council_for(place) is None \
                and not all(w in _place_name_words() for w in place[joined.end() :].split()):
            place = place[: joined.start()]  # "Mind in Anyford and Anyford Carers": the branch, then another name
            name = f"Mind in {place}"  # (but "Mind in Anyford & Wyre": one branch of two places)
        if name.startswith("Mind in ") and not _names_an_area(place.split()):
            continue  # "Mind in Anyford": a council's place only (not "peace of Mind in Wyre Lodge")
        if match.group("place") or _names_an_area(place.split()) or _a_place_and_its_style(place.split()):
            # "YMCA Wyreshire": a brand, then where (any place); "Anyford Borough Mind": a place and its council's style
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
        if (name.split()[0].lower() not in LEADING_NON_NAME or _a_title_opening_with_a(name, name.split())) and council_for(name) is None:
            registry.add(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0), proper=True)  # ("the local charity
            # A Way Out": a title's own "A")


#: A name in capitals with no kind word, then a clause saying what service it gives: "First Contact,
#: which incorporates the MASH, …", "Arch, which offers …"; at a sentence's start or after a preposition.
_NAME_WHICH_SERVES = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bwith\s)|(?<=\bto\s)|(?<=\bat\s)|(?<=\band\s))(?P<name>[A-Z][\w’'&+-]*(?:\s+(?:[A-Z0-9][\w’'&+-]*|of|for|the|and|in)){0,4}),\s+"
    r"which\s+(?:also\s+|now\s+)?(?:runs|provides|offers|delivers|incorporates|brings\s+together|hosts|co-?ordinates|manages|owns)\s"
    r"(?P<clause>[^,.;]{0,120})")
#: A name of two words or more, then who provides it or whose it is: "although Wyre Listening Room, provided by Anyford
#: Partnership NHS Trust, has …", "Healthy Minds Wyre, which is delivered by the trust", "Forward Thinking Anyford, part of
#: Anyford Children's NHS Foundation Trust, …". The provider says it is a service, as what it
#: gives does after ``_NAME_WHICH_SERVES`` (its clause the provider's name, which a service's words need not be in).
_NAME_PROVIDED_BY = re.compile(
    r"(?:^|(?<=[a-z]\s)|(?<=[.;:]\s))(?P<name>[A-Z][\w’'&+-]*(?:\s+(?:[A-Z0-9][\w’'&+-]*|of|for|the|and|in)){1,4}),\s+"
    r"(?:(?:which\s+is\s+)?(?:" + "|".join(_PROVIDED_VERBS) + r")\s+(?:by|from)|part\s+of)\s+"
    r"(?P<clause>(?:the\s+)?(?:[A-Z][^,.;]{0,100}|trust|council|ICB|CCG))")


#: A name's comma, then "part of" and whose it is (``_NAME_PROVIDED_BY``'s other closing).
_PART_OF = re.compile(r",\s+part\s+of\s")

def _a_services_name_part_of(words: list[str], whose: str) -> bool:
    """Whether a name before ", part of" and a body ("Forward Thinking Anyford, part of Anyford Children's NHS Foundation
    Trust, …") is a service's: three words or more, one name (no "and": "Imago and Kent Carers, part of …"; no "in":
    "Children in South Leeds, part of …"), not opening with whom it serves, not a place's or its parts' words alone ("Leeds
    City Region", "West Anyshire, part of the Wyre Valley"), after a body's kind word (not "part of the North")."""
    words = words[1:] if words[:1] == ["The"] else words
    lowered = [w.lower() for w in words]
    return len(words) >= 3 and "and" not in lowered and "in" not in lowered and lowered[0] not in PEOPLE_SERVED \
        and bool(_ANY_HEAD_END.search(whose)) \
        and not all(w in _place_name_words() or l in _AREA_WORDS or l in _PLACES_PARTS for w, l in zip(words, lowered))


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
                or words[-1].lower() in _AN_EVENTS_LAST_WORDS or not _a_brands_own_words(words)
                or _PART_OF.match(sentence, match.end("name")) and not _a_services_name_part_of(words, match.group("clause"))):
            continue  # "the Panel for the Review of Child Deaths in …, which is hosted by …": the end of a longer name; "Care
            # Leavers Week, hosted by …", "Practice Week, run by …": an event; "written by Amanda Jones, commissioned by …",
            # "Family Group Conferences, provided by …", "Return Home Interviews, commissioned from …": a person, work; see
            # ``_a_services_name_part_of``
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


#: A council's practice model, then its name in apposition: "its practice model, the Anyshire Approach,",
#: "the practice framework, Strong Families Wyre,"; a programme a reader lists.
_MODEL_THEN_NAME = re.compile(
    r"\b(?:practice\s+model|model\s+of\s+practice|practice\s+framework|practice\s+approach),\s+(?:the\s+|known\s+as\s+|called\s+)?[‘']?"
    r"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&-]*|of|for|the|in|and|to)){0,5}?)[’']?(?=\s*[,.;(]|\s+(?:is|has|was|which|and)\b)")


#: A name in capitals, then in apposition the way of working it names: "the Anyshire Approach, a strengths-based model
#: (of social work)", "the Wyre Way, the council's practice framework" (not another framework, a threshold or a tool: "the
#: Continuum of Need, the partnership's threshold framework"; nor "a model of good practice", "the council's approach to
#: auditing").
_NAME_THEN_MODEL = re.compile(
    r"(?<![\w’'-])[Tt]he\s+(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&-]*|of|for|the|in|and|to)){0,4}?),\s+(?:an?|its|the\s+council['’]s|the)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:practice\s+(?:model|approach|framework)|model|approach)\b(?!\s+(?:for\b|of\s+(?!social\s+work\b))|\s+to\b)")

#: A preposition and a determiner before a practice model's words: the words open the sentence's clause.
_LED_BY_PREPOSITION = re.compile(r"(?<![\w-])(?:[Uu]nder|[Ww]ithin|[Tt]hrough|[Ii]n|[Uu]sing|[Ww]ith|[Bb]y|[Ff]rom|[Aa]cross|[Ff]ollowing)\s+"
                                 r"(?:the|its|their|this|our|a|the\s+council['’]s)\s+$")


def _discover_models_named(sentence: str, registry: BodyRegistry) -> None:
    """See ``_MODEL_THEN_NAME``: the model by its name, unless a finder knows the name already or it
    is the kind's own words ("Signs of Safety", "Restorative Practice": a national model's name)."""
    for match in (*prefilter.finditer(_MODEL_THEN_NAME, sentence), *prefilter.finditer(_NAME_THEN_MODEL, sentence)):
        name = _tidy(match.group("name"))
        if match.re is _MODEL_THEN_NAME and _LED_BY_PREPOSITION.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # "Under the practice framework, Supervision is …": a clause's opening, no apposition
        if match.re is _NAME_THEN_MODEL and any(w.lower() in _NOT_A_MODELS_WORDS for w in name.split()):
            continue  # "the Quality Assurance Framework, the council's approach …": a document's name, not a way of working
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


#: A body defined with its short form, then what it does: "BASE (Wyre Against Sexual Exploitation)
#: provides …", "Developing Wyre Health (DWH) works with …".
_DEFINED_THEN_DOES = re.compile(r"\)\s+(?:" + _WHAT_IT_DOES + r"|supports)\b"
                                r"|\),\s+(?:whose\s+(?:[a-z-]+\s+)?(?:staff|workers|practitioners|volunteers|mentors|advocates)"  # "…, whose
                                # (outreach) staff help …"
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
                or _TERMS_NOT_BODIES.search(name) and not re.search(r"['’]s\b", name) and not any(w in _TITLES_PREPOSITIONS for w in name.split()) \
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
        if any(w.lower() in PHRASE_ROLES or w.lower().rstrip("s") in PHRASE_ROLES or w.lower() in _GRADE_WORDS
               or w.lower() in _COMPASS or w in _PERSONS_TITLES for w in words) \
                or _only_an_area(words) or len(words) == 1 and not re.search(r"(?<=.)[A-Z0-9]|\w\w \w", name) and not between.strip():
            continue  # "(Head of Service)", "(Good)", "(East and West)", "(Dr Patel)", "(Hoxton)": a post, a grade, places, a person
        if any(w.lower() in PHRASE_ROLES or w.lower().rstrip("s") in PHRASE_ROLES for w in match.group("described").split()) \
                or name.split()[-1].lower() in _PEOPLE_WORDS:
            continue  # "a team of social workers (…)", "(Senior Practitioners)": people, not a body
        body_type, kind = _BRACKETED_PARTNER_KINDS.get(kind_word) or _DESCRIBED_KIND_WORDS.get(kind_word) or PHRASE_HEADS[kind_word]
        found = _Found(name, body_type, kind, 0, 0)
        registry.add(found, _is_proper(found, registry.authority_names))
