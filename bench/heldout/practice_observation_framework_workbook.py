"""Practice observation kept as an Excel workbook: a manager observes a
practitioner's direct work (a home visit, a conference or review, a core
group, a direct work session, a group session at the family hub), grades
the areas of practice seen and gives an overall grade.

Source: London Borough of Waltham Forest, Children's Services procedures
manual, chapter 7.2 "Practice Observation Framework" (added November 2019,
updated May 2023), https://walthamforestchildcare.proceduresonline.com/
chapters/p_practice_observ_frmwk.html. What the page shows and this family
takes from it: formal observations of front-line practitioners' core
duties (home visits, chairing and presenting at meetings, partnership
working), a consistent recorded approach for all practitioners, and a
template titled "Practice Observation - Child and Family Practitioners".

The page shows no form, so the layout is our judgement: one "Observation"
sheet with the council's name line in a brand colour; a details block
(observer, practitioner, team, service, date, activity observed, who was
present, and on most files the child's name, date of birth and case
reference); graded areas of practice (our own area names) with evidence;
the overall grade; what went well and what could be even better; the
actions agreed; whether a reflective discussion was held; the Head of
Service's moderation; sometimes a second sheet of grade descriptors or a
hidden list sheet behind drop-downs.

What varies (our judgement of what managers vary on one council
workbook): the details block as label | value rows, a two-pair grid,
labels over one row of values, or "Label: value" lines; dates as real
Excel dates in several formats or typed in several spellings; plain or
prefixed case references, as numbers or text; grades typed as people type
them, picked from a drop-down, marked under four grade columns, a number
on a printed 1-4 key, or the four grades printed with the chosen one
shaded or the others struck through; a few files grade the overall
observation only; strengths and development points as numbered rows, one
bulleted cell, or two side-by-side columns; actions as a table, numbered
lines or a sentence that there are none; the reflective discussion typed,
ticked or picked; moderation typed in the moderator's colour (with or
without a moderated grade), a "not moderated" note, an empty box or no
box; group sessions name the parents attending and no child.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, OBSERVATION, sample_forms
from bot.samples.forms import Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.phrases import GROUP_SETTING

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
    siblings,
)

FAMILY = "practice_observation_framework_workbook"
SEED = 10106
COUNT = 16

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
DROPDOWN_SPELLINGS = (
    dict(zip(GRADES, ("Outstanding", "Good", "Requires Improvement", "Inadequate"))),
    dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement to be good", "Inadequate"))),
)

TITLES = ("Practice Observation - Child and Family Practitioners", "Practice Observation Record",
          "Practice Observation – Child and Family Practitioner")
# Our own names for the areas an observer grades.
AREAS = (
    "Preparation and purpose of the activity",
    "Communication with the child and family",
    "Keeping the child at the centre",
    "Professional curiosity and analysis",
    "Working with partners",
    "Values, respect and diversity",
    "Clarity of next steps",
)
MEETING_AREA = "Chairing / contributing to the meeting"
MEETINGS = ("Child protection conference", "Core group meeting", "Child in care review")
EVIDENCE = {
    OUTSTANDING: ("Exceptional: {child}'s wishes shaped the whole session.",
                  "Confident, warm and skilled throughout; the family were fully involved."),
    GOOD: ("Clear and purposeful; {child}'s views were sought and recorded.",
           "Respectful approach and the family understood why the practitioner was there."),
    REQUIRES_IMPROVEMENT: ("Some good moments but the purpose drifted in the middle of the session.",
                           "{child}'s views were asked for but not followed up."),
    INADEQUATE: ("The worries were not named and the family were unclear what happens next.",
                 "{child} was not spoken to and the session was adult-focused."),
}
GROUP_EVIDENCE = "The practitioner kept the group focused and every parent had the chance to contribute."

EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy", "dd-mmm-yy")
CASE_LABELS = ("Mosaic ID", "Child's LCS number", "Case reference", "Child ID")
OBSERVER_LABELS = ("Observer", "Observed by", "Observing manager")
PRACTITIONER_LABELS = ("Practitioner observed", "Worker observed", "Name of practitioner")
SERVICE_LABELS = ("Service", "Service area")
SETTING_LABELS = ("Activity observed", "Type of practice observed", "Setting / activity")
DATE_LABELS = ("Date of observation", "Observation date", "Date observed")
NO_ACTIONS = ("No actions arising from this observation.", "No further actions identified.",
              "None – learning to be picked up in routine supervision.")
NOT_MODERATED = ("Not selected for moderation this month.", "Not moderated", "")
PROFESSIONALS = ("school DSL", "IRO", "health visitor", "family support worker", "school nurse")

GRADE_STYLES = ("typed", "dropdown", "columns", "key", "shaded", "struck")
DETAIL_STYLES = ("rows", "grid", "over", "colon")
LIST_STYLES = ("rows", "cell", "columns")


def build(today: date) -> list[HeldOutForm]:
    drawn = [form for form in sample_forms(200, seed=SEED, today=today) if form.kind == OBSERVATION]
    return [_file(index, sample, today) for index, sample in enumerate(drawn[:COUNT])]


def _nearby(rng: random.Random, grade: str) -> str:
    index = GRADES.index(grade) + rng.choice((-1, 0, 0, 1))
    return GRADES[min(max(index, 0), 3)]


def _evidence(rng: random.Random, grade: str, first: str | None, group: bool) -> str:
    if group and rng.random() < 0.5:
        return GROUP_EVIDENCE
    text = rng.choice(EVIDENCE[grade])
    if first:
        return text.replace("{child}", first)
    if text.startswith("{child}'s"):
        return text.replace("{child}'s", "Each child's")
    return text.replace("{child}'s", "each child's").replace("{child}", "The child")


def _file(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    group = sample.setting == GROUP_SETTING
    first = sample.child.first_name if sample.child else None
    # Areas of practice graded near the overall grade (a few files grade the whole observation only).
    if index % 7 != 3:
        names = list(rng.sample(AREAS, rng.randint(4, 6)))
        if sample.setting in MEETINGS:
            names[-1] = MEETING_AREA
        grades = [_nearby(rng, sample.grade) for _ in names]
        if sample.grade not in grades:
            grades[rng.randrange(len(grades))] = sample.grade
        sections = tuple(Section(name, grade, _evidence(rng, grade, first, group)) for name, grade in zip(names, grades))
        sample = replace(sample, sections=sections)
    if sample.case_id and rng.random() < 0.4:
        sample = replace(sample, case_id=case_reference(rng, sample.case_id))
    moderation = sample.moderation
    if moderation is not None:
        outcome = index % 3
        if outcome == 0:
            moderation = replace(moderation, grade=sample.grade)
        elif outcome == 1:
            lower = GRADES[min(GRADES.index(sample.grade) + 1, 3)]
            higher = GRADES[max(GRADES.index(sample.grade) - 1, 0)]
            moved = lower if sample.grade != INADEQUATE else higher
            moderation = Moderation(
                moderation.moderator, moderation.date,
                ("Read. I have moderated the grade: the evidence recorded supports "
                 f"{PRINTED[moved].lower()} rather than {PRINTED[sample.grade].lower()}.",),
                grade=moved)
        sample = replace(sample, moderation=moderation)
    return _workbook(index, sample, rng, today)


class _Sheet:
    def __init__(self, sheet, rng: random.Random, brand: str):
        self.sheet = sheet
        self.rng = rng
        self.brand = brand
        self.row = 1
        self.fill = rng.choice(("D9E1F2", "E2EFDA", "F2F2F2", None))
        self.thin = Side(style="thin", color="999999")

    def put(self, column: int, value, *, bold=False, colour=None, italic=False, strike=False, fill=None,
            size=None, fmt=None):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold, color=colour, italic=italic, strike=strike, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = Border(left=self.thin, right=self.thin, top=self.thin, bottom=self.thin)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if fmt:
            cell.number_format = fmt
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.fill)

    def heading(self, text: str):
        self.row += 1
        cell = self.sheet.cell(row=self.row, column=1, value=text)
        cell.font = Font(bold=True, size=12, color=self.brand)
        self.row += 1


def _workbook(index: int, sample, rng: random.Random, today: date) -> HeldOutForm:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Observation", "Practice observation", "Obs record"))
    brand = rng.choice(BRAND_COLOURS)
    out = _Sheet(sheet, rng, brand)
    for column, width in zip("ABCDEFG", (34, 30, 26, 26, 26, 26, 40)):
        sheet.column_dimensions[column].width = width

    write_date = date_writer(rng)
    dates_as_text = rng.random() < 0.45
    date_format = rng.choice(EXCEL_DATE_FORMATS)
    also: list[str] = []

    def when(day: date):
        return (write_date(day), None) if dates_as_text else (day, date_format)

    def put_date(column: int, day: date, **look):
        value, fmt = when(day)
        return out.put(column, value, fmt=fmt, **look)

    grade_style = GRADE_STYLES[(index * 5) % 6]
    detail_style = DETAIL_STYLES[index % 4]
    list_style = LIST_STYLES[(index + index // 4) % 3]
    spelling = rng.choice(DROPDOWN_SPELLINGS)
    validations: dict[tuple[str, ...], DataValidation] = {}
    hidden_lists = rng.random() < 0.5

    def dropdown(cell, choices: tuple[str, ...]):
        validation = validations.get(choices)
        if validation is None:
            formula = '"' + ",".join(choices) + '"'
            if hidden_lists:
                if "Lists" not in workbook.sheetnames:
                    workbook.create_sheet("Lists").sheet_state = "hidden"
                lists = workbook["Lists"]
                column = len(validations) + 1
                for row, choice in enumerate(choices, start=1):
                    lists.cell(row=row, column=column, value=choice)
                letter = lists.cell(row=1, column=column).column_letter
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            sheet.add_data_validation(validation)
            validations[choices] = validation
        validation.add(cell.coordinate)

    # --- title -----------------------------------------------------------------
    out.put(1, council_line(rng), bold=True, colour=brand, size=13).border = Border()
    out.row += 1
    out.put(1, rng.choice(TITLES), bold=True, size=14).border = Border()
    out.row += 1
    out.put(1, "Practice Observation Framework: to be completed by the observer within five working days "
            "and shared with the practitioner.", italic=True).border = Border()
    out.row += 1

    # --- details ---------------------------------------------------------------
    others: list[str] = []
    present: list[str] = []
    child = sample.child
    show_child = child is not None and index % 6 != 5
    if child is None:
        names = attendees(rng, ("Hughes", "Begum", "Novak", "Osei", "Kelly", "Shah"), rng.randint(3, 5))
        others += names
        present = [*names, "family hub worker"]
    else:
        present = [child.first_name, *child.parents]
        if sample.setting in ("Home visit", "Family time session") and rng.random() < 0.6:
            brother = siblings(rng, child, 1, today)[0][0]
            others.append(brother)
            present.append(brother)
        if sample.setting != "Home visit":
            present.append(rng.choice(PROFESSIONALS))
    case_value = None
    if sample.case_id:
        case_value = int(sample.case_id) if sample.case_id.isdigit() and rng.random() < 0.5 else sample.case_id

    fields: list[tuple[str, object, str | None]] = [
        (rng.choice(OBSERVER_LABELS), sample.auditor, None),
        (rng.choice(PRACTITIONER_LABELS), sample.practitioner, None),
        ("Team", sample.team, None),
        (rng.choice(SERVICE_LABELS), sample.service, None),
        (rng.choice(DATE_LABELS), *when(sample.date)),
        (rng.choice(SETTING_LABELS), sample.setting, None),
    ]
    if case_value is not None:
        fields.insert(0, (rng.choice(CASE_LABELS), case_value, None))
    if show_child:
        fields.insert(1, (rng.choice(("Child's name", "Name of child", "Child / young person")),
                          child.full_name, None))
        born, born_format = when(child.date_of_birth)
        if isinstance(born, str):
            also.append(born)
        fields.insert(2, (rng.choice(("Date of birth", "DOB")), born, born_format))
        if sample.setting == "Home visit":
            fields.append(("Address of visit", ", ".join((*child.address_lines, child.postcode)), None))
    if show_child or child is None:
        fields.append(("Who was present", ", ".join(present), None))

    out.heading(rng.choice(("Observation details", "Section 1 – Details", "Details")))
    if detail_style == "rows":
        for text, value, fmt in fields:
            out.label(1, text)
            out.put(2, value, fmt=fmt)
            out.row += 1
    elif detail_style == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, value, fmt) in enumerate(fields[start:start + 2]):
                out.label(1 + offset * 2, text)
                out.put(2 + offset * 2, value, fmt=fmt)
            out.row += 1
    elif detail_style == "over":
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            for column, (text, _, _) in enumerate(chunk, start=1):
                out.label(column, text)
            out.row += 1
            for column, (_, value, fmt) in enumerate(chunk, start=1):
                out.put(column, value, fmt=fmt)
            out.row += 1
    else:
        for text, value, _fmt in fields:
            if isinstance(value, date):
                value = write_date(value)
                if text in ("Date of birth", "DOB"):
                    also.append(value)
            out.put(1, f"{text}: {value}").border = Border()
            out.row += 1

    # --- grades ----------------------------------------------------------------
    key = rng.random() < 0.5  # 1 = Outstanding ... or 1 = Inadequate ...
    numbers = dict(zip(GRADES, (1, 2, 3, 4) if key else (4, 3, 2, 1)))

    def grade_row(name: str, grade: str, evidence: str | None, *, overall: bool = False):
        """One graded row in the file's grade style; returns nothing."""
        out.label(1, name) if overall else out.put(1, name, bold=False)
        if grade_style == "typed":
            out.put(2, informal_grade(rng, grade, note_chance=0.0), bold=overall)
            if evidence:
                out.put(3, evidence)
        elif grade_style == "dropdown":
            dropdown(out.put(2, spelling[grade], bold=overall), tuple(spelling[g] for g in GRADES))
            if evidence:
                out.put(3, evidence)
        elif grade_style == "key":
            out.put(2, numbers[grade], bold=overall)
            if evidence:
                out.put(3, evidence)
        else:
            for column, option in enumerate(GRADES, start=2):
                chosen = option == grade
                if grade_style == "columns":
                    out.put(column, marker if chosen else None, bold=True)
                elif grade_style == "shaded":
                    out.put(column, PRINTED[option], bold=chosen, fill=shade if chosen else None)
                else:
                    out.put(column, PRINTED[option], strike=not chosen)
            if evidence:
                out.put(6, evidence)
        out.row += 1

    marker = rng.choice(("X", "x", "\u2713", "\u25cf"))
    shade = rng.choice(("FFFF00", "92D050", "A6A6A6", "F4B084"))
    four = grade_style in ("columns", "shaded", "struck")

    if grade_style == "key":
        out.heading("Grading key")
        for grade in sorted(GRADES, key=numbers.get):
            out.put(1, f"{numbers[grade]} = {PRINTED[grade]}").border = Border()
            out.row += 1

    if sample.sections:
        out.heading(rng.choice(("Section 2 – Areas of practice observed", "Quality of practice observed",
                                "Areas of practice")))
        out.label(1, "Area of practice")
        if four:
            for column, option in enumerate(GRADES, start=2):
                heading = "Grade (delete as appropriate)" if grade_style == "struck" else "Grade"
                out.label(column, PRINTED[option] if grade_style == "columns" else heading if column == 2 else None)
            out.label(6, "Evidence")
        else:
            out.label(2, "Grade (1-4)" if grade_style == "key" else "Grade")
            out.label(3, "Evidence / rationale")
        out.row += 1
        for section in sample.sections:
            grade_row(section.name, section.grade, section.comment)
    else:
        out.heading("Summary of the activity observed")
        out.put(1, rng.choice((
            "Observed the practitioner from start to finish; see strengths and points for development below.",
            "The activity met the aims agreed in the preparation conversation.")))
        out.row += 1

    out.heading(rng.choice(("Overall grade", "Overall judgement of the observed practice",
                            "Overall grade for this observation")))
    if grade_style == "columns":
        out.put(1, None)
        for column, option in enumerate(GRADES, start=2):
            out.label(column, PRINTED[option])
        out.row += 1
    grade_row(rng.choice(("Overall grade", "Overall")), sample.grade, None, overall=True)

    # --- strengths and development ----------------------------------------------
    good_label = rng.choice(("What went well", "Strengths observed", "Strengths"))
    better_label = rng.choice(("Even better if", "Areas for development", "Points for development"))
    strengths = list(sample.strengths)
    develop = list(sample.development_areas)
    if child is None and others:
        strengths[-1] = strengths[-1].rstrip(".") + ". " + mention(rng, ATTENDEE_SENTENCES[1:], others[0])
    if list_style == "columns":
        out.heading("Feedback")
        out.label(1, good_label)
        out.label(3, better_label)
        out.row += 1
        for left, right in zip(strengths + [None] * len(develop), develop + [None] * len(strengths)):
            if left is None and right is None:
                break
            if left is not None:
                out.put(1, left)
            if right is not None:
                out.put(3, right)
            out.row += 1
    else:
        for title, items in ((good_label, strengths), (better_label, develop)):
            out.heading(title)
            if list_style == "rows":
                for number, item in enumerate(items, start=1):
                    out.put(1, number)
                    out.put(2, item)
                    out.row += 1
            else:
                out.put(1, "\n".join(f"\u2022 {item}" for item in items))
                out.row += 1

    # --- actions -------------------------------------------------------------------
    out.heading(rng.choice(("Actions agreed", "Learning and development actions", "Actions")))
    if not sample.actions:
        out.put(1, rng.choice(NO_ACTIONS))
        out.row += 1
    elif rng.random() < 0.6:
        for column, text in enumerate(rng.choice((("Action", "By whom", "By when"),
                                                  ("Action", "Responsible", "Target date"))), start=1):
            out.label(column, text)
        out.row += 1
        for action in sample.actions:
            out.put(1, action.action)
            out.put(2, action.owner)
            put_date(3, action.due)
            out.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            out.put(1, f"{number}. {action.action} – {action.owner} – by {write_date(action.due)}")
            out.row += 1

    # --- questions -------------------------------------------------------------------
    out.heading("Reflection and safeguarding")
    asks = (("Was a reflective discussion held with the practitioner after the observation?",
             sample.reflective_discussion),
            ("Any safeguarding concerns needing immediate action?", sample.urgent_concern))
    yes_no_style = rng.choice(("typed", "ticked", "dropdown"))
    for question, answer in asks:
        out.label(1, question)
        if yes_no_style == "typed":
            out.put(2, rng.choice(("Yes", "Y", "yes")) if answer else rng.choice(("No", "N", "no")))
        elif yes_no_style == "ticked":
            ticked, empty = "\u2612", "\u2610"
            out.put(2, f"{ticked if answer else empty} Yes   {empty if answer else ticked} No")
        else:
            dropdown(out.put(2, "Yes" if answer else "No"), ("Yes", "No"))
        out.row += 1

    # --- moderation ---------------------------------------------------------------------
    moderation = sample.moderation
    ink = rng.choice(MODERATION_INKS)
    box = moderation is not None or index % 4 != 2
    if box:
        out.heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)",
                                "Quality assurance / moderation")))
        rows = ("Moderated by", "Date", "Moderated grade", "Comments")
        values: dict[str, object] = {}
        if moderation is not None:
            values = {"Moderated by": moderation.moderator, "Date": moderation.date,
                      "Comments": "\n".join(moderation.comments)}
            if moderation.grade:
                values["Moderated grade"] = (informal_grade(rng, moderation.grade) if grade_style != "dropdown"
                                             else spelling[moderation.grade])
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                values["Comments"] = note
        for text in rows:
            if text == "Moderated grade" and moderation is not None and not moderation.grade:
                continue
            out.label(1, text)
            value = values.get(text)
            if isinstance(value, date):
                put_date(2, value, colour=ink)
            elif value is not None:
                out.put(2, value, colour=ink if moderation else None, italic=moderation is None,
                        bold=text == "Moderated grade")
            else:
                out.put(2, None)
            out.row += 1

    # --- descriptors sheet ------------------------------------------------------------------
    if rng.random() < 0.4:
        guide = workbook.create_sheet("Grade descriptors")
        guide.column_dimensions["A"].width = 24
        guide.column_dimensions["B"].width = 90
        guide.cell(row=1, column=1, value="Grade descriptors").font = Font(bold=True, color=brand)
        descriptors = ("Practice is exceptional and could be shared as an example for others.",
                       "Practice is consistently child-focused, purposeful and respectful.",
                       "Practice is safe but not yet consistently good.",
                       "Practice leaves the child at risk or is not child-focused.")
        for row, (grade, text) in enumerate(zip(GRADES, descriptors), start=3):
            guide.cell(row=row, column=1, value=PRINTED[grade]).font = Font(bold=True)
            guide.cell(row=row, column=2, value=text)

    written = datetime.combine(moderation.date if moderation else sample.date, time(14, 40))
    workbook.properties.creator = COUNCIL
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.title = "Practice Observation"
    workbook.properties.created = written - timedelta(days=500)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(others), also=tuple(also))
