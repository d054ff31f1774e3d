"""Joint case review record: a safeguarding partnership's joint audit of
one child's case, in which police, health, education and children's social
care each read their own records and then meet to agree findings. A title
block, the case and review details, the agencies taking part with the
person who read each agency's records, each key line of enquiry with what
each agency found, the agreed joint finding and a grade, the overall
grade, the learning (what worked well together, what we need to do better
together), the multi-agency action plan, the question whether anything
needs action today, and the Head of Service's (or partnership chair's)
moderation.

Modelled on Wolverhampton Safeguarding Together, the arrangements the
City of Wolverhampton Council, the clinical commissioning group and West
Midlands Police published in 2019 to replace the Wolverhampton
Safeguarding Children Board: the three partners share accountability,
scrutiny is meant to be less bureaucratic and owned by the partners, and
multi-agency audit of practice is one of the ways the partnership tests
what difference agencies make together. The arrangements describe the
scrutiny, not a form, so the layout is our judgement: the details as a
two-column table, a four-column grid or typed "label: value" lines; the
agencies as a table (agency, who read the records, records seen) or a
sentence; each line of enquiry as a table with one row per agency and a
joint-finding row; grades as a mark under four printed columns, a number
on a printed 1-4 key, the chosen word highlighted among the four, or typed
informally; actions as a table, as numbered lines or a "no actions"
sentence; moderation in the moderator's ink as a closing block or a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, Section
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MARKS,
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
    mark,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "joint_case_review_record"
SEED = 9213

# The form's key lines of enquiry, in the order of the sample's areas, each
# with the question printed under it.
KLOES = (
    ("KLOE 1 – Was the child's need and risk understood by every agency?",
     "Did each agency recognise what was happening for the child and pass it on?"),
    ("KLOE 2 – Did the plan bring agencies together around the child?",
     "Is there one plan that every agency knows, with its own part in it?"),
    ("KLOE 3 – Did agencies share what they knew, when they knew it?",
     "Were referrals, strategy discussions and meetings timely and attended?"),
    ("KLOE 4 – Is the child's lived experience at the centre?",
     "Do the records of all agencies say what the child has said and shown?"),
    ("KLOE 5 – What difference has the partnership made for the child?",
     "Is the child safer and better off now than when agencies became involved?"),
    ("KLOE 6 – Were disagreements escalated and resolved?",
     "Was the escalation protocol used where agencies did not agree?"),
    ("KLOE 7 – Was the family's history and context understood?",
     "Did agencies consider previous involvement and the wider family?"),
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
HIGHLIGHT = "FFFF00"
# People who read each agency's records on the day (invented, and not the lead auditor).
READERS = ("Kerry Ashworth", "Lewis Okafor", "Sam Deakin", "Helen Marsh", "Priya Lal", "Tom Brennan",
           "Jo Whitlock", "Gareth Lowe", "Ruth Kaye", "Mo Siddiq", "Claire Fenn", "Aisha Rahman")
AGENCY_NOTES = (
    "Records show contact at the key points; information was passed on the same day.",
    "Agency held relevant information that was not shared until the strategy discussion.",
    "Attended all core groups and contributed a written report each time.",
    "Limited involvement in the period; records are brief but accurate.",
    "Concerns were recorded but the agency's own escalation route was not followed.",
    "Good chronology kept; the worker knew the child well.",
    "Did not receive minutes of the last two meetings, so tasks were unclear.",
    "Records reflect what the child said at each contact.",
    "Referral made promptly and feedback chased when it did not arrive.",
    "No record of the plan on the agency's own system.",
)
STATUS = ("Child in Need", "Child Protection – neglect", "Child Protection – emotional harm", "Early Help (TAF)",
          "Child Protection – physical harm", "Looked after child")
NO_ACTIONS = ("No multi-agency actions – the panel agreed the current plan addresses everything found.",
              "None agreed: learning to be shared through the partnership briefing only.",
              "No actions arising from this review.")
URGENT_QUESTIONS = (
    "Did the review identify any child at risk of significant harm now who needs action today? "
    "(If yes, the lead auditor informs the allocated Team Manager before the end of the day.)",
    "Immediate safeguarding concerns identified during the review?",
    "Does anything found need escalating today to keep the child safe?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(90, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
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
    return [_form(rng, index, sample) for index, sample in enumerate(chosen[:count])]


def _agencies(sample) -> tuple[str, ...]:
    own = next((field for field in sample.own if field.key == "agencies"), None)
    return tuple(own.written) if own else ()


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grading = rng.choice(("columns", "numbers", "highlight", "typed"))
    details = rng.choice(("table", "grid", "lines"))
    old_names = [section.name for section in sample.sections]
    names = [name for name, _ in KLOES[: len(sample.sections)]]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for name, section in zip(names, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() > 0.35
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, names))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
    agencies = _agencies(sample)
    readers = rng.sample(READERS, len(agencies))

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Joint Case Review Record – version {rng.choice(('2.0', '2.1', '3'))} – OFFICIAL-SENSITIVE",
        size=8)

    # Title block.
    partnership = COUNCIL.removesuffix(" Council")
    paragraph(document, f"{partnership} Safeguarding Children Partnership", bold=True, colour=brand, size=14)
    paragraph(document, council_line(rng), size=9)
    title = rng.choice(("Joint Case Review Record", "Multi-Agency Joint Case Review", "Joint Case Review – Record"))
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=16)
    paragraph(document, "Scrutiny and Assurance Group – multi-agency audit programme", italic=True, size=9)

    # Part A: the case and the review.
    brand_heading(document, "Part A – The case and the review", brand)
    lead = sample.auditor
    if rng.random() < 0.4:
        lead = f"{lead} (Children's Services)"
    rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("Date of birth", "D.O.B.")), when(child.date_of_birth)),
        (rng.choice(("Case number", "Child ID", "Case ref")), sample.case_id),
        ("Address", ", ".join(child.address_lines)) if rng.random() < 0.5 else None,
        ("Parents / carers", " and ".join(child.parents)) if rng.random() < 0.7 else None,
        ("Plan / status at time of review", rng.choice(STATUS)),
        (rng.choice(("Allocated social worker", "Lead social worker", "Social worker")), sample.practitioner),
        ("Team", sample.team) if show_team else None,
        (rng.choice(("Service", "Service area")), sample.service) if show_service else None,
        (rng.choice(("Lead auditor", "Lead auditor (chairing the review)")), lead),
        (rng.choice(("Date of joint review", "Review meeting held", "Date of review")), when(sample.date)),
    ]
    rows = [row for row in rows if row]
    if details == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[2 * (position % 2)], text, "EDEDED")
            write(row.cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Part B: the agencies taking part.
    brand_heading(document, "Part B – Agencies taking part", brand)
    if rng.random() < 0.6:
        grid = table(document, len(agencies) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Agency", "Records read by", "Records seen?")):
            label(cell, text, "DDEBF7")
        for row, agency, reader in zip(grid.rows[1:], agencies, readers):
            write(row.cells[0], agency)
            write(row.cells[1], reader)
            write(row.cells[2], rng.choice(("Yes", "Yes", "Yes – partial")))
    else:
        paragraph(document, "The following agencies read their own records and attended the review meeting: "
                  + "; ".join(agencies) + ".")
    document.add_paragraph()

    # Part C: the key lines of enquiry.
    brand_heading(document, "Part C – Key lines of enquiry", brand)
    _key(document, rng, grading)
    prefix = rng.choice(("Moderator: ", "HoS comment – ", "Chair: "))
    for section, (_, prompt) in zip(sample.sections, KLOES):
        paragraph(document, section.name, bold=True, colour=brand)
        paragraph(document, prompt, italic=True, size=9)
        shown = [agency for agency in agencies if rng.random() < 0.7] or list(agencies[:1])
        grid = table(document, len(shown) + 2, 2)
        for row, agency in zip(grid.rows, shown):
            label(row.cells[0], agency, "F2F2F2")
            write(row.cells[1], rng.choice(AGENCY_NOTES))
        label(grid.rows[len(shown)].cells[0], rng.choice(("Agreed joint finding", "Joint finding")), "E2EFDA")
        write(grid.rows[len(shown)].cells[1], section.comment)
        if section.name in remarks:
            write(grid.rows[len(shown)].cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
        label(grid.rows[len(shown) + 1].cells[0], rng.choice(("Grade for this KLOE", "Grade")), "E2EFDA")
        _grade(rng, document, grid.rows[len(shown) + 1].cells[1], grading, section.grade)
        document.add_paragraph()

    # Part D: overall grade.
    brand_heading(document, "Part D – Overall grade", brand)
    paragraph(document, rng.choice(("Overall, how well did agencies work together to help and protect this child?",
                                     "Overall grade agreed by the review panel")), bold=True)
    box = table(document, 1, 1)
    _grade(rng, document, box.cell(0, 0), grading, sample.grade)
    document.add_paragraph()

    # Part E: learning.
    brand_heading(document, "Part E – Learning", brand)
    headings = rng.choice((("What worked well together", "What we need to do better together"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Learning for the partnership")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "DDEBF7")
            for number, item in enumerate(items, start=1):
                write(grid.cell(1, column), f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # Part F: the action plan.
    brand_heading(document, "Part F – Multi-agency action plan", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Owner", "Target date"), ("What needs to happen", "Who", "By when"),
                              ("Action", "Lead person", "Date due", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"{number}. {action.action} ")
            run(line, f"Owner: {action.owner}. Due: {when(action.due)}.", bold=True)
    document.add_paragraph()

    # Part G: anything needing action today.
    brand_heading(document, "Part G – Immediate concerns", brand)
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, rng.choice(("YES – ", "Yes. ", "Yes: ")) + sample.urgent_concern_detail)
    else:
        paragraph(document, rng.choice(("No", "NO", "No – none identified", "No immediate concerns.")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", also=(when(child.date_of_birth),))


def _key(document, rng: random.Random, grading: str) -> None:
    if grading == "numbers":
        paragraph(document, "Grading key – enter the number: 1 = Outstanding, 2 = Good, "
                            "3 = Requires improvement, 4 = Inadequate", italic=True, size=9)
    elif grading == "highlight":
        paragraph(document, "Highlight the grade agreed by the panel.", italic=True, size=9)
    elif grading == "columns":
        paragraph(document, "Mark the agreed grade in the column.", italic=True, size=9)
    else:
        paragraph(document, "Grades: Outstanding / Good / Requires improvement / Inadequate.", italic=True, size=9)


def _grade(rng: random.Random, document, cell, grading: str, grade: str) -> None:
    """`grade` written into `cell` in the form's style."""
    if grading == "numbers":
        line = write(cell, "Grade (1–4): ", bold=True)
        run(line, str(NUMBERS[grade]), bold=True)
    elif grading == "highlight":
        line = write(cell, "")
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], bold=option == grade, highlight=option == grade)
    elif grading == "columns":
        inner = cell.add_table(rows=2, cols=4)
        inner._tbl.tblStyle_val = "TableGrid"
        symbol = rng.choice(MARKS)
        for column, option in enumerate(ORDER):
            write(inner.cell(0, column), WORDS[option], bold=True, size=8)
            if option == grade:
                mark(inner.cell(1, column), symbol)
    else:
        write(cell, informal_grade(rng, grade, note_chance=0.2))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part H – Head of Service moderation", "Part H – Moderation (Head of Service / Chair)"))
    if moderation is None:
        if rng.random() < 0.5:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "Awaiting moderation.")), italic=True)
        return
    brand_heading(document, heading, brand)
    if rng.random() < 0.5:
        paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, on {when(moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = ("I agree with the panel's overall grade." if moderation.grade == sample.grade
                     else "I do not agree with the panel's overall grade.")
            paragraph(document, agree, colour=ink)
            line = paragraph(document, "Moderated overall grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Moderator", f"{moderation.moderator} (Head of Service)"), ("Date", when(moderation.date))]
        if moderation.grade:
            rows.append(("Panel grade agreed?", "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
