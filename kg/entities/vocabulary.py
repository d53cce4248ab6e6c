"""The words and patterns the finders share: kinds of organisation and their ends, posts and people, what a
name describes, headings and sentence starts, places and brands, councils' styles."""
from __future__ import annotations

import re

from ..gazetteer import (
    council_for,
    councils,
    DESCRIBING,
    DESCRIBING_ENDING,
    DESCRIBING_NOUNS,
    GENERIC_BODIES,
    HEAD_AS_MODIFIER,
    HEADS,
    ING_NOUNS,
    LEADING_NON_NAME,
    LY_NAME_WORDS,
    MEMBERS_BEFORE_A_BOARD,
    NATIONAL_BODIES,
    PEOPLE_QUALIFIERS,
    PEOPLE_SERVED,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    police_force_for,
    SENTENCE_OPENERS,
    THE_COUNCILS,
)
from ..model import ALL_GRADES
from ..statistics import NUMBER_WORDS
from .text import _AREA_WORDS, _COMPASS, _only_an_area, _singular_head
from .registry import _CONNECTORS, _Found
from .scan import _HEADS
from .kinds import _A_TIME, _ANY_HEAD_END, _generic_matches, _MONTH_NAMES, _place_name_words, _SHORT_MONTH_NAMES, _WEEKDAY

#: Heads that end a name only after a council's: "Anyshire Fostering" is the council's service by its brand;
#: "Kinship Fostering", "After Adoption" are a kind of care and a charity's name.
_BRAND_HEADS_AFTER_A_COUNCIL = re.compile(r"Fostering|Adoption")
#: The kind words that end an organisation's name, not a team's or a group's title ("the SEND and Inclusion Team").
_ORGANISATION_ENDS = r"NHS (?:Foundation )?Trust|Foundation Trust|Police|Constabulary|Clinical Commissioning Group|Integrated Care Board|Hospitals?|Healthcare"
#: An organisation's kind word ending a name, after a short form and "and" ("… and Anyford CCG", "… and Wyre College"):
#: the ends above, a commissioner's short form, a college's, a women's aid's.
_AN_ORGANISATIONS_END = re.compile(rf"\b(?:{_ORGANISATION_ENDS}|CCG|ICB|College|Women['’]s Aid)$")
#: A body's short form of two capitals or more, some in lower case: "CLCH", "WyDaSH", "SLaM".
_A_BODYS_SHORT_FORM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}")


def _a_bodys_short_form(word: str) -> bool:
    """Whether a word is a body's short form ("CLCH", "WyDaSH", "TEWV"), not one of the trade's ("CSE", "SEND")."""
    return _A_BODYS_SHORT_FORM.fullmatch(word) is not None and word not in _TRADE_SHORT_FORMS
_HEAD_RES = [(re.compile(rf"^(.*?)\b({head})$"), body_type, kind) for head, body_type, kind in HEADS]
#: A national body's whole name: where "and" ends one before another name starts.
_NATIONAL_WHOLE = re.compile("|".join(f"(?:{k.pattern})" for k in NATIONAL_BODIES), re.IGNORECASE)
#: The words that give a body another name: "known as", "known locally as", "referred to as", "called".
_KNOWN_AS = (r"(?:known\s+(?:locally\s+|internally\s+|collectively\s+)?as|known\s+by\s+its\s+(?:acronym|initials)|(?:re)?branded\s+as|relaunched\s+as"
             r"|referred\s+to\s+(?:(?:locally|widely|internally)\s+|(?:by|across|in|within)\s+(?:[\w’'-]+\s+){1,3}?)?as|called|named)")
# ("referred to by professionals as the RVP", "referred to across Wyreshire as VWMT")
#: A word of a phrase: a quoted name, an age range ("0–19", "16-25"), a word, or one other character.
_PHRASE_TOKEN = re.compile(r"[‘'][^‘’'\n]{1,40}[’']|(?<!\d)(?!1 to 1\b)\d{1,2}(?:[–-]\s{0,2}| to )\d{1,2}s?\+?(?![\d–-])|(?<![\d.,])\d{1,2}\+(?![\d+])|[A-Za-z0-9][A-Za-z0-9'’/&-]*|[^\sA-Za-z0-9]")


#: The last word before "services" of a department's name for its children: "Children's Services",
#: "Children and Young People's Services", "Family and Children's Services".
_FOR_CHILDREN_WORDS = {"children's", "children’s", "people's", "people’s"}


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


def _department_name_goes_on(text: str, end: int) -> bool:
    """Whether a department's name ending at ``end`` goes on into another name or a title: a capital,
    a kind word or a post's word next ("Children's Services Improvement Board", "… programme", "…
    commissioners")."""
    after = re.match(r"\s+([\w’'-]+)", text[end : end + 40])
    if after is not None and re.sub(r"['’]s$", "", after.group(1).lower()) == "directorate" \
            and not _department_name_goes_on(text, end + after.end()):
        return False  # "the Children's Services directorate": the department by its kind (but "the Children's Services Directorate
        # Management Team" goes on)
    return after is not None and (after.group(1)[:1].isupper() or _singular_head(after.group(1).lower()) in PHRASE_HEADS
                                  or after.group(1).lower() in HEAD_AS_MODIFIER or _TITLE_AFTER_DEPARTMENT.fullmatch(after.group(1)) is not None)


#: Words after a department's name that make it part of a title or an event: "Children's Services
#: commissioners", "… inspection", "… directors".
_TITLE_AFTER_DEPARTMENT = re.compile(r"(?:commissioner|inspection|inspector|director|leader|manager)s?", re.IGNORECASE)
#: A count of teams before their name: "two family support and child protection teams".
_TEAM_COUNTS = "|".join(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 10) + r"|\d{1,2}"


#: How often a standing body meets, the words before its name.
_FREQUENCIES = "daily|weekly|fortnightly|monthly|quarterly"


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


#: Kinds of organisation in the plural, which a name or an acronym before them qualifies: "GP practices", "NHS trusts".
_PLURAL_ORGANISATIONS = {"practices", "surgeries", "schools", "colleges", "academies", "nurseries", "trusts", "hospitals", "pharmacies",
                         "providers", "agencies", "charities", "churches", "mosques", "clubs", "councils", "forces"}


def _a_heading(words: str) -> bool:
    """Whether capitalised words before a title's "The" are a report's heading run into it ("Fostering")."""
    return all(w.lower() in _HEADING_WORDS for w in words.split())


def _is_a_kind(phrase: str) -> bool:
    """Whether ``phrase``, whole, is a generic kind ("duty teams", "fostering services")."""
    return any(f.start == 0 and f.end == len(phrase) for f in _generic_matches(phrase))


def _whole_generic(phrase: str) -> _Found | None:
    """The generic kind with a name of its own that ``phrase`` is, whole ("adoption service"), or
    None (none, or one named as written: "early help service")."""
    return next((f for f in _generic_matches(phrase) if f.start == 0 and f.end == len(phrase) and f.key_name), None)
#: Meetings about one child's case: events, not standing bodies, however multi-agency.
_CASE_MEETINGS = {"core", "strategy", "review", "reviews", "planning", "professionals", "professionals'", "network",
                  "case", "transfer", "discharge"}
_MONTHS = re.compile(rf"\b{_MONTH_NAMES}\b")
#: A children in care council's own word, care run into a digit: "the Care4us council", as the proper names' finder reads
#: "the Care4us Council".
_CARE_DIGIT = r"care\d"
_POSSESSIVE = re.compile(r"['’]s$")
#: "the …", "the board's …", "its own …": one project a report knows by what it does ("the young carers project";
#: "a theatre project" is only a kind).
_AN_OWNER = r"(?:\bthe|['’]s|\b(?:its|their)\s+own)\s+"
#: The council's possessive as a report writes it (the gazetteer's ``THE_COUNCILS``).
_THE_COUNCILS = THE_COUNCILS
#: The council's possessive word alone, in lower case (after "the"): "council's", "city's".
_A_COUNCILS_WORD = r"(?:council|authority|borough|county|city)['’]s"
#: A person whose possessive says whose a body is: "the principal social worker's practice forums".
_ONE_PERSON = {"worker", "nurse", "doctor", "adviser", "advisor", "coordinator", "co-ordinator", "mayor"}
#: Bodies whose possessive says whose a body is: "the board's … group", "the council's … team", "the
#: Government's … programme" (the owner a body of its own, or none a report names).
_WHOSE = {"board", "partnership", "council", "authority", "lscb", "trust", "service", "panel", "county", "borough", "city",
          "government", "department", "ministry", "office", "agency", "force", "police", "constabulary", "hospital",
          "charity", "provider", "company", "icb", "ccg", "team", "hub", "town", "area", "region", "district", "locality",
          "island", "islands"}  # ("the island's specialist domestic abuse service": the Isle of Wight's, as "the county's")


#: A name's word run into a participle of what a body did to another: "NSPCC-funded", "Education-funded", "Ofsted-registered".
_A_BODYS_PARTICIPLE = re.compile(r"[A-Z][\w’'&]*-(?:funded|led|run|commissioned|managed|hosted|registered|appointed|backed|sponsored)")


def _describes(token: re.Match[str]) -> bool:
    """A word in lower case (or a sentence's first) that only says what something is like:
    "clear", "valuable", "child-focused", "consistent" (not "independent", "parent", "fostering",
    nor "quality" in "quality assurance")."""
    word = token.group(0).strip("‘’'")
    if _A_BODYS_PARTICIPLE.fullmatch(word):
        return True  # "an NSPCC-funded project", "a Department for Education-funded pilot": who funds it, a body of its own
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
    "rough": re.compile(r"\s+sleep(?:ing|ers?)\b", re.IGNORECASE),  # "the homelessness and rough sleeping team"
    # the council's teams by how long they work with a family: "the long-term social work teams", "the short-term
    # intervention teams" (not "long-term support")
    "long-term": re.compile(r"\s+(?:(?:social\s+work|intervention|support)\s+)?teams?\b", re.IGNORECASE),
    "short-term": re.compile(r"\s+(?:(?:social\s+work|intervention|assessment)\s+)?teams?\b", re.IGNORECASE),
    "systemic": re.compile(r"\s+(?:family\s+)?therapy\b", re.IGNORECASE),  # "the systemic family therapy team"
    "serious": re.compile(r"\s+(?:(?:case|incident)\s+reviews?|youth\s+violence)\b", re.IGNORECASE),  # "the serious case review sub-group"
    "fair": re.compile(r"\s+access\b", re.IGNORECASE),  # "the fair access panel": schools' places
    "access": re.compile(r"\s+(?:team|service)\b", re.IGNORECASE),  # "the access team": a front door's, by its work
    # "the single assessment team": the team of the single assessment that replaced initial and core assessments (not
    # "a single team", "a single assessment of need")
    "single": re.compile(r"\s+assessment\s+(?:team|service|unit)s?\b", re.IGNORECASE),
    # "the stronger families hub", "the stronger families programme": the title councils gave their troubled families work
    "stronger": re.compile(r"\s+families\s+(?:hub|team|service|programme|project|panel)s?\b", re.IGNORECASE),  # (not "a
    # stronger family service", a comparison)
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


def _describes_only(text: str) -> bool:
    tokens = [t for t in _PHRASE_TOKEN.finditer(text) if t.group(0)[:1].isalnum()]
    return all(_describes(t) or t.group(0).lower() in _CONNECTORS or t.group(0).lower() in PHRASE_STOP for t in tokens)


def _only_sector(words: list[str]) -> bool:
    lowered = [w.lower() for w in words]
    if any(lowered[i] == "in" and lowered[i - 1] in ("children", "child") and lowered[i + 1] == "care"
           for i in range(1, len(lowered) - 1)):
        return False  # "children in care": a term of the trade, as "looked after children" is
    return all(w.lower().strip("‘’'") in PHRASE_SECTOR or w.lower() in _CONNECTORS for w in words)


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


#: Functions a council lists in one unit's name besides a sub-group's works (``_SUBGROUP_WORK``), with quality assurance or
#: with the support it gives: "the safeguarding, standards and quality assurance unit", "the commissioning, contracts and
#: quality assurance team", "the safeguarding, assessment and support team".
_FUNCTIONS_BESIDE_ASSURANCE = {"standards", "contracts", "complaints", "compliance", "resources", "information", "data", "business",
                               "inspection", "assessment", "support", "intervention"}


#: Words that are verbs after "to" and may be nouns elsewhere ("the approach team").
_VERBS_AFTER_TO = {"approach", "fund", "staff", "resource", "house", "host", "focus", "protect", "support", "review", "reconfigure",
                   "share", "list", "plan", "map", "target", "test", "shape", "join", "link", "match", "run"}


#: Small words a title keeps between capitalised words ("Learning by Doing", "Voices for Change").
_SMALL_IN_TITLES = {"by", "with", "to", "on", "at", "for", "in", "of", "and", "from", "a", "the"}
#: A sentence about housing: where a one-word name before "Homes" is a landlord's ("tenancies with Wyrex Homes").
_HOUSING_CONTEXT = re.compile(r"\b(?:housing|tenanc(?:y|ies)|tenants?|landlords?|nominations?|lettings?|flats|lodgings|properties|homeless(?:ness)?"
                              r"|(?:suitable|temporary|supported)(?:\s+and\s+[a-z-]+)?\s+accommodation"
                              r"|evictions?|bed\s+and\s+breakfast)\b",
                              re.IGNORECASE)


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


def _a_kind_of_housings_word(word: str) -> bool:
    """Whether a word before "Housing" or "Homes" says what kind of housing it is ("Supported Housing", "Social Housing",
    "Temporary Accommodation"), not whose: no landlord's name."""
    return word.lower() in DESCRIBING or word.lower() in PHRASE_SOFT_STOP or word.lower() in _HOUSING_KINDS


#: The sentence's verb after a short form's bracket: "Wyre Action (WA) supports voluntary groups".
_VERB_BETWEEN = re.compile(r"\s*(?:supports|provides|offers|delivers|runs|works|helps|leads|meets|brings|has|had|is|was|are|were|gives|holds"
                           r"|manages|oversees|co-?ordinates|funds|commissions|hosts|chairs|reviews|receives|sees|takes|makes|covers|serves"
                           r"|trains|employs|have|attends|attend|convenes|facilitates|organises|arranges|considers|discusses|continues|remains|also|now|share|shares|jointly|together|both|commission|fund|run|provide"
                           r"|deliver|offer|support|lead|oversee|manage|host|employ)\s", re.IGNORECASE)


#: A local safeguarding board's or partnership's short form: "LSCB", "WSCB", "KSCP".
_SAFEGUARDING_BOARDS_SHORT_FORM = r"[A-Z]{0,3}SC[BP]"


def _a_kind_of_homes_word(word: str) -> bool:
    """Whether a word names a kind of home or of housing ("Foster", "Children's", "Supported"), not a landlord's own."""
    return word.lower().replace("’", "'").removesuffix("'s") in _KINDS_OF_HOME | _HOUSING_KINDS


def _a_kinds_plural(short: str) -> bool:
    """Whether a short form in brackets is a kind's plural ("CCGs", "IROs"): after two names, it names both."""
    return short.endswith("s") and short[:-1] in _GENERIC_ACRONYMS


#: Words of reach that tell one standing body from another of the same work: "the external
#: provision panel" (beside the internal one), "the national practice review panel" (not the area's).
_REACH = {"external", "internal", "national", "regional", "strategic", "operational"}


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}s?")
#: A short form alone, no plural: "CAMHS", not "IROs".
_ACRONYM_LED = re.compile(r"[A-Z]{2,6}")


#: The sector's words that name a body of their own before "and": "the council and youth offending team".
_BODIES_OF_THE_SECTOR = {"council", "authority", "police", "health", "school", "schools", "partner", "partners", "agency", "agencies",
                         "provider", "providers", "lscb", "board", "scb", "scp", "nhs", "hospital", "hospitals", "courts", "court"}
#: Prepositions of place that open a sentence before where it is, in lower case: "Within Anyford, the …", "In Wyre, …".
PLACE_OPENERS = frozenset({"within", "across", "in", "throughout", "around", "outside", "beyond"})
#: A kind and "of" right before a name: "College of " of "the College of Anyford and Wyre Start, the council's …", whose
#: place ends at its "and".
_KIND_OF_BEFORE = re.compile(r"\b(?:College|University|Institute|Department|Office)\s+of\s+$")
#: "and the" before a capital: another body starts.
_AND_ANOTHER = re.compile(r",?\s+and\s+[Tt]he\s+(?=[A-Z])")
_GENERIC_ACRONYMS = frozenset(a for kind in GENERIC_BODIES for a in kind.acronyms)
_NATIONAL_ACRONYMS = frozenset(a for kind in NATIONAL_BODIES for a in kind.acronyms)


#: Inspections a report names by their short form, before the body they looked at ("following the JTAI the …").
_INSPECTIONS_BY_SHORT_FORM = frozenset({"JTAI", "ILACS", "SIF"})


#: A month's short form: "On 21 Sept Anyford Council …".
_A_SHORT_MONTH = re.compile(rf"{_SHORT_MONTH_NAMES}\.?")


def _not_a_name_word(word: str) -> bool:
    """Whether a capitalised word opening a run is no name's: a time (a month's short form too), a short form of an event
    ("JTAI"), or a sentence's word ("In", "Following")."""
    return bool(_A_TIME.fullmatch(word) or _WEEKDAY.fullmatch(word) or _A_SHORT_MONTH.fullmatch(word)) \
        or word in _INSPECTIONS_BY_SHORT_FORM \
        or (word.lower() in LEADING_NON_NAME or _opens_sentence(word)) and word.lower() not in _NAME_ADJECTIVES  # ("the New Roads Service")
#: "The" inside a capitalised run, not after a small word of a title ("Children of The …"): a new name starts.
_THE_INSIDE_RUN = re.compile(r"(?<!\bof)(?<!\bfor)(?<!\band)(?<!\bto)(?<!\bin)(?<!\bat)(?<!\bon) The (?=[A-Z])")


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


#: A title's first word and "a" between "the" and the rest of its capitals: "the Make a Noise Council", "the Give a Hand project".
_TITLE_WITH_A_BEFORE = re.compile(r"\b[Tt]he ([A-Z][a-z]+) an? $")
#: A title's first words, capitalised, and "a" before a name, no "the" before them: "Every Child a " of "Every Child a
#: Singer", "Give a Child a " of "Give a Child a Home".
_TITLES_WORDS_AND_A_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z]+\s+(?:an?\s+)?){0,2}[A-Z][a-z]+\s+)an?\s+$")


def _title_with_a_before(text: str, at: int, without_the: bool = False) -> re.Match[str] | None:
    """A title's first word and "a" between "the" and ``at`` ("Make a " of "the Make a Noise Council"), or None; with
    ``without_the``, also up to three first words and "a" with no "the" before them ("Every Child a " of "Every Child a
    Singer, the council's music programme"), where none is a sentence's opener nor a place's or a time's word. The
    title's first word is the match's first group."""
    titled = _TITLE_WITH_A_BEFORE.search(text, max(0, at - 24), at)
    if titled is not None and _a_titles_first_word(titled.group(1)):
        return titled
    if not without_the:
        return None
    titled = _TITLES_WORDS_AND_A_BEFORE.search(text, max(0, at - 30), at)
    return titled if titled is not None and not _opens_sentence(titled.group(1).split()[0]) \
        and all(_a_titles_first_word(w) for w in titled.group(1).split() if w not in ("a", "an")) else None


def _a_titles_first_word(word: str) -> bool:
    """Whether a capitalised word between "the" and "a" may open a title ("Make" of "the Make a Noise Council"): not an
    area's, a place's or a time's word ("In the North a Youth Offending Service team …", "Across the County a …")."""
    return word.lower() not in _AREA_WORDS and word not in _PLACE_STYLE_WORDS and word not in _place_name_words() \
        and council_for(word) is None and not _A_TIME.fullmatch(word)
#: A kind named by its place after "of": "the Diocese of Wyre", "the University of Anyford".
_KIND_OF_PLACE = re.compile(r"(?:The\s+)?(?:Diocese|University|College)\s+of\s+[A-Z]")


def _opens_sentence(word: str) -> bool:
    """A sentence's connective, adverb or preposition ("Meanwhile", "Recently", "Locally", "Later"),
    never a name's first word where it opens the sentence (``SENTENCE_OPENERS``, ``LY_NAME_WORDS``)."""
    lowered = word.lower()
    return lowered in SENTENCE_OPENERS or (len(lowered) > 4 and lowered.endswith("ly") and lowered.isalpha()
                                           and lowered not in LY_NAME_WORDS and word not in _place_name_words())  # ("Scilly")


def _at_sentence_start(text: str, position: int) -> bool:
    """Whether nothing but a sentence's end (or a list's bullet, a paragraph's number, a line's
    end) comes before ``position``. Read back over the spaces only: a search for a pattern ending
    in a line end and spaces, from the text's start, is quadratic in a long run of line ends."""
    start = position
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start == 0 or text[start - 1] in ".!?:;•" or "\n" in text[start:position]
_NAME_ADJECTIVES = {"new", "local", "joint", "community", "regular", "quarterly", "monthly", "senior", "main"}


def _a_whole_body(words: str) -> bool:
    """Whether ``words`` are a police force's, a council's or a national body's whole name."""
    return police_force_for(words) is not None or council_for(words) is not None or _NATIONAL_WHOLE.fullmatch(words) is not None
#: Lower-case words after a capitalised run that make it part of the name of an event or a way of working.
_EVENTS = r"conferences?|conferencing|meetings?"


def _council_named_with_and(place: str, after: str) -> str:
    """The words after "and" (``after`` starts with them) that make ``place`` and them a council's name
    with its own "and" ("Anyford" and "Wyre …" where "Anyford and Wyre" is a council), the longest of up
    to three capitalised words; "" where none do."""
    words = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", after)
    words = words.group(0).split() if words else []
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if council_for(f"{place} and {' '.join(words[:n])}")), "")


#: One person's post opening a run of capitals, then "for" or "of" and what it leads: "Corporate Director for …", "The Head
#: of …", "Designated Officer for …" (posts in the plural name groups of them: "the Heads of Service Panel").
_A_POST_FOR = re.compile(r"(?:(?:The|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+){0,3}?(?:"
                         + "|".join(sorted(role.capitalize() for role in PHRASE_ROLES if not role.endswith("s")))
                         + r")\s+(?:for|of)\s+(?:the\s+)?")


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
_PLACE_STYLE_WORDS = {"City", "County", "Borough", "Royal", "Council", "NHS", "Greater", "Metropolitan", "District", "London", "Of"}
#: How a council styles itself: before its place's name ("the Royal Borough of …", "the Council of the
#: …") and after it ("… Metropolitan Borough Council"); one list for finding the styles and writing them.
_STYLES_OF = ("London Borough", "Royal Borough", "Metropolitan Borough", "City", "County", "Borough")
_STYLES_COUNCIL = ("Metropolitan Borough", "Metropolitan District", "Borough", "City", "County", "District")


#: Bodies whose name has its kind first and a place or a subject after it, named as written:
#: "the University of Anyshire", "the College of North Wyre", "Wyre College of Technology", "New
#: College Wyre"; a police and crime commissioner and his office ("the Office of the Police and
#: Crime Commissioner for Anyshire", "the Mayor's Office for Policing and Crime (MOPAC)"); a
#: place's public health service ("Public Health Anyshire").
_PLACE_WORDS = r"[A-Z][a-z]+(?:(?:-upon-|-on-|-| )[A-Z][a-z]+|(?: of(?: the)?) [A-Z][a-z]+){0,3}(?![’'\w])"
#: Words after "<place> Health and Care" that make it the area's system of care, no provider: "the Anyshire Health and Care
#: system", "… partners", "… strategy".
_A_SYSTEMS_WORDS = ("system|systems|economy|sector|partners?|partnership|leaders?|leadership|strategy|strategies|plans?|board"
                    "|programmes?|workforce|services?|organisations?|providers?|commissioners?|integration|landscape")
_INSTITUTIONS = (
    (re.compile(rf"\b(?<!Royal )University of (?:the )?{_PLACE_WORDS}|\b(?<!Royal )College of (?!Policing\b|Further\b|Higher\b){_PLACE_WORDS}"
                rf"|\b(?:[A-Z][a-z]+ ){{1,2}}College of (?!Policing\b|Further\b|Higher\b){_PLACE_WORDS}|\b(?:New|City|Central) College {_PLACE_WORDS}"),
     "PartnerOrganisation", "College"),
    (re.compile(rf"(?:\b(?:the )?[Oo]ffice of the )?(?P<area>\b[A-Z][a-z]+(?: and [A-Z][a-z]+| [A-Z][a-z]+){{0,2}} )?"
                rf"\b(?:[Pp]olice,? [Ff]ire and|[Pp]olice and) [Cc]rime [Cc]ommissioner\b(?!s)(?:['’]s [Oo]ffice)?"
                rf"(?: for (?:the )?(?P<area_after>{_PLACE_WORDS}))?|\bMayor['’]s Office for Policing and Crime"), "PartnerOrganisation", "GovernmentAgency"),
    # a commissioner's office named by the area it serves alone: "the Office of the Anyshire Commissioner" (the area's
    # policing and crime commissioner under another title; not "the Office of the Information Commissioner", no place)
    (re.compile(rf"\b[Oo]ffice of the (?P<place>{_PLACE_WORDS}) Commissioner\b(?!['’])"), "PartnerOrganisation", "GovernmentAgency"),
    (re.compile(rf"\bPublic Health (?P<place>{_PLACE_WORDS})"), "HealthBody", "HealthBody"),
    # a provider of children's community health named with its area after "Health": "Children and Family Health Wyre"
    (re.compile(rf"(?<!, )\b(?:(?!(?:Public|Police|Constabulary|Trust|NHS|Foundation|Council|Services?|Board|Partnership|Health"
                rf"|Care|Adult|Adults|Social|Mental)\b)[A-Z][\w’']*\s+(?:and\s+)?){{1,4}}Health (?P<place>{_PLACE_WORDS})"), "HealthBody", "NHSTrust"),
    # (no other body's kind word among its words, nor a field's: not "… Police and Children and Family Health Wyre", "Adult
    # Social Care and Mental Health Wyre"; not inside a list: "Children, Families and Health Wyre")
    # NHS England's local team (2013–2016) by its areas listed with commas: "NHS England Anyshire, Wyre and Vale Area Team",
    # "NHS England Anyshire and the South Wyre Area Team",
    # or in lower case: "the NHS England Anyshire area team", or with NHS England after it, a body of its own: "the
    # Anyshire, Wyre and Vale area team of NHS England" (its areas a place's word among them and no body's name:
    # ``_institution_matches``)
    (re.compile(r"\bNHS England [A-Z][\w'’-]*(?:,? (?:and (?:the )?)?[A-Z][\w'’-]*){1,6} (?:Area|Local) Team\b"
                r"|\bNHS England [A-Z][\w'’-]*(?:,? (?:and (?:the )?)?[A-Z][\w'’-]*){0,6} (?:area|local) team\b"
                r"|(?<=\b[Tt]he )(?P<areas>[A-Z][\w'’-]*(?:,? (?:and )?[A-Z][\w'’-]*){0,6}) (?:[Aa]rea|[Ll]ocal) [Tt]eam(?= of NHS England\b)"),
     "HealthBody", "HealthBody"),
    # a provider of community health named by its place: "Anyshire Health and Care" (not before more capitals, "the Anyshire
    # Health and Care Partnership", nor before a word of the area's system of care, "the Anyshire Health and Care system")
    (re.compile(rf"\b(?P<place>{_PLACE_WORDS}) Health and Care\b(?!\s+[A-Z]|\s+(?:{_A_SYSTEMS_WORDS})\b)"), "HealthBody", "HealthBody"),
    # a hospital named by its university and its place: "University Hospital Wyre", "the University Hospital of North Anyshire"
    # (its place whole: not "… of North" of "the University Hospital of North Tees and Hartlepool")
    (re.compile(rf"\bUniversity Hospitals? (?:of )?(?P<place>{_PLACE_WORDS})(?!\s+(?:and\s+)?[A-Z])"), "HealthBody", "Hospital"),
    # places of custody, named by their kind and place: "HMYOI Wyre", "Anyford Secure Training Centre", "HMP Wyre Park" (a
    # prison's mother and baby unit, its staff planning with social workers)
    (re.compile(rf"\b(?:(?:Her|His) Majesty['’]s |HM )?(?:Young Offender Institution|Secure Training Centre) {_PLACE_WORDS}"
                rf"|\bHM(?:YOI|P) {_PLACE_WORDS}|\b(?:[A-Z][a-z]+ ){{1,2}}(?:Young Offender Institution|Secure Training Centre|Secure Children['’]s Home)\b"),
     "PartnerOrganisation", "PartnerOrganisation"),
)


#: A police unit named in lower case by its work after "the police": "the police child sexual
#: exploitation team", "the police missing from home team" (a term of the trade's "from" allowed).
_POLICE_UNIT = re.compile(r"\b[Tt]he (?P<force>police) "
                          r"(?P<work>(?:missing from home|[a-z][a-z-]+)(?: (?:missing from home|[a-z][a-z-]+)){0,4}?) (?P<head>team|unit)s?(?![\w’'-])"
                          r"|\b[Tt]he (?P<force_titled>police) (?P<title>(?:[A-Z][a-z-]+ ){1,4}(?:Team|Unit))(?![\w’'-])")
#: The same, its words perhaps joined by its own "and" or "of" ("Wyre and Anyshire Constabulary", "City of London Police"), where the name is looked up
#: whole and must end where a kind begins or open a longer name (a search for a unit after it keeps ``_FORCE_NAME``: with
#: "and", "Health and Wyre Police" would hide the force after it).
_FORCE_NAME_WITH_AND = r"(?!The\b)(?:[A-Z][\w&'’-]*\s+(?:(?:and|of)\s+)?){1,3}(?:Police|Constabulary)"
#: "of" and a force's name after a unit's kind: " of Anyshire Constabulary", " of the Metropolitan Police Service".
_OF_A_FORCE = rf"\s+of\s+(?:the\s+)?(?P<force>{_FORCE_NAME_WITH_AND}(?:\s+Service)?)"
#: The work a board's sub-group is for.
_SUBGROUP_WORK = {
    "training", "development", "learning", "improvement", "performance", "quality", "assurance", "audit", "policy",
    "policies", "procedures", "communication", "communications", "health", "education", "exploitation", "missing",
    "neglect", "practice", "workforce", "scrutiny", "monitoring", "evaluation", "safeguarding", "engagement",
    "participation", "review", "reviews", "case", "serious", "and", "child", "sexual", "criminal", "abuse", "domestic",
    "protection",
}


_UNIT_FUNCTIONS = frozenset(_SUBGROUP_WORK | _FUNCTIONS_BESIDE_ASSURANCE)  # (see ``_FUNCTIONS_BESIDE_ASSURANCE``)


#: Words for the parts of an area that name themselves before a kind: "the locality early help teams", "the district …".
_AREA_PART_WORDS = ("locality", "localities", "district", "neighbourhood", "patch")
#: Those, "area" and "town", in lower case before a board's kind: "the district children's trust partnerships", "the
#: locality safeguarding groups" are the parts' own, not the council's board.
_PARTS_OF_AN_AREA = {*_AREA_PART_WORDS, "area", "town"}
#: Those, a region's, a borough's and a ward's: the words of a place's parts ("the North Locality", "Anyford Borough").
_PLACES_PARTS = _PARTS_OF_AN_AREA | {"region", "borough", "ward"}


#: A word for whom a board's own version is made of, right before its short form: "the Junior LSCB".
_MEMBERS_BEFORE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, MEMBERS_BEFORE_A_BOARD), key=len, reverse=True))
                             + r")\s+$", re.IGNORECASE)


#: Words after a bare "cluster" that make it others' word or a verb: "… cluster schools", "… cluster GP practices", "…
#: cluster together" (after its kind, "cluster" is the body's: "the Anyford PCT cluster managers").
_NOT_A_CLUSTER_AFTER = re.compile(r"\s+(?:GP\s+)?(?:schools?|staff|leads?|practices|members|partners|areas?|meetings?|groups?|heads?"
                                  r"|headteachers|managers|colleagues|together)\b")


#: A board's status before it, which a reader of a report of that time keeps in its name: "the
#: shadow health and wellbeing board", "the interim safeguarding partnership", "the council's shadow …" (the board,
#: not yet statutory).
_STATUS_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|its|their|[\w-]+['’]s)\s+(?:shadow|interim)\s+$", re.IGNORECASE)


#: How often a standing meeting, panel or board meets, which a reader keeps in its name: "the daily
#: multi-agency domestic abuse meeting", "the weekly allocations meeting", "the quarterly performance board".
_FREQUENCY_BEFORE = re.compile(rf"(?<![\w-])(?:{_FREQUENCIES})\s+$", re.IGNORECASE)


#: "strategic" or "operational" right before a board, panel or group: which of two on one work it is.
_REACH_BEFORE = re.compile(r"(?<![\w-])(?:strategic|operational)\s+$")


#: A point of the compass in lower case after an article or an owner, right before a name: "the east London adoption consortium".
_LOWER_COMPASS_POINTS = ("north", "south", "east", "west")
_LOWER_COMPASS_BEFORE = re.compile(rf"(?:\b(?:[Tt]he|an?)|['’]s)\s+(?P<point>{'|'.join(_LOWER_COMPASS_POINTS)})\s+$")
#: Words for the parts of an area a kind of team is split into, before its name: "the locality early help teams".
_PART_OF_AREA_BEFORE = re.compile(r"(?<!\b[Aa]cross\s)(?<!\b[Ii]n\s)(?<!\b[Ww]ithin\s)(?<!\b[Tt]hroughout\s)(?<!\bof\s)(?<!\b[Ee]ach\s)"
                                  r"(?:(?<![\w-])(?i:the|its|their|two|three|four|five|six|seven|eight|\d+)\s+(?P<part>area|areas)"
                                  rf"|(?<![\w-])(?P<named>(?i:{'|'.join(_AREA_PART_WORDS)})))\s+$")
#: Kinds of body whose possessive makes a team or service theirs, not the council's.
_OWNER_TYPES = ("HealthBody", "PartnerOrganisation")


def _name_pattern(more_words: int, small: str = "of|and|for|the|&|in") -> str:
    """A capitalised name of up to ``more_words`` words after its first (small words inside; not "… in 2015"), a word
    ending in "+" ("TIC+")."""
    return rf"(?:(?!(?:19|20)\d\d\b)[A-Z0-9][\w’'&@-]*\+?)(?:\s+(?:(?!(?:19|20)\d\d\b)[A-Z0-9][\w’'&@-]*\+?|(?:{small})(?![\w’'-]))){{0,{more_words}}}"


_NAME = _name_pattern(5)
#: A capitalised word's reach, opening a name: "Wyre-wide" of "the Wyre-wide Child Death Overview Panel".
_A_REACH = re.compile(r"[A-Z][\w’']*-wide")
#: A place's name and "-based" opening a name: "Anyford-based" of "the Anyford-based Wyre Trust", where it works, no word of
#: its name (where the word before "-based" is a place's: not "the Hospital-based Social Work Team").
_A_BASE = re.compile(r"(?P<place>[A-Z][\w’']*)-based")
#: What a unit may be based in, never a place: "the Hospital-based Social Work Team", "the Community-based Youth Service".
_BASES_NO_PLACE = {"hospital", "community", "school", "home", "family", "evidence", "hub", "practice", "strengths", "relationship",
                   "trauma", "place", "needs", "office", "clinic", "court", "area", "locality", "ward", "web", "faith", "site",
                   "team", "centre", "college", "university", "church", "campus", "county", "city", "borough", "district", "village",
                   "town", "street", "outreach", "skills", "asset", "assets", "value", "values", "risk", "attachment", "solution",
                   "solutions", "research", "activity", "project", "group", "peer", "youth", "health", "care", "land", "farm", "nature"}


def _a_base_place(word: str) -> bool:
    """Whether the word before "-based" is a place's (``_A_BASE``): any capitalised word but what a unit may be based in
    (``_BASES_NO_PLACE``), a town the reference holds or not."""
    return word.lower() not in _BASES_NO_PLACE
#: "Anyshire Connect, the multi-agency safeguarding hub," "Young Anyshire, the care leavers' centre"
#: "Adoption Anyshire Valley (AAV), a regional adoption agency": the name's own short form may come before the comma
_SHORT_FORM_IN_BRACKETS = r"\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,7}|[A-Z]{2,4} [A-Z][a-z]+)\)"  # (or initials and a word: "(MK Together)")
_DEFINED_BEFORE_COMMA = rf"(?:{_SHORT_FORM_IN_BRACKETS})?"
#: The same, compiled: a short form in brackets right after a name (" (FCIU)", "… directorate (CYPS)").
_ACRONYM_IN_BRACKETS = re.compile(_SHORT_FORM_IN_BRACKETS)
#: What opens the description after a name's comma: an article, or whose the body is ("Anyshire
#: Journeys, the local authority's commissioned emotional health service,").
_DESCRIPTION_OPENS = r"(?:the|a|an|our|its|their|the\s+(?:local\s+authority|council|borough|city|county|town|district|island|area|region|partnership|trust|company)['’]s)"


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|our|its|their)\s+$", re.IGNORECASE)


#: People a sentence may open with before a description of the council's own body ("Parents, the
#: council's early help service, health visitors and …": a list).
_PEOPLE_AT_START = {"parents", "carers", "families", "children", "partners", "staff", "leaders", "managers", "members",
                    "schools", "practitioners", "professionals", "residents", "councillors"}
#: Participles that go on describing a body after its kind: "a drop-in centre based in …".
_PARTICIPLES = "run|based|delivered|provided|commissioned|hosted|funded|led|managed|staffed|co-located|offering|providing|working|supporting|serving"


#: Two names joined by "and", each of capitalised words, described together by a plural kind.
_TWO_NAMES = re.compile(r"(?P<first>[A-Z][\w’'&@-]*(?:\s+[A-Z0-9][\w’'&@-]*)*)\s+and\s+(?P<second>[A-Z][\w’'&@-]*(?:\s+[A-Z0-9][\w’'&@-]*)*)")
#: The last word of a name given to a way of working, not to a body ("the Anyshire Family Approach").
_NOT_A_BODY_NAME = re.compile(r"\b(?:approach|model|framework|strategy|plan|practice|policy|process|tool(?:kit)?|pledge|offer|award)s?\W*$", re.I)


def _a_title_opening_with_a(name: str, words: list[str]) -> bool:
    """Whether a name of three words or more opening with "A" is a title in capitals, its "A" its own ("A Way Out, a charity",
    "the local charity A Way Out", "A Better Start Anyford, a lottery-funded programme"), not a sentence's article before a
    kind ("A Multi-Agency Safeguarding Hub, …")."""
    return len(words) >= 3 and words[0] == "A" and all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in words) \
        and words[-1][:1].isupper() and not _generic_matches(name) and not _NOT_A_BODY_NAME.search(name)


#: A place's name with its small word between hyphens: "Anyford-on-Sea", "Wyre-under-Vale".
_HYPHENATED_PLACE = r"[A-Z][a-z]+(?:-(?:on|upon|under|le|by|super)-[A-Z][a-z]+)?"
_BRANDS_WITH_A_PLACE = r"(?:YMCA|Home-Start|Citizens Advice|Age UK|Carers Trust|Healthwatch|(?:Community and )?Voluntary Action|HeadStart|Mind in)"
#: A national charity's local branch, named by its brand and its place: "YMCA Anyshire", "Anyshire Mind",
#: "Mind in Anyford", "Carers Trust Wyre", "Community and Voluntary Action Wyre" (a council for voluntary service's brand).
_BRAND_AND_PLACE = re.compile(r"\b(?:" + _BRANDS_WITH_A_PLACE + r"\s+"
                              r"(?P<place>" + _HYPHENATED_PLACE + r"(?:\s+(?:(?:and|&|of)\s+(?!" + _BRANDS_WITH_A_PLACE + r"))?"
                              + _HYPHENATED_PLACE + r"){0,3})"
                              r"|(?P<place_before>(?!Mind\b)[A-Z][a-z]+(?:\s+(?:(?:and|&)\s+)?(?!Mind\b)[A-Z][a-z]+){0,3})\s+(?:Mind|(?<=\s)Mencap))\b")


#: The end of an organisation's or an NHS trust's name (not a council's team or service).
_ORGANISATION_OR_TRUST_END = re.compile(r"\b(?:Trust|Foundation|Charity|Limited|Ltd|College|University|Partnership|Group|CIC)$")


def _a_brand_and_its_place(name: str) -> bool:
    """Whether a name is a national charity's brand, then the place of its local branch ("YMCA Wyreshire",
    "Home-Start North Anyford"), or the place, then the brand ("Anyshire Mind"), and nothing more ("YMCA Wyreshire and
    Anyford" names a wider place)."""
    branch = _BRAND_AND_PLACE.fullmatch(name)
    place = branch and (branch.group("place") or branch.group("place_before"))
    return bool(place) and " and " not in place
#: Brands whose local branches are not charities: HeadStart's are a national programme's local ones.
_BRAND_KINDS = {"HeadStart": ("Service", "Programme")}
_TRAILING_SMALL = re.compile(r"(?:\s+(?:for|of|and|in|the))+$")
#: A charity's word second in its name, after a word that opens people's posts and the council's work as often
#: ("Child Action North Wyre", "Children Aid Wyre", "Young Carers Society"; not "Family First", "Children Together").
_A_CHARITYS_SECOND_WORD = {"action", "aid", "society", "foundation", "charity", "lives", "association", "fellowship", "cares", "mind"}
#: A name's word, "by" and the word again: "Stone by Stone", "Bit by Bit" (a run of capitals through its "by").
_A_WORD_BY_ITSELF = r"(?P<{0}>[A-Z][a-z]+)\s+by\s+(?P={0})\b"  # (formatted with a group's name, one for each use)
#: A name after "works (closely) with" (or "links with", "a partnership with"): a partner, where the name is one's own
#: (``_a_partners_own_name``) and the clause's punctuation or small word follows it ("works closely with Torus to …", "…
#: with Centrepoint and St Basils, …").
_WORKS_WITH_A_NAME = re.compile(r"\b(?:works?|working|worked|links|[Pp]artnerships?)\s+(?:(?:closely|well|effectively|jointly|together)\s+)?with\s+(?:the\s+)?[‘']?"
                                r"(?P<name>(?:" + _A_WORD_BY_ITSELF.format("by") + r"|[A-Z][\w’'&@-]*)"
                                r"(?:\s+(?:" + _A_WORD_BY_ITSELF.format("by_again") + r"|[A-Z][\w’'&@-]*|for|of|and|in|the)){0,6})")


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
_FOLLOWING_KIND = re.compile(r"['’]?\s+(?:" + _HEADS + r")", re.I)
#: The verbs a sentence says what a partner does with: "Wyre House provides …", "BASE (…) works with …".
_WHAT_IT_DOES = r"provides|offers|delivers|runs|works(?:\s+[a-z]+ly)?\s+(?:with|alongside)|(?:is|was|has\s+been)\s+commissioned\s+to"
#: Where a clause opens mid-sentence, its subject next: after ", and", a semicolon, a colon, ", while", ", although" or
#: ", whereas" (for the finders that read a partner as a clause's subject by what it does or gives).
_A_CLAUSE_OPENS = r"(?<=, and )|(?<=; )|(?<=: )|(?<=, while )|(?<=, although )|(?<=, whereas )"
#: Whom a service serves, as the clause after a provider's name says ("… works with older children", "… provides support for
#: women"): one list for the readers of what a provider gives (``partners._SERVICE_GIVES``) and of whom it works with.
_WHOM_A_SERVICE_SERVES = r"children|young\s+people|famil\w+|parents|carers|care\s+leavers|women|girls"
#: A name of two words or more as a clause's subject, then what it does for children or families:
#: "Wyre House provides supported accommodation", "…, and Anyshire Mentors offers …", "Wyre Hope,
#: which provides …". The name is a partner's own, without a kind word.
_NAMED_BY_WHAT_IT_DOES = re.compile(
    r"(?:^|" + _A_CLAUSE_OPENS + r"|(?<=[◼•▪●] ))(?:The\s+)?(?P<name>[A-Z][\w’'&@-]*(?:\s+(?:[A-Z0-9][\w’'&@-]*|of|and|for|the|&)){1,5})"
    r"(?:,\s+which\s+|\s+)(?P<verb>" + _WHAT_IT_DOES + r"|mentors|carries out)\b")
#: The verbs of who provides a service named before them: "…, provided by", "…, run by".
_PROVIDED_VERBS = ("provided", "delivered", "run", "hosted", "commissioned")
#: A name opening a sentence, then who provides it, then what it does: "Healthy Minds Wyre, provided by
#: Anyshire Partnership NHS Foundation Trust (APFT), offers …", "Wyre Better Start, delivered in partnership with Wyre
#: Hope, offers …", "The Wyre Club, run with the Anyford Trust, provides …" (with a partner by its name after "with"
#: alone; not "…, delivered with schools, …"): a service, whatever its name's words.
_NAME_THEN_WHO_PROVIDES = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][\w’'&@-]*(?:\s+(?:[A-Z0-9][\w’'&@-]*|of|and|for|the|&)){0,5}),\s+(?:which\s+is\s+)?"
    r"(?:" + "|".join(_PROVIDED_VERBS) + r"|led)\s+(?:by|in\s+partnership\s+with|(?:jointly\s+)?with(?=\s+(?:the\s+)?[A-Z]))\s+[^,;]{3,90},\s+"
    r"(?:offers|provides|delivers|works\s+with|supports)\b")
#: Short forms of the trade's terms, never a partner's name: "SEND provides …" speaks of the needs.
_TRADE_SHORT_FORMS = frozenset({"ICT", "IT", "HR", "ISW", "ISWs", "SEND", "SEN", "EHCP", "EHC", "CSE", "CCE", "NEET", "UASC", "ACE", "ACES", "ASD", "ADHD", "CAF", "EHA",
                                "SGO", "PLO", "LAC", "CLA", "CIN", "CPP", "SDQ", "RHI", "PEP", "EHE", "IRO", "ICPC", "RCPC", "MFH",
                                # posts and meetings: "DSL provides training" is a person's work
                                "DSL", "DSP", "SENCO", "SENCo", "ISVA", "IDVA", "SALT", "CPN", "TAF", "TAC", "FGC", "LSCP", "PA", "PAs"})
#: A short form no finder knows, as the subject of what a provider does: "NELFT runs the county's
#: mental health service", "RISE provides effective support …" (the report names the partner by its short form only).
_SHORT_FORM_DOES = re.compile(r"(?:^|" + _A_CLAUSE_OPENS + r")(?P<short>[A-Z]{3,6}(?:-[A-Z]{2,3})?)\s+"
                              r"(?:runs|provides|delivers|offers)\s+(?:the|a|an|its|(?:[a-z]+\s+)?(?:counselling|support|advice|therapy|training))\b")
#: One capitalised word as a clause's subject, then what it gives: "Brook offers sexual health advice", "…, and Refuge
#: now provides independent advocacy", "…, although Brook provides …", "…: Base 51 provides …", "Wyrex helps young
#: people …", "The Zone offers …" (named with its article), "21st Avenue offers …", "4321 Wyre Lives provides …" (an
#: ordinal of two digits or more or four digits its first word; not an everyday ordinal, "2nd Stage Accommodation", a
#: year's, a round count's, "1500 Families", nor a count or an age: "16 Plus provides …", "30 Hours offers …"),
#: "In some areas, Wyre Start provides …" (after where), "Wyre
#: North East is commissioned to provide …", "Centre 44 offers …" (a number its name's last word,
#: ``partners._a_numbered_name``); a partner's name where the report never writes the word in lower case (not "Advocacy
#: provides …", "Supervision offers …": the report's own words). What it gives is read to the clause's comma, or on over
#: ", advice …" or ", guidance …" ("Careers Wyre provides targeted information, advice and guidance"; not "Wyre BI
#: provides managers with performance information", a system). Whom it works with tells the same, for a name with no word of
#: the sector's (``partners._a_sectors_word``): "Wyrestart works effectively with older children …" (not "Youth Justice works
#: closely with young people …").
_NAME_THEN_WHAT_IT_GIVES = re.compile(
    r"(?:^(?:(?:In|Across|Within|For|At)\s[^,]{1,40},\s+)?|" + _A_CLAUSE_OPENS + r")(?:(?P<the>The)\s+)?(?P<name>(?:\d{2,3}(?:st|nd|rd|th)\s+|(?!(?:19|20)\d\d\b|\d\d00\b)\d{4}\s+)?[A-Z][\w’'&@+-]*(?:\s+(?:[A-Z][\w’'&@+-]*|of|for|&|(?:in|the)(?=\s+[A-Z]))){0,3}(?:\s+\d{2,3})?)\s+(?:now\s+|also\s+|currently\s+|still\s+)?"
    r"(?:provides|offers|delivers|runs|supports|helps|(?:is|was|has\s+been)\s+commissioned\s+to\s+(?:provide|deliver|offer|run)"
    r"|(?P<works>works\s+(?:[a-z]+ly\s+)?with)(?=\s+(?:[a-z]+\s+){0,2}(?:" + _WHOM_A_SERVICE_SERVES + r")\b))"
    r"\s+(?P<clause>[^,.;]{0,100}(?:,\s+(?:advice|guidance)\b[^,.;]{0,40})?)")
#: A partner's name of one to four words as a clause's subject, a number its last word perhaps ("Centre 44"), for the
#: readers of what two bodies give together (below).
_A_SUBJECTS_NAME = r"[A-Z][\w’'&@+-]*(?:\s+(?:[A-Z][\w’'&@+-]*|of|for|&)){0,3}(?:\s+\d{2,3})?"
#: What two bodies give together, the verb in the plural.
_THEY_GIVE = r"provide|offer|deliver|run|support|help"
#: Two names a clause opens with, joined by "and", then what they give: "Wyrebrook and Anyford Hope provide …", "Centre 44 and
#: Wyrebrook offer …".
_TWO_NAMES_THEN_WHAT_THEY_GIVE = re.compile(
    r"(?:^|" + _A_CLAUSE_OPENS + r")(?:The\s+)?(?P<first>" + _A_SUBJECTS_NAME + r")\s+and\s+(?:the\s+)?(?P<second>" + _A_SUBJECTS_NAME
    + r")\s+(?:both\s+|also\s+|jointly\s+|together\s+)?(?:" + _THEY_GIVE + r"|work(?:\s+[a-z]+ly)?\s+(?:with|alongside))\s+(?P<clause>[^,.;]{0,100})")
#: A name a clause opens with, "and", a council's service or team by its kind in lower case, then what they give together:
#: "Wyrebrook and the school nursing service offer …", "Wyre Homes and the council's housing options team work together to
#: …" (the partner judged as one alone would be; the service is the kinds' finders').
_A_NAME_AND_A_SERVICE_THEN_WHAT_THEY_GIVE = re.compile(
    r"(?:^|" + _A_CLAUSE_OPENS + r")(?:The\s+)?(?P<name>" + _A_SUBJECTS_NAME + r")"
    r"\s+and\s+the\s+(?:(?:council|authority|borough|city|county)['’]s\s+)?(?:[a-z][\w'’-]*\s+){1,4}(?:service|team)s?\s+"
    r"(?:" + _THEY_GIVE + r"|work(?:\s+[a-z]+ly)?\s+(?:with|alongside|together))\s+(?P<clause>[^,.;]{0,100})")
#: Words that end or fill the names charities and providers give themselves ("Wyre House", "Anyford
#: Hope", "Mentoring Plus", "Wyre Cares", "St Anyford's Fellowship", "Anyford Lads and Girls Club"):
#: a name that does things for children is a partner's only with one of them after its first word.
_ORGANISATION_WORDS = _A_CHARITYS_SECOND_WORD | {
    "hall", "house", "hope", "plus", "together", "club", "zone", "company",
    "crisis", "mentors", "pastors", "futures", "matters", "connect", "works", "step", "steps",
    "place", "college", "colleges", "collective", "foodbank", "friends", "solutions",
    "barnardo's", "refuge", "first", "sanctuary", "haven", "lighthouse", "compass", "horizons", "journey", "rise",
}
#: The council's children's department by its kind: "Kent Children's Social Care Services" is the council.
_CHILDRENS_SOCIAL_CARE = re.compile(r"Children['’]?s?\s+(?:Social\s+Care(?:\s+Services)?|Services)", re.IGNORECASE)


def _a_place_word(word: str) -> bool:
    """Whether a capitalised word is a place's own word ("Anyford", "Kent"), not a council's style ("County", "Borough")."""
    return word in _place_name_words() and word not in _PLACE_STYLE_WORDS


def _a_place_and_its_style(words: list[str]) -> bool:
    """Whether words are a place's and a council's one-word style after them ("Anyford Borough", "Wyre City")."""
    return 2 <= len(words) <= 3 and words[-1] in _STYLES_COUNCIL and all(map(_a_place_or_point, words[:-1]))


#: The four points between the compass's, written as one word: "Child Aid Northwest".
_COMPASS_POINTS = {"northwest", "northeast", "southwest", "southeast"}


def _a_place_or_point(word: str) -> bool:
    """Whether a word is a place's or a point of the compass, whole or written as one word ("Wyre", "North",
    "Northwest"): where a body works, which its name may end with."""
    lowered = word.lower()
    return word in _place_name_words() or lowered in _COMPASS or lowered.replace("-", "") in _COMPASS_POINTS


def _a_numbers_own_name(words: list[str]) -> bool:
    """Whether a number word and one capitalised word are a name of their own ("Two Saints", "Five Oaks", "Three Rivers"), not
    a count of a kind, of people, of a time or of places ("Two Councils", "Three Carers", "Two Years", "Three Quarters", "Two
    Boroughs", "Two Wyre"): the finders that read a name by what comes before it ("such as", "commissioned from", "…, a
    charity") each add their own test of that."""
    return len(words) == 2 and words[0].lower() in NUMBER_WORDS and words[0][:1].isupper() and words[1][:1].isupper() \
        and words[1].lower() not in PHRASE_SECTOR | PHRASE_ROLES | PEOPLE_SERVED and _singular_head(words[1].lower()) not in PHRASE_HEADS \
        and council_for(words[1]) is None and words[1].lower() not in _COUNTED_WORDS


#: The words of the graded judgements, either scale's: "good", "requires", "improvement" (of "requires improvement").
_GRADE_WORDS = frozenset(word for grade in ALL_GRADES for word in grade.split("_"))
#: What a number word counts rather than names, after it: times and places ("Two Years", "Three Boroughs").
_COUNTED_WORDS = {"years", "months", "weeks", "days", "hours", "times", "quarters", "boroughs", "districts", "counties", "areas",
                  "localities", "authorities"}


#: Fields of work a provider's name may join with "and": "Wyre Drugs and Alcohol", "Anyford Health and Wellbeing".
_FIELDS_OF_WORK = {"alcohol", "drugs", "drug", "substance", "misuse", "wellbeing", "well-being", "health", "housing", "advice",
                   "advocacy", "counselling", "mentoring", "fostering", "adoption", "therapy", "therapies"}
#: England's regions, as the councils' list names them ("West Midlands", "North East"): a description may be a region's.
_REGION_NAMES = frozenset(c.region for c in councils() if c.region)


#: Words that number a stage, a level, a school year, a time or a law's part, never a name before their number: "Tier 2",
#: "Year 11", "Key Stage 4", "Wave 1", "Cohort 3", "Phase 2", "Term 1", "Section 17" (one list for the finders that refuse them).
_STAGE_WORDS = (r"(?:Years?|Key\s+Stages?|Stages?|Tiers?|Levels?|Waves?|Cohorts?|Rounds?|Phases?|Tranches?|Pilots?|Groups?|Terms?|Weeks?"
                r"|Days?|Sections?|Articles?|Schedules?|Parts?|Chapters?|Regulations?|Rules?|Paragraphs?)")
#: A name that opens with a stage's word and its number: "support from Tier 2", "funded through Phase 1".
_A_STAGE_FIRST = re.compile(rf"{_STAGE_WORDS}\s+\d")


#: A preposition a partner's name follows: "help from Anyford Haven, …", "run by Wyre Hope, …".
_PARTNER_BEFORE = re.compile(r"\b(?:from|by|with|and|through|commissions|funds)\s+$")


#: Words of a time, in a name said to be a body: "Practice Week is a programme of audits" names an event.
_TIME_WORDS = {"week", "day", "days", "month", "year", "years", "fortnight", "weekend", "summer", "term"}
