"""Early Help case audit: an Early Help manager's (or a senior manager's)
audit of one family's Early Help record – the consent conversation and the
Early Help Assessment, the Team Around the Family meeting and the plan,
the lead professional agreed with the family, the reviews of the plan, the
family's and the child's voice, whether the case should step up to
Children's Social Care or step down – as a Word document: a header strip,
the family and the work (the child, the family's other children, the
Early Help reference, the lead professional, who audited it and when),
six audit areas each judged, the overall judgement, what is going well
and what would make it better, whether the family were asked what they
think of the help, actions, the step up question and the Head of Early
Help's (Head of Service's) moderation.

Modelled on Swindon Borough Council's published account of its early
intervention and Early Help Assessments ("Early intervention and early
help assessments": early intervention as an approach, not a service; a
graduated, proportionate "whole family" response; the practitioner who
identifies a need gains consent, coordinates an Early Help Assessment and
Plan and, where appropriate, a Team Around the Family meeting; the family
and practitioners agree the Lead Professional; actions are identified and
regular reviews held, child-centred, with positive engagement of the
family and collaboration between agencies) and its Early Help Record and
Plan, which replaced the CAF. The pages describe the process, not an audit
form, so the layout is our own judgement: the details as a strip of
labels over values with a household table, as a two-column table, or as
"label: value" lines; the Early Help reference prefixed (EH/, EHM …) or
the plain number; the team or the service sometimes left off; the areas
as blocks with prompts or as rows of one grid; judgements as a number on
a printed 1–4 key (either way round), the chosen word highlighted among
the four, a row of four cells with the chosen one ticked, or a word
typed in; what is going well and what would make it better as lists or
side by side; actions as a table with a "done" column, as lines or a
"no actions" sentence; moderation in the moderator's colour as a labelled
box, a signed note in a shaded cell or a closing paragraph, with remarks
under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import EARLY_HELP_AUDIT, STAFF, Section, sample_forms
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
    case_reference,
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

FAMILY = "early_help_case_audit"
SEED = 6581

# The form's six audit areas, in the order of the sample's Early Help areas
# (voice of the child, assessment, TAF plan, engagement, oversight, impact),
# each with the prompts printed under it.
AREAS = (
    ("The child's voice and daily life",
     ("Has the child been seen and spoken with, on their own where possible?",
      "Are their words and wishes recorded and used?")),
    ("Consent and the Early Help Assessment",
     ("Was consent gained and recorded?", "Does the assessment look at the whole family and say what the needs are?")),
    ("TAF meeting, plan and reviews",
     ("Is the plan SMART?", "Are reviews held on time and do they update the plan?")),
    ("Working with the family and the lead professional",
     ("Was the lead professional agreed with the family?", "Do the family know who is doing what?")),
    ("Management oversight and step up / step down decisions",
     ("Is manager oversight recorded?", "Were step up or step down decisions timely and with reasons?")),
    ("Difference made for the child and family",
     ("What has changed for the child?", "Is there a clear plan for closure or the next step?")),
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
ROLES = {"early_help_manager": "Early Help Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director of Children's Services"}
PRACTITIONER_LABELS = ("Lead professional", "Lead Professional", "Lead practitioner", "Family worker (LP)")
AUDITOR_LABELS = ("Auditor", "Audited by", "Name of auditor", "Quality assured by")
DATE_LABELS = ("Date of audit", "Audit date", "Date audited")
REFERENCE_LABELS = ("EH ref", "Early Help reference", "EHM / LCS number", "Family ID")
NO_ACTIONS = ("No further actions – the current plan addresses everything found.",
              "No actions from this audit.", "Actions: none needed; plan is on track.")
STEP_UP_QUESTIONS = (
    "Did the audit find any worry that a child may be at risk of significant harm, needing a step up to "
    "Children's Social Care today?",
    "Is there anything in this record that needs to be referred to the Front Door / MASH now?",
    "Immediate safeguarding concerns identified?",
)
FAMILY_VIEW_QUESTIONS = (
    "Has the family been asked what they think of the help they are getting?",
    "Family feedback gathered (review / closure questionnaire)?",
)
OTHER_DATES = (("Consent given", 120), ("EHA completed", 90), ("First TAF meeting", 75), ("Last TAF review", 20))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(700, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == EARLY_HELP_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details = ("strip", "pairs", "lines")[index % 3]
    layout = rng.choice(("blocks", "grid"))
    style = ("score", "highlight", "tickrow", "word")[(index + rng.randint(0, 1)) % 4]
    reverse_key = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(1, 3), today)

    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(AREAS, sample.sections))}
    reference = rng.random()
    if reference < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.55
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in AREAS)))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, f"{council_line(rng)} | Early Help Quality Assurance", size=8, colour=brand)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE (once completed)", "EH audit template v3.2",
                            "Early Help case audit – version 2")), size=8)

    # Header strip: a coloured band with the form's name.
    title = rng.choice(("Early Help Case Audit", "Early Help Record and Plan – Case Audit",
                        "Early Help Audit: Family Record"))
    strip = table(document, 1, 1)
    shade(strip.cell(0, 0)._tc, brand)
    write(strip.cell(0, 0), title.upper() if rng.random() < 0.4 else title, bold=True, colour="FFFFFF", size=15)
    write(strip.cell(0, 0), "Right support, right time: is this family better off for our help?", italic=True,
          colour="FFFFFF", size=9)
    document.add_paragraph()

    # The family and the work.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.5:
        auditor = f"{auditor} ({role})"
    practitioner_label = rng.choice(PRACTITIONER_LABELS)
    dob_label = rng.choice(("DOB", "Date of birth", "D.O.B."))
    reference_label = rng.choice(REFERENCE_LABELS)
    work = [(reference_label, sample.case_id), (practitioner_label, sample.practitioner)]
    if show_team:
        work.append(("Team", sample.team))
    if show_service:
        work.append(("Service", sample.service))
    work += [(rng.choice(AUDITOR_LABELS), auditor), (rng.choice(DATE_LABELS), when(sample.date))]
    dates = [(text, sample.date - timedelta(days=days + rng.randint(0, 9)))
             for text, days in rng.sample(OTHER_DATES, rng.randint(0, 2))]
    address = ", ".join((*child.address_lines, child.postcode))
    parents = " / ".join(child.parents)

    paragraph(document, rng.choice(("About the family and the work", "1. Family and audit details",
                                    "Section A – details")), bold=True, colour=brand, size=12)
    if details == "strip":
        # Labels across the top, values under them; then the household.
        grid = table(document, 2, len(work))
        for column, (text, value) in enumerate(work):
            label(grid.cell(0, column), text, "DDEBF7")
            write(grid.cell(1, column), value)
        document.add_paragraph()
        people = table(document, 3 + len(household) + len(child.parents), 3)
        for cell, text in zip(people.rows[0].cells, ("Name", "Relationship", dob_label)):
            label(cell, text, "DDEBF7")
        rows = [(child.full_name, "Child audited", when(child.date_of_birth))]
        rows += [(name, "Sibling", when(born)) for name, born in household]
        rows += [(parent, "Parent / carer", "") for parent in child.parents]
        for row, values in zip(people.rows[1:], rows):
            for cell, value in zip(row.cells, values):
                if value:
                    write(cell, value)
        write(people.rows[-1].cells[0], f"Address: {address}", italic=True)
        for text, day in dates:
            paragraph(document, f"{text}: {when(day)}", size=9)
    elif details == "pairs":
        pairs = [("Child's name", child.full_name), (dob_label, when(child.date_of_birth)),
                 ("Address", address), ("Parents / carers", parents),
                 ("Other children in the family", "; ".join(f"{name} ({dob_label} {when(born)})"
                                                           for name, born in household)),
                 *work, *((text, when(day)) for text, day in dates)]
        grid = table(document, len(pairs), 2)
        for row, (text, value) in zip(grid.rows, pairs):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for text, value in [("Name of child", child.full_name), (dob_label, when(child.date_of_birth)),
                            ("Home address", address), ("Parent(s)", parents),
                            ("Siblings", ", ".join(f"{name} – {when(born)}" for name, born in household)),
                            *work, *((text, when(day)) for text, day in dates)]:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)
    document.add_paragraph()

    # How to judge.
    paragraph(document, rng.choice(("2. Audit areas", "Section B – the audit", "What the record shows")),
              bold=True, colour=brand, size=12)
    key = _key(reverse_key)
    if style == "score":
        paragraph(document, "Score each area using the key: " + ", ".join(f"{number} = {WORDS[grade]}"
                                                                         for number, grade in key), italic=True)
    elif style == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True)
    elif style == "tickrow":
        paragraph(document, "Tick one judgement for each area.", italic=True)
    else:
        paragraph(document, "Judgements: Outstanding, Good, Requires improvement or Inadequate.", italic=True)
    prefix = rng.choice(("HoEH: ", "Moderator: ", "Head of Service – ", ""))
    evidence_label = rng.choice(("Auditor's evidence: ", "Findings: "))
    if layout == "grid":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", rng.choice(("Evidence", "What the auditor found")),
                                                   "Score" if style == "score" else "Judgement")):
            label(cell, text, "DDEBF7")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink, italic=True)
            _judgement(rng, row.cells[2], style, section.grade, key, compact=True)
    else:
        for number, (section, (_, prompts)) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            for prompt in prompts:
                paragraph(document, f"\u2022 {prompt}", italic=True, size=9)
            box = table(document, 2, 1)
            line = write(box.cell(0, 0), evidence_label, bold=True)
            run(line, section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"{prefix}{remarks[section.name]}", colour=ink)
            _judgement(rng, box.cell(1, 0), style, section.grade, key, compact=False)
            document.add_paragraph()
    document.add_paragraph()

    # Overall judgement.
    paragraph(document, rng.choice(("3. Overall judgement", "Section C – overall", "Overall grade")),
              bold=True, colour=brand, size=12)
    overall = table(document, 1, 1)
    cell = overall.cell(0, 0)
    write(cell, rng.choice(("Overall quality of Early Help practice for this family",
                            "Overall judgement", "Auditor's overall grade")), bold=True)
    if rng.random() < 0.3:
        word = "requires improvement" if sample.grade == REQUIRES_IMPROVEMENT else WORDS[sample.grade].lower()
        write(cell, f"Having read the whole record I judge the Early Help work with this family to be {word}.")
    else:
        _judgement(rng, cell, style, sample.grade, key, compact=False)
    document.add_paragraph()

    # Going well / even better if.
    headings = rng.choice((("What is going well", "Even better if"), ("Strengths", "Areas for development"),
                           ("Good practice seen", "What would make it better")))
    if rng.random() < 0.5:
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "E2EFDA")
        for position, item in enumerate(sample.strengths, start=1):
            write(grid.cell(position, 0), item)
        for position, item in enumerate(sample.development_areas, start=1):
            write(grid.cell(position, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", "numbers"))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # The family's view of the help.
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(FAMILY_VIEW_QUESTIONS) + " ", bold=True)
        if sample.feedback_sought:
            run(asked, rng.choice(("Yes – at the last TAF review.", "Yes", "Yes, questionnaire on file.")))
        else:
            run(asked, rng.choice(("No", "No – to be done at the next review.")))
        document.add_paragraph()

    # Actions.
    paragraph(document, rng.choice(("4. Actions", "Actions agreed with the lead professional",
                                    "Section D – actions")), bold=True, colour=brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when", "Done?"), ("What needs to happen", "Lead", "Timescale",
                                                                     "Completed")))
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} Who: {action.owner}. By: {when(action.due)}.")
    document.add_paragraph()

    # Step up question.
    question = paragraph(document, rng.choice(STEP_UP_QUESTIONS), bold=True)
    if sample.urgent_concern:
        answer = rng.choice(("YES – ", "Yes. ", "Yes – discussed with the Early Help Hub today. "))
        paragraph(document, f"{answer}{sample.urgent_concern_detail}")
    else:
        if rng.random() < 0.4:
            run(question, "  ")
            run(question, rng.choice(("No", "NO", "None")))
        else:
            paragraph(document, rng.choice(("No", "No – none identified.", "No concerns requiring step up.")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _key(reverse: bool) -> list[tuple[int, str]]:
    """The printed 1–4 key: 1 is Outstanding, or (reversed) 4 is."""
    return [(5 - position if reverse else position, grade) for position, grade in enumerate(ORDER, start=1)]


def _judgement(rng: random.Random, cell, style: str, grade: str, key, *, compact: bool) -> None:
    """The grade in the form's style, written into `cell`."""
    if style == "score":
        number = dict((given, number) for number, given in key)[grade]
        if compact:
            write(cell, str(number), bold=True)
        else:
            line = write(cell, "Score (1–4): ", bold=True)
            run(line, str(number))
    elif style == "highlight":
        line = write(cell, "" if compact else "Judgement: ", bold=True)
        for position, option in enumerate(ORDER):
            if position:
                run(line, "\n" if compact else "   ")
            run(line, WORDS[option], highlight=option == grade)
    elif style == "tickrow":
        if compact:
            for option in ORDER:
                write(cell, WORDS[option] + (" \u2714" if option == grade else " \u2610"))
        else:
            inner = cell.add_table(rows=1, cols=4)
            inner._tbl.tblStyle_val = "TableGrid"
            for inner_cell, option in zip(inner.rows[0].cells, ORDER):
                write(inner_cell, WORDS[option], size=9)
                if option == grade:
                    write(inner_cell, "\u2714", bold=True)
                    shade(inner_cell._tc, "D9D9D9")
    else:
        line = write(cell, "" if compact else "Judgement: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.0 if compact else 0.2))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("5. Moderation (Head of Early Help / Head of Service)", "Section E – moderation",
                          "Head of Service moderation"))
    if moderation is None:
        if rng.random() < 0.6:
            paragraph(document, heading, bold=True, colour=brand, size=12)
            paragraph(document, rng.choice(("Not selected for moderation.", "Moderator: ________   Date: ________",
                                            "")), italic=True)
        return
    paragraph(document, heading, bold=True, colour=brand, size=12)
    role = _role(moderation.moderator) or "Head of Service"
    shape = rng.choice(("box", "note", "paragraph"))
    if shape == "box":
        rows = [("Moderated by", f"{moderation.moderator}, {role}"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the auditor's overall grade?",
                         "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        rows.append(("Moderator's comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    elif shape == "note":
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        shade(cell._tc, "FFF2CC")
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the grade given." if moderation.grade == sample.grade
                       else "I have changed the overall grade.")
            write(cell, verdict, colour=ink)
            line = write(cell, "Final grade after moderation: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        write(cell, f"{moderation.moderator}, {role} – {when(moderation.date)}", colour=ink, italic=True)
    else:
        paragraph(document, f"Moderated by {moderation.moderator} ({role}) on {when(moderation.date)}.",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated overall judgement: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
