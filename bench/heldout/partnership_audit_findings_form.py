"""Partnership audit findings form: the record a safeguarding partnership's
audit chair writes after health, police, education, children's social care
and other partners have audited one child's case together. It opens with a
summary panel (the overall grade agreed by the audit panel and the answer
to the immediate-safety question) before the details; then the child and
the audit; the agencies at the audit, who represented each and how
effective the panel judged each agency's contribution; five areas of
practice (four on a shorter version) with the panel's findings and a grade;
what worked well together and what needs to improve together; multi-agency
actions; the audit chair's sign-off; and the Head of Service's moderation.

Modelled on what is published about Humberside Police's child protection
work, a police force not yet used (every safeguarding partnership, council
and health board the search returned – Walsall, St Helens, Enfield,
Plymouth, Wigan, Solihull, Wiltshire, Cornwall, East Riding, Hackney, Fife,
Highland, Hull – is already named by another family or a council layout;
Aneurin Bevan, Swansea Bay, NHS Fife and NHS Highland were unused but the
search showed nothing of theirs on multi-agency audit), read as search
excerpts only:

- "Humberside Police demonstrates commitment to improving child protection
  services, however there is work to be done" (HMIC news,
  justiceinspectorates.gov.uk/hmicfrs/news/news-feed/humberside-demonstrates-commitment-to-improving-child-protection-services/):
  the November 2016 inspection found the force had made a concerted effort
  to improve work with the local safeguarding children boards, recognised
  and valued by the partnership; and that it needed to look beyond the
  obvious risk factors to identify wider or underlying problems, lacked
  qualitative performance data, and needed to improve its response to child
  sexual exploitation;
- "Humberside Police committed to improving child protection, but progress
  slow in some areas" (HMICFRS news,
  justiceinspectorates.gov.uk/hmicfrs/news/news-feed/humberside-police-committed-improving/):
  the post-inspection review found only 26 per cent of the cases inspectors
  looked at were carried out to a good standard, the rest graded as
  requiring improvement or inadequate, and individual cases showing the
  force working alongside other agencies to protect children;
- Yorkshire Post and Viking FM (hellorayo.co.uk) reports of the same
  review: improvements in managing sex offenders, in the assessment of risk
  and early referral, and in the recording and documentation of cases;
- "Hull Safeguarding Children's Partnership – Local Safeguarding
  Arrangements" (June 2019, dokumen.tips copy): from 1 September 2019 the
  three safeguarding partners in Hull are Hull City Council, Humberside
  Police and NHS Hull Clinical Commissioning Group.

None of these shows a form or an audit tool, so the layout is our
judgement. Only this follows the sources: the names of the areas of
practice (recognising risk and early referral; looking beyond the obvious
risk factors; recording and documentation; working with the partnership)
and grading the case on the inspectors' scale. Everything else is our own:
the summary panel first; details as a two-column table or "Label: value"
lines (team and service shown or not; plain or prefixed references;
parents, address and brothers and sisters with dates of birth on some, a
brother or sister named in what needs to improve); the agencies as a table
with an Effective / Partly effective / Not effective rating per agency
(typed, ringed in brackets or ticked under three columns) or a line per
agency; the areas as a grid with the areas across the top (a grade row, or
four grade rows with a mark), as lettered paragraphs, or as shaded cards;
grades typed informally, a number on a printed 1–4 key either way round,
emboldened (and highlighted) among the four, the others struck through,
ballot boxes (☒ / ☐, [X] / [ ], ■ / □) or a Word drop-down; headings
numbered, lettered as parts or plain; worked well /
needs to improve as paragraphs or numbered points; actions as a table,
numbered lines with the lead and date, or a "no actions" sentence (3); the
immediate-safety question as ballot boxes, typed or struck through (3 yes);
the Head of Service's moderation (4 changing, 3 confirming, 3 comments
only) in a non-red ink as a box, as a closing paragraph, or typed through
the form (remarks under areas, a line beside the overall grade and a
closing paragraph); on the rest an empty box, an "awaiting" note or none.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, Section
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
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
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "partnership_audit_findings_form"
SEED = 10068

# The areas of practice, in the order of the sample's areas.
AREAS = (
    "Recognising risk and early referral",
    "Looking beyond the obvious risk factors",
    "Recording and documentation by each agency",
    "Working together with the partnership",
    "Outcomes for the child",
)
PROMPTS = {
    AREAS[0]: "Was risk recognised at first contact and referred to the right place without delay?",
    AREAS[1]: "Did agencies look past the presenting incident to the wider and underlying needs in the family?",
    AREAS[2]: "Do each agency's records show what was known, what was decided and why?",
    AREAS[3]: "Did agencies attend, share what they knew and do what they agreed?",
    AREAS[4]: "Is the child safer and better off because of what agencies did together?",
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
RATINGS = ("Effective", "Partly effective", "Not effective")
# Who spoke for each agency at the audit: invented professionals (no one in the family, no council staff).
REPRESENTATIVES = ("Alison Threlfall", "Marcus Oyelaran", "Denise Woodhouse", "Craig Fenwick", "Shabana Hussain",
                   "Pete Lockwood", "Gemma Arkwright", "Tariq Mahmood", "Ruth Danby", "Kelly Ackroyd",
                   "Simon Beverley", "Heather Coultas", "Jonathan Pickering", "Nadia Wilkes")
ROLES = {
    "Children's Social Care": ("Team Manager", "Advanced Practitioner", "Independent Reviewing Officer"),
    "Police": ("DS, Safeguarding Hub", "DC, Child Abuse Investigation Unit", "PS, Vulnerability Team"),
    "Health visiting": ("Health Visitor", "Safeguarding Nurse Advisor", "Health Visiting Team Leader"),
    "School": ("Designated Safeguarding Lead", "Head of Year (DSL)", "Pastoral Manager"),
    "Early Help": ("Early Help Practitioner", "Family Hub Lead"),
    "Probation": ("Probation Practitioner", "Senior Probation Officer"),
    "Child and Adolescent Mental Health Services": ("CAMHS Practitioner", "Clinical Nurse Specialist"),
    "Housing": ("Housing Support Officer", "Neighbourhood Officer"),
}
AGENCY_NOTES = (
    "Shared what it knew at the strategy discussion.",
    "Records brief; the decisions taken are not written up.",
    "Referral made on the day the concern was raised.",
    "Did not look past the incident reported to the family's wider needs.",
    "Attended every core group and completed its tasks.",
    "Not invited to the review meeting until the panel raised it.",
)
NO_ACTIONS = ("No multi-agency actions arise: the panel agreed the current plan addresses everything it found.",
              "None – learning from this case goes into the partnership's learning briefing only.",
              "The audit panel agreed that no further multi-agency actions are needed.")
URGENT_QUESTIONS = (
    "Did the panel find any child at immediate risk who needs action today?",
    "Immediate safety: is any child in the household unsafe now?",
    "Has the audit identified an immediate safeguarding concern?",
)
OVERALL_LABELS = ("Overall grade agreed by the audit panel", "Audit panel's agreed overall grade",
                  "Overall grade (agreed by the panel)")
MISSING_MODERATION = ("", "Awaiting moderation by the Head of Service.", "Not yet moderated.")
PLANS = ("Child protection plan", "Child in need plan", "Child protection plan – neglect",
         "Child protection plan – emotional harm")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    """`count` files (16 by default: 4 moderations changing the grade, 3
    confirming it, 3 comments only, 3 urgent yes), the same for `today`."""
    rng = random.Random(SEED)
    pool = tool_samples(count * 10, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
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


class _Grades:
    """One file's way of showing a grade in a paragraph."""

    def __init__(self, rng: random.Random, style: str, ids: ControlIds):
        self.rng = rng
        self.style = style
        self.ids = ids
        self.highlight = rng.random() < 0.5
        self.reverse = rng.random() < 0.4  # 1 = Inadequate ... 4 = Outstanding
        self.boxes = rng.choice((("\u2612", "\u2610"), ("[X]", "[ ]"), ("\u25a0", "\u25a1")))

    def number(self, grade: str) -> int:
        position = ORDER.index(grade)
        return 4 - position if self.reverse else position + 1

    def key(self) -> str:
        order = reversed(ORDER) if self.reverse else ORDER
        return "Grading key: " + "   ".join(f"{index} {WORDS[grade]}" for index, grade in enumerate(order, 1))

    def show(self, target, grade: str, *, note: float = 0.0) -> None:
        if self.style == "typed":
            run(target, informal_grade(self.rng, grade, note_chance=note))
        elif self.style == "key":
            run(target, str(self.number(grade)), bold=True)
        elif self.style in ("bold", "struck", "boxes"):
            for index, option in enumerate(ORDER):
                chosen = option == grade
                if self.style == "boxes":
                    run(target, ("   " if index else "") + f"{self.boxes[0 if chosen else 1]} {WORDS[option]}")
                    continue
                if index:
                    run(target, " | " if self.style == "bold" else "   ")
                if self.style == "bold":
                    run(target, WORDS[option], bold=chosen, highlight=chosen and self.highlight)
                else:
                    run(target, WORDS[option], strike=not chosen, bold=chosen)
        elif self.style == "dropdown":
            content_dropdown(target._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], self.ids,
                             alias="Grade")
        else:
            run(target, WORDS[grade])


def _yes_no(rng: random.Random, target, answer: bool, style: str, boxes: tuple[str, str]) -> None:
    if style == "boxes":
        run(target, f"{boxes[0] if answer else boxes[1]} Yes    {boxes[1] if answer else boxes[0]} No")
    elif style == "struck":
        run(target, "Yes", strike=not answer, bold=answer)
        run(target, " / ")
        run(target, "No", strike=answer, bold=not answer)
    else:
        run(target, rng.choice(("Yes", "YES", "Yes – see below")) if answer else rng.choice(("No", "NO", "None")))


def _form(rng: random.Random, index: int, sample, no_actions: bool, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    areas_as = rng.choice(("across", "rows", "lettered", "cards"))
    style = rng.choice(("typed", "key", "bold", "struck", "boxes", "dropdown"))
    if areas_as == "rows":
        style = "rows"  # a mark in one of four grade rows under each area
    grades = _Grades(rng, style, ids)
    overall = grades if style != "rows" and rng.random() < 0.6 else _Grades(rng, rng.choice(("typed", "bold", "boxes")),
                                                                             ids)
    details_as = rng.choice(("pairs", "lines"))
    numbering = rng.choice(("numbers", "parts", "plain"))

    def head(number: int, text: str) -> str:
        if numbering == "numbers":
            return f"{number}. {text}"
        return f"Part {'ABCDEFGH'[number - 1]} – {text}" if numbering == "parts" else text

    # The sample as this form shows it.
    short = rng.random() < 0.25
    kept = sample.sections[:4] if short else sample.sections
    old_names = [section.name for section in kept]
    names = list(AREAS[: len(kept)])
    changes = {"sections": tuple(Section(name, section.grade, section.comment) for name, section in zip(names, kept))}
    if rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.65
    show_service = rng.random() < 0.5
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
    brothers = siblings(rng, sample.child, rng.randint(1, 2), today) if rng.random() < 0.4 else []
    if brothers and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, brothers[0][0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child
    agencies = _agencies(sample)
    others = tuple(name for name, _ in brothers)
    born = tuple(when(day) for _, day in brothers)
    moderation_as = rng.choice(("box", "stamp", "through")) if moderation else rng.choice(("empty", "note", "none"))
    remarks = moderation.section_comments if moderation else {}

    document = new_document(rng, landscape=areas_as in ("across", "rows") and rng.random() < 0.6)
    partnership = f"{COUNCIL.removesuffix(' Council')} Safeguarding Children Partnership"
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice((council_line(rng), partnership)), size=8, colour=brand)
    run(document.sections[0].footer.paragraphs[0],
        rng.choice(("OFFICIAL – SENSITIVE when completed", "Multi-agency audit programme – findings form v3")),
        size=8)

    # Title.
    paragraph(document, partnership, bold=True, colour=brand, size=14)
    title = rng.choice(("Multi-Agency Audit Findings Form", "Partnership Case Audit – Findings",
                        "Multi-agency Case Audit: Findings and Actions"))
    paragraph(document, title, bold=True, size=17)
    paragraph(document, rng.choice((
        "Completed by the audit chair after the partners' audit meeting and returned to the partnership business unit.",
        "Each agency reads its own records first; the findings below are those agreed together at the meeting.",
        "One form for each child audited. Please keep the grades to those agreed by the panel.")),
        italic=True, size=9)

    # Summary panel first.
    key_needed = style == "key" or overall.style == "key"
    brand_heading(document, rng.choice(("Summary of findings", "At a glance", "Summary")), brand)
    summary = table(document, 2, 2)
    overall_label = rng.choice(OVERALL_LABELS)
    label(summary.cell(0, 0), overall_label, "FFF2CC")
    target = summary.cell(0, 1).paragraphs[0]
    overall.show(target, sample.grade, note=0.2)
    if moderation and moderation.grade and moderation_as == "through":
        verdict = "agreed" if moderation.grade == sample.grade else f"changed to {informal_grade(rng, moderation.grade)}"
        write(summary.cell(0, 1), f"Moderated by HoS – {verdict}", colour=ink, bold=True)
    urgent_style = rng.choice(("boxes", "struck", "typed"))
    label(summary.cell(1, 0), rng.choice(URGENT_QUESTIONS), "FFF2CC")
    _yes_no(rng, summary.cell(1, 1).paragraphs[0], sample.urgent_concern, urgent_style, grades.boxes)
    if sample.urgent_concern:
        write(summary.cell(1, 1), rng.choice(("Details: ", "What was done: ", "")) + sample.urgent_concern_detail)
    if key_needed:
        paragraph(document, (overall if overall.style == "key" else grades).key(), bold=True, size=9)

    # The child and the audit.
    brand_heading(document, head(1, rng.choice(("The child and the audit", "Case details", "About the case"))),
                  brand)
    rows = [
        (rng.choice(("Case reference", "Case ref", "Child's reference")), sample.case_id),
        (rng.choice(("Child's name", "Child", "Name")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
    ]
    if rng.random() < 0.4:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if rng.random() < 0.5:
        rows.append((rng.choice(("Parents / carers", "Parents")), " and ".join(child.parents)))
    if brothers:
        rows.append((rng.choice(("Other children in the household", "Brothers and sisters", "Siblings")),
                     "; ".join(f"{name} ({when(day)})" for name, day in brothers)))
    rows.append((rng.choice(("Plan at time of audit", "Current plan")), rng.choice(PLANS)))
    rows.append((rng.choice(("Allocated social worker", "Social worker", "Lead social worker")), sample.practitioner))
    if show_team:
        rows.append(("Team", sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    rows.append((rng.choice(("Audit chair", "Chair of the audit meeting", "Audit chair (lead auditor)")),
                 sample.auditor))
    rows.append((rng.choice(("Date of audit meeting", "Audit meeting held", "Date audited")), when(sample.date)))
    if details_as == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    else:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)

    # Agencies at the audit.
    brand_heading(document, head(2, rng.choice(("Agencies at the audit", "Partners taking part", "Agencies taking part"))), brand)
    people = rng.sample(REPRESENTATIVES, len(agencies))
    ratings = [rng.choices(RATINGS, weights=(5, 3, 1))[0] for _ in agencies]
    rating_as = rng.choice(("typed", "ringed", "ticks", "lines"))
    if rating_as == "lines":
        for agency, person, rating in zip(agencies, people, ratings):
            line = paragraph(document)
            run(line, agency, bold=True)
            run(line, f": {person} ({rng.choice(ROLES[agency])}). Agency contribution – {rating.lower()}.")
    elif rating_as == "ticks":
        grid = table(document, len(agencies) + 1, 2 + len(RATINGS))
        for cell, text in zip(grid.rows[0].cells, ("Agency", "Represented by", *RATINGS)):
            label(cell, text, "E2EFDA")
        for row, agency, person, rating in zip(grid.rows[1:], agencies, people, ratings):
            write(row.cells[0], agency)
            write(row.cells[1], f"{person}, {rng.choice(ROLES[agency])}")
            write(row.cells[2 + RATINGS.index(rating)], "\u2714", bold=True)
    else:
        headers = ("Agency", "Represented by", "Role", "Agency's contribution", "Comment")
        grid = table(document, len(agencies) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E2EFDA")
        for row, agency, person, rating in zip(grid.rows[1:], agencies, people, ratings):
            write(row.cells[0], agency)
            write(row.cells[1], person)
            write(row.cells[2], rng.choice(ROLES[agency]))
            target = row.cells[3].paragraphs[0]
            if rating_as == "typed":
                run(target, rating)
            else:
                run(target, "  ".join(f"({option})" if option == rating else option for option in RATINGS))
            if rng.random() < 0.6:
                write(row.cells[4], rng.choice(AGENCY_NOTES), size=9)

    # Areas of practice.
    brand_heading(document, head(3, rng.choice(("Findings by area of practice", "What the panel found", "Areas of practice"))), brand)
    if areas_as == "across":
        grid = table(document, 3, len(sample.sections) + 1)
        for cell, text in zip(grid.columns[0].cells, ("Area of practice", "Findings", "Grade")):
            label(cell, text, "D9E1F2")
        for column, section in enumerate(sample.sections, 1):
            write(grid.cell(0, column), section.name, bold=True)
            write(grid.cell(1, column), section.comment)
            if section.name in remarks and moderation_as == "through":
                write(grid.cell(1, column), f"HoS: {remarks[section.name]}", colour=ink)
            grades.show(grid.cell(2, column).paragraphs[0], section.grade, note=0.2)
    elif areas_as == "rows":
        grid = table(document, 2 + len(ORDER), len(sample.sections) + 1)
        label(grid.cell(0, 0), "Area of practice", "D9E1F2")
        label(grid.cell(1, 0), "Findings", "D9E1F2")
        for offset, grade in enumerate(ORDER):
            label(grid.cell(2 + offset, 0), WORDS[grade], "D9E1F2")
        symbol = rng.choice(("X", "\u2713", "\u25cf", ""))
        for column, section in enumerate(sample.sections, 1):
            write(grid.cell(0, column), section.name, bold=True)
            write(grid.cell(1, column), section.comment)
            if section.name in remarks and moderation_as == "through":
                write(grid.cell(1, column), f"HoS: {remarks[section.name]}", colour=ink)
            chosen = grid.cell(2 + ORDER.index(section.grade), column)
            if symbol:
                write(chosen, symbol, bold=True)
            else:
                shade(chosen._tc, "A6A6A6")
    else:
        for number, section in enumerate(sample.sections):
            if areas_as == "cards":
                card = table(document, 3, 1)
                write(card.cell(0, 0), section.name, bold=True)
                shade(card.cell(0, 0)._tc, "F2F2F2")
                write(card.cell(1, 0), PROMPTS[section.name], italic=True, size=8)
                write(card.cell(1, 0), section.comment)
                if section.name in remarks and moderation_as == "through":
                    write(card.cell(1, 0), f"HoS: {remarks[section.name]}", colour=ink)
                line = card.cell(2, 0).paragraphs[0]
                run(line, "Grade: ", bold=True)
                grades.show(line, section.grade, note=0.2)
                paragraph(document)
            else:
                paragraph(document, {"numbers": f"3{'abcde'[number]}) ", "parts": f"C{number + 1}. ", "plain": f"{'abcde'[number]}) "}[numbering]
                          + section.name, bold=True)
                paragraph(document, section.comment)
                if section.name in remarks and moderation_as == "through":
                    paragraph(document, f"HoS: {remarks[section.name]}", colour=ink)
                line = paragraph(document)
                run(line, rng.choice(("Grade: ", "Panel grade: ")), bold=True)
                grades.show(line, section.grade, note=0.2)

    # Worked well / needs to improve.
    numbered = rng.random() < 0.5
    for heading, items in ((head(4, rng.choice(("What worked well together", "What worked well across agencies"))),
                            sample.strengths),
                           (head(5, rng.choice(("What needs to improve together", "What needs to improve across agencies"))),
                            sample.development_areas)):
        brand_heading(document, heading, brand, size=12)
        for position, item in enumerate(items, 1):
            paragraph(document, f"{position}. {item}" if numbered else item)

    # Actions.
    brand_heading(document, head(6, rng.choice(("Multi-agency actions", "Multi-agency action plan",
                                                "Actions agreed by the panel"))), brand, size=12)
    actions_as = rng.choice(("table", "lines"))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_as == "table":
        headers = rng.choice((("Action", "Lead", "By when"), ("What needs to happen", "Who", "Target date"),
                              ("Action", "Owner", "Due", "Progress (update at review)")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E2EFDA")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for position, action in enumerate(sample.actions, 1):
            line = paragraph(document)
            run(line, f"{position}. ", bold=True)
            run(line, f"{action.action} Lead: {action.owner}. By: {when(action.due)}.")

    # Sign-off.
    brand_heading(document, head(7, rng.choice(("Sign-off", "Audit chair sign-off"))), brand, size=12)
    line = paragraph(document)
    run(line, "Signed (audit chair): ", bold=True)
    run(line, sample.auditor)
    run(line, "     Date: ", bold=True)
    run(line, when(sample.date))

    # Moderation.
    heading = head(8, rng.choice(("Head of Service moderation", "Moderation (Head of Service)",
                                  "Quality assurance – Head of Service moderation")))
    if moderation_as == "none":
        pass
    elif moderation_as in ("empty", "note"):
        brand_heading(document, heading, brand, size=12)
        box = table(document, 3, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Comments and moderated grade")):
            label(row.cells[0], text, "F2F2F2")
        note = rng.choice(MISSING_MODERATION[1:]) if moderation_as == "note" else ""
        if note:
            write(box.cell(2, 1), note, italic=True)
    elif moderation_as == "box":
        brand_heading(document, heading, brand, size=12)
        box = table(document, 4, 2)
        texts = ("Moderated by", "Date moderated", rng.choice(("Outcome", "Moderation outcome")), "Comments")
        for row, text in zip(box.rows, texts):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade == sample.grade:
            write(box.cell(2, 1), f"Grade confirmed – {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
        elif moderation.grade:
            write(box.cell(2, 1), f"Grade changed to {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
        else:
            write(box.cell(2, 1), "Comments only", colour=ink)
        for comment in moderation.comments:
            write(box.cell(3, 1), comment, colour=ink)
    else:  # "stamp" or "through": a paragraph in ink at the end
        brand_heading(document, heading, brand, size=12)
        line = paragraph(document)
        if moderation.grade == sample.grade:
            outcome = f"I confirm the panel's grade of {informal_grade(rng, moderation.grade)}."
        elif moderation.grade:
            outcome = f"Moderated grade: {informal_grade(rng, moderation.grade)}."
        else:
            outcome = ""
        text = " ".join(part for part in (*moderation.comments, outcome) if part)
        run(line, text, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)

    data = finish_docx(document, title, moderation.date if moderation else sample.date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index + 1, sample, data, "docx", others=others, also=born)
