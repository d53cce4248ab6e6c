"""Finding the figures a report states: counts ("288 children and young people were being looked
after", "three children's homes"), percentages ("25% of the total population"), proportions in
words ("half of care leavers", "a third of the workforce", "one in five"), rates ("48.3 per 10,000
children"), sums of money ("£6.4 million") and measured lengths of time ("an average of 487 days"),
each with what it measures and its paragraph. Years, dates, ages, ranges of ages, key stages,
grades, timescales that are rules ("within 20 working days"), numbers in names ("Anyshire 2
Gether") and the like are not figures."""
from __future__ import annotations

import bisect
import re

from . import prefilter
from .model import Report, Span, Statistic

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: Numbers written in words ("one" counts only where the text counts with it: ``_is_count``).
NUMBER_WORDS = {
    **_UNITS,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
    **{f"{tens}{joint}{unit}": t + u for tens, t in _TENS.items() for unit, u in _UNITS.items() for joint in "- "},
    **_TENS,
}
#: Longest first, so that "twenty-one" is read whole, not as "twenty".
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY = re.compile(rf"£\s?({_NUMBER})\s*(million|m\b|billion|bn\b|k\b|thousand)?", re.I)
_PERCENT_SIGN = re.compile(r"%|per\s?cent\b")
_PERCENT = re.compile(rf"(?<![\w.])({_NUMBER}|(?<![\w-])(?:{_WORDS}))\s?(?:%|per\s?cent\b)", re.I)
#: The number just before a "%" or "per cent" (searched within a few dozen characters before it).
_PERCENT_BEFORE = re.compile(rf"(?<![\w.])(?:{_NUMBER}|(?<![\w-])(?:{_WORDS}))\s?\Z", re.I)
#: A rate: "48.3 per 10,000 children", "a rate of 65 per 10,000".
_RATE = re.compile(rf"(?<![\w.,£/-])({_NUMBER})\s+per\s+({_NUMBER})(?![\w.,])", re.I)
#: Where a rate may stand (in the lower-cased text): "per" and a number, whatever the number.
_PER_NUMBER = re.compile(r"\sper\s+\d")
#: A proportion in words: "half of", "half the national average", "a third of", "two thirds of",
#: "a quarter of", "one in five", "three out of four".
_FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_PROPORTION = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<half>half)(?=\s+(?:of|the|what|its|their|these|those|all)\b)"
    r"|(?P<count>a|one|two|three|four)[\s-](?P<part>thirds?|quarters?|fifths?)(?=\s+(?:of|the)\b)"
    rf"|(?P<one>one)\s+in\s+(?P<every>{_WORDS}|{_NUMBER})(?![\w–-])"
    rf"|(?P<some>{_WORDS}|{_NUMBER})\s+out\s+of\s+(?P<all>{_WORDS}|{_NUMBER})(?![\w–-])"
    r")",
    re.I,
)
#: Words before "half" that make it a part of a period, not a proportion: "the first half of the year".
_HALF_OF_PERIOD = re.compile(r"\b(?:first|second|last|latter|other)\s+$", re.I)
#: A length of time: "545 days", "35 weeks", "18 months", "25 hours".
#: The units a measured length of time is given in, each a figure's unit ("days", …): one list for
#: the pattern, the scan's anchor and the look back from it.
_DURATION_UNITS = {"day": "days", "week": "weeks", "month": "months", "hour": "hours", "year": "years"}
_UNIT_OF_TIME = "(?:" + "|".join(_DURATION_UNITS) + ")s?"
_DURATION = re.compile(rf"(?<![\w.,£/-])({_NUMBER}|{_WORDS})\s+(?:working\s+)?({_UNIT_OF_TIME})\b", re.I)
#: What makes a length of time a measurement of what happened, before it ("the average was 31 weeks",
#: "is 545 days", "improving to 30 weeks", "a figure for 2012–13 of 35 weeks") …
_MEASURED_BEFORE = re.compile(
    r"(?:\baverage\b[^.;:]{0,40}?|\bfigure\b[^.;:]{0,40}?|\b(?:is|was|were|are|now|to|from|of|at|taking|took|takes|taken))"
    r"(?:\s+(?:about|around|approximately|nearly|almost|just|only|over|under|an? average of))?\s*$",
    re.I,
)
#: … or after it ("64 days quicker than the England average", "within 153 days on average").
_MEASURED_AFTER = re.compile(
    r"\s*(?:quicker|slower|faster|longer|shorter|on average|above|below|better|worse|behind|ahead|more than|less than)\b", re.I
)
#: … unless it is a rule, a target or a period: "within 20 working days", "a target of 26 weeks",
#: "in the last 12 months", "for up to six months", "every six weeks".
_RULE_BEFORE = re.compile(
    r"\b(?:within|every|each|up to|after|before|last|past|next|more than|less than|at least|under|over|aged?|for|than|per|by)"
    r"(?:\s+(?:about|around|approximately|nearly|almost|just|only|the))?\s*$"
    r"|\b(?:targets?|timescales?|standards?|thresholds?|expectations?|requirements?|deadlines?|prescriptions?|limits?|"
    r"maximum|minimum|statutory)\b[^.;:]{0,30}$",
    re.I,
)
#: … but "for" after a state that has lasted is a measurement: "in operation for three months",
#: "has not been refreshed for 18 months", "had waited for nine months".
_LASTED_FOR = re.compile(
    r"\b(?:been(?:\s+(?:in\s+\w+|\w+ed|\w+en|open|operational|vacant))?|operational|in\s+operation|operating|running|"
    r"waited|waiting|vacant|in\s+post|in\s+place)\s+for(?:\s+(?:about|around|approximately|nearly|almost|just|only|over))?\s*$",
    re.I,
)
#: … unless the state is a condition or who it is said of: "young people who have been in care for
#: 13 weeks are eligible", "where children have been in care for six months", "if a child is waiting
#: for 20 days"; or a threshold: "waiting for six weeks or more".
_CONDITION_BEFORE = re.compile(r"\b(?:who|whose|where|if|when|whenever|once|until|unless)\b[^.;:,()]{0,60}$", re.I)
_OR_MORE_AFTER = re.compile(r"\s*(?:or\s+(?:more|longer|over|above)|and\s+(?:over|above))\b", re.I)
#: An age, not a length of time: "the average age is 8 years", "16 year-olds".
_AGE_BEFORE = re.compile(r"\bage[sd]?\b[^.;:]{0,30}$", re.I)
#: Where a proportion or a length of time may stand (in the lower-cased text).
_PROPORTION_HINTS = ("half", "third", "quarter", "fifth")
#: "one in five", "3 out of 4": "one in" or "out of" followed by a number (most "out of"s are not).
_PROPORTION_PAIR = re.compile(rf"(?:one in|out of)\s+(?:\d|(?:{_WORDS})\b)")
_TIME_UNIT = re.compile(rf"{_UNIT_OF_TIME}\b")
#: How far before a unit of time or a "%" its number is looked for: "99,999,999.99 working " is
#: 27 characters, "seventy-seven " 14 (a number that begins further back is not read, where the
#: pattern tried at every character would read it: no figure is written so).
_NUMBER_REACH = 40
_DURATION_BEFORE = re.compile(rf"(?<![\w.,£/-])(?:{_NUMBER}|{_WORDS})\s+(?:working\s+)?{_UNIT_OF_TIME}\b\Z", re.I)
_COUNT = re.compile(
    rf"(?<![\w.,£/-])({_NUMBER}|{_WORDS})\s+(?![-–%])(?:\([^)]{{0,40}}\)\s*)?(?=[a-z])(?=((?:[\w'’()+–-]+\s*){{1,12}}))",
    re.I,
)
#: Words that make a number not a figure: "Key Stage 2", "Grade 3", "Level 3", "Section 47", "Year 9"…
_NOT_BEFORE = re.compile(
    r"\b(?:key stages?|grades?|levels?|sections?|year|years|aged|age|ages|age of|under|over the age of|phases?|tiers?|"
    r"paragraph|page|stages?|since|until|the first|the last|one of the first|turning|turned|turns)"
    # the second number of a list or range of those: "Key Stages 2 and 4", "aged between 19 and 21"
    r"(?:\s+between)?(?:\s+\d+(?:\s*,\s*\d+)*\s*(?:and|or|to|-|–))?\s*$",
    re.I,
)
#: The end of a range whose start is the figure ("between 15 and 20 children", "18 to 22 children"),
#: unless the text gives a change from one figure to another ("from 30 to 40 children").
_RANGE_END = re.compile(r"\bbetween\s+[\d,.]+\s+and\s*$|(?<!from)\s(?!(?:19|20)\d\d\b)[\d,.]+\s*(?:to|-|–)\s*$", re.I)
#: A range of ages or of lengths of time: "5 to 16 years", "16 and 17 year olds", "four to six weeks".
_TIME_RANGE = re.compile(
    rf"(?:to|and|or|-|–)\s*(?:\d+|{_WORDS})\s*(?:-|\s)?{_UNIT_OF_TIME}\b", re.I  # "year-olds": "year", then a dash
)
#: The end of a range of lengths of time: "every four to six weeks", "over the last six to 12 months".
_TIME_RANGE_END = re.compile(rf"(?:\d+|\b(?:{_WORDS}))\s*(?:to|or|-|–)\s*$", re.I)
#: A capitalised word before a number inside a sentence makes the number part of a name ("Anyshire 2
#: Gether", "RISK 2 assessment"); the first word of a sentence or a bullet does not ("Twelve young people").
_NAME_BEFORE = re.compile(r"(?<=[^\s.!?:;•(\u2022])\s+[A-Z][\w&-]*(?<![’']s)\s+$")
_UNIT_WORDS = re.compile(
    r"^(?:(?:years?|months?|weeks?|days?|hours?|minutes?|year-olds?|year olds?|point|times|miles?|metres?|kilometres?|km|"
    r"gcses?)\b)", re.I
)
#: A range's end followed by a verb: the range is of ages or of a rule, not a count of anything.
_RANGE_BEFORE_VERB = re.compile(r"(?:to|and|-|–)\s*[\d,.]+\s+(?:is|are|was|were|will|can|may|it|they)\b", re.I)
#: A number in brackets after what it counts ("a large number of cases (486)", "relatively low (six)").
_BRACKETED = re.compile(rf"(?<=[a-z’'])\s+\(\s*({_NUMBER}|{_WORDS})\s*\)", re.I)
#: A number at a clause's end after a word that says it is an amount ("increased by 67,", "an
#: average of 110.", "a total of 40;").
_AMOUNT_AT_END = re.compile(
    rf"\b(?:by|average of|total of|totalled|totaling|totalling|reached|numbered)\s+(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?=\s*[,.;:)](?!\d))",
    re.I,
)
#: A digit before a stop, where a number at a clause's end may stand.
_DIGIT_THEN_STOP = re.compile(r"[0-9][,.;:)]")
#: Exam grades after a number: "5 A*-C GCSEs", "five A-G grades".
_GRADES_AFTER = re.compile(r"\s+[A-G]\*?\s*(?:[-–]|to)\s*[A-G]\b")
#: A verb or a joining word after "at 16": the number is an age, not a count of anything.
_VERB_AFTER = re.compile(r"(?:are|is|was|were|and|or|to|into|in|who|they|it|you|we|he|she|have|has|had|will|can|may)\b", re.I)
_INSPECTORS = re.compile(r"(?:of\s+)?(?:(?:Her|His)\s+Majesty|inspectors?\b|HMI\b)", re.I)
_STOP = re.compile(r"[,.;:!?]|\s(?:which|who|that|where|when|and\s+(?:the|a|\d)|but|although|whilst|while)\s")


def _is_year(raw: str) -> bool:
    return raw.isdecimal() and 1900 <= int(raw) <= 2100


def _value(raw: str) -> int | float:
    raw = raw.replace(",", "")
    if raw.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[raw.lower()]
    return float(raw) if "." in raw else int(raw)


#: How far before or after a figure its measure, its sentence and the words that rule it out are
#: looked for. A bounded window keeps the work per figure constant, so a long paragraph costs
#: time in proportion to its length (scanning everything before each figure made it quadratic).
#: Measures are at most a dozen words, and sentences far shorter than these (the longest a figure of
#: ../shared/corpus quotes is 552 characters): a figure in text with no sentence end quotes
#: 1,000 characters either side, so that a run-on text of figures does not quote 10,000 for each.
_NEAR = 1000
_SENTENCE = 1000
#: The words just before a number that make it not a figure ("Key Stage", "aged") are short.
_JUST_BEFORE = 100


def _measure_after(text: str) -> str:
    text = text[:_NEAR]
    stop = _STOP.search(text)
    measure = text[: stop.start()] if stop else text
    words = measure.split()[:12]
    return " ".join(words).strip(" ()")


def _measure_before(text: str) -> str:
    clauses = re.split(r"[.;:]\s|,\s(?=[a-z]+\s)", text[-_NEAR:])
    clause = clauses[-1]
    if not clause.strip() and len(clauses) > 1 and text.rstrip().endswith(":"):
        clause = clauses[-2]  # a label and its figure: "Asian or Asian British: 22%"
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
        lowered, folded = prefilter.lowered(text)
        rates = _RATE.finditer(text) if folded or _PER_NUMBER.search(lowered) else ()
        for match in rates:  # before the counts: "10,000 children" is the rate's base ("per 10,000", "per 1,000")
            before = text[max(0, match.start() - _NEAR) : match.start()]
            base = match.group(2)
            after = _measure_after(text[match.end() : match.end() + _NEAR])
            measure = f"{_measure_before(before)} … per {base} {after}".strip(" …")
            add(_value(match.group(1)), "rate", measure, match.start(), match.end())
        for match in _percentages(text):
            after = text[match.end() : match.end() + _NEAR]
            of_clause = re.match(r"\s+(of\s+.+)", after)
            before = text[max(0, match.start() - _NEAR) : match.start()]
            measure = _measure_after(of_clause.group(1)) if of_clause else _measure_before(before)
            add(_value(match.group(1)), "percentage", measure, match.start(), match.end())
        for match in _proportions(text):
            value = _proportion(match, text)
            if value is not None:
                after = text[match.end() : match.end() + _NEAR]
                before = text[max(0, match.start() - _NEAR) : match.start()]
                measure = _measure_after(after) or _measure_before(before)
                add(value, "proportion", measure, match.start(), match.end())
        for match in _durations(text):
            after = text[match.end() : match.end() + _JUST_BEFORE]
            if not _is_measured_length(match, text[max(0, match.start() - _JUST_BEFORE) : match.start()], after):
                continue
            unit = _DURATION_UNITS[match.group(2).lower().rstrip("s")]
            measure = _measure_before(text[max(0, match.start() - _NEAR) : match.start()]) or _measure_after(after)
            add(_value(match.group(1)), unit, measure, match.start(), match.end())
        for pattern, hint in ((_BRACKETED, ")" in text), (_AMOUNT_AT_END, _DIGIT_THEN_STOP.search(text))):
            for match in prefilter.finditer(pattern, text) if hint or folded else ():
                raw = match.group(1)
                before = text[max(0, match.start(1) - _JUST_BEFORE) : match.start(1)]
                if _is_year(raw) or raw.isdecimal() and pattern is _BRACKETED and int(raw) < 10:
                    continue  # a year; "(1)", "(2)": a list's items
                if raw.lower() == "one" or _NOT_BEFORE.search(before):
                    continue
                measure = _measure_before(text[max(0, match.start() - _NEAR) : match.start()])
                add(_value(raw), "count", measure, match.start(1), match.end(1))
        for match in _counts(text):
            raw, following = match.group(1), match.group(2)
            at = paragraph.span.start + match.start() - 1  # the report's text keeps the line breaks
            if not _is_count(text, match, raw, following, 0 <= at < len(report.text) and report.text[at] == "\n"):
                continue
            measure = _measure_after(following)
            if len(measure.split()) < 1:
                continue
            add(_value(raw), "count", measure, match.start(), match.start(1) + len(raw))
    return found


def _is_measured_length(match: re.Match[str], before: str, after: str) -> bool:
    """Whether a length of time (a ``_DURATION`` match, with the text ``before`` and ``after`` it)
    is a measurement of what happened: said so by the words around it ("the average was 31 weeks",
    "83 days quicker than"), or something has lasted so long ("in operation for three months");
    not a rule, a target, a period, a condition, a threshold or an age. Years only where something
    has lasted or is compared: "a child of six years", "in the three years 2013–16", "extends to 25
    years" are ages and periods."""
    raw = match.group(1)
    if raw.lower() == "one" or _is_year(raw):
        return False
    in_years = match.group(2).lower().startswith("year")
    lasted = _LASTED_FOR.search(before) and not _CONDITION_BEFORE.search(before) and not _OR_MORE_AFTER.match(after)
    measured = _MEASURED_AFTER.match(after) or lasted or (
        not in_years and _MEASURED_BEFORE.search(before) and not _RULE_BEFORE.search(before))
    if not measured or _TIME_RANGE_END.search(before) or re.match(r"[\s-]*(?:olds?|of age)\b", after, re.I):
        return False  # "every four to six weeks": a rule's range; "seven months old": an age
    return not (in_years and _AGE_BEFORE.search(before))


def _proportions(text: str):
    """``_PROPORTION.finditer(text)``, with no search where no word of a proportion stands."""
    lowered, folded = prefilter.lowered(text)
    wanted = folded or any(hint in lowered for hint in _PROPORTION_HINTS) or _PROPORTION_PAIR.search(lowered)
    return _PROPORTION.finditer(text) if wanted else ()


def _percentages(text: str):
    """``_PERCENT.finditer(text)``, tried only just before each "%" or "per cent" (its numbers in
    words make the pattern slow to try at every character)."""
    return _anchored(text, _PERCENT, _PERCENT_SIGN, _PERCENT_BEFORE, through_anchor=False)


def _durations(text: str):
    """``_DURATION.finditer(text)``, tried only just before each unit of time ("days", "weeks" …)."""
    return _anchored(text, _DURATION, _TIME_UNIT, _DURATION_BEFORE, through_anchor=True)


def _anchored(text: str, pattern: re.Pattern, anchor: re.Pattern, lead: re.Pattern, through_anchor: bool):
    """``pattern.finditer(text)``, with the pattern tried only where ``lead`` (a number, ending in
    ``\\Z``) ends just before each ``anchor`` in the lower-cased text, or at its end where
    ``through_anchor`` (the lead takes in the anchor itself). A text whose lower case would not show
    what the pattern sees is searched whole."""
    lowered, folded = prefilter.lowered(text)
    if folded or len(lowered) != len(text):
        yield from pattern.finditer(text)
        return
    after = 0  # matches do not overlap: each is looked for after the last
    for sign in anchor.finditer(lowered):
        floor = max(after, sign.start() - _NUMBER_REACH)
        match = lead.search(text, floor, sign.end() if through_anchor else sign.start())
        if match is not None:
            match = pattern.match(text, match.start())
            if match is not None and match.start() >= after:
                yield match
                after = match.end()


def _proportion(match: re.Match, text: str) -> float | None:
    """The value of a proportion in words, or None where the words are not one ("the first half of the year")."""
    if match.group("half"):
        return None if _HALF_OF_PERIOD.search(text, max(0, match.start() - 12), match.start()) else 0.5
    if match.group("part"):
        count = match.group("count").lower()
        count = 1 if count in ("a", "one") else _UNITS[count]
        part = _FRACTIONS[match.group("part").lower()]
        return round(count / part, 3) if count < part else None
    whole = match.group("every") or match.group("all")
    if _is_year(whole):
        return None  # "one in 2016": one that year
    if match.group("one"):
        every = _value(match.group("every"))
        return _rounded(1 / every) if every > 1 else None
    some, every = _value(match.group("some")), _value(match.group("all"))
    return _rounded(some / every) if 0 < some <= every else None


def _rounded(share: float) -> float:
    """A share to three decimal places, or to three significant figures where that would make it
    0 ("one in 20,000" is 0.00005)."""
    return round(share, 3) or float(f"{share:.3g}")


#: Where a count can begin: a run of ASCII digits (a number inside a run is glued to a digit,
#: which ``_COUNT`` refuses), or a number word in the lower-cased text.
_DIGIT_RUN = re.compile(r"[0-9]+")
#: The first four letters of every number word ("twen" for "twenty-one"): fewer to look for than the words.
_WORD_PREFIXES = sorted({word[:4] for word in NUMBER_WORDS})
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
    for prefix in _WORD_PREFIXES:  # every place a number word may begin (str.find is the fastest scan)
        index = lowered.find(prefix)
        while index >= 0:
            starts.append(index)
            index = lowered.find(prefix, index + 1)
    after = 0  # matches do not overlap: the next is looked for after the last
    for start in sorted(starts):
        if start >= after:
            match = _COUNT.match(text, start)
            if match:
                yield match
                after = match.end()


def _is_count(text: str, match: re.Match, raw: str, following: str, line_start: bool = False) -> bool:
    before = text[max(0, match.start() - _JUST_BEFORE) : match.start()]
    word = raw.lower() in NUMBER_WORDS
    if raw.lower() == "one" and not (_ONE_COUNTS_BEFORE.search(before) or _ONE_COUNTS_AFTER.match(following)):
        return False  # "one of the", "in one case": only where the text counts with it (asked first: "one" is common)
    if _NOT_BEFORE.search(before) or _RANGE_END.search(before):
        return False
    if _is_year(raw):
        return False  # a year
    if re.match(rf"({_MONTHS})\b", following, re.I):
        return False  # a date
    if _UNIT_WORDS.match(following) or _GRADES_AFTER.match(text, match.end(1)):
        return False  # a duration, an age, a distance or exam grades ("five A*-C grades")
    if re.search(r"\bat\s*$", before) and _VERB_AFTER.match(following):
        return False  # an age: "young people who leave school at 16 are …"
    if _INSPECTORS.match(following):
        return False  # the inspection team: Ofsted's account of itself, not a figure of the council's
    if _TIME_RANGE.match(following) or raw == "0" and re.match(r"(?:to|-|–)\b", following):
        return False  # a range of ages or of time: "5 to 16 years", "four to six weeks", "the 0 to 18 population"
    if re.search(r"(?:[-/]\s*|–)$", before) or text[match.end(1) : match.end(1) + 1] in ("-", "–", "/"):
        return False  # "5-16", "2014/15" (a spaced dash sets a figure off: "orders – 191 in the last year")
    if _RANGE_BEFORE_VERB.match(following):
        return False  # "between 21 and 25 is only available": ages, the range followed by its verb
    if not word and line_start and len(raw) <= 2 and re.match(r"[A-Z][a-z]", following) and re.search(r"[a-z]\s$", before):
        return False  # a footnote's number at a line's start, spliced into a sentence: "… assessments\n1 The areas …"
    if not word and len(raw) <= 2 and _NAME_BEFORE.search(before):
        return False  # a small number in a name: "the Anyshire 2 Gether group" (not "the 2011 Census 322,743")
    if word and (raw.isupper() or re.match(r"[A-Z][a-z]", following)):
        return False  # "TWO", "Two Counties": a name, not a count ("two SCRs" is one)
    if word and re.match(r"(times|or|and)\b", following, re.I):
        return False  # "two or three"
    return True


#: What makes "one" a count: "only one child", "operates one home", "one more than last year".
_ONE_COUNTS_BEFORE = re.compile(r"\b(?:only|just|operates|operated|runs|ran)\s*$", re.I)
_ONE_COUNTS_AFTER = re.compile(r"(?:more|fewer|less)\b", re.I)
