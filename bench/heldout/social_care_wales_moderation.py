"""Head of Service moderation overview, after the Welsh codes: the Word
record a Head of Service in a Welsh council's children's services writes
after moderating a month's case file audits by the team managers (or Early
Help managers) of the service, and emails to the Quality Assurance team.
Who moderated, for which service and month, how many audits and when; each
audit moderated (the case reference, sometimes the team and the children
in the family, the manager who audited it, the auditor's grade, a check on
what matters to the child or on supervision and oversight, whether the
Head of Service agrees, the moderated grade, a remark); what the month's
audits show is working well and needs to improve, tied on some files to
the standards of the Code of Professional Practice; the service's actions;
whether any child needed action the same day; the sign-off.

Modelled on what Social Care Wales (and the Care Council for Wales before
it) and the Welsh Government publish about the standards of social care
practice and its management oversight (a body no other family uses). What
was read:

- Social Care Wales, "Codes of Professional Practice and guidance"
  (socialcare.wales/codes): there are two codes, the Code of Professional
  Practice for Social Care Workers (the Workers' Code) and the Code of
  Professional Practice for Social Care Employers (the Employers' Code),
  standards of what is expected of people working in social care, updated
  codes applying from 1 July 2026; registered workers must help the
  people they care for say and achieve what matters to them, respect
  individuals' views, rights and wishes, support their well-being and help
  keep them safe, be honest, trustworthy and reliable, and be qualified to
  do their job properly.
- Social Care Wales, "Codes of Practice and guidance"
  (socialcare.wales/fitness-to-practise/codes-of-practice-and-guidance):
  the Code's statements in order – respect the views and wishes of
  individuals and carers; establish and maintain their trust and
  confidence; promote their well-being, voice and control while
  supporting them to stay safe; respect their rights while seeking to
  ensure their behaviour does not harm themselves or others; act with
  integrity and uphold public trust and confidence in the profession; be
  accountable for the quality of your work and take responsibility for
  your knowledge and skills; and, "in addition to sections 1 – 6", those
  managing or leading staff must embed the Code in their work (the page
  lists the statements as bullets; numbering them 1 to 7 in that order is
  our reading). The employers' code describes the standards expected of
  employers to ensure a safe, skilled and appropriately supported
  workforce.
- Social Care Wales, "Code of Professional Practice for Social Care
  Employers" (socialcare.wales/dealing-with-concerns/codes-of-practice-
  and-guidance/code-of-professional-practice-for-social-care-employers):
  published under section 112 of the Regulation and Inspection of Social
  Care (Wales) Act 2016, a list of statements on the standards required
  of employers to make sure the workforce is safe, skilled and
  appropriately supported, replacing the 2018 code from 1 July 2026.
- The Care Council for Wales' "Codes of Practice and Statutory Guidance"
  page (ccwales.org.uk/codes-of-practice-and-statutory-guidance): the
  Welsh Government's codes of practice issued
  under section 145 of the Social Services and Well-being (Wales) Act
  2014, which local authorities must act in accordance with, among them
  the Part 8 Code of Practice on the Role of the Director of Social
  Services and the Code of Practice on Measuring Social Services
  Performance; and the Welsh Government's written statement on that last
  code (Mark Drakeford, Minister for Health and Social Services,
  gov.wales, 5 October 2015: local authorities to return national
  performance information, so that they can benchmark against others to
  learn and improve).
- The Care Council for Wales' "Supervising and Appraising Well: A Guide to
  Effective Supervision and Appraisal for those working in Social Care"
  (2012, as transcribed on pdf4pro.com; only its opening, its contents –
  beginning "What is performance management and improvement?" – and one
  list were read): the list says it promotes consistency of practice,
  recognises and values good practice, supports the health and well-being
  of the social care worker and identifies learning and development
  needs.

None of these shows an audit or moderation form, and the text of the Part
8 Code was not read. Taken from them: the "what matters" check beside each
case (the Workers' Code's first promise), the supervision and oversight
check beside each case on other files, and on some files the learning
tied to the Code's sections (1 views and wishes, 3 well-being and safety,
6 quality of one's own work, 7 managers embedding the Code); the stated
purpose of moderation (consistency, recognising good practice, learning)
in the form's guidance line. Everything else is our own judgement of how
a Welsh council's Head of Service would write it up: the details as a
memo head (To / From / Date / Re), a label table two pairs to a row, or
an opening sentence (the number of audits left off on three files); the
audits as a table one to a row, a table with the audits across the page
one to a column, numbered paragraphs, or a table marking both grades under
four grade columns; grades typed informally, a number on a printed 1–4
key (either way round), the four printed with the chosen one bold or
highlighted, the others struck through, or a Word drop-down; agreement as
Agree / Disagree, Yes / No, ticks, check boxes or a sentence; the
moderated grade always or only where it changed, some audits only
commented on (the auditor's grade stands); the Head of Service's entries
in an ink that is not red or in shaded cells; plain, prefixed or Early
Help references; in four files the children of each family named; seven
date spellings; a bilingual title on some files; learning as bullets, two
columns or a table with the Code link; actions as a table, lines or a "no
actions" sentence; the same-day question typed, as boxes or a sentence
(three answered yes).

The truth: `form` "moderation_overview"; the Head of Service as `auditor`;
no case, grade, practitioner or team of the record's own;
`extra["moderated_cases"]` maps each reference as written to the grade
that stands after moderation (the auditor's where the Head of Service
agreed or only commented); `extra["period"]` the month;
`extra["audits_moderated"]` the number of audits, where the record states
it.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, sample_forms
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import DISABILITIES, EARLY_HELP, SAFEGUARDING
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

FAMILY = "social_care_wales_moderation"
SEED = 10007

_MANAGERS = {member.name: member for member in STAFF
             if member.role in ("practice_manager", "early_help_manager", "safeguarding_practice_manager")}

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
BOX_ON, BOX_OFF = "\u2612", "\u2610"
HOS_FILLS = ("E2EFDA", "DDEBF7", "FFF2CC", "EDE7F6")
COLUMN_MARKS = ("X", "\u2713", "\u25cf", "")

TITLES = ("Head of Service Moderation Overview", "Moderation Overview – Managers' Case File Audits",
          "Monthly Moderation Record", "Practice Quality: Head of Service Moderation Summary")
WELSH_TITLES = ("Trosolwg Cymedroli", "Cofnod Cymedroli Misol")
PURPOSES = (
    "Moderation checks that managers' audits are consistent and fair, recognises good practice and draws out "
    "learning for the service.",
    "Purpose: consistency of audit judgements across the teams, recognition of good practice, and learning and "
    "development needs for practitioners and managers.",
)
MEMO_TO = ("Quality Assurance Team", "QA Team – audit mailbox", "Principal Social Worker; Quality Assurance Team")

# Checks beside each case that are not grades.
CHECKS = {
    "what_matters": ("What matters to the child recorded?", "What matters captured?", "Child's 'what matters'?"),
    "oversight": ("Supervision / oversight on file?", "Management oversight evident?",
                  "Supervision within timescale?"),
}
CHECK_ANSWERS = (("Yes", "No", "Partly"), ("Y", "N", "P"))

# The Head of Service's remarks: agreeing, moving the grade, or only commenting. None names a grade.
AGREE_NOTES = ("Agree – balanced audit.", "Well evidenced; the child's lived experience comes through.",
               "Fair judgement, clearly explained.", "Agree. Good reflective analysis by the auditor.", "", "")
LOWER_NOTES = ("The record does not support this grade: no oversight recorded for six weeks.",
               "Plan has drifted since the last review and the audit misses it.",
               "Risk analysis not evident on file; grade moderated down.")
RAISE_NOTES = ("The direct work with the child is clearly making a difference; grade raised.",
               "Audit under-credits the quality of the assessment.",
               "What matters to the young person is recorded and acted on – regraded.")
COMMENT_NOTES = ("Grade stands. Chronology to be updated before the review.",
                 "No change. Please make sure the father's views are recorded.",
                 "Grade stands; contingency plan to be discussed in supervision.",
                 "No change to the grade – share as an example of good recording.")
SIBLING_NOTES = ("{first}'s needs are not looked at separately in the plan.",
                 "{first} was not spoken to, although the worries apply to all the children.")

# Themes tied to the Code's sections (our reading of the section list).
CODE_LINKS = (("voice", "Code 1 – views and wishes"), ("what matters", "Code 1 – views and wishes"),
              ("visits", "Code 3 – well-being and safety"), ("chronolog", "Code 6 – quality of own work"),
              ("SMART", "Code 6 – quality of own work"), ("oversight", "Code 7 – managers embed the Code"))
STRENGTH_HEADS = ("What is working well", "Strengths across the audits", "Good practice seen")
DEVELOPMENT_HEADS = ("What needs to improve", "Areas for development", "Learning – what we need to do better")
ACTION_HEADS = (("Action", "Lead", "By when"), ("What will happen", "Who", "Timescale"),
                ("Action for the service", "Owner", "Due"))
NO_ACTIONS = ("No new service actions this month – the learning is covered by the existing improvement plan.",
              "No actions arising from this month's moderation.",
              "Nil new actions; case-level actions sit with the auditing managers.")
URGENT_QUESTIONS = ("Did moderation identify any child needing action today to keep them safe?",
                    "Immediate safeguarding concerns identified during moderation?",
                    "Any child at risk of harm needing escalation the same day?")
URGENT_YES = ("Yes – {ref}: no visit recorded for seven weeks; the team manager arranged a visit the same day.",
              "Yes. {ref}: new information about an adult in the household had not been acted on; strategy "
              "discussion requested today.",
              "Yes – {ref}: safety plan not reviewed after an injury was reported; escalated to the service "
              "manager straight away.")
URGENT_NO = ("No", "No.", "None identified.", "No – none this month.")
URGENT_NO_SENTENCES = ("No child in the audits moderated needed action the same day.",
                       "No immediate safeguarding concerns were found in this month's sample.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(400, seed=SEED, today=today)
            if audit.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT) and audit.auditor in _MANAGERS]
    layouts = (["table", "across", "numbered", "columns"] * (count // 4 + 1))[:count]
    rng.shuffle(layouts)
    indices = list(range(count))
    urgent = set(rng.sample(indices, min(3, count)))
    no_actions = set(rng.sample([i for i in indices if i not in urgent], min(3, max(0, count - 3))))
    named = set(rng.sample(indices, min(4, count)))
    uncounted = set(rng.sample(indices, min(3, count)))
    welsh = set(rng.sample(indices, min(5, count)))
    written = ["informal", "informal", "key", "key", "bold", "highlight", "struck", "struck", "dropdown",
               "dropdown", "informal", "key"]
    needed = sum(layout != "columns" for layout in layouts)
    written = (written * (needed // len(written) + 1))[:needed]
    rng.shuffle(written)
    styles = iter(written)
    grade_styles = ["columns" if layout == "columns" else next(styles) for layout in layouts]
    agreements = (["words", "yes/no", "ticks", "boxes"] * (count // 4 + 1))[:count]
    rng.shuffle(agreements)
    references = (["plain", "prefixed", "prefixed"] * (count // 3 + 1))[:count]
    rng.shuffle(references)
    for place in [i for i, sample in enumerate(overviews) if sample.service == EARLY_HELP][:2]:
        references[place] = "early help"
    forms = []
    for index, sample in enumerate(overviews):
        audits = _choose_audits(rng, pool, sample.service)
        pool = [audit for audit in pool if audit not in audits]
        agreement = agreements[index]
        if layouts[index] == "numbered" and rng.random() < 0.5:
            agreement = "sentence"
        forms.append(_form(rng, index, today, sample, audits, layout=layouts[index], grade_style=grade_styles[index],
                           agreement=agreement, reference_style=references[index], urgent=index in urgent,
                           no_actions=index in no_actions,
                           named=index in named, counted=index not in uncounted, welsh=index in welsh))
    return forms


def _choose_audits(rng: random.Random, pool, service: str):
    """Three to seven audits of the Head of Service's own service, by one
    to three of its managers (three or four where the service has one
    team); a Safeguarding and QA head moderates across the other services,
    leaving Children with Disabilities to its own head."""
    if service == SAFEGUARDING:
        own = [audit for audit in pool if _MANAGERS[audit.auditor].service != DISABILITIES]
    else:
        own = [audit for audit in pool if _MANAGERS[audit.auditor].service == service]
    one_team = sum(member.service == service for member in _MANAGERS.values()) == 1 and service != SAFEGUARDING
    size = rng.randint(3, 4) if one_team else rng.randint(3, 7)
    if len(own) < 3:
        own = pool
    size = min(size, len(own))
    managers = sorted({audit.auditor for audit in own})
    chosen = rng.sample(managers, min(len(managers), rng.randint(1, 3)))
    audits = []
    for manager in chosen:
        theirs = [audit for audit in own if audit.auditor == manager]
        audits += rng.sample(theirs, min(len(theirs), rng.randint(1, 3)))
    while len(audits) < size:
        audits.append(rng.choice([audit for audit in own if audit not in audits]))
    audits = audits[:size]
    order: dict[str, int] = {}
    for audit in audits:
        order.setdefault(audit.auditor, len(order))
    return sorted(audits, key=lambda audit: (order[audit.auditor], audit.date))


def _neighbour(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


def _cases(rng: random.Random, audits, *, reference_style: str, prefix: str, named: bool, today: date):
    """What the Head of Service made of each audit, and the children named."""
    changed_at = set(rng.sample(range(len(audits)), min(rng.choice((0, 1, 1, 2, 2, 3)), len(audits) - 1)))
    rest = [i for i in range(len(audits)) if i not in changed_at]
    commented_at = set(rng.sample(rest, min(rng.choice((0, 1, 1, 2)), len(rest))))
    sibling_at = rng.randrange(len(audits)) if named else None
    cases, others, surnames = [], [], []
    for position, audit in enumerate(audits):
        if reference_style == "prefixed":
            reference = f"{prefix}{audit.case_id}"
        elif reference_style == "early help":
            # One Early Help system per record: the same format for every reference.
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
            used = {name.split()[0] for name in others}
            for name, _ in siblings(rng, audit.child, rng.choice((0, 1, 1, 2)), today):
                if name.split()[0] not in used and name not in others:
                    children.append(name)
            if audit.child.full_name in others:
                children = children[1:] or [audit.child.full_name]
            others += [name for name in children if name not in others]
            surnames.append(audit.child.surname)
            if position == sibling_at and len(children) > 1:
                extra = rng.choice(SIBLING_NOTES).format(first=children[1].split()[0])
                note = f"{note} {extra}".strip()
        cases.append({"ref": reference, "auditor": audit.auditor, "team": audit.team, "audited": audit.date,
                      "grade": audit.grade, "moderated": moderated, "outcome": outcome, "note": note,
                      "children": children, "check": rng.choice((0, 0, 0, 1, 2))})
    return cases, others, surnames


class _Look:
    """How one record writes grades, agreement and the Head of Service's entries."""

    def __init__(self, rng: random.Random, *, ink: str, boxed: bool, grade_style: str, key_reversed: bool,
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
        self.blank = rng.choice(("", "–", "n/a", "No change", "As above"))
        self.mark = rng.choice(COLUMN_MARKS)
        self.stacked = rng.random() < 0.5  # the four options one to a line in a cell

    @property
    def colour(self) -> str | None:
        return None if self.boxed else self.ink

    def hos_cell(self, cell) -> None:
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

    def grade(self, target, grade: str | None, *, moderator: bool = False, in_cell: bool = True) -> None:
        """Write `grade` into `target` (a cell, or a paragraph when not
        `in_cell`) in the record's style; None leaves the options unmarked
        (or the cell empty)."""
        colour = self.colour if moderator else None
        style = self.grade_style
        line = target.paragraphs[-1] if in_cell else target
        if grade is None:
            if style in ("bold", "highlight", "struck") and in_cell:
                self._options(target, line, None, colour)
            elif style == "dropdown":
                content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), None, self.ids, alias="Grade")
            return
        if style == "informal":
            run(line, informal_grade(self.rng, grade, note_chance=0.0 if moderator else 0.12), colour=colour,
                bold=moderator)
        elif style == "key":
            number = self.number(grade)
            run(line, number if self.rng.random() < 0.75 else f"{number} – {WORDS[grade]}", colour=colour,
                bold=moderator)
        elif style == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], self.ids,
                             alias="Grade", colour=colour)
        else:
            self._options(target if in_cell else None, line, grade, colour)

    def _options(self, cell, line, grade: str | None, colour: str | None) -> None:
        style = self.grade_style
        for place, option in enumerate(ORDER):
            if place:
                if self.stacked and cell is not None:
                    line = cell.add_paragraph()
                else:
                    run(line, "  /  " if style != "struck" else "   ")
            chosen = grade is not None and option == grade
            run(line, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                highlight=chosen and style == "highlight", strike=grade is not None and not chosen and style == "struck",
                colour=colour if chosen else None)

    def agreed(self, line, outcome: str, moderated: str) -> None:
        """Whether the Head of Service agrees; nothing where they only commented."""
        if outcome == "commented" and self.agreement != "sentence":
            return
        agree = outcome == "confirmed"
        colour = self.colour
        style = self.agreement
        if style == "words":
            run(line, "Agree" if agree else "Disagree", colour=colour, bold=True)
        elif style == "yes/no":
            run(line, "Yes" if agree else "No", colour=colour, bold=True)
        elif style == "ticks":
            run(line, "\u2713" if agree else "\u2717", colour=colour, bold=True)
        elif style == "boxes":
            run(line, f"{BOX_ON if agree else BOX_OFF} Agree   {BOX_OFF if agree else BOX_ON} Disagree",
                colour=colour)
        elif outcome == "commented":
            run(line, "I have not changed the grade.", colour=colour)
        elif agree:
            run(line, self.rng.choice(("I agree with the auditor's grade.", "I agree with this judgement.")),
                colour=colour)
        else:
            run(line, self.rng.choice(("I do not agree with the auditor's grade.", "I disagree with the grade.")),
                colour=colour)

    def shown_moderated(self, case: dict) -> str | None:
        if case["outcome"] == "commented":
            return None
        if not self.always and case["outcome"] == "confirmed":
            return None
        return case["moderated"]


def _form(rng: random.Random, index: int, today: date, sample, audits, *, layout: str, grade_style: str,
          agreement: str, reference_style: str, urgent: bool, no_actions: bool, named: bool, counted: bool,
          welsh: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    when = date_writer(rng)
    prefix = rng.choice(CASE_PREFIXES)
    cases, others, surnames = _cases(rng, audits, reference_style=reference_style, prefix=prefix, named=named,
                                     today=today)
    total = len(cases)
    look = _Look(rng, ink=rng.choice(MODERATION_INKS), boxed=rng.random() < 0.35, grade_style=grade_style,
                 key_reversed=rng.random() < 0.5, agreement=agreement, always=rng.random() < 0.6,
                 ids=ControlIds(rng))
    header_style = rng.choice(("memo", "grid", "sentence"))
    learning_style = rng.choice(("bullets", "columns", "code"))
    actions_style = "none" if no_actions else rng.choice(("table", "table", "lines"))
    urgent_style = rng.choice(("typed", "boxes", "sentence"))
    check = rng.choice(("what_matters", "oversight", None))
    show_team = layout in ("table", "numbered") and rng.random() < 0.4
    period = next(field.written for field in sample.own if field.key == "period")

    # The sample as this record carries it; the truth comes from it.
    own = [field for field in sample.own if field.key == "period"]
    if counted:
        own.append(ToolField("audits_moderated", "Number of audits moderated", str(total), str(total)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    changed: dict = {"own": tuple(own), "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True}
    if no_actions:
        changed["actions"] = ()
    urgent_answer = None
    if urgent:
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        urgent_answer = rng.choice(URGENT_YES).format(ref=worst["ref"])
        changed.update(urgent_concern=True, urgent_concern_detail=urgent_answer)
    sample = replace(sample, **changed)

    document = new_document(rng, landscape=layout in ("across", "columns") or rng.random() < 0.3)
    if rng.random() < 0.5:
        header = document.sections[0].header.paragraphs[0]
        run(header, council_line(rng), colour=brand, size=9)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(TITLES)
    if welsh:
        title = f"{rng.choice(WELSH_TITLES)} / {title}"
    brand_heading(document, title, brand, size=14)
    paragraph(document, rng.choice(PURPOSES), italic=True, size=9)

    # The details.
    head_role = rng.choice(("Head of Service", "Head of Service", "Pennaeth Gwasanaeth / Head of Service"
                            if welsh else "Head of Service (Children's Services)"))
    written = when(sample.date)
    if header_style == "memo":
        lines = [("To:", rng.choice(MEMO_TO)), ("From:", f"{sample.auditor}, {head_role}"),
                 ("Service:", sample.service), ("Date:", written),
                 ("Re:", f"Moderation of managers' case file audits – {period}")]
        if counted:
            lines.append(("Number of audits moderated:", str(total)))
        for name, value in lines:
            line = paragraph(document)
            run(line, f"{name}\t", bold=True)
            run(line, value)
    elif header_style == "grid":
        pairs = [("Head of Service", sample.auditor), ("Service", sample.service),
                 ("Month of audits moderated", period), ("Date completed", written)]
        if counted:
            pairs.append(("Audits moderated", str(total)))
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for place, (name, value) in enumerate(pairs):
            row, column = divmod(place, 2)
            label(grid.cell(row, column * 2), name, "F2F2F2")
            write(grid.cell(row, column * 2 + 1), value)
    else:
        number = f"the {total} case file audits" if counted else "a sample of the case file audits"
        line = paragraph(document)
        run(line, "This record sets out my moderation, as Head of Service for ")
        run(line, sample.service, bold=True)
        run(line, f", of {number} completed by managers in {period}. ")
        run(line, f"Completed by {sample.auditor}, {head_role}, on {written}.")
    paragraph(document)

    # The audits moderated.
    brand_heading(document, rng.choice(("1. Audits moderated", "Audits moderated this month",
                                         "1. The audits and my moderation")), brand, size=12)
    if look.grade_style == "key":
        paragraph(document, look.key_line(), bold=True, size=9)
    if look.boxed:
        paragraph(document, "Head of Service entries are in the shaded cells.", italic=True, size=9)
    elif rng.random() < 0.5:
        paragraph(document, "Head of Service moderation is typed in colour.", italic=True, size=9)
    check_label = rng.choice(CHECKS[check]) if check else None
    answers = rng.choice(CHECK_ANSWERS)
    agree_label = rng.choice(("Agree with grade?", "HoS agrees?", "Agreed?"))
    moderated_label = (rng.choice(("Moderated grade", "HoS grade", "Grade after moderation")) if look.always
                       else rng.choice(("Moderated grade (if changed)", "New grade – only if different")))
    auditor_label = rng.choice(("Audited by", "Auditing manager", "Auditor (TM)"))
    grade_label = rng.choice(("Auditor's grade", "Grade given", "TM grade"))
    ref_label = rng.choice(("Case ref", "WCCIS no.", "Case number", "Ref"))
    comment_label = rng.choice(("HoS comments", "Moderator's remarks", "Feedback to auditor"))
    context = {"check_label": check_label, "answers": answers, "agree_label": agree_label,
               "moderated_label": moderated_label, "auditor_label": auditor_label, "grade_label": grade_label,
               "ref_label": ref_label, "comment_label": comment_label, "named": named, "show_team": show_team,
               "when": when}
    if layout == "table":
        _table(document, rng, cases, look, context)
    elif layout == "across":
        _across(document, rng, cases, look, context)
    elif layout == "numbered":
        _numbered(document, rng, cases, look, context)
    else:
        _columns(document, rng, cases, look, context)
    if counted and rng.random() < 0.5:
        changed_count = sum(case["outcome"] == "changed" for case in cases)
        paragraph(document, f"Grades changed at moderation: {changed_count} of {total}.", italic=True)
    paragraph(document)

    # Learning.
    brand_heading(document, rng.choice(("2. Themes and learning", "What the audits tell us",
                                        "2. Learning for the service")), brand, size=12)
    _learning(document, rng, sample, learning_style)
    paragraph(document)

    # Actions.
    brand_heading(document, rng.choice(("3. Actions", "Service actions", "3. What we will do")), brand, size=12)
    if actions_style == "none":
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice(ACTION_HEADS)
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} – {action.owner} – by {when(action.due)}")
    paragraph(document)

    # The same-day question.
    question = rng.choice(URGENT_QUESTIONS)
    if urgent_style == "sentence" and not urgent:
        paragraph(document, rng.choice(URGENT_NO_SENTENCES), bold=True)
    elif urgent_style == "boxes" or (urgent_style == "sentence" and urgent):
        line = paragraph(document)
        run(line, f"{question}   ", bold=True)
        run(line, f"{BOX_ON if urgent else BOX_OFF} Yes   {BOX_OFF if urgent else BOX_ON} No")
        if urgent:
            paragraph(document, f"Details: {urgent_answer}", colour=look.colour)
    else:
        line = paragraph(document)
        run(line, f"{question}  ", bold=True)
        run(line, urgent_answer or rng.choice(URGENT_NO), colour=look.colour)
    paragraph(document)

    # Sign-off.
    line = paragraph(document)
    run(line, "Signed: ", bold=True)
    run(line, sample.auditor, italic=True)
    run(line, f", {head_role}      ")
    run(line, "Date: ", bold=True)
    run(line, written)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(dict.fromkeys(surnames)))


def _check_answer(case: dict, answers) -> str:
    return answers[case["check"]]


def _table(document, rng: random.Random, cases, look: _Look, context: dict) -> None:
    """One audit to a row; the Head of Service's columns inked or shaded."""
    headers = ["No.", context["ref_label"]]
    if context["named"]:
        headers.append("Child(ren)")
    if context["show_team"]:
        headers.append("Team")
    headers += [context["auditor_label"], context["grade_label"]]
    if context["check_label"]:
        headers.append(context["check_label"])
    first_hos = len(headers)
    headers += [context["agree_label"], context["moderated_label"], context["comment_label"]]
    grid = table(document, len(cases) + 1, len(headers))
    for place, (cell, text) in enumerate(zip(grid.rows[0].cells, headers)):
        label(cell, text, (look.fill if look.boxed else "DEEAF6") if place >= first_hos else "DEEAF6",
              colour=look.colour if place >= first_hos else None)
    for number, (row, case) in enumerate(zip(grid.rows[1:], cases), start=1):
        cells = iter(row.cells)
        write(next(cells), str(number))
        write(next(cells), case["ref"])
        if context["named"]:
            write(next(cells), "\n".join(case["children"]))
        if context["show_team"]:
            write(next(cells), case["team"])
        write(next(cells), case["auditor"])
        look.grade(next(cells), case["grade"])
        if context["check_label"]:
            write(next(cells), _check_answer(case, context["answers"]))
        agree, moderated, comment = next(cells), next(cells), next(cells)
        for cell in (agree, moderated, comment):
            look.hos_cell(cell)
        look.agreed(agree.paragraphs[0], case["outcome"], case["moderated"])
        shown = look.shown_moderated(case)
        if shown is None and case["outcome"] == "confirmed" and look.blank and look.grade_style != "dropdown":
            write(moderated, look.blank, colour=look.colour)
        else:
            look.grade(moderated, shown, moderator=True)
        if case["note"]:
            write(comment, case["note"], colour=look.colour)


def _across(document, rng: random.Random, cases, look: _Look, context: dict) -> None:
    """The audits across the page, one to a column, the questions down the side."""
    rows = [("ref", context["ref_label"])]
    if context["named"]:
        rows.append(("children", "Child(ren)"))
    rows += [("auditor", context["auditor_label"]), ("audited", "Date audited"), ("grade", context["grade_label"])]
    if context["check_label"]:
        rows.append(("check", context["check_label"]))
    rows += [("band", rng.choice(("Head of Service moderation", "HoS moderation", "Moderation"))),
             ("agree", context["agree_label"]), ("moderated", context["moderated_label"]),
             ("comment", context["comment_label"])]
    grid = table(document, len(rows) + 1, len(cases) + 1)
    label(grid.cell(0, 0), "", "DEEAF6")
    heading = rng.choice(("Audit {n}", "Case {n}", "{n}"))
    for column in range(1, len(cases) + 1):
        label(grid.cell(0, column), heading.format(n=column), "DEEAF6")
    for place, (key, text) in enumerate(rows, start=1):
        hos = key in ("agree", "moderated", "comment")
        if key == "band":
            band = grid.cell(place, 0).merge(grid.cell(place, len(cases)))
            label(band, text, look.fill if look.boxed else "D9D9D9", colour=look.colour)
            continue
        label(grid.cell(place, 0), text, "F2F2F2", colour=look.colour if hos else None)
        for column, case in enumerate(cases, start=1):
            cell = grid.cell(place, column)
            if hos:
                look.hos_cell(cell)
            if key == "ref":
                write(cell, case["ref"], bold=True)
            elif key == "children":
                write(cell, "\n".join(case["children"]))
            elif key == "auditor":
                write(cell, case["auditor"])
            elif key == "audited":
                write(cell, context["when"](case["audited"]))
            elif key == "grade":
                look.grade(cell, case["grade"])
            elif key == "check":
                write(cell, _check_answer(case, context["answers"]))
            elif key == "agree":
                look.agreed(cell.paragraphs[0], case["outcome"], case["moderated"])
            elif key == "moderated":
                shown = look.shown_moderated(case)
                if shown is None and case["outcome"] == "confirmed" and look.blank and look.grade_style != "dropdown":
                    write(cell, look.blank, colour=look.colour)
                else:
                    look.grade(cell, shown, moderator=True)
            elif case["note"]:
                write(cell, case["note"], colour=look.colour)


def _numbered(document, rng: random.Random, cases, look: _Look, context: dict) -> None:
    """A numbered paragraph per audit, the Head of Service's lines under it
    (in a shaded box where the record boxes them)."""
    for number, case in enumerate(cases, start=1):
        line = paragraph(document)
        run(line, f"{number}.  ", bold=True)
        run(line, case["ref"], bold=True)
        detail = f" – audited by {case['auditor']}"
        if context["show_team"]:
            detail += f" ({case['team']})"
        detail += f" on {context['when'](case['audited'])}"
        run(line, detail)
        if context["named"]:
            paragraph(document, f"      Children: {', '.join(case['children'])}")
        line = paragraph(document)
        run(line, f"      {context['grade_label']}: ")
        look.grade(line, case["grade"], in_cell=False)
        if context["check_label"]:
            run(line, f"      {context['check_label']} {_check_answer(case, context['answers'])}")
        silent = case["outcome"] == "commented" and look.agreement != "sentence"
        if look.boxed:
            box = table(document, 1, 1)
            cell = box.cell(0, 0)
            look.hos_cell(cell)
            target = cell.paragraphs[0]
        elif not silent:
            target = paragraph(document)
            run(target, "      ")
        if look.agreement == "sentence":
            look.agreed(target, case["outcome"], case["moderated"])
            if case["outcome"] == "changed":
                run(target, " Moderated grade: ", colour=look.colour)
                look.grade(target, case["moderated"], moderator=True, in_cell=False)
            elif case["outcome"] == "confirmed" and look.always:
                run(target, " Moderated grade: ", colour=look.colour)
                look.grade(target, case["moderated"], moderator=True, in_cell=False)
        elif not silent:
            if case["outcome"] != "commented":
                run(target, f"{context['agree_label']} ", colour=look.colour, bold=True)
                look.agreed(target, case["outcome"], case["moderated"])
            shown = look.shown_moderated(case)
            if shown is not None:
                run(target, f"    {context['moderated_label']}: ", colour=look.colour, bold=True)
                look.grade(target, shown, moderator=True, in_cell=False)
        if case["note"]:
            if look.boxed:
                note = box.cell(0, 0).add_paragraph() if target.text else target
            else:
                note = paragraph(document)
                run(note, "      ")
            run(note, case["note"], colour=look.colour, italic=True)


def _columns(document, rng: random.Random, cases, look: _Look, context: dict) -> None:
    """Both grades marked under four grade columns: the auditor's, then the
    Head of Service's, with an agreement column between."""
    lead = [context["ref_label"]] + (["Child(ren)"] if context["named"] else []) + [context["auditor_label"]]
    width = len(lead) + 4 + 1 + 4 + 1
    grid = table(document, len(cases) + 2, width)
    for column, text in enumerate(lead):
        top = grid.cell(0, column).merge(grid.cell(1, column))
        label(top, text, "DEEAF6")
    auditor_at = len(lead)
    agree_at = auditor_at + 4
    hos_at = agree_at + 1
    comment_at = hos_at + 4
    band = grid.cell(0, auditor_at).merge(grid.cell(0, auditor_at + 3))
    label(band, context["grade_label"], "DEEAF6")
    agree = grid.cell(0, agree_at).merge(grid.cell(1, agree_at))
    label(agree, context["agree_label"], look.fill if look.boxed else "DEEAF6", colour=look.colour)
    band = grid.cell(0, hos_at).merge(grid.cell(0, hos_at + 3))
    label(band, context["moderated_label"], look.fill if look.boxed else "DEEAF6", colour=look.colour)
    comment = grid.cell(0, comment_at).merge(grid.cell(1, comment_at))
    label(comment, context["comment_label"], look.fill if look.boxed else "DEEAF6", colour=look.colour)
    names = SHORT if rng.random() < 0.5 else WORDS
    for offset, grade in enumerate(ORDER):
        label(grid.cell(1, auditor_at + offset), names[grade], "DEEAF6")
        label(grid.cell(1, hos_at + offset), SHORT[grade], look.fill if look.boxed else "DEEAF6",
              colour=look.colour)
    for row, case in enumerate(cases, start=2):
        cells = grid.rows[row].cells
        write(cells[0], case["ref"])
        place = 1
        if context["named"]:
            write(cells[place], "\n".join(case["children"]))
            place += 1
        write(cells[place], case["auditor"])
        shown = look.shown_moderated(case)
        for offset, grade in enumerate(ORDER):
            _mark(cells[auditor_at + offset], look, grade == case["grade"], moderator=False)
            look.hos_cell(cells[hos_at + offset])
            _mark(cells[hos_at + offset], look, shown is not None and grade == shown, moderator=True)
        look.hos_cell(cells[agree_at])
        look.agreed(cells[agree_at].paragraphs[0], case["outcome"], case["moderated"])
        look.hos_cell(cells[comment_at])
        if case["note"]:
            write(cells[comment_at], case["note"], colour=look.colour)


def _mark(cell, look: _Look, chosen: bool, *, moderator: bool) -> None:
    if not chosen:
        return
    if look.mark:
        write(cell, look.mark, bold=True, colour=look.colour if moderator else None)
    else:
        shade(cell._tc, (look.ink if not look.boxed else "7F7F7F") if moderator else MARK_SHADE)


def _learning(document, rng: random.Random, sample, style: str) -> None:
    strengths_head = rng.choice(STRENGTH_HEADS)
    development_head = rng.choice(DEVELOPMENT_HEADS)
    if style == "bullets":
        for head, items in ((strengths_head, sample.strengths), (development_head, sample.development_areas)):
            paragraph(document, head, bold=True)
            for item in items:
                paragraph(document, f"\u2022  {item}")
    elif style == "columns":
        depth = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, depth + 1, 2)
        label(grid.cell(0, 0), strengths_head, "E2EFDA")
        label(grid.cell(0, 1), development_head, "FCE4D6")
        for row in range(depth):
            if row < len(sample.strengths):
                write(grid.cell(row + 1, 0), sample.strengths[row])
            if row < len(sample.development_areas):
                write(grid.cell(row + 1, 1), sample.development_areas[row])
    else:
        rows = len(sample.strengths) + len(sample.development_areas) + 3
        grid = table(document, rows, 2)
        label(grid.cell(0, 0), "Finding", "DEEAF6")
        label(grid.cell(0, 1), rng.choice(("Code of Professional Practice link", "Workers' Code")), "DEEAF6")
        row = 1
        for head, items, fill in ((strengths_head, sample.strengths, "E2EFDA"),
                                  (development_head, sample.development_areas, "FCE4D6")):
            band = grid.cell(row, 0).merge(grid.cell(row, 1))
            label(band, head, fill)
            row += 1
            for item in items:
                write(grid.cell(row, 0), item)
                write(grid.cell(row, 1), next((link for word, link in CODE_LINKS if word in item), "–"))
                row += 1
