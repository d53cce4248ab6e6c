"""Names with no kind word that a sentence's frame gives away: ``_discover_appositions`` runs the finders of the
modules below over a sentence (partners, lists, described names, brands) and reads itself the frames that name a body
outright: a group of young people's name, a verb of partnership ("commissioned from …"), a name in quotes after a
body's kind, "known as …", "(hereafter …)"."""
from __future__ import annotations

import dataclasses
import functools
import re

from .. import prefilter
from ..gazetteer import LEADING_NON_NAME, NOT_BODY_NAMES, PHRASE_HEADS
from .text import _tidy
from .registry import _add_short_form, BodyRegistry, _Found, _is_proper, _standing
from .scan import _HEADS
from .vocabulary import _A_POST_FOR, _BRAND_AND_PLACE, _HOUSING_CONTEXT, _KNOWN_AS, _NOT_A_BODY_NAME, _PROVIDED_VERBS, _SAFEGUARDING_BOARDS_SHORT_FORM
from .partners import _partner_name, _WEAK_VERB_GROUPS
from .lists import (
    _COMMISSIONERS_LISTED,
    _discover_commissioners_listed,
    _discover_examples,
    _discover_listed_with_a_charity,
    _discover_pairs_of_fields,
    _discover_trusts_listed,
    _FIELDS_PAIRED,
    _TRUSTS_LISTED,
)
from .described import (
    _CARE_PLACE_AT,
    _CHARITY,
    _CHARITY_AFTER,
    _CHARITY_AND_ITS_SERVICE,
    _DEFINED_THEN_DOES,
    _DESCRIBED_THEN_BRACKETED_NAME,
    _discover_charities_services,
    _discover_defined_by_what_it_does,
    _discover_described_names,
    _discover_models_defined,
    _discover_models_named,
    _discover_named_in_brackets,
    _discover_names_which_serve,
    _discover_providers,
    _KIND_THEN_NAME,
    _LOCAL_NAME_FOR,
    _NAME_THEN_MODEL,
    _NAME_THEN_PROVIDER,
    _PLACE_YMCA,
    _TEAM_THEN_NAME,
    _TITLE_DEFINED_THEN_MODEL,
)
from .brands import (
    _PLACE_BRANDED,
    _discover_adoption_agencies,
    _discover_landlords_by_place,
    _discover_landlords_named_by_place,
    _discover_people_of_a_region,
    _discover_place_brands,
    _discover_place_partnerships,
    _discover_safer_areas,
    _discover_young_places,
)


_GROUP_OF_YOUNG = re.compile(
    r"\b(?:a|the)\s+(?:consultative\s+)?group\s+of\s+(?:looked after\s+)?(?:children and\s+)?young\s+people,?\s+"
    r"(?:called\s+|known\s+as\s+)?(?:the\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,4})"
)
_NAMED_AS = re.compile(
    rf"\b{_KNOWN_AS}\s+(?:the\s+)?"
    r"(?:[‘']([A-Z][^’'\n]{1,40})[’']|([A-Z][\w'’@]+(?:-[a-z]+)?(?:\s+(?:(?:for|of|and|in|by|with|to|around|about|on|up|out|at|into|the|a)\s+)?"
    r"(?:[A-Z][\w'’@]+|\d\s+[A-Z][\w'’@]+)){0,4}"  # ("known as Voice 4 Change": a digit and a capital, one step; "known as
    # the Bi-borough Partnership": a hyphened word first)
    r"(?:\s+(?:for|on|of)\s+the\s+[A-Z][\w'’@]+(?=\s*[,.;:()]|\s+(?:which|who|is|are|was|were|has|have|and)\b))?))"
    # ("… Services for the Future, which …", "the Hub on the Move": a title's last words, a small word and an article, up to the
    # clause's end; not "Turning Point for the Young People of Kent", "Partners in Practice with the Department …")
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,7})\))?"
)


#: A kind word a few words before "called …" / "known as …": what kind of body the name names.
_KIND_BEFORE_NAME = re.compile(
    r"\b(" + "|".join(sorted((re.escape(h) for h in PHRASE_HEADS), key=len, reverse=True)) + r")s?\b"
    r"(?:\s+(?!called|known|named)[\w'’-]+){0,8},?\s*$",
    re.IGNORECASE,
)


#: A quoted name: where ``_QUOTED_AFTER`` may match (white space, a quote, a capital), found from
#: the quote, which the regex engine skips to (a pattern opening with "\s" is tried at every space).
_QUOTED_NAME = re.compile(r"[‘'](?<=\s[‘'])[A-Z]")
_QUOTED_AFTER = re.compile(r"^\s+[‘'](?P<name>[A-Z][^’'\n]{2,40})[’']\s*(?:\((?P<acronym>[A-Z][A-Za-z0-9]{1,7})\))?")


#: Verbs of partnership that introduce a body by its name alone: "commissioned from Anyshire Talks", "purchased from Wyre
#: Families" (a weak one, ``_WEAK_VERB_GROUPS``), "delivered through 'The Lighthouse'", "support from Adopters Together", "a
#: partnership with Wyre Cares", "tenancies with Wyre Living", "commissions Wyre Voices to run …" ("commissions" and a name
#: only before what it is commissioned to do, ``_TO_DO_AFTER``; "commissions … from" a name is the agreements' alternative's).
_INTRODUCED_BY = re.compile(
    r"\b(?P<verb>commission(?:ed|s)\s+(?:from\s+|with\s+)?|(?:provided|delivered|run|funded|hosted|offered)\s+(?:under\s+contract\s+)?(?:by|through)\s+|(?:employed|contracted)\s+by\s+"
    # a body "led by" a partner (not "the review was led by …", a person's; "the work is led by …")
    r"|(?:(?<=service )|(?<=project )|(?<=scheme )|(?<=consortium )|(?<=partnership )|(?<=programme )|(?<=initiative ))led\s+by\s+"
    + "".join(rf"|{group}\s+" for group in _WEAK_VERB_GROUPS)
    + r"|through\s+|(?:support|counselling|help|advocacy|mentoring)\s+from\s+|in\s+partnership\s+with\s+"
    r"|jointly\s+with\s+|co-located\s+with\s+|(?P<tenancy>tenanc(?:y|ies)\s+(?:with|from)\s+)"
    r"|(?P<agreement>(?:protocol|agreement|contract|partnership)\s+with\s+|facilitated\s+by\s+"
    r"|commissions\s+(?:(?!(?:for|to|of|in|with|that|who|which|children|young|people)\s)[a-z][\w-]*\s+){1,6}from\s+))"
    # "a protocol with Housing Wyre", "facilitated by Investing in Wyre", "commissions supported accommodation from
    # Roundabout" (not "… for children from Wyre")
    r"(?:the\s+)?(?:[‘'](?P<quoted>[A-Z](?:[^’'\n]|[’'](?=[a-z])){1,40})[’'](?![a-z])"
    r"|(?P<name>(?:\d{1,3}(?:st|nd|rd|th)\s+(?=[A-Z]))?[A-Z][\w’'&@-]*(?:\s+(?:[A-Z][\w’'&@-]*|for|of|and|in|the|\d(?:st|nd|rd|th)\b|\d(?=\s+[A-Z])|\d{1,3}(?=\s*[,.;:)]|\s+(?:to|which|who|is|are|was|were|has|have|had|provides?|offers?|runs?|supports?)\b))){0,4}))"
    # ("Adoption@Heart"; a number ends a name: "delivered by Centre 44", "tenancies with Housing 21"; an ordinal opens one:
    # "provided by 42nd Street")
)
#: "to" and a verb after a name "commissions" introduces: what the partner is commissioned to do.
_TO_DO_AFTER = re.compile(r"\s+to\s+(?:[a-z]+\s+)?(?:run|provide|deliver|offer|support|carry|undertake|work|lead|host|conduct|complete|facilitate)\b")
#: "&" and a title's last words up to its kind word after a name a verb introduces: the name is the
#: start of a title ("support from the Edge of Care & Reunification Team"), which the kind's finder reads.
_TITLE_GOES_ON_WITH_AMPERSAND = re.compile(r"\s+&\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Team|Service|Unit|Project|Hub|Panel|Programme)\b")


#: One test for the finders of a voluntary organisation or programme by its kind or its description.
_ANY_PROVIDER_KIND = prefilter.Needs(_NAME_THEN_PROVIDER, _CHARITY_AFTER, _CHARITY, _KIND_THEN_NAME, _TEAM_THEN_NAME, _CARE_PLACE_AT, _BRAND_AND_PLACE, _PLACE_YMCA,
                                     _LOCAL_NAME_FOR)


#: A name the report gives a body for the rest of its text, in brackets after it: "(hereafter 'the
#: partnership')", "(hereafter referred to as the Board)", "(henceforth ASP)".
_HEREAFTER = re.compile(r"\(\s*(?:[Hh]ereafter|[Hh]ereinafter|[Hh]enceforth),?\s+(?:referred\s+to\s+as\s+|called\s+|known\s+as\s+)?"
                        r"[‘'\"“]?(?P<name>[^’'\"”()]{2,40}?)[’'\"”]?\s*\)")


#: A name given hereafter: a short form, a name in capitals, or "the" and a kind word ("the partnership", "the trust").
_A_NAME_GIVEN = re.compile(r"[A-Z][A-Za-z0-9&]{1,7}|[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}|the\s+(?:[\w’'-]+\s+){0,2}(?:"
                           + _HEADS + r"|trust|authority|council|ICB|CCG)")


def _discover_names_hereafter(sentence: str, registry: BodyRegistry) -> None:
    """See ``_HEREAFTER``: the name another of the body named right before it, the longest name the
    report knows that ends there."""
    for match in _HEREAFTER.finditer(sentence):
        before = _tidy(sentence[: match.start()]).lower()
        owner = next((key for alias, key in sorted(registry.lower_aliases.items(), key=lambda kv: -len(kv[0]))
                      if before.endswith(alias) and (len(before) == len(alias) or not before[-len(alias) - 1].isalnum())
                      and not re.search(r"\b(?:in|of|for|to|by|from|with|at)\s+(?:the\s+)?$", before[: len(before) - len(alias)])), None)
        name = _tidy(match.group("name"))
        if owner is None or owner not in registry.bodies or not _A_NAME_GIVEN.fullmatch(name):
            continue  # "Children in care in Anyshire (hereafter 'children')": a plain word for people, not a body's name
        if name.isupper() and len(name) <= 8:
            _add_short_form(registry, owner, "", name)  # "(henceforth ASP)": a short form
        else:
            _add_short_form(registry, owner, name, None)  # "(hereafter 'the partnership')": kept with its article, as a
            # mention needs it (not every "partnership")


def _discover_appositions(sentence: str, registry: BodyRegistry) -> None:
    """"a group of young people, Young Voices," and "the Children in Care Council known as
    the Speak Up Crew": names of bodies that carry no kind word."""
    if "Adopt" in sentence or "Fostering " in sentence:
        _discover_adoption_agencies(sentence, registry)
    for match in prefilter.finditer(_GROUP_OF_YOUNG, sentence):
        name = match.group(1)
        if name.split()[0].lower() in LEADING_NON_NAME:
            continue
        registry.add(_Found(name, "Board", "YouthForum", 0, 0), proper=False)
    _discover_examples(sentence, registry)
    if " and " in sentence and prefilter.needs(_FIELDS_PAIRED, sentence):
        _discover_pairs_of_fields(sentence, registry)
    if ")" in sentence and prefilter.needs(_DEFINED_THEN_DOES, sentence):
        _discover_defined_by_what_it_does(sentence, registry)
    if ")" in sentence and prefilter.needs(_DESCRIBED_THEN_BRACKETED_NAME, sentence):
        _discover_named_in_brackets(sentence, registry)
    if prefilter.needs(_CHARITY_AND_ITS_SERVICE, sentence):
        _discover_charities_services(sentence, registry)
    if _ANY_PROVIDER_KIND(sentence):  # most sentences name no charity, provider or organisation
        _discover_providers(sentence, registry)
    if ", " in sentence or " is " in sentence:
        _discover_described_names(sentence, registry)
    if " and " in sentence:  # names listed with a charity the report names ("Wyrebrook, Barnardo's and …", "Wyre Trust and
        # Safer Anyford provide …")
        _discover_listed_with_a_charity(sentence, registry)
    if " and " in sentence and prefilter.needs(_COMMISSIONERS_LISTED, sentence):
        _discover_commissioners_listed(sentence, registry)
    if " and " in sentence and prefilter.needs(_TRUSTS_LISTED, sentence):
        _discover_trusts_listed(sentence, registry)
    if "Homes " in sentence and _HOUSING_CONTEXT.search(sentence):
        _discover_landlords_named_by_place(sentence, registry)
    if (" at Home" in sentence or " Living" in sentence) and (_HOUSING_CONTEXT.search(sentence) or "accommodation" in sentence):
        _discover_landlords_by_place(sentence, registry)
    if "Health and Care Partners" in sentence:
        _discover_place_partnerships(sentence, registry)
    if " East" in sentence or " West" in sentence or " Midlands" in sentence:
        _discover_people_of_a_region(sentence, registry)
    if "Safer " in sentence:  # after the finders that read what it is ("Safer Anyford, the community safety partnership")
        _discover_safer_areas(sentence, registry)
    if "Young " in sentence:
        _discover_young_places(sentence, registry)
    if prefilter.needs(_PLACE_BRANDED, sentence):  # (its words read from the pattern, not listed again here)
        _discover_place_brands(sentence, registry)
    if ", which " in sentence or ", part of " in sentence or any(f", {verb} " in sentence for verb in _PROVIDED_VERBS):
        _discover_names_which_serve(sentence, registry)
    if "practice" in sentence or prefilter.needs(_NAME_THEN_MODEL, sentence):
        _discover_models_named(sentence, registry)
    if ") " in sentence and prefilter.needs(_TITLE_DEFINED_THEN_MODEL, sentence):
        _discover_models_defined(sentence, registry)
    if "ereafter" in sentence or "enceforth" in sentence:
        _discover_names_hereafter(sentence, registry)
    for match in prefilter.finditer(_INTRODUCED_BY, sentence):  # "commissioned from Anyshire Talks"
        if _TITLE_GOES_ON_WITH_AMPERSAND.match(sentence, match.end()):
            continue
        name = _partner_name(sentence, match, registry)
        if name and match.group("verb").split() == ["commissions"] and not _TO_DO_AFTER.match(sentence, match.end()):
            continue  # "the council commissions Wyre Voices to run …": a partner that does the work (not "commissions Serious Case
            # Reviews", a piece of work)
        if name:
            head = next((w.lower() for w in name.split() if w.lower() in PHRASE_HEADS), None)  # "Team Around the Child"
            body_type, kind = PHRASE_HEADS[head] if head else ("PartnerOrganisation", "PartnerOrganisation"
                                                              if match.group("verb").startswith(("operated", "managed"))
                                                              else "HousingProvider" if match.group("tenancy") else "VoluntaryOrganisation")
            # (a home or a centre "operated by" a company as often as a charity: a partner of no one kind; "tenancies with
            # Wyre Living": a landlord)
            found = _Found(name, body_type, kind, 0, 0)
            if not head and match.group("verb").startswith(("employed", "contracted")):
                if re.match(r"\s+(?:[A-Z]|&\s)", sentence[match.end() :]):
                    continue  # a longer name than the pattern reads ("employed by North Tees and Hartlepool NHS Foundation Trust")
                # "nurses employed by Wyre Care": an employer, a trust or a company as often as a charity, and often a
                # trust's everyday name ("employed by Oxleas"): read once every sentence is, see ``_add_unkinded``
                registry.unkinded.append(dataclasses.replace(found, kind="PartnerOrganisation"))
                continue
            registry.add(found, _is_proper(found, registry.authority_names))
    # "The CiCC 'Speak up, speak out' (SUSO)": a body's own name, in quotes, after its kind
    quoted_names = _QUOTED_NAME.search(sentence) is not None
    for alias, key in sorted(registry.aliases.items(), key=lambda kv: -len(kv[0])) if quoted_names else ():
        for found_end in _word_ends(sentence, alias):
            quoted = _QUOTED_AFTER.match(sentence[found_end:])
            if quoted is not None and registry.bodies[key].body_type == "Board":
                _add_short_form(registry, key, quoted.group("name"), quoted.group("acronym"))
    for match in prefilter.finditer(_NAMED_AS, sentence):
        before = sentence[: match.start()]
        owner = None
        lowered, folded = prefilter.lowered(before)  # an alias not in it is not compiled to be looked for
        for alias, key in sorted(registry.lower_aliases.items(), key=lambda kv: -len(kv[0])):
            if (folded or not alias.isascii() or alias.lower() in lowered) \
                    and _alias_pattern(r"\b", alias, r"\s*[,(]?\s*(?:(?:which|that)\s+is\s+|to\s+be\s+|now\s+)?$", re.IGNORECASE).search(before):
                # "…, known as", "… (known as", "…, which is known locally as"
                owner = key
                break
        if owner is None and (bracket := _SHORT_FORM_BRACKETED_BEFORE.search(before)) is not None \
                and not match.group(0).startswith(("known collectively", "called", "named")):
            owner = registry.aliases.get(bracket.group(1))  # "the multi-agency safeguarding hub (MASH), known locally as
            # Compass": the body the bracket's short form is already a name of (not "the police (PPNs), known as …", "the
            # three partners (KSP), known collectively as …", "the duty team (EDT), called Anyshire Police")
        named = _tidy(match.group(1) or match.group(2) or "")
        if owner is not None and registry.bodies[owner].body_type != "LocalAuthority" and not _NOT_A_BODY_NAME.search(named) \
                and named.lower() not in NOT_BODY_NAMES:
            # "the multi-agency safeguarding hub, known as the Front Door": another name of the body
            _add_short_form(registry, owner, named, match.group("acronym"))
            continue
        kind_word = _KIND_BEFORE_NAME.search(before)
        arrangements = kind_word is None and _partners_new_arrangements(before)
        name = _tidy(match.group(1) or match.group(2) or "")
        if owner is None and (kind_word is not None or arrangements) and name and name.split()[0].lower() not in LEADING_NON_NAME \
                and not _A_POST_FOR.match(name) \
                and not re.match(r"referred\s+to\s+(?!as\b)\w", match.group(0)):  # not "children referred to by schools as …"
            # "a council for children looked after called Our Voices Count (OVC)": a body of that kind
            head = "partnership" if kind_word is None else kind_word.group(1).lower()  # ("new safeguarding arrangements, to be
            # known as Wyre Safeguarding Together": the partners' arrangements by their name)
            if name.split()[-1].lower() in PHRASE_HEADS:
                head = name.split()[-1].lower()  # "a group for 8 to 12 year olds, referred to as the Junior Council": its own kind word
            body_type, kind = PHRASE_HEADS.get(head) or PHRASE_HEADS[head.rstrip("s")]
            acronym = match.group("acronym")
            registry.add(_Found(name, body_type, kind, 0, 0, (acronym,) if acronym else ()), proper=True)


def _partners_new_arrangements(before: str) -> bool:
    """Whether the words before "known as" end in the partners' new arrangements (``_NEW_ARRANGEMENTS_BEFORE``), safeguarding's
    own ("new safeguarding arrangements, known as …") or after a board or the partners ("The Wyre LSCB is moving to new
    arrangements, to be known as …"): a safeguarding partnership named (not "the council's new arrangements, known as
    Contextual Safeguarding", a way of working)."""
    arrangements = _NEW_ARRANGEMENTS_BEFORE.search(before)
    return arrangements is not None and (bool(arrangements.group("safeguarding"))
                                         or _A_BOARD_OR_THE_PARTNERS.search(before, max(0, arrangements.start() - 100), arrangements.start()) is not None)


_NEW_ARRANGEMENTS_BEFORE = re.compile(r"\b[Nn]ew\s+(?:(?:multi-agency|partnership|local)\s+){0,2}(?P<safeguarding>safeguarding\s+)?arrangements,?\s+"
                                      r"(?:(?:to\s+be|now|which\s+(?:are|will\s+be))\s+)?$")
_A_BOARD_OR_THE_PARTNERS = re.compile(rf"\b(?:[Bb]oard|{_SAFEGUARDING_BOARDS_SHORT_FORM}|[Pp]artners(?:hip)?)\b")
#: A short form in brackets and a comma at the end of the words before "known as": "… hub (MASH), ".
_SHORT_FORM_BRACKETED_BEFORE = re.compile(r"\b[\w’']+\s*\(([A-Z][A-Za-z0-9]{1,7})\),\s*$")


@functools.lru_cache(maxsize=4096)
def _alias_pattern(before: str, alias: str, after: str, flags: int = 0) -> re.Pattern[str]:
    """One alias, escaped, between two boundaries: compiled once however often it is looked for."""
    return re.compile(before + re.escape(alias) + after, flags)


def _word_ends(text: str, alias: str):
    r"""The end of each match of ``(?<![\w-])alias(?![\w-])`` that ``finditer`` gives."""
    return (start + len(alias) for start in _standing(text, alias, "_-", "_-"))
