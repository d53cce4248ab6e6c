"""Every paragraph's mentions of the report's bodies, by their names and short forms, and the owners
of recommendations."""
from __future__ import annotations

import re

from .. import prefilter
from ..model import Mention, Report, Span
from ..reading import fold_characters
from .registry import BodyRegistry, _CONNECTORS, _standing
from .kinds import _names_the_police
from .vocabulary import _department_name_goes_on, _department_only, _FORCE_NAME_WITH_AND, _OF_A_FORCE, _POST_OR_BODY_BEFORE

def _names_the_department(text: str, start: int, end: int) -> bool:
    """Whether the council's name found at ``text[start:end]`` names it, where that name is its
    children's department's in the sector's words only: so only in capitals, after no post or body
    ("the Director of Children's Services", "the Scrutiny Committee for …"), before no name it
    starts or title ("Children's Services Improvement Board", "Children's Services commissioners");
    not "children's services" in lower case, the sector in any council."""
    name = text[start:end]
    if not _department_only(name):
        return True
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in name.split()):
        return False
    return not _department_name_goes_on(text, end) and not _POST_OR_BODY_BEFORE.search(text, max(0, start - 80), start)


def _find_mentions(report: Report, registry: BodyRegistry) -> None:
    seen_paragraphs: dict[str, set[int]] = {}
    patterns = _mention_patterns(registry)
    for paragraph in report.paragraphs:
        for start, end, key in _mention_hits(paragraph.text, registry, patterns):
            report.mentions.append(
                Mention(
                    body=key,
                    paragraph=paragraph.number,
                    text=paragraph.text[start:end],
                    span=Span(paragraph.span.start + start, paragraph.span.start + end),
                )
            )
            seen_paragraphs.setdefault(key, set()).add(paragraph.number)
    for body in report.bodies:
        body.paragraphs = sorted(seen_paragraphs.get(body.key, set()))


#: The possessive inside a partner's team's name: "Anyford Police's … unit".
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s")


#: A force's name closing a longer name after "of": "Wyre Constabulary" of "public protection unit of Wyre Constabulary".
_FORCE_AT_END = re.compile(rf"{_OF_A_FORCE}$")
#: A force's name opening a longer name: "Wyre Police" of "Wyre Police safeguarding unit".
_FORCE_AT_START = re.compile(rf"{_FORCE_NAME_WITH_AND}(?:\s+Service)?(?=\s+(?!and\b|&)\S)")


def _mention_hits(text: str, registry: BodyRegistry, patterns=None) -> list[tuple[int, int, str]]:
    """Every body a text names, longest name first, no two overlapping: (start, end, key).
    ``patterns``: the registry's ``_mention_patterns``, where the caller built them already."""
    regex_s, regex_i, keys_sensitive, keys_insensitive = patterns or _mention_patterns(registry)
    text = fold_characters(text)  # as the bodies were found (for text not read through ``reading``); the spans hold
    hits = []
    if regex_i is not None:
        lowered = text.lower()
        for start, end in _alias_spans(regex_i, lowered):
            hits.append((start, end, keys_insensitive[lowered[start:end]]))
            if lowered.find(" ", start, end) >= 0:
                for inner_start, inner_end in _longer_alias_inside(regex_i, lowered, start, end):
                    hits.append((inner_start, inner_end, keys_insensitive[lowered[inner_start:inner_end]]))
    if regex_s is not None:
        for start, end in _alias_spans(regex_s, text):
            hits.append((start, end, keys_sensitive[text[start:end]]))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # the characters a chosen hit holds: an overlap is a taken character (time linear in the text)
    for hit in hits:
        if taken.find(1, hit[0], hit[1]) >= 0:
            continue
        if registry.bodies[hit[2]].kind == "Police" and not _names_the_police(text, hit[0], hit[1]):
            continue
        if registry.bodies[hit[2]].is_inspected_authority and not _names_the_department(text, hit[0], hit[1]):
            continue  # "children's services" (the sector), "the Director of Children's Services" (a post)
        chosen.append(hit)
        taken[hit[0] : hit[1]] = b"\x01" * (hit[1] - hit[0])
    police = registry.lower_aliases.get("police")
    for start, end, key in list(chosen):  # "Anyford Police's … unit": the police named too
        owner = registry.bodies[key].part_of
        possessive = _POSSESSIVE_INSIDE.search(text, start, end) if owner in registry.bodies else None
        if possessive is not None:
            chosen.append((start, possessive.start(), owner))
        elif police in registry.bodies and key != police and text[start : start + 7].lower() == "police " \
                and registry.bodies[key].kind != "Police":
            chosen.append((start, start + 6, police))  # "the police public protection unit": the unit, and the police named too
        elif registry.bodies[key].kind != "Police" and (force := _FORCE_AT_START.match(text, start, end)) is not None \
                and (force_key := registry.lower_aliases.get(force.group(0).lower()) or registry.aliases.get(force.group(0))) is not None \
                and registry.bodies[force_key].kind == "Police":
            chosen.append((start, force.end(), force_key))  # "the Wyre Police safeguarding unit": the force named too
        elif registry.bodies[key].kind != "Police" and (force := _FORCE_AT_END.search(text, start, end)) is not None \
                and (force_key := registry.lower_aliases.get(force.group("force").lower()) or registry.aliases.get(force.group("force"))) \
                is not None and registry.bodies[force_key].kind == "Police":
            chosen.append((force.start("force"), end, force_key))  # "the public protection unit of Wyre Constabulary": it too
    if registry.coordinated and regex_i is not None:
        lowered = text.lower()
        spans = list(chosen)
        while spans:
            start, end, _ = spans.pop()
            if lowered[start:end] not in registry.coordinated:
                continue
            for inner_start, inner_end in _alias_spans(regex_i, lowered, start + 1, end):  # "… and adoption panels" inside it
                inner = (inner_start, inner_end, keys_insensitive[lowered[inner_start:inner_end]])
                chosen.append(inner)
                spans.append(inner)  # "adoption and residential services" inside "fostering, adoption and …": a list again
    return sorted(chosen)


def _mention_patterns(registry: BodyRegistry):
    """The alternations that find every alias of every body: built once per registry state."""
    state = (len(registry.aliases), len(registry.lower_aliases), len(registry.bodies),
             sum(len(b.labels) for b in registry.bodies.values()))
    cached = getattr(registry, "_patterns", None)
    if cached is not None and cached[0] == state:
        return cached[1]
    patterns: list[tuple[str, str, bool]] = []
    for alias, key in registry.aliases.items():
        patterns.append((alias, key, True))
    for alias, key in registry.lower_aliases.items():
        patterns.append((alias, key, False))
    for body in registry.bodies.values():
        for label in body.labels:
            if label.isupper() and len(label) <= 8:
                patterns.append((label, body.key, True))
            else:
                patterns.append((label.lower(), body.key, False))
    patterns.sort(key=lambda p: -len(p[0]))
    sensitive = [p for p in patterns if p[2]]
    insensitive = [p for p in patterns if not p[2]]
    keys_sensitive = {alias: key for alias, key, _ in reversed(sensitive)}
    keys_insensitive = {alias: key for alias, key, _ in reversed(insensitive)}
    built = (_alternation([a for a, _, _ in sensitive]), _alternation([a for a, _, _ in insensitive]),
             keys_sensitive, keys_insensitive)
    registry._patterns = (state, built)
    return built


def _alternation(aliases: list[str]) -> re.Pattern[str] | None:
    r"""Every alias after a character that is not a word character (``[^\w]``) and with no
    letter after it (a footnote's digit may follow a name: "Board1"), for ``_alias_spans``."""
    aliases = [a for a in dict.fromkeys(aliases) if a]
    if not aliases:
        return None
    return re.compile(r"[^\w]" + prefilter.literal_alternation(aliases) + r"(?![A-Za-z])")


def _longer_alias_inside(alternation: re.Pattern[str], text: str, start: int, end: int):
    """Aliases starting at a word inside the alias found at ``text[start:end]`` and running on past
    its end: "the local authority designated officer" is the officer, not "the local authority"
    (a search from left to right takes the first alias to start and goes on after it). Tried only
    after the few spaces inside a found alias, so no more of the text is searched."""
    padded = " " + text
    inner = text.find(" ", start, end)
    while inner >= 0:
        found = alternation.match(padded, inner + 1)
        if found is not None and found.end() - 1 > end:
            yield inner + 1, found.end() - 1
        inner = text.find(" ", inner + 1, end)


def _alias_spans(alternation: re.Pattern[str], text: str, start: int = 0, end: int | None = None):
    """(start, end) of each alias an ``_alternation`` finds in ``text[start:end]``, no word
    character before it (the text's start counts as none) and no two overlapping, as a search
    from left to right finds them: the regex engine skips to the characters that are not word
    characters instead of trying the aliases at every letter."""
    padded = " " + (text if end is None else text[:end])  # the space stands for the text's start
    position = start
    while (found := alternation.search(padded, position)) is not None:
        yield found.start(), found.end() - 1
        position = found.end() - 1


_OWNER_SUBJECT = re.compile(
    r"^(?P<subject>(?:the\s+)?(?:(?!\b(?:to|should|must|will)\b)[\w'’ ,&()-]){2,120}?)\s+(?:to|should|must|will)\s+(?!be\b)[a-z]+",
    re.I,
)


def _resolve_owners(report: Report, registry: BodyRegistry) -> None:
    """An owner named by a lead-in line ("NHS X and NHS providers take action to:") or by the
    bullet's subject ("the BSCB to ensure …", "the council to review …")."""
    for recommendation in report.recommendations:
        owner_text = recommendation.owner
        if not owner_text:
            match = _OWNER_SUBJECT.match(recommendation.text)
            if match and not re.match(r"(ensure|review|develop|improve|appoint|increase|establish)\b", recommendation.text, re.I):
                owner_text = match.group("subject")
        recommendation.owner = None
        if not owner_text:
            continue
        key = _first_body_in(owner_text, registry)
        if key is not None:
            recommendation.owner = key


def _first_body_in(text: str, registry: BodyRegistry) -> str | None:
    best = None
    for alias, key in list(registry.aliases.items()):
        start = _find_word(text, alias)
        if start >= 0 and (best is None or start < best[0]):
            best = (start, key)
    lowered = text.lower()
    for alias, key in registry.lower_aliases.items():
        start = _find_word(lowered, alias)
        if start >= 0 and (best is None or start < best[0]):
            best = (start, key)
    return best[1] if best else None


def _find_word(text: str, alias: str) -> int:
    r"""Where ``alias`` first stands in ``text`` with no word character or apostrophe just before
    it and no word character just after (what ``(?<![\w'])alias(?!\w)`` finds), or -1."""
    return next(_standing(text, alias, "_'", "_"), -1)
