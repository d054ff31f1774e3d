"""Themed practice audit record: one Word record of a themed audit session
in which a lead auditor reads a small sample of children's cases on one
theme, talks each case through with the case-holding manager, grades every
case and every question on the theme, gives an overall grade for the theme,
writes up the strengths and areas for development across the sample with
remedial actions, answers the urgent question, signs off, and the Head of
Service moderates. One file per audit session.

Modelled on what Innovate CYPS, a private provider of social work services
to councils rather than a public body, publishes about the thematic audits
it runs for councils' children's services. It was chosen because every
council, children's trust, safeguarding partnership and inspectorate the
search returned for themed or thematic audits of children's cases (Haringey,
Durham, Hillingdon, Wirral, Lancashire, Lincolnshire, Surrey, Knowsley,
Kensington and Chelsea, Salford, Cheshire East, Wiltshire, Cornwall and the
Isles of Scilly, Hackney, Conwy, the Vale of Glamorgan and CSSIW, the
Regulation and Quality Improvement Authority, the Safeguarding Board for
Northern Ireland, the Scottish Government, Middlesbrough) is named by
another family or a council layout. Read as search excerpts of two of its
case-study pages (innovateservices.com/insights):

- "Service Auditing: North West Council": after a disappointing Ofsted
  inspection found that records did not take account of the child's lived
  experience, managers' case recording was limited and case discussions too
  brief, and that QA had not assessed practice accurately, with continued
  concerns about the application of thresholds, the council asked for "a
  robust thematic audit of 100 cases" over a 5-month phased "Thematic
  Service Audit" by three auditors at assistant-director level or above;
  the first task was to moderate 41 audits by internal managers; then 28
  cases of children in need or on child protection plans, 28 of looked
  after children, care leavers and contacts that led to no further action,
  and finally 10 referrals leading to Early Help, five to assessment and
  five to section 47, with 10 more internal audits moderated; weekly data
  reports gave the council the number of audits completed.
- "Service Auditing: Middlesbrough": 386 cases audited in a "12-week
  thematic audit service" by four director-level auditors, with 101
  reflective / mentoring meetings with managers, after an inspection found
  that audited cases "did not adequately explore children's lived
  experiences"; the aim was to understand failings at service, team and
  practitioner level, and to identify and monitor remedial actions from the
  audits.

Neither page shows a form, so the record is our own judgement. From the
sources come only: the phase of the programme and the cohort of cases it
covers, printed on the record; a column asking whether the child's lived
experience is evident in each case; a column recording whether the
reflective discussion with the case-holding manager was held; the themes
(lived experience, thresholds, management oversight and case discussion,
case recording, contacts closed with no further action, step to Early
Help); and "remedial actions". Everything else is ours: the session details
as a two-column table, a strip of headings over values or "Label: value"
lines (the lead auditor's role in the same cell on some; the service off
four; the number of cases off some); the cases as a table (plain or
prefixed references; on five files the children in the household with
their ages and the parent spoken to, one brother or sister named in a
finding) or as a block per case, each with a finding and a grade; five or
six questions on the theme (two versions of the template, one worded as
questions) as a grid, numbered blocks or a stacked table, each with the
evidence across the sample and a grade; grades typed informally, a number
on a printed 1–4 key either way round, highlighted or emboldened among the
four, the others struck through, a mark or shading under four grade
columns, or a Word drop-down; the overall grade labelled in the tool's own
words ("Overall grade for the theme across the cases audited") the same
way; strengths and areas for development as paragraphs, numbered points or
bullets; remedial actions as a table, "Action n: … Owner: … Due: …" lines
or a "no actions" sentence (3); the urgent question typed, ticked, with the
other answer struck through or Y / N (3 yes); the lead auditor's sign-off;
the Head of Service's moderation (4 changing, 3 confirming, 3 comments
only) typed in a non-red ink in a labelled box or under the overall grade
("HoS:"), or in black in a heavy-bordered shaded box; on the rest an empty
box, an "awaiting" note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade
from bot.samples.people import (
    ADULT_FIRST_NAMES,
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING,
    SAFEGUARDING_PRACTICE_MANAGER,
    invent_child,
)
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    new_document,
    paragraph,
    recount,
    run,
    siblings,
    table,
    write,
)

FAMILY = "themed_practice_audit_record"
SEED = 10064
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

TITLES = ("Themed Practice Audit Record", "THEMED AUDIT – PRACTICE RECORD", "Themed Audit Session Record",
          "Practice Audit: Themed Session Record")
THEMES = ("The child's lived experience in the record",
          "Application of thresholds at the front door",
          "Contacts closed with no further action",
          "Management oversight and case discussion",
          "Quality of case recording for children in need",
          "Section 47 enquiries and their outcomes",
          "Step down from statutory services to Early Help")
# The phase of the programme and the cohort of cases it covers.
PHASES = ("Phase 1 – children in need and children on child protection plans",
          "Phase 2 – children looked after, care leavers and contacts closed NFA",
          "Phase 3 – referrals to Early Help, to assessment and to section 47",
          "Re-audit – cases graded requires improvement or inadequate last quarter")
# The questions on the theme, in the two versions of the template.
QUESTIONS = (
    ("Is the child's lived experience clear from the record?",
     "Was the threshold decision right and made in good time?",
     "Is the plan focused on the child's needs and making a difference?",
     "Does management oversight give clear direction and challenge drift?",
     "Is the recording up to date, analytical and written for the child?"),
    ("The child's lived experience", "Application of thresholds", "Assessment and analysis of risk",
     "Planning and impact", "Management oversight and case discussion", "Quality of case recording"),
)
EVIDENCE = {
    OUTSTANDING: ("Strong in every case read; the record tells the child's story in their own words.",
                  "Consistently clear across the sample, and it made a difference for the children."),
    GOOD: ("Evident in most of the cases read, with gaps in one or two.",
           "Clear in the majority of files; where weaker the worker had only recently been allocated."),
    REQUIRES_IMPROVEMENT: ("Inconsistent: seen in about half of the cases read and not yet embedded.",
                           "Present but thin; analysis does not follow from the information gathered."),
    INADEQUATE: ("Not evident in most of the cases read.",
                 "Largely missing; the children's circumstances drifted without challenge."),
}
CASE_FINDINGS = {
    OUTSTANDING: ("Exemplary recording; the child's voice runs through every note.",
                  "Timely, child-focused work with clear impact."),
    GOOD: ("Clear plan and regular visits; chronology needs updating.",
           "Good direct work recorded; supervision notes brief.",
           "Threshold decision sound and well reasoned."),
    REQUIRES_IMPROVEMENT: ("Plan not reviewed since the last meeting; drift of about six weeks.",
                           "Case discussion recorded without reasons for the decision.",
                           "Lived experience described by professionals only."),
    INADEQUATE: ("No visit recorded for two months; no management oversight on file.",
                 "Decision to close not supported by the information held."),
}
STRENGTHS = (
    "In 5 of the 6 cases the record described clearly what a day in the child's life is like.",
    "Threshold decisions at the front door were timely and the reasons were recorded.",
    "Managers' case discussions gave a clear direction and a timescale in most cases.",
    "Direct work with children was purposeful and written in the child's own words.",
    "Partners' information was sought and used before decisions were made.",
)
DEVELOPMENT = (
    "In 3 of the 6 cases case discussions were too brief to show why decisions were made.",
    "Chronologies were not kept up to date after significant events.",
    "Fathers and male carers were seldom spoken to or recorded.",
    "Contacts closed with no further action did not always record the family's view.",
)
ACTIONS = (
    "Team managers to record the reasons for decisions in every case discussion.",
    "Workshop on writing to the child for all practitioners in the service.",
    "Re-audit the theme in three months to test the impact of the actions.",
    "Add a lived-experience prompt to the supervision template.",
    "Practice lead to review every contact closed NFA in the sample with the team.",
    "Update chronologies in the cases sampled within four weeks.",
)
OWNERS = ("Team Managers", "Principal Social Worker", "QA Lead", "Workforce Development", "Head of Service",
          "Angela Moorcroft", "Liam Doherty")
NO_ACTIONS = ("No remedial actions arising from this session – the learning is already on the improvement plan.",
              "No further actions required at this time.",
              "None. Learning to be shared at the next practice forum.")
URGENT = ("Case {n} ({ref}): no visit for seven weeks while on a child protection plan; raised with the Team "
          "Manager the same day and a visit made the next morning.",
          "Case {n} ({ref}): new information from school had not been acted on; passed to the front door and a "
          "strategy discussion held the same day.")
MODERATION_COMMENTS = (
    "I have read two of the cases myself and the findings are fair.",
    "A thorough and honest session – please take the learning to the next practice forum.",
    "Actions agreed; QA team to track them on the improvement plan.",
    "Please include the managers' reflections when the theme is re-audited.",
)
CHANGE = ("Having read the case summaries I would grade the theme as {grade}.",
          "I do not agree with the overall grade – on balance I would grade it {grade}.")
REMARKS = ("HoS: agree with this finding.", "HoS: evidence supports the grade.",
           "HoS: please share examples of this with the teams.", "HoS: discussed with the Team Managers.")
OVERALL_LABELS = ("Overall grade for the theme across the cases audited", "Overall grade for the theme",
                  "OVERALL GRADE FOR THE THEME (all cases audited)")
LIVED = ("Y", "Y", "P", "N")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    keys = ("grading", "moderation", "urgent", "no_actions", "family", "show_service", "show_count", "layout",
            "cases_style")
    plans = [dict(zip(keys, values)) for values in zip(
        spread(["typed"] * 3 + ["key"] * 3 + ["highlight"] * 2 + ["bold"] * 1 + ["struck"] * 3 + ["columns"] * 2
               + ["dropdown"] * 2),
        spread(["change"] * 4 + ["confirm"] * 3 + ["comments"] * 3 + [None] * 6),
        spread([True] * 3 + [False] * 13),
        spread([True] * 3 + [False] * 13),
        spread([True] * 5 + [False] * 11),
        spread([True] * 12 + [False] * 4),
        spread([True] * 11 + [False] * 5),
        spread(["grid"] * 6 + ["blocks"] * 5 + ["stacked"] * 5),
        spread(["table"] * 11 + ["blocks"] * 5),
    )]
    for plan in plans:
        if plan["grading"] == "columns":  # four grade columns need a grid
            plan["layout"] = "grid"
        if plan["family"]:  # the household column needs the cases table
            plan["cases_style"] = "table"
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _neighbour(rng: random.Random, grade: str) -> str:
    if grade == GOOD and rng.random() < 0.75:
        return REQUIRES_IMPROVEMENT
    position = ORDER.index(grade)
    return rng.choice([ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(ORDER)])


def _lead(rng: random.Random, sample) -> tuple[str, str]:
    """The lead auditor and their role: the sample's Head of Service, a
    manager from another service (a peer auditor) or the QA team."""
    managers = [member for member in STAFF if member.service != sample.service
                and member.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)]
    qa = [member for member in STAFF if member.role == QA_TEAM]
    choice = rng.random()
    if choice < 0.3:
        return sample.auditor, "Head of Service"
    if choice < 0.6 and managers:
        return rng.choice(managers).name, rng.choice(("Peer auditor", "Team Manager (peer)", "Practice Manager"))
    return rng.choice(qa).name, rng.choice(("QA Officer", "Lead Auditor, QA", "Quality Assurance Lead"))


def _moderator(sample, lead: str) -> str:
    head = next(member.name for member in STAFF
                if member.role == HEAD_OF_SERVICE and member.service == sample.service)
    if head != lead:
        return head
    return next(member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.service == SAFEGUARDING
                and member.name != lead)


def _phase(rng: random.Random, service: str) -> str:
    """The phase whose cohort the service's cases belong to."""
    if service == "Early Help":
        return PHASES[2]
    if service == "Children in Care":
        return PHASES[1]
    return rng.choice((PHASES[0], PHASES[3]))


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    grading = plan["grading"]
    reversed_key = rng.random() < 0.5
    symbol = rng.choice(MARKS)

    # What the session found.
    theme = rng.choice(THEMES)
    own = {field.key: field for field in sample.own}
    case_ids = (list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own
                else [str(rng.randint(1_000_000, 9_999_999)) for _ in range(own["cases_sampled"].expected)])
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    refs = [f"{prefix}{case_id}" for case_id in case_ids]
    total = len(refs)
    names = QUESTIONS[rng.randrange(2)]
    if len(names) == 6 and rng.random() < 0.4:
        names = names[:5]
    grades = [rng.choice((GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, OUTSTANDING, INADEQUATE))
              for _ in names]
    overall = max(set(grades), key=lambda grade: (grades.count(grade), -ORDER.index(grade)))
    sections = tuple(Section(name, grade, rng.choice(EVIDENCE[grade])) for name, grade in zip(names, grades))
    case_grades = [rng.choice((overall, overall, _neighbour(rng, overall))) for _ in refs]
    lead, role = _lead(rng, sample)

    moderation = None
    if plan["moderation"]:
        signed = min(today, sample.date + timedelta(days=rng.randint(3, 12)))
        signed -= timedelta(days=max(0, signed.weekday() - 4))
        comments = list(rng.sample(MODERATION_COMMENTS, rng.randint(1, 2)))
        moderated = None
        if plan["moderation"] == "confirm":
            moderated = overall
        elif plan["moderation"] == "change":
            moderated = _neighbour(rng, overall)
            comments.append(rng.choice(CHANGE).format(grade=WORDS[moderated].lower()))
        remarks = {section.name: rng.choice(REMARKS) for section in rng.sample(sections, rng.randint(0, 2))}
        moderation = Moderation(_moderator(sample, lead), signed, tuple(comments), remarks, moderated)

    actions = () if plan["no_actions"] else tuple(
        SampleAction(text, rng.choice(OWNERS), action.due)
        for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    urgent_case = rng.randrange(total)
    sample = replace(
        sample,
        title=rng.choice(TITLES),
        auditor=lead,
        service=sample.service if plan["show_service"] else None,
        grade=overall,
        sections=sections,
        strengths=recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), total),
        development_areas=recount(tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))), total),
        actions=actions,
        moderation=moderation,
        urgent_question=True,
        urgent_concern=plan["urgent"],
        urgent_concern_detail=(rng.choice(URGENT).format(n=urgent_case + 1, ref=refs[urgent_case])
                               if plan["urgent"] else None),
        own=(ToolField("theme", "Theme", theme, theme),
             ToolField("cases_sampled", "Number of cases", str(total), total),
             ToolField("sampled_case_ids", "Case reference", ", ".join(refs), refs)),
    )

    # The families, on forms whose cases table asks who lives in the household.
    households: list[str] = []
    spoken: list[str] = []
    others: list[str] = []
    findings = [rng.choice(CASE_FINDINGS[grade]) for grade in case_grades]
    if plan["family"]:
        used: set[str] = set()
        named = rng.randrange(total)
        for position in range(total):
            child = invent_child(rng, today)
            while child.surname in used:
                child = invent_child(rng, today)
            used.add(child.surname)
            people = [(child.full_name, child.date_of_birth)]
            brothers = [(name, born) for name, born in siblings(rng, child, rng.choice((1, 1, 2)), today)
                        if (today - born).days < 17 * 365]
            people += brothers
            households.append(", ".join(f"{name} ({(today - born).days // 365})" for name, born in people))
            parent = f"{rng.choice(ADULT_FIRST_NAMES)} {child.surname}"
            if rng.random() < 0.75:
                spoken.append(f"{parent} ({rng.choice(('parent', 'carer', 'parent'))})")
                others.append(parent)
            else:
                spoken.append("Not spoken to")
            others += [name for name, _ in people]
            if position == named and brothers:
                findings[position] = f"{findings[position]} {mention(rng, SIBLING_SENTENCES, brothers[0][0])}"

    # The document.
    document = new_document(rng, landscape=plan["cases_style"] == "table" and rng.random() < 0.35)
    council = council_line(rng)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council, bold=True, colour=brand, size=9)
    else:
        paragraph(document, council, bold=True, colour=brand, size=11)
    paragraph(document, sample.title, bold=True, size=16, colour=rng.choice((brand, None)))
    paragraph(document, rng.choice((
        "One record per themed audit session: the findings for every case read and for the theme as a whole.",
        "Lead auditor: complete all parts and send to the QA mailbox within five working days of the session.",
        "OFFICIAL – SENSITIVE")), italic=True, size=9)
    number = iter("ABCDEFGHIJ") if rng.random() < 0.5 else iter(str(n) for n in range(1, 12))
    label_style = rng.random() < 0.5  # "Part A" or plain "A."

    def heading(text: str) -> str:
        part = next(number)
        brand_heading(document, f"{'Part ' + part + ' –' if label_style else part + '.'} {text}", brand)
        return part

    # Part 1: the session.
    heading(rng.choice(("The audit session", "About this session", "Session details")))
    lead_text = f"{lead} ({role})" if rng.random() < 0.5 else lead
    rows = [(rng.choice(("Theme", "Audit theme", "Theme of the session")), theme),
            (rng.choice(("Date of audit session", "Session date", "Date audited")), when(sample.date)),
            (rng.choice(("Lead auditor", "Auditor", "Audit completed by")), lead_text),
            (rng.choice(("Phase / cohort", "Programme phase", "Cohort of cases")), _phase(rng, sample.service or ""))]
    if plan["show_service"]:
        rows.append((rng.choice(("Service", "Service audited", "Service area")), sample.service))
    if plan["show_count"]:
        rows.append((rng.choice(("Number of cases", "No. of cases audited", "Cases in sample")), str(total)))
    details = rng.choice(("table", "strip", "lines"))
    if details == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif details == "strip":
        grid = table(document, 2, len(rows))
        for column, (text, value) in enumerate(rows):
            label(grid.cell(0, column), text, "DEEAF6")
            write(grid.cell(1, column), value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    paragraph(document, rng.choice((
        "Method: each file read by the lead auditor, then a reflective discussion with the case-holding manager.",
        "Each case was read and then talked through with the team manager before grading.")), italic=True, size=9)
    paragraph(document, "")

    # Grades, in this form's way.
    score = ({OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1} if reversed_key
             else {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4})
    key_line = "Grading key: " + "   ".join(f"{score[grade]} = {WORDS[grade]}"
                                           for grade in sorted(ORDER, key=score.get))

    def grade_in(line, grade: str, *, bold: bool = False) -> None:
        if grading == "typed":
            run(line, informal_grade(rng, grade, note_chance=0.2), bold=bold)
        elif grading == "key":
            run(line, str(score[grade]), bold=True)
        elif grading in ("highlight", "bold", "struck"):
            for position, option in enumerate(ORDER):
                if position:
                    run(line, " / ")
                picked = option == grade
                run(line, WORDS[option], bold=picked and grading != "struck",
                    highlight=picked and grading == "highlight", strike=not picked and grading == "struck")
        elif grading == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                             alias=rng.choice(("Grade", "Judgement")))
        else:
            run(line, informal_grade(rng, grade), bold=bold)

    def guidance() -> None:
        if grading == "key":
            paragraph(document, key_line, italic=True, bold=True, size=9)
        elif grading == "struck":
            paragraph(document, "Grade: strike through the grades that do not apply.", italic=True, size=9)
        elif grading in ("highlight", "bold"):
            paragraph(document, "Grade: highlight or embolden the grade that applies.", italic=True, size=9)

    # Part 2: the cases audited.
    heading(rng.choice(("Cases audited", "The cases read", "Sample of cases")))
    guidance()
    columns = grading == "columns"
    if plan["cases_style"] == "table":
        headers = ["No.", rng.choice(("Case ref", "Case reference", "LCS ID"))]
        if households:
            headers += [rng.choice(("Children in the household (age)", "Household children (age)")),
                        rng.choice(("Family member spoken to", "Parent / carer spoken to"))]
        headers += [rng.choice(("Lived experience evident? (Y/P/N)", "Child's lived experience clear?")),
                    rng.choice(("Discussion with manager held?", "Reflective discussion with TM"))]
        headers.append(rng.choice(("Key finding", "Finding for this case")))
        headers += [WORDS[option] for option in ORDER] if columns else [rng.choice(("Grade", "Case grade"))]
        grid = table(document, total + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E7E6E6")
        for position, row in enumerate(grid.rows[1:]):
            values = [str(position + 1), refs[position]]
            if households:
                values += [households[position], spoken[position]]
            values += [rng.choice(LIVED), rng.choice(("Yes", "Yes", "Yes", "No – TM on leave"))]
            values.append(findings[position])
            for cell, value in zip(row.cells, values):
                write(cell, value)
            if columns:
                mark(row.cells[len(values) + ORDER.index(case_grades[position])], symbol)
            else:
                grade_in(row.cells[len(values)].paragraphs[0], case_grades[position])
    else:
        found, lived, graded = (rng.choice(("Finding: ", "What we found: ")),
                                rng.choice(("Lived experience evident: ", "Child's experience clear: ")),
                                rng.choice(("Grade for this case: ", "Case grade: ")))
        for position, ref in enumerate(refs):
            paragraph(document, f"Case {position + 1}: {ref}", bold=True)
            line = paragraph(document, found, bold=True)
            run(line, findings[position])
            line = paragraph(document, lived, bold=True)
            run(line, rng.choice(("Yes", "Yes", "Partly", "No")))
            line = paragraph(document, graded, bold=True)
            grade_in(line, case_grades[position])
    paragraph(document, "")

    # Part 3: the questions on the theme.
    part = heading(rng.choice(("Questions on the theme", "What we looked at across the sample",
                               "Theme questions")))

    def remark_text(section) -> str | None:
        return moderation.section_comments.get(section.name) if moderation else None

    layout = plan["layout"]
    if layout == "grid":
        headers = [rng.choice(("Question", "Area")), rng.choice(("Evidence across the cases", "What the sample showed"))]
        headers += [WORDS[option] for option in ORDER] if columns else [rng.choice(("Grade", "Grade for the theme"))]
        grid = table(document, len(sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if remark_text(section):
                write(row.cells[1], remark_text(section), colour=ink, italic=True)
            if columns:
                mark(row.cells[2 + ORDER.index(section.grade)], symbol)
            else:
                grade_in(row.cells[2].paragraphs[0], section.grade)
    elif layout == "blocks":
        for position, section in enumerate(sections, start=1):
            paragraph(document, f"{part}.{position} {section.name}", bold=True, colour=brand)
            line = paragraph(document, rng.choice(("Evidence: ", "Evidence across the cases: ")), bold=True)
            run(line, section.comment)
            line = paragraph(document, rng.choice(("Grade: ", "Grade for this question: ")), bold=True)
            grade_in(line, section.grade)
            if remark_text(section):
                paragraph(document, remark_text(section), colour=ink, italic=True)
    else:
        grid = table(document, 3 * len(sections), 2)
        for position, section in enumerate(sections):
            top = grid.cell(3 * position, 0).merge(grid.cell(3 * position, 1))
            write(top, section.name, bold=True)
            shade(top._tc, "DEEAF6")
            label(grid.cell(3 * position + 1, 0), "Evidence")
            write(grid.cell(3 * position + 1, 1), section.comment)
            if remark_text(section):
                write(grid.cell(3 * position + 1, 1), remark_text(section), colour=ink, italic=True)
            label(grid.cell(3 * position + 2, 0), "Grade")
            grade_in(grid.cell(3 * position + 2, 1).paragraphs[0], section.grade)
    paragraph(document, "")

    # Part 4: the overall grade.
    heading(rng.choice(("Overall grade", "Grade for the theme")))
    overall_label = rng.choice(OVERALL_LABELS)
    inline = moderation is not None and rng.random() < 0.4
    if columns:
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), overall_label, "E2EFDA")
        for position, option in enumerate(ORDER):
            label(grid.cell(0, position + 1), WORDS[option], "E2EFDA")
        write(grid.cell(1, 0), rng.choice(("Lead auditor", "Auditor's grade")))
        mark(grid.cell(1, 1 + ORDER.index(overall)), symbol)
    else:
        line = paragraph(document, f"{overall_label}: ", bold=True)
        grade_in(line, overall, bold=True)
    if inline:
        if moderation.grade:
            line = paragraph(document, rng.choice(("HoS: ", "Moderated grade (HoS): ")), bold=True, colour=ink)
            run(line, informal_grade(rng, moderation.grade), bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    paragraph(document, "")

    # Part 5: strengths and areas for development.
    heading(rng.choice(("Findings across the sample", "What the audit found")))
    style = rng.choice(("paragraphs", "numbered", "bullets"))
    headings = rng.choice((("Strengths", "Areas for development"), ("What is working well", "What needs to improve"),
                           ("Strengths across the sample", "Areas for development across the sample")))
    for heading_text, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading_text, bold=True)
        for position, item in enumerate(items, start=1):
            text = {"paragraphs": item, "numbered": f"{position}. {item}", "bullets": f"\u2022 {item}"}[style]
            paragraph(document, text)
    paragraph(document, "")

    # Part 6: remedial actions.
    heading(rng.choice(("Remedial actions", "Actions arising", "Action plan")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Owner", "Due"), ("Remedial action", "Who", "By when", "Progress"),
                              ("What needs to happen", "Lead", "Target date", "RAG")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for position, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {position}: ", bold=True)
            run(line, action.action)
            run(line, "  Owner: ", bold=True)
            run(line, action.owner)
            run(line, "  Due: ", bold=True)
            run(line, when(action.due))
    paragraph(document, "")

    # Part 7: the urgent question.
    heading(rng.choice(("Immediate safeguarding", "Urgent concerns")))
    question = rng.choice(("Did the session find any child whose safety needs urgent action?",
                           "Were any immediate safeguarding concerns identified in the cases audited?",
                           "Urgent concern about a child's safety?"))
    urgent = sample.urgent_concern
    answer = rng.choice(("typed", "ticks", "struck", "yn"))
    line = paragraph(document, f"{question} ", bold=True)
    if answer == "typed":
        run(line, rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "No.", "NO")))
    elif answer == "ticks":
        run(line, f"{CHECKED_BOX if urgent else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if urgent else CHECKED_BOX} No")
    elif answer == "struck":
        run(line, "Yes", strike=not urgent, bold=urgent)
        run(line, " / ")
        run(line, "No", strike=urgent, bold=not urgent)
    else:
        run(line, "Y / N:  ")
        run(line, "Y" if urgent else "N", bold=True)
    if urgent:
        detail = paragraph(document, rng.choice(("If yes, what was done: ", "Action taken: ")), bold=True)
        run(detail, sample.urgent_concern_detail)
    paragraph(document, "")

    # Part 8: sign-off.
    heading("Sign-off")
    line = paragraph(document, rng.choice(("Lead auditor: ", "Signed (lead auditor): ")), bold=True)
    run(line, lead)
    run(line, "\tDate: ", bold=True)
    run(line, when(sample.date))
    paragraph(document, "")

    # Part 9: the Head of Service's moderation.
    _moderation(rng, document, sample, moderation, inline, ink, when, heading)
    data = finish_docx(document, sample.title, (moderation or sample).date,
                       moderation.moderator if moderation else lead)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others))


def _moderation(rng: random.Random, document, sample, moderation, inline: bool, ink: str, when, heading) -> None:
    if inline:
        return  # typed under the overall grade
    if moderation is None:
        style = rng.choice(("box", "awaiting", "none"))
        if style == "none":
            return
        heading("Head of Service moderation")
        if style == "awaiting":
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                            "To be moderated at the next QA meeting.")), italic=True)
            return
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        return
    heading(rng.choice(("Head of Service moderation", "Moderation (HoS)")))
    agree = "" if moderation.grade is None else ("Yes" if moderation.grade == sample.grade else "No – see comments")
    rows = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator),
            (rng.choice(("Date", "Date moderated")), when(moderation.date)),
            (rng.choice(("Do you agree with the overall grade?", "Agree with grade?")), agree),
            (rng.choice(("Moderated grade", "HoS grade")),
             informal_grade(rng, moderation.grade) if moderation.grade else ""),
            (rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments))]
    box_ink = ink if rng.random() < 0.6 else None
    box = table(document, len(rows), 2)
    for row, (text, value) in zip(box.rows, rows):
        label(row.cells[0], text, "F2F2F2")
        if value:
            write(row.cells[1], value, colour=box_ink, bold=text == rows[3][0])
    if box_ink is None:  # black ink: a heavy border and a fill mark it out
        _heavy_border(box)
        for row in box.rows:
            shade(row.cells[1]._tc, "FFF2CC")


def _heavy_border(box) -> None:
    """A heavy black border round the box, thin lines inside."""
    properties = box._tbl.tblPr
    borders = properties.makeelement(qn("w:tblBorders"), {})
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        heavy = side in ("top", "left", "bottom", "right")
        borders.append(borders.makeelement(qn(f"w:{side}"), {qn("w:val"): "single", qn("w:sz"): "18" if heavy else "4",
                                                             qn("w:space"): "0", qn("w:color"): "000000"}))
    later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                                          "tblDescription")}
    following = next((child for child in properties if child.tag in later), None)
    if following is None:
        properties.append(borders)
    else:
        following.addprevious(borders)
