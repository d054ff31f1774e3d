"""Head of Service audit moderation note: the Word note a Head of Service
writes after moderating a month's case file audits by the team managers
(or Early Help managers) in the service, and emails to the Quality
Assurance team. It says who moderated, for which service, which month's
audits and how many, and when; then every audit moderated – the case
reference, the manager who audited it, the auditor's grade, whether the
Head of Service agrees and the moderated grade, with what the audit led to
for the child and the feedback given to the auditor – then the themes and
learning the moderation found across the sample, the service's actions,
whether any child needed action the same day, and the sign-off.

Modelled on what is published about the audit and management oversight of
Brighter Futures for Children, the not-for-profit company Reading Borough
Council set up in December 2018 to run its children's services (no form of
it is published; a body no other family uses):

- the Reading Borough Council and Brighter Futures for Children press
  release "Reading's children's services no longer inadequate"
  (media.reading.gov.uk, 28 October 2019: the council-owned company took
  over ten months earlier; after Ofsted's inspection of September 2019 the
  service was out of its "inadequate" rating in all four judgement areas,
  re-graded "requires improvement to be good"; inspectors found
  improvement in most areas of practice);
- the Reading Chronicle's report of Ofsted's focused visit to children in
  care in Reading (readingchronicle.co.uk/news/23931841, only its text read,
  under no headline we saw; the company's own account of the visit of 12
  and 13 September is brighterfuturesforchildren.org/services-improving-
  for-readings-children-in-care/): the areas for improvement included
  "the quality and impact of management oversight and supervision" and
  "the quality and impact of audit processes to improve social work
  practice";
- the Reading Chronicle's report of the 2024 inspection
  (readingchronicle.co.uk/news/24456270: "Management oversight and
  supervision in some teams are not effective, reflective or frequent
  enough and record-keeping is not of a consistently high quality"), with
  the council committee's item on the same inspection
  (democracy.reading.gov.uk, mgAi.aspx?ID=14115: inspectors scrutinised and
  discussed a sample of children's records).

None of these shows a moderation form or says how audits are moderated.
From them comes only the emphasis of the note: each case carries what the
audit changed for the child and whether feedback reached the auditor (the
"impact of audit processes"), and management oversight is among the
themes. Everything else is our own judgement of how a Head of Service of
such a company would write it up: the details as an opening paragraph, a
strip of labels over their values or tabbed label lines (the number of
audits left off on three); the audits as a card per case, one table with
a band per auditing manager, numbered paragraphs, a table marking both
grades under four grade columns, or one terse line each; grades typed informally, a number on a printed 1–4 key
(either way round), all four printed with the chosen one bold or
highlighted, the others struck through, or a Word drop-down; agreement as
words, ticks, check boxes or a sentence; the moderated grade always or only
where it changed; the Head of Service's words in a non-red ink or in
shaded Head of Service cells or boxes (changing, confirming or only
commenting on a grade); references plain or with a case
system's prefix; in four notes each child named in the case line and a
brother or sister named in one comment; themes as two columns, bullets or inline numbered
points; actions as a table, lines or a "no actions" sentence; the
same-day question in words, tick boxes or a sentence (three answered yes).

The truth: `form` "moderation_overview"; the Head of Service as `auditor`;
no case, grade, practitioner or team of the note's own;
`extra["moderated_cases"]` maps each reference as written to the grade
that stands after moderation (the auditor's where the Head of Service
agreed); `extra["period"]` the month; `extra["audits_moderated"]` the
number of audits, where the note states it.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, SampleAction, sample_forms
from bot.samples.ooxml import ControlIds, content_dropdown, shade
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
    siblings,
    table,
    write,
)

FAMILY = "hos_audit_moderation_note"
SEED = 9991

# The managers who audit their teams' cases each month, and their own team and service.
_MANAGERS = {member.name: member for member in STAFF
             if member.role in ("practice_manager", "early_help_manager", "safeguarding_practice_manager")}

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
BOX_ON, BOX_OFF = "\u2612", "\u2610"
# Fills for the Head of Service's own column or rows, when it is boxed rather than inked.
HOS_FILLS = ("E2EFDA", "DDEBF7", "FFF2CC", "EDE7F6")
INK_NAMES = {"0070C0": "blue", "00B050": "green", "7030A0": "purple", "2E75B6": "blue", "538135": "green"}

TITLES = ("Audit Moderation Note", "Head of Service Moderation Note", "Moderation of Managers' Audits – Note",
          "Case Audit Moderation: Head of Service Note")
ROLES = ("Head of Service", "Head of Service", "Interim Head of Service")

AGREE_NOTES = ("Well evidenced audit; grading fair.", "Agree – the audit picks up the drift in the plan.",
               "Balanced audit that names the impact for the child.",
               "Agree; good use of the child's own words in the evidence.")
CHANGE_NOTES = {
    "down": ("The evidence on file does not support this grade.",
             "Too generous – visits out of timescale have not been weighed.",
             "Impact for the child is not evidenced; regraded after a conversation with the auditor."),
    "up": ("The audit under-credits the direct work with the child.",
           "Progress for the child is clear from the record; regraded.",
           "The auditor focused on gaps in compliance rather than on the impact for the child."),
}
COMMENT_NOTES = ("Grade stands, but the case summary needs updating.",
                 "No change to the grade; the supervision records must be uploaded.",
                 "Grade stands. The plan's review date must be set before the next audit.",
                 "Grade stands; management oversight on file is thin and should be monthly.")
IMPACT = ("Plan rewritten with the family after the audit.", "Chronology brought up to date.",
          "Visit made within the week; child seen alone.", "Supervision discussion held with the worker.",
          "Actions not yet evidenced on file.", "Core group brought forward.")
FEEDBACK = ("Feedback given to the auditor in supervision.", "Discussed with the auditor on Teams.",
            "Feedback shared with the auditor at the managers' meeting.", "Written feedback sent to the auditor.")

URGENT_QUESTIONS = ("Did moderation identify any child needing action today?",
                    "Any child found at risk who needed escalating the same day?",
                    "Immediate safety concerns identified?")
URGENT_YES = ("Case {ref}: no statutory visit for over six weeks – raised with the team manager the same day and "
              "a visit made the following morning.",
              "Case {ref}: new concerns about an adult in the household not risk assessed – strategy discussion "
              "requested the same day.",
              "Case {ref}: the child has been missing from home twice since the audit and no return interview is "
              "recorded – escalated to the service manager today.")
URGENT_NO_SENTENCES = ("No child in the audits moderated needed action the same day.",
                       "No immediate safety concerns were identified in the audits moderated this month.")
NO_ACTIONS = ("No new service actions this month; last month's actions remain open and on track.",
              "There are no service-wide actions arising from this month's moderation.",
              "No further actions required – case-level actions sit with the auditing managers.")
ACTION_OWNERS = ("All team managers", "Service manager", "QA team", "Principal social worker")
SIBLING_LINES = ("{name} is on the same plan; the audit does not say how {first}'s needs are met separately.",
                 "The worries apply to {name} as well, who was not spoken to during the assessment.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(400, seed=SEED, today=today)
            if audit.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT) and audit.auditor in _MANAGERS]
    layouts = ["cards", "grouped", "numbered", "columns", "lines"] * (count // 5 + 1)
    layouts = layouts[:count]
    rng.shuffle(layouts)
    urgent = set(rng.sample(range(count), min(3, count)))
    no_actions = set(rng.sample([i for i in range(count) if i not in urgent], min(3, max(0, count - 3))))
    named = set(rng.sample(range(count), min(4, count)))
    uncounted = set(rng.sample(range(count), min(3, count)))
    # Every way of writing a grade and an agreement, spread over the notes.
    written = ["informal", "informal", "informal", "key", "key", "bold", "bold", "highlight", "highlight", "struck",
               "struck", "dropdown", "dropdown"]
    written = (written * (count // len(written) + 1))[:sum(layout != "columns" for layout in layouts)]
    rng.shuffle(written)
    styles = iter(written)
    grade_styles = ["columns" if layout == "columns" else next(styles) for layout in layouts]
    agreements = (["words", "yes/no", "ticks", "boxes"] * (count // 4 + 1))[:count]
    rng.shuffle(agreements)
    forms = []
    for index, sample in enumerate(overviews):
        audits = _choose_audits(rng, pool, sample)
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, today, sample, layouts[index], index in urgent, index in no_actions,
                           index in named, index in uncounted, (grade_styles[index], agreements[index]), audits))
    return forms


def _choose_audits(rng: random.Random, pool, sample):
    """Three to seven audits by one to three team managers, those of the
    Head of Service's own service where it has enough (a Safeguarding and
    QA head moderates across the services)."""
    own = [audit for audit in pool if _MANAGERS[audit.auditor].service == sample.service]
    if len(own) < 7:
        own = pool
    managers = sorted({audit.auditor for audit in own})
    chosen = rng.sample(managers, min(len(managers), rng.randint(2, 3)))
    size = rng.randint(3, 7)
    audits = []
    for manager in chosen:
        theirs = [audit for audit in own if audit.auditor == manager]
        audits += rng.sample(theirs, min(len(theirs), rng.randint(1, 3)))
    while len(audits) < size:
        audits.append(rng.choice([audit for audit in own if audit not in audits]))
    audits = audits[:size]
    order = {}
    for audit in audits:
        order.setdefault(audit.auditor, len(order))
    return sorted(audits, key=lambda audit: (order[audit.auditor], audit.date))


def _neighbour(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


def _cases(rng: random.Random, audits, reference_style: str, prefix: str, named: bool, today: date):
    changes = rng.choice((0, 1, 1, 2, 2, 3))
    changed_at = set(rng.sample(range(len(audits)), min(changes, len(audits) - 1)))
    commented_at = set(rng.sample([i for i in range(len(audits)) if i not in changed_at],
                                  min(rng.randint(0, 2), len(audits) - len(changed_at))))
    sibling_at = rng.randrange(len(audits)) if named else None
    cases, others = [], []
    for position, audit in enumerate(audits):
        if reference_style == "prefixed":
            reference = f"{prefix}{audit.case_id}"
        elif reference_style == "early help":
            # One Early Help system per note: the same format for every reference.
            reference = early_help_reference(random.Random(prefix), audit.case_id)
        else:
            reference = audit.case_id
        if reference in {case["ref"] for case in cases}:
            reference = audit.case_id
        moderated = _neighbour(rng, audit.grade) if position in changed_at else audit.grade
        if moderated != audit.grade:
            outcome = "changed"
            note = rng.choice(CHANGE_NOTES["up" if ORDER.index(moderated) < ORDER.index(audit.grade) else "down"])
        elif position in commented_at:
            outcome, note = "commented", rng.choice(COMMENT_NOTES)
        else:
            outcome, note = "confirmed", rng.choice(AGREE_NOTES) if rng.random() < 0.5 else ""
        child, sibling_line = None, ""
        if named and audit.child is not None:
            child = audit.child.full_name
            others.append(child)
            if position == sibling_at:
                brother_or_sister = siblings(rng, audit.child, 1, today)[0][0]
                others.append(brother_or_sister)
                sibling_line = rng.choice(SIBLING_LINES).format(name=brother_or_sister,
                                                                first=audit.child.first_name)
        cases.append({"ref": reference, "auditor": audit.auditor, "team": audit.team, "worker": audit.practitioner,
                      "audited": audit.date, "grade": audit.grade, "moderated": moderated, "outcome": outcome,
                      "note": note, "impact": rng.choice(IMPACT), "feedback": rng.choice(FEEDBACK),
                      "child": child, "sibling": sibling_line})
    return cases, others


class _Look:
    """How one note writes grades, agreement and the Head of Service's words."""

    def __init__(self, rng: random.Random, ink: str, boxed: bool, grade_style: str, key_reversed: bool,
                 agreement: str, always: bool, ids: ControlIds):
        self.rng = rng
        self.ink = ink
        self.boxed = boxed
        self.fill = rng.choice(HOS_FILLS)
        self.grade_style = grade_style
        self.key_reversed = key_reversed
        self.agreement = agreement
        self.always = always
        self.ids = ids
        self.blank_mark = rng.choice(("", "–", "n/a", "No change"))

    @property
    def hos_colour(self) -> str | None:
        return None if self.boxed else self.ink

    def number(self, grade: str) -> str:
        place = ORDER.index(grade)
        return str(4 - place if self.key_reversed else place + 1)

    def key_line(self) -> str:
        pairs = [(self.number(grade), WORDS[grade]) for grade in ORDER]
        if self.key_reversed:
            pairs = list(reversed(pairs))
        return "Grading key:  " + "   ".join(f"{number} = {word}" for number, word in pairs)

    def grade(self, line, grade: str, *, moderator: bool = False) -> None:
        """Write `grade` on the paragraph `line` in the note's style."""
        colour = self.hos_colour if moderator else None
        style = self.grade_style
        if style == "informal":
            run(line, informal_grade(self.rng, grade, note_chance=0.0 if moderator else 0.15), colour=colour,
                bold=moderator)
        elif style == "key":
            number = self.number(grade)
            run(line, number if self.rng.random() < 0.7 else f"{number} ({WORDS[grade]})", colour=colour,
                bold=moderator)
        elif style == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], self.ids,
                             alias="Grade", colour=colour)
        else:
            for place, option in enumerate(ORDER):
                if place:
                    run(line, " / " if style != "struck" else "  ")
                chosen = option == grade
                run(line, SHORT[option] if style != "struck" else WORDS[option],
                    bold=chosen and style in ("bold", "highlight"), highlight=chosen and style == "highlight",
                    strike=not chosen and style == "struck", colour=colour if chosen else None)

    def agreed(self, line, agreed: bool) -> None:
        colour = self.hos_colour
        style = self.agreement
        if style == "words":
            run(line, "Agree" if agreed else "Disagree", colour=colour, bold=True)
        elif style == "yes/no":
            run(line, "Yes" if agreed else "No", colour=colour, bold=True)
        elif style == "ticks":
            run(line, "\u2713" if agreed else "\u2717", colour=colour, bold=True)
        else:
            run(line, f"{BOX_ON if agreed else BOX_OFF} Agree   {BOX_OFF if agreed else BOX_ON} Disagree",
                colour=colour)

    def moderated(self, line, case: dict) -> None:
        if self.always or case["moderated"] != case["grade"]:
            self.grade(line, case["moderated"], moderator=True)
        elif self.blank_mark:
            run(line, self.blank_mark, colour=self.hos_colour)

    def hos_cell(self, cell) -> None:
        if self.boxed:
            shade(cell._tc, self.fill)


def _form(rng: random.Random, index: int, today: date, sample, layout: str, urgent: bool, no_actions: bool,
          named: bool, uncounted: bool, styles: tuple[str, str], audits) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    early_help = sample.service == "Early Help"
    reference_style = rng.choice(("plain", "prefixed", "prefixed") + (("early help",) if early_help else ()))
    prefix = rng.choice(CASE_PREFIXES)
    cases, others = _cases(rng, audits, reference_style, prefix, named, today)
    total = len(cases)
    look = _Look(rng, ink, boxed=layout != "lines" and rng.random() < 0.35, grade_style=styles[0],
                 key_reversed=rng.random() < 0.4, agreement=styles[1],
                 always=rng.random() < 0.5, ids=ControlIds(rng))
    details_style = rng.choice(("strip", "lines") if uncounted else ("sentence", "strip", "lines"))
    show_count = not uncounted
    role = rng.choice(ROLES)
    title = rng.choice(TITLES)

    # The sample as this note carries it; the truth comes from it.
    period = next(field.written for field in sample.own if field.key == "period")
    own = [field for field in sample.own if field.key == "period"]
    if show_count:
        own.append(ToolField("audits_moderated", "Number of audits moderated", str(total), str(total)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    changes: dict = {"own": tuple(own), "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True,
                     "urgent_concern": False, "urgent_concern_detail": None, "moderation": None}
    if no_actions:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(
            SampleAction(action.action, rng.choice((sample.auditor, *ACTION_OWNERS)),
                         sample.date + timedelta(days=rng.choice((14, 21, 28, 42))))
            for action in sample.actions)
    if urgent:
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        changes.update(urgent_concern=True, urgent_concern_detail=rng.choice(URGENT_YES).format(ref=worst["ref"]))
    sample = replace(sample, **changes)

    document = new_document(rng, landscape=layout == "columns" or rng.random() < 0.2)
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE: PERSONAL", "Internal – not for circulation")),
        size=8)
    paragraph(document, council_line(rng), colour=brand, size=9, bold=True)
    brand_heading(document, f"{title} – {period}" if rng.random() < 0.5 else title, brand, size=15)
    _details(rng, document, sample, details_style, role, period, total, show_count, when)
    if not look.boxed:
        paragraph(document, rng.choice(("Head of Service comments are typed in colour.",
                                        "My moderation is shown in colour below.",
                                        f"Moderator's entries in {INK_NAMES[ink]}.")), italic=True, size=8)
    else:
        paragraph(document, rng.choice(("Shaded boxes: Head of Service use only.",
                                        "The shaded column is completed by the Head of Service.")),
                  italic=True, size=8)

    brand_heading(document, rng.choice(("1. Audits moderated", "Audits moderated this month", "The audits",
                                        "Moderation decisions")), brand, size=12)
    if look.grade_style == "key":
        paragraph(document, look.key_line(), size=9, bold=True)
    {"cards": _cards, "grouped": _grouped, "numbered": _numbered, "columns": _columns,
     "lines": _lines}[layout](rng, document, cases, look, when)
    if look.grade_style in ("bold", "highlight"):
        paragraph(document, "O = Outstanding, G = Good, RI = Requires improvement, I = Inadequate "
                  f"({'bold' if look.grade_style == 'bold' else 'highlighted'} = the grade given)", size=8)
    paragraph(document)

    _themes(rng, document, sample, brand, look)
    _actions(rng, document, sample, brand, when)
    _urgent(rng, document, sample, brand, look)
    _sign_off(rng, document, sample, role, when, look)

    data = finish_docx(document, title, sample.date, sample.auditor)
    surnames = tuple(dict.fromkeys(name.split()[-1] for name in others))
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(dict.fromkeys(others)), also=surnames)


# --- details -----------------------------------------------------------------------


def _details(rng: random.Random, document, sample, style: str, role: str, period: str, total: int,
             show_count: bool, when) -> None:
    if style == "sentence":
        line = paragraph(document)
        run(line, rng.choice((
            f"This note records my moderation of {total} case audits completed by team managers in {period}. ",
            f"I have moderated {total} of the audits the team managers completed in {period}. ")))
        run(line, f"Moderated by {sample.auditor}, {role}, {sample.service}, on {when(sample.date)}.")
        return
    rows = [(role, sample.auditor), ("Service", sample.service), ("Audit month", period)]
    if show_count:
        rows.append(("No. of audits moderated", str(total)))
    rows.append(("Date of note", when(sample.date)))
    if style == "strip":
        grid = table(document, 2, len(rows))
        for place, (name, value) in enumerate(rows):
            label(grid.cell(0, place), name, "D9D9D9")
            write(grid.cell(1, place), value)
        paragraph(document)
    else:
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}:\t", bold=True)
            run(line, value)


# --- the cases ---------------------------------------------------------------------


def _case_name(case: dict) -> str:
    return f"{case['ref']} ({case['child']})" if case["child"] else case["ref"]


def _comment_text(case: dict, with_impact: bool) -> str:
    parts = [case["note"]] if case["note"] else []
    if case["sibling"]:
        parts.append(case["sibling"])
    if with_impact:
        parts.append(case["impact"])
    return " ".join(parts)


def _cards(rng: random.Random, document, cases, look: _Look, when) -> None:
    """A small two-column card per case."""
    for number, case in enumerate(cases, start=1):
        rows = [("Audited by", None), ("Date of audit", None), ("Auditor's grade", None),
                ("HoS agrees with grade?", "hos"), ("Moderated grade", "hos"), ("What the audit changed", None),
                ("HoS comments", "hos")]
        grid = table(document, len(rows) + 1, 2)
        top = grid.cell(0, 0).merge(grid.cell(0, 1))
        label(top, f"Case {number}:  {_case_name(case)}", "D9E1F2")
        for (name, owner), row in zip(rows, grid.rows[1:]):
            label(row.cells[0], name)
            cell = row.cells[1]
            if owner:
                look.hos_cell(cell)
            line = cell.paragraphs[0]
            if name == "Audited by":
                run(line, f"{case['auditor']} ({_MANAGERS[case['auditor']].team})")
            elif name == "Date of audit":
                run(line, when(case["audited"]))
            elif name == "Auditor's grade":
                look.grade(line, case["grade"])
            elif name == "HoS agrees with grade?":
                look.agreed(line, case["moderated"] == case["grade"])
            elif name == "Moderated grade":
                look.moderated(line, case)
            elif name == "What the audit changed":
                run(line, case["impact"])
            else:
                text = _comment_text(case, False) or case["feedback"]
                run(line, text, colour=look.hos_colour)
        paragraph(document)


def _grouped(rng: random.Random, document, cases, look: _Look, when) -> None:
    """One table; a band row for each auditing manager."""
    headers = ("Case ref", "Worker", "Audit date", "Auditor's grade", "Agree?", "Moderated grade",
               "Head of Service comments")
    managers = list(dict.fromkeys(case["auditor"] for case in cases))
    grid = table(document, 1 + len(managers) + len(cases), len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    row_at = 1
    for manager in managers:
        theirs = [case for case in cases if case["auditor"] == manager]
        band = grid.cell(row_at, 0).merge(grid.cell(row_at, len(headers) - 1))
        team = _MANAGERS[manager].team
        label(band, rng.choice((f"Audits completed by {manager}, {team}", f"Auditor: {manager} ({team} manager)")),
              "F2F2F2")
        row_at += 1
        for case in theirs:
            cells = grid.rows[row_at].cells
            write(cells[0], _case_name(case))
            write(cells[1], case["worker"])
            write(cells[2], when(case["audited"]))
            look.grade(cells[3].paragraphs[0], case["grade"])
            for place in (4, 5, 6):
                look.hos_cell(cells[place])
            look.agreed(cells[4].paragraphs[0], case["moderated"] == case["grade"])
            look.moderated(cells[5].paragraphs[0], case)
            text = _comment_text(case, rng.random() < 0.4)
            if text:
                write(cells[6], text, colour=look.hos_colour)
            row_at += 1


def _numbered(rng: random.Random, document, cases, look: _Look, when) -> None:
    """A numbered paragraph per case; the Head of Service's view follows in
    the same paragraph in ink, or in a shaded box under it."""
    for number, case in enumerate(cases, start=1):
        line = paragraph(document)
        run(line, f"{number}.  {_case_name(case)}", bold=True)
        run(line, f" – audited by {case['auditor']} on {when(case['audited'])}. Auditor's grade: ")
        look.grade(line, case["grade"])
        run(line, " " if line.text.endswith(".") else ". ")
        if look.boxed:
            box = table(document, 1, 1)
            look.hos_cell(box.cell(0, 0))
            line = box.cell(0, 0).paragraphs[0]
            run(line, "Head of Service: ", bold=True)
        agreed = case["moderated"] == case["grade"]
        if look.agreement == "boxes" or look.grade_style not in ("informal", "key"):
            run(line, "HoS agrees? ", bold=True)
            look.agreed(line, agreed)
            if look.always or not agreed:
                run(line, "  Moderated grade: ", colour=look.hos_colour)
                look.grade(line, case["moderated"], moderator=True)
            run(line, ".")
        elif agreed:
            run(line, rng.choice(("I agree with the grade.", "Agreed – grade stands.", "I agree.")),
                colour=look.hos_colour, bold=True)
        else:
            written = informal_grade(rng, case["moderated"]) if look.grade_style == "informal" \
                else look.number(case["moderated"])
            run(line, rng.choice(("I do not agree; moderated to {g}.", "Not agreed – the grade should be {g}.",
                                  "Disagree. Moderated grade: {g}.")).format(g=written),
                colour=look.hos_colour, bold=True)
        text = _comment_text(case, True)
        if text:
            run(line, f" {text}", colour=look.hos_colour)
        if look.boxed:
            paragraph(document)


def _columns(rng: random.Random, document, cases, look: _Look, when) -> None:
    """Both grades marked under four grade columns each."""
    symbol = rng.choice(("X", "\u2713", "\u25cf", "x"))
    headers = ("Case ref", "Auditor", *(SHORT[g] for g in ORDER), *(SHORT[g] for g in ORDER), "Agree?",
               "Comments")
    grid = table(document, len(cases) + 2, len(headers))
    label(grid.cell(0, 0).merge(grid.cell(1, 0)), "Case ref", "DEEAF6")
    label(grid.cell(0, 1).merge(grid.cell(1, 1)), "Auditor", "DEEAF6")
    label(grid.cell(0, 2).merge(grid.cell(0, 5)), "Auditor's grade", "DEEAF6")
    label(grid.cell(0, 6).merge(grid.cell(0, 9)), "Moderated grade (HoS)", "DEEAF6")
    label(grid.cell(0, 10).merge(grid.cell(1, 10)), "Agree?", "DEEAF6")
    label(grid.cell(0, 11).merge(grid.cell(1, 11)), "Comments", "DEEAF6")
    for place, grade in enumerate(ORDER):
        label(grid.cell(1, 2 + place), SHORT[grade], "F2F2F2")
        label(grid.cell(1, 6 + place), SHORT[grade], "F2F2F2")
    for row, case in zip(grid.rows[2:], cases):
        cells = row.cells
        write(cells[0], _case_name(case))
        write(cells[1], case["auditor"])
        write(cells[2 + ORDER.index(case["grade"])], symbol, bold=True)
        agreed = case["moderated"] == case["grade"]
        for place in range(6, 12):
            look.hos_cell(cells[place])
        if look.always or not agreed:
            write(cells[6 + ORDER.index(case["moderated"])], symbol, bold=True, colour=look.hos_colour)
        look.agreed(cells[10].paragraphs[0], agreed)
        text = _comment_text(case, False)
        if text:
            write(cells[11], text, colour=look.hos_colour)
    paragraph(document, "O = Outstanding   G = Good   RI = Requires improvement   I = Inadequate", size=8)


def _lines(rng: random.Random, document, cases, look: _Look, when) -> None:
    """One terse line per case, as typed into an email-style note."""
    paragraph(document, "Case  |  auditor  |  auditor's grade  |  agree?  |  moderated grade", italic=True, size=9)
    for case in cases:
        line = paragraph(document)
        run(line, _case_name(case), bold=True)
        run(line, f"  |  {case['auditor']}  |  ")
        look.grade(line, case["grade"])
        run(line, "  |  ")
        look.agreed(line, case["moderated"] == case["grade"])
        run(line, "  |  ")
        look.moderated(line, case)
        text = _comment_text(case, rng.random() < 0.5)
        if text:
            run(line, f"  – {text}", colour=look.hos_colour, italic=True)


# --- themes, actions, the question, sign-off ----------------------------------------


def _themes(rng: random.Random, document, sample, brand: str, look: _Look) -> None:
    brand_heading(document, rng.choice(("2. Themes and learning", "Themes from moderation", "Learning")), brand,
                  size=12)
    style = rng.choice(("columns", "bullets", "inline"))
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths across the audits", "Areas for development"),
                           ("Good practice seen", "Learning for the service")))
    if style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFDA")
        label(grid.cell(0, 1), headings[1], "FCE4D6")
        for item in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {item}")
    elif style == "bullets":
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, italic=True)
            for item in items:
                paragraph(document, f"\u2022  {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            line = paragraph(document)
            run(line, f"{heading}: ", bold=True)
            run(line, " ".join(f"({number}) {item}" for number, item in enumerate(items, start=1)))
    paragraph(document)


def _actions(rng: random.Random, document, sample, brand: str, when) -> None:
    brand_heading(document, rng.choice(("3. Actions for the service", "Actions", "What happens next")), brand,
                  size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        paragraph(document)
        return
    if rng.random() < 0.5:
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Owner", "Target date", "Done?")))
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
            run(line, f"{action.action} Lead: {action.owner}. By {when(action.due)}.")
    paragraph(document)


def _urgent(rng: random.Random, document, sample, brand: str, look: _Look) -> None:
    style = rng.choice(("words", "boxes", "sentence") if not sample.urgent_concern else ("words", "boxes"))
    if style == "sentence":
        paragraph(document, rng.choice(URGENT_NO_SENTENCES), bold=True)
        paragraph(document)
        return
    line = paragraph(document)
    run(line, rng.choice(URGENT_QUESTIONS) + "   ", bold=True)
    yes = sample.urgent_concern
    if style == "words":
        run(line, "Yes" if yes else "No", colour=look.hos_colour, bold=True)
    else:
        run(line, f"{BOX_ON if yes else BOX_OFF} Yes   {BOX_OFF if yes else BOX_ON} No", colour=look.hos_colour)
    if yes:
        paragraph(document, f"Details: {sample.urgent_concern_detail}", colour=look.hos_colour)
    paragraph(document)


def _sign_off(rng: random.Random, document, sample, role: str, when, look: _Look) -> None:
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), f"Signed ({role})", "F2F2F2")
        write(grid.cell(0, 1), sample.auditor, colour=look.hos_colour, italic=True)
        label(grid.cell(1, 0), "Date", "F2F2F2")
        write(grid.cell(1, 1), when(sample.date))
    else:
        line = paragraph(document)
        run(line, "Signed: ", bold=True)
        run(line, f"{sample.auditor}, {role}, {sample.service}   ", colour=look.hos_colour, italic=True)
        run(line, "Date: ", bold=True)
        run(line, when(sample.date))
