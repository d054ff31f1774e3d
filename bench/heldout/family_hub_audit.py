"""Family hub Early Help audit: a family hub or Early Help manager's quality
audit of one family's Early Help assessment and plan. The audit names the
family (the child, parents, the other children), the lead practitioner and
the hub; grades six areas of the work from the child's lived experience to
the decision to close, step down or step up to social care; records what
the family say about the help; gives an overall grade, what is working
well and what could be better, and actions; asks whether a child needs a
referral to the front door today; and ends with the Head of Early Help's
(Head of Service's) moderation.

Modelled on West Sussex County Council's "Children First" quality
assurance and learning framework for children's services (audits against
a "what good looks like" standard, the responsibility for quality shared
by practitioners and managers at every level, the process serving the
practice and the practice the outcome for the child) and on the Early
Help Service that West Sussex described when it redesigned the service
around its Children and Family Centres in 2021 (a lead professional
already known to the family, such as a teacher, or the Early Help Service
itself, working with the whole family and the professionals around it on
one early help plan). Neither source shows an audit form, so the layout is
our own judgement: lettered parts; the family and the work as a grid of
labels and values two to a row, as tabbed "label: value" lines, or as two
blocks under merged bands; the other children in a line or a small table;
the six areas in one table or as a block each, graded by a score on a
printed key (either order), a mark under four grade columns headed O / G /
RI / I, the chosen grade highlighted or the other three struck through, or
typed informally; the family's voice, on one version with the question
whether the family were asked; the overall grade typed, in a sentence, as
four tick boxes or as a score; working well / could be better as bullets,
numbered lines or one cell; actions as a table, numbered lines or a "no
actions" sentence; the front-door question; and the Head of Early Help's
moderation as a box, as lines typed in colour, or as a column beside the
auditor's grade.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Section
from bot.samples.forms import EARLY_HELP_AUDIT
from bot.samples.ooxml import shade
from bot.samples.population import sample_forms

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
    early_help_reference,
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

FAMILY = "family_hub_audit"
SEED = 6613

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
# Two ways round the score key is printed.
SCORES = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)

# The six areas, in the order of the sample's areas (Early Help Case File
# Audit Tool), each with what the auditor should look for.
AREAS = (
    ("The child's lived experience and voice",
     "Is it clear what a day in the child's life is like? Have they been seen, and do their words shape the plan?"),
    ("Quality of the Early Help Assessment",
     "Does the assessment understand the whole family's needs and strengths, with history and analysis?"),
    ("The family plan and Team Around the Family",
     "Are outcomes SMART and owned by named people? Are TAF meetings held on time with partners contributing?"),
    ("Working with the whole family",
     "Are both parents, including fathers, and the wider network involved? Was the family's consent recorded?"),
    ("Lead practitioner support and management oversight",
     "Has the lead practitioner had supervision and clear direction from the hub manager at key points?"),
    ("Outcomes and next steps (close, step down or step up)",
     "What difference has the help made? Was a step up to social care or step down considered at the right time?"),
)
TITLES = ("Family Hub Quality Audit – Early Help Assessment and Plan",
          "Early Help Practice Audit (Family Hubs)",
          "Family Hub Audit Tool: Early Help")
REF_LABELS = ("Early Help ref", "EH reference", "Family ref (EHM)", "Early Help ID")
PLAIN_LABELS = ("Case number", "Mosaic / LCS number", "Family ID")
TEAM_LABELS = ("Family hub / team", "Hub", "Family Hub team", "Team")
PRACTITIONER_LABELS = ("Lead practitioner", "Lead professional", "Lead practitioner (EH worker)")
AUDITOR_LABELS = ("Audited by", "Auditor", "Auditor (Hub manager)")
ROLE_NAMES = {"early_help_manager": ("Family Hub Manager", "EH Team Manager"),
              "head_of_service": ("Head of Early Help",), "assistant_director": ("Assistant Director",),
              "director": ("Director of Children's Services",)}
LEAD_PARTNERS = ("School (DSL)", "Health visitor", "School nurse", "Family hub", "Early years setting",
                 "Youth worker")
VOICE_ASKED = (
    "{name}'s mum said the family hub worker 'actually listens' and that mornings before school are calmer now.",
    "I spoke to {name}'s mum by phone: she knows who her lead practitioner is and felt the TAF meetings were about "
    "her family, not about her.",
    "{name} told the worker he likes the Tuesday group at the hub; mum would like more help with bedtimes.",
    "Mum said she was nervous about the first meeting but now feels the plan is 'ours'. Dad has not been asked.",
)
VOICE_NOT_ASKED = (
    "The family were not contacted for this audit; the views recorded are those in the assessment.",
    "Not asked – mum did not return two calls. The assessment records {name}'s wishes in their own words.",
    "Family not spoken to for this audit (timescale). Views taken from the last TAF minutes.",
)
VOICE_RECORDED = (
    "The plan records {name}'s three wishes and mum's worry about money; both are reflected in the outcomes.",
    "{name}'s views are in the assessment but have not been revisited since the first TAF meeting.",
    "Mum's words are quoted throughout the plan; {name}'s own views are harder to find.",
)
SIBLING_SENTENCES = (
    "The plan says little about {name}, who lives in the same home and is affected by the same worries.",
    "{name} has not been seen by the lead practitioner since the assessment.",
    "The school nurse's concern about {name} is not followed up in the plan.",
)
NO_ACTIONS = ("No actions arising – the family plan already covers what this audit found.",
              "No further actions required at this time.",
              "Nil – plan to continue as agreed at the last TAF.")
NOT_MODERATED = ("Not sampled for moderation this month.", "", "Not moderated.")
FRONT_DOOR_QUESTIONS = (
    "Does anything in this audit suggest a child in this family may be at risk of significant harm now and needs "
    "to be referred to the Integrated Front Door today?",
    "Step up: is a referral to the Integrated Front Door (children's social care) needed today for any child in "
    "this family?",
)
BOX_TICKED, BOX_EMPTY = "\u2612", "\u2610"
BAND = "D9E2F3"
LIGHT = "F2F2F2"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind == EARLY_HELP_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    rest = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in rest if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changes = [sample for sample in moderated
               if sample.moderation.grade not in (None, sample.grade)][:3]
    confirms = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in rest if not sample.moderation]
    # One family the help has failed, where the pool has one; the rest as they come.
    failed = [sample for sample in plain if sample.grade == INADEQUATE][:1]
    plain = failed + [sample for sample in plain if sample.grade != INADEQUATE]
    chosen = urgent + comments_only + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)

    def spread(options: tuple, total: int) -> list:
        picks = [options[position % len(options)] for position in range(total)]
        rng.shuffle(picks)
        return picks

    total = len(chosen[:count])
    plans = zip(
        spread(("grid", "lines", "blocks"), total),
        spread(("table", "blocks"), total),
        spread(("score", "columns", "highlight", "strike", "typed"), total),
        spread(("typed", "sentence", "boxes", "score"), total),
        spread(("box", "lines", "beside"), total),
        spread(("table", "lines", "table", "lines", "none"), total),
        spread((True, True, True, False), total),
        spread(("with views", "without views"), total),
    )
    forms = []
    for index, (sample, plan) in enumerate(zip(chosen[:count], plans)):
        forms.append(_form(rng, index, sample, today, *plan))
    return forms


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    if member is None or member.role not in ROLE_NAMES:
        return ""
    return ROLE_NAMES[member.role][0]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date, details: str, area_layout: str, grade_style: str,
          overall_style: str, moderation_style: str, actions_style: str, prefixed: bool,
          version: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    key = rng.choice(SCORES)
    household = siblings(rng, sample.child, rng.choice((1, 1, 2, 2, 3)), today)
    first = sample.child.first_name

    old_names = [section.name for section in sample.sections]
    changes: dict = {
        "sections": tuple(Section(name, section.grade, section.comment)
                          for (name, _), section in zip(AREAS, sample.sections)),
        "case_id": early_help_reference(rng, sample.case_id) if prefixed else sample.case_id,
    }
    if actions_style == "none":
        changes["actions"] = ()
    if version == "with views":
        if sample.feedback_sought is None:
            changes["feedback_sought"] = rng.random() < 0.75
    else:
        changes["feedback_sought"] = None
    if rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in AREAS)))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    moderator_title = rng.choice(("Head of Early Help", "Head of Service", "Head of Service – Early Help"))

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tFamily Hubs and Early Help")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"OFFICIAL-SENSITIVE when completed  |  EH audit tool v{rng.choice(('2.1', '3', '3.2'))}", size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Children first: audit the family's Early Help assessment and plan against what good looks like. "
        "Read the whole record, talk to the lead practitioner and, where you can, the family.",
        "Complete within 10 working days of the case being selected. Grade each area, then the work as a whole. "
        "Send the completed audit to the QA team and your Head of Service.")), italic=True, size=9)

    # Part A: the family and the work.
    brand_heading(document, "Part A – About the family and the audit", brand)
    auditor = sample.auditor
    role = _role(auditor)
    auditor_text = f"{auditor} ({role})" if role and rng.random() < 0.5 else auditor
    reference_label = rng.choice(REF_LABELS if prefixed else PLAIN_LABELS)
    opened = sample.date - timedelta(days=rng.randint(60, 260))
    lead_from = rng.choice(LEAD_PARTNERS)
    family_rows = [
        ("Child's name", child.full_name),
        ("Date of birth", when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
        ("Parents / carers", " & ".join(child.parents)),
    ]
    work_rows = [
        (rng.choice(PRACTITIONER_LABELS), sample.practitioner),
        (rng.choice(TEAM_LABELS), sample.team),
        ("Service", sample.service),
        ("Lead agency", lead_from if lead_from != "Family hub" else "Family hub (Early Help Service)"),
        ("EH episode opened", when(opened)),
        (rng.choice(AUDITOR_LABELS if role == "Family Hub Manager" else AUDITOR_LABELS[:2]), auditor_text),
        ("Date of audit", when(sample.date)),
    ]
    siblings_line = "; ".join(f"{name} ({when(born)})" for name, born in household)
    also = [when(child.date_of_birth), *(when(born) for _, born in household)]

    if details == "grid":
        rows = family_rows + [("Other children in the family", siblings_line)] + work_rows
        if len(rows) % 2:
            rows.append(("TAF meetings held", str(rng.randint(1, 5))))
        grid = table(document, len(rows) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row, column = position // 2, position % 2 * 2
            label(grid.cell(row, column), text, LIGHT)
            write(grid.cell(row, column + 1), value)
    elif details == "lines":
        for text, value in family_rows:
            line = paragraph(document)
            run(line, f"{text}:", bold=True)
            run(line, f"\t{value}")
        line = paragraph(document)
        run(line, "Brothers / sisters:", bold=True)
        run(line, "\t" + "; ".join(f"{name}, aged {_age(born, today)}" for name, born in household))
        also = also[:1]
        document.add_paragraph()
        for text, value in work_rows:
            line = paragraph(document)
            run(line, f"{text}:", bold=True)
            run(line, f"\t{value}")
    else:
        blocks = table(document, len(family_rows) + len(work_rows) + 3, 2)
        row = 0
        for band, rows in (("THE FAMILY", family_rows), ("THE WORK AND THE AUDIT", work_rows)):
            merged = blocks.cell(row, 0).merge(blocks.cell(row, 1))
            label(merged, band, BAND, colour=brand)
            row += 1
            for text, value in rows:
                label(blocks.cell(row, 0), text, LIGHT)
                write(blocks.cell(row, 1), value)
                row += 1
            if band == "THE FAMILY":
                label(blocks.cell(row, 0), "Other children in the household", LIGHT)
                inner = blocks.cell(row, 1).add_table(len(household) + 1, 2)
                inner._tbl.tblStyle_val = "TableGrid"
                write(inner.cell(0, 0), "Name", bold=True)
                write(inner.cell(0, 1), "DOB", bold=True)
                for (name, born), inner_row in zip(household, inner.rows[1:]):
                    write(inner_row.cells[0], name)
                    write(inner_row.cells[1], when(born))
                row += 1
    document.add_paragraph()

    # Part B: the key, where the form scores.
    scored = grade_style == "score" or overall_style == "score"
    if scored or grade_style == "columns":
        brand_heading(document, "Part B – Grading key", brand)
        key_table = table(document, 2, 4)
        for column, grade in enumerate(sorted(ORDER, key=lambda grade: key[grade])):
            head = f"{key[grade]} = {WORDS[grade]}" if scored else f"{SHORT[grade]} = {WORDS[grade]}"
            if scored and grade_style == "columns":
                head += f" ({SHORT[grade]})"
            label(key_table.cell(0, column), head, LIGHT)
        hints = {OUTSTANDING: "Help has clearly changed the child's life and the change has lasted.",
                 GOOD: "The family get the right help; the plan is reviewed and making a difference.",
                 REQUIRES_IMPROVEMENT: "No child is unsafe, but the help is not yet making a consistent difference.",
                 INADEQUATE: "Needs or risks are missed and the family are left without the help they need."}
        for column, grade in enumerate(sorted(ORDER, key=lambda grade: key[grade])):
            write(key_table.cell(1, column), hints[grade], italic=True, size=8)
        document.add_paragraph()

    # Part C: the six areas.
    brand_heading(document, "Part C – Areas of practice", brand)
    prefix = rng.choice(("HoEH: ", "Moderator – ", "HoS comment: "))
    marker = rng.choice(("X", "\u2713", "x"))
    if area_layout == "table":
        columns = 6 if grade_style == "columns" else 3
        areas = table(document, len(AREAS) + 1, columns)
        label(areas.cell(0, 0), "Area of practice", BAND)
        label(areas.cell(0, 1), "Evidence from the record", BAND)
        if grade_style == "columns":
            for column, grade in enumerate(ORDER, start=2):
                label(areas.cell(0, column), SHORT[grade], BAND)
        else:
            label(areas.cell(0, 2), "Score (see key)" if grade_style == "score" else "Grade", BAND)
        for row, (section, (_, hint)) in enumerate(zip(sample.sections, AREAS), start=1):
            write(areas.cell(row, 0), f"{row}. {section.name}", bold=True)
            write(areas.cell(row, 0), hint, italic=True, size=8)
            write(areas.cell(row, 1), section.comment)
            if section.name in remarks:
                write(areas.cell(row, 1), f"{prefix}{remarks[section.name]}", colour=ink)
            if grade_style == "columns":
                column = 2 + ORDER.index(section.grade)
                write(areas.cell(row, column), marker, bold=True)
            else:
                _grade_cell(rng, areas.cell(row, 2), section.grade, grade_style, key)
    else:
        for number, (section, (_, hint)) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"C{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, hint, italic=True, size=9)
            if grade_style == "columns":
                block = table(document, 3, 4)
                merged = block.cell(0, 0).merge(block.cell(0, 3))
                write(merged, section.comment)
                if section.name in remarks:
                    write(merged, f"{prefix}{remarks[section.name]}", colour=ink)
                for column, grade in enumerate(ORDER):
                    label(block.cell(1, column), SHORT[grade], LIGHT)
                    if grade == section.grade:
                        write(block.cell(2, column), marker, bold=True)
            else:
                block = table(document, 2, 2)
                label(block.cell(0, 0), "Evidence", LIGHT)
                write(block.cell(0, 1), section.comment)
                if section.name in remarks:
                    write(block.cell(0, 1), f"{prefix}{remarks[section.name]}", colour=ink)
                label(block.cell(1, 0), "Score" if grade_style == "score" else "Grade", LIGHT)
                _grade_cell(rng, block.cell(1, 1), section.grade, grade_style, key)
            document.add_paragraph()
    document.add_paragraph()

    # Part D: the family's voice.
    brand_heading(document, "Part D – The family's voice", brand)
    if sample.feedback_sought is not None:
        asked = sample.feedback_sought
        line = paragraph(document, "Were the child and family asked for their views of the help for this audit?  ",
                         bold=True)
        if rng.random() < 0.5:
            run(line, f"{BOX_TICKED if asked else BOX_EMPTY} Yes   {BOX_EMPTY if asked else BOX_TICKED} No")
        else:
            run(line, "Yes" if asked else "No")
        pool = VOICE_ASKED if asked else VOICE_NOT_ASKED
    else:
        paragraph(document, "What does the record tell us about the child's and family's views of the help?",
                  bold=True)
        pool = VOICE_RECORDED
    voice = table(document, 1, 1)
    write(voice.cell(0, 0), rng.choice(pool).format(name=first))
    document.add_paragraph()

    # Part E: the overall grade.
    brand_heading(document, "Part E – Overall grade for the Early Help offer to this family", brand)
    beside = moderation_style == "beside"
    if beside:
        overall = table(document, 2, 2)
        label(overall.cell(0, 0), "Auditor's overall grade", LIGHT)
        label(overall.cell(0, 1), f"{moderator_title} – moderated grade", LIGHT)
        target = overall.cell(1, 0)
        _overall(rng, target, sample.grade, overall_style, key)
        if moderation and moderation.grade:
            write(overall.cell(1, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
    else:
        holder = table(document, 1, 1)
        _overall(rng, holder.cell(0, 0), sample.grade, overall_style, key)
    document.add_paragraph()

    # Part F: working well / could be better.
    brand_heading(document, "Part F – Summary", brand)
    headings = rng.choice((("What is working well?", "What could be better?"),
                           ("Strengths", "Areas for development"),
                           ("Good practice seen", "What needs to improve")))
    list_style = rng.choice(("bullets", "numbers", "cell"))
    if list_style == "cell":
        summary = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(summary.cell(0, column), heading, LIGHT)
            write(summary.cell(1, column), "\n".join(items))
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if list_style == "numbers" else f"\u2022 {item}")
    document.add_paragraph()

    # Part G: actions.
    brand_heading(document, "Part G – Actions for the lead practitioner and hub manager", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice((("Action", "By whom", "By when", "Done?"), ("What", "Who", "When")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, BAND)
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # Part H: the front door question.
    brand_heading(document, "Part H – Safeguarding", brand)
    question = rng.choice(FRONT_DOOR_QUESTIONS)
    urgent = sample.urgent_concern
    if rng.random() < 0.5:
        safety = table(document, 2, 2)
        label(safety.cell(0, 0), question)
        write(safety.cell(0, 1), rng.choice(("YES", "Yes")) if urgent else rng.choice(("NO", "No")), bold=True)
        label(safety.cell(1, 0), "If yes, what has been done, by whom and when?")
        if sample.urgent_concern_detail:
            write(safety.cell(1, 1), sample.urgent_concern_detail)
    else:
        paragraph(document, question, bold=True)
        paragraph(document, f"{BOX_TICKED if urgent else BOX_EMPTY} Yes      {BOX_EMPTY if urgent else BOX_TICKED} No")
        if sample.urgent_concern_detail:
            line = paragraph(document, "Action taken: ", bold=True)
            run(line, sample.urgent_concern_detail)
    document.add_paragraph()

    # Part I: sign-off and moderation.
    brand_heading(document, f"Part I – Sign-off and {moderator_title} moderation", brand)
    sign = paragraph(document)
    run(sign, "Auditor: ", bold=True)
    run(sign, f"{auditor}\t")
    run(sign, "Date: ", bold=True)
    run(sign, when(sample.date))
    paragraph(document, f"The {moderator_title} reads the record and this audit and types in a different colour.",
              italic=True, size=9)
    if moderation_style == "box":
        box = table(document, 5, 2)
        texts = (f"Moderated by ({moderator_title})", "Date", "Agree with the auditor's overall grade?",
                 "Moderated grade", "Comments")
        for row, text in zip(box.rows, texts):
            label(row.cells[0], text, LIGHT)
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No", colour=ink)
                write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            write(box.cell(4, 1), " ".join(moderation.comments), colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(4, 1), note, italic=True)
    elif moderation:
        line = paragraph(document)
        run(line, f"Moderated by {moderation.moderator}, {moderator_title}, on {when(moderation.date)}.", colour=ink)
        if moderation.grade and not beside:
            if moderation.grade == sample.grade:
                text = f"I agree with the overall grade: {informal_grade(rng, moderation.grade)}."
            else:
                text = f"I do not agree. Moderated grade: {informal_grade(rng, moderation.grade)}."
            paragraph(document, text, colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
    else:
        note = rng.choice(NOT_MODERATED)
        if note:
            paragraph(document, note, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))


def _grade_cell(rng: random.Random, cell, grade: str, style: str, key: dict[str, int]) -> None:
    """An area's grade as the auditor fills in the template's grade cell."""
    if style == "score":
        write(cell, str(key[grade]), bold=True)
    elif style == "typed":
        write(cell, informal_grade(rng, grade, note_chance=0.3))
    else:
        line = cell.paragraphs[-1]
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            chosen = option == grade
            if style == "highlight":
                run(line, WORDS[option], highlight=chosen)
            else:
                run(line, WORDS[option], strike=not chosen)


def _overall(rng: random.Random, cell, grade: str, style: str, key: dict[str, int]) -> None:
    """The overall grade as the auditor writes it in the template's box."""
    if style == "typed":
        line = write(cell, "Overall grade: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.3))
    elif style == "sentence":
        written = WORDS[grade].lower() if rng.random() < 0.5 else informal_grade(rng, grade)
        write(cell, f"Taking all the areas together, I would grade the Early Help offer to this family as {written}.")
    elif style == "boxes":
        line = cell.paragraphs[-1]
        for option in ORDER:
            run(line, f"{BOX_TICKED if option == grade else BOX_EMPTY} {WORDS[option]}    ")
    else:
        line = write(cell, "Overall score (1–4, see key): ", bold=True)
        run(line, str(key[grade]))
        shade(cell._tc, "FFF2CC")
