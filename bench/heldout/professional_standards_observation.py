"""Observation of a practitioner's direct work graded against professional
standards, kept as an Excel workbook, one observation to a workbook: who
observed whom and when, the team (and on most the service), the setting of
the direct work and how the family consented to being observed, the child
and case reference (with any brothers and sisters in the household) or, for
a group session, the parents and carers who came; seven standards in two
groups, standards of conduct (how the practitioner behaved) and standards
of practice (the knowledge and skills they used), each with the
observer's evidence and grade; the overall judgement; what went well and
what could be better; an immediate-safety question; the practitioner's own
reflection, whether a reflective discussion was held and whether the
observation may count as CPD evidence; learning actions; and the Head of
Service's moderation.

Modelled on what the Northern Ireland Social Care Council (NISCC), the
regulator of social workers in Northern Ireland, publishes about its
professional standards and about learning from practice. The bodies first
asked for could not be used: a search of the held-out families and the
README finds Social Work England (in supervision families' wording), BASW
(named in two families' sources) and the Professional Capabilities
Framework (which `direct_observation_workbook` grades against); Social
Work England's CPD guidance and professional standards guidance were
found but not used. NISCC was not used yet. What was read:

- the "Standards of Conduct and Practice" page (niscc.info): the Standards
  of Conduct and Practice are the core regulatory framework for the social
  work and social care workforce; they describe the values, attitudes and
  behaviours expected of registrants in their day-to-day work and outline
  the knowledge and skills required for competent practice, a baseline
  against which a registrant's conduct and practice will be judged; there
  are versions for social workers, social care workers and social work
  students;
- "Standards of Conduct and Practice for Social Care Workers" (NISCC,
  November 2015, copy on docplayer.net), its opening: the standards of
  conduct describe values, attitudes and behaviours, the standards of
  practice the knowledge and skills required for competent practice, and
  together they are the baseline for judging a worker's conduct and
  practice; "Standards of Conduct and Practice for Social Workers"
  (November 2015, copy on doczz.net) was found too, but only its
  introductory notes (about the council and its register) were read;
- "What is the Professional in Practice Framework?" (NISCC Learning Zone):
  a structure that lets social workers learn and develop from their
  practice experience, knowledge and skills and turn it into submissions
  for assessment; it recognises formal and informal learning, puts
  practitioners in charge of their own development, supports their post
  registration training and learning, and supports them to keep
  reflecting, learning and developing throughout their careers.

None of these shows an observation form. Our own judgement: that an
English council (Ofsted's four grades, a Head of Service's moderation)
would observe a practitioner's direct work against standards split in the
same two parts, conduct and practice; the seven standards' names and every
label and sentence (none is NISCC's text); the practitioner's reflection
and the CPD question as this council's nod to learning from practice; the
consent line; the self-rating column; the workbook's shape.

What varies: one sheet, two sheets ("Observation" / "Reflection &
sign-off") or a sheet per part (cover, standards, or conduct and practice
apart, summary and reflection, moderation); details one pair to a row, two
pairs to a row, or typed as "Label: value" in one cell; the standards as
rows under a band for each part, or transposed, one standard to a column;
grades from an Excel drop-down (its list typed in or kept in a hidden
column), typed as people type them, a number on a printed key either way
up, the four options in four cells with the chosen one highlighted or
emboldened or the others struck through, the four options in one cell
with the others struck through, or a mark under four grade columns; on
some, the practitioner's self-rating beside the observer's grade; the
overall grade the same way or another; dates in several spellings or as
Excel dates; case references plain or prefixed; what went well and what
could be better as a list each or side by side; actions as a table,
numbered lines in one cell or a "no actions" sentence; the Head of
Service's moderation (changing, confirming or only commenting) typed in a
colour that is not red or in a bordered box; two files answer the safety
question yes.
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

from bot.samples import COUNCIL, OBSERVATION, STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import fill
from bot.samples.population import sample_forms

from .common import (
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
    siblings,
)

FAMILY = "professional_standards_observation"
SEED = 10010
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The council's seven standards, in two parts. A group session reads the
# communication standard in its own words.
CONDUCT = (
    ("C1", "Treats the child and family with respect and dignity"),
    ("C2", "Is honest and open about the worries and the practitioner's role"),
    ("C3", "Keeps professional boundaries and acts with integrity"),
)
PRACTICE = (
    ("P1", "Communicates in a way the child understands"),
    ("P2", "Assesses and responds to risk and need"),
    ("P3", "Works in partnership with the family and other professionals"),
    ("P4", "Uses knowledge, evidence and reflection to inform practice"),
)
GROUP_NAMES = {"Communicates in a way the child understands":
               "Communicates in a way parents and children understand"}
CONDUCT_HEADINGS = ("Standards of conduct – values, attitudes and behaviours", "Part A: Standards of conduct",
                    "CONDUCT (how the practitioner behaved)")
PRACTICE_HEADINGS = ("Standards of practice – knowledge and skills", "Part B: Standards of practice",
                     "PRACTICE (the knowledge and skills used)")
EVIDENCE = {
    OUTSTANDING: ("Exemplary throughout – the family clearly trusted the practitioner.",
                  "Skilful and confident; one to share with the team.", "Consistently excellent and well judged."),
    GOOD: ("Clear and consistent throughout the visit.", "Sound practice; one small point discussed afterwards.",
           "Evident in how the practitioner spoke with the family.", "Well judged and respectful."),
    REQUIRES_IMPROVEMENT: ("Seen at times but not consistently.", "Some gaps – talked through afterwards.",
                           "Needed more preparation beforehand."),
    INADEQUATE: ("Not evident during the observation.", "Significant gaps that need picking up in supervision.",
                 "Missed; discussed at length afterwards."),
}
TITLES = ("Professional Standards Observation", "Observation of Practice – Professional Standards",
          "PROFESSIONAL STANDARDS: DIRECT PRACTICE OBSERVATION", "Practice Observation against Professional Standards")
GUIDANCE = ("Standards of conduct are about how the practitioner behaves; standards of practice about the knowledge "
            "and skills they use. Grade each standard you saw and give your evidence.",
            "Agree the observation with the practitioner and the family beforehand. Hold a reflective discussion "
            "within five working days.")
WORDS = ({OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
          INADEQUATE: "Inadequate"},
         {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
          INADEQUATE: "Inadequate"})
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
COLUMN_HEADS = (("Outstanding", "Good", "Requires improvement", "Inadequate"), ("O", "G", "RI", "I"))
COLUMN_MARKS = ("X", "x", "\u2713", "\u25cf", "")
MARK_FILL = "A9D08E"
CONSENTS = ("Verbal consent from parent at the start of the visit", "Family agreed by phone the day before",
            "Yes", "Yes – parent and young person agreed")
MEETING_CONSENTS = ("Chair and family agreed in advance", "Yes – agreed with the chair and parents")
GROUP_CONSENTS = ("Group told at the start; no one objected", "Parents agreed at the start of the session")
SETTINGS_MEETING = ("Child protection conference", "Core group meeting", "Child in care review")
REFLECTIONS = (
    "I was nervous being observed but the family soon relaxed and so did I.",
    "Looking back, I talked too much at the start and should have let {child} lead.",
    "I want to plan my questions more carefully before the next visit.",
    "The feedback helped me see how I explain the worries to parents.",
    "Next time I would like to try the three houses with {child} on my own.",
    "Hearing the observer's view of how I challenged the parents was useful.",
)
URGENT_DETAILS = (
    "During the visit {child} said that mum's partner had hit them last week. Practitioner and observer told "
    "the duty manager before leaving and a strategy discussion was held that afternoon.",
    "Home conditions had deteriorated sharply (no food in the house, exposed wiring in {child}'s bedroom). "
    "Head of Service told the same day; a safety plan was agreed with the parent before we left.",
)
NO_ACTIONS = ("No learning actions – continue as observed.", "No actions arising from this observation.",
              "None agreed at this time.")
NOT_MODERATED = ("", "Not sampled for moderation this month.", "n/a")
CHANGE_NOTES = ("Having read the evidence against each standard I have moved the overall judgement.",
                "The evidence recorded supports a different overall judgement; amended after discussion with "
                "the observer.")
CONFIRM_NOTES = ("I agree with the observer's overall judgement.", "Judgement confirmed – well evidenced.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 8  # columns A to H
COLUMN_WIDTHS = (24, 34, 22, 22, 15, 15, 15, 15)


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _observations(today: date, count: int) -> list:
    drawn = count * 6
    while True:
        pool = [form for form in sample_forms(drawn, seed=SEED, today=today, feedback_question=True)
                if form.kind == OBSERVATION]
        if len(pool) >= count:
            return pool[:count]
        drawn *= 2


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen = _observations(today, count)
    with_child = [index for index, form in enumerate(chosen) if form.case_id is not None]
    plain = [index for index in range(len(chosen)) if not chosen[index].moderation]
    urgent = set(rng.sample(with_child, min(2, len(with_child))))
    moved = rng.sample(plain, min(3, len(plain)))
    confirmed = rng.sample([index for index in plain if index not in moved], min(2, max(0, len(plain) - 3)))
    with_siblings = set(rng.sample(with_child, min(4, len(with_child))))
    forms = []
    for index, sample in enumerate(chosen):
        if index in urgent:
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=fill(rng.choice(URGENT_DETAILS), sample.child.first_name))
        if index in moved or index in confirmed:
            head = head_of_service_over(_staff(sample.auditor))
            if index in moved:
                position = GRADES4.index(sample.grade)
                grade = GRADES4[position + 1] if position < 2 else GRADES4[position - 1]
                note = rng.choice(CHANGE_NOTES)
            else:
                grade, note = sample.grade, rng.choice(CONFIRM_NOTES)
            sample = replace(sample, moderation=Moderation(
                moderator=head.name, date=min(sample.date + timedelta(days=rng.randint(3, 12)),
                                              today - timedelta(days=1)),
                comments=(note,), grade=grade))
        forms.append(_form(rng, index, sample, today, index in with_siblings))
    return forms


def _standard_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class _Sheet:
    """One worksheet being written top to bottom."""

    def __init__(self, ws, font: str, brand: str):
        self.ws, self.font, self.brand = ws, font, brand
        self.row = 1
        for letter, width in zip("ABCDEFGH", COLUMN_WIDTHS):
            ws.column_dimensions[letter].width = width

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
            size=10, fmt=None, border=True):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike or None, size=size)
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

    def height(self, row, points):
        self.ws.row_dimensions[row].height = points

    def header(self, line: str, title: str):
        self.put(self.row, 1, line, bold=True, colour="FFFFFF", fill=self.brand, size=9, border=False)
        self.merge(self.row, 1, WIDTH)
        self.row += 1
        self.put(self.row, 1, title, bold=True, colour=self.brand, size=14, border=False)
        self.merge(self.row, 1, WIDTH)
        self.height(self.row, 22)
        self.row += 2

    def band(self, text: str, *, light: bool = False):
        if light:
            self.put(self.row, 1, text, bold=True, colour=self.brand, fill="F2F2F2")
        else:
            self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def wide(self, text, *, italic=False, bold=False, colour=None, fill=None, lines=1):
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, fill=fill)
        self.merge(self.row, 1, WIDTH)
        self.height(self.row, max(15, 15 * lines, 15 * (len(str(text)) // 120 + 1)))
        self.row += 1

    def pair(self, label, value, *, fmt=None, colour=None, bold=False, label_fill="EDEDED"):
        self.put(self.row, 1, label, bold=True, fill=label_fill)
        self.put(self.row, 2, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, 2, WIDTH)
        if isinstance(value, str) and len(value) > 90:
            self.height(self.row, 15 * (len(value) // 90 + 1))
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, with_siblings: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.3
    date_format = rng.choice(DATE_FORMATS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    layout = rng.choice(("one", "two", "many", "many"))
    transposed = rng.random() < 0.3
    style = rng.choice(("dropdown", "typed", "key", "cells", "onecell", "columns")
                       if not transposed else ("dropdown", "typed", "key"))
    overall_style = style if rng.random() < 0.6 else rng.choice(("dropdown", "typed", "key", "cells", "columns"))
    cell_mark = rng.choice(("fill", "bold", "strike"))
    column_mark = rng.choice(COLUMN_MARKS)
    heads = rng.choice(COLUMN_HEADS)
    words = rng.choice(WORDS)
    key = rng.choice(KEYS)
    self_rating = style in ("dropdown", "typed", "key") and rng.random() < 0.3
    hidden_list = rng.random() < 0.4
    details_shape = rng.choice(("rows", "twin", "inline"))
    lists_shape = rng.choice(("cell", "rows", "side"))
    actions_shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    moderation_look = rng.choice(("ink", "ink", "box"))
    group = sample.case_id is None
    child = sample.child
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brothers = siblings(rng, child, rng.randint(1, 2), today) if with_siblings and child else []

    # The sample as this workbook carries it.
    standards = [(code, GROUP_NAMES.get(name, name) if group else name) for code, name in CONDUCT + PRACTICE]
    grades = _standard_grades(rng, sample.grade, len(standards))
    comments = [rng.choice(EVIDENCE[grade]) for grade in grades]
    if present:
        spot = rng.randrange(len(comments))
        comments[spot] += f" {present[0].split()[0]} was drawn into the discussion well."
    if brothers:
        spot = rng.randrange(len(comments))
        comments[spot] += f" {brothers[0][0].split()[0]} was at home too and was included."
    changes: dict = {"sections": tuple(Section(name, grade, comment)
                                       for (_, name), grade, comment in zip(standards, grades, comments))}
    if not group and rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.7
    if not show_service:
        changes["service"] = None
    sample = replace(sample, **changes)
    moderation = sample.moderation
    title = rng.choice(TITLES)
    line = council_line(rng)
    part_style = rng.randrange(len(CONDUCT_HEADINGS))
    if rng.random() < 0.5:
        bands = {"details": "1. Details", "standards": "2. Grading against the professional standards",
                 "summary": "3. Overall judgement and feedback", "reflection": "4. Reflection and learning",
                 "actions": "5. Learning actions", "moderation": "6. Head of Service moderation"}
    else:
        bands = {"details": rng.choice(("About the observation", "Observation details")),
                 "standards": "The standards observed", "summary": "Summary of the observation",
                 "reflection": "Practitioner's reflection and learning",
                 "actions": rng.choice(("Learning actions", "Actions agreed with the practitioner")),
                 "moderation": rng.choice(("Moderation (Head of Service)", "HoS moderation"))}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook and its sheets ------------------------------------------------
    workbook = Workbook()
    first = workbook.active
    sheets: dict[str, _Sheet] = {}
    if layout == "one":
        first.title = rng.choice(("Observation", "Obs", "Sheet1"))
        names = dict.fromkeys(("cover", "conduct", "practice", "summary", "reflection", "moderation"), first.title)
    elif layout == "two":
        first.title = "Observation"
        second = rng.choice(("Reflection & sign-off", "Reflection"))
        names = {"cover": first.title, "conduct": first.title, "practice": first.title, "summary": first.title,
                 "reflection": second, "moderation": second}
    else:
        first.title = rng.choice(("Cover", "1 Details"))
        apart = not transposed and rng.random() < 0.5
        standards_names = (("Conduct", "Practice") if apart else ("Standards", "Standards"))
        summary = rng.choice(("Summary & reflection", "Summary"))
        names = {"cover": first.title, "conduct": standards_names[0], "practice": standards_names[1],
                 "summary": summary, "reflection": summary, "moderation": rng.choice(("HoS moderation", "Moderation"))}
    for part in ("cover", "conduct", "practice", "summary", "reflection", "moderation"):
        name = names[part]
        if name not in sheets:
            ws = first if name == first.title else workbook.create_sheet(name)
            sheets[name] = _Sheet(ws, font, brand)
            sheets[name].header(line, title)

    def sheet(part: str) -> _Sheet:
        return sheets[names[part]]

    validations: dict = {}

    def dropdown(writer: _Sheet, coordinate: str, choices: tuple) -> None:
        key_ = (writer.ws.title, choices)
        if key_ not in validations:
            if hidden_list:
                column = 26 + len([k for k in validations if k[0] == writer.ws.title])  # Z, AA, ...
                for position, choice in enumerate(choices, start=1):
                    writer.ws.cell(row=position, column=column, value=choice)
                letter = writer.ws.cell(row=1, column=column).column_letter
                writer.ws.column_dimensions[letter].hidden = True
                formula = f"${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(str(choice) for choice in choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            writer.ws.add_data_validation(validation)
            validations[key_] = validation
        validations[key_].add(coordinate)

    grade_choices = tuple(words[grade] for grade in GRADES4)

    def grade_cells(writer: _Sheet, row: int, grade: str, how: str, column: int) -> None:
        """Write `grade` at `column` (or across four cells from it)."""
        if how == "dropdown":
            target = writer.put(row, column, words[grade], bold=True, fill="FFF2CC")
            dropdown(writer, target.coordinate, grade_choices)
        elif how == "typed":
            writer.put(row, column, informal_grade(rng, grade, note_chance=0.15))
        elif how == "key":
            writer.put(row, column, key[grade], bold=True, fill="FFF2CC")
        elif how == "cells":
            for offset, option in enumerate(GRADES4):
                chosen = option == grade
                writer.put(row, column + offset, words[option], bold=chosen and cell_mark != "strike",
                           fill="FFFF00" if chosen and cell_mark == "fill" else None,
                           strike=not chosen and cell_mark == "strike")
        elif how == "onecell":
            parts = []
            for offset, option in enumerate(GRADES4):
                if offset:
                    parts.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, sz=10, b=chosen or None, strike=not chosen or None),
                                       words[option]))
            writer.put(row, column, CellRichText(parts))
            writer.merge(row, column, column + 3)
        else:  # columns
            for offset, option in enumerate(GRADES4):
                if option == grade and not column_mark:
                    writer.put(row, column + offset, None, fill=MARK_FILL)
                else:
                    writer.put(row, column + offset, column_mark if option == grade else None, bold=True)

    def grade_header(writer: _Sheet, row: int, how: str, column: int, fill_colour: str, whose: str = "") -> None:
        if how == "columns":
            for offset, text in enumerate(heads):
                writer.put(row, column + offset, text, bold=True, fill=fill_colour)
            return
        text = {"dropdown": "Grade (choose)", "typed": "Grade", "key": "Score (see key)",
                "cells": "Grade – " + ("delete as appropriate" if cell_mark == "strike" else "highlight one"),
                "onecell": "Grade (delete as appropriate)"}[how]
        if whose:
            text = f"{whose} {text[0].lower()}{text[1:]}"
        writer.put(row, column, text, bold=True, fill=fill_colour)
        if how in ("cells", "onecell"):
            writer.merge(row, column, column + 3)

    keyed: set[str] = set()

    def print_key(writer: _Sheet) -> None:
        keyed.add(writer.ws.title)
        order = sorted(GRADES4, key=lambda grade: key[grade])
        writer.wide("Key:  " + "    ".join(f"{key[grade]} = {WORDS[1][grade]}" for grade in order), italic=True,
                    fill="FFF2CC")

    # --- cover ----------------------------------------------------------------------------
    writer = sheet("cover")
    writer.wide(rng.choice(GUIDANCE), italic=True, lines=2)
    writer.row += 1
    writer.band(bands["details"])
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    details: list[tuple[str, object, str | None]] = [
        (rng.choice(("Observer", "Observed by", "Manager observing")), observer_text, None),
        (rng.choice(("Practitioner observed", "Name of practitioner", "Worker observed")), sample.practitioner, None),
        (rng.choice(("Team", "Team name")), sample.team, None),
    ]
    if show_service:
        details.append(("Service", sample.service, None))
    def detail_day(value: date):
        return (when(value), None) if details_shape == "inline" else day(value)

    details.append((rng.choice(("Date of observation", "Date observed")), *detail_day(sample.date)))
    details.append((rng.choice(("Setting", "Type of direct work observed", "Setting / activity")), sample.setting, None))
    also: tuple[str, ...] = ()
    if group:
        details.append(("Case reference", rng.choice(("N/A – group session", "n/a (group work)")), None))
        details.append((rng.choice(("Parents / carers attending", "Who attended")), ", ".join(present), None))
        consent = rng.choice(GROUP_CONSENTS)
    else:
        details.append((rng.choice(("Case reference", "Child's ID", "LCS number")), sample.case_id, None))
        details.append((rng.choice(("Child's name", "Child / young person")), child.full_name, None))
        if rng.random() < 0.6:
            born, born_fmt = detail_day(child.date_of_birth)
            if born_fmt is None:
                also = (born,)
            details.append(("Date of birth", born, born_fmt))
        if brothers:
            details.append((rng.choice(("Other children in the household", "Brothers and sisters")),
                            ", ".join(f"{name} ({_age(born, today)})" for name, born in brothers), None))
        if sample.setting not in SETTINGS_MEETING and rng.random() < 0.5:
            details.append(("Also present", " and ".join(child.parents), None))
        consent = rng.choice(MEETING_CONSENTS if sample.setting in SETTINGS_MEETING else CONSENTS)
    details.append((rng.choice(("Consent to the observation",) if group else
                               ("Consent to the observation", "Family's consent obtained?")), consent, None))

    if details_shape == "rows":
        for text, value, fmt in details:
            writer.pair(text, value, fmt=fmt)
    elif details_shape == "twin":
        for start in range(0, len(details), 2):
            for offset, (text, value, fmt) in enumerate(details[start:start + 2]):
                label_column, value_first, value_last = ((1, 2, 2), (3, 4, WIDTH))[offset]
                writer.put(writer.row, label_column, text, bold=True, fill="DDEBF7")
                writer.put(writer.row, value_first, value, fmt=fmt)
                writer.merge(writer.row, value_first, value_last)
            writer.height(writer.row, 30)
            writer.row += 1
    else:
        for start in range(0, len(details), 2):
            for offset, (text, value, _) in enumerate(details[start:start + 2]):
                first_column, last_column = ((1, 2), (3, WIDTH))[offset]
                writer.put(writer.row, first_column, f"{text} {value}" if text.endswith("?") else f"{text}: {value}")
                writer.merge(writer.row, first_column, last_column)
            writer.height(writer.row, 30)
            writer.row += 1
    writer.row += 1

    # --- the standards ----------------------------------------------------------------------
    grade_column = 6 if self_rating else 5
    self_grades = [GRADES4[min(3, max(0, GRADES4.index(grade) + rng.choice((-1, 0, 0, 1))))] for grade in grades]
    if transposed:
        writer = sheet("conduct")
        writer.band(bands["standards"])
        if style == "key" or overall_style == "key":
            print_key(writer)
        row = writer.row
        writer.put(row, 1, None)
        writer.put(row, 2, CONDUCT_HEADINGS[part_style], bold=True, colour="FFFFFF", fill=brand)
        writer.merge(row, 2, 1 + len(CONDUCT))
        writer.put(row, 2 + len(CONDUCT), PRACTICE_HEADINGS[part_style], bold=True, colour="FFFFFF", fill=brand)
        writer.merge(row, 2 + len(CONDUCT), 1 + len(standards))
        writer.put(row + 1, 1, "Standard", bold=True, fill="D9D9D9")
        writer.put(row + 2, 1, rng.choice(("Evidence from the observation", "What was seen")), bold=True,
                   fill="D9D9D9")
        rows = {"grade": row + 3}
        if self_rating:
            writer.put(row + 3, 1, "Practitioner's self-rating (before feedback)", bold=True, fill="D9D9D9")
            rows["grade"] = row + 4
        writer.put(rows["grade"], 1, {"dropdown": "Observer's grade (choose)", "typed": "Observer's grade",
                                      "key": "Observer's score (see key)"}[style], bold=True, fill="D9D9D9")
        for offset, ((_code, name), section, own) in enumerate(zip(standards, sample.sections, self_grades)):
            column = 2 + offset
            writer.put(row + 1, column, name, bold=True)
            writer.put(row + 2, column, section.comment)
            if self_rating:
                writer.put(row + 3, column, words[own])
            grade_cells(writer, rows["grade"], section.grade, style, column)
        writer.height(row + 1, 48)
        writer.height(row + 2, 110)
        writer.row = rows["grade"] + 2
    else:
        for part, headings, group_standards, offset in (
                ("conduct", CONDUCT_HEADINGS, standards[:len(CONDUCT)], 0),
                ("practice", PRACTICE_HEADINGS, standards[len(CONDUCT):], len(CONDUCT))):
            writer = sheet(part)
            if part == "conduct" or names["practice"] != names["conduct"]:
                writer.band(bands["standards"])
                if style == "key" or overall_style == "key":
                    print_key(writer)
            writer.band(headings[part_style], light=True)
            row = writer.row
            writer.put(row, 1, "No.", bold=True, fill="D9D9D9")
            writer.put(row, 2, "Standard", bold=True, fill="D9D9D9")
            writer.put(row, 3, rng.choice(("Evidence from the observation", "What was seen and heard")), bold=True,
                       fill="D9D9D9")
            writer.merge(row, 3, 4)
            if self_rating:
                writer.put(row, 5, "Practitioner's self-rating", bold=True, fill="D9D9D9")
            grade_header(writer, row, style, grade_column, "D9D9D9", "Observer's" if self_rating else "")
            writer.height(row, 30)
            writer.row += 1
            for number, (code, name) in enumerate(group_standards):
                section = sample.sections[offset + number]
                writer.put(writer.row, 1, code, bold=True)
                writer.put(writer.row, 2, name, bold=True)
                writer.put(writer.row, 3, section.comment)
                writer.merge(writer.row, 3, 4)
                if self_rating:
                    writer.put(writer.row, 5, words[self_grades[offset + number]])
                grade_cells(writer, writer.row, section.grade, style, grade_column)
                writer.height(writer.row, 45)
                writer.row += 1
            writer.row += 1

    # --- summary: overall grade, what went well, what could be better, safety ----------------
    writer = sheet("summary")
    writer.band(bands["summary"])
    if overall_style == "key" and writer.ws.title not in keyed:
        print_key(writer)
    overall_column = 5
    if overall_style == "columns":
        grade_header(writer, writer.row, "columns", overall_column, "E2EFDA")
        writer.row += 1
    writer.put(writer.row, 1, rng.choice(("Overall judgement of the practice observed", "OVERALL GRADE",
                                          "Overall grade against the standards")), bold=True, fill="E2EFDA")
    writer.merge(writer.row, 1, 4)
    grade_cells(writer, writer.row, sample.grade, overall_style, overall_column)
    writer.height(writer.row, 24)
    writer.row += 2

    went_well = rng.choice(("What went well", "What went well?", "Strengths of the practice observed"))
    better = rng.choice(("Even better if", "What could be better?", "Areas to develop"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if lists_shape == "side":
        writer.put(writer.row, 1, went_well, bold=True, fill="E2EFDA")
        writer.merge(writer.row, 1, 3)
        writer.put(writer.row, 4, better, bold=True, fill="FCE4D6")
        writer.merge(writer.row, 4, WIDTH)
        writer.row += 1
        for number in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[number] if number < len(sample.strengths) else None
            right = sample.development_areas[number] if number < len(sample.development_areas) else None
            writer.put(writer.row, 1, f"{bullet}{left}" if left else None)
            writer.merge(writer.row, 1, 3)
            writer.put(writer.row, 4, f"{bullet}{right}" if right else None)
            writer.merge(writer.row, 4, WIDTH)
            writer.height(writer.row, 32)
            writer.row += 1
        writer.row += 1
    else:
        for heading, items in ((went_well, sample.strengths), (better, sample.development_areas)):
            writer.band(heading, light=True)
            if lists_shape == "cell":
                writer.wide("\n".join(f"{bullet or '- '}{item}" for item in items), lines=len(items) + 1)
            else:
                for number, item in enumerate(items, start=1):
                    writer.wide(f"{number}. {item}" if not bullet else f"{bullet}{item}")
            writer.row += 1

    writer.put(writer.row, 1, rng.choice(("Did anything seen raise an immediate concern for a child's safety?",
                                          "Immediate safeguarding concern identified?")), bold=True, fill="FCE4D6")
    writer.merge(writer.row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "None"))
    target = writer.put(writer.row, 5, answer, bold=True, fill="FFF2CC")
    writer.merge(writer.row, 5, 6)
    if answer in ("Yes", "No"):
        dropdown(writer, target.coordinate, ("Yes", "No"))
    writer.height(writer.row, 30)
    writer.row += 1
    if sample.urgent_concern or rng.random() < 0.4:
        writer.pair("If yes, what was done", sample.urgent_concern_detail or "")
        writer.height(writer.row - 1, 48 if sample.urgent_concern else 15)
    writer.row += 1

    # --- the practitioner's reflection and learning ---------------------------------------------
    writer = sheet("reflection")
    writer.band(bands["reflection"])
    thoughts = rng.sample([thought for thought in REFLECTIONS if child or "{child}" not in thought], rng.randint(1, 3))
    first_name = child.first_name if child else None
    writer.pair(rng.choice(("Practitioner's reflection (in their own words)", "My reflection on the observation")),
                " ".join(fill(thought, first_name) for thought in thoughts))
    writer.height(writer.row - 1, 48)
    question = rng.choice(("Reflective discussion held with the practitioner?",
                           "Was a reflective discussion held after the observation?"))
    if sample.reflective_discussion:
        answer = rng.choice(("Yes", "Yes", "Yes – same week", "\u2612 Yes   \u2610 No"))
    else:
        answer = rng.choice(("No", "No – to be arranged in supervision", "\u2610 Yes   \u2612 No"))
    row = writer.pair(question, answer, bold=True)
    if answer in ("Yes", "No"):
        dropdown(writer, f"B{row}", ("Yes", "No"))
    writer.pair(rng.choice(("Can this observation be used as CPD evidence?", "Recorded as CPD?")),
                rng.choice(("Yes", "Yes – practitioner to add to their CPD record", "Not yet decided")))
    writer.row += 1

    writer.band(bands["actions"], light=True)
    if actions_shape == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("Learning action", "Lead", "Target date")))
        writer.put(writer.row, 1, headers[0], bold=True, fill="DDEBF7")
        writer.merge(writer.row, 1, 4)
        writer.put(writer.row, 5, headers[1], bold=True, fill="DDEBF7")
        writer.merge(writer.row, 5, 6)
        writer.put(writer.row, 7, headers[2], bold=True, fill="DDEBF7")
        writer.merge(writer.row, 7, 8)
        writer.row += 1
        for action in sample.actions:
            writer.put(writer.row, 1, action.action)
            writer.merge(writer.row, 1, 4)
            writer.put(writer.row, 5, action.owner)
            writer.merge(writer.row, 5, 6)
            value, fmt = day(action.due)
            writer.put(writer.row, 7, value, fmt=fmt)
            writer.merge(writer.row, 7, 8)
            writer.height(writer.row, 30)
            writer.row += 1
    elif actions_shape == "lines":
        writer.wide("\n".join(f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                              for number, action in enumerate(sample.actions, start=1)),
                    lines=len(sample.actions) + 1)
    else:
        writer.wide(rng.choice(NO_ACTIONS), italic=True)
    writer.row += 1
    writer.pair(rng.choice(("Observer signature", "Signed (observer)")), sample.auditor)
    writer.pair(rng.choice(("Practitioner signature", "Signed (practitioner)")), sample.practitioner)
    writer.row += 1

    # --- Head of Service moderation ------------------------------------------------------------
    writer = sheet("moderation")
    writer.band(bands["moderation"])
    labels = (rng.choice(("Moderated by", "Head of Service")), rng.choice(("Date moderated", "Date")),
              rng.choice(("Do you agree with the overall judgement?", "Agree with observer's grade?")),
              rng.choice(("Moderated judgement", "Grade after moderation")),
              rng.choice(("Head of Service comments", "Comments")))
    colour = ink if moderation and moderation_look == "ink" else None
    if moderation:
        moderated_on, moderated_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No", "Disagree"))
            grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
        formats = (None, moderated_fmt, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(NOT_MODERATED))
        formats = (None,) * 5
    top = writer.row
    for text, value, fmt in zip(labels, values, formats):
        writer.pair(text, value, fmt=fmt, colour=colour, bold=bool(value) and text == labels[3],
                    label_fill="F2F2F2")
    writer.height(writer.row - 1, 40)
    if moderation_look == "box":
        for row in range(top, writer.row):
            for column in range(1, WIDTH + 1):
                cell = writer.ws.cell(row=row, column=column)
                cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == WIDTH else THIN,
                                     top=THICK if row == top else THIN,
                                     bottom=THICK if row == writer.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    others = tuple(present) + tuple(name for name, _ in brothers)
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also)
