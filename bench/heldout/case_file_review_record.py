"""Case file review record: a team manager's review of one child's case
file. The child and the case first (name, date of birth, the case
reference, the plan the child is on, the allocated social worker, team and
service, who reviewed the file and when), then seven areas of practice,
each with the evidence the manager found and a grade, whether the child's
and family's views were sought for the review, the overall grade, "what is
working well" and "what needs to improve", the actions with who and by
when, the question whether anything seen needs escalating today, and the
Head of Service's moderation.

Modelled on Calderdale Metropolitan Council's children's services as
Ofsted's inspection report of 2015 describes them (inspection 13 January –
4 February 2015, published 20 March 2015: an overall judgement of
"requires improvement", judged in parts – children who need help and
protection, children looked after, leadership, management and governance –
each on the four grades, with the authority's strengths and "what does the
local authority need to improve?" set out apart, and a summary written
for children and young people). The report shows no audit form, so the
layout is our own judgement of how a council that reads itself against
those judgements would have its managers record a file review: the areas
follow the report's lines of judgement, the strengths and the
improvements are two lists as in the report, and the file closes with a
few lines to the child. What varies: the details as a four-column grid, a
two-column table or typed lines; the areas as one table or as a block
each; the grade typed as a word, as a number on a printed key, as a mark
under four columns, or highlighted or left standing among the four with
the others struck through; dates in one person's spelling; plain and
prefixed case references; actions as a table, as numbered lines or a "no
actions" sentence; the Head of Service's moderation as a box in a colour
of their own or as lines typed in that colour under the overall grade.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, Section
from bot.samples.forms import CASE_FILE_AUDIT
from bot.samples.population import sample_forms

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

FAMILY = "case_file_review_record"
SEED = 5813

# The council's areas of practice, in place of the sample's seven (by position).
AREAS = (
    ("Seeing and hearing the child", "Is the child seen, alone where appropriate, and does the record show what "
                                     "life is like for them?"),
    ("Understanding risk and need", "Is the assessment current, analytical and clear about risk?"),
    ("The plan and its progress", "Is the plan SMART, reviewed on time and making a difference?"),
    ("Management grip and supervision", "Is there evidence of management direction and reflective "
                                        "supervision on file?"),
    ("Working with partners", "Are other agencies involved, sharing information and doing what the plan "
                              "asks of them?"),
    ("The child's record", "Is the chronology up to date, are case notes timely and would the child understand "
                           "what is written about them?"),
    ("Difference made for the child", "What has changed for the child since we became involved?"),
)
GRADE_WORDS = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
               (INADEQUATE, "Inadequate"))
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
PLANS = ("Child in Need", "Child Protection – neglect", "Child Protection – emotional harm", "Looked after (s.20)",
         "Looked after – interim care order", "Child Protection – physical harm", "Child in Need (disability)")
NO_ACTIONS = ("No actions – the plan already covers the points above.",
              "No further actions from this review; to be picked up in supervision as usual.",
              "None required at this time.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "N/A")
VIEWS_YES = ("Mum spoken to by phone on the day of the review; she feels listened to by the social worker.",
             "The young person's views were gathered by the SW during a visit and are reflected above.",
             "Parents contacted and gave feedback – positive about the support but frustrated at changes of worker.")
VIEWS_NO = ("Not sought – family unavailable within the review window.",
            "Not sought; the family asked not to be contacted while proceedings are ongoing.",
            "No – attempted twice by phone, no answer.")
TO_CHILD = ("I have read your file and can see that your social worker visits you regularly and writes down what you "
            "tell them. We want to make sure your plan keeps working for you.",
            "I have looked at the records we keep about you. Some things are going well and some things we need to "
            "do better, and I have asked your social worker to do them.",
            "Your social worker has written down what you told us about home and school. I have asked for your plan "
            "to be updated so it says what will happen next.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(160, seed=SEED, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    calm = [sample for sample in pool if not sample.urgent_concern]
    comments_only = [s for s in calm if s.moderation and s.moderation.grade is None][:2]
    changed = [s for s in calm if s.moderation and s.moderation.grade and s.moderation.grade != s.grade][:3]
    confirmed = [s for s in calm if s.moderation and s.moderation.grade == s.grade][:2]
    plain = [s for s in calm if not s.moderation][: count - 9]
    chosen = urgent + comments_only + changed + confirmed + plain
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _grade(cell_or_paragraph, rng: random.Random, grade: str, style: str, *, note_chance: float = 0.0,
           colour: str | None = None) -> None:
    """A grade as the form's style writes it into a cell (or a paragraph)."""
    if hasattr(cell_or_paragraph, "paragraphs"):
        line = cell_or_paragraph.paragraphs[-1]
        if line.text:
            line = cell_or_paragraph.add_paragraph()
    else:
        line = cell_or_paragraph
    if style == "word":
        run(line, informal_grade(rng, grade, note_chance=note_chance), bold=True, colour=colour)
    elif style == "number":
        run(line, NUMBERS[grade], bold=True, colour=colour)
    else:
        for position, (value, word) in enumerate(GRADE_WORDS):
            if position:
                run(line, "  /  ")
            if value == grade:
                run(line, word, bold=True, highlight=style == "highlight", colour=colour)
            else:
                run(line, word, strike=style == "strike")


def _details(document, rng: random.Random, rows, style: str) -> None:
    if style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "EDEDED")
            write(cells[2 * (position % 2) + 1], value)
    elif style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    else:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grade_style = rng.choice(("word", "word", "number", "columns", "highlight", "strike"))
    details_style = rng.choice(("grid", "table", "lines"))
    areas_as_table = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    old_names = [section.name for section in sample.sections]

    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(AREAS, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.2:
        changes["service"] = None  # this version of the form has no service row
    if sample.feedback_sought is None:
        changes["feedback_sought"] = rng.random() < 0.7  # this form always asks
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and not sample.urgent_concern and sample.grade != INADEQUATE and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(zip(old_names, (name for name, _ in AREAS)))
    remarks = {}
    if moderation and rng.random() < 0.6:
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, f"{COUNCIL} – Children and Families", bold=True, colour=brand)
    run(header, "\tOFFICIAL – SENSITIVE (when completed)")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Case file review record – QA & Performance – v{rng.choice(('2.1', '3', '3.2'))}", size=8)
    title = rng.choice(("Case File Review Record", "CASE FILE REVIEW RECORD", "Case File Review – Manager's Record"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "To be completed by the team manager within 10 working days of the case being selected. "
                        "Send the completed record to the QA mailbox; the Head of Service moderates a sample.",
              italic=True, size=8)

    # A. About the child and the case.
    brand_heading(document, "Part A – About the child and the case", brand)
    rows = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        (rng.choice(("Case reference", "Mosaic ID", "Child ID")), sample.case_id),
        (rng.choice(("Current plan / legal status", "Status")), rng.choice(PLANS)),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents)),
    ]
    if rng.random() < 0.4:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if household:
        rows.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in household)))
    rows += [
        (rng.choice(("Allocated social worker", "Social worker", "Case holder")), sample.practitioner),
        (rng.choice(("Team", "Team name")), sample.team),
    ]
    if sample.service:
        rows.append((rng.choice(("Service area", "Service")), sample.service))
    rows += [
        (rng.choice(("Reviewed by", "Reviewing manager", "Auditor")), sample.auditor),
        (rng.choice(("Date of review", "Date file reviewed", "Date completed")), when(sample.date)),
    ]
    _details(document, rng, rows, details_style)
    document.add_paragraph()

    # B. The areas of practice.
    brand_heading(document, "Part B – Areas of practice", brand)
    key = "Grades: Outstanding / Good / Requires improvement / Inadequate"
    if grade_style == "number":
        key = "Grade each area 1 – 4:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"
    elif grade_style == "highlight":
        key += " (highlight)"
    elif grade_style == "strike":
        key += " (delete those that do not apply)"
    elif grade_style == "columns":
        key = "Mark the grade for each area in the columns"
    paragraph(document, key, italic=True)
    prefix = rng.choice(("HoS: ", "Moderator – ", ""))
    mark = rng.choice(("X", "\u2713", "x"))
    if areas_as_table:
        if grade_style == "columns":
            grid = table(document, len(sample.sections) + 1, 6)
            heads = ("Area", "Evidence", "O", "G", "RI", "I")
        else:
            grid = table(document, len(sample.sections) + 1, 3)
            heads = ("Area of practice", "What the file shows (evidence)", "Grade")
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, brand, colour="FFFFFF")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink, italic=True)
            if grade_style == "columns":
                column = 2 + [value for value, _ in GRADE_WORDS].index(section.grade)
                write(row.cells[column], mark, bold=True)
            else:
                _grade(row.cells[2], rng, section.grade, grade_style, note_chance=0.15)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
            if grade_style == "columns":
                strip = table(document, 2, 4)
                for position, (value, word) in enumerate(GRADE_WORDS):
                    label(strip.cell(0, position), word, "EDEDED")
                    if value == section.grade:
                        write(strip.cell(1, position), mark, bold=True)
            else:
                line = paragraph(document)
                run(line, "Grade: ", bold=True)
                _grade(line, rng, section.grade, grade_style, note_chance=0.15)
        document.add_paragraph()

    # C. The child's and family's views.
    brand_heading(document, "Part C – Views of the child and family", brand)
    question = rng.choice(("Were the child's and family's views sought as part of this review?",
                           "Have you sought feedback from the child / family for this review?"))
    views = table(document, 2, 2)
    label(views.cell(0, 0), question, "EDEDED")
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.feedback_sought else ("\u2610", "\u2612")
        write(views.cell(0, 1), f"Yes {yes}    No {no}")
    else:
        write(views.cell(0, 1), rng.choice(("Yes", "YES", "Y")) if sample.feedback_sought
              else rng.choice(("No", "NO", "N")))
    label(views.cell(1, 0), "What did they say? / why not?", "EDEDED")
    write(views.cell(1, 1), rng.choice(VIEWS_YES if sample.feedback_sought else VIEWS_NO))
    document.add_paragraph()

    # D. Overall grade.
    brand_heading(document, "Part D – Overall grade for the case", brand)
    overall = table(document, 1, 2)
    label(overall.cell(0, 0), rng.choice(("Overall grade", "Overall judgement of the quality of practice",
                                          "Overall grade (manager)")), "EDEDED")
    if grade_style == "columns":
        write(overall.cell(0, 1), informal_grade(rng, sample.grade), bold=True)
    else:
        _grade(overall.cell(0, 1), rng, sample.grade, grade_style)
    moderation_inline = moderation is not None and rng.random() < 0.4
    if moderation_inline:
        line = paragraph(document)
        run(line, f"Moderated by {moderation.moderator}, Head of Service, {when(moderation.date)}. ", colour=ink,
            bold=True)
        for comment in moderation.comments:
            run(line, f"{comment} ", colour=ink)
        if moderation.grade:
            line = paragraph(document)
            agrees = moderation.grade == sample.grade
            run(line, "Grade agreed: " if agrees else "Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    document.add_paragraph()

    # E. Working well / needs to improve.
    brand_heading(document, "Part E – Summary", brand)
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Strengths of the practice", "What needs to happen to be good (or better)")))
    if rng.random() < 0.5:
        summary = table(document, 2, 2)
        label(summary.cell(0, 0), headings[0], "E2EFD9")
        label(summary.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(summary.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(summary.cell(1, 1), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"- {item}")
    document.add_paragraph()

    # F. Actions.
    brand_heading(document, "Part F – Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Action", "Who", "By when", "Done?")):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # G. Escalation.
    brand_heading(document, "Part G – Does anything need escalating today?", brand)
    urgent = table(document, 2, 2)
    label(urgent.cell(0, 0), rng.choice(("Is the child at risk of significant harm that is not being responded to?",
                                         "Did the review identify an immediate safeguarding concern?")), "EDEDED")
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        write(urgent.cell(0, 1), f"Yes {yes}    No {no}")
    else:
        write(urgent.cell(0, 1), rng.choice(("YES – see below", "Yes")) if sample.urgent_concern
              else rng.choice(("No", "No concerns requiring escalation")))
    label(urgent.cell(1, 0), "If yes: what was done and who was told (same day)", "EDEDED")
    if sample.urgent_concern_detail:
        write(urgent.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # H. To the child.
    if rng.random() < 0.6:
        brand_heading(document, "Part H – A few lines to the child", brand)
        paragraph(document, f"Dear {child.first_name}, {rng.choice(TO_CHILD)}")
        document.add_paragraph()

    # Moderation.
    if not moderation_inline:
        brand_heading(document, rng.choice(("Head of Service moderation", "Moderation (Head of Service)")), brand)
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                written = informal_grade(rng, moderation.grade)
                if moderation.grade == sample.grade:
                    written = rng.choice((f"{written} – agreed", f"Agree – {written}", written))
                write(box.cell(2, 1), written, colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))
