"""Moderation overview report: the Word report a Head of Service writes
after moderating the case file audits their managers completed in a month.
Who moderated, when, and which month's audits; the audits moderated (the
case reference, the team or worker, the auditor, the auditor's grade,
whether the moderator agreed, the moderated grade), the themes the
moderation found across the sample (what is working well, what needs to
improve), whether any child was found at risk that needed escalating the
same day, the actions for the service, and the Assistant Director's
sign-off of the report.

Modelled on Derbyshire County Council's children's services as published
accounts of Ofsted's visits describe them (WillisPalmer, "Quality of child
protection work is too inconsistent in Derbyshire, warns Ofsted": senior
leaders have an accurate view of the quality of practice and understand
their service well; practice mostly compliant and focused on getting the
basics right; children's views captured in assessments, but plans with
unrealistic expectations of parents, delay in addressing neglect for a few
children, and children's experiences not well reflected in the written
records), with the Derbyshire Safeguarding Children Board's news of its
mock inspections (December 2017: plans not SMART, a toolkit not used to
identify risk). Neither shows a form, so the layout is our own judgement:
the details as a two-column table, a four-column grid, a strip of cells
with the label over the value, or labelled lines; the audits as a table
(an "Agree?" column with the moderated grade typed beside it or left
blank where the moderator agreed, an outcome column in words, or the
auditor's grade struck through with the new one typed after it in the
moderator's colour) or as one numbered line per case; grades typed
informally or as numbers on a printed key (1 = Outstanding ... 4 =
Inadequate); references with a case system's prefix or plain; themes as
a two-column table or as lists under headings; the same-day escalation
question answered; actions as a table, as lines or a sentence saying
there are none this month; and the Assistant Director's sign-off box
typed in colour, left waiting, or not on the template. The truth lists
each case reference as written with its grade after moderation (the
auditor's grade where the moderator agreed); the report itself has no
case, grade, practitioner or team of its own, and names no child.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, SampleAction, sample_forms
from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT
from bot.samples.people import head_of_service_over, manager_of
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
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
    new_document,
    paragraph,
    recount,
    run,
    table,
    write,
)

FAMILY = "moderation_overview_report"
SEED = 4649
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
KEY_NUMBERS = dict(zip(GRADE_ORDER, "1234"))
KEY_LINE = ("Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
            "Key: 1 Outstanding | 2 Good | 3 Requires Improvement | 4 Inadequate")

TITLES = ("Head of Service Moderation Overview", "Audit Moderation – Monthly Overview Report",
          "Moderation of Case File Audits: Head of Service Report", "Monthly Audit Moderation Summary")
METHODS = ("Desktop moderation of the audit and the case record",
           "Moderation conversation with each auditor, then a read of the record",
           "Read of the completed audit tools and the child's record on Mosaic",
           "Moderation panel with the practice managers")

STRENGTHS = (
    "In 5 of the 8 cases moderated the child's views were captured in the assessment and used in the plan.",
    "Statutory visits were in timescale in nearly every case and the basics were in place.",
    "In 4 of the 8 cases moderated the social worker knew the child well and described their day-to-day life.",
    "Oversight of children at risk of exploitation was strong, with clear decisions recorded after each "
    "strategy meeting.",
    "Auditors' judgements were mostly well evidenced and consistent with the record.",
    "Management oversight was recorded at the key decision points in most cases.",
)
DEVELOPMENT = (
    "In 3 of the 8 cases moderated the plan expected parents to overcome long-standing substance misuse in "
    "timescales that were not realistic.",
    "Where neglect was the main concern, action to address it was slow in a few cases.",
    "Children's experiences were better described by workers in conversation than in the written record.",
    "In 2 of the 8 cases moderated the plan was not SMART, so progress could not be measured.",
    "Some auditors graded compliance rather than the impact of the work on the child.",
    "Risk at the start of child protection work was not clearly identified in some records.",
)
ACTIONS = (
    "Practice managers to review every child protection plan in their team for realistic, SMART outcomes.",
    "Neglect toolkit to be completed at the start of every neglect case; compliance checked in supervision.",
    "Auditor calibration session at the next managers' meeting, using two of this month's audits.",
    "Recording workshop on writing the child's lived experience into case notes and assessments.",
    "Re-audit the cases graded inadequate within eight weeks.",
    "Service managers to sample plans in their area each month and report to the Head of Service.",
)
OWNERS = ("Practice managers", "QA Team", "Principal Social Worker", "Service Manager")
NO_ACTIONS = ("No new service actions this month – last month's actions remain open and are on track.",
              "There are no further actions from this month's moderation.",
              "No actions arising beyond the case-level actions already agreed with the auditors.")
URGENT_QUESTIONS = ("Did moderation identify any child at risk of immediate harm? If yes, what was done?",
                    "Any cases escalated on the day of moderation (child at immediate risk)?",
                    "Immediate safeguarding concerns identified through moderation")
URGENT_DETAILS = (
    "Yes – {ref}: no visit for seven weeks and new information about domestic abuse not acted on. Returned to "
    "the practice manager the same day; visit completed within 24 hours and strategy discussion held.",
    "Yes – {ref}. Risk from a new partner not assessed. Escalated to the Service Manager on the day of "
    "moderation; safety plan now in place.",
)
NO_URGENT = ("No", "No – none identified.", "No concerns requiring escalation.", "None")
AD_COMMENTS = (
    "Thank you – a clear overview. Please bring the neglect theme to the next Practice Improvement Board.",
    "I agree with the moderation outcomes and the actions. The re-audits must be tracked on the QA log.",
    "Noted. The gap between auditors' and moderated grades needs discussing at the auditors' forum.",
)
AWAITING = ("Awaiting AD sign-off", "", "")
AGREE_WORDS = {True: ("Yes", "Y", "Agree", "\u2713"), False: ("No", "N", "Disagree", "\u2717")}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    reports = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [sample for sample in sample_forms(600, seed=SEED + 1, today=today, feedback_question=True)
            if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)]
    # What each report does, spread over the family: two escalate a case, two carry the
    # Assistant Director's comments, two find the moderator agreed with every auditor.
    plan = {
        "urgent": _spread(rng, count, 2),
        "signed": _spread(rng, count, 2),
        "all_agreed": _spread(rng, count, 2),
        "no_actions": _spread(rng, count, 3),
        "no_service": _spread(rng, count, 2),
        "cases": [3 + (index * 5) % 6 for index in range(count)],
    }
    rng.shuffle(plan["cases"])
    used: set[str] = set()
    return [_form(rng, index, sample, today, pool, used, {key: flags[index] for key, flags in plan.items()})
            for index, sample in enumerate(reports)]


def _spread(rng: random.Random, count: int, chosen: int) -> list[bool]:
    flags = [True] * chosen + [False] * (count - chosen)
    rng.shuffle(flags)
    return flags


def _member(name: str):
    return next(member for member in STAFF if member.name == name)


def _neighbour(rng: random.Random, grade: str) -> str:
    position = GRADE_ORDER.index(grade)
    return rng.choice([GRADE_ORDER[step] for step in (position - 1, position + 1) if 0 <= step < len(GRADE_ORDER)])


def _cases(rng: random.Random, head: str, pool, used: set[str], wanted: int, all_agreed: bool):
    """The audits this Head of Service moderated: (audit sample, auditor's grade, moderated grade)."""
    mine = [audit for audit in pool if audit.case_id not in used and audit.auditor != head
            and (head_of_service_over(_member(audit.auditor)) or _member(audit.auditor)).name == head]
    rng.shuffle(mine)
    chosen = mine[:wanted]
    rows = []
    for audit in chosen:
        used.add(audit.case_id)
        given = audit.grade
        moderated = audit.moderation.grade if audit.moderation and audit.moderation.grade else None
        if moderated is None:
            moderated = given if rng.random() < 0.7 else _neighbour(rng, given)
        if all_agreed:
            moderated = given
        rows.append((audit, given, moderated))
    if not all_agreed and all(given == moderated for _, given, moderated in rows):
        audit, given, _ = rows[-1]
        rows[-1] = (audit, given, _neighbour(rng, given))
    return rows


def _form(rng: random.Random, index: int, sample, today: date, pool, used: set[str], plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    head = sample.auditor
    own = {field.key: field for field in sample.own}
    period = own["period"].expected
    rows = _cases(rng, head, pool, used, plan["cases"], plan["all_agreed"])
    count = len(rows)
    # The case escalated the same day, where there is one: the one moderation judged worst.
    escalated = max(range(count), key=lambda position: GRADE_ORDER.index(rows[position][2]))
    if plan["urgent"] and not plan["all_agreed"] and rows[escalated][2] in (OUTSTANDING, GOOD):
        rows[escalated] = (rows[escalated][0], rows[escalated][1], INADEQUATE)

    # How this report writes references: one case system's prefix, or none.
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = []
    for audit, _, _ in rows:
        if audit.kind == EARLY_HELP_AUDIT and rng.random() < 0.5:
            references.append(early_help_reference(rng, audit.case_id))
        else:
            references.append(f"{prefix}{audit.case_id}")
    moderated_cases = {reference: moderated for reference, (_, _, moderated) in zip(references, rows)}

    show_count = rng.random() < 0.5
    fields = [ToolField("period", "Audit month", period, period)]
    if show_count:
        fields.append(ToolField("audits_moderated", "Number of audits moderated", str(count), str(count)))
    fields.append(ToolField("moderated_cases", "", None, moderated_cases))

    changes = {
        "own": tuple(fields),
        "strengths": recount(tuple(rng.sample(STRENGTHS, rng.randint(2, 4))), count),
        "development_areas": recount(tuple(rng.sample(DEVELOPMENT, rng.randint(1, 3))), count),
        "urgent_concern": plan["urgent"],
        "urgent_concern_detail": None,
    }
    if plan["no_service"]:
        changes["service"] = None
    if plan["no_actions"]:
        changes["actions"] = ()
    else:
        texts = rng.sample(ACTIONS, rng.randint(1, 4))
        start = sample.date
        changes["actions"] = tuple(
            SampleAction(text, rng.choice((head, *OWNERS)), start + timedelta(days=rng.choice((14, 21, 28, 35, 42, 56))))
            for text in texts)
    moderation = None
    if plan["signed"]:
        director = manager_of(_member(head))
        signed = min(today, sample.date + timedelta(days=rng.randint(2, 6)))
        moderation = Moderation(director.name, signed, tuple(rng.sample(AD_COMMENTS, rng.randint(1, 2))))
        changes["moderation"] = moderation
    sample = replace(sample, **changes)

    document = new_document(rng, landscape=rng.random() < 0.35)
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE", "Restricted – internal use only")), size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"QA framework – moderation overview template v{rng.choice(('1.2', '2.0', '3'))}", size=8)
    brand_heading(document, council_line(rng), brand, size=11)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    numbering = rng.choice(("{n}. {text}", "Part {n}: {text}", "{text}", "Section {n} – {text}"))

    def heading(number: int, text: str) -> None:
        brand_heading(document, numbering.format(n=number, text=text), brand)

    # 1. Details of the moderation.
    heading(1, rng.choice(("Moderation details", "About this moderation", "Details")))
    role = "Head of Service"
    moderator_label = rng.choice(("Moderated by", "Head of Service", "Moderator", "Completed by"))
    moderator_text = head if moderator_label == role else rng.choice((head, f"{head} ({role})", f"{head}, {role}"))
    details = [(moderator_label, moderator_text)]
    if sample.service:
        details.append((rng.choice(("Service", "Service area", "Service moderated")), sample.service))
    details.append((rng.choice(("Audit month", "Audits completed in", "Month of audits moderated")), period))
    details.append((rng.choice(("Date of moderation", "Date completed", "Report date", "Moderation completed on")),
                    when(sample.date)))
    if show_count:
        details.append((rng.choice(("Number of audits moderated", "Audits moderated", "No. of cases moderated")),
                        str(count)))
    if rng.random() < 0.6:
        details.append(("Method", rng.choice(METHODS)))
    _details(document, rng, details)
    document.add_paragraph()

    # 2. The audits moderated.
    heading(2, rng.choice(("Audits moderated", "Cases moderated this month", "Moderation outcomes by case")))
    grading = rng.choice(("words", "words", "key"))
    if grading == "key":
        paragraph(document, rng.choice(KEY_LINE), italic=True, size=9)

    def grade_text(grade: str) -> str:
        return KEY_NUMBERS[grade] if grading == "key" else informal_grade(rng, grade)

    shape = rng.choice(("agree_column", "agree_column", "outcome", "strike", "lines"))
    team_or_worker = rng.choice(("team", "worker", "both"))

    def who(audit) -> str:
        return {"team": audit.team, "worker": audit.practitioner,
                "both": f"{audit.practitioner} ({audit.team})"}[team_or_worker]

    if shape == "lines":
        for number, (reference, (audit, given, moderated)) in enumerate(zip(references, rows), start=1):
            line = paragraph(document, f"{number}. {reference}", bold=True)
            written = grade_text(given)
            run(line, f" – {who(audit)}. Audited by {audit.auditor}: {written}{'' if written.endswith('.') else '.'} ")
            if given == moderated:
                run(line, rng.choice(("Moderation: agreed.", "Agree with the auditor's grade.", "Agreed.")),
                    colour=ink)
            else:
                written = grade_text(moderated)
                run(line, f"Moderation: not agreed – moderated grade {written}{'' if written.endswith('.') else '.'}",
                    colour=ink, bold=True)
    else:
        blank_if_agreed = shape == "agree_column" and rng.random() < 0.5
        columns = ["No."] if rng.random() < 0.5 else []
        columns += [rng.choice(("Case ref", "Mosaic ID", "Case number", "Child's ID")),
                    {"team": "Team", "worker": rng.choice(("Worker", "Social worker")), "both": "Worker / team"}
                    [team_or_worker],
                    rng.choice(("Auditor", "Audited by")),
                    rng.choice(("Auditor's grade", "Audit grade", "Grade given"))]
        if shape == "agree_column":
            columns += [rng.choice(("Agree?", "Moderator agrees? Y/N", "Agreed")),
                        rng.choice(("Moderated grade", "Grade after moderation", "HoS grade"))]
        elif shape == "outcome":
            columns.append(rng.choice(("Moderation outcome", "Outcome of moderation")))
        else:
            columns.append(rng.choice(("Moderated grade", "Final grade")))
        if rng.random() < 0.5:
            columns.append(rng.choice(("Moderator's comment", "Comments")))
        grid = table(document, count + 1, len(columns))
        for cell, text in zip(grid.rows[0].cells, columns):
            label(cell, text, "D9E2F3")
        for number, (row, reference, (audit, given, moderated)) in enumerate(
                zip(grid.rows[1:], references, rows), start=1):
            cells = iter(row.cells)
            if columns[0] == "No.":
                write(next(cells), str(number))
            write(next(cells), reference)
            write(next(cells), who(audit))
            write(next(cells), audit.auditor)
            write(next(cells), grade_text(given))
            agreed = given == moderated
            if shape == "agree_column":
                write(next(cells), rng.choice(AGREE_WORDS[agreed]), colour=ink)
                target = next(cells)
                if not (agreed and blank_if_agreed):
                    write(target, grade_text(moderated), colour=ink, bold=not agreed)
            elif shape == "outcome":
                if agreed:
                    text = rng.choice(("Agreed", "Agreed with auditor", "Grade confirmed"))
                else:
                    text = rng.choice((f"Not agreed – {grade_text(moderated)}", f"Regraded to {grade_text(moderated)}",
                                       f"Changed to {grade_text(moderated)}"))
                write(next(cells), text, colour=ink)
            else:
                target = next(cells).paragraphs[0]
                if agreed:
                    run(target, grade_text(moderated), colour=ink)
                else:
                    run(target, grade_text(given), strike=True)
                    run(target, f" {grade_text(moderated)}", colour=ink, bold=True)
            if columns[-1] in ("Moderator's comment", "Comments"):
                write(next(cells), _comment(rng, GRADE_ORDER.index(moderated) - GRADE_ORDER.index(given)),
                      colour=ink)
    if rng.random() < 0.5:
        changed = sum(given != moderated for _, given, moderated in rows)
        agreed_count = count - changed
        paragraph(document, f"{agreed_count} of the {count} audit grades {'was' if agreed_count == 1 else 'were'} "
                            f"agreed at moderation"
                            f"{'' if not changed else f'; {changed} changed'}.", italic=True)
    document.add_paragraph()

    # 3. Themes across the sample.
    heading(3, rng.choice(("Themes from moderation", "Themes across the audits moderated", "Findings")))
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Good practice seen", "Practice that needs to improve")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFD9")
        label(grid.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(grid.cell(1, 0), item)
        for item in sample.development_areas:
            write(grid.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for text, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, text, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # 4. The same-day escalation question.
    heading(4, rng.choice(("Escalation", "Immediate concerns", "Safeguarding")))
    question = rng.choice(URGENT_QUESTIONS)
    if plan["urgent"]:
        answer = rng.choice(URGENT_DETAILS).format(ref=references[escalated])
    else:
        answer = rng.choice(NO_URGENT)
    if rng.random() < 0.5:
        grid = table(document, 1, 2)
        label(grid.cell(0, 0), question, "F2F2F2")
        write(grid.cell(0, 1), answer)
    else:
        paragraph(document, question, bold=True)
        paragraph(document, answer)
    document.add_paragraph()

    # 5. Actions for the service.
    heading(5, rng.choice(("Actions", "Service actions", "Actions arising from moderation")))
    if sample.actions:
        if rng.random() < 0.6:
            headers = rng.choice((("Action", "Lead", "By when"), ("No.", "Action", "Owner", "Target date"),
                                  ("Action", "Responsible", "Timescale", "Update")))
            grid = table(document, len(sample.actions) + 1, len(headers))
            for cell, text in zip(grid.rows[0].cells, headers):
                label(cell, text, "D9E2F3")
            for number, (row, action) in enumerate(zip(grid.rows[1:], sample.actions), start=1):
                cells = iter(row.cells)
                if headers[0] == "No.":
                    write(next(cells), str(number))
                write(next(cells), action.action)
                write(next(cells), action.owner)
                write(next(cells), when(action.due))
        else:
            for number, action in enumerate(sample.actions, start=1):
                line = paragraph(document, f"{number}. {action.action} ")
                run(line, f"({action.owner} – by {when(action.due)})", italic=True)
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # 6. The Assistant Director's sign-off.
    if moderation is not None or rng.random() < 0.6:
        heading(6, rng.choice(("Assistant Director sign-off", "Sign-off", "Senior manager comments")))
        box = table(document, 3, 2)
        for row, text in zip(box.rows, ("Assistant Director", "Date", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            for comment in moderation.comments:
                write(box.cell(2, 1), comment, colour=ink)
        else:
            note = rng.choice(AWAITING)
            if note:
                write(box.cell(2, 1), note, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else head)
    return held_out(FAMILY, index, sample, data, "docx")


def _comment(rng: random.Random, change: int) -> str:
    """The moderator's note on one audit: `change` is how many grades worse
    (positive) or better (negative) the moderated grade is."""
    if change == 0:
        return rng.choice(("Well evidenced.", "Agree – good analysis of impact.", "", "Evidence supports grade."))
    if change > 0:
        return rng.choice(("Impact for the child not evidenced.", "Plan not SMART; drift since review.",
                           "Auditor graded compliance, not impact.", "Neglect not addressed quickly enough."))
    return rng.choice(("Stronger than graded – see record.", "Child's voice is clear throughout; grade raised.",
                       "Good progress for the child not credited."))


def _details(document, rng: random.Random, details: list[tuple[str, str]]) -> None:
    """The moderation's details in one of four shapes."""
    shape = rng.choice(("two", "four", "strip", "lines"))
    if shape == "two":
        grid = table(document, len(details), 2)
        for row, (text, value) in enumerate(details):
            label(grid.cell(row, 0), text, "F2F2F2")
            write(grid.cell(row, 1), value)
    elif shape == "four":
        grid = table(document, (len(details) + 1) // 2, 4)
        for position, (text, value) in enumerate(details):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "F2F2F2")
            write(cells[2 * (position % 2) + 1], value)
    elif shape == "strip":
        short = [pair for pair in details if pair[0] != "Method"]
        grid = table(document, 1, len(short))
        for cell, (text, value) in zip(grid.rows[0].cells, short):
            write(cell, text, bold=True, size=8)
            write(cell, value)
        for text, value in details:
            if text == "Method":
                line = paragraph(document, f"{text}: ", bold=True)
                run(line, value)
    else:
        for text, value in details:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
