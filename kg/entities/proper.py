"""Proper names: runs of capitalised words that end in a kind word or that a frame makes a name ("… NHS
Trust", "NHS <place>", "… Safeguarding Children Board"), cut where the name ends and the sentence goes on."""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import prefilter
from ..gazetteer import (
    council_for,
    DESCRIBING,
    HEALTH_WORDS,
    LEADING_NON_NAME,
    PARTNERING_BEFORE_WITH,
    PARTNERING_PARTICIPLES,
    PEOPLE_SERVED,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    police_force_for,
    police_force_short_forms,
)
from ..shortforms import is_short_form
from ..statistics import NUMBER_WORDS
from .text import _AREA_WORDS, _COMPASS, _names_an_area, _only_an_area, _singular_head, _tidy
from .registry import _CONNECTORS, _Found, _GENERIC_WHOLE
from .scan import _found_from_first_character
from .kinds import (
    _A_TIME,
    _ACRONYM_AFTER,
    _ANY_HEAD_END,
    _generic_matches,
    _HEAD_WORDS_ANY,
    _initials_match,
    _MONTH_NAMES,
    _only_places_words,
    _people,
    _PEOPLE_WORDS,
    _place_name_words,
    _SHORT_MONTH_NAMES,
    _THE_BEFORE,
    _WEEKDAY,
)
from .vocabulary import (
    _a_bodys_short_form,
    _a_kind_of_housings_word,
    _a_brand_and_its_place,
    _a_heading,
    _a_kind_of_homes_word,
    _a_kinds_plural,
    _a_place_or_point,
    _a_place_word,
    _A_POST_FOR,
    _A_BASE,
    _a_base_place,
    _A_REACH,
    _a_titles_list,
    _a_whole_body,
    _ACRONYM_IN_BRACKETS,
    _ACRONYM_LED,
    _AN_ORGANISATIONS_END,
    _an_own_word,
    _AND_ANOTHER,
    _ARTICLE_BEFORE,
    _at_sentence_start,
    _BRAND_HEADS_AFTER_A_COUNCIL,
    _CARE_DIGIT,
    _council_named_with_and,
    _COUNCIL_WORDS,
    _EVENTS,
    _FOLLOWING_KIND,
    _GENERIC_ACRONYMS,
    _HEAD_RES,
    _HOUSING_CONTEXT,
    _HOUSING_KINDS,
    _is_a_kind,
    _KIND_OF_PLACE,
    _KINDS_OF_HOME,
    _NAME_ADJECTIVES,
    _NATIONAL_WHOLE,
    _NOT_A_CLUSTER_AFTER,
    _not_a_name_word,
    _OF_ADULTS,
    _opens_sentence,
    _ORGANISATION_ENDS,
    _PARTNER_BEFORE,
    _REGION_NAMES,
    PLACE_OPENERS,
    _PLACES_PARTS,
    _PLURAL_ORGANISATIONS,
    _POSSESSIVE,
    _SHORT_FORMS_OF_BODIES,
    _STAGE_WORDS,
    _STYLES_COUNCIL,
    _STYLES_OF,
    _THE_INSIDE_RUN,
    _title_with_a_before,
    _two_names_joined,
    _WHOSE,
    _WORK_WORDS,
    _young_peoples_kind,
)

_CAP = r"(?:[A-Z][a-z]+\d+[A-Za-z]{2}[A-Za-z'’\-]*|[A-Z][A-Za-z'’\-]*|[A-Z]{2,}|\d+\+|\d+(?!(?:st|nd|rd|th)\b)[a-z][a-z]+|\d(?![\d,./-])(?=\s+[A-Z][a-z]))"
# ("Care2Speak", "Text4Help": a digit inside a word between letters, not "S47s"; "16+", "4wyre", "3 Vales Partnership …";
# a number opening a run is kept by ``_runs`` only after a word that can come before a name: not a year's or a count's
# last digit, "Tier 4 …", "Around 5 …")
#: A level or an amount before a number that a capitalised run takes in: "Tier 4", "Year 11", "Around 5".
_COUNT_BEFORE_NAME = re.compile(
    rf"(?:{_STAGE_WORDS}|Around|About|Over|Under|Some|Almost|Nearly|Only|All|Of|In|By|Since)"
    r"\s+\d+(?:/\d+)?\s+(?=[A-Z])")
#: Words before "Limited" or "Company" that make it a degree or a kind of company, not a registered name.
_NO_COMPANY_BEFORE = {"very", "only", "quite", "rather", "too", "the", "a", "water", "bus", "taxi", "trading", "energy", "phone"}
#: Plural nouns after a name that make a number before it a count: "3 Wyre Police officers", "2 Anyford Hospital wards".
_COUNTED_AFTER = re.compile(r"\s+(?:officers|staff|workers|wards|teams|members|practitioners|nurses|colleagues|schools|sites|hubs|beds"
                            r"|representatives|managers|leaders|partners|services|units|clinics|clinicians|hospitals|site)\b")
#: A number, then a plural word of a name's own: "5 Boroughs" of "5 Boroughs Partnership NHS Foundation Trust".
_A_PLURAL_AFTER_A_NUMBER = re.compile(r"\d+\s+[A-Z][a-z]*[a-rt-z]s\b")
#: The words after which a number may open a name: "provided by 5 Boroughs Partnership …".
_BEFORE_A_NUMBERED_NAME = re.compile(r"(?:^|\b(?:by|from|with|the|and|to|of|at))\s$", re.IGNORECASE)
#: "for the" after an organisation's kind word, inside its name: "the Anyford Centre for the Voluntary Sector", "the Society for
#: the …" (not "Plans for the Anyshire Board"; ``_runs`` splits it again before another body or an area, ``_a_titles_aim``).
_FOR_THE_AFTER_KIND = r"(?:(?<=Centre)|(?<=Council)|(?<=Society)|(?<=Association))\s+for\s+the\s+"
# ("de" inside a name between capitals: "the Society of St Anyford de Wyre"; a comma before a title's next item of one or
# two words, "the Adult Social Care, Children's Services and Education Committee")
_CONNECT = rf"(?:\s+(?:and|of|for|the|&|in|on|with|upon|de)\s+|{_FOR_THE_AFTER_KIND}|,\s+(?=(?:[A-Z][a-z]+|[A-Z][a-z]+['’]s(?=\s+[A-Z]))(?:\s+[A-Z][a-z]+)?(?:,|\s+and\s))|\s+)"
_ORGANISATION_HEAD_END = re.compile(rf"\b(?:{_ORGANISATION_ENDS})$")
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


_RUN_AT_FIRST_CHARACTER = _at_first_character(_RUN)
#: A kind word closing one name before a comma that a run goes on after: "… Community Services, Anyford …".
_HEAD_BEFORE_COMMA = re.compile(rf"\b(?:{_HEAD_WORDS_ANY})s?,\s+")
#: A name's kind word in the plural at its end: "Anyford Community Services".
_PLURAL_HEAD_END = re.compile(rf"\b(?:{_HEAD_WORDS_ANY})s$")
#: A name's first word in brackets after it, its short name: "Wyrebridge Community Healthcare NHS Foundation Trust
#: (Wyrebridge)" (the proper names' reader's; ``shortforms`` reads "(the Royal Wyre)", a name's first words after "the").
_FIRST_WORD_BRACKETED = re.compile(r"\s*\(([A-Z][a-z][\w’'-]+)\)")
#: Sentence adverbs that run into a name: "Currently Anyshire County Council has …" (not "Family", "Early").
_ADVERB = re.compile(r"[A-Za-z]{4,}(?:ent|ous|ial|ional|ive|ual|ar|ate|ed|ing|ful|ic|al)ly")


#: Words that open a sentence or judge a service but are a name's first word after "the": "the In Care Council", "the In Touch
#: Service", "the Good Start Service", "the Good Shepherd Trust".
_FIRST_WORDS_AFTER_THE = {"In", "Good"}
#: What a grade grades, after it: the services an inspection judges ("the Good Fostering Service"; not "the Good Care Group").
_GRADED_WORK = {"adoption", "fostering", "leaving", "residential", "children's", "overall", "judgement", "rating", "local"}


def _opens_a_name_after_the(word: str, text: str, start: int) -> bool:
    """Whether "In" or "Good" at ``start`` is a name's first word, after "the" (see ``_FIRST_WORDS_AFTER_THE``), not a
    sentence's preposition or a judgement: both the run splitter and the proper names' reader, which drops leading words
    again, keep it."""
    if word not in _FIRST_WORDS_AFTER_THE or _THE_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    following = re.match(r"\s*([\w’'-]+)", text[start + len(word) :])
    return word != "Good" or following is not None and following.group(1).lower() not in _GRADED_WORK \
        and council_for(following.group(1)) is None  # (not "the Good Adoption Service judgement", "the Good Leeds City Council
    # children's homes": a grade before what it grades)
#: A compass word and a place's name opening a name after "and": another area's body ("North Anyshire University Hospital …").
#: The compass words that open an area's name: "North Anyshire", "Mid Wyre".
_COMPASS_FIRST = r"(?:North|South|East|West|Central|Mid)"
_ANOTHER_AREAS_BODY = re.compile(rf"{_COMPASS_FIRST}\s+[A-Z][a-z]+\s+[A-Z]")
#: A council's name and a list's separator right before a name: the name ending "Council" after it is another council.
_A_COUNCIL_LISTED_BEFORE = re.compile(r"\bCouncil(?:,\s+|,?\s+and\s+)$")
#: District or borough councils, then one of them by name: "the district councils, including …", "borough councils such as …"
#: (not "local councils, including Anyford Town Council": a town's).
_COUNCILS_EXAMPLED_BEFORE = re.compile(r"\b(?:district|borough)(?:\s+and\s+(?:district|borough))?\s+councils,?\s+"
                                       r"(?:including|such\s+as|for\s+example)\s+$", re.IGNORECASE)
#: A town's or a parish's council, no local authority of children's services: "Anyford Town Council".
_A_PARISH_COUNCIL = re.compile(r"\b(?:Town|Parish|Community)\s+Council$")
#: A young people's word in a council's capitalised name: "the Anyshire Children in Care Council", "Anyshire Youth Council",
#: "the Care4us Council" (as ``_CARE_WITH_A_DIGIT`` is read in lower case).
_YOUNG_PEOPLES_COUNCIL_WORD = re.compile(rf"\b(?:children\b|care\b|{_CARE_DIGIT}|youth\b|young\b)", re.IGNORECASE)
#: A council department's or a post's words: "Director of Communities and Housing", "Adults, Health and Housing".
_DEPARTMENT_WORDS = {"adults", "health", "communities", "planning", "regeneration", "environment", "neighbourhoods",
                     "place", "economy", "growth", "resources", "people", "cabinet", "portfolio", "directorate"}
#: The words a landlord named for its place adds before "Homes": "Anyford Partnership Homes", "Wyre Community Homes".
_LANDLORD_WORDS = {"Partnership", "Community", "Together", "First", "City", "Borough", "District", "Mutual"}


def _a_landlords_own_words(qualifier: str) -> bool:
    """Whether the words before "Homes" are a landlord's own: an area ("North Anyshire Homes"), a
    place's initials ("A&W Homes") or two words in capitals of no kind of home ("Cross Keys Homes",
    not "Children's Residential Homes")."""
    words = qualifier.removeprefix("The ").split()
    return _names_an_area(words) and not any(map(_a_kind_of_homes_word, words)) \
        or re.fullmatch(r"[A-Z]&[A-Z]", qualifier) is not None \
        or len(words) == 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) and not _a_kind_of_homes_word(w) and w.lower() not in DESCRIBING
                                   | PHRASE_SOFT_STOP | PHRASE_SECTOR | LEADING_NON_NAME | PEOPLE_SERVED for w in words)


def _placed_landlord(qualifier: str, sentence: str) -> bool:
    """Whether the words before "Homes" name a landlord by its place and a landlord's word, in a
    sentence about housing: "Anyford Partnership Homes has ring-fenced properties"."""
    *place, last = qualifier.removeprefix("The ").split() or [""]
    named = council_for(" ".join(place)) is not None or len(place) == 1 and re.fullmatch(r"[A-Z][a-z]{3,}(?<!ed)", place[0]) is not None \
        and place[0].lower() not in LEADING_NON_NAME | PHRASE_SECTOR | PHRASE_STOP and not _opens_sentence(place[0])
    return named and last in _LANDLORD_WORDS and _HOUSING_CONTEXT.search(sentence) is not None  # (a town is no council)


_RUN_JOIN = re.compile(r",?\s+and\s+|,\s+")
#: An ordinal right before a capitalised run, which ``_CAP`` leaves out ("1st April"): the run's first words are the end of
#: a name it opens ("42nd Street").
_AN_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s$")
_RUN_JOIN_AND = re.compile(r"\s+and\s+(?=[A-Z])")
_A_MONTH_FIRST = re.compile(rf"(?:{_MONTH_NAMES}|{_SHORT_MONTH_NAMES})\b")
#: A month before an ordinal: "On March 21st Anyford …" is a date's.
_A_MONTH_BEFORE = re.compile(rf"\b{_MONTH_NAMES}\s+$")
#: Words of choices before or after "Housing Options" in capitals: homes to choose from, no service ("a range of Housing
#: Options", "Housing Options for care leavers are limited").
_CHOICES_OF_BEFORE = re.compile(r"\b(?:range|variety|choice|number|lack|types?|kinds?)\s+of\s+$")
_CHOICES_AFTER = re.compile(r"\s+(?:are|were|for|available|include|remain)\b")
#: The regions whose names hold "and the" ("Yorkshire and the Humber"), and a run's words before it: a run after "the" starts
#: inside the region's name.
_REGIONS_WITH_THE = sorted(region for region in _REGION_NAMES if " and the " in region)
_A_REGIONS_HEAD_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(r.split(" and the ")[0]) for r in _REGIONS_WITH_THE) + r") and the $"
                                    if _REGIONS_WITH_THE else r"(?!)")
#: A service's or team's kind word in lower case after a title that has none of its own: "the Anyford Housing Options service".
_A_SERVICES_KIND_WORD_AFTER = re.compile(r"\s+(?:service|team|centre)s?\b")
#: "board" in lower case after a partnership's name: "the Anyford Children's Trust board".
_A_BOARD_WORD_AFTER = re.compile(r"\s+board\b")
#: A body's possessive inside a capitalised run, before another name: "Anyshire Police's Public Protection Unit".
_OWNER_IN_RUN = re.compile(r"(.+?)['’]s\s+(?=[A-Z])")
#: A run opening with a kind's short form and "for": "YOT for Anyshire Magistrates' Court".
_KIND_ACRONYM_FOR = re.compile(r"(?:The\s+)?([A-Z]{2,6})\s+(?:for|to)\s+(?=[A-Z])")
_NHS_AREA = re.compile(r"NHS(?: [A-Z][a-z]+){1,3}")
#: An NHS commissioner's short form keeping "NHS": "(NHS ACW)" (as ``shortforms`` reads a place's word and letters,
#: "(Wyre CVS)", whose place must be a word in capitals and small letters).
_NHS_SHORT_AFTER = re.compile(r"\s*\((NHS\s+([A-Z]{2,6}))\)")
#: A primary care trust's kind in lower case after an NHS area's name: " primary care trust" of "NHS Anyford primary care trust",
#: and its cluster's: "NHS Anyshire primary care trust cluster", "NHS Anyford and Wyre cluster" (a cluster's name was the
#: NHS's and its area's: one body, written either way; not "… cluster schools": ``_NOT_A_CLUSTER_AFTER``).
_PCT_AFTER = re.compile(r"\s+(?:primary\s+care\s+trust(?:\s+cluster)?|(?:PCT\s+)?cluster)(?![\w’'-])")
#: The kinds an NHS commissioner's name (or its support unit's) ends in; its end, whose area may be a list of places (``_NHS_COMMISSIONER_END``).
_COMMISSIONER_KINDS = r"Clinical Commissioning Group|CCG|Integrated Care Board|ICB|Integrated Care System|ICS|Commissioning Support Unit|CSU"
_NHS_COMMISSIONER_END = re.compile(rf"(?:{_COMMISSIONER_KINDS})$")
#: The rest of an NHS commissioner's area after its "and", then its kind: "West Wyre CCG" of "NHS Anyford and West Wyre CCG".
_AREA_THEN_COMMISSIONER = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{1,4}}(?:{_COMMISSIONER_KINDS})\b")
_FIRST_WORD = re.compile(r"([A-Za-z'’\-]+)(,?\s+)")
_QUOTE_BEFORE_SPACE = re.compile(r"['’]\s")
_PEOPLE_OF = re.compile(r"(?:Members?|Chairs?|Leaders?|Staff|Representatives?|Heads?|Directors?|Officers?|Managers?|Chief Constables?"
                        r"|Chief Executives?|Chief Officers?|Chief Nurses?|Medical Directors?|Deputy Directors?"
                        r"|Partners?|Colleagues|Practitioners)\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])")
_A_WORD_OF_THE = re.compile(r"(?:Membership|Support|Funding|Use|Work|Views|Role|Part|Evaluation|Review|Training|Involvement|Help|Advice"
                            r"|Guidance|Oversight|Scrutiny|Leadership|Engagement|Attendance|Participation|Contribution|Commitment"
                            r"|Representation|Performance|Capacity)\s+of\s+(?=(?:The\s+)?[A-Z])")
_KIND_OF_NAME = re.compile(r"([A-Z]{3,6})\s+of\s+(?=[A-Z])")
_POSSESSIVE_RUN = re.compile(r"^[A-Z]\w*['’]s\s+(?:Police|Service|Team)$")
#: "and" and an area after an NHS body's first area: "NHS Anyshire and Wyre", "… and South Anyford".
_AND_AREA = re.compile(r" and ((?:North |South |East |West |Mid )?[A-Z][a-z]+(?: (?:of )?(?!(?:Council|Borough|Police|Constabulary)\b"
                       r"|(?:County|City) (?:Council|Borough)\b)[A-Z][a-z]+)?)\b")  # ("NHS Anyshire County and Anyford City cluster")
#: An NHS commissioner named by its area ("NHS Anyshire", "NHS Vale of Wyre"); a place's hyphenated
#: name is one word of it ("NHS Anyford-on-Sea", "NHS Wyre-under-Edge"); the region whose name holds "and the" is one area
#: ("NHS Yorkshire and the Humber").
_NHS_PLACE = re.compile(r"\bNHS ((?:North\s+)?(?:" + "|".join(re.escape(region.split(" and the ")[0]) + r"\s+and\s+(?:the\s+)?"
                                                          + re.escape(region.split(" and the ")[1]) for region in _REGIONS_WITH_THE)
                        + r")\b|(?:[A-Z][a-z]+)(?:-(?:on|upon|under|super|le)-[A-Z][a-z]+)?"
                        r"(?:\s+(?:of\s+|with\s+|on\s+|upon\s+)?[A-Z][a-z]+(?:-(?:on|upon|under|super|le)-[A-Z][a-z]+)?){0,3})\b")
#: The areas the NHS's strategic health authorities were named by ("NHS North West", "NHS South Central"): a region's whole
#: name after "NHS" is no primary care trust's.
_SHA_AREAS = {area.replace(" and the ", " and ") for area in (_REGION_NAMES - {"South East"}) | {"South East Coast", "South Central"}}
# (compared without a region's "the": "NHS Yorkshire and Humber")
#: Where an NHS commissioner's second area ends its name: the sentence's or the clause's end, a bracket,
#: or "and" before the next NHS body ("NHS Anyford and Wyre Vale and NHS Westshire"); the area a place's
#: name unless the next NHS body follows ("NHS Anyford and Brook." is two bodies).
_AREA_ENDS = re.compile(r"\s*[.;:(]|\s+and\s+NHS\b")


_IN_AFTER_NAME = re.compile(r" in (?=[A-Z])")


def _end_before_its_town(words: str) -> int | None:
    """Where a name ending in its kind word ends before " in " and a capital ("Wyre NHS Trust in Anyford …": the name, then
    its town or a time), or None where no " in " follows a kind word."""
    return next((at.start() for at in _IN_AFTER_NAME.finditer(words) if _ANY_HEAD_END.search(words, 0, at.start())), None)


#: A name's town after "in", then "and" and the next name of a list: " in Anyford and " of "Wyre NHS Trust in Anyford and
#: Vale Hospitals NHS Trust" (not a council's name with its "and": "… in Barking and Dagenham and …", nor where the next
#: words may be the town's pair: "… in Margate and Ashford and Wyre NHS Trust").
_TOWN_THEN_ANOTHER = re.compile(r" in (?P<town>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?),? and (?=[A-Z])")
#: Words that make "… School" a kind of school, not one school's name.
_KINDS_OF_SCHOOL = {"virtual", "hospital", "special", "primary", "secondary", "grammar", "free", "independent", "residential",
                    "maintained", "local", "infant", "junior", "nursery", "high", "middle", "community", "foundation", "the",
                    "village", "church", "catholic", "mainstream", "alternative", "day", "boarding", "state", "faith", "new",
                    "summer", "forest", "sunday", "each", "every", "any", "all", "one", "a", "an", "this", "that", "their", "its", "our"}
#: One capitalised word opening a run before "the" or another capital: "April the Youth …", "January Wyre Police".
_OPENER_IN_RUN = re.compile(r"([A-Z][\w’'-]*)\s+(?:the\s+)?(?=[A-Z])")
#: A word of one time and its comma at a run's start: "April, " of "From April, Wyre …".
_A_TIME_THEN_COMMA = re.compile(r"([A-Z][\w-]+), (?=[A-Z])")
#: A place of one or two words and its comma at a run's start.
_A_PLACE_THEN_COMMA = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?), (?=[A-Z])")
#: A body's kind word, then a post or a document of it: "… Partnership Executive", "… Trust Chief Executive".
_ROLE_AFTER_HEAD = re.compile(r"\b(?:Partnership|Board|Trust|Police|Constabulary|Council|Service|Team|Parliament|Forum|Group|Panel)"
                              r"\s+((?:Chief\s+)?(?:Executive|Chair|Chairs|Annual\s+Report|Business\s+Manager|Website|Officers?|Members?|"
                              r"Manager|Managers|Lead|Leads|Staff|Inspectors?))\b")
#: Up to three capitalised words, then "and", "&" or "with", then more: a kind's name, then another body's.
_KIND_JOINED = re.compile(r"(?:The\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:and|&|with)\s+(?=[A-Z])")


#: A team or service of a capitalised run, then "of" and the body whose it is (not "the Wyre Group of
#: Hospitals NHS Foundation Trust": one trust's name).
_TEAM_OF_BODY = re.compile(r"(.+?\b(?:Team|Service|Unit|Hub|Panel|Group|Forum|Department|Division))\s+of\s+(?!Hospitals\b)(?=(?:the\s+)?(?:[A-Z]|\d+\s+[A-Z]))")
#: A directorate of a capitalised run, then "of" and whose it is: split only before a police force's name ("the Public
#: Protection Directorate of Anyshire Constabulary"; "the Nursing Directorate of NHS Wyre Integrated Care Board" is read whole).
_DIRECTORATE_OF = re.compile(r"(.+?\bDirectorate)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _a_forces_directorate(words: str) -> re.Match[str] | None:
    """``_DIRECTORATE_OF`` where whose it is, the rest of the run, is a police force's name."""
    directorate = _DIRECTORATE_OF.match(words)
    return directorate if directorate is not None and police_force_for(words[directorate.end() :]) is not None else None
#: One word opening a run before "and", "&", "with" or "in" and more capitals: a body's short form or people.
_ONE_WORD_JOINED = re.compile(r"(?:The\s+)?([A-Z][\w'’-]*)\s+(?:and|&|with|in)\s+(?=[A-Z])")


def _a_name_starts(rest: str) -> bool:
    """Whether capitalised words after "and", "with" or "in" start another body's name ("Anyshire
    Police"), not a kind of work going on with the words before it ("Assessment Service")."""
    return rest.split()[0].lower() not in _WORK_WORDS  # (``_ONE_WORD_JOINED`` leaves a word after it)


#: Words before "Healthcare" that make a kind of care, not a provider: "Primary Healthcare", "Acute Healthcare".
#: (besides the sector's words, the fields of health and the judgements ``_a_providers_own_word`` refuses too)
_KINDS_OF_HEALTHCARE = {"secondary", "tertiary", "independent", "children’s", "looked", "after", "continuing", "offender", "refugee",
                        "transition", "preventive", "emergency", "childhood", "traveller", "complex", "paediatric", "maternity"}


def _a_numbers_name(number: str, rest: str, after: str) -> bool:
    """Whether a number word opens a body's name (``rest`` the name's words after it, ``after`` the text after the name):
    before a plural of its own, then one body's kind ("Five Islands School", "Three Rivers Academy"); a count counts a
    plural kind ("Five Anyshire Schools"), a place's people ("Two Leeds Police officers") or a body's ("Two Schools Forum
    members")."""
    plural = re.match(r"([A-Z][a-z]+s)\s", rest)
    return number.lower() in NUMBER_WORDS and number[:1].isupper() and plural is not None and not rest.endswith("s") \
        and not _COUNTED_AFTER.match(after) \
        and _ANY_HEAD_END.search(rest) is not None and not re.search(r"\b(?:Police|Constabulary)$", rest) \
        and council_for(plural.group(1)) is None and plural.group(1) not in _place_name_words()


def _a_providers_own_word(qualifier: str, text: str, start: int) -> bool:
    """Whether one capitalised word before "Healthcare", mid-sentence, is a provider's own ("Wyrex
    Healthcare"), not a kind of care, a field, whom it serves or a judgement."""
    word = qualifier.strip()
    lowered = word.lower()
    if text[max(0, start - 1) : start] in ("‘", "'") or re.search(rf"\b{re.escape(word)} Healthcare\s+(?:NHS|Trust|Partnership)\b", text):
        return False  # "… Combined Healthcare NHS Trust, known as ‘Combined Healthcare’": the trust's short name, not another body
    after = text[start + len(word) + len(" Healthcare") :]
    following = re.match(r"\s+([a-z][\w’'-]*)", after)
    inside = re.search(r"\b(?:within|at)\s+$", text[max(0, start - 8) : start]) is not None  # "the team within Wyrex Healthcare"
    if not (_PARTNER_BEFORE.search(text, max(0, start - 14), start) or inside) or following is not None and not re.match(
            r"\s+(?:and|provides|provided|is|has|was|which|who|runs|delivers|offers)\b", after) and (
            _singular_head(following.group(1)) in PHRASE_HEADS or not inside and not re.search(
                r"\b(?:employed|provided|run|delivered)\s+by\s+$", text[max(0, start - 20) : start])):
        return False  # "provided by Wyrex Healthcare."; not "receive Offender Healthcare", "the Refugee Healthcare team" (but
        # "nurses employed by Wyrex Healthcare identify …": who employs them, the sentence's verb next; "health visitors within
        # Wyrex Healthcare are …", "the nurse at Wyrex Healthcare provides …": where they work)
    return " " not in word and word[:1].isupper() and not _at_sentence_start(text, start) \
        and lowered not in _KINDS_OF_HEALTHCARE | PHRASE_SECTOR | PHRASE_SOFT_STOP | DESCRIBING | PEOPLE_SERVED | LEADING_NON_NAME \
        and lowered not in _FIELDS_OF_HEALTH and not _opens_sentence(word)


#: Whom a council's department serves, opening its title before "and": "Children and Younger Adults Department".
_WHOM_A_DEPARTMENT_SERVES = {"children", "families", "adults", "schools", "communities"}


def _people_before_a_name(words: str) -> int | None:
    """Where a run's words go on after one word of people before "and", "&", "with" or "in" and
    another body's name ("Leaders and Anyshire Police", "Staff in Wyre Council"); None where the
    run opens otherwise, or its next word is people too ("the Managers and Practitioners Forum")."""
    joined = _ONE_WORD_JOINED.match(words)
    if joined is None or not _people(joined.group(1)):
        return None
    rest = words[joined.end() :]
    if joined.group(1).lower() in _WHOM_A_DEPARTMENT_SERVES and re.search(r"\s(?:Department|Directorate)$", rest):
        return None  # "the Children and Younger Adults Department": a department's title, whom it serves
    return joined.end() if _a_name_starts(rest) and not _people(rest.split()[0]) else None


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
        all(w.lower() in PHRASE_SECTOR or i and w in ("in", "with") for i, w in enumerate(words.split())) or _is_a_kind(words))
    # (and whom it is for, in the sector's words: "the Children in Care and Leaving Care Service")


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
    whole_left = _ANY_HEAD_END.search(left) or _ANY_HEAD_END.search(left.removesuffix("s")) \
        or any(f.start == 0 and f.end == len(left) for f in _generic_matches(left))  # (a kind's plural ends a name too: "Anyford
    # Community Partnerships with Wyre Hall Trust": two)
    rest = words[joined.end() :]
    whole_right = _ANY_HEAD_END.search(words) or any(  # "Anyford NHS Trust with Barnardo's": a body the gazetteer knows whole
        f.start == 0 and f.end == len(rest) for f in _generic_matches(rest))
    return joined if whole_right and right[0].lower() not in PEOPLE_SERVED | _PEOPLE_WORDS and whole_left else None


#: A probation trust or service named by its area: "Anyshire Probation Trust".
_PROBATION_BY_AREA = re.compile(r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) Probation (?:Trust|Service)")
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


#: A college of the federal University of London before its comma, as the colleges write their names:
#: "Goldsmiths, University of London", "Birkbeck, University of London", "Royal Holloway, University of London": one
#: or two capitalised words at the start of a run (``_a_college_of_london`` says what may come before them).
_A_COLLEGE_OF_LONDON = re.compile(r"(?<=\s)((?:[A-Z][\w’'&-]*\s)?[A-Z][\w’'&-]*), $")


def _a_college_of_london(name: str, before: str) -> bool:
    """Whether the words before ", University of London" are a college's own name: one or two words after a list's comma
    or a word in lower case (not a name's "for", "of": "Action for Children, University of London and …"; "and" only
    after a name ending in its kind, before one word: "Anyford College and Goldsmiths, …", not "… Economics and Political
    Science, …"; not after a name's capitalised word, nor a sentence's opener: "In March, …"), holding no place's word
    ("Greenwich, University of London colleges"), time ("Monday", "March") or council, and no body the gazetteer knows
    ("Barnardo's, University of London and …": a list)."""
    previous = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    return len(name.split()) <= 2 and (
        previous.endswith(",") or previous[:1].islower() and previous not in _CONNECTORS
        or previous == "and" and " " not in name and _ANY_HEAD_END.search(before.rstrip()[:-3].rstrip()) is not None) \
        and not any(_a_place_word(w) or _A_TIME.fullmatch(w) or _WEEKDAY.fullmatch(w) for w in name.split()) \
        and council_for(name) is None and not _generic_matches(name)


def _known_by_whole_name(found: _Found) -> bool:
    """Whether the gazetteer knows a body by one whole name: a charity, or a national body but a programme (a
    department, an agency, an inspectorate, a regulator); such a name after "and" at a run's end is another body, not
    the run's last words."""
    return found.kind == "VoluntaryOrganisation" or found.national and found.kind != "Programme"


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


#: The next item of a list a provider trust: "…, Anyford and Wyre NHS Foundation Trust," after a commissioner.
_A_PROVIDER_TRUST_NEXT = re.compile(r"[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|and|of|the))* NHS (?:Foundation )?Trust")  # (read whole: fullmatch)
#: A provider known by a short name, a word or two and "Health" or "Healthcare" ("Whittington Health", "Public Health"),
#: then a trust's whole name: two bodies, unless the words after "and" go on the field the first named ("Leeds Mental Health
#: and Learning Disability NHS Trust", "… Health and Social Care NHS Foundation Trust": one trust each).
_A_PROVIDERS_SHORT_NAME = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? (?:Health|Healthcare)")
_A_FIELDS_SECOND_WORDS = {"Learning", "Disability", "Disabilities"}  # (besides the sector's words: ``PHRASE_SECTOR``)
#: A commissioner named by a list of places with a comma, "and", then a provider trust's whole name.
_NHS_PLACES_THEN_PROVIDER = re.compile(r"(NHS [A-Z][\w’'-]*(?:, [A-Z][\w’'-]*)+ and [A-Z][\w’'-]*) and "
                                       r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* NHS (?:Foundation )?Trust)")
#: Two places joined by "and" opening the rest of a run: "Anyford and Wyre " of "… and Anyford and Wyre NHS Trust" (the
#: second of one word: the run goes on after it).
_TWO_PLACES_OPEN = re.compile(r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)??) and ([A-Z][\w’'-]*) ")


#: An area's fire and rescue service by its whole name, the area's own "and" or "of" inside: "Anyford and Vale Fire and Rescue
#: Service", "Isle of Wyre Fire and Rescue Service".
_AN_AREAS_FIRE_SERVICE = re.compile(r"[A-Z][\w’'-]*(?: (?:and |of (?:the )?)?[A-Z][\w’'-]*){0,3} Fire and Rescue Service")


#: NHS England's local team (2013-2016) by its area: "NHS England Anyshire and Wyre Area Team".
_NHS_ENGLANDS_AREA_TEAM = re.compile(r"NHS England [A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,5} (?:Area|Local) Team")


#: "for the" inside a run, after an organisation's kind word (``_CONNECT``'s): "… Centre for the Voluntary Sector".
_FOR_THE_IN_RUN = re.compile(_FOR_THE_AFTER_KIND)
#: An area's word that ends what a body works for: "for the North Locality", "… the Anyford Cluster", "… the West Wyre Police area".
_AN_AREAS_END = re.compile(r"\b(?:" + "|".join(sorted(_PLACES_PARTS | {"areas", "cluster", "city", "county", "division"})) + r")s?$",
                           re.IGNORECASE)


def _a_titles_aim(after: str) -> bool:
    """Whether the words after "for the" in a run are its title's aim ("the Voluntary Sector", "the Study of Infant Deaths"), not
    another body, a council, a force or an area it works for ("for the Leeds Safeguarding Children Partnership", "… the West
    Yorkshire Police area", "… the North Locality")."""
    words = after.split()
    return bool(words) and not _ANY_HEAD_END.search(after) and not _AN_AREAS_END.search(after) and not _generic_matches(after) \
        and not any(council_for(" ".join(words[:n])) or police_force_for(" ".join(words[:n])) for n in range(1, min(len(words), 4) + 1)) \
        and words[0] not in _place_name_words()


def _runs(text: str):
    """Capitalised runs, split where "and" joins two complete names ("X NHS Trust and Y NHS
    Foundation Trust") and where "for the" leads to another body or an area ("X Council for the Y
    Safeguarding Children Partnership", ``_a_titles_aim``)."""
    for words, start in _found_from_first_character(_RUN, _RUN_AT_FIRST_CHARACTER, text):
        if text.endswith("a ", 0, start) and (titled := _title_with_a_before(text, start)) is not None:
            words, start = text[titled.start(1) : start] + words, titled.start(1)  # "the Make a Noise Council": one title
        if words.startswith("University of London") and (college := _A_COLLEGE_OF_LONDON.search(text, max(0, start - 60), start)) is not None \
                and _a_college_of_london(college.group(1), text[max(0, college.start(1) - 40) : college.start(1)]):
            words, start = text[college.start(1) : start] + words, college.start(1)  # "Goldsmiths, University of London": one name
        counted = _COUNT_BEFORE_NAME.match(words)
        if counted is not None:  # "Tier 4 Child and …", "Around 5 Youth Offending Service workers": a count, a level
            start, words = start + counted.end(), words[counted.end() :]
            if not words:
                continue
        if (region := _A_REGIONS_HEAD_BEFORE.search(text, max(0, start - 30), start)) is not None \
                and f"{region.group(0)}{words}".startswith(tuple(_REGIONS_WITH_THE)):
            start, words = region.start(), region.group(0) + words  # "Yorkshire and the Humber Strategic Health Authority": the
            # region's own "and the", inside one name
        if (ordinal := _AN_ORDINAL_BEFORE.search(text, max(0, start - 8), start)) is not None and not _A_MONTH_FIRST.match(words) \
                and not _A_MONTH_BEFORE.search(text, max(0, ordinal.start() - 12), ordinal.start()) \
                and council_for(words.split(" ", 1)[0]) is None:  # (not "On March 21st Leeds City Council …", "the 3rd Leeds
            # Safeguarding Children Board annual conference": a date's or a count's, the run a name of its own)
            joined = _RUN_JOIN_AND.search(words)
            if joined is not None and not _ANY_HEAD_END.search(words, 0, joined.start()):
                start, words = start + joined.end(), words[joined.end() :]  # "including 42nd Street and Anyford Women's Aid": the
                # run opens inside a name its ordinal begins, which "and" ends (not "Street and Anyford Women's Aid")
            else:
                start, words = ordinal.start(), text[ordinal.start() : start] + words  # "the 5th Avenue Centre": its ordinal
                # the name's first word (not a date's: "On 1st April Anyford …")
        if words[:1].isdigit() and not re.match(r"\d+[a-z]", words) and (
                (start and (text[start - 1].isdigit() or text[start - 1] in ",./-"))
                or _COUNTED_AFTER.match(text, start + len(words))  # "from 2 Anyford Hospital wards": a count of them
                or re.match(r"\d{1,2} The ", words)  # "1 The Anyshire Partnership is …": a footnote's number before its text
                or not (_BEFORE_A_NUMBERED_NAME.search(text, max(0, start - 6), start)
                        or (text.endswith(", ", 0, start) or text.endswith("; ", 0, start) and _A_PLURAL_AFTER_A_NUMBER.match(words))
                        and _NHS_NAME_END.search(words)  # "…, 5 Boroughs Partnership NHS Trust", a list's item after a semicolon too
                        # where the number counts a plural of the name's ("; 5 Boroughs …", not "; 2 Wyre NHS Trust should …")
                        or start == 0 and _ANY_HEAD_END.search(words) and re.match(r"\d{1,2} [A-Z]", words)
                        and not any(f.start == 0 for f in _generic_matches(words.split(" ", 1)[1])))):
            # (a sentence may open with a name's number: "5 Wyre Boroughs Partnership NHS Foundation Trust provides …")
            number = re.match(r"\S+\s*", words)  # "In 2019 Anyshire Council", "Around 5 Youth … workers": the number is no name's
            start, words = start + number.end(), words[number.end() :]
            if not words:
                continue
        if (aim := _FOR_THE_IN_RUN.search(words)) is not None and not _a_titles_aim(words[aim.end() :]):
            yield words[: aim.start()], start  # "Leeds City Council for the Leeds Safeguarding Children Partnership", "the Family Centre
            start += aim.end()  # for the North Locality": a body, then another body or an area it works for, not one name
            words = words[aim.end() :]
        run_start = start
        while (opener := _OPENER_IN_RUN.match(words)) is not None and (_not_a_name_word(opener.group(1)) or " the" in opener.group(0) and (
                council_for(opener.group(1)) is not None or opener.group(1).isupper())) and not (
                opener.group(1).lower() in NUMBER_WORDS and " the" not in opener.group(0)
                and _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)
                and council_for(words[opener.end() :].split(" ")[0]) is None and not re.search(r"\b(?:Police|Constabulary)$", words)) \
                and not (_opens_a_name_after_the(opener.group(1), text, start) and _ANY_HEAD_END.search(words)) \
                and not (" the" not in opener.group(0)
                         and _a_numbers_name(opener.group(1), words[opener.end() :], text[start + len(words) : start + len(words) + 40])):
            # ("with Three Ways School": a name's own number; "met Two Leeds Police officers": a count; "the In Care Council",
            # "the In Touch Service": after "the", "In" is a name's first word)
            start += opener.end()  # "In April the Youth Offending Team …", "In January Anyshire Police …": when or where, then a name
            words = words[opener.end() :]
        if (when := _A_TIME_THEN_COMMA.match(words)) is not None and _A_TIME.fullmatch(when.group(1)):
            start += when.end()  # "From April, Wyre Clinical Commissioning Group will …": when, its comma, then a name
            words = words[when.end() :]
        if text[run_start:start].strip().lower() in PLACE_OPENERS and (lead := _A_PLACE_THEN_COMMA.match(words)) is not None \
                and (council_for(lead.group(1)) is not None or all(map(_a_place_word, lead.group(1).split()))):
            start += lead.end()  # "In Anyford, Children's Services and Health Partnership Board members …": where, its comma, then
            words = words[lead.end() :]  # a name (the place is the councils' finder's)
        if not _ANY_HEAD_END.search(words) and (after := _ROLE_AFTER_HEAD.search(words)) is not None:
            words = words[: after.start(1)].rstrip()  # "the Wyre Safeguarding Children Partnership Executive": the body, then a post
        if (kind_first := _KIND_JOINED.match(words)) is not None and _a_name_starts(words[kind_first.end() :]) \
                and _is_a_kind(kind_first.group(1)) \
                and not ((second := re.match(r"([A-Z][\w’'-]*)(?: and |$)", words[kind_first.end() :])) is not None
                         and _a_place_word(kind_first.group(1).split()[-1]) and _a_place_word(second.group(1))) \
                and not (", " in words and _a_national_brands_branch(words, words.find(", "))):
            # (not "Connexions Anyford and Wyre and Wyre College": a brand's branch of two places, then another name; nor a
            # brand's branch the generic finder reads whole before a list's comma, "Connexions Anyford and Wyre, Anyshire Fire …")
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
        owned = _TEAM_OF_BODY.match(words) or _a_forces_directorate(words)
        if owned is not None and _ANY_HEAD_END.search(words):
            yield owned.group(1), start  # "the Children in Care Health Team of Wyre Community NHS Trust": the team, then whose
            start += owned.end()
            words = words[owned.end() :]
        if (people := _people_before_a_name(words)) is not None:
            start += people  # "Staff in Anyshire Police's Public Protection Unit": people, then whose unit
            words = words[people:]
        owner = _OWNER_IN_RUN.match(words)
        if owner is not None and re.search(r"\bCouncil of [A-Z][\w’'-]*$", owner.group(1)):
            owner = None  # "the Borough Council of King's Lynn and …": a place's own "'s" in a council's name
        if owner is not None and (_ANY_HEAD_END.search(owner.group(1)) or _NATIONAL_WHOLE.fullmatch(owner.group(1))
                                  or police_force_for(owner.group(1))  # "TVP's Child Abuse Investigation Unit"
                                  or " of " in owner.group(1) and council_for(owner.group(1).removeprefix("The ")) is not None
                                  # ("the London Borough of Anyford's Children and Families Service": a council by its style)
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
        after_with: tuple[str, int] | None = None  # the run's rest after a "with" joining two bodies, read once the left is split
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
                after_with = (words[joined_with.end() :], start + joined_with.end())  # "Wyre Lives Foundation with Anyshire
                words = words[: joined_with.start()]  # Police": two bodies, the left split as any run is ("Anyford Borough Council and
                continue  # Wyre Council with Anyshire Police": three)
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
            named = _end_before_its_town(words) if " in " in words else None
            if named is not None and (town_then_another := _TOWN_THEN_ANOTHER.match(words, named)) is not None \
                    and not _council_named_with_and(town_then_another.group("town"), words[town_then_another.end() :]) \
                    and not re.match(r"[A-Z][\w’'-]*,? and ", words[town_then_another.end() :]) \
                    and ((rest := words[town_then_another.end() :]) and _ANY_HEAD_END.search(rest) or _end_before_its_town(rest) is not None):
                yield words[:named], start  # "Wyre NHS Trust in Anyford and Vale Hospitals NHS Trust in Eastby": a name, its
                start += town_then_another.end()  # town, then another name listed with its own town
                words = words[town_then_another.end() :]
                continue
            for conj in _RUN_JOIN.finditer(words):
                left = words[: conj.start()]
                if conj.group(0) == ", " and words.startswith("University of London", conj.end()) \
                        and _a_college_of_london(left, text[max(0, start - 40) : start]):
                    continue  # "Goldsmiths, University of London": a college's own name, its comma inside it
                if " and " in conj.group(0) and (last := left[left.rfind(" ") + 1 :]).lower() in PHRASE_SECTOR \
                        and left.endswith(f" and {last}") and not left.startswith("NHS ") \
                        and words[conj.end() : conj.end() + 4] not in ("St ", "The ") and not _ANY_HEAD_END.search(left) \
                        and _A_PROVIDER_TRUST_NEXT.fullmatch(words, conj.end()) and " and " not in words[conj.end() :]:
                    yield left, start  # "Wyre Health and Care and Anyford Health NHS Foundation Trust": a partner, then a provider
                    start += conj.end()  # trust after a name of its own "and" (not "Anyford and Wyre NHS Trust", "… Health and Social
                    words = words[conj.end() :]  # Care NHS Foundation Trust", "Guy's and St Thomas' …": one "and", inside one name)
                    break
                if " and " in conj.group(0) and _A_PROVIDERS_SHORT_NAME.fullmatch(left) and " and " not in words[conj.end() :] \
                        and _A_PROVIDER_TRUST_NEXT.fullmatch(words, conj.end()) and len(words[conj.end() :].split(" NHS ")[0].split()) >= 2 \
                        and (next_word := words[conj.end() :].split(" ", 1)[0]) not in _A_FIELDS_SECOND_WORDS \
                        and next_word.lower() not in PHRASE_SECTOR:
                    yield left, start  # "Whittington Health and Anyford College Hospitals NHS Foundation Trust": a provider by its
                    start += conj.end()  # short name, then a trust's whole name (not "Anyshire Community Health and Care NHS Trust",
                    words = words[conj.end() :]  # "Anyford Health and Social Care NHS Foundation Trust": one trust each, a sector's
                    # words after "and")
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
                if left.endswith("County Court") and re.match(r"Family Court\b", words[conj.end() :]):
                    continue  # "Anyshire County Court and Family Court": one court, both its names (whatever is listed after it)
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
                        and (_STYLED_AS_A_COUNCIL.fullmatch(words[conj.end() :])
                             or _A_PLACES_COUNCIL.fullmatch(words[conj.end() :]) and left.startswith(_COUNCIL_STYLES_FIRST)):
                    # ("the Borough Council of Wyre and East Anyshire Council": a council by its style first, then a place's)
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
                if " and " in conj.group(0) and _AN_AREAS_FIRE_SERVICE.fullmatch(words, conj.end()) and " " in left \
                        and not left.endswith(" Fire") and not _only_an_area(left.split()) \
                        and left.split()[0].lower() not in _AREA_WORDS | {"greater", "vale", "isle", "royal"}:
                    yield left, start  # "Wyre Homes and Anyford and Vale Fire and Rescue Service": a partner, then an area's fire
                    start += conj.end()  # service by its whole name (not "Anyford and Wyre Fire and Rescue Service", "North
                    # Anyshire and Wyre …", "Vale of Wyre and Anyford …": one area's, its first place of one word or an area's)
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and re.search(r"\b(?:Police|Constabulary)$", words) and police_force_for(words) is None \
                        and police_force_for(words[conj.end() :]) is not None:
                    yield left, start  # "Alder Hey and Anyshire Police": a partner, then a force by its whole name (not "Avon and
                    start += conj.end()  # Somerset Constabulary", one force)
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and (probation := _PROBATION_BY_AREA.fullmatch(words, conj.end())) is not None \
                        and police_force_for(f"{probation.group(1)} Police") is not None \
                        and police_force_for(f"{words[: probation.end(1)]} Police") is None \
                        and not _a_place_or_point(last := left.rsplit(" ", 1)[-1]) and council_for(last) is None:
                    yield left, start  # "Wyrex and Anyshire Probation Trust": a partner, then a probation trust named, as they were,
                    start += conj.end()  # by a police force's area (not "Avon and Somerset Probation Trust", one force's area, nor
                    # "Wyreshire and West Anyshire Probation Trust", two places' trust)
                    words = words[conj.end() :]
                    break
                if ((re.fullmatch(r"[A-Z]{2,6}s?", left) and _ORGANISATION_HEAD_END.search(words)
                     or _a_bodys_short_form(left) and " and " in conj.group(0) and _AN_ORGANISATIONS_END.search(words))
                        and words[conj.end() :][:1].isupper()) \
                        or any(f.start == 0 and f.end == len(words) - conj.end() and _known_by_whole_name(f)
                               for f in _generic_matches(words[conj.end() :])):
                    # ("Wyre Aid and St Giles Trust", "the University of Anyford and Jobcentre Plus": a name, then a charity or a
                    # national body the gazetteer knows by its whole name; "AWP and Anyford
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
                if conj.group(0) == ", " and _a_national_brands_branch(words, conj.start()) and _a_name_starts(words[conj.end() :]):
                    yield left, start  # "Connexions Wyre and Vale, Anyhomes and …": a national brand's branch ends at the comma, the
                    start += conj.end()  # next name a list's
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
                        and (_A_COLLEGE_NAMED.match(words[conj.end() :]) or _A_UNIVERSITY_NAMED.match(words[conj.end() :])):
                    yield left, start  # "Wyre College Anyford and Vale College Anyford": two colleges, each with its town (or a
                    # university after it: "New College Anyford and Anyford Trent University")
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and re.fullmatch(r"[A-Z][a-z]+", left) and not _a_place_word(left) and council_for(left) is None \
                        and text.endswith(", ", 0, start) and _ANOTHER_AREAS_BODY.match(words, conj.end()) \
                        and re.search(r" College$", words[conj.end() :]) and " and " not in words[conj.end() :]:
                    yield left, start  # "Exeter College, Petroc and South Devon College": a list's name of one word of its own,
                    start += conj.end()  # then a college named by its compass and place (not "Anyford and Wyre College": two places;
                    # not before a trust: "Scarborough and North East Wyre Health Care NHS Trust", one trust's two areas)
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and len(left) <= 80 and not _ANY_HEAD_END.search(left) and _two_names_joined(words, 0, conj.start()):
                    yield left, start  # "Wyre Hope and Anyford Women's Aid": a name, then another ending in its kind word
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                another = _AND_ANOTHER.match(words, conj.start())
                if another is not None and "The" in another.group(0) and _names_an_area(left.split()) \
                        and _only_an_area(left.removeprefix("NHS ").split()):
                    another = None  # "Anyford and The Wyrefield College", "NHS Anyshire and The Isles of Wyre ICB": a place, then
                    # "The" of the name's other place (not "Young Anyshire and The Wyre Trust": a name holding a place, then another)
                if another is not None and "The" in another.group(0) and " " not in left and not _ANY_HEAD_END.search(left) \
                        and re.search(r"\bNHS (?:Foundation )?Trust$", words) and not _generic_matches(left):
                    another = None  # "Barts and The London NHS Trust": one trust's name, its "The" in capitals inside it
                    # (not "Barnardo's and The Wyre NHS Trust": a body the gazetteer knows, then another)
                if another is not None and any(words.startswith(region) and conj.start() == region.index(" and the ")
                                               for region in _REGIONS_WITH_THE):
                    another = None  # "Yorkshire and the Humber …": the region's own "and the"
                if another is not None:
                    yield left, start  # "Anyshire Hope and the Wyre United Foundation": an article starts another name
                    start += another.end()
                    words = words[another.end() :]
                    break
                if " and " in conj.group(0) and _ACRONYM_LED.fullmatch(left) and len(left) > 2 and left != "NHS" \
                        and _ANY_HEAD_END.search(words[conj.end() :]) and len(words[conj.end() :].split()) >= 3 and (text.endswith(", ", 0, start) or any(
                            f.body_type != "Service" for f in _generic_matches(left))):
                    yield left, start  # "…, CDDFT and Anyshire Valley Probation Trust": a list's body by its short form, then
                    # another; "the CCG and Wyre Care Group": a kind's short form, an organisation's (not "the CSC and Early
                    # Help Management Team meets": one team, its first words a service's; nor "NHS", which opens a name)
                    start += conj.end()
                    words = words[conj.end() :]
                    break
                if " and " in conj.group(0) and left.startswith("NHS England ") and _NHS_ENGLANDS_AREA_TEAM.fullmatch(words):
                    continue  # "NHS England Anyshire and Wyre Area Team": NHS England's local team, its area two places
                if _NHS_AREA.fullmatch(left) and (_NHS_COMMISSIONER_END.search(words) or _AREA_THEN_COMMISSIONER.match(words, conj.end())) \
                        and not _NATIONAL_WHOLE.fullmatch(left) and words[conj.end() :].split(" ", 1)[0] not in left.split()[1:]:
                    continue  # "NHS Anyshire, Wyre and Westshire Integrated Care Board": one name, its area a list (and before a
                    # list's next name: "NHS Anyford and West Wyre CCG and Anyshire Police"); but not where its place comes again
                    # after "and": "NHS Wyre and Wyre Clinical Commissioning Group", the primary care trust and the group
                if left.endswith(" Health") and " and " in conj.group(0) and not _ANOTHER_AREAS_BODY.match(words, conj.end()):
                    continue  # "Anyford Community Health and Care NHS Trust", "Wyre Health and Wellbeing Board": one name (but
                    # "Wyre Health and North Anyshire University Hospital NHS Trust": a provider, then another area's)
                if left.endswith(" Voice") and " and " in conj.group(0) and words[conj.end() :].startswith(("Participation ", "Engagement ")) \
                        and not words.endswith("s"):
                    continue  # "the User Voice and Participation Team": voice and participation, a term of the trade, one team's work
                if re.search(r" (?:Adoption|Fostering)$", left) and " and " in conj.group(0) and council_for(left.rsplit(" ", 1)[0]) is not None \
                        and re.fullmatch(r"[A-Z][a-z]+ (?:Team|Service|Panel|Unit|Hub)s?", words[conj.end() :]):
                    continue  # "Anyford Adoption and Permanence Team": one team (a council's adoption brand is "Anyford Adoption" alone)
                if left.endswith(" College") and " " in left and re.fullmatch(r"University Centre(?: and .*)?", words[conj.end() :]):
                    continue  # "Wyre College and University Centre": a college named with the university centre it runs, before
                    # another name or none (not "… and University Centre Anyford", another centre named by its town)
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
                    named = _end_before_its_town(words)
                    words = words[:named] if named is not None else words
                yield words, start
                if after_with is not None:
                    (words, start), after_with = after_with, None
                    continue
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
_A_UNIVERSITY_NAMED = re.compile(r"(?:[A-Z][\w’'-]*\s+)+University\b")
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


#: A school or a college named with whom it teaches after its kind word: "Anyford School for Girls".
_SCHOOL_FOR_WHOM = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,3})(School|Academy|College)\s+for\s+(?:the\s+)?(?:Girls|Boys|the\s+Deaf|Deaf|Blind|Young\s+People)")
#: A council's leaders as a team: "Senior Leadership Team", "Children's Services Management Team".
_LEADERS_TEAM = re.compile(r"(?:(?:Senior|Extended|Corporate|Executive|Strategic|Departmental|Directorate|Council|Children['’]s|Services)\s+)*"
                           r"(?:Leadership|Management)\s+Teams?")
#: Unless a partnership's: "the Joint Strategic Leadership Team of the three partners".
_PARTNERS_LEADERS = re.compile(r"\b(?:joint|partnership|multi-agency)\W*$", re.IGNORECASE)
_EVENT_AFTER = re.compile(rf"['’]?\s+(?:{_EVENTS}|model|approach|inspectors?)\b")  # ("… Team inspectors:": people)


#: Places listed after "NHS X", the last perhaps after "and the", closed by a description, a bracket, a possessive, "as part
#: of" or "within the", or the next NHS body of a list: the one body's area ("NHS Ashton, Leigh and Wigan, the primary care
#: trust", "…, part of the cluster", "…, working within the cluster", "… as part of the cluster", "NHS Anyford, Wyre and the
#: Black Vale, which …", "the move from NHS Anyford, Wyre and Vale to the new CCGs", "… to Wyre City Clinical Commissioning
#: Group", "NHS Ashton, Leigh and Wigan, Wyre, Anyford and Leigh NHS Foundation Trust, …", "the NHS Anyford, Wyre and Vale
#: cluster"), not a list of bodies.
_NHS_AREAS_LISTED = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)+\s+and\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                               r"(?=,\s+(?:the|a|an|which|part\s+of|now|formerly|until|working|operating|acting)\s|\s+\(|['’]s\s"
                               r"|(?P<to>\s+to\s+(?:the\s|(?=[A-Z])))"
                               r"|(?P<part_of>\s+(?:as\s+)?part\s+of\s|\s+within\s+the\s)|\s+(?:PCT\s+|primary\s+care\s+trust\s+)?cluster\b"
                               r"|,\s+(?:[A-Z][a-z]+(?:,\s+|\s+and\s+|\s+))+NHS\b)")


#: A description of several bodies after a list: "…, the three CCGs in the area", "(the CCGs)".
_PLURAL_DESCRIBED = re.compile(r"(?:,\s+|\s+\()(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:trusts|CCGs|PCTs|ICBs|commissioners|bodies|partners|groups)\b(?!['’])")


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


#: A place's style after its name, in a list of places: "Wakefield District" (an NHS area's, a cluster's).
_A_PLACES_STYLE = re.compile(r"\s+(?:District|City|County|Borough)\b")


def _listed_places(words: str) -> list[str]:
    """The items of a list of places, without an article: "Anyford, Wyre and the Black Vale" → Anyford, Wyre, Black Vale."""
    return [re.sub(r"^the\s+", "", item.strip()) for item in re.split(r",|\band\b", words) if item.strip()]


def _a_bodys_name(words: str) -> bool:
    """Whether an item of a list of places is a body's name, not a place's: a kind's word ends it, a force's, or one the
    gazetteer knows but a council's ("Cafcass", "The Children's Society"; "Wigan" is a place)."""
    return _ANY_HEAD_END.search(words) is not None or police_force_for(words) is not None \
        or council_for(words) is None and bool(_generic_matches(words))


def _a_place_or_council(words: str) -> bool:
    """Whether words are a council's name or a place's words alone ("Wigan", "North Somerset")."""
    return council_for(words) is not None or _only_places_words(words)


def _nhs_area(text: str, match: re.Match[str]) -> tuple[str, int]:
    """The area an NHS body is named by after "NHS" (``_NHS_PLACE``'s match), and where it ends: on
    over "and" where a council's name holds it ("NHS Anyford and Wyre" where a council is so named,
    whatever follows), where an area's name holds it ("NHS South of Wyre and Vale") or a second area follows
    ("NHS Anyshire and Wyre", "NHS Wyre and South Anyford"; not "NHS Anyshire and Wyre Council", nor
    a force after it) or an area's word names no area alone ("NHS Central and Eastern Anyshire"), on over places listed
    (``_NHS_AREAS_LISTED``: "NHS Ashton, Leigh and Wigan, the primary care trust"), and cut at "with", "on" or "upon" unless
    a council's name holds them ("NHS Anyshire on Tuesday")."""
    place, end = match.group(1), match.end()
    if text.startswith(" and ", end) and (rest := _council_named_with_and(place, text[end + 5 :])):
        return f"{place} and {rest}", end + 5 + len(rest)  # "NHS Anyford and Wyre" where a council is so named
    listed = _NHS_AREAS_LISTED.match(text, end) if text.startswith(",", end) and not _NATIONAL_WHOLE.fullmatch(f"NHS {place}") else None
    # (not after a national body's name: "NHS Improvement, Leeds and Bradford cluster")
    parts = _listed_places(listed.group(0)) if listed else []
    if listed is not None and not _PLURAL_DESCRIBED.match(text, listed.end()) and not any(map(_a_bodys_name, parts)) \
            and not (" the " in listed.group(0) and (text.startswith(("'s", "’s"), listed.end())
                                                     or not all(council_for(p) is not None for p in parts[:-1]))) \
            and not ((listed.group("part_of") or listed.group("to")) and not (_a_place_or_council(_A_PLACES_STYLE.sub("", parts[-1]))
                                                                             or any(council_for(p) is not None for p in parts[:-1]))):
        # (no known body among the places but a council, "NHS Leeds, Mind and the Children's Society, which …"; "the" only
        # before a region after councils' places, "NHS Anyford, Wyre and the Black Vale", not "NHS Leeds, Barnardos and the
        # Samaritans"; before "as part of", "within the" or "to" and a name, the last a place's or a council among them: "NHS
        # Anyford, Leigh and Wyre as part of …", not "NHS Leeds, Relate and Brook as part of …")
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
            and (text.startswith(" and NHS", joined.end()) or all(w in _place_name_words() for w in joined.group(1).split())
                 or re.search(rf"\b{re.escape(place)} and {re.escape(joined.group(1))} (?:Clinical Commissioning Group|CCG|Primary Care Trust|PCT)\b",
                              text) is not None)  # (or an area the text names another NHS body by: "… took over from NHS
            # Anyford and Brook" where "Anyford and Brook Clinical Commissioning Group" is named too)
            or place.lower() in _AREA_WORDS and joined.group(1).split()[0].lower() in _AREA_WORDS) \
            and not re.match(r"\s+(?:[A-Z]|of\b)", text[joined.end():]) \
            and not police_force_for(re.match(r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*", text[joined.start(1):]).group(0)):
        place, end = place + joined.group(0), joined.end()
    cut = re.search(r" (?:with|on|upon) ", place)
    if cut is not None and council_for(place) is None and council_for(place.replace(" ", "-")) is None:
        place, end = place[: cut.start()], match.start(1) + cut.start()
    return place, end


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
            if first and _a_numbers_name(first.group(1), words[first.end() :], text[start + len(words) : start + len(words) + 40]):
                break  # "Five Islands School provides …" (see ``_a_numbers_name``)
            if first and first.group(1) == "New" and _at_sentence_start(text, start) and _NEW_OPENS_A_NAME.match(words, first.end()) \
                    and _A_PARTNERS_NAME_END.search(words) and council_for(words[first.end() :].split(" ", 1)[0]) is None \
                    and not _generic_matches(words[first.end() :]):
                break  # "New Wyre Housing Trust provides …": a partner's name's first word opening the sentence (a team's, a
                # board's or a hub's "New" describes it: "New Assessment Team staff"; and not before a sector's word, a
                # council's place or a kind the gazetteer knows: "New City College", "New Anyshire Housing Trust")
            if first and _opens_a_name_after_the(first.group(1), text, start):
                break  # "the In Care Council", "the In Touch Service": after "the", a name's first word
            if first and first.group(1).lower() in _TITLE_OF_TWO_FIRST and first.group(1)[:1].isupper() \
                    and re.match(r"and [A-Z]", words[first.end() :]) and _THE_BEFORE.search(text, max(0, start - 6), start) \
                    and not _a_whole_body(words[first.end() + 4 :]) and not _another_body_after_and(words[first.end() + 4 :]):
                break  # "the Review and Development Unit", "the Community and Voluntary Sector Forum": a title's first word
            if first and (first.group(1).lower() in LEADING_NON_NAME or _ADVERB.fullmatch(first.group(1))
                          or _A_REACH.fullmatch(first.group(1))  # "the Wyre-wide Child Death Overview Panel": its reach
                          or (base := _A_BASE.fullmatch(first.group(1))) is not None and _a_base_place(base.group("place"))
                          # ("the Anyford-based Wyre Trust": where it works; not "the Hospital-based Social Work Team")
                          or _opens_sentence(first.group(1)) and _at_sentence_start(text, start)
                          or first.group(1).lower()[:-2] in _WHOSE and _POSSESSIVE.search(first.group(1))):
                start += first.end()
                words = words[first.end() :]
                continue
            joined = re.match(r"(?:with|the) ", words[first.end() :]) if first and first.group(2) == " " else None
            if joined and first.group(1).lower() not in PEOPLE_SERVED and _at_sentence_start(text, start) and council_for(words) is None \
                    and (_named_by_place(words[first.end() + joined.end() :], sentence)
                         or joined.group(0) == "with " and (first.group(1).lower() in PARTNERING_BEFORE_WITH
                                                            or first.group(1).lower() in PARTNERING_PARTICIPLES
                                                            and text.startswith(",", start + len(words))
                                                            and words[first.end() + joined.end() :].split(" ", 1)[0].lower()
                                                            not in PEOPLE_SERVED)):  # ("Working with Families Team, a …": its name)
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
            if not qualifier and (len(head.split()) < 2 or head.startswith(_KINDS_ALONE_NO_NAME) or head == "Fire and Rescue"):
                break  # a bare "Board" or "Trust" is not a name; nor "Voices in Care" (a pledge's, a survey's) without whose; nor
                # "the new Youth Zone", "Community Health", "Women and Children's Aid", "Fire and Rescue" without "Service" alone:
                # the kind, not one (one is named for its place or its own word)
            if " of " in head and (not qualifier and all(w.lower() in _WHAT_IS_TAUGHT for w in head.split(" of ", 1)[1].split())
                                   or qualifier.removeprefix("The ") == "Royal"):
                break  # "each College of Further Education": a kind of college ("the University of Wyre" is one);
                # "the Royal College of Nursing": a profession's body
            if any(applies(head) and refuses(_NamedRun(qualifier, head, words, text, start, sentence))
                   for applies, refuses in _HEAD_REFUSALS):
                break  # a kind of school, college, home, health care …, not one named (``_HEAD_REFUSALS``)
            if head == "Housing Options" and (" and " in f" {qualifier} " or not qualifier.strip() and (
                    _CHOICES_OF_BEFORE.search(text, max(0, start - 20), start) or _CHOICES_AFTER.match(text, start + len(words)))):
                break  # "Leeds Housing Options", "referred to Housing Options": the council's service (not "a range of Housing
                # Options", "Housing Options for care leavers are limited": choices of homes; nor "Children's Services and Housing
                # Options": two bodies)
            if head == "Healthcare":
                qualifier = qualifier.removeprefix("The ").split(" and ")[-1]  # "Virgin Care and Anyford Community Healthcare"
                if not qualifier or not ("London" in qualifier.split()[:2] or any(council_for(" ".join(qualifier.split()[:n])) is not None
                                                                                for n in (1, 2, 3))
                                         or _a_providers_own_word(qualifier, text, start)):  # ("Wyrex Healthcare": a provider's own word)
                    break  # "Primary Healthcare", "Looked After Children's Healthcare": a kind of care; a provider is named for its place
                start += len(words) - len(f"{qualifier} {head}")
                words = f"{qualifier} {head}"
            kind_after = _A_SERVICES_KIND_WORD_AFTER.match(text, start + len(words)) \
                if kind == "TeamOrService" and head.split()[-1].lower() not in PHRASE_HEADS else None
            # ("the Anyford Housing Options service": a title with no kind word of its own, then one in lower case, named both ways)
            name = _tidy(words)
            body_type_here, kind_here = body_type, kind
            if kind == "TeamOrService" and name.startswith("NHS "):
                body_type_here, kind_here = "HealthBody", "HealthBody"  # "NHS England Anyshire Area Team": the NHS's own team
            if head == "Academy" and not all(_an_own_word(w) or w in ("St", "St.", "Saint", "Catholic", "CE", "Church", "of", "England")
                                             for w in qualifier.removeprefix("The ").split()):
                body_type_here, kind_here = "Service", "TeamOrService"  # "the Anyshire Social Work Academy", "Anyford Children's
                # Academy", "the Wyre Skills Academy": named by the work it trains for, the workforce's (or a partner's), no school
            if kind == "Trust":
                if re.search(r"(?:children|people)['’]s trust", name, re.I):  # (and "the Children and Young People's Trust")
                    body_type_here, kind_here = "Board", "ChildrensTrust"
                    kind_after = _A_BOARD_WORD_AFTER.match(text, start + len(words))  # "the Anyford Children's Trust board": the
                    # partnership's board by the trust's name, named both ways
                elif prefilter.search(HEALTH_WORDS, sentence):
                    body_type_here, kind_here = "HealthBody", "NHSTrust"
            if kind == "Council":
                if not _COUNCIL_WORDS.sub("", name).strip():
                    break  # "Metropolitan Borough Council": a council's kind, its name on the line before
                council = council_for(name)
                if _YOUNG_PEOPLES_COUNCIL_WORD.search(name):  # ("the Care4us Council")
                    # "the Anyshire Children in Care Council"; but "Anyshire Youth Council", "the Young Carers Council"
                    body_type_here, kind_here = "Board", _young_peoples_kind(name)
                elif council is None and not re.search(r"\b(county|city|borough|district)\b", name, re.I) \
                        and not ((_A_COUNCIL_LISTED_BEFORE.search(text, max(0, start - 12), start) and name.split()[0] in _place_name_words()
                                  or _COUNCILS_EXAMPLED_BEFORE.search(text, max(0, start - 40), start))
                                 and not _A_PARISH_COUNCIL.search(name)):
                    break  # "One Family Council", "Ideas Council": a slogan or a scheme, not a body (but "Wyre District
                    # Council and Anyford West and Wyre Council": the last of councils listed, named by a council's place, a council
                    # whatever its style, and so is an example of district councils, "the district councils, including Wyredale
                    # Council"; not a town's or a parish's council)
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
                       written=written_here, defines=bool(acronyms),
                       aliases=(f"{name}{kind_after.group(0)}",) if kind_after is not None else ())
            )
            break
    for match in prefilter.finditer(_NHS_PLACE, text):
        if re.search(r"\b(Trust|Foundation|England|Hospital|Direct)\b", match.group(1)) and not match.group(1).startswith("East of England"):
            continue
        place, end = _nhs_area(text, match)
        short = _NHS_SHORT_AFTER.match(text, end)  # "NHS Anyshire County and Wyre (NHS ACW)": the commissioner's short form
        acronyms = (short.group(1),) if short is not None and _initials_match(place, short.group(2)) else ()
        aliases: tuple[str, ...] = ()
        if not acronyms and (kind_after := _PCT_AFTER.match(text, end)) is not None \
                and not (kind_after.group(0).endswith("cluster") and _NOT_A_CLUSTER_AFTER.match(text, kind_after.end())):
            aliases, end = (_tidy(text[match.start() : kind_after.end()]),), kind_after.end()  # "the former NHS Anyford primary care
            # trust": the commissioner's own kind after its name, one body
        nhs_kind = "StrategicHealthAuthority" if re.sub(r"\s+", " ", place).replace(" and the ", " and ") in _SHA_AREAS \
            else "PrimaryCareTrust"  # "NHS North West": a region's, its strategic health authority (to 2013)
        found.append(_Found(f"NHS {place}", "HealthBody", nhs_kind, match.start(), end, acronyms, defines=bool(acronyms),
                            aliases=aliases))
        found = [_after_the_area(text, item, match.start(), end) for item in found]
    found = [_council_after_a_word(text, item) if item.kind in ("Council", "ChildrenInCareCouncil") and item.council is None else item
             for item in found]  # ("Children's Services in Anyshire County Council": no children in care council)
    defined = {acronym for item in found for acronym in item.acronyms if " " in acronym}
    if defined:  # "… Integrated Care Board (BNSSG ICB)": the short form in its brackets is not a body of its own
        found = [item for item in found if not (item.name in defined and text[item.start - 1 : item.start] == "(")]
    if " – " in text or " - " in text:
        found = _with_a_dashed_area(text, found)
    return found


def _after_the_area(text: str, item: _Found, area_start: int, area_end: int) -> _Found:
    """A name a run began inside an NHS area's listed places, started after them and their comma: "NHS Ashton, Leigh and
    Wigan, Wyre, Anyford and Leigh NHS Foundation Trust" gave the fragment "Leigh and Wigan, Wyre, … Trust"."""
    if not area_start < item.start < area_end < item.end or not text.startswith(", ", area_end):
        return item
    start = area_end + 2
    return dataclasses.replace(item, name=item.name[start - item.start :], start=start, written="")


#: A point of the compass or the middle, as an area's word in capitals.
_AN_AREAS_POINT = r"(?:North|South|East|West|Central|Mid)"
#: A dash and an area's words after a name that a kind word ends, then the clause's end, a verb or "and": "Cheshire
#: College – South and West", the college's campus or branch by its area (all its area's words, or none).
_DASHED_AREA_AFTER = re.compile(rf"\s+[–-]\s+(?P<area>{_AN_AREAS_POINT}(?:(?:\s+(?:and|&)\s+|\s+){_AN_AREAS_POINT})*)"
                                rf"(?=\s*(?:[,.;:)]|$)|\s+(?!and\s)[a-z]|\s+and\s+(?!{_AN_AREAS_POINT}\b))")
_AND_AFTER = re.compile(r"\s+and\s+")


def _with_a_dashed_area(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` with a name's area after a dash kept in its name ("Cheshire College – South and West"), and the next name
    starting after the area and its "and" ("… – South and West and Macclesfield College" gave the fragment "South and West
    and Macclesfield College")."""
    for i, item in enumerate(found):
        dashed = _DASHED_AREA_AFTER.match(text, item.end)
        if dashed is None or not _ANY_HEAD_END.search(item.name):
            continue
        found[i] = dataclasses.replace(item, name=f"{item.name} – {dashed.group('area')}", end=dashed.end("area"),
                                       written=text[item.start : dashed.end("area")])
        if (joined := _AND_AFTER.match(text, dashed.end("area"))) is None:
            continue
        for j, other in enumerate(found):  # the next name, which took the area in
            if other.start == dashed.start("area") and other.end > joined.end():
                rest = _tidy(text[joined.end() : other.end])
                found[j] = dataclasses.replace(other, name=rest, start=joined.end(), written=rest)
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
_KINDS_ALONE_NO_NAME = ("Voice", "Care Trust", "Youth Zone", "Community Health", "Community Enterprise", "Social Enterprise",
                        "Women's Refuge", "Women’s Refuge", *_WOMEN_AND_CHILDRENS_AID)


def _a_kind_of_community_health(run: _NamedRun) -> bool:
    """"the Community Health team", "Children's Community Health": a kind of care ("Anyford Community Health" is a provider)."""
    return any(
        not w[:1].isupper() or w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED or w.lower() in PHRASE_SOFT_STOP
        or w.lower() in ("looked", "after", "primary", "integrated", "children's", "children’s") or w.isupper() or w.endswith("ing")
        or w.lower() in _PEOPLES_AND_PLACES_KINDS
        for w in run.own.split())


def _a_field_of_health(run: _NamedRun) -> bool:
    """"Public Health", "Children's Health", "Improving Health", "Kent Health": a field of health or a place's
    ("Wyrebrook Health", "Anyvale Health" are providers by their own names, and "Wyrebrook Care & Health": a company's own
    word before its two fields joined by "&", before no kind word in lower case; not "Social Care & Health", "the Respite Care
    & Health team", nor "… Care and Health", a council's department or a team's fields as often)."""
    words = run.own.split()
    if len(words) == 3 and words[1] == "Care" and words[2] == "&":
        if words[0].lower() in _KINDS_OF_CARE or council_for(words[0]) is not None \
                or _FOLLOWING_KIND.match(run.text, run.start + len(run.words)):
            return True
        words = words[:1]
    return len(words) > 2 or any(
        not w[:1].isupper() or w.isupper() or w.endswith(("ing", "'s", "’s", "s'")) or _opens_sentence(w)
        or w.lower() in _FIELDS_OF_HEALTH or w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED
        or w.lower() in PHRASE_SOFT_STOP or w.lower() in LEADING_NON_NAME or w.lower() in DESCRIBING
        for w in words) or council_for(run.own) is not None or _NATIONAL_WHOLE.fullmatch(run.words) is not None


def _a_kind_of_home(run: _NamedRun) -> bool:
    """"Children's Homes", "Solo Homes": a kind of place ("Anyshire Homes", "Wyrex Homes" in a sentence of tenancies
    are housing companies)."""
    qualifier, text, start, sentence = run.qualifier, run.text, run.start, run.sentence
    defined = _ACRONYM_IN_BRACKETS.match(text, start + len(run.words))
    if defined is not None and "".join(w[0] for w in run.words.split()).upper() == defined.group("acronym") and _HOUSING_CONTEXT.search(sentence) \
            and " and " in qualifier \
            and not all(w == "and" or _a_kind_of_homes_word(w) for w in qualifier.split()):
        return False  # "Safe and Sound Homes (SASH)": a landlord's title of two words joined by "and", its short form spelling
        # it word by word, in a sentence of housing (not "Short Break Homes (SBH)", "Move On Homes (MOH)": kinds of home)
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
    return _a_kind_of_housings_word(run.qualifier.split()[0]) \
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


#: A council's whole name by its style, before its place's ("Borough of Anyford") or after it ("Wyre Borough Council"),
#: with a style word: a council the reference list may not hold (one of the districts before a reorganisation).
_STYLED_AS_A_COUNCIL = re.compile(
    r"(?:(?:" + "|".join(_STYLES_OF) + r")|(?:" + "|".join(_STYLES_COUNCIL) + r") Council) of [A-Z][\w'’-]+(?: (?:upon |on )?[A-Z][\w'’-]+){0,2}"
    r"|[A-Z][\w'’-]+(?: (?:upon |on )?[A-Z][\w'’-]+){0,2} (?:" + "|".join(_STYLES_COUNCIL) + r") Council")
#: A council's style that opens its name: "Borough Council of …", "the Borough of …".
_COUNCIL_STYLES_FIRST = tuple(f"{style} " for style in (*_STYLES_OF, *_STYLES_COUNCIL))
#: A council named by its place and "Council" alone: "East Anyshire Council" (no word of the sector or of people).
_A_PLACES_COUNCIL = re.compile(rf"{_COMPASS_FIRST}?(?: ?(?!(?:Youth|Children|Young|Parish|Town|Care|Family)\b)[A-Z][a-z][\w'’-]*){{1,2}} Council")
#: Kinds of care before "Care & Health" that the tests of a field of health do not refuse already (the sector's words, people
#: served, describing words: "Social", "Community", "Specialist"): a team's or a service's fields, not a company's own word.
_KINDS_OF_CARE = {"respite", "palliative", "emergency", "residential", "foster", "kinship", "transitions", "transition",
                  "intensive", "complex", "home", "secondary", "maternity", "dementia"}
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
