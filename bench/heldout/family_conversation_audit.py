"""Family conversation audit: an Early Help manager's or a quality assurance
officer's record of a conversation with a family about the help they had
from a family support worker, on a Welsh county council's form. Numbered
sections: about this audit (who completed it, their role, when the
conversation was held, sometimes when the form went back to the QA team,
and the worker, team and service audited), the family (child, date of
birth, WCCIS or Early Help reference, address, parents or carers, other
children in the household, who took part in the conversation), how the
conversation was held, what the family told us in their own words and
what difference the help has made, what went well and what could be
better, the "is any child unsafe today" question, the action plan, and a
box for the Head of Service's comments. The form has no grade.

Modelled on Pembrokeshire County Council's "Appendix 5 – Pembrokeshire
Safeguarding Audit Framework for Evaluation" (an appendix of the council's
Corporate Safeguarding Policy, pembrokeshire.gov.uk), which was read for
its opening only: every directorate working with children, young people,
families and adults at risk carries out a self-evaluation audit, set out
in sections related to different standards and based on the Social
Services and Well-being (Wales) Act 2014; the person completing it is told
to think carefully about practice, to think how they will evidence their
answers, to complete a RAG rating and an action plan, and to return the
audit to a named officer for the directorate; the form opens with
"Organisation/Service area/Establishment name", "Person completing this
audit", "Role/position", "Date completed" and "Date returned to LA" and a
list of the services covered. From it this family takes the instructions
addressed to the person completing the form, the opening block of
"Person completing this audit" / "Role/position" / date lines with a
date returned, the sections with evidence, and the action plan at the
end. Care Inspectorate Wales' account of its joint inspection of child
protection arrangements in Pembrokeshire (March 2025: most children
experience reasonable involvement in their care and support; conference
chairs write summaries directly to children) and of its 2018 inspection
(early intervention and preventative services for children and families
well established and successful) give the family-facing focus.

Our own judgement: that the council would use such a form for a
conversation with a family at all, and everything about it – the
sections and their questions, the bilingual title on some files, the
tick-box, struck-through or typed answer for how the conversation was
held (home visit, telephone, video call, family hub), the family's words
quoted or in a box, or the whole conversation as a question-and-answer
table, what went well and what could be better as bullets, a two-column
table or numbered lines, one sentence naming a brother or sister among
what could be better on some files, the safety question answered as a
struck-through Yes / No, a typed answer or a tick, actions as a table,
numbered lines or a "no actions" sentence, seven date spellings, plain
and prefixed references, team and service sometimes left out, and the
Head of Service's comments typed in a colour of their own (never red) as
a box or as a signed paragraph. The RAG rating of the Pembrokeshire tool
is left out on purpose: the conversation audit has no grade.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import AUDIT_MAILBOX, STAFF, Moderation
from bot.samples.ooxml import shade
from bot.samples.people import head_of_service_over
from bot.samples.phrases import fill
from bot.samples.tools import CONVERSATION_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    MODERATION_INKS,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    label,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "family_conversation_audit"
SEED = 9981

TITLES = ("Conversation with the Family – Quality Assurance Record", "Family Conversation Audit",
          "Listening to Families: Conversation Audit", "Conversation Audit with Family")
WELSH = ("Archwiliad Sgwrs â’r Teulu", "Sgwrs gyda’r Teulu – Sicrhau Ansawdd")
GUIDANCE = (
    "Please think carefully about what the family tell you and write it down in their own words where you can. "
    "Complete every section, agree any actions with the worker's manager, and return the form to the named "
    "officer for your service (the Quality Assurance Team) within five working days.",
    "Before you ring or visit, explain to the family that this is about the help they have had, not a new "
    "assessment. Record what they say, not your view of it. Return the completed form to " + AUDIT_MAILBOX + ".",
)

# How the conversation was held, as the form prints the options.
METHOD_OPTIONS = ("Home visit", "Telephone call", "Video call", "Visit at the family hub")
VIDEO = ("Video call", "Video call (Microsoft Teams)")

# What the family say, in their words; {child} is the child's first name.
FAMILY_WORDS = (
    "It was the first time someone came back when they said they would, and {child}'s worker never let us down.",
    "At first I thought you were there to take {child} off me. Now I ring the worker before things get bad.",
    "The parenting course was hard to get to on the bus, but the worker picked me up for the last three weeks.",
    "We had too many people coming to the house at the start and we didn't know who was who.",
)
DIFFERENCES_MORE = (
    "{child} is back in school full time and the school say the mornings are much better.",
    "The family have moved into the new flat and the damp is no longer making {child} poorly.",
    "Mum says the shouting has stopped and {child} is sleeping in their own bed again.",
)
URGENT_DETAILS = (
    "During the conversation Mum said her ex-partner has been coming to the house again, against the safety plan, "
    "and {child} was there. Passed to the duty team the same afternoon and the worker's manager told.",
    "{child} told me during the conversation that they had been left to look after the younger children overnight. "
    "Discussed with the Early Help Manager and a referral made to the Information, Advice and Assistance team.",
    "Dad said he is struggling and has thought about hurting himself; {child} lives with him. GP and duty "
    "team contacted the same day.",
)
HOS_COMMENTS = (
    "Thank you for a thoughtful record. The family's words about the number of professionals are a fair "
    "challenge; please raise at the next team meeting.",
    "A good example of listening to the family. Please make sure the actions are tracked in supervision.",
    "Read. I will share the family's feedback with the service managers at the Early Help performance meeting.",
    "Agree that the worker should be thanked for this; please pass on the family's comments.",
)
NO_ACTIONS = ("No actions – the family are happy with the support and the plan is closing as agreed.",
              "No further actions arising from this conversation.",
              "None. Feedback shared with the worker.")
SAFETY = ("Did anything the family said make you worried that a child is not safe today?",
          "Is any child in this family at risk of harm now? (If yes, tell the duty team and the worker's manager "
          "today.)",
          "Immediate safety concerns raised during the conversation?")
WORKER_LABELS = ("Family support worker", "Lead worker", "Worker supporting the family")
REFERENCE_LABELS = {"plain": ("WCCIS ID", "WCCIS no.", "Case ref."), "prefixed": ("Case ref.", "Client ref."),
                    "early_help": ("Early Help ID", "Family ID")}
ROLES = {"early_help_manager": ("Early Help Manager", "Team Manager – Early Help"),
         "qa_team": ("Quality Assurance Officer", "QA Practice Lead")}
RELATIONS = ("sibling", "brother or sister", "lives with the family")
OWNERS = {"Social worker": "Family support worker", "Practice manager": "Early Help Manager"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    # Which files carry what: three urgent, five with Head of Service comments,
    # five completed by a QA officer rather than the Early Help manager.
    positions = list(range(len(samples)))
    urgent = set(rng.sample(positions, min(3, len(positions))))
    commented = set(rng.sample(positions, min(5, len(positions))))
    by_qa = set(rng.sample(positions, min(5, len(positions))))
    return [_form(rng, index, sample, today, urgent=index in urgent, commented=index in commented,
                  by_qa=index in by_qa)
            for index, sample in enumerate(samples)]


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _weekday_after(day: date, days: int, today: date) -> date:
    later = day + timedelta(days=days)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    return max(day, min(later, today))


def _change(rng: random.Random, sample, today: date, *, urgent: bool, commented: bool, by_qa: bool,
            household: list[tuple[str, date]]):
    """The sample as this file shows it: every change made here, so the truth follows."""
    first = sample.child.first_name
    changes: dict = {}
    style = rng.choice(("plain", "plain", "prefixed", "early_help"))
    if style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    if by_qa:
        changes["auditor"] = rng.choice([person.name for person in STAFF if person.role == "qa_team"])
    if rng.random() < 0.2:
        changes["team"] = None
    if rng.random() < 0.4:
        changes["service"] = None
    # The family's words, how the conversation was held and what changed, as this form has them.
    own = []
    for field in sample.own:
        if field.key == "method" and rng.random() < 0.25:
            method = rng.choice(VIDEO)
            field = ToolField("method", field.label, method, method)
        elif field.key == "family_view" and rng.random() < 0.5:
            words = rng.choice(FAMILY_WORDS)
            field = ToolField("family_view", field.label, fill(words, first), fill(words, None))
        elif field.key == "difference_made" and rng.random() < 0.4:
            words = rng.choice(DIFFERENCES_MORE)
            field = ToolField("difference_made", field.label, fill(words, first), fill(words, None))
        own.append(field)
    changes["own"] = tuple(own)
    if sample.actions and rng.random() < 0.08:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(replace(action, owner=OWNERS.get(action.owner, action.owner))
                                   for action in sample.actions)
    talkers = [name for name, born in household if (today - born).days >= 8 * 365]
    if talkers and rng.random() < 0.4:
        name = talkers[0].split()[0]
        changes["development_areas"] = (*sample.development_areas,
                                        f"{name} said nobody had asked what they thought about the help.")
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(rng.choice(URGENT_DETAILS), first)
    if commented:
        head = head_of_service_over(_member(sample.practitioner))
        changes["moderation"] = Moderation(
            moderator=head.name, date=_weekday_after(sample.date, rng.randint(3, 10), today),
            comments=tuple(rng.sample(HOS_COMMENTS, rng.randint(1, 2))), grade=None)
    return replace(sample, **changes)


def _details(document, rng: random.Random, rows: list[tuple[str, str]], style: str) -> None:
    if style == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    elif style == "table":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "EDEDED")
            write(row.cells[1], value)
    else:  # label over value, two boxes to a row
        grid = table(document, (len(rows) + 1) // 2, 2)
        for position, (name, value) in enumerate(rows):
            cell = grid.cell(position // 2, position % 2)
            write(cell, name, bold=True, size=8)
            write(cell, value)


def _method(target, rng: random.Random, method: str, style: str) -> None:
    """How the conversation was held, in `target` (a paragraph)."""
    options = [option for option in METHOD_OPTIONS if option != "Video call"]
    options.insert(2, method if method in VIDEO else "Video call")
    if style == "ticks":
        for position, option in enumerate(options):
            if position:
                run(target, "    ")
            run(target, ("\u2612 " if option == method else "\u2610 ") + option, bold=option == method)
    elif style == "strike":
        for position, option in enumerate(options):
            if position:
                run(target, " / ")
            run(target, option, strike=option != method)
    else:
        run(target, method)


def _form(rng: random.Random, index: int, sample, today: date, *, urgent: bool, commented: bool,
          by_qa: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("lines", "table", "boxes"))
    talk_style = rng.choice(("headed", "headed", "questions"))
    method_style = rng.choice(("ticks", "strike", "typed"))
    lists_style = rng.choice(("bullets", "columns", "numbered"))
    actions_style = rng.choice(("table", "table", "lines"))
    hos_style = rng.choice(("box", "paragraph"))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    sample = _change(rng, sample, today, urgent=urgent, commented=commented, by_qa=by_qa, household=household)
    child = sample.child
    own = {field.key: field.written for field in sample.own}
    auditor = _member(sample.auditor)
    role = rng.choice(ROLES[auditor.role])
    reference_style = ("early_help" if sample.case_id.startswith("EH") else
                       "plain" if sample.case_id.isdigit() else "prefixed")

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Conversation audit {rng.choice(('v1.2', 'v2', '2025'))} – OFFICIAL – SENSITIVE when complete",
        size=8)
    title = rng.choice(TITLES)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    brand_heading(document, title, brand, size=15)
    if rng.random() < 0.5:
        paragraph(document, rng.choice(WELSH), italic=True, colour=brand, size=9)
    if rng.random() < 0.7:
        paragraph(document, rng.choice(GUIDANCE), italic=True, size=8)
    numbered = iter(range(1, 10))
    sections_named = rng.random() < 0.5

    def heading(text: str) -> None:
        number = next(numbered)
        brand_heading(document, f"Section {number} – {text}" if sections_named else f"{number}. {text}",
                      brand, size=12)

    # --- about this audit -----------------------------------------------------------
    heading("About this audit")
    rows = []
    if details_style == "table" and rng.random() < 0.4:
        rows.append((rng.choice(("Person completing this audit", "Completed by")), f"{sample.auditor} ({role})"))
    else:
        rows += [(rng.choice(("Person completing this audit", "Conversation held by", "Completed by")),
                  sample.auditor), ("Role/position", role)]
    rows.append((rng.choice(("Date of conversation", "Conversation held on", "Date")), when(sample.date)))
    if rng.random() < 0.5:
        rows.append(("Date returned to QA", when(_weekday_after(sample.date, rng.randint(1, 5), today))))
    rows.append((rng.choice(WORKER_LABELS), sample.practitioner))
    if sample.team:
        rows.append(("Team", sample.team))
    if sample.service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    _details(document, rng, rows, details_style)

    # --- the family -----------------------------------------------------------------
    heading("The family")
    born = when(child.date_of_birth)
    parents = " and ".join(child.parents)
    rows = [("Child's name", child.full_name), ("Date of birth", born),
            (rng.choice(REFERENCE_LABELS[reference_style]), sample.case_id),
            ("Address", ", ".join((*child.address_lines, child.postcode))), ("Parents / carers", parents)]
    if household:
        rows.append(("Other children in the household",
                     "; ".join(f"{name} ({when(day)})" for name, day in household)))
    took_part = [child.parents[0]]
    if len(child.parents) > 1 and rng.random() < 0.5:
        took_part.append(child.parents[1])
    if (today - child.date_of_birth).days >= 6 * 365 and rng.random() < 0.5:
        took_part.append(f"{child.first_name} (for part of the {'call' if 'call' in own['method'] else 'visit'})")
    older = [name for name, born in household if (today - born).days >= 8 * 365]
    if older and rng.random() < 0.6:
        name = older[0]
        took_part.append(f"{name} ({rng.choice(RELATIONS)})")
    rows.append((rng.choice(("Who took part in the conversation", "Family members spoken to", "Present")),
                 ", ".join(took_part)))
    _details(document, rng, rows, details_style if details_style != "boxes" else "table")

    # --- the conversation -------------------------------------------------------------------
    view, difference = own["family_view"], own["difference_made"]
    quoted = rng.random() < 0.5
    if talk_style == "questions":
        heading("The conversation")
        grid = table(document, 3, 2)
        label(grid.cell(0, 0), "How was the conversation held?", "E2EFDA")
        _method(grid.cell(0, 1).paragraphs[0], rng, own["method"], method_style)
        label(grid.cell(1, 0), rng.choice(("What help have you had, and what did you think of it?",
                                           "What the family told us about the help")), "E2EFDA")
        write(grid.cell(1, 1), f"\u201c{view}\u201d" if quoted else view)
        label(grid.cell(2, 0), rng.choice(("What difference has the help made?", "What has changed for the family?")),
              "E2EFDA")
        write(grid.cell(2, 1), difference)
    else:
        heading("How we spoke with the family")
        line = paragraph(document)
        run(line, rng.choice(("How the conversation was held: ", "Type of contact: ")), bold=True)
        _method(line, rng, own["method"], method_style)
        if rng.random() < 0.5:
            paragraph(document, f"About {rng.choice((30, 40, 45, 60))} minutes.", italic=True, size=9)
        heading("What the family told us")
        paragraph(document, rng.choice(("In their own words – what help have you had, and what did you think of it?",
                                        "What the family said about the help:")), bold=True)
        if rng.random() < 0.5:
            box = table(document, 1, 1)
            write(box.cell(0, 0), f"\u201c{view}\u201d" if quoted else view)
        else:
            paragraph(document, f"\u201c{view}\u201d" if quoted else view, italic=quoted)
        paragraph(document, rng.choice(("What difference has the help made?", "What has changed for the family?")),
                  bold=True)
        paragraph(document, difference)

    # --- what went well / better ----------------------------------------------------------------
    heading(rng.choice(("What went well and what could be better", "Learning from the conversation")))
    well = rng.choice(("What went well", "What worked well for the family"))
    better = rng.choice(("What could be better", "Even better if"))
    if lists_style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), well, "E2EFDA")
        label(grid.cell(0, 1), better, "FCE4D6")
        for text in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {text}")
        for text in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {text}")
    else:
        for heading_text, items in ((well, sample.strengths), (better, sample.development_areas)):
            paragraph(document, heading_text, bold=True)
            for number, text in enumerate(items, 1):
                paragraph(document, f"\u2022 {text}" if lists_style == "bullets" else f"{number}) {text}")

    # --- safety ------------------------------------------------------------------------------
    heading("Safety")
    paragraph(document, rng.choice(SAFETY), bold=True)
    answer = paragraph(document)
    style = rng.choice(("strike", "typed", "tick"))
    if style == "strike":
        run(answer, "Yes", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(answer, " / ")
        run(answer, "No", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    elif style == "tick":
        run(answer, ("\u2612" if sample.urgent_concern else "\u2610") + " Yes     ")
        run(answer, ("\u2610" if sample.urgent_concern else "\u2612") + " No")
    else:
        run(answer, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "NO – none raised")), bold=True)
    if sample.urgent_concern:
        detail = paragraph(document)
        run(detail, "If yes, what did you do? ", bold=True)
        run(detail, sample.urgent_concern_detail)

    # --- actions --------------------------------------------------------------------------------
    heading(rng.choice(("Action plan", "What happens next")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Person responsible", "Target date",
                                                             "Completed?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")

    # --- Head of Service ------------------------------------------------------------------------
    moderation = sample.moderation
    if moderation or rng.random() < 0.6:
        heading(rng.choice(("Head of Service comments", "Read by Head of Service")))
        if hos_style == "box":
            box = table(document, 3, 2)
            for row, text in zip(box.rows, ("Name", "Date read", "Comments")):
                label(row.cells[0], text, "F2F2F2")
            if moderation:
                write(box.cell(0, 1), moderation.moderator, colour=ink)
                write(box.cell(1, 1), when(moderation.date), colour=ink)
                for comment in moderation.comments:
                    write(box.cell(2, 1), comment, colour=ink)
            else:
                shade(box.cell(2, 1)._tc, "FAFAFA")
        elif moderation:
            for comment in moderation.comments:
                paragraph(document, comment, colour=ink)
            paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                      italic=True)
        else:
            paragraph(document, rng.choice(("Not yet read.", "Awaiting Head of Service.")), italic=True)

    data = finish_docx(document, title, sample.date, moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(born, *(when(day) for _, day in household)))
