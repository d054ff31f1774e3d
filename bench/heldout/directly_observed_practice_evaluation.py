"""Held-out family: an evaluation of directly observed practice kept as an
Excel workbook, after Ofsted's "Evaluating the effectiveness of directly
observed practice" (Annex G of Ofsted's inspection handbook for inspections
of services for children in need of help and protection, children looked
after and care leavers, February 2017 edition; a national body's template,
which councils copied into their own observation tools). Seen as a public
copy at https://studylib.net/doc/7044257/ and listed in the handbook's
contents at https://docsbay.net/inspection-handbook-inspections-of-services-for-children-in-need-of-help-and-protection.

From the source: the header asks for the name of the social worker, the name
of the auditor and the practice observed; a short note says the tool keeps
evidence consistent and that auditors should ask children and families
whether they understand the plan; then numbered criteria follow (risk
identified, responded to and reduced; attendance and participation; the
focus on the child; communication with the child and family; involvement in
decision-making; quality of decision-making; quality of assessment and help;
quality of evidence gathering), each with an "Evidence" box and a "Grade"
line printing the four judgements worst first (Inadequate, Requires
Improvement, Good, Outstanding). The criteria names here are our short
paraphrase, and the note is ours.

Our judgement (the source is a Word page, not a workbook): the whole tool
as one Excel sheet as a council's QA team would keep it; the council's name
line in a brand colour; the details block (date, case reference, child's
name and date of birth, team, service, other children or attendees); the
way each criterion's grade is recorded in Excel; an overall grade; strengths
and areas for development; actions "by whom, by when"; the question whether a
reflective discussion was held; the Head of Service's oversight typed in
colour. The sample's observation is given criterion grades (near its overall
grade, one equal to it) so that the truth's `section_grades` are the grades
written against the criteria; a criterion marked "not observed" carries no
grade and is not in the truth.

What varies across the 16 files: the details block (label | value rows, a
two-pair grid, labels over values, "Label: value" lines in one column);
dates as real Excel dates in several number formats or typed in a person's
spelling; plain or prefixed case references (a number cell or text); the
criteria as a table (number column) or stacked as on the printed annex
("1. ..." heading, Evidence, Grade); how grades are given (a mark or fill
under four grade columns printed worst first, an Excel drop-down, typed as
people type them, a number on the printed 1-4 key, or all four printed in
the cell with the chosen one bold and the others struck through or greyed);
strengths and areas for development as rows, one cell of bullet lines, or
two columns side by side; actions as a table, numbered lines or a sentence
saying there are none; the reflective discussion typed, as ticked boxes or
from a drop-down; the Head of Service's oversight in their colour on the
sheet, on a second sheet, or absent (then the sample is not moderated); the
child's details left out on a few files; a group session naming the
parents who attended.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL
from bot.samples.forms import OBSERVATION, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES
from bot.samples.phrases import GROUP_SETTING, fill
from bot.samples.population import sample_forms

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

FAMILY = "directly_observed_practice_evaluation"
SEED = 10095

# The annex's criteria, in its order, as our short paraphrase.
CRITERIA = (
    "Risk identified, responded to and reduced",
    "Attendance and participation",
    "Focus on the child",
    "Communication with the child and family",
    "Involvement in decision-making",
    "Quality of decision-making",
    "Quality of assessment and help",
    "Quality of evidence gathering",
)
# The four judgements in the annex's printed order, worst first.
PRINTED = ((INADEQUATE, "Inadequate"), (REQUIRES_IMPROVEMENT, "Requires Improvement"), (GOOD, "Good"),
           (OUTSTANDING, "Outstanding"))
DROPDOWN = {INADEQUATE: "Inadequate", REQUIRES_IMPROVEMENT: "Requires Improvement", GOOD: "Good",
            OUTSTANDING: "Outstanding"}
# The numerical key some councils print (Ofsted's 1 to 4).
KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_LINE = "Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate"
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# Evidence an observer writes against each criterion (in CRITERIA order):
# when it went well, when it was mixed, when it went badly.
EVIDENCE = (
    ("The worker named the worries plainly and checked the parents understood what must change for {child}.",
     "Risks were discussed but the safety plan was not revisited with the parents.",
     "The recent police notification was not raised with the parents."),
    ("Everyone invited attended; the worker had prepared the family beforehand so they could take part.",
     "Partners were invited; health did not attend and this was not followed up on the day.",
     "The father was not invited and no reason was recorded."),
    ("The worker kept {child}'s daily experience at the centre of the discussion throughout.",
     "The discussion drifted to adult issues for long stretches.",
     "{child} was not spoken to during the visit."),
    ("Warm and respectful; the worker balanced empathy with clear challenge about the drinking.",
     "Some jargon was used; the worker rephrased when the mother looked unsure.",
     "The worker talked over the mother and did not check what she had heard."),
    ("The family were helped to shape the next steps and could say what had been agreed.",
     "{child}'s views were asked for, but mostly through the parents.",
     "The family were told the plan rather than helped to shape it."),
    ("Decisions were explained with reasons and agreed timescales before the end of the session.",
     "Next steps were agreed but without clear dates.",
     "No decision was reached about contact and the reasons were not explained."),
    ("The assessment is current and the worker used the visit to test the hypotheses in it.",
     "The assessment is mostly current; the father's part in it was not explored.",
     "The help offered does not match the needs identified in the assessment."),
    ("The worker drew on the latest school and health information and tested what the family said.",
     "Some information from school was used; health information was out of date.",
     "What the parents said was accepted without checking it against partner information."),
)
UNDERSTANDING = (
    "Mother said she knows what the social worker is worried about and what she needs to do before the review.",
    "Asked after the visit; the father was unsure what the plan expects of him.",
    "{child} could say who to talk to if things get difficult at home.",
    "Not asked on this occasion; the family were upset at the end of the meeting.",
)
NOT_OBSERVED = ("Not observed on this occasion", "N/A – not part of this visit", "Not seen")
NO_ACTIONS = ("No actions arising from this observation.", "No further actions identified.",
              "None – learning to be picked up in routine supervision.")

TITLES = ("Evaluating the effectiveness of directly observed practice",
          "Directly Observed Practice – Evaluation Tool",
          "Observation of Practice: evaluating effectiveness")
NOTES = ("Record evidence consistently against each criterion. Where possible ask the child and family whether "
         "they understand the plan and what is expected of them.",
         "Guidance: grade each criterion on the evidence seen; focus on the difference made for the child.")
WORKER_LABELS = ("Name of social worker", "Social worker / practitioner observed", "Practitioner observed")
AUDITOR_LABELS = ("Name of auditor", "Observer", "Auditor / observer")
SETTING_LABELS = ("Observed practice", "Practice observed", "Activity observed")
DATE_LABELS = ("Date of observation", "Date observed", "Observation date")
CASE_LABELS = ("Case reference", "Child's ID", "LCS number", "Mosaic ID")
TEAM_LABELS = ("Team", "Team name")
SERVICE_LABELS = ("Service", "Service area")
REFLECTIVE_QUESTIONS = ("Reflective discussion held with the practitioner after the observation?",
                        "Was there a reflective discussion with the worker afterwards?",
                        "Reflective feedback discussion completed?")
STRENGTH_HEADINGS = ("Strengths observed", "What worked well", "Strengths")
DEVELOPMENT_HEADINGS = ("Areas for development", "Even better if", "Areas for further development")
OVERALL_LABELS = ("Overall grade for the observed practice", "Overall judgement", "OVERALL GRADE")
HOS_HEADINGS = ("Head of Service oversight", "Management oversight – Head of Service", "HoS comments")

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LABEL_FILLS = ("D9E1F2", "E2EFDA", "F2F2F2", "FFF2CC")
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy", "dd-mmm-yy")


class _Sheet:
    """Writes one block after another down a sheet."""

    def __init__(self, sheet, rng: random.Random, *, label_fill: str, dates_as_text: bool, when):
        self.sheet = sheet
        self.rng = rng
        self.row = 1
        self.label_fill = label_fill
        self.dates_as_text = dates_as_text
        self.when = when
        self.date_format = rng.choice(EXCEL_DATE_FORMATS)
        self.validations: dict[str, DataValidation] = {}

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, fill: str | None = None,
            size: int | None = None, italic: bool = False, border: bool = False):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if bold or colour or size or italic:
            cell.font = Font(bold=bold, color=colour, size=size, italic=italic)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if border:
            cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.label_fill, border=True)

    def put_date(self, column: int, value: date, *, colour: str | None = None):
        if self.dates_as_text:
            return self.put(column, self.when(value), colour=colour, border=True)
        cell = self.put(column, value, colour=colour, border=True)
        cell.number_format = self.date_format
        return cell

    def value(self, column: int, value, **look):
        if isinstance(value, date):
            return self.put_date(column, value, colour=look.get("colour"))
        return self.put(column, value, border=True, **look)

    def text(self, value) -> str:
        return self.when(value) if isinstance(value, date) else str(value)

    def choose_from(self, cell, choices: tuple[str, ...]) -> None:
        key = ",".join(choices)
        if key not in self.validations:
            validation = DataValidation(type="list", formula1=f'"{key}"', allow_blank=True)
            self.sheet.add_data_validation(validation)
            self.validations[key] = validation
        self.validations[key].add(cell.coordinate)

    def next(self, rows: int = 1) -> None:
        self.row += rows


# --- grades ---------------------------------------------------------------------------------


def _printed_grades(rng: random.Random, grade: str, style: str) -> CellRichText:
    """All four judgements in one cell, the chosen one bold, the others
    struck through or greyed."""
    blocks = []
    for index, (value, text) in enumerate(PRINTED):
        if index:
            blocks.append(" / ")
        if value == grade:
            blocks.append(TextBlock(InlineFont(b=True, color="000000"), text))
        elif style == "strike":
            blocks.append(TextBlock(InlineFont(strike=True), text))
        else:
            blocks.append(TextBlock(InlineFont(color="A6A6A6"), text))
    return CellRichText(*blocks)


def _write_grade(out: _Sheet, column: int, grade: str, style: dict, rng: random.Random) -> int:
    """Write `grade` from `column` on in the form's style; return the columns used."""
    kind = style["kind"]
    if kind == "columns":
        for offset, (value, _) in enumerate(PRINTED):
            cell = out.put(column + offset, None, border=True)
            if value == grade:
                if style["mark"]:
                    cell.value = style["mark"]
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                else:
                    cell.fill = PatternFill("solid", fgColor=style["shade"])
        return 4
    if kind == "dropdown":
        cell = out.put(column, DROPDOWN[grade], border=True)
        out.choose_from(cell, tuple(DROPDOWN[value] for value in GRADE_ORDER[::-1]))
        return 1
    if kind == "key":
        out.put(column, KEY[grade], border=True).alignment = Alignment(horizontal="center", vertical="top")
        return 1
    if kind == "printed":
        out.put(column, _printed_grades(rng, grade, style["printed"]), border=True)
        return 1
    out.put(column, informal_grade(rng, grade, note_chance=style.get("notes", 0.0)), border=True)
    return 1


def _grade_headers(out: _Sheet, column: int, style: dict, label: str) -> None:
    if style["kind"] == "columns":
        for offset, (_, text) in enumerate(PRINTED):
            out.label(column + offset, text).alignment = Alignment(wrap_text=True, horizontal="center")
    else:
        out.label(column, label)


def _grade_style(rng: random.Random, kind: str) -> dict:
    return {"kind": kind, "mark": rng.choice(("X", "x", "\u2713", "\u25cf", "")),
            "shade": rng.choice(("A9D08E", "FFD966", "BFBFBF")), "printed": rng.choice(("strike", "grey")),
            "notes": rng.choice((0.0, 0.25))}


# --- the sample -------------------------------------------------------------------------------


def _criteria(rng: random.Random, sample, not_observed: bool) -> tuple[list[tuple[str, Section | None]], tuple]:
    """Each criterion's grade near the overall grade (one equal to it) and
    its evidence; one left "not observed" when `not_observed`."""
    order = list(GRADE_ORDER)
    first = sample.child.first_name if sample.child else None
    skipped = rng.randrange(len(CRITERIA)) if not_observed else None
    given: dict[int, str] = {}
    for index in range(len(CRITERIA)):
        if index != skipped:
            step = rng.choice((-1, 0, 0, 0, 1))
            given[index] = order[min(max(order.index(sample.grade) + step, 0), 3)]
    if sample.grade not in given.values():
        given[rng.choice(sorted(given))] = sample.grade
    rows: list[tuple[str, Section | None]] = []
    for index, name in enumerate(CRITERIA):
        if index in given:
            strength = {OUTSTANDING: 0, GOOD: 0, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 2}[given[index]]
            comment = fill(EVIDENCE[index][strength], first)
            rows.append((name, Section(name, given[index], comment)))
        else:
            rows.append((name, None))
    return rows, tuple(section for _, section in rows if section)


def _observations(today: date) -> list:
    forms = sample_forms(500, seed=SEED, today=today)
    found = [form for form in forms if form.kind == OBSERVATION]
    groups = [form for form in found if form.setting == GROUP_SETTING][:2]
    others = [form for form in found if form.setting != GROUP_SETTING]
    chosen = others[:16 - len(groups)]
    for position, group in zip((5, 12), groups):
        chosen.insert(min(position, len(chosen)), group)
    return chosen[:16]


# --- one file ---------------------------------------------------------------------------------


def _file(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_layout = ("rows", "grid", "over", "lines")[index % 4]
    criteria_layout = "stacked" if index % 3 == 2 else "table"
    grade_kind = ("columns", "dropdown", "typed", "key", "printed")[index % 5]
    overall_kind = rng.choice(("dropdown", "typed", "printed", "key" if grade_kind == "key" else "typed",
                               "columns" if grade_kind == "columns" else "dropdown"))
    if criteria_layout == "stacked" and grade_kind == "columns":
        grade_kind = "printed"
    if overall_kind == "columns" and criteria_layout == "stacked":
        overall_kind = "printed"
    lists_layout = ("rows", "cell", "columns")[index % 3]
    dates_as_text = details_layout == "lines" or rng.random() < 0.4
    show_child = sample.child is not None and index % 6 != 3
    hos_place = "second sheet" if index == 8 else ("sheet", "sheet", "second sheet", "absent")[index % 4]
    grade_style = _grade_style(rng, grade_kind)
    overall_style = _grade_style(rng, overall_kind)
    overall_style["notes"] = 0.0

    # --- the sample as this file shows it
    group = sample.setting == GROUP_SETTING
    if group:
        changed = replace(sample)
    elif rng.random() < 0.5:
        changed = replace(sample, case_id=case_reference(rng, sample.case_id))
    else:
        changed = sample
    rows, sections = _criteria(rng, changed, not_observed=index in (4, 9, 15))
    changed = replace(changed, sections=sections)
    if changed.moderation and hos_place == "absent":
        changed = replace(changed, moderation=None)
    if changed.moderation and index in (5, 12):
        changed = replace(changed, moderation=replace(changed.moderation, grade=changed.grade))

    others: list[str] = []
    also: list[str] = []
    present = None
    family_line = None
    if group:
        present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5))
        others += present
    elif show_child and rng.random() < 0.35:
        brothers = siblings(rng, changed.child, rng.randint(1, 2), today)
        others += [name for name, _ in brothers]
        family_line = "; ".join(f"{name} ({when(born)})" for name, born in brothers)
        also += [when(born) for _, born in brothers]

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Observation", "DOP evaluation", "Annex G"))
    out = _Sheet(sheet, rng, label_fill=rng.choice(LABEL_FILLS), dates_as_text=dates_as_text, when=when)
    for column, width in zip("ABCDEFG", (8 if criteria_layout == "table" else 34, 38, 58, 16, 16, 16, 16)):
        sheet.column_dimensions[column].width = width

    # --- heading
    if rng.random() < 0.5:
        out.put(1, council_line(rng), bold=True, colour=brand, size=12)
    else:
        out.put(1, council_line(rng), bold=True, colour="FFFFFF", fill=brand, size=12)
    out.next()
    out.put(1, rng.choice(TITLES), bold=True, size=14)
    out.next()
    if rng.random() < 0.7:
        out.put(1, rng.choice(NOTES), italic=True)
        out.next()
    out.next()

    # --- details
    fields: list[tuple[str, object]] = [
        (rng.choice(WORKER_LABELS), changed.practitioner),
        (rng.choice(AUDITOR_LABELS), changed.auditor),
        (rng.choice(SETTING_LABELS), changed.setting),
        (rng.choice(DATE_LABELS), changed.date),
        (rng.choice(TEAM_LABELS), changed.team),
        (rng.choice(SERVICE_LABELS), changed.service),
    ]
    if changed.case_id:
        plain = changed.case_id.isdigit() and details_layout != "lines" and rng.random() < 0.5
        fields.insert(3, (rng.choice(CASE_LABELS), int(changed.case_id) if plain else changed.case_id))
    if show_child:
        child = changed.child
        fields.insert(4, (rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name))
        born = child.date_of_birth
        if dates_as_text:
            also.append(when(born))
        fields.insert(5, (rng.choice(("Date of birth", "DOB")), born))
    if family_line:
        fields.append(("Other children in the household", family_line))
    if present:
        fields.append(("Who was present", ", ".join(present)))
    _details(out, details_layout, fields)
    out.next()

    # --- criteria
    if grade_kind == "key" or overall_kind == "key":
        out.put(1, KEY_LINE, italic=True)
        out.next()
    first = changed.child.first_name if changed.child else None
    if criteria_layout == "table":
        out.label(1, "No.")
        out.label(2, rng.choice(("Criterion", "Area of practice", "What we are looking for")))
        out.label(3, "Evidence")
        _grade_headers(out, 4, grade_style, "Grade")
        out.next()
        for number, (name, section) in enumerate(rows, start=1):
            out.put(1, number, border=True)
            out.put(2, name, border=True)
            if section is None:
                out.put(3, rng.choice(NOT_OBSERVED), border=True, italic=True)
            else:
                out.put(3, section.comment, border=True)
                _write_grade(out, 4, section.grade, grade_style, rng)
            out.next()
    else:
        for number, (name, section) in enumerate(rows, start=1):
            out.put(1, f"{number}. {name}", bold=True, fill=out.label_fill)
            out.next()
            out.label(1, "Evidence:")
            out.put(2, section.comment if section else rng.choice(NOT_OBSERVED), border=True,
                    italic=section is None)
            out.next()
            out.label(1, "Grade:")
            if section is not None:
                _write_grade(out, 2, section.grade, grade_style, rng)
            else:
                out.put(2, "–", border=True)
            out.next()
    out.next()

    if not group and rng.random() < 0.6:
        out.label(1, "Does the family understand the plan? (ask where possible)")
        out.put(2, fill(rng.choice(UNDERSTANDING), first), border=True)
        out.next(2)
    if group and present:
        out.label(1, "Notes from the session")
        out.put(2, mention(rng, ATTENDEE_SENTENCES, present[0]), border=True)
        out.next(2)

    # --- strengths and areas for development
    _lists(out, rng, lists_layout, changed)

    # --- overall grade
    out.label(1, rng.choice(OVERALL_LABELS))
    if overall_kind == "columns":
        out.next()
        _grade_headers(out, 1, overall_style, "")
        out.next()
        _write_grade(out, 1, changed.grade, overall_style, rng)
    else:
        _write_grade(out, 2, changed.grade, overall_style, rng)
    out.next(2)

    # --- reflective discussion
    question = rng.choice(REFLECTIVE_QUESTIONS)
    answer = changed.reflective_discussion
    answer_style = rng.choice(("typed", "boxes", "dropdown"))
    out.label(1, question)
    if answer_style == "typed":
        out.put(2, rng.choice((("Yes", "No"), ("Y", "N"), ("yes", "no")))[0 if answer else 1], border=True)
    elif answer_style == "boxes":
        out.put(2, f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No", border=True)
    else:
        out.choose_from(out.put(2, "Yes" if answer else "No", border=True), ("Yes", "No"))
    out.next(2)

    # --- actions
    _actions(out, rng, changed)

    # --- Head of Service oversight
    moderation = changed.moderation
    if moderation and hos_place == "sheet":
        out.next()
        _oversight(out, rng, changed, moderation, ink)
    elif moderation and hos_place == "second sheet":
        second = workbook.create_sheet("HoS oversight")
        second.column_dimensions["A"].width = 34
        second.column_dimensions["B"].width = 70
        other = _Sheet(second, rng, label_fill=out.label_fill, dates_as_text=dates_as_text, when=when)
        other.date_format = out.date_format
        _oversight(other, rng, changed, moderation, ink)
    elif hos_place == "sheet" and rng.random() < 0.5:
        out.next()
        out.put(1, rng.choice(HOS_HEADINGS), bold=True, colour=brand)
        out.next()
        out.label(1, "Comments")
        out.put(2, None, border=True)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = rng.choice(TITLES)
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else changed.auditor
    written = datetime.combine(moderation.date if moderation else changed.date, time(15, 40))
    workbook.properties.created = written - timedelta(days=500)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps the wall-clock time.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, changed, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others),
                    also=tuple(dict.fromkeys(also)))


def _details(out: _Sheet, layout: str, fields: list[tuple[str, object]]) -> None:
    if layout == "rows":
        for text, value in fields:
            out.label(1, text)
            out.value(2, value)
            out.next()
    elif layout == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, value) in enumerate(fields[start:start + 2]):
                out.label(1 + 2 * offset, text)
                out.value(2 + 2 * offset, value)
            out.next()
    elif layout == "over":
        for start in range(0, len(fields), 4):
            band = fields[start:start + 4]
            for column, (text, _) in enumerate(band, start=1):
                out.label(column, text)
            out.next()
            for column, (_, value) in enumerate(band, start=1):
                out.value(column, value)
            out.next()
    else:
        for text, value in fields:
            out.put(1, f"{text}: {out.text(value)}")
            out.next()


def _lists(out: _Sheet, rng: random.Random, layout: str, sample) -> None:
    strengths_heading = rng.choice(STRENGTH_HEADINGS)
    development_heading = rng.choice(DEVELOPMENT_HEADINGS)
    bullet = rng.choice(("• ", "- ", ""))
    if layout == "rows":
        for heading, items in ((strengths_heading, sample.strengths),
                               (development_heading, sample.development_areas)):
            out.label(1, heading)
            out.next()
            for item in items:
                out.put(1, f"{bullet}{item}")
                out.next()
            out.next()
    elif layout == "cell":
        for heading, items in ((strengths_heading, sample.strengths),
                               (development_heading, sample.development_areas)):
            out.label(1, heading)
            out.put(2, "\n".join(f"{bullet or '• '}{item}" for item in items), border=True)
            out.next(2)
    else:
        out.label(2, strengths_heading)
        out.label(3, development_heading)
        out.next()
        for number in range(max(len(sample.strengths), len(sample.development_areas))):
            if number < len(sample.strengths):
                out.put(2, sample.strengths[number], border=True)
            if number < len(sample.development_areas):
                out.put(3, sample.development_areas[number], border=True)
            out.next()
        out.next()


def _actions(out: _Sheet, rng: random.Random, sample) -> None:
    heading = rng.choice(("Actions", "Agreed actions (by whom, by when)", "Learning and development actions"))
    if not sample.actions:
        out.label(1, heading)
        out.put(2, rng.choice(NO_ACTIONS), border=True)
        out.next()
        return
    if rng.random() < 0.65:
        out.put(1, heading, bold=True)
        out.next()
        for column, text in enumerate(rng.choice((("Action", "By whom", "By when"),
                                                   ("Action", "Responsible", "Target date"))), start=1):
            out.label(column, text)
        out.next()
        for action in sample.actions:
            out.put(1, action.action, border=True)
            out.put(2, action.owner, border=True)
            out.put_date(3, action.due)
            out.next()
    else:
        out.label(1, heading)
        out.next()
        for number, action in enumerate(sample.actions, start=1):
            out.put(1, f"{number}. {action.action} – {action.owner} – by {out.when(action.due)}")
            out.next()


def _oversight(out: _Sheet, rng: random.Random, sample, moderation: Moderation, ink: str) -> None:
    out.put(1, rng.choice(HOS_HEADINGS), bold=True)
    out.next()
    out.label(1, "Head of Service")
    out.put(2, moderation.moderator, colour=ink, border=True)
    out.next()
    out.label(1, "Date")
    out.put_date(2, moderation.date, colour=ink)
    out.next()
    out.label(1, "Comments")
    out.put(2, "\n".join(moderation.comments), colour=ink, border=True)
    out.next()
    if moderation.grade:
        out.label(1, "Grade agreed by Head of Service")
        out.put(2, informal_grade(rng, moderation.grade), colour=ink, bold=True, border=True)
        out.next()


def build(today: date) -> list[HeldOutForm]:
    return [_file(index, sample, today) for index, sample in enumerate(_observations(today), start=1)]
