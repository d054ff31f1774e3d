"""`step_transfer_workbook` (.xlsx): an Early Help quality assurance
workbook auditing a step up to Children's Social Care or a step down to
Early Help (and, every third file, a Team Around the Family): merged title
rows, a details block, questions answered Y / N / N/A in parts under
merged bands, a grade for each part on some versions, the tool's own
overall grade, the family's voice, findings, actions and the Head of Early
Help's moderation.

Modelled on the structure of the step up / step down arrangements of Hull
City Council's Children's Services procedures ("Step Up / Step Down",
with its Step Up and Step Down flowcharts: a step down agreed at the
weekly Child in Need Panel of the locality group manager, an Early Help
Manager and Early Help social workers, Targeted Early Help then leading
the plan; and "Targeted Early Help", 2018: the lead professional, Team
Around the Family and Team Around the Young Person meetings, multi-agency
action plans, stepping down to and up from Targeted Early Help) and of
Luton Borough Council's "Step-Up and Step-Down" procedure (Children and
Learning Service, 2015, updated 2019: the step up and step down
processes between Early Help and Children and Family Social Work, a
seamless experience for the family, key relationships kept). The stored
pages describe the transfers and their safeguards but show no audit tool;
the workbook itself – the questions (drawn from what the procedures
require at each transfer), the sheets, the Y / N / N/A columns, the
red / amber / green fills, the grades for each part and overall, the
"Type of transfer" row, the TAF version and the Head of Early Help's
moderation block – is our own judgement.

What it exercises: titles and bands merged across the sheet; Early Help
references with a prefix ("EH/20451", "EHM204518", "EH 204518") or a
Mosaic number stored as a number; a lead worker with or without a role, a
receiving or stepping-down social worker beside them now and then, "Family
Support Team North" and "Targeted Early Help"; the direction typed in the
sample's words, shortened, or marked with an X beside "Step up" and "Step
down"; the transfer date and now and then a panel or referral date beside
it, as Excel dates or text; answers marked under Y / N / N/A, under YES /
NO, typed in one column, or shown by red, amber and green fills; part
grades typed in a row under each part, listed in a summary, or not given;
the overall grade typed in the tool's words (with a remark) or marked under
four grade columns; details and the audit on one sheet or two, a grading
key on a sheet of its own; the child, date of birth, family and the other
children in the household named, and a brother or sister by first name in a
finding now and then; moderation typed in colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from openpyxl import Workbook

from ..people import ASSESSMENT, COUNCIL, PRACTITIONER, STAFF
from ..tool_phrases import STEP_UP_DOWN_AUDIT, TAF_AUDIT
from ..wording import GRADES
from .common import (
    GRADE_FILLS,
    NO_ACTIONS,
    CouncilForm,
    Ink,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    put,
    rename_sections,
    rich,
    section_remark,
    spell_date,
    spell_grade,
    surname_first,
    variant_rng,
    with_role,
    with_sentence_naming,
    xlsx_bytes,
)

FAMILY = "step_transfer_workbook"
BRAND = "1B5E5A"  # the council's teal
LIGHT = "DDEEEC"
ANSWER_FILLS = {"Y": "C6EFCE", "N": "FFC7CE", "N/A": "FFEB9C"}
STEP_PARTS = (
    ("The decision to step up or step down", (
        "Was the level of need judged against the threshold document?",
        "Was the decision agreed by a manager or at panel, with the reasons recorded?",
        "Were the family told why the case was moving, and did they agree?",
    )),
    ("Information shared at transfer", (
        "Was a transfer summary shared with the receiving team?",
        "Were the latest assessment, plan and chronology available to the new worker?",
    )),
    ("Timeliness of the transfer", (
        "Was a joint visit or handover meeting held before the case closed to the sending team?",
        "Did the new worker contact the family within five working days?",
    )),
    ("Continuity for the child and family", (
        "Was the plan carried over so the family did not have to start again?",
        "Were the child's views sought and recorded at the point of transfer?",
        "Were school and health told who the new lead is?",
    )),
    ("Management oversight", (
        "Is there a management oversight note on both the sending and the receiving record?",
        "Was the plan reviewed within six weeks of the transfer?",
    )),
)
TAF_PARTS = (
    ("Voice of the child", (
        "Has the child been seen, and are their wishes and feelings recorded?",
        "Have the child's views shaped the TAF plan?",
    )),
    ("The TAF plan", (
        "Is the plan SMART, with an owner and a date for each action?",
        "Does the plan address the needs found in the Early Help assessment?",
    )),
    ("TAF meetings and reviews", (
        "Was the first TAF meeting held within four weeks of the assessment?",
        "Are reviews held every six to eight weeks, with the family present?",
        "Are the minutes on the record and shared with the family?",
    )),
    ("The lead professional", (
        "Has a lead professional been agreed with the family?",
        "Does the lead professional keep the TAF members informed between meetings?",
    )),
    ("Impact for the child and family", (
        "Is progress against the plan measured at each review?",
        "Is there a clear reason for closure or for stepping up?",
    )),
)
SHORT_COMMENTS = {
    "Y": ("Evidenced on the record.", "Yes \u2013 see case notes.", "Seen on file.", ""),
    "N": ("Not evidenced.", "Not on file \u2013 action set.", "Could not find this."),
    "N/A": ("Not applicable.", ""),
}
NAMING = (
    "The transfer summary does not mention {name}, although the worries at home affect every child.",
    "{name} was not told who their new worker would be.",
    "The new worker has met {name} too, so the plan reflects every child in the household.",
)
REFERENCES = (("EHM ID", "EHM", False), ("Early Help ref", "EH/", False), ("EH number", "EH ", False),
              ("Mosaic ID", "digits", False), ("Mosaic no.", "digits", True))
TEAMS = {"Early Help Team North": "Family Support Team North", "Early Help Team South": "Family Support Team South"}
LEAD_LABELS = ("Lead worker", "Lead professional", "Family support worker", "Early Help practitioner")
AUDITOR_LABELS = ("Auditor", "Audited by", "QA completed by", "Name of auditor")
DATE_LABELS = ("Date of audit", "Audit date", "Date audited", "Date QA completed")
DIRECTION_LABELS = ("Step up or step down", "Direction of transfer", "Type of transfer")
TRANSFER_LABELS = ("Date of transfer", "Transfer date", "Date of step up or step down")
VOICE_LABELS = ("Voice of the family", "What the family say", "Family's voice", "Parents' and carers' views")
OTHERS_LABELS = ("Other children in the household", "Siblings", "Brothers and sisters")
EXCEL_DATES = ("dd/mm/yyyy", "d mmmm yyyy", "dddd d mmmm yyyy", "dd-mmm-yy")
TEXT_DATES = ("dd/mm/yyyy", "d/m/yy", "d mon yyyy", "dth month yyyy", "dd.mm.yyyy", "weekday d month yyyy")
SPELLINGS = ("short", "initials", "abbreviated", "lower", "sentence", "contract", "capitals")
REMARKS = dict(zip(GRADES, ("the family were held safely throughout", "safe and timely, minor gaps",
                            "delay at handover", "the family were left without a worker")))
FINDINGS = (("Strengths", "Areas for development"), ("What worked well", "What needs to improve"),
            ("Good practice identified", "Areas for development"))
ACTION_HEADERS = (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale"),
                  ("Actions agreed", "Who", "Date"))
KEYS = {
    STEP_UP_DOWN_AUDIT: dict(zip(GRADES, (
        "The transfer was seamless and the family's progress was sustained and built on.",
        "The transfer was safe and timely; the family knew who was helping them and why.",
        "The child was safe, but delay or gaps in information affected the family's experience.",
        "The child was left at risk, or the family were left without help, because of the transfer.",
    ))),
    TAF_AUDIT: dict(zip(GRADES, (
        "The TAF works as one team with the family and the difference for the child is clear and lasting.",
        "The plan is SMART, reviewed on time with the family, and the child's needs are being met.",
        "The child is safe, but drift, gaps in the plan or missed reviews slow the family's progress.",
        "The TAF is not meeting the child's needs, or worries have not been escalated.",
    ))),
}


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    """`count` workbooks, every third a TAF audit, the rest step up / step down audits."""
    taf = [index for index in range(count) if index % 3 == 2]
    steps = iter(drawn(STEP_UP_DOWN_AUDIT, count - len(taf), seed=seed + 197, today=today))
    tafs = iter(drawn(TAF_AUDIT, len(taf), seed=seed + 199, today=today))
    samples = [next(tafs) if index in taf else next(steps) for index in range(count)]
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _answer(rng: random.Random, grade: str) -> str:
    weights = {0: (12, 0, 1), 1: (9, 1, 1), 2: (5, 4, 1), 3: (2, 6, 1)}[GRADES.index(grade)]
    return rng.choices(("Y", "N", "N/A"), weights=weights)[0]


def _social_worker(rng: random.Random) -> str:
    return rng.choice([member.name for member in STAFF if member.role == PRACTITIONER
                       and member.service == ASSESSMENT])


def _direction(sample, rng: random.Random):
    """The sample with its direction as this file writes it, and how:
    typed in the sample's words ("sampled"), with the services after a dash
    ("dash") or in two words ("short"), or "marked" with an X beside "Step
    up" and "Step down" (the truth then the option marked)."""
    own = {field.key: field for field in sample.own}
    field = own["direction"]
    up = field.written.startswith("Step up")
    style = rng.choice(("sampled", "dash", "short", "marked"))
    written = {
        "sampled": field.written,
        "dash": "Step up \u2013 Early Help to CSC" if up else "Step down \u2013 CSC to Early Help",
        "short": "Step Up" if up else "Step Down",
        "marked": "Step up" if up else "Step down",
    }[style]
    changed = replace(field, written=written, expected=written)
    return replace(sample, own=tuple(changed if item.key == "direction" else item for item in sample.own)), style


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    taf = sample.kind == TAF_AUDIT
    parts = TAF_PARTS if taf else STEP_PARTS
    sample = rename_sections(sample, tuple(name for name, _ in parts))
    reference_label, reference_style, as_number = rng.choice(REFERENCES)
    sample = replace(sample, case_id=case_reference(sample.case_id, reference_style))
    if rng.random() < 0.5:
        sample = replace(sample, team=TEAMS[sample.team])
    if rng.random() < 0.3:
        sample = replace(sample, service="Targeted Early Help")
    child = sample.child
    household = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    if rng.random() < 0.5:
        field = rng.choice(("development_areas", "strengths"))
        sentence = NAMING[2] if field == "strengths" else rng.choice(NAMING[:2])
        sample = with_sentence_naming(sample, field, sentence.replace("{name}", household[0].first_name))
    no_actions = not sample.actions or rng.random() < 0.2
    if no_actions:
        sample = replace(sample, actions=())
    direction_style = None
    if not taf:
        sample, direction_style = _direction(sample, rng)
    section_grading = rng.choice(("row", "summary", "none"))
    graded_parts = sample.sections
    if section_grading == "none":
        sample = replace(sample, sections=())
    choices = {
        "answers": rng.choice(("columns", "rag", "typed", "yes/no")),
        "mark": rng.choice(("X", "x", "\u2713")),
        "spelling": rng.choice(SPELLINGS),
        "date_style": rng.choice(TEXT_DATES),
        "excel_dates": rng.random() < 0.6,
        "excel_format": rng.choice(EXCEL_DATES),
        "ink": moderation_ink(rng, avoid=BRAND),
    }
    answer_columns = {"columns": ("Y", "N", "N/A"), "rag": ("Y", "N", "N/A"), "typed": ("Y / N / N/A",),
                      "yes/no": ("YES", "NO")}[choices["answers"]]
    last = 3 + len(answer_columns)  # the comments column

    workbook = Workbook()
    audit = workbook.active
    audit.title = "TAF Audit" if taf else rng.choice(("Step Up-Down Audit", "Audit", "Transfer audit"))
    for column, width in zip("ABCDEF", (7, 54, *([8] * len(answer_columns)), 50)):
        audit.column_dimensions[column].width = width
    two_sheets = rng.random() < 0.4
    details = workbook.create_sheet("Details", 0) if two_sheets else audit
    if two_sheets:
        for column, width in zip("ABCDEF", (7, 34, 14, 14, 14, 30)):
            details.column_dimensions[column].width = width
    title = ("Team Around the Family (TAF) Audit" if taf else
             rng.choice(("Step Up / Step Down Audit Tool", "Step-Up and Step-Down Transfer Audit",
                         "Quality Assurance \u2013 Step Up / Step Down")))
    put(details, 1, 1, f"{COUNCIL} \u2013 {sample.service}", bold=True, colour="FFFFFF", fill=BRAND, size=13,
        last_column=last)
    put(details, 2, 1, title, bold=True, size=15, last_column=last)
    whole = "the TAF" if taf else "the transfer"
    put(details, 3, 1, "Answer every question Y, N or N/A and give your evidence; "
        + (f"judge {whole} as a whole." if section_grading == "none" else f"grade each part and {whole} as a whole."),
        italic=True, last_column=last)
    row = _details(details, 5, sample, household, rng, choices, reference_label, as_number, direction_style, last)
    row = 1 if two_sheets else row + 1
    if two_sheets:
        put(audit, row, 1, title, bold=True, colour="FFFFFF", fill=BRAND, size=13, last_column=last)
        row += 2

    row = _questions(audit, row, sample, rng, choices, parts, graded_parts, section_grading, answer_columns)
    row = _overall(audit, row, sample, rng, choices, taf, last) + 1
    voice = next(field for field in sample.own if field.key == "family_voice")
    put(audit, row, 1, rng.choice(VOICE_LABELS), bold=True, fill=LIGHT, last_column=2)
    put(audit, row, 3, voice.written, last_column=last)
    row += 2
    row = _findings(audit, row, sample, rng, last) + 1
    row = _actions(audit, row, sample, rng, last, rng.choice(NO_ACTIONS) if no_actions else None) + 1
    put(audit, row, 1, "Are there any immediate safeguarding concerns? (Y/N)", bold=True, fill=LIGHT, last_column=2)
    answer = ("Y", "N") if rng.random() < 0.5 else ("Yes", "No")
    put(audit, row, 3, answer[0] if sample.urgent_concern else answer[1], bold=True, last_column=last - 1)
    if sample.urgent_concern:
        put(audit, row, last, sample.urgent_concern_detail)
    row += 2
    _moderation(audit, row, sample, rng, choices, last)
    if rng.random() < 0.4:
        _key_sheet(workbook, choices["spelling"], KEYS[sample.kind])
    moderation = sample.moderation
    data = xlsx_bytes(workbook, title=title, written=moderation.date if moderation else sample.date,
                      editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(household))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.xlsx", data, sample.expected(), personal)


def _questions(sheet, row: int, sample, rng: random.Random, choices, parts, graded_parts, section_grading: str,
               answer_columns: tuple[str, ...]) -> int:
    """The question grid: a header row, each part under a merged band with
    its questions answered and (where the version grades parts) its grade in
    a row beneath, or all the grades in a summary after the grid; return
    the row after it."""
    last = 3 + len(answer_columns)
    for column, text in enumerate(("No.", "Question", *answer_columns, "Evidence / comments"), start=1):
        put(sheet, row, column, text, bold=True, colour="FFFFFF", fill=BRAND)
    row += 1
    band_style = rng.choice(("Section {n}: {name}", "{n}. {name}", "{name}"))
    grade_label = rng.choice(("Section grade", "Grade for section {n}", "Part grade"))
    for number, ((name, questions), section) in enumerate(zip(parts, graded_parts), start=1):
        put(sheet, row, 1, band_style.format(n=number, name=name), bold=True, fill=LIGHT, last_column=last)
        row += 1
        remark = section_remark(sample, section) if section_grading != "none" else None
        for position, question in enumerate(questions, start=1):
            answer = _answer(rng, section.grade)
            put(sheet, row, 1, f"{number}.{position}")
            put(sheet, row, 2, question)
            _put_answer(sheet, row, answer, choices["answers"], choices["mark"])
            comment = section.comment if position == 1 else rng.choice(SHORT_COMMENTS[answer])
            if choices["answers"] == "yes/no" and answer == "N/A":
                comment = f"N/A \u2013 {comment}" if comment else "N/A"
            if remark and position == 1:
                put(sheet, row, last, rich(Ink(comment + " "), Ink(f"HoEH: {remark}", colour=choices["ink"])))
            else:
                put(sheet, row, last, comment or None)
            row += 1
        if section_grading == "row":
            put(sheet, row, 1, grade_label.format(n=number), bold=True, last_column=2)
            put(sheet, row, 3, spell_grade(section.grade, choices["spelling"]), bold=True,
                fill=GRADE_FILLS[section.grade], last_column=last - 1)
            row += 1
    row += 1

    if section_grading == "summary":
        put(sheet, row, 1, "Summary of grades", bold=True, colour="FFFFFF", fill=BRAND, last_column=last)
        row += 1
        for section in graded_parts:
            put(sheet, row, 1, section.name, last_column=2)
            put(sheet, row, 3, spell_grade(section.grade, choices["spelling"]), bold=True,
                fill=GRADE_FILLS[section.grade], last_column=last - 1)
            row += 1
        row += 1
    return row


def _put_date(sheet, row: int, column: int, value: date, choices, last_column: int) -> None:
    if choices["excel_dates"]:
        put(sheet, row, column, value, number_format=choices["excel_format"], last_column=last_column)
    else:
        put(sheet, row, column, spell_date(value, choices["date_style"]), last_column=last_column)


def _details(sheet, row: int, sample, household, rng: random.Random, choices, reference_label: str, as_number: bool,
             direction_style: str | None, last: int) -> int:
    """The details block, a label and its value a row; return the row after it."""
    child = sample.child

    def pair(label: str, value, *, when: date | None = None) -> None:
        nonlocal row
        put(sheet, row, 1, label, bold=True, fill=LIGHT, last_column=2)
        if when is not None:
            _put_date(sheet, row, 3, when, choices, last)
        else:
            put(sheet, row, 3, value, last_column=last)
        row += 1

    pair(rng.choice(("Child's name", "Name of child / young person")), child.full_name)
    put(sheet, row, 1, "Date of birth", bold=True, fill=LIGHT, last_column=2)
    put(sheet, row, 3, child.date_of_birth, number_format="dd/mm/yyyy", last_column=last)
    row += 1
    pair(reference_label, int(sample.case_id) if as_number else sample.case_id)
    if rng.random() < 0.5:
        pair("Family", f"{child.surname} family")
    pair(rng.choice(OTHERS_LABELS), "; ".join(f"{other.full_name} ({other.age})" for other in household))
    if rng.random() < 0.4:
        pair("Parent(s) / carer(s)", ", ".join(child.parents))
    lead = with_role(sample.practitioner, rng.choice(("plain", "comma", "brackets", "initials")))
    pair(rng.choice(LEAD_LABELS), lead)
    if direction_style is not None and rng.random() < 0.35:
        pair("Social worker (CSC)", _social_worker(rng))
    pair("Team", sample.team)
    pair(rng.choice(("Service", "Service area")), sample.service)
    auditor = surname_first(sample.auditor) if rng.random() < 0.3 else with_role(
        sample.auditor, rng.choice(("plain", "comma", "initials")))
    pair(rng.choice(AUDITOR_LABELS), auditor)
    pair(rng.choice(DATE_LABELS), None, when=sample.date)
    if direction_style is None:
        return row
    own = {field.key: field for field in sample.own}
    direction = own["direction"].written
    if direction_style == "marked":
        put(sheet, row, 1, "Type of transfer", bold=True, fill=LIGHT, last_column=2)
        up = direction == "Step up"
        for offset, (option, chosen) in enumerate((("Step up", up), ("Step down", not up))):
            put(sheet, row, 3 + 2 * offset, option, bold=True)
            if chosen:
                put(sheet, row, 4 + 2 * offset, choices["mark"], bold=True)
        row += 1
    else:
        pair(rng.choice(DIRECTION_LABELS), direction)
    moved = own["transfer_date"].written
    pair(rng.choice(TRANSFER_LABELS), None, when=moved)
    if rng.random() < 0.3:
        up = direction.lower().startswith("step up")
        other = moved - timedelta(days=rng.randint(2, 9))
        pair("Date of MASH referral" if up else "Date of CIN panel", None, when=other)
    return row


def _put_answer(sheet, row: int, answer: str, style: str, mark: str) -> None:
    if style == "typed":
        put(sheet, row, 3, answer, bold=True)
    elif style == "yes/no":
        if answer != "N/A":
            put(sheet, row, 3 if answer == "Y" else 4, mark, bold=True)
    elif style == "rag":
        put(sheet, row, 3 + ("Y", "N", "N/A").index(answer), answer, bold=True, fill=ANSWER_FILLS[answer])
    else:
        put(sheet, row, 3 + ("Y", "N", "N/A").index(answer), mark, bold=True)


def _overall(sheet, row: int, sample, rng: random.Random, choices, taf: bool, last: int) -> int:
    """The overall grade, typed in the tool's words or marked under four
    grade columns; return the row after it."""
    label = rng.choice(("Overall grade for the Team Around the Family", "Overall judgement of the TAF")
                       if taf else ("Overall grade for this step up / step down",
                                    "Overall judgement of the quality of the transfer",
                                    "Overall quality of the step up / step down"))
    spelling = choices["spelling"]
    if rng.random() < 0.6:
        put(sheet, row, 1, label, bold=True, fill=LIGHT, last_column=2)
        text = spell_grade(sample.grade, spelling)
        if rng.random() < 0.4:
            text = f"{text} \u2013 {REMARKS[sample.grade]}"
        put(sheet, row, 3, text, bold=True, fill=GRADE_FILLS[sample.grade], last_column=last)
        return row + 1
    put(sheet, row, 1, label, bold=True, fill=LIGHT, last_column=2, last_row=row + 1)
    short = rng.random() < 0.5
    for column, grade in enumerate(GRADES, start=3):
        text = ("O", "G", "RI", "I")[GRADES.index(grade)] if short else spell_grade(grade, "short")
        put(sheet, row, column, text, bold=True, fill=GRADE_FILLS[grade])
        if grade == sample.grade:
            put(sheet, row + 1, column, choices["mark"], bold=True)
    return row + 2


def _findings(sheet, row: int, sample, rng: random.Random, last: int) -> int:
    """Strengths and areas for development under the tool's headings, one
    a row or all in one cell as bullet lines; return the row after them."""
    one_cell = rng.random() < 0.4
    for heading, items in zip(rng.choice(FINDINGS), (sample.strengths, sample.development_areas)):
        put(sheet, row, 1, heading, bold=True, colour="FFFFFF", fill=BRAND, last_column=last)
        row += 1
        if one_cell:
            put(sheet, row, 1, "\n".join(f"\u2022 {item}" for item in items), last_column=last)
            row += 1
        else:
            for item in items:
                put(sheet, row, 1, item, last_column=last)
                row += 1
    return row


def _actions(sheet, row: int, sample, rng: random.Random, last: int, nothing: str | None) -> int:
    put(sheet, row, 1, "Actions", bold=True, colour="FFFFFF", fill=BRAND, last_column=last)
    row += 1
    if nothing is not None:
        put(sheet, row, 1, nothing, last_column=last)
        return row + 1
    headers = rng.choice(ACTION_HEADERS)
    put(sheet, row, 1, headers[0], bold=True, fill=LIGHT, last_column=2)
    put(sheet, row, 3, headers[1], bold=True, fill=LIGHT, last_column=last - 1)
    put(sheet, row, last, headers[2], bold=True, fill=LIGHT)
    row += 1
    for action in sample.actions:
        put(sheet, row, 1, action.action, last_column=2)
        put(sheet, row, 3, action.owner, last_column=last - 1)
        put(sheet, row, last, action.due, number_format="dd/mm/yyyy")
        row += 1
    return row


def _moderation(sheet, row: int, sample, rng: random.Random, choices, last: int) -> None:
    put(sheet, row, 1, rng.choice(("Moderation \u2013 Head of Early Help", "Early Help Service Manager moderation")),
        bold=True, colour="FFFFFF", fill=BRAND, last_column=last)
    labels = ("Moderated by", "Date", "Comments", "Moderated grade")
    for offset, label in enumerate(labels, start=1):
        put(sheet, row + offset, 1, label, bold=True, fill=LIGHT, last_column=2)
    moderation = sample.moderation
    if moderation is None:
        return
    ink = choices["ink"]
    put(sheet, row + 1, 3, moderation.moderator, colour=ink, last_column=last)
    put(sheet, row + 2, 3, moderation.date, colour=ink, number_format="dd/mm/yyyy", last_column=last)
    put(sheet, row + 3, 3, "\n".join(moderation.comments), colour=ink, last_column=last)
    if moderation.grade:
        put(sheet, row + 4, 3, spell_grade(moderation.grade, choices["spelling"]), bold=True, colour=ink,
            last_column=last)


def _key_sheet(workbook, spelling: str, descriptors: dict[str, str]) -> None:
    key = workbook.create_sheet("Key")
    key.column_dimensions["A"].width = 30
    key.column_dimensions["B"].width = 80
    put(key, 1, 1, "Grading key", bold=True, colour="FFFFFF", fill=BRAND, last_column=2)
    for row, grade in enumerate(GRADES, start=2):
        put(key, row, 1, spell_grade(grade, spelling), bold=True, fill=GRADE_FILLS[grade])
        put(key, row, 2, descriptors[grade])
