"""Names with no kind word that a sentence's frame gives away: a verb of partnership, examples of a kind, a
provider or a described kind after a comma, lists of partners, brands with their place, commissioners."""
from __future__ import annotations

import dataclasses
import functools
import re

from .. import prefilter
from ..gazetteer import (
    CASE_RECORDING_SYSTEMS,
    council_for,
    DESCRIBING,
    DESCRIBING_ENDING,
    DESCRIBING_NOUNS,
    GENERIC_BODIES,
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
    police_force_short_forms,
    PROGRAMMES,
    SENTENCE_OPENERS,
)
from ..shortforms import definitions, long_form
from ..statistics import NUMBER_WORDS
from .text import _AREA_WORDS, _COMPASS, _names_an_area, _only_an_area, _singular_head, _tidy
from .registry import (
    _add_short_form,
    BodyRegistry,
    _CONNECTORS,
    _Found,
    _GENERIC_WHOLE,
    _is_proper,
    _merge,
    _standing,
    _TIMES_AND_COUNTRIES,
    _TITLE,
)
from .scan import _HEADS
from .kinds import (
    _A_TIME,
    _ACRONYM_AFTER,
    _ANY_HEAD_END,
    _generic_matches,
    _initials_match,
    _is_post,
    _people,
    _PEOPLE_AT_WORK,
    _people_at_work,
    _PEOPLE_WORDS,
    _place_name_words,
    _WEEKDAY,
    _WEEKDAYS,
)
from .vocabulary import (
    _A_CHARITYS_SECOND_WORD,
    _a_place_or_point,
    _A_POST_FOR,
    _a_titles_list,
    _a_word_of_the_work,
    _ACRONYM_LED,
    _an_own_word,
    _AND_ANOTHER,
    _at_sentence_start,
    _BRAND_AND_PLACE,
    _BRAND_HEADS_AFTER_A_COUNCIL,
    _BRAND_KINDS,
    _DEFINED_BEFORE_COMMA,
    _DESCRIPTION_OPENS,
    _FIELDS_OF_WORK,
    _FOLLOWING_KIND,
    _GENERIC_ACRONYMS,
    _HEAD_RES,
    _HOUSING_CONTEXT,
    _HOUSING_KINDS,
    _is_a_kind,
    _KIND_OF_PLACE,
    _KINDS_OF_HOME,
    _KNOWN_AS,
    _MONTHS,
    _NAME,
    _name_pattern,
    _NAME_THEN_WHAT_IT_GIVES,
    _NAME_THEN_WHO_PROVIDES,
    _NAMED_BY_WHAT_IT_DOES,
    _NATIONAL_ACRONYMS,
    _NATIONAL_WHOLE,
    _NOT_A_BODY_NAME,
    _ONE_PERSON,
    _opens_sentence,
    _ORGANISATION_WORDS,
    _PARTICIPLES,
    _PARTNER_BEFORE,
    _PEOPLE_AT_START,
    _PLURAL_ORGANISATIONS,
    _POSSESSIVE,
    _PROVIDED_VERBS,
    _REACH,
    _REGION_NAMES,
    _SHORT_FORM_DOES,
    _SHORT_FORMS_OF_BODIES,
    _SMALL_IN_TITLES,
    _TEAM_COUNTS,
    _TIME_WORDS,
    _TRADE_SHORT_FORMS,
    _TRAILING_SMALL,
    _TWO_NAMES,
    _two_names_joined,
    _TWO_NAMES_THEN_WHAT_THEY_GIVE,
    _VERB_BETWEEN,
    _WHAT_IT_DOES,
    _whole_generic,
    _WORK_WORDS,
    _WORKS_WITH_A_NAME,
)
from .phrases import _phrase_matches
from .modifiers import _with_title_before

_GROUP_OF_YOUNG = re.compile(
    r"\b(?:a|the)\s+(?:consultative\s+)?group\s+of\s+(?:looked after\s+)?(?:children and\s+)?young\s+people,?\s+"
    r"(?:called\s+|known\s+as\s+)?(?:the\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,4})"
)
_NAMED_AS = re.compile(
    rf"\b{_KNOWN_AS}\s+(?:the\s+)?"
    r"(?:[‘']([A-Z][^’'\n]{1,40})[’']|([A-Z][\w'’@]+(?:\s+(?:(?:for|of|and|in|by|with|to|around|about|on|up|out|at|into|the|a)\s+)?"
    r"(?:[A-Z][\w'’@]+|\d\s+[A-Z][\w'’@]+)){0,4}"  # ("known as Voice 4 Change": a digit and a capital, one step)
    r"(?:\s+(?:for|on|of)\s+the\s+[A-Z][\w'’@]+(?=\s*[,.;:()]|\s+(?:which|who|is|are|was|were|has|have|and)\b))?))"
    # ("… Services for the Future, which …", "the Hub on the Move": a title's last words, a small word and an article, up to the
    # clause's end; not "Turning Point for the Young People of Kent", "Partners in Practice with the Department …")
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,7})\))?"
)
#: The national programmes' names in lower case: "partners such as Prevent" names a programme, not a partner.
_PROGRAMME_NAMES = frozenset(k.name.lower() for k in PROGRAMMES)


#: A season's word then a building's: "Spring Lodge", "Summer House" are places' names, not times.
_SEASON_THEN_PLACE = re.compile(r"(?:Spring|Summer|Autumn|Winter)\s+(?:Lodge|House|Court|Centre|View|Grove|Gardens?|Place|Hill|Cottage)")


def _holds_a_time(name: str) -> bool:
    """Whether a name holds a time ("September", "After Covid", "Summer 2022"), not a number that
    is no year ("1625 Wyre People")."""
    return any(not time.group(0).isdigit() or time.group(0).startswith(("19", "20")) for time in _A_TIME.finditer(name))
#: Any capitalised word and "a" before a name: the name may be a title's end ("Every Child a Singer"), which a name said to
#: be a body is refused as (``_TITLE_WITH_A_BEFORE``, after "the" and no place's word, joins the title whole instead).
_A_TITLES_WORD_AND_A_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+an?\s+$")


#: The last word of a document's, a meeting's or a guide's name: no body ("the Youth Justice Plan", "the … Conference").
_DOCUMENT_END = re.compile(r"\b(?:protocol|conference|standards|guidance|covenant|review|report|charter|pathway)s?\W*$", re.I)
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


#: A place's YMCA, the place first: "Anyford YMCA" (the place a council's: not "The YMCA …", "Locally YMCA …").
_PLACE_YMCA = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})\s+YMCA\b")
#: Words that qualify a place's name: "Mid Anyshire YMCA", "Greater Wyre".
_PLACE_QUALIFIERS = {"Mid", "Greater", "Upper", "Lower", "Inner", "Outer"}  # (and the compass's, ``_COMPASS``: "Central")
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


#: The verbs of ``_INTRODUCED_BY`` that people and the council's own work follow as often as partners do.
_WEAK_PARTNER_VERB = re.compile("|".join(_WEAK_VERB_GROUPS))
#: Money after a name: the name is what the money is for or from ("supported by Pupil Premium funding").
_MONEY_AFTER = re.compile(r"\s+(?:funding|funds?|grants?|allowances?|monies|money|payments?|budgets?)\b")
#: Words in lower case, then a kind word, after a name a verb introduces with "the": the name is a place's or a
#: provider's word before a kind ("provided by the Anyford trust", "… by the Wyre-wide emergency duty team"; not
#: "workers from Anyhope run peer support groups", where the words are a clause's).
_LOWER_CASE_KIND_AFTER = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:trust|" + _HEADS + r")s?\b")
#: Words that open a clause with "provides" or "offers" and are no partner's: a council's own parts and
#: the case-recording systems councils buy ("Mosaic now supports social workers …").
_NEVER_A_PARTNER_WORD = frozenset({"Cabinet", "Scrutiny", "Council", "Government"}) | CASE_RECORDING_SYSTEMS
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


#: The doer of a passive before a name: "… completed by", "… commissioned from".
_AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+$")
#: Prepositions after a passive's doer, which end its name: "completed by Young Wyre for most children".
_PREPOSITIONS_AFTER_AN_AGENT = {"for", "in", "across", "at", "on", "with", "since", "from", "to", "within", "during", "after", "before"}


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
        agent = _AGENT_BEFORE.search(sentence, max(0, match.start() - 6), match.start()) is not None \
            and after is not None and after.group(1) in _PREPOSITIONS_AFTER_AN_AGENT
        if registry.lower_aliases.get(name.lower()) or registry.aliases.get(name) \
                or after is not None and not _YOUNG_PLACE_GOES_ON.fullmatch(after.group(1)) and passive is None and not agent:
            continue  # (not "Young Anyford residents …", "Young Anyford care leavers", "Young Anyford is a city": people or a place;
            # but "Young Wyre is commissioned to carry out return interviews", "interviews are completed by Young Wyre for …")
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
    if "practice" in sentence or prefilter.needs(_NAME_THEN_MODEL, sentence):
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


def _word_ends(text: str, alias: str):
    r"""The end of each match of ``(?<![\w-])alias(?![\w-])`` that ``finditer`` gives."""
    return (start + len(alias) for start in _standing(text, alias, "_-", "_-"))
