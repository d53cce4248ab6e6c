"""Councils named in a sentence, from the reference list of English councils in their styles, and the
joint boards named after two or three of them."""
from __future__ import annotations

import dataclasses
import functools
import re

from .. import prefilter
from ..gazetteer import Council, council_for, GENERIC_BODIES, LEADING_NON_NAME, police_force_for
from .text import _tidy
from .registry import BodyRegistry, _CONNECTORS, _Found, _is_proper
from .scan import _council_names
from .kinds import _A_TIME, _generic_matches, _people_at_work, _place_name_words, _THE_BEFORE
from .vocabulary import (
    _at_sentence_start,
    _COUNCIL_WORDS,
    _describes_only,
    _FOLLOWING_KIND,
    _opens_sentence,
    _PLACE_STYLE_WORDS,
    _STYLES_COUNCIL,
    _STYLES_OF,
)
from .phrases import _phrase_matches
from .proper import _proper_matches

def _council_matches(text: str, taken: list[tuple[int, int]], authority: Council | None) -> list[_Found]:
    found = []
    pattern, by_name = _council_names()
    for match in pattern.finditer(text):
        council = by_name[match.group(0)]
        if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
            continue
        own = authority is not None and council.ons_code == authority.ons_code
        # (the last of places listed is a joint body's: "Anyford, Wyre and Westshire Child Death Overview Panel")
        listed = _PLACES_BEFORE.search(text, max(0, match.start() - 30), match.start())
        another = not own and not (listed is not None and (listed.group(1) in _place_name_words() or listed.group(1) in _PLACE_STYLE_WORDS
                                                          or council_for(listed.group(1))))
        kind = _generic_acronym_after(text, match.end(), any_kind=another)
        if kind is not None:  # "Westshire City LSCB": another council's board, a body of its own; "Wyre MASH", "Wyre
            # YOT" in a report on Anyshire: another council's hub or team, not the inspected council's
            rest = re.match(r"\s+(?:(?:City|County|Borough)\s+)?[A-Z]{2,6}", text[match.end() :]).group(0)
            end = match.end() + len(rest)
            found.append(_Found(_tidy(text[match.start() : end]), kind.body_type, kind.kind, match.start(), end))
            taken.append((match.start(), end))
            continue
        if another and (kind := _generic_name_after(text, match.end(), lower_case=_THE_BEFORE.search(text, max(0, match.start() - 5),
                                                                                                    match.start()) is not None)) is not None:
            found.append(_Found(_tidy(text[match.start() : kind.end]), kind.body_type, kind.kind, match.start(), kind.end))
            taken.append((match.start(), kind.end))  # "Wyre Virtual School", "the Wyre emergency duty team" in a report on
            continue  # Anyshire: another council's
        if another and (owned := _COUNCILS_OWN_AFTER.match(text, match.end())) is not None \
                and (kind := _generic_name_after(text, owned.end() - 1, lower_case=True)) is not None and kind.written.islower():
            found.append(_Found(_tidy(f"{text[match.start() : match.end()]} {kind.written}"), kind.body_type, kind.kind, match.start(),
                                kind.end, written=text[match.start() : kind.end]))
            taken.append((match.start(), kind.end))  # "Wyre's virtual school" in a report on Anyshire: another council's, not
            continue  # the inspected council's, named by its place as "the Wyre virtual school" is
        start, end = match.start(), match.end()
        compass = _COMPASS_BEFORE.search(text, max(0, start - 8), start)
        district_compass = _DISTRICT_COMPASS_BEFORE.search(text, max(0, start - 14), start)
        if district_compass is not None and (district := _COUNCIL_AFTER.match(text, end)) is not None \
                and not any(s <= district_compass.start() < e for s, e in taken):
            # "East Anyshire Council", "Mid Wyreshire District Council": a district's council named after its county, a
            # council of its own (not the county's: the county's mention is not inside it)
            found.append(_Found(_tidy(text[district_compass.start() : district.end()]), "LocalAuthority", "Council",
                                district_compass.start(), district.end()))
            taken.append((district_compass.start(), district.end()))
            continue
        if own:
            continue  # mentions of the inspected authority are found through its aliases
        if compass is not None:
            continue  # "East Anyshire", "Greater Wyreshire": another area than the council's
        if _NAME_GOES_ON.match(text, end):
            continue  # "Anyshire Park", "Wyre Cares", "the Anyshire judgment": the place names something else
        if (before := _WORD_BEFORE_PLACE.search(text, max(0, start - 30), start)) is not None \
                and before.group(1).lower() not in LEADING_NON_NAME and not _opens_sentence(before.group(1)) \
                and before.group(1) not in _PLACE_STYLE_WORDS and not _at_sentence_start(text, before.start(1)) \
                and not _A_TIME.fullmatch(before.group(1)) and not _COUNCIL_AFTER.match(text, end):  # "Since April Wyre Council"
            continue  # "Forward Thinking Anyshire has …", "Child Friendly Wyre": the place ends another name
        style = _COUNCIL_STYLE_BEFORE.search(text, max(0, start - 40), start)
        council_after = _COUNCIL_AFTER.match(text, end)
        if style is not None and not any(s <= style.start() < e for s, e in taken):
            start = style.start()  # "the Royal Borough of Anyshire": the council as it styles itself
        if council_after is not None:
            end = council_after.end()  # "Wyre Borough Council"
        listed = _COUNCILS_LISTED_AFTER.match(text, end) if council_after is None else None
        # "Anyford, Wyre and Westshire councils", "Anyford City and Wyreshire County councils": each the place's council
        # (each named as the text writes it, in the singular: "Anyford council", "Anyford City council")
        aliases = (f"{_tidy(text[start:end])}{listed.group('style') or ''} {listed.group('kind')[:-1]}",) if listed is not None else ()
        found.append(_Found(_tidy(text[start:end]), "LocalAuthority", "Council", start, end, council=council, aliases=aliases))
        taken.append((start, end))
    return found


_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:North|South|East|West|Mid|Central|Greater) $")
#: The points of a district's name before its county's ("North East Anyshire", "Mid Wyreshire"; not "Greater …").
_DISTRICT_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:(?:North|South) )?(?:North|South|East|West|Mid|Central) $")
#: A capitalised word right before a place's name, inside a sentence: the place may end another name.
_WORD_BEFORE_PLACE = re.compile(r"(?<![\w’'&-])([A-Z][a-z]+) $")
#: The rest of a list of places before one plural "councils", from one place's end.
_COUNCILS_LISTED_AFTER = re.compile(
    r"(?P<style> (?:City|County|Borough|District))?(?:(?:,? (?:and )?| (?:upon|on) )[A-Z][\w'’-]*){0,40} (?P<kind>[Cc]ouncils)\b")
# (one capitalised word to each repeat, after the one separator that can come before it: a match or a
# failure takes time in proportion to the run of words, however long, not in the number of its splits)
#: A place's name going on into another proper name, or into a ruling named after it, or a landlord's "at Home": not the
#: council.
_NAME_GOES_ON = re.compile(r" (?:St\.? [A-Z]|(?!(?:Children|Council|Corporation|Borough|City|County|District|Metropolitan|Royal|And|Or|In|On|To|The)\b)[A-Z][a-z]+\b(?![’']s)|judge?ments?\b|rulings?\b|at Home\b)")
_COUNCIL_STYLE_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(_STYLES_OF) + r") of $|(?<![\w-])Council of the $")
#: (or the "Corporation" a few councils still style themselves: "the Anyford Corporation")
_COUNCIL_AFTER = re.compile(r" (?:(?:" + "|".join(_STYLES_COUNCIL) + r") )?Council\b| Corporation\b")
#: A place's name and a separator before a council's: the council's name is the last of a list of places.
_PLACES_BEFORE = re.compile(r"([A-Z][\w’'-]*)(?:,|\s+and|\s+&)\s+(?:the\s+)?$")


def _generic_acronym_after(text: str, position: int, any_kind: bool = False):
    """The generic kind a short form right after a council's name stands for: a board's ("Wyre LSCB"),
    or, after another council than the inspected one, any kind's ("Wyre MASH", "Wyre YOT")."""
    match = re.match(r"\s+(?:(?:City|County|Borough)\s+)?([A-Z]{2,6})(?![\w-])", text[position:])
    if match is None:
        return None
    return next((k for k in GENERIC_BODIES if match.group(1) in k.acronyms and (k.body_type == "Board" or any_kind)), None)


#: Another council's possessive before a kind of its own: "'s ", " Council's ", " County Council's ".
_COUNCILS_OWN_AFTER = re.compile(r"(?: (?:(?:City|County|Borough|District) )?Council)?['’]s ")


def _generic_name_after(text: str, position: int, lower_case: bool = False) -> _Found | None:
    """A generic kind's name in capitals right after another council's name ("Wyre Virtual School",
    "Wyre Multi-Agency Safeguarding Hub"), or in lower case where ``lower_case`` allows it ("the Wyre
    emergency duty team", "Wyre's virtual school", "the Wyre youth offending team co-ordinator": the
    co-ordinator's team; not "the Wyre independent reviewing officer", a post): that council's body of the
    kind, with its end in ``text``."""
    if not text.startswith(" ", position) or not (text[position + 1 : position + 2].isupper() or lower_case):
        return None
    window = text[position + 1 : position + 80]
    kind = next((f for f in _generic_matches(window) if f.start == 0 and not f.national and f.kind != "Police"
                 and (f.written[:1].isupper() and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in f.written.split())
                      or lower_case and f.written.islower() and not _people_at_work(f.written.split()[-1]))), None)
    return dataclasses.replace(kind, end=position + 1 + kind.end) if kind is not None else None


#: A council's name and "and" right before a safeguarding board named with another council's: "the Anyford and Wyre LSCB"
#: (and the other's article, where its name takes one: "the Anyford and the Isle of Wyre Safeguarding Children Partnership").
_COUNCIL_AND_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<council>(?!The\b)[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2})\s+and\s+(?:the\s+)?$")
#: A council's name right before a board's own words: "Isle of Wyre " of "the Anyford and Isle of Wyre Local Safeguarding
#: Children Board (LSCB)".
_COUNCIL_RIGHT_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<council>[A-Z][\w’'-]*(?:\s+(?:of\s+|upon\s+|on\s+)?[A-Z][\w’'-]*){0,3})\s+$")
#: A council's name and a comma right before another's: "Anyford, " of "the Anyford, Wyre and Westshire LSCB".
_COUNCIL_LISTED_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<council>(?!The\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+$")


def _councils_listed_before(sentence: str, start: int) -> int:
    """Where a list of councils' names ending at ``start`` begins: "the Anyford, Wyre and Westshire LSCB" is named by
    all three (``start`` at "Wyre")."""
    while (listed := _COUNCIL_LISTED_BEFORE.search(sentence, max(0, start - 40), start)) is not None \
            and council_for(listed.group("council")) is not None and not _COUNCIL_WORDS.search(listed.group("council")):
        start = listed.start("council")
    return start


def _joint_boards(sentence: str, found: list[_Found]) -> list[_Found]:
    """``found`` with a safeguarding board named after a council's name and another's joined by "and" named with both,
    and the first council inside it no body of its own here: "the Anyford and Wyre LSCB" is the two councils' joint
    board, not a board of Wyre's beside Anyford; so too with a list of councils before them ("the Anyford, Wyre and
    Westshire LSCB") and where the report defines the board's short form by its kind's own words, the second council's
    name then right before the kind ("the Anyford and Isle of Wyre Local Safeguarding Children Board (LSCB)"); not
    before "areas" (places, not one board). The child death overview panel in lower case after councils' names is
    ``_of_a_wider_area``'s; other kinds after two councils' names stay each council's."""
    joined = []
    for i, item in enumerate(found):
        written = sentence[item.start : item.end]
        if item.kind != "SafeguardingBoard" or item.national or not written[:1].isupper() or re.match(r"\s+areas?\b", sentence[item.end :]):
            continue  # (not "children from Anyford, Wyre and Westshire Safeguarding Children Board areas": places)
        kind_alone = item.defines and bool(item.key_name)  # "… Local Safeguarding Children Board (LSCB)": the kind's own words
        if kind_alone:
            second = _COUNCIL_RIGHT_BEFORE.search(sentence, max(0, item.start - 40), item.start)
            if second is None or council_for(second.group("council")) is None:
                continue
            at = second.start("council")
        else:
            words = written.split()  # (the second council's name may be of several words: "the Anyford and Isle of Wyre LSCB")
            if not any(council_for(" ".join(words[:n])) is not None for n in range(1, min(len(words), 5))):
                continue
            at = item.start
        before = _COUNCIL_AND_BEFORE.search(sentence, max(0, at - 60), at)
        if before is None or council_for(before.group("council")) is None or re.search(r"\bCouncil\b", before.group("council")):
            continue  # (not "Anyshire County Council and Wyre LSCB": a council by its title, then another's board)
        if before.group(0).rstrip().endswith("the") and " of " not in sentence[at : item.end]:
            continue  # (the article only before a place's name that takes one, "the Isles of Wyre", "the City of Wyre": not
            # "staff in Anyford and the Wyre Safeguarding Children Board", a place, then another's board)
        first = _councils_listed_before(sentence, before.start("council"))
        joined.append((i, first))
        if kind_alone:
            name = _tidy(sentence[first : item.start] + (item.written or item.name))
            found[i] = dataclasses.replace(item, name=name, written=name, start=first, key_name="")
        else:
            name = sentence[first : item.end]
            found[i] = dataclasses.replace(item, name=name, written=name, start=first,
                                           aliases=tuple(a for a in item.aliases if a != item.name) + ((item.name,) if item.name != written else ()))
    if not joined:
        return found
    spans = [(start, found[i].end) for i, start in joined]
    return [f for f in found if not (f.kind == "Council" and any(a <= f.start and f.end <= b for a, b in spans))]


#: Words after the council's name that make the run a title, a place or an arrangement, not a body.
_NOT_AFTER_COUNCIL = {
    "council", "city", "county", "borough", "metropolitan", "district", "inspection", "re-inspection", "local",
    "children's", "children", "safeguarding", "approach", "model", "framework", "pledge", "offer", "strategy",
    "plan", "promise", "charter", "standards", "way", "area", "region", "and", "for", "of", "the", "in", "on",
}


_KIND_SOON_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}" + _FOLLOWING_KIND.pattern.removeprefix("['’]?") + r"\b", re.I)


@functools.lru_cache(maxsize=64)
def _council_prefixed_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The council's names (longest first) and up to four capitalised or small words after them,
    compiled once per council; grouped by first character (``prefilter.literal_alternation``), so
    that the regex engine skips to the characters that start a name instead of trying every
    position."""
    return re.compile(prefilter.literal_alternation(names, r"[\w-]") + r"((?:\s+(?:[A-Z][a-z]+(?:['’][a-z]+)?|for|of|and|the|\d)){1,4})(?![\w'’-])")


def _discover_council_prefixed(texts: list[str], registry: BodyRegistry) -> None:
    """A name made of the council's own name and capitalised words, without a kind word, used
    more than once: "Anyshire Families Together provides …" (not "Anyshire Council", "the
    Anyshire Approach", "Anyshire Inspection")."""
    names = [n for n in registry.authority_names if n]
    if not names:
        return
    pattern = _council_prefixed_pattern(tuple(sorted(names, key=len, reverse=True)))
    counts: dict[str, int] = {}
    for text in texts:
        for match in pattern.finditer(text):
            words = match.group(1).split()
            while words and words[-1] in ("for", "of", "and", "the") or words and words[-1].isdigit():
                words.pop()
            if not words or words[0].lower() in _NOT_AFTER_COUNCIL or words[-1].lower() in _NOT_AFTER_COUNCIL:
                continue
            name = _tidy(match.group(0)[: match.group(0).index(words[-1]) + len(words[-1])])
            if _KIND_SOON_AFTER.match(text, match.start() + match.group(0).index(words[-1]) + len(words[-1])):
                continue  # "Anyshire Youth justice service": a kind phrase, written with a capital
            counts[name] = counts.get(name, 0) + 1
    known = [label.lower() for body in registry.bodies.values() for label in body.labels]
    for name, count in sorted(counts.items()):
        if count < 2 or any(name.lower() in label for label in known):
            continue
        if _generic_matches(name) or _proper_matches(name, "") or _phrase_matches(name) or council_for(name) \
                or police_force_for(name) or _describes_only(name.split(" ", 1)[-1]):
            continue
        found = _Found(name, "Service", "TeamOrService", 0, 0)
        registry.add(found, _is_proper(found, registry.authority_names))
