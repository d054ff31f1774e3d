"""Moderation meeting summary: a Head of Service's write-up of the monthly
meeting at which they moderated the case audits their managers completed
the month before, emailed to the Quality Assurance team. The summary
gives the meeting (who chaired it, the service, the month of audits, how
many were moderated, the date, who was present), the audits moderated
(the case reference, the auditing manager, the manager's grade, whether
the Head of Service agreed, the moderated grade and the reason for the
decision), a line on how consistent the managers' grading was, the themes
and learning across the audits, the service's actions, whether any child
needed immediate action to keep them safe, and a sign-off.

Modelled on what is published about Children's Hearings Scotland (CHS),
a national body not named by any other family or council layout (every
council checked in the four nations, and the children's trusts checked,
is named by another family or a council layout, so a non-departmental
public body was taken), read as search excerpts: Carol Wassell's opinion
piece "Children's hearings: focusing on quality" (tfn.scot: the Scottish
Government has accepted the recommendation that the hearings system must
report on the quality, consistency and impact of the decisions it makes
and how they affect outcomes for children; CHS is the non-departmental
public body that recruits, trains and supports the volunteers who sit as
tribunal members on the Children's Panel; a drive to make quality the
"north star" for every member of staff and volunteer), the contents of
CHS's "National Standards for the Children's Panel" (vdocuments.us:
Standard 3 "Panel member practice is consistent across Scotland",
Standard 5 "Every children's hearing makes decisions based on sound
reasons in the best interests of the child or young person", Standard 6 on
Area Support Teams) and the Scottish Parliament Education and Skills
Committee's "Children's Hearings System – taking stock of recent reforms"
(2017: CHS created by the 2011 Act to recruit and support panel members,
a national Children's Panel supported by 22 Area Support Teams, the aim of
greater national consistency). None of them shows an audit, a moderation
or any form, so the layout is our own judgement; only three things follow
the sources: the summary is framed around the quality and consistency of
the managers' judgements (a line saying how many grades were agreed), every
moderation decision carries its reason, and the meeting is recorded with
who was present. The rest is ours: the meeting's details as a two-column
table, a strip of headings over values or run-in lines; the audits as a
table (agreement as Agree / Disagree, Y / N or ticks; the moderated grade
always or only where changed), as small boxed cards, grouped under each
auditing manager, or as numbered paragraphs; grades typed informally, as a
number on a printed 1-4 key either way round, or as the four options with
the chosen one emboldened or highlighted and the others struck through;
the Head of Service's decisions typed in a colour that is not red; themes
and learning as paragraphs or numbered points; actions as a table, as
lines or a sentence that none are needed; the immediate-safety question
typed or ticked (3 yes, naming the case reference); the sign-off; the
council's line in the page header and landscape pages on some. Of the 16
files, 5 change one or two grades, 4 confirm every grade, 4 confirm every
grade with a comment on each, and the 3 with an immediate-safety concern
change a grade or not.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF
from bot.samples.people import EARLY_HELP, FRONT_LINE_MANAGERS, QA_TEAM, invent_case_id
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

FAMILY = "moderation_meeting_summary"
SEED = 10072

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
LONG = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
        INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
TICK, CROSS = "\u2713", "\u2717"
BOX_ON, BOX_OFF = "\u2612", "\u2610"

TITLES = ("Moderation Meeting Summary", "Audit Moderation Meeting – Summary of Outcomes",
          "Monthly Moderation Meeting: Summary", "Case Audit Moderation – Meeting Note and Outcomes")
CHAIR_LABELS = ("Chaired by (Head of Service)", "Moderated by", "Head of Service / Chair", "Chair")
DATE_LABELS = ("Date of meeting", "Meeting held", "Date")
MONTH_LABELS = ("Audits from", "Month of audits", "Audit month")
COUNT_LABELS = ("Audits moderated", "No. of audits moderated", "Number moderated")
PRESENT_LABELS = ("Present", "Attendees", "Managers present")
INTROS = ("Each manager presented their audit and the grade they gave; the grade was then tested against the "
          "evidence on file and the practice standards.",
          "The purpose of moderation is to check that our grading is consistent and that every decision has "
          "sound reasons behind it.",
          "Audits were read before the meeting. Reasons for each decision are recorded below.")
AGREE_REASONS = ("Evidence on file supports the grade.", "Grade consistent with the practice standards.",
                 "Balanced audit – strengths and gaps both evidenced.", "Agree; impact for the child is clear.")
CHANGE_REASONS = {
    "down": ("Impact for the child not evidenced – grade lowered.", "Visits out of timescale not weighed in the grade.",
             "Plan not SMART; grade too generous for what is on file."),
    "up": ("Audit under-credits the direct work with the child.", "Progress for the child is clear on the file.",
           "Focus was on compliance gaps rather than the child's experience."),
}
COMMENT_REASONS = ("Grade stands; chronology to be brought up to date.", "Grade stands; case summary needs updating.",
                   "No change to grade – supervision notes to be uploaded.",
                   "Grade stands; review date for the plan must be set.")
URGENT = ("{ref}: no visit recorded for over six weeks – escalated to the team manager at the meeting and a visit "
          "made the next day.",
          "{ref}: new information about a risky adult in the household not yet assessed – strategy discussion "
          "requested the same day.",
          "{ref}: safety plan out of date following a new incident – reviewed with the manager that afternoon.")
NO_ACTIONS = ("No new actions are needed this month; learning will be shared at the next managers' meeting.",
              "No further actions required at this time – case-level actions sit with the auditing managers.",
              "There are no service actions arising from this month's moderation.")
URGENT_QUESTIONS = ("Did moderation identify any child needing immediate action to keep them safe?",
                    "Immediate safety concerns identified?",
                    "Any case escalated for immediate safeguarding action?")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    profiles = ["urgent"] * 3 + ["changed"] * 5 + ["confirmed"] * 4 + ["comments"] * 4
    profiles += ["changed"] * max(0, count - len(profiles))
    profiles = profiles[:count]
    rng.shuffle(profiles)
    no_actions = set(rng.sample(range(count), min(3, count)))
    return [_form(rng, index, sample, profile, index in no_actions)
            for index, (sample, profile) in enumerate(zip(overviews, profiles))]


def _step(rng: random.Random, grade: str) -> tuple[str, str]:
    place = ORDER.index(grade)
    choices = [(ORDER[i], "up" if i < place else "down") for i in (place - 1, place + 1) if 0 <= i < len(ORDER)]
    return rng.choice(choices)


def _auditors(sample) -> list:
    managers = [member for member in STAFF if member.role in (*FRONT_LINE_MANAGERS, QA_TEAM)]
    own = [member for member in managers if member.service == sample.service]
    return own if len(own) >= 2 else own + [member for member in managers if member not in own][:3]


def _cases(rng: random.Random, sample, profile: str) -> list[dict]:
    total = rng.randint(4, 7)
    auditors = _auditors(sample)
    prefixed = rng.random() < 0.6
    prefix = case_reference(rng, "")
    changes = {"changed": rng.randint(1, 2), "urgent": rng.choice((0, 1))}.get(profile, 0)
    changed = set(rng.sample(range(total), changes))
    cases, seen = [], set()
    while len(cases) < total:
        number = invent_case_id(rng)
        if sample.service == EARLY_HELP and rng.random() < 0.5:
            reference = early_help_reference(rng, number)
        else:
            reference = f"{prefix}{number}" if prefixed else number
        if reference in seen:
            continue
        seen.add(reference)
        grade = rng.choices(ORDER, weights=(1, 5, 4, 2))[0]
        if profile == "urgent" and not cases:
            grade = INADEQUATE
        final, way = grade, None
        if len(cases) in changed:
            final, way = _step(rng, grade)
        if way:
            reason = rng.choice(CHANGE_REASONS[way])
        elif profile == "comments":
            reason = rng.choice(COMMENT_REASONS)
        elif rng.random() < 0.5:
            reason = rng.choice(AGREE_REASONS)
        else:
            reason = ""
        cases.append({"ref": reference, "auditor": rng.choice(auditors), "grade": grade, "final": final,
                      "reason": reason})
    return cases


def _form(rng: random.Random, index: int, sample, profile: str, no_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    cases = _cases(rng, sample, profile)
    total = len(cases)
    month = sample.date.replace(day=1) - timedelta(days=1)
    period = f"{month:%B %Y}" if rng.random() < 0.7 else f"{month:%b %Y}"
    urgent = profile == "urgent"
    detail = rng.choice(URGENT).format(ref=cases[0]["ref"]) if urgent else None
    changes = {
        "strengths": recount(sample.strengths, total),
        "development_areas": recount(sample.development_areas, total),
        "urgent_question": True, "urgent_concern": urgent, "urgent_concern_detail": detail,
        "moderation": None,
        "own": (ToolField("period", rng.choice(MONTH_LABELS), period, period),
                ToolField("audits_moderated", rng.choice(COUNT_LABELS), str(total), str(total)),
                ToolField("moderated_cases", "", None, {case["ref"]: case["final"] for case in cases})),
    }
    if no_actions:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    labels = {field.key: field.label for field in sample.own}
    present = list(dict.fromkeys(case["auditor"].name for case in cases))
    title = rng.choice(TITLES)

    document = new_document(rng, landscape=index % 4 == 2)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), colour=brand, bold=True, size=9)
    brand_heading(document, title, brand, size=15)
    (_details_table, _details_strip, _details_lines)[index % 3](rng, document, sample, labels, period, total,
                                                                 present, when)
    paragraph(document, rng.choice(INTROS), italic=True, size=9)

    brand_heading(document, rng.choice(("Audits moderated", "Moderation decisions", "Outcome for each audit")),
                  brand, size=12)
    layout = (_case_table, _case_cards, _by_auditor, _case_paragraphs)[(index + index // 4) % 4]
    style = rng.choice(("informal", "informal", "number", "options"))
    if style == "options" and layout is _case_paragraphs:
        style = "informal"
    if style == "number":
        style = _key(rng, document)
    layout(rng, document, cases, ink, style)
    agreed = sum(case["final"] == case["grade"] for case in cases)
    line = paragraph(document)
    run(line, "Consistency of grading: ", bold=True)
    run(line, rng.choice((f"{agreed} of {total} grades agreed at moderation.",
                          f"grade agreed in {agreed} of the {total} audits.")), colour=ink)
    paragraph(document)

    _themes(rng, document, sample, brand)
    _actions(rng, document, sample, brand, when)
    _urgent(rng, document, detail, ink)
    _sign_off(rng, document, sample, when, ink)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")


# --- the meeting's details ----------------------------------------------------------


def _details(rng: random.Random, sample, labels, period, total, present, when) -> list[tuple[str, str]]:
    return [(rng.choice(CHAIR_LABELS), sample.auditor), ("Service", sample.service), (labels["period"], period),
            (labels["audits_moderated"], str(total)), (rng.choice(DATE_LABELS), when(sample.date)),
            (rng.choice(PRESENT_LABELS), ", ".join(present))]


def _details_table(rng: random.Random, document, sample, labels, period, total, present, when) -> None:
    rows = _details(rng, sample, labels, period, total, present, when)
    grid = table(document, len(rows), 2)
    for row, (name, value) in zip(grid.rows, rows):
        label(row.cells[0], name, "EDEDED")
        write(row.cells[1], value)
    paragraph(document)


def _details_strip(rng: random.Random, document, sample, labels, period, total, present, when) -> None:
    rows = _details(rng, sample, labels, period, total, present, when)
    grid = table(document, 2, len(rows) - 1)
    for column, (name, value) in enumerate(rows[:-1]):
        label(grid.cell(0, column), name, "DDEBF7")
        write(grid.cell(1, column), value)
    line = paragraph(document)
    run(line, f"{rows[-1][0]}: ", bold=True)
    run(line, rows[-1][1])
    paragraph(document)


def _details_lines(rng: random.Random, document, sample, labels, period, total, present, when) -> None:
    rows = _details(rng, sample, labels, period, total, present, when)
    for name, value in rows:
        line = paragraph(document)
        run(line, f"{name}: ", bold=True)
        run(line, value)
    paragraph(document)


# --- the audits -------------------------------------------------------------------------


NUMBER_KEYS = (
    {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"},
    {OUTSTANDING: "4", GOOD: "3", REQUIRES_IMPROVEMENT: "2", INADEQUATE: "1"},
)


def _key(rng: random.Random, document) -> dict[str, str]:
    """Print a 1-4 grading key (either way round) and return it."""
    numbers = rng.choice(NUMBER_KEYS)
    line = paragraph(document)
    run(line, "Grading key: ", bold=True)
    ordered = sorted(ORDER, key=lambda grade: numbers[grade])
    run(line, "   ".join(f"{numbers[grade]} = {LONG[grade]}" for grade in ordered), size=9)
    return numbers


def _grade(rng: random.Random, target, grade: str, style, *, colour: str | None = None) -> None:
    """Write `grade` into a paragraph in the form's grade style: typed
    informally, as the four options with the others struck through, or (a
    dict) as its number on the printed key."""
    if isinstance(style, dict):
        run(target, style[grade], bold=True, colour=colour)
    elif style == "options":
        for place, option in enumerate(ORDER):
            if place:
                run(target, " / ")
            chosen = option == grade
            run(target, SHORT[option], bold=chosen, highlight=chosen and colour is None, strike=not chosen,
                colour=colour if chosen else None)
    else:
        run(target, informal_grade(rng, grade), colour=colour, bold=colour is not None)


def _agreement(agreed: bool, style: tuple[str, str]) -> str:
    return style[0] if agreed else style[1]


AGREE_STYLES = (("Agree", "Disagree"), ("Y", "N"), (TICK, CROSS), ("Agreed", "Not agreed"))


def _case_table(rng: random.Random, document, cases, ink: str, style) -> None:
    always = rng.random() < 0.5
    agree = rng.choice(AGREE_STYLES)
    headers = ("Case ref", "Audited by", "Auditor's grade", "HoS agrees?",
               "Moderated grade" if always else "Moderated grade (if changed)", "Reason")
    grid = table(document, len(cases) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "E2EFDA")
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], case["auditor"].name)
        _grade(rng, cells[2].paragraphs[0], case["grade"], style)
        agreed = case["final"] == case["grade"]
        write(cells[3], _agreement(agreed, agree), colour=ink, bold=True)
        if always or not agreed:
            _grade(rng, cells[4].paragraphs[0], case["final"], style, colour=ink)
        elif rng.random() < 0.5:
            write(cells[4], rng.choice(("–", "n/a", "No change")), colour=ink)
        if case["reason"]:
            write(cells[5], case["reason"], colour=ink)
    paragraph(document)


def _case_cards(rng: random.Random, document, cases, ink: str, style) -> None:
    agree = rng.choice(AGREE_STYLES[:2] + AGREE_STYLES[3:])
    for number, case in enumerate(cases, start=1):
        card = table(document, 1, 1)
        cell = card.cell(0, 0)
        first = cell.paragraphs[0]
        run(first, f"Audit {number} – {case['ref']}", bold=True)
        line = cell.add_paragraph()
        run(line, "Audited by: ", bold=True)
        run(line, f"{case['auditor'].name}")
        line = cell.add_paragraph()
        run(line, "Audit grade: ", bold=True)
        _grade(rng, line, case["grade"], style)
        agreed = case["final"] == case["grade"]
        line = cell.add_paragraph()
        run(line, "Moderation: ", bold=True)
        run(line, _agreement(agreed, agree), colour=ink, bold=True)
        line = cell.add_paragraph()
        run(line, "Moderated grade: ", bold=True)
        _grade(rng, line, case["final"], style, colour=ink)
        if case["reason"]:
            line = cell.add_paragraph()
            run(line, "Reason: ", bold=True)
            run(line, case["reason"], colour=ink)
        paragraph(document, size=6)


def _by_auditor(rng: random.Random, document, cases, ink: str, style) -> None:
    agree = rng.choice(AGREE_STYLES)
    always = rng.random() < 0.5
    for name in dict.fromkeys(case["auditor"].name for case in cases):
        mine = [case for case in cases if case["auditor"].name == name]
        member = mine[0]["auditor"]
        paragraph(document, f"{name} ({member.team})", bold=True, italic=True)
        headers = ("Ref", "Grade given", "Agree?", "Grade after moderation", "Why")
        grid = table(document, len(mine) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "FFF2CC")
        for row, case in zip(grid.rows[1:], mine):
            cells = row.cells
            write(cells[0], case["ref"])
            _grade(rng, cells[1].paragraphs[0], case["grade"], style)
            agreed = case["final"] == case["grade"]
            write(cells[2], _agreement(agreed, agree), colour=ink, bold=True)
            if always or not agreed:
                _grade(rng, cells[3].paragraphs[0], case["final"], style, colour=ink)
            else:
                write(cells[3], "as above", colour=ink, italic=True)
            if case["reason"]:
                write(cells[4], case["reason"], colour=ink)
        paragraph(document, size=6)
    paragraph(document)


def _case_paragraphs(rng: random.Random, document, cases, ink: str, style) -> None:
    for number, case in enumerate(cases, start=1):
        line = paragraph(document)
        run(line, f"{number}. {case['ref']}", bold=True)
        run(line, f" – audited by {case['auditor'].name}; graded ")
        _grade(rng, line, case["grade"], style)
        run(line, " " if line.text.endswith(".") else ". ")
        if case["final"] == case["grade"]:
            run(line, rng.choice(("Agreed – grade stands.", "I agree with the grade.", "Moderation: agree.")),
                colour=ink, bold=True)
        else:
            run(line, rng.choice(("Not agreed – moderated to ", "Disagree; moderated grade: ",
                                  "I do not agree – grade changed to ")), colour=ink, bold=True)
            _grade(rng, line, case["final"], style, colour=ink)
            if not line.text.endswith("."):
                run(line, ".", colour=ink)
        if case["reason"]:
            run(line, f" {case['reason']}", colour=ink)
    paragraph(document)


# --- themes, actions, the question, sign-off ----------------------------------------------


def _themes(rng: random.Random, document, sample, brand: str) -> None:
    brand_heading(document, rng.choice(("Themes and learning across the audits", "What moderation tells us",
                                        "Learning from this month's audits")), brand, size=12)
    numbered = rng.random() < 0.5
    for heading, items in ((rng.choice(("What is working well", "Strengths seen across the audits")),
                            sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development across the audits")),
                            sample.development_areas)):
        paragraph(document, heading, bold=True)
        if numbered:
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}")
        else:
            paragraph(document, " ".join(items))
    paragraph(document)


def _actions(rng: random.Random, document, sample, brand: str, when) -> None:
    brand_heading(document, rng.choice(("Actions agreed", "Service actions", "What we will do next")), brand,
                  size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        paragraph(document)
        return
    if rng.random() < 0.5:
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Owner", "Due date", "Update")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document)
            run(line, f"Action {number}: ", bold=True)
            run(line, action.action)
            run(line, f"  Lead: {action.owner}.  By: {when(action.due)}.", italic=True)
    paragraph(document)


def _urgent(rng: random.Random, document, detail, ink: str) -> None:
    line = paragraph(document)
    run(line, rng.choice(URGENT_QUESTIONS) + "  ", bold=True)
    if rng.random() < 0.5:
        run(line, f"{BOX_ON if detail else BOX_OFF} Yes   {BOX_OFF if detail else BOX_ON} No", colour=ink)
    else:
        run(line, "Yes" if detail else rng.choice(("No", "None identified.")), colour=ink, bold=True)
    if detail:
        paragraph(document, detail, colour=ink)
    paragraph(document)


def _sign_off(rng: random.Random, document, sample, when, ink: str) -> None:
    line = paragraph(document)
    run(line, "Signed: ", bold=True)
    run(line, sample.auditor, colour=ink, italic=True)
    run(line, f"   Head of Service, {sample.service}   ")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
