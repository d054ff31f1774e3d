"""Early Help quality review: an Early Help manager's (or a senior
manager's) review of the quality of one family's Early Help work – the
Early Help Assessment, the lead practitioner's relationship with the
family, the child's voice, the family plan and how it is reviewed, the
decisions to step up to Children's Social Care or step down, and the
difference the help has made – written as a Word document in parts
lettered A to F: about the family and the work (the child, the other
children in the family, the Early Help reference, the lead practitioner
and their team, who reviewed it and when), how to judge, the six areas
each with printed prompts, the reviewer's findings and a judgement, the
overall judgement with what is working well and what needs to be better,
whether the family were asked what they think of the help, actions, a
same-day step up question, and moderation by the Head of Service.

Modelled on Rutland County Council's "Early Intervention Operating Model"
(a practice manual of the Early Intervention Service in the council's
People Directorate, published October 2015 and reviewed September 2016,
linked to the council's Early Help Strategy, its Early Help Assessment
and its Step Up / Step Down procedure: early help and targeted
intervention worked in partnership, prevention before cure, families
helped to build their own resilience) and what Ofsted's focused visit to
Rutland's children's services found of its audits (thorough, drawing out
strong and weaker practice, but not yet changing practice enough; the
quality of assessments and plans variable). Neither shows a form, so the
layout is our own judgement: parts headed "Part A –", "A.", "Section 1:"
or "1. CAPITALS"; the details as a four-column grid, as
"label: value" lines, or as a household table (name, date of birth,
relationship) beside a table about the work; the Early Help reference
prefixed (EH/, EHM …) or the plain seven-digit number; the team or the
service sometimes left off; the six areas as blocks (prompts, a findings
box, a judgement row), as rows of one grid (sometimes ending in the
overall judgement), or as findings only with the
judgements gathered in a summary table; judgements typed informally, as a
number on a printed 1–4 key in either order, with the chosen one of the
four highlighted, with the others struck through, or as ☒ among ☐; the
overall judgement the same way or in a sentence; actions as a table, as
numbered lines or a "no actions" sentence; the step up question answered
in words or with Yes / No boxes; the Head of Service's moderation as a
box of labelled rows, a signed paragraph or a shaded note in a colour of
their own, with remarks under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import EARLY_HELP_AUDIT, STAFF, SampleAction, Section, sample_forms
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
    council_line,
    date_writer,
    early_help_reference,
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

FAMILY = "early_help_quality_review"
SEED = 7243

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SENTENCE_WORDS = {OUTSTANDING: "outstanding", GOOD: "good", REQUIRES_IMPROVEMENT: "requiring improvement",
                  INADEQUATE: "inadequate"}

# The review's six areas in the order the form prints them: the sample's
# area each stands for, the form's name for it, and its prompts.
AREAS = (
    ("Early Help Assessment", "Understanding the family's story (the Early Help Assessment)", (
        "Does the assessment say what life is like for the child, with strengths as well as worries?",
        "Is the history used to explain why help is needed now?",
    )),
    ("Voice of the child", "The child's voice and daily experience", (
        "Has the child been seen and spoken with, and are their wishes recorded in their own words?",
        "Is it clear what a day in the child's life looks like?",
    )),
    ("Engagement with the family", "The family's voice and the lead practitioner's relationship with them", (
        "Were both parents / carers and the wider family asked to take part?",
        "Does the family know who their lead practitioner is and trust them?",
    )),
    ("Team Around the Family plan", "The family plan and its review", (
        "Is the plan SMART, with who does what by when, and does the family have a copy?",
        "Has the plan been reviewed with the family and partners every 6–8 weeks?",
    )),
    ("Management oversight", "Oversight, step up and step down decisions", (
        "Is there recorded supervision that moves the work on?",
        "Were step up or step down decisions timely, with reasons recorded?",
    )),
    ("Impact and outcomes for the child", "Difference made: is life better for the child?", (
        "What has changed for the child because of the help?",
        "Is there a clear decision on closure, continued support or step up?",
    )),
)
TITLES = ("Early Help Quality Review", "Quality Review – Early Help Assessment and Family Plan",
          "EARLY HELP CASE QUALITY REVIEW", "Early Intervention: Case Quality Review")
ROLES = {"early_help_manager": "Early Help Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director of Children's Services"}
MODERATOR_ROLES = ("Head of Service – Early Help", "Head of Early Help", "Head of Service, Early Help")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "EH Manager"}
STAGES = ("Family plan in place", "Review of the plan", "Preparing for closure", "Assessment complete – plan agreed")
RELATIONS = ("Parent", "Mother / carer", "Parent / carer")
NO_ACTIONS = ("No actions – the family plan already covers what the review found.",
              "None arising from this review.", "No further actions needed.")
STEP_UP_QUESTIONS = (
    "Did the review find anything that suggests the child may be at risk of significant harm and needs a step "
    "up to Children's Social Care today?",
    "Safety: is there any immediate concern for the child's safety that needs a same-day step up?",
    "Immediate risk – does anything in this review need to go to the front door today?",
)
FEEDBACK_QUESTIONS = ("Have the child and family been asked what they think of the help they are getting?",
                      "Family feedback sought on the help received?",
                      "Were the family's views of the service asked for at the last review?")
OVERALL_REASONS = ("Taking the six areas together.", "Weighted towards the difference made for the child.",
                   "See strengths and areas for development below.")
NOT_MODERATED = ("Not moderated this month.", "Not selected for moderation.", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(1200, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == EARLY_HELP_AUDIT]
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


class _Grades:
    """One form's way of marking a judgement."""

    def __init__(self, rng: random.Random, style: str):
        self.rng = rng
        self.style = style
        self.numbers = dict(zip(ORDER, (1, 2, 3, 4) if rng.random() < 0.6 else (4, 3, 2, 1)))
        self.number_format = rng.choice(("{n}", "{n} – {word}", "Grade {n}", "{n} ({word})"))
        self.bold_choice = rng.random() < 0.5
        self.ticks = rng.choice((("\u2612", "\u2610"), ("[X]", "[ ]"), ("\u2611", "\u2610")))

    def key_line(self) -> str:
        ordered = sorted(ORDER, key=lambda grade: self.numbers[grade])
        return "   ".join(f"{self.numbers[grade]} = {WORDS[grade]}" for grade in ordered)

    def write(self, cell_or_paragraph, grade: str, *, stacked: bool = False, note: bool = True) -> None:
        """Mark `grade` into a cell (a new paragraph) or onto a paragraph."""
        target = cell_or_paragraph
        line = target if not hasattr(target, "add_table") else write(target, "")
        if self.style == "typed":
            run(line, informal_grade(self.rng, grade, note_chance=0.25 if note else 0.0), bold=True)
        elif self.style == "number":
            run(line, self.number_format.format(n=self.numbers[grade], word=WORDS[grade]), bold=True)
        else:
            for position, option in enumerate(ORDER):
                if position:
                    if stacked and hasattr(target, "add_table"):
                        line = target.add_paragraph()
                    else:
                        run(line, "   " if self.style == "boxes" else "  /  ")
                chosen = option == grade
                if self.style == "highlight":
                    run(line, WORDS[option], highlight=chosen, bold=chosen and self.bold_choice)
                elif self.style == "strike":
                    run(line, WORDS[option], strike=not chosen)
                else:
                    run(line, f"{self.ticks[0] if chosen else self.ticks[1]} {WORDS[option]}")


class _Parts:
    """How one form heads its parts: "Part A – …", "A. …", "Section 1: …" or "1. …"."""

    def __init__(self, style: str):
        self.style = style

    def __call__(self, position: int, text: str) -> str:
        letter, number = "ABCDEF"[position], position + 1
        return {"part": f"Part {letter} – {text}", "letter": f"{letter}. {text}",
                "section": f"Section {number}: {text}", "number": f"{number}. {text.upper()}"}[self.style]

    def area(self, number: int) -> str:
        return f"C{number}." if self.style in ("part", "letter") else f"3.{number}"


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grades = _Grades(rng, rng.choice(("typed", "number", "highlight", "strike", "boxes")))
    details_style = rng.choice(("grid", "lines", "household"))
    areas_style = rng.choice(("blocks", "grid", "summary"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    parts = _Parts(rng.choice(("part", "letter", "section", "number")))

    by_old = {section.name: section for section in sample.sections}
    renamed = {old: new for old, new, _ in AREAS}
    changes = {
        "sections": tuple(Section(new, by_old[old].grade, by_old[old].comment) for old, new, _ in AREAS),
        "actions": tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                         for action in sample.actions),
    }
    if rng.random() < 0.7:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() > 0.15
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.15:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Early Intervention Service – quality review template v{rng.choice(('2', '2.1', '3'))}   "
                f"OFFICIAL – SENSITIVE when completed", size=8)

    # Title.
    head = paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    run(head, "\nEarly Intervention Service", size=9)
    title = rng.choice(TITLES)
    paragraph(document, title, bold=True, size=16)
    paragraph(document, rng.choice(("To be completed by the reviewing manager with the lead practitioner. "
                                    "Return to the Quality Assurance team when signed off.",
                                    "Reviews the Early Help Assessment, the family plan and its review.")),
              italic=True, size=9)

    # Part A: the family and the work.
    brand_heading(document, parts(0, "About the family and the work"), brand)
    reviewer = sample.auditor
    role = _role(reviewer)
    if role and rng.random() < 0.4:
        reviewer = f"{reviewer} ({role})"
    if sample.case_id.isdigit():
        reference_label = rng.choice(("Case ID", "Child ID", "Record number"))
    else:
        reference_label = rng.choice(("Early Help reference", "EH ref.", "Early Help record no."))
    others_line = "; ".join(f"{name} ({when(born)})" for name, born in household)
    family_rows = [
        (rng.choice(("Child's name", "Name of child", "Child")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Parents / carers", " and ".join(child.parents)),
        (rng.choice(("Other children in the family", "Brothers / sisters", "Siblings (DOB)")), others_line),
    ]
    show_address = rng.random() < 0.4
    if show_address:
        family_rows.insert(2, ("Address", ", ".join((*child.address_lines, child.postcode))))
    work_rows = [(rng.choice(("Lead practitioner", "Lead professional", "Lead worker")), sample.practitioner)]
    work_rows.append(("Team", sample.team or ""))
    if show_service:
        work_rows.append(("Service", sample.service))
    work_rows += [
        ("Stage of the work", rng.choice(STAGES)),
        (rng.choice(("Reviewed by", "Reviewing manager", "Quality review completed by")), reviewer),
        (rng.choice(("Date of review", "Date reviewed", "Review date")), when(sample.date)),
    ]
    if details_style == "grid":
        pairs = family_rows + work_rows
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "EDEDED")
            if value:
                write(grid.cell(row, column * 2 + 1), value)
    elif details_style == "lines":
        for text, value in family_rows + work_rows:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)
    else:
        paragraph(document, "The family", bold=True)
        members = table(document, 2 + len(household) + len(child.parents), 3)
        for cell, text in zip(members.rows[0].cells, ("Name", "Date of birth", "Relationship")):
            label(cell, text, "EDEDED")
        people = [(child.full_name, when(child.date_of_birth), "Child reviewed")]
        people += [(name, when(born), "Sibling") for name, born in household]
        people += [(parent, "", rng.choice(RELATIONS)) for parent in child.parents]
        for row, values in zip(members.rows[1:], people):
            for cell, value in zip(row.cells, values):
                if value:
                    write(cell, value)
        if show_address:
            paragraph(document, f"Address: {', '.join((*child.address_lines, child.postcode))}")
        document.add_paragraph()
        paragraph(document, "The work", bold=True)
        facts = [(reference_label, sample.case_id), *work_rows]
        grid = table(document, len(facts), 2)
        for row, (text, value) in zip(grid.rows, facts):
            label(row.cells[0], text, "EDEDED")
            if value:
                write(row.cells[1], value)
    document.add_paragraph()

    # Part B: how to judge.
    brand_heading(document, parts(1, "Making a judgement"), brand)
    paragraph(document, "Judge each area against what good looks like for a family receiving Early Help, "
                        "then give an overall judgement. Say why in the findings.", italic=True)
    if grades.style == "number":
        paragraph(document, f"Key: {grades.key_line()}", bold=True)
    elif grades.style == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True, size=9)
    elif grades.style == "strike":
        paragraph(document, "Delete (strike through) the judgements that do not apply.", italic=True, size=9)
    elif grades.style == "boxes":
        paragraph(document, "Tick one box.", italic=True, size=9)
    document.add_paragraph()

    # Part C: the six areas.
    brand_heading(document, parts(2, "Areas of practice"), brand)
    remark_prefix = rng.choice(("HoS comment: ", "Head of Service: ", "Moderator: "))
    overall_label = rng.choice(("Overall judgement", "Overall quality of the Early Help work", "Overall grade"))
    overall_in_grid = areas_style == "grid" and rng.random() < 0.5
    if areas_style == "grid":
        grid = table(document, len(AREAS) + 1 + overall_in_grid, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area and prompts", "What the review found", "Judgement")):
            label(cell, text, "DDEBF7")
        for row, section, (_, _, prompts) in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            for prompt in prompts:
                write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{remark_prefix}{remarks[section.name]}", colour=ink)
            grades.write(row.cells[2], section.grade, stacked=True)
        if overall_in_grid:
            last = grid.rows[-1].cells
            label(last[0], overall_label.upper(), "FFF2CC")
            write(last[1], rng.choice(OVERALL_REASONS))
            grades.write(last[2], sample.grade, stacked=True, note=False)
            shade(last[2]._tc, "FFF2CC")
    else:
        for number, (section, (_, _, prompts)) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"{parts.area(number)} {section.name}", bold=True, colour=brand)
            for prompt in prompts:
                paragraph(document, f"\u2022 {prompt}", italic=True, size=9)
            box = table(document, 2 if areas_style == "blocks" else 1, 2)
            label(box.cell(0, 0), rng.choice(("Findings", "Evidence", "What I found")), "F2F2F2")
            write(box.cell(0, 1), section.comment)
            if section.name in remarks:
                write(box.cell(0, 1), f"{remark_prefix}{remarks[section.name]}", colour=ink)
            if areas_style == "blocks":
                label(box.cell(1, 0), "Judgement", "F2F2F2")
                grades.write(box.cell(1, 1), section.grade)
            document.add_paragraph()
        if areas_style == "summary":
            paragraph(document, "Summary of judgements", bold=True)
            summary = table(document, len(AREAS) + 1, 2)
            label(summary.cell(0, 0), "Area", "DDEBF7")
            label(summary.cell(0, 1), "Judgement", "DDEBF7")
            for row, section in zip(summary.rows[1:], sample.sections):
                write(row.cells[0], section.name)
                grades.write(row.cells[1], section.grade, stacked=True, note=False)
    document.add_paragraph()

    # Part D: overall.
    brand_heading(document, parts(3, "Overall judgement and findings"), brand)
    box = None if overall_in_grid else table(document, 1, 1)
    cell = box.cell(0, 0) if box else None
    if box is None:
        paragraph(document, f"{overall_label}: see the last row of the table above.", italic=True, size=9)
    elif grades.style in ("typed", "number") and rng.random() < 0.4:
        write(cell, f"{overall_label}:", bold=True)
        if grades.style == "number":
            write(cell, f"Taking all the areas together I would give this family's Early Help a "
                        f"{grades.numbers[sample.grade]} ({WORDS[sample.grade]}).")
        else:
            write(cell, f"Overall, I judge the quality of Early Help for this family to be "
                        f"{SENTENCE_WORDS[sample.grade]}.")
    else:
        line = write(cell, f"{overall_label}: ", bold=True)
        grades.write(line, sample.grade, note=False)
    if box is not None and rng.random() < 0.5:
        shade(cell._tc, "FFF2CC")
    document.add_paragraph()
    headings = rng.choice((("What is working well", "What needs to be better"),
                           ("Strengths", "Areas for development"),
                           ("What's going well for the family?", "What could be better?")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    side_by_side = rng.random() < 0.35
    if side_by_side:
        pair = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(pair.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for number, item in enumerate(items, start=1):
                write(pair.cell(1, column), f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    if sample.feedback_sought is not None:
        asked = paragraph(document, f"{rng.choice(FEEDBACK_QUESTIONS)}  ", bold=True)
        if sample.feedback_sought:
            run(asked, rng.choice(("Yes – mum said the help had made mornings calmer.", "Yes",
                                   "Yes, recorded at the last review meeting.")))
        else:
            run(asked, rng.choice(("No", "No – not yet asked.", "No, to be done at the next review.")))
    document.add_paragraph()

    # Part E: actions and the step up question.
    brand_heading(document, parts(4, "Actions and safety"), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Responsible", "Timescale"),
                              ("Action", "Owner", "Target date", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        paragraph(document, "Actions agreed with the lead practitioner:", bold=True)
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()
    question = paragraph(document, rng.choice(STEP_UP_QUESTIONS), bold=True)
    if rng.random() < 0.4:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        run(question, f"   Yes {yes}   No {no}")
        if sample.urgent_concern:
            paragraph(document, f"Details: {sample.urgent_concern_detail}")
    elif sample.urgent_concern:
        paragraph(document, f"Yes – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "No – no concerns for the child's safety today.")))
    signed = paragraph(document, "Reviewer: ", bold=True)
    run(signed, f"{sample.auditor}     ")
    run(signed, "Date: ", bold=True)
    run(signed, when(sample.date))
    document.add_paragraph()

    # Part F: moderation.
    _moderation(rng, document, sample, moderation, ink, brand, when, parts)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    born = tuple(born for _, born in household)
    also = (when(child.date_of_birth), *(when(day) for day in born), *(day.isoformat() for day in born))
    if show_address:
        also += (", ".join((*child.address_lines, child.postcode)),)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household), also=also)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when,
                parts: _Parts) -> None:
    heading = parts(5, rng.choice(("Head of Service moderation", "Moderation (Head of Early Help)",
                                   "Quality assurance sign-off")))
    style = rng.choice(("box", "paragraph", "shaded"))
    if moderation is None:
        choice = rng.random()
        if choice < 0.35:
            return
        brand_heading(document, heading, brand)
        if choice < 0.7:
            box = table(document, 4, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated judgement", "Comments")):
                label(row.cells[0], text, "F2F2F2")
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
        else:
            paragraph(document, rng.choice(NOT_MODERATED[:2]), italic=True)
        return
    brand_heading(document, heading, brand)
    role = rng.choice(MODERATOR_ROLES)
    agrees = moderation.grade == sample.grade
    if style == "box":
        rows = [("Moderated by", moderation.moderator), ("Role", role), ("Date", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the reviewer's overall judgement?",
                         rng.choice(("Yes", "Agree")) if agrees else rng.choice(("No", "Disagree – see below"))))
            rows.append(("Moderated judgement", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    elif style == "paragraph":
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated judgement: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
            if not agrees:
                run(line, f" (reviewer's judgement: {WORDS[sample.grade].lower()})", colour=ink)
        paragraph(document, f"{moderation.moderator}, {role} – {when(moderation.date)}", colour=ink, italic=True)
    else:
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        shade(cell._tc, rng.choice(("DEEAF6", "E2EFDA", "EDE2F6")))
        write(cell, f"Moderation by {moderation.moderator} ({role}), {when(moderation.date)}", bold=True, colour=ink)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            line = write(cell, "Moderated grade: ", bold=True, colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
