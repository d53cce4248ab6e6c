"""Short forms a report defines ("full name (ACR)", "ACR (full name)"), read by ``kg.shortforms`` and kept
where the long form names a body; short forms of bodies already known."""
from __future__ import annotations

import dataclasses
import re

from .. import prefilter
from ..gazetteer import (
    council_for,
    DESCRIBING,
    HEAD_AS_MODIFIER,
    LEADING_NON_NAME,
    NAMED_ONLY_HEADS,
    NOT_BODY_NAMES,
    PEOPLE_QUALIFIERS,
    PEOPLE_SERVED,
    PHRASE_HEADS,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
)
from ..shortforms import definitions
from .text import _norm, _singular_head, _tidy, _unquote
from .registry import (
    _add_acronym,
    _add_short_form,
    BodyRegistry,
    _CONNECTORS,
    _Found,
    _GENERIC_WHOLE,
    _merge,
    _non_overlapping,
)
from .scan import _PHRASE_HEAD
from .kinds import _FOLLOWING_WORD_IN, _generic_matches, _initials_match, _is_post, _place_name_words
from .vocabulary import (
    _a_kinds_plural,
    _CASE_MEETINGS,
    _department_only,
    _describes_only,
    _NAME,
    _only_sector,
    _TRADE_SHORT_FORMS,
    _VERB_BETWEEN,
    _whole_generic,
)
from .phrases import _phrase_matches
from .proper import _proper_matches
from .mentions import _mention_hits

_HEAD_RIGHT_AFTER = re.compile(r"\s*" + _PHRASE_HEAD.pattern, re.IGNORECASE)


_ARTICLE_BETWEEN = re.compile(r"\s*(?:[a-z][a-z-]+\s+)?(?:the|a|an|its|their)\s", re.IGNORECASE)
#: "… (MARAC) and Multi Agency …": "and" starts another body, whatever kind word follows
_CONJUNCTION_BETWEEN = re.compile(r"\s*(?:and|or|&)\s", re.IGNORECASE)


#: Up to two words, then a kind word, after a short form's bracket: "the Keeping Children Safe from Exploitation
#: (KCSE) team", "(MASH) Triage Team" (one more name of the hub); a preposition starts another phrase ("(CAMHS)
#: from … NHS Trust").
_WORDS_THEN_HEAD = re.compile(r"\s*(?:(?!(?:from|by|with|for|to|in|at|of|on|into|through|via|under|within)\s)[a-z][a-z-]+\s+){0,2}?"
                              + _PHRASE_HEAD.pattern, re.IGNORECASE)


def _definition_matches(text: str) -> list[_Found]:
    """A body the text defines a short form for: "the multi-agency safeguarding hub (MASH)",
    "the Keeping Children Safe from Exploitation (KCSE) team", "Cafcass (the Children and Family
    Court …)". The long form is a body when the finders read one ending where it ends; "the
    Public Law Outline (PLO)" is not."""
    found = []
    for definition in definitions(text):
        if definition.short.startswith("NHS ") and _GENERIC_WHOLE.fullmatch(definition.long.removeprefix("NHS ")):
            continue  # "NHS Child and Adolescent Mental Health Services (NHS CAMHS)": a kind spelt whole, not an NHS body's area
        if _a_kinds_plural(definition.short) and " and " in definition.long:
            continue  # "NHS Wyre CCG and NHS Anyford CCG (the CCGs)": a kind's plural names the bodies before it, each by its own name
            # (one kind's plural is that kind's: "independent reviewing officers (IROs)")
        head = _WORDS_THEN_HEAD.match(text[definition.end :])  # (words in lower case, no preposition: not "(CAMHS) from Wyre Partnership …")
        candidate = _tidy(_unquote(definition.long))
        aliases: tuple[str, ...] = ()
        end = definition.end
        repeated = head is not None and _singular_head(_norm(candidate)).split()[-1:] == [_singular_head(_norm(head.group(1)))]
        if repeated or head is not None and head.group(1) == "directorate" and _department_only(candidate):
            head = None  # "the family and young people service (FYPS) service": the long form is the name; "Children's
            # Services (CS) directorate": the department it names, which is read as the council
        if head is not None and (_ARTICLE_BETWEEN.match(head.group(0)) or _CONJUNCTION_BETWEEN.match(head.group(0))
                                 or _VERB_BETWEEN.match(head.group(0))):
            head = None  # "Cafcass (…) and the courts": an article starts another body, not the short form's kind word;
            # "Wyre Action (WA) supports voluntary groups": the sentence's verb
        if head is not None:
            alone = _whole_generic(candidate)
            candidate = f"{candidate} {head.group(0).strip()}"
            aliases = (f"{definition.short} {head.group(0).strip()}",)
            end = definition.end + head.end()
            if alone is not None:  # "the local authority designated officer (LADO) service": the LADO itself
                kind = alone
                found.append(_Found(kind.name, kind.body_type, kind.kind, definition.start, end, (definition.short,),
                                    kind.national, written=candidate, key_name=kind.key_name, aliases=aliases, defines=True))
                continue
        inner = _non_overlapping(
            _generic_matches(candidate) + _proper_matches(candidate, text) + _phrase_matches(candidate)
        )
        last = next((f for f in reversed(inner) if f.end >= len(candidate.rstrip("'’ "))), None)
        if last is None and head is not None and not _describes_only(definition.long) and _HEAD_RIGHT_AFTER.match(
                text, definition.end) and not _FOLLOWING_WORD_IN(text, definition.end + head.end(), HEAD_AS_MODIFIER):
            # "the ASYE (assessed and supported year in employment) programme": a defined short form
            # and a kind word name a body, whatever the words between
            body_type, kind = PHRASE_HEADS[head.group(1).lower()]
            found.append(_Found(_tidy(candidate), body_type, kind, definition.start, end, (definition.short,),
                                written=candidate, aliases=aliases, defines=True))
            continue
        spelt = _spelt_word_by_word(definition.long, definition.short)
        way = _WAY_AFTER.match(text, definition.end) if head is None and last is None else None
        if way is not None and spelt and len(spelt) >= 3 and (
                "," in definition.long or _singular_head(spelt[0].lower()) in PHRASE_HEADS):
            # "the vulnerable, exploited and missing (VEM) approach", "the team around the family
            # (TAF) approach": the way of working's name spelt word by word, a list of whom it is
            # for (whatever the words, a list is no judgement of it) or a kind of body's, first
            # (not "the Family Group Conferencing (FGC) model", a service's way of working)
            candidate, end = f"{candidate} {way.group(1)}", definition.end + way.end()
            aliases = (f"{definition.short} {way.group(1)}",)
        if last is None and _DEFINED_WAY_OF_WORKING.search(candidate) and (
                not _describes_only(definition.long) or way is not None) \
                and _unquote(candidate).lower().removeprefix("the ") not in NOT_BODY_NAMES:
            # "the trauma informed partnership approach (TIPA)": a way of working the report
            # names and defines, which a reader lists among the council's programmes
            found.append(_Found(_tidy(candidate), "Service", "Programme", definition.start, end, (definition.short,),
                                written=candidate, aliases=aliases, defines=True))
            continue
        if last is None and head is None and (meeting := _DEFINED_MEETING.fullmatch(candidate)) is not None \
                and not any(w.lower() in _CASE_MEETINGS for w in meeting.group("words").split()) \
                and not _describes_only(meeting.group("words")) \
                and _unquote(candidate).lower().removeprefix("the ") not in NOT_BODY_NAMES:
            # "early help action meetings (EHAMs)": meetings the report names and defines a short
            # form for are a standing arrangement a reader lists, not one child's meeting
            found.append(_Found(candidate.removeprefix("the ").removeprefix("The "), "Board", "Panel",
                                definition.start, end, (definition.short,), written=candidate, defines=True))
            continue
        if last is None and head is None and spelt and (kind_word := _defined_kind_word(spelt, repeated)) is not None:
            # "the vulnerable families group (VFG)", "Anyshire Family Work Services (AFWS)": a kind
            # phrase the finders refuse as a description or as the sector, which a short form
            # spelling it word by word makes one body's name
            body_type, kind = PHRASE_HEADS[kind_word]
            name = _tidy(_unquote(" ".join(spelt)))
            found.append(_Found(name, body_type, kind, definition.start, end, (definition.short,),
                                written=candidate, defines=True))
            continue
        if last is None and head is None and spelt and (titled := _titled_kind_word(spelt)) is not None:
            # "the Wyre Service for Children with Additional Needs (WSCAN)": a name in capitals spelt
            # word by word, its kind word inside, before "for" or "of" and whom or what it serves
            body_type, kind = PHRASE_HEADS[titled]
            found.append(_Found(_tidy(_unquote(" ".join(spelt))), body_type, kind, definition.start, end, (definition.short,),
                                written=candidate, defines=True))
            continue
        if last is None:
            continue
        if last.start == 0 and last.key_name:  # a generic kind written in full: its own name
            found.append(_Found(last.name, last.body_type, last.kind, definition.start, end,
                                (definition.short,), last.national, written=candidate, key_name=last.key_name,
                                aliases=aliases, defines=True))
            continue
        name = candidate if last.start > 0 or not last.written else last.name
        if name[:1].isupper() and name.split()[0].lower() in ("the", "a", "an"):
            name = name.split(" ", 1)[1]
        found.append(_Found(name, last.body_type, last.kind, definition.start, end, (definition.short,),
                            last.national, written=candidate, aliases=aliases, defines=True))
    return found


#: A way of working's word after its defined short form: "the vulnerable and missing (VAM) approach".
_WAY_AFTER = re.compile(r"\s+(approach|model)\b", re.IGNORECASE)
_SPELLING_SMALL = {"and", "of", "for", "the", "&", "in", "on", "to", "with"}


def _spelt_word_by_word(long: str, short: str) -> list[str] | None:
    """The long form's words, its leading article off, when each word besides the small ones
    starts with the short form's next letter and every letter is used ("vulnerable families group"
    for "VFG"; a plural's "s" aside); None otherwise."""
    letters = [c for c in (short[:-1] if short.endswith("s") and short[:-1].isupper() else short) if c.isalpha()]
    words = [w.strip(",") for w in _unquote(long).split()]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    big = [w for w in words if w.lower() not in _SPELLING_SMALL]
    if len(letters) != len(big) and "-" in long:
        big = [part for w in big for part in w.split("-") if part]  # "multi-agency panel (MAP)": each half a letter
    if words and words[-1].lower().endswith("s") and len(letters) == len(big) + 1 and letters[-1] == "S":
        letters = letters[:-1]  # "multi-agency groups (MAGS)": the plural's "s" in capitals
    if len(letters) < 2 or len(big) != len(letters) or any(w[:1].lower() != c.lower() for w, c in zip(big, letters)):
        return None
    return words


def _defined_kind_word(words: list[str], repeated: bool = False) -> str | None:
    """The kind word that ends a long form spelt word by word, when it names a standing body:
    not a meeting or conference (one child's, unless the report says otherwise), nor a person's
    post or a kind of provider, and the sector only in capitals ("Children's Social Work Services",
    not "children's services") or with its kind word ``repeated`` after the short form."""
    kind_word = _singular_head(words[-1].lower())
    if kind_word not in PHRASE_HEADS or kind_word in ("meeting", "conference", "agency", "association") or len(words) < 2:
        return None  # "an independent fostering agency (IFA)": a kind of provider
    before = [w.lower() for w in words[:-1]]
    if " ".join(before) in NOT_BODY_NAMES or all(w in _CONNECTORS or w in PHRASE_STOP for w in before) \
            or any(w in PHRASE_ROLES for w in before):  # "the director of children's services (DCS)": a person
        return None
    if _only_sector(before) and not repeated and not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) \
            and PHRASE_HEADS[kind_word][0] != "Board" and not all(w.startswith("multi") for w in before) \
            and not (words[-1].lower() == "service" and "young" in before):
        return None  # but "the family and youth service (FYS) service": its kind word again makes it a name;
        # and "the multi-agency panel (MAP)", "multi-agency teams (MATs)": a panel, group or teams the report
        # names by a short form are one; so is "the children and young people's service (CYPS)", one service's
        # name, where "children and young people's services" are the sector
    return kind_word


#: Whom a service is for, after "with": "… for children with disabilities".
_WITH_NEEDS = {"with", "disabilities", "disability", "additional", "complex", "needs", "and"}


def _titled_kind_word(words: list[str]) -> str | None:
    """The kind word inside a name in capitals that goes on after it with "for" or "of" ("Wyre
    Service for Children with Additional Needs"), after a word of the name's own; None otherwise
    (a meeting's or a provider's kind, a name in lower case, "Team Around the Family")."""
    if all(w.islower() for w in words) and (at := next((i for i, w in enumerate(words[1:-2], start=1) if w in ("service", "team")
                                                       and words[i + 1] == "for"), None)) is not None \
            and all(w in PEOPLE_SERVED or w in PEOPLE_QUALIFIERS or w in _WITH_NEEDS for w in words[at + 2 :]):
        return words[at]  # "the joint service for disabled children (JSDC)": a service in lower case, spelt word by word,
        # named by whom it is for
    if not all(w[:1].isupper() or w.lower() in _SPELLING_SMALL for w in words) or _is_post(words[0]):
        return None  # (not "Head of Service for Children in Care": a post's title)
    for i, word in enumerate(words[1:-1], start=1):
        kind_word = _singular_head(word.lower())
        if word[:1].isupper() and kind_word in PHRASE_HEADS and words[i + 1].lower() in ("for", "of") \
                and kind_word not in ("meeting", "conference", "agency", "association") and kind_word not in NAMED_ONLY_HEADS:
            return kind_word
    return None


#: A defined long form that is a series of meetings: "child protection conferences (CPCs)".
_DEFINED_MEETING = re.compile(r"(?:the\s+)?(?P<words>(?:[a-z][\w'’-]*\s+){1,6})(?:meeting|conference)s?", re.IGNORECASE)


#: The last word of a defined way of working ("… partnership approach (TIPA)"), not a framework or a plan.
_DEFINED_WAY_OF_WORKING = re.compile(r"\w\s+(?:approach|model)$", re.IGNORECASE)


#: NHS bodies named by the area they serve, whose kind's own words end their names.
_NAMED_BY_AREA = {"IntegratedCareBoard", "ClinicalCommissioningGroup", "NHSTrust", "PrimaryCareTrust"}


def _longer_name_defined(item: _Found, named: list[_Found], sentence: str) -> _Found:
    """A defined short form whose long form is the tail of a longer proper name of its kind ("NHS North
    East and North Anyshire Integrated Care Board (the ICB)", "the Children and Education Policy and
    Accountability Committee (PAC)"): the longer name is the body defined."""
    for other in named:
        if other.start < item.start < other.end < item.end and sentence[other.end : item.end].lstrip().startswith("(") \
                and other.kind == item.kind and (other.kind in _NAMED_BY_AREA or not item.key_name and item.kind != "SubGroup"):  # (a kind the gazetteer
            # names keeps its own: "the Anyford Multi-Agency Safeguarding Hub (MASH)" is the council's hub; a board's sub-group
            # is its own: "the … Management Board Quality Assurance Sub-group (QASG)")
            return dataclasses.replace(other, end=item.end, acronyms=tuple(dict.fromkeys((*other.acronyms, *item.acronyms))),
                                       defines=True)
    return item


#: "Anyshire Voice (the Anyshire Children in Care Council)": a name, then a body it names in brackets
_NAME_THEN_BODY = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})\s+\((?:the\s+)?(?P<inner>[^()]{{3,80}})\)")


def _short_forms_of_known_bodies(sentence: str, registry: BodyRegistry) -> None:
    """"the Team Around the Child (TAC) plan": a short form defined for a body already found
    under its long form, whatever follows the brackets; "Anyshire Voice (Anyshire Children in
    Care Council)": a name of a body already found, given before it in brackets."""
    for match in prefilter.finditer(_NAME_THEN_BODY, sentence):
        name = _tidy(match.group("name"))
        key = registry.lower_aliases.get(_tidy(match.group("inner")).lower())
        if key is None or key == registry.authority_key or key not in registry.bodies or registry.bodies[key].national:
            continue
        if name.split()[0].lower() in LEADING_NON_NAME or re.fullmatch(r"[A-Z0-9&/-]{2,8}s?", name) \
                or registry.lower_aliases.get(name.lower()) or council_for(name) is not None or _generic_matches(name):
            continue
        _add_short_form(registry, key, name, None)
    for definition in definitions(sentence):
        if definition.short in registry.aliases:
            continue
        long = _tidy(_unquote(definition.long)).lower().removeprefix("the ")
        key = registry.lower_aliases.get(long)
        written = definition.long
        if key is None and definition.short.isupper() and (named := _named_right_before(sentence, definition.long_end, registry)) \
                and named[1].lower().endswith(" " + long) and not registry.bodies[named[0]].national:
            key, written = named  # "the police South West Basic Command Unit (BCU)": the letters spell the tail of a longer
            # name found before the bracket, whose short form they are (the tail alone, any area's unit, no name of its own)
        if key is not None and key in registry.bodies and key != registry.authority_key:
            _add_short_form(registry, key, written, definition.short)
        elif registry.authority_key is not None and (council := council_for(long)) is not None \
                and "council " + _norm(council.name) == registry.authority_key and definition.short.isupper():
            _add_short_form(registry, registry.authority_key, definition.long, definition.short)  # "the Royal Borough of Anyshire (RBA)"
    for match in prefilter.finditer(_THE_SHORT_FORM, sentence) if "(the " in sentence or "('the " in sentence else ():
        word = match.group("short")
        *before, last = word.split()
        if not (last.isupper() or _singular_head(last.lower()) in PHRASE_HEADS or last.lower() in _KIND_NOUNS):
            continue  # "(the same)", "(the first)": no kind of body
        named_before = _named_right_before(sentence, match.start(), registry)
        if named_before is not None:
            key, named = named_before
            body = registry.bodies[key]
            name_words = re.split(r"[\s-]+", named.lower())
            if before and (not all(w.lower() in name_words or w.isupper() and _initials_match(named, w) for w in before)
                           or _singular_head(last.lower()) not in name_words and last.lower() not in name_words
                           and not all(w.isupper() for w in before)):  # ("the Wyre Partnership (the WP board)": its short form)
                continue  # "the Anyshire Health and Care NHS Trust (the care trust)"; "the Missing, Exploited and
                # Trafficked sub-group (the MET group)": each word before the kind is the name's own or its initials
            short = f"the {word}"  # "the Anyshire Safeguarding Children Board (the board)": the report's own short form,
            if short.lower() not in (label.lower() for label in body.labels):  # a name of the body, as it defines it
                body.short_forms.append(short)
            acronym = word if " " not in word and word.isupper() else before[0] if len(before) == 1 and before[0].isupper() \
                and _initials_match(named, before[0]) else ""  # "NHS Wyre (the PCT)", "the … panel (the VEMT panel)": its acronym too
            other = registry.aliases.get(acronym, key)
            if other != key and other in registry.bodies and registry.bodies[other].generic and registry.bodies[other].kind == body.kind:
                _merge(registry, key, other)  # "NHS Wyre (the PCT)": the report's primary care trust is the one it names
                other = key
            if len(acronym) >= 3 and acronym not in _TRADE_SHORT_FORMS and (other == key or other not in registry.bodies):
                _add_acronym(registry, key, acronym)  # (not "(the CP board)", "(the CSE panel)": the trade's words)
    for match in prefilter.finditer(_FIRST_WORDS_SHORT_FORM, sentence):
        short = match.group("short")  # "St Anyford's Hospital NHS Foundation Trust (St Anyford's)": its first words, as a short name
        if f"{short} " not in sentence[: match.start()]:
            continue  # (the words open no name before the bracket: most brackets; the search below is dear)
        named_before = _named_right_before(sentence, match.start(), registry)
        if named_before is None:
            continue
        key, named = named_before
        body = registry.bodies[key]
        words = named.split()
        words = words[1:] if words[0] in ("The", "the") else words
        if body.generic and (not body.name[:1].isupper() or _generic_matches(body.name) or all(
                w.lower() in PHRASE_SECTOR | PHRASE_SOFT_STOP | PEOPLE_SERVED | DESCRIBING for w in short.split())) or body.national \
                or len(short.split()) >= len(words) - 1 or words[: len(short.split())] != short.split() \
                or council_for(short) is not None or " " not in short and not short.endswith(("'s", "’s")) and not match.group("the") \
                and (short in _place_name_words() or short in registry.place_words or words[len(short.split())] in ("and", "&")
                     or body.kind == "Hospital"):
            # (one word is a short name as a possessive, "St Anyford's", or as a name's own word, "Wyrecare Community Partnerships
            # (Wyrecare)"; not a place's: "Wyre" of "Wyre and Vale NHS Trust (Wyre)", of "Wyre General Hospital (Wyre)" may be a town,
            # and one the report writes after "in" or "across" is: "Wyrebridge Community Health Services (Wyrebridge)")
            continue
        other = registry.lower_aliases.get(short.lower())
        if other is not None and other != key:
            if not (other in registry.bodies and registry.bodies[other].kind == "Hospital" and body.kind == "NHSTrust"):
                continue  # another body's name
            _merge(registry, key, other)  # "Wyre Hospital NHS Trust (Wyre Hospital)": the hospital's name found alone is the trust
        _add_short_form(registry, key, body.name, f"the {short}" if match.group("the") else short)  # "(the Anyford)"


def _named_right_before(sentence: str, at: int, registry: BodyRegistry) -> tuple[str, str] | None:
    """The body (its key, and its name as written) that the text right before ``at`` ends by naming
    (a bracket's body: "the Anyshire Safeguarding Children Board (the board)"); None where none
    does, or it is the inspected council."""
    before = sentence[:at]
    hits = [h for h in _mention_hits(before, registry) if h[1] == len(before.rstrip())]
    if not hits or hits[-1][2] == registry.authority_key or hits[-1][2] not in registry.bodies:
        return None
    return hits[-1][2], sentence[hits[-1][0] : hits[-1][1]]


#: A short form a report defines with its article in brackets: "(the board)", "(the ICB)", "('the partnership')".
_THE_SHORT_FORM = re.compile(r"\s*\(\s*[‘']?the\s+(?P<short>(?:[A-Za-z][\w’'-]*\s+){0,2}(?:[a-z]+|[A-Z][A-Za-z]{1,6}))[’']?\s*\)")
#: A body's first words in brackets after its name, as its short name: "Anyford General Hospital NHS Trust (Anyford General)".
_FIRST_WORDS_SHORT_FORM = re.compile(r"\s*\(\s*(?P<the>the\s+)?(?P<short>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2})\s*\)")
#: Kind words a report's "(the …)" short form may be besides the phrase heads.
_KIND_NOUNS = {"trust", "partnership", "board", "council", "force", "constabulary", "company", "charity", "alliance"}
