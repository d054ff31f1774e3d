"""Head of Service moderation workbook: the spreadsheet a Head of Service
(or service manager) keeps for a month's moderation of the case audits
their team managers completed, and emails to the Quality Assurance team.
Who moderated, the month and when it was signed off; the cases moderated
(the case reference, the team or worker, the auditor, the auditor's
judgement, whether the moderator agreed, the judgement after moderation);
the themes across the sample (what is working well, what needs to
improve); the actions for the service, by who and by when; whether any
child needed action straight away; the sign-off.

Every North West council already models a family, so this one is modelled
on the region's safeguarding partnership material instead: the Liverpool
Safeguarding Children Partnership's published pages on its Scrutiny,
Audit and Review Group (a subgroup that leads and co-ordinates audit,
scrutiny and review so the partnership board can judge how effective
services are; that draws themes, issues and learning out of audit and
reports them to the board and its learning group) and its "Learning
through Audit" page (each audit's key findings listed, and each audit
followed by a detailed action plan the audit subgroup monitors until the
actions are done). Neither shows a moderation form, so the layout is our
own judgement of how a Head of Service's monthly moderation return would
look as a workbook a council's staff built: a merged title band, the
details as label / value pairs or as a grid across the top, the cases as
a table (agreement a Yes / No or Agree / Disagree drop-down, ticks and
crosses, or a moderated-grade column left "as auditor"), or as one line
per case; grades in words, as the drop-down's words or as numbers on a
printed key; the moderator's entries typed in a colour or shaded; the
themes as two lists ("what is working well" / "what needs to improve");
the actions as a table or a "no actions" line; the urgent question
answered; one sheet or several.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL
from bot.samples.forms import CASE_FILE_AUDIT, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    date_writer,
    held_out,
    informal_grade,
    recount,
)

FAMILY = "hos_moderation_workbook"
SEED = 9831
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

TITLES = ("Head of Service Monthly Moderation", "HoS Moderation Return", "Audit Moderation – Head of Service Summary",
          "Monthly Moderation of Case Audits")
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"},
)
# A printed key: the numbers a Head of Service types in the grade columns.
KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
AGREEMENTS = (("Yes", "No"), ("Agree", "Disagree"), ("Y", "N"), ("\u2713", "\u2717"))
WORKING_WELL = ("What is working well", "Strengths seen across the sample", "Themes – good practice")
IMPROVE = ("What needs to improve", "Themes – areas for development", "Worries / learning across the sample")
NO_ACTIONS = ("No further actions this month – learning to be shared at the service meeting.",
              "No actions arising; themes already covered by the service improvement plan.")
URGENT_QUESTIONS = ("Any child needing immediate action identified during moderation?",
                    "Were any safeguarding concerns escalated (child at risk now)?",
                    "Urgent concerns for a child identified?")
URGENT_DETAIL = ("Yes – {ref}: no visit for six weeks; TM asked to allocate a visit today and escalated to me.",
                 "Yes – {ref}: new information about a risky adult in the home not acted on; strategy discussion "
                 "requested the same day.",
                 "Yes. {ref} – plan not reviewed after an injury was reported; raised with the team manager at once.")
COMMENTS_AGREE = ("Agree – evidence supports the grade.", "Fair grading, well evidenced.", "Agreed; good analysis.",
                  "Agree. Chronology still needs updating.", "Agreed – recording of visits is strong.")
# Why the moderator regraded: lower (index 0) or higher (index 1) than the auditor.
COMMENTS_CHANGE = (("Grade not supported by the evidence on file.", "Plan not SMART – cannot be graded higher.",
                    "Management oversight missing for two months."),
                   ("Auditor too harsh; child's lived experience well evidenced.",
                    "Impact for the child is clear – regraded.", "Strong direct work not credited by the auditor."))
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(240, seed=SEED + 1, today=today, feedback_question=True)
            if audit.kind == CASE_FILE_AUDIT]
    profiles = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    profiles += ["plain"] * (count - len(profiles))
    rng.shuffle(profiles)
    forms = []
    for index, (sample, profile) in enumerate(zip(overviews, profiles)):
        size = rng.randint(3, 8)
        audits = rng.sample(pool, size)
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, sample, profile, audits))
    return forms


def _other_grade(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


class _Sheet:
    """A worksheet written top to bottom."""

    def __init__(self, sheet, brand: str, font: str, width: int):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.width = width
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False, size=None,
             number_format=None, border=True, strike=False):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            for column in range(first + 1, last + 1):
                self.sheet.cell(row=row, column=column).border = BOX

    def title(self, text: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=False)
        self.merge(self.row, 1, self.width)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 1

    def band(self, text: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, text: str, *, italic=False, bold=False, colour=None, fill=None) -> int:
        self.cell(self.row, 1, text, italic=italic, bold=bold, border=fill is not None, colour=colour, fill=fill)
        self.merge(self.row, 1, self.width)
        self.sheet.row_dimensions[self.row].height = 15 * max(1, len(text) // 100 + 1)
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, *, number_format=None, colour=None, fill=None) -> int:
        self.cell(self.row, 1, label, bold=True, fill="F2F2F2")
        self.merge(self.row, 1, 2)
        self.cell(self.row, 3, value, number_format=number_format, colour=colour, fill=fill)
        self.merge(self.row, 3, self.width)
        self.row += 1
        return self.row - 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, sample, profile: str, audits) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    shade_moderator = rng.random() < 0.3  # the moderator's cells shaded rather than typed in colour
    mod_colour = None if shade_moderator else ink
    mod_fill = "E2EFDA" if shade_moderator else None
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    grade_style = rng.choice(("words", "dropdown", "dropdown", "key"))
    words = rng.choice(DROPDOWN_WORDS)
    key = rng.choice(KEYS)
    case_style = rng.choice(("agree column", "agree column", "as auditor", "lines"))
    agreement = rng.choice(AGREEMENTS)
    details_style = rng.choice(("pairs", "grid", "pairs"))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    prefixed = rng.random() < 0.6
    title = rng.choice(TITLES)

    # The cases moderated and the grades after moderation, as the profile asks.
    changed_at = set()
    if profile == "changed":
        changed_at = set(rng.sample(range(len(audits)), rng.randint(1, min(2, len(audits)))))
    elif profile in ("plain", "urgent"):
        changed_at = {i for i in range(len(audits)) if rng.random() < 0.2}
    cases = []
    for position, audit in enumerate(audits):
        reference = case_reference(rng, audit.case_id) if prefixed else audit.case_id
        moderated = _other_grade(rng, audit.grade) if position in changed_at else audit.grade
        if moderated != audit.grade:
            comment = rng.choice(COMMENTS_CHANGE[ORDER.index(moderated) < ORDER.index(audit.grade)])
        elif profile == "comments" or rng.random() < 0.5:
            comment = rng.choice(COMMENTS_AGREE)
        else:
            comment = ""
        who = rng.choice((audit.team, audit.practitioner, f"{audit.team} ({audit.practitioner})"))
        cases.append({"ref": reference, "who": who, "auditor": audit.auditor, "grade": audit.grade,
                      "moderated": moderated, "comment": comment})
    total = len(cases)

    # The sample as this workbook carries it.
    own = tuple(replace(field, written=str(total), expected=str(total)) if field.key == "audits_moderated" else field
                for field in sample.own)
    own += (ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}),)
    changes: dict = {"own": own, "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True}
    if rng.random() < 0.25:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(SampleAction(action.action, rng.choice((action.owner, "All TMs", "HoS")),
                                                action.due) for action in sample.actions)
    urgent_detail = None
    if profile == "urgent":
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        urgent_detail = rng.choice(URGENT_DETAIL).format(ref=worst["ref"])
        changes.update(urgent_concern=True, urgent_concern_detail=urgent_detail)
    sample = replace(sample, **changes)
    period = next(field.written for field in sample.own if field.key == "period")

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def grade_text(grade: str, *, free: bool = False):
        if grade_style == "key":
            return key[grade]
        if grade_style == "dropdown" and not free:
            return words[grade]
        return informal_grade(rng, grade)

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    width = 8
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, cell: str, choices: tuple[str, ...]) -> None:
        token = (ws.title, *choices)
        if token not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[token] = validation
        validations[token].add(cell)

    first = workbook.active
    first.title = rng.choice(("Moderation", "HoS summary", "Summary")) if layout == "one sheet" else \
        rng.choice(("Cover", "1. Details", "Front sheet"))
    sheets = {"details": first}
    if layout == "sheets":
        sheets["cases"] = workbook.create_sheet(rng.choice(("2. Cases moderated", "Cases", "Sample")))
        sheets["themes"] = workbook.create_sheet(rng.choice(("3. Themes & actions", "Findings", "Learning")))
    else:
        sheets["cases"] = sheets["themes"] = first
    writers = {}
    for ws in sheets.values():
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, brand, font, width)
            for letter, size in zip("ABCDEFGH", (16, 22, 18, 16, 14, 14, 16, 36)):
                ws.column_dimensions[letter].width = size
    sheet = writers[first.title]

    # Title and details.
    sheet.title(f"{COUNCIL} – {title}")
    sheet.line(rng.choice(("Children's Social Care – Quality Assurance", "Children and Families – Practice Quality",
                           "Return to the QA inbox by the 15th of the month")), italic=True)
    sheet.skip()
    moderator_label = rng.choice(("Head of Service", "Moderated by", "Name of HoS / Service Manager"))
    service_label = rng.choice(("Service area", "Service", "Service / locality"))
    period_label = rng.choice(("Month moderated", "Audit month", "Period covered"))
    count_label = rng.choice(("No. of audits moderated", "Audits moderated", "Number moderated"))
    date_label = rng.choice(("Date completed", "Date of moderation", "Date signed off"))
    written, number_format = day(sample.date)
    if details_style == "pairs":
        sheet.pair(moderator_label, sample.auditor)
        sheet.pair(service_label, sample.service)
        sheet.pair(period_label, period)
        sheet.pair(count_label, total)
        sheet.pair(date_label, written, number_format=number_format)
    else:
        row = sheet.row
        for offset, (label_text, value, fmt) in enumerate(((moderator_label, sample.auditor, None),
                                                           (service_label, sample.service, None),
                                                           (period_label, period, None),
                                                           (count_label, total, None),
                                                           (date_label, written, number_format),
                                                           ("Return to", "QA Team", None))):
            r, c = row + offset // 2, 1 + 4 * (offset % 2)
            sheet.cell(r, c, label_text, bold=True, fill="F2F2F2")
            sheet.merge(r, c, c + 1)
            sheet.cell(r, c + 2, value, number_format=fmt)
            sheet.merge(r, c + 2, c + 3)
        sheet.row = row + 3
    sheet.skip()

    # The cases.
    cases_sheet = writers[sheets["cases"].title]
    cases_sheet.band(rng.choice(("Cases moderated", "Audits moderated this month", "Moderation of audits")))
    if grade_style == "key":
        cases_sheet.line("Key: " + ", ".join(f"{key[grade]} = {words[grade]}" for grade in
                                             sorted(ORDER, key=lambda g: key[g])), italic=True)
    if case_style == "lines":
        for number, case in enumerate(cases, start=1):
            agreed = case["moderated"] == case["grade"]
            text = (f"{number}. {case['ref']} – {case['who']}. Audited by {case['auditor']}: "
                    f"{grade_text(case['grade'], free=True)}. ")
            if agreed:
                text += rng.choice(("HoS agrees.", "Agreed.", "Moderation: agree with grade."))
            else:
                text += f"Moderated to {grade_text(case['moderated'], free=True)}."
            if case["comment"]:
                text += f" {case['comment']}"
            cases_sheet.line(text, colour=mod_colour, fill=mod_fill)
    else:
        headers = ["Case ref", rng.choice(("Team / SW", "Team or worker", "Allocated team")), "Auditor",
                   rng.choice(("Auditor grade", "Auditor's judgement", "Grade given"))]
        if case_style == "agree column":
            headers += [rng.choice(("Agree?", "HoS agrees with grade?", "Agree Y/N")),
                        rng.choice(("Moderated grade", "Grade after moderation", "Final grade"))]
        else:
            headers += ["", rng.choice(("Moderated grade", "HoS grade"))]
        headers += [rng.choice(("HoS comments", "Moderation comments", "Rationale")), ""]
        row = cases_sheet.row
        for column, text in enumerate(headers, start=1):
            cases_sheet.cell(row, column, text or None, bold=True, fill="DEEAF6")
        cases_sheet.merge(row, 7, 8)
        if case_style == "as auditor":
            cases_sheet.merge(row, 4, 5)
        for offset, case in enumerate(cases, start=1):
            r = row + offset
            agreed = case["moderated"] == case["grade"]
            cases_sheet.cell(r, 1, case["ref"])
            cases_sheet.cell(r, 2, case["who"])
            cases_sheet.cell(r, 3, case["auditor"])
            cases_sheet.cell(r, 4, grade_text(case["grade"]))
            if case_style == "agree column":
                cases_sheet.cell(r, 5, agreement[0] if agreed else agreement[1], colour=mod_colour, fill=mod_fill)
                if agreement[0] in ("Yes", "Agree", "Y"):
                    dropdown(sheets["cases"], f"E{r}", agreement)
                cases_sheet.cell(r, 6, grade_text(case["moderated"]), colour=mod_colour, fill=mod_fill, bold=True)
            else:
                cases_sheet.merge(r, 4, 5)
                moderated = rng.choice(("as auditor", "Agreed", "Same")) if agreed else grade_text(case["moderated"])
                cases_sheet.cell(r, 6, moderated, colour=mod_colour, fill=mod_fill, bold=not agreed)
            if grade_style == "dropdown":
                choices = tuple(words[grade] for grade in ORDER)
                dropdown(sheets["cases"], f"D{r}", choices)
                if case_style == "agree column":
                    dropdown(sheets["cases"], f"F{r}", choices)
            cases_sheet.cell(r, 7, case["comment"] or None, colour=mod_colour, fill=mod_fill)
            cases_sheet.merge(r, 7, 8)
        cases_sheet.row = row + len(cases) + 1
    cases_sheet.skip()

    # Themes and actions.
    themes = writers[sheets["themes"].title]
    themes.band(rng.choice(("Themes across the sample", "Findings / themes", "What moderation tells us")))
    for heading, items in ((rng.choice(WORKING_WELL), sample.strengths),
                           (rng.choice(IMPROVE), sample.development_areas)):
        themes.line(heading, bold=True)
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for item in items:
            themes.line(f"{bullet}{item}", colour=mod_colour)
    themes.skip()
    themes.band(rng.choice(("Actions", "Service actions (who / by when)", "Action plan")))
    if sample.actions:
        row = themes.row
        for column, text in ((1, "Action"), (6, "Lead"), (7, "By when")):
            themes.cell(row, column, text, bold=True, fill="DEEAF6")
        themes.merge(row, 1, 5)
        themes.merge(row, 7, 8)
        for offset, action in enumerate(sample.actions, start=1):
            r = row + offset
            themes.cell(r, 1, action.action)
            themes.merge(r, 1, 5)
            themes.cell(r, 6, action.owner)
            due, fmt = day(action.due)
            themes.cell(r, 7, due, number_format=fmt)
            themes.merge(r, 7, 8)
        themes.row = row + len(sample.actions) + 1
    else:
        themes.line(rng.choice(NO_ACTIONS), italic=True)
    themes.skip()

    # The urgent question and the sign-off, on the front sheet.
    question = rng.choice(URGENT_QUESTIONS)
    answer = urgent_detail or rng.choice(("No", "No.", "None identified"))
    if rng.random() < 0.5:
        row = sheet.pair(question, answer, colour=mod_colour, fill=mod_fill)
        if answer == "No":
            dropdown(first, f"C{row}", ("Yes", "No"))
    else:
        sheet.line(question, bold=True)
        sheet.line(answer, colour=mod_colour, fill=mod_fill or "FFFFFF")
    sheet.skip()
    sheet.band(rng.choice(("Sign-off", "Head of Service sign off", "Confirmation")))
    sheet.pair("Signed", sample.auditor, colour=mod_colour)
    sheet.pair("Date", written, number_format=number_format)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")
