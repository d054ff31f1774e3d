"""Case practice audit: a team manager's audit of one child's case file in
a unitary council's children's social care, written while the service is
working its way out of an inadequate judgement, so the form asks about the
things inspectors found weak – whether the child's voice is recorded,
whether the assessment analyses, whether the chronology is kept, whether
domestic abuse and neglect are understood, whether management oversight
gives direction – and the Head of Service moderates a share of audits.

Modelled on Bournemouth, Christchurch and Poole (BCP) Council's children's
services as its published papers describe them: the Children's Services
Outcomes Self-Assessment put to its scrutiny committee (four areas for
improvement, among them "Quality of Practice, Management oversight and
supervision") and the Ofsted monitoring letters of 2022 the council
published (practice areas of concern: the quality of assessment, the use
and completion of chronologies, the response to domestic abuse, the
recording of children's views, timeliness for very young children, the
impact of quality assurance and management oversight). None of these shows
a form, so the layout is our own judgement: a title band, the details as a
four-column grid, two small tables ("The child" / "The audit") or lines of
"Label: value", seven practice areas as one table (area, evidence, grade)
or as numbered blocks, graded in informal words, as a number on a printed
1–4 key, by striking out or highlighting the four grades, or by a mark
under four grade columns; what is working well and what needs to improve as
bullets or side by side; actions as a table, as lines or a "no actions"
sentence; the child's and family's views question; the immediate-risk
question; and the Head of Service's moderation typed in a colour, as a box
or as a closing paragraph, with remarks under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, STAFF, Section, sample_forms

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
    council_line,
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

FAMILY = "case_practice_audit"
SEED = 9663

# The seven areas of practice, in the order of the sample's seven sections.
AREAS = (
    "The child's voice and lived experience",
    "Assessment and analysis",
    "Chronology and family history",
    "Understanding of risk (domestic abuse, neglect)",
    "The plan – clear, timely and reviewed",
    "Management oversight and supervision",
    "Partnership working and impact for the child",
)
PROMPTS = (
    "Is the child seen and seen alone? Are their words and wishes recorded and do they shape the work?",
    "Does the assessment explain what is happening for the child and why, not just describe it?",
    "Is there an up-to-date chronology that is used to understand patterns?",
    "Are the impact of domestic abuse and neglect on this child understood and acted on?",
    "Is the plan specific about who does what by when, and is progress reviewed?",
    "Is there recorded management direction at key decision points and regular supervision?",
    "Are partners involved and sharing information? What difference has our work made?",
)
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Service Director",
         "director": "Director of Children's Services"}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
CASE_STATUS = ("Child in Need", "Child Protection", "Child in Care", "Pre-proceedings (PLO)", "Care leaver")
NO_ACTIONS = ("No actions required from this audit.",
              "No further actions – plan already addresses the areas above.",
              "Nil actions.")
RISK_QUESTIONS = (
    "Has this audit identified any child at risk of significant harm who needs an immediate response?",
    "Immediate safeguarding concern identified? (If yes, inform the Team Manager and Head of Service today)",
    "Are there any concerns about the child's safety that need action today?",
)
VIEWS_QUESTIONS = (
    "Were the child and family asked for their views as part of this audit?",
    "Child / family feedback sought for this audit?",
    "Have you spoken to the child or parent/carer about their experience of the service?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(420, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "tables", "lines"))
    area_style = rng.choice(("table", "blocks"))
    grade_style = rng.choice(("words", "key", "strike", "highlight", "columns"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)

    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for name, section in zip(AREAS, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.15
    show_service = rng.random() < 0.7
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, AREAS))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE (when complete)")) +
        f"   |   Practice audit tool v{rng.choice(('2', '2.3', '3'))}", size=8)

    # Title band.
    band = table(document, 1, 2)
    write(band.cell(0, 0), council_line(rng), bold=True, colour=brand)
    write(band.cell(0, 0), "Quality, Performance and Improvement", size=9)
    title = rng.choice(("Case Practice Audit", "Practice Audit – Child's Case File", "Monthly Case Practice Audit"))
    write(band.cell(0, 1), title, bold=True, size=15)
    write(band.cell(0, 1), f"Audit month: {_month(sample.date)}", size=9)
    document.add_paragraph()

    # Details.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.4:
        auditor = f"{auditor} ({role})"
    reference_label = rng.choice(("Case ref", "Mosaic ID", "Child's ID number", "Case number"))
    address = ", ".join((*child.address_lines, child.postcode))
    about_child = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Status", rng.choice(CASE_STATUS)),
    ]
    if rng.random() < 0.5:
        about_child.append(("Address", address))
    about_child.append(("Parents / carers", " & ".join(child.parents)))
    if household:
        about_child.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in household)))
    about_audit = [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor),
        (rng.choice(("Date of audit", "Date audit completed")), when(sample.date)),
        (rng.choice(("Allocated social worker", "Social worker", "Allocated worker")), sample.practitioner),
    ]
    if show_team:
        about_audit.append(("Team", sample.team))
    if show_service:
        about_audit.append(("Service area", sample.service))
    _details(rng, document, details_style, about_child, about_audit, brand)
    document.add_paragraph()

    # The key.
    if grade_style == "key":
        key = paragraph(document, "Grading key: ", bold=True)
        run(key, "1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
        paragraph(document, "Enter the number for each area and for the overall grade.", italic=True, size=9)
    elif grade_style in ("strike", "highlight"):
        paragraph(document, "For each area " + ("strike through the grades that do not apply."
                                                if grade_style == "strike" else "highlight the grade that applies."),
                  italic=True, size=9)
    elif grade_style == "columns":
        paragraph(document, "Mark one column for each area: O = Outstanding, G = Good, RI = Requires improvement, "
                            "I = Inadequate.", italic=True, size=9)
    else:
        paragraph(document, "Grades: Outstanding / Good / Requires improvement / Inadequate (Ofsted descriptors).",
                  italic=True, size=9)

    # Areas of practice.
    brand_heading(document, rng.choice(("Part A – Quality of practice", "Areas of practice")), brand)
    prefix = rng.choice(("HoS comment: ", "Moderator: ", "HoS – "))
    if area_style == "table" or grade_style == "columns":
        columns = 6 if grade_style == "columns" else 3
        grid = table(document, len(sample.sections) + 1, columns)
        heads = ["Area of practice", rng.choice(("Evidence", "Evidence and analysis", "Auditor's findings"))]
        heads += [SHORT[grade] for grade in ORDER] if grade_style == "columns" else ["Grade"]
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "D9E2F3")
        for row, (number, section) in zip(grid.rows[1:], enumerate(sample.sections, start=1)):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            if grade_style == "columns":
                symbol = rng.choice(("X", "x", "\u2713"))
                write(row.cells[2 + ORDER.index(section.grade)], symbol, bold=True)
            else:
                _grade(rng, row.cells[1 + 1], grade_style, section.grade, lead="")
    else:
        for number, (section, prompt) in enumerate(zip(sample.sections, PROMPTS), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            line = paragraph(document, "Evidence: ", bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
            box = table(document, 1, 1)
            _grade(rng, box.cell(0, 0), grade_style, section.grade, lead="Grade for this area: ")
            document.add_paragraph()
    document.add_paragraph()

    # Overall grade.
    brand_heading(document, "Overall grade", brand)
    overall = table(document, 1, 2)
    label(overall.cell(0, 0), rng.choice(("Overall grade for the child's case", "Overall audit grade",
                                          "Overall judgement")), "F2F2F2")
    if grade_style == "columns":
        write(overall.cell(0, 1), informal_grade(rng, sample.grade), bold=True)
    else:
        _grade(rng, overall.cell(0, 1), grade_style, sample.grade, lead="")
    document.add_paragraph()

    # Working well / needs to improve.
    _findings(rng, document, sample, brand)

    # Views of child and family.
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(VIEWS_QUESTIONS) + " ", bold=True)
        if sample.feedback_sought:
            run(asked, rng.choice(("Yes", "Yes – spoke to mum by phone", "Yes, child seen with SW")))
        else:
            run(asked, rng.choice(("No", "No – not possible this month", "Not sought")))
        document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Actions (who, by when)", "Part C – Actions")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when", "Done?"),
                                                              ("Action required", "Responsible", "Timescale",
                                                               "Completed")))):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"{number}) ")
            run(line, action.action)
            run(line, f"  Who: {action.owner}.  By: {when(action.due)}", italic=True)
    document.add_paragraph()

    # Immediate risk.
    paragraph(document, rng.choice(RISK_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, rng.choice(("YES – ", "Yes. ")) + sample.urgent_concern_detail)
        paragraph(document, f"Discussed with the Team Manager on {when(sample.date)}.", italic=True)
    else:
        paragraph(document, rng.choice(("No", "NO", "No immediate concerns identified.")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _month(day: date) -> str:
    return day.strftime("%B %Y")


def _details(rng: random.Random, document, style: str, about_child, about_audit, brand: str) -> None:
    if style == "grid":
        pairs = [*about_child, *about_audit]
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "F2F2F2")
            write(grid.cell(row, column + 1), value)
    elif style == "tables":
        for heading, rows in (("The child", about_child), ("The audit", about_audit)):
            brand_heading(document, heading, brand, size=11)
            grid = table(document, len(rows), 2)
            for row, (text, value) in zip(grid.rows, rows):
                label(row.cells[0], text, "F2F2F2")
                write(row.cells[1], value)
    else:
        for text, value in [*about_audit, *about_child]:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)


def _grade(rng: random.Random, cell, style: str, grade: str, *, lead: str) -> None:
    line = write(cell, lead, bold=True) if lead else cell.paragraphs[-1]
    if style == "words":
        run(line, informal_grade(rng, grade, note_chance=0.2 if lead else 0.0))
    elif style == "key":
        number = ORDER.index(grade) + 1
        run(line, rng.choice((f"{number}", f"Grade {number}", f"{number} ({WORDS[grade]})")), bold=True)
    else:
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  /  ")
            if style == "strike":
                run(line, WORDS[option], strike=option != grade)
            else:
                run(line, WORDS[option], highlight=option == grade, bold=option == grade)


def _findings(rng: random.Random, document, sample, brand: str) -> None:
    well = rng.choice(("What is working well", "Strengths", "Strengths of practice"))
    improve = rng.choice(("What needs to improve", "Areas for development", "Worries / areas to develop"))
    if rng.random() < 0.5:
        grid = table(document, max(len(sample.strengths), len(sample.development_areas)) + 1, 2)
        label(grid.cell(0, 0), well, "E2EFDA")
        label(grid.cell(0, 1), improve, "FCE4D6")
        for position, text in enumerate(sample.strengths, start=1):
            write(grid.cell(position, 0), f"• {text}")
        for position, text in enumerate(sample.development_areas, start=1):
            write(grid.cell(position, 1), f"• {text}")
    else:
        for heading, items in ((well, sample.strengths), (improve, sample.development_areas)):
            brand_heading(document, heading, brand, size=11)
            for text in items:
                document.add_paragraph(text, style="List Bullet")
    document.add_paragraph()


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Head of Service moderation", "Part D – Moderation (Head of Service)"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "Moderator:            Date:")),
                      italic=True)
        return
    brand_heading(document, heading, brand)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        rows = [("Moderated by", f"{moderation.moderator}, {role}"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the auditor's overall grade?",
                         rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade
                         else rng.choice(("No", "Disagree – see below"))))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        rows.append(("Moderator's comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                verdict = f"I agree the overall grade is {WORDS[moderation.grade].lower()}."
            else:
                verdict = f"Moderated grade: {informal_grade(rng, moderation.grade)}"
            paragraph(document, verdict, colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, {role}, {when(moderation.date)}", colour=ink, italic=True)
