"""Looked after child case audit: a team manager's audit of the case file of
one child in care or on the child protection register (or, on the Early
Help files, a child in family support), sent to the quality assurance team.
The child and the placement or plan, a short table of statutory checks
(allocated social worker, visits, care plan, reviews) answered Yes / No /
N/A, areas of practice each with the auditor's findings and a grade, the
overall grade, the child's and family's views where the form asks, what is
working well and what needs to improve, actions with an owner and a date,
the question whether the child is safe today, the auditor's sign-off and
the Head of Service's moderation.

Modelled on what the Health Information and Quality Authority (HIQA)
publishes about its inspections of the Child and Family Agency's (Tusla's)
social work for children in care in Ireland – a similar body chosen
because every council and Health and Social Care trust in Northern
Ireland, Scotland and Wales checked (Belfast, Northern, South Eastern,
Southern and Western HSC Trusts, Fife, Falkirk, Renfrewshire, Perth and
Kinross, Conwy, Powys, Torfaen, Ceredigion and some thirty others) is
already named by another family, a council layout or bench/README.md, and
no material from the one unused Northern Ireland body found (the Health
and Social Care Board) turned up. Read as search excerpts only:

- HIQA, "Children's services publication statement 13 April 2023"
  (dev-54ta5gq-lye55w6qec4vu.eu-2.platformsh.site, a copy of hiqa.ie):
  an inspection of whether Tusla's social workers in the Mid-West were
  fulfilling their statutory duties of monitoring placements for children
  in residential care, against four regulations – care records, care plan,
  supervision and visiting of children, and review of cases – each found
  compliant or substantially compliant; all 30 children had an allocated
  social worker who visited them; most visits were within the regulatory
  time frame; records of visits showed children were listened to.
- HIQA, "Children's services publication statement 9 February 2023"
  (hiqa.ie): the same four regulations in the Cork service area; care
  plans of a high standard giving a picture of children's lives, strengths
  and risks; children and families taking part in their care plans;
  strong partnership working; reviews well managed but not always within
  the time frames, and review minutes not recorded the national way.
- HIQA, "Children's services publication statement 28 May 2019"
  (hiqa.ie): inspections of all 17 Tusla foster care service areas
  against six of the 2003 National Standards for Foster Care – the child
  and family social worker, assessment of children and young people, care
  planning and review, matching carers with children, safeguarding and
  child protection, and preparation for leaving care and adult life –
  each judged on a four-step scale (compliant, substantially compliant,
  moderate or major non-compliance).
- HIQA, "Children's services publication statement 14 September 2022"
  (hiqa.ie): thematic inspections of governance in two foster care
  services; improvements needed in case recording on Tusla's National
  Child Care Information System (NCCIS), the quality of supervision, and
  management oversight of trackers.
- HIQA's inspection reports on the HSE fostering services in Dublin North
  and Dublin North West (July 2010, as search excerpts of their opening
  pages): the Authority's remit only.

None of these shows an audit form: they are inspection findings. So the
form is our own judgement. What follows the sources: the areas of practice
(visits to the child and the child's voice, assessment, the care plan,
reviews, supervision and management oversight, the care record) and the
statutory-checks table, taken from the regulations and standards HIQA
inspects against; "NCCIS no." as one of the reference labels. What is our
judgement: everything else, including grading each area on the four Ofsted
grades (not HIQA's compliance scale), the names of the areas, the labels,
and the variation: the details as a two-column table, a four-column grid or
"Label: value" lines (team off some files, service off more; the auditor's
role in the same cell on some; plain or prefixed references, the system's
name in the label on some); brothers and sisters, placed together or apart,
named on half the files and again in the text on some; the statutory
checks marked in Yes / No / N/A columns or typed Y / N; the areas as one
grid, headed blocks, a landscape grid with four grade columns, or findings
first and a table of grades after; grades typed informally (with a note on
some), a number on a printed 1–4 key either way round, the chosen one
highlighted or emboldened among the four with the others struck through, a
mark under four grade columns, or a Word drop-down; the overall grade the
same way or typed; what is working well and what needs to improve as
paragraphs, numbered points or side by side; actions as a table, "Action
n" lines or a "no actions" sentence; the safety question typed, ticked or
with the other answer struck through (three yes); dates in seven
spellings; the Head of Service's moderation (changing, confirming or
comments only) in a non-red ink in a box, typed through the form (remarks
under the areas and an "HoS:" line under the overall grade), or in black
in a heavy-bordered shaded box, or an empty box, an "awaiting" note or no
section.
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

FAMILY = "looked_after_child_case_audit"
SEED = 10037
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# This form's areas of practice, in the order of the sample's sections for
# each tool, each with what the auditor checks.
AREAS = {
    "Full Case File Audit Tool": (
        ("Visits to the child and the child's voice",
         "Is the child visited within timescale and seen alone? Are their wishes and feelings recorded?"),
        ("Assessment of the child's needs",
         "Is there a current assessment of need and risk that the plan follows from?"),
        ("Care plan / child protection plan",
         "Is the plan on file, up to date and clear about who does what by when?"),
        ("Supervision and management oversight",
         "Is supervision regular and is the manager's direction recorded with reasons?"),
        ("Working with partners and carers",
         "Are carers, school and health part of the plan, and is information shared?"),
        ("The care record and chronology",
         "Is the record up to date on the system, with a chronology and the key documents on file?"),
        ("Safety, stability and outcomes for the child",
         "Is the child safe and settled, and what difference has the plan made?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Participation of the child and family in planning",
         "Have the child and family taken part in drawing up and reviewing the plan?"),
        ("The care record – language and accuracy",
         "Is the record accurate and written so the child could read it later?"),
        ("Supervision and management oversight",
         "Is supervision regular and is the manager's direction recorded with reasons?"),
        ("Visits to the child and the child's voice",
         "Is the child visited within timescale and seen alone? Are their wishes and feelings recorded?"),
        ("Relationships with the child, parents and carers",
         "Does the worker know the child, and work openly with parents and carers?"),
        ("Family history, contact and wider network",
         "Is the history understood? Are contact, brothers and sisters and wider family considered?"),
        ("Assessment, care plan and reviews",
         "Does the plan follow from the assessment, and are reviews held within timescale?"),
    ),
    "Early Help Case File Audit Tool": (
        ("Seeing the child and hearing their voice",
         "Is the child seen and are their views recorded in their own words?"),
        ("Family support assessment",
         "Is the assessment completed with the family and clear about what needs to change?"),
        ("Family support plan and review",
         "Does the plan have actions, leads and review dates, and is it reviewed?"),
        ("Working with the family",
         "Does the family agree with the plan and take part in it?"),
        ("Supervision and management oversight",
         "Is the manager's direction recorded?"),
        ("The difference made for the child",
         "What has changed for the child since support began?"),
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

LAC_STATUSES = ("Looked after – care order (foster care)", "Looked after – voluntary (relative foster care)",
                "Looked after – interim care order (residential)", "Looked after – care order (placed with parents)")
CP_STATUSES = ("Child protection register – neglect", "Child protection register – emotional abuse",
               "Child protection register – physical abuse")
EH_STATUSES = ("Family support (Early Help)", "Family support – Team Around the Family")
LAC_TEAMS = ("Children in Care Team", "Care Leavers Team")

LAC_CHECKS = (
    "Allocated social worker", "Child visited within the required timescale", "Child seen alone at last visit",
    "Care plan on file and signed", "Placement plan on file", "Last statutory review held within timescale",
    "Health assessment up to date",
)
CP_CHECKS = (
    "Allocated social worker", "Child seen within the required timescale", "Child seen alone at last visit",
    "Child protection plan on file", "Core group held within timescale", "Review conference within timescale",
)
EH_CHECKS = (
    "Lead practitioner allocated", "Consent to family support on file", "Family support plan on file",
    "Plan reviewed in the last three months",
)

FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Did you speak to the child, parents or carers for this audit?",
    "Child / family / carer feedback obtained?",
)
URGENT_QUESTIONS = (
    "Is the child safe today? Is there any concern that needs to go to the Head of Service now?",
    "Immediate safeguarding concern identified during this audit?",
    "Are there any urgent concerns about the child's safety or placement?",
)
NO_ACTIONS = ("No actions required – the plan already covers what is needed.",
              "No further actions required at this time.",
              "No case-specific actions arising from this audit.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not selected for moderation this month.", "")
ACTION_HEADERS = (("Action", "Owner", "By when", "Done?"),
                  ("What needs to happen", "Who", "Target date"),
                  ("Action", "Responsible", "Date due", "Update"))
CHANGE_NOTES = {1: MODERATION_LOWERS, -1: MODERATION_RAISES}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    extra = 2
    while True:
        pool = sample_forms(count * extra, seed=SEED, today=today, feedback_question=True)
        audits = [sample for sample in pool if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
        if len(audits) == count:
            break
        extra *= 2  # never for a month the pool covers; kept so a short draw cannot fail
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
    layout more than once, three urgent yes, two or three with no actions,
    moderation changing on four, confirming on three and comments only on
    three (where the auditor has a Head of Service over them)."""
    count = len(audits)
    plans: list[dict] = [{} for _ in audits]
    styles = _cycle(rng, ("typed", "key", "highlight", "strike", "columns", "dropdown"), count)
    layouts = _cycle(rng, ("grid", "blocks", "after"), count)
    for plan, style, layout in zip(plans, styles, layouts):
        plan["grade_style"] = style
        plan["areas"] = "columns" if style == "columns" else layout
    for plan, shape in zip(plans, _cycle(rng, ("table", "grid4", "lines"), count)):
        plan["details"] = shape
    for plan, shape in zip(plans, _cycle(rng, ("box", "inline", "black"), count)):
        plan["moderation_shape"] = shape
    for plan, shown in zip(plans, _cycle(rng, (True, False), count)):
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

    moderable = [index for index, sample in enumerate(audits)
                 if sample.moderation is None and head_of_service_over(_staff(sample.auditor)) is not None]
    rng.shuffle(moderable)
    already = sum(1 for sample in audits if sample.moderation)
    outcomes = ["changes"] * 4 + ["confirms"] * max(0, 3 - already) + ["comments"] * 3
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
        run(target, rng.choice(("Yes", "YES", "Yes.")) if yes else rng.choice(("No", "No.", "NO")), bold=yes)
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


def _status(rng: random.Random, sample) -> tuple[str, str]:
    """The child's status as this form records it, and which checks apply."""
    if sample.kind == EARLY_HELP_AUDIT:
        return rng.choice(EH_STATUSES), "eh"
    if sample.team in LAC_TEAMS or rng.random() < 0.45:
        return rng.choice(LAC_STATUSES), "lac"
    return rng.choice(CP_STATUSES), "cp"


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
    status, checks_kind = _status(rng, sample)
    household = siblings(rng, child, rng.choice((1, 2, 2, 3)), today) if plan["siblings"] else []
    scheme = rng.randrange(3)  # "1.", "Section 1 –" or "Part A:" headings, one scheme a form

    def numbered(options: tuple[str, str, str]) -> str:
        return options[scheme]

    # --- the sample as this form shows it ----------------------------------------------------------
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    renamed = dict(zip(old_names, (name for name, _ in areas)))
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(areas, sample.sections))}
    reference_style = rng.choice(("plain", "prefixed", "prefixed", "early_help" if early_help else "plain"))
    if reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference_style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() > 0.25
    show_service = rng.random() < 0.55
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

    # --- the page -----------------------------------------------------------------------------------
    document = new_document(rng, landscape=plan["areas"] == "columns" and rng.random() < 0.6)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE (when completed)", "Case file audit tool – children in care v3.2",
                            "Quality Assurance Framework – Appendix 4")), size=8)
    if early_help:
        title = rng.choice(("Family Support Case File Audit", "Early Help / Family Support Case Audit"))
    else:
        title = rng.choice(("Looked After Child / Child Protection Case File Audit",
                            "Case File Audit – Children in Care and on the Child Protection Register",
                            "Children in Care Case Audit Tool"))
    paragraph(document, title.upper() if rng.random() < 0.3 else title, bold=True, colour=brand, size=15)
    paragraph(document, rng.choice((
        "To be completed by the team manager from the child's record on the system. Answer the statutory checks, "
        "then grade each area and give your findings.",
        "If it is not recorded, it did not happen. Discuss your findings with the social worker before you send "
        "the audit to the QA team.",
        "Heads of Service: add your comments in a different colour and give your moderated judgement.",
    )), italic=True, size=9)

    # --- section 1: the child ---------------------------------------------------------------------------
    auditor = sample.auditor
    role = _role(auditor)
    with_role = bool(role) and rng.random() < 0.4
    dob = when(child.date_of_birth)
    became = child.date_of_birth + timedelta(days=rng.randint(60, max(61, (sample.date - child.date_of_birth).days
                                                                         - 60)))
    reference_label = rng.choice(("NCCIS no.", "Case no.", "Child's ID", "Ref", "System ID (NCCIS)")
                                 if not early_help else ("Family support ref", "Case no.", "Ref"))
    rows = [("Child's name", child.full_name), ("Date of birth", dob), (reference_label, sample.case_id),
            ("Status / plan", status)]
    if checks_kind == "lac" and rng.random() < 0.6:
        rows.append(("Date became looked after", when(became)))
    if rng.random() < 0.4:
        rows.append(("Parents", " and ".join(child.parents)))
    if household:
        sibling_label = rng.choice(("Brothers and sisters", "Siblings (placed together / apart)",
                                    "Other children in the family"))
        placed = ("placed together", "placed apart", "at home")
        rows.append((sibling_label, "; ".join(
            f"{name}, {when(born)}{'' if checks_kind != 'lac' else ' – ' + rng.choice(placed)}"
            for name, born in household)))
    rows.append(("Lead practitioner" if early_help else rng.choice(("Social worker", "Allocated SW")),
                 sample.practitioner))
    if show_team:
        rows.append(("Team", sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    rows.append((rng.choice(("Auditor", "Audited by", "Auditor (TM)")),
                 f"{auditor} ({role})" if with_role else auditor))
    if role and not with_role and rng.random() < 0.5:
        rows.append(("Role", role))
    rows.append((rng.choice(("Date of audit", "Audit date", "Date audited")), when(sample.date)))

    brand_heading(document, numbered(("1. About the child", "Section 1 – Child and case details",
                                        "Part A: The child")), brand)
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
            if len(value) < 26 and position + 1 < len(rows) and len(rows[position + 1][1]) < 26 and rng.random() < 0.4:
                text, value = rows[position + 1]
                run(line, "\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)
                position += 1
            position += 1
    document.add_paragraph()

    # --- section 2: statutory checks -------------------------------------------------------------------
    brand_heading(document, numbered(("2. Statutory checks", "Section 2 – Compliance with regulations",
                                        "Part B: Checks on the record")), brand)
    checks = {"lac": LAC_CHECKS, "cp": CP_CHECKS, "eh": EH_CHECKS}[checks_kind]
    weak = GRADES4.index(sample.grade) >= 2
    answers = [rng.choice(("Yes", "Yes", "Yes", "No" if weak else "Yes", "N/A" if position == len(checks) - 1 else "Yes"))
               for position in range(len(checks))]
    answers[0] = "Yes"
    if rng.random() < 0.5:
        grid = table(document, len(checks) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Check", "Yes", "No", "N/A")):
            label(cell, text, "D9D9D9")
        check_mark = rng.choice(("X", "\u2713", "\u221a"))
        for row, text, answer in zip(grid.rows[1:], checks, answers):
            write(row.cells[0], text)
            write(row.cells[1 + ("Yes", "No", "N/A").index(answer)], check_mark, bold=True)
    else:
        grid = table(document, len(checks), 2)
        for row, text, answer in zip(grid.rows, checks, answers):
            write(row.cells[0], f"{text}?")
            write(row.cells[1], {"Yes": "Y", "No": "N", "N/A": "N/A"}[answer])
    document.add_paragraph()

    # --- section 3: areas of practice ----------------------------------------------------------------------
    def grade_in(target, grade: str, how: str, *, overall: bool = False) -> None:
        if how == "typed":
            run(target, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)
        elif how == "key":
            text = str(key[grade])
            if overall and rng.random() < 0.5:
                text += f" – {words[grade]}"
            run(target, text, bold=True)
        elif how == "dropdown":
            content_dropdown(target._p, tuple(words[option] for option in GRADES4), words[grade], ids,
                             alias="Overall judgement" if overall else "Grade")
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

    brand_heading(document, numbered(("3. Quality of practice", "Section 3 – Areas of practice",
                                        "Part C: What the record tells us")), brand)
    if style == "key":
        order = sorted(GRADES4, key=lambda grade: key[grade])
        paragraph(document, "Key:  " + "   ".join(f"{key[grade]} = {WORDS[0][grade]}" for grade in order),
                  size=9, italic=True)
    elif style == "dropdown":
        paragraph(document, "Select the grade for each area from the list.", size=9, italic=True)
    elif style in ("highlight", "strike"):
        paragraph(document, rng.choice(("Highlight the grade that applies.", "Delete as appropriate.",
                                        "Embolden the grade that applies and strike out the others.")),
                  size=9, italic=True)
    prompts = dict(areas)
    sections = sample.sections
    if plan["areas"] in ("grid", "columns"):
        headers = ["", rng.choice(("Area of practice", "Standard", "Area")),
                   rng.choice(("Findings", "Auditor's findings", "Evidence from the record"))]
        headers += [text for _, text in columns] if style == "columns" else ["Score" if style == "key" else "Grade"]
        grid = table(document, len(sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sections), 1):
            write(row.cells[0], str(number))
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
    elif plan["areas"] == "blocks":
        for number, section in enumerate(sections, 1):
            paragraph(document, f"3.{number}  {section.name}", bold=True, colour=brand)
            paragraph(document, prompts[section.name], italic=True, size=9)
            findings = paragraph(document)
            run(findings, "Findings: ", bold=True)
            run(findings, section.comment)
            if section.name in remarks:
                paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink)
            line = paragraph(document)
            run(line, "Score: " if style == "key" else "Grade: ", bold=True)
            grade_in(line, section.grade, style)
    else:  # findings first, then a table of grades
        for number, section in enumerate(sections, 1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"HoS comment: {remarks[section.name]}", colour=ink, italic=True)
        paragraph(document, rng.choice(("Grades by area", "Summary of grades")), bold=True, colour=brand)
        grid = table(document, len(sections) + 1, 2)
        label(grid.cell(0, 0), "Area", "D9D9D9")
        label(grid.cell(0, 1), "Score (see key)" if style == "key" else "Grade", "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            grade_in(row.cells[1].paragraphs[0], section.grade, style)
    document.add_paragraph()

    # --- section 4: overall --------------------------------------------------------------------------------
    brand_heading(document, numbered(("4. Overall judgement", "Section 4 – Overall grade",
                                        "Part D: Overall")), brand)
    overall_label = rng.choice(("Overall judgement of the quality of practice for this child",
                                "Overall grade", "Auditor's overall judgement"))
    if overall_style == "columns":
        paragraph(document, overall_label, bold=True)
        grade_columns(sample.grade)
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
    if sample.feedback_sought is not None:
        question = paragraph(document)
        run(question, rng.choice(FEEDBACK_QUESTIONS), bold=True)
        run(question, "  ")
        _answer(question, rng, sample.feedback_sought, answer_style)
    document.add_paragraph()

    # --- section 5: summary ------------------------------------------------------------------------------------
    brand_heading(document, numbered(("5. Summary of findings", "Section 5 – Strengths and areas for development",
                                        "Part E: Summary")), brand)
    good_label = rng.choice(("What is working well", "Strengths", "Areas of strength"))
    better_label = rng.choice(("What needs to improve", "Areas for development", "Areas for improvement"))
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
            paragraph(document, heading, bold=True)
            for number, text in enumerate(items, 1):
                paragraph(document, f"{number}. {text}" if summary == "numbered" else text)
    document.add_paragraph()

    # --- section 6: actions --------------------------------------------------------------------------------------
    brand_heading(document, numbered(("6. Actions", "Section 6 – Case-specific actions (who, by when)",
                                        "Part F: Actions")), brand)
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
            run(line, f"{action.action} Owner: {action.owner}. By: {when(action.due)}.")
    document.add_paragraph()

    # --- section 7: safety today ------------------------------------------------------------------------------------
    brand_heading(document, numbered(("7. Safety today", "Section 7 – Escalation", "Part G: Immediate safety")),
                  brand)
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS), bold=True)
    answer = paragraph(document)
    _answer(answer, rng, sample.urgent_concern, answer_style)
    if sample.urgent_concern:
        line = paragraph(document)
        run(line, rng.choice(("If yes, what has been done: ", "Details and action taken: ")), bold=True)
        run(line, sample.urgent_concern_detail)
    document.add_paragraph()

    # --- section 8: sign-off -------------------------------------------------------------------------------------------
    brand_heading(document, numbered(("8. Sign-off", "Section 8 – Auditor", "Part H: Completed by")), brand)
    signed = paragraph(document)
    run(signed, "Signed: ", bold=True)
    run(signed, auditor)
    run(signed, "\t")
    run(signed, "Date: ", bold=True)
    run(signed, when(sample.date))
    if rng.random() < 0.4:
        line = paragraph(document)
        run(line, "Findings shared with the social worker: ", bold=True)
        run(line, f"Yes, {when(min(sample.date + timedelta(days=rng.randint(1, 5)), today))}")

    # --- section 9: moderation ---------------------------------------------------------------------------------------------
    heading = numbered(("9. Head of Service moderation", "Section 9 – Moderation",
                          "Part I: Head of Service moderation"))
    if shape in ("box", "black"):
        brand_heading(document, heading, brand)
        box_ink = ink if shape == "box" else "000000"
        box = table(document, 4, 2)
        if shape == "black":
            _heavy_borders(box)
        for position, text in enumerate(("Head of Service", "Date", "Moderated judgement", "Comments")):
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
    elif moderation:
        brand_heading(document, heading, brand)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade == sample.grade:
            paragraph(document, rng.choice((f"I agree with the auditor's judgement of {words[moderation.grade]}.",
                                            f"Judgement confirmed: {words[moderation.grade]}")), colour=ink)
        elif moderation.grade:
            paragraph(document, f"Moderated judgement: {words[moderation.grade]}", colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    elif rng.random() < 0.5:
        brand_heading(document, heading, brand)
        note = rng.choice(NOT_MODERATED[:2])
        paragraph(document, note, italic=True)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx",
                    others=tuple(name for name, _ in household),
                    also=(dob, *(when(born) for _, born in household)))
