"""Practice standards case review: a team manager's review of one child's
case file against the council's practice standards, sent to the quality
assurance team. The case and the people, a short account of the child's
lived experience as the record tells it, six or seven numbered practice
standards each with the reviewer's evidence and a rating (with what good
looks like printed under the standard on some), the overall rating, the
child's and family's views where the form asks, what is working well and
what needs to develop, actions with an owner and a date, the question
whether the child is safe today, the reviewer's sign-off and the Head of
Service's moderation.

Modelled on what Care Inspectorate Wales (CIW) publishes about Cafcass
Cymru, the family court advice service for children in Wales (part of the
Welsh Government), a body not yet used by another family (Cafcass in
England is; every council and children's trust in the four nations
checked, the Crown Dependencies, the Northern Ireland trusts and the
larger voluntary organisations were already named by another family, a
council layout or bench/README.md; the Care Agency in Gibraltar was free
but is not in a UK nation and nothing found describes its quality
assurance). Read as search excerpts only:

- CIW, "Inspection report published for Cafcass Cymru" (4 March 2019,
  careinspectorate.wales/190304-inspection-report-published-cafcass-cymru):
  an inspection in November and December 2018 of performance against set
  practice directions under the Children Act 2004; key findings – officers
  committed to the best outcomes for children, the quality of practice
  observed good overall with some excellent engagement with children and
  families, the voice of the child at the centre of practice, a "child
  impact analysis" approach helping practitioners in private law cases
  focus on the child's views and needs, effective communication with the
  judiciary; areas for improvement – signposting children and families to
  family information services and support in their area, the quality of
  case planning and recording, in particular evidencing the direct work
  done with children, and the range and use of direct work tools.
- CIW, "Our review of Cafcass Cymru has been published" (9 August 2022,
  careinspectorate.wales/220809-our-review-cafcass-cymru-has-been-published):
  an assurance check of the quality and effectiveness of Cafcass Cymru's
  main functions (advice to courts, safeguarding and supporting children
  and families) focused on public law; young people and carers asked about
  their experience first; work of a good standard despite increased
  pressure; no areas of serious concern; areas for improvement to be acted
  on and monitored.

Neither shows an audit form or Cafcass Cymru's own practice standards:
they are inspection findings. So the form is our own judgement. What
follows the sources: standards on the child's voice being at the centre,
an analysis of the impact on the child, evidenced direct work with the
child (and a line naming the direct work tools used, on some files), case
planning and case recording, and signposting the family to support in
their area; asking the child and family about their experience. What is
our judgement: everything else – that a council's team managers review
cases against numbered practice standards at all, the standards' names
and "what good looks like" lines, the four Ofsted grades as the rating,
the "lived experience" box, the labels, and the variation: details as a
two-column table, a four-column grid or tabbed "Label: value" lines
(plain or prefixed references, Early Help references on Early Help files;
team off some files and service off more; the reviewer's role in the same
cell on some); brothers and sisters named with dates of birth on half the
files and again in the text on some; the standards as one table a row a
standard, a bordered card a standard, headed paragraphs, or a landscape
grid with four rating columns; ratings typed informally (with a note on
some), a number on a printed 1–4 key either way round, the chosen one
highlighted or emboldened among the four or kept with the other three
struck through, a mark under four columns, or a Word drop-down; the
overall rating the same way or typed; strengths and areas for
development as paragraphs, numbered points or side by side; actions as a
table, bulleted lines or a "no actions" sentence (at least three files);
the safety question typed, ticked or with the other answer struck through
(at least three yes); dates in seven spellings; the Head of Service's
moderation (changing, confirming or comments only) in a non-red ink as a
labelled box, as a reviewer / moderator rating table, typed through the
form (remarks under standards and an "HoS:" line by the overall rating),
or in black in a heavy-bordered shaded box, or an empty box, an
"awaiting" note or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import head_of_service_over
from bot.samples.phrases import (
    MODERATION_AGREES,
    MODERATION_LOWERS,
    MODERATION_RAISES,
    MODERATION_REMARKS,
    MODERATION_SECTION_REMARKS,
    URGENT_CONCERNS,
    fill,
)

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

FAMILY = "practice_standards_case_review"
SEED = 10045
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# This form's practice standards, in the order of the sample's sections for
# each tool, each with the "what good looks like" line printed under it.
STANDARDS = {
    "Full Case File Audit Tool": (
        ("The child's voice is heard and acted on",
         "The child is seen, alone where right, and their wishes and feelings shape the work."),
        ("Assessment analyses the impact on the child",
         "The assessment says what life is like for the child and what needs to change."),
        ("Case planning is clear and timely",
         "The plan follows from the assessment; every action has an owner and a date."),
        ("Management oversight and reflective supervision",
         "Decisions are recorded with reasons and supervision moves the plan on."),
        ("Working together with partners",
         "School, health and others share information and play their part in the plan."),
        ("Case recording is up to date and purposeful",
         "Records, chronology and case summary are current and written for the child."),
        ("The difference made for the child",
         "There is evidence that the child's circumstances have improved."),
    ),
    "Case Review Audit Tool 2025": (
        ("Working alongside the family",
         "The family helped shape the plan and know what is expected of them."),
        ("Recording is respectful and written for the child",
         "The child could read the record later and understand why decisions were made."),
        ("Management oversight and reflective supervision",
         "Decisions are recorded with reasons and supervision moves the plan on."),
        ("The child's voice is heard and acted on",
         "The child is seen, alone where right, and their wishes and feelings shape the work."),
        ("Direct work with the child is evidenced",
         "Direct work tools are used and what the child said is on the record."),
        ("Family history and support network understood",
         "The history is known and the wider family is part of the safety plan."),
        ("Assessment and plan tell one story",
         "The plan follows from the analysis of risk and need."),
    ),
    "Early Help Case File Audit Tool": (
        ("The child's voice is heard and acted on",
         "The child is seen and their views are recorded in their own words."),
        ("The family's assessment analyses what needs to change",
         "The assessment is done with the family and is clear about what needs to change."),
        ("The family plan is specific and reviewed",
         "Each action has a lead and a date; the plan is reviewed with the family."),
        ("Working with the family and signposting to local support",
         "The family know what support is available in their area and are helped to use it."),
        ("Management oversight",
         "The manager's direction is recorded."),
        ("The difference made for the child",
         "Something has changed for the child since support began."),
    ),
}

WORDS = (
    dict(zip(GRADES4, ("Outstanding", "Good", "Requires improvement", "Inadequate"))),
    dict(zip(GRADES4, ("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"))),
)
KEYS = (dict(zip(GRADES4, (1, 2, 3, 4))), dict(zip(GRADES4, (4, 3, 2, 1))))
ROLES = {"practice_manager": "Team Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director"}

STATUSES = ("Child in need", "Child protection plan – neglect", "Child protection plan – emotional harm",
            "Looked after – care order", "Looked after – section 20", "Public law outline (pre-proceedings)")
EH_STATUSES = ("Early Help – family plan", "Early Help – Team Around the Family")
DIRECT_WORK_TOOLS = ("Three Houses", "Wishes and feelings worksheet", "Life story work", "My world triangle",
                     "Bear cards", "All about me booklet")

LIVED_EXPERIENCE = (
    "{child} lives at home and goes to the local school most days.",
    "{child} told the worker that home is calmer than it was at the start of the year.",
    "{child} sees their dad at weekends and looks forward to it.",
    "{child} has missed some school this term and is behind with reading.",
    "{child} spends a lot of time looking after younger children in the house.",
    "{child} enjoys football club on Tuesdays, which the worker helped arrange.",
    "{child} has moved home twice in the last year and is still settling.",
    "{child} says they worry when the adults argue.",
)

FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this review?",
    "Did you ask the child and family about their experience of our service?",
    "Child / family feedback obtained for this review?",
)
URGENT_QUESTIONS = (
    "Is the child safe today? Does anything need to go to the Head of Service now?",
    "Immediate safety concern identified during this review?",
    "Are there any urgent concerns about the child's safety?",
)
NO_ACTIONS = ("No actions needed – the plan already covers what is required.",
              "No further actions required at this time.",
              "No case-specific actions arising from this review.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not selected for moderation this month.", "")
ACTION_HEADERS = (("Action", "Who", "By when"),
                  ("What needs to happen", "Lead", "Target date", "Progress"),
                  ("Action", "Responsible", "Date due", "Completed?"))
CHANGE_NOTES = {1: MODERATION_LOWERS, -1: MODERATION_RAISES}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    extra = 2
    while True:
        pool = sample_forms(count * extra, seed=SEED, today=today, feedback_question=True)
        audits = [sample for sample in pool if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
        if len(audits) == count:
            break
        extra *= 2  # kept so a short draw cannot fail
    plans = _plan(rng, audits)
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(audits, plans))]


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _role(name: str) -> str:
    member = _staff(name)
    return ROLES.get(member.role, "") if member else ""


def _cycle(rng: random.Random, options: tuple, count: int) -> list:
    """`count` choices that use every option about equally often."""
    drawn = [options[position % len(options)] for position in range(count)]
    rng.shuffle(drawn)
    return drawn


def _plan(rng: random.Random, audits: list) -> list[dict]:
    """What each file shows, dealt over the family: every rating style and
    layout more than once, at least three urgent yes and three with no
    actions, moderation changing on four, confirming on three and comments
    only on three (where the reviewer has a Head of Service over them)."""
    count = len(audits)
    plans: list[dict] = [{} for _ in audits]
    styles = _cycle(rng, ("typed", "key", "highlight", "strike", "columns", "dropdown"), count)
    layouts = _cycle(rng, ("matrix", "cards", "headed"), count)
    for plan, style, layout in zip(plans, styles, layouts):
        plan["grade_style"] = style
        plan["standards"] = "columns" if style == "columns" else layout
    for plan, shape in zip(plans, _cycle(rng, ("table", "grid4", "lines"), count)):
        plan["details"] = shape
    for plan, shape in zip(plans, _cycle(rng, ("box", "ratings", "inline", "black"), count)):
        plan["moderation_shape"] = shape
    for plan, shown in zip(plans, _cycle(rng, (True, False), count)):
        plan["siblings"] = shown

    urgent = [index for index, sample in enumerate(audits) if sample.urgent_concern]
    calm = sorted((index for index, sample in enumerate(audits) if not sample.urgent_concern),
                  key=lambda index: (-GRADES4.index(audits[index].grade), index))
    for index in calm[: max(0, 3 - len(urgent))]:
        plans[index]["make_urgent"] = True
    none_yet = sum(1 for sample in audits if not sample.actions)
    with_actions = sorted((index for index, sample in enumerate(audits)
                           if sample.actions and not plans[index].get("make_urgent")),
                          key=lambda index: (GRADES4.index(audits[index].grade), index))
    for index in with_actions[: max(0, 3 - none_yet)]:
        plans[index]["no_actions"] = True

    moderable = [index for index, sample in enumerate(audits)
                 if sample.moderation is None and head_of_service_over(_staff(sample.auditor)) is not None]
    rng.shuffle(moderable)
    had = {"changes": 0, "confirms": 0, "comments": 0}
    for sample in audits:
        if sample.moderation:
            outcome = ("comments" if sample.moderation.grade is None
                       else "confirms" if sample.moderation.grade == sample.grade else "changes")
            had[outcome] += 1
    outcomes = [outcome for outcome, wanted in (("changes", 4), ("confirms", 3), ("comments", 3))
                for _ in range(max(0, wanted - had[outcome]))]
    for index, outcome in zip(moderable, outcomes):
        plans[index]["moderate"] = outcome
    return plans


def _heavy_borders(grid, colour: str = "000000") -> None:
    """Thick outside borders, as a moderation box is drawn."""
    properties = grid._tbl.tblPr
    borders = properties.find(qn("w:tblBorders"))
    if borders is None:
        borders = properties.makeelement(qn("w:tblBorders"), {})
        later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption")}
        following = next((child for child in properties if child.tag in later), None)
        if following is None:
            properties.append(borders)
        else:
            following.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": colour})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"})


def _merge_row(grid, row: int):
    """Merge a table row into one cell and return it."""
    cells = grid.rows[row].cells
    return cells[0].merge(cells[-1])


def _answer(target, rng: random.Random, yes: bool, style: str) -> None:
    """A yes / no answer typed, in tick boxes, or with the other struck through."""
    if style == "typed":
        run(target, rng.choice(("Yes", "YES", "Yes.")) if yes else rng.choice(("No", "No.", "NO")), bold=yes)
    elif style == "ticks":
        run(target, f"Yes {CHECKED_BOX if yes else UNCHECKED_BOX}    No {UNCHECKED_BOX if yes else CHECKED_BOX}")
    else:
        run(target, "Yes", strike=not yes, bold=yes)
        run(target, " / ")
        run(target, "No", strike=yes, bold=not yes)


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    """A Head of Service's moderation of `sample`: changing its grade by one
    step, confirming it, or comments only, with remarks on one or two
    standards."""
    head = head_of_service_over(_staff(sample.auditor))
    first = sample.child.first_name
    position = GRADES4.index(sample.grade)
    if outcome == "changes":
        step = 1 if position == 0 else -1 if position == 3 else rng.choice((1, -1))
        grade, pool = GRADES4[position + step], CHANGE_NOTES[step]
    elif outcome == "confirms":
        grade, pool = sample.grade, MODERATION_AGREES
    else:
        grade, pool = None, MODERATION_REMARKS
    remarked = rng.sample(sample.sections, rng.randint(1, 2))
    return Moderation(
        moderator=head.name,
        date=min(sample.date + timedelta(days=rng.randint(3, 12)), today - timedelta(days=1)),
        comments=tuple(fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
        section_comments={section.name: rng.choice(MODERATION_SECTION_REMARKS) for section in remarked},
        grade=grade,
    )


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    words = rng.choice(WORDS)
    key = rng.choice(KEYS)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    style = plan["grade_style"]
    overall_style = style if rng.random() < 0.7 else "typed"
    answer_style = rng.choice(("typed", "ticks", "strike"))
    early_help = sample.kind == EARLY_HELP_AUDIT
    child = sample.child
    household = siblings(rng, child, rng.choice((1, 2, 2, 3)), today) if plan["siblings"] else []
    scheme = rng.randrange(3)  # "1.", "Part A –" or "Section 1:" headings, one scheme a form

    def numbered(number: int, text: str) -> str:
        return (f"{number}. {text}", f"Part {'ABCDEFGHI'[number - 1]} – {text}", f"Section {number}: {text}")[scheme]

    # --- the sample as this form shows it ------------------------------------------------------------
    standards = STANDARDS[sample.title]
    renamed = {section.name: name for (name, _), section in zip(standards, sample.sections)}
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(standards, sample.sections))}
    reference_style = rng.choice(("plain", "early_help", "early_help") if early_help
                                 else ("plain", "prefixed", "prefixed"))
    if reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference_style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() > 0.25
    show_service = rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if plan.get("make_urgent"):
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(rng.choice(URGENT_CONCERNS), child.first_name)
    if plan.get("no_actions"):
        changes["actions"] = ()
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, household[0][0]))
    moderation = sample.moderation
    if moderation is not None:
        moderation = replace(moderation, section_comments={
            renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed})
        changes["moderation"] = moderation
    sample = replace(sample, **changes)
    if plan.get("moderate"):
        moderation = _moderation(rng, sample, plan["moderate"], today)
        sample = replace(sample, moderation=moderation)
    shape = plan["moderation_shape"]
    remarks = moderation.section_comments if moderation and shape == "inline" else {}

    # --- the page ------------------------------------------------------------------------------------
    layout = plan["standards"]
    document = new_document(rng, landscape=layout == "columns" and rng.random() < 0.6)
    line_in_header = rng.random() < 0.6
    if line_in_header:
        header = document.sections[0].header.paragraphs[0]
        run(header, council_line(rng), bold=True, colour=brand, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE when completed", "Practice Standards – case review tool v2",
                            "Quality Assurance Framework – practice standards review")), size=8)
    if not line_in_header:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    if early_help:
        title = rng.choice(("Early Help Practice Standards Case Review", "Practice Standards Review – Early Help"))
    else:
        title = rng.choice(("Practice Standards Case Review", "Case Review against our Practice Standards",
                            "Practice Standards Audit – Case File Review"))
    paragraph(document, title.upper() if rng.random() < 0.3 else title, bold=True, colour=brand, size=15)
    paragraph(document, rng.choice((
        "Read the child's record before you meet the worker. Rate each practice standard and say what you saw "
        "on the file that tells you so.",
        "Our practice standards say what every child should be able to expect from us. This review asks whether "
        "this child got it.",
        "Heads of Service: type your moderation in a different colour and give your own rating if you disagree.",
    )), italic=True, size=9)

    # --- part 1: the case ---------------------------------------------------------------------------------
    auditor = sample.auditor
    role = _role(auditor)
    with_role = bool(role) and rng.random() < 0.4
    dob = when(child.date_of_birth)
    reference_label = rng.choice(("Child's ID", "Case ref", "Ref", "LCS no.", "Case number")
                                 if not early_help else ("EH ref", "Family ref", "Ref"))
    rows = [("Child's name", child.full_name), ("Date of birth", dob), (reference_label, sample.case_id),
            (rng.choice(("Legal status / plan", "Status", "Plan type")),
             rng.choice(EH_STATUSES if early_help else STATUSES))]
    if rng.random() < 0.45:
        rows.append((rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents)))
    if household:
        rows.append((rng.choice(("Brothers and sisters", "Siblings", "Other children in the household")),
                     "; ".join(f"{name} ({when(born)})" for name, born in household)))
    rows.append((rng.choice(("Lead practitioner", "Family worker")) if early_help
                 else rng.choice(("Child's social worker", "Allocated worker", "SW")), sample.practitioner))
    if show_team:
        rows.append(("Team", sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    rows.append((rng.choice(("Reviewing manager", "Reviewed by", "Manager completing review")),
                 f"{auditor} ({role})" if with_role else auditor))
    rows.append((rng.choice(("Date of review", "Review date", "Date reviewed")), when(sample.date)))

    def heading(number: int, text: str) -> None:
        paragraph(document, numbered(number, text), bold=True, colour=brand, size=12)

    heading(1, rng.choice(("About the case", "Case details", "The child and the worker")))
    if plan["details"] == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif plan["details"] == "grid4":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[(position % 2) * 2], text, "E7EEF7")
            write(cells[(position % 2) * 2 + 1], value)
    else:
        position = 0
        while position < len(rows):
            line = paragraph(document)
            text, value = rows[position]
            run(line, f"{text}: ", bold=True)
            run(line, value)
            if (len(value) < 26 and position + 1 < len(rows) and len(rows[position + 1][1]) < 26
                    and rng.random() < 0.45):
                text, value = rows[position + 1]
                run(line, "\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)
                position += 1
            position += 1
    document.add_paragraph()

    # --- part 2: the child's lived experience ---------------------------------------------------------------
    heading(2, rng.choice(("The child's lived experience", "What is life like for this child?",
                           "A day in the life of the child")))
    story = " ".join(fill(text, child.first_name) for text in rng.sample(LIVED_EXPERIENCE, rng.randint(2, 3)))
    if rng.random() < 0.5:
        box = table(document, 1, 1)
        write(box.cell(0, 0), story)
    else:
        paragraph(document, story)
    if rng.random() < 0.5:
        tools = rng.sample(DIRECT_WORK_TOOLS, 3)
        used = rng.randint(0, 2)
        line = paragraph(document)
        run(line, "Direct work tools used: ", bold=True)
        run(line, "   ".join(f"{CHECKED_BOX if position <= used else UNCHECKED_BOX} {tool}"
                             for position, tool in enumerate(tools)))
    document.add_paragraph()

    # --- part 3: the practice standards ---------------------------------------------------------------------
    def grade_in(target, grade: str, how: str, *, overall: bool = False) -> None:
        if how == "typed":
            run(target, informal_grade(rng, grade, note_chance=0.0 if overall else 0.3), bold=overall)
        elif how == "key":
            text = str(key[grade])
            if overall and rng.random() < 0.5:
                text += f" ({words[grade]})"
            run(target, text, bold=True)
        elif how == "dropdown":
            content_dropdown(target._p, tuple(words[option] for option in GRADES4), words[grade], ids,
                             alias="Overall rating" if overall else "Rating")
        else:
            for position, option in enumerate(GRADES4):
                if position:
                    run(target, " / " if how == "strike" else "   ")
                chosen = option == grade
                run(target, words[option], bold=chosen, highlight=chosen and how == "highlight",
                    strike=not chosen and how == "strike")

    def mark_row(cells, grade: str) -> None:
        for column, (option, _) in enumerate(columns):
            if option == grade:
                mark(cells[column], symbol)

    heading(3, rng.choice(("Our practice standards", "Rating against the practice standards",
                           "How well did we meet our standards?")))
    if style == "key":
        order = sorted(GRADES4, key=lambda grade: key[grade])
        paragraph(document, "Rating key:  " + "   ".join(f"{key[grade]} = {WORDS[0][grade]}" for grade in order),
                  size=9, italic=True)
    elif style == "dropdown":
        paragraph(document, "Choose a rating for each standard from the list.", size=9, italic=True)
    elif style == "highlight":
        paragraph(document, rng.choice(("Highlight the rating that applies.", "Highlight and bold your rating.")),
                  size=9, italic=True)
    elif style == "strike":
        paragraph(document, rng.choice(("Delete the ratings that do not apply.",
                                        "Bold the rating that applies and strike through the others.")),
                  size=9, italic=True)
    elif style == "columns":
        paragraph(document, "Mark one column for each standard.", size=9, italic=True)
    guidance = dict(standards)
    show_guidance = rng.random() < 0.6
    sections = sample.sections
    code = rng.choice(("PS", "Standard ", ""))
    rating_word = "Score" if style == "key" else rng.choice(("Rating", "Grade"))
    if layout in ("matrix", "columns"):
        headers = ["No.", rng.choice(("Practice standard", "Standard")),
                   rng.choice(("Evidence from the record", "What I found", "Evidence"))]
        headers += [text for _, text in columns] if layout == "columns" else [rating_word]
        grid = table(document, len(sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sections), 1):
            write(row.cells[0], f"{code}{number}")
            write(row.cells[1], section.name, bold=True)
            if show_guidance:
                write(row.cells[1], guidance[section.name], italic=True, size=8)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            if layout == "columns":
                mark_row(row.cells[3:], section.grade)
            else:
                grade_in(row.cells[3].paragraphs[0], section.grade, style)
    elif layout == "cards":
        for number, section in enumerate(sections, 1):
            card = table(document, 3, 2)
            top = _merge_row(card, 0)
            write(top, f"{code}{number}  {section.name}", bold=True, colour="FFFFFF")
            shade(top._tc, brand)
            if show_guidance:
                write(top, f"What good looks like: {guidance[section.name]}", italic=True, size=8,
                      colour="FFFFFF")
            label(card.cell(1, 0), rng.choice(("Evidence", "What the record shows")), "F2F2F2")
            write(card.cell(1, 1), section.comment)
            if section.name in remarks:
                write(card.cell(1, 1), f"Head of Service: {remarks[section.name]}", colour=ink)
            label(card.cell(2, 0), rating_word, "F2F2F2")
            grade_in(card.cell(2, 1).paragraphs[0], section.grade, style)
            document.add_paragraph()
    else:  # headed paragraphs
        for number, section in enumerate(sections, 1):
            paragraph(document, f"{code}{number}: {section.name}", bold=True, colour=brand)
            if show_guidance:
                paragraph(document, guidance[section.name], italic=True, size=9)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"HoS comment: {remarks[section.name]}", colour=ink, italic=True)
            line = paragraph(document)
            run(line, f"{rating_word}: ", bold=True)
            grade_in(line, section.grade, style)
    document.add_paragraph()

    # --- part 4: overall ---------------------------------------------------------------------------------------
    heading(4, rng.choice(("Overall rating", "Overall judgement", "Overall")))
    overall_label = rng.choice(("Overall rating of the child's experience of our practice",
                                "Overall rating", "Reviewer's overall judgement"))
    overall_cell = None
    if overall_style == "columns":
        paragraph(document, overall_label, bold=True)
        grid = table(document, 2, 4)
        for column, (_, text) in enumerate(columns):
            label(grid.cell(0, column), text, "F2F2F2")
        mark_row(grid.rows[1].cells, sample.grade)
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), overall_label, "FFF2CC")
        grade_in(box.cell(0, 1).paragraphs[0], sample.grade, overall_style, overall=True)
        overall_cell = box.cell(0, 1)
    if moderation and shape == "inline" and moderation.grade:
        text = f"HoS: {informal_grade(rng, moderation.grade)}"
        if overall_cell is not None and rng.random() < 0.6:
            write(overall_cell, text, colour=ink, bold=True)
        else:
            paragraph(document, text, colour=ink, bold=True)
    if sample.feedback_sought is not None:
        question = paragraph(document)
        run(question, rng.choice(FEEDBACK_QUESTIONS), bold=True)
        run(question, "  ")
        _answer(question, rng, sample.feedback_sought, answer_style)
    document.add_paragraph()

    # --- part 5: strengths and development -------------------------------------------------------------------
    heading(5, rng.choice(("Summary", "Strengths and areas for development", "What we learned")))
    good_label = rng.choice(("What is working well", "Strengths", "Practice to celebrate"))
    better_label = rng.choice(("Areas for development", "What needs to develop", "Areas for improvement"))
    summary = rng.choice(("paragraphs", "numbered", "side"))
    if summary == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), good_label, "E2EFDA")
        label(grid.cell(0, 1), better_label, "FCE4D6")
        for text in sample.strengths:
            write(grid.cell(1, 0), text)
        for text in sample.development_areas:
            write(grid.cell(1, 1), text)
    else:
        for title_text, items in ((good_label, sample.strengths), (better_label, sample.development_areas)):
            paragraph(document, title_text, bold=True)
            for number, text in enumerate(items, 1):
                paragraph(document, f"{number}. {text}" if summary == "numbered" else text)
    document.add_paragraph()

    # --- part 6: actions -------------------------------------------------------------------------------------
    heading(6, rng.choice(("Actions", "Actions for the child (who, by when)", "What happens next")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice(ACTION_HEADERS)
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2022 {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # --- part 7: safety today ---------------------------------------------------------------------------------
    heading(7, rng.choice(("Safety today", "Escalation", "Immediate safety")))
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS), bold=True)
    answer = paragraph(document)
    _answer(answer, rng, sample.urgent_concern, answer_style)
    if sample.urgent_concern:
        line = paragraph(document)
        run(line, rng.choice(("If yes, what has been done: ", "Details and action taken: ")), bold=True)
        run(line, sample.urgent_concern_detail)
    document.add_paragraph()

    # --- part 8: sign-off -------------------------------------------------------------------------------------
    heading(8, rng.choice(("Sign-off", "Reviewer", "Completed by")))
    signed = paragraph(document)
    run(signed, "Signed: ", bold=True)
    run(signed, auditor)
    run(signed, "\t")
    run(signed, "Date: ", bold=True)
    run(signed, when(sample.date))
    if rng.random() < 0.45:
        line = paragraph(document)
        run(line, "Discussed with the worker: ", bold=True)
        run(line, f"Yes, {when(min(sample.date + timedelta(days=rng.randint(1, 5)), today))}")

    # --- part 9: moderation -----------------------------------------------------------------------------------
    title9 = rng.choice(("Head of Service moderation", "Moderation", "Head of Service quality check"))
    if shape in ("box", "black"):
        heading(9, title9)
        box_ink = ink if shape == "box" else "000000"
        box = table(document, 4, 2)
        if shape == "black":
            _heavy_borders(box)
        for position, text in enumerate(("Head of Service", "Date", "Moderated rating", "Comments")):
            label(box.cell(position, 0), text, "F2F2F2")
            if shape == "black":
                shade(box.cell(position, 1)._tc, "FFF9E5")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=box_ink)
            write(box.cell(1, 1), when(moderation.date), colour=box_ink)
            if moderation.grade == sample.grade:
                write(box.cell(2, 1), rng.choice((f"Agree – {informal_grade(rng, moderation.grade)}",
                                                  f"{informal_grade(rng, moderation.grade)} (confirmed)")),
                      colour=box_ink, bold=True)
            elif moderation.grade:
                write(box.cell(2, 1), rng.choice((f"Changed to {informal_grade(rng, moderation.grade)}",
                                                  informal_grade(rng, moderation.grade))), colour=box_ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=box_ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
    elif shape == "ratings":
        heading(9, title9)
        grid = table(document, 2, 3)
        for cell, text in zip(grid.rows[0].cells, ("Reviewer's rating", "Head of Service rating", "Comments")):
            label(cell, text, "D9D9D9")
        write(grid.cell(1, 0), words[sample.grade])
        if moderation:
            if moderation.grade:
                write(grid.cell(1, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            else:
                write(grid.cell(1, 1), rng.choice(("–", "n/a – comments only", "")), colour=ink)
            for comment in moderation.comments:
                write(grid.cell(1, 2), comment, colour=ink)
            line = paragraph(document)
            run(line, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink, italic=True)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(grid.cell(1, 2), note, italic=True)
    elif moderation:
        heading(9, title9)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade == sample.grade:
            paragraph(document, rng.choice((f"I agree with the reviewer's rating of {words[moderation.grade]}.",
                                            f"Rating confirmed: {words[moderation.grade]}")), colour=ink)
        elif moderation.grade:
            paragraph(document, f"Moderated rating: {words[moderation.grade]}", colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    elif rng.random() < 0.5:
        heading(9, title9)
        paragraph(document, rng.choice(NOT_MODERATED[:2]), italic=True)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx",
                    others=tuple(name for name, _ in household),
                    also=(dob, *(when(born) for _, born in household)))
