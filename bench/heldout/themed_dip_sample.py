"""Themed dip sample: a council's single-agency audit of a handful of
children's cases on one theme (neglect, exploitation, the child's identity,
family history), completed by a lead auditor from the service or the
Quality Assurance team on the council's own Word template and sent to the
Head of Service to sign off. About the dip sample (the theme and why it was
chosen, who led it, the date it was completed, the service, the period of
practice looked at, the number of cases and their references), the cases
sampled, the practice areas judged across the whole sample, the overall
judgement for the sample, what is working well and what we are worried
about, whether any child needed action that day, the actions agreed with
an owner and a date, and the Head of Service's sign-off.

Modelled on Leicester City Council's "Children's Social Care and Early Help
Division Quality Assurance Report" (Quarter 3, October – December 2018):
a quality assurance framework of case file audits and their moderation,
observation of practice, oversight by child protection chairs and IROs and
feedback from children and families, whose "next steps" name the themes
that later audits and audit events test (identity and diversity, analysis
of family history, risks and needs, genograms and chronologies, management
oversight on a new Signs of Safety supervision template, and more ways of
hearing from families). The report describes the framework, not a form, so
the layout is our own judgement: the details as a two-column table, as
label-over-value cells, as a banner row of three or as labelled lines; the
cases in a table, on one line or as a numbered list, with or without a
case system prefix; each practice area judged across the sample typed in
words, as a number on a printed key (1 = Outstanding or 1 = Inadequate,
as the key says), as the four judgements with the chosen one highlighted
or the others struck through, or in a grid with a column for each case and
one for the sample; the overall judgement typed, ticked in boxes or given
as a number on the key; the findings under the Signs of Safety headings
or plain ones, as bullets or in a two-column table; actions in a table, as
lines or a sentence saying none were needed; and the Head of Service's
sign-off typed in a colour in a box, or as a closing note, or left
waiting. Cases are referred to by reference only: no child is named.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING_PRACTICE_MANAGER,
    head_of_service_over,
    invent_case_id,
)
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
    date_writer,
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

FAMILY = "themed_dip_sample"
SEED = 6551
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = dict(zip(ORDER, ("Outstanding", "Good", "Requires improvement", "Inadequate")))
SHORT = dict(zip(ORDER, ("Outstanding", "Good", "Requires Improvement", "Inadequate")))

# The themes the service dip-samples, each with why it was chosen.
THEMES = (
    ("Identity and diversity in assessments",
     "QA surgery: assessments rarely say how the child's culture, faith and identity shape their needs."),
    ("Family history, genograms and chronologies",
     "Next steps from last quarter's QA report: history not analysed in assessments."),
    ("Neglect – use of the Graded Care Profile 2",
     "Performance book shows a rise in repeat child protection plans for neglect."),
    ("Children at risk of exploitation",
     "Themes from the CP chairs' and IROs' oversight alerts this quarter."),
    ("Management oversight on the Signs of Safety supervision template",
     "New supervision template introduced this quarter – is it moving plans on?"),
    ("Voice of the child in child in need plans",
     "Feedback from children and families says plans are not written with them."),
    ("Pre-birth assessments", "Audit event request from the Head of Service."),
)
REASON_FOR_SAMPLE_THEME = "Agreed at the QA meeting as this quarter's themed dip sample."
# Practice areas judged across the sample; each template keeps its own.
AREAS = (
    ("Analysis of risk and need", "Family history and genogram", "Chronology up to date and used",
     "Identity and diversity", "Child's voice and lived experience", "Management oversight"),
    ("Danger statements and safety goals", "Safety network", "Child's words and worries",
     "Use of tools (GCP2, genogram, chronology)", "Supervision moves the plan on"),
    ("Timeliness", "Quality of assessment", "Quality of plan", "Voice of the child", "Working with partners",
     "Impact for the child"),
)
STATUSES = ("CIN", "CP", "CiC", "CIN (s17)", "CP – neglect", "CP – emotional", "Early Help", "S47 – NFA")
TEAMS = ("Duty & Assessment", "CIN/CP 2", "CIN/CP 4", "Children in Care", "Disabled Children", "Early Help West",
         "Family Support", "Care Leavers")
STRENGTHS = (
    "In 5 of the 6 cases sampled the child had been seen alone and their words were on the record.",
    "Genograms were on file and current in most of the cases sampled.",
    "Chronologies were up to date and had been used to inform the assessment.",
    "Supervision records on the new template set out what needs to happen and by when.",
    "Workers knew the children well and could describe a day in their life.",
    "Partner agencies were invited to planning meetings and their information was used.",
    "Where the Graded Care Profile 2 was used it gave the family a clear picture of what needed to change.",
)
WORRIES = (
    "In 3 of the 6 cases sampled the assessment did not analyse the family history, it only listed it.",
    "Identity and diversity were recorded as tick boxes, with little about what they mean for the child.",
    "Danger statements were not written in words the family would understand.",
    "Fathers and paternal family were absent from the genogram and the safety network.",
    "Plans were not updated after significant events.",
    "The Graded Care Profile 2 was not used where neglect was the main worry.",
    "Management decisions were recorded without the reasons for them.",
)
ACTIONS = (
    "Practice workshop on analysing family history at the next service development day.",
    "Team managers to check a genogram is on every open file at the next supervision.",
    "Add identity and diversity prompts to the assessment template.",
    "Re-sample the theme next quarter, six new cases, same tool.",
    "GCP2 refresher sessions for CIN/CP teams.",
    "Share the findings at the next QA surgery and team meetings.",
    "Signs of Safety practice lead to coach teams on writing danger statements with families.",
)
OWNERS = ("Team managers", "Principal Social Worker", "QA Team", "Signs of Safety practice lead",
          "Workforce development", "Service manager")
NO_ACTIONS = ("No new actions – the findings are already in the service improvement plan.",
              "No actions arising from this dip sample. Learning to be shared at team meetings.",
              "Actions: none needed – practice met the standard in all cases sampled.")
URGENT = (
    "Case {ref}: no visit for nine weeks and the school's concerns about home conditions have not been assessed. "
    "Raised with the Team Manager the same day; strategy discussion held.",
    "Case {ref}: the young person was reported missing twice in the last month and there has been no return home "
    "interview. Escalated to the Head of Service on the day of the audit.",
    "Case {ref}: a new injury was noted by health and not followed up. Team Manager informed and a visit made "
    "that afternoon.",
)
URGENT_QUESTIONS = (
    "Did the dip sample find any child who needs action today to keep them safe?",
    "Any case needing immediate escalation?",
    "Were any children found to be at immediate risk? (If yes, tell the Team Manager the same day)",
)
NO_URGENT = ("No", "No.", "No – none of the cases sampled", "None identified")
CONFIRM_COMMENTS = (
    "I agree with the judgement. The learning on genograms should go to the next practice week.",
    "Agreed. Thank you for a thorough sample.",
    "Judgement agreed – please add the findings to the quarterly QA report.",
)
# What a Head of Service writes when lowering the judgement, then when raising it.
LOWER_COMMENTS = (
    "I have looked at two of the cases myself. The plans are not yet making a difference, so I cannot agree "
    "with the judgement.",
    "The judgement does not match the worries about the plans; moderated down.",
)
RAISE_COMMENTS = (
    "Having read the cases I think the auditor has been too cautious: the children's progress is clear.",
    "The findings show more impact for the children than the judgement gives credit for.",
)
REMARKS = (
    "Please make sure the actions are tracked in the service improvement plan.",
    "Seen. I would like the re-sample to include Early Help cases.",
    "Discussed with the lead auditor; findings to the next Practice Improvement Board.",
)
AWAITING = ("Awaiting sign-off", "", "Sent to HoS")
ROLES = {QA_TEAM: "QA Officer", PRACTICE_MANAGER: "Team Manager", EARLY_HELP_MANAGER: "Early Help Manager",
         SAFEGUARDING_PRACTICE_MANAGER: "Safeguarding Practice Manager", HEAD_OF_SERVICE: "Head of Service"}
LEADS = (QA_TEAM, PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    roles = ["urgent"] * 2 + ["comments"] * 2 + ["change"] * 3 + ["confirm"] * 2
    roles += ["plain"] * (count - len(roles))
    rng.shuffle(roles)
    grade_styles = ["typed", "key", "highlight", "strike", "grid"] * 4
    rng.shuffle(grade_styles)
    return [_form(rng, index, sample, today, role, grade_styles[index])
            for index, (sample, role) in enumerate(zip(samples, roles))]


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade) + rng.choice((-1, 0, 0, 1))
    return ORDER[min(max(position, 0), 3)]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    options = [ORDER[step] for step in (position - 1, position + 1) if 0 <= step < 4]
    return rng.choice(options)


def _lead(rng: random.Random, service: str, head: str):
    """Who led the dip sample: someone from the service or the QA team,
    sometimes the Head of Service themselves."""
    pool = [member for member in STAFF if member.role in LEADS and member.service == service]
    if not pool:
        pool = [member for member in STAFF if member.role == QA_TEAM]
    return rng.choice(pool)


def _form(rng: random.Random, index: int, sample, today: date, role: str, grade_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    own = {field.key: field for field in sample.own}
    count = own["cases_sampled"].expected
    case_ids = (list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own
                else [invent_case_id(rng) for _ in range(count)])
    prefix = rng.choice(("", "", "", *CASE_PREFIXES))
    references = [f"{prefix}{case_id}" for case_id in case_ids]

    if rng.random() < 0.6:
        theme, reason = rng.choice(THEMES)
    else:
        theme, reason = own["theme"].expected, REASON_FOR_SAMPLE_THEME

    # Who led it and who signs it off.
    head_member = next(member for member in STAFF if member.name == sample.auditor)
    lead = head_member if role == "plain" and rng.random() < 0.3 else _lead(rng, sample.service, sample.auditor)
    signatory = head_of_service_over(lead) if lead.role != HEAD_OF_SERVICE else lead
    if signatory is None or signatory.role != HEAD_OF_SERVICE:
        signatory = head_member

    # The judgements: overall, then each area near it.
    grade = rng.choices(ORDER, weights=(8, 42, 38, 12))[0]
    areas = rng.choice(AREAS)
    grades = [_nearby(rng, grade) for _ in areas]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    sections = tuple(Section(name, given, "") for name, given in zip(areas, grades))

    moderation = None
    if role in ("comments", "change", "confirm"):
        signed = sample.date + timedelta(days=rng.randint(2, 12))
        while signed.weekday() >= 5:
            signed += timedelta(days=1)
        signed = max(sample.date, min(signed, today))
        if role == "confirm":
            moderation = Moderation(signatory.name, signed, (rng.choice(CONFIRM_COMMENTS),), grade=grade)
        elif role == "change":
            moderated = _neighbour(rng, grade)
            pool = LOWER_COMMENTS if ORDER.index(moderated) > ORDER.index(grade) else RAISE_COMMENTS
            moderation = Moderation(signatory.name, signed, (rng.choice(pool),), grade=moderated)
        else:
            moderation = Moderation(signatory.name, signed, tuple(rng.sample(REMARKS, rng.randint(1, 2))))

    strengths = recount(tuple(rng.sample(STRENGTHS, rng.randint(2, 4))), count)
    worries = recount(tuple(rng.sample(WORRIES, rng.randint(1, 3))), count)
    no_actions = rng.random() < 0.18
    actions = () if no_actions else tuple(
        SampleAction(text, rng.choice((*OWNERS, signatory.name, lead.name)), action.due)
        for text, action in zip(rng.sample(ACTIONS, len(sample.actions) + rng.randint(0, 1)),
                                (*sample.actions, *sample.actions)))
    urgent = role == "urgent"
    detail = rng.choice(URGENT).format(ref=rng.choice(references)) if urgent else None
    show_service = rng.random() < 0.8

    fields = (ToolField("theme", "Theme", theme, theme),
              ToolField("cases_sampled", "Number of cases sampled", str(count), count),
              ToolField("sampled_case_ids", "", None, references))
    sample = replace(sample, auditor=lead.name, service=sample.service if show_service else None, grade=grade,
                     sections=sections, strengths=strengths, development_areas=worries, actions=actions,
                     own=fields, urgent_question=True, urgent_concern=urgent, urgent_concern_detail=detail,
                     moderated_kind=True, moderation=moderation)

    # --- the document -------------------------------------------------------------
    document = new_document(rng, landscape=grade_style == "grid" and rng.random() < 0.6)
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE: PERSONAL", "Restricted when complete")),
        size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"QA Framework tool {rng.choice(('6', '6b', '7'))} – Themed dip sample – "
                f"v{rng.choice(('1.2', '2.0', '2.1'))}", size=8)
    division = rng.choice(("Children’s Social Care and Early Help", "Social Care & Early Help Division"))
    brand_heading(document, f"{COUNCIL} – {division}", brand, size=11)
    title = rng.choice(("Themed Dip Sample", "Themed Dip Sample – Findings", "Dip Sample Audit Record",
                        "QA Themed Audit (Dip Sample)"))
    brand_heading(document, title, brand, size=16)
    if rng.random() < 0.5:
        paragraph(document, rng.choice((
            "Complete one form for the whole sample and send it to your Head of Service within five working days.",
            "One form per dip sample. Judge each area across ALL the cases sampled, not case by case.",
        )), italic=True, size=8)
    part = rng.choice(("Part {l}: {t}", "{n}. {t}", "{t}"))

    def heading(number: int, text: str) -> None:
        brand_heading(document, part.format(l="ABCDEFGH"[number - 1], n=number, t=text), brand, size=12)

    # Part 1: about the dip sample.
    heading(1, rng.choice(("About the dip sample", "Dip sample details", "Details")))
    period_start = (sample.date.replace(day=1) - timedelta(days=rng.choice((85, 175)))).replace(day=1)
    lead_text = rng.choice((lead.name, f"{lead.name} ({ROLES[lead.role]})", f"{lead.name}, {ROLES[lead.role]}"))
    number_text = rng.choice((str(count), f"{count} cases", f"{count} (listed below)"))
    rows = [(rng.choice(("Theme", "Theme of dip sample", "Audit theme")), theme),
            (rng.choice(("Lead auditor", "Completed by", "Dip sample led by")), lead_text),
            (rng.choice(("Date completed", "Date of dip sample", "Date")), when(sample.date))]
    if sample.service:
        rows.append((rng.choice(("Service", "Service area", "Division / service")), sample.service))
    if rng.random() < 0.7:
        rows.append((rng.choice(("Period looked at", "Practice period sampled")),
                     f"{period_start:%B %Y} – {sample.date:%B %Y}"))
    rows.append((rng.choice(("Number of cases sampled", "No. of cases", "Sample size")), number_text))
    rows.append((rng.choice(("Why this theme?", "Reason for dip sample", "Source of theme")), reason))
    layout = rng.choice(("two", "over", "banner", "lines"))
    if layout == "two":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif layout == "over":
        # Each cell holds its label above the value, two cells a row.
        grid = table(document, (len(rows) + 1) // 2, 2)
        for position, (text, value) in enumerate(rows):
            cell = grid.rows[position // 2].cells[position % 2]
            write(cell, text, bold=True, size=8, colour=brand)
            write(cell, value)
    elif layout == "banner":
        # The first three as a banner row of labels over values, the rest as lines.
        grid = table(document, 2, 3)
        for column, (text, value) in enumerate(rows[:3]):
            label(grid.cell(0, column), text, "D9E2F3")
            write(grid.cell(1, column), value)
        for text, value in rows[3:]:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)
    document.add_paragraph()

    # Part 2: the cases sampled.
    heading(2, rng.choice(("Cases sampled", "The sample", "Cases included in the dip sample")))
    listing = rng.choice(("table", "table", "line", "numbered"))
    reference_label = rng.choice(("Case ref", "LCS ID", "Child ID", "Case no."))
    if listing == "table":
        columns = ["No.", reference_label, rng.choice(("Status", "Plan", "Legal status")), "Age", "Team"]
        if rng.random() < 0.4:
            columns.append("Allocated worker seen?")
        cases = table(document, count + 1, len(columns))
        for cell, text in zip(cases.rows[0].cells, columns):
            label(cell, text, "D9E2F3")
        for number, (row, reference) in enumerate(zip(cases.rows[1:], references), start=1):
            age = rng.choice(("unborn", "unborn", "3 wks", "7 mths")) if "Pre-birth" in theme else (
                rng.choice((f"{rng.randint(1, 17)}", f"{rng.randint(1, 17)} yrs", "10 mths")))
            values = [str(number), reference, rng.choice(STATUSES), age,
                      rng.choice(TEAMS), rng.choice(("Y", "N", "Y – phone"))]
            for cell, value in zip(row.cells, values):
                write(cell, value)
    elif listing == "line":
        line = paragraph(document, f"{reference_label}s: ", bold=True)
        run(line, rng.choice((", ", "; ", " / ")).join(references))
    else:
        for number, reference in enumerate(references, start=1):
            paragraph(document, f"{number}.  {reference} – {rng.choice(STATUSES)}, {rng.choice(TEAMS)}")
    document.add_paragraph()

    # Part 3: practice areas judged across the sample.
    heading(3, rng.choice(("Judgements across the sample", "Practice areas", "What we found – by practice area")))
    high_first = rng.random() < 0.6
    key_text = "  ".join(f"{position} = {WORDS[grade_]}" for position, grade_ in
                         enumerate(ORDER if high_first else ORDER[::-1], start=1))

    def number(grade_: str) -> str:
        return str((ORDER.index(grade_) if high_first else 3 - ORDER.index(grade_)) + 1)

    if grade_style in ("key", "grid"):
        line = paragraph(document, "Key: ", bold=True, size=9)
        run(line, key_text, size=9)
    comment_column = rng.choice(("Evidence", "Comments / evidence", "What we saw"))
    separator = rng.choice((" / ", " / ", "   ", "\n"))
    if grade_style == "grid":
        # One column a case, then the judgement for the whole sample.
        across = rng.choice(("Across the sample", "Overall for sample", "Sample"))
        grid = table(document, len(sections) + 1, count + 2)
        label(grid.cell(0, 0), "Practice area", "D9E2F3")
        for column in range(count):
            label(grid.cell(0, column + 1), str(column + 1), "D9E2F3")
        label(grid.cell(0, count + 1), across, "BDD7EE")
        words_in_grid = rng.random() < 0.4
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            for column in range(count):
                write(row.cells[column + 1],
                      number(section.grade if rng.random() < 0.6 else _neighbour(rng, section.grade)))
            write(row.cells[count + 1], informal_grade(rng, section.grade) if words_in_grid else number(section.grade),
                  bold=True)
        paragraph(document, "Columns 1 to {n} are the cases in the order listed above.".format(n=count),
                  italic=True, size=8)
    else:
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Practice area", rng.choice(("Judgement", "Grade", "Rating")),
                                                     comment_column)):
            label(cell, text, "D9E2F3")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            cell = row.cells[1]
            if grade_style == "typed":
                write(cell, informal_grade(rng, section.grade, note_chance=0.15))
            elif grade_style == "key":
                write(cell, number(section.grade))
            else:
                target = cell.paragraphs[0]
                for position, option in enumerate(ORDER):
                    if position:
                        run(target, separator)
                    chosen = option == section.grade
                    if grade_style == "highlight":
                        run(target, SHORT[option], highlight=chosen, bold=chosen)
                    else:
                        run(target, SHORT[option], strike=not chosen)
            write(row.cells[2], rng.choice((
                f"Seen in {rng.randint(1, count)} of the {count} cases.", "See findings below.",
                "Variable – stronger in the CP cases.", "Consistent across the sample.", "",
            )))
    document.add_paragraph()

    # Part 4: the overall judgement.
    heading(4, rng.choice(("Overall judgement", "Overall judgement for the sample")))
    overall_label = rng.choice(("Overall judgement across the dip sample", "Overall grade for the sample",
                                "Overall, practice on this theme is"))
    overall_style = rng.choice(("typed", "boxes", "key" if grade_style in ("key", "grid") else "typed"))
    if overall_style == "typed":
        line = paragraph(document, f"{overall_label}: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.25))
    elif overall_style == "boxes":
        paragraph(document, overall_label, bold=True)
        line = paragraph(document)
        for position, option in enumerate(ORDER):
            run(line, f"{'    ' if position else ''}{'☒' if option == grade else '☐'} {WORDS[option]}")
    else:
        line = paragraph(document, f"{overall_label} (use the key): ", bold=True)
        run(line, number(grade))

    # Part 5: findings.
    heading(5, rng.choice(("Findings", "What did we learn?", "Summary of findings")))
    headings = rng.choice((("What’s working well?", "What are we worried about?"),
                           ("Strengths", "Areas for improvement"),
                           ("Good practice found", "What needs to improve")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFD9")
        label(grid.cell(0, 1), headings[1], "FCE4D6")
        for item in strengths:
            write(grid.cell(1, 0), item)
        for item in worries:
            write(grid.cell(1, 1), item)
    else:
        bullet = rng.choice(("• ", "- ", "– "))
        for text, items in zip(headings, (strengths, worries)):
            paragraph(document, text, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Part 6: urgent escalation.
    heading(6, rng.choice(("Escalation", "Immediate safety", "Children needing action today")))
    question = rng.choice(URGENT_QUESTIONS)
    answer_style = rng.choice(("line", "table"))
    answer = rng.choice(("Yes", "YES", "Yes – see below")) if urgent else rng.choice(NO_URGENT)
    if answer_style == "line":
        line = paragraph(document, f"{question}  ", bold=True)
        run(line, answer)
        if urgent:
            paragraph(document, detail)
    else:
        grid = table(document, 2 if urgent else 1, 2)
        label(grid.cell(0, 0), question, "F2F2F2")
        write(grid.cell(0, 1), answer)
        if urgent:
            label(grid.cell(1, 0), "Details and who was told", "F2F2F2")
            write(grid.cell(1, 1), detail)
    document.add_paragraph()

    # Part 7: actions.
    heading(7, rng.choice(("Actions", "Actions agreed", "Service actions arising")))
    if actions:
        if rng.random() < 0.6:
            headers = rng.choice((("Action", "Owner", "By when"), ("What needs to happen", "Who", "When", "RAG"),
                                  ("Action", "Lead", "Target date", "Update")))
            grid = table(document, len(actions) + 1, len(headers))
            for cell, text in zip(grid.rows[0].cells, headers):
                label(cell, text, "D9E2F3")
            for row, action in zip(grid.rows[1:], actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for number_, action in enumerate(actions, start=1):
                line = paragraph(document, f"{number_}) {action.action} ")
                run(line, f"({action.owner} – by {when(action.due)})", italic=True)
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # Part 8: the Head of Service's sign-off.
    sign_style = rng.choice(("box", "box", "note"))
    if moderation is None and sign_style == "note" and rng.random() < 0.5:
        sign_style = "none"
    if sign_style != "none":
        heading(8, rng.choice(("Head of Service sign-off", "Sign-off", "Head of Service moderation")))
    if sign_style == "box":
        labels = [rng.choice(("Head of Service", "Signed off by")), "Date",
                  rng.choice(("Do you agree with the overall judgement?", "Judgement agreed?")),
                  rng.choice(("Moderated judgement (if different)", "HoS judgement")),
                  rng.choice(("Comments", "HoS comments"))]
        grid = table(document, len(labels), 2)
        for row, text in zip(grid.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(grid.cell(0, 1), moderation.moderator, colour=ink)
            write(grid.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade == grade:
                write(grid.cell(2, 1), rng.choice(("Yes", "Agreed")), colour=ink)
            elif moderation.grade:
                write(grid.cell(2, 1), "No", colour=ink)
                write(grid.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(grid.cell(4, 1), comment, colour=ink)
        else:
            note = rng.choice(AWAITING)
            if note:
                write(grid.cell(4, 1), note, italic=True)
    elif sign_style == "note":
        if moderation:
            line = paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}: ",
                             bold=True, colour=ink)
            if moderation.grade == grade:
                run(line, f"I agree the overall judgement of {WORDS[grade].lower()}. ", colour=ink)
            elif moderation.grade:
                run(line, f"Moderated judgement: {informal_grade(rng, moderation.grade)}. ", colour=ink)
            run(line, " ".join(moderation.comments), colour=ink)
        else:
            paragraph(document, "Head of Service comments:", bold=True)
            paragraph(document, rng.choice(AWAITING) or "—", italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")

