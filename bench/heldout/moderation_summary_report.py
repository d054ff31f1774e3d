"""`moderation_summary_report`: a Head of Service's monthly moderation
report (Word) over the case audits completed in their service that month.

Modelled on the structure Worcestershire Children First (the company that
runs Worcestershire County Council's children's services) gave its
scrutiny panel for its Social Care and Safeguarding Quality Assurance
Framework: three strands (key performance indicators, feedback from
children, young people and families, and audit activity), quality
assurance built into ordinary management, learning shared and "the
learning loop closed", with strengths celebrated as well as what must
improve. The source shows no form: the report below (who moderated and
when, the audit activity as a list of the cases moderated with the
auditor's grade, whether the Head of Service agreed and the moderated
grade, a short note on what families said, the learning themes, the
children needing action today, and the actions that close the loop) is
our judgement of how a Head of Service would fill one in.

What varies: details as a two-column table, a four-column grid or labelled
lines; the cases as a table, numbered lines or one small table per case;
3 to 8 cases; grades as words, letters or numbers on a printed key, or as
the four options with the others struck through; agreement as Yes / No,
ticks and crosses, "Agreed" in place of the moderated grade, or a sentence;
the Head of Service's entries in a colour or plain; plain and prefixed
case references; seven date spellings; actions as a table, lines or a
"no actions" sentence; the question about children needing action today
answered yes (twice) or no.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT
from bot.samples.population import sample_forms
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
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

FAMILY = "moderation_summary_report"
SEED = 6863

TITLES = ("Monthly Audit Moderation Report", "Head of Service Moderation Summary",
          "Audit Moderation – Monthly Summary for the Service", "Practice Quality: Moderation of Case Audits")
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
LETTERS = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
OPTION_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
KEYS = {
    "letters": "Key: O = Outstanding   G = Good   RI = Requires Improvement   I = Inadequate",
    "numbers": "Grading key: 1 Outstanding, 2 Good, 3 Requires Improvement, 4 Inadequate",
}
FAMILY_FEEDBACK = (
    "Families were contacted for feedback on {n} of the audited cases. Parents mostly said they knew why we were "
    "involved; one said visits were often rearranged at short notice.",
    "Feedback was gathered in {n} of the audits. Young people said they liked seeing the same worker; one parent "
    "said the plan was not shared with her in writing.",
    "{n} families gave feedback by telephone. All knew who their worker was; two did not have a copy of the plan.",
)
MODERATOR_COMMENTS = {
    True: ("Agree – well evidenced.", "Agree with the audit; analysis clear.", "Agree. Good reflection by the auditor.",
           "Agreed – chronology still needs updating."),
    "down": ("Evidence does not support the grade.", "Impact for the child not evident – grade revised.",
             "Auditor too generous given drift in the plan."),
    "up": ("Stronger than graded – clear impact on the child.", "Auditor under-graded; the plan is working well.",
           "Evidence supports a higher grade."),
}
URGENT_QUESTIONS = ("Were any children identified as needing action today to keep them safe?",
                    "Immediate safeguarding concerns identified during moderation?",
                    "Any case escalated to the team manager for same-day action?")
URGENT_DETAILS = (
    "Yes – {ref}: no visit for six weeks and new information from school not acted on. Raised with the team manager "
    "on the day; strategy discussion held.",
    "Yes. {ref} – risk from a new partner not assessed. Escalated to the practice manager and case to be "
    "reviewed at the next legal gateway meeting.",
)
NO_URGENT = ("No.", "No – none identified.", "None this month.")
NO_ACTIONS = ("No new actions this month – the actions agreed in last month's report are still in progress.",
              "No actions for the service arising from this month's moderation.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)]
    # What each file's cases show: 2 whose list includes a child needing action today, 2 where the Head of
    # Service left comments only (all agreed), 3 where several grades changed, 2 confirming every grade, the rest
    # mixed.
    plans = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    plans += ["mixed"] * (count - len(plans))
    rng.shuffle(plans)
    used: set[str] = set()

    def draw(head: str, service: str, changing: bool):
        fits = [sample for sample in pool if sample.case_id not in used and sample.auditor != head
                and changing == bool(sample.moderation and sample.moderation.grade not in (None, sample.grade))]
        ours = [sample for sample in fits if sample.service == service]
        chosen = rng.choice(ours or fits)
        used.add(chosen.case_id)
        return chosen

    forms = []
    for index, (overview, plan) in enumerate(zip(overviews, plans)):
        size = rng.randint(3, 8)
        take = {"changed": rng.randint(2, min(3, size)), "mixed": rng.randint(0, 1)}.get(plan, 0)
        chosen = [draw(overview.auditor, overview.service, position < take) for position in range(size)]
        rng.shuffle(chosen)
        forms.append(_form(rng, index, overview, plan, chosen))
    return forms


def _moderated(sample, plan: str) -> str:
    if plan in ("comments", "confirmed", "urgent"):
        return sample.grade
    if sample.moderation and sample.moderation.grade:
        return sample.moderation.grade
    return sample.grade


def _grade(rng: random.Random, grade: str, spelling: str) -> str:
    if spelling == "letters":
        return LETTERS[grade]
    if spelling == "numbers":
        return str(GRADE_ORDER.index(grade) + 1)
    return informal_grade(rng, grade)


def _options(cell_or_paragraph, chosen: str, *, ink: str | None) -> None:
    """The four grades printed in a row, all but `chosen` struck through."""
    for position, grade in enumerate(GRADE_ORDER):
        if position:
            run(cell_or_paragraph, " / ")
        if grade == chosen:
            run(cell_or_paragraph, OPTION_WORDS[grade], bold=True, colour=ink)
        else:
            run(cell_or_paragraph, OPTION_WORDS[grade], strike=True)


def _form(rng: random.Random, index: int, overview, plan: str, cases) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS) if rng.random() < 0.6 else None
    when = date_writer(rng)
    details_style = rng.choice(("table", "grid", "lines"))
    cases_style = rng.choice(("table", "table", "lines", "cards"))
    spelling = rng.choice(("words", "letters", "numbers", "strike") if cases_style != "lines"
                          else ("words", "letters", "numbers"))
    agreement = rng.choice(("yesno", "ticks", "agreed_word", "sentence") if cases_style != "table"
                           else ("yesno", "ticks", "agreed_word"))
    prefix = rng.random() < 0.5
    head = overview.auditor

    rows = []
    for case in cases:
        reference = case_reference(rng, case.case_id) if prefix else case.case_id
        rows.append((reference, case, _moderated(case, plan)))
    month = overview.own[0].written
    actions = overview.actions
    if rng.random() < 0.25 and plan != "urgent":
        actions = ()
    urgent_detail = None
    if plan == "urgent":
        flagged = rng.choice(rows)[0]
        urgent_detail = rng.choice(URGENT_DETAILS).format(ref=flagged)
    sample = replace(
        overview,
        strengths=recount(overview.strengths, len(rows)),
        development_areas=recount(overview.development_areas, len(rows)),
        actions=actions,
        urgent_concern=plan == "urgent",
        urgent_concern_detail=urgent_detail,
        own=(overview.own[0], ToolField("audits_moderated", "", str(len(rows)), str(len(rows)))),
    )

    document = new_document(rng, landscape=cases_style == "table" and rng.random() < 0.5)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=9)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    paragraph(document, "Quality Assurance Framework – audit activity. Please return to the QA team by the 15th of "
                        "the month.", italic=True, size=8)

    # Who moderated and when.
    details = [
        (rng.choice(("Head of Service", "Moderated by", "Completed by (Head of Service)")), head),
        ("Service", sample.service),
        (rng.choice(("Audit month", "Month of audits moderated", "Audits completed in")), month),
        (rng.choice(("Date of moderation", "Date completed", "Date")), when(sample.date)),
        (rng.choice(("Number of audits moderated", "No. of cases moderated", "Audits moderated")), str(len(rows))),
    ]
    if details_style == "table":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, 3, 4)
        cells = [grid.cell(r, c) for r in range(3) for c in (0, 2)]
        values = [grid.cell(r, c) for r in range(3) for c in (1, 3)]
        for cell, value_cell, (name, value) in zip(cells, values, details):
            label(cell, name, "DEEAF6")
            write(value_cell, value)
    else:
        for name, value in details:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    paragraph(document)

    # The cases moderated.
    numbered_heads = rng.random() < 0.6

    def heading(number: int, options: tuple[str, ...]) -> None:
        text = rng.choice(options)
        brand_heading(document, f"{number}. {text}" if numbered_heads else text, brand, size=12)

    heading(1, ("Audit activity – cases moderated", "Cases moderated this month", "Audits moderated"))
    if spelling in KEYS:
        paragraph(document, KEYS[spelling], italic=True, size=8)
    team_or_worker = rng.choice(("team", "worker", "both"))

    def who(case) -> str:
        if team_or_worker == "team":
            return case.team
        if team_or_worker == "worker":
            return case.practitioner
        return f"{case.team} ({case.practitioner})"

    def agreed_text(agreed: bool) -> str:
        if agreement == "yesno":
            return rng.choice((("Yes", "No"), ("Y", "N"), ("Agree", "Disagree")))[0 if agreed else 1]
        if agreement == "ticks":
            return "\u2713" if agreed else "\u2717"
        return "Agreed" if agreed else "Not agreed"

    def comment_for(case, agreed: bool) -> str:
        if plan == "comments" or rng.random() < 0.4:
            if agreed:
                return rng.choice(MODERATOR_COMMENTS[True])
            moderated = next(grade for reference, each, grade in rows if each is case)
            lower = GRADE_ORDER.index(moderated) > GRADE_ORDER.index(case.grade)
            return rng.choice(MODERATOR_COMMENTS["down" if lower else "up"])
        return ""

    if cases_style == "table":
        headers = ["Case ref", "Team / worker" if team_or_worker == "both" else
                   ("Team" if team_or_worker == "team" else "Social worker"),
                   "Auditor", "Auditor's grade"]
        if agreement == "agreed_word":
            headers += ["Moderated grade (if different)", "HoS comments"]
        else:
            headers += [rng.choice(("HoS agrees?", "Agreed?")), "Moderated grade", "Comments"]
        grid = table(document, len(rows) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, (reference, case, moderated) in zip(grid.rows[1:], rows):
            agreed = moderated == case.grade
            cells = row.cells
            write(cells[0], reference)
            write(cells[1], who(case))
            write(cells[2], case.auditor)
            if spelling == "strike":
                _options(cells[3].paragraphs[0], case.grade, ink=None)
            else:
                write(cells[3], _grade(rng, case.grade, spelling))
            if agreement == "agreed_word":
                if agreed:
                    write(cells[4], rng.choice(("Agreed", "Agreed – no change", "n/a – agreed")), colour=ink)
                elif spelling == "strike":
                    _options(cells[4].paragraphs[0], moderated, ink=ink)
                else:
                    write(cells[4], _grade(rng, moderated, spelling), colour=ink, bold=True)
                write(cells[5], comment_for(case, agreed), colour=ink)
            else:
                write(cells[4], agreed_text(agreed), colour=ink)
                if spelling == "strike":
                    _options(cells[5].paragraphs[0], moderated, ink=ink)
                else:
                    write(cells[5], _grade(rng, moderated, spelling), colour=ink, bold=True)
                write(cells[6], comment_for(case, agreed), colour=ink)
    elif cases_style == "lines":
        for number, (reference, case, moderated) in enumerate(rows, start=1):
            agreed = moderated == case.grade
            line = paragraph(document)
            run(line, f"{number}. {reference}", bold=True)
            run(line, f" – {who(case)}. Audited by {case.auditor}, graded {_grade(rng, case.grade, spelling).rstrip('.')}. ")
            if agreement == "sentence":
                text = ("HoS agrees with the grade." if agreed else
                        f"HoS does not agree – moderated to {_grade(rng, moderated, spelling).rstrip('.')}.")
            elif agreement == "agreed_word":
                text = "Agreed." if agreed else f"Moderated grade: {_grade(rng, moderated, spelling).rstrip('.')}."
            else:
                text = f"Agree: {agreed_text(agreed)}. Moderated grade: {_grade(rng, moderated, spelling).rstrip('.')}."
            comment = comment_for(case, agreed)
            run(line, text + (f" {comment}" if comment else ""), colour=ink)
    else:
        for reference, case, moderated in rows:
            agreed = moderated == case.grade
            card = table(document, 6, 2)
            names = ("Case reference", "Team / social worker", "Audited by", "Auditor's judgement",
                     "Head of Service agrees?", "Moderated judgement")
            for row, name in zip(card.rows, names):
                label(row.cells[0], name, "F2F2F2")
            write(card.cell(0, 1), reference, bold=True)
            write(card.cell(1, 1), f"{case.team} / {case.practitioner}")
            write(card.cell(2, 1), case.auditor)
            if spelling == "strike":
                _options(card.cell(3, 1).paragraphs[0], case.grade, ink=None)
            else:
                write(card.cell(3, 1), _grade(rng, case.grade, spelling))
            comment = comment_for(case, agreed)
            if agreement == "sentence":
                write(card.cell(4, 1), (("Yes. " if agreed else "No. ") + comment).strip(), colour=ink)
            else:
                write(card.cell(4, 1), agreed_text(agreed) + (f" – {comment}" if comment else ""), colour=ink)
            if agreement == "agreed_word" and agreed:
                write(card.cell(5, 1), "As auditor", colour=ink)
            elif spelling == "strike":
                _options(card.cell(5, 1).paragraphs[0], moderated, ink=ink)
            else:
                write(card.cell(5, 1), _grade(rng, moderated, spelling), colour=ink, bold=True)
            paragraph(document)
    paragraph(document)

    # What families said.
    heading(2, ("Feedback from children, young people and families", "What children and families told us"))
    paragraph(document, rng.choice(FAMILY_FEEDBACK).format(n=rng.randint(1, len(rows))))
    paragraph(document)

    # Learning themes.
    numbered = rng.random() < 0.5
    for number, options, items in (
            (3, ("Learning themes – what is working well", "What is working well", "Strengths across the sample"),
             sample.strengths),
            (4, ("What needs to improve", "Areas for development across the sample",
                 "Learning themes – what we need to do better"), sample.development_areas)):
        heading(number, options)
        for position, item in enumerate(items, start=1):
            paragraph(document, f"{position}. {item}" if numbered else f"\u2022 {item}")
        paragraph(document)

    # Children needing action today.
    question = rng.choice(URGENT_QUESTIONS)
    if rng.random() < 0.5:
        grid = table(document, 2, 1)
        label(grid.cell(0, 0), question, "FCE4D6")
        write(grid.cell(1, 0), urgent_detail or rng.choice(NO_URGENT), colour=ink)
    else:
        line = paragraph(document)
        run(line, question + " ", bold=True)
        if rng.random() < 0.5:
            run(line, "Yes", strike=not sample.urgent_concern)
            run(line, " / ")
            run(line, "No", strike=sample.urgent_concern)
            if urgent_detail:
                paragraph(document, urgent_detail.split(" ", 1)[1].lstrip("–. "), colour=ink)
        else:
            run(line, urgent_detail or rng.choice(NO_URGENT), colour=ink)
    paragraph(document)

    # Actions that close the learning loop.
    heading(5, ("Actions – closing the learning loop", "Actions for the service", "Agreed actions"))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        headers = rng.choice((("Action", "Lead", "By when"), ("What", "Who", "When"),
                              ("Action", "Owner", "Target date", "Progress")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2022 {action.action} Lead: {action.owner}. By {when(action.due)}.")
    paragraph(document)

    # Sign-off.
    if rng.random() < 0.5:
        box = table(document, 2, 2)
        label(box.cell(0, 0), "Signed (Head of Service)", "F2F2F2")
        write(box.cell(0, 1), head, colour=ink)
        label(box.cell(1, 0), "Date", "F2F2F2")
        write(box.cell(1, 1), when(sample.date), colour=ink)
    else:
        paragraph(document, f"Signed: {head}    Date: {when(sample.date)}", colour=ink)
    paragraph(document, "Copy to: Assistant Director; QA team; practice managers in the service.", italic=True,
              size=8)

    data = finish_docx(document, title, sample.date, head)
    truth = sample.expected()
    truth["extra"] = {**truth["extra"], "moderated_cases": {reference: moderated for reference, _, moderated in rows}}
    return held_out(FAMILY, index, sample, data, "docx", truth=truth)
