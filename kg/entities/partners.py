"""Partners by their name alone: the body a verb of partnership introduces ("commissioned from Anyshire Talks",
``_partner_name``), the partner a body works with ("works closely with Torus"), and partners a sentence names only by
what they do ("Wyre House provides …", "NELFT runs …"), read once every other finder has read the report; and the
words that make a name no partner's, which the modules above share."""
from __future__ import annotations

import re

from .. import prefilter
from ..gazetteer import (
    CASE_RECORDING_SYSTEMS,
    council_for,
    DESCRIBING,
    DESCRIBING_NOUNS,
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
)
from .text import _only_an_area, _singular_head, _tidy
from .registry import BodyRegistry, _CONNECTORS, _Found, _is_proper, _TIMES_AND_COUNTRIES
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
    _place_name_words,
    _WEEKDAYS,
)
from .vocabulary import (
    _A_CHARITYS_SECOND_WORD,
    _a_kind_of_housings_word,
    _a_numbers_own_name,
    _a_place_or_point,
    _A_STAGE_FIRST,
    _a_word_of_the_work,
    _an_own_word,
    _AND_ANOTHER,
    _BRAND_HEADS_AFTER_A_COUNCIL,
    _FIELDS_OF_WORK,
    _FOLLOWING_KIND,
    _GENERIC_ACRONYMS,
    _HEAD_RES,
    _MONTHS,
    _NAME_THEN_WHAT_IT_GIVES,
    _NAME_THEN_WHO_PROVIDES,
    _NAMED_BY_WHAT_IT_DOES,
    _NATIONAL_ACRONYMS,
    _NATIONAL_WHOLE,
    _NOT_A_BODY_NAME,
    _opens_sentence,
    _ORGANISATION_WORDS,
    _PLURAL_ORGANISATIONS,
    _POSSESSIVE,
    _SHORT_FORM_DOES,
    _SHORT_FORMS_OF_BODIES,
    _TRADE_SHORT_FORMS,
    _TRAILING_SMALL,
    _two_names_joined,
    _TWO_NAMES_THEN_WHAT_THEY_GIVE,
    _A_NAME_AND_A_SERVICE_THEN_WHAT_THEY_GIVE,
    _WORKS_WITH_A_NAME,
    _WHOM_A_SERVICE_SERVES,
)


#: The national programmes' names in lower case: "partners such as Prevent" names a programme, not a partner.
_PROGRAMME_NAMES = frozenset(k.name.lower() for k in PROGRAMMES)


#: People at work who come "from" a partner, one of each ("a nurse from …"; the plural adds an "s", "midwife" apart).
_WORKERS_FROM = (r"[Ww]orker", r"[Vv]olunteer", r"[Pp]ractitioner", r"[Nn]urse", r"[Hh]ealth\s+visitor", r"[Mm]entor", r"[Aa]dvocate",
                 r"[Aa]dvis[eo]r")
#: Buying a service from a partner: a weak verb, as often of money or kinds of provision, but a brand's name after it is one
#: ("purchased from Family Futures", "bought in from Early Break").
_PURCHASE_VERB = re.compile(r"(?:purchased|bought(?:\s+in)?|spot-purchased)\s+from")
#: The weaker of the verbs that introduce a partner by its name alone (``_INTRODUCED_BY``): done by whoever
#: ("supported by", "managed by", "completed by"), bought from whoever (``_PURCHASE_VERB``), or people or work from a body ("staff from",
#: "sessions from"), which need more of a name's look (``_WEAK_PARTNER_VERB``).
_WEAK_VERB_GROUPS = (r"(?:supported|carried\s+out|undertaken|completed|conducted|operated|managed)\s+by",
                     _PURCHASE_VERB.pattern,  # "purchased from After Adoption", as often from money
                     r"(?:return|home)\s+interviews?\s+by",  # "an independent return interview by Wyre Kids": who holds them
                     r"(?:[Ss]taff|" + "|".join(f"{worker}s?" for worker in _WORKERS_FROM) + r"|[Mm]idwi(?:ves|fe)"
                     r"|service|sessions|input|therapy|treatment)\s+from",
                     r"[Aa]\s+partnership\s+with")


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
    r"because|by|under|during|throughout|within|with|is|are|was|were|has|have|had|"
    r"ensures|means|enables|allows|gives|provides|offers|helps|supports)\b")  # ("Partnership with Wyrehomes ensures …")
#: People or groups a capitalised name describes: "… with Gypsy, Roma and Traveller communities", "… with Muslim faith leaders".
_PEOPLE_NAMED_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w'’-]*)*(?:\s+\([A-Z]{2,6}\))?\s+(?:(?!(?:for|in|to|with|and|of|from|by|at|on)\b)[a-z]+\s+)?"
                                 r"(?:communities|community|families|carers|leaders|pupils|children|parents|people|refugees|groups|institutions|"
                                 r"organisations|young)\b")


def _a_longer_name_known(sentence: str, start: int, length: int, registry: BodyRegistry) -> bool:
    """Whether a body the registry knows is named from ``start`` on, longer than ``length`` characters."""
    after = sentence[start : start + 160].lower()
    return any(len(alias) > length and after.startswith(alias) for alias in registry.lower_aliases)


#: Words of a document, a stage, a tool or a way of working, never a brand's after "Early", "Family", "Children" or "New":
#: "Early Years Foundation Stage", "Children Act Section 20", "Independent Return Interviews", "Young Voices Surveys", "New
#: Approaches".
_NOT_A_BRANDS_WORD = {"years", "stage", "act", "section", "interviews", "surveys", "toolkits", "toolkit", "settings", "media",
                      "scrutiny", "advocacy", "permanence", "pedagogy", "approaches", "ways", "models", "methods"}
#: Words after "New" that make something new, not a brand (besides those ``_a_brands_word`` refuses): "New Burdens", "New
#: Technology", "New Starters", "New Contracts".
_NOT_NEWS_BRAND_WORD = {"burdens", "money", "technology", "starters", "recruits", "entrants", "joiners", "systems", "contracts",
                        "legislation", "regulations", "requirements", "duties", "powers", "structures", "software", "referrals",
                        "cases", "appointments", "posts", "roles", "homes", "premises", "buildings", "commissions", "tenders"}
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
_POSTS_BESIDE_THE_ROLES = {"mayor", "constable", "scrutineer",
                           # clinicians' and health posts, in capitals as often as not ("The Named Midwife provides …")
                           "psychologist", "midwife", "therapist", "paediatrician", "psychiatrist", "clinician", "doctor",
                           "counsellor", "nurse", "visitor", "senco"}


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


#: Prepositions a charity's name writes in capitals, which prose never does: "Anyford Without Abuse", "Parents Against
#: Exploitation", "Wyre Beyond Violence" (its other words may be the sector's own, written in lower case elsewhere).
_TITLES_PREPOSITIONS = ("Without", "Against", "Beyond")


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
    if not quoted and _A_STAGE_FIRST.match(sentence, match.start("name")):
        return ""  # "a personal adviser from Year 9", "support from Tier 2", "help through Section 17", "funded through Phase 1":
        # a school year, a level of need, a law's part or a time, not a partner
    if not quoted and re.match(r"\s+\d", sentence[end:]):
        return ""  # "delivered by Base 25 and …": a number the pattern does not read as the name's end, not "Base"
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
            or _MONEY_AFTER.match(sentence, end) or _PROVISION_AFTER.match(sentence, end) or words[-1].lower() in _PROVISION):
        return ""  # "supported by Foster Carers", "… by Quality Assurance", "… by Pupil Premium funding": people, the
        # council's own work, money (a verb as common as "supported by" needs a name that can only be a partner's); "purchased
        # from Supported Accommodation providers", "… from Fostering Agencies and Residential Providers": kinds of provider
    if _PROVIDERS_AFTER.match(sentence, end) or words[-1].lower() in _PROVIDERS:
        return ""  # "commissioned from Supported Accommodation providers", "… from Independent Providers": a kind of provider
    if re.fullmatch(r"[A-Z0-9&/-]{2,8}s?", words[0]) or re.search(r"['’]s\b", name) and not _A_SAINTS_NAME.fullmatch(name):
        return ""  # an acronym ("through SGOs") or a possessive ("through Anyshire's …"), not "St Anyshire's Fellowship"
    first = words[1 if len(words) > 1 and words[0] == "The" else 0].lower()  # "'The Lighthouse'", "through The Harbour"
    charity = len(words) >= 2 and words[0] != "The" and words[1].lower() in _A_CHARITYS_SECOND_WORD and words[0][:1].isupper() \
        and all(_a_place_or_point(w) for w in words[2:])
    # ("carried out by Child Action North Wyre", "support from Children Aid Wyre": a charity's word after whom it serves, then
    # where it works at most; not "through Family Action Plans", "Family Action Meetings")
    brand = len(words) >= 2 and words[0] not in ("National", "Public") \
        and (not _WEAK_PARTNER_VERB.match(match.group("verb")) or _PURCHASE_VERB.match(match.group("verb"))) \
        and not match.group("verb").startswith("through") and not _WEEKDAYS_NAMED.search(name) and all(map(_a_brands_word, words[1:]))
    # ("commissioned from Early Break", "delivered by Children North East": a brand's words after a word that opens people's
    # posts and the council's work as often; not "by Family Group Conferences", "the Family V review", "funded through the
    # National Lottery": the gazetteer's national bodies are known by their names; nothing after bare "through", which as
    # often leads to a way of working in capitals: "through Early Permanence", "through Family Finding", "through Early Help")
    only_partners_verb = match.group("verb").startswith(("commissioned", "provided", "delivered", "run"))  # (no person's, no work's)
    numbered = not quoted and only_partners_verb and _a_numbers_own_name(words[1:] if words[0] == "The" else words)
    # ("commissioned from Two Saints": a name's own number, after a verb that only partners follow)
    new_brand = brand and words[0] == "New" and len(words) == 2 and "-" not in words[1] and words[1] not in _place_name_words() \
        and words[1].lower() not in _NOT_NEWS_BRAND_WORD and only_partners_verb
    # ("commissioned from New Era", "delivered by New Leaf": "New" a brand's own first word after a verb only partners follow; not
    # "supported by New Staff", "funded by New Burdens", "delivered by New Technology", "provided by New Cross", a place)
    if (first in LEADING_NON_NAME and not numbered and not new_brand) or first in _NOT_PARTNER_START and not charity and not brand or _MONTHS.search(name) \
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
            or council_for(words[0]) is not None and not (len(words) > 1 and words[1] in _TITLES_PREPOSITIONS) \
            and (len(words) < 2 or words[1].lower() in _CONNECTORS
                                                     or words[1] in ("CC", "LA", "UA", "BC", "DC", "MBC", "CBC", "MDC", "DCC", "SCC")
                                                     or len(words[1]) > 2 and not re.search(r"\d", words[1]) and words[-1].lower() not in _ORGANISATION_WORDS):
        return ""  # (but "commissioned from Bromley Y", "Wyre 4 Youth", "through Anyford Works", "support from Anyford Without
        # Abuse": a place's name and a letter, a digit, a word organisations name themselves by or a brand's small word, a brand)
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
#: Providers after a name, or a name ending in them: what kind of provider, not one, after any verb ("commissioned from
#: Supported Accommodation providers", "… from Independent Providers").
_PROVIDERS = ("providers", "provision")
#: … and, after a weak verb, any kind of provision ("purchased from Unregistered placements", "… from Fostering Agencies and
#: Residential Homes"; after a strong verb "… Homes" may be a landlord's name).
_PROVISION = (*_PROVIDERS, "placements", "settings", "agencies", "homes")
_PROVIDERS_AFTER = re.compile(r"\s+(?:provider|provision|providers)\b")
_PROVISION_AFTER = re.compile(r"\s+(?:provider|placement|setting|" + "|".join(_PROVISION) + r")\b")
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
    """Whether a name a sentence gives as a partner's by what it does is none of its own: a sentence's word opening it
    (not a number's own name: "Two Saints provides …"), a time, a kind, a council, a force, an area, an arrangement or a
    document, a post, or a body the report has named already."""
    return words[0].lower() in LEADING_NON_NAME and not _a_numbers_own_name(words) or bool(_MONTHS.search(name)) \
        or _a_kind_a_council_or_a_force(name, words) \
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
        if _named_by_what_it_gives(match.group("name"), match.group("clause"), registry) \
                and not (match.group("the") and not _a_titled_partners_name(match.group("name"))) \
                and not (match.group("works") and any(map(_a_sectors_word, match.group("name").split()))):
            name = _tidy(_TRAILING_SMALL.sub("", match.group("name")))  # ("The Zone provides …": read without its article,
            # named with it)
            registry.unkinded.append(_Found(f"The {name}" if match.group("the") else name, "PartnerOrganisation",
                                            "VoluntaryOrganisation", 0, 0))
    for match in prefilter.finditer(_TWO_NAMES_THEN_WHAT_THEY_GIVE, sentence):  # "Wyrebrook and Anyford Hope provide …": each
        names = [_tidy(_TRAILING_SMALL.sub("", match.group(side))) for side in ("first", "second")]  # a partner, each named as
        known = [registry.lower_aliases.get(name.lower()) or registry.aliases.get(name) for name in names]  # one would be alone
        # (or found already as a partner: "Homes for Anyford and Wyrebrook provide …")
        if all(key is not None and registry.bodies[registry.merged.get(key, key)].body_type == "PartnerOrganisation"
               or _named_by_what_it_gives(name, match.group("clause"), registry) for name, key in zip(names, known)):
            registry.unkinded += [_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0)
                                  for name, key in zip(names, known) if key is None]
    for match in prefilter.finditer(_A_NAME_AND_A_SERVICE_THEN_WHAT_THEY_GIVE, sentence):  # "Brook and the school nursing
        # service offer …": the partner, as alone, unless the report names it already
        name = _tidy(_TRAILING_SMALL.sub("", match.group("name")))
        if registry.lower_aliases.get(name.lower()) is None and not any(map(_a_posts_word, name.split())) \
                and _named_by_what_it_gives(name, match.group("clause"), registry):  # (not "The City Mayor and the …": a post)
            registry.unkinded.append(_Found(name, "PartnerOrganisation", "VoluntaryOrganisation", 0, 0))
    for match in prefilter.finditer(_WORKS_WITH_A_NAME, sentence):  # "the council works closely with Torus to provide …"
        _add_a_partner_worked_with(sentence, match, registry)
    for match in prefilter.finditer(_SHORT_FORM_DOES, sentence):  # "NELFT runs the … service", "PAC-UK provides counselling"
        short = match.group("short")
        if _unknown_partner_short_form(short, registry):
            registry.add(_Found(short, "PartnerOrganisation", "PartnerOrganisation", 0, 0), proper=True)


def _a_sectors_word(word: str) -> bool:
    """Whether a word is one the sector names its work, its fields or whom it serves by (``_a_word_of_the_work``: "Care",
    "Advocacy", "Intervention"; "Carers", "Girls"; "Justice", "Health", "Welfare", "Visiting"): a name holding one, as who
    works with children, is the work's, not a partner's ("Youth Justice works closely with young people", "Edge of Care
    works with …")."""
    lowered = word.lower()
    return _a_word_of_the_work(word) or lowered in PEOPLE_SERVED or lowered in ING_NOUNS or lowered in _THE_SECTORS_OWN_FIELDS


#: The fields the sector's own services are named by besides ``_a_word_of_the_work``'s: "Youth Justice", "Public Health",
#: "Education Welfare", "Health Visiting".
_THE_SECTORS_OWN_FIELDS = {"justice", "health", "welfare", "visiting"}


#: A name's last word after "The" that makes it a tool, a document, a desk or line, or a body named before by its kind, not a
#: partner's own name: "The Duty Desk provides …", "The Continuum of Need provides …", "The Collaborative provides …".
_NOT_A_TITLED_PARTNERS_END = {
    "desk", "line", "app", "scorecard", "report", "self-assessment", "assessment", "framework", "guide", "guidance", "model", "plan",
    "policy", "strategy", "tool", "toolkit", "need", "needs", "threshold", "thresholds", "pathway", "protocol", "charter", "pledge",
    "offer", "directory", "portal", "website", "system", "database", "register", "dashboard", "approach", "review", "procedures",
    "collaborative", "consortium", "alliance", "agency", "company", "charity", "provider", "network",
    "individual", "gp", "consultant",  # posts by the words before them ("The Responsible Individual", "The Named GP", "The
    # Consultant …"), too common in partners' names elsewhere for ``_a_posts_word``
}


def _a_titled_partners_name(name: str) -> bool:
    """Whether a name after a clause's "The" is a partner's own ("The Zone provides …", "The Haven Wyre offers …"): no kind's
    word ("The Trust provides …", a body named before), no post ("The Clinical Psychologist supports …", "The Mayor provides
    …") and no tool, document or back-reference (``_NOT_A_TITLED_PARTNERS_END``)."""
    words = name.split()
    return not _ANY_HEAD_END.search(name) and not any(_a_posts_word(w) or _is_post(w) or _people(w) for w in words) \
        and words[-1].lower() not in _NOT_A_TITLED_PARTNERS_END \
        and not all(w.lower() in PHRASE_SECTOR or w.lower() in _WORDS_OF_THE_TRADE or w.lower() in PEOPLE_SERVED
                    or w.lower() in _CONNECTORS for w in words)  # (not "The Family Support provides …": the sector's words)


def _named_by_what_it_gives(name: str, clause: str, registry: BodyRegistry) -> bool:
    """Whether a name of one to four words as a clause's subject, then what it gives ("Brook offers sexual
    health advice", "Open Road offers specialist support"), is a partner's: the clause gives a service, not a
    system, and the name is a partner's own (``_a_partners_own_name``) or a word and its number (``_a_numbered_name``)."""
    words = name.split()
    if len(words) == 2 and words[1] in ("Housing", "Homes", "Accommodation") and _a_kind_of_housings_word(words[0]):
        return False  # "Social Housing helps families": a kind of housing, not a landlord
    if " in " in name and (_only_an_area((placed := name.split(" in ", 1))[1].split()) or council_for(placed[1]) is not None or all(
            w.lower() in PHRASE_SECTOR or w.lower() in _WORDS_OF_THE_TRADE or w.lower() in _FIELDS_OF_WORK or w.lower() in ING_NOUNS
            for w in placed[0].split())):
        return False  # "Relate in Anyford provides …": a brand and where it works; "Listening in Schools provides …": the work
        # and where it is done (but "Investing in Wyre supports …", "Wyreside Women in Need provides …")
    return _SERVICE_GIVES.search(clause) is not None and not _A_SYSTEM_CLAUSE.search(clause) and (
        _a_numbered_name(name, registry) if re.search(r"\s\d+$", name) else _a_partners_own_name(name, registry))


#: Words before a number that name a place in a building or an age, not a provider: "Ward 16 provides …", "Post 16 offers …"
#: (a stage's: ``_A_STAGE_FIRST``).
_A_PLACE_IN_A_BUILDING = re.compile(r"(?:Ward|Room|Floor|Block|Bay|Unit|Building|Wing|Post|Under|Over|Aged?|Ages)\s+\d")


def _a_numbered_name(name: str, registry: BodyRegistry) -> bool:
    """Whether one capitalised word and a number of two or three digits as a clause's subject are a provider's name ("Centre 44
    offers support", "Base 51 provides counselling"; not "Locality 3", "Team 4", a part numbered, nor "Vision 2030", a
    year): not a stage, a year or a law's part ("Year 11", "Section 17", ``_A_STAGE_FIRST``), a place in a building or an age
    ("Ward 16", "Post 16") nor a body the report names already."""
    return re.fullmatch(r"[A-Z][a-z]+ \d{2,3}", name) is not None and not _A_STAGE_FIRST.match(name) \
        and not _A_PLACE_IN_A_BUILDING.match(name) and not _NOT_A_SERVICE_NAMED.search(name) \
        and registry.lower_aliases.get(name.lower()) is None


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
            or words[0].lower() in _NOT_PARTNER_START or all(_a_place_or_point(w) or w in ("and", "of", "the", "by") for w in words):
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
            and not any(w in _TITLES_PREPOSITIONS for w in words[1:]) \
            or any(w in _NEVER_A_PARTNER_WORD for w in words) \
            or _no_new_partners_name(name, words, registry) or _opens_sentence(words[0]) or _POSSESSIVE.search(name) \
            or any(_singular_head(low) in PHRASE_HEADS or low in _FUNDS for low in lowered) or lowered[-1] in _PEOPLE_AT_WORK \
            or re.search(r"\b(?:Council|Borough|County|Authority|Government|Department|Ministry|Services?)\b", name) \
            or re.search(r"\bEngland\b", name) and not re.search(r"\b\w+ \w+ of England$", name) \
            or _NOT_A_SERVICE_NAMED.search(name):
        return False  # (but "Wyre Heart of England": a region's name in a partner's, not a nation's body, "NHS England", nor
        # "the Rest of England")
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


def _a_town_worked_in(words: list[str]) -> bool:
    """Whether the capitalised words after a body's "in" are where it works: a council's name, a place's words, or one or
    two words of no kind ("Crewe"; not "Mental Health in Schools", "Health in Mind", "… in Practice": the name's own)."""
    big = [w for w in words if w not in ("and", "upon", "on")]
    return council_for(" ".join(words)) is not None or all(w in _place_name_words() for w in big) \
        or len(big) <= 2 and "and" not in words and not any(
            w.lower() in PHRASE_SECTOR or w.lower() in PHRASE_HEADS or _singular_head(w.lower()) in PHRASE_HEADS
            or w.lower() in _A_CHARITYS_SECOND_WORD or w.lower() in PEOPLE_SERVED or _generic_matches(w) for w in big)


#: What a service gives or whom it serves, in the clause after its name (not "Mosaic, which provides the case record").
_SERVICE_GIVES = re.compile(r"\b(?:support|help|therap\w*|counselling|advice|guidance|(?<!parenting )courses|advocacy|short\s+breaks|respite|provision|services?|mentoring|interventions?|outreach|"
                            r"activit\w+|groups?|sessions|hubs?|MASH|screening|assessments?|training|accommodation|supported\s+housing|tenanc\w+|lodgings|placements|refuges?|youth|"
                            + _WHOM_A_SERVICE_SERVES + r"|social\s+workers|practitioners)\b", re.IGNORECASE)


#: A name that is a day, a section of an Act, or a kind of therapy or work, not a service's: "Monday,
#: which …", "Section 17, which provides …", "Lego Therapy, which offers …".
_NOT_A_SERVICE_NAMED = re.compile(
    r"^(?:" + "|".join(_WEEKDAYS) + r")$|\b(?:Sections?|Parts?|Schedules?|Articles?|Regulations?|Rules?)\s+\d"
    r"|\b(?:[Tt]herapy|[Cc]ounselling|[Mm]entoring|[Cc]oaching|[Mm]ediation|[Tt]raining)$")
#: A clause saying the name is a computer system: "Liquidlogic, which provides the electronic record …".
_A_SYSTEM_CLAUSE = re.compile(r"\b(?:(?i:system|records?|database|software|electronic|digital|platform|apps?|portal)|IT)\b")
