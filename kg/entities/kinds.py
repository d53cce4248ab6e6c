"""Generic kinds of body in a sentence (``_generic_matches``): the gazetteer's kinds as written, with the
words that make one a post, a time, a region or the police rather than a body."""
from __future__ import annotations

import functools
import re

from ..gazetteer import council_for, councils, HEAD_AS_MODIFIER, HEADS, PEOPLE_SERVED, PHRASE_ROLES, police_forces
from .text import _tidy
from .registry import _Found
from .scan import _any_start, _council_names, _kind_starts, _kind_tables, _starts

#: Whether any of ``_HEAD_RES`` can match: one search before they are tried one by one.
_HEAD_WORDS_ANY = "|".join(f"(?:{head})" for head, _, _ in HEADS)
_ANY_HEAD_END = re.compile(rf"\b(?:{_HEAD_WORDS_ANY})$")
#: "(MASH)", "(the LSCB)", "(5BP)", "(L&D)", an NHS commissioner's with its kind's own ("(HMR CCG)", "(BNSSG ICB)") and one
#: with its kind word ("(LAC Council)", "(MET hub)"; a board in lower case is one named back, "(the KSCP board)").
_ACRONYM_AFTER = re.compile(r"^\s*\((?:the\s+)?(\d?[A-Z][A-Za-z&]{0,2}[A-Z][A-Za-z']{0,6}(?:\s(?:CCG|ICB|ICS|CRC|Council|Board|Panel|Forum|hub|team|panel|group|unit))?)\)")


_NOT_A_NAME_WORD = re.compile(
    r"\b(?:the|a|an|its|their|this|four|three|two|five|six|several|various|other|including|of|with|to|from|by|for|on|in|agencies|partners)\s+",
    re.IGNORECASE,
)


#: Where a sentence starts, before the position searched up to: a kind's capital there is the sentence's.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)[‘'\"“(]?$")


#: A describing word a reader keeps with a kind's name, as a whole word right before it (not "non-specialist"): "the
#: specialist CAMHS team", "the central referral and assessment team", "the community health visiting service", "the
#: emergency out-of-hours service".
_KEPT_WORD_BEFORE = re.compile(r"(?<![\w-])(specialist|central|community|emergency) $")
#: A post after a kind's name: a word kept before the kind describes the post, not the kind ("the specialist youth
#: offending team worker", "the specialist CAMHS team manager"). (Its kin, each with its own words for its own reader:
#: ``_COUNTED_AFTER``, ``_DEPARTMENTS_PEOPLE_AFTER``, ``_POST_AFTER``.)
_POST_AFTER_KIND = re.compile(r"\s+(?:head\s*teachers?|heads?|managers?|leads?|leaders?|chairs?|officers?|workers?|staff|members?|nurses?"
                              r"|social\s+workers?|case\s*workers?|practitioners?|co-?ordinators?)\b")


def _generic_matches(text: str) -> list[_Found]:
    """Every generic kind of body the text names, each kind's matches as ``re.finditer`` would
    give them, and every acronym of a kind written alone. One search of all kinds finds where
    any starts; each kind is then tried there only, and only where its first character is."""
    found = []
    _, any_acronym = _any_start()
    kind_starts = _kind_starts(text)
    acronym_starts = _starts(any_acronym, text) if any_acronym is not None else []
    if not kind_starts and not acronym_starts:
        return found  # most sentences: no kind and no acronym of one starts anywhere
    for table in _kind_tables():
        national = table.national
        tried: dict[int, list[int]] = {}  # each kind that may start at one of the starts → those starts
        for start in kind_starts:
            if table.any_kind.match(text, start):
                for index in table.kinds_starting(text[start]):
                    tried.setdefault(index, []).append(start)
        for index in sorted(tried):
            kind, pattern, kind_acronyms = table.kinds[index]
            cursor = 0
            for start in tried[index]:
                if start < cursor:
                    continue
                match = pattern.match(text, start)
                if match is None:
                    continue
                cursor = max(match.end(), start + 1)
                if not national and _SUBGROUP_AFTER.match(text, match.end()):
                    continue  # "the child death overview panel subgroup": a group of its own, the phrase finder's
                name = match.group(0)
                if kind.kind == "Police":
                    if not _names_the_police(text, match.start(), match.end()):
                        continue  # "a police presence": an adjective
                    name = "Police"
                acronyms = tuple(a for a, used in kind_acronyms if used.search(text))
                end, written = match.end(), match.group(0)
                if not national and kind.kind != "Police" and kind.name and (more := _kind_word_after(text, end)):
                    end, written = more, text[match.start() : more]  # "the designated officer service": its wording
                defined = _ACRONYM_AFTER.match(text[end:])
                defines = bool(defined and _initials_match(match.group(0), defined.group(1)))
                if defines:
                    acronyms = tuple(dict.fromkeys((*acronyms, defined.group(1))))
                elif not national and (placed := _PLACE_THEN_ACRONYM.match(text, end)) \
                        and _initials_match(f"{match.group(0)} {placed.group(1)}", placed.group(2)) \
                        and not any(_is_post(w) for w in placed.group(1).split()):  # "the Virtual School Headteacher (VSH)": a person
                    # "the Virtual School Anyshire (VSA)": the kind named with its place, then shortened
                    end, written, defines = placed.end(1), text[match.start() : placed.end(1)], True
                    acronyms = tuple(dict.fromkeys((*acronyms, placed.group(2))))
                if kind.cased and (not national or kind.local_groups) and text[end : end + 1] == " " \
                        and ((place := _council_names()[0].match(text, end + 1)) is not None
                             or kind.regional and (place := _region_after_brand(text, end + 1)) is not None
                             and not _ANY_HEAD_END.search(place.group(0)) and not _A_TIME.search(place.group(0))
                             and not _WEEKDAY.search(place.group(0))
                             and not any(_is_post(w) or _people(w) or w.lower() in _PEOPLE_AT_WORK for w in place.group(0).split())):
                    # "Connexions Anyshire": a national brand's local body, named with its area ("… and Wyre")
                    end = place.end()
                    more = re.match(r" and ([A-Z][\w-]+(?: (?:& )?(?!Council\b)[A-Z][\w-]+)?)(?! (?:(?:Borough|County|City) )?Council\b)", text[end:])
                    if more and council_for(more.group(1)) and not re.match(r" [A-Z]", text[end + more.end() :]):
                        # (not "… and Telford & Wrekin Council have …": a council by its title; nor "… and Wyre College": the
                        # second place opens another name)
                        end += more.end()
                    elif " and " not in place.group(0) and (listed := _places_listed_after(text, end)) is not None:
                        end = listed  # "Connexions Anyford, Wyre and Vale": one branch of three places listed
                    written = name = text[match.start() : end]  # (a national charity's local group by a council's name is the
                    # area's: "Women's Aid" and the council's place; not its schemes or its federation)
                    found.append(_Found(name, kind.body_type, kind.kind, match.start(), end, acronyms, False, written=written))
                    continue
                if not kind.name:  # named as written: "the learning and improvement sub group"
                    name = _NOT_A_NAME_WORD.split(name)[-1]
                    if not name or name.lower().startswith("sub"):
                        continue
                    found.append(_Found(name, kind.body_type, kind.kind, match.end() - len(name), match.end(), (), False))
                    continue
                found.append(
                    _Found(
                        kind.name if (national or kind.cased or name.islower() or kind.kind == "Police"
                                      or name[1:].islower() and _SENTENCE_START.search(text, max(0, match.start() - 4), match.start()))
                        else _tidy(name if name.lower() == kind.name.lower() else _LOWER_BEFORE_TITLE.sub("", name)),
                        # "the out-of-hours Emergency Duty Team": its title (but "the multi-agency Safeguarding Hub" whole)
                        kind.body_type,
                        kind.kind,
                        match.start(),
                        end,
                        acronyms,
                        national,
                        written=written,
                        key_name=kind.name,
                        defines=defines,
                        aliases=((written[hours.end() :],) if (hours := _OUT_OF_HOURS.match(written))
                                 and pattern.fullmatch(written[hours.end() :]) else ())
                        + ((f"{kept.group(1)} {written}",) if not national
                           and (kept := _KEPT_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start()))
                           and " " in written.strip() and not _people_at_work(written.split()[-1])
                           and not _POST_AFTER_KIND.match(text, end) else ()),
                    )  # ("the out-of-hours emergency duty service": the emergency duty service, as a reader lists it; not
                    # "service" of "the out-of-hours service"; "the specialist CAMHS team for looked after children": the
                    # kind, its describing word among its names as written)
                )
        # A generic kind named by its acronym alone ("the LSCB", "CAMHS"), case as written.
        starts = [start for start in acronym_starts if table.any_acronym.match(text, start)] \
            if table.any_acronym is not None else []
        for kind, acronym, pattern in table.acronyms if starts else ():
            for start in starts:
                match = pattern.match(text, start)
                if match is not None:
                    end = (_kind_word_after(text, match.end()) or match.end()) \
                        if not national and kind.body_type == "Service" and kind.kind != "Police" else match.end()
                    found.append(  # ("the LADO service": the kind's short form and its kind word, as a reader writes it)
                        _Found(kind.name, kind.body_type, kind.kind, match.start(), match.end(), (acronym,), national, written=acronym,
                               key_name=kind.name, aliases=(text[match.start() : end],) if end != match.end() else ())
                    )
    return found


_OUT_OF_HOURS = re.compile(r"out[- ]of[- ]hours\s+", re.IGNORECASE)
_LOWER_BEFORE_TITLE = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for)){1,}$)")


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
#: A region a brand's local body is named by, where no council's name is: "Connexions Wyre and Tees" ("… provides", "… advisers").
_REGION_WORDS = r"(?:(?:North|South|East|West|Greater|Mid)\s)?[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_REGION_ENDS = (r"(?= (?:provides?|offers?|supports?|works?|is|are|has|have|gives?|helps?|and|to|for|in|advisers|workers|staff"
                r"|should|will|must|can|personal|[a-z]{3,}(?<!s)s)\b"
                r"|[,.;])")  # (a verb in the plural too: "personal advisers from Connexions Wyre Valley provide …"; any verb's third
# person: "Connexions Wyre tracks young people …")
_REGION_AFTER_BRAND = re.compile(_REGION_WORDS + r"(?: and [A-Z][a-z]+)?" + _REGION_ENDS)
_REGION_ALONE_AFTER_BRAND = re.compile(_REGION_WORDS + _REGION_ENDS)


#: More places listed after a brand's place, the last after "and": ", Wyre and Vale" of "Home-Start Anyford, Wyre and Vale"
#: (not where the last goes on: "… and Blackburn with Darwen", "… and Stockton-on-Tees", "… and Wyre College").
_MORE_PLACES_LISTED = re.compile(r"(?:,\s+[A-Z][a-z]+){1,3},?\s+and\s+[A-Z][a-z]+(?![\w’'-])(?!\s+[A-Z]|\s+(?:with|upon|on)\s)")


def _places_listed_after(text: str, end: int) -> int | None:
    """Where more places listed after a brand's place end (``_MORE_PLACES_LISTED``), each a council's or a place's word;
    None where none are."""
    listed = _MORE_PLACES_LISTED.match(text, end)
    if listed is None or not _only_places_words(listed.group(0)):
        return None
    return listed.end()


def _only_places_words(words: str) -> bool:
    """Whether every capitalised word of ``words`` is a word of a council's or a region's name ("North", "Isle" of "Isle
    of Wight") or a council's name alone ("Stockton-on-Tees"), and none the council's own word: a list of places, not of
    bodies ("Anyford Council", "NHS Trust")."""
    return all(w != "Council" and (w in _place_name_words() or council_for(w) is not None)
               for w in re.findall(r"[A-Z][\w’'-]*[a-z]", words))


def _region_after_brand(text: str, position: int) -> re.Match[str] | None:
    """The region a national brand's local body is named by, after the brand ("Connexions Wyre Valley"); a region of two
    places joined by "and" ("… Tyne and Wyre provide …"), not where the second is a body's name, in capitals, a kind the
    gazetteer knows or a possessive ("Connexions Wyre Valley and NYAS", "… and Barnardo's": the region, then another body)."""
    place = _REGION_AFTER_BRAND.match(text, position)
    second = place.group(0).rsplit(" and ", 1)[1] if place is not None and " and " in place.group(0) else ""
    if second and second not in _place_name_words() and (second.isupper() or _generic_matches(second)
                                                         or re.match(r"['’]s?\b", text[place.end() :])):
        place = _REGION_ALONE_AFTER_BRAND.match(text, position)  # (a body's name after "and": two bodies)
    return place


def _is_post(word: str) -> bool:
    """Whether ``word`` names a post: "Manager", "Headteacher", "Leaders"."""
    lowered = word.lower()
    return lowered in PHRASE_ROLES or lowered.endswith(("teacher", "teachers", "leader", "leaders"))


#: A place's name after a generic kind, then a short form of both: "Virtual School Anyshire (VSA)".
_PLACE_THEN_ACRONYM = re.compile(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*\((?:the\s+)?([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z']{0,6})\)")
_SUBGROUP_AFTER = re.compile(r"\s+sub[- ]?(?:groups?|committees?)(?![\w-])", re.IGNORECASE)
#: A kind word right after a generic kind's own words: "the local authority designated officer
#: service" is the officer's service, and a reader writes it so.
_KIND_WORD_AFTER = re.compile(r"\s+(?:service|team)s?(?![\w-])")


def _kind_word_after(text: str, end: int) -> int:
    """Where a kind word ending a generic kind's wording ends, or 0: none there, one already
    ending the kind's words, or one naming something else ("… service manager")."""
    if text[end - 8 : end].lower().rstrip("s").endswith(("service", "team")):
        return 0
    after = _KIND_WORD_AFTER.match(text, end)
    if after is None or _FOLLOWING_WORD_IN(text, after.end(), HEAD_AS_MODIFIER):
        return 0
    return after.end()


_FOLLOWING_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: The months' short forms: "21 Sept", "Dec".
_SHORT_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
#: A time, not a name: a month, a year, a season, a holiday, the pandemic.
_A_TIME = re.compile(rf"(?:(?:early|late|mid)[- ])?(?:{_MONTH_NAMES}|\d{{4}}|Easter|Christmas|Whitsun|Spring|Summer|Autumn|Winter|Covid(?:-19)?)",
                     re.IGNORECASE)


def _FOLLOWING_WORD_IN(text: str, position: int, words: set[str]) -> bool:
    following = _FOLLOWING_WORD.match(text, position)
    return following is not None and following.group(1) in words


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_POLICE_AFTER_WORD = re.compile(r"\b(?:with|by|from|and|including|alongside|between|to|involving)\s+$", re.IGNORECASE)
#: "police checks", "police protection": the word describes what follows
_POLICE_AS_ADJECTIVE = re.compile(r"\s+(?!and\b|or\b|to\b|when\b|where\b|in\b|at\b|on\b|about\b|as\b|if\b|is\b|are\b|was\b|were\b|have\b|has\b|had\b|who\b|that\b|which\b|for\b|with\b)[a-z]")


def _names_the_police(text: str, start: int, end: int) -> bool:
    """"the police", "Police", "police partners": the force; "police presence", "police
    notifications" only describe."""
    if text[start:end][:1].isupper() or text[start:end].lower().startswith("the ") or _THE_BEFORE.search(text, 0, start):
        return True
    if _POLICE_AFTER_WORD.search(text, 0, start) and not _POLICE_AS_ADJECTIVE.match(text, end):
        return True  # "investigations with police", "shared by police and health"
    return bool(re.match(r"\s+(?:partners?|colleagues|counterparts?|officers?|forces?|services?|constabulary|representatives?|and\s)", text[end:]))


def _initials_match(name: str, acronym: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ("and", "of", "for", "the", "&", "in")]
    initials = "".join(w[0] for w in words).upper()
    short, _, kind_word = acronym.rpartition(" ")
    if short and re.fullmatch(r"[A-Za-z][a-z]+", kind_word) and words and words[-1].lower() == kind_word.lower():
        acronym = short  # "the Looked After and Care Leavers' Council (LAC Council)": the short form keeps the kind word
    letters = re.sub(r"[^A-Z]", "", acronym.upper().rstrip("S") if acronym.endswith("s") else acronym.upper())
    if not letters:
        return False
    if initials.endswith(letters) or initials.startswith(letters) or letters in initials:
        return True
    capitals = re.sub(r"[^A-Z]", "", acronym)  # "(BeNCH CRC)": the capitals as written, a small letter between them
    if len(capitals) >= 3 and capitals != letters and (initials.endswith(capitals) or initials.startswith(capitals)):
        return True
    if len(letters) >= 3 and letters[0] == initials[:1] and sorted(letters) == sorted(initials):
        return True  # "Anyshire Safeguarding Children Board (ACSB)": the initials in the order a report's owner says them
    # "North Anyshire NHS (PCT)": the acronym names the kind
    return letters in ("PCT", "CCG", "NHS")
#: People a sentence names in capitals at its start, before "and" and a body: never part of its name.
#: (not those that open bodies' names: "Children and Families Service", "Parents and Carers Forum", "Partners in Practice")
_PEOPLE_WORDS = {"leaders", "managers", "inspectors", "practitioners", "councillors", "staff", "professionals", "colleagues",
                 "officers", "governors", "clinicians", "teachers", "headteachers", "volunteers", "children", "families", "parents",
                 "carers", "adults", "women", "men", "pupils", "students", "learners",
                 "midwives", "nurses", "doctors", "paediatricians", "therapists", "psychologists", "detectives", "advisers"}


def _people(word: str) -> bool:
    """Whether one capitalised word is people or posts ("Leaders", "Managers", "Staff")."""
    word = word.strip("'’")  # "Families'" of "the Children and Families' Alliance"
    return word.lower() in _PEOPLE_WORDS or _is_post(word) or word.lower().rstrip("s") in PHRASE_ROLES
def _people_at_work(word: str) -> bool:
    """Whether a name's last word is people or a post ("the Missing Coordinator", "Foster Carers",
    "Educational Psychologists"), never a partner's."""
    lowered = word.lower()
    return lowered in _PEOPLE_AT_WORK or lowered.endswith(("ists", "carers", "workers")) or _people(word) and lowered not in PEOPLE_SERVED
    # (whom a partner serves may end its name: "Ormiston Families")


#: The last word of a post or of people at work, besides ``_people``'s: "the Missing Coordinator".
_PEOPLE_AT_WORK = {"coordinator", "co-ordinator", "coordinators", "co-ordinators", "worker", "workers", "nurse", "nurses",
                   "practitioner", "practitioners", "advocate", "advocates", "visitor", "visitors", "mentor", "mentors",
                   "officer", "officers", "champion", "champions", "navigator", "navigators", "doctor", "doctors", "coach", "coaches",
                   "advisor", "advisors"}


@functools.lru_cache(maxsize=1)
def _forces_areas() -> frozenset[str]:
    """The areas the territorial police forces of England and Wales are named by, whole: "Greater Manchester", "Thames
    Valley", "Merseyside", "Dyfed-Powys" (not a national force's "British Transport", "Metropolitan")."""
    return frozenset(re.sub(r"\s+(?:Police(?:\s+Service)?|Constabulary)$", "", force) for force in set(police_forces().values())) \
        - {"British Transport", "Metropolitan"}


@functools.lru_cache(maxsize=1)
def _place_name_words() -> frozenset[str]:
    """Every capitalised word of a council's or a region's name ("Yorkshire" of "North Yorkshire", "Midlands"), or of
    the area a territorial police force is named by ("Merseyside", "Northumbria", "Humberside": no council's name now;
    the Welsh forces' "Gwent", "Dyfed", "Powys"): one such word opening a clause is a place's name, not a partner's."""
    names = [name for council in councils() for name in council.names] + [c.region for c in councils() if c.region] \
        + [_FORCE_WORDS.sub("", area).replace("-", " ") for area in _forces_areas()]
    return frozenset(word for name in names for word in re.findall(r"[A-Z][a-z’'-]+", name) if word not in _NOT_A_PLACES_WORD)


#: Words of a force's area's name that are no place's by themselves: "Greater" of "Greater Manchester", "Valley" of "Thames
#: Valley".
_FORCE_WORDS = re.compile(r"\b(?:Greater|Valley)\b")
#: Words of councils' names that are no place's: "City" of "City of York", "Of", "The".
_NOT_A_PLACES_WORD = {"City", "Of", "The"}
