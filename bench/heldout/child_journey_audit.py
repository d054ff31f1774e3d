"""Child's journey case audit: a manager follows one child's record from the
start of our involvement to where the child is now and scores each area of
practice on a 1 to 4 scale printed as a key (1 = Outstanding ... 4 =
Inadequate), then gives the overall score for the child's journey, what is
working well and what needs to improve in the strengths-based words of the
council's practice model, the actions, whether the child is safe today, and
the Head of Service's moderation.

Modelled on Tameside Metropolitan Borough Council's children's services as
Ofsted's monitoring visits after its 2016 inspection describe them: case
auditing and practice observations held in a "practice week", a
strengths-based model of practice rolled out from 2018, and the weaknesses
the audits look for (the quality of assessments and analysis of children's
needs, planning, chronologies and supervision; management oversight of
decisions from the front door onward). The reports describe the audit
programme, not the form, so the layout is our own judgement: the three-cell
"at a glance" strip holding the child, the worker and the audit as stacked
"Label: value" lines; brothers and sisters named in one line; the areas of
practice as one grid whose first column groups them by where in the child's
journey they fall (start of the journey, along the way, where the child is
now), or as numbered blocks under those stage headings; the score as a
bare number, a number with its word, the word alone (typed informally), or
the four numbers with the chosen one highlighted; the overall score on its
own line or written into a sentence; and moderation either typed in the
Head of Service's colour through the form and concluded at the end, or in
a moderation box with "Agree / Disagree".
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docx.enum.text import WD_COLOR_INDEX

from bot.samples import CASE_FILE_AUDIT, STAFF, Section, sample_forms
from bot.samples.ooxml import shade

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

FAMILY = "child_journey_audit"

START, ALONG, NOW = "Start of the journey", "Along the way", "Where the child is now"
# The council's names for the areas, in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS), each with its place in the
# child's journey and the prompt printed beside it.
AREAS = {
    "Full Case File Audit Tool": (
        (START, "Hearing the child – voice and daily life",
         "Has the child been seen, alone where right, and do we know what a day is like for them?"),
        (START, "Understanding the child's world – assessment",
         "Does the assessment analyse the history and the current worries, not just describe them?"),
        (ALONG, "The child's plan",
         "Is the plan specific, owned by the family and the network, with timescales that fit the child?"),
        (ALONG, "Management grip and supervision",
         "Is the manager's direction recorded at each decision point and followed up?"),
        (ALONG, "Working with partners around the child",
         "Are school, health and police part of the plan and sharing what they know?"),
        (NOW, "The child's story on file – chronology and recording",
         "Could the child read this record when older and understand why decisions were made?"),
        (NOW, "Difference made for the child",
         "What is better for the child now than when we first became involved?"),
    ),
    "Case Review Audit Tool 2025": (
        (START, "Working alongside the family",
         "Were the family helped to take part in the decisions made about them?"),
        (START, "Language that respects the family",
         "Is the record written so the family would recognise themselves in it?"),
        (ALONG, "Leadership and management grip",
         "Is the manager's direction recorded at each decision point and followed up?"),
        (ALONG, "Hearing the child – voice and daily life",
         "Has the child been seen, alone where right, and do we know what a day is like for them?"),
        (ALONG, "Relationships with the child and family",
         "Does the worker know the child well, and does the child know who their worker is?"),
        (NOW, "Family history and network",
         "Is the family's history understood and the wider network of family and friends used?"),
        (NOW, "Assessment and the child's plan",
         "Does the plan follow from the assessment and address what we are worried about?"),
    ),
}
SCORES = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_WORDS = {1: "Outstanding", 2: "Good", 3: "Requires improvement", 4: "Inadequate"}
KEY_FILLS = {1: "BDD7EE", 2: "C6EFCE", 3: "FFEB9C", 4: "FFC7CE"}
# The child's legal status, as the case's service makes likely.
LEGAL_STATUS = {"Children in Care": ("Child in Care (s.20)", "Child in Care (Care Order)", "Care leaver"),
                "Children with Disabilities": ("Child in Need", "Child in Need (short breaks)")}
OTHER_STATUS = ("Child in Need", "Child Protection Plan", "CP – category neglect")
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Team Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services", "early_help_manager": "Early Help Manager"}
OVERALL_SENTENCES = (
    "Taking the child's journey as a whole, I would score practice as {score}.",
    "Overall the child's journey is judged {score}.",
    "My overall score for this child's journey: {score}.",
)
URGENT_AFTER = ("", "Escalated the same day.", "Discussed with the worker before the audit was finished.")
NO_ACTIONS = ("No further actions – the current plan addresses what was found.",
              "No actions arising; feedback given to the worker in supervision.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(6107)
    pool = sample_forms(360, seed=6107, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    changed = [sample for sample in others if sample.moderation and sample.moderated_grade
               and sample.moderated_grade != sample.grade][:2]
    moderated = changed + [sample for sample in others if sample.moderation and sample not in changed][:4]
    plain = [sample for sample in others if not sample.moderation][: count - len(urgent) - len(moderated)]
    chosen = urgent + moderated + plain
    rng.shuffle(chosen)
    # Two managers leave the team box empty.
    blank_team = set(rng.sample(range(len(chosen)), 2))
    return [_form(rng, index, sample, today, blank_team=index in blank_team)
            for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _score(rng: random.Random, grade: str, style: str) -> str:
    number = SCORES[grade]
    if style == "number":
        return str(number)
    if style == "number_word":
        return f"{number} {rng.choice(('–', '-', '='))} {informal_grade(rng, grade)}"
    return informal_grade(rng, grade, note_chance=0.2)


def _highlighted(paragraph_, grade: str) -> None:
    """The four scores in a row, the chosen one bold and highlighted."""
    for number in range(1, 5):
        if number > 1:
            run(paragraph_, "   ")
        chosen = number == SCORES[grade]
        added = run(paragraph_, str(number), bold=chosen)
        if chosen:
            added.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _put_score(rng, cell_or_paragraph, grade: str, style: str, *, colour: str | None = None) -> None:
    if style == "highlight":
        _highlighted(cell_or_paragraph, grade)
    else:
        run(cell_or_paragraph, _score(rng, grade, style), bold=bool(colour), colour=colour)


def _form(rng: random.Random, index: int, sample, today: date, *, blank_team: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    style = rng.choice(("number", "number_word", "word", "highlight"))
    grid = rng.random() < 0.55
    inline_moderation = rng.random() < 0.5
    show_service = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    statuses = LEGAL_STATUS.get(sample.service, OTHER_STATUS)
    if (today - sample.child.date_of_birth).days < 16 * 365:
        statuses = tuple(status for status in statuses if status != "Care leaver")
    status = rng.choice(statuses)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (_, name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if blank_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and not sample.urgent_concern and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    first = child.first_name
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for _, name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
    prefix = rng.choice(("HoS: ", "HoS comment – ", "Moderator: "))

    document = new_document(rng, landscape=grid and rng.random() < 0.6)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, rng.choice(("\tOFFICIAL – SENSITIVE", "\tConfidential when completed")))
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Child's Journey Audit – {rng.choice(('v4', 'version 4.1', 'v5 (practice week)'))}", size=8)
    title = rng.choice(("Child's Journey Audit", "The Child's Journey – Case Audit", "Practice Week: Child's Journey Audit"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Follow the child's journey through the record from our first involvement to today. Score each area "
        "using the key, and talk to the worker before you finish.",
        "Read the last twelve months of the record. Think about what the child's life is like and what "
        "difference we are making, not just whether tasks were done.")), italic=True)

    # At a glance: three cells of stacked "Label: value" lines.
    glance = table(document, 2, 3)
    for cell, text in zip(glance.rows[0].cells, ("The child", "The worker", "The audit")):
        label(cell, text, brand, colour="FFFFFF")
    child_lines = [
        f"{rng.choice(('Name', 'Child'))}: {child.full_name}",
        f"{rng.choice(('DOB', 'Date of birth'))}: {when(child.date_of_birth)}",
        f"{rng.choice(('ID', 'Case no.', 'LCS ID'))}: {sample.case_id}",
        f"Legal status: {status}",
        f"Parents / carers: {', '.join(child.parents)}",
    ]
    if rng.random() < 0.4:
        child_lines.append(f"Address: {', '.join((*child.address_lines, child.postcode))}")
    worker_label = rng.choice(("Social worker", "Allocated worker", "Case holder"))
    worker_lines = [f"{worker_label}: {sample.practitioner}", f"Team: {sample.team or ''}"]
    if sample.service:
        worker_lines.append(f"Service: {sample.service}")
    worker_lines.append(f"Worker spoken to: {rng.choice(('Yes', 'Yes – in supervision', 'No – on leave'))}")
    role = _role(sample.auditor)
    audit_lines = [
        f"{rng.choice(('Auditor', 'Audited by'))}: {sample.auditor}" + (f" ({role})" if role else ""),
        f"{rng.choice(('Date of audit', 'Date completed'))}: {when(sample.date)}",
        f"Type: {rng.choice(('Monthly audit', 'Practice week audit', 'Monthly manager audit'))}",
    ]
    for cell, lines in zip(glance.rows[1].cells, (child_lines, worker_lines, audit_lines)):
        for line in lines:
            name, _, value = line.partition(": ")
            added = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
            run(added, f"{name}: ", bold=True)
            if value:
                run(added, value)
    document.add_paragraph()
    family = paragraph(document, "Brothers and sisters: ", bold=True)
    if household:
        ages = [f"{name} ({max(0, (today - born).days // 365)})" for name, born in household]
        run(family, "; ".join(ages))
    else:
        run(family, rng.choice(("none", "None known", "N/A")))
    document.add_paragraph()

    # The key.
    brand_heading(document, "The child's journey", brand)
    if style != "word" or rng.random() < 0.5:
        if rng.random() < 0.5:
            key = table(document, 1, 4)
            for cell, number in zip(key.rows[0].cells, range(1, 5)):
                write(cell, f"{number} = {KEY_WORDS[number]}", bold=True)
                shade(cell._tc, KEY_FILLS[number])
        else:
            paragraph(document, "Score key:  " + "   ".join(f"{number} = {KEY_WORDS[number]}"
                                                            for number in range(1, 5)), bold=True)
        document.add_paragraph()

    sections = sample.sections
    if grid:
        heads = rng.choice((("Where in the journey", "Area of practice", "What the record shows", "Score"),
                            ("Journey stage", "Area", "Evidence and analysis", "Score (1–4)")))
        body = table(document, len(sections) + 1, 4)
        for cell, text in zip(body.rows[0].cells, heads):
            label(cell, text, "D9D9D9")
        spans: dict[str, list[int]] = {}
        for row_number, ((stage, _, prompt), section) in enumerate(zip(areas, sections), start=1):
            spans.setdefault(stage, []).append(row_number)
            cells = body.rows[row_number].cells
            write(cells[1], f"{row_number}. {section.name}", bold=True)
            write(cells[1], prompt, italic=True, size=8)
            write(cells[2], section.comment)
            if section.name in remarks:
                write(cells[2], f"{prefix}{remarks[section.name]}", colour=ink)
            _put_score(rng, cells[3].paragraphs[0], section.grade, style)
        for stage, rows in spans.items():
            merged = body.cell(rows[0], 0).merge(body.cell(rows[-1], 0))
            write(merged, stage, bold=True)
            shade(merged._tc, "F2F2F2")
    else:
        number = 0
        stage_now = None
        for (stage, _, prompt), section in zip(areas, sections):
            number += 1
            if stage != stage_now:
                stage_now = stage
                paragraph(document, stage.upper(), bold=True, colour=brand)
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, prompt, italic=True)
            box = table(document, 1, 1)
            write(box.cell(0, 0), section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"{prefix}{remarks[section.name]}", colour=ink)
            line = paragraph(document, rng.choice(("Score: ", "Score for this area: ")), bold=True)
            _put_score(rng, line, section.grade, style)
            document.add_paragraph()
    document.add_paragraph()
    if sample.feedback_sought is not None:
        asked = paragraph(document, "Have the child's and family's views about our involvement been sought?  ",
                          bold=True)
        run(asked, rng.choice(("Yes", "YES", "Yes – by the IRO")) if sample.feedback_sought
            else rng.choice(("No", "NO", "No – not yet")))
        document.add_paragraph()

    # The overall score.
    brand_heading(document, rng.choice(("Overall score", "Overall – the child's journey")), brand)
    if style != "highlight" and rng.random() < 0.4:
        sentence = rng.choice(OVERALL_SENTENCES).format(score=_score(rng, sample.grade, style))
        paragraph(document, sentence.replace("..", "."))
    else:
        line = paragraph(document, rng.choice(("Overall score for the child's journey: ", "Overall score: ")),
                         bold=True)
        _put_score(rng, line, sample.grade, style)
    document.add_paragraph()

    # Strengths-based summary.
    headings = rng.choice(((f"What is working well for {first}?", "What needs to improve?"),
                           ("What is working well", "What needs to change for the child"),
                           ("Strengths", "What we need to do better")))
    if rng.random() < 0.5:
        summary = table(document, 2, 2)
        label(summary.cell(0, 0), headings[0], "E2EFD9")
        label(summary.cell(0, 1), headings[1], "FCE4D6")
        for item in sample.strengths:
            write(summary.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(summary.cell(1, 1), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            brand_heading(document, heading, brand, size=11)
            for item in items:
                paragraph(document, f"- {item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Actions to improve the child's journey", "Actions")), brand)
    if sample.actions:
        if rng.random() < 0.6:
            heads = rng.choice((("What needs to happen", "Who", "By when"), ("Action", "Owner", "Due date")))
            actions = table(document, len(sample.actions) + 1, 3)
            for cell, text in zip(actions.rows[0].cells, heads):
                label(cell, text, "D9D9D9")
            for row, action in zip(actions.rows[1:], sample.actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for number, action in enumerate(sample.actions, start=1):
                paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    elif rng.random() < 0.7:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # Is the child safe today?
    brand_heading(document, "Is the child safe today?", brand)
    safe = paragraph(document, "Has the audit found anything that means the child may not be safe now? ", bold=True)
    if sample.urgent_concern:
        run(safe, rng.choice(("YES", "Yes – escalated", "Yes")))
        paragraph(document, f"{sample.urgent_concern_detail} {rng.choice(URGENT_AFTER)}".strip())
    else:
        run(safe, rng.choice(("No", "NO", "No.")))
    document.add_paragraph()

    # Moderation.
    if moderation and inline_moderation:
        brand_heading(document, "Head of Service moderation", brand)
        paragraph(document, f"Moderated by {moderation.moderator}, {when(moderation.date)}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, rng.choice(("Moderated score: ", "Moderated judgement: ")), colour=ink,
                             bold=True)
            _put_score(rng, line, moderation.grade, style, colour=None if style == "highlight" else ink)
    elif moderation or rng.random() < 0.5:
        brand_heading(document, rng.choice(("Moderation (Head of Service)", "Head of Service moderation")), brand)
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Moderator", "Date moderated", "Agree with the overall score?",
                                        "Moderated score", "Moderator's comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), "Agree" if moderation.grade == sample.grade else "Disagree", colour=ink)
                _put_score(rng, box.cell(3, 1).paragraphs[0], moderation.grade, style,
                           colour=None if style == "highlight" else ink)
            for comment in moderation.comments:
                write(box.cell(4, 1), comment, colour=ink)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))
