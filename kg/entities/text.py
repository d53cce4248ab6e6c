"""Tidying a name as the text writes it: quotes, articles, spaces and line breaks; the words of areas and places."""
from __future__ import annotations

import functools
import re

from ..gazetteer import council_for, PHRASE_HEADS

#: A passage "to" a stage of life, the name of the team or service that sees young people through it: "the
#: transition to adulthood team", "the transitions to independence team", "the pathway to independence service".
_TRANSITION_WORDS = frozenset({"transition", "transitions", "pathway", "pathways", "route", "routes", "journey", "journeys", "steps",
                               "bridge", "bridges", "moving"})
#: One of them in the plural before "to", read as one body with its singular: "the transitions to independence team".
_PLURAL_PASSAGE_TO = re.compile(r"\b(" + "|".join(sorted(w for w in _TRANSITION_WORDS if w + "s" in _TRANSITION_WORDS)) + r")s (?=to )")


@functools.lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace(" & ", " and ")  # "Anyshire Children & Families' Partnership": one body
    text = re.sub(r"well-being", "wellbeing", text)
    text = re.sub(r"sub[- ]group", "subgroup", text)
    text = re.sub(r"\bconsortia\b", "consortium", text)
    text = re.sub(r"\b(\d{1,2}) to (\d{1,2})\b", r"\1-\2", text)  # "the 0 to 25 service" is "the 0-25 service"
    text = _PLURAL_PASSAGE_TO.sub(r"\1 ", text)  # "the transitions to independence team": one team
    text = re.sub(r"^the\s+", "", text)
    # no apostrophes: "care leavers' service" and "care leavers service" are one body (and one IRI)
    return re.sub(r"[^a-z0-9]+", " ", text.replace("'", "")).strip()


def _without_quote_or_article(name: str) -> str:
    """A name without a quotation mark left open at its start or shut at its end, nor a leading
    "the" before a word in lower case ("‘the children's centre" → "children's centre"; but "The
    Children's Society", "Barnardo's" and "care leavers'" stay as they are)."""
    if name[:1] in "‘'" and not re.search(r"[’']$|[’'](?=\s)", name[1:]):
        name = name[1:]
    if name[-1:] == "’" and "‘" not in name:
        name = name[:-1]
    if re.match(r"the\s+[a-z]", name):
        name = name[4:].lstrip()
    return name


def _singular_head(name: str) -> str:
    """"early help services" and "early help service" are one body."""
    words = name.split()
    if words and words[-1].endswith("s") and (words[-1][:-1] in PHRASE_HEADS or words[-1][:-2] in PHRASE_HEADS):
        words[-1] = words[-1][:-2] if words[-1][:-2] in PHRASE_HEADS and words[-1].endswith("es") and words[-1][:-1] not in PHRASE_HEADS else words[-1][:-1]
    return " ".join(words)


#: Words for a part of an area that teams are named by: "the north and central locality teams".
_COMPASS = {"north", "south", "east", "west", "central", "midlands"}
_AREA_WORDS = _COMPASS | {"northern", "southern", "eastern", "western", "inner", "outer", "rural", "urban", "mid", "city", "county"}


def _unquote(text: str) -> str:
    """"the 'Channel' panel" → "the Channel panel"; possessives ("children's", "leavers'") kept."""
    return _QUOTED.sub(r"\1", text) if "'" in text or "‘" in text else text


#: Words in quotes, found from the opening quote (no word character before it).
_QUOTED = re.compile(r"[‘'](?<!\w[‘'])([^‘’'\n]+?)[’'](?![\w])")


def _tidy(name: str) -> str:
    """The name with each run of white space one space (where "split" splits), and an
    age range broken after its dash joined (looked for only where a dash is followed by a space)."""
    name = " ".join(name.split())
    return _RANGE_BROKEN.sub(r"\1", name) if "- " in name or "– " in name else name
#: An age range broken over a line after its dash: "the 0–" / "25s disability service".
_RANGE_BROKEN = re.compile(r"(?<![\w-])(\d{1,2}[–-]) (?=\d{1,2}s?\b)")


def _only_an_area(words: list[str]) -> bool:
    """Whether words are an area's name and nothing else ("North Anyshire", "Wyre and Anyshire"), not a
    body named with its area ("Safer Anyshire", "Anyshire Together")."""
    return _names_an_area(words) and (council_for(" ".join(words)) is not None or all(
        w.lower() in _AREA_WORDS or w.lower() in ("and", "of", "the", "greater") or council_for(w) is not None for w in words))


def _names_an_area(words: list[str]) -> bool:
    """Whether words name an area: a council's name, or a compass point or a council's name among them."""
    return council_for(" ".join(words)) is not None or any(
        w.lower() in _COMPASS or council_for(w) is not None for w in words if w != "and")
