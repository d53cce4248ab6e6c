"""Names in lists: examples of a kind ("health programmes, such as 'Bright Start' and the Anyshire Mums"), names
listed with a charity the report names or between semicolons with partners it names, NHS commissioners and trusts
listed before one plural kind ("the North Anyshire and Wyre Vale CCGs"), and two fields' teams or sub-groups ("the
adoption and fieldwork teams"); and two helpers the described names share (a name holding a time, a body merged with
the one its description names)."""
from __future__ import annotations

import re

from .. import prefilter
from ..gazetteer import (
    CASE_RECORDING_SYSTEMS,
    council_for,
    GENERIC_BODIES,
    LEADING_NON_NAME,
    NOT_BODY_NAMES,
    PEOPLE_SERVED,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_STOP,
    police_force_for,
)
from ..statistics import NUMBER_WORDS
from .text import _COMPASS, _only_an_area, _tidy
from .registry import (
    BodyRegistry,
    _CONNECTORS,
    _Found,
    _GENERIC_WHOLE,
    _is_proper,
    _merge,
    _TIMES_AND_COUNTRIES,
    _TITLE,
)
from .kinds import _A_TIME, _ANY_HEAD_END, _generic_matches, _people
from .vocabulary import (
    _a_kind_of_homes_word,
    _a_numbers_own_name,
    _ACRONYM_LED,
    _FIELDS_OF_WORK,
    _MONTHS,
    _NOT_A_BODY_NAME,
    _opens_sentence,
    _POSSESSIVE,
    _REACH,
    _TEAM_COUNTS,
    _TRAILING_SMALL,
    _whole_generic,
)
from .partners import _a_kind_a_council_or_a_force, _a_town_worked_in, _PROGRAMME_NAMES, _WORDS_OF_THE_TRADE


def _holds_a_time(name: str) -> bool:
    """Whether a name holds a time ("September", "After Covid", "Summer 2022"), not a number that
    is no year ("1625 Wyre People")."""
    return any(not time.group(0).isdigit() or time.group(0).startswith(("19", "20")) for time in _A_TIME.finditer(name))


_HEAD_WORDS = "|".join(sorted((re.escape(h) for h in PHRASE_HEADS if " " not in h), key=len, reverse=True))
#: "health programmes, such as the 'Bright Start' and …": named examples of a kind of body
_EXAMPLES_OF_KIND = re.compile(r"(?:such as|including|for example|e\.g\.|among(?:st)? them)[,:]?\s+")
#: The examples after their cue: up to the clause's end, or to where another cue starts its own list.
_EXAMPLES_LIST = re.compile(r"[^.;:()]+")
#: A new clause after a list of examples: a comma, a conjunction and a word in lower case ("…, and most people live …").
_NEW_CLAUSE_AFTER_LIST = re.compile(r",\s+(?:and|but|while|whilst|although|whereas|so)\s+"
                                    r"(?!(?:the|other|local|an?|two|three|four|five|six|several|some|many|smaller|more)\b)[a-z]")
_KIND_PLURAL_BEFORE = re.compile(
    rf"\b(?:(?P<partner>organisations|charities|providers|companies|colleges|housing\s+associations|(?:community|voluntary|faith)\s+groups"
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
        # Rising Sun provide targeted help" (a list of places, posts or teams does not provide help so, nor a title's
        # list of whom it serves: "the Cabinet Member for Children, Families and Learning provide …")
        doers = match.re is not _NAMES_LISTED and (len(items) >= 3 or len(items) == 2 and charities >= 1) \
            and _LIST_DOES.match(sentence, match.end("list")) is not None \
            and not _PLACES_LISTED_AFTER.search(sentence, 0, match.start("list")) \
            and not re.search(r"\b[A-Z][\w’'-]*\s+and\s+$", sentence[: match.start("list")]) and not any(" in " in i for i in items) \
            and not any(i.lower() in PEOPLE_SERVED for i in items) \
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


#: A list's verbs after its names, plural and singular.
_LISTS_VERBS = r"are|is|was|were|have|has|had|provides?|helps?|works?|offers?|supports?|delivers?|runs?"
#: Where a clause goes on after the list: a verb or a preposition, not a kind word ("the Tall Ships sailing programme").
_CLAUSE_GOES_ON = re.compile(rf"\s+(?:to|who|which|that|in|at|on|for|with|from|across|{_LISTS_VERBS})\b")
#: A list's verb after an item before its last (not a preposition, which says more of the item: "such as Wyre Hope at the
#: hospital, Anyford Aid and …").
_LISTS_VERB_GOES_ON = re.compile(rf"\s+(?:{_LISTS_VERBS})\b")
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
        landlords_name = head == "landlord" and words[-1] == "Homes" and len(words) > 1 \
            and not any(map(_a_kind_of_homes_word, words[:-1]))
        if police_force_for(match.group("name")) is None and (not _ANY_HEAD_END.search(match.group("name")) or landlords_name) \
                and not _opens_sentence(words[0]) and not all(
                    w.lower() in PHRASE_STOP or w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED or _people(w) for w in words):
            _add_example(match.group("name"), head, registry, quoted=False)  # (not "Staff and other providers"; "Wyrex Homes and other
            # housing providers have …" opening a sentence is a landlord the capitalised names' finder leaves there, no kind of home)
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
            head = {"companies": "company", "housing associations": "landlord", "colleges": "college"}.get(
                " ".join(kind.group("partner").lower().split()), "provider")
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
        for at, item in enumerate(items):
            if (last := _TITLE_RUN.match(item)) is not None \
                    and (_CLAUSE_GOES_ON if at == len(items) - 1 else _LISTS_VERB_GOES_ON).match(item, last.end()):
                items = [*items[:at], last.group()]  # "such as Wyre Cares and Wyre Dads to help …", "such as Anyford Lads and
                break  # Girls Club provide youth work and mentoring": the list ends where its names end
        bare_partners = bool(kind.group("partner")) and kind.group("partner").lower() in ("partners", "local partners", "other partners")
        for item in items:
            item = _without_the_towns_worked_in(item)
            for name in _names_joined_by_and(item, of_providers=not kind.group("head")):
                if bare_partners and (_only_an_area(name.split()) or _MONTHS.search(name) or name.lower() in _TIMES_AND_COUNTRIES
                                      or len(name.split()) == 1 and (name.lower() in PHRASE_SECTOR | _FIELDS_OF_WORK | _WORDS_OF_THE_TRADE
                                                                     or name.lower() in _COMPASS or _generic_matches(name)
                                                                     or name.lower() in _PROGRAMME_NAMES)):
                    continue  # "partners such as Housing, Teesside and Prevent": a department, a place, a programme, not a charity's name
                if head == "college" and (all(w.lower() in _KINDS_OF_COLLEGE for w in name.split())
                                          or not any(_A_COLLEGES_NAME.search(other) for other in items)):
                    continue  # "colleges, such as … and the Sixth Form": a kind of college, not one; "colleges such as Anyford
                    # and Wyre": towns, where no item is named as a college
                _add_example(name, head, registry, quoted=False)


#: A college's kind word in a list of colleges given as examples: the list names colleges, not the towns they are in.
_A_COLLEGES_NAME = re.compile(r"\b(?:College|University|Academy)\b")
#: Words of a kind of college, not of one college's name: "the Sixth Form", "Further Education".
_KINDS_OF_COLLEGE = {"the", "sixth", "form", "further", "higher", "education", "adult", "learning", "specialist", "local", "land-based"}


#: A name ending in its kind word, then the town it works in, before the list's next name or its end: "Wulvern Housing in
#: Crewe and Peaks and Plains Housing Trust in Macclesfield" lists two landlords, each by its name and its town (a name of
#: its own before the kind word: "Homes in Anyford" is a landlord's whole name).
_WHERE_IT_WORKS = re.compile(r"(?P<name>[A-Z][\w’'-]*\s+[\w’'-]+)\s+in\s+"
                             r"(?P<place>[A-Z][\w’'-]*(?:\s+(?:(?:and|upon|on)\s+)?[A-Z][\w’'-]*){0,4})")


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


#: Whom a club or a centre serves, named on both sides of its "and": "Anyford Lads and Girls Club".
_PEOPLE_A_CLUB_SERVES = PEOPLE_SERVED | {"lads", "young"}


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
    if not _ANY_HEAD_END.search(sides[0]) and (_ANY_HEAD_END.search(sides[1]) or sides[1].endswith(" Club")) \
            and sides[0].split()[-1].lower() in _PEOPLE_A_CLUB_SERVES and sides[1].split()[0].lower() in _PEOPLE_A_CLUB_SERVES:
        return [item]  # "Anyford Lads and Girls Club": whom it serves, both, then its kind word: one name
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
            or words[0].lower() in (("the", "a", "an") if quoted else LEADING_NON_NAME) and not _a_numbers_own_name(words):
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
                                       else ("PartnerOrganisation", "HousingProvider") if head == "landlord"
                                       else ("PartnerOrganisation", "College") if head == "college" else ("Service", "TeamOrService"))
    found = _Found(item, body_type, kind, 0, 0)
    return registry.add(found, _is_proper(found, registry.authority_names)).key  # a council's own stays its own


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
    r"(?P<list>[A-Z][\w'’&-]*(?:(?:,\s+|\s+)(?:and\s+)?[A-Z][\w'’&-]*){1,17})(?=\s*[,;.)]|\s+[a-z])")


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
    two names; ``None`` where the text cannot say which "and" that is (after a comma before the last name's "and", an "and"
    inside that name is its own). Where "the" opens each name
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
    # "A, B, and Vale and Wyre Peninsula": the list's own "and" is spent after its last comma; the "and" after it is the name's
    oxford = len(items) > 2 and re.search(r",\s+and\s+" + re.escape(items[-1]) + "$", listed) is not None
    for piece in items[-1].split(" and ")[1:]:
        if oxford:
            pieces[-1] += " and " + piece
            continue
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


#: Another body's whole name after the commissioners' list and its last "and": "…, and Anyshire Police", "…, and Wyre and
#: Anyshire Police".
_ANOTHER_BODY_LAST = re.compile(r",?\s+and\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Police|Constabulary|Council|Trust|Service|Board|Partnership)$")


def _discover_commissioners_listed(sentence: str, registry: BodyRegistry) -> None:
    """Each NHS commissioner a list of areas before or after one plural kind names, under its own
    name ("the North Anyshire and Wyre Vale clinical commissioning groups", "the two CCGs, North
    Anyshire and Wyre Vale,": two groups; see ``_names_listed`` for the "and"s inside names). A list
    whose parts the text cannot tell, or that does not give the count the text states, is left to
    the plural kind."""
    matches = [*prefilter.finditer(_COMMISSIONERS_LISTED, sentence), *prefilter.finditer(_COMMISSIONERS_NAMED_AFTER, sentence)]
    for match in matches:
        listed = _list_of_names(match.group("list"))
        if (other := _ANOTHER_BODY_LAST.search(listed)) is not None:
            listed = listed[: other.start()]  # "…, NHS Wyre West, and Anyshire Police": the list of commissioners, then another body
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
