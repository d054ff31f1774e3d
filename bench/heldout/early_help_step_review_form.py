"""Early help step review form: an Early Help manager's review of one move
of a family between a Family Support Hub (early help, early intervention
family support) and statutory children and families social work – a step
up from the hub to a social work team, or a step down from social work to
the hub. The form sets out the move (which way, when, why, where it was
decided), the child and the review (reference, child, other children in the
family, the hub worker leading the work, team, service, reviewer, date), who
was at the handover meeting, five review questions about the move each with
what the reviewer saw and a grade, the overall grade for the move, the
child's and family's views on the move, what worked well and what needs to
improve, actions or a "no actions" sentence, the "safe today" question, the
reviewer's sign-off and the Head of Service's moderation.

Modelled on what is published about South Lanarkshire Council's Family
Support Hubs (a body no other family or council layout had used; the
children's trusts the brief suggested – Doncaster, Slough, Sandwell,
Northamptonshire – and every other English, Welsh and Northern Irish body
checked were already named), read as search excerpts:

- The Promise Scotland's story "The power of relationships: Danielle and
  Sharon story of change" (thepromise.scot): in September 2022, after a
  smaller test of change, South Lanarkshire's social work service launched
  family support hubs in four localities, to make holistic, whole-family
  support easier to reach at times of need rather than crisis and to reduce
  the need for child protection and looked-after procedures through early
  action; a partnership of health, education, social work and the third
  sector, with social workers, family support and group workers, peer
  workers, Children First staff and therapists in each hub; the managers
  quoted credit the detailed "care opinion" feedback from families.
- South Lanarkshire View, "More families supported in more ways than ever"
  (17 April 2025): the four hubs (Cambuslang, East Kilbride, Hamilton,
  Lanark) bring multi-disciplinary teams together for preventative,
  community-based support for as long as families need it – individual and
  family support, peer support, family group decision-making, parenting
  groups, therapeutic work; in their second year 75% of new referrals to
  Children and Families Social Work were dealt with by the hubs and 87% of
  families referred for a pre-birth social work assessment were supported by
  the hubs rather than statutory social work teams.
- South Lanarkshire View, "Family Hubs importance recognised at national
  level" (18 November 2025): a COSLA Excellence Award; the hubs give an
  early intervention social work response for pregnant women and children
  up to 18, to stop issues escalating, led by the council's Children Social
  Work Services and funded through the Scottish Government's Whole Family
  Support Programme.
- The council's public performance report on children and families social
  work (southlanarkshire.gov.uk): the right help when it is needed, working
  with partners to Get it right for every child (GIRFEC).

None of these shows a form, an audit, a grading scale or a step up / step
down procedure, so the form is our own judgement throughout: that a council
running hubs like these would review the moves between its hubs and its
statutory teams; the five questions (the decision and its reasons, the
handover, the pace of the move, keeping the family's relationships, the
managers' oversight of the move), graded on the four Ofsted words the rest
of this framework uses (not a Scottish scale); the family group
decision-making line and "Decided at" options are ours, after the hubs'
offer. Only the idea of a hub that families move to from social work and
back, whole-family support and the families' own feedback follow the
sources. Nothing in the text is the council's.

What varies (our judgement): the move as a from-arrow-to panel, a question
and answer table, the two directions with the other struck through, or
ticked boxes; details as a four-column grid, a two-column table or tabbed
lines two to a line (a hub prefix "FSH-", an Early Help prefix, a case
system prefix or a plain number; team off some files, service off others;
the reviewer's role beside the name on some; brothers and sisters with
ages or dates of birth; a relative at the handover meeting on some); the
questions as cards (a small table each), numbered paragraphs, a landscape
matrix with four grade columns, or findings first and a "grades at a
glance" table after; grades typed informally, a number on a printed 1–4
key either way round, highlighted or emboldened among the four, the others
struck through, a mark under four columns, or a Word drop-down; the overall
grade the same way; worked well / needs to improve as two columns, bullet
lists or one cell a line an item (a brother or sister named on some);
actions as a table, "Action n:" lines or a "no actions" sentence; the
"safe today" question typed, in boxes or with the other answer struck
through (3 yes); the Head of Service's moderation in a non-red ink as a
box, typed through the form (remarks under the questions and a "HoS:" line
under the overall grade) or as a shaded note (4 changing, 3 confirming, 2
comments only), or an empty box, an "awaiting" note or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import Section
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import ADULT_FIRST_NAMES
from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
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

FAMILY = "early_help_step_review_form"
SEED = 10035

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The five review questions, in the order of the sample's five sections
# (the decision, information shared, timeliness, continuity, management
# oversight), each with the prompt printed under it.
QUESTIONS = (
    ("The decision and the reasons for it", "Was the move the right one for the child, were the reasons written "
                                            "down and did the family understand them?"),
    ("The handover between the teams", "Did the receiving team get the assessment, the plan and a chronology, "
                                       "and were the worries passed on in plain words?"),
    ("Pace of the move", "Did the move happen without delay, and was there no gap in support for the family?"),
    ("Keeping the family's relationships", "Did someone the family trusts stay involved until the new worker "
                                           "had met them?"),
    ("Managers' oversight of the move", "Did a manager on each side agree the move and record it?"),
)
TITLES = ("Step Review Form – Family Support Hub and Social Work", "Early Help Step Review",
          "STEP UP / STEP DOWN REVIEW", "Review of a Move Between the Hub and Social Work")
SERVICE_LINES = ("Children and Families Social Work – Family Support Hubs",
                 "Family Support Hubs: early intervention and whole family support",
                 "Children's Social Work Services – Hubs and Area Teams")
MOVES = {"Step up to Children's Social Care": ("Family Support Hub (early help)", "Social work area team"),
         "Step down to Early Help": ("Social work area team (child in need)", "Family Support Hub (early help)")}
REASONS = {
    "Step up to Children's Social Care": (
        "Worries about home conditions grew despite the family plan.",
        "A new concern was raised by school and the hub manager agreed a social work assessment was needed.",
        "The family stopped engaging with the plan and the worries did not reduce.",
    ),
    "Step down to Early Help": (
        "The child in need plan was met and the family asked for continued support from the hub.",
        "Risks had reduced; the family agreed to keep working with the hub on routines and school attendance.",
        "The social work assessment found no role for statutory services; support offered through the hub.",
    ),
}
DECIDED_AT = {"Step up to Children's Social Care": ("Hub team meeting", "Step meeting with the family",
                                                     "Hub manager and team manager discussion"),
              "Step down to Early Help": ("Child in need review", "Step meeting with the family",
                                          "Hub allocation meeting")}
ROLES_AT_MEETING = ("social worker", "hub family support worker", "health visitor", "school pastoral lead",
                    "peer worker", "named person (school)")
RELATIVES = ("grandparent", "aunt / uncle", "family friend")
NO_ACTIONS = ("No actions arising from this review.", "No further actions required at this time.",
              "Nil actions from this review – learning shared with the team.")
SAFETY = ("Is any child in this family not safe today, so that something must happen now?",
          "Safe today? Is there anything in this review that means a child needs protecting today?",
          "Urgent: did the review find a child at risk of harm that needs action now?")
NOT_MODERATED = ("Not selected for moderation this month.", "Awaiting Head of Service moderation.")
# The form's part headings, one scheme to a form.
HEADINGS = (
    ("Part A – The move", "Part B – The child and the review", "Part C – Review questions",
     "Part D – The child's and family's views on the move", "Part E – Learning from this move", "Part F – Actions",
     "Part G – Safe today", "Part H – Head of Service moderation"),
    ("A. About the move", "B. Child and review details", "C. Five questions about the move",
     "D. What the child and family said", "E. What worked well and what needs to improve", "F. Actions agreed",
     "G. Safety", "H. Moderation (Head of Service)"),
    ("1. THE MOVE", "2. DETAILS", "3. REVIEW QUESTIONS", "4. VIEWS OF THE CHILD AND FAMILY", "5. LEARNING",
     "6. ACTIONS", "7. SAFE TODAY", "8. HEAD OF SERVICE MODERATION"),
)
CHANGE_WORDS = ("Disagree", "No – see comments", "Not agreed")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(80, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    calm = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in calm if sample.moderation]
    chosen = [sample for sample in pool if sample.urgent_concern][:3]
    chosen += [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:4]
    chosen += [sample for sample in moderated if sample.moderation.grade == sample.grade][:3]
    chosen += [sample for sample in moderated if sample.moderation.grade is None][:2]
    chosen += [sample for sample in calm if not sample.moderation][: count - len(chosen)]
    rng.shuffle(chosen)
    chosen = chosen[:count]
    # Spread the ways of grading and of writing the reference over the files.
    styles = [*("typed", "key", "bold", "strike", "highlight", "columns", "dropdown") * 3][:len(chosen)]
    references = [*("hub", "early_help", "case_system", "plain") * 4][:len(chosen)]
    rng.shuffle(styles)
    rng.shuffle(references)
    layouts = {"columns": ["matrix", "glance"], "other": ["cards", "paragraphs", "glance"]}
    used = {"columns": 0, "other": 0}
    forms = []
    for index, (sample, style, reference) in enumerate(zip(chosen, styles, references)):
        group = "columns" if style == "columns" else "other"
        layout = layouts[group][used[group] % len(layouts[group])]
        used[group] += 1
        forms.append(_form(rng, index, sample, today, style, layout, reference))
    return forms


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _own(sample, key: str):
    return next(own.written for own in sample.own if own.key == key)


def _form(rng: random.Random, index: int, sample, today: date, style: str, layout: str,
          reference: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    move_style = rng.choice(("arrow", "answers", "struck", "ticks"))
    details_style = rng.choice(("grid", "pairs", "tabbed"))
    moderation_style = rng.choice(("box", "through", "shaded"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    relative = None
    if rng.random() < 0.5:
        taken = {name.split()[0] for name in sample.child.parents}
        relative = f"{rng.choice([first for first in ADULT_FIRST_NAMES if first not in taken])} {sample.child.surname}"

    # Change the sample where the form needs it: the questions' names, the
    # reference as written, the team and service shown or not, a brother or
    # sister named in the findings, no actions.
    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(QUESTIONS, sample.sections))}
    if reference == "hub":
        changes["case_id"] = f"FSH-{sample.case_id[:6]}"
    elif reference == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "case_system":
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.6
    show_service = rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and not sample.urgent_concern and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in QUESTIONS)))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    through = moderation is not None and moderation_style == "through"
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    voice = _own(sample, "family_voice")

    document = new_document(rng, landscape=layout == "matrix")
    ids = ControlIds(rng)
    if rng.random() < 0.6:
        run(document.sections[0].header.paragraphs[0], council_line(rng), colour=brand, size=8)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    run(document.sections[0].footer.paragraphs[0],
        f"Step review form v{rng.choice(('1', '1.3', '2.0'))} – OFFICIAL SENSITIVE once completed", size=8)

    title = rng.choice(TITLES)
    heads = rng.choice(HEADINGS)
    paragraph(document, rng.choice(SERVICE_LINES), bold=True, colour=brand, size=10)
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "For managers reviewing a move between a Family Support Hub and a social work team. One review per "
        "move sampled; return it to the QA inbox within ten working days.",
        "Right help, when it is needed, for as long as it is needed – and no gap when a family moves.",
        "Write what you found on the record, not what should have happened. Use the prompts under each "
        "question.")), italic=True, size=9)
    document.add_paragraph()

    # Part A – the move.
    brand_heading(document, heads[0], brand)
    _move(rng, document, move_style, direction, moved, when)
    document.add_paragraph()

    # Part B – the child and the review.
    brand_heading(document, heads[1], brand)
    reviewer = sample.auditor
    if rng.random() < 0.4:
        reviewer = f"{reviewer} ({rng.choice(('Hub Team Manager', 'Early Help Manager'))})"
    if rng.random() < 0.5:
        others = ", ".join(f"{name} ({_age(born, today) or 'under 1'})" for name, born in household)
        household_label = rng.choice(("Brothers and sisters (age)", "Other children in the family (age)"))
    else:
        others = "; ".join(f"{name}, born {when(born)}" for name, born in household)
        household_label = rng.choice(("Siblings (DOB)", "Other children in the household"))
    rows = [
        (rng.choice(("Hub / case reference", "Reference", "Ref")), sample.case_id),
        (rng.choice(("Child's name", "Child / young person")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (rng.choice(("Parent(s) / carer(s)", "Parents / carers")), " and ".join(child.parents)),
        (household_label, others),
        (rng.choice(("Hub worker (lead professional)", "Lead professional", "Worker leading the support")),
         sample.practitioner),
    ]
    if rng.random() < 0.4:
        rows.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode))))
    if show_team:
        rows.append((rng.choice(("Team", "Hub team")), sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    rows += [(rng.choice(("Reviewed by", "Reviewer", "Review completed by")), reviewer),
             (rng.choice(("Date of review", "Review date")), when(sample.date))]
    _details(document, details_style, rows)

    present = [f"{rng.choice(('Parent', 'Mum / Dad', 'Parent / carer'))} ({child.parents[0]})"]
    if relative:
        present.append(f"{relative} ({rng.choice(RELATIVES)})")
    present += rng.sample(ROLES_AT_MEETING, rng.randint(2, 3))
    line = paragraph(document, rng.choice(("Who was at the handover meeting: ", "Present at the step meeting: ")),
                     bold=True)
    run(line, ", ".join(present))
    if rng.random() < 0.5:
        line = paragraph(document, "Family group decision-making offered? ", bold=True)
        run(line, rng.choice(("Yes – family declined", "Yes", "No – not appropriate at this point")))
    document.add_paragraph()

    # Part C – the five questions and the overall grade.
    brand_heading(document, heads[2], brand)
    reverse = rng.random() < 0.4
    numbers = {grade: (4 - position if reverse else position + 1) for position, grade in enumerate(ORDER)}
    if style == "key":
        key = paragraph(document, "Grading key: ", bold=True)
        run(key, "   ".join(f"{numbers[grade]} – {WORDS[grade]}" for grade in ORDER))
        paragraph(document, "Enter the number for each question and for the move overall.", italic=True, size=9)
    elif style in ("bold", "highlight"):
        paragraph(document, f"{'Embolden' if style == 'bold' else 'Highlight'} one grade for each question.",
                  italic=True, size=9)
    elif style == "strike":
        paragraph(document, "Strike through the grades that do not apply.", italic=True, size=9)
    elif style == "dropdown":
        paragraph(document, "Choose a grade from the drop-down for each question.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "Head of Service comment – ", "HoS moderation: "))
    marks = rng.choice(MARKS)
    saw = rng.choice(("What we saw", "What I found"))
    overall_label = rng.choice(("Overall grade for this move", "OVERALL GRADE", "Overall, how well was the move "
                                                                                "managed?"))
    if layout == "matrix":
        _matrix(document, sample, remarks if through else {}, prefix, ink, marks, overall_label)
    elif layout == "glance":
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, QUESTIONS), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            paragraph(document, section.comment)
            if through and section.name in remarks:
                paragraph(document, prefix + remarks[section.name], colour=ink)
        paragraph(document, rng.choice(("Grades at a glance", "Summary of grades")), bold=True, colour=brand)
        _glance(rng, document, sample, style, numbers, marks, ids, overall_label)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, QUESTIONS), start=1):
            if layout == "cards":
                card = table(document, 3 + (through and section.name in remarks), 2)
                head = card.cell(0, 0).merge(card.cell(0, 1))
                write(head, f"Question {number}: {section.name}", bold=True, colour="FFFFFF")
                shade(head._tc, brand)
                write(head, prompt, italic=True, size=8, colour="FFFFFF")
                label(card.cell(1, 0), saw, "F2F2F2")
                write(card.cell(1, 1), section.comment)
                label(card.cell(2, 0), "Grade", "F2F2F2")
                _grade(rng, write(card.cell(2, 1), ""), style, section.grade, numbers, ids)
                if through and section.name in remarks:
                    label(card.cell(3, 0), "Head of Service", "F2F2F2")
                    write(card.cell(3, 1), remarks[section.name], colour=ink)
            else:
                paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
                paragraph(document, prompt, italic=True, size=9)
                line = paragraph(document, f"{saw}: ", bold=True)
                run(line, section.comment)
                if through and section.name in remarks:
                    paragraph(document, prefix + remarks[section.name], colour=ink)
                line = paragraph(document, "Grade: ", bold=True)
                _grade(rng, line, style, section.grade, numbers, ids)
            document.add_paragraph()
        overall = table(document, 1, 2)
        label(overall.cell(0, 0), overall_label, "DCE6F1")
        _grade(rng, write(overall.cell(0, 1), ""), style, sample.grade, numbers, ids, overall=True)
    if through and moderation.grade:
        verdict = (f"{prefix}agreed – " if moderation.grade == sample.grade else prefix)
        line = paragraph(document, verdict, colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    document.add_paragraph()

    # Part D – the child's and family's views.
    brand_heading(document, heads[3], brand)
    paragraph(document, rng.choice(("How did the child and family feel about the move?",
                                    "In their words, where possible:")), italic=True, size=9)
    paragraph(document, voice)
    document.add_paragraph()

    # Part E – what worked well, what needs to improve.
    brand_heading(document, heads[4], brand)
    headings = rng.choice((("What worked well", "What needs to improve"), ("Worked well", "Needs to improve"),
                           ("Strengths of the move", "What could have been better")))
    findings = rng.choice(("columns", "lists", "cells"))
    if findings == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FBE5D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    elif findings == "cells":
        grid = table(document, 4, 1)
        for row, (heading, items) in zip((0, 2), zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(row, 0), heading, "EDEDED")
            write(grid.cell(row + 1, 0), "\n".join(items))
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"\u2022 {item}")
    document.add_paragraph()

    # Part F – actions.
    brand_heading(document, heads[5], brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Person responsible",
                                                             "Date due", "Completed?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} (who: {action.owner}; by {when(action.due)})")
    document.add_paragraph()

    # Part G – safe today.
    brand_heading(document, heads[6], brand)
    paragraph(document, rng.choice(SAFETY), bold=True)
    answer_style = rng.choice(("typed", "boxes", "struck"))
    if answer_style == "boxes":
        answer = paragraph(document)
        run(answer, ("\u2612" if sample.urgent_concern else "\u2610") + " Yes     ")
        run(answer, ("\u2610" if sample.urgent_concern else "\u2612") + " No")
    elif answer_style == "struck":
        answer = paragraph(document)
        run(answer, "Yes", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(answer, " / ")
        run(answer, "No", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    if sample.urgent_concern:
        if answer_style == "typed":
            paragraph(document, rng.choice(("YES – ", "Yes. ")) + sample.urgent_concern_detail)
        else:
            line = paragraph(document, "If yes, what and who has been told: ", bold=True)
            run(line, sample.urgent_concern_detail)
    elif answer_style == "typed":
        paragraph(document, rng.choice(("No", "No.", "No – nothing found that needs action today.")))
    document.add_paragraph()

    # Part H – sign-off.
    line = paragraph(document, rng.choice(("Signed (reviewer): ", "Reviewer sign-off: ", "Completed by: ")),
                     bold=True)
    run(line, f"{sample.auditor}     ")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, moderation_style, ink, brand, when, heads[7])
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _move(rng: random.Random, document, style: str, direction: str, moved: date, when) -> None:
    """Which way the family moved, when, why and where it was decided."""
    source, target = MOVES[direction]
    reason = rng.choice(REASONS[direction])
    decided = rng.choice(DECIDED_AT[direction])
    if style == "arrow":
        panel = table(document, 2, 3)
        for cell, text in zip(panel.rows[0].cells, ("From", "The move", "To")):
            label(cell, text, "DCE6F1")
        write(panel.cell(1, 0), source)
        write(panel.cell(1, 1), f"\u27a1 {direction}", bold=True)
        write(panel.cell(1, 1), f"Date of move: {when(moved)}")
        write(panel.cell(1, 2), target)
        line = paragraph(document, "Why: ", bold=True)
        run(line, reason)
        return
    if style == "answers":
        grid = table(document, 4, 2)
        for row, (question, answer) in zip(grid.rows, (
                ("Which way did the family move?", direction),
                ("When did the move take effect?", when(moved)),
                ("Why?", reason),
                ("Where was the move agreed?", decided))):
            label(row.cells[0], question, "F2F2F2")
            write(row.cells[1], answer)
        return
    line = paragraph(document, rng.choice(("Direction of the move: ", "Step: ")), bold=True)
    if style == "struck":
        paragraph(document, "(strike through the one that does not apply)", italic=True, size=8)
        line = paragraph(document)
    for position, option in enumerate(MOVES):
        if position:
            run(line, "      ")
        if style == "ticks":
            run(line, ("\u2612 " if option == direction else "\u2610 ") + option)
        else:
            run(line, option, strike=option != direction)
    line = paragraph(document, rng.choice(("Date of move: ", "Date the move took effect: ")), bold=True)
    run(line, when(moved))
    line = paragraph(document, "Reason for the move: ", bold=True)
    run(line, reason)
    line = paragraph(document, "Decided at: ", bold=True)
    run(line, decided)


def _details(document, style: str, rows: list[tuple[str, str]]) -> None:
    if style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            column = 2 * (position % 2)
            label(cells[column], text, "EDEDED")
            write(cells[column + 1], value)
    else:
        for start in range(0, len(rows), 2):
            line = paragraph(document)
            for position, (text, value) in enumerate(rows[start:start + 2]):
                if position:
                    run(line, "\t\t")
                run(line, f"{text}:\t", bold=True)
                run(line, value)


def _grade(rng: random.Random, line, style: str, grade: str, numbers: dict, ids: ControlIds, *,
           overall: bool = False) -> None:
    """Write `grade` at the end of paragraph `line` in the form's style."""
    if style == "key":
        run(line, str(numbers[grade]), bold=True)
    elif style in ("bold", "strike", "highlight"):
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  |  ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style != "strike", strike=style == "strike" and not chosen,
                highlight=chosen and style == "highlight")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)


def _matrix(document, sample, remarks: dict, prefix: str, ink: str, marks: str, overall_label: str) -> None:
    """The questions and the overall grade as one landscape grid with a mark
    under four grade columns."""
    grid = table(document, len(sample.sections) + 2, 6)
    for cell, text in zip(grid.rows[0].cells, ("Review question", "What we saw", "Outstanding", "Good",
                                               "Requires improvement", "Inadequate")):
        label(cell, text, "DCE6F1")
    for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, QUESTIONS):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[0], prompt, italic=True, size=8)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], prefix + remarks[section.name], colour=ink)
        mark(row.cells[2 + ORDER.index(section.grade)], marks)
    last = grid.rows[-1]
    label(last.cells[0], overall_label, "DCE6F1")
    mark(last.cells[2 + ORDER.index(sample.grade)], marks)


def _glance(rng: random.Random, document, sample, style: str, numbers: dict, marks: str, ids: ControlIds,
            overall_label: str) -> None:
    """The grades gathered in one table after the findings: a grade cell per
    question, or a mark under four grade columns."""
    if style == "columns":
        grid = table(document, len(sample.sections) + 2, 5)
        for cell, text in zip(grid.rows[0].cells, ("Question", "Outstanding", "Good", "Requires improvement",
                                                   "Inadequate")):
            label(cell, text, "DCE6F1")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name)
            mark(row.cells[1 + ORDER.index(section.grade)], marks)
        label(grid.rows[-1].cells[0], overall_label, "DCE6F1")
        mark(grid.rows[-1].cells[1 + ORDER.index(sample.grade)], marks)
        return
    grid = table(document, len(sample.sections) + 2, 2)
    label(grid.cell(0, 0), "Question", "DCE6F1")
    label(grid.cell(0, 1), "Grade", "DCE6F1")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name)
        _grade(rng, write(row.cells[1], ""), style, section.grade, numbers, ids)
    label(grid.rows[-1].cells[0], overall_label, "DCE6F1")
    _grade(rng, write(grid.rows[-1].cells[1], ""), style, sample.grade, numbers, ids, overall=True)


def _moderation(rng: random.Random, document, sample, moderation, style: str, ink: str, brand: str, when,
                heading: str) -> None:
    if moderation is None:
        shown = rng.choice(("empty", "note", "none"))
        if shown == "none":
            return
        brand_heading(document, heading, brand)
        if shown == "note":
            paragraph(document, rng.choice(NOT_MODERATED), italic=True)
            return
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Agree with the overall grade?",
                                        "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    signed = f"{moderation.moderator}, Head of Service – {when(moderation.date)}"
    if style == "box":
        agree = ""
        if moderation.grade:
            agree = "Agree" if moderation.grade == sample.grade else rng.choice(CHANGE_WORDS)
        rows = [("Head of Service", moderation.moderator), ("Date", when(moderation.date)),
                ("Agree with the overall grade?", agree),
                ("Moderated grade", informal_grade(rng, moderation.grade) if moderation.grade else ""),
                ("Comments", "\n".join(moderation.comments))]
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=ink, bold=text == "Moderated grade")
    elif style == "shaded":
        note = table(document, 1, 1)
        cell = note.cell(0, 0)
        shade(cell._tc, rng.choice(("E2EFDA", "DEEAF6", "FFF2CC")))
        write(cell, "Moderation note", bold=True)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the reviewer's overall grade. Moderated grade: "
                       if moderation.grade == sample.grade else "I do not agree with the overall grade. "
                                                                 "Moderated grade: ")
            line = write(cell, verdict, colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        write(cell, signed, colour=ink, italic=True)
    else:
        # Typed through the form: the remarks and the moderated grade are
        # already under the questions and the overall grade.
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, signed, colour=ink, italic=True)
