"""Supervision audit in the manner of Cafcass's quality and impact
framework: a Head of Service's audit of the supervision one practitioner
has had, read from the supervision records. It asks two questions of the
records, as that framework asks of casework: was the policy followed
(compliance), and did supervision make a difference for the children whose
cases were discussed (impact), judged against four child-focused outcomes.
The supervisee, the supervisor, team and service, the period and the
sessions reviewed, five standards (compliance and the four outcomes) each
with evidence and a grade, the overall grade, strengths and areas for
development, actions (or a sentence saying there are none), the question
whether a child's safety needs action today, and a second Head of
Service's moderation.

Modelled on what Cafcass (the Children and Family Court Advisory and
Support Service) publishes about its quality assurance, no council's form:

- "Improving by understanding the difference we make for children"
  (cafcass.gov.uk news, July 2016): the refreshed Quality Assurance and
  Impact framework, launched in February 2016, goes beyond quality
  assurance that looks mainly at practitioners' compliance with policy; it
  still measures adherence to important policy areas but also assesses the
  quality of each case against four child-focused outcomes – whether the
  child is Safe (risk identified, analysed and managed; the child safe and
  feeling safe), Heard (put at the centre of the case, lived experience
  understood, recommendations supporting the best outcome), Better
  represented (documents child centred, accurate, analytical, evidence
  informed, in respectful language; delay avoided) and Enabled (supported to
  understand the family's situation and to engage with the court and have
  input, by age and understanding); casework assessed Outstanding shows
  both compliance and impact high.
- "Cafcass introduces practice quality standards ..." (cafcass.gov.uk, 28
  April 2023): the practice quality standards for public and private law
  are the basis for induction, supervision, training, practice audits,
  practice observations and case record and learning reviews.
- "Taking learning forward at Cafcass" (cafcass.gov.uk, 28 April 2017): a
  programme of internal quality assurance and thematic audits.

None of these shows a form, and the framework is about casework, not
supervision. Everything about the layout is our own judgement: applying
the compliance-and-impact idea and the four outcomes to an audit of
supervision records (the standards' names, prompts and evidence are our
words); details as a two-column table, a strip of headings over values, or
tabbed lines with two labels to a line (team left off on a few files,
service on about half, the period on most, names with a role on some); the
sessions as a small table or one line; a policy compliance checklist ticked
Yes / Partly / No on some files; the five standards as one table, as a
matrix with a "Met / Partly met / Not met" compliance column beside the
impact grade, or one block each; grades typed informally, a number on a
printed 1–4 key either way round, the chosen word bold or highlighted among
the four, the others struck through, a mark under four grade columns, or a
Word drop-down; a printed key of what each overall grade means in
compliance and impact terms; on some files the children whose cases were
discussed, with their brothers and sisters in the same proceedings;
strengths and areas for development side by side, as bullets or numbered;
actions as a table, lines or a "no actions" sentence; the same-day safety
question typed, ticked or with the other answer struck through (3 yes);
seven date spellings; the Head of Service's moderation typed in a non-red
ink in a heavy-bordered box, under the overall grade or in the grade's own
cell, with remarks beside some standards (3 changing, 2 confirming, 2
comments only), or an empty box, an "awaiting" note or nothing. Cafcass
does not audit councils' supervision: the forms are a council's, Northmoor's,
borrowing the framework's shape.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from bot.samples import STAFF, Moderation, Section
from bot.samples.ooxml import ControlIds, content_dropdown, sub
from bot.samples.people import CHILD_FIRST_NAMES, EARLY_HELP, FAMILY_SURNAMES, HEAD_OF_SERVICE, SAFEGUARDING
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "cafcass_style_supervision_audit"
SEED = 10006

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
COMPLIANCE = {OUTSTANDING: "Met", GOOD: "Met", REQUIRES_IMPROVEMENT: "Partly met", INADEQUATE: "Not met"}

# The form's five standards, in the order of the sample's areas: compliance
# with policy, then the four outcomes (our words, after the framework's).
STANDARDS = (
    ("Compliance with the supervision policy",
     "Sessions at the agreed frequency, an agreement on file, records signed and case decisions copied to "
     "each child's record."),
    ("Safe – risk and harm analysed in supervision",
     "Risk is identified and analysed for each child discussed; the child's safety is tested, not assumed."),
    ("Heard – the child's lived experience at the centre",
     "Discussion starts from what life is like for the child and the child's own words; plans follow from "
     "them."),
    ("Better represented – analysis and recommendations tested",
     "Reports and recommendations are challenged for analysis, evidence and respectful language; delay is "
     "noticed and acted on."),
    ("Enabled – helping the child understand and take part",
     "Supervision plans how each child will be helped to understand what is happening and to have a say, "
     "given their age and understanding."),
)
# Evidence an auditor writes, by standard: (met well, mixed, weak).
EVIDENCE = (
    (("Monthly sessions held on time across the period; the agreement was renewed in the spring.",
      "All records are signed by both and decisions are on the children's files within the week."),
     ("Sessions are monthly, but two records were added to the file late.",
      "Records are signed but case decisions are not always copied to the child's file."),
     ("No supervision agreement on file and the records are unsigned.",
      "Records were added to the file weeks late; none of the decisions appear on the children's files.")),
    (("Each case discussion names the risks and what would make them worse; safety plans are checked.",
      "The supervisor tests the worker's view of risk and records the reasons for the decision."),
     ("Risk is listed for most cases but not analysed; history is not always considered.",
      "Safety is discussed but the record does not show how the plan manages it."),
     ("Risk is not discussed for several children with open child protection plans.",
      "Known domestic abuse is not mentioned in the case discussions reviewed.")),
    (("Discussions open with the child's day-to-day experience and quote the child.",
      "The worker is asked what the child would say about the plan, and it is recorded."),
     ("The child's views are noted for older children only.",
      "Lived experience is described in general terms rather than for each child."),
     ("The children are barely mentioned; discussion is about the adults and the process.",
      "No child's wishes and feelings are recorded in the sessions reviewed.")),
    (("Draft reports are read before filing and the analysis is challenged in supervision.",
      "Recommendations are tested against the evidence and the drift on one case was picked up."),
     ("Report deadlines are tracked but the quality of analysis is not discussed.",
      "Some challenge to recommendations, not followed through at the next session."),
     ("Reports are not discussed before filing; one was filed late without comment.",
      "No evidence that recommendations are tested or that delay is noticed.")),
    (("Each discussion agrees how the plan will be explained to the child, with a direct-work tool.",
      "The supervisor asks how the child will hear about the court's decision and records it."),
     ("Explaining the plan to the child is discussed for some children, not all.",
      "Direct work is planned but not reviewed at the next session."),
     ("No discussion of how children will be told about decisions affecting them.",
      "Children's understanding of what is happening is not considered.")),
)
TITLES = ("Supervision Audit – Quality and Impact", "Supervision Quality and Impact Audit",
          "Audit of Supervision Records: Compliance and Impact")
OVERALL_MEANINGS = {
    OUTSTANDING: "Compliance and impact both high: supervision drives better outcomes for children.",
    GOOD: "The policy is followed and supervision makes a clear difference for most children discussed.",
    REQUIRES_IMPROVEMENT: "Compliance or impact is inconsistent; the difference for children is not always clear.",
    INADEQUATE: "The policy is not followed or supervision makes no evident difference for children.",
}
COMPLIANCE_ITEMS = ("Supervision agreement on file and in date", "Sessions held at the agreed frequency",
                    "Records signed by supervisor and supervisee", "Case decisions copied to the child's record",
                    "Wellbeing and workload discussed")
PROCEEDINGS = ("Public law – care proceedings", "Pre-proceedings (PLO)", "Private law – s7 report",
               "Public law – supervision order application")
# A sentence naming a child discussed, for a standard met well or not.
HEARD_NOTES = (
    ("{name}'s letter to the judge was discussed and shaped the recommendation.",
     "The worker was asked what {name} would want the court to know; this is recorded."),
    ("Direct work with {name} is mentioned but its meaning for the plan is not explored.",
     "{name}'s wishes are noted in one line with no discussion of what they mean."),
)
URGENT_QUESTIONS = (
    "Has reading the supervision records identified a child whose safety needs action today?",
    "Immediate safeguarding concern identified during this audit?",
    "Is there any child discussed in supervision who is at risk of harm now and needs escalating today?",
)
URGENT_DETAILS = (
    "The session on {session} records that {name} said mum's partner is back in the home; no strategy "
    "discussion followed. Raised with the Practice Manager and Head of Service on the day of the audit.",
    "{name} has not been seen for seven weeks despite the plan requiring fortnightly visits. Escalated "
    "today; a visit is arranged for tomorrow.",
    "Supervision on {session} notes a new injury to {name} with no action recorded. Referred to the Head "
    "of Service the same day and a strategy meeting has been requested.",
)
NO_ACTIONS = ("No actions – supervision meets the standard. Feedback shared with the supervisor.",
              "No further actions required at this time.",
              "Nil actions arising from this audit.")
AGREE_COMMENTS = ("I have read the supervision records and agree with the auditor's judgement.",
                  "A fair, evidenced audit; please share the learning with the supervisor.")
LOWER_COMMENTS = ("The records show little analysis of risk for children on plans; I do not think the "
                  "standard is met as the audit says.",
                  "Supervision is regular, but the records show little challenge to the worker's "
                  "recommendations, which the audit does not reflect.")
RAISE_COMMENTS = ("The records show real curiosity about the children's experience; the audit undersells "
                  "the impact.",
                  "Challenge to recommendations is consistent and well recorded; this deserves recognition.")
REMARK_COMMENTS = ("Please make sure the learning plan is picked up in the supervisor's own supervision.",
                   "Findings to go to the next practice standards meeting.",
                   "I will look at this supervisor's other supervisees' records next month.")
STANDARD_REMARKS = ("Agree – well evidenced.", "Please check the records for June again.",
                    "Agree with the auditor.", "This needs to be raised with the supervisor directly.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    heads = sorted(member.name for member in STAFF if member.role == HEAD_OF_SERVICE)
    quality_head = next(member.name for member in STAFF
                        if member.role == HEAD_OF_SERVICE and member.service == SAFEGUARDING)

    def spread(values: list, filler) -> list:
        values = (values + [filler] * count)[:count]
        rng.shuffle(values)
        return values

    moderation_roles = spread(["changed"] * 3 + ["confirmed"] * 2 + ["comments"] * 2, None)
    urgent = spread([True] * 3, False)
    no_actions = spread([True] * 3, False)
    children = spread([True] * 6, False)
    no_team = spread([True] * 3, False)
    return [_form(rng, index, sample, today, heads=heads, quality_head=quality_head, role=moderation_roles[index],
                  urgent=urgent[index], no_actions=no_actions[index], tracked=children[index],
                  show_team=not no_team[index])
            for index, sample in enumerate(pool)]


def _nearby(rng: random.Random, grade: str, sections) -> str:
    """One step from `grade`, towards where the standards' grades lean."""
    position = ORDER.index(grade)
    if position == 0:
        return ORDER[1]
    if position == len(ORDER) - 1:
        return ORDER[-2]
    lean = sum(ORDER.index(section.grade) for section in sections) / len(sections) - position
    step = 1 if lean > 0.1 else -1 if lean < -0.1 else rng.choice((-1, 1))
    return ORDER[position + step]


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _family(rng: random.Random, used: set[str]) -> tuple[str, list[str]]:
    """A child whose case was discussed, and none to two brothers and sisters;
    no surname or first name is used twice on one form."""
    surname = rng.choice([name for name in FAMILY_SURNAMES if name not in used])
    firsts = rng.sample([name for name in CHILD_FIRST_NAMES if name not in used], 3)
    used.update((surname, *firsts))
    count = rng.choice((0, 1, 1, 2))
    return f"{firsts[0]} {surname}", [f"{first} {surname}" for first in firsts[1:1 + count]]


def _heavy_border(grid) -> None:
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "000000"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"})


def _form(rng: random.Random, index: int, sample, today: date, *, heads: list[str], quality_head: str,
          role: str | None, urgent: bool, no_actions: bool, tracked: bool, show_team: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(random.Random(f"{FAMILY}:{index}"))
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    others: list[str] = []

    details_style = rng.choice(("pairs", "strip", "tabbed"))
    standards_style = rng.choice(("table", "matrix", "blocks"))
    grade_style = rng.choice(("typed", "key", "bold", "highlight", "strike", "columns", "dropdown"))
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("typed", "key", "bold", "strike", "columns"))
    best_first = rng.random() < 0.65
    show_service = rng.random() < 0.5
    show_period = rng.random() < 0.8

    # The children whose cases were discussed, and their brothers and sisters.
    families: list[tuple[str, list[str]]] = []
    used: set[str] = set()
    if tracked:
        families = [_family(rng, used) for _ in range(rng.randint(2, 3))]
        for child, brothers_and_sisters in families:
            others += [child, *brothers_and_sisters]

    # Change the sample to what the form shows.
    sections = []
    for position, (section, (name, _)) in enumerate(zip(sample.sections, STANDARDS)):
        band = 0 if section.grade in (OUTSTANDING, GOOD) else 1 if section.grade == REQUIRES_IMPROVEMENT else 2
        sections.append(Section(name, section.grade, rng.choice(EVIDENCE[position][band])))
    changes: dict = {"sections": tuple(sections), "urgent_question": True}
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if not show_period:
        changes["own"] = tuple(field for field in sample.own if field.key != "period_covered")
    if urgent:
        if families and rng.random() < 0.5:
            child = families[0][0]
        else:
            child = _family(rng, used)[0]
            others.append(child)
        detail = rng.choice(URGENT_DETAILS).format(name=child.split()[0], session=when(sessions[-1]))
        changes.update(urgent_concern=True, urgent_concern_detail=detail)
    if no_actions:
        changes["actions"] = ()
    if role:
        choices = [head for head in heads if head != sample.auditor]
        moderator = quality_head if rng.random() < 0.6 else rng.choice(choices)
        moderated_on = min(today, _weekday(sample.date + timedelta(days=rng.randint(2, 10))))
        if role == "comments":
            grade, pool = None, REMARK_COMMENTS
        elif role == "confirmed":
            grade, pool = sample.grade, AGREE_COMMENTS
        else:
            grade = _nearby(rng, sample.grade, sample.sections)
            pool = LOWER_COMMENTS if ORDER.index(grade) > ORDER.index(sample.grade) else RAISE_COMMENTS
        remarked = rng.sample([name for name, _ in STANDARDS], rng.choice((0, 1, 2)))
        changes["moderation"] = Moderation(moderator, moderated_on, tuple(rng.sample(pool, rng.randint(1, 2))),
                                           {name: rng.choice(STANDARD_REMARKS) for name in remarked}, grade)
    early_help = sample.service == EARLY_HELP
    sample = replace(sample, **changes)
    moderation = sample.moderation

    landscape = details_style == "strip" or (standards_style == "matrix" and grade_style == "columns")
    document = new_document(rng, landscape=landscape)
    if landscape:
        document.sections[0].orientation = WD_ORIENT.LANDSCAPE
    title = rng.choice(TITLES)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council_line(rng), colour=brand, size=8)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    run(document.sections[0].footer.paragraphs[0],
        f"{title} – v{rng.choice(('1.2', '2', '2.1'))} – OFFICIAL-SENSITIVE when completed", size=8)
    paragraph(document, title.upper() if rng.random() < 0.35 else title, bold=True, size=16, colour=brand)
    paragraph(document, rng.choice((
        "This audit asks two questions of the supervision records: was the policy followed (compliance), and "
        "did supervision make a difference for the children discussed (impact)? Judge impact against the four "
        "outcomes – Safe, Heard, Better represented, Enabled.",
        "Read at least three consecutive supervision records and the case notes they refer to. Grade each "
        "standard on the evidence in the records, not on what you know of the worker.")), italic=True, size=9)
    if rng.random() < 0.3:
        paragraph(document, "Auditor: complete every section and send the form to the QA mailbox within five "
                            "working days.", italic=True, size=9)

    # 1. Details.
    brand_heading(document, "1. About the supervision reviewed", brand)
    practitioner = sample.practitioner
    if rng.random() < 0.3:
        practitioner += " (Family Support Worker)" if early_help else " (Social Worker)"
    auditor = sample.auditor
    if rng.random() < 0.4:
        auditor += rng.choice((" (Head of Service)", ", Head of Service"))
    details = [(rng.choice(("Supervisee", "Practitioner supervised", "Worker (supervisee)")), practitioner),
               (rng.choice(("Supervisor", "Supervising manager", "Practice supervisor")), supervisor)]
    if sample.team:
        details.append((rng.choice(("Team", "Team name")), sample.team))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [(rng.choice(("Audited by", "Auditor", "Audit completed by")), auditor),
                (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date))]
    if show_period:
        details.append((rng.choice(("Period covered", "Period of supervision reviewed")), period))
    if details_style == "pairs":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "E7EEF7")
            write(row.cells[1], value)
    elif details_style == "strip":
        grid = table(document, 2, len(details))
        for column, (text, value) in enumerate(details):
            label(grid.cell(0, column), text, "E7EEF7")
            write(grid.cell(1, column), value)
    else:
        for position in range(0, len(details), 2):
            line = paragraph(document)
            for offset, (text, value) in enumerate(details[position:position + 2]):
                if offset:
                    run(line, "\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)
    document.add_paragraph()

    # 2. Sessions and compliance.
    brand_heading(document, "2. Supervision sessions reviewed", brand)
    compliance_grade = sample.sections[0].grade
    if rng.random() < 0.5:
        grid = table(document, len(sessions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Date of session", "Held as planned?",
                                                   "Record on file within 5 working days?")):
            label(cell, text, "E7EEF7")
        for row, day in zip(grid.rows[1:], sessions):
            write(row.cells[0], when(day))
            write(row.cells[1], "Yes" if compliance_grade != INADEQUATE else rng.choice(("Yes", "No – rearranged")))
            write(row.cells[2], "Yes" if compliance_grade in (OUTSTANDING, GOOD) else rng.choice(("Yes", "No")))
    else:
        line = paragraph(document, rng.choice(("Sessions reviewed: ", "Dates of supervision sessions read: ")),
                         bold=True)
        run(line, "; ".join(when(day) for day in sessions))
    if rng.random() < 0.5:
        paragraph(document, "Compliance with the supervision policy", bold=True)
        grid = table(document, len(COMPLIANCE_ITEMS) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Policy requirement", "Yes", "Partly", "No")):
            label(cell, text, "F2F2F2")
        tick = rng.choice(("\u2713", "X", "\u221a"))
        for row, item in zip(grid.rows[1:], COMPLIANCE_ITEMS):
            write(row.cells[0], item)
            if compliance_grade in (OUTSTANDING, GOOD) or item == COMPLIANCE_ITEMS[1]:
                answer = 1
            elif compliance_grade == REQUIRES_IMPROVEMENT:
                answer = rng.choice((1, 2, 2))
            else:
                answer = rng.choice((2, 3, 3))
            write(row.cells[answer], tick, bold=True)
    document.add_paragraph()

    # Children discussed.
    if families:
        brand_heading(document, rng.choice(("3. Children whose cases were discussed",
                                            "3. Cases tracked through supervision")), brand)
        grid = table(document, len(families) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Child", rng.choice((
                "Brothers and sisters in the same proceedings", "Siblings (same proceedings)")),
                "Proceedings")):
            label(cell, text, "E7EEF7")
        for row, (child, brothers_and_sisters) in zip(grid.rows[1:], families):
            write(row.cells[0], child)
            write(row.cells[1], ", ".join(brothers_and_sisters) or "None")
            write(row.cells[2], rng.choice(PROCEEDINGS))
        document.add_paragraph()
    number = 4 if families else 3

    # The standards.
    brand_heading(document, f"{number}. Quality and impact of supervision", brand)
    _key(document, grade_style, best_first)
    heard_note = None
    if families and rng.random() < 0.6:
        met = sample.sections[2].grade in (OUTSTANDING, GOOD)
        heard_note = rng.choice(HEARD_NOTES[0 if met else 1]).format(name=rng.choice(families)[0].split()[0])
    remarks = moderation.section_comments if moderation else {}
    mark = rng.choice(("X", "\u2713", "\u25cf", "x"))
    if standards_style in ("table", "matrix"):
        matrix = standards_style == "matrix"
        head = ["Standard"] + (["Compliance (Met / Partly met / Not met)"] if matrix else [])
        head += ["Impact – evidence from the records" if matrix else "Evidence"]
        head += [WORDS[grade] for grade in ORDER] if grade_style == "columns" else [
            "Impact grade" if matrix else "Grade"]
        grid = table(document, len(sample.sections) + 1, len(head))
        for cell, text in zip(grid.rows[0].cells, head):
            label(cell, text, "D9E2F3")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, STANDARDS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            column = 1
            if matrix:
                write(row.cells[1], COMPLIANCE[section.grade])
                column = 2
            write(row.cells[column], section.comment)
            if heard_note and section.name == STANDARDS[2][0]:
                write(row.cells[column], heard_note)
            if section.name in remarks:
                write(row.cells[column], f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            if grade_style == "columns":
                for cell, grade in zip(row.cells[column + 1:], ORDER):
                    if grade == section.grade:
                        write(cell, mark, bold=True)
            else:
                _grade(rng, row.cells[column + 1].paragraphs[0], grade_style, section.grade,
                       best_first=best_first, ids=ids)
    else:
        for position, (section, (_, prompt)) in enumerate(zip(sample.sections, STANDARDS), start=1):
            paragraph(document, f"{number}.{position} {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            box = table(document, 2, 2)
            label(box.cell(0, 0), "Evidence", "F2F2F2")
            write(box.cell(0, 1), section.comment)
            if heard_note and section.name == STANDARDS[2][0]:
                write(box.cell(0, 1), heard_note)
            label(box.cell(1, 0), "Grade", "F2F2F2")
            if grade_style == "columns":
                line = box.cell(1, 1).paragraphs[0]
                for option in ORDER:
                    run(line, f"{WORDS[option]} ")
                    run(line, "[ X ]" if option == section.grade else "[   ]", bold=option == section.grade)
                    run(line, "   ")
            else:
                _grade(rng, box.cell(1, 1).paragraphs[0], grade_style, section.grade, best_first=best_first,
                       ids=ids)
            if section.name in remarks:
                paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink, italic=True)
            document.add_paragraph()
    document.add_paragraph()

    # Overall grade, with the moderation where it is written in or under it.
    placement = rng.choice(("box", "under", "inline")) if moderation else rng.choice(("empty", "awaiting", "none"))
    number += 1
    brand_heading(document, f"{number}. Overall grade", brand)
    overall_label = rng.choice(("Overall grade for the quality and impact of supervision", "Overall grade",
                                "Overall judgement (compliance and impact)"))
    if rng.random() < 0.5:
        key = table(document, 4, 2)
        for row, grade in zip(key.rows, ORDER):
            write(row.cells[0], WORDS[grade], bold=True, size=9)
            write(row.cells[1], OVERALL_MEANINGS[grade], size=9)
        paragraph(document)
    if overall_style == "key" and grade_style != "key":
        _key(document, "key", best_first)
    if overall_style == "columns":
        paragraph(document, f"{overall_label}:", bold=True)
        marks = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(marks.cell(0, column), WORDS[grade], "F2F2F2")
            if grade == sample.grade:
                write(marks.cell(1, column), mark, bold=True)
        cell = None
    else:
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        line = write(cell, f"{overall_label}: ", bold=True)
        _grade(rng, line, overall_style, sample.grade, best_first=best_first, ids=ids, overall=True)
    if moderation and placement == "inline":
        target = cell if cell is not None else table(document, 1, 1).cell(0, 0)
        if moderation.grade is None:
            write(target, f"HoS comment ({moderation.moderator}, {when(moderation.date)}): "
                          f"{' '.join(moderation.comments)}", colour=ink)
        else:
            agreed = "agreed" if moderation.grade == sample.grade else "moderated to"
            write(target, f"HoS: {agreed} {informal_grade(rng, moderation.grade)} – {moderation.moderator}, "
                          f"{when(moderation.date)}", colour=ink, bold=True)
            for comment in moderation.comments:
                write(target, comment, colour=ink)
    elif moderation and placement == "under":
        paragraph(document, f"Head of Service moderation – {moderation.moderator}, {when(moderation.date)}",
                  bold=True, colour=ink)
        if moderation.grade is None:
            paragraph(document, "Comments only; I have not re-graded this audit.", colour=ink, italic=True)
        elif moderation.grade == sample.grade:
            paragraph(document, f"I agree the overall grade: {WORDS[moderation.grade]}.", colour=ink)
        else:
            paragraph(document, f"Moderated grade: {informal_grade(rng, moderation.grade)} (auditor: "
                                f"{WORDS[sample.grade]})", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
    document.add_paragraph()

    # Strengths and areas for development.
    number += 1
    brand_heading(document, f"{number}. Findings", brand)
    headings = rng.choice((("What is making a difference for children", "What would make supervision better"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Needs to improve")))
    findings = rng.choice(("side", "bullets", "numbered"))
    if findings == "side":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FBE5D6")
            for item in items:
                write(grid.cell(1, column), item)
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for position, item in enumerate(items, start=1):
                paragraph(document, f"{position}. {item}" if findings == "numbered" else f"\u2022 {item}")
    document.add_paragraph()

    # Actions.
    number += 1
    brand_heading(document, f"{number}. Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("Action agreed", "Responsible", "Timescale", "Done?"),
                              ("What needs to happen", "Lead", "Target date")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for position, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{position}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # The safety question.
    number += 1
    brand_heading(document, f"{number}. Safeguarding", brand)
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    answer = rng.choice(("typed", "boxes", "struck"))
    if answer == "typed":
        line = paragraph(document, rng.choice(("YES", "Yes")) if sample.urgent_concern
                         else rng.choice(("No", "NO", "No – none identified")))
    elif answer == "boxes":
        line = paragraph(document)
        run(line, "\u2612 Yes     \u2610 No" if sample.urgent_concern else "\u2610 Yes     \u2612 No")
    else:
        line = paragraph(document)
        run(line, "Yes", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(line, " / ")
        run(line, "No", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    if sample.urgent_concern:
        paragraph(document, f"Details: {sample.urgent_concern_detail}")
    document.add_paragraph()

    # Moderation box, or where it would be.
    if placement in ("box", "empty"):
        number += 1
        brand_heading(document, f"{number}. Head of Service moderation", brand)
        box = table(document, 5, 2)
        _heavy_border(box)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Do you agree with the overall grade?",
                                        "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No", colour=ink)
                write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            else:
                write(box.cell(2, 1), "Comments only", colour=ink)
            for comment in moderation.comments:
                write(box.cell(4, 1), comment, colour=ink)
    elif placement == "awaiting":
        paragraph(document, rng.choice(("Head of Service moderation: awaiting.",
                                        "Awaiting moderation by the Head of Service.")), italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(dict.fromkeys(others)))


def _key(document, style: str, best_first: bool) -> None:
    if style == "key":
        order = ORDER if best_first else tuple(reversed(ORDER))
        paragraph(document, "Key: " + ", ".join(f"{number} = {WORDS[grade]}"
                                                 for number, grade in enumerate(order, start=1)), italic=True)
    elif style == "columns":
        paragraph(document, "Mark the column that applies.", italic=True)
    elif style in ("bold", "highlight"):
        paragraph(document, f"{'Embolden' if style == 'bold' else 'Highlight'} the grade that applies.",
                  italic=True)
    elif style == "strike":
        paragraph(document, "Delete (strike through) the grades that do not apply.", italic=True)
    elif style == "dropdown":
        paragraph(document, "Choose a grade from the list.", italic=True)


def _grade(rng: random.Random, line, style: str, grade: str, *, best_first: bool, ids: ControlIds,
           overall: bool = False) -> None:
    """Write `grade` into the paragraph `line` in `style`."""
    if style == "key":
        position = ORDER.index(grade)
        number = position + 1 if best_first else len(ORDER) - position
        run(line, str(number) if rng.random() < 0.6 else f"{number} – {WORDS[grade]}", bold=True)
    elif style in ("bold", "highlight", "strike"):
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style == "bold", highlight=chosen and style == "highlight",
                strike=not chosen and style == "strike")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    elif style == "columns":
        # Only reached for a grade inside a one-cell box: write it as typed.
        run(line, WORDS[grade], bold=True)
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25))

