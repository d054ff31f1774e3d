"""Practice educator's direct observation report, reused by a council to
observe its own social workers (Word).

Source: Manchester Metropolitan University, Faculty of Health, Psychology
and Social Care, "2017 – 2018 Social Work Placement Handbook, BA & MA –
First and Final Placement" (published copy at
https://pdfslide.net/documents/social-work-placement-manchester-metropolitan-handbook-2017-2018-social.html).
The page shows the handbook's front matter: practice educators, on-site
supervisors and tutors assess a worker's direct work with service users
against the Professional Capabilities Framework (PCF), and the direct
observation of practice is one of the assessment pieces. It does not show
the observation form itself.

What came from the source: the frame of a practice educator's direct
observation (who observed whom, the activity and who was present, the PCF
domains the practice evidenced, what went well and what to develop, a
reflective discussion after the observation, the educator's sign-off).

What is our judgement: the whole layout. A council's practice development
team has taken the placement form over to observe qualified social
workers, so it adds the child's details, a case reference, a four-point
overall judgement, a learning plan ("by who by when") and the Head of
Service's read-through. Per file it varies: the details block (a two-column
table, a four-column grid, "Label: value" lines, or labels over values);
date spellings; plain or prefixed case references; the overall judgement
(typed as people type it, a number on a printed 1-4 key, the four grades
printed with the chosen one bold and highlighted and the others struck
through, or a mark under one of four grade columns); what went well and
what to develop (bullets, paragraphs or two columns); the learning plan (a
table, numbered lines, or a sentence saying none is needed); the
reflective discussion (typed Yes/No or ticked boxes); the Head of
Service's comments (a box, a coloured paragraph, or absent when not
moderated); other children in the household on some files; the council's
name line in a brand colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import OBSERVATION
from bot.samples.population import sample_forms

from . import common
from .common import GRADE_COLUMNS, HeldOutForm

FAMILY = "practice_educator_observation_report"
SEED = 10127

_TITLES = ("Direct Observation of Practice – Practice Educator Report", "Direct Observation of Practice Report",
           "Practice Educator Direct Observation Record")
_PCF_DOMAINS = ("Professionalism", "Values and ethics", "Diversity and equality", "Rights, justice and economic wellbeing",
                "Knowledge", "Critical reflection and analysis", "Skills and interventions", "Contexts and organisations",
                "Professional leadership")
_ACTIVITY_NOTES = ("Planned visit agreed with the family in advance; consent for the observation given at the start.",
                   "Observation agreed with the social worker at supervision; the family consented on the day.",
                   "The observer sat in for the whole session and took no part in it.")
_NO_ACTIONS = ("No learning plan actions needed from this observation.",
               "Learning plan: none required – continue as discussed in supervision.",
               "No actions arising.")
_NOT_MODERATED = ("Not yet read by the Head of Service.", "")
_KEY = ("1 = Outstanding", "2 = Good", "3 = Requires improvement", "4 = Inadequate")
_KEY_GRADES = (common.OUTSTANDING, common.GOOD, common.REQUIRES_IMPROVEMENT, common.INADEQUATE)


def _observations(today: date) -> list:
    drawn = sample_forms(600, seed=SEED, today=today)
    return [form for form in drawn if form.kind == OBSERVATION][:16]


def _details(document, rng, pairs: list[tuple[str, str]], style: int, brand: str) -> None:
    if style == 0:  # two-column table
        grid = common.table(document, len(pairs), 2)
        for row, (name, value) in zip(grid.rows, pairs):
            common.label(row.cells[0], name, "F2F2F2")
            common.write(row.cells[1], value)
    elif style == 1:  # four-column grid
        rows = (len(pairs) + 1) // 2
        grid = common.table(document, rows, 4)
        for index, (name, value) in enumerate(pairs):
            row, column = divmod(index, 2)
            common.label(grid.cell(row, column * 2), name, "E7EEF7")
            common.write(grid.cell(row, column * 2 + 1), value)
    elif style == 2:  # "Label: value" lines
        for name, value in pairs:
            line = common.paragraph(document)
            common.run(line, f"{name}: ", bold=True)
            common.run(line, value)
    else:  # labels over values, three pairs a row
        for start in range(0, len(pairs), 3):
            chunk = pairs[start:start + 3]
            grid = common.table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                common.label(grid.cell(0, column), name, "DDEBF7", colour=brand)
                common.write(grid.cell(1, column), value)
            common.paragraph(document)


def _heading(document, text: str, brand: str, number: int | None) -> None:
    common.brand_heading(document, f"Part {number}: {text}" if number else text, brand, size=12)


def _judgement(document, rng, grade: str, style: int) -> None:
    if style == 0:  # typed
        line = common.paragraph(document)
        common.run(line, rng.choice(("Overall judgement of the observed practice: ", "Overall grade: ")), bold=True)
        common.run(line, common.informal_grade(rng, grade, note_chance=0.3))
    elif style == 1:  # a number on a printed key
        common.paragraph(document, "Key: " + "   ".join(_KEY), italic=True, size=9)
        line = common.paragraph(document)
        common.run(line, "Overall judgement (1-4): ", bold=True)
        common.run(line, str(_KEY_GRADES.index(grade) + 1))
    elif style == 2:  # four printed, the chosen one bold and highlighted, the others struck through
        line = common.paragraph(document)
        common.run(line, "Overall judgement: ", bold=True)
        for index, (value, text) in enumerate(GRADE_COLUMNS[0]):
            if index:
                common.run(line, "  /  ")
            chosen = value == grade
            common.run(line, text, bold=chosen, highlight=chosen, strike=not chosen)
    else:  # a mark under one of four grade columns
        columns = rng.choice(GRADE_COLUMNS)
        common.paragraph(document, "Overall judgement", bold=True)
        grid = common.table(document, 2, 4)
        symbol = rng.choice(common.MARKS)
        for column, (value, text) in enumerate(columns):
            common.label(grid.cell(0, column), text, "F2F2F2")
            if value == grade:
                common.mark(grid.cell(1, column), symbol)


def _went_well(document, rng, sample, style: int, brand: str) -> None:
    well_label = rng.choice(("What went well", "Strengths of the practice observed"))
    develop_label = rng.choice(("Even better if", "Areas for development"))
    if style == 0:  # bullets
        for name, items in ((well_label, sample.strengths), (develop_label, sample.development_areas)):
            common.paragraph(document, name, bold=True, colour=brand)
            for item in items:
                document.add_paragraph(item, style="List Bullet")
    elif style == 1:  # one paragraph each
        for name, items in ((well_label, sample.strengths), (develop_label, sample.development_areas)):
            common.paragraph(document, name, bold=True, colour=brand)
            common.paragraph(document, " ".join(items))
    else:  # two columns
        grid = common.table(document, 2, 2)
        common.label(grid.cell(0, 0), well_label, "E2EFDA")
        common.label(grid.cell(0, 1), develop_label, "FCE4D6")
        for item in sample.strengths:
            common.write(grid.cell(1, 0), f"• {item}")
        for item in sample.development_areas:
            common.write(grid.cell(1, 1), f"• {item}")


def _learning_plan(document, rng, actions, style: int, when) -> None:
    if not actions:
        common.paragraph(document, rng.choice(_NO_ACTIONS))
        return
    if style == 0:
        common.actions_table(document, rng, actions,
                             (("Learning plan action", "By who", "By when"),
                              ("Action agreed", "Who", "Date due", "Completed?")), _NO_ACTIONS, when)
    else:
        for number, action in enumerate(actions, start=1):
            common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")


def _reflective(document, rng, held: bool, style: int) -> None:
    question = rng.choice(("Was a reflective discussion held with the social worker after the observation?",
                           "Reflective conversation held after the observation?"))
    line = common.paragraph(document)
    common.run(line, question + " ", bold=True)
    if style == 0:
        common.run(line, rng.choice(("Yes", "yes", "Y")) if held else rng.choice(("No", "no", "N")))
    else:
        common.run(line, f"{'☒' if held else '☐'} Yes   {'☐' if held else '☒'} No")


def _moderation(document, rng, sample, style: int, when) -> None:
    moderation = sample.moderation
    ink = rng.choice(common.MODERATION_INKS)
    if style == 0:
        common.paragraph(document, "Head of Service read-through", bold=True)
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Head of Service", "Date read", "Agree with the judgement?",
                                      "Moderated judgement", "Comments"),
                              agree=("Agree", "Disagree"), not_moderated=_NOT_MODERATED, ink=ink, when=when)
    elif moderation:
        line = common.paragraph(document)
        common.run(line, "Head of Service comments: ", bold=True, colour=ink)
        common.run(line, " ".join(moderation.comments), colour=ink)
        common.paragraph(document, f"{moderation.moderator}, {when(moderation.date)}", colour=ink, italic=True)


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(SEED * 100 + index)
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    if sample.case_id and rng.random() < 0.5:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    if sample.moderation is not None and rng.random() < 0.5:
        moderation_style = 1
    else:
        moderation_style = 0 if sample.moderation is not None or rng.random() < 0.6 else 2
    document = common.new_document(rng)
    common.brand_heading(document, common.council_line(rng), brand, size=14)
    common.paragraph(document, rng.choice(_TITLES), bold=True, size=16)
    numbered = rng.random() < 0.5

    others: list[str] = []
    also: list[str] = []
    child = sample.child
    pairs = [("Social worker observed", sample.practitioner),
             (rng.choice(("Practice educator / observer", "Observer", "Observed by")), sample.auditor),
             ("Team", sample.team), ("Service", sample.service),
             ("Date of observation", when(sample.date)),
             (rng.choice(("Activity observed", "Setting of observation")), sample.setting)]
    if child is not None:
        born = when(child.date_of_birth)
        also.append(born)
        pairs += [("Child's name", child.full_name), ("Date of birth", born),
                  (rng.choice(("Case reference", "Mosaic ID", "Case number")), sample.case_id)]
    _details(document, rng, pairs, index % 4, brand)

    _heading(document, "The activity observed", brand, 1 if numbered else None)
    if child is not None:
        present = [child.first_name, *child.parents, sample.practitioner.split()[0] + " (social worker)"]
        common.paragraph(document, "Who was present: " + ", ".join(present))
        if rng.random() < 0.4:
            brothers = common.siblings(rng, child, rng.choice((1, 2)), today)
            listed = []
            for name, day in brothers:
                written = when(day)
                others.append(name)
                also.append(written)
                listed.append(f"{name} ({written})")
            common.paragraph(document, "Other children in the household: " + "; ".join(listed))
    else:
        people = common.attendees(rng, ("Hughes", "Barker", "Nolan", "Pearce", "Dunn"), 3)
        others += people
        common.paragraph(document, "Who was present: " + ", ".join(people) + " (parents attending the group)")
        common.paragraph(document, common.mention(rng, common.ATTENDEE_SENTENCES, people[0]))
    common.paragraph(document, rng.choice(_ACTIVITY_NOTES))
    domains = rng.sample(_PCF_DOMAINS, rng.randint(2, 4))
    common.paragraph(document, "PCF domains evidenced: " + "; ".join(domains))

    _heading(document, "Practice educator's assessment", brand, 2 if numbered else None)
    _went_well(document, rng, sample, (index // 4) % 3, brand)
    common.paragraph(document)
    _judgement(document, rng, sample.grade, (index + index // 4) % 4)

    _heading(document, "Reflection and learning plan", brand, 3 if numbered else None)
    _reflective(document, rng, sample.reflective_discussion, index % 2)
    _learning_plan(document, rng, sample.actions, rng.randint(0, 1), when)

    if moderation_style != 2:
        _heading(document, "Head of Service", brand, 4 if numbered else None)
        _moderation(document, rng, sample, moderation_style, when)

    sign = common.paragraph(document)
    common.run(sign, "Signed (observer): ", bold=True)
    common.run(sign, f"{sample.auditor}    Date: {when(sample.date)}")
    data = common.finish_docx(document, rng.choice(_TITLES), sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def build(today: date) -> list[HeldOutForm]:
    return [_build_one(index, sample, today) for index, sample in enumerate(_observations(today))]
