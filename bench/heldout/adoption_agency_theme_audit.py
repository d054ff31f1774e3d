"""Themed audit of adoption work kept as an Excel workbook: a council's
quality assurance of the adoption part of its children in care service,
delivered through the regional adoption agency (RAA) it belongs to. One
theme of adoption practice (early permanence, life story work and later
life letters, brothers and sisters placed together or apart, adoption
support plans, family finding for the children who wait longest, staying
in touch after the adoption order) is audited across a small sample of
children's cases. The lead auditor lists the cases one to a row with their
references, the placing authority and the stage of the child's adoption
journey, answers a few met / partly / not met checks for each case, grades
each area of practice across the whole sample, gives an overall judgement
for the theme, says what is working well and what needs to improve,
answers whether any child or family needed immediate safeguarding action,
sets out the actions, and sends it to the Head of Service for Children in
Care to moderate.

Modelled on what regional adoption agencies and Ofsted publish about
adoption practice and its oversight; none of them shows an audit form (no
RAA and no Adoption England material was used by another family). What was
read, as search excerpts:

- Ofsted, "Ofsted to conduct a thematic inspection of regional adoption
  agencies" (gov.uk news story, undated in the excerpt read): Ofsted
  visits six RAAs between October and December 2023 and considers the effectiveness of recruitment,
  assessment, family finding and matching in providing safe, child-focused
  and timely adoptive placements; the effectiveness of adoption support for
  adoptive families, birth families and adopted adults; how far the RAA
  leader understands the service's strengths and areas for development;
  how far the views of people with lived experience of adoption inform the
  service; and whether governance gives assurance to member local
  authorities.
- Ofsted, "Regional adoption agencies – thematic inspection report"
  (gov.uk, 26 March 2024; executive summary read): recruitment, assessment,
  family finding and matching remained consistently strong; adopters were
  still short for the children who wait longest; several RAAs struggled to
  recruit and retain staff; different models of delivery gave families,
  birth parents and adopted adults different experiences.
- Adoption Counts, "Guide to Adoption Support Services provided by Adoption
  Counts" (adoptioncounts.org.uk): a family finder is allocated as soon as
  adoption is identified as a possible option for a child and advises the
  child's social worker; the family finder may seek advice from the
  agency's Adoption Psychology Service about the child's future needs; after
  a match adopters receive an 'All About Me' form on the child's strengths
  and needs.
- Warwickshire County Council, "Adoption Central England celebrates eight
  years of supporting families and children" (warwickshire.gov.uk, February
  2026): ACE is the RAA for Warwickshire, Coventry, Solihull, Worcestershire
  and Herefordshire; DDP accreditation (2020), a clinical psychology
  service (2021), recognition in Ofsted's 2023 thematic inspection of RAAs,
  the Early Permanence Quality Kitemark (2025); its panel has supported 739
  matches since 2018.
- Adoption England, "Areas of work" (adoptionengland.co.uk): its priority
  areas include early permanence (fostering for adoption, concurrent
  planning) and maintaining relationships for adopted people after the
  adoption order.

Those pages give the themes and the areas of practice (timeliness, family
finding and matching, early permanence, adoption support, staying in touch,
the child's identity and life story). Everything else is our own judgement:
the invented RAA ("Pennine Vale Adoption", hosted by Northmoor Council) and
its placing authorities; one sheet, three sheets (front sheet, sample,
findings and actions) or five (details, sample, findings by area, summary
and actions, sign-off); the details as label / value rows, a strip of
labels over their values, or "Label: value" typed in one cell; the sample
as one row per case with plain or prefixed references, on some files a
column naming the children (brothers and sisters together) or the adopters
spoken to; the areas as a table or as a card of rows per area, some with
the number of cases meeting the standard; grades from a drop-down, typed
informally, scored on a printed 1-4 key (either way round), marked under
four grade columns, or the chosen option emboldened among the four with the
others struck through (in one cell or four); dates typed in several
spellings or kept as Excel dates; actions as a table, numbered lines or a
"no actions" sentence; and the Head of Service's moderation typed in a
colour of their own, as rows, a note, or inside a heavy-bordered box,
confirming, changing or only commenting, or awaited.
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
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILDREN_IN_CARE, invent_child
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    attendees,
    date_writer,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "adoption_agency_theme_audit"
SEED = 10012
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
RAA = "Pennine Vale Adoption"
PLACING = ("Northmoor", "Calderbrook", "Ashworth Vale", "Kirkby Moor")

# Each theme with the checks answered for every case in the sample.
THEMES = {
    "Early permanence (fostering for adoption and concurrent planning)": (
        "EP considered at the permanence planning meeting?", "EP carers identified?",
        "Birth parents told about EP?"),
    "Life story work and later life letters": (
        "Life story book given by the adoption order?", "Later life letter on file?", "Written for the child?"),
    "Brothers and sisters: together or apart assessments": (
        "Sibling assessment on file?", "Reasons for the decision clear?", "Staying-in-touch plan for siblings?"),
    "Adoption support plans at matching": (
        "Support plan agreed at matching?", "Therapeutic needs assessed?", "Support fund application considered?"),
    "Family finding for children who wait longest": (
        "Family finder allocated early?", "Wider family finding used?", "Child's profile kept up to date?"),
    "Staying in touch after the adoption order": (
        "Arrangements in the support plan?", "Arrangements reviewed since the order?",
        "Child's views on staying in touch recorded?"),
}
AREAS = (
    "Timeliness of the child's plan for adoption",
    "Family finding and matching",
    "Early permanence considered",
    "Child's voice, identity and life story",
    "Brothers, sisters and staying in touch",
    "Adoption support assessment and plan",
    "Work with birth parents",
    "Management oversight and recording",
)
EVIDENCE = {
    OUTSTANDING: ("Strong in every case sampled; an example to share with the placing authorities.",
                  "Consistently child-focused and well recorded across the sample."),
    GOOD: ("Seen in most cases; one or two gaps in recording.", "Clear in the majority of the sample."),
    REQUIRES_IMPROVEMENT: ("Inconsistent – seen in about half of the cases.",
                           "Present, but reasons are not recorded well enough."),
    INADEQUATE: ("Missing in most of the cases audited.", "Not evident; children's plans drifted."),
}
STRENGTHS = (
    "Family finders were allocated early and knew the children well.",
    "Early permanence was considered for every baby in the sample.",
    "Adoption support plans at matching were clear about therapeutic help.",
    "Life story books were of good quality and written for the child.",
    "Matching reports drew well on the child's health and education information.",
    "Adopters described their preparation training as thorough and helpful.",
)
DEVELOPMENT = (
    "Later life letters were late or missing in several cases.",
    "Sibling assessments did not always explain why children were placed apart.",
    "Staying-in-touch arrangements were not reviewed after the adoption order.",
    "Delays between the placement order and matching were not explained on file.",
    "Adoption support plans were not updated when the child's needs changed.",
)
ACTIONS = (
    "Team managers to check every later life letter is on file within ten weeks of the adoption order.",
    "Practice session on together or apart assessments for family finders and children's social workers.",
    "Review the staying-in-touch plans of the children in the sample within three months.",
    "Add an early permanence prompt to the permanence planning meeting template.",
    "Re-audit the same theme in six months to test the impact.",
)
OWNERS = ("RAA Team Manager (Family Finding)", "Adoption Support Team Manager", "Principal Social Worker",
          "Head of Service", "Andrew Booth", "QA Team")
NO_ACTIONS = ("No actions arising – the learning will go to the next RAA practice forum.",
              "No further actions from this audit.", "None identified at this stage.")
URGENT = (
    "Case {n}: the adopters reported a new disclosure the child made at school; shared with the placing "
    "authority's front door the same day and a strategy discussion held.",
    "Case {n}: a birth parent had found the family's address online; police and the placing authority "
    "informed and a safety plan agreed the same day.",
)
STAGES = ("Placed – awaiting order", "Adoption order made", "Matched – introductions", "Family finding",
          "EP placement", "Post-order support")
CASE_NOTES = ("", "Later life letter overdue", "Good life story book", "Profile not updated", "Clear sibling assessment",
              "Support plan generic", "")
SIBLING_NOTES = ("{name} is placed separately; staying-in-touch plan not reviewed.",
                 "{name} lives with the same adopters.", "Letterbox contact with {name} agreed.")
ADOPTER_NOTES = ("{name} said the support offer was explained clearly.",
                 "{name} had not been told about the support fund.")
SIGN_OFF = {
    "confirm": ("I have read two of the cases myself and agree with the overall judgement.",
                "Agreed. Good to see the learning from the last audit in practice."),
    "change": ("Having read the case summaries I would place the overall judgement at {grade}.",),
    "comments": ("Please take the learning to the next RAA practice forum.",
                 "I would like the re-audit to include the placing authorities' social workers.",
                 "Actions to go on the service improvement plan."),
}
TITLES = ("Themed Audit – Adoption", "RAA THEMATIC AUDIT", "Adoption Practice: Themed Case Audit",
          "Thematic audit of adoption cases", "Quality Assurance – Themed Audit (Adoption)")
THIN = Side(style="thin", color="808080")
HEAVY = Side(style="thick", color="000000")
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    plans = [dict(zip(("structure", "grading", "moderation", "urgent", "named", "no_actions"), values))
             for values in zip(spread(["one"] * 5 + ["three"] * 5 + ["five"] * 6),
                               spread(["dropdown", "typed", "score", "columns", "struck", "options"] * 3),
                               spread(["confirm"] * 3 + ["change"] * 4 + ["comments"] * 3 + [None] * 6),
                               spread([True] * 3 + [False] * 13),
                               spread(["children"] * 5 + ["adopters"] * 3 + [None] * 8),
                               spread([True] * 3 + [False] * 13))]
    # Two forms give no overall judgement; neither has a moderated one.
    ungraded = [index for index, plan in enumerate(plans) if plan["moderation"] in (None, "comments")]
    for index in rng.sample(ungraded, min(2, len(ungraded))):
        plans[index]["ungraded"] = True
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    return rng.choice([ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(ORDER)])


class _Sheet:
    def __init__(self, ws, font: str, brand: str, widths=(34, 16, 16, 16, 16, 34, 14, 14, 14, 14)):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, size=10, strike=False,
             number_format=None, border=True):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last=6):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def wide(self, text, *, colour=None, italic=False, bold=False, last=6, border=True, height=None):
        self.cell(self.row, 1, text, colour=colour, italic=italic, bold=bold, border=border)
        self.merge(self.row, 1, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def heading(self, council: str, title: str):
        self.cell(1, 1, council, bold=True, colour=self.brand, border=False)
        self.merge(1, 1, 6)
        self.cell(2, 1, title, bold=True, colour=self.brand, size=14, border=False)
        self.merge(2, 1, 6)
        self.row = 4


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy"))
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    grading = plan["grading"]
    structure = plan["structure"]
    details_style = rng.choice(("rows", "strip", "inline"))
    areas_style = "table" if grading == "columns" else rng.choice(("table", "cards"))
    counts_shown = grading != "score" and rng.random() < 0.6
    key_reversed = rng.random() < 0.4
    moderation_style = rng.choice(("rows", "box", "note"))
    action_style = rng.choice(("table", "table", "lines"))

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # Who: a Children in Care manager or the QA team leads; their Head of Service moderates.
    lead = rng.choice([member for member in STAFF if member.name in
                       ("Andrew Booth", "Nicola Wragg", "Angela Moorcroft", "Liam Doherty")]).name
    head = next(member.name for member in STAFF
                if member.role == "head_of_service" and member.service == CHILDREN_IN_CARE)
    theme = rng.choice(tuple(THEMES))
    checks = THEMES[theme]
    own = {field.key: field for field in sample.own}
    case_ids = (list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own
                else [str(rng.randint(1000000, 9999999)) for _ in range(own["cases_sampled"].expected)])
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = [f"{prefix}{case_id}" for case_id in case_ids]
    total = len(references)

    areas = rng.sample(AREAS, rng.randint(4, 6))
    grades = [rng.choice((GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, OUTSTANDING, INADEQUATE))
              for _ in areas]
    overall = max(set(grades), key=lambda grade: (grades.count(grade), -ORDER.index(grade)))
    graded = not plan.get("ungraded")
    sections = tuple(Section(area, grade, rng.choice(EVIDENCE[grade])) for area, grade in zip(areas, grades))

    def met_in(grade: str) -> int:
        """How many of the cases met the standard, as the grade suggests."""
        if grade == OUTSTANDING:
            return total
        if grade == GOOD:
            return total - rng.randint(1, max(1, total // 3))
        if grade == REQUIRES_IMPROVEMENT:
            return max(1, (total + 1) // 2 - rng.randint(0, 1))
        return rng.randint(0, max(1, total // 4))

    actions = () if plan["no_actions"] else tuple(
        SampleAction(text, rng.choice(OWNERS), action.due)
        for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    moderation = None
    signed = min(today, sample.date + timedelta(days=rng.randint(3, 12)))
    signed -= timedelta(days=max(0, signed.weekday() - 4))
    if plan["moderation"] == "confirm" and graded:
        moderation = Moderation(head, signed, (rng.choice(SIGN_OFF["confirm"]),), grade=overall)
    elif plan["moderation"] == "change" and graded:
        new = _neighbour(rng, overall)
        moderation = Moderation(head, signed, (SIGN_OFF["change"][0].format(grade=WORDS[new].lower()),), grade=new)
    elif plan["moderation"] in ("comments", "confirm", "change"):
        moderation = Moderation(head, signed, tuple(rng.sample(SIGN_OFF["comments"], rng.randint(1, 2))))
    urgent = plan["urgent"]
    show_service = rng.random() < 0.75
    show_count = rng.random() < 0.75
    changes = {
        "auditor": lead,
        "service": CHILDREN_IN_CARE if show_service else None,
        "grade": overall if graded else None,
        "sections": sections,
        "strengths": tuple(rng.sample(STRENGTHS, len(sample.strengths))),
        "development_areas": tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))),
        "actions": actions,
        "moderation": moderation,
        "urgent_question": True,
        "urgent_concern": urgent,
        "urgent_concern_detail": rng.choice(URGENT).format(n=rng.randint(1, total)) if urgent else None,
        "own": (ToolField("theme", "Theme", theme, theme),
                ToolField("cases_sampled", "Number of cases audited", str(total), total),
                ToolField("sampled_case_ids", "Case reference", ", ".join(references), references)),
    }
    sample = replace(sample, **changes)

    # The people in each case, on forms that name them.
    named: list[list[str]] = []
    others: list[str] = []
    notes: dict[int, str] = {}
    if plan["named"] == "children":
        for number in range(total):
            child = invent_child(rng, today)
            while child.surname in {name.split()[-1] for name in others}:
                child = invent_child(rng, today)  # one family to a case
            names = [child.full_name]
            if rng.random() < 0.45:
                names += [name for name, _ in siblings(rng, child, rng.randint(1, 2), today)]
                notes[number] = rng.choice(SIBLING_NOTES).format(name=names[-1].split()[0])
            named.append(names)
            others += names
    elif plan["named"] == "adopters":
        surnames = ("Brookes", "Okafor", "Whitfield", "Kowalczyk", "Pickering", "Haworth", "Mensah", "Ashcroft",
                    "Kershaw", "Sutcliffe", "Lindley", "Ormerod")
        people = attendees(rng, surnames, total)
        for number, person in enumerate(people):
            named.append([person])
            if rng.random() < 0.3:
                notes[number] = rng.choice(ADOPTER_NOTES).format(name=person.split()[0])
        others += people
    surnames_named = tuple(dict.fromkeys(name.split()[-1] for name in others))

    # The workbook.
    workbook = Workbook()
    title = rng.choice(TITLES)
    council = rng.choice((f"{RAA} – Regional Adoption Agency (hosted by {COUNCIL})",
                          f"{COUNCIL} Children's Services and {RAA}",
                          f"{COUNCIL} – Children's Services: adoption"))
    first = workbook.active
    if structure == "one":
        first.title = rng.choice(("Theme audit", "Audit", "Themed audit"))
        sheets = {"details": first, "sample": first, "areas": first, "summary": first, "sign": first}
    elif structure == "three":
        first.title = rng.choice(("Front sheet", "Summary"))
        sample_ws = workbook.create_sheet(rng.choice(("Sample", "Cases audited")))
        findings_ws = workbook.create_sheet(rng.choice(("Findings & actions", "Findings")))
        sheets = {"details": first, "sample": sample_ws, "areas": findings_ws, "summary": findings_ws,
                  "sign": findings_ws}
    else:
        first.title = "1 Details"
        sheets = {"details": first, "sample": workbook.create_sheet("2 Sample"),
                  "areas": workbook.create_sheet("3 Findings by area"),
                  "summary": workbook.create_sheet("4 Summary & actions"), "sign": workbook.create_sheet("5 Sign-off")}
    pages: dict = {}

    def page(key: str) -> _Sheet:
        ws = sheets[key]
        if ws.title not in pages:
            pages[ws.title] = _Sheet(ws, font, brand)
            name = ws.title[2:] if ws.title[0].isdigit() else ws.title
            pages[ws.title].heading(council, title if ws is first else f"{title} – {name}")
        return pages[ws.title]

    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    # 1. Details.
    s = page("details")
    s.wide(rng.choice(("OFFICIAL – SENSITIVE", "Please complete the shaded cells and return to the QA mailbox.",
                       "Audit of practice across the RAA and its placing authorities.")), italic=True, border=False)
    s.row += 1
    date_value, date_fmt = day(sample.date)
    lead_text = rng.choice((lead, f"{lead} (lead auditor)", lead))
    details = [(rng.choice(("Audit theme", "Theme", "Theme of audit")), theme, None),
               (rng.choice(("Lead auditor", "Audit completed by", "Auditor")), lead_text, None)]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), CHILDREN_IN_CARE, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date completed")), date_value, date_fmt))
    if show_count:
        details.append((rng.choice(("Number of cases audited", "Cases in sample", "No. of cases")), total, None))
    if details_style == "rows":
        for text, value, fmt in details:
            s.cell(s.row, 1, text, bold=True, fill="F2F2F2")
            s.cell(s.row, 2, value, number_format=fmt, fill="FFF2CC")
            s.merge(s.row, 2, 6)
            s.row += 1
    elif details_style == "strip":
        for start in range(0, len(details), 3):
            for position, (text, value, fmt) in enumerate(details[start:start + 3]):
                column = 1 + 2 * position
                s.cell(s.row, column, text, bold=True, fill="DDEBF7")
                s.merge(s.row, column, column + 1)
                s.cell(s.row + 1, column, value, number_format=fmt, fill="FFF2CC")
                s.merge(s.row + 1, column, column + 1)
            s.row += 2
    else:
        for text, value, _ in details:
            shown = value if isinstance(value, (str, int)) else when(sample.date)
            s.wide(f"{text}: {shown}")
    s.row += 1

    # Grades as this form takes them.
    score = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4} if key_reversed
             else {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
    key_text = "Key: " + ", ".join(f"{score[grade]} = {WORDS[grade]}" for grade in sorted(ORDER, key=score.get))
    mark = rng.choice(("X", "x", "\u2713", ""))
    option_fill = rng.choice(("FFFF00", "C6E0B4", "BDD7EE"))

    def grade_value(sheet: _Sheet, row: int, column: int, grade: str, *, bold: bool = False, last: int = 6) -> None:
        """The grade in the cells from `column` to `last` of `row`."""
        if grading == "options":
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                sheet.cell(row, column + offset, WORDS[option], bold=chosen, strike=not chosen,
                           fill=option_fill if chosen else None)
            return
        if grading == "struck":
            parts = []
            for position, option in enumerate(ORDER):
                if position:
                    parts.append(" / ")
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, b=chosen or None, strike=not chosen or None, sz=10),
                                       WORDS[option]))
            sheet.cell(row, column, CellRichText(parts))
        elif grading == "dropdown":
            target = sheet.cell(row, column, WORDS[grade], bold=bold, fill="FFF2CC")
            dropdown(sheet.ws, target.coordinate, tuple(WORDS[option] for option in ORDER))
        elif grading == "score":
            sheet.cell(row, column, score[grade], bold=bold, fill="FFF2CC")
        else:
            sheet.cell(row, column, informal_grade(rng, grade), bold=bold)
        sheet.merge(row, column, last)

    # 2. The sample: one row per case.
    s = page("sample")
    headers = ["No.", rng.choice(("Case reference", "Child's ID", "Case ref"))]
    if named:
        headers.append("Child(ren)" if plan["named"] == "children" else rng.choice(("Adopters spoken to",
                                                                                    "Adopter(s) consulted")))
    headers += [rng.choice(("Placing LA", "Placing authority")), "Stage"]
    headers += list(checks)
    headers.append(rng.choice(("Auditor's note", "Notes")))
    s.band(rng.choice(("Cases sampled", "The sample", "CASES AUDITED")), last=len(headers))
    header_row = s.row
    for column, text in enumerate(headers, start=1):
        s.cell(header_row, column, text, bold=True, fill="DDEBF7")
    s.ws.row_dimensions[header_row].height = 42
    s.row += 1
    answers = ("Met", "Partly met", "Not met")
    for number, reference in enumerate(references):
        values = [number + 1, reference]
        if named:
            values.append(" / ".join(named[number]))
        values += [rng.choice(PLACING), rng.choice(STAGES)]
        row = s.row
        for column, value in enumerate(values, start=1):
            s.cell(row, column, value)
        for offset in range(len(checks)):
            target = s.cell(row, len(values) + 1 + offset, rng.choice(("Met", "Met", "Partly met", "Not met")),
                            fill="FFF2CC")
            dropdown(s.ws, target.coordinate, answers)
        s.cell(row, len(values) + len(checks) + 1, notes.get(number, rng.choice(CASE_NOTES)))
        s.row += 1
    s.row += 1

    # 3. Areas of practice graded across the sample.
    s = page("areas")
    last = 10 if grading in ("columns", "options") else 6
    s.band(rng.choice(("Findings by area of practice", "Judgements across the sample", "AREAS OF PRACTICE")), last)
    if grading == "score":
        s.wide(key_text, bold=True, italic=True)
    elif grading == "struck":
        s.wide("Strike through the judgements that do not apply and embolden the one that does.", italic=True)
    elif grading == "options":
        s.wide("Embolden and highlight the judgement; strike through the others.", italic=True)
    evidence_label = rng.choice(("Evidence", "Evidence from the sample", "Comments"))
    count_label = rng.choice(("Cases meeting the standard", "Met in"))
    if areas_style == "table":
        row = s.row
        s.cell(row, 1, rng.choice(("Area of practice", "Area", "Practice area")), bold=True, fill="DDEBF7")
        column = 2
        if counts_shown:
            s.cell(row, column, count_label, bold=True, fill="DDEBF7")
            column += 1
        if grading == "columns":
            s.cell(row, column, evidence_label, bold=True, fill="DDEBF7")
            s.merge(row, column, 6)
            for offset, option in enumerate(ORDER):
                s.cell(row, 7 + offset, WORDS[option], bold=True, fill="DDEBF7")
        elif grading == "options":
            s.cell(row, column, evidence_label, bold=True, fill="DDEBF7")
            s.merge(row, column, 6)
            s.cell(row, 7, "Judgement", bold=True, fill="DDEBF7")
            s.merge(row, 7, 10)
        else:
            s.cell(row, column, "Judgement", bold=True, fill="DDEBF7")
            s.cell(row, column + 1, evidence_label, bold=True, fill="DDEBF7")
            s.merge(row, column + 1, 6)
        s.row += 1
        for section in sample.sections:
            row = s.row
            s.cell(row, 1, section.name, bold=True)
            column = 2
            if counts_shown:
                s.cell(row, column, f"{met_in(section.grade)} of {total}")
                column += 1
            if grading == "columns":
                s.cell(row, column, section.comment)
                s.merge(row, column, 6)
                for offset, option in enumerate(ORDER):
                    if option == section.grade and mark:
                        s.cell(row, 7 + offset, mark, bold=True)
                    elif option == section.grade:
                        s.cell(row, 7 + offset, None, fill="808080")
                    else:
                        s.cell(row, 7 + offset, None)
            elif grading == "options":
                s.cell(row, column, section.comment)
                s.merge(row, column, 6)
                grade_value(s, row, 7, section.grade)
            else:
                grade_value(s, row, column, section.grade, last=column)
                s.cell(row, column + 1, section.comment)
                s.merge(row, column + 1, 6)
            s.ws.row_dimensions[row].height = 30
            s.row += 1
    else:
        for section in sample.sections:
            s.cell(s.row, 1, section.name, bold=True, fill="E2EFDA")
            s.merge(s.row, 1, last)
            s.row += 1
            s.cell(s.row, 1, "Judgement", bold=True)
            grade_value(s, s.row, 2, section.grade, last=last if grading != "options" else 5)
            s.row += 1
            if counts_shown:
                s.cell(s.row, 1, count_label, bold=True)
                s.cell(s.row, 2, f"{met_in(section.grade)} of {total}")
                s.merge(s.row, 2, last)
                s.row += 1
            s.cell(s.row, 1, evidence_label, bold=True)
            s.cell(s.row, 2, section.comment)
            s.merge(s.row, 2, last)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 2
    s.row += 1

    # 4. Summary: overall judgement, strengths, development, urgent question, actions.
    s = page("summary")
    overall_label = rng.choice(("Overall judgement for the theme", "OVERALL JUDGEMENT", "Overall grade across the sample"))
    if grading == "columns":
        row = s.row
        s.cell(row, 1, overall_label, bold=True, fill="E2EFDA")
        s.merge(row, 1, 6)
        for offset, option in enumerate(ORDER):
            s.cell(row, 7 + offset, WORDS[option], bold=True, fill="DDEBF7")
        s.row += 1
        s.cell(s.row, 1, "" if graded else rng.choice(("Not graded – learning audit", "")))
        s.merge(s.row, 1, 6)
        for offset, option in enumerate(ORDER):
            chosen = graded and option == sample.grade
            if chosen and mark:
                s.cell(s.row, 7 + offset, mark, bold=True)
            else:
                s.cell(s.row, 7 + offset, None, fill="808080" if chosen else None)
        s.row += 2
    else:
        if grading == "score" and sheets["summary"] is not sheets["areas"]:
            s.wide(key_text, bold=True, italic=True)
        s.cell(s.row, 1, overall_label, bold=True, fill="E2EFDA")
        if graded:
            grade_value(s, s.row, 2, sample.grade, bold=True, last=5 if grading == "options" else 6)
        else:
            s.cell(s.row, 2, rng.choice(("Not graded – this was a learning audit.", "N/A – no overall grade given")),
                   italic=True)
            s.merge(s.row, 2, 6)
        s.row += 2

    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well", "Strengths", "Strengths found")), sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development", "Worries / gaps")),
                            sample.development_areas)):
        s.band(heading)
        for item in items:
            s.wide(f"{bullet}{item}", height=18)
        s.row += 1

    s.band(rng.choice(("Immediate safeguarding", "Urgent concerns", "Any child or family at risk?")))
    question = rng.choice(("Did the audit identify any child or family needing immediate safeguarding action?",
                           "Urgent concern identified during the audit?"))
    s.cell(s.row, 1, question, bold=True, fill="FCE4D6")
    s.merge(s.row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "NO", "No"))
    target = s.cell(s.row, 5, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(s.ws, target.coordinate, ("Yes", "No"))
    s.merge(s.row, 5, 6)
    s.ws.row_dimensions[s.row].height = 30
    s.row += 1
    s.cell(s.row, 1, rng.choice(("If yes, what was done", "Action taken")), bold=True, fill="FCE4D6")
    s.cell(s.row, 2, sample.urgent_concern_detail or "")
    s.merge(s.row, 2, 6)
    s.row += 2

    s.band(rng.choice(("Actions", "Action plan", "Actions arising – who and by when")))
    if not sample.actions:
        s.wide(rng.choice(NO_ACTIONS))
    elif action_style == "table":
        for column, text in zip((1, 4, 5, 6), ("Action", rng.choice(("Lead", "Owner", "Who")),
                                               rng.choice(("By when", "Target date")), "Progress")):
            s.cell(s.row, column, text, bold=True, fill="DDEBF7")
        s.merge(s.row, 1, 3)
        s.row += 1
        for action in sample.actions:
            s.cell(s.row, 1, action.action)
            s.merge(s.row, 1, 3)
            s.cell(s.row, 4, action.owner)
            value, fmt = day(action.due)
            s.cell(s.row, 5, value, number_format=fmt)
            s.cell(s.row, 6, "")
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            s.wide(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    s.row += 1

    # 5. The Head of Service's moderation.
    s = page("sign")
    s.band(rng.choice(("Head of Service moderation", "Moderation and sign-off (Head of Service)", "SIGN-OFF")))
    agree_label = rng.choice(("Do you agree with the overall judgement?", "Agree with judgement?"))
    labels = (rng.choice(("Head of Service", "Moderated by")), rng.choice(("Date", "Date moderated")), agree_label,
              rng.choice(("Moderated judgement", "HoS judgement")), rng.choice(("Comments", "Moderator's comments")))
    values: tuple = ("", "", "", "", "")
    formats: tuple = (None,) * 5
    if moderation:
        signed_value, signed_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = WORDS[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        values = (moderation.moderator, signed_value, agree, grade_text, "\n".join(moderation.comments))
        formats = (None, signed_fmt, None, None, None)
    if moderation and moderation_style == "note":
        text = f"HoS moderation – {moderation.moderator}, {when(moderation.date)}: {' '.join(moderation.comments)}"
        if moderation.grade:
            text += f" Moderated judgement: {WORDS[moderation.grade]}."
        s.wide(text, colour=ink, height=45)
    elif moderation_style == "box" or (not moderation and moderation_style == "note"):
        top = s.row
        box_ink = ink if moderation and rng.random() < 0.5 else None
        for position, (text, value, fmt) in enumerate(zip(labels, values, formats)):
            row = top + position
            s.cell(row, 1, text, bold=True, fill="F2F2F2")
            s.cell(row, 2, value, number_format=fmt, colour=box_ink, bold=text == labels[3])
            s.merge(row, 2, 6)
            if text == labels[4]:
                s.ws.row_dimensions[row].height = 45
        for row in range(top, top + 5):
            for column in range(1, 7):
                target = s.ws.cell(row=row, column=column)
                target.border = Border(left=HEAVY if column == 1 else THIN, right=HEAVY if column == 6 else THIN,
                                       top=HEAVY if row == top else THIN, bottom=HEAVY if row == top + 4 else THIN)
        s.row = top + 5
    else:
        for text, value, fmt in zip(labels, values, formats):
            s.cell(s.row, 1, text, bold=True, fill="F2F2F2")
            s.cell(s.row, 2, value, number_format=fmt, colour=ink if moderation else None, bold=text == labels[3])
            s.merge(s.row, 2, 6)
            if text == agree_label:
                dropdown(s.ws, f"B{s.row}", ("Yes", "No"))
            s.row += 1
    if not moderation:
        s.wide(rng.choice(("Awaiting Head of Service moderation.", "", "To be moderated at the next QA meeting.")),
               italic=True, border=False)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others),
                    also=surnames_named)
