"""Audit moderation panel minutes: the Word minutes of a month's audit
moderation panel in children's services, written up by the Head of Service
who chaired it and emailed to the Quality Assurance team. Who sat on the
panel, who sent apologies and who declared an interest; the audits the
managers of the service completed the month before and brought to panel
(the case reference, the manager who audited it, the auditor's grade,
whether the file was read a second time, whether the panel agreed and the
moderated grade, a remark); what the month's audits show across the cases;
whether any child needed action the same day; the actions; the chair's
"approved as a correct record".

Modelled on what the Scottish Legal Aid Board (SLAB), a public body not
yet used by any family or council layout, publishes about quality-assuring
case files through a committee that moderates its reviewers' marks. What
was read, as search excerpts of its pages:

- "Children's quality assurance" (slab.org.uk/solicitors/quality-assurance-
  scheme/childrens-qa) and the Children's Handbook, Part 1, Chapter 3
  "Quality Assurance" (slab.org.uk/providers/handbooks/childrens/
  part1ch3.html): solicitors registered for children's legal assistance are
  peer reviewed; the process is administered by the Children's Quality
  Assurance Committee under section 25C of the Legal Aid (Scotland) Act
  1986; the committee has three members appointed by SLAB, three by the Law
  Society of Scotland and three independent or lay members; its role is to
  instruct and receive reports from peer reviewers, to approve the reports
  and marks given by peer reviewers, and to recommend further reviews or
  actions; peer reviewers are practising children's solicitors; the purpose
  of a review is to examine the quality of the work on the evidence in the
  case file; the chapter's contents list routine, extended, final and
  special reviews and a marking scale.
- "Routine children's reviews" (slab.org.uk/faqs/routine-reviews) and the
  older "Children's Quality Assurance" page (slab.org.uk/providers/quality/
  ChildrensQA.html): every registered solicitor is reviewed once in a
  six-year cycle on randomly selected files; reviewers are not asked to
  review solicitors in their own area where possible, and must disclose any
  conflict of interest or involvement in a case.
- "Marking scale" (slab.org.uk/faqs/marking-scale): each file is marked
  against 19 criteria in lettered sections (A: the legal aid application,
  B: the advice given to the client, ...), not all applying to every case.
- "Who does the peer review?" (slab.org.uk/faqs/who-does-the-peer-review,
  on the peer review of advice agencies – housing, welfare benefits and
  money / debt): reviewers' reports on a sample of an agency's case files go to a
  quarterly Moderation Committee, which makes the final decision; files
  below the compliance mark may be double-marked by a second reviewer and
  both reports go to the committee; the committee has subject specialists
  and a lay member, with SLAB staff chairing and providing the secretariat.

None of these shows a form, and the body is not a children's services
department: the layout is our own judgement of how a council's Head of
Service would minute a moderation panel run on those lines. Taken from the
source: a panel that receives the auditors' (reviewers') grades and
confirms or varies them, with the final word; its members listed by the
part they play (an independent member on some files); declarations of
interest before the cases are taken; audits picked at random; a second
reading ("double-marked") noted against some cases; further actions
recommended. Everything else is our judgement: numbered minute items;
the cases as a schedule table, as one minute paragraph a case, as a grid
marking both grades under four grade columns, or as a small block a case
with the four grades printed; grades typed informally, a number on a
printed 1-4 key (either way round), the chosen grade emboldened or
highlighted among the four, the others struck through, or a Word
drop-down; agreement as Agreed / Varied, Y / N, ticks or a sentence; the
moderated grade always or only where changed, some cases only commented
on; the panel's entries in an ink that is not red or in shaded cells;
plain, prefixed or Early Help references; on four files the children of
each family named; seven date spellings; themes as bullets or a table;
actions as a table, numbered lines or a "no actions" sentence (three);
the same-day question (three answered yes).

The truth: `form` "moderation_overview"; the Head of Service who chaired as
`auditor`; no case, grade, practitioner or team of the minutes' own;
`extra["moderated_cases"]` maps each reference as written to the grade
that stands after the panel (the auditor's where the panel agreed or only
commented); `extra["period"]` the month audited; `extra["audits_moderated"]`
the number of audits, where the minutes state it.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, sample_forms
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import EARLY_HELP
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MARK_SHADE,
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

FAMILY = "audit_moderation_panel_minutes"
SEED = 10056

_MANAGERS = {member.name: member for member in STAFF
             if member.role in ("practice_manager", "early_help_manager", "safeguarding_practice_manager")}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
PANEL_FILLS = ("E2EFDA", "DDEBF7", "FFF2CC", "EDE7F6")
COLUMN_MARKS = ("X", "\u2713", "\u25cf", "")

TITLES = ("Audit Moderation Panel – Minutes", "Minutes of the Audit Moderation Panel",
          "Case Audit Moderation Panel: Minutes of Meeting", "Practice Moderation Panel – Note of Meeting")
ROLE_NAMES = {"head_of_service": "Head of Service", "qa_team": "QA Officer",
              "safeguarding_practice_manager": "Safeguarding Practice Manager",
              "assistant_director": "Assistant Director", "practice_manager": "Team Manager",
              "early_help_manager": "Early Help Manager"}
INDEPENDENT = ("Independent member (Safeguarding Partnership) – apologies",
               "Independent member: vacant", "Independent member (neighbouring authority QA lead) – apologies")
INTERESTS = ("{name} declared an interest in {ref} (former case manager) and took no part in that decision.",
             "{name} declared an interest in {ref} as the allocated worker's supervisor; the panel noted it.")
NO_INTERESTS = ("None declared.", "No declarations of interest.", "Nil.")
PURPOSES = ("The panel receives the managers' audits chosen at random for the month, tests the evidence for "
            "each grade and confirms or varies it. The panel's decision is final.",
            "Purpose: consistency of audit judgements across teams. Grades agreed by the panel stand; grades "
            "varied by the panel replace the auditor's.")

AGREE_NOTES = ("Evidence supports the grade.", "Balanced audit, well evidenced.", "Fair judgement.",
               "Good reflective analysis by the auditor.", "", "")
LOWER_NOTES = ("Panel found no management oversight recorded for six weeks.",
               "Plan has drifted since the last review; the audit misses it.",
               "Risk analysis not evident on file.")
RAISE_NOTES = ("Direct work with the child clearly making a difference.",
               "Audit under-credits the quality of the assessment.",
               "Child's views recorded and acted on throughout.")
COMMENT_NOTES = ("Grade stands. Chronology to be brought up to date.",
                 "No change; father's views to be recorded.",
                 "Grade stands; contingency plan to be discussed in supervision.",
                 "No change – share as an example of good recording.")
SIBLING_NOTES = ("{first}'s needs are not looked at separately in the plan.",
                 "{first} was not spoken to, although the worries apply to all the children.")

STRENGTH_HEADS = ("What is working well", "Strengths across the audits", "Good practice noted by the panel")
DEVELOPMENT_HEADS = ("What needs to improve", "Areas for development", "Learning for the service")
ACTION_HEADS = (("Action", "Lead", "By when"), ("Recommendation", "Owner", "Due"),
                ("Action agreed", "Who", "Timescale", "Update"))
NO_ACTIONS = ("No new actions arising from this panel.",
              "No actions this month – the learning is covered by the existing service plan.",
              "Nil new actions; case actions sit with the auditing managers.")
URGENT_QUESTIONS = ("Did the panel identify any child needing action today to keep them safe?",
                    "Immediate safeguarding concerns identified at panel?",
                    "Any case requiring same-day escalation?")
URGENT_YES = ("Yes – {ref}: no visit recorded for seven weeks; the team manager arranged a visit the same day.",
              "Yes. {ref}: new information about an adult in the household had not been acted on; strategy "
              "discussion requested today.",
              "Yes – {ref}: safety plan not reviewed after an injury was reported; escalated to the service "
              "manager at panel.")
URGENT_NO = ("No", "No.", "None identified.", "No – none this month.")
APPROVALS = ("Approved as a correct record", "Minutes approved by the Chair", "Signed as a true record")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(400, seed=SEED, today=today)
            if audit.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT) and audit.auditor in _MANAGERS]
    layouts = (["schedule", "minutes", "columns", "blocks"] * (count // 4 + 1))[:count]
    rng.shuffle(layouts)
    indices = list(range(count))
    urgent = set(rng.sample(indices, min(3, count)))
    no_actions = set(rng.sample([i for i in indices if i not in urgent], min(3, max(0, count - 3))))
    named = set(rng.sample(indices, min(4, count)))
    uncounted = set(rng.sample(indices, min(3, count)))
    plans = (["changes"] * 5 + ["confirms"] * 4 + ["comments"] * 3 + ["mixed"] * 4) * (count // 16 + 1)
    plans = plans[:count]
    rng.shuffle(plans)
    written = ["informal", "informal", "informal", "key", "key", "key", "bold", "highlight", "struck", "struck",
               "dropdown", "dropdown"]
    needed = sum(layout != "columns" for layout in layouts)
    written = (written * (needed // len(written) + 1))[:needed]
    rng.shuffle(written)
    styles = iter(written)
    grade_styles = ["columns" if layout == "columns" else next(styles) for layout in layouts]
    references = (["plain", "prefixed", "prefixed"] * (count // 3 + 1))[:count]
    rng.shuffle(references)
    for place in [i for i, sample in enumerate(overviews) if sample.service == EARLY_HELP][:2]:
        references[place] = "early help"
    forms = []
    for index, sample in enumerate(overviews):
        audits = _choose_audits(rng, pool, sample.service)
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, today, sample, audits, layout=layouts[index], grade_style=grade_styles[index],
                           plan=plans[index], reference_style=references[index], urgent=index in urgent,
                           no_actions=index in no_actions, named=index in named, counted=index not in uncounted))
    return forms


def _choose_audits(rng: random.Random, pool, service: str):
    """Four to seven audits by the service's managers, picked at random;
    any service's where the Head of Service's own managers audited too few."""
    own = [audit for audit in pool if _MANAGERS[audit.auditor].service == service]
    if len(own) < 4:
        own = pool
    audits = rng.sample(own, min(len(own), rng.randint(4, 7)))
    return sorted(audits, key=lambda audit: (audit.auditor, audit.date))


def _neighbour(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


def _cases(rng: random.Random, audits, *, plan: str, reference_style: str, named: bool, today: date):
    """What the panel made of each audit, and the children it names."""
    total = len(audits)
    changes = {"changes": rng.randint(2, 3), "confirms": 0, "comments": 0, "mixed": 1}[plan]
    changed_at = set(rng.sample(range(total), min(changes, total - 1)))
    rest = [i for i in range(total) if i not in changed_at]
    comments = {"changes": rng.randint(0, 1), "confirms": 0, "comments": rng.randint(2, 3), "mixed": 1}[plan]
    commented_at = set(rng.sample(rest, min(comments, len(rest))))
    prefix = rng.choice(CASE_PREFIXES)
    sibling_at = rng.randrange(total) if named else None
    cases, others = [], []
    for position, audit in enumerate(audits):
        if reference_style == "prefixed":
            reference = f"{prefix}{audit.case_id}"
        elif reference_style == "early help":
            # One Early Help system per set of minutes: the same format for every reference.
            reference = early_help_reference(random.Random(prefix), audit.case_id)
        else:
            reference = audit.case_id
        if reference in {case["ref"] for case in cases}:
            reference = audit.case_id
        if position in changed_at:
            moderated = _neighbour(rng, audit.grade)
            outcome = "changed"
            note = rng.choice(RAISE_NOTES if ORDER.index(moderated) < ORDER.index(audit.grade) else LOWER_NOTES)
        elif position in commented_at:
            moderated, outcome, note = audit.grade, "commented", rng.choice(COMMENT_NOTES)
        else:
            moderated, outcome, note = audit.grade, "confirmed", rng.choice(AGREE_NOTES)
        children: list[str] = []
        if named and audit.child is not None:
            children = [audit.child.full_name]
            used = {name.split()[0] for name in others} | {audit.child.first_name}
            for name, _ in siblings(rng, audit.child, rng.choice((0, 1, 1, 2)), today):
                if name.split()[0] not in used:
                    children.append(name)
                    used.add(name.split()[0])
            if position == sibling_at and len(children) > 1:
                note = f"{note} {rng.choice(SIBLING_NOTES).format(first=children[1].split()[0])}".strip()
            others += [name for name in children if name not in others]
        cases.append({"ref": reference, "auditor": audit.auditor, "team": audit.team, "grade": audit.grade,
                      "moderated": moderated, "outcome": outcome, "note": note, "children": children,
                      "second": rng.random() < 0.25, "child": audit.child})
    return cases, others


class _Look:
    """How one set of minutes writes grades, agreement and the panel's entries."""

    def __init__(self, rng: random.Random, *, grade_style: str, ids: ControlIds):
        self.rng = rng
        self.ink = rng.choice(MODERATION_INKS)
        self.boxed = rng.random() < 0.35
        self.fill = rng.choice(PANEL_FILLS)
        self.grade_style = grade_style
        self.key_reversed = rng.random() < 0.5
        self.agreement = rng.choice(("words", "yn", "ticks", "sentence"))
        self.always = rng.random() < 0.5
        self.ids = ids
        self.blank = rng.choice(("", "–", "n/a", "No change", "As auditor"))
        self.mark = rng.choice(COLUMN_MARKS)

    @property
    def colour(self) -> str | None:
        return None if self.boxed else self.ink

    def panel_cell(self, cell) -> None:
        if self.boxed:
            shade(cell._tc, self.fill)

    def number(self, grade: str) -> str:
        place = ORDER.index(grade)
        return str(4 - place if self.key_reversed else place + 1)

    def key_line(self) -> str:
        pairs = [(self.number(grade), WORDS[grade]) for grade in ORDER]
        if self.key_reversed:
            pairs.reverse()
        return "Grading key:   " + "    ".join(f"{number} = {word}" for number, word in pairs)

    def grade(self, line, grade: str, *, panel: bool = False) -> None:
        """Write `grade` at the end of paragraph `line` in the minutes' style."""
        colour = self.colour if panel else None
        style = self.grade_style
        if style in ("informal", "columns"):
            run(line, informal_grade(self.rng, grade, note_chance=0.0 if panel else 0.1), colour=colour, bold=panel)
        elif style == "key":
            number = self.number(grade)
            run(line, number if self.rng.random() < 0.7 else f"{number} – {WORDS[grade]}", colour=colour, bold=panel)
        elif style == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], self.ids,
                             alias="Grade", colour=colour)
        else:
            for place, option in enumerate(ORDER):
                if place:
                    run(line, "  /  " if style != "struck" else "   ")
                chosen = option == grade
                run(line, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                    highlight=chosen and style == "highlight", strike=not chosen and style == "struck",
                    colour=colour if chosen else None)

    def agreed(self, line, case: dict) -> None:
        """Whether the panel agreed; nothing where it only commented (unless in words)."""
        outcome = case["outcome"]
        agree = outcome != "changed"
        colour = self.colour
        if self.agreement == "words":
            run(line, "Agreed" if agree else "Varied", colour=colour, bold=True)
        elif self.agreement == "yn":
            run(line, "Y" if agree else "N", colour=colour, bold=True)
        elif self.agreement == "ticks":
            run(line, "\u2713" if agree else "\u2717", colour=colour, bold=True)
        elif outcome == "commented":
            run(line, "Grade not changed; comment only.", colour=colour)
        elif agree:
            run(line, self.rng.choice(("Panel agreed the grade.", "The panel agreed with the auditor.")),
                colour=colour)
        else:
            run(line, self.rng.choice(("Panel did not agree; grade varied.", "The panel varied the grade.")),
                colour=colour)

    def shows_moderated(self, case: dict) -> bool:
        return case["outcome"] == "changed" or (self.always and case["outcome"] == "confirmed")


def _form(rng: random.Random, index: int, today: date, sample, audits, *, layout: str, grade_style: str, plan: str,
          reference_style: str, urgent: bool, no_actions: bool, named: bool, counted: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    when = date_writer(rng)
    cases, others = _cases(rng, audits, plan=plan, reference_style=reference_style, named=named, today=today)
    total = len(cases)
    look = _Look(rng, grade_style=grade_style, ids=ControlIds(rng))
    period = next(field.written for field in sample.own if field.key == "period")

    # The sample as these minutes carry it; the truth comes from it.
    own = [field for field in sample.own if field.key == "period"]
    if counted:
        own.append(ToolField("audits_moderated", "Audits moderated", str(total), str(total)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    changed: dict = {"own": tuple(own), "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True}
    if no_actions:
        changed["actions"] = ()
    if urgent:
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        changed.update(urgent_concern=True, urgent_concern_detail=rng.choice(URGENT_YES).format(ref=worst["ref"]))
    sample = replace(sample, **changed)
    assert len(sample.own[-1].expected) == total, "two cases share a reference"

    document = new_document(rng, landscape=layout == "columns" or rng.random() < 0.25)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council_line(rng), colour=brand, size=9)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    brand_heading(document, rng.choice(TITLES), brand, size=14)
    if rng.random() < 0.6:
        paragraph(document, rng.choice(PURPOSES), italic=True, size=9)

    number = 1
    number = _attendance(document, rng, sample, cases, period, total, counted, when, brand, number)
    number = _interests(document, rng, cases, brand, number)
    brand_heading(document, f"{number}. {rng.choice(('Audits considered', 'Cases moderated', 'Audits brought to panel'))}",
                  brand, size=11)
    if look.grade_style == "key":
        paragraph(document, look.key_line(), size=8, bold=True)
    {"schedule": _schedule, "minutes": _minutes, "columns": _columns, "blocks": _blocks}[layout](
        document, rng, cases, look, named)
    number += 1
    number = _themes(document, rng, sample, brand, number)
    number = _urgent(document, rng, sample, look, brand, number)
    number = _actions(document, rng, sample, when, brand, number)
    _sign_off(document, rng, sample, when, look, brand, number)
    data = finish_docx(document, "Audit Moderation Panel Minutes", sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others))


def _attendance(document, rng, sample, cases, period, total, counted, when, brand, number) -> int:
    members = rng.sample([member for member in STAFF if member.name != sample.auditor and member.role in
                          ("head_of_service", "safeguarding_practice_manager", "assistant_director")],
                         rng.randint(2, 4))
    minute_taker = rng.choice([member for member in STAFF if member.role == "qa_team"])
    rows = [(rng.choice(("Chair", "Chair (Head of Service)", "Chaired by")), f"{sample.auditor}, Head of Service"),
            (rng.choice(("Service", "Service area")), sample.service),
            (rng.choice(("Date of meeting", "Meeting held", "Date")), when(sample.date)),
            (rng.choice(("Audits from", "Audit month", "Month audited")), period)]
    if counted:
        rows.append((rng.choice(("Number of audits moderated", "Audits moderated", "No. of audits")), str(total)))
    present = [f"{member.name} ({ROLE_NAMES[member.role]})" for member in members]
    if rng.random() < 0.6:
        present.append(rng.choice(INDEPENDENT))
    present_text = "; ".join(present)
    minutes_by = f"{minute_taker.name} (QA Officer)"
    style = rng.choice(("table", "lines", "wide"))
    if style == "table":
        grid = table(document, len(rows) + 2, 2)
        for row, (name, value) in zip(grid.rows, rows + [("Present", present_text), ("Minutes", minutes_by)]):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif style == "wide":
        pairs = rows + [("Minutes", minutes_by)]
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for place, (name, value) in enumerate(pairs):
            row, column = divmod(place, 2)
            label(grid.cell(row, column * 2), name, "F2F2F2")
            write(grid.cell(row, column * 2 + 1), value)
        line = paragraph(document)
        run(line, "Present: ", bold=True)
        run(line, present_text)
    else:
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}:\t", bold=True)
            run(line, value)
        brand_heading(document, f"{number}. Present and apologies", brand, size=11)
        for entry in present:
            paragraph(document, f"\u2022 {entry}")
        paragraph(document, f"In attendance: {minutes_by}", italic=True)
        return number + 1
    document.add_paragraph()
    return number


def _interests(document, rng, cases, brand, number) -> int:
    brand_heading(document, f"{number}. Declarations of interest", brand, size=11)
    if rng.random() < 0.3:
        manager = rng.choice([member for member in STAFF if member.role == "safeguarding_practice_manager"])
        paragraph(document, rng.choice(INTERESTS).format(name=manager.name, ref=rng.choice(cases)["ref"]))
    else:
        paragraph(document, rng.choice(NO_INTERESTS))
    return number + 1


def _who(case: dict, named: bool) -> str:
    return ", ".join(case["children"]) if named and case["children"] else ""


def _schedule(document, rng, cases, look, named) -> None:
    """A schedule table, one audit to a row."""
    headings = ["Case ref", "Audited by", "Auditor's grade", "2nd read", "Panel agreed?", "Moderated grade",
                "Panel note"]
    if named:
        headings.insert(1, rng.choice(("Child(ren)", "Children in the family")))
    grid = table(document, len(cases) + 1, len(headings))
    for cell, text in zip(grid.rows[0].cells, headings):
        label(cell, text, "D9E2F3")
    for row, case in zip(grid.rows[1:], cases):
        cells = list(row.cells)
        write(cells.pop(0), case["ref"])
        if named:
            write(cells.pop(0), _who(case, named))
        write(cells[0], case["auditor"])
        look.grade(cells[1].paragraphs[0], case["grade"])
        write(cells[2], "Yes" if case["second"] else "No")
        for cell in cells[3:]:
            look.panel_cell(cell)
        look.agreed(cells[3].paragraphs[0], case)
        if look.shows_moderated(case):
            look.grade(cells[4].paragraphs[0], case["moderated"], panel=True)
        elif look.blank:
            write(cells[4], look.blank, colour=look.colour)
        if case["note"]:
            write(cells[5], case["note"], colour=look.colour)


def _minutes(document, rng, cases, look, named) -> None:
    """One numbered minute paragraph a case, the decision after it."""
    for number, case in enumerate(cases, start=1):
        line = paragraph(document)
        run(line, f"({chr(96 + number)}) {case['ref']}", bold=True)
        who = _who(case, named)
        if who:
            run(line, f" – {who}")
        run(line, f". Audited by {case['auditor']} ({case['team']}). Auditor's grade: ")
        look.grade(line, case["grade"])
        if case["second"]:
            run(line, " (file read a second time before panel)", italic=True)
        decision = paragraph(document)
        run(decision, "Decision: ", bold=True, colour=look.colour)
        look.agreed(decision, case)
        if look.shows_moderated(case):
            run(decision, " Moderated grade: ", colour=look.colour)
            look.grade(decision, case["moderated"], panel=True)
        if case["note"]:
            run(decision, f" {case['note']}", colour=look.colour, italic=True)
        if look.boxed:
            decision.paragraph_format.left_indent = 200000
            _shade_paragraph(decision, look.fill)


def _shade_paragraph(line, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    properties = line._p.get_or_add_pPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _columns(document, rng, cases, look, named) -> None:
    """Two rows a case, the auditor's and the panel's, marked under four grade columns."""
    order = ORDER if rng.random() < 0.7 else (GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE)
    headings = ["Case ref", "Grade by", *(WORDS[grade] for grade in order), "Note"]
    grid = table(document, 2 * len(cases) + 1, len(headings))
    for cell, text in zip(grid.rows[0].cells, headings):
        label(cell, text, "D9E2F3")
    for place, case in enumerate(cases):
        first, second = grid.rows[1 + 2 * place].cells, grid.rows[2 + 2 * place].cells
        reference = case["ref"] + (f"\n{_who(case, named)}" if _who(case, named) else "")
        write(first[0], reference)
        write(first[1], f"Auditor ({case['auditor']})")
        write(second[1], "Panel")
        first[0].merge(second[0])
        _mark(first[2 + order.index(case["grade"])], look, None)
        if look.shows_moderated(case):
            for cell in second[2:6]:
                look.panel_cell(cell)
            _mark(second[2 + order.index(case["moderated"])], look, look.colour or look.ink)
        else:
            look.agreed(second[6].paragraphs[0], case)
            run(second[6].paragraphs[0], " ")
        if case["note"]:
            run(second[6].paragraphs[0], case["note"], colour=look.colour)
    paragraph(document, "Where the panel row is not marked, the auditor's grade stands.", italic=True, size=8)


def _mark(cell, look, colour) -> None:
    if look.mark:
        write(cell, look.mark, bold=True, colour=colour)
    else:
        shade(cell._tc, colour if colour else MARK_SHADE)


def _blocks(document, rng, cases, look, named) -> None:
    """A small table a case."""
    for case in cases:
        rows = [("Case", case["ref"]), ("Audited by", f"{case['auditor']}, {case['team']}")]
        who = _who(case, named)
        if who:
            rows.append(("Children", who))
        block = table(document, len(rows) + 4, 2)
        for row, (name, value) in zip(block.rows, rows):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
        at = len(rows)
        label(block.cell(at, 0), "Auditor's grade", "F2F2F2")
        look.grade(block.cell(at, 1).paragraphs[0], case["grade"])
        label(block.cell(at + 1, 0), "Panel agrees?", "F2F2F2")
        look.agreed(block.cell(at + 1, 1).paragraphs[0], case)
        label(block.cell(at + 2, 0), "Moderated grade", "F2F2F2")
        if look.shows_moderated(case):
            look.grade(block.cell(at + 2, 1).paragraphs[0], case["moderated"], panel=True)
        elif look.blank:
            write(block.cell(at + 2, 1), look.blank, colour=look.colour)
        label(block.cell(at + 3, 0), "Panel comment", "F2F2F2")
        if case["note"]:
            write(block.cell(at + 3, 1), case["note"], colour=look.colour)
        for offset in range(1, 4):
            look.panel_cell(block.cell(at + offset, 1))
        document.add_paragraph()


def _themes(document, rng, sample, brand, number) -> int:
    brand_heading(document, f"{number}. {rng.choice(('Themes across the audits', 'Learning from the month', 'What the audits tell us'))}",
                  brand, size=11)
    heads = (rng.choice(STRENGTH_HEADS), rng.choice(DEVELOPMENT_HEADS))
    groups = (sample.strengths, sample.development_areas)
    if rng.random() < 0.4:
        grid = table(document, 2, 2)
        for row, head, items in zip(grid.rows, heads, groups):
            label(row.cells[0], head, "F2F2F2")
            for item in items:
                write(row.cells[1], f"\u2022 {item}")
    else:
        numbered = rng.random() < 0.4
        for part, (head, items) in enumerate(zip(heads, groups), start=1):
            paragraph(document, head, bold=True)
            for item_number, item in enumerate(items, start=1):
                paragraph(document, f"{number}.{part}.{item_number} {item}" if numbered else f"\u2022 {item}")
    document.add_paragraph()
    return number + 1


def _urgent(document, rng, sample, look, brand, number) -> int:
    brand_heading(document, f"{number}. Escalation", brand, size=11)
    line = paragraph(document)
    run(line, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        run(line, sample.urgent_concern_detail, colour=look.colour, bold=True)
    else:
        run(line, rng.choice(URGENT_NO), colour=look.colour, bold=True)
    return number + 1


def _actions(document, rng, sample, when, brand, number) -> int:
    brand_heading(document, f"{number}. {rng.choice(('Actions agreed', 'Recommendations and actions', 'Action log'))}",
                  brand, size=11)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice(ACTION_HEADS)
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "F2F2F2")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for item, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}.{item} {action.action} Owner: {action.owner}. By {when(action.due)}.")
    document.add_paragraph()
    return number + 1


def _sign_off(document, rng, sample, when, look, brand, number) -> None:
    if rng.random() < 0.5:
        brand_heading(document, f"{number}. Date of next meeting", brand, size=11)
        paragraph(document, rng.choice(("To be confirmed by the QA team.", "Second Tuesday of next month.")))
    approval = rng.choice(APPROVALS)
    if rng.random() < 0.5:
        box = table(document, 2, 2)
        label(box.cell(0, 0), f"{approval} – Chair", "F2F2F2")
        write(box.cell(0, 1), sample.auditor, italic=True)
        label(box.cell(1, 0), "Date", "F2F2F2")
        write(box.cell(1, 1), when(sample.date))
    else:
        paragraph(document, f"{approval}: {sample.auditor} (Chair, Head of Service)      Date: {when(sample.date)}")
