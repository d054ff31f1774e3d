"""Partnership thematic deep dive: a local multi-agency group's themed audit
of a small cohort of children's cases, written up on one Word record. The
group (a "Local Operational Group" of the safeguarding partnership, chaired
by one of the council's Heads of Service, with health, police, education,
probation and the council's own services) picks a theme, draws a cohort of
four to eight children, asks each agency that knew the children to read its
own records, and meets to agree what the cohort shows. The record holds the
scope of the deep dive (theme and why it was chosen, the period looked at,
the date of the audit meeting, the audit lead, the service, how many
children), the cohort by case reference, the agencies taking part and who
read each agency's records, the lines of enquiry each with the findings
across the cohort and an evaluation, the overall evaluation of the
multi-agency response, what is working well and what needs to improve,
sometimes what families told the auditors, whether any child needed
immediate safeguarding action, the actions, and the chair's oversight.

Modelled on what CYSUR, the Mid and West Wales Safeguarding Children Board,
publishes about its structure (cysur.wales, "Board structure"; read as the
search excerpt): the regional Executive Boards of CYSUR and CWMPAS, made up
of senior managers of the statutory partners, set strategic priorities and
take advice from regional sub-groups, and each of the region's four local
authorities hosts a Local Operational Group (LOG) that mirrors the
Executive Board, is chaired by a Head of Service from the local authority,
has senior managers and officers of local statutory agencies "including
Health, Police and Probation", monitors and analyses safeguarding practice
locally by sharing and analysing local data "and by the undertaking of
practice audits", and shares good practice while challenging agencies
whose practice falls below expected standards. The board's annual reports
(2018-19, 2019-20) were seen only as far as their contents pages. No body
in the North West of England could be used: every safeguarding children
partnership there that was checked (Cheshire East, Cheshire West and
Chester, Warrington, Halton, St Helens, Knowsley, Sefton, Wirral, Blackburn
with Darwen, Blackpool, Cumberland, Westmorland and Furness, Lancashire,
Liverpool, the Greater Manchester boroughs) is already named by another
family or a council layout, so this family takes a similar body
not yet used.

Nothing read shows a form, how a LOG's practice audit is run or what it
records, so all of the layout is our own judgement: a banner in the brand
colour; the scope as a three-column table with guidance in the third
column, as two label / value pairs to a row or as tabbed lines; the cohort
as a matrix of case references against the agencies that knew each child
(ticks), as a lettered list or on one line, with plain, case-system or
Early Help references (children named by first name on some); the agencies
as a table of who read each agency's records (names that are personal
data) or in one sentence; the lines of enquiry in the group's own words
(differing by theme) as numbered blocks, as one table or as narrative with
a scorecard of four grade columns after it; evaluations typed informally,
a number on a printed 1-4 key either way round, the chosen grade bold and
highlighted among the four, the others struck through, a mark under four
grade columns or a Word drop-down; the overall evaluation the same way, in
tick boxes or typed; findings side by side, under headings or numbered;
what families said, naming a parent, on some files; the immediate safety
question typed, in tick boxes or with the other answer struck through (3
yes); actions as a table, arrowed lines or a "no actions" sentence; and the
LOG chair's oversight (the Head of Service over the audit lead) typed in a
non-red ink as a heavy-bordered box, as a closing paragraph, or with
remarks under lines of enquiry (3 confirming, 3 changing, 2 comments only),
or an empty box, an "awaiting" note or no section. The grades are the
council's Ofsted scale, not anything CYSUR uses.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn
from docx.shared import Pt

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_date, content_dropdown, shade, sub
from bot.samples.people import (
    ADULT_FIRST_NAMES,
    CHILD_FIRST_NAMES,
    EARLY_HELP_MANAGER,
    FAMILY_SURNAMES,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING_PRACTICE_MANAGER,
    head_of_service_over,
)
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    recount,
    run,
    table,
    write,
)

FAMILY = "partnership_thematic_deep_dive"
SEED = 10024
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = dict(zip(ORDER, ("Outstanding", "Good", "Requires improvement", "Inadequate")))

BABY_THEME = "Unborn babies and babies under one"
# Each theme with the group's lines of enquiry for it (the section names).
THEMES = {
    "Children living with domestic abuse": (
        "Response to incidents", "Information sharing between agencies", "Assessment of risk to the child",
        "Safety planning with the family", "Impact for the child"),
    "Neglect and the use of the Graded Care Profile 2": (
        "Early identification of neglect", "Use of GCP2 and chronologies", "Multi-agency planning",
        "Hearing the child", "Escalation when nothing changed"),
    "Exploitation and children missing from home": (
        "Return home interviews", "Screening and risk assessment", "Disruption and the police response",
        "Joint working across agencies", "Relationship with the young person"),
    "Children's emotional and mental health": (
        "Recognition of need", "Access to CAMHS and support", "Joint planning by health, education and social care",
        "The child's voice", "Outcomes for the child"),
    BABY_THEME: (
        "Referral in pregnancy", "Pre-birth assessment", "Involvement of fathers", "Safe sleep and health advice",
        "Plan for the birth"),
    "Parental substance misuse": (
        "Identification and referral", "Contribution of treatment services", "Impact on the child assessed",
        "Information sharing between agencies", "Review and escalation"),
}
REASONS = (
    "Learning from a Child Practice Review in the region.",
    "LOG data showed a rise in repeat referrals on this theme over two quarters.",
    "Regional board priority for the year.",
    "Requested by the Executive Board after the last inspection.",
    "Raised by the police and health members at the last LOG meeting.",
)
GUIDANCE = {
    "theme": "One theme per deep dive",
    "reason": "Data, reviews, board priority",
    "period": "Usually the last six months",
    "date": "Date of the audit meeting",
    "lead": "Name and role",
    "service": "Lead service",
    "count": "Four to eight children",
}
STAGES = ("CP", "CIN", "CLA", "Early Help", "CP (neglect)", "CIN – s17")
BABY_STAGES = ("Pre-birth", "Pre-birth", "CP", "CIN", "Early Help")
AGENCIES = (
    ("Children's Services", ("Senior Practitioner", "Team Manager", "Independent Reviewing Officer")),
    ("Police", ("DS, Public Protection Unit", "DC, Child Protection Team", "PPU Sergeant")),
    ("Health", ("Named Nurse Safeguarding", "Health Visitor", "School Nurse", "Safeguarding Midwife")),
    ("Education", ("Designated Safeguarding Lead", "Education Welfare Officer", "Head of Year")),
    ("Probation", ("Probation Officer", "Senior Probation Officer")),
    ("Early Help", ("Family Support Worker", "Early Help Co-ordinator")),
    ("CAMHS", ("Primary Mental Health Worker", "CAMHS Nurse")),
    ("Housing", ("Tenancy Support Officer",)),
)
# What the group found on a line of enquiry, by how well it went (better first).
FINDINGS = (
    ("Consistent across the cohort – a strength to share.",
     "In {k} of the {n} cases this was timely and well recorded.",
     "Agencies acted together and the record shows what changed for each child."),
    ("Variable: stronger where a strategy discussion had been held.",
     "In {k} of the {n} cases the record shows what changed for the child; in the rest it does not.",
     "The police response was prompt; follow-up by partners was slower."),
    ("Seen in only {k} of the {n} children's records; the others had gaps of several weeks.",
     "Health and education held information the plan did not use.",
     "Agencies knew about the worries but did not act on them together."),
)
STRENGTHS = (
    "In 5 of the 6 cases agencies shared information within a day of a new incident.",
    "Practitioners knew the children well and could say what a day was like for them.",
    "Strategy discussions included health and education as well as the police.",
    "Schools were quick to raise concerns and stayed involved in the plan.",
    "Health visitors' and school nurses' records showed clear, curious questioning of parents.",
    "Escalation was used and resolved at team manager level.",
    "Agency auditors were open about their own gaps at the meeting.",
)
DEVELOPMENT = (
    "In 3 of the 6 cases the plan did not say which agency would do what.",
    "Fathers and new partners were not assessed, although they were in the household.",
    "Children's own words were missing from most agencies' records.",
    "Chronologies were single-agency; no one held the whole picture.",
    "Probation was not invited to planning meetings where it knew the adults.",
    "Plans were not reviewed after significant incidents.",
    "GP information was not sought before decisions were made.",
)
FAMILY_SAID = (
    "{name} said the family had to tell their story to four different workers before anyone joined it up.",
    "{name} told the auditors the school nurse was the person who listened most.",
    "{name} said the police officer explained what would happen next, which helped.",
    "{name} felt the meetings were about the family, not with them.",
)
ACTIONS = (
    ("Seven-minute briefing on the findings to all partner agencies.", "LOG Business Unit"),
    ("Add a multi-agency chronology prompt to the strategy discussion record.", "Children's Services"),
    ("Invite Probation to every planning meeting where it supervises an adult in the household.", "Probation"),
    ("Health visiting to record the child's lived experience at each contact.", "Health"),
    ("Schools' safeguarding leads to be reminded of the escalation protocol.", "Education"),
    ("Re-audit the same theme in six months with a new cohort.", "LOG chair"),
    ("Police to share incident notifications with health visiting within 24 hours.", "Police"),
    ("Practice workshop on assessing fathers and new partners.", "Workforce development"),
)
NO_ACTIONS = (
    "No new actions – the learning is already in the LOG improvement plan.",
    "No actions arising from this deep dive.",
    "Actions: none required. Findings to be shared at the next LOG meeting.",
)
URGENT = (
    "Child {ref}: no agency had seen the child for ten weeks despite a new police call-out. Raised with the Team "
    "Manager on the day and a joint visit made.",
    "Child {ref}: missing three times this month with no return home interview. Strategy discussion convened "
    "the same day.",
    "Child {ref}: health information about an injury had not reached Children's Services. Referred to the "
    "front door at the meeting.",
)
URGENT_QUESTIONS = (
    "Did the deep dive find any child needing immediate safeguarding action?",
    "Immediate safeguarding concerns identified?",
    "Was any child in the cohort found to be at risk today? (If yes, refer at once)",
)
NO_URGENT = ("No", "No.", "None identified", "No – none in the cohort")
CONFIRM = (
    "I agree with the evaluation; good challenge between agencies at the meeting.",
    "Evaluation agreed. Please take the briefing to the Executive Board.",
    "Agreed – thank you to all the agency auditors.",
)
LOWER = (
    "Having read the records I cannot agree: plans were not making a difference for most of the cohort.",
    "The findings on planning do not support the evaluation; moderated down.",
)
RAISE = (
    "The impact for the children is clearer than the evaluation gives credit for.",
    "The cohort shows sustained change for most children; I have raised the evaluation.",
)
REMARKS = (
    "Please track the actions through the LOG improvement plan.",
    "Seen. I would like the re-audit to include Early Help cases.",
    "Discussed with the audit lead; findings to the regional Quality and Performance sub-group.",
)
SECTION_REMARKS = (
    "Agree – this matches what the data shows.",
    "Not convinced by this; we discussed at the meeting.",
    "Good example to use in the briefing.",
)
AWAITING = ("Awaiting chair's sign-off", "", "Sent to the LOG chair")
ROLES = {QA_TEAM: "QA Officer", PRACTICE_MANAGER: "Team Manager", EARLY_HELP_MANAGER: "Early Help Manager",
         SAFEGUARDING_PRACTICE_MANAGER: "Safeguarding Practice Manager", HEAD_OF_SERVICE: "Head of Service"}
LEADS = (QA_TEAM, PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)
GRADE_STYLES = ("typed", "key", "highlight", "strike", "columns", "dropdown")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    roles = ["confirm"] * 3 + ["change"] * 3 + ["comments"] * 2
    roles += ["none"] * (count - len(roles))
    rng.shuffle(roles)
    urgent = [True] * 3 + [False] * (count - 3)
    rng.shuffle(urgent)
    styles = [GRADE_STYLES[index % len(GRADE_STYLES)] for index in range(count)]
    rng.shuffle(styles)
    no_actions = [False] * count
    for index in rng.sample(range(count), 3):
        no_actions[index] = True
    return [_form(rng, index, sample, today, roles[index], urgent[index], styles[index], no_actions[index])
            for index, sample in enumerate(samples)]


# --- small pieces -------------------------------------------------------------------


def _weekday(day: date) -> date:
    while day.weekday() >= 5 or (day.month, day.day) in ((12, 25), (12, 26), (1, 1)):
        day += timedelta(days=1)
    return day


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade) + rng.choice((-1, 0, 0, 1))
    return ORDER[min(max(position, 0), 3)]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    return rng.choice([ORDER[step] for step in (position - 1, position + 1) if 0 <= step < 4])


def _heavy(grid, colour: str = "000000") -> None:
    """Give a table thick outer borders, as a boxed sign-off on a template."""
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    # Schema order: the borders come before shading, layout, margins and look.
    later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption")}
    following = next((child for child in properties if child.tag in later), None)
    if following is not None:
        following.addprevious(borders)
    for edge in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{edge}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": colour})
    for edge in ("insideH", "insideV"):
        sub(borders, f"w:{edge}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": colour})


def _age(rng: random.Random, theme: str, stage: str) -> str:
    if stage == "Pre-birth":
        return rng.choice(("unborn", "unborn", "3 wks", "4 mths"))
    if theme == BABY_THEME:
        return rng.choice(("2 mths", "5 mths", "7 mths", "10 mths"))
    if theme.startswith("Exploitation"):
        return str(rng.randint(11, 17))
    return str(rng.randint(3 if stage != "CLA" else 1, 17))


def _lead(rng: random.Random, service: str):
    pool = [member for member in STAFF if member.role in LEADS and member.service == service]
    return rng.choice(pool or [member for member in STAFF if member.role == QA_TEAM])


class _Grades:
    """How one file writes an evaluation."""

    def __init__(self, rng: random.Random, style: str, ids: ControlIds):
        self.rng, self.style, self.ids = rng, style, ids
        self.high_first = rng.random() < 0.6
        self.separator = rng.choice((" / ", "   ", " | "))
        self.words = dict(WORDS)
        if rng.random() < 0.3:
            self.words[REQUIRES_IMPROVEMENT] = "Requires improvement to be good"

    def number(self, grade: str) -> str:
        return str((ORDER.index(grade) if self.high_first else 3 - ORDER.index(grade)) + 1)

    def key(self) -> str:
        order = ORDER if self.high_first else ORDER[::-1]
        return "   ".join(f"{position} = {self.words[grade]}" for position, grade in enumerate(order, start=1))

    def inline(self, line, grade: str, style: str | None = None) -> None:
        style = style or self.style
        if style == "typed":
            run(line, informal_grade(self.rng, grade, note_chance=0.2))
        elif style == "key":
            run(line, self.number(grade))
        elif style == "dropdown":
            content_dropdown(line._p, tuple(self.words[option] for option in ORDER), self.words[grade], self.ids,
                             alias="Evaluation")
        elif style == "boxes":
            for position, option in enumerate(ORDER):
                run(line, f"{'   ' if position else ''}{CHECKED_BOX if option == grade else UNCHECKED_BOX} "
                          f"{self.words[option]}")
        else:
            for position, option in enumerate(ORDER):
                if position:
                    run(line, self.separator)
                chosen = option == grade
                if style == "highlight":
                    run(line, self.words[option], bold=chosen, highlight=chosen)
                else:
                    run(line, self.words[option], strike=not chosen)


# --- one file ------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, role: str, urgent: bool, style: str,
          no_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    ids = ControlIds(rng)
    grades = _Grades(rng, style, ids)
    others: list[str] = []

    # The cohort.
    own = {field.key: field for field in sample.own}
    count = own["cases_sampled"].expected
    case_ids = list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own else [
        str(rng.randint(1_000_000, 9_999_999)) for _ in range(count)]
    theme = rng.choice(sorted(THEMES))
    prefix = rng.choice(("", "", "", *CASE_PREFIXES))
    stages = [rng.choice(BABY_STAGES if theme == BABY_THEME else STAGES) for _ in case_ids]
    mixed = rng.random() < 0.3
    references = [early_help_reference(rng, case_id) if mixed and stage == "Early Help" else f"{prefix}{case_id}"
                  for case_id, stage in zip(case_ids, stages)]

    areas = list(THEMES[theme])
    if rng.random() < 0.3:
        areas.pop(rng.randrange(len(areas)))
    reason = rng.choice(REASONS)

    # Who led it and who chairs the group.
    head = next(member for member in STAFF if member.name == sample.auditor)
    lead = head if role == "none" and rng.random() < 0.25 else _lead(rng, head.service)
    chair = lead if lead.role == HEAD_OF_SERVICE else (head_of_service_over(lead) or head)

    grade = rng.choices(ORDER, weights=(8, 42, 38, 12))[0]
    given = [_nearby(rng, grade) for _ in areas]
    if grade not in given:
        given[rng.randrange(len(given))] = grade
    sections = tuple(Section(name, value, "") for name, value in zip(areas, given))

    moderation = None
    if role != "none" and chair is not lead:
        signed = max(sample.date, min(_weekday(sample.date + timedelta(days=rng.randint(3, 12))), today))
        remarks = {name: rng.choice(SECTION_REMARKS) for name in rng.sample(areas, rng.randint(0, 2))}
        if role == "confirm":
            moderation = Moderation(chair.name, signed, (rng.choice(CONFIRM),), remarks, grade)
        elif role == "change":
            moderated = _neighbour(rng, grade)
            pool = LOWER if ORDER.index(moderated) > ORDER.index(grade) else RAISE
            moderation = Moderation(chair.name, signed, (rng.choice(pool),), remarks, moderated)
        else:
            moderation = Moderation(chair.name, signed, tuple(rng.sample(REMARKS, rng.randint(1, 2))), remarks)

    strengths = recount(tuple(rng.sample(STRENGTHS, rng.randint(2, 4))), count)
    worries = recount(tuple(rng.sample(DEVELOPMENT, rng.randint(1, 3))), count)
    actions = () if no_actions else tuple(
        SampleAction(text, rng.choice((owner, owner, lead.name, chair.name)),
                     _weekday(sample.date + timedelta(days=rng.randint(21, 90))))
        for text, owner in rng.sample(ACTIONS, rng.randint(1, 4)))
    detail = rng.choice(URGENT).format(ref=rng.choice(references)) if urgent else None
    show_service = rng.random() < 0.75

    fields = (ToolField("theme", "Theme", theme, theme),
              ToolField("cases_sampled", "Number of children", str(count), count),
              ToolField("sampled_case_ids", "", None, references))
    sample = replace(sample, auditor=lead.name, service=lead.service if show_service else None, grade=grade,
                     sections=sections, strengths=strengths, development_areas=worries, actions=actions,
                     own=fields, urgent_question=True, urgent_concern=urgent, urgent_concern_detail=detail,
                     moderated_kind=True, moderation=moderation)

    # --- the document -------------------------------------------------------------
    document = new_document(rng, landscape=style == "columns" and rng.random() < 0.5)
    run(document.sections[0].header.paragraphs[0], rng.choice(("OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE",
                                                               "Confidential when completed")), size=8)
    run(document.sections[0].footer.paragraphs[0],
        f"LOG practice audit – deep dive record v{rng.choice(('1.1', '1.3', '2.0'))}", size=8)
    place = COUNCIL.replace(" Council", "")
    group = rng.choice((f"{place} Local Operational Group",
                        f"{place} LOG – Safeguarding Children",
                        f"Local Operational Group ({place})"))
    title = rng.choice(("Multi-Agency Practice Audit – Deep Dive", "Deep Dive: Themed Multi-Agency Audit",
                        "Thematic Deep Dive – Audit Record", "LOG Deep Dive Record"))
    banner = table(document, 1, 2)
    shade(banner.cell(0, 0)._tc, brand)
    write(banner.cell(0, 0), group, bold=True, colour="FFFFFF", size=10)
    write(banner.cell(0, 0), title, bold=True, colour="FFFFFF", size=15)
    write(banner.cell(0, 1), "Chair: Head of Service", size=8)
    write(banner.cell(0, 1), rng.choice(("Partners: Health, Police, Probation, Education, Children's Services",
                                         "Return to the LOG business unit within 10 working days")), size=8)
    paragraph(document)
    numbering = rng.choice(("Part {n} – {t}", "{n}. {t}", "{r}  {t}"))

    printed = [0]

    def heading(text: str) -> None:
        printed[0] += 1
        number = printed[0]
        roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")[number - 1]
        paragraph(document, numbering.format(n=number, r=roman + ".", t=text), bold=True, colour=brand, size=12)

    # 1. Scope.
    heading(rng.choice(("Scope of the deep dive", "About this deep dive", "Deep dive details")))
    lead_text = rng.choice((lead.name, f"{lead.name} ({ROLES[lead.role]})", f"{lead.name}, {ROLES[lead.role]}"))
    period_start = (sample.date.replace(day=1) - timedelta(days=rng.choice((150, 180)))).replace(day=1)
    picker = style == "dropdown" and rng.random() < 0.7
    rows = [("theme", rng.choice(("Theme", "Deep dive theme", "Focus")), theme),
            ("reason", rng.choice(("Why this theme?", "Reason for the deep dive", "Source of theme")), reason),
            ("period", rng.choice(("Period reviewed", "Practice period looked at")),
             f"{period_start:%B %Y} – {sample.date:%B %Y}"),
            ("date", rng.choice(("Date of audit meeting", "Date of deep dive", "Audit meeting held on")), None),
            ("lead", rng.choice(("Audit lead", "Deep dive led by", "Lead auditor")), lead_text)]
    if show_service:
        rows.append(("service", rng.choice(("Service", "Lead service", "Service area")), lead.service))
    rows.append(("count", rng.choice(("Number of children in cohort", "Cohort size", "No. of children")),
                 rng.choice((str(count), f"{count} children", f"{count} (see Part 2)" if "Part" in numbering
                             else f"{count} (listed below)"))))

    def fill_value(target_paragraph, key: str, value: str | None) -> None:
        if key != "date":
            run(target_paragraph, value)
        elif picker:
            content_date(target_paragraph._p, sample.date, f"{sample.date:%d/%m/%Y}", "dd/MM/yyyy", ids,
                         alias="Meeting date")
        else:
            run(target_paragraph, when(sample.date))

    scope = rng.choice(("guided", "pairs", "lines"))
    if scope == "guided":
        grid = table(document, len(rows), 3)
        for row, (key, text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            fill_value(row.cells[1].paragraphs[0], key, value)
            write(row.cells[2], GUIDANCE[key], italic=True, colour="808080", size=8)
    elif scope == "pairs":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (key, text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[2 * (position % 2)], text, "EDEDED")
            fill_value(row.cells[2 * (position % 2) + 1].paragraphs[0], key, value)
    else:
        for key, text, value in rows:
            line = paragraph(document, f"{text}:\t", bold=True)
            fill_value(line, key, value)
    paragraph(document)

    # 2. The cohort.
    heading(rng.choice(("The cohort", "Children in the cohort", "Cases audited")))
    taking_part = [AGENCIES[0], *rng.sample(AGENCIES[1:], rng.randint(3, 5))]
    named = rng.random() < 0.25
    children = [f"{first} {rng.choice(FAMILY_SURNAMES)}" for first in rng.sample(CHILD_FIRST_NAMES, count)]
    if named:
        others += children
    listing = rng.choice(("matrix", "matrix", "letters", "line"))
    reference_label = rng.choice(("Case ref", "Ref", "System ID", "Child ID"))
    if listing == "matrix":
        columns = ["", reference_label, *(["Child"] if named else []), "Age", "Stage",
                   *(agency for agency, _ in taking_part)]
        grid = table(document, count + 1, len(columns))
        for cell, text in zip(grid.rows[0].cells, columns):
            label(cell, text, "D9E2F3")
        tick = rng.choice(("\u2713", "Y", "X"))
        for number, (row, reference, stage, child) in enumerate(zip(grid.rows[1:], references, stages, children)):
            values = ["ABCDEFGH"[number], reference, *([f"{child.split()[0]} {child.split()[1][0]}."] if named else []),
                      _age(rng, theme, stage), stage]
            values += [tick if column == 0 or rng.random() < 0.6 else "" for column in range(len(taking_part))]
            for cell, value in zip(row.cells, values):
                write(cell, value)
        paragraph(document, f"{tick} = agency knew the child in the period reviewed.", italic=True, size=8)
    elif listing == "letters":
        for number, (reference, stage, child) in enumerate(zip(references, stages, children)):
            who = f" ({child.split()[0]})" if named else ""
            paragraph(document, f"Child {'ABCDEFGH'[number]}{who} – {reference} – {stage}")
    else:
        line = paragraph(document, f"{reference_label}s: ", bold=True)
        run(line, rng.choice((", ", "; ", " / ")).join(references))
        if named:
            paragraph(document, "Children: " + ", ".join(child.split()[0] for child in children), italic=True)
    paragraph(document)

    # 3. Agencies.
    heading(rng.choice(("Agencies taking part", "Agency auditors", "Who took part")))
    auditors = [f"{first} {rng.choice(FAMILY_SURNAMES)}" for first in rng.sample(ADULT_FIRST_NAMES, len(taking_part))]
    others += auditors
    if rng.random() < 0.65:
        headers = rng.choice((("Agency", "Records read by", "Role", "At meeting?"),
                              ("Agency", "Auditor", "Role", "Attended")))
        grid = table(document, len(taking_part) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, (agency, roles), person in zip(grid.rows[1:], taking_part, auditors):
            for cell, value in zip(row.cells, (agency, person, rng.choice(roles),
                                               rng.choice(("Yes", "Yes", "Y", "No – sent audit")))):
                write(cell, value)
    else:
        paragraph(document, "Records were read by " + "; ".join(
            f"{person} ({agency})" for (agency, _), person in zip(taking_part, auditors)) + ".")
    paragraph(document)

    # 4. Lines of enquiry.
    heading(rng.choice(("Lines of enquiry", "What the cohort showed – by line of enquiry", "Findings")))
    remarks = moderation.section_comments if moderation else {}
    if style in ("key", "columns"):
        line = paragraph(document, "Evaluation key: ", bold=True, size=9)
        run(line, grades.key() if style == "key" else "mark the column that fits the cohort as a whole", size=9)
    band = {OUTSTANDING: 0, GOOD: 0, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 2}
    finding = {section.name: rng.choice(FINDINGS[band[section.grade]]).format(
        k=rng.randint(count // 2 + 1, count - 1) if band[section.grade] == 0 else rng.randint(1, count // 2), n=count)
        for section in sections}
    evaluation_label = rng.choice(("Evaluation", "Evaluation across the cohort", "Grade"))
    block_style = "scorecard" if style == "columns" else rng.choice(("blocks", "table"))
    if block_style == "blocks":
        for number, section in enumerate(sections, start=1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, finding[section.name])
            if section.name in remarks:
                paragraph(document, f"LOG chair: {remarks[section.name]}", colour=ink, italic=True)
            line = paragraph(document, f"{evaluation_label}: ", bold=True)
            grades.inline(line, section.grade)
    elif block_style == "table":
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Line of enquiry", "Findings across the cohort", evaluation_label)):
            label(cell, text, "D9E2F3")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            write(row.cells[1], finding[section.name])
            if section.name in remarks:
                write(row.cells[1], f"Chair: {remarks[section.name]}", colour=ink)
            grades.inline(row.cells[2].paragraphs[0], section.grade)
    else:
        for section in sections:
            line = paragraph(document, f"{section.name}. ", bold=True)
            run(line, finding[section.name])
            if section.name in remarks:
                paragraph(document, f"LOG chair: {remarks[section.name]}", colour=ink, italic=True)
        paragraph(document)
        paragraph(document, rng.choice(("Scorecard", "Evaluation summary")), bold=True, colour=brand)
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sections) + 2, 5)
        label(grid.cell(0, 0), "Line of enquiry", "D9E2F3")
        for column, (_, text) in enumerate(columns, start=1):
            label(grid.cell(0, column), text, "D9E2F3")
        for row, (name, value) in zip(grid.rows[1:], [(section.name, section.grade) for section in sections]
                                      + [(rng.choice(("OVERALL", "Overall multi-agency response")), grade)]):
            write(row.cells[0], name, bold=name.isupper() or name.startswith("Overall"))
            for column, (option, _) in enumerate(columns, start=1):
                if option == value:
                    mark(row.cells[column], symbol)
    paragraph(document)

    # 5. Overall evaluation (in the scorecard already when marked there).
    if block_style != "scorecard":
        heading(rng.choice(("Overall evaluation", "Overall evaluation for the cohort")))
        overall_label = rng.choice(("Overall evaluation of the multi-agency response",
                                    "Overall, the multi-agency response to this cohort is",
                                    "Overall evaluation"))
        overall_style = rng.choice((style, style, "boxes", "typed"))
        if overall_style == "boxes":
            paragraph(document, overall_label, bold=True)
            grades.inline(paragraph(document), grade, "boxes")
        else:
            line = paragraph(document, f"{overall_label}: ", bold=True)
            grades.inline(line, grade, overall_style)
        paragraph(document)

    # 6. What we learned.
    heading(rng.choice(("What we learned", "Learning from the deep dive", "Strengths and areas to improve")))
    titles = rng.choice((("What is working well", "What needs to improve"), ("Strengths", "Areas for learning"),
                         ("Celebrate", "Improve")))
    learned = rng.choice(("side", "bullets", "numbered"))
    if learned == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), titles[0], "E2EFD9")
        label(grid.cell(0, 1), titles[1], "FCE4D6")
        for item in strengths:
            write(grid.cell(1, 0), item)
        for item in worries:
            write(grid.cell(1, 1), item)
    else:
        for text, items in zip(titles, (strengths, worries)):
            paragraph(document, text, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if learned == "numbered" else f"\u2022 {item}")
    if rng.random() < 0.4:
        used = {name.split()[0] for name in others}
        first = rng.choice([name for name in ADULT_FIRST_NAMES if name not in used])
        others.append(f"{first} {rng.choice(FAMILY_SURNAMES)}")
        paragraph(document, rng.choice(("What families told us", "Family feedback")), bold=True)
        paragraph(document, rng.choice(FAMILY_SAID).format(name=first), italic=True)
    paragraph(document)

    # 7. Immediate safeguarding.
    heading(rng.choice(("Immediate safeguarding", "Children needing action today", "Escalation")))
    question = rng.choice(URGENT_QUESTIONS)
    answer_style = rng.choice(("typed", "boxes", "struck"))
    line = paragraph(document, f"{question}  ", bold=True)
    if answer_style == "typed":
        run(line, rng.choice(("Yes", "YES", "Yes – see below")) if urgent else rng.choice(NO_URGENT))
    elif answer_style == "boxes":
        run(line, f"{CHECKED_BOX if urgent else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if urgent else CHECKED_BOX} No")
    else:
        run(line, "Yes", strike=not urgent)
        run(line, " / ")
        run(line, "No", strike=urgent)
    if urgent:
        line = paragraph(document, "Details and action taken: ", bold=True)
        run(line, detail)
    paragraph(document)

    # 8. Actions.
    heading(rng.choice(("Actions", "Multi-agency actions", "Actions agreed by the LOG")))
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Agency / lead", "By when"), ("What", "Who", "When", "Progress"),
                              ("Action", "Owner", "Target date", "RAG")))
        grid = table(document, len(actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in actions:
            line = paragraph(document, f"\u2192 {action.action} ")
            run(line, f"[{action.owner}, by {when(action.due)}]", italic=True)
    paragraph(document)

    # 9. The chair's oversight.
    sign = rng.choice(("box", "box", "paragraph"))
    if moderation is None and (chair is lead or sign == "paragraph" and rng.random() < 0.5):
        sign = "none"
    if sign != "none":
        heading(rng.choice(("LOG chair's oversight", "Chair's sign-off", "Head of Service (LOG chair)")))
    if sign == "box":
        labels = [rng.choice(("LOG chair", "Signed off by", "Head of Service")), "Date",
                  rng.choice(("Evaluation agreed?", "Do you agree with the overall evaluation?")),
                  rng.choice(("Chair's evaluation (if different)", "Moderated evaluation")),
                  rng.choice(("Comments", "Chair's comments"))]
        grid = table(document, len(labels), 2)
        _heavy(grid)
        for row, text in zip(grid.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(grid.cell(0, 1), moderation.moderator, colour=ink)
            write(grid.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade == grade:
                write(grid.cell(2, 1), rng.choice(("Yes", "Agreed", "Y")), colour=ink)
            elif moderation.grade:
                write(grid.cell(2, 1), "No", colour=ink)
                write(grid.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(grid.cell(4, 1), comment, colour=ink)
        else:
            note = rng.choice(AWAITING)
            if note:
                write(grid.cell(4, 1), note, italic=True)
    elif sign == "paragraph":
        if moderation:
            line = paragraph(document, f"{moderation.moderator}, Head of Service and LOG chair – "
                                       f"{when(moderation.date)}: ", bold=True, colour=ink)
            if moderation.grade == grade:
                run(line, f"I agree the overall evaluation of {WORDS[grade].lower()}. ", colour=ink)
            elif moderation.grade:
                run(line, f"Moderated evaluation: {informal_grade(rng, moderation.grade)}. ", colour=ink)
            run(line, " ".join(moderation.comments), colour=ink)
        else:
            paragraph(document, "Chair's comments:", bold=True)
            paragraph(document, rng.choice(AWAITING) or "\u2014", italic=True)

    for section in document.sections:
        section.left_margin = section.right_margin = Pt(54)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others))
