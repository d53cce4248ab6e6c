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
    cased: bool = False  # match the pattern's case exactly ("Prevent" the programme, not the verb)
    regional: bool = False  # a national brand whose local bodies may be named by a region, not a council ("… Wyre and Tees")
    local_groups: bool = False  # a national charity whose local groups are named with a council's place after it


def _named_alone(*also: str) -> str:
    """A lookahead for a kind named alone as a partner, in a list or as a sentence's subject
    ("health and probation", "public health, police …", "community safety is …"): punctuation,
    a conjunction or a verb follows, or one of the words ``also``."""
    words = "|".join(("and", "or", "is", "are", "was", "were", "has", "have", "had", *also))
    return rf"(?=\s*[,.;:)]|\s+(?:{words})\b)"


def _named_partner(pattern: str, name: str, kind: str = "VoluntaryOrganisation", acronyms: tuple[str, ...] = ()) -> Kind:
    """A partner the sector knows by one name everywhere (a national charity, a company), matched in its
    own capitals."""
    return Kind(pattern, name, "PartnerOrganisation", kind, acronyms, cased=True)


#: Words after a kind that make it a way of working, not a body: "a neighbourhood policing team model".
_A_WAY_OF_WORKING = "model|structure|approach|way"
#: The council's possessive as a report writes it: "the council's", "the local authority's", "the county council's", "the
#: borough's" (the entity finder's too).
THE_COUNCILS = r"the\s+(?:(?:(?:local|county|city|borough|district)\s+)?(?:council|authority)|borough|city|county)['’]s"

GENERIC_BODIES: tuple[Kind, ...] = (
    # Services and teams
    # and its later name, "children and young people's mental health services" (CYPMHS): one service
    Kind(r"child(?:ren)? and adolescent mental health services?|child and adolescent mental health"
         r"|children and young people['’]s mental health services?", "Child and adolescent mental health services", "Service",
         "TeamOrService", ("CAMHS", "CYPMHS")),
    # the council's one service for children in need of help and protection, named by both ("the child protection and
    # children in need service"; "… teams" are the teams of each)
    Kind(r"(?:child protection and children in need|children in need and child protection) (?:service|team)(?!s)",
         "Child protection and children in need service", "Service", "TeamOrService"),
    # CAMHS's own team for children in care, a body of its own beside CAMHS ("the looked after children's CAMHS team")
    Kind(r"(?:looked[- ]after children['’]?s?|children looked after|children in care|LAC) (?:CAMHS|child and adolescent mental health) (?:team|service)"
         r"|(?:CAMHS|child and adolescent mental health) (?:team|service) for (?:looked[- ]after children|children looked after|children in care)",
         "Looked after children's CAMHS team", "Service", "TeamOrService"),
    Kind(r"(?:out[- ]of[- ]hours )?emergency duty (?:team|service)|out[- ]of[- ]hours (?:social work |duty )?(?:team|service)|out[- ]of[- ]hours social work support", "Emergency duty team", "Service", "TeamOrService", ("EDT",)),
    Kind(r"local authority designated officers?|designated officers?(?: for the local authority)?", "Local Authority Designated Officer", "Service", "TeamOrService", ("LADO",)),
    # "the Virtual School for Looked After Children and Care Leavers", "… for Children in Care" (but not "… and care leavers
    # service", another body)
    Kind(r"virtual (?:school|college)(?: team)?(?: for (?:looked[- ]after children|children looked after|children (?:and young people )?in care)"
         r"(?: and care leavers(?! (?:service|team|forum|council)))?)?",
         "Virtual school", "Service", "TeamOrService"),
    Kind(r"family nurse partnership", "Family nurse partnership", "Service", "TeamOrService", ("FNP",)),
    # the council's academy for its social workers, in lower case too ("the social work academy"; in capitals, with a
    # place, a name ending in its kind word: "the Anyshire Social Work Academy")
    Kind(r"(?-i:social work(?: training)? academy)", "Social work academy", "Service", "TeamOrService"),
    # panels and teams named by a term of the trade with "to" in it, which a phrase read back from its kind word stops at
    # (in lower case: "the Children's Access to Resources Panel" in capitals is a name of its own)
    Kind(r"(?-i:[Aa]ccess to resources (?:panel|group|meeting))", "Access to resources panel", "Board", "Panel"),
    Kind(r"(?-i:[Aa]ccess to resources (?:team|service))", "Access to resources team", "Service", "TeamOrService"),
    # (not "NRPF" alone: the families' status far more often than the team)
    Kind(r"(?-i:[Nn]o recourse to public funds (?:team|service))", "No recourse to public funds team", "Service", "TeamOrService"),
    Kind(r"youth offending (?:team|service)", "Youth offending team", "Service", "TeamOrService", ("YOT", "YOS")),
    Kind(r"leaving care (?:team|service)|care leaving (?:team|service)", "Leaving care team", "Service", "TeamOrService"),
    Kind(r"multi[- ]?agency safeguarding hub", "Multi-agency safeguarding hub", "Service", "TeamOrService", ("MASH",)),
    # the early help front door, beside the front door for social care: two doors where a report names both
    Kind(r"early help [‘']?front door[’']?(?: services?| team)?", "Early help front door", "Service", "TeamOrService"),
    Kind(r"(?:(?:integrated|single|multi-agency|children's) )?[‘']?front door[’']?(?: services?| team)?"
         r"|(?:(?<=council's )|(?<=authority's )|(?<=borough's )|(?<=county's )|(?<=city's ))single point of (?:contact|access|entry)(?= for\b)"
         r"|(?:(?<=council's )|(?<=authority's ))single point of (?:access|entry)(?=,)"
         # the council's, for whom or in apposition to its name ("One Wyre, the council's single point of access,"); not a person's
         r"|(?:(?<=by the )|(?<=to the )|(?<=through the ))(?:children['’]s )?single point of (?:access|entry)"
         r"(?=\s*[,.;]|\s+\((?-i:[A-Z][A-Za-z]{2,5})\)|\s+(?:and|which|where|is|has|was|from|in|within|on)\b)"
         # what acts or is acted on, a clause's end after it: a body (not "the single point of access officer", "… for CAMHS",
         # "… run by the trust", "… model")
         r"|(?<=the )single point of (?:contact|access|entry)(?= \((?-i:[A-Z][A-Za-z-]{2,5})\)(?:,? (?:which|where)\b"
         r"|(?:,| is) (?:(?:the|an?) (?:[a-z-]+ )?|its |(?:" + THE_COUNCILS + r"|(?-i:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})['’]s) )"
         r"front door(?![\w’'-])))"
         # one defined, then where or which it works, or that it is the front door, or the council's in apposition: "the
         # single point of contact (SPOC), where social workers screen contacts", "… (SPOC) is the front door", "… is the
         # local authority's front door", "to the single point of contact (SPOC), Anyford's front door," (not "the SPOC … is a
         # sergeant", "… (SPOC) for schools", "… is the front door's most experienced social worker", "… (SPOC), a police
         # sergeant based in the front door": a person)
         r"|(?:(?<=the )|(?<=\())(?-i:(?:Children's |Early Help |Integrated )?Single Point of (?:Access|Contact|Entry|Advice))"  # a named one, in
         # capitals (or defined in brackets: "the CSPoA (Children's Single Point of Access)")
         r"|(?-i:(?:First|Single) Point of (?:Access|Contact|Entry|Advice))(?= \((?-i:[A-Z][A-Za-z]{2,5})\),? (?:which|where)\b)"
         # by its title, defined after it, then where or which it works: "Contacts are received by First Point of Contact
         # (FPOC), which …" (not "a named Single Point of Contact (SPOC) for safeguarding", "The MASH is the First Point of
         # Contact (FPC) for all referrals")
         r"|(?<!care )(?<!help )(?<!health )(?<!police )(?:first|single|central|initial) point of (?:contact|access|entry) (?:team|service|hub)s?"
         r"(?![\w-])(?! for (?!children|the whole)[a-z])"  # a team by
         # what it is: "the first point of contact team" (its words are no phrase: "contact team" is none of its own; not
         # "the first point of contact service for new parents", "the adult social care first point of contact team": for
         # whom, another service's)
         r"|(?<=the )(?:initial|single|central|integrated|children's) (?:contact|access|referral) point"
         r"(?= \((?:the )?(?-i:[A-Z][A-Za-z]{2,5})\)|,? (?:where|which)\b)",
         # one the report defines or says what is done there: "the initial contact point (ICP), where …" (not "GPs are the
         # initial contact point for families")
         "Front door", "Service", "TeamOrService"),
    Kind(r"child abuse investigation (?:unit|team)", "Child abuse investigation unit", "Service", "TeamOrService", ("CAIT", "CAIU")),
    # the police's command for the council's area, in lower case ("the Anyford borough command", a London borough's "borough
    # operational command unit" whole, not its last three words; in capitals a name, see HEADS; no short form: "BCU" is a
    # university's too)
    Kind(r"(?-i:(?:basic|borough(?: operational)?|operational) command unit|borough command)", "Basic command unit", "Service", "TeamOrService"),
    # councils' joint bodies for children's homes, the government's programme of 2023 ("the North East regional care
    # cooperative"; not "a regional care cooperative model", "… pathfinder programme", "… lead", the policy's "regional
    # care co-operatives")
    Kind(r"regional care co-?operative(?![\w-])(?! (?:pathfinders?|programme|lead|policy|" + _A_WAY_OF_WORKING + "))",
         "Regional care cooperative", "PartnerOrganisation", "Partnership"),
    # the police's local officers for a neighbourhood, in lower case ("the neighbourhood policing team"; not "a
    # neighbourhood policing team model", "… boundaries"; "the Safer Neighbourhood Team" in capitals is read by its title)
    Kind(r"(?-i:neighbourhood policing teams?)(?! (?:boundar|" + _A_WAY_OF_WORKING + "))", "Neighbourhood policing team", "Service",
         "TeamOrService"),
    # … and its officers for a district, "the local policing team" (not "a local policing team model")
    Kind(r"(?-i:local policing teams?)(?! (?:boundar|" + _A_WAY_OF_WORKING + "))", "Local policing team", "Service", "TeamOrService"),
    # the police's unit for vulnerable people, under either of its names ("the police public protection unit (PPU)", a
    # London borough's "public protection desk", the police's or a force's "public protection division" (by a force's short
    # form, ``institutions._force_short_form_division_matches``'s); a council's or probation's "public protection team", desk
    # or division is another's)
    Kind(r"public protection (?:investigation )?unit|(?:(?<=police )|(?<=police['’]s )|(?<=force['’]s )|(?<=constabulary['’]s ))public "
         r"protection (?:team|department|division)|public protection division(?= of (?:the )?(?-i:[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} "
         r"(?:Police|Constabulary)))|(?<!council['’]s )(?<!authority['’]s )(?<!service['’]s )(?<!probation )public protection desk|protecting vulnerable people (?:unit|team)", "Public protection unit", "Service", "TeamOrService", ("PPU",)),
    Kind(r"referral and assessment (?:team|service)s?", "Referral and assessment service", "Service", "TeamOrService"),
    # The council's independent reviewing officers: a reader lists the officers as the service they make up
    Kind(r"independent reviewing (?:officers?['’]?(?: (?:service|team|unit))?|service)|IROs?['’]? (?:service|team|unit)", "Independent reviewing service", "Service", "TeamOrService", ("IRO", "IROs")),
    Kind(r"family intervention project", "Family intervention project", "Service", "TeamOrService", ("FIP",)),
    Kind(r"disabled children['’]s (?:social (?:care|work) )?(?:team|service)|(?:children with disabilities|children who are disabled) (?:team|service)", "Disabled children's team", "Service", "TeamOrService"),
    Kind(r"corporate parenting team", "Corporate parenting team", "Service", "TeamOrService"),
    # the council's work with children a relative or friend of the family looks after privately, as a team of its own
    Kind(r"private fostering (?:service|team)", "Private fostering service", "Service", "TeamOrService"),
    Kind(r"fostering service", "Fostering service", "Service", "TeamOrService"),
    Kind(r"adoption (?:agency|service)", "Adoption service", "Service", "TeamOrService"),
    Kind(r"voluntary adoption agenc(?:y|ies)", "Voluntary adoption agency", "PartnerOrganisation", "VoluntaryOrganisation", ("VAA",)),
    Kind(r"(?:independent )?advocacy service", "Advocacy service", "Service", "TeamOrService"),
    # Roles a reader counts as a service: the advisers and visitors the council provides or commissions
    Kind(r"independent domestic (?:violence|abuse) advis[eo]rs?(?: service)?", "Independent domestic violence adviser service", "Service", "TeamOrService", ("IDVA", "IDVAs")),
    Kind(r"independent visitors?(?:'s?|s')? (?:service|scheme|programme|project)", "Independent visitor service", "Service", "TeamOrService"),
    # Probation, named alone as a partner in a list ("health and probation", "probation, police …")
    Kind(r"probation (?:service|trust)|probation" + _named_alone("services?", "colleagues", "partners"), "Probation service", "PartnerOrganisation", "Probation"),
    # The housing service named alone as a partner after a word of joint work ("between housing and
    # children's social care", "a protocol with housing", "including health and housing"), not
    # housing as a home ("suitable housing", "social housing")
    # (the words before it checked after its first letter, so that the kind scan knows where it can start)
    Kind(r"h(?:(?<=\bbetween h)|(?<=\bwith h)|(?<=\bwithin h)|(?<=\bincluding h)|(?<=\bfrom h)|(?<=\band h))ousing(?: services?| department)?"
         + _named_alone("that", "to", "colleagues", "partners", "staff", "officers") + r"|h(?<!(?-i:Council)['’]s h)(?<!(?-i:Borough)['’]s h)ousing department(?!s)", "Housing services", "Service", "TeamOrService"),
    # Authorities named by their field: "the local housing authority", "the immigration authorities"
    Kind(r"(?:local )?(?:housing|licensing|immigration) authorit(?:y|ies)", "", "PartnerOrganisation", "Agency"),
    # Services for adults that a child's family or a care leaver moves on to
    # (not the start of a group's own name: "the adult services safeguarding board", "… cross generational sub group"; nor the
    # end of a department's title, "the Children and Adults Services directorate")
    Kind(r"a(?<!young a)(?<!children and a)(?<!child and a)(?:dults?['’]?(?: social care)? services?|dult social care)(?!s?[ ]+(?:[\w'’-]+[ ]+){0,3}(?:sub[- ]?groups?|boards?|panels?|committees?|groups?|forums?)(?![\w-]))", "Adult services", "Service", "TeamOrService"),
    Kind(r"adults?['’]? mental health (?:services?|teams?)", "Adult mental health services", "Service", "TeamOrService"),
    # The council's public health and community safety functions, named alone as partners
    # with its kind word it is the team wherever it stands; alone, only where it is named as a partner
    Kind(r"public health (?:services?|teams?|department|directorate|division)(?! (?:nurs|practitioner|workers?|officers?|managers?|leads?|plans?|strateg|grants?|funding|budgets?)\w*)"
         r"|public health" + _named_alone("colleagues", "partners", "commissioners?"), "Public health", "Service", "TeamOrService"),
    Kind(r"community safety(?: (?:services?|teams?))?" + _named_alone("colleagues", "partners") + r"|(?-i:Community Safety)(?!\s+(?:(?-i:[A-Z])|partnerships?|boards?|teams?|services?))", "Community safety", "Service", "TeamOrService"),
    # (and one service or team without "support": "the targeted youth service"; not "universal and targeted youth services", its
    # "provision" or "offer": a level of help)
    Kind(r"(?<!universal and )targeted youth (?:support(?: (?:service|team)s?)?|service(?!s)|team(?!s))(?! (?:provision|offer)\b)",
         "Targeted youth support service", "Service", "TeamOrService", ("TYS",)),
    # The careers service for young people each council ran under one national brand
    Kind(r"(?:Youth )?Connexions(?: service)?", "Connexions", "Service", "TeamOrService", cased=True, regional=True),  # ("Youth Connexions Wyre")
    Kind(r"youth justice (?:service|team)", "Youth justice service", "Service", "TeamOrService", ("YJS",)),
    # The council's youth service (youth workers, youth centres), not "targeted youth services" (the TYS above)
    Kind(r"(?<!targeted )youth services?(?! (?:manager|managers|worker|workers|staff|provision)\b)", "Youth service", "Service", "TeamOrService"),
    Kind(r"edge of care (?:team|service)s?", "Edge of care service", "Service", "TeamOrService"),
    # A licensed intensive family therapy councils commission under one name, with or without a kind word
    Kind(r"multi[- –]?systemic therapy(?: (?:team|service)s?)?", "Multi-systemic therapy", "Service", "TeamOrService", ("MST",)),
    # fostering for adolescents by a licensed model: "Multidimensional Treatment Foster Care (MTFC)"
    Kind(r"multi[- –]?dimensional treatment foster care(?: (?:programme|team|service|scheme)s?)?", "Multidimensional Treatment Foster Care",
         "Service", "Programme", ("MTFC",)),
    Kind(r"(?:(?:duty|access) and (?:assessment|response)|assessment and intervention) (?:team|service)s?", "", "Service", "TeamOrService"),
    Kind(r"early help (?:team|service|hub)s?", "", "Service", "TeamOrService"),
    # the help for families below child protection that the national reforms of 2023 on name "Family Help"
    Kind(r"family help (?:team|service|hub)s?", "", "Service", "TeamOrService"),
    # The community health services for children a trust or the council runs: "the health visiting and school nursing services" are two
    # one service of both, named in the singular ("the 0–19 health visiting and school nursing service"); two in the plural
    Kind(r"health visiting(?: and|,| &) school nursing (?:team|service)(?![s\w])", "Health visiting and school nursing service", "Service", "TeamOrService"),
    Kind(r"health visiting (?:team|service)s?", "Health visiting service", "Service", "TeamOrService"),
    Kind(r"school nursing (?:team|service)s?", "School nursing service", "Service", "TeamOrService"),
    # "stepped down to early help": the service, named by what it gives (not "early help offer")
    # (not "the early help and prevention service", "the early help and prevention panel": one body, named whole by
    # the phrase finder; in the plural two kinds, "early help and statutory services")
    Kind(r"early help(?!\s+and\s+(?:(?-i:[a-z])[\w-]*\s+){1,2}(?:service|team|hub|panel|board|group|forum)\b)(?=\s*(?:[.,;:)]|$|\s+(?:and|or|is|are|was|were|has|have|had|to|for|with|in|at)\b))",
         "Early help service", "Service", "TeamOrService"),
    Kind(r"children's social care(?: services?)?", "Children's social care", "Service", "TeamOrService", ("CSC",)),
    # Boards, partnerships, panels, forums
    Kind(r"local safeguarding children(?:'s)? board", "Local Safeguarding Children Board", "Board", "SafeguardingBoard", ("LSCB",)),
    # several councils' boards working as one, by their count: "the 4LSCB arrangement", "the 3LSCB procedures"
    # (its digits spelt out: the kinds' first-letter scan reads no character class)
    Kind(r"(?:2|3|4|5|6|7|8|9)LSCBs?\b", "", "Board", "Partnership", cased=True),
    Kind(r"children's trust(?: board)?|children and young people's partnership board", "Children's Trust Board", "Board", "ChildrensTrust"),
    Kind(r"health (?:and|&) well-?being board", "Health and Wellbeing Board", "Board", "HealthAndWellbeingBoard", ("HWB",)),
    Kind(r"children in care council", "Children in Care Council", "Board", "ChildrenInCareCouncil", ("CiCC",)),
    Kind(r"child death overview panel", "Child death overview panel", "Board", "Panel", ("CDOP",)),
    Kind(r"serious case review (?:sub[- ]?group|panel|committee)", "Serious case review sub-group", "Board", "SubGroup"),
    Kind(r"corporate parenting (?:board|panel|group|committee)", "Corporate parenting board", "Board", "Panel"),
    Kind(r"safeguarding adults (?:partnership )?board|adults? safeguarding board", "Safeguarding Adults Board", "Board", "SafeguardingBoard", ("SAB",)),
    Kind(r"community safety partnerships?", "Community safety partnership", "Board", "Partnership", ("CSP",)),
    Kind(r"multi[- ]?agency risk assessment conferences?", "Multi-agency risk assessment conference", "Board", "Panel", ("MARAC",)),
    Kind(r"multi[- ]?agency public protection arrangements", "Multi-agency public protection arrangements", "Board", "Panel", ("MAPPA",)),
    Kind(r"permanency panel", "Permanency panel", "Board", "Panel"),
    Kind(r"adoption panel", "Adoption panel", "Board", "Panel"),
    Kind(r"fostering panel", "Fostering panel", "Board", "Panel"),
    Kind(r"private fostering panel", "Private fostering panel", "Board", "Panel"),
    Kind(r"youth board", "Youth board", "Board", "YouthForum"),
    Kind(r"youth council", "Youth council", "Board", "YouthForum"),
    Kind(r"(?:uk )?youth parliament", "Youth parliament", "Board", "YouthForum"),
    Kind(r"youth cabinet", "Youth cabinet", "Board", "YouthForum"),
    Kind(r"youth forum", "Youth forum", "Board", "YouthForum"),
    # Young people who take a part in the council's work, a group named by that part, as written
    Kind(r"young (?:inspectors|commissioners|ambassadors|advisers|advisors|researchers|champions)(?: (?:programme|group|scheme|project|panel|team))?", "", "Board", "YouthForum"),
    Kind(r"(?:local )?family justice (?:board|council)", "Family Justice Board", "Board", "Partnership", ("LFJB", "FJB")),  # ("… Council", as some areas name it)
    # the arts' partnership of a place's schools and cultural bodies ("cultural", the council's field, names no service alone)
    Kind(r"(?:local )?cultural education partnership", "Local Cultural Education Partnership", "Board", "Partnership", ("LCEP",)),
    Kind(r"(?:local )?safeguarding children partnership|safeguarding partnership", "Safeguarding children partnership", "Board", "SafeguardingBoard", ("SCP",)),
    Kind(r"multi[- ]?agency safeguarding arrangements", "Multi-agency safeguarding arrangements", "Board", "SafeguardingBoard"),
    # The statutory safeguarding partners, and health commissioners named by kind
    Kind(r"clinical commissioning groups?", "Clinical commissioning group", "HealthBody", "ClinicalCommissioningGroup", ("CCG",)),
    Kind(r"integrated care boards?", "Integrated care board", "HealthBody", "IntegratedCareBoard", ("ICB",)),
    # not "ICS" alone: older reports' "integrated children's system" (ICS) is a case-recording system
    Kind(r"integrated care system", "Integrated care system", "HealthBody", "IntegratedCareBoard"),
    # the primary care trusts of a wider area, grouped under one board in their last years (2011–13): the area's, after
    # "the", in words (not "a wider PCT cluster"; "NHS Anyford, the PCT cluster, …" is the trust, by its letters)
    Kind(r"(?<=\bthe )primary care trust cluster", "Primary care trust cluster", "HealthBody", "PrimaryCareTrust"),
    Kind(r"primary care trust", "Primary care trust", "HealthBody", "PrimaryCareTrust", ("PCT",)),
    # the NHS's regional tier over the primary care trusts until 2013
    Kind(r"strategic health authorit(?:y|ies)", "Strategic health authority", "HealthBody", "StrategicHealthAuthority", ("SHA",)),
    Kind(r"NHS (?:foundation )?trusts?", "NHS trust", "HealthBody", "NHSTrust"),
    Kind(r"regional adoption agency|regional adoption service", "Regional adoption agency", "PartnerOrganisation", "AdoptionAgency", ("RAA",)),
    # Councils that recruit and match adopters together before (and beside) the agencies
    Kind(r"regional (?:adoption )?consortium(?!\s+(?:links?|arrangements?|members?|partners?)\b)", "Regional adoption consortium", "PartnerOrganisation", "Partnership"),
    # Courts: the family court and the judiciary that sits in it
    # (not "the Court of Protection", "the Court of Common Council": a court or a council of its own name)
    Kind(r"the courts?(?! of (?-i:[A-Z]))|(?:(?<=\bto )|(?<=\bin )|(?<=\bbefore ))courts?(?=\s*[,.;:)]|\s+(?:and|or|for|to|in|on|at|by|when|where|with|is|was|are|were)\b)|(?:local )?family courts?|family proceedings courts?|(?:the )?(?:local )?judiciary|designated family judge", "Family court", "PartnerOrganisation", "Court"),
    Kind(r"family drug and alcohol court", "Family drug and alcohol court", "PartnerOrganisation", "Court", ("FDAC",)),
    # the criminal courts a youth offending service works with, named by their kind
    Kind(r"youth courts?", "Youth court", "PartnerOrganisation", "Court"),
    Kind(r"(?-i:magistrates)['’]? courts?", "Magistrates' court", "PartnerOrganisation", "Court"),
    Kind(r"domestic (?:violence|abuse) (?:strategy|strategic) (?:group|board|partnership)", "Domestic violence strategic board", "Board", "Partnership"),
    # A company or trust that runs the council's children's services for it
    Kind(r"children's services trust|not-for-profit (?:trust|company)", "Children's services trust", "PartnerOrganisation", "Trust"),
    # Police
    Kind(r"the police|police", "Police", "PartnerOrganisation", "Police"),
    # A named operation of the police with the council ("Operation Anyshire"), named as written;
    # the national one is among the programmes
    Kind(r"Operation (?!Encompass\b)[A-Z][a-z]+", "", "Service", "Programme", cased=True),
    # ... and a project named so ("Project Anyshire"): a name after the kind word, not a heading's "Project Board"
    Kind(r"Project (?!(?:Board|Group|Team|Manager|Lead|Leader|Officer|Plan|Management|Steering|Worker|Co-?ordinator|Director|Support|Funding|Evaluation|Initiation|Assistant|Administrator|Sponsor|Update|Report|Review|Meeting|Budget|Closure|Brief)s?\b)[A-Z][a-z]+", "", "Service", "Programme", cased=True),
    # Prevent is national; the panel that hears its referrals is each council's own
    # the council's own team for the Prevent duty (not "the police Prevent team", "the Home Office Prevent team": another's;
    # not "the Prevent team leader", a post; the programme is read beside it)
    Kind(r"(?:(?<=\bthe )|(?<=council['’]s )|(?<=authority['’]s )|(?<=borough['’]s )|(?<=county['’]s )|(?<=city['’]s )|(?<=\bits ))"
         r"[‘']?Prevent[’']? [Tt]eam(?! (?:[Ll]eaders?|[Ll]eads?|[Mm]anagers?|[Cc]o-?ordinators?|[Mm]embers?)\b)",
         "Prevent team", "Service", "TeamOrService", cased=True),
    Kind(r"[‘']?Channel[’']? (?:[Pp]anel|programme)|[‘']Channel[’']|(?<=Prevent[’'] and )Channel|(?<=Prevent and )Channel"
         r"|(?:(?<=referrals to )|(?<=referral to )|(?<=referred to ))Channel\b(?!\s+[A-Z\d])", "Channel panel", "Board", "Panel", cased=True),
    # A partnership named only by the people it serves: "the children's partnership", "the children,
    # young people and families partnership", and its board written so ("the children's partnership board")
    Kind(r"(?:children['’]s partnership|children(?:,| and) young people(?:['’]s)?(?:,? and families)? partnership)(?: board)?", "", "Board", "Partnership"),
)

#: Generic kinds that name the inspected council's children's services as a whole, not a body
#: of their own: where the report has a council, a mention of one is a mention of the council
#: ("referred to children's social care").
COUNCIL_AS_A_WHOLE = {"Children's social care"}

#: National bodies: one node across all reports.
NATIONAL_BODIES: tuple[Kind, ...] = (
    Kind(r"ofsted|office for standards in education[\w ,']*", "Ofsted", "PartnerOrganisation", "Inspectorate"),
    Kind(r"care quality commission", "Care Quality Commission", "PartnerOrganisation", "Inspectorate", ("CQC",)),
    Kind(r"(?:hm|her majesty's|his majesty's) inspectorate of probation|hmi probation", "HM Inspectorate of Probation", "PartnerOrganisation", "Inspectorate", ("HMIP",)),
    Kind(r"hm inspectorate of constabulary|her majesty's inspectorate of constabulary", "HM Inspectorate of Constabulary", "PartnerOrganisation", "Inspectorate", ("HMIC",)),
    Kind(r"department for education", "Department for Education", "PartnerOrganisation", "GovernmentDepartment", ("DfE", "DFE")),
    Kind(r"department of health(?: and social care)?", "Department of Health and Social Care", "PartnerOrganisation", "GovernmentDepartment", ("DHSC",)),
    Kind(r"home office", "Home Office", "PartnerOrganisation", "GovernmentDepartment"),
    Kind(r"(?:hm|her majesty's|his majesty's) revenue (?:and|&) customs", "HM Revenue and Customs", "PartnerOrganisation", "GovernmentDepartment", ("HMRC",)),
    Kind(r"department (?:for|of) work and pensions", "Department for Work and Pensions", "PartnerOrganisation", "GovernmentDepartment", ("DWP",)),
    Kind(r"job ?centre(?: plus)?", "Jobcentre Plus", "PartnerOrganisation", "GovernmentAgency"),
    Kind(r"secretary of state for education", "Secretary of State for Education", "PartnerOrganisation", "GovernmentDepartment"),
    Kind(r"ministry of justice", "Ministry of Justice", "PartnerOrganisation", "GovernmentDepartment", ("MoJ",)),
    Kind(r"ministry of defence", "Ministry of Defence", "PartnerOrganisation", "GovernmentDepartment", ("MoD",)),
    Kind(r"department for children,? schools and families", "Department for Children, Schools and Families",
         "PartnerOrganisation", "GovernmentDepartment", ("DCSF",)),
    Kind(r"department for communities and local government", "Department for Communities and Local Government",
         "PartnerOrganisation", "GovernmentDepartment", ("DCLG",)),
    Kind(r"ministry of housing,? communities and local government", "Ministry of Housing, Communities and Local Government",
         "PartnerOrganisation", "GovernmentDepartment", ("MHCLG",)),
    Kind(r"department for levelling up,? housing and communities", "Department for Levelling Up, Housing and Communities",
         "PartnerOrganisation", "GovernmentDepartment", ("DLUHC",)),
    Kind(r"youth justice board", "Youth Justice Board", "PartnerOrganisation", "GovernmentAgency", ("YJB",)),
    Kind(r"(?<!['’]s )(?:(?i:the )?Office of the )?(?-i:Children['’]s Rights Director)(?: for England)?", "Children's Rights Director", "PartnerOrganisation", "GovernmentAgency"),
    # the regional offices of central government (to 2011), one for each region
    *(Kind(rf"government office (?:for )?(?:the )?(?:{pattern})(?!\s+(?:[Rr]egion|area)\b)", f"Government Office for {name}", "PartnerOrganisation",
           "GovernmentAgency", (acronym,))
      for name, pattern, acronym in (
          ("the North East", "north east", "GONE"), ("the North West", "north west", "GONW"),
          ("Yorkshire and the Humber", "yorkshire and (?:the )?humber", "GOYH"), ("the East Midlands", "east midlands", "GOEM"),
          ("the West Midlands", "west midlands", "GOWM"), ("the East of England", "east of england|east(?! midlands)", "GOEE"),
          ("London", "london", "GOL"), ("the South East", "south east", "GOSE"), ("the South West", "south west", "GOSW"))),
    Kind(r"(?:uk )?border force", "Border Force", "PartnerOrganisation", "GovernmentAgency"),
    Kind(r"uk border agency", "UK Border Agency", "PartnerOrganisation", "GovernmentAgency", ("UKBA",)),
    Kind(r"uk visas and immigration", "UK Visas and Immigration", "PartnerOrganisation", "GovernmentAgency", ("UKVI",)),
    Kind(r"principal registry of the family division", "Principal Registry of the Family Division", "PartnerOrganisation", "Court", ("PRFD",)),
    # the national office, not a commissioner the DfE appoints to a council ("the children's services commissioner",
    # "the Children's Commissioner appointed by the DfE"); capitalised and alone, the national office
    # ("the Children's Commissioner's report")
    Kind(r"(?:the )?office of the children['’]s commissioner(?: for england)?|children['’]s commissioner for england"
         r"|(?<=the )(?-i:Children['’]s Commissioner)(?! for (?!England)| appointed| in | to |,? (?:who|which) (?:was|were|is|has been) appointed)",
         "Children's Commissioner for England", "PartnerOrganisation", "GovernmentAgency"),
    # the national programme for adoption the regional agencies run together (from 2022)
    Kind(r"Adoption England(?! and Wales)", "Adoption England", "PartnerOrganisation", "GovernmentAgency", cased=True),
    Kind(r"national crime agency", "National Crime Agency", "PartnerOrganisation", "GovernmentAgency", ("NCA",)),
    Kind(r"local government association", "Local Government Association", "PartnerOrganisation", "GovernmentAgency", ("LGA",)),
    # the London boroughs' own association, as the LGA is England's councils' (its pan-London fostering and adoption work), in
    # its capitals, named alone: opening a clause or after what a body does with it ("coordinated by London Councils", "with
    # the Alliance (LIIA) and London Councils"); not the boroughs themselves, counted or described ("the two London
    # Councils", "like most London Councils", "other inner London Councils", "Wyre and Anyford are London Councils")
    Kind(r"(?:^|(?<=[.,;:(] )|(?<=\bby )|(?<=\bwith )|(?<=\bfrom )|(?<=\bthrough )|(?<=\bvia )|(?<=\)\sand ))London Councils",
         "London Councils", "PartnerOrganisation", "GovernmentAgency", cased=True),
    # the national association of councils' directors of children's services (its regional groups run peer reviews), a
    # body of councils' officers as the LGA is of councils: with no region's name before or after it
    # ("the North West Association of …", "the Association of … North West" are a region's own); its short form only
    # where the report defines it ("ADCS North West", "the Eastern Region ADCS" are a region's)
    Kind(r"(?<!east )(?<!west )(?<!north )(?<!south )(?<!northern )(?<!southern )(?<!eastern )(?<!western )(?<!midlands )(?<!humber )"
         r"(?<!london )(?<!england )(?<!yorkshire )(?<!region )(?<!regional )(?<!central )"
         r"association of directors of children['’]s services(?! (?:north|south|east|west|eastern|london|yorkshire|midlands|northern|southern"
         r"|western|region|in the)\b)",
         "Association of Directors of Children's Services", "PartnerOrganisation", "GovernmentAgency"),
    Kind(r"nhs england", "NHS England", "HealthBody", "GovernmentAgency"),
    Kind(r"nhs direct", "NHS Direct", "HealthBody", "GovernmentAgency"),  # the national health line (not a council's "… Direct")
    Kind(r"nhs improvement", "NHS Improvement", "HealthBody", "GovernmentAgency"),  # the trusts' regulator, 2016–2022 (in NHS England since)
    Kind(r"nhs digital", "NHS Digital", "HealthBody", "GovernmentAgency"),  # the health service's data body, 2013–2023
    # The health service as a whole, named alone as a partner: "the police and the NHS"
    Kind(r"(?<=the )NHS(?=\s*[,.;:)]|\s+(?:and|or|is|was|has|have)\b)", "NHS", "HealthBody", "GovernmentAgency", cased=True),
    Kind(r"public health england", "Public Health England", "HealthBody", "GovernmentAgency", ("PHE",)),
    Kind(r"disclosure and barring service", "Disclosure and Barring Service", "PartnerOrganisation", "GovernmentAgency", ("DBS",)),
    Kind(r"(?:hm |her majesty's |his majesty's )?inspectorate of constabulary and fire (?:and|&) rescue services", "HM Inspectorate of Constabulary and Fire & Rescue Services", "PartnerOrganisation", "Inspectorate", ("HMICFRS",)),
    Kind(r"(?:hm |her majesty's |his majesty's )?prison service|hm prison and probation service", "HM Prison and Probation Service", "PartnerOrganisation", "GovernmentAgency", ("HMPPS",)),
    Kind(r"national panel of (?:independent )?experts(?: on serious case reviews)?", "National Panel of Independent Experts", "PartnerOrganisation", "GovernmentAgency"),
    Kind(r"independent inquiry into child sexual abuse", "Independent Inquiry into Child Sexual Abuse", "PartnerOrganisation", "GovernmentAgency", ("IICSA",)),
    Kind(r"social care institute for excellence", "Social Care Institute for Excellence", "PartnerOrganisation", "VoluntaryOrganisation", ("SCIE",)),
    Kind(r"(?:the )?child safeguarding practice review panel|national (?:review )?panel(?! of)", "Child Safeguarding Practice Review Panel", "PartnerOrganisation", "GovernmentAgency"),
    Kind(r"the national archives", "The National Archives", "PartnerOrganisation", "GovernmentAgency"),
    # "the adoption register" in lower case too: with its article, or a referral to it, the national one ("the national
    # Adoption Register": the register by its name, a describing word before it)
    Kind(r"(?:the )?national adoption register(?<!(?-i:national Adoption Register))|adoption register for england(?: and wales)?|(?-i:Adoption Register)|(?<=the )adoption register|(?<=to )adoption register", "Adoption Register for England", "PartnerOrganisation", "GovernmentAgency"),
    # the national adoption information service for prospective adopters (2013–2020), funded by the Department for Education
    Kind(r"First4Adoption|First 4 Adoption", "First4Adoption", "PartnerOrganisation", "GovernmentAgency", cased=True),
    Kind(r"(?:the )?college of social work", "The College of Social Work", "PartnerOrganisation", "Regulator"),
    Kind(r"Research in Practice", "Research in Practice", "PartnerOrganisation", "VoluntaryOrganisation", cased=True),
    Kind(r"social work england", "Social Work England", "PartnerOrganisation", "Regulator"),
    Kind(r"(?:the )?local government (?:and social care )?ombudsman", "Local Government and Social Care Ombudsman", "PartnerOrganisation",
         "Regulator", ("LGSCO",)),
    Kind(r"health and care professions council", "Health and Care Professions Council", "PartnerOrganisation", "Regulator", ("HCPC",)),
    Kind(r"general social care council", "General Social Care Council", "PartnerOrganisation", "Regulator", ("GSCC",)),
    Kind(r"criminal records? bureau", "Criminal Records Bureau", "PartnerOrganisation", "GovernmentAgency", ("CRB",)),
    Kind(r"child(?:ren)? and family court advisory and support service|cafcass", "Cafcass", "PartnerOrganisation", "GovernmentAgency", ("Cafcass", "CAFCASS")),
    Kind(r"nspcc|national society for the prevention of cruelty to children", "NSPCC", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"barnardo's", "Barnardo's", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"action for children", "Action for Children", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"the children's society", "The Children's Society", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"(?:the )?national children's bureau", "National Children's Bureau", "PartnerOrganisation", "VoluntaryOrganisation", ("NCB",)),
    # (in its own capitals or in lower case, and a local group named with a council's place after it, "Women's Aid" and the
    # place's name: ``entities.kinds``)
    Kind(r"[Ww]omen['’]s [Aa]id", "Women's Aid", "PartnerOrganisation", "VoluntaryOrganisation", cased=True, local_groups=True),
    Kind(r"victim support", "Victim Support", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"Coram Voice", "Coram Voice", "PartnerOrganisation", "VoluntaryOrganisation", cased=True),  # the children's rights charity, no young people's forum
    Kind(r"coram(?! voice)", "Coram", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"(?-i:(?:[Tt]he )?Who Cares\?? Trust)", "The Who Cares? Trust", "PartnerOrganisation", "VoluntaryOrganisation"),
    Kind(r"[‘']?Kooth[’']?", "Kooth", "PartnerOrganisation", "VoluntaryOrganisation", cased=True),  # online counselling, commissioned nationwide
    Kind(r"catch ?22", "Catch22", "PartnerOrganisation", "VoluntaryOrganisation"),
    # National charities whose names are also common words: in capitals only ("a refuge", "a turning point").
    _named_partner(r"(?<=[a-z,] )Refuge(?= (?:charity|provides|supports|offers|and|to|for)\b|[,.;])|^Refuge(?= (?:provides|supports|offers|delivers|works|runs)\b|, (?:which|who) (?:is |are )?(?:commissioned|funded|contracted|provides|runs|delivers|offers|works)\b|, (?:a|the) (?:[\w-]+ ){0,3}(?:charity|organisation|provider)\b)", "Refuge"),
    _named_partner(r"Turning Point(?= (?:provides|supports|offers|works|delivers|and|to|for)\b|[,.;]|['’]s [a-z])", "Turning Point"),
    # the national young people's substance misuse charity, commissioned by many councils: Addaction until 2020, We Are
    # With You since (a report names it as it was called then)
    _named_partner(r"Addaction", "Addaction"),
    _named_partner(r"We Are With You", "We Are With You"),
    _named_partner(r"Missing People(?! [A-Z])", "Missing People"),
    _named_partner(r"Home-Start", "Home-Start"),
    _named_partner(r"St Giles Trust", "St Giles Trust"),
    _named_partner(r"(?:The )?Salvation Army", "The Salvation Army"),
    _named_partner(r"(?:The )?Prince['’]s Trust", "The Prince's Trust"),
    _named_partner(r"Family Action(?! [A-Z]| (?:plans?|meetings?|groups?|approach|days?)\b)", "Family Action"),
    _named_partner(r"National Youth Advocacy Service|NYAS", "National Youth Advocacy Service", acronyms=("NYAS",)),
    # the national domestic abuse charity, Co-ordinated Action Against Domestic Abuse (CAADA) until 2015, SafeLives since (not
    # its risk checklist, "the CAADA-DASH", a tool; the short form no acronym of the kind's, so that the checklist's is not read)
    _named_partner(r"SafeLives", "SafeLives"),
    _named_partner(r"Co-?ordinated Action Against Domestic Abuse|CAADA(?![- ]?DASH)", "Coordinated Action Against Domestic Abuse"),
    _named_partner(r"YoungMinds|(?<!Healthy )Young Minds", "YoungMinds"),
    _named_partner(r"Family Rights Group", "Family Rights Group"),
    _named_partner(r"(?:The )?Fostering Network", "The Fostering Network"),
    _named_partner(r"Change,? Grow,? Live", "Change Grow Live", acronyms=("CGL",)),
    _named_partner(r"(?:The )?Refugee Council", "Refugee Council"),
    _named_partner(r"Adoption UK", "Adoption UK"),
    # the Young Men's Christian Association's local branches and the young people's sexual health charity, named by
    # their brands ("the YMCA", "Brook"; "a brook" and "brook no delay" are no body's)
    _named_partner(r"(?:(?<=\bthe )|(?<=\bThe )|(?<=[,;:] )|^)YMCA|Young Men['’]s Christian Association", "YMCA"),
    # (a place's own YMCA, "Anyford YMCA", "YMCA Wyre", is named with its place by the finder of brands and places)
    _named_partner(r"(?:(?<=[,;:] )|(?<=\band )|(?<=\bby )|(?<=\bfrom )|(?<=\bwith )|(?<=\bthrough )|^)Brook"
                   r"(?= (?:provides|supports|offers|delivers|works|runs|and|to|for|which|whose|in|clinics?|services?|sessions)\b|[,.;)]|['’]s [a-z])", "Brook"),
    # the companies that run a council's children's services for it, set up under the Children Act 2004's
    # intervention powers or by councils together (DfE's list of children's services trusts and companies)
    _named_partner(r"Achieving for Children(?! [A-Z])", "Achieving for Children", "PartnerOrganisation"),
    _named_partner(r"Together for Children(?! [A-Z])", "Together for Children", "PartnerOrganisation"),
    _named_partner(r"(?:Slough|Worcestershire) Children First|Children First Northamptonshire", "", "PartnerOrganisation"),
    # independent fostering agencies councils commission everywhere: a charity and a company
    _named_partner(r"TACT(?![\w-])|The Adolescent and Children['’]s Trust", "TACT"),
    _named_partner(r"Foster Care Associates", "Foster Care Associates", "PartnerOrganisation"),
    # the company that ran many areas' community health services for children (2013–2021), under its later name too
    _named_partner(r"Virgin Care(?: Services)?(?: Limited| Ltd)?(?! [A-Z])", "Virgin Care", "PartnerOrganisation"),
    _named_partner(r"HCRG Care Group", "HCRG Care Group", "PartnerOrganisation"),
    _named_partner(r"(?:Coram)?BAAF|British Association for Adoption (?:and|&) Fostering", "British Association for Adoption and Fostering",
                   acronyms=("BAAF",)),  # the adoption and fostering charity, CoramBAAF since 2015
)

#: National programmes a council takes part in: one node across reports, typed national (like the
#: national bodies, they would otherwise bridge every council that takes part).
PROGRAMMES: tuple[Kind, ...] = (
    Kind(r"[‘']Prevent[’']|[‘']?Prevent[’']?(?= (?:duty|programme|strategy|lead|coordinator|co-ordinator|team|referrals?|agenda|work|priority|action))|(?:the )?[‘']?Prevent[’']? (?:[Dd]uty|[Pp]rogramme|[Ss]trategy)(?! (?:duty|programme|strategy|lead|coordinator|co-ordinator|team)\b)|(?<=, )Prevent(?=\s*[,;]|\s+and\s)|(?<=\bunder )Prevent\b|(?<=\bthrough )Prevent(?=\s*[.,;]|\s+and\s)", "Prevent", "Service", "Programme", cased=True),
    Kind(r"[Nn]ational [Rr]eferral [Mm]echanism", "National Referral Mechanism", "Service", "Programme", ("NRM",), cased=True),
    Kind(r"[Nn]ational [Tt]ransfer [Ss]cheme", "National Transfer Scheme", "Service", "Programme", ("NTS",), cased=True),  # unaccompanied children's transfers between councils
    Kind(r"[‘']?Mockingbird[’']?(?: (?:[Ff]amily [Mm]odel|[Ss]cheme|[Pp]rogramme|[Pp]roject|hubs?|[Cc]onstellations?))?", "Mockingbird", "Service", "Programme", cased=True),
    # Family Rights Group's programme for children in care to find their family: "Lifelong Links"
    Kind(r"[‘']?Lifelong Links[’']?(?: (?:[Pp]rogramme|[Pp]roject|[Aa]pproach|[Mm]odel|[Ss]cheme))?", "Lifelong Links", "Service", "Programme", cased=True),
    # licensed parenting programmes councils commission: "the Triple P programme", "Incredible Years"
    Kind(r"[‘']?Triple P[’']?(?: (?:[Pp]ositive [Pp]arenting )?(?:[Pp]rogramme|[Cc]ourses?|groups?|[Pp]arenting))?", "Triple P", "Service", "Programme", cased=True),
    Kind(r"(?:(?<=the )|[‘'])Incredible Years[’']?(?: (?:[Pp]rogramme|[Cc]ourses?|groups?|[Pp]arenting))?|Incredible Years (?:[Pp]rogramme|[Cc]ourses?|groups?|[Pp]arenting)",
         "Incredible Years", "Service", "Programme", cased=True),  # not "had been Incredible Years for them"
    Kind(r"[‘']?No Wrong Door[’']?(?: (?:[Mm]odel|[Aa]pproach|service|[Pp]rogramme|[Ii]nnovation|hub))?", "No Wrong Door", "Service", "Programme", cased=True),
    Kind(r"[‘']?(?:Troubled|Supporting(?: Troubled)?) Families[’']?(?: (?:[Pp]rogramme|[Ii]nitiative|[Aa]genda|team))?|(?<=with )troubled families|troubled families (?:programme|initiative|agenda|team|offer)", "Supporting Families programme", "Service", "Programme", cased=True),
    # the national programme of short breaks for disabled children of 2008–11: "Aiming High for Disabled Children (AHDC) funding"
    Kind(r"[‘']?Aiming High for Disabled Children[’']?(?: (?:[Pp]rogramme|[Ii]nitiative))?", "Aiming High for Disabled Children", "Service", "Programme",
         ("AHDC",), cased=True),
    Kind(r"[‘']?Aimhigher[’']?(?!(?: (?:[Pp]rogramme|[Ii]nitiative|[Pp]roject|[Ss]cheme))? [Tt]eam)(?: (?:[Pp]rogramme|[Ii]nitiative|[Pp]roject|[Ss]cheme))?", "Aimhigher", "Service", "Programme", cased=True),
    Kind(r"(?:0 ?[–-] ?(?:19|25) )?[‘']?Healthy Child [Pp]rogramme[’']?", "Healthy Child Programme", "Service", "Programme", ("HCP",), cased=True),
    Kind(r"[‘']?Reducing Parental Conflict[’']?(?: (?:[Pp]rogramme|[Ii]nitiative|[Ww]ork))?", "Reducing Parental Conflict programme",
         "Service", "Programme", ("RPC",), cased=True),
    Kind(r"[‘']?Holiday Activities and Food[’']?(?: (?:[Pp]rogramme|[Ss]cheme))?", "Holiday Activities and Food programme",
         "Service", "Programme", ("HAF",), cased=True),
    Kind(r"[‘']?Think Family[’']?(?: (?:[Pp]rogramme|[Aa]pproach|[Mm]odel|[Ii]nitiative|[Ss]trategy|teams?))?", "Think Family", "Service", "Programme", cased=True),
    # National funds and family-finding tools every council's adoption service uses
    # (renamed in 2022 the "Adoption and Special Guardianship Support Fund": one fund, either name)
    Kind(r"adoption (?:and special guardianship )?support fund", "Adoption Support Fund", "Service", "Programme", ("ASF", "ASGSF")),
    Kind(r"[‘']?Link ?[Mm]aker[’']?", "Link Maker", "Service", "Programme", cased=True),
    Kind(r"[‘']?Adoption Match[’']?", "Adoption Match", "Service", "Programme", cased=True),
    # Tools and plays used across the country: an app for children's views, a play about exploitation
    Kind(r"[‘']?Mind [Oo]f [Mm]y [Oo]wn[’']?(?: app)?", "Mind of My Own", "Service", "Programme", ("MOMO",), cased=True),
    Kind(r"[‘']?Chelsea['’]s Choice[’']?", "Chelsea's Choice", "Service", "Programme", cased=True),
    Kind(r"[‘']?Staying Close[’']?(?: (?:programme|project|pilot|scheme|service|team))?", "Staying Close", "Service", "Programme", cased=True),
    Kind(r"[‘']?Pause[’']? (?:programme|project|practice|model)", "Pause", "Service", "Programme", cased=True),
    Kind(r"[‘']?Family Safeguarding[’']? (?:model|programme|approach|teams?)|Family Safeguarding(?=, (?:the|a|an) [\w’' -]{0,40}\bmodel\b)",
         "Family Safeguarding model", "Service", "Programme", cased=True),
    # the first year of a newly qualified social worker, a programme every council runs under one name: a body where the
    # report writes it as a title or names its programme (in lower case alone or by its letters alone, the year a worker
    # is in: "in their ASYE"; before a post's title, the post's: "the … Year in Employment Coordinator")
    Kind(r"(?-i:Assessed and Supported Year in Employment)(?: (?:programme|scheme))?(?! (?-i:[A-Z])[a-z]*(?:or|er|ead)\b)"
         r"|assessed and supported year in employment (?:programme|scheme)",
         "Assessed and Supported Year in Employment", "Service", "Programme"),
    Kind(r"[‘']?Step Up to Social Work[’']?(?: (?:programme|scheme))?|[‘']Step[- ]?[Uu]p[’'] (?:programme|scheme|students?)", "Step Up to Social Work", "Service", "Programme"),
    Kind(r"[‘']?Frontline[’']? (?:programme|scheme|graduates?|students?|trainees?)|(?<=through )Frontline(?= and\b|[,.;])"
         r"|(?:(?<=from )|(?<=with ))Frontline(?=[,.;]| and (?:with|through|from)\b)"
         r"|(?:(?<=Social Work and )|(?<=programme and )|(?<=scheme and ))Frontline(?=\s*[,.;)]|\s+(?:to|in|for|is|has|have|are|were|was|which|who)\b)"
         r"|(?<=the )Frontline(?= and Step Up\b)",  # "the Frontline and Step Up to Social Work programmes"
         "Frontline", "Service", "Programme", cased=True),
    Kind(r"[Pp]artners in [Pp]ractice(?: programme)?|[‘']?Partner in Practice[’']?", "Partners in Practice", "Service", "Programme", cased=True),
    Kind(r"Operation Encompass", "Operation Encompass", "Service", "Programme", cased=True),
    Kind(r"Strengthening Families,? Protecting Children(?: (?:[Pp]rogramme|[Ii]nitiative))?", "Strengthening Families, Protecting Children programme",
         "Service", "Programme", ("SFPC",), cased=True),
    Kind(r"Duke of Edinburgh(?=['’]s| [Aa]wards?| [Ss]cheme| [Pp]rogramme)(?:['’]s)?(?: [Aa]wards?)?(?: (?:[Ss]cheme|[Pp]rogramme))?"
         r"|DofE(?: [Aa]wards?)?", "Duke of Edinburgh's Award",  # the award, not the duke
         "Service", "Programme", ("DofE",), cased=True),
    Kind(r"[‘']?Care Leavers?['’]? Covenant[’']?", "Care Leaver Covenant", "Service", "Programme", cased=True),
    Kind(r"[‘']?Bright Spots[’']?(?: (?:programme|survey|project|surveys))?", "Bright Spots", "Service", "Programme", cased=True),
    Kind(r"[‘']?Safe (?:and|&) Together[’']?(?: (?:model|approach|programme|framework))?(?! Institute)", "Safe and Together model", "Service", "Programme", cased=True),
    Kind(r"[‘']?Reclaiming Social Work[’']?(?: (?:model|approach|programme))?", "Reclaiming Social Work", "Service", "Programme", cased=True),
    Kind(r"[Ff]amily [Hh]ubs? and [‘']?[Ss]tart for [Ll]ife[’']?(?: programme)?|[‘']?[Ss]tart for [Ll]ife[’']? and [Ff]amily [Hh]ubs?(?: programme)?",
         "Family Hubs and Start for Life programme", "Service", "Programme", cased=True),
    # its half for babies and their parents, named alone: "the Start for Life offer" (not inside the joint programme's name
    # either way round, nor another name: "Best Start for Life", "Better …", "the Start for Life team", "… Family Hubs network")
    Kind(r"(?<![Hh]ubs and )(?<![Hh]ub and )(?<!Best )(?<!Better )[‘']?(?<![Hh]ubs and [‘'])(?<![Hh]ub and [‘'])(?<!Best [‘'])(?<!Better [‘'])"
         r"Start for Life[’']?"
         r"(?!\s+(?:and\s+)?[Ff]amily\s+[Hh]ubs?\b|\s+(?:team|network)\b)(?: (?:offer|programme|services|funding))?",
         "Start for Life", "Service", "Programme", cased=True),
    # A national practice model a council adopts: readers list it among the council's programmes
    Kind(r"[‘']?Signs of Safety[’']?(?: (?:model|approach|framework|practice model|programme))?", "Signs of Safety", "Service", "Programme", cased=True),
    # A model of understanding children's behaviour that councils and the NHS train carers and staff in, named after the
    # place it came from (in a report on that place too)
    Kind(r"[‘']?Solihull Approach[’']?(?: (?:model|programme|parenting programme))?", "Solihull Approach", "Service", "Programme", cased=True),
)

#: The last words of a proper name that say what kind of body it is, longest first.
#: (head regex, body type, kind)
HEADS: tuple[tuple[str, str, str], ...] = (
    (r"NHS Foundation Trust|Foundation Trust|NHS Trust|Mental Health Trust|Healthcare Trust|Health Trust|Hospitals? Trust", "HealthBody", "NHSTrust"),
    (r"Primary Care Trust|PCT(?: cluster)?", "HealthBody", "PrimaryCareTrust"),
    (r"Strategic Health Authority|SHA", "HealthBody", "StrategicHealthAuthority"),  # "South Central Strategic Health Authority", "NHS North West SHA"
    (r"Care Trust Plus", "HealthBody", "PrimaryCareTrust"),  # "NHS Anyford Care Trust Plus": a PCT joined with social care
    (r"Clinical Commissioning Group|CCG", "HealthBody", "ClinicalCommissioningGroup"),
    (r"Integrated Care Board|ICB", "HealthBody", "IntegratedCareBoard"),
    # the NHS of an area planning with its councils under one name: "the Anyshire Health and Care Integrated Care System"
    # (not "ICS" alone: as often the Integrated Children's System, a case record)
    (r"Integrated Care System", "HealthBody", "IntegratedCareBoard"),  # (an integrated care partnership is a board of both)
    (r"Hospitals?(?: for (?:Sick )?Children)?|Infirmary", "HealthBody", "Hospital"),  # ("the Wyre Royal Hospital for Children")
    # general practices federated or networked, NHS providers collaborating: "Anyford GP Federation", "the Wyre
    # Primary Care Network", "the Anyshire and Wyre Provider Collaborative" (health bodies of no finer kind)
    (r"GP Federation|Primary Care Network|(?:Mental Health )?Provider Collaborative", "HealthBody", "HealthBody"),
    # an NHS provider joining a place's hospital and community care: "the Wyre Integrated Care Organisation (ICO)",
    # "Anyford Local Care Organisation (ALCO)"
    (r"(?:Integrated|Local) Care Organisation", "HealthBody", "NHSTrust"),
    # a provider of community health care named for its place: "Anyford Community Healthcare", the NHS
    # trust however written (not "Primary Healthcare"; see entities)
    (r"Healthcare", "HealthBody", "NHSTrust"),
    # … or "community health": "Anyford Community Health", "Wyre Community Health and Care", "Wyre Community Health Care", a
    # provider of it (a trust's or a company's)
    (r"Community Health(?: and Care| Care)?", "HealthBody", "NHSTrust"),
    # … or by its place or its own word and "Health" alone: "Whittington Health", "Wyre Valley Health" (not a
    # field of health, "Public Health", "Mental Health": see entities)
    (r"(?<!Community )Health", "HealthBody", "NHSTrust"),
    # "Anyshire Probation Trust", "the Probation Service", a place's probation service ("Kent Probation": after a council only, see entities)
    (r"Probation Trust|Probation Service|Community Rehabilitation Company|Probation", "PartnerOrganisation", "Probation"),
    (r"Trust", "PartnerOrganisation", "Trust"),  # resolved by context: health, children's trust
    (r"Police Service|Police|Constabulary", "PartnerOrganisation", "Police"),
    (r"County Court and Family Court|Civil and Family Court|Family Proceedings Court|Family Court|County Court|Crown Court|Magistrates['’] Court|Youth Court"
     r"|Combined Court(?: Centre)?|Justice Centre", "PartnerOrganisation", "Court"),  # "Anyshire Family Court", "Wyre Combined Court"
    # parents' own forum, before the local authority's "Council": "the Anyshire Parent Carers' Council"
    (r"Parent[- ]Carers?['’]? (?:Council|Forum)|Parents['’]? (?:Council|Forum)", "Board", "Board"),
    # a council of voluntary bodies, before the local authority's "Council": "the Wyre Voluntary Service Council"
    (r"Voluntary (?:Services? |Sector |Action |Organisations )?Council", "PartnerOrganisation", "VoluntaryOrganisation"),
    # a county's charity for its villages and rural groups, before the local authority's "Council": "the Wyre Rural Community Council"
    (r"Rural Community Council", "PartnerOrganisation", "VoluntaryOrganisation"),
    # an area's council of social service, the voluntary bodies' own, before the local authority's "Council": "the Anyford and
    # Wyre Social Council", "Wyrebrook Council of Social Service" (not young people's own: "the Youth Social Council", "the
    # Children in Care Social Council")
    (r"(?<!Youth )(?<!Care )Social Council|Council (?:of|for) Social Service", "PartnerOrganisation", "VoluntaryOrganisation"),
    # a charity for equality, before the local authority's "Council": "Wyre Racial Equality Council", "the Anyshire Rights and
    # Equality Council"
    (r"(?:Racial|Race|Rights and) Equality Council", "PartnerOrganisation", "VoluntaryOrganisation"),
    # the courts' and agencies' board for an area's family justice: "the Wyre and Anyford Local Family Justice Council"
    (r"(?:Local )?Family Justice (?:Council|Board)", "Board", "Partnership"),
    # (a district's council by its style first: "the Borough Council of Anyford and West Wyre")
    (r"(?:Borough|City|District) Council of [A-Z][\w'’]+(?: (?:and |upon |on )?[A-Z][\w'’]+){0,3}"
     r"|County Council|City Council|Borough Council|District Council|Metropolitan Borough Council|Council", "LocalAuthority", "Council"),
    (r"Safeguarding Children(?:'s)? Board|Safeguarding Children Partnership", "Board", "SafeguardingBoard"),
    # "Wyre Housing Association", "Anyford Housing Group", "Anyshire Homes", "Wyre Rural Housing": a social
    # landlord ("Homes" and "Housing" only after a place or a name of their own, see entities)
    # a council's housing advice and homelessness service by its usual title: "Anyford Housing Options" (not a landlord's)
    (r"Housing Options", "Service", "TeamOrService"),
    (r"Housing Association|Housing Society|Housing Group|Housing Company|Homes|Housing", "PartnerOrganisation", "HousingProvider"),
    (r"Board|Partnership|Alliance|Panel|Forum|Sub-?[Cc]ommittee|Committee|Consortium|Consortia|Sub-?[Gg]roup|Group|Network|Task ?[Ff]orce",
     "Board", "Board"),  # "the Youth Safety Taskforce"
    # "Anyshire Youth Voice", "the Young Wyre Assembly": a young people's group (an assembly in a report on children is theirs)
    (r"Voices? in Care|Voices?|Youth Cabinet|Youth Parliament|Assembly(?: of Youth)?", "Board", "YouthForum"),  # "Wyre Young Voices in Care"
    (r"Fund", "Service", "Programme"),  # "the Anyshire Innovation Fund"
    # a council's line for contacts named as a brand: "Children and Families Direct", "Anyshire Direct", "Social Care Direct"
    (r"Direct", "Service", "TeamOrService"),
    # … or as a front door with a name of its own: "the Wyre Front Door", "the Family Front Door" (not the kind alone)
    (r"Front Door", "Service", "TeamOrService"),
    # "Anyford College of Further Education", "the University of Wyre": a college's name may go on after its kind word
    # (and a group of colleges under one name: "Wyre South East Colleges")
    # (its places may be listed: "the College of Anyford, Wyre and North Vale"; and the university centre it runs too: "Wyre
    # College and University Centre")
    (r"(?:College(?: (?:and|&) University Centre(?! [A-Z]))?|University)(?: of(?: the)? (?:(?:[A-Z][\w’']*(?: [A-Z][\w’']*){0,2}, ){1,3}(?:[A-Z][\w’']*(?: [A-Z][\w’']*){0,2},? )?(?:and|&) [A-Z][\w’']*(?: [A-Z][\w’']*){0,2}"
     r"|[A-Z][\w’']*(?: (?:and |& )?(?!(?:College|University)\b)[A-Z][\w’']*){0,3}))?|Colleges|Collegiate|Academy Trust",
     "PartnerOrganisation", "College"),
    # "Anyford Institute", "the Wyre Institute of Further and Higher Education", "the Anyshire Institute of Practice
    # Excellence": a college or an academy for the workforce, a partner of no one kind
    # (and an association of bodies by its title: "the Association of Wyre Authorities", "the Anyshire Association of Secondary Heads")
    (r"Institute(?: of(?: the)? [A-Z][\w’']*(?: (?:and |& )?[A-Z][\w’']*){0,3})?|Association of(?: the)? [A-Z][\w’']*(?: (?:and |& )?[A-Z][\w’']*){0,3}",
     "PartnerOrganisation", "PartnerOrganisation"),
    (r"Association", "PartnerOrganisation", "VoluntaryOrganisation"),  # "the Anyford Foster Carers Association": its members
    (r"Society of(?: the)? [A-Z][\w’']*(?: (?:de |du |la )?(?!(?:Meeting|House|Hall|Centre)\b)[A-Z][\w’']*){0,3}", "PartnerOrganisation",
     "VoluntaryOrganisation"),  # "the Society of St Wyre", "the Society of St Anyford de Wyre" (not its hall's or house's name)
    # A school named in its own right: "Anyford Park School", "St Wyre's School" (not a kind of school,
    # see entities: "the virtual school", "a special school", "the hospital school")
    # (and an academy: "Anyford Academy", "St Wyre's Catholic Academy"; one named by its work is the workforce's, see entities)
    (r"School|Academy(?! Trust)", "PartnerOrganisation", "School"),
    # "Anyshire Women's Aid", "Wyre Women's Refuge", "Wyre Women and Children's Aid", "Anyshire Carers Support" (a carers'
    # charity by its place), "Anyshire Voluntary Action", "the Anyshire United Foundation", "Anyshire Community Enterprise",
    # "WDAS Charity" (a short form, then "Charity"; not "the Children's Charity", "an Independent Charity": what a body is);
    # "Anyshire Council for Voluntary Service", "the Anyford Council for Mosques": a council of bodies, not a local authority
    (r"Women['’]s Aid|Women['’]s Refuge|Women(?:['’]s)? and Children['’]s Aid|Carers Support|Voluntary Action|Councils? (?:for|of) Voluntary (?:Youth )?(?:Services?|Organisations)|CVS|Youth Zone|(?<!County )(?<!City )(?<!Borough )(?<!District )Council (?:for|of) (?!Voluntary\b|Children\b|Young\b|Education\b|Adult)[A-Z][\w'’]+|Community Interest Company|CIC|Community Enterprise|Social Enterprise|Foundation|(?<=[A-Z][A-Z] )Charity",
     "PartnerOrganisation", "VoluntaryOrganisation"),
    # faith bodies: "the Diocese of Anyford", "Churches Together in Wyre"
    (r"Diocese(?: of [A-Z][\w’']*(?: [A-Z][\w’']*){0,2})?|Churches Together(?: in [A-Z][\w’']*(?: (?:and )?[A-Z][\w’']*){0,2})?",
     "PartnerOrganisation", "VoluntaryOrganisation"),
    # before "Service"; an area's fire service by its name without "Service" too: "Anyshire Fire and Rescue contributes …"
    (r"Fire and Rescue(?: Service)?|Fire Brigade", "PartnerOrganisation", "FireAndRescueService"),
    # supported housing for young people by its own name: "the Anyford Foyer", "St Wyre's Hostel" (not "an Emergency
    # Hostel", a kind: see entities)
    (r"Foyer|Hostel", "PartnerOrganisation", "HousingProvider"),
    # places of custody for children: "Anyford Wood Young Offender Institution", "Wyre Secure Training Centre"
    (r"Young Offender Institution|Secure Training Centre|Secure Children['’]s Home", "PartnerOrganisation", "PartnerOrganisation"),
    (r"Scrutiny Commission", "Board", "Board"),  # "the Children and Young People Scrutiny Commission": the council's members'
    (r"Commission|Inspectorate|Agency", "PartnerOrganisation", "Agency"),
    # a police force's command for one borough or area: "the Anyford Borough Command", "the West Area Basic Command Unit",
    # "the Wyre Operational Command Unit"
    (r"Borough Command(?: Unit)?|Basic Command Unit|Operational Command Unit", "Service", "TeamOrService"),
    (r"Project|Service|Team|Unit|Hub|Centre|Access Point|Contact Point|Department|Helpdesk|Helpline"  # "the Children and Families Helpdesk"
     r"|(?:Social Work|Social Care|Practice|Workforce) Academy", "Service", "TeamOrService"),  # "the Anyshire Social Work Academy"  # "the Anyshire Access Point (AAP)"
    (r"Programme|Initiative|Scheme|Pathfinder", "Service", "Programme"),  # "the Anyshire Innovation Programme"
    # a council's own fostering or adoption service by its brand: "Anyshire Fostering" (after a council only, see entities)
    (r"Fostering|Adoption", "Service", "TeamOrService"),
    (r"Combined Authority", "PartnerOrganisation", "Partnership"),  # "the Greater Anyshire Combined Authority"
    (r"Co-?operative", "PartnerOrganisation", "Partnership"),  # "the Anyshire Regional Care Co-operative"
    # a company by its registered name: "Anyford Leisure Limited" (not "Very Limited", a water company: see entities);
    # not the longer kinds above ending in "Company"
    (r"(?:Tenant|Arm['’]s[- ]Length) Management Organisation|Limited|Ltd|(?<!Rehabilitation )(?<!Interest )(?<!Housing )Company",
     "PartnerOrganisation", "PartnerOrganisation"),
)

#: The last word of a body named by a common-noun phrase ("the duty and assessment team", "the
#: multi-agency transition panel", "the Lantern service"): (body type, kind), plural allowed.
PHRASE_HEADS: dict[str, tuple[str, str]] = {
    "team": ("Service", "TeamOrService"), "service": ("Service", "TeamOrService"),
    "unit": ("Service", "TeamOrService"), "hub": ("Service", "TeamOrService"),
    "academy": ("Service", "TeamOrService"), "centre": ("Service", "TeamOrService"),
    "programme": ("Service", "Programme"), "project": ("Service", "Programme"),
    "scheme": ("Service", "Programme"), "pilot": ("Service", "Programme"), "initiative": ("Service", "Programme"),
    "campaign": ("Service", "Programme"),  # "the 'Words That Matter' campaign": named only (NAMED_ONLY_HEADS)
    "pathfinder": ("Service", "Programme"),  # "the Families First for Anyshire pathfinder": named only
    "panel": ("Board", "Panel"), "board": ("Board", "Board"), "group": ("Board", "Board"),
    "sub-group": ("Board", "SubGroup"), "subgroup": ("Board", "SubGroup"), "sub group": ("Board", "SubGroup"),
    "sub-committee": ("Board", "SubGroup"), "subcommittee": ("Board", "SubGroup"),
    "forum": ("Board", "YouthForum"), "partnership": ("Board", "Partnership"), "committee": ("Board", "Board"),
    "network": ("Board", "Board"), "council": ("Board", "YouthForum"),
    "scrutiny commission": ("Board", "Board"),  # "the children and young people scrutiny commission": the council's members'
    # ("commission" alone is as often a verb: "the CCG commissions CAMHS")
    "consortium": ("PartnerOrganisation", "Partnership"),
    "alliance": ("Board", "Partnership"),  # "the North East regional improvement and innovation alliance": partners of several
    # councils, named by its region (NAMED_ONLY_HEADS)
    "association": ("PartnerOrganisation", "VoluntaryOrganisation"),
    "agency": ("PartnerOrganisation", "AdoptionAgency"), "court": ("PartnerOrganisation", "Court"),
    "meeting": ("Board", "Panel"), "conference": ("Board", "Panel"),
    "directorate": ("Service", "TeamOrService"),  # "the Children, Schools and Families directorate": a council's department
}
#: People a group is for: a group named by whom it serves is a body ("the young carers group",
#: "a group for birth fathers and grandfathers"), not only a multi-agency one.
PEOPLE_SERVED = {
    "fathers", "mothers", "grandfathers", "grandmothers", "grandparents", "parents", "parent", "carers",
    "carer", "adopters", "leavers", "siblings", "girls", "boys", "men", "women", "dads", "mums", "fathers'",
    "mothers'", "parents'", "carers'", "adopters'", "leavers'", "people's", "children", "children's",
    "families", "teenagers", "survivors",
}
#: Whom a board's own version for them is made of, written before the board's short form: "the
#: Junior LSCB", "the youth MARAC" are bodies of their own beside the LSCB and MARAC.
MEMBERS_BEFORE_A_BOARD = {"student", "students'", "youth", "junior", "shadow", "pupil", "pupils'"}
#: Words that say which people a group serves: "birth fathers", "young carers", "adopted children".
PEOPLE_QUALIFIERS = {
    "birth", "adoptive", "adopted", "young", "foster", "kinship", "lgbt", "lgbtq", "lgbtq+", "teenage", "disabled",
    "looked", "after", "care", "single", "new", "connected", "special", "guardianship", "and", "or",
}

#: Heads a phrase names a body with only when the body is multi-agency ("multi-agency sexual
#: exploitation meeting"): otherwise a meeting is an event ("child protection conference").
MULTI_AGENCY_ONLY = {"meeting", "conference", "group"}

#: Words that end the reach of a phrase going back from its head: articles, pronouns,
#: prepositions, verbs, quantities ("the", "to", "is", "three").
PHRASE_STOP = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
    "to", "by", "with", "from", "at", "on", "into", "onto", "within", "across", "through", "between",
    "throughout", "upon", "towards", "toward", "beyond", "behind", "despite", "during", "following",
    "outside", "inside", "beside", "near", "except", "unlike", "found", "made", "gave", "took", "kept", "sought",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did", "can", "will",
    "would", "should", "may", "might", "must", "not", "no", "nor", "but", "or", "as", "than", "which",
    "who", "whom", "whose", "where", "when", "while", "whilst", "if", "so", "also", "both", "either",
    "all", "any", "each", "every", "some", "many", "most", "more", "few", "several", "various", "such",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "including", "includes", "include", "via", "per", "about", "after", "before", "since", "until",
    "under", "over", "against", "without", "alongside", "among", "amongst", "around", "like", "what",
    "own", "other", "another", "there", "here", "then", "now", "only", "just", "very", "well",
    "how", "why", "whether", "yet", "although", "though", "already", "still", "even", "enough", "way", "ways", "they", "we", "it",
    "because", "unless", "whereas", "once", "others",
    "he", "she", "you", "them", "us", "i",
    # people and their roles (see PHRASE_ROLES)
    "director", "directors", "head", "heads", "manager", "managers", "officer", "officers", "chair",
    "chairs", "member", "members", "lead", "leads", "staff", "worker", "workers", "practitioner",
    "practitioners", "commissioner", "commissioners", "councillor", "councillors", "sets", "set", "put",
    # a sentence's verb before a kind word: "the trust commissions services effectively"
    "commissions", "provides", "offers", "delivers", "funds", "oversees", "manages", "coordinates", "co-ordinates",
    "supports", "hosts", "facilitates", "trains", "convenes", "attends", "chaired", "co-chair", "co-chairs", "co-chaired",
    "commission", "provide", "deliver", "oversee", "host",
    "co-design", "co-designs", "co-designed", "co-produce", "co-produces", "co-produced", "co-create", "co-created",
    "co-deliver", "co-delivers", "co-delivered", "co-commission", "co-commissions", "co-commissioned",
}
#: People and their roles: a phrase never reaches back over one, capitalised or not ("the
#: Director for Children's Services" is a person).
PHRASE_ROLES = {
    "director", "directors", "head", "heads", "manager", "managers", "officer", "officers", "chair", "chairs",
    "member", "members", "lead", "leads", "commissioner", "commissioners", "councillor", "councillors",
    "minister", "secretary", "inspector", "inspectors", "executive", "judge", "adviser", "advisers",
    "teacher", "teachers",
}
#: Words a phrase may not start with: judgements of quality, size, time and place in the text.
PHRASE_SOFT_STOP = {
    "good", "poor", "strong", "weak", "effective", "ineffective", "robust", "swift", "timely", "seamless",
    "excellent", "exceptional", "comprehensive", "wide", "broad", "full", "whole", "same", "different",
    "further", "new", "newer", "newly", "existing", "current", "previous", "former", "recent", "recently",
    "established", "well-established", "dedicated", "experienced", "stable", "small", "smaller", "large",
    "larger", "single", "separate", "right", "relevant", "appropriate", "key", "main", "central", "core",
    "additional", "extra", "external", "internal", "wider", "preventative", "coherent", "national", "regional", "statutory",
    "universal", "specialised", "targeted", "positive", "negative", "better", "best", "less-than-good",
    "broader", "poorer", "weaker", "stronger", "second", "third", "prompt", "quick", "in-house",
    "inadequate", "adequate", "sensitive", "supportive", "discreet", "influential", "next",
    "restructured", "reconfigured", "refreshed", "redesigned", "strengthened", "expanded", "enhanced",
    "improved", "renamed", "relaunched", "reorganised", "progressive", "future-proofing", "commissioned", "designated", "named",
    "multidisciplinary", "multi-disciplinary", "integrated", "joint", "overall", "responsive", "valued",
    "high-quality", "good-quality", "well-coordinated", "coordinated", "impressive", "creative",
    "innovative", "successful", "helpful", "useful", "accessible", "available", "daily", "weekly",
    "monthly", "quarterly", "annual", "regular", "frontline", "front-line", "daytime", "day-time", "senior",
    "inspection", "leadership", "management", "managers", "council's", "authority's", "partnership's",
    "board's", "children's services'", "interim", "permanent", "temporary", "similar", "respective",
    "relevant", "direct", "indirect", "formal", "informal", "operational", "strategic",
    "receiving", "referring", "transferring", "sending", "requesting", "allocated", "allocating",
    "range", "number", "impact", "part", "parts", "use", "work", "review", "development", "capacity",
    "access", "support", "help", "provision", "delivery", "arrangements", "role", "remit", "chair",
    "members", "membership", "staff", "workers", "practitioners", "managers", "leaders", "area", "areas",
    "level", "levels", "wide-ranging", "range", "variety", "type", "types", "kind", "form",
}
#: Words that name the sector, not the body: a phrase made of them only ("children's services",
#: "social work teams", "mental health services") is not a body's name.
PHRASE_SECTOR = {
    "children's", "childrens", "children", "child", "adult", "adults", "adult's", "social", "care", "work",
    "health", "mental", "physical", "wellbeing", "well-being", "family", "families", "leisure", "cultural", "culture",
    "youth", "young", "people", "people's", "person", "council", "authority", "partner", "partners",
    "agency", "agencies", "professional", "professionals", "public", "private", "voluntary", "community",
    "education", "educational", "school", "schools", "day", "out-of-area", "help", "services", "service",
    "team", "teams", "protection", "universal", "specialist", "practice",
    "provider", "providers", "sector", "multi-agency", "local", "area", "city", "county", "borough",
    "lscb", "lscb's", "board", "board's", "scb", "scp", "homeless", "vulnerable", "time",
    "child's", "person's", "family's", "need", "fieldwork",
}
#: Bodies in their own right: a phrase going back from its head stops after one ("the police and
#: youth offending service" is two bodies).
PHRASE_BREAK = {"police", "schools", "school", "health", "hospital", "hospitals", "courts", "court", "nhs"}
#: Verbs that come before a head as if they were modifiers ("to commission services").
PHRASE_VERBS = {
    "inform", "commission", "design", "designs", "procure", "procures", "align", "deliver", "delivers", "provide", "provides", "evaluate", "improve", "improves",
    "hold", "holds", "contain", "contains", "attend", "attends", "apply", "understand", "use", "uses",
    "access", "reduce", "plans", "develop", "develops", "leave", "leaves", "manage", "manages",
    "offer", "offers", "run", "runs", "ensure", "ensures", "shape", "shapes", "receive", "receives",
    "challenge", "challenges", "monitor", "monitors", "join", "joins", "lead",
    "leads", "chair", "chairs", "want", "wants", "get", "gets", "make", "makes",
    "see", "sees", "meet", "meets", "know", "knows", "seek", "seeks", "tell", "told", "said", "say", "says",
    "inspects", "inspect", "assesses", "assess", "regulates", "regulate", "requires", "require", "includes",
    "establish", "establishes", "strengthen", "strengthens", "restructure", "restructures", "coordinate",
    "coordinates", "co-ordinate", "co-ordinates", "enable", "enables", "integrate", "integrates", "transform",
    "transforms", "redesign", "redesigns", "reshape", "reshapes", "expand", "expands", "extend", "extends",
    "embed", "embeds", "sustain", "sustains", "secure", "secures", "promote", "promotes", "increase",
    "increases", "build", "builds", "create", "creates", "oversee", "oversees", "fund", "funds", "target",
    "targets", "visit", "visits", "refer", "refers", "navigate", "navigates", "signpost", "signposts",
    "engage", "engages", "involve", "involves", "maintain", "maintains", "interrogate", "interrogates",
    "become", "becomes", "became", "remain", "remains", "form", "forms", "replace", "replaces",
    "influence", "influences", "shaped", "influenced",  # but "the voice and influence team": see entities
    "bring", "brings", "brought", "bringing", "together",  # "… brings together teams"
    "give", "gives", "given", "gave",  # "leaders give children's services a high priority"
    "used", "accessed", "received", "joined",  # "families who had not previously used services"
    "reach", "reaches",  # "its records reach day teams by the morning"
    "lists", "shares", "rebuild", "rebuilds",  # "it lists services", "it rebuilds children's services" (not "the waiting list team",
    "describe", "describes", "disaggregate",  # "the information share team": "list", "share" after "to" or a subject, see entities)
    "helps", "advises", "employs", "trains", "hosts", "represents", "encourages", "empowers", "equips", "welcomes", "protects",
    "tackles",  # "Voluntary Action Anyford helps smaller community groups" (a verb's third person: "help" is the trade's, "early help teams")
    # a subject in the plural, then its verb before what it gives: "voluntary groups contribute valuable community-based services"
    "contribute", "contributes", "complement", "complements", "notify", "notifies", "achieve", "achieves",
}
#: Words ending in -ing that are nouns of the trade, not verbs ("youth offending team").
ING_NOUNS = {
    "safeguarding", "offending", "sleeping", "fostering", "parenting", "housing", "training", "learning", "networking",
    "commissioning", "planning", "finding", "family-finding", "leaving", "caring", "screening",
    "mentoring", "counselling", "nursing", "visiting", "reviewing", "befriending", "listening", "wellbeing",
    "well-being", "missing", "teaching", "funding", "advocating", "belonging", "belongings", "beginnings",
    "building", "steering", "working", "supporting", "living", "sharing", "thinking", "monitoring",
    "conferencing", "matching", "reporting", "looking", "looked", "connected", "warning", "tasking", "tracking",
    "preparing",  # "the preparing for adulthood panel"
    "trafficking",  # "the missing, exploitation and trafficking sub-group"
}
#: Heads that name a programme only with a name ("the Mockingbird scheme", not "a training programme").
NAMED_ONLY_HEADS = {"programme", "project", "scheme", "pilot", "initiative", "network", "court", "campaign", "pathfinder", "alliance"}
#: Words after a head that make it a modifier ("panel members", "service level agreement").
HEAD_AS_MODIFIER = {
    "chair", "chairs", "member", "members", "membership", "manager", "managers", "management", "level",
    "user", "users", "area", "areas", "lead", "leads", "leader", "leaders", "planning",
    "provision", "delivery", "development", "improvement", "improvements", "standards", "structure",
    "structures", "minutes", "report", "priorities", "arrangements", "model", "offer",
    "pathway", "staff", "worker", "workers", "head", "heads", "practice", "decision-maker", "adviser", "advisor", "advisors",
    "orders", "order", "proceedings", "applications", "application", "paperwork", "arena", "hearing",
    "hearings", "system", "needs", "bundles", "dates",
    "advisers", "agreement", "agreements", "specification", "budget", "capacity", "review",
    "restructure", "managers'", "meeting", "meetings", "activity", "audit", "audits", "performance",
    "caseloads", "data", "response", "responses", "referrals", "process", "policy",
    "procedures", "officer", "officers", "coordinator", "co-ordinator", "lead's", "chair's", "administrator",
    "office", "offices", "involvement", "manager's", "challenge", "challenges", "weakness", "weaknesses", "gaps",
    "pressures", "shortfalls", "conference", "conferences", "conferencing", "strategy", "strategies",
    "commitment", "commitments", "protocol", "protocols", "contract", "contracts", "direction", "directions",
    "design", "redesign", "re-design", "transformation", "reconfiguration", "restructuring",
    "developments", "pathways", "specifications",  # not "offers", "reviews", "reports": verbs too
}

#: Capitalised names of arrangements, practice models, guidance and tools, never of a body,
#: however a sentence frames them ("the Staying Put initiative", "the Public Law Outline").
NOT_BODY_NAMES = {
    "staying put", "public law outline", "working together", "graded care profile",
    "restorative practice", "family group conference", "family group conferencing", "local offer", "pledge", "care leaver covenant",
    "care leavers covenant", "the promise", "threshold document",
    # statutory guidance a training programme may be named after ("the programme, Working Together to Safeguard Children, …")
    "working together to safeguard children", "keeping children safe in education", "children act", "the children act",
}

#: The case-recording systems councils buy, named in capitals in sentences where they do things
#: ("Mosaic now supports social workers …", "Liquidlogic, which provides the electronic record"): no body.
CASE_RECORDING_SYSTEMS = frozenset({
    "Mosaic", "Liquidlogic", "LCS", "EHM", "Eclipse", "Azeus", "Frameworki", "CareFirst", "Paris", "Protocol", "ContrOCC",
    "CareDirector",
})

#: Words that only describe (how good, how big, how it feels): a phrase made of them and its head
#: names no body ("a clear and ambitious service", "a close partnership"), and a phrase starting
#: with them names its body by the words after ("valuable consultation service").
DESCRIBING = {
    "clear", "high", "low", "safe", "sure", "quality", "good", "poor", "strong", "weak", "robust", "swift",
    "timely", "seamless", "excellent", "exceptional", "wide", "broad", "full", "whole", "prompt", "quick",
    "better", "best", "stronger", "weaker", "poorer", "broader", "quicker", "swifter", "smoother", "valued", "less-than-good", "discreet", "great", "real", "true", "proper", "close", "closer",
    "solid", "sound", "fair", "open", "long", "short", "fast", "slow", "busy", "vital", "crucial",
    "important", "varied", "diverse", "certain", "particular", "specific", "general", "standard", "usual",
    "normal", "typical", "appropriate", "therapeutic", "strategic", "systemic", "holistic", "dynamic",
    "realistic", "chaotic", "basic", "tangible", "possible", "consistent", "coherent", "efficient", "sufficient",
    "stable", "flexible", "valuable", "reliable", "ambitious", "cohesive", "responsive", "thoughtful",
    "caring", "nurturing", "trusted", "tailored", "bespoke", "joined-up", "child-centred", "child-focused",
    "overarching", "outward-facing", "forward-thinking", "well-led", "well-established", "well-regarded", "highly",
    "long-standing", "longstanding", "long-established",  # "the council's long-standing partnership with …"
    "very", "most", "more", "less", "much", "overall", "widespread", "serious", "significant", "immediate",
    "confidential", "operational", "statutory", "meaningful", "sustainable", "equitable", "emerging",
    "developing", "improving", "existing", "growing", "committed", "mature", "explicit", "individual",
    "bi-annual", "annual", "correct", "incorrect", "wrong", "suitable", "unsuitable",
    "outstanding", "ongoing", "enthusiastic", "known", "well-known", "empathetic", "sympathetic", "energetic",
    "satisfactory", "unsatisfactory", "aware",
    "thorough", "warm", "welcoming", "skilled", "persistent", "tenacious", "limited", "refurbished", "busiest", "nearest", "mixed", "popular", "distinct",
    "proportionate", "generic", "full-time", "part-time", "new", "supportive", "accessible", "sensitive",
    # "a limited service", "the nearest hub", "a popular programme", "the borough's new family hubs"
}
#: Nouns with an adjective's ending: never only describing ("executive board", "parent panel").
DESCRIBING_NOUNS = {
    "executive", "representative", "initiative", "relative", "detective", "objective", "incentive",
    "parent", "adolescent", "student", "resident", "client", "agent", "patient", "incident", "content",
    "event", "consent", "consultant", "applicant", "tenant", "migrant", "infant", "servant", "participant",
    "claimant", "assistant", "entrant", "immigrant", "constable", "table", "timetable", "independent",
    "dependant", "current", "percent", "talent", "accident", "president", "respondent", "component", "elective", "adoptive", "intensive", "preventive",
    "protective", "detective", "corrective", "restorative",
}
#: Word endings of adjectives (-able, -ous, -ful, -ive, -ent/-ant but not -ment, -ised) and of
#: compound adjectives ("child-focused", "community-based", "county-wide").
DESCRIBING_ENDING = re.compile(
    r"[a-z]{2,}(?:able|ible|ous|ful|ive|(?<!m)ent|ant|ised|ized)|"
    r"[a-z]+-(?:focused|led|based|centred|centered|friendly|facing|informed|oriented|driven|(?<!step-)up|wide|level|term|quality|thinking"
    r"|years?|months?|weeks?|long)|"  # "a ten-year programme", "a six-week course" (not "after-hours"; nor "step-up", a
    # term of the trade: "the step-up and step-down panel")
    r"[a-z]+(?:-[a-z]+)*-[a-z]{2,}(?<!look)(?<!ne)(?<!experienc)ed"  # "co-located", "much-valued", not "care-experienced"
)
#: Verbs ending in -ise / -ize ("prioritise services"); these nouns end so too.
ISE_NOUNS = {"expertise", "enterprise", "exercise", "franchise", "premise", "premises", "promise", "compromise",
             "merchandise", "noise", "cruise", "treatise", "otherwise", "advertise", "size", "prize", "praise"}

#: "X of Y" inside a name: only after these words, and before the words each allows (none: any):
#: "edge of care", "out of hours", the field of a team for children in care ("the education of children in care team",
#: "the health of looked after children service"); not "the edge of statutory services".
OF_ALLOWED: dict[str, tuple[str, ...]] = {"edge": ("care",), "out": (), "education": ("children", "looked", "care"),
                                          "health": ("children", "looked", "care"),
                                          "offer": ("help",)}  # "the early offer of help team"

#: Words that start a sentence or a phrase but never a body's name.
LEADING_NON_NAME = {
    "the", "a", "an", "and", "of", "in", "at", "on", "for", "by", "to", "with", "both", "all", "some",
    "however", "this", "these", "that", "those", "its", "their", "his", "her", "each", "every",
    "although", "whilst", "while", "where", "when", "since", "as", "good", "strong", "effective",
    "new", "local", "most", "many", "further", "there", "overall", "through", "from", "including",
    "within", "between", "mr", "mrs", "ms", "dr", "also", "other", "two", "three", "four", "five",
    "professor", "councillor", "cllr",  # a person's title: "led by Professor …" (not "Sir": "Sir Wyre School")
    "inspection", "inspections", "review", "report", "since", "during", "following", "despite",
    "community", "joint", "regular", "quarterly", "monthly", "senior", "main", "current",
    "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody",  # "Everyone works closely with children"
}
#: A sentence's connectives and adverbs, and prepositions, that may open it before a name written
#: without "the" ("Recently Anyshire Safeguarding Children Board has …", "Meanwhile Anyshire young
#: carers service helps …", "Under Anyshire Youth Service, …"): never the name's first word there
#: ("After" may be one: "the After Care Service").
SENTENCE_OPENERS = {
    "sometimes", "often", "indeed", "occasionally", "usually", "generally", "equally", "again", "elsewhere",
    "however", "although", "whilst", "while", "where", "when", "since", "also", "further", "overall",
    "following", "despite", "during", "through", "including", "within", "between",
    "recently", "meanwhile", "additionally", "furthermore", "moreover", "consequently", "therefore",
    "similarly", "likewise", "nonetheless", "nevertheless", "thus", "hence", "instead", "now", "then",
    "today", "previously", "historically", "currently", "subsequently", "initially", "finally",
    "importantly", "notably", "separately", "under", "across", "around", "alongside",
    "via", "towards", "upon", "against", "unlike", "throughout", "among", "amongst", "because", "whereas",
    "once", "until", "unless", "whether", "if", "but", "so", "yet", "later", "earlier", "given",
}
#: Words in -ly that begin bodies' names ("Family Justice Board", "Early Help Hub", "Daily …"):
#: every other word in -ly that opens a sentence is an adverb ("Locally", "Sadly", "Equally").
LY_NAME_WORDS = {"family", "early", "daily", "weekly", "monthly", "quarterly", "yearly", "fortnightly", "only",
                 "elderly", "assembly", "holy", "friendly", "lovely", "italy", "kelly", "emily", "holly", "ely"}
LEADING_NON_NAME |= SENTENCE_OPENERS
#: Words of working together that a sentence opens with, before "with" and a name ("Work with
#: Anyshire Voices is strong", "Partnership with the Who Cares Trust …"): never part of the name.
PARTNERING_BEFORE_WITH = {
    "work", "partnership", "partnerships", "links", "liaison", "collaboration", "engagement", "contact",
    "relationships", "relationship", "relations", "communication", "communications", "together", "cooperation",
    "co-operation", "dialogue",  # "Relations with Cafcass and the Anyford Family Court are good"
    "agreements", "agreement", "contracts", "contract", "protocols", "protocol",  # "Agreements with Anyford Homes provide …"
    "arrangements", "arrangement",  # "Arrangements with Wyre Vale Housing Trust have increased …"
}
#: Participles of working together that open a sentence's clause before "with" and a name, the clause closed by a comma
#: ("Working with NHS Wyre Integrated Care Board, the council should …"); not before a name going on ("Working with Families
#: Team workers visit …": the team's own words).
PARTNERING_PARTICIPLES = {"working", "partnering", "liaising", "collaborating"}

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


#: The river or the sea a council's name ends with, which reports leave off ("Anyford" of "Anyford-on-Sea",
#: "Wyre City Council" of "Wyre upon Tyne"); a council named "… upon Hull" is called by its own short name.
_RIVER_OR_SEA = re.compile(r"(?:-on-Sea|-on-Tees|-on-Trent| upon Thames| upon Tyne)$", re.IGNORECASE)


def _reference_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a shipped reference list (``kg/reference``), its "#" comment lines left out."""
    text = importlib.resources.files("kg.reference").joinpath(name).read_text(encoding="utf-8-sig")
    return tuple(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


@functools.lru_cache(maxsize=1)
def _towns_of_other_places() -> frozenset[str]:
    """Councils' names without their river whose town other places share (the shipped list
    ``towns-shared-by-other-places.csv``, each with the other place): the council only with its kind
    ("Wyre City Council", not "Wyre" alone)."""
    return frozenset(row["town"].strip() for row in _reference_rows("towns-shared-by-other-places.csv"))


def town_name(council: Council) -> str:
    """A council's name without its river or the sea ("Wyre" of "Wyre upon Tyne"), or its name: what its own
    report calls it, though other reports may mean another place by it."""
    return _RIVER_OR_SEA.sub("", council.name)


@functools.lru_cache(maxsize=1)
def councils() -> tuple[Council, ...]:
    """Every English council from the shipped reference list."""
    rows = _reference_rows("local-authorities.csv")
    found = []
    for row in rows:
        names = {row["local_authority_ons_name"], row.get("ltla23nm") or "", row.get("utla23nm") or ""}
        aka = (row.get("also_known_as") or "").strip("[] ")
        names.update(part.strip() for part in aka.split(",") if part.strip())
        names = {n.strip() for n in names if n and n.strip()}
        for short in {_RIVER_OR_SEA.sub("", n) for n in names if _RIVER_OR_SEA.search(n)}:  # "Anyford" of "Anyford-on-Sea"
            # a town other places share the name of is the council only as a council ("Wyre City Council")
            names.update([f"{short} {kind}" for kind in ("City Council", "Borough Council", "Council")] if short in _towns_of_other_places()
                         else [short])
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


@functools.lru_cache(maxsize=4096)
def council_for(name: str) -> Council | None:
    """The council a name denotes: "Leeds City Council", "Leeds", "Kent County
    Council", "Bristol, City of" all resolve."""
    core = _comparable(core_council_name(name))
    whole = re.sub(r"\s+Corporation$", "", re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE))
    matches = _councils_by_name().get(core, ()) or _councils_by_name().get(_comparable(whole), ())  # "the City of London (Corporation)" whole
    # a council's own name wins over another's former or wider name ("Anyshire", not "North Anyshire", which was once called so)
    own = [c for c in matches if _comparable(c.name) == core]
    return (own or list(matches) or [None])[0]


@functools.lru_cache(maxsize=1)
def _councils_by_name() -> dict[str, tuple[Council, ...]]:
    """Every comparable form of every council's names → the councils it names, in list order."""
    index: dict[str, list[Council]] = {}
    for council in councils():
        for name in dict.fromkeys(_comparable(n) for n in council.names):
            index.setdefault(name, []).append(council)
    return {name: tuple(found) for name, found in index.items()}


_UNCOMPARED = re.compile(r"[.'’]")


@functools.lru_cache(maxsize=8192)
def _comparable(name: str) -> str:
    """"St. Helens" and "St Helens", "Kingston upon Hull" and "Kingston Upon Hull" compare equal."""
    return " ".join(_UNCOMPARED.sub("", name.lower()).replace("&", "and").split())


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


@functools.lru_cache(maxsize=1)
def _police_force_rows() -> tuple[dict[str, str], ...]:
    """The rows of the shipped list of police forces (name, also_known_as, councils)."""
    return _reference_rows("police-forces.csv")


def _split_list(cell: str | None) -> list[str]:
    return [item.strip() for item in (cell or "").split(";") if item.strip()]


@functools.lru_cache(maxsize=1)
def police_forces() -> dict[str, str]:
    """Every name of a police force in England and Wales (lower case) → the force's own name,
    from the shipped reference list; a name is looked up without its article ("the Met")."""
    return {_comparable(re.sub(r"^the\s+", "", alias, flags=re.I)): row["name"].strip()
            for row in _police_force_rows() for alias in [row["name"].strip(), *_split_list(row.get("also_known_as"))]}


@functools.lru_cache(maxsize=1)
def _forces_by_council() -> dict[str, str]:
    """The reference list's council names (lower case) → the force that polices the council's area."""
    return {council.lower(): row["name"].strip() for row in _police_force_rows() for council in _split_list(row.get("councils"))}


def police_force_of(council: str | None) -> str | None:
    """The territorial force that polices a council's area ("Leeds" → "West Yorkshire Police"),
    from the shipped reference list; None for a name that is no English council."""
    found = council_for(council) if council else None
    if found is None:
        return None
    forces = _forces_by_council()
    return next((forces[name.lower()] for name in (found.name, *found.names) if name.lower() in forces), None)


@functools.lru_cache(maxsize=1)
def police_force_short_forms() -> dict[str, str]:
    """The forces' short forms in capitals, as written ("GMP" → "Greater Manchester Police"): "MET"
    in capitals is a word of a title ("the MET group"), not the Met."""
    return {alias: row["name"].strip() for row in _police_force_rows() for alias in _split_list(row.get("also_known_as"))
            if alias.isupper()}


def police_force_for(name: str) -> str | None:
    """The force a name denotes: "Greater Manchester Police", "GMP", "Hampshire Constabulary"."""
    return police_forces().get(_comparable(re.sub(r"^the\s+", "", name.strip(), flags=re.I)))


def trust_identity(name: str) -> str:
    """One NHS trust however a report writes it: "Anyshire Community Healthcare NHS Foundation
    Trust", "… NHS Trust" (before it became a foundation trust), "… Trust" in a sentence about
    health and "Anyshire Community Healthcare" alone are "anyshire community healthcare nhs trust"
    ("Wyre Health" alone, "Wyre Health NHS Foundation Trust": "wyre health nhs trust")."""
    core = " ".join(w for w in _comparable(name).split() if w not in ("nhs", "foundation")).removeprefix("the ")
    if core.endswith((" healthcare", " health")):
        return f"{core} nhs trust"  # ("Wyre Health" alone: the NHS trust "Wyre Health NHS Trust", so named)
    return f"{core.removesuffix(' trust')} nhs trust" if core.endswith(" trust") else "nhs trust" if core == "trust" else core
