"""Early Help file quality audit: an Early Help manager's audit of one
family's intensive family intervention file, as a Word form – a file front
sheet (the family's reference with a service prefix, the lead practitioner
and their family support team, who audited and when, the children in the
household), the problems the family was taken on for, six areas of the
file each with what the file shows and a grade, the overall grade, the
family's views, what is working well and what needs to change, the
actions or a sentence that none are needed, the urgent safety question,
the manager's sign-off and the Head of Service's moderation.

Modelled on what is published about the Troubled Families programme of the
Department for Communities and Local Government (DCLG), a public body no
other family or council layout had used. Nearly every council in the four
nations, most children's trusts and most national bodies the search found
(Salford, Lancashire, Knowsley, Kirklees, Kensington and Chelsea,
Shropshire, St Helens, Newcastle, Dorset, Northumberland, Walsall, Action
for Children, Family Action, Barnardo's, the Early Intervention
Foundation, Supporting Families' guidance) were already named, so this is
a similar body of our choice. Home-Start UK was also unused, but what was
found of it (its Standards and Methods of Practice) describes volunteer
home visiting, not auditing files. What was read, as search excerpts:

- "‘Valid claims’ in the Troubled Families Programme" (akindoftrouble
  blog, February 2015, on a Freedom of Information reply): the DCLG
  financial framework says that besides local audit processes for the
  payment-by-results claims councils make, DCLG carries out a small number
  of "spot checks" in a sample of areas; about 2.1% of claims had been
  spot-checked, and 10% of those in the last round were found not
  "valid"; each council has its own audit process for the programme, with
  no single, centrally set way of auditing claims.
- The House of Commons Committee of Public Accounts' "Troubled families:
  progress review" (2016–17): the government defined troubled families as
  those with problems including youth offending, truancy, anti-social
  behaviour and worklessness; DCLG led the team that designed and
  oversaw the programme, and 152 upper-tier councils carried it out, paid
  by results.
- The National Audit Office's memorandum "The Troubled Families
  programme: update" (October 2016) and DCLG's "National Evaluation of the
  Troubled Families Programme" process evaluation (White and Day, October
  2016), their title pages only: the programme let councils expand their
  capacity for family intervention.

None of these shows an audit form, an area list or a grading scale, so the
form is our own judgement throughout: that a council's Early Help manager
would audit a family intervention file for quality as well as for the
claim; the "problems the family was taken on for" tick list (after the
programme's headline problems; not graded and not in the truth) and an
"outcomes evidenced on file" line (after the spot checks of claims; not in
the truth) are the only things that follow the sources. The six areas (the
assessment of the whole family, the family's voice and engagement, the
child's lived experience, the family plan, the review of progress and
management oversight, the difference made), the four Ofsted words, the
urgent safety question and Head of Service moderation are our judgement.

What varies (our judgement): the front sheet as a four-column grid, tabbed
lines or a strip of labels over values; references with an Early Help
("EH/", "EH-", "EHM") or Family Help ("FH-") prefix, a case system's
letters or plain; the team or service left off some; brothers and sisters
named with an age or a date of birth; the areas as cards (the area and its
grade over the evidence), one ledger table or lettered paragraphs; grades
typed informally, a number on a printed 1–4 key either way round,
highlighted or emboldened among the four, the others struck through, a
mark under four grade columns, or a Word drop-down; the family's views
question where the sample asks it; working well / needs to change side by
side, as "+" and "–" lists or a row an item; actions as a table, "Action
n:" lines or a "no actions" sentence; the urgent question typed, in tick
boxes, struck through or Y / N (3 forced yes); the Head of Service's
moderation in a non-red ink as a labelled box, typed through the form or a
shaded note (4 changing, 3 confirming, 3 comments only), or an empty box,
an "awaiting" note or none.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import EARLY_HELP_AUDIT, STAFF, Moderation, Section, phrases, sample_forms
from bot.samples.ooxml import ControlIds, content_dropdown, shade

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
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

FAMILY = "early_help_file_quality_audit"
SEED = 10047

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The sample's six sections as this form names them, in the form's order.
AREAS = (
    ("Early Help Assessment", "Assessment of the whole family"),
    ("Engagement with the family", "Family voice and engagement"),
    ("Voice of the child", "The child's lived experience"),
    ("Team Around the Family plan", "The family plan"),
    ("Management oversight", "Review of progress and management oversight"),
    ("Impact and outcomes for the child", "Difference made for the family"),
)
PROMPTS = {
    "Assessment of the whole family": "Does the assessment cover every member of the household and the "
                                      "history, and say clearly what needs to change?",
    "Family voice and engagement": "Are the parents' own words on file, and were they part of every decision?",
    "The child's lived experience": "Can you picture a day in the child's life from the file?",
    "The family plan": "Are the outcomes measurable, owned by someone and dated?",
    "Review of progress and management oversight": "Reviewed within timescale? Is the manager's direction "
                                                   "recorded?",
    "Difference made for the family": "Is the change evidenced, and is it likely to last after the case "
                                      "closes?",
}
HEADLINE_PROBLEMS = ("Crime / anti-social behaviour", "Education (attendance, exclusion)",
                     "Out of work / financial exclusion", "Domestic abuse", "Health (physical or mental)",
                     "Children who need help")
TITLES = ("Early Help File Quality Audit", "Family Intervention File Audit", "EARLY HELP CASE FILE – QUALITY AUDIT",
          "Family Help File Quality Audit Tool")
OVERALL = ("Overall judgement on the quality of the file", "Overall grade", "OVERALL FILE GRADE")
NO_ACTIONS = ("No actions arising – the file is in good order.", "No further actions required at this time.",
              "Nil – no actions needed from this audit.")
URGENT = ("Is there an urgent safety concern for any child in this family that needs action today?",
          "Urgent safeguarding concern identified?",
          "Does anything on this file need escalating to the Front Door today?")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not selected for moderation this month.")
CHANGE_WORDS = ("No – see comments", "Disagree", "Not agreed")
ROLE_WORDS = {"early_help_manager": "Early Help Manager", "head_of_service": "Head of Service"}


def _samples(count: int, today: date) -> list:
    draw = count * 3
    while True:
        found = [form for form in sample_forms(draw, seed=SEED, today=today, feedback_question=True)
                 if form.kind == EARLY_HELP_AUDIT]
        if len(found) >= count:
            return found[:count]
        draw *= 2


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = _samples(count, today)
    styles = [*("typed", "key", "highlight", "bold", "strike", "columns", "dropdown") * 3][:count]
    layouts = [*("cards", "ledger", "lettered") * 6][:count]
    references = [*("eh", "fh", "system", "plain") * 4][:count]
    outcomes = [*("changes",) * 4, *("confirms",) * 3, *("comments",) * 3, *("none",) * count][:count]
    urgent = [*(True,) * 3, *(False,) * count][:count]
    for plan in (styles, layouts, references, outcomes, urgent):
        rng.shuffle(plan)
    return [_form(rng, index, sample, today, styles[index], layouts[index], references[index], outcomes[index],
                  urgent[index]) for index, sample in enumerate(samples)]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _moderation(rng: random.Random, sample, outcome: str, names: list[str], today: date) -> Moderation | None:
    if outcome == "none":
        return None
    first = sample.child.first_name
    grade: str | None = sample.grade
    pool = phrases.MODERATION_AGREES
    if outcome == "changes":
        index = ORDER.index(sample.grade)
        if index == len(ORDER) - 1 or (index > 0 and rng.random() < 0.4):
            grade, pool = ORDER[index - 1], phrases.MODERATION_RAISES
        else:
            grade, pool = ORDER[index + 1], phrases.MODERATION_LOWERS
    elif outcome == "comments":
        grade, pool = None, phrases.MODERATION_REMARKS
    day = sample.date + timedelta(days=rng.randint(3, 10))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    day = max(sample.date, min(day, today))
    return Moderation(
        moderator="Mark Ellison", date=day,
        comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
        section_comments={name: rng.choice(phrases.MODERATION_SECTION_REMARKS)
                          for name in rng.sample(names, rng.randint(1, 2))},
        grade=grade)


def _form(rng: random.Random, index: int, sample, today: date, style: str, layout: str, reference: str,
          outcome: str, force_urgent: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    manager = next(member for member in STAFF
                   if member.team == sample.team and member.role == "early_help_manager")

    # Change the sample where the form needs it: audited by the family
    # support team's manager, the areas as this form names them, the
    # reference as written, team or service shown or not, the urgent
    # answer, actions, a brother or sister named, the moderation.
    by_name = {section.name: section for section in sample.sections}
    names = [new for _, new in AREAS]
    changes: dict = {
        "auditor": manager.name,
        "sections": tuple(Section(new, by_name[old].grade, by_name[old].comment) for old, new in AREAS),
    }
    if reference == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "fh":
        changes["case_id"] = f"FH-{sample.case_id[:6]}"
    elif reference == "system":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.3:
        changes["team"] = None
    if rng.random() < 0.4:
        changes["service"] = None
    if force_urgent and not sample.urgent_concern:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = phrases.fill(rng.choice(phrases.URGENT_CONCERNS),
                                                        sample.child.first_name)
    if household and rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and not (sample.urgent_concern or force_urgent) and rng.random() < 0.2:
        changes["actions"] = ()
    changes["moderation"] = _moderation(rng, sample, outcome, names, today)
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    moderation_style = rng.choice(("box", "through", "note"))
    through = moderation is not None and moderation_style == "through"
    remarks = dict(moderation.section_comments) if through else {}
    prefix = rng.choice(("HoS: ", "Head of Service – ", "HoS comment: "))
    reversed_key = rng.random() < 0.5
    numbers = {grade: (4 - position if reversed_key else position + 1) for position, grade in enumerate(ORDER)}
    marks = rng.choice(MARKS)

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), colour=brand, size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    paragraph(document, rng.choice((
        "Completed by the Early Help manager from the family's electronic file. Grade each area and say what "
        "on the file supports your grade.",
        "Audit the file as it stands on the day. Share the completed audit with the lead practitioner.")),
        italic=True, size=8)
    if style == "key":
        key = paragraph(document, "Grading key:  ", bold=True, size=9)
        for grade in sorted(ORDER, key=lambda option: numbers[option]):
            run(key, f"{numbers[grade]} = {WORDS[grade]}    ", size=9)
    document.add_paragraph()

    # The file front sheet.
    brand_heading(document, rng.choice(("File front sheet", "ABOUT THE FILE", "Family and audit details")), brand)
    reference_label = rng.choice(("Family ref", "EH ref", "Family Help ID", "Record no."))
    practitioner_label = rng.choice(("Lead practitioner", "Lead professional", "Key worker"))
    by_age = rng.random() < 0.5
    rows = [(reference_label, sample.case_id), ("Child", child.full_name),
            ("DOB", when(child.date_of_birth)), ("Parents / carers", " and ".join(child.parents)),
            (practitioner_label, sample.practitioner)]
    if sample.team:
        rows.append((rng.choice(("Family support team", "Team")), sample.team))
    if sample.service:
        rows.append(("Service", sample.service))
    rows += [(rng.choice(("Audited by", "Auditor (EH manager)", "File audited by")), sample.auditor),
             (rng.choice(("Date of audit", "Audit date")), when(sample.date))]
    if household:
        rows.append((rng.choice(("Brothers and sisters", "Other children in the household", "Siblings")),
                     "; ".join(f"{name} ({f'age {_age(born, today)}' if by_age else when(born)})"
                               for name, born in household)))
    _front_sheet(rng, document, rows)
    document.add_paragraph()

    if rng.random() < 0.5:
        paragraph(document, "Problems the family was taken on for (tick all that apply)", bold=True, colour=brand,
                  size=10)
        ticked = set(rng.sample(HEADLINE_PROBLEMS, rng.randint(2, 3)))
        for problem in HEADLINE_PROBLEMS:
            paragraph(document, ("\u2612 " if problem in ticked else "\u2610 ") + problem, size=9)
        document.add_paragraph()

    # The areas.
    brand_heading(document, rng.choice(("Quality of the file", "THE AUDIT", "Areas of practice")), brand)
    if layout == "cards":
        _cards(rng, document, sample.sections, style, numbers, marks, ids, remarks, prefix, ink, brand)
    elif layout == "ledger":
        _ledger(rng, document, sample.sections, style, numbers, marks, ids, remarks, prefix, ink)
    else:
        _lettered(rng, document, sample.sections, style, numbers, marks, ids, remarks, prefix, ink)
    document.add_paragraph()

    line = paragraph(document, f"{rng.choice(OVERALL)}: ", bold=True, colour=brand)
    if style == "columns":
        grid = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(grid.cell(0, column), WORDS[grade], "F2F2F2")
        mark(grid.cell(1, ORDER.index(sample.grade)), marks)
    else:
        _grade(rng, line, style, sample.grade, numbers, ids, overall=True)
    if through and moderation.grade:
        verdict = f"{prefix}agree – " if moderation.grade == sample.grade else f"{prefix}moderated to "
        line = paragraph(document, verdict, colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    if rng.random() < 0.5:
        paragraph(document, f"Outcomes evidenced on file: {rng.choice(('Yes', 'Partly'))}", size=9)
    document.add_paragraph()

    # The family's views, where the form asks.
    if sample.feedback_sought is not None:
        question = rng.choice(("Have the child's and the family's views been sought and recorded?",
                               "Were the family's and child's views sought?"))
        answer = "Yes" if sample.feedback_sought else "No"
        if rng.random() < 0.5:
            line = paragraph(document, f"{question}  ", bold=True)
            run(line, answer + rng.choice(("", " – on the file", "")) if sample.feedback_sought else answer)
        else:
            paragraph(document, question, bold=True)
            boxes = paragraph(document)
            run(boxes, ("\u2612" if sample.feedback_sought else "\u2610") + " Yes    ")
            run(boxes, ("\u2610" if sample.feedback_sought else "\u2612") + " No")
        document.add_paragraph()

    _findings(rng, document, sample, brand)
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Actions", "What needs to happen next", "Actions for the lead practitioner")),
                  brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                              ("What", "Responsible", "Timescale")))):
            label(cell, text, "F2F2F2")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} (Who: {action.owner}; by {when(action.due)})")
    document.add_paragraph()

    _urgent(rng, document, sample, brand)
    document.add_paragraph()

    # Sign-off.
    line = paragraph(document, rng.choice(("Signed: ", "Auditor sign-off: ", "Completed by: ")), bold=True)
    run(line, f"{sample.auditor}, {ROLE_WORDS.get(manager.role, 'Manager')}\t")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
    if rng.random() < 0.5:
        paragraph(document, "Audit discussed with the lead practitioner: Yes", size=9)
    document.add_paragraph()

    _moderation_section(rng, document, sample, moderation, moderation_style, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _front_sheet(rng: random.Random, document, rows: list) -> None:
    style = rng.choice(("grid", "lines", "strip"))
    if style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "E7E6E6")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "lines":
        for text, value in rows:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)
    else:
        half = (len(rows) + 1) // 2
        for part in (rows[:half], rows[half:]):
            grid = table(document, 2, len(part))
            for column, (text, value) in enumerate(part):
                label(grid.cell(0, column), text, "E7E6E6")
                write(grid.cell(1, column), value, size=9)
            document.add_paragraph()


def _grade(rng: random.Random, line, style: str, grade: str, numbers: dict, ids: ControlIds, *,
           overall: bool = False, cell=None) -> None:
    """Write `grade` at the end of paragraph `line` in the form's style (for
    the four options in a table cell, one to a line in `cell`)."""
    if style == "key":
        run(line, str(numbers[grade]), bold=True)
    elif style in ("bold", "strike", "highlight"):
        for position, option in enumerate(ORDER):
            chosen = option == grade
            look = dict(bold=chosen and style in ("bold", "highlight"), strike=style == "strike" and not chosen,
                        highlight=chosen and style == "highlight")
            if cell is not None:
                write(cell, WORDS[option], **look)
                continue
            if position:
                run(line, " | ")
            run(line, WORDS[option], **look)
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)


def _cards(rng, document, areas, style, numbers, marks, ids, remarks, prefix, ink, brand) -> None:
    """Each area a small table: its name and grade over its evidence (with
    marks, the four grades across the top and a mark under one)."""
    evidence_label = rng.choice(("What the file shows", "Evidence"))
    for number, section in enumerate(areas, start=1):
        if style == "columns":
            card = table(document, 2, 5)
            label(card.cell(0, 0), f"{number}. {section.name}", "DEEAF6", colour=brand)
            for column, grade in enumerate(ORDER, start=1):
                label(card.cell(0, column), SHORT[grade], "DEEAF6")
                if grade == section.grade:
                    mark(card.cell(1, column), marks)
            evidence = card.cell(1, 0)
        else:
            card = table(document, 2, 2)
            label(card.cell(0, 0), f"{number}. {section.name}", "DEEAF6", colour=brand)
            grade_cell = card.cell(0, 1)
            shade(grade_cell._tc, "DEEAF6")
            if style in ("bold", "strike", "highlight"):
                _grade(rng, None, style, section.grade, numbers, ids, cell=grade_cell)
            else:
                _grade(rng, write(grade_cell, "Grade: ", bold=True), style, section.grade, numbers, ids)
            evidence = card.cell(1, 0).merge(card.cell(1, 1))
        write(evidence, PROMPTS[section.name], italic=True, size=8)
        line = write(evidence, f"{evidence_label}: ", bold=True)
        run(line, section.comment)
        if section.name in remarks:
            write(evidence, prefix + remarks[section.name], colour=ink)
        document.add_paragraph()


def _ledger(rng, document, areas, style, numbers, marks, ids, remarks, prefix, ink) -> None:
    """One table, an area a row: number, area, evidence, grade (or four
    grade columns with a mark)."""
    headers = ["No.", "Area of practice", rng.choice(("What the file shows", "Evidence from the file"))]
    headers += [WORDS[grade] for grade in ORDER] if style == "columns" else ["Grade"]
    grid = table(document, len(areas) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for row, (number, section) in zip(grid.rows[1:], enumerate(areas, start=1)):
        write(row.cells[0], str(number))
        write(row.cells[1], section.name, bold=True)
        write(row.cells[2], section.comment)
        if section.name in remarks:
            write(row.cells[2], prefix + remarks[section.name], colour=ink)
        if style == "columns":
            mark(row.cells[3 + ORDER.index(section.grade)], marks)
        elif style in ("bold", "strike", "highlight"):
            _grade(rng, None, style, section.grade, numbers, ids, cell=row.cells[3])
        else:
            _grade(rng, row.cells[3].paragraphs[0], style, section.grade, numbers, ids)


def _lettered(rng, document, areas, style, numbers, marks, ids, remarks, prefix, ink) -> None:
    """Each area a lettered paragraph with its prompt, the evidence and a
    judgement line (or a row of four grade columns)."""
    for letter, section in zip("ABCDEF", areas):
        paragraph(document, f"{letter}. {section.name}", bold=True).runs[0].underline = True
        paragraph(document, PROMPTS[section.name], italic=True, size=8)
        paragraph(document, section.comment)
        if section.name in remarks:
            paragraph(document, prefix + remarks[section.name], colour=ink)
        if style == "columns":
            grid = table(document, 2, 4)
            for column, grade in enumerate(ORDER):
                label(grid.cell(0, column), WORDS[grade], "F2F2F2")
            mark(grid.cell(1, ORDER.index(section.grade)), marks)
        else:
            _grade(rng, paragraph(document, rng.choice(("Judgement: ", "Grade: ")), bold=True), style,
                   section.grade, numbers, ids)
        document.add_paragraph()


def _findings(rng: random.Random, document, sample, brand: str) -> None:
    headings = rng.choice((("What is working well", "What needs to change"), ("Working well", "Needs to change"),
                           ("Strengths on the file", "What needs to change")))
    style = rng.choice(("side", "lists", "rows"))
    if style == "side":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    elif style == "lists":
        for heading, sign, items in zip(headings, ("+", "\u2013"), (sample.strengths, sample.development_areas)):
            brand_heading(document, heading, brand, size=11)
            for item in items:
                paragraph(document, f"{sign} {item}")
    else:
        rows = [(headings[0], item) for item in sample.strengths] + [(headings[1], item)
                                                                     for item in sample.development_areas]
        grid = table(document, len(rows) + 1, 2)
        label(grid.cell(0, 0), "", "F2F2F2")
        label(grid.cell(0, 1), "Finding", "F2F2F2")
        for row, (heading, item) in zip(grid.rows[1:], rows):
            write(row.cells[0], heading, bold=True)
            write(row.cells[1], item)


def _urgent(rng: random.Random, document, sample, brand: str) -> None:
    paragraph(document, rng.choice(URGENT), bold=True, colour=brand)
    style = rng.choice(("typed", "boxes", "struck", "yn"))
    yes = sample.urgent_concern
    if style == "boxes":
        line = paragraph(document)
        run(line, ("\u2612" if yes else "\u2610") + " Yes      ")
        run(line, ("\u2610" if yes else "\u2612") + " No")
    elif style == "struck":
        line = paragraph(document)
        run(line, "YES", strike=not yes, bold=yes)
        run(line, " / ")
        run(line, "NO", strike=yes, bold=not yes)
    elif style == "yn":
        paragraph(document, f"Y/N: {'Y' if yes else 'N'}")
    if yes:
        if style == "typed":
            paragraph(document, rng.choice(("Yes – ", "YES: ")) + sample.urgent_concern_detail)
        else:
            line = paragraph(document, "Action taken and who was told: ", bold=True)
            run(line, sample.urgent_concern_detail)
    elif style == "typed":
        paragraph(document, rng.choice(("No", "No.", "None identified")))


def _moderation_section(rng: random.Random, document, sample, moderation, style: str, ink: str, brand: str,
                        when) -> None:
    heading = rng.choice(("Head of Service moderation", "MODERATION", "Moderation by Head of Service"))
    labels = ("Moderated by", "Date", "Agree with the overall grade?", "Moderated grade", "Comments")
    if moderation is None:
        shown = rng.choice(("empty", "note", "none"))
        if shown == "none":
            return
        brand_heading(document, heading, brand)
        if shown == "note":
            paragraph(document, rng.choice(NOT_MODERATED), italic=True)
            return
        box = table(document, len(labels), 2)
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    signed = f"{moderation.moderator}, Head of Service, {when(moderation.date)}"
    if style == "box":
        agree = ""
        if moderation.grade:
            agree = "Agree" if moderation.grade == sample.grade else rng.choice(CHANGE_WORDS)
        values = (moderation.moderator, when(moderation.date), agree,
                  informal_grade(rng, moderation.grade) if moderation.grade else "", "\n".join(moderation.comments))
        box = table(document, len(labels), 2)
        for row, text, value in zip(box.rows, labels, values):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=ink, bold=text == "Moderated grade")
    elif style == "note":
        note = table(document, 1, 1)
        cell = note.cell(0, 0)
        shade(cell._tc, rng.choice(("E2EFDA", "DEEAF6", "FFF2CC")))
        write(cell, "Head of Service moderation", bold=True)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the overall grade: " if moderation.grade == sample.grade
                       else "I do not agree with the overall grade. Moderated grade: ")
            line = write(cell, verdict, colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        write(cell, signed, colour=ink, italic=True)
    else:
        # Typed through the form: remarks under the areas and the verdict
        # under the overall grade are already there.
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, signed, colour=ink, italic=True)
