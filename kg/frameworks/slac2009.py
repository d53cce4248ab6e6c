"""The 2009–2012 framework: inspection of safeguarding and looked after children services
(also its safeguarding-only variant). Cleaned report text → document model.

It reads the layout every report of the series shares — the title block, the contents list
(skipped), numbered paragraphs (repaired from PDF-conversion damage), sections and their
sub-headings, graded headings, the areas for improvement and the record of main findings —
and hands paragraphs to the entity, statistic and relation finders. It knows nothing of RDF.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import GRADES, Judgement, Paragraph, Recommendation, Report, Span
from .base import Area, Framework, first_match
from .layout import (
    Line,
    check_is_report,
    complete_report,
    grade_slug,
    parse_date,
    parse_date_range,
    split_lines,
    timescale_slug,
)

_GRADE_WORDS = "|".join(GRADES) + "|requires improvement(?: to be good)?"
#: "Grade 3 (adequate)", "Grade 2 (Good)" — a heading's stated grade.
GRADE_IN_HEADING = re.compile(r"\bGrade\s+([1-4])\s*\(\s*([A-Za-z]+(?: +[A-Za-z]+)*)\s*\)", re.IGNORECASE)
# (one word to each repeat after its one separator: a run of spaces with no ")" after it fails in time in
# proportion to its length, not to the cube of it)
#: A findings-table row's grade at the end of the line.
GRADE_AT_END = re.compile(rf"^(.*?)[\s\t]+({_GRADE_WORDS})\s*$", re.IGNORECASE)
GRADE_ALONE = re.compile(rf"^\s*({_GRADE_WORDS})\s*$", re.IGNORECASE)

BULLET = re.compile(r"^\s*(?:[-–•*▪]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)])\s+(?=\S)")
NUMBERED = re.compile(r"^\s*(?:[-–•]\s*)?(\d{1,5})\.\s+(?=\S)(.*)$")
TIMESCALE = re.compile(
    r"^\s*(?:[-–•]\s*)?(immediately|within\s+(?:the\s+next\s+)?(?:one|two|three|four|six|nine|twelve|eighteen|\d+)\s+(?:weeks?|months?)"
    r"|by\s+\w+\s+\d{4})\s*:?\s*$",
    re.IGNORECASE,
)
OWNER_LEAD_IN = re.compile(
    r"^\s*(?:[-–•]\s*)?(?P<owner>[A-Z].{1,150}?)\s+(?:should\s+)?(?:take\s+(?:the\s+following\s+)?action\s+to|should|must|to)\s*:\s*$"
)
SECTION_HEADINGS = (
    (re.compile(r"^safeguarding services\b", re.IGNORECASE), "safeguarding"),
    (re.compile(r"^services for looked after children\b", re.IGNORECASE), "looked_after_children"),
)
CONTENTS_ENTRY = re.compile(r"\s(\d{1,3})(?=((?:\s+[\w ]*\d{1,3})*))\2\s*$")
# (the page numbers after the first read once from each start, as an atomic group would: "Appendix 12 12 12 … tables"
# no longer tries every way of splitting the numbers between the repeats, which grew threefold a number; the search
# from each start still reads to the line's end, so it is read on a line's end only)


@dataclass
class Heading:
    text: str  # without its grade
    section: str | None
    grade: str | None
    line: Line
    first_paragraph: int | None = None


@dataclass
class _Draft:
    """A paragraph being assembled from its lines."""

    number: int | None
    parts: list[str]
    start: int
    end: int
    section: str | None
    heading: str | None
    inferred: bool = False


@dataclass
class _State:
    section: str | None = None
    heading: str | None = None
    last_number: int = 0
    drafts: list[_Draft] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    in_improvements: bool = False
    improvement_intro: int | None = None
    timescale: str | None = None
    timescale_label: str | None = None
    owner: str | None = None
    findings_lines: list[Line] = field(default_factory=list)


# ---------------------------------------------------------------- title block


def parse_title_block(lines: list[Line], report: Report) -> int:
    """Fill the report's metadata from its first lines; return the index where the body starts."""
    limit = min(len(lines), 80)
    body_start = 0
    for index in range(limit):
        text = lines[index].stripped
        if not text:
            continue
        if report.title is None and re.search(r"\binspection\b", text, re.IGNORECASE) and len(text) < 140:
            if not re.match(r"inspection dates?", text, re.IGNORECASE):
                report.title = re.sub(r"\s+", " ", text)
                body_start = index + 1
                continue
        if report.title and report.authority is None and not _is_field(text):
            report.authority = text
            body_start = index + 1
            continue
        dates = re.search(r"Inspection dates?\s*:?\s*(.+?)(?:\s+(?:Reporting|Lead) inspector.*)?$", text, re.I)
        if dates and report.inspection_start is None:
            report.inspection_start, report.inspection_end = parse_date_range(dates.group(1))
            body_start = index + 1
        inspector = re.search(r"(?:Reporting|Lead) inspector\s*:?\s*(\S.*)$", text, re.I)  # (the name: the rest, less "HMI",
        # cut in Python: a pattern that tried every split of a run of spaces between the name and "HMI" took seconds)
        if inspector and report.lead_inspector is None:
            name = inspector.group(1).rstrip()
            report.lead_inspector = (re.sub(r"[\s,]+HMI$", "", name, flags=re.I) if re.search(r"\S[\s,]+HMI$", name, re.I) else name).strip().rstrip(",")
            body_start = index + 1
        age = re.match(r"Age group\s*:?\s*(.+)$", text, re.I)
        if age:
            report.age_group = age.group(1).strip()
            body_start = index + 1
        published = re.match(r"(?:Published|Date of publication)\s*:?\s*(.+)$", text, re.I)
        if published:
            report.published = parse_date(published.group(1))
            body_start = index + 1
        if text.lower() == "contents" or NUMBERED.match(text):
            break
    return body_start


def _is_field(text: str) -> bool:
    return bool(re.match(r"(Inspection dates?|Reporting inspector|Lead inspector|Age group|Published)", text, re.I))


# ---------------------------------------------------------------- body


def is_heading_like(text: str) -> bool:
    """Short, capitalised, not a sentence: a heading candidate (its context decides)."""
    text = text.strip()
    if not text or len(text) > 130 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if NUMBERED.match(text) or BULLET.match(text):
        return False
    if text.endswith((".", ",", ";")):
        return False
    return len(text.split()) <= 18


def _next_nonblank(lines: list[Line], index: int) -> Line | None:
    for line in lines[index + 1 :]:
        if line.stripped:
            return line
    return None


def _number_plausible(number: int, last: int) -> bool:
    if last == 0:
        return 1 <= number <= 5
    return last < number <= last + 3


def _section_of(text: str) -> str | None:
    for pattern, section in SECTION_HEADINGS:
        if pattern.match(text.strip()):
            return section
    return None


def parse_body(lines: list[Line], start: int, state: _State) -> None:
    index = start
    # Skip the contents list: "Contents" then entries ending in page numbers.
    while index < len(lines):
        text = lines[index].stripped
        if text.lower() == "contents":
            index += 1
            while index < len(lines) and (
                not lines[index].stripped or CONTENTS_ENTRY.search(lines[index].stripped[-400:])  # (its end: a contents
                # entry's page numbers end it, and a line of thousands of numbers is read in bounded time)
            ):
                index += 1
            break
        if NUMBERED.match(text) or is_heading_like(text) and _is_about_heading(text):
            break
        index += 1
    else:
        index = start
    if index >= len(lines):
        index = start

    while index < len(lines):
        line = lines[index]
        text = line.stripped
        index += 1
        if not text or re.fullmatch(r"\d{1,3}", text):  # blank, or a page number alone
            continue
        if re.match(r"record of main findings\s*:?\s*$", text, re.I):
            _close_improvements(state)
            state.findings_lines = [l for l in lines[index:] if l.stripped]
            return
        if state.in_improvements and _take_improvement_line(lines, index - 1, state):
            continue
        numbered = NUMBERED.match(line.text)
        if numbered and _number_plausible(int(numbered.group(1)), state.last_number):
            _start_paragraph(state, int(numbered.group(1)), numbered.group(2), line)
            continue
        if _take_heading(lines, index - 1, state):
            continue
        _take_text_line(lines, index - 1, state)


def _is_about_heading(text: str) -> bool:
    return bool(re.match(r"(about this inspection|summary|overall effectiveness|service information)", text, re.I))


def _start_paragraph(state: _State, number: int, text: str, line: Line, inferred: bool = False) -> None:
    state.drafts.append(
        _Draft(number, [text.strip()], line.start, line.end, state.section, state.heading, inferred)
    )
    state.last_number = number
    for heading in reversed(state.headings):
        if heading.first_paragraph is None:
            heading.first_paragraph = number
        else:
            break
    if state.in_improvements and state.improvement_intro is None:
        state.improvement_intro = number


def _take_heading(lines: list[Line], index: int, state: _State) -> bool:
    line = lines[index]
    text = line.stripped
    if text.startswith(("- ", "– ")) and text[2:3].isupper():
        candidate = text[2:].strip()
    else:
        candidate = text
    grade_match = GRADE_IN_HEADING.search(candidate)
    grade_only = grade_match and not candidate[: grade_match.start()].strip()
    if grade_only:
        # "Grade 2 (good)" alone: the grade of the heading just before.
        if state.headings and state.headings[-1].grade is None and state.headings[-1].first_paragraph is None:
            state.headings[-1].grade = grade_slug(grade_match.group(2)) or _grade_from_number(grade_match.group(1))
        return True
    if not is_heading_like(candidate if not grade_match else candidate[: grade_match.start()]):
        return False
    following = _next_nonblank(lines, index)
    if not grade_match and following is not None and not _opens_block(following, state):
        # A short line followed by plain text is text, unless it names a section.
        if _section_of(candidate) is None and not re.match(r"areas? for (?:development|improvement)", candidate, re.I):
            return False
    title = candidate[: grade_match.start()].strip() if grade_match else candidate
    grade = None
    if grade_match:
        grade = grade_slug(grade_match.group(2)) or _grade_from_number(grade_match.group(1))
    section = _section_of(title)
    _close_improvements(state)
    if section:
        state.section = section
        state.heading = None
        return True
    if re.match(r"areas? for (?:development|improvement)", title, re.I):
        state.in_improvements = True
        state.improvement_intro = None
        state.timescale = state.timescale_label = state.owner = None
        state.heading = title
        return True
    if state.section is None and re.match(r"overall effectiveness\b", title, re.I) and re.search(
        r"looked after", title, re.I
    ):
        state.section = "looked_after_children"
    state.heading = title
    state.headings.append(Heading(title, state.section, grade, line))
    return True


def _grade_from_number(number: str) -> str:
    return GRADES[int(number) - 1]


def _opens_block(line: Line, state: _State) -> bool:
    text = line.stripped
    numbered = NUMBERED.match(line.text)
    if numbered and _number_plausible(int(numbered.group(1)), state.last_number):
        return True
    if GRADE_IN_HEADING.match(text) or re.match(r"record of main findings", text, re.I):
        return True
    return TIMESCALE.match(text) is not None or (
        is_heading_like(text) and _section_of(text) is not None
    )


def _take_text_line(lines: list[Line], index: int, state: _State) -> None:
    """A line that is neither a numbered paragraph nor a heading: a continuation, a list item,
    or an unnumbered paragraph (whose number is inferred later)."""
    line = lines[index]
    text = line.stripped
    body = re.sub(r"^[-–•]\s+", "", text)
    last = state.drafts[-1] if state.drafts else None
    # A number displaced into the text: "… young people in 32. [Council] is adequate."
    expected = state.last_number + 1
    displaced = re.search(rf"\s{expected}\.\s+(?=[A-Z])", body[:300])
    if displaced and body[:1].isupper():
        repaired = body[: displaced.start()] + " " + body[displaced.end() :]
        _start_paragraph(state, expected, re.sub(r"\s+", " ", repaired), line)
        return
    list_item = bool(BULLET.match(line.text)) and line.text[:1].isspace()
    starts_lower = body[:1].islower() or body[:1] in "(&'\"" or body[:1].isdigit()
    if last is not None and (starts_lower or list_item or not text.startswith(("- ", "– "))):
        if line.text.lstrip().startswith(("•", "-", "–")) and list_item:
            last.parts.append("\n• " + body)
        else:
            last.parts.append(body)
        last.end = line.end
        return
    # "- Overall, the quality …": a paragraph printed without its number.
    state.drafts.append(_Draft(None, [body], line.start, line.end, state.section, state.heading, True))


# ---------------------------------------------------------------- areas for improvement


def _take_improvement_line(lines: list[Line], index: int, state: _State) -> bool:
    """Inside "Areas for improvement": timescales, owner lead-ins and bullets. Returns False for
    a line that ends the block (a heading, a numbered paragraph after the intro)."""
    line = lines[index]
    text = line.stripped
    numbered = NUMBERED.match(line.text)
    if numbered and _number_plausible(int(numbered.group(1)), state.last_number):
        if state.improvement_intro is None:
            return False  # the introducing paragraph: parsed as a paragraph
        if not _improvements_continue(lines, index):
            _close_improvements(state)
            return False
    timescale = TIMESCALE.match(text)
    if timescale:
        label = timescale.group(1)
        state.timescale_label = label[:1].upper() + label[1:]
        state.timescale = timescale_slug(label)
        state.owner = None
        return True
    if state.improvement_intro is None:
        return False
    lead_in = OWNER_LEAD_IN.match(text)
    if lead_in and not BULLET.match(line.text):
        state.owner = lead_in.group("owner").strip()
        return True
    if not BULLET.match(line.text) and not line.text[:1].isspace() and _ends_improvements(lines, index, state):
        _close_improvements(state)
        return False
    body = BULLET.sub("", line.text, count=1).strip()
    if not body:
        return True
    state.recommendations.append(
        Recommendation(
            section=state.section,
            text=body,
            timescale=state.timescale,
            timescale_label=state.timescale_label,
            owner=state.owner,
            paragraph=state.improvement_intro,
            span=Span(line.start, line.end),
        )
    )
    return True


def _improvements_continue(lines: list[Line], index: int) -> bool:
    """A numbered list of recommendations ("1. ensure …") rather than the next paragraph."""
    text = NUMBERED.match(lines[index].text).group(2)
    return text[:1].islower()


def _ends_improvements(lines: list[Line], index: int, state: _State) -> bool:
    text = lines[index].stripped
    if not is_heading_like(text):
        return False
    following = _next_nonblank(lines, index)
    if following is None or _opens_block(following, state) or GRADE_IN_HEADING.search(text):
        return True
    # A group heading followed by a graded or numbered sub-heading.
    following_index = lines.index(following)
    after = _next_nonblank(lines, following_index)
    return is_heading_like(GRADE_IN_HEADING.sub("", following.stripped)) and (
        GRADE_IN_HEADING.search(following.stripped) is not None
        or (after is not None and _opens_block(after, state))
    )


def _close_improvements(state: _State) -> None:
    state.in_improvements = False
    state.timescale = state.timescale_label = state.owner = None


# ---------------------------------------------------------------- record of main findings


def parse_findings_table(lines: list[Line], default_section: str | None) -> list[Judgement]:
    """Rows of the record of main findings: section rows, group rows (no grade), area rows with a
    grade at the end of the line or alone on the next line."""
    judgements: list[Judgement] = []
    section = default_section
    index = 0
    while index < len(lines):
        text = re.sub(r"\s+", " ", lines[index].stripped.replace("\t", " ")).strip()
        index += 1
        if not text:
            continue
        match = GRADE_AT_END.match(text)
        grade_next = None
        if not match and index < len(lines) and GRADE_ALONE.match(lines[index].stripped):
            grade_next = grade_slug(GRADE_ALONE.match(lines[index].stripped).group(1))
            index += 1
        if match and match.group(1).strip():
            area, grade = match.group(1).strip(), grade_slug(match.group(2))
        elif grade_next:
            area, grade = text, grade_next
        else:
            found = _section_of(text)
            if found:
                section = found
            elif len(text) > 150 or text.endswith("."):
                break  # past the table
            continue
        if grade is None or section is None:
            continue
        judgements.append(
            Judgement(
                section=section,
                area=area,
                grade=grade,
                findings_table_grade=grade,
                findings_row=f"{area} | {grade.capitalize()}",
                span=Span(lines[index - 1].start, lines[index - 1].end),
            )
        )
    return judgements


def area_key(area: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", area.lower()).strip()


def merge_judgements(table: list[Judgement], headings: list[Heading]) -> list[Judgement]:
    """The findings table is authoritative; headings add the stated grade and the paragraph, and
    graded headings the table lacks (or all, where there is no table) become judgements."""
    by_key = {(h.section, area_key(h.text)): h for h in headings}
    judgements = []
    seen = set()
    for judgement in table:
        key = (judgement.section, area_key(judgement.area))
        if key in seen:
            continue
        seen.add(key)
        heading = by_key.get(key)
        if heading is None:
            # "Overall effectiveness" in the table, "Overall effectiveness of services for …" above
            heading = next(
                (h for h in headings if h.section == key[0] and area_key(h.text).startswith(key[1] + " ")),
                None,
            )
            if heading is not None:
                seen.add((heading.section, area_key(heading.text)))
        if heading is not None:
            judgement.stated_grade = heading.grade
            judgement.paragraph = heading.first_paragraph
        judgements.append(judgement)
    for heading in headings:
        key = (heading.section, area_key(heading.text))
        if heading.grade and heading.section and key not in seen and heading.grade in GRADES:
            seen.add(key)
            span = Span(heading.line.start, heading.line.end)
            judgements.append(
                Judgement.stated_in_body(heading.section, heading.text, heading.grade, heading.first_paragraph, span)
            )
    return judgements


# ---------------------------------------------------------------- paragraphs


def finish_paragraphs(drafts: list[_Draft], text: str) -> list[Paragraph]:
    """Number the unnumbered paragraphs from their neighbours (a gap of exactly one), fold the
    rest into the paragraph before, and join each paragraph's lines."""
    kept: list[_Draft] = []
    for position, draft in enumerate(drafts):
        if draft.number is None:
            before = kept[-1].number if kept and kept[-1].number is not None else 0
            after = next((d.number for d in drafts[position + 1 :] if d.number is not None), None)
            if after is not None and after == before + 2:
                draft.number = before + 1
            elif kept:
                kept[-1].parts.extend(draft.parts)
                kept[-1].end = draft.end
                continue
            else:
                continue
        kept.append(draft)
    paragraphs = []
    for draft in kept:
        joined = ""
        for part in draft.parts:
            if part.startswith("\n"):
                joined += part
            elif joined.endswith("-") and not joined.endswith(" -") and part[:1].islower():
                joined = joined[:-1] + part  # a word split across lines: "multi-" + "agency"
            else:
                joined = f"{joined} {part}" if joined else part
        joined = re.sub(r"[ \t]+", " ", joined).strip()
        paragraphs.append(
            Paragraph(
                number=draft.number,
                text=joined,
                span=Span(draft.start, draft.end),
                section=draft.section,
                heading=draft.heading,
                number_inferred=draft.inferred,
            )
        )
    return paragraphs


def default_section_of(report: Report) -> str | None:
    """A report of one section (the 2013 looked after children framework) says so in its title."""
    title = (report.title or "").lower()
    if "looked after" in title and "safeguarding" not in title:
        return "looked_after_children"
    if "safeguarding" in title and "looked after" not in title:
        return "safeguarding"
    return None


def parse(text: str, source: str = "<text>", framework: str = "slac-2009") -> Report:
    """Parse a cleaned report text (``kg.reading.clean_text``) of the 2009–2013 series into the
    document model."""
    report = Report(source=source, text=text, framework=framework)
    lines = split_lines(text)
    body_start = parse_title_block(lines, report)
    state = _State(section=None)
    parse_body(lines, body_start, state)
    report.paragraphs = finish_paragraphs(state.drafts, text)
    check_is_report(report, source)
    default = default_section_of(report)
    for paragraph in report.paragraphs:
        paragraph.section = paragraph.section or default
    for heading in state.headings:
        heading.section = heading.section or default
    table = parse_findings_table(state.findings_lines, default)
    report.judgements = merge_judgements(table, state.headings)
    for recommendation in state.recommendations:
        recommendation.section = recommendation.section or default
    if not table:
        report.warnings.append("no record of main findings: judgements come from the graded headings only")
    return complete_report(report, state.recommendations, "no areas for improvement found")




_SLAC_TITLE = (re.compile(r"inspection of safeguarding (?:and looked after children )?services", re.I),)

#: The 2009–2012 areas, in both sections; the overall effectiveness of each section the title
#: names is expected (the finer areas vary between reports of the series). Each section is one
#: harmonised area: its overall effectiveness is that area's judgement, the finer grades fall
#: within it.
_HARMONISED = {"safeguarding": "Safeguarding2009Area", "looked_after_children": "LookedAfterChildren2009Area"}


def _area(section: str, label: str, wordings: tuple[str, ...], title_words: str | None = None) -> Area:
    headline = label == "Overall effectiveness"
    return Area(section, label, wordings, headline, title_words if headline else None,
                harmonised=_HARMONISED[section], match="exact" if headline else "broad")


SLAC_AREAS = tuple(
    _area(section, label, wordings, title_words)
    for section, title_words in (("safeguarding", r"safeguarding"), ("looked_after_children", r"looked after"))
    for label, wordings in (
        ("Overall effectiveness", (r"^overall effectiveness",)),
        ("Capacity for improvement", (r"^capacity (?:for|to) improve",)),
        ("Quality of provision", (r"^quality of provision",)),
        ("Leadership and management", (r"^leadership and management",)),
        ("Ambition and prioritisation", (r"^ambition and prioritisation",)),
        ("Performance management and quality assurance", (r"^performance management",)),
        ("Partnership working", (r"^partnership working",)),
        ("Equality and diversity", (r"^equality and diversity",)),
    )
) + tuple(
    _area("safeguarding", label, wordings)
    for label, wordings in (
        ("Children and young people are safe", (r"^children and young people are safe",)),
        ("The contribution of health agencies", (r"^the contribution of health",)),
    )
) + tuple(
    _area("looked_after_children", label, wordings)
    for label, wordings in (
        ("Being healthy", (r"^being healthy",)),
        ("Staying safe", (r"^staying safe",)),
        ("Enjoying and achieving", (r"^enjoying and achieving",)),
        ("Making a positive contribution", (r"^making a positive contribution",)),
        ("Economic well-being", (r"^economic well-?being",)),
    )
)


FRAMEWORK = Framework(
    id="slac-2009",
    concept="SLAC2009",
    label="Inspection of safeguarding and looked after children services (2009–2012)",
    period="2009–2012",
    recognise=lambda head: first_match(_SLAC_TITLE, head),
    grades=GRADES,
    areas=SLAC_AREAS,
    recommendations="'Areas for improvement' in each section, grouped by timescale "
    "('Immediately', 'Within three months', 'Within six months')",
    parse=parse,
)
