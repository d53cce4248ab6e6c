"""Generic kinds of body, and the councils of England: what the entity finder knows before it
reads a report. Nothing here names a body of any one report: the services and boards are the
kinds every council has (a CAMHS, an emergency duty team, a safeguarding children board), the
national bodies are national, and the councils come from the shipped reference list."""
from __future__ import annotations

import csv
import functools
import importlib.resources
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """A generic body every local area may have, matched case-insensitively."""

    pattern: str  # regular expression, case-insensitive
    name: str  # canonical display name
    body_type: str
    kind: str
    acronyms: tuple[str, ...] = ()


GENERIC_BODIES: tuple[Kind, ...] = (
    # Services and teams
    Kind(r"child(?:ren)? and adolescent mental health services?|child and adolescent mental health", "Child and adolescent mental health services", "Service", "TeamOrService", ("CAMHS",)),
    Kind(r"emergency duty (?:team|service)|out of hours (?:social work |duty )?(?:team|service)", "Emergency duty team", "Service", "TeamOrService", ("EDT",)),
    Kind(r"local authority designated officers?", "Local Authority Designated Officer", "Service", "TeamOrService", ("LADO",)),
    Kind(r"virtual school(?: team)?(?: for looked after children)?", "Virtual school", "Service", "TeamOrService"),
    Kind(r"family nurse partnership", "Family nurse partnership", "Service", "TeamOrService", ("FNP",)),
    Kind(r"youth offending (?:team|service)", "Youth offending team", "Service", "TeamOrService", ("YOT", "YOS")),
    Kind(r"leaving care (?:team|service)", "Leaving care team", "Service", "TeamOrService"),
    Kind(r"multi-?agency safeguarding hub", "Multi-agency safeguarding hub", "Service", "TeamOrService", ("MASH",)),
    Kind(r"child abuse investigation (?:unit|team)", "Child abuse investigation unit", "Service", "TeamOrService", ("CAIT", "CAIU")),
    Kind(r"referral and assessment (?:team|service)s?", "Referral and assessment service", "Service", "TeamOrService"),
    Kind(r"independent reviewing service", "Independent reviewing service", "Service", "TeamOrService"),
    Kind(r"family intervention project", "Family intervention project", "Service", "TeamOrService", ("FIP",)),
    Kind(r"disabled children's team|children with disabilities team", "Disabled children's team", "Service", "TeamOrService"),
    Kind(r"corporate parenting team", "Corporate parenting team", "Service", "TeamOrService"),
    Kind(r"fostering service", "Fostering service", "Service", "TeamOrService"),
    Kind(r"adoption (?:agency|service)", "Adoption service", "Service", "TeamOrService"),
    Kind(r"advocacy service", "Advocacy service", "Service", "TeamOrService"),
    Kind(r"probation (?:service|trust)", "Probation service", "PartnerOrganisation", "Probation"),
    # Boards, partnerships, panels, forums
    Kind(r"local safeguarding children(?:'s)? board", "Local Safeguarding Children Board", "Board", "SafeguardingBoard", ("LSCB",)),
    Kind(r"children's trust(?: board)?|children and young people's partnership board", "Children's Trust Board", "Board", "ChildrensTrust"),
    Kind(r"health and well-?being board", "Health and Wellbeing Board", "Board", "HealthAndWellbeingBoard", ("HWB",)),
    Kind(r"children in care council", "Children in Care Council", "Board", "ChildrenInCareCouncil", ("CiCC",)),
    Kind(r"child death overview panel", "Child death overview panel", "Board", "Panel", ("CDOP",)),
    Kind(r"serious case review (?:sub[- ]?group|panel|committee)", "Serious case review sub-group", "Board", "SubGroup"),
    Kind(r"corporate parenting (?:board|panel|group|committee)", "Corporate parenting board", "Board", "Panel"),
    Kind(r"safeguarding adults (?:partnership )?board|adults? safeguarding board", "Safeguarding Adults Board", "Board", "SafeguardingBoard", ("SAB",)),
    Kind(r"community safety partnership", "Community safety partnership", "Board", "Partnership", ("CSP",)),
    Kind(r"multi-?agency risk assessment conferences?", "Multi-agency risk assessment conference", "Board", "Panel", ("MARAC",)),
    Kind(r"multi-?agency public protection arrangements", "Multi-agency public protection arrangements", "Board", "Panel", ("MAPPA",)),
    Kind(r"permanency panel", "Permanency panel", "Board", "Panel"),
    Kind(r"adoption panel", "Adoption panel", "Board", "Panel"),
    Kind(r"fostering panel", "Fostering panel", "Board", "Panel"),
    Kind(r"youth board|youth council|youth parliament|youth forum", "Youth board", "Board", "YouthForum"),
    Kind(r"domestic (?:violence|abuse) (?:strategy|strategic) (?:group|board|partnership)", "Domestic violence strategic board", "Board", "Partnership"),
    Kind(r"(?:[a-z][a-z'-]+ (?:and )?){1,4}sub[- ]?group(?!s)", "", "Board", "SubGroup"),
    # Police
    Kind(r"the police|police", "Police", "PartnerOrganisation", "Police"),
)

#: National bodies: one node across all reports.
NATIONAL_BODIES: tuple[Kind, ...] = (
    Kind(r"ofsted|office for standards in education[\w ,']*", "Ofsted", "PartnerOrganisation", "Inspectorate"),
    Kind(r"care quality commission", "Care Quality Commission", "PartnerOrganisation", "Inspectorate", ("CQC",)),
    Kind(r"hm inspectorate of probation|her majesty's inspectorate of probation", "HM Inspectorate of Probation", "PartnerOrganisation", "Inspectorate", ("HMIP",)),
    Kind(r"hm inspectorate of constabulary|her majesty's inspectorate of constabulary", "HM Inspectorate of Constabulary", "PartnerOrganisation", "Inspectorate", ("HMIC",)),
    Kind(r"department for education", "Department for Education", "PartnerOrganisation", "GovernmentDepartment", ("DfE", "DFE")),
    Kind(r"general social care council", "General Social Care Council", "PartnerOrganisation", "Regulator", ("GSCC",)),
    Kind(r"criminal records? bureau", "Criminal Records Bureau", "PartnerOrganisation", "GovernmentAgency", ("CRB",)),
    Kind(r"children and family court advisory and support service", "Cafcass", "PartnerOrganisation", "GovernmentAgency", ("Cafcass", "CAFCASS")),
    Kind(r"nspcc|national society for the prevention of cruelty to children", "NSPCC", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"barnardo's", "Barnardo's", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"action for children", "Action for Children", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"the children's society", "The Children's Society", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"women's aid", "Women's Aid", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"victim support", "Victim Support", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"coram", "Coram", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"catch ?22", "Catch22", "PartnerOrganisation", "VoluntaryOrganisation"),
)

#: The last words of a proper name that say what kind of body it is, longest first.
#: (head regex, body type, kind)
HEADS: tuple[tuple[str, str, str], ...] = (
    (r"NHS Foundation Trust|Foundation Trust|NHS Trust|Mental Health Trust|Healthcare Trust|Health Trust|Hospitals? Trust", "HealthBody", "NHSTrust"),
    (r"Primary Care Trust|PCT(?: cluster)?", "HealthBody", "PrimaryCareTrust"),
    (r"Clinical Commissioning Group|CCG", "HealthBody", "ClinicalCommissioningGroup"),
    (r"Hospitals?|Infirmary", "HealthBody", "Hospital"),
    (r"Probation Trust|Probation Service|Community Rehabilitation Company", "PartnerOrganisation", "Probation"),
    (r"Trust", "PartnerOrganisation", "Trust"),  # resolved by context: health, children's trust
    (r"Police Service|Police|Constabulary", "PartnerOrganisation", "Police"),
    (r"County Council|City Council|Borough Council|District Council|Metropolitan Borough Council|Council", "LocalAuthority", "Council"),
    (r"Safeguarding Children(?:'s)? Board|Safeguarding Children Partnership", "Board", "SafeguardingBoard"),
    (r"Board|Partnership|Panel|Forum|Committee|Consortium|Consortia|Sub-?[Gg]roup|Group|Network", "Board", "Board"),
    (r"College|University|Academy Trust", "PartnerOrganisation", "College"),
    (r"Commission|Inspectorate|Agency", "PartnerOrganisation", "Agency"),
    (r"Project|Service|Team|Unit|Hub|Centre", "Service", "TeamOrService"),
)

#: Words that start a sentence or a phrase but never a body's name.
LEADING_NON_NAME = {
    "the", "a", "an", "and", "of", "in", "at", "on", "for", "by", "to", "with", "both", "all", "some",
    "however", "this", "these", "that", "those", "its", "their", "his", "her", "each", "every",
    "although", "whilst", "while", "where", "when", "since", "as", "good", "strong", "effective",
    "new", "local", "most", "many", "further", "there", "overall", "through", "from", "including",
    "within", "between", "mr", "mrs", "ms", "dr", "also", "other", "two", "three", "four", "five",
    "community", "joint", "regular", "quarterly", "monthly", "senior", "main", "current",
}

#: Health context words: an unqualified "… Trust" in such a sentence is an NHS body.
HEALTH_WORDS = re.compile(r"\b(NHS|health|hospital|mental|CAMHS|clinical|medical|nurs\w+|paediatric\w*|GPs?)\b", re.I)


@dataclass(frozen=True)
class Council:
    name: str  # the ONS name: "Leeds"
    la_code: str
    ons_code: str
    urn: str
    region: str
    la_type: str
    names: tuple[str, ...]  # every form to look for
    neighbours: tuple[str, ...] = ()  # DfE codes of its statistical neighbours, nearest first
    domain: str = ""
    region_code: str = ""  # the ONS code of the region: "E12000007" (London)


@functools.lru_cache(maxsize=1)
def councils() -> tuple[Council, ...]:
    """Every English council from the shipped reference list."""
    path = importlib.resources.files("kg.reference").joinpath("local-authorities.csv")
    rows = csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())
    found = []
    for row in rows:
        names = {row["local_authority_ons_name"], row.get("ltla23nm") or "", row.get("utla23nm") or ""}
        aka = (row.get("also_known_as") or "").strip("[] ")
        names.update(part.strip() for part in aka.split(",") if part.strip())
        names = {n.strip() for n in names if n and n.strip()}
        found.append(
            Council(
                name=row["local_authority_ons_name"].strip(),
                la_code=row["la_code"].strip(),
                ons_code=row["la_code_new"].strip(),
                urn=row["urn"].strip(),
                region=row["region_name"].strip(),
                la_type=row["ons_la_type"].strip(),
                names=tuple(sorted(names, key=len, reverse=True)),
                neighbours=tuple(c.strip() for c in (row.get("stat_neighbours") or "").split(",") if c.strip()),
                domain=(row.get("domain") or "").strip(),
                region_code=(row.get("rgn22cd") or "").strip(),
            )
        )
    return tuple(found)


def council_for(name: str) -> Council | None:
    """The council a name denotes: "Leeds City Council", "Leeds", "Kent County
    Council", "Bristol, City of" all resolve."""
    core = _comparable(core_council_name(name))
    matches = [c for c in councils() if any(core == _comparable(n) for n in c.names)]
    # a council's own name wins over another's former or wider name (Cumbria, not Cumberland)
    own = [c for c in matches if _comparable(c.name) == core]
    return (own or matches or [None])[0]


def _comparable(name: str) -> str:
    """"St. Helens" and "St Helens", "Kingston upon Hull" and "Kingston Upon Hull" compare equal."""
    return " ".join(re.sub(r"[.'’]", "", name.lower()).replace("&", "and").split())


def core_council_name(name: str) -> str:
    core = name.strip()
    core = re.sub(r"^(?:the\s+)?(?:royal\s+)?(?:london\s+)?borough\s+of\s+", "", core, flags=re.I)
    core = re.sub(r"^(?:the\s+)?(?:city|county|metropolitan borough|council)\s+of\s+", "", core, flags=re.I)
    core = re.sub(r",\s*(?:city|county) of$", "", core, flags=re.I)
    core = re.sub(
        r"\s+(?:metropolitan\s+borough\s+council|metropolitan\s+district\s+council|county\s+borough\s+council|"
        r"borough\s+council|city\s+council|county\s+council|district\s+council|council)$",
        "",
        core,
        flags=re.I,
    )
    return core.strip()
