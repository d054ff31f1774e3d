"""Partnership case review: a safeguarding children partnership's joint
audit of one child's case by the agencies that know the child (police,
health, education, children's social care and others). A partnership
banner, the case details, the audit panel (each agency, who looked at its
records, and the lead auditor), each agency's own account of its
involvement, the key lines of enquiry agreed for the audit with the panel's
findings and judgement, an overall judgement, the learning (what worked
well, what could be better), a multi-agency action plan, the question
whether anything needs escalating today, and the Head of Service's (or
the partnership chair's) moderation.

Modelled on the multi-agency auditing of Our Safeguarding Children
Partnership for Cornwall and the Isles of Scilly as its 2019/20 annual
report describes it (the partners – the two councils, the NHS clinical
commissioning group and Devon and Cornwall Police – each reporting, and the
partnership's subgroups quality assuring practice across agencies, with
children at the centre of the work). The report describes the assurance,
not a form, so the layout is our own judgement: the details as a
two-column table, a four-column grid or "Label: value" lines; the panel as
a table of agencies (the lead auditor marked in it or named above it);
each agency's account as its own part; the judgements as numbers on a
printed 1–4 key, marks under four grade columns, typed words, or the four
grades with the chosen one highlighted; actions as a table, as lines or a
"no actions" sentence; moderation as a box or as paragraphs in the
moderator's colour, with remarks under the lines of enquiry they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, Section
from bot.samples.ooxml import shade
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

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

FAMILY = "partnership_case_review"
SEED = 4731

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
KEY_TEXT = {
    OUTSTANDING: "Outstanding – agencies together made a real difference; practice others can learn from",
    GOOD: "Good – the child was helped and kept safe by agencies working together",
    REQUIRES_IMPROVEMENT: "Requires improvement – no child left at risk, but joint working was inconsistent",
    INADEQUATE: "Inadequate – agencies together did not keep the child safe or meet their needs",
}

# The audit's key lines of enquiry, in the order of the sample's areas
# (voice, information sharing, assessment, plan, impact).
KLOES = (
    (("Hearing and acting on the child's voice",
      "Did each agency see the child, hear what they said and let it shape the help?"),
     ("Sharing information across the partnership",
      "Was information shared promptly, with the right people, and was consent considered?"),
     ("Understanding of need and risk",
      "Did agencies share one understanding of the risks, including the history?"),
     ("The joint plan and how it is reviewed",
      "Is there one plan, known to all agencies, with clear tasks, and is it reviewed?"),
     ("Difference made for the child",
      "Is the child's life safer and better because of what agencies did together?")),
    (("KLOE 1 – Child's lived experience",
      "What is life like for this child, and does every agency know?"),
     ("KLOE 2 – Communication between agencies",
      "Were referrals, strategy discussions and feedback timely?"),
     ("KLOE 3 – Joint assessment",
      "Did partners contribute to the assessment and is their information in it?"),
     ("KLOE 4 – Planning together",
      "Were all agencies at the meetings that mattered, and did they do what they agreed?"),
     ("KLOE 5 – Outcomes",
      "What has changed for the child?")),
)
PARTNERSHIPS = (f"{COUNCIL} Safeguarding Children Partnership", f"{COUNCIL} Children's Safeguarding Partnership",
                f"Safeguarding Children Partnership for {COUNCIL}")
TITLES = ("Multi-Agency Case Audit", "Partnership Case Review – Joint Audit Record",
          "Joint Agency Case Audit Tool", "MULTI-AGENCY CASE AUDIT RECORD")
REPRESENTATIVES = {
    "Police": ("DS, Public Protection Unit", "Detective Sergeant, Safeguarding Hub"),
    "Education": ("Designated Safeguarding Lead", "Head teacher (DSL)"),
    "Health visiting": ("Health Visitor team leader", "Named Nurse, 0–19 service"),
    "School nursing": ("School Nurse", "Named Nurse, 0–19 service"),
    "Children's Social Care": ("Practice Manager", "Team Manager"),
    "Probation": ("Senior Probation Officer",),
    "Housing": ("Tenancy Support Officer",),
    "Youth Justice Service": ("YJS Case Manager",),
    "Early Help": ("Family Support Worker",),
}
DEFAULT_REPRESENTATIVES = ("Named Safeguarding Professional", "Safeguarding Lead", "Service Manager")
ACCOUNTS = (
    "Records show contact with the family at each agreed point; the last contact was within the month.",
    "The agency's records note the worries raised by school and a referral to the front door.",
    "Attendance at the child protection conference is recorded; a report was sent but arrived late.",
    "Two contacts with the child are recorded; the child's own words are noted in one of them.",
    "The agency took part in the strategy discussion and its actions are recorded as completed.",
    "The record holds the core group minutes but not the latest version of the plan.",
    "Information about the parent's circumstances was shared with the social worker when asked.",
    "The agency's involvement ended before the plan was reviewed; no closing summary was sent.",
)
REFLECTIONS = (
    "We could have asked for the minutes sooner.",
    "Our practitioner felt well supported by the social worker.",
    "Learning shared with the team at the next briefing.",
    "Nothing further to add.",
    "We would now escalate sooner under the partnership's resolution protocol.",
)
LEGAL_STATUS = ("Child Protection Plan (neglect)", "Child Protection Plan (emotional abuse)", "Child in Need",
                "Looked after (s.20)", "Child Protection Plan (physical abuse)")
NO_ACTIONS = ("No multi-agency actions – the panel agreed the current plan covers everything needed.",
              "No actions arising from this audit.",
              "None required: learning to be shared through the partnership's briefing only.")
URGENT_QUESTIONS = (
    "Did the panel identify any immediate safeguarding concern that must be escalated today?",
    "Immediate concerns: is any child at risk of significant harm now? (If yes, escalate to the Head of "
    "Service the same day)",
    "Urgent concern identified during the audit?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(80, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
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


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "grid", "lines"))
    grade_style = ("numbers", "columns", "words", "highlight")[(index // 2) % 4]
    klas = KLOES[index % 2]
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(klas, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    if not show_team:
        changes["team"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in klas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
    agencies = next(own.written for own in sample.own if own.key == "agencies")

    upper = rng.random() < 0.5
    pick = (lambda options: options[1] if upper else options[0])
    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Multi-agency audit tool – version {rng.choice(('2.1', '3', '3.2'))} – OFFICIAL SENSITIVE", size=8)

    partnership = rng.choice(PARTNERSHIPS)
    paragraph(document, partnership.upper() if rng.random() < 0.4 else partnership, bold=True, colour=brand, size=14)
    title = rng.choice(TITLES)
    paragraph(document, title, bold=True, size=16)
    paragraph(document, rng.choice(("Quality Assurance and Learning subgroup", "Learning and Improvement Group",
                                    "Multi-agency audit programme")), italic=True, size=9)
    document.add_paragraph()

    # Part 1: the case.
    brand_heading(document, pick(("Part 1 – The child and the case", "PART A: CASE DETAILS")), brand)
    lead = sample.auditor
    if rng.random() < 0.4:
        lead = f"{lead} ({rng.choice(('Practice Manager', 'Safeguarding Practice Manager'))})"
    rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("Date of birth", "D.O.B.")), when(child.date_of_birth)),
        (rng.choice(("Case reference", "LCS ID", "Child's ID number")), sample.case_id),
    ]
    if rng.random() < 0.5:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    rows += [
        ("Parents / carers", " and ".join(child.parents) if rng.random() < 0.5 else "; ".join(child.parents)),
        ("Other children in the household",
         ", ".join(f"{name} (DOB {when(born)})" for name, born in household) or rng.choice(("None", "n/a", "None known"))),
        ("Status at time of audit", rng.choice(LEGAL_STATUS)),
        (rng.choice(("Allocated social worker", "Lead social worker")), sample.practitioner),
        ("Team", sample.team if show_team else ""),
        ("Service", sample.service),
        (rng.choice(("Date of audit", "Audit date", "Date of panel")), when(sample.date)),
    ]
    lead_in_panel = rng.random() < 0.5 and "Children's Social Care" in agencies
    if not lead_in_panel:
        rows.append((rng.choice(("Lead auditor", "Lead auditor (chair of panel)", "Audit lead")), lead))
    if details_style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            if value:
                write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            column = 2 * (position % 2)
            label(row.cells[column], text, "DDEBF7")
            if value:
                write(row.cells[column + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value or "")
    document.add_paragraph()

    # Part 2: the panel.
    brand_heading(document, pick(("Part 2 – Agencies taking part", "PART B: AUDIT PANEL")), brand)
    panel = table(document, len(agencies) + 1, 3)
    for cell, text in zip(panel.rows[0].cells, rng.choice((("Agency", "Represented by", "Records checked"),
                                                           ("Agency", "Role of auditor", "Records seen?")))):
        label(cell, text, "D9D9D9")
    lead_row = next((position for position, agency in enumerate(agencies) if agency == "Children's Social Care"), -1)
    for position, (row, agency) in enumerate(zip(panel.rows[1:], agencies)):
        write(row.cells[0], agency)
        if lead_in_panel and position == lead_row:
            write(row.cells[1], f"{sample.auditor} – lead auditor")
        else:
            write(row.cells[1], rng.choice(REPRESENTATIVES.get(agency, DEFAULT_REPRESENTATIVES)))
        write(row.cells[2], rng.choice(("Yes", "Y", "\u2713", "Yes – 12 months")))
    document.add_paragraph()

    # Part 3: each agency's own account.
    brand_heading(document, pick(("Part 3 – Single agency findings", "PART C: EACH AGENCY'S INVOLVEMENT")),
                  brand)
    paragraph(document, "Each agency to complete its own box before the panel meets.", italic=True, size=9)
    for agency in agencies:
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        write(cell, agency, bold=True, colour=brand)
        account = write(cell, "Involvement and what the records show: ", bold=True)
        run(account, rng.choice(ACCOUNTS))
        reflection = write(cell, "Agency reflection: ", bold=True)
        run(reflection, rng.choice(REFLECTIONS))
    document.add_paragraph()

    # Part 4: lines of enquiry.
    brand_heading(document, pick(("Part 4 – Key lines of enquiry", "PART D: PANEL FINDINGS BY KEY LINE OF "
                                                                          "ENQUIRY")), brand)
    _key(document, grade_style)
    prefix = rng.choice(("HoS comment: ", "Moderator: ", ""))
    for section, (_, prompt) in zip(sample.sections, klas):
        box = table(document, 2, 1) if grade_style != "columns" else table(document, 3, 4)
        top = box.cell(0, 0) if grade_style != "columns" else box.cell(0, 0).merge(box.cell(0, 3))
        write(top, section.name, bold=True)
        write(top, prompt, italic=True, size=9)
        found = write(top, "Panel findings: ", bold=True)
        run(found, section.comment)
        if section.name in remarks:
            write(top, f"{prefix}{remarks[section.name]}", colour=ink)
        if grade_style == "columns":
            for cell, grade in zip(box.rows[1].cells, ORDER):
                label(cell, WORDS[grade], "F2F2F2")
            for cell, grade in zip(box.rows[2].cells, ORDER):
                if grade == section.grade:
                    write(cell, rng.choice(("X", "\u2713", "x")), bold=True)
        else:
            _grade(rng, box.cell(1, 0), grade_style, section.grade, "Judgement")
        document.add_paragraph()

    # Part 5: overall.
    brand_heading(document, pick(("Part 5 – Overall judgement", "PART E: OVERALL GRADE")), brand)
    box = table(document, 1, 1)
    style = "words" if grade_style == "columns" else grade_style
    _grade(rng, box.cell(0, 0), style, sample.grade, rng.choice(("Overall judgement of the multi-agency response",
                                                                  "Overall grade", "Panel's overall judgement")))
    document.add_paragraph()

    # Part 6: learning.
    brand_heading(document, pick(("Part 6 – Learning", "PART F: LEARNING FOR THE PARTNERSHIP")), brand)
    headings = rng.choice((("What worked well", "What could have been better"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Learning / areas for development")))
    if rng.random() < 0.5:
        learning = table(document, 2, 2)
        for cell, heading in zip(learning.rows[0].cells, headings):
            label(cell, heading, "E2EFDA")
        for cell, items in zip(learning.rows[1].cells, (sample.strengths, sample.development_areas)):
            for item in items:
                write(cell, f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}")
    document.add_paragraph()

    # Part 7: actions.
    brand_heading(document, pick(("Part 7 – Multi-agency action plan", "PART G: ACTIONS")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Owner", "Target date", "Progress (RAG)"),
                              ("What needs to happen", "Who (agency / name)", "By when", "Completed?")))
        plan = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(plan.rows[0].cells, headers):
            label(cell, text, "FCE4D6")
        for row, action in zip(plan.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} Owner: {action.owner}. Due: {when(action.due)}.")
    document.add_paragraph()

    # Part 8: urgent concern.
    brand_heading(document, pick(("Part 8 – Escalation", "PART H: IMMEDIATE CONCERNS")), brand)
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        paragraph(document, f"{yes} Yes     {no} No")
        if sample.urgent_concern:
            paragraph(document, f"Details: {sample.urgent_concern_detail}")
    elif sample.urgent_concern:
        paragraph(document, f"YES. {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No.", "No immediate concerns identified.", "None")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when, pick)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), ", ".join((*child.address_lines, child.postcode)),
                          *(when(born) for _, born in household), *(born.isoformat() for _, born in household)))


def _key(document, style: str) -> None:
    if style == "numbers":
        paragraph(document, "Score each line of enquiry 1–4 using the key:", italic=True)
        key = table(document, 4, 2)
        for row, grade in zip(key.rows, ORDER):
            write(row.cells[0], NUMBERS[grade], bold=True)
            write(row.cells[1], KEY_TEXT[grade], size=9)
    elif style == "columns":
        paragraph(document, "Mark the judgement with an X in the column that applies.", italic=True)
    elif style == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True)
    else:
        paragraph(document, "Judgements: Outstanding / Good / Requires improvement / Inadequate.", italic=True)


def _grade(rng: random.Random, cell, style: str, grade: str, text: str) -> None:
    line = write(cell, f"{text}: ", bold=True)
    if style == "numbers":
        run(line, rng.choice((NUMBERS[grade], f"{NUMBERS[grade]}", f"Score {NUMBERS[grade]}")))
    elif style == "highlight":
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        run(line, informal_grade(rng, grade, note_chance=0.2))
    if style == "numbers" and rng.random() < 0.3:
        shade(cell._tc, "F2F2F2")


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when, pick) -> None:
    heading = pick(("Part 9 – Head of Service moderation", "PART I: MODERATION (Head of Service / "
                                                                  "Partnership chair)"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "Moderator to complete.", "")),
                      italic=True)
        return
    brand_heading(document, heading, brand)
    if rng.random() < 0.5:
        rows = [("Moderated by", f"{moderation.moderator}, Head of Service"),
                ("Date moderated", when(moderation.date)),
                ("Moderator's comments", "\n".join(moderation.comments))]
        if moderation.grade:
            verdict = ("Agree with the panel's overall judgement" if moderation.grade == sample.grade
                       else "Do not agree with the panel's overall judgement")
            rows.insert(2, ("Agreement", verdict))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        paragraph(document, f"Moderation by {moderation.moderator} (Head of Service), {when(moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = "I agree with" if moderation.grade == sample.grade else "I do not agree with"
            line = paragraph(document, f"{agree} the panel's grade. Moderated grade: ", colour=ink)
            run(line, WORDS[moderation.grade], colour=ink, bold=True)
