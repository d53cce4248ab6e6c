"""Names given by apposition ("the children in care council, known as …"), and names described after
themselves ("Anyford Futures, the council's youth service")."""
from __future__ import annotations

import dataclasses
import re

from ..gazetteer import (
    council_for,
    DESCRIBING,
    DESCRIBING_ENDING,
    HEAD_AS_MODIFIER,
    LEADING_NON_NAME,
    PEOPLE_SERVED,
    PHRASE_ROLES,
    PHRASE_SECTOR,
    PHRASE_SOFT_STOP,
    PHRASE_STOP,
    police_force_for,
    SENTENCE_OPENERS,
)
from .text import _names_an_area, _singular_head, _tidy, _unquote
from .registry import _Found, _GENERIC_WHOLE
from .kinds import _A_TIME, _ANY_HEAD_END, _generic_matches, _initials_match
from .vocabulary import (
    _FIELDS_OF_WORK,
    _THE_COUNCILS,
    _ACRONYM_LED,
    _ARTICLE_BEFORE,
    _KIND_OF_BEFORE,
    PLACE_OPENERS,
    _CHILDRENS_SOCIAL_CARE,
    _DEFINED_BEFORE_COMMA,
    _DESCRIPTION_OPENS,
    _KNOWN_AS,
    _NAME,
    _NOT_A_BODY_NAME,
    _opens_sentence,
    _PARTICIPLES,
    _PEOPLE_AT_START,
    _title_with_a_before,
    _TRAILING_SMALL,
    _TWO_NAMES,
    _VERB_BETWEEN,
)
from .modifiers import _with_title_before

#: "the regional adoption agency, Adoption Anyshire," "(RAA) - Together 4 Anyshire." "the single
#: 'front door' (Beacon)" "the commissioned charity Anyshire Insight, which"
_NAME_AFTER = re.compile(
    rf"^(?:\s*\([A-Z][A-Za-z]{{1,6}}\))?(?:\s*,\s*|\s+[-–—]\s+|\s*\(\s*|\s+{_KNOWN_AS}\s+|\s+(?=[A-Z]))"
    rf"[‘']?(?P<name>{_NAME})[’']?(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{{1,7}}(?:\s[A-Z][a-z]+)?)\))?"  # ("(MK Together)")
    r"(?=\s*(?:[,.;)]|:(?!\S)|$|\s+(?:which|who|that|is|are|was|has|have|provides?|offers?|runs?)\b))"  # (not "Re:Connect"'s "Re")
)
#: Words that say which one of its kind a body is, between the article and the kind ("the local CAMHS").
_WHICH_ONE = {"local", "own", "main", "only", "single", "new"}
_WHICH_IS = r"(?:(?:which|that|who)\s+(?:is|are|was|were)\s+)?"  # "Anyshire Minds (AM), which is the local CAMHS"
_NAME_BEFORE = re.compile(rf"(?:^|[\s(])[‘']?(?P<name>{_NAME})[’']?{_DEFINED_BEFORE_COMMA},\s+{_WHICH_IS}{_DESCRIPTION_OPENS}\s+$")
_NAME_BEFORE_DESCRIBED = re.compile(
    rf"(?:^|[\s(])[‘']?(?P<name>{_NAME})[’']?{_DEFINED_BEFORE_COMMA},\s+{_WHICH_IS}{_DESCRIPTION_OPENS}\s+(?P<described>(?:[a-z][\w-]*\s+){{1,3}})$")
_NAME_JUST_BEFORE = re.compile(rf"(?:^|\b(?:the|an?|in|of|with|by|from|through|to)\s+)(?P<name>{_NAME})\s+$")
#: Kinds of body whose name an apposition gives: a service, a panel, an adoption agency, a charity.
_DESCRIPTOR_KINDS = {"TeamOrService", "AdoptionAgency", "Programme", "Panel", "YouthForum", "ChildrenInCareCouncil",
                     "VoluntaryOrganisation", "SafeguardingBoard"}
#: The council's (or a partner's) possessive before a description, as an article is: "the council's single front door, Wyre
#: Connect, …" describes a body, then names it.
_AN_OWNERS_POSSESSIVE_BEFORE = re.compile(r"\b(?:council|authority|borough|county|city|partnership|board|trust)['’]s\s+$", re.IGNORECASE)
#: A name in apposition, then its clause's verb or end: ", receives …", ", is …", "." (not ", the police and …", a list going on).
_ITS_VERB_AFTER_A_NAME = re.compile(r"\s*(?:[.;]|$)|,\s+(?:is|are|was|were|has|have|had|provides?|offers?|receives?|works?|brings?|supports?"
                                    r"|handles?|screens?|takes?|makes?|runs?|leads?|responds?|deals?|manages?|triages?|passes|directs?"
                                    r"|helps?|delivers?|gives?|[a-z]+ed)\b")
_ARTICLE_AND_WHICH_ONE = re.compile(r"\b(?:the|a|an|our|its|their)\s+(?:" + "|".join(sorted(_WHICH_ONE)) + r")\s+$", re.IGNORECASE)
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
#: How a description in apposition ends (after its kind's long form in brackets, "…, the CAMHS (child and adolescent mental
#: health service) provided by …", or whom it is for, or where it is before the sentence's end, "which" or a verb, "…, a day
#: centre in the city centre, whose …", not a list going on: "Catch22, the early help team in Thanet, schools and …"):
#: punctuation, "which …", a verb, or a participle's clause closed by a comma or the sentence's end with no verb of its own
#: ("the youth service run by the council offers …" is the sentence's subject, not a description).
_DESCRIPTION_ENDS = re.compile(
    r"(?:\s*\([^()]{2,80}\))?(?:\s+for\s+[\w'’ -]{1,40}?|\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|(?:city|town)\s+centre)"
    r"(?=,?\s+(?:which|who|whose|where)\b|" + _ITS_VERB_AFTER_A_NAME.pattern + r"))?\s*(?:[.;:)]|\s+(?:in|at)\s+which\b|,(?!\s+(?:and|or|the|a)\b)|,\s+and\s+(?:is|are|was|were|has|have|had|to)\b|$"
    r"|\s+(?:which|who|that|where|whose|is|are|was|has|provides?)\b"
    r"|\s+(?:" + _PARTICIPLES + r")\b(?:[^.;:,]*,|(?:\s+(?!(?:is|are|was|were|has|have|had|offers|provides|works|supports"
    r"|helps|runs|delivers|remains|continues)\b)[\w'’-]+){0,8}\s*[.;:]?$))")
#: A description closed by its comma, the sentence going on in lower case (its verb, or "which"):
#: "…, the … team, brings"; not "and", "or", "but", an article or "including", which go on with a list.
_CLOSED_APPOSITION = re.compile(r"(?:\s+(?:delivered|provided|run|commissioned|funded|led|hosted|based|managed)\s+(?:by|in|from|at|with)\s+[^,;.]{1,60})?"
                                r",\s+(?!(?:and|or|but|the|a|an|including|such)\b)(?:(?:which|who)\s+)?[a-z]+\b")
#: A description opening with the council's possessive: ", the council's", ", the local authority's".
_COUNCILS_OWN = re.compile(rf",\s+{_THE_COUNCILS}\s")


#: Between a service's name and the council's description of it: "Anyshire Direct, the council's …", "Wyre Connect (WC),
#: its …".
_NAME_TO_COUNCILS_DESCRIPTION = re.compile(rf"\s*(?:\([^()]{{2,12}}\))?,\s+(?:its|{_THE_COUNCILS})\s+")
#: After the council's description of a service: its clause's end or its verb (", and passed to …", ", and some children …":
#: the clause goes on; ", and the police": a list goes on).
_DESCRIBED_SERVICE_CLAUSE_END = re.compile(r"\s*(?:[.;:)]|,(?!\s+(?:and|or)\b)|,\s+and\s+(?:[a-z]+ed|is|are|was|were|has|have|works?|provides?|offers?|passes|"
                                 r"supports?|some|many|most|several|few|those)\b|$)|\s+(?:which|who|that|where|is|are|was|has|provides?|receives?|handles?)\b")


def _described_after_its_name(sentence: str, found: list[_Found]) -> list[_Found]:
    """A service already found by its name or its kind, then the council's description of it in apposition: the
    description is another of its names, not a body of its own ("The MASH, the council's front door, is …"; a name with
    no kind word, "Wyre Connect, the council's …", is folded by ``_named_by_apposition`` and the registry). A service's
    only, not a partner's ("Wyre Youth Zone, the council's youth service"); and not in a list ("…, the council's housing
    service, and Jobcentre Plus")."""
    out = list(found)
    for item in found:
        if item.body_type != "Service" or item.kind not in _DESCRIPTOR_KINDS or not (item.written or item.name)[:1].islower() \
                or not _DESCRIBED_SERVICE_CLAUSE_END.match(sentence, item.end):
            continue
        named = next((f for f in out if f is not item and f.body_type == "Service" and sentence[f.start : f.end][:1].isupper()
                      and f.end <= item.start and _NAME_TO_COUNCILS_DESCRIPTION.fullmatch(sentence, f.end, item.start)), None)
        if named is None:
            continue
        written = item.written or sentence[item.start : item.end]
        out = [dataclasses.replace(f, aliases=(*f.aliases, written)) if f is named else f for f in out if f is not item]
    return out


#: A description's closing comma, then "and": "Wyre Connect, the council's front door, and the hub …".
_AND_AFTER_A_DESCRIPTION = re.compile(r",\s+and\s+")
#: A list said to open right before a name: a colon, "include", "such as", "like", "for example", how many ("three partners"),
#: or another item and its comma ("the police, Anyford Hope, the council's …").
_A_LIST_OPENS_BEFORE = re.compile(r"(?::|,|\b(?:includes?|including|included|such\s+as|like|for\s+example|namely)|\b(?:two|three|four|five|six|seven"
                                  r"|eight|both|all|several)\s+(?:[a-z]+\s+)?(?:members|partners|agencies|bodies|organisations|services"
                                  r"|providers|teams|charities))\s+$", re.IGNORECASE)


def _described_then_and(sentence: str, item: _Found, before: re.Match[str], offset: int) -> bool:
    """Whether a name before ``item`` and its description as the council's own close with ", and" ("received by Wyre Connect,
    the council's front door, and passed to …"): the one body, named and described (not a list: "Partners include Anyford
    Hope, the council's youth service, and the police", "the police, Wyre Hope, the council's youth service, and schools",
    "three members: …"; nor "with Barnardo's, the local youth service, and the police", a description not the council's)."""
    if not _AND_AFTER_A_DESCRIPTION.match(sentence, item.end):
        return False
    name_at = offset + before.start("name")
    name = _tidy(before.group("name"))
    return _NAME_TO_COUNCILS_DESCRIPTION.fullmatch(sentence, offset + before.end("name"), item.start) is not None \
        and not _A_LIST_OPENS_BEFORE.search(sentence, max(0, name_at - 60), name_at) \
        and not _generic_matches(name) and council_for(name) is None and not _AN_INSTITUTIONS_END.search(name)


def _named_by_apposition(sentence: str, item: _Found) -> list[_Found]:
    """A body named only by apposition to a description of its kind becomes that named body, the
    description one of its names: the bodies ``item`` is read as (itself, the named body, two named
    bodies, or none where the description is of a body known by name)."""
    if item.kind not in _DESCRIPTOR_KINDS or item.national or item.council is not None:
        return [item]
    if item.name[:1].isupper() and not item.key_name and item.kind != "AdoptionAgency":
        return [item]  # already a name: "the Lantern service"
    match = _NAME_AFTER.match(sentence[item.end :])
    owned = match is not None and _AN_OWNERS_POSSESSIVE_BEFORE.search(sentence, 0, item.start) is not None \
        and not sentence[item.start : item.end].endswith("s") and _ITS_VERB_AFTER_A_NAME.match(sentence, item.end + match.end()) is not None \
        and not _CHILDRENS_SOCIAL_CARE.search(match.group("name"))
    # ("The council's single front door, Wyre Connect, receives …"; not "The council's locality teams, North, South and West,
    # …", a list, nor "the council's front door, Kent Children's Social Care, …", the council)
    if match is not None and sentence[item.end :].lstrip().startswith(",") and not _ARTICLE_BEFORE.search(sentence, 0, item.start) \
            and not _ARTICLE_AND_WHICH_ONE.search(sentence, 0, item.start) and not owned \
            and not (item.written or item.name).lower().startswith(("the ", "a ", "an ")):
        match = None  # "Early Help, Missing, Self-Harm": a list, not a body and its name
    before = None if match else _NAME_BEFORE.search(sentence[: item.start])
    offset = 0  # where the text ``before`` searched starts
    if before is None and match is None:  # "The Harbour, a dedicated drop-in centre,": describing words between
        window = max(0, item.start - 160)  # a name and its describing words are close before the kind
        before = _NAME_BEFORE_DESCRIBED.search(sentence[window : item.start]) if ", " in sentence[window : item.start] else None
        if before is not None and not all(w in PHRASE_SOFT_STOP or w in DESCRIBING or DESCRIBING_ENDING.fullmatch(w)
                                          or w in _WHICH_ONE for w in before.group("described").lower().split()):
            before = None
        offset = window
    if before is not None and not _DESCRIPTION_ENDS.match(sentence, item.end) and not _described_then_and(sentence, item, before, offset):
        before = None  # "the Young Voices, the Youth Board, and …": a list, not a name and its description
    if match is None and before is None and item.kind == "AdoptionAgency":
        before = _NAME_JUST_BEFORE.search(sentence[: item.start])  # "the Adopt Anyshire North regional adoption agency"
    name_match = match or before
    if name_match is None:
        return [item]
    name = _tidy(name_match.group("name")).rstrip("’'")
    if _TRAILING_SMALL.search(name) or (match is not None and _NOT_A_BODY_NAME.search(name)):
        return [item]  # "the Children's Social Care National Framework and are …": a sentence's words, a document
    written = item.written or sentence[item.start : item.end]
    if match is not None and re.match(r"\s+[A-Z]", sentence[item.end :]) and item.key_name and written[:1].isupper() \
            and not written.isupper() and not written.lower().startswith("the ") and _names_an_area(name.split()):
        # (not a kind's short form before a place: "Referrals from CAMHS Anyford": the kind, the council's)
        whole = f"{written} {name}"  # "Connexions West of Anyshire provides …": a brand's branch by its area, one name
        return [_Found(whole, item.body_type, item.kind, item.start, item.end + match.end("name"), written=whole)]
    name_at = item.end + match.start("name") if match else offset + before.start("name")
    if before is not None and " and " in name and _KIND_OF_BEFORE.search(sentence, max(0, name_at - 20), name_at):
        cut = name.rindex(" and ") + 5  # "the College of Anyford and Wyre Start, the council's adult education service": the
        name, name_at = name[cut:], name_at + cut  # college's place, then the name described
    if before is not None and (two := _TWO_NAMES.fullmatch(name)) is not None and _AN_INSTITUTIONS_END.search(two.group("first")) \
            and (not _ANY_HEAD_END.search(two.group("second")) or _AN_INSTITUTIONS_END.search(two.group("second"))) \
            and not _PLURAL_HEAD.search(item.written or item.name):
        name, name_at = two.group("second"), name_at + two.start("second")  # "Wyre College and Anyworks, the council's
        # employment service", "Wyre College and Anyford Vale College, the pupil referral unit": an institution by its kind
        # word, then the one name the description is of (not "Hillside Nursery School and Children's Centre, the council's
        # family hub": one body's name, its second kind word no institution's own)
    titled = None
    if before is not None:
        name, name_at = _with_title_before(sentence, name, name_at)  # "Adopt Hills to Sea, a regional adoption agency"
        if (titled := _title_with_a_before(sentence, name_at, without_the=True)) is not None:
            name, name_at = f"{sentence[titled.start(1) : name_at]}{name}", titled.start(1)  # "The Make a Noise Council, the …",
            # "Every Child a Singer, the council's music programme": the title whole, not its last word
    if match is not None and name.split()[0].lower() in HEAD_AS_MODIFIER | PHRASE_ROLES:
        return [item]  # "the Corporate Parenting Board Meetings", "the Youth Council Chair": not the body's name
    if match is not None and f"{item.written or item.name} {name}" in item.aliases:
        return [item]  # "the Children's Services Directorate has …": the department's own kind word, read with it already
    if _A_TIME.fullmatch(name.split()[-1]):
        return [item]  # "Since September, the council's fostering service …", "… March 2023": when, not a name
    if match is not None and (listed := _TWO_NAMES.fullmatch(name)) is not None:
        known = [any(found.national and found.start == 0 and found.end == len(listed.group(side))
                     for found in _generic_matches(listed.group(side))) for side in ("first", "second")]
        if any(known):  # "…, the school nursing service, Wyre North East and Barnardo's, and …": the description, then a
            # list's next two names, the one the gazetteer does not know a partner of its own (the other found as itself)
            name_at = item.end + match.start("name")
            return [item] + [_Found(listed.group(side), "PartnerOrganisation", "VoluntaryOrganisation", name_at + listed.start(side),
                                    name_at + listed.end(side), written=listed.group(side))
                             for side, is_known in zip(("first", "second"), known)
                             if not is_known and _a_listed_partners_name(listed.group(side))]
    if match is not None and (police_force_for(name) is not None or council_for(name) is not None or _AN_INSTITUTIONS_END.search(name)):
        return [item]  # "The YOS, Anyshire Police, and the ICB …", "the YOT, Wyre College, the police …": a list, not a kind and its name
    if before is not None and item.name[:1].islower() and not item.key_name and any(
            known.start == 0 and known.end == len(name) for known in _generic_matches(name)):
        return []  # "Mockingbird, the local authority's fostering programme": a description of the named body
    opener = name.split()[0]
    if before is not None and len(name.split()) >= 2 and (opener.lower() in SENTENCE_OPENERS or opener == "The" and name_at == 0):
        name = name[len(opener):].lstrip()  # "When Anyshire Journeys, the council's …", "The Harbour, the …": the sentence's word
        name_at = sentence.index(name, name_at)
        if opener.lower() in PLACE_OPENERS and (len(name.split()) == 1 or council_for(name) is not None or _names_an_area(name.split())):
            return [item]  # "Within Swale, the early help service …": where, then the body described (no name of it)
    if len(re.findall(r"[A-Za-z]", name)) < 2:
        return [item]  # "children's centres (56)": a count, not a name ("(A2B2)" is one)
    if name.startswith("The ") and len(name.split()) >= 2 and before is not None and name_at > 0 \
            and sentence[name_at - 1] != "(":
        first = name.split()[1]  # "the opening of The Harbour, a drop-in centre": a title's own "The"
    else:
        first = name.split()[0]
    title_number = first.lower() in _NUMBER_WORDS and len(name.split()) >= 3 and all(
        w[:1].isupper() or w in ("and", "of", "for", "&") for w in name.split()) and name.split()[-1][:1].isupper()  # "(One Adoption North Anyshire)": a number word starts a title
    if (first.lower() in LEADING_NON_NAME or (first.lower() in PHRASE_STOP and not title_number)) and titled is None \
            or council_for(name) is not None:
        return [item]  # (but "the Make a Noise Council": a title's own first word)
    if before is not None and name_at == 0 and len(name.split()) == 1 and not (
            name.lower() not in PHRASE_SOFT_STOP | PHRASE_ROLES | PHRASE_STOP | PHRASE_SECTOR | PEOPLE_SERVED and not _opens_sentence(name)
            and not name.lower().endswith("ly") and name.lower() not in _PEOPLE_AT_START
            and (_COUNCILS_OWN.match(sentence, name_at + len(name)) or _CLOSED_APPOSITION.match(sentence, item.end))):
        return [item]  # a sentence's first word: "Leaders, the …" is not a name ("Wyreline, the council's …",
        # "Zenith, the co-located exploitation team, brings …" are)
    if _ACRONYM_LED.fullmatch(name) or _GENERIC_WHOLE.fullmatch(name) or name.lower() in ("ofsted", "cafcass"):
        return [item]
    described = item.written or item.name
    if item.kind == "SafeguardingBoard":  # "the local safeguarding partnership, Anyshire Safeguarding Together,":
        if match is not None and not sentence[item.end :].lstrip().startswith(",") or " and " in name \
                or any(w.lower() in PHRASE_ROLES or w.lower() in HEAD_AS_MODIFIER for w in name.split()):
            return [item]  # not "the LSCB Independent Chair", "the LSCB, H&WBB and C&FA"
        own = before.group("acronym") if before is not None and before.groupdict().get("acronym") \
            else match.group("acronym") if match is not None else None
        if own and _initials_match(name, own):  # "Anyford Together (AF Together), the local safeguarding partnership,", "the local
            # safeguarding partnership, Milton Keynes Together (MK Together),": its short form too
            return [dataclasses.replace(item, written=name, acronyms=(*item.acronyms, own), defines=True)]
        return [dataclasses.replace(item, written=name)]  # the one board, this another of its names
    start = item.start if match else name_at
    end = item.end + match.end() if match else item.end
    body_type = "PartnerOrganisation" if item.kind in ("AdoptionAgency", "VoluntaryOrganisation") else item.body_type
    acronyms, defines = item.acronyms, False
    if before is not None and "acronym" in before.groupdict() and before.group("acronym") \
            and _initials_match(name, before.group("acronym")):
        acronyms, defines = (*acronyms, before.group("acronym")), True  # "Adoption Anyshire Valley (AAV), a regional adoption agency"
    if match is not None and match.group("acronym"):
        if not _initials_match(name, match.group("acronym")):
            return [item]  # "… (MARAC) and Multi Agency Public Protection Arrangements (MAPPA)": another body's definition
        acronyms, defines = (*acronyms, match.group("acronym")), True  # "a regional adoption agency, Adoption Anyshire North (AAN)"
    two = _TWO_NAMES.fullmatch(name) if before is not None else None
    if two is not None and not _PLURAL_HEAD.search(described) and any(_generic_matches(two.group(side)) for side in ("first", "second")):
        return [item]  # "Mind and Kooth, a … mental health service": two bodies, the description of one
    pair = two if two is not None and _PLURAL_HEAD.search(described) else None
    if pair is not None:  # "Anyshire Unite and Anyshire Insight, the council's children in care councils": two bodies
        second_at = name_at + pair.start("second")
        return [_Found(pair.group("first"), body_type, item.kind, name_at, name_at + pair.end("first"), written=pair.group("first")),
                _Found(pair.group("second"), body_type, item.kind, second_at, second_at + len(pair.group("second")),
                       written=pair.group("second"))]
    return [_Found(name, body_type, item.kind, start, end, acronyms, written=name,
                   aliases=(_tidy(_unquote(described)),), defines=defines)]


def _a_listed_partners_name(name: str) -> bool:
    """Whether a name listed beside a known body after a description is a partner's own: not a kind the finders know
    ("CAMHS"), a council's, nor only the sector's words ("Health", "Schools", "Children's Social Care")."""
    return not _generic_matches(name) and council_for(name) is None and not _CHILDRENS_SOCIAL_CARE.search(name) and not all(
        w.lower() in PHRASE_SECTOR or w.lower() in PEOPLE_SERVED or w.lower() in _FIELDS_OF_WORK or w.lower() in ("and", "of", "the")
        for w in name.split())


#: An institution's kind word ending its name: "… Police", "… College", "… NHS Trust".
_AN_INSTITUTIONS_END = re.compile(r"\b(?:Police|Constabulary|Council|NHS|Trust|CCG|ICB|Hospital|College|School|University)$")
_PLURAL_HEAD = re.compile(r"(?:councils|groups|forums|services|teams|projects|programmes|panels|hubs|centres)\W*$", re.I)


#: Between a named body and a description of its own kind in apposition: "NHS Anyford, the primary care trust, …".
_THE_AFTER_A_COMMA = re.compile(r",\s+the\s+$")
#: After that description, where the apposition may close: a bracket, a semicolon, the sentence's end, or a comma and the
#: sentence going on in lower case (``_apposition_closes`` says when). "cluster" is the description's word.
_APPOSITION_CLOSES = re.compile(r"(?:\s+cluster)?\s*(?:[;)]|\.?$|,(?=\s+[a-z]))")
#: The commissioners of health, one for an area at a time: a description of their kind after one's name is that one, even
#: where the sentence goes on with "and" ("NHS Anyford, the primary care trust (PCT), and the acute trust …"), unless the
#: name is itself an item of a list ("the council, NHS Wyre, the primary care trust, and …").
_ONE_FOR_AN_AREA = {"PrimaryCareTrust", "ClinicalCommissioningGroup", "IntegratedCareBoard"}
#: The NHS's regional tier over those commissioners, named "NHS" and its region like them: "NHS North Wyre, the strategic
#: health authority, …" is that authority (its name alone reads as a primary care trust's).
_OVER_THE_COMMISSIONERS = {"StrategicHealthAuthority"}
#: After a commissioner's description, "and" going on with the sentence (see ``_ONE_FOR_AN_AREA``).
_A_CLAUSE_AFTER_AND = re.compile(r"(?:\s+cluster)?\s*,\s+and\s")


def _apposition_closes(sentence: str, end: int) -> bool:
    """Whether the apposition of a description ending at ``end`` closes there (``_APPOSITION_CLOSES``): after a comma, the
    sentence goes on in lower case with no list's next item, "and", "or" or an article (a capitalised word is one: not
    "…, the family court, Leeds Magistrates' Court and …"), nor a word or two in lower case before "and" or a comma that
    are no verb's ("…, the primary care trust, schools and colleges"; but "…, will commission …", "…, currently commissions
    …", "…, through its designated nurse, monitors …")."""
    closes = _APPOSITION_CLOSES.match(sentence, end)
    if closes is None:
        return False
    after = sentence[closes.end() :]
    if not closes.group(0).rstrip().endswith(","):
        return True
    if re.match(r"\s+(?:and|or|but|nor|the|a|an)\b", after):
        return False
    listed = re.match(r"\s+([a-z][\w-]*)(?:\s+[a-z][\w-]*)?(?:,|\s+and\b)", after)
    return listed is None or _VERB_BETWEEN.match(after) is not None or _A_PAST_VERB.match(after) is not None \
        or _A_MODAL_OR_ADVERB.match(after) is not None or listed.group(1).endswith("s") and _A_PRESENT_VERB.match(after) is not None


#: A modal verb or an adverb after a description's comma: "…, the primary care trust, will …", "…, currently …".
_A_MODAL_OR_ADVERB = re.compile(r"\s+(?:will|would|should|shall|can|could|must|may|might|did|does|do|then|still|also|now|[a-z]+ly)\b")
#: A verb's third person after a description's comma, its object next: "…, the primary care trust cluster, retains
#: responsibility …".
_A_PRESENT_VERB = re.compile(r"\s+[a-z]+s\s+(?!(?:and|or|nor)\b)[a-z]")
#: A verb in the past after a description's comma: "…, the CCG, took over …", "…, the board, published …".
_A_PAST_VERB = re.compile(r"\s+(?:[a-z]+ed|took|made|led|held|gave|became|set|met|saw|began|brought|kept|sought|won|grew|fell|rose)\b")


def _kinds_described_in_apposition(sentence: str, found: list[_Found]) -> list[_Found]:
    """``found`` without a generic kind written in apposition right after a body of that kind by its own name, a
    description of it, not a second body ("NHS Anyford, the primary care trust (PCT), commissions …": one trust, its
    short form the PCT; "…, the primary care trust cluster, …"; "Wyre Clinical Commissioning Group, the CCG, which …";
    "Anyshire Safeguarding Children Board, the local safeguarding children board, …"), written in lower case or by its
    letters. Only where the apposition closes (``_apposition_closes``, or "and" after a commissioner's: ``_ONE_FOR_AN_AREA``),
    and the named body is of that kind: a commissioner of health, or a name that
    holds the description's words ("Leeds Safeguarding Children Board, the safeguarding adults board, …", "Leeds Youth
    Council, the youth cabinet, …", "Leeds Crown Court, the family court, …" are two bodies each). The description is no
    alias: a later "the primary care trust" in the report is read as before (the report's own, not a neighbour's named
    so once)."""
    described: dict[int, int] = {}  # a description's place in ``found`` → the named body's
    for i, item in enumerate(found):
        written = sentence[item.start : item.end]
        if not item.key_name and (named := _named_right_before_of_its_kind(sentence, found, i)) is not None:
            described[i] = named  # "Anyford Health and Care Partners, the local place-based partnership.": its description
            continue
        if not item.key_name or item.national or item.council is not None or not (written[:1].islower() or written.isupper()):
            continue
        the = _THE_AFTER_A_COMMA.search(sentence, max(0, item.start - 8), item.start)
        if the is None:
            continue
        named = next((j for j, f in enumerate(found) if f.end == the.start() and j != i and not f.key_name
                      and (f.kind == item.kind or item.kind in _OVER_THE_COMMISSIONERS and f.kind in _ONE_FOR_AN_AREA
                           and f.name.startswith("NHS "))
                      and f.council is None and not f.national and f.name[:1].isupper()), None)
        if named is None or not (item.kind in _ONE_FOR_AN_AREA | _OVER_THE_COMMISSIONERS
                                 or _holds_the_words_of(found[named].name, item.key_name)):
            continue
        if _apposition_closes(sentence, item.end) or item.kind in _ONE_FOR_AN_AREA and _A_CLAUSE_AFTER_AND.match(sentence, item.end) \
                and not re.search(r",\s+$", sentence[: found[named].start]):
            described[i] = named
    if not described:
        return found
    found = list(found)
    for i, j in described.items():  # (its short form goes to the named body: "(PCT)" defines the PCT as NHS Anyford)
        if not found[i].key_name:  # a phrase of the name's own kind word: one more of its names, as an apposition gives it
            found[j] = dataclasses.replace(found[j], aliases=(*found[j].aliases, found[i].name))
            continue
        found[j] = dataclasses.replace(found[j], acronyms=tuple(dict.fromkeys((*found[j].acronyms, *found[i].acronyms))),
                                       defines=found[j].defines or found[i].defines, kind=found[i].kind)
        # (and its kind is the description's: "NHS North Wyre, the strategic health authority", read by its name as a PCT)
    return [f for i, f in enumerate(found) if i not in described]


#: Where a description in apposition closes for certain: the sentence's end, a semicolon or a bracket ("…, the local
#: place-based partnership."; not "…, the befriending service, sexual health clinics and …", a list, nor "Reporting to the
#: Anyford Board, the early help board, which …, has …", the main clause's subject after a clause of its own).
_A_DESCRIPTION_CLOSES = re.compile(r"\s*(?:[.;)]|$)")


def _named_right_before_of_its_kind(sentence: str, found: list[_Found], i: int) -> int | None:
    """Where in ``found`` a body is named in capitals right before ", the" and the phrase ``found[i]`` in lower case of its
    kind, or whose kind word closes both ("Anyford Health and Care Partners, the local place-based partnership."), the
    apposition closing after it: the phrase describes that body (not "Anyford Partnership, the youth partnership and …", a
    list)."""
    item = found[i]
    written = sentence[item.start : item.end]
    if not written[:1].islower() or item.national or item.council is not None or item.acronyms:
        return None
    the = _THE_AFTER_A_COMMA.search(sentence, max(0, item.start - 8), item.start)
    if the is None or not _A_DESCRIPTION_CLOSES.match(sentence, item.end):
        return None
    head = _singular_head(written.split()[-1].lower())
    return next((j for j, f in enumerate(found) if f.end == the.start() and j != i and f.name[:1].isupper() and not f.key_name
                 and not re.search(r",\s+(?:the\s+)?$", sentence[: f.start])  # (not an item of a list: "CAMHS, the Anyford
                 # counselling service, the befriending service, …")
                 and f.council is None and not f.national and f.body_type == item.body_type
                 and (f.kind == item.kind or _singular_head(f.name.split()[-1].lower()) == head)), None)


def _holds_the_words_of(name: str, kind_name: str) -> bool:
    """Whether a body's name holds every word of a kind's name but "local" ("Leeds Safeguarding Children Board" those of
    "Local safeguarding children board"; not of "Safeguarding adults board")."""
    words = set(name.lower().split())
    return all(w in words for w in kind_name.lower().split() if w != "local")
