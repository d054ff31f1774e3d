"""Family support hub review: an Early Help manager's review of one
family's Team Around the Family (TAF) plan, for a council whose early
intervention is coordinated through a network of family support hubs. The
reviewer records the family (the child the plan is for, the parents, the
brothers and sisters), the family's reference, the lead professional and
the reviewer; the family's route through the hub (referred to the hub,
discussed at the hub meeting, matched to a hub partner, TAF plan started);
the TAF meetings held and who came; five areas of the plan, each with what
the reviewer looked for, the evidence and a grade, set out under the three
questions of an outcomes-based accountability report card ("How much did
we do?", "How well did we do it?", "Is anyone better off?"); the overall
grade; what is working well and what needs to be better; the family's
voice; actions; the question whether anything must go to the Gateway
(children's social care) today; and the Head of Service's moderation.

Modelled on what Northern Ireland's Children and Young People's Strategic
Partnership (CYPSP) publishes about its Family Support Hubs, as far as it
was read (search excerpts, not whole documents):

- "Family Support Hubs in Northern Ireland" (cypsp.hscni.net; copy on
  vdocuments.net): only its contents page was read – key messages, the
  policy context, "The thinking behind the Hubs", the definition and
  purpose of the hubs, their development and regional coordination, their
  contribution to children's services, and a "Regional Review of Family
  Support Hubs";
- CYPSP's "Family Support Hub – Scorecard" page (January 2015): a scorecard
  built on an Outcomes Based Accountability framework evaluates the network
  of hubs by measuring "how much did we do", "how well did we do it" and
  "did it make any difference", with data collated each quarter;
- a CYPSP "Family Support Hubs" slide set (copy on vdocument.in): the
  purpose of the hubs – to improve access to early intervention family
  support by matching the needs of referred families to family support
  providers, to improve coordination by creating a collaborative network of
  providers, to improve awareness of family support services and to assess
  unmet need and inform the Locality Planning Group and Outcomes Group –
  hubs working with families of children aged 0–18 at an early stage of
  difficulty, and a measure of weeks from referral to the hub;
- the Family Support Hubs report cards (annual 2016/17 to 2018/19 and a
  quarter 3 2016/17 card, copies on fdocuments.net, documents.pub,
  vdocuments.net and vdocuments.site): "How much did we do?" measures – 29
  hubs fully operational, the numbers of families, children and parents
  referred each quarter, the age profile of the children referred;
- the Northern Health and Social Care Trust's "Supporting families" page
  (29 June 2015): the hub model was initiated by the HSC Board to give
  early, non-stigmatising support from statutory, voluntary and community
  services to families below the threshold for statutory social work, with
  arrangements for referrals that should have gone to statutory social
  services (the excerpt breaks off there); and the Banbridge Leader's "Keeping families at the hub of
  the community" (the Southern Trust's hubs: a network of community,
  voluntary and statutory organisations; referrals made with parental
  consent by any agency; hubs meeting monthly to discuss referrals; the
  trust's Social Work Gateway Service).

None of these shows an audit or review form; the report cards measure the
hub network, not one family's plan. The layout is our own judgement: a
council's quality review of one TAF plan organised around the report card's
three questions – the TAF meetings and the lead professional under "How
much did we do?", the child's voice and the plan under "How well did we do
it?", the difference made under "Is anyone better off?" (the areas named in
our own words); the family's route through the hub as a strip of dates and
the hub partner matched; the details as a band of labels over values, a
two-column table or tabbed "label: value" lines (the reference plain, with
a case system's prefix or an Early Help prefix; team and service shown on
some; names with a role beside them on some); the household as a table or
a line, with a relative named among those at the TAF meetings on some;
each area's grade typed informally, a score on a printed 1–4 key (either
way up), the chosen grade emboldened or highlighted among the four, the
other three struck through, a mark under four grade columns, or a Word
drop-down; the overall grade the same way; working well / needs to be
better as two columns, numbered lines or one cell of lines; the family's
voice in a shaded box or a line; actions as a table, arrowed lines or a "no
actions" sentence; the Gateway question near the top or at the end, typed,
as check boxes or with the wrong answer struck through (three files yes);
seven date spellings; and the Head of Service's moderation typed in a
colour that is not red (signed lines, or a note under the overall grade),
or in a heavy-bordered shaded box, with remarks beside some areas –
changing the grade, confirming it or commenting only – or an "awaiting"
note, an empty box or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.tools import TAF_AUDIT, tool_samples

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

FAMILY = "family_support_hub_review"
SEED = 10005

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The form's areas, in the order of the sample's TAF areas (voice of the child, the plan, the meetings,
# the lead professional, impact), each with what the reviewer looks for and its report-card question.
HOW_MUCH, HOW_WELL, BETTER_OFF = "much", "well", "better"
AREAS = (
    ("Hearing the child", "Is each child's view of daily life recorded in their own words, and does it shape the "
                          "plan?", HOW_WELL),
    ("The family's TAF plan", "Are the outcomes the family's own, with who does what and by when?", HOW_WELL),
    ("TAF meetings and attendance", "Have TAF meetings been held every 6–8 weeks, with the family and the right "
                                    "hub partners there?", HOW_MUCH),
    ("Lead professional and hub partners", "Does one lead professional hold the plan together and keep the "
                                           "partners working to it?", HOW_MUCH),
    ("Difference made for the children", "What is better for the children since the family came through the "
                                         "hub?", BETTER_OFF),
)
QUESTIONS = {
    HOW_MUCH: ("How much did we do?", "How much did we do? (meetings, people, timeliness)"),
    HOW_WELL: ("How well did we do it?", "How well did we do it? (quality of the work)"),
    BETTER_OFF: ("Is anyone better off?", "Did it make any difference?"),
}
TITLES = ("Family Support Hub – Team Around the Family Plan Review", "TAF PLAN REVIEW (FAMILY SUPPORT HUB)",
          "Family Support Hub: Review of a Family's TAF Plan", "Early Intervention – TAF Plan Quality Review")
HUBS = ("Northmoor North Family Support Hub", "Riverside Family Support Hub", "Moorside and Valley Hub",
        "Northmoor Central Family Support Hub", "Townships Family Support Hub")
PARTNERS = ("Home visiting family support (voluntary sector)", "Parenting programme – Incredible Years",
            "Youth mentoring project", "Debt and benefits advice", "Family support worker (hub partner)",
            "Play and early years outreach", "Young carers service")
NO_ACTIONS = ("No actions arising from this review.", "No further actions – the plan already covers what is needed.",
              "Nil. Review discussed with the lead professional.", "No actions required at this time.")
GATEWAY_QUESTIONS = (
    "Does anything in this review need to go to the Gateway (Children's Social Care) today?",
    "Safeguarding: is any child at risk of significant harm now, so that a referral to the Gateway is needed today?",
    "Step-up check – does this family need to be referred to Children's Social Care today?",
)
AWAITING = ("Awaiting Head of Service moderation.", "Not selected for moderation this month.", "")
RELATIONS = ("Sibling", "Half-sibling", "Step-sibling", "Sibling")
RELATIVES = ("grandparent", "family friend", "extended family", "kinship support")
OTHER_ATTENDEES = ("school (Head of Year)", "health visitor", "school nurse", "hub coordinator", "nursery manager",
                   "youth worker", "family support worker", "SENCO")
ROLES = ("Family Support Worker", "EH Practitioner", "Family Worker", "Hub Key Worker")
PLAN_STAGES = ("initial plan", "first review", "second review", "third review")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    chosen = [*urgent,
              *[sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3],
              *[sample for sample in moderated if sample.moderation.grade == sample.grade][:3],
              *[sample for sample in moderated if sample.moderation.grade is None][:2]]
    chosen += [sample for sample in others if not sample.moderation][:16 - len(chosen)]
    rng.shuffle(chosen)
    chosen = chosen[:count]
    # Each file's ways, spread so that every way appears.
    plans = {
        "grades": _spread(rng, ("typed", "key", "bold", "struck", "columns", "dropdown"), len(chosen)),
        "details": _spread(rng, ("band", "table", "lines"), len(chosen)),
        "actions": _spread(rng, ("table", "lines", "table", "lines"), len(chosen)),
        "moderation": _spread(rng, ("lines", "note", "box"), len(chosen)),
        "reference": _spread(rng, ("plain", "case", "early_help"), len(chosen)),
    }
    return [_form(rng, index, sample, today, {key: ways[index] for key, ways in plans.items()})
            for index, sample in enumerate(chosen)]


def _spread(rng: random.Random, ways: tuple[str, ...], count: int) -> list[str]:
    spread = [ways[index % len(ways)] for index in range(count)]
    rng.shuffle(spread)
    return spread


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _weekday_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _form(rng: random.Random, index: int, sample, today: date, ways: dict[str, str]) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    relative = None
    if rng.random() < 0.5:
        relative = (rng.choice(RELATIVES), attendees(rng, (sample.child.surname, *[name.split()[-1] for name in
                                                                                   sample.child.parents]), 1)[0])

    # The sample as this form shows it.
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _, _), section in zip(AREAS, sample.sections))}
    if ways["reference"] == "case":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif ways["reference"] == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() < 0.65
    show_service = rng.random() < 0.45
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.35:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.22:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    voice = next(field for field in sample.own if field.key == "family_voice").written
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _, _ in AREAS)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
        if rng.random() < 0.3:
            remarks = {}

    # The family's route through the hub, before the review.
    started = _weekday_before(sample.date - timedelta(days=rng.randint(70, 150)))
    hub_meeting = _weekday_before(started - timedelta(days=rng.randint(7, 20)))
    referred = _weekday_before(hub_meeting - timedelta(days=rng.randint(5, 25)))
    meetings = sorted({_weekday_before(started + timedelta(days=days))
                       for days in (0, rng.randint(35, 60), rng.randint(84, 100))
                       if started + timedelta(days=days) < sample.date})
    hub = rng.choice(HUBS)
    partner = rng.choice(PARTNERS)

    document = new_document(rng, landscape=ways["grades"] == "columns")
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), colour=brand, size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"FSH TAF review v{rng.choice(('1.2', '2', '2.1'))} – OFFICIAL-SENSITIVE when complete", size=8)

    title = rng.choice(TITLES)
    paragraph(document, f"Early Intervention and Family Support – {hub}", size=9, colour=brand)
    brand_heading(document, title, brand, size=15)
    paragraph(document, rng.choice((
        "For Early Help Team Managers reviewing a family who came through the hub. Read the hub referral, the "
        "family's TAF plan and the notes of the last two TAF meetings before you start.",
        "One review per family. Answer the report card questions: how much did we do, how well did we do it, "
        "and is anyone better off?")), italic=True, size=9)

    gateway_first = rng.random() < 0.35
    _details(rng, document, sample, ways["details"], brand, when, hub, show_team, show_service)
    _household(rng, document, child, household, when, today)
    if gateway_first:
        _gateway(rng, document, sample, ids, brand)
    _route(rng, document, brand, when, referred, hub_meeting, partner, started)
    _meetings(rng, document, brand, when, meetings, child, relative)

    # The areas under the report card's questions.
    brand_heading(document, rng.choice(("Part 3 – Quality of the plan", "Part 3 – The review",
                                        "Part 3 – Report card")), brand)
    style = ways["grades"]
    best_first = rng.random() < 0.6
    _grading_note(rng, document, style, best_first)
    sections = dict(zip((name for name, _, _ in AREAS), sample.sections))
    grouped = [(question, [(name, prompt) for name, prompt, group in AREAS if group == question])
               for question in (HOW_MUCH, HOW_WELL, BETTER_OFF)]
    prefix = rng.choice(("HoS: ", "Head of Service – ", "HoS comment: "))
    overall_label = rng.choice(("Overall grade for the family's TAF plan", "OVERALL JUDGEMENT",
                                "Overall grade – is the help making a difference"))
    if style == "columns":
        _grid(rng, document, grouped, sections, sample.grade, remarks, prefix, ink, overall_label)
    else:
        cards = rng.random() < 0.5
        for question, areas in grouped:
            paragraph(document, rng.choice(QUESTIONS[question]), bold=True, colour=brand, size=12)
            for name, prompt in areas:
                section = sections[name]
                if cards:
                    card = table(document, 3, 1)
                    label(card.cell(0, 0), name, "E7E6E6")
                    write(card.cell(0, 0), prompt, italic=True, size=8)
                    write(card.cell(1, 0), section.comment)
                    if name in remarks:
                        write(card.cell(1, 0), f"{prefix}{remarks[name]}", colour=ink)
                    line = card.cell(2, 0).paragraphs[-1]
                    run(line, "Grade: ", bold=True)
                    _grade_inline(rng, line, section.grade, style, best_first, ids)
                else:
                    paragraph(document, name, bold=True)
                    paragraph(document, prompt, italic=True, size=9)
                    line = paragraph(document, "What we found: ", bold=True)
                    run(line, section.comment)
                    if name in remarks:
                        paragraph(document, f"{prefix}{remarks[name]}", colour=ink)
                    line = paragraph(document, "Grade: ", bold=True)
                    _grade_inline(rng, line, section.grade, style, best_first, ids)
        document.add_paragraph()
        line = paragraph(document, f"{overall_label}: ", bold=True, colour=brand)
        _grade_inline(rng, line, sample.grade, style, best_first, ids, overall=True)
    if moderation and ways["moderation"] == "note":
        _moderation_note(rng, document, sample, moderation, ink, when)
    document.add_paragraph()

    _findings(rng, document, sample, brand)
    _voice(rng, document, voice, brand)
    _actions(rng, document, sample, ways["actions"], brand, when)
    if not gateway_first:
        _gateway(rng, document, sample, ids, brand)
    _moderation(rng, document, sample, moderation, ways["moderation"], ink, brand, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative[1],) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


# --- the parts ------------------------------------------------------------------------------


def _details(rng: random.Random, document, sample, style: str, brand: str, when, hub: str, show_team: bool,
             show_service: bool) -> None:
    brand_heading(document, rng.choice(("Part 1 – The family and the review", "Part 1 – About this review")), brand)
    lead = sample.practitioner
    if rng.random() < 0.4:
        lead = f"{lead} ({rng.choice(ROLES)})"
    reviewer = sample.auditor
    if rng.random() < 0.35:
        reviewer = f"{reviewer}, {rng.choice(('EH Team Manager', 'Early Help Team Manager', 'Hub Manager'))}"
    pairs = [
        (rng.choice(("Family reference", "Hub ref", "Family ID", "FSH ref no.")), sample.case_id),
        (rng.choice(("Lead professional", "Lead professional (TAF)", "Key worker / lead")), lead),
    ]
    if show_team:
        pairs.append((rng.choice(("Team", "Team / hub")), sample.team))
    if show_service:
        pairs.append(("Service", sample.service))
    pairs += [
        (rng.choice(("Reviewed by", "Reviewer", "Review completed by")), reviewer),
        (rng.choice(("Date of review", "Review date", "Date completed")), when(sample.date)),
        (rng.choice(("Plan stage", "Stage of TAF")), rng.choice(PLAN_STAGES)),
    ]
    if rng.random() < 0.5:
        pairs.append(("Hub", hub))
    if style == "band":
        columns = 4
        rows = (len(pairs) + columns - 1) // columns
        grid = table(document, rows * 2, columns)
        for position, (text, value) in enumerate(pairs):
            band, column = divmod(position, columns)
            label(grid.cell(band * 2, column), text, "DDEBF7")
            write(grid.cell(band * 2 + 1, column), value)
    elif style == "table":
        grid = table(document, len(pairs), 2)
        for row, (text, value) in zip(grid.rows, pairs):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for first, second in zip(pairs[::2], [*pairs[1::2], None]):
            line = paragraph(document)
            run(line, f"{first[0]}: ", bold=True)
            run(line, first[1])
            if second:
                run(line, "\t")
                run(line, f"{second[0]}: ", bold=True)
                run(line, second[1])
    document.add_paragraph()


def _household(rng: random.Random, document, child, household, when, today: date) -> None:
    if rng.random() < 0.5:
        paragraph(document, rng.choice(("Who is in the family", "Household")), bold=True)
        grid = table(document, 2 + len(household), 4)
        for cell, text in zip(grid.rows[0].cells, ("Name", "Date of birth", "Relationship", "On the TAF plan?")):
            label(cell, text, "E2EFD9")
        write(grid.cell(1, 0), child.full_name, bold=True)
        write(grid.cell(1, 1), when(child.date_of_birth))
        write(grid.cell(1, 2), "Child the plan is for")
        write(grid.cell(1, 3), "Yes")
        for row, (name, born) in zip(grid.rows[2:], household):
            write(row.cells[0], name)
            write(row.cells[1], when(born))
            write(row.cells[2], rng.choice(RELATIONS))
            write(row.cells[3], rng.choice(("Yes", "No", "Yes")))
        line = paragraph(document, "Parents / carers: ", bold=True)
        run(line, ", ".join(child.parents))
    else:
        for text, value in (
                ("Child", f"{child.full_name} (DOB {when(child.date_of_birth)})"),
                (rng.choice(("Other children in the household", "Brothers and sisters")),
                 ", ".join(f"{name} ({_age(born, today)})" for name, born in household)),
                ("Parents / carers", " and ".join(child.parents))):
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    if rng.random() < 0.4:
        line = paragraph(document, "Address: ", bold=True)
        run(line, ", ".join((*child.address_lines, child.postcode)))
    document.add_paragraph()


def _route(rng: random.Random, document, brand: str, when, referred: date, hub_meeting: date, partner: str,
           started: date) -> None:
    brand_heading(document, rng.choice(("The family's route through the hub", "Part 2 – Route through the hub")),
                  brand, size=12)
    steps = (("Referred to hub (with consent)", when(referred)), ("Discussed at hub meeting", when(hub_meeting)),
             ("Matched to", partner), ("TAF plan started", when(started)))
    if rng.random() < 0.6:
        grid = table(document, 2, 4)
        for column, (text, value) in enumerate(steps):
            label(grid.cell(0, column), text, "FFF2CC")
            write(grid.cell(1, column), value)
    else:
        paragraph(document, "  →  ".join(f"{text}: {value}" for text, value in steps), size=9)
    weeks = (started - referred).days // 7
    paragraph(document, f"Weeks from referral to the start of the plan: {weeks}", italic=True, size=9)
    document.add_paragraph()


def _meetings(rng: random.Random, document, brand: str, when, meetings: list[date], child, relative) -> None:
    paragraph(document, rng.choice(("TAF meetings held", "Team Around the Family meetings")), bold=True, colour=brand)
    parents = [f"{name} (parent)" for name in child.parents]
    rows = []
    for number, day in enumerate(meetings):
        present = [parents[0], *rng.sample(OTHER_ATTENDEES, rng.randint(1, 3))]
        if len(parents) > 1 and rng.random() < 0.6:
            present.insert(1, parents[1])
        if relative and number == len(meetings) - 1:
            present.append(f"{relative[1]} ({relative[0]})")
        rows.append((when(day), ", ".join(present)))
    if rng.random() < 0.6:
        grid = table(document, len(rows) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Date", "Who attended", "Review of the plan?")):
            label(cell, text, "F2F2F2")
        for number, (row, (day, present)) in enumerate(zip(grid.rows[1:], rows)):
            write(row.cells[0], day)
            write(row.cells[1], present)
            write(row.cells[2], "Initial TAF" if number == 0 else "Yes – plan updated")
    else:
        for day, present in rows:
            paragraph(document, f"{day} – {present}")
    document.add_paragraph()


def _grading_note(rng: random.Random, document, style: str, best_first: bool) -> None:
    if style == "key":
        paragraph(document, "Score each area on the key below.", italic=True)
        key = table(document, 4, 2)
        order = ORDER if best_first else tuple(reversed(ORDER))
        for number, (row, grade) in enumerate(zip(key.rows, order), start=1):
            write(row.cells[0], str(number), bold=True)
            write(row.cells[1], WORDS[grade])
    elif style == "columns":
        paragraph(document, rng.choice(("Put a mark in one grade column for each area.",
                                        "Mark one column per row.")), italic=True)
    elif style == "bold":
        paragraph(document, "Make the grade that applies bold (or highlight it).", italic=True)
    elif style == "struck":
        paragraph(document, "Delete (strike through) the grades that do not apply.", italic=True)
    elif style == "dropdown":
        paragraph(document, "Choose a grade from the drop-down list.", italic=True)
    else:
        paragraph(document, "Grades: Outstanding / Good / Requires improvement / Inadequate.", italic=True)


def _grade_inline(rng: random.Random, line, grade: str, style: str, best_first: bool, ids: ControlIds, *,
                  overall: bool = False) -> None:
    if style == "key":
        order = ORDER if best_first else tuple(reversed(ORDER))
        run(line, str(order.index(grade) + 1))
    elif style in ("bold", "struck"):
        highlight = style == "bold" and rng.random() < 0.4
        separator = rng.choice(("  /  ", "     ", "  |  "))
        for position, option in enumerate(ORDER):
            if position:
                run(line, separator)
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style == "bold", highlight=chosen and highlight,
                strike=style == "struck" and not chosen)
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                         alias="Overall grade" if overall else "Grade")
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25))


def _grid(rng: random.Random, document, grouped, sections, overall: str, remarks, prefix: str, ink: str,
          overall_label: str) -> None:
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    total = 1 + sum(1 + len(areas) for _, areas in grouped) + 1
    grid = table(document, total, 3 + len(columns))
    headers = ("Area", "What we looked for", "Evidence", *(text for _, text in columns))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "D9E2F3")
    row_number = 1
    for question, areas in grouped:
        band = grid.rows[row_number].cells
        merged = band[0].merge(band[-1])
        label(merged, rng.choice(QUESTIONS[question]), "BDD7EE")
        row_number += 1
        for name, prompt in areas:
            cells = grid.rows[row_number].cells
            section = sections[name]
            write(cells[0], name, bold=True)
            write(cells[1], prompt, italic=True, size=8)
            write(cells[2], section.comment)
            if name in remarks:
                write(cells[2], f"{prefix}{remarks[name]}", colour=ink)
            chosen = [grade for grade, _ in columns].index(section.grade)
            mark(cells[3 + chosen], symbol)
            row_number += 1
    cells = grid.rows[row_number].cells
    label(cells[0], overall_label)
    merged = cells[1].merge(cells[2])
    write(merged, "Taking all five areas together", italic=True, size=8)
    mark(cells[3 + [grade for grade, _ in columns].index(overall)], symbol)


def _findings(rng: random.Random, document, sample, brand: str) -> None:
    headings = rng.choice((("What is working well", "What needs to be better"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Needs to change")))
    brand_heading(document, "Part 4 – Findings", brand)
    style = rng.choice(("columns", "numbered", "one cell"))
    if style == "columns":
        grid = table(document, 2, 2)
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "E2EFD9")
        for cell, items in zip(grid.rows[1].cells, (sample.strengths, sample.development_areas)):
            for item in items:
                write(cell, f"\u2022 {item}")
    elif style == "numbered":
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}")
    else:
        grid = table(document, 2, 2)
        for row, heading, items in zip(grid.rows, headings, (sample.strengths, sample.development_areas)):
            label(row.cells[0], heading, "F2F2F2")
            write(row.cells[1], "\n".join(items))
    document.add_paragraph()


def _voice(rng: random.Random, document, voice: str, brand: str) -> None:
    heading = rng.choice(("What the family told us about the help", "The family's voice",
                          "Family's view of the TAF"))
    if rng.random() < 0.5:
        box = table(document, 2, 1)
        label(box.cell(0, 0), heading, "FBE5D6")
        write(box.cell(1, 0), voice)
    else:
        line = paragraph(document, f"{heading}: ", bold=True, colour=brand)
        run(line, voice, colour="000000")
    document.add_paragraph()


def _actions(rng: random.Random, document, sample, style: str, brand: str, when) -> None:
    brand_heading(document, rng.choice(("Part 5 – Actions", "Part 5 – What happens next")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif style == "table":
        headers = rng.choice((("Action", "Who", "By when", "Done?"), ("What needs to happen", "By whom", "Date due",
                                                                      "Progress")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2192 {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()


def _gateway(rng: random.Random, document, sample, ids: ControlIds, brand: str) -> None:
    paragraph(document, rng.choice(GATEWAY_QUESTIONS), bold=True, colour=brand)
    how = rng.choice(("typed", "boxes", "struck"))
    urgent = sample.urgent_concern
    if how == "boxes":
        line = paragraph(document)
        run(line, "Yes ")
        run(line, CHECKED_BOX if urgent else UNCHECKED_BOX)
        run(line, "     No ")
        run(line, UNCHECKED_BOX if urgent else CHECKED_BOX)
    elif how == "struck":
        line = paragraph(document)
        run(line, "YES", strike=not urgent, bold=urgent)
        run(line, " / ")
        run(line, "NO", strike=urgent, bold=not urgent)
    elif urgent:
        paragraph(document, "Yes.")
    else:
        paragraph(document, rng.choice(("No", "No.", "No – no immediate safeguarding concerns.")))
    if urgent:
        line = paragraph(document, rng.choice(("Details and who was told: ", "If yes, what and to whom: ")), bold=True)
        run(line, f"{sample.urgent_concern_detail} Discussed with the Gateway on the day of the review.")
    document.add_paragraph()


def _moderation_note(rng: random.Random, document, sample, moderation, ink: str, when) -> None:
    """The Head of Service's note typed straight under the overall grade."""
    if moderation.grade is None:
        text = "HoS moderation (comments only): "
    elif moderation.grade == sample.grade:
        text = f"HoS moderation: agreed – {informal_grade(rng, moderation.grade)}. "
    else:
        text = f"HoS moderation: grade changed to {informal_grade(rng, moderation.grade)}. "
    line = paragraph(document, text, colour=ink, bold=True)
    run(line, " ".join(moderation.comments), colour=ink)
    paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink, italic=True)


def _heavy_box(grid) -> None:
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "000000"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"})


def _moderation(rng: random.Random, document, sample, moderation, style: str, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part 6 – Head of Service moderation", "Part 6 – Moderation (Head of Service)"))
    if moderation is None:
        choice = rng.choice(("awaiting", "empty box", "nothing"))
        if choice == "nothing":
            return
        brand_heading(document, heading, brand)
        if choice == "empty box":
            box = table(document, 4, 2)
            _heavy_box(box)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated grade", "Comments")):
                label(row.cells[0], text, "F2F2F2")
        else:
            note = rng.choice(AWAITING)
            if note:
                paragraph(document, note, italic=True)
        return
    if style == "note":
        return  # typed under the overall grade
    brand_heading(document, heading, brand)
    if style == "box":
        rows = [("Moderated by", moderation.moderator), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            verdict = ("Yes – grade agreed" if moderation.grade == sample.grade else "No – grade changed")
            rows += [("Do you agree with the reviewer's overall grade?", verdict),
                     ("Moderated grade", informal_grade(rng, moderation.grade))]
        else:
            rows.append(("Moderated grade", ""))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        _heavy_box(box)
        colour = ink if rng.random() < 0.5 else None
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            shade(row.cells[1]._tc, "FFF8E5")
            if value:
                write(row.cells[1], value, colour=colour)
        return
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        if moderation.grade == sample.grade:
            line = paragraph(document, rng.choice(("I agree with the reviewer's grade: ", "Grade confirmed: ")),
                             colour=ink)
        else:
            line = paragraph(document, "I do not agree with the reviewer's grade. Moderated grade: ", colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    paragraph(document, f"{moderation.moderator} – Head of Service, Early Help – {when(moderation.date)}",
              colour=ink, italic=True)
