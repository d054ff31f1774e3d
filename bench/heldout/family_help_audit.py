"""Early Help / family help quality assurance audit of one family's Early
Help assessment, plan and review, as a Word document: the child, the
family's other children, the Early Help reference, the lead professional
and their team, who completed the QA and when; six numbered parts, each
with lettered questions answered YES / NO / N/A with evidence and a
grading for the part; what is working well, what needs to improve, the
family's voice, the immediate-safety (step up) question, actions, the
overall QA outcome, and the Head of Service's (or Head of Early Help's)
moderation.

Modelled on Walsall Council's "Early Help Assessment & Review Quality
Assurance Tool" (used by the Early Help Team on every assessment and
review, returned to the lead professional as a record of the QA outcome,
alongside a lead professional self-assessment checklist): an identifying
grid (child's name, case system number, ethnicity, disability, date of QA,
QA assessor, lead professional, Outcome Star training), then numbered
parts (1 Consent, 2 Inclusive: the voice of the child, both parents
involved, special arrangements) with lettered questions answered
YES / NO / N/A with evidence. The published copy stops before the plan,
review and sign-off, so the later parts (assessment, plan, review,
oversight and step up), the gradings, the summary and the moderation are
our own judgement: details as a four-column grid, as "Label: value"
lines, or as a strip of shaded labels over their values; gradings typed
informally, chosen from printed options (highlighted, or the others
struck through), numbers on a printed key, or marks under four columns in
a summary grid; dates in several spellings; Early Help references, plain
case numbers or prefixed ones; moderation in a box or as coloured notes.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docx.enum.text import WD_COLOR_INDEX

from bot.samples import SampleAction, Section
from bot.samples.forms import EARLY_HELP_AUDIT
from bot.samples.population import sample_forms

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

FAMILY = "family_help_audit"
SEED = 9631

# The sample's areas in this tool's order: (sample name, this tool's part, its questions).
PARTS = (
    ("Engagement with the family", "Consent and engagement", (
        "Was the family's consent to the assessment recorded at the start?",
        "Was consent to share information recorded when the assessment was completed?",
    )),
    ("Voice of the child", "Inclusive – the child's and family's voice", (
        "Has the lead professional spoken with the child, and is this in the assessment?",
        "Were both parents / carers involved (are fathers included)?",
        "Were special arrangements made where needed (interpreter, access)?",
    )),
    ("Early Help Assessment", "The assessment", (
        "Does the assessment analyse what life is like for the child?",
        "Are the family's strengths and history used to explain the needs?",
    )),
    ("Team Around the Family plan", "The family plan", (
        "Are outcomes SMART and written with the family?",
        "Does each action have a named person and a timescale?",
        "Are all the children in the household considered in the plan?",
    )),
    ("Impact and outcomes for the child", "Review of the plan and impact", (
        "Has a TAF review taken place within the timescale?",
        "Is progress measured (e.g. Outcome Star distance travelled)?",
    )),
    ("Management oversight", "Oversight, step up and step down", (
        "Is there recorded management oversight or case discussion?",
        "Has step up / step down been considered where needs changed?",
    )),
)

TITLES = (
    "Early Help Assessment & Review – Quality Assurance Tool",
    "Family Help Quality Assurance Audit (Assessment, Plan & Review)",
    "EARLY HELP QA TOOL – ASSESSMENT AND REVIEW",
    "Early Help Quality Assurance Audit",
)
NOTES = (
    "Completed by the Early Help Team on receipt of the assessment / review paperwork and returned to the "
    "lead professional as a record of the QA outcome.",
    "To be read alongside the Lead Professional Self Assessment Checklist.",
    "",
)
ANSWER_COLUMNS = ("YES", "NO", "N/A")
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
               INADEQUATE: "Inadequate"}
KEYS = (
    {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"},
    {OUTSTANDING: "4", GOOD: "3", REQUIRES_IMPROVEMENT: "2", INADEQUATE: "1"},
)
SUMMARY_HEADS = (("Outstanding", "Good", "Requires Improvement", "Inadequate"), ("O", "G", "RI", "I"))
ETHNICITIES = ("White British", "Mixed – White and Black Caribbean", "Pakistani", "Indian", "White – other",
               "Black African", "Bangladeshi")
DISABILITIES = ("None known", "None", "No", "Awaiting ASD assessment", "N/K")
STARS = ("Family Star Plus", "My Star", "Teen Star", "Not used")
OWNERS = {"Social worker": "Lead Professional", "Practice manager": "EH Team Manager"}
NO_ACTIONS = ("No actions – the current family plan covers everything found in this QA.",
              "None required.", "No further actions arising from this audit.")
NOT_MODERATED = ("", "Not selected for moderation.", "N/A")
MODERATOR_ROLES = ("Head of Service", "Head of Early Help", "Head of Service – Early Help & Family Help")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if sample.kind == EARLY_HELP_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in others if sample.moderation and not sample.moderation.grade][:2]
    changes = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _answers(rng: random.Random, grade: str, questions: int) -> list[str]:
    yes = {OUTSTANDING: 0.95, GOOD: 0.8, REQUIRES_IMPROVEMENT: 0.5, INADEQUATE: 0.15}[grade]
    return [("YES" if rng.random() < yes else rng.choice(("NO", "NO", "N/A"))) for _ in range(questions)]


def _options(cell_or_paragraph_owner, grade: str, style: str) -> None:
    """All four gradings printed, the chosen one highlighted or the others struck through."""
    target = cell_or_paragraph_owner
    for position, (key, word) in enumerate(GRADE_WORDS.items()):
        if position:
            run(target, " / ")
        if style == "highlight":
            added = run(target, word, bold=key == grade)
            if key == grade:
                added.font.highlight_color = WD_COLOR_INDEX.YELLOW
        else:
            run(target, word, strike=key != grade, bold=key == grade)


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details = rng.choice(("grid", "lines", "strip"))
    grading = rng.choice(("typed", "typed", "highlight", "strike", "key", "summary"))
    key = rng.choice(KEYS)
    moderation_as = rng.choice(("box", "notes"))
    actions_as = rng.choice(("table", "lines"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)

    # The sample as this form carries it.
    by_name = {section.name: section for section in sample.sections}
    sections = tuple(Section(part, by_name[old].grade, by_name[old].comment) for old, part, _ in PARTS)
    reference_style = rng.choice(("eh", "eh", "plain", "prefixed"))
    case_id = {"eh": early_help_reference, "prefixed": case_reference}.get(reference_style,
                                                                          lambda _rng, value: value)(rng, sample.case_id)
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if not sample.moderation and not sample.urgent_concern and rng.random() < 0.25:
        actions = ()
    development = sample.development_areas
    if rng.random() < 0.5:
        development = (*development, mention(rng, SIBLING_SENTENCES, household[0][0]))
    show_team = rng.random() < 0.75
    sample = replace(sample, sections=sections, case_id=case_id, actions=actions, development_areas=development,
                     team=sample.team if show_team else None)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: part for old, part, _ in PARTS}
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    reference_label = {"eh": rng.choice(("EH Ref", "EHM No.", "Early Help ref")),
                       "plain": rng.choice(("Mosaic No.", "Case No.", "LCS number")),
                       "prefixed": rng.choice(("Case ref", "System ID"))}[reference_style]
    born = when(child.date_of_birth)
    also = [born]

    document = new_document(rng)
    paragraph(document, council_line(rng), italic=True, colour=brand)
    brand_heading(document, rng.choice(TITLES), brand, size=14)
    note = rng.choice(NOTES)
    if note:
        paragraph(document, note, italic=True, size=8)

    # --- identifying details -------------------------------------------------------------
    people = [
        ("Child's name", child.full_name), (reference_label, sample.case_id), ("Date of birth", born),
        ("Ethnicity", rng.choice(ETHNICITIES)), ("Disability", rng.choice(DISABILITIES)),
        ("Parent(s) / carer(s)", " and ".join(child.parents)),
        ("Lead Professional", sample.practitioner),
    ]
    if show_team:
        people.append((rng.choice(("Team / Family Hub", "Team", "Locality team")), sample.team))
    people += [
        ("Service", sample.service), ("QA completed by", sample.auditor), ("Date of QA", when(sample.date)),
        ("Outcome Star used", rng.choice(STARS)),
    ]
    if rng.random() < 0.5:
        people.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode))))
    brothers = "; ".join(f"{name} ({when(day)})" for name, day in household)
    also += [when(day) for _, day in household]
    people.append(("Other children in the household", brothers))
    if details == "grid":
        grid = table(document, (len(people) + 1) // 2, 4)
        for position, (name, value) in enumerate(people):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, "F2F2F2")
            write(grid.cell(row, column * 2 + 1), value)
    elif details == "lines":
        for name, value in people:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:
        for start in range(0, len(people), 4):
            chunk = people[start:start + 4]
            strip = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(strip.cell(0, column), name, "DDEBF7")
                write(strip.cell(1, column), value)
            paragraph(document)

    # --- the key, where gradings are numbers ----------------------------------------------------
    if grading == "key":
        line = paragraph(document)
        run(line, "Grading key: ", bold=True)
        run(line, ",  ".join(f"{key[grade]} = {word}" for grade, word in
                             sorted(GRADE_WORDS.items(), key=lambda item: key[item[0]])))

    # --- the numbered parts --------------------------------------------------------------------
    for number, ((_, part, questions), section) in enumerate(zip(PARTS, sections), start=1):
        paragraph(document)
        answers = _answers(rng, section.grade, len(questions))
        grid = table(document, len(questions) + 3, 5)
        label(grid.cell(0, 0), str(number), "D9D9D9")
        label(grid.cell(0, 1), part, "D9D9D9")
        for column, word in enumerate(ANSWER_COLUMNS, start=2):
            label(grid.cell(0, column), word, "D9D9D9")
        mark = rng.choice(("X", "\u2713", "x"))
        for row, (letter, question, answer) in enumerate(zip("abcdef", questions, answers), start=1):
            write(grid.cell(row, 0), f"{number}{letter}")
            write(grid.cell(row, 1), question)
            write(grid.cell(row, 2 + ANSWER_COLUMNS.index(answer)), mark)
        evidence = grid.rows[len(questions) + 1].cells
        write(evidence[0], "")
        merged = evidence[1].merge(evidence[4])
        run(merged.paragraphs[0], "Evidence: ", bold=True)
        run(merged.paragraphs[0], section.comment)
        if part in remarks:
            write(merged, f"{rng.choice(('HoS:', 'HoEH comment:', 'Moderator:'))} {remarks[part]}", colour=ink,
                  italic=True)
        last = grid.rows[len(questions) + 2].cells
        if grading == "summary":
            # Graded in the summary grid below; the row is left for the lead professional's reply.
            label(last[0], "")
            label(last[1], "Lead professional's response (optional):")
            continue
        label(last[0], "")
        label(last[1], rng.choice(("Grading for this part:", "Section grade", "Judgement")), "F2F2F2")
        value = last[2].merge(last[4])
        if grading == "typed":
            write(value, informal_grade(rng, section.grade, note_chance=0.2), bold=True)
        elif grading == "key":
            write(value, key[section.grade], bold=True)
        else:
            _options(value.paragraphs[0], section.grade, grading)

    # --- summary grid of gradings ------------------------------------------------------------------
    heads = rng.choice(SUMMARY_HEADS)
    paragraph(document)
    brand_heading(document, rng.choice(("Summary and overall QA outcome", "QA OUTCOME", "Overall judgement")),
                  brand, size=12)
    if grading == "summary":
        summary_mark = rng.choice(("X", "\u2713", "\u25cf"))
        grid = table(document, len(sections) + 2, 5)
        label(grid.cell(0, 0), "Part", "D9D9D9")
        for column, head in enumerate(heads, start=1):
            label(grid.cell(0, column), head, "D9D9D9")
        rows = [(f"{number}. {section.name}", section.grade) for number, section in enumerate(sections, start=1)]
        rows.append(("OVERALL QA OUTCOME", sample.grade))
        for row, (name, grade) in enumerate(rows, start=1):
            write(grid.cell(row, 0), name, bold=name.isupper())
            write(grid.cell(row, 1 + list(GRADE_WORDS).index(grade)), summary_mark, bold=True)
    else:
        line = paragraph(document)
        run(line, rng.choice(("Overall QA outcome: ", "OVERALL GRADE: ", "Overall grading of the EHA / plan: ")),
            bold=True)
        if grading == "typed":
            run(line, informal_grade(rng, sample.grade), bold=True)
        elif grading == "key":
            run(line, key[sample.grade], bold=True)
        else:
            _options(line, sample.grade, grading)

    # --- working well, to improve, the family's voice ----------------------------------------------------
    lists = table(document, 2, 2)
    label(lists.cell(0, 0), rng.choice(("What is working well?", "Strengths")), "E2EFDA")
    label(lists.cell(0, 1), rng.choice(("What needs to improve?", "Areas for development / learning")), "FCE4D6")
    bullet = rng.choice(("• ", "- ", ""))
    for text in sample.strengths:
        write(lists.cell(1, 0), f"{bullet}{text}")
    for text in sample.development_areas:
        write(lists.cell(1, 1), f"{bullet}{text}")

    paragraph(document)
    questions = table(document, 2 if sample.feedback_sought is None else 3, 2)
    row = 0
    if sample.feedback_sought is not None:
        label(questions.cell(0, 0), "Were the child's and family's views on the help they receive sought?", "F2F2F2")
        write(questions.cell(0, 1), ("YES" if sample.feedback_sought else "NO")
              + rng.choice(("", " – recorded in the review", "")))
        row = 1
    label(questions.cell(row, 0), "Is there any immediate safeguarding concern – does this family need to step up "
                                  "to Children's Social Care (MASH) now?", "F2F2F2")
    if sample.urgent_concern:
        write(questions.cell(row, 1), rng.choice(("YES", "Yes")), bold=True)
        write(questions.cell(row, 1), sample.urgent_concern_detail or "Discussed with the team manager today.")
    else:
        write(questions.cell(row, 1), rng.choice(("No", "NO", "No – no immediate concerns")))
    label(questions.cell(row + 1, 0), "QA returned to lead professional on", "F2F2F2")
    write(questions.cell(row + 1, 1), when(sample.date))

    # --- actions ---------------------------------------------------------------------------------------------
    paragraph(document)
    brand_heading(document, rng.choice(("Actions", "Actions for the Lead Professional / TAF", "ACTION PLAN")),
                  brand, size=11)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_as == "table":
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, head in zip(grid.rows[0].cells, ("Action", "By whom", "By when", "Completed")):
            label(cell, head, "DDEBF7")
        for cells, action in zip(grid.rows[1:], sample.actions):
            write(cells.cells[0], action.action)
            write(cells.cells[1], action.owner)
            write(cells.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")

    # --- moderation ---------------------------------------------------------------------------------------------
    paragraph(document)
    role = rng.choice(MODERATOR_ROLES)
    brand_heading(document, f"Moderation – {role}", brand, size=11)
    if moderation_as == "box":
        box = table(document, 4, 2)
        for row, text in enumerate((f"{role}", "Date moderated", "Moderated grade", "Comments")):
            label(box.cell(row, 0), text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                verdict = ("Agree – " if moderation.grade == sample.grade else "Changed to ")
                write(box.cell(2, 1), verdict + informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
        else:
            text = rng.choice(NOT_MODERATED)
            if text:
                write(box.cell(3, 1), text, italic=True)
    elif moderation:
        paragraph(document, f"Moderated by {moderation.moderator} ({role}), {when(moderation.date)}", colour=ink,
                  bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                paragraph(document, f"I agree with the grading of {informal_grade(rng, moderation.grade)}.",
                          colour=ink)
            else:
                paragraph(document, f"Grade following moderation: {informal_grade(rng, moderation.grade)}",
                          colour=ink, bold=True)
    else:
        paragraph(document, rng.choice(("Not moderated.", "Not sampled for moderation this month.")), italic=True)

    data = finish_docx(document, sample.title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=tuple(also))
