"""Moderation review sheet: the Excel workbook a Head of Service fills in
after re-reading a month's case file audits by the team managers in their
service, and emails to the Quality Assurance team. Who moderated, for
which service and month, how many audits and when; each audit moderated
(the case reference, sometimes the children in the family, the manager
who audited it, when, the manager's grade) with the Head of Service's
moderation beside or beneath it (whether they agree, the moderated grade,
their comment); the areas of positive practice and the areas for
improvement across the month's audits; whether any child needed action
straight away; the service's action plan; the sign-off.

Modelled on Blaenau Gwent County Borough Council (no Blaenau Gwent
material was used yet). What was read: the council's news items "Care
Inspectorate Wales (CIW) Inspection Report" and "Positive report into
Children's Services" (blaenau-gwent.gov.uk, 2018), and CIW's own notice
"Blaenau Gwent children's services inspection report published"
(careinspectorate.wales, 29 June 2018). They say that CIW inspected the
council's children's services in February and March 2018, looking at the
effectiveness of services and arrangements to help and protect children
and their families; that the council's own self-assessment described the
rise in looked after children as unsustainable; that the council has a
stable management group staff regard as approachable and supportive; that
assessments were not always underpinned by a clear, recorded professional
analysis of the child's needs and that the management of risk of harm was
not always informed by history and current context; that inspectors
interviewed children, families, staff and senior officers and reviewed
files; and that the council published the "areas of positive feedback",
while the "areas for improvement" went into an action plan supported by
its Executive Committee. The council's meeting pages publish agendas and
minutes in Welsh and English. None of these shows a moderation form or
says how the council's managers audit files or how a Head of Service
moderates them.

So the workbook is our own judgement of how a Welsh council's Head of
Service might keep a month's moderation. Taken from the sources: the two
theme headings ("Areas of positive practice" / "Areas for improvement")
on some files, an action plan at the foot, and Welsh and English labels
on some files. Our own judgement, and what varies across the sixteen
files: the cases as cards (one label / value block per case, stacked down
the sheet or two across), as one sheet per auditing manager behind a
"Summary" sheet, or as paired rows (the manager's entry above the Head of
Service's, the case reference merged down both); grades typed informally,
numbered on a printed 1-4 key (either way round), chosen from a drop-down
(its list sometimes on a hidden sheet), marked under four grade columns
(a symbol or a shaded cell), or printed as four options with the chosen
one emboldened and highlighted and the others struck through; the Head of
Service's entries typed in an ink of their own (never red) or kept in a
shaded, boxed area; agreement as Agree / Disagree, Yes / No, Y / N or
ticks and crosses; the moderated grade given always or only where it
changed, and some cases only commented on (the auditor's grade stands);
plain, prefixed and Early Help references; dates typed in seven spellings
or kept as Excel dates; the children in the family named on some files;
themes as lists, side by side or in one cell; actions as a table, as
numbered lines or a "no actions" sentence; the urgent question answered
"Yes" with the case on three files.

The truth: `form` "moderation_overview", `case_id` and `grade` None,
`extra["moderated_cases"]` each listed reference, as written, to the
grade that stands after moderation, and `extra["audits_moderated"]` only
where the sheet states the number.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF
from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILD_FIRST_NAMES, EARLY_HELP, FRONT_LINE_MANAGERS, SAFEGUARDING
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
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    recount,
    siblings,
)

FAMILY = "moderation_review_sheet"
SEED = 9997
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
_ROLE = {member.name: member.role for member in STAFF}

# The four grades as a form prints them (column heads, options, drop-down lists).
GRADE_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
)
KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
# How each layout's files write grades, one style a file in turn.
GRADE_STYLES = {
    "cards": ("options", "typed", "key", "dropdown", "options", "typed"),
    "tabs": ("columns", "key", "typed", "dropdown", "columns"),
    "paired": ("columns", "typed", "key", "columns", "dropdown"),
}
MARKS = ("X", "x", "\u2713", "\u25cf", "")
AGREEMENTS = (("Agree", "Disagree"), ("Yes", "No"), ("Y", "N"), ("\u2713", "\u2717"))
# Light fills for a Head of Service's boxed area.
BOX_FILLS = ("E2EFDA", "DDEBF7", "FFF2CC", "EDE1F5")
HIGHLIGHT = "FFFF00"

TITLES = ("Moderation Review Sheet", "Head of Service Moderation Review", "Case File Audit Moderation Review",
          "Monthly Moderation Review – Case File Audits")
WELSH_TITLE = "Taflen Adolygu Cymedroli"

# (English, Welsh) labels; a bilingual file prints "Welsh / English".
LABELS = {
    "head": (("Head of Service", "Moderated by (HoS)", "Moderator – Head of Service"), "Pennaeth Gwasanaeth"),
    "service": (("Service", "Service area"), "Gwasanaeth"),
    "month": (("Month moderated", "Audit month", "Month"), "Mis"),
    "count": (("Number of audits moderated", "Audits moderated", "No. of audits moderated"),
              "Nifer yr archwiliadau"),
    "completed": (("Date completed", "Date of moderation", "Date returned to QA"), "Dyddiad cwblhau"),
    "ref": (("Case ref", "WCCIS no.", "Case number", "Case reference"), "Cyfeirnod"),
    "children": (("Child(ren)", "Children in the family", "Child / siblings"), "Plant"),
    "auditor": (("Audited by", "Auditing manager", "Auditor (TM)"), "Archwiliwyd gan"),
    "audited": (("Date audited", "Audit date"), "Dyddiad archwilio"),
    "grade": (("Auditor's grade", "Grade given by auditor", "TM grade"), "Gradd yr archwilydd"),
    "agree": (("Agree with grade?", "HoS agrees?", "Agreed?"), "Cytuno?"),
    "moderated": (("Moderated grade", "HoS grade", "Grade after moderation"), "Gradd wedi cymedroli"),
    "changed": (("Moderated grade (if changed)", "New grade (only if different)", "HoS grade where changed"),
                "Gradd newydd"),
    "comment": (("HoS comments", "Moderator's comments", "Feedback to auditor"), "Sylwadau"),
    "strengths": (("Areas of positive practice", "What is working well", "Strengths across the audits"),
                  "Cryfderau"),
    "development": (("Areas for improvement", "What needs to improve", "Areas for development across the audits"),
                    "Meysydd i'w gwella"),
    "actions": (("Action plan", "Actions for the service", "Service action plan – who and by when"),
                "Cynllun gweithredu"),
    "urgent": (("Has any case been identified where a child needs immediate action to keep them safe?",
                "Urgent safeguarding concerns identified during moderation?",
                "Any child at immediate risk identified? (If yes, give the case and the action taken)"),
               "Pryder diogelu brys"),
    "signed": (("Signed", "Signed (Head of Service)"), "Llofnod"),
    "date": (("Date",), "Dyddiad"),
}
ACTION_HEADERS = (("Action", "Lead", "By when"), ("What needs to happen", "Who", "Timescale"),
                  ("Action", "Owner", "Due"))
NO_ACTIONS = ("No new actions this month – the themes are covered by the existing action plan.",
              "No actions arising from this month's moderation.",
              "Nil – learning to be shared at the next managers' meeting.")
URGENT_NO = ("No", "No.", "None identified", "No – none this month")
URGENT_YES = ("Yes – {ref}: no visit recorded for seven weeks; the team manager has been asked to arrange a visit "
              "today.",
              "Yes. {ref}: new information about an adult in the household had not been acted on; a strategy "
              "discussion was requested the same day.",
              "Yes – {ref}: the safety plan was not reviewed after a reported injury; escalated to the service "
              "manager straight away.")
# What the Head of Service writes: agreeing, moving the grade down or up,
# or only commenting (the grade stands). None names a grade.
CONFIRM = ("Agree – well evidenced.", "Agree; the analysis is clear and the child's voice comes through.",
           "Fair and balanced audit.", "Agree. Make sure the action on the plan is followed up in supervision.", "")
LOWERED = ("Evidence on file does not support this grade – no management oversight recorded for six weeks.",
           "Lowered: the plan has drifted since the last review and the audit does not reflect this.",
           "Risk analysis is not evident on the file; grade moderated down.")
RAISED = ("Raised: the direct work with the child is clearly evidenced and is making a difference.",
          "The audit under-credits the quality of the assessment; grade moderated up.",
          "Impact for the child is clear on the file – grade raised.")
COMMENT_ONLY = ("Chronology needs updating before the next review.",
                "Please make sure the father's views are recorded on the assessment.",
                "Discuss the contingency plan with the worker at the next supervision.",
                "Share this audit at the team meeting as an example of reflective recording.")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="8C8C8C")
THICK = Side(style="medium", color="404040")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(400, seed=SEED, today=today)
            if audit.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT) and audit.child is not None
            and _ROLE.get(audit.auditor) in FRONT_LINE_MANAGERS]
    layouts = (["cards"] * 6 + ["tabs"] * 5 + ["paired"] * 5 + ["cards", "tabs", "paired"] * count)[:count]
    rng.shuffle(layouts)
    indices = list(range(count))
    urgent = set(rng.sample(indices, min(3, count)))
    no_actions = set(rng.sample([i for i in indices if i not in urgent], min(3, max(count - 3, 0))))
    named = set(rng.sample(indices, min(4, count)))
    welsh = set(rng.sample(indices, min(6, count)))
    styles = {layout: rng.sample(choices, len(choices)) for layout, choices in GRADE_STYLES.items()}
    forms = []
    for index, sample in enumerate(overviews):
        audits = _choose_audits(rng, pool, sample.service)
        pool = [audit for audit in pool if audit not in audits]
        queue = styles[layouts[index]]
        grade_style = queue[layouts[:index].count(layouts[index]) % len(queue)]
        forms.append(_form(rng, index, sample, today, audits, layout=layouts[index], grade_style=grade_style,
                           urgent=index in urgent, no_actions=index in no_actions, named=index in named,
                           welsh=index in welsh))
    return forms


def _choose_audits(rng: random.Random, pool, service: str):
    """Four to eight audits by one to four managers of the Head of
    Service's own service (a Safeguarding and QA head moderates audits from
    across the services), in manager order."""
    own = pool if service == SAFEGUARDING else [audit for audit in pool if audit.service == service] or pool
    managers = sorted({audit.auditor for audit in own})
    chosen = rng.sample(managers, min(len(managers), rng.randint(2, 4)))
    audits = []
    for manager in chosen:
        theirs = [audit for audit in own if audit.auditor == manager]
        audits += rng.sample(theirs, min(len(theirs), rng.randint(1, 3)))
    while len(audits) < 4:
        audits.append(rng.choice([audit for audit in own if audit not in audits]))
    audits = audits[:8]
    order = {manager: place for place, manager in enumerate(chosen)}
    return sorted(audits, key=lambda audit: (order.get(audit.auditor, len(order)), audit.date))


def _neighbour(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


class _Sheet:
    """Cells on one worksheet in the form's font, with a running row."""

    def __init__(self, sheet, font: str):
        self.sheet = sheet
        self.font = font
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
            size=10, number_format=None, border=True, centre=False):
        cell = self.sheet.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centre else None)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        if number_format:
            cell.number_format = number_format
        return cell

    def merge(self, row: int, first: int, last: int, *, down: int = 0) -> None:
        if last > first or down:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row + down, end_column=last)

    def band(self, text: str, fill: str, last: int, *, size=11, colour="FFFFFF") -> None:
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill, size=size)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text: str, last: int, *, height: bool = True, **look) -> None:
        look.setdefault("border", False)
        self.put(self.row, 1, text, **look)
        self.merge(self.row, 1, last)
        if height:
            self.sheet.row_dimensions[self.row].height = 14 * max(1, len(text) // 90 + 1 + text.count("\n"))
        self.row += 1

    def box(self, top: int, bottom: int, first: int, last: int) -> None:
        """A medium border round a block of cells (the Head of Service's box)."""
        for row in range(top, bottom + 1):
            for column in range(first, last + 1):
                cell = self.sheet.cell(row=row, column=column)
                edge = cell.border
                cell.border = Border(left=THICK if column == first else edge.left,
                                     right=THICK if column == last else edge.right,
                                     top=THICK if row == top else edge.top,
                                     bottom=THICK if row == bottom else edge.bottom)


def _form(rng: random.Random, index: int, sample, today: date, audits, *, layout: str, grade_style: str,
          urgent: bool, no_actions: bool, named: bool, welsh: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    ink = rng.choice(MODERATION_INKS)
    look = rng.choice(("ink", "ink", "box"))
    box_fill = rng.choice(BOX_FILLS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    words = rng.choice(GRADE_WORDS)
    key = rng.choice(KEYS)
    mark_symbol = rng.choice(MARKS)
    agreement = rng.choice(AGREEMENTS)
    moderated_when = rng.choice(("always", "always", "changed"))
    early_help = sample.service == EARLY_HELP
    reference_style = rng.choice(("plain", "prefixed", "prefixed") + (("early help",) if early_help else ()))
    prefix = rng.choice(CASE_PREFIXES)
    show_count = rng.random() < 0.75
    details_style = rng.choice(("rows", "rows", "strip"))
    themes_style = rng.choice(("list", "side", "cell"))
    actions_style = "none" if no_actions else rng.choice(("table", "table", "lines"))
    hidden_list = grade_style == "dropdown" and rng.random() < 0.5
    title = rng.choice(TITLES)
    period = next(field.written for field in sample.own if field.key == "period")

    chosen_labels: dict[str, str] = {}

    def text(name: str) -> str:
        """The form's label for `name`: one wording, kept throughout the file."""
        if name not in chosen_labels:
            english = rng.choice(LABELS[name][0])
            chosen_labels[name] = f"{LABELS[name][1]} / {english}" if welsh else english
        return chosen_labels[name]

    # The audits moderated and what the Head of Service made of each.
    changes = set(rng.sample(range(len(audits)), min(rng.choice((0, 1, 1, 2, 2, 3)), len(audits) - 1)))
    rest = [i for i in range(len(audits)) if i not in changes]
    comments_only = set(rng.sample(rest, min(rng.choice((0, 0, 1, 2)), len(rest))))
    cases, others, surnames = [], [], []
    for position, audit in enumerate(audits):
        if reference_style == "prefixed":
            reference = f"{prefix}{audit.case_id}"
        elif reference_style == "early help":
            reference = early_help_reference(rng, audit.case_id)
        else:
            reference = audit.case_id
        if reference in {case["ref"] for case in cases}:
            reference = audit.case_id
        if position in changes:
            outcome, moderated = "change", _neighbour(rng, audit.grade)
            comment = rng.choice(RAISED if ORDER.index(moderated) < ORDER.index(audit.grade) else LOWERED)
        elif position in comments_only:
            outcome, moderated, comment = "comment", audit.grade, rng.choice(COMMENT_ONLY)
        else:
            outcome, moderated, comment = "confirm", audit.grade, rng.choice(CONFIRM)
        children = [audit.child.full_name]
        if named:
            used = {name.split()[0] for name in others}
            children += [name for name, _ in siblings(rng, audit.child, rng.choice((0, 1, 1, 2)), today)
                         if name.split()[0] not in used]
            # Two families on one sheet never share a child's name.
            children = [name for name in children if name not in others]
            if not children:
                unused = [first for first in CHILD_FIRST_NAMES if f"{first} {audit.child.surname}" not in others]
                children = [f"{rng.choice(unused)} {audit.child.surname}"]
            others += children
            surnames.append(audit.child.surname)
        looked_at = min(sample.date, audit.date + timedelta(days=rng.randint(3, 20)))
        cases.append({"ref": reference, "auditor": audit.auditor, "team": audit.team, "audited": audit.date,
                      "grade": audit.grade, "outcome": outcome, "moderated": moderated, "comment": comment,
                      "children": children, "looked_at": looked_at})
    total = len(cases)

    # The sample as this sheet carries it; the truth comes from it.
    own = [field for field in sample.own if field.key == "period"]
    if show_count:
        own.append(ToolField("audits_moderated", "Audits moderated", str(total), str(total)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    changed: dict = {"own": tuple(own), "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True}
    if no_actions:
        changed["actions"] = ()
    urgent_answer = rng.choice(URGENT_NO)
    if urgent:
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        urgent_answer = rng.choice(URGENT_YES).format(ref=worst["ref"])
        changed.update(urgent_concern=True, urgent_concern_detail=urgent_answer)
    sample = replace(sample, **changed)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def hos(**look_of) -> dict:
        """How the Head of Service's entries look: an ink, or black in a shaded box."""
        if look == "ink":
            look_of.setdefault("colour", ink)
        else:
            look_of.setdefault("fill", box_fill)
        return look_of

    # The workbook.
    workbook = Workbook()
    first = workbook.active
    if layout == "tabs":
        first.title = "Crynodeb - Summary" if welsh else "Summary"
    else:
        first.title = rng.choice(("Moderation", "Review", "Sheet1"))
    main = _Sheet(first, font)
    lists = None
    if hidden_list:
        lists = workbook.create_sheet(rng.choice(("Lists", "Rhestrau")))
        lists.sheet_state = "hidden"
        for row, grade in enumerate(ORDER, start=1):
            lists.cell(row=row, column=1, value=words[grade])
    validations: dict[str, DataValidation] = {}

    def dropdown(sheet, reference: str) -> None:
        if sheet.title not in validations:
            formula = (f"'{lists.title}'!$A$1:$A$4" if lists is not None
                       else '"' + ",".join(words[grade] for grade in ORDER) + '"')
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            sheet.add_data_validation(validation)
            validations[sheet.title] = validation
        validations[sheet.title].add(reference)

    four = grade_style in ("columns", "options")
    grade_span = 4 if four else 1

    def grade_cells(writer: _Sheet, row: int, column: int, grade: str | None, *, moderator: bool) -> None:
        """A grade in one cell (typed, a key number, a drop-down word) or
        across four (a mark under the chosen column; the four options with
        the chosen one emboldened and highlighted, the others struck
        through). None leaves the cells as the blank form had them."""
        look_of = hos() if moderator else {}
        if grade_style == "options":
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                writer.put(row, column + offset, words[option], centre=True, bold=chosen,
                           strike=grade is not None and not chosen,
                           colour=look_of.get("colour") if chosen or grade is None else "808080",
                           fill=HIGHLIGHT if chosen else look_of.get("fill"))
            return
        if grade_style == "columns":
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                if chosen and not mark_symbol:
                    writer.put(row, column + offset, None, fill=ink if moderator else "7F7F7F")
                else:
                    writer.put(row, column + offset, mark_symbol if chosen else None, centre=True, bold=True,
                               **look_of)
            return
        if grade is None:
            value = None
        elif grade_style == "key":
            value = key[grade]
        elif grade_style == "dropdown":
            value = words[grade]
        else:
            value = informal_grade(rng, grade) if moderator else informal_grade(rng, grade, note_chance=0.1)
        writer.put(row, column, value, bold=moderator and value is not None, centre=grade_style == "key", **look_of)
        if grade_style == "dropdown":
            dropdown(writer.sheet, f"{get_column_letter(column)}{row}")

    def shown_moderated(case) -> str | None:
        if case["outcome"] == "comment":
            return None
        if moderated_when == "changed" and case["outcome"] == "confirm":
            return None
        return case["moderated"]

    def agree_word(case) -> str | None:
        if case["outcome"] == "comment":
            return None
        return agreement[0] if case["outcome"] == "confirm" else agreement[1]

    moderated_label = text("changed") if moderated_when == "changed" else text("moderated")
    width = {"cards": 11 if rng.random() < 0.5 else 5, "tabs": 6, "paired": 5 + named + grade_span}[layout]
    two_across = layout == "cards" and width == 11
    if layout == "cards":
        for column, size in zip("ABCDEFGHIJK", (24, 16, 16, 16, 16, 3, 24, 16, 16, 16, 16)):
            first.column_dimensions[column].width = size
    elif layout == "paired":
        sizes = [16] + [30] * named + [26, 14] + [14] * grade_span + [12, 44]
        for column, size in enumerate(sizes, start=1):
            first.column_dimensions[get_column_letter(column)].width = size
    else:
        for column, size in zip("ABCDEF", (32, 22, 18, 18, 18, 18)):
            first.column_dimensions[column].width = size

    # Title and details.
    heading = f"{WELSH_TITLE} / {title}" if welsh else title
    main.put(1, 1, f"{COUNCIL} – {heading}", bold=True, size=14, colour="FFFFFF", fill=brand, border=False)
    main.merge(1, 1, width)
    first.row_dimensions[1].height = 24
    main.put(2, 1, rng.choice(("Children's Services – Quality Assurance", "Social Services – Children's Services",
                               "Children and Families – Practice Assurance")), italic=True, colour=brand,
             border=False)
    main.merge(2, 1, width)
    main.row = 4
    written, written_format = day(sample.date)
    details = [(text("head"), sample.auditor, None), (text("service"), sample.service, None),
               (text("month"), period, None)]
    if show_count:
        details.append((text("count"), total, None))
    details.append((text("completed"), written, written_format))
    if details_style == "rows" or width < 8:
        for label, value, number_format in details:
            main.put(main.row, 1, label, bold=True, fill="F2F2F2")
            main.put(main.row, 2, value, number_format=number_format)
            main.merge(main.row, 2, min(width, 4))
            main.row += 1
    else:
        for place, (label, value, number_format) in enumerate(details):
            column = 1 + 2 * place
            main.put(main.row, column, label, bold=True, fill="F2F2F2")
            main.merge(main.row, column, column + 1)
            main.put(main.row + 1, column, value, number_format=number_format)
            main.merge(main.row + 1, column, column + 1)
        first.row_dimensions[main.row].height = 30
        main.row += 2
    main.row += 1

    # The grading key, where grades are numbers.
    if grade_style == "key":
        main.put(main.row, 1, "Grading key", bold=True, fill="F2F2F2")
        for offset, grade in enumerate(sorted(ORDER, key=lambda g: key[g])):
            main.put(main.row + 1 + offset, 1, f"{key[grade]} = {words[grade]}")
        main.row += 6

    # The cases.
    if layout == "cards":
        _cards(main, rng, cases, text, grade_cells, hos, day, shown_moderated, agree_word, moderated_label,
               brand=brand, two_across=two_across, named=named, look=look, ink=ink, four=four)
    elif layout == "paired":
        _paired(main, rng, cases, text, grade_cells, hos, day, shown_moderated, agree_word, words,
                grade_span=grade_span, named=named, head=sample.auditor, look=look)
    else:
        notes = ["See each manager's tab for the audits moderated this month."]
        if show_count:
            notes.append(f"The {total} audits moderated are on the auditing managers' tabs.")
        main.line(rng.choice(notes), width, italic=True)
        main.row += 1
        for manager in dict.fromkeys(case["auditor"] for case in cases):
            name = rng.choice((manager, f"{manager[0]} {manager.split()[-1]}"))[:31]
            tab = _Sheet(workbook.create_sheet(name), font)
            _manager_tab(tab, rng, [case for case in cases if case["auditor"] == manager], manager, text,
                         grade_cells, hos, day, shown_moderated, agree_word, words, moderated_label,
                         brand=brand, grade_span=grade_span, named=named, look=look)
    main.row += 1

    # The urgent question.
    main.put(main.row, 1, text("urgent"), bold=True, fill="F2F2F2")
    main.merge(main.row, 1, 2 if width >= 6 else 1)
    answer_column = 3 if width >= 6 else 2
    main.put(main.row, answer_column, urgent_answer, bold=urgent, **hos())
    main.merge(main.row, answer_column, max(width, answer_column))
    first.row_dimensions[main.row].height = 44 if urgent else 30
    main.row += 2

    # Themes.
    last = width
    headings = (text("strengths"), text("development"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if themes_style == "side" and width >= 6:
        half = last // 2
        main.put(main.row, 1, headings[0], bold=True, fill="E2EFDA")
        main.merge(main.row, 1, half)
        main.put(main.row, half + 1, headings[1], bold=True, fill="FCE4D6")
        main.merge(main.row, half + 1, last)
        main.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[offset] if offset < len(sample.strengths) else None
            right = sample.development_areas[offset] if offset < len(sample.development_areas) else None
            main.put(main.row, 1, f"{bullet}{left}" if left else None)
            main.merge(main.row, 1, half)
            main.put(main.row, half + 1, f"{bullet}{right}" if right else None)
            main.merge(main.row, half + 1, last)
            first.row_dimensions[main.row].height = 32
            main.row += 1
    else:
        for heading_text, items in zip(headings, (sample.strengths, sample.development_areas)):
            main.line(heading_text, last, bold=True, fill="F2F2F2", border=True, height=False)
            if themes_style == "cell":
                main.line("\n".join(f"{bullet or '• '}{item}" for item in items), last, border=True)
            else:
                for number, item in enumerate(items, start=1):
                    main.line(f"{number}. {item}" if not bullet else f"{bullet}{item}", last)
    main.row += 1

    # The action plan.
    main.band(text("actions"), brand, last)
    if not sample.actions:
        main.line(rng.choice(NO_ACTIONS), last, italic=True)
    elif actions_style == "table":
        headers = rng.choice(ACTION_HEADERS)
        split = max(last - 2, 1)
        row = main.row
        main.put(row, 1, headers[0], bold=True, fill="DEEAF6")
        main.merge(row, 1, split)
        main.put(row, split + 1, headers[1], bold=True, fill="DEEAF6")
        main.put(row, split + 2, headers[2], bold=True, fill="DEEAF6")
        for offset, action in enumerate(sample.actions, start=1):
            main.put(row + offset, 1, action.action)
            main.merge(row + offset, 1, split)
            main.put(row + offset, split + 1, action.owner)
            due, due_format = day(action.due)
            main.put(row + offset, split + 2, due, number_format=due_format)
            first.row_dimensions[row + offset].height = 30
        main.row = row + len(sample.actions) + 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            main.line(f"{number}. {action.action} – {action.owner}, by {when(action.due)}", last)
    main.row += 1

    # Sign-off.
    for label, value, number_format in ((text("signed"), sample.auditor, None),
                                        (text("date"), written, written_format)):
        main.put(main.row, 1, label, bold=True, fill="F2F2F2")
        main.put(main.row, 2, value, number_format=number_format, **hos())
        main.merge(main.row, 2, min(width, 3))
        main.row += 1
    first.page_setup.orientation = "landscape"

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 10))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others),
                    also=tuple(dict.fromkeys(surnames)))


def _cards(writer: _Sheet, rng, cases, text, grade_cells, hos, day, shown_moderated, agree_word, moderated_label,
           *, brand, two_across, named, look, ink, four) -> None:
    """Each case as a block of label / value rows, the Head of Service's
    rows under a band of their own; one block under another, or two across."""
    labels = {name: text(name) for name in ("ref", "children", "auditor", "audited", "grade", "agree", "comment")}
    band = rng.choice(("Head of Service moderation", "HoS moderation", "Moderation"))
    numbered = rng.choice(("Case {n}", "Audit {n} of {total}", "{n}."))
    top = writer.row
    for position, case in enumerate(cases):
        column = 7 if two_across and position % 2 else 1
        if column == 1:
            top = writer.row
        row = top
        writer.put(row, column, numbered.format(n=position + 1, total=len(cases)), bold=True, colour="FFFFFF",
                   fill=brand)
        writer.merge(row, column, column + 4)
        row += 1
        entries = [(labels["ref"], case["ref"], None)]
        if named:
            entries.append((labels["children"], ", ".join(case["children"]), None))
        audited, audited_format = day(case["audited"])
        entries += [(labels["auditor"], case["auditor"], None), (labels["audited"], audited, audited_format)]
        for label, value, number_format in entries:
            writer.put(row, column, label, bold=True, fill="F2F2F2")
            writer.put(row, column + 1, value, number_format=number_format)
            writer.merge(row, column + 1, column + 4)
            row += 1
        writer.put(row, column, labels["grade"], bold=True, fill="F2F2F2")
        grade_cells(writer, row, column + 1, case["grade"], moderator=False)
        if not four:
            writer.merge(row, column + 1, column + 4)
        row += 1
        writer.put(row, column, band, bold=True, colour="FFFFFF", fill=ink if look == "ink" else "595959")
        writer.merge(row, column, column + 4)
        row += 1
        box_top = row
        writer.put(row, column, labels["agree"], bold=True, fill="F2F2F2")
        writer.put(row, column + 1, agree_word(case), **hos())
        writer.merge(row, column + 1, column + 4)
        row += 1
        writer.put(row, column, moderated_label, bold=True, fill="F2F2F2")
        grade_cells(writer, row, column + 1, shown_moderated(case), moderator=True)
        if not four:
            writer.merge(row, column + 1, column + 4)
        row += 1
        writer.put(row, column, labels["comment"], bold=True, fill="F2F2F2")
        writer.put(row, column + 1, case["comment"] or None, **hos())
        writer.merge(row, column + 1, column + 4)
        writer.sheet.row_dimensions[row].height = 32
        if look == "box":
            writer.box(box_top, row, column, column + 4)
        row += 1
        writer.row = max(writer.row, row + 1)


def _grade_header(writer: _Sheet, row: int, column: int, heading: str, words, *, fill: str, colour=None) -> None:
    """A heading over four grade columns, the grades in the row under it."""
    writer.put(row, column, heading, bold=True, fill=fill, colour=colour, centre=True)
    writer.merge(row, column, column + 3)
    for offset, grade in enumerate(ORDER):
        writer.put(row + 1, column + offset, words[grade], bold=True, fill=fill, colour=colour, centre=True)


def _paired(writer: _Sheet, rng, cases, text, grade_cells, hos, day, shown_moderated, agree_word, words, *,
            grade_span, named, head, look) -> None:
    """Two rows to a case: the auditing manager's entry, then the Head of
    Service's under it; the case reference (and the children) merged down
    both rows."""
    deep = 1 if grade_span == 4 else 0
    headers = [("ref", text("ref"))]
    if named:
        headers.append(("children", text("children")))
    headers += [("entry", rng.choice(("Entry by", "Completed by", "Who"))),
                ("date", rng.choice(("Date", "Date of entry")))]
    grade_heading = rng.choice(("Grade", "Judgement", "Grade given"))
    row = writer.row
    column = 1
    for _, label in headers:
        writer.put(row, column, label, bold=True, fill="DEEAF6")
        if deep:
            writer.put(row + 1, column, None, fill="DEEAF6")
            writer.merge(row, column, column, down=1)
        column += 1
    grade_column = column
    if deep:
        _grade_header(writer, row, column, grade_heading, words, fill="DEEAF6")
    else:
        writer.put(row, column, grade_heading, bold=True, fill="DEEAF6")
    column += grade_span
    for label in (text("agree"), text("comment")):
        writer.put(row, column, label, bold=True, fill="DEEAF6")
        if deep:
            writer.put(row + 1, column, None, fill="DEEAF6")
            writer.merge(row, column, column, down=1)
        column += 1
    last = column - 1
    row += 1 + deep
    writer.sheet.freeze_panes = writer.sheet.cell(row=row, column=2)
    head_entry = rng.choice(("Head of Service", f"HoS – {head}", f"{head} (HoS)"))
    auditor_entry = rng.choice(("{name}", "Auditor – {name}", "{name} (auditor)"))
    for case in cases:
        column = 1
        writer.put(row, column, case["ref"])
        writer.put(row + 1, column, None)
        writer.merge(row, column, column, down=1)
        column += 1
        if named:
            writer.put(row, column, ", ".join(case["children"]))
            writer.put(row + 1, column, None)
            writer.merge(row, column, column, down=1)
            column += 1
        writer.put(row, column, auditor_entry.format(name=case["auditor"]))
        writer.put(row + 1, column, head_entry, **hos())
        column += 1
        audited, audited_format = day(case["audited"])
        looked_at, looked_format = day(case["looked_at"])
        writer.put(row, column, audited, number_format=audited_format)
        writer.put(row + 1, column, looked_at, number_format=looked_format, **hos())
        column += 1
        grade_cells(writer, row, grade_column, case["grade"], moderator=False)
        grade_cells(writer, row + 1, grade_column, shown_moderated(case), moderator=True)
        column = grade_column + grade_span
        writer.put(row, column, None, fill="EDEDED")
        writer.put(row + 1, column, agree_word(case), centre=True, **hos())
        writer.put(row, column + 1, None)
        writer.put(row + 1, column + 1, case["comment"] or None, **hos())
        writer.sheet.row_dimensions[row + 1].height = 30
        if look == "box":
            writer.box(row + 1, row + 1, 1 + named + 1, last)
        row += 2
    writer.row = row + 1


def _manager_tab(writer: _Sheet, rng, cases, manager, text, grade_cells, hos, day, shown_moderated, agree_word,
                 words, moderated_label, *, brand, grade_span, named, look) -> None:
    """One auditing manager's audits on a sheet of their own."""
    deep = 1 if grade_span == 4 else 0
    columns = ["no", "ref"] + (["children"] if named else []) + ["audited"]
    labels = {"no": "No.", "ref": text("ref"), "children": text("children"), "audited": text("audited")}
    sizes = {"no": 5, "ref": 16, "children": 30, "audited": 15}
    width = len(columns) + 2 * grade_span + 2
    writer.put(1, 1, f"{text('auditor')}: {manager}", bold=True, size=12, colour="FFFFFF", fill=brand,
               border=False)
    writer.merge(1, 1, width)
    row = 4
    for place, name in enumerate(columns, start=1):
        writer.sheet.column_dimensions[get_column_letter(place)].width = sizes[name]
        writer.put(row, place, labels[name], bold=True, fill="DEEAF6")
        if deep:
            writer.put(row + 1, place, None, fill="DEEAF6")
            writer.merge(row, place, place, down=1)
    grade_column = len(columns) + 1
    hos_fill = hos().get("fill") or "F2F2F2"
    hos_colour = hos().get("colour")
    if deep:
        _grade_header(writer, row, grade_column, text("grade"), words, fill="DEEAF6")
    else:
        writer.put(row, grade_column, text("grade"), bold=True, fill="DEEAF6")
    agree_column = grade_column + grade_span
    writer.put(row, agree_column, text("agree"), bold=True, fill=hos_fill, colour=hos_colour)
    moderated_column = agree_column + 1
    if deep:
        writer.put(row + 1, agree_column, None, fill=hos_fill)
        writer.merge(row, agree_column, agree_column, down=1)
        _grade_header(writer, row, moderated_column, moderated_label, words, fill=hos_fill, colour=hos_colour)
    else:
        writer.put(row, moderated_column, moderated_label, bold=True, fill=hos_fill, colour=hos_colour)
    comment_column = moderated_column + grade_span
    writer.put(row, comment_column, text("comment"), bold=True, fill=hos_fill, colour=hos_colour)
    if deep:
        writer.put(row + 1, comment_column, None, fill=hos_fill)
        writer.merge(row, comment_column, comment_column, down=1)
    for column in range(grade_column, comment_column):
        writer.sheet.column_dimensions[get_column_letter(column)].width = 13 if deep else 18
    writer.sheet.column_dimensions[get_column_letter(comment_column)].width = 46
    row += 1 + deep
    writer.sheet.freeze_panes = writer.sheet.cell(row=row, column=3)
    for number, case in enumerate(cases, start=1):
        audited, audited_format = day(case["audited"])
        values = {"no": number, "ref": case["ref"], "children": ", ".join(case["children"]), "audited": audited}
        for place, name in enumerate(columns, start=1):
            writer.put(row, place, values[name], number_format=audited_format if name == "audited" else None,
                       centre=name == "no")
        grade_cells(writer, row, grade_column, case["grade"], moderator=False)
        writer.put(row, agree_column, agree_word(case), centre=True, **hos())
        grade_cells(writer, row, moderated_column, shown_moderated(case), moderator=True)
        writer.put(row, comment_column, case["comment"] or None, **hos())
        writer.sheet.row_dimensions[row].height = 30
        row += 1
    if look == "box":
        writer.box(4, row - 1, agree_column, comment_column)
    writer.sheet.page_setup.orientation = "landscape"
