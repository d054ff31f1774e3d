"""Case audit checklist: a team manager's audit of one child's case file,
set out as a checklist. The child and case details, then each area of
practice as a short list of checks ticked Yes / Partly / No, the auditor's
evidence and the area's grade; the overall grade for the case; what is
working well and what needs to develop; actions with who and by when;
whether the child's and family's views were sought for the audit; the
immediate-concern question; and the Head of Service's moderation.

Modelled on the London Borough of Bromley's children's social care as the
council described its improvement after Ofsted's 2016 inspection: the
"Roadmap to Excellence" ("Getting to the Heart of Practice": purposeful
direct work and time with children and families, treating families with
respect, good quality management support and clear direction), the
council's news release "Bromley steps up progress in children's social
care" (29 November 2017: senior managers with a good grip, and as cases are
audited, findings specific and measurable with an increasing focus on
positive outcomes for children) and the published account of the 2018
re-inspection (direct work with children a significant strength, better
plans, assessments engaging parents and extended family). None of these
shows a form, so the layout is our own judgement: the details as a
four-column grid, as "label: value" lines or as two small tables (the
child, the audit); each area's checks as a tick grid; the grade typed as a
word, as a number on a printed 1–4 key, as the four grades with the chosen
one highlighted, or as a mark under four grade columns; strengths and
development areas as bullets or side by side in a table; actions as a
table, as numbered lines or a "no actions" sentence; and the moderation
typed in the Head of Service's colour as a signed-off box or as lines
under a heading, with remarks under the areas they read.
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
    mark,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "case_audit_checklist"
SEED = 9253

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
NUMBERS = {grade: number for number, grade in enumerate(ORDER, start=1)}

# The checklist's areas, in the order of the sample's areas
# (one list per audit tool the sample was drawn for), each with its checks.
AREAS = {
    "Full Case File Audit Tool": (
        ("Time with the child and their voice",
         ("Child seen (and seen alone where appropriate) within timescales?",
          "Direct work on file, in the child's own words?",
          "Child's wishes and feelings shape the plan?")),
        ("Quality of the assessment",
         ("Assessment completed on time and up to date?",
          "Both parents and the wider family engaged?",
          "Analysis explains the risks and what needs to change?")),
        ("The plan for the child",
         ("Plan is SMART (who, what, by when)?",
          "Family have a copy and understand it?")),
        ("Management grip and supervision",
         ("Supervision recorded in line with the policy?",
          "Management decisions give clear direction and timescales?")),
        ("Working with partners",
         ("School, health and police involved and sharing information?",
          "Core groups / network meetings held and recorded?")),
        ("Recording and chronology",
         ("Chronology current and meaningful?",
          "Case notes up to date and written respectfully?")),
        ("Positive outcomes for the child",
         ("Evidence that the child's circumstances have improved?",
          "Drift or delay avoided?")),
    ),
    "Case Review Audit Tool 2025": (
        ("Working alongside families",
         ("Family involved in decisions about them?",
          "Strengths of the family recognised?")),
        ("Respectful, plain recording",
         ("Records written as if the child will read them?",
          "Free of jargon and judgemental language?")),
        ("Leadership and management direction",
         ("Management oversight at each key decision?",
          "Supervision reflective and moving the work on?")),
        ("Hearing the child",
         ("Child seen regularly and alone where appropriate?",
          "Child's views recorded and acted on?")),
        ("Relationships with the child and family",
         ("Worker knows the child well?",
          "Purposeful direct work evident?")),
        ("Family history and the wider network",
         ("History and previous involvement considered?",
          "Wider family and friends part of the plan?")),
        ("From assessment to plan",
         ("Plan follows from the assessment?",
          "Plan reviewed on time and progress measured?")),
    ),
}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Team Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director", "qa_team": "QA Officer", "early_help_manager": "Early Help Manager"}
LEGAL = ("CIN", "CP – neglect", "CP – emotional abuse", "CLA (s.20)", "CLA (s.31)", "Care leaver", "CIN – CWD")
TITLES = ("Case File Audit Checklist", "Case Audit Checklist", "CASE FILE AUDIT – CHECKLIST",
          "Practice Audit Checklist (case file)")
NO_ACTIONS = ("No actions – the plan already addresses what was found.",
              "Actions: none arising from this audit.",
              "No further actions required at this time.")
URGENT_QUESTIONS = (
    "Has the audit identified any child who may be at immediate risk? (If yes, tell the Head of Service today.)",
    "Immediate safeguarding concern identified?",
    "Is there anything on this file that needs urgent action today to keep the child safe?",
)
FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Child / family feedback obtained for this audit?",
    "Did you speak to the child or family about their experience of our service?",
)
FEEDBACK_YES = ("spoke to mum by phone", "child seen with the SW on a visit", "questionnaire returned",
                "parent's feedback recorded on the file")
FEEDBACK_NO = ("family not available", "not appropriate at this time", "no response to calls", "")


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
    details_style = ("grid", "lines", "stacked")[index % 3]
    grade_style = ("word", "key", "highlight", "columns")[index % 4]
    tick = rng.choice(("\u2713", "X", "x", "\u2714"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
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
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"QA/CFA checklist v{rng.choice(('2', '2.3', '3'))} – OFFICIAL SENSITIVE once completed", size=8)

    # Header.
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(TITLES)
    paragraph(document, title, bold=True, size=16)
    paragraph(document, rng.choice(("Roadmap to Excellence – getting to the heart of practice",
                                    "Quality Assurance – team manager monthly audit",
                                    "Are our findings specific and measurable, and is the child better off?")),
              italic=True, size=9)
    paragraph(document, "Tick each check, give your evidence and a grade for every area, then the overall grade. "
                        "Send the completed checklist to the QA mailbox.", size=9, colour="595959")

    # Details.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.4:
        auditor = f"{auditor} ({role})"
    dob = when(child.date_of_birth)
    child_rows = [
        (rng.choice(("Child's name", "Name of child", "Child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), dob),
        (rng.choice(("LCS ID", "Case no.", "Case reference", "Child ID")), sample.case_id),
        ("Legal status", rng.choice(LEGAL)),
    ]
    if rng.random() < 0.5:
        child_rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if rng.random() < 0.6:
        child_rows.append(("Parent(s) / carer(s)", " & ".join(child.parents)))
    if household:
        child_rows.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in household)))
    audit_rows = [
        (rng.choice(("Social worker", "Allocated SW", "Allocated worker")), sample.practitioner),
        ("Team", sample.team if show_team else ""),
    ]
    if show_service:
        audit_rows.append((rng.choice(("Service", "Service area")), sample.service))
    audit_rows += [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    if details_style == "grid":
        pairs = [*child_rows, *audit_rows]
        if len(pairs) % 2:
            pairs.append(("", ""))
        grid = table(document, len(pairs) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = position // 2, (position % 2) * 2
            if text:
                label(grid.cell(row, column), text, "E7E6E6")
            if value:
                write(grid.cell(row, column + 1), value)
    elif details_style == "lines":
        brand_heading(document, rng.choice(("Details", "Case details", "About the case")), brand, size=12)
        for text, value in (*child_rows, *audit_rows):
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value or "")
    else:
        for heading, rows in ((rng.choice(("The child", "Child's details")), child_rows),
                              (rng.choice(("The audit", "Audit details", "Worker and auditor")), audit_rows)):
            block = table(document, len(rows) + 1, 2)
            merged = block.cell(0, 0).merge(block.cell(0, 1))
            label(merged, heading, None, colour=brand)
            for row, (text, value) in zip(block.rows[1:], rows):
                write(row.cells[0], text, bold=True)
                if value:
                    write(row.cells[1], value)
            document.add_paragraph()
    document.add_paragraph()

    # The grading key.
    if grade_style == "key":
        brand_heading(document, "Grading key", brand, size=11)
        paragraph(document, "   ".join(f"{NUMBERS[grade]} = {WORDS[grade]}" for grade in ORDER))
        paragraph(document, "Enter the number in the grade box for each area.", italic=True, size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight one grade for each area.", italic=True, size=9)
    elif grade_style == "columns":
        paragraph(document, "Mark the grade column for each area: O = Outstanding, G = Good, "
                            "RI = Requires improvement, I = Inadequate.", italic=True, size=9)

    # The areas.
    brand_heading(document, rng.choice(("Audit checklist", "Areas of practice", "Part 2 – the checklist")), brand)
    hos = rng.choice(("HoS: ", "HoS comment – ", "Head of Service: "))
    markers = "ABCDEFG" if sample.title == "Full Case File Audit Tool" else "1234567"
    for marker, section, (_, checks) in zip(markers, sample.sections, areas):
        paragraph(document, f"{marker}. {section.name}", bold=True, colour=brand)
        grid = table(document, len(checks) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Check", "Yes", "Partly", "No")):
            label(cell, text, "D9E2F3")
        weights = {OUTSTANDING: (9, 1, 0), GOOD: (6, 3, 1), REQUIRES_IMPROVEMENT: (3, 5, 2),
                   INADEQUATE: (1, 3, 6)}[section.grade]
        for row, check in zip(grid.rows[1:], checks):
            write(row.cells[0], check)
            answer = rng.choices((1, 2, 3), weights=weights)[0]
            write(row.cells[answer], tick, bold=True)
        evidence = paragraph(document, rng.choice(("Evidence: ", "Evidence / comments: ", "Auditor's evidence: ")),
                             bold=True)
        run(evidence, section.comment)
        if section.name in remarks:
            paragraph(document, f"{hos}{remarks[section.name]}", colour=ink)
        _grade(rng, document, grade_style, section.grade, "Grade for this area", brand)
        document.add_paragraph()

    # Overall.
    brand_heading(document, rng.choice(("Overall grade", "OVERALL GRADE FOR THE CASE", "Overall judgement")), brand)
    _grade(rng, document, grade_style, sample.grade, "Overall grade", brand, overall=True)
    document.add_paragraph()

    # Working well and development.
    headings = rng.choice((("What is working well", "Areas for development"),
                           ("Strengths", "What needs to improve"),
                           ("Good practice seen", "Development areas")))
    if rng.random() < 0.5:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            brand_heading(document, heading, brand, size=12)
            for item in items:
                paragraph(document, f"\u2022 {item}")
    else:
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "E2EFDA")
        for column, items in enumerate((sample.strengths, sample.development_areas)):
            for row, item in enumerate(items, start=1):
                write(grid.cell(row, column), item)
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Actions (who and by when)", "Actions arising", "Action plan")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        headers = rng.choice((("Action", "Who", "By when", "Completed?"), ("What needs to happen", "By whom",
                                                                            "Timescale", "Date done")))
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"{number}. ", bold=True)
            run(line, f"{action.action} ")
            run(line, "Who: ", bold=True)
            run(line, f"{action.owner}. ")
            run(line, "By when: ", bold=True)
            run(line, when(action.due))
    document.add_paragraph()

    # Views and the immediate-concern question.
    boxes = rng.random() < 0.5
    questions = []
    if sample.feedback_sought is not None:
        note = rng.choice(FEEDBACK_YES if sample.feedback_sought else FEEDBACK_NO)
        questions.append((rng.choice(FEEDBACK_QUESTIONS), sample.feedback_sought, note))
    questions.append((rng.choice(URGENT_QUESTIONS), sample.urgent_concern,
                      sample.urgent_concern_detail if sample.urgent_concern else ""))
    grid = table(document, len(questions), 2)
    for row, (question, answer, note) in zip(grid.rows, questions):
        write(row.cells[0], question, bold=True)
        if boxes:
            ticked, empty = "\u2612", "\u2610"
            text = f"{ticked if answer else empty} Yes   {empty if answer else ticked} No"
        else:
            text = rng.choice(("Yes", "YES", "Y")) if answer else rng.choice(("No", "NO", "N"))
        write(row.cells[1], f"{text}{' – ' + note if note else ''}")
    document.add_paragraph()

    # Moderation.
    _moderation(rng, document, sample, moderation, ink, brand, when, grade_style)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(dob, *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, document, style: str, grade: str, text: str, brand: str, *,
           overall: bool = False) -> None:
    """The grade in the form's style, as a line or a small grid under the area."""
    if style == "word":
        line = paragraph(document, f"{text}: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.2), bold=overall)
    elif style == "key":
        line = paragraph(document, f"{text} (1–4): ", bold=True)
        number = str(NUMBERS[grade])
        run(line, rng.choice((number, f"{number}", f"[{number}]")), bold=True)
    elif style == "highlight":
        line = paragraph(document, f"{text}:  ", bold=True)
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), text, "F2F2F2")
        for column, option in enumerate(ORDER, start=1):
            label(grid.cell(0, column), SHORT[option], "F2F2F2")
            if option == grade:
                mark(grid.cell(1, column), rng.choice(("X", "\u2713", "")), colour=None)


def _moderated(rng: random.Random, grade: str, style: str) -> str:
    if style == "key":
        return f"{NUMBERS[grade]} ({WORDS[grade]})"
    return informal_grade(rng, grade)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when, style: str) -> None:
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS moderation"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            box = table(document, 3, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Comments")):
                label(row.cells[0], text, "F2F2F2")
            if rng.random() < 0.5:
                write(box.cell(2, 1), rng.choice(("Not selected for moderation this month.",
                                                  "Not moderated.")), italic=True)
        return
    brand_heading(document, heading, brand)
    if rng.random() < 0.5:
        rows = [("Moderated by", moderation.moderator), ("Date", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the overall grade?",
                         rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade
                         else rng.choice(("No", "Disagree – see below"))))
            rows.append(("Moderated grade", _moderated(rng, moderation.grade, style)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, rng.choice(("Grade after moderation: ", "Moderated overall grade: ")),
                             bold=True, colour=ink)
            run(line, _moderated(rng, moderation.grade, style), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
