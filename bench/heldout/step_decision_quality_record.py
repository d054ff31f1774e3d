"""Step decision quality record: a council's Word record of an Early Help
manager's audit of one decision to move a family between Early Help and
Children's Social Care (a step up or a step down). It records the decision
(which way, when, who decided it), the support before and after the step
side by side, the people (the lead practitioner, the family at home, who
came to the step meeting), a short check of whether anyone the family
trusted "stepped away", five questions on the decision each with the
evidence and a grade, the overall grade, the family's view, what worked
well and what needs to improve, actions, the same-day safety question, the
auditor's sign-off and the Head of Service's moderation.

Modelled on what The Fostering Network, a UK fostering charity no other
family or council layout names, publishes about its "Step Up Step Down"
programme, read as search excerpts (every council, children's trust and
safeguarding partnership the search returned on stepping between Early
Help and children's social care – Barnsley, Knowsley, Rotherham, Devon,
Luton, Gloucestershire, Hull, Southwark, Liverpool – and every other
council, trust and partnership checked in the four nations is named by
another family or a council layout):

- "Step Up Step Down" (thefosteringnetwork.org.uk): an approach to
  supporting families on the edge of care that it says reduces the number
  of children coming into care; specialist family support foster carers
  give time-limited, preventative support to up to four families at a
  time; it works in partnership with local authority services and began
  with the South Eastern Health and Social Care Trust in Northern Ireland;
  the carer "steps up" when a family needs more support and "steps down"
  when the parents are in a better place; in a crisis the children can
  stay for a short time with a carer they know rather than with strangers;
  the model is embedded in children's social care, the carers supervised
  by a social worker; support includes home-based activities at key family
  times (bedtime, mealtimes, getting to school), intensive support in a
  crisis, sign-posting and a regular programme of home visits to plan and
  review support;
- "SUSD in Northern Ireland" (the same site): 215 children and 130 parents
  supported; children are referred when there is a risk of care admission
  or to support reunification; an independent evaluation found, among
  other outcomes, reduced levels of family support required and higher
  school attendance;
- the South Eastern Trust's news item on the Welsh Minister's visit (over
  200 children helped to stay with their birth families, over 95% of
  children remaining with them; the service introduced in Pembrokeshire
  and Powys with Welsh Government and KPMG Foundation funding) and Northern
  Ireland World's report of the Trust team's Fostering Network award
  (parents' words that the carers "step up and step down but they never
  step away").

Their "step up / step down" is a carer's level of support to a family, not
the move of a case between Early Help and children's social care, and none
of them shows a form or an audit tool, so the whole form is our own
judgement. Only these follow the sources: the check that no one the family
trusted stepped away at the move (ungraded Yes / No ticks), the fourth
question in the form's own words (people the family trust staying
alongside them), the support before and after the step set side by side,
the review of a time-limited plan and a printed prompt on the family's
routines at key family times. What varies, by our judgement: the council's
line in the page header or above the title; the decision as a label /
value panel, the two directions with a ticked box, the other direction
struck through, or an opening sentence; who decided (a named practice
manager with their team, or a panel) and who audited (with a role in
brackets on some); the date of the decision and every other date in one of
the spellings people use; plain, case-system or Early Help references; the
team and service shown on some files only; brothers and sisters named with
ages where the form asks (one named in what needs to improve on some) and a
relative at the step meeting on some; the five questions in the sample's
words (with a prompt) or the form's own, as a ledger table, stacked
blocks or a grid with four grade columns; grades typed informally, a number
on a printed 1–4 key either way round, emboldened or highlighted among the
four, the others struck through, a mark under four grade columns or a Word
drop-down; the overall grade in the form's words ("Overall quality of the
step decision"); worked well / needs to improve as paragraphs or numbered
points; actions as a table, "Action n:" lines or a "no actions" sentence;
the safety question typed, ticked or with the other answer struck through
(3 yes); the Head of Service's moderation (4 changing, 3 confirming, 3
comments only) typed in a non-red ink as a box or as signed lines, typed
through the form ("HoS:" remarks under the questions and under the overall
grade), or in black in a heavy-bordered box of its own fill; on the rest an
empty box, an "awaiting" note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import Section
from bot.samples.ooxml import ControlIds, content_dropdown, glyph, shade
from bot.samples.tool_phrases import SECTIONS
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

FAMILY = "step_decision_quality_record"
SEED = 10071

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
GRADE_STYLES = ("typed", "key", "bold", "strike", "highlight", "columns", "dropdown")
UP, DOWN = "Step up to Children's Social Care", "Step down to Early Help"

# The five questions in the form's own words, in the order of the sample's
# sections (the decision, information shared, timeliness, continuity,
# management oversight).
OWN_QUESTIONS = (
    "Was the step the right decision, for the right reasons?",
    "Did the receiving service get everything it needed?",
    "Did the step happen without a gap in help?",
    "Did the people the family trust stay alongside them?",
    "Did a manager oversee and record the step?",
)
# Prompts printed under the sample's own area names.
PROMPTS = (
    "Were the family's needs measured against the threshold, and the reasons written down?",
    "Assessment, plan, chronology and the family's own words passed on?",
    "Days from the decision to the first visit by the new worker.",
    "Stepping up or down should not mean anyone steps away: who stayed with the family?",
    "Is the decision signed off by a manager in each service?",
)
TITLES = ("Step Decision Quality Record", "Step Up / Step Down – Decision Quality Record",
          "Quality of Step Decisions: Audit Record", "STEP DECISION QUALITY RECORD")
SUBTITLES = (
    "For one family stepped up to social care or down to Early Help this month. Complete within 20 working days "
    "of the decision.",
    "Stepping up or down should never mean stepping away. Use this record to check the decision and the move.",
    "Audit of the decision and the move, completed by an Early Help manager who did not make the decision.",
)
SUPPORT = {
    UP: (("Early Help: Team Around the Family, family support worker as lead", "Targeted family support (TAF plan)"),
         ("Child in need plan, allocated social worker", "Social work assessment under section 17")),
    DOWN: (("Child in need plan, allocated social worker", "Children's Social Care – CIN plan closed at review"),
           ("Early Help: Team Around the Family, family support worker as lead",
            "Targeted family support, time-limited plan (12 weeks)")),
}
DECIDERS = ("Joanne Fletcher", "Jane Smith", "Paul Gregson", "Karen Holt")
DECIDER_TEAMS = {"Joanne Fletcher": "Assessment Team 1", "Jane Smith": "Assessment Team 2",
                 "Paul Gregson": "Family Safeguarding Team 1", "Karen Holt": "Family Safeguarding Team 2"}
PANELS = ("Step up / step down panel (weekly)", "Front door threshold discussion", "CIN closure review meeting")
REASONS = {
    UP: ("Worries about home conditions grew despite the TAF plan; school attendance fell below 80%.",
         "Two police notifications of domestic abuse in a month; the TAF could not hold the risk.",
         "The family asked for more help and agreed a referral when the plan was not making a difference."),
    DOWN: ("The CIN plan's outcomes were met and the family wanted help with routines to carry on.",
           "Risks had reduced; support with school attendance and parenting still needed through a TAF.",
           "Parents engaged well; remaining needs were for practical help at home and a parenting course."),
}
CONTINUITY = ("The worker the family knew stayed until the new worker had visited",
              "A joint visit was made by the outgoing and incoming workers",
              "The family were told who to call in the gap between workers",
              "The school or health visitor stayed involved across the step")
LABELS = {
    "reference": {"plain": ("Case ref", "LCS number", "Family ref"), "eh": ("EHM ID", "Early Help ref"),
                  "prefixed": ("Case ref", "Ref")},
    "practitioner": ("Lead practitioner", "Family support worker", "Lead professional (after the step)"),
    "team": ("Team", "Early Help team"),
    "auditor": ("Audited by", "Auditor (EH Manager)", "Audit completed by"),
    "date": ("Date of audit", "Audit date"),
    "moved": ("Date of step decision", "Date the step was agreed", "Decision date"),
    "decider": ("Decided by", "Who made the decision"),
}
NO_ACTIONS = ("No actions needed – this step was well managed.", "No further actions required at this time.",
              "None: feedback given to the lead practitioner and their manager.")
SAFETY = ("Is any child in this family at risk of significant harm today, needing action now?",
          "Urgent: did the audit find a child who is not safe today?",
          "Does anything in this audit need action today to keep a child safe?")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not sampled for moderation this month.", "")
OVERALL = ("Overall quality of the step decision", "OVERALL QUALITY OF THE STEP DECISION",
           "Overall quality of the step decision (auditor)")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    chosen = [sample for sample in pool if sample.urgent_concern][:3]
    calm = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in calm if sample.moderation]
    chosen += [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:4]
    chosen += [sample for sample in moderated if sample.moderation.grade == sample.grade][:3]
    chosen += [sample for sample in moderated if sample.moderation.grade is None][:3]
    chosen += [sample for sample in calm if not sample.moderation][: count - len(chosen)]
    rng.shuffle(chosen)
    styles = (list(GRADE_STYLES) * (count // len(GRADE_STYLES) + 1))[:count]
    rng.shuffle(styles)
    return [_form(rng, index, sample, today, styles[index]) for index, sample in enumerate(chosen[:count])]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _own(sample, key: str):
    return next(own.written for own in sample.own if own.key == key)


class _Look:
    """One file's choices, drawn once."""

    def __init__(self, rng: random.Random, style: str):
        self.brand = rng.choice(BRAND_COLOURS)
        self.ink = rng.choice(MODERATION_INKS)
        self.when = date_writer(rng)
        self.style = style
        self.own_words = rng.random() < 0.5
        self.decision = rng.choice(("panel", "ticks", "struck", "sentence"))
        self.details = rng.choice(("pairs", "lines"))
        self.questions = "columns" if style == "columns" else rng.choice(("ledger", "stacked"))
        self.reverse_key = rng.random() < 0.4
        self.numbered = rng.random() < 0.5
        self.actions = rng.choice(("table", "lines"))
        self.safety = rng.choice(("typed", "ticks", "struck"))
        self.header = rng.random() < 0.5
        self.siblings_asked = rng.random() < 0.65
        self.moderation = rng.choice(("box", "lines", "inline", "heavy"))
        self.prefix = rng.choice(("HoS: ", "HoS – ", "Head of Service: "))


def _form(rng: random.Random, index: int, sample, today: date, style: str) -> HeldOutForm:
    look = _Look(rng, style)
    ids = ControlIds(rng)
    household = siblings(rng, sample.child, rng.randint(1, 3), today) if look.siblings_asked else []
    relative = None
    if rng.random() < 0.45:
        relative = next(name for name in attendees(rng, (sample.child.surname,), 3)
                        if name not in sample.child.parents)

    # The sample as this form shows it.
    old_names = [section.name for section in sample.sections]
    changes: dict = {}
    if look.own_words:
        changes["sections"] = tuple(Section(name, section.grade, section.comment)
                                    for name, section in zip(OWN_QUESTIONS, sample.sections))
    reference = rng.random()
    kind = "plain"
    if reference < 0.35:
        changes["case_id"], kind = early_help_reference(rng, sample.case_id), "eh"
    elif reference < 0.65:
        changes["case_id"], kind = case_reference(rng, sample.case_id), "prefixed"
    show_team = rng.random() < 0.55
    show_service = rng.random() < 0.35
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.grade in (OUTSTANDING, GOOD) and not sample.urgent_concern and rng.random() < 0.5:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    names = [section.name for section in sample.sections]
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, names))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    voice = _own(sample, "family_voice")
    when = look.when
    inline = look.moderation == "inline" and moderation is not None

    document = new_document(rng, landscape=look.questions == "columns" and rng.random() < 0.5)
    line_text = council_line(rng)
    if look.header:
        run(document.sections[0].header.paragraphs[0], line_text, bold=True, colour=look.brand, size=9)
    else:
        paragraph(document, line_text, bold=True, colour=look.brand, size=10)
    run(document.sections[0].footer.paragraphs[0],
        f"Step decision quality record – version {rng.choice(('1', '1.2', '2.0'))} – OFFICIAL-SENSITIVE once completed",
        size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, look.brand, size=16)
    paragraph(document, rng.choice(SUBTITLES), italic=True, size=9)
    document.add_paragraph()

    numbers = {grade: (4 - position if look.reverse_key else position + 1) for position, grade in enumerate(ORDER)}
    counter = iter(range(1, 20))

    def heading(text: str) -> None:
        brand_heading(document, f"{next(counter)}. {text}", look.brand)

    # 1. The decision.
    heading(rng.choice(("The step decision", "The decision being audited")))
    decider_name = rng.choice(DECIDERS)
    if rng.random() < 0.35:
        decider = rng.choice(PANELS)
    else:
        decider = f"{decider_name} ({rng.choice(('Practice Manager', 'Team Manager'))}, {DECIDER_TEAMS[decider_name]})"
        if direction == DOWN and rng.random() < 0.5:
            decider += ", with the Early Help Manager"
    moved_label = rng.choice(LABELS["moved"])
    if look.decision == "panel":
        panel = table(document, 3, 2)
        for row, (text, value) in zip(panel.rows, ((rng.choice(("Step", "Direction of step")), direction),
                                                   (moved_label, when(moved)),
                                                   (rng.choice(LABELS["decider"]), decider))):
            label(row.cells[0], text, "E7EEF7")
            write(row.cells[1], value)
    elif look.decision in ("ticks", "struck"):
        line = paragraph(document, rng.choice(("Step: ", "Direction: ")), bold=True)
        for position, option in enumerate((UP, DOWN)):
            chosen = option == direction
            if look.decision == "ticks":
                glyph(line._p, chosen)
                run(line, f" {option}" + ("      " if not position else ""))
            else:
                run(line, option, strike=not chosen, bold=chosen)
                if not position:
                    run(line, "   /   ")
        line = paragraph(document, f"{moved_label}: ", bold=True)
        run(line, when(moved))
        line = paragraph(document, f"{rng.choice(LABELS['decider'])}: ", bold=True)
        run(line, decider)
    else:
        line = paragraph(document, "Step audited: ", bold=True)
        run(line, direction)
        run(line, f" – agreed on {when(moved)} by {decider}.")
    line = paragraph(document, rng.choice(("Why: ", "Reason for the step: ")), bold=True)
    run(line, rng.choice(REASONS[direction]))
    document.add_paragraph()

    # Support before and after, side by side.
    before, after = SUPPORT[direction]
    grid = table(document, 3, 3)
    for cell, text in zip(grid.rows[0].cells, ("", "Before the step", "After the step")):
        label(cell, text, "E7EEF7")
    label(grid.cell(1, 0), "Help the family had")
    write(grid.cell(1, 1), rng.choice(before))
    write(grid.cell(1, 2), rng.choice(after))
    label(grid.cell(2, 0), rng.choice(("Plan reviews", "Reviews")))
    write(grid.cell(2, 1), f"Last reviewed {when(moved - timedelta(days=rng.randint(20, 50)))}")
    write(grid.cell(2, 2), f"First review due {when(moved + timedelta(days=rng.randint(40, 90)))}")
    document.add_paragraph()

    # 2. The people.
    heading(rng.choice(("The child, family and workers", "Who this is about")))
    auditor = sample.auditor
    if rng.random() < 0.4:
        auditor = f"{auditor} ({rng.choice(('Early Help Manager', 'EH Team Manager'))})"
    rows = [(rng.choice(LABELS["reference"][kind]), sample.case_id),
            (rng.choice(("Child", "Child's name")), child.full_name),
            (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth))]
    if household:
        ages = rng.random() < 0.5
        rows.append((rng.choice(("Brothers and sisters", "Other children in the household")),
                     "; ".join(f"{name} ({_age(born, today) or 'under 1'})" if ages else f"{name} – {when(born)}"
                               for name, born in household)))
    rows.append((rng.choice(LABELS["practitioner"]), sample.practitioner))
    if show_team:
        rows.append((rng.choice(LABELS["team"]), sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    rows += [(rng.choice(LABELS["auditor"]), auditor)]
    sign_at_end = rng.random() < 0.45
    if not sign_at_end:
        rows.append((rng.choice(LABELS["date"]), when(sample.date)))
    if look.details == "pairs":
        details = table(document, len(rows), 2)
        for row, (text, value) in zip(details.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    present = [f"{child.parents[0]} ({rng.choice(('parent', 'mum / carer', 'parent / carer'))})"]
    if relative:
        present.append(f"{relative} ({rng.choice(('grandparent', 'relative', 'aunt or uncle'))})")
    present += rng.sample(("social worker", "family support worker", "school DSL", "health visitor",
                           "school nurse", "youth worker"), rng.randint(2, 3))
    line = paragraph(document, rng.choice(("Who came to the step meeting: ", "Attended the step meeting: ")),
                     bold=True)
    run(line, ", ".join(present))
    document.add_paragraph()

    # Did anyone step away?
    paragraph(document, rng.choice(("Did anyone step away? (tick)", "Continuity check – tick Yes or No")), bold=True)
    checks = table(document, len(CONTINUITY) + 1, 3)
    for cell, text in zip(checks.rows[0].cells, ("", "Yes", "No")):
        label(cell, text, "F2F2F2")
    for row, text in zip(checks.rows[1:], CONTINUITY):
        write(row.cells[0], text)
        yes = rng.random() < (0.8 if sample.grade in (OUTSTANDING, GOOD) else 0.4)
        glyph(row.cells[1].paragraphs[0]._p, yes)
        glyph(row.cells[2].paragraphs[0]._p, not yes)
    document.add_paragraph()

    # 3. The questions.
    heading(rng.choice(("Questions on the decision", "How good was the decision and the move?")))
    _key(document, look, numbers)
    overall = _questions(rng, document, look, sample, remarks, numbers, ids, inline)
    if inline and moderation.grade:
        write(overall, f"{look.prefix}{informal_grade(rng, moderation.grade)}", colour=look.ink, bold=True)
    document.add_paragraph()

    # 4. The family's view.
    heading(rng.choice(("What the family think", "The family's views on the step")))
    paragraph(document, rng.choice(("Ask about everyday routines too – bedtime, mealtimes, getting to school.",
                                    "In their words where possible.")), italic=True, size=9)
    paragraph(document, voice)
    document.add_paragraph()

    # 5. Findings.
    heading(rng.choice(("What we learned", "Findings")))
    pair = rng.choice((("What worked well", "What needs to improve"), ("Worked well", "Needs to improve"),
                       ("Strengths of this step", "What needs to be better next time")))
    for text, items in zip(pair, (sample.strengths, sample.development_areas)):
        paragraph(document, text, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if look.numbered else item)
    document.add_paragraph()

    # 6. Actions.
    heading(rng.choice(("Actions", "What happens next")))
    _actions(rng, document, look, sample, when)
    document.add_paragraph()

    # 7. Safety today.
    heading(rng.choice(("Safety today", "Urgent concerns")))
    _safety(rng, document, look, sample)
    document.add_paragraph()

    if sign_at_end:
        line = paragraph(document, rng.choice(("Signed (auditor): ", "Completed by: ")), bold=True)
        run(line, f"{auditor}\t")
        run(line, "Date: ", bold=True)
        run(line, when(sample.date))
        document.add_paragraph()

    _moderation(rng, document, look, sample, moderation, heading)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _key(document, look: _Look, numbers: dict) -> None:
    if look.style == "key":
        key = paragraph(document, "Key: ", bold=True)
        run(key, "   ".join(f"{numbers[grade]} – {WORDS[grade]}" for grade in
                            sorted(ORDER, key=lambda grade: numbers[grade])))
    elif look.style == "bold":
        paragraph(document, "Put the grade that applies in bold.", italic=True, size=9)
    elif look.style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True, size=9)
    elif look.style == "strike":
        paragraph(document, "Delete (strike through) the grades that do not apply.", italic=True, size=9)
    elif look.style == "dropdown":
        paragraph(document, "Pick a grade from the list for each question.", italic=True, size=9)
    elif look.style == "columns":
        paragraph(document, "Mark one grade column for each question.", italic=True, size=9)


def _grade(rng: random.Random, line, look: _Look, grade: str, numbers: dict, ids: ControlIds, *,
           overall: bool = False) -> None:
    """Write `grade` at the end of paragraph `line` in the file's style."""
    style = look.style
    if style == "key":
        run(line, str(numbers[grade]), bold=True)
    elif style in ("bold", "strike", "highlight"):
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style != "strike", strike=style == "strike" and not chosen,
                highlight=chosen and style == "highlight")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                         alias="Overall grade" if overall else "Grade")
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.3), bold=overall)


def _questions(rng: random.Random, document, look: _Look, sample, remarks, numbers, ids: ControlIds, inline: bool):
    """The five questions and the overall grade; return the cell the
    overall grade is written in."""
    overall_label = rng.choice(OVERALL)

    def remark(cell, name: str) -> None:
        if inline and name in remarks:
            write(cell, look.prefix + remarks[name], colour=look.ink)

    prompts = (None,) * 5 if look.own_words else PROMPTS
    if look.questions == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 2, 7)
        for cell, text in zip(grid.rows[0].cells, ("Q", "Question", "Evidence", *(text for _, text in order))):
            label(cell, text, "DDEBF7")
        for number, (row, section, prompt) in enumerate(zip(grid.rows[1:], sample.sections, prompts), start=1):
            write(row.cells[0], f"Q{number}")
            write(row.cells[1], section.name, bold=True)
            if prompt:
                write(row.cells[1], prompt, italic=True, size=8)
            write(row.cells[2], section.comment)
            remark(row.cells[2], section.name)
            mark(row.cells[3 + [grade for grade, _ in order].index(section.grade)], symbol)
        last = grid.rows[-1]
        merged = last.cells[0].merge(last.cells[1])
        label(merged, overall_label, "DDEBF7")
        mark(last.cells[3 + [grade for grade, _ in order].index(sample.grade)], symbol)
        return last.cells[2]
    if look.questions == "ledger":
        grid = table(document, len(sample.sections) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Q", "Question", rng.choice(("Evidence", "What the file shows")),
                                                   "Grade")):
            label(cell, text, "DDEBF7")
        for number, (row, section, prompt) in enumerate(zip(grid.rows[1:], sample.sections, prompts), start=1):
            write(row.cells[0], f"Q{number}")
            write(row.cells[1], section.name, bold=True)
            if prompt:
                write(row.cells[1], prompt, italic=True, size=8)
            write(row.cells[2], section.comment)
            remark(row.cells[2], section.name)
            _grade(rng, write(row.cells[3], ""), look, section.grade, numbers, ids)
    else:
        for number, (section, prompt) in enumerate(zip(sample.sections, prompts), start=1):
            paragraph(document, f"Q{number}  {section.name}", bold=True, colour=look.brand)
            if prompt:
                paragraph(document, prompt, italic=True, size=9)
            block = table(document, 2, 1)
            label(block.cell(0, 0), rng.choice(("Evidence", "What the file shows")), "F2F2F2")
            write(block.cell(1, 0), section.comment)
            remark(block.cell(1, 0), section.name)
            _grade(rng, paragraph(document, "Grade: ", bold=True), look, section.grade, numbers, ids)
            document.add_paragraph()
    box = table(document, 1, 2)
    label(box.cell(0, 0), overall_label, "DDEBF7")
    _grade(rng, write(box.cell(0, 1), ""), look, sample.grade, numbers, ids, overall=True)
    return box.cell(0, 1)


def _actions(rng: random.Random, document, look: _Look, sample, when) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif look.actions == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Lead", "Due", "Done")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "F2F2F2")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} Who: {action.owner}. By: {when(action.due)}.")


def _safety(rng: random.Random, document, look: _Look, sample) -> None:
    paragraph(document, rng.choice(SAFETY), bold=True)
    urgent = sample.urgent_concern
    if look.safety == "ticks":
        answer = paragraph(document)
        glyph(answer._p, urgent)
        run(answer, " Yes     ")
        glyph(answer._p, not urgent)
        run(answer, " No")
    elif look.safety == "struck":
        answer = paragraph(document)
        run(answer, "Yes", bold=urgent, strike=not urgent)
        run(answer, " / ")
        run(answer, "No", bold=not urgent, strike=urgent)
    elif not urgent:
        paragraph(document, rng.choice(("No.", "No", "No – none identified.")))
    if urgent:
        line = paragraph(document, "Yes – " if look.safety == "typed" else "Details and who was told: ",
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
        shown = rng.random()
        if shown < 0.35:
            heading("Head of Service moderation")
            box = table(document, 3, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Comments")):
                label(row.cells[0], text, "F2F2F2")
        elif shown < 0.75:
            heading(rng.choice(("Moderation", "Head of Service moderation")))
            note = rng.choice(NOT_MODERATED)
            if note:
                paragraph(document, note, italic=True)
        return
    heading(rng.choice(("Head of Service moderation", "Moderation by Head of Service")))
    style = look.moderation
    if style in ("box", "heavy"):
        colour = None if style == "heavy" else ink
        agree = grade = ""
        if moderation.grade:
            agree = "Yes – agree" if moderation.grade == sample.grade else rng.choice(("No", "No – see below"))
            grade = informal_grade(rng, moderation.grade)
        rows = [("Head of Service", moderation.moderator), ("Date moderated", when(moderation.date)),
                ("Agree with the overall grade?", agree), ("Moderated grade", grade),
                ("Comments", "\n".join(moderation.comments))]
        if style == "box" or rng.random() < 0.5:
            rows[4:4] = [("Remarks on the questions",
                          "\n".join(f"{name}: {text}" for name, text in _remarks(sample, moderation)))]
        box = table(document, len(rows), 2)
        fill = rng.choice(("FFF2CC", "E2EFDA", "DEEBF7"))
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            if style == "heavy":
                shade(row.cells[1]._tc, fill)
            if value:
                write(row.cells[1], value, colour=colour, bold=text == "Moderated grade")
        if style == "heavy":
            _borders(box, "000000")
        return
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if style == "lines":
        for name, text in _remarks(sample, moderation):
            paragraph(document, f"{name} – {text}", colour=ink, italic=True)
        if moderation.grade:
            verdict = ("I agree with the overall grade." if moderation.grade == sample.grade
                       else "I do not agree with the overall grade.")
            line = paragraph(document, f"{verdict} Moderated grade: ", colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    elif moderation.grade:
        paragraph(document, "My grade is under the overall grade above.", colour=ink, italic=True)
    else:
        paragraph(document, "Comments only; the auditor's grade stands for now.", colour=ink, italic=True)
    paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink, italic=True)


def _remarks(sample, moderation) -> list[tuple[str, str]]:
    """The moderator's remarks by question number ("Q2"), in form order
    (the moderation names the sample tool's own sections)."""
    order = SECTIONS[STEP_UP_DOWN_AUDIT]
    shown = sorted((order.index(name) + 1, text) for name, text in moderation.section_comments.items()
                   if name in order)
    return [(f"Q{number}", text) for number, text in shown]
