"""Child in need / child protection case file audit form: a manager's
single-agency audit of the case file of one child in need, on a child
protection plan or looked after, sent to the quality assurance team. The
child and the case, a short screening of the child's risks recorded on the
file (missing episodes, return home interviews, exploitation screening),
seven areas of practice each with a key question, the auditor's evidence
and a grade, the overall judgement in the tool's own words, what life is
like for the child, what is working well and what needs to improve,
actions, whether the child's and family's views were sought (where the
form asks), the question whether anything must be escalated today, the
auditor's sign-off and the Head of Service's moderation.

Modelled on what the Independent Inquiry into Child Sexual Abuse (IICSA),
a statutory public inquiry for England and Wales, publishes in its "Child
sexual exploitation by organised networks investigation report" (2022) –
a body chosen because every council, children's trust, safeguarding
partnership, inspectorate and regional improvement body the search
returned for case file audit (Shropshire, Salford, Kirklees, Lancashire,
Hillingdon, Haringey, Durham, Lincolnshire, the Isle of Man, Knowsley,
Conwy, the East Midlands peer challenge scheme, the Social Work
Inspection Agency and others) is already named by another family, a
council layout or bench/README.md. Read as search excerpts of its pages
on iicsa.org.uk:

- "A.2: Methodology": after a scoping exercise the Inquiry examined eight
  themes in each case study area – problem profiling and disruption;
  empathy and concern for child victims; risk assessment, protection from
  harm and outcomes for children; missing children, return home
  interviews and children in care; male victims; children with
  disabilities; partnership working between agencies; and audit, review
  and performance improvement – and examined individual children's cases.
- "K.1: Introduction": public institutions should regularly evaluate
  their performance by seeking the views of children and families, by
  case file audits (single and multi-agency) and by service reviews;
  auditing processes are essential for driving improvement in child
  protection and for checking that policies are actually implemented.
- "K.3: External inspections in the case study areas": HMICFRS reports
  say how many child sexual exploitation and missing children cases were
  reviewed and how many were good, requiring improvement or inadequate.
- "K.4: Internal audit and improvement activity in the case study
  areas": inspectorates call internal audit and performance management
  "essential"; being a case study area prompted improvement activity.

None of these shows an audit form, so the form is our own judgement. What
follows the sources: the form marked as a single-agency audit (with a
multi-agency box left unticked); the screening rows on missing episodes,
return home interviews and exploitation screening; areas of practice named
after the Inquiry's themes (empathy and concern for the child, risk
assessment, protection from harm, outcomes for the child, partnership
working); the question whether the child's and family's views were
sought. What is our judgement: everything else, including grading on the
four Ofsted grades, the wording of the areas, labels and questions, and
the variation: details as strips of labels over values, a two-column
table or "Label: value" lines (team in its own cell, after the worker's
name or not shown; service shown on some; the auditor's role beside the
name on some; plain or prefixed references; brothers and sisters with
dates of birth on some, one named again in what needs to improve); the
areas as cards, lettered paragraphs or one grid (with four grade columns
on some, landscape on some); grades typed informally (a note after some),
a number on a printed 1–4 key either way round, highlighted or emboldened
among the four, the others struck through, a mark under four grade
columns, or a Word drop-down; the overall judgement the same way or
typed; the child's lived experience as a paragraph; what is working well
and what needs to improve as paragraphs, numbered points or side by side;
actions as a table, "Action n" lines or a "no actions" sentence; the
escalation question typed, ticked or with the other answer struck
through; dates in seven spellings; the Head of Service's moderation
(changing, confirming or comments only) in a non-red ink in a labelled
box, typed through the form (remarks under the areas and an "HoS:" line by
the overall judgement), or in black in a heavy-bordered shaded box; on the
rest an empty box, an "awaiting" note or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import CASE_FILE_AUDIT, STAFF, Moderation, Section, sample_forms
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

FAMILY = "cin_case_file_audit_form"
SEED = 10057
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# This form's areas of practice, in the order of the sample's sections for
# each tool, each with the key question printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("Hearing the child – empathy and concern",
         "Is the child seen, listened to and treated as a child who may be at risk of harm?"),
        ("Assessment of need and risk",
         "Is the current assessment analytical, and does it consider exploitation and missing episodes?"),
        ("Protection from harm – the plan",
         "Does the plan say clearly what must change, who will do it and by when?"),
        ("Management oversight and supervision",
         "Is the manager's direction recorded, with reasons and timescales?"),
        ("Partnership working",
         "Do police, health, school and others share information and take part in the plan?"),
        ("The record, chronology and missing episodes",
         "Is the record up to date, with a chronology and any missing episodes and return interviews?"),
        ("Outcomes for the child",
         "What difference has our involvement made for the child?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with the family, not doing to them",
         "Are the family part of the decisions, and do they understand the worries?"),
        ("Language in the record",
         "Is the record written in plain, respectful language the child could read later?"),
        ("Leadership and management oversight",
         "Is the manager's direction recorded, with reasons and timescales?"),
        ("Hearing the child – empathy and concern",
         "Is the child seen, listened to and treated as a child who may be at risk of harm?"),
        ("Engagement with the child and family",
         "Has the worker built a relationship with the child and their parents or carers?"),
        ("History, networks and patterns of risk",
         "Is the family's history understood, with the wider network and any pattern of missing episodes?"),
        ("Risk assessment and the plan",
         "Does the plan follow from an assessment of risk, and is it reviewed on time?"),
    ),
}

WORDS = (
    dict(zip(GRADES4, ("Outstanding", "Good", "Requires improvement", "Inadequate"))),
    dict(zip(GRADES4, ("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"))),
)
KEYS = (dict(zip(GRADES4, (1, 2, 3, 4))), dict(zip(GRADES4, (4, 3, 2, 1))))
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director"}

CARE_TEAMS = ("Children in Care Team", "Care Leavers Team")
CARE_STATUSES = ("Child looked after (s.31 care order)", "Child looked after (s.20)", "CLA – interim care order")
CP_STATUSES = ("Child protection plan – neglect", "CP plan – emotional abuse", "Child protection plan – physical abuse")
CIN_STATUSES = ("Child in need (s.17)", "Child in need plan", "CIN – disabled child")

SCREENING = (
    "Has the child been reported missing in the last 12 months?",
    "If so, was a return home interview offered each time?",
    "Exploitation risk screening completed and on file?",
    "Is the child open to any other agency's plan?",
)

LIVED_EXPERIENCE = (
    "The record gives a sense of {child}'s day: school, time with friends and the worry about home when "
    "the adults argue.",
    "{child} has told the social worker that home is calmer since the last review, but still worries about "
    "money and moving house.",
    "It is hard to get a sense of {child}'s daily life from the record; most entries describe the adults' needs.",
    "School describe a child who is often tired and hungry on Mondays, and the record links this to weekends "
    "at home.",
    "{child} enjoys football and seeing their grandmother, and says they feel safest at school.",
)
LIVED_LABELS = ("What is life like for this child?", "The child's lived experience",
                "What is it like to be this child? (lived experience)")
FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Have the child and parents / carers been asked for their views of the help they get?",
    "Child and family views sought for this audit?",
)
URGENT_QUESTIONS = (
    "Is there anything in this audit that means the child may not be safe today and must be escalated?",
    "Escalation: does any concern need to go to the Head of Service today?",
    "Immediate safeguarding concern identified?",
)
OVERALL_LABELS = (
    "Overall judgement on the quality of the response to this child",
    "Overall judgement – how well is this child helped and protected?",
    "Auditor's overall judgement of practice on this file",
)
NO_ACTIONS = ("No actions needed – the current plan addresses everything found.",
              "No further actions required at this time.",
              "No case-specific actions from this audit.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not selected for moderation this month.", "")
ACTION_HEADERS = (("Action", "Who", "By when"),
                  ("What needs to happen", "Lead", "Target date", "Completed?"),
                  ("Action", "Responsible", "Date due", "RAG"))
CHANGE_NOTES = {1: MODERATION_LOWERS, -1: MODERATION_RAISES}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    extra = 2
    while True:
        pool = sample_forms(count * extra, seed=SEED, today=today, feedback_question=True)
        audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT][:count]
        if len(audits) == count:
            break
        extra *= 2  # never needed for the months tried; kept so a short draw cannot fail
    plans = _plan(rng, audits)
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(audits, plans))]


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _cycle(rng: random.Random, options: tuple, count: int) -> list:
    """`count` choices that use every option about equally often."""
    drawn = [options[position % len(options)] for position in range(count)]
    rng.shuffle(drawn)
    return drawn


def _plan(rng: random.Random, audits: list) -> list[dict]:
    """What each file shows, dealt over the family: every grade style and
    layout more than once, three or four urgent yes, two with no actions,
    moderation changing on four, confirming on three and comments only on
    three in all (where the auditor has a Head of Service over them)."""
    count = len(audits)
    plans: list[dict] = [{} for _ in audits]
    styles = _cycle(rng, ("typed", "key", "highlight", "strike", "columns", "dropdown"), count)
    layouts = _cycle(rng, ("cards", "lettered", "grid"), count)
    for plan, style, layout in zip(plans, styles, layouts):
        plan["grade_style"] = style
        plan["areas"] = "grid" if style == "columns" else layout
    for plan, shape in zip(plans, _cycle(rng, ("strips", "table", "lines"), count)):
        plan["details"] = shape
    for plan, shape in zip(plans, _cycle(rng, ("box", "inline", "black"), count)):
        plan["moderation_shape"] = shape
    for plan, shown in zip(plans, _cycle(rng, (True, False, False), count)):
        plan["siblings"] = shown

    urgent = [index for index, sample in enumerate(audits) if sample.urgent_concern]
    others = sorted((index for index, sample in enumerate(audits) if not sample.urgent_concern),
                    key=lambda index: (-GRADES4.index(audits[index].grade), index))
    for index in others[: max(0, 3 - len(urgent))]:
        plans[index]["make_urgent"] = True
    quiet = [index for index, sample in enumerate(audits)
             if sample.actions and sample.grade in (OUTSTANDING, GOOD) and not plans[index].get("make_urgent")]
    for index in rng.sample(quiet, min(2, len(quiet))):
        plans[index]["no_actions"] = True

    def outcome_of(sample) -> str:
        if sample.moderation.grade is None:
            return "comments"
        return "confirms" if sample.moderation.grade == sample.grade else "changes"

    have = {"changes": 0, "confirms": 0, "comments": 0}
    for sample in audits:
        if sample.moderation:
            have[outcome_of(sample)] += 1
    wanted = {"changes": 4, "confirms": 3, "comments": 3}
    outcomes = [outcome for outcome in ("changes", "confirms", "comments")
                for _ in range(max(0, wanted[outcome] - have[outcome]))]
    moderable = [index for index, sample in enumerate(audits)
                 if sample.moderation is None and head_of_service_over(_staff(sample.auditor)) is not None]
    rng.shuffle(moderable)
    for index, outcome in zip(moderable, outcomes):
        plans[index]["moderate"] = outcome
    return plans


def _role(name: str) -> str:
    member = _staff(name)
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


def _answer(target, rng: random.Random, yes: bool, style: str) -> None:
    """A yes / no answer typed, in tick boxes, or with the other struck through."""
    if style == "typed":
        run(target, rng.choice(("Yes", "YES", "Y")) if yes else rng.choice(("No", "NO", "N")), bold=yes)
    elif style == "ticks":
        run(target, f"Yes {CHECKED_BOX if yes else UNCHECKED_BOX}    No {UNCHECKED_BOX if yes else CHECKED_BOX}")
    else:
        run(target, "Yes", strike=not yes, bold=yes)
        run(target, " / ")
        run(target, "No", strike=yes, bold=not yes)


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    """A Head of Service's moderation of `sample`: changing its grade by one
    step, confirming it, or comments only, with remarks on one or two areas."""
    head = head_of_service_over(_staff(sample.auditor))
    first = sample.child.first_name
    position = GRADES4.index(sample.grade)
    if outcome == "changes":
        step = 1 if position == 0 else -1 if position == 3 else rng.choice((1, 1, -1))
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


def _status(rng: random.Random, sample) -> str:
    if sample.team in CARE_TEAMS:
        return rng.choice(CARE_STATUSES)
    if "Disabilities" in (sample.team or ""):
        return rng.choice(CIN_STATUSES)
    return rng.choice(CP_STATUSES + CIN_STATUSES[:2])


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
    child = sample.child
    status = _status(rng, sample)
    household = siblings(rng, child, rng.choice((1, 2, 2, 3)), today) if plan["siblings"] else []

    # --- the sample as this form shows it ----------------------------------------------------------
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    renamed = dict(zip(old_names, (name for name, _ in areas)))
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    team_shape = rng.choice(("cell", "cell", "after_name", "none"))
    show_service = rng.random() < 0.45
    if team_shape == "none":
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

    # --- the page -----------------------------------------------------------------------------------
    document = new_document(rng, landscape=plan["areas"] == "grid" and rng.random() < 0.5)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE when completed", "CIN / CP case file audit form – v2.1",
                            "Quality and Performance Framework – audit form A")), size=8)
    title = rng.choice(("Child in Need / Child Protection Case File Audit",
                        "Case File Audit – Children in Need of Help and Protection",
                        "Single Agency Case File Audit (CIN / CP / CLA)"))
    paragraph(document, title.upper() if rng.random() < 0.3 else title, bold=True, colour=brand, size=15)
    audit_type = paragraph(document)
    run(audit_type, "Audit type:  ", bold=True)
    run(audit_type, f"Single agency {CHECKED_BOX}    Multi-agency {UNCHECKED_BOX}")
    if rng.random() < 0.6:
        paragraph(document, rng.choice((
            "Read the whole file before you grade. Give the evidence for every judgement; if it is not recorded, "
            "it did not happen.",
            "Any concern that a child is not safe must be raised with the Head of Service on the day.",
            "Heads of Service: add your comments in a different colour and conclude with your judgement.",
        )), italic=True, size=9)

    # --- the child and the case --------------------------------------------------------------------
    auditor = sample.auditor
    role = _role(auditor)
    with_role = bool(role) and rng.random() < 0.4
    dob = when(child.date_of_birth)
    worker = sample.practitioner
    if team_shape == "after_name":
        worker = f"{worker} ({sample.team})" if rng.random() < 0.5 else f"{worker} – {sample.team}"
    reference_label = rng.choice(("Case ref", "LCS no.", "Child ID", "Mosaic no.", "Ref"))
    rows = [("Child's name", child.full_name), ("DOB" if rng.random() < 0.5 else "Date of birth", dob),
            (reference_label, sample.case_id), (rng.choice(("Plan / status", "Legal status", "Plan type")), status)]
    rows.append((rng.choice(("Social worker", "Allocated SW", "Case holder")), worker))
    if team_shape == "cell":
        rows.append((rng.choice(("Team", "Team name")), sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    if household:
        sibling_label = rng.choice(("Brothers and sisters", "Other children in the household",
                                    "Siblings (name, DOB)"))
        rows.append((sibling_label, "; ".join(f"{name} ({when(born)})" for name, born in household)))
    rows.append((rng.choice(("Auditor", "Audited by", "Auditor (TM)") if role == "Team Manager" else ("Auditor", "Audited by")),
                 f"{auditor} ({role})" if with_role else auditor))
    if role and not with_role and rng.random() < 0.4:
        rows.append(("Role", role))
    rows.append((rng.choice(("Date of audit", "Audit date", "Date audited")), when(sample.date)))

    paragraph(document, rng.choice(("About the child", "1. Child and case details", "Case information")),
              bold=True, colour=brand, size=12)
    if plan["details"] == "strips":
        for start in range(0, len(rows), 4):
            chunk = rows[start:start + 4]
            grid = table(document, 2, len(chunk))
            for column, (text, value) in enumerate(chunk):
                label(grid.cell(0, column), text, "E7E6E6")
                write(grid.cell(1, column), value)
    elif plan["details"] == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}:\t", bold=True)
            run(line, value)
    document.add_paragraph()

    # --- screening ------------------------------------------------------------------------------------
    paragraph(document, rng.choice(("Risk screening on the file", "2. Missing and exploitation screening",
                                    "Screening questions")), bold=True, colour=brand, size=12)
    missing = rng.random() < 0.35
    answers = ["Yes" if missing else "No", rng.choice(("Yes", "No")) if missing else "N/A",
               rng.choice(("Yes", "Yes", "No")), rng.choice(("Yes", "No"))]
    if rng.random() < 0.5:
        grid = table(document, len(SCREENING) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("", "Yes", "No", "N/A")):
            label(cell, text, "D9D9D9")
        check = rng.choice(("X", "\u2713"))
        for row, text, answer in zip(grid.rows[1:], SCREENING, answers):
            write(row.cells[0], text)
            write(row.cells[1 + ("Yes", "No", "N/A").index(answer)], check, bold=True)
    else:
        for text, answer in zip(SCREENING, answers):
            line = paragraph(document)
            run(line, f"{text}  ")
            run(line, {"Yes": "Y", "No": "N", "N/A": "N/A"}[answer], bold=True)
    document.add_paragraph()

    # --- areas of practice ------------------------------------------------------------------------------
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
                             alias="Overall judgement" if overall else "Judgement")
        else:
            for position, option in enumerate(GRADES4):
                if position:
                    run(target, " / " if how == "strike" else "    ")
                chosen = option == grade
                run(target, words[option], bold=chosen, highlight=chosen and how == "highlight",
                    strike=not chosen and how == "strike")

    paragraph(document, rng.choice(("3. Quality of practice", "Areas of practice", "Findings by theme")),
              bold=True, colour=brand, size=12)
    if style == "key":
        order = sorted(GRADES4, key=lambda grade: key[grade])
        paragraph(document, "Key: " + ",  ".join(f"{key[grade]} = {WORDS[0][grade]}" for grade in order),
                  size=9, italic=True)
    elif style == "dropdown":
        paragraph(document, "Choose a judgement for each area from the list.", size=9, italic=True)
    elif style == "highlight":
        paragraph(document, rng.choice(("Highlight the judgement that applies.",
                                        "Highlight and bold the judgement that applies.")), size=9, italic=True)
    elif style == "strike":
        paragraph(document, rng.choice(("Delete as appropriate.",
                                        "Bold the judgement that applies and strike through the others.")),
                  size=9, italic=True)
    elif style == "columns":
        paragraph(document, "Mark the column that applies.", size=9, italic=True)
    prompts = dict(areas)
    sections = sample.sections
    grade_word = "Score" if style == "key" else rng.choice(("Judgement", "Grade"))
    if plan["areas"] == "cards":
        for number, section in enumerate(sections, 1):
            card = table(document, 4, 2)
            top = card.cell(0, 0).merge(card.cell(0, 1))
            label(top, f"Area {number}: {section.name}", "DDEBF7")
            prompt = card.cell(1, 0).merge(card.cell(1, 1))
            write(prompt, prompts[section.name], italic=True, size=9)
            label(card.cell(2, 0), "Evidence")
            write(card.cell(2, 1), section.comment)
            if section.name in remarks:
                write(card.cell(2, 1), f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            label(card.cell(3, 0), grade_word)
            grade_in(card.cell(3, 1).paragraphs[0], section.grade, style)
            document.add_paragraph()
    elif plan["areas"] == "lettered":
        for number, section in enumerate(sections):
            paragraph(document, f"{'ABCDEFG'[number]}.  {section.name}", bold=True)
            paragraph(document, prompts[section.name], italic=True, size=9)
            evidence = paragraph(document)
            run(evidence, "Evidence – ", bold=True)
            run(evidence, section.comment)
            if section.name in remarks:
                paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink)
            line = paragraph(document)
            run(line, f"{grade_word} – ", bold=True)
            grade_in(line, section.grade, style)
    else:
        headers = [rng.choice(("Area of practice", "Theme", "Area")),
                   rng.choice(("Evidence", "Evidence from the file", "Auditor's evidence"))]
        headers += [text for _, text in columns] if style == "columns" else [grade_word]
        grid = table(document, len(sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            if style == "columns":
                for column, (option, _) in enumerate(columns):
                    if option == section.grade:
                        mark(row.cells[2 + column], symbol)
            else:
                grade_in(row.cells[2].paragraphs[0], section.grade, style)
    document.add_paragraph()

    # --- overall judgement ---------------------------------------------------------------------------------
    overall_label = rng.choice(OVERALL_LABELS)
    if overall_style == "columns":
        paragraph(document, overall_label, bold=True, colour=brand)
        grid = table(document, 2, 4)
        for column, (option, text) in enumerate(columns):
            label(grid.cell(0, column), text, "F2F2F2")
            if option == sample.grade:
                mark(grid.cell(1, column), symbol)
        overall_cell = None
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
    document.add_paragraph()

    # --- lived experience and summary --------------------------------------------------------------------------
    paragraph(document, rng.choice(LIVED_LABELS), bold=True, colour=brand)
    paragraph(document, " ".join(fill(text, child.first_name) for text in rng.sample(LIVED_EXPERIENCE, 2)))
    document.add_paragraph()
    good_label = rng.choice(("What is working well?", "Strengths", "What is working well for the child"))
    better_label = rng.choice(("What needs to improve?", "Areas for development", "What needs to change"))
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
        for heading, items in ((good_label, sample.strengths), (better_label, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for number, text in enumerate(items, 1):
                paragraph(document, f"{number}. {text}" if summary == "numbered" else text)
    if sample.feedback_sought is not None:
        question = paragraph(document)
        run(question, rng.choice(FEEDBACK_QUESTIONS), bold=True)
        run(question, "   ")
        _answer(question, rng, sample.feedback_sought, answer_style)
    document.add_paragraph()

    # --- actions -------------------------------------------------------------------------------------------------
    paragraph(document, rng.choice(("Actions (who, by when)", "Case actions", "Actions arising from the audit")),
              bold=True, colour=brand, size=12)
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
        for number, action in enumerate(sample.actions, 1):
            line = paragraph(document)
            run(line, f"Action {number}: ", bold=True)
            run(line, f"{action.action}  Who: {action.owner}.  By: {when(action.due)}.")
    document.add_paragraph()

    # --- escalation ----------------------------------------------------------------------------------------------
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS), bold=True, colour=brand)
    answer = paragraph(document)
    _answer(answer, rng, sample.urgent_concern, answer_style)
    if sample.urgent_concern:
        line = paragraph(document)
        run(line, rng.choice(("If yes, what has been done: ", "Details and action taken: ")), bold=True)
        run(line, sample.urgent_concern_detail)
    document.add_paragraph()

    # --- sign-off -------------------------------------------------------------------------------------------------
    signed = paragraph(document)
    run(signed, rng.choice(("Auditor's signature: ", "Completed by: ", "Signed (auditor): ")), bold=True)
    run(signed, auditor)
    run(signed, "\t")
    run(signed, "Date: ", bold=True)
    run(signed, when(sample.date))
    if rng.random() < 0.4:
        line = paragraph(document)
        run(line, "Findings discussed with the social worker on: ", bold=True)
        run(line, when(min(sample.date + timedelta(days=rng.randint(1, 5)), today)))
    document.add_paragraph()

    # --- moderation ---------------------------------------------------------------------------------------------------
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS moderation"))
    if shape in ("box", "black"):
        paragraph(document, heading, bold=True, colour=brand, size=12)
        box_ink = ink if shape == "box" else "000000"
        box = table(document, 4, 2)
        if shape == "black":
            _heavy_borders(box)
        box_labels = ("Moderated by", "Date moderated", "Outcome", "Comments")
        for position, text in enumerate(box_labels):
            label(box.cell(position, 0), text, "F2F2F2")
            if shape == "black":
                shade(box.cell(position, 1)._tc, "EDEDED")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=box_ink)
            write(box.cell(1, 1), when(moderation.date), colour=box_ink)
            if moderation.grade == sample.grade:
                write(box.cell(2, 1), rng.choice((f"Agreed – {informal_grade(rng, moderation.grade)}",
                                                  f"Judgement confirmed: {words[moderation.grade]}")),
                      colour=box_ink, bold=True)
            elif moderation.grade:
                write(box.cell(2, 1), rng.choice((f"Changed to {informal_grade(rng, moderation.grade)}",
                                                  f"Moderated judgement: {words[moderation.grade]}")),
                      colour=box_ink, bold=True)
            else:
                write(box.cell(2, 1), "Comments only", colour=box_ink)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=box_ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
    elif moderation:
        paragraph(document, heading, bold=True, colour=brand, size=12)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade == sample.grade:
            paragraph(document, rng.choice((f"I agree with the auditor's judgement of {words[moderation.grade]}.",
                                            f"Judgement confirmed: {words[moderation.grade]}")), colour=ink)
        elif moderation.grade:
            paragraph(document, f"Moderated judgement: {words[moderation.grade]}", colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink,
                  italic=True)
    elif rng.random() < 0.5:
        paragraph(document, heading, bold=True, colour=brand, size=12)
        paragraph(document, rng.choice(NOT_MODERATED[:2]), italic=True)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx",
                    others=tuple(name for name, _ in household),
                    also=(dob, *(when(born) for _, born in household)))
