"""Thematic audit return: a service's audit of one theme (neglect, child
exploitation, children missing from home, domestic abuse, transitions to
adult services) across a handful of children's cases, written up on the
summary return a safeguarding partnership asks each agency to send with its
audit report. Numbered parts: about the audit (agency, service, theme, why
the audit was done and how, ticked in lists of boxes, the audit lead, the
date the audit was completed and the period looked at), the sample of
cases, what was found against each audit question, what is working well
and what needs to improve, what children and families told the auditors,
the overall conclusion, recommendations with a lead and a target date, any
immediate safeguarding concern found on the way, and sign-off.

Modelled on the single agency audit arrangements of the Portsmouth
Safeguarding Children Board / Partnership ("Tools for audit and reviews":
every agency checks the quality of its safeguarding and early help
practice by reviewing case files, assessments and plans, case reviews and
interviews with families, completes one summary template for each audit
and sends it with the audit report to the partnership, so that the
findings inform the multi-agency audit programme and training), with the
grading against quality standards of Portsmouth's safeguarding and early
help compact audit. The pages describe the arrangements and say that a
template is completed; they do not show the template, so the layout is our
judgement: the details table with tick-box lists for the reason and the
method, the sample as a table (references with the case system's prefix,
the child by initials or by name, the plan, sometimes each case's own
grade or RAG rating) or as references on one line or lettered cases with
no reference, the audit questions each graded (typed informally, a number
on a printed key, the chosen grade highlighted or the others struck
through) or not graded at all in the shorter version, the overall grade
typed, in a sentence or among the four with the others struck through,
recommendations as a table or numbered lines, and the sign-off by the
Head of Service (when a Quality Assurance officer or a manager led the
audit) or the Assistant Director, agreeing or not with the grade.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.enum.text import WD_COLOR_INDEX

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.people import invent_child
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

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
    run,
    table,
    write,
)

FAMILY = "thematic_review"
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

THEMES = (
    "Neglect – use of the neglect toolkit in assessments",
    "Children missing from home and care – return home interviews",
    "Child criminal exploitation",
    "Domestic abuse – children living with domestic abuse",
    "Transition to adult services for disabled young people",
    "Pre-birth assessment and planning",
    "Harmful sexual behaviour",
    "Private fostering arrangements",
)
REASONS = ("Planned (annual audit programme)", "Learning from a local or national review",
           "Performance data", "Requested by the Partnership")
METHODS = ("Case file review", "Conversations with practitioners", "Feedback from children and families",
           "Observation of a meeting", "Practitioner questionnaire")
PLANS = ("Child in Need", "Child Protection", "Child Looked After", "Early Help", "Care leaver")
# The audit questions, each with its prompt; a form asks four to six.
QUESTIONS = (
    ("Recognition and early response", "Was the worry recognised early and acted on?"),
    ("Assessment of risk and need", "Does the assessment analyse the risk and the history?"),
    ("Voice and lived experience of the child", "Do we know what life is like for the child?"),
    ("Multi-agency working and information sharing", "Did agencies share what they knew and act together?"),
    ("Planning and review", "Is there a clear plan, reviewed, with timescales?"),
    ("Management oversight and supervision", "Is there clear direction from managers at key points?"),
    ("Impact for the child", "What has changed for the children in the sample?"),
)
# What the auditors found, by audit question (in the order of QUESTIONS).
FOUND = (
    ("In most cases the first contact was acted on the same day; two referrals waited over a week.",
     "Schools and health visitors raised the worry early, but earlier low-level concerns were not linked."),
    ("Chronologies were in place on most files but were not always used to inform the analysis.",
     "Risk assessment tools were completed but the analysis did not always follow from them."),
    ("The child's own words appear in assessments; fewer plans say how their views changed the plan.",
     "Workers knew the children well and visits were purposeful and recorded promptly."),
    ("Strategy discussions included police and health in every case; schools were missed twice.",
     "Escalation between agencies was used appropriately in two cases and resolved quickly."),
    ("Plans named the worries clearly, though several actions had no timescale.",
     "Fathers and male carers were rarely part of the assessment or the plan."),
    ("Supervision records show direction at the start but little challenge once the plan was in place.",
     "Managers recorded the reasons for key decisions in every case sampled."),
    ("Most children are safer and attending school more often than when the work began.",
     "For two children the same worries remain a year on, with no change of plan."),
)
WELL = (
    "Workers spent time with the children on their own and recorded what they said.",
    "Multi-agency meetings were well attended and minutes were shared within a week.",
    "Managers' decisions at the start of each case were clear and recorded with reasons.",
    "Practitioners could describe the theme's guidance and used the toolkit confidently.",
    "Families were referred on quickly to specialist services when needed.",
)
BETTER = (
    "Plans need clear timescales and a named person for each action.",
    "The history of previous involvement was not always considered in assessments.",
    "Information from adult services was not consistently sought.",
    "Case summaries had not been updated after significant events.",
    "Management oversight is not recorded once plans are in place.",
)
VOICES = (
    "Two young people said they had a worker they trusted and could text when things went wrong. One parent "
    "said she had to repeat her story to every new professional.",
    "Parents told us the meetings felt less frightening when the plan was explained beforehand. One young "
    "person said nobody asked him why he kept going missing until the third time.",
    "Three families took part. They valued being seen at home and at times that suited them; two said written "
    "plans were hard to follow.",
    "A young person said meetings about her felt like being told off. Carers said they were not told the "
    "outcome of the strategy meeting.",
)
RECOMMENDATIONS = (
    "Refresh the practice guidance on the theme at team meetings across the service.",
    "Add a prompt on the child's history to the assessment template.",
    "Re-audit the same theme in six months to test the impact of the actions.",
    "Share the learning at the Partnership's practice forum and in the next newsletter.",
    "Practice managers to check every plan in the sample for timescales and owners.",
)
CONCLUSIONS = (
    "The sample shows a service that recognises the issue but does not yet analyse it consistently.",
    "Across the sample children were safer, but planning and oversight vary between teams.",
    "The audit found practice that is child-focused in most cases, with gaps in multi-agency planning.",
)
URGENT = (
    "Case {ref}: the child had been missing three times in a month with no strategy discussion; raised with the "
    "team manager on the day and a strategy meeting was held the next morning.",
    "Case {ref}: a new partner in the household had not been checked; referred back to the allocated team "
    "the same day.",
)
SIGN_OFF_AGREES = ("I agree with the findings and the grade; the recommendations will go to the QA subgroup.",
                   "Findings agreed and the action plan accepted.")
SIGN_OFF_CHANGES = ("Having read two of the files myself I do not agree with the overall grade.",
                    "The sample does not support the auditor's judgement; grade changed.")
SIGN_OFF_REMARKS = ("Thank you – a helpful audit. Please bring the action plan to the next service meeting.",
                    "Noted. I would like the re-audit to include the Early Help cases.")
ROLES = {"head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "qa_team": "Quality Assurance Officer", "safeguarding_practice_manager": "Safeguarding Practice Manager"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(9404)
    samples = tool_samples(count, seed=9404, today=today, kinds=(THEMATIC_AUDIT,))
    return [_form(rng, index, sample, today) for index, sample in enumerate(samples)]


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def _near(rng: random.Random, grade: str) -> str:
    position = GRADE_ORDER.index(grade) + rng.choice((-1, 0, 0, 0, 1))
    return GRADE_ORDER[min(max(position, 0), 3)]


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    head = _staff(sample.auditor)
    graded = index % 4 != 3  # every fourth file is the shorter version with no grades
    theme = rng.choice(THEMES)
    early = head.service == "Early Help"

    # Who led the audit: the Head of Service, or a QA officer or manager with the Head of Service signing off.
    if rng.random() < 0.4:
        lead = rng.choice([member for member in STAFF if member.role in ("qa_team", "safeguarding_practice_manager")])
        signer = head
    else:
        lead = head
        signer = next(member for member in STAFF if member.email == head.reports_to)
    auditor = lead.name

    # The sample.
    total = rng.randint(4, 7)
    digits = [str(rng.randint(1_000_000, 9_999_999)) for _ in range(total)]
    prefix = rng.choice(CASE_PREFIXES)
    refs = [early_help_reference(rng, case) if early else f"{prefix}{case}" for case in digits]
    sample_style = rng.choice(("table", "table", "table", "line", "lettered"))
    named = sample_style == "table" and rng.random() < 0.4
    children = [invent_child(rng, today) for _ in range(total)]

    # The grades.
    grade = rng.choices(GRADE_ORDER, weights=(6, 45, 39, 10))[0] if graded else None
    case_grade_style = rng.choice(("grade", "rag", None)) if sample_style == "table" and graded else None
    asked = QUESTIONS[: rng.randint(4, 6)] if rng.random() < 0.6 else tuple(
        sorted(rng.sample(QUESTIONS, rng.randint(4, 6)), key=QUESTIONS.index))
    found = [rng.choice(FOUND[QUESTIONS.index(question)]) for question in asked]
    sections = tuple(Section(name, _near(rng, grade), text) for (name, _), text in zip(asked, found)) if graded else ()

    strengths = tuple(rng.sample(WELL, rng.randint(1, 4)))
    development = tuple(rng.sample(BETTER, rng.randint(1, 3)))
    voice = rng.choice(VOICES) if rng.random() < 0.85 else None
    actions = tuple(SampleAction(text, rng.choice((signer.name, lead.name, "Practice managers", "QA team")),
                                 _weekday(sample.date + timedelta(days=rng.randint(21, 120))))
                    for text in rng.sample(RECOMMENDATIONS, len(sample.actions)))
    if rng.random() < 0.15:
        actions = ()
    urgent = rng.random() < 0.2
    urgent_ref = rng.choice(refs) if sample_style != "lettered" else rng.choice("ABCD")

    moderation = None
    if rng.random() < 0.55:
        outcome = rng.choice(("agrees", "changes", "remarks")) if graded else "remarks"
        moderated = grade
        comments = SIGN_OFF_AGREES
        if outcome == "changes":
            moderated = GRADE_ORDER[GRADE_ORDER.index(grade) + (1 if grade != INADEQUATE else -1)]
            comments = SIGN_OFF_CHANGES
        elif outcome == "remarks":
            moderated, comments = None, SIGN_OFF_REMARKS
        moderation = Moderation(signer.name, min(_weekday(sample.date + timedelta(days=rng.randint(2, 9))), today),
                                (rng.choice(comments),), {}, moderated)

    own = [ToolField("theme", "Audit topic", theme, theme),
           ToolField("cases_sampled", "Number of cases audited", str(total), total)]
    if sample_style != "lettered":
        own.append(ToolField("sampled_case_ids", "", None, list(refs)))
    if voice:
        own.append(ToolField("family_voice", "What children and families told us", voice, voice))
    sample = replace(sample, auditor=auditor, grade=grade, sections=sections, strengths=strengths,
                     development_areas=development, actions=actions, own=tuple(own), urgent_concern=urgent,
                     urgent_concern_detail=rng.choice(URGENT).format(ref=urgent_ref) if urgent else None,
                     moderation=moderation)

    # --- the document -------------------------------------------------------------------------
    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL – SENSITIVE")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Single agency audit summary – template v{rng.choice(('1.2', '2', '2.1'))}", size=8)
    title = rng.choice(("Single Agency Audit – Summary Return", "Thematic Audit Summary",
                        "Themed Audit Report to the Safeguarding Children Partnership"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Complete one summary for each audit and send it, with the full audit report, to the "
                        "Partnership business unit. Do not include children's names in the published summary.",
              italic=True)
    tick, empty = rng.choice((("☒", "☐"), ("\u2611", "\u2610"), ("X", "")))

    # 1. About the audit
    brand_heading(document, "1. About the audit", brand)
    lead_role = ROLES.get(lead.role, "")
    lead_text = f"{auditor}, {lead_role}" if lead_role and rng.random() < 0.7 else auditor
    period_end = sample.date.replace(day=1) - timedelta(days=1)
    period_start = (period_end - timedelta(days=rng.choice((90, 180)))).replace(day=1)
    rows = [
        ("Agency", f"{COUNCIL} Children's Services"),
        (rng.choice(("Service area", "Service / team audited")), sample.service),
        (rng.choice(("Audit topic", "Theme of the audit", "What was audited?")), theme),
        (rng.choice(("Audit lead", "Lead officer (name and role)", "Audit completed by")), lead_text),
        (rng.choice(("Date audit completed", "Date of audit", "Audit meeting held on")), when(sample.date)),
        (rng.choice(("Period under review", "Records looked at from")),
         f"{period_start:%B %Y} to {period_end:%B %Y}"),
    ]
    count_shown = sample_style != "table" or rng.random() < 0.6
    if count_shown:
        rows.append((rng.choice(("Number of cases audited", "How many cases?", "Sample size")), str(total)))
    details = table(document, len(rows) + 2, 2)
    for row, (text, value) in zip(details.rows, rows):
        label(row.cells[0], text, "E7E6E6")
        write(row.cells[1], value)
    reason = rng.choice(REASONS)
    chosen_methods = {METHODS[0], *rng.sample(METHODS[1:], rng.randint(1, 3))}
    label(details.rows[len(rows)].cells[0], "Why was this audit carried out?", "E7E6E6")
    for text in REASONS:
        write(details.rows[len(rows)].cells[1], f"{tick if text == reason else empty} {text}".strip())
    label(details.rows[len(rows) + 1].cells[0], "How was the audit carried out? (tick all that apply)", "E7E6E6")
    for text in METHODS:
        write(details.rows[len(rows) + 1].cells[1], f"{tick if text in chosen_methods else empty} {text}".strip())
    document.add_paragraph()

    # 2. The sample
    brand_heading(document, "2. Cases in the sample", brand)
    if sample_style == "line":
        paragraph(document, rng.choice(("Case references: ", "Cases audited: ")) + "; ".join(refs))
    elif sample_style == "lettered":
        paragraph(document, "Cases are identified by letter only; the references are held by the QA team.",
                  italic=True)
        for letter in "ABCDEFG"[:total]:
            paragraph(document, f"Case {letter} – {rng.choice(PLANS)}, aged {rng.randint(2, 17)}")
    else:
        heads = ["No.", "Case reference", "Child" if named else "Initials", "Plan at time of audit"]
        if case_grade_style:
            heads.append("Case grade" if case_grade_style == "grade" else "RAG")
        grid = table(document, total + 1, len(heads))
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "D9E2F3")
        for number, (row, ref, child) in enumerate(zip(grid.rows[1:], refs, children), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], ref)
            write(row.cells[2], child.full_name if named else f"{child.first_name[0]}.{child.surname[0]}.")
            write(row.cells[3], rng.choice(PLANS))
            if case_grade_style == "grade":
                write(row.cells[4], informal_grade(rng, _near(rng, grade)))
            elif case_grade_style == "rag":
                write(row.cells[4], rng.choice(("Green", "Amber", "Amber", "Red")))
    document.add_paragraph()

    # 3. Findings against the audit questions
    brand_heading(document, "3. What we found", brand)
    style = rng.choice(("typed", "number", "highlight", "strike")) if graded else None
    if style == "number":
        paragraph(document, "Rating key:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  bold=True)
    if graded:
        for number, ((name, prompt), section) in enumerate(zip(asked, sample.sections), start=1):
            box = table(document, 3, 2)
            merged = box.cell(0, 0).merge(box.cell(0, 1))
            label(merged, f"Q{number}. {name}", "F2F2F2")
            write(merged, prompt, italic=True)
            label(box.cell(1, 0), "Findings")
            write(box.cell(1, 1), section.comment)
            label(box.cell(2, 0), "Rating")
            _grade_cell(rng, box.cell(2, 1), section.grade, style)
            document.add_paragraph()
    else:
        for number, ((name, _), text) in enumerate(zip(asked, found), start=1):
            paragraph(document, f"{number}. {name}", bold=True)
            paragraph(document, text)
        document.add_paragraph()

    # 4. Working well / needs to improve
    brand_heading(document, "4. Summary of findings", brand)
    pair = rng.choice((("What is working well", "What needs to improve"), ("Strengths", "Areas for improvement"),
                       ("Good practice identified", "What we are worried about")))
    if rng.random() < 0.5:
        summary = table(document, 2, 2)
        for column, (text, items) in enumerate(zip(pair, (strengths, development))):
            label(summary.cell(0, column), text, "E2EFD9" if column == 0 else "FBE4D5")
            for item in items:
                write(summary.cell(1, column), f"• {item}")
    else:
        for text, items in zip(pair, (strengths, development)):
            paragraph(document, text, bold=True)
            for item in items:
                document.add_paragraph(item, style="List Bullet")
    document.add_paragraph()

    # 5. Children and families
    if voice:
        brand_heading(document, rng.choice(("5. What children and families told us",
                                             "5. Voice of children, young people and families")), brand)
        box = table(document, 1, 1)
        write(box.cell(0, 0), voice)
        document.add_paragraph()

    # 6. Conclusion
    brand_heading(document, "6. Overall conclusion", brand)
    paragraph(document, rng.choice(CONCLUSIONS))
    if graded:
        overall = rng.choice(("typed", "sentence", "strike", "table"))
        if overall == "sentence":
            verdict = "requires improvement" if grade == REQUIRES_IMPROVEMENT else f"is {WORDS[grade].lower()}"
            paragraph(document, f"The audit team's overall judgement is that practice across the sample {verdict}.")
        elif overall == "strike":
            line = paragraph(document, "Overall grade:  ", bold=True)
            for position, option in enumerate(GRADE_ORDER):
                run(line, WORDS[option], strike=option != grade, bold=option == grade)
                if position < 3:
                    run(line, "  /  ")
        elif overall == "table":
            box = table(document, 1, 2)
            label(box.cell(0, 0), rng.choice(("Overall judgement", "Overall grade for the sample")), "F2F2F2")
            write(box.cell(0, 1), informal_grade(rng, grade, note_chance=0.3))
        else:
            line = paragraph(document, "Overall grade: ", bold=True)
            run(line, informal_grade(rng, grade, note_chance=0.3))
    document.add_paragraph()

    # 7. Recommendations
    brand_heading(document, "7. Recommendations and action plan", brand)
    if not actions:
        paragraph(document, rng.choice(("No recommendations: the learning will be shared through team meetings.",
                                        "None arising from this audit.")))
    elif rng.random() < 0.6:
        heads = rng.choice((("No.", "Recommendation", "Lead", "Target date", "Progress"),
                            ("No.", "Action", "Who", "By when", "RAG")))
        plan = table(document, len(actions) + 1, 5)
        for cell, text in zip(plan.rows[0].cells, heads):
            label(cell, text, "D9E2F3")
        for number, (row, action) in enumerate(zip(plan.rows[1:], actions), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
            write(row.cells[4], rng.choice(("Not started", "", "In progress")))
    else:
        for number, action in enumerate(actions, start=1):
            paragraph(document, f"{number}. {action.action} Lead: {action.owner}. By {when(action.due)}.")
    document.add_paragraph()

    # 8. Immediate concerns
    brand_heading(document, "8. Immediate safeguarding concerns", brand)
    question = table(document, 2, 2)
    label(question.cell(0, 0), "Did the audit identify any child at immediate risk of harm?", "F2F2F2")
    write(question.cell(0, 1), rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "No", "None identified")))
    label(question.cell(1, 0), "If yes, what was done?", "F2F2F2")
    write(question.cell(1, 1), sample.urgent_concern_detail if urgent else rng.choice(("N/A", "", "–")))
    document.add_paragraph()

    # 9. Sign-off
    signer_role = ROLES.get(signer.role, "")
    brand_heading(document, f"9. Sign-off by {signer_role or 'senior manager'}", brand)
    sign = table(document, 4 if graded else 3, 2)
    label(sign.cell(0, 0), "Name", "F2F2F2")
    label(sign.cell(1, 0), "Date", "F2F2F2")
    label(sign.cell(2, 0), "Comments", "F2F2F2")
    if graded:
        label(sign.cell(3, 0), rng.choice(("Moderated grade", "Senior manager's grade")), "F2F2F2")
    if moderation:
        colour = ink if rng.random() < 0.6 else None
        write(sign.cell(0, 1), moderation.moderator, colour=colour)
        write(sign.cell(1, 1), when(moderation.date), colour=colour)
        write(sign.cell(2, 1), moderation.comments[0], colour=colour)
        if graded:
            if moderation.grade:
                agree = "Agree" if moderation.grade == grade else "Disagree"
                written = informal_grade(rng, moderation.grade)
                write(sign.cell(3, 1), f"{agree} – {written}" if rng.random() < 0.5 else written, colour=colour)
            else:
                write(sign.cell(3, 1), "", colour=colour)
    return held_out(FAMILY, index, sample, finish_docx(document, title, sample.date, (moderation.moderator
                                                                                      if moderation else auditor)),
                    "docx", others=tuple(child.full_name for child in children) if named else ())


def _grade_cell(rng: random.Random, cell, grade: str, style: str) -> None:
    if style == "number":
        number = GRADE_ORDER.index(grade) + 1
        write(cell, str(number) if rng.random() < 0.5 else f"{number} – {WORDS[grade]}")
    elif style == "highlight":
        line = cell.paragraphs[0]
        for position, option in enumerate(GRADE_ORDER):
            added = run(line, WORDS[option], bold=option == grade)
            if option == grade:
                added.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN if rng.random() < 0.3 else WD_COLOR_INDEX.YELLOW
            if position < 3:
                run(line, "   ")
    elif style == "strike":
        line = cell.paragraphs[0]
        for position, option in enumerate(GRADE_ORDER):
            run(line, WORDS[option], strike=option != grade)
            if position < 3:
                run(line, " / ")
    else:
        write(cell, informal_grade(rng, grade, note_chance=0.3))
