"""Finding the bodies a report names, from general patterns only: generic kinds of body
(``kg.gazetteer``), proper names ending in a kind word ("… NHS Trust", "… Safeguarding Children
Board"), "NHS <place>", council names from the reference list, acronyms defined in brackets, and
names given by apposition ("the Children in Care Council known as …"), and names with no kind word
that a sentence's frame gives away (a verb of partnership, examples of a kind, a provider or a
described kind after a comma, the council's own name in front). Names of one body are then merged
(one short form, "<short form> service", a name with and without its kind word). Then every
paragraph's mentions of them. Fills ``Report.bodies`` and ``Report.mentions``.

The package's modules, lowest first (each imports only from those before it): ``text`` (a name as
written, tidied), ``registry`` (the bodies found so far), ``scan`` (where kind words and councils'
names can start), ``kinds`` (generic kinds as written), ``vocabulary`` (words and patterns the finders
share), ``phrases`` (teams, services and boards ending in a kind word), ``proper`` (capitalised names),
``councils``, ``institutions``, ``mentions``, ``definitions`` (short forms), ``modifiers`` (words around a
name that belong to it), ``appositions``, ``partners`` (partners by their name alone), ``lists`` (names in
lists), ``described`` (names beside what they are), ``brands`` (brands made of a place's name), ``frames``
(names a sentence's frame gives away: runs the four before it over a sentence), ``merging``; this module
runs them over a report in order."""
from __future__ import annotations

import collections
import datetime as dt
import re

from .. import prefilter
from ..gazetteer import (
    core_council_name,
    Council,
    council_for,
    GENERIC_BODIES,
    NATIONAL_BODIES,
    PHRASE_HEADS,
    town_name,
)
from ..model import Report
from ..reading import fold_characters
from ..sentences import sentences
from .text import _singular_head
from .scan import compile_patterns
from .registry import BodyRegistry, _Found, _is_proper, _non_overlapping, _overlaps
from .kinds import _generic_matches
from .vocabulary import (
    _INSTITUTIONS,
    _LOWER_COMPASS_BEFORE,
    _MEMBERS_BEFORE,
    _NAME_THEN_WHAT_IT_GIVES,
    _NAME_THEN_WHO_PROVIDES,
    _NAMED_BY_WHAT_IT_DOES,
    _PART_OF_AREA_BEFORE,
    _PARTS_OF_AN_AREA,
    _POLICE_UNIT,
    _SHORT_FORM_DOES,
    _STATUS_BEFORE,
    _STYLES_COUNCIL,
    _STYLES_OF,
    _TWO_NAMES_THEN_WHAT_THEY_GIVE,
    _A_NAME_AND_A_SERVICE_THEN_WHAT_THEY_GIVE,
    _WORKS_WITH_A_NAME,
)
from .phrases import (
    _acronym_led_phrases,
    _area_led_phrases,
    _coordinated_kind_phrases,
    _group_for_matches,
    _phrase_matches,
    _plural_kinds_after_places,
    _quoted_kind_matches,
    _subgroup_for_matches,
    _trade_term_led_phrases,
)
from .proper import _proper_matches
from .councils import _council_matches, _discover_council_prefixed, _joint_boards
from .institutions import (
    _borough_police_matches,
    _force_short_form_division_matches,
    _institution_matches,
    _named_force_unit_matches,
    _pct_cluster_matches,
    _police_command_matches,
    _police_unit_matches,
    _titled_department_matches,
)
from .mentions import _find_mentions, _mention_hits, _mention_patterns, _resolve_owners
from .definitions import _definition_matches, _longer_name_defined, _short_forms_of_known_bodies
from .modifiers import (
    _SHORT_FORM_AFTER_THE,
    _court_at_place,
    _of_a_wider_area,
    _with_area_part_before,
    _with_compass_before,
    _with_frequency_before,
    _with_its_board_after,
    _with_its_force,
    _with_members_before,
    _with_operations_team_after,
    _with_owner_before,
    _with_people_after,
    _with_programme_after,
    _with_region_before,
    _with_reach_before,
    _with_scope_before,
    _with_shorter_names,
    _with_status_before,
    _with_title_after,
    _with_title_list_before,
    _with_word_before_a_team,
)
from .appositions import _described_after_its_name, _kinds_described_in_apposition, _named_by_apposition
from .partners import _discover_named_by_what_it_does
from .lists import _discover_semicolon_lists
from .frames import _discover_appositions
from .merging import (
    _add_unkinded,
    _merge_college_named_by_first_words,
    _merge_family_court_into_placed_court,
    _merge_fields_in_either_order,
    _merge_into_joint_board,
    _merge_named_by_short_form,
    _merge_named_without_kind_word,
    _merge_police_into_named_force,
    _name_as_styled_in_lower_case,
)

__all__ = ["compile_patterns", "find_bodies"]

_RANGE_CUT = re.compile(r"(?<![\w-])(\d{1,2}[–-])\s*$")
_RANGE_OVER_LINE = re.compile(r"(?<![\w-])(\d{1,2}[–-])\r?\n(?=\d{1,2}s?\b)")


def _styled(place: str) -> tuple[str, ...]:
    """How a council styles itself with its place's name: "the London Borough of Anyshire", "Anyshire City Council",
    "the Anyshire Corporation"."""
    styles = (*(f"{style} of {place}" for style in _STYLES_OF), f"Council of the {place}", f"{place} Council", f"{place} Corporation",
              *(f"{place} {style} Council" for style in _STYLES_COUNCIL))  # (and "the Anyford Corporation")
    return (*styles, *(style.replace(" and ", " & ") for style in styles if " and " in place))  # "… Hammersmith & Fulham"


#: When the NHS's local commissioners changed: primary care trusts to April 2013, clinical
#: commissioning groups to June 2022, integrated care boards from July 2022 (Health and Social Care
#: Act 2012; Health and Care Act 2022).
_CCGS_FROM = dt.date(2013, 4, 1)
_ICBS_FROM = dt.date(2022, 7, 1)


def _commissioners_of_their_day(registry: BodyRegistry, when: dt.date | None, text: str) -> None:
    """An NHS commissioner named by its area alone ("NHS Anyshire and Wyre") is the kind of
    commissioner the NHS had when the report was written: a primary care trust before April 2013,
    a clinical commissioning group to June 2022, an integrated care board since; one the report
    calls a primary care trust stays one ("NHS Wyre, the former primary care trust")."""
    if when is None or when < _CCGS_FROM:
        return
    kind = "IntegratedCareBoard" if when >= _ICBS_FROM else "ClinicalCommissioningGroup"
    for body in registry.bodies.values():
        if body.kind == "PrimaryCareTrust" and body.name.startswith("NHS ") and not body.generic \
                and not re.search(r"\b(?:PCT|Primary Care Trust|cluster)\b", " ".join(body.labels), re.IGNORECASE) \
                and not re.search(re.escape(body.name) + r"\W{0,3}(?:the\s+|a\s+)?(?:former\s+|then\s+|local\s+)?(?:primary care trust|PCT)",
                                  text, re.IGNORECASE):
            body.kind = kind


def find_bodies(report: Report) -> None:
    registry = BodyRegistry(report)
    authority = council_for(report.authority or "") if report.authority else None
    if report.authority:
        short = authority.name if authority else core_council_name(report.authority)
        town = town_name(authority) if authority else short  # "Wyre" in a report on the council of Wyre upon Tyne
        registry.authority_names = sorted({short, core_council_name(report.authority), town}, key=len, reverse=True)
        body = registry.add(
            _Found(report.authority, "LocalAuthority", "Council", 0, 0, council=authority), proper=True
        )
        body.is_inspected_authority = True
        registry.authority_key = body.key
        # "Anyshire Children's Services" is the council's department: another name of the council
        for alias in {short, town, f"{short} Borough", f"{short} Children's Services", f"{short} Children’s Services", *_styled(short)}:
            registry.register_alias(alias, body.key)
        for phrase in ("the council", "the local authority", "the borough", "the county council", "local authority"):
            registry.lower_aliases.setdefault(phrase, body.key)

    summary = _unnumbered_text(report)
    texts = [p.text for p in report.paragraphs]
    texts += [r.text for r in report.recommendations]
    texts += [r.owner for r in report.recommendations if r.owner]
    marks = _footnote_marks(fold_characters(report.text))
    unmarked = [_without_footnote_digits(fold_characters(text), marks) for text in [*texts, *summary]]  # "Board1": the footnote's digit gone
    # "the 0–" / "25s disability service": an age range broken over a line is one range, not a new sentence
    unmarked = [_RANGE_OVER_LINE.sub(r"\1 ", text) if "\n" in text else text for text in unmarked]
    for i in range(1, len(unmarked)):  # … or over two pieces of text: the range's start ends the one before
        if unmarked[i][:1].isdigit() and (cut := _RANGE_CUT.search(unmarked[i - 1][-8:])) is not None:
            unmarked[i] = cut.group(1) + unmarked[i]
    registry.lower_case_words = frozenset(word for text in unmarked for word in _LOWER_CASE_WORD.findall(text))
    registry.text = "\n".join(unmarked)
    for text in unmarked:
        _discover(text, registry, authority)
    _discover_council_prefixed(unmarked, registry)
    registry.place_words = frozenset(word for text in unmarked for word in _PLACE_AFTER_PREPOSITION.findall(text))
    for text in unmarked:  # once every other finder has read the report: names known only by what they do
        if _NAMED_BY_WHAT_IT_DOES_ANY(text):
            for _, sentence in sentences(text):
                _discover_named_by_what_it_does(sentence, registry)
    for text in unmarked:  # partners listed between semicolons with partners the report names
        if text.count(";") >= 2:
            for _, sentence in sentences(text):
                if sentence.count(";") >= 2:
                    _discover_semicolon_lists(sentence, registry)
    _add_unkinded(registry)
    for text in unmarked:  # once every body is known: short forms defined before its other mentions
        if "(" in text:
            _short_forms_of_known_bodies(text, registry)
    _merge_named_by_short_form(registry)
    _merge_into_joint_board(registry)
    _merge_named_without_kind_word(registry)
    _merge_college_named_by_first_words(registry)
    _merge_fields_in_either_order(registry)
    _merge_police_into_named_force(registry)
    _merge_family_court_into_placed_court(registry)
    _name_as_styled_in_lower_case(registry)

    # Ofsted publishes every report: a body of every graph (dcterms:publisher), named or not.
    publisher = next(k for k in NATIONAL_BODIES if k.name == "Ofsted")
    registry.add(_Found(publisher.name, publisher.body_type, publisher.kind, 0, 0, national=True,
                        written="Office for Standards in Education, Children's Services and Skills"), proper=True)
    _commissioners_of_their_day(registry, report.inspection_start or report.published, report.text)
    bares = {b.key: re.split(r"['’]s ", b.name, maxsplit=1)[-1] for b in registry.bodies.values() if b.part_of is not None}
    bares.update({b.key: b.name.removeprefix("police ") for b in registry.bodies.values() if _THE_POLICES_UNIT.match(b.name)})
    counts = collections.Counter(bare.lower() for bare in bares.values())
    for key, bare in bares.items():  # "the looked after children nursing team", of "Wyre's …" the one team so named; "the
        # missing persons unit" of "the police missing persons unit" where no other body of the report is so named
        body = registry.bodies[key]
        if bare[:1].islower() and bare != body.name and counts[bare.lower()] == 1 and registry.lower_aliases.get(bare.lower()) is None:
            body.short_forms.append(bare)
            registry.register_alias(bare, body.key)
    report.bodies = sorted(registry.bodies.values(), key=lambda b: b.key)
    for body in report.bodies:  # the partner whose team it is, under the key it kept
        if body.part_of is not None:
            owner = registry.merged.get(body.part_of, body.part_of)
            body.part_of = owner if owner in registry.bodies and owner != body.key else None
    _find_mentions(report, registry)
    if report.authority:  # "the London Borough of Anyshire": the council as the report styles it, a name of it
        council = registry.bodies[registry.authority_key]
        for mention in report.mentions:
            if mention.body == council.key and mention.text in _styled(short) \
                    and mention.text.lower() not in (label.lower() for label in council.labels):
                council.short_forms.append(mention.text)
    patterns = _mention_patterns(registry)  # the registry is complete: its names are looked for from here on
    named_in_summary = {key for line in summary for _, _, key in _mention_hits(line, registry, patterns)}
    _resolve_owners(report, registry)
    # A name found only inside a longer one ("Riverside" inside "Northfield and Riverside … NHS Trust") is not a body here.
    owners = {r.owner for r in report.recommendations if r.owner}
    in_recommendations = " ".join(r.text for r in report.recommendations).lower()
    report.bodies = [
        b
        for b in report.bodies
        if b.paragraphs
        or b.key in named_in_summary
        or b.key in owners
        or b.is_inspected_authority
        or b.name == "Ofsted"
        or (b.body_type != "LocalAuthority" and any(label.lower() in in_recommendations for label in b.labels))
    ]
    kept = {b.key for b in report.bodies}
    for body in report.bodies:  # a partner named only inside its service's name is no body of the report's: no tie to it
        if body.part_of is not None and body.part_of not in kept:
            body.part_of = None


#: Where a report's closing boilerplate starts (Ofsted's remit, the licence, the inspection team).
_CLOSING = re.compile(
    r"^(?:Information about this inspection|The inspection team|What the inspection judgements mean)\s*$"
    r"|^The Office for Standards in Education, Children|^If you would like a copy of this document|^© Crown copyright",
    re.MULTILINE,
)
#: Where the report's own content starts again after boilerplate: in the 2013–2014 reports the
#: inspection's method and team come mid-report, before the facts about the area and the judgements.
_RESTART = re.compile(
    r"^(?:Information about this (?:local authority )?area|Inspection judgements about|Section \d+\b)",
    re.MULTILINE | re.IGNORECASE,
)


def _without_boilerplate(text: str) -> str:
    """The text with each stretch of boilerplate (Ofsted's remit, the inspection's method and team,
    what grades mean) blanked, from its heading up to where the report's content starts again,
    or to the end; offsets are kept."""
    pieces, cursor = [], 0
    while (closing := _CLOSING.search(text, cursor)) is not None:
        restart = _RESTART.search(text, closing.end())
        end = restart.start() if restart is not None else len(text)
        pieces += [text[cursor : closing.start()], " " * (end - closing.start())]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


#: A footnote's digit glued to the word before it: "Board1", "area2". The pattern opens with the
#: digit, which the regex engine skips to ("(?<=[a-z])\d{1,2}\b" would be tried at every character).
_FOOTNOTE = re.compile(r"\d(?<=[a-z]\d)\d?\b")
#: Names of the gazetteer's bodies with digits glued to letters ("Catch22"): not a footnote's.
_DIGITS_IN_NAMES = tuple(sorted({k.name.lower() for k in (*GENERIC_BODIES, *NATIONAL_BODIES) if re.search(r"[a-z]\d", k.name)}))


_WORD_BEFORE_DIGITS = re.compile(r"[A-Za-z’'-]+$")
#: A footnote's number glued to a word, or to the stop, comma or bracket right after one: "area2", "language.5", "%)6".
_FOOTNOTE_ANYWHERE = re.compile(r"\d(?:(?<=[a-z]\d)|(?<=[a-z][.,;:)’'%]\d)|(?<=[a-z0-9]%\)\d))\d?\b")


def _footnote_marks(text: str) -> set[str]:
    """The words with a footnote's number glued to them ("board1", "area2"), read through the whole
    report in order: footnotes are numbered 1, 2, 3 … through it, so a number that does not come
    next (allowing one or two the text lost) is a name's own digits ("Wyre8", "Base25"), and a
    number before a decimal point or a comma and digits is a figure ("to5.2%")."""
    marks, expected = set(), 1
    for match in _FOOTNOTE_ANYWHERE.finditer(text):
        if re.match(r"[.,]\d", text[match.end() : match.end() + 2]):
            continue
        number = int(match.group(0))
        if not expected <= number <= expected + 2:
            word = _WORD_BEFORE_DIGITS.search(text, max(0, match.start() - 40), match.start())
            if word is not None and number < expected and _singular_head(word.group(0).lower()) in PHRASE_HEADS:
                marks.add(word.group(0).lower() + match.group(0))  # "Partnership1" after "Dorset2": a kind word's mark out of order
            continue
        expected = number + 1  # (a mark after a full stop or a bracket counts, though no name holds it: "language.5")
        word = _WORD_BEFORE_DIGITS.search(text, max(0, match.start() - 40), match.start())
        if word is not None:
            marks.add(word.group(0).lower() + match.group(0))
    return marks


def _without_footnote_digits(text: str, marks: set[str]) -> str:
    """``text`` without the footnotes' numbers glued to words (``marks``), names' own digits kept."""
    if not marks:
        return text

    def unmarked(match: re.Match[str]) -> str:
        word = _WORD_BEFORE_DIGITS.search(text, max(0, match.start() - 40), match.start())
        glued = (word.group(0).lower() if word else "") + match.group(0)
        if glued not in marks or any(text[: match.end()].lower().endswith(name) for name in _DIGITS_IN_NAMES):
            return match.group(0)
        return ""
    return _FOOTNOTE.sub(unmarked, text)


def _unnumbered_text(report: Report) -> list[str]:
    """The report's prose outside its numbered paragraphs (summaries, the LSCB's executive
    summary), up to the closing boilerplate: lines of running text only."""
    text = _without_boilerplate(report.text)
    spans = sorted((p.span.start, p.span.end) for p in report.paragraphs)
    pieces, cursor = [], 0
    for start, end in spans:
        if start > cursor:
            pieces.append(text[cursor:start])
        cursor = max(cursor, end)
    pieces.append(text[cursor:])
    lines = _short_lines_joined("\n".join(pieces).splitlines())
    return [line for line in lines if len(line.split()) >= 6 and not line.lstrip().startswith(("Lead inspector", "Inspection dates"))]


_SENTENCE_END = (".", ";", ":", "!", "?", ")")


def _short_lines_joined(lines: list[str]) -> list[str]:
    """Lines with a short line that finishes the sentence of the one before joined to it: in a
    summary's box, "The casework model used in this area" then "• 'Signs of Safety'." is one line of
    running text (a table's rows, cells apart by tabs, are not); so is a line that goes on with the
    sentence, in lower case or a bracket ("… Anyshire Safeguarding Children Board" / "(ASCB), the …")."""
    joined: list[str] = []
    for line in lines:
        if joined and (len(line.split()) < 6 and line.rstrip().endswith(".") or line.lstrip()[:1].islower()
                       or line.lstrip()[:1] == "(") and len(joined[-1].split()) >= 6 \
                and not joined[-1].rstrip().endswith(_SENTENCE_END) and "\t" not in joined[-1] + line:  # not a table's rows
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"  # or a sentence going on: "… Children Board" / "(DCSB), the …"
        else:
            joined.append(line)
    return joined
_ANY_INSTITUTION = prefilter.Needs(*(pattern for pattern, _, _ in _INSTITUTIONS))


def _discover(text: str, registry: BodyRegistry, authority: Council | None) -> None:
    """The bodies one text names (its footnote digits already removed), added to ``registry``."""
    for offset, sentence in sentences(text):
        found = _definition_matches(sentence)
        if "'" in sentence or "‘" in sentence:
            found += [f for f in _quoted_kind_matches(sentence) if not _overlaps(f, found)]
        named = _non_overlapping(_generic_matches(sentence) + _proper_matches(sentence, sentence))
        found = [_longer_name_defined(item, named, sentence) for item in found]
        found += [f for f in named if not _overlaps(f, found)]
        phrases = _phrase_matches(sentence)
        found = _plural_kinds_after_places(sentence, found, phrases)  # "Cheshire Youth Justice Services": one service
        if ", " in sentence and (listed := [p for p in phrases if ", " in sentence[p.start : p.end] and sentence[p.start : p.end].islower()]):
            # "the contact, referral and assessment team": the one team its list names, not the kind inside it
            found = [f for f in found if not any(p.start <= f.start and f.end <= p.end and (f.key_name or f.end == p.end and f.start > p.start
                                                                                            and sentence[f.start : f.end].islower())
                                                 for p in listed)]  # (or its last words, a kind named as written)
        if " and " in sentence:
            found = _coordinated_kind_phrases(sentence, found, phrases)
        found = _acronym_led_phrases(sentence, found, phrases)
        found = _trade_term_led_phrases(sentence, found, phrases)
        if any(f"{word} " in sentence for word in _PARTS_OF_AN_AREA):
            found = _area_led_phrases(sentence, found, phrases)
        found += [f for f in phrases if not _overlaps(f, found)]
        found += [f for f in _group_for_matches(sentence) if not _overlaps(f, found)]
        if " department" in sentence or "Department " in sentence:  # the department by its title, not the sector's kind its title holds ("Child and Adult
            departments = _titled_department_matches(sentence, registry.authority_names)  # Services department": no "Adult Services")
            found = [f for f in found if not any(d.start <= f.start and f.end <= d.end and f.body_type == "Service" for d in departments)]
            found += [f for f in departments if not _overlaps(f, found)]
        if _ANY_INSTITUTION(sentence):  # a longer institution's name holds the shorter finds it overlaps
            institutions = _institution_matches(sentence)
            found = [f for f in found if not any(_overlaps(f, [i]) and i.end - i.start > f.end - f.start for i in institutions)]
            found += [f for f in institutions if not _overlaps(f, found)]
        found += [f for f in _subgroup_for_matches(sentence) if not _overlaps(f, found)]
        if " cluster" in sentence or " Cluster" in sentence:  # a primary care trusts' cluster by its places, listed: one body,
            clusters = _pct_cluster_matches(sentence)  # not the places' councils (a longer name over it stays: the cluster goes)
            found = [f for f in found if not any(c.start <= f.start and f.end <= c.end for c in clusters)]
            found += [c for c in clusters if not _overlaps(c, found)]
        if " Command" in sentence:
            commands = _police_command_matches(sentence)  # (a force before its command holds the bare "Police" inside its name)
            found = [f for f in found if not any(c.kind == "Police" and c.start <= f.start and f.end <= c.end for c in commands)]
            found += [f for f in commands if not _overlaps(f, found)]
        if prefilter.needs(_POLICE_UNIT, sentence):
            units = _police_unit_matches(sentence)  # "the police missing from home team": the unit, not the force alone
            found = [f for f in found if not _overlaps(f, units)] + units
        if "Police" in sentence or "Constabulary" in sentence:  # (and "Wyre Police's Anyford division")
            units = _named_force_unit_matches(sentence)  # "the Anyshire Police safeguarding unit": the unit, and its force
            found = [f for f in found if not _overlaps(f, units)] + units
        if "public protection division" in sentence:
            found += [f for f in _force_short_form_division_matches(sentence) if not _overlaps(f, found)]
        if "orough police" in sentence:  # "Anyford borough police": a borough's police, the place no council of its own here
            boroughs = _borough_police_matches(sentence)
            found = [f for f in found if not _overlaps(f, boroughs)] + boroughs
        taken = [(f.start, f.end) for f in found]
        found += _council_matches(sentence, taken, authority)
        if " and " in sentence:
            found = _joint_boards(sentence, found)
        if "egional " in sentence:
            found = [_with_region_before(sentence, item) for item in found]  # "the North West regional adoption agency"
        found = [named for item in found for named in _named_by_apposition(sentence, item)]
        if ", the " in sentence:
            found = _kinds_described_in_apposition(sentence, found)
        if "'s " in sentence or "’s " in sentence or "its " in sentence:
            found = _described_after_its_name(sentence, found)
        found = [_with_frequency_before(sentence, item) for item in found]
        if prefilter.needs(_STATUS_BEFORE, sentence):
            found = [_with_status_before(sentence, item) for item in found]
        if "strategic " in sentence or "operational " in sentence:
            found = [_with_reach_before(sentence, item) for item in found]
        if "Police" in sentence or "Constabulary" in sentence:
            found = [_with_its_force(sentence, item) for item in found]
        if "targeted " in sentence or "integrated " in sentence or "police " in sentence or "Police " in sentence \
                or "Targeted " in sentence or "Integrated " in sentence:
            found = [_with_word_before_a_team(sentence, item) for item in found]
        if prefilter.needs(_PART_OF_AREA_BEFORE, sentence):
            found = [_with_area_part_before(sentence, item) for item in found]
        if prefilter.needs(_LOWER_COMPASS_BEFORE, sentence):
            found = [_with_compass_before(sentence, item) for item in found]
        if prefilter.needs(_MEMBERS_BEFORE, sentence):
            found = [_with_members_before(sentence, item) for item in found]
        if " for " in sentence:
            found = [_with_people_after(sentence, item) for item in found]
        if " for " in sentence or " in " in sentence:
            found = [_with_title_after(sentence, item) for item in found]
        if "programme" in sentence or "project" in sentence or "scheme" in sentence or "initiative" in sentence:
            found = [_with_programme_after(sentence, item) for item in found]
        if "Operation " in sentence:
            found = [_with_operations_team_after(sentence, item) for item in found]
        if " at " in sentence or " in " in sentence or " court" in sentence:
            found = [_court_at_place(sentence, item) for item in found]
        if "the " in sentence or "The " in sentence:
            found = [_of_a_wider_area(sentence, item, authority) for item in found]
        if ", " in sentence:
            found = [_with_title_list_before(sentence, item) for item in found]
        if "multi" in sentence or "pan-" in sentence or "cross-" in sentence or "-based" in sentence or "in-house" in sentence or "-borough" in sentence \
                or "-wide " in sentence \
                or "joint " in sentence or "shared " in sentence:  # ("the joint adoption panel": one more of its names)
            found = [_with_scope_before(sentence, item) for item in found]
        if "partnership board" in sentence or "partnership group" in sentence:
            found = [_with_its_board_after(sentence, item) for item in found]
        if "'s " in sentence or "’s " in sentence or _SHORT_FORM_AFTER_THE.search(sentence):
            found = [_with_owner_before(sentence, item, found, registry) for item in found]
        found = [_with_shorter_names(item) for item in found]
        for item in found:
            registry.add(item, _is_proper(item, registry.authority_names))
        _discover_appositions(sentence, registry)
#: A unit the police's finder names with "police" before its work: "police missing persons unit".
_THE_POLICES_UNIT = re.compile(r"police (?=[a-z]).+\b(?:team|unit)s?$")
_LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
_PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:in|across|throughout|around)\s+([A-Z][a-z’'-]+)\b")
_NAMED_BY_WHAT_IT_DOES_ANY = prefilter.Needs(_NAMED_BY_WHAT_IT_DOES, _NAME_THEN_WHO_PROVIDES, _SHORT_FORM_DOES, _NAME_THEN_WHAT_IT_GIVES,
                                             _TWO_NAMES_THEN_WHAT_THEY_GIVE, _A_NAME_AND_A_SERVICE_THEN_WHAT_THEY_GIVE,
                                             _WORKS_WITH_A_NAME)
