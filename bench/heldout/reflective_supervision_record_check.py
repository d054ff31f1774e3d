"""Reflective supervision record check: a Head of Service's check of the
quality of the supervision one practitioner receives, read from the
supervision records on the worker's file. The supervisee, supervisor and
team, the records read, five standards of supervision each with the
evidence found and a grade, an overall grade, what is working well and
what would make supervision better, actions (or a sentence saying there
are none), whether the check found a child whose safety needs action
today, the checker's sign-off and a second Head of Service's moderation.

Modelled on what the Institute for Research and Innovation in Social
Services (Iriss, Scotland) publishes about supervision, a body not yet
used (Research in Practice, the British Association of Social Workers,
Social Work England, SCIE and every council whose supervision policy or
audit tool the search found – Cumbria, Shropshire, Nottinghamshire,
Gloucestershire, Havering, Swindon – are named by other families or
council layouts): Iriss Insight 30, "Achieving effective supervision"
(published 9 July 2015, iriss.org.uk), read as its key points and
introduction. It says supervision is an essential part of practice at
every level of an organisation; that effective supervision gives workers
a safe space to reflect on their practice and develop skills and
knowledge; that its delivery depends heavily on the organisational
context; that the limited evidence links good supervision with job
satisfaction, commitment and retention; that its dynamics are complex and
supervisors need support and training; and that the review covers the key
functions of supervision, supervision in integrated settings and in child
protection, the 4 x 4 x 4 model (Wonnacott, 2012) because it promotes
reflective supervision within its organisational context, outcomes-focused
and reflective supervision, and effective supervision skills, with the
emphasis on one-to-one supervision. The four functions named in the
standards (management, support, development, mediation) and the
reflective cycle are the 4 x 4 x 4 model's as the Victorian Government's
"Best practice supervision guidelines – supervision models" page
summarises it (after Morrison 2005), not Iriss's words.

Iriss shows no form, so the layout is our own judgement of what a council
would use: a record check with the council's line in a brand colour (red
among them); details as a strip of labels over values, a two-column table
or tabbed pairs (team off three files, service off five, the period of
records read off three; the checker's role in the same cell on some); the
records read as a table, a grid with the records across the top or one
line; a case followed through from supervision to the child's record on
some, with the child's brothers and sisters named; five standards (the
four functions and the reflective cycle) as cards, one grid or numbered
paragraphs, graded typed informally, by a number on a printed 1-4 key
either way round, the chosen grade highlighted or emboldened among the
four, the others struck through, a mark under four grade columns or a
Word drop-down; the overall grade the same way; findings side by side, as
bullets or one cell a line an item; actions as a table, arrowed lines or
a "no actions" sentence (2); the safety question typed, ticked, struck
through or Y / N (3 yes); the checker's sign-off; the moderating Head of
Service typing in a non-red ink in a five-row box, through the form (a
remark under a standard and a line under the overall grade) or in a
shaded note (4 changing, 3 confirming, 3 comments only), or an empty box,
an "awaiting" note or no section on the rest. No case reference is
printed: the check is about a worker, not one child, and the truth holds
none (the followed-through child is named but not referenced).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade
from bot.samples.people import CHILD_FIRST_NAMES, FAMILY_SURNAMES, HEAD_OF_SERVICE, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    actions_table,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "reflective_supervision_record_check"
SEED = 10030

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The five standards, in the order of the sample's areas: the four functions
# of supervision and the reflective cycle, each with what the checker looks for.
STANDARDS = (
    ("Management function: accountability and case direction",
     "Is each child discussed given a clear direction, with who does what by when, and is the worker's "
     "caseload reviewed?"),
    ("Support function: wellbeing and the emotional impact of the work",
     "Do the records show the supervisor asking how the worker is and noticing the impact of the work?"),
    ("Development function: learning and professional growth",
     "Are learning needs, training and the appraisal objectives revisited and followed up?"),
    ("Mediation function: the worker, the organisation and other agencies",
     "Are resources, workload pressures and working with partners raised and taken forward?"),
    ("The reflective cycle: experience, reflection, analysis and action",
     "Do discussions move from what happened to what it means for the child and then to a plan?"),
)
TITLES = ("Reflective Supervision Record Check", "Supervision Record Check – Quality of Reflective Supervision",
          "Record Check: Reflective Supervision")
INTROS = (
    "Read the last three supervision records on the worker's file. Good supervision gives the worker a safe space "
    "to reflect as well as direction for each child.",
    "This check looks at the quality of supervision, not only whether it happened. Use the four functions and the "
    "reflective cycle below.",
    "Complete one check per supervisee. Records are read on the worker's supervision file; follow one case "
    "discussion through to the child's record if you can.",
)
OVERALL_LABELS = ("Overall grade for the quality of supervision", "Overall judgement",
                  "Overall, the supervision this worker receives is")
KEY_LINES = {OUTSTANDING: "consistently reflective; drives the work with children forward",
             GOOD: "meets the standard; clear direction and support",
             REQUIRES_IMPROVEMENT: "happens but is not reliably reflective or directive",
             INADEQUATE: "missing, irregular or gives no direction"}
TRACKED_NOTES = (
    "The direction given for {name} in the September record was carried out: the visit and the school "
    "meeting are both on the child's record.",
    "{name}'s case was discussed twice; the second record repeats the first action, which had not been done.",
    "The hypothesis about {name}'s behaviour at school was revisited and the plan changed as a result.",
)
URGENT_DETAILS = (
    "The record of {session} notes that {name} said she was left alone overnight; nothing on the child's record "
    "shows this was followed up. Raised with the supervisor and the duty Head of Service the same day.",
    "{name} is recorded in supervision as missing from home twice; no return interview is on file. A strategy "
    "discussion has been requested today.",
    "Supervision on {session} agreed an urgent visit to {name}; five weeks later it has not happened. "
    "Escalated on the day of the check and a visit is booked for tomorrow.",
)
URGENT_QUESTIONS = (
    "Has the check found any child whose safety needs action today?",
    "Is there an urgent safeguarding concern for a child arising from this check?",
    "Did anything in the records need escalating to keep a child safe now?",
)
NO_ACTIONS = ("No actions – supervision is meeting the standard and feedback has been given.",
              "No further actions required at this time.",
              "Nil actions. Findings shared with the supervisor and supervisee.")
ACTION_HEADERS = (("Action", "Who", "By when"), ("What needs to happen", "Lead", "Target date", "Done?"),
                  ("Action agreed", "Responsible", "Timescale"))
AGREE_COMMENTS = ("I have read the supervision records and agree with the grade given.",
                  "A fair check with good evidence. Please share it with the supervisor's own supervisor.")
LOWER_COMMENTS = ("The records do not show case direction for several children; I cannot agree the standard "
                  "is met as the check says.",
                  "Sessions have slipped from four-weekly to every six weeks, which the grade does not reflect.")
RAISE_COMMENTS = ("The reflective discussions are stronger than the check gives credit for; the analysis of "
                  "risk is good.",
                  "Support for the worker's wellbeing is of a high standard and should be recognised.")
REMARK_COMMENTS = ("Please make sure the actions are picked up in the supervisor's own supervision.",
                   "Findings to go to the next practice standards group.")
SECTION_REMARKS = ("HoS: see the September record.", "HoS: a good example, share with the team.",
                   "HoS: pick this up in the supervisor's own supervision.")


def _spread(rng: random.Random, values: list, count: int) -> list:
    values = (values * (count // len(values) + 1))[:count]
    rng.shuffle(values)
    return values


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    heads = sorted({member.name for member in STAFF if member.role == HEAD_OF_SERVICE})
    moderations = (["changing"] * 4 + ["confirming"] * 3 + ["comments"] * 3
                   + ["none"] * max(0, count - 10))[:count]
    rng.shuffle(moderations)
    urgent = _spread(rng, [True] * 3 + [False] * 13, count)
    no_actions = _spread(rng, [True] * 2 + [False] * 14, count)
    tracked = _spread(rng, [True] * 5 + [False] * 11, count)
    team_off = _spread(rng, [True] * 3 + [False] * 13, count)
    service_off = _spread(rng, [True] * 5 + [False] * 11, count)
    period_off = _spread(rng, [True] * 3 + [False] * 13, count)
    grading = _spread(rng, ["typed", "key", "highlight", "bold", "strike", "columns", "dropdown", "typed"], count)
    plan = zip(pool, moderations, urgent, no_actions, tracked, team_off, service_off, period_off, grading)
    return [_form(rng, index, *choices, heads=heads, today=today) for index, choices in enumerate(plan)]


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return ORDER[1]
    if position == len(ORDER) - 1:
        return ORDER[-2]
    return ORDER[position + rng.choice((-1, 1))]


def _form(rng: random.Random, index: int, sample, moderated: str, urgent: bool, no_actions: bool,
          tracked: bool, team_off: bool, service_off: bool, period_off: bool, grading: str, *,
          heads: list[str], today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    details_shape = rng.choice(("strip", "two", "tabbed"))
    records_shape = rng.choice(("table", "across", "line"))
    standards_shape = rng.choice(("cards", "grid", "numbered"))
    findings_shape = rng.choice(("side", "bullets", "cell"))
    urgent_shape = rng.choice(("typed", "boxes", "strike", "yn"))
    moderation_shape = rng.choice(("box", "through", "note"))
    key_reversed = rng.random() < 0.4
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    named: list[str] = []
    written_births: list[str] = []

    # What the form shows decides what the truth holds.
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(STANDARDS, sample.sections)),
                     "urgent_question": True}
    if team_off:
        changes["team"] = None
    if service_off:
        changes["service"] = None
    if period_off:
        changes["own"] = tuple(field for field in sample.own if field.key != "period_covered")
    if urgent:
        child = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        named.append(child)
        changes.update(urgent_concern=True, urgent_concern_detail=rng.choice(URGENT_DETAILS).format(
            name=child.split()[0], session=when(sessions[-1])))
    if no_actions:
        changes["actions"] = ()
    if moderated != "none":
        moderator = rng.choice([head for head in heads if head != sample.auditor])
        moderated_on = min(today, sample.date + timedelta(days=rng.randint(2, 10)))
        if moderated == "comments":
            grade, comments = None, REMARK_COMMENTS
        elif moderated == "confirming":
            grade, comments = sample.grade, AGREE_COMMENTS
        else:
            grade = _nearby(rng, sample.grade)
            comments = LOWER_COMMENTS if ORDER.index(grade) > ORDER.index(sample.grade) else RAISE_COMMENTS
        remarks = {}
        if moderation_shape == "through":
            remarks = {STANDARDS[rng.randrange(len(STANDARDS))][0]: rng.choice(SECTION_REMARKS)}
        changes["moderation"] = Moderation(moderator, moderated_on, tuple(rng.sample(comments, rng.randint(1, 2))),
                                           remarks, grade)
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = new_document(rng, landscape=standards_shape == "grid" and grading == "columns")
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), colour=brand, size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Supervision record check v{rng.choice(('1.2', '2', '2.1'))} – OFFICIAL-SENSITIVE when complete",
        size=8)
    title = rng.choice(TITLES)
    paragraph(document, title.upper() if rng.random() < 0.35 else title, bold=True, size=16, colour=brand)
    paragraph(document, rng.choice(INTROS), italic=True, size=9)

    # 1. Details.
    brand_heading(document, rng.choice(("1. Who and what was checked", "Section 1 – Details")), brand)
    checker = sample.auditor
    if rng.random() < 0.4:
        checker = rng.choice((f"{checker} (Head of Service)", f"{checker}, HoS"))
    details = [(rng.choice(("Supervisee", "Worker supervised", "SW / practitioner")), sample.practitioner),
               (rng.choice(("Supervisor", "Supervising manager", "Line manager")), supervisor)]
    if sample.team:
        details.append((rng.choice(("Team", "Team name")), sample.team))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [(rng.choice(("Checked by", "Record check completed by", "Checker")), checker),
                (rng.choice(("Date of check", "Date checked", "Date")), when(sample.date))]
    if not period_off:
        details.append((rng.choice(("Period of records read", "Records covering", "Period checked")), period))
    if details_shape == "strip":
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            grid = table(document, 2, len(chunk))
            for column, (text, value) in enumerate(chunk):
                label(grid.cell(0, column), text, "E7E6E6")
                write(grid.cell(1, column), value)
    elif details_shape == "two":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for start in range(0, len(details), 2):
            line = paragraph(document)
            for position, (text, value) in enumerate(details[start:start + 2]):
                if position:
                    run(line, "\t\t")
                run(line, f"{text}:\t", bold=True)
                run(line, value)
    document.add_paragraph()

    # 2. The records read.
    brand_heading(document, rng.choice(("2. Supervision records read", "Section 2 – Records on file")), brand)
    kinds = [rng.choice(("1:1", "1:1", "1:1 (Teams)")) for _ in sessions]
    if records_shape == "table":
        grid = table(document, len(sessions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Date of supervision", "Type", "Agenda agreed?",
                                                   "Signed by both?")):
            label(cell, text, "DEEAF6")
        for row, day, kind in zip(grid.rows[1:], sessions, kinds):
            write(row.cells[0], when(day))
            write(row.cells[1], kind)
            write(row.cells[2], rng.choice(("Yes", "Yes", "Partly")))
            write(row.cells[3], rng.choice(("Yes", "Y", "Supervisor only")))
    elif records_shape == "across":
        grid = table(document, 4, len(sessions) + 1)
        for row, text in zip(grid.rows, ("Record", "Date held", "Length", "Cases discussed")):
            label(row.cells[0], text, "DEEAF6")
        for column, day in enumerate(sessions, start=1):
            label(grid.cell(0, column), f"Record {column}", "DEEAF6")
            write(grid.cell(1, column), when(day))
            write(grid.cell(2, column), rng.choice(("1 hr", "1.5 hrs", "90 mins", "2 hrs")))
            write(grid.cell(3, column), str(rng.randint(4, 11)))
    else:
        line = paragraph(document, rng.choice(("Records read (dates of supervision): ", "Sessions read: ")),
                         bold=True)
        run(line, "; ".join(when(day) for day in sessions))
    if tracked:
        child = invent_child(rng, today)
        brothers = siblings(rng, child, rng.randint(1, 2), today)
        named += [child.full_name, *(name for name, _ in brothers)]
        paragraph(document, rng.choice(("Case followed through to the child's record",
                                        "Case discussion tracked")), bold=True)
        grid = table(document, 3, 2)
        label(grid.cell(0, 0), "Child", "F2F2F2")
        write(grid.cell(0, 1), child.full_name)
        label(grid.cell(1, 0), rng.choice(("Brothers and sisters", "Siblings", "Other children in the household")),
              "F2F2F2")
        listed = []
        for name, born in brothers:
            if rng.random() < 0.5:
                written_births += [when(born), born.isoformat()]
                listed.append(f"{name} ({when(born)})")
            else:
                listed.append(name)
        write(grid.cell(1, 1), ", ".join(listed))
        label(grid.cell(2, 0), "What the record shows", "F2F2F2")
        write(grid.cell(2, 1), rng.choice(TRACKED_NOTES).format(name=child.first_name))
    document.add_paragraph()

    # 3. The standards.
    brand_heading(document, rng.choice(("3. Standards of supervision", "Section 3 – The four functions and the "
                                                                       "reflective cycle")), brand)
    key = {grade: (len(ORDER) - position if key_reversed else position + 1) for position, grade in enumerate(ORDER)}
    if grading == "key":
        paragraph(document, "Grade each standard using the key:", italic=True)
        grid = table(document, 1, 4)
        for cell, grade in zip(grid.rows[0].cells, sorted(ORDER, key=lambda option: key[option])):
            write(cell, f"{key[grade]} = {WORDS[grade]}", bold=True)
            write(cell, KEY_LINES[grade], size=8)
    elif grading in ("highlight", "bold"):
        paragraph(document, f"{'Highlight' if grading == 'highlight' else 'Embolden'} the grade that applies.",
                  italic=True)
    elif grading == "strike":
        paragraph(document, "Delete (strike through) the grades that do not apply.", italic=True)
    elif grading == "dropdown":
        paragraph(document, "Choose a grade from the list for each standard.", italic=True)

    def grade_into(cell_paragraph, grade: str, *, overall: bool = False) -> None:
        if grading == "typed":
            run(cell_paragraph, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25))
        elif grading == "key":
            number = key[grade]
            run(cell_paragraph, str(number) if rng.random() < 0.6 else f"{number} – {WORDS[grade]}", bold=True)
        elif grading == "dropdown":
            content_dropdown(cell_paragraph._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                             alias="Grade")
        else:
            for position, option in enumerate(ORDER):
                if position:
                    run(cell_paragraph, " / " if grading == "strike" else "   ")
                chosen = option == grade
                run(cell_paragraph, WORDS[option], highlight=chosen and grading == "highlight",
                    bold=chosen and grading in ("bold", "highlight"), strike=not chosen and grading == "strike")

    def columns_row(grid, row: int, first: int, grade: str) -> None:
        for offset, (option, _) in enumerate(columns):
            if option == grade:
                mark(grid.cell(row, first + offset), symbol)

    remarks = moderation.section_comments if moderation else {}
    if standards_shape == "grid":
        width = 3 + (4 if grading == "columns" else 1)
        grid = table(document, len(sample.sections) + 1, width)
        head = ["Standard", "What we look for", "Evidence from the records"]
        head += [text for _, text in columns] if grading == "columns" else ["Grade"]
        for cell, text in zip(grid.rows[0].cells, head):
            label(cell, text, "D9E2F3")
        for row, (section, (_, prompt)) in enumerate(zip(sample.sections, STANDARDS), start=1):
            write(grid.cell(row, 0), section.name, bold=True)
            write(grid.cell(row, 1), prompt, italic=True, size=8)
            write(grid.cell(row, 2), section.comment)
            if section.name in remarks:
                write(grid.cell(row, 2), remarks[section.name], colour=ink)
            if grading == "columns":
                columns_row(grid, row, 3, section.grade)
            else:
                grade_into(grid.cell(row, 3).paragraphs[0], section.grade)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, STANDARDS), start=1):
            if standards_shape == "cards":
                card = table(document, 4 if grading != "columns" else 5, 2)
                top = card.cell(0, 0).merge(card.cell(0, 1))
                write(top, section.name, bold=True, colour="FFFFFF")
                shade(top._tc, brand)
                label(card.cell(1, 0), "What we look for", "F2F2F2")
                write(card.cell(1, 1), prompt, italic=True, size=9)
                label(card.cell(2, 0), "Evidence from the records", "F2F2F2")
                write(card.cell(2, 1), section.comment)
                if section.name in remarks:
                    write(card.cell(2, 1), remarks[section.name], colour=ink)
                if grading == "columns":
                    card.cell(3, 0).merge(card.cell(3, 1))
                    marks = card.cell(4, 0).merge(card.cell(4, 1))
                    label(card.cell(3, 0), "Grade", "F2F2F2")
                    inner = marks.add_table(2, 4)
                    inner._tbl.tblStyle_val = "TableGrid"
                    for column, (_, text) in enumerate(columns):
                        label(inner.cell(0, column), text, "F2F2F2")
                    columns_row(inner, 1, 0, section.grade)
                else:
                    label(card.cell(3, 0), "Grade", "F2F2F2")
                    grade_into(card.cell(3, 1).paragraphs[0], section.grade)
            else:
                paragraph(document, f"3.{number} {section.name}", bold=True, colour=brand)
                paragraph(document, prompt, italic=True, size=9)
                line = paragraph(document, "Evidence: ", bold=True)
                run(line, section.comment)
                if section.name in remarks:
                    paragraph(document, remarks[section.name], colour=ink)
                if grading == "columns":
                    marks = table(document, 2, 4)
                    for column, (_, text) in enumerate(columns):
                        label(marks.cell(0, column), text, "F2F2F2")
                    columns_row(marks, 1, 0, section.grade)
                else:
                    grade_into(paragraph(document, "Grade: ", bold=True), section.grade)
            document.add_paragraph()

    # 4. Overall.
    brand_heading(document, rng.choice(("4. Overall grade", "Section 4 – Overall judgement")), brand)
    overall = rng.choice(OVERALL_LABELS)
    if grading == "columns":
        paragraph(document, f"{overall}:", bold=True)
        marks = table(document, 2, 4)
        for column, (_, text) in enumerate(columns):
            label(marks.cell(0, column), text, "F2F2F2")
        columns_row(marks, 1, 0, sample.grade)
        overall_cell = None
    else:
        box = table(document, 1, 1)
        overall_cell = box.cell(0, 0)
        grade_into(write(overall_cell, f"{overall}: ", bold=True), sample.grade, overall=True)
    if moderation and moderation_shape == "through" and moderation.grade:
        text = (f"HoS: {informal_grade(rng, moderation.grade)}" if moderation.grade != sample.grade
                else f"HoS: agreed – {WORDS[moderation.grade]}")
        if overall_cell is not None:
            write(overall_cell, text, colour=ink, bold=True)
        else:
            paragraph(document, text, colour=ink, bold=True)
    document.add_paragraph()

    # 5. Findings.
    brand_heading(document, rng.choice(("5. Findings", "Section 5 – What we found")), brand)
    headings = rng.choice((("What is working well in supervision", "What would make supervision better"),
                           ("Strengths", "Areas for development"),
                           ("What's working well?", "What needs to change?")))
    pairs = tuple(zip(headings, (sample.strengths, sample.development_areas)))
    if findings_shape == "side":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(pairs):
            label(grid.cell(0, column), heading, "E2EFDA")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    elif findings_shape == "bullets":
        numbered = rng.random() < 0.5
        for heading, items in pairs:
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}" if numbered else f"- {item}")
    else:
        for heading, items in pairs:
            grid = table(document, 2, 1)
            label(grid.cell(0, 0), heading, "E2EFDA")
            write(grid.cell(1, 0), "\n".join(items))
    document.add_paragraph()

    # 6. Actions.
    brand_heading(document, rng.choice(("6. Actions", "Section 6 – Actions agreed")), brand)
    if sample.actions and rng.random() < 0.45:
        for action in sample.actions:
            paragraph(document, f"\u2192 {action.action} – {action.owner} – by {when(action.due)}")
    else:
        actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    document.add_paragraph()

    # 7. Safety.
    brand_heading(document, rng.choice(("7. Child safety", "Section 7 – Urgent concerns")), brand)
    line = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    yes = sample.urgent_concern
    if urgent_shape == "boxes":
        line = paragraph(document)
        run(line, f"{CHECKED_BOX if yes else UNCHECKED_BOX} Yes     {UNCHECKED_BOX if yes else CHECKED_BOX} No")
    elif urgent_shape == "strike":
        line = paragraph(document)
        run(line, "YES", strike=not yes, bold=yes)
        run(line, " / ")
        run(line, "NO", strike=yes, bold=not yes)
    elif urgent_shape == "yn":
        run(line, "Y" if yes else "N")
    else:
        run(line, rng.choice(("Yes", "YES")) if yes else rng.choice(("No", "No.", "No – none found")))
    if yes:
        paragraph(document, f"Details and who was told: {sample.urgent_concern_detail}")
    document.add_paragraph()

    # 8. Sign-off.
    brand_heading(document, rng.choice(("8. Sign-off", "Section 8 – Completed by")), brand)
    grid = table(document, 2, 2)
    label(grid.cell(0, 0), "Signed (checker)", "F2F2F2")
    write(grid.cell(0, 1), sample.auditor)
    label(grid.cell(1, 0), "Feedback given to supervisor and supervisee?", "F2F2F2")
    write(grid.cell(1, 1), rng.choice(("Yes", "Yes – in person", "Yes, by email")))
    document.add_paragraph()

    # 9. Moderation.
    heading = rng.choice(("9. Head of Service moderation", "Moderation (second Head of Service)"))
    if moderation is None:
        chance = rng.random()
        if chance < 0.4:
            brand_heading(document, heading, brand)
            moderation_box(document, rng, sample, None, labels=_BOX_LABELS, agree=("Yes", "No"),
                           not_moderated=("", "Awaiting moderation.", "Not sampled for moderation this month."),
                           ink=ink, when=when)
        elif chance < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Moderation: awaiting.", "To be moderated at the next panel.")),
                      italic=True)
    elif moderation_shape == "box":
        brand_heading(document, heading, brand)
        moderation_box(document, rng, sample, moderation, labels=_BOX_LABELS, agree=("Yes", "No – see below"),
                       not_moderated=("",), ink=ink, when=when)
    else:
        brand_heading(document, heading, brand)
        cell = table(document, 1, 1).cell(0, 0)
        if moderation_shape == "note":
            shade(cell._tc, "F2F2F2")
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade and moderation_shape == "note":
            if moderation.grade == sample.grade:
                write(cell, f"I agree the overall grade of {WORDS[moderation.grade]}.", colour=ink, bold=True)
            else:
                write(cell, f"Moderated grade: {informal_grade(rng, moderation.grade)} (checker's: "
                            f"{WORDS[sample.grade]})", colour=ink, bold=True)
        write(cell, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(named),
                    also=tuple(written_births))


_BOX_LABELS = ("Moderated by", "Date moderated", "Do you agree with the overall grade?", "Moderated grade",
               "Head of Service comments")
