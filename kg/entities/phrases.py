"""Phrases in lower case or title case that end in a kind word: the council's teams, services, panels and
boards ("the duty and assessment team", "the Anyshire Youth Offending Service"), one or several in a list,
with the words before them that belong to the name and those that do not."""
from __future__ import annotations

import collections
import dataclasses
import itertools
import re

from .. import prefilter
from ..gazetteer import (
    council_for,
    DESCRIBING,
    DESCRIBING_ENDING,
    HEAD_AS_MODIFIER,
    ING_NOUNS,
    ISE_NOUNS,
    LEADING_NON_NAME,
    MULTI_AGENCY_ONLY,
    NAMED_ONLY_HEADS,
    NOT_BODY_NAMES,
    OF_ALLOWED,
    PEOPLE_QUALIFIERS,
    PEOPLE_SERVED,
    PHRASE_BREAK,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    PHRASE_VERBS,
    police_force_for,
)
from ..model import GRADES
from .text import _AREA_WORDS, _COMPASS, _names_an_area, _singular_head, _tidy, _TRANSITION_WORDS, _unquote
from .registry import _CONNECTORS, _Found, _non_overlapping, _overlaps, _PLACES_IN_TOWN, _TIMES_AND_COUNTRIES
from .scan import _HEADS, _PHRASE_HEAD, _phrase_heads
from .kinds import (
    _A_TIME,
    _ANY_HEAD_END,
    _FOLLOWING_WORD,
    _FOLLOWING_WORD_IN,
    _generic_matches,
    _initials_match,
    _is_post,
    _people_at_work,
    _PEOPLE_WORDS,
    _place_name_words,
    _THE_BEFORE,
    _WEEKDAYS,
)
from ..statistics import NUMBER_WORDS
from .vocabulary import (
    _ACRONYM_IN_BRACKETS,
    _FIELDS_OF_WORK,
    _REGION_NAMES,
    _SAFEGUARDING_BOARDS_SHORT_FORM,
    _TERM_AFTER,
    _THE_COUNCILS,
    _a_bodys_short_form,
    _a_heading,
    _a_place_word,
    _ACRONYM_LED,
    _ACRONYM_WORD,
    _AMOUNTS,
    _AN_ORGANISATIONS_END,
    _AN_OWNER,
    _ARTICLE_BEFORE,
    _at_sentence_start,
    _BODIES_OF_THE_SECTOR,
    _CARE_DIGIT,
    _CASE_MEETINGS,
    _CHILDRENS_SOCIAL_CARE,
    _COUNCIL_WORDS,
    _department_name_goes_on,
    _department_only,
    _describes,
    _describes_only,
    _EVENTS,
    _FOR_CHILDREN_WORDS,
    _FREQUENCIES,
    _FREQUENCY_BEFORE,
    _is_a_kind,
    _is_name_word,
    _MONTHS,
    _NATIONAL_WHOLE,
    _NOT_A_BODY_NAME,
    _not_a_name_word,
    _ONE_PERSON,
    _only_sector,
    _opens_sentence,
    _PARTS_OF_AN_AREA,
    _PHRASE_TOKEN,
    _PLURAL_ORGANISATIONS,
    _POSSESSIVE,
    _POST_OR_BODY_BEFORE,
    _REACH,
    _REACH_BEFORE,
    _SMALL_IN_TITLES,
    _SUBGROUP_WORK,
    _TEAM_COUNTS,
    _THE_INSIDE_RUN,
    _TIME_WORDS,
    _UNIT_FUNCTIONS,
    _VERBS_AFTER_TO,
    _whole_generic,
    _WHOSE,
    _young_peoples_kind,
)

#: Where such a passage leads, after its "to": "adulthood", "independence".
_WHERE_A_TRANSITION_LEADS = frozenset({"adulthood", "independence", "employment", "work"})


def _department_of_children(text: str, mods: list[re.Match[str]], words: list[str], head: re.Match[str],
                            capitals_only: bool = False) -> bool:
    """Whether a phrase of the sector's words names a council's children's department: "services"
    after whom they serve ("children's services"), in capitals throughout where no council's name
    comes before it (``capitals_only``: "Learning and Children's Services", not "children's
    services", the sector), and no post's ("the Director of Children's Services")."""
    if not mods or not head.group(2) or head.group(1).lower() != "service" or words[-1] not in _FOR_CHILDREN_WORDS and not (
            words[-1] in ("family", "families") and head.group(1)[:1].isupper() and _DEPARTMENTS_KIND_AFTER.match(text, head.end())
            and (_THE_COUNCILS_BEFORE.search(text, max(0, mods[0].start() - 24), mods[0].start())
                 or (owner := _A_NAMES_POSSESSIVE_BEFORE.search(text, max(0, mods[0].start() - 60), mods[0].start())) is not None
                 and council_for(owner.group("owner")) is not None)):
        return False  # (whom they serve, or families' in capitals before a department's kind word after the council's possessive:
        # "the council's Family Services directorate", "Anyshire County Council's …"; not "the trust's Family Services
        # directorate")
    if capitals_only and not (head.group(1)[:1].isupper() and all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words))) \
            and not ((kind := _DEPARTMENTS_KIND_AFTER.match(text, head.end())) is not None and (
                _THE_COUNCILS_BEFORE.search(text, max(0, mods[0].start() - 24), mods[0].start())
                or kind.group(1) == "department" and text[max(0, mods[0].start() - 4) : mods[0].start()].lower() == "the ")):
        return False  # (but "the council's children and adults services directorate", "the children's services department": the
        # council's, its department by its kind)
    if words[-1] in ("people's", "people’s") and not any(w.startswith("children") for w in words):
        return False  # "Young People's Services": a youth service, not the department for children
    if _department_name_goes_on(text, head.end()):
        return False  # "the Children's Services programme", "Children's Services Improvement Board": a name it starts
    start = _department_start(text, mods)
    return not _POST_OR_BODY_BEFORE.search(text, max(0, start - 80), start)


def _department_start(text: str, mods: list[re.Match[str]]) -> int:
    """Where a department's name starts: its first word, or capitalised words joined to it by "and"
    ("Learning and Children's Services"; not "Police and …", a body, nor a sentence's first word)."""
    start = mods[0].start()
    if mods[0].group(0)[:1].isupper() and (joined := _CAPITALS_JOINED_BEFORE.search(text, max(0, start - 60), start)) is not None \
            and not any(w.lower().strip(",") in PHRASE_BREAK or _opens_sentence(w) and i == 0 or _is_post(w.strip(","))
                        for i, w in enumerate(joined.group(0).split()[:-1])) \
            and not _generic_matches(joined.group(0)):  # (not "the Assistant Director, Learning and …": a post's title)
        return joined.start()
    return start


def _department_found(text: str, mods: list[re.Match[str]], head: re.Match[str]) -> _Found:
    """A council's children's department by its name: the council as a whole (``COUNCIL_AS_A_WHOLE``)."""
    start = _department_start(text, mods)
    name = _tidy(text[start : head.end()])
    kind = _DEPARTMENTS_KIND_AFTER.match(text, head.end())  # "the Children and Young People's Services directorate": its name as written too
    short = _ACRONYM_IN_BRACKETS.match(text, kind.end() if kind else head.end())  # "… directorate (CYPS)": its short form
    return _Found(name, "Service", "TeamOrService", start, head.end(), key_name="Children's social care",
                  aliases=(f"{name} {kind.group(1)}",) if kind else (),
                  acronyms=(short.group("acronym"),) if short and _initials_match(name, short.group("acronym")) else ())


#: A capitalised name's possessive right before a phrase: "Anyshire County Council's …" (whose, ``council_for`` says).
_A_NAMES_POSSESSIVE_BEFORE = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+$")
#: A department's kind word after its name: " directorate", " Department".
_DEPARTMENTS_KIND_AFTER = re.compile(r"\s+([Dd]irectorate|[Dd]epartment)(?:['’]s)?(?![\w’'-])")  # (its own: "… Directorate's plan")


#: Capitalised words joined by "and" right before a department's name: "Learning and " of "Learning and Children's Services".
_CAPITALS_JOINED_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]+(?:,\s+|\s+))*?[A-Z][a-z]+\s+(?:and|&)\s+$")


def _councils_styled_after(text: str, mods: list[re.Match[str]], words: list[str], head: re.Match[str]) -> list[_Found] | None:
    """Two places before a lower-case styled plural "councils", each its council: "North Wyre and
    Eastford borough councils" (a district's too; a place of the reference list is left to the
    councils' finder, but "the Leeds City and …" is that council as the text styles it); None where
    the phrase is no such pair ("Anyford and Malling and Wyre", "North and South Anyford", "Labour
    and Conservative district councils" cannot be read so)."""
    styles = list(itertools.takewhile(lambda w: w in _COUNCIL_STYLE_WORDS, reversed(words)))[::-1]
    places = mods[: len(mods) - len(styles)]
    joins = [i for i, w in enumerate(words[: len(places)]) if w == "and"]
    if not (styles and head.group(2) and len(joins) == 1 and 0 < joins[0] < len(places) - 1
            and all(m.group(0).islower() for m in mods[len(places) :])
            and "," not in text[places[0].start() : places[-1].end()]
            and all(m.group(0)[:1].isupper() or w == "and" for m, w in zip(places, words))
            and not any(all(w in _COMPASS for w in side) or side[0] in LEADING_NON_NAME | PHRASE_SECTOR | _NOT_A_PLACE
                        for side in (words[: joins[0]], words[joins[0] + 1 : len(places)]))):
        return None
    style = " ".join(w.capitalize() for w in styles)
    found = []
    for run in (places[: joins[0]], places[joins[0] + 1 :]):
        place = text[run[0].start() : run[-1].end()]
        core = re.sub(r" (?:City|County|Borough)$", "", place)
        mention = (_tidy(text[run[0].start() : head.end()]),)  # the rest of the list from the place on
        if council_for(place) is not None:
            # "the Wyre and Anyford borough councils": each council, and its name as the text styles it
            found.append(_Found(place, "LocalAuthority", "Council", run[0].start(), run[-1].end(), council=council_for(place),
                                aliases=(f"{place} {style} Council",)))
            continue
        if core != place and council_for(core) is not None:
            found.append(_Found(place, "LocalAuthority", "Council", run[0].start(), run[-1].end(), council=council_for(core),
                                aliases=mention, coordinated=True))  # "the Leeds City and …"
        else:
            named = f"{place} Council" if core != place else f"{place} {style} Council"  # "Wyre City and …": its own style
            found.append(_Found(named, "LocalAuthority", "Council", run[0].start(), run[-1].end(), aliases=mention, coordinated=True))
    return found


#: An item of a list after its "a": "three locality teams, a child protection team and …", "a child protection
#: team and a court team" (not "unusual for a child protection team to …").
_LISTED_AFTER = re.compile(r",|\s+and\s+(?:a|the)\s")
_COUNT_BEFORE_TEAMS = re.compile(rf"\b(?:{_TEAM_COUNTS})\s+$")
#: Words of the parts of the area a council's teams work in: "the locality teams", "four area social work teams".
_WHERE_TEAMS_WORK = "locality|area|district"
#: "The" or a count of teams: "the …", "three …".
_THE_OR_A_COUNT = rf"\b(?:(?P<the>[Tt]he)|{_TEAM_COUNTS})"
#: "The" or a count of teams, then the word of the parts of the area they work in, before "social work teams": "four area
#: social work teams", "the locality social work teams".
_COUNT_AND_AREA_BEFORE = re.compile(rf"{_THE_OR_A_COUNT}\s+(?P<area>(?:local\s+)?(?:{_WHERE_TEAMS_WORK}))\s+$")
#: A team's work the council's teams by the parts of the area are named with, in the singular too: "the area assessment team".
_AREA_TEAMS_WORK = {("assessment",), ("intervention",), ("safeguarding",), ("family", "support"), ("child", "protection")}
#: Whose or which the area teams are, then their words before "teams": "the local area ", "the council's three Local Area ",
#: "through four area " (not "social work area teams", "the police's area teams", "its area teams", "through area teams of
#: the trust": whose, the text does not say).
_AREA_TEAMS_NAMED = re.compile(rf"(?:(?:(?P<the>\b[Tt]he(?= ))|\b(?:council|authority|borough|county)['’]s)\s+(?:(?:{_TEAM_COUNTS})\s+)?|\bthrough\s+(?:{_TEAM_COUNTS})\s+)"
                               r"(?P<name>(?:[Ll]ocal\s+)?[Aa]rea)\s+$")
#: "The", a kind's words in lower case and "teams and" before another kind's teams: "the children in need teams and …", the
#: council's teams both (not "the police's … teams and", "assessment teams and …" with no article, councils' in general).
_THE_COUNCILS_TEAMS_AND_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?![\w-]+['’]s\b)[a-z][\w-]*\s+){1,5}teams\s+and\s+$")
#: A preposition of place before "the area" that opens a clause: "Across the area social work teams …", "In the area
#: social work teams are …" say where, the comma left out (but "caseloads in the area social work teams" name them).
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:Across|Throughout|In|Within|Around)|\b(?:across|throughout|around))\s+$")
#: Other councils after a kind: "… teams in many councils", "… in comparator authorities", "… of other areas".
_OTHER_COUNCILS_AFTER = re.compile(r"\s+(?:in|of|across|at)\s+(?:(?:most|some|many|all)\s+)?(?:other(?!\s+(?:localities|locality|areas|districts|parts|teams))|"
                                   r"many|comparator|similar|neighbouring|statistical|councils|authorities|local\s+authorities)\b")
#: A comparison before "the" and a kind: "than in the …", "like the …": the sector's, not the council's.
_COMPARED_BEFORE = re.compile(r"\b(?:[Ll]ike|[Uu]nlike|than(?:\s+(?:in|for|at|with))?)\s+the\s+$")
#: Elsewhere, after a kind: "… teams nationally", "… teams in most areas", "… teams in England".
_ELSEWHERE_AFTER = re.compile(r"\s+(?:nationally|elsewhere|in\s+(?:England|the\s+country|(?:most|many|other)\s+(?:areas|regions|councils"
                              r"|parts\s+of\s+the\s+(?:region|country))))\b")
#: Another place after a kind, whose teams they are: "… teams in Anyford", "… in the borough next door", "… of neighbouring
#: councils".
_ANOTHER_PLACE_AFTER = re.compile(r"\s+(?:in|of|at|from)\s+(?:[A-Z]|the\s+|other|neighbouring)")


def _the_sectors_after(text: str, at: int) -> bool:
    """Whether the words after a kind at ``at`` make it the sector's, not the council's: other councils' ("… in many
    councils") or elsewhere's ("… nationally")."""
    return _OTHER_COUNCILS_AFTER.match(text, at) is not None or _ELSEWHERE_AFTER.match(text, at) is not None


#: "the" or a count of teams, and a word of where they work, before a team's title: "the", "three area-based", "four locality"
_THE_OR_A_COUNT_BEFORE = re.compile(rf"{_THE_OR_A_COUNT}(?:\s+(?:[a-z]+-based|{_WHERE_TEAMS_WORK}))?\s+$")
#: A verb in -s after a singular kind word, then its object, where the word after a kind word is also a
#: noun's (``HEAD_AS_MODIFIER``): "the scrutiny committee challenges leaders" (not "the team challenges are
#: …", the kind word before a noun); the singular's counterpart of ``_VERBS_AFTER_PLURAL``.
_A_VERB_AFTER_ONE = re.compile(r"\s+(?:(?:challenges|chairs|audits)\s+(?!(?:are|were|is|was|include|includes|remain|have|has)\b)"
                               r"(?:the\s+|its\s+|their\s+)?[a-z\d]"  # "… team audits 20 case files"
                               # "officers in the … unit chair reviews": the people's verb, what they chair after it
                               r"|(?:chair|challenge)\s+(?:reviews|conferences|meetings|child\s+protection|initial|looked|drift|plans)\b"
                               # "the quality and performance subgroup leads a programme of audits", "the practice improvement
                               # team leads regular audits" (not "the sub-group leads meet", "team leads have")
                               r"|leads\s+(?:a|an|the|its|their|on|(?:regular|weekly|monthly|quarterly|joint|multi-agency)\s+[a-z-]+s)\s"
                               r"|needs\s+to\s+[a-z])")  # "the housing options service needs to improve" (not "service needs")


#: The one word of whom a council's team is for, before a generic kind: "the children's duty and assessment service", "the
#: council's family early help service".
_WHOM_A_TEAM_IS_FOR = re.compile(r"children['’]s|family")
#: "and the" a few words before a kind word: a subject of two bodies, whose plural verb follows ("Children's centres and
#: the family intervention service offer …").
_AND_THE_BEFORE = re.compile(r"\band\s+the\s+(?:[\w’'-]+\s+){0,5}$")
#: A verb after a kind word, then a word of its object (not a verb of the clause: "the adoption team lead have …",
#: "the … service audit show …", "the … team structure."): the kind word's verb, not a noun it qualifies.
_VERB_THEN_ITS_OBJECT = re.compile(r"\s+\S+\s+(?!(?:have|has|had|are|is|was|were|will|would|can|should|show|shows|showed|to|and|or)\b)[a-z]")
#: People of a body before "in" and its name: "Staff in …", "Officers in …".
_PEOPLE_BEFORE_IN = {"officer", "member", "worker", "leader", "manager", "staff", "practitioner", "professional", "partner"}
#: What people report, after "report" as a plural subject's verb right after a body's kind word: "… programme report improved
#: confidence", "… Court report that social work evidence is …" (not "the programme report that was published …", a document).
_WHAT_IS_REPORTED = re.compile(r"\s+(?:that\s+(?!(?:was|is|were|has|had|will|would|shows?|showed|sets?|found|finds)\b)|increased|improved"
                               r"|greater|better|more|less|feeling|being|positive|positively|high|good|mixed|tangible|real|significant"
                               r"|clear|improvements?|progress|benefits?)\b")
#: People of a body before it, the clause's plural subject: "Elected members on the … committee challenge …",
#: "Reviewing officers in the … service review …", "Schools taking part in the … programme report …", "Families who work
#: with the … team report …": the verb after the kind word is theirs.
_PEOPLE_OF_A_BODY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_PEOPLE_BEFORE_IN | {'chair', 'representative', 'adviser', 'school', 'pupil', 'participant', 'families'}))})s?"
                                      r"\s+(?:(?:participating|involved|enrolled|taking\s+part)\s+)?(?:on|of|from|in|who\s+(?:work|worked|are\s+working)\s+with)"
                                      r"\s+(?:the|its|their)\s+"
                                      r"(?:[\w’'-]+\s+){0,8}$", re.IGNORECASE)
#: A frequency or a scope before a meeting's name: a standing meeting ("a weekly missing children review meeting",
#: "a multi-agency exploitation review meeting"), not one child's.
_STANDING_BEFORE = re.compile(rf"\b(?:{_FREQUENCIES}|multi-agency|multiagency)\s+$", re.IGNORECASE)


def _a_teams_or_one_childs_meeting(text: str, mods: list[re.Match[str]], words: list[str], plural: bool) -> bool:
    """Whether a meeting's words make it a team's meetings ("the children missing from care team meetings") or
    reviews about one child each ("review meetings", "a stability review meeting"), no standing body (but "risk
    panel meetings", "the … network meeting", "the exploitation risk review meeting", "a weekly missing children
    review meeting", "the … (MACE) Review Meeting" are standing bodies a reader lists)."""
    if words[-1] in ("team", "teams"):
        return True
    if words[-1] not in ("review", "reviews") or _STANDING_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start()):
        return False
    article = _ARTICLE_BEFORE.search(text, max(0, mods[0].start() - 6), mods[0].start())
    return plural or article is None and mods[0].group(0).islower() \
        or article is not None and article.group(0).split()[0].lower() in ("a", "an")


def _after_an_and_starting_again(mods: list[re.Match[str]], plural: bool) -> int:
    """Where the words before a head start again after "and": after a kind of organisation in the plural after a name
    or an acronym ("GP practices and faith groups", "NHS trusts and voluntary groups": two kinds listed, not one title)
    or people at work in the plural ("schools, health visitors and children's centres"), before a plural head; after a
    kind word and a noun of its makeup ("a committee structure and scrutiny panel": the committee's structure, then the
    panel; not a title's field of work, "the children's services policy and scrutiny panel"); 0 where they do not."""
    words = [m.group(0) for m in mods]
    for i in range(len(words) - 2, 1, -1):
        if words[i] != "and":
            continue
        before = words[i - 1]
        if plural and (before in _PLURAL_ORGANISATIONS and words[i - 2][:1].isupper()
                       or before.endswith("s") and before.islower() and _people_at_work(before) and not before.endswith("carers")):
            return i + 1
        if before.lower() in _A_HEADS_MAKEUP and words[i - 2].lower() in PHRASE_HEADS:
            return i + 1
    return 0


#: Nouns of how a kind of body is made up, after its kind word in the singular: "committee structure", "panel membership".
_A_HEADS_MAKEUP = {"structure", "structures", "system", "arrangements", "membership"}


def _phrase_matches(text: str) -> list[_Found]:
    """Bodies named by a common-noun phrase ending in a kind word: "the duty and assessment team",
    "the edge of care service", "a multi-agency transition panel", "the Lantern service", "the
    'Channel' panel". Reaches back from the head over modifiers, stopping at articles,
    prepositions, verbs and punctuation; drops leading judgements ("a good service"); refuses
    phrases that only name the sector ("children's services", "social work teams")."""
    found: list[_Found] = []
    for head in _phrase_heads(text):
        head_word = head.group(1).lower()
        if head_word == "council" and head.group(1)[0].isupper():
            continue  # "County Council", "Children in Care Council": the proper-name finder's
        if head.group(1)[0].isupper() and not head.group(2) and re.match(r" \d{1,3}\b(?![.,:/-]\d)", text[head.end() :]):
            continue  # "the local charity Centre 44", "Base 25": the kind word and its number are a name, no kind's phrase
        following = _FOLLOWING_WORD.match(text, head.end())
        if _FOLLOWING_WORD_IN(text, head.end(), HEAD_AS_MODIFIER) and not (head.group(2) and following.group(1) in _VERBS_AFTER_PLURAL) \
                and not (not head.group(2) and _A_VERB_AFTER_ONE.match(text, head.end())) \
                and not (following.group(1) in _VERBS_AFTER_PLURAL and _PEOPLE_OF_A_BODY_BEFORE.search(text, max(0, head.start() - 90), head.start())) \
                and not (following.group(1) == "report" and _WHAT_IS_REPORTED.match(text, following.end())) \
                and not (following.group(1) in _VERBS_AFTER_PLURAL and _AND_THE_BEFORE.search(text, max(0, head.start() - 60), head.start())
                         and _VERB_THEN_ITS_OBJECT.match(text, head.end())) \
                or _CAPITAL_EVENT_AFTER.match(text, head.end()) \
                or following and following.group(1) in ("inspector", "inspectors"):
            continue  # "panel members", "service manager", "Family Group Conference", "Team inspectors:": the head names something else
        if following and (head.group(2) and following.group(1) in ("around", "upon") or head.group(2) and head_word == "centre"
                          and following.group(1) == "on" or head_word == "team" and following.group(1) == "up"):
            continue  # "this frustration centres around pay", "children who are missing and exploited team up": the head is a verb
        if head_word == "partnership" and following and following.group(1) in ("working", "work"):
            continue  # "exceptional partnership working": a way of working
        following = _FOLLOWING_HEAD.match(text, head.end())
        if following and following.group(2) in HEAD_AS_MODIFIER and following.group(1).lower().rstrip("s") in PHRASE_HEADS:
            continue  # "team and service managers": both heads name something else
        mods = _after_possessive_place(_modifiers_before(text, head.start()), text)
        if len(mods) > 2 and mods[0].group(0).lower() == "local" and mods[1].group(0).lower() == "authority" \
                and mods[2].group(0).lower() not in _CONNECTORS:
            mods = mods[2:]  # "local authority pupil referral units": whose they are, as "the council's" would say
        while mods and _a_grade_run_in(mods, text):
            mods = mods[1:]  # "Good Services for children …": a grade of the first page's table run into the text
        if after_and := _after_an_and_starting_again(mods, bool(head.group(2))):
            mods = mods[after_and:]  # "schools, GP practices and faith groups", "a committee structure and scrutiny panel": a kind
            # of its own before "and", not a title's words
        if head_word == "team" and head.group(2) and (area := _AREA_TEAMS_NAMED.search(text, max(0, head.start() - 50), head.start())) \
                and not _the_sectors_after(text, head.end()) \
                and not (area.group("the") and _PLACE_PREPOSITION_BEFORE.search(
                    text, max(0, area.start() - 16), area.start())):
            found.append(_Found(_tidy(text[area.start("name") : head.end()]), "Service", "TeamOrService", area.start("name"), head.end()))
            continue  # "the local area teams", "the council's three Local Area Teams", "through four area teams in the north":
            # the council's teams by the areas they serve (not "area teams in most councils", nor "In the area teams are …",
            # a clause's place with its comma left out, as for the area social work teams)
        if head_word == "scrutiny commission" and not mods \
                and (bare := _BARE_SCRUTINY_BEFORE.search(text, max(0, head.start() - 24), head.start())) is not None:
            found.append(_Found(_tidy(text[bare.start(1) : head.end()]), *PHRASE_HEADS[head_word], bare.start(1), head.end()))
            continue  # "the scrutiny commission", "the council's overview and scrutiny commission": the council's, its kind its name
        if not mods or text[: mods[0].start()].rstrip().endswith(")"):
            continue  # "… (NEET) action group": a defined short form, read by _definition_matches
        words = [m.group(0).lower().strip("‘’'") for m in mods]
        if mods and re.search(r"\bpoint of\s+$", text[max(0, mods[0].start() - 12) : mods[0].start()]):
            continue  # "the first point of contact service for new parents": what a service is to someone, not "contact service"
        for i in range(1, len(words) - 1):
            if words[i] == "in" and words[i - 1] in _IN_CARE_AFTER and words[i + 1] == "care":
                words[i + 1] = "in-care"  # "the children in care teams", "… and young people in care teams": a term of the trade, as
                # "looked after" is
            if words[i] == "in" and words[i - 1] in ("children", "child", "families", "family") and words[i + 1] == "need" \
                    and "and" not in words:
                words[i + 1] = "in-need"  # "the children in need teams", "the Families in Need service": the teams for
                # children or families in need, a term of the trade
        for i in range(1, len(words)):
            if words[i] == "time" and words[i - 1] == "family":
                words[i] = "family-time"  # "the family time service": children's time with their families, a term of the trade
            if words[i] == "adults" and words[i - 1] == "young":
                words[i] = "young-adults"  # "the young adults service": care leavers' service, not adults' in general
        if all(_describes(m) or w in _CONNECTORS for m, w in zip(mods, words)):
            continue  # "a clear and ambitious service", "a close partnership": a description
        if all(m.group(0) in _AMOUNTS or w in _CONNECTORS for m, w in zip(mods, words)):
            continue  # "a growing numbers panel", its description cut: how many, not which body
        if head_word == "team" and words[-1] in ("leadership", "management", "senior", "leaders") \
                and not (words[-2:] in (["care", "management"], ["case", "management"])  # (a "care management team" manages care;
                         and _not_the_leaders_of_care(words[:-2], text, mods[0].start())):
            # but "the social care management team", "the senior care management team" are the council's leaders)
            continue  # "the senior leadership team": the council's leaders, not a partner
        if head_word == "council" and not any(w in _YOUNG_PEOPLE for w in words) \
                and not (any(_CARE_WITH_A_DIGIT.match(w) for w in words) and not _A_COUNCILS_THINGS_AFTER.match(text, head.end())):
            councils = _councils_styled_after(text, mods, words, head)
            if councils is not None:
                found += councils
                continue
            if not any(w in _PLACE_KINDS for w in words) or council_for(text[mods[0].start() : head.end()]) is not None \
                    or all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words)) \
                    or head.group(2) and "and" in words and mods[0].group(0)[:1].isupper():
                # ("Anyford and Malling and Wyre borough councils": named places the text cannot split, no one body)
                continue  # "visit council offices": not a body; "Anyford City and Wyreshire County councils": places'
                # councils, each read by the councils' finder
            found.append(_Found(_tidy(text[mods[0].start() : head.end()]), "LocalAuthority", "Council",
                                mods[0].start(), head.end()))
            continue  # "the district councils": councils of the area, the council's partners
        titled_teams = head_word == "team" and "and" in words and len(words) >= 3 and all(
            m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words))  # "the six Children and Families teams": a title
        article = _ARTICLE_BEFORE.search(text, max(0, mods[0].start() - 6), mods[0].start()) if not head.group(2) else None
        protection_teams = head_word == "team" and "protection" in words and (
            article is not None and (article.group(0).split()[0].lower() not in ("a", "an")
                                     or text[: article.start()].rstrip().endswith(",") or _LISTED_AFTER.match(text, head.end()))
            or head.group(2) and (_COUNT_BEFORE_TEAMS.search(text, max(0, mods[0].start() - 12), mods[0].start())
                                  or (words[-2:] == ["child", "protection"] or words[-2:] == ["and", "protection"])
                                  and (_THE_OR_A_COUNT_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start())
                                       or words == ["child", "protection"] and _THE_COUNCILS_TEAMS_AND_BEFORE.search(text, max(0, mods[0].start() - 60), mods[0].start())
                                       and not _ANOTHER_PLACE_AFTER.match(text, head.end()))
                                  and not _COMPARED_BEFORE.search(text, max(0, mods[0].start() - 20), mods[0].start())
                                  and not _the_sectors_after(text, head.end())))
        # ("the child protection team", "two family support and child protection teams", "in the child protection teams",
        # "the children in need teams and child protection teams":
        # the council's teams of that work, not "child protection teams" anywhere, nor "the child protection teams in many
        # councils", "than in the child protection teams nationally", "the public protection teams": the police's)
        protection_teams = protection_teams or head_word == "team" and words[:3] in (["children", "and", "families"], ["children", "and", "family"]) \
            and words[3:] in ([], ["practice"]) \
            and _THE_OR_A_COUNT_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start()) is not None \
            and not _the_sectors_after(text, head.end())
        # ("the children and families teams", "three area-based children and families teams": the council's teams by their
        # title; not "the children and families teams in many councils", "… nationally", the sector's)
        if head_word == "team" and (head.group(2) and words == ["social", "work"] or tuple(words) in _AREA_TEAMS_WORK) \
                and (area := _COUNT_AND_AREA_BEFORE.search(text, max(0, mods[0].start() - 30), mods[0].start())) is not None \
                and not (area.group("the") and _PLACE_PREPOSITION_BEFORE.search(text, max(0, area.start() - 16), area.start())) \
                and not _the_sectors_after(text, head.end()):
            found.append(_Found(_tidy(text[area.start("area") : head.end()]), "Service", "TeamOrService", area.start("area"), head.end()))
            continue  # "four area social work teams", "the locality social work teams", "the area assessment teams": the council's
            # teams by where they work
        titled_service = head_word in ("service", "team") and not head.group(2) and head.group(1).islower() \
            and len([w for w in words if w not in _CONNECTORS]) >= 2 and not any(w.rstrip("s") in PHRASE_HEADS for w in words) \
            and not any(w in ("local", "authority", "council", "county", "borough", "city") for w in words) and all(
                _is_name_word(m, text) or (w in _CONNECTORS and m.group(0).islower()) for m, w in zip(mods, words)) \
            and _THE_BEFORE.search(text, max(0, mods[0].start() - 6), mods[0].start()) is not None \
            and not _department_of_children(text, mods, words, head, capitals_only=True)
        # ("the Family Wellbeing service", "the Early Help and Prevention team": one service by its title in capitals, its
        # kind word in lower case, though its words are the sector's)
        one_sector_service = head_word in ("service", "team") and not head.group(2) and head.group(1).islower() \
            and not any(w in _THE_SECTORS_OWN or w in _ONE_PERSONS for w in words) and (
                len([w for w in words if w not in _CONNECTORS]) >= 2 and _OWN_BEFORE.search(text, max(0, mods[0].start() - 12), mods[0].start())
                or words[-1] in _ONE_WORD_FIELDS and _THE_COUNCILS_BEFORE.search(text, max(0, mods[0].start() - 24), mods[0].start()))
        families_service = head_word == "service" and not head.group(2) and [w.rstrip(",") for w in words] in _CHILDREN_AND_FAMILIES \
            and (_THE_BEFORE.search(text, max(0, mods[0].start() - 6), mods[0].start()) is not None
                 or _THE_COUNCILS_BEFORE.search(text, max(0, mods[0].start() - 40), mods[0].start()) is not None
                 or _A_NAMES_POSSESSIVE_BEFORE.search(text, max(0, mods[0].start() - 40), mods[0].start()) is not None) \
            and not _COMPARED_BEFORE.search(text, max(0, mods[0].start() - 20), mods[0].start()) \
            and not _NATIONALLY.search(text, max(0, mods[0].start() - 80), mods[0].start()) \
            and not _the_sectors_after(text, head.end()) and not _THE_SECTOR_ACROSS_AFTER.match(text, head.end())
        # ("the children and families service", "the council's child and family service", "Anyford's …", "Barnardo's …": one
        # service by whom it serves, its owner's, like "the children and families team"; not "Nationally, the …", "Unlike
        # the …", "… in similar councils", "… across England", "a neighbouring council's …", "… service directorate": the
        # sector's or the department)
        # ("the family wellbeing service", "the council's youth and family service", "Addaction's young people's service": one
        # service, singular after "the" or its owner, named by two of the sector's words or more, or by one after the council's
        # ("the council's education service"); not the sector's or the department's own, "the children's social care service",
        # "the voluntary sector service providers")
        if head_word in ("service", "team") and all(w in PHRASE_SECTOR or w in _CONNECTORS for w in words) and not titled_teams \
                and not protection_teams and not titled_service and not one_sector_service:
            if _department_of_children(text, mods, words, head, capitals_only=True):
                found.append(_department_found(text, mods, head))  # "Learning and Children's Services has …": the council's
                # department by its name in capitals, the council as a whole
            continue  # "Children's Services", "social work teams": the sector, however written
        if head_word == "service" and head.group(2) and words[-1] in ("health", "well-being", "wellbeing") and all(
                w in PHRASE_SECTOR or w in _CONNECTORS or w in _HEALTH_FIELDS for w in words):
            continue  # "emotional health services", "sexual health services": a field of health care, not one service
        if head_word == "service" and all(w in PHRASE_SECTOR or w in _CONNECTORS or w in _WHOLE_SERVICE for w in words) \
                and not titled_service and not one_sector_service and not (not head.group(2) and "looked" in words and "after" in words) \
                and not (tuple(words) in _ONE_SERVICES_WORK and not head.group(2)):  # but "the children looked after service", "the
            # looked after children's service"; and one service's work (``_ONE_SERVICES_WORK``)
            continue  # "safeguarding and looked after children services": what the whole council does
        if head_word == "directorate" and (_department_only(text[mods[0].start() : mods[-1].end()])
                                           or len([w for w in words if w not in _CONNECTORS]) < 2):
            continue  # "the Children's Services Directorate": the department its title names, the council's; "the
            # Children's Directorate", "the people directorate": any council's
        named = [_is_name_word(m, text) and w not in PHRASE_SECTOR for m, w in zip(mods, words)]
        serves_people = head_word in ("group", "sub-group", "subgroup", "sub group") and not head.group(2) \
            and (words[-1] in PEOPLE_SERVED or words[-3:] == ["children", "in", "in-care"]
                 or words[-2:] == ["at", "risk"] and len(words) > 2 and words[-3] in PEOPLE_SERVED | {"people", "adolescents"})  # "the young carers group",
        # "the vulnerable children sub-group", "the children in care groups": named by whom it serves
        governs = head_word == "group" and not head.group(2) and words[-1] in _GOVERNANCE_GROUP and (len(
            [w for w in words if w not in _CONNECTORS and w not in _REACH and w != "local"]) >= 2 or words[-1] in _GOVERNING_ALONE
            or len(words) == 1 and (owner := _A_BOARDS_OWN_BEFORE.search(text, max(0, mods[0].start() - 24), mods[0].start())) is not None
            and (words[0] == "scrutiny" or owner.group("owner") and words[0] in _A_BOARDS_GROUP_WORK)
            or len(words) == 1 and _THE_REACH_BEFORE.search(text, max(0, mods[0].start() - 18), mods[0].start()) is not None)
        # ("the permanence oversight group": a standing group; a word of reach says which of two such groups, not what one
        # governs: "an external review group" is one review's, "the local partnership group" any schools' or partners'; but
        # "the strategic contract group": the standing one of two, "the" and its reach before what it governs)
        works_on = head_word == "group" and not head.group(2) and any(w in _GROUP_TOPICS for w in words) and (
            len([w for w in words if w not in _CONNECTORS]) >= 2
            or _REACH_BEFORE.search(text, max(0, mods[0].start() - 14), mods[0].start()) is not None) \
            and not _FOR_ONE_CHILD.match(text, head.end()) and not any(w in ("child's", "child’s", "person's", "family's") for w in words)
        # ("the strategic missing group", "the partnership's missing and exploitation group": a standing group on a harm)
        if head.group(1)[:1].isupper() and _is_name_word(head, text) and all(
                _is_name_word(m, text) or m.group(0).lower() in _CONNECTORS or m.start() == 0 and m.group(0)[:1].isupper()
                for m in mods):
            named = [m.group(0).lower() not in _CONNECTORS for m in mods]  # "Family Hubs": a name throughout
        one_scheme = head_word in ("scheme", "programme", "initiative", "project") and not head.group(2) \
            and (head_word != "project" or _OWN_BEFORE.search(text, 0, mods[0].start())) and any(
            w not in PHRASE_SECTOR and w not in _CONNECTORS and w not in PHRASE_SOFT_STOP and w != "pilot" and not _describes(m)
            and not (w.endswith("ed") and w not in ING_NOUNS) for m, w in zip(mods, words)) \
            and (head_word == "scheme" or _for_children(mods, words)) \
            and not _OWNER_NOT_A_BODY.search(text, 0, mods[0].start())  # not "the Duke of Anyshire's award scheme"
        # "the guaranteed interview scheme", "the mentoring programme", "a youth employment initiative":
        # one the council runs for children; not "the training programme", "an audit programme"
        if head_word in NAMED_ONLY_HEADS and not one_scheme and all(
                n is False or council_for(m.group(0)) is not None for m, n in zip(mods, named)):
            continue  # "a training programme", "the London pilot": not a named programme
        if head_word in _SUB_GROUP_HEADS and all(w in _BOARD_WORDS or w in _CONNECTORS for w in words):
            continue  # "the board sub-groups": the board's sub-groups, whichever they are
        titled_department = head_word == "directorate" and not head.group(2) and words[-1].rstrip("s") not in PHRASE_HEADS and all(
            m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words))  # "the Children, Schools and Families
        # directorate": a council's department by its title in capitals, though its words are the sector's (the titles of one
        # word and the children's department's own are refused above)
        if head_word not in _SECTOR_NAMED_HEADS and not serves_people and not titled_teams and not protection_teams \
                and not titled_department and not titled_service and not one_sector_service and not any(
            n or (w not in PHRASE_SECTOR and w not in _CONNECTORS) for w, n in zip(words, named)
        ):
            continue  # "children's services", "social work teams": the sector, not a body
        capitals = [m for m in mods if _is_name_word(m, text)]
        place = text[capitals[0].start() : capitals[-1].end()] if capitals else ""
        owner = list(itertools.takewhile(lambda mw: mw[1] not in PHRASE_SECTOR and mw[1] not in _CONNECTORS, zip(mods, words)))
        if owner and len(owner) < len(mods) and head_word == "service" and all(w in PHRASE_SECTOR or w in _CONNECTORS for w in words[len(owner) :]) \
                and (council := council_for(text[owner[0][0].start() : owner[-1][0].end()])) is not None \
                and _department_of_children(text, mods[len(owner) :], words[len(owner) :], head):
            department = _department_found(text, mods, head)
            between = text[owner[-1][0].end() : mods[-1].start()]
            if re.fullmatch(r"(?:\s+(?:local|authority|city|county|borough|council|metropolitan|district))*\s+", between, re.IGNORECASE):
                # "Anyshire local authority children's services": the council's name and its department's
                department = dataclasses.replace(department, name=_tidy(f"{text[department.start : owner[-1][0].end()]} {text[mods[-1].start() : head.end()]}"))
            found.append(dataclasses.replace(department, council=council))
            continue  # "Anyshire children's services", "Anyshire Children's Services": one council's department, that council
        if place and head_word in NAMED_ONLY_HEADS and _unquote(text[mods[0].start() : mods[-1].end()]).lower().strip("‘’' ") in NOT_BODY_NAMES:
            continue  # "the Staying Put initiative": an arrangement, not a body
        if place and head_word != "council" and council_for(place) is not None and all(
            n or w in PHRASE_SECTOR or w in _CONNECTORS or w in ("local",) for w, n in zip(words, named)
        ) and not (head.group(1)[:1].isupper() and head_word not in ("service", "directorate", "department")
                   and _name_continued(text, head.end())) and not (head_word == "hub" and head.group(1).islower() and words[-1] != "local") \
                and not (head_word == "unit" and head.group(1).islower()):
            continue  # "Anyshire and Wyre children's services": the council itself (but "the Wyre Centre for Young People"
            # is a body whose name goes on after its kind word; "the Anyshire family hubs" are the council's hubs, places,
            # no department; "the Anyshire child protection unit", one unit, the police's as often)
        if place and not _COUNCIL_WORDS.sub("", place).strip():
            continue  # "… Metropolitan Borough Council local authority children's services": a title's council
        standing = head_word == "meeting" and any(w in _STANDING_MEETINGS for w in words) and not any(
            w in _ONE_CHILDS_MEETINGS for w in words) and (  # "the early warning meetings": held about many children
            len([w for w in words if w not in _CONNECTORS]) >= 2 or mods[0].group(0)[:1] in "‘'"  # not "missing meetings"; but "the 'gangs' meeting"
        ) and not (head.group(2) and "strategy" in words)  # "exploitation strategy meetings": one child's each
        gathered = _roles_gathered(mods[-1].group(0), text, head.start()) and not (  # "the chairs' forum": those people's standing group
            head_word == "meeting" and head.group(2) and len(mods) == 1) \
            or len(words) >= 2 and words[-1] == "member" and head_word != "meeting"  # "the corporate parenting member group"
        standing = standing or gathered or (
            head_word == "meeting" and not head.group(2) and _FREQUENCY_BEFORE.search(text, max(0, mods[0].start() - 16), mods[0].start()) is not None
            and not any(w in _CASE_MEETINGS or w in PHRASE_SOFT_STOP or w in PHRASE_HEADS or w == "supervision" for w in words)
        )  # "the weekly accommodation meeting": held on a timetable, about many children
        if head_word in MULTI_AGENCY_ONLY and not standing and not any(named) and not any(
            w.startswith("multi") or (head_word == "group" and w in ("strategy", "action", "reference", "parent-reference"))
            for w in words
        ) and not serves_people and not governs and not works_on:  # "the young carers group": named by whom it serves (one group, not "parent groups")
            continue
        if head_word in ("meeting", "conference") and not standing and (all(w in PHRASE_SECTOR for w in words) or not any(
                w.startswith("multi") for w in words)):
            continue  # "'team around the child' meetings": a kind of meeting, not a body
        if head_word in ("meeting", "conference") and _a_teams_or_one_childs_meeting(text, mods, words, bool(head.group(2))):
            continue
        if head_word in ("meeting", "conference") and not standing and any(w in _CASE_MEETINGS for w in words):
            continue  # "multi-agency core group meetings": meetings about one child, not a standing body
        if head_word in ("forum", "panel", "group", "meeting") and all(w in _SCOPE_ONLY for w in words):
            continue  # "a multi-agency forum", "a multi-agency working group": how it is made up, not which
        if head_word == "group" and words[-1] in _PEOPLE_SORTED:
            continue  # "children of each ethnic group", "age groups": a sort of people, not a group that meets
        if head_word == "group" and words[-1] == "core":
            continue  # "the multi-agency core groups", "each Core Group": one child's plan, however capitalised
        if head_word == "service" and head.group(2) and _is_activity(words[0]) \
                and not _ARTICLE_BEFORE.search(text, 0, mods[0].start()):
            continue  # "commissioning (appropriate) services", "spot-purchasing services": an activity
        sector_after_and = head_word == "service" and "and" in words and _only_sector(
            words[len(words) - words[::-1].index("and"):]) and not all(  # "legal and social care services"
            _is_name_word(m, text) for m in mods[len(words) - words[::-1].index("and"):])  # not "… for Adolescents and Children service"
        if sector_after_and and "," in text[mods[0].start() : head.start()] and all(w in _UNIT_FUNCTIONS for w in words):
            sector_after_and = False  # "the safeguarding, quality and practice service": one service's list of functions
        if sector_after_and and families_service:
            sector_after_and = False  # "the children and families service": one service by whom it serves
        if sector_after_and and (_only_sector(words[: words.index("and")])
                                 or any(w in HEAD_AS_MODIFIER for w in words[: words.index("and")])):
            continue  # "supervision orders and child in need services": orders are no service
        if head_word in ("service", "team") and head.group(2) and words[0] == "specialist" and not any(named):
            continue  # "specialist support services": what a range of services offers, not one a reader lists (a "specialist … team" is one)
        if head_word == "scheme" and [w for w in words if w not in _CONNECTORS and w not in _PLACE_KINDS
                                      and w != "council"] == ["apprenticeship"]:
            continue  # "the council's apprenticeship scheme": an employer's kind of scheme, not a partner (a "care leaver apprenticeship scheme" is one)
        if (re.fullmatch(r"\d{1,2}\+", words[0]) or " to " in words[0]) and not _ARTICLE_BEFORE.search(text, 0, mods[0].start()) \
                and not text[: mods[0].start()].rstrip().endswith(("'s", "’s")):
            continue  # "around 16+ services are offered": how many; "the 16+ service" is the one for those aged 16 and over
        if len(words) == 1 and words[0] in _ORDINALS:
            continue  # "the first hubs opened in May": which of them, not a name
        if head_word in ("centre", "hub") and all(w in _PLACES_IN_TOWN or w in _CONNECTORS for w in words):
            continue  # "town centre neighbourhoods", "the city centre": a place, not a body
        if head_word == "centre" and words[-1] in _PLACES_IN_TOWN:
            continue  # "in Anyford town centre", "Wyre shopping centre": a part of a town
        if head_word == "alliance" and head.group(1).islower() and not ("improvement" in words and "innovation" in words):
            continue  # "the North East regional improvement and innovation alliance" is a body by its words; "the NHS alliance for
            # …", "April alliance partners", "a strategic alliance" are not
        if head_word == "agency" and not any(named) and "adoption" not in words:
            continue  # "an independent fostering agency": a kind of provider
        if head_word == "association" and not any(named) \
                and not {"fostering", "foster", "adoption", "adopters", "kinship", "carers'", "guardians'", "parents'"} & set(words):
            continue  # ("a strong association between …"; but "the foster carers' association", "the fostering association", "the
            # special guardians' association")
        if len(mods) > 3 and words[1] == "and" and _a_bodys_short_form(mods[0].group(0)) and mods[2].group(0)[:1].isupper() \
                and _AN_ORGANISATIONS_END.search(text, mods[0].start(), head.end()):
            mods, words, named = mods[2:], words[2:], named[2:]  # "TEWV and Wyre Clinical Commissioning Group": a short form, then
            # an organisation's name (not "the CSE and Missing Group")
        start, end = mods[0].start(), head.end()
        if start and text[start - 1] == "@":
            start -= 1  # "the @wyre team": a brand's sign is its name's
        if (words[0] in ("disabilities", "disability") or words[:2] in (["complex", "needs"], ["additional", "needs"])
                or words[:1] == ["complex"] and words[1:2] in (["health"], ["medical"])) \
                and (served := _PEOPLE_WITH_BEFORE.search(text, max(0, start - 44), start)):
            start = served.start()  # "the children with disabilities service": whom it serves, a term of the trade
        if head.group(1)[:1].isupper() and all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words)):
            end += _name_continued(text, end)  # "British Association for Adoption and Fostering"
            if text[end - 2 : end] in ("'s", "’s") and len(text[start:end].split()) >= 3:
                end -= 2  # "… Adoption and Fostering's chair": the name's possessive
        if head_word in _OF_EXCELLENCE_HEADS and (excellence := _OF_EXCELLENCE.match(text, end)):
            end = excellence.end()  # "the commissioning centre of excellence": a title of the trade, whole
        body_type, kind = PHRASE_HEADS[head_word]
        pieces = [(start, end)]
        conj = next((i for i, w in enumerate(words) if w == "and"), None)
        mixed = _name_and_kind_coordinated(mods, words, named, conj) \
            if head.group(2) and conj is not None and head_word not in NAMED_ONLY_HEADS else None
        one_provider = conj is not None and head.group(1)[:1].isupper() and words[-1] in ("community", "health", "healthcare") \
            and all(m.group(0)[:1].isupper() or w in _CONNECTORS for m, w in zip(mods, words)) \
            and (_names_an_area(text[mods[0].start() : mods[conj - 1].end()].split())
                 or all(w.lower() in _AREA_WORDS for w in text[mods[0].start() : mods[conj - 1].end()].split())
                 and head_word == "service" and any(_a_place_word(w) for w in text[mods[conj + 1].start() : mods[-1].end()].split())) \
            and not re.match(r"\s+each\b", text[head.end() :])  # ("Acute and Community Health Services": two kinds; "… each have": two;
        # "Eastern and Coastal Wyre Community Services": one provider, its area's words first and a place's name after "and"; not
        # "the Urban and Rural Community Health Teams")
        if head.group(2) and conj is not None and any(
                w == "and" and words[i + 1 : i + 2] and words[i + 1] in _IN_GENERAL
                and any(n or m.group(0)[:1].isupper() for m, n in zip(mods[:i], named[:i])) for i, w in enumerate(words)):
            continue  # "Wyre Hope and local housing associations": a name (the other finders'), then a kind in general
            # (or a place's: "YMCA Anyshire and Wyre and local housing associations")
        if head.group(2) and conj is not None and named[conj + 1 : conj + 2] == [True] and named[0] \
                and not _a_pair_of_words(words, conj) and not one_provider \
                and not (_only_sector(words[:conj]) and _only_sector(words[conj + 1 :])):
            # (not "Anyford and Wyre Community Services": one provider's name; not "the Children and Families teams": one title)
            # "the Harbour and New Horizons groups": two named bodies, one head
            pieces = [(start, mods[conj - 1].end()), (mods[conj + 1].start(), end)]
        elif mixed is not None:
            # "the Anyshire Futures and assessment teams": a body's name and a kind, one head
            pieces = [(start, mods[conj - 1].end()), (mods[conj + 1].start(), end)]
        elif (head.group(2) or conj is not None and _BOTH_BEFORE.search(text, max(0, start - 12), start)) \
                and conj is not None and 0 < conj < len(words) - 1 and not any(named) and not _two_works_paired(mods, head_word, True) \
                and not _two_teams_of_the_trade(mods, conj, head_word, bool(head.group(2))) \
                and (words.count("and") == 1 or (
                    _whole_generic(f"{text[start : mods[conj - 1].end()]} {head.group(1)}") is not None)) \
                and (head_word != "service" or _whole_generic(_AGES_FIRST.sub("", f"{text[start : mods[conj - 1].end()]} {head_word}")) is not None
                     and not all(w in PHRASE_SOFT_STOP or w in PHRASE_SECTOR for w in words[conj + 1 :])):
            # "drug and alcohol services" is one service; "adoption and residential services" two,
            # the first a kind of service of its own
            if _describes(mods[conj + 1]) and conj + 2 == len(mods) or all(_describes(m) for m in mods[:conj]):
                continue  # "effective governance and strong partnerships": a description
            # "fostering and adoption panels", "edge of care and complex safeguarding teams": one body each
            pieces = [(start, mods[conj - 1].end()), (mods[conj + 1].start(), end)]
            if any(_only_sector(text[a:b].split()[: -1 if b == end else None]) for a, b in pieces) \
                    or "," in text[start:end] and _front_line_list([w for w in words if w != "and"], head_word) \
                    or conj == len(words) - 2 and words[-1] == "support":
                pieces = [(start, end)]  # "safeguarding and family support teams", "the referral, assessment and intervention
                # teams": one body; so are "the family assessment and support teams": "support" alone is no team's kind
            elif head.group(2):  # "the fostering, adoption and residential services": three, the first before a comma
                listed = _kinds_listed_before(text, start, head.group(0))
                if listed:
                    pieces = [*listed, *pieces]
                    start = listed[0][0]
        if sector_after_and:
            # "legal and social care services": the legal services, and the sector
            pieces = [(start, mods[len(words) - 1 - words[::-1].index("and") - 1].end())]
        elif len(pieces) == 1 and head.group(2) and words.count("and") >= 2 and not any(named):
            ands = [i for i, w in enumerate(words) if w == "and"]
            if len(ands) != 3 or ands[1] - ands[0] < 2 or ands[2] - ands[1] < 2:
                continue  # "the A and B and C sub-groups": which "and" joins two names, the text cannot say
            # "the performance and quality assurance and learning and development sub-groups": two of a pair each
            pieces = [(start, mods[ands[1] - 1].end()), (mods[ands[1] + 1].start(), end)]
        shared = ""  # "the north and central locality teams", "the Northtown and Southtown assessment teams": two places, one kind
        if len(pieces) == 2 and conj == 1 and len(mods) > 3 and (all(m.group(0).islower() for m in mods[3:])
                                                                 or words[0] in _COMPASS and words[2] in _COMPASS) and (
                words[0] in _AREA_WORDS and words[2] in _AREA_WORDS or mods[0].group(0)[:1].isupper() and mods[2].group(0)[:1].isupper()):
            shared = text[mods[3].start() : mods[-1].end()] + " "
        whole = _tidy(_unquote(text[start:end])) if (len(pieces) > 1 or sector_after_and) and (
            not any(named) or mixed is not None or shared or named[0] and conj is not None and all(named[conj + 1 :])) else ""
        for piece_start, piece_end in pieces:
            written = text[piece_start:piece_end]
            if piece_end != end:
                written = f"{written} {shared}{head.group(0) if sector_after_and else head.group(1)}"
            plural_last = ()
            if piece_end == end and len(pieces) > 1 and head.group(2) and not sector_after_and:
                plural_last = (_tidy(_unquote(written)),)  # "… and Southtown assessment teams": one team, named as one
                written = text[piece_start : head.start()] + head.group(1)
            name = _tidy(_unquote(written))
            if re.search(r"(?:^|\s)['‘]|['’](?=\s\w)", name.replace("s' ", "s ")) and not re.search(r"\w['’]\w", name):
                continue  # an unbalanced quote: a piece of a quoted phrase
            if mixed is not None and piece_start == mixed[0] and piece_end == end:
                name = _tidy(_unquote(f"{text[piece_start : mixed[1]]} {head.group(1)}"))  # "the … and Anyshire Futures teams": one team
            if piece_start == 0 and re.match(r"[A-Z][a-z]", name) and name[1:] == name[1:].lower():
                name = name[0].lower() + name[1:]  # "Early help services are …": a sentence's capital
            kind_here = "SubGroup" if kind == "Board" and re.search(r"sub[- ]?group", name, re.I) \
                else _young_peoples_kind(name) if kind == "YouthForum" else kind
            generic = _whole_generic(_AGES_FIRST.sub("", name)) if whole else None
            if generic is not None:  # "edge of care and … teams": the edge of care team is a kind of its own
                name, body_type_here, kind_here = generic.name, generic.body_type, generic.kind
            else:
                body_type_here = body_type
            # "Voice4all" of "the Voice4all and care leaver groups": the name a reader lists it by, without the kind word
            bare = (_tidy(_unquote(text[mixed[0] : mixed[1]])),) if mixed is not None and mixed[0] == piece_start \
                and not _ACRONYM_WORD.fullmatch(text[mixed[0] : mixed[1]]) else ()
            if whole and piece_end != end:
                # the whole list is the first's mention, the rest of it from each other's name on its own
                # ("fostering, adoption and residential services": "adoption and residential services")
                listed = whole if piece_start == start else _tidy(_unquote(text[piece_start:end]))
                found.append(_Found(name, body_type_here, kind_here, piece_start, piece_end, written=written,
                                    aliases=(listed[0].lower() + listed[1:] if piece_start == 0 else listed, *bare),
                                    coordinated=True, key_name=generic.key_name if generic else ""))
                continue
            makeup = _MAKEUP_BEFORE.search(text, max(0, start - 40), start) \
                if len(pieces) == 1 and prefilter.needs(_MAKEUP_BEFORE, text) else None
            if len(pieces) == 1 and generic is None and name.startswith("specialist ") \
                    and not _only_sector(name.split()[1:-1]) and not _describes_only(" ".join(name.split()[1:-1])):
                name = name.removeprefix("specialist ")  # "a specialist connected persons team", as written among its names
            found.append(_Found(name, body_type_here, kind_here, piece_start, piece_end, written=written,
                                key_name=generic.key_name if generic else "",
                                aliases=((_tidy(_unquote(text[makeup.start() : end])),) if makeup else ()) + bare + plural_last
                                + _quoted_alone(mods, pieces), titled=_titled_alone(mods, pieces, head, text)))
    return _non_overlapping([_from_an_inner_title(item) for item in found])


def _from_an_inner_title(item: _Found) -> _Found:
    """A phrase that runs over a heading into a title starts at the title: "Fostering The Fostering
    Service recruited …" names "The Fostering Service"; one over a time, a place or a sentence's word
    before "the" starts after it ("In April the Youth Offending Team …")."""
    before_the = _WORD_THEN_THE.match(item.name)
    if before_the is not None and (_not_a_name_word(before_the.group(1)) or council_for(before_the.group(1)) is not None
                                   or before_the.group(1).isupper()):
        cut = before_the.end()
        return dataclasses.replace(item, name=item.name[cut:], start=item.start + cut,
                                   written=item.written[cut:] if item.written and item.written.startswith(item.name[:cut]) else item.written)
    inner = _THE_INSIDE_RUN.search(item.name) if " The " in item.name else None
    if inner is None or not _a_heading(item.name[: inner.start()]):
        return item  # (not "Break The Cycle Service": a title's own words before its "The")
    written = _THE_INSIDE_RUN.search(item.written) if item.written else None
    return dataclasses.replace(item, name=item.name[inner.start() + 1 :], start=item.start + inner.start() + 1,
                               written=item.written[written.start() + 1 :] if written is not None else item.written)


_WORD_THEN_THE = re.compile(r"([A-Z][\w’'-]*) the (?=[A-Z])")
_KIND_BEFORE_COMMA = re.compile(r"((?:(?<![\w'’-])[A-Z]|[a-z])[\w'’-]*(?: [a-z][\w'’-]*){0,3}), $")


def _kinds_listed_before(text: str, start: int, head: str) -> list[tuple[int, int]]:
    """Where each kind of a list before "A and B <head>" is, each a kind with ``head`` ("fostering"
    and "health visiting" of "fostering, health visiting and school nursing services"); the first
    the words of a kind that end the sentence's words before it ("commissions health visiting")."""
    listed: list[tuple[int, int]] = []
    while (item := _KIND_BEFORE_COMMA.search(text, max(0, start - 48), start)) is not None:
        words = item.group(1).split()
        kind = next((n for n in range(len(words), 0, -1) if _is_a_kind(f"{' '.join(words[-n:])} {head}")), 0)
        if not kind:
            break
        item_start = item.end(1) - len(" ".join(words[-kind:]))
        listed.insert(0, (item_start, item.end(1)))
        if kind < len(words):
            break  # a kind after the sentence's words: the list's first
        start = item.start()
    return listed
#: Whom a service for people with a disability serves, before "with": "the children with disabilities service".
_PEOPLE_WITH_BEFORE = re.compile(r"\b(?:children(?:\s+and\s+young\s+people)?|child|young people)\s+with\s+$", re.IGNORECASE)


def _for_children(mods: list[re.Match[str]], words: list[str]) -> bool:
    """Whether a programme's words say what it does with children or families ("mentoring",
    "pre-apprenticeship", "perpetrator"), none of them the council's work on itself ("training",
    "audit", "transformation"), a size or a length ("large-scale", "26-week"), or an owner's."""
    content = [w for m, w in zip(mods, words) if w not in _CONNECTORS and not _describes(m) and w not in PHRASE_SOFT_STOP]
    return bool(content) and not any(
        w in _INTERNAL_WORK and (w != "work" or i == len(content) - 1)  # but "a work preparation programme"
        or any(c.isdigit() for c in w) or w.endswith(("'s", "’s", "al", "scale", "ed")) or w in _DESCRIBING_SIZE
        for i, w in enumerate(content))


#: Words before "programme" that say how big, how long or how good it is, not what it does, and
#: that ``_describes`` does not already drop ("ambitious", "innovative", "short" it does).
_DESCRIBING_SIZE = {"substantial", "major", "large", "small", "forthcoming", "pioneering", "exemplary", "flagship",
                    "groundbreaking", "ground-breaking", "award-winning", "week", "weeks", "day", "days", "month",
                    "months", "year", "years", "hour", "hours"}
#: What a programme is of when it is the council's own work on itself, not one for children: "the
#: training programme", "a quality assurance and audit programme", "the transformation programme".
_INTERNAL_WORK = {
    "training", "work", "audit", "development", "improvement", "improvements", "transformation", "quality", "assurance",
    "performance", "management", "commissioning", "leadership", "recruitment", "retention", "induction", "change",
    "capital", "building", "investment", "support", "learning", "practice", "research", "evaluation", "data", "action",
    "communication", "communications", "engagement", "consultation", "review", "modernisation", "efficiency",
    "savings", "saving", "restructure", "restructuring", "workforce", "staff", "pilot", "annual", "rolling",
    "local", "multi-agency", "council", "authority", "board", "partnership", "board's", "council's", "partnership's",
}
#: "… of excellence" after a head: the trade's title for a centre that leads others in its work.
_OF_EXCELLENCE = re.compile(r"\s+of\s+excellence(?![\w-])", re.IGNORECASE)
_OF_EXCELLENCE_HEADS = {"centre", "hub", "academy", "unit"}
#: "both" before a coordination: two bodies share the singular head ("both the children in care
#: and care leavers council meet").
_BOTH_BEFORE = re.compile(r"(?<![\w-])both\s+(?:the\s+)?$", re.IGNORECASE)
#: Words a phrase's name drops as judgements that also say how a team is made up or for how long
#: it works with a family: a reader writes "the integrated looked after children teams", "the
#: longer-term childcare teams", and so the body keeps that wording among its names.
_MAKEUP_BEFORE = re.compile(r"(?:(?<![\w-])(?:integrated|joint|(?:long|longer|short|shorter)-term)\s+)+$", re.IGNORECASE)


#: Which one of several a word says, not a name: "the first hubs opened", "the First and Second panels".
_ORDINALS = {"first", "second", "third", "last", "next", "latter", "former"}
#: Words a pair of capitalised words names people or a time by, not two bodies ("Mother and Baby units",
#: "Dads and Lads groups", "the March and June panels", "the Old and New boards").
_PAIRED_WORDS = {
    "mother", "mothers", "baby", "babies", "mum", "mums", "tots", "dad", "dads", "lads", "brother", "brothers",
    "sister", "sisters", "parent", "parents", "child", "children", "toddler", "toddlers", "carer", "carers",
    "family", "families", "boys", "girls", "men", "women", "young", "old", "new", *_ORDINALS,
    *(day.lower() for day in _WEEKDAYS), "day", "night", "morning", "evening",
}


def _a_pair_of_words(words: list[str], conj: int) -> bool:
    """Whether the words on either side of "and" are a pair of people, a time or a judgement, not two names."""
    sides = (words[:conj], words[conj + 1 :])
    return any(len(side) == 1 and (side[0].lower() in _PAIRED_WORDS or _A_TIME.fullmatch(side[0])) for side in sides)


def _name_and_kind_coordinated(mods: list[re.Match[str]], words: list[str], named: list[bool],
                               conj: int) -> tuple[int, int] | None:
    """Where the name is, when one side of a phrase's only "and" is a body's name (capitalised
    words or a short form) and the other a kind in lower case, one plural kind word after both:
    "the Anyshire Futures and assessment teams", "the Voice4us and care leaver groups", "the ASH
    and duty teams". None when not so, or when the name is a place's or the other side only the
    sector or a description ("the Anyshire and social work teams")."""
    if words.count("and") != 1 or not 0 < conj < len(words) - 1:
        return None
    left, right = named[:conj], named[conj + 1 :]
    text = mods[0].string
    capitals = [_is_name_word(m, text) for m in mods]

    def names(side: list[bool], side_capitals: list[bool]) -> bool:
        return all(side_capitals) and any(side)  # "Families Forward": a name, though a sector's word starts it

    if names(left, capitals[:conj]) and not any(right):
        name, kind = mods[:conj], mods[conj + 1 :]
    elif names(right, capitals[conj + 1 :]) and not any(left):
        name, kind = mods[conj + 1 :], mods[:conj]
    else:
        return None
    written = text[name[0].start() : name[-1].end()]
    if any(m.group(0).lower() in _CONNECTORS for m in name) or council_for(written) is not None \
            or police_force_for(written) is not None or _POSSESSIVE.search(written):
        return None
    kind_words = [m.group(0).lower() for m in kind]
    if any(m.group(0)[:1].isupper() for m in kind):
        return None  # "Drug and Alcohol services": a sentence's capital, not a name and a kind
    if _only_sector(kind_words) or all(_describes(m) or w in _CONNECTORS or w in PHRASE_SOFT_STOP
                                       for m, w in zip(kind, kind_words)):
        return None
    return name[0].start(), name[-1].end()


#: Words that follow a kind word as a compound's noun ("the service offer") but as the verb after a
#: plural ("the early help units offer …", "the locality teams lead on …").
_VERBS_AFTER_PLURAL = {"offer", "lead", "review", "report", "challenge", "audit", "design", "redesign", "structure", "head", "chair"}
#: Words that make a plural kind one in general, not one more body's name: "local housing associations".
_IN_GENERAL = {"local", "other", "various", "several", "many", "some"}
#: An age or an age range a team is named by: "16", "0-25", "16+", "0–19".
_AGE_RANGE = re.compile(r"\d{1,2}(?:(?:[-–]| to )\d{1,2})?\+?")
#: The ages a service is for, before its kind: "the 0–19 health visiting and school nursing services".
_AGES_FIRST = re.compile(rf"^{_AGE_RANGE.pattern}s? ")


def _quoted_alone(mods: list[re.Match[str]], pieces: list[tuple[int, int]]) -> tuple[str, ...]:
    """A name in quotes alone before the kind word ("the 'Wyre-U' service"): the body is known by it alone too."""
    word = mods[0].group(0) if len(mods) == 1 and len(pieces) == 1 else ""
    inner = word[1:-1]
    # only a name no sentence writes in lower case (a word's capitals, a digit or a sign): not "'Enjoy'", which "enjoy" would find
    titled = " " in inner and sum(w[:1].isupper() or w.isdigit() for w in inner.split()) >= 2  # "the 'Enough is Enough' initiative"
    return (inner,) if len(inner) > 2 and word[:1] in "‘'" and word[-1:] in "’'" and inner[:1].isupper() \
        and (" " not in inner and re.search(r"[A-Za-z][A-Z]|\d|[-&@+]", inner) or titled) else ()


#: The small words inside a title between its capitalised words: "Adoption in Anyshire", "Signs of Wyre".
_TITLES_SMALL_WORDS = {"in", "of", "for", "and", "the", "&", "on"}
#: The words of England's regions' names ("London", "Yorkshire", "Humber"): an area's, in a title.
_REGIONS_WORDS = frozenset(word for region in _REGION_NAMES for word in region.split() if word[:1].isupper())
#: The institutions whose name a unit inside them is written after ("the Wyre Prison mother and baby unit").
_INSTITUTIONS = {"Prison", "Hospital", "Infirmary", "School", "College", "University", "Academy", "Institution", "Centre"}
#: A title's field and the place it works in or for, whatever its field's words: "Adoption in Anyshire", "Fostering for
#: Wyre" (not "Children in Care": whom it serves).
_FOR_A_PLACE = re.compile(r"\s(?:in|for)\s+[A-Z]\S*$")


def _titled_alone(mods: list[re.Match[str]], pieces: list[tuple[int, int]], head: re.Match[str], text: str) -> str:
    """A title of two capitalised words or more opening the words before a kind word in lower case ("the Adoption in
    Anyshire consortium", "the Bright Wyre early childhood service"): the body is known by its title alone too; not a
    council's or a place's name with the sector's words ("the Anyford Youth service"), nor a kind the gazetteer knows, nor a
    title ending in a word of the sector, of the people served or of a kind. The registry keeps it where the report never
    writes it in lower case (``BodyRegistry.own_title``: not "Quality Assurance")."""
    if len(pieces) != 1 or not head.group(0)[:1].islower():
        return ""
    words = [m.group(0) for m in mods]
    n = 0
    while n < len(words) and (words[n][:1].isupper() or words[n] in _TITLES_SMALL_WORDS and n + 1 < len(words) and words[n + 1][:1].isupper()):
        n += 1
    title = _tidy(" ".join(words[:n]))
    capitals = [w for w in words[:n] if w[:1].isupper()]
    if len(capitals) < 2 or n and words[n - 1] in _TITLES_SMALL_WORDS or _at_sentence_start(text, mods[0].start()) and n < 3 \
            or any(w[:1].isupper() for w in words[n:]):
        return ""  # (not "No Recourse" of "the No Recourse to Public Funds team": a title goes on after a small word)
    if all(w.lower() in _COMPASS or w.lower() in _AREA_WORDS or w in _REGIONS_WORDS or _a_place_word(w) or council_for(w) is not None
           for w in capitals) \
            or capitals[-1] in _INSTITUTIONS:
        return ""  # an area's name ("the South London care proceedings pilot", "the North East London consortium") or a place's
        # institution the body is part of ("the Eastwood Wyre Prison mother and baby unit")
    own = [w.lower() for w in capitals if council_for(w) is None and not _a_place_word(w)]

    def describes(word: str) -> bool:
        return any(word in vocabulary or word.rstrip("s") in vocabulary for vocabulary in (
            PHRASE_SECTOR, DESCRIBING, PEOPLE_SERVED, PHRASE_SOFT_STOP, ING_NOUNS, PHRASE_HEADS, _FIELDS_OF_WORK))
    if council_for(title) is not None or _generic_matches(title) or _ANY_HEAD_END.search(title) or not own \
            or not (_FOR_A_PLACE.search(title) and not describes(title.split()[-1].lower())) \
            and (describes(own[-1]) or all(map(describes, own))) \
            or re.fullmatch(r"\S+ and \S+", title):
        return ""  # (a title ending in the sector's, the people's or a kind's word describes: "the Wyre Mums service", "Somali
        # Community Health groups", "the Children's Rights service", "the Refugee Healthcare team"; so do places alone, and two
        # words joined by "and" are as often two places or two fields: "the Yorkshire and Humber adoption consortium", "the
        # Drug and Alcohol service")
    return title


#: What a standing meeting of partners is held for, as the words before "meeting" say it ("the
#: early warning meetings", "placement allocation meetings", "the exploitation tasking meeting"):
#: a meeting that recurs about many children, which a reader lists as a body, unlike one child's.
_STANDING_MEETINGS = {
    "missing", "exploitation", "assurance", "risk", "allocation", "allocations", "tasking", "gangs", "gang",
    "warning", "decision-making", "decision-makers'", "decision-makers", "stability", "impact", "oversight",
    "tracking", "sufficiency", "resource", "resources", "vulnerability", "vulnerable", "contextual",
    "radicalisation", "trafficking",
}
#: One child's meetings even where a standing meeting's word comes before: "the risk core group meeting"
#: (a strategy, review or network meeting after such a word is a standing one's: "the exploitation
#: strategy meeting").
_ONE_CHILDS_MEETINGS = _CASE_MEETINGS - {"strategy", "review", "reviews", "network"}
#: Words in -ing that name a field of service ("fostering services"), not an activity done to
#: services ("commissioning services", "spot-purchasing services").
_FIELD_ING = set(ING_NOUNS) - {"commissioning", "planning", "funding", "monitoring", "sharing", "supporting",
                               "working", "thinking", "reporting", "building", "steering", "matching"}


def _is_activity(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    return len(last) > 4 and last.endswith("ing") and word not in _FIELD_ING and last not in _FIELD_ING


#: A capitalised name running on after its kind word through "for"/"of" and capitalised words:
#: "British Association for Adoption and Fostering", "Commission for Social Care Inspection", "the Wyre Team for
#: Children with Disabilities".
_NAME_CONTINUED = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|for|in|the|with|at)\s+)?[A-Z][\w'’-]*)*"
)
#: The rest of a list of whom a name's body serves, after its first item: ", Young People and Families".
_PEOPLE_LISTED_AFTER = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\b")


def _name_continued(text: str, position: int) -> int:
    """How far a capitalised name goes on after its kind word: 0 when it stops there, or when
    what follows is a place ("the Safeguarding Board for Anyshire"), a date or a police force; through a list of
    whom it serves ("the Wyre Partnership for Children, Young People and Families")."""
    match = _NAME_CONTINUED.match(text, position)
    if match is None:
        return 0
    rest = re.sub(r"^\s+(?:for|of)\s+(?:the\s+)?", "", match.group(0))
    if council_for(rest) is not None or _MONTHS.search(rest) or rest.split()[0] in ("England", "Wales", "Children's") \
            or police_force_for(rest) is not None:
        return 0  # (and "the Public Protection Directorate of Anyshire Constabulary": the force, a body of its own)
    served = _PEOPLE_LISTED_AFTER.match(text, match.end())
    if served is not None and all(w.lower() in PEOPLE_SERVED or w.lower() in ("young", "people", "adults")
                                  for w in re.findall(r"[A-Za-z'’]+", served.group(0)) if w != "and"):
        return served.end() - position  # "the Wyre Partnership for Children, Young People and Families": whom it serves, listed
    return match.end() - position

_FOLLOWING_HEAD = re.compile(r"\s+(?:and|or)\s+([a-z][a-z-]*)\s+([a-z][a-z'’-]*)")
#: Heads whose sector-only phrase still names one body: "a social work academy", "children's centres".
_SUB_GROUP_HEADS = {"sub-group", "subgroup", "sub group", "sub-committee"}
#: Words naming a board itself or any of its sub-groups, not what one works on: "the board sub-groups", "a local subgroup".
_BOARD_WORDS = {"board", "board's", "partnership", "partnership's", "lscb", "lscp", "scp", "committee", "main", "safeguarding",
                "local", "new", "other", "several", "various", "existing", "relevant", "dedicated", "specific"}
_SECTOR_NAMED_HEADS = {"academy", "centre", "hub", "unit", "panel", "forum", "committee", "scrutiny commission", *_SUB_GROUP_HEADS}  # "the children and families committee"
#: Words that make a "… council" a council of young people ("children in care council").
_YOUNG_PEOPLE = {"youth", "young", "children", "children's", "care", "care-experienced", "leavers", "school",
                 "schools", "pupil", "pupils", "student", "students", "people's", "experienced", "people"}
_CARE_WITH_A_DIGIT = re.compile(_CARE_DIGIT)
#: A council's own things after "council", which make it the local authority's: "council tax", "council apprenticeships".
_A_COUNCILS_THINGS_AFTER = re.compile(r"\s+(?:tax|apprenticeships?|housing|homes|tenanc(?:y|ies)|flats|properties|jobs|offices|estates?|"
                                      r"buildings|staff|employees|services|departments?)\b")
#: Words of a party, a field or a region before "councils", not a council's place ("Labour and Conservative district councils").
_NOT_A_PLACE = {"labour", "conservative", "liberal", "green", "independent", "housing", "planning", "both", "all", "greater",
                "merseyside", "sussex", "surrey", "pennine", "london", "metropolitan", "shire", "urban", "rural"}
#: The styles of a council written in lower case before a plural "councils": "borough", "district" …
_COUNCIL_STYLE_WORDS = {"borough", "district", "city", "county", "metropolitan"}
#: Words that make a "… councils" other councils of the area ("district councils").
_PLACE_KINDS = {"district", "districts", "parish", "town", "county", "borough", "city", "neighbouring",
                "unitary", "local"}
#: Words before "group" that sort people, not gather them: "ethnic group", "age group", "sibling group".
_PEOPLE_SORTED = {"ethnic", "age", "sibling", "peer", "minority", "income"}
#: Words that say only who makes a group up: with them alone its head names no one group.
_SCOPE_ONLY = {"multi-agency", "multiagency", "multi-disciplinary", "multidisciplinary", "inter-agency", "working", "and"}
#: Fields of health care: services named by one and the sector's words are the field, in the plural.
_HEALTH_FIELDS = {"emotional", "sexual", "mainstream", "physical", "oral", "reproductive"}
#: The sector's words that name a field of work on their own, one service of the council's after its possessive ("the
#: council's education service"), unlike a level or a manner of help ("the council's specialist service").
_ONE_WORD_FIELDS = {"education", "educational", "leisure", "family", "youth", "homeless"}
#: The council's possessive right before a phrase: "the council's", "the county council's", "the council's own".
_THE_COUNCILS_BEFORE = re.compile(rf"\b{_THE_COUNCILS}\s+(?:own\s+)?$", re.IGNORECASE)
#: Words of one person or one family, whose team is the professionals around them, no body: "the child's multi-agency
#: team", "the family's professional team".
_ONE_PERSONS = {"child's", "child’s", "person's", "person’s", "family's", "family’s", "professional", "professionals"}
#: Words of the work of a service's own team, which a team named by the service's short form and one of them is: "the MASH
#: triage team", "the CAMHS crisis team", "the LSCB business unit" (not "the CCG safeguarding team", "the CQC inspection team": the body's own work).
_A_TEAMS_OWN_WORK = {"triage", "crisis", "duty", "intake", "screening", "outreach", "liaison", "business"}
#: Words that make a service or team of the sector's words the sector or the council's department, however written:
#: "the children's social care service", "the health service", "the voluntary sector team".
_THE_SECTORS_OWN = {"children's", "children’s", "social", "care", "health", "local", "authority", "council", "sector", "statutory"}
#: With the sector's words, what the council's children's services as a whole do.
#: Words before a kind that make it the sector's in the country as a whole: "Nationally, the …", "In England, the …".
_NATIONALLY = re.compile(r"\b(?:[Nn]ationally|[Ii]n\s+England|[Aa]cross\s+(?:England|the\s+country))\b")
#: The same after a kind, or the kind being a department's title: "… across England", "… service directorate".
_THE_SECTOR_ACROSS_AFTER = re.compile(r"\s+(?:(?:across|throughout)\s+(?:England|the\s+country)|(?:directorate|department)s?)\b")
#: Whom a council's one service of children's social care serves, its name after "the" in the singular ("the children and
#: families service", "the council's child and family service").
_CHILDREN_AND_FAMILIES = (["children", "and", "families"], ["children", "and", "family"], ["child", "and", "family"],
                          ["children", "young", "people", "and", "families"], ["children", "young", "people's", "and", "families"])
_WHOLE_SERVICE = {"safeguarding", "looked", "after", "protection", "statutory"}
#: What comes before a scrutiny commission named by its kind alone: "the", a possessive, "overview and".
_BARE_SCRUTINY_BEFORE = re.compile(_AN_OWNER + r"((?:overview\s+and\s+)?)$", re.IGNORECASE)
_OWN_BEFORE = re.compile(_AN_OWNER + "$", re.IGNORECASE)
#: A possessive before a programme whose owner is no body ("the Duke of Anyshire's award scheme"),
#: unlike "the corporate parenting board's mentoring programme".
_OWNER_NOT_A_BODY = re.compile(r"(?<![\w'’-])(?!(?:" + "|".join(sorted(_WHOSE)) + r")['’]s\s*$)[\w-]+['’]s\s*$", re.IGNORECASE)


def _after_possessive_place(mods: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """"Anyshire's services", "Anyshire County Council's services": the words after the council's
    possessive, which is whose the body is, not part of its name."""
    for i in range(len(mods) - 1, -1, -1):
        word = mods[i].group(0)
        if not _POSSESSIVE.search(word):
            continue
        whose = word[:-2]
        if whose.lower() in _WHOSE or whose.lower() in _ONE_PERSON or _is_post(whose):  # "the Board's Strategic Planning Group", "the principal social worker's forums"
            rest = mods[i + 1 :]
            while rest and rest[0].group(0).lower() in _CONNECTORS:
                rest = rest[1:]
            return rest
        if word[:1].isupper() and word.lower() in PEOPLE_SERVED:
            # "the Children's help and advice service": whom it serves, not whose it is; a
            # connector before it ends another phrase ("investment in Children's Services")
            return mods[i:] if i and mods[i - 1].group(0).lower() in _CONNECTORS else mods
        if not word[:1].isupper():
            continue
        generic_rest = all(not m.group(0)[:1].isupper() for m in mods[i + 1 :])  # "Anyshire's legal team", "Wyre's 0–19 service"
        for j in range(i + 1):
            owner = text[mods[j].start() : mods[i].end() - 2]
            if generic_rest or council_for(owner) is not None or _NATIONAL_WHOLE.fullmatch(owner) \
                    or j == i and re.fullmatch(r"[A-Z]{2,8}", owner):
                # (and "the NSPCC's 'Speak Out Stay Safe' programme": a national body's programme, named apart; "the
                # WSCB's CSE and missing sub-group": a body's short form, whose the sub-group is)
                rest = mods[i + 1 :]
                while rest and rest[0].group(0).lower() in _CONNECTORS:
                    rest = rest[1:]
                return rest
    return mods
_WORD_START = re.compile(r"[‘'A-Za-z0-9]")


def _children_looked_after(tokens: list[re.Match[str]], token: re.Match[str], mods: list[re.Match[str]]) -> bool:
    """Whether ``token`` is the "after" or "looked" of "children looked after" right before a head."""
    at = tokens.index(token)
    words = [t.group(0).lower() for t in tokens[max(0, at - 2) : at + 1]]
    if words[-1] == "after":
        return not mods and words[-3:-1] in (["children", "looked"], ["child", "looked"])
    return bool(mods) and mods[0].group(0).lower() == "after" and words[-2:-1] in (["children"], ["child"])


#: The steps of the front line's work that one kind of team is named by, listed: "the contact, referral and assessment
#: teams", "the referral, assessment and intervention teams".
_FRONT_DOOR_STEPS = frozenset({"contact", "referral", "referrals", "assessment", "intervention", "duty", "intake", "response", "advice"})
_FRONT_LINE_WORK = _FRONT_DOOR_STEPS | {"safeguarding", "support", "protection", "planning"}


def _front_line_list(listed: list[str], head_word: str) -> bool:
    """Whether a list before plural teams names the steps of the front line's work, one of them the front door's: teams
    of one kind ("the referral, assessment and intervention teams"), not several ("the safeguarding, support and
    protection services", the sector's)."""
    return head_word.lower() == "team" and all(w in _FRONT_LINE_WORK for w in listed) and any(w in _FRONT_DOOR_STEPS for w in listed)


def _lower_list_before_one(tokens: list[re.Match[str]], comma: re.Match[str], mods: list[re.Match[str]], text: str, position: int) -> bool:
    """Whether a comma is inside one body's list of what it does: "the contact, referral and assessment
    team", "the board's missing, sexually exploited and trafficked sub-group" (words and commas, then
    "A and B" before one singular head, an article or a possessive before it all); not "the police,
    health and youth offending team" or "fostering, adoption and residential services". A board's list
    may hold the sector's words and, after its first, the words of its work ("the vulnerable, exploited,
    missing and trafficked panel", "the board's learning, review and development sub-group"); a team's not."""
    head = _PHRASE_HEAD.match(text, position)
    at = tokens.index(comma)
    words = [m.group(0) for m in mods]
    if head is not None and _a_boards_head(head) and len(words) >= 4 and words[-1] in _GOVERNING and words[-3] == "and":
        words = words[:-1]  # "the missing, exploited and trafficked operational group": the list, then which of two groups
    # a unit's list of its functions: "the safeguarding, review and quality assurance service" (ending in the two words
    # of one), "the safeguarding, quality and practice service" (each word one of them), "the safeguarding, quality
    # assurance and review unit" (the two words of one first)
    last = 3 if words[-3:] == ["and", "quality", "assurance"] else 2
    functions = last == 3 or len(words) == 3 and all(w in _UNIT_FUNCTIONS for w in (tokens[at - 1].group(0), words[0], words[2])) \
        or words[:3] == ["quality", "assurance", "and"] and len(words) == 4 \
        and all(w in _UNIT_FUNCTIONS for w in (tokens[at - 1].group(0), words[3]))
    if head is None or at < 2 or len(words) <= last or words[-last] != "and" or "and" in words[:-last]:
        return False
    listed = [tokens[at - 1].group(0), *words[:-last], words[-1]]
    before = at - 2
    while before >= 1 and tokens[before].group(0) == "," and len(listed) < 8:
        listed.insert(0, tokens[before - 1].group(0))  # "the vulnerable, exploited, missing and …": more of the list
        before -= 2
    front_line = bool(head.group(2))
    fields = not front_line and head.group(1).lower() in ("team", "service", "unit")  # "the education, employment and training
    # team", "the council's youth, community and play service": one team's or service's fields of work, the sector's words
    if front_line and not _front_line_list(listed, head.group(1)):
        return False  # (plural, several kinds of team: "fostering, adoption and residential services"; but "the referral,
        # assessment and intervention teams" are teams of one kind, named by the steps of the work they all do)
    a_board = _a_boards_head(head) or head.group(1).lower() in _FOR_WHOM_HEADS and all(
        w.lower() in _AT_RISK for w in listed)  # "the missing, exploited and trafficked hub (MET hub)": whom it is for
    if a_board and listed[0] in _AT_RISK:
        qualifiers = 0
        while before >= 0 and qualifiers < 4 and tokens[before].group(0) in _A_HARMS_QUALIFIERS:
            before, qualifiers = before - 1, qualifiers + 1  # "the multi-agency child sexual exploitation, trafficking and missing
            # sub-group": the first of a board's harms named in more words than one
    if before >= 1 and tokens[before].group(0).lower() in _HOW_OFTEN_IT_MEETS:
        before -= 1  # "the monthly missing, exploited and trafficked panel": how often it meets, then whom it is for
    opener = tokens[before].group(0) if before >= 0 else ""
    if opener.lower() not in (*_DETERMINERS, "our") and not opener.endswith(("'s", "’s")) and not (a_board and opener == "("):
        return False  # (a board's list may open a bracket: "the MET group (missing, exploited and trafficked group)")
    return all((w.islower() and w.replace("-", "").isalpha() or a_board and re.fullmatch(r"[A-Z]{2,5}", w))  # "its CSE, missing and …"
               and w not in PHRASE_BREAK and w not in PHRASE_ROLES and w not in PHRASE_STOP
               and (a_board or functions or front_line or fields or w not in PHRASE_SECTOR) and w not in _LIST_ORDINALS
               and not (fields and (w in PEOPLE_SERVED or _people_at_work(w)))
               and (w not in PHRASE_SOFT_STOP or a_board and i > 0 and w not in DESCRIBING or functions and w in _UNIT_FUNCTIONS or front_line)
               and (not functions or w in _UNIT_FUNCTIONS or w in ING_NOUNS)  # (not "the carers, leaders and …")
               and (w in _AT_RISK or functions and w in _UNIT_FUNCTIONS
                    or not (w in DESCRIBING or w.endswith(("ed", "ly")) or DESCRIBING_ENDING.fullmatch(w)))
               for i, w in enumerate(listed))  # (not "a focused, committed and effective panel")

#: Kind words besides a board's that a list of whom a body is for may name: "the missing, exploited and
#: trafficked hub", "the council's missing and exploited team".
_FOR_WHOM_HEADS = ("hub", "team", "unit")


#: Whom a council's scrutiny body is for, listed after "children,": "the children, schools and families scrutiny committee".
_WHOM_AFTER_CHILDREN = {"young", "people", "schools", "education", "families", "learning", "skills", "adults", "health", "and"}


def _whom_a_scrutiny_serves(mods: list[re.Match[str]], position: int, text: str, opener: str | None = None) -> bool:
    """Whether the words after "children," and before a head (``mods``) say whom one body is for: "young people and
    families" before any head, or a list of the council's fields before a board's ("schools and families scrutiny
    committee"; not "the police, health and youth offending team"), where the word before "children" (``opener``, when
    given) opens a name: an article, "our" or an owner's ("the council's children, schools and families committee")."""
    words = [m.group(0) for m in mods]
    if [w.lower() for w in words[:3]] == ["young", "people", "and"]:
        return True
    if opener is not None and opener not in (*_DETERMINERS, "our") and not opener.endswith(("'s", "’s")):
        return False
    head = _PHRASE_HEAD.match(text, position)
    return head is not None and _a_boards_head(head) and "and" in words[:-1] and len(words) <= 5 and all(
        w.islower() and w in _WHOM_AFTER_CHILDREN for w in words[: words.index("and") + 2])


def _a_boards_head(head: re.Match[str]) -> bool:
    """Whether a head ``_PHRASE_HEAD`` matched is a board's, a panel's or a group's kind word."""
    return PHRASE_HEADS.get(_singular_head(head.group(1).lower()), ("",))[0] == "Board"


def _in_a_boards_list(tokens: list[re.Match[str]], token: re.Match[str], text: str, position: int) -> bool:
    """Whether a word in -ed, -ing or -ly is an item of a list in lower case that names a board, a
    panel or a group by whom it is for ("the missing, sexually exploited and trafficked sub-group"): a
    comma and "and" near it, the head a board's in the singular."""
    if token.group(0).lower() not in _AT_RISK:
        return False  # (not "a strengthened, restructured and refocused group": how it is, not whom it is for)
    head = _PHRASE_HEAD.match(text, position)
    index = tokens.index(token)
    between = 1 if index >= 3 and tokens[index - 1].group(0).lower() in _AT_RISK and tokens[index - 1].group(0).endswith("ly") else 0
    paired = index >= 2 + between and tokens[index - 1 - between].group(0) == "and" \
        and tokens[index - 2 - between].group(0).lower() in _AT_RISK  # ("the missing and sexually exploited children panel")
    near = [tokens[i].group(0) for i in range(max(0, index - 4), min(len(tokens), index + 4)) if i != index]
    if head is None or head.group(2) or not (_a_boards_head(head) or head.group(1).lower() in _FOR_WHOM_HEADS):
        return False  # (a team too, by two or more of whom it is for: "the council's missing and exploited team", "the missing,
        # exploited and trafficked hub")
    return "and" in near and ("," in near or paired)  # a list of three or more, or two of whom it is for ("the missing and
    # exploited sub-group"; not "a lively and engaging forum")


#: Words in -ed, -ing or -ly that say whom a board, a panel or a group is for: children missing,
#: exploited, trafficked or at risk ("the missing, sexually exploited and trafficked sub-group").
_AT_RISK = {"missing", "exploited", "exploitation", "trafficked", "trafficking", "sexually", "criminally", "abused", "harmed",
            "radicalised", "offending", "neglected", "vulnerable", "runaway", "absent", "homeless"}
#: How often a board or a panel meets, said between its article and its name: "the monthly missing, exploited and
#: trafficked panel".
_HOW_OFTEN_IT_MEETS = {"daily", "weekly", "fortnightly", "monthly", "bi-monthly", "quarterly", "six-weekly", "annual"}
#: Words that name a harm more closely before its word in ``_AT_RISK``: "child sexual exploitation", "multi-agency criminal exploitation".
_A_HARMS_QUALIFIERS = {"child", "sexual", "criminal", "multi-agency", "contextual", "online", "extra-familial"}


_LIST_ORDINALS = _ORDINALS | {"fourth", "fifth", "sixth", "final"}


#: A standing group's kind word after "member": "the corporate parenting member group", "… members' panel".
_MEMBERS_GROUP_HEAD = re.compile(r"(?:group|panel|board|forum|committee|sub-?group)s?\b", re.IGNORECASE)
#: Words before "member" that make it a person: "a member", "the lead member", "each member".
_NOT_A_MEMBERS_TOPIC = {"a", "an", "the", "lead", "each", "every", "one", "any", "other", "board", "panel", "group", "committee",
                        "council", "its", "their", "his", "her", "staff", "family", "team", "cabinet", "portfolio", "executive"}


def _missing_as_a_term(tokens: list[re.Match[str]], token: re.Match[str], services: bool) -> bool:
    """Whether "missing from care|education" before ``token`` ("from") is a term of the trade in a name ("the
    council's (children) missing from care panel"), not a clause ("when children go missing from care services …",
    "children reported missing from …"); before "services", a clause's object more often than a kind, only after an
    article or an owner ("for all children missing from care services")."""
    before, before_that = _word_before(tokens, token, 2), _word_before(tokens, token, 3)
    people = before in ("children", "child", "people", "pupils")
    if before in _GO_MISSING or people and before_that in _GO_MISSING:
        return False
    return not services or _an_owner(before) or before in ("children", "child") and _an_owner(before_that)


def _an_owner(word: str) -> bool:
    """Whether a word before a name is an article or an owner's ("the", "its", "the council's")."""
    return word in ("the", "its", "their", "our") or word.endswith(("'s", "’s"))


#: Words before "missing" that make it a clause's verb: "children go missing from care …", "reported missing from …",
#: "young people missing from care services are offered …" (a sentence's start, "", too).
_GO_MISSING = {"go", "goes", "went", "gone", "going", "are", "is", "was", "were", "be", "been", "being", "who", "had", "have", "has",
               "run", "runs", "ran", "often", "regularly", "frequently", "repeatedly", "become", "becomes", "when", "if", "reported",
               "recorded", "as", "not", "young", "", "."}


#: One team or service at a phrase's head: "… service", "… team" (not "… teams").
_ONE_HEAD_AT = re.compile(r"(?:service|team)\b")


#: A plural word: "hubs", "teams", "Centres".
_PLURAL_WORD_AT = re.compile(r"[a-z’'-]+(?<!s)s\b", re.IGNORECASE)
#: Whom "in care" follows in a term of the trade: "the children in care teams", "… young people in care teams".
_IN_CARE_AFTER = ("children", "child", "people")


def _modifiers_before(text: str, position: int) -> list[re.Match[str]]:
    """The words before a head that belong to its name, nearest last."""
    # (a name reaches back a few words, never hundreds of characters: the words are read from a window
    # before the head, so a paragraph of many heads takes time linear in its length)
    tokens = list(_PHRASE_TOKEN.finditer(text, max(0, text.rfind(" ", 0, max(0, position - 600)) + 1), position))
    mods: list[re.Match[str]] = []
    title_connector = False  # "in" or "for" taken before a capital: a title's, if a capital comes before it too
    for token in reversed(tokens):
        word = token.group(0)
        lowered = word.lower().strip("‘’'")
        named = _is_name_word(token, text)
        if title_connector and (not named and not word[:1].isupper()
                                or lowered.rstrip("s") in PHRASE_ROLES | _PEOPLE_BEFORE_IN and text[position : position + 1].isupper()):
            mods = mods[1:]  # "UASC living in Anyshire assessment centre", "Judges in Wyre Family Court": the place's name, not
            break  # "… living in", a person's (but "the Partners in Care forum", a title in lower case's kind)
        title_connector = False
        if lowered == "in" and mods and (mods[0].group(0).lower() == "need" or (
                mods[0].group(0).lower() == "care" and _previous_word(tokens, token) in _IN_CARE_AFTER
                and not (len(mods) > 1 and mods[1].group(0).lower() == "proceedings"))):
            mods.insert(0, token)  # "the child in need intervention service", "the children in care teams", "the children and young
            # people in care teams": terms of the trade (not "… young people in care proceedings teams": the proceedings' teams)
            continue
        if lowered == "in" and mods and mods[0].group(0).lower() == "education" and _previous_word(tokens, token) == "safeguarding":
            mods.insert(0, token)  # "the safeguarding in education team": a term of the trade
            continue
        if lowered == "access" and not mods and _previous_word(tokens, token) in ("fair", "education", "pupil"):
            mods.insert(0, token)  # "the fair access panel", "the education access service", "the pupil access team": terms of the
            # trade (schools' places),
            continue  # not a verb (``_TERM_AFTER`` keeps "fair")
        if lowered == "access" and not mods and _previous_word(tokens, token) in ("the", "its"):
            mods.insert(0, token)  # "received by the access team": a front door's team by its work, a noun after "the" (not
            continue  # "helped to access team support")
        if lowered == "access" and mods and mods[0].group(0).lower() == "and" and _previous_word(tokens, token) in _DETERMINERS:
            mods.insert(0, token)  # "the access and inclusion service", "the access and assessment team": a noun after "the",
            continue  # not the verb ("helped to access and use services")
        if lowered == "against" and mods and mods[0].group(0).lower() == "women" and _previous_word(tokens, token) == "violence":
            mods.insert(0, token)  # "the violence against women and girls team": a term of the trade (VAWG)
            continue
        if lowered == "for" and mods and mods[0].group(0).lower() == "adulthood" and _previous_word(tokens, token) == "preparing":
            mods.insert(0, token)  # "the preparing for adulthood panel": a term of the trade
            continue
        if lowered == "to" and mods and mods[0].group(0).lower() in _WHERE_A_TRANSITION_LEADS \
                and _previous_word(tokens, token) in _TRANSITION_WORDS \
                and ((owner := _word_before(tokens, token, 2)) in ("the", "a", "its") or owner.endswith(("'s", "’s"))):
            mods.insert(0, token)  # "the transition to adulthood team", "the pathway to independence service": a term of the trade
            continue  # after "the" or an owner (not "helped their transition to independence services")
        if lowered == "for" and mods and mods[0].group(0).lower().replace("’", "'") in ("children", "child", "young", "children's") \
                and _previous_word(tokens, token) == "cared":
            mods.insert(0, token)  # "the cared for children teams": a term of the trade, as "looked after children" is
            continue
        if lowered == "cared" and mods and mods[0].group(0).lower() == "for":
            mods.insert(0, token)
            continue
        if lowered == "at" and mods and mods[0].group(0).lower() == "risk" \
                and _previous_word(tokens, token) not in ("are", "is", "be", "being", "were", "was", "remain", "remains"):
            mods.insert(0, token)  # "the vulnerable adolescents at risk panel": a term of the trade
            continue
        care_next = lowered in ("through", "after") and [m.group(0).lower() for m in mods[:1]] == ["care"]
        previous = _previous_word(tokens, token) if care_next else ""
        if care_next and lowered == "through" and (previous in (*_DETERMINERS, "and", "support", "leaving") or re.fullmatch(
                r"\d{2}\+", previous) and _word_before(tokens, token, 2) in _DETERMINERS):
            mods.insert(0, token)  # "the through care team", "the leaving and through care service", "the 16+ through care
            continue  # team": a term of the trade (not "young people aged 16+ through care services")
        if care_next and lowered == "after" and (previous in _DETERMINERS or previous == "and" and _word_before(tokens, token, 2) == "care"
                                                 and _word_before(tokens, token, 3) in ("through", "leaving")
                                                 or previous == "and" and _word_before(tokens, token, 2) == "leaving"
                                                 and _word_before(tokens, token, 3) in _DETERMINERS and _ONE_HEAD_AT.match(text, position)):
            mods.insert(0, token)  # "the after care team", "the through care and after care team", "the leaving and after care
            continue  # service": a term of the trade (not "the leaving and after care teams", the two teams, nor "children in
            # care and after care services")
        if lowered == "member" and not mods and _MEMBERS_GROUP_HEAD.match(text, position) \
                and _previous_word(tokens, token) not in _NOT_A_MEMBERS_TOPIC and _previous_word(tokens, token).isalpha():
            mods.insert(0, token)  # "the corporate parenting member group": a group of members on one topic
            continue
        if lowered == "from" and mods and _previous_word(tokens, token) == "missing" and (
                mods[0].group(0).lower() == "home" or mods[0].group(0).lower() in ("care", "education")
                and _missing_as_a_term(tokens, token, text.startswith("services", position))):
            mods.insert(0, token)  # "the missing from home and risk meeting", "the council's (children) missing from care panel": terms of
            continue  # the trade
        if lowered == "to" and len(mods) == 1 and mods[0].group(0).lower() == "care" and _previous_word(tokens, token) in _INTO_CARE:
            mods.insert(0, token)  # "the entry to care panel", "the admissions to care panel": a term of the trade
            continue
        if lowered in _CONNECTORS:
            if not mods or (lowered in ("for", "in") and not (named or _is_name_word(mods[0], text))):
                break
            if lowered in ("for", "in") and not mods[0].group(0)[:1].isupper():
                break
            title_connector = lowered in ("for", "in")
            mods.insert(0, token)
            continue
        if lowered in _PARTICLES and not named and not (mods and mods[0].group(0).lower() == "of") \
                and _verb_before_particle(tokens, token):
            break  # "it sets out partnership aims": a verb's particle; but "the out of hours service", "the step down team"
        if _opens_sentence(word) and _at_sentence_start(text, token.start()):
            break  # "Meanwhile Anyshire young carers service helps …": the sentence's word, not the name's
        if lowered in NUMBER_WORDS and lowered != "one" and len(mods) >= 2 and all(m.group(0)[:1].isupper() for m in mods) \
                and (mods[0].group(0).endswith("ing") or mods[0].group(0).lower().replace("’", "'") in PEOPLE_SERVED) \
                and _at_sentence_start(text, token.start()) and _PLURAL_WORD_AT.match(text, position):
            break  # "Eight Strengthening Wyre hubs bring together …", "Five Families First hubs …": how many open the sentence,
            # then the hubs' title, its first word an -ing word's or whom it serves, and their plural kind (not "Two Saints
            # services", "Seven Hills Family Support hubs", "Ten Acre Family Hubs": a number and a word, a place's own name)
        if word == ")" and not mods:
            break
        if word == "," and _lower_list_before_one(tokens, token, mods, text, position):
            continue  # "the contact, referral and assessment team": one team's list of what it does
        if word == "," and _previous_word(tokens, token) in ("children", "children's") \
                and _whom_a_scrutiny_serves(mods, position, text, opener=_word_before(tokens, token, 2)):
            continue  # "the children, young people and families scrutiny panel", "the children, schools and families scrutiny
            # committee": whom it is for, a term of the trade
        if word == "," and mods and re.fullmatch(r"[A-Z][a-z]+", mods[0].group(0)) and len(mods) >= 2 \
                and mods[1].group(0)[:1].isupper() and tokens.index(token) >= 2 \
                and tokens[tokens.index(token) - 2].group(0) == mods[0].group(0) and _previous_word(tokens, token)[:1].isalpha() \
                and tokens[tokens.index(token) - 1].group(0)[:1].isupper() and mods[0].group(0).lower() not in LEADING_NON_NAME \
                and mods[0].group(0).lower() not in PHRASE_SECTOR and not _a_place_word(mods[0].group(0)) \
                and not _ANY_HEAD_END.search(tokens[tokens.index(token) - 1].group(0)) and _an_owner(_word_before(tokens, token, 3)):
            continue  # "the Stronger Families, Stronger Communities programme": a title of two halves opening with one word, after
            # its article or owner (not a list: "from Kent Police, Kent Fire service and …", "Youth Hub, Youth Counselling
            # service", "of Early Help, Early Years service")
        if word == "," and mods and mods[0].group(0)[:1].isupper() and _previous_capital(tokens, token, text) \
                and any(m.group(0) == "and" for m in mods) and all(
                    m.group(0)[:1].isupper() or m.group(0) == "and" for m in mods):
            continue  # "the Policy, Practice, Learning and Training sub-group": a title's list of capitals
        if word.isdigit() and len(word) == 2 and mods and mods[0].group(0).lower() == "plus":
            mods.insert(0, token)  # "the 16 Plus team": an age, as "the 16+ team"
            continue
        if word.isdecimal() and 10 <= int(word) <= 25 and mods and (  # (isdecimal: "²" is a digit int() cannot read)
                len(mods) > 1 and mods[0].group(0) == "and" and mods[1].group(0).isdecimal() and 10 <= int(mods[1].group(0)) <= 25
                and _previous_word(tokens, token) in _DETERMINERS
                or _previous_word(tokens, token) == "and" and _word_before(tokens, token, 2).isdecimal()
                and 10 <= int(_word_before(tokens, token, 2)) <= 25 and _word_before(tokens, token, 3) in _DETERMINERS):
            mods.insert(0, token)  # "the 16 and 17 (year old) homelessness panel": the two ages it is for, after its article
            continue
        if word.isdigit() and len(word) == 1 and mods and mods[0].group(0)[:1].isupper() \
                and _previous_capital(tokens, token, text):
            mods.insert(0, token)  # "Anyshire Right 4 Children programme": a digit inside a title
            continue
        if not _WORD_START.match(word) or word.isdigit():
            break
        if not mods and _roles_gathered(word, text, position):
            mods.insert(0, token)  # "the chairs' forum", "the managers' meeting": a standing group of those people
            continue
        if lowered in PHRASE_ROLES and not (lowered == "executive" and not mods and _EXECUTIVE_HEAD.match(text, position)):
            break  # a person; but "the executive board" is the board's own
        if lowered == "to" and mods and tokens.index(token) > 0 and all(
                council_for(w) is not None or w in _place_name_words() for w in (tokens[tokens.index(token) - 1].group(0), mods[0].group(0))):
            break  # "pass from NHS Anyford and Wyre to Wyre City Clinical Commissioning Group": from one place to another, no title's
        if lowered in _SMALL_IN_TITLES and mods and (mods[0].group(0)[:1].isupper() or mods[0].group(0) == "a") \
                and _previous_capital(tokens, token, text):
            mods.insert(0, token)  # "the Learning by Doing initiative": a title's small word
            continue
        if "-" in lowered and lowered.split("-")[0] in _GLUED_STOPS:
            break  # "engaging with-targeted … services": a word glued to the one before by the PDF
        if lowered == "after" and mods and _previous_word(tokens, token) == "looked":
            mods.insert(0, token)  # "looked after children team": one term of the trade
            continue
        if lowered == "looked" and mods and mods[0].group(0).lower() == "after" and len(mods) > 1:
            mods.insert(0, token)  # "the designated looked after health service": the term, whole
            continue
        if lowered in ("after", "looked") and _children_looked_after(tokens, token, mods):
            mods.insert(0, token)  # "the children looked after service": the term of the trade, written the other way
            continue
        if lowered in PHRASE_STOP and not (named and lowered not in ("the", "a", "an", "this", "that", "these", "its", "their")):
            break  # "Close to Care/Looked After Children panel": capitals keep a title's small words
        if not named:
            if lowered.endswith(("ise", "ize", "ises", "izes")) and lowered not in ISE_NOUNS:
                break  # "they prioritise services": a verb
            # a verb's word after "local" is a noun: "the local offer team"; so is "influence" after "and":
            # "the voice and influence team" (not after a verb's: "they are heard and influence services"); a verb's word
            # before the "of" of a name is a noun: "the early offer of help team"
            if (lowered in PHRASE_VERBS and not (mods and mods[0].group(0).lower() == "of" and _of_allowed([token, *mods], 1))
                    and not (not mods and lowered in _GOVERNANCE_GROUP and _previous_word(tokens, token) == "and"
                             and _GROUP_HEAD.match(text, position))
                    and _previous_word(tokens, token) != "local"
                    and not (lowered in _WORKS_PAIRED and mods and mods[0].group(0).lower() == "and" and len(mods) > 1
                             and mods[1].group(0).lower() in _STEPS_OF_THE_WORK  # "the access and referral team": one team's steps
                             and _previous_word(tokens, token) not in _BEFORE_BARE_VERB)  # (not "help to access and assessment services")
                    and not (lowered in ("influence", "challenge", "support") and _previous_word(tokens, token) == "and"
                             and _word_before(tokens, token, 2) not in PHRASE_VERBS
                             and not re.fullmatch(r"[a-z]+ed|heard|seen|to", _word_before(tokens, token, 2)))) \
                    or (lowered.endswith("ly") and len(lowered) > 4 and lowered not in ("early", "family", "elderly", "weekly", "monthly", "quarterly", "daily", "yearly")
                        and word not in _place_name_words()  # ("the Scilly Youth Voice group": a place's word, no adverb)
                        and not (mods and mods[0].group(0).endswith("ed") and _in_a_boards_list(tokens, token, text, position))) \
                    or lowered in _VERBS_AFTER_TO and _previous_word(tokens, token) == "to" \
                    or lowered in _VERBS_OR_NAME_WORDS and _a_subject_before(_previous_word(tokens, token)) \
                    or word[:1].islower() and _previous_word(tokens, token) in _SUBJECT_PRONOUNS:
                break  # ("reluctant to approach statutory services": a verb after "to"; "has held services to account",
                # "Families approach services late", "Staff share team plans", "They list services": a subject, then its verb)
            if lowered.endswith(("ing", "ed")) and lowered not in ING_NOUNS and "-" not in lowered and len(lowered) > 4 \
                    and not (mods and lowered in _KEPT_BEFORE_NAME) \
                    and not (lowered == "seeking" and _previous_word(tokens, token) == "asylum"):  # "the targeted support teams": _trim_modifiers decides
                previous = tokens[tokens.index(token) - 1].group(0).lower() if tokens.index(token) > 0 else ""
                if previous not in ("the", "a", "an", "its", "their", "our") and not previous.endswith(("'s", "’s")) \
                        and not _in_a_boards_list(tokens, token, text, position) or lowered in PHRASE_SOFT_STOP:
                    break  # "leaders are developing services"; but "the connected persons team", "the council's
                    # detached youth work team" are names
            if lowered in PHRASE_BREAK and mods and mods[0].group(0).lower() in _CONNECTORS \
                    and _previous_word(tokens, token) not in _HEALTH_OF and not _of_allowed([token, *mods], 1) \
                    and not (_previous_word(tokens, token) == "," and _word_before(tokens, token, 2) in ("children", "children's")
                             and _whom_a_scrutiny_serves([token, *mods], position, text)):
                break  # "the police and youth offending service"; but "children's health and disability service",
                # "the hospital social work team", "the health of looked after children team"
            if lowered.endswith("s") and not lowered.endswith(("ss", "'s", "’s")) and _previous_word(tokens, token) in _ADVERBS_BEFORE_VERB \
                    or _previous_word(tokens, token) in _HOW_OFTEN:
                break  # "when it first enters children's services", "people who often reject services": a verb after its adverb
            if _verb_after_subject(lowered, _previous_word(tokens, token)):
                break  # "the authority decommissions services": a verb after its subject
            if (lowered in PHRASE_HEADS or lowered.rstrip("s") in PHRASE_HEADS or lowered.rstrip("s") == "department") \
                    and mods and mods[0].group(0).lower() in _CONNECTORS \
                    and not (lowered in _EVENTS_A_SERVICE_RUNS and _UNIT_HEAD.match(text, position)
                             and _previous_word(tokens, token) in ("the", "a", "its", "their", "our")) \
                    and not (lowered == "services" and _previous_word(tokens, token) in ("children's", "children’s", "adults'", "adults’")
                             and any(m.group(0).lower() == "scrutiny" for m in mods[2:])
                             and _A_SCRUTINY_BODY.match(text, position)):
                break  # a body of its own before this one: "the MASH and early help hub", "its emergency department and
                # midwifery services" (a department ends no phrase here, but is a unit of its own); but "the conference and
                # review service": the events the service runs, its work; and "the children's services and education scrutiny
                # board": the council's fields it scrutinises
        mods.insert(0, token)
        if sum(1 for m in mods if m.group(0).lower() not in _CONNECTORS) >= 6:
            break
    head = _PHRASE_HEAD.match(text, position)
    return _trim_modifiers(mods, head.group(1).lower() if head else "", bool(head and head.group(2)))


#: A scrutiny body's kind word in the singular, where "… services and <field> scrutiny" before it is one body's fields.
_A_SCRUTINY_BODY = re.compile(r"(?:sub-?)?(?:board|committee|panel|commission)(?:['’]s)?(?![\w’'-])", re.IGNORECASE)


#: Small words a verb takes after it ("sets out", "picks up"), never a name's unless "of" follows.
_PARTICLES = {"out", "up", "down", "off"}
#: A verb's form before its particle: in -s, -ed or -ing ("sets out", "carried out", "picking up"),
#: a past that does not end so ("set up", "took up"), or a bare verb after "to" or a modal ("to set
#: out", "will step up"). A bare noun before it is a kind's own words: "the step down team".
_PARTICLE_VERB = re.compile(r"[a-z]+(?:[^s]s|ed|ing)|set|put|laid|made|took|taken|held|got|kept|brought|sent|built|shut|cut")
_BEFORE_BARE_VERB = {"to", "will", "would", "can", "could", "should", "must", "may", "might", "did", "do", "does"}


def _verb_before_particle(tokens: list[re.Match[str]], token: re.Match[str]) -> bool:
    """Whether the word before the particle ``token`` is a verb's, so the particle is the verb's."""
    index = tokens.index(token)
    verb = tokens[index - 1].group(0).lower() if index > 0 else ""
    return bool(_PARTICLE_VERB.fullmatch(verb)) or index > 1 and tokens[index - 2].group(0).lower() in _BEFORE_BARE_VERB


#: Heads a group of people in one post meets as: "the chairs' forum", "the managers' meeting".
_GATHERING_HEAD = re.compile(r"(?:group|forum|board|network|meeting)s?(?![\w-])", re.IGNORECASE)
_PLURAL_POSSESSIVE = re.compile(r"[A-Za-z-]+s['’]")
#: A group, in the singular, named by the posts of those who meet in it, written without an apostrophe.
#: It ends its phrase ("the corporate directors group for scrutiny", "… group (CDG)") or comes before its verb ("the
#: VEMT practitioner group shares …"), unlike the verb ("team managers group cases") or a kind of work ("team managers
#: group supervision").
_GROUP_OF_POSTS = re.compile(
    r"(?:group|forum)(?![\w-])(?=\s*(?:$|[^\w\s]|(?:for|to|in|on|at|of|and|or|with|which|that|where|is|was|are|were|"
    r"has|had|have|meets|met|will|would|should|must|can|now|also|chaired|led|"
    r"shares|reviews|considers|oversees|monitors|tracks|identifies|discusses|receives|brings|looks|focuses|coordinates)\b))",
    re.IGNORECASE,
)


def _roles_gathered(word: str, text: str, position: int) -> bool:
    """Whether ``word`` is the plural possessive of a post ("chairs'", "leaders’") right before a
    head that gathers them: the group is those people's, a standing body, not a person."""
    if not _PLURAL_POSSESSIVE.fullmatch(word):
        # "the corporate directors group": the posts' plural before a group of their own
        lowered = word.lower()
        return (lowered.endswith("s") and (lowered in PHRASE_ROLES or lowered in _POSTS_GATHERED)
                or lowered == "practitioner" and (topic := _TOPIC_BEFORE_PRACTITIONER.search(text, max(0, position - 40), position)) is not None
                and (topic.group(1).isupper() or topic.group(1).lower() in _AT_RISK | _GROUP_TOPICS)) \
            and _GROUP_OF_POSTS.match(text, position) is not None  # (and "the VEMT practitioner group": its people in the singular
        # after its topic; not "the lead practitioner group")
    post = word[:-1].lower()
    return (post in PHRASE_ROLES or post in _POSTS_GATHERED) and _GATHERING_HEAD.match(text, position) is not None


#: A word before "practitioner" and a group's head, which names a topic where it is a short form or a harm or topic of
#: groups: "the VEMT practitioner group", "the exploitation practitioner forum" (not "the weekly practitioner group").
_TOPIC_BEFORE_PRACTITIONER = re.compile(r"\b([\w-]{3,})\s+practitioner\s+$")
#: Posts, besides ``PHRASE_ROLES``, whose holders meet as a group: "the practice leaders' forum".
_POSTS_GATHERED = {"leaders", "decision-makers", "practitioners", "designated-leads"}
#: Words that are verbs after their subject and words of a team's name after an article or another word
#: ("Schools list services", "Leaders held services to account"; "the waiting list team", "the held cases team").
_VERBS_OR_NAME_WORDS = {"list", "share", "approach", "held"}
#: Pronouns as a clause's subject: the word after one is its verb ("They list services", "others list services").
_SUBJECT_PRONOUNS = {"they", "we", "he", "she", "it", "who", "you", "others"}


def _a_subject_before(word: str) -> bool:
    """Whether the word before one of ``_VERBS_OR_NAME_WORDS`` is its subject or its auxiliary: a plural noun,
    people, an adverb, "has", "have", "had" ("Families approach …", "Staff share …", "have rigorously held …")."""
    return word in ("has", "have", "had") or word in _PEOPLE_WORDS or len(word) > 3 and word.endswith("ly") \
        or len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s", "us", "is"))
#: How often: never a word of a name, so the word after one is a verb's ("who often reject services").
_HOW_OFTEN = {"often", "never", "rarely", "always", "sometimes", "usually", "routinely", "seldom", "frequently"}
#: Adverbs a verb in -s follows: "it first enters services", "it also runs teams".
_ADVERBS_BEFORE_VERB = _HOW_OFTEN | {"first", "then", "also", "now", "still", "already", "only", "quickly", "promptly", "regularly",
                                     "directly"}
#: Heads of a standing group: "the monitoring and challenge group" (a verb's word before one is its name's).
_GROUP_HEAD = re.compile(r"(?:group|board|panel|committee)(?![\w-])", re.IGNORECASE)
#: Heads an "executive" before them names the body of: "the executive board", "the executive committee".
_EXECUTIVE_HEAD = re.compile(r"(?:board|committee|group)s?(?![\w-])", re.IGNORECASE)


#: Singular nouns and pronouns a verb in -s follows: "the authority decommissions services".
_SUBJECTS = {
    "authority", "council", "partnership", "board", "lscb", "trust", "service", "team", "panel", "it", "he",
    "she", "which", "who", "that", "this", "agency", "hub", "department", "manager", "leader", "director",
    "school", "police", "court", "borough", "county", "city",
}


#: Verbs in "-ys" a council does, where most words in "-ys" are plural nouns ("days", "journeys"): "the council buys …".
_VERBS_IN_YS = {"buys", "pays", "employs", "deploys", "enjoys", "conveys", "stays"}


def _verb_after_subject(word: str, previous: str) -> bool:
    """A word in -s after a singular subject is its verb ("the council commissions services"),
    unless it is a kind word's plural ("the council services team" keeps its name)."""
    return (
        previous in _SUBJECTS
        and len(word) > 3
        and word.endswith("s")
        and (not word.endswith(("ss", "us", "is", "'s", "’s", "ys")) or word in _VERBS_IN_YS)
        and word.rstrip("s") not in PHRASE_HEADS
        and word[:-2] not in PHRASE_HEADS
        and word not in PHRASE_SECTOR
    )
#: Words that end a phrase even glued to the next by a hyphen ("with-targeted").
_GLUED_STOPS = {"with", "to", "from", "by", "into", "the"}


def _previous_capital(tokens: list[re.Match[str]], token: re.Match[str], text: str) -> bool:
    """Whether a capitalised word comes before ``token``, over one more small word of a title
    ("Families with a Future")."""
    index = tokens.index(token)
    if index > 1 and tokens[index - 1].group(0) in _SMALL_IN_TITLES - {"and", "a"}:
        index -= 1
    return index > 0 and _is_name_word(tokens[index - 1], text)


#: Words before "health" that make it part of a service's name, not a body of its own.
_HEALTH_OF = {"children's", "child", "mental", "public", "sexual", "emotional", "family", "young", "people's"}


def _word_before(tokens: list[re.Match[str]], token: re.Match[str], distance: int) -> str:
    index = tokens.index(token)
    return tokens[index - distance].group(0).lower() if index >= distance else ""


#: Words that open a body's phrase before its first word: "the through care team", "its after care service".
_DETERMINERS = ("the", "a", "its", "their")


def _previous_word(tokens: list[re.Match[str]], token: re.Match[str]) -> str:
    return _word_before(tokens, token, 1)


#: The council's possessive, its owner's, no word of a name: "the council's children and young people's services".
_THE_COUNCILS_OWN = {"council's", "council’s", "authority's", "authority’s"}
#: Heads of events a service runs, named first in its title before "and": "the conference and review service" (not "the
#: family group conference and early help service": an event's own name, then another service).
_EVENTS_A_SERVICE_RUNS = {"conference", "conferences", "meeting", "meetings"}
_UNIT_HEAD = re.compile(r"(?:service|team|unit)\b", re.IGNORECASE)
#: Nouns before "to care" that make the three words a term of the trade: "the entry to care panel".
_INTO_CARE = {"entry", "entries", "admission", "admissions"}
#: Nouns that measure or judge what follows their "of": "the quality of care", "a lack of…".
_OF_MEASURES = {"lack", "absence", "shortage", "quality", "number", "range", "use", "impact", "review", "standard",
                "effectiveness", "availability", "sufficiency", "level", "levels", "part", "rest", "type", "kind"}


def _of_in_name(mods: list[re.Match[str]], i: int) -> bool:
    """"the threshold of care panel": "of" inside a kind phrase's name, where one plain noun after
    an article comes before it and a term of the trade after it (not "the quality of care
    service", "the future of children's services")."""
    if i != 1 or len(mods) != 3:
        return False
    before, after = mods[0].group(0).lower(), mods[2].group(0).lower()
    text = mods[0].string
    return (
        _ARTICLE_BEFORE.search(text, 0, mods[0].start()) is not None
        and before.isalpha()
        and before not in _OF_MEASURES
        and before not in PHRASE_SOFT_STOP
        and before not in PHRASE_STOP
        and not _describes(mods[0])
        and after in _OF_TERMS
    )


#: What a board's own group of one word does after the board's possessive, the work of a board's sub-group, not any
#: project's ("its steering group"), nor a sample's or a band's ("its audit group", "their performance group"): after
#: "its" or "their", only "scrutiny".
_A_BOARDS_GROUP_WORK = {"scrutiny", "audit", "performance", "assurance"}
#: A board's or a partnership's own, before its group of one governing word: "its scrutiny group", "the WSCP's audit
#: group", "the partnership's scrutiny group" (not "a scrutiny group", any one; ``_A_BOARDS_GROUP_WORK``).
_A_BOARDS_OWN_BEFORE = re.compile(rf"(?:\b(?:[Ii]ts|[Tt]heir)|\b(?P<owner>board|partnership|{_SAFEGUARDING_BOARDS_SHORT_FORM})['’]s)\s+$")
#: What a standing group does, as the word before "group" says it ("the permanence oversight group",
#: "a task and finish group", "the corporate parenting steering group").
_GOVERNANCE_GROUP = {
    "steering", "oversight", "assurance", "liaison", "engagement", "participation", "scrutiny", "advisory",
    "improvement", "performance", "implementation", "monitoring", "overview", "finish", "delivery", "review",
    "challenge", "executive", "business", "governance", "commissioning", "tactical", "effectiveness", "audit", "partnership",
    "contract",
}
#: "the strategic …", "the operational …" before a group's one word of what it governs: "the strategic contract group".
_THE_REACH_BEFORE = re.compile(r"\b[Tt]he\s+(?:strategic|operational)\s+$")
#: Whom a group is for, after it, where it is one child's or a class's: "the exploitation group for the child".
_FOR_ONE_CHILD = re.compile(r"\s+for\s+(?:(?:the|this|that|each|a|one|her|his|their)\s+(?:child|young\s+person|family|girl|boy)\b"
                            r"|girls\b|boys\b|parents\b)", re.IGNORECASE)
#: The harms a standing group of partners works on, before "group": "the strategic missing group".
_GROUP_TOPICS = {"missing", "exploitation", "trafficking", "radicalisation", "gangs", "cse", "cce", "exploited", "trafficked"}
#: Of those, the words that name a board's own standing group alone: "an executive group sets the
#: board's agenda", "the business group" (not "a review group" of one case).
_GOVERNING_ALONE = {"executive", "business", "commissioning"}


#: The grades of a judgement, which a first page's table runs into the text after it.
_GRADES = set(GRADES)


def _a_grade_run_in(mods: list[re.Match[str]], text: str) -> bool:
    """Whether the first of ``mods`` is a grade of either scale run into the text from a first page's table ("Good Services
    for children …"; "Requires improvement Services …": the phrase reader stops at "Requires", so its "improvement" opens
    ``mods``), not a title's first word after its article ("the Good Work Anyford programme") nor a board's "improvement"
    ("the improvement board")."""
    first = mods[0].group(0).lower()
    if first == "improvement":
        return re.search(r"\b[Rr]equires\s+$", text[max(0, mods[0].start() - 10) : mods[0].start()]) is not None
    return first in _GRADES and not (len(mods) > 1 and mods[1].group(0)[:1].isupper()
                                     and _THE_BEFORE.search(text, max(0, mods[0].start() - 8), mods[0].start()))


#: Words that say what a body is made of or aims at, kept before a name of the trade
#: ("the multidisciplinary adolescent safeguarding team", "the targeted youth support service"),
#: dropped before the sector alone ("a multidisciplinary social work team").
_KEPT_BEFORE_NAME = {"multidisciplinary", "multi-disciplinary", "targeted", "supported", "designated", "unaccompanied",  # "the designated teachers' forum"
                     "central"}  # "the central referral unit", "the central contact team" (not "a central social work team")


def _kept_before_a_name(mods: list[re.Match[str]]) -> bool:
    first = mods[0].group(0).lower()
    rest = [m.group(0).lower().strip("‘’'") for m in mods[1:]]
    if any(m.group(0).strip("‘’'")[:1].isupper() for m in mods[1:]):
        return False  # "the multi-disciplinary Willow team": the name is the capitalised one
    return first in _KEPT_BEFORE_NAME and any(
        w not in PHRASE_SECTOR and w not in _CONNECTORS and w not in PHRASE_SOFT_STOP - {"support"} for w in rest)
#: Heads of a standing body that meets: a word of reach before its name is part of that name.
_STANDING_HEADS = {"panel", "board", "committee", "forum", "group", "sub-group", "subgroup", "sub group"}


def _posts_gathered(mods: list[re.Match[str]], head_word: str) -> bool:
    """The name ends in a plural possessive before a gathering's head: "the strategic leaders'
    forum", whose words before the possessive say which people meet."""
    return bool(_PLURAL_POSSESSIVE.fullmatch(mods[-1].group(0))) and bool(_GATHERING_HEAD.fullmatch(head_word))


def _says_which_standing_body(mods: list[re.Match[str]], head_word: str) -> bool:
    """A word of reach starting a standing body's name, before words of the trade that name its
    work: "the external provision panel"; not before a judgement ("the external good panel")."""
    if head_word not in _STANDING_HEADS or len(mods) < 2 or mods[0].group(0).lower() not in _REACH:
        return False
    rest = [m.group(0).lower().strip("‘’'") for m in mods[1:]]
    return not any(_describes(m) for m in mods[1:]) and rest[0] not in _CONNECTORS and rest[-1] not in _CONNECTORS \
        and not _only_sector(rest)  # ("the strategic missing and exploitation group": one group's work)


#: What a kind phrase's name may be "… of": "threshold of care panel", "levels of need panel".
_OF_TERMS = {"care", "need", "harm", "concern"}


def _of_allowed(mods: list[re.Match[str]], i: int) -> bool:
    """Whether the "of" at ``i`` belongs to a name of the trade ("edge of care", "out of hours")."""
    allowed = OF_ALLOWED.get(mods[i - 1].group(0).lower()) if i else None
    return allowed is not None and (not allowed or i + 1 >= len(mods) or mods[i + 1].group(0).lower() in allowed)


def _trim_modifiers(mods: list[re.Match[str]], head_word: str = "", plural: bool = False) -> list[re.Match[str]]:
    """Leading connectors and judgements off; "X of Y" kept only where "of" belongs to the name
    ("edge of care"), else the part after "of" ("the quality of early help services"). Sector words
    before "and" are another body ("the local authority and independent fostering agency"), but not
    the words of a singular team's work ("the child protection and court team", "the family support
    and intervention team": one team each; but "adult social care and transitions team": a department, then a team)."""
    while True:
        while mods and (mods[0].group(0).lower() in _CONNECTORS or mods[0].group(0).lower() in _THE_COUNCILS_OWN):
            mods = mods[1:]  # (and the council's possessive: "the council's children and young people's services")
        for i, token in enumerate(mods):
            lowered = token.group(0).lower()
            if lowered == "of" and not _of_allowed(mods, i) and not (
                0 < i < len(mods) - 1 and mods[i - 1].group(0)[:1].isupper() and mods[i + 1].group(0)[:1].isupper()
            ) and not _of_in_name(mods, i):
                mods = mods[i + 1 :]
                break
            if lowered == "and" and all(
                m.group(0).lower().strip("‘’'") in PHRASE_SECTOR | PHRASE_SOFT_STOP and m.group(0)[:1].islower()
                for m in mods[:i]
            ) and not (i >= 2 and mods[i - 1].group(0).lower() == "health" and mods[i - 2].group(0).lower() in _HEALTH_OF) \
                    and not (head_word in ("team", "service", "unit") and not plural and i + 1 < len(mods)
                             and mods[i + 1].group(0).lower() not in PHRASE_BREAK - {"court", "courts"}
                             and not any(m.group(0).lower() in _BODIES_OF_THE_SECTOR for m in mods[:i])
                             and not any(a.group(0).lower() == "social" and b.group(0).lower() == "care" for a, b in zip(mods[:i], mods[1:i]))
                             and not any(_describes(m) for m in mods[1:])) \
                    and head_word not in _SECTOR_NAMED_HEADS and not _two_works_paired(mods, head_word, plural) \
                    and not (head_word == "board" and not plural and mods[-1].group(0).lower() == "scrutiny" and i + 2 < len(mods)) \
                    and not _two_teams_of_the_trade(mods, i, head_word, plural) \
                    and not (i == 1 and mods[0].group(0).lower() in ("children", "child") and i + 1 < len(mods)
                             and mods[i + 1].group(0).lower() in ("young", "families", "family")
                             and not any(m.group(0).lower() in ("and", "&") and (plural or mods[before].group(0).lower() in PHRASE_SECTOR)
                                         for before, m in enumerate(mods[i + 2 :], i + 1))) \
                    and not (head_word in _STANDING_HEADS and any(m.group(0).lower() in _GROUP_TOPICS for m in mods[:i])) \
                    and not (head_word == "group" and mods[-1].group(0).lower() in PEOPLE_SERVED):  # "the social work and early help academy"
                # ("the missing and CSE sub-group": one group's work on two harms; "the education and children's services
                # scrutiny board": the council's fields it scrutinises, as a committee's; "the children and young people's service":
                # whom it serves, one name, and so "the children and young people's overview and scrutiny board", its own
                # work's "and" after them, in the singular; not "the children and families and adult services", an "and" after
                # the sector's word, nor "the children and young people's disability and locality teams", two kinds of team)
                mods = mods[i + 1 :]  # "the local authority and independent fostering agency"
                break
        else:
            first = mods[0] if mods else None
            # a judgement starts a phrase in lower case; "Local Government Association" is a name
            if first is not None and first.group(0).lower().strip("‘’'") in PHRASE_SOFT_STOP and (
                first.group(0)[:1].islower() or first.start() == 0
            ) and not _kept_before_a_name(mods) and not _says_which_standing_body(mods, head_word) and not (
                (term := _TERM_AFTER.get(first.group(0).lower())) is not None and term.match(first.string, first.end())
            ) and not (  # ("the single assessment team": a term of the trade, no judgement)
                len(mods) <= 2 and _posts_gathered(mods, head_word)
            ) and not _two_works_paired(mods, head_word, plural) and not (len(mods) > 2 and _of_allowed(mods, 1)):
                # but "the leaders' forum", "the senior managers' forum": those people's group; "the health of looked
                # after children team": the field of the team's work, its "of" the name's
                mods = mods[1:]
                continue
            if first is not None and first.group(0).lower().startswith("well-") and first.group(0)[:1].islower():
                mods = mods[1:]
                continue
            for i in range(len(mods) - 1, 0, -1):
                left, right = mods[i - 1].group(0), mods[i].group(0).lstrip("‘'")
                if left[:1].islower() and left.lower() not in _CONNECTORS and right[:1].isupper() and not right.isupper() and not (
                    left.lower() in _SMALL_IN_TITLES and i >= 2 and (mods[i - 2].group(0)[:1].isupper() or (
                        i >= 3 and mods[i - 2].group(0) in _SMALL_IN_TITLES and mods[i - 3].group(0)[:1].isupper()))
                ) and not _trade_term_before_name(mods[:i]):  # (but "Families with a Future": a title's small words)
                    mods = mods[i:]  # "… quality assurance Partnership": a heading run into the text
                    break
            last = max((i for i, m in enumerate(mods) if _describes(m)), default=None)
            if last is not None and last == len(mods) - 2 and _posts_gathered(mods, head_word):
                last = None  # "the children's strategic leaders' forum": which leaders meet, not a judgement of them
            if last is not None and len(mods) >= 3 and any(m.group(0) == "and" for m in mods) \
                    and "," in mods[0].string[mods[0].start() : mods[-1].end()] and all(m.group(0) in _UNIT_FUNCTIONS for m in mods):
                last = None  # "the safeguarding, quality and practice service": a list of its functions, "quality" one of them
            if last is not None and last < len(mods) - 1:
                mods = mods[last + 1 :]  # "valuable consultation service": the words after the description
                continue
            acronym = next((i for i, m in enumerate(mods) if _ACRONYM_WORD.fullmatch(m.group(0))), None)
            if acronym and all(m.group(0)[:1].islower() for m in mods[:acronym]) and mods[acronym - 1].group(0).lower() not in _CONNECTORS:
                kept = acronym == len(mods) - 1 and mods[acronym - 1].group(0).lower() == "specialist"
                return mods[acronym - kept :]  # "the dedicated KCSE team": the team's own short name (not "the missing and CSE
                # sub-group"); "the specialist CSE team": its describing word kept among its names as written, as before a name
                # in words (but "the specialist CAMHS looked after children team": the kind's short form opens its name)
            return mods


#: The steps of a front door's work that a team's title pairs with "access", "support", "help" or "review" before it:
#: "the access and referral team", "the access and assessment service".
_STEPS_OF_THE_WORK = {"referral", "referrals", "assessment", "advice", "intervention", "triage", "response", "safeguarding", "protection"}
#: Words of a team's work that are read as judgements or amounts alone ("support" of "good support"),
#: but are its name's first word when paired with another work: "the support and protect service".
_WORKS_PAIRED = {"support", "help", "access", "review"}


#: A body's kind word, a short form or a bracket, then a list's comma: another body listed before ("the MASH, family support
#: and …"; not "Nationally, …", "In England, …").
_BODY_THEN_COMMA = re.compile(r"(?:\b(?i:teams?|services?|units?|hubs?|centres?|panels?|door)|\b[A-Z]{2,6}|\))\s*,\s+$")


def _two_teams_of_the_trade(mods: list[re.Match[str]], conj: int, head_word: str, plural: bool) -> bool:
    """Whether "the A B and C D teams" names the council's teams of family support and of child protection,
    safeguarding or intervention, as councils pair them: "the family support and child protection teams", "three
    family support and safeguarding teams", "the family support and intervention teams", "three safeguarding and
    support teams", and of assessment and intervention: "the assessment and short-term intervention teams" (not "the child
    protection and looked after children teams": two kinds of team)."""
    if not plural or head_word != "team":
        return False
    words = [m.group(0).lower() for m in mods]
    text, start = mods[0].string, mods[0].start()
    each = _EACH_OF_TWO_BEFORE.search(text, max(0, start - 14), start)
    if each and (each.group(0).lower().startswith("both") or not _HEAD_THEN_AND.match(text, mods[-1].end())) \
            or _HEAD_THEN_RESPECTIVELY.match(text, mods[-1].end()):
        return False  # "between the family support and intervention teams", "both the …", "… teams respectively": two (but
        # "between the family support and child protection teams and the police": one kind, and another body)
    return conj >= 1 and len(mods) - conj - 1 >= 1 \
        and (_THE_OR_A_COUNT_BEFORE.search(text, max(0, start - 30), start) is not None
             or _BODY_THEN_COMMA.search(text, max(0, start - 40), start) is not None) \
        and ("protection" in words and conj >= 2 and ("support" in words or "help" in words)
             and (len(mods) - conj - 1 >= 2 or words[conj + 1 :] == ["protection"])
             or words[conj + 1 :] in (["safeguarding"], ["intervention"]) and words[:conj] in (["family", "support"], ["family", "help"])
             or words[:conj] == ["safeguarding"] and words[conj + 1 :] in (["support"], ["family", "support"])
             or words[:conj] == ["assessment"] and words[conj + 1 :] in (["intervention"], ["short-term", "intervention"])) \
        and not any(w in _BODIES_OF_THE_SECTOR or w in PHRASE_BREAK for w in words)
    # (also "three family support and safeguarding teams", "the assessment and short-term intervention teams", "the Access
    # Centre, family support and child protection teams, …":
    # a count, or a body and a list's comma before them; not "the assessment, family support and child protection teams": three)


#: Words before two teams' fields that say they are two: "between the …", "both the …".
_EACH_OF_TWO_BEFORE = re.compile(r"\b(?i:between|both)\s+(?:the\s+)?$")
#: A kind word, then "and" or "respectively", after a phrase's last modifier: "… teams and the police", "… teams respectively".
_HEAD_THEN_AND = re.compile(r"\s+\w+\s+and\s")
_HEAD_THEN_RESPECTIVELY = re.compile(r"\s+\w+\s+respectively\b")
#: Words that are a team's own kind after "support and" or "review and": "the review and adoption teams" are two.
_TEAMS_OWN_KINDS = {"adoption", "fostering", "court", "courts", "duty", "placement", "placements", "permanence", "residential",
                    "legal", "transport", "admin", "business", "leaving", "reviewing", "police"}  # (and the sector's: PHRASE_SECTOR)


def _two_works_paired(mods: list[re.Match[str]], head_word: str, plural: bool) -> bool:
    """Whether a team's name opens with two of its works joined by "and": "the support and protect
    service", "the access and assessment team", "the support and protect teams" (not "support and
    advice services", a range)."""
    if head_word not in ("team", "service", "unit", "hub") or len(mods) < 3 or mods[0].group(0) not in _WORKS_PAIRED \
            or mods[1].group(0) != "and":
        return False
    second = mods[2].group(0).lower()
    return (not plural or _THE_BEFORE.search(mods[0].string, max(0, mods[0].start() - 8), mods[0].start()) is not None) \
        and second not in _CONNECTORS | PHRASE_SOFT_STOP | PHRASE_SECTOR | _TEAMS_OWN_KINDS and not _describes(mods[2]) \
        and _whole_generic(f"{second} team") is None and _whole_generic(f"{second} service") is None
#: Words of the trade's terms for whom a body works, besides the sector's: "early help", "looked after children".
_TRADE_TERM_WORDS = {"early", "looked", "after", "in", "leavers", "need"}


#: Words before "care management team" that make it the council's leaders: "the social care management team".
_LEADERS_OF_CARE = {"senior", "social", "executive", "wider", "and"}


def _not_the_leaders_of_care(words: list[str], text: str, position: int) -> bool:
    """Whether the words before "care management" (those of the phrase, else the one before it at
    ``position``) leave it a team that manages care: "the assessment and care management teams", not
    "the social care management team" nor "the senior care management team" (the council's leaders)."""
    named = [w for w in words if w != "and"]
    if named:
        return named[-1] not in _LEADERS_OF_CARE
    before = re.search(r"([\w’'-]+)\s*$", text[max(0, position - 30) : position])
    return before is None or before.group(1).lower() not in _LEADERS_OF_CARE


def _trade_term_before_name(words: list[re.Match[str]]) -> bool:
    """Lower-case words of the trade right after "the", before a capitalised name: whose work
    the body is, part of its name ("the looked after children Progress Group", "the early
    help Brighter Days hubs"), not a heading run into the text."""
    text = words[0].string
    lowered = [w.group(0).lower() for w in words]
    return bool(_THE_BEFORE.search(text, max(0, words[0].start() - 8), words[0].start())) and all(
        w.group(0)[:1].islower() and (word in PHRASE_SECTOR or word in _TRADE_TERM_WORDS) for w, word in zip(words, lowered)
    ) and any(word in _TRADE_TERM_WORDS for word in lowered)  # not "the specialist Anyshire Finders team"
#: An event in capitals: "a Family Group Conference", "the Family Group Conferencing model".
_CAPITAL_EVENT_AFTER = re.compile(rf"['’]?\s+(?=[A-Z])(?i:{_EVENTS})\b")


_PEOPLE_WORD = r"[\w'’+-]+"
#: "a group for birth fathers and grandfathers", "the group that was set up for young carers"
_GROUP_FOR = re.compile(
    r"\b(?P<head>(?:(?:peer\s+)?support\s+)?group)"
    r"(?:\s+(?:that|which)\s+(?:has\s+been|have\s+been|was|were|is|are)\s+(?:recently\s+)?(?:set\s+up|established|created|formed))?"
    rf"\s+for\s+(?P<people>{_PEOPLE_WORD}(?:\s+{_PEOPLE_WORD}){{0,5}})",
    re.IGNORECASE,
)


def _group_for_matches(text: str) -> list[_Found]:
    """A group named by whom it serves: "a group for birth fathers and grandfathers" is the
    "birth fathers and grandfathers group" (one body however written)."""
    found = []
    for match in prefilter.finditer(_GROUP_FOR, text):
        served = _people_served(match.group("people"))
        if not served:
            continue
        people = " ".join(served)
        end = match.start("people") + len(people)
        head = match.group("head").lower()
        name = f"{head} for {people}"
        found.append(_Found(name, "Board", "Board", match.start(), end, written=text[match.start() : end],
                            key_name=f"{people} {head}"))
    for match in prefilter.finditer(_TEAM_FOR, text) if " for " in text else ():
        served = _people_served(match.group("people"))
        field = (match.group("field") or "").lower()
        if field and not (served and served[-1].lower() in ("children", "leavers") and len(served) >= 2
                          and any(w.lower() in ("looked", "leavers") for w in served) and not any(w.lower() in ("and", "or") for w in served)):
            continue  # "the health team for looked after children", "the nursing team for care leavers": theirs, by its field (not
            # "the health service for adopted children", health care for them)
        if not field and (not served or not any(w.lower() in PEOPLE_QUALIFIERS and w.lower() not in _BROAD_QUALIFIERS for w in served)):
            continue  # "the service for children", "the team for looked after children": what many do; "the team for disabled children" is one
        people = " ".join(served)
        at = "field" if field else "head_one" if match.group("head_one") else "head_many"
        head = f"{field} {match.group('head_one').lower()}" if field else match.group(at).lower().removesuffix("s")
        end = match.start("people") + len(people)
        if field:
            name = f"{people}'s {head}" if people.lower().endswith("children") else f"{people} {head}"
            found.append(_Found(name, "Service", "TeamOrService", match.start(at), end, written=text[match.start(at) : end]))
            continue  # "the specialist health team for looked after children": the looked after children's health team
        generic = _whole_generic(f"{people}'s {head}") or _whole_generic(f"{people} {head}")
        found.append(_Found(generic.name if generic else f"{head} for {people}", "Service", "TeamOrService", match.start(at), end,
                            written=text[match.start(at) : end], key_name=generic.key_name if generic else ""))
    return found


def _people_served(words: str) -> list[str]:
    """The people a group or team is for, from the words after "for": qualifiers and plural nouns of
    people, no more ("birth fathers and grandfathers", "disabled children"); none where they open with "and"."""
    served = []
    for word in words.split():
        if word.lower() in PEOPLE_SERVED or word.lower() in PEOPLE_QUALIFIERS:
            served.append(word)
        else:
            break
    while served and served[-1].lower() not in PEOPLE_SERVED:
        served.pop()
    return [] if served and served[0].lower() in ("and", "or") else served


#: Qualifiers of people too broad to name one team by: "the service for looked after children" is what many do.
_BROAD_QUALIFIERS = {"and", "or", "looked", "after", "care", "new", "young"}
#: A team or service named by whom it is for, with no other words ("the two teams for disabled children") but its field of
#: health care ("the specialist health team for looked after children", ``field``).
_TEAM_FOR = re.compile(rf"\b(?:(?:the|its|their)\s+(?:(?:specialist|designated|dedicated)\s+)?(?:(?P<field>health|nursing)\s+)?(?P<head_one>team|service)"
                       rf"|(?:two|three|four|five)\s+(?P<head_many>teams|services))\s+for\s+"
                       rf"(?P<people>{_PEOPLE_WORD}(?:\s+{_PEOPLE_WORD}){{0,5}})", re.IGNORECASE)


#: A board's sub-group named by its work after "for" or "on": "the subgroup for training and development",
#: "a sub-group on child sexual exploitation".
_SUBGROUP_FOR = re.compile(r"(?<![\w-])(?P<head>sub[- ]?(?:group|committee))\s+(?P<on>for|on)\s+(?P<work>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4})",
                           re.IGNORECASE)
#: Where a sub-group's work after "on" ends: a clause's end or its verb ("the sub-group on neglect meets …").
_END_OF_A_SUBGROUPS_WORK = re.compile(r"\s*(?:[.;:)]|$|,\s+(?:which|who|chaired|led|and\s+(?:its|the))\b|\s+(?:which|that|who|meets?|met|has|have|had|is|was|"
                                      r"oversees|reports|produced|chaired|led)\b)")
#: The start of a clause whose subject a sub-group is: "The sub-group on …", "The board's sub-group on …".
_A_SUBJECTS_START = re.compile(r"(?:^|[.;:]\s+|,\s+and\s+)(?:[Tt]he|[Ii]ts|[Tt]heir|A)(?:\s+[\w-]+(?:['’]s)?){0,2}\s+$")
#: A verb after a sub-group that is its clause's subject: "… monitors", "… now meets", "… and the … sub-group report".
_ITS_VERB_AFTER = re.compile(r"\s+(?:now|also|has|is|was|and\s+the|meets|reports|reviews|monitors|scrutinises|scrutinizes|provides|oversees|"
                             r"leads|considers|examines|produces|receives|brings|works|continues|challenges|analyses|audits|ensures|focuses|"
                             r"looks|sets|tracks|includes|comprises|commissions|identifies|delivers|coordinates|co-ordinates|evaluates|"
                             r"holds|disseminates|uses|develops|publishes|agreed|met|reported)\b")
#: Words of a sub-group's work that a noun follows: the work does not end in one ("child sexual exploitation").
_WORK_GOES_ON = {"child", "sexual", "criminal", "domestic", "serious", "case"}


def _subgroup_for_matches(text: str) -> list[_Found]:
    """"the subgroup for training and development": the board's training and development sub-group."""
    found = []
    for match in prefilter.finditer(_SUBGROUP_FOR, text):
        work: list[str] = []
        words = match.group("work").split()
        for at, word in enumerate(words):
            if word.lower() == "in" and work and work[-1].lower() == "safeguarding" and words[at + 1 : at + 2] in (["education"], ["Education"]):
                work.append(word)  # "the sub-committee on safeguarding in education": a term of the trade
                continue
            if word.lower() not in _SUBGROUP_WORK:
                break
            work.append(word)
        while work and work[-1].lower() == "and":
            work.pop()
        end = match.start("work") + len(" ".join(work))
        if not work or work[0].lower() == "and" or work[-1].lower() in _WORK_GOES_ON \
                or match.group("on").lower() == "on" and not _END_OF_A_SUBGROUPS_WORK.match(text, end) \
                and not (_A_SUBJECTS_START.search(text, max(0, match.start() - 60), match.start()) and _ITS_VERB_AFTER.match(text, end)):
            continue  # (not "the sub-group for child …"; "on" may be "about": "updated the sub-group on performance
            # before the meeting", "the sub-group on safeguarding children with …", cut before words the set lacks)
        written = text[match.start() : end]
        found.append(_Found(_tidy(written), "Board", "SubGroup", match.start(), end, written=written,
                            key_name=f"{' '.join(work)} {match.group('head')}"))
    return found


#: A phrase in quotes that ends in a kind word: the report gives the body's name, kind word and
#: all ("through the 'gateway panel'", "a 'stability meeting'", "the 'Anyshire Cares project'").
_QUOTED_KIND = re.compile(
    r"(?:^|(?<=[\s(]))[‘'](?P<name>[A-Za-z][\w’'&/-]*(?:\s+[\w’'&/-]+){0,5}?\s+(?P<head>" + _HEADS + r")(?:e?s)?)[’'](?![\w’'])",
    re.IGNORECASE,
)


#: A name in quotes, then its kind word in capitals: "the 'Our Say' Council", "the 'Fresh Start' Group".
_QUOTED_THEN_CAPITAL_KIND = re.compile(
    r"(?:^|(?<=[\s(]))[‘'](?P<name>[A-Z][^‘’'\n]{1,40}?)[’']\s+(?P<head>" + _HEADS + r")(?:e?s)?(?![\w’'-])", re.IGNORECASE)


def _no_name_in(words: list[str]) -> bool:
    """Whether quoted words are only the sector, small words or a judgement ("'good services'")."""
    return all(w in PHRASE_SECTOR or w in _CONNECTORS or w in PHRASE_STOP or w in DESCRIBING for w in words)


#: A quoted phrase that is what someone is to do, not a name: "'mum to engage with services'".
_QUOTED_ACTION = re.compile(r"(?:^|\s)to\s+[a-z]")


def _quoted_kind_matches(text: str) -> list[_Found]:
    """Bodies named in quotes, kind word inside the quotes or, in capitals, right after them. The
    quotes say where the name starts, so what the phrase finder would read as a judgement or a verb
    before the kind word ("stability", "review") is the name's own, and a capitalised "Council"
    after them is a young people's council, not a local authority."""
    found = []
    for match in _QUOTED_THEN_CAPITAL_KIND.finditer(text):
        head = match.group("head")
        if not head[:1].isupper() or head.lower() not in PHRASE_HEADS \
                or _FOLLOWING_WORD_IN(text, match.end(), HEAD_AS_MODIFIER):
            continue  # "the 'Front Door' service manager": the head names a person
        words = match.group("name").lower().split()
        if _no_name_in(words):
            continue
        body_type, kind = PHRASE_HEADS[head.lower()]
        written = text[match.start() : match.end()]
        found.append(_Found(_tidy(_unquote(written)), body_type, kind, match.start(), match.end(), written=written))
    for match in _QUOTED_KIND.finditer(text):
        name, head = match.group("name"), match.group("head").lower()
        if head not in PHRASE_HEADS or "'" in name.replace("s' ", "s ").rstrip("'") or "’" in name.replace("s’ ", "s "):
            continue  # a quote inside: two quoted words, not one name
        words = name.lower().split()[:-1]
        if _no_name_in(words) or _QUOTED_ACTION.search(name):
            continue  # "'good services'": a quoted judgement or the sector, not a name; "'to engage with services'": an action
        body_type, kind = PHRASE_HEADS[head]
        if kind == "Board" and re.search(r"sub[- ]?group", name, re.I):
            kind = "SubGroup"
        found.append(_Found(_tidy(name), body_type, kind, match.start("name"), match.end("name")))
    return found


#: A verb in the plural after a phrase: the phrase names more than one body.
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:(?:both|jointly|also|now)\s+)?(?:have|are|were|work|meet|share|hold|attend|provide|offer|merged|together)\b")


#: Fields councils join in one team or service's name: "the fostering and adoption service", "the adoption and permanence team".
_FIELDS_PAIRED_IN_ONE = {"fostering", "adoption", "permanence", "permanency", "kinship", "placement", "placements", "commissioning",
                         "quality", "performance", "learning", "assessment", "intake", "prevention", "looked", "children", "leaving", "16"}


def _coordinated_kind_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` with a kind the gazetteer knows given up for the one singular team or service whose
    title joins another field to it with "and": "the fostering and adoption service", "the looked
    after children and leaving care team" are one body each (the phrase finder's), not the adoption
    service or the leaving care team; plurals stay the kinds ("the youth offending and leaving care services")."""
    for phrase in phrases:
        written = sentence[phrase.start : phrase.end]
        if phrase.key_name or written.endswith("s") or not written.islower() or _PLURAL_VERB_AFTER.match(sentence, phrase.end) \
                and not (sentence[: phrase.start].endswith((" and the ", " and its "))
                         and (phrase.body_type == "Board" or written.split()[0] in _FIELDS_PAIRED_IN_ONE)):
            continue  # ("the child protection and youth offending team have a protocol": two teams; but not "the fostering
            # panel and the adoption and permanency panel provide …", "the virtual school and the fostering and adoption
            # service have …", whose verb is the two bodies', where a board's remit or the fields councils join in one
            # team are named; "the police and the child protection and youth offending team have …" stays two teams)
        inner = [f for f in found if f.end == phrase.end and phrase.start < f.start and not f.national
                 and sentence[phrase.start : f.start].endswith(" and ")
                 and (f.key_name or (f.written or f.name).islower()
                      and _whole_generic(sentence[phrase.start : f.start].removesuffix(" and ")) is None)
                 and not _NOT_A_BODY_NAME.search(sentence[phrase.start : f.start - 5])]  # not "the escalation process and adoption panel"
        if inner:
            found = [f for f in found if not _overlaps(f, [phrase])] + [phrase]
    return found


#: The end of a board's name in capitals, before the words of its own group: "the Children's Trust executive group".
_A_BOARDS_NAME_END = re.compile(r"\b(?:Board|Trust|Partnership|Committee)$")
#: What a board or group of a service does over it: "the YOS management board", "the MASH steering group".
_GOVERNING = {"management", "executive", "steering", "strategic", "operational", "partnership", "performance",
              "improvement", "scrutiny", "advisory", "oversight", "governance"}


def _acronym_led_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without the kinds that a longer phrase starts with as its short form: "the CAMHS
    looked after children service", "the LSCB missing and exploitation sub-group", "the LSCB health
    sub-group" are one body each, the short form saying whose; "CAMHS" alone stays where no such
    phrase holds it."""
    if not phrases:
        return found
    held = set()
    starting = collections.defaultdict(list)  # a phrase meets only the items that start where it does
    for i, item in enumerate(found):
        starting[item.start].append((i, item))
    for phrase in phrases:
        for i, item in starting.get(phrase.start, ()):
            if item.end >= phrase.end:
                continue
            rest = sentence[item.end : phrase.end].split()
            if _ACRONYM_LED.fullmatch(sentence[item.start : item.end]) \
                    and (len(rest) >= 3 or len(rest) == 2 and rest[0].lower() in _GOVERNING
                         and rest[1].lower().rstrip("s") in ("board", "group", "panel", "committee", "forum")
                         or len(rest) == 2 and rest[0] in _A_TEAMS_OWN_WORK and rest[1] in ("team", "unit")  # "the MASH triage team"
                         or len(rest) == 2 and _singular_head(rest[1].lower()) in _SUB_GROUP_HEADS and rest[0][:1].islower()) \
                    and rest[0] not in ("and", "or", "&", "of") \
                    and not any(_overlaps(other, [phrase]) for other in found if other is not item):
                held.add(i)  # ("EDT and daytime services": two; "the CAMHS of Anyshire … Trust": the kind and whose)
            elif item.body_type == "Board" and _A_BOARDS_NAME_END.search(sentence, item.start, item.end) and len(rest) == 2 and rest[0].islower() \
                    and rest[0] in _GOVERNING - {"partnership"} and rest[1].rstrip("s") in ("group", "sub-group", "subgroup", "committee") \
                    and not any(_overlaps(other, [phrase]) for other in found if other is not item):
                held.add(i)  # "the Children's Trust executive group", "the Anyshire Safeguarding Children Board steering group": the
                # board's own group, its name saying whose, as "the LSCB executive group" does
    return [item for i, item in enumerate(found) if i not in held]


def _area_led_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without the boards a lower-case phrase holds after a word of a part of the area:
    "12 district children's trust partnerships" are the districts' partnerships, one body of the
    phrase's, not the council's children's trust."""
    held = set()
    for phrase in phrases:
        written = sentence[phrase.start : phrase.end]
        if not written.islower() or written.split()[0] not in _PARTS_OF_AN_AREA:
            continue
        for i, item in enumerate(found):
            if item.key_name and item.body_type == "Board" and phrase.start < item.start and item.end <= phrase.end \
                    and all(w in _PARTS_OF_AN_AREA for w in sentence[phrase.start : item.start].split()):
                held.add(i)
    return [item for i, item in enumerate(found) if i not in held]


def _trade_term_led_phrases(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without the finds a longer phrase holds as one body: capitalised names that a phrase ending with them
    starts with a term of the trade in lower case ("the looked after children Progress Group", the term saying whose work
    it is, see ``_trade_term_before_name``); a sector's generic kind in lower case at a board's or a team's start ("a
    children's social care improvement board", "the adult social care transitions team"); a generic service after a
    harm's words ("the domestic abuse advocacy service")."""
    held = set()
    for phrase in phrases:
        for i, item in enumerate(found):
            if item.start == phrase.start and item.end < phrase.end and _title_going_on(sentence, item, phrase, found):
                held.add(i)  # "the Early Help and Family Hubs service": one title, a kind at its start
            elif item.start == phrase.start and item.end < phrase.end and item.key_name and (
                    phrase.body_type == "Board" or _a_sectors_team(phrase, item, found)) \
                    and phrase.kind != "YouthForum" \
                    and sentence[item.start : item.end].islower() and all(w in PHRASE_SECTOR for w in sentence[item.start : item.end].split()):
                held.add(i)  # "a children's social care improvement board", "… quality assurance sub-group", "the adult social care
                # transitions team": the department's, one body
            elif (item.start == phrase.start or re.fullmatch(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,5}\s+", sentence[phrase.start : item.start])) \
                    and item.end < phrase.end and item.key_name and phrase.body_type == "Board" \
                    and sentence[item.start : item.end].islower() and len(rest := sentence[item.end : phrase.end].split()) == 2 \
                    and rest[0].lower() in _GOVERNING and _singular_head(rest[1].lower()) in ("board", "group", "panel", "committee"):
                held.add(i)  # "the youth offending service management board": the kind's own board, as "the YOT management board"
                # (and after a short form: "the AfC youth offending service management board")
            if item.end == phrase.end and phrase.start < item.start and item.council is None and not item.national:
                words = list(_PHRASE_TOKEN.finditer(sentence, phrase.start, item.start))
                if words and all(_AGE_RANGE.fullmatch(w.group(0)) for w in words):
                    held.add(i)  # "the 16 Plus Team", "the 0-25 Wyre Service": the ages are the name's
                elif words and _trade_term_before_name(words):
                    held.add(i)
                elif len(words) == 1 and _WHOM_A_TEAM_IS_FOR.fullmatch(words[0].group(0)) and item.kind == "TeamOrService" \
                        and sentence[item.start : item.end].islower() and _OWN_BEFORE.search(sentence, max(0, phrase.start - 12), phrase.start):
                    held.add(i)  # "the children's duty and assessment service", "the council's family early help service": whom
                    # the kind is for, its name's first word
                elif item.key_name and len(words) >= 2 and [w.group(0).lower() for w in words[-2:]] in _A_HARM_OF_ITS_OWN \
                        and item.kind == "TeamOrService" and re.fullmatch(r"[a-z-]+ (?:service|team)", sentence[item.start : item.end]):
                    held.add(i)  # "the domestic abuse advocacy service": a service of that harm's, not the kind's own
                elif _title_continued_before(words, phrase, found):
                    held.add(i)  # "the No Recourse to Public Funds Team": one title, its small word inside
                elif _brand_before_kind(words, item, sentence):  # "the Bright Futures youth service": the kind, and how the report names it
                    found[i] = item = dataclasses.replace(item, aliases=(*item.aliases, _tidy(sentence[phrase.start : phrase.end])))
                elif _title_before_kind(words, item, sentence, phrase, found):
                    held.add(i)  # "the Children's Rights and Advocacy Service", "the Through Care Team": one title
                elif not item.key_name and _generic_matches(sentence[item.start : item.end]) \
                        and _brand_before_kind(words, item, sentence, as_written=True):
                    held.add(i)  # "the Families First early help service": a kind named as written, after the service's own
                    # name (the phrase, whole, is the body)
    return [item for i, item in enumerate(found) if i not in held] if held else found


def _a_sectors_team(phrase: _Found, item: _Found, found: list[_Found]) -> bool:
    """Whether a team phrase that a sector's generic kind opens is one team ("the adult social care transitions team"):
    no slash ("adult social care/transitions team": two), no time ("the youth service summer team"), and no other kind
    found ending it ("the adult social care emergency duty team" is the emergency duty team, adult services before it)."""
    return phrase.kind == "TeamOrService" and re.search(r"\bteams?$", phrase.name) is not None and "/" not in phrase.name \
        and not any(w in _TIME_WORDS for w in phrase.name.lower().split()) \
        and not any(other is not item and other.end == phrase.end and other.start > item.start for other in found)


#: A harm whose words before a generic kind of one word and "service" or "team", in lower case, make a service of its
#: own: "the domestic abuse advocacy service" is not the council's advocacy service (but "the domestic abuse multi-agency
#: risk assessment conference" is the MARAC, a standing body of every harm's cases).
_A_HARM_OF_ITS_OWN = (["domestic", "abuse"], ["domestic", "violence"])


def _title_going_on(sentence: str, item: _Found, phrase: _Found, found: list[_Found]) -> bool:
    """Whether a kind in capitals at a phrase's start is the first words of one title the phrase
    names: "the Early Help and Family Hubs service", "the Early Help for Families service" (capitalised
    words and "and" or "for" up to the head)."""
    if not (item.key_name or item.kind in ("YouthForum", "TeamOrService", "Programme")) or item.national \
            or not sentence[item.start : item.start + 1].isupper() \
            or any(other is not item and other.start < phrase.end and other.end > item.end for other in found):
        return False  # (a kind the gazetteer knows, or a forum, team or programme found by name: "the User Voice and Participation team")
    rest = sentence[item.end : phrase.end].split()
    return len(rest) >= 3 and rest[0] in ("and", "for") and all(w[:1].isupper() or w in ("and", "for", "of") for w in rest[1:-1]) \
        and any(w[:1].isupper() for w in rest[1:-1])


#: Whom a service is for, in capitals before a kind the gazetteer knows in capitals: "the Family Early Help service".
_WHOSE_TITLE_WORDS = {"Family", "Families", "Children's", "Children’s", "Youth", "Adolescent"}


def _title_before_kind(words: list[re.Match[str]], item: _Found, sentence: str, phrase: _Found, found: list[_Found]) -> bool:
    """Whether capitalised words before a kind in capitals begin one title with it: "the Children's
    Rights and Advocacy Service" (words of no body, then "and"), "the Through Care Team" (a
    capitalised small word right after the article); not "the Anyshire Police and Advocacy Service"."""
    names = [w.group(0) for w in words]
    if not names or not sentence[item.start : item.start + 1].isupper() or item.national or \
            any(other is not item and other.start < item.start and other.end > phrase.start for other in found):
        return False
    if len(names) == 1 and names[0].lower() in PHRASE_STOP and names[0][:1].isupper() \
            and re.search(r"\bthe\s+$", sentence[: words[0].start()], re.I):
        return True  # "the Through Care Team"
    if len(names) == 1 and names[0] in _WHOSE_TITLE_WORDS and re.search(r"\bthe\s+$", sentence[: words[0].start()], re.I):
        return True  # "the Family Early Help service": whom the kind in capitals is for, its title's first word
    if names[0].lower() == sentence[item.start : item.end].split()[0].lower():
        return False  # "the Youth Beacon and Youth Forum": two names, alike
    if item.kind == "FireAndRescueService":
        return False  # "Wyre Homes and Anyshire Fire and Rescue Service": a partner, then an area's fire service by its name
    return names[-1] == "and" and 1 <= len(names) - 1 <= 3 and all(
        n[:1].isupper() and n.lower().rstrip("s").removesuffix("'").removesuffix("’") not in PHRASE_HEADS
        and n.lower() not in PHRASE_BREAK and council_for(n) is None for n in names[:-1]) \
        and names[0].lower() not in LEADING_NON_NAME and not _opens_sentence(names[0])


def _brand_before_kind(words: list[re.Match[str]], item: _Found, sentence: str, as_written: bool = False) -> bool:
    """Whether capitalised words right before a generic kind written in lower case ("the Bright
    Futures youth service", "the Kooth online counselling service") are the body's own name: not
    a council ("the Anyshire youth service" is the council's), a kind, a post or a sentence's word. The kind has a name
    of its own (``key_name``), or is one the gazetteer names as written (``as_written``: "the Families First early help
    service")."""
    names = [w.group(0) for w in words]
    if not (item.key_name or as_written) or item.kind == "AdoptionAgency" or not sentence[item.start : item.end].islower() or not 2 <= len(names) <= 4:
        return False  # (one word before a kind is as often a description: "the Somali youth service")
    if any(council_for(n) is not None or "-" in n or n.lower() in _TIMES_AND_COUNTRIES for n in names):
        return False  # "the Wyreford Rugby youth service", "Ofsted-registered", "the Monday youth service"
    whole = " ".join(names)
    return all(re.fullmatch(r"[A-Z][a-z][\w’'&-]*|[A-Z][a-z]*\d+", n) for n in names) \
        and names[0].lower() not in LEADING_NON_NAME and not _opens_sentence(names[0]) \
        and not any(n.lower() in PHRASE_ROLES or n.lower() in HEAD_AS_MODIFIER for n in names) \
        and council_for(whole) is None and not (len(names) == 1 and council_for(names[0]) is not None) \
        and not _generic_matches(whole) and not _MONTHS.search(whole) \
        and not all(n.lower() in _COMPASS or council_for(n) is not None for n in names)  # "the North East youth service"


def _title_continued_before(words: list[re.Match[str]], phrase: _Found, found: list[_Found]) -> bool:
    """Whether capitalised words and a title's small word before a name ("No Recourse to", "At Risk
    of") begin one title with it, no other body's name among them ("Anyshire Police to …")."""
    lowered = [w.group(0).lower() for w in words]
    return len(words) >= 2 and lowered[-1] in _SMALL_IN_TITLES - {"and"} and words[0].group(0)[:1].isupper() \
        and all(w.group(0)[:1].isupper() or l in _SMALL_IN_TITLES for w, l in zip(words, lowered)) \
        and not any(other.start < words[-1].start() and other.end > phrase.start for other in found)


#: The sector's words that name one service's work, not the whole council's: "the family safeguarding service" (of the
#: model many councils run), "the family intervention service", "the education safeguarding service" (safeguarding in schools).
_ONE_SERVICES_WORK = {("family", "safeguarding"), ("family", "intervention"), ("education", "safeguarding")}


def _plural_kinds_after_places(sentence: str, found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """``found`` without a kind in the plural written in capitals that a phrase names with its place before it: "Cheshire
    Youth Justice Services" is one service, as the singular is read whole (the phrase is added after, where nothing
    overlaps it); not after another place's "and" ("Cheshire and Warrington …"), nor the council's children's social care."""
    def inside(f: _Found, p: _Found) -> bool:  # a generic kind in capitals ending where the phrase ends, after its start
        return bool(f.key_name) and f.end == p.end and f.start > p.start and sentence[f.start : f.start + 1].isupper()
    placed = [p for p in phrases if sentence[p.end - 1] == "s"
              and not ((other := _ANOTHER_PLACE_BEFORE.search(sentence, max(0, p.start - 30), p.start)) and _a_place_word(other.group("place")))
              and any(inside(f, p) and _only_a_places_name(sentence[p.start : f.start]) and not _CHILDRENS_SOCIAL_CARE.search(sentence, f.start, f.end)
                      for f in found)]
    return [f for f in found if not any(inside(f, p) for p in placed)]


#: "and" or a comma before a place's name: the place is one of several a kind is named by ("Cheshire and Warrington Youth
#: Justice Services").
_ANOTHER_PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][a-z]+)\s*(?:\band|,)\s+$")


def _only_a_places_name(text: str) -> bool:
    """Whether ``text`` is a place's name in capitals and no more: "Cheshire ", "North Wyre " where a council's or a region's
    words make it ("Cheshire" of "Cheshire East")."""
    words = text.split()
    return bool(words) and all(_a_place_word(w) or w in ("North", "South", "East", "West", "Mid", "Greater") for w in words) \
        and any(_a_place_word(w) for w in words)
