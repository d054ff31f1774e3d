"""Practice quality audit form: a team manager's (or Early Help team
manager's) audit of the quality of practice for one child, written in Word,
in lettered parts ("Part A –", "A." or "Section A:"): the child and the
record; numbered areas of practice (B1, B2 ...), each with the procedure or
standard it is checked against, the evidence found and a grade; the
overall judgement; the child's and family's views (only on the forms that
ask, the letters closing up where the part is left out); what is working
well and what needs to be better; the urgent safety question; the actions;
then the auditor's sign-off, sometimes the practitioner's response, and the
Head of Service's moderation.

Modelled on the West Yorkshire Consortium: every council of Yorkshire and
the Humber already models a family, so this family takes the region's
shared safeguarding procedures instead. The Consortium's online "Inter
Agency Safeguarding and Child Protection Procedures" (its introduction
page: one procedures manual for the Bradford, Calderdale, Kirklees, Leeds
and Wakefield safeguarding children partnerships, following Working
Together; the Leeds Safeguarding Children Partnership's "Guidance" page
says the same of the manual), and the manual's contents page (December
2016, when the five were still Safeguarding Children Boards: parts on
assessing need and providing help, the boards' and organisations'
responsibilities, a learning and improvement framework, child deaths and
appendices, with chapters such as Thresholds, Early Help / Common
Assessment Framework, Referrals, Single Assessment, Strategy Discussions /
Meetings, and Implementation of the Child Protection Plan – Lead Social
Worker and Core Group Responsibilities). Only those pages were read; none
of them shows an audit form, and the learning and improvement framework's
own chapter was not read.

So the layout is our judgement throughout. What comes from the source is
only the names of the Consortium's chapters that some forms print beside
an area as what it is checked against; that a council there would audit
against the shared procedures is our inference, not something the pages
say. Everything else is our own: the parts and their order; the details
as a six-column grid, a label table with guidance in the label cells, or
"Label: value" lines two to a line; the brothers and
sisters as a line or a small table; the areas as one table or as numbered
paragraph blocks; grades typed informally, as a number on a printed key
(1 = Outstanding, or reversed with 4 = Outstanding), the chosen option
highlighted, emboldened and underlined, the others struck through, or a
mark under four grade columns (full names, or O / G / RI / I with a key);
strengths and areas for development as a two-column table, numbered lines
or one cell with a line each; the urgent question answered in words, with
check boxes or with the other answer struck through; actions as a table,
"Action 1:" lines or a "no actions" sentence; the auditor named in Part A
or only in the sign-off; prefixed and plain case and Early Help
references; seven date spellings; the team and service shown or not; and
the Head of Service's moderation typed in a colour that is not red, as a
box, as signed lines or written beside the overall grade, confirming,
changing or only commenting, with remarks under some areas. Each of these
ways is dealt across the sixteen files so that every one is used. The
samples are the first sixteen audits (case file and Early Help) of the
population; where they happen to lack one, a sample is changed with
`replace` (the truth following) so that at least two files raise an urgent
concern, one has no actions and there is a moderation of each kind.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, Moderation, Section, phrases, sample_forms
from bot.samples.ooxml import ControlIds, content_checkbox
from bot.samples.people import head_of_service_over

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
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

FAMILY = "practice_quality_audit_form"
SEED = 9983

# The form's areas, in the order of the sample's sections for each tool,
# each with what the auditor checks it against (a Consortium procedure
# chapter, or the council's own standard).
AREAS = {
    "Full Case File Audit Tool": (
        ("Seeing and hearing the child", "Single Assessment; the child seen, and seen alone"),
        ("Assessment of needs and risks", "Single Assessment; Thresholds"),
        ("Planning for the child", "Implementation of the Child Protection Plan – Lead Social Worker and "
                                   "Core Group Responsibilities"),
        ("Manager's oversight and reflective supervision", "Local supervision standard"),
        ("Working together with partner agencies", "Strategy Discussions / Meetings; information sharing"),
        ("Chronology and quality of recording", "Local recording standard"),
        ("Progress and outcomes for the child", "Child Protection Review Conferences; plan reviews"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working alongside the family", "Local practice model"),
        ("Language that respects people", "Local recording standard"),
        ("Leadership and management direction", "Local supervision standard"),
        ("What the child is telling us", "Single Assessment; the child seen, and seen alone"),
        ("Relationships with children and parents", "Local practice model"),
        ("The family's history and wider network", "Single Assessment; Recognition of Significant Harm"),
        ("Quality of assessments and plans", "Single Assessment; Thresholds"),
    ),
    "Early Help Case File Audit Tool": (
        ("The child's voice in the Early Help work", "Early Help / Common Assessment Framework"),
        ("Early Help Assessment: understanding the family", "Early Help / Common Assessment Framework"),
        ("Family plan and Team Around the Family meetings", "Early Help / Common Assessment Framework"),
        ("How the family have been engaged", "Local Early Help practice standard"),
        ("Manager's oversight of the Early Help work", "Local supervision standard"),
        ("Difference made for the child and family", "Thresholds (step up / step down)"),
    ),
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
LETTERS = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
ROLES = {"practice_manager": "Team Manager", "early_help_manager": "Early Help Team Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director"}
# The child's plan, by the service that holds the case.
PLANS = {
    "Assessment and Child Protection": ("Child in Need", "Child Protection – neglect",
                                        "Child Protection – emotional harm", "CP (physical abuse)"),
    "Children in Care": ("Looked after (s.20)", "Looked after (care order)", "Looked after – long-term fostering"),
    "Children with Disabilities": ("CIN (disabled child)", "Short breaks – CIN", "Child Protection – neglect"),
}
EH_LEVELS = ("Early Help – targeted", "Early Help – intensive family support", "Level 3 (Early Help)")
NO_ACTIONS = ("No actions arising from this audit – the current plan covers what is needed.",
              "There are no further actions required at this time.",
              "Actions: none. Practice is on track.")
NOT_MODERATED = ("Not sampled for moderation this month.", "", "N/A – not moderated")
RESPONSES = ("I have read the audit and discussed it with my manager. I agree with the findings and the actions.",
             "Thank you for the feedback. I will update the record this week and bring the plan to supervision.",
             "Discussed in supervision. I accept the areas for development.")
GUIDANCE = (
    "Read the last six months of the record, speak to the allocated worker and, where you can, the child and "
    "family. Grade each area against the Consortium procedures and our local practice standards.",
    "This audit is about the quality of practice and the difference it makes for the child. If it is not "
    "recorded, it did not happen.",
    "Any urgent concern for a child's safety must be raised with the Head of Service on the same day.",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    drawn = count * 2
    while True:
        pool = sample_forms(drawn, seed=SEED, today=today, feedback_question=True)
        audits = [sample for sample in pool if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)]
        if len(audits) >= count:
            break
        drawn *= 2
    chosen = _varied(rng, audits[:count], today)
    # Each way of writing a part is dealt across the files, so that every
    # one of them is used.
    looks = {name: _deal(rng, options, len(chosen)) for name, options in LOOKS.items()}
    moderated = [position for position, sample in enumerate(chosen) if sample.moderation]
    for position, style in zip(moderated, _deal(rng, ("box", "signed", "beside"), len(moderated))):
        looks["moderation"][position] = style
    return [_form(rng, index, sample, today, {name: dealt[index] for name, dealt in looks.items()})
            for index, sample in enumerate(chosen)]


LOOKS = {
    "details": ("grid", "guided", "lines"),
    "areas": ("table", "blocks"),
    "grades": ("typed", "number", "highlight", "bold", "strike", "columns"),
    "lists": ("side_by_side", "numbered", "one_cell"),
    "yes_no": ("words", "boxes", "struck"),
    "actions": ("table", "lines"),
    "moderation": ("box", "signed"),
}


def _deal(rng: random.Random, options: tuple[str, ...], count: int) -> list[str]:
    """`count` choices among `options`, each used about as often, in a random order."""
    dealt = [options[position % len(options)] for position in range(count)]
    rng.shuffle(dealt)
    return dealt


def _varied(rng: random.Random, samples: list, today: date) -> list:
    """Make sure the files between them have at least two urgent concerns,
    one audit with no actions and a moderation of each kind (confirming,
    changing, comments only), changing samples with `replace` so the truth
    follows."""
    samples = list(samples)
    urgent = [position for position, sample in enumerate(samples) if sample.urgent_concern]
    calm = [position for position, sample in enumerate(samples) if not sample.urgent_concern]
    for position in rng.sample(calm, max(0, 2 - len(urgent))):
        sample = samples[position]
        detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
        samples[position] = replace(sample, urgent_concern=True, urgent_concern_detail=detail)

    if all(sample.actions for sample in samples):
        settled = [position for position, sample in enumerate(samples)
                   if not sample.urgent_concern and sample.grade in (OUTSTANDING, GOOD)]
        if settled:
            position = rng.choice(settled)
            samples[position] = replace(samples[position], actions=())

    def outcome(sample) -> str | None:
        if sample.moderation is None:
            return None
        if sample.moderation.grade is None:
            return "comments"
        return "confirms" if sample.moderation.grade == sample.grade else "changes"

    have = {outcome(sample) for sample in samples}
    open_ = [position for position, sample in enumerate(samples)
             if sample.moderation is None and _moderator(sample) is not None]
    rng.shuffle(open_)
    for wanted in ("confirms", "changes", "comments"):
        if wanted in have or not open_:
            continue
        position = open_.pop()
        samples[position] = replace(samples[position], moderation=_moderation(rng, samples[position], wanted, today))
    return samples


def _staff(name: str):
    return next((person for person in STAFF if person.name == name), None)


def _moderator(sample):
    """The Head of Service over a front-line auditor, or None."""
    member = _staff(sample.auditor)
    if member is None or member.role not in ("practice_manager", "early_help_manager",
                                             "safeguarding_practice_manager"):
        return None
    return head_of_service_over(member)


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    first = sample.child.first_name
    if outcome == "confirms":
        grade, pool = sample.grade, phrases.MODERATION_AGREES
    elif outcome == "changes":
        step = 1 if sample.grade != INADEQUATE else -1
        grade = ORDER[ORDER.index(sample.grade) + step]
        pool = phrases.MODERATION_LOWERS if step == 1 else phrases.MODERATION_RAISES
    else:
        grade, pool = None, phrases.MODERATION_REMARKS
    day = sample.date + timedelta(days=rng.randint(3, 9))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(sample.sections, rng.randint(1, 2))
    return Moderation(
        moderator=_moderator(sample).name,
        date=max(sample.date, min(day, today)),
        comments=(phrases.fill(rng.choice(pool), first),),
        section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for section in remarked},
        grade=grade,
    )


# --- grades -----------------------------------------------------------------------------


def _options(paragraph_, grade: str, style: str, separator: str) -> None:
    """The four grades printed in a line, the chosen one shown by `style`."""
    for position, option in enumerate(ORDER):
        if position:
            run(paragraph_, separator)
        chosen = option == grade
        if style == "highlight":
            run(paragraph_, WORDS[option], highlight=chosen, bold=chosen)
        elif style == "bold":
            added = run(paragraph_, WORDS[option].upper() if chosen else WORDS[option], bold=chosen)
            added.underline = chosen or None
        else:
            run(paragraph_, WORDS[option], strike=not chosen)


class _Grader:
    """How one form writes its grades."""

    def __init__(self, rng: random.Random, style: str):
        self.rng = rng
        self.style = style
        self.reversed = rng.random() < 0.4  # a key that runs 4 = Outstanding ... 1 = Inadequate
        self.separator = rng.choice(("  /  ", "   ", " | "))
        self.columns = rng.choice(GRADE_COLUMNS)
        self.letters = rng.random() < 0.4
        self.symbol = rng.choice(MARKS)

    def number(self, grade: str) -> int:
        position = ORDER.index(grade)
        return 4 - position if self.reversed else position + 1

    def key_line(self) -> str:
        if self.style == "number":
            pairs = sorted(((self.number(grade), WORDS[grade]) for grade in ORDER), reverse=self.reversed)
            return "Score key:  " + "   ".join(f"{number} = {word}" for number, word in pairs)
        if self.style == "columns" and self.letters:
            return "Key:  " + "   ".join(f"{LETTERS[grade]} = {WORDS[grade]}" for grade, _ in self.columns)
        return ""

    def column_headings(self) -> list[str]:
        return [LETTERS[grade] if self.letters else text for grade, text in self.columns]

    def in_cell(self, cell, grade: str, *, overall: bool = False) -> None:
        """Write a grade into one cell (every style but the columns)."""
        if self.style == "typed":
            write(cell, informal_grade(self.rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)
        elif self.style == "number":
            text = str(self.number(grade))
            if overall and self.rng.random() < 0.5:
                text += f" ({WORDS[grade]})"
            write(cell, text, bold=True)
        else:
            target = cell.paragraphs[-1]
            if target.text:
                target = cell.add_paragraph()
            _options(target, grade, self.style, self.separator)

    def in_line(self, document, caption: str, grade: str, *, overall: bool = False) -> None:
        """A grade on its own line after `caption`, or a small four-column
        table where the form marks columns."""
        if self.style == "columns":
            paragraph(document, caption, bold=True)
            grid = table(document, 2, 4)
            for cell, heading in zip(grid.rows[0].cells, self.column_headings()):
                label(cell, heading, "EDEDED")
            for cell, (option, _) in zip(grid.rows[1].cells, self.columns):
                if option == grade:
                    mark(cell, self.symbol)
            return
        line = paragraph(document)
        run(line, f"{caption} ", bold=True)
        if self.style == "typed":
            run(line, informal_grade(self.rng, grade, note_chance=0.0 if overall else 0.25))
        elif self.style == "number":
            run(line, str(self.number(grade)), bold=True)
            if overall:
                run(line, f" – {WORDS[grade]}")
        else:
            _options(line, grade, self.style, self.separator)


class _Parts:
    """The form's part headings, lettered in order in one scheme."""

    def __init__(self, document, brand: str, scheme: str):
        self.document, self.brand, self.scheme, self.count = document, brand, scheme, 0

    def heading(self, text: str) -> str:
        letter = "ABCDEFGHIJ"[self.count]
        self.count += 1
        written = {"part": f"Part {letter} – {text}", "letter": f"{letter}. {text}",
                   "section": f"Section {letter}: {text}"}[self.scheme]
        brand_heading(self.document, written, self.brand)
        return letter


# --- one file ------------------------------------------------------------------------------


def _role(name: str) -> str:
    member = _staff(name)
    return ROLES.get(member.role, "") if member else ""


def _yes_no(cell_or_paragraph, answer: bool, style: str, ids: ControlIds, *, detail: str = "") -> None:
    """A Yes / No answer: words, check boxes, or the other answer struck
    through; `detail` follows a yes."""
    target = cell_or_paragraph
    if style == "boxes":
        run(target, "Yes ")
        content_checkbox(target._p, answer, ids)
        run(target, "    No ")
        content_checkbox(target._p, not answer, ids)
        if detail:
            run(target, f"    {detail}")
    elif style == "struck":
        run(target, "YES", strike=not answer, bold=answer)
        run(target, " / ")
        run(target, "NO", strike=answer, bold=not answer)
        if detail:
            run(target, f" – {detail}")
    else:
        run(target, ("Yes" if answer else "No") + (f". {detail}" if detail else ""), bold=answer and bool(detail))


def _form(rng: random.Random, index: int, sample, today: date, looks: dict[str, str]) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    early_help = sample.kind == EARLY_HELP_AUDIT
    details_style = looks["details"]
    areas_style = looks["areas"]
    grader = _Grader(rng, looks["grades"])
    lists_style = looks["lists"]
    yes_no_style = looks["yes_no"]
    actions_style = looks["actions"]
    moderation_style = looks["moderation"]
    auditor_in_header = rng.random() < 0.55
    show_procedures = rng.random() < 0.6
    asks_siblings = rng.random() < 0.8
    household = siblings(rng, sample.child, rng.randint(0, 3), today) if asks_siblings else []

    # The sample as this form shows it.
    original_service = sample.service
    areas = AREAS[sample.title]
    renamed = {section.name: name for section, (name, _) in zip(sample.sections, areas)}
    changes: dict = {"sections": tuple(Section(renamed[section.name], section.grade, section.comment)
                                       for section in sample.sections)}
    if early_help and rng.random() < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif not early_help and rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.75
    show_service = rng.random() < 0.45
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and not sample.urgent_concern and sample.grade in (OUTSTANDING, GOOD) and rng.random() < 0.15:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation and rng.random() < 0.75:
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}

    landscape = areas_style == "table" and grader.style == "columns"
    document = new_document(rng, landscape=landscape)
    parts = _Parts(document, brand, rng.choice(("part", "letter", "section")))
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("PQA1 – Practice Quality Audit – OFFICIAL-SENSITIVE when complete",
                            f"Practice Quality Audit form v{rng.choice(('1.3', '2.0', '2.2'))}",
                            "OFFICIAL – SENSITIVE")), size=8)

    title = "Practice Quality Audit – Early Help" if early_help else rng.choice(
        ("Practice Quality Audit", "Practice Quality Audit Form", "Practice Quality Audit – Children's Social Care"))
    if rng.random() < 0.5:
        banner = table(document, 1, 2)
        write(banner.cell(0, 0), council_line(rng), bold=True, colour=brand)
        write(banner.cell(0, 0), title, bold=True, size=15, colour=brand)
        write(banner.cell(0, 1), rng.choice(("Form PQA1", "QA form 3", "PQA")), size=9)
        write(banner.cell(0, 1), "OFFICIAL – SENSITIVE", size=9, bold=True)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
        paragraph(document, title.upper() if rng.random() < 0.3 else title, bold=True, colour=brand, size=16)
    for text in rng.sample(GUIDANCE, rng.randint(1, 2)):
        paragraph(document, text, italic=True, size=9)
    document.add_paragraph()

    # Part A: the child and the record.
    auditor_role = _role(sample.auditor) or "Auditor"
    dob = when(child.date_of_birth)
    if early_help:
        reference_label = rng.choice(("Early Help ref", "EHM number", "Family ID", "EH reference"))
        worker_label = rng.choice(("Lead practitioner", "Family worker", "Lead professional"))
    else:
        reference_label = rng.choice(("Mosaic number", "LCS ID", "Case ref", "Child ID"))
        worker_label = rng.choice(("Social worker", "Allocated SW", "Allocated worker"))
    sibling_label = rng.choice(("Brothers and sisters", "Other children in the household",
                                "Is the child part of a sibling group?"))
    if household:
        sibling_text = "; ".join(f"{name} ({when(born)})" for name, born in household)
        if sibling_label.startswith("Is"):
            sibling_text = f"Yes – {sibling_text}"
    else:
        sibling_text = "No" if sibling_label.startswith("Is") else rng.choice(("None", "Only child", "N/A"))
    sibling_table = bool(household) and details_style != "lines" and rng.random() < 0.4
    rows = [
        (rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), dob),
        (reference_label, sample.case_id),
        (rng.choice(("Address", "Home address")), ", ".join((*child.address_lines, child.postcode))),
        (rng.choice(("Parents / carers", "Parent(s)", "Lives with")), " and ".join(child.parents)),
    ]
    if asks_siblings and not sibling_table:
        rows.append((sibling_label, sibling_text))
    rows.append(("Level of need" if early_help else rng.choice(("Legal status / plan", "Plan type")),
                 rng.choice(EH_LEVELS if early_help else PLANS.get(original_service, PLANS["Assessment and Child Protection"]))))
    rows.append((worker_label, sample.practitioner))
    if show_team:
        rows.append((rng.choice(("Team", "Team name")), sample.team))
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    if auditor_in_header:
        if rng.random() < 0.5:
            rows.append((rng.choice(("Auditor", "Audited by")), f"{sample.auditor} ({auditor_role})"))
        else:
            rows.append((rng.choice(("Auditor", "Audited by", "Auditor (TM)")), sample.auditor))
        rows.append((rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date)))
    rows.append(("Period of record reviewed", rng.choice(("Last 6 months", "Since the last review",
                                                          "Last 3 months"))))

    parts.heading(rng.choice(("The child and the record", "About the child", "Details")))
    guidance = {reference_label: "as shown on the case system", worker_label: "the worker whose practice is audited"}
    if details_style == "grid":
        grid = table(document, (len(rows) + 2) // 3, 6)
        for position, (text, value) in enumerate(rows):
            row, column = position // 3, (position % 3) * 2
            label(grid.cell(row, column), text, "F2F2F2")
            write(grid.cell(row, column + 1), value)
    elif details_style == "guided":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7EEF7")
            if text in guidance:
                write(row.cells[0], f"({guidance[text]})", italic=True, size=8)
            write(row.cells[1], value)
    else:
        for first, second in zip(rows[::2], rows[1::2] + [None]):
            line = paragraph(document)
            run(line, f"{first[0]}: ", bold=True)
            run(line, first[1])
            if second:
                run(line, "\t\t")
                run(line, f"{second[0]}: ", bold=True)
                run(line, second[1])
    if sibling_table:
        paragraph(document, sibling_label, bold=True)
        grid = table(document, len(household) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Name", "Date of birth", "Lives with the child?")):
            label(cell, text, "F2F2F2")
        for row, (name, born) in zip(grid.rows[1:], household):
            write(row.cells[0], name)
            write(row.cells[1], when(born))
            write(row.cells[2], rng.choice(("Yes", "Yes", "No – lives with father")))
    document.add_paragraph()

    # Part B: the areas of practice.
    area_letter = parts.heading(rng.choice(("Quality of practice", "Areas of practice", "What the record shows")))
    key = grader.key_line()
    if key:
        paragraph(document, key, italic=True, size=9)
    procedures = dict(zip((name for name, _ in areas), (checked for _, checked in areas)))
    if areas_style == "table":
        grade_headings = grader.column_headings() if grader.style == "columns" else \
            [rng.choice(("Grade", "Judgement", "Score" if grader.style == "number" else "Grade"))]
        headings = ["No.", "Area of practice", rng.choice(("Evidence", "What does the record show?",
                                                           "Evidence and analysis"))] + grade_headings
        grid = table(document, len(sample.sections) + 1, len(headings))
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "D9D9D9")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), 1):
            write(row.cells[0], f"{area_letter}{number}")
            write(row.cells[1], section.name, bold=True)
            if show_procedures:
                write(row.cells[1], f"Check against: {procedures[section.name]}", italic=True, size=8)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"HoS: {remarks[section.name]}", colour=ink)
            if grader.style == "columns":
                for cell, (option, _) in zip(row.cells[3:], grader.columns):
                    if option == section.grade:
                        mark(cell, grader.symbol)
            else:
                grader.in_cell(row.cells[3], section.grade)
    else:
        for number, section in enumerate(sample.sections, 1):
            paragraph(document, f"{area_letter}{number}. {section.name}", bold=True, colour=brand)
            if show_procedures:
                paragraph(document, f"Consortium procedure / standard: {procedures[section.name]}", italic=True,
                          size=8)
            line = paragraph(document)
            run(line, rng.choice(("Evidence: ", "What I found: ")), bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink, italic=True)
            grader.in_line(document, rng.choice(("Grade:", "Judgement:")), section.grade)
            document.add_paragraph()
    document.add_paragraph()

    # Part C: the overall judgement, with the moderator's grade beside it on some forms.
    parts.heading(rng.choice(("Overall judgement", "Overall grade")))
    caption = rng.choice(("Overall judgement of the quality of practice for this child:",
                          "Overall grade:", "Overall, the quality of practice for this child is:"))
    beside = moderation_style == "beside" and moderation is not None
    if grader.style == "columns" or rng.random() < 0.5:
        grader.in_line(document, caption, sample.grade, overall=True)
        if beside and moderation.grade:
            paragraph(document, _beside_text(rng, sample, moderation), colour=ink, bold=True)
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), caption.rstrip(":"), "FFF2CC")
        grader.in_cell(box.cell(0, 1), sample.grade, overall=True)
        if beside and moderation.grade:
            write(box.cell(0, 1), _beside_text(rng, sample, moderation), colour=ink, bold=True)
    document.add_paragraph()

    # Part D: the child's and family's views, on the forms that ask.
    if sample.feedback_sought is not None:
        parts.heading(rng.choice(("The child's and family's views", "Feedback from the child and family")))
        question = paragraph(document)
        run(question, rng.choice(("Were the child's and family's views sought as part of this audit? ",
                                  "Did you ask the child and family about the help they are getting? ")), bold=True)
        how = rng.choice(("Spoke to mum by phone.", "Child seen at school with the worker.",
                          "Feedback form returned by the family.")) if sample.feedback_sought else \
            rng.choice(("Family did not respond to two calls.", "Not appropriate at this time.", ""))
        _yes_no(paragraph(document), sample.feedback_sought, yes_no_style, ids, detail=how)
        document.add_paragraph()

    # Part E: strengths and areas for development.
    strengths_heading = rng.choice(("What is working well", "Strengths"))
    development_heading = rng.choice(("What needs to be better", "Areas for development", "Even better if"))
    parts.heading(rng.choice(("Strengths and areas for development", "Summary of findings")))
    if lists_style == "side_by_side":
        depth = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, depth + 1, 2)
        label(grid.cell(0, 0), strengths_heading, "E2EFDA")
        label(grid.cell(0, 1), development_heading, "FCE4D6")
        for row, text in zip(grid.rows[1:], sample.strengths):
            write(row.cells[0], text)
        for row, text in zip(grid.rows[1:], sample.development_areas):
            write(row.cells[1], text)
    elif lists_style == "numbered":
        for heading, items in ((strengths_heading, sample.strengths),
                               (development_heading, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, text in enumerate(items, 1):
                paragraph(document, f"{number}. {text}")
    else:
        grid = table(document, 2, 2)
        for row, (heading, items) in zip(grid.rows, ((strengths_heading, sample.strengths),
                                                     (development_heading, sample.development_areas))):
            label(row.cells[0], heading, "F2F2F2")
            for text in items:
                write(row.cells[1], text)
    document.add_paragraph()

    # Part F: the urgent safety question.
    parts.heading(rng.choice(("Safety", "Urgent concerns")))
    question_text = rng.choice((
        "Is there an urgent safety concern for this child that needs action today?",
        "Does anything need to happen today to keep the child safe? (If yes, tell the Head of Service now.)",
        "Urgent safeguarding concern identified during the audit?"))
    if rng.random() < 0.5:
        grid = table(document, 1, 2)
        label(grid.cell(0, 0), question_text, "F2F2F2")
        _yes_no(grid.cell(0, 1).paragraphs[0], sample.urgent_concern, yes_no_style, ids,
                detail=sample.urgent_concern_detail or "")
    else:
        paragraph(document, question_text, bold=True)
        _yes_no(paragraph(document), sample.urgent_concern, yes_no_style, ids,
                detail=sample.urgent_concern_detail or "")
    document.add_paragraph()

    # Part G: actions.
    parts.heading(rng.choice(("Actions", "Actions (who and by when)", "Actions agreed with the worker")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headings = rng.choice((("No.", "Action", "Lead", "Target date", "RAG"),
                               ("No.", "What needs to happen", "Who", "By when", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headings))
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "DEEAF6")
        for number, (row, action) in enumerate(zip(grid.rows[1:], sample.actions), 1):
            write(row.cells[0], str(number))
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            line = paragraph(document)
            run(line, f"Action {number}: ", bold=True)
            run(line, f"{action.action} (Lead: {action.owner}; by {when(action.due)})")
    document.add_paragraph()

    # Sign-off, and the practitioner's response on some forms.
    if rng.random() < 0.3:
        brand_heading(document, rng.choice(("Practitioner's response", "Worker's comments")), brand, size=11)
        paragraph(document, rng.choice(RESPONSES))
    line = paragraph(document)
    run(line, rng.choice(("Audit completed by: ", "Signed (auditor): ")), bold=True)
    run(line, f"{sample.auditor}, {auditor_role}" if not auditor_in_header or rng.random() < 0.5 else sample.auditor)
    run(line, "\t")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
    document.add_paragraph()

    # Moderation.
    parts.heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "Moderation")))
    if moderation is None:
        if moderation_style == "box":
            box = table(document, 4, 2)
            for position, text in enumerate(("Moderated by", "Date", "Moderated grade", "Comments")):
                label(box.cell(position, 0), text, "F2F2F2")
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
        else:
            paragraph(document, rng.choice(("Not moderated.", "For the Head of Service, if sampled.")), italic=True)
    elif moderation_style == "box":
        box = table(document, 5, 2)
        for position, text in enumerate(("Head of Service", "Date moderated",
                                         "Do you agree with the overall grade?", "Moderated grade",
                                         "Comments")):
            label(box.cell(position, 0), text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade == sample.grade:
            write(box.cell(2, 1), rng.choice(("Yes", "Agree")), colour=ink)
            write(box.cell(3, 1), rng.choice((informal_grade(rng, moderation.grade), "As above")), colour=ink)
        elif moderation.grade:
            write(box.cell(2, 1), rng.choice(("No", "Disagree")), colour=ink)
            write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
        else:
            note = rng.choice(("Comments only – see below", ""))
            if note:
                write(box.cell(2, 1), note, colour=ink)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation_style == "signed":
            if moderation.grade == sample.grade:
                paragraph(document, f"Grade confirmed: {WORDS[moderation.grade]}.", colour=ink, bold=True)
            elif moderation.grade:
                paragraph(document, f"I have moderated the overall grade to {WORDS[moderation.grade]}.",
                          colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx",
                    others=tuple(name for name, _ in household),
                    also=(dob, *(when(born) for _, born in household), *(born.isoformat() for _, born in household)))


def _beside_text(rng: random.Random, sample, moderation) -> str:
    """The Head of Service's grade typed next to the auditor's."""
    if moderation.grade == sample.grade:
        return rng.choice((f"HoS: agree – {WORDS[moderation.grade]}",
                           f"Moderated: {informal_grade(rng, moderation.grade)} (agreed)"))
    return rng.choice((f"HoS moderated grade: {WORDS[moderation.grade]}",
                       f"HoS: {informal_grade(rng, moderation.grade)}"))
