"""Step down decision record: a Welsh council's record of a manager's audit
of one decision to move a family between Early Help (Families First and the
Team Around the Family) and care and support from Children's Social Care,
written in the language of Signs of Safety. It sets out the decision
(which way, when, why, whether the family agreed), the family and the
household, what the receiving team did and how quickly, how well the
handover was done, five areas of the step each with the evidence and a
grade, the overall grade, what the family said, what is working well, what
we are worried about and what needs to happen, the same-day safety question,
the auditing manager's sign-off and the Head of Service's moderation.

Modelled on what Carmarthenshire County Council publishes about its
children's services (no Carmarthenshire material was used yet), read as
search excerpts:

- "Council's Annual Report 2022-2023 – Well-being Objective 1" (Start
  Well; carmarthenshire.gov.wales): children's services continue to
  introduce Signs of Safety and a relationship-based approach that engage
  and work in partnership with families, and "to ensure this, senior
  managers audit assessments and highlight any areas for improvement and
  good practice";
- "Council's Annual Report 2023-2024 – Well-being Objective 1": a focus on
  prevention and early intervention, children receiving the right support
  when and where they need it, efforts to keep children at home with their
  families (a comparatively low rate of children looked after; the child
  protection register up but well below the Welsh average), and the
  Regional Maternity and Early Years Strategy;
- the South Wales Guardian's "County leads way keeping families together"
  (the First Minister's visit: the lowest number of children in care in
  Wales; teams across children's services and education aligned so that
  staff with specialist skills form a whole team around a family in need
  rather than one social worker attached to a case; a bespoke package of
  support; relationships with families; families invited to help
  commission tailor-made specialist support; prevention and early years);
- the regional strategy's page "How our services are organised"
  (earlyyearsstrategywest.wales, Carmarthenshire, Ceredigion and
  Pembrokeshire councils with Hywel Dda University Health Board: services
  interdependent and connected, families able to reach different kinds of
  support as their needs change, a "right help at the right time"
  framework on the principles of proportionate universalism).

None of them shows an audit form or a step up / step down procedure, so
the form is our own judgement: a senior manager's audit of a step, framed
in Signs of Safety terms because the council says it works that way (the
three columns "What's working well / What are we worried about / What
needs to happen" with the actions in the third on some files, a safety
scale from 0 to 10 at the time of the step on some, the family's view),
with the whole team around the family at the handover meeting. What
varies, by our judgement: a bilingual title on some files (the footer's
protective marking always in both languages); the decision
as a panel, as two printed directions answered Yes / No, or as a
sentence, on some files in a first-page summary box with the overall
grade; why the family moved, whether they agreed, what the receiving team
did and how quickly; the family as a household table (the child, brothers
and sisters with dates of birth or ages, the parents) with the workers as
a two-column table, two pairs to a row or typed lines (plain, case-system
or Early Help references; team and service shown on some files only); who
came to the handover meeting (a relative named on some); the five areas
in the sample's words or the council's, as cards, one grid or numbered
paragraphs; grades typed informally, a number on a printed 1–4 key
either way round, the chosen word emboldened or highlighted among the
four, the others struck through, a mark under four grade columns, or a
Word drop-down; findings as three columns or lists; actions as a table,
lines or a "no actions" sentence; the safety question typed, ticked or
with the other answer struck through (three yes); the audit date typed or
in a date picker; the Head of Service's moderation typed in a non-red
ink as a box (some heavy-bordered), as signed lines or as a "HoS:" line
under the overall grade, changing, confirming or only commenting, with
remarks under the areas (for the bench's date, 4 changing, 3 confirming,
2 comments only).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import Section
from bot.samples.ooxml import ControlIds, content_date, content_dropdown, glyph, shade
from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

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
    attendees,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "step_down_decision_record"
SEED = 10014

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
# How each file shows a grade; every one is used at least twice.
GRADE_STYLES = ("typed", "key", "bold", "strike", "highlight", "columns", "dropdown")

# The five areas in the council's own words, in the order of the sample's
# sections (the decision, information shared, timeliness, continuity,
# management oversight), each with the prompt printed under it.
COUNCIL_AREAS = (
    ("The decision and the reasons for it", "Is it clear why the family moved, and were they part of the decision?"),
    ("What was shared at handover", "Did the receiving team get the assessment, the plan, the chronology and "
                                    "the family's own words?"),
    ("How quickly the step happened", "Was there any gap in help between the two services?"),
    ("Keeping the family's trusted relationships", "Did a worker the family knew stay alongside them until the "
                                                   "new worker was in place?"),
    ("Manager's oversight of the step", "Did a manager in each service record the decision and the reasons?"),
)
# Prompts printed under the sample's own area names.
SAMPLE_PROMPTS = (
    "Right help at the right time: were the reasons recorded and the threshold applied?",
    "Was a written handover summary shared, with the plan and the chronology?",
    "Days from the decision to the first contact by the receiving team.",
    "Was the family's network and their trusted worker kept around them?",
    "Is the manager's decision recorded in each service, with reasons?",
)
TITLES = ("Step Up / Step Down Decision Record", "Step Down and Step Up – Decision Audit Record",
          "Stepping Between Services: Audit of the Decision", "STEP UP / STEP DOWN DECISION RECORD")
WELSH_TITLE = "Cofnod Penderfyniad Camu i Fyny / Camu i Lawr"
SERVICES = {"Step up to Children's Social Care": ("Early Help (Families First / TAF)",
                                                  "Children's Social Care – care and support"),
            "Step down to Early Help": ("Children's Social Care – care and support",
                                        "Early Help (Families First / TAF)")}
REASONS = {
    "Step up to Children's Social Care": (
        "Worries about neglect grew despite the TAF plan; school and health visiting reported the home conditions "
        "were getting worse.",
        "Domestic abuse incidents were reported by the police twice in a month; the TAF could not manage the risk.",
        "The family asked for more help and agreed a referral; the needs went beyond what Families First could "
        "offer.",
    ),
    "Step down to Early Help": (
        "The care and support plan's outcomes were met at the final review and the family asked for some help to "
        "continue.",
        "Risks had reduced; the family still needed support with routines and school attendance through a TAF.",
        "The parents had engaged well with the plan; the remaining needs were for parenting support.",
    ),
}
AGREED = ("Yes – agreed at the final meeting", "Yes, the parents agreed and signed the plan",
          "Partly – one parent agreed; the other was unsure but did not object", "Yes (verbal consent recorded)")
DECIDED_BY = {"Step up to Children's Social Care": ("Early Help Manager with the IAA team manager",
                                                    "Threshold discussion with the duty team manager"),
              "Step down to Early Help": ("Care and support team manager at the final review",
                                          "Team manager in supervision, agreed with the Early Help Manager")}
RECEIVING = (
    "First contact within {days} working days; a joint visit with the outgoing worker.",
    "The receiving worker was allocated within {days} working days and visited the family the following week.",
    "Contact by phone within {days} working days; first visit delayed by staff sickness.",
    "Allocated on the day of the decision; first visit within {days} working days.",
)
HANDOVER = ("Handover meeting held: yes – a joint TAF / transfer meeting at the family home.",
            "Handover meeting held: yes, at school, with the family.",
            "No handover meeting; the case summary was emailed to the receiving team.",
            "Handover meeting held: yes – the final review doubled as the first TAF meeting.")
ROLES_AT_MEETING = ("social worker", "family support worker", "school ALNCo", "health visitor",
                    "Families First key worker", "youth worker", "school family engagement officer")
RELATIVES = ("grandparent", "relative", "aunt or uncle")
DETAIL_LABELS = {
    "reference": {"plain": ("WCCIS no.", "Case ref", "Family reference"), "eh": ("Early Help ref", "EH reference"),
                  "prefixed": ("Case ref", "Reference")},
    "practitioner": ("Early Help lead professional", "Lead worker (Families First / TAF)", "Family support worker"),
    "team": ("Early Help team", "Team"),
    "service": ("Service",),
    "auditor": ("Audited by", "Auditing manager", "Audit completed by (manager)"),
    "date": ("Date of audit", "Audit date"),
}
NO_ACTIONS = ("No actions arising – a well managed step.", "No further actions required at this time.",
              "Nothing further needed; feedback given to the lead worker.")
NOTHING_NEEDED = ("Nothing further needed from this audit.", "No actions – keep doing what you are doing.")
SAFETY = ("Is there anything that means a child in this family is not safe today?",
          "Immediate safety: does any child need action today to keep them safe?",
          "Did the audit find a child at risk of harm needing action today?")
NOT_MODERATED = ("Not selected for moderation this month.", "Awaiting Head of Service moderation.", "")
SCALES = {OUTSTANDING: (8, 9), GOOD: (7, 8), REQUIRES_IMPROVEMENT: (5, 6), INADEQUATE: (3, 4)}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    chosen = [sample for sample in pool if sample.urgent_concern][:3]
    calm = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in calm if sample.moderation]
    chosen += [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:4]
    chosen += [sample for sample in moderated if sample.moderation.grade == sample.grade][:3]
    chosen += [sample for sample in moderated if sample.moderation.grade is None][:2]
    chosen += [sample for sample in calm if not sample.moderation][: count - len(chosen)]
    rng.shuffle(chosen)
    styles = (list(GRADE_STYLES) * (count // len(GRADE_STYLES) + 1))[:count]
    rng.shuffle(styles)
    # About a third of the files open with a summary box holding the overall grade.
    summaries = set(rng.sample([index for index, style in enumerate(styles[:count]) if style != "columns"],
                               max(1, count // 3)))
    return [_form(rng, index, sample, today, styles[index], index in summaries)
            for index, sample in enumerate(chosen[:count])]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _own(sample, key: str):
    return next(own.written for own in sample.own if own.key == key)


class _Look:
    """One file's choices, drawn once."""

    def __init__(self, rng: random.Random, style: str, summary_first: bool):
        self.brand = rng.choice(BRAND_COLOURS)
        self.ink = rng.choice(MODERATION_INKS)
        self.when = date_writer(rng)
        self.style = style
        self.council_words = rng.random() < 0.5
        self.summary_first = summary_first
        self.decision = rng.choice(("panel", "yesno", "sentence"))
        self.details = rng.choice(("pairs", "grid", "lines"))
        self.household_dob = rng.random() < 0.6
        self.areas = "grid" if style == "columns" else rng.choice(("cards", "grid", "paragraphs"))
        self.reverse_key = rng.random() < 0.4
        self.findings = rng.choice(("three", "lists"))
        self.actions = rng.choice(("table", "lines"))
        self.safety = rng.choice(("typed", "ticks", "struck"))
        self.scale = style != "key" and rng.random() < 0.4
        self.welsh = rng.random() < 0.45
        self.header = rng.random() < 0.5
        self.lettered = rng.random() < 0.5
        self.sign_at_end = rng.random() < 0.5
        self.date_picker = self.sign_at_end and rng.random() < 0.4
        self.moderation = rng.choice(("box", "heavy", "lines", "inline"))
        self.prefix = rng.choice(("HoS: ", "Head of Service – ", "HoS comment: "))


def _form(rng: random.Random, index: int, sample, today: date, style: str, summary_first: bool) -> HeldOutForm:
    look = _Look(rng, style, summary_first)
    ids = ControlIds(rng)
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    relative = None
    if rng.random() < 0.5:
        relative = next(name for name in attendees(rng, (sample.child.surname,), 3)
                        if name not in sample.child.parents)

    # The sample as this form shows it.
    old_names = [section.name for section in sample.sections]
    changes: dict = {}
    if look.council_words:
        changes["sections"] = tuple(Section(name, section.grade, section.comment)
                                    for (name, _), section in zip(COUNCIL_AREAS, sample.sections))
    reference = rng.random()
    kind = "plain"
    if reference < 0.4:
        changes["case_id"], kind = early_help_reference(rng, sample.case_id), "eh"
    elif reference < 0.65:
        changes["case_id"], kind = case_reference(rng, sample.case_id), "prefixed"
    show_team = rng.random() < 0.6
    show_service = rng.random() < 0.4
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.grade in (OUTSTANDING, GOOD) and not sample.urgent_concern and rng.random() < 0.45:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    names = [section.name for section in sample.sections]
    prompts = [prompt for _, prompt in COUNCIL_AREAS] if look.council_words else list(SAMPLE_PROMPTS)
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, names))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    voice = _own(sample, "family_voice")
    when = look.when

    document = new_document(rng)
    if look.header:
        run(document.sections[0].header.paragraphs[0], council_line(rng), bold=True, colour=look.brand, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Step decision record v{rng.choice(('1.0', '1.3', '2'))} – OFFICIAL-SENSITIVE when completed – "
                "Swyddogol-Sensitif", size=8)

    # Title.
    title = rng.choice(TITLES)
    if not look.header:
        paragraph(document, council_line(rng), bold=True, colour=look.brand, size=10)
    brand_heading(document, title, look.brand, size=16)
    if look.welsh:
        paragraph(document, WELSH_TITLE, italic=True, colour=look.brand, size=11)
    paragraph(document, rng.choice((
        "Completed by a senior manager for one family stepped up or down in the month. Use the family's words "
        "wherever you can.",
        "Right help, right time: this record checks that the move between services kept the family at the centre.",
        "Signs of Safety: say what is working well, what we are worried about and what needs to happen.")),
        italic=True, size=9)
    document.add_paragraph()

    numbers = {grade: (4 - position if look.reverse_key else position + 1) for position, grade in enumerate(ORDER)}
    part = iter("ABCDEFGHIJ" if look.lettered else "123456789")

    def heading(text: str) -> None:
        mark_ = next(part)
        brand_heading(document, f"Part {mark_}: {text}" if look.lettered else f"{mark_}. {text}", look.brand)

    inline_ready = look.moderation == "inline" and moderation is not None and moderation.grade

    def hos_inline(container) -> None:
        """The Head of Service's judgement typed under the auditor's."""
        if inline_ready:
            write(container, f"HoS: {informal_grade(rng, moderation.grade)}", colour=look.ink, bold=True)

    # A first-page summary of the decision with the overall grade.
    if look.summary_first:
        label_text = rng.choice(("Decision summary", "At a glance"))
        paragraph(document, label_text, bold=True, colour=look.brand)
        box = table(document, 3, 2)
        label(box.cell(0, 0), "Step", "E7EEF7")
        write(box.cell(0, 1), direction, bold=True)
        label(box.cell(1, 0), rng.choice(("Date the step took effect", "Date of transfer")), "E7EEF7")
        write(box.cell(1, 1), when(moved))
        label(box.cell(2, 0), rng.choice(("Overall grade for this step", "Overall judgement of the step")), "E7EEF7")
        _grade(rng, write(box.cell(2, 1), ""), look, sample.grade, numbers, ids, overall=True)
        hos_inline(box.cell(2, 1))
        document.add_paragraph()

    # The decision.
    heading(rng.choice(("The decision", "The step and why")))
    source, target = SERVICES[direction]
    if not look.summary_first:
        if look.decision == "panel":
            panel = table(document, 2, 4)
            for cell, text in zip(panel.rows[0].cells, ("Decision", "From", "To", "Date it took effect")):
                label(cell, text, "DDEBF7")
            for cell, text in zip(panel.rows[1].cells, (direction, source, target, when(moved))):
                write(cell, text)
        elif look.decision == "yesno":
            grid = table(document, 3, 2)
            for row, option in zip(grid.rows, SERVICES):
                label(row.cells[0], option)
                write(row.cells[1], "Yes" if option == direction else "No", bold=option == direction)
            label(grid.cell(2, 0), rng.choice(("Date of step", "Date the step took effect")))
            write(grid.cell(2, 1), when(moved))
        else:
            line = paragraph(document, "Decision audited: ")
            run(line, direction, bold=True)
            run(line, f" – from {source} to {target}, taking effect on {when(moved)}.")
        document.add_paragraph()
    for text, value in (
            (rng.choice(("Why the family moved", "Reason for the step")), rng.choice(REASONS[direction])),
            (rng.choice(("Decided by", "Who made the decision")), rng.choice(DECIDED_BY[direction])),
            (rng.choice(("Did the family agree?", "Family in agreement?")), rng.choice(AGREED))):
        line = paragraph(document, text if text.endswith("?") else f"{text}:", bold=True)
        run(line, f" {value}")
    document.add_paragraph()

    # The family and the workers.
    heading(rng.choice(("The family", "About the family and the workers")))
    auditor = sample.auditor
    if rng.random() < 0.4:
        auditor = f"{auditor} ({rng.choice(('Early Help Manager', 'Senior Manager, Early Help'))})"
    rows = [(rng.choice(DETAIL_LABELS["reference"][kind]), sample.case_id)]
    if rng.random() < 0.5:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    rows.append((rng.choice(DETAIL_LABELS["practitioner"]), sample.practitioner))
    if show_team:
        rows.append((rng.choice(DETAIL_LABELS["team"]), sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    if not look.sign_at_end:
        rows += [(rng.choice(DETAIL_LABELS["auditor"]), auditor), (rng.choice(DETAIL_LABELS["date"]), when(sample.date))]
    _details(document, look.details, rows)
    document.add_paragraph()
    paragraph(document, rng.choice(("Who lives in the household", "Household members")), bold=True)
    people = table(document, 1 + 1 + len(household) + len(child.parents), 3)
    for cell, text in zip(people.rows[0].cells, ("Name", "Relationship",
                                                 "Date of birth" if look.household_dob else "Age")):
        label(cell, text, "EDEDED")
    members = [(child.full_name, rng.choice(("Child (subject of audit)", "Child")), child.date_of_birth)]
    members += [(name, rng.choice(("Sibling", "Brother / sister")), born) for name, born in household]
    members += [(parent, "Parent / carer", None) for parent in child.parents]
    for row, (name, relation, born) in zip(people.rows[1:], members):
        write(row.cells[0], name)
        write(row.cells[1], relation)
        if born:
            write(row.cells[2], when(born) if look.household_dob else str(_age(born, today) or "under 1"))
    document.add_paragraph()

    # The handover.
    heading(rng.choice(("The handover", "What the receiving team did")))
    line = paragraph(document, rng.choice(("How quickly: ", "Receiving team's response: ")), bold=True)
    run(line, rng.choice(RECEIVING).format(days=rng.randint(2, 9)))
    if rng.random() < 0.35:
        line = paragraph(document, "Date of first contact by the receiving team: ", bold=True)
        run(line, when(moved + timedelta(days=rng.randint(2, 8))))
    paragraph(document, rng.choice(HANDOVER))
    present = [f"{rng.choice(('Parent', 'Parent / carer'))} ({child.parents[0]})"]
    if relative:
        present.append(f"{relative} ({rng.choice(RELATIVES)})")
    present += rng.sample(ROLES_AT_MEETING, rng.randint(2, 4))
    line = paragraph(document, rng.choice(("Team around the family at the handover: ", "Who was there: ")), bold=True)
    run(line, ", ".join(present))
    document.add_paragraph()

    # The five areas.
    heading(rng.choice(("Areas of the step", "How well was the step done?")))
    _key(document, look, numbers)
    overall_container = _areas(rng, document, look, sample, names, prompts, remarks, numbers, ids)
    if overall_container is not None:
        hos_inline(overall_container)
    if look.scale:
        line = paragraph(document, rng.choice(("Safety scale at the time of the step (0 = the child is not safe, "
                                                "10 = everyone is confident the child is safe): ",
                                                "Where would you scale this family today, 0–10? ")), bold=True)
        run(line, str(rng.choice(SCALES[sample.grade])))
    document.add_paragraph()

    # The family's view.
    heading(rng.choice(("What the family said", "The family's view of the step")))
    paragraph(document, voice, italic=rng.random() < 0.5)
    document.add_paragraph()

    # Findings and actions.
    if look.findings == "three":
        heading(rng.choice(("What we found and what needs to happen", "Signs of Safety summary")))
        _three_columns(rng, document, sample, when)
    else:
        heading(rng.choice(("What we found", "Learning from the step")))
        pair = rng.choice((("What's working well?", "What are we worried about?"),
                           ("Working well", "Areas to develop"), ("What went well", "What could be better")))
        numbered = rng.random() < 0.4
        for title_text, items in zip(pair, (sample.strengths, sample.development_areas)):
            paragraph(document, title_text, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if numbered else f"\u2022 {item}")
        document.add_paragraph()
        heading(rng.choice(("What needs to happen", "Actions")))
        _actions(rng, document, look, sample, when)
    document.add_paragraph()

    # Safety today.
    heading(rng.choice(("Safety today", "Immediate safety")))
    _safety(rng, document, look, sample)
    document.add_paragraph()

    if look.sign_at_end:
        line = paragraph(document, rng.choice(("Signed (auditing manager): ", "Completed by: ")), bold=True)
        run(line, f"{auditor}\t")
        run(line, "Date: ", bold=True)
        if look.date_picker:
            word_format, shown = rng.choice((("dd/MM/yyyy", f"{sample.date:%d/%m/%Y}"),
                                             ("d MMMM yyyy", f"{sample.date.day} {sample.date:%B %Y}")))
            content_date(line._p, sample.date, shown, word_format, ids, alias="Audit date")
        else:
            run(line, when(sample.date))
        document.add_paragraph()

    _moderation(rng, document, look, sample, moderation, heading)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _details(document, style: str, rows: list[tuple[str, str]]) -> None:
    if style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif style == "grid":
        # Two label / value pairs to a row.
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[2 * (position % 2)], text, "EDEDED")
            write(row.cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)


def _key(document, look: _Look, numbers: dict) -> None:
    if look.style == "key":
        key = paragraph(document, "Grading key: ", bold=True)
        run(key, "   ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in
                            sorted(ORDER, key=lambda grade: numbers[grade])))
        paragraph(document, "Write the number that fits best in each grade box.", italic=True, size=9)
    elif look.style in ("bold", "highlight"):
        paragraph(document, f"{'Embolden' if look.style == 'bold' else 'Highlight'} the grade that applies.",
                  italic=True, size=9)
    elif look.style == "strike":
        paragraph(document, "Strike through the grades that do not apply.", italic=True, size=9)
    elif look.style == "dropdown":
        paragraph(document, "Choose a grade from each list.", italic=True, size=9)
    elif look.style == "columns":
        paragraph(document, "Put a mark under the grade for each area.", italic=True, size=9)


def _grade(rng: random.Random, line, look: _Look, grade: str, numbers: dict, ids: ControlIds, *,
           overall: bool = False) -> None:
    """Write `grade` at the end of paragraph `line` in the file's style."""
    style = look.style
    if style == "key":
        run(line, str(numbers[grade]), bold=True)
    elif style in ("bold", "strike", "highlight"):
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  /  ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style != "strike", strike=style == "strike" and not chosen,
                highlight=chosen and style == "highlight")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                         alias="Overall grade" if overall else "Grade")
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)


def _areas(rng: random.Random, document, look: _Look, sample, names, prompts, remarks, numbers,
           ids: ControlIds):
    """The five areas and the overall grade; return the container the
    overall grade is written in."""
    overall_label = rng.choice(("Overall grade for the step", "OVERALL JUDGEMENT", "Overall, how well was this "
                                                                                   "step managed?"))
    if look.style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 2, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", *(text for _, text in order))):
            label(cell, text, "DDEBF7")
        for row, section, prompt in zip(grid.rows[1:], sample.sections, prompts):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], look.prefix + remarks[section.name], colour=look.ink)
            mark(row.cells[2 + [grade for grade, _ in order].index(section.grade)], symbol)
        last = grid.rows[-1]
        label(last.cells[0], overall_label, "DDEBF7")
        mark(last.cells[2 + [grade for grade, _ in order].index(sample.grade)], symbol)
        return last.cells[1]
    if look.areas == "cards":
        for number, (section, prompt) in enumerate(zip(sample.sections, prompts), start=1):
            card = table(document, 3 + (section.name in remarks), 2)
            top = card.rows[0].cells[0].merge(card.rows[0].cells[1])
            label(top, f"{number}. {section.name}", "DDEBF7")
            write(top, prompt, italic=True, size=8)
            label(card.cell(1, 0), rng.choice(("Evidence", "What the record shows")))
            write(card.cell(1, 1), section.comment)
            label(card.cell(2, 0), "Grade")
            _grade(rng, write(card.cell(2, 1), ""), look, section.grade, numbers, ids)
            if section.name in remarks:
                label(card.cell(3, 0), "Head of Service")
                write(card.cell(3, 1), remarks[section.name], colour=look.ink)
            document.add_paragraph()
    elif look.areas == "grid":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", "Grade")):
            label(cell, text, "DDEBF7")
        for row, section, prompt in zip(grid.rows[1:], sample.sections, prompts):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], look.prefix + remarks[section.name], colour=look.ink)
            _grade(rng, write(row.cells[2], ""), look, section.grade, numbers, ids)
        document.add_paragraph()
    else:
        for number, (section, prompt) in enumerate(zip(sample.sections, prompts), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=look.brand)
            paragraph(document, prompt, italic=True, size=9)
            line = paragraph(document, "Evidence: ", bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, look.prefix + remarks[section.name], colour=look.ink)
            _grade(rng, paragraph(document, "Grade: ", bold=True), look, section.grade, numbers, ids)
            document.add_paragraph()
    if look.summary_first:
        return None
    box = table(document, 1, 2)
    label(box.cell(0, 0), overall_label, "DDEBF7")
    _grade(rng, write(box.cell(0, 1), ""), look, sample.grade, numbers, ids, overall=True)
    return box.cell(0, 1)


def _three_columns(rng: random.Random, document, sample, when) -> None:
    """Signs of Safety's three columns, the actions in the third."""
    grid = table(document, 2, 3)
    for cell, text, fill in zip(grid.rows[0].cells, ("What's working well?", "What are we worried about?",
                                                     "What needs to happen?"), ("E2EFDA", "FBE5D6", "DDEBF7")):
        label(cell, text, fill)
    for item in sample.strengths:
        write(grid.cell(1, 0), f"\u2022 {item}")
    for item in sample.development_areas:
        write(grid.cell(1, 1), f"\u2022 {item}")
    if not sample.actions:
        write(grid.cell(1, 2), rng.choice(NOTHING_NEEDED))
    for number, action in enumerate(sample.actions, start=1):
        write(grid.cell(1, 2), f"{number}. {action.action} ({action.owner}, by {when(action.due)})")


def _actions(rng: random.Random, document, look: _Look, sample, when) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif look.actions == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Lead", "Date due", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2022 {action.action} – {action.owner} – by {when(action.due)}")


def _safety(rng: random.Random, document, look: _Look, sample) -> None:
    paragraph(document, rng.choice(SAFETY), bold=True)
    urgent = sample.urgent_concern
    if look.safety == "ticks":
        answer = paragraph(document)
        glyph(answer._p, urgent)
        run(answer, " Yes      ")
        glyph(answer._p, not urgent)
        run(answer, " No")
    elif look.safety == "struck":
        answer = paragraph(document)
        run(answer, "YES", bold=urgent, strike=not urgent)
        run(answer, "  /  ")
        run(answer, "NO", bold=not urgent, strike=urgent)
    elif not urgent:
        paragraph(document, rng.choice(("No.", "No", "No – nothing found that needs action today.")))
    if urgent:
        line = paragraph(document, "Yes – " if look.safety == "typed" else "What, and who has been told: ",
                         bold=look.safety != "typed")
        run(line, sample.urgent_concern_detail)


def _borders(grid, colour: str) -> None:
    """Heavy outer borders on a table, as a box the Head of Service fills in."""
    properties = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        outer = edge in ("top", "left", "bottom", "right")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "18" if outer else "4")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), colour if outer else "auto")
        borders.append(element)
    later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                                          "tblDescription")}
    following = next((child for child in properties if child.tag in later), None)
    if following is None:
        properties.append(borders)
    else:
        following.addprevious(borders)


def _moderation(rng: random.Random, document, look: _Look, sample, moderation, heading) -> None:
    when, ink = look.when, look.ink
    if moderation is None:
        if rng.random() < 0.7:
            heading(rng.choice(("Head of Service moderation", "Moderation")))
            note = rng.choice(NOT_MODERATED)
            if note:
                paragraph(document, note, italic=True)
        return
    heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)")))
    style = look.moderation
    if style in ("box", "heavy"):
        rows = [("Moderated by", f"{moderation.moderator}, Head of Service"), ("Date", when(moderation.date))]
        agree = grade = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else rng.choice(("No", "No – see comments"))
            grade = informal_grade(rng, moderation.grade)
        rows += [("Do you agree with the overall grade?", agree), ("Moderated grade", grade),
                 ("Comments", "\n".join(moderation.comments))]
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text)
            shade(row.cells[0]._tc, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=ink, bold=text == "Moderated grade")
        if style == "heavy":
            _borders(box, rng.choice(("000000", ink)))
        return
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade and style == "lines":
        verdict = ("I agree with the overall grade." if moderation.grade == sample.grade
                   else "I do not agree with the overall grade.")
        line = paragraph(document, f"{verdict} Moderated grade: ", colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    elif moderation.grade:
        paragraph(document, "See my grade under the overall grade above.", colour=ink, italic=True)
    paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, italic=True)
