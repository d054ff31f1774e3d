"""Step across threshold review: a manager's review of one decision to move
a family across the threshold between Early Help (Families First) and care
and support from children's social care – a step up through the council's
multi-agency "front door", or a step down back to Families First. The
review sets out the decision (which way, when, how the case reached the
decision, who made it, the level on the council's threshold of need before
and after), the child and the family, the lead worker and the reviewer
(with a second reviewer from the front door on some), the front-door
checks, five questions about the decision each with the evidence and a
grade, the overall grade, what the family said about the step, what worked
well and what needs to improve, actions, the same-day safety question, the
reviewer's sign-off and the Head of Service's moderation.

Modelled on what is published about Torfaen County Borough Council's
children's services. Every North East and Yorkshire council and partnership
the brief named (Northumberland, North and South Tyneside, Gateshead,
Sunderland, Durham, Darlington, Hartlepool, Stockton, Redcar and
Cleveland, Middlesbrough, York, North Yorkshire, East Riding, Hull, North
Lincolnshire, Calderdale, Kirklees, Wakefield, Barnsley, Rotherham,
Doncaster, and also Sheffield, Leeds, Bradford and Newcastle) is already
named by another family or a council layout; Torfaen is not, so it was
taken as a similar body. Read as search excerpts:

- Torfaen County Borough Council, "Delivery Programme 2022/2023 –
  Well-being Objective 2" (torfaen.gov.uk): under the Children and Young
  People's Development Plan the council says it introduced a multi-agency
  support and safeguarding hub (MASSH) in November 2019, reduced the share
  of contacts to children's services needing no further action from 72% to
  65% (July 2021 to March 2022), "developed a threshold of need to enable
  consistent decision making and enable partners to determine suitability
  of referral", will fully implement an online referral pathway so that
  families get "the right help at the right time" and escalation to
  statutory services is minimised, and will undertake a six-monthly review
  with partners (the excerpt breaks off there);
- the Royal Society for Public Health's news item "Gwent Police launch
  multi-agency support and safeguarding hub" (rsph.org.uk): the hub of
  Torfaen Council and Gwent Police staff in the Civic Centre, Pontypool,
  co-locating police, social workers, customer care, Families First and
  administrators as a single point of contact and referral, with joint
  decision making and better information sharing; once a concern is
  reported the MASSH assesses whether it meets the threshold for
  children's social care involvement, and referrals that do not are
  signposted on (the excerpt breaks off there);
- a South Wales Argus report on the council's T22 transformation
  programme (southwalesargus.co.uk, news item 17575407: the chief
  executive warned the council was "heading towards unsustainability" as
  the number of children in its care rose): Torfaen has had the
  most children in its care of the five Gwent councils since 2014; the
  executive member for children and young people said early intervention
  was key; the chief executive said the best outcome is to intervene
  early and prevent a child needing statutory services.

None of them shows an audit form or says how step-up or step-down
decisions are reviewed, so the form is our own judgement; only the front
door as a joint hub deciding against a threshold of need, the online
referral pathway as one route in, Families First as the early help side
and the weight on consistent decisions follow the sources. The level names
of the threshold (1 universal to 4 child protection) are ours, not
Torfaen's; the Ofsted-scale grades are those of the invented council the
forms belong to, not Torfaen's.

What varies, by our judgement: the decision as a four-cell "route" strip
(route in, decided by, decision, date), as the two directions with check
boxes, or as a question-and-answer table, with the threshold levels before
and after; the details as boxes holding a small label over each value,
a two-column table or tabbed lines two to a line (the reviewer's role in
the same cell on some; a second reviewer from the front door on some,
named or by role; plain, case-system or Early Help references; team off
about half the files, service off about a third; brothers and sisters
named with ages or dates of birth on most); a front-door checklist
answered Yes / No / N/A on some; the five questions in the sample's words or ours (a question each), as
question blocks, one grid, a landscape grid with the questions across the
top, or Q-and-A paragraphs; grades typed informally, a number on a
printed 1–4 key either way round, the chosen option emboldened or
highlighted among the four, the others struck through, a mark under four
grade columns or a Word drop-down, the overall grade the same way;
headings as brand-coloured text or white on a brand-coloured bar (red
among the brands); the family's views in a box or a paragraph; who came to
the step meeting (a relative named on some); what worked well and what
needs to improve side by side, bulleted, numbered or one cell a line an
item (a brother or sister named on some); actions as a table, arrowed
lines or a "no actions" sentence (3); the safety question typed, ticked,
struck through or a Word drop-down (3 yes); the review date typed in the
file's spelling or in a Word date picker; the Head of Service's moderation
in a non-red ink as a heavy-bordered box (black border on some), signed
lines, or a "HoS" grade under the overall grade with signed lines, with
remarks under some questions or in a row of their own (4 changing, 3
confirming, 3 comments only), or an empty box, an "awaiting" note or no
section. Step ups and step downs are taken in turn from the samples.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import Section
from bot.samples.ooxml import ControlIds, content_checkbox, content_date, content_dropdown, glyph, shade
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

FAMILY = "step_across_threshold_review"
SEED = 10027

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
OPTION_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement", INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement", INADEQUATE: "Inadequate"},
    {OUTSTANDING: "OUTSTANDING", GOOD: "GOOD", REQUIRES_IMPROVEMENT: "REQUIRES IMPROVEMENT", INADEQUATE: "INADEQUATE"},
)
# How each file shows a grade; every one is used at least twice in 16 files.
GRADE_STYLES = ("typed", "key", "bold", "highlight", "strike", "columns", "dropdown")

UP, DOWN = "Step up to Children's Social Care", "Step down to Early Help"

# The five questions in our words, in the order of the sample's sections
# (the decision, information shared, timeliness, continuity, management
# oversight), each with what the reviewer looks for.
OUR_QUESTIONS = (
    ("Was the threshold applied and the reason for the step clearly recorded?",
     "Look for: the threshold of need referred to; the reason given in terms of the child's needs, not the "
     "service's."),
    ("Did the receiving service get what it needed to know?",
     "Look for: the assessment, the plan, the chronology and the family's own words sent across."),
    ("Did the step happen without a gap in help?",
     "Look for: working days from the decision to first contact by the receiving worker."),
    ("Did the family keep the people and support that mattered to them?",
     "Look for: a joint visit or step meeting; the known worker stayed until the new one was in place."),
    ("Did a manager sign off the decision, with reasons?",
     "Look for: management oversight recorded in both services, giving the reasons for the decision."),
)
# What to look for under the sample's own area names.
SAMPLE_PROMPTS = (
    "Is the threshold of need referred to, and is the decision consistent with it?",
    "Was a written summary, the plan and the chronology passed on at the point of transfer?",
    "Days from the decision to the first contact by the receiving team.",
    "Was a worker the family knew kept alongside them until the handover was complete?",
    "Is a manager's decision recorded in each service, with the reasons?",
)
TITLES = ("Threshold Decision Review – Step Up / Step Down", "Stepping Across the Threshold: Review of a Decision",
          "STEP UP / STEP DOWN THRESHOLD DECISION REVIEW", "Front Door and Families First – Step Decision Review",
          "Review of a Step Up or Step Down Decision")
INTROS = (
    "Complete one review for each family sampled from the month's step ups and step downs. Judge the decision "
    "against the threshold of need, not against the outcome.",
    "Right help at the right time: this review asks whether the family crossed the threshold for the right "
    "reasons, safely and without a gap in help.",
    "Reviewers: read the contact, the screening record, the assessment and the first month after the step "
    "before you grade.",
)
LEVELS = ("Level 1 – Universal", "Level 2 – Early intervention (Families First)", "Level 3 – Care and support",
          "Level 4 – Child protection")
# How the case reached the decision, the level on the threshold of need it
# crossed from or to (besides Level 2, Families First) and who could have
# made the decision.
ROUTES = {
    UP: (("The Families First lead worker asked for a step up through the front door", 2,
          ("Front door team manager", "Duty team manager after a threshold discussion with the Families First "
                                      "manager")),
         ("A new police report (PPN) while the family had a Families First plan", 3,
          ("Joint decision at the hub's daily meeting (police, social work, Families First)",
           "Front door team manager")),
         ("The school raised a concern through the online referral form", 2,
          ("Front door team manager", "Joint decision at the hub's daily meeting (police, social work, Families "
                                      "First)")),
         ("The health visitor contacted the front door about the home conditions", 2,
          ("Duty team manager after a threshold discussion with the Families First manager",))),
    DOWN: (("The closing care and support review recommended a step down", 2,
            ("Team manager at the final review", "Team manager, agreed with the Families First co-ordinator")),
           ("The child protection plan ended and the review conference agreed a step down", 3,
            ("Review conference chair with the team manager",)),
           ("The assessment closed and the family asked for help to continue", 2,
            ("Team manager at the final review", "Front door team manager with the Families First co-ordinator"))),
}
CHECKS = (
    "Threshold of need document referred to in the decision",
    "Consent for the step recorded (or why it was not sought)",
    "Police and health checks completed at the front door",
    "Receiving service accepted the family in writing",
    "Family told of the decision and who their new worker is",
)
MEETING_ROLES = ("Families First key worker", "social worker", "school family liaison officer", "health visitor",
                 "youth worker", "school nurse", "housing officer")
RELATIVES = ("maternal grandmother", "grandparent", "aunt", "family friend")
LABELS = {
    "reference": {"plain": ("Case no.", "Family ref", "WCCIS no."), "eh": ("Families First ref", "EH ref"),
                  "prefixed": ("Case ref", "Ref")},
    "child": ("Child", "Child's name", "Name of child / young person"),
    "dob": ("DOB", "Date of birth"),
    "siblings": ("Other children in the household", "Brothers / sisters", "Siblings"),
    "parents": ("Parents / carers", "Parent(s)"),
    "practitioner": ("Lead worker", "Lead worker at the time of the step", "Families First key worker"),
    "team": ("Team", "Team / locality"),
    "service": ("Service", "Service area"),
    "auditor": ("Reviewer", "Lead reviewer", "Review completed by"),
    "date": ("Date of review", "Review date", "Date reviewed"),
}
OVERALL_LABELS = ("Overall grade for the decision", "OVERALL GRADE", "Overall, was this a safe, well-made decision?",
                  "Reviewer's overall grade")
VIEWS = ("What the family told us about the step", "The family's view of the decision", "Family's views")
FINDINGS = (("What worked well", "What needs to improve"), ("Strengths in the decision", "What could be better"),
            ("Worked well", "Needs to improve"))
ACTION_HEADERS = (("Action", "Who", "By when"), ("What needs to happen", "Lead", "Date due", "Done"),
                  ("Action", "Owner", "Target date", "RAG"))
NO_ACTIONS = ("No actions arising from this review.", "No further actions required at this time.",
              "No actions – a well-made decision; feedback given to the lead worker.")
SAFETY = ("Is any child in this family unsafe today, needing action now?",
          "Immediate safety: did the review find a child at risk of harm today?",
          "Is there an urgent safeguarding concern to escalate to the Head of Service today?")
SAFETY_DETAIL = ("What, and who has been told:", "If yes, give details and the action taken:", "Details:")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not sampled for moderation this month.", "")
ROLE_AFTER_NAME = ("Early Help Manager", "Families First Manager", "Team Manager, Early Help")
SECOND_REVIEWERS = ("Jane Smith, Practice Manager (front door)", "Joanne Fletcher, Practice Manager, Assessment",
                    "DS from the hub's police team", "Sarah Hollins, Safeguarding Practice Manager")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    # Three urgent concerns, unmoderated ones first so that moderation is spread over the calm files;
    # within each group step ups and step downs taken in turn.
    urgent = sorted((sample for sample in pool if sample.urgent_concern), key=lambda sample: bool(sample.moderation))
    chosen = _alternate(urgent, 3)
    calm = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in calm if sample.moderation]
    chosen += _alternate([sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)], 4)
    chosen += _alternate([sample for sample in moderated if sample.moderation.grade == sample.grade], 3)
    chosen += _alternate([sample for sample in moderated if sample.moderation.grade is None], 3)
    chosen += _alternate([sample for sample in calm if not sample.moderation], count - len(chosen))
    chosen += [sample for sample in pool if sample not in chosen][: count - len(chosen)]
    chosen = chosen[:count]
    rng.shuffle(chosen)
    styles = (list(GRADE_STYLES) * (count // len(GRADE_STYLES) + 1))[:count]
    rng.shuffle(styles)
    # Three files with a good grade, no urgent concern and the fewest actions say there are none.
    quiet = [index for index, sample in enumerate(chosen)
             if sample.grade in (OUTSTANDING, GOOD) and not sample.urgent_concern]
    no_actions = set(rng.sample(quiet, min(3, len(quiet))))
    # The printed key runs 1 = Outstanding on half the files that use it, 1 = Inadequate on the others.
    keyed = [index for index, style in enumerate(styles) if style == "key"]
    reverse = {index for position, index in enumerate(keyed) if position % 2}
    return [_form(rng, index, sample, today, styles[index], index in no_actions, index in reverse)
            for index, sample in enumerate(chosen)]


def _alternate(samples: list, wanted: int) -> list:
    """Up to `wanted` of `samples`, step ups and step downs in turn while both last."""
    ups = [sample for sample in samples if _own(sample, "direction") == UP]
    downs = [sample for sample in samples if _own(sample, "direction") != UP]
    taken = []
    while len(taken) < wanted and (ups or downs):
        for group in (ups, downs):
            if group and len(taken) < wanted:
                taken.append(group.pop(0))
    return taken


def _own(sample, key: str):
    return next(own.written for own in sample.own if own.key == key)


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class _Look:
    """One file's choices, drawn once."""

    def __init__(self, rng: random.Random, style: str):
        self.style = style
        self.brand = rng.choice(BRAND_COLOURS)
        self.ink = rng.choice(MODERATION_INKS)
        self.when = date_writer(rng)
        self.words = rng.choice(OPTION_WORDS)
        self.bars = rng.random() < 0.5
        self.numbering = rng.choice(("numbers", "sections", "none"))
        self.header = rng.random() < 0.6
        self.decision = rng.choice(("route", "boxes", "qa"))
        self.details = rng.choice(("boxes", "two", "tabbed"))
        self.our_questions = rng.random() < 0.5
        if style == "columns":
            self.questions = "grid"
        else:
            self.questions = rng.choice(("blocks", "grid", "across", "qa"))
        self.stacked = rng.random() < 0.4
        self.reverse_key = False
        self.checks = rng.choice((None, "columns", "cells"))
        self.views_box = rng.random() < 0.5
        self.findings = rng.choice(("side", "bullets", "numbered", "onecell"))
        self.actions = rng.choice(("table", "lines"))
        self.safety = rng.choice(("typed", "ticks", "struck", "dropdown"))
        self.sign_off = rng.random() < 0.5
        self.picker = rng.random() < 0.3
        self.moderation = rng.choice(("box", "box", "lines", "inline"))
        self.black_border = rng.random() < 0.4
        self.remark_prefix = rng.choice(("HoS: ", "Head of Service – ", "HoS comment: "))


def _form(rng: random.Random, index: int, sample, today: date, style: str, no_actions: bool,
          reverse_key: bool) -> HeldOutForm:
    look = _Look(rng, style)
    look.reverse_key = reverse_key
    ids = ControlIds(rng)
    when = look.when
    household = siblings(rng, sample.child, rng.randint(1, 3), today) if rng.random() < 0.75 else []
    household = [(name, born) for name, born in household if _age(born, today) < 18]  # children only
    relative = None
    if rng.random() < 0.45:
        relative = next(name for name in attendees(rng, (sample.child.surname,), 3)
                        if name not in sample.child.parents)

    # The sample as this form shows it.
    old_names = [section.name for section in sample.sections]
    changes: dict = {}
    if look.our_questions:
        changes["sections"] = tuple(Section(question, section.grade, section.comment)
                                    for (question, _), section in zip(OUR_QUESTIONS, sample.sections))
    pick = rng.random()
    reference_kind = "plain"
    if pick < 0.35:
        changes["case_id"], reference_kind = early_help_reference(rng, sample.case_id), "eh"
    elif pick < 0.65:
        changes["case_id"], reference_kind = case_reference(rng, sample.case_id), "prefixed"
    show_team = rng.random() < 0.7
    show_service = rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if no_actions:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    names = [section.name for section in sample.sections]
    prompts = [prompt for _, prompt in OUR_QUESTIONS] if look.our_questions else list(SAMPLE_PROMPTS)
    remarks: dict[str, str] = {}
    if moderation:
        renamed = dict(zip(old_names, names))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    voice = _own(sample, "family_voice")
    numbers = {grade: (4 - position if look.reverse_key else position + 1) for position, grade in enumerate(ORDER)}

    document = new_document(rng, landscape=look.questions == "across")
    if look.questions == "across":
        document.sections[0].orientation = WD_ORIENT.LANDSCAPE
    line_text = council_line(rng)
    if look.header:
        run(document.sections[0].header.paragraphs[0], line_text, bold=True, colour=look.brand, size=9)
    run(document.sections[0].footer.paragraphs[0],
        f"Threshold decision review v{rng.choice(('1.1', '2.0', '2.3'))} – OFFICIAL-SENSITIVE when completed", size=8)

    title = rng.choice(TITLES)
    if not look.header:
        paragraph(document, line_text, bold=True, colour=look.brand, size=10)
    paragraph(document, title, bold=True, colour=look.brand, size=16)
    paragraph(document, rng.choice(INTROS), italic=True, size=9)
    document.add_paragraph()

    counter = iter(range(1, 20))

    def heading(text: str) -> None:
        number = next(counter)
        if look.numbering == "numbers":
            text = f"{number}. {text}"
        elif look.numbering == "sections":
            text = f"Section {number} – {text}"
        if look.bars:
            bar = table(document, 1, 1)
            write(bar.cell(0, 0), text, bold=True, colour="FFFFFF")
            shade(bar.cell(0, 0)._tc, look.brand)
        else:
            paragraph(document, text, bold=True, colour=look.brand, size=12)

    # The decision under review.
    heading(rng.choice(("The decision under review", "The step", "About the decision")))
    _decision(rng, document, look, sample, direction, moved, ids)
    document.add_paragraph()

    # The child, the family and who reviewed.
    heading(rng.choice(("Case details", "The child and family", "Family and review details")))
    auditor = sample.auditor
    if rng.random() < 0.35:
        auditor = f"{auditor} ({rng.choice(ROLE_AFTER_NAME)})"
    rows = [(rng.choice(LABELS["reference"][reference_kind]), sample.case_id),
            (rng.choice(LABELS["child"]), child.full_name)]
    born_text = when(child.date_of_birth)
    rows.append((rng.choice(LABELS["dob"]), born_text))
    ages = rng.random() < 0.5
    if household:
        written = [f"{name} ({_age(born, today) or 'under 1'})" if ages else f"{name} – {when(born)}"
                   for name, born in household]
        rows.append((rng.choice(LABELS["siblings"]), "; ".join(written)))
    if rng.random() < 0.6:
        rows.append((rng.choice(LABELS["parents"]), ", ".join(child.parents)))
    if rng.random() < 0.3:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    rows.append((rng.choice(LABELS["practitioner"]), sample.practitioner))
    if show_team:
        rows.append((rng.choice(LABELS["team"]), sample.team))
    if show_service:
        rows.append((rng.choice(LABELS["service"]), sample.service))
    if not look.sign_off:
        rows.append((rng.choice(LABELS["auditor"]), auditor))
        if rng.random() < 0.5:
            rows.append((rng.choice(("Second reviewer", "Co-reviewer (front door)")), rng.choice(SECOND_REVIEWERS)))
        if not look.picker:
            rows.append((rng.choice(LABELS["date"]), when(sample.date)))
    _details(document, look.details, rows)
    if not look.sign_off and look.picker:
        line = paragraph(document, f"{rng.choice(LABELS['date'])}: ", bold=True)
        _picker(rng, line, sample.date, ids)
    document.add_paragraph()

    # Front door checks.
    if look.checks:
        heading(rng.choice(("Front door checks", "Checks at the point of decision")))
        _checks(rng, document, look.checks)
        document.add_paragraph()

    # The five questions and the overall grade.
    heading(rng.choice(("Questions about the decision", "How well was the decision made?", "Review questions")))
    _key(document, look, numbers)
    overall_cell = _questions(rng, document, look, sample, prompts, remarks, numbers, ids)
    if look.moderation == "inline" and moderation is not None and moderation.grade:
        write(overall_cell, f"HoS: {informal_grade(rng, moderation.grade)}", colour=look.ink, bold=True)
    document.add_paragraph()

    # The family's views, and who came to the step meeting.
    heading(rng.choice(VIEWS))
    if look.views_box:
        box = table(document, 1, 1)
        write(box.cell(0, 0), voice)
    else:
        paragraph(document, voice, italic=rng.random() < 0.5)
    if rng.random() < 0.6 or relative:
        present = [f"{rng.choice(('Parent', 'Parent / carer'))} ({child.parents[0]})"]
        if relative:
            present.append(f"{relative} ({rng.choice(RELATIVES)})")
        present += rng.sample(MEETING_ROLES, rng.randint(2, 3))
        line = paragraph(document, rng.choice(("Who came to the step meeting: ", "Present at the transfer meeting: ")),
                         bold=True)
        run(line, ", ".join(present))
    document.add_paragraph()

    # What worked well, what needs to improve, and actions.
    heading(rng.choice(("Findings", "Learning from this decision", "Summary of the review")))
    _findings(rng, document, look, sample)
    document.add_paragraph()
    heading(rng.choice(("Actions", "What needs to happen next", "Actions (who, by when)")))
    _actions(rng, document, look, sample)
    document.add_paragraph()

    # Safety today.
    heading(rng.choice(("Safety today", "Immediate safety", "Urgent concerns")))
    _safety(rng, document, look, sample, ids)
    document.add_paragraph()

    # Sign-off.
    if look.sign_off:
        heading(rng.choice(("Sign-off", "Reviewer's sign-off")))
        line = paragraph(document, rng.choice(("Signed (reviewer): ", "Reviewed by: ")), bold=True)
        run(line, auditor)
        line = paragraph(document, rng.choice(("Date: ", "Date of review: ")), bold=True)
        if look.picker:
            _picker(rng, line, sample.date, ids)
        else:
            run(line, when(sample.date))
        if rng.random() < 0.4:
            shared = min(today, sample.date + timedelta(days=rng.randint(1, 6)))
            line = paragraph(document, "Findings shared with the lead worker on: ", bold=True)
            run(line, when(shared))
        document.add_paragraph()

    _moderation(rng, document, look, sample, moderation, heading)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(born_text, *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _picker(rng: random.Random, line, day: date, ids: ControlIds) -> None:
    word_format, shown = rng.choice((("dd/MM/yyyy", f"{day:%d/%m/%Y}"), ("d MMMM yyyy", f"{day.day} {day:%B %Y}"),
                                     ("dd.MM.yyyy", f"{day:%d.%m.%Y}")))
    content_date(line._p, day, shown, word_format, ids, alias="Date of review")


def _decision(rng: random.Random, document, look: _Look, sample, direction: str, moved: date,
              ids: ControlIds) -> None:
    when = look.when
    route, level, deciders = rng.choice(ROUTES[direction])
    decider = rng.choice(deciders)
    before, after = (LEVELS[1], LEVELS[level]) if direction == UP else (LEVELS[level], LEVELS[1])
    moved_label = rng.choice(("Date the step took effect", "Date of step up / step down", "Transfer date"))
    if look.decision == "route":
        strip = table(document, 2, 4)
        headers = ("Route in \u2192", "Decided by \u2192", "Decision \u2192", moved_label)
        for cell, text in zip(strip.rows[0].cells, headers):
            label(cell, text, "E7EEF7")
        for cell, text in zip(strip.rows[1].cells, (route, decider, direction, when(moved))):
            write(cell, text, bold=text == direction)
    elif look.decision == "boxes":
        paragraph(document, rng.choice(("Which decision is being reviewed? (tick one)", "Type of decision:")),
                  bold=True)
        for option in (UP, DOWN):
            line = paragraph(document)
            if rng.random() < 0.5:
                content_checkbox(line._p, option == direction, ids)
            else:
                glyph(line._p, option == direction)
            run(line, f"  {option}")
        line = paragraph(document, f"{moved_label}: ", bold=True)
        run(line, when(moved))
        line = paragraph(document, rng.choice(("How the case reached the decision: ", "Route: ")), bold=True)
        run(line, route)
        line = paragraph(document, "Decision made by: ", bold=True)
        run(line, decider)
    else:
        rows = [("What decision is being reviewed?", direction), (moved_label, when(moved)),
                ("How did the case come to the decision?", route), ("Who made the decision?", decider)]
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    line = paragraph(document, "Threshold of need – level before the step: ", bold=True)
    run(line, before)
    run(line, "    Level after: ", bold=True)
    run(line, after)


def _details(document, style: str, rows: list[tuple[str, str]]) -> None:
    if style == "boxes":
        # Three boxes to a row, each a small label over the value.
        grid = table(document, (len(rows) + 2) // 3, 3)
        for position, (text, value) in enumerate(rows):
            cell = grid.rows[position // 3].cells[position % 3]
            write(cell, text, bold=True, size=8, colour="595959")
            write(cell, value)
    elif style == "two":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    else:
        # Tabbed lines, two label / value pairs to a line.
        for start in range(0, len(rows), 2):
            line = paragraph(document)
            for offset, (text, value) in enumerate(rows[start:start + 2]):
                if offset:
                    run(line, "\t\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)


def _checks(rng: random.Random, document, style: str) -> None:
    items = rng.sample(CHECKS, rng.randint(3, 5))
    answers = [rng.choices(("Yes", "No", "N/A"), weights=(70, 20, 10))[0] for _ in items]
    if style == "columns":
        grid = table(document, len(items) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Check", "Yes", "No", "N/A")):
            label(cell, text, "EDEDED")
        for row, item, answer in zip(grid.rows[1:], items, answers):
            write(row.cells[0], item)
            write(row.cells[1 + ("Yes", "No", "N/A").index(answer)], "X", bold=True)
    else:
        grid = table(document, len(items), 2)
        for row, item, answer in zip(grid.rows, items, answers):
            write(row.cells[0], item)
            write(row.cells[1], {"Yes": "Y", "No": "N", "N/A": "N/A"}[answer])


def _key(document, look: _Look, numbers: dict) -> None:
    words = look.words
    if look.style == "key":
        line = paragraph(document, "Grading key: ", bold=True)
        run(line, "   ".join(f"{numbers[grade]} = {words[grade]}"
                              for grade in sorted(ORDER, key=lambda grade: numbers[grade])))
        paragraph(document, "Enter the number in the grade box for each question.", italic=True, size=9)
    elif look.style == "bold":
        paragraph(document, "Put the grade that applies in bold.", italic=True, size=9)
    elif look.style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True, size=9)
    elif look.style == "strike":
        paragraph(document, "Delete (strike through) the grades that do not apply.", italic=True, size=9)
    elif look.style == "dropdown":
        paragraph(document, "Choose the grade from the list in each box.", italic=True, size=9)
    elif look.style == "columns":
        paragraph(document, "Mark the column that applies for each question.", italic=True, size=9)


def _grade(rng: random.Random, cell, look: _Look, grade: str, numbers: dict, ids: ControlIds, *,
           overall: bool = False) -> None:
    """Write `grade` into `cell` (a table cell) in the file's style."""
    style, words = look.style, look.words
    if style == "key":
        write(cell, str(numbers[grade]), bold=True)
    elif style in ("bold", "highlight", "strike"):
        line = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
        for position, option in enumerate(ORDER):
            if position:
                if look.stacked:
                    line = cell.add_paragraph()
                else:
                    run(line, "  |  ")
            chosen = option == grade
            run(line, words[option], bold=chosen and style == "bold",
                highlight=chosen and style == "highlight", strike=style == "strike" and not chosen)
    elif style == "dropdown":
        line = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
        content_dropdown(line._p, tuple(words[option] for option in ORDER), words[grade], ids,
                         alias="Overall grade" if overall else "Grade")
    else:
        write(cell, informal_grade(rng, grade, note_chance=0.0 if overall else 0.3), bold=overall)


def _remark(cell, look: _Look, remarks: dict, name: str) -> None:
    if name in remarks:
        write(cell, look.remark_prefix + remarks[name], colour=look.ink)


def _questions(rng: random.Random, document, look: _Look, sample, prompts, remarks, numbers, ids: ControlIds):
    """The five questions and the overall grade; return the cell holding the
    overall grade."""
    overall_label = rng.choice(OVERALL_LABELS)
    sections = sample.sections
    if look.style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sections) + 2, 6)
        for cell, text in zip(grid.rows[0].cells, ("Question", "Evidence", *(text for _, text in order))):
            label(cell, text, "E7EEF7")
        for row, section, prompt in zip(grid.rows[1:], sections, prompts):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            _remark(row.cells[1], look, remarks, section.name)
            mark(row.cells[2 + [grade for grade, _ in order].index(section.grade)], symbol)
        last = grid.rows[-1]
        label(last.cells[0], overall_label, "E7EEF7")
        mark(last.cells[2 + [grade for grade, _ in order].index(sample.grade)], symbol)
        return last.cells[1]
    if look.questions == "across":
        # Landscape: the questions across the top, what to look for, the evidence and the grade below.
        has_remarks = bool(remarks)
        grid = table(document, 4 + has_remarks, len(sections) + 1)
        for row, text in zip(grid.rows, ("Question", "What to look for", "Evidence", "Grade", "Head of Service")):
            label(row.cells[0], text, "E7EEF7")
        for column, (section, prompt) in enumerate(zip(sections, prompts), start=1):
            write(grid.cell(0, column), f"Q{column}. {section.name}", bold=True)
            write(grid.cell(1, column), prompt, italic=True, size=8)
            write(grid.cell(2, column), section.comment)
            _grade(rng, grid.cell(3, column), look, section.grade, numbers, ids)
            if has_remarks and section.name in remarks:
                write(grid.cell(4, column), remarks[section.name], colour=look.ink)
    elif look.questions == "blocks":
        for number, (section, prompt) in enumerate(zip(sections, prompts), start=1):
            block = table(document, 3, 2)
            top = block.cell(0, 0).merge(block.cell(0, 1))
            label(top, f"Question {number}: {section.name}", "E7EEF7")
            write(top, prompt, italic=True, size=8)
            label(block.cell(1, 0), rng.choice(("Evidence", "What the record shows")))
            label(block.cell(1, 1), "Grade")
            write(block.cell(2, 0), section.comment)
            _remark(block.cell(2, 0), look, remarks, section.name)
            _grade(rng, block.cell(2, 1), look, section.grade, numbers, ids)
            document.add_paragraph()
    elif look.questions == "grid":
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Question", "Evidence", "Grade")):
            label(cell, text, "E7EEF7")
        for row, section, prompt in zip(grid.rows[1:], sections, prompts):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            _remark(row.cells[1], look, remarks, section.name)
            _grade(rng, row.cells[2], look, section.grade, numbers, ids)
    else:
        # Question and answer paragraphs, the grade in a one-cell box.
        for number, (section, prompt) in enumerate(zip(sections, prompts), start=1):
            paragraph(document, f"Q{number}. {section.name}", bold=True)
            paragraph(document, prompt, italic=True, size=9)
            line = paragraph(document, "A: ", bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, look.remark_prefix + remarks[section.name], colour=look.ink)
            box = table(document, 1, 2)
            label(box.cell(0, 0), "Grade", "F2F2F2")
            _grade(rng, box.cell(0, 1), look, section.grade, numbers, ids)
            document.add_paragraph()
    document.add_paragraph()
    box = table(document, 1, 2)
    label(box.cell(0, 0), overall_label, "E7EEF7")
    _grade(rng, box.cell(0, 1), look, sample.grade, numbers, ids, overall=True)
    return box.cell(0, 1)


def _findings(rng: random.Random, document, look: _Look, sample) -> None:
    good, better = rng.choice(FINDINGS)
    if look.findings == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), good, "E2EFDA")
        label(grid.cell(0, 1), better, "FBE5D6")
        for item in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {item}")
    elif look.findings == "onecell":
        grid = table(document, 2, 1)
        for row, (title, items) in zip(grid.rows, ((good, sample.strengths), (better, sample.development_areas))):
            write(row.cells[0], title, bold=True)
            for item in items:
                write(row.cells[0], item)
    else:
        for title, items in ((good, sample.strengths), (better, sample.development_areas)):
            paragraph(document, title, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if look.findings == "numbered" else f"\u2022 {item}")


def _actions(rng: random.Random, document, look: _Look, sample) -> None:
    when = look.when
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif look.actions == "table":
        headers = rng.choice(ACTION_HEADERS)
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2192 {action.action} ({action.owner}) – by {when(action.due)}")


def _safety(rng: random.Random, document, look: _Look, sample, ids: ControlIds) -> None:
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
        run(answer, "Yes", bold=urgent, strike=not urgent)
        run(answer, " / ")
        run(answer, "No", bold=not urgent, strike=urgent)
    elif look.safety == "dropdown":
        answer = paragraph(document)
        content_dropdown(answer._p, ("Yes", "No"), "Yes" if urgent else "No", ids, alias="Urgent concern")
    elif not urgent:
        paragraph(document, rng.choice(("No.", "No", "None identified.")))
    if urgent:
        if look.safety == "typed":
            line = paragraph(document, "Yes – ")
        else:
            line = paragraph(document, f"{rng.choice(SAFETY_DETAIL)} ", bold=True)
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
    labels = ("Moderated by", "Date", "Do you agree with the reviewer's overall grade?", "Moderated grade",
              "Comments")
    if moderation is None:
        choice = rng.random()
        if choice < 0.35:
            heading(rng.choice(("Head of Service moderation", "Moderation")))
            box = table(document, len(labels), 2)
            for row, text in zip(box.rows, labels):
                label(row.cells[0], text, "F2F2F2")
            _borders(box, "000000" if look.black_border else look.brand)
        elif choice < 0.75:
            heading(rng.choice(("Head of Service moderation", "Moderation")))
            note = rng.choice(NOT_MODERATED)
            if note:
                paragraph(document, note, italic=True)
        return
    heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)")))
    signature = f"{moderation.moderator}, Head of Service"
    if look.moderation == "box":
        agree = grade = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else rng.choice(("No", "No – see comments"))
            grade = informal_grade(rng, moderation.grade)
        values = (signature, when(moderation.date), agree, grade, "\n".join(moderation.comments))
        box = table(document, len(labels), 2)
        for row, text, value in zip(box.rows, labels, values):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=ink, bold=text == "Moderated grade")
        _borders(box, "000000" if look.black_border else ink)
        return
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade and look.moderation == "lines":
        verdict = ("I agree with the reviewer's grade." if moderation.grade == sample.grade
                   else "I do not agree with the reviewer's grade.")
        line = paragraph(document, f"{verdict} Moderated grade: ", colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    elif moderation.grade:
        paragraph(document, "My grade is shown under the reviewer's overall grade above.", colour=ink, italic=True)
    paragraph(document, f"{signature} – {when(moderation.date)}", colour=ink, italic=True)
