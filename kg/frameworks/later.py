"""The layout shared by the frameworks of 2013 onwards: cleaned report text → document model.

Reads the single inspection framework (``sif-2013``: help and protection, children looked
after, adoption, care leavers, leadership, and the review of the LSCB) and the inspection of
local authority children's services (``ilacs-2018``, full and short). Their layout differs from
the 2009–2013 series that ``kg.parser`` reads:

- the judgements are a list on the first page ("Children who need help and protection Good",
  wrapped anywhere, the grade sometimes on its own line), repeated in the body as graded
  headings ("… help and protection: requires improvement to be good") or sentences ("The
  graded judgement for adoption is good", "The Local Safeguarding Children Board is good");
- the grade scale is Outstanding / Good / Requires improvement (to be good) / Inadequate;
- recommendations are a list ("What needs to improve", "Areas for improvement") with no
  timescale; in the SIF they are numbered in the same sequence as the paragraphs;
- PDF conversion leaves page numbers at line ends and paragraph numbers glued inside lines
  ("… home. 11.Children benefit …"), which are repaired here: a number counts as a paragraph
  number only where it runs in sequence.

Knows nothing of RDF. Section slugs: ``SECTIONS``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import PASSAGE_KEYS, Judgement, Paragraph, Recommendation, Report, Span
from .layout import Line, check_is_report, complete_report, flat, grade_slug, join_parts, parse_date, parse_date_range, split_lines

#: Section slugs of the later frameworks (judgements, recommendations and paragraphs).
SECTIONS = (
    "overall",  # overall effectiveness
    "help_and_protection",  # children who need help and protection
    "children_looked_after",  # children looked after / in care (ILACS 2018: "… and care leavers")
    "adoption",  # SIF: adoption performance
    "care_leavers",  # SIF: experiences and progress of care leavers; ILACS from 2023
    "leadership",  # SIF: leadership, management and governance; ILACS: the impact of leaders
    "lscb",  # SIF: review of the local safeguarding children board
)
#: The 4-point scale of the later frameworks, as model grade strings.
LATER_GRADES = ("outstanding", "good", "requires_improvement", "inadequate")

_A = "['\u2019]"  # either apostrophe
_GRADE_CAP = r"Outstanding|Good|Requires improvement(?: to be good)?|Inadequate"
_GRADE_ANY = r"outstanding|good|requires? improvement(?: to be good)?|inadequate"
_DATE_RANGE = (
    r"\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?\s*(?:–|—|-|to|and)\s*"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}"
)
_BULLET_CHARS = "\u2022\u25fc\u25aa\u25a0\u25cf\u25e6\u27a2\ue000-\uf8ff"
_NUMBER_AT_START = re.compile(r"^\s*(?:[-–•]\s*)?(\d{1,5})\.\s*(?=[A-Z0-9£\u2018\u201c'\"(])")
#: A paragraph number inside a line, after the end of a sentence ("… safe to do so. 12.When …").
_NUMBER_INLINE = re.compile(r"(?<=[.!?:;)\u2019\u201d'\"])\s+(\d+)\.\s*(?=[A-Z0-9£\u2018\u201c'\"(])")


# ---------------------------------------------------------------- text repair


_BULLET_AND_SPACES = re.compile(rf"[{_BULLET_CHARS}][ \t]*")
_PAGE_NUMBER_AT_END = re.compile(r"(?:^|(?<=[\s.:?!)\u2019\u201d'\"]))(\d{1,3})\s*$")


def repair_text(text: str) -> str:
    """Undo what PDF conversion left that the cleaner does not: bullet glyphs inside lines
    (each bullet starts its own line as "• "), and page numbers left at the ends of lines
    ("… improved. 2"), recognised because they run in sequence through the report."""
    # each bullet, with the spaces and tabs either side of it, becomes "\n• ": the text is split
    # at the bullets (a pattern that opens with the glyphs is searched for fast; one that opens
    # with the spaces before them is tried at every character) and the spaces before each cut off
    pieces = _BULLET_AND_SPACES.split(text)
    text = "\n• ".join([piece.rstrip(" \t") for piece in pieces[:-1]] + pieces[-1:])
    # (each run of blank lines read once, a bullet after it or not: a pattern that needed the bullet tried again from
    # every line of a run that had none, in time growing with the square of the run)
    text = re.sub(r"\n(?:[ \t]*\n)*(• )?", lambda run: "\n• " if run.group(1) else run.group(0), text)
    lines = text.split("\n")
    page = 1
    for index, line in enumerate(lines):
        if not line.rstrip()[-1:].isdecimal():  # cheaply: no digit at the end, no page number
            continue
        match = _PAGE_NUMBER_AT_END.search(line)
        if not match:
            continue
        value = int(match.group(1))
        before = line[: match.start()].rstrip()
        glued = not line[match.start() - 1 : match.start()].isspace() if match.start() else False
        if value in (page + 1, page + 2) and (not glued or before.endswith((".", "?", "!"))):
            if not before and index + 1 < len(lines) and re.match(r"\s*[a-z]", lines[index + 1] or ""):
                continue  # a bare number inside a sentence: keep
            lines[index] = before
            page = value
    return "\n".join(lines).strip("\n") + "\n"


# ---------------------------------------------------------------- title block and judgement list


_SIF_TITLE = re.compile(
    r"(?:\bRe-?\s*)?inspection of services for children in need of help and protection,? children looked after"
    r" and care leavers\d?(?:\s+and\s+Review of the effectiveness of the local safeguarding children board\d?)?",
    re.IGNORECASE,
)
_ILACS_TITLE = re.compile(
    rf"(?:\bRe-?\s*)?Inspection of (?P<place>[^\n]{{0,100}}?)\s*(?:local authority )?children{_A}s (?:social care )?services",
    re.IGNORECASE,
)
#: What may stand before a title and is not the council's name: page numbers, footnote digits.
_NOT_A_NAME = re.compile(r"^(?:\d+\s+)+|\s*\d+$")


_INSPECTION_DATES = re.compile(
    rf"(?:Inspection dates?|Inspection date\(s\)|Dates? of (?:the )?inspection)\s*:?\s*({_DATE_RANGE})", re.I
)


def inspection_dates(head: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of the inspection the title block states ("Inspection dates: 20 to
    24 January 2025"), or (None, None); ``head`` is the first pages, white space folded."""
    dates = _INSPECTION_DATES.search(head)
    return parse_date_range(dates.group(1)) if dates else (None, None)


def parse_title_block(text: str, report: Report, style: str) -> None:
    """Authority, title, inspection dates, publication date and lead inspector.

    The authority is what the first page prints before the title ("Anyshire County Council"), or,
    where nothing stands there, the place named inside the title ("Inspection of the London
    Borough of Anyshire local authority children's services"); a council's name may wrap over
    lines and a title may be a re-inspection's."""
    head = flat(text[:5000])
    title = (_SIF_TITLE if style == "sif" else _ILACS_TITLE).search(head)
    if title:
        report.title = re.sub(r"(?<=[a-z])\d$", "", title.group(0))  # a footnote digit glued to the end
        # what stands before the title, less a dates line a text may print first
        before = _NOT_A_NAME.sub("", _INSPECTION_DATES.sub("", head[: title.start()])).strip()
        place = (title.groupdict().get("place") or "").strip()
        place = re.sub(r"^the\s+", "", place, flags=re.I)
        if before and len(before) < 100:
            report.authority = _council_words(before)
        elif place:
            report.authority = place
        else:  # a text that prints the council's name after the title, before the dates
            report.authority = _council_opening(head[title.end():title.end() + 200])
    report.inspection_start, report.inspection_end = inspection_dates(head)
    published = re.search(
        r"(?:Report published|Published|Date of publication|Publication date)\s*:?\s*"
        r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})",
        head,
    )
    if published:
        report.published = parse_date(published.group(1))
    report.lead_inspector = find_lead_inspector(text)


def _council_opening(after: str) -> str | None:
    """The council's name where a text prints it right after the title ("Inspection of
    children's social care services Anyshire Borough Council Inspection dates: …"): the longest
    run of first words that names a council in the gazetteer, else None."""
    words = after.split()[:8]
    return _council_run([words[:end] for end in range(len(words), 0, -1)])


def _council_words(before: str) -> str:
    """The council's name among the words before the title: the longest run of final words that
    names a council ("Ofsted Anyshire County Council" → "Anyshire County Council"), else all."""
    words = before.split()
    return _council_run([words[start:] for start in range(len(words))]) or before


def _council_run(runs: list[list[str]]) -> str | None:
    """The first of ``runs`` of words (longest first) that names a council in the gazetteer."""
    from ..gazetteer import council_for

    return next((" ".join(run) for run in runs if council_for(" ".join(run)) is not None), None)


_NAME_STOP = re.compile(
    r"\s+(?:Deputy|Team|Quality|Senior|Additional|Her|His|HMI|Inspector|Inspectors|Regulatory|Social|Lead)\b.*$"
)


#: Where the lead inspector is named. Each starts with its words, not with the assertions about
#: what stands before them (checked once the words are found), so that ``re`` looks for the
#: words alone through the report instead of trying the whole pattern at every character.
_LEAD_INSPECTOR = (
    re.compile(r"Lead inspector(?<!\wLead inspector)(?<![Dd]eputy Lead inspector)(?<![Dd]eputy lead Lead inspector)"
               r"\s*:?\s*([^\n,;]{3,80})"),
    re.compile(r"Reporting inspector(?<!\wReporting inspector)\s*:?\s*([^\n,;]{3,80})"),
)


def find_lead_inspector(text: str) -> str | None:
    """From "Lead inspector: Name, Her Majesty's Inspector" on the first page, or from the
    inspection team list at the end ("Lead inspector: Name Deputy lead inspector: …")."""
    for pattern in _LEAD_INSPECTOR:
        for match in pattern.finditer(text):
            name = _NAME_STOP.sub("", match.group(1)).strip().rstrip(".")
            name = re.sub(r"\s*\((?:HMI|AI|SCI|OI)\)$", "", name)
            if re.fullmatch(rf"[A-Z][\w{_A[1:-1]}-]+(?: [A-Z][\w{_A[1:-1]}.-]*)+", name):
                return name
    return None


#: One row of the first page's judgement list, wrapped anywhere: "2. Children looked after and
#: achieving permanence\nGood", "The experiences and progress of\ncare leavers\nGood".
LIST_ROW = re.compile(
    rf"\s*(?:\d(?:\.\d)?\.?\s+)?(?P<area>[A-Z][^\n]{{2,160}}?(?:\n[^\n]{{1,160}}?){{0,3}}?)\s+(?P<grade>{_GRADE_CAP})(?=\s|$)"
)


@dataclass
class ListedJudgement:
    section: str
    area: str
    grade: str
    row: str
    span: Span


#: A grade where a judgement list or a judgement sentence prints one: a word of the scale
#: (wrapped anywhere: "Requires" / "improvement" / "to be good"), then the end of the row: a
#: line end, a full stop, a glued footnote digit, or the capital that starts the next row.
GRADE_TOKEN = re.compile(
    r"\b(?P<grade>outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate)\b"
    r"(?=\d|\s*[.:;]?\s*(?:$|\n)|\.?\s+(?-i:[A-Z0-9(\u2022]))",
    re.I,
)
#: Where the first page's judgements end: the contents, the summary, the list of improvements.
_HEAD_END = re.compile(
    r"^\s*(?:Contents|Executive summary|Summary of key findings|What needs to improve|Information about this"
    r"|\d?\s*Ofsted produces this report|The sections of this report)\b",
    re.I | re.M,
)
_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?)\s+")
_ROW_PREFIX = re.compile(r"^(?:Judgements?\s+Grades?\s+|Key judgements?\s+)", re.I)
#: Words after an area in a judgement sentence ("… children's services are", "… (LSCB) is that").
_SENTENCE_TAIL = re.compile(r"(?:\s+(?:is|are|was|were|requires?|remains?|that|now|judged|to be|as|overall))+\s*:?$", re.I)
_SENTENCE = re.compile(r"\b(?:is|are|judgement|services in|effectiveness of the)\b", re.I)
#: Words that make the grade after them not the judgement ("no longer inadequate").
_NOT_THIS_GRADE = re.compile(r"\b(?:no longer|not|never|than|from|rather)\s*$", re.I)
#: A verb inside a row's words: a sentence of the summary, not a row of the list.
_PROSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|remain|remains|mostly|generally|often)\b", re.I)


def parse_judgement_list(text: str, areas) -> tuple[list[ListedJudgement], int]:
    """The judgements the first page states, and the offset just after the last of them.

    Reads the first page whatever its line breaks: each grade on the page (``GRADE_TOKEN``) is
    paired with the words before it, back to the previous grade, and the shortest run of whole
    lines ending there that starts a row (a capital or a row number) and names one of the
    framework's ``areas`` is the judgement's area. So a list row ("2.1 Adoption performance
    Good"), a table row wrapped over lines with its grade split ("Requires improvement" / "to be
    good"), and a judgement sentence ("The overall judgement is that children's services require
    improvement", "Children's services in X are inadequate", "The effectiveness of the LSCB
    requires improvement") are read alike. The first statement of each area wins."""
    end_marker = _HEAD_END.search(text, 200)
    limit = min(end_marker.start() if end_marker else len(text), 8000)
    found: list[ListedJudgement] = []
    seen: set[str] = set()
    previous_end = 0
    end = 0
    for grade_match in GRADE_TOKEN.finditer(text, 0, limit):
        before = text[previous_end : grade_match.start()]
        previous_end = grade_match.end()
        if _NOT_THIS_GRADE.search(before):  # "no longer inadequate", "better than good"
            continue
        lines = before.split("\n")
        for count in range(1, min(len(lines), 4) + 1):
            candidate = flat(" ".join(lines[-count:]))
            start_of_row = flat(lines[-count])
            if not start_of_row or not (start_of_row[0].isupper() or start_of_row[0].isdigit()):
                continue
            printed = _ROW_PREFIX.sub("", _ROW_NUMBER.sub("", candidate))
            printed = _SENTENCE_TAIL.sub("", printed).strip(" .:")
            if not printed or len(printed.split()) > 25 or re.search(r"[.;!?]\s", printed):
                continue
            area = next((a for a in areas if a.matches(printed)), None)
            if area is None:
                continue
            if area.section not in ("overall", "lscb") and _PROSE_VERB.search(printed):
                continue  # prose about an area ("help and protection services are mostly good"), not its row
            if area.section not in seen:
                seen.add(area.section)
                label = printed
                if _SENTENCE.search(printed) and area.section != "lscb":
                    label = area.label  # a sentence, not a row: the area's name
                elif area.section == "lscb":
                    label = "Local Safeguarding Children Board"
                grade_words = flat(grade_match.group("grade"))
                offset = grade_match.start() - len(before) + len("\n".join(lines[:-count])) + (1 if count < len(lines) else 0)
                found.append(
                    ListedJudgement(
                        area.section, label, grade_slug(grade_words), f"{_ROW_NUMBER.sub('', candidate)} | {grade_words}",
                        Span(max(offset, 0), grade_match.end()),
                    )
                )
                end = grade_match.end()
            break
    return found, end


# ---------------------------------------------------------------- body


@dataclass
class _Draft:
    number: int
    parts: list[str]
    start: int
    end: int
    section: str | None
    heading: str | None
    inferred: bool = False
    list_item: bool = False  # an unnumbered item of an improvements list, not a paragraph
    passage: int | None = None  # running text printed without a number: its place among such passages
    bullet: bool = False  # a passage that is one bullet of a list


@dataclass
class _Stated:
    """A grade the body states: a graded heading or a judgement sentence."""

    section: str
    area: str
    grade: str
    span: Span
    first_paragraph: int | None = None


@dataclass
class _State:
    section: str | None = None
    heading: str | None = None
    last_number: int = 0
    drafts: list[_Draft] = field(default_factory=list)
    open: _Draft | None = None  # the paragraph later lines continue
    stated: list[_Stated] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    in_improvements: bool = False
    improvement_section: str | None = None
    improvement_timescale: tuple[str, str] | None = None
    finished: bool = False
    #: A report printed without paragraph numbers (some early single inspection framework
    #: reports): every block of text is a paragraph, numbered in order (marked as inferred).
    unnumbered: bool = False
    #: The framework's judgement areas (``kg.frameworks.base.Area``), in the registry's order.
    areas: tuple = ()
    passages: int = 0  # the unnumbered passages opened so far
    gap: bool = False  # a blank line (a page's end) since the last line taken
    footnotes: bool = False  # inside the footnotes at a page's foot, after one left out


def _section_of(state: _State, words: str) -> str | None:
    """The section of a graded heading or sub-heading, from the framework's own area wordings."""
    return next((area.section for area in state.areas if area.matches(words)), None)


_GRADED_HEADING = re.compile(
    rf"^(?P<area>The (?:experiences and progress|impact of leaders)\b[^:]{{5,160}}?)\s*:\s*(?P<grade>{_GRADE_ANY})\s*$",
    re.I,
)
#: A graded row in the body ("Leadership, management and governance Good"): capitalised as a
#: row is, so a wrapped sentence ("… that its leadership of training is good") is not one.
_KEY_JUDGEMENT = re.compile(
    rf"^(?P<area>(?:The (?:experiences and progress|impact of leaders)|Experiences and progress|Leadership)\b"
    rf".{{5,160}}?)\s+(?P<grade>{_GRADE_CAP})\s*$",
)
_GRADE_SENTENCE = re.compile(
    rf"^The graded judgement (?:for|about|on) (?P<area>.{{3,80}}?) is (?P<grade>{_GRADE_ANY})\.?$", re.I
)
_LSCB_SENTENCE = re.compile(
    rf"^The (?:effectiveness of the )?(?P<area>Local Safeguarding Children{_A}?s? Board|LSCB)(?: \(LSCB\))? (?:is |are )?(?P<grade>{_GRADE_ANY})\b(?! because)", re.I
)
#: How every line that opens one of the graded patterns above starts (they are anchored):
#: the windows of a line that cannot open one are not joined and tried.
_GRADED_START = re.compile(r"(?i:the\b)|Experiences\b|Leadership\b")
_IMPROVEMENTS = re.compile(
    r"^(?:What needs to improve(?: in this local authority)?\??|Areas? for (?:improvement|development)|Recommendations)\s*:?\d{0,2}\s*$",
    re.I,
)
#: A heading that ends an improvements list; any other heading inside one groups its items.
_ENDS_IMPROVEMENTS = re.compile(
    r"strengths|summary|information about|inspection judgements?|inspection team|findings|^section\b|key judgement|executive|"
    r"^the (?:local authority|lscb|local safeguarding)|what the inspection|progress since|^the experiences|"
    r"^the impact|^children who need|^children looked after|^adoption|^leadership|^overall|^how good",
    re.I,
)
_PRIORITY = re.compile(r"^Priority (?:and|&) immediate actions?\s*:?$", re.I)
_END_OF_BODY = re.compile(
    r"^(?:What the inspection judge?ments mean\s*$"
    r"|The Office for Standards in Education, Children|If you would like a copy of this document|© Crown copyright)",
    re.I,
)
_SECTION_HEADINGS = (
    (re.compile(r"^The Local Safeguarding Children{0}?s? Board \(LSCB\)$".format(_A), re.I), "lscb"),
    (re.compile(r"^Inspection judgements? about the LSCB$", re.I), "lscb"),
    (re.compile(r"^Section 2\b.*(?:safeguarding children board|LSCB)\s*$", re.I), "lscb"),
    (re.compile(r"^Section 1\b.*(?<!\d)$", re.I), None),
    (re.compile(r"^What does the LSCB need to improve\??$", re.I), "lscb"),
    (re.compile(r"^The local authority$", re.I), None),
)


def _heading_like(text: str, following: str | None) -> bool:
    """Short, capitalised, not a sentence, and followed by something that is not its
    continuation: a sub-heading."""
    if not text or len(text) > 100 or not text[:1].isupper() or len(text.split()) > 14:
        return False
    if _NUMBER_AT_START.match(text) or text.endswith((".", ",", ";", ":")) or text.startswith("•"):
        return False
    if re.search(r"\s\d{1,3}$", text):  # a contents entry
        return True
    # the next line goes on with the sentence: a lower-case word, or a number and one ("2016 and",
    # "103 days.") where this line ends in a word that cannot end a heading ("in April", "was")
    if following is not None and re.match(r"\d[\d,.]*\s+[a-z]", following) and _GOES_ON.search(text):
        return False
    return following is None or not following[:1].islower()


#: The last word of a line whose sentence goes on into the next.
_GOES_ON = re.compile(
    r"\b(?:was|were|is|are|of|in|to|for|by|at|on|from|with|than|and|or|the|a|an|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)$"
)


def _next_text(lines: list[Line], index: int) -> str | None:
    for line in lines[index + 1 :]:
        if line.stripped:
            return line.stripped
    return None


def parse_body(text: str, body_start: int, style: str, state: _State) -> None:
    lines = split_lines(text)
    index = 0
    while index < len(lines) and (lines[index].end <= body_start or 0 < body_start and lines[index].start < body_start):
        index += 1
    while index < len(lines) and not state.finished:
        index = _take_line(lines, index, style, state)


def _take_line(lines: list[Line], index: int, style: str, state: _State) -> int:
    line = lines[index]
    stripped = line.stripped
    if not stripped or re.fullmatch(r"\d{1,3}", stripped):
        state.gap = state.gap or not stripped
        return index + 1
    gap, state.gap = state.gap, False
    if state.footnotes:
        state.footnotes = not gap and _FOOTNOTE_LINE.match(stripped) is not None
        if state.footnotes:
            return index + 1  # the next footnote, its number lost or not ("2011 census.", "7 DC2101EW – …")
    if _END_OF_BODY.match(stripped) and state.drafts:  # before any paragraph: a contents entry
        _close(state)
        state.finished = True
        return index + 1
    # Headings with grades may wrap over up to three lines; try the longest window first.
    for width in (3, 2, 1) if _GRADED_START.match(stripped) else ():
        window = lines[index : index + width]
        if len(window) < width or any(not w.stripped for w in window):
            continue
        joined = flat(" ".join(w.stripped for w in window))
        consumed = _take_graded(joined, window, style, state)
        if consumed:
            return index + width
    alone = re.fullmatch(r"(\d{1,5})\.", stripped)  # "12." on a line of its own, its text below
    if alone and _plausible(int(alone.group(1)), state.last_number, at_line_start=True):
        following = _next_text(lines, index)
        if following and re.match(r"[A-Z0-9£\u2018\u201c'\"(]", following):
            _start_paragraph(state, int(alone.group(1)), line.end, line)
            return index + 1
    numbered = _NUMBER_AT_START.match(line.text)
    if numbered and _plausible(int(numbered.group(1)), state.last_number, at_line_start=True):
        _start_paragraph(state, int(numbered.group(1)), line.start + numbered.end(), line)
        return index + 1
    key = re.match(r"Key judgements?\s+Judgement grade\b", stripped, re.I)
    if key:
        row = LIST_ROW.match(lines[index].text[key.end() :] + "\n" + "\n".join(l.text for l in lines[index + 1 : index + 5]))
        if row:
            area, grade = flat(row.group("area")), grade_slug(row.group("grade"))
            section = _section_of(state, area)
            if section and grade:
                _close(state)
                state.in_improvements = False
                state.section, state.heading = section, area
                offset = len(lines[index].text) - key.end()
                consumed = row.end() - offset  # characters past the marker line
                state.stated.append(_Stated(section, area, grade, Span(line.start, line.start + key.end() + row.end())))
                while index + 1 < len(lines) and consumed > 0:
                    index += 1
                    consumed -= len(lines[index].text) + 1
                return index + 1
    if _IMPROVEMENTS.match(stripped) or _PRIORITY.match(stripped):
        _close(state)
        state.in_improvements = True
        state.improvement_timescale = ("immediately", "Priority and immediate action") if _PRIORITY.match(stripped) else None
        state.improvement_section = "lscb" if state.section == "lscb" else None
        state.heading = stripped.rstrip(":")
        return index + 1
    for pattern, section in _SECTION_HEADINGS:
        if pattern.match(stripped):
            _close(state)
            state.in_improvements = False
            state.section = section
            state.heading = stripped
            return index + 1
    if state.in_improvements and stripped.startswith("\u2022"):
        # an unnumbered item of the list ("• Ensure that …")
        _close(state)
        start = line.start + line.text.index("\u2022") + 1
        state.open = _Draft(state.last_number, [], start, start, state.section, state.heading, list_item=True)
        _append(state, stripped[1:].strip(), start)
        return index + 1
    if state.in_improvements and len(stripped) < 120 and re.search(r"\bstrengths\b", stripped, re.I):
        _close(state)  # "The local authority has the following strengths:" ends the list
        state.in_improvements = False
        state.heading = stripped.rstrip(":")
        return index + 1
    following = _next_text(lines, index)
    if _heading_like(stripped, following):
        _close(state)
        if state.in_improvements:
            sub = _section_of(state, stripped)
            if sub and len(stripped.split()) <= 6:
                state.improvement_section = sub  # "Help and protection", "Care leavers"
                return index + 1
            if not _ENDS_IMPROVEMENTS.search(stripped):
                return index + 1  # a sub-heading of the list ("Quality of work with children")
            state.in_improvements = False
        if stripped.lower() != "summary":  # keep the graded heading above a "Summary"
            state.heading = stripped
        return index + 1
    if state.unnumbered and re.match(r"[\u2022A-Z0-9\u2018\u201c'\"(]", stripped):
        _start_paragraph(state, state.last_number + 1, line.start + len(line.text) - len(line.text.lstrip()), line)
        state.drafts[-1].inferred = True
    elif state.open is not None and _FOOTNOTE.match(stripped) and _footnote_inside(state.open, lines, index):
        state.footnotes = True  # a footnote at a page's foot, inside text that goes on over the page
    elif state.open is not None and state.open.bullet and gap and re.match(r"[A-Z][a-z]", stripped):
        # a capitalised line after a page's end does not go on with a bullet: a footnote that lost
        # its number ("School census data, January 2015 …", left out where footnotes follow it),
        # or a note below the list
        if _FOOTNOTE_LINE.match(stripped) and _FOOTNOTE.match(_next_text(lines, index) or ""):
            _close(state)
            state.footnotes = True
        else:
            _start_passage(state, line)
    elif state.open is not None and not (stripped.startswith("\u2022") and state.open.passage is not None):
        _continue_paragraph(state, line)
    elif (not state.in_improvements and _PASSAGE_START.match(stripped) and not _FOOTNOTE.match(stripped)
          and not (state.heading and _OFSTED_OWN.match(state.heading))):
        _start_passage(state, line)
    return index + 1


#: How a line of running text printed without a paragraph number begins: a bullet, or a capital,
#: digit or quote (a line in lower case continues something that was not kept).
_PASSAGE_START = re.compile(r"[\u2022A-Z0-9£\u2018\u201c'\"(]")
#: Headings of Ofsted's own account of the inspection, which says nothing of the council's services.
#: The inspection team's list ends in a line that reads as a heading ("Quality assurance manager: …"),
#: above Ofsted's notice on complaints; "judgments" is how some reports spell it.
_OFSTED_OWN = re.compile(
    r"(?:Information about this inspection|The inspection team|What the inspection judge?ments mean|"
    r"(?:Deputy )?lead inspector:|Team inspectors?:|Senior data analysts?:|Quality assurance managers?:)",
    re.I,
)
#: A footnote at a page's foot: its number, then a sentence ("3 The local authority was given …"),
#: a code or an address ("7 DC2101EW – Ethnic group …", "4 www.gov.uk/…").
_FOOTNOTE = re.compile(r"\d{1,2}\s+(?:[A-Z][a-z]|[A-Z]{2,}\d*\b|www\.|https?:)")
#: A line among footnotes: short, beginning with a capital, its number or an address, and ending
#: with a full stop or the address ("School census data, January 2015 (including academies and free
#: schools).", "2011 census."); text going on over the page begins in lower case or with a list's
#: bullet or dash.
_FOOTNOTE_LINE = re.compile(r"(?=.{1,130}$)(?=[A-Z0-9(]|www\.)(?:.*\.|(?:\d{1,2}\s+)?(?:www\.|https?:)\S*)$")


def _footnote_inside(open_draft: _Draft, lines: list[Line], index: int) -> bool:
    """Whether a line that reads as a footnote ("3 The local authority was given …") is one, inside
    the open text: in a passage always (a line of its own that begins with a small number and a
    capitalised word is rare, and a bullet's begins with its glyph); in a numbered paragraph where it stands between the two halves of a sentence a page
    broke (the text before ends without a stop, the line after begins in lower case)."""
    if open_draft.passage is not None:
        return True
    return bool(open_draft.parts) and not open_draft.parts[-1].rstrip().endswith((".", "!", "?", ":", ";")) \
        and (_next_text(lines, index) or "")[:1].islower()


def _start_passage(state: _State, line: Line) -> None:
    """Open a passage: text under a heading that the report prints without a paragraph number (a
    summary, a judgement's summary, the information about the area), or one bullet of such a list.
    It does not count as a paragraph: the numbering and the judgements' first paragraphs ignore it."""
    _close(state)
    state.passages += 1
    text = line.text.strip()
    start = line.start + len(line.text) - len(line.text.lstrip())
    bullet = text.startswith("\u2022")
    if bullet:
        start += len(text) - len(text[1:].lstrip())
        text = text[1:].lstrip()
    draft = _Draft(PASSAGE_KEYS + state.passages, [], start, start, state.section, state.heading, passage=state.passages,
                   bullet=bullet)
    state.drafts.append(draft)
    state.open = draft
    _append(state, text, start)


def _take_graded(joined: str, window: list[Line], style: str, state: _State) -> bool:
    """A graded heading, a "Key judgement" row, or a judgement sentence."""
    match = _GRADED_HEADING.match(joined) or (
        _KEY_JUDGEMENT.match(joined) if style == "sif" else None
    )
    sentence = _GRADE_SENTENCE.match(joined)
    lscb = _LSCB_SENTENCE.match(joined) if len(window) == 1 else None
    if not (match or sentence or lscb):
        return False
    found = match or sentence or lscb
    area = flat(found.group("area"))
    if lscb:
        area = "Local Safeguarding Children Board"
    section = _section_of(state, area)
    grade = grade_slug(found.group("grade"))
    if section is None or grade is None:
        return False
    _close(state)
    state.in_improvements = False
    state.section = section
    state.heading = area
    state.stated.append(_Stated(section, area, grade, Span(window[0].start, window[-1].end)))
    return True


def _plausible(number: int, last: int, at_line_start: bool) -> bool:
    if last == 0:
        return 1 <= number <= 3
    return number == last + 1 or (at_line_start and number == last + 2)


def _start_paragraph(state: _State, number: int, text_start: int, line: Line) -> None:
    _close(state)
    rest = line.text[text_start - line.start :]
    section = state.improvement_section or state.section if state.in_improvements else state.section
    draft = _Draft(number, [], text_start, text_start, section, state.heading)
    state.drafts.append(draft)
    state.last_number = number
    state.open = draft
    for stated in state.stated:
        if stated.first_paragraph is None and not state.in_improvements:
            stated.first_paragraph = number
    _append(state, rest, text_start)


def _continue_paragraph(state: _State, line: Line) -> None:
    start = line.start + (len(line.text) - len(line.text.lstrip()))
    _append(state, line.text.strip(), start)


def _number_inline(piece: str, number: int) -> re.Match | None:
    """Where paragraph ``number`` starts inside ``piece``: the first place ``_NUMBER_INLINE``
    finds that number (one pattern for every number, tried again one character on where it
    finds another, rather than a pattern compiled for each number)."""
    wanted, start = str(number), 0
    while match := _NUMBER_INLINE.search(piece, start):
        if match.group(1) == wanted:
            return match
        start = match.start() + 1
    return None


def _append(state: _State, piece: str, start: int) -> None:
    """Add a piece of text to the open paragraph, splitting it where the next paragraph's
    number sits inside it ("… safe to do so. 12.When a plan …")."""
    while True:
        match = _number_inline(piece, state.last_number + 1)
        if not match:
            break
        head = piece[: match.start()].strip()
        if head and state.open is not None:
            state.open.parts.append(head)
            state.open.end = start + match.start()
        number = int(match.group(1))
        _close(state)
        text_start = start + match.end()
        section = state.improvement_section or state.section if state.in_improvements else state.section
        draft = _Draft(number, [], text_start, text_start, section, state.heading)
        state.drafts.append(draft)
        state.last_number = number
        state.open = draft
        piece, start = piece[match.end() :], text_start
    if piece.strip() and state.open is not None:
        state.open.parts.append(piece.strip())
        state.open.end = start + len(piece.rstrip())


def _close(state: _State) -> None:
    if state.open is not None and state.in_improvements:
        text = join_parts(state.open.parts)
        state.recommendations.append(
            Recommendation(
                section=state.improvement_section or state.section,
                text=text,
                timescale=state.improvement_timescale[0] if state.improvement_timescale else None,
                timescale_label=state.improvement_timescale[1] if state.improvement_timescale else None,
                paragraph=None if state.open.list_item else state.open.number,
                heading=state.heading if state.open.list_item else None,
                span=Span(state.open.start, state.open.end),
            )
        )
    state.open = None


# ---------------------------------------------------------------- ILACS: what needs to improve


_LIST_HEADING = re.compile(
    r"^\s*(?:What needs to improve(?: in this local authority)?\??|Areas? for improvement|Recommendations)\s*:?\d{0,2}\s*$",
    re.I | re.M,
)


def parse_bullet_recommendations(text: str, start: int, style: str) -> tuple[list[Recommendation], int, int | None]:
    """The ILACS "What needs to improve" list between the judgement table and the first graded
    section: bullets (or numbered items) with no timescale. Returns them, where the list ends, and
    where its heading begins (None where there is no list)."""
    match = _LIST_HEADING.search(text, start)
    if not match:
        return [], start, None
    stop = re.compile(
        r"^\s*(?:The (?:experiences and progress|impact of leaders)\b|1\.\s*[A-Z])", re.I | re.M
    ).search(text, match.end())
    end = stop.start() if stop else len(text)
    block = text[match.end() : end]
    items: list[tuple[int, str]] = []
    pattern = re.compile(r"^\s*(?:•|\d{1,2}[.)]|\(?[a-z]\))\s+", re.M)
    starts = [m for m in pattern.finditer(block)]
    for position, item in enumerate(starts):
        item_end = starts[position + 1].start() if position + 1 < len(starts) else len(block)
        body = block[item.end() : item_end]
        items.append((match.end() + item.end(), body))
    if not starts and block.strip():
        offset = match.end()
        for line in block.split("\n"):
            if line.strip():
                items.append((offset, line))
            offset += len(line) + 1
    recommendations = []
    for offset, body in items:
        cleaned = flat(body)
        if not cleaned:
            continue
        recommendations.append(
            Recommendation(
                section="overall",
                text=cleaned,
                timescale=None,
                span=Span(offset, offset + len(body.rstrip())),
            )
        )
    return recommendations, end, match.start()


# ---------------------------------------------------------------- assembling


def _paragraphs(drafts: list[_Draft]) -> list[Paragraph]:
    return [
        Paragraph(
            number=d.number,
            text=join_parts(d.parts),
            span=Span(d.start, max(d.end, d.start)),
            section=d.section,
            heading=d.heading,
            number_inferred=d.inferred,
            passage=d.passage,
        )
        for d in drafts
        if d.parts or d.passage is None
    ]


def merge_judgements(
    listed: list[ListedJudgement], stated: list[_Stated], paragraphs: list[Paragraph]
) -> list[Judgement]:
    """The first-page list is authoritative; the body adds stated grades and the first
    paragraph under each graded heading, and any judgement the list lacks."""
    judgements: list[Judgement] = []
    by_section: dict[str, _Stated] = {}
    for item in stated:
        by_section.setdefault(item.section, item)
    seen = set()
    for item in listed:
        section = item.section
        if section in seen:
            continue
        seen.add(section)
        body = by_section.get(section)
        judgements.append(
            Judgement(
                section=section,
                area=item.area,
                grade=item.grade,
                findings_table_grade=item.grade,
                stated_grade=body.grade if body else None,
                paragraph=body.first_paragraph if body else None,
                findings_row=item.row,
                span=item.span,
            )
        )
    for item in stated:
        if item.section in seen:
            continue
        seen.add(item.section)
        judgements.append(
            Judgement.stated_in_body(item.section, item.area, item.grade, item.first_paragraph, item.span)
        )
    overall = next((j for j in judgements if j.section == "overall"), None)
    if overall is not None and overall.paragraph is None and paragraphs:
        overall.paragraph = None  # the overall judgement sits above the numbered paragraphs
    return judgements


def parse(text: str, source: str, framework: str, style: str) -> Report:
    """Parse a cleaned report text (``kg.reading.clean_text``) of a framework of 2013 onwards
    into the document model. ``style`` is the layout family: ``"sif"`` (single inspection
    framework: numbered recommendations, an LSCB review) or ``"ilacs"`` (a judgement table and a
    bulleted "What needs to improve" list)."""
    text = repair_text(text)
    report = Report(source=source, text=text, framework=framework)
    parse_title_block(text, report, style)
    from . import BY_ID

    listed, body_start = parse_judgement_list(text, BY_ID[framework].areas)
    state = _State(areas=BY_ID[framework].areas)
    bullet_recommendations: list[Recommendation] = []
    if style == "ilacs":
        headline_start = body_start
        bullet_recommendations, body_start, list_heading = parse_bullet_recommendations(text, body_start, style)
        if bullet_recommendations:
            # the headline findings above "What needs to improve": passages (the list below them
            # is the recommendations, read above)
            parse_body(text[:list_heading], headline_start, style, state)
            _close(state)
    parse_body(text, body_start, style, state)
    _close(state)
    if state.last_number < 3:  # no numbered paragraphs: read the text's blocks as paragraphs
        state = _State(unnumbered=True, areas=BY_ID[framework].areas)
        parse_body(text, body_start, style, state)
        _close(state)
    report.paragraphs = _paragraphs(state.drafts)
    check_is_report(report, source)
    report.judgements = merge_judgements(listed, state.stated, report.paragraphs)
    if not listed:
        report.warnings.append("no judgement list on the first page: judgements come from the body only")
    return complete_report(report, bullet_recommendations + state.recommendations, "no recommendations found")
