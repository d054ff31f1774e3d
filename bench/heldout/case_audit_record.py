"""Case audit record: a team manager's monthly audit of one child's case
file in children's social care. Part A, the child and the case; Part B,
each area of practice with prompts, the evidence the auditor found on the
record and the area's judgement; Part C, the overall judgement; Part D,
what is working well and what needs to improve; Part E, whether the child
and family were asked for their views as part of the audit; Part F, the
actions arising with who and by when; Part G, the same-day safeguarding
question; Part H, the Head of Service's moderation.

Modelled on Barnsley Metropolitan Borough Council's "Children's Social
Care & Safeguarding Quality Assurance Framework" as its scrutiny committee
considered it in 2018 (item 4b, beside the Continuous Service Improvement
Framework: an interim report until the year's case file audits had all
been analysed; open challenge of practice in monthly supervision), with the
council's "Self-Evaluation of Social Work Practice" (April 2018: the
Safeguarding and Quality Assurance Unit, the Children and Young People
Teams and the Disabled Children's Team, getting to good and beyond) and the
Barnsley Safeguarding Children Partnership's structured programme of audits
of actual cases. The papers describe the framework, not a form, so the
layout is our own judgement: lettered parts (or numbered sections); the
case details as a two-column grid, as tabbed "label: value" lines, or as an
opening sentence followed by a short grid; the areas of practice in one
table, as blocks each with prompts, evidence and a judgement line, or as
evidence blocks graded only in a summary table; judgements typed
informally, as a number on a printed 1–4 key (either way round), as the
four grades with a ticked box, or with the chosen grade highlighted; the
overall judgement the same way or in a sentence; actions as a table,
numbered "Who: … By: …" lines or a "no actions" sentence; the Head of
Service's moderation as a box of labelled rows, a shaded note or a signed
paragraph in their own colour, sometimes with remarks under the areas.
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

FAMILY = "case_audit_record"
SEED = 8831

# The record's areas of practice, in the order of the sample's sections
# (bot/samples/phrases.py TOOL_SECTIONS), each with the prompts printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's voice and wishes",
         ("Has the child been seen, and seen alone where appropriate?",
          "Are their wishes and feelings recorded in their own words and acted on?")),
        ("Quality of assessment and analysis",
         ("Is the assessment current and does it analyse risk and need?",)),
        ("Care planning and review",
         ("Is the plan SMART and does it address the concerns identified?",
          "Are reviews on time and do they measure progress?")),
        ("Management oversight and supervision",
         ("Are management decisions recorded with a rationale at key points?",)),
        ("Working with partner agencies",
         ("Are partners contributing to assessment and plan, and sharing information?",)),
        ("Case recording and chronology",
         ("Is recording up to date, purposeful and respectful?", "Is there a current chronology?")),
        ("Outcomes and impact for the child",
         ("What difference has our involvement made for the child?",)),
    ),
    "Case Review Audit Tool 2025": (
        ("Doing with families, not to them",
         ("Were the family involved in decisions that affect them?",)),
        ("How we write about people",
         ("Is the record written respectfully and in plain language?",)),
        ("Leadership and management grip",
         ("Is there clear management direction, with reasons, at each decision point?",)),
        ("The child's daily lived experience",
         ("Do we know what a day in this child's life is like?",
          "Is the child's identity understood?")),
        ("Engagement and relationships",
         ("Does the worker have a relationship with the child and family that helps change happen?",)),
        ("Family history and support network",
         ("Is the family history understood?", "Has the wider network been identified and used?")),
        ("Assessment informing the plan",
         ("Does the plan flow from the assessment and tackle what we are worried about?",)),
    ),
}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Service Director",
         "director": "Executive Director"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SENTENCE_WORDS = {OUTSTANDING: "outstanding", GOOD: "good", REQUIRES_IMPROVEMENT: "requiring improvement",
                  INADEQUATE: "inadequate"}
GRADE_STYLES = ("typed", "number", "boxes", "highlight")
DETAILS_STYLES = ("grid", "lines", "opening")
AREAS_STYLES = ("table", "blocks", "summary")
TICKED, EMPTY = "\u2612", "\u2610"
LEGAL_STATUS = ("Child in Need", "Child Protection Plan", "Child in Care (s.20)", "Child in Care (Care Order)",
                "Child in Need – disabled child", "Pre-proceedings (PLO)")
AUDIT_TYPES = ("Monthly case file audit", "Random selection", "Themed month: neglect",
               "Quarterly audit programme", "Themed month: children's lived experience")
PERIODS = ("Last 6 months", "Previous 12 months", "Since allocation", "Last 3 months")
NO_ACTIONS = ("No actions arising from this audit.",
              "No further actions – the current plan addresses the issues noted above.",
              "None required at this time.")
URGENT_QUESTIONS = (
    "Has this audit identified any child who is at immediate risk of harm? If yes, you must inform the Team "
    "Manager and Head of Service on the same day.",
    "Are there any safeguarding concerns requiring immediate action?",
    "Immediate safeguarding concern identified? (If yes, escalate the same day and record below.)",
)
FEEDBACK_QUESTIONS = (
    "Have the child and family been contacted for their views as part of this audit?",
    "Were the child's and family's views sought for this audit?",
    "Family feedback obtained for this audit?",
)
FEEDBACK_DETAILS = ("Mother spoken to by phone; feedback recorded on the file.",
                    "The young person completed the feedback form with their worker.",
                    "Parent contacted, said the worker listens and explains things well.")
FEEDBACK_NO = ("No – parent did not respond to two calls.", "No", "No – not appropriate at this stage.")
REASONS = ("See the areas above; the overall grade reflects the impact for the child.",
           "Judged mainly on the difference made for the child and the quality of the plan.",
           "Balanced across the areas; the record tells the child's story in most places.",
           "The areas graded lower are about recording rather than the help the child is getting.",
           "Weighted towards outcomes and the child's lived experience, as the framework asks.")
DISCUSSED = ("Audit discussed with the social worker: Yes", "Findings shared with the worker in supervision: Yes",
             "Discussed with practitioner: Yes – in supervision")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(420, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT and sample.title in AREAS]
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
    chosen = chosen[:count]
    # Spread the ways of laying out the details, the areas and the grades
    # across the files rather than leave it to chance.
    looks = []
    for options in (GRADE_STYLES, DETAILS_STYLES, AREAS_STYLES):
        spread = [options[position % len(options)] for position in range(len(chosen))]
        rng.shuffle(spread)
        looks.append(spread)
    return [_form(rng, index, sample, today, *look) for index, (sample, *look) in enumerate(zip(chosen, *looks))]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class _Grades:
    """One form's way of giving a grade: typed, a number on a printed key,
    a ticked box among the four, or the chosen grade highlighted."""

    def __init__(self, rng: random.Random, style: str):
        self.rng = rng
        self.style = style
        self.key = ORDER if rng.random() < 0.6 else tuple(reversed(ORDER))
        self.number_look = rng.choice(("bare", "grade", "word"))

    def number(self, grade: str) -> int:
        return self.key.index(grade) + 1

    def print_key(self, document) -> None:
        if self.style == "number":
            line = paragraph(document, "Judgement key: ", bold=True)
            run(line, "   ".join(f"{self.number(grade)} = {WORDS[grade]}" for grade in sorted(
                self.key, key=self.number)))
        elif self.style == "boxes":
            paragraph(document, "Tick one judgement for each area (Ofsted grades).", italic=True)
        elif self.style == "highlight":
            paragraph(document, "Highlight the judgement that applies for each area.", italic=True)
        else:
            paragraph(document, "Judgements: Outstanding / Good / Requires improvement / Inadequate.", italic=True)

    def text(self, grade: str, *, notes: bool) -> str:
        """The grade as plain text (typed or a number)."""
        if self.style == "number":
            number = self.number(grade)
            return {"bare": str(number), "grade": f"Grade {number}",
                    "word": f"{number} ({WORDS[grade]})"}[self.number_look]
        return informal_grade(self.rng, grade, note_chance=0.25 if notes else 0.0)

    def into(self, target, grade: str, *, notes: bool = True, stacked: bool = False) -> None:
        """Write the grade into `target` (a paragraph already started, or a
        cell when `stacked`, the four options one to a line)."""
        if self.style in ("typed", "number"):
            if stacked:
                write(target, self.text(grade, notes=notes))
            else:
                run(target, self.text(grade, notes=notes))
            return
        for position, option in enumerate(ORDER):
            chosen = option == grade
            if stacked:
                line = write(target, "")
            else:
                line = target
                if position:
                    run(line, "    " if self.style == "boxes" else " / ")
            if self.style == "boxes":
                run(line, f"{TICKED if chosen else EMPTY} {WORDS[option]}", bold=chosen)
            else:
                run(line, WORDS[option], highlight=chosen)


def _form(rng: random.Random, index: int, sample, today: date, grade_style: str, details_style: str,
          areas_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grades = _Grades(rng, grade_style)
    parts = rng.choice(("part", "section", "number"))
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 2, 3)), today)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.15
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.15:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
        if rng.random() < 0.4:
            remarks = {}
    remark_prefix = rng.choice(("HoS comment: ", "HoS: ", "Moderator: "))

    letters = iter("ABCDEFGH")
    numbers = iter(range(1, 9))

    def heading(text: str) -> None:
        if parts == "part":
            brand_heading(document, f"Part {next(letters)} – {text}", brand)
        elif parts == "section":
            brand_heading(document, f"Section {next(numbers)}: {text}", brand)
        else:
            brand_heading(document, f"{next(numbers)}. {text.upper()}", brand, size=11)

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE (when completed)", "CONFIDENTIAL")), size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Case audit record – QA framework v{rng.choice(('2.1', '3', '3.2'))}", size=8)

    title = rng.choice(("Case Audit Record", "Case File Audit Record", "Children's Social Care – Case Audit Record"))
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=16)
    paragraph(document, rng.choice(("Continuous Service Improvement – getting to good and beyond",
                                    "Safeguarding and Quality Assurance Unit",
                                    "Quality Assurance Framework – monthly case audits")), italic=True, size=9)

    # Part A: the child and the case.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.5:
        auditor = f"{auditor} – {role}" if rng.random() < 0.5 else f"{auditor} ({role})"
    reference_label = rng.choice(("Case number", "Case ref", "CSC case number") if sample.case_id[0].isalpha()
                                 else ("Case number", "Child ID", "Mosaic ID", "Case ref"))
    born = when(child.date_of_birth)
    household_text = "; ".join(
        f"{name} ({_age(day, today)})" if rng.random() < 0.5 else f"{name}, DOB {when(day)}" for name, day in household
    ) or rng.choice(("None", "No other children", "N/A"))
    show_address = rng.random() < 0.4
    details = [
        (rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), born),
        (reference_label, sample.case_id),
    ]
    if show_address:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    details += [
        (rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents)),
        ("Other children in the household", household_text),
        (rng.choice(("Legal status", "Current plan / status")), rng.choice(LEGAL_STATUS)),
    ]
    worker = [(rng.choice(("Social worker", "Allocated worker", "Allocated social worker")), sample.practitioner)]
    if show_team:
        worker.append(("Team", sample.team))
    if show_service:
        worker.append((rng.choice(("Service", "Service area")), sample.service))
    audit = [
        (rng.choice(("Auditor", "Audited by", "Auditor (name and role)")), auditor),
        (rng.choice(("Date of audit", "Date audit completed", "Audit date")), when(sample.date)),
        ("Type of audit", rng.choice(AUDIT_TYPES)),
        ("Period covered", rng.choice(PERIODS)),
    ]
    heading(rng.choice(("The child and the case", "Case details", "About the child")))
    if details_style == "grid":
        rows = [*details, *worker, *audit]
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7E6E6")
            write(row.cells[1], value)
    elif details_style == "lines":
        for text, value in [*details, *worker, *audit]:
            line = paragraph(document, f"{text}:", bold=True)
            run(line, f"\t{value}")
    else:
        sentence = (f"Audit of the case record of {child.full_name} (DOB {born}), {reference_label} "
                    f"{sample.case_id}, completed by {auditor} on {when(sample.date)}. ")
        sentence += f"The allocated social worker is {sample.practitioner}"
        if show_team and show_service:
            sentence += f", {sample.team} ({sample.service})."
        elif show_team:
            sentence += f" in {sample.team}."
        elif show_service:
            sentence += f" ({sample.service})."
        else:
            sentence += "."
        paragraph(document, sentence)
        rest = details[3:] + audit[2:]
        grid = table(document, (len(rest) + 1) // 2, 4)
        for position, (text, value) in enumerate(rest):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "F2F2F2")
            write(grid.cell(row, column + 1), value)
    document.add_paragraph()

    # Part B: areas of practice.
    heading(rng.choice(("Audit of practice", "Areas of practice", "Quality of practice")))
    grades.print_key(document)
    grade_head = rng.choice(("Judgement", "Grade", "Rating"))
    evidence_label = rng.choice(("Evidence", "Evidence from the record", "Findings"))
    if areas_style == "table":
        grid = table(document, len(sample.sections) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("No.", "Area of practice", evidence_label, grade_head)):
            label(cell, text, "D9E2F3")
        for number, (row, section, (_, prompts)) in enumerate(zip(grid.rows[1:], sample.sections, areas), 1):
            write(row.cells[0], str(number))
            write(row.cells[1], section.name, bold=True)
            for prompt in prompts:
                write(row.cells[1], prompt, italic=True, size=8)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"{remark_prefix}{remarks[section.name]}", colour=ink)
            grades.into(row.cells[3], section.grade, stacked=True)
    else:
        for number, (section, (_, prompts)) in enumerate(zip(sample.sections, areas), 1):
            paragraph(document, f"{'B' if parts == 'part' else '2.'}{number} {section.name}", bold=True, colour=brand)
            for prompt in prompts:
                paragraph(document, f"\u2022 {prompt}", italic=True, size=9)
            box = table(document, 1, 1)
            write(box.cell(0, 0), f"{evidence_label}:", bold=True)
            write(box.cell(0, 0), section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"{remark_prefix}{remarks[section.name]}", colour=ink)
            if areas_style == "blocks":
                line = paragraph(document, f"{grade_head} for this area: ", bold=True)
                grades.into(line, section.grade)
            document.add_paragraph()
        if areas_style == "summary":
            paragraph(document, rng.choice(("Summary of judgements", "Judgements by area")), bold=True)
            grid = table(document, len(sample.sections) + 1, 2)
            label(grid.cell(0, 0), "Area of practice", "D9E2F3")
            label(grid.cell(0, 1), grade_head, "D9E2F3")
            for row, section in zip(grid.rows[1:], sample.sections):
                write(row.cells[0], section.name)
                grades.into(row.cells[1], section.grade, notes=False, stacked=True)
    document.add_paragraph()

    # Part C: overall judgement.
    heading(rng.choice(("Overall judgement", "Overall grade for the case")))
    if grades.style == "typed" and rng.random() < 0.5:
        paragraph(document, rng.choice((
            f"Taking all areas into account, I judge practice for this child to be {SENTENCE_WORDS[sample.grade]}.",
            f"Overall the quality of practice on this case is {SENTENCE_WORDS[sample.grade]}.")))
    else:
        line = paragraph(document, rng.choice(("Overall judgement: ", "Overall grade: ",
                                               "Auditor's overall judgement: ")), bold=True)
        grades.into(line, sample.grade, notes=False)
    if rng.random() < 0.7:
        reason = paragraph(document, rng.choice(("Reason: ", "Rationale for the overall judgement: ")), bold=True)
        run(reason, rng.choice(REASONS))
    document.add_paragraph()

    # Part D: findings.
    heading(rng.choice(("Findings", "What we found", "Summary of the audit")))
    headings = rng.choice((("What is working well?", "What needs to improve?"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Areas for development")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        for column, (text, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), text, "E2EFD9" if column == 0 else "FBE4D5")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        marker = rng.choice(("\u2022 ", "- ", "number"))
        for text, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, text, bold=True)
            for number, item in enumerate(items, 1):
                paragraph(document, f"{number}) {item}" if marker == "number" else f"{marker}{item}")
    paragraph(document, rng.choice(DISCUSSED), italic=True)
    document.add_paragraph()

    # Part E: the child's and family's views (only where the form asks).
    if sample.feedback_sought is not None:
        heading(rng.choice(("Voice of the child and family", "Child and family feedback")))
        question = paragraph(document, rng.choice(FEEDBACK_QUESTIONS) + " ", bold=True)
        if rng.random() < 0.5:
            yes = sample.feedback_sought
            run(question, f"Yes {TICKED if yes else EMPTY}   No {EMPTY if yes else TICKED}")
            if yes:
                paragraph(document, rng.choice(FEEDBACK_DETAILS))
        elif sample.feedback_sought:
            paragraph(document, f"{rng.choice(('Yes – ', 'Yes. '))}{rng.choice(FEEDBACK_DETAILS)}")
        else:
            paragraph(document, rng.choice(FEEDBACK_NO))
        document.add_paragraph()

    # Part F: actions.
    heading(rng.choice(("Actions arising", "Actions – who and by when", "Action plan")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("Action required", "Responsible", "Timescale"),
                              ("What needs to happen", "By whom", "Date")))
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, (*headers, "Completed?")):
            label(cell, text, "E7E6E6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action}")
            paragraph(document, f"    Who: {action.owner}    By: {when(action.due)}", italic=True)
    document.add_paragraph()

    # Part G: the same-day question.
    heading(rng.choice(("Immediate safeguarding concerns", "Escalation")))
    question = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if rng.random() < 0.4:
        urgent = sample.urgent_concern
        run(question, f"Yes {TICKED if urgent else EMPTY}   No {EMPTY if urgent else TICKED}")
        if urgent:
            paragraph(document, f"Details: {sample.urgent_concern_detail}")
    elif sample.urgent_concern:
        paragraph(document, f"Yes – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "No – none identified.", "None identified")))
    document.add_paragraph()

    # Part H: moderation.
    _moderation(rng, document, sample, moderation, ink, grades, when, heading)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(born, *(when(day) for _, day in household), *(day.isoformat() for _, day in household)))


def _moderated_grade(rng: random.Random, grades: _Grades, grade: str) -> str:
    if grades.style == "number":
        return f"{grades.number(grade)} ({WORDS[grade]})" if rng.random() < 0.6 else f"Grade {grades.number(grade)}"
    return informal_grade(rng, grade)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, grades: _Grades, when,
                heading) -> None:
    if moderation is None:
        choice = rng.random()
        if choice < 0.4:
            return
        heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)")))
        if choice < 0.7:
            box = table(document, 4, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Agree with overall judgement? Y / N",
                                             "Comments")):
                label(row.cells[0], text, "F2F2F2")
        else:
            paragraph(document, rng.choice(("Not selected for moderation this month.",
                                            "For Head of Service use only.")), italic=True)
        return
    heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "Quality assurance sign-off")))
    role = _role(moderation.moderator) or "Head of Service"
    style = rng.choice(("rows", "shaded", "signed"))
    agrees = moderation.grade == sample.grade
    if style == "rows":
        rows = [("Moderated by", f"{moderation.moderator}, {role}"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the auditor's overall judgement?",
                         rng.choice(("Yes", "Agree")) if agrees else rng.choice(("No", "Disagree – see comments"))))
            rows.append(("Moderated judgement", _moderated_grade(rng, grades, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    elif style == "shaded":
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        shade(cell._tc, rng.choice(("EAF1FB", "EDF7E8", "F3ECF8")))
        write(cell, f"Moderation by {moderation.moderator} ({role}) – {when(moderation.date)}", bold=True, colour=ink)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            line = write(cell, "Moderated grade: ", bold=True, colour=ink)
            run(line, _moderated_grade(rng, grades, moderation.grade), colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the auditor's judgement" if agrees
                       else "I do not agree with the auditor's judgement")
            line = paragraph(document, f"{verdict}. Moderated judgement: ", colour=ink)
            run(line, _moderated_grade(rng, grades, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"Signed: {moderation.moderator}, {role}    Date: {when(moderation.date)}", colour=ink,
                  italic=True)
