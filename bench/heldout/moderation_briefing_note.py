"""A Head of Service's monthly moderation briefing note (Word): a short
memo to the service's leadership team on the case audits the Head of
Service moderated that month.

Modelled on Southampton City Council's children's services as its Children
and Families Scrutiny Panel heard them (6 July 2023, "Children's Resource
Service Audit and Service Response": the service responds to an audit with
its findings and a service response, and reviews the quality of practice
across a managers' audit, re-referrals and the safeguarding partnership's
audits, reporting the findings back to the panel). The panel's papers show
no form, so the layout is our judgement of how such a note looks when a
busy Head of Service writes it up: a memo head or a details box, a short
purpose, the cases moderated (a table or numbered lines: reference, team
and worker, auditor, the auditor's judgement, whether the moderator
agreed, the moderated judgement), what is working well and what needs to
improve across the sample, whether any child needed action that day, the
service response (actions) and a sign-off.

Truth: `form` "moderation_overview", no case or grade of its own, and
`extra["moderated_cases"]` mapping each reference as printed to the
judgement after moderation (the auditor's where the moderator agreed).
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

FAMILY = "moderation_briefing_note"
SEED = 4871

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
             INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "Outst.", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inad."}

TITLES = ("Briefing Note – Practice Moderation", "Moderation Briefing Note", "BRIEFING NOTE: Audit Moderation",
          "Head of Service Briefing – Moderated Audits")
PURPOSES = (
    "To brief the leadership team on the audits moderated this month and the learning from them.",
    "This note summarises my moderation of a sample of the managers' audits completed last month, "
    "so that the learning can be shared at the practice improvement meeting.",
    "Purpose: assurance that audit judgements are consistent across the service, and the service response.",
)
URGENT_QUESTIONS = ("Did moderation identify any child needing action today?",
                    "Any child at risk of immediate harm identified?",
                    "Immediate safeguarding concerns found during moderation")
NO_URGENT = ("None identified.", "No – no child in the sample needed immediate action.",
             "No immediate concerns.")
URGENT_DETAILS = (
    "Yes – {ref}: no visit for seven weeks while the plan says fortnightly; escalated to the team manager "
    "the same day and a visit is booked.",
    "Yes – {ref}: new information about a partner in the household has not been risk assessed; strategy "
    "discussion requested today.",
    "Yes. {ref} – safety plan out of date after the latest incident; practice manager to review today.",
)
COMMENTS = (
    "Auditors were generally accurate; where I moved a grade the evidence was thinner than the narrative.",
    "Judgements were consistent with the evidence on file in the cases I looked at.",
    "Some auditors are still over-optimistic about the impact of plans on the child.",
    "Good reflective comments from auditors; feedback to workers was recorded in most cases.",
)
CHANGE_REASONS = ("impact not evidenced", "plan drift not reflected in grade", "strong direct work under-graded",
                  "no management oversight for 6 weeks", "voice of child stronger than auditor credited")
NO_ACTIONS = ("No new actions this month; last month's service response is still being delivered.",
              "No actions arising – learning to be shared through team meetings only.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [sample for sample in sample_forms(500, seed=SEED, today=today, feedback_question=True)
            if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)]
    plans = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    plans += ["plain"] * (count - len(plans))
    rng.shuffle(plans)
    used: set[str] = set()
    forms = []
    for index, (overview, plan) in enumerate(zip(overviews, plans)):
        size = rng.randint(3, 8)
        fits = [sample for sample in pool if sample.case_id not in used and sample.auditor != overview.auditor]
        ours = [sample for sample in fits if sample.service == overview.service]
        chosen = rng.sample(ours if len(ours) >= size else fits, size)
        used.update(sample.case_id for sample in chosen)
        changes = {"changed": rng.randint(2, min(3, size)), "plain": rng.randint(0, 1)}.get(plan, 0)
        changing = set(rng.sample(range(size), changes))
        forms.append(_form(rng, index, overview, plan, chosen, changing))
    return forms


def _moved(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    options = [ORDER[step] for step in (position - 1, position + 1) if 0 <= step < len(ORDER)]
    return rng.choice(options)


def _grade_text(rng: random.Random, grade: str, spelling: str) -> str:
    if spelling == "key":
        return str(ORDER.index(grade) + 1)
    if spelling == "short":
        return SHORT[grade]
    return informal_grade(rng, grade)


def _form(rng: random.Random, index: int, overview, plan: str, cases, changing: set[int]) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    head = overview.auditor
    details_style = rng.choice(("memo", "box", "sentence"))
    cases_style = rng.choice(("table", "table", "lines", "split"))
    spelling = rng.choice(("words", "key", "short", "highlight") if cases_style != "lines"
                          else ("words", "key", "short"))
    agreement = rng.choice((("Yes", "No"), ("\u2713", "\u2717"), ("Agree", "Disagree"), ("Y", "N")))
    same_word = rng.choice((None, None, "no change", "as auditor", "same"))
    prefix_style = rng.choice(("plain", "prefix", "mixed"))

    rows = []  # reference, case, auditor's grade, agreed, moderated grade
    for position, case in enumerate(cases):
        if case.kind == EARLY_HELP_AUDIT and prefix_style != "plain":
            reference = early_help_reference(rng, case.case_id)
        elif prefix_style == "prefix" or (prefix_style == "mixed" and rng.random() < 0.5):
            reference = case_reference(rng, case.case_id)
        else:
            reference = case.case_id
        moderated = _moved(rng, case.grade) if position in changing else case.grade
        rows.append((reference, case, case.grade, moderated == case.grade, moderated))

    actions = overview.actions
    if plan != "urgent" and rng.random() < 0.25:
        actions = ()
    urgent_detail = None
    if plan == "urgent":
        urgent_detail = rng.choice(URGENT_DETAILS).format(ref=rng.choice(rows)[0])
    sample = replace(
        overview,
        strengths=recount(overview.strengths, len(rows)),
        development_areas=recount(overview.development_areas, len(rows)),
        actions=actions,
        urgent_concern=plan == "urgent",
        urgent_concern_detail=urgent_detail,
        own=(overview.own[0], ToolField("audits_moderated", "", str(len(rows)), str(len(rows)))),
    )
    month = sample.own[0].written

    document = new_document(rng, landscape=cases_style == "table" and rng.random() < 0.4)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=9)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)

    # --- details
    if details_style == "memo":
        for name, value in (("To:", f"{sample.service} leadership team; QA team"),
                            ("From:", f"{head}, Head of Service"),
                            ("Date:", when(sample.date)),
                            ("Re:", f"Moderation of {month} audits ({len(rows)} audits moderated)")):
            line = paragraph(document)
            run(line, f"{name}\t", bold=True)
            run(line, value)
    elif details_style == "box":
        box = table(document, 5, 2)
        for row, (name, value) in zip(box.rows, (
                ("Moderated by", f"{head} (Head of Service)"), ("Service", sample.service),
                ("Audits completed in", month), ("Number of audits moderated", str(len(rows))),
                ("Date of note", when(sample.date)))):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    else:
        paragraph(document, f"Prepared by {head}, Head of Service, {sample.service}, on {when(sample.date)}. "
                            f"I moderated {len(rows)} of the audits completed in {month}.")

    brand_heading(document, "1. Purpose", brand, size=11)
    paragraph(document, rng.choice(PURPOSES))

    # --- the cases
    brand_heading(document, rng.choice(("2. Audits moderated", "2. Cases moderated this month",
                                        "2. Moderation outcomes")), brand, size=11)
    if spelling == "key":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires Improvement   4 = Inadequate",
                  italic=True, size=9)
    _cases(document, rng, rows, cases_style, spelling, agreement, same_word, ink)
    if plan == "comments" or rng.random() < 0.4:
        paragraph(document, rng.choice(COMMENTS), colour=ink, italic=True)

    # --- themes
    brand_heading(document, "3. Themes from the sample", brand, size=11)
    bullets = rng.random() < 0.5
    for heading, sentences in ((rng.choice(("What is working well", "Strengths")), sample.strengths),
                               (rng.choice(("What needs to improve", "Areas for development", "Worries")),
                                sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, sentence in enumerate(sentences, 1):
            if bullets:
                document.add_paragraph(sentence, style="List Bullet")
            else:
                paragraph(document, f"{number}. {sentence}")

    # --- urgent concern
    brand_heading(document, "4. Immediate concerns", brand, size=11)
    question = rng.choice(URGENT_QUESTIONS)
    if rng.random() < 0.5:
        line = paragraph(document)
        run(line, f"{question}  ", bold=True)
        run(line, "Yes", strike=not sample.urgent_concern, highlight=sample.urgent_concern)
        run(line, " / ")
        run(line, "No", strike=sample.urgent_concern, highlight=not sample.urgent_concern)
        if urgent_detail:
            paragraph(document, urgent_detail.split(" ", 1)[1].lstrip("–. "))
    else:
        paragraph(document, question, bold=True)
        paragraph(document, urgent_detail or rng.choice(NO_URGENT))

    # --- actions
    brand_heading(document, rng.choice(("5. Service response", "5. Actions", "5. Actions agreed")), brand, size=11)
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        grid = table(document, len(actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Action", "Lead", "By")):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(actions, 1):
            paragraph(document, f"{number}) {action.action} – {action.owner} by {when(action.due)}")

    # --- sign-off
    if rng.random() < 0.5:
        box = table(document, 2, 2)
        label(box.cell(0, 0), "Signed (Head of Service)", "F2F2F2")
        write(box.cell(0, 1), head, colour=ink)
        label(box.cell(1, 0), "Date", "F2F2F2")
        write(box.cell(1, 1), when(sample.date), colour=ink)
    else:
        paragraph(document, head, bold=True, colour=ink)
        paragraph(document, f"Head of Service, {sample.service}")
        paragraph(document, when(sample.date))
    paragraph(document, "OFFICIAL – SENSITIVE", italic=True, size=8)

    data = finish_docx(document, title, sample.date, head)
    truth = sample.expected()
    truth["extra"] = {**truth["extra"],
                      "moderated_cases": {reference: moderated for reference, _, _, _, moderated in rows}}
    return held_out(FAMILY, index, sample, data, "docx", truth=truth)


def _cell_grade(cell, rng, grade: str, spelling: str, *, colour: str | None = None) -> None:
    if spelling == "highlight":
        line = cell.paragraphs[-1]
        for position, option in enumerate(ORDER):
            if position:
                run(line, " ")
            run(line, SHORT[option], bold=option == grade, highlight=option == grade, colour=colour)
    else:
        write(cell, _grade_text(rng, grade, spelling), colour=colour)


def _cases(document, rng, rows, style: str, spelling: str, agreement, same_word, ink: str) -> None:
    if style == "lines":
        for number, (reference, case, grade, agreed, moderated) in enumerate(rows, 1):
            line = paragraph(document)
            run(line, f"{number}. {reference}", bold=True)
            run(line, f" – {case.team}, {case.practitioner}. Audited by {case.auditor}: "
                      f"{_grade_text(rng, grade, spelling)}. ")
            if agreed:
                run(line, rng.choice(("Agreed.", "I agree with the judgement.", "Judgement confirmed.")),
                    colour=ink)
            else:
                run(line, f"Not agreed – moderated to {_grade_text(rng, moderated, spelling)} "
                          f"({rng.choice(CHANGE_REASONS)}).", colour=ink)
        return
    split = style == "split"
    headers = ["Case ref", "Team / worker" if split else "Team", *([] if split else ["Worker"]), "Auditor",
               "Auditor's grade", "Agree?", "Moderated grade"]
    grid = table(document, len(rows) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "D9E2F3")
    for row, (reference, case, grade, agreed, moderated) in zip(grid.rows[1:], rows):
        cells = iter(row.cells)
        write(next(cells), reference)
        if split:
            write(next(cells), f"{case.team}\n{case.practitioner}")
        else:
            write(next(cells), case.team)
            write(next(cells), case.practitioner)
        write(next(cells), case.auditor)
        _cell_grade(next(cells), rng, grade, spelling)
        write(next(cells), agreement[0] if agreed else agreement[1], colour=ink, bold=True)
        final = next(cells)
        if agreed and same_word:
            write(final, same_word, colour=ink)
        else:
            _cell_grade(final, rng, moderated, spelling, colour=ink)
            if not agreed and rng.random() < 0.5:
                write(final, rng.choice(CHANGE_REASONS), colour=ink, italic=True)
