"""Finding the figures a report states: counts ("288 children and young people were being looked
after"), percentages ("25% of the total population") and sums of money ("£6.4 million"), each with
what it measures and its paragraph. Years, dates, ages, ranges, key stages, grades and the like
are not figures."""
from __future__ import annotations

import bisect
import re

from . import prefilter
from .model import Report, Span, Statistic

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50,
}
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY = re.compile(rf"£\s?({_NUMBER})\s*(million|m\b|billion|bn\b|k\b|thousand)?", re.I)
_PERCENT = re.compile(rf"(?<![\w.])({_NUMBER})\s?(?:%|per\s?cent\b)", re.I)
_COUNT = re.compile(
    rf"(?<![\w.,£/-])({_NUMBER}|{'|'.join(NUMBER_WORDS)})\s+(?![-–%])(?:\([^)]{{0,40}}\)\s*)?(?=[a-z])(?=((?:[\w'’()+–-]+\s*){{1,12}}))",
    re.I,
)
#: Words that make a number not a figure: "Key Stage 2", "Grade 3", "Level 3", "Section 47", "Year 9"…
_NOT_BEFORE = re.compile(
    r"\b(key stages?|grade|level|section|year|years|aged|age|ages|age of|under|over the age of|phase|tier|"
    r"paragraph|page|stage|since|until|between|at|top|the first|the last|one of the first|from)\s*$",
    re.I,
)
_UNIT_WORDS = re.compile(r"^(years?|months?|weeks?|days?|hours?|minutes?|year-olds?|year olds?|point|times)\b", re.I)
_STOP = re.compile(r"[,.;:!?]|\s(?:which|who|that|where|when|and\s+(?:the|a|\d)|but|although|whilst|while)\s")


def _value(raw: str) -> int | float:
    raw = raw.replace(",", "")
    if raw.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[raw.lower()]
    return float(raw) if "." in raw else int(raw)


#: How far before or after a figure its measure, its sentence and the words that rule it out are
#: looked for. A bounded window keeps the work per figure constant, so a long paragraph costs
#: time in proportion to its length (scanning everything before each figure made it quadratic).
#: Measures are at most a dozen words and sentences far shorter than these.
_NEAR = 1000
_SENTENCE = 5000
#: The words just before a number that make it not a figure ("Key Stage", "aged") are short.
_JUST_BEFORE = 100


def _measure_after(text: str) -> str:
    text = text[:_NEAR]
    stop = _STOP.search(text)
    measure = text[: stop.start()] if stop else text
    words = measure.split()[:12]
    return " ".join(words).strip(" ()")


def _measure_before(text: str) -> str:
    clause = re.split(r"[.;:]\s|,\s(?=[a-z]+\s)", text[-_NEAR:])[-1]
    words = clause.split()[-8:]
    return " ".join(words).strip(" ,(")


def _sentence_around(text: str, start: int, end: int) -> str:
    floor = max(0, start - _SENTENCE)
    stop = text.rfind(". ", floor, start)
    left = stop + 2 if stop >= 0 else floor
    right = text.find(". ", end, end + _SENTENCE)
    if right < 0:
        right = min(len(text), end + _SENTENCE) - 1
    return text[left : right + 1].strip()


class _Taken:
    """The spans already turned into figures, kept sorted (they never overlap), so asking whether
    a new span overlaps one takes a binary search, not a pass over them all."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)
        return index > 0 and self.ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def find_statistics(report: Report) -> list[Statistic]:
    found: list[Statistic] = []
    for paragraph in report.paragraphs:
        text = paragraph.text
        taken = _Taken()

        def add(value, unit, measure, start, end):
            if not measure or taken.overlaps(start, end):
                return
            taken.add(start, end)
            found.append(
                Statistic(
                    value=value,
                    unit=unit,
                    measure=measure,
                    paragraph=paragraph.number,
                    text=_sentence_around(text, start, end),
                    span=Span(paragraph.span.start + start, paragraph.span.start + end),
                )
            )

        for match in _MONEY.finditer(text):
            value = _value(match.group(1))
            scale = (match.group(2) or "").lower()
            value = value * {"million": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "k": 1000, "thousand": 1000}.get(scale, 1)
            value = int(value) if float(value).is_integer() else value
            before = text[max(0, match.start() - _NEAR) : match.start()]
            after = _measure_after(text[match.end() : match.end() + _NEAR])
            measure = _measure_before(before) or after
            add(value, "pounds", f"{measure} … {after}".strip(" …") if after else measure, match.start(), match.end())
        for match in prefilter.finditer(_PERCENT, text):  # most paragraphs have no '%' or 'per cent'
            after = text[match.end() : match.end() + _NEAR]
            of_clause = re.match(r"\s+(of\s+.+)", after)
            before = text[max(0, match.start() - _NEAR) : match.start()]
            measure = _measure_after(of_clause.group(1)) if of_clause else _measure_before(before)
            add(_value(match.group(1)), "percentage", measure, match.start(), match.end())
        for match in _counts(text):
            raw, following = match.group(1), match.group(2)
            if raw.lower() in NUMBER_WORDS and paragraph.section is not None:
                continue  # figures in words only count in the service information
            if not _is_count(text, match, raw, following):
                continue
            measure = _measure_after(following)
            if len(measure.split()) < 1:
                continue
            add(_value(raw), "count", measure, match.start(), match.start(1) + len(raw))
    return found


#: Where a count can begin: a run of ASCII digits (a number inside a run is glued to a digit,
#: which ``_COUNT`` refuses), or a number word in the lower-cased text.
_DIGIT_RUN = re.compile(r"[0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _counts(text: str):
    """``_COUNT.finditer(text)``, with the pattern tried only where a count can begin (tried at
    every character it costs more than all the rest of the figures' work). A text where the
    lower case would not show what ``_COUNT`` sees (another script's digits, a letter that
    ignore-case matching folds to an ASCII one, a lower case of another length) is searched whole."""
    lowered, folded = prefilter.lowered(text)
    if folded or not text.isascii() and (len(lowered) != len(text) or any(map(str.isdecimal, _NON_ASCII.findall(text)))):
        yield from _COUNT.finditer(text)
        return
    starts = [match.start() for match in _DIGIT_RUN.finditer(text)]
    for word in NUMBER_WORDS:
        index = lowered.find(word)
        while index >= 0:
            starts.append(index)
            index = lowered.find(word, index + 1)
    after = 0  # matches do not overlap: the next is looked for after the last
    for start in sorted(starts):
        if start >= after:
            match = _COUNT.match(text, start)
            if match:
                yield match
                after = match.end()


def _is_count(text: str, match: re.Match, raw: str, following: str) -> bool:
    before = text[max(0, match.start() - _JUST_BEFORE) : match.start()]
    if _NOT_BEFORE.search(before):
        return False
    if raw.isdigit() and 1900 <= int(raw) <= 2100:
        return False  # a year
    if re.match(rf"({_MONTHS})\b", following, re.I):
        return False  # a date
    if _UNIT_WORDS.match(following):
        return False  # a duration or an age
    if re.match(r"(to|or|and)\s+\d", following):
        return False  # a range: "5 to 16"
    if re.search(r"[-–/]\s*$", before) or text[match.end(1) : match.end(1) + 1] in ("-", "–", "/"):
        return False
    if raw.lower() in NUMBER_WORDS and not re.match(r"[a-z]", following):
        return False
    if raw.lower() in NUMBER_WORDS and re.match(r"(of|times|or|and|more|in)\b", following, re.I):
        return False
    return True
