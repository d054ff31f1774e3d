"""Regional case file review: a manager's review (a team manager's on most
files) of one child's case file for a Welsh council's Children and Young
People Services, sent to the quality assurance team. The child and the
record, numbered areas of practice each with what the reviewer looks for,
the evidence from the file and a grade, the overall grade, the child's and
family's views (and, on most files, whether the reviewer asked them), what
is working well and what needs to be better, actions with a lead and a
target date, the question whether anything needs action today, the
reviewer's sign-off and the Head of Service's moderation.

Modelled on what is published about Neath Port Talbot County Borough
Council's children's services (no Neath Port Talbot material was used yet;
Vale of Glamorgan, Monmouthshire, Bridgend, Wrexham, Flintshire,
Denbighshire, Conwy, Anglesey, Gwynedd and Powys are all named by other
families), read as search excerpts only:

- Care Inspectorate Wales, "Joint Inspectorate Review of Child Protection
  Arrangements (JICPA): Neath Port Talbot, 2021" (careinspectorate.wales):
  a joint inspection by five inspectorates of the multi-agency response to
  abuse and neglect, including child exploitation; its key strengths are
  that safeguarding processes were understood across the partnership, that
  practitioners made significant efforts to engage with children and sought
  their and their families' views, that partners identified risks and
  reported safeguarding issues promptly, and that the local authority works
  within a person-centred ethos in which, where children cannot live at
  home, contact with parents, siblings and the wider family is prioritised;
  its areas for development begin with contextual safeguarding.
- The Welsh Government's written statement "Neath Port Talbot children's
  social services" (gov.wales, 23 April 2015): CSSIW's further inspection
  reported under four themes (providing direction; delivering social
  services; shaping services; assessment and care management) with
  considerable progress under each; listening to the voices of children and
  young people is essential and must be strengthened further.
- Community Care, "Council with 'oppressive' culture no longer failing,
  inspectors report" (23 April 2015): the serious concern protocol of
  November 2012 lifted; high caseloads and inconsistent practice criticised
  in 2012; high morale and improved training found in February 2015.

None of these shows a case file review form or says how the council's
managers audit files, so the layout is our own judgement: only the weight
given to the child's and family's views, to brothers and sisters and the
wider network, and to partners' prompt sharing of risk (in the areas'
names and prompts), and the Welsh and English labels on some files (as
Welsh councils print their templates), follow the sources. What varies: the
details as a two-column table (English or Welsh / English labels), as two
strips of labels over values, or as "Label: value" lines with two labels to
a line; the reviewer's role in the same cell on some; team and service left
off some files; plain, prefixed and Early Help references; brothers and
sisters named on some (and again in the free text); the areas as cards,
one grid or headed paragraphs; grades typed informally, a number on a
printed 1–4 key either way round, the chosen option highlighted or
emboldened with the others struck through, a mark under four grade
columns, or a Word drop-down; the overall grade the same way or typed;
the views question typed, ticked or with the other answer struck through;
strengths and areas for development side by side, bulleted or numbered;
actions as a table, numbered lines or a "no actions" sentence; the
urgent question answered the same three ways (three yes); dates in seven
spellings or a Word date picker; the Head of Service's moderation in a
non-red ink as signed lines, or in a heavy-bordered box (black or coloured),
changing, confirming or only commenting, with remarks under the areas on
some, or an empty box, an "awaiting" note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, Section, sample_forms
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_date, content_dropdown, sub
from bot.samples.phrases import URGENT_CONCERNS, fill
from bot.samples.wording import WORD_DATE_STYLES, format_date, word_date_format

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

FAMILY = "regional_case_file_review"
SEED = 10022
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# This form's areas of practice, in the order of the sample's sections for
# each tool, with what the reviewer looks for under each.
AREAS = {
    "Full Case File Audit Tool": (
        ("What matters to the child – voice and lived experience",
         "Is the child seen, and seen alone? Are their wishes and feelings recorded in their own words?"),
        ("Assessment of need and risk",
         "Is the assessment analytical, up to date and clear about strengths as well as worries?"),
        ("Care and support / protection plan",
         "Does the plan say what needs to change, who will do what and by when?"),
        ("Management oversight and supervision",
         "Is there recorded management direction with reasons and timescales?"),
        ("Working with partners",
         "Do partners share information and identify risk promptly? Are they part of the plan?"),
        ("Recording and chronology",
         "Is the record up to date, and does the chronology tell the child's story?"),
        ("Well-being outcomes – the difference made",
         "What difference has our involvement made for the child?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with the family, not doing to them",
         "Is the family part of the decisions made about them?"),
        ("Respectful, plain language in the record",
         "Could the child read this record later and recognise themselves in it?"),
        ("Leadership and management oversight",
         "Is there clear direction, and is the reason for each decision on file?"),
        ("What matters to the child – voice and lived experience",
         "Is the child seen, and seen alone? Are their wishes and feelings recorded in their own words?"),
        ("Engagement with the child and family",
         "Has the worker built a relationship with the child and the parents?"),
        ("Family history, brothers and sisters and wider network",
         "Is the history understood? Are brothers and sisters and the wider family considered?"),
        ("Assessment and care and support plan",
         "Is the assessment current, and does the plan follow from it?"),
    ),
    "Early Help Case File Audit Tool": (
        ("What matters to the child – voice and lived experience",
         "Are the child's wishes and feelings recorded in their own words?"),
        ("Early Help / Families First assessment",
         "Is the assessment completed with the family and clear about what needs to change?"),
        ("Team Around the Family plan",
         "Does the plan have actions, leads and review dates?"),
        ("Engagement with the family",
         "Does the family agree with the plan and take part in it?"),
        ("Management oversight",
         "Is the manager's direction recorded?"),
        ("Well-being outcomes – the difference made",
         "What has changed for the child since the family was referred?"),
    ),
}

WORDS = (
    dict(zip(GRADES4, ("Outstanding", "Good", "Requires improvement", "Inadequate"))),
    dict(zip(GRADES4, ("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"))),
)
# The printed 1–4 key, either way round.
KEYS = (
    dict(zip(GRADES4, (1, 2, 3, 4))),
    dict(zip(GRADES4, (4, 3, 2, 1))),
)
ROLES = {"practice_manager": "Team Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director"}
STATUSES = ("Care and support plan", "Child protection plan (on the register)", "Looked after (s.76)",
            "Looked after (care order)")
LEAVING_CARE = "Care leaver – pathway plan"
EH_STATUSES = ("Families First – Team Around the Family", "Early Help – family support plan")

# (what the reviewer writes, whether it needs a child old enough to talk)
VIEWS_ON_FILE = (
    ("{child}'s views are recorded after the last two visits and in the review minutes.", True),
    ("Direct work with {child} is on file; the parents' views are in the assessment.", True),
    ("The record shows what matters to {child}, but not the father's view of the plan.", False),
    ("The worker's observations of {child} at home are recorded; mum's views are in the assessment.", False),
)
VIEWS_ASKED = (
    ("Spoke to mum by phone: she said the worker listens and explains what is happening.", False),
    ("{child} was seen at school with the worker and said the visits help.", True),
    ("Dad said the plan is clearer since the last review meeting.", False),
)
VIEWS_NOT_ASKED = (
    "Not contacted for this review – the family were away.",
    "Family not available before the return date; views taken from the record only.",
)
FEEDBACK_QUESTIONS = (
    "Did you ask the child and family for their views as part of this review?",
    "Child / family feedback sought for this review?",
    "Have you spoken to the child or family about the help they get?",
)
URGENT_QUESTIONS = (
    "Is there anything on this file that needs action today to keep the child safe?",
    "Immediate safeguarding concern identified during the review?",
    "Does this case need to go to the Head of Service today because of a worry about the child's safety?",
)
NO_ACTIONS = ("No actions arising from this review.",
              "No further actions required at this time – the plan covers what is needed.",
              "Actions: none.")
NOT_MODERATED = ("Awaiting moderation.", "Not sampled for moderation this month.", "")
ACTION_HEADERS = (("Action", "Lead", "Target date", "Completed?"),
                  ("What needs to happen", "Who", "By when", "RAG"),
                  ("Action", "Person responsible", "Timescale"))

# Welsh labels printed before the English on a bilingual template.
WELSH = {
    "Child's name": "Enw'r plentyn",
    "Date of birth": "Dyddiad geni",
    "Case reference": "Cyfeirnod achos",
    "Address": "Cyfeiriad",
    "Parents / carers": "Rhieni / gofalwyr",
    "Brothers and sisters": "Brodyr a chwiorydd",
    "Legal status / plan": "Statws cyfreithiol / cynllun",
    "Social worker": "Gweithiwr cymdeithasol",
    "Lead worker": "Gweithiwr arweiniol",
    "Team": "Tîm",
    "Service": "Gwasanaeth",
    "Reviewed by": "Adolygwyd gan",
    "Role": "Rôl",
    "Date of review": "Dyddiad yr adolygiad",
}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
    extra = 4
    while len(audits) < count:  # never for a month the pool covers; kept so a short draw cannot fail
        pool = sample_forms(count * extra, seed=SEED, today=today, feedback_question=True)
        audits = [sample for sample in pool if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
        extra *= 2
    plans = _plan(rng, audits)
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(audits, plans))]


def _cycle(rng: random.Random, options: tuple, count: int) -> list:
    """`count` choices that use every option about equally often."""
    drawn = [options[position % len(options)] for position in range(count)]
    rng.shuffle(drawn)
    return drawn


def _plan(rng: random.Random, audits: list) -> list[dict]:
    """What each file shows, spread over the family: three urgent yes, two
    with no actions, the views question on most files (some answered no),
    brothers and sisters on half, every grade style twice or more."""
    count = len(audits)
    plans = [{} for _ in audits]
    for plan, style in zip(plans, _cycle(rng, ("typed", "key", "highlight", "strike", "columns", "dropdown"), count)):
        plan["grade_style"] = style
    for plan, shape in zip(plans, _cycle(rng, ("table", "strips", "lines"), count)):
        plan["details"] = shape
    for plan, shape in zip(plans, _cycle(rng, ("cards", "grid", "headed"), count)):
        plan["areas"] = "grid" if plan["grade_style"] == "columns" else shape
    for plan, shape in zip(plans, _cycle(rng, ("box", "lines"), count)):
        plan["moderation"] = shape

    urgent = [index for index, sample in enumerate(audits) if sample.urgent_concern]
    candidates = sorted((index for index, sample in enumerate(audits) if not sample.urgent_concern),
                        key=lambda index: -GRADES4.index(audits[index].grade))
    for index in candidates[: max(0, 3 - len(urgent))]:
        plans[index]["make_urgent"] = True
    with_actions = [index for index, sample in enumerate(audits)
                    if sample.actions and sample.grade in (OUTSTANDING, GOOD) and index not in urgent]
    for index in rng.sample(with_actions, min(2, len(with_actions))):
        plans[index]["no_actions"] = True
    for plan, shown in zip(plans, _cycle(rng, (True, False), count)):
        plan["siblings"] = shown
    unasked = [index for index, sample in enumerate(audits) if sample.feedback_sought is None]
    rng.shuffle(unasked)
    asked_now = unasked[: (len(unasked) * 2) // 3]
    for position, index in enumerate(asked_now):
        plans[index]["feedback"] = position % 3 != 0
    return plans


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _heavy_borders(grid, colour: str = "000000") -> None:
    """Give a table thick outside borders, as a moderation box is drawn."""
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


def _answer(target, rng: random.Random, yes: bool, style: str, *, detail: str | None = None) -> None:
    """A yes / no answer typed, in tick boxes, or with the other answer
    struck through; `detail` follows a yes."""
    if style == "typed":
        text = rng.choice(("Yes", "YES", "Yes.")) if yes else rng.choice(("No", "No.", "NO"))
        if detail:
            text += f" – {detail}"
        run(target, text, bold=yes and detail is not None)
    elif style == "ticks":
        run(target, f"{CHECKED_BOX if yes else UNCHECKED_BOX} Yes    {UNCHECKED_BOX if yes else CHECKED_BOX} No")
        if detail:
            run(target, f"   {detail}")
    else:
        run(target, "Yes", strike=not yes, bold=yes)
        run(target, " / ")
        run(target, "No", strike=yes, bold=not yes)
        if detail:
            run(target, f"   {detail}")


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
    bilingual = rng.random() < 0.4
    early_help = sample.kind == EARLY_HELP_AUDIT
    picker = rng.random() < 0.25
    date_style = rng.choice(WORD_DATE_STYLES)
    answer_style = rng.choice(("typed", "ticks", "strike"))
    child = sample.child
    household = siblings(rng, child, rng.choice((1, 2, 2, 3)), today) if plan["siblings"] else []

    # --- the sample as this form shows it --------------------------------------------------
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(areas, sample.sections))}
    reference_style = rng.choice(("plain", "prefixed", "prefixed", "early_help" if early_help else "plain"))
    if reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference_style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if plan.get("make_urgent"):
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(rng.choice(URGENT_CONCERNS), child.first_name)
    if plan.get("no_actions"):
        changes["actions"] = ()
    if "feedback" in plan:
        changes["feedback_sought"] = plan["feedback"]
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    box_ink = ink if plan["moderation"] == "lines" or rng.random() < 0.6 else "000000"
    remarks: dict[str, str] = {}
    if moderation and box_ink != "000000" and rng.random() < 0.7:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    def labelled(english: str) -> str:
        return f"{WELSH[english]} / {english}" if bilingual and english in WELSH else english

    # --- the page -------------------------------------------------------------------------------
    document = new_document(rng, landscape=plan["areas"] == "grid" and style == "columns" and rng.random() < 0.5)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE when complete", "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE",
                            "QA Framework – case file review v4")), size=8)

    if early_help:
        title = rng.choice(("Early Help Case File Review", "Families First Case File Review"))
    else:
        title = rng.choice(("Case File Review", "Children's Case File Review", "Case File Review Tool"))
    if bilingual:
        paragraph(document, "Adolygiad Ffeil Achos", bold=True, colour=brand, size=14)
    paragraph(document, title, bold=True, colour=brand, size=16)
    paragraph(document, rng.choice((
        "Review the last six months of the record. Grade each area, give the evidence from the file, and "
        "return the review to the QA team by the end of the month.",
        "Where practice is not recorded, it did not happen. Talk to the worker before you finalise the grades.",
        "Reviewer: complete every part. Head of Service: add your comments in a different colour.",
    )), italic=True, size=9)

    # --- Part A: the child and the record ---------------------------------------------------------
    auditor = sample.auditor
    role = _role(auditor)
    with_role = role and rng.random() < 0.4
    dob = when(child.date_of_birth)
    age = (sample.date - child.date_of_birth).days // 365
    brothers = "; ".join(f"{name} ({when(born)})" for name, born in household)
    child_rows = [
        (labelled("Child's name"), child.full_name),
        (labelled("Date of birth"), dob),
        (labelled(rng.choice(("Case reference", "WCCIS number"))) if not early_help
         else labelled(rng.choice(("Case reference", "Early Help ref"))), sample.case_id),
        (labelled("Address"), ", ".join((*child.address_lines, child.postcode))),
        (labelled("Parents / carers"), " and ".join(child.parents)),
    ]
    if household:
        child_rows.append((labelled(rng.choice(("Brothers and sisters", "Other children in the household"))),
                           brothers))
    statuses = EH_STATUSES if early_help else (*STATUSES, LEAVING_CARE) if age >= 16 else STATUSES
    child_rows.append((labelled("Legal status / plan"), rng.choice(statuses)))
    work_rows = [(labelled("Lead worker" if early_help else "Social worker"), sample.practitioner)]
    if show_team:
        work_rows.append((labelled("Team"), sample.team))
    if show_service:
        work_rows.append((labelled("Service"), sample.service))
    work_rows.append((labelled("Reviewed by"), f"{auditor} ({role})" if with_role else auditor))
    if role and not with_role and rng.random() < 0.6:
        work_rows.append((labelled("Role"), role))
    work_rows.append((labelled("Date of review"), ("date", sample.date)))

    def put(target, value) -> None:
        if isinstance(value, tuple):
            day = value[1]
            if picker:
                content_date(target._p, day, format_date(day, date_style), word_date_format(date_style), ids,
                             alias="Date of review")
            else:
                run(target, when(day))
        else:
            run(target, str(value))

    brand_heading(document, rng.choice(("Part A – The child and the record", "A. About the child",
                                        "1. Case details")), brand)
    if plan["details"] == "table":
        grid = table(document, len(child_rows) + len(work_rows), 2)
        for row, (text, value) in zip(grid.rows, [*child_rows, *work_rows]):
            label(row.cells[0], text, "F2F2F2")
            put(row.cells[1].paragraphs[0], value)
    elif plan["details"] == "strips":
        for rows in (child_rows, work_rows):
            strip = table(document, 2, len(rows))
            for column, (text, value) in enumerate(rows):
                label(strip.cell(0, column), text, "DEEAF6")
                put(strip.cell(1, column).paragraphs[0], value)
            paragraph(document)
    else:
        rows = [*child_rows, *work_rows]
        position = 0
        while position < len(rows):
            line = paragraph(document)
            text, value = rows[position]
            run(line, f"{text}: ", bold=True)
            put(line, value)
            short = not isinstance(value, tuple) and len(str(value)) < 28
            if short and position + 1 < len(rows) and rng.random() < 0.4:
                text, value = rows[position + 1]
                run(line, "\t")
                run(line, f"{text}: ", bold=True)
                put(line, value)
                position += 1
            position += 1
    document.add_paragraph()

    # --- Part B: the areas of practice -----------------------------------------------------------
    def grade_in(target, grade: str, how: str, *, overall: bool = False) -> None:
        if how == "typed":
            run(target, informal_grade(rng, grade, note_chance=0.0 if overall else 0.2), bold=overall)
        elif how == "key":
            text = str(key[grade])
            if overall and rng.random() < 0.5:
                text += f" ({words[grade]})"
            run(target, text, bold=True)
        elif how == "dropdown":
            content_dropdown(target._p, tuple(words[option] for option in GRADES4), words[grade], ids,
                             alias="Overall grade" if overall else "Grade")
        else:
            for position, option in enumerate(GRADES4):
                if position:
                    run(target, " / " if how == "strike" else "   ")
                chosen = option == grade
                run(target, words[option], bold=chosen, highlight=chosen and how == "highlight",
                    strike=not chosen and how == "strike")

    def grade_columns(grade: str) -> None:
        grid = table(document, 2, 4)
        for column, (option, text) in enumerate(columns):
            label(grid.cell(0, column), text, "F2F2F2")
            if option == grade:
                mark(grid.cell(1, column), symbol)

    brand_heading(document, rng.choice(("Part B – Areas of practice", "B. What the file tells us",
                                        "2. Quality of practice")), brand)
    if style == "key":
        order = sorted(GRADES4, key=lambda grade: key[grade])
        paragraph(document, "Grading key:   " + "   ".join(f"{key[grade]} = {WORDS[0][grade]}" for grade in order),
                  size=9, italic=True)
    elif style == "dropdown":
        paragraph(document, "Choose a grade from the drop-down list in each area.", size=9, italic=True)
    prefix = rng.choice(("B", "", "2."))
    prompts = dict(areas)
    if plan["areas"] == "grid":
        headers = ["No.", "Area of practice", "Evidence from the file"]
        headers += [text for _, text in columns] if style == "columns" else [
            "Score" if style == "key" else "Grade"]
        grid = table(document, len(sample.sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), 1):
            write(row.cells[0], f"{prefix}{number}")
            write(row.cells[1], section.name, bold=True)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            if style == "columns":
                for column, (option, _) in enumerate(columns):
                    if option == section.grade:
                        mark(row.cells[3 + column], symbol)
            else:
                grade_in(row.cells[3].paragraphs[0], section.grade, style)
    elif plan["areas"] == "cards":
        for number, section in enumerate(sample.sections, 1):
            card = table(document, 4, 2)
            top = card.cell(0, 0).merge(card.cell(0, 1))
            label(top, f"{prefix}{number}  {section.name}", "DEEAF6")
            label(card.cell(1, 0), "What we look for", "F2F2F2")
            write(card.cell(1, 1), prompts[section.name], italic=True, size=9)
            label(card.cell(2, 0), "Evidence from the file", "F2F2F2")
            write(card.cell(2, 1), section.comment)
            if section.name in remarks:
                write(card.cell(2, 1), f"Head of Service: {remarks[section.name]}", colour=ink)
            label(card.cell(3, 0), "Score (see key)" if style == "key" else "Grade", "F2F2F2")
            grade_in(card.cell(3, 1).paragraphs[0], section.grade, style)
            paragraph(document)
    else:
        for number, section in enumerate(sample.sections, 1):
            paragraph(document, f"{prefix}{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompts[section.name], italic=True, size=9)
            evidence = paragraph(document)
            run(evidence, "Evidence: ", bold=True)
            run(evidence, section.comment)
            if section.name in remarks:
                paragraph(document, f"HoS comment: {remarks[section.name]}", colour=ink, italic=True)
            line = paragraph(document)
            run(line, "Score: " if style == "key" else "Grade: ", bold=True)
            grade_in(line, section.grade, style)
    document.add_paragraph()

    # --- Part C: the overall grade ---------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part C – Overall grade", "C. Overall judgement", "3. Overall grade")), brand)
    overall_label = rng.choice(("Overall grade for the quality of practice on this file",
                                "Overall grade", "Reviewer's overall judgement"))
    if overall_style == "columns":
        paragraph(document, overall_label, bold=True)
        grade_columns(sample.grade)
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), overall_label, "FFF2CC")
        grade_in(box.cell(0, 1).paragraphs[0], sample.grade, overall_style, overall=True)
    document.add_paragraph()

    # --- Part D: the child's and family's views ------------------------------------------------------
    brand_heading(document, rng.choice((
        "Part D – The child's and family's views", "D. Voice of the child and family",
        "Llais y plentyn a'r teulu / Voice of the child and family" if bilingual else "4. What the family told us")),
        brand)
    if sample.feedback_sought is None:
        pool = VIEWS_ON_FILE
    elif sample.feedback_sought:
        pool = VIEWS_ASKED
    else:
        pool = tuple((text, False) for text in VIEWS_NOT_ASKED)
    pool = tuple(text for text, talks in pool if age >= 5 or not talks)
    paragraph(document, fill(rng.choice(pool), child.first_name))
    if sample.feedback_sought is not None:
        question = paragraph(document)
        run(question, rng.choice(FEEDBACK_QUESTIONS), bold=True)
        run(question, "  ")
        _answer(question, rng, sample.feedback_sought, answer_style)
    document.add_paragraph()

    # --- Part E: working well / needs to be better ----------------------------------------------------
    brand_heading(document, rng.choice(("Part E – Summary", "E. Strengths and areas for development",
                                        "5. Summary of findings")), brand)
    good_label = rng.choice(("What is working well?", "Strengths", "Cryfderau / Strengths" if bilingual
                             else "Areas of strength"))
    better_label = rng.choice(("What needs to be better?", "Areas for development",
                               "Meysydd i'w datblygu / Areas for development" if bilingual else "Areas to develop"))
    summary_style = rng.choice(("side", "bullets", "numbered"))
    if summary_style == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), good_label, "E2EFDA")
        label(grid.cell(0, 1), better_label, "FCE4D6")
        for text in sample.strengths:
            write(grid.cell(1, 0), text)
        for text in sample.development_areas:
            write(grid.cell(1, 1), text)
    else:
        for heading, items in ((good_label, sample.strengths), (better_label, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, text in enumerate(items, 1):
                paragraph(document, f"• {text}" if summary_style == "bullets" else f"{number}) {text}")
    document.add_paragraph()

    # --- Part F: actions ----------------------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part F – Actions", "F. Actions agreed (lead, target date)",
                                        "Camau gweithredu / Actions" if bilingual else "6. Actions")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice(ACTION_HEADERS)
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} Lead: {action.owner}. Target date: {when(action.due)}.")
    document.add_paragraph()

    # --- Part G: today ------------------------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part G – Safety today", "G. Escalation", "7. Immediate safety")), brand)
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS), bold=True)
    answer = paragraph(document)
    if sample.urgent_concern and answer_style == "typed":
        _answer(answer, rng, True, answer_style, detail=sample.urgent_concern_detail)
    else:
        _answer(answer, rng, sample.urgent_concern, answer_style)
        if sample.urgent_concern:
            line = paragraph(document)
            run(line, "If yes, what has been done: ", bold=True)
            run(line, sample.urgent_concern_detail)
    document.add_paragraph()

    # --- Part H: sign-off ---------------------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part H – Sign-off", "H. Reviewer", "8. Sign-off")), brand)
    signed = paragraph(document)
    run(signed, "Reviewer: ", bold=True)
    run(signed, auditor)
    run(signed, "\t")
    run(signed, "Date: ", bold=True)
    run(signed, when(sample.date))
    if rng.random() < 0.4:
        discussed = min(sample.date + timedelta(days=rng.randint(1, 6)), today)
        line = paragraph(document)
        run(line, "Findings discussed with the worker: ", bold=True)
        run(line, f"Yes, in supervision on {when(discussed)}")

    # --- Part I: moderation ---------------------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part I – Head of Service moderation", "I. Moderation",
                                        "Cymedroli / Moderation (Head of Service)" if bilingual
                                        else "9. Head of Service moderation")), brand)
    if plan["moderation"] == "box":
        box = table(document, 4, 2)
        _heavy_borders(box, brand if rng.random() < 0.3 else "000000")
        for position, text in enumerate(("Head of Service", "Date moderated", "Grade after moderation",
                                         "Comments")):
            if bilingual and text == "Head of Service":
                text = "Pennaeth Gwasanaeth / Head of Service"
            label(box.cell(position, 0), text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=box_ink)
            write(box.cell(1, 1), when(moderation.date), colour=box_ink)
            if moderation.grade == sample.grade:
                write(box.cell(2, 1), f"Agreed – {informal_grade(rng, moderation.grade)}", colour=box_ink, bold=True)
            elif moderation.grade:
                write(box.cell(2, 1), rng.choice((f"Changed to {informal_grade(rng, moderation.grade)}",
                                                  informal_grade(rng, moderation.grade))),
                      colour=box_ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=box_ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
    elif moderation:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade == sample.grade:
            paragraph(document, rng.choice((f"I agree with the reviewer's grade of {words[moderation.grade]}.",
                                            f"Grade confirmed: {words[moderation.grade]}")), colour=ink)
        elif moderation.grade:
            paragraph(document, rng.choice((f"Moderated grade: {words[moderation.grade]}",
                                            f"I would grade this file as {words[moderation.grade]}.")),
                      colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink,
                  italic=True)
    else:
        note = rng.choice(NOT_MODERATED)
        if note:
            paragraph(document, note, italic=True)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx",
                    others=tuple(name for name, _ in household),
                    also=(dob, *(when(born) for _, born in household)))
