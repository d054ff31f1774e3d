"""Practice quality audit: a team manager's audit of one child's case file,
in the parts of a county council's practice quality audit. First who and
what was audited (the child, the case reference, the social worker, the
team and service, the auditor and the date); then seven areas of practice,
each with what the record showed and a judgement on Ofsted's four-point
scale ("requires improvement to be good" printed in full); the overall
judgement of the quality of practice; what is working well and what needs
to improve; whether the child and family were asked for their views as part
of the audit; whether anything about the child's safety needs escalating
today; the actions, each with who and by when; and the Head of Service's
moderation.

Modelled on Suffolk County Council's children's services as its own page
on the Ofsted Inspection of Local Authority Children's Services (ILACS)
improvement action plan describes them (inspection of 3–7 June 2024: the
impact of leaders on social work practice, the experiences and progress of
children who need help and protection, of children in care and of care
leavers, each judged on the four-point scale, "requires improvement to be
good" overall, with an improvement action plan agreed with Ofsted), and as
the press reported the 2017 and 2024 inspections (plans needing specific
actions and measurable timescales; some cases closed on too little
information). The pages describe judgements and an action plan, not an
audit form, so the form is our own judgement: the lettered parts; the
details as two label-value pairs to a row, as a strip of labels over their
values, or as numbered questions answered underneath; the areas in one
grid or each under its own heading; the judgement as a ticked box among
the four, a word typed as managers type it, a number on a printed 1–4 key,
or the chosen option underlined in bold among the four; the views question
answered with a box or in words; actions as a table, numbered lines or a
"no actions" sentence; the Head of Service's moderation as a labelled box
or typed in a colour of their own under the sign-off, with remarks beside
some areas.
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
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "practice_quality_audit"
SEED = 4271

# The form's own areas of practice, in the order of the sample's seven
# sections, each with the prompt printed under it.
AREAS = (
    ("The child's lived experience and voice",
     "Is it clear what life is like for the child, and have their wishes and feelings shaped the work?"),
    ("Quality of assessment",
     "Is the assessment analytical, up to date and clear about risks and strengths?"),
    ("The child's plan",
     "Does the plan have specific actions and measurable timescales that the family understand?"),
    ("Management oversight and supervision",
     "Is there clear, recorded management direction, and has it been followed?"),
    ("Working with partners",
     "Are the right agencies involved, sharing information and doing what they said?"),
    ("Recording and chronology",
     "Is the record up to date, written to the child, with a current chronology?"),
    ("Impact – is the child's life better?",
     "What difference has our involvement made for the child?"),
)
# The four judgements as the form prints them.
SCALE = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"),
         (REQUIRES_IMPROVEMENT, "Requires improvement to be good"), (INADEQUATE, "Inadequate"))
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director", "early_help_manager": "Early Help Manager"}
PLANS = ("Child in Need", "Child Protection – neglect", "Child Protection – emotional harm",
         "Child Protection – physical harm")
CARE_PLANS = ("Child in Care (s.31)", "Child in Care – s.20", "Child in Care")
VIEWS_YES = ("Yes – spoke to mum by phone; she felt listened to.", "Yes. The young person completed the feedback "
             "form with the SW.", "Yes – both parents contacted and views recorded below.")
VIEWS_NO = ("No – family did not respond to two calls.", "No. Not appropriate at present (court proceedings).",
            "No – the child is too young and parents declined.")
NO_ACTIONS = ("No actions arising from this audit.", "No further actions – practice is good and the plan is on "
              "track.", "Actions: none required.")
NOT_MODERATED = ("Not selected for moderation.", "", "Awaiting moderation")
GRADE_STYLES = ("boxes", "word", "number", "underline")
DETAILS_STYLES = ("pairs", "strip", "questions")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern and not sample.moderation][:2]
    calm = [sample for sample in pool if not sample.urgent_concern]
    comments_only = [sample for sample in calm if sample.moderation and sample.moderation.grade is None][:2]
    changed = [sample for sample in calm if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirmed = [sample for sample in calm if sample.moderation and sample.moderation.grade == sample.grade][:2]
    chosen = urgent + comments_only + changed + confirmed
    chosen += [sample for sample in calm if not sample.moderation][: count - len(chosen)]
    rng.shuffle(chosen)
    # Each way of writing the judgements, the details and the moderation is
    # used on a fair share of the files, in a shuffled order.
    looks = []
    for options in (GRADE_STYLES, DETAILS_STYLES, ("box", "typed")):
        order = [options[position % len(options)] for position in range(count)]
        rng.shuffle(order)
        looks.append(order)
    return [_form(rng, index, sample, today, *(order[index] for order in looks))
            for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _judgement(line, rng: random.Random, grade: str, style: str) -> None:
    """Write a judgement on `line`: boxes with one ticked, a typed word, a
    number on the printed key, or the chosen option underlined in bold among
    the four."""
    if style == "word":
        run(line, informal_grade(rng, grade, note_chance=0.15))
    elif style == "number":
        score = 1 + [value for value, _ in SCALE].index(grade)
        run(line, str(score), bold=True)
        if rng.random() < 0.25:
            run(line, f" ({SCALE[score - 1][1].lower()})")
    elif style == "boxes":
        for position, (value, word) in enumerate(SCALE):
            run(line, ("   " if position else "") + ("\u2612 " if value == grade else "\u2610 ") + word)
    else:  # underlined
        for position, (value, word) in enumerate(SCALE):
            if position:
                run(line, "  /  ")
            chosen = run(line, word, bold=value == grade)
            if value == grade:
                chosen.underline = True


def _key_line(style: str) -> str:
    if style == "number":
        return "Score each area: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate"
    if style == "boxes":
        return "Tick one judgement for each area (\u2612)."
    if style == "underline":
        return "Underline the judgement that applies."
    return "Judgements: Outstanding, Good, Requires improvement to be good, Inadequate."


def _form(rng: random.Random, index: int, sample, today: date, grade_style: str, details_style: str,
          moderation_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    areas_style = rng.choice(("grid", "headed"))
    household = siblings(rng, sample.child, rng.randint(1, 2), today) if rng.random() < 0.4 else []
    old_names = [section.name for section in sample.sections]

    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(AREAS, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.75
    if not show_service:
        changes["service"] = None
    if sample.feedback_sought is None:
        changes["feedback_sought"] = rng.random() < 0.7
    if sample.actions and sample.grade in (OUTSTANDING, GOOD) and not sample.urgent_concern and rng.random() < 0.35:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation and rng.random() < 0.5:
        renamed = dict(zip(old_names, (name for name, _ in AREAS)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), colour=brand, size=9)
    run(header, "\tOFFICIAL – SENSITIVE", bold=True, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Practice Quality Audit tool – version {rng.choice(('3.1', '4', '2024-1'))}", size=8)
    title = rng.choice(("Practice Quality Audit", "PRACTICE QUALITY AUDIT", "Practice Quality Audit – Case File"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Complete within 10 working days. Discuss the audit with the social worker before it is sent to QA.",
        "The audit should be completed with the allocated worker wherever possible (learning conversation).",
    )), italic=True, size=9)

    # A. About the audit.
    brand_heading(document, "A. About this audit", brand)
    auditor = sample.auditor
    role = _role(auditor)
    rows = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        (rng.choice(("LCS number", "Case number", "Child's ID")), sample.case_id),
        (rng.choice(("Social worker", "Allocated worker", "Allocated social worker")), sample.practitioner),
        (rng.choice(("Team", "Team name")), sample.team),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Auditor", "Audited by", "Name of auditor")),
         f"{auditor}, {role}" if role and rng.random() < 0.5 else auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
        (rng.choice(("Plan / legal status", "Current plan")), _plan(rng, sample, today)),
    ]
    if rng.random() < 0.5:
        rows.append(("Parents / carers", ", ".join(child.parents)))
    if household:
        rows.append((rng.choice(("Brothers and sisters", "Siblings")),
                     "; ".join(f"{name} ({when(born)})" for name, born in household)))
    _details(document, rng, rows, details_style, brand)
    document.add_paragraph()

    # B. Areas of practice.
    brand_heading(document, "B. Areas of practice", brand)
    paragraph(document, _key_line(grade_style), italic=True, size=9)
    hos = rng.choice(("HoS comment: ", "HoS – ", "Moderator: "))
    if areas_style == "grid":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", rng.choice(("What the record shows",
                                                                                    "Evidence")),
                                                   "Score" if grade_style == "number" else "Judgement")):
            label(cell, text, "D9E2F3")
        for number, (row, section, (_, prompt)) in enumerate(zip(grid.rows[1:], sample.sections, AREAS), start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{hos}{remarks[section.name]}", colour=ink)
            _judgement(row.cells[2].paragraphs[0], rng, section.grade, grade_style)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"B{number}  {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            box = table(document, 2, 1)
            write(box.cell(0, 0), section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"{hos}{remarks[section.name]}", colour=ink)
            line = box.cell(1, 0).paragraphs[0]
            run(line, "Score: " if grade_style == "number" else "Judgement: ", bold=True)
            _judgement(line, rng, section.grade, grade_style)
    document.add_paragraph()

    # C. Overall.
    brand_heading(document, "C. Overall judgement", brand)
    overall = table(document, 1, 2)
    label(overall.cell(0, 0), rng.choice(("Overall judgement of the quality of practice",
                                          "Overall, the quality of practice for this child is",
                                          "Overall grade")), "F2F2F2")
    _judgement(overall.cell(0, 1).paragraphs[0], rng, sample.grade, grade_style)
    document.add_paragraph()

    # D. Working well / needs to improve.
    brand_heading(document, "D. What is working well and what needs to improve", brand)
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Worries / needs to be better")))
    if rng.random() < 0.5:
        pair = table(document, 2, 2)
        label(pair.cell(0, 0), headings[0], "E2EFD9")
        label(pair.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(pair.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(pair.cell(1, 1), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}")
    document.add_paragraph()

    # E. Views and safety.
    brand_heading(document, "E. The child's and family's views; safety", brand)
    checks = table(document, 4, 2)
    label(checks.cell(0, 0), rng.choice(("Were the child's and family's views sought as part of this audit?",
                                         "Have you asked the child / family for their views for this audit?")),
          "F2F2F2")
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.feedback_sought else ("\u2610", "\u2612")
        write(checks.cell(0, 1), f"Yes {yes}     No {no}")
    else:
        write(checks.cell(0, 1), rng.choice(VIEWS_YES if sample.feedback_sought else VIEWS_NO))
    label(checks.cell(1, 0), "What they said", "F2F2F2")
    if sample.feedback_sought:
        write(checks.cell(1, 1), rng.choice(("Mum said the social worker \"actually listens\" and visits when "
                                             "she says she will.",
                                             "Felt the plan was explained but wants more notice of meetings.",
                                             "Young person said they know who their social worker is and can "
                                             "text them.")))
    label(checks.cell(2, 0), rng.choice(("Is there a concern about the child's safety that must be escalated "
                                         "today?", "Urgent concern requiring immediate action?")), "F2F2F2")
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        write(checks.cell(2, 1), f"Yes {yes}     No {no}")
    else:
        write(checks.cell(2, 1), "YES – see below" if sample.urgent_concern else rng.choice(("No", "None", "N")))
    label(checks.cell(3, 0), "If yes, what was done and who was told", "F2F2F2")
    if sample.urgent_concern_detail:
        write(checks.cell(3, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # F. Actions.
    brand_heading(document, "F. Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "By whom", "By when"), ("What needs to happen", "Who", "Timescale"),
                              ("Action", "Responsible", "Date due")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # G. Sign-off and moderation.
    brand_heading(document, "G. Sign-off", brand)
    signed = table(document, 2, 4)
    label(signed.cell(0, 0), "Auditor", "F2F2F2")
    write(signed.cell(0, 1), auditor)
    label(signed.cell(0, 2), "Date", "F2F2F2")
    write(signed.cell(0, 3), when(sample.date))
    label(signed.cell(1, 0), "Discussed with worker", "F2F2F2")
    write(signed.cell(1, 1), rng.choice(("Yes", "Yes – in supervision", "Not yet")))
    label(signed.cell(1, 2), "Date", "F2F2F2")
    document.add_paragraph()

    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "H. Moderation"))
    if moderation_style == "box" and (moderation or rng.random() < 0.6):
        brand_heading(document, heading, brand, size=11)
        box = table(document, 5, 2)
        labels = ("Moderated by", "Date of moderation", "Do you agree with the auditor's overall judgement?",
                  "Moderated judgement", "Comments")
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else rng.choice(("No", "Disagree")),
                      colour=ink)
                write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(4, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(4, 1), note, italic=True)
    elif moderation:
        brand_heading(document, heading, brand, size=11)
        paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, {when(moderation.date)}.",
                  colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = ("I agree with the overall judgement." if moderation.grade == sample.grade
                     else "I do not agree with the overall judgement.")
            line = paragraph(document, f"{agree} Moderated judgement: ", colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _plan(rng: random.Random, sample, today: date) -> str:
    """The child's plan as the team would hold it: in care for the Children in
    Care service (a Pathway Plan from 16), otherwise in need or protection."""
    if sample.service == "Children in Care" or "Care" in sample.team:
        if (today - sample.child.date_of_birth).days >= 16 * 365:
            return "Care leaver (Pathway Plan)"
        return rng.choice(CARE_PLANS)
    return rng.choice(PLANS)


def _details(document, rng: random.Random, rows, style: str, brand: str) -> None:
    """The details as two label-value pairs to a row, as strips of labels over
    their values, or as numbered questions with the answer underneath."""
    if style == "pairs":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "F2F2F2")
            write(cells[2 * (position % 2) + 1], value)
    elif style == "strip":
        for start in range(0, len(rows), 3):
            chunk = rows[start:start + 3]
            strip = table(document, 2, len(chunk))
            for column, (text, value) in enumerate(chunk):
                label(strip.cell(0, column), text, "DEEAF6")
                write(strip.cell(1, column), value)
    else:
        for number, (text, value) in enumerate(rows, start=1):
            paragraph(document, f"A{number}. {text}", bold=True, size=9)
            paragraph(document, value)
