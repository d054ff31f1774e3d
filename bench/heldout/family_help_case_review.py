"""Family Help case review: a team manager's case file audit of one child's
Family Help (or targeted Early Help) case, the areas of practice grouped
under three themes, each area numbered with what the reviewer looks for,
the evidence found and a grade, then whether the child's and family's views
of the help were sought and what they said, an overall grade, what is
working well and what needs to change, actions, the urgent safety question,
the reviewer's sign-off and the Head of Service's moderation.

Modelled on what is published about the Isos Partnership's work on early
help and integrated family support, a similar body not yet used (every
English council checked – and every council or partnership the searches for
Family Help, Families First Partnership and family help lead practitioner
audits returned: Buckinghamshire, Stoke-on-Trent, Wigan, Rotherham, Leeds,
Telford and Wrekin, Southwark, Lancashire, Knowsley, Lincolnshire,
Kensington and Chelsea, Blackburn with Darwen, Trafford – is named by
another family or a council layout). Read as search excerpts:

- Children and Young People Now, "'Passionate leadership and fewer targets'
  key to early help success" (20 March 2019, cypnow.co.uk): the Local
  Government Association commissioned Isos Partnership to study eight local
  areas' partnership-based early help offers; it names 16 "key enablers",
  among them passionate leadership, a clear vision and a small number of
  focused targets, and aims to help areas develop their early help offers
  under rising demand.
- London Councils, "Beyond Boundaries: A self-evaluation tool"
  (londoncouncils.gov.uk): Isos Partnership's research on integrating
  services for children from pre-birth to five in London (final report July
  2022) gave a self-evaluation tool structured around three themes –
  purpose and priorities, people and place, partnership and process – each
  listing its enablers with the characteristics ("maturity indicators") of
  an effectively integrated system; partners agree a score for each enabler
  from the indicators present, what is working well and the evidence for
  it.

Neither shows a case audit form, a grade or how managers audit Family Help
cases, so the layout is our own judgement. Only the grouping of the areas
under three themes in the tool's words, a "what we look for" line of
indicators for each area and "what is working well" with the evidence
follow the sources; everything else – the Ofsted four-point grades instead
of the tool's scores, the areas themselves (the council's audit tool's),
the details, the views question, the safety question, the sign-off and the
moderation – is ours: details as a four-column table, tabbed lines two to a
line or a stacked table (the reviewer's role beside the name on some;
plain, prefixed or Early Help references; team off two files, service off
three; brothers and sisters with ages or dates of birth on some, and a
member of the family network on some); the areas under three theme bands as
one grid, numbered blocks or a grid with four grade columns marked beneath;
grades typed informally, a number on a printed 1–4 key either way round,
highlighted or emboldened among the four, the others struck through, a mark
under four grade columns or a Word drop-down; the overall grade the same
ways or in a sentence; the views question answered on twelve files (typed,
in boxes or with the other answer struck through), absent on four; working
well and what needs to change as bullets, numbers, two columns or one cell
a line an item (a brother or sister named on some); actions as a table,
lines or a "no actions" sentence (2); the safety question (3 yes); the Head
of Service's moderation typed in a non-red ink through the form, as signed
lines or in a box, with remarks under some areas (3 changing, 2 confirming,
1 comments only), or an empty box, an "awaiting" note or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, Moderation, sample_forms
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import ADULT_FIRST_NAMES, FRONT_LINE_MANAGERS, head_of_service_over
from bot.samples.phrases import MODERATION_AGREES, MODERATION_REMARKS, URGENT_CONCERNS, fill

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MARKS,
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
    mark,
    mention,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "family_help_case_review"
SEED = 10032
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
GRADE_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement", INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
)
# The three themes of the self-evaluation tool, as a Family Help review would word them.
THEMES = (
    ("Theme A – Purpose and priorities", "Is the help focused on what matters most to this child and family?"),
    ("Theme B – People and place", "Does the lead practitioner know the family and work with them where they are?"),
    ("Theme C – Partnership and process", "Do the people around the family work together, and is the work overseen?"),
)
# What the reviewer looks for in each area (the tool's "maturity indicators").
LOOK_FOR = {
    "Voice of the child": "The child is seen, heard and their words change the plan.",
    "Assessment": "The assessment analyses the family's strengths and worries, not just lists them.",
    "Planning": "The plan is owned by the family, with named people and timescales.",
    "Management oversight and supervision": "Supervision gives direction at key points and is recorded.",
    "Multi-agency working": "Partners share information and each knows their part in the plan.",
    "Chronology and case recording": "The record tells the child's story and is up to date.",
    "Impact and outcomes for the child": "There is evidence of change that has lasted.",
    "Working with, not doing to": "The family are partners in decisions about their help.",
    "Respectful language": "Recording is written so the child could read it later.",
    "Effective leadership and management oversight": "Managers know the case and their decisions are explained.",
    "Engaging with children and families": "The lead practitioner has built a working relationship with the family.",
    "History and networks": "The family's history and wider network are known and used.",
    "Assessments and plans": "Assessment and plan fit together and are reviewed on time.",
    "Early Help Assessment": "The whole family's needs and strengths are understood.",
    "Team Around the Family plan": "TAF meetings are held on time and the plan is reviewed at each one.",
    "Engagement with the family": "The family agreed to the help and take part in meetings.",
    "Management oversight": "The lead practitioner's manager has given direction at key points.",
}
TITLES = {
    CASE_FILE_AUDIT: ("Family Help Case Review – Case File Audit", "Family Help: Team Manager Case Review",
                      "Case File Audit (Family Help)"),
    EARLY_HELP_AUDIT: ("Family Help Case Review – Targeted Early Help", "Early Help / Family Help Case Review",
                       "Family Help (Early Help) Case File Audit"),
}
REF_LABELS = {
    CASE_FILE_AUDIT: ("Case reference", "LCS ID", "Ref", "Child's case number"),
    EARLY_HELP_AUDIT: ("Early Help ref.", "EH case number", "Family Help ref"),
}
ROLES = {"practice_manager": "Team Manager", "early_help_manager": "Early Help Team Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director of Children's Services"}
FAMILY_WORDS = (
    "Mum said the lead practitioner \"actually listens\" and that the plan made sense to her.",
    "The young person said they preferred meeting at school rather than at home.",
    "Dad said he felt judged at first but that the family network meeting helped.",
    "The family asked for fewer professionals at meetings; this has been passed on.",
    "Mum said she knows who to call and that calls are returned the same day.",
)
HOW_SPOKEN = ("Phone call with mum after the review.", "Home visit with the lead practitioner.",
              "Feedback form completed by the family.", "Spoke to the young person at school.")
NOT_SOUGHT = ("Family declined a feedback call; to be tried again at the next review.",
              "Not sought – mum did not answer two calls or a text message.",
              "Not sought before the case was stepped down.")
NO_ACTIONS = ("No actions arising from this review.", "No further actions required at this time.",
              "None – the family's current plan already addresses the findings above.")
NOT_MODERATED = ("", "Awaiting Head of Service moderation.", "Not selected for moderation this month.")
RATIONALES = ("Weighed across the three themes, with most weight on the difference made for the child.",
              "The areas above explain the grade; see evidence.",
              "Discussed with the lead practitioner before finalising.")
BOX_ON, BOX_OFF = "\u2612", "\u2610"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in pool if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
    total = len(chosen)
    indices = list(range(total))

    # Spread the habits of the managers who fill the form in over the files.
    no_actions = set(rng.sample([i for i in indices if chosen[i].actions], 2))
    team_blank = set(rng.sample(indices, 2))
    service_blank = set(rng.sample([i for i in indices if i not in team_blank], 3))
    unasked = [i for i in indices if chosen[i].feedback_sought is None]
    no_question = set(rng.sample(unasked, min(4, len(unasked))))
    # Three urgent safety concerns in all.
    urgent_now = [i for i in indices if chosen[i].urgent_concern]
    candidates = [i for i in indices if not chosen[i].urgent_concern and chosen[i].grade != OUTSTANDING]
    rng.shuffle(candidates)
    make_urgent = set(candidates[: max(0, 3 - len(urgent_now))])
    # One moderator leaves comments only; one more file is moderated and confirmed.
    moderated = [i for i in indices if chosen[i].moderation and chosen[i].moderation.grade]
    comments_only = set(moderated[:1])
    unmoderated = [i for i in indices if not chosen[i].moderation and _moderator(chosen[i]) is not None]
    confirm_new = set(unmoderated[-1:])

    area_layouts = _spread(rng, ("grid", "blocks", "columns"), total)
    area_styles = _spread(rng, ("typed", "number", "highlight", "bold", "strike", "dropdown"), total)
    overall_styles = _spread(rng, ("typed", "number", "columns", "highlight", "strike", "dropdown", "sentence"),
                             total)
    forms = []
    for index, sample in enumerate(chosen):
        changes: dict = {}
        first = sample.child.first_name
        if index in no_actions:
            changes["actions"] = ()
        if index in team_blank:
            changes["team"] = None
        if index in service_blank:
            changes["service"] = None
        if index in no_question:
            changes["feedback_sought"] = None
        elif sample.feedback_sought is None:
            changes["feedback_sought"] = rng.random() < 0.75
        if index in make_urgent:
            changes["urgent_concern"] = True
            changes["urgent_concern_detail"] = fill(rng.choice(URGENT_CONCERNS), first)
        if index in comments_only:
            changes["moderation"] = replace(sample.moderation, grade=None,
                                            comments=tuple(fill(text, first) for text in MODERATION_REMARKS[:1]))
        if index in confirm_new:
            moderator = _moderator(sample)
            remarked = rng.choice(sample.sections).name
            changes["moderation"] = Moderation(
                moderator=moderator.name,
                date=min(sample.date + timedelta(days=rng.choice((4, 6, 7))), today),
                comments=(rng.choice(MODERATION_AGREES),),
                section_comments={remarked: "Agree with the auditor."},
                grade=sample.grade,
            )
        sample = replace(sample, **changes)
        forms.append(_form(rng, index, sample, today, area_layouts[index], area_styles[index],
                           overall_styles[index]))
    return forms


def _spread(rng: random.Random, options: tuple[str, ...], total: int) -> list[str]:
    """Each option on about the same number of files, in a shuffled order."""
    spread = [options[i % len(options)] for i in range(total)]
    rng.shuffle(spread)
    return spread


def _moderator(sample):
    member = next((person for person in STAFF if person.name == sample.auditor), None)
    if member is None or member.role not in FRONT_LINE_MANAGERS:
        return None
    return head_of_service_over(member)


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _target(container):
    """The container's empty first paragraph (a fresh table cell), or a new one."""
    paragraphs = getattr(container, "paragraphs", [])
    if paragraphs and not paragraphs[-1].text and not paragraphs[-1]._p.xpath(".//w:sdt"):
        return paragraphs[-1]
    return container.add_paragraph()


class _Look:
    """One file's habits."""

    def __init__(self, rng: random.Random):
        self.brand = rng.choice(BRAND_COLOURS)
        self.ink = rng.choice(MODERATION_INKS)
        self.when = date_writer(rng)
        self.words = rng.choice(GRADE_WORDS)
        high_first = rng.random() < 0.5
        self.numbers = {grade: (4 - i if high_first else i + 1) for i, grade in enumerate(ORDER)}
        self.marker = rng.choice(MARKS)
        self.remark_prefix = rng.choice(("HoS: ", "Head of Service comment: ", "Moderation – "))


def _grade(rng: random.Random, container, look: _Look, grade: str, style: str, ids: ControlIds) -> None:
    """Write a grade into a cell or the document the way this file does."""
    words = look.words
    if style == "typed":
        run(_target(container), informal_grade(rng, grade, note_chance=0.2))
    elif style == "number":
        run(_target(container), str(look.numbers[grade]), bold=True)
    elif style == "dropdown":
        content_dropdown(_target(container)._p, tuple(words[option] for option in ORDER), words[grade], ids,
                         alias="Grade")
    elif style == "highlight":
        for option in ORDER:
            chosen = option == grade
            run(_target(container) if option == ORDER[0] else container.add_paragraph(), words[option],
                bold=chosen, highlight=chosen)
    else:  # "bold" or "strike": the four on one line
        line = _target(container)
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            chosen = option == grade
            if style == "bold":
                run(line, words[option].upper() if chosen else words[option], bold=chosen)
            else:
                run(line, words[option], strike=not chosen)


def _key(document, look: _Look) -> None:
    line = paragraph(document, "Grading key: ", bold=True)
    ordered = sorted(ORDER, key=lambda grade: look.numbers[grade])
    run(line, "   ".join(f"{look.numbers[grade]} = {look.words[grade]}" for grade in ordered))


def _form(rng: random.Random, index: int, sample, today: date, area_layout: str, area_style: str,
          overall_style: str) -> HeldOutForm:
    look = _Look(rng)
    when = look.when
    ids = ControlIds(rng)
    early_help = sample.kind == EARLY_HELP_AUDIT
    child = sample.child
    # How the case system writes the reference on this form.
    if early_help:
        reference = early_help_reference(rng, sample.case_id)
    else:
        reference = case_reference(rng, sample.case_id) if rng.random() < 0.6 else sample.case_id
    household = siblings(rng, child, rng.choice((0, 0, 1, 2)), today)
    network = []
    if rng.random() < 0.35:
        taken = {parent.split()[0] for parent in child.parents}
        first = rng.choice([name for name in ADULT_FIRST_NAMES if name not in taken])
        network = [f"{first} {rng.choice((child.surname, 'Ashworth', 'Greaves'))}"]
    changes = {"case_id": reference}
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    also = [when(child.date_of_birth)]

    document = new_document(rng, landscape=area_layout == "columns" and rng.random() < 0.6)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=look.brand)
    run(header, "\tOFFICIAL – SENSITIVE", size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Family Help QA – case review template v{rng.choice(('1.2', '2', '2.1'))}", size=8)
    title = rng.choice(TITLES[sample.kind])
    brand_heading(document, title, look.brand, size=16)
    paragraph(document, "To be completed by the team manager. Read the record, talk to the lead practitioner "
                        "and, where you can, the family. Grade each area, then the case as a whole.",
              italic=True, size=9)

    # Part 1: details.
    brand_heading(document, "Part 1 – About this case", look.brand)
    role = _role(sample.auditor)
    reviewer = f"{sample.auditor} ({role})" if role and rng.random() < 0.5 else sample.auditor
    details = [
        (rng.choice(REF_LABELS[sample.kind]), sample.case_id),
        ("Child's name", child.full_name),
        ("Date of birth", when(child.date_of_birth)),
        (rng.choice(("Family Help Lead Practitioner", "Lead practitioner", "Allocated worker")), sample.practitioner),
    ]
    if sample.team:
        details.append((rng.choice(("Team", "Family Help team")), sample.team))
    if sample.service:
        details.append(("Service area", sample.service))
    details += [
        (rng.choice(("Reviewed by", "Auditor (TM)", "Completed by")), reviewer),
        (rng.choice(("Date of review", "Date audited")), when(sample.date)),
        ("Parents / carers", " and ".join(child.parents)),
    ]
    if household:
        use_birthdays = rng.random() < 0.5
        if use_birthdays:
            also += [when(born) for _, born in household]
        written = "; ".join(f"{name} (DOB {when(born)})" if use_birthdays else f"{name}, aged {_age(born, today)}"
                            for name, born in household)
        details.append((rng.choice(("Brothers and sisters", "Other children in the household")), written))
    if network:
        details.append(("Family network involved", f"{network[0]} ({rng.choice(('grandparent', 'family friend'))})"))
    _details(rng, document, look, details)
    document.add_paragraph()

    # Part 2: the areas of practice under the three themes.
    brand_heading(document, "Part 2 – Areas of practice", look.brand)
    if area_style == "number" or overall_style == "number":
        _key(document, look)
    remarks = moderation.section_comments if moderation else {}
    groups = _themes(sample.sections)
    if area_layout == "blocks":
        _blocks(rng, document, look, groups, remarks, area_style, ids)
    else:
        _grid(rng, document, look, groups, remarks, area_style if area_layout == "grid" else "columns", ids)
    document.add_paragraph()

    # Part 3: the child's and family's views.
    if sample.feedback_sought is not None:
        brand_heading(document, "Part 3 – The child's and family's views", look.brand)
        _feedback(rng, document, sample.feedback_sought)
        document.add_paragraph()

    # Part 4: overall grade.
    number = 4 if sample.feedback_sought is not None else 3
    brand_heading(document, f"Part {number} – Overall grade for this case", look.brand)
    _overall(rng, document, look, sample, overall_style, ids)
    if moderation and moderation.grade and rng.random() < 0.5:
        text = (f"HoS moderation: agree – {informal_grade(rng, moderation.grade)}" if moderation.grade == sample.grade
                else f"HoS moderated grade: {informal_grade(rng, moderation.grade)}")
        paragraph(document, text, colour=look.ink, bold=True)
    line = paragraph(document, "Rationale: ", bold=True)
    run(line, rng.choice(RATIONALES))
    document.add_paragraph()

    # Part 5: what is working well and what needs to change.
    number += 1
    brand_heading(document, f"Part {number} – What is working well and what needs to change", look.brand)
    _findings(rng, document, look, sample)
    document.add_paragraph()

    # Part 6: actions.
    number += 1
    brand_heading(document, f"Part {number} – Actions", look.brand)
    _actions(rng, document, look, sample)
    document.add_paragraph()

    # Part 7: safety.
    number += 1
    brand_heading(document, f"Part {number} – Safety", look.brand)
    _safety(rng, document, sample)
    document.add_paragraph()

    # Part 8: sign-off and moderation.
    number += 1
    brand_heading(document, f"Part {number} – Sign-off and moderation", look.brand)
    sign = table(document, 2, 4)
    for column, text in enumerate(("Reviewer", "Role", "Date", "Lead practitioner has seen this review")):
        label(sign.cell(0, column), text, "F2F2F2")
    write(sign.cell(1, 0), sample.auditor)
    write(sign.cell(1, 1), role)
    write(sign.cell(1, 2), when(sample.date))
    write(sign.cell(1, 3), rng.choice(("Yes", "Yes – discussed in supervision", "Not yet")))
    document.add_paragraph()
    _moderation(rng, document, look, sample)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx",
                    others=tuple(name for name, _ in household) + tuple(network), also=tuple(dict.fromkeys(also)))


def _details(rng: random.Random, document, look: _Look, details) -> None:
    style = rng.choice(("four", "lines", "stacked"))
    if style == "four":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for position, (text, value) in enumerate(details):
            row, column = position // 2, position % 2 * 2
            label(grid.cell(row, column), text, "E7EEF7")
            write(grid.cell(row, column + 1), value)
    elif style == "lines":
        for position in range(0, len(details), 2):
            line = paragraph(document)
            for offset, (text, value) in enumerate(details[position:position + 2]):
                if offset:
                    run(line, "\t\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)
    else:
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "E7EEF7")
            write(row.cells[1], value)


def _themes(sections):
    """The areas, numbered, under the three themes in order."""
    total = len(sections)
    sizes = [total // 3 + (1 if i < total % 3 else 0) for i in range(3)]
    groups, start = [], 0
    for theme, size in zip(THEMES, sizes):
        groups.append((theme, [(start + i + 1, section) for i, section in enumerate(sections[start:start + size])]))
        start += size
    return groups


def _blocks(rng: random.Random, document, look: _Look, groups, remarks, style: str, ids: ControlIds) -> None:
    grade_label = rng.choice(("Grade: ", "Grade for this area: "))
    for (theme, question), areas in groups:
        paragraph(document, theme, bold=True, colour=look.brand, size=12)
        paragraph(document, question, italic=True, size=9)
        for number, section in areas:
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, f"What we look for: {LOOK_FOR.get(section.name, '')}", italic=True, size=9)
            line = paragraph(document, "Evidence / what is working well: ", bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, f"{look.remark_prefix}{remarks[section.name]}", colour=look.ink)
            if style in ("typed", "number", "dropdown", "bold", "strike"):
                line = paragraph(document, grade_label, bold=True)
                holder = _Holder(document, line)
                _grade(rng, holder, look, section.grade, style, ids)
            else:
                paragraph(document, grade_label.strip(), bold=True)
                _grade(rng, document, look, section.grade, style, ids)
            document.add_paragraph()


class _Holder:
    """Lets `_grade` write after a label already on a paragraph."""

    def __init__(self, document, line):
        self.document, self.line = document, line
        self.paragraphs = []

    def add_paragraph(self):
        return self.line


def _grid(rng: random.Random, document, look: _Look, groups, remarks, style: str, ids: ControlIds) -> None:
    columns = style == "columns"
    if columns:
        order = rng.choice((ORDER, (GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE)))
        headers = ("No.", "Area of practice", "Evidence", *(look.words[grade] for grade in order))
    else:
        grade_header = "Grade (1–4)" if style == "number" else "Grade"
        headers = ("No.", "Area of practice", "What we look for / evidence", grade_header)
    rows = 1 + sum(1 + len(areas) for _, areas in groups)
    grid = table(document, rows, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    row = 1
    for (theme, question), areas in groups:
        band = grid.cell(row, 0).merge(grid.cell(row, len(headers) - 1))
        write(band, f"{theme}: {question}", bold=True, colour="FFFFFF")
        shade(band._tc, look.brand)
        row += 1
        for number, section in areas:
            cells = grid.rows[row].cells
            write(cells[0], str(number))
            write(cells[1], section.name, bold=True)
            if not columns:
                write(cells[2], f"Look for: {LOOK_FOR.get(section.name, '')}", italic=True, size=8)
            write(cells[2], section.comment)
            if section.name in remarks:
                write(cells[2], f"{look.remark_prefix}{remarks[section.name]}", colour=look.ink)
            if columns:
                mark(cells[3 + order.index(section.grade)], look.marker)
            else:
                _grade(rng, cells[3], look, section.grade, style, ids)
            row += 1


def _feedback(rng: random.Random, document, sought: bool) -> None:
    question = rng.choice(("Were the child's and family's views of the help sought for this review?",
                           "Has feedback been sought from the child and family?"))
    style = rng.choice(("typed", "boxes", "strike"))
    line = paragraph(document, f"{question}  ", bold=True)
    if style == "typed":
        run(line, rng.choice(("Yes", "YES", "Y")) if sought else rng.choice(("No", "NO", "N")))
    elif style == "boxes":
        run(line, f"{BOX_ON if sought else BOX_OFF} Yes   {BOX_OFF if sought else BOX_ON} No")
    else:
        run(line, "Yes", strike=not sought)
        run(line, " / ")
        run(line, "No", strike=sought)
    box = table(document, 2, 2)
    if sought:
        label(box.cell(0, 0), "How were they spoken to?")
        write(box.cell(0, 1), rng.choice(HOW_SPOKEN))
        label(box.cell(1, 0), "What did they say?")
        for said in rng.sample(FAMILY_WORDS, 2):
            write(box.cell(1, 1), said)
    else:
        label(box.cell(0, 0), "If not, why not?")
        write(box.cell(0, 1), rng.choice(NOT_SOUGHT))
        label(box.cell(1, 0), "What did they say?")


def _overall(rng: random.Random, document, look: _Look, sample, style: str, ids: ControlIds) -> None:
    grade = sample.grade
    if style == "columns":
        grid = table(document, 2, 4)
        for column, option in enumerate(ORDER):
            label(grid.cell(0, column), look.words[option], "DEEAF6")
            if option == grade:
                mark(grid.cell(1, column), look.marker)
    elif style == "sentence":
        paragraph(document, f"Taking all the areas together, I have graded the Family Help work with this family as "
                            f"{informal_grade(rng, grade)}.")
    else:
        line = paragraph(document, rng.choice(("Overall grade: ", "Overall grade for the case: ")), bold=True)
        if style in ("typed", "number", "dropdown", "bold", "strike"):
            _grade(rng, _Holder(document, line), look, grade, style, ids)
        else:
            _grade(rng, document, look, grade, style, ids)


def _findings(rng: random.Random, document, look: _Look, sample) -> None:
    headings = rng.choice((("What is working well", "What needs to change"),
                           ("Strengths", "Areas for development"),
                           ("What's working well?", "What are we worried about?")))
    style = rng.choice(("bullets", "numbers", "columns", "cell"))
    lists = (sample.strengths, sample.development_areas)
    if style == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, lists)):
            label(grid.cell(0, column), heading, "F2F2F2")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    elif style == "cell":
        grid = table(document, 2, 2)
        for row, (heading, items) in enumerate(zip(headings, lists)):
            label(grid.cell(row, 0), heading, "F2F2F2")
            write(grid.cell(row, 1), "\n".join(items))
    else:
        for heading, items in zip(headings, lists):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if style == "numbers" else f"\u2022 {item}")


def _actions(rng: random.Random, document, look: _Look, sample) -> None:
    when = look.when
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    style = rng.choice(("table", "lines", "numbered"))
    if style == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Owner", "Timescale")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    elif style == "lines":
        for action in sample.actions:
            paragraph(document, f"\u2022 {action.action} – {action.owner} – by {when(action.due)}")
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} (Owner: {action.owner}; by {when(action.due)})")


def _safety(rng: random.Random, document, sample) -> None:
    urgent = sample.urgent_concern
    line = paragraph(document, "Is there an urgent safeguarding concern about any child in this family that needs "
                               "escalating today?  ", bold=True)
    style = rng.choice(("typed", "boxes", "strike"))
    if style == "typed":
        run(line, rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "NO", "No concerns")))
    elif style == "boxes":
        run(line, f"{BOX_ON if urgent else BOX_OFF} Yes   {BOX_OFF if urgent else BOX_ON} No")
    else:
        run(line, "Yes", strike=not urgent)
        run(line, " / ")
        run(line, "No", strike=urgent)
    detail = paragraph(document, "If yes, what was done, by whom and when: ", italic=True)
    if sample.urgent_concern_detail:
        run(detail, sample.urgent_concern_detail)


def _moderation(rng: random.Random, document, look: _Look, sample) -> None:
    moderation = sample.moderation
    when, ink = look.when, look.ink
    style = rng.choice(("box", "lines", "typed"))
    if moderation is None:
        note = rng.choice(NOT_MODERATED)
        if style == "box":
            paragraph(document, "Head of Service moderation", bold=True)
            moderation_box(document, rng, sample, None,
                           labels=("Head of Service", "Date", "Agree with overall grade?", "Moderated grade",
                                   "Comments"), agree=("Yes", "No"), not_moderated=(note,), ink=ink, when=when)
        elif note:
            paragraph(document, f"Head of Service moderation: {note}", italic=True)
        return
    if style == "box":
        paragraph(document, "Head of Service moderation", bold=True)
        moderation_box(document, rng, sample, moderation,
                       labels=("Head of Service", "Date", "Agree with overall grade?", "Moderated grade", "Comments"),
                       agree=("Yes", "No"), not_moderated=("",), ink=ink, when=when)
        return
    if style == "lines":
        paragraph(document, "Head of Service moderation", bold=True)
        for text, value in (("Moderated by: ", f"{moderation.moderator}, Head of Service"),
                            ("Date: ", when(moderation.date))):
            line = paragraph(document, text, bold=True)
            run(line, value, colour=ink)
        line = paragraph(document, "Outcome: ", bold=True)
        if moderation.grade is None:
            run(line, "Comments only", colour=ink)
        elif moderation.grade == sample.grade:
            run(line, f"Grade agreed – {informal_grade(rng, moderation.grade)}", colour=ink)
        else:
            run(line, f"Grade changed to {informal_grade(rng, moderation.grade)}", colour=ink)
        line = paragraph(document, "Comments: ", bold=True)
        run(line, " ".join(moderation.comments), colour=ink)
        return
    # Typed straight into the form below the sign-off, in the moderator's ink.
    paragraph(document, f"HoS moderation ({moderation.moderator}, {when(moderation.date)}):", colour=ink, bold=True)
    if moderation.grade is not None:
        agree = "I agree with the grade" if moderation.grade == sample.grade else "I do not agree with the grade"
        paragraph(document, f"{agree}; moderated grade {informal_grade(rng, moderation.grade)}.", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
