"""Case moderation summary: the Word return a Head of Service completes each
month on the case audits their team managers finished the month before,
for the Quality Assurance team to collate into its quarterly report. Part
1 gives the month at a glance (who moderated, the service, the month, on
most files how many audits, the date, and a tally of audits agreed,
regraded and commented on); part 2 takes the audits case by case (the
reference, on four files the children in the family, the team and worker,
the manager who audited, the manager's grade, whether the Head of Service
agrees, the moderated grade, why, and whether decisions from supervision
are on the file); part 3 the learning across the audits; part 4 the
service's actions; part 5 whether any child needed action straight away;
part 6 the sign-off.

Modelled on the Social Work Inspection Agency's practice guide "On the
record – getting it right: Effective management of social work
recording" (Scottish Government, January 2010, gov.scot/Publications/
2010/01/22134528), read as search excerpts of its chapters 1 and 2: social
work recording is all the written material in the files of people using
social work services, and involves writing down the work done, noting the
progress people make towards their outcomes, including the person's
views, analysis and assessment, and the person's life history; records
document the involvement, inform assessment and care planning, let
practitioners reflect on their work and spot patterns, and make staff
accountable; under "Supervision and audit", first line managers have a key
role in assuring the quality of practice, one way being supervision, and
decisions made about individual cases in supervision are a core part of
the case record. The agency is a national inspectorate, not a council:
every council checked in Scotland (all 32), Wales (all 22), Northern
Ireland (the five health and social care trusts) and the North of England
(some fifty, Knowsley, Wirral and Lancashire among those whose audit
frameworks the search returned) is already named by another family, a
council layout or bench/README.md, so a similar body not yet used was
taken (Cardiff and Vale's regional safeguarding board and Forth Valley
were also unused, but what the search returned of them is about
multi-agency boards, not one service's moderation). The guide shows no audit or
moderation form.

So the form is our own judgement of how a Scottish-style service might
summarise a month's moderation of managers' audits; only the per-case
question whether decisions from supervision are recorded on the file
(on about half the files) and the learning headings about recording on
some files follow the guide. What varies across the sixteen files, all
our judgement: the month's details as a strip table, "Label:" lines two to
a line separated by a tab, or numbered questions; the Head of Service
named at the top, or only at the end in the sign-off; the cases as rows
of a landscape table, as one small table ("card") per case, or described
one paragraph each with the Head of Service's remark in a paragraph of its
own; grades typed informally, as a number on a printed 1-4 key (either way
round), as the four options with the chosen one bold or highlighted and
the others struck through, or as a mark under four grade columns for the
manager and four for the Head of Service; agreement as Agree / Disagree,
Y / N or ticks and crosses; the moderated grade given always or only
where it changed; some audits only commented on (the manager's grade
stands); the Head of Service's words typed in an ink of their own (never
red) or in black in shaded, boxed cells; plain and prefixed references;
the children in the family named on four files (their names go in
`others`); learning as two columns, bullets or numbered points; actions as
a table, "Action n:" lines or a "no actions" sentence (three files); the
immediate-safeguarding question typed, in tick boxes or with the other
answer struck through, answered yes with the case on three files; dates
in the seven spellings of `date_writer`.

The truth: `form` "moderation_overview", `case_id` and `grade` None,
`extra["moderated_cases"]` each listed reference, as written, to the grade
that stands after moderation, `extra["period"]` the month, and
`extra["audits_moderated"]` only where the form states the number.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import STAFF
from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, SampleAction
from bot.samples.ooxml import shade
from bot.samples.people import CHILD_FIRST_NAMES, FRONT_LINE_MANAGERS
from bot.samples.population import sample_forms
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    recount,
    run,
    siblings,
    table,
    write,
)

FAMILY = "quarterly_case_moderation_summary"
SEED = 10039
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
_ROLE = {member.name: member.role for member in STAFF}

CASE_LAYOUTS = ("rows", "cards", "paragraphs")
# Each case layout's files take these grade styles in turn.
GRADE_STYLES = {
    "rows": ("columns", "typed", "struck", "key"),
    "cards": ("struck", "key", "typed", "columns"),
    "paragraphs": ("typed", "key", "typed", "key"),
}
LONG = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
        INADEQUATE: "Inadequate"}
SHORT = ({OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"},
         {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Req. improvement",
          INADEQUATE: "Inadequate"})
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
MARKS = ("X", "x", "\u2713", "\u25cf")
AGREEMENTS = (("Agree", "Disagree"), ("Y", "N"), ("\u2713", "\u2717"))
UNCHANGED = ("", "no change", "\u2013", "as auditor")
BOX_FILLS = ("E2EFDA", "DDEBF7", "FFF2CC", "EDE1F5")
BOX_ON, BOX_OFF = "\u2612", "\u2610"

TITLES = ("Case Moderation Summary", "Monthly Case Moderation Summary", "Summary of Case Audit Moderation",
          "Head of Service Case Moderation Summary")
SUBTITLES = ("Monthly return – collated by the QA team into the quarterly moderation report",
             "Return to the QA mailbox by the 15th; feeds the quarterly quality report", "")
LABELS = {
    "head": ("Head of Service", "Moderating Head of Service", "Moderated by"),
    "service": ("Service", "Service area", "Service / locality"),
    "month": ("Month moderated", "Audits completed in", "Moderation month"),
    "count": ("Number of audits moderated", "Audits moderated", "No. of audits"),
    "completed": ("Date completed", "Date of this summary", "Completed on"),
    "ref": ("Case ref", "Case no.", "SWIFT no.", "Ref"),
    "children": ("Child(ren) in the family", "Children in household", "Child / siblings"),
    "who": ("Team / worker", "Team (allocated worker)", "Worker and team"),
    "auditor": ("Audited by", "Auditing manager", "Auditor (TM)"),
    "grade": ("Auditor's grade", "Manager's grade", "Audit grade"),
    "agree": ("HoS agrees?", "Agree?", "Agree with grade?"),
    "moderated": ("Moderated grade", "Grade after moderation", "HoS grade"),
    "changed": ("Moderated grade (only if changed)", "New grade if different", "HoS grade where changed"),
    "why": ("Rationale", "HoS comments", "Why"),
    "recorded": ("Supervision decisions on file?", "Supervision decisions recorded?"),
}
PARTS = (("Part 1 – The month at a glance", "Part 2 – Case by case", "Part 3 – Learning across the audits",
          "Part 4 – Service actions", "Part 5 – Immediate safeguarding", "Part 6 – Sign-off"),
         ("1. Summary", "2. Audits moderated", "3. Themes", "4. Actions", "5. Safeguarding check", "6. Sign-off"),
         ("At a glance", "Audits moderated this month", "What the audits tell us", "Actions for the service",
          "Any child needing action today?", "Signed off"))
THEME_HEADINGS = (
    ("What is working well", "What needs to improve"),
    ("Recording and practice – working well", "Recording and practice – needs to improve"),
    ("Strengths across the audits", "Areas for development across the audits"),
)
ACTION_HEADERS = (("Action", "Lead", "By when"), ("Service action", "Owner", "Target date"))
ACTION_OWNERS = ("All team managers", "Team managers", "QA team", "Principal social worker", "Service manager")
NO_ACTIONS = ("No new service actions this month – the learning will be shared at the managers' meeting.",
              "No further actions required at this time.",
              "None this month; the themes are already in the service improvement plan.")
URGENT_QUESTIONS = ("Did moderation identify any child who needs action today to keep them safe?",
                    "Immediate safeguarding concerns identified during moderation?",
                    "Was any case escalated for an immediate safeguarding response?")
URGENT_NO = ("None identified.", "No concerns requiring immediate action.", "")
URGENT_YES = ("{ref}: no visit recorded for seven weeks; the team manager was asked to visit today.",
              "{ref}: new police information about an adult in the household had not been acted on; a strategy "
              "discussion was requested the same day.",
              "{ref}: the safety plan was not reviewed after a reported injury; escalated to the service manager "
              "at once.")
CONFIRM = ("Agree – well evidenced.", "Agree; the child's views come through clearly.", "Fair and balanced audit.",
           "Agree. Pick up the chronology action in supervision.", "")
LOWERED = ("Evidence on file does not support this grade – no management oversight for six weeks.",
           "The plan has drifted since the last review and the audit does not reflect this.",
           "Analysis of risk is not evident on the file; moderated down.")
RAISED = ("Direct work with the child is clearly recorded and is making a difference – grade raised.",
          "The audit under-credits the quality of the assessment; moderated up.",
          "Progress for the child is clear from the record.")
COMMENT_ONLY = ("Chronology needs updating before the next review.",
                "Make sure father's views are recorded on the assessment.",
                "Discuss the contingency plan with the worker at the next supervision.",
                "Share at the team meeting as an example of reflective recording.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(400, seed=SEED, today=today)
            if audit.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT) and audit.child is not None
            and _ROLE.get(audit.auditor) in FRONT_LINE_MANAGERS]
    layouts = (list(CASE_LAYOUTS) * (count // len(CASE_LAYOUTS) + 1))[:count]
    rng.shuffle(layouts)
    indices = list(range(count))
    urgent = set(rng.sample(indices, min(3, count)))
    no_actions = set(rng.sample([i for i in indices if i not in urgent], min(3, max(count - 3, 0))))
    named = set(rng.sample(indices, min(4, count)))
    boxed = set(rng.sample(indices, min(5, count)))
    at_end = set(rng.sample(indices, min(6, count)))
    forms = []
    for index, sample in enumerate(overviews):
        layout = layouts[index]
        styles = GRADE_STYLES[layout]
        grade_style = styles[layouts[:index].count(layout) % len(styles)]
        audits = _choose_audits(rng, pool, sample.service)
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, sample, today, audits, layout=layout, grade_style=grade_style,
                           urgent=index in urgent, no_actions=index in no_actions, named=index in named,
                           boxed=index in boxed, head_at_end=index in at_end))
    return forms


def _choose_audits(rng: random.Random, pool, service: str):
    """Three to seven audits by two or three managers, the Head of
    Service's own service first."""
    own = [audit for audit in pool if audit.service == service] or pool
    managers = sorted({audit.auditor for audit in own})
    chosen = rng.sample(managers, min(len(managers), rng.randint(2, 3)))
    audits = []
    for manager in chosen:
        theirs = [audit for audit in own if audit.auditor == manager]
        audits += rng.sample(theirs, min(len(theirs), rng.randint(1, 3)))
    while len(audits) < 3:
        audits.append(rng.choice([audit for audit in pool if audit not in audits]))
    return audits[:7]


def _neighbour(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


def _merge_row(grid, row: int) -> object:
    cells = grid.rows[row].cells
    return cells[0].merge(cells[-1])


def _heavy_border(grid) -> None:
    """A heavy border round a whole table (the Head of Service's box)."""
    properties = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        heavy = edge in ("top", "left", "bottom", "right")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "18" if heavy else "4")
        element.set(qn("w:color"), "262626" if heavy else "A6A6A6")
        borders.append(element)
    properties.append(borders)


def _form(rng: random.Random, index: int, sample, today: date, audits, *, layout: str, grade_style: str,
          urgent: bool, no_actions: bool, named: bool, boxed: bool, head_at_end: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    fill = rng.choice(BOX_FILLS)
    when = date_writer(rng)
    short = rng.choice(SHORT)
    key = rng.choice(KEYS)
    mark_symbol = rng.choice(MARKS)
    agreement = rng.choice(AGREEMENTS)
    moderated_when = rng.choice(("always", "always", "changed"))
    unchanged_word = rng.choice(UNCHANGED)
    struck_look = rng.choice(("bold", "highlight", "both"))
    prefixed = rng.random() < 0.6
    prefix = rng.choice(CASE_PREFIXES)
    show_count = rng.random() < 0.7
    show_recorded = layout != "paragraphs" and rng.random() < 0.5
    details_style = rng.choice(("strip", "lines", "numbered"))
    themes_style = rng.choice(("columns", "bullets", "numbered"))
    actions_style = "none" if no_actions else rng.choice(("table", "table", "lines"))
    urgent_style = rng.choice(("typed", "boxes", "struck"))
    parts = rng.choice(PARTS)
    label_of = {name: rng.choice(options) for name, options in LABELS.items()}
    period = next(field.written for field in sample.own if field.key == "period")

    # The audits moderated and what the Head of Service made of each.
    changes = set(rng.sample(range(len(audits)), min(rng.choice((0, 1, 1, 2, 2, 3)), len(audits) - 1)))
    rest = [i for i in range(len(audits)) if i not in changes]
    comments_only = set(rng.sample(rest, min(rng.choice((0, 0, 1, 2)), len(rest) - 1)))
    cases, others = [], []
    for position, audit in enumerate(audits):
        reference = f"{prefix}{audit.case_id}" if prefixed else audit.case_id
        if position in changes:
            outcome, moderated = "change", _neighbour(rng, audit.grade)
            comment = rng.choice(RAISED if ORDER.index(moderated) < ORDER.index(audit.grade) else LOWERED)
        elif position in comments_only:
            outcome, moderated, comment = "comment", audit.grade, rng.choice(COMMENT_ONLY)
        else:
            outcome, moderated, comment = "confirm", audit.grade, rng.choice(CONFIRM)
        children = []
        if named:
            used = {name.split()[0] for name in others}
            family = [(audit.child.full_name, None)] + [
                (name, "sibling") for name, _ in siblings(rng, audit.child, rng.choice((0, 1, 1, 2)), today)]
            children = [(name, relation) for name, relation in family if name.split()[0] not in used]
            if not children:
                unused = [first for first in CHILD_FIRST_NAMES if first not in used]
                children = [(f"{rng.choice(unused)} {audit.child.surname}", None)]
            others += [name for name, _ in children]
        cases.append({"ref": reference, "auditor": audit.auditor, "team": audit.team, "worker": audit.practitioner,
                      "grade": audit.grade, "outcome": outcome, "moderated": moderated, "comment": comment,
                      "children": children, "recorded": rng.choice(("Yes", "Yes", "No", "Partly"))})
    total = len(cases)

    # The sample as this form carries it; the truth comes from it.
    own = [field for field in sample.own if field.key == "period"]
    if show_count:
        own.append(ToolField("audits_moderated", label_of["count"], str(total), str(total)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    changed: dict = {"own": tuple(own), "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True}
    if no_actions:
        changed["actions"] = ()
    else:
        changed["actions"] = tuple(SampleAction(action.action, rng.choice((sample.auditor, *ACTION_OWNERS)),
                                                action.due) for action in sample.actions)
    detail = None
    if urgent:
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        detail = rng.choice(URGENT_YES).format(ref=worst["ref"])
        changed.update(urgent_concern=True, urgent_concern_detail=detail)
    sample = replace(sample, **changed)

    # --- how things are written -------------------------------------------------------

    def hos_look(**look) -> dict:
        if not boxed:
            look.setdefault("colour", ink)
        return look

    def hos_cell(cell) -> None:
        if boxed:
            shade(cell._tc, fill)

    def shown_moderated(case) -> str | None:
        """The grade the Head of Service wrote, or None where they wrote none."""
        if case["outcome"] == "comment":
            return None
        if moderated_when == "changed" and case["outcome"] == "confirm":
            return None
        return case["moderated"]

    def agree_word(case) -> str | None:
        if case["outcome"] == "comment":
            return None
        return agreement[0] if case["outcome"] == "confirm" else agreement[1]

    def grade_words(grade: str) -> str:
        if grade_style == "key":
            return str(key[grade])
        return informal_grade(rng, grade)

    def write_grade(cell, grade: str | None, *, hos: bool) -> None:
        """A grade in a cell as this form's style writes it (not the columns style)."""
        look = hos_look() if hos else {}
        if grade is None:
            if hos and moderated_when == "changed" and unchanged_word:
                write(cell, unchanged_word, **look)
            return
        if grade_style != "struck":
            write(cell, grade_words(grade), bold=hos, **look)
            return
        target = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
        for place, option in enumerate(ORDER):
            if place:
                run(target, " / ", **look)
            chosen = option == grade
            run(target, short[option], strike=not chosen, bold=chosen and struck_look != "highlight",
                highlight=chosen and struck_look != "bold", **look)

    def who(case) -> str:
        return f"{case['team']} ({case['worker']})" if "(" in label_of["who"] else f"{case['team']} / {case['worker']}"

    def children_text(case) -> str:
        return ", ".join(f"{name} ({relation})" if relation else name for name, relation in case["children"])

    # --- the document -------------------------------------------------------------------

    title = rng.choice(TITLES)
    document = new_document(rng, landscape=layout == "rows" or grade_style == "columns")
    paragraph(document, council_line(rng), colour=brand, size=9, bold=True)
    brand_heading(document, title, brand, size=15)
    subtitle = rng.choice(SUBTITLES)
    if subtitle:
        paragraph(document, subtitle, italic=True, size=9)

    # Part 1: the month at a glance.
    brand_heading(document, parts[0], brand, size=12)
    details = []
    if not head_at_end:
        details.append((label_of["head"], sample.auditor))
    details += [(label_of["service"], sample.service), (label_of["month"], period)]
    if show_count:
        details.append((label_of["count"], str(total)))
    if not head_at_end:
        details.append((label_of["completed"], when(sample.date)))
    if details_style == "strip":
        grid = table(document, 2, len(details))
        for column, (name, value) in enumerate(details):
            label(grid.cell(0, column), name, "D9D9D9")
            write(grid.cell(1, column), value)
    elif details_style == "lines":
        for first in range(0, len(details), 2):
            line = paragraph(document)
            for place, (name, value) in enumerate(details[first:first + 2]):
                if place:
                    run(line, "\t")
                run(line, f"{name}: ", bold=True)
                run(line, value)
    else:
        for number, (name, value) in enumerate(details, 1):
            line = paragraph(document)
            run(line, f"1.{number}  {name}: ", bold=True)
            run(line, value)
    tally = (sum(case["outcome"] == "confirm" for case in cases), sum(case["outcome"] == "change" for case in cases),
             sum(case["outcome"] == "comment" for case in cases))
    line = paragraph(document, size=9)
    run(line, "Outcome of moderation: ", bold=True, size=9)
    run(line, f"grade agreed {tally[0]}  |  grade changed {tally[1]}  |  comments only {tally[2]}", size=9)

    # Part 2: case by case.
    brand_heading(document, parts[1], brand, size=12)
    if grade_style == "key":
        key_line = paragraph(document, size=9)
        run(key_line, "Grades: ", bold=True, size=9)
        run(key_line, "   ".join(f"{key[grade]} = {LONG[grade]}" for grade in sorted(ORDER, key=key.get)), size=9)
    elif grade_style == "struck":
        paragraph(document, "Strike through the grades that do not apply.", italic=True, size=9)
    if not boxed:
        paragraph(document, "Head of Service entries are typed in colour.", italic=True, size=9, colour=ink)

    if layout == "rows":
        _rows(document, cases, label_of, grade_style, short, mark_symbol, named, show_recorded, moderated_when,
              who, children_text, write_grade, agree_word, shown_moderated, hos_look, hos_cell)
    elif layout == "cards":
        _cards(document, cases, label_of, grade_style, short, mark_symbol, named, show_recorded, moderated_when,
               who, children_text, write_grade, agree_word, shown_moderated, hos_look, hos_cell)
    else:
        _paragraphs(rng, document, cases, named, boxed, fill, who, children_text, grade_words, agreement,
                    hos_look)

    # Part 3: learning across the audits.
    brand_heading(document, parts[2], brand, size=12)
    well, better = rng.choice(THEME_HEADINGS)
    if themes_style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), well, "E2EFDA")
        label(grid.cell(0, 1), better, "FCE4D6")
        for column, items in ((0, sample.strengths), (1, sample.development_areas)):
            for item in items:
                write(grid.cell(1, column), item)
    else:
        for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, 1):
                paragraph(document, f"{number}. {item}" if themes_style == "numbered" else f"\u2022 {item}")

    # Part 4: actions.
    brand_heading(document, parts[3], brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice(ACTION_HEADERS)
        grid = table(document, len(sample.actions) + 1, 3)
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
            run(line, f"{action.action} Lead: {action.owner}. By: {when(action.due)}.")

    # Part 5: immediate safeguarding.
    brand_heading(document, parts[4], brand, size=12)
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS), bold=True)
    answer = paragraph(document)
    if urgent_style == "typed":
        run(answer, "Yes" if urgent else "No")
    elif urgent_style == "boxes":
        run(answer, f"{BOX_ON if urgent else BOX_OFF} Yes     {BOX_OFF if urgent else BOX_ON} No")
    else:
        run(answer, "Yes", strike=not urgent)
        run(answer, " / ")
        run(answer, "No", strike=urgent)
    if urgent:
        line = paragraph(document)
        run(line, "If yes, which case and what was done: ", bold=True)
        run(line, detail)
    else:
        note = rng.choice(URGENT_NO)
        if note:
            paragraph(document, note, italic=True)

    # Part 6: sign-off.
    brand_heading(document, parts[5], brand, size=12)
    if head_at_end:
        grid = table(document, 3, 2)
        for row, (name, value) in enumerate((("Moderated and signed off by", sample.auditor),
                                             ("Role", rng.choice(("Head of Service", "Head of Service (Children's "
                                                                  "Social Work)"))),
                                             ("Date", when(sample.date)))):
            label(grid.cell(row, 0), name, "F2F2F2")
            write(grid.cell(row, 1), value)
    else:
        paragraph(document, rng.choice(("Signed electronically by the Head of Service named in Part 1.",
                                        "Signature: (e-signed – see details above)")), italic=True)
    paragraph(document, "Return to the QA team by email.", italic=True, size=8)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others))


def _rows(document, cases, label_of, grade_style, short, mark_symbol, named, show_recorded, moderated_when, who,
          children_text, write_grade, agree_word, shown_moderated, hos_look, hos_cell) -> None:
    """Each case a row of one table; four grade columns each for the
    manager and the Head of Service in the columns style."""
    heads = [label_of["ref"]] + ([label_of["children"]] if named else []) + [label_of["who"], label_of["auditor"]]
    lead = len(heads)
    moderated_head = label_of["moderated" if moderated_when == "always" else "changed"]
    if grade_style == "columns":
        grades = [short[grade] for grade in ORDER]
        heads += grades + [label_of["agree"]] + grades + [label_of["why"]]
        grid = table(document, len(cases) + 2, len(heads))
        for column, text in enumerate(heads):
            label(grid.cell(1, column), text, "DEEAF6")
        for column in range(lead):
            label(grid.cell(0, column), "", "DEEAF6")
        label(grid.cell(0, lead).merge(grid.cell(0, lead + 3)), label_of["grade"], "DEEAF6")
        label(grid.cell(0, lead + 4), "", "DEEAF6")
        label(grid.cell(0, lead + 5).merge(grid.cell(0, lead + 8)), moderated_head, "DEEAF6")
        label(grid.cell(0, lead + 9), "", "DEEAF6")
        body = grid.rows[2:]
    else:
        heads += [label_of["grade"], label_of["agree"], moderated_head, label_of["why"]]
        if show_recorded:
            heads.append(label_of["recorded"])
        grid = table(document, len(cases) + 1, len(heads))
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "DEEAF6")
        body = grid.rows[1:]
    for row, case in zip(body, cases):
        cells = row.cells
        write(cells[0], case["ref"])
        column = 1
        if named:
            write(cells[column], children_text(case))
            column += 1
        write(cells[column], who(case))
        write(cells[column + 1], case["auditor"])
        column += 2
        if grade_style == "columns":
            write(cells[column + ORDER.index(case["grade"])], mark_symbol, bold=True)
            agree = agree_word(case)
            if agree:
                write(cells[column + 4], agree, **hos_look())
            hos_cell(cells[column + 4])
            moderated = shown_moderated(case)
            for place in range(4):
                hos_cell(cells[column + 5 + place])
            if moderated:
                write(cells[column + 5 + ORDER.index(moderated)], mark_symbol, bold=True, **hos_look())
            write(cells[column + 9], case["comment"], **hos_look())
            hos_cell(cells[column + 9])
        else:
            write_grade(cells[column], case["grade"], hos=False)
            agree = agree_word(case)
            if agree:
                write(cells[column + 1], agree, **hos_look())
            write_grade(cells[column + 2], shown_moderated(case), hos=True)
            write(cells[column + 3], case["comment"], **hos_look())
            for place in (1, 2, 3):
                hos_cell(cells[column + place])
            if show_recorded:
                write(cells[column + 4], case["recorded"])
    paragraph(document)


def _cards(document, cases, label_of, grade_style, short, mark_symbol, named, show_recorded, moderated_when, who,
           children_text, write_grade, agree_word, shown_moderated, hos_look, hos_cell) -> None:
    """One small table per case: the manager's part, then the Head of
    Service's rows."""
    moderated_head = label_of["moderated" if moderated_when == "always" else "changed"]
    for number, case in enumerate(cases, 1):
        rows = [(label_of["ref"], "ref")] + ([(label_of["children"], "children")] if named else [])
        rows += [(label_of["who"], "who"), (label_of["auditor"], "auditor"), (label_of["grade"], "grade")]
        if show_recorded:
            rows.append((label_of["recorded"], "recorded"))
        rows += [(label_of["agree"], "agree"), (moderated_head, "moderated"), (label_of["why"], "why")]
        columns = 5 if grade_style == "columns" else 2
        grid = table(document, len(rows) + 1 + (grade_style == "columns"), columns)
        title = _merge_row(grid, 0)
        label(title, f"Case {number} of {len(cases)}", "D9D9D9")
        start = 1
        if grade_style == "columns":
            label(grid.cell(1, 0), "", "F2F2F2")
            for place, grade in enumerate(ORDER):
                label(grid.cell(1, place + 1), short[grade], "F2F2F2")
            start = 2
        for offset, (name, what) in enumerate(rows):
            row = start + offset
            label(grid.cell(row, 0), name, "F2F2F2")
            if grade_style == "columns" and what not in ("grade", "moderated"):
                target = grid.cell(row, 1).merge(grid.cell(row, columns - 1))
            else:
                target = grid.cell(row, 1)
            hos = what in ("agree", "moderated", "why")
            if hos:
                for column in range(1, columns):
                    hos_cell(grid.cell(row, column))
            if what == "ref":
                write(target, case["ref"])
            elif what == "children":
                write(target, children_text(case))
            elif what == "who":
                write(target, who(case))
            elif what == "auditor":
                write(target, case["auditor"])
            elif what == "recorded":
                write(target, case["recorded"])
            elif what == "agree":
                agree = agree_word(case)
                if agree:
                    write(target, agree, **hos_look())
            elif what == "why":
                write(target, case["comment"], **hos_look())
            elif grade_style == "columns":
                grade = case["grade"] if what == "grade" else shown_moderated(case)
                if grade:
                    look = hos_look() if what == "moderated" else {}
                    write(grid.cell(row, 1 + ORDER.index(grade)), mark_symbol, bold=True, **look)
            elif what == "grade":
                write_grade(target, case["grade"], hos=False)
            else:
                write_grade(target, shown_moderated(case), hos=True)
        paragraph(document)


def _paragraphs(rng: random.Random, document, cases, named, boxed, fill, who, children_text, grade_words, agreement,
                hos_look) -> None:
    """Each case described in a paragraph, the Head of Service's remark
    in a paragraph (or a shaded box) of its own."""
    for number, case in enumerate(cases, 1):
        line = paragraph(document)
        run(line, f"{number}. {case['ref']}", bold=True)
        text = f" – {who(case)}"
        if named:
            text += f"; children: {children_text(case)}"
        text += f". Audited by {case['auditor']}, graded {grade_words(case['grade'])}."
        run(line, text)
        if case["outcome"] == "confirm":
            remark = f"HoS: {agreement[0]} – grade stands at {grade_words(case['moderated'])}."
        elif case["outcome"] == "change":
            remark = f"HoS: {agreement[1]} – moderated to {grade_words(case['moderated'])}."
        else:
            remark = "HoS comment:"
        if case["comment"]:
            remark += f" {case['comment']}"
        if boxed:
            box = table(document, 1, 1)
            shade(box.cell(0, 0)._tc, fill)
            _heavy_border(box)
            write(box.cell(0, 0), remark)
        else:
            paragraph(document, remark, **hos_look())
    paragraph(document)
