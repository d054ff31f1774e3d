"""Observation of practice record kept as an Excel workbook, one
observation to a workbook: who observed whom, when, the activity and its
setting (a home visit, a meeting, a group session at the family hub), the
child or, for a group, the parents who attended; five areas of observed
practice each judged on the four-point scale with the observer's notes;
the overall judgement; whether a reflective discussion was held with the
practitioner afterwards; what went well, what to develop, an immediate
safeguarding question, development actions with who and by when, and a
block for the Head of Service's quality assurance.

Modelled on Hampshire County Council's children's services as the
published account of Ofsted's 2019 inspection describes them (WillisPalmer,
"Hampshire is outstanding, says Ofsted": social workers highly skilled at
building meaningful relationships with children and engaging them in
their assessments and plans, clear and considered management oversight,
plans that progress at pace). The areas follow those findings. The page
shows no form, so the workbook is our own judgement: one sheet or an
"Observation" / "Feedback & actions" pair (sometimes with a hidden list
sheet), details as label / value pairs, a shaded strip of labels over
values, or two pairs to a row; each area's judgement chosen from a
drop-down, typed informally, scored 1 to 4 on a printed key, or marked
under four judgement columns; dates typed in several spellings or kept as
Excel dates; moderation in a colour of its own or in a bordered box.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, OBSERVATION, Moderation, Section, sample_forms
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES

from .common import (
    ATTENDEE_SENTENCES,
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    attendees,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
)

FAMILY = "observation_record_workbook"
SEED = 5821
GROUP_SETTING = "Group session at the family hub"
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

AREAS = (
    "Planning and purpose of the visit or meeting",
    "Building a relationship with the child and family",
    "Hearing and recording the child's voice",
    "Curiosity, analysis of risk and need",
    "Professional authority and respectful challenge",
)
AREA_NOTES = {
    OUTSTANDING: ("Exemplary – could be used as a model for the team.", "Confident, warm and purposeful throughout."),
    GOOD: ("Clear and well judged.", "Well prepared; the family knew why the worker was there.", "Solid practice."),
    REQUIRES_IMPROVEMENT: ("Some drift – the purpose was not shared at the start.",
                           "Missed a chance to explore the worries further.", "Inconsistent."),
    INADEQUATE: ("Not evident during the session.", "Worries were not explored; the family led the agenda."),
}
TITLES = ("Observation of Practice Record", "PRACTICE OBSERVATION – RECORD AND FEEDBACK",
          "Direct Observation of Practice", "Observed Practice: Record of Observation")
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
SCORES = ({OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
          {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4})
NO_ACTIONS = ("No development actions – keep doing what you are doing.",
              "None agreed; to be picked up in routine supervision.", "No actions arising from this observation.")
URGENT_DETAILS = (
    "Mother disclosed that her ex-partner has been back at the house despite the safety plan. "
    "Discussed with the Team Manager the same afternoon; strategy discussion requested.",
    "The baby appeared to have a bruise to the cheek that was not explored during the visit. "
    "Escalated to the duty manager on return to the office and a medical arranged.",
)
SETTING_WORDS = {
    GROUP_SETTING: ("Group session at the family hub",),
}
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
THICK = Side(style="medium", color="000000")
WRAP = Alignment(wrap_text=True, vertical="top")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.setting == GROUP_SETTING][:2]
    single = [sample for sample in pool if sample.setting != GROUP_SETTING and sample.moderation is None]
    moderated = [sample for sample in pool if sample.setting != GROUP_SETTING and sample.moderation is not None]
    plans: list[tuple[object, str]] = [(sample, "plain") for sample in groups]
    plans += [(single.pop(), "urgent"), (single.pop(), "urgent")]
    plans += [(moderated.pop(), "comments"), (moderated.pop(), "comments")]
    plans += [(moderated.pop(), "change") for _ in range(3)]
    plans += [(moderated.pop(), "confirm") for _ in range(2)]
    while len(plans) < count:
        plans.append((single.pop(), "plain"))
    rng.shuffle(plans)
    return [_form(rng, index, sample, plan, today) for index, (sample, plan) in enumerate(plans[:count])]


def _area_grades(rng: random.Random, overall: str) -> list[str]:
    centre = ORDER.index(overall)
    grades = [ORDER[min(3, max(0, centre + rng.choice((-1, 0, 0, 0, 1))))] for _ in AREAS]
    grades[rng.randrange(len(AREAS))] = overall
    return grades


class _Sheet:
    def __init__(self, sheet, brand: str, font: str):
        self.sheet, self.brand, self.font, self.row = sheet, brand, font, 1
        for position, width in enumerate((26, 18, 18, 18, 18, 26, 8, 8, 8, 8), start=1):
            sheet.column_dimensions[get_column_letter(position)].width = width

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, size=10,
             number_format=None, border=True, strike=False):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last=6):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text, *, last=6, **look):
        self.cell(self.row, 1, text, border=False, **look)
        self.merge(self.row, 1, last)
        self.sheet.row_dimensions[self.row].height = 15 * max(1, len(str(text)) // 95 + 1)
        self.row += 1

    def pair(self, label, value, *, number_format=None, colour=None, bold=False, fill="EDEDED"):
        self.cell(self.row, 1, label, bold=True, fill=fill)
        self.merge(self.row, 1, 2)
        self.cell(self.row, 3, value, number_format=number_format, colour=colour, bold=bold)
        self.merge(self.row, 3, 6)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, plan: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    details = rng.choice(("pairs", "strip", "grid"))
    style = rng.choice(("dropdown", "typed", "score", "columns"))
    words = rng.choice(WORDS)
    scores = rng.choice(SCORES)
    column_mark = rng.choice(("X", "x", "\u2713", ""))
    two_sheets = rng.random() < 0.55
    hidden_lists = rng.random() < 0.5
    actions_as = rng.choice(("table", "table", "lines"))
    mod_box = rng.random() < 0.5
    group = sample.case_id is None

    # The sample as this form carries it.
    changes: dict = {"sections": tuple(Section(name, grade, rng.choice(AREA_NOTES[grade]))
                                       for name, grade in zip(AREAS, _area_grades(rng, sample.grade)))}
    if not group and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.3:
        changes["team"] = None
    if rng.random() < 0.5:
        changes["service"] = None
    if rng.random() < 0.2 and plan != "urgent":
        changes["actions"] = ()
    group_members: list[str] = []
    if group:
        group_members = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5))
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, group_members[0]))
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, ATTENDEE_SENTENCES, group_members[1]))
    if plan == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT_DETAILS)
        changes["moderation"] = None
    elif plan in ("comments", "change", "confirm"):
        base = sample.moderation
        grade = None
        if plan == "confirm":
            grade = sample.grade
        elif plan == "change":
            position = ORDER.index(sample.grade)
            grade = ORDER[position + 1] if position < 3 and (position == 0 or rng.random() < 0.5) else ORDER[position - 1]
        comments = base.comments
        if plan == "change":
            comments = (*comments, "Having read the notes I do not think the evidence supports the observer's "
                                   "overall judgement; see my judgement below.")
        changes["moderation"] = Moderation(base.moderator, base.date, comments, grade=grade)
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    main = workbook.active
    main.title = rng.choice(("Observation", "Obs record", "Observation of practice"))
    feedback_ws = workbook.create_sheet(rng.choice(("Feedback & actions", "Feedback", "Actions"))) if two_sheets \
        else main
    lists = None
    validations: dict = {}

    def dropdown(ws, ref: str, choices: tuple[str, ...]) -> None:
        nonlocal lists
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists is None:
                    lists = workbook.create_sheet("Lists")
                    lists.sheet_state = "hidden"
                column = len(validations) + 1
                for position, choice in enumerate(choices, start=1):
                    lists.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    sheet = _Sheet(main, brand, font)
    title = rng.choice(TITLES)
    sheet.line(council_line(rng), bold=True, colour=brand)
    sheet.line(title, bold=True, colour=brand, size=14)
    sheet.line(rng.choice((
        "Complete within five working days of the observation and send to the QA mailbox.",
        "OFFICIAL – SENSITIVE once completed.",
        "Observer to complete. Share with the practitioner before it is returned.")), italic=True)
    sheet.row += 1

    # --- details ----------------------------------------------------------
    observed_on = day(sample.date)
    items: list[tuple[str, object, str | None]] = [
        ("Practitioner observed", sample.practitioner, None),
        ("Observed by", sample.auditor, None),
        ("Date of observation", observed_on[0], observed_on[1]),
        ("Activity / setting", sample.setting, None),
    ]
    if sample.team:
        items.append(("Team", sample.team, None))
    if sample.service:
        items.append(("Service area", sample.service, None))
    if group:
        items.append(("Case reference", "N/A – group session", None))
        items.append(("Attended by", ", ".join(group_members), None))
    else:
        born = day(child.date_of_birth)
        items.append(("Child's name", child.full_name, None))
        items.append(("Date of birth", born[0], born[1]))
        items.append(("Case reference" if rng.random() < 0.5 else "LCS / case no.", sample.case_id, None))
    sheet.band(rng.choice(("1. Observation details", "About the observation", "DETAILS")))
    if details == "pairs":
        for text, value, number_format in items:
            sheet.pair(text, value, number_format=number_format)
    elif details == "strip":
        for start in range(0, len(items), 3):
            chunk = items[start:start + 3]
            for position, (text, value, number_format) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + position * 2, text, bold=True, fill="D9E1F2")
                sheet.merge(sheet.row, 1 + position * 2, 2 + position * 2)
                sheet.cell(sheet.row + 1, 1 + position * 2, value, number_format=number_format)
                sheet.merge(sheet.row + 1, 1 + position * 2, 2 + position * 2)
            sheet.row += 2
    else:
        for start in range(0, len(items), 2):
            for position, (text, value, number_format) in enumerate(items[start:start + 2]):
                sheet.cell(sheet.row, 1 + position * 3, text, bold=True, fill="EDEDED")
                sheet.cell(sheet.row, 2 + position * 3, value, number_format=number_format)
                sheet.merge(sheet.row, 2 + position * 3, 3 + position * 3)
            sheet.row += 1
    sheet.row += 1

    # --- areas ------------------------------------------------------------
    sheet.band(rng.choice(("2. Areas of practice observed", "What we saw – areas of practice", "JUDGEMENTS")),
               last=10 if style == "columns" else 6)
    choices = tuple(words[grade] for grade in ORDER)
    if style == "score":
        sheet.line("Key: " + "   ".join(f"{scores[grade]} = {words[grade]}" for grade in ORDER), bold=True)
    header = ["Area of practice", "Observer's notes"]
    sheet.cell(sheet.row, 1, header[0], bold=True, fill="D9D9D9")
    sheet.cell(sheet.row, 2, header[1], bold=True, fill="D9D9D9")
    sheet.merge(sheet.row, 2, 5)
    if style == "columns":
        for position, grade in enumerate(ORDER):
            sheet.cell(sheet.row, 7 + position, SHORT[grade], bold=True, fill="D9D9D9")
    else:
        sheet.cell(sheet.row, 6, "Score" if style == "score" else "Judgement", bold=True, fill="D9D9D9")
    sheet.row += 1
    for section in sample.sections:
        sheet.cell(sheet.row, 1, section.name, bold=True)
        sheet.cell(sheet.row, 2, section.comment)
        sheet.merge(sheet.row, 2, 5)
        if style == "dropdown":
            sheet.cell(sheet.row, 6, words[section.grade])
            dropdown(main, f"F{sheet.row}", choices)
        elif style == "typed":
            sheet.cell(sheet.row, 6, informal_grade(rng, section.grade))
        elif style == "score":
            sheet.cell(sheet.row, 6, scores[section.grade])
        else:
            for position, grade in enumerate(ORDER):
                target = sheet.cell(sheet.row, 7 + position, None)
                if grade == section.grade:
                    if column_mark:
                        target.value = column_mark
                        target.font = Font(name=font, bold=True)
                    else:
                        target.fill = PatternFill("solid", start_color=FILLS[grade], end_color=FILLS[grade])
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.row += 1
    overall_row = sheet.pair(rng.choice(("Overall judgement", "Overall grade for the observation",
                                         "OVERALL")),
                             words[sample.grade] if style in ("dropdown", "columns") or rng.random() < 0.5
                             else informal_grade(rng, sample.grade), bold=True)
    if style == "dropdown":
        dropdown(main, f"C{overall_row}", choices)
    sheet.row += 1

    # --- feedback ---------------------------------------------------------
    fb = sheet if feedback_ws is main else _Sheet(feedback_ws, brand, font)
    if fb is not sheet:
        fb.line(f"{title} (continued)", bold=True, colour=brand, size=12)
        fb.line(f"Practitioner: {sample.practitioner}    Observer: {sample.auditor}", italic=True)
        fb.row += 1
    fb.band(rng.choice(("3. Reflective discussion and feedback", "After the observation")))
    answer = "Yes" if sample.reflective_discussion else "No"
    row = fb.pair(rng.choice(("Reflective discussion held with the practitioner afterwards?",
                              "Was a reflective conversation held after the session?")), answer)
    dropdown(feedback_ws, f"C{row}", ("Yes", "No"))
    if sample.reflective_discussion and rng.random() < 0.5:
        held = day(sample.date)
        fb.pair("Date of discussion", held[0], number_format=held[1])
    fb.row += 1
    fb.cell(fb.row, 1, rng.choice(("What went well", "Strengths observed")), bold=True, fill="E2EFDA")
    fb.merge(fb.row, 1, 6)
    fb.row += 1
    for text in sample.strengths:
        fb.line(f"\u2022 {text}" if rng.random() < 0.7 else text)
    fb.cell(fb.row, 1, rng.choice(("Even better if…", "Areas for development")), bold=True, fill="FCE4D6")
    fb.merge(fb.row, 1, 6)
    fb.row += 1
    for text in sample.development_areas:
        fb.line(f"- {text}")
    fb.row += 1
    row = fb.pair(rng.choice(("Any immediate safeguarding concern needing escalation?",
                              "Urgent concern identified during the observation?")),
                  "Yes" if sample.urgent_concern else rng.choice(("No", "None", "No concerns")))
    if sample.urgent_concern:
        fb.pair("Details and action taken", sample.urgent_concern_detail)
    fb.row += 1

    # --- actions ----------------------------------------------------------
    fb.band(rng.choice(("4. Development actions", "Actions agreed (who / by when)")))
    if not sample.actions:
        fb.line(rng.choice(NO_ACTIONS), italic=True)
    elif actions_as == "table":
        for position, text in enumerate(("Action", "", "", "Who", "By when", "Done?")):
            if text:
                fb.cell(fb.row, position + 1, text, bold=True, fill="D9E1F2")
        fb.merge(fb.row, 1, 3)
        fb.row += 1
        for action in sample.actions:
            due = day(action.due)
            fb.cell(fb.row, 1, action.action)
            fb.merge(fb.row, 1, 3)
            fb.cell(fb.row, 4, action.owner)
            fb.cell(fb.row, 5, due[0], number_format=due[1])
            fb.cell(fb.row, 6, None)
            fb.sheet.row_dimensions[fb.row].height = 30
            fb.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            fb.line(f"{number}. {action.action} – {action.owner}, by {when(action.due)}")
    fb.row += 1

    # --- sign-off and moderation -----------------------------------------
    fb.pair("Observer signature", sample.auditor)
    fb.pair("Practitioner comments", rng.choice(("Agreed – useful feedback.", "", "Discussed and agreed.")))
    fb.row += 1
    fb.band(rng.choice(("5. Head of Service quality assurance", "Moderation (Head of Service)")))
    top = fb.row
    if moderation:
        fb.pair("Moderated by", moderation.moderator, colour=ink)
        checked = day(moderation.date)
        fb.pair("Date", checked[0], number_format=checked[1], colour=ink)
        if moderation.grade:
            row = fb.pair("Do you agree with the overall judgement?",
                          "Agree" if moderation.grade == sample.grade else "Do not agree", colour=ink)
            dropdown(feedback_ws, f"C{row}", ("Agree", "Do not agree"))
            fb.pair("Moderated judgement", informal_grade(rng, moderation.grade), colour=ink, bold=True)
        fb.pair("Comments", " ".join(moderation.comments), colour=ink)
    else:
        fb.pair("Moderated by", None)
        fb.pair("Comments", rng.choice(("", "Not sampled for moderation.", "N/A")))
    if mod_box:
        for row in range(top, fb.row):
            for column in range(1, 7):
                cell = fb.sheet.cell(row=row, column=column)
                cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == 6 else THIN,
                                     top=THICK if row == top else THIN, bottom=THICK if row == fb.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(group_members), also=also)
