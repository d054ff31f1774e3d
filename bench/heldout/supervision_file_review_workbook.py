"""Supervision file review kept as an Excel workbook, one review to a
workbook: a Head of Service (or practice lead) reads one practitioner's
supervision file and records who is supervised and by whom, their team and
service, the period and the supervision sessions looked at (each session's
date, whether it was one-to-one or group and whether the record was on file
in time), five supervision standards each with the evidence found and a
judgement, an overall judgement, what is working well, what needs to
develop, actions with a lead and a target date (or a sentence saying none
are needed), a question whether the records show a child whose safety needs
escalating now, and a Head of Service moderation block.

Modelled on what Slough Children's Services Trust published about
supervision in its Procedure Manual (proceduresonline, January 2018: the
children's social care chapters on case management and recording, under
which supervision decisions are recorded on the child's file and the
supervision file is subject to audit within the quality assurance
framework). Every South West council is already used by another family, so
Slough (South East, a neighbouring region) was taken instead. The manual
shows no audit workbook: the layout is our judgement of how a trust's
quality assurance team would build one – one sheet or "Cover" / "Review" /
"Sign-off" sheets, details as label-and-value pairs (one or two to a row)
or a strip of labels over values, the standards under merged coloured bands,
judgements chosen from a drop-down, typed informally, scored against a
printed 1–4 key, or marked under four judgement columns; dates typed in one
of several spellings or kept as Excel dates; the moderator's entries in a
colour of their own.
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

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILD_FIRST_NAMES, HEAD_OF_SERVICE
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
)

FAMILY = "supervision_file_review_workbook"
SEED = 9884

# The sample's five areas, in order, and what this workbook calls each.
STANDARDS = (
    ("Frequency of supervision", "Standard 1 – Supervision is regular and planned"),
    ("Reflection and analysis", "Standard 2 – Reflective discussion and analysis"),
    ("Clear plans and case direction", "Standard 3 – Case direction given by the supervisor"),
    ("Decisions and their reasons recorded", "Standard 4 – Decisions and rationale recorded"),
    ("Support and constructive challenge", "Standard 5 – Wellbeing, learning and development"),
)
HINTS = (
    "Sessions at the agreed frequency (4-weekly; fortnightly for ASYE); cancellations explained and rebooked.",
    "Hypotheses explored, the worker's own analysis recorded, not just a list of tasks.",
    "Clear direction on each case discussed, with timescales; drift picked up.",
    "Management decisions and the reasons for them copied to the child's record.",
    "Caseload, wellbeing and the emotional impact of the work discussed; training needs and appraisal followed up.",
)
TITLES = (
    "Supervision File Review",
    "SUPERVISION FILE REVIEW – QUALITY ASSURANCE",
    "Quality Assurance: Review of a Practitioner's Supervision File",
    "Supervision Audit (file review)",
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF5050"}
SCORES = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
          {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
COLUMN_HEADS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Req. Imp.", "Inadequate"))
NO_ACTIONS = ("No actions needed – supervision meets the standards reviewed.",
              "No further actions arising from this file review.",
              "None. Feedback given to the supervisor in person.")
NOT_MODERATED = ("", "Not sampled for moderation.", "n/a")
OWNER_WORDS = {"Social worker": "Practitioner", "Practice manager": "Supervisor"}
HOS_COMMENTS = (
    "I have read the supervision file alongside this review.",
    "The evidence supports the findings on recording and case direction.",
    "Reflection is stronger in the group sessions than the review gives credit for.",
    "Please share the learning on decision recording at the team meeting.",
    "The frequency standard needs a firmer line – two sessions were missed without a rebooking.",
)
CHANGE_REASONS = ("The judgement has been adjusted because the case direction evidence is weaker than described.",
                  "I have moved the judgement: the evidence on reflection and wellbeing is stronger than rated.")
URGENT_DETAILS = (
    "The record of {day} notes that {name} disclosed being hit at home; no strategy discussion is recorded. "
    "Raised with the Team Manager and the Head of Service the same day.",
    "Supervision on {day} agreed a visit to {name} within 24 hours after police attended; there is no record it "
    "happened. Escalated to the Team Manager on the day of review.",
)
CASE_SENTENCES = (
    "The discussion of {name}'s contact arrangements gave no reasons for the decision.",
    "{name}'s plan was discussed twice without the direction changing, despite no progress.",
    "Good reflection on {name}'s lived experience and what school have noticed.",
)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    heads = [member.name for member in STAFF if member.role == HEAD_OF_SERVICE]
    plans = ["urgent"] * 2 + ["comments"] * 2 + ["change"] * 3 + ["confirm"] * 2
    plans += ["plain"] * (count - len(plans))
    rng.shuffle(plans)
    return [_form(rng, index, sample, plan, heads, today)
            for index, (sample, plan) in enumerate(zip(pool, plans))]


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, size=10, fmt=None,
             border=True):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if fmt:
            target.number_format = fmt
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last=8):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def text(self, value, *, last=8, height=30, **look):
        self.cell(self.row, 1, value, **look)
        self.merge(self.row, 1, last)
        self.ws.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, plan: str, heads: list[str], today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_fmt = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "typed", "score", "columns"))
    detail_style = rng.choice(("pairs", "two-up", "strip"))
    layout = rng.choice(("one", "sheets"))
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    title = rng.choice(TITLES)
    own = {field.key: field.written for field in sample.own}
    supervisor, period, sessions = own["supervisor"], own["period_covered"], own["session_dates"]
    others: list[str] = []

    # --- the sample as this workbook carries it -----------------------------
    sections = tuple(Section(title_, section.grade, section.comment)
                     for section, (_, title_) in zip(sample.sections, STANDARDS))
    child_name = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(('Hussain', 'Kowalski', 'Barnes', 'Ahmed', 'Doyle'))}"
    changes: dict = {"sections": sections,
                     "actions": tuple(SampleAction(a.action, OWNER_WORDS.get(a.owner, a.owner), a.due)
                                      for a in sample.actions)}
    mention_child = rng.random() < 0.45
    if plan == "urgent":
        detail = rng.choice(URGENT_DETAILS).format(day=when(sessions[-1]), name=child_name)
        changes.update(urgent_question=True, urgent_concern=True, urgent_concern_detail=detail)
        others.append(child_name)
    else:
        changes.update(urgent_question=True, urgent_concern=False, urgent_concern_detail=None)
    if rng.random() < 0.2 and plan != "urgent":
        changes["actions"] = ()
    moderator = rng.choice([name for name in heads if name != sample.auditor])
    mod_day = sample.date + timedelta(days=rng.randint(3, 12))
    if plan in ("comments", "change", "confirm"):
        comments = tuple(rng.sample(HOS_COMMENTS, rng.randint(1, 2)))
        grade = None
        if plan == "confirm":
            grade = sample.grade
        elif plan == "change":
            position = ORDER.index(sample.grade)
            grade = ORDER[position + 1] if position < 3 and (position == 0 or rng.random() < 0.5) else ORDER[position - 1]
            comments += (CHANGE_REASONS[0 if ORDER.index(grade) > position else 1],)
        section_comments = {}
        if rng.random() < 0.4:
            section_comments[sections[rng.randrange(5)].name] = rng.choice(
                ("Agree.", "I would want to see this in the next two sessions.", "Good evidence here."))
        changes["moderation"] = Moderation(moderator, mod_day, comments, section_comments, grade)
        changes["moderated_kind"] = True
    sample = replace(sample, **changes)
    moderation = sample.moderation
    evidence = [section.comment for section in sample.sections]
    if mention_child and plan != "urgent":
        where = rng.randrange(5)
        evidence[where] += " " + rng.choice(CASE_SENTENCES).format(name=child_name.split()[0])
        others.append(child_name)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_fmt
        return when(value), None

    workbook = Workbook()
    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if layout == "one":
        first.title = rng.choice(("Supervision review", "File review"))
        cover = review = signoff = first
    else:
        first.title = "Cover"
        cover = first
        review = workbook.create_sheet("Review")
        signoff = workbook.create_sheet("Sign-off")
    sheets = {ws.title: _Sheet(ws, font, brand) for ws in workbook.worksheets}
    for ws in workbook.worksheets:
        for letter, width in zip("ABCDEFGHIJKL", (26, 18, 18, 18, 14, 14, 14, 14, 10, 10, 10, 10)):
            ws.column_dimensions[letter].width = width

    # --- cover / details -----------------------------------------------------
    sheet = sheets[cover.title]
    sheet.cell(1, 1, COUNCIL, bold=True, colour=brand, size=14, border=False)
    sheet.merge(1, 1, 8)
    sheet.cell(2, 1, council_line(rng), italic=True, border=False)
    sheet.merge(2, 1, 8)
    sheet.cell(3, 1, title, bold=True, size=13, fill="F2F2F2")
    sheet.merge(3, 1, 8)
    sheet.row = 5
    sheet.band(rng.choice(("Details of the review", "Part A – Who and when", "DETAILS")))
    audit_day, audit_fmt = day(sample.date)
    details = [
        (rng.choice(("Supervisee", "Practitioner (supervisee)", "Worker whose file is reviewed")), sample.practitioner,
         None),
        (rng.choice(("Supervisor", "Line manager / supervisor")), supervisor, None),
        ("Team", sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Reviewed by", "Auditor", "Completed by")),
         sample.auditor + rng.choice(("", " (Head of Service)", ", HoS")), None),
        (rng.choice(("Date of review", "Date completed", "Audit date")), audit_day, audit_fmt),
        (rng.choice(("Period reviewed", "Period covered")), period, None),
    ]
    if detail_style == "pairs":
        for text, value, fmt in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="DDEBF7")
            sheet.cell(sheet.row, 2, value, fmt=fmt)
            sheet.merge(sheet.row, 2, 5)
            sheet.row += 1
    elif detail_style == "two-up":
        for start in range(0, len(details), 2):
            for offset, (text, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
                sheet.cell(sheet.row, column + 1, value, fmt=fmt)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.row += 1
    else:
        for half in (details[:4], details[4:]):
            for column, (text, _, _) in enumerate(half, start=1):
                sheet.cell(sheet.row, column * 2 - 1, text, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, column * 2 - 1, column * 2)
            sheet.row += 1
            for column, (_, value, fmt) in enumerate(half, start=1):
                sheet.cell(sheet.row, column * 2 - 1, value, fmt=fmt)
                sheet.merge(sheet.row, column * 2 - 1, column * 2)
            sheet.ws.row_dimensions[sheet.row].height = 28
            sheet.row += 1
    sheet.row += 1

    sheet.band(rng.choice(("Supervision sessions looked at", "Sessions sampled from the file",
                           "Supervision records reviewed")))
    for column, text in enumerate(("No.", "Date of session", "Type", "Record on file within 5 working days?"),
                                  start=1):
        sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 4, 6)
    sheet.row += 1
    for number, session in enumerate(sessions, start=1):
        value, fmt = day(session)
        sheet.cell(sheet.row, 1, number)
        sheet.cell(sheet.row, 2, value, fmt=fmt)
        sheet.cell(sheet.row, 3, rng.choice(("1:1", "1:1", "Group", "1:1 (case)")))
        target = sheet.cell(sheet.row, 4, rng.choice(("Yes", "Yes", "No")))
        sheet.merge(sheet.row, 4, 6)
        dropdown(cover, target.coordinate, ("Yes", "No"))
        sheet.row += 1
    sheet.row += 1

    # --- the standards -------------------------------------------------------
    sheet = sheets[review.title]
    if review is not cover:
        sheet.cell(1, 1, f"{title} – {sample.practitioner}", bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    score_key = rng.choice(SCORES)
    heads_row = rng.choice(COLUMN_HEADS)
    if style == "score":
        key = "   ".join(f"{score_key[g]} = {WORDS[g]}" for g in sorted(ORDER, key=lambda g: score_key[g]))
        sheet.text(f"Judgement key: {key}", italic=True, border=False, height=16)
    sheet.band(rng.choice(("Part B – The supervision standards", "Standards of supervision",
                           "Findings against the standards")), last=12 if style == "columns" else 8)
    headers = ["Standard", "What to look for", "Evidence from the supervision records"]
    sheet.cell(sheet.row, 1, headers[0], bold=True, fill="F2F2F2")
    sheet.cell(sheet.row, 2, headers[1], bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 2, 3)
    sheet.cell(sheet.row, 4, headers[2], bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 4, 7)
    if style == "columns":
        for column, text in zip(range(9, 13), heads_row):
            sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
    else:
        sheet.cell(sheet.row, 8, rng.choice(("Judgement", "Grade", "Rating")) +
                   (" (1–4)" if style == "score" else ""), bold=True, fill="F2F2F2")
    sheet.row += 1
    mark = rng.choice(("X", "\u2713", "x", ""))
    renamed = {section.name for section in sample.sections}
    assert len(renamed) == 5

    def judgement(row: int, grade: str, ws) -> None:
        if style == "columns":
            for column, option in zip(range(9, 13), ORDER):
                if option == grade:
                    if mark:
                        sheet.cell(row, column, mark, bold=True)
                    else:
                        sheet.cell(row, column, None, fill=FILLS[grade])
                else:
                    sheet.cell(row, column, None)
        elif style == "dropdown":
            target = sheet.cell(row, 8, WORDS[grade], bold=True, fill="FFF2CC")
            dropdown(ws, target.coordinate, tuple(WORDS[g] for g in ORDER))
        elif style == "score":
            sheet.cell(row, 8, score_key[grade] if rng.random() < 0.7 else f"{score_key[grade]} – {WORDS[grade]}",
                       bold=True)
        else:
            sheet.cell(row, 8, informal_grade(rng, grade, note_chance=0.25), bold=True)

    for section, hint, text in zip(sample.sections, HINTS, evidence):
        sheet.cell(sheet.row, 1, section.name, bold=True, fill="E2EFDA")
        sheet.cell(sheet.row, 2, hint, italic=True, size=9)
        sheet.merge(sheet.row, 2, 3)
        sheet.cell(sheet.row, 4, text)
        sheet.merge(sheet.row, 4, 7)
        judgement(sheet.row, section.grade, review)
        sheet.ws.row_dimensions[sheet.row].height = 48
        sheet.row += 1
        if moderation and section.name in moderation.section_comments:
            sheet.cell(sheet.row, 1, "HoS moderation note", bold=True, colour=ink)
            sheet.cell(sheet.row, 4, moderation.section_comments[section.name], colour=ink)
            sheet.merge(sheet.row, 4, 7)
            sheet.row += 1
    sheet.row += 1
    if style == "columns":
        for column, text in zip(range(9, 13), heads_row):
            sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
        sheet.row += 1
    sheet.cell(sheet.row, 1, rng.choice(("Overall judgement of supervision", "OVERALL JUDGEMENT",
                                         "Overall grade for the quality of supervision")), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 7)
    judgement(sheet.row, sample.grade, review)
    sheet.row += 2

    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well", "Strengths in supervision")), sample.strengths),
                           (rng.choice(("Areas for development", "What needs to be better")),
                            sample.development_areas)):
        sheet.band(heading)
        if rng.random() < 0.5:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 8)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}", height=20)
        sheet.row += 1

    # --- sign-off ------------------------------------------------------------
    sheet = sheets[signoff.title]
    if signoff is not review:
        sheet.cell(1, 1, f"{title} – actions and sign-off", bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    sheet.band(rng.choice(("Child safety", "Is any child at risk now?", "Immediate safeguarding concerns")))
    sheet.cell(sheet.row, 1, rng.choice((
        "Do the supervision records show a child whose safety needs action today?",
        "Has this review found a safeguarding concern about a child that needs escalating now?")),
        bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 6)
    answer = "Yes" if sample.urgent_concern else "No"
    target = sheet.cell(sheet.row, 7, answer, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 7, 8)
    dropdown(signoff, target.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    sheet.cell(sheet.row, 1, "If yes, what was done and who was told", bold=True, fill="FCE4D6")
    sheet.cell(sheet.row, 2, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 2, 8)
    sheet.ws.row_dimensions[sheet.row].height = 40
    sheet.row += 2

    sheet.band(rng.choice(("Actions", "Action plan", "Actions agreed with the supervisor")))
    action_style = rng.choice(("table", "lines")) if sample.actions else "none"
    if action_style == "table":
        for column, text in ((1, "Action"), (5, rng.choice(("Lead", "Who"))), (7, rng.choice(("Target date",
                                                                                              "By when")))):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 4)
        sheet.merge(sheet.row, 5, 6)
        sheet.merge(sheet.row, 7, 8)
        sheet.row += 1
        for action in sample.actions:
            value, fmt = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            sheet.cell(sheet.row, 7, value, fmt=fmt)
            sheet.merge(sheet.row, 7, 8)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    elif action_style == "lines":
        for number, action in enumerate(sample.actions, start=1):
            sheet.text(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    else:
        sheet.text(rng.choice(NO_ACTIONS), height=18)
    sheet.row += 1

    if moderation or rng.random() < 0.7:
        sheet.band(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "MODERATION")))
        if moderation:
            mod_value, mod_fmt = day(moderation.date)
            agree = ""
            if moderation.grade:
                agree = "Agree" if moderation.grade == sample.grade else "Do not agree"
            rows = (("Moderated by", moderation.moderator, None), ("Date", mod_value, mod_fmt),
                    ("Agree with the overall judgement?", agree, None),
                    ("Moderated judgement", WORDS[moderation.grade] if moderation.grade else "", None),
                    ("Comments", "\n".join(moderation.comments), None))
        else:
            rows = (("Moderated by", "", None), ("Date", "", None), ("Agree with the overall judgement?", "", None),
                    ("Moderated judgement", "", None), ("Comments", rng.choice(NOT_MODERATED), None))
        for text, value, fmt in rows:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, colour=ink if moderation else None, fmt=fmt,
                       bold=text == "Moderated judgement")
            sheet.merge(sheet.row, 2, 8)
            if text.startswith("Agree"):
                dropdown(signoff, f"B{sheet.row}", ("Agree", "Do not agree"))
            if text == "Comments":
                sheet.ws.row_dimensions[sheet.row].height = 48
            sheet.row += 1

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(dict.fromkeys(others)))
