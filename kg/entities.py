"""Finding the bodies a report names, from general patterns only: generic kinds of body
(``kg.gazetteer``), proper names ending in a kind word ("… NHS Trust", "… Safeguarding Children
Board"), "NHS <place>", council names from the reference list, acronyms defined in brackets, and
names given by apposition ("the Children in Care Council known as …"). Then every paragraph's
mentions of them. Fills ``Report.bodies`` and ``Report.mentions``."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .gazetteer import (
    GENERIC_BODIES,
    HEADS,
    HEALTH_WORDS,
    LEADING_NON_NAME,
    NATIONAL_BODIES,
    Council,
    council_for,
    councils,
    core_council_name,
)
from .model import Body, Mention, Report, Span
from .sentences import sentences

_CAP = r"(?:[A-Z][A-Za-z'’\-]*|[A-Z]{2,}|\d+\+)"
_CONNECT = r"(?:\s+(?:and|of|for|the|&|in|on|with|upon)\s+|,\s+(?=[A-Z][a-z]+(?:,|\s+and\s))|\s+)"
_RUN = re.compile(rf"{_CAP}(?:{_CONNECT}{_CAP})*")
_HEAD_RES = [(re.compile(rf"^(.*?)\b({head})$"), body_type, kind) for head, body_type, kind in HEADS]
_ACRONYM_AFTER = re.compile(r"^\s*\((?:the\s+)?([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z']{0,6})\)")
_GROUP_OF_YOUNG = re.compile(
    r"\b(?:a|the)\s+(?:consultative\s+)?group\s+of\s+(?:looked after\s+)?(?:children and\s+)?young\s+people,?\s+"
    r"(?:called\s+|known\s+as\s+)?(?:the\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,4})"
)
#: Sentence adverbs that run into a name: "Currently Leeds City Council has …" (not "Family", "Early").
_ADVERB = re.compile(r"[A-Za-z]{4,}(?:ent|ous|ial|ional|ive|ual|ar|ate|ed|ing|ful|ic|al)ly")
_GENERIC_WHOLE = re.compile("|".join(f"(?:{k.pattern})" for k in GENERIC_BODIES), re.IGNORECASE)
_NAMED_AS = re.compile(r"\b(?:known as|called|named)\s+(?:the\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,4})")


@dataclass
class _Found:
    name: str
    body_type: str
    kind: str
    start: int
    end: int
    acronyms: tuple[str, ...] = ()
    national: bool = False
    council: Council | None = None
    written: str = ""  # as the text writes it, where that differs from ``name``
    key_name: str = ""  # the name its identity comes from, where not ``name`` (a generic kind's)


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"well-being", "wellbeing", text)
    text = re.sub(r"sub[- ]group", "subgroup", text)
    text = re.sub(r"\bconsortia\b", "consortium", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^a-z0-9']+", " ", text).strip()


class BodyRegistry:
    """The bodies of one report, keyed by normalised name, with every alias that names them."""

    def __init__(self, report: Report):
        self.report = report
        self.bodies: dict[str, Body] = {}
        self.aliases: dict[str, str] = {}  # alias as written (case-sensitive for acronyms) → key
        self.lower_aliases: dict[str, str] = {}  # lower-case alias → key
        self.authority_key: str | None = None
        self.authority_names: list[str] = []

    def key_for(self, name: str, kind: str) -> str:
        core = _norm(name)
        for short in self.authority_names:
            short_norm = _norm(short)
            if core.startswith(short_norm + " ") and kind not in ("NHSTrust", "Hospital", "Council"):
                rest = core[len(short_norm) + 1 :]
                if not rest.startswith(("and ", "of ")):
                    core = rest
        core = re.sub(r"^local\s+(?=safeguarding children)", "", core)
        # The authority's own board under any of its names is one body; another council's
        # ("Wakefield Safeguarding Children Board") keeps its own name.
        if kind == "ChildrensTrust" and core.startswith("children"):
            core = "children's trust board"
        if kind == "SafeguardingBoard" and "adult" not in core and core.startswith("safeguarding children"):
            core = "safeguarding children board"
        if kind == "PrimaryCareTrust":
            core = re.sub(r"\b(nhs|pct|cluster|primary care trust)\b", " ", core)
            core = "pct " + " ".join(core.split())
        return core

    def add(self, found: _Found, proper: bool) -> Body:
        if found.council is not None:
            key = "council " + _norm(found.council.name)
        else:
            key = self.key_for(found.key_name or found.name, found.kind)
        body = self.bodies.get(key)
        if body is None:
            body = Body(
                key=key,
                name=found.name,
                body_type=found.body_type,
                kind=found.kind,
                generic=not proper and not found.national,
            )
            self.bodies[key] = body
        else:
            if _better_name(found.name, body.name, proper):
                if body.name not in body.short_forms and body.name != found.name:
                    body.short_forms.append(body.name)
                body.name = found.name
                body.generic = body.generic and not proper
            elif found.name != body.name and found.name not in body.short_forms:
                body.short_forms.append(found.name)
        if found.council is not None and found.council.name not in (body.name, *body.short_forms):
            body.short_forms.append(found.council.name)
            self.register_alias(found.council.name, key)
        for acronym in found.acronyms:
            if acronym not in body.acronyms:
                body.acronyms.append(acronym)
        self.register_alias(found.name, key)
        if found.written:
            self.register_alias(found.written, key)
        for acronym in found.acronyms:
            self.aliases[acronym] = key
        return body

    def register_alias(self, alias: str, key: str) -> None:
        alias = alias.strip()
        if not alias:
            return
        if alias.isupper() and len(alias) <= 8:
            self.aliases.setdefault(alias, key)
        else:
            self.lower_aliases.setdefault(alias.lower(), key)


def _better_name(new: str, old: str, proper: bool) -> bool:
    """Prefer the fuller proper name: "Northfield Safeguarding Children Board" over "Local
    Safeguarding Children Board", "Children's Trust Board" over "Children's Trust"."""
    if new == old:
        return False
    new_local = new.lower().startswith("local ")
    old_local = old.lower().startswith("local ")
    if new_local != old_local:
        return old_local
    if proper and old[:1].islower():
        return True
    if new.lower() == old.lower():
        return sum(c.isupper() for c in new) > sum(c.isupper() for c in old)
    return len(new) > len(old) and new[:1].isupper()


# ------------------------------------------------------------------ discovery


def _generic_matches(text: str) -> list[_Found]:
    found = []
    for table, national in ((GENERIC_BODIES, False), (NATIONAL_BODIES, True)):
        for kind in table:
            for match in re.finditer(rf"\b(?:{kind.pattern})\b", text, re.IGNORECASE):
                name = match.group(0)
                if kind.kind == "Police":
                    if name.lower() == "police" and not name[0].isupper():
                        continue  # "police presence": an adjective, kept only when capitalised
                    name = "Police"
                acronyms = tuple(a for a in kind.acronyms if re.search(rf"\b{re.escape(a)}\b", text))
                defined = _ACRONYM_AFTER.match(text[match.end() :])
                if defined and _initials_match(match.group(0), defined.group(1)):
                    acronyms = tuple(dict.fromkeys((*acronyms, defined.group(1))))
                if not kind.name:  # named as written: "the learning and improvement sub group"
                    name = re.split(
                        r"\b(?:the|a|an|its|their|this|four|three|two|five|six|several|various|other|including|of|with|to|from|by|for|on|in|agencies|partners)\s+",
                        name,
                        flags=re.I,
                    )[-1]
                    if not name or name.lower().startswith("sub"):
                        continue
                    found.append(_Found(name, kind.body_type, kind.kind, match.end() - len(name), match.end(), (), False))
                    continue
                found.append(
                    _Found(
                        kind.name if (national or name.islower() or kind.kind == "Police") else _tidy(name),
                        kind.body_type,
                        kind.kind,
                        match.start(),
                        match.end(),
                        acronyms,
                        national,
                        written=match.group(0),
                        key_name=kind.name,
                    )
                )
        # A generic kind named by its acronym alone ("the LSCB", "CAMHS"), case as written.
        for kind in table:
            for acronym in kind.acronyms:
                if len(acronym) < 3:
                    continue
                for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                    found.append(
                        _Found(kind.name, kind.body_type, kind.kind, match.start(), match.end(), (acronym,), national,
                               written=acronym, key_name=kind.name)
                    )
    return found


def _tidy(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip())


def _initials_match(name: str, acronym: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ("and", "of", "for", "the", "&", "in")]
    initials = "".join(w[0] for w in words).upper()
    letters = re.sub(r"[^A-Z]", "", acronym.upper().rstrip("S") if acronym.endswith("s") else acronym.upper())
    if not letters:
        return False
    if initials.endswith(letters) or initials.startswith(letters) or letters in initials:
        return True
    # "North Central London NHS (PCT)": the acronym names the kind
    return letters in ("PCT", "CCG", "NHS")


def _runs(text: str):
    """Capitalised runs, split where "and" joins two complete names ("X NHS Trust and Y NHS
    Foundation Trust")."""
    for run in _RUN.finditer(text):
        words, start = run.group(0), run.start()
        while True:
            for conj in re.finditer(r",?\s+and\s+|,\s+", words):
                left = words[: conj.start()]
                if re.fullmatch(r"NHS(?: [A-Z][a-z]+){1,3}", left) or any(
                    p.match(left) and p.match(left).group(1).strip(" ,") for p, _, _ in _HEAD_RES
                ):
                    yield left, start
                    start += conj.end()
                    words = words[conj.end() :]
                    break
            else:
                yield words, start
                break


def _proper_matches(text: str, sentence_health: bool) -> list[_Found]:
    found = []
    for words, start in _runs(text):
        words = words.rstrip("'’")
        # Drop sentence-initial and common leading words.
        while True:
            first = re.match(r"([A-Za-z'’\-]+)(,?\s+)", words)
            if first and (first.group(1).lower() in LEADING_NON_NAME or _ADVERB.fullmatch(first.group(1))):
                start += first.end()
                words = words[first.end() :]
                continue
            break
        if re.search(r"['’]\s", words) or re.match(r"^[A-Z]\w*['’]s\s+(?:Police|Service|Team)$", words):
            continue  # a quoted phrase ("the ‘Have a Voice’ Council") or a possessive ("the Board's Police")
        for pattern, body_type, kind in _HEAD_RES:
            match = pattern.match(words)
            if not match:
                continue
            qualifier = match.group(1).strip(" ,")
            head = match.group(2)
            conjoined = re.match(r"^(.+?)\s+and\s+([A-Z].*)$", words)
            if conjoined and _GENERIC_WHOLE.fullmatch(conjoined.group(2)):
                break  # "Young Voices and Youth Board": two bodies, the second generic
            if not qualifier and len(head.split()) < 2:
                break  # a bare "Board" or "Trust" is not a name
            name = _tidy(words)
            body_type_here, kind_here = body_type, kind
            if kind == "Trust":
                if re.search(r"children's trust", name, re.I):
                    body_type_here, kind_here = "Board", "ChildrensTrust"
                elif sentence_health:
                    body_type_here, kind_here = "HealthBody", "NHSTrust"
            if kind == "Council":
                council = council_for(name)
                if re.search(r"\b(children|care|youth|young)\b", name, re.I):
                    body_type_here, kind_here = "Board", "ChildrenInCareCouncil"
                elif council is None and not re.search(r"\b(county|city|borough|district)\b", name, re.I):
                    break  # "One Council", "Innovation Council": a slogan or a scheme, not a body
            if kind in ("Board", "SafeguardingBoard"):
                kind_here = _board_kind(name, kind)
            acronyms = ()
            defined = _ACRONYM_AFTER.match(text[start + len(words) :])
            if defined and _initials_match(name, defined.group(1)):
                acronyms = (defined.group(1),)
                if defined.group(1) in ("PCT",) and kind_here != "PrimaryCareTrust":
                    name, body_type_here, kind_here = f"{name.removesuffix(' NHS')} PCT", "HealthBody", "PrimaryCareTrust"
                    acronyms = ()
            council_here = council_for(name) if body_type_here == "LocalAuthority" else None
            found.append(
                _Found(name, body_type_here, kind_here, start, start + len(words), acronyms, council=council_here)
            )
            break
    for match in re.finditer(r"\bNHS ((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,3})\b", text):
        place = match.group(1)
        if re.search(r"\b(Trust|Foundation|England|Hospital|Direct)\b", place):
            continue
        found.append(_Found(f"NHS {place}", "HealthBody", "PrimaryCareTrust", match.start(), match.end()))
    return found


def _board_kind(name: str, default: str) -> str:
    lowered = name.lower()
    if "safeguarding" in lowered and "children" in lowered:
        return "SafeguardingBoard"
    if "health and well" in lowered:
        return "HealthAndWellbeingBoard"
    if re.search(r"sub-?\s?group", lowered):
        return "SubGroup"
    if re.search(r"\byouth\b|young people", lowered):
        return "YouthForum"
    if "panel" in lowered:
        return "Panel"
    if "partnership" in lowered:
        return "Partnership"
    return "Board" if default == "Board" else default


@functools.lru_cache(maxsize=1)
def _council_names() -> tuple[re.Pattern[str], dict[str, Council]]:
    by_name = {name: council for council in councils() for name in council.names}
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return pattern, by_name


def _council_matches(text: str, taken: list[tuple[int, int]], authority: Council | None) -> list[_Found]:
    found = []
    pattern, by_name = _council_names()
    for match in pattern.finditer(text):
        council = by_name[match.group(0)]
        if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
            continue
        if authority is not None and council.ons_code == authority.ons_code:
            continue  # mentions of the inspected authority are found through its aliases
        found.append(_Found(match.group(0), "LocalAuthority", "Council", match.start(), match.end(), council=council))
        taken.append((match.start(), match.end()))
    return found


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """Longest match wins; ties go to the earlier."""
    chosen: list[_Found] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if any(item.start < c.end and c.start < item.end for c in chosen):
            continue
        chosen.append(item)
    return sorted(chosen, key=lambda f: f.start)


def _is_proper(found: _Found, authority_names: list[str]) -> bool:
    """A name with a place or a proper word besides its kind words is proper (one node across
    reports); "CAMHS", "the Police", "Children's Trust Board" are generic (local)."""
    if found.national or found.council is not None:
        return True
    if found.body_type in ("Board", "Service"):
        return False
    name = found.name  # a place in the name, even the authority's own, makes it proper
    generic_words = {
        "nhs", "trust", "foundation", "community", "health", "healthcare", "mental", "hospital", "hospitals",
        "police", "college", "service", "services", "council", "pct", "primary", "care", "the", "and", "of",
        "clinical", "commissioning", "group", "local", "probation", "cluster",
    }
    words = [w for w in re.findall(r"[A-Za-z'’]+", name) if w.lower() not in generic_words]
    return any(w[0].isupper() for w in words)


def find_bodies(report: Report) -> None:
    registry = BodyRegistry(report)
    authority = council_for(report.authority or "") if report.authority else None
    if report.authority:
        short = authority.name if authority else core_council_name(report.authority)
        registry.authority_names = sorted({short, core_council_name(report.authority)}, key=len, reverse=True)
        body = registry.add(
            _Found(report.authority, "LocalAuthority", "Council", 0, 0, council=authority), proper=True
        )
        body.is_inspected_authority = True
        registry.authority_key = body.key
        for alias in {short, f"{short} Council", f"{short} Borough", f"{short} County Council"}:
            registry.register_alias(alias, body.key)
        for phrase in ("the council", "the local authority", "the borough", "the county council"):
            registry.lower_aliases.setdefault(phrase, body.key)

    texts = [(p.number, p.text) for p in report.paragraphs]
    texts += [(r.paragraph, r.text) for r in report.recommendations]
    texts += [(r.paragraph, r.owner) for r in report.recommendations if r.owner]
    for _, text in texts:
        _discover(text, registry, authority)

    # Ofsted publishes every report: a body of every graph (dcterms:publisher), named or not.
    publisher = next(k for k in NATIONAL_BODIES if k.name == "Ofsted")
    registry.add(_Found(publisher.name, publisher.body_type, publisher.kind, 0, 0, national=True), proper=True)
    report.bodies = sorted(registry.bodies.values(), key=lambda b: b.key)
    _find_mentions(report, registry)
    _resolve_owners(report, registry)
    # A name found only inside a longer one ("Riverside" inside "Northfield and Riverside … NHS Trust") is not a body here.
    owners = {r.owner for r in report.recommendations if r.owner}
    in_recommendations = " ".join(r.text for r in report.recommendations).lower()
    report.bodies = [
        b
        for b in report.bodies
        if b.paragraphs
        or b.key in owners
        or b.is_inspected_authority
        or b.name == "Ofsted"
        or (b.body_type != "LocalAuthority" and any(label.lower() in in_recommendations for label in b.labels))
    ]


def _discover(text: str, registry: BodyRegistry, authority: Council | None) -> None:
    for offset, sentence in sentences(text):
        health = bool(HEALTH_WORDS.search(sentence))
        found = _non_overlapping(_generic_matches(sentence) + _proper_matches(sentence, health))
        taken = [(f.start, f.end) for f in found]
        found += _council_matches(sentence, taken, authority)
        for item in found:
            registry.add(item, _is_proper(item, registry.authority_names))
        _discover_appositions(sentence, registry)


def _discover_appositions(sentence: str, registry: BodyRegistry) -> None:
    """"a group of young people, Young Voices," and "the Children in Care Council known as
    the Speak Up Crew": names of bodies that carry no kind word."""
    for match in _GROUP_OF_YOUNG.finditer(sentence):
        name = match.group(1)
        if name.split()[0].lower() in LEADING_NON_NAME:
            continue
        registry.add(_Found(name, "Board", "YouthForum", 0, 0), proper=False)
    for match in _NAMED_AS.finditer(sentence):
        before = sentence[: match.start()]
        owner = None
        for alias, key in sorted(registry.lower_aliases.items(), key=lambda kv: -len(kv[0])):
            if re.search(rf"\b{re.escape(alias)}\s*,?\s*$", before, re.I):
                owner = key
                break
        if owner is not None and registry.bodies[owner].body_type == "Board":
            body = registry.bodies[owner]
            if match.group(1) not in body.short_forms:
                body.short_forms.append(match.group(1))
            registry.register_alias(match.group(1), owner)


def _find_mentions(report: Report, registry: BodyRegistry) -> None:
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
    keys_sensitive = {alias: key for alias, key, _ in sensitive}
    keys_insensitive = {alias: key for alias, key, _ in insensitive}
    regex_s = _alternation([a for a, _, _ in sensitive])
    regex_i = _alternation([a for a, _, _ in insensitive])
    seen_paragraphs: dict[str, set[int]] = {}
    for paragraph in report.paragraphs:
        hits = []
        if regex_i is not None:
            for match in regex_i.finditer(paragraph.text.lower()):
                hits.append((match.start(), match.end(), keys_insensitive[match.group(0)]))
        if regex_s is not None:
            for match in regex_s.finditer(paragraph.text):
                hits.append((match.start(), match.end(), keys_sensitive[match.group(0)]))
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        chosen: list[tuple[int, int, str]] = []
        for hit in hits:
            if any(hit[0] < c[1] and c[0] < hit[1] for c in chosen):
                continue
            if registry.bodies[hit[2]].kind == "Police" and not paragraph.text[hit[0] : hit[1]][:1].isupper():
                continue
            chosen.append(hit)
        for start, end, key in sorted(chosen):
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


def _alternation(aliases: list[str]) -> re.Pattern[str] | None:
    aliases = [a for a in dict.fromkeys(aliases) if a]
    if not aliases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")


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
        match = re.search(rf"(?<![\w']){re.escape(alias)}(?!\w)", text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), key)
    lowered = text.lower()
    for alias, key in registry.lower_aliases.items():
        match = re.search(rf"(?<![\w']){re.escape(alias)}(?!\w)", lowered)
        if match and (best is None or match.start() < best[0] or (match.start() == best[0])):
            if best is None or match.start() < best[0]:
                best = (match.start(), key)
    return best[1] if best else None
