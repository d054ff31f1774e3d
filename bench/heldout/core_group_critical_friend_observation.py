"""Held-out family: a senior manager's "critical friend" observation of a
practitioner's direct work, kept as an Excel workbook.

Source. Northumberland County Council, "Report for the Business Sub
Committee, 15th January 2015" (published on docest.com,
https://docest.com/doc/632141/report-for-the-business-sub-committee-15th-january-2015).
Northumberland is already named in bench/README.md; this is a different
document of theirs. The report says senior managers and the Safeguarding
Standards Manager / Principal Social Worker observed child protection Core
Group meetings across urban and rural teams as a "critical friend", using
a Core Group observation template they developed, aiming at a sample of
twelve and completing eight, to support practice and to prepare for
Ofsted observing meetings. What came from the source: the purpose (a
manager observing a practitioner running a meeting or visit, as a critical
friend), the observer being a manager outside the line, the team being
recorded, and feedback leading to learning.

The page does not show the template itself, so the layout is our
judgement: one sheet with the council's name line in a brand colour and
the tool's title; an observation details block (practitioner observed,
observer, team, service, date, the activity observed, the child's case
reference, name and date of birth, for a group session the parents who
attended instead); a short account of the activity; on most files a table
of practice areas each graded (the areas are ours, themed on chairing a
meeting and direct work); what went well and what could be better; the
learning actions; whether a reflective discussion was held afterwards;
the overall grade; and on some files a Head of Service oversight box.
Observations we built observe any activity the sample names (home visit,
conference, core group, family time, school, group session), not only Core
Groups: that widening is our judgement too.

What varies across the 16 files: the details block as label | value rows,
a four-column grid, or labels over values; dates as real Excel dates or
typed text in one person's spelling; the case reference plain (number or
text) or with a case-system prefix; the practice areas graded by a drop-
down, a mark under one of four grade columns, a number on a printed key
or typed as people type, or not graded at all (fewer areas on some); the
overall grade typed, chosen from a drop-down, a number on the key, or the
four grades printed with the chosen one highlighted and the others struck
through; strengths and areas for development as rows, bulleted lines in
one cell, or two side-by-side columns; actions as a table, numbered lines
or a sentence saying there are none; the reflective-discussion question
typed, from a drop-down or as ticked boxes; the Head of Service's
oversight typed in their own colour, an empty box, or absent; the child's
name and date of birth on most files, brothers and sisters on some.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from bot.samples import COUNCIL
from bot.samples.forms import OBSERVATION, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES
from bot.samples.phrases import GROUP_SETTING, OBSERVATION_SETTINGS
from bot.samples.population import sample_forms
from bot.samples.wording import GRADES

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "core_group_critical_friend_observation"
SEED = 10120

TITLES = ("Observation of Practice – Critical Friend Record", "Practice Observation Record (Core Groups and Direct Work)",
          "Observed Practice – Manager's Record", "Critical Friend Observation of Practice")
SHEET_NAMES = ("Observation", "Obs record", "Practice observation", "Critical friend obs")

# Practice areas the grid grades (our own, themed on running a meeting or a visit).
AREAS = ("Preparation and purpose", "Engagement with the child and family", "Child's voice and lived experience",
         "Analysis of risk and need", "Working with partners", "Focus on the plan and next steps")
AREA_EVIDENCE = {
    OUTSTANDING: ("Consistently strong throughout; a model for the team.",
                  "Excellent, confident practice that others could learn from."),
    GOOD: ("Clear and purposeful; the family understood what was happening.",
           "Solid practice with only minor points to refine."),
    REQUIRES_IMPROVEMENT: ("Some elements present but not consistent.",
                           "Partly evident; needs more structure next time."),
    INADEQUATE: ("Not evident during the observation.", "Significant gaps; discussed straight after the session."),
}
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
KEY_NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
SUMMARIES = (
    "The practitioner chaired the meeting and worked through the plan with the family and partners.",
    "Observed from start to finish; the practitioner led the session and agreed next steps with those present.",
    "The observer sat in as a critical friend and did not take part in the discussion.",
)
NO_ACTIONS = ("No actions arising from this observation.", "No further actions – feedback given on the day.",
              "None identified.")
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
HIGHLIGHT = PatternFill("solid", fgColor="FFFF00")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy", "dd-mmm-yy")


class Sheet:
    """Writes rows down one worksheet."""

    def __init__(self, rng: random.Random, title: str):
        self.rng = rng
        self.workbook = Workbook()
        self.sheet = self.workbook.active
        self.sheet.title = title
        self.row = 1
        self.dates_as_text = rng.random() < 0.45
        self.writer = common.date_writer(rng)
        self.date_format = rng.choice(EXCEL_DATE_FORMATS)
        for column, width in zip("ABCDEFG", (38, 30, 22, 22, 22, 22, 40)):
            self.sheet.column_dimensions[column].width = width

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, fill=None,
            italic: bool = False, strike: bool = False, size: int | None = None, box: bool = True):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold or None, italic=italic or None, color=colour, strike=strike or None, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if fill is not None:
            cell.fill = fill
        if box:
            cell.border = BOX
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=HEADER_FILL)

    def heading(self, text: str, brand: str) -> None:
        self.row += 1
        self.put(1, text, bold=True, colour=brand, size=12, box=False)
        self.row += 1

    def date(self, column: int, value: date, *, colour: str | None = None):
        if self.dates_as_text:
            return self.put(column, self.writer(value), colour=colour)
        cell = self.put(column, value, colour=colour)
        cell.number_format = self.date_format
        return cell

    def written(self, value: date) -> str | None:
        """The date as the file shows it when typed (None for a real date)."""
        return self.writer(value) if self.dates_as_text else None

    def dropdown(self, cell, choices: tuple[str, ...]) -> None:
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        self.sheet.add_data_validation(validation)
        validation.add(cell.coordinate)

    def save(self, when: date, editor: str) -> bytes:
        properties = self.workbook.properties
        properties.creator = COUNCIL
        properties.lastModifiedBy = editor
        properties.title = "Observation of practice"
        stamp = datetime.combine(when, time(15, 40))
        properties.created = stamp
        properties.modified = stamp
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        return stable_zip(_fix_modified(buffer.getvalue(), stamp))


def _fix_modified(data: bytes, stamp: datetime) -> bytes:
    """openpyxl stamps the save time as "modified"; put the form's own date
    back so that building twice gives the same bytes."""
    fixed = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w") as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>" + fixed.encode() + rb"\g<2>", content)
            target.writestr(entry.filename, content)
    return output.getvalue()


def _pick(forms) -> list:
    """Fourteen observations of one child's case and two group sessions."""
    observations = [form for form in forms if form.kind == OBSERVATION]
    singles = [form for form in observations if form.setting != GROUP_SETTING][:14]
    groups = [form for form in observations if form.setting == GROUP_SETTING][:2]
    if len(groups) < 2:  # not enough group sessions drawn: make some
        extra = [form for form in observations if form.setting != GROUP_SETTING][14:16 - len(groups)]
        groups += [replace(form, setting=GROUP_SETTING, case_id=None, child=None) for form in extra]
    chosen = singles + groups
    # Interleave so group sessions are not both at the end.
    chosen.insert(5, chosen.pop())
    return chosen


def _areas(rng: random.Random, grade: str, count: int) -> tuple[Section, ...]:
    names = rng.sample(AREAS, count)
    index = GRADES.index(grade)
    grades = [GRADES[min(max(index + rng.choice((-1, 0, 0, 0, 1)), 0), 3)] for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    return tuple(Section(name, given, rng.choice(AREA_EVIDENCE[given])) for name, given in zip(names, grades))


def build(today: date) -> list[HeldOutForm]:
    forms = _pick(sample_forms(400, seed=SEED, today=today))
    built = []
    for index, sample in enumerate(forms):
        built.append(_build_one(index, sample, today))
    return built


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(SEED * 100 + index)
    brand = rng.choice(common.BRAND_COLOURS)
    group = sample.setting == GROUP_SETTING
    also: list[str] = []
    others: list[str] = []

    # --- changes the layout needs ---------------------------------------------
    reference: str | int | None = None
    if sample.case_id:
        style = index % 3
        if style == 0:
            sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
            reference = sample.case_id
        else:
            reference = int(sample.case_id) if style == 1 else sample.case_id
    area_style = ("dropdown", "columns", "key", "typed", None, "columns", "dropdown", "key")[index % 8]
    if area_style:
        sample = replace(sample, sections=_areas(rng, sample.grade, rng.choice((3, 4, 5, 6))))
    show_child = sample.child is not None and index % 8 != 3

    sheet = Sheet(rng, SHEET_NAMES[index % len(SHEET_NAMES)])
    sheet.put(1, common.council_line(rng), bold=True, colour=brand, size=13, box=False)
    sheet.row += 1
    sheet.put(1, TITLES[index % len(TITLES)], bold=True, size=15, box=False)
    sheet.row += 1
    sheet.put(1, "To be completed by the observing manager as a critical friend and shared with the practitioner.",
              italic=True, box=False)
    sheet.row += 1

    # --- details ------------------------------------------------------------------
    labels = {
        "practitioner": rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")),
        "observer": rng.choice(("Observer", "Observed by", "Observing manager")),
        "team": "Team",
        "service": rng.choice(("Service", "Service area")),
        "date": rng.choice(("Date of observation", "Date observed", "Date")),
        "setting": rng.choice(("Activity observed", "Type of activity / meeting", "Meeting or visit observed")),
        "case": rng.choice(("Case reference", "LCS ID", "Child's ID", "Mosaic number")),
        "child": rng.choice(("Child's name", "Name of child", "Child / young person")),
        "dob": rng.choice(("Date of birth", "DOB")),
    }
    details: list[tuple[str, object, str]] = [  # (label, value, kind)
        (labels["practitioner"], sample.practitioner, "text"),
        (labels["observer"], sample.auditor, "text"),
        (labels["team"], sample.team, "text"),
        (labels["service"], sample.service, "text"),
        (labels["date"], sample.date, "date"),
        (labels["setting"], sample.setting, "setting"),
    ]
    if sample.case_id:
        details.append((labels["case"], reference, "text"))
    if show_child:
        details.append((labels["child"], sample.child.full_name, "text"))
        details.append((labels["dob"], sample.child.date_of_birth, "date"))
        written = sheet.written(sample.child.date_of_birth)
        if written:
            also.append(written)
        if index % 4 == 1:
            brothers = common.siblings(rng, sample.child, rng.choice((1, 2)), today)
            shown = []
            for name, born in brothers:
                text = sheet.writer(born)
                shown.append(f"{name} ({text})")
                others.append(name)
                also.append(text)
            details.append(("Other children in the household", "; ".join(shown), "text"))
    attending: list[str] = []
    if group:
        attending = common.attendees(rng, FAMILY_SURNAMES, rng.choice((3, 4)))
        others += attending
        details.append(("Parents attending", ", ".join(attending), "text"))

    def value_cell(column: int, value, kind: str):
        if kind == "date":
            return sheet.date(column, value)
        cell = sheet.put(column, value)
        if kind == "setting" and rng.random() < 0.5:
            sheet.dropdown(cell, (*OBSERVATION_SETTINGS, GROUP_SETTING))
        return cell

    layout = ("rows", "grid", "over")[index % 3 if index % 5 else (index // 5) % 3]
    sheet.heading(rng.choice(("Observation details", "Details of the observation", "Section 1 – Details")), brand)
    if layout == "rows":
        for text, value, kind in details:
            sheet.label(1, text)
            value_cell(2, value, kind)
            sheet.row += 1
    elif layout == "grid":
        for start in range(0, len(details), 2):
            for offset, (text, value, kind) in enumerate(details[start:start + 2]):
                sheet.label(1 + offset * 2, text)
                value_cell(2 + offset * 2, value, kind)
            sheet.row += 1
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (text, _, _) in enumerate(chunk):
                sheet.label(1 + offset, text)
            sheet.row += 1
            for offset, (_, value, kind) in enumerate(chunk):
                value_cell(1 + offset, value, kind)
            sheet.row += 1

    # --- account of the activity ----------------------------------------------------
    sheet.heading(rng.choice(("Summary of the activity observed", "What was observed")), brand)
    summary = rng.choice(SUMMARIES)
    if group and attending:
        summary += " " + common.mention(rng, common.ATTENDEE_SENTENCES, rng.choice(attending))
    elif others and show_child:
        summary += " " + common.mention(rng, common.SIBLING_SENTENCES, others[0])
    sheet.put(1, summary)
    sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=4)
    sheet.row += 1

    # --- graded practice areas --------------------------------------------------------
    key_text = "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"
    if area_style:
        sheet.heading(rng.choice(("Quality of practice observed", "Practice areas", "Section 2 – Practice")), brand)
        if area_style == "key":
            sheet.put(1, key_text, italic=True, box=False)
            sheet.row += 1
        if area_style == "columns":
            order = rng.choice(common.GRADE_COLUMNS)
            marker = rng.choice(common.MARKS)
            headers = ["Area of practice", *(word for _, word in order), "Evidence"]
            for column, text in enumerate(headers, start=1):
                sheet.label(column, text)
            sheet.row += 1
            for section in sample.sections:
                sheet.put(1, section.name)
                for column, (grade, _) in enumerate(order, start=2):
                    chosen = grade == section.grade
                    if chosen and marker:
                        sheet.put(column, marker, bold=True)
                    elif chosen:
                        sheet.put(column, None, fill=PatternFill("solid", fgColor=common.MARK_SHADE))
                    else:
                        sheet.put(column, None)
                sheet.put(6, section.comment)
                sheet.row += 1
        else:
            heads = ("Area of practice", "Rating" if area_style != "key" else "Rating (1-4)", "Evidence / rationale")
            for column, text in enumerate(heads, start=1):
                sheet.label(column, text)
            sheet.row += 1
            choices = tuple(GRADE_WORDS.values())
            for section in sample.sections:
                sheet.put(1, section.name)
                if area_style == "dropdown":
                    sheet.dropdown(sheet.put(2, GRADE_WORDS[section.grade]), choices)
                elif area_style == "key":
                    sheet.put(2, KEY_NUMBERS[section.grade])
                else:
                    sheet.put(2, common.informal_grade(rng, section.grade))
                sheet.put(3, section.comment)
                sheet.row += 1

    # --- strengths and development ------------------------------------------------------
    list_style = ("rows", "cell", "two_columns")[(index + 1) % 3]
    well = rng.choice(("What went well", "Strengths observed", "What worked well"))
    better = rng.choice(("Even better if", "Areas for development", "What could be better"))
    if list_style == "two_columns":
        sheet.heading("Feedback", brand)
        sheet.label(1, well)
        sheet.label(2, better)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=4)
        sheet.row += 1
        for first, second in _zip_longest(sample.strengths, sample.development_areas):
            sheet.put(1, first)
            sheet.put(2, second)
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=4)
            sheet.row += 1
    else:
        for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
            sheet.heading(heading, brand)
            if list_style == "rows":
                for item in items:
                    sheet.put(1, item)
                    sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=4)
                    sheet.row += 1
            else:
                sheet.put(1, "\n".join(f"• {item}" for item in items))
                sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=4)
                sheet.sheet.row_dimensions[sheet.row].height = 16 * max(len(items), 1) + 4
                sheet.row += 1

    # --- actions ---------------------------------------------------------------------------
    sheet.heading(rng.choice(("Learning and development actions", "Actions agreed", "Next steps")), brand)
    if not sample.actions:
        sheet.put(1, rng.choice(NO_ACTIONS), box=False)
        sheet.row += 1
    elif index % 2 == 0:
        for column, text in enumerate(rng.choice((("Action", "By whom", "By when"),
                                                   ("Agreed action", "Responsible", "Timescale"))), start=1):
            sheet.label(column, text)
        sheet.row += 1
        for action in sample.actions:
            sheet.put(1, action.action)
            sheet.put(2, action.owner)
            sheet.date(3, action.due)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(1, f"{number}. {action.action} – {action.owner} – by {sheet.writer(action.due)}")
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=4)
            sheet.row += 1

    # --- reflective discussion and safeguarding question ------------------------------------
    sheet.row += 1
    question = rng.choice(("Was a reflective discussion held with the practitioner after the observation?",
                           "Reflective conversation held afterwards?",
                           "Feedback and reflection session completed with the worker?"))
    answer = sample.reflective_discussion
    sheet.label(1, question)
    reflect_style = ("typed", "dropdown", "boxes")[index % 3]
    if reflect_style == "typed":
        sheet.put(2, rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N")))
    elif reflect_style == "dropdown":
        sheet.dropdown(sheet.put(2, "Yes" if answer else "No"), ("Yes", "No"))
    else:
        sheet.put(2, f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No")
    sheet.row += 1
    if index % 4 == 2:
        sheet.label(1, "Any safeguarding concern needing immediate escalation?")
        sheet.put(2, "No")
        sheet.row += 1

    # --- overall grade ---------------------------------------------------------------------------
    sheet.heading(rng.choice(("Overall judgement", "Overall grade for the observed practice",
                              "Overall quality of practice")), brand)
    overall_style = ("typed", "dropdown", "key", "highlight")[(index // 2) % 4]
    if overall_style == "key" and area_style != "key":
        sheet.put(1, key_text, italic=True, box=False)
        sheet.row += 1
    sheet.label(1, rng.choice(("Overall grade", "Overall judgement", "Grade")))
    if overall_style == "typed":
        sheet.put(2, common.informal_grade(rng, sample.grade, note_chance=0.3), bold=True)
    elif overall_style == "dropdown":
        choices = tuple(GRADE_WORDS.values())
        sheet.dropdown(sheet.put(2, GRADE_WORDS[sample.grade]), choices)
    elif overall_style == "key":
        sheet.put(2, KEY_NUMBERS[sample.grade], bold=True)
    else:
        strike_others = rng.random() < 0.5
        for column, (grade, word) in enumerate(common.GRADE_COLUMNS[0], start=2):
            chosen = grade == sample.grade
            sheet.put(column, word, bold=chosen, fill=HIGHLIGHT if chosen else None,
                      strike=strike_others and not chosen)
    sheet.row += 1

    # --- Head of Service oversight ------------------------------------------------------------------
    moderation = sample.moderation
    if moderation is not None:
        ink = rng.choice(common.MODERATION_INKS)
        sheet.heading(rng.choice(("Head of Service oversight", "Head of Service comments")), brand)
        sheet.label(1, "Reviewed by")
        sheet.put(2, moderation.moderator, colour=ink)
        sheet.row += 1
        sheet.label(1, "Date reviewed")
        sheet.date(2, moderation.date, colour=ink)
        sheet.row += 1
        sheet.label(1, "Comments")
        sheet.put(2, "\n".join(moderation.comments), colour=ink)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=4)
        sheet.row += 1
    elif index % 3 == 0:
        sheet.heading("Head of Service oversight", brand)
        for text in ("Reviewed by", "Date reviewed", "Comments"):
            sheet.label(1, text)
            sheet.put(2, None)
            sheet.row += 1

    # --- sign-off -------------------------------------------------------------------------------------
    sheet.row += 1
    sheet.label(1, "Completed by")
    sheet.put(2, sample.auditor)
    sheet.row += 1

    data = sheet.save(sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "xlsx", others=tuple(others), also=tuple(also))


def _zip_longest(first: tuple[str, ...], second: tuple[str, ...]):
    for position in range(max(len(first), len(second))):
        yield (first[position] if position < len(first) else None,
               second[position] if position < len(second) else None)
