"""Finding typed relations between bodies stated in a sentence: a service provided by a trust, a
sub-group of a board, a service run by or with another council, a group reporting to a board, a
body commissioning another or commissioned from one, funding, co-location, chairing, membership,
working together, the statutory safeguarding partners. A body the sentence only refers back to
("the board", "the trust", "both trusts") is the one named last before it. Each relation keeps its
paragraph and the sentence that states it. Works on mentions, so it knows nothing of names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import prefilter
from .gazetteer import police_force_of
from .sentences import sentences
from .model import Mention, Relation, Report


@dataclass
class _Hit:
    key: str
    start: int  # within the sentence
    end: int


# Verb phrases: (regex between subject and object, relation, subject is before the phrase)
PASSIVE = (
    (r"\b(?:(?:is|are|was|were)\s+(?:\w+\s+){0,2}?)?(?:provided|delivered|run|managed|hosted|led|operated)\s+(?:\w+\s+)?by\b", "providedBy"),
    (r"\b(?:(?:is|are|was|were)\s+(?:\w+\s+){0,2}?)?commissioned\s+(?:\w+\s+)?from\b", "commissionedFrom"),
    (r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}?commissioned\s+(?:\w+\s+)?by\b", "commissionedBy"),
    (r"\b(?:(?:is|are|was|were)\s+(?:\w+\s+){0,2}?)?chaired\s+(?:\w+\s+)?by\b", "chairedBy"),
    (r"\b(?:(?:is|are|was|were)\s+(?:\w+\s+){0,2}?)?(?:funded|financed|paid\s+for)\s+(?:\w+\s+)?by\b|\bfunding\s+from\b", "fundedBy"),
    (r"\bco-?located\s+(?:with|in|alongside|at)\b|\bbased\s+(?:with|in|alongside)\b", "coLocatedWith"),
    (r"\b(?:main\s+)?providers?\s+of\b", "providerOf"),  # "the providers of X are Y": read below
    (r"\b(?:now\s+)?(?:is|are)?\s*(?:now\s+)?(?:a\s+)?part\s+of\b|\bintegrated\s+(?:into|within|with)\b|\b(?:is|are)\s+(?:a\s+)?(?:founding\s+)?(?:partners?|members?)\s+(?:of|in)\b", "partOf"),
    (r"\b(?:officers|staff|workers|colleagues|partners|practitioners|representatives|managers)\s+(?:from|in|within|based\s+in|working\s+in)\b", "coLocatedWith"),
    (r"\b(?:reports?|reporting)\s+(?:\w+\s+){0,2}?to\b", "reportsTo"),
    (r"\b(?:is|are)\s+(?:a\s+)?(?:sub[- ]?groups?|sub-committees?)\s+of\b", "subGroupOf"),
    (r"\b(?:is|are)\s+(?:a\s+)?members?\s+of\b|\bsits?\s+on\b|\brepresented\s+on\b", "memberOf"),
    (r"\bworks?\s+(?:\w+\s+){0,2}?with\b|\bworking\s+(?:\w+\s+){0,2}?with\b|\bpartnership\s+with\b|\bjoint\s+commissioning\s+with\b|\blinks?\s+(?:to|with)\b|\bliaises?\s+with\b|\btogether\s+with\b|\bin\s+collaboration\s+with\b|\bcollaborates?\s+with\b|\brelationships?\s+with\b", "worksWith"),
    (r"\b(?:delivered|run|provided|commissioned|developed)\s+(?:in\s+conjunction|jointly|in\s+partnership)\s+with\b|\bjointly\s+(?:with|by)\b|\bshared\s+with\b|\bin\s+conjunction\s+with\b", "deliveredWith"),
)
#: Words that refer back to a body named before ("the board", "both trusts") and the bodies they
#: may refer to: (pattern, how many, test on the body).
ANAPHORS = (
    (r"\b(?:both|the\s+two)\s+(?:NHS\s+)?trusts\b", 2, lambda b: b.body_type == "HealthBody" and "trust" in b.name.lower()),
    (r"\bthe\s+(?:NHS\s+)?trust\b(?!\s+(?:board|has\s+been))", 1, lambda b: "trust" in b.name.lower() and b.kind != "ChildrensTrust"),
    (r"\bthe\s+(?:safeguarding\s+)?board\b(?!'s\s+(?:chair|members))", 1, lambda b: b.body_type == "Board" and "board" in b.name.lower()),
    (r"\bthe\s+(?:safeguarding\s+)?partnership\b", 1, lambda b: b.body_type == "Board" and b.kind in ("SafeguardingBoard", "Partnership")),
    (r"\bthe\s+panel\b", 1, lambda b: b.body_type == "Board" and b.kind == "Panel"),
    (r"\bthe\s+(?:police\s+)?(?:force|constabulary)\b", 1, lambda b: b.kind == "Police"),
    (r"\bthe\s+hub\b", 1, lambda b: "hub" in b.name.lower() or "MASH" in b.acronyms),
    (r"\bthe\s+hubs\b", 1, lambda b: "hubs" in b.name.lower()),  # "the … Families hubs", not the one MASH
    (r"\bthe\s+(?:RAA|regional\s+adoption\s+agency)\b", 1, lambda b: b.kind == "AdoptionAgency"),
)
#: "the three safeguarding partners", "the statutory partners": the council, the police and the
#: health commissioners, who lead the safeguarding partnership.
SAFEGUARDING_PARTNERS = re.compile(r"\b(?:three|statutory|lead)\s+(?:safeguarding\s+)?partners\b|\bsafeguarding\s+partners\b", re.I)
ACTIVE = (
    (r"\b(?:provides?|delivers?|runs?|manages?|hosts?)\b", "providedBy"),  # A provides S → S providedBy A
    (r"\bcommissions?\b", "commissionedBy"),  # A commissions B → B commissionedBy A
    (r"\bchairs?\b", "chairedBy"),
)


#: The tables above, compiled once.
_PASSIVE = tuple((re.compile(pattern, re.I), relation) for pattern, relation in PASSIVE)
_ACTIVE = tuple((re.compile(pattern, re.I), relation) for pattern, relation in ACTIVE)
_ANAPHORS = tuple((re.compile(pattern, re.I), count, fits) for pattern, count, fits in ANAPHORS)
#: Whether a sentence holds any of them: one search instead of one per pattern (most hold none).
_ANY_ANAPHOR = re.compile("|".join(f"(?:{pattern})" for pattern, _, _ in ANAPHORS), re.I)
_STAFF = re.compile(r"(?:officers|staff|workers|colleagues|partners|practitioners|representatives|managers)\b", re.I)
_OF = re.compile(r"\bof\b")
_INCLUDING = re.compile(r",\s+including\s+(?:the\s+)?", re.I)
_HAS = re.compile(r"\b(?:has|have)\s+(?:(?:a|an|its\s+own|their\s+own|\w+)\s+){0,2}", re.I)
_CO_LOCATION = re.compile(r"\bco-?location\s+of\s+(?:the\s+)?", re.I)
_BETWEEN = re.compile(r"\bbetween\s+", re.I)
_SUB_GROUPS = re.compile(r"sub[- ]?groups?|sub-committees?", re.I)
_REPRESENTATIVES = re.compile(r"\b(?:include|includes|including|with)\s+representatives?\s+(?:from|of)\b", re.I)
_CLAUSE = re.compile(r"[;]|\.\s|\b(?:and|but|while|whilst|although)\s+(?:the\s+)?[a-z]+\s+(?:is|are|has|have)\b")
_GAP_STOP = re.compile(r"[.;:]")
_GAP_WORDS = re.compile(r"\b(?:of|to|which|that|with|who|is|are|was|were|has|have|for|by|from|in|on)\b", re.I)
#: "'s" and at most two words between a body and the body it owns: "the council's own fostering team"
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:(?:own|new|two|three|four|several|various)\s+){0,2}")
#: Words before a body that name people in it or an aside, not another body: "colleagues in the
#: responsible NHS trusts", "part of, and leads on, the regional adoption agency"
_SLACK = re.compile(
    r"\s*(?:,\s*and\s+(?:\w+\s+){1,2}?(?:on|in|with|to|for)\s*,\s*)?"
    r"(?:(?:their|its|the)\s+)?(?:(?:\w+\s+)?(?:colleagues|partners|staff|professionals|officers|leaders|managers|"
    r"representatives|workers|practitioners|clinicians)\s+(?:in|from|at|of|within|across)\s+)?"
)
#: A name, its comma, then its owner's possessive: "Speak Up, the local authority's …".
_APPOSED = re.compile(r",\s+(?:the\s+)?")
_OWNS_AFTER = re.compile(r"['’]s\s")
_AND = re.compile(r"\s+and\s+")
_LIST_GAP = re.compile(r"\s*(?:\([^)]*\))?\s*(?:,|and|,\s*and|&)?\s*(?:the\s+)?")


def find_relations(report: Report) -> list[Relation]:
    bodies = {b.key: b for b in report.bodies}
    by_paragraph: dict[int, list[Mention]] = {}
    for mention in report.mentions:
        by_paragraph.setdefault(mention.paragraph, []).append(mention)
    found: list[Relation] = []
    seen: set[tuple[str, str, str, int]] = set()

    def add(subject: str, relation: str, obj: str, paragraph: int, sentence: str) -> None:
        if subject == obj:
            return
        key = (subject, relation, obj, paragraph)
        if key in seen:
            return
        seen.add(key)
        found.append(Relation(subject, relation, obj, paragraph, sentence.strip()))

    authority = next((b.key for b in report.bodies if b.is_inspected_authority), None)
    previous: list[_Hit] = []  # the bodies named in the paragraph before, for references back
    for paragraph in report.paragraphs:
        mentions = by_paragraph.get(paragraph.number, [])
        base = paragraph.span.start
        earlier: list[str] = [h.key for h in previous]  # keys named so far, oldest first
        # a paragraph without the words a reference back or the safeguarding partners need has no
        # sentence with them: asked once for the paragraph instead of once for every sentence
        may_refer_back = prefilter.needs(_ANY_ANAPHOR, paragraph.text)
        may_name_partners = prefilter.needs(SAFEGUARDING_PARTNERS, paragraph.text)
        for offset, sentence in sentences(paragraph.text):
            hits = [
                _Hit(m.body, m.span.start - base - offset, m.span.end - base - offset)
                for m in mentions
                if 0 <= m.span.start - base - offset < len(sentence)
            ]
            if may_refer_back:
                hits += _references_back(sentence, hits, earlier, bodies)
            if len(hits) >= 2:
                _relations_in_sentence(sentence, hits, bodies, paragraph.number, add)
            if hits and authority is not None:
                _authority_works_with(sentence, hits, bodies, authority, paragraph.number, add)
            if may_name_partners:
                _safeguarding_partners(sentence, hits, bodies, report, paragraph.number, add)
            earlier += [h.key for h in sorted(hits, key=lambda h: h.start)]
        previous = [_Hit(k, 0, 0) for k in earlier[-6:]]
    return found


def _references_back(sentence: str, hits: list[_Hit], earlier: list[str], bodies) -> list[_Hit]:
    """"the board", "the trust", "both trusts": the body (or bodies) of that kind named last
    before, in this sentence or the ones before it."""
    found = []
    for pattern, count, fits in _ANAPHORS if prefilter.search(_ANY_ANAPHOR, sentence) else ():
        for match in prefilter.finditer(pattern, sentence):
            if any(h.start <= match.start() < h.end or match.start() <= h.start < match.end() for h in hits):
                continue  # part of a name: "the Safeguarding Board" is a mention already
            before = [h.key for h in sorted(hits, key=lambda h: h.start) if h.end <= match.start()]
            chosen: list[str] = []
            for key in reversed(earlier + before):
                if key in bodies and fits(bodies[key]) and key not in chosen:
                    chosen.append(key)
                if len(chosen) == count:
                    break
            if len(chosen) == count:
                found += [_Hit(key, match.start(), match.end()) for key in chosen]
    return found


#: Partnership stated as a noun, with no body as its subject: "There is strong partnership working
#: with the regional adoption agency", "Effective joint working with the police …"
_NOMINAL_PARTNERSHIP = re.compile(
    r"\b(?:partnership\s+working|joint\s+working|(?:close\s+|strong\s+|effective\s+|good\s+)?(?:working\s+)?"
    r"(?:relationships?|links|partnerships?|collaboration)|(?:joint|close|effective|strong)\s+work)\s+with\b",
    re.IGNORECASE,
)


def _authority_works_with(sentence, hits, bodies, authority, paragraph, add) -> None:
    """The report is about the inspected council: partnership stated with no other subject is its
    ("There is strong, effective partnership working with the regional adoption agency")."""
    for match in prefilter.finditer(_NOMINAL_PARTNERSHIP, sentence):
        if any(h.end <= match.start() for h in hits):
            continue  # a body before the phrase is its subject: read by the sentence patterns
        for obj in _listed_after(sentence, sorted(hits, key=lambda h: h.start), match.end()):
            if bodies[obj.key].body_type != "LocalAuthority" or obj.key != authority:
                add(authority, "worksWith", obj.key, paragraph, sentence)


def _safeguarding_partners(sentence, hits, bodies, report, paragraph, add) -> None:
    """"The three safeguarding partners …": the council, the police and the health commissioners
    named in the report are each a partner of the safeguarding partnership."""
    if not prefilter.search(SAFEGUARDING_PARTNERS, sentence):
        return
    partnership = next((h.key for h in hits if bodies[h.key].kind == "SafeguardingBoard"), None)
    if partnership is None:
        partnership = next((b.key for b in report.bodies if b.kind == "SafeguardingBoard" and b.generic), None)
    partners = [h.key for h in hits if bodies[h.key].kind in ("Police", "ClinicalCommissioningGroup", "IntegratedCareBoard")
                or bodies[h.key].is_inspected_authority]
    if len(partners) < 2:  # named as a group only: the report's council, police and health commissioners
        own_force = police_force_of(report.authority)
        partners = [b.key for b in report.bodies if b.is_inspected_authority or (
            b.generic and b.kind in ("ClinicalCommissioningGroup", "IntegratedCareBoard"))
            or b.kind == "Police" and (b.generic or b.name == own_force)]  # the force policing the council's area
    if partnership is not None:
        for partner in partners:
            add(partner, "safeguardingPartnerOf", partnership, paragraph, sentence)


def _relations_in_sentence(sentence, hits, bodies, paragraph, add) -> None:
    hits = sorted(hits, key=lambda h: h.start)
    # Passive and prepositional phrases: SUBJECT <phrase> OBJECT[, OBJECT and OBJECT]
    for pattern, relation in _PASSIVE:
        for match in prefilter.finditer(pattern, sentence):
            if relation == "providerOf":  # "the main providers of X are Y and Z"
                provided = _listed_after(sentence, hits, match.end())
                verb = re.match(r"\s*(?:are|is|were|was)\s+", sentence[provided[-1].end :]) if provided else None
                if verb:
                    for provider in _listed_after(sentence, hits, provided[-1].end + verb.end()):
                        for service in provided:
                            add(service.key, "providedBy", provider.key, paragraph, sentence)
                continue
            limit = 1 if _STAFF.match(match.group(0)) else 6
            subjects = [h for h in hits if h.end <= match.start() and not _crosses_clause(sentence, h.end, match.start())
                        and (relation in ("worksWith", "deliveredWith") or len(sentence[h.end : match.start()].split()) <= limit)
                        and not _OF.search(sentence[h.end : match.start()])]
            objects = _listed_after(sentence, hits, match.end())
            if not subjects or not objects:
                continue
            subject = subjects[-1]
            for obj in objects:
                add(subject.key, relation, obj.key, paragraph, sentence)
                if relation == "deliveredWith" and bodies[obj.key].body_type == "LocalAuthority":
                    # a service run jointly with another council is provided (in part) by it
                    add(subject.key, "providedBy", obj.key, paragraph, sentence)
    for pattern, relation in _ACTIVE:
        for match in prefilter.finditer(pattern, sentence):
            actors = [h for h in hits if h.end <= match.start() and not _crosses_clause(sentence, h.end, match.start())]
            objects = _listed_after(sentence, hits, match.end())
            if not actors or not objects:
                continue
            for obj in objects:
                if relation == "providedBy" and bodies[obj.key].body_type != "Service":
                    continue
                add(obj.key, relation, actors[-1].key, paragraph, sentence)
    # "The care leavers service, including the unaccompanied asylum-seeking children's team, …"
    for match in prefilter.finditer(_INCLUDING, sentence):
        owners = [h for h in hits if h.end <= match.start() and sentence[h.end : match.start()].strip() == ""]
        for part in _listed_after(sentence, hits, match.end()):
            if owners and bodies[part.key].body_type in ("Service", "Board") and bodies[owners[-1].key].body_type in ("Service", "Board"):
                add(part.key, "partOf", owners[-1].key, paragraph, sentence)
    # "Anyshire and Wyre children's services has a specialist therapeutic team", "The LSCB has four sub-groups"
    for match in prefilter.finditer(_HAS, sentence):
        owners = [h for h in hits if h.end <= match.start() and not _crosses_clause(sentence, h.end, match.start())
                  and len(sentence[h.end : match.start()].split()) <= 1]
        parts = _listed_after(sentence, hits, match.end())
        if owners and bodies[owners[-1].key].body_type in ("LocalAuthority", "Service", "Board"):
            for part in parts:
                if bodies[part.key].body_type in ("Service", "Board") and sentence[match.end() : part.start].strip() == "":
                    relation = "subGroupOf" if bodies[part.key].kind in ("SubGroup", "Panel") and bodies[owners[-1].key].body_type == "Board" else "partOf"
                    add(part.key, relation, owners[-1].key, paragraph, sentence)
    # "the co-location of health and police partners in the MASH"
    for match in prefilter.finditer(_CO_LOCATION, sentence):
        together = _listed_after(sentence, hits, match.end())
        place = re.match(r"\s*(?:\w+\s+){0,2}?(?:in|at|within)\s+", sentence[together[-1].end :]) if together else None
        if place:
            together += _listed_after(sentence, hits, together[-1].end + place.end())[:1]
        for i, first in enumerate(together):
            for second in together[i + 1 :]:
                add(first.key, "coLocatedWith", second.key, paragraph, sentence)
    # "links between A and B", "arrangements are secure between A and B"
    for match in prefilter.finditer(_BETWEEN, sentence):
        pair = _listed_after(sentence, hits, match.end())
        if len(pair) == 2:
            add(pair[0].key, "worksWith", pair[1].key, paragraph, sentence)
    # "the local authority's children in care councils", "the board's learning sub-group": whose it is
    for first, second in zip(hits, hits[1:]):
        a, b = bodies[first.key], bodies[second.key]
        if (_POSSESSIVE_GAP.fullmatch(sentence[first.end : second.start]) and a.body_type in ("LocalAuthority", "Board")
                and b.body_type in ("Service", "Board") and first.key != second.key):
            relation = "subGroupOf" if a.body_type == "Board" and b.kind in ("SubGroup", "Panel") else "partOf"
            add(second.key, relation, first.key, paragraph, sentence)
    # "Anyford Police's child exploitation unit", "Barnardo's Futures": a partner's own team, its name says whose
    for hit in hits:
        owner = bodies[hit.key].part_of
        if owner in bodies:
            add(hit.key, "partOf", owner, paragraph, sentence)
    # "Speak Up and Reach Out, the local authority's children in care councils": whose the named ones are
    for i, owner in enumerate(hits[1:], start=1):
        if bodies[owner.key].body_type != "LocalAuthority" or not _OWNS_AFTER.match(sentence, owner.end) \
                or not _APPOSED.fullmatch(sentence, hits[i - 1].end, owner.start):
            continue
        named = hits[i - 2 : i] if i >= 2 and _AND.fullmatch(sentence, hits[i - 2].end, hits[i - 1].start) else hits[i - 1 : i]
        for hit in named:
            if bodies[hit.key].body_type in ("Service", "Board") and hit.key != owner.key:
                add(hit.key, "partOf", owner.key, paragraph, sentence)
    # A service directly before a named one: "the early help Brighter Days hubs"
    for first, second in zip(hits, hits[1:]):
        a, b = bodies[first.key], bodies[second.key]
        if a.body_type == "Service" and b.body_type == "Service" and sentence[first.end : second.start] == " " \
                and a.generic and b.name[:1].isupper() and first.key != second.key:
            add(second.key, "partOf", first.key, paragraph, sentence)
    # A council's name directly before a service: "Anyshire emergency duty team (EDT)".
    for first, second in zip(hits, hits[1:]):
        a, b = bodies[first.key], bodies[second.key]
        gap = sentence[first.end : second.start]
        if a.body_type == "LocalAuthority" and b.body_type == "Service" and gap.strip() == "":
            add(second.key, "providedBy", first.key, paragraph, sentence)
    # "X has four sub groups in addition to the serious case review sub group and the CDOP"
    if prefilter.search(_SUB_GROUPS, sentence):
        boards = [h for h in hits if bodies[h.key].kind == "SafeguardingBoard"]
        if boards:
            for hit in hits:
                body = bodies[hit.key]
                if hit.start > boards[0].start and body.body_type == "Board" and body.kind in ("SubGroup", "Panel"):
                    add(hit.key, "subGroupOf", boards[0].key, paragraph, sentence)
    # "A and B, which include representatives from C"
    match = prefilter.search(_REPRESENTATIVES, sentence)
    if match:
        groups = [h for h in hits if h.end <= match.start() and bodies[h.key].body_type == "Board"]
        members = _listed_after(sentence, hits, match.end())
        for member in members:
            for group in groups[-2:]:
                add(member.key, "memberOf", group.key, paragraph, sentence)


def _crosses_clause(sentence: str, start: int, end: int) -> bool:
    between = sentence[start:end]
    return bool(_CLAUSE.search(between))


def _listed_after(sentence: str, hits: list[_Hit], position: int) -> list[_Hit]:
    """The bodies listed right after ``position``: "by A, B and the C" (a few words of slack
    before the first, only list punctuation between the others)."""
    listed: list[_Hit] = []
    cursor = position
    for hit in hits:
        if listed and hit.start == listed[-1].start and hit.end == listed[-1].end:
            listed.append(hit)  # "both trusts": one phrase, two bodies
            continue
        if hit.start < cursor:
            continue
        gap = sentence[cursor : hit.start]
        if not listed:
            gap = gap[_SLACK.match(gap).end() :]
            if _GAP_STOP.search(gap) or len(gap.split()) > 6:
                break
            if len(gap.split()) > 3 and _GAP_WORDS.search(gap):
                break
        elif not _LIST_GAP.fullmatch(gap):
            break
        listed.append(hit)
        cursor = hit.end
    return listed
