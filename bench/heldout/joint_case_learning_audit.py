"""Joint case learning audit: a safeguarding partnership's audit of one
child's case in which police, health, education, children's social care
and other partners sit as one panel. A title block; the child and the
audit; the audit panel (each agency, who represented it, their role and
whether the agency's contribution to the child's plan met expectations);
five learning themes (four on a shorter version) with the panel's findings
and a grade; the overall grade agreed by the panel; what worked well
together and what needs to improve together; multi-agency actions; the
question whether any child in the household is unsafe today; the panel
chair's sign-off; and the Head of Service's moderation.

Modelled on what is published about Merseyside Police's child protection
work, a police force not yet used (every council, partnership, health
board and Education Authority checked in the four nations was named by
another family or a council layout, or had nothing found on multi-agency
audits), read as search excerpts of His Majesty's Inspectorate of
Constabulary and Fire & Rescue Services (HMICFRS) pages:

- "Merseyside – National child protection post-inspection review"
  (hmicfrs.justiceinspectorates.gov.uk, 22 September 2022): the April 2018
  inspection found strong and effective partnership working across the
  five local authorities in the force area, and that the force could
  improve by making sure the concerns and views of children are listened
  to and recorded and their behaviour and demeanour noted, and by making
  sure information about investigative or safeguarding tasks, and the
  outcomes agreed with partner agencies, are recorded on force systems;
- "National Child Protection Inspections – Merseyside Police, 23 April –
  4 May 2018" (docslib.org copy of the HMICFRS report, foreword only: the
  police must work well with other agencies so that no child slips
  through the net);
- HMICFRS news "Merseyside Police has taken 'significant steps' to improve
  its child protection capabilities" (improvements since 2018 in
  observing the needs of children in domestic abuse cases and in
  investigations);
- "National child protection inspection programme – methodology" (HMICFRS,
  16 April 2024): case file reviews, and graded judgments across five
  topics – leadership, partnership working, initial response, risk
  assessment and referral, investigation.

None of these shows a form or a partnership's audit tool, so the layout is
our judgement. Only this follows the sources: the names of the learning
themes (the child's views, behaviour and demeanour; recording the outcomes
agreed with partner agencies; initial response, risk assessment and
referral; partnership working) and grading the case as HMICFRS grades the
cases it reviews. Everything else is our own: a partnership panel chaired
by the council's lead auditor; the details as cells with the label over
the value, a two-column table or "Label: value" lines (team and service
shown or not; plain or prefixed references; brothers and sisters with
dates of birth and parents on some, one named in what needs to improve);
the panel as a table with a Met / Partly met / Not met rating per agency
(typed, struck through or ticked), or a line per agency; themes as shaded
cards, numbered paragraphs or one grid (landscape, with four grade columns
on some); grades typed informally, a number on a printed 1–4 key either
way round, emboldened (and highlighted) among the four, the others struck
through, a mark under four grade columns or a Word drop-down; the overall
grade in the tool's words ("Overall grade agreed by the panel"); worked
well / needs to improve as paragraphs, numbered points or side by side;
actions as a table, "Action n" lines or a "no actions" sentence (3); the
urgent question typed, struck through or ticked (3 yes); the Head of
Service's moderation (4 changing, 3 confirming, 3 comments only) in a
non-red ink as a box, typed through the form (remarks under themes, an
"HoS:" line under the overall grade) or in black in a heavy-bordered
shaded box; on the rest an empty box, an "awaiting" note or none.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import COUNCIL, Section
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "joint_case_learning_audit"
SEED = 10061

# The learning themes, in the order of the sample's areas.
THEMES = (
    ("The child's views, behaviour and demeanour",
     "Did each agency listen to the child, record what they said and note how they presented?"),
    ("Sharing information and recording agreed outcomes",
     "Was information shared when it was known, and were the outcomes agreed with partners recorded by each agency?"),
    ("Initial response, risk assessment and referral",
     "Was the first response timely, was risk assessed together and were referrals made to the right place?"),
    ("Partnership working around the plan",
     "Did agencies attend, contribute and do what they agreed in the child's plan?"),
    ("The difference made for the child",
     "Is the child safer and better off because of what agencies did together?"),
)
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
RATINGS = ("Met expectations", "Partly met", "Not met")
# Who spoke for each agency at the panel: invented professionals (no one in the family).
REPRESENTATIVES = ("Dawn Kettering", "Neil Sargent", "Farah Qureshi", "Steve Halloran", "Bev Mullins",
                   "Owen Pritchard", "Sita Mehra", "Colin Redfern", "Lorna Gilchrist", "Imogen Talbot",
                   "Wes Adebayo", "Maureen Cattell", "Rhys Garside", "Yasmin Choudry")
ROLES = {
    "Children's Social Care": ("Practice Manager", "Senior Practitioner", "Principal Social Worker"),
    "Police": ("DS, Public Protection Unit", "DC, Child Protection Investigation Team", "DI, Public Protection"),
    "Health visiting": ("Health Visitor", "Named Nurse for Safeguarding", "Specialist Health Visitor"),
    "School": ("Designated Safeguarding Lead", "Deputy Headteacher (DSL)", "Family Liaison Officer"),
    "Early Help": ("Early Help Coordinator", "Family Support Lead"),
    "Probation": ("Probation Officer", "Senior Probation Officer"),
    "Child and Adolescent Mental Health Services": ("Clinical Psychologist", "Primary Mental Health Worker"),
    "Housing": ("Housing Officer", "Tenancy Sustainment Officer"),
}
AGENCY_NOTES = (
    "Records show what the child said at each contact.",
    "Attended every core group; tasks completed on time.",
    "Held relevant information that was not passed on until the conference.",
    "Outcomes agreed at the strategy discussion were not recorded on the agency's own system.",
    "Limited involvement in the period; records brief but accurate.",
    "Referral made promptly and feedback chased.",
    "Did not receive the minutes of the last two meetings.",
)
PLANS = ("Child protection plan – neglect", "Child protection plan – emotional abuse", "Child in need plan",
         "Child protection plan – physical abuse", "Looked after (section 20)")
NO_ACTIONS = ("No multi-agency actions were needed: the panel agreed the current plan covers everything found.",
              "No actions – learning to be shared through the partnership's seven-minute briefing only.",
              "The panel agreed no further multi-agency actions are required.")
URGENT_QUESTIONS = (
    "Is any child in this household unsafe today, needing action before the panel closes?",
    "Did the panel find anything that needs action today to keep a child safe?",
    "Immediate safety concern identified by the panel?",
)
MISSING_MODERATION = ("", "Awaiting Head of Service moderation.", "Sent to Head of Service for moderation – awaiting.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    """`count` files (16 by default: 4 moderations changing the grade, 3
    confirming it, 3 comments only, 3 urgent yes), the same for `today`."""
    rng = random.Random(SEED)
    pool = tool_samples(count * 5, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern and not sample.moderation][:3]
    rest = [sample for sample in pool if sample not in urgent]
    moderated = [sample for sample in rest if sample.moderation and not sample.urgent_concern]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade]
    comments = [sample for sample in moderated if sample.moderation.grade is None]
    plain = [sample for sample in rest if not sample.moderation and not sample.urgent_concern]
    chosen = urgent + changed[:4] + confirmed[:3] + comments[:3]
    chosen += plain[: count - len(chosen)]
    chosen = chosen[:count]
    rng.shuffle(chosen)
    no_actions = set(rng.sample(range(len(chosen)), min(3, len(chosen))))
    return [_form(rng, index, sample, index in no_actions, today) for index, sample in enumerate(chosen)]


def _agencies(sample) -> tuple[str, ...]:
    own = next((field for field in sample.own if field.key == "agencies"), None)
    return tuple(own.written) if own else ()


def _heavy_borders(grid) -> None:
    """Give a table a heavy outside border, as a box meant to stand out."""
    properties = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "24")
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    properties.append(borders)


class _Grades:
    """One file's way of showing a grade, in a paragraph or a cell."""

    def __init__(self, rng: random.Random, style: str, ids: ControlIds):
        self.rng = rng
        self.style = style
        self.ids = ids
        self.highlight = rng.random() < 0.5
        self.reverse = rng.random() < 0.35  # 1 = Inadequate ... 4 = Outstanding
        self.columns = rng.choice(GRADE_COLUMNS)
        self.mark = rng.choice(MARKS)

    def number(self, grade: str) -> int:
        position = ORDER.index(grade)
        return 4 - position if self.reverse else position + 1

    def key(self) -> str:
        order = reversed(ORDER) if self.reverse else ORDER
        return "Key: " + "   ".join(f"{index} = {WORDS[grade]}" for index, grade in enumerate(order, 1))

    def show(self, target, grade: str, *, note: float = 0.0) -> None:
        """Append `grade` to the paragraph `target` in this file's style."""
        if self.style == "typed":
            run(target, informal_grade(self.rng, grade, note_chance=note))
        elif self.style == "key":
            run(target, str(self.number(grade)), bold=True)
        elif self.style in ("bold", "struck"):
            for index, option in enumerate(ORDER):
                if index:
                    run(target, "  /  " if self.style == "bold" else "    ")
                chosen = option == grade
                if self.style == "bold":
                    run(target, WORDS[option], bold=chosen, highlight=chosen and self.highlight)
                else:
                    run(target, WORDS[option], strike=not chosen, bold=chosen)
        elif self.style == "dropdown":
            content_dropdown(target._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], self.ids,
                             alias="Grade")
        else:  # "columns" outside a grid: typed
            run(target, WORDS[grade])


def _form(rng: random.Random, index: int, sample, no_actions: bool, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    themes_as = rng.choice(("cards", "numbered", "grid"))
    style = rng.choice(("typed", "key", "bold", "struck", "dropdown") + (("columns", "columns") if themes_as == "grid"
                                                                         else ()))
    grades = _Grades(rng, style, ids)
    overall = grades if rng.random() < 0.6 or style == "columns" else _Grades(rng, rng.choice(("typed", "bold")), ids)
    if overall.style == "columns":
        overall = _Grades(rng, rng.choice(("typed", "struck", "key")), ids)
    details_as = rng.choice(("cells", "pairs", "lines"))

    # The sample as this form shows it.
    short = rng.random() < 0.25
    kept = sample.sections[:4] if short else sample.sections
    old_names = [section.name for section in kept]
    names = [name for name, _ in THEMES[: len(kept)]]
    changes = {"sections": tuple(Section(name, section.grade, section.comment) for name, section in zip(names, kept))}
    if rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.7
    show_service = rng.random() < 0.55
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if no_actions:
        changes["actions"] = ()
    moderation = sample.moderation
    if moderation:
        renamed = dict(zip(old_names, names))
        changes["moderation"] = replace(moderation, section_comments={
            renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed})
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child
    agencies = _agencies(sample)

    brothers = siblings(rng, child, rng.randint(1, 2), today) if rng.random() < 0.45 else []
    others = tuple(name for name, _ in brothers)
    born = tuple(when(day) for _, day in brothers)

    landscape = themes_as == "grid" and rng.random() < 0.7
    document = new_document(rng)
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    partnership = f"{COUNCIL.removesuffix(' Council')} Safeguarding Children Partnership"
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council_line(rng), size=8, colour=brand)
    run(document.sections[0].footer.paragraphs[0],
        f"{partnership} – Joint Case Learning Audit – OFFICIAL-SENSITIVE when complete", size=8)

    # Title block.
    paragraph(document, partnership, bold=True, colour=brand, size=15)
    title = rng.choice(("Joint Case Learning Audit", "Joint Case Learning Audit – Panel Record",
                        "Multi-Agency Joint Case Learning Audit"))
    paragraph(document, title, bold=True, size=17)
    paragraph(document, rng.choice((
        "Complete one record for each child. The panel chair completes this record with the partners on the day.",
        "Learning audit programme – one child's case, read by every agency that knows the family.",
        "Partners audit their own records first and agree the findings together at the panel.")), italic=True, size=9)

    # 1. The child and the audit.
    brand_heading(document, "1. The child and the audit", brand)
    rows = [
        (rng.choice(("Child", "Name of child", "Child's name")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (rng.choice(("Case ref", "Case reference", "Child's case number")), sample.case_id),
        ("Plan at the time of the audit", rng.choice(PLANS)),
    ]
    if rng.random() < 0.5:
        rows.append(("Parents / carers", " and ".join(child.parents)))
    if brothers:
        rows.append((rng.choice(("Other children in the household", "Brothers and sisters")),
                     "; ".join(f"{name} ({when(day)})" for name, day in brothers)))
    rows.append((rng.choice(("Allocated social worker", "Social worker")), sample.practitioner))
    if show_team:
        rows.append(("Team", sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    rows.append((rng.choice(("Panel chair (lead auditor)", "Lead auditor and panel chair", "Panel chair / lead auditor")),
                 sample.auditor))
    rows.append((rng.choice(("Date of panel", "Panel held on", "Date of the audit panel")), when(sample.date)))
    if details_as == "cells":
        per_row = 3
        grid = table(document, (len(rows) + per_row - 1) // per_row, per_row)
        for position, (text, value) in enumerate(rows):
            cell = grid.cell(position // per_row, position % per_row)
            write(cell, text, bold=True, size=8, colour=brand)
            write(cell, value)
    elif details_as == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)

    # 2. The audit panel.
    brand_heading(document, "2. The audit panel", brand)
    paragraph(document, rng.choice(("Agencies taking part", "Partner agencies", "Agencies represented at the panel")),
              bold=True)
    people = rng.sample(REPRESENTATIVES, len(agencies))
    ratings = [rng.choices(RATINGS, weights=(5, 3, 1))[0] for _ in agencies]
    rating_as = rng.choice(("typed", "struck", "ticks", "lines"))
    if rating_as == "lines":
        for agency, person, rating in zip(agencies, people, ratings):
            line = paragraph(document)
            run(line, f"{agency}", bold=True)
            run(line, f" – {person}, {rng.choice(ROLES[agency])}. Contribution to the plan: {rating.lower()}. "
                      f"{rng.choice(AGENCY_NOTES)}")
    elif rating_as == "ticks":
        grid = table(document, len(agencies) + 1, 3 + len(RATINGS))
        for cell, text in zip(grid.rows[0].cells, ("Agency", "Represented by", "Role", *RATINGS)):
            label(cell, text, "DEEAF6")
        for row, agency, person, rating in zip(grid.rows[1:], agencies, people, ratings):
            write(row.cells[0], agency)
            write(row.cells[1], person)
            write(row.cells[2], rng.choice(ROLES[agency]))
            write(row.cells[3 + RATINGS.index(rating)], "\u2713", bold=True)
    else:
        headers = ("Agency", "Represented by", "Role", "Contribution to the child's plan")
        grid = table(document, len(agencies) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, agency, person, rating in zip(grid.rows[1:], agencies, people, ratings):
            write(row.cells[0], agency)
            write(row.cells[1], person)
            write(row.cells[2], rng.choice(ROLES[agency]))
            target = row.cells[3].paragraphs[0]
            if rating_as == "typed":
                run(target, rating)
            else:
                for number, option in enumerate(RATINGS):
                    if number:
                        run(target, "   ")
                    run(target, option, strike=option != rating)
            if rng.random() < 0.5:
                write(row.cells[3], rng.choice(AGENCY_NOTES), italic=True, size=9)

    # 3. Learning themes.
    brand_heading(document, "3. Learning themes", brand)
    paragraph(document, "Grade each theme as the panel agrees it, as inspectors grade the cases they review.",
              italic=True, size=9)
    if style == "key" or overall.style == "key":
        paragraph(document, (grades if style == "key" else overall).key(), bold=True, size=9)
    questions = dict(THEMES)
    remarks = moderation.section_comments if moderation else {}
    moderation_as = rng.choice(("box", "through", "heavy")) if moderation else rng.choice(("empty", "note", "none"))
    if themes_as == "grid":
        columns = grades.columns if style == "columns" else None
        headers = ["Theme", "What the panel found"] + ([text for _, text in columns] if columns else ["Panel grade"])
        grid = table(document, len(sample.sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            if rng.random() < 0.5:
                write(row.cells[0], questions[section.name], italic=True, size=8)
            write(row.cells[1], section.comment)
            if moderation_as == "through" and section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            if columns:
                chosen = [grade for grade, _ in columns].index(section.grade)
                mark(row.cells[2 + chosen], grades.mark)
            else:
                grades.show(row.cells[2].paragraphs[0], section.grade, note=0.3)
    else:
        for number, section in enumerate(sample.sections, 1):
            if themes_as == "cards":
                card = table(document, 3, 1)
                label(card.cell(0, 0), f"Theme {number}: {section.name}", brand, colour="FFFFFF")
                write(card.cell(0, 0), questions[section.name], italic=True, size=8, colour="FFFFFF")
                write(card.cell(1, 0), section.comment)
                if moderation_as == "through" and section.name in remarks:
                    write(card.cell(1, 0), f"HoS comment: {remarks[section.name]}", colour=ink)
                line = card.cell(2, 0).paragraphs[0]
                run(line, "Panel grade: ", bold=True)
                grades.show(line, section.grade, note=0.3)
                paragraph(document)
            else:
                paragraph(document, f"3.{number} {section.name}", bold=True, colour=brand)
                paragraph(document, questions[section.name], italic=True, size=9)
                paragraph(document, section.comment)
                if moderation_as == "through" and section.name in remarks:
                    paragraph(document, f"HoS: {remarks[section.name]}", colour=ink)
                line = paragraph(document)
                run(line, "Panel grade: ", bold=True)
                grades.show(line, section.grade, note=0.3)

    # 4. The overall grade.
    brand_heading(document, "4. Overall grade agreed by the panel", brand)
    line = paragraph(document)
    run(line, rng.choice(("Overall grade agreed by the panel: ", "Overall grade agreed by the panel for the "
                                                                  "multi-agency response: ")), bold=True)
    overall.show(line, sample.grade)
    if moderation_as == "through" and moderation.grade:
        paragraph(document, f"HoS: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)

    # 5. Learning.
    brand_heading(document, "5. What we learned together", brand)
    improve = list(sample.development_areas)
    if brothers and improve and rng.random() < 0.7:
        improve[-1] = f"{improve[-1]} {SIBLING_SENTENCES[rng.randrange(len(SIBLING_SENTENCES))].format(name=brothers[0][0].split()[0])}"
    well_label = rng.choice(("What worked well together", "What worked well"))
    improve_label = rng.choice(("What needs to improve together", "What needs to improve"))
    learning_as = rng.choice(("paragraphs", "numbered", "side"))
    if learning_as == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), well_label, "E2EFDA")
        label(grid.cell(0, 1), improve_label, "FCE4D6")
        for item in sample.strengths:
            write(grid.cell(1, 0), item)
        for item in improve:
            write(grid.cell(1, 1), item)
    else:
        for heading, items in ((well_label, sample.strengths), (improve_label, improve)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, 1):
                paragraph(document, f"{number}. {item}" if learning_as == "numbered" else item)

    # 6. Actions.
    brand_heading(document, "6. Multi-agency actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Owner", "By when", "Progress"), ("Multi-agency action", "Lead", "Due date"),
                              ("What will happen", "Who", "By")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            line = paragraph(document)
            run(line, f"Action {number}: ", bold=True)
            run(line, f"{action.action} Owner: {action.owner}. By: {when(action.due)}.")

    # 7. Safety today.
    brand_heading(document, "7. Safety today", brand)
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    answer_as = rng.choice(("typed", "struck", "boxes"))
    line = paragraph(document)
    if answer_as == "typed":
        run(line, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "NO")))
    elif answer_as == "struck":
        run(line, "YES", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(line, "  /  ")
        run(line, "NO", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    else:
        run(line, f"{'☒' if sample.urgent_concern else '☐'} Yes     {'☐' if sample.urgent_concern else '☒'} No")
    if sample.urgent_concern:
        paragraph(document, f"If yes, what was done: {sample.urgent_concern_detail}")

    # 8. Sign-off.
    brand_heading(document, "8. Panel chair's sign-off", brand)
    line = paragraph(document)
    run(line, "Signed (panel chair): ", bold=True)
    run(line, sample.auditor)
    run(line, "\tDate: ", bold=True)
    run(line, when(sample.date))

    # 9. Moderation.
    brand_heading(document, "9. Head of Service moderation", brand)
    if moderation and moderation_as == "through":
        paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, {when(moderation.date)}.",
                  colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
    elif moderation:
        heavy = moderation_as == "heavy"
        colour = None if heavy else ink
        rows = [("Head of Service", moderation.moderator), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            agreed = moderation.grade == sample.grade
            rows.append(("Do you agree with the panel's overall grade?",
                         "Yes – grade confirmed" if agreed else "No – grade changed"))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=colour, bold=text == "Moderated grade")
            if heavy:
                shade(row.cells[1]._tc, "FFF2CC")
        if heavy:
            _heavy_borders(box)
    elif moderation_as == "empty":
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date moderated", "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
    elif moderation_as == "note":
        note = rng.choice(MISSING_MODERATION[1:])
        paragraph(document, note, italic=True)

    editor = moderation.moderator if moderation else sample.auditor
    data = finish_docx(document, title, moderation.date if moderation else sample.date, editor)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=born)
