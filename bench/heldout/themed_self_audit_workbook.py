"""Themed self-audit workbooks: a service's thematic audit of a sample of
cases, filled in on a spreadsheet copy of a partnership's self-audit
template, one workbook per theme.

Modelled on the London Safeguarding Children Board's "Tackling the challenge
of Child Sexual Exploitation in London – Self Audit Template" (Oct/Nov 2014,
issued with the Association of London Directors of Children's Services after
Ofsted's thematic inspection of child sexual exploitation, and published as
completed by a London borough). The search excerpts showed its shape: an
opening paragraph saying why the self-audit is asked for and where to send
it; a header of "Local Authority:", "Completed by:" (a name "in consultation
with" partners) and "Date of completion:"; then numbered parts named after a
stage of practice ("1. Identification of children and young people at risk
of and experiencing CSE"), each with two guiding questions ("How do children
... come to notice?", "How effective is the local authority and its partners
in ...?") and an answer box headed "Current situation (please give examples
of where things are working well)". That structure is reproduced here: the
intro paragraph, the "Local Authority / Completed by / Date of completion"
header, numbered parts with guiding questions and a "Current situation" box.
My own judgement, as the excerpt shows only the first part and no grading:
the later part names and their questions (written to suit any theme, as the
sample's themes vary); a judgement on Ofsted's four grades for each part and
an overall judgement (typed, a number on a printed 1–4 key, the four grades
printed with one marked, or a mark under four grade columns); the theme,
cases sampled and period reviewed in the header; the strengths, areas for
development and service action plan after the parts; the immediate
safeguarding question; the Head of Service moderation box typed in colour;
an optional "Guidance" sheet of grade descriptors; the header drawn as a
two-column table, a grid of pairs, "Label: value" lines or a strip of labels
over values; and the spreadsheet form itself, as a council copying the
template into Excel might lay it out. The audit is completed by a manager or
quality assurance officer of the service and moderated by its Head of
Service (the sample's own auditor).
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    FAMILY_SURNAMES,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING_PRACTICE_MANAGER,
    invent_child,
)
from bot.samples.phrases import (
    MODERATION_AGREES,
    MODERATION_LOWERS,
    MODERATION_RAISES,
    MODERATION_REMARKS,
    URGENT_CONCERNS,
    fill,
)
from bot.samples.tools import THEMATIC_AUDIT, tool_samples
from bot.samples.wording import GRADES

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    attendees,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    recount,
    siblings,
)

FAMILY = "themed_self_audit_workbook"
SEED = 10084

OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE = GRADES
GRADE_WORDS = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
               (INADEQUATE, "Inadequate"))

# The numbered parts: two namings of the same five stages, each with two guiding questions.
PARTS = (
    (("Identification of children and young people at risk", "Recognition and early identification"),
     ("How did the children in the sample come to the service's notice?",
      "How effective is the service, with its partners, in recognising the risks linked to this theme at the "
      "earliest opportunity?")),
    (("Assessment of need and risk", "Quality of assessment"),
     ("Do assessments take account of the theme and of the family's history?",
      "How well is risk analysed, rather than only described?")),
    (("Planning and intervention", "Plans and interventions"),
     ("Are plans specific about the worries linked to the theme?",
      "Is it clear who will do what, and by when?")),
    (("Voice and lived experience of the child", "The child's voice"),
     ("Are children seen, and their views recorded in their own words?",
      "How effective is the service in letting those views shape the plan?")),
    (("Management oversight and partnership working", "Leadership, oversight and partnership"),
     ("Is management direction recorded, and is it followed?",
      "How well do partners share information and take part in planning?")),
)
CURRENT_SITUATION = ("Current situation (please give examples of where things are working well):",
                     "Current situation (examples of where things are working well)",
                     "Current situation / evidence:")
COMMENTS = {
    OUTSTANDING: ("In all {n} cases practice in this area was consistently strong and made a clear difference.",
                  "Every one of the {n} cases shows confident, well-recorded practice in this area."),
    GOOD: ("In {k} of the {n} cases this was done well; the others were close to it.",
           "Most of the {n} cases show this clearly, with minor gaps in recording."),
    REQUIRES_IMPROVEMENT: ("Only {k} of the {n} cases showed this consistently; recording is uneven across teams.",
                           "Practice is variable: some good examples, but gaps in {k} of the {n} cases."),
    INADEQUATE: ("In most of the {n} cases this was missing or out of date.",
                 "Little evidence of this in the {n} cases sampled; it needs urgent attention."),
}
GRADE_GUIDANCE = (
    (OUTSTANDING, "Practice is consistently strong and makes a clear difference to children."),
    (GOOD, "Practice is effective; children's needs are met and risks are managed."),
    (REQUIRES_IMPROVEMENT, "No widespread failures, but practice is not yet good in every case."),
    (INADEQUATE, "Widespread or serious failures leave children at risk of harm."),
)
INTRO = ("Following the partnership's programme of themed audits, each service is asked to review a sample of its "
         "cases against the theme below and to return this self-audit to the Quality Assurance team before the "
         "challenge meeting.")
URGENT_QUESTIONS = (
    "Were any children identified during the audit as needing an immediate safeguarding response?",
    "Did the audit identify any child at immediate risk who needed escalating?",
)
NO_ACTIONS = ("No service-level actions arising from this audit.",
              "No further actions – findings to be shared at the practice forum.",
              "No actions required; practice on this theme to be re-audited next year.")
NOT_MODERATED = ("", "Not selected for moderation this quarter.", "")
IN_CONSULTATION = ("in consultation with the QA team", "in consultation with partners", "with the practice managers")

BAND = "D9E2F3"
LABEL_FILL = "F2F2F2"
HIGHLIGHT = "FFFF00"


def _lead(head_name: str, service: str, rng: random.Random) -> str:
    """Who completes the self-audit: a manager or QA officer of the head's service."""
    roles = (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER, QA_TEAM)
    members = [member.name for member in STAFF if member.role in roles and member.service == service]
    return rng.choice(members) if members else head_name


def _nearby(rng: random.Random, grade: str) -> str:
    index = GRADES.index(grade) + rng.choice((-1, 0, 0, 0, 1))
    return GRADES[min(max(index, 0), len(GRADES) - 1)]


def _sections(rng: random.Random, names: list[str], grade: str, cases: int) -> tuple[Section, ...]:
    grades = [_nearby(rng, grade) for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    share = {OUTSTANDING: (cases, cases), GOOD: (cases - 2, cases - 1),
             REQUIRES_IMPROVEMENT: (cases // 3, cases // 2), INADEQUATE: (1, 1)}
    return tuple(Section(name, given, rng.choice(COMMENTS[given]).format(n=cases, k=rng.randint(*share[given])))
                 for name, given in zip(names, grades))


def _moderation(rng: random.Random, head: str, grade: str, outcome: str, written: date, today: date,
                sections: tuple[Section, ...]) -> Moderation:
    moderated: str | None = grade
    pool = MODERATION_AGREES
    if outcome == "changes":
        index = GRADES.index(grade)
        if index == 0 or (index < 3 and rng.random() < 0.6):
            moderated, pool = GRADES[index + 1], MODERATION_LOWERS
        else:
            moderated, pool = GRADES[index - 1], MODERATION_RAISES
    elif outcome == "comments":
        moderated, pool = None, MODERATION_REMARKS
    day = written + timedelta(days=rng.randint(3, 12))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(sections, rng.randint(0, 2))
    return Moderation(
        moderator=head, date=max(written, min(day, today)),
        comments=tuple(fill(text, None) for text in rng.sample(pool, rng.randint(1, 2))),
        section_comments={section.name: rng.choice(("Agree.", "Agree, well evidenced.",
                                                    "Please check this against the case records."))
                          for section in remarked},
        grade=moderated)


def _prefixed(rng: random.Random, sample, ids: list[str]) -> list[str]:
    """The sampled IDs as the case system writes them, one prefix for the lot."""
    seed = rng.random()
    if sample.service == "Early Help":
        written = [early_help_reference(random.Random(seed), case_id) for case_id in ids]
    else:
        prefix = rng.choice(CASE_PREFIXES)
        written = [f"{prefix}{case_id}" for case_id in ids]
    return written if len(set(written)) == len(written) else ids


def _with_references(sample, written: list[str]):
    """Replace the sampled case IDs in the sample's own fields with `written`."""
    own = []
    for field in sample.own:
        if field.key == "cases_sampled" and not field.label.startswith("Number"):
            own.append(replace(field, written=", ".join(written)))
        elif field.key == "sampled_case_ids":
            own.append(replace(field, written=", ".join(written) if field.written else None, expected=list(written)))
        else:
            own.append(field)
    return replace(sample, own=tuple(own))


# --- drawing ---------------------------------------------------------------------------------


class Sheet:
    """A worksheet written row by row, in columns A (number) to G."""

    def __init__(self, sheet, rng: random.Random):
        self.sheet = sheet
        self.rng = rng
        self.row = 1
        for column, width in zip("ABCDEFG", (6, 34, 58, 14, 14, 18, 14)):
            sheet.column_dimensions[column].width = width

    def put(self, column: str, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
            wrap=True, size=None, number_format=None, row=None):
        cell = self.sheet[f"{column}{row or self.row}"]
        cell.value = value
        cell.font = Font(bold=bold, italic=italic, color=colour, strike=strike, size=size)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        if number_format:
            cell.number_format = number_format
        return cell

    def merged(self, text, *, first="A", last="G", **look):
        self.put(first, text, **look)
        self.sheet.merge_cells(f"{first}{self.row}:{last}{self.row}")

    def next(self, rows: int = 1):
        self.row += rows


def _date_value(style: str, writer, day: date):
    return (datetime.combine(day, time()), {"cell": "dd/mm/yyyy", "cell_long": "d mmmm yyyy"}[style]) \
        if style in ("cell", "cell_long") else (writer(day), None)


def _put_date(out: Sheet, column: str, day: date, style: str, writer, **look):
    value, fmt = _date_value(style, writer, day)
    out.put(column, value, number_format=fmt, **look)


def _grade_text(grade: str) -> str:
    return dict(GRADE_WORDS)[grade]


def _judgement(out: Sheet, grade: str, style: dict, *, label: str, label_column: str = "B"):
    """Write one judgement row in the form's grade style."""
    rng = out.rng
    out.put(label_column, label, bold=True, fill=LABEL_FILL)
    kind = style["kind"]
    if kind == "typed":
        out.put("C", informal_grade(rng, grade, note_chance=0.2))
    elif kind == "number":
        number = GRADES.index(grade) + 1
        out.put("C", number if style["as_int"] else f"{number}")
    elif kind == "marked":
        for column, (value, word) in zip("DEFG", style["order"]):
            chosen = value == grade
            mark = style["mark"]
            text = f"\u2713 {word}" if chosen and mark == "tick" else word
            out.put(column, text, bold=chosen and mark in ("bold", "highlight", "tick"),
                    fill=HIGHLIGHT if chosen and mark == "highlight" else None,
                    strike=not chosen and mark == "strike")
    else:  # a mark in the chosen one of four grade columns, headed in the row above
        out.next(-1)
        for column, (_value, word) in zip("DEFG", style["order"]):
            out.put(column, word, bold=True, fill=BAND)
        out.next()
        for column, (value, _word) in zip("DEFG", style["order"]):
            if value == grade:
                out.put(column, style["symbol"], bold=True)
    out.next()


def _details(out: Sheet, fields: list[tuple[str, object, str | None]], arrangement: str, writer, date_style: str):
    """The header block: (label, value, kind) where kind 'date' marks a date."""

    def value_of(value, kind):
        if kind == "date":
            return _date_value(date_style, writer, value)
        return value, None

    if arrangement == "table":
        for text, value, kind in fields:
            out.put("B", text, bold=True, fill=LABEL_FILL)
            shown, fmt = value_of(value, kind)
            out.put("C", shown, number_format=fmt)
            out.sheet.merge_cells(f"C{out.row}:G{out.row}")
            out.next()
    elif arrangement == "grid":
        for start in range(0, len(fields), 2):
            for (text, value, kind), (label_col, value_col) in zip(fields[start:start + 2], (("B", "C"), ("D", "F"))):
                out.put(label_col, text, bold=True, fill=LABEL_FILL)
                shown, fmt = value_of(value, kind)
                out.put(value_col, shown, number_format=fmt)
                if label_col == "D":
                    out.sheet.merge_cells(f"D{out.row}:E{out.row}")
                    out.sheet.merge_cells(f"F{out.row}:G{out.row}")
            out.next()
    elif arrangement == "lines":
        for text, value, kind in fields:
            shown = writer(value) if kind == "date" else value
            out.merged(f"{text.rstrip(':')}: {shown}", first="B")
            out.next()
    else:  # a strip of labels over values, in chunks of three
        for start in range(0, len(fields), 3):
            chunk = fields[start:start + 3]
            for (text, _value, _kind), column in zip(chunk, "BCF"):
                out.put(column, text, bold=True, fill=LABEL_FILL)
            out.next()
            for (_text, value, kind), column in zip(chunk, "BCF"):
                shown, fmt = value_of(value, kind)
                out.put(column, shown, number_format=fmt)
            out.next()
    out.next()


def _draw(sample, rng: random.Random, plan: dict, today: date) -> bytes:
    workbook = Workbook()
    out = Sheet(workbook.active, rng)
    out.sheet.title = rng.choice(("Self-audit", "Themed audit", "Audit"))
    brand = rng.choice(BRAND_COLOURS)
    writer = date_writer(rng)
    date_style = rng.choice(("text", "text", "text", "cell", "cell_long"))
    grade_style = plan["grade_style"]
    own = {field.key: field for field in sample.own}

    out.merged(council_line(rng), bold=True, colour=brand, size=14)
    out.next()
    out.merged(sample.title if rng.random() < 0.5 else f"Themed Self-Audit Template – {sample.title}",
               bold=True, size=13)
    out.next()
    if rng.random() < 0.7:
        out.merged(INTRO, italic=True)
        out.sheet.row_dimensions[out.row].height = 45
        out.next()
    out.next()

    completed_by = sample.auditor
    if plan["consultation"]:
        completed_by = f"{sample.auditor} {rng.choice(IN_CONSULTATION)}"
    period_start = (sample.date.replace(day=1) - timedelta(days=150)).replace(day=1)
    fields: list[tuple[str, object, str | None]] = [
        ("Local Authority:", COUNCIL, None),
        ("Service area:", sample.service, None),
        (f"{own['theme'].label}:", own["theme"].written, None),
        ("Completed by:", completed_by, None),
        ("Date of completion:", sample.date, "date"),
        ("Period reviewed:", f"{period_start:%B %Y} to {sample.date:%B %Y}", None),
    ]
    cases = own["cases_sampled"]
    if cases.label.startswith("Number"):
        fields.append((f"{cases.label}:", int(cases.written) if rng.random() < 0.5 else cases.written, None))
    ids_field = own.get("sampled_case_ids")
    case_table = False
    if cases.label.startswith("Number") and ids_field is not None and ids_field.written:
        case_table = rng.random() < 0.4
        if not case_table:
            fields.append((f"{ids_field.label}:", ids_field.written, None))
    elif not cases.label.startswith("Number"):
        fields.append((f"{cases.label}:", cases.written, None))
    _details(out, fields, plan["arrangement"], writer, date_style)

    if case_table:
        out.put("B", ids_field.label, bold=True, colour=brand)
        out.next()
        for number, reference in enumerate(ids_field.expected, 1):
            out.put("A", number)
            out.put("B", reference)
            out.next()
        out.next()

    # The numbered parts.
    if grade_style["kind"] == "number":
        out.merged("Judgement key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                   first="B", italic=True)
        out.next(2)
    situation = rng.choice(CURRENT_SITUATION)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    ink = plan["ink"]
    for number, section in enumerate(sample.sections, 1):
        questions = plan["questions"][number - 1]
        out.put("A", f"{number}." if rng.random() < 0.5 else number, bold=True, fill=BAND)
        out.put("B", section.name, bold=True, fill=BAND)
        out.sheet.merge_cells(f"B{out.row}:G{out.row}")
        out.next()
        for question in questions:
            out.merged(question, first="B", italic=True, colour="595959")
            out.next()
        out.put("B", situation, bold=True)
        comment = section.comment
        if plan["mention"] and number == plan["mention_part"]:
            comment = f"{comment} {plan['mention']}"
        out.put("C", comment)
        out.sheet.merge_cells(f"C{out.row}:G{out.row}")
        out.sheet.row_dimensions[out.row].height = 48
        out.next()
        if section.name in remarks:
            out.put("B", "Head of Service comment:", bold=True)
            out.put("C", remarks[section.name], colour=ink)
            out.next()
        if not plan["summary"]:
            if grade_style["kind"] == "columns":
                out.next()
            _judgement(out, section.grade, grade_style, label="Judgement for this part:")
        out.next()

    if plan["summary"]:
        out.put("B", "Summary of judgements", bold=True, colour=brand)
        out.next()
        for section in sample.sections:
            if grade_style["kind"] == "columns":
                out.next()
            _judgement(out, section.grade, grade_style, label=section.name)
        out.next()

    if grade_style["kind"] == "columns":
        out.next()
    _judgement(out, sample.grade, grade_style, label=rng.choice(("Overall judgement for this theme:",
                                                                   "Overall judgement", "Overall grade:")))
    out.next()

    for heading, items in ((sample.labels["strengths"], sample.strengths),
                           (sample.labels["development_areas"], sample.development_areas)):
        out.put("B", heading, bold=True, colour=brand)
        out.next()
        numbered = rng.random() < 0.5
        for index, item in enumerate(items, 1):
            out.put("B", f"{index}. {item}" if numbered else f"\u2022 {item}")
            out.sheet.merge_cells(f"B{out.row}:G{out.row}")
            out.next()
        out.next()

    out.put("B", sample.labels["actions"], bold=True, colour=brand)
    out.next()
    if not sample.actions:
        out.merged(plan["no_actions"], first="B")
        out.next()
    elif plan["actions_style"] == "table":
        for column, text in zip("BCF", ("Action", "Lead", "Timescale")):
            out.put(column, text, bold=True, fill=BAND)
        out.put("G", "Progress", bold=True, fill=BAND)
        out.next()
        for action in sample.actions:
            out.put("B", action.action)
            out.put("C", action.owner)
            _put_date(out, "F", action.due, date_style, writer)
            out.next()
    else:
        for index, action in enumerate(sample.actions, 1):
            out.merged(f"{index}. {action.action} – Lead: {action.owner} – By: {writer(action.due)}", first="B")
            out.next()
    out.next()

    out.put("B", plan["urgent_question"], bold=True, fill=LABEL_FILL)
    out.sheet.merge_cells(f"B{out.row}:E{out.row}")
    out.put("F", "Yes" if sample.urgent_concern else "No", bold=True)
    out.next()
    if sample.urgent_concern:
        out.put("B", "If yes, give details and the action taken:", bold=True)
        out.put("C", sample.urgent_concern_detail)
        out.sheet.merge_cells(f"C{out.row}:G{out.row}")
        out.next()
    out.next()

    if plan["moderation_box"]:
        out.put("B", rng.choice(("Head of Service moderation", "Moderation by Head of Service",
                                 "HEAD OF SERVICE MODERATION")), bold=True, colour=brand)
        out.next()
        moderation = sample.moderation
        labels = ("Moderated by:", "Date of moderation:", "Do you agree with the overall judgement?",
                  "Moderated judgement:", "Head of Service comments:")
        rows = {}
        for text in labels:
            out.put("B", text, bold=True, fill=LABEL_FILL)
            rows[text] = out.row
            out.sheet.merge_cells(f"C{out.row}:G{out.row}")
            out.next()
        if moderation:
            out.put("C", moderation.moderator, colour=ink, row=rows[labels[0]])
            value, fmt = _date_value(date_style, writer, moderation.date)
            out.put("C", value, colour=ink, number_format=fmt, row=rows[labels[1]])
            if moderation.grade:
                out.put("C", "Yes" if moderation.grade == sample.grade else "No", colour=ink, row=rows[labels[2]])
                shown = (GRADES.index(moderation.grade) + 1 if grade_style["kind"] == "number"
                         else informal_grade(rng, moderation.grade))
                out.put("C", shown, colour=ink, bold=True, row=rows[labels[3]])
            out.put("C", "\n".join(moderation.comments), colour=ink, row=rows[labels[4]])
        elif plan["not_moderated"]:
            out.put("C", plan["not_moderated"], italic=True, row=rows[labels[4]])
        out.next()

    if plan["guidance"]:
        guide = Sheet(workbook.create_sheet("Guidance"), rng)
        guide.merged("Grade descriptors", bold=True, colour=brand)
        guide.next()
        for grade, text in GRADE_GUIDANCE:
            guide.put("B", _grade_text(grade), bold=True)
            guide.put("C", text)
            guide.next()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = sample.title
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    stamp = datetime.combine(sample.moderation.date if sample.moderation else sample.date, time(16, 5))
    workbook.properties.created = stamp - timedelta(days=400)
    workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _grade_style(rng: random.Random, kind: str) -> dict:
    order = rng.choice((GRADE_WORDS, (GRADE_WORDS[1], GRADE_WORDS[0], *GRADE_WORDS[2:])))
    return {"kind": kind, "order": order, "as_int": rng.random() < 0.6,
            "mark": rng.choice(("highlight", "bold", "tick", "strike")),
            "symbol": rng.choice(("X", "x", "\u2713", "\u221a"))}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    indices = list(range(count))
    picks = rng.sample(indices, len(indices))
    changes, confirms, comments_only = picks[0:3], picks[3:6], picks[6:8]
    urgent = set(rng.sample(indices, 3))
    no_actions = set(rng.sample(indices, 3))
    mentions = rng.sample(indices, 5)
    prefixed = set(rng.sample(indices, 7))
    renamed = set(rng.sample(indices, 6))
    grade_kinds = ["typed", "number", "marked", "columns"] * (count // 4 + 1)
    rng.shuffle(grade_kinds)
    arrangements = ["table", "grid", "lines", "strip"] * (count // 4 + 1)
    rng.shuffle(arrangements)
    forms = []
    for index, sample in enumerate(samples):
        head = sample.auditor
        sample = replace(sample, auditor=_lead(head, sample.service, rng))
        own = {field.key: field for field in sample.own}
        case_count = own["cases_sampled"].expected
        ids = own["sampled_case_ids"].expected if "sampled_case_ids" in own else None
        if ids and index in prefixed:
            sample = _with_references(sample, _prefixed(rng, sample, ids))
            ids = {field.key: field for field in sample.own}["sampled_case_ids"].expected
        part_count = rng.choice((4, 5, 5))
        parts = PARTS[:part_count]
        naming = 1 if index in renamed else 0
        names = [part[0][naming] for part in parts]
        grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
        sections = _sections(rng, names, grade, case_count)
        sample = replace(sample, grade=grade, sections=sections, urgent_question=True, moderated_kind=True,
                         strengths=recount(sample.strengths, case_count),
                         development_areas=recount(sample.development_areas, case_count))
        reference = rng.choice(ids) if ids else None
        if index in urgent:
            detail = fill(rng.choice(URGENT_CONCERNS), None)
            if reference:
                detail = f"Case {reference}: {detail}"
            sample = replace(sample, urgent_concern=True, urgent_concern_detail=detail)
        if index in no_actions:
            sample = replace(sample, actions=())
        outcome = ("changes" if index in changes else "confirms" if index in confirms
                   else "comments" if index in comments_only else None)
        if outcome:
            sample = replace(sample, moderation=_moderation(rng, head, grade, outcome, sample.date, today, sections))
        others: tuple[str, ...] = ()
        sentence = None
        if index in mentions:
            where = f"In case {reference}, " if reference else "In one case, "
            if mentions.index(index) < 3:
                brothers = siblings(rng, invent_child(rng, today), 2, today)
                others = tuple(name for name, _born in brothers)
                said = mention(rng, SIBLING_SENTENCES, others[0])
                sentence = where + said[0].lower() + said[1:] if not said.startswith(others[0].split()[0]) \
                    else where + said
            else:
                others = tuple(attendees(rng, FAMILY_SURNAMES, 2))
                sentence = (f"{where}{others[0]} (mother) told the auditor she had not seen the plan, and "
                            f"{others[1].split()[0]}'s views as the father were not recorded.")
        plan = {
            "grade_style": _grade_style(rng, grade_kinds[index]),
            "arrangement": arrangements[index],
            "consultation": rng.random() < 0.3,
            "questions": [part[1] for part in parts],
            "mention": sentence,
            "mention_part": rng.randint(1, part_count),
            "summary": rng.random() < 0.3,
            "ink": rng.choice(MODERATION_INKS),
            "actions_style": rng.choice(("table", "lines")),
            "no_actions": rng.choice(NO_ACTIONS),
            "urgent_question": rng.choice(URGENT_QUESTIONS),
            "moderation_box": bool(outcome) or rng.random() < 0.6,
            "not_moderated": rng.choice(NOT_MODERATED),
            "guidance": rng.random() < 0.3,
        }
        data = _draw(sample, rng, plan, today)
        forms.append(held_out(FAMILY, index + 1, sample, data, "xlsx", others=others))
    return forms

