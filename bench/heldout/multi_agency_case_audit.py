"""Multi-agency case audit: a safeguarding partnership's joint audit of one
child's case through the child protection process. Each partner agency
that knew the child audits its own records and writes up its part; the
lead auditor then brings the agencies together at an audit panel, which
judges each key line of enquiry, gives the case an overall multi-agency
judgement, records what worked well and what must improve, agrees a
multi-agency action plan, answers the same-day escalation question, and
passes the audit to a Head of Service to moderate on behalf of the
partnership's Quality Assurance subgroup.

Modelled on the East Sussex Safeguarding Children Partnership's "Quality
Assurance Group" page (its Quality Assurance subgroup meets every two
months with children's services – schools and learning, Early Help, social
care and safeguarding – health's designated doctor and nurse and the
police; it runs up to six multi-agency audits a year, one of them a "deep
dive", either "regular case file audits" of the whole child protection
process or audits of one part of it or of a theme, such as strategy
discussions). The page describes the programme, not a form, so the layout
is our own judgement: a title block naming the partnership and the audit
(regular case file audit or a themed audit of one stage), the case details
as a two-column table, as four columns of label and value, as small labels
over their values or as typed lines; the household; the agencies taking
part as a table (agency, who audited its records, their role) or as one
line; each agency's own part (its involvement and its auditor's
reflections) under its own heading or as rows of one table; the panel's
findings on five key lines of enquiry, each graded as typed words, as a
number on a printed 1–4 key, as the four grades with the chosen one
highlighted or the others struck through, or with an X under four grade
columns in a summary grid; the overall multi-agency judgement; learning
as two lists or a two-column table; the action plan as a table, as lines
or a "no actions" sentence; the escalation question answered; and the
Head of Service's moderation in a box or typed in a colour as a closing
block, with remarks under the lines of enquiry they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, Section
from bot.samples.ooxml import shade
from bot.samples.people import ADULT_FIRST_NAMES
from bot.samples.tools import MULTI_AGENCY_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "multi_agency_case_audit"
SEED = 3917
PARTNERSHIP = COUNCIL.replace(" Council", "") + " Safeguarding Children Partnership"
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The key lines of enquiry, in the order of the sample's areas (voice of the
# child, information sharing, assessment, plan, impact), for the two kinds
# of audit the subgroup runs.
KLOES = {
    "regular": (
        ("Is the child seen, heard and understood by every agency?",
         "Did each agency record what the child said and how the child presented?"),
        ("Recognition, referral and the strategy discussion",
         "Were concerns shared promptly, and were the right agencies part of the strategy discussion?"),
        ("Section 47 enquiry and assessment of risk",
         "Did the assessment draw on what every agency knew, including history?"),
        ("The child protection plan and core group",
         "Is the plan owned by all agencies, with each agency's part clear?"),
        ("Difference made: is the child safer?",
         "What has changed for the child since the agencies became involved?"),
    ),
    "themed": (
        ("The child's lived experience",
         "Would a reader know what a day is like for this child?"),
        ("Sharing information before and at the strategy discussion",
         "Who was invited, who attended, and what did each agency bring?"),
        ("Joint understanding of need and risk",
         "Do the agencies agree on what the worries are, and why?"),
        ("Planning and working together",
         "Are actions shared out between agencies and followed through?"),
        ("Impact and outcomes",
         "Is there evidence the child's circumstances have improved?"),
    ),
}
THEMES = ("Strategy discussions", "Children referred for neglect", "Domestic abuse – children under five",
          "Children missing education")
ROLES = {"Children's Social Care": ("Practice Manager", "Safeguarding Practice Manager"),
         "Police": ("Detective Sergeant, Safeguarding Investigations Unit", "Detective Inspector, MASH"),
         "Health visiting": ("Named Nurse for Safeguarding", "Health Visiting Team Leader"),
         "School": ("Designated Safeguarding Lead", "Deputy Head and DSL"),
         "Early Help": ("Early Help Keywork Manager", "Family Keywork Team Manager"),
         "Probation": ("Senior Probation Officer",),
         "Child and Adolescent Mental Health Services": ("CAMHS Safeguarding Lead", "Clinical Nurse Specialist"),
         "Housing": ("Housing Options Team Leader", "Tenancy Sustainment Manager")}
AGENCY_SURNAMES = ("Whitfield", "Okafor", "Pemberton", "Lindqvist", "Haddad", "Carver", "Moorcroft", "Tran",
                   "Ashdown", "Fairclough", "Nkemelu", "Redfern")
INVOLVEMENT = {
    "Children's Social Care": "Allocated since the strategy discussion; visits recorded every two to three weeks.",
    "Police": "Two domestic incidents attended in the period; both shared with the front door within a day.",
    "Health visiting": "Universal plus service; a new birth visit and two targeted contacts in the period.",
    "School": "Attendance monitored weekly; the DSL made the referral and attends core groups.",
    "Early Help": "Keywork offered before the step up; the keyworker handed over at a joint visit.",
    "Probation": "Supervising the father on licence; risk information shared on request.",
    "Child and Adolescent Mental Health Services": "Assessment completed; on the waiting list for therapy.",
    "Housing": "Temporary accommodation arranged; a move is planned for the new year.",
}
REFLECTIONS = (
    "Our records do not always say what we did with the information we shared.",
    "Invites to core groups reached us late on two occasions.",
    "We would have welcomed feedback on the outcome of our referral.",
    "The agency's chronology was brought up to date for the panel.",
    "Staff knew the family well and recorded the child's words carefully.",
    "Information was held by one practitioner and not on the agency's system.",
)
NO_ACTIONS = ("No multi-agency actions were agreed: the panel found the current plan addresses the learning.",
              "There are no actions arising from this audit.",
              "Action plan: none required – learning to be shared through the QA subgroup briefing.")
ESCALATION = (
    "Did the audit identify any child at immediate risk of significant harm? If yes, the lead auditor must "
    "escalate to the front door the same day.",
    "Immediate safeguarding concerns: is there anything the panel found that needs action today to keep the "
    "child safe?",
    "Escalation – were any concerns identified that required same-day referral back to the lead agency?",
)
NOT_MODERATED = ("Not selected for moderation this quarter.", "Awaiting moderation by Head of Service.", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(160, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern and not sample.moderation][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    audit_type = rng.choice(("regular", "themed"))
    details_style = rng.choice(("two", "four", "strip", "lines"))
    agency_style = rng.choice(("table", "line"))
    parts_style = rng.choice(("headings", "rows"))
    grade_style = rng.choice(("words", "key", "highlight", "strike", "grid"))
    overall_style = rng.choice(("same", "sentence"))
    learning_style = rng.choice(("lists", "table"))
    action_style = rng.choice(("table", "lines"))
    moderation_style = rng.choice(("box", "block"))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    kloes = KLOES[audit_type]

    agencies = list(sample.own[0].written)
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(kloes, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if details_style == "strip":
        changes["service"] = None
    elif rng.random() < 0.2:
        changes["team"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    changes["own"] = (ToolField("agencies", "Agencies taking part", tuple(agencies), list(agencies)),)
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in kloes)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE when completed", "OFFICIAL-SENSITIVE (personal data)")) +
        f"   |   {rng.choice(('MACA tool v3', 'QA subgroup audit template 2024', 'MACA v2.1'))}", size=8)

    # Title block.
    short = "".join(word[0] for word in PARTNERSHIP.split())
    paragraph(document, PARTNERSHIP if rng.random() < 0.6 else f"{PARTNERSHIP} ({short})", bold=True,
              colour=brand, size=14)
    title = rng.choice(("Multi-Agency Case Audit", "Multi-Agency Case File Audit (MACA)", "Joint Case Audit Tool"))
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=13)
    if audit_type == "themed":
        line = paragraph(document, "Audit theme: ", bold=True)
        run(line, rng.choice(THEMES))
    else:
        paragraph(document, "Regular case file audit – the whole child protection journey", italic=True)
    paragraph(document, rng.choice((
        "Each agency audits its own records first and brings its part to the audit panel. The panel's "
        "judgements use the Ofsted grades.",
        "Complete Part B for your own agency before the panel. Part C is completed at the panel by the lead "
        "auditor.")), italic=True, size=9)

    # Part A: the case.
    brand_heading(document, "Part A – The child and the audit", brand)
    _details(rng, document, sample, details_style, when, household, today)
    document.add_paragraph()

    # The agencies taking part.
    brand_heading(document, rng.choice(("Agencies taking part", "Partner agencies involved in the audit")), brand)
    # Agency auditors: invented professionals whose names share nothing with the family's.
    family_names = {name.split()[0] for name in (child.full_name, *child.parents, *(name for name, _ in household))}
    firsts = rng.sample([name for name in ADULT_FIRST_NAMES if name not in family_names], len(agencies))
    surnames = rng.sample(AGENCY_SURNAMES, len(agencies))
    auditors = {agency: (f"{first} {surname}", rng.choice(ROLES[agency]))
                for agency, first, surname in zip(agencies, firsts, surnames)}
    if agency_style == "table":
        grid = table(document, len(agencies) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Agency", "Records audited by", "Role")):
            label(cell, text, "DEEAF6")
        for row, agency in zip(grid.rows[1:], agencies):
            write(row.cells[0], agency)
            write(row.cells[1], auditors[agency][0])
            write(row.cells[2], auditors[agency][1])
    else:
        line = paragraph(document, "Agencies taking part: ", bold=True)
        run(line, ", ".join(agencies))
    document.add_paragraph()

    # Part B: each agency's own part.
    brand_heading(document, "Part B – Single agency findings", brand)
    if parts_style == "headings":
        for number, agency in enumerate(agencies, start=1):
            paragraph(document, f"B{number}. {agency}", bold=True, colour=brand)
            if agency_style == "line":
                who = paragraph(document, "Completed by: ", bold=True)
                run(who, f"{auditors[agency][0]}, {auditors[agency][1]}")
            involvement = paragraph(document, "Involvement in the period: ", bold=True)
            run(involvement, INVOLVEMENT[agency])
            reflection = paragraph(document, "Agency reflections: ", bold=True)
            run(reflection, rng.choice(REFLECTIONS))
    else:
        headers = ("Agency", "Involvement in the period", "Agency reflections")
        grid = table(document, len(agencies) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "F2F2F2")
        for row, agency in zip(grid.rows[1:], agencies):
            write(row.cells[0], agency, bold=True)
            if agency_style == "line":
                write(row.cells[0], f"({auditors[agency][0]})", size=9)
            write(row.cells[1], INVOLVEMENT[agency])
            write(row.cells[2], rng.choice(REFLECTIONS))
    document.add_paragraph()

    # Part C: the panel's findings.
    brand_heading(document, "Part C – Audit panel findings on the key lines of enquiry", brand)
    if grade_style == "key":
        paragraph(document, "Grade each line of enquiry: 1 = Outstanding   2 = Good   3 = Requires improvement   "
                            "4 = Inadequate", bold=True, size=9)
    hos = rng.choice(("HoS comment: ", "Head of Service: ", "Moderator: "))
    for number, (section, (_, prompt)) in enumerate(zip(sample.sections, kloes), start=1):
        box = table(document, 3 if grade_style != "grid" else 2, 2)
        top = box.cell(0, 0).merge(box.cell(0, 1))
        write(top, f"KLOE {number}: {section.name}", bold=True, colour=brand)
        write(top, prompt, italic=True, size=9)
        label(box.cell(1, 0), rng.choice(("Panel findings", "Findings and evidence")), "F2F2F2")
        write(box.cell(1, 1), section.comment)
        if section.name in remarks:
            write(box.cell(1, 1), f"{hos}{remarks[section.name]}", colour=ink)
        if grade_style != "grid":
            label(box.cell(2, 0), rng.choice(("Panel grade", "Grade")), "F2F2F2")
            _grade(rng, box.cell(2, 1), grade_style, section.grade)
        document.add_paragraph()
    if grade_style == "grid":
        paragraph(document, "Summary of grades (mark X)", bold=True)
        grid = table(document, len(sample.sections) + 1, 5)
        for cell, text in zip(grid.rows[0].cells, ("Key line of enquiry", *(WORDS[grade] for grade in ORDER))):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name)
            write(row.cells[1 + ORDER.index(section.grade)], "X", bold=True)
        document.add_paragraph()

    # Overall judgement.
    brand_heading(document, "Overall multi-agency judgement", brand)
    box = table(document, 1, 1)
    cell = box.cell(0, 0)
    if overall_style == "sentence":
        word = WORDS[sample.grade].lower()
        write(cell, rng.choice((f"The panel agreed an overall judgement of {word} for the multi-agency response "
                                f"to this child.",
                                f"Overall, the panel graded the partnership's work with this child as {word}.")))
    elif grade_style == "grid":
        line = write(cell, "Overall grade: ", bold=True)
        run(line, informal_grade(rng, sample.grade))
    else:
        write(cell, "Overall grade:", bold=True)
        _grade(rng, cell, grade_style, sample.grade)
    document.add_paragraph()

    # Learning.
    brand_heading(document, "Learning for the partnership", brand)
    headings = rng.choice((("What worked well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Learning / areas for development")))
    if learning_style == "lists":
        bullet = rng.choice(("\u2022 ", "- ", "numbers"))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    else:
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "E2EFDA")
        for column, items in enumerate((sample.strengths, sample.development_areas)):
            for row, item in enumerate(items, start=1):
                write(grid.cell(row, column), item)
    document.add_paragraph()

    # Action plan.
    brand_heading(document, "Multi-agency action plan", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif action_style == "table":
        headers = rng.choice((("Action", "Owner", "By when", "Progress (RAG)"),
                              ("What needs to happen", "Lead", "Target date", "Update")))
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action}  Owner: {action.owner}.  Due: {when(action.due)}.")
    document.add_paragraph()

    # Escalation.
    brand_heading(document, "Escalation", brand)
    paragraph(document, rng.choice(ESCALATION), bold=True)
    answer = paragraph(document)
    if rng.random() < 0.5:
        run(answer, "YES", bold=sample.urgent_concern, strike=not sample.urgent_concern)
        run(answer, " / ")
        run(answer, "NO", bold=not sample.urgent_concern, strike=sample.urgent_concern)
        if sample.urgent_concern:
            paragraph(document, f"Details: {sample.urgent_concern_detail} Escalated by the lead auditor on "
                                f"{when(sample.date)}.")
    elif sample.urgent_concern:
        run(answer, f"Yes – {sample.urgent_concern_detail}")
    else:
        run(answer, rng.choice(("No.", "No", "No – none identified by the panel")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when, moderation_style)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _details(rng: random.Random, document, sample, style: str, when, household, today: date) -> None:
    child = sample.child
    family_line = "; ".join(f"{name} ({_age(born, today)})" for name, born in household) or rng.choice(
        ("None", "No siblings", "Only child in the household"))
    pairs = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        (rng.choice(("Child ID", "CSC case number", "Case ref")), sample.case_id),
        ("Parents / carers", " and ".join(child.parents)),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
        (rng.choice(("Brothers and sisters", "Other children in the household")), family_line),
        ("Plan at time of audit", rng.choice(("Child Protection Plan", "Child in Need Plan",
                                              "Child Protection Plan (neglect)"))),
        (rng.choice(("Allocated social worker", "Social worker")), sample.practitioner),
    ]
    if sample.team:
        pairs.append(("Team", sample.team))
    if sample.service:
        pairs.append((rng.choice(("Service", "Service area")), sample.service))
    pairs += [
        (rng.choice(("Lead auditor", "Audit lead")), sample.auditor),
        (rng.choice(("Date of audit panel", "Date of audit")), when(sample.date)),
        ("Period reviewed", rng.choice(("Last 6 months", "Last 12 months", "From the strategy discussion"))),
    ]
    if style == "two":
        grid = table(document, len(pairs), 2)
        for row, (text, value) in zip(grid.rows, pairs):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "four":
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "F2F2F2")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "strip":
        grid = table(document, (len(pairs) + 2) // 3, 3)
        for position, (text, value) in enumerate(pairs):
            cell = grid.cell(position // 3, position % 3)
            write(cell, text, bold=True, size=8, colour="595959")
            write(cell, value)
    else:
        for text, value in pairs:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)


def _grade(rng: random.Random, cell, style: str, grade: str) -> None:
    if style == "words":
        write(cell, informal_grade(rng, grade, note_chance=0.25))
    elif style == "key":
        write(cell, str(ORDER.index(grade) + 1), bold=True)
    else:
        line = write(cell, "")
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  /  ")
            if style == "highlight":
                run(line, WORDS[option], highlight=option == grade, bold=option == grade)
            else:
                run(line, WORDS[option], strike=option != grade)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when, style: str) -> None:
    heading = rng.choice(("Head of Service moderation (for the QA subgroup)", "Moderation – Head of Service",
                          "Quality assurance sign-off"))
    if moderation is None:
        brand_heading(document, heading, brand)
        note = rng.choice(NOT_MODERATED)
        if note:
            paragraph(document, note, italic=True)
        else:
            box = table(document, 3, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Comments")):
                label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    verdict = None
    if moderation.grade:
        verdict = rng.choice(("Agree", "Yes – I agree")) if moderation.grade == sample.grade else rng.choice(
            ("Disagree", "No – see comments"))
    if style == "box":
        rows = [("Moderated by", f"{moderation.moderator}, Head of Service"), ("Date", when(moderation.date))]
        if verdict:
            rows.append(("Do you agree with the panel's overall judgement?", verdict))
        rows.append(("Comments", "\n".join(moderation.comments)))
        if moderation.grade:
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
        shade(box.cell(0, 0)._tc, "D9E2F3")
    else:
        paragraph(document, f"{moderation.moderator} (Head of Service) – moderated {when(moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Agree with overall judgement? ", colour=ink, bold=True)
            run(line, verdict, colour=ink)
            line = paragraph(document, "Moderated judgement: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)

