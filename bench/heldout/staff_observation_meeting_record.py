"""Staff observation and observation of meetings record (Word), written blind.

Modelled on: Leeds City Council, Children's Social Work Service, "Quality
Assurance Framework" (chapter 1.1.3 of the Leeds children's procedures
manual, added December 2014,
http://leedschildcare.proceduresonline.com/chapters/p_quality_ass_frwork.html).
Leeds is already named by other families; this is a different document of
theirs. What came from the source: the framework pairs two kinds of
observation, "Staff Observation" (a manager watching a practitioner's direct
work) and "Observation of Meetings", beside case file and supervision
audits; it rests on "Appendix A: OFSTED Handbook - Observations of
Practice"; and its principles are restorative ("high support and high
challenge", reflective, child centred). So the record is titled "Staff
Observation" for direct work (home visit, family time, direct work at
school, group session) and "Observation of Meetings" for a conference,
core group or child in care review, the judgement is Ofsted's four-point
scale, and the record carries a restorative feedback conversation.

The page shows no form, so the layout is our judgement: the council's name
line in a brand colour and the title; Part 1 the observation details (worker
observed, team, service, observer, date, activity observed, the child's
name, date of birth and case reference, who was present; for a group
session the parents attending and no child); Part 2 what was observed (a
short neutral summary and, on some files, a ticked list of the focus agreed
beforehand from the Ofsted handbook prompts); Part 3 "What went well" and
"Even better if" (lists, paragraphs or two columns); Part 4 the overall
judgement; Part 5 the restorative feedback conversation (yes/no typed or
ticked); Part 6 learning and actions (a table, numbered lines, or a sentence
saying there are none); Part 7 the Head of Service's sign-off (a box typed
in their ink, a coloured paragraph, or absent when not moderated);
signatures.

What varies across the 16 files: details as a two-column table, a
four-column grid, "Label: value" lines or labels over values; date
spellings; plain and prefixed case references; the grade typed as people
type it, a number on a printed key, the four grades printed with the chosen
one bold, highlighted, ticked or the others struck through, or a mark under
one of four grade columns; strengths and areas for development as lists,
paragraphs or two columns; actions as a table, numbered lines or a "no
actions" sentence; the feedback question typed or as ticked boxes; the
moderation as a box or a coloured paragraph; a safeguarding question on
some files; a later "date form completed" on some files.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION
from bot.samples.people import FAMILY_SURNAMES
from bot.samples.population import sample_forms

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "staff_observation_meeting_record"
SEED = 10089

MEETINGS = ("Child protection conference", "Core group meeting", "Child in care review")
PRINTED_GRADES = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"),
                  (REQUIRES_IMPROVEMENT, "Requires improvement to be good"), (INADEQUATE, "Inadequate"))
FOCUS_PROMPTS = ("The purpose of the contact is clear to the family",
                 "The child's experience is at the centre of the work",
                 "Communication is clear, warm and free of jargon",
                 "Worries and strengths are explored with the family",
                 "The plan is progressed and next steps agreed")
SUMMARIES = {
    "Home visit": "Planned visit to the family home to review progress on the plan with the parents and the child.",
    "Family time session": "Supervised family time at the contact centre, followed by a short review with the parent.",
    "Direct work session at school": "Direct work session in school, using a worksheet to gather the child's views.",
    "Group session at the family hub": "Parenting group session at the family hub led by the worker.",
    "Child protection conference": "The worker presented the report to conference and answered questions.",
    "Core group meeting": "The worker chaired the core group and reviewed each action in the plan.",
    "Child in care review": "The worker contributed to the review and updated the care plan with the young person.",
}
PROFESSIONALS = {
    "Child protection conference": "conference chair, health visitor, school safeguarding lead, police",
    "Core group meeting": "school safeguarding lead, health visitor, family support worker",
    "Child in care review": "independent reviewing officer, foster carer, designated teacher",
}
NO_ACTIONS = ("No actions arising from this observation.",
              "No further actions – learning to be picked up in routine supervision.",
              "None required.")
NOT_MODERATED = ("", "Not selected for Head of Service sign-off this month.")

DETAIL_STYLES = ("table", "grid", "lines", "stacked")
GRADE_STYLES = ("typed", "key", "bold", "highlight", "struck", "tick", "columns", "typed")
LIST_STYLES = ("bullets", "paragraphs", "columns")
ACTION_STYLES = ("table", "numbered")


def _pick(today: date) -> list:
    """Sixteen observations from the population: every Outstanding, a few
    Inadequate and moderated ones, two group sessions, the rest in order; at
    most three group sessions."""
    pool = [form for form in sample_forms(200, seed=SEED, today=today) if form.kind == OBSERVATION]
    wanted = [form for form in pool if form.grade == OUTSTANDING][:2]
    wanted += [form for form in pool if form.grade == INADEQUATE and form not in wanted][:3]
    wanted += [form for form in pool if form.moderation and form not in wanted][:4]
    wanted += [form for form in pool if form.case_id is None and form not in wanted][:2]
    for form in pool:
        if len(wanted) >= 16:
            break
        groups = sum(1 for chosen in wanted if chosen.case_id is None)
        if form in wanted or (form.case_id is None and groups >= 3):
            continue
        wanted.append(form)
    return sorted(wanted, key=pool.index)


def build(today: date) -> list[HeldOutForm]:
    files = []
    for index, sample in enumerate(_pick(today)):
        rng = random.Random(f"{SEED}-{FAMILY}-{index}")
        if sample.case_id and index % 3 == 1:
            sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
        if sample.actions and index % 5 == 3:
            sample = replace(sample, actions=())
        data, others, also = _document(rng, index, sample, today)
        files.append(common.held_out(FAMILY, index, sample, data, "docx", others=others, also=also))
    return files


def _document(rng: random.Random, index: int, sample, today: date):
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    document = common.new_document(rng)
    meeting = sample.setting in MEETINGS
    group = sample.child is None
    others: tuple[str, ...] = ()
    also: list[str] = []

    common.paragraph(document, common.council_line(rng), bold=True, colour=brand, size=14)
    common.brand_heading(document, "Observation of Meetings" if meeting else "Staff Observation", brand, size=16)
    common.paragraph(document, rng.choice(("Quality Assurance Framework – observation of practice",
                                           "Children's Social Work Service – Quality Assurance Framework")),
                     italic=True)

    # --- Part 1: details -------------------------------------------------------------
    present: list[str] = []
    child_rows: list[tuple[str, str]] = []
    if group:
        others = tuple(common.attendees(rng, tuple(rng.sample(FAMILY_SURNAMES, 4)), rng.randint(3, 5)))
        present = list(others)
        child_rows.append(("Child's name", "N/A – group session"))
    else:
        child = sample.child
        born = when(child.date_of_birth)
        also.append(born)
        child_rows += [("Child's name", child.full_name), ("Date of birth", born),
                       (rng.choice(("Child's LCS number", "Case reference", "Child ID")), sample.case_id)]
        if meeting:
            present = [*child.parents, PROFESSIONALS[sample.setting]]
        else:
            present = [child.first_name, *child.parents]
            if rng.random() < 0.4:
                brothers = common.siblings(rng, child, 1, today)
                others = tuple(name for name, _ in brothers)
                present.append(others[0])
    rows = [
        (rng.choice(("Worker observed", "Name of worker observed", "Practitioner")), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Observer", "Observed by", "Manager observing")), sample.auditor),
        ("Date of observation", when(sample.date)),
        ("Meeting observed" if meeting else "Activity observed", sample.setting),
        *child_rows,
        ("Who was present", ", ".join(present)),
    ]
    if index % 4 == 2:
        rows.append(("Date form completed", when(_weekday_after(sample.date, 2))))
    common.brand_heading(document, "Part 1: Observation details", brand, size=12)
    _details(document, rng, DETAIL_STYLES[index % len(DETAIL_STYLES)], rows)

    # --- Part 2: what was observed ------------------------------------------------------
    common.brand_heading(document, "Part 2: Summary of activity observed", brand, size=12)
    common.paragraph(document, SUMMARIES[sample.setting])
    if index % 2 == 0:
        common.paragraph(document, "Focus agreed with the worker before the observation:", bold=True)
        for prompt in rng.sample(FOCUS_PROMPTS, 3):
            common.paragraph(document, f"\u2612 {prompt}")

    # --- Part 3: strengths and development -----------------------------------------------
    common.brand_heading(document, "Part 3: Feedback", brand, size=12)
    _strengths(document, rng, LIST_STYLES[index % len(LIST_STYLES)], sample)

    # --- Part 4: judgement ------------------------------------------------------------------
    common.brand_heading(document, "Part 4: Overall judgement of the practice observed", brand, size=12)
    _grade(document, rng, GRADE_STYLES[index % len(GRADE_STYLES)], sample.grade)

    # --- Part 5: restorative feedback ---------------------------------------------------------
    common.brand_heading(document, "Part 5: Restorative feedback conversation", brand, size=12)
    question = "Was a reflective feedback conversation held with the worker after the observation?"
    if index % 2:
        answer = "\u2612 Yes   \u2610 No" if sample.reflective_discussion else "\u2610 Yes   \u2612 No"
        common.paragraph(document, f"{question}  {answer}")
    else:
        line = common.paragraph(document, question + " ", bold=True)
        common.run(line, "Yes" if sample.reflective_discussion else "No – to be held in supervision")
    if index % 3 == 0:
        common.paragraph(document, "Were any safeguarding concerns identified during the observation?  No")

    # --- Part 6: actions -------------------------------------------------------------------
    common.brand_heading(document, "Part 6: Learning and actions", brand, size=12)
    _actions(document, rng, ACTION_STYLES[index % len(ACTION_STYLES)], sample, when)

    # --- Part 7: Head of Service ---------------------------------------------------------------
    ink = rng.choice(common.MODERATION_INKS)
    if sample.moderation or index % 3 != 2:
        common.brand_heading(document, "Part 7: Head of Service sign-off", brand, size=12)
        if sample.moderation and index % 2:
            moderation = sample.moderation
            line = common.paragraph(document)
            common.run(line, f"{moderation.moderator}, Head of Service, {when(moderation.date)}: ", bold=True, colour=ink)
            common.run(line, " ".join(moderation.comments), colour=ink)
        else:
            common.moderation_box(document, rng, sample, sample.moderation,
                                  labels=("Head of Service", "Date", "Agree with judgement?", "Moderated judgement",
                                          "Comments"),
                                  agree=("Yes", "No"), not_moderated=NOT_MODERATED, ink=ink, when=when)

    common.paragraph(document)
    common.paragraph(document, f"Signed (observer): {sample.auditor}")
    common.paragraph(document, f"Signed (worker): {sample.practitioner}")
    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    written = sample.moderation.date if sample.moderation else sample.date
    title = "Observation of Meetings" if meeting else "Staff Observation"
    return common.finish_docx(document, title, written, editor), others, tuple(also)


def _weekday_after(day: date, days: int) -> date:
    day += timedelta(days=days)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _details(document, rng: random.Random, style: str, rows) -> None:
    if style == "table":
        grid = common.table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            common.label(row.cells[0], name, "E7E6E6")
            common.write(row.cells[1], value)
    elif style == "grid":
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
        grid = common.table(document, len(pairs), 4)
        for row, pair in zip(grid.rows, pairs):
            for offset, (name, value) in enumerate(pair):
                common.label(row.cells[offset * 2], name, "DEEAF6")
                common.write(row.cells[offset * 2 + 1], value)
    elif style == "lines":
        for name, value in rows:
            line = common.paragraph(document, f"{name}: ", bold=True)
            common.run(line, value)
    else:
        for name, value in rows:
            common.paragraph(document, name, bold=True, size=9)
            common.paragraph(document, value)


def _strengths(document, rng: random.Random, style: str, sample) -> None:
    well = rng.choice(("What went well", "Strengths observed"))
    better = rng.choice(("Even better if", "Areas for development"))
    if style == "columns":
        grid = common.table(document, 2, 2)
        common.label(grid.cell(0, 0), well, "E2EFDA")
        common.label(grid.cell(0, 1), better, "FCE4D6")
        for text in sample.strengths:
            common.write(grid.cell(1, 0), f"\u2022 {text}")
        for text in sample.development_areas:
            common.write(grid.cell(1, 1), f"\u2022 {text}")
        return
    for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
        common.paragraph(document, heading, bold=True)
        if style == "bullets":
            for text in items:
                document.add_paragraph(text, style="List Bullet")
        else:
            common.paragraph(document, " ".join(items))


def _grade(document, rng: random.Random, style: str, grade: str) -> None:
    lead = rng.choice(("Overall judgement", "Overall grade", "Judgement"))
    if style == "typed":
        line = common.paragraph(document, f"{lead}: ", bold=True)
        common.run(line, common.informal_grade(rng, grade))
    elif style == "key":
        common.paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                                   "4 = Inadequate", italic=True, size=9)
        number = [chosen for chosen, _ in PRINTED_GRADES].index(grade) + 1
        line = common.paragraph(document, f"{lead} (1–4): ", bold=True)
        common.run(line, str(number))
    elif style == "tick":
        common.paragraph(document, f"{lead} (tick one):", bold=True)
        for chosen, text in PRINTED_GRADES:
            box = "\u2611" if chosen == grade else "\u2610"
            common.paragraph(document, f"{box} {text}")
    elif style == "columns":
        columns = rng.choice(common.GRADE_COLUMNS)
        grid = common.table(document, 2, 4)
        symbol = rng.choice(common.MARKS)
        for cell, (_, text) in zip(grid.rows[0].cells, columns):
            common.label(cell, text, "D9E1F2")
        for cell, (chosen, _) in zip(grid.rows[1].cells, columns):
            if chosen == grade:
                common.mark(cell, symbol)
    else:
        line = common.paragraph(document, f"{lead}: ", bold=True)
        for position, (chosen, text) in enumerate(PRINTED_GRADES):
            if position:
                common.run(line, " / ")
            picked = chosen == grade
            common.run(line, text, bold=picked and style == "bold", highlight=picked and style == "highlight",
                       strike=not picked and style == "struck")


def _actions(document, rng: random.Random, style: str, sample, when) -> None:
    if not sample.actions:
        common.paragraph(document, rng.choice(NO_ACTIONS))
        return
    if style == "table":
        common.actions_table(document, rng, sample.actions,
                             (("Action", "By whom", "By when"), ("Learning / action", "Who", "Date due", "Done?")),
                             NO_ACTIONS, when)
        return
    for number, action in enumerate(sample.actions, 1):
        common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
