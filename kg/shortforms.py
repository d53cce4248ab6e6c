"""The short forms a report defines: "full name (ACR)", "ACR (full name)", "full name (ACR) team",
"X, known as 'Y' (Z)". Finds each definition and the long form it spells out, by the
Schwartz–Hearst rule (the short form's letters appear in order in the long form, its first letter
starting a word). Knows nothing of bodies: ``kg.entities`` decides which long forms name one."""
from __future__ import annotations

import re
from dataclasses import dataclass

#: A short form in brackets: "(MASH)", "(CiCC)", "(C4K)", "(ARC/LAC)", "(Cafcass)", "(the LSCB)".
_BRACKETED = re.compile(r"\(\s*(?:the\s+)?([A-Za-z][A-Za-z0-9&/'’-]{1,11})\s*\)")
#: A short form with the kind word its long form ends in: "(MET hub)", "(the VEMT panel)".
_SHORT_AND_KIND = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,7})\s+(hub|team|panel|group|unit|service|forum|board|sub-group)\s*\)",
                             re.IGNORECASE)
#: A place's name and a short form in brackets: "(Wyre CVS)", of "Wyre Council for Voluntary Service".
_PLACE_AND_SHORT = re.compile(r"\(\s*(?:the\s+)?((?:[A-Z][a-z]+\s+){1,3})([A-Z][A-Za-z&]{1,7})\s*\)")
#: An NHS commissioner's short form, its area's letters or words and its kind's letters: "(NEW Devon CCG)", "(HMR CCG)" of
#: "NHS Heywood, Middleton and Rochdale Clinical Commissioning Group".
_AREA_AND_COMMISSIONER = re.compile(r"\(\s*(?:the\s+)?((?:[A-Z][A-Za-z&]*\s+){1,3}(CCG|ICB|PCT))s?\s*\)")
_COMMISSIONERS_WORDS = {"CCG": "Clinical Commissioning Group", "ICB": "Integrated Care Board", "PCT": "Primary Care Trust"}
#: A run of capitalised words (small words and commas inside) ending where a text ends: a name right before a bracket.
_CAPITALISED_RUN_BEFORE = re.compile(r"(?<![\w’'&-])[A-Z][\w’'&-]*(?:,?\s+(?:(?:and|of|the|&|upon|on)\s+)*[A-Z][\w’'&-]*)*$")


#: Where a commissioner's name may start inside a run of capitals: after "and", a comma, "of" or "at" ("The Chair of NHS …").
_A_NAME_MAY_START = re.compile(r"(?:,|\s+and|\s+of|\s+at|\s+&)\s+(?:the\s+)?(?=[A-Z])")


def _area_abbreviated(short: list[str], words: list[str]) -> bool:
    """Whether a short form's area tokens name an area's words in order from its first: capitals their words' initials
    ("NEW" of "Northern, Eastern and Western", "T&W" of "Telford and Wrekin", "CIoS" of "Cornwall and the Isles of
    Scilly", "GM" of "Greater Manchester Integrated Care Board"), a word the next word itself ("Devon")."""
    position = 0  # the index in ``words`` the next token names from
    for token in short:
        letters = token.replace("&", "")
        while position < len(words) and words[position] in _SMALL_WORDS:
            position += 1
        initials = [w[:1].lower() for w in words[position:]]
        if sum(c.isupper() for c in letters) >= 2:  # "NEW", "T&W", "HaST", "CIoS": initials, a small word's among them
            reach = _initials_reach(letters.lower(), initials) if initials[:1] == [letters[0].lower()] else None
            if reach is None:
                return False
            position += reach
        elif position < len(words) and words[position] == token:
            position += 1
        else:
            return False  # (the first token names the area's first word: not "Wyre CCG" of "Barnardo's and Wyre …")
    return bool(short)


def _nhs_long_form(before: str, short: str, kind_words: str = "") -> int | None:
    """Where in ``before`` the NHS body's name starts that a short form in brackets right after it abbreviates: the
    longest run of capitals to the bracket whose area the short form's tokens name from its first word, holding no other
    body's kind word. With ``kind_words`` ("Clinical Commissioning Group") the run ends in them and the short form's last
    token is their letters ("(NEW Devon CCG)", "NHS" before the area or not); without, the run opens with "NHS" and the
    short form is "NHS" and the area's letters ("(NHS GM)"). Not "Barnardo's and Wyre Clinical Commissioning Group (Wyre
    CCG)" (the commissioner alone), "The Chair of NHS Anyford …" (the body, not its chair), "NHS Anyford and Wyre County
    Council (NHS AW)" (a commissioner and a council, written together)."""
    run = _CAPITALISED_RUN_BEFORE.search(before, max(0, len(before) - 200))
    if run is None or kind_words and not before.endswith(" " + kind_words):
        return None
    tokens = short.split()[:-1] if kind_words else short.split()[1:]
    for at in [run.start(), *(m.end() for m in _A_NAME_MAY_START.finditer(before, run.start()))]:
        long = before[at:]
        if not kind_words and not long.startswith("NHS "):
            continue
        area = long.removeprefix("NHS ")
        area = area[: len(area) - len(kind_words)] if kind_words else area
        words = [part for w in area.split() for part in w.strip(",").split("-") if part]  # ("HaST" of "… Stockton-on-Tees")
        if words and len(words) <= 12 and words[0] not in _SMALL_WORDS and all(w[:1].isupper() or w in _SMALL_WORDS for w in words) \
                and not any(w in _ANOTHERS_KIND for w in words) and _area_abbreviated(tokens, words):
            return at
    return None


#: Kind words of bodies other than the NHS's, which no NHS body's name holds.
_ANOTHERS_KIND = {"Council", "Police", "Constabulary", "Court"}
#: An NHS body's short form, "NHS" and its area's letters: "(NHS GM)" of "NHS Greater Manchester Integrated Care Board".
_NHS_SHORT = re.compile(r"\(\s*(?:the\s+)?(NHS\s+[A-Z][A-Za-z&]{1,6})\s*\)")
#: Kind words a bracketed "(the …)" names a body back by, not a name's first words: "(the Trust)", "(the Partnership)".
_KIND_WORDS = {"trust", "partnership", "board", "council", "group", "panel", "service", "team", "hub", "forum", "committee",
               "authority", "agency", "centre", "unit", "network", "alliance", "consortium", "police", "court"}
#: A name's first words in brackets after it, with "the": "(the Royal Wyre)" of "Royal Wyre County Hospital …".
_FIRST_WORDS_SHORT = re.compile(r"\(\s*the\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*)\)")
# (each word after a space: "(the AAAA…" with no ")" fails in time in proportion to its length, not its cube)
#: A long form in brackets after a short form: "Cafcass (the Children and Family Court …)".
_LONG_AFTER = re.compile(r"\b([A-Z][A-Za-z0-9&'’-]{1,11})\s+\((?:the\s+)?([^()]{6,120})\)")
_WORD = re.compile(r"[\w'’&/-]+|[,]")


#: How many characters before a short form hold the words its long form may take.
_REACH = 800
#: Words that start no long form: "and", "of", "the".
_SMALL_WORDS = {"and", "of", "for", "in", "the", "to", "on", "with", "&", "at", "by"}


@dataclass(frozen=True)
class Definition:
    short: str
    long: str
    start: int  # where the long form starts in the text
    end: int  # where the definition ends (after the bracket)
    long_end: int  # where the long form ends


def is_short_form(token: str) -> bool:
    """"MASH", "CiCC", "C4K", "ARC/LAC", "Cafcass": at least two capitals or a known mixed case."""
    letters = re.sub(r"[^A-Za-z]", "", token)
    if len(letters) < 2:
        return False
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 or token.lower() == "cafcass"


def _lower_case_initials(short: str, before: str) -> str | None:
    """A short form in lower case ("whg", "bpha"), as some bodies style their own: the capitalised words right before
    it whose initials it is, every one and in order ("Wyre Housing Group (whg)"); None for any other word in brackets
    ("(sic)", "(see below)")."""
    if not (short.isalpha() and short.islower() and 3 <= len(short) <= 6):
        return None
    words = re.findall(r"[^\s]+", before.rstrip(" ,"))[-len(short) :]
    if len(words) < len(short) or not all(w[:1].isupper() for w in words) \
            or "".join(w[0].lower() for w in words) != short:
        return None
    return " ".join(words)


def long_form(short: str, before: str) -> str | None:
    """The shortest tail of ``before`` that the short form abbreviates, or None. An "&" may give
    the short form its "A", as "and" does: "Wyre Gypsy & Traveller Exchange (GATE)"."""
    found = _long_form(short, before)
    if found is None and " & " in before:
        spelt = _long_form(short, before.replace(" & ", " and "))
        if spelt is not None:
            written = re.search(re.escape(spelt).replace(r"\ and\ ", r"\s+(?:and|&)\s+") + r"[\s,'‘’]*$", before)
            found = written.group(0).strip(" ,'‘’") if written is not None else None
    return found


def _long_form(short: str, before: str) -> str | None:
    letters = [c.lower() for c in short if c.isalpha()]  # "C4Y": Council for Youth
    if len(letters) < 2:
        return None
    limit = min(len([c for c in letters if c.isalpha()]) + 5, 2 * len(letters) + 2)
    words = _WORD.findall(before[-_REACH:])  # the tail the window reads, not the whole sentence before
    if len(before) > _REACH:
        words = words[1:]  # its first word may be cut
        if sum(w != "," for w in words) <= limit:
            words = _WORD.findall(before)  # words too long for the tail: read them all
    window = []
    for token in reversed(words):
        window.insert(0, token)
        if len([w for w in window if w != ","]) > limit:
            break
    text = " ".join(window).replace(" ,", ",")
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while i >= 0 and (text[i].lower() != c or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = max(text.rfind(" ", 0, i + 1) + 1, 0)
    if text[start:].split(" ", 1)[0].lower() in _SMALL_WORDS:
        # "assessment and short-term intervention teams (ASTI)": the "a" of "and" is not the
        # long form's first letter when a word before starts with it too
        earlier = [m for m in re.finditer(r"\S+", text[:start]) if m.group(0)[:1].lower() == letters[0]]
        if earlier and len(text[earlier[-1].start() : start].split()) <= 2:
            start = earlier[-1].start()
    found = text[start:].strip(" ,'‘’")
    initials = _by_initials(letters, text)
    if initials is not None and len(initials) > len(found):
        found = initials  # "trauma informed partnership approach (TIPA)": every letter starts a word
    if not found or found.lower() == short.lower() or len(found) <= len(short):
        return None
    # The long form must use each of its words: no word before the short form's first letter.
    return found


#: A long form that opens with the sentence's words, a preposition and an article before a name
#: in capitals: "agreed by the Children's Trust", "across the Wyre Partnership".
_SENTENCE_WORDS_BEFORE_A_NAME = re.compile(
    r"(?:[a-z][\w’'-]*\s+){1,2}(?:by|across|at|to|from|with|for|in|on|into|through)\s+(?:the|a|an)\s+[A-Z]"
    r"|[A-Z][\w’'-]*\s+(?:by|across|at|to|from|with|into|through)\s+(?:the|a|an)\s+[A-Z]")  # ("Government Office for the …" is a name)


#: A clause between two names in capitals: a name, words in lower case that are not a title's small
#: words (a verb, an adverb), then another name.
_CLAUSE_INSIDE_A_NAME = re.compile(r"[A-Z][\w’'-]*\s+(?:(?!(?:" + "|".join(map(re.escape, sorted(_SMALL_WORDS))) + r")\s)[a-z][\w’'-]*\s+){2,}"
                                   r"(?:[a-z]+\s+)*[A-Z]")


def _by_initials(letters: list[str], text: str) -> str | None:
    """The tail of ``text`` whose words (small ones aside) start with the short form's letters,
    one word a letter, or None."""
    words = text.split()
    tail: list[str] = []
    for word in reversed(words):
        tail.insert(0, word)
        if word.lower() in _SMALL_WORDS:
            continue
        big = [w for w in tail if w.lower() not in _SMALL_WORDS]
        if len(big) == len(letters):
            if [w.strip("'‘’,")[:1].lower() for w in big] == letters:
                return " ".join(tail).strip(" ,'‘’")
            return None
    return None


def _spells(short: str, long: str) -> bool:
    """"ASYE (assessed and supported year in employment)": the long form starts with the short
    form's first letter and holds its other letters in order, each starting a word or inside one."""
    letters = [c.lower() for c in short if c.isalpha()]
    words = _WORD.findall(long)
    if len(letters) < 2 or not words or words[0][:1].lower() != letters[0] or len(words) > 2 * len(letters) + 3:
        return False
    rest = " ".join(words)[1:].lower()
    position = 0
    for letter in letters[1:]:
        position = rest.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _initials_reach(letters: str, initials: list[str]) -> int | None:
    """How many of ``initials`` the letters take, each letter the initial of a word after the one the letter before it
    started (the index after the last letter's word), or None where they are not all there in order."""
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return None
        position += 1
    return position


def _long_form_start(sentence: str, long: str, bracket: int) -> int:
    """Where a long form before a short form's bracket starts in the sentence (its words as read, spaces
    folded, may not be found as written: then as many characters back from the bracket)."""
    start = sentence.rfind(long, 0, bracket)
    return start if start >= 0 else max(0, bracket - len(long))


def definitions(sentence: str) -> list[Definition]:
    """Every "long (SHORT)" and "SHORT (long)" in a sentence."""
    found: list[Definition] = []
    if "(" not in sentence:  # both kinds of definition have a bracket
        return found
    for match in _BRACKETED.finditer(sentence):
        short = match.group(1).strip("'’")
        before = sentence[: match.start()]
        before = re.split(r"[;:.(]\s", before)[-1]
        if not is_short_form(short):
            if (long := _lower_case_initials(short, before)) is not None:  # "Wyre Housing Group (whg)"
                found.append(Definition(short, long, _long_form_start(sentence, long, match.start()), match.end(), match.start()))
            continue
        long = long_form(short, before)
        if long is None:
            continue
        long = long.strip("'‘’ ")
        if _SENTENCE_WORDS_BEFORE_A_NAME.match(long) or _CLAUSE_INSIDE_A_NAME.search(long):
            continue  # "agreed by the Wyre Children's Trust (ACT)": the letters reach back into the sentence; "Wyre
            # Virtual School works closely with Wyre Sixth Form College (WyVIc)": a clause between two names
        found.append(Definition(short, long, _long_form_start(sentence, long, match.start()), match.end(), match.start()))
    for match in _PLACE_AND_SHORT.finditer(sentence):  # "Wyre Council for Voluntary Service (Wyre CVS)"
        place, short = match.group(1).strip(), match.group(2)
        if not is_short_form(short):
            continue  # "(Darent Valley)", "(Wyre Mind)": a shorter name, not a place and letters
        before = sentence[: match.start()].rstrip()
        long = long_form(short, before)
        if long is None or not long[:1].isupper() or not before.endswith(long):
            continue
        head = before[: len(before) - len(long)].rstrip()
        if not head.endswith(place) or (len(head) > len(place) and head[-len(place) - 1].isalnum()) \
                or re.search(r"(?:\band|&)\s*$", head[: len(head) - len(place)]):
            continue  # the place's words must come right before the long form they shorten, and be its whole place
            # ("North and South Youth Offending Team (South YOT)": the joint team's, not South's)
        start = len(head) - len(place)
        found.append(Definition(f"{place} {short}", f"{place} {long}", start, match.end(), len(before)))
    for match in _NHS_SHORT.finditer(sentence):  # "NHS Greater Manchester Integrated Care Board (NHS GM)"
        short, before = " ".join(match.group(1).split()), sentence[: match.start()].rstrip()
        if (start := _nhs_long_form(before, short)) is not None:
            found.append(Definition(short, before[start:], start, match.end(), len(before)))
    for match in _AREA_AND_COMMISSIONER.finditer(sentence):  # "NHS Northern, Eastern and Western Devon CCG (NEW Devon CCG)"
        short, before = " ".join(match.group(1).split()), sentence[: match.start()].rstrip()
        if not any(d.short == short for d in found) \
                and (start := _nhs_long_form(before, short, _COMMISSIONERS_WORDS[match.group(2)])) is not None:
            found.append(Definition(short, before[start:], start, match.end(), len(before)))
    for match in _SHORT_AND_KIND.finditer(sentence):  # "the missing, exploited and trafficked hub (MET hub)"
        short, kind = match.group(1), match.group(2)
        before = sentence[: match.start()].rstrip()
        if not is_short_form(short) or not before.lower().endswith(" " + kind.lower()):
            continue  # the kind word in the bracket is the one the long form ends with
        long = long_form(short, before[: len(before) - len(kind)].rstrip())
        if long is None or _SENTENCE_WORDS_BEFORE_A_NAME.match(long) or _CLAUSE_INSIDE_A_NAME.search(long):
            continue
        words = re.findall(r"[A-Za-z][\w’'-]*", long)
        letters = {"".join(w[0] for w in words if w.lower() not in small).upper()
                   for small in (_SMALL_WORDS - {"to", "on", "with", "at", "by"}, _SMALL_WORDS | {"a"})}  # ("Children at Risk": CAR or CR)
        if short.upper() not in letters and not (short.upper()[-1:] == kind[:1].upper() and short.upper()[:-1] in letters):
            continue  # each word of the long form gives the short form a letter (the kind word may give the last): not "are
            # supported by the adolescent team (ARC team)", a sentence's words the letters reached back into
        long = f"{long} {before[len(before) - len(kind) :]}"
        found.append(Definition(f"{short} {kind}", long, _long_form_start(sentence, long, match.start()), match.end(), len(before)))
    for match in _FIRST_WORDS_SHORT.finditer(sentence):  # "Royal Wyre County Hospital NHS Foundation Trust (the Royal Wyre)"
        short = match.group(1).strip()
        before = sentence[: match.start()].rstrip()
        start = before.rfind(short + " ")
        if start < 0 or (start and before[start - 1].isalnum()) or re.search(r"[A-Z][\w’'-]*\s+$", before[:start]) \
                or short.split()[-1].lower() in _KIND_WORDS:
            continue  # "Anyshire Children's Trust Board (the Trust)": a word inside the name, and a kind word, not its first words
        long = before[start:]
        rest = long[len(short) :].split()
        if not rest or len(rest) > 8 or not all(w[:1].isupper() or w in _SMALL_WORDS for w in rest) or not rest[-1][:1].isupper():
            continue  # the first words of a name in capitals, the name going on to the bracket
        found.append(Definition(short, long, start, match.end(), len(before)))
    for match in _LONG_AFTER.finditer(sentence):
        short, long = match.group(1).strip("'’"), match.group(2).strip()  # "the 'KEEPS' (Keeping …) programme"
        if not is_short_form(short):
            continue
        if not _spells(short, long):
            continue
        found.append(Definition(short, long, match.start(2), match.end(), match.end(2)))
    return found
