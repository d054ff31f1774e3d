"""Observation of practice kept as an Excel workbook, one observation to a
workbook: who observed whom, when, in which team and service, the setting
of the direct work (a home visit, a meeting, a group session at the family
hub), the case reference where there is one (a group session lists the
parents who came instead), five areas of practice each rated with the
observer's evidence, the overall rating, what went well and what would be
even better, whether anything seen needed immediate safeguarding action,
whether a reflective conversation with the practitioner followed, the
practitioner's development actions, and a Head of Service's moderation.

Modelled on West Berkshire Council's children and family services as the
council published them: the Director's "Children and Family Services
Improvement Blog" (2017: a "Getting to Good" plan after the 2015
inspection, with "children's voice" in the work, communication and
engagement with families, benefits realisation that weak practice had
been tackled and the changes embedded in "business as usual"; a DfE review
of progress; managers and social workers keeping their commitments to
families while inspectors focused on "the detail of practice") and the
council's report "West Berkshire's Children's Services are 'Good'"
(C3383, 2017: the Ofsted judgement of May 2017, an action plan on its
seven recommendations, and the ambition to go from good to excellent).
Neither shows an observation form, so the workbook is our judgement: the
rated areas follow the plan's themes (preparation and purpose, the
relationship with the family, the child's voice, analysis and challenge,
next steps and recording) on the four Ofsted words; one sheet or a
"Details" / "Observation" / "Sign-off" set (sometimes with a hidden
"Lists" sheet behind the drop-downs); details as label and value pairs,
two pairs to a row, or a strip of labels over their values; ratings from a
drop-down, typed as people type them, scored 1 to 4 on a key printed above
the areas, or marked under four coloured columns; dates typed in several
spellings or kept as Excel dates; the moderation in a colour of its own,
in a block under the summary or on its own sheet.
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

from bot.samples import COUNCIL, OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import GROUP_SETTING, URGENT_CONCERNS

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

FAMILY = "observation_rating_workbook"
SEED = 9820
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The five areas the workbook rates, with the prompt printed under each.
AREAS = (
    ("Preparation and purpose", "Was the visit / session planned, and was its purpose explained to the family?"),
    ("Relationship and communication", "Warmth, respect, plain language; were the family's strengths recognised?"),
    ("Voice and lived experience of the child", "Was the child seen, heard and understood (or observed if "
                                                "pre-verbal)?"),
    ("Analysis, risk and challenge", "Were worries named clearly and explored with curiosity and challenge?"),
    ("Next steps and recording", "Were next steps agreed and understood; is the record timely and accurate?"),
)
GROUP_AREAS = (
    ("Preparation and purpose", "Was the session planned and its purpose shared with the group?"),
    ("Relationship and communication", "Warmth, respect, plain language; were parents' strengths recognised?"),
    ("Engagement of parents in the group", "Did every parent take part; were quieter parents drawn in?"),
    ("Analysis, risk and challenge", "Were worries raised in the group noticed and followed up?"),
    ("Next steps and recording", "Were next steps agreed; is the session record timely and accurate?"),
)
AREA_COMMENTS = {
    OUTSTANDING: ("Exceptional – a model for the team.", "Highly skilled; the family clearly trust the worker.",
                  "Creative and confident practice throughout."),
    GOOD: ("Clear and well judged.", "Done well; the family understood what was happening.",
           "Consistent with our practice standards."),
    REQUIRES_IMPROVEMENT: ("Partly done; see development points.", "Some of this was rushed.",
                           "Not consistently evident during the session."),
    INADEQUATE: ("Not evident during the observation.", "Missed – discussed in feedback.",
                 "This needs urgent attention in supervision."),
}
TITLES = ("Observation of Practice – Rating Workbook", "Practice Observation Record",
          "OBSERVATION OF DIRECT PRACTICE", "Direct Practice Observation – Getting to Good")
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
COLUMN_HEADINGS = (("Outstanding", "Good", "Requires improvement", "Inadequate"), ("O", "G", "RI", "I"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF5050"}
SCORE_KEYS = (
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
NO_ACTIONS = ("No development actions – keep doing what you are doing!",
              "None agreed; the learning will be picked up in routine supervision.",
              "No actions arising from this observation.")
NOT_MODERATED = ("", "Not sampled for moderation.", "n/a")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
ROLE_WORDS = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
              "safeguarding_practice_manager": "Safeguarding Practice Manager", "practitioner": "Social Worker"}
SUMMARY_SENTENCES = (
    "Observed for about an hour; the family were aware of the observation and agreed to it beforehand.",
    "I sat in for the whole session and fed back to the practitioner straight afterwards.",
    "Observation agreed with the practitioner in supervision last month.",
)
# A second parent mentioned by first name in the context, in other words.
GROUP_MENTIONS = (
    "{name} arrived late but joined in with the second half of the session.",
    "{name} asked for the handout on bedtime routines to be sent by text.",
    "The practitioner checked in with {name} privately at the break.",
)


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def _near(rng: random.Random, grade: str) -> str:
    index = GRADES4.index(grade) + rng.choice((0, 0, 0, -1, 1))
    return GRADES4[min(3, max(0, index))]


def _areas(rng: random.Random, sample, group: bool) -> tuple[Section, ...]:
    areas = GROUP_AREAS if group else AREAS
    grades = [_near(rng, sample.grade) for _ in areas]
    grades[rng.randrange(len(grades))] = sample.grade  # the overall rating is seen in at least one area
    return tuple(Section(name, grade, rng.choice(AREA_COMMENTS[grade])) for (name, _), grade in zip(areas, grades))


def _other_grade(rng: random.Random, grade: str) -> str:
    index = GRADES4.index(grade)
    return GRADES4[index + 1] if index < 3 and (index == 0 or rng.random() < 0.5) else GRADES4[index - 1]


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(300, seed=SEED, today=today, feedback_question=True)
            if form.kind == OBSERVATION]
    group = [form for form in pool if form.setting == GROUP_SETTING][:2]
    case_work = [form for form in pool if form.setting != GROUP_SETTING]
    moderated = [form for form in case_work if form.moderation]
    plain = [form for form in case_work if not form.moderation]
    chosen: list[tuple[object, str]] = [(form, "plain") for form in group]
    chosen += [(form, "urgent") for form in plain[:2]]
    chosen += [(form, "remarks") for form in moderated[:2]]
    chosen += [(form, "changes") for form in moderated[2:5]]
    chosen += [(form, "confirms") for form in moderated[5:7]]
    chosen += [(form, "plain") for form in plain[2: 2 + count - len(chosen)]]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, role, today) for index, (sample, role) in enumerate(chosen[:count])]


def _prepare(rng: random.Random, sample, role: str, today: date):
    """The sample as this workbook carries it."""
    group = sample.setting == GROUP_SETTING
    changes: dict = {"sections": _areas(rng, sample, group)}
    if sample.case_id and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if role == "urgent":
        child = sample.child.first_name
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT_CONCERNS).format(child=child)
        if GRADES4.index(sample.grade) < 2:
            changes["grade"] = REQUIRES_IMPROVEMENT
    if role in ("remarks", "changes", "confirms"):
        moderator = head_of_service_over(_staff(sample.auditor))
        base = sample.moderation
        grade = None
        if role == "changes":
            grade = _other_grade(rng, changes.get("grade", sample.grade))
        elif role == "confirms":
            grade = changes.get("grade", sample.grade)
        comments = base.comments
        if role == "changes":
            comments = (rng.choice(("Having discussed the observation with the observer, I think the rating "
                                    "should be adjusted – see moderated rating.",
                                    "The evidence recorded supports a different overall rating.")),)
        changes["moderation"] = Moderation(moderator=moderator.name if moderator else base.moderator,
                                           date=base.date, comments=comments, grade=grade)
    if role == "urgent" and changes.get("grade") and changes["grade"] != sample.grade:
        sections = list(changes["sections"])
        if all(section.grade != changes["grade"] for section in sections):
            sections[3] = replace(sections[3], grade=changes["grade"],
                                  comment=rng.choice(AREA_COMMENTS[changes["grade"]]))
        changes["sections"] = tuple(sections)
    return replace(sample, **changes)


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             number_format=None, border=True, strike=False):
        target = self.ws.cell(row=row, column=column)
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
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last=8):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text, *, last=8, italic=False, bold=False, colour=None, border=True, height=None):
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=border)
        self.merge(self.row, 1, last)
        self.ws.row_dimensions[self.row].height = height or 15 * max(1, len(str(text)) // 95 + 1)
        self.row += 1


def _form(rng: random.Random, index: int, sample, role: str, today: date) -> HeldOutForm:
    sample = _prepare(rng, sample, role, today)
    group = sample.setting == GROUP_SETTING
    parents = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "dropdown", "typed", "score", "columns", "columns"))
    words = rng.choice(DROPDOWN_WORDS)
    headings = rng.choice(COLUMN_HEADINGS)
    score_key = rng.choice(SCORE_KEYS)
    column_mark = rng.choice(("X", "x", "\u2713", ""))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("pairs", "two-up", "strip"))
    hidden_lists = rng.random() < 0.5
    moderation_on_own_sheet = layout == "sheets" and rng.random() < 0.5
    title = rng.choice(TITLES)

    workbook = Workbook()
    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Observation", "Obs of Practice", "Form"))
        details_ws = areas_ws = summary_ws = first
    else:
        first.title = rng.choice(("Details", "1. Who and when"))
        areas_ws = workbook.create_sheet(rng.choice(("Observation", "2. Ratings", "Areas of practice")))
        summary_ws = workbook.create_sheet(rng.choice(("Sign-off", "3. Summary & actions", "Feedback")))
        details_ws = first
    lists_ws = None
    if hidden_lists:
        lists_ws = workbook.create_sheet("Lists")
        lists_ws.sheet_state = "hidden"
        for row, grade in enumerate(GRADES4, start=1):
            lists_ws.cell(row=row, column=1, value=words[grade])
        for row, answer in enumerate(("Yes", "No"), start=1):
            lists_ws.cell(row=row, column=2, value=answer)
    sheets: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, font, brand)
            for column, width in zip("ABCDEFGH", (24, 20, 16, 16, 14, 14, 14, 14)):
                ws.column_dimensions[column].width = width
        return sheets[ws.title]

    validations: dict[tuple[str, str], DataValidation] = {}

    def drop_down(ws, cell, kind: str) -> None:
        key = (ws.title, kind)
        if key not in validations:
            if lists_ws is not None:
                formula = "=Lists!$A$1:$A$4" if kind == "grade" else "=Lists!$B$1:$B$2"
            else:
                options = [words[grade] for grade in GRADES4] if kind == "grade" else ["Yes", "No"]
                formula = '"' + ",".join(options) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(cell)

    def day(value: date):
        return value if excel_dates else when(value)

    day_format = date_format if excel_dates else None

    # --- title and details ---------------------------------------------------------------
    sheet = writer(details_ws)
    sheet.cell(1, 1, COUNCIL, bold=True, colour=brand, size=14, border=False)
    sheet.merge(1, 1, 8)
    sheet.cell(2, 1, council_line(rng), italic=True, border=False)
    sheet.merge(2, 1, 8)
    sheet.cell(3, 1, title, bold=True, colour="FFFFFF", fill=brand, size=13)
    sheet.merge(3, 1, 8)
    sheet.row = 5
    observer = _staff(sample.auditor)
    practitioner = _staff(sample.practitioner)
    case_label = rng.choice(("Case reference (LCS)", "Child's case number", "Mosaic / LCS ID"))
    details: list[tuple[str, object]] = [
        (rng.choice(("Practitioner observed", "Name of practitioner", "Worker observed")), sample.practitioner),
        ("Role", ROLE_WORDS.get(practitioner.role, "Practitioner")),
        ("Team", sample.team),
        (rng.choice(("Service", "Service area")), sample.service),
        (rng.choice(("Observed by", "Observer", "Name of observer")), sample.auditor),
        ("Observer's role", ROLE_WORDS.get(observer.role, "Manager")),
        (rng.choice(("Date of observation", "Date observed")), day(sample.date)),
        (rng.choice(("Setting / type of direct work", "What was observed", "Setting")), sample.setting),
    ]
    if group:
        details.append((case_label, "N/A – group session"))
        details.append(("Parents attending", ", ".join(parents)))
    else:
        details.append((case_label, sample.case_id))
        details.append(("Child's name", sample.child.full_name))
    if details_style == "pairs":
        for label_text, value in details:
            sheet.cell(sheet.row, 1, label_text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, value, number_format=day_format if isinstance(value, date) else None)
            sheet.merge(sheet.row, 3, 8)
            sheet.row += 1
    elif details_style == "two-up":
        for start in range(0, len(details), 2):
            for offset, (label_text, value) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, label_text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value,
                           number_format=day_format if isinstance(value, date) else None)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.row += 1
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (label_text, value) in enumerate(chunk):
                column = 1 + offset * 2
                sheet.cell(sheet.row, column, label_text, bold=True, colour="FFFFFF", fill=brand)
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value,
                           number_format=day_format if isinstance(value, date) else None)
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.ws.row_dimensions[sheet.row + 1].height = 30
            sheet.row += 2
    sheet.row += 1
    context = rng.choice(SUMMARY_SENTENCES)
    if group:
        pools = rng.sample((ATTENDEE_SENTENCES, GROUP_MENTIONS), 2)
        context += " " + " ".join(mention(rng, pool, name) for pool, name in zip(pools, rng.sample(parents, 2)))
    sheet.band("Context of the observation")
    sheet.line(context, height=45)
    sheet.row += 1

    # --- rated areas -----------------------------------------------------------------------
    sheet = writer(areas_ws)
    if layout != "one sheet":
        sheet.cell(1, 1, f"{title} – areas of practice", bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    sheet.band(rng.choice(("Areas of practice observed", "Ratings", "What did the observation show?")))
    if style == "score":
        key = "  ".join(f"{score_key[grade]} = {KEY_WORDS[grade]}"
                        for grade in sorted(GRADES4, key=lambda grade: score_key[grade]))
        sheet.line(f"Score each area using the key: {key}", italic=True, border=False)
    header = ["Area of practice", "", "Evidence / observer's comments", "", ""]
    if style == "columns":
        header += list(headings)
    else:
        header += ["", {"score": "Score", "typed": "Rating", "dropdown": "Rating"}[style], ""]
    for column, text in enumerate(header, start=1):
        if text:
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
    sheet.merge(sheet.row, 1, 2)
    sheet.merge(sheet.row, 3, 5)
    sheet.row += 1
    prompts = dict(GROUP_AREAS if group else AREAS)

    def rate(row: int, grade: str, *, bold: bool = False) -> None:
        if style == "columns":
            for offset, option in enumerate(GRADES4):
                chosen = option == grade
                if chosen and not column_mark:
                    sheet.cell(row, 6 + offset, None, fill=COLUMN_FILLS[option])
                else:
                    sheet.cell(row, 6 + offset, column_mark if chosen else None, bold=True)
            return
        if style == "score":
            value = score_key[grade]
        elif style == "dropdown":
            value = words[grade]
        else:
            value = informal_grade(rng, grade)
        target = sheet.cell(row, 7, value, bold=bold)
        sheet.merge(row, 7, 8)
        if style == "dropdown":
            drop_down(sheet.ws, target, "grade")

    for number, section in enumerate(sample.sections, start=1):
        sheet.cell(sheet.row, 1, f"{number}. {section.name}\n{prompts[section.name]}", bold=False)
        sheet.merge(sheet.row, 1, 2)
        sheet.cell(sheet.row, 3, section.comment)
        sheet.merge(sheet.row, 3, 5)
        sheet.ws.row_dimensions[sheet.row].height = 48
        rate(sheet.row, section.grade)
        sheet.row += 1
    overall_label = rng.choice(("OVERALL RATING OF THE OBSERVED PRACTICE", "Overall rating", "Overall grade"))
    sheet.cell(sheet.row, 1, overall_label, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 1, 5)
    rate(sheet.row, sample.grade, bold=True)
    sheet.row += 2

    # --- summary, safety, reflection, actions ---------------------------------------------------
    sheet = writer(summary_ws)
    if layout != "one sheet":
        sheet.cell(1, 1, f"{title} – feedback and sign-off", bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    sheet.band(rng.choice(("What went well", "Strengths observed", "WWW – what went well")))
    for strength in sample.strengths:
        sheet.line(f"• {strength}" if rng.random() < 0.5 else strength)
    sheet.band(rng.choice(("Even better if", "Areas for development", "EBI – even better if")))
    for area in sample.development_areas:
        sheet.line(area)
    sheet.row += 1
    question = rng.choice(("Did anything observed require immediate safeguarding action?",
                           "Immediate safeguarding concern identified during the observation?"))
    sheet.cell(sheet.row, 1, question, bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 6)
    answer = sheet.cell(sheet.row, 7, "Yes" if sample.urgent_concern else "No", bold=sample.urgent_concern)
    sheet.merge(sheet.row, 7, 8)
    drop_down(sheet.ws, answer, "yes")
    sheet.row += 1
    if sample.urgent_concern:
        sheet.line(f"If yes, what happened: {sample.urgent_concern_detail}", height=45)
    reflective = rng.choice(("Reflective discussion held with the practitioner after the observation?",
                             "Was there a reflective conversation afterwards?"))
    sheet.cell(sheet.row, 1, reflective, bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 6)
    if sample.reflective_discussion:
        said = rng.choice(("Yes", "Yes", f"Yes – {when(sample.date)}"))
    else:
        said = rng.choice(("No", "No – practitioner on leave, to be booked"))
    target = sheet.cell(sheet.row, 7, said)
    sheet.merge(sheet.row, 7, 8)
    if said in ("Yes", "No"):
        drop_down(sheet.ws, target, "yes")
    sheet.row += 2
    sheet.band(rng.choice(("Development actions for the practitioner", "Actions agreed", "Learning & actions")))
    if sample.actions:
        shape = rng.choice(("table", "table", "lines"))
        if shape == "table":
            for column, text in zip((1, 4, 6), ("Action", "Who", "By when")):
                sheet.cell(sheet.row, column, text, bold=True, fill="DEEAF6")
            sheet.merge(sheet.row, 1, 3)
            sheet.merge(sheet.row, 4, 5)
            sheet.merge(sheet.row, 6, 8)
            sheet.row += 1
            for action in sample.actions:
                sheet.cell(sheet.row, 1, action.action)
                sheet.merge(sheet.row, 1, 3)
                sheet.cell(sheet.row, 4, action.owner)
                sheet.merge(sheet.row, 4, 5)
                sheet.cell(sheet.row, 6, day(action.due), number_format=day_format)
                sheet.merge(sheet.row, 6, 8)
                sheet.ws.row_dimensions[sheet.row].height = 30
                sheet.row += 1
        else:
            for number, action in enumerate(sample.actions, start=1):
                sheet.line(f"{number}) {action.action} – {action.owner} by {when(action.due)}")
    else:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    sheet.row += 1
    sheet.cell(sheet.row, 1, "Observer signature", bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 2)
    sheet.cell(sheet.row, 3, sample.auditor)
    sheet.merge(sheet.row, 3, 5)
    sheet.cell(sheet.row, 6, "Date", bold=True, fill="F2F2F2")
    sheet.cell(sheet.row, 7, day(sample.date), number_format=day_format)
    sheet.merge(sheet.row, 7, 8)
    sheet.row += 2

    # --- moderation ------------------------------------------------------------------------------
    if moderation_on_own_sheet:
        sheet = writer(workbook.create_sheet("HoS moderation"))
        sheet.cell(1, 1, "Head of Service moderation", bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    else:
        sheet.band(rng.choice(("Head of Service moderation", "Moderation (HoS only)")))
    moderation = sample.moderation
    rows = ("Moderated by", "Date", "Do you agree with the overall rating?", "Moderated rating", "Comments")
    values: list[object] = [None] * 5
    if moderation:
        values[0] = moderation.moderator
        values[1] = day(moderation.date)
        if moderation.grade:
            values[2] = "Yes" if moderation.grade == sample.grade else "No"
            values[3] = informal_grade(rng, moderation.grade) if style != "dropdown" else words[moderation.grade]
        values[4] = " ".join(moderation.comments)
    else:
        values[4] = rng.choice(NOT_MODERATED) or None
    for text, value in zip(rows, values):
        sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 4, value, colour=ink if moderation else None, bold=text == "Moderated rating",
                   italic=not moderation, number_format=day_format if isinstance(value, date) else None)
        sheet.merge(sheet.row, 4, 8)
        if text == "Comments":
            sheet.ws.row_dimensions[sheet.row].height = 45
        sheet.row += 1

    for ws in workbook.worksheets:
        ws.sheet_view.showGridLines = False
        ws.page_setup.orientation = "portrait"
        ws.print_title_rows = None
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    written = datetime.combine(moderation.date if moderation else sample.date, time(15, 40))
    workbook.properties.created = datetime.combine(sample.date, time(9, 0)) - timedelta(days=1)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(parents))

