"""Quality audit form: a manager's audit of one child's case file for the
council's Children and Families' Services, returned to the service's
Quality Assurance and Service Improvement team. The child and the case,
the areas of practice each with the auditor's evidence and a grade, the
overall quality of practice, good practice to highlight and what needs to
improve, whether the child and family were asked for their views, the
actions (who, by when), a question on anything that leaves a child unsafe
today, and the Head of Service's moderation.

Modelled on the London Borough of Harrow's children's quality assurance
arrangements as its published papers describe them: the Harrow Local
Safeguarding Children Board's "Quality Assurance Sub-Group – Terms of
Reference" (August 2014: identify and address issues that compromise an
agency's ability to keep children safe, encourage and highlight good
practice, oversee quality assurance processes and co-ordinate case audits;
the council's Children and Families' Services represented by its Service
Manager for Quality Assurance and Service Improvement), and the Ofsted
findings reported on Harrow's children's services in 2017 (performance
management at every level of the organisation; assessments and reviews of
children in need of help and protection still to improve). The papers
describe the arrangements, not a form, so the layout is our own judgement:
a header marked "OFFICIAL – SENSITIVE"; the details as a four-column grid
(two label / answer pairs a row), as labelled lines under headings "The
child" and "The audit", or as a table of plain questions ("Who is the
allocated worker?"); seven areas of practice either in one table (number,
area, evidence, grade) or each as a short block with its own "Evidence"
and "Grade" lines; grades typed as people type them, numbered 1–4 on a key
printed in either order, chosen with a crossed box among four, highlighted
among four, or with the other three struck through; the overall grade in
the same manner or in a sentence; good practice and what needs to improve
as two columns or as lists; the family's views question answered with
boxes or in words; actions as a table, as lines or a "no actions"
sentence; the immediate-safety question; and the Head of Service's
moderation as a box typed in their colour, as a signed paragraph in their
colour, or left empty for the Head of Service to complete.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, STAFF, Section, sample_forms
from bot.samples.ooxml import shade

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

FAMILY = "quality_audit_form"
SEED = 6733

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SENTENCE_WORDS = {OUTSTANDING: "outstanding", GOOD: "good", REQUIRES_IMPROVEMENT: "requiring improvement",
                  INADEQUATE: "inadequate"}

# The form's areas of practice, in the order of the sample's areas
# (one list for each of the sample's tools), each with the prompt printed
# under it in the block layout.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's voice and daily lived experience", "Is the child seen, and seen alone? Are their wishes "
                                                         "and feelings recorded and acted on?"),
        ("Assessment of need and risk", "Is the assessment up to date, analytical and clear about what the "
                                        "worries are?"),
        ("The plan and how it is reviewed", "Is the plan SMART, and is it reviewed on time with the family?"),
        ("Management oversight and supervision", "Are management decisions recorded with reasons and "
                                                 "followed through?"),
        ("Working with partner agencies", "Are school, health and police contributing and sharing what they "
                                          "know?"),
        ("Recording and chronology", "Is the record current, and does the chronology show the significant "
                                     "events?"),
        ("What difference have we made?", "Is the child's life better and safer because of our work?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working alongside the family", "Were the family part of the decisions made with them?"),
        ("Clear and respectful recording", "Is the record written so that the child could read it later?"),
        ("Management grip and decision-making", "Is there clear management direction at each key point?"),
        ("The child's voice", "Do we know what the child thinks and feels, in their own words?"),
        ("Engagement with the child and family", "Does the worker know the family and do they trust them?"),
        ("Family history and wider network", "Is the history understood, and are wider family part of the "
                                             "plan?"),
        ("Quality of assessment and plan", "Does the plan follow from the assessment and address the "
                                           "worries?"),
    ),
}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services"}
CASE_STATUS = ("Child in Need", "Child Protection", "Looked After Child", "Care Leaver", "CIN – disabled child")
TITLES = ("Quality Audit Form", "QUALITY AUDIT FORM", "Case File Quality Audit", "Quality Audit – Case File")
NO_ACTIONS = ("No actions required – current plan is appropriate.",
              "No further actions arising from this audit.",
              "None identified.")
SAFETY_QUESTIONS = (
    "Has the audit identified any concern that a child is unsafe today? If yes, the auditor must speak to the "
    "Team Manager and Head of Service the same day.",
    "Immediate safeguarding concern identified during the audit?",
    "Is any child on this case at risk of significant harm that is not being addressed?",
)
FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Did you speak to the child / family about their experience of our service for this audit?",
    "Child and family feedback obtained?",
)
FEEDBACK_NOTES_YES = ("Mother spoken to by phone; said the worker is easy to talk to.",
                      "Young person completed the feedback form with the worker.",
                      "Parents contacted – feedback recorded on the case file.")
FEEDBACK_NOTES_NO = ("Family did not respond to two calls.", "Not appropriate at this time – proceedings ongoing.",
                     "")
# How the form numbers its parts: "Section 2 – Areas of practice", "2. Areas
# of practice", "PART B: AREAS OF PRACTICE".
HEADINGS = (
    lambda number, text: f"Section {number} – {text}",
    lambda number, text: f"{number}. {text}",
    lambda number, text: f"PART {'ABCDEFGH'[number - 1]}: {text.upper()}",
)
NOT_MODERATED = ("", "Awaiting moderation.", "For Head of Service to complete.")
GRADE_STYLES = ("word", "number", "boxes", "highlight", "strike")
BOX_ON, BOX_OFF = "\u2612", "\u2610"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(400, seed=SEED, today=today, feedback_question=True)
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
    # Every way of marking grades and of laying out the details and areas
    # turns up across the files, in no fixed order.
    grade_styles = [GRADE_STYLES[index % len(GRADE_STYLES)] for index in range(count)]
    details_styles = [("grid", "lines", "questions")[index % 3] for index in range(count)]
    rng.shuffle(grade_styles)
    rng.shuffle(details_styles)
    return [_form(rng, index, sample, today, grade_styles[index], details_styles[index])
            for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class _Grader:
    """One form's way of showing a grade, kept through the whole form."""

    def __init__(self, rng: random.Random, style: str):
        self.rng = rng
        self.style = style
        self.reversed_key = rng.random() < 0.4
        self.numbers = {grade: (4 - position if self.reversed_key else position + 1)
                        for position, grade in enumerate(ORDER)}

    def key_text(self) -> str:
        grades = reversed(ORDER) if self.reversed_key else ORDER
        pairs = [f"{self.numbers[grade]} = {WORDS[grade]}" for grade in sorted(grades, key=self.numbers.get)]
        return "Grading key:  " + "   ".join(pairs)

    def options_line(self) -> str | None:
        """What the printed form says beside an empty grade, where it does."""
        return {"boxes": "tick one", "highlight": "highlight one", "strike": "delete as appropriate"}.get(self.style)

    def mark(self, target, grade: str, *, note_chance: float = 0.0) -> None:
        """Write `grade` into paragraph `target` in the form's style."""
        if self.style == "word":
            run(target, informal_grade(self.rng, grade, note_chance=note_chance), bold=self.rng.random() < 0.3)
        elif self.style == "number":
            number = str(self.numbers[grade])
            run(target, self.rng.choice((number, number, f"{number} ({WORDS[grade]})", f"Grade {number}")))
        elif self.style == "boxes":
            for position, option in enumerate(ORDER):
                run(target, ("   " if position else "") + f"{BOX_ON if option == grade else BOX_OFF} {WORDS[option]}",
                    bold=option == grade)
        elif self.style == "highlight":
            for position, option in enumerate(ORDER):
                if position:
                    run(target, "  /  ")
                run(target, WORDS[option], highlight=option == grade, bold=option == grade)
        else:  # strike
            for position, option in enumerate(ORDER):
                if position:
                    run(target, " / ")
                run(target, WORDS[option], strike=option != grade)


def _form(rng: random.Random, index: int, sample, today: date, grade_style: str, details_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    areas_style = rng.choice(("table", "blocks"))
    grader = _Grader(rng, grade_style)
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.6
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
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, "OFFICIAL – SENSITIVE (when completed)", bold=True, size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Children and Families' Services – Quality Audit Form – v{rng.choice(('2.1', '3', '3.2'))}", size=8)

    title = rng.choice(TITLES)
    part = rng.choice(HEADINGS)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, title, bold=True, colour=brand, size=16)
    paragraph(document, "Quality Assurance and Service Improvement", italic=True, size=9)
    paragraph(document, rng.choice((
        "Please complete every section and return to the QA team within 10 working days of the audit being "
        "allocated.",
        "Audits are about learning: highlight good practice as well as what needs to improve.",
    )), italic=True, size=8)

    auditor = sample.auditor
    role = _role(auditor)
    auditor_role = role if role and rng.random() < 0.6 else ""
    family_line = "; ".join(f"{name} ({_age(born, today)})" for name, born in household)
    age = _age(child.date_of_birth, today)
    status = rng.choice(CASE_STATUS if age >= 17 else CASE_STATUS[:3] + CASE_STATUS[4:])
    _details(rng, document, details_style, sample, child, when, auditor_role, family_line, status, brand,
             show_team, show_service, part(1, "About the child and the audit"))
    document.add_paragraph()

    # Areas of practice.
    brand_heading(document, part(2, "Areas of practice"), brand)
    if grader.style == "number":
        paragraph(document, grader.key_text(), bold=True, size=9)
    elif grader.options_line() and rng.random() < 0.5:
        paragraph(document, f"For each area give the evidence you found and the grade ({grader.options_line()}).",
                  italic=True, size=9)
    prefix = rng.choice(("HoS: ", "HoS comment – ", "Moderator: "))
    if areas_style == "table":
        grid = table(document, len(sample.sections) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("No.", "Area of practice", "Evidence / analysis",
                                                   rng.choice(("Grade", "Judgement", "Rating")))):
            label(cell, text, "D9D9D9")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], section.name, bold=True)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"{prefix}{remarks[section.name]}", colour=ink)
            grader.mark(row.cells[3].paragraphs[0], section.grade, note_chance=0.2)
    else:
        grade_label = rng.choice(("Grade: ", "Grade for this area: ", "Judgement: "))
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, prompt, italic=True, size=8)
            evidence = paragraph(document, "Evidence: ", bold=True)
            run(evidence, section.comment)
            if section.name in remarks:
                paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
            line = paragraph(document, grade_label, bold=True)
            grader.mark(line, section.grade, note_chance=0.2)
    document.add_paragraph()

    # Overall.
    brand_heading(document, part(3, "Overall quality of practice"), brand)
    if rng.random() < 0.3:
        paragraph(document, rng.choice((
            f"Taking all the areas together I have graded the overall quality of practice on this case as "
            f"{SENTENCE_WORDS[sample.grade]}.",
            f"Overall, practice on this case is {SENTENCE_WORDS[sample.grade]}.",
        )))
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), rng.choice(("Overall grade", "Overall quality of practice",
                                          "Overall judgement for this case")), "F2F2F2")
        grader.mark(box.cell(0, 1).paragraphs[0], sample.grade)
    document.add_paragraph()

    # Good practice and what needs to improve.
    brand_heading(document, part(4, "What we learned"), brand)
    headings = rng.choice((("Good practice to highlight", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("What is working well?", "What needs to be better?")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        numbered = rng.random() < 0.5
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if numbered else f"- {item}")
    document.add_paragraph()

    # The family's views.
    if sample.feedback_sought is not None:
        brand_heading(document, part(5, "Child and family views"), brand)
        question = rng.choice(FEEDBACK_QUESTIONS)
        if rng.random() < 0.5:
            line = paragraph(document, f"{question}   ", bold=True)
            run(line, f"Yes {BOX_ON if sample.feedback_sought else BOX_OFF}   No "
                      f"{BOX_OFF if sample.feedback_sought else BOX_ON}")
        else:
            paragraph(document, question, bold=True)
            paragraph(document, rng.choice(("Yes", "Yes.", "YES")) if sample.feedback_sought
                      else rng.choice(("No", "No.", "NO")))
        note = rng.choice(FEEDBACK_NOTES_YES if sample.feedback_sought else FEEDBACK_NOTES_NO)
        if note:
            paragraph(document, note, italic=True)
        document.add_paragraph()

    # Actions.
    brand_heading(document, part(6 if sample.feedback_sought is not None else 5, "Actions (who / by when)"), brand)
    _actions(rng, document, sample, when)
    document.add_paragraph()

    # Immediate safety.
    brand_heading(document, part(7 if sample.feedback_sought is not None else 6, "Safety today"), brand)
    paragraph(document, rng.choice(SAFETY_QUESTIONS), bold=True)
    if sample.urgent_concern:
        if rng.random() < 0.5:
            paragraph(document, f"Yes {BOX_ON}   No {BOX_OFF}")
            paragraph(document, f"Details: {sample.urgent_concern_detail}")
        else:
            paragraph(document, f"YES – {sample.urgent_concern_detail}")
    elif rng.random() < 0.5:
        paragraph(document, f"Yes {BOX_OFF}   No {BOX_ON}")
    else:
        paragraph(document, rng.choice(("No", "No.", "None identified – no")))
    document.add_paragraph()

    # Auditor's sign-off, then moderation.
    sign = paragraph(document, "Auditor: ", bold=True)
    run(sign, f"{sample.auditor}{f', {auditor_role}' if auditor_role else ''}")
    run(sign, "     Date completed: ", bold=True)
    run(sign, when(sample.date))
    document.add_paragraph()
    _moderation(rng, document, sample, moderation, ink, brand, when,
                part(8 if sample.feedback_sought is not None else 7, "Head of Service moderation"))

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _details(rng, document, style, sample, child, when, auditor_role, family_line, status, brand,
             show_team, show_service, heading: str) -> None:
    address = ", ".join((*child.address_lines, child.postcode))
    reference_label = rng.choice(("Mosaic ID", "Case no.", "Child ref", "Case reference"))
    child_pairs = [
        (rng.choice(("Child's name", "Name of child", "Child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Case status", status),
    ]
    if rng.random() < 0.5:
        child_pairs.append(("Address", address))
    if rng.random() < 0.6:
        child_pairs.append(("Parents / carers", " / ".join(child.parents)))
    child_pairs.append(("Siblings", family_line or rng.choice(("None", "n/a", "No siblings"))))
    audit_pairs = [(rng.choice(("Allocated worker", "Social worker", "Case holder")), sample.practitioner)]
    if show_team:
        audit_pairs.append(("Team", sample.team))
    if show_service:
        audit_pairs.append(("Service", sample.service))
    audit_pairs += [
        (rng.choice(("Auditor", "Audited by", "Name of auditor")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date")), when(sample.date)),
    ]
    if auditor_role and rng.random() < 0.5:
        audit_pairs.insert(-1, ("Auditor's role", auditor_role))
    brand_heading(document, heading, brand)

    if style == "grid":
        pairs = child_pairs + audit_pairs
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "DEEAF6")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "lines":
        for block, pairs in (("The child", child_pairs), ("The audit", audit_pairs)):
            paragraph(document, block, bold=True, colour=brand)
            for text, value in pairs:
                line = paragraph(document, f"{text}:\t", bold=True)
                run(line, value)
    else:
        questions = {
            "Allocated worker": "Who is the allocated worker?", "Social worker": "Who is the allocated worker?",
            "Case holder": "Who is the allocated worker?", "Team": "Which team holds the case?",
            "Service": "Which service?", "Auditor": "Who completed the audit?",
            "Audited by": "Who completed the audit?", "Name of auditor": "Who completed the audit?",
            "Date of audit": "When was the audit completed?", "Audit date": "When was the audit completed?",
            "Auditor's role": "Auditor's role",
        }
        pairs = child_pairs + [(questions.get(text, text), value) for text, value in audit_pairs]
        grid = table(document, len(pairs), 2)
        for row, (text, value) in zip(grid.rows, pairs):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)


def _actions(rng, document, sample, when) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    style = rng.choice(("table", "table", "lines"))
    if style == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Responsible", "Timescale"),
                              ("Action", "Lead", "Target date", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} Who: {action.owner}. By: {when(action.due)}.")


def _moderation(rng, document, sample, moderation, ink, brand, when, heading: str) -> None:
    if moderation is None:
        choice = rng.random()
        if choice < 0.4:
            return
        brand_heading(document, heading, brand)
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        note = rng.choice(NOT_MODERATED)
        if note:
            write(box.cell(3, 1), note, italic=True)
        return
    brand_heading(document, heading, brand)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        rows = [("Moderated by", f"{moderation.moderator} ({role})"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else rng.choice(("No", "No – see below"))
            rows.append(("Do you agree with the auditor's overall grade?", agree))
        rows.append(("Comments", "\n".join(moderation.comments)))
        if moderation.grade:
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                verdict = f"I agree with the auditor: {WORDS[moderation.grade]}."
            else:
                verdict = f"I do not agree with the auditor's grade. Moderated grade: {WORDS[moderation.grade]}."
            write(cell, verdict, colour=ink, bold=True)
        write(cell, f"{moderation.moderator}, {role} – {when(moderation.date)}", colour=ink, italic=True)
        shade(cell._tc, "F7F9FC")
