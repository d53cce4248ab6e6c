"""Finding typed relations between bodies stated in a sentence: a service provided by a trust, a
sub-group of a board, a service run by or with another council, a group reporting to a board, a
body commissioning another, membership, working together. Each relation keeps its paragraph and
the sentence that states it. Works on mentions, so it knows nothing of names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import sentences
from .model import Mention, Relation, Report


@dataclass
class _Hit:
    key: str
    start: int  # within the sentence
    end: int


# Verb phrases: (regex between subject and object, relation, subject is before the phrase)
PASSIVE = (
    (r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:provided|delivered|run|managed|hosted|led|operated)\s+(?:\w+\s+)?by\b", "providedBy"),
    (r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}?commissioned\s+(?:\w+\s+)?(?:by|from)\b", "commissionedBy"),
    (r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}?chaired\s+by\b", "chairedBy"),
    (r"\b(?:now\s+)?(?:is|are)?\s*(?:now\s+)?(?:a\s+)?part\s+of\b", "partOf"),
    (r"\b(?:reports?|reporting)\s+(?:\w+\s+){0,2}?to\b", "reportsTo"),
    (r"\b(?:is|are)\s+(?:a\s+)?(?:sub[- ]?groups?|sub-committees?)\s+of\b", "subGroupOf"),
    (r"\b(?:is|are)\s+(?:a\s+)?members?\s+of\b|\bsits?\s+on\b|\brepresented\s+on\b", "memberOf"),
    (r"\bworks?\s+(?:\w+\s+){0,2}?with\b|\bworking\s+(?:\w+\s+){0,2}?with\b|\bpartnership\s+with\b|\bjoint\s+commissioning\s+with\b|\blinks?\s+(?:to|with)\b|\bliaises?\s+with\b", "worksWith"),
    (r"\b(?:delivered|run|provided)\s+(?:in\s+conjunction|jointly|in\s+partnership)\s+with\b|\bshared\s+with\b", "deliveredWith"),
)
ACTIVE = (
    (r"\b(?:provides?|delivers?|runs?|manages?|hosts?)\b", "providedBy"),  # A provides S → S providedBy A
    (r"\bcommissions?\b", "commissionedBy"),  # A commissions B → B commissionedBy A
    (r"\bchairs?\b", "chairedBy"),
)


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

    for paragraph in report.paragraphs:
        mentions = by_paragraph.get(paragraph.number, [])
        if len(mentions) < 1:
            continue
        base = paragraph.span.start
        for offset, sentence in sentences(paragraph.text):
            hits = [
                _Hit(m.body, m.span.start - base - offset, m.span.end - base - offset)
                for m in mentions
                if 0 <= m.span.start - base - offset < len(sentence)
            ]
            if len(hits) < 2:
                continue
            _relations_in_sentence(sentence, hits, bodies, paragraph.number, add)
    return found


def _relations_in_sentence(sentence, hits, bodies, paragraph, add) -> None:
    hits = sorted(hits, key=lambda h: h.start)
    # Passive and prepositional phrases: SUBJECT <phrase> OBJECT[, OBJECT and OBJECT]
    for pattern, relation in PASSIVE:
        for match in re.finditer(pattern, sentence, re.I):
            subjects = [h for h in hits if h.end <= match.start() and not _crosses_clause(sentence, h.end, match.start())]
            objects = _listed_after(sentence, hits, match.end())
            if not subjects or not objects:
                continue
            subject = subjects[-1]
            for obj in objects:
                add(subject.key, relation, obj.key, paragraph, sentence)
                if relation == "deliveredWith" and bodies[obj.key].body_type == "LocalAuthority":
                    # a service run jointly with another council is provided (in part) by it
                    add(subject.key, "providedBy", obj.key, paragraph, sentence)
    for pattern, relation in ACTIVE:
        for match in re.finditer(pattern, sentence, re.I):
            actors = [h for h in hits if h.end <= match.start() and not _crosses_clause(sentence, h.end, match.start())]
            objects = _listed_after(sentence, hits, match.end())
            if not actors or not objects:
                continue
            for obj in objects:
                if relation == "providedBy" and bodies[obj.key].body_type != "Service":
                    continue
                add(obj.key, relation, actors[-1].key, paragraph, sentence)
    # "links between A and B", "arrangements are secure between A and B"
    for match in re.finditer(r"\bbetween\s+", sentence, re.I):
        pair = _listed_after(sentence, hits, match.end())
        if len(pair) == 2:
            add(pair[0].key, "worksWith", pair[1].key, paragraph, sentence)
    # A council's name directly before a service: "Wakefield emergency duty team (EDT)".
    for first, second in zip(hits, hits[1:]):
        a, b = bodies[first.key], bodies[second.key]
        gap = sentence[first.end : second.start]
        if a.body_type == "LocalAuthority" and b.body_type == "Service" and gap.strip() == "":
            add(second.key, "providedBy", first.key, paragraph, sentence)
    # "X has four sub groups in addition to the serious case review sub group and the CDOP"
    if re.search(r"sub[- ]?groups?|sub-committees?", sentence, re.I):
        boards = [h for h in hits if bodies[h.key].kind == "SafeguardingBoard"]
        if boards:
            for hit in hits:
                body = bodies[hit.key]
                if hit.start > boards[0].start and body.body_type == "Board" and body.kind in ("SubGroup", "Panel"):
                    add(hit.key, "subGroupOf", boards[0].key, paragraph, sentence)
    # "A and B, which include representatives from C"
    match = re.search(r"\b(?:include|includes|including|with)\s+representatives?\s+(?:from|of)\b", sentence, re.I)
    if match:
        groups = [h for h in hits if h.end <= match.start() and bodies[h.key].body_type == "Board"]
        members = _listed_after(sentence, hits, match.end())
        for member in members:
            for group in groups[-2:]:
                add(member.key, "memberOf", group.key, paragraph, sentence)


def _crosses_clause(sentence: str, start: int, end: int) -> bool:
    between = sentence[start:end]
    return bool(re.search(r"[;]|\.\s|\b(?:and|but|while|whilst|although)\s+(?:the\s+)?[a-z]+\s+(?:is|are|has|have)\b", between))


def _listed_after(sentence: str, hits: list[_Hit], position: int) -> list[_Hit]:
    """The bodies listed right after ``position``: "by A, B and the C" (a few words of slack
    before the first, only list punctuation between the others)."""
    listed: list[_Hit] = []
    cursor = position
    for hit in hits:
        if hit.start < cursor:
            continue
        gap = sentence[cursor : hit.start]
        if not listed:
            if len(gap.split()) > 3 or re.search(r"[.;:]", gap):
                break
        elif not re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|,\s*and|&)?\s*(?:the\s+)?", gap):
            break
        listed.append(hit)
        cursor = hit.end
    return listed
